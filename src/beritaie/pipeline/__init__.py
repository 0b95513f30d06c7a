"""beritaie's spaCy components, one module each (see docs/ARCHITECTURE.md)."""

from collections.abc import Callable
from typing import Any

from spacy.tokens import Doc
from spacy.util import raise_error

from ..extensions import register_extensions

register_extensions()


class ErrorHandling:
    """spaCy's error-handler protocol for our components (``nlp.pipe`` installs a handler with
    ``set_error_handler``; without one, errors are re-raised)."""

    def get_error_handler(self) -> Callable[[str, Any, list[Doc], Exception], Any]:
        return getattr(self, "_error_handler", raise_error)

    def set_error_handler(self, error_handler: Callable[[str, Any, list[Doc], Exception], Any]) -> None:
        self._error_handler = error_handler

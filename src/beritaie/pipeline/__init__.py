"""beritaie's spaCy components, one module each (see docs/ARCHITECTURE.md)."""

from ..extensions import register_extensions

register_extensions()

"""Build (once per process) the beritaie spaCy pipeline."""

from __future__ import annotations

import threading
import warnings
from typing import cast

import spacy
from spacy.language import Language

from . import tokenizer as _tokenizer  # noqa: F401  (registers beritaie.tokenizer.v1)
from .pipeline import boilerplate, dates, entities, gazetteer, model_cleanup, officials, quotes, sentences  # noqa: F401
from .resources import has_resource, model_path

MODEL_NAME = "beritaie-ner"
_CACHE: dict[bool, Language] = {}
_LOCK = threading.Lock()


def _add_model_components(nlp: Language) -> bool:
    """Source the trained NER pipeline's components into ``nlp``; False if no model ships."""
    if not has_resource("models", f"{MODEL_NAME}/meta.json"):
        warnings.warn(
            f"The trained NER model '{MODEL_NAME}' is not installed; entities come from gazetteers and rules only.",
            stacklevel=3,
        )
        return False
    with model_path(MODEL_NAME) as path:
        # The model's own tokenizer is never used (beritaie's news tokenizer is): skip loading it
        # (~1.5 s and ~18 MB less).
        trained = spacy.load(path, exclude=["tokenizer"])
    for name in trained.pipe_names:
        nlp.add_pipe(name, source=trained)
    nlp.add_pipe("beritaie_model_cleanup")
    return True


def build(*, use_model: bool = True) -> Language:
    """A new beritaie pipeline (use :func:`load` to get the cached one).

    Args:
        use_model: add the trained NER model from ``models/`` (when it ships).

    Returns:
        A spaCy ``Language`` whose Docs carry ``doc._.entities``, ``doc._.officials``,
        ``doc._.dates`` and ``doc._.quotes``.
    """
    nlp = spacy.blank("id", config={"nlp": {"tokenizer": {"@tokenizers": "beritaie.tokenizer.v1"}}})
    nlp.max_length = 10_000_000  # beritaie enforces its own, clearer limit in api.py
    nlp.add_pipe("beritaie_boilerplate")
    nlp.add_pipe("beritaie_sentences")
    if use_model:
        _add_model_components(nlp)
    for name in ("beritaie_gazetteer", "beritaie_officials", "beritaie_entities", "beritaie_dates", "beritaie_quotes"):
        nlp.add_pipe(name)
    # the gazetteer index (~1 s, once per process) is built with the pipeline, not by the first document
    cast(gazetteer.GazetteerComponent, nlp.get_pipe("beritaie_gazetteer")).initialize()
    return nlp


def load(*, use_model: bool = True) -> Language:
    """The beritaie pipeline, built on first call and cached for the process.

    Args:
        use_model: include the trained NER model (default True).

    Returns:
        The cached spaCy ``Language``; use ``nlp(text)`` or ``nlp.pipe(texts)``.
    """
    with _LOCK:
        if use_model not in _CACHE:
            _CACHE[use_model] = build(use_model=use_model)
        return _CACHE[use_model]

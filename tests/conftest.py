"""Shared fixtures: the pipeline is built once per test session."""

from __future__ import annotations

import pytest
import spacy

from beritaie.tokenizer import customize_tokenizer


@pytest.fixture(scope="session")
def id_tokenizer():
    """spaCy's blank Indonesian tokenizer with beritaie's news rules."""
    nlp = spacy.blank("id")
    return customize_tokenizer(nlp.tokenizer)


@pytest.fixture(scope="session")
def nlp():
    """The full cached beritaie pipeline."""
    import beritaie

    return beritaie.load()

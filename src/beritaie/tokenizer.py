"""Tokenizer for Indonesian news, built on spaCy's ``id`` rules.

Changes to the defaults, each for a shape news text uses:
- hyphenated words stay whole: ``Covid-19``, reduplications ``kluster-kluster``,
  ``sosial-politik`` (spaCy's defaults split them at the hyphen);
- digit ranges and date shapes are split: ``8-10`` -> ``8 - 10`` and ``8/7`` ->
  ``8 / 7`` (already a default), so ``(8/7)`` is easy to match;
- unit codes such as ``1014/Pbn`` stay one token;
- abbreviations ending in a dot (``Kab.``, ``Jl.``, ``Plt.``, ``S.H.``) are one
  token, so sentence splitting does not break after them.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.lang.id import Indonesian
from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.util import compile_infix_regex, registry

from .lang.abbreviations import DOTTED_ABBREVIATIONS

# Examples a default infix must NOT split for us to keep it.
_KEEP_WHOLE = ("kluster-kluster", "Covid-19", "1014/Pbn", "19-an")
_EXTRA_INFIXES = (
    r"(?<=[0-9])[-–—](?=[0-9])",  # ranges: 8-10 Juli
)


def _news_infixes() -> list[str]:
    kept = [p for p in Indonesian.Defaults.infixes if not any(re.search(p, w) for w in _KEEP_WHOLE)]
    return kept + list(_EXTRA_INFIXES)


def customize_tokenizer(tokenizer: Tokenizer) -> Tokenizer:
    """Apply beritaie's news rules to a spaCy Indonesian tokenizer in place."""
    tokenizer.infix_finditer = compile_infix_regex(_news_infixes()).finditer
    for abbr in DOTTED_ABBREVIATIONS:
        tokenizer.add_special_case(abbr, [{"ORTH": abbr}])
    return tokenizer


@registry.tokenizers("beritaie.tokenizer.v1")
def create_news_tokenizer() -> Callable[[Language], Tokenizer]:
    """spaCy config hook: ``[nlp.tokenizer] @tokenizers = "beritaie.tokenizer.v1"``."""

    def make(nlp: Language) -> Tokenizer:
        return customize_tokenizer(registry.tokenizers.get("spacy.Tokenizer.v1")()(nlp))

    return make

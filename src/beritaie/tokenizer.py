"""Tokenizer for Indonesian news, built on spaCy's ``id`` rules.

Changes to the defaults, each for a shape news text uses:
- hyphenated words stay whole: ``Covid-19``, reduplications ``kluster-kluster``,
  ``sosial-politik`` (spaCy's defaults split them at the hyphen);
- digit ranges and date shapes are split: ``8-10`` -> ``8 - 10`` and ``8/7`` ->
  ``8 / 7`` (already a default), so ``(8/7)`` is easy to match; so is a slash between
  letters (badminton pairs ``Alfian/Muhammad``, ``dan/atau``);
- unit codes such as ``1014/Pbn`` stay one token;
- abbreviations ending in a dot (``Kab.``, ``Jl.``, ``Plt.``, ``S.H.``) are one
  token, so sentence splitting does not break after them.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from spacy.lang.id import Indonesian
from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex, registry

from .lang.abbreviations import DEGREES, DOTTED_ABBREVIATIONS

# Examples a default infix must NOT split for us to keep it.
_KEEP_WHOLE = ("kluster-kluster", "Covid-19", "1014/Pbn", "19-an")
_EXTRA_INFIXES = (
    r"(?<=[0-9])[-–—](?=[0-9])",  # ranges: 8-10 Juli
    r"(?<=[^\W\d_])/(?=[^\W\d_])",  # between letters: pairs "Fajar Alfian/Muhammad Rian", "dan/atau"
)


# A run of 8+ punctuation marks ("--------", "((((((") is one token. spaCy strips affixes one
# character at a time, re-searching the rest each time: such a run took time quadratic in its
# length (4,000 dashes: 20 s), so one pasted separator line could stall a whole batch.
_PUNCT_RUN = r"[^\w\s]{8,}"


def _news_prefixes() -> list[str]:
    return ["^" + _PUNCT_RUN, *Indonesian.Defaults.prefixes]


def _news_suffixes() -> list[str]:
    return [_PUNCT_RUN + "$", *Indonesian.Defaults.suffixes]


def _news_token_match() -> Callable[[str], Any]:
    return re.compile("^" + _PUNCT_RUN + "$").match


def _news_infixes() -> list[str]:
    kept = [p for p in Indonesian.Defaults.infixes if not any(re.search(p, w) for w in _KEEP_WHOLE)]
    return kept + list(_EXTRA_INFIXES)


def _news_rules(rules: dict[str, list[dict[str, str]]]) -> dict[str, list[dict[str, str]]]:
    # spaCy's "id" exceptions hold "M.Kes," with its comma, which glued the comma to the degree
    # ("Rina, M.Kes, menilai"); a word's special case never includes a following comma.
    kept = {k: v for k, v in rules.items() if not (k.endswith(",") and k[:-1].replace(".", "").isalnum())}
    # degrees with an inner dot stay whole too ("Sp.PD", "Ph.D": split, their dot ended the sentence)
    whole = {*DOTTED_ABBREVIATIONS, *(d for d in DEGREES if "." in d)}
    # a consultant's mark glued to a specialist degree: "Sp.A(K)" is the degree, then "(K)"
    consultants = {f"{d}(K)": [{"ORTH": d}, {"ORTH": "("}, {"ORTH": "K"}, {"ORTH": ")"}]
                   for d in DEGREES if d.startswith("Sp.")}
    return {**kept, **{abbr: [{"ORTH": abbr}] for abbr in whole}, **consultants}


def customize_tokenizer(tokenizer: Tokenizer) -> Tokenizer:
    """Apply beritaie's news rules to a spaCy Indonesian tokenizer in place."""
    # Each setting change makes spaCy reload all special cases (16,000 for "id"); clearing
    # them first and setting them last loads them once, as spaCy's own from_bytes does.
    rules = tokenizer.rules
    tokenizer.rules = {}
    tokenizer.prefix_search = compile_prefix_regex(_news_prefixes()).search
    tokenizer.suffix_search = compile_suffix_regex(_news_suffixes()).search
    tokenizer.infix_finditer = compile_infix_regex(_news_infixes()).finditer
    tokenizer.token_match = _news_token_match()
    tokenizer.rules = _news_rules(rules)
    return tokenizer


def news_tokenizer(nlp: Language) -> Tokenizer:
    """A new tokenizer with beritaie's news rules for ``nlp`` (an Indonesian pipeline).

    Built with the news settings from the start, so the special cases are loaded once;
    otherwise as spaCy's ``spacy.Tokenizer.v1``.
    """
    defaults = nlp.Defaults
    return Tokenizer(
        nlp.vocab,
        rules=_news_rules(defaults.tokenizer_exceptions),
        prefix_search=compile_prefix_regex(_news_prefixes()).search,
        suffix_search=compile_suffix_regex(_news_suffixes()).search,
        infix_finditer=compile_infix_regex(_news_infixes()).finditer,
        token_match=_news_token_match(),
        url_match=defaults.url_match,
    )


@registry.tokenizers("beritaie.tokenizer.v1")
def create_news_tokenizer() -> Callable[[Language], Tokenizer]:
    """spaCy config hook: ``[nlp.tokenizer] @tokenizers = "beritaie.tokenizer.v1"``."""
    return news_tokenizer

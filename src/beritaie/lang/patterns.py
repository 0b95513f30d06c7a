"""Regular-expression building blocks shared by the lexicons."""

from __future__ import annotations

import re
from collections.abc import Iterable


def phrase_alternation(phrases: Iterable[str], *, space: str = r"\s+", fold_case: bool = False) -> str:
    """A regex alternation of ``phrases`` that prefers the longest phrase at each position.

    Built as a character trie ("kepala\\s+d(?:esa|inas)"): with a flat list of a hundred phrases the
    regex engine would try each one in turn at every position of a text. A space in a phrase
    matches ``space``. ``fold_case``: phrases are case-folded, for use under ``re.IGNORECASE`` or
    ``(?i:...)``, where two spellings of one word would otherwise be two branches.
    """
    trie: dict[str, dict] = {}
    for phrase in phrases:
        node = trie
        for char in " ".join((phrase.casefold() if fold_case else phrase).split()):
            node = node.setdefault(char, {})
        node[""] = {}  # a phrase ends here
    return _trie_pattern(trie, space)


def _trie_pattern(node: dict[str, dict], space: str) -> str:
    branches = [(space if char == " " else re.escape(char)) + _trie_pattern(node[char], space)
                for char in sorted(c for c in node if c)]
    if not branches:
        return ""
    group = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if "" in node:  # a phrase may end here: the longer ones are tried first
        return f"(?:{group})?"
    return group

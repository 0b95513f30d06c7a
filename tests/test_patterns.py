"""Regex building blocks of the lexicons (pure, no spaCy)."""

from __future__ import annotations

import re

from beritaie.lang.patterns import phrase_alternation


def test_phrase_alternation_takes_the_longest_phrase_in_any_case_and_spacing():
    phrases = ["Kepala", "Kepala Dinas", "Kepala Dinas Kesehatan", "Kadis", "Kades"]
    pattern = re.compile(rf"{phrase_alternation(phrases, fold_case=True)}(?!\w)", re.IGNORECASE)
    text = "KEPALA  Dinas Kesehatan, kepala dinas dan Kepala Desa; Kadis, Kades, Kadisdik"
    assert [m.group() for m in pattern.finditer(text)] == [
        "KEPALA  Dinas Kesehatan", "kepala dinas", "Kepala", "Kadis", "Kades"]


def test_phrase_alternation_keeps_case_and_uses_the_given_space():
    pattern = re.compile(phrase_alternation(["WIB", "WITA", "Idul Fitri"], space=" ?"))
    assert [m.group() for m in pattern.finditer("pukul 10.00 WITA, wib, IdulFitri, Idul  Fitri")] == [
        "WITA", "IdulFitri"]


def test_phrase_alternation_escapes_regex_characters():
    pattern = re.compile(phrase_alternation(["s.d.", "s/d", "(Plt)"]))
    assert [m.group() for m in pattern.finditer("8 s.d. 10, 8 sxdx 10, 8 s/d 10 (Plt)")] == ["s.d.", "s/d", "(Plt)"]

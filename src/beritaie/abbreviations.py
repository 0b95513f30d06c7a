"""In-text abbreviation definitions, Schwartz–Hearst style, adapted to Indonesian news.

Pure logic (no spaCy). News defines a short form once and then uses it:

- forward, long form then short form in parentheses:
  "Kaban Kesatuan Bangsa dan Politik (Kesbangpol)", "Gubernur Kalimantan Tengah (Kalteng)",
  "Pemerintah Kabupaten Kotawaringin Barat (Kobar)";
- the short form inside the long form: "Pemerintah Kabupaten (Pemkab) Lamandau";
- reverse, short form then long form in parentheses: "Kesbangpol (Kesatuan Bangsa dan Politik)".

The long form is the shortest tail of the preceding words whose initials spell the short form
("Komisi Pemberantasan Korupsi (KPK)"); failing that, it is found by the algorithm of Schwartz & Hearst (2003), "A simple algorithm for
identifying abbreviation definitions in biomedical text" (PSB 2003): walk the short form's
letters and digits from right to left and find each, in order, in the words before the
parenthesis; the first letter must start a word; the shortest such tail is the long form.
That choice is what Indonesian needs: in "Pemerintah Kabupaten Kotawaringin Barat (Kobar)"
the letters k-o-b-a-r are found in "Kotawaringin Barat", so Kobar aliases the region, not the
government; in "Kaban Kesatuan Bangsa dan Politik (Kesbangpol)" the tail starts at
"Kesatuan", not at the title "Kaban".

Adaptations: a short form must contain an upper-case letter (news prints lower-case credits
such as "(kesbangpol kobar)" in parentheses, which define nothing); numbers and dates in
parentheses ("(8/7)") are skipped; long-form candidates stop at sentence punctuation and at
an earlier parenthesis.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TypedDict


class Definition(TypedDict):
    """One definition found in a text; offsets are character offsets, end exclusive."""

    short: str
    long: str
    short_start: int
    short_end: int
    long_start: int
    long_end: int


_PAREN = re.compile(r"\(([^()\n]{1,200})\)")
# Characters that end a long-form candidate when walking back from the parenthesis.
_STOP_CHARS = ".;:!?()[]\"“”\n"
_WORD = re.compile(r"\S+")
# A short form: one or two words, letters/digits with inner . - / & allowed.
_SHORT_SHAPE = re.compile(r"^[^\W_][\w.&/-]*(?: [^\W_][\w.&/-]*)?$")


def is_short_form(candidate: str, *, max_chars: int = 12) -> bool:
    """Whether ``candidate`` can be a short form: "KPU", "Kalteng", "Mentan RI", "FKPD2".

    Args:
        candidate: the text inside the parentheses (or before them, for reverse definitions).
        max_chars: the longest short form accepted.

    Returns:
        True for 2..max_chars characters of one or two words that contain an upper-case
        letter and at least one letter, and are not a number or date.
    """
    if not 2 <= len(candidate) <= max_chars or not _SHORT_SHAPE.match(candidate):
        return False
    if not any(c.isupper() for c in candidate) or not any(c.isalpha() for c in candidate):
        return False
    return True


def match_long_form(short: str, long_text: str) -> int | None:
    """Start offset in ``long_text`` of the shortest tail that ``short`` abbreviates.

    Schwartz–Hearst matching: each letter or digit of ``short``, right to left, is found in
    ``long_text`` right to left (case-insensitively); the first one must begin a word.

    Args:
        short: the short form, e.g. "Kobar".
        long_text: the words before the parenthesis, e.g. "Pemerintah Kabupaten Kotawaringin Barat".

    Returns:
        The offset where the long form starts ("Kotawaringin Barat" -> 21), or None.
    """
    chars = [c.lower() for c in short if c.isalnum()]
    if not chars:
        return None
    s_idx = len(chars) - 1
    l_idx = len(long_text) - 1
    while s_idx >= 0:
        c = chars[s_idx]
        while l_idx >= 0 and (
            long_text[l_idx].lower() != c or (s_idx == 0 and l_idx > 0 and long_text[l_idx - 1].isalnum())
        ):
            l_idx -= 1
        if l_idx < 0:
            return None
        l_idx -= 1
        s_idx -= 1
    return l_idx + 1


# Words an acronym may skip: "Badan Pengelolaan Keuangan dan Aset Daerah (BPKAD)".
_CONNECTORS = {"dan", "&", "serta", "atau", "untuk", "dari", "di", "ke", "yang", "pada", "bagi", "of", "and", "the"}


def match_initials(short: str, long_text: str) -> int | None:
    """Start offset of the shortest tail of ``long_text`` whose word initials spell ``short``.

    Tried before :func:`match_long_form`, because an acronym of word initials is the common
    case and plain Schwartz–Hearst may stop too early: for "Unit Perlindungan Perempuan dan
    Anak (PPA)" the letters p-p-a are found in "Perempuan dan Anak" alone, while the initials
    give "Perlindungan Perempuan dan Anak". Connectors ("dan", "&") are skipped unless needed.

    Args:
        short: the short form, e.g. "BPKAD".
        long_text: the words before the parenthesis.

    Returns:
        The offset where the long form starts, or None when the initials do not fit.
    """
    chars = [c.lower() for c in short if c.isalnum()]
    words = list(_WORD.finditer(long_text))
    pos = len(chars) - 1
    for word in reversed(words):
        if pos < 0:
            break
        first = word.group()[:1].lower()
        if first == chars[pos]:
            pos -= 1
            if pos < 0:
                return word.start()
            continue
        if word.group().lower() in _CONNECTORS:
            continue
        return None
    return None


def _window_before(text: str, end: int, max_words: int) -> tuple[int, str]:
    """(start, text) of up to ``max_words`` words ending at ``end``, stopping at sentence punctuation."""
    start = end
    while start > 0 and text[start - 1] not in _STOP_CHARS:
        start -= 1
    segment = text[start:end]
    words = list(_WORD.finditer(segment))
    if not words:
        return end, ""
    words = words[-max_words:]
    offset = start + words[0].start()
    return offset, text[offset:end]


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink [start, end) past surrounding spaces and commas."""
    while start < end and (text[start].isspace() or text[start] in ",-–"):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",-–"):
        end -= 1
    return start, end


def _valid_long(short: str, long: str) -> bool:
    """Reject long forms that are the short form itself or that contain it as a word."""
    if not long or long.casefold() == short.casefold():
        return False
    if short.casefold() in (w.casefold() for w in long.split()):
        return False
    return len(long) > len(short)


def find_definitions(text: str, *, max_short_chars: int = 12) -> list[Definition]:
    """All abbreviation definitions in ``text``, in text order.

    Args:
        text: the document text (offsets point into it).
        max_short_chars: the longest short form accepted.

    Returns:
        One :class:`Definition` per "(...)" that defines or is defined; the first definition
        of a short form wins when a text defines it twice with different long forms.

    Example:
        >>> find_definitions("Kaban Kesatuan Bangsa dan Politik (Kesbangpol) Kobar")[0]["long"]
        'Kesatuan Bangsa dan Politik'
    """
    found: list[Definition] = []
    seen: set[str] = set()
    for match in _PAREN.finditer(text):
        inner_start, inner_end = _trim(text, match.start(1), match.end(1))
        inner = text[inner_start:inner_end]
        definition = _forward(text, match.start(), inner, inner_start, inner_end, max_short_chars)
        if definition is None:
            definition = _reverse(text, match.start(), inner, inner_start, inner_end, max_short_chars)
        if definition is None:
            continue
        key = definition["short"].casefold()
        if key in seen:
            continue
        seen.add(key)
        found.append(definition)
    return found


def _forward(text: str, paren: int, inner: str, inner_start: int, inner_end: int,
             max_short_chars: int) -> Definition | None:
    """"Kesatuan Bangsa dan Politik (Kesbangpol)": the short form is inside the parentheses."""
    if not is_short_form(inner, max_chars=max_short_chars):
        return None
    n_chars = sum(c.isalnum() for c in inner)
    max_words = min(n_chars + 5, n_chars * 2)
    win_start, window = _window_before(text, paren, max_words)
    window = window.rstrip()
    if not window:
        return None
    offset = match_initials(inner, window)
    if offset is None:
        offset = match_long_form(inner, window)
    if offset is None:
        return None
    long_start, long_end = _trim(text, win_start + offset, win_start + len(window))
    long = text[long_start:long_end]
    if not _valid_long(inner, long):
        return None
    return Definition(short=inner, long=long, short_start=inner_start, short_end=inner_end,
                      long_start=long_start, long_end=long_end)


def _reverse(text: str, paren: int, inner: str, inner_start: int, inner_end: int,
             max_short_chars: int) -> Definition | None:
    """"Kesbangpol (Kesatuan Bangsa dan Politik)": the long form is inside the parentheses."""
    if len(inner.split()) < 2:
        return None
    window = max(0, paren - 100)  # a short form is short: never scan the whole text before it
    before = text[window:paren].rstrip()
    word = re.search(r"([^\W_][\w.&/-]*)$", before)
    if word is None or not is_short_form(word.group(1), max_chars=max_short_chars):
        return None
    short = word.group(1)
    offset = match_initials(short, inner)
    if offset is None:
        offset = match_long_form(short, inner)
    # The parenthesis must be the whole long form (or all but a leading word such as "Badan").
    if offset is None or len(inner[:offset].split()) > 1:
        return None
    if not _valid_long(short, inner):
        return None
    return Definition(short=short, long=inner, short_start=window + word.start(1), short_end=window + word.end(1),
                      long_start=inner_start, long_end=inner_end)


def iter_short_mentions(text: str, definitions: list[Definition]) -> Iterator[tuple[int, int, Definition]]:
    """Later uses of each defined short form as a whole word, case-sensitively.

    Args:
        text: the document text.
        definitions: the output of :func:`find_definitions` on the same text.

    Yields:
        (start, end, definition) for each occurrence after the definition's own short form
        (the definition itself excluded), so "Kaban Kesbangpol Kobar" resolves Kesbangpol.
    """
    for definition in definitions:
        pattern = re.compile(r"(?<![\w])" + re.escape(definition["short"]) + r"(?![\w])")
        for match in pattern.finditer(text, definition["short_end"]):
            yield match.start(), match.end(), definition

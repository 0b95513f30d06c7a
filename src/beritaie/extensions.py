"""Every ``Doc._`` attribute beritaie uses, registered once from one table.

Extensions hold plain JSON-able data (offsets, ids, ISO dates), never Span
objects, so Docs survive DocBin and multiprocessing. Offsets are character
offsets into ``doc.text``, end exclusive. ``doc.text`` is the input text, byte for
byte, unless ``api.make_doc`` read a cleaned view of it (``textview.py``): then
``doc._.source_text`` holds the input and the record maps every span back to it.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from itertools import accumulate

from spacy.tokens import Doc

# name -> (default, what it holds). Mutable defaults are never shared: a
# getter-free default of None is used and components assign fresh lists.
DOC_EXTENSIONS: dict[str, tuple[object, str]] = {
    "published": (None, "publication date given by the caller, 'YYYY-MM-DD' or None"),
    "doc_id": (None, "the caller's document id, or None"),
    "source_text": (None, "the input text when doc.text is its cleaned view (textview.py), else None"),
    "boilerplate": (None, "list of {start, end, kind}: news boilerplate excluded from quotes and dates"),
    "gazetteer_hits": (None, "list of {start, end, text, label, canonical, kb_id, type, source}"),
    "abbreviations": (None, "list of {short, long, short_start, short_end, long_start, long_end}"),
    "persons": (None, "list of {name, mentions: [{text, start, end}]}: person clusters"),
    "entities": (None, "list of entity dicts of the record contract"),
    "officials": (None, "list of official dicts of the record contract"),
    "dates": (None, "list of date dicts of the record contract"),
    "reference_date": (None, "'YYYY-MM-DD' the dates were resolved against, or None"),
    "reference_date_source": (None, "'given', 'inferred' or None"),
    "quotes": (None, "list of quote dicts of the record contract"),
    "warnings": (None, "list of str: recoverable oddities met while processing this document"),
}


def register_extensions() -> None:
    """Register all extensions (idempotent; never forces over foreign ones)."""
    for name, (default, _doc) in DOC_EXTENSIONS.items():
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)


_TEXT_KEY = "beritaie.text"


def doc_text(doc: Doc) -> str:
    """``doc.text``, joined once per Doc: spaCy joins every token again on each access.

    Kept in ``doc.user_data``; a Doc whose tokens no longer add up to the kept text (one
    built from other Docs) gets it joined afresh.
    """
    text = doc.user_data.get(_TEXT_KEY)
    size = doc[-1].idx + len(doc[-1].text_with_ws) if len(doc) else 0
    if not isinstance(text, str) or len(text) != size:
        text = doc.user_data[_TEXT_KEY] = doc.text
    return text


def add_warning(doc: Doc, message: str) -> None:
    """Record a recoverable per-document oddity on ``doc._.warnings``."""
    if doc._.warnings is None:
        doc._.warnings = []
    doc._.warnings.append(message)


class SpanSet:
    """Character spans for fast questions about a range: O(log n) each, however many spans
    (a long scraped page can carry thousands of boilerplate spans)."""

    def __init__(self, spans: Iterable[tuple[int, int]] = ()) -> None:
        ordered = sorted(spans)
        self._starts = [s for s, _ in ordered]
        self._max_ends = list(accumulate((e for _, e in ordered), max))  # max end of the spans so far

    def overlaps(self, start: int, end: int) -> bool:
        """Whether [start, end) overlaps a span."""
        i = bisect.bisect_left(self._starts, end)
        return i > 0 and self._max_ends[i - 1] > start

    def contains(self, start: int, end: int) -> bool:
        """Whether [start, end) lies inside a span."""
        i = bisect.bisect_right(self._starts, start)
        return i > 0 and self._max_ends[i - 1] >= end


register_extensions()

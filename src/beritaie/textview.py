"""The text the pipeline reads, and the way back to offsets in the input.

Scraped news carries characters no reader sees: zero-width spaces and joiners, word joiners,
soft hyphens, byte-order and direction marks, often inside a word ("Sema\\u200brang"), HTML
entities and tags left by a careless export ("&quot;Kami ...&quot;", "<strong>Nur Syamsi</strong>"),
no-break spaces and runs of spaces. Each one splits a name or hides a quotation mark from the
model and the rules. The pipeline reads a view of the input without them (entities decoded,
invisible marks and inline tags dropped, block tags a line break, a run of spaces one space, a
hard-wrapped line joined); the record maps every span back, so its offsets index the input and
each ``text`` is the input's slice.
"""

from __future__ import annotations

import bisect
import html
import re

# Format characters (Unicode Cf) that news exports leave inside and between words.
INVISIBLE = "\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff"
_INVISIBLE_RUN = re.compile(f"[{INVISIBLE}]+")
# Spaces other than " " (no-break, thin, figure ..., "&nbsp;") and tabs: a run with any of them, or of
# several spaces, is one plain space.
_ODD_SPACE = "(?:[\t\u00a0\u2000-\u200a\u202f\u205f\u3000]|&(?:nbsp|#160|#[xX][aA]0);)"
_SPACE = f"(?: |{_ODD_SPACE})"
_SPACE_RUN = re.compile(f"{_SPACE}+")
# HTML tags; those that end a block of text stand for a line break ("</p><p>" a paragraph break).
_TAG = re.compile(r"</?([A-Za-z][A-Za-z0-9]{0,10})(?:\s[^<>\n]{0,300})?/?>")
_BLOCK_TAGS = frozenset("p br div li ul ol h1 h2 h3 h4 h5 h6 tr table blockquote figure figcaption section".split())
# A line break inside a sentence (hard-wrapped archive text): after a word or comma, before a
# lower-case word ("menyampaikan keberatan\njika ada selisih"). A new paragraph, headline or
# list item starts with a capital, a digit or a mark, and stays.
_WRAP = r"(?<=[^\W_]|[,;])[ ]?\r?\n[ ]?(?=[a-z])"
_EDITS = re.compile(
    f"{_WRAP}|[{INVISIBLE}]+| *{_ODD_SPACE}{_SPACE}*| {{2,}}"
    f"|&(?:amp;)?(?:#[0-9]{{1,7}}|#[xX][0-9a-fA-F]{{1,6}}|[A-Za-z][A-Za-z0-9]{{1,31}});|{_TAG.pattern}")


class TextView:
    """``text``: the input as the pipeline reads it (see the module docstring).

    ``source_span(start, end)`` maps a span of ``text`` to the input. Edits are rare, so the
    view keeps only where the offset shift changes, not a table over every character.
    """

    def __init__(self, source: str) -> None:
        self.source = source
        self._points: list[int] = []  # view offsets where the shift to the input changes
        self._shifts: list[int] = []  # the shift from that offset on
        self._widths: dict[int, int] = {}  # view offset of a character read from 2+ input characters -> their length
        pieces: list[str] = []
        shift = last = 0
        for match in _EDITS.finditer(source):
            raw = match.group()
            decoded = _decoded(raw)
            if decoded is None:
                continue  # an entity that is not one character (or unknown) stays as written
            pieces.append(source[last:match.start()])
            at = match.start() - shift  # where the edit lands in the view
            if decoded:
                pieces.append(decoded)
                if len(raw) > 1:
                    self._widths[at] = len(raw)
                    shift += len(raw) - 1
                self._mark(at + 1, shift)
            else:
                shift += len(raw)
                self._mark(at, shift)
            last = match.end()
        pieces.append(source[last:])
        self.text = "".join(pieces) if self._points else source

    @property
    def changed(self) -> bool:
        return bool(self._points)

    def _mark(self, at: int, shift: int) -> None:
        if self._points and self._points[-1] == at:
            self._shifts[-1] = shift
        else:
            self._points.append(at)
            self._shifts.append(shift)

    def _start(self, offset: int) -> int:
        i = bisect.bisect_right(self._points, offset) - 1
        return offset + (self._shifts[i] if i >= 0 else 0)

    def source_span(self, start: int, end: int) -> tuple[int, int]:
        """The input offsets of the view's ``text[start:end]`` (end exclusive)."""
        if end <= start:
            return self._start(start), self._start(start)
        last = end - 1
        return self._start(start), self._start(last) + self._widths.get(last, 1)


def _decoded(raw: str) -> str | None:
    """What the view reads for one edit: "" (dropped), one character, or None (keep as written)."""
    if _SPACE_RUN.fullmatch(raw) or "\n" in raw:
        return " "  # a run of spaces, or a wrapped line's break
    if raw[0] == "&":
        decoded = html.unescape(html.unescape(raw))  # also escaped twice: "&amp;quot;"
        if len(decoded) != 1 or decoded == raw:
            return None
        return "" if _INVISIBLE_RUN.fullmatch(decoded) else decoded  # "&#8203;" is a zero-width space too
    if raw[0] == "<":
        tag = _TAG.fullmatch(raw)
        return "\n" if tag and tag.group(1).casefold() in _BLOCK_TAGS else ""
    return ""

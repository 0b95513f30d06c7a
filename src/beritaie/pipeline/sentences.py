"""Rule-based sentence boundaries for Indonesian news.

A sentence ends at ``.``, ``!``, ``?`` or ``…`` (plus any closing quotes or
brackets after it) only when the next word starts a new sentence: a capital
letter, a digit or an opening quote. So ``“…,” ujar Sugianto.`` stays one
sentence, and dotted abbreviations (``H.``, ``Kab.``), which the tokenizer keeps
whole, never end one, except a degree or ``dll.`` before a capitalised word that is
no other degree (``Hendra, S.H. Ia meminta ...``), nor a company's ``Tbk.`` after a title
(``Direktur PT X Tbk. Budi mengatakan``). A line break always ends a sentence (news paragraphs,
headlines and captions have no final stop).
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy
from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from ..lang.abbreviations import DEGREES

_ENDERS = {".", "!", "?", "…", "...", "!!", "??", "?!"}
# Dotted short forms that may end a sentence with their own dot: a degree after a name ("Hendra,
# S.H. Ia meminta ...") and list endings ("dll."). Another degree after one continues the name.
_DEGREES = frozenset(d for d in DEGREES if d.endswith("."))
_FINAL_ABBREVIATIONS = _DEGREES | {"dll.", "dsb.", "dst.", "dkk."}
_CLOSERS = {"”", '"', "’", "'", ")", "]", "»", "''"}
_OPENERS = {"“", '"', "‘", "'", "«", "(", "["}


def _starts_sentence(text: str) -> bool:
    first = text[0]
    return first.isupper() or first.isdigit() or text in _OPENERS or first in _OPENERS


def company_suffix_dot(words: Sequence[str], start: int, stop: int) -> bool:
    """Whether ``words[stop - 1]``, the last word of the sentence begun at ``start``, is the dot of a
    company's "Tbk." after capitalised words only, no verb: "Direktur Utama PT Astra International
    Tbk. Djony ... mengatakan" is one sentence."""
    if stop - start < 3 or words[stop - 1] != "." or words[stop - 2] != "Tbk":
        return False
    return all(words[x][:1].isupper() or not words[x].isalpha() for x in range(start, stop - 1))


class SentenceSplitter:
    """Sets ``token.is_sent_start`` for every token."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        if len(doc) == 0:
            return doc
        # Read token texts once and write all boundaries in one array: setting
        # token.is_sent_start one by one re-checks the Doc's annotation each time.
        texts = [t.text for t in doc]
        spaces = [t.whitespace_ for t in doc]
        starts = numpy.full(len(doc), -1, dtype="int32")  # SENT_START: 1 start, -1 inside
        starts[0] = 1
        boundary_pending = False
        sent_start = 0
        for i in range(1, len(doc)):
            prev, text = texts[i - 1], texts[i]
            line_break = "\n" in prev or "\n" in spaces[i - 1]
            if line_break or (prev in _ENDERS and not company_suffix_dot(texts, sent_start, i)) \
                    or (prev in _FINAL_ABBREVIATIONS and text not in _DEGREES):
                boundary_pending = True
            elif prev in _CLOSERS and boundary_pending:
                pass  # keep pending through closing quotes/brackets after the stop
            elif not prev.isspace():
                boundary_pending = False
            if text.isspace():
                continue
            if boundary_pending and text not in _CLOSERS and (_starts_sentence(text) or line_break):
                starts[i] = 1
                sent_start = i
                boundary_pending = False
        doc.from_array([SENT_START], starts.reshape(-1, 1).astype("uint64"))
        return doc


@Language.factory("beritaie_sentences", assigns=["token.is_sent_start"], default_config={})
def make_sentences(nlp: Language, name: str) -> SentenceSplitter:
    """spaCy factory of :class:`SentenceSplitter`."""
    return SentenceSplitter(nlp, name)

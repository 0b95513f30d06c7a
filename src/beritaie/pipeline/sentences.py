"""Rule-based sentence boundaries for Indonesian news.

A sentence ends at ``.``, ``!``, ``?`` or ``…`` (plus any closing quotes or
brackets after it) only when the next word starts a new sentence: a capital
letter, a digit or an opening quote. So ``“…,” ujar Sugianto.`` stays one
sentence, and dotted abbreviations (``H.``, ``Kab.``), which the tokenizer keeps
whole, never end one. A line break always ends a sentence (news paragraphs,
headlines and captions have no final stop).
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

_ENDERS = {".", "!", "?", "…", "...", "!!", "??", "?!"}
_CLOSERS = {"”", '"', "’", "'", ")", "]", "»", "''"}
_OPENERS = {"“", '"', "‘", "'", "«", "(", "["}


def _starts_sentence(text: str) -> bool:
    first = text[0]
    return first.isupper() or first.isdigit() or text in _OPENERS or first in _OPENERS


class SentenceSplitter:
    """Sets ``token.is_sent_start`` for every token."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        if len(doc) == 0:
            return doc
        doc[0].is_sent_start = True
        boundary_pending = False
        for i in range(1, len(doc)):
            prev, token = doc[i - 1], doc[i]
            if "\n" in prev.text or "\n" in prev.whitespace_:
                boundary_pending = True
            elif prev.text in _ENDERS:
                boundary_pending = True
            elif prev.text in _CLOSERS and boundary_pending:
                pass  # keep pending through closing quotes/brackets after the stop
            elif not prev.is_space:
                boundary_pending = False
            if token.is_space:
                token.is_sent_start = False
                continue
            if boundary_pending and token.text not in _CLOSERS and (
                _starts_sentence(token.text) or "\n" in prev.text or "\n" in prev.whitespace_
            ):
                token.is_sent_start = True
                boundary_pending = False
            else:
                token.is_sent_start = False
        return doc


@Language.factory("beritaie_sentences", assigns=["token.is_sent_start"], default_config={})
def make_sentences(nlp: Language, name: str) -> SentenceSplitter:
    """spaCy factory of :class:`SentenceSplitter`."""
    return SentenceSplitter(nlp, name)

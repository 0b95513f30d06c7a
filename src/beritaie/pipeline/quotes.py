"""The ``beritaie_quotes`` component: direct and indirect quotes with their speakers.

The work is done by the pure :func:`beritaie.quotefind.find_quotes`; this module
only gathers its inputs from the Doc and stores its output:

- reads ``doc.text``, ``doc._.boilerplate`` (quotes inside are ignored), the
  sentence starts of ``beritaie_sentences``, ``doc._.persons`` and
  ``doc._.officials`` (to resolve "Sugianto" -> "Sugianto Sabran" and "Gubernur"
  -> the governor), ``doc._.entities`` (bodies such as "Polres Kobar"),
  ``doc._.gazetteer_hits`` (jurisdictions inside titles) and PER ``doc.ents``;
  every input may be missing or empty, and the finder then relies on the text;
- writes ``doc._.quotes``: ``[{"kind", "text", "start", "end", "speaker",
  "speaker_mention", "cue"}]`` with ``text == doc.text[start:end]``, and appends
  recoverable oddities (an unclosed quotation mark) to ``doc._.warnings``.
"""

from __future__ import annotations

import logging
import warnings
from collections.abc import Iterable
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from . import ErrorHandling
from ..errors import ConfigError
from ..extensions import add_warning, doc_text
from ..quotefind import READ_OUT_SPEAKERS, find_quotes

logger = logging.getLogger(__name__)


class QuoteExtractor(ErrorHandling):
    """Finds quotes and attributes them to speakers, writing ``doc._.quotes``.

    Args:
        nlp: the pipeline.
        name: the component name.
        indirect: also extract indirect (reported) speech, not only text in quotation marks.
        min_words: the fewest words an indirect quote's content may have.
        read_out_speaker: who speaks a statement read out by someone else ("sambutan
            Menteri ... yang dibacakan Bupati"): ``"reader"`` (the person at the event, as the
            annotation guide's gold records it) or ``"author"``.
        use_ents: use PER spans of ``doc.ents`` as person names.
        warn: also issue a Python ``warnings.warn`` for each unbalanced quotation mark (they are
            always recorded on ``doc._.warnings``).

    Raises:
        ConfigError: for an unknown ``read_out_speaker`` or a ``min_words`` below 1.
    """

    def __init__(self, nlp: Language, name: str = "beritaie_quotes", *, indirect: bool = True, min_words: int = 3,
                 read_out_speaker: str = "reader", use_ents: bool = True, warn: bool = False) -> None:
        if read_out_speaker not in READ_OUT_SPEAKERS:
            raise ConfigError(f"Unknown read_out_speaker {read_out_speaker!r}; choose one of: "
                              f"{', '.join(READ_OUT_SPEAKERS)}. Hint: set it in [components.{name}].")
        if not isinstance(min_words, int) or min_words < 1:
            raise ConfigError(f"min_words must be a whole number of at least 1, got {min_words!r}. "
                              f"Hint: the default is 3.")
        self.name = name
        self.indirect = indirect
        self.min_words = min_words
        self.read_out_speaker = read_out_speaker
        self.use_ents = use_ents
        self.warn = warn

    def __call__(self, doc: Doc) -> Doc:
        error_handler = self.get_error_handler()
        try:
            self._process(doc)
        except Exception as err:  # noqa: BLE001 - handed to spaCy's configurable error handler
            error_handler(self.name, self, [doc], err)
        return doc

    def _process(self, doc: Doc) -> None:
        x = doc._
        text = doc_text(doc)
        sentence_starts = [token.idx for token in doc if token.is_sent_start]  # None (unset) counts as no
        person_spans = []
        if self.use_ents:
            person_spans = [(e.start_char, e.end_char) for e in doc.ents if e.label_ == "PER"]
        places = [h for h in (x.gazetteer_hits or ()) if h.get("label") in ("LOC", "ORG")]
        result = find_quotes(
            text,
            boilerplate=x.boilerplate or (),
            sentence_starts=sentence_starts,
            persons=x.persons or (),
            officials=x.officials or (),
            entities=x.entities or (),
            person_spans=person_spans,
            place_spans=[(int(h["start"]), int(h["end"])) for h in places],
            indirect=self.indirect,
            min_words=self.min_words,
            read_out_speaker=self.read_out_speaker,
        )
        quotes = []
        for quote in result.quotes:
            if text[quote["start"]:quote["end"]] != quote["text"]:  # never expected; keep the contract
                logger.warning("quote offsets do not match the text at %d-%d; dropped", quote["start"], quote["end"])
                continue
            quotes.append(quote)
        x.quotes = quotes
        for message in result.warnings:
            add_warning(doc, message)
            if self.warn:
                warnings.warn(message, stacklevel=2)

    def to_disk(self, path: Any, *, exclude: Iterable[str] = ()) -> None:
        """Nothing to save: the settings live in config.cfg and the lexicons ship with the package."""

    def from_disk(self, path: Any, *, exclude: Iterable[str] = ()) -> QuoteExtractor:
        return self


@Language.factory(
    "beritaie_quotes",
    assigns=["doc._.quotes"],
    requires=[],
    default_config={"indirect": True, "min_words": 3, "read_out_speaker": "reader", "use_ents": True,
                    "warn": False},
)
def make_quotes(nlp: Language, name: str, indirect: bool, min_words: int, read_out_speaker: str, use_ents: bool,
                warn: bool) -> QuoteExtractor:
    """spaCy factory of :class:`QuoteExtractor` (settings as in its docstring)."""
    return QuoteExtractor(nlp, name, indirect=indirect, min_words=min_words, read_out_speaker=read_out_speaker,
                          use_ents=use_ents, warn=warn)

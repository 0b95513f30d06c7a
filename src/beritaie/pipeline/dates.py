"""spaCy glue for :mod:`beritaie.dateresolve`: the ``beritaie_dates`` component.

Reads ``doc._.published`` ('YYYY-MM-DD' or None), ``doc._.boilerplate``
(dates inside those spans are skipped: captions, "Baca Juga", credits) and the
sentence boundaries, and writes ``doc._.dates`` (plain dicts: text, start,
end, value, granularity, optional warning; character offsets into
``doc.text``), ``doc._.reference_date`` and ``doc._.reference_date_source``.
All calendar logic lives in ``dateresolve.py``, which needs no spaCy.
"""

from __future__ import annotations

from datetime import date

from spacy.language import Language
from spacy.pipeline import Pipe
from spacy.tokens import Doc

from ..dateresolve import find_dates, parse_iso_date
from ..errors import BeritaieError, ConfigError
from ..extensions import add_warning, doc_text, register_extensions

register_extensions()


class DateResolver(Pipe):
    """Finds and resolves the dates of a Doc.

    Args:
        nlp: The pipeline.
        name: The component name.
        guess_year_from_weekdays: With no published date and no year anywhere
            in the text, pick the most recent year (not after ``today``) in
            which every day name + (d/m) agrees. Off by default: the
            annotation guide wants ``XXXX-07-08`` when the year is unknowable.
        today: ``YYYY-MM-DD`` used as "today" by that guess, or None for the
            processing day. Set it for reproducible runs.
    """

    def __init__(
        self,
        nlp: Language,
        name: str = "beritaie_dates",
        *,
        guess_year_from_weekdays: bool = False,
        today: str | None = None,
    ) -> None:
        self.name = name
        self.guess_year_from_weekdays = bool(guess_year_from_weekdays)
        try:
            self.today: date | None = parse_iso_date(today)
        except BeritaieError as exc:
            raise ConfigError(f"beritaie_dates: setting 'today' {exc}") from None

    def __call__(self, doc: Doc) -> Doc:
        error_handler = self.get_error_handler()
        try:
            self._process(doc)
        except Exception as exc:  # noqa: BLE001 - spaCy's handler decides (raises by default)
            error_handler(self.name, self, [doc], exc)
        return doc

    def _process(self, doc: Doc) -> None:
        spans = [(b["start"], b["end"]) for b in doc._.boilerplate or ()]
        bounds = None
        if doc.has_annotation("SENT_START"):
            bounds = [(s.start_char, s.end_char) for s in doc.sents]
        result = find_dates(
            doc_text(doc),
            published=doc._.published,
            excluded=spans,
            sentence_bounds=bounds,
            today=self.today,
            guess_year_from_weekdays=self.guess_year_from_weekdays,
        )
        doc._.dates = result.dates
        doc._.reference_date = result.reference_date
        doc._.reference_date_source = result.reference_date_source
        for message in result.warnings:
            add_warning(doc, f"dates: {message}")


@Language.factory(
    "beritaie_dates",
    assigns=["doc._.dates", "doc._.reference_date", "doc._.reference_date_source"],
    default_config={"guess_year_from_weekdays": False, "today": None},
)
def make_dates(nlp: Language, name: str, guess_year_from_weekdays: bool, today: str | None) -> DateResolver:
    """spaCy factory of :class:`DateResolver`; parameters mirror the config."""
    return DateResolver(nlp, name, guess_year_from_weekdays=guess_year_from_weekdays, today=today)

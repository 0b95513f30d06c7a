"""The record contract: one structured record per article.

Field names are fixed (see README "Record contract" and
``beritaie/data/record.schema.json``); extra fields are allowed. Every span is
a character offset into the original input text, end exclusive, and its
``text`` equals ``input[start:end]``.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from typing import Any

from .textview import TextView


@dataclass
class Mention:
    text: str
    start: int
    end: int


@dataclass
class Entity:
    text: str
    label: str  # "PER" | "ORG" | "LOC"
    start: int
    end: int
    canonical: str
    kb_id: str | None
    source: str  # "gazetteer" | "model" | "rule"


@dataclass
class Official:
    name: str | None
    title: str
    of: str | None
    of_kb_id: str | None
    mentions: list[Mention]


@dataclass
class DateMention:
    text: str
    start: int
    end: int
    value: str
    granularity: str  # "year" | "month" | "day" | "time" | "range"
    warning: str | None = None


@dataclass
class Quote:
    kind: str  # "direct" | "indirect"
    text: str
    start: int
    end: int
    speaker: str | None
    speaker_mention: Mention | None
    cue: str | None


@dataclass
class Record:
    id: str | None
    reference_date: str | None
    reference_date_source: str | None
    entities: list[Entity] = field(default_factory=list)
    officials: list[Official] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-able dict in the contract's field order (``warning`` only where set)."""
        data = asdict(self)
        for date in data["dates"]:
            if date.get("warning") is None:
                date.pop("warning", None)
        if not data["warnings"]:
            data.pop("warnings")
        return data

    def to_json(self, **kwargs: Any) -> str:
        """The record as one JSON string (non-ASCII kept as is)."""
        kwargs.setdefault("ensure_ascii", False)
        return json.dumps(self.to_dict(), **kwargs)


@dataclass
class ErrorRecord:
    """Stands in for the record of a document that could not be processed."""

    id: str | None
    type: str
    message: str

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "error": {"type": self.type, "message": self.message}}

    def to_json(self, **kwargs: Any) -> str:
        kwargs.setdefault("ensure_ascii", False)
        return json.dumps(self.to_dict(), **kwargs)


def _mention(data: dict | None) -> Mention | None:
    return Mention(data["text"], data["start"], data["end"]) if data else None


def record_from_doc(doc: Any) -> Record:
    """Build a :class:`Record` from a Doc processed by ``beritaie.load()``.

    Spans index ``doc._.source_text`` (the input) where the Doc holds a cleaned view of it.
    """
    x = doc._
    record = Record(
        id=x.doc_id,
        reference_date=x.reference_date,
        reference_date_source=x.reference_date_source,
        entities=[Entity(**{k: e[k] for k in Entity.__dataclass_fields__}) for e in x.entities or ()],
        officials=[
            Official(
                name=o["name"], title=o["title"], of=o.get("of"), of_kb_id=o.get("of_kb_id"),
                mentions=[Mention(m["text"], m["start"], m["end"]) for m in o["mentions"]],
            )
            for o in x.officials or ()
        ],
        dates=[
            DateMention(d["text"], d["start"], d["end"], d["value"], d["granularity"], d.get("warning"))
            for d in x.dates or ()
        ],
        quotes=[
            Quote(
                kind=q["kind"], text=q["text"], start=q["start"], end=q["end"], speaker=q.get("speaker"),
                speaker_mention=_mention(q.get("speaker_mention")), cue=q.get("cue"),
            )
            for q in x.quotes or ()
        ],
        warnings=list(x.warnings or ()),
    )
    if x.source_text is not None:
        # the view is rebuilt from the input (cheap, and only for cleaned texts): Doc extensions hold
        # plain data only, so the Doc keeps the input, not the view object
        _map_to_source(record, TextView(x.source_text))
    return record


def _map_to_source(record: Record, view: TextView) -> None:
    """Move every span of a record made on ``view.text`` onto the input ``view.source``."""
    spans: list[Any] = [*record.entities, *record.dates, *record.quotes]
    spans += [m for o in record.officials for m in o.mentions]
    spans += [q.speaker_mention for q in record.quotes if q.speaker_mention is not None]
    for span in spans:
        span.start, span.end = view.source_span(span.start, span.end)
        span.text = view.source[span.start:span.end]

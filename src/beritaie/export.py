"""Records to pandas: one DataFrame per kind, each row carrying the doc id and offsets."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from .record import ErrorRecord, Record

_COLUMNS = {
    "entities": ["doc_id", "label", "text", "start", "end", "canonical", "kb_id", "source"],
    "officials": ["doc_id", "name", "title", "of", "of_kb_id", "mention", "start", "end", "n_mentions"],
    "dates": ["doc_id", "text", "start", "end", "value", "granularity", "warning", "reference_date"],
    "quotes": ["doc_id", "kind", "text", "start", "end", "speaker", "speaker_mention",
               "speaker_start", "speaker_end", "cue"],
    "warnings": ["doc_id", "message"],
    "errors": ["doc_id", "type", "message"],
}


def _as_dict(record: Record | ErrorRecord | dict[str, Any]) -> dict[str, Any]:
    return record if isinstance(record, dict) else record.to_dict()


def to_frames(records: Iterable[Record | ErrorRecord | dict[str, Any]]) -> dict[str, Any]:
    """One pandas DataFrame per kind: entities, officials, dates, quotes, warnings and errors.

    Args:
        records: records (objects or their dicts), e.g. from ``extract_many``.

    Returns:
        ``{"entities", "officials", "dates", "quotes", "warnings", "errors"}`` DataFrames; a date's
        ``warning`` (weekday contradicting the date) is a column of ``dates``, a document's recoverable
        oddities are rows of ``warnings``.
    """
    import pandas as pd  # imported lazily: the extraction path does not need it

    rows: dict[str, list[dict[str, Any]]] = {kind: [] for kind in _COLUMNS}
    for rec in map(_as_dict, records):
        doc_id = rec.get("id")
        if "error" in rec:
            rows["errors"].append({"doc_id": doc_id, **rec["error"]})
            continue
        rows["entities"] += [{"doc_id": doc_id, **e} for e in rec["entities"]]
        for off in rec["officials"]:
            first = off["mentions"][0]
            rows["officials"].append({
                "doc_id": doc_id, "name": off["name"], "title": off["title"], "of": off["of"],
                "of_kb_id": off["of_kb_id"], "mention": first["text"], "start": first["start"],
                "end": first["end"], "n_mentions": len(off["mentions"]),
            })
        rows["dates"] += [{"doc_id": doc_id, "warning": None, **d, "reference_date": rec["reference_date"]}
                          for d in rec["dates"]]
        rows["warnings"] += [{"doc_id": doc_id, "message": m} for m in rec.get("warnings", ())]
        for q in rec["quotes"]:
            sm = q["speaker_mention"] or {}
            rows["quotes"].append({
                "doc_id": doc_id, "kind": q["kind"], "text": q["text"], "start": q["start"], "end": q["end"],
                "speaker": q["speaker"], "speaker_mention": sm.get("text"), "speaker_start": sm.get("start"),
                "speaker_end": sm.get("end"), "cue": q["cue"],
            })
    return {kind: pd.DataFrame(rows[kind], columns=cols) for kind, cols in _COLUMNS.items()}

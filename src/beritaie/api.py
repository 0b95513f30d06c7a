"""Public extraction API: ``extract`` for one text, ``extract_many`` for streams."""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Iterable, Iterator
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from .errors import InputError, Messages
from .lang import calendar as cal
from .loader import load
from .record import ErrorRecord, Record, record_from_doc
from .textview import TextView

MAX_CHARS = 2_000_000
"""Default per-document limit (about 300,000 words); larger input is refused with a clear error."""

MAX_BATCH_TOKENS = 2_000
"""Tokens per model batch in one process. The model's tok2vec keeps every layer's activations of
a batch until the batch is done, about 20 KB a token: 32 news articles (12,000 tokens) took
250 MB at once. Smaller batches cost no speed; a single longer document is still one batch."""


def check_published(published: Any) -> str | None:
    """Return ``published`` as 'YYYY-MM-DD' or raise InputError.

    Accepts a date or datetime, an ISO date or date-time, and the forms news sites print
    ("Kamis, 14 Maret 2024 10:00 WIB", "14 Mar 2024", "14/03/2024", day first).
    """
    if published is None or published == "":
        return None
    if isinstance(published, _dt.datetime):
        return published.date().isoformat()
    if isinstance(published, _dt.date):
        return published.isoformat()
    if isinstance(published, str):
        value = published.strip()
        try:
            if _ISO_DATE_TIME.match(value):  # the date part of "2020-07-08", "2020-07-08T09:15:00+07:00"
                return _dt.date.fromisoformat(value[:10]).isoformat()
            # as news sites print it: "Kamis, 14 Maret 2024 10:00 WIB", "14 Mar 2024", "14/03/2024"
            written = _WRITTEN_DATE.fullmatch(value)
            month = cal.MONTHS.get(written["mon"].lower()) or cal.MONTH_ABBREVIATIONS.get(written["mon"].lower()) \
                if written else None
            if written and month:
                return _dt.date(int(written["y"]), month, int(written["d"])).isoformat()
            numeric = _NUMERIC_DATE.fullmatch(value)
            if numeric:
                return _dt.date(int(numeric["y"]), int(numeric["m"]), int(numeric["d"])).isoformat()
        except ValueError:
            pass
    raise InputError(Messages.E003.format(value=published))


_ISO_DATE_TIME = re.compile(r"\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$")
_CLOCK = r"(?:[,\s]+(?:[Pp]ukul\s+)?\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:\s*[A-Za-z]{2,4})?)?"
_WRITTEN_DATE = re.compile(r"(?:[A-Za-z]+,?\s+)?(?P<d>\d{1,2})\s+(?P<mon>[A-Za-z]+)\.?\s+(?P<y>\d{4})" + _CLOCK)
_NUMERIC_DATE = re.compile(r"(?:[A-Za-z]+,?\s+)?(?P<d>\d{1,2})/(?P<m>\d{1,2})/(?P<y>\d{4})" + _CLOCK)


def check_text(text: Any, *, doc_id: str | None = None, max_chars: int = MAX_CHARS) -> str:
    """Return ``text`` if it is processable, else raise InputError saying why."""
    if text is None:
        raise InputError(Messages.E013.format(id=doc_id))
    if not isinstance(text, str):
        raise InputError(Messages.E001.format(type=type(text).__name__))
    if not text.strip():
        raise InputError(Messages.E002.format(id=doc_id))
    if "\x00" in text:
        raise InputError(Messages.E014.format(id=doc_id))
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as err:
        raise InputError(Messages.E024.format(error=err.reason, id=doc_id)) from None
    if len(text) > max_chars:
        raise InputError(Messages.E004.format(size=len(text), limit=max_chars))
    return text


def make_doc(nlp: Language, text: Any, *, published: Any = None, doc_id: Any = None,
             max_chars: int = MAX_CHARS) -> Doc:
    """Validate one document and tokenize its cleaned view, with its id and published date attached.

    The view drops invisible marks and decodes HTML entities (``textview.py``); when it differs
    from the input, ``doc._.source_text`` keeps the input for the record's offsets.
    """
    doc_id = None if doc_id is None else str(doc_id)
    view = TextView(check_text(text, doc_id=doc_id, max_chars=max_chars))
    if not view.text.strip():
        raise InputError(Messages.E002.format(id=doc_id))
    doc = nlp.make_doc(view.text)
    doc._.source_text = view.source if view.changed else None
    doc._.doc_id = doc_id
    doc._.published = check_published(published)
    return doc


def extract(text: str, *, published: Any = None, id: str | None = None, nlp: Language | None = None,
            max_chars: int = MAX_CHARS) -> Record:
    """Extract one structured record from an Indonesian news text.

    Args:
        text: the article text; every offset in the record points into it.
        published: publication date ('YYYY-MM-DD', a printed date such as '14 Maret 2024', date or
            datetime) or None to infer it.
        id: an identifier copied into the record.
        nlp: a pipeline from :func:`beritaie.load` (default: the cached one).
        max_chars: refuse texts longer than this.

    Returns:
        The :class:`~beritaie.record.Record`.

    Raises:
        InputError: empty, non-string, binary or oversized text, or a bad date.
    """
    nlp = nlp or load()
    doc = make_doc(nlp, text, published=published, doc_id=id, max_chars=max_chars)
    for _name, proc in nlp.pipeline:
        doc = proc(doc)
    return record_from_doc(doc)


def _normalise_item(item: Any, index: int) -> tuple[Any, Any, Any]:
    """(id, text, published) of an input item: a str or a dict with 'text'."""
    if isinstance(item, str):
        return str(index), item, None
    if isinstance(item, dict):
        return item.get("id", str(index)), item.get("text"), item.get("published")
    raise InputError(Messages.E006.format(line=index + 1, type=type(item).__name__))


def _error(doc_id: Any, err: Exception) -> ErrorRecord:
    return ErrorRecord(None if doc_id is None else str(doc_id), type(err).__name__, str(err))


def extract_many(docs: Iterable[Any], *, n_process: int = 1, batch_size: int = 32,
                 nlp: Language | None = None, max_chars: int = MAX_CHARS) -> Iterator[Record | ErrorRecord]:
    """Stream one record per input document, in input order.

    Bad documents yield an :class:`~beritaie.record.ErrorRecord` and the batch
    goes on. Items already given as ``ErrorRecord`` (e.g. broken input lines)
    pass through in place.

    Args:
        docs: strings, or dicts ``{"id", "text", "published"?}``.
        n_process: worker processes (a pool of long-lived workers; with ``nlp`` given: ``nlp.pipe``).
        batch_size: documents per ``nlp.pipe`` batch (in one process, also at most
            :data:`MAX_BATCH_TOKENS` tokens).
        nlp: a pipeline from :func:`beritaie.load` (default: the cached one).
        max_chars: per-document character limit.

    Yields:
        Records and error records, one per input item.
    """
    if n_process > 1 and nlp is None:  # long-lived workers: scales better than nlp.pipe(n_process=...)
        from .batch import extract_parallel

        yield from extract_parallel(docs, n_process=n_process, batch_size=batch_size, max_chars=max_chars)
        return
    nlp = nlp or load()
    if n_process > 1:  # spaCy's workers: several batches per call
        max_items, max_tokens = max(1, batch_size) * n_process * 4, float("inf")
    else:  # one batch per call, cut short at MAX_BATCH_TOKENS
        max_items, max_tokens = max(1, batch_size), MAX_BATCH_TOKENS
    for slots in _chunks(nlp, docs, max_items=max_items, max_tokens=max_tokens, max_chars=max_chars):
        pending = [s for s in slots if isinstance(s, Doc)]
        done = iter(_process(nlp, pending, n_process=n_process, batch_size=batch_size))
        for slot in slots:
            yield next(done) if isinstance(slot, Doc) else slot


def _as_item(item: Any, index: int) -> dict[str, Any] | ErrorRecord:
    """An input item as ``{"id", "text", "published"}`` (id defaulting to ``index``), or its error record."""
    if isinstance(item, ErrorRecord):
        return item
    try:
        doc_id, text, published = _normalise_item(item, index)
    except InputError as err:
        return _error(None, err)
    return {"id": doc_id, "text": text, "published": published}


def _slot(nlp: Language, index: int, item: Any, max_chars: int) -> Record | ErrorRecord | Doc:
    """The tokenized Doc of an input item, or its error record."""
    item = _as_item(item, index)
    if isinstance(item, ErrorRecord):
        return item
    try:
        return make_doc(nlp, item["text"], published=item["published"], doc_id=item["id"], max_chars=max_chars)
    except Exception as err:  # noqa: BLE001 - a document the tokenizer cannot take is its own error, not its batch's
        return _error(item["id"], err)


def _chunks(nlp: Language, docs: Iterable[Any], *, max_items: int, max_tokens: float,
            max_chars: int) -> Iterator[list[Record | ErrorRecord | Doc]]:
    """Consecutive slots of the input, at most ``max_items`` and ``max_tokens`` tokens (a longer Doc goes alone)."""
    slots: list[Record | ErrorRecord | Doc] = []
    n_tokens = 0
    for index, item in enumerate(docs):
        slot = _slot(nlp, index, item, max_chars)
        size = len(slot) if isinstance(slot, Doc) else 0
        if slots and (len(slots) == max_items or n_tokens + size > max_tokens):
            yield slots
            slots, n_tokens = [], 0
        slots.append(slot)
        n_tokens += size
    if slots:
        yield slots


def _process(nlp: Language, docs: list[Doc], *, n_process: int, batch_size: int) -> list[Record | ErrorRecord]:
    """Run the pipeline over ``docs``; if a batch fails, redo it one by one to isolate the bad one."""
    if not docs:
        return []
    try:
        return [record_from_doc(d) for d in nlp.pipe(docs, n_process=n_process, batch_size=batch_size)]
    except Exception:  # noqa: BLE001 - isolate the failing document below
        results: list[Record | ErrorRecord] = []
        for doc in docs:
            try:
                for _name, proc in nlp.pipeline:
                    doc = proc(doc)
                results.append(record_from_doc(doc))
            except Exception as err:  # noqa: BLE001 - becomes this document's error record
                results.append(_error(doc._.doc_id, err))
        return results

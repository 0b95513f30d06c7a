"""Read documents for batch extraction, streaming: never the whole archive in memory.

Supported inputs (one INPUT argument each):

- ``.txt``: one document (id = file name without suffix);
- ``.jsonl`` / ``.ndjson``, optionally ``.gz`` or ``.zst`` compressed: one ``{"id", "text", "published"?}``
  object per line;
- ``.json``: one object, or a list of objects (e.g. a single article file);
- ``.csv`` (optionally ``.gz``/``.zst``) and ``.parquet``: one row per document;
- a directory: the files under it (recursively) that match ``glob`` (default ``*.txt``);
- ``-``: standard input, either JSONL (first non-blank byte ``{``) or one plain-text document.

The field/column names for text, id and published date are configurable through
:class:`Columns`. Each reader yields either a document dict ``{"id", "text", "published"}`` or an
:class:`~beritaie.record.ErrorRecord` for an input unit that cannot be read (invalid JSON line,
undecodable bytes, a truncated compressed stream), so one bad unit never stops a batch. Documents
without an id get a stable fallback id ``<source>:<line or row>``, so a resumed run recognises them.
"""

from __future__ import annotations

import codecs
import csv
import gzip
import io
import itertools
import json
import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path, PurePath
from typing import IO, Any

from .errors import InputError, Messages
from .record import ErrorRecord

Item = dict[str, Any] | ErrorRecord

_JSONL_SUFFIXES = (".jsonl", ".ndjson")
_COMPRESSED = ("", ".gz", ".zst")
# csv's default 128 KiB field limit is far below a long article; the cap keeps C long happy.
csv.field_size_limit(min(sys.maxsize, 2**31 - 1))


@dataclass(frozen=True)
class Columns:
    """Names of the text, id and published-date fields in JSON objects and table columns.

    Args:
        text: field holding the article text.
        id: field holding the document id (missing: a fallback ``<source>:<line>`` id).
        published: field holding the publication date (missing or empty: none).
    """

    text: str = "text"
    id: str = "id"
    published: str = "published"


DEFAULT_COLUMNS = Columns()


def _encoding(head: bytes) -> str:
    """'utf-16' for bytes opening with a UTF-16 byte-order mark (what Windows editors save as
    "Unicode"), else 'utf-8-sig' (UTF-8, its byte-order mark dropped)."""
    return "utf-16" if head[:2] in (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE) else "utf-8-sig"


def _stream_encoding(stream: IO[bytes]) -> str:
    """:func:`_encoding` of a byte stream's first bytes, read without consuming them."""
    peek = getattr(stream, "peek", None)
    return _encoding(peek(2)) if peek else "utf-8-sig"


def _decode(data: bytes, source: str) -> str:
    try:
        return data.decode(_encoding(data))
    except UnicodeDecodeError as err:
        raise InputError(Messages.E007.format(source=source, error=err)) from err


def _document(obj: dict[str, Any], fallback_id: str, columns: Columns) -> dict[str, Any]:
    """The document dict of a JSON object or table row, under the standard field names."""
    doc_id = obj.get(columns.id)
    if doc_id is None or (isinstance(doc_id, float) and doc_id != doc_id):  # absent or NaN
        doc_id = fallback_id
    return {"id": str(doc_id), "text": obj.get(columns.text), "published": obj.get(columns.published)}


def _unreadable(source: str, position: int, err: BaseException) -> ErrorRecord:
    """The error record for a stream that breaks off (truncated .gz, corrupt .zst/.parquet)."""
    return ErrorRecord(f"{source}:{position}", "InputError",
                       Messages.E015.format(source=source, position=position, error=err))


def read_jsonl_stream(stream: Iterable[bytes], source: str, *, columns: Columns = DEFAULT_COLUMNS) -> Iterator[Item]:
    """Yield one item per non-blank line of a JSONL byte stream.

    Args:
        stream: the lines, as bytes.
        source: name used in fallback ids and messages.
        columns: field names of text, id and published date.

    Yields:
        Document dicts, or error records for unreadable lines.
    """
    number = 0
    lines = iter(stream)
    while True:
        try:
            raw = next(lines)
        except StopIteration:
            return
        except (OSError, EOFError, ValueError) as err:  # truncated gzip, corrupt zstd frame
            yield _unreadable(source, number + 1, err)
            return
        number += 1
        if not raw.strip():
            continue
        fallback_id = f"{source}:{number}"
        try:
            obj = json.loads(_decode(raw, fallback_id))
        except InputError as err:
            yield ErrorRecord(fallback_id, "InputError", str(err))
            continue
        except (json.JSONDecodeError, RecursionError) as err:
            yield ErrorRecord(fallback_id, "InputError", Messages.E005.format(line=number, error=err))
            continue
        if not isinstance(obj, dict):
            yield ErrorRecord(fallback_id, "InputError", Messages.E006.format(line=number, type=type(obj).__name__))
            continue
        yield _document(obj, fallback_id, columns)


def read_json_file(path: Path, source: str, *, columns: Columns = DEFAULT_COLUMNS) -> Iterator[Item]:
    """Yield the document(s) of a ``.json`` file: one object or a list of objects."""
    try:
        data = json.loads(_decode(path.read_bytes(), source))
    except InputError as err:
        yield ErrorRecord(source, "InputError", str(err))
        return
    except (json.JSONDecodeError, RecursionError) as err:
        yield ErrorRecord(source, "InputError", Messages.E005.format(line=1, error=err))
        return
    objects, single = (data, False) if isinstance(data, list) else ([data], True)
    for number, obj in enumerate(objects, start=1):
        fallback_id = Path(source).stem if single else f"{source}:{number}"
        if isinstance(obj, dict):
            yield _document(obj, fallback_id, columns)
        else:
            yield ErrorRecord(fallback_id, "InputError", Messages.E006.format(line=number, type=type(obj).__name__))


def read_text_file(path: Path, doc_id: str | None = None) -> Item:
    """One plain-text document (id: ``doc_id`` or the file name without suffix)."""
    doc_id = doc_id or path.stem
    try:
        return {"id": doc_id, "text": _decode(path.read_bytes(), str(path)), "published": None}
    except InputError as err:
        return ErrorRecord(doc_id, "InputError", str(err))


def read_csv_stream(stream: IO[bytes], source: str, *, columns: Columns = DEFAULT_COLUMNS) -> Iterator[Item]:
    """Yield one item per CSV row (header row required), streaming.

    Undecodable bytes are kept as surrogate escapes while parsing, so only the rows that hold
    them become error records.
    """
    text = io.TextIOWrapper(stream, encoding=_stream_encoding(stream), errors="surrogateescape", newline="")
    reader = csv.DictReader(text)
    number = 0
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except (OSError, EOFError, ValueError, csv.Error) as err:
            yield _unreadable(source, number + 1, err)
            return
        number += 1
        doc = _document(row, f"{source}:{number}", columns)
        if any(_has_surrogates(v) for v in (doc["id"], doc["text"], doc["published"])):
            yield ErrorRecord(doc["id"].encode("utf-8", "replace").decode("utf-8"), "InputError",
                              Messages.E007.format(source=f"{source}:{number}", error="invalid UTF-8 bytes"))
            continue
        if doc["published"] == "":
            doc["published"] = None
        yield doc


def _has_surrogates(value: Any) -> bool:
    if not isinstance(value, str):
        return False
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def read_parquet_file(path: Path, source: str, *, columns: Columns = DEFAULT_COLUMNS,
                      batch_rows: int = 256) -> Iterator[Item]:
    """Yield one item per Parquet row, reading ``batch_rows`` rows at a time."""
    import pyarrow.parquet as pq

    number = 0
    try:
        file = pq.ParquetFile(path)
        present = set(file.schema_arrow.names)
        wanted = [c for c in (columns.text, columns.id, columns.published) if c in present]
        for batch in file.iter_batches(batch_size=batch_rows, columns=wanted):
            for row in batch.to_pylist():
                number += 1
                yield _document(row, f"{source}:{number}", columns)
    except (OSError, ValueError) as err:  # pyarrow's ArrowInvalid is a ValueError
        yield _unreadable(source, number + 1, err)


def _kind(path: Path) -> str | None:
    """'jsonl', 'json', 'csv', 'parquet', 'txt' or None from the file name."""
    name = path.name.lower()
    for comp in _COMPRESSED:
        if any(name.endswith(ext + comp) for ext in _JSONL_SUFFIXES):
            return "jsonl"
        if name.endswith(".csv" + comp):
            return "csv"
    for kind in ("json", "parquet", "txt"):
        if name.endswith("." + kind):
            return kind
    return None


def is_jsonl(path: Path) -> bool:
    """True for .jsonl/.ndjson files, plain or .gz/.zst compressed."""
    return _kind(path) == "jsonl"


def _open_compressed(path: Path) -> IO[bytes]:
    name = path.name.lower()
    if name.endswith(".gz"):
        return gzip.open(path, "rb")  # type: ignore[return-value]
    if name.endswith(".zst"):
        try:
            import zstandard
        except ImportError as err:  # optional dependency
            raise InputError(Messages.E016.format(path=str(path))) from err
        return io.BufferedReader(zstandard.ZstdDecompressor().stream_reader(path.open("rb")))
    return path.open("rb")


def _read_stdin(stream: IO[bytes], columns: Columns) -> Iterator[Item]:
    """JSONL when the first non-blank line opens a JSON object ('{"' or '{}'), else one plain-text
    document ("{Catatan redaksi} ..." is an article); a UTF-8 byte-order mark is dropped first; streamed."""
    head: list[bytes] = []
    for line in stream:
        if not head and line.startswith(codecs.BOM_UTF8):
            line = line[len(codecs.BOM_UTF8):]
        head.append(line)
        if line.strip():
            break
    lines = itertools.chain(head, stream)
    if head and re.match(rb"\{\s*[\"}]", head[-1].lstrip()):
        yield from read_jsonl_stream(lines, "stdin", columns=columns)
        return
    try:
        yield {"id": "stdin", "text": _decode(b"".join(lines), "stdin"), "published": None}
    except InputError as err:
        yield ErrorRecord("stdin", "InputError", str(err))


def _read_file(path: Path, source: str, doc_id: str, columns: Columns) -> Iterator[Item]:
    kind = _kind(path)
    if kind == "txt":
        yield read_text_file(path, doc_id)
    elif kind == "json":
        yield from read_json_file(path, source, columns=columns)
    elif kind == "parquet":
        yield from read_parquet_file(path, source, columns=columns)
    elif kind in ("jsonl", "csv"):
        reader = read_jsonl_stream if kind == "jsonl" else read_csv_stream
        try:
            stream = _open_compressed(path)
        except OSError as err:
            yield _unreadable(source, 1, err)
            return
        with stream:
            if kind == "jsonl" and _stream_encoding(stream) == "utf-16":  # lines re-encoded, as the reader splits bytes
                lines = (line.encode("utf-8") for line in io.TextIOWrapper(stream, encoding="utf-16", newline="\n"))
                yield from read_jsonl_stream(lines, source, columns=columns)
            else:
                yield from reader(stream, source, columns=columns)
    else:
        raise InputError(Messages.E010.format(path=str(path)))


def iter_input(spec: str, *, glob: str = "*.txt", stdin: IO[bytes] | None = None,
               columns: Columns = DEFAULT_COLUMNS) -> Iterator[Item]:
    """Yield the items of one INPUT argument (a path or '-'), streaming.

    Args:
        spec: a file, a directory or '-' for standard input.
        glob: pattern of the files taken from a directory (searched recursively).
        stdin: byte stream read for '-' (default: ``sys.stdin.buffer``).
        columns: field/column names of text, id and published date.

    Yields:
        Document dicts ``{"id", "text", "published"}`` or error records.

    Raises:
        InputError: the path does not exist or is of an unknown kind.
    """
    if spec == "-":
        yield from _read_stdin(stdin or sys.stdin.buffer, columns)
        return
    path = Path(spec)
    if not path.exists():
        raise InputError(Messages.E009.format(path=spec))
    if path.is_dir():
        # the pattern ignores case, as file kinds do: "*.txt" takes "B.TXT" too
        pattern = glob.casefold()
        for file in sorted(p for p in path.rglob("*") if p.is_file()
                           and PurePath(p.relative_to(path).as_posix().casefold()).match(pattern)):
            relative = file.relative_to(path)
            if _kind(file) is None:
                continue  # e.g. a README caught by a broad --glob
            # ids stay unique across sub-folders: 'sub/a' for sub/a.txt, 'sub/a.jsonl:3' for line 3
            doc_id = relative.with_suffix("").as_posix()
            yield from _read_file(file, relative.as_posix(), doc_id, columns)
        return
    yield from _read_file(path, path.name, path.stem, columns)


def iter_inputs(specs: Iterable[str], *, glob: str = "*.txt", columns: Columns = DEFAULT_COLUMNS,
                published: str | None = None) -> Iterator[Item]:
    """Chain :func:`iter_input` over several INPUT arguments; ``published`` fills missing dates."""
    for spec in specs:
        for item in iter_input(spec, glob=glob, columns=columns):
            if published and isinstance(item, dict) and not item.get("published"):
                item["published"] = published
            yield item


def _table_header(path: Path) -> list[str] | None:
    """Column names of a CSV or Parquet file (None when the file cannot be read)."""
    try:
        if _kind(path) == "parquet":
            import pyarrow.parquet as pq

            return list(pq.ParquetFile(path).schema_arrow.names)
        with _open_compressed(path) as stream:
            text = io.TextIOWrapper(stream, encoding=_stream_encoding(stream), errors="replace", newline="")
            return next(csv.reader(text), [])
    except (OSError, ValueError, EOFError, csv.Error):
        return None


def check_inputs(specs: list[str], *, columns: Columns = DEFAULT_COLUMNS) -> None:
    """Raise InputError for a missing path, an unknown kind or a table without the text column.

    Args:
        specs: the INPUT arguments.
        columns: field/column names (the text column must exist in CSV/Parquet headers).

    Raises:
        InputError: before any work starts, so the CLI can exit with status 2.
    """
    if specs.count("-") > 1:
        raise InputError(Messages.E017)
    for spec in specs:
        if spec == "-":
            continue
        path = Path(spec)
        if not path.exists():
            raise InputError(Messages.E009.format(path=spec))
        if path.is_dir():
            continue
        kind = _kind(path)
        if kind is None:
            raise InputError(Messages.E010.format(path=spec))
        if path.name.lower().endswith(".zst"):
            try:
                import zstandard  # noqa: F401
            except ImportError as err:
                raise InputError(Messages.E016.format(path=spec)) from err
        if kind in ("csv", "parquet"):
            header = _table_header(path)
            if header is not None and columns.text not in header:
                raise InputError(Messages.E018.format(path=spec, column=columns.text, columns=", ".join(header)))

"""Read documents for batch extraction: .txt files, directories, JSONL (plain or gzip), stdin.

Each reader yields either a document dict ``{"id", "text", "published"?}`` or an
:class:`~beritaie.record.ErrorRecord` for an input unit that cannot be read
(invalid JSON line, undecodable bytes), so one bad unit never stops a batch.
"""

from __future__ import annotations

import gzip
import io
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from .errors import InputError, Messages
from .record import ErrorRecord

Item = dict[str, Any] | ErrorRecord


def _decode(data: bytes, source: str) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise InputError(Messages.E007.format(source=source, error=err)) from err


def read_jsonl_stream(stream: IO[bytes], source: str) -> Iterator[Item]:
    """Yield one item per non-blank line of a JSONL byte stream."""
    for number, raw in enumerate(stream, start=1):
        if not raw.strip():
            continue
        fallback_id = f"{source}:{number}"
        try:
            obj = json.loads(_decode(raw, f"{source}:{number}"))
        except InputError as err:
            yield ErrorRecord(fallback_id, "InputError", str(err))
            continue
        except json.JSONDecodeError as err:
            yield ErrorRecord(fallback_id, "InputError", Messages.E005.format(line=number, error=err))
            continue
        if not isinstance(obj, dict):
            yield ErrorRecord(fallback_id, "InputError", Messages.E006.format(line=number, type=type(obj).__name__))
            continue
        obj.setdefault("id", fallback_id)
        if obj["id"] is not None and not isinstance(obj["id"], str):
            obj["id"] = str(obj["id"])
        yield obj


def read_text_file(path: Path, doc_id: str | None = None) -> Item:
    doc_id = doc_id or path.stem
    try:
        return {"id": doc_id, "text": _decode(path.read_bytes(), str(path))}
    except InputError as err:
        return ErrorRecord(doc_id, "InputError", str(err))


def _open_compressed(path: Path) -> IO[bytes]:
    name = path.name.lower()
    if name.endswith(".gz"):
        return gzip.open(path, "rb")
    if name.endswith(".zst"):
        try:
            import zstandard
        except ImportError as err:  # optional dependency
            raise InputError(f"Reading {path} needs the 'zstandard' package: pip install zstandard.") from err
        return io.BufferedReader(zstandard.ZstdDecompressor().stream_reader(path.open("rb")))
    return path.open("rb")


def is_jsonl(path: Path) -> bool:
    name = path.name.lower()
    return any(name.endswith(ext) for ext in (".jsonl", ".jsonl.gz", ".jsonl.zst", ".ndjson"))


def iter_input(spec: str, *, glob: str = "*.txt", stdin: IO[bytes] | None = None) -> Iterator[Item]:
    """Yield the items of one INPUT argument (a path or '-')."""
    if spec == "-":
        data = (stdin or sys.stdin.buffer).read()
        if data.lstrip()[:1] == b"{":
            yield from read_jsonl_stream(io.BytesIO(data), "stdin")
        else:
            try:
                yield {"id": "stdin", "text": _decode(data, "stdin")}
            except InputError as err:
                yield ErrorRecord("stdin", "InputError", str(err))
        return
    path = Path(spec)
    if not path.exists():
        raise InputError(Messages.E009.format(path=spec))
    if path.is_dir():
        for file in sorted(p for p in path.rglob(glob) if p.is_file()):
            yield from iter_input(str(file), glob=glob)
        return
    if is_jsonl(path):
        with _open_compressed(path) as stream:
            yield from read_jsonl_stream(stream, path.name)
        return
    if path.suffix.lower() == ".txt":
        yield read_text_file(path)
        return
    raise InputError(Messages.E010.format(path=spec))


def check_inputs(specs: list[str]) -> None:
    """Raise InputError for a missing path or an unknown kind, before any work starts."""
    for spec in specs:
        if spec == "-":
            continue
        path = Path(spec)
        if not path.exists():
            raise InputError(Messages.E009.format(path=spec))
        if path.is_file() and not (is_jsonl(path) or path.suffix.lower() == ".txt"):
            raise InputError(Messages.E010.format(path=spec))

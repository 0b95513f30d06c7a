"""Archive-scale batch extraction: parallel, ordered, bounded in memory, resumable.

:func:`run_batch` reads items lazily, cuts them into small batches and hands the batches to
worker processes (each builds the pipeline once with :func:`beritaie.load`). At most
``2 * jobs + 1`` batches are in flight, and results are written strictly in input order, so
memory depends on the batch size, never on the archive size, and the output is a prefix of
the final output at every moment. That is what makes ``--resume`` simple and safe:
:func:`scan_output` reads the ids already written (records and error lines alike), cuts off a
partial last line left by a kill, and :func:`run_batch` skips those ids.

Why an own process pool and not ``nlp.pipe(n_process=N)``: ``extract_many`` calls ``nlp.pipe``
per chunk, and spaCy starts (and joins) its worker processes on each call and pickles every
processed Doc back to the parent. Here the workers live for the whole run, build the pipeline
once, and send back finished JSON lines. ``benchmarks/scaling.py`` measures both.
"""

from __future__ import annotations

import json
import multiprocessing
import os
import resource
import sys
import threading
import time
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any, Protocol

from .errors import InputError, Messages
from .record import ErrorRecord

Item = dict[str, Any] | ErrorRecord
Result = tuple[str, str | None, int]
"""One processed document: (JSON line without newline, error type or None, word count)."""

DEFAULT_BATCH_SIZE = 16
DEFAULT_BATCH_CHARS = 500_000


def default_jobs() -> int:
    """The number of CPU cores this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


# ---------------------------------------------------------------------------------------------
# Worker side


def extract_batch(items: list[Item], max_chars: int | None = None) -> tuple[list[Result], int, int]:
    """Extract a batch in this process (the pipeline is loaded once per process and cached).

    Used by the process pool, by Dask workers and in-process for ``jobs=1``.

    Args:
        items: document dicts ``{"id", "text", "published"}`` or error records (passed through).
        max_chars: per-document character limit (default: ``beritaie.api.MAX_CHARS``).

    Returns:
        One result per item, in order; this process's id and its peak RSS in KiB.
    """
    results: list[Result] = []
    for item, rec in zip(items, _records_of(items, max_chars)):
        data = rec.to_dict()
        err = data.get("error")
        text = item.get("text") if isinstance(item, dict) else None
        words = len(text.split()) if isinstance(text, str) and err is None else 0
        results.append((json.dumps(data, ensure_ascii=False), err["type"] if err else None, words))
    return results, os.getpid(), resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def _records_of(items: list[Item], max_chars: int | None = None) -> list[Any]:
    """Records of a batch extracted in this process (also the worker side of :func:`extract_parallel`)."""
    from .api import MAX_CHARS, extract_many
    from .loader import load

    nlp = load()
    limit = MAX_CHARS if max_chars is None else max_chars
    with _PIPELINE_LOCK:  # a Dask worker may run several tasks in threads; the pipeline is not re-entrant
        return list(extract_many(items, n_process=1, batch_size=max(1, len(items)), nlp=nlp, max_chars=limit))


_PIPELINE_LOCK = threading.Lock()


def _init_worker(parent_pid: int) -> None:
    """Pool worker start: ignore Ctrl-C (the parent handles it), exit with the parent, load once."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)

    def watch_parent() -> None:  # a killed parent must not leave orphaned workers behind
        while True:
            time.sleep(0.5)
            if os.getppid() != parent_pid:
                os._exit(1)

    threading.Thread(target=watch_parent, name="beritaie-parent-watch", daemon=True).start()
    from .loader import load

    load()


# ---------------------------------------------------------------------------------------------
# Backends: where batches run


class BatchFuture(Protocol):
    """What the runner needs of a future (concurrent.futures and Dask futures both fit)."""

    def result(self, timeout: float | None = None) -> Any: ...

    def done(self) -> bool: ...


class Backend(Protocol):
    """Runs batches somewhere and gives futures of ``extract_batch`` results."""

    slots: int

    def submit(self, batch: list[Item]) -> BatchFuture: ...

    def recover(self) -> None: ...

    def close(self, cancel: bool = False) -> None: ...


class InlineBackend:
    """Runs each batch in this process when asked (``jobs=1``): no pool, no copies."""

    slots = 1

    def __init__(self, *, max_chars: int | None = None) -> None:
        self.max_chars = max_chars

    def submit(self, batch: list[Item]) -> Future:
        future: Future = Future()
        try:
            future.set_result(extract_batch(batch, self.max_chars))
        except Exception as err:  # noqa: BLE001 - surfaces as this batch's error records
            future.set_exception(err)
        return future

    def recover(self) -> None:
        return None

    def close(self, cancel: bool = False) -> None:
        return None


class PoolBackend:
    """A pool of ``jobs`` long-lived worker processes that build the pipeline once.

    Args:
        jobs: worker processes.
        max_chars: per-document character limit (default: ``beritaie.api.MAX_CHARS``).
        start_method: multiprocessing start method (default: 'fork' where available, else 'spawn').
        preload: build the pipeline in this process before forking, so it is built once for all
            workers and its memory pages are shared copy-on-write (default: True with 'fork').
            spaCy's own ``nlp.pipe(n_process=...)`` forks a loaded pipeline the same way.
    """

    def __init__(self, jobs: int, *, max_chars: int | None = None, start_method: str | None = None,
                 preload: bool | None = None) -> None:
        methods = multiprocessing.get_all_start_methods()
        self.jobs = jobs
        self.slots = jobs
        self.max_chars = max_chars
        self.start_method = start_method or ("fork" if "fork" in methods else "spawn")
        if preload if preload is not None else self.start_method == "fork":
            from .loader import load

            load()
        self._pool = self._new_pool()

    def _new_pool(self) -> ProcessPoolExecutor:
        context = multiprocessing.get_context(self.start_method)
        return ProcessPoolExecutor(max_workers=self.jobs, mp_context=context,
                                   initializer=_init_worker, initargs=(os.getpid(),))

    def submit(self, batch: list[Item]) -> Future:
        return self._pool.submit(extract_batch, batch, self.max_chars)

    def recover(self) -> None:
        """Replace a pool broken by a crashed worker (killed, out of memory, segfault)."""
        self._pool.shutdown(wait=False, cancel_futures=True)
        self._pool = self._new_pool()

    def close(self, cancel: bool = False) -> None:
        if cancel:
            # terminate at once: waiting for a 1 MB document to finish would delay Ctrl-C
            for proc in list(getattr(self._pool, "_processes", {}).values()):
                proc.terminate()
        self._pool.shutdown(wait=True, cancel_futures=cancel)


def extract_parallel(docs: Iterable[Any], *, n_process: int, batch_size: int, max_chars: int) -> Iterator[Any]:
    """``extract_many(n_process > 1)``: a :class:`PoolBackend`, input order kept, bounded memory.

    Faster than ``nlp.pipe(n_process=...)`` (see ``benchmarks/scaling.py``): workers live for the
    whole stream and send back small records instead of whole Docs. Ids default to the input
    position exactly as in ``extract_many``.

    Args:
        docs: strings, dicts ``{"id", "text", "published"?}`` or error records.
        n_process: worker processes.
        batch_size: documents per task.
        max_chars: per-document character limit.

    Yields:
        Records and error records, one per input item, in input order.
    """
    from .api import _as_item

    items = (_as_item(item, index) for index, item in enumerate(docs))
    backend = PoolBackend(n_process, max_chars=max_chars)
    window = 2 * n_process + 1
    inflight: deque[Future] = deque()
    try:
        for batch in _batches(items, max(1, batch_size), DEFAULT_BATCH_CHARS):
            inflight.append(backend._pool.submit(_records_of, batch, max_chars))
            while len(inflight) >= window:
                yield from inflight.popleft().result()
        while inflight:
            yield from inflight.popleft().result()
    finally:
        backend.close(cancel=bool(inflight))


# ---------------------------------------------------------------------------------------------
# Resume


@dataclass
class ResumeState:
    """What an earlier, interrupted run already wrote to the output file."""

    done: Counter[str] = field(default_factory=Counter)
    errors: Counter[str] = field(default_factory=Counter)
    lines: int = 0
    truncated_bytes: int = 0


def scan_output(path: Path, *, repair: bool = True) -> ResumeState:
    """Read the ids (and error types) of an existing JSONL output.

    A last line without its newline, or one that is not valid JSON, is what a kill leaves
    behind: it is cut off (with ``repair``) so that document is processed again.

    Args:
        path: the JSONL output of an earlier run.
        repair: truncate the file after its last complete line.

    Returns:
        The ids already written (with multiplicity) and error counts.

    Raises:
        InputError: a broken line that is not the last one (the file was not written by us).
    """
    state = ResumeState()
    good_end = 0
    pending_error: tuple[int, str] | None = None
    with path.open("rb") as stream:
        for number, raw in enumerate(stream, start=1):
            if pending_error is not None:  # a broken line followed by more lines
                raise InputError(Messages.E019.format(path=str(path), line=pending_error[0], error=pending_error[1]))
            problem = None
            if not raw.endswith(b"\n"):
                problem = "no newline at the end"
            else:
                try:
                    obj = json.loads(raw)
                    if not isinstance(obj, dict) or "id" not in obj:
                        problem = "not an object with an 'id'"
                except ValueError as err:
                    problem = str(err)
            if problem is not None:
                if raw.strip():
                    pending_error = (number, problem)
                continue
            good_end += len(raw)
            state.lines += 1
            state.done["" if obj["id"] is None else str(obj["id"])] += 1
            if isinstance(obj.get("error"), dict):
                state.errors[str(obj["error"].get("type"))] += 1
    size = path.stat().st_size
    if size > good_end:
        state.truncated_bytes = size - good_end
        if repair:
            with path.open("r+b") as stream:
                stream.truncate(good_end)
    return state


# ---------------------------------------------------------------------------------------------
# The runner


@dataclass
class Summary:
    """Totals of a batch run, including what a resumed run found already written."""

    documents: int = 0
    resumed: int = 0
    errors: Counter[str] = field(default_factory=Counter)
    words: int = 0
    seconds: float = 0.0
    peak_rss_kib: dict[int, int] = field(default_factory=dict)
    interrupted: bool = False

    @property
    def failed(self) -> int:
        return sum(self.errors.values())

    @property
    def words_per_second(self) -> float:
        return self.words / self.seconds if self.seconds > 0 else 0.0

    def error_detail(self) -> str:
        return ", ".join(f"{n} {kind}" for kind, n in sorted(self.errors.items(), key=lambda kv: (-kv[1], kv[0])))

    def format(self) -> str:
        """One line: documents, errors by type, words/s."""
        resumed = f" ({self.resumed} from the earlier run)" if self.resumed else ""
        errors = f"{self.failed} errors ({self.error_detail()})" if self.failed else "0 errors"
        return (f"{self.documents} documents{resumed}, {errors}; {self.words:,} words in "
                f"{self.seconds:.1f} s = {self.words_per_second:,.0f} words/s")


def _batches(items: Iterable[Item], size: int, max_chars: int) -> Iterator[list[Item]]:
    """Cut items into batches of at most ``size`` documents and about ``max_chars`` characters."""
    batch: list[Item] = []
    chars = 0
    for item in items:
        batch.append(item)
        text = item.get("text") if isinstance(item, dict) else None
        chars += len(text) if isinstance(text, str) else 0
        if len(batch) >= size or chars >= max_chars:
            yield batch
            batch, chars = [], 0
    if batch:
        yield batch


def _skip_done(items: Iterable[Item], done: Counter[str]) -> Iterator[Item]:
    """Drop items whose id was already written (each written line accounts for one input item)."""
    if not done:
        yield from items
        return
    for item in items:
        doc_id = item.get("id") if isinstance(item, dict) else item.id
        key = "" if doc_id is None else str(doc_id)
        if done.get(key, 0) > 0:
            done[key] -= 1
            continue
        yield item


def _batch_errors(batch: list[Item], err_type: str, message: str) -> list[Result]:
    """Error results for every document of a batch that could not be run."""
    out: list[Result] = []
    for item in batch:
        if isinstance(item, ErrorRecord):
            rec = item
        else:
            doc_id = item.get("id")
            rec = ErrorRecord(None if doc_id is None else str(doc_id), err_type, message)
        out.append((rec.to_json(), rec.type, 0))
    return out


class _Crashed(Exception):
    """A worker died while this batch was in flight."""


def _result(future: BatchFuture, batch: list[Item]) -> tuple[list[Result], int, int | None]:
    try:
        results, pid, rss = future.result()
        return results, pid, rss
    except BrokenProcessPool as err:
        raise _Crashed() from err
    except Exception as err:  # noqa: BLE001 - a failed task becomes error lines, the run goes on
        name = type(err).__name__
        if name == "KilledWorker":  # dask: the worker died (twice) running this task
            raise _Crashed() from err
        return _batch_errors(batch, name, Messages.E023.format(error=err)), 0, None


def run_batch(
    items: Iterable[Item],
    write: Callable[[str, str | None], None],
    *,
    backend: Backend,
    batch_size: int = DEFAULT_BATCH_SIZE,
    batch_chars: int = DEFAULT_BATCH_CHARS,
    resume: ResumeState | None = None,
    flush: Callable[[], None] | None = None,
    progress: Callable[[int], None] | None = None,
) -> Summary:
    """Extract ``items`` through ``backend`` and ``write`` one line per item, in input order.

    Args:
        items: document dicts and error records (e.g. from :func:`beritaie.inputs.iter_inputs`).
        write: called with (JSON line without newline, error type or None) for each document, in order.
        backend: where batches run (:class:`InlineBackend`, :class:`PoolBackend`, a Dask backend).
        batch_size: documents per batch sent to a worker.
        batch_chars: characters per batch (a batch ends at whichever limit comes first).
        resume: ids already written by an earlier run, skipped here and counted in the summary.
        flush: called after each batch is written (a kill then loses at most the batches in flight).
        progress: called with the number of documents just written.

    Returns:
        The :class:`Summary`; ``interrupted`` is set when Ctrl-C or SIGTERM stopped the run.
    """
    summary = Summary()
    if resume is not None:
        summary.documents = summary.resumed = resume.lines
        summary.errors.update(resume.errors)
        items = _skip_done(items, Counter(resume.done))
    start = time.perf_counter()
    window = 2 * max(1, backend.slots) + 1
    inflight: deque[tuple[list[Item], BatchFuture]] = deque()

    def emit(results: list[Result], worker: int, rss: int | None) -> None:
        for line, err_type, words in results:
            write(line, err_type)
            summary.documents += 1
            summary.words += words
            if err_type:
                summary.errors[err_type] += 1
        if rss is not None:
            summary.peak_rss_kib[worker] = max(rss, summary.peak_rss_kib.get(worker, 0))
        if flush:
            flush()
        if progress:
            progress(len(results))

    def drain_one() -> None:
        batch, future = inflight.popleft()
        try:
            results = _result(future, batch)
        except _Crashed:
            inflight.appendleft((batch, future))
            _recover(inflight, backend, emit)
            return
        emit(*results)

    try:
        for batch in _batches(items, max(1, batch_size), max(1, batch_chars)):
            inflight.append((batch, backend.submit(batch)))
            while len(inflight) >= window or (inflight and inflight[0][1].done()):
                drain_one()
        while inflight:
            drain_one()
    except KeyboardInterrupt:
        summary.interrupted = True
        backend.close(cancel=True)
    except BaseException:
        backend.close(cancel=True)
        raise
    else:
        backend.close()
    summary.seconds = time.perf_counter() - start
    return summary


def _recover(inflight: deque[tuple[list[Item], BatchFuture]], backend: Backend,
             emit: Callable[[list[Result], int, int | None], None]) -> None:
    """After a worker crash: redo the in-flight batches one at a time to find the culprit.

    A batch that crashes a fresh worker on its own is split into single documents; a single
    document that still crashes becomes a ``WorkerCrash`` error line. Then normal work resumes.
    """
    pending = [batch for batch, _ in inflight]
    inflight.clear()
    backend.recover()
    for batch in pending:
        try:
            emit(*_result(backend.submit(batch), batch))
            continue
        except _Crashed:
            backend.recover()
        for item in batch:
            try:
                emit(*_result(backend.submit([item]), [item]))
            except _Crashed:
                backend.recover()
                emit(_batch_errors([item], "WorkerCrash", Messages.E022), 0, None)


# ---------------------------------------------------------------------------------------------
# Output writers


class JsonlWriter:
    """Writes each line as it comes; ``flush`` after each batch keeps the file a clean prefix."""

    def __init__(self, stream: IO[str]) -> None:
        self.stream = stream

    def write(self, line: str, err_type: str | None) -> None:
        self.stream.write(line + "\n")

    def flush(self) -> None:
        self.stream.flush()

    def close(self) -> None:
        self.flush()


def flat_row(rec: dict[str, Any]) -> dict[str, Any]:
    """One CSV/Parquet row per document: scalar fields plus JSON-encoded lists."""
    row = {"id": rec.get("id"), "reference_date": rec.get("reference_date"),
           "reference_date_source": rec.get("reference_date_source"),
           "error": json.dumps(rec["error"], ensure_ascii=False) if "error" in rec else None}
    for key in ("entities", "officials", "dates", "quotes", "warnings"):
        row[key] = json.dumps(rec.get(key, []), ensure_ascii=False)
    return row


FLAT_COLUMNS = ["id", "reference_date", "reference_date_source", "error", "entities", "officials", "dates", "quotes",
                "warnings"]


class CsvWriter:
    """Streams one flat row per document (lists as JSON strings)."""

    def __init__(self, stream: IO[str]) -> None:
        import csv

        self.stream = stream
        self._writer = csv.DictWriter(stream, fieldnames=FLAT_COLUMNS)
        self._writer.writeheader()

    def write(self, line: str, err_type: str | None) -> None:
        self._writer.writerow(flat_row(json.loads(line)))

    def flush(self) -> None:
        self.stream.flush()

    def close(self) -> None:
        self.flush()


class ParquetWriter:
    """Writes flat rows to Parquet in row groups of ``group_rows``, so memory stays bounded."""

    def __init__(self, path: Path, *, group_rows: int = 2_000) -> None:
        import pyarrow as pa
        import pyarrow.parquet as pq

        self._pa = pa
        self._schema = pa.schema([(name, pa.string()) for name in FLAT_COLUMNS])
        self._writer = pq.ParquetWriter(str(path), self._schema)
        self._rows: list[dict[str, Any]] = []
        self.group_rows = group_rows

    def write(self, line: str, err_type: str | None) -> None:
        self._rows.append(flat_row(json.loads(line)))
        if len(self._rows) >= self.group_rows:
            self.flush()

    def flush(self) -> None:
        if self._rows and len(self._rows) >= self.group_rows:
            self._write_group()

    def _write_group(self) -> None:
        self._writer.write_table(self._pa.Table.from_pylist(self._rows, schema=self._schema))
        self._rows = []

    def close(self) -> None:
        if self._rows:
            self._write_group()
        self._writer.close()


def progress_bar(enabled: bool) -> tuple[Callable[[int], None] | None, Callable[[], None]]:
    """A tqdm counter on stderr (or nothing), and its close function."""
    if not enabled:
        return None, lambda: None
    from tqdm import tqdm

    bar = tqdm(unit="doc", file=sys.stderr, smoothing=0.1)
    return bar.update, bar.close

"""Command line: ``beritaie extract``, ``beritaie serve`` and ``beritaie evaluate``."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import IO, NoReturn, Optional

import typer

from .errors import BeritaieError, Messages

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="Structured records (entities, officials, dates, quotes) from Indonesian news.")

FORMATS = ("jsonl", "csv", "parquet")


def _fail_usage(message: str) -> NoReturn:
    typer.echo(f"error: {message}", err=True)
    raise typer.Exit(2)


def _positive(value: int | None, option: str) -> None:
    if value is not None and value < 1:
        _fail_usage(Messages.E021.format(value=value, option=option, reason="must be 1 or more",
                                         hint=f"pass {option} 1 or higher."))


def _install_sigterm() -> Callable[[], None]:
    """Let SIGTERM stop a run like Ctrl-C (output flushed, workers stopped); returns the undo function."""
    import signal

    def handler(signum: int, frame: object) -> None:
        raise KeyboardInterrupt

    try:
        previous = signal.signal(signal.SIGTERM, handler)
    except ValueError:  # not in the main thread (e.g. called from a test runner thread)
        return lambda: None

    def restore() -> None:
        signal.signal(signal.SIGTERM, previous)

    return restore


@app.command()
def extract(
    inputs: list[str] = typer.Argument(..., help="Files or folders: .txt, .json, .jsonl (.gz/.zst), .csv (.gz/.zst), "
                                       ".parquet; '-' for stdin. Folders are searched recursively (--glob)."),
    output: Optional[Path] = typer.Option(None, "-o", "--output", help="Output file (default: stdout)."),
    fmt: str = typer.Option("jsonl", "--format", "-f", help="jsonl, csv or parquet."),
    published: Optional[str] = typer.Option(
        None, help="Publication date (YYYY-MM-DD, or as printed: '14 Maret 2024') for documents without one."),
    jobs: Optional[int] = typer.Option(None, "--jobs", "-j", help="Worker processes (default: all cores)."),
    resume: bool = typer.Option(False, "--resume", help="Skip ids already in the JSONL output (-o) and append; "
                                "a partial last line from a killed run is redone."),
    text_column: str = typer.Option("text", help="Field/column with the text (JSON, CSV, Parquet)."),
    id_column: str = typer.Option("id", help="Field/column with the document id."),
    published_column: str = typer.Option("published", help="Field/column with the publication date."),
    glob: str = typer.Option("*.txt", "--glob",
                             help="Files taken from folders, e.g. '*.jsonl.gz' or '*' (case ignored)."),
    scheduler: Optional[str] = typer.Option(None, "--scheduler", help="Run on a Dask cluster, e.g. "
                                            "tcp://10.0.0.5:8786 (needs beritaie[dask] there and here)."),
    batch_size: int = typer.Option(16, help="Documents per batch sent to a worker."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar or summary (failures still reported)."),
) -> None:
    """Extract one record per document, in input order; a bad document yields an error line and the batch goes on."""
    from .api import check_published
    from .batch import (Backend, CsvWriter, InlineBackend, JsonlWriter, ParquetWriter, PoolBackend, ResumeState,
                        default_jobs, progress_bar, run_batch, scan_output)
    from .inputs import Columns, check_inputs, iter_inputs

    if fmt not in FORMATS:
        _fail_usage(Messages.E008.format(value=fmt, options=", ".join(FORMATS)))
    if fmt == "parquet" and output is None:
        _fail_usage("--format parquet needs -o/--output FILE.")
    _positive(jobs, "--jobs")
    _positive(batch_size, "--batch-size")
    columns = Columns(text=text_column, id=id_column, published=published_column)
    try:
        check_inputs(inputs, columns=columns)
        published = check_published(published)
    except BeritaieError as err:
        _fail_usage(str(err))
    if output is not None and any(spec != "-" and Path(spec).resolve() == output.resolve() for spec in inputs):
        _fail_usage(f"the output {str(output)!r} is also an input; choose another -o file.")
    state: ResumeState | None = None
    if resume:
        if output is None or fmt != "jsonl":
            _fail_usage(Messages.E020.format(what="stdout" if output is None else f"--format {fmt}"))
        if output.exists():
            try:
                state = scan_output(output)
            except BeritaieError as err:
                _fail_usage(str(err))
            if state.truncated_bytes and not quiet:
                typer.echo(f"resume: cut a partial last line ({state.truncated_bytes} bytes) from {output}", err=True)

    backend: Backend
    if scheduler:
        try:
            from .dask import DaskBackend
        except ImportError as err:
            _fail_usage(f"--scheduler needs Dask ({err}). Hint: pip install 'beritaie[dask]'.")
        try:
            backend = DaskBackend(scheduler)
        except BeritaieError as err:
            _fail_usage(str(err))
    else:
        jobs = jobs or default_jobs()
        backend = PoolBackend(jobs) if jobs > 1 else InlineBackend()
    try:
        stream: IO[str] = sys.stdout
        if output is not None and fmt != "parquet":
            stream = output.open("a" if state is not None else "w", encoding="utf-8", newline="")
        writer: JsonlWriter | CsvWriter | ParquetWriter
        if fmt == "parquet" and output is not None:
            writer = ParquetWriter(output)
        else:
            writer = CsvWriter(stream) if fmt == "csv" else JsonlWriter(stream)
    except OSError as err:
        backend.close()
        _fail_usage(f"cannot write {output}: {err}")
    show_progress = not quiet and sys.stderr.isatty()
    update, close_bar = progress_bar(show_progress)
    restore_sigterm = _install_sigterm()
    try:
        summary = run_batch(iter_inputs(inputs, glob=glob, columns=columns, published=published), writer.write,
                            backend=backend, batch_size=batch_size, resume=state, flush=writer.flush,
                            progress=update)
    finally:
        restore_sigterm()
        close_bar()
        writer.close()
        if stream is not sys.stdout:
            stream.close()
    if summary.interrupted:
        typer.echo(f"interrupted after {summary.documents} documents; rerun the same command with --resume "
                   "(and -o OUT.jsonl) to continue.", err=True)
        raise typer.Exit(130)
    if not quiet:
        typer.echo(summary.format(), err=True)
    if summary.failed:
        typer.echo(f"{summary.failed} of {summary.documents} documents failed ({summary.error_detail()})", err=True)
        raise typer.Exit(1)


@app.command()
def serve(
    host: str = typer.Option("127.0.0.1", help="Interface to listen on (127.0.0.1: this machine only)."),
    port: int = typer.Option(8000, help="TCP port."),
    workers: int = typer.Option(1, help="Worker processes; each loads the pipeline once."),
    max_chars: int = typer.Option(200_000, help="Characters per document; longer texts get 413."),
    max_batch: int = typer.Option(64, help="Documents per /extract/batch request; more get 413."),
    max_body_bytes: int = typer.Option(8_000_000, help="Bytes per request body; larger bodies get 413."),
    log_level: str = typer.Option("info", help="uvicorn log level."),
) -> None:
    """Serve extraction over HTTP: POST /extract, POST /extract/batch, GET /health, /version; docs at /docs."""
    for value, option in ((workers, "--workers"), (max_chars, "--max-chars"), (max_batch, "--max-batch"),
                          (max_body_bytes, "--max-body-bytes")):
        _positive(value, option)
    if not 0 < port < 65536:
        _fail_usage(Messages.E021.format(value=port, option="--port", reason="not a TCP port",
                                         hint="use a number from 1 to 65535."))
    try:
        from .service import Limits, serve as run_server
    except ImportError as err:
        _fail_usage(f"'beritaie serve' needs FastAPI and uvicorn ({err}). Hint: pip install 'beritaie[serve]'.")
    run_server(host, port, workers=workers, log_level=log_level,
               limits=Limits(max_chars=max_chars, max_batch=max_batch, max_body_bytes=max_body_bytes))


@app.command()
def evaluate(
    gold_dir: Path = typer.Argument(..., help="Folder of <id>.json articles and <id>.gold.json gold files."),
    system: Optional[Path] = typer.Option(None, "--system", help="System output JSONL (default: run the pipeline)."),
    as_json: bool = typer.Option(False, "--json", help="Print metrics as JSON."),
    details: bool = typer.Option(False, "--details", help="List every missed and spurious item per article."),
    fail_under: list[str] = typer.Option([], "--fail-under", help="Gate METRIC=VALUE (e.g. officials_f1=0.75); "
                                         "exit 1 when a metric is below it. Repeatable."),
) -> None:
    """Score extraction against gold files (rules of the annotation guide)."""
    from .evaluate import check_gates, evaluate as run_evaluation, format_details, format_table

    if not gold_dir.is_dir():
        _fail_usage(f"gold folder {str(gold_dir)!r} does not exist.")
    records = None
    if system is not None:
        if not system.is_file():
            _fail_usage(f"system output {str(system)!r} does not exist.")
        records = {}
        for line in system.read_text(encoding="utf-8").splitlines():
            if line.strip():
                rec = json.loads(line)
                records[rec.get("id")] = rec
    report = run_evaluation(gold_dir, records)
    metrics = report.metrics()
    if details:
        typer.echo(format_details(report))
    typer.echo(json.dumps({**metrics, "errors": report.errors}, indent=1) if as_json else format_table(report))
    try:
        failures = check_gates(metrics, fail_under)
    except KeyError as err:
        _fail_usage(str(err.args[0]))
    if failures:
        typer.echo("quality gate failed: " + "; ".join(failures), err=True)
        raise typer.Exit(1)


@app.command("render")
def render_command(
    inputs: list[str] = typer.Argument(..., help="A .txt file, a .json article {id, text, published?}, a "
                                       ".jsonl/.jsonl.gz of such objects, a folder of .txt files, or '-' for stdin."),
    output: Optional[Path] = typer.Option(None, "-o", "--output", help="HTML file to write (default: stdout)."),
    published: Optional[str] = typer.Option(
        None, help="Publication date (YYYY-MM-DD, or as printed: '14 Maret 2024') for documents without one."),
    title: Optional[str] = typer.Option(None, help="Page title (default: the input names)."),
) -> None:
    """Extract and write one standalone HTML page: entities, officials, dates and quotes over each text."""
    from .render import render_inputs

    try:
        page, failed, total = render_inputs(inputs, published=published, title=title)
    except BeritaieError as err:
        _fail_usage(str(err))
    if output is None:
        sys.stdout.write(page)
    else:
        output.write_text(page, encoding="utf-8")
    if failed:
        typer.echo(f"{failed} of {total} documents failed (shown as errors in the page)", err=True)
        raise typer.Exit(1)


def main() -> None:
    """Console-script entry point."""
    app()


if __name__ == "__main__":
    main()

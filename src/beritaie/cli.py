"""Command line: ``beritaie extract`` and ``beritaie evaluate``."""

from __future__ import annotations

import json
import os
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Optional

import typer

from .errors import BeritaieError, InputError

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="Structured records (entities, officials, dates, quotes) from Indonesian news.")

FORMATS = ("jsonl", "csv", "parquet")


def _fail_usage(message: str) -> None:
    typer.echo(f"error: {message}", err=True)
    raise typer.Exit(2)


def _items(inputs: list[str], published: Optional[str]) -> Iterator:
    from .inputs import iter_input

    for spec in inputs:
        for item in iter_input(spec):
            if published and isinstance(item, dict) and not item.get("published"):
                item["published"] = published
            yield item


def _progress(iterable, enabled: bool):
    if not enabled:
        return iterable
    from tqdm import tqdm

    return tqdm(iterable, unit="doc", file=sys.stderr)


def _flat_row(rec: dict) -> dict:
    """One CSV/Parquet row per document: scalar fields plus JSON-encoded lists."""
    row = {"id": rec.get("id"), "reference_date": rec.get("reference_date"),
           "reference_date_source": rec.get("reference_date_source"),
           "error": json.dumps(rec["error"], ensure_ascii=False) if "error" in rec else None}
    for key in ("entities", "officials", "dates", "quotes"):
        row[key] = json.dumps(rec.get(key, []), ensure_ascii=False)
    return row


@app.command()
def extract(
    inputs: list[str] = typer.Argument(..., help="A .txt file, a folder of .txt files, a .jsonl/.jsonl.gz of "
                                       "{id, text, published?}, or '-' for stdin."),
    output: Optional[Path] = typer.Option(None, "-o", "--output", help="Output file (default: stdout)."),
    fmt: str = typer.Option("jsonl", "--format", "-f", help="jsonl, csv or parquet."),
    published: Optional[str] = typer.Option(None, help="Publication date YYYY-MM-DD for documents without one."),
    jobs: int = typer.Option(1, "--jobs", "-j", help="Worker processes."),
    batch_size: int = typer.Option(32, help="Documents per batch."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar or summary."),
) -> None:
    """Extract one record per document; a bad document yields an error line and the batch goes on."""
    from .api import check_published, extract_many
    from .inputs import check_inputs

    if fmt not in FORMATS:
        _fail_usage(f"unknown format {fmt!r}; choose one of: {', '.join(FORMATS)}.")
    if fmt == "parquet" and output is None:
        _fail_usage("--format parquet needs -o/--output FILE.")
    try:
        check_inputs(inputs)
        published = check_published(published)
    except BeritaieError as err:
        _fail_usage(str(err))
    jobs = max(1, jobs or os.cpu_count() or 1)
    show_progress = not quiet and sys.stderr.isatty() and not (len(inputs) == 1 and inputs[0].endswith(".txt"))
    errors: Counter[str] = Counter()
    total = 0
    records = extract_many(_items(inputs, published), n_process=jobs, batch_size=batch_size)
    out: IO[str] = output.open("w", encoding="utf-8") if output and fmt == "jsonl" else sys.stdout
    rows = []
    try:
        for rec in _progress(records, show_progress):
            data = rec.to_dict()
            total += 1
            if "error" in data:
                errors[data["error"]["type"]] += 1
            if fmt == "jsonl":
                out.write(json.dumps(data, ensure_ascii=False) + "\n")
            else:
                rows.append(_flat_row(data))
    except InputError as err:
        _fail_usage(str(err))
    finally:
        if out is not sys.stdout:
            out.close()
    if fmt != "jsonl":
        import pandas as pd

        frame = pd.DataFrame(rows)
        if fmt == "csv":
            frame.to_csv(output if output else sys.stdout, index=False)
        else:
            frame.to_parquet(output, index=False)
    if errors:
        detail = ", ".join(f"{n} {kind}" for kind, n in errors.most_common())
        typer.echo(f"{sum(errors.values())} of {total} documents failed ({detail})", err=True)
        raise typer.Exit(1)


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
    typer.echo(json.dumps(metrics, indent=1) if as_json else format_table(report))
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
    published: Optional[str] = typer.Option(None, help="Publication date YYYY-MM-DD for documents without one."),
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

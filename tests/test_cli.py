"""``beritaie extract`` / ``serve`` CLI: one line per input, exit codes, formats, jobs, resume, signals."""

from __future__ import annotations

import csv
import io
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from beritaie.cli import app

BERITAIE = Path(sys.executable).with_name("beritaie")
PARAGRAPHS = [
    "Bupati Sleman, Hendra Gunawan meninjau posko banjir di Kecamatan Depok, Rabu (8/7).",
    "“Kami minta warga tetap waspada dan mengikuti arahan petugas,” ujar Hendra.",
    "Rapat koordinasi dengan Kapolres dan Dandim digelar di Kabupaten Kupang pada 9 Desember 2020.",
    "Sebanyak 120 warga dari empat desa mengungsi ke balai desa sejak Senin (6/7).",
]


def _article(i: int) -> str:
    return "\n\n".join(PARAGRAPHS[(i + k) % len(PARAGRAPHS)] for k in range(1 + i % 4))


def _jsonl(path: Path, n: int, *, broken_every: int = 0) -> Path:
    lines = []
    for i in range(n):
        if broken_every and i % broken_every == broken_every - 1:
            lines.append("{this is not json" if i % 2 else json.dumps({"id": f"d{i}", "text": ""}))
        else:
            lines.append(json.dumps({"id": f"d{i}", "text": _article(i)}, ensure_ascii=False))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _lines(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


@pytest.fixture(scope="module")
def runner(nlp) -> CliRunner:
    return CliRunner()


def test_foundation_acceptance_three_lines_exit_1(runner, tmp_path):
    path = tmp_path / "in.jsonl"
    path.write_text("{broken\n" + json.dumps({"id": "e", "text": ""}) + "\n"
                    + json.dumps({"id": "ok", "text": PARAGRAPHS[0]}) + "\n", encoding="utf-8")
    result = runner.invoke(app, ["extract", str(path), "-j", "1"])
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert result.exit_code == 1
    assert [rec["id"] for rec in lines] == ["in.jsonl:1", "e", "ok"]
    assert [("error" in rec) for rec in lines] == [True, True, False]
    assert "2 of 3 documents failed (2 InputError)" in result.stderr


def test_all_good_exits_0_with_summary(runner, tmp_path):
    result = runner.invoke(app, ["extract", str(_jsonl(tmp_path / "in.jsonl", 3)), "-j", "1"])
    assert result.exit_code == 0, result.stderr
    assert len(result.stdout.splitlines()) == 3
    assert "3 documents, 0 errors" in result.stderr and "words/s" in result.stderr


def test_quiet_hides_summary_but_not_failures(runner, tmp_path):
    ok = runner.invoke(app, ["extract", str(_jsonl(tmp_path / "a.jsonl", 2)), "-j", "1", "-q"])
    assert ok.exit_code == 0 and ok.stderr.strip() == ""
    bad = runner.invoke(app, ["extract", str(_jsonl(tmp_path / "b.jsonl", 4, broken_every=2)), "-j", "1", "-q"])
    assert bad.exit_code == 1 and bad.stderr.strip().splitlines() == ["2 of 4 documents failed (2 InputError)"]


@pytest.mark.parametrize("args, message", [
    (["extract", "missing.jsonl"], "does not exist"),
    (["extract", "{in}", "--format", "xml"], "Unknown output format 'xml'"),
    (["extract", "{in}", "--format", "parquet"], "needs -o"),
    (["extract", "{in}", "--jobs", "0"], "--jobs"),
    (["extract", "{in}", "--resume"], "--resume needs an output file"),
    (["extract", "{in}", "-o", "{in}"], "also an input"),
    (["extract", "{in}", "--published", "8 Juli"], "Invalid published date"),
    (["extract", "{csv}", "--text-column", "isi"], "no text column 'isi'"),
    (["serve", "--port", "70000"], "--port"),
    (["serve", "--max-batch", "0"], "--max-batch"),
])
def test_usage_errors_exit_2(runner, tmp_path, args, message):
    paths = {"{in}": str(_jsonl(tmp_path / "in.jsonl", 1)), "{csv}": str(tmp_path / "t.csv")}
    (tmp_path / "t.csv").write_text("text\nHalo.\n", encoding="utf-8")
    result = runner.invoke(app, [paths.get(a, a) for a in args])
    assert result.exit_code == 2
    assert message in result.stderr


def test_jobs_2_output_identical_to_jobs_1(runner, tmp_path):
    src = _jsonl(tmp_path / "in.jsonl", 30, broken_every=9)
    one, two = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    r1 = runner.invoke(app, ["extract", str(src), "-o", str(one), "-j", "1"])
    r2 = runner.invoke(app, ["extract", str(src), "-o", str(two), "-j", "2", "--batch-size", "2"])
    assert r1.exit_code == r2.exit_code == 1
    assert one.read_bytes() == two.read_bytes()
    assert [rec["id"] for rec in _lines(one)][:3] == ["d0", "d1", "d2"] and len(_lines(one)) == 30


def test_resume_after_partial_output_gives_each_id_once(runner, tmp_path):
    src = _jsonl(tmp_path / "in.jsonl", 20, broken_every=6)
    full, out = tmp_path / "full.jsonl", tmp_path / "out.jsonl"
    runner.invoke(app, ["extract", str(src), "-o", str(full), "-j", "1"])
    written = full.read_text(encoding="utf-8").splitlines(keepends=True)
    out.write_text("".join(written[:8]) + written[8][:25], encoding="utf-8")  # as left by a kill
    result = runner.invoke(app, ["extract", str(src), "-o", str(out), "--resume", "-j", "2"])
    assert result.exit_code == 1
    assert out.read_bytes() == full.read_bytes()
    assert "20 documents (8 from the earlier run), 3 errors (3 InputError)" in result.stderr
    assert "cut a partial last line" in result.stderr


def test_resume_of_a_finished_run_changes_nothing(runner, tmp_path):
    src = _jsonl(tmp_path / "in.jsonl", 5)
    out = tmp_path / "out.jsonl"
    runner.invoke(app, ["extract", str(src), "-o", str(out), "-j", "1"])
    before = out.read_bytes()
    result = runner.invoke(app, ["extract", str(src), "-o", str(out), "-j", "1", "--resume"])
    assert result.exit_code == 0 and out.read_bytes() == before
    assert "5 documents (5 from the earlier run)" in result.stderr


def test_csv_in_csv_and_parquet_out(runner, tmp_path):
    src = tmp_path / "news.csv"
    with src.open("w", encoding="utf-8", newline="") as stream:
        writer = csv.writer(stream)
        writer.writerow(["kode", "isi", "tgl"])
        for i in range(4):
            writer.writerow([f"k{i}", _article(i) if i != 2 else " ", "2020-07-08"])
    cols = ["--text-column", "isi", "--id-column", "kode", "--published-column", "tgl"]
    out_csv, out_pq = tmp_path / "o.csv", tmp_path / "o.parquet"
    r1 = runner.invoke(app, ["extract", str(src), *cols, "-f", "csv", "-o", str(out_csv), "-j", "1"])
    r2 = runner.invoke(app, ["extract", str(src), *cols, "-f", "parquet", "-o", str(out_pq), "-j", "1"])
    assert r1.exit_code == r2.exit_code == 1
    rows = list(csv.DictReader(io.StringIO(out_csv.read_text(encoding="utf-8"))))
    assert [r["id"] for r in rows] == ["k0", "k1", "k2", "k3"]
    assert rows[0]["reference_date"] == "2020-07-08" and json.loads(rows[2]["error"])["type"] == "InputError"
    import pandas as pd

    frame = pd.read_parquet(out_pq)
    assert frame["id"].tolist() == ["k0", "k1", "k2", "k3"]
    assert frame["entities"].tolist() == [r["entities"] for r in rows]


def test_stdin_and_published_option(runner):
    result = runner.invoke(app, ["extract", "-", "--published", "2020-07-08", "-j", "1"], input=PARAGRAPHS[0])
    assert result.exit_code == 0
    record = json.loads(result.stdout)
    assert record["id"] == "stdin" and record["reference_date"] == "2020-07-08"


def test_directory_with_glob_and_json_article(runner, tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.jsonl").write_text(json.dumps({"id": "x", "text": PARAGRAPHS[1]}) + "\n", encoding="utf-8")
    (tmp_path / "b.json").write_text(json.dumps({"id": "y", "text": PARAGRAPHS[2]}), encoding="utf-8")
    result = runner.invoke(app, ["extract", str(tmp_path), "--glob", "*.json*", "-j", "1"])
    assert result.exit_code == 0
    assert [json.loads(line)["id"] for line in result.stdout.splitlines()] == ["y", "x"]


def test_evaluate_command_still_registered(runner):
    result = runner.invoke(app, ["evaluate", "/nonexistent-gold-dir"])
    assert result.exit_code == 2 and "does not exist" in result.stderr


@pytest.mark.slow
def test_sigterm_stops_cleanly_and_resume_completes(tmp_path):
    """A real run with 2 workers is stopped with SIGTERM, then finished with --resume."""
    src = _jsonl(tmp_path / "in.jsonl", 400, broken_every=10)
    out = tmp_path / "out.jsonl"
    cmd = [str(BERITAIE), "extract", str(src), "-o", str(out), "-j", "2", "--batch-size", "4"]
    proc = subprocess.Popen(cmd, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and (not out.exists() or len(out.read_bytes().splitlines()) < 20):
        time.sleep(0.2)
    workers = subprocess.run(["pgrep", "-P", str(proc.pid)], capture_output=True, text=True).stdout.split()
    proc.send_signal(signal.SIGTERM)
    _, err = proc.communicate(timeout=60)
    first = out.read_text(encoding="utf-8")
    print("first run exit status", proc.returncode, len(first.splitlines()), "lines")
    if proc.returncode == 130:  # it was stopped mid-run (a fast machine may finish first)
        assert "--resume" in err and first.endswith("\n") and len(first.splitlines()) < 400
    time.sleep(1.5)  # orphaned workers notice a dead parent within 0.5 s
    assert workers and not [pid for pid in workers if Path(f"/proc/{pid}").exists()]
    done = subprocess.run(cmd + ["--resume", "-q"], capture_output=True, text=True, timeout=300)
    assert done.returncode == 1
    ids = [rec["id"] for rec in _lines(out)]
    assert len(ids) == 400 and len(set(ids)) == 400
    assert done.stderr.strip().splitlines()[-1] == "40 of 400 documents failed (40 InputError)"
    assert os.path.getsize(out) > 0


def test_csv_keeps_document_warnings(runner, tmp_path):
    src = tmp_path / "w.jsonl"
    src.write_text(json.dumps({"id": "w1", "text": 'Bupati Sleman Kustini mengatakan, "Kami siap menghadapi banjir.'})
                   + "\n", encoding="utf-8")
    out = tmp_path / "o.csv"
    result = runner.invoke(app, ["extract", str(src), "-f", "csv", "-o", str(out), "-j", "1"])
    assert result.exit_code == 0
    [row] = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert any("quotation mark" in w or "quote" in w for w in json.loads(row["warnings"]))

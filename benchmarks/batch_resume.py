"""Acceptance scenario: kill ``beritaie extract --jobs 2`` mid-run, finish it with ``--resume``.

1. Write N synthetic documents (default 2,000) as JSONL, every k-th line broken in one of five ways
   (invalid JSON, empty text, non-string text, a JSON list, no text field).
2. Start ``beritaie extract IN -o OUT --jobs 2``; once OUT holds ~30 % of the lines, SIGKILL it
   (no clean-up at all: the output may end in a partial line, workers lose their parent).
3. Check that no worker process outlives the kill by more than a few seconds.
4. Rerun the same command with ``--resume``, SIGTERM it at ~65 %, then rerun with ``--resume``
   to the end.
5. Check: exactly one output line per input id, no duplicates, the same lines as an uninterrupted
   ``--jobs 1`` reference run, exit status 1 and the right error count in the summary.

All runs use a snapshot of the package taken at the start (``--no-snapshot`` to use the installed
one), so that colleagues editing components meanwhile cannot change the records between runs.

Usage::

    python benchmarks/batch_resume.py [--docs 2000] [--broken-every 7] [--workdir DIR]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from synthetic import documents  # noqa: E402

BERITAIE = Path(sys.executable).with_name("beritaie")
REPO = Path(__file__).resolve().parent.parent
ENV = dict(os.environ)


def snapshot(work: Path) -> None:
    """Copy the package as it is now (with its data and model) and run every command from the copy."""
    target = work / "snapshot"
    shutil.rmtree(target, ignore_errors=True)
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
    shutil.copytree(REPO / "src" / "beritaie", target / "beritaie", ignore=ignore)
    # the same package-dir mapping as pyproject.toml: beritaie.gazetteers and beritaie.models
    shutil.copytree(REPO / "data" / "gazetteers", target / "beritaie" / "gazetteers", ignore=ignore)
    shutil.copytree(REPO / "models", target / "beritaie" / "models", ignore=ignore)
    ENV["PYTHONPATH"] = os.pathsep.join(filter(None, [str(target), os.environ.get("PYTHONPATH")]))


def count_lines(path: Path) -> int:
    return path.read_bytes().count(b"\n") if path.exists() else 0


def start(args: list[str]) -> subprocess.Popen:
    return subprocess.Popen([str(BERITAIE), "extract", *args], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                            text=True, env=ENV)


def children(pid: int) -> list[int]:
    out = subprocess.run(["pgrep", "-P", str(pid)], capture_output=True, text=True).stdout
    return [int(p) for p in out.split()]


def stop_at(proc: subprocess.Popen, out: Path, lines: int, sig: int, timeout: float = 900) -> tuple[int, int, str]:
    """Send ``sig`` once ``out`` has ``lines`` lines; return (exit status, lines then, stderr)."""
    deadline = time.monotonic() + timeout
    while count_lines(out) < lines and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    workers = children(proc.pid)
    at = count_lines(out)
    if proc.poll() is None:
        proc.send_signal(sig)
    _, err = proc.communicate(timeout=120)
    time.sleep(2)
    alive = [pid for pid in workers if Path(f"/proc/{pid}").exists()]
    assert not alive, f"workers {alive} outlived their parent"
    return proc.returncode, at, err


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--docs", type=int, default=2000)
    parser.add_argument("--broken-every", type=int, default=7)
    parser.add_argument("--chars", type=int, default=1500, help="characters per document")
    parser.add_argument("--workdir", type=Path, default=None)
    parser.add_argument("--no-snapshot", action="store_true", help="use the installed package as is")
    args = parser.parse_args()
    work = args.workdir or Path(tempfile.mkdtemp(prefix="beritaie-resume-"))
    work.mkdir(parents=True, exist_ok=True)
    if not args.no_snapshot:
        snapshot(work)
    src, out, ref = work / "in.jsonl", work / "out.jsonl", work / "reference.jsonl"
    src.write_text("\n".join(documents(args.docs, chars=args.chars, broken_every=args.broken_every)) + "\n",
                   encoding="utf-8")
    out.unlink(missing_ok=True)
    expected_errors = args.docs // args.broken_every
    print(f"{args.docs} documents, {expected_errors} broken, in {src}; load average {os.getloadavg()[0]:.2f}")

    t0 = time.monotonic()
    cmd = [str(src), "-o", str(out), "--jobs", "2", "--quiet"]
    code, at, _ = stop_at(start(cmd), out, int(args.docs * 0.30), signal.SIGKILL)
    raw = out.read_bytes()
    partial, whole = not raw.endswith(b"\n"), raw.count(b"\n")
    print(f"run 1: SIGKILL at {at} lines (exit {code}); file has {whole} whole lines, "
          f"partial last line: {partial}; workers gone")

    code, at, err = stop_at(start(cmd + ["--resume"]), out, int(args.docs * 0.65), signal.SIGTERM)
    print(f"run 2 (--resume): SIGTERM at {at} lines -> exit {code}: {err.strip().splitlines()[-1] if err else ''}")
    assert code == 130, f"SIGTERM should stop with status 130, got {code}"
    assert out.read_bytes().endswith(b"\n"), "a SIGTERM-stopped run must leave whole lines only"

    final = subprocess.run([str(BERITAIE), "extract", *cmd, "--resume"], capture_output=True, text=True, env=ENV)
    wall = time.monotonic() - t0
    summary = final.stderr.strip().splitlines()
    print(f"run 3 (--resume): exit {final.returncode}: {summary[-1] if summary else ''}")

    ref_run = subprocess.run([str(BERITAIE), "extract", str(src), "-o", str(ref), "--jobs", "1", "--quiet"],
                             capture_output=True, text=True, env=ENV)
    got = out.read_text(encoding="utf-8").splitlines()
    ids = [json.loads(line)["id"] for line in got]
    errors = sum("error" in json.loads(line) for line in got)
    checks = {
        "one line per input": len(got) == args.docs,
        "no duplicate ids": len(set(ids)) == len(ids),
        "same lines as an uninterrupted --jobs 1 run": got == ref.read_text(encoding="utf-8").splitlines(),
        "exit status 1": final.returncode == 1 and ref_run.returncode == 1,
        "error count": errors == expected_errors
        and summary[-1] == f"{expected_errors} of {args.docs} documents failed ({expected_errors} InputError)",
    }
    for name, ok in checks.items():
        print(f"  {'ok  ' if ok else 'FAIL'} {name}")
    print(f"interrupted runs total: {wall:.0f} s wall")
    return 0 if all(checks.values()) else 1


if __name__ == "__main__":
    sys.exit(main())

"""Scaling benchmark: words/s for 1 and 2 processes, article-sized vs 100 KB vs 1 MB documents.

Each configuration runs in a fresh child process under a time limit (documents are synthetic, see
``synthetic.py``). Timing starts after the pipeline is loaded and warmed up, so the table shows
steady-state throughput; start-up is reported on its own. Methods:

- ``inline``: 1 process, ``beritaie.batch.InlineBackend`` (what ``--jobs 1`` runs);
- ``pool``: ``beritaie.batch.PoolBackend`` (what ``--jobs N`` runs): long-lived forked workers;
- ``pipe``: ``beritaie.extract_many(n_process=N, nlp=nlp)``, i.e. spaCy's ``nlp.pipe`` multiprocessing
  (without ``nlp=``, ``extract_many`` now uses the pool as well).

Peak RSS per worker is sampled with psutil (the parent of a pool only reads and writes).
The load average is printed before and after: other jobs on the machine distort the ratios.

``--linearity`` adds a second table: CPU seconds of ``beritaie.extract`` on hostile inputs (whitespace
runs, one long token, runs of quote marks or parentheses, plain prose) at doubling sizes, with the
growth exponent of the last doubling (1.0 = linear, 2.0 = quadratic).

Usage::

    python benchmarks/scaling.py                      # all sizes, 1 and 2 processes, pool and pipe
    python benchmarks/scaling.py --sizes 3000 --methods pool --limit 120
    python benchmarks/scaling.py --sizes '' --linearity
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import threading
import time
import warnings
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

DEFAULT_SIZES = [3_000, 100_000, 1_000_000]
TOTAL_CHARS = {3_000: 600_000, 100_000: 400_000, 1_000_000: 2_000_000}


def _docs(size: int, total: int) -> list[dict]:
    import random

    from synthetic import article

    rng = random.Random(size)
    n = max(2, total // size)
    return [{"id": f"s{size}-{i}", "text": article(rng, size), "published": "2020-07-08"} for i in range(n)]


class RssSampler:
    """Max RSS per process (this one and its children) sampled every 0.1 s."""

    def __init__(self) -> None:
        self.peak: dict[int, int] = {}
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        import psutil

        me = psutil.Process()
        while not self._stop.is_set():
            try:
                procs = [me, *me.children(recursive=True)]
            except psutil.Error:
                procs = [me]
            for proc in procs:
                try:
                    rss = proc.memory_info().rss
                except psutil.Error:
                    continue
                self.peak[proc.pid] = max(rss, self.peak.get(proc.pid, 0))
            self._stop.wait(0.1)

    def __enter__(self) -> RssSampler:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()


def child(method: str, procs: int, size: int) -> dict:
    """Run one configuration in this process; return its measurements."""
    warnings.simplefilter("ignore")
    import beritaie
    from beritaie.batch import InlineBackend, PoolBackend, run_batch

    start = time.perf_counter()
    nlp = beritaie.load()
    beritaie.extract("Bupati Sleman, Hendra Gunawan meninjau banjir, Rabu (8/7). “Siap,” ujar Hendra.", nlp=nlp)
    docs = _docs(size, TOTAL_CHARS.get(size, 8 * size))
    words = sum(len(d["text"].split()) for d in docs)
    load_s = time.perf_counter() - start
    import resource

    def cpu() -> float:
        own, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
        return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime

    with RssSampler() as sampler:
        cpu_start = cpu()
        start = time.perf_counter()
        if method == "pipe":
            n = sum(1 for _ in beritaie.extract_many(docs, n_process=procs, batch_size=4, nlp=nlp))
        else:
            backend = InlineBackend() if procs == 1 else PoolBackend(procs)
            n = run_batch(docs, lambda line, err: None, backend=backend, batch_size=1 if size > 10_000 else 8,
                          batch_chars=size * 8).documents
        seconds = time.perf_counter() - start
        cpu_seconds = cpu() - cpu_start  # the pool's workers are reaped by now, so they count
    me = os.getpid()
    workers = {pid: rss for pid, rss in sampler.peak.items() if pid != me} if procs > 1 else sampler.peak
    return {"method": method, "procs": procs, "size": size, "docs": n, "words": words, "seconds": seconds,
            "cpu_seconds": cpu_seconds, "load1": os.getloadavg()[0],
            "load_s": load_s, "rss_mib": sorted(round(v / 2**20) for v in workers.values())[-procs:],
            "parent_rss_mib": round(sampler.peak.get(me, 0) / 2**20)}


PROSE = ("Bupati Sleman, Hendra Gunawan meninjau posko banjir di Kecamatan Depok, Rabu (8/7). "
         "“Kami minta warga tetap waspada,” ujar Hendra. ")
HOSTILE = {
    "whitespace run": lambda n: PROSE + " " * n + PROSE,
    "long token": lambda n: PROSE + "x" * n + " " + PROSE,
    "quote marks": lambda n: PROSE + "“" * n + PROSE,
    "parentheses": lambda n: PROSE + "(" * (n // 2) + ")" * (n // 2) + PROSE,
    "prose": lambda n: (PROSE * (n // len(PROSE) + 1))[:n],
}
LINEAR_SIZES = [1_000, 2_000, 4_000, 8_000, 16_000]


def linearity(budget: float) -> None:
    """Print CPU seconds per hostile kind and size; stop a kind once one run exceeds ``budget``."""
    import math

    warnings.simplefilter("ignore")
    import beritaie

    nlp = beritaie.load()
    beritaie.extract(PROSE, nlp=nlp)
    print(f"{'input':>15} " + " ".join(f"{n:>8,}" for n in LINEAR_SIZES) + f" {'exponent':>9}", flush=True)
    for offset, (kind, make) in enumerate(HOSTILE.items()):
        times: list[float] = []
        for n in LINEAR_SIZES:
            text = make(n + offset)  # a fresh string: the tokenizer caches what it has seen
            start = time.process_time()
            beritaie.extract(text, nlp=nlp)
            times.append(time.process_time() - start)
            if times[-1] > budget:
                break
        cells = [f"{t:>8.2f}" for t in times] + [f"{'-':>8}"] * (len(LINEAR_SIZES) - len(times))
        exponent = math.log2(times[-1] / times[-2]) if len(times) > 1 and times[-2] > 0 else float("nan")
        print(f"{kind:>15} " + " ".join(cells) + f" {exponent:>9.2f}", flush=True)


def run_config(method: str, procs: int, size: int, limit: float) -> dict:
    cmd = [sys.executable, __file__, "--child", method, str(procs), str(size)]
    try:
        out = subprocess.run(cmd, capture_output=True, text=True, timeout=limit)
    except subprocess.TimeoutExpired:
        return {"method": method, "procs": procs, "size": size, "timeout": limit}
    if out.returncode != 0:
        return {"method": method, "procs": procs, "size": size, "failed": out.stderr.strip().splitlines()[-1:]}
    return json.loads(out.stdout.strip().splitlines()[-1])


def _size_label(size: int) -> str:
    return f"{size // 1000} KB" if size < 1_000_000 else f"{size // 1_000_000} MB"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default=",".join(map(str, DEFAULT_SIZES)), help="document sizes in characters")
    parser.add_argument("--methods", default="pool,pipe", help="multi-process methods: pool, pipe")
    parser.add_argument("--procs", default="2", help="process counts besides 1, e.g. 2 or 2,4")
    parser.add_argument("--limit", type=float, default=300, help="seconds per configuration")
    parser.add_argument("--json", type=Path, help="also write the rows to this file")
    parser.add_argument("--linearity", action="store_true", help="also time hostile inputs at doubling sizes")
    parser.add_argument("--child", nargs=3, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        method, procs, size = args.child
        print(json.dumps(child(method, int(procs), int(size))))
        return
    sizes = [int(s) for s in args.sizes.split(",") if s]
    methods = [m for m in args.methods.split(",") if m]
    counts = [int(p) for p in args.procs.split(",")]
    print(f"cores: {os.cpu_count()}, load average before: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    rows = []
    if sizes:
        print(f"{'doc size':>9} {'method':>7} {'procs':>5} {'docs':>5} {'words':>9} {'seconds':>8} {'words/s':>9} "
              f"{'speed-up':>8} {'words/CPU-s':>11} {'CPU eff.':>8} {'load':>5} {'peak RSS/worker MiB':>20} "
              f"{'start-up s':>10}", flush=True)
    for size in sizes:
        base = run_config("inline", 1, size, args.limit)
        rows.append(base)
        configs = [(m, p) for m in methods for p in counts]
        for row in [base] + [run_config(m, p, size, args.limit) for m, p in configs]:
            if row is not base:
                rows.append(row)
            label = f"{_size_label(size):>9} {row['method']:>7} {row['procs']:>5}"
            if "seconds" not in row:
                why = f"over {row['timeout']:.0f} s" if "timeout" in row else f"failed: {row.get('failed')}"
                print(f"{label} {why}", flush=True)
                continue
            wps = row["words"] / row["seconds"]
            speedup = wps / (base["words"] / base["seconds"]) if "seconds" in base else float("nan")
            # CPU efficiency: words per CPU second relative to 1 process. On idle cores the wall-clock
            # speed-up approaches procs x efficiency; on a busy machine wall-clock ratios understate it.
            wpc = row["words"] / row["cpu_seconds"]
            eff = wpc / (base["words"] / base["cpu_seconds"]) if "cpu_seconds" in base else float("nan")
            row["words_per_s"], row["speedup"], row["cpu_efficiency"] = wps, speedup, eff
            print(f"{label} {row['docs']:>5} {row['words']:>9,} {row['seconds']:>8.1f} {wps:>9,.0f} {speedup:>7.2f}x "
                  f"{wpc:>11,.0f} {eff:>8.2f} {row['load1']:>5.1f} {'/'.join(map(str, row['rss_mib'])):>20} "
                  f"{row['load_s']:>10.1f}", flush=True)
    if args.linearity:
        print("\nCPU seconds of beritaie.extract on hostile input, by size in characters:")
        linearity(budget=min(args.limit, 60))
    print(f"load average after: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    if args.json:
        args.json.write_text(json.dumps(rows, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()

"""Words per second of the full ``beritaie.extract`` pipeline on one core, and peak RSS.

Reads the dev-set article texts at run time (never copied into the repo) and
repeats them to at least ``--docs`` documents. The pipeline build is timed
apart from the extraction run.

    python benchmarks/throughput.py [--devset ../shared/devset] [--docs 200]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import time
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--devset", type=Path, default=Path(__file__).resolve().parents[1] / ".." / "shared" / "devset")
    parser.add_argument("--docs", type=int, default=200)
    parser.add_argument("--min-wps", type=float, default=0, help="exit 1 below this many words/s")
    args = parser.parse_args()

    raws = [json.loads(p.read_text(encoding="utf-8")) for p in sorted(args.devset.glob("*.json"))
            if not p.name.endswith(".gold.json")]
    if not raws:
        raise SystemExit(f"no articles in {args.devset}")
    docs = [{"id": f"{r['id']}#{i}", "text": r["text"], "published": r.get("published")}
            for i in range(-(-args.docs // len(raws))) for r in raws][: max(args.docs, len(raws))]
    words = sum(len(d["text"].split()) for d in docs)

    import beritaie

    t0 = time.perf_counter()
    nlp = beritaie.load()
    build_s = time.perf_counter() - t0
    build_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    t0, c0 = time.perf_counter(), time.process_time()
    n_err = sum("error" in r.to_dict() for r in beritaie.extract_many(docs, nlp=nlp, n_process=1))
    run_s, cpu_s = time.perf_counter() - t0, time.process_time() - c0
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    wps = words / run_s
    print(f"pipeline: {', '.join(nlp.pipe_names)}")
    print(f"documents {len(docs)}  words {words}  errors {n_err}")
    print(f"pipeline build {build_s:.2f} s (once per process), peak RSS so far {build_mb:.0f} MB")
    print(f"extraction {run_s:.2f} s  ->  {wps:,.0f} words/s on one core")
    # CPU time is steadier than wall-clock time on a shared machine: compare runs on this line
    print(f"extraction CPU {cpu_s:.2f} s  ->  {words / cpu_s:,.0f} words per CPU second; load average "
          f"{os.getloadavg()[0]:.1f}")
    # (the gazetteer index is built by load() and counted in the build line; the rest is the extraction)
    print(f"peak RSS {peak_mb:.0f} MB")
    if wps < args.min_wps:
        raise SystemExit(f"throughput {wps:,.0f} words/s is below --min-wps {args.min_wps:,.0f}")


if __name__ == "__main__":
    main()

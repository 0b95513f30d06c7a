#!/usr/bin/env python3
"""The gazetteer stage's share of pipeline time (whole-run timing, with and without the stage).

Reads the article texts of ``../shared/devset/*.json`` at run time (never copied into the
repository), repeats them to at least ``--docs`` documents, and times ``nlp.pipe`` over the
batch twice: with the full beritaie pipeline and with ``beritaie_gazetteer`` disabled. It
also reports the one-time index build (once per process, shared by every pipeline).

Usage: ``python benchmarks/gazetteer_share.py [--devset DIR] [--docs 200] [--no-model]``.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
import warnings
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def load_texts(devset: Path, n_docs: int) -> list[str]:
    texts = [json.loads(p.read_text(encoding="utf-8"))["text"]
             for p in sorted(devset.glob("*.json")) if not p.name.endswith(".gold.json")]
    if not texts:
        sys.exit(f"no articles in {devset}")
    return [texts[i % len(texts)] for i in range(max(n_docs, len(texts)))]


def run(nlp, texts: list[str], *, disable: list[str]) -> float:
    start = time.perf_counter()
    with nlp.select_pipes(disable=disable):
        for _doc in nlp.pipe(texts, batch_size=32):
            pass
    return time.perf_counter() - start


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--devset", type=Path, default=REPO.parent / "shared" / "devset")
    parser.add_argument("--docs", type=int, default=200, help="documents per run (default: %(default)s)")
    parser.add_argument("--repeat", type=int, default=3, help="timed runs per setting; the median is shown")
    parser.add_argument("--no-model", action="store_true", help="leave the trained NER model out")
    args = parser.parse_args(argv)

    texts = load_texts(args.devset, args.docs)
    chars = sum(map(len, texts))

    t0 = time.perf_counter()
    from beritaie.pipeline.gazetteer import get_index

    index = get_index(True)
    build = time.perf_counter() - t0
    t1 = time.perf_counter()
    get_index(True)
    cached = time.perf_counter() - t1

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        import beritaie

        nlp = beritaie.load(use_model=not args.no_model)
    # Downstream components read gazetteer hits; without the stage they see None and skip them,
    # so "without" measures the rest of the pipeline on the same texts.
    run(nlp, texts[:8], disable=[])  # warm-up (model weights, regex caches)
    with_stage = statistics.median(run(nlp, texts, disable=[]) for _ in range(args.repeat))
    without = statistics.median(run(nlp, texts, disable=["beritaie_gazetteer"]) for _ in range(args.repeat))
    alone = statistics.median(_gazetteer_only(nlp, texts) for _ in range(args.repeat))

    print(f"pipeline: {', '.join(nlp.pipe_names)}")
    print(f"documents: {len(texts)} ({chars:,} characters), median of {args.repeat} runs")
    print(f"index build (once per process): {build:.2f} s ({sum(index.size.values()):,} entries); "
          f"second get_index(): {cached * 1e6:.0f} µs")
    print(f"with gazetteer:    {with_stage:8.2f} s  ({len(texts) / with_stage:6.1f} docs/s)")
    print(f"without gazetteer: {without:8.2f} s  ({len(texts) / without:6.1f} docs/s)")
    print(f"ratio with/without: {with_stage / without:.2f}; gazetteer share of the run: "
          f"{(with_stage - without) / with_stage:.1%}")
    print(f"gazetteer component alone: {alone:.2f} s ({alone / len(texts) * 1000:.1f} ms/doc)")
    return 0


def _gazetteer_only(nlp, texts: list[str]) -> float:
    component = nlp.get_pipe("beritaie_gazetteer")
    docs = [nlp.make_doc(t) for t in texts]
    start = time.perf_counter()
    for doc in docs:
        component(doc)
    return time.perf_counter() - start


if __name__ == "__main__":
    sys.exit(main())

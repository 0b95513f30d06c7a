#!/usr/bin/env python
"""Linear-time check of quote extraction: a ~1 MB article against a ~100 KB one.

Both documents are synthetic news text written by this script (no dev-set text):
paragraphs of narrative, direct quotes in every mark style (“ ” " ‘ ’ « » `` ''),
interrupted quotes, multi-paragraph quotes, indirect speech, and unbalanced marks
(missing closing or opening marks, stray marks), so the pairing state machine
and its recovery paths all run thousands of times.

It times
  1. the pure quote finder (``beritaie.quotefind.find_quotes``) alone, and
  2. the whole ``beritaie.extract`` (every pipeline component),
on each document (best of ``--repeat`` interleaved runs) and prints CPU and wall
times and the 1 MB / 100 KB ratio of CPU times, which must stay within
``--max-ratio`` (default 12; exit 1 otherwise). CPU time keeps other jobs on a
shared machine from skewing the ratio.

Example:
    python benchmarks/quotes_scaling.py
    python benchmarks/quotes_scaling.py --finder-only --repeat 5
"""

from __future__ import annotations

import argparse
import random
import sys
import time
import warnings

NAMES = ["Ahmad Fauzi", "Siti Rahmawati", "Budi Santoso", "Dewi Lestari", "Rudi Hartono", "Agus Pramono",
         "Rina Amelia", "Hendra Gunawan", "Wahid Wahyudi", "Imam Mahdi"]
TITLES = ["Bupati Sleman", "Kapolres Malang AKBP", "Kepala Dinas Kesehatan", "Ketua KPU Kota Bogor",
          "Wali Kota Kediri", "Camat Pakis", "Sekda Ponorogo"]
STATEMENTS = [
    "Kami akan memastikan seluruh bantuan tersalurkan tepat sasaran",
    "Warga diminta tetap waspada menghadapi cuaca ekstrem pekan ini",
    "Pembangunan jembatan ditargetkan rampung sebelum akhir tahun",
    "Stok beras di gudang masih cukup hingga tiga bulan ke depan",
    "Petugas sudah kami siagakan di setiap titik rawan kemacetan",
    "Semua sekolah wajib menyiapkan sarana cuci tangan",
]
NARRATIVE = [
    "Hujan deras mengguyur kawasan itu sejak sore hari.",
    "Ratusan warga memadati lapangan desa untuk mengikuti kegiatan tersebut.",
    "Kegiatan dilanjutkan dengan penyerahan bantuan kepada warga kurang mampu.",
    "Acara ini mengusung tema “Bersatu Membangun Desa” dan dihadiri tokoh masyarakat.",
    "Polisi menyebut kejadian itu sebagai \"salah paham\" antarwarga.",
]


def paragraph(rng: random.Random) -> str:
    name, title, said = rng.choice(NAMES), rng.choice(TITLES), rng.choice(STATEMENTS)
    short = name.split()[0]
    kind = rng.randrange(14)
    if kind == 0:
        return f"“{said},” ujar {title} {name}."
    if kind == 1:
        return f"\"{said}. {rng.choice(STATEMENTS)},\" kata {short}."
    if kind == 2:
        return f"{title}, {name}, mengatakan bahwa {said.lower()}."
    if kind == 3:
        return f"Menurut {short}, {said.lower()}."
    if kind == 4:
        return f"“{said},” kata {title}, {name}, “dan {rng.choice(STATEMENTS).lower()}.”"
    if kind == 5:
        return f"‘{said},’ tegasnya."
    if kind == 6:
        return f"« {said} », kata {short} ."
    if kind == 7:
        return f"`` {said} , '' ujar {name} ."
    if kind == 8:  # missing closing mark
        return f"\"{said}, ujar {short}. {rng.choice(NARRATIVE)}"
    if kind == 9:  # missing opening mark
        return f"{said},” kata {title} {name}."
    if kind == 10:  # a stray mark inside narrative
        return f"{rng.choice(NARRATIVE)} Warga menamai jalan itu \"jalan maut. {rng.choice(NARRATIVE)}"
    if kind == 11:  # a quote over two paragraphs
        return f"“{said}.\n\n“{rng.choice(STATEMENTS)},” kata {short}."
    if kind == 12:
        return f"Saat ini, kata {short}, {said.lower()}."
    return " ".join(rng.choice(NARRATIVE) for _ in range(3))


def make_document(size: int, seed: int = 7) -> str:
    rng = random.Random(seed)
    parts: list[str] = []
    total = 0
    while total < size:
        p = paragraph(rng)
        parts.append(p)
        total += len(p) + 2
    return "\n\n".join(parts)[:size]


def best_times(func, small: str, large: str, repeat: int) -> tuple[float, float, float, float]:
    """Best CPU and wall time of each document: (cpu small, cpu large, wall small, wall large).

    CPU time (``time.process_time``) is what the ratio uses: on a shared machine
    other jobs stretch wall time at random, not the work this process does. The
    runs are interleaved and the best of each counts.
    """
    cpu = [float("inf"), float("inf")]
    wall = [float("inf"), float("inf")]
    for _ in range(repeat):
        for i, text in enumerate((small, large)):
            c0, w0 = time.process_time(), time.perf_counter()
            func(text)
            cpu[i] = min(cpu[i], time.process_time() - c0)
            wall[i] = min(wall[i], time.perf_counter() - w0)
    return cpu[0], cpu[1], wall[0], wall[1]


def size_label(text: str) -> str:
    n = len(text)
    return f"{n / 1e6:g}MB" if n >= 1_000_000 else f"{n // 1000}KB"


def pipeline_leg(small: str, large: str, repeat: int, max_ratio: float) -> float:
    """Time ``beritaie.extract`` on both documents, component by component (CPU seconds).

    The steps are those of :func:`beritaie.extract` (validate and tokenize, each pipeline
    component, build the record), so a component that is not linear shows by name.
    """
    import beritaie
    from beritaie.api import make_doc
    from beritaie.record import record_from_doc

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        nlp = beritaie.load()
        beritaie.extract("Pemanasan.", nlp=nlp)

    def steps(text: str) -> dict[str, float]:
        out: dict[str, float] = {}
        c0 = time.process_time()
        doc = make_doc(nlp, text)
        out["tokenizer"] = time.process_time() - c0
        for name, proc in nlp.pipeline:
            c0 = time.process_time()
            doc = proc(doc)
            out[name] = time.process_time() - c0
        c0 = time.process_time()
        steps.count = len(record_from_doc(doc).quotes)  # type: ignore[attr-defined]
        out["record"] = time.process_time() - c0
        return out

    best: list[dict[str, float]] = [{}, {}]
    for _ in range(repeat):
        for i, text in enumerate((small, large)):
            for name, seconds in steps(text).items():
                best[i][name] = min(best[i].get(name, float("inf")), seconds)
    t_small, t_large = sum(best[0].values()), sum(best[1].values())
    print(f"beritaie.extract {size_label(small)} {t_small:8.3f}s cpu   {size_label(large)} {t_large:8.3f}s cpu "
          f"({steps.count} quotes)   ratio {t_large / t_small:5.2f}")  # type: ignore[attr-defined]
    for name in best[0]:
        ratio = best[1][name] / max(best[0][name], 1e-4)
        flag = "  <- not linear" if ratio > max_ratio and best[1][name] > 0.5 else ""
        print(f"    {name:<22}{best[0][name]:8.3f}s {best[1][name]:9.3f}s   ratio {ratio:6.2f}{flag}")
    return t_large / t_small


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--small", type=int, default=100_000, help="small document size in characters")
    parser.add_argument("--large", type=int, default=1_000_000, help="large document size in characters")
    parser.add_argument("--repeat", type=int, default=3, help="runs per measurement (the best counts)")
    parser.add_argument("--max-ratio", type=float, default=12.0, help="largest allowed large/small time ratio")
    parser.add_argument("--finder-only", action="store_true", help="skip the whole-pipeline measurement")
    parser.add_argument("--pipeline-large", type=int, default=None,
                        help="large document size for the whole-pipeline leg (default: --large)")
    args = parser.parse_args(argv)

    from beritaie.pipeline.boilerplate import find_boilerplate
    from beritaie.quotefind import find_quotes

    small, large = make_document(args.small), make_document(args.large)
    marks = sum(large.count(m) for m in "“”\"‘’«»") + large.count("``") + large.count("''")
    print(f"documents: {len(small):,} and {len(large):,} characters; {marks:,} quotation marks in the large one")

    def finder(text: str) -> None:
        result = find_quotes(text, boilerplate=find_boilerplate(text))
        finder.count = len(result.quotes)  # type: ignore[attr-defined]
        finder.warnings = len(result.warnings)  # type: ignore[attr-defined]

    rows = []
    finder(small)
    n_small = finder.count  # type: ignore[attr-defined]
    t_small, t_large, w_small, w_large = best_times(finder, small, large, args.repeat)
    print(f"quote finder     {size_label(small)} {t_small:8.3f}s cpu ({w_small:.3f}s wall, {n_small} quotes)   "
          f"{size_label(large)} {t_large:8.3f}s cpu ({w_large:.3f}s wall, {finder.count} quotes, "  # type: ignore[attr-defined]
          f"{finder.warnings} warnings)   ratio {t_large / t_small:5.2f}")  # type: ignore[attr-defined]
    rows.append(t_large / t_small)

    if not args.finder_only:
        rows.append(pipeline_leg(small, make_document(args.pipeline_large) if args.pipeline_large else large,
                                 max(1, args.repeat - 1), args.max_ratio))

    worst = max(rows)
    verdict = "OK" if worst <= args.max_ratio else "TOO SLOW"
    print(f"worst ratio {worst:.2f} (limit {args.max_ratio:g}): {verdict}")
    return 0 if worst <= args.max_ratio else 1


if __name__ == "__main__":
    sys.exit(main())

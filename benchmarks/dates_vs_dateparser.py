"""Dates on the dev set: beritaie's resolver beside ``dateparser.search.search_dates``.

Both systems are scored by the rule of ``../shared/annotation/GUIDE.md``: a
system date matches a gold date when their spans overlap (one-to-one, greedy
by overlap); it is correct when the values are equal, clock times ignored on
both sides. Reported: detection precision/recall/F1 and resolution accuracy
(correct values / gold dates).

Gold dates carry text only; the k-th gold date with a given text is placed on
the k-th occurrence of that text in the article (the last one when there are
fewer occurrences).

dateparser runs with ``languages=["id"]``, ``DATE_ORDER="DMY"`` and, where the
article has a published date, ``RELATIVE_BASE`` = that date; each hit's
datetime becomes a day value (``YYYY-MM-DD``) and its text is located in the
article left to right.

Usage (from the repository root)::

    python benchmarks/dates_vs_dateparser.py [DEVSET_DIR] [--details] [--no-dateparser]

The dev set is read at run time (default ``../shared/devset``); its texts are
never copied into the project.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from datetime import datetime
from pathlib import Path

from beritaie.dateresolve import find_dates

DEFAULT_DEVSET = Path(__file__).resolve().parents[1].parent / "shared" / "devset"


def load_devset(folder: Path) -> list[tuple[dict, dict]]:
    """(article, gold) pairs of every ``<id>.gold.json`` in ``folder``."""
    pairs = []
    for gold_path in sorted(folder.glob("*.gold.json")):
        raw_path = gold_path.with_name(gold_path.name.replace(".gold.json", ".json"))
        pairs.append((json.loads(raw_path.read_text(encoding="utf-8")), json.loads(gold_path.read_text(encoding="utf-8"))))
    return pairs


def locate_gold(text: str, dates: list[dict]) -> list[dict]:
    """Give each gold date a span, in list order.

    Each gold text goes to its first occurrence at or after the previous gold
    date's start that overlaps no span placed so far (gold lists follow the
    text); failing that, to any non-overlapping occurrence, else the first.
    """
    out: list[dict] = []
    taken: list[tuple[int, int]] = []
    last = 0
    for g in dates:
        n = len(g["text"])
        occ = []
        pos = text.find(g["text"])
        while pos >= 0:
            occ.append(pos)
            pos = text.find(g["text"], pos + 1)
        if not occ:
            continue
        free = [o for o in occ if all(o + n <= a or b <= o for a, b in taken)]
        after = [o for o in free if o >= last]
        start = (after or free or occ)[0]
        taken.append((start, start + n))
        last = start
        out.append({**g, "start": start, "end": start + n})
    return out


def strip_time(value: str | None) -> str | None:
    """Value without clock times on either side of a range."""
    if value is None:
        return None
    return "/".join(part.split("T")[0] for part in value.split("/"))


def match(gold: list[dict], system: list[dict]) -> list[tuple[dict, dict]]:
    """One-to-one overlap matching, largest overlap first."""
    pairs = []
    for gi, g in enumerate(gold):
        for si, s in enumerate(system):
            ov = min(g["end"], s["end"]) - max(g["start"], s["start"])
            if ov > 0:
                pairs.append((ov, gi, si))
    used_g: set[int] = set()
    used_s: set[int] = set()
    out = []
    for _ov, gi, si in sorted(pairs, key=lambda p: (-p[0], p[1], p[2])):
        if gi in used_g or si in used_s:
            continue
        used_g.add(gi)
        used_s.add(si)
        out.append((gold[gi], system[si]))
    return out


class Score:
    """Running totals of one system."""

    def __init__(self) -> None:
        self.gold = self.system = self.matched = self.correct = 0

    def add(self, gold: list[dict], system: list[dict]) -> list[tuple[dict, dict]]:
        pairs = match(gold, system)
        self.gold += len(gold)
        self.system += len(system)
        self.matched += len(pairs)
        self.correct += sum(strip_time(g["value"]) == strip_time(s["value"]) for g, s in pairs)
        return pairs

    def row(self) -> dict[str, float]:
        p = self.matched / self.system if self.system else 0.0
        r = self.matched / self.gold if self.gold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        acc = self.correct / self.gold if self.gold else 0.0
        return {"P": p, "R": r, "F1": f, "resolution": acc}


def dateparser_dates(text: str, published: str | None) -> list[dict]:
    """dateparser's hits as date records with spans located in ``text``."""
    from dateparser.search import search_dates

    settings: dict = {"DATE_ORDER": "DMY"}
    if published:
        settings["RELATIVE_BASE"] = datetime.fromisoformat(published)
    hits = search_dates(text, languages=["id"], settings=settings) or []
    out = []
    cursor = 0
    for sub, dt in hits:
        pos = text.find(sub, cursor)
        if pos < 0:
            pos = text.find(sub)
        if pos < 0:
            continue
        cursor = pos + len(sub)
        out.append({"text": sub, "start": pos, "end": pos + len(sub), "value": dt.date().isoformat()})
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("devset", nargs="?", type=Path, default=DEFAULT_DEVSET)
    ap.add_argument("--details", action="store_true", help="print misses article by article")
    ap.add_argument("--no-dateparser", action="store_true", help="score beritaie only")
    args = ap.parse_args(argv)
    pairs = load_devset(args.devset)
    if not pairs:
        print(f"no *.gold.json files in {args.devset}", file=sys.stderr)
        return 2
    ours, theirs = Score(), Score()
    t_ours = t_theirs = 0.0
    for raw, gold in pairs:
        text = raw["text"]
        g = locate_gold(text, gold.get("dates", []))
        t0 = time.perf_counter()
        res = find_dates(text, published=raw.get("published"))
        t_ours += time.perf_counter() - t0
        matched = ours.add(g, res.dates)
        if not args.no_dateparser:
            t0 = time.perf_counter()
            theirs.add(g, dateparser_dates(text, raw.get("published")))
            t_theirs += time.perf_counter() - t0
        if args.details:
            _details(raw, gold, g, res, matched)
    print(f"dev set: {len(pairs)} articles, {ours.gold} gold dates ({args.devset})")
    print(f"{'system':<28}{'P':>7}{'R':>7}{'F1':>7}{'resol.':>8}{'secs':>7}")
    rows = [("beritaie.dateresolve", ours, t_ours)]
    if not args.no_dateparser:
        rows.append(("dateparser.search_dates", theirs, t_theirs))
    for name, sc, secs in rows:
        r = sc.row()
        print(f"{name:<28}{r['P']:>7.3f}{r['R']:>7.3f}{r['F1']:>7.3f}{r['resolution']:>8.3f}{secs:>7.2f}")
    return 0


def _details(raw: dict, gold: dict, g: list[dict], res, matched: list[tuple[dict, dict]]) -> None:
    m_gold = {id(a) for a, _ in matched}
    m_sys = {id(b) for _, b in matched}
    lines = []
    for a, b in matched:
        if strip_time(a["value"]) != strip_time(b["value"]):
            lines.append(f"  WRONG  {a['text']!r} gold={a['value']} sys={b['value']} ({b['text']!r})")
    for a in g:
        if id(a) not in m_gold:
            lines.append(f"  MISSED {a['text']!r} gold={a['value']}")
    for b in res.dates:
        if id(b) not in m_sys:
            lines.append(f"  EXTRA  {b['text']!r} sys={b['value']}")
    if lines or res.reference_date != gold.get("reference_date"):
        print(f"{raw['id']}: ref gold={gold.get('reference_date')} sys={res.reference_date} ({res.reference_date_source})")
        print("\n".join(lines))


if __name__ == "__main__":
    sys.exit(main())

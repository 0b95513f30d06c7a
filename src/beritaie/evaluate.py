"""Score records against gold files, following ../shared/annotation/GUIDE.md ("How systems are scored").

The scorer is independent of the extractor: it folds names and expands titles
with its own small tables, so improving the extractor cannot change the rules.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .lang.abbreviations import DEGREES, HONORIFICS

LABELS = ("PER", "ORG", "LOC")

# Title abbreviations expanded before comparing titles ("one contains the other").
TITLE_EXPANSIONS = {
    "kadis": "kepala dinas", "kaban": "kepala badan", "kabag": "kepala bagian", "kabid": "kepala bidang",
    "kasubag": "kepala subbagian", "kasi": "kepala seksi", "kades": "kepala desa", "kapolres": "kapolres",
    "sekda": "sekretaris daerah", "sekcam": "sekretaris camat", "wabup": "wakil bupati",
    "wagub": "wakil gubernur", "wawali": "wakil wali kota", "wawalkot": "wakil wali kota",
    "walikota": "wali kota", "walkot": "wali kota", "dandim": "komandan kodim", "danrem": "komandan korem",
    "danramil": "komandan koramil", "pangdam": "panglima kodam", "kapolda": "kepala kepolisian daerah",
    "kapolsek": "kepala kepolisian sektor", "kapolri": "kepala kepolisian negara", "mendagri": "menteri dalam negeri",
    "menkes": "menteri kesehatan", "wapres": "wakil presiden", "plt": "", "plt.": "", "pj": "", "pj.": "",
    "pjs": "", "pjs.": "", "ketum": "ketua umum", "dirut": "direktur utama", "kakanwil": "kepala kantor wilayah",
}
_STRIP_WORDS = {w.casefold().rstrip(".") for w in HONORIFICS + DEGREES if len(w.rstrip(".")) > 0}


def fold(text: str) -> str:
    """Case-fold, drop honorifics/degrees and punctuation, squeeze whitespace."""
    text = unicodedata.normalize("NFKC", text).casefold()
    text = re.sub(r"[^\w\s]", " ", text)
    words = text.split()
    # Honorifics lead a name and degrees trail it; strip only at the edges.
    while len(words) > 1 and words[0] in _STRIP_WORDS:
        words.pop(0)
    while len(words) > 1 and words[-1] in _STRIP_WORDS:
        words.pop()
    return " ".join(words)


def _fold_dotted(text: str) -> str:
    """Fold that first removes dotted degree groups like 'S.H.' or 'M.Si.' as units."""
    for degree in sorted((d for d in DEGREES + HONORIFICS if "." in d), key=len, reverse=True):
        text = re.sub(rf"(?<!\w){re.escape(degree)}(?!\w)", " ", text)
    return fold(text)


def name_key(text: str) -> str:
    return _fold_dotted(text) or fold(text)


def title_key(title: str) -> str:
    words = [TITLE_EXPANSIONS.get(w, w) for w in fold(title).split()]
    return " ".join(w for w in " ".join(words).split())


def titles_agree(a: str, b: str) -> bool:
    ka, kb = title_key(a), title_key(b)
    return bool(ka and kb) and (ka in kb or kb in ka)


def strip_time(value: str | None) -> str | None:
    if value is None:
        return None
    return "/".join(part.split("T")[0] for part in value.split("/"))


@dataclass
class Counts:
    tp: float = 0
    n_sys: float = 0
    n_gold: float = 0

    def add(self, tp: float, n_sys: float, n_gold: float) -> None:
        self.tp += tp
        self.n_sys += n_sys
        self.n_gold += n_gold

    def prf(self, tp_sys: float | None = None) -> tuple[float, float, float]:
        p = (self.tp if tp_sys is None else tp_sys) / self.n_sys if self.n_sys else 0.0
        r = self.tp / self.n_gold if self.n_gold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return p, r, f


@dataclass
class Report:
    """Scores accumulated over documents, plus per-document details."""

    entity_recall: dict[str, Counts] = field(default_factory=lambda: {lb: Counts() for lb in LABELS})
    entity_precision: dict[str, Counts] = field(default_factory=lambda: {lb: Counts() for lb in LABELS})
    officials: Counts = field(default_factory=Counts)
    dates: Counts = field(default_factory=Counts)
    dates_correct: int = 0
    quotes: Counts = field(default_factory=Counts)
    quotes_e2e: Counts = field(default_factory=Counts)
    attribution_correct: int = 0
    documents: int = 0
    errors: list[str] = field(default_factory=list)
    details: dict[str, list[str]] = field(default_factory=dict)

    def metrics(self) -> dict[str, float]:
        out: dict[str, float] = {}
        for lb in LABELS:
            rec, prec = self.entity_recall[lb], self.entity_precision[lb]
            p = prec.tp / prec.n_sys if prec.n_sys else 0.0
            r = rec.tp / rec.n_gold if rec.n_gold else 0.0
            out[f"{lb}_p"], out[f"{lb}_r"] = p, r
            out[f"{lb}_f1"] = 2 * p * r / (p + r) if p + r else 0.0
        for key, counts in (("officials", self.officials), ("dates", self.dates), ("quotes", self.quotes),
                            ("quotes_e2e", self.quotes_e2e)):
            out[f"{key}_p"], out[f"{key}_r"], out[f"{key}_f1"] = counts.prf()
        out["dates_resolution_acc"] = self.dates_correct / self.dates.n_gold if self.dates.n_gold else 0.0
        out["attribution_acc"] = self.attribution_correct / self.quotes.tp if self.quotes.tp else 0.0
        out["documents"] = self.documents
        return out


def locate(text: str, needles: list[str]) -> list[tuple[int, int] | None]:
    """Character span of each gold string in ``text``; repeated strings take successive occurrences.

    Longer strings claim their occurrence first, so a gold "Rabu (8/7" is not
    placed inside the "Rabu (8/7)" that another gold item names.
    """
    spans: list[tuple[int, int] | None] = [None] * len(needles)
    claimed: list[tuple[int, int]] = []
    for i in sorted(range(len(needles)), key=lambda k: -len(needles[k] or "")):
        needle = needles[i]
        if not needle:
            continue
        occurrences = [m.start() for m in re.finditer(re.escape(needle), text)]
        free = [s for s in occurrences if not any(s < e and c < s + len(needle) for c, e in claimed)]
        exact_free = [s for s in free if (s, s + len(needle)) not in claimed]
        pick = (exact_free or free or occurrences or [None])[0]
        if pick is not None:
            spans[i] = (pick, pick + len(needle))
            claimed.append(spans[i])
    return spans


def locate_in_order(text: str, needles: list[str]) -> list[tuple[int, int] | None]:
    """Spans of gold strings listed in document order (gold dates are, see annotation/validate.py):
    each is the first occurrence after the previous one's start, so a "2025" in a "Baca juga" line
    before the article's own "2025" is not taken. Strings out of order fall back to :func:`locate`."""
    spans: list[tuple[int, int] | None] = []
    start = end = 0
    for needle in needles:
        # after the previous date where possible, inside it only when the gold says so ("2025" of "(10/3/2025)")
        at = text.find(needle, end) if needle else -1
        if at < 0 and needle:
            at = text.find(needle, start)
        if at < 0:
            return locate(text, needles)
        spans.append((at, at + len(needle)))
        start, end = at + 1, at + len(needle)
    return spans


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def _greedy_match(pairs: list[tuple[float, int, int]]) -> dict[int, int]:
    """One-to-one matching from (score, gold_index, sys_index) candidates, best first."""
    used_g: set[int] = set()
    used_s: set[int] = set()
    match: dict[int, int] = {}
    for _score, g, s in sorted(pairs, key=lambda t: -t[0]):
        if g not in used_g and s not in used_s:
            used_g.add(g)
            used_s.add(s)
            match[g] = s
    return match


def _person_forms(gold: dict) -> dict[str, set[str]]:
    """canonical PER name -> folded forms of its cluster."""
    forms = {}
    for cluster in gold["entities"].get("PER", []):
        forms[cluster["name"]] = {name_key(f) for f in [cluster["name"], *cluster.get("aliases", [])]}
    return forms


def score_document(text: str, gold: dict, system: dict, report: Report) -> None:
    """Add one document's scores to ``report`` (and its misses to ``report.details``)."""
    doc_id = gold["id"]
    lines: list[str] = []
    report.documents += 1
    _score_entities(gold, system, report, lines)
    person_forms = _person_forms(gold)
    _score_officials(text, gold, system, report, lines, person_forms)
    _score_dates(text, gold, system, report, lines)
    _score_quotes(text, gold, system, report, lines, person_forms)
    report.details[doc_id] = lines


def _score_entities(gold: dict, system: dict, report: Report, lines: list[str]) -> None:
    for lb in LABELS:
        clusters = gold["entities"].get(lb, [])
        gold_forms = [{name_key(f) for f in [c["name"], *c.get("aliases", [])]} for c in clusters]
        all_forms = set().union(*gold_forms) if gold_forms else set()
        sys_names = {}
        for ent in system.get("entities", []):
            if ent["label"] == lb:
                sys_names.setdefault(name_key(ent["canonical"]), ent["canonical"])
        matched = [bool(forms & sys_names.keys()) for forms in gold_forms]
        good = [k for k in sys_names if k in all_forms]
        report.entity_recall[lb].add(sum(matched), 0, len(clusters))
        report.entity_precision[lb].add(len(good), len(sys_names), 0)
        lines += [f"  {lb} missed: {c['name']}" for c, ok in zip(clusters, matched) if not ok]
        lines += [f"  {lb} spurious: {sys_names[k]}" for k in sys_names if k not in all_forms]


def _score_officials(text: str, gold: dict, system: dict, report: Report, lines: list[str],
                     person_forms: dict[str, set[str]]) -> None:
    golds = gold.get("officials", [])
    syss = system.get("officials", [])
    gold_spans = locate(text, [g["mention"] for g in golds])
    pairs = []
    for gi, g in enumerate(golds):
        for si, s in enumerate(syss):
            if not titles_agree(g["title"], s["title"]):
                continue
            if g["name"]:
                forms = person_forms.get(g["name"], {name_key(g["name"])})
                if s.get("name") and name_key(s["name"]) in forms:
                    pairs.append((2.0, gi, si))
            elif gold_spans[gi] and any(_overlap(gold_spans[gi], (m["start"], m["end"])) for m in s["mentions"]):
                pairs.append((1.0, gi, si))
    match = _greedy_match(pairs)
    report.officials.add(len(match), len(syss), len(golds))
    matched_sys = set(match.values())
    for gi, g in enumerate(golds):
        if gi not in match:
            lines.append(f"  official missed: {g['title']} / {g['of']} / {g['name']}  [{g['mention']}]")
    for si, s in enumerate(syss):
        if si not in matched_sys:
            lines.append(f"  official spurious: {s['title']} / {s.get('of')} / {s.get('name')}  "
                         f"[{s['mentions'][0]['text'] if s['mentions'] else ''}]")


def _score_dates(text: str, gold: dict, system: dict, report: Report, lines: list[str]) -> None:
    golds = gold.get("dates", [])
    syss = system.get("dates", [])
    spans = locate_in_order(text, [g["text"] for g in golds])
    pairs = [
        (_overlap(spans[gi], (s["start"], s["end"])), gi, si)
        for gi in range(len(golds)) if spans[gi]
        for si, s in enumerate(syss) if _overlap(spans[gi], (s["start"], s["end"]))
    ]
    match = _greedy_match(pairs)
    report.dates.add(len(match), len(syss), len(golds))
    for gi, g in enumerate(golds):
        if gi not in match:
            lines.append(f"  date missed: {g['text']!r} = {g['value']}")
            continue
        s = syss[match[gi]]
        if strip_time(s["value"]) == strip_time(g["value"]):
            report.dates_correct += 1
        else:
            lines.append(f"  date wrong value: {g['text']!r} gold {g['value']} system {s['value']} ({s['text']!r})")
    matched_sys = set(match.values())
    lines += [f"  date spurious: {s['text']!r} = {s['value']}" for si, s in enumerate(syss) if si not in matched_sys]


def _score_quotes(text: str, gold: dict, system: dict, report: Report, lines: list[str],
                  person_forms: dict[str, set[str]]) -> None:
    golds = gold.get("quotes", [])
    syss = system.get("quotes", [])
    spans = locate(text, [g["text"] for g in golds])
    pairs = []
    for gi, g in enumerate(golds):
        if not spans[gi]:
            continue
        for si, s in enumerate(syss):
            inter = _overlap(spans[gi], (s["start"], s["end"]))
            union = max(spans[gi][1], s["end"]) - min(spans[gi][0], s["start"])
            if inter and inter * 2 >= union:
                pairs.append((inter / union, gi, si))
    match = _greedy_match(pairs)
    correct = 0
    for gi, si in match.items():
        g, s = golds[gi], syss[si]
        forms = set(person_forms.get(g["speaker"], set())) | {name_key(g["speaker"] or "")}
        if g.get("speaker_mention"):
            forms.add(name_key(g["speaker_mention"]))
        ok = bool(s.get("speaker")) and name_key(s["speaker"]) in forms
        correct += ok
        if not ok:
            lines.append(f"  quote wrong speaker: gold {g['speaker']} system {s.get('speaker')}  "
                         f"[{g['text'][:60]!r}]")
    report.quotes.add(len(match), len(syss), len(golds))
    report.quotes_e2e.add(correct, len(syss), len(golds))
    report.attribution_correct += correct
    for gi, g in enumerate(golds):
        if gi not in match:
            lines.append(f"  quote missed ({g['kind']}, {g['speaker']}): {g['text'][:80]!r}")
    matched_sys = set(match.values())
    lines += [f"  quote spurious ({s['kind']}, {s.get('speaker')}): {s['text'][:80]!r}"
              for si, s in enumerate(syss) if si not in matched_sys]


def load_gold_dir(gold_dir: Path) -> list[tuple[dict, dict]]:
    """(raw article, gold) pairs of a dev-set folder, sorted by id."""
    pairs = []
    for gold_path in sorted(gold_dir.glob("*.gold.json")):
        raw_path = gold_path.with_name(gold_path.name.replace(".gold.json", ".json"))
        pairs.append((json.loads(raw_path.read_text(encoding="utf-8")),
                      json.loads(gold_path.read_text(encoding="utf-8"))))
    return pairs


def evaluate(gold_dir: Path, system_records: dict[str, dict] | None = None) -> Report:
    """Score ``system_records`` (id -> record dict), or run the pipeline, on a gold folder."""
    from .api import extract_many

    pairs = load_gold_dir(gold_dir)
    if system_records is None:
        docs = [{"id": raw["id"], "text": raw["text"], "published": raw.get("published")} for raw, _ in pairs]
        system_records = {r.id: r.to_dict() for r in extract_many(docs)}
    report = Report()
    for raw, gold in pairs:
        record = system_records.get(raw["id"])
        if record is None or "error" in record:
            error = (record or {}).get("error") or {"type": "missing", "message": "no system record for this id"}
            report.errors.append(f"{raw['id']}: {error.get('type')}: {error.get('message')}")
            record = {"entities": [], "officials": [], "dates": [], "quotes": []}
        score_document(raw["text"], gold, record, report)
    return report


def format_table(report: Report) -> str:
    """The evaluation table as plain text."""
    m = report.metrics()
    rows = [("task", "P", "R", "F1")]
    rows += [(f"entities {lb}", m[f"{lb}_p"], m[f"{lb}_r"], m[f"{lb}_f1"]) for lb in LABELS]
    rows += [
        ("officials", m["officials_p"], m["officials_r"], m["officials_f1"]),
        ("dates detection", m["dates_p"], m["dates_r"], m["dates_f1"]),
        ("quotes span", m["quotes_p"], m["quotes_r"], m["quotes_f1"]),
        ("quotes end-to-end", m["quotes_e2e_p"], m["quotes_e2e_r"], m["quotes_e2e_f1"]),
    ]
    out = [f"{r[0]:<20}{r[1]:>8}{r[2]:>8}{r[3]:>8}" if isinstance(r[1], str)
           else f"{r[0]:<20}{r[1]:>8.3f}{r[2]:>8.3f}{r[3]:>8.3f}" for r in rows]
    out.append(f"{'dates resolution accuracy':<36}{m['dates_resolution_acc']:>8.3f}")
    out.append(f"{'quotes attribution accuracy':<36}{m['attribution_acc']:>8.3f}")
    out.append(f"documents: {report.documents}, errors: {len(report.errors)}")
    out += [f"  error {e}" for e in report.errors]  # scored as empty records
    return "\n".join(out)


def format_details(report: Report) -> str:
    lines = []
    for doc_id, items in report.details.items():
        lines.append(f"== {doc_id}")
        lines += items or ["  (no misses)"]
    return "\n".join(lines)


def check_gates(metrics: dict[str, float], gates: Iterable[str]) -> list[str]:
    """Failures of gates like 'officials_f1=0.75' (metric >= value)."""
    failures = []
    for gate in gates:
        name, _, value = gate.partition("=")
        if name not in metrics:
            raise KeyError(f"Unknown metric {name!r} in gate {gate!r}; choose from: {', '.join(sorted(metrics))}.")
        if metrics[name] < float(value):
            failures.append(f"{name} = {metrics[name]:.3f} < {float(value):.3f}")
    return failures

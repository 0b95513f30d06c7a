#!/usr/bin/env python
"""Span-level exact-match NER evaluation (PER / ORG / LOC).

Test sets: idner-news-2k test and NERGrit (IndoNLU) test, NERGrit labels mapped
PERSON->PER, ORGANISATION->ORG, PLACE->LOC.

Modes
  --model PATH   evaluate a spaCy pipeline directory alone on the *gold*
                 tokenisation (Doc built from the gold words, then every pipe run).
  --pipeline     evaluate the full ``beritaie.load()`` pipeline: text = gold tokens
                 joined by single spaces, gold token spans mapped to char offsets,
                 compared with ``doc._.entities`` (exact char span + label).

Output: a table (default) or JSON (``--json``). ``--min-idner-f1 X`` exits 1 when
micro F1 on idner-news-2k test is below X (CI gate).

Example:
    python benchmarks/ner_eval.py --model models/beritaie-ner
    python benchmarks/ner_eval.py --pipeline --min-idner-f1 0.87
"""
from __future__ import annotations

import os

for _v in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_v, "1")

import argparse
import json
import sys
import time
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
LABELS = ("PER", "ORG", "LOC")
NERGRIT_MAP = {"PERSON": "PER", "ORGANISATION": "ORG", "PLACE": "LOC"}
TESTSETS = {
    "idner-news-2k": ("idner-news-2k/test.txt", 2, None),
    "nergrit": ("nergrit-indonlu/test_preprocess.txt", 1, NERGRIT_MAP),
}


def read_conll(path: Path, tag_col: int, label_map=None):
    """List of (words, iob_tags); strips CR; maps labels."""
    sents, words, tags = [], [], []
    with open(path, encoding="utf8", newline="") as fh:
        for raw in fh:
            line = raw.replace("\r", "").rstrip("\n")
            if not line.strip():
                if words:
                    sents.append((words, tags))
                    words, tags = [], []
                continue
            parts = line.split("\t") if "\t" in line else line.split(" ")
            word, tag = parts[0], parts[tag_col]
            if tag != "O":
                prefix, label = tag.split("-", 1)
                if label_map:
                    label = label_map.get(label, label)
                tag = f"{prefix}-{label}"
            words.append(word)
            tags.append(tag)
    if words:
        sents.append((words, tags))
    return sents


def _title(w: str) -> str:
    return w if w.isupper() or not w[:1].isalpha() else w[:1].upper() + w[1:]


TRANSFORMS = {
    "none": lambda w: w,
    "upper": str.upper,
    "lower": str.lower,
    "title": _title,  # headline Title Case
}


def iob_to_spans(tags):
    """Token spans (start, end_exclusive, label) from IOB2 (an I- without B- starts a span)."""
    spans, start, label = [], None, None
    for i, t in enumerate(list(tags) + ["O"]):
        if t == "O" or t.startswith("B-") or (t.startswith("I-") and t[2:] != label):
            if start is not None:
                spans.append((start, i, label))
                start, label = None, None
            if t != "O":
                start, label = i, t[2:]
    return spans


class Score:
    def __init__(self):
        self.tp, self.fp, self.fn = Counter(), Counter(), Counter()

    def add(self, gold: set, pred: set):
        for s in pred & gold:
            self.tp[s[-1]] += 1
        for s in pred - gold:
            self.fp[s[-1]] += 1
        for s in gold - pred:
            self.fn[s[-1]] += 1

    @staticmethod
    def _prf(tp, fp, fn):
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return {"p": round(p, 4), "r": round(r, 4), "f1": round(f, 4), "tp": tp, "fp": fp, "fn": fn,
                "support": tp + fn}

    def result(self):
        labels = sorted(set(LABELS) | set(self.tp) | set(self.fp) | set(self.fn),
                        key=lambda x: (LABELS.index(x) if x in LABELS else 99, x))
        out = {lab: self._prf(self.tp[lab], self.fp[lab], self.fn[lab]) for lab in labels}
        out["micro"] = self._prf(sum(self.tp.values()), sum(self.fp.values()), sum(self.fn.values()))
        return out


# --------------------------------------------------------------------------- runners
def eval_model(model_path: str, sents):
    import spacy
    from spacy import util
    from spacy.tokens import Doc

    # The model only uses spaCy's built-in pipes: do not import third-party factory
    # entry points (keeps --model working whatever state the beritaie package is in).
    util.registry._entry_point_factories.entry_points = False
    nlp = _cached(model_path, lambda: spacy.load(model_path))
    score, n_words, secs = Score(), 0, 0.0
    docs = [Doc(nlp.vocab, words=w) for w, _ in sents]
    t0 = time.perf_counter()
    for name, proc in nlp.pipeline:
        docs = list(proc.pipe(docs, batch_size=256))
    secs = time.perf_counter() - t0
    for doc, (words, tags) in zip(docs, sents):
        n_words += len(words)
        gold = set(iob_to_spans(tags))
        pred = {(e.start, e.end, e.label_) for e in doc.ents}
        score.add(gold, pred)
    return score.result(), n_words / secs if secs else 0.0


_CACHE: dict = {}


def _cached(key, fn):
    if key not in _CACHE:
        _CACHE[key] = fn()
    return _CACHE[key]


def eval_pipeline(sents):
    def _load():
        try:
            import beritaie
            load = beritaie.load
        except (ImportError, AttributeError) as exc:
            sys.exit(f"--pipeline mode needs beritaie.load() (src/beritaie), which is not importable: {exc!r}")
        return load()

    nlp = _cached("__pipeline__", _load)
    score, n_words = Score(), 0
    texts, golds = [], []
    for words, tags in sents:
        offsets, pos = [], 0
        for w in words:
            offsets.append((pos, pos + len(w)))
            pos += len(w) + 1
        texts.append(" ".join(words))
        golds.append({(offsets[s][0], offsets[e - 1][1], lab) for s, e, lab in iob_to_spans(tags)})
        n_words += len(words)
    t0 = time.perf_counter()
    docs = list(nlp.pipe(texts))
    secs = time.perf_counter() - t0
    for doc, gold in zip(docs, golds):
        ents = getattr(doc._, "entities", None) or []
        pred = {(int(e["start"]), int(e["end"]), e["label"]) for e in ents if e.get("label") in LABELS}
        score.add(gold, pred)
    return score.result(), n_words / secs if secs else 0.0


# --------------------------------------------------------------------------- output
def render(results: dict, mode: str) -> str:
    lines = [f"mode: {mode}"]
    for ts, res in results.items():
        lines.append(f"\n{ts} test  ({res['speed_wps']:.0f} words/s incl. batching)")
        lines.append(f"{'label':<7}{'P':>8}{'R':>8}{'F1':>8}{'support':>9}")
        for lab, m in res["scores"].items():
            lines.append(f"{lab:<7}{m['p']:>8.4f}{m['r']:>8.4f}{m['f1']:>8.4f}{m['support']:>9}")
    return "\n".join(lines)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    g = ap.add_mutually_exclusive_group(required=True)
    g.add_argument("--model", help="spaCy pipeline directory (evaluated alone on gold tokens)")
    g.add_argument("--pipeline", action="store_true", help="evaluate beritaie.load() via doc._.entities")
    ap.add_argument("--corpora", default="../shared/corpora",
                    help="corpora folder (relative paths are relative to the repo root)")
    ap.add_argument("--only", choices=sorted(TESTSETS), action="append", help="restrict to these test sets")
    ap.add_argument("--case", choices=sorted(TRANSFORMS), default="none",
                    help="robustness check: re-case the gold words (upper/lower/title) before tagging")
    ap.add_argument("--json", action="store_true", help="machine-readable output")
    ap.add_argument("--min-idner-f1", type=float, default=None,
                    help="exit 1 if micro F1 on idner-news-2k test is below this")
    args = ap.parse_args(argv)

    corpora = Path(args.corpora)
    if not corpora.is_absolute():
        corpora = REPO / corpora
    names = args.only or list(TESTSETS)
    if args.min_idner_f1 is not None and "idner-news-2k" not in names:
        names.append("idner-news-2k")
    mode = f"model {args.model}" if args.model else "pipeline beritaie.load()"
    if args.case != "none":
        mode += f" (words re-cased: {args.case})"
    results = {}
    for name in names:
        rel, col, lmap = TESTSETS[name]
        path = corpora / rel
        if not path.exists():
            sys.exit(f"test file not found: {path} (use --corpora)")
        sents = read_conll(path, col, lmap)
        if args.case != "none":
            f = TRANSFORMS[args.case]
            sents = [([f(w) for w in words], tags) for words, tags in sents]
        scores, wps = eval_model(args.model, sents) if args.model else eval_pipeline(sents)
        results[name] = {"sentences": len(sents), "speed_wps": round(wps), "scores": scores}

    if args.json:
        print(json.dumps({"mode": mode, "results": results}, indent=2))
    else:
        print(render(results, mode))
    if args.min_idner_f1 is not None:
        f1 = results["idner-news-2k"]["scores"]["micro"]["f1"]
        if f1 < args.min_idner_f1:
            print(f"FAIL: idner-news-2k micro F1 {f1:.4f} < {args.min_idner_f1}", file=sys.stderr)
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())

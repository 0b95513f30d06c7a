#!/usr/bin/env python
"""Span-level exact-match NER evaluation (PER / ORG / LOC).

Test sets: idner-news-2k test and NERGrit (IndoNLU) test, NERGrit labels mapped
PERSON->PER, ORGANISATION->ORG, PLACE->LOC.

Modes
  --model PATH   evaluate a spaCy pipeline directory alone on the *gold*
                 tokenisation (Doc built from the gold words, then every pipe run).
  --pipeline     evaluate the full ``beritaie.load()`` pipeline: text = gold tokens
                 joined by single spaces, gold token spans mapped to char offsets,
                 compared by exact char span + label, in three views:
                 ents  ``doc.ents``, the pipeline's flat NER layer: the model (which sees the
                       gazetteers through its lexicon features) with gazetteer codes as kb_ids
                       and the persons the title rules find (src/beritaie/pipeline/ner_layer.py).
                       This is the headline score and what --min-idner-f1 gates.
                 flat  the record's mentions (``doc._.entities``, project GUIDE conventions),
                       outermost non-overlapping ones only. The GUIDE differs from the corpora:
                       a country used as a modifier ("pasukan Israel") is a LOC there, a
                       building or street is not, a region inside a body's name is a LOC of
                       its own, so this view scores lower by design.
                 all   every doc._.entities mention (nested regions count as false positives).

--split dev scores the dev splits instead (idner-news-2k dev.txt, NERGrit valid): tune on
these only, report on test.

Output: a table (default) or JSON (``--json``). ``--min-idner-f1 X`` exits 1 when
micro F1 on idner-news-2k test is below X (CI gate; ents view in --pipeline mode).

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
sys.path.insert(0, str(REPO / "scripts"))
from ner_corpora import CORPORA, LABELS, headline_case, iob_to_spans, load_split, split_path  # noqa: E402

VIEWS = ("ents", "flat", "all")


TRANSFORMS = {
    "none": lambda w: w,
    "upper": str.upper,
    "lower": str.lower,
    "title": headline_case,
}


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

    # The model uses spaCy's built-in pipes and beritaie's lexicon features only: do not
    # import the other factory entry points (beritaie's rule components).
    util.registry._entry_point_factories.entry_points = False
    import beritaie.pipeline.lexfeatures  # noqa: F401  (registers beritaie_lexfeatures)
    nlp = _cached(model_path, lambda: spacy.load(model_path))
    score, n_words, secs = Score(), 0, 0.0
    docs = [Doc(nlp.vocab, words=w) for w, _ in sents]
    t0 = time.perf_counter()
    docs = list(nlp.pipe(docs, batch_size=256))  # Docs in: the gold tokenisation is kept
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


def flat_view(spans):
    """Outermost non-overlapping spans: flat NER corpora annotate only the outermost entity.

    ``doc._.entities`` also lists mentions nested in a longer one (a region inside a body's name,
    "Kabupaten Bogor" in "Pemerintah Kabupaten Bogor", which the project GUIDE counts as a LOC at
    document level). The flat view keeps, among overlapping spans, the one that starts first and,
    at the same start, the longest; everything overlapping a kept span is dropped.
    """
    kept, last_end = [], -1
    for s in sorted(spans, key=lambda x: (x[0], -(x[1] - x[0]), x[2])):
        if s[0] >= last_end:
            kept.append(s)
            last_end = s[1]
    return set(kept)


def eval_pipeline(sents, views=VIEWS, errors=None):
    def _load():
        try:
            import beritaie
            load = beritaie.load
        except (ImportError, AttributeError) as exc:
            sys.exit(f"--pipeline mode needs beritaie.load() (src/beritaie), which is not importable: {exc!r}")
        return load()

    nlp = _cached("__pipeline__", _load)
    scores, n_words = {v: Score() for v in views}, 0
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
        mentions = getattr(doc._, "entities", None) or []
        pred = {(int(e["start"]), int(e["end"]), e["label"]) for e in mentions if e.get("label") in LABELS}
        by_view = {"ents": {(e.start_char, e.end_char, e.label_) for e in doc.ents if e.label_ in LABELS},
                   "flat": flat_view(pred), "all": pred}
        for v in views:
            scores[v].add(gold, by_view[v])
        shown = by_view[views[0]]
        if errors is not None and shown != gold:
            errors.append({"text": doc.text,
                           "missed": sorted((doc.text[s:e], lab) for s, e, lab in gold - shown),
                           "spurious": sorted((doc.text[s:e], lab) for s, e, lab in shown - gold)})
    return {v: scores[v].result() for v in views}, n_words / secs if secs else 0.0


# --------------------------------------------------------------------------- output
def render(results: dict, mode: str, split: str = "test") -> str:
    lines = [f"mode: {mode}"]
    for ts, res in results.items():
        views = res.get("views") or {"": res["scores"]}
        for view, sc in views.items():
            label = f" [{view} view]" if view else ""
            lines.append(f"\n{ts} {split}{label}  ({res['speed_wps']:.0f} words/s incl. batching)")
            lines.append(f"{'label':<7}{'P':>8}{'R':>8}{'F1':>8}{'support':>9}")
            for lab, m in sc.items():
                lines.append(f"{lab:<7}{m['p']:>8.4f}{m['r']:>8.4f}{m['f1']:>8.4f}{m['support']:>9}")
    return "\n".join(lines)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    g = ap.add_mutually_exclusive_group(required=True)
    g.add_argument("--model", help="spaCy pipeline directory (evaluated alone on gold tokens)")
    g.add_argument("--pipeline", action="store_true", help="evaluate beritaie.load() via doc._.entities")
    ap.add_argument("--corpora", default="../shared/corpora",
                    help="corpora folder (relative paths are relative to the repo root)")
    ap.add_argument("--only", choices=sorted(CORPORA), action="append", help="restrict to these test sets")
    ap.add_argument("--case", choices=sorted(TRANSFORMS), default="none",
                    help="robustness check: re-case the gold words (upper/lower/title) before tagging")
    ap.add_argument("--split", choices=("test", "dev"), default="test",
                    help="test (reporting) or dev (the splits to inspect when tuning rules)")
    ap.add_argument("--view", choices=VIEWS + ("every",), default="every",
                    help="--pipeline: 'ents' = doc.ents, the NER layer (headline, gated); 'flat' = "
                         "outermost record mentions (doc._.entities); 'all' = every record mention; "
                         "'every' = all three")
    ap.add_argument("--errors", metavar="FILE", help="--pipeline: write the first view's errors per sentence (JSONL)")
    ap.add_argument("--json", action="store_true", help="machine-readable output")
    ap.add_argument("--min-idner-f1", type=float, default=None,
                    help="exit 1 if micro F1 on idner-news-2k test is below this")
    args = ap.parse_args(argv)

    corpora = Path(args.corpora)
    if not corpora.is_absolute():
        corpora = REPO / corpora
    names = args.only or list(CORPORA)
    if args.min_idner_f1 is not None and "idner-news-2k" not in names:
        names.append("idner-news-2k")
    mode = f"model {args.model}" if args.model else "pipeline beritaie.load()"
    if args.case != "none":
        mode += f" (words re-cased: {args.case})"
    results = {}
    for name in names:
        path = split_path(corpora, name, args.split)  # --split dev: the only splits to tune merge rules on
        if not path.exists():
            sys.exit(f"test file not found: {path} (use --corpora)")
        sents = load_split(corpora, name, args.split)
        if args.case != "none":
            f = TRANSFORMS[args.case]
            sents = [([f(w) for w in words], tags) for words, tags in sents]
        if args.model:
            scores, wps = eval_model(args.model, sents)
            results[name] = {"sentences": len(sents), "speed_wps": round(wps), "scores": scores}
        else:
            views = VIEWS if args.view == "every" else (args.view,)
            errs = [] if args.errors else None
            by_view, wps = eval_pipeline(sents, views, errs)
            main_view = views[0]
            results[name] = {"sentences": len(sents), "speed_wps": round(wps), "scores": by_view[main_view],
                             "view": main_view, "views": by_view}
            if errs is not None:
                with open(f"{args.errors}.{name}" if len(names) > 1 else args.errors, "w", encoding="utf8") as fh:
                    for e in errs:
                        fh.write(json.dumps(e, ensure_ascii=False) + "\n")

    if args.json:
        print(json.dumps({"mode": mode, "results": results}, indent=2))
    else:
        print(render(results, mode, args.split))
    if args.min_idner_f1 is not None:
        f1 = results["idner-news-2k"]["scores"]["micro"]["f1"]
        if f1 < args.min_idner_f1:
            print(f"FAIL: idner-news-2k micro F1 {f1:.4f} < {args.min_idner_f1}", file=sys.stderr)
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())

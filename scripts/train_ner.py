#!/usr/bin/env python
"""Train the beritaie statistical NER model (labels PER, ORG, LOC).

Reproducible end to end:

    OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 MKL_NUM_THREADS=1 \
        python scripts/train_ner.py            # defaults = the shipped variant

Steps
1. Read NERGrit (IndoNLU copy; PERSON->PER, ORGANISATION->ORG, PLACE->LOC) and
   idner-news-2k (3 columns ``token POS NER``, CRLF) from ``--corpora``
   (default ``../shared/corpora`` relative to the repo root).
   Only the *train* splits are trained on; the *dev* splits are used for model
   selection. Test splits are read only to drop raw pretraining sentences that
   occur in them (step 3). NERP is never used (it overlaps idner-news-2k test).
2. Optionally add augmented copies of training sentences (upper-case,
   Title Case "headline", lower-case) and oversample idner-news-2k.
3. Pretrain the tok2vec layer (``spacy pretrain``, characters objective, the
   ``[pretraining]`` block of the config) on raw Indonesian news: the sentences of
   kumparan's POS-tagged news corpus in the nlp-id 0.1.23.0 wheel (MIT; fetched
   with ``pip download``, not installed), minus any sentence found in a dev or
   test split. Only with ``--pretrain`` (off by default: the shipped model does
   not use it; see benchmarks/ner/RESULTS.md, variant v13).
4. Write ``.spacy`` DocBins under ``build/ner/`` (git-ignored).
5. Train ``configs/ner.cfg`` with a fixed seed (spaCy's trainer).
6. Copy ``model-best`` to ``models/beritaie-ner/`` (with ``--install``, the
   default) after dropping everything not needed at run time.
"""
from __future__ import annotations

import os

for _v in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_v, "1")

import argparse
import json
import random
import re
import shutil
import subprocess
import sys
import time
import zipfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent

sys.path.insert(0, str(REPO / "scripts"))
from ner_corpora import CORPORA, headline_case, iob_to_spans, load_split  # noqa: E402


# --------------------------------------------------------------------------- augmentation
def augment(sents, rng: random.Random, upper: float, title: float, lower: float):
    """Return augmented *copies* (originals are not included)."""
    out = []
    for words, tags in sents:
        if upper and rng.random() < upper:
            out.append(([w.upper() for w in words], tags))
        if title and rng.random() < title:
            new = [headline_case(w) for w in words]
            if new != words:
                out.append((new, tags))
        if lower and rng.random() < lower:
            out.append(([w.lower() for w in words], tags))
    return out


def mention_swap(sents, rng: random.Random, frac: float):
    """Mention replacement ("mixing"): copies of sentences whose entities are replaced by
    random same-label mentions taken from the whole training pool (both corpora), so the
    model has to rely on context and word shape rather than on memorised names."""
    if not frac:
        return []
    pool: dict = {}
    for words, tags in sents:
        for s, e, lab in iob_to_spans(tags):
            pool.setdefault(lab, []).append(words[s:e])
    out = []
    for words, tags in sents:
        spans = iob_to_spans(tags)
        if not spans or rng.random() >= frac:
            continue
        new_w, new_t, pos = [], [], 0
        for s, e, lab in spans:
            new_w += words[pos:s]
            new_t += tags[pos:s]
            repl = rng.choice(pool[lab])
            new_w += repl
            new_t += [f"B-{lab}"] + [f"I-{lab}"] * (len(repl) - 1)
            pos = e
        new_w += words[pos:]
        new_t += tags[pos:]
        out.append((new_w, new_t))
    return out


def to_docbin(sents, vocab, path: Path):
    from spacy.tokens import Doc, DocBin

    db = DocBin(attrs=["ORTH", "ENT_IOB", "ENT_TYPE"], store_user_data=False)
    for words, tags in sents:
        db.add(Doc(vocab, words=words, spaces=[True] * (len(words) - 1) + [False], ents=tags))
    path.parent.mkdir(parents=True, exist_ok=True)
    db.to_disk(path)


# --------------------------------------------------------------------------- pretraining
PRETRAIN_WHEEL = "nlp-id==0.1.23.0"
PRETRAIN_MEMBER = "nlp_id/data/dataset_postag.txt"  # token<TAB>POS, blank line between sentences


def raw_news_sentences(folder: Path) -> list[list[str]]:
    """The sentences (token lists) of the news corpus inside the nlp-id wheel."""
    folder.mkdir(parents=True, exist_ok=True)
    wheels = sorted(folder.glob("nlp_id-*.whl"))
    if not wheels:
        subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps", "-q", "-d", str(folder),
                        PRETRAIN_WHEEL], check=True)
        wheels = sorted(folder.glob("nlp_id-*.whl"))
    with zipfile.ZipFile(wheels[0]) as wheel:
        lines = wheel.read(PRETRAIN_MEMBER).decode("utf-8").splitlines()
    sents, words = [], []
    for line in lines + [""]:
        if line.strip():
            words.append(line.split("\t")[0])
        elif words:
            sents.append(words)
            words = []
    return sents


def _text_key(words: list[str]) -> str:
    return re.sub(r"[^0-9a-z]+", "", " ".join(words).lower())


def write_raw_text(sents: list[list[str]], held_out: list[list[str]], path: Path) -> int:
    """JSONL of the sentences with 3+ tokens that occur in no held-out (dev/test) sentence."""
    banned = {_text_key(words) for words in held_out}
    kept = [words for words in sents if len(words) >= 3 and _text_key(words) not in banned]
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", encoding="utf-8") as fh:
        for words in kept:
            fh.write(json.dumps({"text": " ".join(words)}, ensure_ascii=False) + "\n")
    return len(kept)


def pretrain_tok2vec(config: Path, raw_text: Path, out: Path, seed: int) -> Path:
    """Run ``spacy pretrain`` with the config's [pretraining] block; returns the last epoch's weights."""
    from spacy.training.pretrain import pretrain
    from spacy.util import load_config

    raw = load_config(config, overrides={"paths.raw_text": str(raw_text), "system.seed": seed}, interpolate=False)
    out.mkdir(parents=True, exist_ok=True)
    raw.to_disk(out / "config.cfg")
    pretrain(raw.interpolate(), out, use_gpu=-1, silent=False)
    return out / f"model{raw['pretraining']['max_epochs'] - 1}.bin"


# --------------------------------------------------------------------------- install
META_DESCRIPTION = (
    "beritaie statistical NER for Indonesian news (PER, ORG, LOC). CNN tok2vec + "
    "transition-based NER, no vectors. Trained on NERGrit (IndoNLU, Apache-2.0; NERGRIT "
    "corpus (C) 2019 NERGRIT developers, PT Gria Inovasi Teknologi) and idner-news-2k "
    "(MIT, Khairunnisa et al. 2020). See models/README.md."
)


def install(best: Path, dest: Path, train_info: dict) -> None:
    import spacy

    nlp = spacy.load(best)
    # The model uses hash embeddings only: no vectors, no lookup tables needed.
    nlp.vocab.reset_vectors(width=0)
    nlp.meta.update(
        {
            "name": "ner",
            "version": "0.1.0",
            "description": META_DESCRIPTION,
            "author": "beritaie",
            "license": "Apache-2.0 (NERGrit-derived) / MIT (idner-news-2k-derived); see models/README.md",
            "sources": [
                {"name": "NERGrit (IndoNLU copy)", "url": "https://github.com/IndoNLP/indonlu",
                 "license": "Apache-2.0",
                 "author": "Wilie et al. 2020; NERGRIT developers (PT Gria Inovasi Teknologi)"},
                {"name": "idner-news-2k", "url": "https://github.com/khairunnisaor/idner-news-2k",
                 "license": "MIT", "author": "Khairunnisa, Imankulova & Komachi 2020"},
            ],
            "beritaie_training": train_info,
        }
    )
    if dest.exists():
        shutil.rmtree(dest)
    nlp.to_disk(dest)
    # Drop the (unused) lexeme cache: hash embeddings recompute features from text.
    lex = dest / "vocab" / "lexemes.bin"
    if lex.exists():
        lex.unlink()


def model_factories_only() -> None:
    """Register only the factories the NER model uses: spaCy's ``tok2vec`` and ``ner`` and
    beritaie's ``beritaie_lexfeatures`` (the lexicon feature the model is trained with).

    ``spacy.Language()`` would otherwise import *every* installed factory entry point,
    including beritaie's rule components, which training does not need.
    """
    from spacy import util

    util.registry._entry_point_factories.entry_points = False
    import beritaie.pipeline.lexfeatures  # noqa: F401  (registers beritaie_lexfeatures)


def dir_size(p: Path) -> int:
    return sum(f.stat().st_size for f in p.rglob("*") if f.is_file())


# --------------------------------------------------------------------------- main
def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpora", default="../shared/corpora",
                    help="corpora folder (relative paths are relative to the repo root)")
    ap.add_argument("--config", default="configs/ner.cfg")
    ap.add_argument("--build", default="build/ner", help="scratch folder for DocBins and runs")
    ap.add_argument("--variant", default="final", help="name of the run folder under BUILD/runs")
    ap.add_argument("--output", default="models/beritaie-ner", help="where --install writes the pipeline")
    ap.add_argument("--no-install", action="store_true", help="train only, do not write --output")
    ap.add_argument("--seed", type=int, default=42)
    ap.add_argument("--aug-upper", type=float, default=0.1, help="fraction of train sentences copied in UPPER CASE")
    ap.add_argument("--aug-title", type=float, default=0.3, help="fraction copied in Title Case (headline style)")
    ap.add_argument("--aug-lower", type=float, default=0.1, help="fraction copied in lower case")
    ap.add_argument("--aug-swap", type=float, default=0.0,
                    help="fraction of train sentences copied with same-label mention replacement")
    ap.add_argument("--idner-repeat", type=int, default=1, help="times idner-news-2k train is included")
    ap.add_argument("--nergrit-repeat", type=int, default=1, help="times NERGrit train is included")
    ap.add_argument("--pretrain", action="store_true",
                    help="pretrain tok2vec on raw news text first (needs network access to PyPI once)")
    ap.add_argument("--set", action="append", default=[], metavar="KEY=VALUE",
                    help="spaCy config override, e.g. components.tok2vec.model.encode.width=128")
    args = ap.parse_args(argv)

    import spacy
    from spacy.cli.train import train as spacy_train

    model_factories_only()

    def rel(p):
        p = Path(p)
        return p if p.is_absolute() else (REPO / p)

    corpora, build, config, output = rel(args.corpora), rel(args.build), rel(args.config), rel(args.output)
    if not (corpora / "idner-news-2k").is_dir() or not (corpora / "nergrit-indonlu").is_dir():
        print(f"corpora not found under {corpora}", file=sys.stderr)
        return 2

    rng = random.Random(args.seed)
    ng_train, id_train = load_split(corpora, "nergrit", "train"), load_split(corpora, "idner-news-2k", "train")
    base = ng_train * args.nergrit_repeat + id_train * args.idner_repeat
    aug = augment(ng_train + id_train, rng, args.aug_upper, args.aug_title, args.aug_lower)
    aug += mention_swap(ng_train + id_train, rng, args.aug_swap)
    train = base + aug
    rng.shuffle(train)
    dev = load_split(corpora, "nergrit", "dev") + load_split(corpora, "idner-news-2k", "dev")

    run_dir = build / "runs" / args.variant
    data_dir = run_dir / "data"
    vocab = spacy.blank("id").vocab
    to_docbin(train, vocab, data_dir / "train.spacy")
    to_docbin(dev, vocab, data_dir / "dev.spacy")
    print(f"train docs: {len(train)} (base {len(base)}, augmented {len(aug)}), dev docs: {len(dev)}", flush=True)

    overrides = {"paths.train": str(data_dir / "train.spacy"), "paths.dev": str(data_dir / "dev.spacy"),
                 "system.seed": args.seed}
    pretrain_info = None
    if args.pretrain:
        held_out = [w for name in CORPORA for split in ("dev", "test") for w, _ in load_split(corpora, name, split)]
        raw_path = run_dir / "pretrain" / "raw.jsonl"
        n_raw = write_raw_text(raw_news_sentences(build / "downloads"), held_out, raw_path)
        print(f"pretraining tok2vec on {n_raw} raw news sentences", flush=True)
        overrides["paths.init_tok2vec"] = str(pretrain_tok2vec(config, raw_path, run_dir / "pretrain", args.seed))
        pretrain_info = {"source": f"{PRETRAIN_WHEEL} {PRETRAIN_MEMBER}", "sentences": n_raw}
    for kv in args.set:
        k, v = kv.split("=", 1)
        try:
            overrides[k] = json.loads(v)
        except json.JSONDecodeError:
            overrides[k] = v

    t0 = time.time()
    spacy_train(config, run_dir / "out", overrides=overrides, use_gpu=-1)
    secs = time.time() - t0
    best = run_dir / "out" / "model-best"
    info = {"variant": args.variant, "seed": args.seed, "aug_upper": args.aug_upper,
            "aug_title": args.aug_title, "aug_lower": args.aug_lower, "aug_swap": args.aug_swap, "idner_repeat": args.idner_repeat,
            "nergrit_repeat": args.nergrit_repeat, "overrides": args.set, "pretrain": pretrain_info,
            "train_docs": len(train), "train_seconds": round(secs)}
    (run_dir / "train_info.json").write_text(json.dumps(info, indent=2))
    print(f"training took {secs/60:.1f} min; best model: {best}", flush=True)
    if not args.no_install:
        install(best, output, info)
        print(f"installed {output} ({dir_size(output)/1e6:.1f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())

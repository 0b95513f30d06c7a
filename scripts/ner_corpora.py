"""The NER corpora of ../shared/corpora as (words, IOB2 tags) sentences; shared by
scripts/train_ner.py and benchmarks/ner_eval.py.

Labels are PER / ORG / LOC; NERGrit's PERSON / ORGANISATION / PLACE are mapped onto them.
"""

from __future__ import annotations

from pathlib import Path

LABELS = ("PER", "ORG", "LOC")
NERGRIT_MAP = {"PERSON": "PER", "ORGANISATION": "ORG", "PLACE": "LOC"}
CORPORA = ("idner-news-2k", "nergrit")
# (corpus, split) -> (file under the corpora folder, tag column, label map)
FILES = {
    ("idner-news-2k", "train"): ("idner-news-2k/train.txt", 2, None),
    ("idner-news-2k", "dev"): ("idner-news-2k/dev.txt", 2, None),
    ("idner-news-2k", "test"): ("idner-news-2k/test.txt", 2, None),
    ("nergrit", "train"): ("nergrit-indonlu/train_preprocess.txt", 1, NERGRIT_MAP),
    ("nergrit", "dev"): ("nergrit-indonlu/valid_preprocess.txt", 1, NERGRIT_MAP),
    ("nergrit", "test"): ("nergrit-indonlu/test_preprocess.txt", 1, NERGRIT_MAP),
}

Sentence = tuple[list[str], list[str]]


def read_conll(path: Path, tag_col: int, label_map: dict[str, str] | None = None) -> list[Sentence]:
    """(words, IOB2 tags) per sentence; strips CR (idner-news-2k has CRLF), maps labels."""
    sents: list[Sentence] = []
    words: list[str] = []
    tags: list[str] = []
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
                if label_map is not None:
                    label = label_map[label]
                if label not in LABELS:
                    raise ValueError(f"{path}: unexpected label {tag!r}")
                tag = f"{prefix}-{label}"
            words.append(word)
            tags.append(tag)
    if words:
        sents.append((words, tags))
    return sents


def split_path(corpora: Path, corpus: str, split: str) -> Path:
    return corpora / FILES[(corpus, split)][0]


def load_split(corpora: Path, corpus: str, split: str) -> list[Sentence]:
    """``corpus`` in CORPORA; ``split`` in train / dev / test."""
    rel, col, label_map = FILES[(corpus, split)]
    return read_conll(corpora / rel, col, label_map)


def headline_case(word: str) -> str:
    """Headline Title Case: capitalise the first letter, keep acronyms (KPU) as they are."""
    return word if word.isupper() or not word[:1].isalpha() else word[:1].upper() + word[1:]


def iob_to_spans(tags: list[str]) -> list[tuple[int, int, str]]:
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

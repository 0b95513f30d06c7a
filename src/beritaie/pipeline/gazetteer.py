"""The ``beritaie_gazetteer`` component: regions, places and institutions by dictionary lookup.

It finds, in ``doc.text``:

- LOC: provinces, kab/kota, kecamatan, desa/kelurahan (Kemendagri codes), kab/kota capitals,
  countries, islands; short forms ("Kobar", "Kalteng") and unit codes ("1014/Pbn");
- ORG: national institutions, regional apparatus, police and military units, and the
  composite names news builds from them: "Pemkab Kobar", "KPU Provinsi Kalimantan Tengah",
  "Kodim 1014/Pbn", "Bawaslu RI", "Satreskrim Polres Depok";
- in-text abbreviation definitions (``beritaie.abbreviations``), whose short forms then act as
  aliases for the rest of the document.

Output: ``doc._.gazetteer_hits`` (plain dicts, character offsets, ``text == doc.text[start:end]``)
and ``doc._.abbreviations``. Each hit has ``start, end, text, label, canonical, kb_id, type,
source`` plus ``entry_id`` and ``evidence`` (why it was accepted: ``alias``, ``marker``, ``cue``,
``context``, ``unit_code``, ``abbreviation``, ``title``); composite ORG hits add ``head``, ``head_id``,
``region``, ``region_kb_id`` and ``level`` (and ``parent_org`` for a unit inside a command,
``place`` for a police/military unit named by a non-region place, ``board`` for a party's board).

Matching runs over a word segmentation of ``doc.text`` of its own (runs of letters/digits and
single punctuation marks; hyphens are ignored so "Toli-Toli" = "Toli Toli" and "se-Kalteng"
contains "Kalteng"), so it does not depend on the tokenizer and never rewrites the text. The
index is built once per process (:func:`get_index`) and shared by every pipeline.

Rules, each with a news example:

- Case: a name matches only if its first word is capitalised or the whole name is upper case
  ("KOTA BEKASI"); acronyms (KPU, NTT) only in upper case. "batu", "air" are not places.
- Common words ("Batu", "Puncak", "Padang", ``common_words.tsv``) need a cue: a marker
  ("Kota Batu"), a title or body before them ("Bupati Malang", "Polres Batang"), a locative
  preposition ("di Batu") or an unambiguous mention of the same place elsewhere in the text.
- Kabupaten vs Kota of the same name (Bogor, Bekasi ...): decided by the marker or title before
  the name ("Kabupaten Bogor", "Wali Kota Bekasi", "Pemkab Bogor", "Bupati Bekasi"), else by a
  marked mention elsewhere in the document, else left open (canonical "Bekasi", kb_id None).
- Kecamatan and villages match only after a marker ("Kecamatan Kumai", "Desa Teluk Pulai",
  "Camat Kumai", "Lurah ...") or when their regency/city (or kecamatan) is named somewhere in the
  same document ("nelayan Teluk Pulai" in an article about Kotawaringin Barat); an unmarked
  single word must not start a sentence or be a common word.
"""

from __future__ import annotations

import re
import sys
from array import array
from bisect import bisect_left
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import srsly
from spacy.language import Language
from spacy.tokens import Doc

from . import ErrorHandling
from .. import names
from ..abbreviations import find_definitions, iter_short_mentions
from ..errors import DataError
from ..extensions import SpanSet, doc_text, register_extensions
from ..lang.abbreviations import HONORIFICS
from ..lang.reporting import VERB_SHAPE
from ..lang.titles import BODY_HEADS, JURISDICTION_OFFICES, expansion_table, without_title_short_form
from ..resources import iter_jsonl, iter_tsv
from .lexfeatures import lexicon

register_extensions()

# Acronym flag on an alias: it matches only in upper case ("KPU", not "Kpu" or "kpu").
ACRONYM = 1
# Common-word flag: the name is also an ordinary word and needs a cue (see module docstring).
COMMON = 2

# Type order when one surface form names several places (Jambi: province and Kota Jambi).
TYPE_RANK = {
    "provinsi": 0, "kabupaten": 1, "kota": 1, "country": 2, "foreign_state": 3, "foreign_city": 3, "island": 3,
    "world_region": 4,
    "capital": 5, "kecamatan": 6, "kelurahan": 7, "desa": 7, "desa_adat": 7,
}
VILLAGE_TYPES = {"1": "kelurahan", "2": "desa", "3": "desa_adat"}
WEAK_TYPES = {"kecamatan", "kelurahan", "desa", "desa_adat"}
# Villages are stored as (code, name) pairs; their index numbers start here.
VILLAGE_BASE = 1_000_000

# Markers written before a region name, as word keys (lower case, "." kept), and the levels
# they select. "Kab. Lamandau", "kecamatan Kumai", "Desa Teluk Pulai", "Prov. Jambi".
MARKERS: dict[tuple[str, ...], str] = {
    ("provinsi",): "provinsi", ("propinsi",): "provinsi", ("prov", "."): "provinsi", ("prov",): "provinsi",
    ("kabupaten",): "kabupaten", ("kab", "."): "kabupaten", ("kab",): "kabupaten",
    ("kabupaten", "administrasi"): "kabupaten",
    ("kota",): "kota", ("kota", "administrasi"): "kota", ("kotamadya",): "kota",
    ("kecamatan",): "kecamatan", ("kec", "."): "kecamatan", ("kec",): "kecamatan",
    ("desa",): "desa", ("ds", "."): "desa", ("kampung",): "desa", ("gampong",): "desa", ("nagari",): "desa",
    ("kelurahan",): "kelurahan", ("kel", "."): "kelurahan",
}
MARKER_MAX = max(len(k) for k in MARKERS)
LEVEL_TYPES = {
    "provinsi": {"provinsi"}, "kabupaten": {"kabupaten"}, "kota": {"kota"}, "kecamatan": {"kecamatan"},
    "desa": {"desa", "desa_adat", "kelurahan"}, "kelurahan": {"kelurahan", "desa", "desa_adat"},
}
# Title or body words right before a name that select its level: "Bupati Bekasi" is the
# regency, "Pemkot Bekasi" the city, "Gubernur Jambi" the province, "Camat Kumai" a district.
LEVEL_CUES: dict[str, str] = {
    "bupati": "kabupaten", "wabup": "kabupaten", "pemkab": "kabupaten",
    "walikota": "kota", "wawali": "kota", "walkot": "kota", "pemkot": "kota", "pemko": "kota", "polresta": "kota",
    "polrestabes": "kota",
    "gubernur": "provinsi", "wagub": "provinsi", "pemprov": "provinsi", "polda": "provinsi",
    "kapolda": "provinsi",
    "camat": "kecamatan", "sekcam": "kecamatan", "polsek": "kecamatan", "kapolsek": "kecamatan",
    "koramil": "kecamatan", "danramil": "kecamatan",
    "lurah": "kelurahan", "kades": "desa",
}
# Words before a common-word name that make it a place without selecting a level.
PLACE_CUES = {
    "di", "ke", "dari", "asal", "wilayah", "daerah", "kawasan", "warga", "se", "sekitar", "menuju",
    "polres", "kapolres", "kodim", "dandim", "korem", "danrem", "dprd", "kpu", "kpud", "bawaslu",
    "sekda", "setda", "kejari", "kajari", "kejati", "kajati", "pn", "bappeda", "bpbd", "rsud",
}
# "Metro" right after these police words names the metropolitan command ("Polda Metro Jaya",
# "Kapolres Metro Jakarta Selatan"), not the city of Metro in Lampung.
METRO_POLICE_WORDS = {
    "polda", "kapolda", "wakapolda", "mapolda", "polres", "kapolres", "wakapolres", "mapolres", "polsek",
    "kapolsek", "wakapolsek", "mapolsek",
}
# "Kota" right after these words is part of a title or body, not a marker: "Wali Kota Bekasi".
TITLE_BEFORE_MARKER = {"wali", "walikota", "pemerintah", "pemerintahan", "wakil", "ibu", "ibukota"}
# Words before a country name that make it a language or adjective: "bahasa Inggris".
LANGUAGE_WORDS = {"bahasa", "berbahasa"}
LANGUAGE_CUES = LANGUAGE_WORDS | {"orang", "gaya"}

# A party's boards, written before the party: "DPP PDI Perjuangan", "DPD Partai Gerindra Jawa Barat".
PARTY_BOARDS = frozenset({"DPP", "DPD", "DPW", "DPC", "PAC", "DPRt"})

# ORG heads (by entry id) that are themselves a region level ("Pemkab Kobar" = the regency).
HEAD_LEVEL = {"org:pemkab": "kabupaten", "org:pemkot": "kota", "org:pemprov": "provinsi"}
# Level words written between a body and its region: "KPU Provinsi Kalimantan Tengah".
LEVEL_WORDS = {"provinsi": "Provinsi", "kabupaten": "Kabupaten", "kota": "Kota", "kecamatan": "Kecamatan",
               "desa": "Desa", "kelurahan": "Kelurahan"}
_VERB = re.compile(VERB_SHAPE)
# Military units written with a number and a seat code: "Kodim 1014/Pbn", "Korem 102/Pjg".
UNIT_CODE_HEADS = {"org:kodim", "org:korem", "org:koramil", "org:kodam", "org:yonif", "org:lanud", "org:lanal",
                   "org:lantamal"}

# Compact titles whose rest names the unit: "Kadis Perikanan" = head of Dinas Perikanan.
TITLE_UNIT_HEADS = {"kadis": "dinas", "kaban": "badan"}
# Honorifics that open the name of the person a body is named after ("RSUD dr. R. Koesma").
_PERSON_NAME_OPENERS = frozenset(h.casefold().rstrip(".") for h in HONORIFICS if " " not in h)
# Police and military commands named by a place that may not be a region:
# "Polres Pelabuhan Tanjung Priok", "Polsek Bandara Juanda".
PLACE_NAMED_UNITS = {"org:polda", "org:polres", "org:polresta", "org:polrestabes", "org:polres_metro",
                     "org:polsek", "org:lanud", "org:lanal", "org:lantamal"}
# Ranks and titles that end such a name ("Polres Bandara AKBP ...").
_RANKS = frozenset(h.casefold().rstrip(".") for h in HONORIFICS) | {"pol", "inf", "kapolres", "kapolsek"}

_WORD = re.compile(r"[^\W_]+|[^\w\s]")
_SENTENCE_END = {".", "!", "?", ":"}
_OPENERS = {"“", '"', "‘", "'", "(", "["}


@dataclass(frozen=True)
class Entry:
    """One gazetteer entry, as shipped in the JSONL files (``id`` is the entry id)."""

    id: str
    label: str
    type: str
    canonical: str
    kb_id: str | None
    parent: str | None
    source: str
    scope: str | None = None
    ambiguous_bare: bool = False
    bare: str | None = None


class Villages:
    """The desa/kelurahan as ``(code, name)`` pairs, packed into one UTF-8 buffer.

    A tuple, a code and a name object per village took 15 MB for the 83,762 villages; packed,
    they take 3 MB, and a pair is unpacked only for a candidate the matcher looks at.
    """

    __slots__ = ("_text", "_ends")

    def __init__(self) -> None:
        self._text = bytearray()
        self._ends = array("q")

    def append(self, code: str, name: str) -> None:
        self._text += f"{code}\t{name}\n".encode()
        self._ends.append(len(self._text))

    def __len__(self) -> int:
        return len(self._ends)

    def __getitem__(self, k: int) -> tuple[str, str]:
        if not 0 <= k < len(self._ends):
            raise IndexError(k)
        start = self._ends[k - 1] if k else 0
        code, name = self._text[start:self._ends[k] - 1].decode().split("\t")
        return code, name

    def __iter__(self) -> Iterator[tuple[str, str]]:
        return (self[k] for k in range(len(self)))


@dataclass
class GazetteerIndex:
    """Phrase tables keyed by word-key tuples; built once per process by :func:`get_index`."""

    entries: list[Entry] = field(default_factory=list)
    by_id: dict[str, int] = field(default_factory=dict)
    strong: dict[tuple[str, ...], list[tuple[int, int]]] = field(default_factory=dict)
    weak: dict[tuple[str, ...], list[tuple[int, int]]] = field(default_factory=dict)
    org: dict[tuple[str, ...], list[tuple[int, int]]] = field(default_factory=dict)
    unit_codes: dict[str, int] = field(default_factory=dict)
    common: frozenset[str] = frozenset()
    max_len: dict[str, int] = field(default_factory=dict)
    kabkota_by_bare: dict[str, list[str]] = field(default_factory=dict)
    villages: Villages = field(default_factory=Villages)
    # Names written in lower case on purpose ("kumparan", "tvOne"): they match exactly as written.
    exact_forms: set[str] = field(default_factory=set)

    def add(self, table: dict[tuple[str, ...], list[tuple[int, int]]], alias: str, entry_index: int,
            flags: int = 0) -> None:
        key = word_keys(alias)
        if not key:
            return
        items = table.get(key)
        if items is None:
            key = tuple(map(sys.intern, key))  # 90,000 names share far fewer words
            table[key] = [(entry_index, flags)]
            if len(key) > self.max_len.get(key[0], 0):
                self.max_len[key[0]] = len(key)
            return
        for pos, (idx, old) in enumerate(items):
            if idx == entry_index:
                # the least restrictive casing wins ("Babel" and "BABEL" -> not an acronym)
                items[pos] = (idx, old & flags)
                return
        items.append((entry_index, flags))

    def entry(self, idx: int) -> Entry:
        """The entry at ``idx``; villages are stored compactly and built on demand."""
        if idx < VILLAGE_BASE:
            return self.entries[idx]
        code, name = self.villages[idx - VILLAGE_BASE]
        return Entry(id=code, label="LOC", type=VILLAGE_TYPES.get(code.rsplit(".", 1)[1][:1], "desa"),
                     canonical=name, kb_id=code, parent=code.rsplit(".", 1)[0], source="cahyadsn/wilayah")

    @property
    def size(self) -> dict[str, int]:
        counts: dict[str, int] = {}
        for entry in self.entries:
            counts[entry.type] = counts.get(entry.type, 0) + 1
        for code, _name in self.villages:
            kind = VILLAGE_TYPES.get(code.rsplit(".", 1)[1][:1], "desa")
            counts[kind] = counts.get(kind, 0) + 1
        return counts


_PLAIN = re.compile(r"^[A-Za-z]+(?: [A-Za-z]+)*$")


class _View:
    """``view[idx]`` -> :meth:`GazetteerIndex.entry` (villages are built on demand)."""

    __slots__ = ("index",)

    def __init__(self, index: GazetteerIndex) -> None:
        self.index = index

    def __getitem__(self, idx: int) -> Entry:
        return self.index.entry(idx)


def word_keys(text: str) -> tuple[str, ...]:
    """The match key of a name: case-folded words and punctuation, hyphens dropped."""
    if _PLAIN.match(text):  # fast path for the 90,000 plain names
        return tuple(text.casefold().split())
    return tuple(m.group().casefold() for m in _WORD.finditer(text) if m.group() != "-")


def _is_marker_alias(alias: str, bare_keys: set[tuple[str, ...]]) -> bool:
    """Whether ``alias`` is "<marker> <bare name>" (the matcher handles markers itself)."""
    key = word_keys(alias)
    for size in range(MARKER_MAX, 0, -1):
        if key[:size] in MARKERS and key[size:] in bare_keys:
            return True
    return False


def _flags(alias: str, common: frozenset[str]) -> int:
    flags = 0
    if alias.isupper():
        flags |= ACRONYM
    if " " not in alias and alias.casefold() in common:
        flags |= COMMON
    return flags


def _entry(obj: dict[str, Any], name: str, line: int) -> Entry:
    try:
        official = obj.get("official") or ""
        bare = None
        if obj.get("ambiguous_bare"):
            bare = re.sub(r"^(Kabupaten|Kota)( Administrasi)? ", "", official)
        # label, type and source take a few values: one string each, not one per entry
        return Entry(id=obj["id"], label=sys.intern(obj["label"]), type=sys.intern(obj["type"]),
                     canonical=obj["canonical"], kb_id=obj.get("kb_id"), parent=obj.get("parent"),
                     source=sys.intern(obj["source"]),
                     scope=obj.get("scope"), ambiguous_bare=bool(obj.get("ambiguous_bare")), bare=bare)
    except KeyError as err:
        raise DataError(f"{name}:{line}: gazetteer entry lacks field {err}. "
                        "Hint: rebuild with scripts/build_gazetteers.py.") from err


@lru_cache(maxsize=2)
def get_index(villages: bool = True) -> GazetteerIndex:
    """The gazetteer index, built once per process (and per ``villages`` setting).

    Args:
        villages: also load kecamatan and desa/kelurahan (``districts.jsonl``).

    Returns:
        The shared :class:`GazetteerIndex`.

    Raises:
        DataError: a shipped file is missing or malformed.
    """
    index = GazetteerIndex()
    index.common = frozenset(row["word"].casefold() for row in iter_tsv("gazetteers", "common_words.tsv"))

    def new_entry(entry: Entry) -> int:
        index.by_id[entry.id] = len(index.entries)
        index.entries.append(entry)
        return len(index.entries) - 1

    for number, obj in enumerate(iter_jsonl("gazetteers", "regions.jsonl"), start=1):
        entry = _entry(obj, "regions.jsonl", number)
        idx = new_entry(entry)
        names = [entry.canonical, *obj.get("aliases", [])]
        bare_keys = {word_keys(a) for a in names}
        for alias in names:
            # "Kabupaten Bogor", "PROV. JAMBI": marker + name; the matcher reads markers itself
            if _is_marker_alias(alias, bare_keys):
                continue
            index.add(index.strong, alias, idx, _flags(alias, index.common))
        if entry.bare:
            index.add(index.strong, entry.bare, idx, _flags(entry.bare, index.common))
            index.kabkota_by_bare.setdefault(entry.bare, []).append(entry.kb_id or entry.id)
        for code in obj.get("unit_codes", ()):
            index.unit_codes[code] = idx
            index.unit_codes[code.upper()] = idx

    for number, obj in enumerate(iter_jsonl("gazetteers", "institutions.jsonl"), start=1):
        entry = _entry(obj, "institutions.jsonl", number)
        idx = new_entry(entry)
        for alias in [entry.canonical, *obj.get("aliases", [])]:
            if alias[:1].islower():
                index.exact_forms.add(alias)
            index.add(index.org, alias, idx, _flags(alias, frozenset()))

    if villages:
        for number, obj in enumerate(iter_jsonl("gazetteers", "districts.jsonl"), start=1):
            entry = _entry(obj, "districts.jsonl", number)
            idx = new_entry(entry)
            index.add(index.weak, entry.canonical, idx, _flags(entry.canonical, index.common))
            for suffix, name in obj.get("villages", ()):
                index.villages.append(f"{entry.id}.{suffix}", name)
                index.add(index.weak, name, VILLAGE_BASE + len(index.villages) - 1,
                          COMMON if name.casefold() in index.common else 0)
    return index


NAME_LISTS = frozenset({"given", "family"})  # lexicon lists of person names


@lru_cache(maxsize=1)
def _national_institution_names() -> dict[tuple[str, ...], str]:
    names: dict[tuple[str, ...], str] = {}
    for obj in iter_jsonl("gazetteers", "institutions.jsonl"):
        if obj.get("scope") != "national":
            continue  # "Kepolisian Daerah", "KPU": one per region, so the name alone is no body
        for alias in [obj["canonical"], *obj.get("aliases", [])]:
            names.setdefault(word_keys(alias), obj["canonical"])
    return names


@lru_cache(maxsize=1)
def ministry_portfolios() -> dict[str, list[tuple[str, ...]]]:
    """The portfolios of the listed ministries as match keys by first word, longest first:
    "komunikasi" -> [("komunikasi", "dan", "digital"), ("komunikasi", "dan", "informatika")]."""
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for key in _national_institution_names():
        if len(key) > 1 and key[0] == "kementerian":
            by_first.setdefault(key[1], []).append(key[1:])
    return {first: sorted(keys, key=len, reverse=True) for first, keys in by_first.items()}


def national_institution(name: str) -> str | None:
    """The canonical name of the listed national institution written ``name`` (any case), if any."""
    return _national_institution_names().get(word_keys(name))


def field_list_end(k: int, key: Callable[[int], str | None], is_field: Callable[[int, bool], bool]) -> int:
    """Index after a list of fields that goes on with a body's or an office's name at word ``k``
    (" dan Ketahanan Pangan", ", Sains, dan Teknologi"), else ``k``.

    ``key(j)``: word ``j`` case-folded (None past the text or the line); ``is_field(j, first)``:
    whether word ``j`` may be a field word (``first`` in its group). The list closes with "dan":
    commas without it open an apposition ("Dinas Kesehatan, Rina Lestari, ...").
    """
    end = j = k
    while key(j) in ("dan", ","):
        i = j + 1
        closing = key(j) == "dan" or key(i) == "dan"
        i += key(j) == "," and key(i) == "dan"
        n = 0
        while n < 3 and is_field(i + n, n == 0):
            n += 1
        if n == 0:
            break
        j = i + n
        if closing:
            end = j
    return end


# ---------------------------------------------------------------------------------------------
# segmentation


@dataclass(frozen=True)
class Word:
    start: int
    end: int
    text: str
    key: str


_SEGMENTED: dict[str, tuple[Word, ...]] = {}


def segment(text: str) -> list[Word]:
    """Words and punctuation of ``text`` with character offsets; ASCII hyphens dropped.

    A capitalised word glued to the enclitic "-nya" is split off it, so "akun Facebooknya"
    contains "Facebook" (Indonesian writes the possessive onto names too). The last few texts'
    segmentations are kept (the gazetteer and the entities component segment the same text).
    """
    cached = _SEGMENTED.get(text)
    if cached is None:
        cached = tuple(_segment(text))
        if len(_SEGMENTED) >= 4:
            _SEGMENTED.pop(next(iter(_SEGMENTED)))
        _SEGMENTED[text] = cached
    return list(cached)


def _segment(text: str) -> list[Word]:
    words = []
    for m in _WORD.finditer(text):
        token = m.group()
        if token == "-":
            continue
        if len(token) >= 7 and token.endswith("nya") and token[0].isupper() and not token.isupper():
            stem_end = m.end() - 3
            words.append(Word(m.start(), stem_end, token[:-3], token[:-3].casefold()))
            words.append(Word(stem_end, m.end(), "nya", "nya"))
            continue
        words.append(Word(m.start(), m.end(), token, token.casefold()))
    return words


def titled_lines(text: str, words: Sequence[Any], *, min_words: int = 4, share: float = 0.75) -> list[bool]:
    """Per word: whether its line is a title-case headline: a short line (``min_words`` to 25 words)
    with at least ``share`` of its words capitalised, not a sentence ending in a period."""
    def titled(line: Sequence[Any]) -> bool:
        alpha = [w for w in line if w.text[:1].isalpha()]
        caps = sum(1 for w in alpha if w.text[:1].isupper())
        return min_words <= len(alpha) <= 25 and caps / len(alpha) >= share and line[-1].text != "."
    return _per_line(text, words, titled)


def shouted_lines(text: str, words: Sequence[Any]) -> list[bool]:
    """Per word: whether it is written in capitals with its line or with 3+ neighbours ("BUPATI
    SLEMAN TINJAU PASAR" glued to the text after it), where upper case tells nothing about being
    an acronym."""
    def shouted(line: Sequence[Any]) -> bool:
        alpha = [w for w in line if w.text[:1].isalpha()]
        return len(alpha) >= 3 and sum(1 for w in alpha if w.text.isupper()) / len(alpha) >= 0.75
    out = _per_line(text, words, shouted)
    run = 0
    for i in range(len(words) + 1):
        if i < len(words) and words[i].text.isalpha() and words[i].text.isupper():
            run += 1
            continue
        if run >= 4:
            out[i - run:i] = [True] * run
        run = 0
    return out


def _per_line(text: str, words: Sequence[Any], test: Any) -> list[bool]:
    out = [False] * len(words)
    start = 0
    for i in range(1, len(words) + 1):
        if i == len(words) or "\n" in text[words[i - 1].end:words[i].start]:
            out[start:i] = [test(words[start:i])] * (i - start)
            start = i
    return out


@dataclass
class _Context:
    """Per-document view used while matching."""

    text: str
    words: list[Word]
    newline_before: list[bool]
    sentence_start: list[bool]
    titled_line: list[bool]

    @classmethod
    def build(cls, text: str) -> _Context:
        words = segment(text)
        newline_before = [i == 0 or "\n" in text[words[i - 1].end:w.start] for i, w in enumerate(words)]
        sentence_start: list[bool] = []
        for i, w in enumerate(words):
            if i == 0 or newline_before[i] or words[i - 1].text in _SENTENCE_END:
                sentence_start.append(True)
            elif words[i - 1].text in _OPENERS and sentence_start[i - 1]:
                sentence_start.append(True)
            else:
                sentence_start.append(False)
        # (a looser headline test than the rules' default: 3 words, 60 % capitalised)
        titled_line = titled_lines(text, words, min_words=3, share=0.6)
        return cls(text, words, newline_before, sentence_start, titled_line)

    def contiguous(self, i: int, j: int) -> bool:
        """Whether words i..j-1 sit on one line."""
        return not any(self.newline_before[k] for k in range(i + 1, j))


# ---------------------------------------------------------------------------------------------
# the matcher


@dataclass
class _Match:
    i: int  # first word
    j: int  # one past the last word
    candidates: list[int]
    evidence: str
    level: str | None = None  # from a marker or cue


def _case_ok(words: Sequence[Word], flags: int) -> bool:
    first = words[0].text
    letters = "".join(c for w in words for c in w.text if c.isalpha())
    if flags & ACRONYM:
        return bool(letters) and letters.isupper()
    return first[:1].isupper() or first[:1].isdigit()


def _lookup(table: dict[tuple[str, ...], list[tuple[int, int]]], max_len: dict[str, int], ctx: _Context,
            i: int) -> list[tuple[int, list[tuple[int, int]]]]:
    """All (length, items) of ``table`` starting at word ``i``, longest first."""
    words = ctx.words
    longest = min(max_len.get(words[i].key, 0), len(words) - i)
    found = []
    for size in range(longest, 0, -1):
        key = tuple(w.key for w in words[i:i + size])
        items = table.get(key)
        if items and ctx.contiguous(i, i + size):
            found.append((size, items))
    return found


class GazetteerMatcher:
    """Finds gazetteer hits in one text (pure Python; the component wraps it)."""

    def __init__(self, index: GazetteerIndex, *, villages: bool = True, abbreviations: bool = True) -> None:
        self.index = index
        self.villages = villages
        self.abbreviations = abbreviations
        # Words that open another body or an office: an agency's fields stop before them
        # ("Dinas Kesehatan dan Tim Gugus Tugas", "Dinas Kesehatan dan Kepala Desa").
        self.new_name_words = frozenset(key[0] for key in index.org) | frozenset(
            title.split()[0].casefold() for title in (*BODY_HEADS, *JURISDICTION_OFFICES, *expansion_table()))

    # ---- main entry
    def find(self, text: str) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
        """(hits, abbreviation definitions) for ``text``, hits sorted by offset."""
        ctx = _Context.build(text)
        definitions = find_definitions(text) if self.abbreviations else []
        org_matches = self._scan_orgs(ctx)
        matches, pending = self._scan_regions(ctx, self._after_orgs(ctx, org_matches))
        loc_hits = self._resolve_regions(ctx, matches + self._scan_unit_codes(ctx))
        if self.villages:
            loc_hits += self._context_villages(ctx, loc_hits, pending)
        org_hits = [self._company_form(ctx, m.i, m.j, self.index.entry(m.candidates[0]), m.evidence)
                    for m in org_matches]
        named = SpanSet((o["start"], o["end"]) for o in org_hits)
        loc_hits = [h for h in loc_hits if not _inside_named_org(h, named, org_hits)]
        org_hits = self._party_boards(ctx, self._composites(ctx, org_hits, loc_hits))
        initials = {h["text"] for h in loc_hits + org_hits if _person_initials(text, h)}
        # initials once written as a person's stay the person's ("berinisial AS ... rumah AS")
        hits = [h for h in loc_hits + org_hits if h["text"] not in initials]
        hits = _without_redefined_acronyms(hits, definitions)
        hits += self._abbreviation_hits(text, definitions, hits)
        hits.sort(key=lambda h: (h["start"], -h["end"], h["label"]))
        return hits, [dict(d) for d in definitions]

    # ---- context helpers
    def _marker_before(self, ctx: _Context, i: int) -> tuple[str, int] | None:
        """(level, first marker word) of a marker right before word ``i``: "Kab. Lamandau"."""
        for size in range(MARKER_MAX, 0, -1):
            start = i - size
            if start < 0 or not ctx.contiguous(start, i + 1):
                continue
            key = tuple(w.key for w in ctx.words[start:i])
            if key in MARKERS:
                return MARKERS[key], start
        return None

    def _cue_before(self, ctx: _Context, i: int) -> tuple[str | None, bool]:
        """(level, place cue) from the word before ``i``, skipping a "." as in "Pemkab. Lamandau"."""
        k = i - 1
        if k >= 1 and ctx.words[k].text == ".":
            k -= 1
        if k < 0 or not ctx.contiguous(k, i + 1):
            return None, False
        key = ctx.words[k].key
        if key in LEVEL_CUES:
            return LEVEL_CUES[key], True
        return None, key in PLACE_CUES

    def _dateline(self, ctx: _Context, i: int, j: int) -> bool:
        """"MALANG, KOMPAS.com -": an upper-case place at a line start followed by a comma."""
        return ctx.newline_before[i] and j < len(ctx.words) and ctx.words[j].text == "," and \
            all(w.text.isupper() for w in ctx.words[i:j])

    # ---- regions
    def _after_orgs(self, ctx: _Context, org_matches: list[_Match]) -> set[int]:
        """Word indices right after a body (past "." , "(XYZ)" and a level word): a place cue there.

        "Polres Batang", "PTUN (Pengadilan ...) Palu": a body followed by a name is a body of that place.
        """
        out = set()
        for m in org_matches:
            k = m.j
            if k < len(ctx.words) and ctx.words[k].text == ".":
                k += 1
            k = self._skip_short_form(ctx, k)
            after = self._level_after(ctx, k) if k < len(ctx.words) else None
            out.add(k + after[1] if after else k)
        return out

    def _scan_regions(self, ctx: _Context, cues: frozenset[int] | set[int] = frozenset()) -> tuple[list[_Match], list[_Match]]:
        """(matches, pending) where pending are unmarked kecamatan/village names."""
        index, words = self.index, ctx.words
        matches: list[_Match] = []
        pending: list[_Match] = []
        i = 0
        while i < len(words):
            if words[i].key == "metro" and i > 0 and words[i - 1].key in METRO_POLICE_WORDS:
                i += 1
                continue
            strong = _lookup(index.strong, index.max_len, ctx, i)
            weak = _lookup(index.weak, index.max_len, ctx, i) if self.villages else []
            if not strong and not weak:
                i += 1
                continue
            marker = self._marker_before(ctx, i)
            cue_level, place_cue = self._cue_before(ctx, i)
            place_cue = place_cue or i in cues
            level = marker[0] if marker else cue_level
            match = self._with_level(ctx, i, strong + weak, level, marker) if level else None
            if match is None and strong:
                match = self._unmarked(ctx, i, strong, cue=bool(marker) or place_cue)
            if match is None:
                if weak and level is None:
                    size, items = weak[0]
                    # a village named like a level word ("Kabupaten", "Kota") is that word before a name
                    if _case_ok(words[i:i + size], 0) and tuple(w.key for w in words[i:i + size]) not in MARKERS:
                        pending.append(_Match(i, i + size, [idx for idx, _ in items], "context"))
                i += 1
                continue
            matches.append(match)
            i = match.j
        return matches, pending

    def _with_level(self, ctx: _Context, i: int, found: list[tuple[int, list[tuple[int, int]]]], level: str,
                    marker: tuple[str, int] | None) -> _Match | None:
        allowed = LEVEL_TYPES[level]
        for size, items in sorted(found, key=lambda x: -x[0]):
            if not _case_ok(ctx.words[i:i + size], 0):
                continue
            fitting = [idx for idx, _ in items if self.index.entry(idx).type in allowed]
            if fitting:
                return _Match(i, i + size, fitting, "marker" if marker else "cue", level)
        return None

    def _unmarked(self, ctx: _Context, i: int, strong: list[tuple[int, list[tuple[int, int]]]], *,
                  cue: bool) -> _Match | None:
        words = ctx.words
        prev = words[i - 1].key if i > 0 else ""
        for size, items in strong:
            span = words[i:i + size]
            if size == 1 and len(span[0].text) < 2:
                continue
            ok = [(idx, f) for idx, f in items if _case_ok(span, f)
                  and not (self.index.entry(idx).type == "country" and prev in LANGUAGE_CUES)]
            if not ok:
                continue
            common = all(f & COMMON for _, f in ok)
            if common and not cue and not self._dateline(ctx, i, i + size):
                evidence = "common_pending"  # accepted only if the place is confirmed elsewhere
            else:
                evidence = "cue" if cue else "alias"
            return _Match(i, i + size, [idx for idx, _ in ok], evidence)
        return None

    def _scan_unit_codes(self, ctx: _Context) -> list[_Match]:
        """Seat codes in unit numbers: "Kodim 1014/Pbn", "Dandim 1014/Pbn" -> Pangkalan Bun."""
        out = []
        words = ctx.words
        for i in range(2, len(words)):
            w = words[i]
            if w.text in self.index.unit_codes and words[i - 1].text == "/" and words[i - 2].text.isdigit() \
                    and words[i - 1].start == words[i - 2].end and w.start == words[i - 1].end:
                out.append(_Match(i, i + 1, [self.index.unit_codes[w.text]], "unit_code"))
        return out

    def _codes(self, hits: Iterable[dict[str, Any]]) -> set[str]:
        """Kemendagri codes a document names: kb_ids, capitals' regencies, both sides of Bogor/Bogor."""
        entries, by_id = _View(self.index), self.index.by_id
        codes: set[str] = set()
        for h in hits:
            if h["label"] != "LOC":
                continue
            if h["kb_id"]:
                codes.add(h["kb_id"])
            elif h.get("entry_id") in by_id and entries[by_id[h["entry_id"]]].parent:
                codes.add(entries[by_id[h["entry_id"]]].parent or "")
            elif h["type"] == "kabupaten_kota":
                codes.update(self.index.kabkota_by_bare.get(h["canonical"], ()))
        return codes

    def _resolve_regions(self, ctx: _Context, matches: list[_Match]) -> list[dict[str, Any]]:
        entries = _View(self.index)
        kept: list[_Match] = []
        for m in sorted(matches, key=lambda m: (m.i, -m.j)):
            if kept and m.i < kept[-1].j:
                continue
            kept.append(m)
        # Places confirmed by a marker, a cue or an unambiguous alias somewhere in the text.
        confirmed = {m.candidates[0] for m in kept if m.evidence != "common_pending" and len(m.candidates) == 1}
        confirmed_names = {entries[c].canonical for c in confirmed}
        codes: set[str] = set()
        for c in confirmed:
            e = entries[c]
            if e.type not in WEAK_TYPES:
                codes.update(x for x in (e.kb_id, e.parent if e.type == "capital" else None) if x)
        hits = []
        for m in kept:
            cands = m.candidates
            evidence = m.evidence
            if evidence == "common_pending":
                cands = [c for c in cands if c in confirmed or entries[c].canonical in confirmed_names]
                if not cands:
                    continue
                evidence = "context"
            if len(cands) > 1 and entries[cands[0]].type in WEAK_TYPES:
                near = [c for c in cands if _ancestor_in(entries[c].kb_id, codes)]
                cands = near or cands
            chosen, ambiguous = self._choose(cands, confirmed)
            hits.append(self._hit(ctx, m.i, m.j, entries[chosen], evidence, ambiguous=ambiguous))
        return hits

    def _choose(self, cands: list[int], confirmed: set[int]) -> tuple[int, bool]:
        """(entry, ambiguous) among the candidates of one surface form."""
        entries = _View(self.index)
        if len(cands) == 1:
            return cands[0], False
        in_doc = [c for c in cands if c in confirmed]
        if len(in_doc) == 1:
            return in_doc[0], False
        ranked = sorted(cands, key=lambda c: (TYPE_RANK.get(entries[c].type, 9), c))
        best = ranked[0]
        rank = TYPE_RANK.get(entries[best].type, 9)
        tied = [c for c in ranked if TYPE_RANK.get(entries[c].type, 9) == rank]
        if len(tied) == 1 or entries[best].type == "provinsi":
            return best, False
        if len({entries[c].canonical for c in tied}) == 1 and entries[best].type == "capital":
            return best, False  # one town name, seat of two regencies: same canonical
        return best, True

    def _hit(self, ctx: _Context, i: int, j: int, entry: Entry, evidence: str, *,
             ambiguous: bool = False) -> dict[str, Any]:
        start, end = ctx.words[i].start, ctx.words[j - 1].end
        canonical, kb_id, etype = entry.canonical, entry.kb_id, entry.type
        if ambiguous:
            # e.g. Kabupaten and Kota Bekasi with nothing to tell them apart: the bare name
            canonical = entry.bare or entry.canonical
            kb_id = None
            etype = "kabupaten_kota" if entry.type in ("kabupaten", "kota") else entry.type
        return {"start": start, "end": end, "text": ctx.text[start:end], "label": entry.label,
                "canonical": canonical, "kb_id": kb_id, "type": etype, "source": "gazetteer",
                "entry_id": None if ambiguous else entry.id, "evidence": evidence}

    def _company_form(self, ctx: _Context, i: int, j: int, entry: Entry, evidence: str) -> dict[str, Any]:
        """The hit of words i..j-1, widened for a company to its whole written form: "PT" before it,
        the rest of its name after a short alias ("PT Telkom" + "Indonesia" for Telkom Indonesia)
        and its legal form after it ("(Persero)", "Tbk")."""
        if entry.type != "company":
            return self._hit(ctx, i, j, entry, evidence)
        words = ctx.words
        if i > 0 and words[i - 1].key == "pt" and ctx.contiguous(i - 1, j):
            i -= 1
        elif i > 1 and words[i - 1].text == "." and words[i - 2].key == "pt" and ctx.contiguous(i - 2, j):
            i -= 2  # "PT. Pertamina"
        written = tuple(w.key for w in words[i:j] if w.key not in ("pt", "."))
        name = word_keys(entry.canonical)
        rest = name[len(written):]
        if rest and name[:len(written)] == written and ctx.contiguous(i, j + len(rest)) \
                and tuple(w.key for w in words[j:j + len(rest)]) == rest:
            j += len(rest)
        if tuple(w.key for w in words[j:j + 3]) == ("(", "persero", ")") and ctx.contiguous(i, j + 3):
            j += 3
        if j < len(words) and words[j].text == "Tbk" and ctx.contiguous(i, j + 1):
            j += 1
        return self._hit(ctx, i, j, entry, evidence)

    def _context_villages(self, ctx: _Context, hits: list[dict[str, Any]], pending: list[_Match]) -> list[dict[str, Any]]:
        """Unmarked kecamatan/villages whose regency, city or district the text names."""
        entries = _View(self.index)
        codes = self._codes(hits)
        if not codes:
            return []
        taken = SpanSet((h["start"], h["end"]) for h in hits)
        out: list[dict[str, Any]] = []
        last_end = -1  # end of the last village taken here (pending matches come in text order)
        for m in pending:
            start, end = ctx.words[m.i].start, ctx.words[m.j - 1].end
            if start < last_end or taken.overlaps(start, end):
                continue
            span = ctx.words[m.i:m.j]
            if len(span) == 1 and (span[0].key in self.index.common or ctx.sentence_start[m.i]
                                   or ctx.titled_line[m.i] or len(span[0].text) < 4):
                continue
            fitting = [c for c in m.candidates if _ancestor_in(entries[c].kb_id, codes)]
            if not fitting:
                continue
            fitting = _outermost(fitting, entries)
            districts = [c for c in fitting if entries[c].type == "kecamatan"]
            if len(districts) == 1:
                fitting = districts  # an unmarked name shared by a kecamatan and a village: the kecamatan
            hit = self._hit(ctx, m.i, m.j, entries[fitting[0]], "context")
            if len({entries[c].kb_id for c in fitting}) > 1:
                hit["kb_id"] = None
            out.append(hit)
            last_end = end
        return out

    # ---- institutions
    def _scan_orgs(self, ctx: _Context) -> list[_Match]:
        index, words = self.index, ctx.words
        matches = []
        i = 0
        while i < len(words):
            match = None
            if i > 0 and words[i - 1].key in TITLE_UNIT_HEADS and words[i].text[:1].isupper() \
                    and ctx.contiguous(i - 1, i + 1):
                match = self._after_title(ctx, i, TITLE_UNIT_HEADS[words[i - 1].key])
                if match:
                    matches.append(match)
                    i = match.j
                    continue
            for size, items in _lookup(index.org, index.max_len, ctx, i):
                span = words[i:i + size]
                surface = ctx.text[span[0].start:span[-1].end]
                ok = [idx for idx, f in items if _case_ok(span, f) or surface in index.exact_forms]
                letters = "".join(c for w in span for c in w.text if c.isalpha())
                if ok and len(letters) <= 2 and i > 0 and words[i - 1].text == ",":
                    ok = []  # "Ahmad, MA": a degree, not Mahkamah Agung
                if ok:
                    match = _Match(i, i + size, ok, "alias")
                    break
            if match:
                matches.append(match)
                i = match.j
            else:
                i += 1
        return matches

    def _after_title(self, ctx: _Context, i: int, head: str) -> _Match | None:
        """"Kadis Perikanan" names Dinas Perikanan: the words after a compact title are the unit."""
        words = ctx.words
        for size in range(min(6, len(words) - i), 0, -1):
            if not ctx.contiguous(i, i + size):
                continue
            items = self.index.org.get((head,) + tuple(w.key for w in words[i:i + size]))
            if items:
                return _Match(i, i + size, [items[0][0]], "title")
        return None

    def _level_after(self, ctx: _Context, k: int) -> tuple[str, int] | None:
        """A capitalised level word at word ``k``: "KPU Provinsi ..." -> ("provinsi", words)."""
        for size in range(MARKER_MAX, 0, -1):
            key = tuple(w.key for w in ctx.words[k:k + size])
            if len(key) == size and key in MARKERS and ctx.words[k].text[:1].isupper() \
                    and ctx.contiguous(k - 1, k + size):
                return MARKERS[key], size
        return None

    def _composites(self, ctx: _Context, orgs: list[dict[str, Any]], locs: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """Extend ORG hits with what follows: a level word, a region, a unit number, a parent body."""
        entries, words, text = _View(self.index), ctx.words, ctx.text
        end_word = {w.end: k for k, w in enumerate(words)}
        loc_at = {h["start"]: h for h in locs}
        out = []
        for hit in orgs:
            entry = entries[self.index.by_id[hit["entry_id"]]]
            k = end_word[hit["end"]] + 1
            if k < len(words) and words[k].text == "." and words[k].start == hit["end"]:
                k += 1  # "Pemkab. Lamandau"
            k_name = k
            if entry.type == "apparatus" and " " in hit["text"].strip():
                k_name = self._field_continuation(ctx, k, loc_at)  # "Dinas Pertanian dan Ketahanan Pangan"
            if k_name == k and names.NAMED_AFTER_PERSON_WORDS.intersection(word_keys(hit["text"])):
                k_name = self._person_name_after(ctx, k, loc_at)  # "RSUD dr. R. Koesma", "RSUD Dr. Moewardi"
            if k_name > k:
                end = words[k_name - 1].end
                surface = text[hit["start"]:end]
                hit = dict(hit, end=end, text=surface, canonical=" ".join(surface.split()))
                k = k_name
            k = self._skip_short_form(ctx, k)  # "Pengadilan Tata Usaha Negara (PTUN) Medan"
            level = None
            after = self._level_after(ctx, k) if k < len(words) and entry.id not in HEAD_LEVEL else None
            if after:
                level, k = after[0], k + after[1]
            region = None
            if k < len(words) and ctx.contiguous(k - 1, k + 1):
                region = loc_at.get(words[k].start)
            composite = None
            if entry.id in UNIT_CODE_HEADS and level is None:
                composite = self._unit_number(ctx, hit, k, loc_at)
            if composite is None and region is not None:
                # a national body takes only "RI" ("Bawaslu RI", "BPK RI") or another country, whose
                # counterpart it then names ("Kementerian Luar Negeri China")
                if entry.scope in ("both", "regional") or region["text"] in ("RI", "Republik Indonesia") \
                        or (region.get("type") == "country" and region["canonical"] != "Indonesia"):
                    composite = self._regional(ctx, hit, region, level)
                    composite = self._representation(ctx, composite, loc_at)
            if composite is None and region is None and level is None and entry.id in PLACE_NAMED_UNITS:
                composite = self._place_named(ctx, hit, k)
            if composite is None and level is not None and entry.scope in ("both", "regional"):
                end = words[k - 1].end
                composite = dict(hit, end=end, text=text[hit["start"]:end],
                                 canonical=f"{hit['canonical']} {LEVEL_WORDS[level]}", level=level,
                                 head=hit["canonical"], head_id=entry.id, region=None, region_kb_id=None)
            out.append(composite or hit)
        # a sub-unit before its command: "Satreskrim Polres Depok", "Bareskrim Polri"
        merged: list[dict[str, Any]] = []
        for hit in sorted(out, key=lambda h: h["start"]):
            prev = merged[-1] if merged else None
            if prev is not None and prev["end"] < hit["start"]:
                gap = text[prev["end"]:hit["start"]]
                prev_entry = entries[self.index.by_id[prev["head_id"] if prev.get("head_id") else prev["entry_id"]]]
                if not gap.strip() and "\n" not in gap and prev_entry.scope == "sub_unit" and "region" not in prev:
                    merged[-1] = dict(prev, end=hit["end"], text=text[prev["start"]:hit["end"]],
                                      canonical=f"{prev_entry.canonical} {hit['canonical']}",
                                      head=prev_entry.canonical, head_id=prev_entry.id, parent_org=hit["canonical"],
                                      region=hit.get("region"), region_kb_id=hit.get("region_kb_id"),
                                      level=hit.get("level"))
                    merged.append(hit)  # the command itself is a mention too ("Mabes Polri")
                    continue
            merged.append(hit)
        return merged

    def _party_boards(self, ctx: _Context, orgs: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """A party's board right before the party: "DPD Partai Gerindra Jawa Barat", "DPP PDI
        Perjuangan" name the board (not the Dewan Perwakilan Daerah); the party stays a mention too."""
        entries, words, text = _View(self.index), ctx.words, ctx.text
        start_word = {w.start: k for k, w in enumerate(words)}
        boards: dict[int, dict[str, Any]] = {}
        for hit in orgs:
            k = start_word.get(hit["start"], 0) - 1
            entry = entries[self.index.by_id[hit.get("head_id") or hit["entry_id"]]]
            if entry.type == "party" and k >= 0 and words[k].text in PARTY_BOARDS and ctx.contiguous(k, k + 2):
                surface = text[words[k].start:hit["end"]]
                boards[words[k].start] = dict(hit, start=words[k].start, text=surface, canonical=" ".join(surface.split()),
                                              head=entry.canonical, head_id=entry.id, parent_org=entry.canonical,
                                              board=words[k].text)
        if not boards:
            return orgs
        return sorted([h for h in orgs if h["start"] not in boards] + list(boards.values()), key=lambda h: h["start"])

    def _skip_short_form(self, ctx: _Context, k: int) -> int:
        """Index after "(XYZ)" at word ``k`` when it holds a short form, else ``k``."""
        words = ctx.words
        if k + 2 < len(words) and words[k].text == "(" and ctx.contiguous(k - 1, k + 3):
            for close in range(k + 2, min(k + 5, len(words))):
                if words[close].text == ")":
                    inner = ctx.text[words[k].end:words[close].start].strip()
                    parts = inner.split()
                    if 1 <= len(parts) <= 2 and all(any(c.isupper() for c in p) for p in parts):
                        return close + 1  # "(PTUN)", "(Dinpertan KP)"
                    break
        return k

    def _representation(self, ctx: _Context, hit: dict[str, Any], loc_at: dict[int, dict[str, Any]]) -> dict[str, Any]:
        """"BPK RI Perwakilan Provinsi Jambi": a national body's office in a region."""
        words = ctx.words
        k = bisect_left(words, hit["end"], key=lambda w: w.start)  # first word at or after the hit
        if k >= len(words) or words[k].key != "perwakilan" or not ctx.contiguous(k - 1, k + 1):
            return hit
        k += 1
        after = self._level_after(ctx, k) if k < len(words) else None
        if after:
            k += after[1]
        region = loc_at.get(words[k].start) if k < len(words) and ctx.contiguous(k - 1, k + 1) else None
        if region is None:
            return hit
        end = region["end"]
        return dict(hit, end=end, text=ctx.text[hit["start"]:end],
                    canonical=f"{hit['canonical']} Perwakilan {region['canonical']}", region=region["canonical"],
                    region_kb_id=region["kb_id"], level=after[0] if after else None)

    def _place_named(self, ctx: _Context, hit: dict[str, Any], k: int) -> dict[str, Any] | None:
        """"Polres Pelabuhan Tanjung Priok": up to four capitalised words after a police/military unit."""
        words = ctx.words
        end_k = k
        while end_k < len(words) and end_k - k < 4 and ctx.contiguous(end_k - 1, end_k + 1) \
                and words[end_k].text[:1].isupper() and words[end_k].text.isalpha() \
                and words[end_k].key not in _RANKS and not words[end_k].text.isupper() \
                and ctx.text[words[end_k - 1].end:words[end_k].start] in (" ", "-"):
            end_k += 1
        if end_k == k:
            return None
        end = words[end_k - 1].end
        surface = ctx.text[hit["start"]:end]
        return dict(hit, end=end, text=surface, canonical=without_title_short_form(surface), head=hit["canonical"],
                    head_id=hit["entry_id"], region=None, region_kb_id=None, level=None,
                    place=ctx.text[words[k].start:end])

    def _field_continuation(self, ctx: _Context, k: int, loc_at: dict[int, dict[str, Any]]) -> int:
        """Index after more fields of an agency at word ``k`` (", Pangan dan Perikanan"), else ``k``;
        a listed person name is never a field (:func:`field_list_end`)."""
        words = ctx.words

        def key(j: int) -> str | None:
            return words[j].key if j < len(words) and not ctx.newline_before[j] else None

        end = field_list_end(k, key, lambda j, first: self._field_word(ctx, j, loc_at, first=first))
        if end > k:
            return end
        # Fields that could open another body ("Koperasi") or are short forms ("UKM") belong to the
        # name only when its own short form follows: "Dinas Tenaga Kerja, Koperasi dan UKM (Dinnakerkop UKM)".
        end = field_list_end(k, key, lambda j, first: self._field_word(ctx, j, loc_at, first=first, loose=True))
        return end if end > k and end < len(words) and words[end].text == "(" else k

    def _person_name_after(self, ctx: _Context, k: int, loc_at: dict[int, dict[str, Any]]) -> int:
        """Index after an honorific and a name at word ``k`` ("dr. R. Koesma"), else ``k``."""
        words = ctx.words
        j = k
        if j >= len(words) or words[j].key not in _PERSON_NAME_OPENERS:
            return k
        while j < len(words) and ctx.contiguous(j - 1, j + 1) and (
                words[j].key in _PERSON_NAME_OPENERS or words[j].text == "."
                or (len(words[j].text) == 1 and words[j].text.isupper())):
            j += 1  # honorifics and initials
        start = j
        while j < len(words) and j - start < 3 and ctx.contiguous(j - 1, j + 1) and words[j].text[:1].isupper() \
                and words[j].text.isalpha() and words[j].start not in loc_at:
            j += 1
        return j if j > start else k

    def _field_word(self, ctx: _Context, j: int, loc_at: dict[int, dict[str, Any]], *, first: bool,
                    loose: bool = False) -> bool:
        words = ctx.words
        if j >= len(words) or not ctx.contiguous(j - 1, j + 1):
            return False
        w = words[j]
        return w.text[:1].isupper() and w.text.isalpha() and (loose or not w.text.isupper()) \
            and w.start not in loc_at and self._level_after(ctx, j) is None \
            and (loose or not (first and w.key in self.new_name_words)) \
            and not lexicon().categories.get(w.key, frozenset()) & NAME_LISTS

    def _regional(self, ctx: _Context, hit: dict[str, Any], region: dict[str, Any],
                  level: str | None) -> dict[str, Any]:
        """"Pemkab Kobar" -> Pemerintah Kabupaten Kotawaringin Barat; "KPU Provinsi Kalteng" -> ..."""
        head = hit["canonical"]
        name = region["canonical"]
        word = LEVEL_WORDS.get(level) if level else None
        for lw in ("Kabupaten", "Kota", "Provinsi"):
            # "Pemerintah Kota" + "Kota Bekasi" -> "Pemerintah Kota Bekasi"
            if name.startswith(lw + " ") and (head.endswith(" " + lw) or word == lw):
                name = name[len(lw) + 1:]
        canonical = " ".join(p for p in (head, word, name) if p)
        end = region["end"]
        return dict(hit, end=end, text=ctx.text[hit["start"]:end], canonical=canonical,
                    level=level or HEAD_LEVEL.get(hit["entry_id"]), head=head, head_id=hit["entry_id"],
                    region=region["canonical"], region_kb_id=region["kb_id"])

    def _unit_number(self, ctx: _Context, hit: dict[str, Any], k: int,
                     loc_at: dict[int, dict[str, Any]]) -> dict[str, Any] | None:
        """"Kodim 1014/Pbn", "Koramil 1014-01/Kumai", "Korem 102/Panju Panjang" (first seat word)."""
        words, text = ctx.words, ctx.text
        n = len(words)
        if k >= n or not (words[k].text.isdigit() or _ROMAN.match(words[k].text)):
            return None
        j = k + 1
        while j < n and words[j].text.isdigit() and text[words[j - 1].end:words[j].start] in ("-", "–"):
            j += 1
        if j + 1 >= n or words[j].text != "/" or words[j].start != words[j - 1].end:
            return None
        name = j + 1
        if text[words[j].end:words[name].start].strip() or not words[name].text[:1].isupper():
            return None
        region = loc_at.get(words[name].start)
        end = region["end"] if region else words[name].end
        if hit["entry_id"] == "org:yonif":
            end = self._battalion_name_end(ctx, end)
        surface = text[hit["start"]:end]
        return dict(hit, end=end, text=surface, canonical=without_title_short_form(surface), head=hit["canonical"],
                    head_id=hit["entry_id"], region=region["canonical"] if region else None,
                    region_kb_id=region["kb_id"] if region else None, level=None)

    @staticmethod
    def _battalion_name_end(ctx: _Context, end: int) -> int:
        """A battalion's name runs over up to three more capitalised words ("Yonif 301/Prabu Kian Santang",
        "Yonif 132/Bima Sakti") when a rank, punctuation or a lower-case word follows them, so that a
        commander's name written right after it ("Yonif 301/Prabu Dede Sutisna mengatakan") is not taken."""
        words = ctx.words
        k = bisect_left(words, end, key=lambda w: w.start)
        m = k
        while m < min(len(words), k + 3) and words[m].text[:1].isupper() and words[m].text.isalpha() \
                and words[m].text.casefold() not in _PERSON_NAME_OPENERS and ctx.contiguous(m - 1, m + 1):
            m += 1
        if m == k or m >= len(words):
            return end
        after = words[m].text
        closes = not after[:1].isalnum() or after.casefold().rstrip(".") in _PERSON_NAME_OPENERS or (
            after.islower() and not _VERB.fullmatch(after))  # (not a verb: "... Dede Sutisna mengatakan")
        return words[m - 1].end if closes else end

    # ---- abbreviations
    def _abbreviation_hits(self, text: str, definitions: list[Any], hits: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """Later uses of a short form defined in the text get the long form's entry."""
        out = []
        taken = [(h["start"], h["end"]) for h in hits]
        own = [(d["short_start"], d["short_end"], d) for d in definitions]  # "(Papeg)" itself
        for start, end, definition in own + list(iter_short_mentions(text, definitions)):
            if any(s <= start and end <= e for s, e in taken):
                continue
            long = text[definition["long_start"]:definition["long_end"]]
            # the hit whose text is the long form ("Kesatuan Bangsa dan Politik (Kesbangpol)")
            target = next((h for h in hits if h["start"] == definition["long_start"]
                           and h["end"] == definition["long_end"]), None)
            if target is None:
                continue
            out.append(dict(target, start=start, end=end, text=text[start:end], evidence="abbreviation"))
            taken.append((start, end))
        return out


# Words naming a body's scope, not what it is: "pekerja migran Indonesia (PMI)" shares only
# "Indonesia" with Palang Merah Indonesia.
_SCOPE_WORDS = frozenset({"indonesia", "nasional", "republik", "daerah", "seluruh", "pusat"})


def _content_words(name: str) -> set[str]:
    return {w for w in re.findall(r"\w+", name.casefold()) if len(w) > 3 and w not in _SCOPE_WORDS}


def _without_redefined_acronyms(hits: list[dict[str, Any]], definitions: list[Any]) -> list[dict[str, Any]]:
    """Hits of a listed short form that the text defines as something else, dropped: in
    "Pajak Kendaraan Bermotor (PKB)" PKB is no party, nor PBB in "Pajak Bumi dan Bangunan (PBB)".
    Something else: the long form shares no word with the listed name. International bodies are
    kept, as the text may translate their names ("World Health Organization (WHO)")."""
    longs: dict[str, set[str]] = {}
    for d in definitions:
        longs.setdefault(d["short"], set()).update(_content_words(d["long"]))
    return [h for h in hits if not (
        h["text"] in longs and h["label"] == "ORG" and h.get("type") != "international"
        and longs[h["text"]] and not longs[h["text"]] & _content_words(h["canonical"] or ""))]


_ROMAN = re.compile(r"^[IVX]+$")


_INITIALS_CUE = re.compile(r"(?<!\w)(?i:" + "|".join(sorted(names.INITIALS_CUES)) + r")\s+$")
_AGE_AFTER = re.compile(r"\s*\(\s*\d{1,2}\s*(?:tahun|th\.?)?\s*\)")


def _person_initials(text: str, hit: dict[str, Any]) -> bool:
    """A short all-caps hit that is a person's initials: "berinisial AS", "AS (27) dan RD (31)"."""
    surface = hit["text"]
    if not (surface.isalpha() and surface.isupper() and len(surface) <= 4):
        return False
    return bool(_INITIALS_CUE.search(text, max(0, hit["start"] - 15), hit["start"])
                or _AGE_AFTER.match(text, hit["end"]))


def _ancestor_in(code: str | None, codes: set[str]) -> bool:
    """Whether a kecamatan/village code lies in one of ``codes`` (kab/kota or kecamatan codes)."""
    if not code:
        return False
    parts = code.split(".")
    return any(".".join(parts[:n]) in codes for n in (2, 3))


def _outermost(cands: list[int], entries: _View) -> list[int]:
    """Drop candidates inside another candidate of the same name.

    Many kecamatan share their name with a village in them (Kecamatan Cileungsi, Desa Cileungsi):
    an unmarked mention names the kecamatan.
    """
    codes = {entries[c].kb_id for c in cands}
    return [c for c in cands
            if not any(other and other != entries[c].kb_id and (entries[c].kb_id or "").startswith(other + ".")
                       for other in codes)]


def _inside_named_org(hit: dict[str, Any], named: SpanSet, orgs: list[dict[str, Any]]) -> bool:
    """A word inside a named body that is a place only by a cue ("Metro" in "Polda Metro Jaya").

    Names found by their own alias stay (GUIDE.md counts "Indonesia" in "Indonesia Corruption Watch").
    ``named`` holds the spans of ``orgs`` (the quick test; a body with exactly the hit's span does not count).
    """
    if hit.get("evidence") in ("alias", "marker") or not named.contains(hit["start"], hit["end"]):
        return False
    return any(o["start"] <= hit["start"] and hit["end"] <= o["end"] and (o["start"], o["end"]) != (hit["start"], hit["end"])
               for o in orgs)


# ---------------------------------------------------------------------------------------------
# spaCy component


def _without_surnames(hits: list[dict[str, Any]], doc: Doc) -> list[dict[str, Any]]:
    """Hits less the villages found only by context inside a person the model tags: a surname that a
    village shares ("Rosmawati Hutagalung", "Bupati Toba Effendi Napitupulu")."""
    persons = [(e.start_char, e.end_char) for e in doc.ents if e.label_ in ("PER", "PERSON")]
    if not persons:
        return hits
    return [h for h in hits if not (h.get("evidence") == "context" and h["label"] == "LOC" and any(
        s < h["start"] and h["end"] <= e for s, e in persons))]


class GazetteerComponent(ErrorHandling):
    """spaCy component writing ``doc._.gazetteer_hits`` and ``doc._.abbreviations``.

    The index is shared process-wide (:func:`get_index`), so adding the component to several
    pipelines builds it once; it is loaded on the first document or by :meth:`initialize`.
    """

    def __init__(self, nlp: Language, name: str = "beritaie_gazetteer", *, villages: bool = True,
                 abbreviations: bool = True) -> None:
        """Create the component.

        Args:
            nlp: the pipeline.
            name: the component name.
            villages: also match kecamatan and desa/kelurahan (with a marker or a named parent region).
            abbreviations: detect in-text abbreviation definitions and use their short forms as aliases.
        """
        self.name = name
        self.villages = villages
        self.abbreviations = abbreviations
        self._matcher: GazetteerMatcher | None = None

    @property
    def matcher(self) -> GazetteerMatcher:
        if self._matcher is None:
            self._matcher = GazetteerMatcher(get_index(self.villages), villages=self.villages,
                                             abbreviations=self.abbreviations)
        return self._matcher

    def initialize(self, get_examples: Any = None, *, nlp: Language | None = None) -> None:
        """Build (or fetch the cached) gazetteer index now rather than on the first document."""
        _ = self.matcher

    def __call__(self, doc: Doc) -> Doc:
        error_handler = self.get_error_handler()
        try:
            hits, definitions = self.matcher.find(doc_text(doc))
            doc._.gazetteer_hits = _without_surnames(hits, doc)
            doc._.abbreviations = definitions
            return doc
        except Exception as err:  # noqa: BLE001 - spaCy's error-handler protocol
            error_handler(self.name, self, [doc], err)
            return doc

    # The data ships in the package (beritaie.gazetteers), so serialisation stores the settings
    # and the index size it was built with; from_disk checks nothing else.
    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        srsly.write_json(path / "cfg.json", {"villages": self.villages, "abbreviations": self.abbreviations})

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> GazetteerComponent:
        path = Path(path)
        cfg = srsly.read_json(path / "cfg.json") if (path / "cfg.json").is_file() else {}
        self.villages = bool(cfg.get("villages", self.villages))
        self.abbreviations = bool(cfg.get("abbreviations", self.abbreviations))
        self._matcher = None
        return self

    def to_bytes(self, *, exclude: Iterable[str] = ()) -> bytes:
        return srsly.json_dumps({"villages": self.villages, "abbreviations": self.abbreviations}).encode("utf-8")

    def from_bytes(self, data: bytes, *, exclude: Iterable[str] = ()) -> GazetteerComponent:
        cfg = srsly.json_loads(data.decode("utf-8"))
        self.villages = bool(cfg.get("villages", self.villages))
        self.abbreviations = bool(cfg.get("abbreviations", self.abbreviations))
        self._matcher = None
        return self


@Language.factory(
    "beritaie_gazetteer",
    assigns=["doc._.gazetteer_hits", "doc._.abbreviations"],
    default_config={"villages": True, "abbreviations": True},
)
def make_gazetteer(nlp: Language, name: str, villages: bool, abbreviations: bool) -> GazetteerComponent:
    """spaCy factory of :class:`GazetteerComponent` (settings mirror its keyword arguments)."""
    return GazetteerComponent(nlp, name, villages=villages, abbreviations=abbreviations)

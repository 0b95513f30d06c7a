"""Person-name normalisation and similarity (pure logic, no spaCy).

Indonesian news wraps names in honorifics, ranks and degrees
("Bupati Sleman Ir. H. Rudi Hartono, MM", "Kombes Pol Agus Pratama") and
repeats them in short or misspelt forms ("Sulistyo" and "Sulisyo Wibowo" for
"Sulistyo Wibowo"). This module

- finds the bare name inside a surface form (:func:`core_span`, :func:`strip_name`),
- folds names for comparison (:func:`fold`, used by the evaluator too),
- decides whether two forms can name the same person (:func:`same_person`), and
- picks a cluster's canonical form (:func:`canonical_form`).

Honorific and degree lists come from :mod:`beritaie.lang.abbreviations`.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from functools import lru_cache

from .lang.abbreviations import (ADAT_TITLES, BRACKETED_CORPS, DEGREES, HONORIFICS, MILITARY_CORPS, MILITARY_RANKS,
                                 NAME_ABBREVIATIONS)

# Lower-case words that belong inside or at the start of a person's name ("bin Laden", "van Gogh").
NAME_PARTICLES = frozenset({"bin", "binti", "van", "von", "de", "der", "den", "du", "da", "dos", "la", "le", "al", "el",
                            "br", "boru"})  # (the Batak "br" of a woman's clan: "Rosmawati br Sitompul")
# Words (case-folded) before an honorific that make it part of a place or body named after a person,
# not a person mentioned: "RSUD Dr. Soetomo", "Universitas Dr. Soetomo", "Jalan Dr. Wahidin".
NAMED_AFTER_PERSON_WORDS = frozenset("""
rs rsu rsud rsup rsia rsj sakit universitas institut akademi politeknik yayasan jalan jl jln bandara stadion
gelora gedung masjid museum lapangan taman sirkuit bendungan monumen paroki
""".split())
# A Minangkabau adat title (gelar datuk) written after a person's name: "Yulizar Dt. Rajo Mudo".
ADAT_TITLE_WORDS = frozenset(a.casefold().rstrip(".") for a in ADAT_TITLES)
_ADAT_TITLE = re.compile(r"\s(?:" + "|".join(re.escape(a.rstrip(".")) for a in ADAT_TITLES) + r")\.?\s+[A-Z]")

# First words of competitions, never of a person's name: "Piala Thomas", "Liga Champions".
COMPETITION_WORDS = frozenset("piala liga kejuaraan turnamen festival".split())
# Legal forms before a company's name ("PT Pelabuhan Samudra") and after it ("... Tbk", "Co. Ltd"),
# case-folded, without their dot: the words between are the company's, never a person's.
COMPANY_MARKERS = frozenset({"pt", "cv", "ud"})
COMPANY_SUFFIXES = frozenset({"tbk", "co", "ltd", "inc", "corp", "llc", "gmbh", "pte", "bhd", "plc", "limited",
                              "corporation"})
# The last word of a company's name that says its business, never a person's word: "Nusa Raya Sekuritas",
# "Mitra Investama", "Sinar Mas Group" (English and trade words no Indonesian word list holds).
COMPANY_TYPE_WORDS = frozenset("""
sekuritas securities investama kapital capital finance finansial multifinance group grup holding holdings
ventura ventures logistik logistics properti property realty energi energy mining resources persada
""".split())

# Words before a person's initials in crime news ("berinisial RH"; "insial" is a frequent typo).
INITIALS_CUES = frozenset({"berinisial", "inisial", "inisialnya", "insial"})

# Religious and national holidays, written like names ("menjelang Ramadhan dan Idul Fitri").
HOLIDAY_WORDS = frozenset("""
ramadhan ramadan idulfitri iduladha idul fitri adha lebaran natal imlek nyepi waisak paskah maulid isra miraj
""".split())


# Capitalised words that are not names although a model may tag them: diseases and pandemics, the
# Islamic calendar ("1446 Hijriah") and the alert levels of volcanoes and floods ("status Siaga").
NOT_NAME_WORDS = frozenset({"covid", "covid-19", "corona", "virus", "pandemi", "hijriah", "hijriyah", "masehi",
                            "siaga", "waspada"})


def is_holiday(name: str) -> bool:
    """Whether ``name`` is only a holiday's words ("Idul Fitri", "Lebaran"), not a person's name."""
    words = [w.strip(".,'’-").casefold() for w in name.split()]
    return bool(words) and all(w in HOLIDAY_WORDS for w in words)


# Words (dots dropped, case-folded) that may lead or trail a name without being part of it.
_HONORIFIC_WORDS = frozenset(w.casefold().rstrip(".") for w in HONORIFICS if w.rstrip("."))
_DEGREE_WORDS = frozenset(w.casefold().rstrip(".") for w in DEGREES if w.rstrip("."))
_STRIP_WORDS = _HONORIFIC_WORDS | _DEGREE_WORDS

# Spaced variants news writes for dotted honorifics ("K. H. Ma'ruf Amin").
_EXTRA_HONORIFICS = ("K. H.", "Prof. Dr.", "Hj ", "H ")

# Multi-word or dotted forms, longest first, so "Kombes Pol" and "K.H." go as one unit.
_HONORIFIC_FORMS = tuple(sorted({h.casefold() for h in HONORIFICS + _EXTRA_HONORIFICS}, key=len, reverse=True))
# The same as word sequences, for :func:`fold`: "Kombes Pol" -> ("kombes", "pol"), "K.H." -> ("k", "h").
_HONORIFIC_PHRASES = tuple(sorted(
    {tuple(re.sub(r"[^\w\s]", " ", w.casefold()).split()) for w in HONORIFICS + _EXTRA_HONORIFICS},
    key=len, reverse=True,
))
# After a military rank: its corps, service and brackets ("Kolonel Laut (P) Arief", "Brigjen TNI (Purn.) Budi").
_RANK_FORMS = frozenset(r.casefold() for r in MILITARY_RANKS)
_RANK_PHRASES = frozenset(tuple(r.casefold().split()) for r in MILITARY_RANKS)
_CORPS_WORDS = frozenset(c.casefold() for c in MILITARY_CORPS)
_BRACKETED_WORDS = frozenset(c.casefold().rstrip(".") for c in BRACKETED_CORPS)
_CORPS_AFTER_RANK = re.compile(
    r"(?:(?:" + "|".join(MILITARY_CORPS) + r")\s+)?(?:\(\s*(?:" + "|".join(
        re.escape(c.rstrip(".")) for c in sorted(BRACKETED_CORPS, key=len, reverse=True)) + r")\.?\s*\)\s*)?")
_DEGREES_AS_WRITTEN = frozenset(d.rstrip(".") for d in DEGREES)  # "MA", not the name "Ma"
_DEGREE_FORMS = tuple(sorted({d.casefold() for d in DEGREES}, key=len, reverse=True))
_DEGREE_FORM_SET = frozenset(_DEGREE_FORMS)

# A degree-shaped token after the comma that ends a name: "S.E.", "M.Acc.", "CSFA", "S.Kom"
# (Indonesian degrees are short capitalised chunks, dotted or not). Used only after a comma,
# where a plain name cannot follow.
_DEGREE_SHAPE = re.compile(r"(?:[A-Z][A-Za-z]{0,4}\.){1,4}(?:[A-Za-z]{1,5}\.?)?|[A-Z]{2,5}")
_NAME_ABBREVIATION_FORMS = frozenset(a.casefold() for a in NAME_ABBREVIATIONS)

_WORD = re.compile(r"[^\W\d_]+(?:['’`][^\W\d_]+)*\.?|\d+", re.UNICODE)


def _fold_word(word: str) -> str:
    return word.casefold().rstrip(".")


# Dotted degree groups ('S.H.', 'M.Si.'), longest first, as one compiled alternation.
_DOTTED_DEGREES = re.compile(
    r"(?<!\w)(?:" + "|".join(re.escape(d) for d in _DEGREE_FORMS if "." in d) + r")(?!\w)", re.IGNORECASE
)


def _strip_degree_groups(text: str) -> str:
    """Replace dotted degree groups ('S.H.', 'M.Si.') by spaces before splitting into words."""
    return _DOTTED_DEGREES.sub(" ", text)


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Fold a name (or any short label) for comparison.

    Case-folds (after NFKC), turns punctuation into spaces, squeezes whitespace,
    and drops honorifics and ranks at the start and degrees at the end, never
    the last remaining word.

    Args:
        text: a surface form, e.g. ``"Ir. H. Rudi Hartono, MM"``.

    Returns:
        The folded form, e.g. ``"rudi hartono"``.
    """
    text = unicodedata.normalize("NFKC", text)
    stripped = _strip_degree_groups(text)
    if re.search(r"\w", stripped):
        text = stripped
    text = re.sub(r"[^\w\s]", " ", text.casefold())
    words = text.split()
    stripping = True
    while stripping:
        stripping = False
        for phrase in _HONORIFIC_PHRASES:
            if len(words) > len(phrase) and tuple(words[: len(phrase)]) == phrase:
                del words[: len(phrase)]
                if phrase in _RANK_PHRASES:
                    _strip_corps(words)
                stripping = True
                break
    while len(words) > 1 and words[0] in _HONORIFIC_WORDS:
        words.pop(0)
    while len(words) > 1 and words[-1] in _DEGREE_WORDS:
        words.pop()
    return " ".join(words)


def _strip_corps(words: list[str]) -> None:
    """Drop the corps and service words after a rank from folded ``words``, the name's last word kept."""
    if len(words) > 1 and words[0] in _CORPS_WORDS:
        del words[0]
    if len(words) > 1 and words[0] in _BRACKETED_WORDS:
        del words[0]  # (the brackets are gone after folding: "laut p arief")


def name_tokens(name: str) -> list[str]:
    """The folded words of a name: ``"Ma’ruf Hidayat"`` -> ``["maruf", "hidayat"]``.

    Unlike :func:`fold`, apostrophes join (Ma’ruf is one word) so token
    comparison is not thrown off by them.
    """
    return list(_name_tokens(name))


@lru_cache(maxsize=65536)
def _name_tokens(name: str) -> tuple[str, ...]:
    text = unicodedata.normalize("NFKC", name).replace("’", "").replace("'", "").replace("`", "")
    return tuple(fold(text).split())


def core_span(text: str, start: int = 0, end: int | None = None) -> tuple[int, int]:
    """Offsets of the bare name inside ``text[start:end]``.

    Leading honorifics/ranks ("Ir. H.", "Kombes Pol", "Pak") and trailing
    degrees ("S.H., M.Si", ", MM", "S.E., M.Acc., CSFA") are skipped; the
    name itself is never emptied.

    Args:
        text: the document text (offsets stay valid in it).
        start: where the surface form starts.
        end: where it ends (default: end of ``text``).

    Returns:
        ``(core_start, core_end)`` with ``start <= core_start < core_end <= end``,
        or ``(start, end)`` if nothing name-like is left.
    """
    end = len(text) if end is None else end
    s, e = start, end
    # Leading honorifics: longest dotted/multi-word form first.
    changed = True
    while changed:
        changed = False
        while s < e and text[s].isspace():
            s += 1
        low = text[s:e].casefold()
        for form in _HONORIFIC_FORMS:
            if low.startswith(form):
                nxt = s + len(form)
                # Must end at a word boundary and leave a word behind.
                if nxt < e and (form[-1] in ". " or not text[nxt].isalnum()):
                    rest = text[nxt:e].lstrip(" .")
                    if rest and rest[0].isalpha():
                        s = nxt
                        if form.strip() in _RANK_FORMS:
                            at = s + len(text[s:e]) - len(text[s:e].lstrip())
                            corps = _CORPS_AFTER_RANK.match(text, at, e)
                            if corps is not None and corps.end() < e and text[corps.end()].isalpha():
                                s = corps.end()
                        changed = True
                        break
    # A Minangkabau adat title after the name is no part of it: "Yulizar Dt. Rajo Mudo" -> "Yulizar".
    gelar = _ADAT_TITLE.search(text, s, e)
    if gelar is not None and gelar.start() > s:
        e = gelar.start()
    # Trailing degrees: cut at the first comma followed by only degree-shaped tokens.
    body = text[s:e]
    cut = _degree_tail_start(body)
    if cut is not None:
        e = s + cut
    # Trailing undotted degrees without a comma ("Rudi Hartono MM"): drop known degree words.
    while True:
        while e > s and (text[e - 1].isspace() or text[e - 1] in ",;"):
            e -= 1
        m = re.search(r"\s(\S+)$", text[s:e])
        if not m or _fold_word(m.group(1)) not in _DEGREE_WORDS or not m.group(1)[0].isupper():
            break
        e = s + m.start(1)
    while e > s and (text[e - 1].isspace() or text[e - 1] in ",;"):
        e -= 1
    if s >= e or not any(ch.isalpha() for ch in text[s:e]):
        return start, end
    return s, e


def _degree_tail_start(body: str) -> int | None:
    """Index of the comma (or space) where a tail made only of degrees starts, else None."""
    best = None
    for m in re.finditer(r",", body):
        tail = body[m.end():]
        parts = [p for p in re.split(r"[,\s]+", tail) if p]
        if parts and all(_is_degree(p) for p in parts):
            best = m.start()
            break
    if best is None:
        # Dotted degrees directly after the name: "Rina Wulandari S.E., M.Acc."
        dotted = re.search(r"\s((?:[A-Z][A-Za-z]{0,4}\.){2,4}[A-Za-z]{0,5}\.?)(?:[,\s]|$)", body)
        if dotted and all(_is_degree(p) for p in re.split(r"[,\s]+", body[dotted.start(1):]) if p):
            best = dotted.start()
    return best


def _is_degree(token: str) -> bool:
    if token.casefold() in _NAME_ABBREVIATION_FORMS:
        return False  # "Moch.": a shortened given name, shaped like a degree
    if _fold_word(token) in _DEGREE_WORDS or token.casefold() in _DEGREE_FORM_SET:
        return True
    return bool(_DEGREE_SHAPE.fullmatch(token))


def only_degrees(text: str) -> bool:
    """Whether ``text`` is academic degrees only ("M.Kes", "S.H., M.H."): never a person's name."""
    words = [w for w in re.split(r"[\s,]+", text) if w]
    # a listed degree or a dotted degree shape; a bare all-caps word may be a name ("SBY")
    return bool(words) and all(w.rstrip(".") in _DEGREES_AS_WRITTEN or (
        "." in w and w.casefold() not in _NAME_ABBREVIATION_FORMS and _DEGREE_SHAPE.fullmatch(w)) for w in words)


def has_reduplication(text: str) -> bool:
    """Whether ``text`` holds a reduplicated word ("Laki-laki", "Kupu-Kupu"): a plural or a
    common noun, never part of a person's name ("Gunung Lewotobi Laki-laki")."""
    return any(len(parts) == 2 and parts[0] and parts[0] == parts[1]
               for parts in (w.casefold().strip(".,").split("-") for w in text.split()))


def strip_name(text: str) -> str:
    """The bare name of a surface form: ``"Ir. H. Rudi Hartono, MM"`` -> ``"Rudi Hartono"``."""
    s, e = core_span(text)
    return " ".join(text[s:e].split())


def _damerau(a: str, b: str, limit: int = 3) -> int:
    """Optimal-string-alignment edit distance (a transposition counts 1), capped at ``limit``."""
    if abs(len(a) - len(b)) >= limit:
        return limit
    prev2: list[int] = []
    prev = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        cur = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                cur[j] = min(cur[j], prev2[j - 2] + 1)
        prev2, prev = prev, cur
    return min(prev[-1], limit)


def tokens_match(a: str, b: str) -> bool:
    """Whether two folded name words are equal or one typo apart.

    A typo is one edit (insertion, deletion, substitution or swap) in words of
    five letters or more, and must keep the first letter:
    "sulisyo" ~ "sulistyo", "ahamd" ~ "ahmad", "rizqi" ~ "rizki".
    """
    if a == b:
        return True
    if min(len(a), len(b)) < 5 or a[0] != b[0]:
        return False
    return _damerau(a, b, limit=2) <= 1


def _find_subsequence(short: Sequence[str], long: Sequence[str]) -> bool:
    """Whether ``short`` occurs as a contiguous run in ``long`` (typo-tolerant words)."""
    n, m = len(short), len(long)
    for i in range(m - n + 1):
        if all(tokens_match(short[k], long[i + k]) for k in range(n)):
            return True
    return False


def same_person(a: str, b: str) -> bool:
    """Whether two name forms can refer to the same person.

    True for equal forms, typo variants of the same length ("Sulisyo Wibowo" /
    "Sulistyo Wibowo"), and a shorter form found inside a longer one
    ("Sulistyo", "Wibowo" / "Sulistyo Wibowo"). Initials alone never match.

    Args:
        a: a name surface form (honorifics and degrees allowed).
        b: another one.

    Returns:
        True when the forms are compatible.
    """
    ta, tb = _name_tokens(a), _name_tokens(b)
    if not ta or not tb:
        return False
    if ta == tb:
        return True
    short, long = (ta, tb) if len(ta) <= len(tb) else (tb, ta)
    if all(len(t) <= 1 for t in short):
        return False
    return _find_subsequence(short, long)


def similarity(a: str, b: str) -> float:
    """A score in [0, 1] for how well two forms match as one person.

    1.0 equal; 0.9 same length with typos; 0.8 a contiguous part of the other
    (short name or last name); 0.0 otherwise.
    """
    ta, tb = _name_tokens(a), _name_tokens(b)
    if not ta or not tb:
        return 0.0
    if ta == tb:
        return 1.0
    if not same_person(a, b):
        return 0.0
    return 0.9 if len(ta) == len(tb) else 0.8


def canonical_form(forms: Iterable[str]) -> str:
    """Pick the canonical name of a cluster of surface forms.

    The fullest bare form (most words) wins; among equally long ones, the one
    that other forms support word for word (a typo variant loses to the form
    its short references spell the same way), then the first seen.

    Args:
        forms: surface forms in document order (honorifics/degrees allowed).

    Returns:
        The canonical name without honorifics or degrees ("" for no forms).
    """
    bare = [strip_name(f) for f in forms]
    bare = [b for b in bare if b]
    if not bare:
        return ""
    toks = [name_tokens(b) for b in bare]

    def support(i: int) -> int:
        # Other forms spelt word for word like this one: its short references and its repeats.
        mine = set(toks[i])
        return sum(1 for j, other in enumerate(toks) if j != i and set(other) <= mine)

    best = max(range(len(bare)), key=lambda i: (len(toks[i]), support(i), -i))
    return bare[best]

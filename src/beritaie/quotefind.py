"""Find direct and indirect quotes in Indonesian news text and attribute them to speakers.

Pure logic, no spaCy: :func:`find_quotes` takes the article text plus optional
plain-data hints (boilerplate spans, sentence starts, person clusters,
officials, entities, named-entity spans) and returns plain quote dicts whose
offsets point into the text. The spaCy component in ``pipeline/quotes.py`` only
gathers those hints from a Doc.

Every pass is linear in the text: one scan for quotation marks, one for word
tokens, one for sentence ends, then work bounded per mark or per sentence
(attribution tags and subjects are read within a fixed number of tokens). No
regular expression here can backtrack more than a token's length.

Direct quotes (GUIDE.md, "quotes"): text between quotation marks of any style
(“ ” " „ ‘ ’ '' `` « »), paired by a state machine that reads each mark's
spacing (an opening mark has space before it and a word after it) and falls
back on the glyph and the pairing state. Broken marks are closed or skipped
with a warning, never abandoning the document (STYLE §7.7). A quote over
several paragraphs gives one quote per paragraph.

Indirect quotes: reported content after a speech verb ("Gubernur juga meminta
kepada ..."), after "Menurut X,", after an interjected tag ("Saat itu, kata
Iqbal, ..."), before an unquoted tag ("..., Ujar Bupati."), and around passive
attributions ("Hal tersebut dikatakan Kasat Reskrim ...").
"""

from __future__ import annotations

import bisect
import functools
import re
from array import array
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from . import names as _names
from .lang import reporting as R
from .lang import titles as _titles
from .lang.abbreviations import ADMINISTRATIVE, DEGREES, DOTTED_ABBREVIATIONS, HONORIFICS
from .lang.calendar import NUMBER_WORDS

# --------------------------------------------------------------------------- lexical helpers

_HONORIFIC_FORMS = frozenset(h.lower().rstrip(".") for h in HONORIFICS) | frozenset({
    "k.h", "kh", "hj", "h", "ir", "dr", "drs", "dra", "prof", "pol", "kompol", "akbp", "akp", "iptu", "ipda",
    "aiptu", "aipda", "bripka", "brigadir", "briptu", "bripda", "kombes", "irjen", "brigjen", "mayjen",
    "letjen", "jenderal", "kolonel", "letkol", "mayor", "kapten", "komjen", "laksma", "laksda", "marsma",
    "marsda", "sertu", "serda", "serka", "serma", "pak", "bu", "bapak", "ibu", "mbak", "mas", "bang", "kak",
    "ustaz", "ustadz", "kiai", "habib", "gus", "tuan", "nyonya",
})
_DEGREE_FORMS = frozenset(d.lower().rstrip(".") for d in DEGREES)
_DOTTED = frozenset(a.lower().rstrip(".") for a in DOTTED_ABBREVIATIONS)

# Office words used when no lexicon of titles is installed (beritaie.lang.titles
# is preferred when present). Enough to split "Kasat Reskrim Kompol Suryadi"
# into a title and a name.
_FALLBACK_TITLE_WORDS = frozenset({
    "bupati", "wabup", "gubernur", "wagub", "presiden", "wapres", "menteri", "menpora", "menkes", "mendagri",
    "menkeu", "menlu", "menhan", "menkominfo", "mendikbud", "menko", "menpan", "menag", "mensos", "menaker",
    "menhub", "kapolres", "kapolda", "kapolsek", "kapolri", "kapolresta", "kabid", "kabag", "kadis", "kaban",
    "kasat", "kasi", "kasubag", "kasubbag", "kepala", "ketua", "wakil", "sekretaris", "sekda", "sekjen",
    "direktur", "dirut", "dandim", "danrem", "pangdam", "danramil", "camat", "lurah", "kades", "asisten",
    "pelaksana", "plt", "pj", "pjs", "pimpinan", "anggota", "komisioner", "hakim", "jaksa", "kajari", "kajati",
    "rektor", "dekan", "panglima", "komandan", "jubir", "kabareskrim", "ketum", "staf", "pengamat", "pakar",
    "peneliti", "koordinator", "manajer", "walikota", "wali", "sekcam", "kapuspen", "karo", "kabiro",
    "kapendam", "kadiv", "wakapolres", "wakapolda", "kasatreskrim", "kasatlantas", "kanit", "panit", "danlanal",
    "kakanwil", "kakan", "kajur", "kaprodi", "kasubdit", "dirreskrimum", "dirreskrimsus", "dirlantas",
    "kabidhumas", "kapten", "juru", "mantan", "calon", "presdir", "chairman", "ceo", "deputi", "inspektur",
    "penjabat", "plh", "senator", "bendahara", "bendum", "sekum", "waka", "wakasat", "kabin", "kepsek",
    "pemimpin", "dirjen", "irjen", "pendiri", "founder", "owner", "pengasuh", "kapolresta", "kasatpol", "kalapas", "karutan", "kajagung", "jaksa", "ketua", "komisaris",
    "perwira", "pelatih", "kadisdik", "kadinkes", "humas", "kabidhumas", "kahumas", "kapuspenkum",
})
# Dotted address and numbering words that never belong to a person's name ("Jl. Diponegoro No. 2").
_NON_NAME_ABBR = frozenset({"jl", "jln", "no", "gg", "rt", "rw", "kp", "tlp", "telp", "hp", "tgl", "kec", "kel",
                            "ds", "kab", "prov", "km", "rp"})
# Every office word of the titles lexicon: compact titles (Kapolres, Menpora, Sekda), the
# first word of head offices (Kepala, Ketua, Direktur) and jurisdiction offices (Bupati).
_TITLE_WORDS = _FALLBACK_TITLE_WORDS | frozenset(k for k in _titles.COMPACT_TITLES if " " not in k) | frozenset(
    h.split()[0].casefold() for h in (*_titles.BODY_HEADS, *_titles.JURISDICTION_OFFICES)) - {
    "hukum"}  # the first word of "Hukum Tua" (Minahasa) is no office alone: "Kuasa hukum Syamsir"
_BODY_WORDS = _titles.BODY_WORDS | _titles.GEO_WORDS | frozenset(_titles.LEVEL_WORDS)
# Offices whose second word is also a rank ("Direktur Jenderal", "Sekretaris Jenderal"): there the
# rank word is part of the title, and no name follows it.
_RANK_IN_TITLE = frozenset(tuple(h.casefold().split()[:2]) for h in _titles.BODY_HEADS if len(h.split()) >= 2)
READ_OUT_SPEAKERS = ("reader", "author")

# Lower-case words allowed inside a title phrase: "Pelaksana harian Kepala Biro",
# "Wakil Rektor bidang Keuangan dan SDM", "Kepala Dinas Pendidikan dan Kebudayaan".
_TITLE_INFIX = frozenset({"harian", "bidang", "urusan", "dan", "untuk", "tugas", "umum", "se", "pada", "bagian",
                          "setempat"})
# Words inside a name phrase: particles, "dan" between two names, and the adat title after a name
# ("Yulizar Dt. Rajo Mudo").
_NAME_CONNECTORS = frozenset({"bin", "binti", "van", "de", "der", "da", "al", "el", "dan"}) | _names.ADAT_TITLE_WORDS
_FIRST_PERSON = frozenset({"saya", "kami", "kita", "aku", "gue", "gua"})
# Words before a place in a person's description: "turis asal Melbourne", "warga Sleman".
_LOCATIVES = frozenset({"asal", "dari", "di", "warga", "kelahiran", "penduduk"})
# Level words that open a place phrase inside a person's description ("..., Kecamatan Meurah Dua,").
_PLACE_LEVELS = frozenset(w for w, level in _titles.LEVEL_WORDS.items() if level != "national") | {"distrik", "kampung"}
_DAY_NAMES = frozenset({"senin", "selasa", "rabu", "kamis", "jumat", "jum'at", "sabtu", "minggu"})
_DAYS_MONTHS = _DAY_NAMES | frozenset({
    "januari", "februari", "maret", "april", "mei", "juni", "juli", "agustus", "september", "oktober", "november",
    "desember",
})
_PREPOSITIONS = frozenset({
    "di", "kepada", "pada", "saat", "ketika", "dalam", "usai", "seusai", "selepas", "setelah", "sebelum",
    "kepada", "melalui", "lewat", "dari", "sambil", "sembari", "seraya", "kemarin", "lalu", "menjelang",
    "dihadapan", "di hadapan", "terkait", "soal", "mengenai", "tentang", "untuk", "bersama", "didampingi",
})

# Dotted degree groups written without spaces: "S.Pd", "M.Si", "S.H.", "M.Acc." (bounded, linear).
_DEGREE_GROUP_RE = re.compile(r"(?<![\w.])(?:[A-Z][a-z]{0,3}\.|LL\.){1,3}[A-Z][A-Za-z]{0,4}\.?(?!\w)")  # "LL.M."
# Before a body's mention: the long form's earlier words ("Badan Meteorologi, Klimatologi, dan | Geofisika").
_LONG_FORM_GOES_ON = re.compile(r"[\w,]\s+[A-Z][\w-]*,?\s*(?:(?:dan|serta)\s+)?$")
# Verb forms (prefixed me-, ber-, di-, ter-), less the common nouns of that shape.
_VERB_FORM = re.compile(r"^(?!menteri|media|mesin|metode|berita|beras|berkas|dinas|direktur|diskusi|terminal|"
                        rf"tersangka|terdakwa|tergugat|terpidana){R.VERB_SHAPE}$")
# Words after which a verb shares the sentence's subject.
_SAME_SUBJECT_LINKS = frozenset({"dengan", "sambil", "seraya", "dan", "serta", "tetapi", "tapi", "namun", "lalu",
                                 "kemudian"})
# Quantifiers before a group of people: "sejumlah pelaku usaha", "para pedagang".
_GROUP_QUANTIFIERS = frozenset({"sejumlah", "para", "beberapa", "banyak", "sebagian", "seluruh", "semua", "ratusan",
                                "puluhan", "ribuan"})
_CONTRAST_LINKS = frozenset({"tetapi", "tapi", "namun"})
_AUXILIARIES = frozenset({"akan", "sudah", "telah", "sedang", "masih", "ikut", "harus", "wajib", "bisa", "dapat"})
_WORD_RE = re.compile(r"@\w+|\w+(?:(?:[’'\-/]|(?<=\d)[.,:](?=\d))\w+)*|\S")
_ENDER_RE = re.compile(r"[.!?…]+")
_PARA_RE = re.compile(r"\n\s*|[ \t\u00a0]{3,}")
_MARK_RE = re.compile(r"``|''|‘‘|’’|‘’|[“”„‟«»\"‘’'‹›]")

_DOUBLE_GLYPHS = frozenset({"``", "''", "‘‘", "’’", "‘’", "“", "”", "„", "‟", "«", "»", '"'})
_OPEN_GLYPHS = frozenset({"``", "‘‘", "“", "„", "‟", "«", "‘", "‹"})
_CLOSE_GLYPHS = frozenset({"’’", "”", "»", "’", "›"})
_CLOSERS_AFTER_END = "”’\"'»)]›"
_OPENERS_BEFORE = "([{<“‘«„‹"
_OPEN, _CLOSE, _AMBIG = 1, 2, 3

_MAX_TAG_TOKENS = 30
_MAX_UNTERMINATED_CHARS = 700
_MAX_UNTERMINATED_SENTENCES = 3


def _is_upper_word(word: str) -> bool:
    ch = word[0]
    if ch == "@":
        return True
    return ch.isupper() or (ch.isdigit() and any(c.isupper() for c in word))


# --------------------------------------------------------------------------- data records


@dataclass
class Mention:
    """A speaker mention: character span plus what kind of expression it is."""

    start: int
    end: int
    kind: str  # "name" | "pronoun" | "role" | "handle" | "anaphor" | "title" | "body"
    embedded: bool = False  # subject of a relative clause ("..., yang menyebut ...")
    author: tuple[int, int] | None = None  # author of a read-out statement


@dataclass
class _Tag:
    cue: tuple[int, int] | None
    mention: Mention | None
    end: int  # end of the tag in the text
    nya: bool = False  # cue with -nya or no mention: the current speaker


@dataclass
class _Candidate:
    kind: str
    start: int
    end: int
    tag: _Tag | None
    anchor: int  # where the quote begins in reading order
    continuation: bool = False
    chained: bool = False  # a paragraph of a quote that goes on in the next paragraph
    direct_span: tuple[int, int] | None = None  # marks included, for blocking indirect search


@dataclass
class QuoteResult:
    """Quotes (plain dicts, sorted by start) and the warnings met while finding them."""

    quotes: list[dict[str, Any]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


# --------------------------------------------------------------------------- text model


class _Text:
    """Tokens, sentences and paragraphs of one text, with position lookups."""

    def __init__(self, text: str, *, boilerplate: Sequence[dict] = (), sentence_starts: Iterable[int] = ()):
        self.text = text
        self.n = len(text)
        # Offsets in compact arrays and one shared string object per distinct word: a long
        # document then costs little more memory per token than a short one.
        self.ts = array("l")
        self.te = array("l")
        self.tw: list[str] = []
        self.tl: list[str] = []
        words: dict[str, tuple[str, str]] = {}
        for m in _WORD_RE.finditer(text):
            start, end = m.span()
            self.ts.append(start)
            self.te.append(end)
            w = text[start:end]
            shared = words.get(w)
            if shared is None:
                shared = words[w] = (w, w.lower())
            self.tw.append(shared[0])
            self.tl.append(shared[1])
        # Words the text also writes in lower case are common nouns ("Banjir ..." / "banjir").
        self.lower_words = {w for w, (_, low) in words.items() if w == low and w[0].isalpha()}
        self._words_before = array("l", [0])
        count = 0
        for w in self.tw:
            count += w[0].isalnum()
            self._words_before.append(count)
        self.degree_tok = bytearray(len(self.tw))
        for m in _DEGREE_GROUP_RE.finditer(text):
            if m.group().lower().rstrip(".") in _HONORIFIC_FORMS:
                continue
            for k in range(bisect.bisect_left(self.ts, m.start()), bisect.bisect_left(self.ts, m.end())):
                self.degree_tok[k] = 1
        self.ntok = len(self.tw)
        self.boiler = sorted((int(b["start"]), int(b["end"])) for b in boilerplate or ())
        self._boiler_starts = [b[0] for b in self.boiler]
        self.para_starts = [0]
        self.para_breaks: list[tuple[int, int]] = []
        for m in _PARA_RE.finditer(text):
            self.para_breaks.append((m.start(), m.end()))
            self.para_starts.append(m.end())
        self.sent_starts = self._split_sentences(sentence_starts)

    # ---- sentences
    def _is_abbreviation_before(self, pos: int) -> bool:
        """Whether the word ending at ``pos`` (before a dot) is an initial or a dotted abbreviation."""
        i = bisect.bisect_right(self.ts, pos - 1) - 1
        if i < 0 or self.te[i] != pos:
            return False
        word = self.tw[i]
        if len(word) == 1 and word.isupper():
            return True  # initials: "K. H. Ma'ruf Amin"
        return word.lower() in _DOTTED

    def _split_sentences(self, extra: Iterable[int]) -> array[int]:
        text, n = self.text, self.n
        starts = {0}
        starts.update(self.para_starts)
        for m in _ENDER_RE.finditer(text):
            a, b = m.span()
            if m.group() == "." and self._is_abbreviation_before(a):
                continue
            k = b
            while k < n and k - b < 3 and text[k] in _CLOSERS_AFTER_END:
                k += 1
            j = k
            while j < n and text[j].isspace():
                j += 1
            if j >= n:
                continue
            c = text[j]
            if j > k:
                if c.isupper() or c.isdigit() or c in "“‘\"'«([„`":
                    starts.add(j)
            elif m.group() != "…" and (c.isupper() and j + 1 < n and text[j + 1].islower()) and a > 0 and (
                text[a - 1].islower() or text[a - 1].isdigit() or text[a - 1] in ")”\""
            ):
                starts.add(j)  # glued: "Aparatur.Pemerintah", "2015.Prabowo"
        for pos in extra:
            if 0 < pos < n and not self._after_initial(pos):
                starts.add(pos)
        return array("l", sorted(starts))

    def _after_initial(self, pos: int) -> bool:
        j = pos - 1
        while j >= 0 and self.text[j].isspace():
            j -= 1
        return j >= 1 and self.text[j] == "." and self._is_abbreviation_before(j)

    def sent_index(self, pos: int) -> int:
        return bisect.bisect_right(self.sent_starts, pos) - 1

    def sent_span(self, si: int) -> tuple[int, int]:
        start = self.sent_starts[si]
        end = self.sent_starts[si + 1] if si + 1 < len(self.sent_starts) else self.n
        while end > start and self.text[end - 1].isspace():
            end -= 1
        return start, end

    def para_index(self, pos: int) -> int:
        return bisect.bisect_right(self.para_starts, pos) - 1

    def para_span(self, pi: int) -> tuple[int, int]:
        start = self.para_starts[pi]
        end = self.para_breaks[pi][0] if pi < len(self.para_breaks) else self.n
        return start, end

    # ---- tokens
    def tok_at_or_after(self, pos: int) -> int:
        return bisect.bisect_left(self.ts, pos)

    def tok_before(self, pos: int) -> int:
        """Index of the last token ending at or before ``pos`` (-1 if none)."""
        return bisect.bisect_right(self.te, pos) - 1

    def in_boilerplate(self, start: int, end: int) -> bool:
        i = bisect.bisect_right(self._boiler_starts, start) - 1
        for k in (i, i + 1):
            if 0 <= k < len(self.boiler) and self.boiler[k][0] < end and start < self.boiler[k][1]:
                return True
        return False

    # ---- word classes
    def is_title(self, i: int) -> bool:
        low = self.tl[i]
        # One stray final letter ("Bupatio") still reads as the title.
        return low in _TITLE_WORDS or (len(low) >= 7 and low[:-1] in _TITLE_WORDS and self.tw[i][0].isupper())

    def is_honorific(self, i: int) -> bool:
        return self.tl[i].rstrip(".") in _HONORIFIC_FORMS

    def is_degree(self, i: int) -> bool:
        if self.degree_tok[i]:
            return True
        return self.tl[i].rstrip(".") in _DEGREE_FORMS

    def is_initial(self, i: int) -> bool:
        w = self.tw[i]
        return len(w) == 1 and w.isupper() and i + 1 < self.ntok and self.tw[i + 1] == "." and self.ts[i + 1] == self.te[i]

    def is_name_word(self, i: int) -> bool:
        """A capitalised word that can belong to a name, title or body phrase."""
        w = self.tw[i]
        if not w[0].isalnum() and w[0] != "@":
            return False
        low = self.tl[i]
        if self.is_title(i) or self.is_honorific(i):
            return w[0].isupper() or low in ("dr", "drs", "ir", "h")
        if low in R.NON_NAME_WORDS or low in R.PRONOUNS:
            return False
        if low in _NON_NAME_ABBR and i + 1 < self.ntok and self.tw[i + 1] == ".":
            return False  # "Jl. Diponegoro No. 2"
        if low in _DEGREE_FORMS:
            return True
        return _is_upper_word(w)

    def word_count(self, start: int, end: int) -> int:
        """Words (not punctuation) between two offsets, in constant time."""
        return self._words_before[self.tok_at_or_after(end)] - self._words_before[self.tok_at_or_after(start)]


# --------------------------------------------------------------------------- phrase parsing


class _Parser:
    """Reads speaker mentions forwards (after a cue) and subjects backwards (before a verb)."""

    def __init__(self, t: _Text):
        self.t = t

    def _paren_end(self, i: int, limit: int) -> int | None:
        t = self.t
        for k in range(i + 1, min(i + 9, limit)):
            if t.tw[k] == ")":
                inner = range(i + 1, k)
                if inner and all(t.tw[x][0].isupper() or not t.tw[x][0].isalpha() for x in inner):
                    return k
                return None
        return None

    def _paren_start(self, i: int, lower: int) -> int | None:
        t = self.t
        for k in range(i - 1, max(i - 9, lower - 1), -1):
            if t.tw[k] == "(":
                inner = range(k + 1, i)
                if inner and all(t.tw[x][0].isupper() or not t.tw[x][0].isalpha() for x in inner):
                    return k
                return None
        return None

    def nickname_after(self, i: int, limit: int) -> Mention | None:
        """The nickname a person at token ``i`` is introduced by: "aktor yang akrab disapa Eza",
        "Pria yang sapaan akrabnya Acil" (the nickname is the speaker)."""
        t = self.t
        k = i + 1
        while k < t.ntok and k - i <= 5 and t.tl[k] in R.NICKNAME_INTRODUCERS:
            k += 1
        if k > i + 1 and t.tl[k - 1] in R.NICKNAME_LAST and k < t.ntok and t.is_name_word(k):
            name = self.mention_forward(k, limit)
            if name is not None and name.kind == "name":
                return Mention(name.start, name.end, "name")
        return None

    def _apposed_name(self, i: int, role_end: int, limit: int) -> Mention | None:
        """"pedagang pasar, Siti Aminah", "putri bungsunya, Melinda", "vokalis Jendela, Harsya Adnan": a role
        (with what or whom it is of), then the name in apposition."""
        t = self.t
        k = role_end + 1
        while k < t.ntok and k - role_end <= 3 and (t.tw[k][0].islower() or (t.tw[k][0].isupper()
                                                                         and t.tw[k].isalpha())):
            k += 1
        if k + 1 < t.ntok and t.tw[k] == "," and t.is_name_word(k + 1) and not t.is_title(k + 1):
            name = self.mention_forward(k + 1, limit)
            if name is not None and name.kind == "name":
                return Mention(t.ts[i], name.end, "name")
        return None

    def mention_forward(self, i: int, limit: int) -> Mention | None:
        """The speaker expression starting at token ``i`` (a pronoun, handle, role noun or name phrase)."""
        t = self.t
        if i >= t.ntok or t.ts[i] >= limit:
            return None
        low = t.tl[i]
        if low in R.PRONOUNS:
            return Mention(t.ts[i], t.te[i], "pronoun")
        if t.tw[i].startswith("@") and len(t.tw[i]) > 1:
            return Mention(t.ts[i], t.te[i], "handle")
        if t.tw[i][0].islower() and t.is_title(i) and i + 1 < t.ntok and t.tw[i + 1] in (",", ".") \
                and low not in R.ROLE_NOUNS:
            return Mention(t.ts[i], t.te[i], "name")  # "Menurut bupati, ...": the office the text is about
        nickname = None if t.is_title(i) else self.nickname_after(i, limit)
        if nickname is not None:
            return nickname  # "perempuan yang akrab disapa Mbok Parmi itu", "aktor yang akrab disapa Eza"
        role_end = None
        if i + 1 < t.ntok and f"{low} {t.tl[i + 1]}" in R.ROLE_NOUNS and not t.is_name_word(i + 1):
            role_end = i + 1
        elif low in R.ROLE_NOUNS and not t.tw[i][0].isupper():
            role_end = i
        elif (low in R.PERSON_NOUNS or low.endswith("nya") and low[:-3] in R.PERSON_NOUNS) \
                and not t.tw[i][0].isupper():  # ("istrinya, Sri Lestari": his wife)
            anaphor = self._anaphoric_description(i, i, limit)
            if anaphor is not None:
                return anaphor  # "Menurut politisi asal Ngabang, Kabupaten Landak, itu, ..."
            named = self._apposed_name(i, i, limit)
            if named is not None:
                return named  # "tutur putri bungsunya, Melinda Santosa"
            if low.endswith("nya") and (i + 1 >= t.ntok or not t.tw[i + 1][0].isupper()):
                return Mention(t.ts[i], t.te[i], "role")  # '"...," kata istrinya.': a relative never named
        if role_end is not None:
            anaphor = self._anaphoric_description(i, role_end, limit)
            if anaphor is not None:
                return anaphor
            named = self._apposed_name(i, role_end, limit)
            return named if named is not None else Mention(t.ts[i], t.te[role_end], "role")
        j, last, in_title, seg_title = i, -1, False, False
        seg_start = i
        while j < t.ntok and t.ts[j] < limit and j - i < _MAX_TAG_TOKENS:
            w, low = t.tw[j], t.tl[j]
            if t.is_name_word(j) or (j == i and t.is_title(j) and j + 1 < t.ntok and t.is_name_word(j + 1)):
                if j == seg_start:
                    seg_title = t.is_title(j)
                in_title = in_title or t.is_title(j)
                last = j
                j += 1
                continue
            if w == "." and last == j - 1 and t.ts[j] == t.te[j - 1] and (
                t.is_initial(j - 1) or t.is_honorific(j - 1) or t.is_degree(j - 1) or t.tl[j - 1] in _DOTTED
            ):
                last = j
                j += 1
                continue
            if w == "(" and last >= 0:
                close = self._paren_end(j, t.ntok)
                if close is not None:
                    last = close
                    j = close + 1
                    continue
                break
            if last >= 0 and j + 1 < t.ntok and t.is_name_word(j + 1) and (
                low in _NAME_CONNECTORS or (in_title and low in _TITLE_INFIX)
            ):
                j += 1
                continue
            if in_title and last == j - 1 and (w[0].isdigit() and len(w) <= 6 or low == "setempat"):
                last = j  # "Ketua RW 05", "Kepala SMAN 2", "Kapolsek setempat"
                j += 1
                continue
            if w == "," and last == j - 1 and j + 1 < t.ntok and t.ts[j + 1] < limit:
                nxt = j + 1
                if t.is_degree(nxt) and t.tw[nxt][0].isupper():
                    j += 1
                    continue
                # "Kabid Humas Polda Metro Jaya, Kombes Pol Mohammad Iqbal": a title with its
                # jurisdiction, then the name. A bare title before a comma ends the mention
                # ("jelas Bupati, Boedi Oetomo adalah ...").
                if t.is_name_word(nxt) and t.tl[nxt] not in _DAYS_MONTHS and (
                        (seg_title and j - seg_start >= 2) or t.is_title(nxt)):
                    seg_start = nxt
                    seg_title = False
                    j += 1
                    continue
            break
        if last < 0:
            return None
        return Mention(t.ts[i], t.te[last], "name")

    def _anaphoric_description(self, i: int, noun_end: int, limit: int) -> Mention | None:
        """A person described and pointed back to: "pria itu", "perempuan kelahiran Bandung, 1998 itu",
        "pelatih asal Spanyol itu", "politisi asal Ngabang, Kabupaten Landak, itu" -- the one just quoted."""
        t = self.t
        for x in range(noun_end + 1, min(t.ntok, noun_end + 12)):
            if t.tl[x] in R.ANAPHORIC_DETERMINERS:
                return Mention(t.ts[i], t.te[x], "anaphor")
            if t.tw[x] in (".", "!", "?", "\"", "“", "”") or t.ts[x] >= limit or (
                    t.tw[x] == "," and x + 1 < t.ntok and t.tw[x + 1][:1].islower()
                    and t.tl[x + 1] not in R.ANAPHORIC_DETERMINERS):
                break  # (a comma before a lower-case word opens what was said: "Dikatakan korban, kejadian itu")
        return None

    def name_phrase_backward(self, j: int, lower: int) -> int | None:
        """First token of the name/title phrase ending at token ``j`` (None if ``j`` is not in one)."""
        t = self.t
        first = None
        k = j
        segs = 0
        while k >= lower and j - k < _MAX_TAG_TOKENS:
            w, low = t.tw[k], t.tl[k]
            if t.is_name_word(k) or (t.is_degree(k) and first is None):
                first = k
                k -= 1
                continue
            if k == j and low == "setempat" and k > lower and t.is_title(k - 1):
                k -= 1  # "Kapolsek setempat mengatakan": the local office holder
                continue
            if w == "." and k > lower and t.ts[k] == t.te[k - 1] and (
                t.is_initial(k - 1) or t.is_honorific(k - 1) or t.is_degree(k - 1) or t.tl[k - 1] in _DOTTED
            ):
                k -= 1
                continue
            if w == ")" and (first is not None or k == j):
                start = self._paren_start(k, lower)
                if start is not None:
                    first = start if first is None or start < first else first
                    k = start - 1
                    continue
                break
            if first is not None and k > lower and t.is_name_word(k - 1) and (
                low in _NAME_CONNECTORS or low in _TITLE_INFIX
            ):
                k -= 1
                continue
            if w == "," and first is not None and k > lower and segs < 2:
                before = k - 1
                if t.is_degree(first) and first == k + 1:
                    k -= 1  # "Ahmad Yani, MM"
                    continue
                if (t.is_name_word(before) or t.tw[before] in (".", ")")) and self._left_segment_is_role(before, lower):
                    segs += 1
                    k -= 1
                    continue
            if low in R.APPOSITION_LINKS and first is not None and k > lower and t.is_name_word(k - 1):
                k -= 1
                continue
            break
        if first is None:
            return None
        # A phrase never starts with a comma or a degree left over from the loop.
        while first <= j and (t.tw[first] in (",", ".") or (t.is_degree(first) and not t.is_honorific(first))):
            first += 1
        return first if first <= j else None

    def _left_segment_is_role(self, j: int, lower: int) -> bool:
        """Whether the phrase ending at ``j`` is a title, body or honorific phrase ("Gubernur Kalteng, ...")."""
        t = self.t
        k, start = j, j
        while k >= lower and j - k < _MAX_TAG_TOKENS:
            if t.is_name_word(k) or t.tw[k] in (".", "(", ")") or (
                    k > lower and t.is_name_word(k - 1) and t.tl[k] in _TITLE_INFIX | _NAME_CONNECTORS):
                if t.is_name_word(k):
                    start = k
                k -= 1
                continue
            break
        if t.tl[start] in R.BODY_HEADS or t.is_honorific(start) or (t.is_title(start) and j > start):
            return True
        return start - 1 >= lower and t.is_title(start - 1) and not t.tw[start - 1][0].isupper()

    def _person_like(self, a: int, b: int) -> bool:
        """Whether the description ``tw[a:b]`` names a person: an office, a person noun or a proper name."""
        t = self.t
        return any(t.is_title(k) or t.tl[k] in R.PERSON_NOUNS or (k > a and t.is_name_word(k)) for k in range(a, b))

    def _subject_beyond_adjunct(self, first: int, lower: int) -> tuple[int, int] | None:
        """'Asisten I Teguh Jaya yang hadir mewakili Bupati ... mengatakan': the subject before the adjunct."""
        t = self.t
        for o in range(first - 1, max(lower, first - 9) - 1, -1):
            if t.tw[o] in (";", ":") or (t.tw[o] == "," and o != first - 1) or t.is_name_word(o):
                return None
            if t.tl[o] in R.ADJUNCT_OPENERS and o - 1 >= lower:
                e = o - 2 if t.tw[o - 1] == "," and o - 2 >= lower else o - 1  # "Fajeri Erham, yang ..."
                if t.is_name_word(e) or t.tw[e] in (".", ")"):
                    alt = self.name_phrase_backward(e, lower)
                    if alt is not None:
                        return alt, e
        return None

    def subject_before(self, v: int, lower: int) -> Mention | None:
        """The subject of the speech verb at token ``v``, read backwards within the clause from ``lower``.

        A person "didampingi" (accompanied by) the subject is not the speaker: "Kapolres X didampingi
        Kasat Y dalam konferensi pers, Sabtu (11/10), mengatakan" is X speaking; nor is a second post
        after "yang juga"."""
        m = self._subject_before(v, lower)
        if m is not None and m.kind == "name":
            t = self.t
            first = t.tok_at_or_after(m.start)
            if first - 1 > lower and t.tl[first - 1] in _ACCOMPANIED_BY:
                return self._subject_before(first - 1, lower) or m
            k = first - 1
            while k > lower and first - k <= 4 and t.tw[k][:1].isupper():
                k -= 1  # (over the post's capitalised words: "Ketua Tim")
            if k - 1 > lower and (t.tl[k - 1], t.tl[k]) == ("yang", "juga"):
                # "Bupati Klaten Sri Mulyani yang juga Ketua Tim Penggerak PKK menyampaikan": the person
                return self._subject_before(k - 1, lower) or m
        return m

    def _subject_before(self, v: int, lower: int) -> Mention | None:
        t = self.t
        j = v - 1
        while j >= lower:
            if j - 1 >= lower and (t.tl[j - 1], t.tl[j]) in R.TIME_ADVERBIALS:
                j -= 2  # "Sri Mulyani pekan lalu menegaskan"
            elif t.tl[j] in R.SUBJECT_VERB_ADVERBS:
                j -= 1
            else:
                break
        relative = self._relative_clause_subject(j, lower)
        if relative is not None:
            return relative
        if j >= lower and t.tw[j] == ",":
            opening = self._before_date_adjunct(j, lower)
            if opening != j:
                j = opening - 1  # the subject ends before the adjunct's opening comma
        if j >= lower and t.tw[j] == ",":
            opening = self._description_opening(j, lower)
            if opening is not None:
                j = opening  # the speaker comes before a description: "Rosmawati (45), warga setempat, mengaku"
        apposed = self._closes_apposition(j, lower)
        if apposed:
            j -= 1  # the comma closing an apposition: "Kuasa hukum Syamsir, Jhon Ely Tumanggor, mengatakan"
        if j < lower:
            return None
        low = t.tl[j]
        if low in R.NEGATIONS:
            return Mention(-1, -1, "negated")
        if low in R.PRONOUNS:
            return Mention(t.ts[j], t.te[j], "pronoun")
        if low in R.ANAPHORIC_DETERMINERS and j > lower:
            k = j - 1
            while k >= lower and j - k <= 10 and t.tw[k] not in (",", ";", ":") and t.tl[k] not in (
                "dan", "yang", "serta", "sedangkan", "namun", "tetapi"
            ):
                k -= 1
            nickname = self.nickname_after(k - 1, t.ts[j]) if k >= lower and t.tl[k] == "yang" and k - 1 >= lower \
                and not t.is_title(k - 1) else None
            if nickname is not None:
                return nickname  # "Pebalap yang akrab disapa Mario Aji itu mengaku"
            if k >= lower and t.tl[k] == "yang" and k - 1 >= lower and (t.is_name_word(k - 1) or t.tw[k - 1] in (
                    ".", ")", ",")):
                # "Kasat Reskrim Kompol Suryadi yang dikonfirmasi atas laporan ini mengatakan"
                e = k - 2 if t.tw[k - 1] == "," else k - 1
                first = self.name_phrase_backward(e, lower) if e >= lower else None
                if first is not None and first - 2 >= lower and t.tl[first - 1] == "asal" and \
                        t.tl[first - 2] in R.PERSON_NOUNS:
                    # "Pria asal Austria yang sudah 12 tahun bekerja di Indonesia itu": the man, not his country
                    return Mention(t.ts[first - 2], t.te[j], "anaphor")
                if first is not None:
                    return Mention(t.ts[first], t.te[e], "name")
            # "Bupati Ahmad Husein dalam rapat itu meminta": a named subject, then an adjunct
            in_adjunct = any(t.tl[x] in R.ADJUNCT_OPENERS and t.is_name_word(x - 1) and t.tl[x - 1] not in R.ROLE_NOUNS
                             for x in range(k + 2, j))
            if k + 1 < j and not in_adjunct and self._person_like(k + 1, j):
                return Mention(t.ts[k + 1], t.te[j], "anaphor")
        if low == "yang" and j - 1 >= lower:
            k = j - 1
            if t.tw[k] == ",":
                k -= 1
            first = self.name_phrase_backward(k, lower) if k >= lower else None
            if first is not None:
                return Mention(t.ts[first], t.te[k], "name", embedded=True)
            return None
        first = self.name_phrase_backward(j, lower)
        if first is not None and first - 2 >= lower and t.tl[first - 1] == "asal":
            # "Inaq Sahnun (31) asal Pringgasela, mengaku": the person before where they come from
            e = first - 2
            bracket = self._paren_start(e, lower) if t.tw[e] == ")" else None
            if bracket is not None:
                e = bracket - 1
            origin_of = self.name_phrase_backward(e, lower) if e >= lower and t.is_name_word(e) else None
            if origin_of is not None:
                return Mention(t.ts[origin_of], t.te[e], "name")
        if first is not None and not apposed and first - 2 >= lower and t.tl[first - 1] == "di" and \
                _plain_noun(t, first - 2):
            # "pelaku usaha di Tetebatu berharap": people somewhere, not the place
            s = first - 2
            while s - 1 >= lower and first - s < 4 and _plain_noun(t, s - 1):
                s -= 1
            if s == lower or t.tw[s - 1] in (",", ".", ":") or t.tl[s - 1] in _GROUP_QUANTIFIERS:
                return Mention(t.ts[s], t.te[j], "role")
        if first is not None:
            before = first - 1
            if before >= lower and t.tl[before] in R.READ_OUT_VERBS:
                mention = Mention(t.ts[first], t.te[j], "name")
                mention.author = self._read_out_author(before, lower)
                return mention
            alt = self._subject_beyond_adjunct(first, lower)
            if alt is not None and apposed and "yang" not in t.tl[alt[1]:first] \
                    and (t.tw[first - 1] == "," or "," in t.tw[first:j]):
                # a name set off by commas is the speaker the words before it describe: "Pengamat
                # BUMN dari Universitas Airlangga, Rachmat Hidayat Lubis, menilai" (not a name inside
                # a relative clause: "X, yang hadir bersama Ketua FKUB, Y, menyebut")
                alt = None
            if alt is not None:
                end_tok = alt[1]
                while end_tok > alt[0] and t.tw[end_tok] in (",", "("):
                    end_tok -= 1
                return Mention(t.ts[alt[0]], t.te[end_tok], "name")
            return Mention(t.ts[first], t.te[j], "name")
        # An adjunct or relative clause between subject and verb: "Romi usai penyerahan LHP
        # menyebutkan", "Kasat Reskrim Kompol Suryadi yang dikonfirmasi ... mengatakan".
        found = None  # the subject before the first opener: "Basuki saat meninjau proyek di KIPP pada ... menegaskan"
        for k in range(j, max(lower - 1, j - 14), -1):
            if t.tw[k] in (",", ";"):
                break
            if t.tl[k] in R.ADJUNCT_OPENERS or t.tl[k] in R.APPOSITION_LINKS:
                e = k - 1
                if self._closes_apposition(e, lower):
                    e -= 1  # "Ketua Fraksi, Siti, S.Pd., dalam pandangannya"
                if e >= lower and (t.is_name_word(e) or t.tw[e] == "."):
                    first = self.name_phrase_backward(e, lower)
                    if first is not None:
                        found = Mention(t.ts[first], t.te[e], "name")
        if found is not None:
            return found
        # A lower-case role noun, possibly with a modifier: "Kuasa hukum tersangka meminta ...".
        for k in range(max(lower, j - 3), j + 1):
            if k + 1 <= j and f"{t.tl[k]} {t.tl[k + 1]}" in R.ROLE_NOUNS:
                return Mention(t.ts[k], t.te[k + 1], "role")
            if t.tl[k] in R.ROLE_NOUNS:
                return Mention(t.ts[k], t.te[k], "role")
        return None

    def _place_after_locative(self, j: int, lower: int) -> bool:
        """Whether the capitalised words ending at token ``j`` follow "asal", "dari", "di" ..., or open
        with a level word ("Kecamatan Bagelen"): a place."""
        t = self.t
        while j >= lower and t.tw[j][:1].isupper():
            if t.tl[j] in _PLACE_LEVELS:
                return True
            j -= 1
        return j >= lower and t.tl[j] in _LOCATIVES

    def _relative_clause_subject(self, j: int, lower: int) -> Mention | None:
        """The name before a relative clause set off by commas that runs up to the verb, whatever
        places and dates it holds: "Fauzan, yang dilantik di Istana Kepresidenan, Jakarta, pada 20
        Februari, menyebut" (not "Jakarta")."""
        t = self.t
        if j < lower or t.tw[j] != ",":
            return None
        for o in range(j - 1, max(lower, j - 24) - 1, -1):
            if t.tw[o] in (".", ";", ":", "“", "”", '"'):
                return None
            if t.tl[o] == "yang" and o - 2 >= lower and t.tw[o - 1] == ",":
                e = o - 2
                first = self.name_phrase_backward(e, lower) if t.is_name_word(e) or t.is_degree(e) else None
                return Mention(t.ts[first], t.te[e], "name") if first is not None else None
        return None

    def _closes_apposition(self, j: int, lower: int) -> bool:
        """Whether token ``j`` is a comma after a name, a degree or a bracket: the end of an apposition."""
        t = self.t
        return j - 1 >= lower and t.tw[j] == "," and (
            t.is_name_word(j - 1) or t.is_degree(j - 1) or t.tw[j - 1] in (")", "."))

    def _description_opening(self, comma: int, lower: int) -> int | None:
        """The comma opening a description of the person named before it, when ``comma`` closes one:
        "Rosmawati (45), warga setempat, mengaku", "Slamet (50), Ketua RT 05, mengatakan". A
        description opens with a lower-case word, or follows an age in brackets; a name between the
        commas is an apposition instead ("Kuasa hukum Syamsir, Jhon Ely Tumanggor, mengatakan")."""
        t = self.t
        places = 0
        later = comma  # the comma closing the chunk after the one at k
        for k in range(comma - 1, max(lower, comma - 18) - 1, -1):
            if t.tw[k] in (";", ":", ".", "“", "”", '"'):
                return None
            if t.tw[k] != ",":
                continue
            if k + 1 >= comma or k - 1 < lower:
                return None
            after_age = t.tw[k - 1] == ")" and k - 2 >= lower and t.tw[k - 2].isdigit()
            first = t.tw[k + 1]
            described = first[:1].islower() and first.isalpha() and t.tl[k + 1] not in R.PRONOUNS
            if (described or after_age) and (t.is_name_word(k - 1) or t.is_degree(k - 1) or after_age):
                return k  # (a name's degrees may close it: "Sutrisno, S.Pd., M.Sc., yang ...")
            # the place goes on: "Nurhayati (45), warga Gampong X, Kecamatan Y, mengaku", "Liam, turis asal
            # Melbourne, Australia, mengatakan" (a region after a place the description ends with)
            region_after_place = later - (k + 1) <= 2 and self._place_after_locative(k - 1, lower) and all(
                t.tw[x][:1].isupper() for x in range(k + 1, later))
            if not described and (t.tl[k + 1] in _PLACE_LEVELS or region_after_place) and places < 2:
                places += 1
                later = k
                continue
            return None
        return None

    def _before_date_adjunct(self, comma: int, lower: int) -> int:
        """The comma before a time-and-place adjunct that ends at ``comma``, else ``comma`` itself:
        "Bupati Sleman Kustini, Senin (13/3/2023), mengatakan", "Ia, di Pendopo, Senin (13/3), ...".
        """
        t = self.t
        k = comma - 1
        day_at = None
        while k >= lower and comma - k <= 16:
            if t.tl[k] in _DAY_NAMES:
                day_at = k
            if t.tw[k] == ",":
                if day_at is not None and (day_at == k + 1 or t.tl[k + 1] in ("di", "pada", "saat")):
                    return self._before_date_adjunct(k, lower) if k - 1 >= lower else k  # a second adjunct?
                return comma
            k -= 1
        return comma

    def agent_after(self, verb: int, b: int, limit: int) -> tuple[int, Mention | None]:
        """The agent right after the passive verb at ``verb`` ("disampaikan (oleh) Kapolres ..."):
        (the token it starts at, its mention or None), within tokens before ``b``."""
        j = verb + 1
        if j < b and self.t.tl[j] == "oleh":
            j += 1
        return j, (self.mention_forward(j, limit) if j < b else None)

    def _read_out_author(self, verb: int, lower: int) -> tuple[int, int] | None:
        """Author of "sambutan <author> yang dibacakan <reader>": the phrase after the speech-event noun."""
        t = self.t
        k = verb - 1
        if k >= lower and t.tl[k] == "yang":
            k -= 1
        for s in range(k, max(lower - 1, k - 14), -1):
            if t.tl[s] in R.SPEECH_EVENT_NOUNS:
                if s + 1 <= k:
                    return t.ts[s + 1], t.te[k]
                return None
        return None


# --------------------------------------------------------------------------- quotation marks


@dataclass
class _Mark:
    start: int
    end: int
    glyph: str
    double: bool
    role: int


def _scan_marks(t: _Text) -> list[_Mark]:
    text, n = t.text, t.n
    marks = []
    for m in _MARK_RE.finditer(text):
        i, j = m.span()
        g = m.group()
        double = g in _DOUBLE_GLYPHS
        p = text[i - 1] if i > 0 else " "
        q = text[j] if j < n else " "
        if not double and p.isalnum() and q.isalnum():
            continue  # apostrophe inside a word: Ma’ruf, Jum'at
        if t.boiler and t.in_boilerplate(i, j):
            continue
        sp_before = p.isspace() or p in _OPENERS_BEFORE or i == 0
        sp_after = q.isspace() or q in ")]}>" or j == n or (q in "”’»" and not double)
        if sp_before and not sp_after:
            role = _OPEN
        elif sp_after and not sp_before:
            role = _CLOSE
        elif sp_before and sp_after:
            role = _OPEN if g in _OPEN_GLYPHS else _CLOSE if g in _CLOSE_GLYPHS else _AMBIG
        else:
            role = _AMBIG
        marks.append(_Mark(i, j, g, double, role))
    return marks


@dataclass
class _Pair:
    open: _Mark | None
    close: _Mark | None
    end: int  # content end when there is no closing mark
    broken: str = ""  # "" | "unterminated" | "unopened"


def _pair_marks(t: _Text, marks: list[_Mark], warnings: list[str]) -> list[_Pair]:
    """Pair quotation marks paragraph by paragraph; broken marks are closed or skipped with a warning."""
    pairs: list[_Pair] = []
    doubles = [k for k, m in enumerate(marks) if m.double]
    next_double: dict[int, int | None] = {}
    for a, b in zip(doubles, doubles[1:] + [None]):
        next_double[a] = b if b is not None and t.para_index(marks[b].start) == t.para_index(marks[a].start) else None
    d_open: int | None = None
    s_open: int | None = None
    skip: set[int] = set()
    for k, m in enumerate(marks):
        if k in skip:
            continue
        para = t.para_index(m.start)
        if d_open is not None and t.para_index(marks[d_open].start) != para:
            pairs.append(_Pair(marks[d_open], None, t.para_span(t.para_index(marks[d_open].start))[1], "unterminated"))
            d_open = None
        if s_open is not None and t.para_index(marks[s_open].start) != para:
            s_open = None
        if m.double:
            s_open = None
            if d_open is None:
                if m.role in (_OPEN, _AMBIG):
                    d_open = k
                else:
                    pairs.append(_Pair(None, m, m.start, "unopened"))
                continue
            if m.role in (_CLOSE, _AMBIG):
                pairs.append(_Pair(marks[d_open], m, m.start))
                d_open = None
                continue
            nxt = next_double.get(k)
            if nxt is None:
                # A lone opening-looking mark after an open quote: the writer misplaced the closing
                # mark ('... yang ada "Sudarsono pun ...').
                pairs.append(_Pair(marks[d_open], m, m.start))
                d_open = None
                continue
            after = next_double.get(nxt)
            if marks[nxt].role != _OPEN and after is not None and marks[after].role != _OPEN:
                skip.add(nxt)  # a quote nested in a quote: '"Dia bilang "tidak ada" ke saya," kata X'
                continue
            pairs.append(_Pair(marks[d_open], None, m.start, "unterminated"))
            d_open = k
            continue
        if d_open is not None:
            continue  # single marks inside a double quote are nested quotes or apostrophes
        if s_open is None:
            if m.role in (_OPEN, _AMBIG):
                s_open = k
            continue
        if m.role in (_CLOSE, _AMBIG):
            pairs.append(_Pair(marks[s_open], m, m.start))
            s_open = None
        else:
            s_open = k
    if d_open is not None:
        pairs.append(_Pair(marks[d_open], None, t.para_span(t.para_index(marks[d_open].start))[1], "unterminated"))
    pairs.sort(key=lambda p: (p.open or p.close).start)  # type: ignore[union-attr]
    return pairs


# --------------------------------------------------------------------------- the finder


def _trim(text: str, start: int, end: int, *, drop_final_stop: bool = True) -> tuple[int, int]:
    while start < end and (text[start].isspace() or text[start] in ",;:–—-"):
        start += 1
    while end > start:
        c = text[end - 1]
        if c.isspace() or c in ",;:\"“”‘’'«»`":
            end -= 1
        elif c == "." and drop_final_stop and not text[max(start, end - 3):end] == "...":
            end -= 1
        else:
            break
    return start, end


class QuoteFinder:
    """Finds quotes in one text; see :func:`find_quotes`."""

    def __init__(self, text: str, *, boilerplate: Sequence[dict] = (), sentence_starts: Iterable[int] = (),
                 min_words: int = 3, indirect: bool = True):
        self.text = text
        self.t = _Text(text, boilerplate=boilerplate, sentence_starts=sentence_starts)
        self.p = _Parser(self.t)
        self.min_words = min_words
        self.indirect = indirect
        self.warnings: list[str] = []
        self.candidates: list[_Candidate] = []
        # spans taken by direct quotes (marks and tags included), set before indirect search
        self._blocks: list[tuple[int, int]] = []
        self._block_starts: list[int] = []

    # ---- attribution tags
    def _is_cue(self, i: int) -> bool:
        return self.t.tl[i] in R.CUE_WORDS

    def _is_cue_nya(self, i: int) -> bool:
        low = self.t.tl[i]
        return low in R.CUE_NYA_WORDS or low in ("menurutnya",)

    def tag_after(self, pos: int, limit: int) -> _Tag | None:
        """An attribution tag right after a closing mark: '," ujar Sugianto', '". Tambahnya', '" – Sugianto'."""
        t, p = self.t, self.p
        i = t.tok_at_or_after(pos)
        dash = period = False
        skipped = 0
        while i < t.ntok and skipped < 2 and t.tw[i] in (",", ".", "-", "–", "—", ":", ";"):
            dash = dash or t.tw[i] in ("-", "–", "—")
            period = period or t.tw[i] in (".", ";")
            i += 1
            skipped += 1
        if i >= t.ntok or t.ts[i] >= limit or t.para_index(t.ts[i]) != t.para_index(max(pos - 1, 0)):
            return None
        if t.tl[i] == "demikian" and i + 1 < t.ntok:
            i += 1
        low = t.tl[i]
        if self._is_cue_nya(i) or (low.endswith("nya") and low[:-3] in R.CUE_WORDS):
            return _Tag((t.ts[i], t.te[i]), None, t.te[i], nya=True)
        if low in R.CUE_WORDS or low in R.SPEECH_VERBS or low in R.PASSIVE_SPEECH_VERBS:
            if period and low in R.SPEECH_VERBS:
                return None  # "…". Ia menambahkan, ... starts a new statement
            j = i + 1
            if j < t.ntok and t.tl[j] == "oleh":
                j += 1
            mention = p.mention_forward(j, limit)
            if mention is None:
                mention = self._handle_after(j, limit)
            if mention is None:
                if low in R.AMBIGUOUS_CUE_WORDS or low not in R.CUE_WORDS:
                    return None
                return _Tag((t.ts[i], t.te[i]), None, t.te[i], nya=True)
            return _Tag((t.ts[i], t.te[i]), mention, mention.end)
        if low in ("hal", "pernyataan") and i + 2 < t.ntok and t.tl[i + 1] in R.ANAPHORIC_DETERMINERS and (
            t.tl[i + 2] in R.PASSIVE_SPEECH_VERBS
        ):
            j = i + 3
            if j < t.ntok and t.tl[j] == "oleh":
                j += 1
            mention = p.mention_forward(j, limit)
            if mention is not None:
                return _Tag((t.ts[i + 2], t.te[i + 2]), mention, mention.end)
            return None
        mention = p.mention_forward(i, limit)
        if mention is None:
            return None
        if dash and mention.kind == "name":
            return _Tag(None, mention, mention.end)
        if period:
            return None
        # Inverted order: '"...," Sugianto menambahkan.'
        k = t.tok_at_or_after(mention.end)
        while k < t.ntok and t.tl[k] in R.SUBJECT_VERB_ADVERBS:
            k += 1
        if k < t.ntok and (t.tl[k] in R.CUE_WORDS or t.tl[k] in R.SPEECH_VERBS):
            end_ok = k + 1 >= t.ntok or t.tw[k + 1] in (".", ",", "!", "?") or t.tl[k + 1] in _PREPOSITIONS
            if end_ok:
                return _Tag((t.ts[k], t.te[k]), mention, t.te[k])
        return None

    def _handle_after(self, j: int, limit: int) -> Mention | None:
        """'bunyi keterangan yang dikutip dari akun instagram @ifscclimbing': the first handle in reach."""
        t = self.t
        for k in range(j, min(j + 12, t.ntok)):
            if t.ts[k] >= limit or t.tw[k] in (".", "!", "?"):
                return None
            if t.tw[k].startswith("@") and len(t.tw[k]) > 1:
                return Mention(t.ts[k], t.te[k], "handle")
        return None

    def tag_before(self, pos: int, floor: int) -> _Tag | None:
        """A speaker introduced before an opening mark: 'Sugianto mengatakan, "', 'Menurut X, "', 'kata X: "'."""
        t, p = self.t, self.p
        j = t.tok_before(pos)
        lower = t.tok_at_or_after(floor)
        if j < lower:
            return None
        colon = False
        while j >= lower and t.tw[j] in (",", ":", "-", "–", "—"):
            colon = colon or t.tw[j] == ":"
            j -= 1
        if j < lower:
            return None
        low = t.tl[j]
        if low in ("bahwa", "bahwasanya"):
            j -= 1
            if j < lower:
                return None
            low = t.tl[j]
        if low in R.SPEECH_VERBS or low in R.CUE_WORDS and low not in R.AMBIGUOUS_CUE_WORDS:
            if low in R.QUOTATION_VERBS:
                return None
            subj = p.subject_before(j, lower)
            if subj is not None and subj.kind != "negated":
                return _Tag((t.ts[j], t.te[j]), subj, t.te[j])
            return None
        if low in R.ACCORDING_TO_NYA or self._is_cue_nya(j):
            return _Tag((t.ts[j], t.te[j]), None, t.te[j], nya=True)
        # "Menurut Sugianto, "...", "kata Kapolres: "...", "Mengutip ucapan Dr. Sutomo "...".
        first = p.name_phrase_backward(j, lower)
        if first is None and low in R.PRONOUNS:
            first = j
        if first is None:
            return None
        k = first - 1
        while k >= lower and t.tl[k] in R.QUOTATION_NOUNS:
            k -= 1
        if k >= lower and (t.tl[k] in R.ACCORDING_TO or t.tl[k] in R.QUOTATION_VERBS or self._is_cue(k)):
            kind = "pronoun" if t.tl[first] in R.PRONOUNS else "name"
            return _Tag((t.ts[k], t.te[k]), Mention(t.ts[first], t.te[j], kind), t.te[j])
        if colon and (k < lower or t.tw[k] in (".", "\n")):
            return _Tag(None, Mention(t.ts[first], t.te[j], "name"), t.te[j])
        return None

    # ---- direct quotes
    def _standalone(self, pos: int) -> bool:
        """Whether an opening mark at ``pos`` starts a paragraph, a sentence or follows a colon."""
        text = self.text
        j = pos - 1
        while j >= 0 and text[j] in " \t\u00a0":
            j -= 1
        if j < 0 or text[j] in "\n.!?:…":
            return True
        if text[j] in _CLOSERS_AFTER_END:
            k = j - 1
            while k >= 0 and text[k] in _CLOSERS_AFTER_END + " ":
                k -= 1
            return k < 0 or text[k] in ".!?…"
        return self.t.para_index(pos) != self.t.para_index(j) or (
            bool(self.t.boiler) and self.t.in_boilerplate(j, j + 1)
        )

    def _introduced_as_name(self, pos: int) -> bool:
        """A title, slogan or term announced before the mark: 'bertema "…"', 'berjudul "…"'."""
        t = self.t
        j = t.tok_before(pos)
        words = 0
        for k in range(j, max(-1, j - 3), -1):
            if t.tw[k] in (",", ":"):
                continue
            if t.tl[k] in R.NON_QUOTE_INTRODUCERS and (words == 0 or not self._is_cue(k)):
                return True  # 'kata "demokrasi"' is a word; 'kata Yuliana, "..."' a speaker
            if not t.tw[k][0].isalpha():
                return False
            words += 1
        return False

    def _title_case(self, start: int, end: int) -> bool:
        t = self.t
        a, b = t.tok_at_or_after(start), t.tok_at_or_after(end)
        words = [t.tw[k] for k in range(a, b) if t.tw[k][0].isalpha()]
        if not words or len(words) > 8:
            return False
        return all(w[0].isupper() or w.lower() in ("dan", "di", "ke", "dari", "yang", "untuk") for w in words)

    def find_direct(self) -> None:
        t = self.t
        pairs = self._merge_nested_pairs(_pair_marks(t, _scan_marks(t), self.warnings))
        for pair in pairs:
            cand = self._direct_candidate(pair)
            if cand is not None:
                self.candidates.append(cand)
            elif pair.broken == "unterminated" and pair.open is not None and not any(
                    w.endswith(f"at {pair.open.start}") for w in self.warnings[-2:]):
                self.warnings.append(f"quotes: skipped an unclosed quotation mark at {pair.open.start}")

    def _direct_candidate(self, pair: _Pair) -> _Candidate | None:
        t, text = self.t, self.text
        if pair.broken == "unopened":
            close = pair.close
            assert close is not None
            stray_tag = self.tag_after(close.end, t.para_span(t.para_index(close.start))[1])
            if stray_tag is None:
                self.warnings.append(f"quotes: skipped a closing quotation mark without an opening one at {close.start}")
                return None
            si = t.sent_index(max(close.start - 1, 0))
            start = self._extend_first_person(si, t.sent_span(si)[0])
            start, end = _trim(text, start, close.start)
            if t.word_count(start, end) < self.min_words:
                return None
            self.warnings.append(f"quotes: quotation mark at {close.start} has no opening mark; quote taken from "
                                 f"the sentence start")
            return _Candidate("direct", start, end, stray_tag, start, direct_span=(start, close.end))
        opener = pair.open
        assert opener is not None
        c_start, c_end = opener.end, pair.close.start if pair.close else pair.end
        para_end = t.para_span(t.para_index(opener.start))[1]
        tag: _Tag | None = None
        if pair.broken == "unterminated":
            cut, tag = self._cut_unterminated(opener, c_end)
            if cut is None:
                return None
            c_end = cut
        c_start, c_end = _trim(text, c_start, c_end)
        if c_end <= c_start:
            return None
        if pair.close is not None:
            tag = self.tag_after(pair.close.end, para_end)
        floor = t.sent_span(t.sent_index(opener.start))[0]
        pre = self.tag_before(opener.start, floor) if tag is None else None
        words = t.word_count(c_start, c_end)
        standalone = self._standalone(opener.start)
        if self._introduced_as_name(opener.start):
            return None
        if tag is None and pre is None:
            if not standalone or words < 4 or self._title_case(c_start, c_end):
                return None  # scare quotes, titles, nicknames, slogans
            if not opener.double and words < 6:
                return None
        elif words <= 3 and not standalone and pre is None:
            # '... yang "Distabilo Merah" oleh Polri, kata X': a scare quote inside a reported sentence.
            inner = text[c_start:c_end]
            if not any(ch in inner for ch in ".!?,"):
                return None
        if tag is None and pre is not None:
            tag = pre
        end_mark = pair.close.end if pair.close else c_end
        cand = _Candidate("direct", c_start, c_end, tag, opener.start, continuation=tag is None,
                          direct_span=(opener.start, max(end_mark, tag.end if tag and tag is not pre else end_mark)))
        cand.chained = pair.broken == "unterminated" and tag is None and self._next_paragraph_opens(opener.start)
        return cand

    def _next_paragraph_opens(self, pos: int) -> bool:
        t = self.t
        pi = t.para_index(pos)
        if pi + 1 >= len(t.para_starts):
            return False
        nxt = t.para_starts[pi + 1]
        return nxt < t.n and self.text[nxt] in "“\"„«‘`'"

    def _cut_unterminated(self, opener: _Mark, end: int) -> tuple[int | None, _Tag | None]:
        """Where a quote without a closing mark ends, or None to drop it."""
        t, text = self.t, self.text
        pi = t.para_index(opener.start)
        # The multi-paragraph convention: an unclosed paragraph followed by one that opens again.
        if end == t.para_span(pi)[1] and pi + 1 < len(t.para_starts):
            nxt = t.para_starts[pi + 1]
            if nxt < t.n and text[nxt] in "“\"„«‘`'":
                return end, None
        # An unquoted tag inside: '"Akan ditangani unit PPA, ujar Kasat.'
        si, last = t.sent_index(opener.end), t.sent_index(max(end - 1, opener.end))
        for s in range(si, min(last + 1, si + _MAX_UNTERMINATED_SENTENCES + 1)):
            s_start, s_end = t.sent_span(s)
            a = t.tok_at_or_after(max(s_start, opener.end))
            b = t.tok_at_or_after(min(s_end, end))
            for k in range(a, b - 1):
                if t.tw[k] == "," and (self._is_cue(k + 1) or self._is_cue_nya(k + 1)):
                    tag = self.tag_after(t.ts[k], end)
                    if tag is not None:
                        self.warnings.append(f"quotes: quotation mark at {opener.start} is never closed; "
                                             f"quote ends before its attribution")
                        return t.ts[k], tag
        n_sent = last - si + 1
        if end - opener.end <= _MAX_UNTERMINATED_CHARS and n_sent <= _MAX_UNTERMINATED_SENTENCES:
            self.warnings.append(f"quotes: quotation mark at {opener.start} is never closed; quote runs to "
                                 f"the end of its paragraph")
            return end, None
        self.warnings.append(f"quotes: skipped an unclosed quotation mark at {opener.start}")
        return None, None

    def _merge_nested_pairs(self, pairs: list[_Pair]) -> list[_Pair]:
        """Join '" Jangan kemudian " ah itu ... " tapi upaya ... , " kata Ida' into one pair.

        Straight quotes nested in straight quotes pair up wrongly when every mark
        has spaces on both sides. The sign: a piece that starts a sentence, ends
        without punctuation and has no tag, followed in the same sentence by a
        piece that has one.
        """
        t, text = self.t, self.text
        out: list[_Pair] = []
        i = 0
        while i < len(pairs):
            cur = pairs[i]
            nxt = pairs[i + 1] if i + 1 < len(pairs) else None
            if (nxt is not None and not cur.broken and not nxt.broken and cur.open and cur.close and nxt.open
                    and nxt.close and cur.open.glyph == '"' and nxt.open.glyph == '"'
                    and t.para_index(cur.open.start) == t.para_index(nxt.close.start)
                    and 0 <= nxt.open.start - cur.close.end <= 100
                    and not any(ch in text[cur.close.end:nxt.open.start] for ch in ".!?")
                    and text[cur.open.end:cur.close.start].rstrip()[-1:] not in (".", ",", "!", "?", "")
                    and self._standalone(cur.open.start)
                    and self.tag_after(cur.close.end, nxt.open.start) is None
                    and self.tag_after(nxt.close.end, t.para_span(t.para_index(nxt.close.start))[1]) is not None):
                out.append(_Pair(cur.open, nxt.close, nxt.close.start))
                i += 2
                continue
            out.append(cur)
            i += 1
        return out

    def _extend_first_person(self, si: int, start: int) -> int:
        """Extend an unquoted statement back over earlier first-person sentences of its paragraph."""
        t = self.t
        pi = t.para_index(start)
        k = si - 1
        steps = 0
        while k >= 0 and steps < 3:
            s_start, s_end = t.sent_span(k)
            if t.para_index(s_start) != pi or self._blocked(s_start, s_end):
                break
            a, b = t.tok_at_or_after(s_start), t.tok_at_or_after(s_end)
            if not any(t.tl[x] in _FIRST_PERSON for x in range(a, b)):
                break
            start = s_start
            k -= 1
            steps += 1
        return start

    # ---- indirect quotes
    def _blocked(self, start: int, end: int) -> bool:
        for a, b in self._blocks_near(start):
            if a < end and start < b:
                return True
        return False

    def _blocks_near(self, pos: int) -> list[tuple[int, int]]:
        i = bisect.bisect_right(self._block_starts, pos) - 1
        return self._blocks[max(0, i - 1): i + 3]

    def find_indirect(self) -> None:
        t = self.t
        blocks = sorted(c.direct_span or (c.start, c.end) for c in self.candidates)
        self._blocks = blocks
        self._block_starts = [b[0] for b in blocks]
        for si in range(len(t.sent_starts)):
            s_start, s_end = t.sent_span(si)
            if s_end <= s_start or (t.boiler and t.in_boilerplate(s_start, s_end)):
                continue
            for seg_start, seg_end in self._free_segments(s_start, s_end):
                cand = self._indirect_in(seg_start, seg_end, si)
                while cand is not None:
                    self.candidates.append(cand)
                    # A statement that ends before the sentence does ("Selain mengucapkan X, ...")
                    # leaves the rest of the sentence to search.
                    if not seg_start <= cand.end < seg_end or t.word_count(cand.end, seg_end) < 3:
                        break
                    seg_start = cand.end
                    cand = self._indirect_in(seg_start, seg_end, si)

    def _free_segments(self, start: int, end: int) -> list[tuple[int, int]]:
        segs = []
        cur = start
        for a, b in self._blocks_near(start) + self._blocks_near(end):
            if b <= cur or a >= end:
                continue
            if a > cur:
                segs.append((cur, a))
            cur = max(cur, b)
        if cur < end:
            segs.append((cur, end))
        return [s for s in dict.fromkeys(segs) if self.t.word_count(*s) >= 3]

    def _content(self, start: int, end: int) -> tuple[int, int] | None:
        start, end = _trim(self.text, start, end)
        if end <= start or self.t.word_count(start, end) < self.min_words:
            return None
        return start, end

    def _indirect_in(self, start: int, end: int, si: int) -> _Candidate | None:
        t, p = self.t, self.p
        a, b = t.tok_at_or_after(start), t.tok_at_or_after(end)
        if b - a < 3:
            return None
        # 1. "Menurut X, ..." / "Menurutnya, ..." at a clause start.
        for k in range(a, min(b, a + 12)):
            low = t.tl[k]
            initial_cue = low in R.CLAUSE_INITIAL_CUES and k == self._skip_connectives(a, b)
            if low not in R.ACCORDING_TO and low not in R.ACCORDING_TO_NYA and not initial_cue:
                continue
            if k > a and t.tw[k - 1] not in (",", "-", "–", "—", ":") and t.tl[k - 1] not in R.SENTENCE_CONNECTIVES:
                continue  # (a dateline or a time stamp may come first: "JAKARTA – Menurut X, ...")
            if low in R.ACCORDING_TO_NYA:
                if low == "katanya" and not (k + 1 < b and t.tw[k + 1] == ","):
                    continue  # "Katanya, ..." opens what was said; a bare "katanya" is hearsay
                c = k + 1 + (k + 1 < b and t.tw[k + 1] == ",")
                content = self._content(t.ts[c], end) if c < b else None
                if content:
                    return _Candidate("indirect", *content, _Tag((t.ts[k], t.te[k]), None, t.te[k], nya=True),
                                      t.ts[k])
                continue
            if k + 1 >= b or t.tl[k + 1] in R.ACCORDING_TO_NON_SPEAKERS:
                continue
            mention = p.mention_forward(k + 1, end)
            if mention is None:
                continue
            c = t.tok_at_or_after(mention.end)
            if c < b and t.tl[c] in R.ANAPHORIC_DETERMINERS:
                c += 1  # "Menurut aktor yang akrab disapa Eza itu, ..."
            if k > a and t.tw[k - 1] == "," and (c >= b or t.tw[c] in (".", "!", "?")):
                # trailing: "Harga naik tajam, menurut Budi." reports the clause before it
                content = self._content(self._extend_first_person(t.sent_index(start), start), t.ts[k - 1])
                if content:
                    return _Candidate("indirect", *content, _Tag((t.ts[k], t.te[k]), mention, mention.end),
                                      content[0])
                continue
            if (mention.kind == "name" or initial_cue) and (c >= b or t.tw[c] != ","):
                continue
            content = self._content(t.ts[c] if c < b else end, end)
            if content:
                return _Candidate("indirect", *content, _Tag((t.ts[k], t.te[k]), mention, mention.end), t.ts[k])
        # 2. Sentence-initial passive: "Dikatakan korban, ...", "Dilanjutkan Bupati, ...".
        k = self._skip_connectives(a, b)
        if k < b and t.tl[k] in R.PASSIVE_SPEECH_VERBS and t.tw[k][0].isupper():
            j = k + 1 + (k + 1 < b and t.tl[k + 1] == "oleh")
            mention = p.mention_forward(j, end)
            if mention is not None:
                c = t.tok_at_or_after(mention.end)
                if c < b and t.tw[c] == ",":
                    content = self._content(t.te[c], end)
                    if content:
                        return _Candidate("indirect", *content, _Tag((t.ts[k], t.te[k]), mention, mention.end),
                                          t.ts[k])
        # 3./4. Interjected ("Saat itu, kata Iqbal, ...") or trailing ("..., Ujar Bupati.") tags.
        for k in range(a + 1, b - 1):
            if t.tw[k] != ",":
                continue
            cue = k + 1
            if not (self._is_cue(cue) or self._is_cue_nya(cue)):
                continue
            if self._is_cue_nya(cue):
                tag = _Tag((t.ts[cue], t.te[cue]), None, t.te[cue], nya=True)
                after = cue + 1
            else:
                mention = p.mention_forward(cue + 1, end)
                if mention is None:
                    continue
                tag = _Tag((t.ts[cue], t.te[cue]), mention, mention.end)
                after = t.tok_at_or_after(mention.end)
            rest = after + 1 if after < b and t.tw[after] == "," else after
            if rest < b and t.tw[after] == "," and t.tl[rest] not in _PREPOSITIONS and not self._is_date_word(rest):
                content = self._content(t.ts[rest], end)
                if content:
                    return _Candidate("indirect", *content, tag, t.ts[a])
                continue
            if rest >= b or t.tw[after] in (".", "!", "?") or t.tl[rest] in _PREPOSITIONS or self._is_date_word(rest):
                si0 = t.sent_index(start)
                first = self._extend_first_person(si0, start)
                content = self._content(first, t.ts[k])
                if content:
                    return _Candidate("indirect", *content, tag, content[0])
        # 5. Passive attribution: "Hal tersebut dikatakan Kasat Reskrim ...", "X disampaikan Ahmad Yani ...".
        cand = self._passive(a, b, start, end, si)
        if cand is not None:
            return cand
        # 6. Subject + speech verb + content.
        return self._active(a, b, start, end, si)

    def _is_date_word(self, k: int) -> bool:
        return self.t.tl[k] in _DAYS_MONTHS or self.t.tw[k][0].isdigit()

    def _past_fronted_participle(self, a: int, v: int) -> int:
        """The token after a fronted passive clause and its comma ("Ditemui usai pelantikan, Hendra
        mengaku ..."; "Dikonfirmasi terpisah, Kepala ..."), else ``a``: the clause has no subject of its own."""
        t = self.t
        if not (a < v and _PARTICIPLE.fullmatch(t.tl[a]) and t.tw[a][:1].isupper()):
            return a
        comma = next((x for x in range(a + 1, min(v, a + 8)) if t.tw[x] == ","), None)
        return comma + 1 if comma is not None else a

    def _skip_connectives(self, a: int, b: int) -> int:
        t = self.t
        k = a
        for _ in range(3):
            if k + 1 < b and f"{t.tl[k]} {t.tl[k + 1]}" in R.SENTENCE_CONNECTIVES:
                k += 2
            elif k < b and t.tl[k] in R.SENTENCE_CONNECTIVES and t.tl[k] not in R.PASSIVE_SPEECH_VERBS:
                k += 1
            else:
                break
            if k < b and t.tw[k] == ",":
                k += 1
        return k

    def _passive(self, a: int, b: int, start: int, end: int, si: int) -> _Candidate | None:
        t, p = self.t, self.p
        for k in range(a + 1, b):
            if t.tl[k] not in R.PASSIVE_SPEECH_VERBS or t.tl[k] in R.SENTENCE_INITIAL_PASSIVES:
                continue
            if t.tl[k - 1] == "yang":
                continue  # "jadwal yang disampaikan manajemen": a thing described, not what was said
            j, mention = p.agent_after(k, b, end)
            agent_after = mention is not None
            if mention is None:
                for x in range(k + 1, b - 1):
                    if t.tl[x] == "oleh":
                        mention = p.mention_forward(x + 1, end)
                        if mention is not None:
                            j = x
                        break
            if mention is None or mention.kind not in ("name", "pronoun", "role"):
                continue
            tag = _Tag((t.ts[k], t.te[k]), mention, mention.end)
            first = self._skip_connectives(a, b)
            if tuple(t.tl[x] for x in range(first, k)) in R.ANAPHORIC_CONTENT:
                return self._previous_sentence(si, tag)
            tail_end = t.te[b - 1]
            after_agent = t.tok_at_or_after(mention.end)
            if agent_after and after_agent < b and t.tl[after_agent] in R.ADJUNCT_OPENERS \
                    and k - first <= 4 and t.tl[k - 1] in R.ANAPHORIC_DETERMINERS:
                continue  # "Pengungkapan kasus itu disampaikan Kabid Humas ... dalam konferensi pers": a topic
            adjunct_only = after_agent < b and t.tl[after_agent] in R.ADJUNCT_OPENERS and not any(
                t.tl[x] in R.COMPLEMENTISERS for x in range(after_agent, b))
            if agent_after and (after_agent >= b or t.tw[after_agent] in (".", ",") or adjunct_only):
                # "X, disampaikan Bupati dalam rapat": what was said is X, not the adjunct
                content = self._content(start, t.ts[k])
            elif not agent_after:
                content = self._content(start, t.ts[j])
            else:
                content = self._content(start, min(end, tail_end))
            if content:
                return _Candidate("indirect", *content, tag, content[0])
        return None

    def _previous_sentence(self, si: int, tag: _Tag) -> _Candidate | None:
        """The words of sentence ``si - 1`` as said by ``tag`` ("Hal itu disampaikan Bupati"): a direct
        quote there gets the tag when it has none, free text becomes an indirect quote."""
        if si == 0:
            return None
        ps, pe = self.t.sent_span(si - 1)
        for cand in self.candidates:
            if cand.kind == "direct" and ps <= cand.start < pe + 1 and cand.continuation:
                cand.tag = tag
                cand.continuation = False
                return None
            if cand.kind == "indirect" and ps <= cand.start < pe:
                return None  # already a statement with its speaker ("X mengatakan A. Hal itu ...")
        if self._blocked(ps, pe):
            return None
        content = self._content(ps, pe)
        return _Candidate("indirect", *content, tag, content[0]) if content else None

    def _speech_verb_at(self, k: int) -> bool:
        low = self.t.tl[k]
        if low in R.SPEECH_VERBS:
            return True
        # One missing letter in a long speech verb ("menyampaian") is a common typo.
        if len(low) >= 9 and low.startswith("me"):
            return low in _TYPO_FORMS
        return False

    def _active(self, a: int, b: int, start: int, end: int, si: int) -> _Candidate | None:
        t, p = self.t, self.p
        for v in range(a, b - 1):
            if not self._speech_verb_at(v):
                continue
            low = t.tl[v]
            # (after "tetapi" the noun before the comma is the first verb's object: "memuji petugas, tetapi")
            subj = None if v - 1 >= a and t.tl[v - 1] in _CONTRAST_LINKS else \
                p.subject_before(v, self._past_fronted_participle(a, v))
            if subj is None and v - 1 >= a and t.tl[v - 1] in _SAME_SUBJECT_LINKS:
                # "Adi membandingkan ... dengan mengatakan bahwa ...", "Erick mengapresiasi atlet, tetapi
                # mengingatkan bahwa ...": the sentence's subject speaks.
                subj = p.mention_forward(self._skip_connectives(a, b), t.ts[v])
            if subj is None and v - 1 >= a and t.tl[v - 1] == "selain":
                cand = self._besides(v, a, b)
                if cand is not None:
                    return cand
            if subj is None or subj.kind == "negated":
                continue
            if subj.kind == "name" and self._common_noun_subject(subj):
                continue  # "Banjir meminta korban jiwa": a common noun at the sentence start
            c = v + 1
            # "menyampaikan sambutannya yang intinya mengatakan bahwa ...": skip to the inner verb.
            if c < b and t.tl[c] in R.SPEECH_EVENT_NOUNS:
                for x in range(c + 1, min(b - 1, c + 8)):
                    if self._speech_verb_at(x):
                        c = x + 1
                        break
            had_comp = False
            while c < b and t.tw[c] in (",", ":"):
                c += 1
                had_comp = True
            if not had_comp and c < b and t.tl[c] in R.ADJUNCT_OPENERS:
                # "mengatakan di hadapan parlemen bahwa ...", "mengatakan kepada Reuters bahwa ...":
                # the adjunct belongs to the verb, the content starts after the complementiser
                c = self._past_adjunct(c, b)
            if c < b and t.tl[c] in R.COMPLEMENTISERS:
                c += 1
                had_comp = True
                if c < b and t.tw[c] == ",":
                    c += 1
            if low in R.WEAK_SPEECH_VERBS and not had_comp and not (
                    low in R.CLAUSE_OBJECT_VERBS and self._clause_object(c, b)):
                continue
            if not had_comp and c < b and t.tl[c] in R.NO_SPEECH_OBJECTS.get(low, ()):
                continue  # "Persib memastikan tiket ke final": a thing secured, nothing said
            if not had_comp and c + 1 < b and (t.tl[c].isdigit() or t.tl[c] in NUMBER_WORDS) \
                    and t.tl[c + 1] in R.SCORE_UNITS:
                continue  # "Yudha menambahkan 15 poin": a tally, nothing said
            if c >= b:
                continue
            if self.text[t.ts[c]] in "“\"„«‘'`":
                return None  # the verb introduces a direct quote
            if self._anaphoric_object(c, b):
                # "Biden menyampaikan hal itu di Gedung Putih": what was said is the previous sentence.
                return self._previous_sentence(si, _Tag((t.ts[v], t.te[v]), subj, subj.end))
            if not had_comp and self._demonstrative_object(c, b):
                continue  # "Wulan membantah tuduhan tersebut lewat unggahan": a thing named, nothing said
            content = self._content(t.ts[c], end)
            if content is None:
                continue
            return _Candidate("indirect", *content, _Tag((t.ts[v], t.te[v]), subj, subj.end), t.ts[v])
        return None

    def _clause_object(self, c: int, b: int) -> bool:
        """Tokens ``c``.. are a clause: a subject of one to three words, then a verb ("lembaganya
        menerima ...", "camat dan lurah ikut mendata"), not a thing ("kasus itu ke polisi")."""
        t = self.t
        if c >= b or not t.tw[c].isalpha() or _VERB_FORM.match(t.tl[c]):
            return False
        for x in range(c + 1, min(b, c + 4)):
            if not t.tw[x].isalpha() or t.tl[x] == "yang":
                return False
            if _VERB_FORM.match(t.tl[x]) or t.tl[x] in _AUXILIARIES:
                return True
        return False

    def _past_adjunct(self, c: int, b: int) -> int:
        """The complementiser ending a short adjunct that opens at ``c`` ("di hadapan parlemen bahwa"),
        or ``c`` when none comes within six words."""
        t = self.t
        for x in range(c + 1, min(b, c + 7)):
            if t.tl[x] in ("bahwa", "bahwasanya"):
                return x
            if not t.tw[x][0].isalnum():
                break
        return c

    def _demonstrative_object(self, c: int, b: int) -> bool:
        """Tokens ``c``.. are a noun or two closed by a demonstrative ("tuduhan tersebut", "kabar itu")
        that ends the clause or is followed by an adjunct."""
        t = self.t
        for n in (1, 2):
            d = c + n
            if d < b and t.tl[d] in R.ANAPHORIC_DETERMINERS and all(t.tw[x].isalpha() and t.tw[x].islower()
                                                                      for x in range(c, d)):
                nxt = d + 1
                return nxt >= b or not t.tw[nxt].isalnum() or (t.tl[nxt] in R.ADJUNCT_OPENERS and t.tl[nxt] != "yang")
        return False

    def _anaphoric_object(self, c: int, b: int) -> bool:
        """Tokens ``c``.. are "hal itu" / "demikian" ending the clause or followed by an adjunct ("di
        Gedung Putih", "kepada wartawan"), not the subject of a reported clause ("hal itu penting")."""
        t = self.t
        for n in (2, 1):
            if tuple(t.tl[c:c + n]) in R.ANAPHORIC_CONTENT:
                nxt = c + n
                if n == 1 and nxt < b and t.tl[nxt] == "yang":
                    return False  # "hal yang memberatkan adalah ...": a clause about a thing, said now
                return nxt >= b or not t.tw[nxt].isalnum() or t.tl[nxt] in R.ADJUNCT_OPENERS
        return False

    def _common_noun_subject(self, subj: Mention) -> bool:
        t = self.t
        a, b = t.tok_at_or_after(subj.start), t.tok_at_or_after(subj.end)
        return (b - a == 1 and t.tl[a] in t.lower_words and not t.is_title(a) and t.tl[a] not in R.BODY_HEADS
                and t.tl[a] not in R.ROLE_NOUNS)

    def _besides(self, v: int, a: int, b: int) -> _Candidate | None:
        """'Selain mengucapkan selamat HUT ..., Sapril mengucapkan terima kasih ...': the first statement.

        Its content runs to the comma before the main clause, and its speaker is
        the subject of the main clause's speech verb.
        """
        t, p = self.t, self.p
        comma = next((k for k in range(v + 2, b) if t.tw[k] == ","), None)
        if comma is None:
            return None
        v2 = next((k for k in range(comma + 1, min(b, comma + 16)) if self._speech_verb_at(k)), None)
        if v2 is None:
            return None
        subj = p.subject_before(v2, comma + 1)
        if subj is None or subj.kind not in ("name", "pronoun", "role"):
            return None
        content = self._content(t.te[v], t.ts[comma])
        if content is None:
            return None
        return _Candidate("indirect", *content, _Tag((t.ts[v], t.te[v]), subj, subj.end), t.ts[v])

    # ---- driver
    def run(self) -> list[_Candidate]:
        self.find_direct()
        if self.indirect:
            self.find_indirect()
        self.candidates.sort(key=lambda c: (c.start, c.end))
        out: list[_Candidate] = []
        for cand in self.candidates:
            if out and cand.start < out[-1].end:
                if cand.kind == "indirect":
                    continue
                if out[-1].kind == "indirect":
                    out[-1] = cand
                    continue
            out.append(cand)
        return out


def _plain_noun(t: _Text, k: int) -> bool:
    """A lower-case word that is no verb form, preposition or quantifier ("pelaku", "usaha")."""
    return t.tw[k].isalpha() and t.tw[k].islower() and not _VERB_FORM.match(t.tl[k]) and \
        t.tl[k] not in _GROUP_QUANTIFIERS and t.tl[k] not in R.ADJUNCT_OPENERS and t.tl[k] not in _PREPOSITIONS


def _typo_forms() -> frozenset[str]:
    """Speech verbs with one letter dropped ("menyampaian"), for words of nine letters or more."""
    forms = set()
    for verb in R.SPEECH_VERBS:
        if len(verb) < 10 or not verb.startswith("me"):
            continue
        for i in range(3, len(verb)):
            forms.add(verb[:i] + verb[i + 1:])
    return frozenset(forms - R.SPEECH_VERBS)


_TYPO_FORMS = _typo_forms()


# --------------------------------------------------------------------------- speaker resolution


@functools.lru_cache(maxsize=8192)
def _fold(text: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", " ", text.casefold()).split())


@functools.lru_cache(maxsize=8192)
def _similar(a: str, b: str) -> bool:
    """Same word up to one or two edits (typos of names: Sugiato/Sugianto, Ahamd/Ahmad)."""
    if a == b:
        return True
    if abs(len(a) - len(b)) > 2 or min(len(a), len(b)) < 4:
        return False
    if sorted(a) == sorted(b) and len(a) == len(b):
        return sum(x != y for x, y in zip(a, b)) <= 2
    # Levenshtein with a band of 2.
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb))
        prev = cur
    return prev[-1] <= 2


@dataclass
class _NameParts:
    name: tuple[int, int] | None
    title: tuple[int, int] | None
    body: tuple[int, int] | None
    guessed: bool = False  # the name was cut from a title phrase by its shape alone


class SpeakerResolver:
    """Maps speaker mentions to canonical names using persons, officials, entities and the text itself."""

    def __init__(self, t: _Text, *, persons: Sequence[dict] = (), officials: Sequence[dict] = (),
                 entities: Sequence[dict] = (), person_spans: Sequence[tuple[int, int]] = (),
                 place_spans: Sequence[tuple[int, int]] = ()):
        self.t = t
        self.text = t.text
        # Places and bodies: gazetteer hits and LOC/ORG entities. Inside a title they are the
        # jurisdiction; a phrase made only of them is a body, never a person.
        self.places = sorted({(int(a), int(b)) for a, b in place_spans or ()} | {
            (int(e["start"]), int(e["end"])) for e in entities or () if e.get("label") in ("LOC", "ORG")})
        self._place_starts = [p[0] for p in self.places]
        # span -> canonical person name
        self.person_mentions: list[tuple[int, int, str]] = []
        self.cluster_words: dict[str, list[str]] = {}
        for cluster in persons or ():
            name = cluster.get("name")
            if not name:
                continue
            for m in cluster.get("mentions", ()):
                self.person_mentions.append((int(m["start"]), int(m["end"]), name))
            for w in _fold(name).split():
                self.cluster_words.setdefault(w, []).append(name)
            for m in cluster.get("mentions", ()):
                for w in _fold(m.get("text", "")).split():
                    if name not in self.cluster_words.setdefault(w, []):
                        self.cluster_words[w].append(name)
        if not self.person_mentions:
            # Raw PER spans only when no person clusters are given: the clusters already use them.
            for s, e in person_spans or ():
                self.person_mentions.append((int(s), int(e), ""))
        self.person_mentions.sort()
        self._pm_starts = [m[0] for m in self.person_mentions]
        self.official_mentions: list[tuple[int, int, dict]] = []
        self.officials = [o for o in officials or () if o]
        for o in self.officials:
            for m in o.get("mentions", ()) or ():
                self.official_mentions.append((int(m["start"]), int(m["end"]), o))
        self.official_mentions.sort(key=lambda x: (x[0], x[1]))
        # distinct (expanded office words, holder) pairs of the named officials
        self.named_offices: list[tuple[list[str], str]] = [
            (office.split(), name) for office, name in dict.fromkeys(
                (_titles.expand_title(o["title"]), o["name"]) for o in self.officials if o.get("name") and o.get("title"))]
        self._om_starts = [m[0] for m in self.official_mentions]
        # Names and title links read from the text itself (used when no clusters are given).
        # folded word -> distinct full names holding it (keeps lookups linear); full name -> positions
        self.full_names: dict[str, dict[str, None]] = {}
        self.name_positions: dict[str, list[int]] = {}
        self._sorted_positions: dict[str, list[int]] = {}
        # first office word -> (office key, holder's name) -> positions where the link was read
        self.title_links: dict[str, dict[tuple[str, str], list[int]]] = {}
        self._sorted_links: dict[tuple[str, str], list[int]] = {}
        self.known_single: set[str] = set()
        self._split_cache: dict[tuple[int, int], _NameParts] = {}
        self._fullest_cache: dict[tuple[str, ...], list[str]] = {}

    # ---- overlaps
    @staticmethod
    def _overlaps(items: list, starts: list[int], start: int, end: int) -> list:
        i = bisect.bisect_left(starts, end)
        out = []
        k = i - 1
        while k >= 0 and i - k <= 12:
            s, e = items[k][0], items[k][1]
            if s < end and start < e:
                out.append(items[k])
            k -= 1
        return out[::-1]

    # ---- splitting a phrase into name / title / body
    def split(self, start: int, end: int) -> _NameParts:
        """Split a mention phrase into its person name, title and body parts.

        Segments are separated by commas and apposition links ("selaku"). In a
        title or body segment the name follows the last honorific or rank
        ("Kasat Reskrim Kompol Suryadi"), a parenthesised short form ("Komisi
        Pemberantasan Korupsi (KPK) Johan Budi SP") or starts at a word known
        as a name elsewhere in the text ("Bupati Tanjung Jabung Timur Romi
        Hariyanto"). A segment that starts with a name and then a title is a
        name ("Yudianto Kadis LH Kota Bekasi").
        """
        cached = self._split_cache.get((start, end))
        if cached is not None:
            return cached
        parts = self._split(start, end)
        self._split_cache[(start, end)] = parts
        return parts

    def _split(self, start: int, end: int) -> _NameParts:
        t = self.t
        a, b = t.tok_at_or_after(start), t.tok_at_or_after(end)
        segments: list[list[tuple[int, bool]]] = [[]]  # (token, follows a closing parenthesis)
        defined: list[bool] = [False]  # per segment: whether it gives its short form ("... (BMKG)")
        depth = 0
        after_paren = False
        for k in range(a, b):
            w = t.tw[k]
            if w == "(":
                depth += 1
                if k + 2 < b and t.tw[k + 2] == ")" and self._short_form(k + 1):
                    defined[-1] = True
                continue
            if w == ")":
                depth = max(0, depth - 1)
                after_paren = True
                continue
            if depth:
                continue
            if w == "," or t.tl[k] in R.APPOSITION_LINKS:
                segments.append([])
                defined.append(False)
                after_paren = False
                continue
            if w == ".":
                continue
            segments[-1].append((k, after_paren))
        names: list[tuple[int, int]] = []
        weak_names: list[tuple[int, int]] = []  # guessed from the shape of a title phrase
        titles: list[tuple[int, int]] = []
        bodies: list[tuple[int, int]] = []
        for seg, gives_short_form in zip(segments, defined):
            words = [(k, ap) for k, ap in seg if not t.is_degree(k) or t.is_title(k)]
            if not words:
                continue
            head = words[0][0]
            is_title = t.is_title(head)
            if not is_title and gives_short_form and not any(ap for _, ap in words):
                # a body's long form with its short form, its last field after a comma: "...,
                # Klimatologi, dan Geofisika (BMKG)", "... Sains, dan Teknologi (Kemdiktisaintek)"
                bodies.append((t.ts[head], t.te[words[-1][0]]))
                continue
            is_body = not is_title and (t.tl[head] in R.BODY_HEADS or self._acronym(head))
            if is_title or is_body:
                ks = [k for k, _ in words]
                cut = None
                hons = [i for i, k in enumerate(ks) if t.is_honorific(k) and i > 0
                        and (t.tl[ks[i - 1]], t.tl[k]) not in _RANK_IN_TITLE]
                if hons:
                    cut = hons[-1] + 1
                else:
                    paren = [i for i, (k, ap) in enumerate(words) if ap]
                    if paren:
                        # "Komisi Pemberantasan Korupsi (KPK) Johan Budi SP": the name follows the
                        # short form, unless a jurisdiction does ("(BPKAD) Kota Bekasi, Sudarsono").
                        after = self._skip_office(ks, paren[0])
                        rest = ks[after:]
                        if 1 <= len(rest) <= 3 and (len(rest) > 1 or self._is_known_name_word(t.tl[rest[0]])):
                            cut = after
                    else:
                        cut = next((i for i, k in enumerate(ks) if i > 0 and not t.is_title(k)
                                    and self._is_known_name_word(t.tl[k]) and t.tl[k] not in R.BODY_HEADS), None)
                        if cut is not None:
                            # "... Timur Romi Hariyanto" with only "Hariyanto" known: the name starts
                            # after the office and its places, or at an earlier known word.
                            floor = self._skip_office(ks, 1) if self.places else cut
                            while cut > max(1, floor) and self._name_like(ks[cut - 1]):
                                cut -= 1
                            while cut > 1 and self._is_known_name_word(t.tl[ks[cut - 1]]) and self._name_like(
                                    ks[cut - 1]):
                                cut -= 1
                    if cut is None and is_title:
                        guess = (self._name_after_jurisdiction(ks) if self.places
                                 else self._name_after_jurisdiction_guess(ks))
                        if guess is not None:
                            weak_names.append((t.ts[ks[guess]], t.te[ks[-1]]))
                            (titles if is_title else bodies).append((t.ts[head], t.te[ks[guess - 1]]))
                            continue
                role_end = ks[cut - 1] if cut else ks[-1]
                if cut is not None and cut < len(ks) and t.is_honorific(ks[cut - 1]) and cut - 1 > 0:
                    role_end = ks[cut - 2]
                (titles if is_title else bodies).append((t.ts[head], t.te[role_end]))
                if cut is not None and cut < len(ks):
                    core = [k for k in ks[cut:] if not t.is_honorific(k)]
                    if core:
                        names.append((t.ts[core[0]], t.te[core[-1]]))
                continue
            core = [k for k, _ in words if not t.is_honorific(k)]
            if core and not t.tw[core[0]][0].isupper() and t.tw[core[0]][0] != "@":
                continue  # a role ("pedagang pasar"), not a name
            cut_i = next((i for i, k in enumerate(core) if t.is_title(k) and i > 0), None)
            if cut_i is not None:
                titles.append((t.ts[core[cut_i]], t.te[core[-1]]))
                core = core[:cut_i]
            core = [k for k in core if t.tw[k][0].isalpha() or t.tw[k][0] == "@"]
            if not core:
                continue
            if sum(self._acronym(k) for k in core) * 2 > len(core) or (
                    self.places and all(self._in_place(k) for k in core)):
                bodies.append((t.ts[core[0]], t.te[core[-1]]))  # "Humas UI Depok", "Boedi Oetomo" (ORG)
                continue
            names.append((t.ts[core[0]], t.te[core[-1]]))
        guessed = not names and bool(weak_names)
        names = names or weak_names
        return _NameParts(names[0] if names else None, titles[-1] if titles else None,
                          bodies[0] if bodies else None, guessed)

    def _name_like(self, k: int) -> bool:
        """A capitalised word that belongs to no office, body, region or acronym."""
        t = self.t
        return (t.tw[k][0].isupper() and not t.is_title(k) and t.tl[k] not in _BODY_WORDS and not self._acronym(k)
                and not self._in_place(k) and not t.is_honorific(k))

    def _in_place(self, k: int) -> bool:
        t = self.t
        i = bisect.bisect_right(self._place_starts, t.ts[k]) - 1
        return i >= 0 and self.places[i][0] <= t.ts[k] and t.te[k] <= self.places[i][1]

    def _name_after_jurisdiction(self, ks: list[int]) -> int | None:
        """In "Title Body/Region Name", the index where the name starts, when places are known.

        Words of bodies ("Dinas Lingkungan Hidup"), regions found by the gazetteer
        ("Tanjung Jabung Timur") and acronyms belong to the office; the rest, if it
        is one to four capitalised words, is the holder's name.
        """
        t = self.t
        i = self._skip_office(ks, 1)
        rest = ks[i:]
        if not rest or len(rest) > 4 or (len(rest) == 1 and not self._is_known_name_word(t.tl[rest[0]])):
            return None  # "Bupati Kobar" with Kobar unknown to the gazetteer is not a name
        if any(self._in_place(k) or t.tl[k] in _BODY_WORDS or not t.tw[k][0].isupper() for k in rest):
            return None
        return i

    def _skip_office(self, ks: list[int], i: int) -> int:
        """Index of the first word after the office part of a title phrase, from ``ks[i]`` on.

        Office words, body words, acronyms, numbers and places found by the gazetteer
        belong to the office; a level word ("Kota", "Kabupaten") takes the next word along.
        """
        t = self.t
        while i < len(ks):
            k = ks[i]
            low = t.tl[k]
            if low in _titles.LEVEL_WORDS and i + 1 < len(ks):
                i += 2
                continue
            if (t.is_title(k) or low in _BODY_WORDS or self._in_place(k) or self._acronym(k)
                    or not t.tw[k][0].isupper()):
                i += 1
                continue
            break
        return i

    def _name_after_jurisdiction_guess(self, ks: list[int]) -> int | None:
        """Without a gazetteer: "Sekda Ponorogo Agus Pramono" -> the name starts at "Agus".

        Office words, body words and acronyms belong to the office; a level word
        ("Kota", "Kabupaten") takes the next word with it and compass words
        ("Timur") close a region. What is left after one more region word is the
        name, when that leaves one to three capitalised words.
        """
        t = self.t
        i = 1
        while i < len(ks) and t.is_title(ks[i]):
            i += 1
        last_office = i - 1
        k = i
        while k < len(ks):
            low = t.tl[ks[k]]
            if low in _titles.LEVEL_WORDS:
                last_office = k + 1
                k += 2
                continue
            if low in _BODY_WORDS or self._acronym(ks[k]) or not t.tw[ks[k]][0].isupper():
                last_office = k
            k += 1
        start = last_office + 1
        if start == i:
            start += 1  # one region word right after the office: "Bupati Tuban ..."
        rest = ks[start:]
        if not 1 <= len(rest) <= 3 or (len(rest) == 1 and not self._is_known_name_word(t.tl[rest[0]])):
            return None
        return start

    def _short_form(self, k: int) -> bool:
        """An acronym ("BMKG", "LP3ES") or a capitalised short form with more capitals ("KemenPPPA") or
        of a ministry or government ("Kemdiktisaintek", "Pemkab")."""
        w = self.t.tw[k]
        return bool(re.fullmatch(r"[A-Z][A-Z0-9]+", w)) and not self.t.is_degree(k) or (
            w[:1].isupper() and w.isalpha() and 4 <= len(w) <= 18 and (
                sum(c.isupper() for c in w) >= 2 or w.startswith(("Kem", "Pem"))))

    def _acronym(self, k: int) -> bool:
        w = self.t.tw[k]
        return len(w) >= 2 and w.isupper() and w.isalpha() and not self.t.is_degree(k) and w not in (
            "II", "III", "IV", "VI", "VII", "VIII", "IX", "XI", "XII")

    def _is_known_name_word(self, low: str) -> bool:
        return low in self.known_single or low in self.cluster_words or low in self.full_names

    # ---- learning names and title links from the text
    def learn(self, start: int, end: int) -> None:
        """Record the names and title-name links of a mention phrase."""
        parts = self._split(start, end)
        if parts.name and not parts.guessed:  # a guessed name is never taught to other phrases
            self._learn_name(parts.name)
        if parts.name and parts.title:
            key = self._title_key(*parts.title)
            if key:
                link = (key, self.text[parts.name[0]:parts.name[1]])
                self.title_links.setdefault(key.split()[0], {}).setdefault(link, []).append(parts.title[0])
                self._sorted_links.pop(link, None)

    def _learn_name(self, span: tuple[int, int]) -> None:
        words = self.text[span[0]:span[1]].split()
        words = [w for w in words if w.lower().rstrip(".") not in _HONORIFIC_FORMS and w.lower().rstrip(",.")
                 not in _DEGREE_FORMS]
        if not words:
            return
        if len(words) == 1:
            if words[0].lower() not in self.known_single:
                self.known_single.add(words[0].lower())
                self._split_cache.clear()  # a new known name can split phrases differently
            return
        full = " ".join(words)
        if full not in self.name_positions:
            self._split_cache.clear()
            self._fullest_cache.clear()
        for w in words:
            self.full_names.setdefault(_fold(w), {})[full] = None
        self.name_positions.setdefault(full, []).append(span[0])
        self._sorted_positions.pop(full, None)

    def scan_titles(self) -> None:
        """Find 'Title [jurisdiction] Name' phrases anywhere in the text (title links and names)."""
        t = self.t
        p = _Parser(t)
        k = 0
        while k < t.ntok:
            if t.is_title(k) and t.tw[k][0].isupper() and not (t.boiler and t.in_boilerplate(t.ts[k], t.te[k])):
                m = p.mention_forward(k, t.n)
                if m is not None:
                    self.learn(m.start, m.end)
                    k = max(k + 1, t.tok_at_or_after(m.end))
                    continue
            k += 1

    def _title_key(self, start: int, end: int) -> str:
        """The expanded, folded office of a title phrase: "Menpora" -> "menteri pemuda dan olahraga"."""
        return _titles.expand_title(re.sub(r"\([^)]*\)", " ", self.text[start:end]))

    # ---- resolution
    def canonical_name(self, span: tuple[int, int]) -> str:
        """Canonical person name for a name span: the person cluster, else the fullest form in the text."""
        raw = self.text[span[0]:span[1]]
        words = [w for w in raw.split() if w.lower().rstrip(".") not in _HONORIFIC_FORMS]
        words = [w.rstrip(",") for w in words if w.lower().rstrip(",.") not in _DEGREE_FORMS] or raw.split()
        folded = [_fold(w) for w in words]
        folded = [w for w in folded if w]
        if not folded:
            return raw
        hit = self._cluster_for_words(folded, span)
        if hit:
            hit_words = _fold(hit).split()
            if len(hit_words) < len(folded) and all(any(_similar(h, w) for w in folded) for h in hit_words):
                return " ".join(words)  # the phrase is a fuller form of the cluster's name
            return hit
        # Fallback: the longest full name in the text containing these words (the nearest one on a tie).
        top = self._fullest_names(tuple(folded))
        if not top:
            return " ".join(words)
        if len(top) == 1:
            return top[0]
        return min(top, key=lambda full: self._distance(full, span[0]))

    def _fullest_names(self, folded: tuple[str, ...]) -> list[str]:
        """The longest learnt full names containing every word of ``folded`` (typos allowed)."""
        cached = self._fullest_cache.get(folded)
        if cached is not None:
            return cached
        found: dict[str, int] = {}
        for w in folded:
            for full in self.full_names.get(w, {}):
                if full in found:
                    continue
                full_words = _fold(full).split()
                if all(any(_similar(x, y) for y in full_words) for x in folded):
                    found[full] = len(full_words)
        most = max(found.values(), default=0)
        top = [full for full, n in found.items() if n == most]
        self._fullest_cache[folded] = top
        return top

    def _distance(self, full: str, pos: int) -> int:
        """Characters from ``pos`` to the nearest occurrence of a learnt full name."""
        positions = self._sorted_positions.get(full)
        if positions is None:
            positions = sorted(set(self.name_positions.get(full, ())))
            self._sorted_positions[full] = positions
        if not positions:
            return self.t.n
        i = bisect.bisect_left(positions, pos)
        near = [abs(positions[k] - pos) for k in (i - 1, i) if 0 <= k < len(positions)]
        return min(near)

    def _cluster_for_words(self, folded: list[str], span: tuple[int, int]) -> str | None:
        for s, e, name in self._overlaps(self.person_mentions, self._pm_starts, span[0], span[1]):
            if name:
                return name
        if not self.cluster_words:
            return None
        candidates: dict[str, int] = {}
        for w in folded:
            if len(w) < 2:
                continue  # initials and roman numerals ("Asisten I") name no one
            for name in self.cluster_words.get(w, ()):
                candidates[name] = candidates.get(name, 0) + 1
        if not candidates:
            return None
        best = max(candidates.items(), key=lambda kv: (kv[1], len(kv[0])))
        return best[0] if best[1] >= max(1, len(folded) - 1) else None

    def resolve_title(self, span: tuple[int, int]) -> str | None:
        """The named holder of a title mention ('Gubernur' -> 'Sugianto Sabran'), or None."""
        for s, e, off in self._overlaps(self.official_mentions, self._om_starts, span[0], span[1]):
            if off.get("name"):
                return off["name"]
        key = self._title_key(*span)
        if not key:
            return None
        words = key.split()
        holders = {name for office, name in self.named_offices if self._title_match(words, office)}
        if len(holders) == 1:
            return holders.pop()
        links: list[tuple[str, str]] = []
        for first, more in self.title_links.items():
            if first == words[0] or _names.tokens_match(first, words[0]):
                links += more  # "Bupatio Tanjung Jabung Timur Romi Hariyanto": a typo in the title
        best: tuple[int, str] | None = None  # the nearest link before the mention, else the first after
        for link in links:
            if not self._title_match(words, link[0].split()):
                continue
            positions = self._sorted_links.get(link)
            if positions is None:
                positions = self._sorted_links[link] = sorted(self.title_links[link[0].split()[0]][link])
            i = bisect.bisect_right(positions, span[0])
            pos = positions[i - 1] if i else positions[0]
            if best is None or (pos <= span[0] and (best[0] > span[0] or pos > best[0])) or (
                    best[0] > span[0] and pos < best[0]):
                best = (pos, link[1])
        if best:
            return self.canonical_name_text(best[1], best[0])
        return None

    @staticmethod
    def _title_match(a: list[str], b: list[str]) -> bool:
        """Whether one office is a prefix of the other ("gubernur" / "gubernur kalimantan tengah").

        A generic head alone (Ketua, Kepala, Wakil) does not match a longer office.
        """
        n = min(len(a), len(b))
        if n == 0 or not all(_names.tokens_match(x, y) for x, y in zip(a[:n], b[:n])):
            return False
        return not (n == 1 and a[0] in ("wakil", "kepala", "ketua", "anggota", "sekretaris", "staf", "direktur",
                                        "asisten", "komandan") and len(a) != len(b))

    def canonical_name_text(self, name: str, pos: int) -> str:
        i = self.text.find(name, max(0, pos - 1))
        if i < 0:
            return name
        return self.canonical_name((i, i + len(name)))

    def body_name(self, span: tuple[int, int]) -> str:
        """A body speaks under the name the text uses (GUIDE.md), short form in brackets dropped; a
        mention that is only the end of a long form (the name goes on before it, inside a sentence)
        speaks under the short form: "Badan Meteorologi, Klimatologi, dan Geofisika (BMKG)" -> "BMKG",
        "Persatuan Sepak Bola Seluruh Indonesia (PSSI)" -> "PSSI"."""
        surface = self.text[span[0]:span[1]]
        short = re.search(r"\(([^()]+)\)\s*$", surface)
        if short and _LONG_FORM_GOES_ON.search(self.text, max(0, span[0] - 40), span[0]):
            return short.group(1).strip()
        return re.sub(r"\s*\([^)]*\)\s*$", "", surface).strip()

    def official_holder(self, span: tuple[int, int]) -> str | None:
        """The named official whose mention covers the start of a title phrase ("Kaban Kesbangpol Kobar")."""
        t = self.t
        k = t.tok_at_or_after(span[0])
        if k >= t.ntok or not t.is_title(k):
            return None
        for s, e, off in self._overlaps(self.official_mentions, self._om_starts, t.ts[k], t.te[k]):
            if off.get("name"):
                return off["name"]
        return None

    def person_in(self, span: tuple[int, int]) -> tuple[int, int] | None:
        """The last person-cluster or PER mention inside a phrase."""
        hits = [m for m in self._overlaps(self.person_mentions, self._pm_starts, span[0], span[1])
                if m[0] >= span[0] and m[1] <= span[1]]
        if hits:
            return hits[-1][0], hits[-1][1]
        return None


# --------------------------------------------------------------------------- public API


def find_quotes(text: str, *, boilerplate: Sequence[dict] | None = None, sentence_starts: Iterable[int] | None = None,
                persons: Sequence[dict] | None = None, officials: Sequence[dict] | None = None,
                entities: Sequence[dict] | None = None, person_spans: Sequence[tuple[int, int]] | None = None,
                place_spans: Sequence[tuple[int, int]] | None = None, indirect: bool = True, min_words: int = 3, read_out_speaker: str = "reader") -> QuoteResult:
    """Find the direct and indirect quotes of an article and who said them.

    Args:
        text: the article text; all offsets point into it.
        boilerplate: ``{start, end}`` spans to ignore (captions, "Baca juga", credits).
        sentence_starts: extra sentence start offsets (e.g. from the spaCy sentence splitter).
        persons: person clusters ``{name, mentions: [{text, start, end}]}``.
        officials: officials ``{name, title, mentions: [{text, start, end}]}``.
        entities: entities ``{text, label, start, end, ...}``; LOC and ORG ones are places and
            bodies, never person names.
        person_spans: ``(start, end)`` of PER names (e.g. from NER) without clusters.
        place_spans: ``(start, end)`` of known places and bodies (gazetteer hits); inside a title
            they are the jurisdiction, so the words after them are the holder's name
            ("Bupati Tanjung Jabung Timur Romi Hariyanto").
        indirect: also find indirect (reported) speech.
        min_words: the fewest words an indirect quote's content may have.
        read_out_speaker: for a statement read out by someone else ("sambutan Menteri ... yang
            dibacakan Bupati"), credit the ``"reader"`` (who spoke, as GUIDE.md's gold does) or
            the ``"author"``.

    Returns:
        A :class:`QuoteResult` with quote dicts ``{kind, text, start, end, speaker,
        speaker_mention, cue}`` sorted by ``start``, and warnings.
    """
    if read_out_speaker not in ("reader", "author"):
        raise ValueError(f"read_out_speaker must be 'reader' or 'author', got {read_out_speaker!r}")
    finder = QuoteFinder(text, boilerplate=boilerplate or (), sentence_starts=sentence_starts or (),
                         min_words=min_words, indirect=indirect)
    cands = finder.run()
    resolver = SpeakerResolver(finder.t, persons=persons or (), officials=officials or (),
                               entities=entities or (), person_spans=person_spans or (),
                               place_spans=place_spans or ())
    quotes = _attribute(finder, resolver, cands, read_out_speaker=read_out_speaker)
    return QuoteResult(quotes, finder.warnings)


def _name_tags(cands: list[_Candidate]) -> list[Mention]:
    return [c.tag.mention for c in cands if c.tag and c.tag.mention and c.tag.mention.kind == "name"]


def _attribute(finder: QuoteFinder, res: SpeakerResolver, cands: list[_Candidate], *,
               read_out_speaker: str) -> list[dict[str, Any]]:
    """Resolve every candidate's speaker in reading order and build the quote records."""
    t, text = finder.t, finder.text
    # Learn names and title links from the attribution phrases and from titles anywhere; a second
    # pass over the phrases lets names learnt later split earlier phrases.
    for m in _name_tags(cands):
        res.learn(m.start, m.end)
    res.scan_titles()
    for m in _name_tags(cands):
        res.learn(m.start, m.end)
    # People who speak somewhere in the text (or hold a named office) can be the current speaker.
    speakers = {o["name"] for o in res.officials if o.get("name")}
    for links in res.title_links.values():
        for (_key, name), positions in links.items():
            speakers.add(res.canonical_name_text(name, positions[0]))
    for m in _name_tags(cands):
        resolved_name = _resolve_mention_name(res, m) if not m.embedded else None
        if resolved_name:
            speakers.add(resolved_name)
    events: list[tuple[int, int, Any]] = [(pos, 0, sp) for pos, sp in _subject_events(finder, res, cands, speakers)]
    events += [(c.anchor, 1, c) for c in cands]
    events.sort(key=lambda e: (e[0], e[1]))
    current: str | None = None  # who "-nya", "dia" and an untagged quote refer to
    resolved: list[tuple[_Candidate, dict[str, Any], bool]] = []
    for _pos, kind, item in events:
        if kind == 0:
            current = item
            continue
        cand: _Candidate = item
        speaker, mention, unresolved_title = _resolve_tag(res, cand, current, read_out_speaker)
        cue = text[cand.tag.cue[0]:cand.tag.cue[1]] if cand.tag and cand.tag.cue else None
        record = {"kind": cand.kind, "text": text[cand.start:cand.end], "start": cand.start, "end": cand.end,
                  "speaker": speaker, "speaker_mention": mention, "cue": cue}
        resolved.append((cand, record, unresolved_title))
        if speaker and not (cand.tag and cand.tag.mention and cand.tag.mention.embedded):
            current = speaker
    _name_unnamed_titles(t, res, resolved)
    # A quote over several paragraphs: the unclosed paragraphs take the speaker of the closing one.
    for idx in range(len(resolved) - 2, -1, -1):
        cand, record, _unresolved = resolved[idx]
        if cand.chained and cand.tag is None and resolved[idx + 1][1]["speaker"]:
            record["speaker"] = resolved[idx + 1][1]["speaker"]
    quotes = [record for _cand, record, _unresolved in resolved]
    quotes.sort(key=lambda q: (q["start"], q["end"]))
    return quotes


def _name_unnamed_titles(t: _Text, res: SpeakerResolver,
                         resolved: list[tuple[_Candidate, dict[str, Any], bool]]) -> None:
    """An unnamed office holder who speaks right before a newly named speaker is that speaker.

    'Kaban Kesbangpol Kobar menuturkan bahwa ... . "...," ujar Marwoto.' -- news
    introduces a speaker by office and then quotes them by a name never seen
    before; quotes that inherited the office from the first one follow it.
    """
    text = t.text
    for idx, (cand, record, unresolved) in enumerate(resolved[:-1]):
        if not unresolved:
            continue
        nxt_cand, nxt, _ = resolved[idx + 1]
        m = nxt_cand.tag.mention if nxt_cand.tag else None
        name = nxt["speaker"]
        if m is None or m.kind != "name" or not name or t.sent_index(nxt_cand.anchor) - t.sent_index(cand.end) > 2:
            continue
        if text.find(name.split()[0]) < cand.end or res.split(m.start, m.end).title is not None:
            continue  # the name was introduced before, or comes with its own office
        old = record["speaker"]
        record["speaker"] = name
        for _c, rec, _u in resolved[idx + 1:]:
            if rec["speaker"] == old and rec["speaker_mention"] is None:
                rec["speaker"] = name
            elif rec["speaker"] != old:
                break


def _mention_dict(text: str, span: tuple[int, int]) -> dict[str, Any]:
    return {"text": text[span[0]:span[1]], "start": span[0], "end": span[1]}


def _resolve_tag(res: SpeakerResolver, cand: _Candidate, current: str | None,
                 read_out_speaker: str) -> tuple[str | None, dict[str, Any] | None, bool]:
    """(speaker, speaker_mention, whether the speaker is an office nobody is named for) of one candidate.

    Order: a cue with -nya, a pronoun or no tag -> the current speaker; a named
    official whose mention covers the title; a person cluster mention; the name
    inside the phrase; the holder of the title; a body; the phrase itself.
    """
    text = res.text
    tag = cand.tag
    if tag is None or tag.nya or tag.mention is None:
        return current, None, False
    m = tag.mention
    span = (m.start, m.end)
    if m.author is not None and read_out_speaker == "author":
        span = m.author
    mention = _mention_dict(text, span)
    if m.kind in ("pronoun", "anaphor"):
        return current, mention, False
    if m.kind in ("role", "handle"):
        return text[span[0]:span[1]], mention, False
    person = res.person_in(span)
    holder = res.official_holder(span)
    if holder is not None:
        return holder, _mention_dict(text, person) if person else mention, False
    if person is not None:
        return res.canonical_name(person), _mention_dict(text, person), False
    parts = res.split(*span)
    if parts.name is not None:
        return res.canonical_name(parts.name), _mention_dict(text, parts.name), False
    if parts.title is not None:
        holder = res.resolve_title(span)
        if holder:
            return holder, mention, False
        return re.sub(r"\s*\([^)]*\)", "", text[span[0]:span[1]]).strip(), mention, True
    if parts.body is not None:
        return res.body_name(span), mention, False
    return text[span[0]:span[1]], mention, False


_SUBORDINATORS = frozenset({
    "saat", "ketika", "setelah", "sebelum", "usai", "seusai", "selepas", "jika", "kalau", "apabila", "meski",
    "meskipun", "walaupun", "karena", "sejak", "selama", "sambil", "begitu", "agar", "supaya", "menanggapi",
    "melihat", "mengingat", "terkait", "dengan", "dalam", "pada", "di", "untuk", "selain", "bila",
})


# Words shaped like me-/ber-/ter- verbs that are prepositions or determiners.
_NOT_VERBS = frozenset("""bersama berbagai berdasarkan terhadap terutama termasuk tersebut terakhir terkait menurut
menjelang mengenai melalui meski meskipun memang terlebih berikut""".split())


_ACCOMPANIED_BY = frozenset({"didampingi"})
_PARTICIPLE = re.compile(r"di[a-z]{4,}")  # a passive verb opening a sentence: "Ditemui", "Dikonfirmasi"


def _looks_like_verb(low: str) -> bool:
    return len(low) >= 5 and low.isalpha() and low not in _NOT_VERBS and (
        low.startswith(("me", "ber", "ter")) or low in R.SPEECH_VERBS)


def _subject_events(finder: QuoteFinder, res: SpeakerResolver, cands: list[_Candidate],
                    speakers: set[str]) -> list[tuple[int, str]]:
    """Sentences whose subject is a known speaker move the 'current speaker' that -nya and dia refer to.

    "Bupati langsung menghubungi Kadis Perikanan ... . "...," ungkapnya." -- the
    -nya is the Bupati, not the previous quote's speaker. Only people quoted
    elsewhere in the text, or named office holders, count: "Vivi berhasil
    ditemukan" does not make Vivi the speaker of the next "tuturnya".
    """
    t = finder.t
    blocks = sorted(c.direct_span or (c.start, c.end) for c in cands if c.kind == "direct")
    starts = [b[0] for b in blocks]
    # sentences that open with a quote by "ia"/"dia"/"beliau" ("Ia menyebut prajurit akan membantu")
    pronoun_led = {t.sent_index(c.anchor) for c in cands
                   if c.kind == "indirect" and c.tag is not None and c.tag.mention is not None
                   and c.tag.mention.kind in ("pronoun", "anaphor")}
    out: list[tuple[int, str]] = []
    for si in range(len(t.sent_starts)):
        s_start, s_end = t.sent_span(si)
        i = bisect.bisect_right(starts, s_start) - 1
        if i >= 0 and blocks[i][0] <= s_start < blocks[i][1]:
            continue
        if t.boiler and t.in_boilerplate(s_start, s_end):
            continue
        a, b = t.tok_at_or_after(s_start), t.tok_at_or_after(s_end)
        # "Hal senada disampaikan warga lainnya, Siti Aminah." -- she speaks, whether or not the sentence
        # itself carries a quote, so the next "ia" / "-nya" is her; "Dukungan datang dari Ketua DPRD Wajo,
        # H. Yusuf Pabbicara. Ia memastikan ...": the person a sentence ends by introducing is the next "Ia"
        agent = _passive_speech_agent(finder, a, b, s_end)
        closing = _closing_apposed_name(finder, a, b, s_end) if agent is None and si + 1 in pronoun_led else None
        introduced = agent or closing
        speaker = _resolve_mention_name(res, introduced) if introduced is not None else None
        if speaker:
            out.append((s_start, speaker))
        if speaker or agent is not None:
            continue
        k = a if a < b and t.tl[a] in _SUBORDINATORS else finder._skip_connectives(a, b)
        if k < b and t.tl[k] in _SUBORDINATORS:
            # A fronted clause ("Saat Presiden berkunjung, ia ...") is not the subject.
            comma = next((x for x in range(k, min(b, k + 25)) if t.tw[x] == ","), None)
            if comma is None:
                continue
            k = comma + 1
        # the predicate: the first verb ("menanggapi"), a negation before it ("Ricardo, tidak mencari"), or
        # with no verb the first lower-case word ("Mauricio Souza tampak puas", "Letkol Bayu, tiba di")
        window = range(k + 1, min(b, k + 25))
        verb = next((x for x in window if _looks_like_verb(t.tl[x])), None)
        negation = next((x for x in window if t.tl[x] in R.NEGATIONS), None)
        if verb is not None and negation is not None and negation < verb and \
                all(t.tw[x][:1].isupper() or t.tw[x] in {",", "."} for x in range(k, negation)):
            verb = negation  # "Rosmawati tak kuasa menahan haru": the name, then its negated predicate
        elif verb is not None and t.tl[verb - 1] in R.NEGATIONS:
            verb -= 1
        elif verb is None:
            verb = next((x for x in window if t.tw[x][:1].islower() and t.tw[x].isalpha()
                         and t.tl[x] not in _names.NAME_PARTICLES), None)
        m = finder.p.subject_before(verb, k) if verb is not None else None
        if m is None or m.kind != "name" or m.embedded:
            continue
        speaker = _resolve_mention_name(res, m)
        if speaker and (speaker in speakers or _introduces_quote(finder, res, blocks, starts, m, k, b, s_end,
                                                                  si + 1 in pronoun_led)):
            out.append((s_start, speaker))
    return out


def _introduces_quote(finder: QuoteFinder, res: SpeakerResolver, blocks: list[tuple[int, int]],
                      starts: list[int], m: Mention, k: int, b: int, end: int, pronoun_next: bool) -> bool:
    """Whether the sentence right before a direct quote, or before a sentence that a quote by "ia"
    opens (``pronoun_next``), has one person as its active subject ``m``: someone the text has not
    quoted yet becomes the speaker of the next "ujarnya" or "Ia menyebut ..." ("Mauricio Souza
    tampak puas. "Satu poin ini berharga," ujarnya."), but not a passive one ("Vivi berhasil
    ditemukan."), two people ("Aiptu Yuli dan Brigadir Agung membawa ...") or a body."""
    t = finder.t
    i = bisect.bisect_left(starts, end)
    quote_next = i < len(blocks) and not finder.text[end:blocks[i][0]].strip(" \t\r\n\"'“”‘’")
    if not (quote_next or pronoun_next):
        return False
    if res.person_in((m.start, m.end)) is None and res.official_holder((m.start, m.end)) is None:
        return False
    after = t.tok_at_or_after(m.end)
    if any(t.tl[x] in ("dan", "serta", "bersama") for x in range(k, min(b, after + 1))):
        return False
    return not any(t.tl[x].startswith("di") and len(t.tl[x]) >= 6 and t.tl[x].isalpha()
                   for x in range(after, min(b, after + 4)))


def _closing_apposed_name(finder: QuoteFinder, a: int, b: int, end: int) -> Mention | None:
    """The name apposed at the end of tokens ``a:b`` after its last comma ("..., Yosef Landak Asang.")."""
    t = finder.t
    last = b - 1
    while last > a and t.tw[last] in {".", "!", "?"}:
        last -= 1
    comma = next((x for x in range(last, max(a, last - 14), -1) if t.tw[x] == ","), None)
    if comma is None:
        return None
    m = finder.p.mention_forward(comma + 1, end)
    if m is None or m.kind != "name" or m.embedded or m.end != t.te[last]:
        return None
    return m


def _passive_speech_agent(finder: QuoteFinder, a: int, b: int, end: int) -> Mention | None:
    """The named agent right after a passive speech verb in tokens ``a:b`` ("disampaikan (oleh) X")."""
    t = finder.t
    for k in range(a + 1, b - 1):
        if t.tl[k] in R.PASSIVE_SPEECH_VERBS and t.tl[k] not in R.SENTENCE_INITIAL_PASSIVES:
            _, m = finder.p.agent_after(k, b, end)
            return m if m is not None and m.kind == "name" else None
    return None


def _resolve_mention_name(res: SpeakerResolver, m: Mention) -> str | None:
    """The person a name/title mention stands for, or None (bodies, unresolved titles)."""
    span = (m.start, m.end)
    holder = res.official_holder(span)
    if holder is not None:
        return holder
    person = res.person_in(span)
    if person is not None:
        return res.canonical_name(person)
    parts = res.split(*span)
    if parts.name is not None:
        return res.canonical_name(parts.name)
    if parts.title is not None:
        return res.resolve_title(parts.title)
    return None

"""Officials and person clusters: who holds which office, and every mention of each person.

The component reads the text, ``doc.ents`` (PER from the trained model, when present),
``doc._.gazetteer_hits`` and ``doc._.abbreviations`` and writes

- ``doc._.persons``: ``[{"name", "mentions": [{"text", "start", "end"}]}]``, one cluster per
  person; mentions are bare name forms (no title, honorific or degree);
- ``doc._.officials``: ``[{"name", "title", "of", "of_kb_id", "mentions"}]``, one per person
  holding an office, or per unnamed office holder.

Persons are found without the model too, from the contexts Indonesian news puts names in:
after a title ("Kepala Dinas Lingkungan Hidup Hendra"), in apposition ("Gubernur Kalteng,
Budi Santoso"), before "selaku"/"sebagai" + title, after honorifics and ranks ("Pak Darmo",
"Iptu Wahyudi"), after speech cues ("ujar Suparno", "menurut Fajar"), before speech verbs
("Agus Pratama menyebutkan"), and before an age ("IP (25)"). Every found form is then searched
again in the whole text (short names and last names included) and the forms are clustered
with :func:`beritaie.names.same_person`.

Offices come from :func:`beritaie.lang.titles.find_titles`, extended to the body or region
that follows ("Kaban Kesatuan Bangsa dan Politik (Kesbangpol)", "Kapolres Kobar"), and merged
when they name the same office ("Kaban Kesbangpol Kobar" later; a bare "Gubernur" after
"Gubernur Kalteng, Budi Santoso"). Generic and plural roles ("para camat",
"bupati/walikota") and former or future holders ("mantan Gubernur", "calon Bupati") are skipped
(GUIDE.md, officials).
"""

from __future__ import annotations

import bisect
import logging
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from spacy.language import Language
from spacy.lang.id.stop_words import STOP_WORDS
from spacy.tokens import Doc

from . import ErrorHandling
from .. import names
from ..extensions import SpanSet, doc_text
from ..lang.abbreviations import (BRACKETED_CORPS, DOTTED_ABBREVIATIONS, HONORIFICS, MILITARY_CORPS, MILITARY_RANKS,
                                  UNDOTTED_DEGREES)
from ..lang.calendar import ELECTION_WORDS, MONTHS, NUMBER_WORDS
from ..lang.reporting import PERSON_NOUNS, VERB_SHAPE
from ..lang.titles import (ASSOCIATION_HEADS, BOARD_TITLES, BODY_WORDS, COMPACT_HEADS, COMPACT_TITLES, COMPACT_UNITS,
                           ENGLISH_FIELD_WORDS, GEO_WORDS, JURISDICTION_OFFICES, LEVEL_WORDS, MINISTERS, TitleHit,
                           compact_unit, expand_title, find_titles, title_pattern, written_form)
from .gazetteer import field_list_end, ministry_portfolios, national_institution, shouted_lines, titled_lines
from .lexfeatures import lexicon
from .sentences import company_suffix_dot

logger = logging.getLogger(__name__)

# --- lexicons local to this component ---------------------------------------------------------------

# Initials as written after "berinisial": 2-4 capitals.
_INITIALS = re.compile(r"[A-Z]{2,4}")
# Speech cues written right before the speaker's name: '..." ujar Suparno', 'kata Agus', 'menurut Fajar'.
_CUES_BEFORE_NAME = frozenset("""
ujar kata tutur ucap jelas ungkap tegas tambah imbuh tutup pungkas sebut terang papar lanjut kilah seru sambung
menurut tandas timpal aku beber urai kenang harap pinta
""".split())
# Speech verbs written right after the speaker's name: 'Agus Pratama menyebutkan, ...'.
_VERBS_AFTER_NAME = frozenset("""
mengatakan menyampaikan menjelaskan menuturkan menegaskan mengungkapkan menerangkan menambahkan menyebutkan
meminta mengimbau mengajak berharap menilai mengakui membantah memastikan menyatakan mengklaim berpesan menyebut
mengaku menandaskan memaparkan mengharapkan bercerita berkata menanggapi mengingatkan mengapresiasi menyambut
membuka menutup memberikan mengucapkan berujar bertutur mengungkap menekankan mengatakannya melanjutkan
""".split())
# Adverbs allowed between a name and its speech verb ('Agus juga mengatakan').
_ADVERBS = frozenset("juga pun kembali lalu kemudian pula langsung saat ketika".split())
# Words between a name and "menjabat" that keep the holding current: "X, yang kini menjabat Direktur".
_HOLDING_NOW = frozenset({"yang", "kini", "saat", "ini", "sekarang", "masih", "tengah", "sedang"})
# Words before a title that make its holder generic, plural, former or future (GUIDE.md), or
# make the title part of a board's name ("Dewan Gubernur", "Dewan Komisaris").
_NOT_HOLDER_BEFORE = frozenset("""
para mantan eks bekas calon cabup cawabup cagub cawagub cawalkot bakal kandidat pasangan pemilihan
seluruh semua setiap tiap sejumlah beberapa antar jabatan sosok kursi figur menjadi
kantor rumah pendopo piala istana rujab rumdin jadi dewan
""".split()) | frozenset(ELECTION_WORDS)  # "Pemilu Presiden", "Pilkada Bupati"
# Capitalised words that make a following title part of a document's or place's name.
_DOCUMENT_WORDS = frozenset("peraturan keputusan instruksi surat edaran perbup pergub perwali".split())
# Words after a title that make its holder future or generic ('Bupati terpilih', 'Gubernur se-Indonesia').
_NOT_HOLDER_AFTER = frozenset("terpilih definitif periode se-indonesia".split())
# Heads whose holder is named only through the body they lead; without a body they are generic.
_NEEDS_BODY = frozenset({
    "ketua", "wakil ketua", "ketua umum", "wakil ketua umum", "ketua harian", "kepala", "wakil kepala",
    "sekretaris", "direktur", "wakil direktur", "komandan", "wakil komandan", "anggota", "pimpinan",
    "pemimpin redaksi", "pemimpin umum", "deputi", "staf khusus", "staf ahli", "asisten", "bendahara",
    "bendahara umum", "koordinator", "sekretaris jenderal", "sekretaris umum", "direktur utama",
    "direktur jenderal", "komisaris utama", "presiden direktur", "juru bicara", "rektor", "dekan",
}) | {t.casefold() for t in BOARD_TITLES}
# Offices whose holder must be named: unnamed, they mean the body's leadership as a whole.
_NAMED_ONLY = frozenset({"pimpinan", "humas", "anggota"})
# Bodies that stand for a whole class of agencies ("Kepala Perangkat Daerah", "Kepala OPD").
_GENERIC_BODIES = frozenset({"perangkat daerah", "opd", "skpd", "instansi", "instansi terkait", "upt", "uptd",
                             "dinas", "badan", "lembaga", "desa", "sekolah"})
_GENERIC_PREFIXES = ("perangkat daerah", "opd", "skpd", "instansi")
# How many earlier groups of the same office a mention is compared with (bounds the work on long inputs).
_MERGE_WINDOW = 30
# Offices that exist once in the setting of a news story, so a bare mention ("Bupati", "Kapolres")
# names a holder; other bare titles ("Camat", "Ketua", "Inspektur") are generic.
_UNIQUE_OFFICES = frozenset({
    "presiden", "wakil presiden", "gubernur", "wakil gubernur", "bupati", "wakil bupati", "wali kota",
    "wakil wali kota", "sekretaris daerah", "kepala kepolisian negara republik indonesia",
    "panglima tentara nasional indonesia", "jaksa agung",
})
# Compact titles whose unit is only a type (Dinas, Badan, Bagian...): the next word names the field.
_FIELD_UNITS = frozenset({"Dinas", "Badan", "Bagian", "Bidang", "Subbagian", "Subbidang", "Seksi", "Satuan",
                          "Unit", "Urusan", "Divisi", "Pusat", "Pelaksana"})
# Field units inside a larger body: "Kasat Reskrim Polres X" heads the Satuan Reskrim of Polres X,
# "Kabid Akuntansi BPKAD" a Bidang of the BPKAD. Not a Dinas or Badan field, which names the body
# itself ("Kadis Perikanan"), nor a Bagian of the Setda, which the seed's gold keeps as the office
# ("Kabag Pemerintahan dan Otda Setda": of "Pemerintahan dan Otda").
_SUB_UNITS = frozenset({"Bidang", "Subbidang", "Seksi", "Satuan", "Unit", "Urusan", "Divisi"})
# "Kepala Polres", "Komandan Kodim", "Kepala Kanwil": a head written out before a unit's short name is
# the compact office (Kapolres, Dandim, Kakanwil). Short name (folded) -> long unit.
_LONG_HEADS = frozenset(h.casefold() for h in COMPACT_HEADS.values())
_UNIT_SHORT_NAMES = {short.casefold(): long for long, short in COMPACT_UNITS.values()
                     if short not in _FIELD_UNITS | {"Desa", "Dusun", "Batalyon"}}
_CONNECTORS = frozenset({"dan", "&", "serta"})
_TYPE_WORDS = frozenset({"dinas", "badan", "bagian", "bidang", "seksi", "kantor", "biro", "divisi", "satuan",
                         "unit", "urusan", "subbagian", "subbidang"})
# "X atau yang lebih akrab disapa Y", "X atau dikenal dengan nama Y".
_ALIAS_FILLERS = frozenset("yang lebih akrab biasa dikenal disapa dipanggil dengan nama sapaan".split())
_ALIAS_VERBS = frozenset({"dikenal", "disapa", "dipanggil"})
# Words after which a capitalised run names a region ("Kabupaten Muara Enim", "di Jakarta").
_REGION_MARKERS = frozenset({"provinsi", "prov", "kabupaten", "kab", "kota", "kecamatan", "kec", "desa",
                             "kelurahan", "kel", "di", "se-kabupaten", "se-kota", "se-provinsi"})
# Nouns that introduce a person by role or relation; the name follows (maybe after a party or place).
_INTRODUCERS = frozenset("""
politikus politisi pengamat aktivis pengacara advokat peneliti ekonom artis penyanyi aktor aktris pelatih pemain
atlet wartawan wartawati jurnalis fotografer seniman budayawan sejarawan tokoh ulama kiai ustaz ustadz dokter
perawat petani nelayan pedagang mahasiswa mahasiswi santri istri suami putra putri anak cucu adik kakak ayah
ibunda rekan kerabat tersangka terdakwa terpidana korban saksi pelaku buronan narapidana penduduk sopir
pengemudi pemilik pendiri pengusaha pebisnis kader simpatisan relawan karyawan pegawai guru dosen
""".split())
# Words after which people are enumerated: "Mereka adalah ...", "di antaranya ...".
_ENUMERATORS = frozenset({"yakni", "yaitu", "adalah", "diantaranya", "antaranya", "masing-masing"})
# Title words that are also common surnames ("Lukman Hakim").
_SURNAME_TITLES = frozenset({"hakim", "jaksa"})
# Words after which the next capitalised word names an organisation.
_ORG_MARKERS = frozenset({"partai", "pt", "cv", "ud", "harian", "koran", "majalah", "universitas", "bank", "yayasan",
                          "perusahaan", "grup", "klub", "ormas", "lsm", "stasiun", "maskapai"})

# Nouns for a person's role or kin ("Pengacara Arsyad", "Istri Budi"): capitalised at a sentence's start
# they open no name ("Putra"/"Putri" may).
_ROLE_OPENERS = PERSON_NOUNS - {"putra", "putri"}
_COMPANY_SUFFIX_FORMS = names.COMPANY_SUFFIXES | {f"{s}." for s in names.COMPANY_SUFFIXES}
# English business titles followed by their field: "Head of Corporate Communications PT X".
_ENGLISH_FIELD_HEADS = frozenset({"head of", "director of", "vice president of", "senior vice president of",
                                  "chief of", "vp", "svp", "evp",
                                  "vice president", "senior vice president", "executive vice president",
                                  "general manager", "senior manager", "manager"})
# Minister titles whose portfolio is a listed ministry's name: "Menteri Komunikasi dan Digital".
_PORTFOLIO_HEADS = frozenset({"menteri", "wakil menteri"})
# Titles that open a person's full name and stay in it, written like common words, with the word
# that must follow (empty: any name): the Sasak nobility title "Lalu" (men; "lalu" is also "then",
# "last"), the Balinese "Anak Agung", "Ida Bagus", "Ida Ayu".
_NAME_OPENING_TITLES: dict[str, frozenset[str]] = {
    "Lalu": frozenset(), "Anak": frozenset({"Agung"}), "Ida": frozenset({"Bagus", "Ayu"}),
}
# Balinese birth-order names that follow "I" (men) or "Ni" (women): "I Made Mudharta", "Ni Ketut Sari".
_BALINESE = frozenset("wayan made nyoman ketut putu gede kadek komang nengah gusti dewa gst luh".split())
_ROMAN = frozenset({"I", "II", "III", "IV", "V", "VI"})
# Honorific and rank words as tokens (folded, dots kept off), plus multi-word ranks.
_BRACKETED_CORPS = frozenset(c.rstrip(".") for c in BRACKETED_CORPS)
# Words between a holder named first and the title: "Hendra selaku Kepala ...", "Ratih adalah Sekjen ...".
_NAME_LINKS = frozenset({"selaku", "sebagai", "adalah", "merupakan"})
_RANK_TOKENS = frozenset(r.split()[-1].casefold() for r in MILITARY_RANKS)  # a rank's last word
_RANK_PHRASES = frozenset(r.casefold() for r in MILITARY_RANKS)
_JENDERAL_BODIES = frozenset({"direktorat", "sekretariat", "inspektorat"})
# Second words of two-word ranks that are common words alone ("Laksamana Pertama", but "Tipe Madya Pabean").
_RANK_SECOND_WORDS = frozenset(r.split()[1].casefold() for r in MILITARY_RANKS if " " in r) - frozenset(
    h.casefold() for h in HONORIFICS if " " not in h)
_HONORIFIC_TOKENS = frozenset(w.casefold().rstrip(".") for h in HONORIFICS + ("K. H.",) for w in h.split())
_PRONOUNS = frozenset("ia dia beliau mereka kami kita saya aku kamu anda nya".split())
# Capitalised words that open sentences or name days/months and are never names.
_NON_NAME_EXTRA = frozenset("""
sementara selain usai setelah sebelum saat ketika dalam menurut namun tetapi tapi akan bahkan hal acara kegiatan
polisi korban tersangka pelaku terdakwa saksi tampak hadir turut pihaknya selanjutnya kemudian adapun sedangkan dengan terkait sebagai selaku lebih apalagi
senin selasa rabu kamis jumat jum'at sabtu minggu ahad pagi siang sore malam wib wita wit tahun bulan hari pekan
covid corona virus pandemi negara indonesia ri tni polri pemkab pemkot pemko pemprov pemda pemerintah dprd dpr kpu
bawaslu kpk bpk bpbd opd asn pns rapat rakor zoom meeting video foto baca juga simak editor penulis reporter
sumber dok dokumen tim satgas kampung jalan jl gedung aula ruang lapangan masjid gereja pura hotel bandara
pelabuhan pasar kantor islam kristen katolik hindu buddha allah tuhan nabi swt saw alhamdulillah insya
assalamualaikum bapak ibu saudara warga masyarakat rakyat pilkada pemilu pilpres umum khusus nasional
""".split())
_STOPWORDS = frozenset(w.casefold() for w in STOP_WORDS) - {"tengah", "utara", "barat", "timur", "selatan"}
# Stop words that are surnames next to another name word: the Javanese "wong" ("people") in
# "Lawrence Wong", "Wong Chun Sen".
_SURNAME_STOPWORDS = frozenset({"wong"})
_STOP = _STOPWORDS | _NON_NAME_EXTRA | frozenset(MONTHS)
_DOTTED = frozenset(a.casefold() for a in DOTTED_ABBREVIATIONS)
# Indonesian derivational shapes (pe-an, ke-an, per-an ...): common nouns, not names ("Pemerintahan").
_DERIVED = re.compile(r"^(?:pe[mn]?g?|per|ke|pen[gy]?|ber|ter)\w{3,}(?:an|kan)$")

# Words before an honorific that do not let it cue a name: another honorific ("H. Dr. ...": the first one
# cues it) or a place named after a person ("RSUD Dr. Soetomo").
_NO_NAME_AFTER_HONORIFIC_BEFORE = _HONORIFIC_TOKENS | names.NAMED_AFTER_PERSON_WORDS
# Lexicon categories of a word that is only an Indonesian dictionary word (no name, no place).
_DICTIONARY_ONLY = frozenset({"word"})
_VERB_SHAPE = re.compile(rf"^{VERB_SHAPE}$")  # "bertindak", "menjadi", "dipimpin"
_DICTIONARY_OR_VILLAGE = frozenset({"word", "village"})
# Envoys: "untuk"/"di" + the country or city of the post belong to the office.
_DIPLOMATIC_HEADS = frozenset({"duta besar", "wakil duta besar", "konsul jenderal", "konsul", "utusan khusus"})
_POST_WORDS = frozenset({"untuk", "di"})
# Verbal prefixes: a lower-case word with them is a verb, not a qualifier of a title.
_VERBAL = re.compile(r"^(?:me|ber|di|ter|se|ke)")
# Two capitalised names joined by a hyphen ("Komariah-Ridwan"), and the nouns that announce a pair
# ("pasangan Prabowo-Gibran").
_NAME_PAIR = re.compile(r"([A-Z][\w’']*)-[A-Z][\w’']*")
_PAIR_NOUNS = frozenset({"pasangan", "paslon", "duet", "duo", "tandem"})
# Ministries and local governments written as one word: Kemenpora, Kemkominfo, Pemkab, Diskominfo.
_ORG_SHAPE = re.compile(r"^(?:Kemen|Kemkes|Kemkominfo|Kemenko|Pemkab|Pemko|Pemprov|Disdik|Diskominfo|Dinkes|"
                        r"Dispar|Dishub|Disnaker|Bappeda|Bapenda)[a-z]*$")
_TOKEN = re.compile(
    r"(?:[A-Za-z]{1,4}\.){2,}(?:[A-Za-z]{1,5}\.?)?"  # dotted groups: S.H., M.Si., K.H., Ph.D.
    r"|\d+(?:[/.,:-]\w+)*"  # numbers and unit codes: 1014/Pbn, 2.952
    r"|[^\W\d_](?:[\w’'`-]*[^\W_])?\.?"  # words (a final dot is checked below)
    r"|[^\w\s]"  # punctuation, one mark at a time
)


def _title_case(title: str, forms: list[str]) -> str:
    """``title`` as running text writes it: an all-caps headline's "BUPATI" takes the form of a later
    mention of the same office, else its listed form ("KEPALA DINAS" -> "Kepala Dinas", "CEO")."""
    if not title.isupper():
        return title
    written = next((f for f in forms if not f.isupper() and f.casefold() == title.casefold()), None)
    return written or written_form(title)


@dataclass
class _Word:
    start: int
    end: int
    text: str
    low: str
    sent: int
    para: int

    @property
    def cap(self) -> bool:
        return self.text[:1].isupper()

    @property
    def bare(self) -> str:
        return self.low.rstrip(".")


def segment(text: str) -> list[_Word]:
    """Words and punctuation of ``text`` with sentence and paragraph numbers (offsets into ``text``).

    A final dot stays on a word only for known abbreviations and initials ("H.", "Plt.", "M."),
    so "Bekasi." ends a sentence while "Ir. H. Rudi Hartono" does not.
    """
    words: list[_Word] = []
    texts: list[str] = []  # the words' texts, for the sentence-end check
    sent = para = 0
    prev_end = 0
    sent_start = 0
    for m in _TOKEN.finditer(text):
        start, end = m.span()
        tok = m.group()
        gap = text[prev_end:start]
        if "\n" in gap and words:
            sent += 1
            para += 1
            sent_start = len(words)
        pieces = [(start, end)]
        if tok.endswith(".") and len(tok) > 1 and not _keeps_dot(tok, text, end):
            pieces = [(start, end - 1), (end - 1, end)]
        for s, e in pieces:
            piece = text[s:e]
            words.append(_Word(s, e, piece, piece.casefold(), sent, para))
            texts.append(piece)
            if piece in {".", "!", "?"} and not company_suffix_dot(texts, sent_start, len(texts)):
                sent += 1
                sent_start = len(words)
        prev_end = end
    return words


def _keeps_dot(tok: str, text: str, end: int) -> bool:
    low = tok.casefold()
    if low in _DOTTED or tok.count(".") > 1:
        return True
    core = tok[:-1]
    # An initial ("M. Teguh") or a dotted honorific written in capitals ("PLT.").
    return (len(core) == 1 and core.isupper()) or (core.isupper() and len(core) <= 4 and
                                                    f"{core.capitalize()}." in DOTTED_ABBREVIATIONS)


# --- the component ------------------------------------------------------------------------------------

# Body words that are common given names too: body words only right after these words ("Mahkamah
# Agung", "Jaksa Agung"), a name elsewhere ("DPRD Jawa Tengah Agung Setyo Nugroho").
_BODY_ONLY_AFTER: dict[str, frozenset[str]] = {
    "agung": frozenset({"mahkamah", "jaksa", "kejaksaan", "masjid", "hakim", "wakil"}),
}


def _name_not_body(words: list[_Word], i: int) -> bool:
    after = _BODY_ONLY_AFTER.get(words[i].bare)
    return after is not None and words[i].cap and (i == 0 or words[i - 1].bare not in after)


# Region types below a province: never the jurisdiction of a minister ("Menteri ... Bima Arya").
_SUB_PROVINCIAL = frozenset({"kabupaten", "kota", "kabupaten_kota", "kecamatan", "desa", "kelurahan"})


@dataclass
class _Office:
    """One title occurrence with its body/region and, when given, its holder's name."""

    hit: TitleHit
    start: int  # mention start (title start, or the name when the name comes first)
    end: int  # mention end
    body: str  # body or region text as written, "" if none
    body_start: int
    body_end: int
    region: dict | None  # gazetteer hit of the region in the body
    org: dict | None  # gazetteer hit of the body (ORG)
    level: str | None
    unit_key: str  # folded identity of the body without region and level words
    names: list[tuple[int, int]] = field(default_factory=list)  # (start, end) of bare names
    person: int | None = None  # index of the person cluster
    of_org: bool = False  # the title took the sub-unit's field ("Kasat Reskrim"): the office is of ``org``
    speech_verb: bool = False  # the mention is the subject of a speech verb
    title: str = ""  # the title to report (a minister's portfolio included)
    key: str = ""  # the office key used to merge mentions
    demonstrative: bool = False  # "Ketua DKPP itu": refers back to the person just named
    shares_next: bool = False  # "Sekretaris Daerah sekaligus Ketua Komite X": same holder as the next title
    local: bool = False  # "Camat setempat": the holder of the place the article is about


class OfficialsRecognizer(ErrorHandling):
    """Finds person clusters and the officials of a document (see the module docstring).

    Args:
        nlp: the pipeline.
        name: the component name.
        use_ents: read PER spans from ``doc.ents`` as names.
        propagate: search the text again for every name form found (short names, last names).
        link_quoted_speaker: name an unnamed office holder who speaks when the very next quote
            is attributed by name to a person never introduced otherwise
            ("Kaban Kesbangpol Sleman menuturkan ... '...,' ujar Suparno").
    """

    def __init__(self, nlp: Language, name: str = "beritaie_officials", *, use_ents: bool = True,
                 propagate: bool = True, link_quoted_speaker: bool = True) -> None:
        self.name = name
        self.use_ents = use_ents
        self.propagate = propagate
        self.link_quoted_speaker = link_quoted_speaker
        title_pattern()  # compiled and read with the pipeline, not on the first text
        ministry_portfolios()

    def __call__(self, doc: Doc) -> Doc:
        error_handler = self.get_error_handler()
        try:
            persons, officials = _Analysis(doc, self).run()
            doc._.persons = persons
            doc._.officials = officials
        except Exception as err:  # noqa: BLE001 - handed to spaCy's configurable error handler
            error_handler(self.name, self, [doc], err)
        return doc

    def to_disk(self, path, *, exclude: Iterable[str] = ()) -> None:  # noqa: ANN001
        """Nothing to save: the lexicons ship with the package."""

    def from_disk(self, path, *, exclude: Iterable[str] = ()) -> OfficialsRecognizer:  # noqa: ANN001
        return self


@Language.factory(
    "beritaie_officials",
    assigns=["doc._.persons", "doc._.officials"],
    requires=[],
    default_config={"use_ents": True, "propagate": True, "link_quoted_speaker": True},
)
def make_officials(nlp: Language, name: str, use_ents: bool, propagate: bool,
                   link_quoted_speaker: bool) -> OfficialsRecognizer:
    """spaCy factory of :class:`OfficialsRecognizer` (settings as in its docstring)."""
    return OfficialsRecognizer(nlp, name, use_ents=use_ents, propagate=propagate,
                               link_quoted_speaker=link_quoted_speaker)


# --- analysis of one document -------------------------------------------------------------------------


class _Analysis:
    def __init__(self, doc: Doc, settings: OfficialsRecognizer) -> None:
        self.doc = doc
        self.text = doc_text(doc)
        self.settings = settings
        self.words = segment(self.text)
        self.titled = titled_lines(self.text, self.words)  # per word: on a title-case headline line
        self.shouted = shouted_lines(self.text, self.words)  # per word: on a line written in capitals
        self.char_word: dict[int, int] = {w.start: i for i, w in enumerate(self.words)}
        self.boilerplate = SpanSet((b["start"], b["end"]) for b in doc._.boilerplate or ()
                                   if b.get("kind") != "caption")
        hits = [h for h in (doc._.gazetteer_hits or []) if h.get("label") in {"LOC", "ORG"}]
        self.gaz_at: dict[int, dict] = {}  # word index -> longest hit starting there
        self.gaz_in: dict[int, dict] = {}  # word index -> hit covering it
        for hit in sorted(hits, key=lambda h: (h["start"], -(h["end"] - h["start"]))):
            for i, w in self._words_in(hit["start"], hit["end"]):
                self.gaz_in.setdefault(i, hit)
            at = self.char_word.get(hit["start"])
            if at is not None and at not in self.gaz_at:
                self.gaz_at[at] = hit
        self.abbrevs = doc._.abbreviations if doc._.abbreviations is not None else find_abbreviations(self.text)
        self.short_to_long = {a["short"].casefold(): a["long"] for a in self.abbrevs}
        # A body's name the text defines with its short form runs to the end of that name, over
        # lower-case words: "Asosiasi Modal Ventura untuk Startup Indonesia (Amvesindo)".
        self.defined_body_end: dict[int, int] = {}
        for a in self.abbrevs:
            first = self.char_word.get(a.get("long_start", -1))
            if first is not None and self.words[first].bare in BODY_WORDS:
                last = self._index_at_or_after(a["long_end"])
                for x in range(first, last):
                    self.defined_body_end[x] = last
        self.lower_words = self._lowercase_vocabulary()
        # Places only the model knows, by first word: (index after the place, its text).
        self.model_places: dict[int, tuple[int, str]] = {}
        # A place that ends a model person of three words or more is a surname: "Sri Wahyuni Batubara"; so
        # is one after a listed given name: "Aria Bima".
        self.surnames: set[int] = set()
        if settings.use_ents:
            for ent in doc.ents:
                inside = self._words_in(ent.start_char, ent.end_char) if ent.label_ in {"PER", "PERSON"} else []
                given_first = len(inside) == 2 and inside[0][0] not in self.gaz_in and \
                    "given" in lexicon().categories.get(inside[0][1].low, ())
                if (len(inside) >= 3 or given_first) and self._surname_place(inside[-1][0]) and \
                        not self._named_place_before(inside[0][0]):
                    self.surnames.add(inside[-1][0])
                if ent.label_ in {"LOC", "PLACE"} and not any(i in self.gaz_in for i, _w in
                                                               self._words_in(ent.start_char, ent.end_char)):
                    place_at = self.char_word.get(ent.start_char)
                    if place_at is not None:
                        self.model_places[place_at] = (self._index_at_or_after(ent.end_char), ent.text)
        self.titles = [h for h in find_titles(self.text) if not self.boilerplate.overlaps(h.start, h.end)
                       and not self._surname_title(h)]
        self.title_at: dict[int, TitleHit] = {}
        self.title_words: set[int] = set()
        self.body_words: set[int] = set()  # words an office's body or jurisdiction took ("Bidang ... Investasi")
        for hit in self.titles:
            at = self.char_word.get(hit.start)
            if at is None:
                continue
            self.title_at[at] = hit
            for j, _w in self._words_in(hit.start, hit.end):
                self.title_words.add(j)
        self.name_spans: list[tuple[int, int, str]] = []  # (start, end, source) of bare names
        self.alias_pairs: list[tuple[tuple[int, int], tuple[int, int]]] = []
        # Capitalised words that follow two or more different titles ("Bupati Sleman", "Kapolres Sleman"):
        # a person holds one office, so such a word names a jurisdiction.
        followers: dict[str, set[str]] = {}
        for hit in self.titles:
            nxt = self.word(self._index_at_or_after(hit.end))
            if nxt is not None and nxt.cap and nxt.text.isalpha():
                followers.setdefault(nxt.bare, set()).add(hit.key)
        shared = {w for w, keys in followers.items() if len(keys) >= 2}
        self.region_words = {i for i, w in enumerate(self.words) if w.bare in shared and w.cap}
        self.region_at: dict[int, dict] = {}
        self.region_in: set[int] = set()
        self._mine_regions()
        self.org_in = self._mine_org_words()

    def _surname_title(self, hit: TitleHit) -> bool:
        """"Lukman Hakim", "Tatang Farhanul Hakim": a title word that is also a name word.

        A capitalised name word right before it, and no capitalised word after it unless the
        model's person runs on over it ("Lukman Hakim Prawira", not "Majelis Hakim Budi").
        """
        if hit.head.casefold() not in _SURNAME_TITLES or hit.acting:
            return False
        i = self.char_word.get(hit.start)
        if i is None or i == 0:
            return False
        prev, nxt = self.words[i - 1], self.word(i + 1)
        if nxt is not None and nxt.cap and not any(e.label_ in {"PER", "PERSON"} and e.start_char <= prev.start
                                                   and nxt.end <= e.end_char for e in self.doc.ents):
            return False
        return prev.cap and prev.text.isalpha() and prev.bare not in _STOP and prev.bare not in BODY_WORDS \
            and prev.bare not in _HONORIFIC_TOKENS and prev.end < hit.start and \
            "\n" not in self.text[prev.end:hit.start]

    def _mine_org_words(self) -> set[int]:
        """Words naming an organisation after "Partai", "PT", "Harian" ... ("Partai Hanura", "Harian Kompas").

        The word is then no name anywhere in the text ("Hanura Wiranto" is not one name).
        """
        org_words: set[str] = set()
        company_runs: set[int] = set()
        for i, w in enumerate(self.words[:-1]):
            if w.bare in _ORG_MARKERS and w.cap:
                nxt = self.words[i + 1]
                if nxt.cap and nxt.text[:1].isalpha() and (i + 1) not in self.gaz_in and nxt.bare not in BODY_WORDS:
                    org_words.add(nxt.bare)
                if w.bare in names.COMPANY_MARKERS:
                    company_runs.update(self._company_run(i + 1))
        for i, w in enumerate(self.words):
            if w.low in _COMPANY_SUFFIX_FORMS and w.cap:  # "Guangxi Hengtai New Energy Co. Ltd": no name inside
                k = i
                while k > max(0, i - 6) and self.words[k - 1].cap and self.words[k - 1].text[:1].isalpha() \
                        and k - 1 not in self.title_words and self.words[k - 1].sent == w.sent:
                    k -= 1
                company_runs.update(range(k, i))
        return {i for i, w in enumerate(self.words) if w.cap and w.bare in org_words} | company_runs

    def _company_run(self, k: int) -> range:
        """The words of a company's name after "PT"/"CV" when punctuation closes it ("Direktur Keuangan
        PT Pelabuhan Samudra Nusantara, ..."): none of them is the holder's name. Without the
        punctuation the name may run on into the holder's ("PT Jasa Marga Budi Santoso"): none."""
        m = k
        while m < k + 5 and self.word(m) is not None and self.words[m].cap and self.words[m].text[:1].isalpha() \
                and m not in self.title_words and m not in self.gaz_in and self.words[m].sent == self.words[k].sent:
            m += 1
        after = self.word(m)
        return range(k, m) if after is not None and after.text in {",", ".", ";", ")", "("} else range(0)

    def _mine_regions(self) -> None:
        """Region names this text writes after a level word ("Kabupaten Muara Enim", "Kota Bekasi").

        They stand in for gazetteer hits the gazetteer lacks, so "Kajari Sleman Dimas Saputra"
        splits into region and name. Each phrase is then marked wherever the text repeats it.
        """
        phrases: set[tuple[str, ...]] = set()
        for i, w in enumerate(self.words):
            if w.bare not in _REGION_MARKERS or i in self.title_words:
                continue
            m = i + 1
            run: list[str] = []
            while self.word(m) is not None and len(run) < 3:
                x = self.words[m]
                if not x.cap or not x.text.isalpha() or m in self.title_words or m in self.gaz_in \
                        or x.bare in _HONORIFIC_TOKENS or x.bare in _STOP \
                        or (x.bare in BODY_WORDS and x.bare not in GEO_WORDS) or x.text.isupper():
                    break
                if len(run) == 2 and x.bare not in GEO_WORDS:
                    break
                run.append(x.bare)
                m += 1
            if run:
                phrases.add(tuple(run))
        if not phrases:
            return
        longest = max(len(p) for p in phrases)
        firsts = {p[0] for p in phrases}
        i = 0
        while i < len(self.words):
            found = 0
            if self.words[i].bare not in firsts:
                i += 1
                continue
            for n in range(longest, 0, -1):
                seq = self.words[i:i + n]
                if len(seq) == n and all(x.cap for x in seq) and tuple(x.bare for x in seq) in phrases \
                        and not any((i + d) in self.gaz_in for d in range(n)):
                    found = n
                    break
            if found:
                self.region_at[i] = self._pseudo_region(i, i + found)
                self.region_in.update(range(i, i + found))
                i += found
            else:
                i += 1

    # -- helpers over words --

    def _words_in(self, start: int, end: int) -> list[tuple[int, _Word]]:
        i = self._index_at_or_after(start)
        out = []
        while i < len(self.words) and self.words[i].start < end:
            out.append((i, self.words[i]))
            i += 1
        return out

    def _index_at_or_after(self, char: int) -> int:
        lo, hi = 0, len(self.words)
        while lo < hi:
            mid = (lo + hi) // 2
            if self.words[mid].end <= char:
                lo = mid + 1
            else:
                hi = mid
        return lo

    def _word_after(self, char: int, k: int) -> int:
        """Index of the first word ending after ``char``, past word ``k`` at least: a place or title may
        end inside a word ("RI" in "Pamtas RI-Malaysia"), and a scan over it must still move on."""
        return max(k + 1, self._index_at_or_after(char))

    def _lowercase_vocabulary(self) -> set[str]:
        """Words this text writes in lower case (not after a lower-case honorific like 'pak', nor in
        boilerplate: a tag line "Tags: kustini, sleman" does not make "Kustini" a common word)."""
        seen = set()
        for i, w in enumerate(self.words):
            if w.text.islower() and w.text.isalpha() and not self.boilerplate.contains(w.start, w.end):
                prev = self.words[i - 1].bare if i else ""
                if prev not in _HONORIFIC_TOKENS:
                    seen.add(w.low)
        return seen

    def word(self, i: int) -> _Word | None:
        return self.words[i] if 0 <= i < len(self.words) else None

    def is_name_word(self, i: int, *, first: bool = False) -> bool:
        w = self.word(i)
        if w is None or not w.cap or i in self.title_words or i in self.org_in:
            return False
        if i in self.surnames:
            return True
        if (i in self.gaz_in or i in self.region_in) and not (i >= 2 and self._balinese_start(i - 2)):
            return False  # a place, unless it is the name after "I Made" ("I Made Sukadana Putra")
        bare = w.bare
        if i > 0 and w.text in _NAME_OPENING_TITLES.get(self.words[i - 1].text, ()):
            return True  # the title's second word: "Agung" after "Anak"
        if w.text in _NAME_OPENING_TITLES:
            nxt, after = self.word(i + 1), _NAME_OPENING_TITLES[w.text]
            if nxt is not None and (nxt.text in after if after else (  # "Anak Agung Gede Oka" (Bali)
                    # "Lalu Muhamad Iqbal" (Sasak), not a sentence's "Lalu, ..." ("then")
                    i > 0 and self.words[i - 1].sent == w.sent and nxt.cap and nxt.text.isalpha()
                    and nxt.bare not in _STOP and not self.is_unit_word(i + 1))):  # not "Lalu Lintas"
                return True
        if not any(ch.isalpha() for ch in bare) or any(ch.isdigit() for ch in bare):
            return False
        if bare in _SURNAME_STOPWORDS and w.text[1:].islower() and any(
                self.word(x) is not None and self.words[x].sent == w.sent and self.words[x].cap
                and self.words[x].bare not in _STOP and self.words[x].text.isalpha() for x in (i - 1, i + 1)):
            return True
        if bare in _STOP or (bare in BODY_WORDS and not _name_not_body(self.words, i)) or bare in LEVEL_WORDS \
                or bare in _HONORIFIC_TOKENS \
                or bare in names.COMPETITION_WORDS or bare in names.COMPANY_SUFFIXES:
            return False
        if bare in self.short_to_long:
            return False
        if w.text.isupper() and len(bare) > 1:
            # Acronyms are bodies; short capitals may end a name ("Slamet HS").
            return not first and len(bare) <= 3
        if len(bare) == 1:
            return first  # an initial: "M. Dwi", "M Rizal", Balinese "I Made"
        if "." in w.text and names.only_degrees(w.text) or w.text in UNDOTTED_DEGREES:
            return False  # "S.Sos.", "M.Si.", "MKes": a degree after the name, never part of it
        if bare in self.lower_words or _ORG_SHAPE.match(w.text) or names.has_reduplication(bare):
            return False
        if (i == 0 or self.words[i - 1].sent != w.sent) and len(bare) >= 7 and _VERB_SHAPE.match(bare) \
                and lexicon().categories.get(bare) == _DICTIONARY_ONLY:
            return False  # a verb opening a sentence: "Bertindak sebagai inspektur upacara, ..."
        # a derived shape is a common noun when the dictionary knows it ("Pemerintahan"), not in a
        # foreign name it does not ("Pezeshkian")
        return not (len(bare) >= 8 and _DERIVED.match(bare) and "word" in lexicon().categories.get(bare, ()))

    def is_unit_word(self, i: int) -> bool:
        w = self.word(i)
        if w is None or i in self.surnames:
            return False
        if i in self.gaz_in or i in self.region_in or i in self.org_in:
            return True
        bare = w.bare
        if w.text in _NAME_OPENING_TITLES and self.is_name_word(i):
            return False  # "Gubernur NTB Lalu Muhamad Iqbal": the name's title, not "Lalu Lintas"
        if (bare in BODY_WORDS and not _name_not_body(self.words, i)) or bare in LEVEL_WORDS or \
                bare in self.short_to_long:
            return w.cap or bare in LEVEL_WORDS and w.cap
        if w.text in _ROMAN:
            return not self._balinese_start(i)  # "Asisten II", "Kodam I"; but "I Made Mudharta" is a name
        if any(ch.isdigit() for ch in w.text):
            return True
        if w.cap and len(bare) >= 2 and (w.text.isupper() or re.fullmatch(r"[A-Z][a-z]*[A-Z]\w*", w.text)):
            # acronyms: KPU, DPRD, LH, PTUN, BPKAD, KemenPAN; not any word of an all-caps line ("TINJAU JALAN")
            return not self.shouted[i]
        if w.cap and len(bare) >= 8 and _DERIVED.match(bare):
            return True
        return bool(w.cap and _ORG_SHAPE.match(w.text))

    # -- names --

    def scan_name(self, i: int, *, max_words: int = 5) -> tuple[int, int, int] | None:
        """A person name starting at word ``i`` (honorifics first allowed): (start, end, next index)."""
        j = i
        while self.word(j) is not None and self._is_honorific(j):
            j += 1
        if not self.is_name_word(j, first=True):
            return None
        sent = self.words[j].sent
        k = j + 1
        while k - j < max_words and self.word(k) is not None and self.words[k].sent == sent:
            if self.words[k].bare in names.ADAT_TITLE_WORDS:
                gelar = self._past_adat_title(k)
                if gelar > k:
                    k = gelar  # the adat title is part of the name: "Amiruddin Datuak Sinaro Panjang"
                break
            if self.is_name_word(k):
                k += 1
            elif self.words[k].low in names.NAME_PARTICLES and self.is_name_word(k + 1):
                k += 2
            else:
                break
        first = self.words[j]
        if len(first.bare) == 1 and k == j + 1:
            return None  # a lone initial
        nxt = self.word(k)
        if nxt is not None and nxt.text.isalpha() and nxt.text.islower() and k - j < max_words and \
                f"{self.words[k - 1].text} {nxt.text.capitalize()}" in self.text:
            k += 1  # "M. Dwi cahyono", written "Dwi Cahyono" elsewhere: a lower-case slip inside the name
        end = self.words[k - 1].end
        # Degrees after the name: "Rudi Hartono, MM", "Rina Wulandari S.E., M.Acc., CSFA".
        k2 = k
        while self.word(k2) is not None:
            w = self.words[k2]
            if w.text == "," and self.word(k2 + 1) is not None and names._is_degree(self.words[k2 + 1].text) \
                    and not self.is_name_word(k2 + 1, first=True) and (k2 + 1) not in self.title_words \
                    and not self.is_unit_word_strict(k2 + 1):
                k2 += 2
            elif names._is_degree(w.text) and ("." in w.text or not w.text.isupper()) and w.text[0].isupper():
                k2 += 1  # "Rina Wulandari S.E.", "Aziz Hartono MKes"
            else:
                break
        return first.start, end, k2

    def _past_adat_title(self, k: int) -> int:
        """The index after a Minangkabau adat title at ``k`` that follows a name ("Amiruddin Datuak
        Sinaro Panjang", "Yulizar Dt. Rajo Mudo"), else ``k``."""
        w = self.word(k)
        if w is None or w.bare not in names.ADAT_TITLE_WORDS:
            return k
        m = k + 1 + (self.word(k + 1) is not None and self.words[k + 1].text == ".")
        first = m
        while m < first + 3 and self.word(m) is not None and self.words[m].cap and self.words[m].text.isalpha() \
                and self.words[m].sent == w.sent:
            m += 1
        return m if m > first else k

    def is_unit_word_strict(self, i: int) -> bool:
        """A body word that is not a degree-shaped acronym (so ", MM" is a degree, ", KPU" is not)."""
        w = self.word(i)
        return w is not None and (i in self.gaz_in or w.bare in self.short_to_long or w.bare in BODY_WORDS)

    def _is_honorific(self, j: int) -> bool:
        w = self.words[j]
        if w.bare in _RANK_SECOND_WORDS and not (j > 0 and f"{self.words[j - 1].bare} {w.bare}" in _RANK_PHRASES):
            return False  # "Tipe Madya Pabean Belawan" (but "Laksamana Madya Ali")
        if w.bare == "jenderal" and j > 0 and self.words[j - 1].bare in _JENDERAL_BODIES:
            return False  # "Direktorat Jenderal Bea dan Cukai": the body's name, not a rank
        if w.text in MILITARY_CORPS and j > 0 and self.words[j - 1].bare in _RANK_TOKENS:
            nxt = self.word(j + 1)  # "Letkol Inf Yudha", "Brigjen TNI (Purn.) Budi"
            return nxt is not None and (self._in_corps_bracket(j + 1) or self.is_name_word(j + 1, first=True))
        if w.bare not in _HONORIFIC_TOKENS:
            return self._in_corps_bracket(j)
        # "Ibu Kota", "Bapak Presiden": an honorific must be followed by a name word or another honorific.
        nxt = self.word(j + 1)
        return nxt is not None and (nxt.bare in _HONORIFIC_TOKENS or self._in_corps_bracket(j + 1)
                                    or (w.bare in _RANK_TOKENS and self._is_honorific(j + 1))
                                    or self.is_name_word(j + 1, first=True))

    def _in_corps_bracket(self, j: int) -> bool:
        """Whether word ``j`` is in a bracketed corps after a rank, before a name or rank: the "(P)" of
        "Kolonel Laut (P) Arief", the "(Purn.)" of "Mayjen TNI (Purn.) Budi"."""
        for b in (j, j - 1, j - 2, j - 3):
            if b < 1 or self.words[b].text != "(" or self.word(b + 1) is None:
                continue
            close = b + 2 + (self.word(b + 2) is not None and self.words[b + 2].text == ".")
            after = self.word(close + 1)
            return b <= j <= close and self.words[b + 1].text in _BRACKETED_CORPS and \
                self.word(close) is not None and self.words[close].text == ")" and \
                (self.words[b - 1].bare in _RANK_TOKENS or self.words[b - 1].text in MILITARY_CORPS) and \
                after is not None and \
                (after.bare in _HONORIFIC_TOKENS or self.is_name_word(close + 1, first=True))
        return False

    def model_names(self, start: int, end: int) -> list[tuple[int, int]]:
        """The names inside a PER span of the statistical model, cleaned.

        The model's spans may carry a title or region ("Sekda Suparman", "Sleman Dimas Saputra"),
        a trailing word ("Andi Wijaya keliru"), two names ("Rina - Agus"), or be no name at all
        ("Kemenpora", "senam Sehat"). Leading titles, honorifics and places are cut, trailing
        lower-case words dropped, pairs split; what is left must be made of name words.
        """
        if any(ch.isdigit() for ch in self.text[start:end]):
            return []  # "Hijriah/2025": a calendar, a code or a count, never a name
        if all(part in _STOP for part in re.split(r"[\s\-–]+", self.text[start:end].casefold()) if part):
            return []  # "Jumat-Minggu": a day range
        idx = [i for i, _w in self._words_in(start, end)]
        out: list[tuple[int, int]] = []
        part: list[int] = []
        for i in idx + [-1]:
            if i == -1 or self.words[i].text in {"-", "–", ",", "&", "/"} or self.words[i].low in {"dan", "serta"}:
                span = self._clean_model_part(part)
                if span:
                    out.append(span)
                part = []
            else:
                part.append(i)
        return out

    def _clean_model_part(self, part: list[int]) -> tuple[int, int] | None:
        if part and self.words[part[0]].text[:1].islower() and self.words[part[0]].low not in names.NAME_PARTICLES:
            return None  # "senam Sehat": a span opening with a common word is no name
        if part and (self.words[part[0]].low in names.COMPETITION_WORDS or part[0] > 0 and
                     self.words[part[0] - 1].low in names.COMPETITION_WORDS):
            return None  # "Piala Thomas", "Piala Sudirman": a cup, not a person
        if any(names.has_reduplication(self.words[i].text) for i in part):
            return None  # "Bangsa-Bangsa": a reduplicated common noun
        if part and names.only_degrees(self.text[self.words[part[0]].start:self.words[part[-1]].end]):
            return None  # "Windhu Purnomo, SKM, M.Kes": a degree after the name, tagged on its own
        while part and (part[0] in self.title_words or part[0] in self.body_words or part[0] in self.gaz_in
                        or part[0] in self.region_in
                        or self.words[part[0]].bare in BODY_WORDS or self.words[part[0]].bare in _HONORIFIC_TOKENS
                        or self.words[part[0]].bare in _STOP or self.is_unit_word(part[0])
                        or (self.words[part[0]].text in MILITARY_CORPS and self._is_honorific(part[0]))):
            part = part[1:]  # (a corps after a rank: "Letkol Arh Yudha")
        while part and not self.words[part[-1]].cap:
            part = part[:-1]
        if not part:
            return None
        if self._named_place_before(part[0]):
            return None
        ok = [self.is_name_word(i, first=(n == 0)) or self.words[i].low in names.NAME_PARTICLES or
              (n > 0 and names._is_degree(self.words[i].text)) or
              (0 < n < len(part) - 1 and self.words[i].bare in MONTHS and self.words[i].cap) or  # "Lie Mei Hwa"
              (n > 0 and self.words[i].bare in NUMBER_WORDS and self.words[i].cap)  # "Thiago Rocha Lima"
              for n, i in enumerate(part)]
        if not all(ok):
            if len(part) == 1 and self._initials(part[0]) and len(self.words[part[0]].text) >= 2:
                return self.words[part[0]].start, self.words[part[0]].end  # initials: "BS", "AP"
            return None
        # The model often drops a first name ("Timur Agus Pratama" tagged "Pratama"): take back up to
        # two unknown capitalised words right before the span, in the same sentence.
        # Only inside a sentence, and only when a place, a punctuation mark or a lower-case word comes
        # before: not "Selanjutnya Dimas Saputra" (sentence start) nor "Ketua Dharmayakti Karini" (a body).
        last = part[-1]
        if self._name_word_closes(last + 1):
            last += 1  # the model stopped one word short: "Dewi Anggraeni | Putri,", "Kevin | Owusu-Hart,"
        first = part[0]
        k = first - 1
        if k > 0 and self.is_name_word(k, first=True) and k not in self.body_words and \
                self.words[k].sent == self.words[first].sent and \
                self.words[k - 1].sent == self.words[k].sent:
            before = self.words[k - 1]
            if (k - 1) in self.gaz_in or (k - 1) in self.region_in or before.text in {",", "(", ":"} or \
                    (before.text.islower() and before.text.isalpha() and before.low not in _HONORIFIC_TOKENS):
                first = k
        return self.words[first].start, self.words[last].end

    def _name_word_closes(self, k: int) -> bool:
        """Whether word ``k``, right after a model name, is its last word: a listed given or family name
        (or a hyphenated pair of words) in the same sentence, set off by punctuation after it."""
        w, after = self.word(k), self.word(k + 1)
        if w is None or after is None or w.sent != self.words[k - 1].sent or after.text not in {",", "(", ")"}:
            return False
        if self.words[k - 1].text in {",", "(", "-"} or not self.is_name_word(k):
            return False
        categories = lexicon().categories.get(w.low, frozenset())
        parts = w.text.split("-")  # "Owusu-Hart", and Korean given names: "Dong-hyuk"
        hyphenated = len(parts) > 1 and parts[0][:1].isupper() and all(p.isalpha() for p in parts)
        return hyphenated or bool(categories & {"given", "family"})

    def _occupation(self, i: int) -> bool:
        """Whether word ``i`` is a capitalised role or occupation noun, no name's title ("Sutradara", not
        the "Anak" of "Anak Agung")."""
        w = self.words[i]
        return w.cap and w.low in _ROLE_OPENERS and w.text not in _NAME_OPENING_TITLES

    def _surname_place(self, i: int) -> bool:
        """Whether word ``i`` is a one-word place known by its name alone (no level word or cue), which
        a name can end with as a surname: "Batubara", "Tarigan" is none, "Sleman" after "di" is none."""
        hit, w = self.gaz_in.get(i), self.words[i]
        return hit is not None and hit["label"] == "LOC" and hit.get("evidence") == "alias" and \
            (hit["start"], hit["end"]) == (w.start, w.end) and w.cap and w.text.isalpha() and not w.text.isupper()

    def _named_place_before(self, first: int) -> bool:
        """Whether the name starting at word ``first`` names a place or body after a person: "RSUD dr.
        Moewardi", "Jalan Dr. Wahidin", "Taman Ismail Marzuki", "Stadion Kapten I Wayan Dipta"."""
        k = first - 1
        while k >= 0 and (self.words[k].text == "." or self.words[k].bare in _HONORIFIC_TOKENS
                          or self.words[k].bare == "bung"  # "Gelora Bung Karno", "Jalan Bung Tomo"
                          or (self.words[k].text in _ROMAN and self._balinese_start(k))):
            k -= 1
        if k >= 2 and self.words[k].text == ")" and self.words[k - 2].text == "(":
            k -= 3  # the place's short form between: "Bandar Udara (UPBU) Frans Seda"
        if k >= 1 and self.words[k].bare == "udara" and self.words[k - 1].bare == "bandar":
            return True  # "Bandar Udara Frans Seda"
        return k >= 0 and self.words[k].bare in names.NAMED_AFTER_PERSON_WORDS and (
            k < first - 1 or self.words[k].cap)

    def add_name(self, start: int, end: int, source: str) -> None:
        s, e = names.core_span(self.text, start, end)
        first = self.char_word.get(s)
        if first is not None and self._occupation(first) and len(self._words_in(s, e)) > 2:
            first += 1  # an occupation before the name: "Sutradara Yosep Anggara mengaku"
            s = self.words[first].start
        name = self.text[s:e]
        if e > s and first is not None and (self._named_place_before(first) or (
                first > 0 and self.words[first - 1].bare in names.ADAT_TITLE_WORDS)):
            return  # a place named after a person, or the adat title after a name ("Dt. Rajo Mudo")
        if e > s and not names.is_holiday(name) and name.casefold() not in _PRONOUNS \
                and name.casefold() not in names.NOT_NAME_WORDS \
                and not any(ch.isdigit() for ch in name):  # "Beliau", "Hijriah/2025": no person
            hyphen = self._pair_hyphen(s, e)
            if hyphen is None:
                self.name_spans.append((s, e, source))
            else:
                self.name_spans += [(s, hyphen, source), (hyphen + 1, e, source)]

    def _pair_hyphen(self, start: int, end: int) -> int | None:
        """The hyphen between two names written as one ("Euis Komariah-Ridwan Setiadi", "pasangan
        Prabowo-Gibran"), else None.

        A pair when both names have two words or more, or when a pair noun comes right before it
        ("pasangan", "paslon", "duet"): not "Jean-Pierre Papin" nor "Soekarno-Hatta".
        """
        inside = self._words_in(start, end)
        for n, (i, w) in enumerate(inside):
            m = _NAME_PAIR.fullmatch(w.text)
            if m is None or names.has_reduplication(w.text):
                continue
            first = inside[0][0]
            cued = first > 0 and self.words[first - 1].low in _PAIR_NOUNS
            if cued or (n >= 1 and n + 1 < len(inside)):
                return w.start + m.end(1)
        return None

    # -- main --

    def run(self) -> tuple[list[dict], list[dict]]:
        offices = self.find_offices()
        self.find_cued_names()
        if self.settings.use_ents:
            for ent in self.doc.ents:
                if ent.label_ in {"PER", "PERSON"}:
                    for s, e in self.model_names(ent.start_char, ent.end_char):
                        self.add_name(s, e, "model")
        self.find_listed_names()
        clusters = self.cluster_names()
        # Names grown by the search ("Rina" -> "Rina Wulandari") may anchor more listed names.
        before = len(self.name_spans)
        for c in clusters:
            for s, e in c["_spans"]:
                self.name_spans.append((s, e, "search"))
        self.find_listed_names(only_new=before)
        if any(src == "list" for _s, _e, src in self.name_spans[before:]):
            clusters = self.cluster_names()
        officials = self.build_officials(offices, clusters)
        persons = [{"name": c["name"], "mentions": c["mentions"]} for c in clusters]
        return persons, officials

    # -- offices --

    def find_offices(self) -> list[_Office]:
        offices: list[_Office] = []
        absorbed: set[int] = set()
        for i in sorted(self.title_at):
            if i in absorbed:
                continue
            hit = self.title_at[i]
            office = self.parse_office(i, hit, absorbed)
            if office is not None:
                offices.append(office)
        return offices

    def _excluded_by_context(self, i: int, hit: TitleHit) -> bool:
        prev = self.word(i - 1)
        if prev is not None and prev.bare in _NOT_HOLDER_BEFORE:
            return True
        if prev is not None and prev.text == "/":
            return True
        if prev is not None and prev.cap and prev.bare in _DOCUMENT_WORDS:
            return True  # "Instruksi Wali Kota Yogyakarta Nomor ...": the name of a regulation
        if prev is not None and prev.cap and prev.bare in names.NAMED_AFTER_PERSON_WORDS:
            return True  # "Stadion Kapten I Wayan Dipta": a place named after the holder
        link = i - 2 if prev is not None and prev.low == "sebagai" else i - 1  # ("menjabat sebagai")
        if self.word(link) is not None and self.words[link].low in {"menjabat", "bertugas"} and \
                self.word(link - 1) is not None and self.words[link - 1].low in {"pernah", "sempat", "sebelumnya"}:
            return True  # "pernah menjabat Ketua ...", "sebelumnya menjabat Kasi Ops ...": a former post
        end_i = self._index_at_or_after(hit.end)
        nxt = self.word(end_i)
        if nxt is not None and (nxt.low in _NOT_HOLDER_AFTER or nxt.text == "/"):
            return True
        # "Gubernur dan Wakil Gubernur" after an election word two words back.
        prev2 = self.word(i - 2)
        if prev is not None and prev.low in _CONNECTORS and prev2 is not None and (i - 2) in self.title_words:
            k = i - 2
            while k >= 0 and k in self.title_words:
                k -= 1
            before = self.word(k)
            if before is not None and before.bare in _NOT_HOLDER_BEFORE:
                return True
        return False

    def parse_office(self, i: int, hit: TitleHit, absorbed: set[int]) -> _Office | None:
        if self._excluded_by_context(i, hit):
            return None
        j = self._index_at_or_after(hit.end)
        head_low = hit.head.casefold()
        body_start_i = j
        needs_field = hit.kind == "compact" and hit.unit in _FIELD_UNITS
        needs_body = head_low in _NEEDS_BODY or hit.key in _NEEDS_BODY or (hit.kind == "body" and hit.unit is not None)
        country = JURISDICTION_OFFICES.get(hit.head.replace("Walikota", "Wali Kota")) == "country" or \
            hit.key in {"presiden", "wakil presiden"}
        cu = compact_unit(hit.head)
        # Offices over a territory take a region right after the title: "Bupati Sleman", "Kapolda Jawa Tengah".
        regional = hit.kind == "jurisdiction" or bool(cu and cu[1] not in _FIELD_UNITS)
        # A name written just before the title ("Andi Wijaya Plt. Bupati Bantul") leaves the words after it
        # to the region.
        name_first = self._name_before(i) if regional else None
        region: dict[str, Any] | None = None
        org: dict[str, Any] | None = None
        level = None
        k = j
        consumed_any = False
        sent = self.words[i].sent
        portfolio_listed = False
        if hit.kind == "minister" and hit.head.casefold() in _PORTFOLIO_HEADS:
            listed = self._listed_portfolio_end(j)
            if listed > j:
                k, consumed_any, portfolio_listed = listed, True, True  # "Menteri Komunikasi dan Digital Meutya"
        listed_unit = False
        if cu is not None and k == j:
            for n in (3, 2, 1):  # the unit's own listed name: "Kapolda Metro Jaya" heads Polda Metro Jaya
                after_title = self.words[j:j + n]
                if len(after_title) == n and after_title[-1].cap and \
                        all((x.cap or x.text == "/") and x.sent == sent for x in after_title):  # ("XII/Tanjungpura")
                    unit_name = national_institution(" ".join([cu[1], *(x.text for x in after_title)]))
                    if unit_name is not None:
                        org = {"label": "ORG", "canonical": unit_name, "text": unit_name, "kb_id": None,
                               "start": self.words[j].start, "end": self.words[j + n - 1].end}
                        k, consumed_any, listed_unit = j + n, True, True
                        break
        field_end = self._english_field_end(j, head_low)
        if field_end > j:
            k = body_start_i = field_end  # "Head of Corporate Communications PT X": the field is the title's
            consumed_any = True
            self.body_words.update(range(j, field_end))
            absorbed.update(t for t in range(j, field_end) if t in self.title_at)  # ("VP Corporate Secretary")
        while True:
            w = self.word(k)
            if w is None or w.sent != sent or w.low.startswith("se-"):
                break
            nxt, nxt_org = self.word(k + 1), self.gaz_at.get(k + 1)
            to_body = (nxt_org is not None and nxt_org["label"] == "ORG") or (nxt is not None and nxt.bare == "fraksi")
            if w.low in _POST_WORDS and consumed_any and head_low in _DIPLOMATIC_HEADS and \
                    self.gaz_at.get(k + 1, {}).get("label") in {"LOC", "ORG"}:
                k += 1  # "Duta Besar RI untuk Amerika Serikat", "Konsul Jenderal RI di New York", "... untuk PBB"
                continue
            if w.low == "untuk" and consumed_any and self.words[k - 1].sent == sent and self._apposition_follows(k + 1):
                k = self._apposition_follows(k + 1)  # "Wakil Sekjen PBB untuk Urusan Kemanusiaan, Tom Fletcher"
                continue
            if w.low in _POST_WORDS and consumed_any and head_low in _DIPLOMATIC_HEADS and k + 1 in self.model_places:
                k = self.model_places[k + 1][0]  # a post no list holds, a place to the model: "Konsul RI di Tawau"
                continue
            if w.low == "pada" and consumed_any and (k + 1) in self.title_at and self.words[k + 1].sent == sent:
                absorbed.add(k + 1)  # "Direktur Penyidikan pada Jampidsus Sutikno": the unit under that office
                k = self._word_after(self.title_at[k + 1].end, k + 1)
                continue
            if w.low in {"dari", "pada"} and to_body and (consumed_any or k == j or self.words[k - 1].text == ")"):
                # "JPU dari Kejaksaan Negeri Surabaya", "Anggota Komisi VII DPR dari Fraksi Partai Demokrat"
                k += 1
                continue
            if k in self.title_at:
                inner = self.title_at[k]
                prev = self.words[k - 1]
                if (not consumed_any and hit.kind in {"body", "compact"} and
                        inner.kind in {"jurisdiction", "minister", "compact"}) or \
                        (consumed_any and inner.kind == "body" and prev.bare in BODY_WORDS):
                    # "Staf Khusus Wapres", "Ketua Panitia Seleksi Calon Pimpinan KPK": the inner title
                    # is part of the body.
                    absorbed.add(k)
                    k = self._word_after(inner.end, k)
                    consumed_any = True
                    continue
                break
            if k in self.defined_body_end and not any(self.gaz_at[x]["label"] == "ORG" for x in
                                                      range(k, self.defined_body_end[k]) if x in self.gaz_at):
                k = self.defined_body_end[k]  # (a known body inside is read as such: "Pansel ... KPK")
                consumed_any = True
                continue
            if hit.kind == "minister" and (consumed_any or hit.head.casefold() in MINISTERS) and \
                    self._surname_place(k) and \
                    self.gaz_at[k].get("type") in _SUB_PROVINCIAL and self.is_name_word(k + 1):
                self.surnames.add(k)  # a ministry has no regency: "Wakil Menteri Dalam Negeri Bima Arya"
                break
            if k in self.region_at or k in self.gaz_at:
                g = self.gaz_at.get(k) or self.region_at[k]
                if g["label"] == "LOC":
                    region = region or g
                else:
                    org = org or g
                k = self._word_after(g["end"], k)
                consumed_any = True
                continue
            close = self._paren_close(k)
            if close is not None and (consumed_any or k == j):
                k = close + 1
                continue
            if w.low in _CONNECTORS and consumed_any and self.is_unit_word(k + 1) and not self.is_name_word(k + 1):
                k += 1
                continue
            parent = self._parent_region_end(k) if w.text == "," and region is not None else 0
            if parent:
                k = parent  # "Kepala Desa X, Kecamatan Y, Kabupaten Z, berinisial AS": the village's parent regions
                continue
            if w.text == "," and consumed_any and not portfolio_listed:  # (a listed portfolio is whole)
                listed = field_list_end(k, self._word_key, lambda x, _first: self._field_word(x))
                if listed > k:
                    k = listed  # "Menteri Pendidikan Tinggi, Sains, dan Teknologi": one portfolio
                    continue
            if w.low in _CONNECTORS and (consumed_any or " " in hit.head) and self._common_word(k + 1):
                # "Menko Bidang Kemaritiman dan Investasi Luhut ...": the field goes on over
                # capitalised dictionary words after "dan"; a name starts at the first other word
                k += 1
                while self._common_word(k) or (self._field_word(k) and self.is_unit_word(k + 1)):
                    k += 1  # (a field word right before the body too: "dan Manajemen Risiko PSNI")
                continue
            if w.low in _CONNECTORS and consumed_any:
                m = k + 1
                while m < k + 4 and self._field_word(m, places=True):
                    m += 1
                if m > k + 1 and (m in self.gaz_at or self.is_unit_word(m) or self._paren_close(m) is not None
                                  or self._apposed_name_at(m)):
                    # "Direktur Jenderal Minyak dan Gas Bumi Kementerian ESDM": the field ends at the body;
                    # "Kantor Kesyahbandaran dan Otoritas Pelabuhan (KSOP)": at its short form
                    k = m
                    continue
            if w.cap and w.bare in LEVEL_WORDS:
                level = level or LEVEL_WORDS.get(w.bare)
                k += 1
                consumed_any = True
                # The name of the region that follows a level word: "Provinsi Kalimantan Tengah".
                run = self._region_run(k)
                if run > k:
                    region = region or self._pseudo_region(k, run)
                    k = run
                continue
            if country and not (self.is_unit_word(k) and (w.text.isupper() or w.bare in LEVEL_WORDS)):
                break  # "Presiden Budi Santoso": no region but RI/Republik Indonesia
            if self._is_honorific(k):
                named_after = self.scan_name(k) if consumed_any and \
                    self.words[k - 1].bare in names.NAMED_AFTER_PERSON_WORDS else None
                if named_after is not None:
                    k = self._word_after(named_after[1], k)  # "Universitas Jenderal Soedirman"
                    continue
                break  # a rank before the holder's name: "Kapolri Jenderal Listyo ..." ("Jenderal" is no body)
            if self.is_unit_word(k):
                k += 1
                consumed_any = True
                continue
            if (needs_field or needs_body) and not consumed_any and w.cap and w.bare not in _STOPWORDS \
                    and (hit.capitalised or self.is_unit_word(k + 1) or self._apposition_follows(k)) \
                    and w.text.isalpha() and not self._starts_known_name(k) and not self._is_honorific(k):
                # The field or body right after "Kadis", "Ketua": "Kadis Perikanan", "Ketua Dharmawanita".
                k += 1
                consumed_any = True
                continue
            if self.titled[k] and consumed_any:
                break  # a headline goes on with its verb: "WAKIL BUPATI LOMBOK TIMUR TINJAU JALAN RUSAK"
            run_end = self._unknown_run_then_body(k) if (consumed_any or regional) else 0
            if run_end:
                # "Ketua Umum Persatuan Renang Seluruh Indonesia (PRSI) ...": unknown words inside a body.
                k = run_end
                continue
            if w.cap and w.bare not in _STOP and not self._starts_known_name(k) and \
                    (consumed_any or hit.kind == "jurisdiction") and self._apposition_follows(k):
                # "Pemimpin Redaksi Harian Suara Merdeka, Rina ...", "Gubernur Papua, Agus Pratama":
                # unknown words before an apposed name belong to the body or region.
                k = self._apposition_follows(k)
                consumed_any = True
                continue
            if regional and w.cap and self.is_name_word(k, first=True) and \
                    self.word(k + 1) is not None and self.words[k + 1].bare in GEO_WORDS:
                k += 2  # "Tanjab Timur": an unknown word and a compass word make a region
                consumed_any = True
                continue
            if hit.kind == "jurisdiction" and not consumed_any and not country and self._world_place(k) and \
                    self.is_name_word(k + 1, first=True) and self.is_name_word(k + 2):
                region = self._pseudo_region(k, k + 1)  # a foreign region the lists know: "Gubernur Yamagata Mieko"
                k += 1
                consumed_any = True
                continue
            if regional and not consumed_any and not country and (name_first or k in self.region_words) and \
                    self.is_name_word(k, first=True):
                k += 1  # the region of a holder named before the title, or a word several titles share
                consumed_any = True
                continue
            break
        if consumed_any and hit.kind in {"body", "compact"} and not regional:
            k = self._company_words_before_name(k, sent)
        body_end_i = k
        self.body_words.update(range(body_start_i, body_end_i))
        for t in list(self.title_at):
            if body_start_i <= t < body_end_i:
                absorbed.add(t)
        title_tail = self.text[self.words[j].start:self.words[field_end - 1].end] if field_end > j else ""
        if body_start_i < body_end_i and self.words[body_start_i].low in _CONNECTORS:
            # "Direktur Keuangan dan Manajemen Risiko PSNI": the words up to the body end the title
            unit = next((u for u in range(body_start_i + 1, body_end_i) if self.is_unit_word(u)), body_end_i)
            title_tail = self.text[self.words[body_start_i].start:self.words[unit - 1].end]
            body_start_i = unit
        body_words = self.words[body_start_i:body_end_i]
        body = self.text[body_words[0].start:body_words[-1].end] if body_words else ""
        office = _Office(
            hit=hit, start=hit.start, end=hit.end if not body_words else body_words[-1].end, body=body,
            body_start=body_words[0].start if body_words else hit.end,
            body_end=body_words[-1].end if body_words else hit.end,
            region=region, org=org, level=level, unit_key="",
        )
        office.unit_key = self._unit_key(office, body_start_i, body_end_i)
        office.of_org = office.of_org or listed_unit
        office.title, office.key = f"{hit.title} {title_tail}".strip(), hit.key
        defined = _DEFINED_TITLE.match(self.text, hit.end, office.body_end)
        if defined and expand_title(f"{hit.title} {defined['field']}") in {
                expand_title(defined["short"]), expand_title(defined["short"].replace(" ", ""))}:
            # "Direktur Lalu Lintas (Dirlantas) Polda Jateng": the field is part of the title the
            # short form defines, so a later "Dirlantas" is the same office
            office.title = f"{hit.title} {' '.join(defined['field'].split())}"
            office.key = expand_title(office.title)
            office.unit_key = self._unit_key(office, self._index_at_or_after(defined.end()), body_end_i)
            office.of_org = org is not None and org["start"] >= defined.end()
        elif hit.head.casefold() in _LONG_HEADS and body_words and body_words[0].bare in _UNIT_SHORT_NAMES:
            # "Kepala Polres Bogor" is the office "Kapolres Bogor" names
            office.title = f"{hit.title} {body_words[0].text}"
            office.key = expand_title(f"{hit.head} {_UNIT_SHORT_NAMES[body_words[0].bare]}")
        elif hit.kind == "compact" and body_words and f"{hit.head}{body_words[0].text}".casefold() in COMPACT_TITLES:
            # "Kasat Reskrim" written apart is the compact "Kasatreskrim": one office with its long form
            office.title = f"{hit.title} {body_words[0].text}"
            office.key = expand_title(f"{hit.head}{body_words[0].text}")
            office.unit_key = self._unit_key(office, body_start_i + 1, body_end_i)
        if hit.kind == "compact" and hit.unit in _SUB_UNITS and org is not None and org["start"] > office.body_start:
            # "Kasat Reskrim Polres Bogor": the field names the unit inside the body that follows
            field_words = self.text[office.body_start:org["start"]].strip(" ,")
            if field_words and "\n" not in field_words:
                office.title = f"{hit.title} {field_words}"
                office.of_org = True
        if hit.kind == "minister" and body_words and hit.head.casefold() in {"menteri", "wakil menteri",
                                                                               "menteri koordinator"}:
            portfolio = self._portfolio(body_start_i, body_end_i)
            if portfolio:
                office.title = f"{hit.title} {portfolio}"
                office.key = expand_title(office.title)
        if hit.kind == "minister" and not office.key.startswith("menteri") and not office.key.startswith("wakil"):
            office.key = expand_title(office.title)
        if self.word(body_end_i) is not None and self.words[body_end_i].text == "/":
            return None  # "Kepala SD/SMP/SMA": a list of kinds of bodies
        if office.unit_key in _GENERIC_BODIES or any(office.unit_key.startswith(g + " ") for g in _GENERIC_PREFIXES):
            return None  # "Kepala Perangkat Daerah": every head of agency
        # The holder's name: directly, or after a comma (apposition); "X dan Y" lists two.
        k = body_end_i
        if self.word(k) is not None and self.words[k].low == "setempat" and self.words[k].sent == sent:
            k += 1  # "Kapolsek setempat, AKP Budi Santoso": the local office holder, jurisdiction unnamed
            office.local = True
            office.end = self.words[k - 1].end
        name = None
        if self.word(k + 2) is not None and self.words[k].low == "yang" and \
                self.words[k + 1].low in {"baru", "definitif"} and self.words[k + 2].text == ",":
            k += 2  # "Dandim 0701/Banyumas yang baru, Letkol Arh Yudha": the new holder, apposed
        if self.word(k) is not None and self.words[k].text == "." and self.words[k - 1].text == "Tbk" and \
                self.word(k + 1) is not None and self.words[k + 1].sent == sent:
            k += 1  # "Direktur PT X Tbk. Budi Santoso mengatakan": the company's dot, not a sentence's
        # "Hendra sebagai Menteri Pertanian, Ratih sebagai ...": the name before the link holds the title,
        # the one after the comma the next title
        linked = self._name_before(i) if i > 0 and self.words[i - 1].low in _NAME_LINKS else None
        if linked is None and self.word(k) is not None and self.words[k].text == ",":
            cand = self.scan_name(k + 1)
            # A bare title and a comma rarely appose a name ("Kemudian Bupati, Hadi Susanto adalah"):
            # ask for a body, or an honorific/rank before the name.
            if cand and self._apposition_ok(cand) and (body or office.local or self._is_honorific(k + 1) or
                                                        hit.kind in {"compact", "minister"}):
                name = cand
        elif linked is None and self.word(k) is not None:
            cand = self.scan_name(k)
            if cand and self._direct_name_ok(cand, hit):
                name = self._headline_name(k, cand)
            elif self._modifier_word(k):
                # "Hakim praperadilan Agus Pratama": one lower-case qualifier, then a full name.
                m = k + 1 if not self._modifier_word(k + 1) else k + 2
                cand = self.scan_name(m)
                if cand and self.word(m) is not None and self.words[m].sent == sent and \
                        len(self.text[cand[0]:cand[1]].split()) >= 2 and self._direct_name_ok(cand, hit):
                    name = cand
        if name and not hit.capitalised and not self._is_honorific(self._index_at_or_after(name[0]) - 1) and (
                len(self.text[name[0]:name[1]].split()) < 2 or
                (hit.key == "anggota" and self.words[body_end_i].text != "," and
                 names.fold(self.text[name[0]:name[1]]) not in self._known_forms())):
            # "anggota Al-Qaeda", "anggota Laskar Merah": after a lower-case title only a full name, and
            # after "anggota" (member, mostly of a body) only one set off by a comma or known elsewhere.
            name = None
        if name is None and hit.capitalised:
            name = self._initials_holder(k, sent)
        nxt = self.word(k)
        if nxt is not None and nxt.low.startswith("se-") and not name:
            return None  # "Kepala Puskesmas se-Kota Yogyakarta", "Camat se-Kabupaten": plural
        if name:
            office.names.append((name[0], name[1]))
            office.end = name[1]
            self.add_name(name[0], name[1], "title")
            k = name[2]
            nxt = self.word(k)
            if nxt is not None and nxt.low == "dan":
                second = self.scan_name(k + 1)
                if second and (k + 1) not in self.title_at and self._direct_name_ok(second, hit):
                    office.names.append((second[0], second[1]))
                    office.end = second[1]
                    self.add_name(second[0], second[1], "title")
                    k = second[2]
        else:
            # Name first: "Hendra selaku Kepala Dinas ...", "Budi Santoso Plt. Wali Kota Yogyakarta",
            # "Budi Santoso, Kepala Dinas Pendidikan Sleman, mengatakan".
            before = linked or self._name_before(i) or self._name_before_comma(i, k)
            if before:
                office.names.append(before)
                office.start = before[0]
                self.add_name(before[0], before[1], "title")
        if not hit.capitalised and not office.names:
            return None  # lower-case and unnamed: a generic role ("kepala uptd")
        if not office.names and office.key in _NAMED_ONLY:
            return None  # "Pimpinan KPK": the leadership as a body, not one holder
        if not office.names and needs_body and not body and hit.kind != "minister":
            if head_low not in {"kepala", "ketua"} or self._next_is_verb(body_end_i):
                pass
            else:
                return None
        # Subject of a speech verb ("Kaban Kesbangpol Sleman menuturkan bahwa ...").
        nxt = self.word(k)
        while nxt is not None and nxt.low in _ADVERBS:
            k += 1
            nxt = self.word(k)
        office.speech_verb = nxt is not None and nxt.low in _VERBS_AFTER_NAME
        office.demonstrative = not office.names and nxt is not None and nxt.low in {"itu", "tersebut"}
        if nxt is not None and nxt.low in {"sekaligus", "merangkap"} and (k + 1) in self.title_at:
            office.shares_next = True
        if nxt is not None and nxt.low == "yang" and self.word(k + 1) is not None and \
                self.words[k + 1].low == "juga" and (k + 2) in self.title_at:
            office.shares_next = True  # "Ketua Banggar yang juga Ketua DPRD, Suwarno"
        return office

    def _company_words_before_name(self, k: int, sent: int) -> int:
        """Where the holder's name starts in a run of capitalised words after a body, without a comma
        between: after the run's last dictionary word that leaves a name of two words or more
        ("Presiden Direktur Mitra Pangan Sentosa | Hendra Gunawan Tjokro", "Direktur PT Laba Forexindo
        Berjangka | Ibrahim Assuaibi"); ``k`` when no such word comes first."""
        if self.word(k) is None or self.titled[k]:
            return k  # (in a title-case headline every word is capitalised)
        end = k
        while self.word(end) is not None and self.words[end].sent == sent and self.words[end].cap \
                and self.words[end].text.isalpha() and end not in self.title_at and not self._is_honorific(end):
            end += 1
        nxt = self.word(end)
        if nxt is not None and nxt.cap and nxt.sent == sent:
            return k  # (the run goes on past a non-word: not a plain name)
        split = k
        for m in range(k, end - 2):
            categories = lexicon().categories.get(self.words[m].low, frozenset())
            if ("word" in categories and categories <= _DICTIONARY_OR_VILLAGE
                    or self.words[m].low in names.COMPANY_TYPE_WORDS) and \
                    self.words[m + 1].bare not in _BALINESE and \
                    all(self.is_name_word(x, first=(x == m + 1)) and not self.words[x].text.isupper()
                        for x in range(m + 1, end)):
                split = m + 1  # (not before a Balinese name: "Majelis Hakim Dewa Made Suarjana")
        return split

    def _english_field_end(self, j: int, head: str) -> int:
        """Index after the field of an English business title at word ``j``, else ``j``: "Head of
        *Corporate Communications* PT X", "Vice President *Sales and Marketing* PT X" (without "of",
        only where a body follows, so "Manager Budi Santoso" keeps its name)."""
        if head not in _ENGLISH_FIELD_HEADS:
            return j
        m = j
        while m < j + 5 and self.word(m) is not None and self.words[m].sent == self.words[j].sent and (
                (self.words[m].cap and self.words[m].low in ENGLISH_FIELD_WORDS and m not in self.gaz_in)
                or (m > j and self.words[m].low in {"and", "&"})):
            m += 1
        while m > j and self.words[m - 1].low in {"and", "&"}:
            m -= 1
        if m == j or (not head.endswith(" of") and not (self.word(m) is not None and self.is_unit_word(m))):
            return j
        return m

    def _listed_portfolio_end(self, j: int) -> int:
        """Index after the portfolio of a listed ministry written from word ``j``, else ``j``."""
        first = self._word_key(j)
        for key in ministry_portfolios().get(first or "", ()):
            if all(self._word_key(j + n) == part and self.words[j + n].sent == self.words[j].sent
                   for n, part in enumerate(key)):
                return j + len(key)
        return j

    def _portfolio(self, a: int, b: int) -> str:
        """A minister's portfolio from the body words: "Pemuda dan Olahraga" (country and brackets dropped)."""
        out: list[str] = []
        k = a
        while k < b:
            w = self.words[k]
            close = self._paren_close(k)
            if close is not None:
                k = close + 1
                continue
            if w.bare in {"ri", "republik", "indonesia"} or (k in self.gaz_in and self.gaz_in[k]["label"] == "LOC"):
                break
            out.append(w.text)
            k += 1
        while out and out[-1].casefold() in _CONNECTORS:
            out.pop()
        return " ".join(out).replace(" ,", ",")  # "Pendidikan Tinggi, Sains, dan Teknologi"

    def _modifier_word(self, k: int) -> bool:
        """A lower-case noun qualifying a title ("praperadilan"), not a verb or function word."""
        w = self.word(k)
        return w is not None and w.text.isalpha() and w.text.islower() and len(w.text) >= 4 and \
            w.low not in _STOP and not _VERBAL.match(w.low) and w.low not in _VERBS_AFTER_NAME

    def _next_is_verb(self, k: int) -> bool:
        w = self.word(k)
        return w is not None and w.low in _VERBS_AFTER_NAME

    def _starts_known_name(self, k: int) -> bool:
        """Whether word ``k`` starts a name found elsewhere (a speech cue, an honorific)."""
        w = self.word(k)
        if w is None or not w.cap:
            return False
        return w.bare in self._known_name_words()

    def _known_forms(self) -> set[str]:
        """Folded names found through cues (speech cues, honorifics, aliases...)."""
        if "_known_forms_cache" not in self.__dict__:
            self._known_forms_cache = {names.fold(self.text[s:e]) for s, e in self._cue_name_spans()}
        return self._known_forms_cache

    def _known_name_words(self) -> set[str]:
        if not hasattr(self, "_known"):
            self._known: set[str] = set()
            for s, e in self._cue_name_spans():
                for tok in self.text[s:e].split():
                    self._known.add(tok.casefold().rstrip(".,"))
        return self._known

    def _apposition_follows(self, k: int) -> int:
        """If words k.. (one or two unknown capitalised words, up to five after an association's head or
        a company's "PT", where "&" may join them) reach a comma followed by an apposed name, the index
        of that comma, else 0."""
        m = k
        company = self._in_company_name(k)
        longest = 5 if k > 0 and (self.words[k - 1].bare in ASSOCIATION_HEADS or company) else 2
        while m < k + longest and self.word(m) is not None and m not in self.title_at:
            word = self.words[m]
            joins = company and word.text == "&" and m > k and self.word(m + 1) is not None and self.words[m + 1].cap
            if not (word.cap and word.text.isalpha() or joins):
                break
            m += 1
        w = self.word(m)
        if w is None or w.text != "," or m == k:
            return 0
        cand = self.scan_name(m + 1)
        return m if cand and self._apposition_ok(cand) else 0

    def _apposed_name_at(self, comma: int) -> bool:
        """Whether word ``comma`` is a comma before an apposed name ("Asisten Pemerintahan dan Kesra, Sofyan")."""
        if self.word(comma) is None or self.words[comma].text != ",":
            return False
        cand = self.scan_name(comma + 1)
        return cand is not None and self._apposition_ok(cand)

    def _in_company_name(self, k: int) -> bool:
        """Whether word ``k`` follows "PT"/"CV" over capitalised words only ("PT Sinar | Jaya")."""
        m = k - 1
        while m >= max(0, k - 4) and self.words[m].cap and self.words[m].text.isalpha():
            if self.words[m].bare in names.COMPANY_MARKERS:
                return True
            m -= 1
        return False

    def _unknown_run_then_body(self, k: int) -> int:
        """End of 1-3 unknown capitalised words at ``k`` that a body word, place or bracket follows, else 0."""
        m = k
        while m < k + 6 and self.word(m) is not None and (self.words[m].cap and self.words[m].text.isalpha()
                                                          or self.words[m].low in _CONNECTORS and m > k) \
                and not self.is_unit_word(m) and m not in self.title_at and not self._is_honorific(m) \
                and (self.words[m].bare not in _STOPWORDS or self.words[m].low in _CONNECTORS) \
                and not self._balinese_start(m) and not (m > k and self._starts_known_name(m)):
            m += 1
        while m > k and self.words[m - 1].low in _CONNECTORS:
            m -= 1
        if m - k > 3 and self._paren_close(m) is None:
            return 0  # only a bracketed short form vouches for a long unknown run
        if m == k or self.word(m) is None or self.words[m].sent != self.words[k].sent:
            return 0
        nxt = self.words[m]
        if self._paren_close(m) is not None or self._is_honorific(m):
            return m  # "... (PRSI)", "Kapolda Jawa Tengah Irjen Pol Budi": a bracket or a rank follows
        if nxt.low in _CONNECTORS and self.is_unit_word(m + 1) and self._field_word(m - 1):
            return m  # "Deputi Bidang Statistik Distribusi dan Jasa BPS": the field goes on after "dan"
        if nxt.low in {"itu", "tersebut"}:
            return m  # "Ketua Komite Etik itu": a demonstrative closes a body, never a name
        if self._balinese_start(m):
            return m  # "Ketua DPRD Bali I Made Suarjana": a Balinese name starts
        if self.is_unit_word(m) and (nxt.bare not in self.short_to_long or m in self.gaz_in) and \
                (m in self.gaz_in or m in self.region_in or not names._is_degree(nxt.text)):
            return m
        return 0

    def _balinese_start(self, k: int) -> bool:
        nxt = self.word(k + 1)
        return self.words[k].text in {"I", "Ni"} and nxt is not None and nxt.bare in _BALINESE

    def _paren_close(self, k: int) -> int | None:
        """'(Kesbangpol)', '(Menpora RI)', '(Pansel KPK)': index of the ')' of a short bracketed form."""
        if self.word(k) is None or self.words[k].text != "(":
            return None  # (also past the last word: "Kapolda Jatim Pimpin Apel Gelar Pasukan" ends the text)
        m = k + 1
        while m < k + 6 and self.word(m) is not None and self.words[m].text != ")":
            w = self.words[m]
            if not (w.cap or w.low in _CONNECTORS) or w.text in {",", "."}:
                return None
            m += 1
        return m if self.word(m) is not None and self.words[m].text == ")" and m > k + 1 else None

    def _headline_name(self, k: int, cand: tuple[int, int, int]) -> tuple[int, int, int] | None:
        """In a title-case headline every word is capitalised ("Kapolda Jatim Pimpin Apel"): the words
        after a title name someone only as far as another mention in the text, a cue or the model
        confirms them ("Gubernur Jateng Ganjar Pranowo Tinjau Banjir" -> "Ganjar Pranowo")."""
        if not self.titled[k]:
            return cand
        model = [(e.start_char, e.end_char) for e in self.doc.ents if e.label_ in {"PER", "PERSON"}]
        for m in range(self._index_at_or_after(cand[1]), k, -1):
            end = self.words[m - 1].end
            surface = self.text[cand[0]:end]
            if names.fold(surface) in self._known_forms() or self.text.count(surface) > 1 or \
                    (cand[0], end) in model:
                return cand[0], end, m
        return None

    def _word_key(self, k: int) -> str | None:
        w = self.word(k)
        return w.low if w is not None else None

    def _field_word(self, k: int, *, places: bool = False) -> bool:
        """A capitalised word no name list holds, outside any title, body or region ("Sains"); with
        ``places``, also a word that names a village somewhere ("Bumi")."""
        w = self.word(k)
        allowed = _DICTIONARY_OR_VILLAGE if places else _DICTIONARY_ONLY
        return w is not None and w.cap and w.text.isalpha() and w.sent == self.words[k - 1].sent and \
            k not in self.title_words and k not in self.gaz_in and k not in self.region_in and \
            not self._is_honorific(k) and lexicon().categories.get(w.low, _DICTIONARY_ONLY) <= allowed

    def _common_word(self, k: int) -> bool:
        """A capitalised Indonesian dictionary word that no name list holds ("Investasi", "Perumahan")."""
        w = self.word(k)
        return w is not None and w.cap and w.text.isalpha() and \
            lexicon().categories.get(w.low) == _DICTIONARY_ONLY and w.sent == self.words[k - 1].sent

    def _region_run(self, k: int) -> int:
        """End index of the capitalised region name starting at ``k`` (after a level word)."""
        known = self.gaz_at.get(k) or self.region_at.get(k)
        if known is not None and known["label"] == "LOC":
            return self._index_at_or_after(known["end"])  # "Kabupaten Sleman | Cahya Purnama"
        m = k
        while m < k + 4 and self.word(m) is not None:
            w = self.words[m]
            if not w.cap or not w.text[:1].isalpha() or m in self.title_at or self._is_honorific(m):
                break
            if m > k and self._starts_known_name(m):
                break
            if w.bare in BODY_WORDS and w.bare not in GEO_WORDS:
                break
            m += 1
        return m

    def _parent_region_end(self, comma: int) -> int:
        """The comma closing a parent region written after a comma ("..., Kecamatan Awangpone," or
        "..., Aceh Besar,"), else 0."""
        nxt = self.word(comma + 1)
        if nxt is None or not nxt.cap or nxt.sent != self.words[comma].sent:
            return 0
        if nxt.bare in LEVEL_WORDS and LEVEL_WORDS[nxt.bare] in {"district", "regency", "city", "province"}:
            end = self._region_run(comma + 2)
            end = end if end > comma + 2 else 0
        else:
            known = self.gaz_at.get(comma + 1) or self.region_at.get(comma + 1)
            end = self._index_at_or_after(known["end"]) if known is not None and known["label"] == "LOC" else 0
        return end if end and self.word(end) is not None and self.words[end].text == "," else 0

    def _world_place(self, k: int) -> bool:
        """A capitalised word the lexicon lists as a place abroad and not as a person's name ("Yamagata")."""
        w = self.word(k)
        categories = lexicon().categories.get(w.low, frozenset()) if w is not None else frozenset()
        return w is not None and w.cap and "world" in categories and not categories & {"given", "family"}

    def _pseudo_region(self, a: int, b: int) -> dict:
        s, e = self.words[a].start, self.words[b - 1].end
        return {"start": s, "end": e, "text": self.text[s:e], "label": "LOC", "canonical": self.text[s:e],
                "kb_id": None}

    def _name_run_then_name(self, k: int) -> bool:
        return False

    def _apposition_ok(self, cand: tuple[int, int, int]) -> bool:
        """An apposed name must end its phrase: punctuation, a lower-case word or the end."""
        nxt = self.word(cand[2])
        if nxt is None:
            return True
        if nxt.text in {",", ".", ")", "(", ";", ":", "!", "?", "”", '"', "’"}:
            return True
        if nxt.text.islower():
            return True
        last = self.words[cand[2] - 1]
        if last.text.endswith(".") and names._is_degree(last.text) and nxt.cap:
            return True  # "Hendra, S.H. Ia meminta ...": the degree's dot also ends the sentence
        return cand[2] in self.title_at

    def _direct_name_ok(self, cand: tuple[int, int, int], hit: TitleHit) -> bool:
        nxt = self.word(cand[2])
        if nxt is not None and nxt.low in {"itu", "tersebut", "ini"}:
            return False  # "Ketua Komite Etik itu": names take no demonstrative
        return self._apposition_ok(cand)

    def _name_before(self, i: int) -> tuple[int, int] | None:
        """A name right before a title: 'Hendra selaku Kepala ...', 'Budi Santoso Plt. Wali Kota ...'."""
        prev = self.word(i - 1)
        if prev is None:
            return None
        if prev.low in _NAME_LINKS:
            end_i = i - 1
        elif prev.low == "juga" and i > 1 and self.words[i - 2].low == "yang":
            end_i = i - 2  # "Sri Mulyani yang juga Ketua TP PKK"
        else:
            end_i = i
        if end_i < i:
            named = self._named_before_link(end_i)
            if named is not None:
                return named  # the holder of the office just before: "Sekda Wahyu selaku Ketua TAPD"
        if self.word(end_i - 1) is not None and self.words[end_i - 1].low == "menjabat":
            # "Hendrawan Santosa, yang kini menjabat (sebagai) Direktur Utama ...": the current holder
            end_i -= 1
            while self.word(end_i - 1) is not None and self.words[end_i - 1].low in _HOLDING_NOW:
                end_i -= 1
            if self.word(end_i - 1) is not None and self.words[end_i - 1].text == ",":
                end_i -= 1
        k = end_i - 1
        start_k = self._name_ending_at(k)
        if start_k is None:
            return None
        if end_i == i or prev.low in {"adalah", "merupakan"}:
            # Without "selaku", accept only a name also found through another cue ("Ketuanya adalah ...").
            s, e = self.words[start_k].start, self.words[k].end
            known = {(a, b) for a, b in self._cue_name_spans()}
            forms = {names.fold(self.text[a:b]) for a, b in known}
            if prev.low in {"adalah", "merupakan"}:  # or a person the model found: "Ratih ... Ratih adalah"
                forms |= {part for ent in self.doc.ents if ent.label_ in {"PER", "PERSON"}
                          for part in (names.fold(ent.text), *names.fold(ent.text).split())}
            if names.fold(self.text[s:e]) not in forms:
                return None
        return self.words[start_k].start, self.words[k].end

    def _named_before_link(self, link: int) -> tuple[int, int] | None:
        """The name found already that ends right before word ``link`` ("selaku", "yang juga"), over
        the degrees set off after it ("Asep Mulyana, S.I.P., selaku ...")."""
        k = link - 1
        while k > 1 and self.words[k].text == "," and names.only_degrees(self.words[k - 1].text):
            k -= 2
        if k >= 0 and self.words[k].text == ",":
            k -= 1
        if k < 0:
            return None
        end = self.words[k].end
        return next(((a, b) for a, b, _source in reversed(self.name_spans) if b == end), None)

    def _name_before_comma(self, i: int, k: int) -> tuple[int, int] | None:
        """A name set off before the title starting at word ``i`` whose phrase a comma closes at word
        ``k``: "Budi Santoso, Kepala Dinas Pendidikan Sleman, mengatakan". Not in a list ("..., Kepala
        Dinas Pendidikan, dan camat") nor when the name is another office's ("Bupati Sleman Kustini,")."""
        comma, closing, nxt = self.word(i - 1), self.word(k), self.word(k + 1)
        if comma is None or comma.text != "," or closing is None or closing.text != "," or nxt is None \
                or nxt.low in {"dan", "serta", "atau"} or k + 1 in self.title_at:
            return None  # (a list of attendees: "Ardhie, Asisten II, Asisten III, ...")
        end = i - 2
        start = self._name_ending_at(end)
        if start is None or self.words[end].sent != self.words[i].sent or start - 1 in self.title_words:
            return None
        return self.words[start].start, self.words[end].end

    def _name_ending_at(self, k: int) -> int | None:
        """First word of a name of up to four words ending at word ``k``, in one sentence; None when
        there is none or a capitalised word of another phrase comes right before it."""
        start = k
        while start - 1 >= 0 and start > k - 4 and self.is_name_word(start - 1) and \
                self.words[start - 1].sent == self.words[k].sent:
            start -= 1
        while start <= k and not self.is_name_word(start, first=True):
            start += 1
        if start > k or not self.is_name_word(k):
            return None
        before = self.word(start - 1)
        if before is not None and before.cap and before.text.isalpha() and before.bare not in _STOP \
                and before.bare not in _CUES_BEFORE_NAME:
            return None
        return start

    def _unit_key(self, office: _Office, a: int, b: int) -> str:
        """Folded identity of the body: region and level words dropped, short forms expanded."""
        parts: list[str] = []
        k = a
        while k < b:
            w = self.words[k]
            close = self._paren_close(k)
            if close is not None and (parts or k == a):
                k = close + 1  # "(BPPD)" restates the long form before it, "(JPU) Kejari" the title
                continue
            g = self.gaz_at.get(k)
            if g is not None:
                if g["label"] == "ORG":
                    parts.append(names.fold(g.get("canonical") or g["text"]))
                k = self._word_after(g["end"], k)
                continue
            if w.bare in LEVEL_WORDS or w.text in "()," or w.low in _CONNECTORS:
                k += 1
                continue
            if w.bare in self.short_to_long:
                parts.extend(x for x in names.fold(self.short_to_long[w.bare]).split() if x not in _CONNECTORS)
            else:
                parts.append(w.bare)
            k += 1
        # "Badan Pengelola Pajak Daerah" under "Kaban" and "Pengelola Pajak Daerah" under "Kepala Badan":
        # the kind of body is in the title already; connectors and repeats carry nothing.
        dedup: list[str] = []
        for wd in " ".join(parts).split():
            if wd not in dedup and wd not in _CONNECTORS and wd not in _TYPE_WORDS:
                dedup.append(wd)
        key = " ".join(dedup)
        return key

    # -- names from cues --

    def _cue_name_spans(self) -> list[tuple[int, int]]:
        cached: list[tuple[int, int]] | None = self.__dict__.get("_cue_spans")
        if cached is not None:
            return cached
        spans: list[tuple[int, int]] = []
        n = len(self.words)
        for i, w in enumerate(self.words):
            if w.low in {"alias", "atau", "yang"}:
                pair = self._alias_pair(i)
                if pair:
                    spans.extend(pair)
                    self.alias_pairs.append(pair)
            elif (w.low in _INTRODUCERS and not (w.cap and w.bare in _HONORIFIC_TOKENS)) or \
                    (w.low == "pasangan" and i + 1 < n):
                # (a capitalised "Ustaz", "Kiai" is an honorific: one name word after it is enough)
                # "Politikus PDI Perjuangan Guruh Soekarnoputra", "tersangka Budi Santoso",
                # "pasangan Budi Santoso - Agus Pratama": a noun that introduces people.
                k = i + 1
                while k < n and k < i + 5 and (k in self.gaz_in or self.is_unit_word(k)) and \
                        not self.is_name_word(k, first=True):
                    k += 1
                cand = self.scan_name(k)
                if cand and k not in self.title_at and len(self.text[cand[0]:cand[1]].split()) >= 2 and \
                        self.words[k].sent == w.sent:
                    nxt = self.word(cand[2])
                    if w.low == "pasangan" and nxt is not None and nxt.text in {"-", "–", "dan"}:
                        other = self.scan_name(cand[2] + 1)
                        if other and len(self.text[other[0]:other[1]].split()) >= 2:
                            spans.append((other[0], other[1]))
                            spans.append((cand[0], cand[1]))
                    elif self._apposition_ok(cand) or (nxt is not None and nxt.text in {"-", "–"}):
                        spans.append((cand[0], cand[1]))
            elif w.low in _CUES_BEFORE_NAME:
                cand = self.scan_name(i + 1)
                if cand and (i + 1) not in self.title_at:
                    spans.append((cand[0], cand[1]))
            elif w.bare in _HONORIFIC_TOKENS and w.cap and i not in self.title_words and \
                    (i == 0 or self.words[i - 1].bare not in _NO_NAME_AFTER_HONORIFIC_BEFORE):
                # (a rank inside an office is no rank: "Direktur Jenderal Aplikasi ..." names no person "Aplikasi";
                # "Dr." after "RSUD" names the hospital)
                cand = self.scan_name(i)
                if cand and cand[0] != w.start:
                    spans.append((cand[0], cand[1]))
            elif w.bare in {"pak", "bu", "bapak", "ibu"} and w.text.islower():
                nxt = self.word(i + 1)
                if nxt is not None and nxt.text.isalpha() and nxt.text.islower() and nxt.bare not in _STOP \
                        and len(nxt.bare) >= 4 and nxt.bare not in BODY_WORDS and not self._lower_elsewhere(i + 1) \
                        and lexicon().categories.get(nxt.low) != _DICTIONARY_ONLY:
                    # (a dictionary word only is no name: "ibu hamil", "bapak tani")
                    spans.append((nxt.start, nxt.end))
            elif w.low in _VERBS_AFTER_NAME and i > 0:
                # "Agus Pratama menyebutkan": walk back over adverbs to a name run at a clause start.
                k = i - 1
                while k >= 0 and self.words[k].low in _ADVERBS:
                    k -= 1
                end_k = k
                while k >= 0 and self.is_name_word(k) and end_k - k < 4:
                    k -= 1
                start_k = k + 1
                if start_k <= end_k and self.is_name_word(start_k, first=True):
                    before = self.word(k)
                    if before is None or not before.cap or before.text in {",", "."} or before.sent != w.sent \
                            or before.bare in _STOP:
                        if start_k not in self.title_words:
                            spans.append((self.words[start_k].start, self.words[end_k].end))
            elif w.low in names.INITIALS_CUES:
                # "berinisial RH", "masing-masing berinisial MF dan RS": initials stand for people
                k = i + 1
                while self.word(k) is not None and _INITIALS.fullmatch(self.words[k].text) and \
                        self.words[k].sent == w.sent:
                    spans.append((self.words[k].start, self.words[k].end))
                    sep = self.word(k + 1)
                    if sep is None or sep.text not in {",", "dan", "serta"}:
                        break
                    k += 2
            elif w.text == "(" and i + 2 < n and self.words[i + 1].text.isdigit() and self.words[i + 2].text == ")" \
                    and 1 <= len(self.words[i + 1].text) <= 2 and i > 0:
                # Age after a name: "IP (25)", "Budi Santoso (45)".
                k = i - 1
                end_k = k
                while k >= 0 and (self.is_name_word(k) or self._initials(k)) and end_k - k < 4:
                    k -= 1
                if k + 1 <= end_k:
                    spans.append((self.words[k + 1].start, self.words[end_k].end))
        spans.extend(self._enumerated_names())
        self._cue_spans = spans
        return spans

    def _alias_pair(self, i: int) -> tuple[tuple[int, int], tuple[int, int]] | None:
        """'X alias Y', 'X atau (yang lebih) dikenal/disapa (dengan nama) Y', 'X (60), yang akrab disapa
        Y': two names of one person."""
        w = self.words[i]
        j = i + 1
        if w.low in ("atau", "yang"):
            while j < i + 6 and self.word(j) is not None and self.words[j].low in _ALIAS_FILLERS:
                j += 1
            if not any(self.words[x].low in _ALIAS_VERBS for x in range(i + 1, j)):
                return None
        elif w.low != "alias":
            return None
        if w.low == "yang":
            # "Suparmi (60), yang akrab disapa Mbok Parmi": the name, an age, a comma, then the nickname
            i -= self.word(i - 1) is not None and self.words[i - 1].text == ","
            if i >= 3 and self.words[i - 1].text == ")" and self.words[i - 2].text.isdigit() \
                    and self.words[i - 3].text == "(":
                i -= 3
        after = self.scan_name(j)
        k = i - 1
        end_k = k
        while k >= 0 and end_k - k < 5 and (self.is_name_word(k) or self.words[k].low in names.NAME_PARTICLES):
            k -= 1
        if k >= 0 and k < end_k and len(self.words[k].bare) == 1 and self.words[k].text[0].isupper():
            k -= 1  # an initial opens the name: "M Rizky Aditya Saputra alias Kiki"
        if after is None or k + 1 > end_k or not self.is_name_word(k + 1, first=True):
            return None
        if end_k - k > 2 and self._occupation(k + 1):
            k += 1  # an occupation before the name: "Gitaris Dimas Wirawan alias Dimwir"
        return (self.words[k + 1].start, self.words[end_k].end), (after[0], after[1])

    def _enumerated_names(self) -> list[tuple[int, int]]:
        """People enumerated after "yakni", "yaitu", "di antaranya" ...: "Mereka adalah A B, C D dan E".

        Accepted when at least two items are names of two or more words; the other name-like
        items of the same enumeration are names too.
        """
        out: list[tuple[int, int]] = []
        n = len(self.words)
        for i, w in enumerate(self.words):
            if w.low not in _ENUMERATORS:
                continue
            if w.low == "adalah" and not (i > 0 and self.words[i - 1].low in {"mereka", "yaitu", "itu"}):
                continue
            k = i + 1
            if k < n and self.words[k].text in {",", ":"}:
                k += 1
            items: list[tuple[int, int, int]] = []
            while k < n and self.words[k].sent == w.sent:
                cand = self.scan_name(k)
                if not cand or k in self.title_at:
                    break
                items.append((cand[0], cand[1], len(self.text[cand[0]:cand[1]].split())))
                k = cand[2]
                if k < n and self.words[k].text == ",":
                    k += 1
                if k < n and self.words[k].low in {"dan", "serta"}:
                    k += 1
                elif items and k < n and not (self.words[k - 1].text == ","):
                    break
            if sum(1 for _s, _e, size in items if size >= 2) >= 2:
                out.extend((s, e) for s, e, _size in items)
        return out

    def _initials_holder(self, k: int, sent: int) -> tuple[int, int, int] | None:
        """The initials that name an office's holder in crime news: "Kepala Desa Sukamanah berinisial AS",
        "Kepala Desa Sukamanah, Kecamatan Cikeusik, berinisial AS (48)" (a place set off by commas first)."""
        if self.word(k) is not None and self.words[k].text == "," and self.word(k + 1) is not None and \
                self.words[k + 1].low in names.INITIALS_CUES:
            k += 1  # (the places were the office's: "..., Kabupaten Bone, berinisial AS")
        elif self.word(k) is not None and self.words[k].text == ",":
            m = k + 1
            while self.word(m) is not None and m - k <= 5 and self.words[m].sent == sent and (
                    self.words[m].cap or m in self.region_in or m in self.gaz_in):
                m += 1
            if m == k + 1 or self.word(m) is None or self.words[m].text != ",":
                return None
            k = m + 1
        cue, initials = self.word(k), self.word(k + 1)
        if cue is None or cue.low not in names.INITIALS_CUES or initials is None or initials.sent != sent \
                or not _INITIALS.fullmatch(initials.text):
            return None
        return initials.start, initials.end, k + 2

    def _initials(self, k: int) -> bool:
        w = self.word(k)
        return w is not None and w.text.isupper() and w.text.isalpha() and 1 <= len(w.text) <= 3 \
            and k not in self.gaz_in and w.bare not in self.short_to_long

    def _lower_elsewhere(self, i: int) -> bool:
        return False

    def find_cued_names(self) -> None:
        for s, e in self._cue_name_spans():
            # (the spans were found while offices were parsed: a portfolio's last word may open
            # one, "Menteri Komunikasi dan Digital Meutya Hafid menyatakan")
            words = [i for i, _w in self._words_in(s, e)]
            while words and words[0] in self.body_words:
                words.pop(0)
            if words:
                self.add_name(self.words[words[0]].start, e, "cue")

    def find_listed_names(self, only_new: int = 0) -> None:
        """Names listed next to a known name: "Budi Santoso dan Rina Wulandari", "A, B, C dan D".

        A run of two or more name words separated from a known name only by a comma or "dan"
        is a name too (news lists people together); the chain goes on in both directions.
        """
        known = sorted({(s, e) for s, e, _src in self.name_spans[only_new:]})
        queue = list(known)
        seen = {(s, e) for s, e, _src in self.name_spans}
        while queue:
            s, e = queue.pop()
            a = self._index_at_or_after(s)
            b = self._index_at_or_after(e - 1)
            # After the known name: skip degrees, then ", X" or "dan X".
            k = b + 1
            while self.word(k) is not None and (self.words[k].text == "," and self.word(k + 1) is not None
                                                and names._is_degree(self.words[k + 1].text)
                                                and not self.is_name_word(k + 1, first=True)):
                k += 2
            for cand in self._list_neighbours(a, k):
                if cand not in seen:
                    seen.add(cand)
                    queue.append(cand)
                    self.add_name(cand[0], cand[1], "list")

    def _list_neighbours(self, a: int, k: int) -> list[tuple[int, int]]:
        out = []
        sep = self.word(k)
        if sep is not None and sep.text in {",", "dan", "serta"}:
            m = k + 1
            if sep.text == "," and self.word(m) is not None and self.words[m].low in {"dan", "serta"}:
                m += 1
            cand = self.scan_name(m)
            if cand and m not in self.title_at and self.words[m].sent == sep.sent and \
                    len(self.text[cand[0]:cand[1]].split()) >= 2 and self._apposition_ok(cand):
                out.append((cand[0], cand[1]))
        # Before the known name: "X, <known>" or "X dan <known>".
        sep = self.word(a - 1)
        if sep is not None and sep.text in {",", "dan", "serta"}:
            end_k = a - 2
            if sep.text == "dan" and self.word(end_k) is not None and self.words[end_k].text == ",":
                end_k -= 1
            k2 = end_k
            while k2 >= 0 and end_k - k2 < 4 and self.is_name_word(k2) and self.words[k2].sent == sep.sent:
                k2 -= 1
            start_k = k2 + 1
            before = self.word(k2)
            if self._occupation(start_k):
                return out  # "Pengacara Arsyad, Andi Syahrir": a role of one person apposed to another's name
            if end_k - start_k >= 1 and self.is_name_word(start_k, first=True) and \
                    (before is None or before.text in {",", ":"} or before.low in {"dan", "yaitu", "yakni"}
                     or not before.cap) and start_k not in self.title_words:
                out.append((self.words[start_k].start, self.words[end_k].end))
        return out

    # -- clustering --

    def cluster_names(self) -> list[dict]:
        """Group name spans into persons, then search the text again for their forms."""
        spans = sorted({(s, e) for s, e, _src in self.name_spans})
        spans = [sp for sp in spans if not self.boilerplate.overlaps(sp[0], sp[1])]
        # Drop spans nested in a longer one (a short form found inside a full name).
        outer = []
        max_end = -1
        for s, e in sorted(spans, key=lambda sp: (sp[0], -sp[1])):
            if e > max_end:
                outer.append((s, e))
            max_end = max(max_end, e)
        forms = [(s, e, self.text[s:e]) for s, e in outer]
        clusters: list[dict] = []
        by_initial: dict[str, set[int]] = {}  # first letter of a name word -> clusters with such a word
        # Longest forms first seed clusters; shorter ones join the compatible cluster mentioned last before them.
        order = sorted(range(len(forms)), key=lambda x: (-len(names.name_tokens(forms[x][2])), forms[x][0]))
        for x in order:
            s, e, form = forms[x]
            initials = {t[0] for t in names.name_tokens(form)}
            candidates = set().union(*(by_initial.get(ch, set()) for ch in initials)) if initials else set()
            best = self._best_cluster(clusters, form, s, candidates)
            if best is None:
                clusters.append({"forms": [form], "spans": [(s, e)]})
                best = len(clusters) - 1
            else:
                if form not in clusters[best]["forms"]:
                    clusters[best]["forms"].append(form)
                clusters[best]["spans"].append((s, e))
            for ch in initials:
                by_initial.setdefault(ch, set()).add(best)
        for left, right in self.alias_pairs:
            a = self._cluster_of(clusters, left)
            b = self._cluster_of(clusters, right)
            # the name, not the nickname ("Mbok Parmi"): the fullest form of the name's own cluster
            named = names.canonical_form(clusters[a]["forms"]) if a is not None else ""
            if a is not None and b is not None and a != b:
                clusters[a]["forms"] += clusters[b]["forms"]
                clusters[a]["spans"] += clusters[b]["spans"]
                clusters[b]["forms"], clusters[b]["spans"] = [], []
            if a is not None:
                clusters[a]["named"] = named or self.text[left[0]:left[1]]
        clusters = [c for c in clusters if c["spans"]]
        if self.settings.propagate:
            self._propagate(clusters)
        out = []
        for c in clusters:
            spans_c = sorted(set(c["spans"]))
            ordered_forms = [self.text[s:e] for s, e in spans_c]
            out.append({
                "name": names.canonical_form([c["named"]] if "named" in c else ordered_forms),
                "mentions": [{"text": self.text[s:e], "start": s, "end": e} for s, e in spans_c],
                "_spans": spans_c,
            })
        out.sort(key=lambda c: c["_spans"][0][0])
        self.clusters = out
        self.__dict__.pop("_span_owner", None)
        return out

    @staticmethod
    def _cluster_of(clusters: list[dict], span: tuple[int, int]) -> int | None:
        for ci, c in enumerate(clusters):
            if any(s < span[1] and span[0] < e for s, e in c["spans"]):
                return ci
        return None

    def _best_cluster(self, clusters: list[dict], form: str, pos: int, candidates: set[int]) -> int | None:
        best, best_key = None, None
        for ci in sorted(candidates):
            c = clusters[ci]
            if not any(names.same_person(form, f) for f in c["forms"]):
                continue
            sim = max(names.similarity(form, f) for f in c["forms"])
            before = [s for s, _e in c["spans"] if s < pos]
            distance = pos - max(before) if before else 10**9
            key = (sim >= 0.9, -distance)
            if best_key is None or key > best_key:
                best, best_key = ci, key
        return best

    def _propagate(self, clusters: list[dict]) -> None:
        """Find every other occurrence of each cluster's forms and words (capitalised, not a title).

        A short form followed by more name words grows into the full form written there
        ("Hadi" found by a cue, "kepada Hadi Susanto" elsewhere).
        """
        taken = bytearray(len(self.text))  # 1 where a name mention already lies

        def free(s: int, e: int) -> bool:
            return not any(taken[s:e])

        def take(s: int, e: int) -> None:
            taken[s:e] = b"\x01" * (e - s)

        for c in clusters:
            for s, e in c["spans"]:
                take(s, e)
        candidates: dict[str, set[int]] = {}
        for ci, c in enumerate(clusters):
            for form in c["forms"]:
                candidates.setdefault(" ".join(form.split()), set()).add(ci)
                for t in form.split():
                    bare = t.strip(".,")
                    if len(bare) >= 3 and bare[0].isupper() and bare.casefold() not in _STOP and \
                            bare.casefold() not in BODY_WORDS and bare.casefold() not in _HONORIFIC_TOKENS:
                        candidates.setdefault(bare, set()).add(ci)
        # One pass over the words; at each word the longest known form starting there wins
        # ("Budi Santoso" over "Budi").
        by_first: dict[str, list[tuple[str, ...]]] = {}
        for surface in candidates:
            toks = tuple(w.text for w in segment(surface))
            if toks:
                by_first.setdefault(toks[0], []).append(toks)
        for seqs in by_first.values():
            seqs.sort(key=len, reverse=True)
        i = 0
        n_words = len(self.words)
        while i < n_words:
            seqs = by_first.get(self.words[i].text, [])
            if not seqs or i in self.title_words or i in self.gaz_in or \
                    (i > 0 and self.words[i - 1].end == self.words[i].start and self.words[i - 1].text[-1:] == "."):
                i += 1
                continue
            match = None
            for seq in seqs:
                j = i + len(seq)
                if j <= n_words and all(self.words[i + d].text == seq[d] for d in range(len(seq))) and \
                        "\n" not in self.text[self.words[i].start:self.words[j - 1].end]:
                    match = seq
                    break
            if match is None:
                i += 1
                continue
            last = i + len(match) - 1
            s, e = self.words[i].start, self.words[last].end
            if not free(s, e) or self.boilerplate.overlaps(s, e):
                i = last + 1
                continue
            owners = candidates.get(" ".join(self.text[s:e].split())) or candidates.get(" ".join(match), set())
            k = last + 1
            while k < last + 4 and not self.titled[i] and self.is_name_word(k) and \
                    self.words[k].sent == self.words[i].sent and free(self.words[k].start, self.words[k].end):
                k += 1  # (not in a headline, where every next word is capitalised)
            if k > last + 1:
                s, e = names.core_span(self.text, s, self.words[k - 1].end)
            if owners and k > last + 1 and len(names.name_tokens(self.text[s:e])) >= 3 and not any(
                    names.same_person(self.text[s:e], names.canonical_form(clusters[ci]["forms"])) for ci in owners):
                # a word two full names share grows into another person's: "Komang" of "Ida Ayu Komang
                # Sriasih" is no part of "Komang Adi Sudarsana"
                clusters.append({"forms": [self.text[s:e]], "spans": [(s, e)]})
                take(s, e)
                i = k
                continue
            if owners:
                ci = self._nearest_owner(clusters, owners, s)
                clusters[ci]["spans"].append((s, e))
                if k > last + 1:
                    clusters[ci]["forms"].append(self.text[s:e])
                take(s, e)
            i = max(k, last + 1)
        # Lower-case repeats after 'pak'/'bu' ("pak darmo") of a known single-word name.
        single = {c["forms"][0].casefold(): ci for ci, c in enumerate(clusters)
                  if c["forms"] and len(c["forms"][0].split()) == 1}
        for f_ci, c in enumerate(clusters):
            for form in c["forms"]:
                if len(form.split()) == 1:
                    single.setdefault(form.casefold(), f_ci)
        for i, w in enumerate(self.words[:-1]):
            nxt = self.words[i + 1]
            if w.low in {"pak", "bu", "bapak", "ibu"} and nxt.text.islower() and nxt.low in single \
                    and free(nxt.start, nxt.end):
                clusters[single[nxt.low]]["spans"].append((nxt.start, nxt.end))
                take(nxt.start, nxt.end)

    @staticmethod
    def _nearest_owner(clusters: list[dict], owners: set[int], pos: int) -> int:
        def key(ci: int) -> tuple[int, int]:
            before = [s for s, _e in clusters[ci]["spans"] if s < pos]
            return (1, -(pos - max(before))) if before else (0, -min(s for s, _e in clusters[ci]["spans"]))
        return max(owners, key=key)

    def _sorted_spans(self) -> tuple[list[tuple[int, int, int]], list[int]]:
        """All person mentions as sorted (start, end, cluster) and their starts (built once)."""
        if "_span_owner" not in self.__dict__:
            self._span_owner = sorted((s, e, pi) for pi, c in enumerate(self.clusters) for s, e in c["_spans"])
            self._span_starts = [s for s, _e, _pi in self._span_owner]
        return self._span_owner, self._span_starts

    def person_at(self, start: int, end: int) -> int | None:
        """Index of the person cluster with a mention overlapping [start, end), or None."""
        spans, starts = self._sorted_spans()
        i = bisect.bisect_left(starts, end) - 1
        while i >= 0:
            s, e, pi = spans[i]
            if e > start:
                return pi
            if s < start - 200:
                break
            i -= 1
        return None

    # -- officials --

    def build_officials(self, offices: list[_Office], clusters: list[dict]) -> list[dict]:
        for o in offices:
            if o.names:
                o.person = self.person_at(*o.names[0])
        for o, nxt in zip(offices, offices[1:]):
            if o.shares_next and o.person is None:
                o.person = nxt.person
        # Extra holders listed with "dan" become offices of their own.
        expanded: list[_Office] = []
        for o in offices:
            expanded.append(o)
            for extra in o.names[1:]:
                twin = _Office(hit=o.hit, start=o.start, end=o.end, body=o.body, body_start=o.body_start,
                               body_end=o.body_end, region=o.region, org=o.org, level=o.level,
                               unit_key=o.unit_key, names=[extra], person=self.person_at(*extra),
                               title=o.title, key=o.key)
                expanded.append(twin)
        offices = expanded
        groups: list[list[_Office]] = []
        by_key: dict[str, list[int]] = {}  # office key -> its groups, in order of creation
        for o in offices:
            # Only the latest groups of the same office are candidates: linear time on long inputs.
            candidates = by_key.get(o.key, [])[-_MERGE_WINDOW:]
            target = self._merge_target([groups[c] for c in candidates], o)
            if target is None:
                by_key.setdefault(o.key, []).append(len(groups))
                groups.append([o])
            else:
                groups[candidates[target]].append(o)
        # Forward: an unnamed, less specific mention joins a later named holder of the same office
        # when that holder is the only compatible one ("Ketua KPU Provinsi" ... "Ketua KPU Provinsi
        # Kalimantan Tengah, H. Agus Pratama").
        dropped: set[int] = set()
        for ids in by_key.values():
            named = [(gi, next(x for x in groups[gi] if x.person is not None)) for gi in ids
                     if any(x.person is not None for x in groups[gi])]
            if not named:
                continue
            for gi in ids:
                g = groups[gi]
                if any(x.person is not None for x in g):
                    continue
                fits = [(hi, rep) for hi, rep in named[:_MERGE_WINDOW] if self._compatible(g[0], rep)]
                if len(fits) == 1 and fits[0][1].start > g[0].start:
                    groups[fits[0][0]].extend(g)
                    dropped.add(gi)
        groups = [sorted(g, key=lambda o: o.start) for gi, g in enumerate(groups) if gi not in dropped]
        self._link_demonstratives(groups)
        if self.settings.link_quoted_speaker:
            self._link_quoted_speakers(groups)
        groups = [g for g in groups if self._keep(g)]
        # One official per person: groups of the same person merge (first title kept).
        by_person: dict[int, list[_Office]] = {}
        final: list[list[_Office]] = []
        primaries: dict[int, list[_Office]] = {}  # id of a merged group -> the group it started as
        for g in sorted(groups, key=lambda g: min(o.start for o in g)):
            person = next((o.person for o in g if o.person is not None), None)
            if person is not None and person in by_person:
                by_person[person].extend(g)
                continue
            final.append(g)
            primaries[id(g)] = list(g)
            if person is not None:
                by_person[person] = g
        out = []
        for g in final:
            g.sort(key=lambda o: o.start)
            person = next((o.person for o in g if o.person is not None), None)
            first = g[0]
            # (of the office named first: "Ketua DPRD ... yang juga Ketua Banggar" is of the DPRD)
            primary = primaries[id(g)]
            same_office = [o for o in primary if o.key == first.key] or g
            best = max(same_office, key=lambda o: (bool(o.body), len(o.body), -o.start))
            out.append({
                "name": self.clusters[person]["name"] if person is not None else None,
                "title": _title_case(first.title, [o.title for o in same_office]),
                # never "": a body that reduced to nothing names no office
                "of": self._of(best) or (None if best.body else _national_body(best.title)),
                "of_kb_id": self._of_kb(best),
                "mentions": [{"text": self.text[o.start:o.end], "start": o.start, "end": o.end} for o in g],
            })
        return out

    def _keep(self, g: list[_Office]) -> bool:
        """Drop bare generic titles ("Camat", "Ketua", "Inspektur" with no body, name or antecedent)."""
        if any(o.person is not None or o.body or o.local for o in g):
            return True
        o = g[0]
        if o.key in _UNIQUE_OFFICES or o.hit.kind == "minister":
            return True
        unit = compact_unit(o.hit.head)
        return bool(unit and unit[1] not in _FIELD_UNITS)

    def _link_demonstratives(self, groups: list[list[_Office]]) -> None:
        """'... kepada Hadi Susanto. Panitia menanyai Ketua DKPP itu': the title refers back.

        An unnamed title followed by "itu"/"tersebut" names the person mentioned last before it,
        in the same or the previous sentence, when that person holds no other office.
        """
        titled = {o.person for g in groups for o in g if o.person is not None}
        for g in groups:
            if any(o.person is not None for o in g):
                continue
            o = next((x for x in g if x.demonstrative), None)
            if o is None:
                continue
            wi = self._index_at_or_after(o.start)
            sent = self.words[wi].sent if wi < len(self.words) else 0
            spans, starts = self._sorted_spans()
            i = bisect.bisect_left(starts, o.start) - 1
            best = None
            if i >= 0:
                s, _e, pi = spans[i]
                si = self.char_word.get(s)
                if si is not None and sent - 1 <= self.words[si].sent <= sent:
                    best = (s, pi)
            if best is not None and best[1] not in titled:
                for x in g:
                    x.person = best[1]
                titled.add(best[1])

    def _merge_target(self, groups: list[list[_Office]], o: _Office) -> int | None:
        """The group a new mention continues: the last compatible one before it."""
        best = None
        for gi, g in enumerate(groups):
            last = g[-1]
            if not self._compatible(last, o) and not any(self._compatible(x, o) for x in g[:1] + g[-_MERGE_WINDOW:]):
                continue
            gp = next((x.person for x in g if x.person is not None), None)
            if o.person is not None and gp is not None and gp != o.person:
                continue
            if o.person is not None and gp is None and self._specific(o) and not self._specific_equal(g, o):
                continue
            best = gi
        return best

    def _specific(self, o: _Office) -> bool:
        return bool(o.unit_key or o.region or o.level)

    def _specific_equal(self, g: list[_Office], o: _Office) -> bool:
        return any(x.unit_key == o.unit_key and self._region_id(x) == self._region_id(o) and x.level == o.level
                   for x in g)

    @staticmethod
    def _region_id(o: _Office) -> str | None:
        if o.region is None:
            return None
        return o.region.get("kb_id") or names.fold(o.region.get("canonical") or o.region["text"])

    def _compatible(self, a: _Office, b: _Office) -> bool:
        if a.key != b.key:
            return False
        ka, kb = a.unit_key, b.unit_key
        if ka and kb and ka != kb and not _acronym_of(ka, kb) and not _acronym_of(kb, ka) \
                and not _extends_with_region(ka, kb) and not _extends_with_region(kb, ka):
            return False
        if bool(ka) != bool(kb) and a.hit.head.casefold() in _NEEDS_BODY:
            # "Ketua KPU" and a bare "Ketua" only when the bare one comes later (anaphora).
            later = a if a.start > b.start else b
            if later.unit_key:
                return False
        if a.level != b.level and a.body and b.body:
            # A level is part of the office: "Ketua KPU" (regency) is not "Ketua KPU Provinsi". A mention
            # without a level matches one with a level only through the same region ("Kadis Perhubungan
            # Bantul" / "Kepala Dinas Perhubungan Kota Bantul").
            if a.level is not None and b.level is not None:
                return False
            unleveled = a if a.level is None else b
            if unleveled.region is None or self._region_id(a) != self._region_id(b):
                return False
        ra, rb = self._region_id(a), self._region_id(b)
        if ra and rb and ra != rb:
            return False
        return True

    def _link_quoted_speakers(self, groups: list[list[_Office]]) -> None:
        """'Kaban Kesbangpol Sleman menuturkan ...' then '"...," ujar Suparno': Suparno holds that office.

        The convention: news introduces a speaker by title, then attributes the next quote by name.
        Linked only when the name is new (no earlier mention, no title of its own) and the quote
        follows within the next paragraph with no other person in between.
        """
        titled = {o.person for g in groups for o in g if o.person is not None}
        for g in groups:
            if any(o.person is not None for o in g):
                continue
            speaking = [o for o in g if o.speech_verb]
            if not speaking:
                continue
            o = speaking[-1]
            start_w = self._index_at_or_after(o.end)
            para = self.words[start_w].para if start_w < len(self.words) else -1
            # The first person mentioned after the title must be new, in the next paragraph at most,
            # and named right after a speech cue.
            spans, starts = self._sorted_spans()
            i = bisect.bisect_left(starts, o.end)
            if i >= len(spans):
                continue
            first_s, _first_e, pi = spans[i]
            if pi in titled or self.clusters[pi]["_spans"][0][0] != first_s:
                continue
            wi = self.char_word.get(first_s)
            if wi is None or self.words[wi].para > para + 1:
                continue
            cue = self.word(wi - 1)
            if cue is None or cue.low not in _CUES_BEFORE_NAME:
                continue
            for x in g:
                x.person = pi
            titled.add(pi)

    def _of(self, o: _Office) -> str | None:
        if o.hit.head.casefold() in _DIPLOMATIC_HEADS:
            for i, w in self._words_in(o.body_start, o.body_end):
                post = self.gaz_at.get(i + 1)
                if w.low in _POST_WORDS and post is not None and post["label"] == "LOC":
                    return post.get("canonical") or post["text"]  # the post: "Duta Besar RI untuk Jepang"
                if w.low in _POST_WORDS and i + 1 in self.model_places:
                    return self.model_places[i + 1][1]
        unit = compact_unit(o.hit.head)
        if o.hit.kind == "minister":
            if o.org is not None:
                return o.org.get("canonical") or o.org["text"]
            if o.region is not None and o.region.get("type") == "country" and o.region.get("canonical") != "Indonesia":
                return o.region["canonical"]  # "Menteri Luar Negeri AS": a foreign government, not a Kementerian
            if o.title != o.hit.title:
                # the ministry from the whole title: "Menteri Koordinator Bidang Perekonomian" ->
                # "Kementerian Koordinator Bidang Perekonomian", "Wakil Menteri Luar Negeri" -> "... Luar Negeri"
                title_words = o.title.split()
                at = next((n for n, w in enumerate(title_words) if w.casefold() == "menteri"), 0)
                ministry = " ".join(["Kementerian", *title_words[at + 1:]])
                return national_institution(ministry) or ministry
            return None
        if o.of_org and o.org is not None:
            return o.org.get("canonical") or o.org["text"]
        code = next((w.text for _i, w in self._words_in(o.body_start, o.body_end) if "/" in w.text
                     and any(ch.isdigit() for ch in w.text)), None)
        if code and unit:
            return f"{unit[1]} {code}"
        if o.hit.kind == "jurisdiction" or (unit and unit[1] not in _FIELD_UNITS):
            if o.region is not None:
                return o.region.get("canonical") or o.region["text"]
            return self._expand_short(o.body) or None
        if o.org is not None:
            canonical = o.org.get("canonical") or o.org["text"]
            field_unit = unit[1] if unit else o.hit.unit
            # "Kaban Kesbangpol" -> Badan Kesatuan Bangsa dan Politik; but "Kadis Kominfo" is a Dinas, not
            # the ministry the short form also names, and "Kabag X Setda" heads the Bagian X, not the Setda.
            if not field_unit or canonical.casefold().startswith(field_unit.casefold()) or \
                    o.org["start"] == o.body_start and o.hit.kind != "compact":
                return canonical
        body = o.body
        if not body:
            return None
        # Strip a trailing region and expand a defined short form: "Kesbangpol Kobar" -> its long form.
        first_i = self._index_at_or_after(o.body_start)
        words = [w for _i, w in self._words_in(o.body_start, o.body_end)]
        # The field ends where a parent body or a region starts ("Pemerintahan dan Otda" | "Setda"); an
        # association's name holds its places ("Koperasi Produsen Kopi Wih Porak"), not a Dinas Koperasi's.
        association = bool(words) and words[0].bare in ASSOCIATION_HEADS and not o.hit.unit
        for n, w in enumerate(words):
            hit = self.gaz_in.get(first_i + n)
            if n > 0 and not association and hit is not None and hit["start"] >= w.start and \
                    hit["start"] > o.body_start:
                words = words[:n]
                break
        while len(words) > 1 and (words[-1].low in _CONNECTORS or words[-1].low in {"pada", "dari"}):
            words.pop()
        core = self.text[words[0].start:words[-1].end] if words else body
        core = re.sub(r"\s*\((?:[^()]*\))?\s*$", "", core)  # a short form, or a bracket the cut left open
        core = re.sub(r"^\([^()]*\)\s*", "", core)  # the title's short form before the body: "(CEO) Persib"
        if association:
            core = re.sub(r"\s*\([^()]*\)", "", core)  # "Aliansi Jurnalis Independen (AJI) Indonesia"
        expanded = self.short_to_long.get(core.casefold())
        if o.hit.kind == "body" and o.hit.unit and not expanded:
            return f"{o.hit.unit} {core}".strip()
        return expanded or core

    def _expand_short(self, body: str) -> str:
        """Drop a parenthesised short form and expand defined ones: "Kalteng" -> "Kalimantan Tengah"."""
        body = re.sub(r"\s*\([^()]*\)", "", body).strip()
        whole = self.short_to_long.get(body.casefold())
        if whole:
            return whole
        return " ".join(self.short_to_long.get(w.casefold(), w) for w in body.split())

    def _of_kb(self, o: _Office) -> str | None:
        unit = compact_unit(o.hit.head)
        if o.hit.kind == "jurisdiction" or (unit and unit[1] not in _FIELD_UNITS):
            return o.region.get("kb_id") if o.region is not None else None
        return o.org.get("kb_id") if o.org is not None else None


def _extends_with_region(short: str, long: str) -> bool:
    """'kesatuan bangsa politik' + 'kobar': the longer key only adds words that are no body words.

    Without a gazetteer hit a trailing region ("Kaban Kesbangpol Kobar") stays in the key.
    """
    sw, lw = short.split(), long.split()
    if len(sw) >= len(lw) or lw[: len(sw)] != sw:
        return False
    return all(w not in BODY_WORDS or w in GEO_WORDS for w in lw[len(sw):])


# A field right after a title, then the short form of the whole title in brackets.
_DEFINED_TITLE = re.compile(r"[ \t]+(?P<field>[A-Z][\w-]*(?:[ \t]+(?:dan[ \t]+)?[A-Z][\w-]*){0,3})[ \t]*"
                            r"\([ \t]*(?P<short>[A-Z][A-Za-z-]{2,15}(?:[ \t][A-Z][A-Za-z-]{1,15})?)[ \t]*\)")

# Heads of titles whose long form names a national body ("Kapolri", "Kasad", "Panglima TNI", "Menpora").
_NATIONAL_HEADS = ("wakil kepala", "kepala staf", "kepala", "wakil panglima", "panglima", "wakil menteri", "menteri")


def _national_body(title: str) -> str | None:
    """The listed body a title names on its own: "Kapolri" -> Kepolisian Negara Republik Indonesia,
    "Menteri BUMN" -> Kementerian Badan Usaha Milik Negara."""
    expanded = expand_title(title)
    for head in _NATIONAL_HEADS:
        if expanded.startswith(head + " "):
            body = expanded[len(head) + 1:]
            return national_institution(("kementerian " + body) if head.endswith("menteri") else body)
    return None


def _acronym_of(short: str, long: str) -> bool:
    """'lh' is the acronym of 'lingkungan hidup'; 'bpkad' of 'badan pengelolaan keuangan dan aset daerah'."""
    if " " in short or len(short) < 2:
        return False
    words = [w for w in long.split() if w not in _CONNECTORS]
    if len(words) < 2:
        return False
    initials = "".join(w[0] for w in words)
    return short == initials or short == initials[: len(short)] and len(short) >= 3


def find_abbreviations(text: str) -> list[dict]:
    """In-text definitions "Long Form (SHORT)" (a light Schwartz–Hearst): fallback when no gazetteer ran.

    The short form is one word with a capital; the long form is the shortest run of preceding
    capitalised words (joined by "dan") whose first letter is the short form's first letter and
    which contains its letters in order: "Kesatuan Bangsa dan Politik (Kesbangpol)".
    """
    out = []
    for m in re.finditer(r"\(\s*([A-Z][A-Za-z]{1,14})\s*\)", text):
        short = m.group(1)
        before = text[max(0, m.start() - 120):m.start()]
        words = list(re.finditer(r"[A-Za-z][\w-]*", before))
        if not words:
            continue
        best = None
        for n in range(1, min(len(words), 9) + 1):
            run = words[-n:]
            if not all(w.group()[0].isupper() or w.group() in {"dan", "serta"} for w in run):
                break
            if run[0].group()[0].upper() != short[0].upper() or run[0].group() in {"dan", "serta"}:
                continue
            letters = "".join(w.group() for w in run).casefold()
            pos = 0
            for ch in short.casefold():
                pos = letters.find(ch, pos)
                if pos < 0:
                    break
                pos += 1
            if pos > 0:
                best = run
                break
        if best is None:
            continue
        base = max(0, m.start() - 120)
        ls, le = base + best[0].start(), base + best[-1].end()
        out.append({"short": short, "long": text[ls:le], "short_start": m.start(1), "short_end": m.end(1),
                    "long_start": ls, "long_end": le})
    return out

"""Indonesian official titles, modelled compositionally (pure data + functions, no spaCy).

Indonesian news names offices in three shapes:

- a *compact* word made of a head prefix and a unit: ``Ka`` + ``polres`` = Kapolres
  (Kepala Kepolisian Resor), ``Dan`` + ``dim`` = Dandim (Komandan Kodim), ``Wa`` +
  ``bup`` = Wabup (Wakil Bupati), ``Sek`` + ``da`` = Sekda (Sekretaris Daerah);
- a *head word* followed by the body it leads: ``Kepala Dinas`` Lingkungan Hidup,
  ``Ketua`` KPU, ``Direktur Utama`` PT X, ``Menteri`` Dalam Negeri;
- a *jurisdiction office* followed by a region: ``Bupati`` Kobar, ``Gubernur``
  Kalteng, ``Wali Kota`` Bekasi, ``Camat`` Mustikajaya, ``Presiden`` (of Indonesia).

Any of them may carry an acting prefix (``Plt.``, ``Pj.``, ``Pjs.``, ``Plh.``,
``Pelaksana Tugas``...) and a deputy prefix (``Wakil``). The tables below hold
the parts; :data:`COMPACT_TITLES` and the regular expression of
:func:`title_pattern` are derived from them, so adding a unit adds every title
built on it. :func:`expand_title` gives the long form used to compare titles
("titles agree when one contains the other after expanding common abbreviations").
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from .patterns import phrase_alternation

# --- parts -----------------------------------------------------------------------------------

# Acting/interim prefixes: surface form (case-folded, dots dropped) -> canonical written form.
ACTING_PREFIXES: dict[str, str] = {
    "plt": "Plt.", "pj": "Pj.", "pjs": "Pjs.", "plh": "Plh.",
    "pelaksana tugas": "Pelaksana Tugas", "pelaksana harian": "Pelaksana Harian",
    "penjabat": "Penjabat", "penjabat sementara": "Penjabat Sementara",
}

# Compact head prefixes: prefix -> long head.
COMPACT_HEADS: dict[str, str] = {
    "ka": "Kepala", "waka": "Wakil Kepala", "dan": "Komandan", "wadan": "Wakil Komandan", "pang": "Panglima",
}

# Units that combine with the compact heads: unit word -> (long unit, short body name).
# Basis: Perkap 23/2010 (Polri), Perpres 66/2019 (TNI), PP 18/2016 (perangkat daerah).
COMPACT_UNITS: dict[str, tuple[str, str]] = {
    # Polri
    "polri": ("Kepolisian Negara Republik Indonesia", "Polri"),
    "polda": ("Kepolisian Daerah", "Polda"),
    "polres": ("Kepolisian Resor", "Polres"),
    "polresta": ("Kepolisian Resor Kota", "Polresta"),
    "polrestabes": ("Kepolisian Resor Kota Besar", "Polrestabes"),
    "polsek": ("Kepolisian Sektor", "Polsek"),
    "polsekta": ("Kepolisian Sektor Kota", "Polsekta"),
    "bareskrim": ("Badan Reserse Kriminal", "Bareskrim"),
    "baharkam": ("Badan Pemelihara Keamanan", "Baharkam"),
    "korlantas": ("Korps Lalu Lintas", "Korlantas"),
    "densus": ("Detasemen Khusus", "Densus"),
    # TNI
    "dim": ("Kodim", "Kodim"), "rem": ("Korem", "Korem"), "ramil": ("Koramil", "Koramil"),
    "dam": ("Kodam", "Kodam"), "lanal": ("Lanal", "Lanal"), "lanud": ("Lanud", "Lanud"),
    "lantamal": ("Lantamal", "Lantamal"), "yon": ("Batalyon", "Batalyon"), "kostrad": ("Kostrad", "Kostrad"),
    "pomdam": ("Pomdam", "Pomdam"), "satgas": ("Satuan Tugas", "Satgas"), "menwa": ("Resimen Mahasiswa", "Menwa"),
    # Prosecution, corrections, regional apparatus and their sub-units
    "jari": ("Kejaksaan Negeri", "Kejari"), "jati": ("Kejaksaan Tinggi", "Kejati"),
    "lapas": ("Lembaga Pemasyarakatan", "Lapas"), "rutan": ("Rumah Tahanan", "Rutan"),
    "kanwil": ("Kantor Wilayah", "Kanwil"), "dis": ("Dinas", "Dinas"), "ban": ("Badan", "Badan"),
    "bag": ("Bagian", "Bagian"), "bid": ("Bidang", "Bidang"), "subag": ("Subbagian", "Subbagian"),
    "subbag": ("Subbagian", "Subbagian"), "subid": ("Subbidang", "Subbidang"),
    "subbid": ("Subbidang", "Subbidang"), "si": ("Seksi", "Seksi"), "sie": ("Seksi", "Seksi"),
    "sat": ("Satuan", "Satuan"), "nit": ("Unit", "Unit"), "ur": ("Urusan", "Urusan"),
    "div": ("Divisi", "Divisi"), "des": ("Desa", "Desa"), "dus": ("Dusun", "Dusun"),
    "lak": ("Pelaksana", "Pelaksana"), "pus": ("Pusat", "Pusat"),
    "satpol pp": ("Satuan Polisi Pamong Praja", "Satpol PP"),
    "subdit": ("Subdirektorat", "Subdit"),
}
# Compact units that only some heads take (Pangdam yes, Pangres no).
_HEAD_UNITS: dict[str, tuple[str, ...]] = {
    "ka": tuple(u for u in COMPACT_UNITS if u not in {"dim", "rem", "ramil", "dam", "yon", "lanal", "lanud",
                                                       "lantamal", "kostrad", "pomdam", "menwa"}),
    "waka": ("polri", "polda", "polres", "polresta", "polrestabes", "polsek", "bareskrim"),
    "dan": ("dim", "rem", "ramil", "lanal", "lanud", "lantamal", "yon", "pomdam", "satgas", "menwa", "densus"),
    "wadan": ("dim", "rem", "lanal", "lanud", "lantamal", "yon", "satgas"),
    "pang": ("dam", "kostrad"),
}

# Other compact titles that are not head + unit: word -> expansion.
OTHER_COMPACT: dict[str, str] = {
    "sekda": "Sekretaris Daerah", "sekcam": "Sekretaris Kecamatan", "sekdes": "Sekretaris Desa",
    "sekjen": "Sekretaris Jenderal", "sekwan": "Sekretaris Dewan", "sekot": "Sekretaris Kota",
    "sesmen": "Sekretaris Menteri",
    "wabup": "Wakil Bupati", "wagub": "Wakil Gubernur", "wawali": "Wakil Wali Kota",
    "wawalkot": "Wakil Wali Kota", "walkot": "Wali Kota", "wapres": "Wakil Presiden", "wamen": "Wakil Menteri",
    "wakapolri": "Wakil Kepala Kepolisian Negara Republik Indonesia",
    "ketum": "Ketua Umum", "waketum": "Wakil Ketua Umum", "dirut": "Direktur Utama", "dirjen": "Direktur Jenderal",
    "kades": "Kepala Desa", "kadus": "Kepala Dusun", "kakanwil": "Kepala Kantor Wilayah",
    "kalaksa": "Kepala Pelaksana",  # of a BPBD ("Kalaksa BPBD Jawa Barat"), as "Kalak" is
    "kajagung": "Jaksa Agung", "jpu": "Jaksa Penuntut Umum", "kepsek": "Kepala Sekolah", "jubir": "Juru Bicara",
    "dubes": "Duta Besar",
    "kapendam": "Kepala Penerangan Kodam", "kasad": "Kepala Staf Angkatan Darat", "kasal": "Kepala Staf Angkatan Laut",
    # the deputy attorneys general of the Kejaksaan Agung and its spokesperson (Perpres 15/2021)
    "jampidsus": "Jaksa Agung Muda Bidang Tindak Pidana Khusus",
    "jampidum": "Jaksa Agung Muda Bidang Tindak Pidana Umum",
    "jamintel": "Jaksa Agung Muda Bidang Intelijen", "jamwas": "Jaksa Agung Muda Bidang Pengawasan",
    "jamdatun": "Jaksa Agung Muda Bidang Perdata dan Tata Usaha Negara",
    "jampidmil": "Jaksa Agung Muda Bidang Tindak Pidana Militer", "kapuspenkum": "Kepala Pusat Penerangan Hukum",
    "kasau": "Kepala Staf Angkatan Udara", "kasatreskrim": "Kepala Satuan Reserse Kriminal",
    "kasatlantas": "Kepala Satuan Lalu Lintas", "kasatnarkoba": "Kepala Satuan Reserse Narkoba",
    "kasubbagops": "Kepala Subbagian Operasional", "kasubag humas": "Kepala Subbagian Hubungan Masyarakat",
    "dirreskrimum": "Direktur Reserse Kriminal Umum", "dirreskrimsus": "Direktur Reserse Kriminal Khusus",
    "dirresnarkoba": "Direktur Reserse Narkoba", "dirlantas": "Direktur Lalu Lintas",
    "kabidhumas": "Kepala Bidang Hubungan Masyarakat", "kabid humas": "Kepala Bidang Hubungan Masyarakat",
    "kalapas": "Kepala Lembaga Pemasyarakatan", "karutan": "Kepala Rumah Tahanan",
    "kajari": "Kepala Kejaksaan Negeri", "kajati": "Kepala Kejaksaan Tinggi",
    "panglima tni": "Panglima Tentara Nasional Indonesia",
    # a Kodim's section officers and a border post's commander
    "pasi intel": "Perwira Seksi Intelijen", "pasi ops": "Perwira Seksi Operasi",
    "pasi ter": "Perwira Seksi Teritorial", "pasi log": "Perwira Seksi Logistik",
    "pasi pers": "Perwira Seksi Personel", "danpos": "Komandan Pos",
}

# Ministers by their compact name (Perpres 68/2019 nomenclature, as news abbreviates them).
MINISTERS: dict[str, str] = {
    "mendagri": "Menteri Dalam Negeri", "menlu": "Menteri Luar Negeri", "menhan": "Menteri Pertahanan",
    "menkeu": "Menteri Keuangan", "menkes": "Menteri Kesehatan", "menpora": "Menteri Pemuda dan Olahraga",
    "mendikbud": "Menteri Pendidikan dan Kebudayaan", "menag": "Menteri Agama",
    "menkumham": "Menteri Hukum dan Hak Asasi Manusia", "menkominfo": "Menteri Komunikasi dan Informatika",
    "mensos": "Menteri Sosial", "menaker": "Menteri Ketenagakerjaan", "mentan": "Menteri Pertanian",
    "menhub": "Menteri Perhubungan", "mendag": "Menteri Perdagangan", "menperin": "Menteri Perindustrian",
    "menpar": "Menteri Pariwisata", "menpan-rb": "Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi",
    "menpanrb": "Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi",
    "menko polhukam": "Menteri Koordinator Bidang Politik, Hukum, dan Keamanan",
    "menkopolhukam": "Menteri Koordinator Bidang Politik, Hukum, dan Keamanan",
    "menko perekonomian": "Menteri Koordinator Bidang Perekonomian",
    "men-lhk": "Menteri Lingkungan Hidup dan Kehutanan", "menlhk": "Menteri Lingkungan Hidup dan Kehutanan",
    "menpupr": "Menteri Pekerjaan Umum dan Perumahan Rakyat", "men-pupr": "Menteri Pekerjaan Umum dan Perumahan Rakyat",
    "menkop ukm": "Menteri Koperasi dan Usaha Kecil dan Menengah", "menteri bumn": "Menteri Badan Usaha Milik Negara",
    "menristek": "Menteri Riset dan Teknologi", "menko": "Menteri Koordinator",
    # the ministries of the 2024 cabinet (Perpres 139/2024)
    "menkomdigi": "Menteri Komunikasi dan Digital", "mendikdasmen": "Menteri Pendidikan Dasar dan Menengah",
    "mendiktisaintek": "Menteri Pendidikan Tinggi, Sains, dan Teknologi", "menbud": "Menteri Kebudayaan",
    "menkum": "Menteri Hukum", "menham": "Menteri Hak Asasi Manusia",
    "menimipas": "Menteri Imigrasi dan Pemasyarakatan",
    "menkop": "Menteri Koperasi", "menlh": "Menteri Lingkungan Hidup", "menhut": "Menteri Kehutanan",
    "menpu": "Menteri Pekerjaan Umum", "menpkp": "Menteri Perumahan dan Kawasan Permukiman",
    "mentrans": "Menteri Transmigrasi", "menekraf": "Menteri Ekonomi Kreatif",
    "menparekraf": "Menteri Pariwisata dan Ekonomi Kreatif", "mensesneg": "Menteri Sekretaris Negara",
    "menpppa": "Menteri Pemberdayaan Perempuan dan Perlindungan Anak", "menkp": "Menteri Kelautan dan Perikanan",
    "mendes pdt": "Menteri Desa dan Pembangunan Daerah Tertinggal",
    "menp2mi": "Menteri Pelindungan Pekerja Migran Indonesia",
}
# Their deputies: "Wamendagri", "Wamenkeu", "Wamenlu".
MINISTERS.update({f"wa{short}": f"Wakil {title}" for short, title in list(MINISTERS.items())
                  if short.startswith("men") and " " not in short})

# Offices whose holder governs a territory: written form -> kind of territory.
# Basis: UU 23/2014 (pemerintahan daerah), UU 6/2014 (desa).
JURISDICTION_OFFICES: dict[str, str] = {
    "Presiden": "country", "Wakil Presiden": "country",
    "Perdana Menteri": "country", "Wakil Perdana Menteri": "country", "Kanselir": "country",
    "Gubernur": "province", "Wakil Gubernur": "province",
    "Bupati": "regency", "Wakil Bupati": "regency",
    "Wali Kota": "city", "Walikota": "city", "Wakil Wali Kota": "city", "Wakil Walikota": "city",
    "Sekretaris Daerah": "region", "Camat": "district", "Sekretaris Kecamatan": "district",
    "Lurah": "village", "Kepala Desa": "village", "Sekretaris Desa": "village", "Kepala Daerah": "region",
    "Kepala Kelurahan": "village",
    # regional names of the same offices: nagari (West Sumatra), gampong (Aceh), distrik and kampung
    # (Papua), lembang (Toraja), desa adat heads in Bali
    "Wali Nagari": "village", "Keuchik": "village", "Geuchik": "village", "Kepala Kampung": "village",
    "Kepala Distrik": "district", "Kepala Lembang": "village", "Perbekel": "village",
    "Bendesa Adat": "village", "Bendesa": "village", "Kelian Adat": "village", "Kelian Banjar": "village",
    "Klian Banjar": "village", "Kelian Dinas": "village", "Kelian Banjar Dinas": "village",
    # adat village heads of Maluku ("Raja Negeri Tulehu") and Minahasa ("Hukum Tua Desa Tountimomor")
    "Raja Negeri": "village", "Hukum Tua": "village",
}

# Titles of company and organisation boards (UU 40/2007 perseroan terbatas: direksi, komisaris);
# each heads the body named after it ("Direktur Keuangan BRI", "Direktur Eksekutif Indef").
BOARD_TITLES: tuple[str, ...] = (
    "Wakil Direktur Utama", "Wakil Presiden Direktur", "Presiden Komisaris", "Wakil Komisaris Utama", "Komisaris",
    "Komisaris Independen", "Direktur Eksekutif", "Direktur Keuangan", "Direktur Operasional", "Direktur Bisnis",
    "Direktur Pemasaran", "Direktur Komersial", "Direktur Teknik", "Direktur Produksi", "Direktur Ritel",
    "Direktur Korporasi", "Direktur Konsumer", "Direktur Kepatuhan", "Direktur Manajemen Risiko",
    "Direktur Sumber Daya Manusia", "Direktur SDM", "Direktur Investasi", "Direktur Umum", "Direktur Program",
    "Sekretaris Perusahaan", "Kepala Ekonom", "Ekonom Kepala", "Chief Executive Officer", "CEO",
    # English titles as business news prints them, and branch heads of banks and state companies
    "Chief Operating Officer", "COO", "Chief Financial Officer", "CFO", "Chief Technology Officer", "CTO",
    "Chief Marketing Officer", "CMO", "President Director", "Managing Director", "General Manager",
    "Vice President", "Head of Research", "Country Manager", "Direktur Pelaksana", "Pemimpin Cabang",
    "Pemimpin Wilayah", "Kepala Cabang", "Managing Partner", "Manager", "Senior Manager", "Senior Vice President",
    "Executive Vice President", "Manager Humas", "Manajer Humas",
    "Chief Commercial Officer", "CCO", "Chief Digital Officer", "Chief Risk Officer", "Chief Information Officer",
    "Chief Investment Officer", "Chief Human Capital Officer", "Chief Strategy Officer", "Chief Business Officer",
    "Chief Product Officer", "Chief Compliance Officer", "Chief Economist",
    # "Head of Corporate Communications PT X", "Director of Public Affairs Shopee": the field follows "of"
    "Head of", "Director of", "Vice President of", "Senior Vice President of", "Chief of", "VP", "SVP", "EVP",
    "Corporate Secretary", "Media Officer",
    # clubs and national teams: "Pelatih Persib, Marko ...", "Manajer Bali United ..."
    "Pelatih", "Pelatih Kepala", "Asisten Pelatih", "Manajer", "Manajer Tim",
    # churches: "Pastor Paroki Santo Yoseph Hokeng, Romo ..."
    "Pastor Paroki",
)

# Words of the fields English business titles name ("Head of Corporate Communications", "Vice President
# Sales and Marketing"): a closed vocabulary, so the company after it ("Esports Moonton") stays a name.
ENGLISH_FIELD_WORDS = frozenset("""
account accounting acquisition affairs analytics asset assets audit brand branding business capital
chain channel commercial communication communications community compliance consumer content corporate
credit customer data design development digital distribution e-commerce ecosystem engineering enterprise
esports experience external finance financial fintech funding government growth human infrastructure
information innovation institutional internal international investment investor it legal logistics
management manufacturing market marketing markets media merchant network new operation operations
partnership partnerships payment payments people planning platform policy portfolio procurement product
products program project public regional regulatory relations research resources retail revenue risk
sales secretary security services small strategic strategy supply sustainability talent tax technology
trade transformation treasury wholesale
""".split())

# Heads that lead a body named after them (Kepala Dinas X, Ketua KPU, Direktur PT Y).
BODY_HEADS: tuple[str, ...] = (
    "Kepala", "Wakil Kepala", "Komandan", "Wakil Komandan", "Wadan", "Panglima", "Ketua", "Wakil Ketua", "Ketua Umum",
    "Wakil Ketua Umum", "Ketua Harian", "Sekretaris", "Sekretaris Jenderal", "Wakil Sekretaris Jenderal",
    "Sekretaris Umum", "Bendahara",
    "Bendahara Umum", "Anggota", "Direktur", "Direktur Utama", "Direktur Jenderal", "Wakil Direktur", "Deputi",
    "Asisten", "Asisten Deputi", "Staf Khusus", "Staf Ahli", "Juru Bicara", "Inspektur", "Pimpinan",
    "Pemimpin Redaksi", "Pemimpin Umum", "Rektor", "Wakil Rektor", "Dekan", "Komisioner", "Hakim", "Hakim Ketua",
    "Hakim Anggota", "Hakim Agung", "Hakim Tunggal", "Panitera", "Jaksa Agung Muda", "Jaksa", "Jaksa Agung",
    "Duta Besar", "Wakil Duta Besar",
    "Konsul Jenderal", "Konsul", "Koordinator", "Komisaris Utama",
    "Presiden Direktur", "Kepala Sekolah", "Kapolri", "Panglima TNI", "Menteri", "Wakil Menteri",
    "Jaksa Penuntut Umum", "Jaksa Penuntut", "Kepala Staf Kepresidenan",
    "Menteri Koordinator", "Kepala Staf", *BOARD_TITLES,
    # foreign offices as Indonesian news writes them: "Senator Demokrat dari Virginia, Tim Kaine", "Utusan
    # Khusus AS untuk Timur Tengah Steve Witkoff", "Pemimpin Mayoritas Senat John Thune"
    "Senator", "Utusan Khusus", "Pemimpin Mayoritas", "Pemimpin Minoritas",
    # the head of a pesantren, and Aceh's customary head (UU 11/2006 art. 96)
    "Pengasuh", "Wali Nanggroe",
)


_WRITTEN_FORMS = {h.casefold(): h for h in (*BODY_HEADS, *JURISDICTION_OFFICES, "JPU")}  # (an acronym stays one)

# Words that name the kind of body right after a head ("Kepala Dinas", "Kepala Badan").
# They belong to the title (Kepala Dinas), the rest of the phrase to the body.
BODY_TYPES: tuple[str, ...] = (
    "Dinas", "Badan", "Bagian", "Bidang", "Seksi", "Sub Bagian", "Subbagian", "Sub Bidang", "Subbidang",
    "Kantor", "Kantor Wilayah", "Biro", "Pusat", "Divisi", "Satuan", "Unit", "Balai", "UPTD", "UPT",
    "Sekretariat", "Lembaga", "Kepolisian", "Kejaksaan", "Kejaksaan Negeri", "Kejaksaan Tinggi", "Pengadilan",
    "Rumah Sakit", "Puskesmas", "Urusan", "Staf",
)

# Heads never followed by these words in a title: they make police/military ranks
# ("Inspektur Jenderal", "Komisaris Besar"), not offices.
_NOT_AFTER: dict[str, tuple[str, ...]] = {
    "Inspektur": ("Jenderal", "Polisi", "Dua", "Satu"),
    "Panglima": ("Besar",),
}

# Common Indonesian nominal phrases that start like a title but are not offices.
_NOT_TITLES = ("Kepala Negara", "Kepala Pemerintahan", "Ibu Kota", "Kepala Keluarga")


# --- derived tables -------------------------------------------------------------------------------

def _build_compact() -> dict[str, str]:
    table: dict[str, str] = {}
    for head, units in _HEAD_UNITS.items():
        for unit in units:
            long_unit = COMPACT_UNITS[unit][0]
            table[(head + unit).strip()] = f"{COMPACT_HEADS[head]} {long_unit}"
    table.update(OTHER_COMPACT)
    table.update(MINISTERS)
    return table


COMPACT_TITLES: dict[str, str] = _build_compact()
"""Every compact title (case-folded) -> its long form: ``"kapolres" -> "Kepala Kepolisian Resor"``."""

# Compact titles whose words would clash with common words or regions when written alone.
_AMBIGUOUS_COMPACT = {"kasi", "kasat", "kanit", "kaur", "kapus", "kalak", "kasie", "kaban", "kadis", "kabag",
                      "kabid", "kasubag", "kasubbag", "kasubid", "kasubbid", "kadiv", "kades", "kadus"}


def compact_unit(title: str) -> tuple[str, str] | None:
    """The unit a compact title heads: ``"Kapolres"`` -> ``("Kepolisian Resor", "Polres")``."""
    low = _norm(title)
    for head in sorted(_HEAD_UNITS, key=len, reverse=True):
        if low.startswith(head):
            unit = low[len(head):]
            if unit in _HEAD_UNITS[head]:
                return COMPACT_UNITS[unit]
    return None


def _norm(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).casefold()
    return " ".join(text.replace(".", " ").split()) if " " in text.strip() else text.rstrip(".")


def expansion_table() -> dict[str, str]:
    """Abbreviated title words (case-folded) -> expanded long forms (case-folded).

    Includes every compact title (Kapolres, Dandim, Kadis, Kaban, Kabag, Sekda,
    Wabup, Mendagri ...). Other modules import this to compare titles.

    Returns:
        A new dict, e.g. ``{"kadis": "kepala dinas", "sekda": "sekretaris daerah", ...}``.
    """
    table = {k: v.casefold() for k, v in COMPACT_TITLES.items() if " " not in k}
    table["walikota"] = "wali kota"
    return table


_EXPANSIONS = expansion_table()
_ACTING_WORDS = {"plt", "pj", "pjs", "plh"}


def expand_title(title: str) -> str:
    """The folded long form of a title, acting prefixes dropped.

    Args:
        title: e.g. ``"Plt. Kadis Kominfo"``.

    Returns:
        e.g. ``"kepala dinas kominfo"``.
    """
    text = unicodedata.normalize("NFKC", title).casefold()
    words = re.sub(r"[^\w\s]", " ", text).split()
    out: list[str] = []
    for i, word in enumerate(words):
        if i == 0 and word in _ACTING_WORDS:
            continue
        out.extend(_EXPANSIONS.get(word, word).split())
    joined = " ".join(out)
    for prefix in ("pelaksana tugas ", "pelaksana harian ", "penjabat sementara ", "penjabat "):
        if joined.startswith(prefix):
            joined = joined[len(prefix):]
    return joined


def written_form(title: str) -> str:
    """A title written in capitals as running text writes it: "BUPATI" -> "Bupati",
    "KEPALA DINAS" -> "Kepala Dinas"; listed acronyms stay ("CEO")."""
    known = _WRITTEN_FORMS.get(" ".join(title.casefold().split()))
    return known or " ".join(w.lower() if w.casefold() == "dan" else w.capitalize() for w in title.split())


def titles_agree(a: str, b: str) -> bool:
    """Whether two titles name the same office: one contains the other once expanded.

    ``titles_agree("Kadis", "Kepala Dinas Lingkungan Hidup")`` is True.
    """
    ka, kb = expand_title(a), expand_title(b)
    return bool(ka and kb) and (f" {ka} " in f" {kb} " or f" {kb} " in f" {ka} ")


# --- matching ------------------------------------------------------------------------------------

@dataclass(frozen=True)
class TitleHit:
    """One office phrase in a text (the jurisdiction/body that follows is not included).

    Attributes:
        start: start offset of the phrase (acting prefix included).
        end: end offset.
        title: the title as written, acting prefix normalised ("Plt. Wali Kota").
        head: the office without acting prefix, as written ("Wali Kota", "Kapolres", "Kepala Dinas").
        key: folded long form used to merge offices ("wali kota", "kepala kepolisian resor").
        kind: "jurisdiction" (Bupati, Gubernur...), "body" (Kepala Dinas, Ketua...),
            "compact" (Kapolres, Dandim, Kadis...) or "minister".
        unit: the body type the compact/head form names ("Polres", "Kodim", "Dinas") or None.
        capitalised: whether the office word is written with a capital (generic roles are not).
        acting: the acting prefix as written, or None.
    """

    start: int
    end: int
    title: str
    head: str
    key: str
    kind: str
    unit: str | None
    capitalised: bool
    acting: str | None


@lru_cache(maxsize=1)
def title_pattern() -> re.Pattern[str]:
    """The compiled regular expression of all titles (built once)."""
    compact = [k for k in COMPACT_TITLES]
    body = list(BODY_HEADS)
    for head in ("Kepala", "Wakil Kepala"):
        body += [f"{head} {t}" for t in BODY_TYPES]
    jurisdiction = list(JURISDICTION_OFFICES)
    short = r"(?:Plt|Pj|Pjs|Plh|PLT|PJ|PJS|PLH)\.?"
    # (a spelled-out prefix may carry its short form: "Penjabat (Pj) Bupati")
    acting = rf"(?P<acting>{short}|(?:Pelaksana\s+[Tt]ugas|Pelaksana\s+[Hh]arian|Penjabat(?:\s+[Ss]ementara)?)" \
             rf"(?:\s*\({short}\))?)"
    office = phrase_alternation(compact + body + jurisdiction, fold_case=True)
    return re.compile(rf"(?<![\w/])(?:{acting}\s+)?(?P<office>{office})(?![\w])", re.IGNORECASE)


_KIND_BY_KEY: dict[str, str] = {}


def _classify(head: str) -> tuple[str, str, str | None]:
    """(kind, key, unit) of an office phrase without acting prefix."""
    low = " ".join(head.casefold().split())
    if low in MINISTERS or low.startswith("menteri") or low.startswith("wakil menteri") or low.startswith("menko"):
        return "minister", expand_title(low), None
    for office in JURISDICTION_OFFICES:
        if low == office.casefold():
            return "jurisdiction", expand_title(low), None
    if low in COMPACT_TITLES:
        expanded = COMPACT_TITLES[low]
        cu = compact_unit(low)
        kind = "jurisdiction" if any(expanded.casefold() == o.casefold() for o in JURISDICTION_OFFICES) else "compact"
        return kind, expanded.casefold(), cu[1] if cu else None
    unit = None
    for btype in BODY_TYPES:
        if low.endswith(" " + btype.casefold()):
            unit = btype
    return "body", low, unit


_BRACKETED = re.compile(r"\s*\(\s*([^()]*?)\s*\)")


def without_title_short_form(name: str) -> str:
    """A body's name without an office's short form written inside it, spaces squeezed: "Kodim (Dandim)
    1313/Pohuwato" (from "Komandan Kodim (Dandim) ...") -> "Kodim 1313/Pohuwato"; the body's own short
    form stays ("Pengadilan Tata Usaha Negara (PTUN) Medan")."""
    return " ".join(_BRACKETED.sub(lambda m: "" if m.group(1).casefold() in COMPACT_TITLES else m.group(0),
                                   name).split())


def find_titles(text: str) -> list[TitleHit]:
    """All office phrases in ``text``, left to right, longest match first.

    Ranks ("Inspektur Jenderal"), idioms ("Kepala Negara", "Ibu Kota") and
    slashed generic pairs ("bupati/walikota") are skipped here; the
    officials component applies the context rules (plurals, former holders).

    Args:
        text: any text; offsets refer to it.

    Returns:
        Non-overlapping :class:`TitleHit` objects.
    """
    hits: list[TitleHit] = []
    for m in title_pattern().finditer(text):
        office = m.group("office")
        o_start, o_end = m.span("office")
        head_norm = " ".join(office.split())
        after = text[o_end:o_end + 20]
        canon_head = next((h for h in _NOT_AFTER if h.casefold() == head_norm.casefold()), None)
        if canon_head and any(re.match(rf"\s+{w}\b", after) for w in _NOT_AFTER[canon_head]):
            continue
        if any(text[o_start:o_start + len(n) + 2].casefold().startswith(n.casefold()) and
               re.match(r"\s*(?:\W|$)", text[o_start + len(n):o_start + len(n) + 1] or " ")
               for n in _NOT_TITLES):
            continue
        if text[o_end:o_end + 1] == "/" or (o_start > 0 and text[o_start - 1] == "/"):
            continue  # "bupati/walikota": a generic pair
        low = head_norm.casefold()
        if low in _AMBIGUOUS_COMPACT and not office[0].isupper():
            continue
        kind, key, unit = _classify(head_norm)
        acting_raw = m.group("acting")
        acting = None
        if acting_raw:
            spelled = acting_raw.split("(")[0]  # "Penjabat (Pj)" -> "Penjabat"
            acting = ACTING_PREFIXES.get(" ".join(spelled.casefold().rstrip(".").split()), spelled.strip())
        display = f"{acting} {head_norm}" if acting else head_norm
        hits.append(TitleHit(
            start=m.start(), end=o_end, title=display, head=head_norm, key=key, kind=kind, unit=unit,
            capitalised=office[0].isupper(), acting=acting_raw,
        ))
    return hits


# --- words of bodies and jurisdictions -------------------------------------------------------------

# Capitalised common words that build the names of bodies, fields and units in Indonesian
# government nomenclature (PP 18/2016 perangkat daerah; Permendagri 137/2017 unit names).
# A capitalised word in this list continues a body name ("Dinas Lingkungan Hidup") rather
# than starting a person's name ("... Hidup Hendra").
BODY_WORDS: frozenset[str] = frozenset(w.casefold() for w in """
Administrasi Adat Advokasi Agama Agraria Ahli Air Akuntansi Aliansi Anak Anggaran Angkatan Aparatur Arsip
Aset Asisten Asosiasi Badan Bagian Balai Bangsa Bangunan Barang Batalyon Bela Bencana Berencana Besar Bidang Bina Biro
Budaya Cabang Catatan Cipta Daerah Darat Daya Dewan Dalam Desa Distrik Divisi Dusun Energi Ekonomi Eksekutif Federasi
Fraksi Forum Gabungan Gerakan Gugus Guru Harian Hidup Hubungan Hukum Humas Hutan Ilmu Industri Informasi
Informatika Inspektorat Intel Intelijen Intelkam Jasa Jaringan Jenderal Kabupaten Kajian Kampung Kamtibmas Kantor
Karya Kawasan Keamanan Kebakaran Kebersihan Kebudayaan Kecamatan Kecil Kehakiman Kehormatan Kehutanan Kejaksaan
Kelas Kelautan Kelompok Kelurahan Keluarga Kemasyarakatan Kementerian Kepegawaian Kepemudaan Kependudukan Kepolisian
Kerja Kerjasama Kesatuan Kesehatan Kesejahteraan Keselamatan Ketahanan Ketenagakerjaan Ketertiban Keuangan Khusus
Komando Komisi Komite Komunikasi Kongres Konsumen Koordinasi Koordinator Koperasi Korps Kota Kriminal Kualitas Laut
Lalu Lembaga Lingkungan Lintas Logistik Luar Madya Majelis Manusia Markas Masyarakat Media Menengah Milik Mineral
Modal Musyawarah Nasional Negara Negeri Operasional Organisasi Otda Otonomi Pajak Pamong Panitia Pangan Pariwisata
Parlemen Partai Pasar Pelabuhan Pelaksana Pelayanan Pemadam Pemberdayaan Pembangunan Pemerintah Pemerintahan Pemilihan
Pemilu Pemuda Pendapatan Pendidikan Penanaman Penanggulangan Pencegahan Pendaftaran Penelitian Pengadaan Pengadilan
Pengawas Pengawasan Pengelolaan Penggerak Penyelenggara Penyidik Perdagangan Perekonomian Perempuan Perencanaan
Perhubungan Perikanan Perindustrian Perizinan Perkebunan Perlindungan Permukiman Perpustakaan Persatuan Persandian
Pertanahan Pertanian Perumahan Perwakilan Peternakan Pidana Politik Pos Praja Provinsi Publik Pusat Rakyat Regional
Reserse Reskrim Resor Riset Ruang Rumah Sakit Satuan Sarana Sekolah Sekretariat Seksi Sektor Seleksi Senat Sipil
Sosial Staf Statistik Sub Subbagian Subbidang Sumber Tata Teknis Teknologi Tenaga Terpadu Tim Tinggi Tindak
Transmigrasi Tugas Udara Umum Unit Urusan Usaha Utama Wilayah Kepala Pimpinan Calon Tata Usaha Siber Gratifikasi
Narkoba Lantas Sabhara Binmas Pengamanan Objek Vital Olahraga Pertahanan Persatuan Kesbangpol Dukcapil Kominfo
Satpol Bappeda Setda Setwan Diskominfo Disdik Dinkes Dishub Dispora Disperindag Disnaker Dinsos Distan BPBD
Redaksi Harian Tinggi Agung Konstitusi Republik Indonesia Perwakilan Sudin
Utara Selatan Timur Barat Tengah Tenggara Barat Daya Laut Raya Kepulauan Metro
Polri Polda Polres Polresta Polrestabes Polsek Polsekta Mabes Bareskrim Baharkam Korlantas Densus Brimob TNI
Kodam Korem Kodim Koramil Lanal Lanud Lantamal Kostrad Kopassus Marinir Pomdam Kejari Kejati Kejagung Kejaksaan
Lapas Rutan Kanwil Pemkab Pemkot Pemprov Pemda Setda Setwan Sekretariat Penuntut Kepaniteraan Pengadilan
Kementerian Kemenkumham Kemendagri Kemenkes Kemenpora Kemkominfo Kemenag Kemenkeu Kemensos Istana Mahkamah
Universitas Institut Sekolah Madrasah Pesantren Yayasan Perusahaan PT CV Tbk Persero Perum Bank Partai Harian
Majalah Televisi Radio Kantor Berita Dharmawanita Penggerak Komisariat
School University Institute Center Centre Foundation Group Corporation Company Club Award Party Airlines
Airport Mall Plaza Tower Square Park Cup Games Festival Expo Stadium Arena Forum Watch Corruption
""".split())

# Heads of member organisations whose names are descriptive phrases of any length ("Koperasi Produsen
# Kopi ...", "Asosiasi Pengemudi Ojek Daring ..."): an apposed name after a comma ends such a name.
ASSOCIATION_HEADS: frozenset[str] = frozenset(
    "asosiasi koperasi perkumpulan paguyuban persatuan perhimpunan himpunan ikatan serikat gabungan federasi "
    "konfederasi yayasan komunitas aliansi".split()
)

# Compass and geographic words that end region names ("Kalimantan Tengah", "Jawa Barat").
GEO_WORDS: frozenset[str] = frozenset(
    "utara selatan timur barat tengah tenggara barat daya laut raya kepulauan hulu hilir ilir".split()
)

# Words that mark the level of a body ("KPU Provinsi", "Kejaksaan Negeri", "BPK RI").
LEVEL_WORDS: dict[str, str] = {
    "provinsi": "province", "prov": "province", "kabupaten": "regency", "kab": "regency", "kota": "city",
    "kecamatan": "district", "kec": "district", "desa": "village", "kelurahan": "village",
    "pusat": "national", "ri": "national", "nasional": "national", "republik": "national",
}

"""Indonesian calendar words: months, days, relative expressions, time zones.

Plain data only; ``dateresolve.py`` builds its patterns from these tables.
Keys are lower-case; the resolver matches them case-insensitively unless a
pattern says otherwise (bare day names must be capitalised because
``minggu`` also means "week").
"""

from __future__ import annotations

# Month names as news writes them, including old spellings (Pebruari, Nopember)
# and frequent misspellings, mapped to the month number.
MONTHS: dict[str, int] = {
    "januari": 1,
    "februari": 2,
    "pebruari": 2,
    "febuari": 2,
    "maret": 3,
    "april": 4,
    "mei": 5,
    "juni": 6,
    "juli": 7,
    "agustus": 8,
    "september": 9,
    "oktober": 10,
    "november": 11,
    "nopember": 11,
    "desember": 12,
}

# Abbreviations, accepted only next to a day number or a year ("8 Agt 2020",
# "Des 2021"), never alone: "Mar", "Jun" or "Des" are also words and names.
MONTH_ABBREVIATIONS: dict[str, int] = {
    "jan": 1,
    "feb": 2,
    "peb": 2,
    "mar": 3,
    "apr": 4,
    "mei": 5,
    "jun": 6,
    "jul": 7,
    "agt": 8,
    "agu": 8,
    "agus": 8,
    "ags": 8,
    "sep": 9,
    "sept": 9,
    "okt": 10,
    "nov": 11,
    "nop": 11,
    "des": 12,
}

# Day names mapped to Python's weekday numbers (Monday = 0). "Ahad" is the
# Arabic-derived name for Sunday used by some outlets.
DAYS: dict[str, int] = {
    "senin": 0,
    "selasa": 1,
    "rabu": 2,
    "kamis": 3,
    "jumat": 4,
    "jum'at": 4,
    "jum’at": 4,
    "sabtu": 5,
    "minggu": 6,
    "ahad": 6,
}

# Canonical day name of each weekday number (for warnings).
DAY_NAMES: tuple[str, ...] = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")

# Parts of the day that may follow a day name or a relative day word
# ("Selasa (25/8) pagi", "kemarin malam"). They do not change the date.
PARTS_OF_DAY: tuple[str, ...] = ("dini hari", "pagi", "siang", "sore", "petang", "malam")

# Deictic day words: offset in days from the reference date.
# "tadi malam" / "malam tadi" is the night before the (morning) report.
RELATIVE_DAYS: dict[str, int] = {
    "hari ini": 0,
    "pagi ini": 0,
    "siang ini": 0,
    "sore ini": 0,
    "petang ini": 0,
    "malam ini": 0,
    "tadi pagi": 0,
    "pagi tadi": 0,
    "tadi siang": 0,
    "siang tadi": 0,
    "tadi sore": 0,
    "sore tadi": 0,
    "dini hari tadi": 0,
    "tadi dini hari": 0,
    "subuh tadi": 0,
    "tadi subuh": 0,
    "tadi malam": -1,
    "malam tadi": -1,
    "kemarin": -1,
    "kemarin lusa": -2,
    "besok": 1,
    "esok hari": 1,
    "besok lusa": 2,
    "lusa": 2,
}

# Words after a period noun ("pekan lalu", "bulan depan", "tahun ini"):
# the step relative to the reference period.
RELATIVE_DIRECTIONS: dict[str, int] = {
    "lalu": -1,
    "yang lalu": -1,
    "kemarin": -1,
    "silam": -1,
    "ini": 0,
    "depan": 1,
    "mendatang": 1,
    "yang akan datang": 1,
}

# Period nouns of relative expressions, mapped to a unit name.
PERIOD_UNITS: dict[str, str] = {
    "hari": "day",
    "pekan": "week",
    "minggu": "week",
    "bulan": "month",
    "tahun": "year",
}

# Words after "N <unit>" that make a point in time: past/future relative to
# the reference (deictic) or to the event date the article has just set
# (anaphoric: "Tiga tahun berikutnya", "dua hari kemudian").
COUNT_DIRECTIONS_DEICTIC: dict[str, int] = {
    "lalu": -1,
    "yang lalu": -1,
    "silam": -1,
    "lagi": 1,
}
COUNT_DIRECTIONS_ANAPHORIC: dict[str, int] = {
    "sebelumnya": -1,
    "kemudian": 1,
    "berikutnya": 1,
    "setelahnya": 1,
    "sesudahnya": 1,
}

# Number words for "dua tahun lalu", "tiga hari kemudian".
NUMBER_WORDS: dict[str, int] = {
    "satu": 1,
    "dua": 2,
    "tiga": 3,
    "empat": 4,
    "lima": 5,
    "enam": 6,
    "tujuh": 7,
    "delapan": 8,
    "sembilan": 9,
    "sepuluh": 10,
    "sebelas": 11,
    "dua belas": 12,
    "lima belas": 15,
    "dua puluh": 20,
    "tiga puluh": 30,
}

# Kinds of year: "tahun anggaran 2022", "tahun ajaran 2024/2025"; "akhir tahun ajaran" is no calendar year.
YEAR_KINDS: tuple[str, ...] = ("anggaran", "ajaran", "pelajaran", "buku", "fiskal", "akademik", "kalender")

# Position in a month or year: "awal Juli", "akhir tahun lalu".
PERIOD_POSITIONS: tuple[str, ...] = ("awal", "akhir", "pertengahan", "medio")

# Quarters and semesters: "triwulan I-2022" = 2022-01/2022-03.
QUARTER_WORDS: dict[str, int] = {
    "triwulan": 3,
    "kuartal": 3,
    "kwartal": 3,
    "caturwulan": 4,
    "semester": 6,
}
ROMAN_NUMERALS: dict[str, int] = {"i": 1, "ii": 2, "iii": 3, "iv": 4}
# Ordinal words for quarters and semesters: "kuartal ketiga 2023", "semester kedua 2022".
ORDINAL_WORDS: dict[str, int] = {"pertama": 1, "kesatu": 1, "kedua": 2, "ketiga": 3, "keempat": 4}

# Indonesian time zones and their UTC offsets in hours.
TIME_ZONES: dict[str, int] = {"WIB": 7, "WITA": 8, "WIT": 9}

# Words before a clock time: "pukul 09.00 WIB", "pkl. 13.30".
TIME_WORDS: tuple[str, ...] = ("pukul", "pkl.", "pkl", "jam")

# Cues that the date is in the future relative to the report
# ("akan diadakan pada Kamis (9/7)", "Kamis (9/7) mendatang").
FUTURE_CUES_BEFORE: tuple[str, ...] = (
    "akan",
    "bakal",
    "hendak",
    "dijadwalkan",
    "direncanakan",
    "rencananya",
    "rencana",
    "nanti",
    "nantinya",
)
FUTURE_CUES_AFTER: tuple[str, ...] = ("mendatang", "nanti", "depan", "yang akan datang")
PAST_CUES_AFTER: tuple[str, ...] = ("lalu", "kemarin", "silam", "yang lalu")

# Elections and recurring events whose year is part of their name ("Pemilu 2024", "Piala Dunia
# 2026"): such a year names the event, not the year the text is in.
ELECTION_WORDS: tuple[str, ...] = ("pilkada", "pemilu", "pilpres", "pileg", "pilgub", "pilbup", "pilwalkot")
EVENT_NAME_WORDS: tuple[str, ...] = (
    *ELECTION_WORDS, "piala dunia", "olimpiade", "asian games", "sea games", "pon",
)

# Nouns after which "kemarin" means "recent" rather than "yesterday"
# ("Pilkada kemarin" = the recent election).
RECENT_KEMARIN_NOUNS: tuple[str, ...] = (
    *ELECTION_WORDS,
    "lebaran",
    "natal",
    "tahun",
    "bulan",
    "musim",
    "periode",
    "masa",
    "zaman",
    "era",
    "waktu",
)

# Words whose number is a law, decree or letter number, so the year after
# "Nomor 7 Tahun 2017" is part of the number, not a date.
LEGAL_WORDS: tuple[str, ...] = (
    "uu",
    "uud",
    "undang-undang",
    "undang undang",
    "perpu",
    "perppu",
    "pp",
    "perpres",
    "keppres",
    "kepres",
    "inpres",
    "perda",
    "perbup",
    "perwali",
    "perwal",
    "pergub",
    "permen",
    "kepmen",
    "peraturan",
    "keputusan",
    "instruksi",
    "surat",
    "sk",
    "se",
    "qanun",
    "nomor",
    "nomer",
    "no",
    "nmr",
)

# Words before a number that make it an address, a code or an amount rather
# than a year ("Jalan 17 Agustus", "Rp 2020", "RT 2021").
NON_DATE_BEFORE: tuple[str, ...] = (
    "rp",
    "us$",
    "$",
    "jalan",
    "jl",
    "jln",
    "gang",
    "gg",
    "km",
    "rt",
    "rw",
    "blok",
    "kav",
    "lantai",
    "kamar",
    "ruang",
    "pasal",
    "ayat",
    "kode",
    "nopol",
    "seri",
    "tipe",
    "sebanyak",
    "sejumlah",
    "berjumlah",
    "jumlah",
    "total",
    "sebesar",
    "senilai",
    "mencapai",
    "universitas",
    "gedung",
    "stadion",
    "lapangan",
    "simpang",
    "bandara",
    "kampus",
    "untag",
)

# Unit words after a number that make it an amount, not a year
# ("2019 orang", "2020 meter").
UNITS_AFTER: tuple[str, ...] = (
    "orang",
    "jiwa",
    "unit",
    "buah",
    "ekor",
    "meter",
    "m",
    "km",
    "kilometer",
    "kg",
    "ton",
    "liter",
    "ha",
    "hektare",
    "hektar",
    "rumah",
    "kk",
    "kasus",
    "suara",
    "peserta",
    "pasien",
    "siswa",
    "personel",
    "kali",
    "kursi",
    "lembar",
    "paket",
    "titik",
    "persen",
    "mdpl",
    "dosis",
    "butir",
    "batang",
    "pohon",
    "porsi",
    "ribu",
    "juta",
    "miliar",
    "triliun",
    "rupiah",
    "dolar",
    "cc",
    "mw",
    "kwh",
    "keluarga",
    "desa",
    "sekolah",
    "karyawan",
    "pekerja",
    "penumpang",
    "kendaraan",
    "sampel",
    "responden",
    "warga",
    "penduduk",
    "anggota",
    "pengunjung",
    "relawan",
    "petugas",
    "guru",
    "mahasiswa",
    "pelajar",
    "murid",
    "atlet",
    "korban",
    "penerima",
    "pemilih",
    "tps",
    "lokasi",
    "calon",
    "pelamar",
    "pegawai",
    "asn",
    "pns",
    "honorer",
    "hewan",
    "sapi",
    "kambing",
    "bibit",
    "lampu",
    "tabung",
    "karung",
    "kotak",
    "botol",
    "box",
    "pcs",
    "gram",
    "mg",
    "ml",
    "cm",
    "mm",
)

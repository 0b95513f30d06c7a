"""Indonesian reporting lexicon: speech cues, speech verbs, complementisers, pronouns.

Plain data, in the manner of textacy's ``REPORTING_VERBS`` and spaCy's
``lang/id`` tables, used by :mod:`beritaie.quotefind`. Every entry is lower case;
callers compare against ``str.lower()`` of a word (the word is only looked up,
the text is never rewritten).

Sources: the forms are the standard ones of Indonesian news writing (Pedoman
Pemberitaan / Kompas, Antara and regional government press-release style); each
set names the construction it serves, with an example sentence written for this
module.
"""

from __future__ import annotations

# Bare cue words of an attribution tag, written next to a direct quote or as an
# interjected tag: '"...," ujar Sugianto.', '"...," katanya.',
# 'Saat itu, kata Iqbal, ...'. Each also occurs with the clitic -nya
# ("ujarnya", "tegasnya"), which points back to the current speaker.
CUE_WORDS: frozenset[str] = frozenset({
    "ujar", "kata", "tutur", "jelas", "ungkap", "tegas", "tambah", "imbuh", "tutup", "pungkas", "sebut",
    "terang", "papar", "lanjut", "kilah", "seru", "ucap", "urai", "imbau", "tandas", "tukas", "sambung",
    "jawab", "tanya", "bunyi", "timpal", "aku", "ajak", "pinta", "harap", "kenang", "cerita", "sergah",
    "tepis", "bantah", "klaim", "ingat", "pesan", "tulis", "beber", "ulas", "sela", "simpul", "tanggap",
    "katakan", "jelaskan", "bilang", "sahut", "keluh", "canda", "kisah", "nilai", "minta",
    "cetus", "seloroh", "kelakar", "sindir", "balas", "akui", "desak", "cuit",
    "sesal", "puji", "kritik", "tuding", "tegur", "janji", "celetuk", "usul", "saran", "duga", "curhat",
})

# Cue words whose -nya form differs from cue + "nya" or is far more frequent.
CUE_NYA_WORDS: frozenset[str] = frozenset(f"{w}nya" for w in CUE_WORDS) | frozenset({"akunya"})

# Cue words that are also common ordinary words ("jelas" = clear, "kata" = word,
# "tambah" = more, "lanjut" = further). They count as cues only when a speaker
# mention follows them, never as a bare word before a quote.
AMBIGUOUS_CUE_WORDS: frozenset[str] = frozenset({
    "jelas", "kata", "tambah", "lanjut", "tutup", "harap", "pesan", "ingat", "nilai", "minta", "sebut",
    "aku", "cerita", "tanya", "jawab", "bunyi", "tulis", "sela", "simpul", "tanggap", "bilang",
    "balas", "desak", "sindir", "kritik", "janji", "usul", "saran",
})

# Active speech verbs that introduce reported speech after their subject:
# "Sugianto menyampaikan agar ...", "Wapres mengatakan, kerukunan ...",
# "Basaria yakin, usulannya ...". The content clause follows the verb.
SPEECH_VERBS: frozenset[str] = frozenset({
    "mengatakan", "menyampaikan", "menjelaskan", "menuturkan", "menegaskan", "mengungkapkan", "mengungkap",
    "menerangkan", "menambahkan", "menyebutkan", "menyebut", "meminta", "minta", "mengimbau", "menghimbau",
    "mengajak", "berharap", "mengharapkan", "menilai", "mengakui", "mengaku", "membantah", "memastikan",
    "menyatakan", "memaparkan", "menekankan", "mengingatkan", "mempersilakan", "mempersilahkan",
    "menyinggung", "mengusulkan", "memprediksi", "memperkirakan", "menduga", "mengklaim", "menganggap",
    "yakin", "meyakini", "berdalih", "mendorong", "mengucapkan", "menginformasikan", "melaporkan",
    "mengemukakan", "menuding", "berpendapat", "berpesan", "menyarankan", "mencontohkan", "menandaskan",
    "menukas", "mengimbuhkan", "mengutarakan", "membeberkan", "menguraikan", "menanggapi",
    "berkata", "berujar", "bertutur", "berjanji", "menjanjikan", "menyoroti", "mengeluhkan",
    "mengharap", "menyerukan", "mengutip", "memutuskan", "memutus", "menolak", "menceritakan",
    "mengisahkan", "menyimpulkan", "mengklarifikasi", "mengabarkan", "memberitahukan",
    "menggarisbawahi", "mengatakannya", "menyampaikannya", "memperingatkan", "mengingatkannya", "bilang",
    "membenarkan",
    "berkomentar", "mengomentari", "menegaskannya", "menjawab", "bertanya", "menanyakan",
    "menulis", "menuliskan", "mencuit", "bercerita", "berucap", "berkisah", "menimpali", "membalas",
    "berteriak", "menyindir", "merinci", "mendesak", "menuntut", "mencatat", "melanjutkan",
    "mendalilkan", "mengumumkan", "menginstruksikan", "merekomendasikan", "beralasan",
})

# Speech verbs whose object is not reported content but a thing; they count
# only with a complementiser or a comma after them ("menolak bahwa ...").
WEAK_SPEECH_VERBS: frozenset[str] = frozenset({
    "yakin", "memaparkan", "menolak", "menanggapi", "memutuskan", "memutus", "mengklarifikasi", "menjawab", "bertanya",
    "menanyakan", "mengomentari", "berkomentar", "mengutip", "menyoroti", "memberitahukan",
    "menceritakan", "mengisahkan", "mengungkap", "melaporkan", "menulis", "menuliskan", "mencuit", "bercerita",
    "membalas", "berteriak", "menyindir", "menuntut", "mencatat", "melanjutkan", "mengumumkan", "menginstruksikan",
    "merekomendasikan", "beralasan",
})

# The shape of a prefixed verb (me-, ber-, di-, ter- and four letters or more): "menerima", "bertindak",
# "dibawa", "terjadi". A regular-expression fragment; each user adds its own exceptions.
VERB_SHAPE = r"(?:me|ber|di|ter)[a-z]{4,}"

# Weak speech verbs whose object may be a bare clause, its subject and then its verb, with no
# complementiser: "melaporkan lembaganya menerima 1.254 pengaduan", "menceritakan ibunya dibawa ke ...".
CLAUSE_OBJECT_VERBS: frozenset[str] = frozenset({
    "melaporkan", "menceritakan", "mengisahkan", "memberitahukan", "mengungkap", "mengumumkan", "menginstruksikan",
})

# Speech verbs with another sense before these objects: "memastikan tiket/kemenangan" (to secure
# a ticket, a win), not "memastikan (bahwa) situasi aman".
NO_SPEECH_OBJECTS: dict[str, frozenset[str]] = {
    "memastikan": frozenset({
        "tiket", "kemenangan", "diri", "dirinya", "langkah", "gelar", "posisi", "tempat", "satu", "status",
        "kelolosan", "poin", "kursi", "slot", "juara", "keunggulan", "medali", "trofi", "promosi", "degradasi",
    }),
}

# Counts a player adds to a score: "menambahkan 15 poin" is a tally, not speech.
SCORE_UNITS: frozenset[str] = frozenset({"poin", "gol", "angka", "rebound", "assist", "asis", "blok", "ace", "skor"})

# Passive speech verbs: "Hal itu disampaikan oleh Kapolres ...", "Dikatakan korban,
# kejadian itu ...", "Dilanjutkan Bupati, Boedi Oetomo adalah ...". The agent
# follows the verb, with or without "oleh".
PASSIVE_SPEECH_VERBS: frozenset[str] = frozenset({
    "dikatakan", "disampaikan", "dijelaskan", "diungkapkan", "ditegaskan", "dituturkan", "diterangkan",
    "disebutkan", "ditambahkan", "dipaparkan", "dikemukakan", "diutarakan", "dilanjutkan", "diuraikan",
    "diakui", "ditandaskan", "diimbau", "dibeberkan", "diingatkan",
})

# Passive verbs that open an attribution in sentence-initial position only
# ("Dilanjutkan Bupati, ...", "Ditambahkan Kapolres, ..."): elsewhere they are
# ordinary passives ("acara dilanjutkan dengan ...").
SENTENCE_INITIAL_PASSIVES: frozenset[str] = frozenset({"dilanjutkan", "ditambahkan", "diakui", "diingatkan"})

# Words that introduce the reported clause and are not part of it:
# "menyampaikan bahwasanya pilkada ...", "mengusulkan agar KPK ...".
COMPLEMENTISERS: frozenset[str] = frozenset({"bahwa", "bahwasanya", "agar", "supaya", "jika", "kalau"})

# "Menurut X, ..." and "Menurutnya, ...": the clause after the comma is X's view.
ACCORDING_TO: frozenset[str] = frozenset({"menurut"})
# Cue words that open a sentence the same way, with a speaker and a comma: "Kata dia, proses itu ...".
CLAUSE_INITIAL_CUES: frozenset[str] = frozenset({"kata"})
ACCORDING_TO_NYA: frozenset[str] = frozenset({"menurutnya", "katanya"})  # ("Katanya," with its comma only)

# Nouns after "menurut" that name a document or data, not a speaker:
# "Menurut data BPS, ..." is not a quote.
ACCORDING_TO_NON_SPEAKERS: frozenset[str] = frozenset({
    "data", "catatan", "laporan", "hasil", "aturan", "undang-undang", "peraturan", "jadwal", "rencana",
    "informasi", "survei", "penelitian", "kajian", "keterangan", "pengakuan", "perhitungan", "prakiraan",
    "ramalan", "prediksi", "ketentuan", "pasal", "kalender", "sejarah", "hukum", "teori", "analisis",
    "pantauan", "situs", "laman", "keputusan", "surat", "ketetapan", "putusan", "riset", "studi", "statistik",
})

# Third-person pronouns that stand for a speaker: "kata dia", "Ia menegaskan ...".
PRONOUNS: frozenset[str] = frozenset({"ia", "dia", "beliau"})

# Determiners closing an anaphoric description of the current speaker:
# "Perwira jebolan Akpol angkatan 2004 ini menambahkan ...".
ANAPHORIC_DETERMINERS: frozenset[str] = frozenset({"ini", "itu", "tersebut"})

# Words that stand for what was said before, as the subject of a passive speech verb ("Hal itu
# disampaikan Kapolres ...") or the object of an active one ("Bupati menyampaikan hal tersebut ..."):
# the content is the previous sentence, not the words that follow.
ANAPHORIC_CONTENT: frozenset[tuple[str, ...]] = frozenset({
    ("hal", "itu"), ("hal", "tersebut"), ("hal", "ini"), ("itu",), ("demikian",), ("pernyataan", "itu"),
    ("pernyataan", "tersebut"), ("hal",),
})

# Nouns that make an anaphoric description a person ("Perwira jebolan Akpol ini",
# "orang nomor satu di daerah ini"); "Kecelakaan itu meminta korban" is not speech.
PERSON_NOUNS: frozenset[str] = frozenset({
    "orang", "pria", "wanita", "perempuan", "pemuda", "pemudi", "perwira", "mantan", "politikus", "politisi",
    "pengusaha", "pejabat", "tokoh", "sosok", "lelaki", "laki-laki", "ibu", "bapak", "jenderal", "purnawirawan",
    "alumnus", "alumni", "lulusan", "gadis", "remaja", "kakek", "nenek", "putra", "putri", "warga", "petugas",
    "pelatih", "pemain", "atlet", "artis", "aktor", "aktris", "penyanyi", "presenter", "ulama", "kiai", "ustaz",
    "dokter", "guru", "dosen", "mahasiswa", "mahasiswi", "siswa", "siswi", "anggota", "kader", "legislator",
    "akademisi", "pengamat", "pakar", "ahli", "peneliti", "aktivis", "pegiat", "penulis", "wartawan", "jurnalis",
    "advokat", "pengacara", "hakim", "jaksa", "polisi", "prajurit", "kapten", "kakak", "adik", "anak", "suami",
    "istri", "ayah", "bunda", "pendiri", "pemilik", "kepala", "ketua", "calon", "kandidat", "menteri", "bupati",
    "imam", "pastor", "pendeta", "uskup", "biarawati",
    # occupations news puts before a name ("Sutradara Yosep Anggara", "Gitaris Dimas Wirawan")
    "sutradara", "produser", "gitaris", "vokalis", "drummer", "bassis", "pianis", "kibordis", "musisi",
    "seniman", "komposer", "koreografer", "penari", "pelukis", "fotografer", "sejarawan", "arkeolog",
    "budayawan", "sastrawan", "komedian", "pelawak", "desainer", "koki", "pembalap", "perenang", "pelari",
    "petinju", "pebulu tangkis", "kiper", "bek", "gelandang", "penyerang", "striker", "sopir", "pengemudi",
    "nelayan", "petani", "pedagang", "buruh", "karyawan", "pegawai",
})

# Negations and verbs of refusal before a speech verb: "tidak menjelaskan" reports
# no content.
NEGATIONS: frozenset[str] = frozenset({"tidak", "tak", "belum", "bukan", "enggan", "tanpa", "jangan", "urung",
                                       "menolak", "ogah"})

# Adverbs and particles that may stand between a subject and its speech verb:
# "Wapres pun kemudian menjelaskan", "Gubernur juga meminta".
SUBJECT_VERB_ADVERBS: frozenset[str] = frozenset({
    "juga", "pun", "pula", "kemudian", "lalu", "langsung", "sempat", "kembali", "tetap", "hanya", "justru",
    "bahkan", "sendiri", "lebih", "lanjut", "selanjutnya", "secara", "terpisah", "tegas", "singkat",
    "akhirnya", "turut", "lantas", "sudah", "telah", "masih", "pernah", "kerap", "sering", "selalu",
    "terus", "segera", "sebelumnya", "kemarin", "jauh",
})

# Two-word time adverbials between a subject and its verb: "Sri Mulyani pekan lalu menegaskan".
TIME_ADVERBIALS: frozenset[tuple[str, str]] = frozenset(
    (a, b) for a in ("hari", "pekan", "minggu", "bulan", "tahun", "pagi", "siang", "sore", "malam")
    for b in ("ini", "lalu", "tadi", "kemarin")
) | frozenset(("tadi", b) for b in ("pagi", "siang", "sore", "malam"))

# Words between a person and the nickname they are known by: "perempuan yang akrab disapa Mbok
# Parmi", "pria yang sapaan akrabnya Acil"; the last of them comes right before the nickname.
NICKNAME_INTRODUCERS: frozenset[str] = frozenset({
    "yang", "akrab", "biasa", "karib", "sering", "disapa", "dipanggil", "sapaan", "akrabnya", "sapaannya"})
NICKNAME_LAST: frozenset[str] = frozenset({"disapa", "dipanggil", "akrabnya", "sapaannya"})

# Words that open an adjunct between a subject and its verb: "Romi usai
# penyerahan LHP menyebutkan", "Ahmad Yani dalam sambutannya mengatakan".
ADJUNCT_OPENERS: frozenset[str] = frozenset({
    "usai", "seusai", "selepas", "setelah", "sebelum", "saat", "ketika", "dalam", "di", "pada", "kepada",
    "melalui", "lewat", "dari", "sambil", "sembari", "didampingi", "bersama", "mewakili", "yang",
})

# Apposition links inside a subject: "Yudianto selaku Kepala Dinas ...".
APPOSITION_LINKS: frozenset[str] = frozenset({"selaku", "sebagai", "sekaligus", "yakni", "yaitu"})

# Words that introduce a read-out statement: "sambutan Menteri ... yang dibacakan
# Bupati ..." (the author is the Menteri, the reader the Bupati).
READ_OUT_VERBS: frozenset[str] = frozenset({"dibacakan", "dibawakan"})
SPEECH_EVENT_NOUNS: frozenset[str] = frozenset({
    "sambutan", "sambutannya", "amanat", "arahan", "arahannya", "pidato", "pidatonya", "pesan", "pernyataan",
    "pernyataannya", "keterangan", "keterangannya", "penjelasan", "penjelasannya", "paparan", "paparannya",
})

# Verbs that introduce a quotation of someone else's words: 'Mengutip ucapan
# Dr. Sutomo "..."'.
QUOTATION_VERBS: frozenset[str] = frozenset({"mengutip", "mengutipkan", "menukil"})
QUOTATION_NOUNS: frozenset[str] = frozenset({
    "ucapan", "kata-kata", "perkataan", "pernyataan", "pesan", "pesannya", "kalimat", "ungkapan",
})

# Words that announce a title, slogan, name or term in quotation marks, which is
# not a quote: 'mengangkat tema "Ayo Bangkit Bersama"', 'dijuluki "Si Kancil"'.
NON_QUOTE_INTRODUCERS: frozenset[str] = frozenset({
    "tema", "bertema", "bertemakan", "berjudul", "judul", "judulnya", "bertajuk", "tajuk", "slogan",
    "semboyan", "jargon", "motto", "moto", "tagline", "julukan", "dijuluki", "berjuluk", "alias", "istilah",
    "dikenal", "bernama", "program", "gerakan", "film", "buku", "lagu", "novel", "album", "acara", "operasi",
    "aplikasi", "akun", "tagar", "hashtag", "berbunyi", "bertuliskan", "bertulisan", "kategori", "kata",
    "sebutan", "disebut", "menyebutnya", "label", "predikat", "kampanye", "lomba", "festival", "istilahnya",
    "tulisan", "spanduk", "baliho", "kode", "sandi", "nama", "merek", "produk", "layanan", "fitur",
})

# Lower-case role nouns that can be a speaker: "Kuasa hukum meminta ...",
# '"...," kata korban.'
ROLE_NOUNS: frozenset[str] = frozenset({
    "kuasa hukum", "pengacara", "juru bicara", "jubir", "korban", "warga", "saksi", "tersangka", "terdakwa",
    "pelaku", "polisi", "petugas", "sumber", "pengamat", "pakar", "ahli", "penyidik", "jaksa", "hakim",
    "ibu korban", "ayah korban", "keluarga korban", "pihak keluarga", "panitia", "pihaknya", "pihak kepolisian",
    "pihak sekolah", "pihak rumah sakit", "manajemen", "dokter", "guru", "siswa", "mahasiswa", "nelayan",
    "petani", "pedagang", "kepala desa", "camat", "lurah", "pansel", "tim kuasa hukum",
    # people by who they are ("kata pria itu", "ujar perempuan yang akrab disapa ...")
    "pria", "wanita", "perempuan", "lelaki", "laki-laki", "pemuda", "remaja", "bocah", "gadis", "nenek", "kakek",
})

# Connectives and adverbials that open a sentence without being its subject:
# "Sementara itu, ...", "Namun, kata Prabowo, ...".
SENTENCE_CONNECTIVES: frozenset[str] = frozenset({
    "sementara", "sementara itu", "namun", "tetapi", "akan tetapi", "selain itu", "kemudian", "lalu",
    "selanjutnya", "sebelumnya", "adapun", "bahkan", "padahal", "meski", "meskipun", "walaupun", "oleh",
    "karena", "dengan", "di", "pada", "dalam", "terkait", "soal", "untuk", "usai", "setelah", "saat",
    "ketika", "lebih lanjut", "di sisi lain", "sedangkan", "sehingga", "maka", "jadi", "nah", "dan", "serta",
})

# Capitalised words that never begin a person's name (sentence openers, days,
# months, common capitalised nouns of news text).
NON_NAME_WORDS: frozenset[str] = frozenset({
    "dalam", "di", "pada", "saat", "usai", "sementara", "namun", "menurut", "menurutnya", "selain", "sebelumnya",
    "kemudian", "lalu", "adapun", "terkait", "untuk", "dengan", "dari", "ke", "oleh", "karena", "jika", "kalau",
    "agar", "supaya", "bahwa", "tetapi", "tapi", "dan", "atau", "serta", "yang", "ini", "itu", "hal", "para",
    "seluruh", "semua", "setiap", "tidak", "tak", "sudah", "telah", "akan", "bisa", "dapat", "harus", "ia",
    "dia", "beliau", "mereka", "kami", "kita", "saya", "aku", "kamu", "anda", "senin", "selasa", "rabu",
    "kamis", "jumat", "jum'at", "sabtu", "minggu", "januari", "februari", "maret", "april", "mei", "juni",
    "juli", "agustus", "september", "oktober", "november", "desember", "hari", "tahun", "bulan", "pekan",
    "wib", "wita", "wit", "foto", "baca", "sebelum", "setelah", "ketika", "seperti", "bahkan", "juga",
    "pun", "mari", "semoga", "sebab", "maka", "jadi", "begitu", "demikian", "tentu", "selanjutnya", "selantunya",
    "dilanjutkan", "kepada", "tentang", "sedangkan", "walaupun", "meski", "meskipun", "acara", "kegiatan",
    "rapat", "tim", "ya", "nah", "sebagai", "selaku", "sekaligus", "dimana", "apalagi", "soal", "sejak",
    "hingga", "sampai", "bagi", "antara", "tanpa", "apabila", "bila", "mengutip", "kala", "tujuan", "pesan",
    "berita", "laporan", "sumber", "penulis", "editor", "reporter", "pewarta", "tampak", "hadir", "turut",
    "nomor", "pasal", "ayat", "undang-undang", "instruksi", "peraturan", "keputusan", "surat",
})

# Words that name an institution and so never start a person's name; a
# capitalised phrase led by one is a body ("Polres Kobar", "Kejaksaan Agung").
BODY_HEADS: frozenset[str] = frozenset({
    "kementerian", "kemenkeu", "dinas", "badan", "komisi", "partai", "pemkab", "pemkot", "pemko", "pemprov",
    "pemerintah", "polres", "polresta", "polda", "polsek", "polri", "kejaksaan", "kejari", "kejati",
    "pengadilan", "mahkamah", "universitas", "pt", "cv", "ud", "yayasan", "lembaga", "dprd", "dpr", "mpr", "kpu",
    "bawaslu", "panwaslu", "kpk", "tni", "kodim", "korem", "kodam", "satpol", "bpbd", "bpk", "bpkad",
    "bappeda", "kecamatan", "kelurahan", "desa", "kabupaten", "kota", "provinsi", "sekolah", "rumah",
    "direktorat", "bareskrim", "mabes", "kantor", "biro", "bagian", "inspektorat", "sekretariat", "setda",
    "majelis", "dewan", "forum", "asosiasi", "ikatan", "persatuan", "perhimpunan", "himpunan", "organisasi",
    "koperasi", "bank", "rsud", "puskesmas", "kesbangpol", "diskominfo", "kominfo", "pdip", "pks", "pan",
    "pkb", "ppp", "golkar", "gerindra", "nasdem", "demokrat", "hanura", "perindo", "psi", "tvone", "bumn",
    "bumd", "satuan", "unit", "pansel", "pemda", "ormas", "lsm", "ngo", "ifsc", "fpti", "kemenpora",
})

"""The pure quote finder (beritaie.quotefind): table-driven cases in news phrasing, no spaCy.

Every snippet is written for these tests in the style of Indonesian regional and
national news; the names are illustrative.
"""

from __future__ import annotations

import pytest

from beritaie.quotefind import find_quotes


def quotes_of(text: str, **kwargs):
    result = find_quotes(text, **kwargs)
    for q in result.quotes:  # the record contract holds for every quote
        assert text[q["start"]:q["end"]] == q["text"]
        mention = q["speaker_mention"]
        if mention is not None:
            assert text[mention["start"]:mention["end"]] == mention["text"]
    return result


def brief(result) -> list[tuple[str, str, str | None, str | None]]:
    return [(q["kind"], q["text"], q["speaker"], q["cue"]) for q in result.quotes]


# --------------------------------------------------------------------------- direct quotes

DIRECT_CASES = [
    pytest.param(
        '"Ayah selalu bilang, kerja itu ibadah," tutur putri bungsunya, Melinda Santosa.',
        [("direct", "Ayah selalu bilang, kerja itu ibadah", "Melinda Santosa", "tutur")],
        id="kin-noun-then-the-name-in-apposition",
    ),
    pytest.param(
        "“Kami siap mengamankan jalannya pemilu di wilayah ini,” ujar Kapolres Sampang AKBP Budi Santoso.",
        [("direct", "Kami siap mengamankan jalannya pemilu di wilayah ini", "Budi Santoso", "ujar")],
        id="curly-tag-after-title-rank-name",
    ),
    pytest.param(
        '"Itu urusan partai, bukan urusan saya," cetus Haris Munandar.',
        [("direct", "Itu urusan partai, bukan urusan saya", "Haris Munandar", "cetus")],
        id="less-common-cue-cetus",
    ),
    pytest.param(
        'Pelatih Persikabo, Budi Santoso, menulis, "Kami akan bangkit. Terima kasih suporter."',
        [("direct", "Kami akan bangkit. Terima kasih suporter", "Budi Santoso", "menulis")],
        id="written-statement-verb-before-quote",
    ),
    pytest.param(
        '"Jalan rusak itu segera kami perbaiki tahun ini," kata Bupati Lamongan, Yuhronur Efendi.',
        [("direct", "Jalan rusak itu segera kami perbaiki tahun ini", "Yuhronur Efendi", "kata")],
        id="straight-tag-title-apposition",
    ),
    pytest.param(
        'Warga sudah lama menunggu. "Sudah tiga bulan jembatan ini rusak," sesal Tumini. "Dia rela tidak tidur '
        'demi adegan itu," puji Reza.',
        [("direct", "Sudah tiga bulan jembatan ini rusak", "Tumini", "sesal"),
         ("direct", "Dia rela tidak tidur demi adegan itu", "Reza", "puji")],
        id="cues-of-regret-and-praise",
    ),
    pytest.param(
        "Camat Pakis, Andi Wijaya, meninjau lokasi banjir di Desa Sumberejo.\n\n"
        "“Warga sudah kami ungsikan ke balai desa sejak semalam,” katanya.",
        [("direct", "Warga sudah kami ungsikan ke balai desa sejak semalam", "Andi Wijaya", "katanya")],
        id="nya-cue-refers-to-subject",
    ),
    pytest.param(
        'Dokter itu memberi saran. "Kalau demam lebih dari dua hari," kata Yuliana, "sebaiknya langsung datang ke '
        'puskesmas."',
        [("direct", "Kalau demam lebih dari dua hari", "Yuliana", "kata"),
         ("direct", "sebaiknya langsung datang ke puskesmas", "Yuliana", "kata")],
        id="interrupted-by-kata-second-half-lower-case",
    ),
    pytest.param(
        'Ketua KPU Kota Malang, Ahmad Fauzi, mengatakan, "Logistik pemilu sudah tiba di gudang kecamatan."',
        [("direct", "Logistik pemilu sudah tiba di gudang kecamatan", "Ahmad Fauzi", "mengatakan")],
        id="speaker-before-with-verb",
    ),
    pytest.param(
        "Menurut Kepala Dinas Kesehatan, Rina Amelia, “Kasus demam berdarah meningkat sejak awal Januari.”",
        [("direct", "Kasus demam berdarah meningkat sejak awal Januari", "Rina Amelia", "Menurut")],
        id="speaker-before-menurut",
    ),
    pytest.param(
        '"Kami sudah menurunkan tim ke lokasi," kata Kepala BPBD Garut, Satria Budi, "dan bantuan logistik akan '
        'tiba besok pagi."',
        [("direct", "Kami sudah menurunkan tim ke lokasi", "Satria Budi", "kata"),
         ("direct", "dan bantuan logistik akan tiba besok pagi", "Satria Budi", "kata")],
        id="interrupted-quote-two-parts",
    ),
    pytest.param(
        "“Pembangunan jembatan ditargetkan rampung pada bulan Desember.” Ujar Sekda Ponorogo Agus Pramono.",
        [("direct", "Pembangunan jembatan ditargetkan rampung pada bulan Desember", "Agus Pramono", "Ujar")],
        id="tag-in-own-sentence",
    ),
    pytest.param(
        "“Kita tidak boleh lengah menghadapi musim hujan tahun ini.” – Wali Kota Surabaya Eri Cahyadi",
        [("direct", "Kita tidak boleh lengah menghadapi musim hujan tahun ini", "Eri Cahyadi", None)],
        id="speaker-after-dash",
    ),
    pytest.param(
        '"Harga cabai naik tajam. Pasokan dari petani berkurang karena hujan," ujar pedagang pasar, Siti Aminah.',
        [("direct", "Harga cabai naik tajam. Pasokan dari petani berkurang karena hujan", "Siti Aminah", "ujar")],
        id="multi-sentence-role-apposition",
    ),
    pytest.param(
        "“Stok beras aman hingga Lebaran,\" kata Kepala Bulog Cabang Kediri, Imam Mahdi.",
        [("direct", "Stok beras aman hingga Lebaran", "Imam Mahdi", "kata")],
        id="mixed-curly-open-straight-close",
    ),
    pytest.param(
        "«Kami menolak rencana penggusuran itu», tegas Ketua DPRD Semarang, Kadarlusman.",
        [("direct", "Kami menolak rencana penggusuran itu", "Kadarlusman", "tegas")],
        id="guillemets",
    ),
    pytest.param(
        "`` Kami akan menindak tegas pelaku pembakaran lahan , '' kata Kapolda Riau Irjen Pol Agung Setya .",
        [("direct", "Kami akan menindak tegas pelaku pembakaran lahan", "Agung Setya", "kata")],
        id="tokenised-backtick-quotes",
    ),
    pytest.param(
        "„Vaksinasi lansia berjalan lancar“, kata Kepala Puskesmas Sukajadi, Dewi Lestari.",
        [("direct", "Vaksinasi lansia berjalan lancar", "Dewi Lestari", "kata")],
        id="low-high-quotes",
    ),
    pytest.param(
        "‘Kami siap menjalankan tugas negara di mana pun,’ kata Pangdam Iskandar Muda, Mayjen Achmad Marzuki.",
        [("direct", "Kami siap menjalankan tugas negara di mana pun", "Achmad Marzuki", "kata")],
        id="single-quotes-top-level",
    ),
    pytest.param(
        "‘’Kami bersyukur atas capaian opini WTP tahun ini,’’ ujar Wali Kota Jambi Syarif Fasha.",
        [("direct", "Kami bersyukur atas capaian opini WTP tahun ini", "Syarif Fasha", "ujar")],
        id="doubled-single-quotes",
    ),
    pytest.param(
        'Sekretaris Daerah Kota Bogor, Syarifah Sofiah, membuka rapat. "Rencana kerja harus selesai bulan ini," '
        'ujar Syarifah.',
        [("direct", "Rencana kerja harus selesai bulan ini", "Syarifah Sofiah", "ujar")],
        id="short-name-to-full-name",
    ),
    pytest.param(
        "Gubernur Kalimantan Timur, Isran Noor, meresmikan jembatan itu.\n\n"
        "“Jembatan ini memperpendek waktu tempuh warga,” kata Gubernur.",
        [("direct", "Jembatan ini memperpendek waktu tempuh warga", "Isran Noor", "kata")],
        id="title-to-named-holder",
    ),
    pytest.param(
        '"Petugas masih menunggu keterangan saksi lain," kata dia.',
        [("direct", "Petugas masih menunggu keterangan saksi lain", None, "kata")],
        id="pronoun-without-antecedent",
    ),
    pytest.param(
        '"Kami sudah siap menghadapi laga final," Andi Saputra menegaskan.',
        [("direct", "Kami sudah siap menghadapi laga final", "Andi Saputra", "menegaskan")],
        id="inverted-name-then-verb",
    ),
    pytest.param(
        "Kepala Bappeda Sumsel, Ekowati Retnaningsih, memimpin rapat.\n\n"
        "“Semua usulan desa sudah kami terima,” ujar Ekowati.\n\n"
        "“Usulan yang belum lengkap dikembalikan ke kecamatan untuk diperbaiki.”",
        [("direct", "Semua usulan desa sudah kami terima", "Ekowati Retnaningsih", "ujar"),
         ("direct", "Usulan yang belum lengkap dikembalikan ke kecamatan untuk diperbaiki",
          "Ekowati Retnaningsih", None)],
        id="continuation-paragraph-without-cue",
    ),
    pytest.param(
        "Kepala Dinas Pendidikan, Wahid Wahyudi, memaparkan rencana sekolah tatap muka.\n\n"
        "“Semua sekolah wajib menyiapkan tempat cuci tangan dan mengatur jarak bangku.\n\n"
        "“Orang tua juga harus memberi izin tertulis sebelum anak kembali ke sekolah,” ujar Wahid.",
        [("direct", "Semua sekolah wajib menyiapkan tempat cuci tangan dan mengatur jarak bangku",
          "Wahid Wahyudi", None),
         ("direct", "Orang tua juga harus memberi izin tertulis sebelum anak kembali ke sekolah",
          "Wahid Wahyudi", "ujar")],
        id="multi-paragraph-one-per-paragraph",
    ),
    pytest.param(
        "“Semua sekolah wajib menyiapkan tempat cuci tangan.\n\n"
        "“Orang tua juga harus memberi izin tertulis,” ujar Kepala Dinas Pendidikan, Wahid Wahyudi.",
        [("direct", "Semua sekolah wajib menyiapkan tempat cuci tangan", "Wahid Wahyudi", None),
         ("direct", "Orang tua juga harus memberi izin tertulis", "Wahid Wahyudi", "ujar")],
        id="multi-paragraph-speaker-from-last-paragraph",
    ),
    pytest.param(
        "Dalam kunjungannya, Wakil Presiden (Wapres) Ma’ruf Amin meninjau pasar. “Harga kebutuhan pokok stabil "
        "menjelang Ramadan,” ujar Wapres.",
        [("direct", "Harga kebutuhan pokok stabil menjelang Ramadan", "Ma’ruf Amin", "ujar")],
        id="short-title-from-brackets",
    ),
    pytest.param(
        "“Ini hasil kerja bersama seluruh warga,”ucapnya. Kepala Desa Sukamaju, Darto, menerima penghargaan.",
        [("direct", "Ini hasil kerja bersama seluruh warga", None, "ucapnya")],
        id="tight-close-then-cue",
    ),
]


@pytest.mark.parametrize("text, expected", DIRECT_CASES)
def test_direct_quotes(text, expected):
    assert brief(quotes_of(text)) == expected


def test_direct_quote_nested_single_quote_is_one_quote():
    text = ("\"Warga sering bilang 'kami butuh air bersih' ke petugas kami,\" kata Kepala PDAM Tirta Asasta, "
            "Hendra Gunawan.")
    assert brief(quotes_of(text)) == [
        ("direct", "Warga sering bilang 'kami butuh air bersih' ke petugas kami", "Hendra Gunawan", "kata")]


def test_nested_straight_quotes_stay_one_quote():
    text = ('" Jangan sampai " itu cuma janji manis " lagi yang didengar warga , " kata Ketua RW 05, '
            'Slamet Riyadi.')
    result = quotes_of(text)
    assert [(q["text"], q["speaker"]) for q in result.quotes] == [
        ('Jangan sampai " itu cuma janji manis " lagi yang didengar warga', "Slamet Riyadi")]


# --------------------------------------------------------------------------- broken marks

def test_missing_closing_mark_is_closed_at_the_tag_with_a_warning():
    text = ("\"Pemkab akan membangun pasar baru di pusat kota, ujar Bupati Tuban Aditya Halindra. "
            "Pembangunan dimulai bulan depan.")
    result = quotes_of(text)
    assert brief(result)[:1] == [("direct", "Pemkab akan membangun pasar baru di pusat kota", "Aditya Halindra",
                                  "ujar")]
    assert any("never closed" in w for w in result.warnings)


def test_missing_opening_mark_is_taken_from_the_sentence_start_with_a_warning():
    text = "Bantuan beras akan disalurkan pekan depan,\" kata Kepala Dinas Sosial, Rudi Hartono."
    result = quotes_of(text)
    assert brief(result) == [("direct", "Bantuan beras akan disalurkan pekan depan", "Rudi Hartono", "kata")]
    assert any("no opening mark" in w for w in result.warnings)


def test_an_odd_mark_does_not_abandon_the_document():
    text = ("Warga menamai jalan itu \"jalan maut.\n\n"
            "“Kami minta lampu penerangan segera dipasang,” kata Ketua RT 03, Sutrisno.\n\n"
            "“Sudah tiga kali terjadi kecelakaan bulan ini,” ujarnya.")
    result = quotes_of(text)
    assert [(q["text"], q["speaker"]) for q in result.quotes] == [
        ("Kami minta lampu penerangan segera dipasang", "Sutrisno"),
        ("Sudah tiga kali terjadi kecelakaan bulan ini", "Sutrisno"),
    ]
    assert result.warnings


def test_stray_closing_mark_without_tag_is_skipped():
    text = "Panitia menutup pendaftaran lebih awal.\" Peserta yang terlambat diminta datang tahun depan."
    result = quotes_of(text, indirect=False)
    assert result.quotes == []
    assert any("skipped" in w for w in result.warnings)


# --------------------------------------------------------------------------- not quotes

NEGATIVE_CASES = [
    pytest.param('Film berjudul "Laskar Pelangi" kembali diputar di bioskop kota itu.', id="title-of-work"),
    pytest.param("Kegiatan ini mengusung tema “Bersatu Melawan Korupsi” dan diikuti ratusan pelajar.",
                 id="theme-slogan"),
    pytest.param('Polisi menyebut keributan itu sebagai "salah paham" antarwarga kampung.', id="scare-quotes"),
    pytest.param("Budi alias “Bule” ditangkap di rumahnya di Kecamatan Cilandak.", id="nickname"),
    pytest.param("Program “Jumat Berkah” dilaksanakan setiap pekan di masjid agung.", id="program-name"),
    pytest.param("Warga menamai jembatan itu ‘Jembatan Cinta’ karena ramai dikunjungi pasangan muda.",
                 id="single-quoted-name"),
    pytest.param('Pesan "Stop Narkoba" terpasang di spanduk depan sekolah.', id="title-case-banner"),
    pytest.param('Warga tidak lagi memakai kata "kami tidak tahu apa-apa soal itu" dalam rapat.', id="the-word"),
]


@pytest.mark.parametrize("text", NEGATIVE_CASES)
def test_not_quotes(text):
    assert [q for q in quotes_of(text).quotes if q["kind"] == "direct"] == []


def test_quotes_inside_boilerplate_are_ignored():
    text = ("(Baca juga: \"Kami Siap Menang,\" Kata Pelatih Persib Bojan Hodak)\n\n"
            "Persib menang 2-0 atas tamunya.")
    boiler = [{"start": 0, "end": text.index(")") + 1, "kind": "read_also"}]
    assert quotes_of(text, boilerplate=boiler).quotes == []


# --------------------------------------------------------------------------- indirect quotes

INDIRECT_CASES = [
    pytest.param(
        "Menteri PU Basuki Hadimuljono saat meninjau proyek di KIPP pada akhir September lalu menegaskan "
        "pembangunan sesuai jadwal.",
        [("indirect", "pembangunan sesuai jadwal", "Basuki Hadimuljono", "menegaskan")],
        id="subject-before-a-chain-of-adjuncts",
    ),
    pytest.param(
        "Kata Budi Santoso, proses harmonisasi rancangan itu sudah selesai pekan lalu.",
        [("indirect", "proses harmonisasi rancangan itu sudah selesai pekan lalu", "Budi Santoso", "Kata")],
        id="sentence-initial-kata-with-a-comma",
    ),
    pytest.param("Kata kunci pencarian itu sudah dihapus oleh admin situs tersebut.", [],
                 id="sentence-initial-kata-as-the-noun-word"),
    pytest.param(
        "Sekjen PBB Antonio Guterres mendesak semua pihak menahan diri. Kepala BPS Rina Lestari merinci, "
        "cabai merah menyumbang inflasi terbesar.",
        [("indirect", "semua pihak menahan diri", "Antonio Guterres", "mendesak"),
         ("indirect", "cabai merah menyumbang inflasi terbesar", "Rina Lestari", "merinci")],
        id="verbs-of-urging-and-detailing",
    ),
    pytest.param(
        "Peneliti Formappi, Rizky Amalia Harahap, mencatat bahwa proses legislasi minim partisipasi. BPS "
        "mencatat inflasi Oktober 0,28 persen.",
        [("indirect", "proses legislasi minim partisipasi", "Rizky Amalia Harahap", "mencatat")],
        id="mencatat-reports-only-with-a-complementiser",
    ),
    pytest.param(
        "Jaksa Budi Santoso menuntut terdakwa hukuman lima tahun penjara. Ketua Parlemen Ali Reza juga menuntut "
        "agar sanksi dicabut seluruhnya.",
        [("indirect", "sanksi dicabut seluruhnya", "Ali Reza", "menuntut")],
        id="menuntut-reports-only-with-a-complementiser",
    ),
    pytest.param(
        "Pengamat BUMN dari Universitas Airlangga, Rachmat Hidayat Lubis, menilai pergantian direksi itu wajar.",
        [("indirect", "pergantian direksi itu wajar", "Rachmat Hidayat Lubis", "menilai")],
        id="name-apposed-to-a-described-role-speaks",
    ),
    pytest.param(
        "Bupati Jembrana, I Ketut Sudarsana, yang hadir bersama Ketua FKUB Jembrana, Ahmad Zainuri, menyebut "
        "Palasari sebagai contoh toleransi di Bali.",
        [("indirect", "Palasari sebagai contoh toleransi di Bali", "I Ketut Sudarsana", "menyebut")],
        id="name-apposed-inside-a-relative-clause-does-not-speak",
    ),
    pytest.param(
        "Pebalap yang akrab disapa Mario Aji itu mengaku puas dengan hasil balapan di Portimao. Menurut aktor "
        "yang akrab disapa Eza itu, bekerja dengan kru Korea sangat menyenangkan.",
        [("indirect", "puas dengan hasil balapan di Portimao", "Mario Aji", "mengaku"),
         ("indirect", "bekerja dengan kru Korea sangat menyenangkan", "Eza", "Menurut")],
        id="a-person-known-by-a-nickname-speaks-under-it",
    ),
    pytest.param(
        "Rahmat Hidayat mengatakan di hadapan anggota dewan bahwa anggaran subsidi tidak akan dipangkas.",
        [("indirect", "anggaran subsidi tidak akan dipangkas", "Rahmat Hidayat", "mengatakan")],
        id="verb-adjunct-bahwa",
    ),
    pytest.param(
        "Penyanyi Wulan Sari membantah tuduhan tersebut lewat unggahan di akun media sosialnya.",
        [],
        id="verb-with-a-demonstrative-object-reports-nothing",
    ),
    pytest.param(
        "Gubernur Jawa Tengah, Ganjar Pranowo, mengatakan bahwa vaksinasi lansia harus dipercepat.",
        [("indirect", "vaksinasi lansia harus dipercepat", "Ganjar Pranowo", "mengatakan")],
        id="verb-bahwa",
    ),
    pytest.param(
        "Kapolres Sleman AKBP Yuliyanto menegaskan, pihaknya tidak akan menoleransi aksi kejahatan jalanan.",
        [("indirect", "pihaknya tidak akan menoleransi aksi kejahatan jalanan", "Yuliyanto", "menegaskan")],
        id="verb-comma",
    ),
    pytest.param(
        "Sekda Ponorogo Agus Pramono berharap agar seluruh ASN disiplin masuk kerja setelah libur.",
        [("indirect", "seluruh ASN disiplin masuk kerja setelah libur", "Agus Pramono", "berharap")],
        id="berharap-agar",
    ),
    pytest.param(
        "Kepala Dinas Perdagangan, Rudi Santoso, memastikan stok minyak goreng cukup hingga akhir tahun.",
        [("indirect", "stok minyak goreng cukup hingga akhir tahun", "Rudi Santoso", "memastikan")],
        id="verb-direct-content",
    ),
    pytest.param(
        "Bupati Klaten, Sri Mulyani, meninjau lokasi banjir. Bupati juga meminta kepada para camat untuk "
        "mendata warga terdampak.",
        [("indirect", "kepada para camat untuk mendata warga terdampak", "Sri Mulyani", "meminta")],
        id="title-subject",
    ),
    pytest.param(
        "Kapolres Malang AKBP Ferli Hidayat memimpin apel. Menurut Ferli, patroli malam akan ditambah selama "
        "libur sekolah.",
        [("indirect", "patroli malam akan ditambah selama libur sekolah", "Ferli Hidayat", "Menurut")],
        id="menurut-short-name",
    ),
    pytest.param(
        "JAKARTA – Menurut Hendarto Wibowo, harga beras akan stabil hingga akhir tahun.\n\nPukul 14.45 WIB: "
        "Menurut Suyatno, banjir kali ini belum seluas tahun lalu.",
        [("indirect", "harga beras akan stabil hingga akhir tahun", "Hendarto Wibowo", "Menurut"),
         ("indirect", "banjir kali ini belum seluas tahun lalu", "Suyatno", "Menurut")],
        id="menurut-after-a-dateline-or-a-time-stamp",
    ),
    pytest.param(
        "Kasat Reskrim Polresta Banyumas, Kompol Andika Putra, membenarkan pihaknya telah menetapkan Hariyanto "
        "sebagai tersangka.",
        [("indirect", "pihaknya telah menetapkan Hariyanto sebagai tersangka", "Andika Putra", "membenarkan")],
        id="police-membenarkan",
    ),
    pytest.param(
        "Kepala Desa Jambukulon, Sutrisno Hadi, bilang perbaikan jembatan dikerjakan warga secara gotong royong.",
        [("indirect", "perbaikan jembatan dikerjakan warga secara gotong royong", "Sutrisno Hadi", "bilang")],
        id="informal-bilang",
    ),
    pytest.param(
        "Menteri Keuangan Rina Wulandari pekan lalu menegaskan bahwa insentif pajak diperpanjang hingga Desember.",
        [("indirect", "insentif pajak diperpanjang hingga Desember", "Rina Wulandari", "menegaskan")],
        id="time-adverbial-before-verb",
    ),
    pytest.param(
        "Ketua Fraksi Partai Golkar, Hj. Siti Aminah, S.Pd., M.M., dalam pandangannya meminta agar anggaran "
        "pendidikan tidak dipangkas.",
        [("indirect", "anggaran pendidikan tidak dipangkas", "Siti Aminah", "meminta")],
        id="adjunct-after-apposition-with-degrees",
    ),
    pytest.param(
        "Bupati Banyumas Ahmad Husaini dalam rapat itu meminta agar petani menanam padi lebih awal.",
        [("indirect", "petani menanam padi lebih awal", "Ahmad Husaini", "meminta")],
        id="adjunct-ending-in-itu",
    ),
    pytest.param(
        "Kepala BPS Jawa Tengah Dadang Hermawan memaparkan data inflasi. Kenaikan harga beras itu wajar karena "
        "pasokan berkurang, menurut Dadang.",
        [("indirect", "Kenaikan harga beras itu wajar karena pasokan berkurang", "Dadang Hermawan", "menurut")],
        id="menurut-trailing",
    ),
    pytest.param(
        "Kapolres Malang AKBP Ferli Hidayat memimpin apel. Saat ini, kata Ferli, penyelidikan kasus itu masih "
        "berlangsung.",
        [("indirect", "penyelidikan kasus itu masih berlangsung", "Ferli Hidayat", "kata")],
        id="interjected-tag",
    ),
    pytest.param(
        "Jumlah pemudik tahun ini diperkirakan naik dua kali lipat. Hal itu disampaikan oleh Kapolres Malang "
        "AKBP Ferli Hidayat.",
        [("indirect", "Jumlah pemudik tahun ini diperkirakan naik dua kali lipat", "Ferli Hidayat",
          "disampaikan")],
        id="passive-hal-itu-disampaikan",
    ),
    pytest.param(
        "Warga diminta tetap waspada terhadap banjir susulan, disampaikan Bupati Bogor Ade Yasin dalam rapat di "
        "pendopo.",
        [("indirect", "Warga diminta tetap waspada terhadap banjir susulan", "Ade Yasin", "disampaikan")],
        id="passive-agent-then-adjunct",
    ),
    pytest.param(
        "Jalan lingkar selatan akan diperlebar tahun depan. Bupati Gresik Fandi Akhmad Yani menyampaikan hal "
        "tersebut di sela peresmian pasar.",
        [("indirect", "Jalan lingkar selatan akan diperlebar tahun depan", "Fandi Akhmad Yani", "menyampaikan")],
        id="active-object-hal-tersebut-takes-previous-sentence",
    ),
    pytest.param(
        "Wali Kota Madiun, Maidi, mengatakan pasar baru dibuka bulan depan. Maidi menyampaikan hal itu kepada "
        "wartawan di Balai Kota.",
        [("indirect", "pasar baru dibuka bulan depan", "Maidi", "mengatakan")],
        id="active-hal-itu-after-a-statement-adds-nothing",
    ),
    pytest.param(
        "Kepala BPBD Ngawi, Teguh Susanto, mengatakan hal itu perlu diantisipasi sejak awal musim hujan.",
        [("indirect", "hal itu perlu diantisipasi sejak awal musim hujan", "Teguh Susanto", "mengatakan")],
        id="hal-itu-as-subject-of-the-reported-clause",
    ),
    pytest.param(
        "Ketua RT, Slamet, mengatakan air masuk ke rumah warga sejak malam. Hal senada disampaikan warga lainnya, "
        "Siti Aminah (42). Ia mengaku terpaksa mengungsi ke rumah kerabatnya.",
        [("indirect", "air masuk ke rumah warga sejak malam", "Slamet", "mengatakan"),
         ("indirect", "terpaksa mengungsi ke rumah kerabatnya", "Siti Aminah", "mengaku")],
        id="passive-agent-becomes-the-pronouns-speaker",
    ),
    pytest.param(
        "Kementerian Komunikasi dan Informatika (Kominfo) meminta platform digital mematuhi aturan baru. Direktur "
        "Jenderal Aplikasi Informatika Yohanes Pangemanan menambahkan, Kominfo telah memanggil perusahaan teknologi.",
        [("indirect", "platform digital mematuhi aturan baru", "Kementerian Komunikasi dan Informatika", "meminta"),
         ("indirect", "Kominfo telah memanggil perusahaan teknologi", "Yohanes Pangemanan", "menambahkan")],
        id="rank-word-inside-a-title-and-a-body-speaker",
    ),
    pytest.param(
        "Kepala Dinas Pendidikan, Rahmat Hidayat, di Pendopo, Senin (13/3/2023), menjelaskan sekolah dibuka "
        "kembali. Ia, Selasa (14/3), menegaskan bahwa jadwal tidak berubah.",
        [("indirect", "sekolah dibuka kembali", "Rahmat Hidayat", "menjelaskan"),
         ("indirect", "jadwal tidak berubah", "Rahmat Hidayat", "menegaskan")],
        id="day-and-place-adjunct-between-subject-and-verb",
    ),
    pytest.param(
        "Kepala Dinas Kesehatan, Dante Harbuwono, sebelumnya mengingatkan bahwa vaksinasi masih diperlukan.",
        [("indirect", "vaksinasi masih diperlukan", "Dante Harbuwono", "mengingatkan")],
        id="adverb-sebelumnya-between-subject-and-verb",
    ),
    pytest.param(
        "Menurut Kepala Desa setempat, Warsito, banjir datang tiba-tiba. Kapolsek setempat mengatakan jalan desa "
        "masih ditutup.",
        [("indirect", "banjir datang tiba-tiba", "Warsito", "Menurut"),
         ("indirect", "jalan desa masih ditutup", "Kapolsek setempat", "mengatakan")],
        id="local-office-holder-setempat",
    ),
    pytest.param(
        "Dikatakan Ferli, pelaku sudah diamankan di Mapolres untuk pemeriksaan lanjutan.",
        [("indirect", "pelaku sudah diamankan di Mapolres untuk pemeriksaan lanjutan", "Ferli", "Dikatakan")],
        id="passive-sentence-initial",
    ),
    pytest.param(
        "Bupati Sleman, Kustini Sri Purnomo, membuka acara itu. Semua pihak diharapkan menjaga ketertiban selama "
        "pemilu, ujar Bupati.",
        [("indirect", "Semua pihak diharapkan menjaga ketertiban selama pemilu", "Kustini Sri Purnomo", "ujar")],
        id="unquoted-trailing-tag",
    ),
    pytest.param(
        "Kepala Dinas Kominfo, Arif Budiman, mengatakan, hoaks meningkat menjelang pemilu. Ia berharap "
        "masyarakat tidak mudah terprovokasi isu di media sosial.",
        [("indirect", "hoaks meningkat menjelang pemilu", "Arif Budiman", "mengatakan"),
         ("indirect", "masyarakat tidak mudah terprovokasi isu di media sosial", "Arif Budiman", "berharap")],
        id="pronoun-subject",
    ),
    pytest.param(
        "Polres Kobar mengimbau warga agar tidak menyalakan petasan saat malam takbiran.",
        [("indirect", "warga agar tidak menyalakan petasan saat malam takbiran", "Polres Kobar", "mengimbau")],
        id="body-speaker",
    ),
    pytest.param(
        "Kuasa hukum tersangka meminta penyidik menunda pemeriksaan kliennya.",
        [("indirect", "penyidik menunda pemeriksaan kliennya", "Kuasa hukum", "meminta")],
        id="role-noun-speaker",
    ),
    pytest.param(
        "Kasat Reskrim Polres Bantul AKP Ngadi yang dikonfirmasi wartawan mengatakan pelaku masih buron.",
        [("indirect", "pelaku masih buron", "Ngadi", "mengatakan")],
        id="relative-clause-between-subject-and-verb",
    ),
    pytest.param(
        "Selain mengucapkan selamat ulang tahun kepada Polri, Bupati Sleman Kustini Sri Purnomo juga "
        "menyampaikan terima kasih atas pengamanan selama mudik.",
        [("indirect", "selamat ulang tahun kepada Polri", "Kustini Sri Purnomo", "mengucapkan"),
         ("indirect", "terima kasih atas pengamanan selama mudik", "Kustini Sri Purnomo", "menyampaikan")],
        id="selain-two-statements",
    ),
    pytest.param(
        "Warga Depok, Siti Nurhaliza (34), mengaku sudah membawa anaknya ke puskesmas. “Anak saya sudah dapat "
        "dua dosis,” katanya.",
        [("indirect", "sudah membawa anaknya ke puskesmas", "Siti Nurhaliza", "mengaku"),
         ("direct", "Anak saya sudah dapat dua dosis", "Siti Nurhaliza", "katanya")],
        id="age-in-brackets-then-nya",
    ),
    pytest.param(
        "Kepala Sekolah SMAN 2, Rahmat Hidayat, S.Pd, M.Si dalam sambutannya mengucapkan terima kasih kepada "
        "komite sekolah.",
        [("indirect", "terima kasih kepada komite sekolah", "Rahmat Hidayat", "mengucapkan")],
        id="degrees-and-adjunct",
    ),
    pytest.param(
        "Ketua Bawaslu Rudi Hartono melaporkan lembaganya menerima 320 aduan selama masa kampanye.",
        [("indirect", "lembaganya menerima 320 aduan selama masa kampanye", "Rudi Hartono", "melaporkan")],
        id="weak-verb-with-a-bare-clause",
    ),
    pytest.param(
        "Salah satu penerima bantuan, Inaq Sahnun (31) asal Pringgasela, mengaku bersyukur atas bantuan itu.",
        [("indirect", "bersyukur atas bantuan itu", "Inaq Sahnun", "mengaku")],
        id="the-person-before-where-they-come-from",
    ),
    pytest.param(
        "Sejumlah pelaku usaha di Tetebatu berharap lonjakan wisatawan berlanjut hingga akhir tahun.",
        [("indirect", "lonjakan wisatawan berlanjut hingga akhir tahun", "pelaku usaha di Tetebatu", "berharap")],
        id="people-somewhere-not-the-place",
    ),
    pytest.param(
        "Kuasa hukum pemohon, Dewi Lestari, mendalilkan terjadi penggelembungan suara di dua kecamatan.",
        [("indirect", "terjadi penggelembungan suara di dua kecamatan", "Dewi Lestari", "mendalilkan")],
        id="mendalilkan",
    ),
    pytest.param(
        "Andi Wijaya memuji kinerja petugas, tetapi mengingatkan bahwa musim hujan belum berakhir.",
        [("indirect", "musim hujan belum berakhir", "Andi Wijaya", "mengingatkan")],
        id="second-verb-after-tetapi",
    ),
]


@pytest.mark.parametrize("text, expected", INDIRECT_CASES)
def test_indirect_quotes(text, expected):
    assert brief(quotes_of(text)) == expected


INDIRECT_NEGATIVE_CASES = [
    pytest.param("Bupati tidak menjelaskan alasan penundaan proyek itu.", id="negated-verb"),
    pytest.param("Menurut data BPS, angka kemiskinan turun dua persen.", id="menurut-data"),
    pytest.param("Pengungkapan kasus itu disampaikan Kabid Humas Polda Riau Kombes Hadi Santoso dalam konferensi "
                 "pers di Pekanbaru.", id="passive-topic-announced"),
    pytest.param("Acara dilanjutkan dengan penyerahan bantuan kepada warga.", id="ordinary-passive"),
    pytest.param("Warga memadati alun-alun sejak pagi untuk melihat pawai budaya.", id="no-speech"),
    pytest.param("Satreskrim Polres Bogor mengungkap kasus pencurian sepeda motor di Cibinong.",
                 id="mengungkap-a-case-is-no-speech"),
    pytest.param("Warga melaporkan kejadian itu ke Polsek Cibinong pada malam hari.", id="melaporkan-an-event"),
    pytest.param("Panitia mengumumkan pemenang lomba desain logo di balai desa.", id="mengumumkan-a-thing"),
    pytest.param("Perusahaan itu melaporkan laba bersih Rp2 triliun pada kuartal ketiga.", id="melaporkan-a-figure"),
    pytest.param("Kecelakaan itu meminta korban jiwa. Polisi masih menyelidiki penyebab kecelakaan.",
                 id="non-person-description"),
    pytest.param("Banjir meminta korban jiwa di tiga desa. Warga mengungsi karena banjir belum surut.",
                 id="capitalised-common-noun"),
]


@pytest.mark.parametrize("text", INDIRECT_NEGATIVE_CASES)
def test_not_indirect_quotes(text):
    assert quotes_of(text).quotes == []


def test_read_out_statement_reader_or_author():
    text = ("Dalam sambutan Menteri Dalam Negeri yang dibacakan Bupati Sleman Kustini Sri Purnomo mengatakan, "
            "pemilu harus berjalan jujur dan damai.")
    reader = quotes_of(text).quotes
    author = quotes_of(text, read_out_speaker="author").quotes
    assert [(q["text"], q["speaker"]) for q in reader] == [
        ("pemilu harus berjalan jujur dan damai", "Kustini Sri Purnomo")]
    assert [(q["text"], q["speaker"]) for q in author] == [
        ("pemilu harus berjalan jujur dan damai", "Menteri Dalam Negeri")]


def test_bad_read_out_setting():
    with pytest.raises(ValueError, match="read_out_speaker"):
        find_quotes("Teks.", read_out_speaker="editor")


def test_indirect_off_keeps_direct_only():
    text = ("Kapolres Sleman AKBP Yuliyanto menegaskan, pihaknya tidak akan menoleransi aksi klitih. "
            "“Kami akan menindak tegas,” ujarnya.")
    assert [q["kind"] for q in quotes_of(text, indirect=False).quotes] == ["direct"]


# --------------------------------------------------------------------------- resolution from other components

def test_persons_and_officials_resolve_speakers():
    text = ("Gubernur Kalteng, Sugianto Sabran, membuka rapat.\n\n"
            "Gubernur juga meminta kepada bupati untuk menjaga ketahanan pangan.\n\n"
            "“Jangan sampai ada klaster baru,” ujar Sugianto.")
    full = text.index("Sugianto Sabran")
    short = text.rindex("Sugianto")
    gub = text.index("Gubernur juga")
    persons = [{"name": "Sugianto Sabran", "mentions": [
        {"text": "Sugianto Sabran", "start": full, "end": full + 15},
        {"text": "Sugianto", "start": short, "end": short + 8}]}]
    officials = [{"name": "Sugianto Sabran", "title": "Gubernur", "of": "Kalimantan Tengah", "of_kb_id": None,
                  "mentions": [{"text": "Gubernur", "start": gub, "end": gub + 8}]}]
    result = quotes_of(text, persons=persons, officials=officials)
    assert [(q["speaker"], q["speaker_mention"]["text"]) for q in result.quotes] == [
        ("Sugianto Sabran", "Gubernur"), ("Sugianto Sabran", "Sugianto")]


def test_gazetteer_places_split_jurisdiction_from_name():
    text = "“Pasar akan dibuka kembali pekan depan,” kata Bupati Tanjung Jabung Timur Romi Hariyanto."
    place = text.index("Tanjung")
    result = quotes_of(text, place_spans=[(place, place + len("Tanjung Jabung Timur"))])
    assert [q["speaker"] for q in result.quotes] == ["Romi Hariyanto"]


def test_empty_and_quote_free_texts():
    assert find_quotes("").quotes == []
    assert find_quotes("Hujan deras mengguyur Kota Bogor sejak sore.").quotes == []


def test_random_mark_soup_never_breaks_the_contract():
    import random

    rng = random.Random(13)
    pieces = ["“", "”", '"', "‘", "’", "'", "«", "»", "``", "''", ",", ".", " ", "\n\n", "kata", "ujar", "ia",
              "Budi", "Santoso", "menurut", "Menurut", "bahwa", "mengatakan", "Bupati", "Kobar", "(", ")", "-",
              "nya", "Hal", "itu", "disampaikan", "oleh", "warga", "kami", "siap"]
    for _ in range(300):
        text = "".join(rng.choice(pieces) + rng.choice(["", " "]) for _ in range(rng.randrange(1, 60)))
        result = quotes_of(text)  # checks text == input[start:end] for quotes and mentions
        for q in result.quotes:
            assert 0 <= q["start"] < q["end"] <= len(text)
            assert q["kind"] in ("direct", "indirect")


def test_nya_after_a_sentence_about_one_active_person_is_that_person():
    text = ('"Kami kalah," kata Paul Munster.\n\nMauricio Souza tampak puas. "Satu poin ini berharga," ujarnya.\n\n'
            'Vivi Lestari berhasil ditemukan di hutan. "Kondisinya lemah," ujarnya.\n\n'
            'Rina Wati dan Budi Santoso membawa korban. "Kami lelah," katanya.')
    persons = [{"name": n, "mentions": [{"text": n, "start": text.index(n), "end": text.index(n) + len(n)}]}
               for n in ("Paul Munster", "Mauricio Souza", "Vivi Lestari", "Rina Wati", "Budi Santoso")]
    speakers = [q["speaker"] for q in quotes_of(text, persons=persons).quotes]
    # a passive subject (found) or two people (plural) leave the current speaker in place
    assert speakers == ["Paul Munster", "Mauricio Souza", "Mauricio Souza", "Mauricio Souza"]


def test_a_person_described_by_who_they_are_or_by_their_nickname():
    text = ('Suparmi sudah menabung sejak muda. "Itu uang untuk naik haji," kata perempuan itu. '
            '"Uangnya hilang," kata perempuan yang akrab disapa Mbok Parmi itu.')
    persons = [{"name": "Suparmi", "mentions": [{"text": "Suparmi", "start": 0, "end": 7}]}]
    result = quotes_of(text, persons=persons)
    assert [(q["speaker"], q["speaker_mention"]["text"]) for q in result.quotes] == [
        ("Suparmi", "perempuan itu"), ("Mbok Parmi", "Mbok Parmi")]
    described = 'Nadira tersenyum. "Syutingnya berat," ujar perempuan kelahiran Bandung, 1998 itu.'
    persons = [{"name": "Nadira", "mentions": [{"text": "Nadira", "start": 0, "end": 6}]}]
    assert [q["speaker"] for q in quotes_of(described, persons=persons).quotes] == ["Nadira"]


def test_a_lower_case_title_as_speaker_is_the_holder_the_text_names():
    text = ("Bupati Jayawijaya Yohanes Wetipo meninjau lokasi banjir. Menurut bupati, kerugian akibat banjir masih "
            "dihitung petugas. \"Warga kami ungsikan ke gereja,\" kata bupati.")
    persons = [{"name": "Yohanes Wetipo", "mentions": [{"text": "Yohanes Wetipo", "start": 18, "end": 32}]}]
    officials = [{"name": "Yohanes Wetipo", "title": "Bupati", "of": "Jayawijaya",
                  "mentions": [{"text": "Bupati Jayawijaya Yohanes Wetipo", "start": 0, "end": 32}]}]
    result = quotes_of(text, persons=persons, officials=officials)
    assert [(q["speaker"], q["speaker_mention"]["text"]) for q in result.quotes] == [
        ("Yohanes Wetipo", "bupati"), ("Yohanes Wetipo", "bupati")]


def test_a_pronoun_quote_after_a_sentence_about_one_person_is_that_person():
    text = ('"Air naik cepat sekali," kata Suyatno.\n\nKomandan Kodim 0716/Demak, Letkol Inf Bayu Nugroho, tiba di '
            'lokasi sore itu. Ia menyebut prajurit akan membantu evakuasi warga.\n\n"Kami kalah," kata Rizky. '
            'Di kubu lawan, pelatih Bali United, Ricardo Almeida, tidak mencari alasan. Ia menilai keputusan wasit '
            'sudah tepat.')
    persons = [{"name": n, "mentions": [{"text": n, "start": text.index(n), "end": text.index(n) + len(n)}]}
               for n in ("Suyatno", "Bayu Nugroho", "Rizky", "Ricardo Almeida")]
    speakers = [q["speaker"] for q in quotes_of(text, persons=persons).quotes]
    # a predicate without a me-/ber- verb ("tiba"), and a negated one ("tidak mencari")
    assert speakers == ["Suyatno", "Bayu Nugroho", "Rizky", "Ricardo Almeida"]
    with_preposition = text.replace("tiba di lokasi sore itu", "tiba di lokasi bersama 150 prajurit")
    assert [q["speaker"] for q in quotes_of(with_preposition, persons=persons).quotes][1] == "Bayu Nugroho"


@pytest.mark.parametrize("text, n_quotes", [
    ("Persib memastikan tiket ke final setelah menang 2-0 atas Persija.", 0),
    ("Gol Marko Simic memastikan kemenangan Persija atas Persib di laga itu.", 0),
    ("Kapolres memastikan situasi di lokasi kini aman terkendali.", 1),
    ("Kapolres memastikan, tiket masuk stadion tidak dijual di tempat.", 1),
])
def test_memastikan_secures_things_or_reports_speech(text, n_quotes):
    assert len(quotes_of(text).quotes) == n_quotes


@pytest.mark.parametrize("text, speaker", [
    ("Rosmawati (45), warga setempat, mengaku banjir kali ini yang terparah sejak lama.", "Rosmawati"),
    ("Nurhayati (45), warga Gampong Meunasah Bie, Kecamatan Meurah Dua, mengaku air naik sejak subuh.",
     "Nurhayati"),
    ("Budi Santoso, warga Kelurahan Aur, mengatakan air naik dengan cepat sekali tadi malam.", "Budi Santoso"),
    ("Slamet, salah seorang saksi mata, mengatakan pelaku kabur ke arah utara dengan motor.", "Slamet"),
    ("Slamet (50), Ketua RT 05, mengatakan air datang sangat cepat sekali tadi pagi.", "Slamet"),
    ("Kuasa hukum Syamsir, Jhon Ely Tumanggor, mengatakan kliennya tidak bersalah sama sekali.", "Jhon Ely Tumanggor"),
])
def test_a_description_between_commas_leaves_the_name_before_it_the_speaker(text, speaker):
    assert [q["speaker"] for q in quotes_of(text).quotes] == [speaker]


def test_hal_yang_opens_the_reported_clause_not_a_reference_to_the_previous_sentence():
    text = ("Sidang digelar di PN Surabaya. Hakim Ahmad menambahkan, hal yang memberatkan adalah "
            "terdakwa tidak meminta maaf kepada korban.")
    assert [q["text"] for q in quotes_of(text).quotes] == [
        "hal yang memberatkan adalah terdakwa tidak meminta maaf kepada korban"]


# One quote each, and who said it.
SPEAKER_CASES = [
    # a body whose long form lists fields, or a mention cut inside its long form, speaks under its short form
    pytest.param("Badan Pengkajian, Penelitian, dan Pengembangan Teknologi (BP3T) menyatakan uji coba berjalan "
                 "lancar.", "BP3T", id="fields-listed-acronym-with-digits"),
    pytest.param("Kementerian Perdagangan, Perindustrian, dan Koperasi (Kemendagkop) memastikan stok beras aman.",
                 "Kemendagkop", id="fields-listed-ministry-short-form"),
    pytest.param("Sementara itu, Badan Pengawas Obat dan Makanan (BPOM) memastikan produk itu sudah ditarik.",
                 "Badan Pengawas Obat dan Makanan", id="whole-long-form-keeps-its-name"),
    pytest.param("Sementara itu, Persatuan Bulu Tangkis Seluruh Indonesia (PBSI) memastikan seluruh atlet siap "
                 "bertanding.", "PBSI", id="mention-cut-inside-the-long-form"),
    # the speaker comes before a relative clause set off by commas
    pytest.param("Hendro Saputro, yang dilantik di Gedung Sate, Bandung, pada 3 Maret 2025, menyebut program itu "
                 "akan dilanjutkan tahun depan.", "Hendro Saputro", id="relative-clause-with-places-and-a-date"),
    pytest.param("Dosen IPB, Lestari Wulandari, S.Hut., M.Si., yang memimpin survei itu, menjelaskan populasi "
                 "owa jawa di hutan tersebut terus menurun.", "Lestari Wulandari", id="degrees-before-yang"),
    # a description may end with a place and its region
    pytest.param("Emma Clarke, turis asal Perth, Australia, mengatakan upacara itu sangat unik dan meriah.",
                 "Emma Clarke", id="description-ends-with-place-and-region"),
    # a description may list a village, its district and its regency
    pytest.param("Sutinah (52), warga Desa Bapangsari, Kecamatan Bagelen, Purworejo, mengaku baru menerima santunan "
                 "itu.", "Sutinah", id="description-with-village-district-and-regency"),
    # a role with what it is of, then the name in apposition
    pytest.param("\"Kami siap tampil di sepuluh kota,\" kata vokalis Senja, Harsya Adnan, dalam jumpa pers.",
                 "Harsya Adnan", id="role-of-a-band-then-the-name"),
    # a foreign degree with two capitals closes the name
    pytest.param("Konsul RI di Tawau, Dr. Hendra Saputra, S.H., LL.M., mengatakan seluruh WNI sudah dipulangkan.",
                 "Hendra Saputra", id="degree-ll-m"),
]

# Who "Ia" opening a sentence is: the person the sentence before ends by introducing, or its subject
# even with a negated predicate; otherwise the last speaker.
IA_CASES = [
    pytest.param("Kepala Dinas Sosial, Rudi Hartono, mengatakan bantuan sudah cair. Penolakan itu dimotori "
                 "anggota dewan dari Fraksi Hanura, Markus Bawole. Ia menilai penyaluran bantuan tidak merata "
                 "di tiga kecamatan.", "Markus Bawole", id="introduced-at-the-end-of-the-sentence"),
    pytest.param("Kepala Dinas Sosial, Rudi Hartono, mengatakan bantuan sudah cair. Sri Handayani tak kuasa "
                 "menahan tangis saat menerima bantuan itu. Ia mengatakan uang itu akan dipakai untuk modal "
                 "warung.", "Sri Handayani", id="subject-with-a-negated-predicate"),
    # "Menurut <a description> itu," points back like "Ia", to someone not quoted yet too
    pytest.param("Romo Yohanes Bala memimpin misa di Hokeng. Menurut imam diosesan Keuskupan Larantuka itu, "
                 "sebagian umat masih tinggal di pengungsian.", "Yohanes Bala", id="description-with-itu"),
]


def test_katanya_with_a_comma_and_melanjutkan_with_a_comma_report_speech():
    text = ("Ketua Asosiasi, Budi Santoso, mengatakan penjualan naik tajam bulan ini. Katanya, kategori fesyen "
            "muslim paling laris tahun ini. Ia melanjutkan, dua gudang baru akan dibuka di Surabaya. Ia melanjutkan "
            "studi ke Belanda. Katanya harga naik lagi.")
    quotes = [(q["cue"], q["speaker"]) for q in find_quotes(text).quotes]
    assert quotes == [("mengatakan", "Budi Santoso"), ("Katanya", "Budi Santoso"), ("melanjutkan", "Budi Santoso")]


@pytest.mark.parametrize(("text", "mention"), [
    ("Pelatih PSIS Semarang, Budi Santoso, puas. Menurut pelatih asal Salatiga itu, timnya bermain disiplin "
     "sepanjang laga.", "pelatih asal Salatiga itu"),
    ("Anggota DPRD Jawa Tengah, Rina Lestari, hadir. Menurut politisi asal Ungaran, Kabupaten Semarang, itu, "
     "draf yang dibagikan belum lengkap.", "politisi asal Ungaran, Kabupaten Semarang, itu"),
])
def test_a_description_pointing_back_is_the_speaker_mention(text, mention):
    (quote,) = find_quotes(text).quotes[-1:]
    assert quote["speaker_mention"] is not None and quote["speaker_mention"]["text"] == mention


@pytest.mark.parametrize(("text", "speaker"), IA_CASES)
def test_ia_opening_a_sentence(text, speaker):
    import beritaie  # the full pipeline: the persons come from the officials component

    assert [q["speaker"] for q in beritaie.extract(text).to_dict()["quotes"]][-1] == speaker


@pytest.mark.parametrize(("text", "speaker"), SPEAKER_CASES)
def test_speaker(text, speaker):
    assert [q["speaker"] for q in find_quotes(text).quotes] == [speaker]


@pytest.mark.parametrize("text, expected", [
    ("Peneliti gunung api Rahmat Hidayat merekomendasikan agar pemerintah daerah memperbanyak jalur evakuasi.",
     [("indirect", "pemerintah daerah memperbanyak jalur evakuasi", "Rahmat Hidayat")]),
    ("Kepala desa itu, Slamet Riyadi, beralasan, sertifikat tertahan karena petugas ukur kurang.",
     [("indirect", "sertifikat tertahan karena petugas ukur kurang", "Slamet Riyadi")]),
    ("Guard lokal Yudha Saputra menambahkan 15 poin, termasuk tiga tembakan tiga angka, pada laga itu.", []),
    ("Berdasarkan jadwal yang disampaikan manajemen, pembagian dividen jatuh pada 19 Juni 2025.", []),
])
def test_recommending_and_reasoning_are_speech_a_score_tally_and_a_described_thing_are_not(text, expected):
    assert [(q[0], q[1], q[2]) for q in brief(quotes_of(text))] == expected



@pytest.mark.parametrize("text, speaker", [
    ('"Bapak dulu jalan kaki ke sekolah setiap hari," kenang istrinya, Sri Lestari (68), saat ditemui.', "Sri Lestari"),
    ('"Bapak dulu jalan kaki ke sekolah setiap hari," kata anaknya sambil menangis.', "anaknya"),
])
def test_a_relative_with_nya_is_the_speaker_or_introduces_the_apposed_name(text, speaker):
    assert [q[2] for q in brief(quotes_of(text))] == [speaker]

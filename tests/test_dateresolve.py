"""Unit tests of the pure date resolver (no spaCy). Snippets are made up in news phrasing."""

from __future__ import annotations

import random
import re
import time
from datetime import date

import pytest

from beritaie.dateresolve import DateResult, find_dates, parse_iso_date
from beritaie.errors import InputError


def pairs(result: DateResult) -> list[tuple[str, str]]:
    return [(d["text"], d["value"]) for d in result.dates]


def check_offsets(text: str, result: DateResult) -> None:
    for d in result.dates:
        assert text[d["start"] : d["end"]] == d["text"]
        assert d["granularity"] in {"year", "month", "day", "time", "range"}


# (text, published, expected [(text, value)])
WITH_PUBLISHED = [
    # a month compared with is a date ("turun dibandingkan Januari")
    ("Penumpang turun dibandingkan Januari, tetapi naik dibanding Mei.", "2025-07-10",
     [("Januari", "2025-01"), ("Mei", "2025-05")]),
    # two days joined by "hingga"/"sampai", whatever their shapes, are one range; a list with "dan" is not
    ("Pameran digelar Kamis (15/8) hingga Sabtu (17/8), lalu 1 September sampai Rabu (4/9).", "2024-08-20",
     [("Kamis (15/8) hingga Sabtu (17/8)", "2024-08-15/2024-08-17"),
      ("1 September sampai Rabu (4/9)", "2024-09-01/2024-09-04")]),
    ("Titik panas terpantau Kamis (15/8) hingga 31 Agustus. Rapat digelar Kamis (15/8) dan Jumat (16/8).",
     "2024-08-20", [("Kamis (15/8) hingga 31 Agustus", "2024-08-15/2024-08-31"), ("Kamis (15/8)", "2024-08-15"),
                    ("Jumat (16/8)", "2024-08-16")]),
    # the clock times of two days joined into a range are dropped
    ("Jalan ditutup Sabtu (14/12/2024) pukul 22.00 WIB hingga Minggu (15/12/2024) pukul 04.00 WIB.", "2024-12-16",
     [("Sabtu (14/12/2024) pukul 22.00 WIB hingga Minggu (15/12/2024) pukul 04.00 WIB", "2024-12-14/2024-12-15")]),
    # "antara X dan Y" is a range; two years joined by "dan" elsewhere are two dates
    ("Penelitian dilakukan antara 2021 dan 2022, sedangkan uji lapangan pada 2023 dan 2024.", "2025-01-10",
     [("2021 dan 2022", "2021/2022"), ("2023", "2023"), ("2024", "2024")]),
    # day names with parts of the day, joined after a cue
    ("Hujan turun sejak Sabtu sore hingga Minggu malam.", "2024-08-20",
     [("Sabtu sore hingga Minggu malam", "2024-08-17/2024-08-18")]),
    # a dated day up to a weekday: the first such weekday after it, parts of the day kept in the span
    ("Listrik padam sejak Senin (5/8/2024) malam hingga Rabu pagi.", "2024-08-20",
     [("Senin (5/8/2024) malam hingga Rabu pagi", "2024-08-05/2024-08-07")]),
    # a year after "sebelum" is a bound: the text does not go on in it
    ("Aturan itu berlaku sebelum 2023. Kuota baru diumumkan pada akhir Januari.", "2025-03-10",
     [("2023", "2023"), ("akhir Januari", "2025-01")]),
    # a month after "periode" or "per" is a date
    ("Ekspor naik dibandingkan periode Oktober. Data per September menunjukkan stok aman.", "2025-11-20",
     [("Oktober", "2025-10"), ("September", "2025-09")]),
    # a schedule by place: a bracketed day/month right after a capitalised word, not after a reference
    ("Tur singgah di Palembang (19/7) dan Balikpapan (26/7). Pasal 5 Ayat (2/3) mengaturnya.", "2024-07-01",
     [("(19/7)", "2024-07-19"), ("(26/7)", "2024-07-26")]),
    # a month range over the new year: the year written at one end places the other
    ("Program berjalan Desember hingga Februari 2025, lalu dari November 2025 sampai Januari.", "2024-08-20",
     [("Desember hingga Februari 2025", "2024-12/2025-02"), ("November 2025 sampai Januari", "2025-11/2026-01")]),
    # the week a dated day falls in, written after it, is part of that one date
    ("Batas waktu hingga Senin (16/2) pekan depan.", "2026-02-10", [("Senin (16/2) pekan depan", "2026-02-16")]),
    # a week of a month; two months sharing a relative year
    ("Petugas datang pada pekan pertama September. Hasil diumumkan minggu terakhir Februari 2024. Rute dibuka "
     "Juli dan Agustus tahun depan.", "2025-08-11",
     [("pekan pertama September", "2025-09-01/2025-09-07"), ("minggu terakhir Februari 2024", "2024-02-23/2024-02-29"),
      ("Juli dan Agustus tahun depan", "2026-07/2026-08")]),
    # two day names joined by "dan" before a bracketed day range
    ("Sidang digelar Senin dan Selasa (7-8/7).", "2025-07-10", [("Senin dan Selasa (7-8/7)", "2025-07-07/2025-07-08")]),
    # a year up to a month; two months sharing the year after them: neighbours are a range, others two dates
    ("Aduan naik sepanjang 2023 hingga Maret 2024. Pajak Juli dan Agustus 2024 naik, Maret dan Juni 2024 turun.",
     "2024-08-20", [("2023 hingga Maret 2024", "2023/2024-03"), ("Juli dan Agustus 2024", "2024-07/2024-08"),
                    ("Maret", "2024-03"), ("Juni 2024", "2024-06")]),
    # a position in the year without "ini": the reference year, or the year the text has just named
    ("Sejak awal tahun, suku bunga turun. Menjelang akhir tahun, harga naik.", "2025-11-20",
     [("awal tahun", "2025"), ("akhir tahun", "2025")]),
    ("Pada 2019, proyek itu dimulai dan rampung akhir tahun.", "2025-11-20", [("2019", "2019"), ("akhir tahun", "2019")]),
    # the period next to the one the text has just set
    ("Inflasi Oktober 2025 naik dari bulan sebelumnya, dan turun dari periode yang sama tahun sebelumnya.",
     "2025-11-03", [("Oktober 2025", "2025-10"), ("bulan sebelumnya", "2025-09"), ("tahun sebelumnya", "2024")]),
    # "pekan sebelumnya" is the week before the day just set
    ("RUPS digelar Senin (3/11/2025). Pada pekan sebelumnya, direksi bertemu menteri.", "2025-11-10",
     [("Senin (3/11/2025)", "2025-11-03"), ("pekan sebelumnya", "2025-10-27/2025-11-02")]),
    # an election's year names the election, not the year of the dates after it
    ("Ia pernah menjadi caleg pada Pemilu 2024. Namanya muncul lagi akhir Oktober.", "2025-11-10",
     [("2024", "2024"), ("akhir Oktober", "2025-10")]),
    ("Harga minyak mentah turun sepanjang November.", "2025-12-01", [("November", "2025-11")]),
    # months listed after a cued month
    ("Honor bulan Agustus dan September belum cair. Juli dan Agustus nama anaknya.", "2025-09-20",
     [("bulan Agustus", "2025-08"), ("September", "2025-09")]),
    # a part of the day the text has just set
    ("Rapat digelar Selasa (21/10/2025). Sore harinya ia pulang.", "2025-11-03",
     [("Selasa (21/10/2025)", "2025-10-21"), ("Sore harinya", "2025-10-21")]),
    # day name + (d/m) in the shapes news uses
    ("Rapat digelar di aula, Rabu (8/7).", "2020-07-09", [("Rabu (8/7)", "2020-07-08")]),
    ("Rapat digelar di aula, Rabu (08/07).", "2020-07-09", [("Rabu (08/07)", "2020-07-08")]),
    ("Rapat digelar di aula, Rabu (8/7/2020).", "2021-01-05", [("Rabu (8/7/2020)", "2020-07-08")]),
    ("Rapat digelar di aula, Rabu (8/7/20).", "2021-01-05", [("Rabu (8/7/20)", "2020-07-08")]),
    ("Demikian kata Kapolres, Rabu, 8/7.", "2020-07-09", [("Rabu, 8/7", "2020-07-08")]),
    # a yearless date or month months ahead of the article is last year's, the next month is the coming one
    ("Inflasi pada Januari tercatat 5,28 persen.", "2023-11-06", [("Januari", "2023-01")]),
    ("Kasus itu terjadi pada 5 Februari.", "2023-11-06", [("5 Februari", "2023-02-05")]),
    ("Program dimulai pada Desember.", "2023-11-06", [("Desember", "2023-12")]),
    # two months make a range without a year or another cue
    ("Ekspor sepanjang Januari hingga Oktober naik, Januari-Maret turun.", "2023-11-06",
     [("Januari hingga Oktober", "2023-01/2023-10"), ("Januari-Maret", "2023-01/2023-03")]),
    # quarters and semesters with ordinal words
    ("Laba pada kuartal ketiga 2023 naik, semester kedua 2022 turun.", "2023-11-06",
     [("kuartal ketiga 2023", "2023-07/2023-09"), ("semester kedua 2022", "2022-07/2022-12")]),
    # a yearless quarter takes the context's year or "tahun lalu/ini"; a student's "semester 3" is no date
    ("Laba kuartal II naik, kuartal IV tahun lalu turun, semester kedua tahun ini pulih; mahasiswa semester 3 "
     "ikut, target Q2 tercapai.", "2024-05-06",
     [("kuartal II", "2024-04/2024-06"), ("kuartal IV tahun lalu", "2023-10/2023-12"),
      ("semester kedua tahun ini", "2024-07/2024-12")]),
    # a yearless date takes the year the text has just set (this or the previous sentence)
    ("Pada 2019, ia ditangkap pada 5 Juli.", "2023-11-06", [("2019", "2019"), ("5 Juli", "2019-07-05")]),
    ("Pada 2019 ia lulus. Kini ia bekerja. Rapat digelar pada 5 Juli.", "2023-11-06",
     [("2019", "2019"), ("5 Juli", "2023-07-05")]),
    # a range across months written without spaces; Hijri and Saka years are no Gregorian years
    ("Pameran digelar 30 Maret-2 April 2023 di JCC.", "2023-03-01", [("30 Maret-2 April 2023", "2023-03-30/2023-04-02")]),
    ("Kasus Covid-19 Juli 2020 naik.", "2023-03-01", [("Juli 2020", "2020-07")]),
    ("Tahun baru 1445 Hijriah jatuh pada 19 Juli 2023.", "2023-07-20", [("19 Juli 2023", "2023-07-19")]),
    ("Pada tahun 1444 H lalu jemaah berkurang, Nyepi Tahun Baru Saka 1945 sepi.", "2023-07-20", []),
    ("Sejak 1998 H. Ahmad memimpin pondok.", "2023-07-20", [("1998", "1998")]),
    # a day name in a dateline (place, day, optional outlet, dash)
    ("SEMARANG, Jumat - Hujan deras merendam tiga kecamatan.", "2020-07-10", [("Jumat", "2020-07-10")]),
    ("Berita sebelumnya.\nJakarta, Senin (ANTARA) – Harga cabai naik.", "2020-07-08", [("Senin", "2020-07-06")]),
    ("Jam layanan: Senin - Jumat pukul 08.00 sampai 15.00.", "2020-07-08", []),
    ("Acara diadakan pada Kamis (9/7. Acara dipimpin Sekda.", "2020-07-10", [("Kamis (9/7", "2020-07-09")]),
    ("ujar Budi di ruang kerjanya , Rabu ( 8 / 7 ) .", "2020-07-09", [("Rabu ( 8 / 7 )", "2020-07-08")]),
    ("Penyerahan dilakukan Senin siang (6/7) di Jambi.", "2020-07-09", [("Senin siang (6/7)", "2020-07-06")]),
    ("Korban ditemukan Selasa (7/7) pagi.", "2020-07-09", [("Selasa (7/7) pagi", "2020-07-07")]),
    ("Korban ditemukan Selasa (7/7) kemarin.", "2020-07-08", [("Selasa (7/7) kemarin", "2020-07-07")]),
    ("Penetapan calon dilakukan Senin (6/7/2020) lalu.", "2020-07-09", [("Senin (6/7/2020) lalu", "2020-07-06")]),
    ("Rapat dibuka Rabu (8/7) pukul 09.00 WIB.", "2020-07-08", [("Rabu (8/7) pukul 09.00 WIB", "2020-07-08T09:00")]),
    ("Kapal tiba Kamis (9/7) sekitar pukul 14.30 WITA.", "2020-07-10", [("Kamis (9/7) sekitar pukul 14.30 WITA", "2020-07-09T14:30")]),
    ("Pesawat mendarat Jumat (10/7) pukul 07.15 WIT.", "2020-07-10", [("Jumat (10/7) pukul 07.15 WIT", "2020-07-10T07:15")]),
    # future when the clause says so
    ("Pendaftaran akan ditutup pada Rabu (15/7) pukul 16.00 WIB.", "2020-07-09", [("Rabu (15/7) pukul 16.00 WIB", "2020-07-15T16:00")]),
    ("Sidang digelar Senin (13/7) mendatang.", "2020-07-09", [("Senin (13/7) mendatang", "2020-07-13")]),
    # year boundaries and leap days
    ("Rapat evaluasi digelar Rabu (30/12).", "2021-01-02", [("Rabu (30/12)", "2020-12-30")]),
    ("Apel akan digelar Sabtu (2/1).", "2020-12-30", [("Sabtu (2/1)", "2021-01-02")]),
    ("Lomba lari digelar Sabtu (2/1).", "2020-12-30", [("Sabtu (2/1)", "2021-01-02")]),
    ("Pesta digelar Kamis (31/12) malam.", "2021-01-01", [("Kamis (31/12) malam", "2020-12-31")]),
    ("Operasi pasar digelar Sabtu (29/2).", "2020-03-05", [("Sabtu (29/2)", "2020-02-29")]),
    ("Warga berkumpul pada 29 Februari 2024 lalu.", "2024-03-10", [("29 Februari 2024 lalu", "2024-02-29")]),
    ("Operasi digelar pada 29 Februari.", "2021-03-05", [("29 Februari", "2020-02-29")]),
    # full and partial dates
    ("Pertemuan pada Rabu, 8 Juli 2020, sekitar pukul 13.00 WIB.", "2020-07-09", [("Rabu, 8 Juli 2020, sekitar pukul 13.00 WIB", "2020-07-08T13:00")]),
    ("Ia datang ke Polresta, Kamis 3 September 2015.", "2015-09-03", [("Kamis 3 September 2015", "2015-09-03")]),
    ("Pilkada direncanakan pada 9 Desember 2020.", "2020-07-08", [("9 Desember 2020", "2020-12-09")]),
    ("Peringatan digelar pada 17 Agustus.", "2020-08-20", [("17 Agustus", "2020-08-17")]),
    ("Peringatan akan digelar pada 17 Agustus.", "2020-08-01", [("17 Agustus", "2020-08-17")]),
    ("Berkas diserahkan selambatnya 27 Januari 2023.", "2022-11-23", [("27 Januari 2023", "2023-01-27")]),
    ("Kegiatan ditutup 8 Agt 2020 dan dibuka lagi 3 Des 2020.", "2020-12-20", [("8 Agt 2020", "2020-08-08"), ("3 Des 2020", "2020-12-03")]),
    ("Kegiatan ditutup 8 Agu 2020 dan 9 Agus 2020.", "2020-12-20", [("8 Agu 2020", "2020-08-08"), ("9 Agus 2020", "2020-08-09")]),
    ("Surat tertanggal 08-07-2020 dan 9.7.2020 diterima.", "2020-07-20", [("08-07-2020", "2020-07-08"), ("9.7.2020", "2020-07-09")]),
    ("Ia ditangkap pada Desember 2010.", "2015-08-25", [("Desember 2010", "2010-12")]),
    ("Program dimulai awal Juli 2020.", "2020-07-08", [("awal Juli 2020", "2020-07")]),
    ("Presiden berkunjung pada Juli lalu.", "2015-08-25", [("Juli lalu", "2015-07")]),
    ("Pada Juni lalu , tiga pelaku diamankan .", "2017-08-07", [("Juni lalu", "2017-06")]),
    ("Panen raya diperkirakan Agustus mendatang.", "2020-03-02", [("Agustus mendatang", "2020-08")]),
    ("Ia dilantik 6 Januari lalu.", "2020-07-08", [("6 Januari lalu", "2020-01-06")]),
    # years
    ("Rapat Persiapan Pemilihan Tahun 2020 dibuka.", "2020-07-08", [("Tahun 2020", "2020")]),
    ("Laporan keuangan tahun anggaran 2022 diserahkan.", "2022-11-23", [("tahun anggaran 2022", "2022")]),
    ("Laporan kas TA. 2021 dinilai rapi.", "2022-05-24", [("TA. 2021", "2021")]),
    ("Ia bergabung pada 2005 dan menjadi juru bicara sejak 2007.", "2015-08-25", [("2005", "2005"), ("2007", "2007")]),
    ("Partai itu tidak mengusung Yoga dalam Pilgub 2018 .", "2017-08-07", [("2018", "2018")]),
    ("Peristiwa itu berlangsung di tahun 2011 lalu.", "2015-08-25", [("tahun 2011 lalu", "2011")]),
    ("Wisuda siswa kelas IX Tahun 2018-2019 berjalan lancar.", "2019-04-10", [("Tahun 2018-2019", "2018/2019")]),
    ("Ekonomi pada triwulan I-2022 tumbuh 5,01 persen.", "2022-05-20", [("triwulan I-2022", "2022-01/2022-03")]),
    ("Realisasi semester II 2021 meningkat.", "2022-05-20", [("semester II 2021", "2021-07/2021-12")]),
    # relative expressions
    ("Berkas dinyatakan lengkap hari ini.", "2015-08-25", [("hari ini", "2015-08-25")]),
    ("Ia tiba pagi ini di Jakarta.", "2015-08-25", [("pagi ini", "2015-08-25")]),
    ("Paket itu tiba kemarin sekitar pukul 10.00 WIB.", "2015-08-25", [("kemarin sekitar pukul 10.00 WIB", "2015-08-24T10:00")]),
    ("Rapat digelar kemarin lusa, dan dilanjutkan besok.", "2020-07-08", [("kemarin lusa", "2020-07-06"), ("besok", "2020-07-09")]),
    ("Hasilnya diumumkan lusa.", "2020-07-08", [("lusa", "2020-07-10")]),
    ("Pencuri tertangkap malam tadi .", "2017-10-29", [("malam tadi", "2017-10-28")]),
    ("Ia menelepon tadi malam.", "2017-10-29", [("tadi malam", "2017-10-28")]),
    ("Ia ditahan Senin lalu dan disidang Senin depan.", "2020-07-08", [("Senin lalu", "2020-07-06"), ("Senin depan", "2020-07-13")]),
    ("Barang dikirim pada Senin pukul 21.15 WIB.", "2015-08-25", [("Senin pukul 21.15 WIB", "2015-08-24T21:15")]),
    ("Hal itu disampaikan Kapolda kepada wartawan, Senin.", "2015-08-25", [("Senin", "2015-08-24")]),
    ("Razia digelar pekan lalu.", "2020-07-08", [("pekan lalu", "2020-06-29/2020-07-05")]),
    ("Vaksinasi dimulai minggu depan.", "2020-07-08", [("minggu depan", "2020-07-13/2020-07-19")]),
    ("Harga naik bulan lalu dan turun bulan depan.", "2020-01-15", [("bulan lalu", "2019-12"), ("bulan depan", "2020-02")]),
    ("Anggaran tahun lalu lebih kecil dari tahun ini.", "2022-05-20", [("tahun lalu", "2021"), ("tahun ini", "2022")]),
    ("Ia pindah tahun depan.", "2022-05-20", [("tahun depan", "2023")]),
    ("Program itu berhenti kira-kira dua tahun lalu.", "2015-08-25", [("dua tahun lalu", "2013")]),
    ("Ia ditangkap 3 hari lalu.", "2020-07-08", [("3 hari lalu", "2020-07-05")]),
    ("Ia bergabung pada 2006. Tiga tahun berikutnya, ia dipromosikan menjadi manajer.", "2015-08-25", [("2006", "2006"), ("Tiga tahun berikutnya", "2009")]),
    ("Ia diperiksa Senin (24/8). Keesokan harinya ia ditahan.", "2015-08-30", [("Senin (24/8)", "2015-08-24"), ("Keesokan harinya", "2015-08-25")]),
    # ranges
    ("Pameran digelar 8-10 Juli 2020 di Balai Kota.", "2020-07-01", [("8-10 Juli 2020", "2020-07-08/2020-07-10")]),
    # a relative year names the year that a later bare month takes, over a year named before it
    ("Hubungan itu terjalin sejak 1949. Tahun ini, nilai dagang hingga Oktober naik.", "2024-11-20",
     [("1949", "1949"), ("Tahun ini", "2024"), ("Oktober", "2024-10")]),
    # an anaphoric day count after a year-only date counts from the last day the text set
    ("Tim tiba Kamis (14/11/2024). Tahun ini mereka menang setelah sehari sebelumnya berlatih.", "2024-11-20",
     [("Kamis (14/11/2024)", "2024-11-14"), ("Tahun ini", "2024"), ("sehari sebelumnya", "2024-11-13")]),
    # two day names after a cue: one occasion, placed like a lone day name (2020-07-08 is a Wednesday)
    ("Bazar berlangsung sejak Sabtu hingga Minggu di lapangan.", "2020-07-08",
     [("Sabtu hingga Minggu", "2020-07-04/2020-07-05")]),
    ("Operasi akan digelar mulai Jumat sampai dengan Minggu.", "2020-07-08",
     [("Jumat sampai dengan Minggu", "2020-07-10/2020-07-12")]),
    ("Uji coba dilakukan pada Senin-Rabu pekan depan.", "2020-07-08",
     [("Senin-Rabu pekan depan", "2020-07-13/2020-07-15")]),
    ("Turnamen digelar pada 10 – 15 Maret 2021.", "2021-05-31", [("10 – 15 Maret 2021", "2021-03-10/2021-03-15")]),
    ("Pendataan berlangsung pada 24-26 Agustus.", "2015-08-25", [("24-26 Agustus", "2015-08-24/2015-08-26")]),
    ("Bazar digelar 8 hingga 10 Juli.", "2020-07-01", [("8 hingga 10 Juli", "2020-07-08/2020-07-10")]),
    ("Pelatihan digelar Senin-Rabu (6-8/7).", "2020-07-09", [("Senin-Rabu (6-8/7)", "2020-07-06/2020-07-08")]),
    ("Pendaftaran dibuka Juli-Agustus 2020.", "2020-06-01", [("Juli-Agustus 2020", "2020-07/2020-08")]),
    ("Program berjalan 8 Juli hingga 10 Agustus 2020.", "2020-06-01", [("8 Juli hingga 10 Agustus 2020", "2020-07-08/2020-08-10")]),
]

WITHOUT_PUBLISHED = [
    # weekday agreement with the article's years
    (
        "Bupati menghadiri rapat, Rabu (8/7). Pemilihan Tahun 2020 berlangsung 9 Desember 2020.",
        "2020-07-08",
        [("Rabu (8/7)", "2020-07-08"), ("Tahun 2020", "2020"), ("9 Desember 2020", "2020-12-09")],
    ),
    (
        "Yoga maju dalam Pilgub 2018 , kata dia , Senin ( 7 / 8 ) . Rudi bicara Minggu ( 6 / 8 ) .",
        "2017-08-07",
        [("2018", "2018"), ("Senin ( 7 / 8 )", "2017-08-07"), ("Minggu ( 6 / 8 )", "2017-08-06")],
    ),
    (
        "Laporan tahun anggaran 2022 dikirim, Rabu (23/11). Batas akhir 27 Januari 2023.",
        "2022-11-23",
        [("tahun anggaran 2022", "2022"), ("Rabu (23/11)", "2022-11-23"), ("27 Januari 2023", "2023-01-27")],
    ),
    # an explicit year on the day name
    ("Artikel dimuat Harian Suara Merdeka, Sabtu (12/06/2021).", "2021-06-12", [("Sabtu (12/06/2021)", "2021-06-12")]),
    # dateline
    ("JAKARTA, 8 Juli 2020 - Pemerintah menetapkan aturan baru. Rapat digelar kemarin.", "2020-07-08",
     [("8 Juli 2020", "2020-07-08"), ("kemarin", "2020-07-07")]),
    # no year anywhere: the year stays unknown, relatives chain on month and day
    ("Pendaftaran ditutup Kamis ( 11 / 1 ) pukul 22.00 WIB . Peserta mendaftar hari ini .", None,
     [("Kamis ( 11 / 1 ) pukul 22.00 WIB", "XXXX-01-11T22:00"), ("hari ini", "XXXX-01-11")]),
    ("Petugas dikumpulkan di gedung, Rabu (02/11).", None, [("Rabu (02/11)", "XXXX-11-02")]),
    ("Peringatan digelar pada 17 Agustus.", None, [("17 Agustus", "XXXX-08-17")]),
    ("Ia datang pada Juli lalu.", None, [("Juli lalu", "XXXX-07")]),
    # nothing to resolve against: relative words are dropped, years stay
    ("Ia datang kemarin untuk rapat tahun 2021.", None, [("tahun 2021", "2021")]),
]

NEGATIVES = [
    "Persija menang 2-1 dan rasio guru 1/3 siswa.",
    "Dandim 1014/Pbn hadir bersama Kapolres.",
    "Penyebaran Covid-19 meningkat tajam.",
    "Sebanyak 2019 orang mengikuti vaksinasi di 2020 titik.",
    "Ia menunggu selama tiga hari dan nantinya akan dievaluasi saat ini.",
    "Sesuai UU Nomor 7 Tahun 2017 tentang Pemilu.",
    "Diatur dalam Undang-Undang 30 Tahun 2002 dan UU. No.39 Tahun 2004.",
    "Peraturan KPU Nomor 6 Tahun 2020 dan Perpres 12 Tahun 2021 berlaku.",
    "Telegram TR/442/2025 dikeluarkan Kapolri.",
    "Pancasila, UUD 1945, NKRI dan Bhinneka Tunggal Ika.",
    "Berdasarkan Undang-Undang Dasar Negara Republik Indonesia Tahun 1945.",
    "Kantor itu di Jalan 17 Agustus dan kampus Universitas 17 Agustus 1945.",
    "Apel digelar setiap Senin, salat Jumat di masjid, kerja Senin-Jumat.",
    "Kantor pelayanan buka Senin hingga Jumat, tutup Sabtu sampai Minggu.",
    "Pilkada kemarin berlangsung aman.",
    "Hal itu sudah dibahas beberapa tahun lalu.",
    "Proses itu selesai dalam dua pekan ke depan.",
    "Hal itu mengganggu masa depan keluarga kami.",
    "Harga Rp 2020 per lembar, nomor 2021, KM 2019.",
    "Hubungi 0812 2020 3030 untuk informasi.",
    "Setiap akhir tahun warga berlibur, dan awal tahun ajaran baru dimulai.",
    "Rapor dibagikan pada akhir tahun pelajaran, jauh dari kondisi tahun-tahun sebelumnya.",
]


@pytest.mark.parametrize("text,published,expected", WITH_PUBLISHED)
def test_with_published(text: str, published: str, expected: list[tuple[str, str]]) -> None:
    result = find_dates(text, published=published)
    assert pairs(result) == expected
    assert result.reference_date == published
    assert result.reference_date_source == "given"
    check_offsets(text, result)


@pytest.mark.parametrize("text,reference,expected", WITHOUT_PUBLISHED)
def test_without_published(text: str, reference: str | None, expected: list[tuple[str, str]]) -> None:
    result = find_dates(text)
    assert pairs(result) == expected
    assert result.reference_date == reference
    assert result.reference_date_source == ("inferred" if reference else None)
    check_offsets(text, result)


@pytest.mark.parametrize("text", NEGATIVES)
@pytest.mark.parametrize("published", ["2020-07-08", None])
def test_negatives(text: str, published: str | None) -> None:
    assert find_dates(text, published=published).dates == []


@pytest.mark.parametrize(
    "text,granularity",
    [
        ("Rapat Rabu (8/7).", "day"),
        ("Rapat Rabu (8/7) pukul 09.00 WIB.", "time"),
        ("Rapat Juli 2020.", "month"),
        ("Rapat Tahun 2020.", "year"),
        ("Rapat 8-10 Juli 2020.", "range"),
    ],
)
def test_granularity(text: str, granularity: str) -> None:
    (d,) = find_dates(text, published="2020-07-09").dates
    assert d["granularity"] == granularity


def test_weekday_contradiction_keeps_date_and_warns() -> None:
    result = find_dates("Rapat digelar Kamis (8/7).", published="2020-07-09")
    (d,) = result.dates
    assert d["value"] == "2020-07-08"
    assert "Kamis" in d["warning"] and "Rabu" in d["warning"]
    assert result.warnings


def test_weekday_contradiction_with_explicit_year() -> None:
    (d,) = find_dates("Rapat digelar Kamis (8/7/2020).").dates
    assert d["value"] == "2020-07-08"
    assert "warning" in d


def test_matching_weekday_has_no_warning() -> None:
    (d,) = find_dates("Rapat digelar Rabu (8/7).", published="2020-07-09").dates
    assert "warning" not in d


def test_year_boundary_inference_without_published() -> None:
    text = "Evaluasi digelar Rabu (30/12). Apel digelar Sabtu (2/1). Program Tahun 2021 dimulai."
    result = find_dates(text)
    assert pairs(result)[:2] == [("Rabu (30/12)", "2020-12-30"), ("Sabtu (2/1)", "2021-01-02")]
    assert result.reference_date == "2021-01-02"


def test_guess_year_from_weekdays_uses_today() -> None:
    text = "Rapat koordinasi digelar Rabu (8/7)."
    assert pairs(find_dates(text)) == [("Rabu (8/7)", "XXXX-07-08")]
    guessed = find_dates(text, guess_year_from_weekdays=True, today="2023-01-01")
    assert pairs(guessed) == [("Rabu (8/7)", "2020-07-08")]
    assert guessed.reference_date == "2020-07-08"
    assert guessed.reference_date_source == "inferred"
    # Not in the future relative to today: 2026-07-08 is also a Wednesday.
    later = find_dates(text, guess_year_from_weekdays=True, today=date(2026, 7, 7))
    assert pairs(later) == [("Rabu (8/7)", "2020-07-08")]


def test_excluded_spans_are_skipped() -> None:
    text = "Rapat digelar Rabu (8/7). Baca Juga: Banjir melanda Kamis (2/7)"
    cut = text.index("Baca")
    result = find_dates(text, published="2020-07-09", excluded=[(cut, len(text))])
    assert pairs(result) == [("Rabu (8/7)", "2020-07-08")]


def test_sentence_bounds_limit_future_cues() -> None:
    text = "Pemilu akan digelar. Rapat digelar 17 Agustus."
    # With the sentence split, "akan" belongs to the previous sentence.
    bounds = [(0, 20), (21, len(text))]
    assert pairs(find_dates(text, published="2020-08-20", sentence_bounds=bounds)) == [("17 Agustus", "2020-08-17")]


def test_quote_attribution_date_is_not_future() -> None:
    text = "“Kami akan terus bekerja,” kata Bupati, Kamis (8/7)."
    (d,) = find_dates(text, published="2021-07-09").dates
    assert d["value"] == "2021-07-08"


def test_invalid_published_raises() -> None:
    with pytest.raises(InputError, match="Invalid published date"):
        find_dates("Rabu (8/7)", published="08/07/2020")


def test_text_must_be_str() -> None:
    with pytest.raises(InputError, match="must be a str"):
        find_dates(b"Rabu (8/7)")  # type: ignore[arg-type]


def test_parse_iso_date() -> None:
    assert parse_iso_date("2020-07-08") == date(2020, 7, 8)
    assert parse_iso_date(None) is None
    with pytest.raises(InputError):
        parse_iso_date("2020-02-30")


@pytest.mark.parametrize(
    "text",
    [
        "Rabu" + " " * 100_000 + "(8/7",
        "." * 100_000,
        "1/" * 50_000,
        "Rabu (8/7/ 8 Juli 2020 - tahun " * 3_000,
        ("Pada 2005 ia masuk, Rabu (8/7), kemarin. " * 2_500),
    ],
)
def test_linear_time_on_large_inputs(text: str) -> None:
    start = time.perf_counter()
    result = find_dates(text, published="2020-07-08")
    assert time.perf_counter() - start < 20
    check_offsets(text, result)


_VALUE = re.compile(r"^(\d{4}|XXXX)(-\d{2}(-\d{2}(T\d{2}:\d{2})?)?)?(/(\d{4}|XXXX)(-\d{2}(-\d{2}(T\d{2}:\d{2})?)?)?)?$")
_FUZZ_WORDS = (
    "Rabu ( 8/7 ) 31/2 29/2/2021 Senin - Minggu lalu depan kemarin hari ini Tahun 2020 1945 Juli Februari 29 31 "
    "Agt . , pukul 09.00 24.00 WIB tiga tahun berikutnya sehari sebelumnya Keesokan harinya akan s.d. hingga "
    "triwulan IV-2021 Nomor 7 UU / “ ” pekan akhir bulan awal dan 2018-2019 2021/2022 0 13/13 2/1 30/12 Ahad "
    "Jum'at MINGGU 8 Desember 2020-02-30 2020-02-29 semester I"
).split(" ")


@pytest.mark.parametrize("seed", range(4))
def test_random_token_soup_keeps_invariants(seed: int) -> None:
    """Offsets exact, spans disjoint, values in the record schema's form, never a crash."""
    rng = random.Random(seed)
    for _ in range(100):
        words = [rng.choice(_FUZZ_WORDS) for _ in range(rng.randint(1, 25))]
        text = "".join(w + rng.choice([" ", "", "  ", "\n"]) for w in words)
        for published in (None, "2021-01-02", "2020-03-01"):
            result = find_dates(text, published=published, guess_year_from_weekdays=seed % 2 == 1, today="2024-01-01")
            check_offsets(text, result)
            spans = sorted((d["start"], d["end"]) for d in result.dates)
            assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:]))
            assert all(_VALUE.match(d["value"]) for d in result.dates)


@pytest.mark.parametrize("text, expected", [
    ("Sejak awal 2000-an ia melaut; keluarganya pindah pada akhir 1970-an.",
     [("awal 2000-an", "2000/2009"), ("akhir 1970-an", "1970/1979")]),
    ("Lagu era 80-an kembali populer, tetapi 90-an orang saja yang datang.", [("era 80-an", "1980/1989")]),
    ("Tren tahun 2000-an kembali populer.", [("tahun 2000-an", "2000/2009")]),  # a range a reader pins down
    ("Laba sembilan bulan pertama 2024 naik, penjualan paruh pertama tahun ini turun.",
     [("sembilan bulan pertama 2024", "2024-01/2024-09"), ("paruh pertama tahun ini", "2025-01/2025-06")]),
    ("Target paruh kedua 2025 naik, tiga bulan pertama tahun ini stabil. Ia bekerja paruh waktu.",
     [("paruh kedua 2025", "2025-07/2025-12"), ("tiga bulan pertama tahun ini", "2025-01/2025-03")]),
])
def test_decades_and_the_first_months_of_a_year(text: str, expected: list[tuple[str, str]]) -> None:
    assert pairs(find_dates(text, published="2025-06-11")) == expected


def test_a_year_after_an_age_group_is_a_date_a_phone_number_is_not() -> None:
    text = "Piala Dunia U-17 2025 digelar di Qatar, kualifikasi Piala Asia U23 2026 pekan depan. Hubungi 0812 2020."
    assert [v for _t, v in pairs(find_dates(text, published="2025-10-01"))] == ["2025", "2026", "2025-10-06/2025-10-12"]


def test_months_counted_in_a_series_are_dates() -> None:
    text = ("Sepanjang 2024 tercatat 300 kasus. Adapun Januari tercatat 41 kasus, Februari 44 kasus dan Mei 52 kasus. "
            "Pesinden Mei 2 kali tampil di sana.")
    assert pairs(find_dates(text, published="2025-10-01")) == [
        ("2024", "2024"), ("Januari", "2024-01"), ("Februari", "2024-02"), ("Mei", "2024-05")]


def test_a_day_name_after_per_is_as_of_that_day() -> None:
    text = "Data BPBD per Senin siang mencatat 418 rumah rusak, sedangkan bantuan dibagikan setiap Senin."
    assert pairs(find_dates(text, published="2024-12-10")) == [("Senin siang", "2024-12-09")]

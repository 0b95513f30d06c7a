"""In-text abbreviation definitions (pure logic, no spaCy)."""

from __future__ import annotations

import pytest

from beritaie.abbreviations import (
    find_definitions,
    is_short_form,
    iter_short_mentions,
    match_initials,
    match_long_form,
)


@pytest.mark.parametrize(
    "text,short,long",
    [
        # forward: long form, then the short form in parentheses
        ("Rapat dihadiri Kaban Kesatuan Bangsa dan Politik (Kesbangpol) dan camat.", "Kesbangpol",
         "Kesatuan Bangsa dan Politik"),
        ("Wakil Gubernur Kalimantan Tengah (Kalteng), Budi, membuka acara.", "Kalteng", "Kalimantan Tengah"),
        # the letters pick the region, not the whole government phrase
        ("Pemerintah Kabupaten Kotawaringin Barat (Kobar) menggelar apel.", "Kobar", "Kotawaringin Barat"),
        # the short form inside the long form
        ("Pemerintah Kabupaten (Pemkab) Lahat menyalurkan bantuan.", "Pemkab", "Pemerintah Kabupaten"),
        # initials skip the connector "dan"
        ("Kepala Badan Pengelolaan Keuangan dan Aset Daerah (BPKAD) Kota Depok hadir.", "BPKAD",
         "Badan Pengelolaan Keuangan dan Aset Daerah"),
        # initials beat the shortest letter match ("Perempuan dan Anak")
        ("Kasus ditangani Unit Perlindungan Perempuan dan Anak (PPA) polres.", "PPA",
         "Perlindungan Perempuan dan Anak"),
        ("Badan Perencanaan Pembangunan Daerah (Bappeda) menyusun RKPD.", "Bappeda",
         "Badan Perencanaan Pembangunan Daerah"),
        ("Acara Forum Koordinasi Pimpinan Daerah 2 (FKPD2) digelar.", "FKPD2", "Forum Koordinasi Pimpinan Daerah 2"),
        ("Menteri Pertanian Republik Indonesia (Mentan RI) datang.", "Mentan RI",
         "Menteri Pertanian Republik Indonesia"),
        # reverse: the short form, then the long form in parentheses
        ("Kepala Kesbangpol (Kesatuan Bangsa dan Politik) Lamandau menjelaskan.", "Kesbangpol",
         "Kesatuan Bangsa dan Politik"),
        ("Petugas BPBD (Badan Penanggulangan Bencana Daerah) siaga.", "BPBD", "Badan Penanggulangan Bencana Daerah"),
    ],
)
def test_definitions_both_directions(text, short, long):
    found = find_definitions(text)
    assert [(d["short"], d["long"]) for d in found] == [(short, long)]
    d = found[0]
    assert text[d["short_start"]:d["short_end"]] == d["short"]
    assert text[d["long_start"]:d["long_end"]] == d["long"]


@pytest.mark.parametrize(
    "text",
    [
        "Rapat digelar pada Rabu (8/7) di aula.",  # a date
        "Warga (45) ditemukan selamat.",  # an age
        "Berita ini ditulis humas. (humas setda)",  # a lower-case credit
        "JAKARTA (ANTARA) - Presiden meresmikan jembatan.",  # letters not in the words before
        "Pengadilan Negeri Sleman (KPK) menolak.",  # initials and letters do not fit
    ],
)
def test_no_definition(text):
    assert find_definitions(text) == []


def test_first_definition_wins():
    text = "Dinas Kesehatan (Dinkes) dan Dinas Kebudayaan (Dinkes) rapat."
    assert [d["long"] for d in find_definitions(text)] == ["Dinas Kesehatan"]


def test_short_form_is_an_alias_for_the_rest_of_the_text():
    text = ("Kaban Kesatuan Bangsa dan Politik (Kesbangpol) memimpin rapat. "
            "Usai rapat, Kaban Kesbangpol Lamandau menuturkan hasilnya. Kesbangpol-nya siap.")
    definitions = find_definitions(text)
    mentions = [(text[s:e], d["long"]) for s, e, d in iter_short_mentions(text, definitions)]
    assert mentions == [("Kesbangpol", "Kesatuan Bangsa dan Politik")] * 2


@pytest.mark.parametrize(
    "candidate,expected",
    [("KPU", True), ("Kalteng", True), ("Mentan RI", True), ("FKPD2", True), ("8/7", False), ("45", False),
     ("humas setda", False), ("a", False), ("Wakil Ketua Umum Partai", False)],
)
def test_is_short_form(candidate, expected):
    assert is_short_form(candidate) is expected


def test_matchers_return_offsets():
    assert match_long_form("Kobar", "Pemerintah Kabupaten Kotawaringin Barat") == len("Pemerintah Kabupaten ")
    assert match_initials("KPK", "Ketua Komisi Pemberantasan Korupsi") == len("Ketua ")
    assert match_initials("Kobar", "Kotawaringin Barat") is None


def test_reverse_definition_offsets_far_into_the_text():
    from beritaie.abbreviations import find_definitions

    text = "Warga memadati balai desa sejak pagi untuk mengikuti sosialisasi. " * 3 + \
        "Kepala Kesbangpol (Kesatuan Bangsa dan Politik) hadir."
    (definition,) = [d for d in find_definitions(text) if d["short"] == "Kesbangpol"]
    assert text[definition["short_start"]:definition["short_end"]] == "Kesbangpol"
    assert text[definition["long_start"]:definition["long_end"]] == "Kesatuan Bangsa dan Politik"

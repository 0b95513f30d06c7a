"""The compositional title lexicon (pure, no spaCy)."""

from __future__ import annotations

import pytest

from beritaie.lang import titles


def _hits(text: str) -> list[tuple[str, str, str]]:
    return [(text[h.start:h.end], h.title, h.kind) for h in titles.find_titles(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kapolres Sleman meninjau pos", [("Kapolres", "Kapolres", "compact")]),
        ("Wakapolda Jatim hadir", [("Wakapolda", "Wakapolda", "compact")]),
        ("Dandim 0732/Sleman dan Danramil", [("Dandim", "Dandim", "compact"), ("Danramil", "Danramil", "compact")]),
        ("Pangdam IV/Diponegoro", [("Pangdam", "Pangdam", "compact")]),
        ("Kadis Perikanan dan Kaban Kepegawaian", [("Kadis", "Kadis", "compact"), ("Kaban", "Kaban", "compact")]),
        ("Kasat Reskrim Polres Bantul", [("Kasat", "Kasat", "compact")]),
        ("Kepala Dinas Pendidikan Budi", [("Kepala Dinas", "Kepala Dinas", "body")]),
        ("Kepala Badan Pusat Statistik", [("Kepala Badan", "Kepala Badan", "body")]),
        ("Wakil Ketua DPRD Bantul", [("Wakil Ketua", "Wakil Ketua", "body")]),
        ("Direktur Utama PT Maju", [("Direktur Utama", "Direktur Utama", "body")]),
        ("Bupati Bantul dan Wakil Bupati", [("Bupati", "Bupati", "jurisdiction"),
                                            ("Wakil Bupati", "Wakil Bupati", "jurisdiction")]),
        ("Wali Kota Malang, Walikota Batu", [("Wali Kota", "Wali Kota", "jurisdiction"),
                                            ("Walikota", "Walikota", "jurisdiction")]),
        ("Wabup Gunungkidul dan Sekda", [("Wabup", "Wabup", "jurisdiction"), ("Sekda", "Sekda", "jurisdiction")]),
        ("Camat Depok, Lurah Condongcatur", [("Camat", "Camat", "jurisdiction"), ("Lurah", "Lurah", "jurisdiction")]),
        ("Menteri Dalam Negeri dan Mendagri", [("Menteri", "Menteri", "minister"), ("Mendagri", "Mendagri", "minister")]),
        ("Presiden dan Wakil Presiden", [("Presiden", "Presiden", "jurisdiction"),
                                         ("Wakil Presiden", "Wakil Presiden", "jurisdiction")]),
        ("Kapolri dan Panglima TNI", [("Kapolri", "Kapolri", "compact"), ("Panglima TNI", "Panglima TNI", "compact")]),
        # acting prefixes are part of the title, normalised
        ("PLT. Wali Kota Batu", [("PLT. Wali Kota", "Plt. Wali Kota", "jurisdiction")]),
        ("Pj. Bupati Bantul", [("Pj. Bupati", "Pj. Bupati", "jurisdiction")]),
        ("Pelaksana Tugas Kepala Dinas", [("Pelaksana Tugas Kepala Dinas", "Pelaksana Tugas Kepala Dinas", "body")]),
        ("Penjabat (Pj) Bupati Garut", [("Penjabat (Pj) Bupati", "Penjabat Bupati", "jurisdiction")]),
    ],
)
def test_find_titles(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _hits(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Inspektur Jenderal Polisi Andi",  # a rank, not an office
        "Kepala Negara menerima tamu",  # an idiom for the president, not a title+body
        "ibu kota provinsi",
        "gubernur/bupati",  # a generic pair
        "kasi dan kabag",  # ambiguous compact words need a capital
    ],
)
def test_not_titles(text: str) -> None:
    assert [h for h in titles.find_titles(text) if h.capitalised] == [] or _hits(text) == []


def test_hits_carry_offsets() -> None:
    text = "Rapat dipimpin Plt. Kepala Dinas Sosial."
    (hit,) = titles.find_titles(text)
    assert text[hit.start:hit.end] == "Plt. Kepala Dinas"
    assert hit.head == "Kepala Dinas"
    assert hit.acting == "Plt."


@pytest.mark.parametrize(
    ("title", "expanded"),
    [
        ("Kadis", "kepala dinas"),
        ("Kaban Kesbangpol", "kepala badan kesbangpol"),
        ("Kapolres", "kepala kepolisian resor"),
        ("Kapolda", "kepala kepolisian daerah"),
        ("Sekda", "sekretaris daerah"),
        ("Wabup", "wakil bupati"),
        ("Dandim", "komandan kodim"),
        ("Kabag", "kepala bagian"),
        ("Plt. Kadis Kominfo", "kepala dinas kominfo"),
        ("Pelaksana Tugas Bupati", "bupati"),
        ("Walikota", "wali kota"),
        ("Mendagri", "menteri dalam negeri"),
        ("Gubernur", "gubernur"),
    ],
)
def test_expand_title(title: str, expanded: str) -> None:
    assert titles.expand_title(title) == expanded


def test_expansion_table_is_importable_and_compositional() -> None:
    table = titles.expansion_table()
    assert table["kadis"] == "kepala dinas"
    assert table["sekda"] == "sekretaris daerah"
    # every Ka + unit composes: a unit added to COMPACT_UNITS yields its titles
    assert table["kapolsek"] == "kepala kepolisian sektor"
    assert table["wakapolres"] == "wakil kepala kepolisian resor"
    assert table["danrem"] == "komandan korem"
    assert table is not titles.expansion_table()  # a fresh dict each call


@pytest.mark.parametrize(
    ("a", "b", "agree"),
    [
        ("Kadis", "Kepala Dinas", True),
        ("Kabid Humas", "Kabid", True),
        ("Sekretaris Daerah", "Sekda", True),
        ("Plt. Wali Kota", "Wali Kota", True),
        ("Bupati", "Wakil Bupati", True),  # containment, as the scorer defines it
        ("Bupati", "Gubernur", False),
        ("Kadis", "Kaban", False),
        ("Ketua", "", False),
    ],
)
def test_titles_agree(a: str, b: str, agree: bool) -> None:
    assert titles.titles_agree(a, b) is agree


def test_compact_unit() -> None:
    assert titles.compact_unit("Kapolres") == ("Kepolisian Resor", "Polres")
    assert titles.compact_unit("Dandim") == ("Kodim", "Kodim")
    assert titles.compact_unit("Bupati") is None

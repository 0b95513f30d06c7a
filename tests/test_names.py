"""Pure name logic: honorific/degree stripping, folding, similarity, canonical forms (no spaCy)."""

from __future__ import annotations

import pytest

from beritaie import names


@pytest.mark.parametrize(
    ("surface", "bare"),
    [
        ("Ir. H. Bambang Sutrisno, MM", "Bambang Sutrisno"),
        ("Hj. Siti Aminah, S.Pd., M.Si", "Siti Aminah"),
        ("Drs. Yusuf Kurniawan, M.Si.", "Yusuf Kurniawan"),
        ("Dr. Ir. Rahmat Hidayat", "Rahmat Hidayat"),
        ("Kombes Pol Andika Pratama", "Andika Pratama"),
        ("AKBP Dedi Supriadi, S.I.K.", "Dedi Supriadi"),
        ("Brigadir Jenderal Heru Wibowo", "Heru Wibowo"),
        ("K. H. Abdul Malik", "Abdul Malik"),
        ("Pak Darmin", "Darmin"),
        ("Hj Nurhayati", "Nurhayati"),
        ("H.Usman Effendi", "Usman Effendi"),
        ("Rina Wulandari S.E., M.Acc., CSFA", "Rina Wulandari"),
        ("Dewi Lestari, SH, M.Hum", "Dewi Lestari"),
        ("Romo Yohanes Made Suryawan", "Yohanes Made Suryawan"),
        ("Ustaz Abdul Somad", "Abdul Somad"),
        ("dr. Anna Rahmawati, Sp.PD, MARS", "Anna Rahmawati"),
        ("Moch. Ainur Rofiq, S.E.", "Moch. Ainur Rofiq"),
        ("Mas Wahyu", "Wahyu"),
        ("Tgk. Munawar Ibrahim", "Munawar Ibrahim"),
        ("Ns. Rahel Walianggen", "Rahel Walianggen"),
        ("Yulizar Dt. Rajo Mudo", "Yulizar"),
        ("Mbah Sarijem", "Sarijem"),
        ("Pangeran Faisal bin Farhan Al Saud", "Faisal bin Farhan Al Saud"),
        # initials and plain names stay as they are
        ("M. Ridwan Saleh", "M. Ridwan Saleh"),
        ("Budi Santoso", "Budi Santoso"),
        ("Hasanuddin", "Hasanuddin"),
        # an honorific alone is never emptied
        ("Haji", "Haji"),
    ],
)
def test_strip_name(surface: str, bare: str) -> None:
    assert names.strip_name(surface) == bare


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("Bupati Ir. H. Bambang Sutrisno, MM membuka acara", 7, 34),
        ("ujar Kompol Agus Salim, S.H.", 5, 22),
    ],
)
def test_core_span_offsets(text: str, start: int, end: int) -> None:
    s, e = names.core_span(text, start, end)
    assert s <= e
    core = text[s:e]
    assert core == names.strip_name(text[start:end])
    assert text.find(core, start) == s


@pytest.mark.parametrize(
    ("surface", "folded"),
    [
        ("Ir. H. Bambang Sutrisno, MM", "bambang sutrisno"),
        ("  BAMBANG   Sutrisno ", "bambang sutrisno"),
        ("Kombes Pol Andika Pratama", "andika pratama"),
        ("K. H. Abdul Malik", "abdul malik"),
        ("Dewi Lestari, SH, M.Hum", "dewi lestari"),
        ("Ma’ruf Hasan", "ma ruf hasan"),
        ("Kesbangpol", "kesbangpol"),
        ("", ""),
    ],
)
def test_fold(surface: str, folded: str) -> None:
    assert names.fold(surface) == folded


def test_fold_signature_is_str_to_str() -> None:
    assert isinstance(names.fold("Pak Darmin"), str)


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("Hendrawan Saputra", "Hendrawan Saputra", True),
        ("Hendrawan Saputro", "Hendrawan Saputra", True),  # one-letter typo
        ("Hendrawn Saputra", "Hendrawan Saputra", True),  # dropped letter
        ("Ahamd Fauzi", "Ahmad Fauzi", True),  # swapped letters
        ("Hendrawan", "Hendrawan Saputra", True),  # first name
        ("Saputra", "Hendrawan Saputra", True),  # last name
        ("Ir. H. Hendrawan Saputra, MM", "Hendrawan Saputra", True),
        ("Hendrawan Saputra", "Hendra Saputra", False),  # two letters differ
        ("Budi Santoso", "Budi Hartono", False),
        ("Santoso", "Hartono", False),
        ("Adi", "Ade", False),  # short words allow no typo
        ("Rudi Hartono", "Hartono Rudi", False),  # word order matters
        ("M", "M Rizal", False),  # a lone initial
    ],
)
def test_same_person(a: str, b: str, same: bool) -> None:
    assert names.same_person(a, b) is same
    assert names.same_person(b, a) is same


def test_similarity_orders_matches() -> None:
    exact = names.similarity("Hendrawan Saputra", "Hendrawan Saputra")
    typo = names.similarity("Hendrawan Saputro", "Hendrawan Saputra")
    short = names.similarity("Hendrawan", "Hendrawan Saputra")
    assert exact > typo > short > names.similarity("Budi Santoso", "Budi Hartono") == 0.0


@pytest.mark.parametrize(
    ("forms", "canonical"),
    [
        # the typo loses to the form its short reference supports
        (["Hendrawan Saputro", "Hendrawan Saputra", "Saputra"], "Hendrawan Saputra"),
        (["Hendrawan", "Ir. Hendrawan Saputra, M.Si"], "Hendrawan Saputra"),
        (["Andika"], "Andika"),
        ([], ""),
    ],
)
def test_canonical_form(forms: list[str], canonical: str) -> None:
    assert names.canonical_form(forms) == canonical


def test_tokens_match_keeps_first_letter() -> None:
    assert names.tokens_match("saputra", "saputro")
    assert not names.tokens_match("saputra", "daputra")


@pytest.mark.parametrize(("text", "expected"), [
    ("M.Kes", True), ("S.H., M.H.", True), ("MM", True), ("S.Pd", True),
    ("SBY", False), ("Ma", False), ("Windhu Purnomo", False), ("PPP", False),
])
def test_only_degrees(text, expected):
    assert names.only_degrees(text) is expected


def test_holidays_are_no_names():
    from beritaie import names as nm

    assert nm.is_holiday("Idul Fitri") and nm.is_holiday("Ramadhan") and nm.is_holiday("Lebaran")
    assert not nm.is_holiday("Ramadhan Pohan") and not nm.is_holiday("Natalia")


def test_a_reduplicated_word_is_never_part_of_a_name():
    import beritaie
    from beritaie.names import has_reduplication

    assert has_reduplication("Lewotobi Laki-laki") and has_reduplication("Kupu-Kupu")
    assert not has_reduplication("Jean-Pierre Papin") and not has_reduplication("Soekarno-Hatta")
    record = beritaie.extract("Kepala Pos Pemantau Gunung Api (PGA) Semeru Anak-anak, Wahyu Hidayat, menyebut "
                              "guguran lava terjadi lima kali.").to_dict()
    assert [e["text"] for e in record["entities"] if e["label"] == "PER"] == ["Wahyu Hidayat"]
    assert not any("Anak" in (o["name"] or "") for o in record["officials"])


def test_the_sasak_title_lalu_opens_a_name_but_not_a_sentence():
    import beritaie

    record = beritaie.extract("Kuasa hukum terdakwa, Lalu Ahmad Fauzan, mengatakan kliennya akan mengajukan banding. "
                              "Lalu Bupati Lombok Tengah datang. Sidang pekan lalu ditunda.").to_dict()
    persons = [e["text"] for e in record["entities"] if e["label"] == "PER"]
    assert persons == ["Lalu Ahmad Fauzan"]
    assert [q["speaker"] for q in record["quotes"]] == ["Lalu Ahmad Fauzan"]


def test_the_sasak_title_lalu_after_an_office_is_the_holders_name_not_the_traffic_unit():
    import beritaie

    record = beritaie.extract("Gubernur NTB Lalu Zainal Arifin meninjau pasar. Bupati Lombok Timur Lalu Hasan Basri "
                              "mendampinginya. Kasat Lalu Lintas Polres Mataram AKP Rudi Hartono mengatur "
                              "arus.").to_dict()
    holders = {(o["title"], o["name"]) for o in record["officials"]}
    assert holders == {("Gubernur", "Lalu Zainal Arifin"), ("Bupati", "Lalu Hasan Basri"),
                       ("Kasat Lalu Lintas", "Rudi Hartono")}


def test_a_regency_name_ending_a_model_person_is_a_surname_but_not_after_an_airport():
    import beritaie

    record = beritaie.extract("Produksi batubara turun. Anggota DPRD Sumut, Rina Kartika Batubara, mengatakan "
                              "izin tambang harus dievaluasi. Penerbangan dari Bandar Udara (UPBU) Frans Seda "
                              "Maumere berjalan normal.").to_dict()
    persons = [e["text"] for e in record["entities"] if e["label"] == "PER"]
    assert "Rina Kartika Batubara" in persons and not any("Maumere" in p for p in persons)
    assert [o["name"] for o in record["officials"] if o["title"] == "Anggota"] == ["Rina Kartika Batubara"]


@pytest.mark.parametrize("surface,name", [
    ("Kolonel Laut (P) Arief Budiman", "Arief Budiman"),
    ("Laksamana Pertama TNI Yudo Hartono", "Yudo Hartono"),
    ("Mayjen TNI (Purn.) Budi Hartono", "Budi Hartono"),
    ("Letkol Czi Dimas Saputra", "Dimas Saputra"),
    ("Laut Timor", "Laut Timor"),  # a corps word is no honorific without a rank before it
])
def test_military_rank_corps_and_service_are_no_part_of_the_name(surface, name):
    from beritaie.names import fold, strip_name

    assert strip_name(surface) == name and fold(surface) == name.casefold()


def test_an_occupation_opening_a_sentence_is_no_part_of_the_name():
    import beritaie

    record = beritaie.extract("Sutradara Rudi Santosa mengaku tidak menyangka filmnya laris. Gitaris Andra Wijaya "
                              "alias Andro menambahkan tur akan berlanjut.").to_dict()
    persons = {e["canonical"] for e in record["entities"] if e["label"] == "PER"}
    assert persons == {"Rudi Santosa", "Andra Wijaya"}

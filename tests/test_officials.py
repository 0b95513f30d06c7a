"""The beritaie_officials component: person clusters and officials.

Snippets are written for these tests in the style of Indonesian regional news; names are invented.
Most tests run the component alone on a blank pipeline (no gazetteer, no model), which exercises
its own fallbacks: in-text abbreviations, region names after "Kabupaten"/"Kota", names from cues.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Span

import beritaie.pipeline.officials  # noqa: F401  (registers the factory)
from beritaie.pipeline.officials import OfficialsRecognizer, find_abbreviations, segment


@pytest.fixture(scope="module")
def nlp() -> Language:
    # spacy.blank("id") takes seconds: build it once; tests needing other settings add differently
    # configured components under their own names and call them directly (see ``component``).
    pipeline = spacy.blank("id")
    pipeline.add_pipe("beritaie_officials")
    return pipeline


@pytest.fixture(scope="module")
def full() -> Language:
    """The whole pipeline: officials read gazetteer regions, bodies and clubs, and quotes link to them."""
    return beritaie.load()


def component(nlp: Language, name: str, **config: object) -> OfficialsRecognizer:
    if name not in nlp.component_names:
        nlp.add_pipe("beritaie_officials", name=name, config=config)
        nlp.disable_pipe(name)
    return nlp.get_pipe(name)


def officials(nlp: Language, text: str) -> list[tuple[str | None, str, str]]:
    """(name, title, first mention text) of each official."""
    doc = nlp(text)
    return [(o["name"], o["title"], o["mentions"][0]["text"]) for o in doc._.officials]


def extracted(text: str) -> list[tuple[str | None, str, str | None]]:
    """(name, title, of) of each official the whole pipeline finds."""
    return [(o.name, o.title, o.of) for o in beritaie.extract(text).officials]


def persons(nlp: Language, text: str) -> dict[str, list[str]]:
    doc = nlp(text)
    return {p["name"]: [m["text"] for m in p["mentions"]] for p in doc._.persons}


# --- constructions -----------------------------------------------------------------------------------

CONSTRUCTIONS = [
    pytest.param(
        "Gubernur Jawa Tengah, Bambang Sutrisno mengatakan bahwa jalan provinsi segera diperbaiki.",
        [("Bambang Sutrisno", "Gubernur", "Gubernur Jawa Tengah, Bambang Sutrisno")],
        id="apposition",
    ),
    pytest.param(
        "Rudi Hartono selaku Kepala Dinas Pendidikan menjelaskan jadwal ujian sekolah.",
        [("Rudi Hartono", "Kepala Dinas", "Rudi Hartono selaku Kepala Dinas Pendidikan")],
        id="name-first-selaku",
    ),
    pytest.param(
        "Hal itu disampaikan Andi Wijaya Plt. Bupati Bantul kepada wartawan. “Kami siap,” kata Andi Wijaya.",
        [("Andi Wijaya", "Plt. Bupati", "Andi Wijaya Plt. Bupati Bantul")],
        id="name-first-direct",
    ),
    pytest.param(
        "Kepala Dinas Kesehatan Siti Rahmawati meninjau puskesmas di Kecamatan Mlati.",
        [("Siti Rahmawati", "Kepala Dinas", "Kepala Dinas Kesehatan Siti Rahmawati")],
        id="title-then-name",
    ),
    pytest.param(
        "Bupati Sleman didampingi Kapolres Sleman, Dandim 0732/Sleman dan Sekda Sleman meninjau lokasi banjir.",
        [(None, "Bupati", "Bupati Sleman"), (None, "Kapolres", "Kapolres Sleman"),
         (None, "Dandim", "Dandim 0732/Sleman"), (None, "Sekda", "Sekda Sleman")],
        id="titles-alone",
    ),
    pytest.param(
        "Acara dibuka Bupati Sleman Ir. H. Joko Santoso, M.Si di pendopo.",
        [("Joko Santoso", "Bupati", "Bupati Sleman Ir. H. Joko Santoso")],
        id="honorifics-and-degrees",
    ),
    pytest.param(
        "Kapolda Jawa Tengah Irjen Pol Budi Hartono memimpin apel pagi.",
        [("Budi Hartono", "Kapolda", "Kapolda Jawa Tengah Irjen Pol Budi Hartono")],
        id="rank-before-name",
    ),
    pytest.param(
        "Gubernur Jambi, Ahmad Fauzi hadir dalam rapat. Gubernur juga meminta dinas menjaga kebersihan.",
        [("Ahmad Fauzi", "Gubernur", "Gubernur Jambi, Ahmad Fauzi")],
        id="bare-title-later-is-the-same-holder",
    ),
    pytest.param(
        "Camat Kembaran Agus Wibowo, S.Sos., M.Si. membuka acara. Kepala Dinas Pendidikan Banyumas, Rina Lestari, "
        "S.Pd hadir.",
        [("Agus Wibowo", "Camat", "Camat Kembaran Agus Wibowo"),
         ("Rina Lestari", "Kepala Dinas", "Kepala Dinas Pendidikan Banyumas, Rina Lestari")],
        id="degrees-after-the-holder-are-no-name",
    ),
    pytest.param(
        "Kapolsek setempat, AKP Budi Santoso, meninjau lokasi. Lurah setempat Joko Susilo ikut hadir, sedangkan "
        "Camat setempat belum datang.",
        [("Budi Santoso", "Kapolsek", "Kapolsek setempat, AKP Budi Santoso"),
         ("Joko Susilo", "Lurah", "Lurah setempat Joko Susilo"), (None, "Camat", "Camat setempat")],
        id="local-office-holders-setempat",
    ),
    pytest.param(
        "Menteri Dalam Negeri, Rahmat Hidayat membuka rapat. Mendagri meminta kepala daerah waspada.",
        [("Rahmat Hidayat", "Menteri Dalam Negeri", "Menteri Dalam Negeri, Rahmat Hidayat")],
        id="minister-and-short-form",
    ),
    pytest.param(
        "Kegiatan dihadiri Sekretaris Daerah sekaligus Ketua Panitia Ir. Budi Hartono, M.Si.",
        [("Budi Hartono", "Sekretaris Daerah", "Sekretaris Daerah")],
        id="two-titles-one-holder",
    ),
    pytest.param(
        "Kepala Dinas Perhubungan Kota Bantul, Agus Salim, S.H. menemui warga. Kadis Perhubungan Bantul "
        "berjanji menata parkir.",
        [("Agus Salim", "Kepala Dinas", "Kepala Dinas Perhubungan Kota Bantul, Agus Salim")],
        id="long-and-short-title-merge",
    ),
    pytest.param(
        "Ketua KPU Kabupaten Magelang hadir. Ketua KPU Provinsi mengikuti rapat daring. Ketua KPU Provinsi "
        "Jawa Tengah, Dian Permata menyampaikan jadwal tahapan.",
        [(None, "Ketua", "Ketua KPU Kabupaten Magelang"), ("Dian Permata", "Ketua", "Ketua KPU Provinsi")],
        id="level-separates-offices-unnamed-joins-named",
    ),
    pytest.param(
        "Staf Khusus Wapres Tono Sugiarto dan Wahyu Pratama hadir di istana.",
        [("Tono Sugiarto", "Staf Khusus", "Staf Khusus Wapres Tono Sugiarto dan Wahyu Pratama"),
         ("Wahyu Pratama", "Staf Khusus", "Staf Khusus Wapres Tono Sugiarto dan Wahyu Pratama")],
        id="two-holders-listed",
    ),
    pytest.param(
        "Wakil Ketua MPR Lukman Hakim mengatakan sidang ditunda. Hakim praperadilan Dimas Saputra memutus.",
        [("Lukman Hakim", "Wakil Ketua", "Wakil Ketua MPR Lukman Hakim"),
         ("Dimas Saputra", "Hakim", "Hakim praperadilan Dimas Saputra")],
        id="title-word-as-surname-and-qualified-title",
    ),
    pytest.param(
        "Komandan Lanal Bintan, Kolonel Laut (P) Arief Budiman, memimpin patroli. Danrem 042/Garuda Putih "
        "Brigjen TNI Rudi Hartanto dan Danlanud Kolonel Pnb Agus Wijaya hadir. Kapal melintas di Laut Timor.",
        [("Arief Budiman", "Komandan Lanal", "Komandan Lanal Bintan, Kolonel Laut (P) Arief Budiman"),
         ("Rudi Hartanto", "Danrem", "Danrem 042/Garuda Putih Brigjen TNI Rudi Hartanto"),
         ("Agus Wijaya", "Danlanud", "Danlanud Kolonel Pnb Agus Wijaya")],
        id="military-ranks-with-corps-and-service",
    ),
    pytest.param(
        "Head of Public Relations Bank Mandiri, Rina Kusuma, menjelaskan. Vice President Sales and Marketing "
        "Bank BRI, Agus Salim, menambahkan. General Manager Bandara Juanda, Budi Hartanto, hadir.",
        [("Rina Kusuma", "Head of Public Relations", "Head of Public Relations Bank Mandiri, Rina Kusuma"),
         ("Agus Salim", "Vice President Sales and Marketing",
          "Vice President Sales and Marketing Bank BRI, Agus Salim"),
         ("Budi Hartanto", "General Manager", "General Manager Bandara Juanda, Budi Hartanto")],
        id="english-business-titles-with-their-field",
    ),
    pytest.param(
        "VP Corporate Secretary Bank BRI, Rina Kusuma, menjelaskan. Chief of Public Affairs Bank Mandiri, Agus "
        "Salim, menambahkan.",
        [("Rina Kusuma", "VP Corporate Secretary", "VP Corporate Secretary Bank BRI, Rina Kusuma"),
         ("Agus Salim", "Chief of Public Affairs", "Chief of Public Affairs Bank Mandiri, Agus Salim")],
        id="vp-and-chief-of",
    ),
    pytest.param(
        "Raja Negeri Tulehu, Abdul Latuconsina, menemui warga. Hukum Tua Desa Tountimomor, Jantje Mamahit, "
        "menyambut rombongan.",
        [("Abdul Latuconsina", "Raja Negeri", "Raja Negeri Tulehu, Abdul Latuconsina"),
         ("Jantje Mamahit", "Hukum Tua", "Hukum Tua Desa Tountimomor, Jantje Mamahit")],
        id="adat-village-heads-of-maluku-and-minahasa",
    ),
    pytest.param(
        "Wakil Sekretaris Jenderal PBB untuk Urusan Kemanusiaan, Martin Griffith, mengatakan bantuan tertahan. "
        "Bertindak sebagai inspektur upacara, Bupati Sleman, Kustini Sri Purnomo.",
        [("Martin Griffith", "Wakil Sekretaris Jenderal",
          "Wakil Sekretaris Jenderal PBB untuk Urusan Kemanusiaan, Martin Griffith"),
         ("Kustini Sri Purnomo", "Bupati", "Bupati Sleman, Kustini Sri Purnomo")],
        id="a-field-after-untuk-and-a-verb-opening-the-sentence",
    ),
    pytest.param(
        "Deputi Bidang Statistik Distribusi dan Jasa BPS, Ratna Kusumawati, mengatakan inflasi turun.",
        [("Ratna Kusumawati", "Deputi", "Deputi Bidang Statistik Distribusi dan Jasa BPS, Ratna Kusumawati")],
        id="a-field-with-a-dictionary-word-before-dan",
    ),
    pytest.param(
        "Kapolda Metro Jaya mengimbau warga menghindari jalur itu.",
        [(None, "Kapolda", "Kapolda Metro Jaya")],
        id="a-compact-title-before-its-units-listed-name",
    ),
    pytest.param(
        "Hakim Anggota Rudi Hartono bertanya kepada saksi.",
        [("Rudi Hartono", "Hakim Anggota", "Hakim Anggota Rudi Hartono")],
        id="member-judge",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CONSTRUCTIONS)
def test_constructions(nlp: Language, text: str, expected: list[tuple[str | None, str, str]]) -> None:
    assert officials(nlp, text) == expected


def test_abbreviation_links_offices_and_quote_names_the_holder(nlp: Language) -> None:
    text = (
        "Pemerintah Kabupaten Banyumas menggelar rapat pajak. Rapat dihadiri Kepala Badan Pengelola Pajak "
        "Daerah (BPPD) dan para camat.\n\n"
        "Kaban BPPD Banyumas menjelaskan bahwa target pajak tahun ini naik.\n\n"
        "“Kami optimistis target tercapai,” ujar Sutarno."
    )
    doc = nlp(text)
    (official,) = doc._.officials
    assert official["name"] == "Sutarno"
    assert official["title"] == "Kepala Badan"
    assert official["of"] == "Badan Pengelola Pajak Daerah"
    assert [m["text"] for m in official["mentions"]] == [
        "Kepala Badan Pengelola Pajak Daerah (BPPD)", "Kaban BPPD Banyumas"]


def test_a_title_defined_with_its_short_form_is_the_office_the_short_form_names_later(full: Language) -> None:
    # the full pipeline: Polda Jawa Tengah and Polres Bogor come from the gazetteer
    doc = full(
        "Direktur Lalu Lintas (Dirlantas) Polda Jawa Tengah, Kombes Pol Rahmat Purba, meninjau pos. Arus mudik "
        "meningkat. Dirlantas juga mengingatkan bahwa pemudik harus beristirahat setiap empat jam.\n\n"
        "Kepala Satuan Reserse Kriminal (Kasat Reskrim) Polres Bogor AKP Teguh Kumara menjelaskan bahwa pelaku "
        "ditangkap di rumahnya. Kasat Reskrim menambahkan, barang bukti disita.")
    assert [(o["name"], o["title"], o["of"], len(o["mentions"])) for o in doc._.officials] == [
        ("Rahmat Purba", "Direktur Lalu Lintas", "Kepolisian Daerah Jawa Tengah", 2),
        ("Teguh Kumara", "Kepala Satuan Reserse Kriminal", "Kepolisian Resor Bogor", 2)]
    assert [q["speaker"] for q in doc._.quotes] == ["Rahmat Purba", "Teguh Kumara", "Teguh Kumara"]


def test_a_head_written_out_before_a_unit_s_short_name_is_the_compact_office(full: Language) -> None:
    doc = full(
        "Kepala Polres Bogor AKBP Rio Wahyu meninjau lokasi. Kapolres Bogor juga meminta warga waspada terhadap "
        "banjir.\n\nKepala Kanwil Kemenag Jawa Timur, Abdul Wahid, melepas jemaah. \"Semua sehat dan siap "
        "berangkat,\" kata Kakanwil itu.")
    assert [(o["name"], o["title"], len(o["mentions"])) for o in doc._.officials] == [
        ("Rio Wahyu", "Kepala Polres", 2), ("Abdul Wahid", "Kepala Kanwil", 2)]
    assert [q["speaker"] for q in doc._.quotes] == ["Rio Wahyu", "Abdul Wahid"]


def test_a_rank_inside_a_body_named_after_a_person_is_part_of_the_body(full: Language) -> None:
    doc = full("Rektor Universitas Jenderal Soedirman (Unsoed) Purwokerto, Prof. Dr. Hendra Wicaksana "
               "Putra, mengatakan kampusnya siap menyesuaikan kebijakan baru.")
    assert [(o["name"], o["title"], o["of"]) for o in doc._.officials] == [
        ("Hendra Wicaksana Putra", "Rektor", "Universitas Jenderal Soedirman")]
    assert [c["name"] for c in doc._.persons] == ["Hendra Wicaksana Putra"]


def test_a_portfolio_listing_fields_with_commas_is_one_title(full: Language) -> None:
    doc = full("Menteri Pendidikan Tinggi, Sains, dan Teknologi (Mendiktisaintek) Satryo Brodjonegoro "
               "mengatakan bahwa seleksi tetap digelar. Kepala Dinas Kesehatan, Rina Lestari, hadir.")
    assert [(o["name"], o["title"]) for o in doc._.officials] == [
        ("Satryo Brodjonegoro", "Menteri Pendidikan Tinggi, Sains, dan Teknologi"), ("Rina Lestari", "Kepala Dinas")]


def test_club_coaches_and_managers_are_officials_of_their_club(full: Language) -> None:
    # the clubs come from the gazetteer
    doc = full("Pelatih Persib, Marko Stojanovic, mengatakan timnya siap. Di kubu lawan, pelatih Bali "
               "United, Ricardo Almeida, tidak mencari alasan. Para pelatih usia dini ikut kursus.")
    assert [(o["name"], o["title"], o["of"]) for o in doc._.officials] == [
        ("Marko Stojanovic", "Pelatih", "Persib Bandung"), ("Ricardo Almeida", "pelatih", "Bali United")]


# Officials of the whole pipeline (regions, bodies and the model read): (text, [(name, title, of)]).
FULL_PIPELINE_OFFICIALS = [
    pytest.param(
        "Bendesa Adat Tenganan Pegringsingan, Anak Agung Ngurah Oka, menyebut ritual itu digelar tiap tahun. "
        "Manager Humas KAI Daop 8 Surabaya, Mahardika Putra, mengatakan jadwal kembali normal.",
        [("Anak Agung Ngurah Oka", "Bendesa Adat", "Tenganan Pegringsingan"),
         ("Mahardika Putra", "Manager Humas", "Kereta Api Indonesia")],
        id="balinese-village-head-noble-name-and-an-english-manager-title",
    ),
    pytest.param(
        "Wakil Bupati Karangasem, I Made Sukadana Putra, meninjau pasar Amlapura.",
        [("I Made Sukadana Putra", "Wakil Bupati", "Karangasem")],
        id="a-place-name-after-a-balinese-birth-order-name-is-the-name",
    ),
    pytest.param(
        "Chief Executive Officer (CEO) Perkasa United, Rizal Hakim, mengatakan manajemen memantau pemain itu.",
        [("Rizal Hakim", "Chief Executive Officer", "Perkasa United")],
        id="the-title-s-short-form-is-no-part-of-the-body",
    ),
    pytest.param(
        "Direktur RSUD Soewondo, dr Aziz Hartono MKes, mengatakan antrean pasien berkurang.",
        [("Aziz Hartono", "Direktur", "Rumah Sakit Umum Daerah")],
        id="an-undotted-degree-ends-the-holder-s-name",
    ),
    pytest.param(
        "Jaksa Penuntut Umum (JPU) Kejaksaan Negeri (Kejari) Bantul menghadirkan empat saksi. JPU Kejari Bantul, "
        "Rina Maharani, menyebut saksi kunci dihadirkan pekan depan.",
        [("Rina Maharani", "Jaksa Penuntut Umum", "Kejaksaan Negeri Bantul")],
        id="a-title-restated-by-its-short-form-is-the-same-office",
    ),
    pytest.param(
        "JPU Kejari Bantul, Rina Maharani, menghadirkan empat saksi dalam sidang, Senin.",
        [("Rina Maharani", "JPU", "Kejaksaan Negeri Bantul")],
        id="a-public-prosecutor-by-the-short-title",
    ),
    pytest.param(
        "Survei digelar menjelang Pemilu Presiden, sebulan sebelum Pileg Bupati dimulai. Presiden Joko Widodo hadir.",
        [("Joko Widodo", "Presiden", None)],
        id="an-election-named-after-the-office-holds-no-official",
    ),
    pytest.param(
        "Presiden Iran Masoud Pezeshkian menerima Perdana Menteri Jepang Shigeru Ishiba di Teheran.",
        [("Masoud Pezeshkian", "Presiden", "Iran"), ("Shigeru Ishiba", "Perdana Menteri", "Jepang")],
        id="foreign-name-shaped-like-a-derived-noun",
    ),
    pytest.param(
        "Adisurya, Direktur Keuangan PT Pelabuhan Samudra Nusantara, mengatakan laba naik.",
        [("Adisurya", "Direktur Keuangan", "PT Pelabuhan Samudra Nusantara")],
        id="company-name-closed-by-punctuation-holds-no-person-the-name-before-the-comma-does",
    ),
    pytest.param(
        "Budi Santoso, Kepala Dinas Pendidikan Sleman, saat ditemui mengatakan sekolah siap. Rapat dihadiri "
        "Bupati Sleman Kustini, Kepala Dinas Kesehatan Sleman, dan para camat, serta Rina, Asisten II, Asisten III.",
        [("Budi Santoso", "Kepala Dinas", "Dinas Pendidikan Sleman"), ("Kustini", "Bupati", "Sleman"),
         (None, "Kepala Dinas", "Dinas Kesehatan Sleman"), (None, "Asisten", "II"), (None, "Asisten", "III")],
        id="a-name-set-off-before-a-title-holds-it-not-in-a-list",
    ),
    pytest.param(
        "Direktur Keuangan dan Manajemen Risiko PSNI, Ratna Dewi, menambahkan utang turun.",
        [("Ratna Dewi", "Direktur Keuangan dan Manajemen Risiko", "PSNI")],
        id="field-joined-by-dan-ends-the-title-before-the-body",
    ),
    pytest.param(
        "Head of Research PT Nusantara Sinergi Sekuritas, Adrian Halim, mengatakan indeks melemah. Pemimpin Cabang "
        "Perum Bulog Surakarta, Rina Widyastuti, memastikan stok aman.",
        [("Adrian Halim", "Head of Research", "PT Nusantara Sinergi Sekuritas"),
         ("Rina Widyastuti", "Pemimpin Cabang", "Perum Bulog Surakarta")],
        id="english-business-titles-and-branch-heads",
    ),
    pytest.param(
        "Putra sulungnya, Hendrawan Santosa, yang kini menjabat Direktur Utama PT Jati Makmur Abadi, mengenang "
        "ayahnya. Ayahnya juga pernah menjabat Ketua Himpunan Industri Mebel.",
        [("Hendrawan Santosa", "Direktur Utama", "PT Jati Makmur Abadi")],
        id="now-holds-the-title-and-a-former-holder-is-none",
    ),
    pytest.param(
        "Ketua Umum Asosiasi Modal Ventura untuk Startup Indonesia (Amvesindo) Sarah Anindita mengatakan investor "
        "berhati-hati. Direktur Eksekutif Center for Budget Studies (CBS), Rina Lestari, menilai defisit melebar.",
        [("Sarah Anindita", "Ketua Umum", "Asosiasi Modal Ventura untuk Startup Indonesia"),
         ("Rina Lestari", "Direktur Eksekutif", "Center for Budget Studies")],
        id="body-the-text-defines-runs-over-lower-case-words",
    ),
    pytest.param(
        "Duta Besar RI untuk Amerika Serikat, Hendarto Prasetyo, mengatakan diaspora solid. Konsul Jenderal RI di "
        "New York, Arif Rahman Hakim, menambahkan layanan dibuka. Direktur Jenderal Minyak dan Gas Bumi Kementerian "
        "Energi dan Sumber Daya Mineral, Laode Sulaeman, mengatakan stok aman.",
        [("Hendarto Prasetyo", "Duta Besar", "Amerika Serikat"), ("Arif Rahman Hakim", "Konsul Jenderal", "New York"),
         ("Laode Sulaeman", "Direktur Jenderal", "Kementerian Energi dan Sumber Daya Mineral")],
        id="envoys-to-a-post-and-a-directorate-joining-two-fields",
    ),
    pytest.param(
        "Kepala Desa Sukamanah, Kecamatan Cikeusik, berinisial AS (48) ditetapkan sebagai tersangka. Kades "
        "Mekarjaya berinisial RH juga diperiksa.",
        [("AS", "Kepala Desa", "Sukamanah"), ("RH", "Kades", "Mekarjaya")],
        id="initials-after-berinisial-name-the-holder",
    ),
    pytest.param(
        "Laga digelar di Stadion Kapten I Wayan Dipta, Gianyar. Konser berlangsung di Taman Ismail Marzuki, Jakarta.",
        [], id="places-named-after-a-person-hold-no-office",
    ),
]


@pytest.mark.parametrize(("text", "expected"), FULL_PIPELINE_OFFICIALS)
def test_full_pipeline_officials(full: Language, text: str, expected: list[tuple[str | None, str, str]]) -> None:
    assert [(o["name"], o["title"], o["of"]) for o in full(text)._.officials] == expected


@pytest.mark.parametrize(("text", "persons"), [
    pytest.param("Laga digelar di Stadion Kapten I Wayan Dipta. Konser di Taman Ismail Marzuki, Jakarta.", [],
                 id="places-named-after-a-person"),
    pytest.param('"Barangnya sedikit, Mas," kata Tarmini, pedagang sayur di pasar itu.', ["Tarmini"],
                 id="a-form-of-address-alone"),
])
def test_no_person_in_place_names_or_forms_of_address(full: Language, text: str, persons: list[str]) -> None:
    assert [p["name"] for p in full(text)._.persons] == persons


def test_regional_village_and_district_heads_and_an_adat_title_after_the_name(full: Language) -> None:
    doc = full("Wali Nagari Sungai Batang Yulizar Dt. Rajo Mudo mengatakan festival digelar tiap tahun. Kepala "
               "Distrik Seradala, Yosua Kobak, hadir. \"Kami siap,\" kata Yulizar.")
    assert [(o["name"], o["title"]) for o in doc._.officials] == [
        ("Yulizar", "Wali Nagari"), ("Yosua Kobak", "Kepala Distrik")]
    assert [p["name"] for p in doc._.persons] == ["Yulizar", "Yosua Kobak"]
    assert {q["speaker"] for q in doc._.quotes} == {"Yulizar"}


def test_quote_link_can_be_switched_off(nlp: Language) -> None:
    text = ("Kaban Kepegawaian Kabupaten Kendal menjelaskan bahwa seleksi dibuka.\n\n"
            "“Pendaftaran gratis,” ujar Sutarno.")
    assert [o["name"] for o in nlp(text)._.officials] == ["Sutarno"]
    off = component(nlp, "officials_no_quote_link", link_quoted_speaker=False)
    assert [o["name"] for o in off(nlp.make_doc(text))._.officials] == [None]


def test_demonstrative_title_refers_back(nlp: Language) -> None:
    text = ("Panitia mewawancarai Rina Marlina. “Saya siap,” kata Rina. Ketua Komite Etik itu mengatakan "
            "laporan akan dikaji.")
    assert officials(nlp, text) == [("Rina Marlina", "Ketua", "Ketua Komite Etik")]


# --- exclusions (GUIDE.md: plural, generic, former and future holders) ------------------------------

@pytest.mark.parametrize(
    "text",
    [
        "Para camat hadir dalam rapat koordinasi.",
        "Surat edaran itu dikirim kepada bupati/walikota di seluruh provinsi.",
        "Mantan Gubernur Jawa Barat menghadiri pelantikan.",
        "Calon Bupati Bantul mendaftar ke KPU.",
        "Dalam pilkada Gubernur dan Wakil Gubernur tahun ini, warga diminta hadir.",
        "Kepala UPTD se-Kecamatan Mlati mengikuti pelatihan.",
        "Pimpinan KPK belum memberi tanggapan.",
        "Kepala Negara menerima tamu kenegaraan.",
        "Ia kini menjadi Bupati termuda.",
        "Inspektur Jenderal Polisi Slamet Riyadi hadir.",
        "Camat dan kepala desa diminta hadir.",
        "Peraturan Bupati Sleman Nomor 5 tahun ini mengatur parkir.",
        "Kepala Perangkat Daerah mengikuti apel.",
        "Rapat Dewan Gubernur Bank Indonesia menahan suku bunga.",
        "Dewan Komisaris PT Maju Jaya Tbk menyetujui rencana itu.",
    ],
)
def test_not_officials(nlp: Language, text: str) -> None:
    assert officials(nlp, text) == []


# --- persons -------------------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Wali Kota Malang, Hendrawn Saputra meresmikan pasar. “Pasar ini untuk warga,” ujar Hendrawan "
            "Saputra. Menurut Hendrawan, pasar buka pagi.",
            {"Hendrawan Saputra": ["Hendrawn Saputra", "Hendrawan Saputra", "Hendrawan"]},
            id="typo-and-short-name",
        ),
        pytest.param(
            "Warga mengenal Ahmad Fauzi alias Ojik sebagai tokoh desa. “Kami bangga,” kata Ojik.",
            {"Ahmad Fauzi": ["Ahmad Fauzi", "Ojik", "Ojik"]},
            id="alias",
        ),
        pytest.param(
            "Pelatih memanggil Bambang Pamungkas dan Ricky Yacobi. “Latihan rutin,” kata Bambang.",
            {"Bambang Pamungkas": ["Bambang Pamungkas", "Bambang"], "Ricky Yacobi": ["Ricky Yacobi"]},
            id="listed-with-a-known-name",
        ),
        pytest.param(
            "Tersangka berinisial AB (25) ditangkap di rumahnya.",
            {"AB": ["AB"]},
            id="initials-with-age",
        ),
        pytest.param(
            "Bantuan diserahkan kepada Pak Darmin dan Pak Slamet. Sebelumnya pak darmin bekerja di pasar.",
            {"Darmin": ["Darmin", "darmin"], "Slamet": ["Slamet"]},
            id="honorific-pak-and-lower-case-repeat",
        ),
        pytest.param(
            "“Kami siap,” ujar Yusuf. Kemudian Yusuf Maulana menambahkan bahwa dana cukup.",
            {"Yusuf Maulana": ["Yusuf", "Yusuf Maulana"]},
            id="short-form-grows-to-full-form",
        ),
        pytest.param(
            "Rapat digelar di Kota Bantul dan dipimpin Sekda Bantul. Warga Bantul hadir.",
            {},
            id="regions-are-not-persons",
        ),
        pytest.param(
            "Politikus Partai Hanura Wiranto Sujatmiko menjenguk korban banjir.",
            {"Wiranto Sujatmiko": ["Wiranto Sujatmiko"]},
            id="role-noun-then-party-then-name",
        ),
        pytest.param(
            "KPU menetapkan pasangan Agus Harjono - Dewi Sartika sebagai pemenang.",
            {"Agus Harjono": ["Agus Harjono"], "Dewi Sartika": ["Dewi Sartika"]},
            id="election-couple",
        ),
        pytest.param(
            "Tiga siswa dikirim ke olimpiade. Mereka adalah Rizky Ananda, Putri Maharani dan Fajar.",
            {"Rizky Ananda": ["Rizky Ananda"], "Putri Maharani": ["Putri Maharani"], "Fajar": ["Fajar"]},
            id="enumeration",
        ),
        pytest.param(
            "Ketua DPRD Bali I Made Suarjana membuka sidang. Kepala Dinas Pariwisata I Ketut Widana hadir.",
            {"I Made Suarjana": ["I Made Suarjana"], "I Ketut Widana": ["I Ketut Widana"]},
            id="balinese-names",
        ),
        pytest.param(
            "Ia bergabung sebagai anggota Laskar Merah sejak muda.",
            {},
            id="lower-case-title-needs-a-full-name",
        ),
        pytest.param(
            "Desa Sukamaju terdiri dari empat Dusun Utama, yaitu Dusun Krajan dan Dusun Wetan.",
            {},
            id="hamlets-are-not-persons",
        ),
        pytest.param(
            "Rapat dipimpin Ketua DPRD Dr. H. Moch. Ainur Rofiq, S.E., M.Si. kemarin. Bupati Muh. Arifin dan "
            "Kepala Dinas Pendidikan Abd. Rahman hadir.",
            {"Moch. Ainur Rofiq": ["Moch. Ainur Rofiq"], "Muh. Arifin": ["Muh. Arifin"],
             "Abd. Rahman": ["Abd. Rahman"]},
            id="shortened-given-names",
        ),
        pytest.param(
            "Rapat dibuka Sekda Kota Malang, Hendra Wijaya, S.H. Ia meminta semua OPD hadir.",
            {"Hendra Wijaya": ["Hendra Wijaya"]},
            id="a-degree-ending-the-sentence-ends-the-apposed-name",
        ),
        pytest.param(
            "Petugas mendahulukan ibu hamil dan lansia, kata bu sumiyati.",
            {"sumiyati": ["sumiyati"]},
            id="a-dictionary-word-after-a-lower-case-ibu-is-no-name",
        ),
        pytest.param(
            "Suparmi (60), yang akrab disapa Mbok Parmi, menabung di koperasi itu sejak 2019.",
            {"Suparmi": ["Suparmi", "Mbok Parmi"]},
            id="a-nickname-after-yang-akrab-disapa-is-the-same-person",
        ),
        pytest.param(
            "Beliau memastikan anggaran pendidikan tidak dipangkas tahun depan.",
            {},
            id="a-pronoun-before-a-speech-verb-is-no-name",
        ),
        pytest.param(
            "Kalaksa BPBD Jawa Barat Asep Hidayat meninjau lokasi longsor.",
            {"Asep Hidayat": ["Asep Hidayat"]},
            id="kalaksa-is-a-title",
        ),
    ],
)
def test_persons(nlp: Language, text: str, expected: dict[str, list[str]]) -> None:
    assert persons(nlp, text) == expected


def test_persons_from_model_entities(nlp: Language) -> None:
    """PER spans from doc.ents (the trained model) are used as names, degrees stripped."""
    doc = nlp.make_doc("Rapat itu juga dihadiri Rahmat Saleh, S.E. dari Jakarta.")
    start = doc.text.index("Rahmat")
    span = doc.char_span(start, start + len("Rahmat Saleh, S.E."), label="PER", alignment_mode="expand")
    doc.ents = [Span(doc, span.start, span.end, label="PER")]
    doc = nlp.get_pipe("beritaie_officials")(doc)
    assert [(p["name"], [m["text"] for m in p["mentions"]]) for p in doc._.persons] == [
        ("Rahmat Saleh", ["Rahmat Saleh"])]
    off = component(nlp, "officials_no_ents", use_ents=False)
    assert off(nlp.make_doc(doc.text))._.persons == []


@pytest.mark.parametrize(
    ("text", "ent", "expected"),
    [
        pytest.param("Rapat dihadiri Sekda Suparman kemarin.", "Sekda Suparman", ["Suparman"], id="title-cut"),
        pytest.param("Kasus itu disebut Andi Wijaya keliru.", "Andi Wijaya keliru", ["Andi Wijaya"],
                     id="trailing-word-cut"),
        pytest.param("Dukungan untuk Rina - Agus menguat.", "Rina - Agus", ["Rina", "Agus"], id="pair-split"),
        pytest.param("Spanduk Euis Komariah-Ridwan Setiadi terpasang.", "Euis Komariah-Ridwan Setiadi",
                     ["Euis Komariah", "Ridwan Setiadi"], id="hyphen-pair-of-full-names-split"),
        pytest.param("Dukungan untuk pasangan Prabowo-Gibran menguat.", "Prabowo-Gibran", ["Prabowo", "Gibran"],
                     id="hyphen-pair-after-pasangan-split"),
        pytest.param("Dukungan untuk Prabowo-Gibran menguat.", "Prabowo-Gibran", ["Prabowo-Gibran"],
                     id="hyphen-pair-of-single-names-needs-a-pair-noun"),
        pytest.param("Pelatih itu memuji Jean-Pierre Papin.", "Jean-Pierre Papin", ["Jean-Pierre Papin"],
                     id="hyphenated-given-name-kept"),
        pytest.param("Warga ikut senam Sehat bersama.", "senam Sehat", [], id="common-word-span-dropped"),
        pytest.param("Anggaran Kemenpora naik.", "Kemenpora", [], id="ministry-dropped"),
        pytest.param("Hubungan Bangsa-Bangsa membaik.", "Bangsa-Bangsa", [], id="reduplication-dropped"),
        pytest.param("Pakar gizi, Rina Lestari, SKM, M.Kes, hadir.", "M.Kes", [], id="degree-dropped"),
        pytest.param("Ia dirawat di RSUD dr. Mulyono Sastro sejak Senin.", "Mulyono Sastro", [],
                     id="hospital-named-after-a-person"),
        pytest.param("Laga digelar di Stadion Gelora Bung Karno.", "Karno", [], id="stadium-named-after-a-person"),
        pytest.param("Indonesia merebut Piala Thomas lagi.", "Piala Thomas", [], id="cup-named-after-a-person"),
        pytest.param("Musim haji 1446 Hijriah/2025 Masehi dimulai.", "Hijriah/2025", [], id="digits-dropped"),
        pytest.param("Beliau memastikan anggaran tidak dipangkas.", "Beliau", [], id="pronoun-dropped"),
    ],
)
def test_model_spans_are_cleaned(nlp: Language, text: str, ent: str, expected: list[str]) -> None:
    doc = nlp.make_doc(text)
    start = text.index(ent)
    span = doc.char_span(start, start + len(ent), label="PER", alignment_mode="expand")
    doc.ents = [span]
    doc = nlp.get_pipe("beritaie_officials")(doc)
    assert sorted(m["text"] for p in doc._.persons for m in p["mentions"]) == sorted(expected)


# --- offsets -------------------------------------------------------------------------------------------

ALL_TEXTS = [p.values[0] for p in CONSTRUCTIONS] + [
    "Sebelumnya, PLT. Wali Kota Batu  Ir.  H.  Dedi   Kurnia, MM bertemu warga.\n\nDedi   Kurnia mengatakan...",
    "Gubernur Kalimantan Barat (Kalbar), Sutan Harahap menerima Kepala Bappeda Kalbar, Rini Astuti, S.E.",
]


@pytest.mark.parametrize("text", ALL_TEXTS)
def test_offsets_point_into_the_text(nlp: Language, text: str) -> None:
    doc = nlp(text)
    assert doc.text == text
    for person in doc._.persons:
        assert person["mentions"], person
        for m in person["mentions"]:
            assert text[m["start"]:m["end"]] == m["text"]
            assert m["text"] == m["text"].strip()
    for official in doc._.officials:
        assert official["mentions"], official
        assert set(official) == {"name", "title", "of", "of_kb_id", "mentions"}
        for m in official["mentions"]:
            assert text[m["start"]:m["end"]] == m["text"]
        starts = [m["start"] for m in official["mentions"]]
        assert starts == sorted(starts)


def test_person_mentions_exclude_titles_and_honorifics(nlp: Language) -> None:
    doc = nlp(ALL_TEXTS[-2])
    mentions = [m["text"] for p in doc._.persons for m in p["mentions"]]
    assert "Dedi   Kurnia" in mentions
    assert "Dedi   Kurnia, MM" not in mentions and "H.  Dedi   Kurnia" not in mentions


def test_each_person_once_and_official_names_are_person_names(nlp: Language) -> None:
    for text in ALL_TEXTS:
        doc = nlp(text)
        person_names = [p["name"] for p in doc._.persons]
        assert len(person_names) == len(set(person_names))
        named = [o["name"] for o in doc._.officials if o["name"]]
        assert set(named) <= set(person_names)
        assert len(named) == len(set(named))  # one official per person


def test_empty_and_title_free_texts(nlp: Language) -> None:
    doc = nlp("Hujan turun sejak pagi.")
    assert doc._.persons == [] and doc._.officials == []


# --- helpers -------------------------------------------------------------------------------------------

def test_segment_keeps_abbreviation_dots() -> None:
    text = "Ir. H. Budi. Bupati (8/7).Tampak"
    words = [w.text for w in segment(text)]
    assert words[:4] == ["Ir.", "H.", "Budi", "."]
    assert "Tampak" in words
    sentences = {w.text: w.sent for w in segment(text)}
    assert sentences["Ir."] == sentences["Budi"] != sentences["Bupati"]


def test_find_abbreviations_fallback() -> None:
    text = "Kepala Badan Kesatuan Bangsa dan Politik (Kesbangpol) dan Kalimantan Tengah (Kalteng)."
    found = {(a["short"], a["long"]) for a in find_abbreviations(text)}
    assert found == {("Kesbangpol", "Kesatuan Bangsa dan Politik"), ("Kalteng", "Kalimantan Tengah")}
    for a in find_abbreviations(text):
        assert text[a["short_start"]:a["short_end"]] == a["short"]
        assert text[a["long_start"]:a["long_end"]] == a["long"]


# --- component contract --------------------------------------------------------------------------------

def test_factory_config_and_add_pipe(nlp: Language) -> None:
    off = component(nlp, "officials_config", propagate=False, use_ents=False)
    assert isinstance(off, OfficialsRecognizer)
    assert off.propagate is False and off.use_ents is False and off.link_quoted_speaker
    assert nlp.get_pipe_meta("beritaie_officials").assigns == ["doc._.persons", "doc._.officials"]
    assert nlp.config["components"]["beritaie_officials"] == {
        "factory": "beritaie_officials", "use_ents": True, "propagate": True, "link_quoted_speaker": True}
    assert nlp.config["components"]["officials_config"]["propagate"] is False


def test_bad_config_is_rejected(nlp: Language) -> None:
    with pytest.raises(Exception, match="propagate"):
        nlp.add_pipe("beritaie_officials", name="officials_bad", config={"propagate": "sometimes"})
    assert "officials_bad" not in nlp.component_names


def test_without_propagation_only_cued_forms(nlp: Language) -> None:
    off = component(nlp, "officials_no_search", propagate=False)
    text = "“Kami siap,” ujar Yusuf Maulana. Dana itu, menurut rencana, dipakai Yusuf untuk pasar."
    doc = off(nlp.make_doc(text))
    assert [[m["text"] for m in p["mentions"]] for p in doc._.persons] == [["Yusuf Maulana"]]
    assert [[m["text"] for m in p["mentions"]] for p in nlp(text)._.persons] == [["Yusuf Maulana", "Yusuf"]]


def test_to_disk_round_trip(nlp: Language, tmp_path: Path) -> None:
    text = CONSTRUCTIONS[0].values[0]
    nlp.to_disk(tmp_path / "pipeline", exclude=["vocab"])
    loaded = spacy.load(tmp_path / "pipeline")
    assert loaded.pipe_names == nlp.pipe_names
    assert loaded.config["components"]["beritaie_officials"] == nlp.config["components"]["beritaie_officials"]
    assert loaded(text)._.officials == nlp(text)._.officials
    assert loaded(text)._.persons == nlp(text)._.persons


def test_call_returns_the_same_doc(nlp: Language) -> None:
    doc = nlp.make_doc("Bupati Sleman hadir.")
    assert nlp.get_pipe("beritaie_officials")(doc) is doc


def test_foreign_minister_belongs_to_the_country_not_a_kementerian(full: Language) -> None:
    # the full pipeline: countries come from the gazetteer
    doc = full("Menteri Luar Negeri AS John Miller tiba di Jakarta. Menteri Dalam Negeri RI Ahmad "
               "Subagyo menyambutnya. Menteri Pertahanan Australia Peter Collins menyusul.")
    assert [(o["title"], o["of"]) for o in doc._.officials] == [
        ("Menteri Luar Negeri", "Amerika Serikat"),
        ("Menteri Dalam Negeri", "Kementerian Dalam Negeri"),
        ("Menteri Pertahanan", "Australia"),
    ]


def test_an_envoys_post_may_be_a_place_only_the_model_knows(full: Language) -> None:
    doc = full("Konsul RI di Tawau, Rudi Hartanto, mengatakan seluruh WNI sudah dipulangkan.")
    assert [(o["title"], o["name"], o["of"]) for o in doc._.officials] == [("Konsul", "Rudi Hartanto", "Tawau")]


def test_jenderal_and_madya_inside_a_body_are_no_ranks(full: Language) -> None:
    doc = full("Kepala Kantor Wilayah Direktorat Jenderal Bea dan Cukai Jawa Timur, Rizal Harahap, mengatakan "
               "penyelundupan naik. Kantor Pengawasan dan Pelayanan Bea dan Cukai (KPPBC) Tipe Madya Pabean Belawan "
               "menggagalkan penyelundupan. Kepala KPPBC Tipe Madya Pabean Belawan, Hendra Lubis, menjelaskan.")
    assert [(o["name"], o["title"]) for o in doc._.officials] == [("Rizal Harahap", "Kepala Kantor Wilayah"),
                                                                  ("Hendra Lubis", "Kepala")]


def test_a_title_word_inside_a_model_person_is_part_of_the_name(full: Language) -> None:
    doc = full("Kepala Dinas Pertanian Sleman, Rahmat Hakim Prasetyo, menegaskan stok aman.")
    assert [(o["name"], o["title"]) for o in doc._.officials] == [("Rahmat Hakim Prasetyo", "Kepala Dinas")]


def test_a_listed_ministrys_portfolio_ends_the_title_before_the_name(full: Language) -> None:
    # portfolios with "dan" and a word no body list holds: the name starts after the ministry's name
    doc = full("Menteri Komunikasi dan Digital Rina Kartikasari menyatakan data itu bocor. Menteri Pendidikan "
               "Dasar dan Menengah Agus Salimin hadir. Menteri Koordinator Bidang Perekonomian Budi Hartono "
               "menyusul, begitu pula Wakil Menteri BUMN Fadil Rahman.")
    assert [(o["name"], o["title"], o["of"]) for o in doc._.officials] == [
        ("Rina Kartikasari", "Menteri Komunikasi dan Digital", "Kementerian Komunikasi dan Digital"),
        ("Agus Salimin", "Menteri Pendidikan Dasar dan Menengah", "Kementerian Pendidikan Dasar dan Menengah"),
        ("Budi Hartono", "Menteri Koordinator Bidang Perekonomian", "Kementerian Koordinator Bidang Perekonomian"),
        ("Fadil Rahman", "Wakil Menteri BUMN", "Kementerian Badan Usaha Milik Negara"),
    ]


def test_foreign_governors_and_mayors_take_their_state_or_city(full: Language) -> None:
    doc = full("Gubernur Texas Robert Miller dan Wali Kota New York Daniel Brooks meninjau banjir.")
    assert [(o["title"], o["of"], o["name"]) for o in doc._.officials] == [
        ("Gubernur", "Texas", "Robert Miller"), ("Wali Kota", "New York", "Daniel Brooks")]



def test_a_rank_after_the_title_is_not_its_body(nlp: Language) -> None:
    doc = nlp("Kapolri Jenderal Listyo Wibowo meninjau pos mudik bersama Sekretaris Jenderal DPR Indra Kusuma.")
    assert [(o["title"], o["of"], o["name"]) for o in doc._.officials] == [
        ("Kapolri", "Kepolisian Negara Republik Indonesia", "Listyo Wibowo"),
        ("Sekretaris Jenderal", "DPR", "Indra Kusuma")]


@pytest.mark.parametrize(("text", "of"), [
    ("Panglima TNI Laksamana Yudo Santoso meninjau pasukan.", "Tentara Nasional Indonesia"),
    ("Kasad Jenderal Maruli Siregar membuka latihan.", "TNI Angkatan Darat"),
    ("Menpora Dito Wibisono membuka kejuaraan.", "Kementerian Pemuda dan Olahraga"),
    ("Menteri BUMN Erwin Tohari meresmikan kantor baru.", "Kementerian Badan Usaha Milik Negara"),
    ("Kapolda Irjen Ahmad Lutfi memimpin apel.", None),  # one per province: no body without the region
])
def test_a_national_office_names_its_body_on_its_own(nlp: Language, text: str, of: str | None) -> None:
    assert [o["of"] for o in nlp(text)._.officials] == [of]


def test_a_rank_inside_an_office_names_no_person(nlp: Language) -> None:
    doc = nlp("Direktur Jenderal Aplikasi Informatika Yohanes Pangemanan menambahkan, rapat digelar besok.")
    assert [m["text"] for c in doc._.persons for m in c["mentions"]] == ["Yohanes Pangemanan"]
    assert [(o["title"], o["of"]) for o in doc._.officials] == [("Direktur Jenderal", "Aplikasi Informatika")]


def test_the_holders_name_after_a_level_word_and_a_known_region_is_not_part_of_the_region(full: Language) -> None:
    # the gazetteer knows where the region name ends
    doc = full("Kepala Dinas Kesehatan Kabupaten Sleman Cahya Wibisono mengatakan kasus DBD naik. "
               "Sekretaris Daerah Provinsi Jawa Tengah Sumarno Hadi membuka rapat.")
    assert [(o["title"], o["name"]) for o in doc._.officials] == [
        ("Kepala Dinas", "Cahya Wibisono"), ("Sekretaris Daerah", "Sumarno Hadi")]


def test_of_keeps_no_bracket_and_a_field_goes_on_after_dan(full: Language) -> None:
    # the short form is a gazetteer body; "Investasi" a dictionary word of the lexicon
    doc = full("Kepala Badan Pusat Statistik (BPS) Margo Sulistyo mengatakan inflasi turun. Menteri "
               "Koordinator Bidang Kemaritiman dan Investasi Luhut Pardede meninjau pelabuhan.")
    assert [(o["of"], o["name"]) for o in doc._.officials] == [
        ("Badan Pusat Statistik", "Margo Sulistyo"),
        ("Kementerian Koordinator Bidang Kemaritiman dan Investasi", "Luhut Pardede")]


@pytest.mark.parametrize("text", [
    "Kapolda Jatim Pimpin Apel Gelar Pasukan",  # a title and four capitalised words end the text
    "Sekjen PBB Desak Gencatan Senjata di Sudan",
])
def test_headline_words_after_a_title_are_no_name(nlp: Language, text: str) -> None:
    doc = nlp(text)
    assert [o["name"] for o in doc._.officials] == [None]
    assert doc._.persons == []


def test_a_headline_name_confirmed_in_the_body_is_kept(nlp: Language) -> None:
    doc = nlp("Gubernur Jateng Ahmad Lutfiansyah Tinjau Banjir\n\nKUDUS - Gubernur Jawa Tengah Ahmad Lutfiansyah "
              "meninjau banjir.")
    assert {o["name"] for o in doc._.officials} == {"Ahmad Lutfiansyah"}


def test_spokesperson_of_a_foreign_ministry_is_not_of_ours() -> None:
    record = beritaie.extract("Juru bicara Kemenlu China Mao Ning mengatakan hal itu. "
                              "Juru bicara Kemenlu Teuku Faizasyah menanggapi.")
    found = {(o.name, o.of) for o in record.officials}
    assert found == {("Mao Ning", "Kementerian Luar Negeri Tiongkok"), ("Teuku Faizasyah", "Kementerian Luar Negeri")}


def test_a_slash_joined_pair_is_two_persons() -> None:
    record = beritaie.extract("Ganda putri Apriyani Rahayu/Siti Fadia Silva Ramadhanti melaju ke final. "
                              "Pelatih Eng Hian memuji Apriyani Rahayu.")
    persons = {e.canonical for e in record.entities if e.label == "PER"}
    assert {"Apriyani Rahayu", "Siti Fadia Silva Ramadhanti"} <= persons
    assert not any("/" in p for p in persons)


def test_the_owner_of_a_trading_firm_is_no_name() -> None:
    record = beritaie.extract("Pemilik UD Berkah, Slamet, ditangkap polisi.")
    assert {e.text for e in record.entities if e.label == "PER"} == {"Slamet"}


def test_an_all_caps_headline_office_ends_at_its_region_and_keeps_running_text_case() -> None:
    for text in ("WAKIL BUPATI SLEMAN TINJAU JALAN RUSAK\n\nSLEMAN - Wakil Bupati Sleman, Danang Maharsa, meninjau jalan.",
                 "WAKIL BUPATI SLEMAN TINJAU JALAN RUSAK DI GODEAN Sleman - Wakil Bupati Sleman, Danang Maharsa, hadir."):
        [official] = beritaie.extract(text).officials
        assert (official.name, official.title, official.mentions[0].text) == (
            "Danang Maharsa", "Wakil Bupati", "WAKIL BUPATI SLEMAN")
    [official] = beritaie.extract("KAPOLRES KOBAR TINJAU POS PENGAMANAN\n\nKapolres hadir di pos itu.").officials
    assert official.title == "Kapolres"  # only the headline writes it: each word capitalised


@pytest.mark.parametrize("text, expected", [
    ("Direktur Keuangan BRI Viviana Dyah Ayu hadir.", ("Viviana Dyah Ayu", "Direktur Keuangan")),
    ("Wakil Direktur Utama Pertamina Wiko Migantoro hadir.", ("Wiko Migantoro", "Wakil Direktur Utama")),
    ("Kepala Ekonom Bank Permata Josua Pardede menilai inflasi terkendali.", ("Josua Pardede", "Kepala Ekonom")),
    ("Direktur Eksekutif Indef Tauhid Ahmad menilai kebijakan itu keliru.", ("Tauhid Ahmad", "Direktur Eksekutif")),
    ("CEO GoTo Patrick Walujo mengatakan efisiensi berlanjut.", ("Patrick Walujo", "CEO")),
])
def test_company_and_organisation_board_titles(nlp: Language, text: str, expected: tuple[str, str]) -> None:
    assert expected in [(name, title) for name, title, _mention in officials(nlp, text)]


@pytest.mark.parametrize("text, initials", [
    ("Tersangka berinisial RH ditangkap di rumahnya.", ["RH"]),
    ("Dua pelaku, masing-masing berinisial MF dan RS, masih diburu polisi.", ["MF", "RS"]),
    ("Pelaku berinisial AS (35) ditangkap. Polisi lalu menggeledah rumah AS di Bekasi.", ["AS", "AS"]),
])
def test_initials_after_berinisial_are_persons_all_through_the_text(text: str, initials: list[str]) -> None:
    entities = beritaie.extract(text).entities
    assert [e.text for e in entities if e.label == "PER"] == initials
    assert not any(e.label == "LOC" and e.text in initials for e in entities)


@pytest.mark.parametrize("text, expected", [
    ("Kasat Reskrim Polres Bogor AKP Teguh Kumara mengatakan pelaku ditangkap.",
     ("Teguh Kumara", "Kasat Reskrim", "Kepolisian Resor Bogor")),
    ("Kasi Intel Kejari Makassar Muhammad Yusuf mengatakan hal itu.",
     ("Muhammad Yusuf", "Kasi Intel", "Kejaksaan Negeri Makassar")),
    ("Kadis Kominfo Kobar Ahmad Yani mengatakan hal itu.",
     ("Ahmad Yani", "Kadis", "Dinas Komunikasi dan Informatika Kotawaringin Barat")),
])
def test_a_sub_unit_field_joins_the_title_and_the_body_after_it_is_the_office(text: str, expected: tuple) -> None:
    assert extracted(text) == [expected]


def test_holidays_written_like_names_are_no_persons() -> None:
    record = beritaie.extract("Penjualan ritel naik menjelang Ramadhan dan Idul Fitri, kata pedagang.")
    assert [e.text for e in record.entities if e.label == "PER"] == []
    record = beritaie.extract("Ramadhan Pohan hadir di pasar itu pada hari Senin.")
    assert [e.text for e in record.entities if e.label == "PER"] == ["Ramadhan Pohan"]


@pytest.mark.parametrize("text, expected", [
    ("Jaksa penuntut umum (JPU) dari Kejaksaan Negeri Surabaya menuntut terdakwa lima tahun penjara.",
     (None, "Jaksa penuntut umum", "Kejaksaan Negeri Surabaya")),
    ("Anggota DPRD Kabupaten Garut dari Fraksi PKB, Dadan Hidayatulloh, mengatakan jalan harus diperbaiki.",
     ("Dadan Hidayatulloh", "Anggota", "Dewan Perwakilan Rakyat Daerah Kabupaten Garut")),
])
def test_dari_links_an_office_to_its_body_or_faction(text: str, expected: tuple) -> None:
    assert extracted(text) == [expected]


def test_a_title_case_headline_office_stops_at_its_body() -> None:
    [official] = beritaie.extract("Kepala Dinas Kesehatan Sleman Tinjau Puskesmas Godean (Foto)\n\nIsi berita.").officials
    assert (official.name, official.of, official.mentions[0].text) == (
        None, "Dinas Kesehatan Sleman", "Kepala Dinas Kesehatan Sleman")


def test_a_role_noun_apposed_to_a_name_opens_no_name(full: Language) -> None:
    doc = full("Polisi menahan Arsyad Malik. Pengacara Arsyad, Andi Syahrir Mappe, menyatakan kliennya kooperatif. "
               "Istri Budi, Rina Lestari, menangis di ruang sidang.")
    assert {p["name"] for p in doc._.persons} == {"Arsyad Malik", "Andi Syahrir Mappe", "Budi", "Rina Lestari"}


@pytest.mark.parametrize("text, expected", [
    ("Ketua Koperasi Petani Kakao Lembah Sari, Yohanes Aman Bata, mengatakan panen turun.",
     ("Yohanes Aman Bata", "Ketua", "Koperasi Petani Kakao Lembah Sari")),
    ("Ketua Umum Asosiasi Pedagang Pasar Tradisional Indonesia, Rina Kartika, menolak aturan itu.",
     ("Rina Kartika", "Ketua Umum", "Asosiasi Pedagang Pasar Tradisional Indonesia")),
    ("Ketua Ikatan Perawat Anak Indonesia (IPAI) Jawa Timur, Dewi Lestari, meminta tambahan tenaga.",
     ("Dewi Lestari", "Ketua", "Ikatan Perawat Anak Indonesia Jawa Timur")),
])
def test_an_association_name_runs_to_the_apposed_name(text: str, expected: tuple) -> None:
    # an association's name is a phrase of any length, its places included; "Aman" is a name word here
    assert extracted(text) == [expected]


@pytest.mark.parametrize("text, expected", [
    ("Direktur Utama PT Tanjung Pelita Tours & Travel, Markus Hendrawan, mengatakan okupansi naik.",
     ("Markus Hendrawan", "Direktur Utama", "PT Tanjung Pelita Tours & Travel")),
    ("Direktur PT Sumber Rejeki & Co, Lestari Handayani, mengatakan penjualan naik.",
     ("Lestari Handayani", "Direktur", "PT Sumber Rejeki & Co")),
    ("Direktur Keuangan PT Lintas Samudra Tbk. Rudi Hartawan mengatakan laba bersih naik.",
     ("Rudi Hartawan", "Direktur Keuangan", "PT Lintas Samudra Tbk")),
    ("Ekonom Kepala PT Bank Nusantara Tbk, Josua Siregar, mengatakan inflasi terkendali.",
     ("Josua Siregar", "Ekonom Kepala", "PT Bank Nusantara Tbk")),
])
def test_a_company_name_with_an_ampersand_or_tbk_dot_then_its_holder(text: str, expected: tuple) -> None:
    # "&" joins a company's name; the dot of "Tbk." after a title is no sentence end
    assert extracted(text) == [expected]


def test_a_geographic_head_after_pt_names_a_company_not_a_place() -> None:
    record = beritaie.extract("Manajer PT Teluk Indah Lestari, Sari Wulandari, mengatakan kapal tiba.")
    assert [e.text for e in record.entities if e.label == "LOC"] == []
    assert [e.text for e in record.entities if e.label == "ORG"] == ["PT Teluk Indah Lestari"]



@pytest.mark.parametrize("text, expected", [
    ("Wakil Ketua Komisi II DPR Rina Bima mempertanyakan kesiapan anggaran.",
     ("Rina Bima", "Wakil Ketua")),  # a given name, then a place the name ends with
    ("Anggota Komisi IV DPR Agus Rembang menilai harga pupuk terlalu mahal.", ("Agus Rembang", "Anggota")),
    ("Wakil Menteri Perhubungan Bima Wibisono Saputra menambahkan bahwa jalur itu segera dibuka.",
     ("Bima Wibisono Saputra", "Wakil Menteri Perhubungan")),  # a ministry has no regency
    ("Wamenhub Bima Wibisono Saputra menambahkan bahwa jalur itu segera dibuka.",
     ("Bima Wibisono Saputra", "Wamenhub")),
    ("Wamenkeu Suahasil Nazara menambahkan bahwa anggaran itu cukup.", ("Suahasil Nazara", "Wamenkeu")),
])
def test_a_place_name_inside_a_persons_name_is_the_name(text: str, expected: tuple) -> None:
    record = beritaie.extract(text)
    assert [(o.name, o.title) for o in record.officials] == [expected]
    assert [e.text for e in record.entities if e.label == "PER"] == [expected[0]]
    assert not [e for e in record.entities if e.label == "LOC"]


def test_a_capitalised_religious_honorific_cues_a_one_word_name(full: Language) -> None:
    doc = full("Pembina asrama, Ustaz Ridwanullah, menuturkan bahwa santri itu pendiam. Kiai Hasbullah hadir.")
    assert {p["name"] for p in doc._.persons} == {"Ridwanullah", "Hasbullah"}


def test_a_month_word_inside_a_model_person_is_part_of_the_name(full: Language) -> None:
    doc = full("Seorang pengunjung asal Medan, Tan Mei Ling (40), mengaku datang bersama keluarga.")
    assert "Tan Mei Ling" in {p["name"] for p in doc._.persons}


def test_an_adat_title_after_an_apposed_name_does_not_stop_the_apposition() -> None:
    [official] = beritaie.extract("Ketua KAN Koto Baru, Zulkifli Datuak Rajo Panjang, mengatakan sengketa itu "
                                  "harus selesai di nagari.").officials
    assert (official.name, official.mentions[0].text) == ("Zulkifli", "Ketua KAN Koto Baru, Zulkifli Datuak Rajo Panjang")


@pytest.mark.parametrize("text, name", [
    ("Anggota Komisi E DPRD Jawa Tengah Agung Setyo Nugroho berharap sistem zonasi dievaluasi.", "Agung Setyo Nugroho"),
    ("Ketua Mahkamah Agung Sunarto melantik hakim baru.", "Sunarto"),
])
def test_agung_is_a_body_word_only_after_mahkamah_or_jaksa(text: str, name: str) -> None:
    assert [o.name for o in beritaie.extract(text).officials] == [name]


def test_a_nickname_keeps_the_full_name_as_the_persons_name(full: Language) -> None:
    doc = full('"Kami siap," kata Herman Tandiarrang. Menurut Herman yang akrab disapa Mantong, program itu '
               'akan dilanjutkan. "Semua camat harus hadir," kata Mantong.')
    assert [p["name"] for p in doc._.persons] == ["Herman Tandiarrang"]


@pytest.mark.parametrize("text, expected", [
    ("Presiden Direktur Sinar Pangan Sentosa Hendra Gunawan mengatakan dividen naik.",
     ("Hendra Gunawan", "Sinar Pangan Sentosa")),  # a company's dictionary word, then a listed given name
    ("Ketua Majelis Hakim Dewa Made Suarjana membacakan putusan.", ("Dewa Made Suarjana", "Majelis Hakim")),
    ("Kepala Kantor Kesyahbandaran dan Otoritas Pelabuhan (KSOP) Kelas III Kupang, Capt. Yohanes Sanam, "
     "mengatakan kapal ditunda.", ("Yohanes Sanam", None)),
])
def test_where_a_holders_name_starts_after_a_body(text: str, expected: tuple) -> None:
    [official] = beritaie.extract(text).officials
    assert official.name == expected[0]
    assert expected[1] is None or official.of == expected[1]


@pytest.mark.parametrize("text, expected", [
    ("Pelatih Lazio Maurizio Sarri meminta pemainnya tetap tenang.", ("Maurizio Sarri", "Lazio")),
    ("Juru bicara Hamas Hazem Qassem menyatakan delegasi akan tiba besok.", ("Hazem Qassem", "Hamas")),
])
def test_a_listed_foreign_body_between_title_and_name_is_the_body(text: str, expected: tuple) -> None:
    [official] = beritaie.extract(text).officials
    assert (official.name, official.of) == expected


@pytest.mark.parametrize("text, expected", [
    ("Perdana Menteri Singapura Lawrence Wong mengatakan ASEAN harus bersatu.", ("Lawrence Wong", "Singapura")),
    ("Rapat dipimpin Ketua DPRD Medan, Wong Chun Sen, sempat diskors.",
     ("Wong Chun Sen", "Dewan Perwakilan Rakyat Daerah Medan")),
    ("Gubernur Yamagata Mieko Yoshimura mengungkapkan salju menutup jalan.", ("Mieko Yoshimura", "Yamagata")),
])
def test_foreign_and_chinese_indonesian_holders(text: str, expected: tuple) -> None:
    [official] = beritaie.extract(text).officials
    assert (official.name, official.of) == expected


def test_the_javanese_wong_alone_is_no_name(full: Language) -> None:
    doc = full('"Wong cilik ora ngerti," kata Sumarni, warga Desa Karanganyar.')
    assert {p["name"] for p in doc._.persons} == {"Sumarni"}


@pytest.mark.parametrize("text, expected", [
    ("Pemimpin Mayoritas Senat John Thune menolak usulan itu.", ("John Thune", "Pemimpin Mayoritas", "Senat")),
    ("Menurut utusan khusus AS untuk Timur Tengah, Steve Witkoff, perundingan berjalan baik.",
     ("Steve Witkoff", "utusan khusus", "Timur Tengah")),
])
def test_foreign_offices(text: str, expected: tuple) -> None:
    [official] = beritaie.extract(text).officials
    assert (official.name, official.title, official.of) == expected


def test_a_model_person_takes_no_verb_or_body_word_and_keeps_the_batak_br() -> None:
    record = beritaie.extract("Utusan Khusus AS Steve Witkoff tiba di Kairo. Warga, Rosmawati br Sitompul (45), "
                              "mengaku rumahnya terendam banjir setinggi lutut.")
    assert {e.text for e in record.entities if e.label == "PER"} == {"Steve Witkoff", "Rosmawati br Sitompul"}


@pytest.mark.parametrize("text, expected", [
    ("Jaksa Agung Muda Bidang Tindak Pidana Khusus (Jampidsus) Ardi Kusuma menegaskan penyidikan berlanjut.",
     ("Ardi Kusuma", "Jaksa Agung Muda Bidang Tindak Pidana Khusus")),
    ("Direktur Penyidikan pada Jampidsus Sutikno Rahardjo menyebut tersangka segera ditahan.",
     ("Sutikno Rahardjo", "Direktur")),
    ("Kepala Seksi Pidana Khusus pada Kejaksaan Negeri Bone, Andi Irfan, mengatakan berkas lengkap.",
     ("Andi Irfan", "Kepala Seksi")),
    ("Hakim tunggal Pengadilan Negeri (PN) Jakarta Selatan, Lusiana Damanik, menolak permohonan itu.",
     ("Lusiana Damanik", "Hakim tunggal")),
])
def test_prosecutors_and_judges(text: str, expected: tuple) -> None:
    assert [(o.name, o.title) for o in beritaie.extract(text).officials] == [expected]


def test_a_ships_name_is_no_place_and_christmas_is_no_district() -> None:
    record = beritaie.extract("KM Sirimau dan KMP Bukit Siguntang tiba di Kupang menjelang Natal.")
    assert [e.text for e in record.entities if e.label == "LOC"] == ["Kupang"]


def test_the_dpr_of_aceh_and_the_papua_provinces_is_a_regional_parliament() -> None:
    record = beritaie.extract("Ketua DPR Papua Pegunungan, Menase Kogoya, memimpin rapat. Dewan Perwakilan Rakyat Aceh "
                              "(DPRA) mengesahkan qanun.")
    assert [(o.name, o.of) for o in record.officials] == [("Menase Kogoya", "Dewan Perwakilan Rakyat Papua Pegunungan")]
    assert {e.canonical for e in record.entities if e.label == "ORG"} == {
        "DPR Papua Pegunungan", "Dewan Perwakilan Rakyat Aceh"}


@pytest.mark.parametrize("text, name", [
    ("Kepala Desa Mattaropuli, Kecamatan Awangpone, Kabupaten Bone, berinisial AS (47), ditahan jaksa.", "AS"),
    ("Keuchik Gampong Lamreung, Kecamatan Krueng Barona Jaya, Aceh Besar, Tarmizi Abdullah, mengatakan warga "
     "sudah mengungsi.", "Tarmizi Abdullah"),
])
def test_a_village_heads_parent_regions_come_before_the_name(text: str, name: str) -> None:
    assert [o.name for o in beritaie.extract(text).officials] == [name]


def test_aceh_customary_head_is_an_office() -> None:
    [official] = beritaie.extract("Wali Nanggroe Aceh, Tgk Malik Mahmud Al Haythar, meminta qanun segera disahkan.").officials
    assert (official.name, official.title, official.of) == ("Malik Mahmud Al Haythar", "Wali Nanggroe", "Aceh")


def test_a_defined_short_form_the_gazetteer_knows_still_ends_an_unknown_run() -> None:
    record = beritaie.extract("Bank Indonesia (BI) menahan suku bunga. Deputi Gubernur Senior BI Destry Damayanti "
                              "menambahkan bahwa inflasi terkendali.")
    assert [o.name for o in record.officials] == ["Destry Damayanti"]


@pytest.mark.parametrize("text, expected", [
    ("Wadan Lantamal VI Kolonel Laut (P) Hendra Wijaya mengatakan latihan berjalan lancar.",
     ("Hendra Wijaya", "Wadan")),
    ("Pasi Intel Kodim 0611/Garut Kapten Inf Dede Kurnia mengatakan situasi aman.",
     ("Dede Kurnia", "Pasi Intel")),
    ("Pangdam XIV/Hasanuddin Mayjen TNI Bambang Irawan mengapresiasi kesigapan prajurit.",
     ("Bambang Irawan", "Pangdam")),
    ("Kasubdit Gakkum Ditlantas Polda Jawa Barat AKBP Rina Marlina mengatakan jalan ditutup.",
     ("Rina Marlina", "Kasubdit")),
    ("Media Officer Persib Bandung, Yudi Herlambang, mengatakan tim siap bertanding.",
     ("Yudi Herlambang", "Media Officer")),
    ("Ketua RT 05/RW 02 Kelurahan Cempaka, Nurhayati (51), mengatakan warga sudah mengungsi.",
     ("Nurhayati", "Ketua")),
])
def test_military_section_officers_unit_deputies_and_neighbourhood_heads(text: str, expected: tuple) -> None:
    assert [(name, title) for name, title, _of in extracted(text)] == [expected]


def test_a_corps_after_a_rank_is_no_part_of_the_name() -> None:
    record = beritaie.extract("Letkol Arh Yudha Prasetyo mengatakan latihan berjalan lancar.")
    assert [e.text for e in record.entities if e.label == "PER"] == ["Yudha Prasetyo"]


@pytest.mark.parametrize("text, speaker, expected", [
    ("Sekda Wahyu Hartono selaku Ketua TAPD mengatakan defisit masih aman.",
     "Wahyu Hartono", [("Wahyu Hartono", "Sekda", None)]),
    ("Dandim 0611/Garut Letkol Inf Asep Kurnia, S.I.P., selaku Dansatgas TMMD menjelaskan bahwa jalan sudah "
     "selesai 80 persen.", "Asep Kurnia", [("Asep Kurnia", "Dandim", "Kodim 0611/Garut")]),
    ("Ketua Badan Anggaran (Banggar) yang juga Ketua DPRD Klaten, Suwarno, mengatakan bahwa pembahasan "
     "anggaran berjalan cukup alot.",
     "Suwarno", [("Suwarno", "Ketua", "Badan Anggaran")]),
])
def test_a_second_office_after_selaku_or_yang_juga_is_held_by_the_same_person(text, speaker, expected) -> None:
    record = beritaie.extract(text)
    assert [(o.name, o.title, o.of) for o in record.officials] == expected
    assert [q.speaker for q in record.quotes] == [speaker]


def test_the_holder_starts_after_a_company_type_word_without_a_comma() -> None:
    assert extracted("Head of Research Nusa Raya Sekuritas Clarissa Wijaya menilai saham itu menarik.") == [
        ("Clarissa Wijaya", "Head of Research", "Nusa Raya Sekuritas")]


def test_a_degree_set_off_after_a_name_is_no_entity() -> None:
    record = beritaie.extract("Lurah Kenayan, Bayu Aji Pamungkas, S.STP., hadir. Dosen Endang Pratiwi, M.Kes., "
                              "menambahkan bahwa gizi anak membaik.")
    assert not [e.text for e in record.entities if "." in e.text]


@pytest.mark.parametrize("text, expected", [
    ("Peneliti kampus itu, Ratna Anggraeni Putri, menilai abrasi makin cepat.", "Ratna Anggraeni Putri"),
    ("Pemain naturalisasi mereka, Kevin Owusu-Hart, mencetak 20 poin.", "Kevin Owusu-Hart"),
    ("Pelatih kepala pelatnas itu, Kim Dong-hyuk, mengatakan anak asuhnya tampil baik.", "Kim Dong-hyuk"),
    ("Penyerang asal Brasil, Thiago Rocha Lima, mencetak dua gol.", "Thiago Rocha Lima"),
    ('"Coach Marcelo sudah memantau dia sejak lama," kata manajer tim, Rudi Hartono.', "Marcelo"),
])
def test_person_names_with_a_listed_last_word_a_hyphen_a_number_word_or_a_coach(text: str, expected: str) -> None:
    record = beritaie.extract(text)
    assert expected in [e.canonical for e in record.entities if e.label == "PER"]


@pytest.mark.parametrize("text, expected", [
    ("Letkol Inf Yudha Prasetyo sebelumnya menjabat Kasi Ops Korem 074/Warastratama.", []),
    ("Ia sebelumnya bertugas sebagai Dandim 0736/Batang sebelum pindah ke Jakarta.", []),
    ("Dandim 0701/Banyumas yang baru, Letkol Arh Yudha Prasetyo, mengatakan siap bertugas.",
     [("Yudha Prasetyo", "Dandim", "Kodim 0701/Banyumas")]),
])
def test_a_post_held_before_is_no_office_and_the_new_holder_is_apposed(text: str, expected: list) -> None:
    assert extracted(text) == expected


def test_a_2024_cabinet_ministry_ends_its_portfolio_before_the_ministers_name() -> None:
    # the listed portfolio ("Pendidikan Tinggi, Sains, dan Teknologi", Perpres 139/2024) stops the field list
    assert extracted("Menteri Pendidikan Tinggi, Sains, dan Teknologi Yanuarto Kusnadi mengatakan aturan berlaku.") \
        == [("Yanuarto Kusnadi", "Menteri Pendidikan Tinggi, Sains, dan Teknologi",
             "Kementerian Pendidikan Tinggi, Sains, dan Teknologi")]


def test_holders_named_before_sebagai_or_adalah_keep_their_own_titles() -> None:
    assert extracted("Dalam pelantikan itu, Hendra Wiratama sebagai Menteri Pertanian, Ratih Purnamasari sebagai "
                     "Menteri Komunikasi dan Digital, dan Yudistira Anggara sebagai Wakil Menteri Perdagangan.") == [
        ("Hendra Wiratama", "Menteri Pertanian", "Kementerian Pertanian"),
        ("Ratih Purnamasari", "Menteri Komunikasi dan Digital", "Kementerian Komunikasi dan Digital"),
        ("Yudistira Anggara", "Wakil Menteri Perdagangan", "Kementerian Perdagangan")]
    assert [name for name, _t, _o in extracted(
        "Ratih Purnamasari tiba di Istana. Ratih adalah Sekretaris Jenderal DPP Partai Amanat Nasional. "
        "Ketuanya adalah Gubernur Papua.")] == ["Ratih Purnamasari", None]


def test_a_name_word_two_full_names_share_does_not_merge_them() -> None:
    record = beritaie.extract("Kuasa hukum tergugat, Komang Adi Sudarsana, membantah kliennya melanggar aturan. "
                              "Sementara itu, penggugat Ida Ayu Komang Sriasih menyatakan kecewa atas sikap tergugat.")
    assert {e.canonical for e in record.entities if e.label == "PER"} == {"Komang Adi Sudarsana",
                                                                          "Ida Ayu Komang Sriasih"}
    assert [q.speaker for q in record.quotes][:1] == ["Komang Adi Sudarsana"]


@pytest.mark.parametrize("text, expected", [
    ("Asisten Pemerintahan dan Kesra, Sofyan Pakaya, mengatakan rapat berjalan lancar.",
     ("Sofyan Pakaya", "Asisten", "Pemerintahan dan Kesra")),
    ("Kepala Departemen Humas dan CSR Transjakarta, Ayu Wulandari, mengatakan layanan normal.",
     ("Ayu Wulandari", "Kepala", "Departemen Humas dan CSR Transjakarta")),
])
def test_a_field_after_dan_runs_to_the_apposed_name(text: str, expected: tuple) -> None:
    assert extracted(text) == [expected]

"""The ``beritaie_entities`` component: merging gazetteer hits, persons, rules and model spans."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from beritaie.pipeline.entities import EntitiesComponent

FIELDS = {"text", "label", "start", "end", "canonical", "kb_id", "source"}


@pytest.fixture(scope="session")
def blank():
    """Blank Indonesian pipeline with the components entities reads (no model, no officials)."""
    nlp = spacy.blank("id")
    nlp.add_pipe("beritaie_boilerplate")
    nlp.add_pipe("beritaie_gazetteer")
    nlp.add_pipe("beritaie_entities")
    return nlp


def run(nlp, text, *, persons=None, ents=()):
    """Run the pipeline with hand-made person clusters and model spans (label, surface)."""
    doc = nlp.make_doc(text)
    spans = []
    for label, surface in ents:
        start = text.index(surface)
        spans.append(doc.char_span(start, start + len(surface), label=label))
    doc.ents = spans
    for name, proc in nlp.pipeline:
        if name == "beritaie_entities":
            doc._.persons = persons
        doc = proc(doc)
    return doc


def names(doc, label):
    return {(e["text"], e["canonical"]) for e in doc._.entities if e["label"] == label}


def test_add_pipe_and_config():
    nlp = spacy.blank("id")
    nlp.add_pipe("beritaie_gazetteer")
    component = nlp.add_pipe("beritaie_entities", config={"rules": False})
    assert isinstance(component, EntitiesComponent) and component.rules is False
    meta = nlp.get_pipe_meta("beritaie_entities")
    assert meta.assigns == ["doc._.entities", "doc.ents"] and meta.requires == ["doc._.gazetteer_hits"]
    doc = nlp("Mahasiswa Universitas Brawijaya berkunjung ke Kalteng.")
    assert {e["text"] for e in doc._.entities} == {"Kalteng"}  # no rule-based bodies


def test_to_disk_and_load_round_trip(tmp_path):
    nlp = spacy.blank("id")
    nlp.add_pipe("beritaie_gazetteer")
    nlp.add_pipe("beritaie_entities", config={"use_model": False})
    nlp.to_disk(tmp_path / "pipe")
    loaded = spacy.load(tmp_path / "pipe")
    assert loaded.get_pipe("beritaie_entities").use_model is False
    text = "Pemkab Kobar dan Polres Kobar menggelar apel di Pangkalan Bun."
    assert loaded(text)._.entities == nlp(text)._.entities


TEXTS = [
    "Pemkab Kobar Ikuti Rakor\n\nBupati Kobar didampingi Dandim 1014/Pbn. Pemkab siap.",
    "JAKARTA, KOMPAS.com - Komisi Pemberantasan Korupsi (KPK) memeriksa pejabat. Biro Hukum KPK membenarkan.",
    "Kaban Kesatuan Bangsa dan Politik (Kesbangpol) Lamandau, Budi Santoso, hadir. Kesbangpol Lamandau siap.",
    "Warga Desa Teluk Pulai, Kecamatan Kumai, menerima bantuan Dinas Sosial Kobar.\n\nBaca Juga: Polres Kotim Gelar Razia",
]


@pytest.mark.parametrize("text", TEXTS)
def test_offsets(blank, text):
    doc = run(blank, text)
    assert doc._.entities
    for e in doc._.entities:
        assert set(e) == FIELDS
        assert e["text"] == text[e["start"]:e["end"]]
        assert e["label"] in ("PER", "ORG", "LOC") and e["source"] in ("gazetteer", "model", "rule")


def test_places_take_the_gazetteer_name_and_code(blank):
    doc = run(blank, TEXTS[0])
    places = {(e["text"], e["canonical"], e["kb_id"]) for e in doc._.entities if e["label"] == "LOC"}
    assert places == {("Kobar", "Kotawaringin Barat", "62.01"), ("Pbn", "Pangkalan Bun", None)}


def test_one_body_one_canonical_the_fullest_form_used(blank):
    text = ("Pemerintah Kabupaten Kotawaringin Barat (Kobar) menggelar rapat. Pemkab Kobar mengundang camat. "
            "Pemkab juga mengundang KPU.")
    orgs = names(run(blank, text), "ORG")
    pemkab = {c for t, c in orgs if t.startswith("Pem")}
    assert pemkab == {"Pemerintah Kabupaten Kotawaringin Barat"}
    assert ("KPU", "KPU") in orgs  # no expansion the article does not give


def test_expanded_name_of_the_home_regions_apparatus(blank):
    doc = run(blank, TEXTS[2])
    assert {c for t, c in names(doc, "ORG")} == {"Kesatuan Bangsa dan Politik"}
    assert ("Lamandau", "Lamandau") in names(doc, "LOC")


def test_bodies_of_other_regions_keep_their_seat(blank):
    text = "Ketua KPU Provinsi Kalimantan Tengah hadir. KPU Provinsi menyiapkan logistik. KPU Kobar juga."
    orgs = names(run(blank, text), "ORG")
    assert {c for _, c in orgs} == {"KPU Provinsi Kalimantan Tengah", "KPU Kobar"}


def test_rule_bodies_outlets_and_units(blank):
    doc = run(blank, TEXTS[1] + " Mahasiswa Universitas Brawijaya dan karyawan PT Sinar Jaya Abadi hadir.")
    orgs = {t for t, _ in names(doc, "ORG")}
    assert {"KOMPAS.com", "Komisi Pemberantasan Korupsi", "KPK", "Biro Hukum KPK", "Universitas Brawijaya",
            "PT Sinar Jaya Abadi"} <= orgs
    assert {c for t, c in names(doc, "ORG") if t == "KPK"} == {"Komisi Pemberantasan Korupsi"}


def test_two_trading_firms_joined_by_dan_are_two_bodies(blank):
    doc = run(blank, "CV Maju Jaya dan UD Sumber Rejeki dilaporkan. Pemilik UD Berkah ikut diperiksa.")
    assert {t for t, _ in names(doc, "ORG")} == {"CV Maju Jaya", "UD Sumber Rejeki", "UD Berkah"}


def test_a_party_faction_is_a_body_of_its_own(blank):
    doc = run(blank, "Fraksi Partai Golkar menolak, sedangkan Fraksi PKS menerima usulan Partai Golkar.")
    assert [e["text"] for e in doc._.entities if e["label"] == "ORG"] == [
        "Fraksi Partai Golkar", "Partai Golkar", "Fraksi PKS", "PKS", "Partai Golkar"]


def test_a_party_board_is_a_body_of_its_own_and_no_senate(blank):
    doc = run(blank, "Ketua DPD Partai Gerindra Jawa Barat hadir bersama Sekjen DPP PDI Perjuangan dan anggota DPD RI.")
    assert {t for t, _ in names(doc, "ORG")} >= {"DPD Partai Gerindra Jawa Barat", "DPP PDI Perjuangan", "DPD RI"}
    assert ("DPD Partai Gerindra Jawa Barat", "Dewan Perwakilan Daerah") not in names(doc, "ORG")


def test_a_faction_ends_the_commission_before_it(blank):
    doc = run(blank, "Anggota Komisi III Fraksi Partai Golkar hadir.")
    assert {t for t, _ in names(doc, "ORG")} == {"Komisi III", "Fraksi Partai Golkar", "Partai Golkar"}


def test_a_village_found_by_context_inside_a_model_person_is_a_surname(blank):
    text = "Bupati Toba Effendi Napitupulu menyampaikan apresiasi kepada warga Napitupulu."
    doc = blank.make_doc(text)
    start = text.index("Effendi")
    doc.ents = [doc.char_span(start, start + len("Effendi Napitupulu"), label="PER")]
    doc = blank.get_pipe("beritaie_gazetteer")(doc)
    assert [h["start"] for h in doc._.gazetteer_hits if h["text"] == "Napitupulu"] == [text.rindex("Napitupulu")]


def test_a_lake_or_sea_named_like_a_region_is_the_feature_and_an_island_is_the_place(blank):
    doc = run(blank, "Lomba digelar di tepi Danau Toba, Kabupaten Toba. Patroli di Laut Sulawesi diperketat. "
                     "Wisatawan ke Pulau Bali naik.")
    assert {c for _, c in names(doc, "LOC")} == {"Danau Toba", "Toba", "Laut Sulawesi", "Bali"}
    assert ("Danau Toba", "Toba") not in names(doc, "LOC")


def test_a_place_name_after_bahasa_is_a_language(blank):
    doc = run(blank, "Guru Bahasa Indonesia itu mengajar dalam bahasa Melayu di Indonesia.",
              ents=[("LOC", "Indonesia")])
    assert [e["start"] for e in doc._.entities if e["label"] == "LOC"] == [
        "Guru Bahasa Indonesia itu mengajar dalam bahasa Melayu di Indonesia.".rindex("Indonesia")]


def test_market_and_meeting_acronyms_are_no_bodies(blank):
    doc = run(blank, "IHSG ditutup melemah saat RUPSLB digelar.", ents=[("ORG", "IHSG"), ("ORG", "RUPSLB")])
    assert names(doc, "ORG") == set()


def test_no_body_starts_inside_a_known_body(blank):
    doc = run(blank, "Badan Pusat Statistik (BPS) mencatat inflasi turun, kata Biro Hukum KPK.")
    assert [e["text"] for e in doc._.entities if e["label"] == "ORG"] == [
        "Badan Pusat Statistik", "BPS", "Biro Hukum KPK", "KPK"]


def test_a_body_named_after_a_person_keeps_the_honorific_and_names_no_person(blank):
    doc = run(blank, "Rektor Universitas Dr. Mulyono Sastro hadir, pasien dirujuk ke RSUD Dr Wiryo Harjo.")
    assert [e["text"] for e in doc._.entities if e["label"] == "ORG"][0] == "Universitas Dr. Mulyono Sastro"
    assert [e["text"] for e in doc._.entities if e["label"] == "PER"] == []


def test_a_village_namesake_inside_a_body_name_is_no_place(blank):
    doc = run(blank, "Santri Pondok Pesantren Al Falah di Purwokerto, Banyumas, dan mahasiswa Universitas "
                     "Airlangga Surabaya ikut lomba.")
    assert {e["text"] for e in doc._.entities if e["label"] == "LOC"} == {"Purwokerto", "Banyumas", "Surabaya"}


def test_defined_short_forms_name_the_body(blank):
    text = ("Peneliti Lembaga Kajian Pangan Nusantara (LKPN) memaparkan data. Menurut LKPN, stok aman. "
            "LKPN Kabupaten Lamandau ikut hadir.")
    orgs = names(run(blank, text), "ORG")
    assert {c for t, c in orgs if t == "LKPN"} == {"Lembaga Kajian Pangan Nusantara"}
    assert ("LKPN Kabupaten Lamandau", "LKPN Kabupaten Lamandau") in orgs


def test_boilerplate_of_other_articles_is_skipped(blank):
    doc = run(blank, TEXTS[3])
    assert not any(e["text"].startswith("Polres") for e in doc._.entities)
    assert ("Teluk Pulai", "Teluk Pulai") in names(doc, "LOC")


def test_persons_take_their_cluster_name_and_beat_alias_places(blank):
    text = "Bima Arya Sugiarto meninjau pasar. Menurut Bima, harga stabil."
    persons = [{"name": "Bima Arya Sugiarto", "mentions": [{"text": "Bima Arya Sugiarto", "start": 0, "end": 18},
                                                           {"text": "Bima", "start": 43, "end": 47}]}]
    doc = run(blank, text, persons=persons)
    assert names(doc, "PER") == {("Bima Arya Sugiarto", "Bima Arya Sugiarto"), ("Bima", "Bima Arya Sugiarto")}
    assert names(doc, "LOC") == set()


def test_model_spans_fill_gaps_and_yield_to_the_gazetteer(blank):
    text = "Atlet Kalteng berlaga di Nanjing bersama pelatih dari Kobar."
    doc = run(blank, text, ents=[("LOC", "Nanjing"), ("ORG", "Kalteng"), ("LOC", "Kobar")])
    by_text = {e["text"]: e for e in doc._.entities}
    assert by_text["Nanjing"]["source"] == "model" and by_text["Nanjing"]["canonical"] == "Nanjing"
    assert (by_text["Kalteng"]["label"], by_text["Kalteng"]["source"]) == ("LOC", "gazetteer")
    assert by_text["Kobar"]["canonical"] == "Kotawaringin Barat"


def test_model_place_names_are_canonicalised():
    nlp = spacy.blank("id")
    nlp.add_pipe("beritaie_gazetteer")
    nlp.add_pipe("beritaie_entities")
    # "Palu" is also a common word (hammer): the gazetteer wants a cue, the model supplies it
    doc = run(nlp, "Palu diguncang gempa pagi ini.", ents=[("LOC", "Palu")])
    assert [(e["canonical"], e["kb_id"], e["source"]) for e in doc._.entities] == [("Palu", "72.71", "model")]
    # lower-case or cut-off model spans are not trusted
    doc = run(nlp, "atlet asal kalteng juara.", ents=[("LOC", "kalteng")])
    assert doc._.entities == []


def test_empty_inputs(blank):
    doc = run(blank, "Hujan turun sejak pagi.", persons=None)
    assert doc._.entities == []
    assert isinstance(doc, Doc)


def test_mentions_take_the_model_boundaries_but_keep_their_names(blank):
    # a place with the level word the model includes, a body with its defined short form
    text = "Warga Kabupaten Lamandau mengadu ke Lembaga Kajian Pangan Nusantara (LKPN) pekan lalu."
    gaz = run(blank, text)
    lamandau = next(e for e in gaz._.entities if e["text"] == "Lamandau")
    doc = run(blank, text, ents=[("LOC", "Kabupaten Lamandau"), ("ORG", "Lembaga Kajian Pangan Nusantara (LKPN)")])
    by_text = {e["text"]: e for e in doc._.entities}
    place = by_text["Kabupaten Lamandau"]
    assert (place["canonical"], place["kb_id"], place["source"]) == (lamandau["canonical"], lamandau["kb_id"],
                                                                       "gazetteer")
    assert by_text["Lembaga Kajian Pangan Nusantara (LKPN)"]["canonical"] == "Lembaga Kajian Pangan Nusantara"
    # a person's full written name; the cluster name stays
    text = "Ia lahir sebagai Maria Augusta Kutschera di Wina."
    persons = [{"name": "Augusta Kutschera", "mentions": [{"text": "Augusta Kutschera", "start": 23, "end": 40}]}]
    doc = run(blank, text, persons=persons, ents=[("PER", "Maria Augusta Kutschera")])
    assert names(doc, "PER") == {("Maria Augusta Kutschera", "Augusta Kutschera")}


def test_model_spans_never_widen_over_two_mentions_or_another_label(blank):
    text = "Banjir melanda Kabupaten Lamandau Provinsi Kalimantan Tengah sejak Senin."
    base = run(blank, text)
    doc = run(blank, text, ents=[("LOC", "Kabupaten Lamandau Provinsi Kalimantan Tengah")])
    assert {(e["start"], e["end"]) for e in doc._.entities} == {(e["start"], e["end"]) for e in base._.entities}
    text = "Kami menyewa Gedung KPK Lamandau untuk acara itu."
    base = run(blank, text)
    doc = run(blank, text, ents=[("LOC", "Gedung KPK Lamandau")])
    assert [(e["text"], e["label"]) for e in doc._.entities] == [(e["text"], e["label"]) for e in base._.entities]


# ---- the NER layer: doc.ents after beritaie_entities (pipeline/ner_layer.py)

def layer(doc):
    return [(e.text, e.label_, e.kb_id_) for e in doc.ents]


def persons_named(text, *names):
    """Rule person clusters, one per name, mentioned at the name's first place in ``text``."""
    return [{"name": n, "mentions": [{"text": n, "start": text.index(n), "end": text.index(n) + len(n)}]}
            for n in names]


def test_model_spans_stay_as_found_and_take_gazetteer_codes(blank):
    text = "Pasukan Israel tiba di Palangka Raya, ibu kota Kalteng, kemarin."
    doc = run(blank, text, ents=[("LOC", "Palangka Raya"), ("LOC", "Kalteng")])
    found = layer(doc)
    # The record lists the modifier country, the NER layer keeps the model's decision.
    assert "Israel" in {m["text"] for m in doc._.entities}
    assert [t for t, _, _ in found] == ["Palangka Raya", "Kalteng"]
    assert dict((t, k) for t, _, k in found)["Kalteng"] == "62"


def test_rule_persons_fill_gaps_but_never_override_the_model(blank):
    text = "Kepala Dinas Kesehatan Rudi Hartono hadir bersama Siti Aminah."
    persons = [{"name": "Rudi Hartono", "mentions": [{"text": "Rudi Hartono", "start": 23, "end": 35}]},
               {"name": "Siti Aminah", "mentions": [{"text": "Siti Aminah", "start": 50, "end": 61}]}]
    doc = run(blank, text, persons=persons, ents=[("ORG", "Aminah")])
    found = {(t, label) for t, label, _ in layer(doc)}
    assert ("Rudi Hartono", "PER") in found
    # A model span that only overlaps the person keeps its extent and label.
    assert ("Aminah", "ORG") in found and ("Siti Aminah", "PER") not in found


def test_no_model_spans_and_no_persons_leave_an_empty_layer(blank):
    doc = run(blank, "Harga cabai naik di pasar Kobar.")
    assert layer(doc) == []


def test_rule_persons_named_like_bodies_places_or_works_stay_out_of_the_layer(blank):
    text = "Ia kuliah di Fakultas Hukum, lahir di Teluk Dalam, lalu main di Rina The Movie bersama Andi."
    persons = persons_named(text, "Fakultas Hukum", "Teluk Dalam", "Rina The Movie", "Andi")
    doc = run(blank, text, persons=persons)
    assert [t for t, label, _ in layer(doc) if label == "PER"] == ["Andi"]


def test_a_model_place_span_starting_with_an_office_does_not_widen_the_place(blank):
    text = "Kapolres Sintang meninjau pos pengamanan di Kabupaten Sintang."
    doc = run(blank, text, ents=[("LOC", "Kapolres Sintang")])
    assert [(e["text"], e["canonical"]) for e in doc._.entities if e["label"] == "LOC"][0] == ("Sintang", "Sintang")


def test_a_model_place_span_starting_inside_an_office_does_not_widen_the_place(blank):
    text = "Wali Kota Bandung meninjau banjir di Kota Bandung."
    doc = run(blank, text, ents=[("LOC", "Kota Bandung")])  # the first "Kota Bandung", inside "Wali Kota"
    assert [e["text"] for e in doc._.entities if e["label"] == "LOC"][0] == "Bandung"


def test_foreign_states_and_cities_are_places(blank):
    text = "Gubernur Texas bertemu Wali Kota New York di Washington DC, lalu terbang ke Kuala Lumpur."
    assert names(run(blank, text), "LOC") >= {("Texas", "Texas"), ("New York", "New York"),
                                               ("Washington DC", "Washington DC"), ("Kuala Lumpur", "Kuala Lumpur")}


def test_lower_case_model_spans_leave_the_layer_only_in_text_that_capitalises_names(blank):
    cased = "Warga Desa Sukamaju menanam cabai dan jagung di ladang milik Pak Darto."
    doc = run(blank, cased, ents=[("PER", "cabai"), ("LOC", "Sukamaju")])
    assert [t for t, _, _ in layer(doc)] == ["Sukamaju"]
    lower = "warga desa sukamaju menanam cabai dan jagung di ladang milik pak darto."
    doc = run(blank, lower, ents=[("LOC", "sukamaju")])
    assert [t for t, _, _ in layer(doc)] == ["sukamaju"]


def test_a_person_cut_at_a_middle_initial_takes_the_family_name(blank):
    text = "Buku karya Stephen R . Covey dibaca Budi S . di kelas."
    doc = run(blank, text, ents=[("PER", "Stephen R ."), ("PER", "Budi S .")])
    assert [t for t, _, _ in layer(doc)] == ["Stephen R . Covey", "Budi S ."]


def test_rule_persons_starting_with_an_administrative_unit_or_a_cup_stay_out(blank):
    text = "Di Dusun Krajan, tim Piala Soeratin dilatih Andi."
    doc = run(blank, text, persons=persons_named(text, "Dusun Krajan", "Piala Soeratin", "Andi"))
    assert [t for t, label, _ in layer(doc) if label == "PER"] == ["Andi"]


def test_a_model_person_made_of_degrees_leaves_the_layer(blank):
    text = "Pakar gizi, Rina Lestari, S.Gz., M.Kes, menilai menu sekolah sudah baik."
    doc = run(blank, text, ents=[("PER", "Rina Lestari"), ("PER", "M.Kes,")])  # the token keeps its comma
    assert [(e.text, e.label_) for e in doc.ents] == [("Rina Lestari", "PER")]


def test_a_model_person_with_a_digit_leaves_the_layer(blank):
    text = "Musim haji 1446 Hijriah/2025 Masehi dimulai, kata Rina Lestari."
    doc = run(blank, text, ents=[("PER", "Hijriah/2025"), ("PER", "Rina Lestari")])
    assert [(e.text, e.label_) for e in doc.ents] == [("Rina Lestari", "PER")]


def test_a_person_span_loses_leading_common_words_but_keeps_name_particles(blank):
    text = "Penyanyi bermononim Charice tampil, lukisan karya Vincent van Gogh dipamerkan."
    doc = run(blank, text, ents=[("PER", "bermononim Charice"), ("PER", "van Gogh")])
    assert [t for t, _, _ in layer(doc)] == ["Charice", "van Gogh"]


def test_a_listed_body_or_a_titled_person_wins_the_label_of_a_model_span(blank):
    text = "Sriwijaya FC menjamu tamunya, disaksikan Gubernur Herman Deru."
    doc = run(blank, text, persons=persons_named(text, "Herman Deru"),
              ents=[("LOC", "Sriwijaya FC"), ("LOC", "Herman Deru")])
    assert [(t, label) for t, label, _ in layer(doc)] == [("Sriwijaya FC", "ORG"), ("Herman Deru", "PER")]


def test_model_persons_the_person_finder_rejected_stay_out_of_the_record():
    import beritaie  # full pipeline: the officials component cleans the model's person spans

    doc = beritaie.load()("Indonesia merebut Piala Thomas lagi di Stadion Gelora Bung Karno.")
    assert [e["text"] for e in doc._.entities if e["label"] == "PER"] == []


def test_a_model_body_span_running_on_into_a_person_is_cut_in_two(blank):
    text = "Kepala Dinas Kesehatan Kobar Rudi Hartono hadir. Warga Kobar Timur berkumpul."
    persons = persons_named(text, "Rudi Hartono")
    doc = run(blank, text, persons=persons, ents=[("ORG", "Dinas Kesehatan Kobar Rudi Hartono"),
                                                  ("LOC", "Kobar Timur")])
    assert [(t, label) for t, label, _ in layer(doc)] == [
        ("Dinas Kesehatan Kobar", "ORG"), ("Rudi Hartono", "PER"), ("Kobar Timur", "LOC")]


def test_a_titled_person_ends_a_rule_body_and_outlives_the_model_run_on_span(blank):
    text = "Ketua Majelis Hakim Budi Santoso membacakan putusan itu."
    persons = persons_named(text, "Budi Santoso")
    doc = run(blank, text, persons=persons, ents=[("ORG", "Majelis Hakim Budi Santoso")])
    record = {(e["text"], e["label"]) for e in doc._.entities}
    assert ("Budi Santoso", "PER") in record
    assert ("Majelis Hakim", "ORG") not in record  # a court's panel, no named body
    assert not any("Budi" in t for t, label in record if label == "ORG")


def test_town_halls_are_buildings_and_schools_keep_their_number(blank):
    text = ("Warga mengungsi ke SD Negeri Sukamaju 1 dan Balai Desa Sukamaju, lalu ke Balai Kota Bogor. "
            "Suku Dinas Sumber Daya Air Jakarta Utara mengirim pompa.")
    orgs = [e["text"] for e in run(blank, text)._.entities if e["label"] == "ORG"]
    assert orgs == ["SD Negeri Sukamaju 1", "Suku Dinas Sumber Daya Air Jakarta Utara"]


def test_acronyms_of_things_are_neither_bodies_nor_places(blank):
    text = "Kasus DBD naik, tarif PPN naik, dan pelaku ditangkap di SPBU dekat Kantor KPU."
    doc = run(blank, text, ents=[("ORG", "DBD"), ("ORG", "PPN"), ("LOC", "SPBU")])
    assert [e["text"] for e in doc._.entities] == ["KPU"]


def test_an_all_caps_headline_office_or_word_before_a_region_is_no_body(blank):
    doc = run(blank, "BUPATI SLEMAN RESMIKAN PASAR GODEAN\n\nRRI Palangkaraya dan KPUD Jateng meliput.")
    orgs = {t for t, _ in names(doc, "ORG")}
    assert not any(o.startswith(("BUPATI", "PASAR")) for o in orgs)
    assert "RRI Palangkaraya" in orgs or "RRI" in orgs


def test_a_model_span_with_a_rank_does_not_widen_a_person_or_place(blank):
    text = "Kapolsek Cimanggis Kompol Budi Santoso hadir. Hadir pula Kombes Arya Perdana dan Mahfud MD."
    persons = persons_named(text, "Budi Santoso", "Arya Perdana", "Mahfud")
    doc = run(blank, text, persons=persons, ents=[("LOC", "Cimanggis Kompol"), ("PER", "Kombes Arya Perdana"),
                                                  ("PER", "Mahfud MD")])
    assert sorted(t for t, _ in names(doc, "PER")) == ["Arya Perdana", "Budi Santoso", "Mahfud MD"]
    assert {t for t, _ in names(doc, "LOC")} == {"Cimanggis"}


def test_a_place_does_not_widen_into_the_building_named_after_it(blank):
    text = "Pelaku diperiksa di Mapolres Sleman. Laga digelar di Stadion Gelora Bandung. Rumahnya di Jalan Bulungan."
    doc = run(blank, text, ents=[("LOC", "Mapolres Sleman"), ("LOC", "Stadion Gelora Bandung"), ("LOC", "Jalan Bulungan")])
    assert sorted(t for t, _ in names(doc, "LOC")) == ["Bandung", "Jalan Bulungan", "Sleman"]


def test_outlet_domains_in_capitals_and_with_hyphens_hold_no_place(blank):
    doc = run(blank, "KUPANG, POS-KUPANG.COM - Hujan deras melanda Kota Kupang, dilansir TRIBUNJATENG.COM.")
    assert {t for t, _ in names(doc, "ORG")} == {"POS-KUPANG.COM", "TRIBUNJATENG.COM"}
    assert [e["start"] for e in doc._.entities if e["label"] == "LOC"] == [0, doc.text.index("Kupang,")]


@pytest.mark.parametrize("text, outlet", [
    ("SORONG (Papua Pos) - Hujan deras melanda kota itu.", "Papua Pos"),
    ("BLITAR, RADARBLITAR - Hujan deras melanda kota itu.", "RADARBLITAR"),
    ("Kendari, SULTRAKINI.CO – Hujan deras melanda kota itu.", "SULTRAKINI.CO"),
])
def test_a_datelines_outlet_is_a_body(blank, text, outlet):
    assert {t for t, _ in names(run(blank, text), "ORG")} == {outlet}


@pytest.mark.parametrize("text", ["JAKARTA, Kamis - Hujan deras melanda kota.", "Bandung, Jawa Barat - Hujan deras."])
def test_a_datelines_day_or_region_is_no_outlet(blank, text):
    assert names(run(blank, text), "ORG") == set()


def test_a_text_in_one_case_is_flagged_on_the_record():
    import beritaie

    text = ("SAMPIT - Bupati Kotawaringin Timur Halikinnor meninjau pasar di Kecamatan Baamang, Senin. "
            "Menurut dia, harga beras naik sejak pekan lalu karena pasokan dari Jawa tersendat dan "
            "pedagang diminta tidak menimbun stok.")
    warned = {case: [w for w in beritaie.extract(t).warnings if "written in" in w]
              for case, t in (("mixed", text), ("upper", text.upper()), ("lower", text.lower()))}
    assert warned["mixed"] == []
    assert "capitals only" in warned["upper"][0] and "lower case only" in warned["lower"][0]
    assert not beritaie.extract("BUPATI SLEMAN TINJAU PASAR").warnings  # a headline alone is too short to tell


def test_company_names_run_through_places_and_end_at_their_legal_form():
    import beritaie

    record = beritaie.extract(
        "Direktur Utama PT Sinar Halmahera Mineral Tbk, Andreas Wijaya, menandatangani kontrak dengan "
        "Wakil Presiden Zhejiang Baoli New Energy Co. Ltd, Chen Weiming, di Jakarta.").to_dict()
    orgs = {e["text"] for e in record["entities"] if e["label"] == "ORG"}
    persons = {e["text"] for e in record["entities"] if e["label"] == "PER"}
    assert {"PT Sinar Halmahera Mineral Tbk", "Zhejiang Baoli New Energy Co. Ltd"} <= orgs
    assert persons == {"Andreas Wijaya", "Chen Weiming"}
    record = beritaie.extract("Pendanaan dipimpin Osaka Kogyo Trading Co., Ltd. Pasangan itu juara Jaya Open "
                              "2024 dan semifinalis Taipei Masters.").to_dict()
    assert "Osaka Kogyo Trading Co., Ltd" in {e["text"] for e in record["entities"] if e["label"] == "ORG"}
    assert not [e for e in record["entities"] if e["label"] == "PER"]


def test_a_body_name_lists_its_fields_with_commas_up_to_dan():
    import beritaie

    record = beritaie.extract(
        "Kepala Dinas Pertanian, Peternakan, dan Perikanan Kabupaten Sumedang meninjau sawah. Rapat dihadiri "
        "Dinas Kesehatan, Dinas Sosial, dan Dinas Pendidikan, lalu rombongan ke Universitas Padjadjaran, "
        "Bandung, dan Sumedang.").to_dict()
    orgs = [e["text"] for e in record["entities"] if e["label"] == "ORG"]
    assert "Dinas Pertanian, Peternakan, dan Perikanan Kabupaten Sumedang" in orgs
    assert {"Dinas Kesehatan", "Dinas Sosial", "Dinas Pendidikan", "Universitas Padjadjaran"} <= set(orgs)


def test_the_service_in_an_officers_rank_is_no_mention_of_the_body(blank):
    doc = run(blank, "Danrem Brigjen TNI Rudi Hartanto memimpin apel. Prajurit TNI siaga.")
    orgs = [(e["text"], e["start"]) for e in doc._.entities if e["label"] == "ORG"]
    assert orgs == [("TNI", doc.text.index("Prajurit TNI") + len("Prajurit "))]


def test_an_offices_short_form_inside_a_units_name_is_no_part_of_its_canonical_name(blank):
    doc = run(blank, "Komandan Kodim (Dandim) 0718/Pati memimpin apel. Personel Kodim 0718/Pati ikut.")
    kodim = {(e["text"], e["canonical"]) for e in doc._.entities if e["label"] == "ORG"}
    assert kodim == {("Kodim (Dandim) 0718/Pati", "Kodim 0718/Pati"), ("Kodim 0718/Pati", "Kodim 0718/Pati")}


def test_union_sultanate_and_church_heads_open_bodies_but_a_sultanate_named_for_a_country_is_the_country(blank):
    doc = run(blank, "Ketua Konfederasi Serikat Pekerja Nusantara hadir bersama utusan Keuskupan Larantuka dan "
                     "Kesultanan Ternate. Oman, atau Kesultanan Oman, mengirim bantuan.")
    orgs = {e["text"] for e in doc._.entities if e["label"] == "ORG"}
    assert {"Konfederasi Serikat Pekerja Nusantara", "Keuskupan Larantuka", "Kesultanan Ternate"} <= orgs
    assert "Kesultanan Oman" not in orgs


def test_a_mountain_range_is_a_place_and_a_coordinates_hemisphere_is_none(blank):
    doc = run(blank, "Sungai itu berhulu di Pegunungan Meratus, di 115,2 derajat Bujur Timur.",
              ents=[("LOC", "Bujur Timur")])
    assert [e["text"] for e in doc._.entities if e["label"] == "LOC"] == ["Pegunungan Meratus"]


def test_a_short_form_defined_by_a_common_noun_phrase_names_no_body():
    import beritaie

    record = beritaie.extract("Sebanyak 120 pekerja migran Indonesia (PMI) dipulangkan dari Nunukan. Mereka bisa "
                              "mencairkan jaminan hari tua (JHT) bulan depan. Palang Merah Indonesia membuka posko."
                              ).to_dict()
    orgs = {e["text"] for e in record["entities"] if e["label"] == "ORG"}
    assert "PMI" not in orgs and "JHT" not in orgs and "Palang Merah Indonesia" in orgs


def test_a_defined_body_runs_over_a_stop_word_and_keeps_a_word_no_name_list_holds():
    import beritaie

    record = beritaie.extract("Asosiasi Fintech Pendanaan Bersama Indonesia (AFPI) mendukung aturan yang diterbitkan "
                              "Badan Pengawas Perdagangan Berjangka Komoditi itu.").to_dict()
    orgs = [e["text"] for e in record["entities"] if e["label"] == "ORG"]
    assert "Asosiasi Fintech Pendanaan Bersama Indonesia" in orgs
    assert "Badan Pengawas Perdagangan Berjangka Komoditi" in orgs
    assert not [e for e in record["entities"] if e["label"] == "PER"]


def test_a_model_person_ends_a_bank_name_but_not_a_company_or_group_name():
    import beritaie

    record = beritaie.extract("Kepala Ekonom Bank Permata Yosef Manurung menilai inflasi terkendali.").to_dict()
    assert [(e["text"], e["label"]) for e in record["entities"]] == [("Bank Permata", "ORG"),
                                                                     ("Yosef Manurung", "PER")]


def test_a_listed_body_type_followed_by_a_name_is_that_named_body(blank):
    doc = run(blank, "Korban dirawat di RSUD Tidar Kota Magelang, lalu dirujuk ke RSUD Sleman. Pasien lain "
                     "tetap di RSUD.")
    orgs = [e["text"] for e in doc._.entities if e["label"] == "ORG"]
    assert orgs == ["RSUD Tidar Kota Magelang", "RSUD Sleman", "RSUD"]
    assert "Magelang" in [e["text"] for e in doc._.entities if e["label"] == "LOC"]


def test_a_place_with_a_compass_word_or_a_generic_head_with_a_name_is_another_place(blank):
    doc = run(blank, "Warga Denpasar Barat dan nelayan Tanjung Tiram berlayar ke Selat Lombok.",
              ents=[("LOC", "Denpasar Barat"), ("LOC", "Tanjung Tiram"), ("LOC", "Selat Lombok")])
    places = {(e["text"], e["canonical"]) for e in doc._.entities if e["label"] == "LOC"}
    assert {("Denpasar Barat", "Denpasar Barat"), ("Tanjung Tiram", "Tanjung Tiram")} <= places


def test_a_kind_of_group_is_no_body_and_its_member_stays_a_person():
    import beritaie

    record = beritaie.extract("Sidang dipimpin Ketua Majelis Hakim Gatot Sumarsono. Tim SAR gabungan menemukan korban.")
    assert [(e.text, e.label) for e in record.entities] == [("Gatot Sumarsono", "PER")]


def test_a_day_range_is_no_person():
    import beritaie

    record = beritaie.extract("Balapan digelar tiga hari, Jumat-Minggu (3-5/10). Penonton memadati sirkuit.")
    assert [e.text for e in record.entities if e.label == "PER"] == []


def test_a_defined_body_runs_over_a_place_inside_its_name(blank):
    text = "Badan Pelaksana Otorita Labuan Bajo Flores (BPOLBF) meresmikan resor itu. BPOLBF menyambut baik."
    orgs = {(e["text"], e["canonical"]) for e in run(blank, text)._.entities if e["label"] == "ORG"}
    assert orgs == {("Badan Pelaksana Otorita Labuan Bajo Flores", "Badan Pelaksana Otorita Labuan Bajo Flores"),
                    ("BPOLBF", "Badan Pelaksana Otorita Labuan Bajo Flores")}


def test_regional_offices_and_stations_of_national_agencies_are_bodies(blank):
    text = ("Warga meminta Kantor Pertanahan Konawe Utara mengukur ulang. Tim dari Pos SAR Melak tiba. "
            "Stasiun Klimatologi NTT memperkirakan hujan.")
    orgs = [e["text"] for e in run(blank, text)._.entities if e["label"] == "ORG"]
    assert orgs == ["Kantor Pertanahan Konawe Utara", "Pos SAR Melak", "Stasiun Klimatologi NTT"]


def test_a_model_person_opening_with_a_body_head_is_a_body() -> None:
    import beritaie

    record = beritaie.extract("Kepala Suku Dinas Sumber Daya Air (Sudin SDA) Jakarta Timur, Rudi Hartono, mengatakan "
                              "pompa sudah dinyalakan. Petugas Sudin SDA Jaktim bersiaga di pintu air.")
    assert [e.text for e in record.entities if e.label == "PER"] == ["Rudi Hartono"]


def test_kali_heads_a_river_but_kali_ini_is_this_time() -> None:
    import beritaie

    record = beritaie.extract("Luapan Kali Ciliwung merendam permukiman di bantaran Kali Angke. "
                              "Kali ini air lebih tinggi.")
    assert [e.text for e in record.entities if e.label == "LOC"] == ["Kali Ciliwung", "Kali Angke"]


def test_alert_levels_and_the_hijri_calendar_are_no_persons() -> None:
    import beritaie

    record = beritaie.extract("Status Gunung Lewotolok dinaikkan ke Siaga. Dengan status Siaga, warga dilarang "
                              "mendekat. Peringatan Idul Fitri 1446 Hijriah berlangsung khidmat.")
    assert [e.text for e in record.entities if e.label == "PER"] == []

"""The beritaie_quotes spaCy component: config, serialisation round-trip, offsets, inputs from other components."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc

import beritaie.pipeline.boilerplate  # noqa: F401  (registers the factories)
import beritaie.pipeline.quotes  # noqa: F401
import beritaie.pipeline.sentences  # noqa: F401
from beritaie.errors import ConfigError

SNIPPET = (
    "Gubernur Kalimantan Timur, Isran Noor, meresmikan jembatan di Kutai Kartanegara, Rabu (8/7).\n\n"
    "Gubernur juga meminta kepada para bupati untuk merawat jalan yang sudah dibangun.\n\n"
    "“Jembatan ini memperpendek waktu tempuh warga hingga dua jam,” ujar Isran.\n\n"
    "(Baca juga: \"Kami Siap,\" Kata Warga Kutai)\n\n"
    "Warga menamai jembatan itu \"jembatan harapan. Pembangunannya memakan waktu tiga tahun."
)


@pytest.fixture(scope="module")
def blank_id() -> Language:
    # spacy.blank("id") takes seconds (large exception tables): build it once.
    return spacy.blank("id")


@pytest.fixture(scope="module")
def quotes_nlp() -> Language:
    nlp = spacy.blank("id")
    nlp.add_pipe("beritaie_boilerplate")
    nlp.add_pipe("beritaie_sentences")
    nlp.add_pipe("beritaie_quotes")
    return nlp


def run(nlp: Language, text: str) -> Doc:
    doc = nlp.make_doc(text)
    for _name, proc in nlp.pipeline:
        doc = proc(doc)
    return doc


def test_add_pipe_and_config(blank_id: Language) -> None:
    pipe = blank_id.add_pipe("beritaie_quotes", name="quotes_cfg",
                             config={"indirect": False, "read_out_speaker": "author", "min_words": 4})
    cfg = blank_id.config["components"]["quotes_cfg"]
    assert cfg["factory"] == "beritaie_quotes"
    assert (cfg["indirect"], cfg["read_out_speaker"], cfg["min_words"]) == (False, "author", 4)
    assert (pipe.indirect, pipe.read_out_speaker, pipe.min_words) == (False, "author", 4)
    assert blank_id.get_pipe_meta("quotes_cfg").assigns == ["doc._.quotes"]
    default = blank_id.add_pipe("beritaie_quotes", name="quotes_default")
    assert default.indirect is True and default.read_out_speaker == "reader" and default.min_words == 3


@pytest.mark.parametrize("config, match", [
    ({"read_out_speaker": "editor"}, "read_out_speaker"),
    ({"min_words": 0}, "min_words"),
])
def test_bad_settings(blank_id: Language, config: dict, match: str) -> None:
    with pytest.raises(ConfigError, match=match):
        blank_id.add_pipe("beritaie_quotes", name=f"bad_{match}", config=config)


def test_to_disk_and_spacy_load_round_trip(quotes_nlp: Language, tmp_path: Path) -> None:
    quotes_nlp.to_disk(tmp_path / "pipeline")
    loaded = spacy.load(tmp_path / "pipeline")
    assert loaded.pipe_names == ["beritaie_boilerplate", "beritaie_sentences", "beritaie_quotes"]
    assert loaded.config["components"]["beritaie_quotes"] == quotes_nlp.config["components"]["beritaie_quotes"]
    assert run(loaded, SNIPPET)._.quotes == run(quotes_nlp, SNIPPET)._.quotes


def test_offsets_and_records(quotes_nlp: Language) -> None:
    doc = run(quotes_nlp, SNIPPET)
    quotes = doc._.quotes
    assert [(q["kind"], q["speaker"], q["cue"]) for q in quotes] == [
        ("indirect", "Isran Noor", "meminta"),
        ("direct", "Isran Noor", "ujar"),
    ]
    for q in quotes:
        assert doc.text[q["start"]:q["end"]] == q["text"]
        m = q["speaker_mention"]
        assert doc.text[m["start"]:m["end"]] == m["text"]
        assert set(q) == {"kind", "text", "start", "end", "speaker", "speaker_mention", "cue"}
    # the quote inside "Baca juga" is boilerplate; the unclosed mark is reported, not fatal
    assert not any("Kami Siap" in q["text"] for q in quotes)
    assert any("quotation mark" in w for w in doc._.warnings)


def test_reads_persons_and_officials_when_present(quotes_nlp: Language) -> None:
    text = "Gubernur meminta warga tetap tenang.\n\n“Situasi sudah terkendali,” kata Pak Isran."
    doc = quotes_nlp.make_doc(text)
    gub = text.index("Gubernur")
    short = text.index("Isran")
    doc._.persons = [{"name": "Isran Noor", "mentions": [{"text": "Isran", "start": short, "end": short + 5}]}]
    doc._.officials = [{"name": "Isran Noor", "title": "Gubernur", "of": "Kalimantan Timur", "of_kb_id": None,
                        "mentions": [{"text": "Gubernur", "start": gub, "end": gub + 8}]}]
    for _name, proc in quotes_nlp.pipeline:
        doc = proc(doc)
    assert [q["speaker"] for q in doc._.quotes] == ["Isran Noor", "Isran Noor"]


def test_missing_inputs_degrade_gracefully(blank_id: Language) -> None:
    quotes = blank_id.add_pipe("beritaie_quotes", name="quotes_alone")
    doc = blank_id.make_doc("“Kami siap bekerja untuk warga,” kata Camat Pakis, Andi Wijaya.")
    quotes(doc)  # no boilerplate, sentences, persons or officials set
    assert [(q["text"], q["speaker"]) for q in doc._.quotes] == [("Kami siap bekerja untuk warga", "Andi Wijaya")]


def test_errors_go_to_the_error_handler(blank_id: Language, monkeypatch: pytest.MonkeyPatch) -> None:
    quotes = blank_id.add_pipe("beritaie_quotes", name="quotes_err")
    seen = []
    quotes.set_error_handler(lambda name, proc, docs, err: seen.append((name, type(err).__name__)))

    def boom(*args, **kwargs):
        raise RuntimeError("boom")

    monkeypatch.setattr("beritaie.pipeline.quotes.find_quotes", boom)
    doc = blank_id.make_doc("“Kami siap,” kata Andi.")
    assert quotes(doc) is doc
    assert seen == [("quotes_err", "RuntimeError")]


def test_a_consultant_mark_after_a_degree_keeps_the_sentence_whole() -> None:
    import beritaie

    [quote] = beritaie.extract("Dokter spesialis anak, dr. Rina Wulandari, Sp.A(K), mengingatkan bahwa imunisasi "
                               "dasar tetap penting bagi semua anak.").quotes
    assert (quote.speaker, quote.text) == ("Rina Wulandari", "imunisasi dasar tetap penting bagi semua anak")


def test_a_man_from_a_country_described_after_his_name_is_that_man() -> None:
    import beritaie

    record = beritaie.extract('"Kami siap menerima tamu," kata Thomas Berger, manajer resor. Pria asal Austria yang '
                              'sudah 12 tahun bekerja di Indonesia itu menuturkan, 70 persen kamar sudah dipesan.')
    assert [q.speaker for q in record.quotes] == ["Thomas Berger", "Thomas Berger"]


def test_the_person_accompanying_the_subject_is_not_the_speaker():
    import beritaie

    text = ("Kapolrestabes Medan Kombes Pol Rudi Hartono Sinaga didampingi Kasat Resnarkoba AKBP Janpiter Napitupulu "
            "dalam konferensi pers di Mapolrestabes Medan, Sabtu (11/10/2025), mengatakan penangkapan bermula dari "
            "informasi masyarakat.")
    assert [q.speaker for q in beritaie.extract(text).quotes] == ["Rudi Hartono Sinaga"]


def test_a_fronted_passive_clause_is_not_the_speaker():
    import beritaie

    text = "Ditemui usai pelantikan, Hendra Kusuma mengaku langsung diminta Presiden mempercepat program pangan."
    assert [q.speaker for q in beritaie.extract(text).quotes] == ["Hendra Kusuma"]


def test_a_second_post_after_yang_juga_is_not_the_speaker():
    import beritaie

    text = "Bupati Klaten Sri Mulyani yang juga Ketua Tim Penggerak PKK menyampaikan bahwa program itu berjalan baik."
    assert [q.speaker for q in beritaie.extract(text).quotes] == ["Sri Mulyani"]

"""The beritaie_dates spaCy component: config, serialisation round-trip, offsets."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc

import beritaie.pipeline.dates  # noqa: F401  (registers the factory)
import beritaie.pipeline.sentences  # noqa: F401
from beritaie.errors import ConfigError, InputError

SNIPPET = (
    "Bupati menghadiri rapat persiapan Pemilihan Tahun 2020 di pendopo, Rabu (8/7).\n\n"
    "“Kami akan bekerja keras,” ujar Bupati. Pemungutan suara digelar 9 Desember 2020.\n\n"
    "Baca Juga: Banjir melanda desa, Kamis (2/7)"
)


@pytest.fixture(scope="module")
def blank_id() -> Language:
    # spacy.blank("id") takes seconds (large exception tables): build it once
    # and add differently configured components under their own names.
    return spacy.blank("id")


@pytest.fixture(scope="module")
def dates_nlp() -> Language:
    nlp = spacy.blank("id")
    nlp.add_pipe("beritaie_sentences")
    nlp.add_pipe("beritaie_dates")
    return nlp


def run(nlp: Language, text: str, published: str | None = None, boilerplate: list[dict] | None = None) -> Doc:
    doc = nlp.make_doc(text)
    doc._.published = published
    doc._.boilerplate = boilerplate
    for _name, proc in nlp.pipeline:
        doc = proc(doc)
    return doc


def test_add_pipe_and_config(blank_id: Language) -> None:
    nlp = blank_id
    pipe = nlp.add_pipe("beritaie_dates", name="dates_cfg", config={"guess_year_from_weekdays": True, "today": "2023-01-01"})
    assert nlp.config["components"]["dates_cfg"]["factory"] == "beritaie_dates"
    assert nlp.config["components"]["dates_cfg"]["guess_year_from_weekdays"] is True
    assert pipe.guess_year_from_weekdays is True
    meta = nlp.get_pipe_meta("dates_cfg")
    assert set(meta.assigns) == {"doc._.dates", "doc._.reference_date", "doc._.reference_date_source"}
    default = nlp.add_pipe("beritaie_dates", name="dates_default")
    assert default.guess_year_from_weekdays is False and default.today is None


def test_bad_today_setting(blank_id: Language) -> None:
    with pytest.raises(ConfigError, match="today"):
        blank_id.add_pipe("beritaie_dates", name="dates_bad", config={"today": "kemarin"})


def test_call_returns_same_doc_and_writes_extensions(dates_nlp: Language) -> None:
    doc = dates_nlp.make_doc("Rapat digelar Rabu (8/7).")
    doc._.published = "2020-07-09"
    out = dates_nlp.get_pipe("beritaie_dates")(doc)
    assert out is doc
    assert doc._.dates == [{"text": "Rabu (8/7)", "start": 14, "end": 24, "value": "2020-07-08", "granularity": "day"}]
    assert doc._.reference_date == "2020-07-09"
    assert doc._.reference_date_source == "given"


def test_inferred_reference_and_boilerplate(dates_nlp: Language) -> None:
    cut = SNIPPET.index("Baca Juga")
    doc = run(dates_nlp, SNIPPET, boilerplate=[{"start": cut, "end": len(SNIPPET), "kind": "read_also"}])
    assert [(d["text"], d["value"]) for d in doc._.dates] == [
        ("Tahun 2020", "2020"),
        ("Rabu (8/7)", "2020-07-08"),
        ("9 Desember 2020", "2020-12-09"),
    ]
    assert doc._.reference_date == "2020-07-08"
    assert doc._.reference_date_source == "inferred"


def test_offsets_align_with_text_and_tokens(dates_nlp: Language) -> None:
    text = "ujar Budi di ruang kerjanya , Kamis ( 11 / 1 ) pukul 22.00 WIB . Pendaftaran dibuka hari ini ."
    doc = run(dates_nlp, text, published="2018-01-11")
    assert doc.text == text
    assert [d["value"] for d in doc._.dates] == ["2018-01-11T22:00", "2018-01-11"]
    for d in doc._.dates:
        assert doc.text[d["start"] : d["end"]] == d["text"]
        span = doc.char_span(d["start"], d["end"], alignment_mode="strict")
        assert span is not None and span.text == d["text"]


def test_bad_published_raises_through_error_handler(dates_nlp: Language, blank_id: Language) -> None:
    with pytest.raises(InputError, match="Invalid published date"):
        run(dates_nlp, "Rapat Rabu (8/7).", published="8 Juli 2020")
    seen = []
    pipe = blank_id.add_pipe("beritaie_dates", name="dates_handled")
    pipe.set_error_handler(lambda name, proc, docs, exc: seen.append((name, type(exc))))
    doc = blank_id.make_doc("Rapat Rabu (8/7).")
    doc._.published = "kemarin"
    assert pipe(doc) is doc
    assert seen == [("dates_handled", InputError)]


def test_to_disk_and_spacy_load_round_trip(tmp_path: Path) -> None:
    nlp = spacy.blank("id")
    nlp.add_pipe("beritaie_dates", config={"guess_year_from_weekdays": True, "today": "2023-01-01"})
    nlp.to_disk(tmp_path / "pipeline")
    loaded = spacy.load(tmp_path / "pipeline")
    assert loaded.pipe_names == ["beritaie_dates"]
    pipe = loaded.get_pipe("beritaie_dates")
    assert pipe.guess_year_from_weekdays is True
    doc = loaded("Rapat koordinasi digelar Rabu (8/7).")
    assert [d["value"] for d in doc._.dates] == ["2020-07-08"]
    assert doc._.reference_date_source == "inferred"

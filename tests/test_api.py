"""Contract and offset invariants of extract / extract_many / to_frames, on text we wrote."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

import beritaie
from beritaie.errors import InputError
from beritaie.record import ErrorRecord, Record
from beritaie.resources import schema

FIXTURE = Path(__file__).parent / "fixtures" / "article_sleman.txt"


@pytest.fixture(scope="module")
def article():
    return FIXTURE.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def record(article):
    return beritaie.extract(article, id="sleman-1")


def _spans(rec: dict):
    for key in ("entities", "dates", "quotes"):
        for item in rec[key]:
            yield item
    for off in rec["officials"]:
        yield from off["mentions"]
    for q in rec["quotes"]:
        if q["speaker_mention"]:
            yield q["speaker_mention"]


def test_record_validates_against_schema(record):
    jsonschema.validate(record.to_dict(), schema())


def test_every_span_is_an_offset_into_the_input(article, record):
    spans = list(_spans(record.to_dict()))
    assert spans, "the fixture article should yield spans"
    for span in spans:
        assert 0 <= span["start"] < span["end"] <= len(article)
        assert article[span["start"]:span["end"]] == span["text"]


def test_record_round_trips_as_json(record):
    data = json.loads(record.to_json())
    assert data["id"] == "sleman-1"
    assert set(data) >= {"id", "reference_date", "reference_date_source", "entities", "officials", "dates", "quotes"}


def test_offsets_hold_with_odd_whitespace_and_unicode():
    text = "  \tBupati  Sleman\u00a0 berkata:\r\n\r\n“Kita   siap,”  ujar Budi.  İstanbul ﬁ  "
    rec = beritaie.extract(text).to_dict()
    for span in _spans(rec):
        assert text[span["start"]:span["end"]] == span["text"]


@pytest.mark.parametrize("bad,match", [("", "empty"), ("   \n ", "empty"), (b"bytes", "must be a str"),
                                       (None, "missing"), ("a\x00b", "binary"), ("Bupati \ud800 hadir", "surrogate")])
def test_extract_rejects_bad_text(bad, match):
    with pytest.raises(InputError, match=match):
        beritaie.extract(bad)


@pytest.mark.parametrize("bad", ["8 Juli", "2024-03-14garbage", "2023-13-45", "31/02/2024", "8 Foo 2020"])
def test_extract_rejects_bad_published(article, bad):
    with pytest.raises(InputError, match="YYYY-MM-DD"):
        beritaie.extract(article, published=bad)


@pytest.mark.parametrize("value", ["2020-07-08", "2020-07-08T09:15:00+07:00", "2020-07-08 09:15", "2020-07-08T02:15Z",
                                   "Rabu, 8 Juli 2020 10:00 WIB", "8 Jul 2020", "08/07/2020", "8 Juli 2020, 09.15"])
def test_published_takes_the_date_of_iso_and_printed_dates(value):
    from beritaie.api import check_published

    assert check_published(value) == "2020-07-08"


def test_extract_rejects_oversized_text():
    with pytest.raises(InputError, match="over the limit"):
        beritaie.extract("kata " * 100, max_chars=50)


def test_published_is_used_as_reference(article):
    rec = beritaie.extract(article, published="2023-07-08")
    assert rec.reference_date == "2023-07-08"
    assert rec.reference_date_source == "given"


def test_extract_many_keeps_order_and_isolates_bad_documents(article):
    docs = [{"id": "a", "text": article}, {"id": "b", "text": ""}, "Warga Sleman antre minyak.",
            {"id": "d", "text": 42}, ErrorRecord("e", "InputError", "broken line")]
    out = list(beritaie.extract_many(docs, batch_size=2))
    assert [type(r) for r in out] == [Record, ErrorRecord, Record, ErrorRecord, ErrorRecord]
    assert [r.id for r in out] == ["a", "b", "2", "d", "e"]
    assert out[1].type == "InputError"


def test_extract_many_cuts_model_batches_by_tokens(article, monkeypatch):
    """Batches stay within MAX_BATCH_TOKENS (the model's memory grows with them); records do not change."""
    from beritaie import api

    docs = [{"id": str(i), "text": article} for i in range(3)] + [{"id": "bad", "text": ""}, "Warga Sleman antre."]
    whole = [r.to_dict() for r in beritaie.extract_many(docs, batch_size=8)]
    budget = len(beritaie.load().make_doc(article)) + 10
    batches = []
    process = api._process

    def spy(nlp, pending, **kwargs):
        batches.append(sum(len(d) for d in pending))
        return process(nlp, pending, **kwargs)

    monkeypatch.setattr(api, "MAX_BATCH_TOKENS", budget)
    monkeypatch.setattr(api, "_process", spy)
    assert [r.to_dict() for r in beritaie.extract_many(docs, batch_size=8)] == whole
    assert len(batches) == 3 and max(batches) <= budget


def test_to_frames_has_one_frame_per_kind(record):
    frames = beritaie.to_frames([record, ErrorRecord("x", "InputError", "empty")])
    assert set(frames) == {"entities", "officials", "dates", "quotes", "warnings", "errors"}
    assert list(frames["errors"]["doc_id"]) == ["x"]
    for kind in ("entities", "officials", "dates", "quotes"):
        frame = frames[kind]
        assert {"doc_id", "start", "end"} <= set(frame.columns)
        assert (frame["doc_id"] == "sleman-1").all()
    assert len(frames["dates"]) == len(record.dates)
    assert len(frames["quotes"]) == len(record.quotes)


def test_to_frames_keeps_date_and_document_warnings():
    text = ('Bupati Sleman Kustini Sri Purnomo membuka pasar murah, Senin (8/7/2020). '
            '"Harga beras turun di sini," kata Kustini. "Dan gula juga.')
    record = beritaie.extract(text, id="w1")
    frames = beritaie.to_frames([record])
    dated = frames["dates"].set_index("text")
    assert record.dates[0].warning  # 8/7/2020 is a Wednesday
    assert dated.loc["Senin (8/7/2020)", "warning"] == record.dates[0].warning
    assert list(frames["warnings"]["message"]) == record.warnings and record.warnings
    assert set(frames["warnings"]["doc_id"]) == {"w1"}


def test_pipeline_is_spacy_native(nlp, article):
    assert nlp.lang == "id"
    for name in ("beritaie_boilerplate", "beritaie_sentences", "beritaie_gazetteer", "beritaie_officials",
                 "beritaie_entities", "beritaie_dates", "beritaie_quotes"):
        assert name in nlp.pipe_names
    docs = list(nlp.pipe([article, "Halo Sleman."]))
    assert docs[0].text == article
    assert isinstance(docs[0]._.quotes, list) and isinstance(docs[0]._.dates, list)
    assert beritaie.load() is nlp


def test_a_lone_surrogate_fails_its_document_only():
    results = [r.to_dict() for r in beritaie.extract_many(["Bupati Sleman hadir.", "x \ud800 y", "Camat Depok hadir."])]
    assert ["error" in r for r in results] == [False, True, False]
    assert "surrogate" in results[1]["error"]["message"]


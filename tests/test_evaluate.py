"""The scorer follows GUIDE.md; checked on tiny gold/system pairs we wrote."""

from __future__ import annotations

import json

import pytest

from beritaie.evaluate import (Report, check_gates, evaluate, format_table, locate, locate_in_order, name_key,
                               score_document, titles_agree)

TEXT = ("Bupati Sleman, H. Budi Santoso, S.H. hadir pada Senin (6/7). Budi berkata, “Kami siap.” "
        "Rapat Senin (6/7 juga dihadiri Kapolres Sleman.")
GOLD = {
    "id": "t1",
    "entities": {"PER": [{"name": "Budi Santoso", "aliases": ["Budi"]}],
                 "ORG": [], "LOC": [{"name": "Sleman", "aliases": []}]},
    "officials": [{"name": "Budi Santoso", "title": "Bupati", "of": "Sleman", "mention": "Bupati Sleman, H. Budi Santoso"},
                  {"name": None, "title": "Kapolres", "of": "Sleman", "mention": "Kapolres Sleman"}],
    "dates": [{"text": "Senin (6/7)", "value": "2020-07-06"}, {"text": "Senin (6/7", "value": "2020-07-06"}],
    "quotes": [{"kind": "direct", "text": "Kami siap.", "speaker": "Budi Santoso", "speaker_mention": "Budi", "cue": "berkata"}],
}


def span(sub, nth=0):
    start = -1
    for _ in range(nth + 1):
        start = TEXT.index(sub, start + 1)
    return {"text": sub, "start": start, "end": start + len(sub)}


def test_names_fold_honorifics_and_degrees():
    assert name_key("H. Budi Santoso, S.H., M.Si.") == name_key("budi santoso")


@pytest.mark.parametrize("a,b,agree", [("Kadis", "Kepala Dinas", True), ("Ketua", "Ketua KPU", True),
                                       ("Wabup", "Wakil Bupati", True), ("Bupati", "Camat", False)])
def test_titles_agree(a, b, agree):
    assert titles_agree(a, b) is agree


def test_locate_prefers_distinct_occurrences():
    spans = locate(TEXT, ["Senin (6/7)", "Senin (6/7"])
    assert TEXT[slice(*spans[0])] == "Senin (6/7)"
    assert spans[1][0] > spans[0][1]


def test_gold_dates_are_placed_in_document_order():
    text = "Baca juga: Pemilu 2025 sepi. Rapat digelar Senin. Anggaran 2025 naik."
    assert locate_in_order(text, ["Senin", "2025"]) == [(text.index("Senin"), text.index("Senin") + 5),
                                                        (text.rindex("2025"), text.rindex("2025") + 4)]
    assert locate_in_order(text, ["2025", "Senin"])[0] == (text.index("2025"), text.index("2025") + 4)
    assert locate_in_order(text, ["naik", "Senin"]) == locate(text, ["naik", "Senin"])  # out of order
    dated = "Rapat Senin (10/3/2025) membahas anggaran pada 2025."
    assert locate_in_order(dated, ["Senin (10/3/2025)", "2025"])[1][0] == dated.rindex("2025")


def test_perfect_system_scores_one():
    s1 = span("Senin (6/7)")
    s2 = span("Senin (6/7", 1)
    q = span("Kami siap.")
    system = {
        "entities": [{"label": "PER", "canonical": "Budi Santoso"}, {"label": "LOC", "canonical": "Sleman"}],
        "officials": [{"name": "Budi Santoso", "title": "Bupati", "mentions": [span("Bupati Sleman")]},
                      {"name": None, "title": "Kapolres", "mentions": [span("Kapolres Sleman")]}],
        "dates": [{**s1, "value": "2020-07-06"}, {**s2, "value": "2020-07-06T09:00"}],
        "quotes": [{**q, "kind": "direct", "speaker": "Budi"}],
    }
    report = Report()
    score_document(TEXT, GOLD, system, report)
    m = report.metrics()
    for key in ("PER_f1", "LOC_f1", "officials_f1", "dates_f1", "dates_resolution_acc", "quotes_e2e_f1",
                "attribution_acc"):
        assert m[key] == pytest.approx(1.0), key


def test_errors_are_counted():
    system = {
        "entities": [{"label": "PER", "canonical": "Santoso Budi"}],
        "officials": [{"name": "Budi Santoso", "title": "Camat", "mentions": [span("Bupati Sleman")]}],
        "dates": [{**span("Senin (6/7)"), "value": "2021-07-06"}],
        "quotes": [{**span("Kami siap."), "kind": "direct", "speaker": "Rina"}],
    }
    report = Report()
    score_document(TEXT, GOLD, system, report)
    m = report.metrics()
    assert m["PER_f1"] == 0 and m["officials_f1"] == 0
    assert m["dates_r"] == pytest.approx(0.5) and m["dates_resolution_acc"] == 0
    assert m["quotes_f1"] == pytest.approx(1.0) and m["quotes_e2e_f1"] == 0
    assert any("wrong speaker" in line for line in report.details["t1"])


def test_documents_that_failed_are_listed_with_their_error(tmp_path):
    (tmp_path / "t1.json").write_text(json.dumps({"id": "t1", "text": TEXT}), encoding="utf-8")
    (tmp_path / "t1.gold.json").write_text(json.dumps(GOLD), encoding="utf-8")
    failed = {"t1": {"id": "t1", "error": {"type": "E003", "message": "published is not a date"}}}
    report = evaluate(tmp_path, failed)
    assert report.errors == ["t1: E003: published is not a date"]
    assert "error t1: E003: published is not a date" in format_table(report)
    assert evaluate(tmp_path, {}).errors == ["t1: missing: no system record for this id"]


def test_gates():
    assert check_gates({"officials_f1": 0.8}, ["officials_f1=0.75"]) == []
    assert check_gates({"officials_f1": 0.7}, ["officials_f1=0.75"])
    with pytest.raises(KeyError):
        check_gates({}, ["nope=1"])

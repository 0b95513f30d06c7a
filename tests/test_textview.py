"""The cleaned view of scraped text (invisible marks, HTML entities) and its way back to input offsets."""

from __future__ import annotations

import html
import random

import pytest

import beritaie
from beritaie.errors import InputError
from beritaie.textview import TextView

ZWSP, SHY, WJ, BOM = "\u200b", "\u00ad", "\u2060", "\ufeff"


def _check_round_trip(source: str) -> TextView:
    """Every character of the view maps back onto itself in the input, an entity, a run of
    spaces (one space) or a block tag (a line break)."""
    view = TextView(source)
    for i, char in enumerate(view.text):
        start, end = view.source_span(i, i + 1)
        raw = source[start:end]
        assert raw == char or (raw.startswith("&") and raw.endswith(";")) or \
            (char == " " and html.unescape(raw).isspace()) or (char == " " and "\n" in raw) or \
            (char == "\n" and raw.startswith("<")), (i, char, raw)
    return view


def test_clean_text_is_left_alone():
    text = "Bupati Sleman, R&D PT A & B, harga 5&6; tanpa tanda."
    view = TextView(text)
    assert not view.changed and view.text is text
    assert view.source_span(7, 13) == (7, 13)


def test_invisible_marks_are_dropped_inside_and_between_words():
    view = _check_round_trip(f"{BOM}Sema{ZWSP}rang dan Pra{SHY}nowo{WJ} hadir{ZWSP}")
    assert view.text == "Semarang dan Pranowo hadir"
    start, end = view.source_span(0, len("Semarang"))
    assert view.source[start:end] == f"Sema{ZWSP}rang"  # the mark inside stays in the span
    start, end = view.source_span(13, 20)
    assert view.source[start:end] == f"Pra{SHY}nowo"  # the mark after the word does not


def test_html_entities_are_decoded_also_when_escaped_twice():
    source = "&quot;Kami siap,&quot; kata Ani&nbsp;Rahma. &#8220;Ya&#x201D; &amp;quot; &bogus; R&D &#8203;"
    view = _check_round_trip(source)
    assert view.text == '"Kami siap," kata Ani Rahma. \u201cYa\u201d " &bogus; R&D '
    start, end = view.source_span(0, 12)  # '"Kami siap,"'
    assert source[start:end] == "&quot;Kami siap,&quot;"
    start, end = view.source_span(1, 11)
    assert source[start:end] == "Kami siap,"


def test_spaces_and_html_tags():
    source = "<p>Bupati\u00a0Sleman  <strong>Kustini</strong>\thadir.</p><p>Warga&nbsp; senang.<br/></p>"
    view = _check_round_trip(source)
    assert view.text == "\nBupati Sleman Kustini hadir.\n\nWarga senang.\n\n"
    start, end = view.source_span(view.text.index("Bupati"), view.text.index("Kustini") + 7)
    assert source[start:end] == "Bupati\u00a0Sleman  <strong>Kustini"
    assert TextView("harga < 5 dan > 3, a<b").text == "harga < 5 dan > 3, a<b"  # no tags there


def test_adjacent_edits_keep_every_offset():
    source = f"a{ZWSP}&amp;{SHY}&lt;{ZWSP}{ZWSP}b&gt;"
    view = _check_round_trip(source)
    assert view.text == "a&<b>"
    assert [view.source_span(i, i + 1) for i in range(5)] == [(0, 1), (2, 7), (8, 12), (14, 15), (15, 19)]
    assert view.source_span(5, 5) == (19, 19)


def test_random_texts_round_trip():
    rng = random.Random(7)
    alphabet = ["a", "B", " ", ".", ZWSP, SHY, WJ, "&quot;", "&amp;", "&#160;", "&", ";", "&x;", "\u00a0", "\t",
                "<p>", "</p>", "<br />", "<strong>", "<", ">", "\n"]
    for _ in range(300):
        _check_round_trip("".join(rng.choice(alphabet) for _ in range(rng.randint(1, 30))))


ARTICLE = ('SEMARANG - Gubernur Jawa Tengah Ganjar{zw} Pranowo mengatakan, &quot;Kami akan membangun jalan '
           'tol baru di Sema{zw}rang.&quot; Hal itu disampaikan Ganjar di Semarang, Rabu{zw} (8/7/2020).')


def _speakers_and_persons(text: str):
    record = beritaie.extract(text).to_dict()
    spans = [*record["entities"], *record["dates"], *record["quotes"]]
    spans += [m for o in record["officials"] for m in o["mentions"]]
    spans += [q["speaker_mention"] for q in record["quotes"] if q["speaker_mention"]]
    for span in spans:
        assert text[span["start"]:span["end"]] == span["text"]
    persons = sorted({e["canonical"] for e in record["entities"] if e["label"] == "PER"})
    return record, persons


def test_extract_reads_through_invisible_marks_and_entities():
    text = ARTICLE.format(zw=ZWSP)
    record, persons = _speakers_and_persons(text)
    clean_record, clean_persons = _speakers_and_persons(ARTICLE.format(zw="").replace("&quot;", '"'))
    assert persons == clean_persons == ["Ganjar Pranowo"]
    assert [o["name"] for o in record["officials"]] == ["Ganjar Pranowo"]
    assert [(q["kind"], q["speaker"]) for q in record["quotes"]] == [("direct", "Ganjar Pranowo")]
    quote = record["quotes"][0]
    assert text[quote["start"]:quote["end"]].startswith("Kami akan") and ZWSP in quote["text"]
    assert [d["value"] for d in record["dates"]] == [d["value"] for d in clean_record["dates"]] == ["2020-07-08"]
    assert record["dates"][0]["text"] == f"Rabu{ZWSP} (8/7/2020)"


def test_extract_many_and_render_map_offsets_to_the_input():
    text = ARTICLE.format(zw=SHY)
    [record] = list(beritaie.extract_many([text]))
    for entity in record.entities:
        assert text[entity.start:entity.end] == entity.text
    nlp = beritaie.load()
    doc = beritaie.api.make_doc(nlp, text)
    assert doc.text != text and doc._.source_text == text
    html = beritaie.render(nlp(doc), text=text)
    assert "Kami akan membangun" in html


def test_text_of_invisible_marks_only_is_empty():
    with pytest.raises(InputError, match="invisible"):
        beritaie.extract(f"{ZWSP}{SHY} &nbsp;")


def test_extract_reads_through_no_break_spaces_and_tags():
    text = ('<p>Salah satu penerima, Dewi\u00a0Lestari, mengaku terbantu. Ketua KPU Kota Surabaya '
            '<strong>Nur Syamsi</strong>&nbsp; mengatakan rekapitulasi dilakukan bertahap hingga akhir pekan.</p>'
            '<p>"Kami ingin prosesnya transparan," ujar Nur  Syamsi.</p>')
    record, persons = _speakers_and_persons(text)
    assert persons == ["Dewi Lestari", "Nur Syamsi"]
    assert [(o.name, o.title) for o in beritaie.extract(text).officials] == [("Nur Syamsi", "Ketua")]
    assert [q["speaker"] for q in record["quotes"]] == ["Nur Syamsi", "Nur Syamsi"]
    assert not any("<" in q["text"] or ">" in q["text"] for q in record["quotes"])


def test_a_hard_wrapped_line_inside_a_sentence_is_one_line():
    source = "Saksi menyampaikan keberatan\njika ada selisih,\r\nkata dia.\nBerita lain\n\nparagraf baru."
    view = _check_round_trip(source)
    assert view.text == "Saksi menyampaikan keberatan jika ada selisih, kata dia.\nBerita lain\n\nparagraf baru."
    text = ('"Silakan saksi menyampaikan keberatan\njika ada selisih angka," ujar Nur Syamsi.\n\n'
            'Ketua Bawaslu Kota Surabaya Novli Bernado Thyssen menyatakan pengawas\nakan mencermati data itu.')
    record = beritaie.extract(text)
    assert [q.speaker for q in record.quotes] == ["Nur Syamsi", "Novli Bernado Thyssen"]

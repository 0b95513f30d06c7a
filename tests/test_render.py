"""Tests of beritaie.render: escaping, quotes linked to speakers, entities, dates, standalone pages."""

from __future__ import annotations

import json
from html.parser import HTMLParser
from pathlib import Path

import pytest

from beritaie.errors import InputError
from beritaie.record import DateMention, Entity, ErrorRecord, Mention, Official, Quote, Record
from beritaie.render import render, render_page

SAMPLE = Path(__file__).parent.parent / "examples" / "sample.txt"


def span(text: str, needle: str, nth: int = 0) -> tuple[int, int]:
    """(start, end) of the nth occurrence of ``needle`` in ``text``."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(needle, start + 1)
    return start, start + len(needle)


def mention(text: str, needle: str, nth: int = 0) -> Mention:
    return Mention(needle, *span(text, needle, nth))


def quote(text: str, kind: str, content: str, speaker: str | None, speaker_text: str | None,
          cue: str | None, nth_speaker: int = 0) -> Quote:
    sm = mention(text, speaker_text, nth_speaker) if speaker_text else None
    return Quote(kind, content, *span(text, content), speaker, sm, cue)


def sample_record(text: str) -> Record:
    """A hand-made record for examples/sample.txt, as the finished pipeline should give it."""
    ents = [
        Entity("Sintang", "LOC", *span(text, "Sintang", 1), "Sintang", "61.05", "gazetteer"),
        Entity("Yohanes Dirgantara", "PER", *span(text, "Yohanes Dirgantara"), "Yohanes Dirgantara", None, "model"),
        Entity("KPU", "ORG", *span(text, "KPU"), "KPU", None, "gazetteer"),
        Entity("Kabupaten Melawi", "LOC", *span(text, "Kabupaten Melawi"), "Melawi", "61.10", "gazetteer"),
        Entity("Maryani", "PER", *span(text, "Maryani", 1), "Maryani Kusumawati", None, "model"),
    ]
    officials = [
        Official("Yohanes Dirgantara", "Bupati", "Sintang", "61.05",
                 [mention(text, "Bupati Sintang", 0), mention(text, "Bupati Sintang, Yohanes Dirgantara")]),
        Official("Bambang Setiawan", "Kapolres", "Sintang", "61.05",
                 [mention(text, "Kapolres Sintang AKBP Bambang Setiawan")]),
        Official("Maryani Kusumawati", "Ketua", "KPU Kabupaten Sintang", None,
                 [mention(text, "Ketua KPU Kabupaten Sintang, Hj. Maryani Kusumawati")]),
    ]
    dates = [
        DateMention("Rabu (16/9)", *span(text, "Rabu (16/9)"), "2020-09-16", "day"),
        DateMention("Tahun 2020", *span(text, "Tahun 2020"), "2020", "year"),
        DateMention("9 Desember 2020", *span(text, "9 Desember 2020"), "2020-12-09", "day"),
    ]
    quotes = [
        quote(text, "indirect", "seluruh penyelenggara pemilu di Kabupaten Sintang menegakkan protokol kesehatan "
              "secara ketat sejak tahapan kampanye hingga hari pemungutan suara", "Yohanes Dirgantara",
              "Yohanes Dirgantara", "menyampaikan", nth_speaker=1),
        quote(text, "direct", "Jangan sampai pesta demokrasi ini justru memunculkan kluster-kluster baru Covid-19 "
              "di Kabupaten Sintang", "Yohanes Dirgantara", "Yohanes", "ujar", nth_speaker=2),
        quote(text, "direct", "Kami akan tindak tegas siapa pun yang mengganggu jalannya pilkada, tanpa pandang bulu",
              "Bambang Setiawan", "Bambang", "kata", nth_speaker=1),
        quote(text, "direct", "Seluruh petugas KPPS wajib mengikuti rapid test terlebih dahulu, dan setiap TPS harus "
              "menyediakan tempat cuci tangan serta masker cadangan bagi pemilih", "Maryani Kusumawati",
              "Maryani", "tutup", nth_speaker=1),
    ]
    return Record("sample", "2020-09-16", "inferred", ents, officials, dates, quotes)


class Tree(HTMLParser):
    """Minimal DOM: every element as {tag, attrs, text (own text incl. descendants), label (badge?)}."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.elements: list[dict] = []
        self.stack: list[dict] = []
        self.scripts = 0

    def handle_starttag(self, tag, attrs):
        if tag == "script":
            self.scripts += 1
        el = {"tag": tag, "attrs": dict(attrs), "text": "", "plain": ""}
        self.elements.append(el)
        if tag not in ("meta", "br", "link"):
            self.stack.append(el)

    def handle_endtag(self, tag):
        while self.stack:
            if self.stack.pop()["tag"] == tag:
                break

    def handle_data(self, data):
        in_badge = any("bx-lbl" in el["attrs"].get("class", "") for el in self.stack)
        in_style = any(el["tag"] == "style" for el in self.stack)
        for el in self.stack:
            el["text"] += data
            if not in_badge and not in_style:
                el["plain"] += data

    def find(self, cls: str) -> list[dict]:
        return [el for el in self.elements if cls in el["attrs"].get("class", "").split()]


def parse(markup: str) -> Tree:
    tree = Tree()
    tree.feed(markup)
    tree.close()
    return tree


def joined(tree: Tree, cls: str, key: str, value: str) -> str:
    """The article text covered by all fragments of one annotation (badges excluded)."""
    return "".join(el["plain"] for el in tree.find(cls) if el["attrs"].get(key) == value)


@pytest.fixture(scope="module")
def sample_text() -> str:
    return SAMPLE.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def sample_html(sample_text: str) -> str:
    return render(sample_record(sample_text), text=sample_text, jupyter=False)


def test_text_is_complete(sample_text, sample_html):
    tree = parse(sample_html)
    body = tree.find("bx-text")[0]
    assert body["plain"] == sample_text


def test_every_quote_is_highlighted_and_linked_to_its_speaker(sample_text, sample_html):
    record = sample_record(sample_text)
    tree = parse(sample_html)
    labels = {el["attrs"]["data-quote"]: el for el in tree.find("bx-qlbl")}
    speakers = {el["attrs"]["id"]: el for el in tree.find("bx-speaker") if "id" in el["attrs"]}
    assert len(labels) == len(record.quotes) == 4
    for number, q in enumerate(record.quotes, start=1):
        assert joined(tree, "bx-quote", "data-quote", str(number)) == q.text
        marks = [el for el in tree.find("bx-quote") if el["attrs"].get("data-quote") == str(number)]
        assert marks[0]["tag"] == "mark" and marks[0]["attrs"]["data-speaker"] == q.speaker
        label = labels[str(number)]
        assert q.speaker in label["text"]
        target = label["attrs"]["href"].lstrip("#")
        assert marks[0]["attrs"]["data-speaker-ref"] == target
        assert speakers[target]["plain"] == q.speaker_mention.text
        assert str(number) in speakers[target]["attrs"]["data-quotes"].split()


def test_entities_officials_and_dates_are_present(sample_text, sample_html):
    record = sample_record(sample_text)
    tree = parse(sample_html)
    for label in ("PER", "ORG", "LOC"):
        assert any(el["attrs"].get("data-type") == label for el in tree.find(f"bx-{label}"))
    ents = [el for el in tree.find("bx-ent") if "data-canonical" in el["attrs"]]
    assert {el["attrs"]["data-canonical"] for el in ents} >= {e.canonical for e in record.entities}
    assert any(el["attrs"].get("data-kb-id") == "61.05" for el in ents)
    labels = [el["attrs"].get("data-label", "") for el in tree.find("bx-off")]
    assert "Bupati" in labels and any(lbl.startswith("Kapolres") for lbl in labels)
    dates = tree.find("bx-date")
    values = {el["attrs"]["data-value"] for el in dates if el["tag"] == "time"}
    assert values == {"2020-09-16", "2020", "2020-12-09"}
    for d in record.dates:
        assert any(el["attrs"].get("title", "").startswith(d.value) and el["plain"] == d.text for el in dates)


NASTY = 'Bupati <script>alert("x")</script> & "Ali" <img src=x onerror=alert(1)> berkata: “<b>halo</b>,” ujar Ali.'


def test_article_text_and_record_values_are_escaped():
    text = NASTY
    q_text = "<b>halo</b>"
    rec = Record(
        id='<i id="x">', reference_date=None, reference_date_source=None,
        entities=[Entity("Ali", "PER", *span(text, "Ali", 1), 'Ali"><script>alert(2)</script>', None, "rule")],
        officials=[Official('"><svg onload=alert(3)>', "<Bupati>", None, None, [mention(text, "Bupati")])],
        dates=[],
        quotes=[Quote("direct", q_text, *span(text, q_text), "<Ali>", mention(text, "Ali", 1), "ujar")],
    )
    markup = render(rec, text=text, jupyter=False, page=True)
    tree = parse(markup)
    assert tree.scripts == 0
    assert not any(el["tag"] in ("img", "svg", "b", "i") for el in tree.elements)
    assert "onerror=alert(1)" not in markup.replace("&lt;img src=x onerror=alert(1)&gt;", "")
    assert tree.find("bx-text")[0]["plain"] == text
    assert joined(tree, "bx-quote", "data-quote", "1") == q_text
    assert tree.find("bx-qlbl")[0]["attrs"]["data-speaker"] == "<Ali>"


@pytest.mark.parametrize("spans", [
    # (entity span, quote span) overlapping without nesting: drawn as fragments, both complete
    ((0, 12), (6, 20)),
    ((6, 20), (0, 12)),
    ((3, 9), (3, 9)),
])
def test_crossing_spans_stay_well_formed(spans):
    text = "Kata Bupati Sintang Yohanes kemarin."
    (es, ee), (qs, qe) = spans
    rec = Record("x", None, None, entities=[Entity(text[es:ee], "ORG", es, ee, text[es:ee], None, "rule")],
                 quotes=[Quote("indirect", text[qs:qe], qs, qe, None, None, None)])
    tree = parse(render(rec, text=text, jupyter=False))
    assert tree.find("bx-text")[0]["plain"] == text
    assert joined(tree, "bx-quote", "data-quote", "1") == text[qs:qe]
    ents = [el for el in tree.find("bx-ent") if "data-type" in el["attrs"]]  # not the legend
    assert "".join(el["plain"] for el in ents) == text[es:ee]
    ends = [el for el in ents if "bx-end" in el["attrs"]["class"]]
    assert len(ends) == 1 and ends[0]["attrs"]["data-label"] == "ORG"
    assert "?" in tree.find("bx-qlbl")[0]["text"]  # no speaker: shown as unattributed


def test_standalone_file_is_written(tmp_path, sample_text):
    out = tmp_path / "view.html"
    fragment = render(sample_record(sample_text), text=sample_text, jupyter=False, path=out)
    page = out.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and '<meta charset="utf-8">' in page
    assert fragment in page and not fragment.startswith("<!DOCTYPE")
    assert "<style>" in fragment  # the fragment is self-contained for notebooks


def test_record_dict_and_error_record():
    text = "Bupati Ali hadir."
    rec = Record("d", None, None, entities=[Entity("Ali", "PER", 7, 10, "Ali", None, "rule")])
    assert render(rec.to_dict(), text=text, jupyter=False) == render(rec, text=text, jupyter=False)
    page = render_page([(rec, text), (ErrorRecord("bad", "InputError", "<empty>"), None)])
    assert page.count("<article") == 2 and "&lt;empty&gt;" in page


@pytest.mark.parametrize("obj, text, match", [
    (Record("r", None, None), None, "does not hold the article text"),
    ("just a string", None, "render\\(\\) takes"),
    (Record("r", None, None, entities=[Entity("Ali", "PER", 0, 3, "Ali", None, "rule")]), "Budi hadir", "does not match"),
    (Record("r", None, None, dates=[DateMention("x", 5, 99, "2020", "year")]), "Budi hadir", "does not match"),
])
def test_bad_input_is_refused(obj, text, match):
    with pytest.raises(InputError, match=match):
        render(obj, text=text, jupyter=False)


def test_doc_input(sample_text):
    import spacy

    from beritaie import extensions  # noqa: F401  (registers Doc._ attributes)

    doc = spacy.blank("id")(sample_text)
    doc._.doc_id = "blank"
    doc._.quotes = [q.__dict__ | {"speaker_mention": q.speaker_mention.__dict__}
                    for q in sample_record(sample_text).quotes]
    tree = parse(render(doc, jupyter=False))
    assert len(tree.find("bx-qlbl")) == 4
    with pytest.raises(InputError, match="differs from doc.text"):
        render(doc, text="other", jupyter=False)


def test_jupyter_display(monkeypatch, sample_text):
    pytest.importorskip("IPython")
    shown = []
    monkeypatch.setattr("IPython.display.display", lambda obj: shown.append(obj))
    assert render(sample_record(sample_text), text=sample_text, jupyter=True) is None
    assert len(shown) == 1 and "bx-quote" in shown[0].data


SEED = Path(__file__).parent.parent.parent / "shared" / "devset" / "seed-kobar-pilkada.json"
SEED_SPEAKERS = {"Sugianto Sabran", "Harmain Ibrohim", "Marwoto"}


@pytest.fixture(scope="module")
def cli():
    from typer.testing import CliRunner

    from beritaie.cli import app

    return lambda *args: CliRunner().invoke(app, list(map(str, args)))


@pytest.mark.slow
@pytest.mark.skipif(not SEED.is_file(), reason=f"seed article not found at {SEED}")
def test_cli_render_seed(cli, tmp_path):
    """Acceptance (issue 8): every quote of the seed is highlighted and linked to one of its three speakers."""
    out = tmp_path / "seed.html"
    result = cli("render", SEED, "-o", out)
    assert result.exit_code == 0, result.output
    tree = parse(out.read_text(encoding="utf-8"))
    text = json.loads(SEED.read_text(encoding="utf-8"))["text"]
    assert tree.find("bx-text")[0]["plain"] == text
    labels = tree.find("bx-qlbl")
    assert len(labels) == 7, "the seed has 7 gold quotes; each needs a label"
    speakers = {el["attrs"]["id"]: el for el in tree.find("bx-speaker") if "id" in el["attrs"]}
    for label in labels:
        number = label["attrs"]["data-quote"]
        marks = [el for el in tree.find("bx-quote") if el["attrs"].get("data-quote") == number]
        assert marks and all(m["tag"] == "mark" for m in marks)
        assert label["attrs"].get("data-speaker") in SEED_SPEAKERS, label["text"]
        assert label["attrs"]["href"].lstrip("#") in speakers


@pytest.mark.slow
def test_cli_render_batch_with_a_bad_line(cli, tmp_path):
    articles = (SAMPLE.parent / "articles.jsonl").read_text(encoding="utf-8")
    src = tmp_path / "in.jsonl"
    src.write_text(articles + "{not json\n", encoding="utf-8")
    out = tmp_path / "batch.html"
    result = cli("render", src, "-o", out)
    assert result.exit_code == 1 and "1 of 5 documents failed" in result.output
    page = out.read_text(encoding="utf-8")
    assert page.count('<article class="bx-article"') == 4 and page.count("bx-failed") == 1


@pytest.mark.slow
def test_cli_render_usage_errors(cli, tmp_path):
    assert cli("render", tmp_path / "missing.txt").exit_code == 2
    assert cli("render", SAMPLE, "--published", "8 Juli").exit_code == 2
    result = cli("render", SAMPLE)  # stdout
    assert result.exit_code == 0 and result.output.lstrip().startswith("<!DOCTYPE html>")

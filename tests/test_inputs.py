"""Input readers: every input unit becomes one document dict or one error record, streamed."""

from __future__ import annotations

import codecs
import csv
import gzip
import io
import json
from pathlib import Path

import pytest

from beritaie.errors import InputError
from beritaie.inputs import Columns, check_inputs, iter_input, iter_inputs, read_jsonl_stream
from beritaie.record import ErrorRecord

TEXT_A = "Bupati Sintang, Yohanes Dirgantara meninjau banjir di Kecamatan Sepauk, Senin (2/11)."
TEXT_B = "“Bantuan sudah kami salurkan ke tiga desa,” ujar Camat Sepauk, Andi Pratama."


def _ids(items) -> list[str | None]:
    return [it.id if isinstance(it, ErrorRecord) else it["id"] for it in items]


def _write_jsonl(path: Path, lines: list[str]) -> Path:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.fixture()
def mixed_lines() -> list[str]:
    return [
        json.dumps({"id": "a", "text": TEXT_A, "published": "2020-11-02"}),
        "{broken",
        "",
        json.dumps(["not", "an", "object"]),
        json.dumps({"text": TEXT_B}),
    ]


def test_jsonl_one_item_per_nonblank_line(tmp_path, mixed_lines):
    items = list(iter_input(str(_write_jsonl(tmp_path / "in.jsonl", mixed_lines))))
    assert _ids(items) == ["a", "in.jsonl:2", "in.jsonl:4", "in.jsonl:5"]
    assert isinstance(items[1], ErrorRecord) and "Invalid JSON on line 2" in items[1].message
    assert isinstance(items[2], ErrorRecord) and "is a list" in items[2].message
    assert items[0] == {"id": "a", "text": TEXT_A, "published": "2020-11-02"}
    assert items[3]["text"] == TEXT_B and items[3]["published"] is None


@pytest.mark.parametrize("suffix", [".jsonl.gz", ".jsonl.zst"])
def test_compressed_jsonl_equals_plain(tmp_path, mixed_lines, suffix):
    data = ("\n".join(mixed_lines) + "\n").encode("utf-8")
    path = tmp_path / f"in{suffix}"
    if suffix.endswith(".gz"):
        path.write_bytes(gzip.compress(data))
    else:
        zstandard = pytest.importorskip("zstandard")
        path.write_bytes(zstandard.ZstdCompressor().compress(data))
    plain = list(iter_input(str(_write_jsonl(tmp_path / "in.jsonl", mixed_lines))))
    packed = list(iter_input(str(path)))
    assert packed[0] == plain[0]
    assert len(packed) == len(plain)
    assert _ids(packed) == [i.replace("in.jsonl", path.name) for i in _ids(plain)]


def test_truncated_gzip_yields_an_error_and_keeps_what_was_read(tmp_path):
    lines = [json.dumps({"id": f"d{i}", "text": TEXT_A + " " * i}) for i in range(200)]
    whole = gzip.compress(("\n".join(lines) + "\n").encode("utf-8"))
    path = tmp_path / "cut.jsonl.gz"
    path.write_bytes(whole[: len(whole) // 2])
    items = list(iter_input(str(path)))
    assert isinstance(items[-1], ErrorRecord)
    assert "cannot be read" in items[-1].message
    assert all(isinstance(i, dict) for i in items[:-1]) and len(items) > 1


def test_undecodable_line_is_an_error_others_survive():
    stream = io.BytesIO(b'{"id": "x", "text": "caf\xff"}\n' + json.dumps({"id": "y", "text": TEXT_B}).encode() + b"\n")
    items = list(read_jsonl_stream(stream, "s"))
    assert isinstance(items[0], ErrorRecord) and "UTF-8" in items[0].message
    assert items[1]["id"] == "y"


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be-bom"])
def test_utf16_files_with_a_byte_order_mark_are_read(tmp_path, encoding):
    def encode(text: str) -> bytes:
        return codecs.BOM_UTF16_BE + text.encode("utf-16-be") if encoding == "utf-16-be-bom" else text.encode(encoding)

    lines = "".join(json.dumps({"id": i, "text": t}, ensure_ascii=False) + "\n" for i, t in (("a", TEXT_A), ("b", "Café"))),
    (tmp_path / "a.jsonl").write_bytes(encode(lines[0]))
    (tmp_path / "b.jsonl.gz").write_bytes(gzip.compress(encode(lines[0])))
    (tmp_path / "c.csv").write_bytes(encode("id,text\nr1,Café di Sintang\n"))
    (tmp_path / "d.txt").write_bytes(encode(TEXT_B))
    (tmp_path / "e.json").write_bytes(encode(json.dumps({"id": "e", "text": "Café"})))
    items = list(iter_inputs([str(tmp_path / n) for n in ("a.jsonl", "b.jsonl.gz", "c.csv", "d.txt", "e.json")]))
    assert [(i["id"], i["text"]) for i in items] == [
        ("a", TEXT_A), ("b", "Café"), ("a", TEXT_A), ("b", "Café"), ("r1", "Café di Sintang"), ("d", TEXT_B),
        ("e", "Café")]


def test_broken_utf16_text_is_an_error_record(tmp_path):
    path = tmp_path / "odd.txt"
    path.write_bytes(codecs.BOM_UTF16_LE + b"a\x00b")
    item = next(iter_input(str(path)))
    assert isinstance(item, ErrorRecord) and "cannot be decoded" in item.message


def test_csv_with_custom_columns_and_embedded_newlines(tmp_path):
    path = tmp_path / "news.csv"
    with path.open("w", encoding="utf-8", newline="") as stream:
        writer = csv.writer(stream)
        writer.writerow(["kode", "isi", "tanggal"])
        writer.writerow(["k1", TEXT_A + "\n\nParagraf kedua.", "2020-11-02"])
        writer.writerow(["k2", TEXT_B, ""])
    items = list(iter_input(str(path), columns=Columns(text="isi", id="kode", published="tanggal")))
    assert _ids(items) == ["k1", "k2"]
    assert items[0]["text"] == TEXT_A + "\n\nParagraf kedua."
    assert items[1]["text"] == TEXT_B
    assert items[0]["published"] == "2020-11-02" and items[1]["published"] is None


def test_csv_bad_bytes_only_spoil_their_row(tmp_path):
    path = tmp_path / "bad.csv"
    path.write_bytes(b"id,text\nr1,Banjir di Sintang\xff\nr2,Camat hadir di Sepauk\n")
    items = list(iter_input(str(path)))
    assert isinstance(items[0], ErrorRecord) and items[0].id == "r1"
    assert items[1] == {"id": "r2", "text": "Camat hadir di Sepauk", "published": None}


def test_csv_without_id_column_gets_row_ids(tmp_path):
    path = tmp_path / "t.csv"
    path.write_text("text\nSatu kalimat.\nDua kalimat.\n", encoding="utf-8")
    assert _ids(iter_input(str(path))) == ["t.csv:1", "t.csv:2"]


def test_parquet_rows_stream_in_batches(tmp_path):
    pa = pytest.importorskip("pyarrow")
    import pyarrow.parquet as pq

    n = 600  # more than one reader batch
    table = pa.table({"doc": [f"p{i}" for i in range(n)], "body": [f"{TEXT_A} #{i}" for i in range(n)]})
    path = tmp_path / "news.parquet"
    pq.write_table(table, path, row_group_size=100)
    items = list(iter_input(str(path), columns=Columns(text="body", id="doc")))
    assert len(items) == n and items[599] == {"id": "p599", "text": f"{TEXT_A} #599", "published": None}


def test_json_file_single_object_and_list(tmp_path):
    one = tmp_path / "artikel-1.json"
    one.write_text(json.dumps({"text": TEXT_A, "published": "2020-11-02", "title": "x"}), encoding="utf-8")
    many = tmp_path / "many.json"
    many.write_text(json.dumps([{"id": "m1", "text": TEXT_A}, 7, {"text": TEXT_B}]), encoding="utf-8")
    assert list(iter_input(str(one))) == [{"id": "artikel-1", "text": TEXT_A, "published": "2020-11-02"}]
    items = list(iter_input(str(many)))
    assert _ids(items) == ["m1", "many.json:2", "many.json:3"] and isinstance(items[1], ErrorRecord)


def test_directory_is_recursive_sorted_with_unique_ids(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "berita.txt").write_text(TEXT_A, encoding="utf-8")
    (tmp_path / "b" / "berita.txt").write_text(TEXT_B, encoding="utf-8")
    (tmp_path / "top.txt").write_text(TEXT_A, encoding="utf-8")
    (tmp_path / "b" / "x.jsonl").write_text(json.dumps({"text": TEXT_B}) + "\n", encoding="utf-8")
    assert _ids(iter_input(str(tmp_path))) == ["a/berita", "b/berita", "top"]
    assert _ids(iter_input(str(tmp_path), glob="*.jsonl")) == ["b/x.jsonl:1"]
    assert len(_ids(iter_input(str(tmp_path), glob="*"))) == 4


def test_stdin_jsonl_is_streamed_and_text_is_one_document():
    lines = b"\n\n" + json.dumps({"id": "s1", "text": TEXT_A}).encode() + b"\n{oops\n"
    items = list(iter_input("-", stdin=io.BytesIO(lines)))
    assert _ids(items) == ["s1", "stdin:4"]
    plain = list(iter_input("-", stdin=io.BytesIO(TEXT_B.encode("utf-8"))))
    assert plain == [{"id": "stdin", "text": TEXT_B, "published": None}]


def test_published_fills_only_missing_dates(tmp_path):
    path = _write_jsonl(tmp_path / "p.jsonl", [json.dumps({"id": "1", "text": TEXT_A, "published": "2019-01-02"}),
                                                json.dumps({"id": "2", "text": TEXT_A})])
    items = list(iter_inputs([str(path)], published="2020-11-02"))
    assert [i["published"] for i in items] == ["2019-01-02", "2020-11-02"]


def test_reading_is_lazy(tmp_path):
    path = _write_jsonl(tmp_path / "big.jsonl", [json.dumps({"id": str(i), "text": TEXT_A}) for i in range(1000)])
    stream = iter_input(str(path))
    assert next(stream)["id"] == "0"  # a generator: nothing beyond the first line needed to start


@pytest.mark.parametrize("spec, match", [
    ("missing.jsonl", "does not exist"),
    ("notes.docx", "Unknown input kind"),
    ("table.csv", "no text column 'text'"),
])
def test_check_inputs_refuses_before_work(tmp_path, spec, match):
    (tmp_path / "notes.docx").write_bytes(b"PK")
    (tmp_path / "table.csv").write_text("judul,isi\nx,y\n", encoding="utf-8")
    with pytest.raises(InputError, match=match):
        check_inputs([str(tmp_path / spec)])


def test_check_inputs_accepts_named_text_column(tmp_path):
    (tmp_path / "table.csv").write_text("judul,isi\nx,y\n", encoding="utf-8")
    check_inputs([str(tmp_path / "table.csv")], columns=Columns(text="isi"))
    with pytest.raises(InputError, match="only once"):
        check_inputs(["-", "-"])


def test_stdin_detection_skips_a_byte_order_mark_and_keeps_braced_articles_as_text():
    lines = b'\xef\xbb\xbf{"id": "a", "text": "Satu."}\n{"id": "b", "text": "Dua."}\n'
    assert [i["id"] for i in iter_input("-", stdin=io.BytesIO(lines))] == ["a", "b"]
    article = "{Catatan redaksi} Bupati hadir.\nBaris kedua.\n".encode()
    assert [i["text"] for i in iter_input("-", stdin=io.BytesIO(article))] == [article.decode()]


def test_folder_glob_ignores_case(tmp_path):
    (tmp_path / "a.txt").write_text("Satu.", encoding="utf-8")
    (tmp_path / "B.TXT").write_text("Dua.", encoding="utf-8")
    (tmp_path / "notes.md").write_text("Tiga.", encoding="utf-8")
    assert sorted(i["id"] for i in iter_input(str(tmp_path))) == ["B", "a"]

"""Batch runner: order, one line per input, bounded in-flight work, resume, worker crashes."""

from __future__ import annotations

import json
import os
from collections import Counter
from concurrent.futures import Future
from concurrent.futures.process import BrokenProcessPool

import pytest

from beritaie.batch import (InlineBackend, PoolBackend, ResumeState, Summary, extract_batch, run_batch,
                            scan_output)
from beritaie.errors import InputError
from beritaie.record import ErrorRecord

SENTENCES = [
    "Bupati Sleman, Hendra Gunawan meninjau posko banjir di Kecamatan Depok, Rabu (8/7).",
    "“Kami minta warga tetap waspada,” ujar Hendra.",
    "Rapat koordinasi digelar di Kabupaten Kupang pada 9 Desember 2020.",
    "Kapolres Banyuwangi memimpin apel pasukan bersama Dandim setempat.",
]


def _docs(n: int, *, broken_every: int = 0) -> list:
    items: list = []
    for i in range(n):
        if broken_every and i % broken_every == broken_every - 1:
            items.append(ErrorRecord(f"in:{i}", "InputError", "Invalid JSON on line"))
        elif broken_every and i % broken_every == 1:
            items.append({"id": f"d{i}", "text": "   ", "published": None})
        else:
            text = " ".join(SENTENCES[(i + k) % len(SENTENCES)] for k in range(1 + i % 3))
            items.append({"id": f"d{i}", "text": text, "published": "2020-07-08" if i % 2 else None})
    return items


def _run(items, backend, **kwargs) -> tuple[list[dict], Summary]:
    lines: list[str] = []
    summary = run_batch(items, lambda line, err: lines.append(line), backend=backend, **kwargs)
    return [json.loads(line) for line in lines], summary


@pytest.fixture(scope="module")
def reference(nlp):
    """Records of 40 documents, computed one by one in this process."""
    items = _docs(40, broken_every=7)
    results, _pid, _rss = extract_batch(items)
    return items, [json.loads(line) for line, _e, _w in results]


def test_extract_batch_one_result_per_item_in_order(reference):
    items, records = reference
    assert [r["id"] for r in records] == [i.id if isinstance(i, ErrorRecord) else i["id"] for i in items]
    kinds = Counter(r["error"]["type"] for r in records if "error" in r)
    assert kinds["InputError"] == 5 + 6  # 5 broken lines, 6 blank texts


@pytest.mark.parametrize("batch_size", [1, 3, 64])
def test_inline_equals_reference_for_any_batch_size(reference, batch_size):
    items, records = reference
    out, summary = _run(items, InlineBackend(), batch_size=batch_size)
    assert out == records
    assert summary.documents == 40 and summary.errors["InputError"] == 11 and summary.words > 0


def test_pool_of_two_keeps_input_order(reference):
    items, records = reference
    out, summary = _run(items, PoolBackend(2), batch_size=2)
    assert out == records
    assert len(summary.peak_rss_kib) >= 1 and all(kib > 0 for kib in summary.peak_rss_kib.values())


def test_batches_cut_by_characters(reference):
    items, _ = reference
    sizes: list[int] = []

    class Recording(InlineBackend):
        def submit(self, batch):
            sizes.append(len(batch))
            return super().submit(batch)

    _run(items, Recording(), batch_size=100, batch_chars=200)
    assert max(sizes) < 10 and sum(sizes) == 40


def test_in_flight_work_is_bounded():
    """The runner never pulls more than window x batch_size items ahead of what it wrote."""
    pulled = 0
    written = 0
    ahead: list[int] = []

    def items():
        nonlocal pulled
        for item in _docs(200):
            pulled += 1
            ahead.append(pulled - written)
            yield item

    class Slow(InlineBackend):
        slots = 2

        def submit(self, batch):  # never done until asked: the window must fill and drain
            future: Future = Future()
            future.set_result(([(json.dumps({"id": i["id"]}), None, 1) for i in batch], 0, None))
            future.done = lambda: False  # type: ignore[method-assign]
            return future

    def write(line, err):
        nonlocal written
        written += 1

    run_batch(items(), write, backend=Slow(), batch_size=4)
    assert written == 200
    assert max(ahead) <= (2 * 2 + 1) * 4 + 1


def test_resume_skips_written_ids_with_multiplicity(reference):
    items, records = reference
    items = items + [{"id": "d0", "text": SENTENCES[0], "published": None}]  # a repeated id
    state = ResumeState(done=Counter({"d0": 1, "d2": 1, "in:6": 1}), errors=Counter({"InputError": 1}), lines=3)
    out, summary = _run(items, InlineBackend(), resume=state)
    seen = [r["id"] for r in out]
    assert seen.count("d0") == 1 and "d2" not in seen and "in:6" not in seen
    assert summary.resumed == 3 and summary.documents == 41
    assert summary.errors["InputError"] == 11  # 1 from before + 10 new


def test_scan_output_cuts_a_partial_last_line(tmp_path):
    path = tmp_path / "out.jsonl"
    good = [json.dumps({"id": "a", "entities": []}), json.dumps({"id": "b", "error": {"type": "InputError",
                                                                                     "message": "x"}})]
    path.write_text("\n".join(good) + "\n" + '{"id": "c", "entit', encoding="utf-8")
    state = scan_output(path)
    assert state.done == Counter({"a": 1, "b": 1}) and state.errors == Counter({"InputError": 1})
    assert state.truncated_bytes == len('{"id": "c", "entit')
    assert path.read_text(encoding="utf-8") == "\n".join(good) + "\n"


def test_scan_output_redoes_a_complete_object_without_newline(tmp_path):
    path = tmp_path / "out.jsonl"
    path.write_text('{"id": "a"}\n{"id": "b"}', encoding="utf-8")
    state = scan_output(path)
    assert state.done == Counter({"a": 1}) and path.read_text() == '{"id": "a"}\n'


def test_scan_output_refuses_a_broken_middle_line(tmp_path):
    path = tmp_path / "out.jsonl"
    path.write_text('{"id": "a"}\nnot json\n{"id": "b"}\n', encoding="utf-8")
    with pytest.raises(InputError, match="line 2"):
        scan_output(path)
    assert path.read_text() == '{"id": "a"}\nnot json\n{"id": "b"}\n'  # left untouched


class _CrashingBackend(InlineBackend):
    """Behaves like a pool whose worker dies on any batch that holds the id 'boom'."""

    slots = 2

    def __init__(self) -> None:
        super().__init__()
        self.recovered = 0

    def submit(self, batch):
        if any(isinstance(i, dict) and i.get("id") == "boom" for i in batch):
            future: Future = Future()
            future.set_exception(BrokenProcessPool("worker died"))
            return future
        return super().submit(batch)

    def recover(self) -> None:
        self.recovered += 1


def test_worker_crash_costs_only_the_guilty_document(reference):
    items, records = reference
    items = items[:10] + [{"id": "boom", "text": SENTENCES[1], "published": None}] + items[10:]
    backend = _CrashingBackend()
    out, summary = _run(items, backend, batch_size=4)
    assert [r["id"] for r in out] == [r["id"] for r in records[:10]] + ["boom"] + [r["id"] for r in records[10:]]
    assert out[10]["error"]["type"] == "WorkerCrash"
    assert out[:10] == records[:10] and out[11:] == records[10:]
    assert summary.errors["WorkerCrash"] == 1 and backend.recovered >= 1


def _die_on_boom(items, max_chars=None):
    if any(isinstance(i, dict) and i.get("id") == "boom" for i in items):
        os._exit(3)  # what an out-of-memory kill looks like to the pool
    return extract_batch(items, max_chars)


class _DyingPool(PoolBackend):
    def submit(self, batch):
        return self._pool.submit(_die_on_boom, batch, self.max_chars)


def test_real_worker_death_is_isolated(reference):
    items, records = reference
    items = items[:5] + [{"id": "boom", "text": SENTENCES[0], "published": None}] + items[5:20]
    out, summary = _run(items, _DyingPool(2), batch_size=3)
    assert [r["id"] for r in out] == [r["id"] for r in records[:5]] + ["boom"] + [r["id"] for r in records[5:20]]
    assert out[5]["error"]["type"] == "WorkerCrash" and out[6:] == records[5:20]


def test_a_failing_batch_becomes_error_lines():
    class Failing(InlineBackend):
        def submit(self, batch):
            future: Future = Future()
            future.set_exception(MemoryError("no memory left"))
            return future

    out, summary = _run(_docs(5), Failing(), batch_size=2)
    assert [r["id"] for r in out] == [f"d{i}" for i in range(5)]
    assert summary.errors == Counter({"MemoryError": 5})
    assert "no memory left" in out[0]["error"]["message"]


def test_ctrl_c_stops_cleanly_with_a_prefix_written():
    calls = 0

    def write(line, err):
        nonlocal calls
        calls += 1
        if calls == 7:
            raise KeyboardInterrupt

    summary = run_batch(_docs(30), write, backend=InlineBackend(), batch_size=5)
    assert summary.interrupted and calls == 7


def test_summary_line_reports_documents_errors_and_speed():
    summary = Summary(documents=10, resumed=4, errors=Counter({"InputError": 2, "WorkerCrash": 1}),
                      words=3000, seconds=2.0)
    line = summary.format()
    assert "10 documents (4 from the earlier run)" in line
    assert "3 errors (2 InputError, 1 WorkerCrash)" in line and "1,500 words/s" in line


def test_extract_many_with_processes_equals_one_process(nlp):
    import beritaie

    docs = [SENTENCES[0], {"id": "b", "text": SENTENCES[1], "published": "2020-07-08"}, {"text": SENTENCES[2]},
            42, {"id": "e", "text": ""}, ErrorRecord("f", "InputError", "broken line"), SENTENCES[3]] * 3
    one = [r.to_dict() for r in beritaie.extract_many(docs, batch_size=2)]
    two = [r.to_dict() for r in beritaie.extract_many(docs, n_process=2, batch_size=2)]
    assert two == one
    assert [r["id"] for r in two[:7]] == ["0", "b", "2", None, "e", "f", "6"]

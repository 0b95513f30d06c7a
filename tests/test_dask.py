"""beritaie.dask on a LocalCluster of 2 worker processes: same records as the local path."""

from __future__ import annotations

import json

import pytest

pytest.importorskip("dask")
distributed = pytest.importorskip("distributed")

from beritaie.batch import InlineBackend, extract_batch, flat_row, run_batch  # noqa: E402

pytestmark = pytest.mark.slow

SENTENCES = [
    "Wali Kota Kupang, Made Suarjana membuka pasar murah di Kelurahan Oebobo, Kamis (9/7).",
    "“Harga beras kami jaga agar tetap stabil,” kata Made.",
    "Gubernur meminta seluruh bupati menyiapkan lumbung pangan sebelum 1 Januari 2021.",
    "Sekda Gorontalo hadir bersama Kepala Dinas Kesehatan dalam rapat evaluasi vaksinasi Covid-19.",
]


def _docs(n: int) -> list[dict]:
    docs = []
    for i in range(n):
        text = " ".join(SENTENCES[(i + k) % len(SENTENCES)] for k in range(1 + i % 3))
        docs.append({"id": f"r{i}", "text": text if i % 25 != 24 else "", "published": "2020-07-09" if i % 2 else None})
    return docs


@pytest.fixture(scope="module")
def docs() -> list[dict]:
    return _docs(200)


@pytest.fixture(scope="module")
def local(nlp, docs) -> list[dict]:
    results, _pid, _rss = extract_batch(docs)
    return [json.loads(line) for line, _e, _w in results]


@pytest.fixture(scope="module")
def client():
    from distributed import Client, LocalCluster

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        with Client(cluster) as dask_client:
            yield dask_client


def test_bag_equals_local(client, docs, local):
    import dask.bag as db

    from beritaie.dask import extract_bag

    records = extract_bag(db.from_sequence(docs, npartitions=8)).compute()
    assert records == local
    assert sum("error" in r for r in records) == 8
    pids = client.run(lambda: __import__("os").getpid())
    assert len(set(pids.values())) == 2


def test_dataframe_equals_local_and_keeps_index(client, docs, local):
    import dask.dataframe as dd
    import pandas as pd

    from beritaie.dask import extract_dataframe

    frame = pd.DataFrame(docs).set_index(pd.Index([1000 + i for i in range(len(docs))]))
    result = extract_dataframe(dd.from_pandas(frame, npartitions=4), id_column="id",
                               published_column="published").compute()
    assert result.index.tolist() == frame.index.tolist()
    rows = result.astype(object).where(result.notna(), None).to_dict("records")
    assert rows == [flat_row(r) for r in local]


def test_dataframe_rejects_unknown_column(client):
    import dask.dataframe as dd
    import pandas as pd

    from beritaie.dask import extract_dataframe
    from beritaie.errors import ConfigError

    frame = dd.from_pandas(pd.DataFrame({"isi": ["Banjir."]}), npartitions=1)
    with pytest.raises(ConfigError, match="no such column"):
        extract_dataframe(frame)


def test_cli_backend_on_cluster_equals_inline(client, docs, local):
    from beritaie.dask import DaskBackend

    lines: list[str] = []
    backend = DaskBackend(client)
    assert backend.slots == 2
    summary = run_batch(docs, lambda line, err: lines.append(line), backend=backend, batch_size=7)
    assert [json.loads(line) for line in lines] == local
    assert summary.errors == {"InputError": 8} and len(summary.peak_rss_kib) == 2
    inline: list[str] = []
    run_batch(docs, lambda line, err: inline.append(line), backend=InlineBackend(), batch_size=7)
    assert inline == lines


def test_cli_scheduler_option(client, docs, local, tmp_path):
    from typer.testing import CliRunner

    from beritaie.cli import app

    src = tmp_path / "in.jsonl"
    src.write_text("\n".join(json.dumps(d, ensure_ascii=False) for d in docs[:30]) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(app, ["extract", str(src), "-o", str(out), "--scheduler", client.scheduler.address])
    assert result.exit_code == 1, result.stderr
    assert [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()] == local[:30]
    assert "1 of 30 documents failed" in result.stderr


def test_cli_unreachable_scheduler_is_a_usage_error(tmp_path):
    from typer.testing import CliRunner

    from beritaie.cli import app

    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"text": SENTENCES[0]}) + "\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["extract", str(src), "--scheduler", "tcp://127.0.0.1:9"])
    assert result.exit_code == 2 and "--scheduler" in result.stderr

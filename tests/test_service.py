"""HTTP service: the real FastAPI app through TestClient, and once through a live uvicorn on 127.0.0.1."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

fastapi = pytest.importorskip("fastapi")
from fastapi.testclient import TestClient  # noqa: E402

import beritaie  # noqa: E402
from beritaie.service import Limits, create_app  # noqa: E402

ARTICLE = ("Bupati Sleman, Hendra Gunawan meninjau posko banjir di Kecamatan Depok, Rabu (8/7).\n\n"
           "“Kami minta warga tetap waspada dan mengikuti arahan petugas,” ujar Hendra.\n\n"
           "Rapat koordinasi dengan Kapolres digelar di Kabupaten Kupang pada 9 Desember 2020.")
LIMITS = Limits(max_chars=2_000, max_batch=4, max_body_bytes=30_000)


@pytest.fixture(scope="module")
def client(nlp):
    with TestClient(create_app(LIMITS, nlp=nlp), raise_server_exceptions=False) as test_client:
        yield test_client


def _error(response) -> dict:
    body = response.json()
    assert set(body) == {"error"} and set(body["error"]) == {"type", "message"}
    assert "Traceback" not in response.text and 'File "' not in response.text
    return body["error"]


def test_extract_equals_library_record(client, nlp):
    response = client.post("/extract", json={"text": ARTICLE, "published": "2020-07-08", "id": "s1"})
    assert response.status_code == 200
    expected = beritaie.extract(ARTICLE, published="2020-07-08", id="s1", nlp=nlp).to_dict()
    assert response.json() == expected


def test_batch_is_ordered_with_per_document_errors(client, nlp):
    docs = [{"text": ARTICLE, "id": "a"}, {"text": "   ", "id": "b"}, {"text": ARTICLE[:90]},
            {"text": ARTICLE, "published": "kemarin", "id": "d"}]
    response = client.post("/extract/batch", json=docs)
    assert response.status_code == 200
    items = response.json()
    assert [item["id"] for item in items] == ["a", "b", None, "d"]
    assert items[0] == beritaie.extract(ARTICLE, id="a", nlp=nlp).to_dict()
    assert items[1]["error"]["type"] == "InputError" and "empty" in items[1]["error"]["message"]
    assert items[3]["error"]["type"] == "InputError" and "kemarin" in items[3]["error"]["message"]
    assert "error" not in items[2]


@pytest.mark.parametrize("body, status, err_type, fragment", [
    ("{not json", 422, "ValidationError", "not valid JSON"),
    ('{"text": 42}', 422, "ValidationError", "text: Input should be a valid string"),
    ('{"published": "2020-07-08"}', 422, "ValidationError", "text: Field required"),
    ('["a list"]', 422, "ValidationError", "body"),
    ('{"text": "  "}', 422, "InputError", "empty"),
    ('{"text": "Banjir.", "published": "8 Juli"}', 422, "InputError", "Invalid published date"),
    (json.dumps({"text": "kata " * 500}), 413, "PayloadTooLarge", "over the limit of 2000"),
    (json.dumps({"text": "x" * 40_000}), 413, "PayloadTooLarge", "over the limit of 30000 bytes"),
])
def test_extract_refuses_bad_requests(client, body, status, err_type, fragment):
    response = client.post("/extract", content=body, headers={"content-type": "application/json"})
    assert response.status_code == status
    error = _error(response)
    assert error["type"] == err_type and fragment in error["message"]


@pytest.mark.parametrize("docs, status, fragment", [
    ([{"text": "Banjir."}] * 5, 413, "5 documents, over the limit of 4"),
    ([{"text": "Banjir."}, {"text": "kata " * 500}], 413, "document 1"),
    ([{"text": "Banjir."}, {"txt": "Banjir."}], 422, "1.text: Field required"),
    ({"text": "Banjir."}, 422, "valid list"),
])
def test_batch_limits(client, docs, status, fragment):
    response = client.post("/extract/batch", json=docs)
    assert response.status_code == status
    assert fragment in _error(response)["message"]


def test_chunked_body_over_limit_is_refused(client):
    def chunks():
        for _ in range(40):
            yield b" " * 1_000

    response = client.post("/extract", content=chunks(), headers={"content-type": "application/json"})
    assert response.status_code == 413


def test_internal_errors_hide_the_traceback(nlp):
    class Broken:
        pipeline = [("boom", lambda doc: 1 / 0)]
        pipe_names = ["boom"]

        def make_doc(self, text):
            return nlp.make_doc(text)

    with TestClient(create_app(LIMITS, nlp=Broken()), raise_server_exceptions=False) as broken:
        response = broken.post("/extract", json={"text": ARTICLE})
    assert response.status_code == 500
    error = _error(response)
    assert error["type"] == "InternalError" and "ZeroDivision" not in response.text


def test_health_version_and_docs(client):
    assert client.get("/health").json() == {"status": "ok", "pipeline_loaded": True}
    version = client.get("/version").json()
    assert version["beritaie"] == beritaie.__version__ and "beritaie_quotes" in version["pipeline"]
    assert version["limits"] == {"max_chars": 2000, "max_batch": 4, "max_body_bytes": 30000}
    assert client.get("/docs").status_code == 200
    paths = client.get("/openapi.json").json()["paths"]
    assert {"/extract", "/extract/batch", "/health", "/version"} <= set(paths)


def test_concurrent_requests_do_not_mix(client, nlp):
    texts = [f"{ARTICLE}\n\nWarga desa ke-{i} menerima bantuan." + " Camat hadir." * i for i in range(12)]
    expected = [beritaie.extract(t, id=str(i), nlp=nlp).to_dict() for i, t in enumerate(texts)]

    def call(i: int) -> dict:
        return client.post("/extract", json={"text": texts[i], "id": str(i)}).json()

    with ThreadPoolExecutor(max_workers=6) as pool:
        got = list(pool.map(call, list(range(12)) * 2))
    assert got == expected * 2


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.mark.slow
def test_live_server_matches_cli_extract(tmp_path):
    """`beritaie serve` on 127.0.0.1 answers with the record `beritaie extract` prints."""
    exe = Path(sys.executable).with_name("beritaie")
    doc = {"id": "live-1", "text": ARTICLE, "published": "2020-07-08"}
    src = tmp_path / "doc.json"
    src.write_text(json.dumps(doc), encoding="utf-8")
    cli = subprocess.run([str(exe), "extract", str(src), "-q"], capture_output=True, text=True, timeout=300)
    port = _free_port()
    server = subprocess.Popen([str(exe), "serve", "--host", "127.0.0.1", "--port", str(port), "--max-body-bytes",
                               "4000", "--log-level", "warning"], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        base = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 180
        while True:
            try:
                urllib.request.urlopen(base + "/health", timeout=2)
                break
            except (urllib.error.URLError, ConnectionError):
                assert time.monotonic() < deadline and server.poll() is None, "server did not start"
                time.sleep(0.5)

        def post(body: bytes) -> tuple[int, dict]:
            req = urllib.request.Request(base + "/extract", data=body, headers={"content-type": "application/json"})
            try:
                with urllib.request.urlopen(req, timeout=60) as resp:
                    return resp.status, json.loads(resp.read())
            except urllib.error.HTTPError as err:
                return err.code, json.loads(err.read())

        status, record = post(json.dumps(doc).encode("utf-8"))
        assert status == 200 and cli.returncode == 0
        assert record == json.loads(cli.stdout)
        assert post(b'{"text": ')[0] == 422
        assert post(json.dumps({"text": "a" * 5000}).encode())[0] == 413
    finally:
        server.terminate()
        server.wait(timeout=30)

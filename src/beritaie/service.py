"""HTTP service: ``beritaie serve`` (FastAPI + uvicorn).

Endpoints:

- ``POST /extract``: one document ``{"text", "published"?, "id"?}`` -> its record;
- ``POST /extract/batch``: a list of documents -> a list with one record or error object each;
- ``GET /health``, ``GET /version``; OpenAPI docs at ``/docs``.

Limits give clear JSON errors ``{"error": {"type", "message"}}``: a body over ``max_body_bytes``,
more than ``max_batch`` documents or a text over ``max_chars`` characters -> 413; malformed JSON or
wrong types -> 422 (with the failing field paths, never the input echoed back); anything unexpected
-> 500 with a generic message while the traceback goes to the server log. The pipeline is built
once per worker process at start-up; requests run in a thread pool and take turns on the
pipeline under a lock, so concurrent requests never see each other's state.
"""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Awaitable, Callable, MutableMapping
from contextlib import asynccontextmanager
from dataclasses import dataclass
from typing import Any, Optional

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel, ConfigDict, Field, StrictStr

from .errors import InputError

logger = logging.getLogger("beritaie.service")

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]


@dataclass(frozen=True)
class Limits:
    """Request limits of the service.

    Args:
        max_chars: characters per document text.
        max_batch: documents per ``/extract/batch`` request.
        max_body_bytes: bytes per request body.
    """

    max_chars: int = 200_000
    max_batch: int = 64
    max_body_bytes: int = 8_000_000

    @classmethod
    def from_env(cls) -> Limits:
        """Limits from ``BERITAIE_MAX_CHARS``, ``BERITAIE_MAX_BATCH``, ``BERITAIE_MAX_BODY_BYTES``."""
        defaults = cls()
        return cls(
            max_chars=int(os.environ.get("BERITAIE_MAX_CHARS", defaults.max_chars)),
            max_batch=int(os.environ.get("BERITAIE_MAX_BATCH", defaults.max_batch)),
            max_body_bytes=int(os.environ.get("BERITAIE_MAX_BODY_BYTES", defaults.max_body_bytes)),
        )


class Document(BaseModel):
    """One article to extract; types are strict (a number is not a text)."""

    model_config = ConfigDict(extra="ignore")

    text: StrictStr = Field(description="The article text; all offsets in the record point into it.")
    published: Optional[StrictStr] = Field(None, description="Publication date YYYY-MM-DD, if known.",
                                           examples=["2020-07-08"])
    id: Optional[StrictStr] = Field(None, description="Identifier copied into the record.")


class ErrorBody(BaseModel):
    type: str
    message: str


class ErrorResponse(BaseModel):
    error: ErrorBody


class _TooLarge(Exception):
    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def _error(status: int, err_type: str, message: str) -> JSONResponse:
    return JSONResponse(status_code=status, content={"error": {"type": err_type, "message": message}})


class BodyLimit:
    """ASGI middleware: refuse request bodies over ``limit`` bytes with 413, before parsing them.

    A ``Content-Length`` over the limit is refused at once; a chunked body is read up to the
    limit (never more) and then replayed to the app.
    """

    def __init__(self, app: Callable[..., Awaitable[None]], limit: int) -> None:
        self.app = app
        self.limit = limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope.get("method") not in ("POST", "PUT", "PATCH"):
            await self.app(scope, receive, send)
            return
        declared = dict(scope.get("headers") or []).get(b"content-length")
        if declared is not None:
            try:
                too_big = int(declared) > self.limit
            except ValueError:
                too_big = False  # the server itself rejects a malformed header
            if too_big:
                await self._refuse(scope, receive, send)
                return
        chunks: list[bytes] = []
        size = 0
        more = True
        while more:
            message = await receive()
            if message["type"] != "http.request":  # client went away
                return
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > self.limit:
                await self._refuse(scope, receive, send)
                return
            chunks.append(chunk)
            more = message.get("more_body", False)
        body = b"".join(chunks)
        sent = False

        async def replay() -> Message:
            nonlocal sent
            if not sent:
                sent = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()

        await self.app(scope, replay, send)

    async def _refuse(self, scope: Scope, receive: Receive, send: Send) -> None:
        response = _error(413, "PayloadTooLarge",
                          f"Request body is over the limit of {self.limit} bytes. Hint: send fewer or shorter "
                          "documents, or start the server with a higher --max-body-bytes.")
        await response(scope, receive, send)


def create_app(limits: Limits | None = None, *, nlp: Any = None) -> FastAPI:
    """Build the FastAPI app.

    Args:
        limits: request limits (default: :meth:`Limits.from_env`).
        nlp: a pipeline to use (default: ``beritaie.load()``, built at start-up).

    Returns:
        The ASGI app; run it with uvicorn, or test it with ``fastapi.testclient.TestClient``.
    """
    from . import __version__

    limits = limits or Limits.from_env()
    state: dict[str, Any] = {"nlp": nlp}
    lock = threading.Lock()

    def pipeline() -> Any:
        if state["nlp"] is None:
            from .loader import load

            state["nlp"] = load()
        return state["nlp"]

    @asynccontextmanager
    async def lifespan(app: FastAPI):  # type: ignore[no-untyped-def]
        pipeline()  # the model loads once per worker process, before the first request
        yield

    app = FastAPI(
        title="beritaie",
        version=__version__,
        description="Structured records (entities, officials, dates, quotes) from Indonesian news. "
                    "Every offset is a character offset into the submitted text.",
        lifespan=lifespan,
    )
    app.state.limits = limits
    app.add_middleware(BodyLimit, limit=limits.max_body_bytes)

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> JSONResponse:
        problems = []
        for item in exc.errors()[:20]:
            if item.get("type") == "json_invalid":
                error = (item.get("ctx") or {}).get("error", "")
                problems.append(f"the body is not valid JSON ({error} at character {item['loc'][-1]})")
                continue
            where = ".".join(str(part) for part in item.get("loc", ()) if part != "body") or "body"
            problems.append(f"{where}: {item.get('msg', 'invalid')}")
        return _error(422, "ValidationError", "; ".join(problems) + ". Hint: send JSON like "
                      '{"text": "...", "published": "2020-07-08", "id": "a1"}.')

    @app.exception_handler(_TooLarge)
    async def too_large(request: Request, exc: _TooLarge) -> JSONResponse:
        return _error(413, "PayloadTooLarge", exc.message)

    @app.exception_handler(InputError)
    async def bad_input(request: Request, exc: InputError) -> JSONResponse:
        return _error(422, "InputError", str(exc))

    @app.exception_handler(Exception)
    async def internal(request: Request, exc: Exception) -> JSONResponse:
        logger.exception("request %s %s failed", request.method, request.url.path)
        return _error(500, "InternalError", "The server failed on this request; the details are in its log.")

    def check_size(doc: Document, index: int | None = None) -> None:
        if len(doc.text) > limits.max_chars:
            where = "" if index is None else f" (document {index})"
            raise _TooLarge(f"Document text{where} is {len(doc.text)} characters, over the limit of "
                            f"{limits.max_chars}. Hint: split it, or start the server with a higher --max-chars.")

    def run_one(doc: Document) -> dict[str, Any]:
        from .api import extract

        with lock:
            return extract(doc.text, published=doc.published, id=doc.id, nlp=pipeline(),
                           max_chars=limits.max_chars).to_dict()

    responses: dict[int | str, dict[str, Any]] = {
        413: {"model": ErrorResponse, "description": "Body, batch or text over the configured limits"},
        422: {"model": ErrorResponse, "description": "Malformed JSON, wrong types or an unusable text"},
    }

    @app.post("/extract", responses=responses, summary="Extract the record of one document")
    def extract_one(doc: Document) -> dict[str, Any]:
        """The record (see the record contract in the README) of one document."""
        check_size(doc)
        return run_one(doc)

    @app.post("/extract/batch", responses=responses, summary="Extract records of a list of documents")
    def extract_batch(docs: list[Document]) -> list[dict[str, Any]]:
        """One item per document, in order: its record, or ``{"id", "error": {"type", "message"}}``."""
        if len(docs) > limits.max_batch:
            raise _TooLarge(f"The batch has {len(docs)} documents, over the limit of {limits.max_batch}. "
                            "Hint: split it into smaller requests, or start the server with a higher --max-batch.")
        for index, doc in enumerate(docs):
            check_size(doc, index)
        from .api import extract_many

        items = [{"id": doc.id, "text": doc.text, "published": doc.published} for doc in docs]
        with lock:
            records = extract_many(items, nlp=pipeline(), batch_size=max(1, len(items)),
                                   max_chars=limits.max_chars)
            return [rec.to_dict() for rec in records]

    @app.get("/health", summary="Liveness: the pipeline is loaded")
    def health() -> dict[str, Any]:
        return {"status": "ok", "pipeline_loaded": state["nlp"] is not None}

    @app.get("/version", summary="Versions of beritaie, spaCy and the pipeline")
    def version() -> dict[str, Any]:
        import spacy

        nlp_ = pipeline()
        return {"beritaie": __version__, "spacy": spacy.__version__, "pipeline": list(nlp_.pipe_names),
                "limits": {"max_chars": limits.max_chars, "max_batch": limits.max_batch,
                           "max_body_bytes": limits.max_body_bytes}}

    return app


def app_from_env() -> FastAPI:
    """Factory for uvicorn (``--factory``) and multi-worker runs: limits from the environment."""
    return create_app(Limits.from_env())


def serve(host: str = "127.0.0.1", port: int = 8000, *, workers: int = 1, limits: Limits | None = None,
          log_level: str = "info") -> None:
    """Run the service with uvicorn (blocks until stopped).

    Args:
        host: interface to listen on (default 127.0.0.1: this machine only).
        port: TCP port.
        workers: worker processes; each loads the pipeline once.
        limits: request limits (passed to workers through the environment).
        log_level: uvicorn log level.
    """
    import uvicorn

    limits = limits or Limits.from_env()
    os.environ["BERITAIE_MAX_CHARS"] = str(limits.max_chars)
    os.environ["BERITAIE_MAX_BATCH"] = str(limits.max_batch)
    os.environ["BERITAIE_MAX_BODY_BYTES"] = str(limits.max_body_bytes)
    uvicorn.run("beritaie.service:app_from_env", factory=True, host=host, port=port, workers=workers,
                log_level=log_level)

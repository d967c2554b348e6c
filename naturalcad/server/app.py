"""FastAPI backend: `python -m naturalcad serve` exposes the pipeline over HTTP.

    POST /                              the seed deployment's contract (`x-api-key`):
                                        {prompt, mode?, output_type?, output_format?}
                                        -> {job_id, success, generated_code, urls, geometry, ...}
    POST /v1/generate                   {prompt, mode?, output_type?}  -> result JSON
    POST /v1/run                        {code, output_type?}           -> result JSON
    GET  /v1/runs/{run_id}/files/{fmt}  a STEP/STL/GLB/DXF file (signed link, or the key)
    GET  /health                        {"status": "ok", "ready": bool}

Keys, body cap, rate limits and the concurrency cap are enforced in `gate.py`, before the
body is read. Artifact links are absolute, signed and expiring (`signing.py`), and a run
is kept at least as long as its links live. Every failure has one shape (`errors.py`).
"""

from __future__ import annotations

import ipaddress
import logging
import time
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, JSONResponse
from pydantic import BaseModel, Field
from starlette.exceptions import HTTPException as StarletteHTTPException

from .. import __version__, artifacts, pipeline
from ..config import Settings, get_settings
from ..formats import FILE_NAMES, MEDIA_TYPES
from ..request import OUTPUT_TYPES, RunResult
from ..request import Request as CADRequest
from ..sanitize import strict
from . import errors
from .gate import Gate, is_trusted_proxy
from .signing import LinkError, Signer

log = logging.getLogger("naturalcad.server")

LOOPBACK_NAMES = ("localhost",)


class RefusedToStart(ValueError):
    """The server will not serve with this configuration (the CLI prints the sentence)."""


class GenerateBody(BaseModel):
    # No length cap here: the pipeline refuses an over-long prompt with a sentence and records
    # it (capped) in history; the body cap bounds what is read at all.
    prompt: str
    mode: str = "part"
    output_type: str | None = None


class SeedBody(GenerateBody):
    output_format: str | None = Field(default=None, description="accepted for the seed contract; every format is returned")


class RunBody(BaseModel):
    code: str = Field(max_length=200_000)
    output_type: str = "3d_solid"


@dataclass(frozen=True)
class Hooks:
    """Deployment glue (Modal's volume commit, for one); plain callables, empty by default."""

    after_run: Callable[[RunResult], None] | None = None  # e.g. commit a shared volume
    refresh: Callable[[], None] | None = None  # a file is missing here: see what other containers wrote


def server_settings(settings: Settings | None = None) -> Settings:
    settings = settings or get_settings()
    # The backend never forwards to another backend, and keeps a run as long as its links live.
    return settings.with_overrides(backend_url=None, min_keep_seconds=float(settings.url_ttl_seconds))


def is_loopback(host: str) -> bool:
    if host in LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def check_can_serve(settings: Settings, host: str) -> None:
    """No key: loopback only (local development, with a warning); anything else is refused."""
    if settings.backend_api_key:
        return
    if not is_loopback(host):
        raise RefusedToStart(f"Refusing to serve on {host} without NATURALCAD_API_KEY: anyone who can reach it could "
                             "run code on this machine. Set NATURALCAD_API_KEY, or bind to 127.0.0.1 for local use.")
    log.warning("NATURALCAD_API_KEY is not set: the backend accepts every request (loopback only, for development).")


def create_app(settings: Settings | None = None, *, require_key: bool = False, hooks: Hooks | None = None) -> Any:
    """The ASGI app: FastAPI routes behind the gate. `require_key` for hosts without a bind address (Modal)."""
    settings = server_settings(settings)
    if require_key and not settings.backend_api_key:
        raise RefusedToStart("NATURALCAD_API_KEY is not set: this deployment would run code for anyone.")
    hooks = hooks or Hooks()
    signer = Signer(settings.backend_api_key)

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        pipeline.startup(settings)
        pipeline.warm_up()
        yield

    docs = settings.api_docs
    api = FastAPI(title="NaturalCAD backend", version=__version__, lifespan=lifespan,
                  docs_url="/docs" if docs else None, redoc_url="/redoc" if docs else None,
                  openapi_url="/openapi.json" if docs else None)

    @api.exception_handler(StarletteHTTPException)
    async def http_error(_: Request, exc: StarletteHTTPException) -> JSONResponse:
        code = exc.headers.get("x-error-code") if exc.headers else None
        return JSONResponse(errors.body(exc.status_code, str(exc.detail), code), status_code=exc.status_code)

    @api.exception_handler(RequestValidationError)
    async def invalid_body(_: Request, exc: RequestValidationError) -> JSONResponse:
        first = exc.errors()[0] if exc.errors() else {}
        where = ".".join(str(p) for p in first.get("loc", ()) if p != "body")
        message = f"The request body is not valid: {where or 'body'}: {first.get('msg', 'invalid')}."
        return JSONResponse(errors.body(422, message), status_code=422)

    @api.exception_handler(Exception)
    async def internal(_: Request, exc: Exception) -> JSONResponse:
        log.error("request failed inside NaturalCAD", exc_info=exc)
        return JSONResponse(errors.body(500, "Something went wrong inside NaturalCAD; it has been logged."),
                            status_code=500)

    def base_url(request: Request) -> str:
        if settings.public_url:
            return settings.public_url
        peer = request.client.host if request.client else "?"
        proxied = is_trusted_proxy(peer, settings.trusted_proxies)
        scheme = (request.headers.get("x-forwarded-proto") if proxied else None) or request.url.scheme
        host = (request.headers.get("x-forwarded-host") if proxied else None) or request.headers.get("host") or "localhost"
        return f"{scheme.split(',')[0].strip()}://{host.split(',')[0].strip()}"

    def links(request: Request, result: RunResult) -> dict[str, str]:
        started = artifacts.run_started(result.run_id) or time.time()
        expires = int(started + settings.url_ttl_seconds)
        base = base_url(request)
        return {fmt: base + signer.path(result.run_id, fmt, expires) for fmt in result.artifacts}

    def failure(result: RunResult) -> JSONResponse:
        status, code = (400, "bad_request") if result.error_kind == "request" else (422, "generation_failed")
        message = result.error or "The part could not be made."
        return JSONResponse(strict(errors.body(status, message, code, run_id=result.run_id, kind=result.error_kind)),
                            status_code=status)

    def generate(body: GenerateBody) -> RunResult:
        result = pipeline.run(CADRequest(body.prompt, mode=body.mode, output_type=body.output_type, client="backend"),
                              settings=settings)
        if hooks.after_run is not None:
            hooks.after_run(result)
        return result

    def result_json(request: Request, result: RunResult) -> dict[str, Any]:
        data = result.to_dict()
        data["artifacts"] = links(request, result)
        data["urls"] = data["artifacts"]
        for private in ("stdout", "sandbox"):  # server paths and walls are the operator's, not the caller's
            data.pop(private, None)
        cleaned: dict[str, Any] = strict(data)  # strict JSON: a NaN size is null, never a 500
        return cleaned

    @api.get("/health")
    def health() -> dict[str, Any]:
        from ..sandbox.runner import fork_available, get_worker

        return {"status": "ok", "ready": get_worker().ready if fork_available() else True}

    @api.post("/")
    def seed_generate(body: SeedBody, request: Request) -> JSONResponse:
        if body.output_format is not None and body.output_format.lower() not in FILE_NAMES:
            return JSONResponse(errors.body(400, f"Unknown output_format {body.output_format!r}: choose one of "
                                            f"{', '.join(FILE_NAMES)}."), status_code=400)
        result = generate(body)
        if not result.success:
            return failure(result)
        data = result.to_dict()
        seed = {"job_id": result.run_id, "success": True, "generated_code": result.code, "urls": links(request, result),
                "geometry": result.geometry, "reading": data.get("reading"), "source": result.source,
                "model": result.model, "runtime_seconds": result.runtime_seconds,
                # beyond the seed shape, for clients that use them
                "family": result.family, "params": result.params, "output_type": result.output_type,
                "notices": result.notices, "warnings": result.warnings}
        return JSONResponse(strict(seed))

    @api.post("/v1/generate")
    def v1_generate(body: GenerateBody, request: Request) -> JSONResponse:
        result = generate(body)
        return JSONResponse(result_json(request, result)) if result.success else failure(result)

    @api.post("/v1/run")
    def v1_run(body: RunBody, request: Request) -> JSONResponse:
        if body.output_type not in OUTPUT_TYPES:
            return JSONResponse(errors.body(400, f"Unknown output type {body.output_type!r}: choose one of "
                                            f"{', '.join(OUTPUT_TYPES)}."), status_code=400)
        result = pipeline.run_code(body.code, body.output_type, settings=settings)
        if hooks.after_run is not None:
            hooks.after_run(result)
        return JSONResponse(result_json(request, result)) if result.success else failure(result)

    @api.get("/v1/runs/{run_id}/files/{fmt}")
    def file(run_id: str, fmt: str, request: Request) -> Any:
        if fmt not in FILE_NAMES:
            return JSONResponse(errors.body(404, f"Unknown format {fmt!r}."), status_code=404)
        query = request.query_params
        if "sig" in query:
            try:
                signer.check(run_id, fmt, query.get("expires"), query.get("sig"))
            except LinkError as err:
                return JSONResponse(errors.body(403, str(err), err.code), status_code=403)
        try:
            path: Path = artifacts.run_path(settings, run_id) / FILE_NAMES[fmt]
        except ValueError:
            return JSONResponse(errors.body(404, "No such run."), status_code=404)
        if not path.is_file() and hooks.refresh is not None:
            hooks.refresh()
        if not path.is_file():
            return JSONResponse(errors.body(404, "No such file for this run (it may have been removed)."),
                                status_code=404)
        return FileResponse(path, media_type=MEDIA_TYPES[fmt], filename=f"naturalcad-{run_id}.{fmt}")

    return Gate(api, settings)


class _NoLinkSignatures(logging.Filter):
    """Access-log lines show a file's path, never its link's signature (a capability for an hour)."""

    def filter(self, record: logging.LogRecord) -> bool:
        args = record.args
        if isinstance(args, tuple) and len(args) >= 3 and isinstance(args[2], str) and "sig=" in args[2]:
            record.args = (*args[:2], args[2].split("?", 1)[0] + "?…", *args[3:])
        return True


def serve(host: str = "127.0.0.1", port: int = 8000) -> None:
    import uvicorn

    settings = get_settings()
    check_can_serve(settings, host)
    logging.getLogger("uvicorn.access").addFilter(_NoLinkSignatures())
    # proxy_headers off: client addresses are the gate's business (NATURALCAD_TRUSTED_PROXIES).
    uvicorn.run(create_app(settings), host=host, port=port, log_level="info", proxy_headers=False)

"""FastAPI backend: `python -m naturalcad serve` exposes the pipeline over HTTP.

    GET  /health                      -> {"status": "ok", ...}
    POST /v1/generate                 {"prompt", "mode"?, "output_type"?}  -> result JSON
    POST /v1/run                      {"code", "output_type"?}             -> result JSON
    GET  /v1/runs/{run_id}/files/{fmt} -> the STEP/STL/GLB/DXF file

When `NATURALCAD_API_KEY` is set, every /v1 call needs `Authorization: Bearer <key>`.
Artifact paths in results are replaced by URLs under /v1/runs, so no server path leaks.
"""

from __future__ import annotations

import hmac
from pathlib import Path
from typing import Any

from fastapi import Depends, FastAPI, Header, HTTPException
from fastapi.responses import FileResponse, JSONResponse
from pydantic import BaseModel, Field

from .. import __version__, artifacts, pipeline
from ..config import Settings, get_settings
from ..exports import FILE_NAMES
from ..request import Request, RunResult
from ..sanitize import strict

MEDIA_TYPES = {"step": "application/step", "stl": "model/stl", "glb": "model/gltf-binary", "dxf": "image/vnd.dxf"}


class GenerateBody(BaseModel):
    prompt: str = Field(max_length=20_000)
    mode: str = "part"
    output_type: str | None = None


class RunBody(BaseModel):
    code: str = Field(max_length=200_000)
    output_type: str = "3d_solid"


def _server_settings() -> Settings:
    # The backend never forwards to another backend.
    return get_settings().with_overrides(backend_url=None)


def _authorize(authorization: str | None = Header(default=None)) -> None:
    key = get_settings().backend_api_key
    if not key:
        return
    given = (authorization or "").removeprefix("Bearer ").strip()
    if not hmac.compare_digest(given.encode(), key.encode()):
        raise HTTPException(status_code=401, detail="Missing or wrong API key.")


def _public(result: RunResult) -> dict[str, Any]:
    """The result as the API returns it: strict JSON (a NaN size is null, never a 500)."""
    data = result.to_dict()
    data["artifacts"] = {fmt: f"/v1/runs/{result.run_id}/files/{fmt}" for fmt in result.artifacts}
    cleaned: dict[str, Any] = strict(data)
    return cleaned


def create_app() -> FastAPI:
    app = FastAPI(title="NaturalCAD backend", version=__version__)

    @app.on_event("startup")
    def _start() -> None:
        pipeline.startup(_server_settings())
        pipeline.warm_up()

    @app.get("/health")
    def health() -> dict[str, Any]:
        settings = _server_settings()
        return {"status": "ok", "version": __version__, "model": settings.llm_model if settings.llm_configured else None,
                "sandbox": pipeline.sandbox_layers()}

    @app.post("/v1/generate", dependencies=[Depends(_authorize)])
    def generate(body: GenerateBody) -> JSONResponse:
        result = pipeline.run(Request(body.prompt, mode=body.mode, output_type=body.output_type, client="backend"),
                              settings=_server_settings())
        status = 200 if result.success else (400 if result.error_kind == "request" else 422)
        return JSONResponse(_public(result), status_code=status)

    @app.post("/v1/run", dependencies=[Depends(_authorize)])
    def run(body: RunBody) -> JSONResponse:
        result = pipeline.run_code(body.code, body.output_type, settings=_server_settings())
        return JSONResponse(_public(result), status_code=200 if result.success else 422)

    @app.get("/v1/runs/{run_id}/files/{fmt}", dependencies=[Depends(_authorize)])
    def file(run_id: str, fmt: str) -> FileResponse:
        if fmt not in FILE_NAMES:
            raise HTTPException(status_code=404, detail=f"Unknown format {fmt!r}.")
        try:
            path: Path = artifacts.run_path(_server_settings(), run_id) / FILE_NAMES[fmt]
        except ValueError:
            raise HTTPException(status_code=404, detail="No such run.") from None
        if not path.is_file():
            raise HTTPException(status_code=404, detail="No such file for this run.")
        return FileResponse(path, media_type=MEDIA_TYPES[fmt], filename=f"naturalcad-{run_id}.{fmt}")

    return app


def serve(host: str = "127.0.0.1", port: int = 8000) -> None:
    import uvicorn

    uvicorn.run(create_app(), host=host, port=port, log_level="info")

"""Optional history sink: copy each finished run to Supabase (table row + files).

Configured by `SUPABASE_URL` and a key (`SUPABASE_SERVICE_ROLE_KEY`, or an anon key with an
insert policy); `SUPABASE_BUCKET` adds file uploads to Storage. The local history stays the
source of truth: a sink failure becomes a warning on the run, never a failed run.
"""

from __future__ import annotations

from pathlib import Path

import httpx

from .config import Settings
from .formats import MEDIA_TYPES as CONTENT_TYPES
from .request import RunResult

TABLE = "naturalcad_runs"
TIMEOUT_SECONDS = 5.0


def configured(settings: Settings) -> bool:
    return bool(settings.supabase_url and settings.supabase_key)


def _row(result: RunResult) -> dict:
    return {
        "run_id": result.run_id, "created_at": result.created_at, "prompt": result.prompt, "mode": result.mode,
        "output_type": result.output_type, "family": result.family, "source": result.source,
        "backend_available": result.backend_available, "success": result.success,
        "runtime_seconds": result.runtime_seconds, "error": result.error, "params": result.params,
        "geometry": result.geometry, "parent_run_id": result.parent_run_id,
    }


def push(settings: Settings, result: RunResult) -> str | None:
    """Send one run; returns a warning sentence on failure, None on success."""
    if not configured(settings):
        return None
    base = settings.supabase_url.rstrip("/")
    headers = {"apikey": settings.supabase_key, "Authorization": f"Bearer {settings.supabase_key}"}
    try:
        with httpx.Client(timeout=TIMEOUT_SECONDS, headers=headers) as client:
            response = client.post(f"{base}/rest/v1/{TABLE}", json=_row(result),
                                   headers={"Prefer": "return=minimal"})
            if response.status_code >= 300:
                return f"Supabase did not store the run (HTTP {response.status_code})."
            if settings.supabase_bucket:
                for fmt, path in result.artifacts.items():
                    name = f"{result.run_id}/{Path(path).name}"
                    upload = client.post(f"{base}/storage/v1/object/{settings.supabase_bucket}/{name}",
                                         content=Path(path).read_bytes(),
                                         headers={"Content-Type": CONTENT_TYPES.get(fmt, "application/octet-stream"),
                                                  "x-upsert": "true"})
                    if upload.status_code >= 300:
                        return f"Supabase did not store {fmt.upper()} (HTTP {upload.status_code})."
    except (httpx.HTTPError, OSError) as err:
        return f"Supabase could not be reached ({type(err).__name__}); the run is kept locally."
    return None

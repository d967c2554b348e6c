"""Reading the shared history in Supabase: the runs of every deployment, newest first.

The same filters as the local store (`HistoryStore.list`), run by PostgREST on the indexed
`naturalcad_runs` columns, plus the deployment. Files and thumbnails come from Storage: the
service key downloads them; links handed to a person are signed and expire.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .config import Settings
from .request import RunResult
from .supabase import TABLE, SupabaseError, client, configured, describe_error

LIST_COLUMNS = ("run_id,created_at,delivered_at,deployment,prompt,mode,output_type,family,source,model,"
                "backend_available,success,runtime_seconds,error,params,geometry,reading,artifacts,thumbnail,"
                "attempts,notices,warnings,parent_run_id")
SIGNED_URL_SECONDS = 3600


@dataclass(frozen=True)
class SharedFile:
    fmt: str
    name: str
    bytes: int | None
    bucket: str | None
    path: str | None  # in the bucket; None when the file was never uploaded
    url: str | None


@dataclass(frozen=True)
class SharedRun:
    """One row of the shared history, as a RunResult the UI already knows how to show."""

    result: RunResult
    deployment: str
    delivered_at: str | None
    files: dict[str, SharedFile] = field(default_factory=dict)
    thumbnail: tuple[str, str] | None = None  # (bucket, path)


@dataclass(frozen=True)
class HistoryFilter:
    text: str | None = None
    success: bool | None = None
    source: str | None = None
    family: str | None = None
    since: str | None = None  # ISO date or time, inclusive
    until: str | None = None  # exclusive
    deployment: str | None = None


def _quoted(value: str) -> str:
    """A value inside a PostgREST `or=(...)` list, where commas and parentheses are syntax."""
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _run(row: dict[str, Any]) -> SharedRun:
    files = {}
    for fmt, info in (row.get("artifacts") or {}).items():
        info = info if isinstance(info, dict) else {}
        files[fmt] = SharedFile(fmt, str(info.get("name") or fmt), info.get("bytes"), info.get("bucket"),
                                info.get("path"), info.get("url"))
    data = {k: v for k, v in row.items() if k not in ("artifacts", "thumbnail", "deployment", "delivered_at")}
    data["artifacts"] = {fmt: f.url for fmt, f in files.items() if f.url}
    data = {k: v for k, v in data.items() if v is not None or k in ("error", "family", "model", "parent_run_id")}
    result = RunResult.from_dict(data)
    thumb = row.get("thumbnail")
    thumbnail = (str(thumb["bucket"]), str(thumb["path"])) if isinstance(thumb, dict) and thumb.get("path") else None
    return SharedRun(result=result, deployment=str(row.get("deployment") or ""), delivered_at=row.get("delivered_at"),
                     files=files, thumbnail=thumbnail)


def list_runs(settings: Settings, filters: HistoryFilter | None = None, limit: int = 300,
              offset: int = 0) -> list[SharedRun]:
    """Runs newest first; raises SupabaseError (a sentence) when Supabase cannot answer."""
    if not configured(settings):
        raise SupabaseError("Supabase is not configured: set SUPABASE_URL and a key to see the shared history.")
    chosen = filters or HistoryFilter()
    try:
        query = client(settings).table(TABLE).select(LIST_COLUMNS)
        if chosen.text:
            pattern = _quoted(f"*{chosen.text}*")
            query = query.or_(f"prompt.ilike.{pattern},family.ilike.{pattern},run_id.ilike.{pattern}")
        if chosen.success is not None:
            query = query.eq("success", chosen.success)
        if chosen.source:
            query = query.eq("source", chosen.source)
        if chosen.family:
            query = query.eq("family", chosen.family)
        if chosen.deployment:
            query = query.eq("deployment", chosen.deployment)
        if chosen.since:
            query = query.gte("created_at", chosen.since)
        if chosen.until:
            query = query.lt("created_at", chosen.until)
        answer = query.order("created_at", desc=True).order("run_id", desc=True).range(offset, offset + limit - 1).execute()
    except Exception as err:
        raise describe_error(err, "reading the shared history") from err
    return [_run(row) for row in answer.data]


def get_run(settings: Settings, run_id: str) -> SharedRun | None:
    try:
        answer = client(settings).table(TABLE).select("*").eq("run_id", run_id).limit(1).execute()
    except Exception as err:
        raise describe_error(err, f"reading run {run_id}") from err
    return _run(answer.data[0]) if answer.data else None


def download(settings: Settings, bucket: str, path: str) -> bytes:
    """A file from Storage (thumbnails, files a page serves)."""
    try:
        return bytes(client(settings).storage.from_(bucket).download(path))
    except Exception as err:
        raise describe_error(err, f"downloading {path}") from err


def signed_url(settings: Settings, bucket: str, path: str, seconds: int = SIGNED_URL_SECONDS) -> str:
    """A link a browser can open without a key, for `seconds`."""
    try:
        answer = client(settings).storage.from_(bucket).create_signed_url(path, seconds)
    except Exception as err:
        raise describe_error(err, f"signing a link to {path}") from err
    return str(answer["signedURL"])

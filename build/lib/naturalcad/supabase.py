"""Optional shared history: every finished run copied to Supabase (a table row + its files).

Configured by `SUPABASE_URL` and a key; `SUPABASE_BUCKET` adds the files to Storage under
`runs/<run_id>/`. The local history stays the source of truth. A finished run only goes into
the outbox (`outbox.py`, one local SQLite write); a background drainer delivers it with
supabase-py: files first (upsert), then the row (upsert on `run_id`, so a retry never makes a
duplicate), and backs off while Supabase is away. `drain()` is the same delivery, now
(`python -m naturalcad sync`).

An anon or publishable key can read the shared history but never writes: with one, runs are
not queued at all (they would wait for ever).
"""

from __future__ import annotations

import base64
import binascii
import json
import logging
import random
import socket
import threading
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import lru_cache
from pathlib import Path
from typing import Any

from .config import Settings
from .outbox import RUN, THUMBNAIL, Delivery, FileUpload, Outbox, OutboxItem, OutboxStatus
from .request import RunResult

log = logging.getLogger(__name__)

TABLE = "naturalcad_runs"
OBJECT_PREFIX = "runs"
TIMEOUT_SECONDS = 10
THUMBNAIL_NAME = "thumbnail.png"  # preview.THUMBNAIL_NAME; preview is imported only to render one
CONTENT_TYPES = {"step": "application/step", "stl": "model/stl", "glb": "model/gltf-binary",
                 "dxf": "image/vnd.dxf", "svg": "image/svg+xml", "pdf": "application/pdf", "png": "image/png"}
IDLE_POLL_SECONDS = 30.0  # also picks up items other processes queued
READ_ONLY_ROLES = {"anon", "authenticated"}
STOP_JOIN_SECONDS = 0.2
SETTLE_SECONDS = 0.1


class SupabaseError(Exception):
    """Supabase refused a call or could not be reached; the message is a sentence."""

    def __init__(self, message: str, unreachable: bool = False) -> None:
        super().__init__(message)
        self.unreachable = unreachable  # the service is away, not this one item at fault


# -- configuration ------------------------------------------------------------------------
def configured(settings: Settings) -> bool:
    return bool(settings.supabase_url and settings.supabase_key)


def key_role(key: str) -> str:
    """The role an API key acts as: the JWT's `role` claim, or what a new-style key's prefix says."""
    if key.startswith("sb_publishable_"):
        return "anon"
    if key.startswith("sb_secret_"):
        return "service_role"
    parts = key.split(".")
    if len(parts) == 3:
        try:
            claims = json.loads(base64.urlsafe_b64decode(parts[1] + "=" * (-len(parts[1]) % 4)))
            return str(claims.get("role") or "unknown")
        except (binascii.Error, ValueError, UnicodeDecodeError):
            pass
    return "unknown"


def writes(settings: Settings) -> bool:
    """True when this deployment sends its runs (configured with a key that may write)."""
    return configured(settings) and key_role(settings.supabase_key or "") not in READ_ONLY_ROLES


def deployment_name(settings: Settings) -> str:
    return settings.deployment_name or socket.gethostname()


_outboxes: dict[Path, Outbox] = {}
_outbox_lock = threading.Lock()


def outbox_for(settings: Settings) -> Outbox:
    """The outbox in this data directory's history database (its tables made once per process)."""
    path = settings.history_db
    with _outbox_lock:
        if path not in _outboxes:
            box = Outbox(path)
            box.init()
            _outboxes[path] = box
        return _outboxes[path]


# -- what a run sends ---------------------------------------------------------------------
def object_path(run_id: str, name: str) -> str:
    return f"{OBJECT_PREFIX}/{run_id}/{name}"


def row_for(result: RunResult, deployment: str) -> dict[str, Any]:
    """The `naturalcad_runs` row of a (scrubbed) result, before its files are uploaded."""
    artifacts = {}
    for fmt, path in result.artifacts.items():
        file = Path(path)
        artifacts[fmt] = {"name": file.name, "bytes": file.stat().st_size if file.is_file() else None,
                          "path": None, "url": None}
    return {
        "run_id": result.run_id, "created_at": result.created_at, "deployment": deployment,
        "prompt": result.prompt, "mode": result.mode, "output_type": result.output_type, "family": result.family,
        "source": result.source, "model": result.model, "backend_available": result.backend_available,
        "success": result.success, "runtime_seconds": result.runtime_seconds, "error": result.error,
        "params": result.params, "geometry": result.geometry, "reading": result.to_dict().get("reading"),
        "artifacts": artifacts, "thumbnail": None, "attempts": result.attempts, "notices": result.notices,
        "warnings": result.warnings, "code": result.code, "parent_run_id": result.parent_run_id,
    }


def delivery_for(settings: Settings, result: RunResult) -> Delivery:
    files = []
    if settings.supabase_bucket:
        for fmt, path in result.artifacts.items():
            name = Path(path).name
            files.append(FileUpload(fmt, path, object_path(result.run_id, name),
                                    CONTENT_TYPES.get(fmt, "application/octet-stream")))
    run_dir = str(Path(next(iter(result.artifacts.values()))).parent) if result.artifacts else None
    return Delivery(row=row_for(result, deployment_name(settings)), files=files, run_dir=run_dir)


def enqueue(settings: Settings, result: RunResult) -> str | None:
    """Queue a finished (scrubbed) run for Supabase and wake the drainer. Never raises, never
    touches the network; returns a warning sentence when the run could not even be queued."""
    if not writes(settings):
        return None
    try:
        outbox_for(settings).put(delivery_for(settings, result))
    except Exception as err:
        log.warning("could not queue run %s for Supabase: %s", result.run_id, err)
        return f"The run is kept locally but could not be queued for Supabase ({type(err).__name__})."
    drainer_for(settings).wake()
    return None


# -- talking to Supabase --------------------------------------------------------------------
@lru_cache(maxsize=8)
def _client(url: str, key: str) -> Any:
    from supabase import create_client
    from supabase.lib.client_options import SyncClientOptions

    options = SyncClientOptions(postgrest_client_timeout=TIMEOUT_SECONDS, storage_client_timeout=TIMEOUT_SECONDS,
                                postgrest_client_retry=False,  # the outbox retries, with backoff
                                auto_refresh_token=False, persist_session=False)
    return create_client(url, key, options=options)


def client(settings: Settings) -> Any:
    """The supabase-py client for these settings (one per URL and key)."""
    if not configured(settings):
        raise SupabaseError("Supabase is not configured: set SUPABASE_URL and SUPABASE_SERVICE_ROLE_KEY.")
    return _client(str(settings.supabase_url).rstrip("/"), str(settings.supabase_key))


def describe_error(err: BaseException, what: str) -> SupabaseError:
    """One sentence for a supabase-py / httpx failure, without echoing keys or bodies at length."""
    import httpx
    from postgrest.exceptions import APIError
    from storage3.exceptions import StorageApiError

    if isinstance(err, SupabaseError):
        return err
    if isinstance(err, httpx.TransportError):
        return SupabaseError(f"Supabase could not be reached while {what} ({type(err).__name__}).", unreachable=True)
    if isinstance(err, APIError):
        code = str(err.code or "")
        unreachable = not code or code.startswith(("5", "PGRST0"))  # gateway 5xx, PostgREST lost its database
        return SupabaseError(f"Supabase refused {what}: {str(err.message or code)[:200]}", unreachable=unreachable)
    if isinstance(err, StorageApiError):
        status = str(getattr(err, "status", ""))
        return SupabaseError(f"Supabase Storage refused {what} (HTTP {status}): {str(err.message)[:200]}",
                             unreachable=status.startswith("5"))
    if isinstance(err, OSError):
        return SupabaseError(f"Could not read a file while {what}: {err.strerror or err}.")
    return SupabaseError(f"Supabase failed while {what} ({type(err).__name__}: {str(err)[:200]}).")


_bucket_public: dict[tuple[str, str], bool] = {}


def bucket_is_public(settings: Settings) -> bool:
    """Asked once per process: public buckets get public URLs, private ones authenticated URLs."""
    key = (str(settings.supabase_url), str(settings.supabase_bucket))
    if key not in _bucket_public:
        try:
            _bucket_public[key] = bool(client(settings).storage.get_bucket(settings.supabase_bucket).public)
        except Exception as err:
            raise describe_error(err, f"reading the bucket {settings.supabase_bucket!r}") from err
    return _bucket_public[key]


def object_url(settings: Settings, path: str, public: bool) -> str:
    """The URL recorded for a file: fetchable as is (public bucket) or with a key (private)."""
    base = str(settings.supabase_url).rstrip("/")
    kind = "public" if public else "authenticated"
    return f"{base}/storage/v1/object/{kind}/{settings.supabase_bucket}/{path}"


def _upload(settings: Settings, local: Path, path: str, content_type: str) -> None:
    bucket = client(settings).storage.from_(settings.supabase_bucket)
    try:
        bucket.upload(path, local.read_bytes(), {"content-type": content_type, "upsert": "true"})
    except Exception as err:
        raise describe_error(err, f"uploading {path}") from err


def _render_thumbnail(run_dir: Path, row: dict[str, Any]) -> Path | None:
    """The run's thumbnail, rendered here when no page made one (best effort)."""
    target = run_dir / THUMBNAIL_NAME
    if target.is_file() or not row.get("success") or not run_dir.is_dir():
        return target if target.is_file() else None
    try:
        from . import preview

        files = {fmt: str(run_dir / info["name"]) for fmt, info in row["artifacts"].items()}
        return preview.thumbnail(run_dir, files)
    except Exception as err:
        log.info("no thumbnail for %s: %s", row.get("run_id"), err)
        return None


def _thumbnail_entry(settings: Settings, run_id: str, picture: Path, public: bool) -> dict[str, Any]:
    path = object_path(run_id, THUMBNAIL_NAME)
    _upload(settings, picture, path, "image/png")
    return {"bucket": settings.supabase_bucket, "path": path, "url": object_url(settings, path, public)}


def deliver(settings: Settings, delivery: Delivery) -> dict[str, Any]:
    """Upload the run's files, then upsert its row (or, for a thumbnail item, upload the picture
    and set it on the row). Returns the row as sent; raises SupabaseError."""
    if delivery.kind == THUMBNAIL:
        return _deliver_thumbnail(settings, delivery)
    row: dict[str, Any] = json.loads(json.dumps(delivery.row))  # a copy we fill in
    if delivery.files:
        public = bucket_is_public(settings)
        for upload in delivery.files:
            local = Path(upload.local_path)
            entry = row["artifacts"].setdefault(upload.fmt, {"name": local.name, "bytes": None})
            if not local.is_file():  # pruned locally before Supabase was back
                entry.update(path=None, url=None, missing=True)
                continue
            _upload(settings, local, upload.object_path, upload.content_type)
            entry.update(bucket=settings.supabase_bucket, path=upload.object_path, bytes=local.stat().st_size,
                         url=object_url(settings, upload.object_path, public))
        picture = Path(delivery.run_dir) / THUMBNAIL_NAME if delivery.run_dir else None
        if picture is not None and picture.is_file():  # a page made one already
            row["thumbnail"] = _thumbnail_entry(settings, row["run_id"], picture, public)
    row["delivered_at"] = datetime.now(UTC).isoformat(timespec="milliseconds")
    try:
        client(settings).table(TABLE).upsert(row, on_conflict="run_id", returning="minimal").execute()
    except Exception as err:
        raise describe_error(err, f"storing run {row['run_id']}") from err
    return row


def thumbnail_follow_up(settings: Settings, delivery: Delivery, sent: dict[str, Any]) -> Delivery | None:
    """The picture to render and add once a run's row is in: rendering takes seconds, so it
    never holds the row back (a short CLI process still delivers its run)."""
    if delivery.kind != RUN or sent.get("thumbnail") or not sent.get("success") or not delivery.files \
            or not delivery.run_dir:
        return None
    return Delivery(row={"run_id": sent["run_id"], "success": True, "artifacts": sent["artifacts"]},
                    run_dir=delivery.run_dir, kind=THUMBNAIL)


def _deliver_thumbnail(settings: Settings, delivery: Delivery) -> dict[str, Any]:
    run_id = str(delivery.row["run_id"])
    picture = _render_thumbnail(Path(str(delivery.run_dir)), delivery.row)
    if picture is None:
        return {"run_id": run_id, "thumbnail": None}  # nothing to show: done, not retried
    entry = _thumbnail_entry(settings, run_id, picture, bucket_is_public(settings))
    try:
        client(settings).table(TABLE).update({"thumbnail": entry}, returning="minimal").eq("run_id", run_id).execute()
    except Exception as err:
        raise describe_error(err, f"adding the thumbnail of run {run_id}") from err
    return {"run_id": run_id, "thumbnail": entry}


# -- draining the outbox --------------------------------------------------------------------
@dataclass
class DrainReport:
    delivered: list[str] = field(default_factory=list)  # run ids
    thumbnails: int = 0  # pictures added to runs already delivered
    failed: dict[str, str] = field(default_factory=dict)  # outbox key (run id, thumbnail:<run id>) -> sentence
    remaining: int = 0
    stopped_early: bool = False  # Supabase was away; the rest was left for later


def drain(settings: Settings, *, due_only: bool = False, limit: int | None = None,
          stop: threading.Event | None = None, kind: str | None = None) -> DrainReport:
    """Deliver what the outbox holds (everything now, or only items whose backoff has passed;
    every kind, or runs only / thumbnails only)."""
    report = DrainReport()
    box = outbox_for(settings)
    while limit is None or len(report.delivered) + report.thumbnails + len(report.failed) < limit:
        items = box.claim(limit=10, due_only=due_only, exclude=report.failed.keys(), kind=kind)  # once a pass
        if not items:
            break
        for index, item in enumerate(items):
            if stop is not None and stop.is_set():
                _release(box, items[index:])
                report.stopped_early = True
                break
            if not _deliver_one(settings, box, item, report):
                _release(box, items[index + 1:])
                report.stopped_early = True
                break
        if report.stopped_early:
            break
    report.remaining = box.depth()
    return report


def _deliver_one(settings: Settings, box: Outbox, item: OutboxItem, report: DrainReport) -> bool:
    """Deliver one item; False when Supabase is away (stop this pass)."""
    try:
        sent = deliver(settings, item.delivery)
    except SupabaseError as err:
        box.failed(item, str(err))
        report.failed[item.key] = str(err)
        return not err.unreachable
    except Exception as err:
        log.exception("delivering %s", item.key)
        box.failed(item, f"Delivery failed inside NaturalCAD ({type(err).__name__}).")
        report.failed[item.key] = str(err)
        return True
    box.delivered(item)
    if item.delivery.kind == RUN:
        report.delivered.append(item.run_id)
        follow_up = thumbnail_follow_up(settings, item.delivery, sent)
        if follow_up is not None:
            box.put(follow_up)
    else:
        report.thumbnails += 1
    return True


def _release(box: Outbox, items: list[OutboxItem]) -> None:
    for item in items:
        box.release(item)


def status(settings: Settings) -> OutboxStatus:
    return outbox_for(settings).status()


class Drainer:
    """One background thread per data directory that delivers due items and backs off."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._idle = threading.Event()
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()
        self._generation = 0  # bumped by every wake, so a pass that missed a new run is not "idle"
        self._paused_until = 0.0  # Supabase was away: no try before this, however many runs arrive
        self.outage_failures = 0

    def wake(self) -> None:
        with self._lock:
            self._generation += 1
            if time.time() >= self._paused_until:  # while Supabase is away, a new run just waits its turn
                self._idle.clear()
            if self._thread is None or not self._thread.is_alive():
                self._stop.clear()
                self._thread = threading.Thread(target=self._loop, name="naturalcad-supabase-outbox", daemon=True)
                self._thread.start()
        self._wake.set()

    def _loop(self) -> None:
        box = outbox_for(self.settings)
        self._stop.wait(SETTLE_SECONDS)
        while not self._stop.is_set():
            self._wake.clear()
            with self._lock:
                generation = self._generation
            report = drain(self.settings, due_only=True, stop=self._stop, kind=RUN)
            with self._lock:
                if generation == self._generation:
                    self._idle.set()  # every run due is in or backing off: a process may leave now
            if not report.stopped_early and not self._stop.is_set():
                pictures = drain(self.settings, due_only=True, stop=self._stop, kind=THUMBNAIL)
                report.failed.update(pictures.failed)
                report.stopped_early = pictures.stopped_early
            pause = IDLE_POLL_SECONDS
            if report.stopped_early and report.failed:  # Supabase is away: back off as a whole
                self.outage_failures += 1
                pause = min(2.0 ** self.outage_failures, 300.0) * random.uniform(0.8, 1.2)
                self._paused_until = time.time() + pause
            else:
                self.outage_failures = 0
                self._paused_until = 0.0
            next_due = box.next_due()
            if next_due is not None and not self._paused_until:
                pause = min(pause, max(next_due - time.time(), 0.05))
            if self._wake.wait(pause):
                # Woken by a run that is still finishing (history row, result.json): let it
                # finish before competing with it for the GIL and the database.
                self._stop.wait(max(SETTLE_SECONDS, self._paused_until - time.time()))

    def wait_idle(self, timeout: float) -> bool:
        """Wait until every run due is delivered or backing off (thumbnails may still be on their way)."""
        if self._thread is None or not self._thread.is_alive():
            return True
        return self._idle.wait(timeout)

    def stop(self, timeout: float = 5.0) -> None:
        self._stop.set()
        self._wake.set()
        thread = self._thread
        if thread is not None:
            thread.join(timeout)


_drainers: dict[Path, Drainer] = {}
_drainers_lock = threading.Lock()


def drainer_for(settings: Settings) -> Drainer:
    with _drainers_lock:
        found = _drainers.get(settings.history_db)
        if found is None or found.settings != settings:
            if found is not None:
                found.stop(0)
            found = _drainers[settings.history_db] = Drainer(settings)
        return found


def resume(settings: Settings) -> None:
    """At start-up: deliver what an earlier process left in the outbox."""
    if writes(settings) and outbox_for(settings).depth(kind=None):
        drainer_for(settings).wake()


def stop_drainers(wait: float = 0.0) -> None:
    """Let the drainers finish what is due (up to `wait` seconds), then stop them."""
    with _drainers_lock:
        drainers = list(_drainers.values())
        _drainers.clear()
    deadline = time.monotonic() + wait
    for drainer in drainers:
        drainer.wait_idle(max(deadline - time.monotonic(), 0.0))
        # A thumbnail still rendering is not waited for: its item stays in the outbox for later.
        drainer.stop(STOP_JOIN_SECONDS)

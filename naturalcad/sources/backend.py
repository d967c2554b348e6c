"""Client for a hosted NaturalCAD backend (`NATURALCAD_BACKEND_URL`).

Two contracts are spoken (DESIGN.md): the seed deployment's `POST /` with `x-api-key`
(`modal`), and `POST /v1/generate` with a Bearer key (`naturalcad`). Unless
`NATURALCAD_BACKEND_CONTRACT` names one, `POST /` is tried first and an old server that
does not know it (404/405) is remembered as `naturalcad`.

One call has an overall deadline (`NATURALCAD_BACKEND_TIMEOUT`, 20 s) covering retries:
connection errors, timeouts, 429 and 502/503/504 are retried with jittered backoff
(honouring Retry-After), other 4xx never. A process-wide circuit breaker per address makes
a dead backend cost one failure, not one per request.

Thin frontend: when the answer carries artifact URLs, the files are downloaded (deadline,
byte cap, allowed hosts only) and the STL measured here with trimesh, so the app needs no
build123d. When only code came back, the pipeline runs it locally through its own guard
and sandbox (remote code is untrusted like any other).
"""

from __future__ import annotations

import logging
import random
import shutil
import tempfile
import threading
import time
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass, field
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import Any
from urllib.parse import urljoin, urlsplit

import httpx

from ..config import Settings
from ..errors import SourceError
from ..request import ValidRequest
from ..sanitize import finite
from . import Built, Generated, ProgressCallback
from .breaker import CircuitBreaker, breaker_for
from .downloads import DownloadError, DownloadPolicy, allowed_hosts, fetch_all, host_of

log = logging.getLogger("naturalcad.backend")

# Retry policy; tests shrink BACKOFF_SECONDS. Retry-After from the server wins when given.
MAX_ATTEMPTS = 4
BACKOFF_SECONDS = 0.5
MAX_BACKOFF_SECONDS = 5.0
RETRY_STATUSES = (429, 502, 503, 504)
CONNECT_TIMEOUT_SECONDS = 5.0
STALE_DOWNLOAD_SECONDS = 3600.0

_learnt_contracts: dict[str, str] = {}  # backend URL -> contract it answered to
_learnt_lock = threading.Lock()


@dataclass
class BackendReply:
    """A successful answer, in either contract's shape."""

    code: str
    urls: dict[str, str] = field(default_factory=dict)
    geometry: dict[str, Any] = field(default_factory=dict)
    family: str | None = None
    params: dict[str, Any] = field(default_factory=dict)
    notices: list[str] = field(default_factory=list)
    output_type: str | None = None
    model: str | None = None
    job_id: str | None = None

    @classmethod
    def parse(cls, data: Any, base_url: str) -> BackendReply:
        if not isinstance(data, dict):
            raise SourceError("the backend answered with something other than a JSON object")
        code = data.get("generated_code") or data.get("code") or ""
        if not isinstance(code, str) or not code.strip():
            raise SourceError("the backend's answer holds no script")
        raw_urls = data.get("urls") if isinstance(data.get("urls"), dict) else data.get("artifacts")
        urls = {str(fmt): urljoin(base_url + "/", str(url)) for fmt, url in (raw_urls or {}).items()
                if isinstance(url, str) and url}
        params = data.get("params")
        notices = data.get("notices")
        geometry = data.get("geometry")
        return cls(code=code, urls=urls, geometry=geometry if isinstance(geometry, dict) else {},
                   family=_text(data.get("family")), params=params if isinstance(params, dict) else {},
                   notices=[str(n) for n in notices] if isinstance(notices, list) else [],
                   output_type=_text(data.get("output_type")), model=_text(data.get("model")),
                   job_id=_text(data.get("job_id") or data.get("run_id")))


def _text(value: Any) -> str | None:
    return value if isinstance(value, str) and value else None


class _Transient(Exception):
    """Worth another try: no answer, or a 429/502/503/504 (with the wait the server asked for)."""

    def __init__(self, sentence: str, answered: bool, wait: float | None = None):
        super().__init__(sentence)
        self.answered = answered
        self.wait = wait


class _OldServer(Exception):
    """`POST /` is unknown here (404/405): a NaturalCAD server from before the seed contract."""


def health(settings: Settings, timeout: float = 3.0) -> tuple[bool, str]:
    """(answers, detail) for the Status page and sidebar."""
    if not settings.backend_url:
        return False, "not configured"
    try:
        response = httpx.get(f"{settings.backend_url}/health", timeout=timeout)
    except httpx.HTTPError as err:
        return False, f"no answer ({type(err).__name__})"
    if response.status_code in (404, 405):
        return True, "answers (it has no /health: a seed deployment)"
    if response.status_code != 200:
        return False, f"HTTP {response.status_code}"
    try:
        ready = response.json().get("ready", True)
    except (ValueError, AttributeError):
        ready = True
    return True, "ok" if ready else "ok, still warming up"


def build_remotely(settings: Settings, code: str, output_type: str, notices: list[str]) -> Built:
    """A script's files built by the backend, for an app process without build123d."""
    return BackendSource(settings).build(code, output_type, notices)


def breaker_state(settings: Settings) -> str:
    """The circuit breaker's state for the configured backend, as a sentence."""
    if not settings.backend_url:
        return "not configured"
    return breaker_for(settings.backend_url).state().sentence()


class BackendSource:
    name = "backend"
    can_repair = False  # the backend runs its own repair loop before answering
    reports_progress = False
    on_progress: ProgressCallback | None = None  # nothing to report: one request

    def __init__(self, settings: Settings, client: httpx.Client | None = None):
        if not settings.backend_url:
            raise SourceError("no backend is configured (NATURALCAD_BACKEND_URL)")
        self.settings = settings
        self.url: str = settings.backend_url
        self.breaker: CircuitBreaker = breaker_for(self.url)
        self._client = client
        self.answered: bool | None = None

    @property
    def label(self) -> str:
        return f"the NaturalCAD backend at {urlsplit(self.url).netloc or self.url}"

    # the source calls ----------------------------------------------------------------------
    def generate(self, request: ValidRequest) -> Generated:
        payload = {"prompt": request.safe_prompt, "mode": request.mode, "output_type": request.output_type}
        with self._http() as client:
            reply = self._call(client, {k: v for k, v in payload.items() if v is not None})
            generated = Generated(code=reply.code, source="backend", family=reply.family, params=reply.params,
                                  notices=list(reply.notices), output_type=reply.output_type, model=reply.model)
            if reply.urls:
                generated.built = self._download(client, reply, generated.notices)
        return generated

    def repair(self, request: ValidRequest, previous: Generated, failure: str) -> Generated | None:
        return None

    def build(self, code: str, output_type: str, notices: list[str]) -> Built:
        """Run a script on the backend (`/v1/run`) and fetch its files: the app has no build123d."""
        with self._http() as client:
            reply = self._call(client, {"code": code, "output_type": output_type}, endpoint="/v1/run")
            built = self._download(client, reply, notices) if reply.urls else None
        if built is None:
            raise SourceError("The backend ran the script but its files could not be used here, and this app has "
                              "no build123d to run it itself.")
        return built

    def refine(self, request: ValidRequest, previous_code: str) -> Generated:
        self.answered = None
        raise SourceError("the backend does not refine scripts; the follow-up is handled locally")

    # one call, with retries, deadline and breaker --------------------------------------------
    def _http(self) -> AbstractContextManager[httpx.Client]:
        if self._client is not None:
            return nullcontext(self._client)  # a caller's client: used, not closed
        return httpx.Client(follow_redirects=False)

    def _call(self, client: httpx.Client, payload: dict[str, Any], endpoint: str | None = None) -> BackendReply:
        if not self.breaker.allow():
            state = self.breaker.state()
            self.answered = False
            raise SourceError(f"the backend failed a moment ago ({state.last_error}); it is not asked again for "
                              f"{state.retry_in:.0f} s")
        deadline = time.monotonic() + self.settings.backend_timeout
        try:
            reply = self._with_retries(client, payload, deadline, endpoint)
        except _Transient as err:
            self.answered = err.answered
            self.breaker.failed(str(err))
            raise SourceError(str(err)) from None
        except SourceError:
            self.answered = True  # it answered, with a refusal: the backend itself is alive
            self.breaker.succeeded()
            raise
        self.answered = True
        self.breaker.succeeded()
        return reply

    def _with_retries(self, client: httpx.Client, payload: dict[str, Any], deadline: float,
                      endpoint: str | None) -> BackendReply:
        from tenacity import Retrying, retry_if_exception_type

        tries = 0

        def stop(state: Any) -> bool:
            return state.attempt_number >= MAX_ATTEMPTS or time.monotonic() + (state.upcoming_sleep or 0) >= deadline

        retrying = Retrying(stop=stop, wait=_wait, retry=retry_if_exception_type(_Transient), reraise=True,
                            before_sleep=lambda s: log.info("backend call failed (%s); retry %d in %.2f s",
                                                            s.outcome and s.outcome.exception(), s.attempt_number,
                                                            s.upcoming_sleep))
        try:
            for attempt in retrying:
                with attempt:
                    tries += 1
                    if endpoint is not None:  # only the /v1 contract has it
                        return self._post(client, "naturalcad", payload, deadline, endpoint)
                    return self._once(client, payload, deadline)
        except _Transient as err:
            if tries > 1:
                raise _Transient(f"{err} after {tries} tries", err.answered, err.wait) from None
            raise
        raise AssertionError("unreachable")  # pragma: no cover - Retrying either returns or raises

    def _once(self, client: httpx.Client, payload: dict[str, Any], deadline: float) -> BackendReply:
        contract = self.settings.backend_contract or _learnt_contracts.get(self.url, "modal")
        try:
            return self._post(client, contract, payload, deadline)
        except _OldServer:
            if self.settings.backend_contract:
                raise SourceError(f"the backend does not answer the {contract!r} contract (POST / is unknown "
                                  "there): check NATURALCAD_BACKEND_CONTRACT") from None
            with _learnt_lock:
                _learnt_contracts[self.url] = "naturalcad"
            return self._post(client, "naturalcad", payload, deadline)

    def _post(self, client: httpx.Client, contract: str, payload: dict[str, Any], deadline: float,
              endpoint: str = "/v1/generate") -> BackendReply:
        left = deadline - time.monotonic()
        if left <= 0:
            raise _Transient(self._timeout_sentence(), answered=False)
        key = self.settings.backend_api_key
        if contract == "modal":
            url, headers = f"{self.url}/", ({"x-api-key": key} if key else {})
        else:
            url, headers = f"{self.url}{endpoint}", ({"Authorization": f"Bearer {key}"} if key else {})
        timeout = httpx.Timeout(left, connect=min(left, CONNECT_TIMEOUT_SECONDS))
        try:
            response = client.post(url, json=payload, headers=headers, timeout=timeout)
        except httpx.TimeoutException:
            raise _Transient(self._timeout_sentence(), answered=False) from None
        except httpx.TransportError as err:
            raise _Transient(f"the backend at {urlsplit(self.url).netloc} could not be reached ({type(err).__name__})",
                             answered=False) from None
        status = response.status_code
        if contract == "modal" and status in (404, 405) and not _is_error_shape(response):
            raise _OldServer()
        if status in RETRY_STATUSES:
            what = "is rate limiting requests" if status == 429 else "is busy or unavailable"
            raise _Transient(f"the backend {what} (HTTP {status})", answered=True, wait=_retry_after(response))
        if status in (401, 403):
            raise SourceError(f"the backend rejected the API key ({status}): check NATURALCAD_API_KEY")
        if status >= 300:
            detail = _error_message(response)
            kind = "failed" if status >= 500 else "refused the request"
            raise SourceError(f"the backend {kind} (HTTP {status})" + (f": {detail}" if detail else ""))
        try:
            data = response.json()
        except ValueError:
            raise SourceError(f"the backend answered HTTP {status} without JSON") from None
        if isinstance(data, dict) and data.get("success") is False:
            raise SourceError(_error_message(response) or "the backend could not make this part")
        return BackendReply.parse(data, self.url)

    def _timeout_sentence(self) -> str:
        return f"the backend did not answer within {self.settings.backend_timeout:g} s (NATURALCAD_BACKEND_TIMEOUT)"

    # thin frontend -----------------------------------------------------------------------------
    def _download(self, client: httpx.Client, reply: BackendReply, notices: list[str]) -> Built | None:
        """The backend's files, measured here; None (with a notice) when they cannot be used."""
        from ..mesh_geometry import MeshError, measure_stl

        self.settings.data_dir.mkdir(parents=True, exist_ok=True)
        _remove_stale_downloads(self.settings.data_dir)
        folder = Path(tempfile.mkdtemp(prefix=".download-", dir=self.settings.data_dir))
        policy = DownloadPolicy(allowed_hosts(self.url, self.settings.supabase_url),
                                int(self.settings.max_file_mb * 1_048_576),
                                time.monotonic() + self.settings.backend_timeout)
        key = self.settings.backend_api_key
        own = host_of(self.url)
        try:
            # Old servers' file links need the key; it is sent to the backend's own host only.
            headers = {"x-api-key": key} if key and all(host_of(u) == own for u in reply.urls.values()) else {}
            files = fetch_all(reply.urls, folder, policy, client, headers)
            if not files:
                raise DownloadError("the answer named no STEP, STL, GLB or DXF file")
            warnings: list[str] = []
            if "stl" in files:
                geometry = {**reply.geometry, **measure_stl(files["stl"])}
                measured_by = "trimesh"
            else:
                geometry, measured_by = dict(reply.geometry), "backend"
                extents = geometry.get("extents")
                # A STEP-only answer's sizes are the backend's word: NaN or infinite is no part.
                if not isinstance(extents, list) or len(extents) != 3 or any(finite(v) is None for v in extents):
                    raise DownloadError("the backend's sizes for the part are not finite numbers")
                warnings.append("Sizes as the backend measured them (no mesh to measure here).")
            return Built(files=files, geometry=geometry, warnings=warnings, measured_by=measured_by)
        except (DownloadError, MeshError) as err:
            shutil.rmtree(folder, ignore_errors=True)
            notices.append(f"The backend's files could not be used ({err}); its script runs here instead.")
            return None


def _remove_stale_downloads(data_dir: Path, older_than: float = STALE_DOWNLOAD_SECONDS) -> None:
    """Folders a crashed process left between download and use (the pipeline empties the rest)."""
    cutoff = time.time() - older_than
    for folder in data_dir.glob(".download-*"):
        try:
            if folder.stat().st_mtime < cutoff:
                shutil.rmtree(folder, ignore_errors=True)
        except OSError:
            pass


def _wait(state: Any) -> float:
    """Retry-After when the server gave one, else exponential backoff with jitter."""
    error = state.outcome.exception() if state.outcome else None
    if isinstance(error, _Transient) and error.wait is not None:
        return error.wait
    return float(min(BACKOFF_SECONDS * 2 ** (state.attempt_number - 1), MAX_BACKOFF_SECONDS) * (0.5 + random.random()))


def _retry_after(response: httpx.Response) -> float | None:
    value = response.headers.get("retry-after")
    if not value:
        return None
    try:
        return max(float(value), 0.0)
    except ValueError:
        try:
            return max(parsedate_to_datetime(value).timestamp() - time.time(), 0.0)
        except (TypeError, ValueError):
            return None


def _is_error_shape(response: httpx.Response) -> bool:
    """Whether a 404/405 came from a server speaking our error shape (it knows POST /)."""
    try:
        data = response.json()
    except ValueError:
        return False
    return isinstance(data, dict) and isinstance(data.get("error"), dict)


def _error_message(response: httpx.Response) -> str:
    """The short message in an error body: `{error: {code, message}}`, `{error: "..."}` or `{detail}`."""
    try:
        data = response.json()
    except ValueError:
        return ""
    message: Any = None
    if isinstance(data, dict):
        error = data.get("error")
        message = error.get("message") if isinstance(error, dict) else error or data.get("detail")
    text = str(message).strip().splitlines()[0] if message else ""
    return text[:300] + ("…" if len(text) > 300 else "")

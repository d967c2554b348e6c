"""Runs as the pages and the CLI see them: list, open, delete, cancel, and keep history honest.

A page never runs the pipeline in its own script thread: Streamlit stops that thread on
every rerun (a slider moved again, a reload, a second click), which used to leave the run
`running` forever and its sandbox job still busy. Instead a page starts a `Job` here (a
thread holding a `CancelToken`) and watches it. A new job from the same browser session
supersedes the one before it: that one is cancelled, its sandbox child killed, its row
recorded `cancelled`. So a burst of slider moves collapses to its last value and one tab
never queues a pile of work in front of another's. Finished jobs are kept a few minutes,
so a page reloaded mid-run picks the result up.
"""

from __future__ import annotations

import logging
import threading
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from . import artifacts
from .config import Settings, get_settings
from .errors import RunCancelled
from .history import HistoryStore
from .request import RunResult
from .sandbox.runner import CancelToken, cancel_scope

log = logging.getLogger("naturalcad")

StageCallback = Callable[[str, str], None]
JobBody = Callable[[StageCallback], RunResult]

KEEP_FINISHED_SECONDS = 600.0  # how long a finished job waits for a reloaded page to collect it
CANCELLED_ERROR = "The run was cancelled before it finished."


# -- the history, through one door ----------------------------------------------------------------
def store(settings: Settings | None = None) -> HistoryStore:
    return HistoryStore.for_settings(settings or get_settings())


def list_runs(settings: Settings | None = None, **filters: Any) -> list[RunResult]:
    """Runs newest first (filters as `HistoryStore.list`), after reconciling stale rows."""
    history = store(settings)
    history.reconcile()
    return history.list(**filters)


def get_run(run_id: str, settings: Settings | None = None) -> RunResult | None:
    try:
        return store(settings).get(run_id)
    except ValueError:
        return None


def count(settings: Settings | None = None) -> int:
    return store(settings).count()


def statuses(settings: Settings | None = None) -> dict[str, int]:
    return store(settings).statuses()


def delete_run(run_id: str, settings: Settings | None = None) -> bool:
    """Delete a run's history row and its files. True if there was a row."""
    settings = settings or get_settings()
    removed = store(settings).delete(run_id)
    artifacts.remove_run(settings, run_id)
    return removed


def reconcile(settings: Settings | None = None) -> int:
    """Every page load: rows left `running` by a job that is gone become `interrupted`."""
    try:
        return store(settings).reconcile()
    except Exception:
        log.warning("could not reconcile the run history", exc_info=True)
        return 0


# -- jobs -----------------------------------------------------------------------------------
@dataclass
class Job:
    """One pipeline call running in the background for a browser session."""

    job_id: str
    session: str
    kind: str  # generate | params | code | refine | rerun
    token: CancelToken = field(default_factory=CancelToken)
    started: float = field(default_factory=time.monotonic)
    stage: str = "Waiting to start"
    result: RunResult | None = None
    finished: float | None = None
    collected: bool = False  # a page has shown its result (a reload must not apply it again)
    done: threading.Event = field(default_factory=threading.Event)

    @property
    def running(self) -> bool:
        return not self.done.is_set()

    @property
    def cancelled(self) -> bool:
        return self.token.cancelled

    @property
    def elapsed(self) -> float:
        return (self.finished or time.monotonic()) - self.started

    def wait(self, timeout: float | None = None) -> bool:
        return self.done.wait(timeout)

    def cancel(self) -> None:
        self.token.cancel()


_jobs: dict[str, Job] = {}
_jobs_lock = threading.Lock()


def start(session: str, kind: str, body: JobBody, *, delay: float = 0.0) -> Job:
    """Run `body(on_stage)` in the background; cancels the session's earlier jobs first.

    `delay` holds the job back that long (slider moves): a newer job in the meantime
    replaces it before anything ran, so no row and no sandbox work for in-between values.
    """
    job = Job(job_id=uuid.uuid4().hex[:12], session=session, kind=kind)
    with _jobs_lock:
        superseded = [j for j in _jobs.values() if j.session == session and j.running]
        _prune_locked()
        _jobs[job.job_id] = job
    for old in superseded:
        old.cancel()
    log.info("job %s started: %s for session %s, after %.2f s", job.job_id, kind, session, delay)
    threading.Thread(target=_run_job, args=(job, body, delay), daemon=True, name=f"naturalcad-job-{job.job_id}").start()
    return job


def _run_job(job: Job, body: JobBody, delay: float) -> None:
    def on_stage(stage: str, detail: str) -> None:
        if job.token.cancelled:
            raise RunCancelled(CANCELLED_ERROR)
        job.stage = detail

    result: RunResult
    try:
        if delay and job.token.wait(delay):
            raise RunCancelled(CANCELLED_ERROR)
        with cancel_scope(job.token):
            result = body(on_stage)
    except RunCancelled:
        result = RunResult(run_id="-", success=False, error=CANCELLED_ERROR, error_kind="cancelled")
    except Exception:
        log.exception("job %s failed", job.job_id)
        result = RunResult(run_id="-", success=False, error_kind="internal",
                           error="Something went wrong inside NaturalCAD while running this request. Please try again.")
    job.result = result
    job.finished = time.monotonic()
    job.done.set()


def get_job(job_id: str) -> Job | None:
    with _jobs_lock:
        return _jobs.get(job_id)


def session_job(session: str) -> Job | None:
    """The session's newest job (running or finished)."""
    with _jobs_lock:
        mine = [j for j in _jobs.values() if j.session == session]
    return max(mine, key=lambda j: j.started, default=None)


def pick_up(job_id: str, session: str) -> Job | None:
    """What a reloaded page should wait for: the newest job of the page that started `job_id`.

    The URL's job id only says which page (browser session) the reload came from: it can be
    an older job of that page (a superseded slider value, a cancelled run whose removal from
    the URL never reached the browser because the page reran at once). Its session's newest
    job is the one that was in flight. None when there is nothing left to show: that job's
    result was already applied by this session, or it was applied and did not build.
    """
    with _jobs_lock:
        named = _jobs.get(job_id)
        if named is None:
            return None
        job = max((j for j in _jobs.values() if j.session == named.session), key=lambda j: j.started)
        if job.collected and (job.session == session or not (job.result is not None and job.result.success)):
            return None
        job.session = session
    return job


def supersede(session: str, kind: str) -> int:
    """A newer request of `kind` reached the session: cancel its running jobs now.

    Called from the widget callback, the first code a new value reaches: a slider job still
    in its settle time is then dropped before the rest of the page reruns (on a loaded
    server that rerun can take longer than the settle time). Returns how many were running.
    """
    with _jobs_lock:
        running = [j for j in _jobs.values() if j.session == session and j.running]
    for job in running:
        job.cancel()
    log.info("session %s: %s requested; %d running job(s) superseded", session, kind, len(running))
    return len(running)


def cancel(job_id: str) -> bool:
    """Cancel a job of this process: its sandbox child is killed. True if it was running."""
    job = get_job(job_id)
    if job is None or not job.running:
        return False
    job.cancel()
    return True


def running_jobs() -> list[Job]:
    with _jobs_lock:
        return [j for j in _jobs.values() if j.running]


def _prune_locked() -> None:
    now = time.monotonic()
    for job_id in [k for k, j in _jobs.items() if j.finished is not None and now - j.finished > KEEP_FINISHED_SECONDS]:
        del _jobs[job_id]

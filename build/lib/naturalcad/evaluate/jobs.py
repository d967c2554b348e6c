"""Evals running in the background of the app: one thread per eval, progress a page can poll.

The Eval page starts a job and keeps only its id; the job lives in this process, so a
person can leave the page and come back to the same progress. Results are on disk as they
are scored (results.jsonl), so a job stopped or lost with the process can be resumed.
"""

from __future__ import annotations

import threading
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path

from ..config import Settings
from .cases import Case
from .report import write_reports
from .results import CaseResult
from .runner import EvalOptions, run_eval


@dataclass
class EvalJob:
    id: str
    out: Path
    total: int
    done: int = 0
    passed: int = 0
    latest: list[CaseResult] = field(default_factory=list)
    state: str = "running"  # running | stopping | finished | stopped | failed
    error: str | None = None
    started: float = field(default_factory=time.monotonic)
    finished: float | None = None
    stop: threading.Event = field(default_factory=threading.Event)

    @property
    def fraction(self) -> float:
        return min(self.done / self.total, 1.0) if self.total else 1.0

    @property
    def running(self) -> bool:
        return self.state in ("running", "stopping")

    def elapsed(self) -> float:
        return (self.finished or time.monotonic()) - self.started


_jobs: dict[str, EvalJob] = {}
_lock = threading.Lock()


def start(cases: list[Case], options: EvalOptions, settings: Settings) -> EvalJob:
    """Start scoring in a thread; returns at once."""
    limited = cases[: options.limit] if options.limit else cases
    job = EvalJob(id=uuid.uuid4().hex[:12], out=options.out, total=len(limited) * len(set(options.models)))
    with _lock:
        _jobs[job.id] = job

    def on_result(result: CaseResult, done: int, _total: int) -> None:
        with _lock:
            job.done = done
            job.passed += result.passed
            job.latest = [result, *job.latest][:50]

    def work() -> None:
        try:
            results = run_eval(cases, options, settings, on_result=on_result, stop=job.stop)
            job.done = len(results)
            write_reports(options.out)
            job.state = "stopped" if job.stop.is_set() and job.done < job.total else "finished"
        except Exception as err:
            job.error = str(err) if isinstance(err, ValueError) else f"The eval stopped: {type(err).__name__}: {err}"
            job.state = "failed"
        finally:
            job.finished = time.monotonic()

    threading.Thread(target=work, name=f"naturalcad-eval-{job.id}", daemon=True).start()
    return job


def get(job_id: str | None) -> EvalJob | None:
    with _lock:
        return _jobs.get(job_id) if job_id else None


def request_stop(job: EvalJob) -> None:
    """Finish the cases already running, start no more."""
    job.stop.set()
    if job.running:
        job.state = "stopping"

"""The app's side of the sandbox: start and talk to the warm worker, or run cold.

`run_in_sandbox()` is the one call the pipeline makes. It never raises for what the script
did and never hangs: the worker enforces each job's deadline, and this side waits only a
little longer before restarting a worker that stopped answering. What comes back is an
`Outcome`, parsed once here from what the job left (`reap`); settings come from `Settings`.
"""

from __future__ import annotations

import contextlib
import json
import os
import subprocess
import sys
import threading
import time
import uuid
from concurrent.futures import Future
from pathlib import Path
from typing import Any

from ..config import Settings, get_settings
from ..errors import ExecutionError
from . import limits as limits_mod
from .child import CODE_FILE
from .diskwatch import disk_use
from .limits import Limits
from .outcome import Outcome
from .reap import Finished, reap
from .worker import Running, claim_job_uid, kill, release

PACKAGE_ROOT = str(Path(__file__).resolve().parents[2])
_ENV_KEEP = ("PATH", "LANG", "LC_ALL", "LD_LIBRARY_PATH", "PYTHONHOME", "VIRTUAL_ENV", "TMPDIR", "CASROOT")
GRACE_SECONDS = 15.0
POLL_SECONDS = 0.5


def clean_env() -> dict[str, str]:
    """The environment a sandbox process starts with: what Python needs, no secrets."""
    env = {k: v for k, v in os.environ.items() if k in _ENV_KEEP or k.startswith("CSF_")}
    env["PYTHONPATH"] = PACKAGE_ROOT
    env["HOME"] = "/nonexistent"
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    env.setdefault("PATH", "/usr/bin:/bin")
    return env


def max_concurrent_jobs(settings: Settings | None = None) -> int:
    configured = (settings or get_settings()).max_concurrent_jobs
    return configured if configured > 0 else max(2, os.cpu_count() or 2)


def fork_available(settings: Settings | None = None) -> bool:
    return hasattr(os, "fork") and hasattr(os, "pidfd_open") and (settings or get_settings()).sandbox_mode != "cold"


def make_job(code: str, run_dir: Path, output_type: str, limits: Limits,
             settings: Settings | None = None) -> dict[str, Any]:
    """The job's description (no code: that goes to a file only this job's child reads)."""
    run_dir = run_dir.resolve()
    fd = os.open(run_dir / CODE_FILE, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | os.O_NOFOLLOW | os.O_CLOEXEC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8", errors="surrogatepass") as handle:
        handle.write(code)
    return {
        "job_id": f"job-{uuid.uuid4().hex[:12]}",
        "run_dir": str(run_dir),
        "output_type": output_type,
        "timeout": float(limits.timeout_seconds),
        "memory_mb": int(limits.memory_mb),
        "max_file_mb": float(limits.max_file_mb),
        "max_output_chars": int(limits.max_output_chars),
        "uid_range": list((settings or get_settings()).sandbox_uid_range),
    }


def _crashed(message: str, worker_died: bool = False) -> Outcome:
    return Outcome.failed(ExecutionError(message, "crashed"), worker_died=worker_died)


class WarmWorker:
    """A handle on the worker process; thread-safe, restarts the worker when it dies."""

    def __init__(self, settings: Settings | None = None) -> None:
        self._lock = threading.Lock()
        self._proc: subprocess.Popen[bytes] | None = None
        self._pending: dict[str, Future[Finished | None]] = {}
        self._ready = threading.Event()
        self.restarts = 0
        self.started_at: float | None = None
        # Each job may use up to its memory limit; cap how many run at once so a burst of
        # requests queues instead of exhausting the machine's memory.
        self._slots = threading.BoundedSemaphore(max_concurrent_jobs(settings))

    # -- lifecycle -------------------------------------------------------------------------
    def start(self) -> None:
        """Start the worker if it is not running (returns at once; warm-up goes on)."""
        with self._lock:
            if self._proc is not None and self._proc.poll() is None:
                return
            if self._proc is not None:
                self.restarts += 1
            self._ready.clear()
            self._proc = subprocess.Popen(
                [sys.executable, "-m", "naturalcad.sandbox.worker"],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=subprocess.DEVNULL,
                env=clean_env(),
                cwd="/",
                start_new_session=True,
            )
            self.started_at = time.time()
            threading.Thread(target=self._read_loop, args=(self._proc,), daemon=True,
                             name="naturalcad-worker-reader").start()

    def wait_ready(self, timeout: float = 60.0) -> bool:
        self.start()
        return self._ready.wait(timeout)

    @property
    def ready(self) -> bool:
        return self._ready.is_set() and self._proc is not None and self._proc.poll() is None

    @property
    def pid(self) -> int | None:
        return self._proc.pid if self._proc else None

    def stop(self) -> None:
        with self._lock:
            proc, self._proc = self._proc, None
        if proc is not None:
            try:
                proc.kill()
                proc.wait(timeout=5)
            except (OSError, subprocess.TimeoutExpired):
                pass
            self._fail_pending()

    def _fail_pending(self) -> None:
        """The worker is gone: every job waiting on it learns so (None)."""
        for job_id, future in list(self._pending.items()):
            if not future.done():
                future.set_result(None)
            self._pending.pop(job_id, None)

    def _read_loop(self, proc: subprocess.Popen[bytes]) -> None:
        assert proc.stdout is not None
        for raw in proc.stdout:
            try:
                message = json.loads(raw)
            except (ValueError, RecursionError):
                continue
            if not isinstance(message, dict):
                continue
            if message.get("ready"):
                self._ready.set()
            elif "job_id" in message:
                future = self._pending.pop(str(message["job_id"]), None)
                if future is not None and not future.done():
                    future.set_result(Finished(int(message.get("status", 0)), bool(message.get("timed_out")),
                                               bool(message.get("over_disk")), float(message.get("elapsed", 0.0))))
        if self._proc is proc or self._proc is None:
            self._ready.clear()
            self._fail_pending()

    # -- jobs ------------------------------------------------------------------------------
    def submit(self, job: dict[str, Any]) -> Future[Finished | None]:
        self.start()
        future: Future[Finished | None] = Future()
        with self._lock:
            proc = self._proc
            self._pending[job["job_id"]] = future
            try:
                assert proc is not None and proc.stdin is not None
                proc.stdin.write((json.dumps({"op": "run", "job": job}) + "\n").encode())
                proc.stdin.flush()
            except (OSError, AssertionError):
                self._pending.pop(job["job_id"], None)
                future.set_result(None)
        return future

    def run(self, job: dict[str, Any]) -> Outcome:
        """Run one job; restart the worker and retry once if it died under the job."""
        with self._slots:
            return self._run(job)

    def _run(self, job: dict[str, Any]) -> Outcome:
        for _ in range(2):
            if not self.wait_ready(timeout=120):
                self.stop()
                continue
            future = self.submit(job)
            try:
                finished = future.result(timeout=float(job["timeout"]) + GRACE_SECONDS)
            except TimeoutError:
                self.stop()  # the worker stopped answering: never let a job hang the caller
                return Outcome.failed(ExecutionError(
                    f"The script took longer than the {float(job['timeout']):g} s time limit and was stopped.",
                    "timeout"))
            if finished is not None:
                return reap(job, finished)
            self.stop()
        return _crashed("The sandbox worker could not run the script; please try again.", worker_died=True)


def run_cold(job: dict[str, Any]) -> Outcome:
    """A fresh `python -m naturalcad.sandbox.child` per job: slower, same limits, same disk watch."""
    run_dir = Path(job["run_dir"])
    cgroup = limits_mod.make_job_cgroup(job["job_id"])
    job, claim = claim_job_uid({**job, "cgroup": str(cgroup) if cgroup else None})
    job_file = run_dir / ".job.json"
    job_file.write_text(json.dumps(job), encoding="utf-8")
    proc = subprocess.Popen(
        [sys.executable, "-m", "naturalcad.sandbox.child", str(job_file)],
        stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        env=clean_env(), cwd="/", start_new_session=True,
    )
    started = time.monotonic()
    running = Running(job, proc.pid, -1, started + float(job["timeout"]) + 10, started, cgroup, claim)
    try:
        # The cold child imports build123d before its deadline starts to matter, so it gets
        # 10 s more; its disk is watched live, as the warm worker does.
        while proc.poll() is None:
            if time.monotonic() >= running.deadline:
                running.timed_out = True
            elif disk_use(run_dir, proc.pid).over(float(job["max_file_mb"])):
                running.over_disk = True
            if running.timed_out or running.over_disk:
                kill(running)
                break
            with contextlib.suppress(subprocess.TimeoutExpired):
                proc.wait(timeout=POLL_SECONDS)
        proc.wait()
        status = _wait_status(proc.returncode)
    finally:
        job_file.unlink(missing_ok=True)
        release(running)  # anything left in its process group or cgroup; its uid claim
    return reap(job, Finished(status, running.timed_out, running.over_disk, time.monotonic() - started))


def _wait_status(returncode: int) -> int:
    """Popen's returncode back to a waitpid status for `reap`."""
    return (-returncode) & 0x7F if returncode < 0 else (returncode & 0xFF) << 8


_worker: WarmWorker | None = None
_worker_lock = threading.Lock()


def get_worker() -> WarmWorker:
    """The process-wide warm worker (started lazily, or early by the app)."""
    global _worker
    with _worker_lock:
        if _worker is None:
            _worker = WarmWorker()
        return _worker


def run_in_sandbox(code: str, run_dir: Path, output_type: str, limits: Limits,
                   settings: Settings | None = None) -> Outcome:
    """Run a guarded script in a sandboxed child; returns its Outcome (never raises for the script)."""
    settings = settings or get_settings()
    job = make_job(code, run_dir, output_type, limits, settings)
    warm = fork_available(settings)
    started = time.perf_counter()
    outcome = get_worker().run(job) if warm else run_cold(job)
    outcome.wall_seconds = time.perf_counter() - started
    outcome.mode = "warm" if warm else "cold"
    return outcome

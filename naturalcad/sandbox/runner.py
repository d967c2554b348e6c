"""The app's side of the sandbox: start and talk to the warm worker, or run cold.

`run_in_sandbox()` is the one call the pipeline makes. It never raises for what the script
did and never hangs: the worker enforces each job's deadline, and this side waits only a
little longer before restarting a worker that stopped answering.
"""

from __future__ import annotations

import contextvars
import json
import os
import subprocess
import sys
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from concurrent.futures import Future
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from .limits import Limits

PACKAGE_ROOT = str(Path(__file__).resolve().parents[2])
_ENV_KEEP = ("PATH", "LANG", "LC_ALL", "LD_LIBRARY_PATH", "PYTHONHOME", "VIRTUAL_ENV", "TMPDIR", "CASROOT")
GRACE_SECONDS = 15.0
POLL_SECONDS = 0.1
CANCELLED_MESSAGE = "The run was cancelled before it finished."


class CancelToken:
    """Lets whoever started a run stop its sandbox job: the child is killed, not left to run out.

    Pass one to `run_in_sandbox(cancel=...)`, or open a `cancel_scope(token)` around code
    that calls it (the pipeline does not need to know). `cancel()` is safe from any thread.
    """

    def __init__(self) -> None:
        self._event = threading.Event()
        self._lock = threading.Lock()
        self._hooks: list[Callable[[], None]] = []

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def wait(self, timeout: float) -> bool:
        """Sleep up to `timeout` seconds; True as soon as the token is cancelled."""
        return self._event.wait(timeout)

    def cancel(self) -> None:
        with self._lock:
            if self._event.is_set():
                return
            self._event.set()
            hooks, self._hooks = self._hooks, []
        for hook in hooks:
            try:
                hook()
            except Exception:
                pass

    def on_cancel(self, hook: Callable[[], None]) -> Callable[[], None]:
        """Call `hook` when cancelled (at once if already); returns a function that unregisters it."""
        with self._lock:
            if not self._event.is_set():
                self._hooks.append(hook)
                return lambda: self._discard(hook)
        hook()
        return lambda: None

    def _discard(self, hook: Callable[[], None]) -> None:
        with self._lock:
            if hook in self._hooks:
                self._hooks.remove(hook)


_current_cancel: contextvars.ContextVar[CancelToken | None] = contextvars.ContextVar("naturalcad_cancel", default=None)


@contextmanager
def cancel_scope(token: CancelToken) -> Iterator[CancelToken]:
    """Every `run_in_sandbox` call inside this block (in this thread) can be cancelled by `token`."""
    reset = _current_cancel.set(token)
    try:
        yield token
    finally:
        _current_cancel.reset(reset)


def current_cancel() -> CancelToken | None:
    return _current_cancel.get()


def cancelled_result() -> dict[str, Any]:
    return {"ok": False, "error_kind": "cancelled", "error": CANCELLED_MESSAGE}


def clean_env() -> dict[str, str]:
    """The environment a sandbox process starts with: what Python needs, no secrets."""
    env = {k: v for k, v in os.environ.items() if k in _ENV_KEEP or k.startswith("CSF_")}
    env["PYTHONPATH"] = PACKAGE_ROOT
    env["HOME"] = "/nonexistent"
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    env.setdefault("PATH", "/usr/bin:/bin")
    return env


def max_concurrent_jobs() -> int:
    raw = os.environ.get("NATURALCAD_MAX_CONCURRENT_JOBS", "")
    return int(raw) if raw.isdigit() and int(raw) > 0 else max(2, os.cpu_count() or 2)


def fork_available() -> bool:
    return hasattr(os, "fork") and hasattr(os, "pidfd_open") and os.environ.get("NATURALCAD_SANDBOX_MODE") != "cold"


def make_job(code: str, run_dir: Path, output_type: str, limits: Limits) -> dict[str, Any]:
    return {
        "job_id": f"job-{uuid.uuid4().hex[:12]}",
        "code": code,
        "run_dir": str(run_dir.resolve()),
        "output_type": output_type,
        "timeout": float(limits.timeout_seconds),
        "memory_mb": int(limits.memory_mb),
        "max_file_mb": float(limits.max_file_mb),
        "max_output_chars": int(limits.max_output_chars),
    }


class WarmWorker:
    """A handle on the worker process; thread-safe, restarts the worker when it dies."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._proc: subprocess.Popen | None = None
        self._pending: dict[str, Future] = {}
        self._ready = threading.Event()
        self.restarts = 0
        self.started_at: float | None = None
        # Each job may use up to its memory limit; cap how many run at once so a burst of
        # requests queues instead of exhausting the machine's memory.
        self._slots = threading.BoundedSemaphore(max_concurrent_jobs())

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
            threading.Thread(target=self._read_loop, args=(self._proc,), daemon=True, name="naturalcad-worker-reader").start()

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
            self._fail_pending("The sandbox worker was stopped.")

    def _fail_pending(self, message: str) -> None:
        for job_id, future in list(self._pending.items()):
            if not future.done():
                future.set_result({"ok": False, "error_kind": "crashed", "error": message, "worker_died": True})
            self._pending.pop(job_id, None)

    def _read_loop(self, proc: subprocess.Popen) -> None:
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
                future = self._pending.pop(message["job_id"], None)
                if future is not None and not future.done():
                    future.set_result(message["result"])
        if self._proc is proc or self._proc is None:
            self._ready.clear()
            self._fail_pending("The sandbox worker stopped unexpectedly while running the script.")

    # -- jobs ------------------------------------------------------------------------------
    def submit(self, job: dict[str, Any]) -> Future:
        self.start()
        future: Future = Future()
        with self._lock:
            proc = self._proc
            self._pending[job["job_id"]] = future
            try:
                assert proc is not None and proc.stdin is not None
                proc.stdin.write((json.dumps({"op": "run", "job": job}) + "\n").encode())
                proc.stdin.flush()
            except (OSError, AssertionError):
                self._pending.pop(job["job_id"], None)
                future.set_result({"ok": False, "error_kind": "crashed", "error": "The sandbox worker is not running.", "worker_died": True})
        return future

    def cancel(self, job_id: str) -> None:
        """Ask the worker to kill a job's child; the job then reports `cancelled`."""
        with self._lock:
            proc = self._proc
            if proc is None or proc.stdin is None or job_id not in self._pending:
                return
            try:
                proc.stdin.write((json.dumps({"op": "cancel", "job_id": job_id}) + "\n").encode())
                proc.stdin.flush()
            except OSError:
                pass

    def run(self, job: dict[str, Any], cancel: CancelToken | None = None) -> dict[str, Any]:
        """Run one job; restart the worker and retry once if it died under the job.

        A cancelled job waiting for a slot never starts; a running one is killed.
        """
        while not self._slots.acquire(timeout=POLL_SECONDS):
            if cancel is not None and cancel.cancelled:
                return cancelled_result()
        try:
            if cancel is not None and cancel.cancelled:
                return cancelled_result()
            return self._run(job, cancel)
        finally:
            self._slots.release()

    def _run(self, job: dict[str, Any], cancel: CancelToken | None = None) -> dict[str, Any]:
        for attempt in range(2):
            if not self.wait_ready(timeout=120):
                self.stop()
                continue
            future = self.submit(job)
            forget = cancel.on_cancel(lambda: self.cancel(job["job_id"])) if cancel is not None else (lambda: None)
            try:
                result = future.result(timeout=job["timeout"] + GRACE_SECONDS)
            except TimeoutError:
                self.stop()  # the worker stopped answering: never let a job hang the caller
                return {"ok": False, "error_kind": "timeout",
                        "error": f"The script took longer than the {job['timeout']:g} s time limit and was stopped."}
            finally:
                forget()
            if cancel is not None and cancel.cancelled:
                return cancelled_result()
            if not result.get("worker_died"):
                return result
            self.stop()
        return {"ok": False, "error_kind": "crashed", "error": "The sandbox worker could not run the script; please try again."}


def run_cold(job: dict[str, Any], cancel: CancelToken | None = None) -> dict[str, Any]:
    """A fresh `python -m naturalcad.sandbox.child` per job: slower, same limits."""
    from . import limits as limits_mod

    run_dir = Path(job["run_dir"])
    cgroup = limits_mod.make_job_cgroup(job["job_id"])
    job = {**job, "cgroup": str(cgroup) if cgroup else None}
    job_file = run_dir / ".job.json"
    job_file.write_text(json.dumps(job), encoding="utf-8")
    proc = subprocess.Popen(
        [sys.executable, "-m", "naturalcad.sandbox.child", str(job_file)],
        stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        env=clean_env(), cwd="/", start_new_session=True,
    )
    from . import worker

    running = worker._Running(job, proc.pid, -1, 0.0, time.monotonic(), cgroup)
    # The cold child imports build123d before its deadline starts to matter.
    deadline = time.monotonic() + job["timeout"] + 10
    try:
        while True:
            try:
                proc.wait(timeout=POLL_SECONDS)
                status = _wait_status(proc.returncode)
                break
            except subprocess.TimeoutExpired:
                stop_now = cancel is not None and cancel.cancelled
                if stop_now or time.monotonic() > deadline:
                    running.cancelled, running.timed_out = stop_now, not stop_now
                    worker._kill(running)
                    proc.wait()
                    status = 0
                    break
    finally:
        job_file.unlink(missing_ok=True)
        worker._kill(running)  # anything left in its process group
        limits_mod.kill_cgroup(cgroup)
    return worker._reap_result(running, status)


def _wait_status(returncode: int) -> int:
    """Popen's returncode back to a waitpid status for `_reap_result`."""
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
                   cancel: CancelToken | None = None) -> dict[str, Any]:
    """Run a guarded script in a sandboxed child; returns the child's result dict.

    `cancel` (default: the token of the enclosing `cancel_scope`) kills the job when
    cancelled; the result then has `error_kind` `cancelled`.
    """
    cancel = cancel or current_cancel()
    job = make_job(code, run_dir, output_type, limits)
    started = time.perf_counter()
    if cancel is not None and cancel.cancelled:
        result = cancelled_result()
    else:
        result = get_worker().run(job, cancel) if fork_available() else run_cold(job, cancel)
    result["wall_seconds"] = time.perf_counter() - started
    result["mode"] = "warm" if fork_available() else "cold"
    return result


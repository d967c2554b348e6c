"""The warm worker: one long-lived process that imported build123d once and forks a
limited child per job, so a job costs ~0.1 s instead of a 3 s import.

It is started as its own process (never forked from Streamlit's threaded server) with an
environment holding no secrets, and speaks JSON lines over stdin/stdout:

    -> {"op": "run", "job": {...}}          <- {"job_id": ..., "result": {...}}
    -> {"op": "ping"}                       <- {"pong": true, "pid": ...}

The worker is single-threaded (forking from a threaded process is unsafe): a selector
loop over stdin and one pidfd per running child, with each child's deadline enforced by
killing its process group and its pids cgroup.
"""

from __future__ import annotations

import json
import os
import selectors
import signal
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from . import limits
from .child import RESULT_FILE, preload, run_job

MAX_RESULT_BYTES = 2_000_000


@dataclass
class _Running:
    job: dict[str, Any]
    pid: int
    pidfd: int
    deadline: float
    started: float
    cgroup: Path | None
    timed_out: bool = False


def _reap_result(running: _Running, status: int) -> dict[str, Any]:
    """Turn a finished child's result file or exit status into a result dict."""
    elapsed = time.monotonic() - running.started
    path = Path(running.job["run_dir"]) / RESULT_FILE
    if running.timed_out:
        return {"ok": False, "error_kind": "timeout", "error": f"The script took longer than the {running.job['timeout']:g} s time limit and was stopped."}
    try:
        if path.exists() and path.stat().st_size <= MAX_RESULT_BYTES:
            result = json.loads(path.read_text(encoding="utf-8"))
            path.unlink()
            result.setdefault("elapsed", elapsed)
            return result
        if path.exists():
            path.unlink()
            return {"ok": False, "error_kind": "output_too_large", "error": "The script's report was too large."}
    except (OSError, ValueError):
        pass
    if os.WIFSIGNALED(status):
        sig = os.WTERMSIG(status)
        if sig == signal.SIGXCPU:
            return {"ok": False, "error_kind": "cpu", "error": "The script used more CPU time than allowed and was stopped."}
        if sig == signal.SIGXFSZ:
            return {"ok": False, "error_kind": "output_too_large", "error": "The script produced a file larger than the per-file limit."}
        return {"ok": False, "error_kind": "memory",
                "error": f"The script was killed by signal {signal.Signals(sig).name} — most likely it hit the {running.job['memory_mb']} MB memory limit."}
    return {"ok": False, "error_kind": "crashed", "error": f"The sandboxed process exited with status {os.WEXITSTATUS(status)} without a result."}


def _start(job: dict[str, Any]) -> _Running:
    cgroup = limits.make_job_cgroup(job["job_id"])
    job = {**job, "cgroup": str(cgroup) if cgroup else None}
    sys.stdout.flush()
    pid = os.fork()
    if pid == 0:
        # Child: never return into the worker loop.
        try:
            os.close(0)
            os.open(os.devnull, os.O_RDONLY)
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, 1)
            os.dup2(devnull, 2)
            signal.signal(signal.SIGTERM, signal.SIG_DFL)
            signal.signal(signal.SIGINT, signal.SIG_DFL)
        finally:
            run_job(job)
    now = time.monotonic()
    return _Running(job, pid, os.pidfd_open(pid), now + float(job["timeout"]), now, cgroup)


def _kill(running: _Running) -> None:
    for target in (lambda: os.killpg(running.pid, signal.SIGKILL), lambda: os.kill(running.pid, signal.SIGKILL)):
        try:
            target()
        except OSError:
            pass


def serve(stdin=None, stdout=None) -> None:
    """The worker loop. Ends when stdin closes."""
    stdin = stdin or sys.stdin.buffer
    out = stdout or sys.stdout
    selector = selectors.DefaultSelector()
    selector.register(stdin, selectors.EVENT_READ, "stdin")
    running: dict[int, _Running] = {}
    buffer = b""
    open_input = True

    def reply(obj: dict[str, Any]) -> None:
        out.write(json.dumps(obj) + "\n")
        out.flush()

    while open_input or running:
        timeout = max(0.0, min((r.deadline for r in running.values()), default=time.monotonic() + 1) - time.monotonic())
        for key, _ in selector.select(timeout=min(timeout, 1.0) if running else None):
            if key.data == "stdin":
                chunk = os.read(stdin.fileno(), 1 << 20)
                if not chunk:
                    open_input = False
                    selector.unregister(stdin)
                    continue
                buffer += chunk
                while b"\n" in buffer:
                    line, buffer = buffer.split(b"\n", 1)
                    if not line.strip():
                        continue
                    message = json.loads(line)
                    if message.get("op") == "ping":
                        reply({"pong": True, "pid": os.getpid()})
                    elif message.get("op") == "run":
                        child = _start(message["job"])
                        running[child.pidfd] = child
                        selector.register(child.pidfd, selectors.EVENT_READ, "child")
            else:
                child = running.pop(key.fd)
                selector.unregister(key.fd)
                _, status = os.waitpid(child.pid, 0)
                os.close(child.pidfd)
                _kill(child)  # anything left in its process group
                limits.kill_cgroup(child.cgroup)
                reply({"job_id": child.job["job_id"], "result": _reap_result(child, status)})
        now = time.monotonic()
        for child in running.values():
            if now >= child.deadline and not child.timed_out:
                child.timed_out = True
                _kill(child)
                limits.kill_cgroup(child.cgroup) if child.cgroup else None


def main() -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent decides when we stop
    preload()
    print(json.dumps({"ready": True, "pid": os.getpid()}), flush=True)
    serve()


if __name__ == "__main__":
    main()

"""The warm worker: one long-lived process that imported build123d once and forks a
limited child per job, so a job costs ~0.1 s instead of a 3 s import.

It is started as its own process (never forked from Streamlit's threaded server) with an
environment holding no secrets, and speaks JSON lines over stdin/stdout:

    -> {"op": "run", "job": {...}}          <- {"job_id": ..., "status": ..., "timed_out": ..., ...}
    -> {"op": "ping"}                       <- {"pong": true, "pid": ...}
    -> {"op": "cancel", "job_id": ...}      (kills that job's child; the app reports it `cancelled`)

A job message carries limits and a run directory, never code: the child reads its script
from its own run dir, and the app (not the worker) reads what the child reports. So the
worker's memory, which every later fork inherits, never holds another job's script.

The worker is single-threaded (forking from a threaded process is unsafe): a selector
loop over stdin and one pidfd per running child, with each child's deadline enforced by
killing its process group and its pids cgroup, and its disk use watched while it runs.
When root, each job gets a uid of its own from the range the app passes.
"""

from __future__ import annotations

import contextlib
import json
import os
import selectors
import signal
import socket
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from . import limits
from .child import preload, run_job
from .diskwatch import disk_use

DISK_CHECK_SECONDS = 0.5


@dataclass
class Running:
    job: dict[str, Any]
    pid: int
    pidfd: int
    deadline: float
    started: float
    cgroup: Path | None
    uid_claim: socket.socket | None = None
    timed_out: bool = False
    over_disk: bool = False
    checked_disk: float = 0.0

    def check_disk(self) -> bool:
        """Whether the job holds more disk than a part's exports could (run dir + unnamed files)."""
        self.over_disk = self.over_disk or disk_use(Path(self.job["run_dir"]), self.pid).over(
            float(self.job["max_file_mb"]))
        return self.over_disk


def claim_job_uid(job: dict[str, Any]) -> tuple[dict[str, Any], socket.socket | None]:
    """When root: the job with a uid of its own (and the claim to release after it)."""
    if os.geteuid() != 0:
        return job, None
    first, last = job.get("uid_range") or limits.DEFAULT_UID_RANGE
    claimed = limits.claim_uid(int(first), int(last))
    if claimed is None:
        return job, None  # every uid of the range busy: the child falls back to the shared one
    uid, claim = claimed
    return {**job, "uid": uid}, claim


def kill(running: Running) -> None:
    """SIGKILL the job's process group (threads die with it), then the process itself."""
    with contextlib.suppress(OSError):
        os.killpg(running.pid, signal.SIGKILL)
    with contextlib.suppress(OSError):
        os.kill(running.pid, signal.SIGKILL)


def release(running: Running) -> None:
    """After the job's process is gone: kill what is left of it, free its cgroup and uid."""
    kill(running)
    limits.kill_cgroup(running.cgroup)
    if running.uid_claim is not None:
        running.uid_claim.close()
        running.uid_claim = None


def _start(job: dict[str, Any]) -> Running:
    cgroup = limits.make_job_cgroup(job["job_id"])
    job, claim = claim_job_uid({**job, "cgroup": str(cgroup) if cgroup else None})
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
            # Nothing of the worker's (its selector, other jobs' pidfds, uid claims) stays open.
            os.closerange(3, 1 << 16)
            signal.signal(signal.SIGTERM, signal.SIG_DFL)
            signal.signal(signal.SIGINT, signal.SIG_DFL)
        finally:
            run_job(job)
    now = time.monotonic()
    return Running(job, pid, os.pidfd_open(pid), now + float(job["timeout"]), now, cgroup, claim)


def _finished(child: Running, status: int) -> dict[str, Any]:
    return {"job_id": child.job["job_id"], "status": status, "timed_out": child.timed_out,
            "over_disk": child.over_disk, "elapsed": time.monotonic() - child.started}


def serve(stdin: IO[bytes] | None = None, stdout: IO[str] | None = None) -> None:
    """The worker loop. Ends when stdin closes."""
    source = stdin or sys.stdin.buffer
    out = stdout or sys.stdout
    selector = selectors.DefaultSelector()
    selector.register(source, selectors.EVENT_READ, "stdin")
    running: dict[int, Running] = {}
    buffer = b""
    open_input = True

    def reply(obj: dict[str, Any]) -> None:
        out.write(json.dumps(obj) + "\n")
        out.flush()

    while open_input or running:
        timeout = max(0.0, min((r.deadline for r in running.values()), default=time.monotonic() + 1) - time.monotonic())
        for key, _ in selector.select(timeout=min(timeout, DISK_CHECK_SECONDS) if running else None):
            if key.data == "stdin":
                chunk = os.read(source.fileno(), 1 << 20)
                if not chunk:
                    open_input = False
                    selector.unregister(source)
                    continue
                buffer += chunk
                while b"\n" in buffer:
                    line, buffer = buffer.split(b"\n", 1)
                    if not line.strip():
                        continue
                    message = json.loads(line)
                    if message.get("op") == "ping":
                        reply({"pong": True, "pid": os.getpid()})
                    elif message.get("op") == "cancel":
                        for child in running.values():
                            if child.job["job_id"] == message.get("job_id"):
                                kill(child)
                                limits.kill_cgroup(child.cgroup)
                    elif message.get("op") == "run":
                        child = _start(message["job"])
                        running[child.pidfd] = child
                        selector.register(child.pidfd, selectors.EVENT_READ, "child")
            else:
                child = running.pop(key.fd)
                selector.unregister(key.fd)
                _, status = os.waitpid(child.pid, 0)
                os.close(child.pidfd)
                release(child)
                try:
                    message = _finished(child, status)
                except Exception:  # a job's leftovers must never stop the worker
                    message = {"job_id": child.job["job_id"], "status": status, "timed_out": child.timed_out,
                               "over_disk": True, "elapsed": time.monotonic() - child.started}
                reply(message)
        now = time.monotonic()
        for child in running.values():
            if child.timed_out or child.over_disk:
                continue
            if now >= child.deadline:
                child.timed_out = True
            elif now - child.checked_disk >= DISK_CHECK_SECONDS:
                # RLIMIT_FSIZE caps each file, not how many: watch the run dir while it runs.
                child.checked_disk = now
                child.check_disk()
            if child.timed_out or child.over_disk:
                kill(child)
                limits.kill_cgroup(child.cgroup)


def main() -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent decides when we stop
    preload()
    print(json.dumps({"ready": True, "pid": os.getpid()}), flush=True)
    serve()


if __name__ == "__main__":
    main()

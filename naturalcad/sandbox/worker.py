"""The warm worker: one long-lived process that imported build123d once and forks a
limited child per job, so a job costs ~0.1 s instead of a 3 s import.

It is started as its own process (never forked from Streamlit's threaded server) with an
environment holding no secrets, and speaks JSON lines over stdin/stdout:

    -> {"op": "run", "job": {...}}          <- {"job_id": ..., "result": {...}}
    -> {"op": "ping"}                       <- {"pong": true, "pid": ...}
    -> {"op": "cancel", "job_id": ...}      (kills that job's child; it reports `cancelled`)

The worker is single-threaded (forking from a threaded process is unsafe): a selector
loop over stdin and one pidfd per running child, with each child's deadline enforced by
killing its process group and its pids cgroup.
"""

from __future__ import annotations

import json
import os
import re
import selectors
import signal
import stat
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from . import limits
from .child import RESULT_FILE, preload, run_job

MAX_RESULT_BYTES = 2_000_000
# What a child may report as an export: a plain file name in its run dir (never a path).
_ARTIFACT_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]{0,63}\.(step|stl|glb|dxf)")
_MAX_RUN_DIR_ENTRIES = 1000
DISK_CHECK_SECONDS = 0.5


@dataclass
class _Running:
    job: dict[str, Any]
    pid: int
    pidfd: int
    deadline: float
    started: float
    cgroup: Path | None
    timed_out: bool = False
    cancelled: bool = False  # the app asked for it to stop (`{"op": "cancel"}`)
    over_disk: bool = False
    checked_disk: float = 0.0


def _read_result_file(path: Path) -> dict[str, Any] | str | None:
    """The child's result.json: a dict, "too_large", or None when missing or unreadable.

    The file was written by the process that ran untrusted code, so it is opened without
    following links or blocking (a FIFO would hang the worker) and must be a regular file.
    """
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK | os.O_CLOEXEC)
    except OSError:
        return None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            return None
        if info.st_size > MAX_RESULT_BYTES:
            return "too_large"
        data = os.read(fd, MAX_RESULT_BYTES + 1)
    except OSError:
        return None
    finally:
        os.close(fd)
    try:
        result = json.loads(data.decode("utf-8"))
    except (ValueError, UnicodeDecodeError, RecursionError):  # `[[[[…` 100,000 deep
        return None
    return result if isinstance(result, dict) else None


def _tidy_run_dir(run_dir: Path) -> int:
    """Remove what a job must never leave for the parent: links, FIFOs, sockets, devices.

    Returns the bytes in the regular files left at the top level (the exports live there).
    """
    total = 0
    try:
        entries = os.scandir(run_dir)
    except OSError:
        return 0
    with entries:
        for count, entry in enumerate(entries):
            if count >= _MAX_RUN_DIR_ENTRIES:
                break
            try:
                info = entry.stat(follow_symlinks=False)
                if stat.S_ISDIR(info.st_mode):
                    continue
                if not stat.S_ISREG(info.st_mode) or info.st_nlink > 1:
                    os.unlink(entry.path)
                    continue
                total += info.st_size
            except OSError:
                continue
    return total


_REPORT_KEYS = ("ok", "error_kind", "error", "line", "traceback", "kind", "geometry", "files", "warnings", "stdout",
                "timings", "sandbox", "elapsed")


def _text(value: Any, cap: int) -> str:
    return (value if isinstance(value, str) else "")[:cap]


def _disk_use(run_dir: Path, max_entries: int = _MAX_RUN_DIR_ENTRIES) -> tuple[int, int]:
    """(bytes on disk, entries) under a run dir, subdirectories included; stops counting
    entries past `max_entries` (a job making that many is over the limit anyway)."""
    used, count, stack = 0, 0, [str(run_dir)]
    while stack and count <= max_entries:
        try:
            entries = os.scandir(stack.pop())
        except OSError:
            continue
        with entries:
            for entry in entries:
                count += 1
                if count > max_entries:
                    break
                try:
                    info = entry.stat(follow_symlinks=False)
                except OSError:
                    continue
                used += max(info.st_blocks * 512, info.st_size if stat.S_ISREG(info.st_mode) else 0)
                if stat.S_ISDIR(info.st_mode):
                    stack.append(entry.path)
    return used, count


def _disk_cap(job: dict[str, Any]) -> float:
    """What a job may keep on disk: a part's exports are a few files of at most max_file_mb."""
    return 5 * float(job.get("max_file_mb", 100)) * 1024 * 1024


def _over_disk(running: _Running) -> bool:
    """Whether a job is filling the disk: too many bytes or entries in its run dir, so far."""
    used, count = _disk_use(Path(running.job["run_dir"]))
    return used > _disk_cap(running.job) or count > _MAX_RUN_DIR_ENTRIES


def _vet(result: dict[str, Any], job: dict[str, Any]) -> dict[str, Any]:
    """Check a child's report before the parent acts on it (it moves and serves `files`)."""
    run_dir = Path(job["run_dir"])
    text_cap = int(job.get("max_output_chars", 20_000)) + 200
    malformed = {"ok": False, "error_kind": "crashed", "error": "The sandboxed process returned a malformed report."}
    # Only the keys the child writes, each of its type and size: everything here is passed on
    # to the app, stored in history and shown (a deep or odd value must not break any of that).
    result = {key: result[key] for key in _REPORT_KEYS if key in result}
    if not isinstance(result.get("stdout", ""), str):
        result["stdout"] = ""
    result["stdout"] = result.get("stdout", "")[:text_cap]
    for key in ("error", "error_kind", "kind", "traceback"):
        if result.get(key) is not None:
            result[key] = _text(result[key], 4000 if key == "traceback" else 2000)
    if not isinstance(result.get("line"), int) or isinstance(result.get("line"), bool):
        result["line"] = None
    warnings = result.get("warnings")
    result["warnings"] = [_text(w, 500) for w in warnings[:20]] if isinstance(warnings, list) else []
    sandbox = result.get("sandbox", [])
    result["sandbox"] = [_text(s, 100) for s in sandbox[:20]] if isinstance(sandbox, list) else []
    if not isinstance(result.get("elapsed", 0.0), (int, float)):
        result.pop("elapsed")
    geometry, timings = result.get("geometry", {}), result.get("timings", {})
    if not isinstance(geometry, dict) or not isinstance(timings, dict) or len(geometry) > 50 or len(timings) > 20:
        return malformed
    if not all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in timings.values()):
        return malformed
    for value in geometry.values():
        items = value if isinstance(value, list) and len(value) <= 3 else [value]
        if not all(v is None or isinstance(v, (bool, int, float)) or (isinstance(v, str) and len(v) <= 100) for v in items):
            return malformed
    files = result.get("files")
    if result.get("ok") is True:
        if not isinstance(files, dict):
            return {"ok": False, "error_kind": "crashed", "error": "The sandboxed process returned a malformed report."}
        for fmt, name in files.items():
            path = run_dir / str(name)
            try:
                info = os.lstat(path) if isinstance(name, str) and _ARTIFACT_NAME.fullmatch(name) else None
            except OSError:
                info = None
            if (fmt not in ("step", "stl", "glb", "dxf") or info is None or not stat.S_ISREG(info.st_mode)
                    or info.st_nlink != 1 or name.rsplit(".", 1)[1] != fmt):
                return {"ok": False, "error_kind": "crashed",
                        "error": "The sandboxed process reported an export it did not write in its run directory."}
    else:
        result["ok"] = False
        result.pop("files", None)
    return result


def _reap_result(running: _Running, status: int) -> dict[str, Any]:
    """Turn a finished child's result file or exit status into a result dict."""
    elapsed = time.monotonic() - running.started
    run_dir = Path(running.job["run_dir"])
    path = run_dir / RESULT_FILE
    size = _tidy_run_dir(run_dir)
    if running.over_disk or _over_disk(running):
        return {"ok": False, "error_kind": "output_too_large",
                "error": "The script wrote more data than a part's exports can take."}
    if running.cancelled:
        return {"ok": False, "error_kind": "cancelled", "error": "The run was cancelled before it finished."}
    if running.timed_out:
        return {"ok": False, "error_kind": "timeout", "error": f"The script took longer than the {running.job['timeout']:g} s time limit and was stopped."}
    result = _read_result_file(path)
    try:
        path.unlink()
    except OSError:
        pass
    if result == "too_large":
        return {"ok": False, "error_kind": "output_too_large", "error": "The script's report was too large."}
    if isinstance(result, dict):
        # A job's exports are a few files of at most max_file_mb each; more is a disk-filling attempt.
        if size > 5 * float(running.job.get("max_file_mb", 100)) * 1024 * 1024:
            return {"ok": False, "error_kind": "output_too_large",
                    "error": "The script wrote more data than a part's exports can take."}
        result = _vet(result, running.job)
        result.setdefault("elapsed", elapsed)
        return result
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
            # Nothing of the worker's (its selector, other jobs' pidfds) stays open in a job.
            os.closerange(3, 1 << 16)
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
        for key, _ in selector.select(timeout=min(timeout, DISK_CHECK_SECONDS) if running else None):
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
                    elif message.get("op") == "cancel":
                        for child in running.values():
                            if child.job["job_id"] == message.get("job_id") and not child.cancelled:
                                child.cancelled = True
                                _kill(child)
                                limits.kill_cgroup(child.cgroup) if child.cgroup else None
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
                try:
                    result = _reap_result(child, status)
                    json.dumps(result)  # what reply() will do: fail here, not in the loop
                except Exception:  # noqa: BLE001 - a job's leftovers must never stop the worker
                    result = {"ok": False, "error_kind": "crashed",
                              "error": "The sandboxed process left a report the worker could not read."}
                reply({"job_id": child.job["job_id"], "result": result})
        now = time.monotonic()
        for child in running.values():
            if child.timed_out or child.over_disk:
                continue
            if now >= child.deadline:
                child.timed_out = True
            elif now - child.checked_disk >= DISK_CHECK_SECONDS:
                # RLIMIT_FSIZE caps each file, not how many: watch the run dir while it runs.
                child.checked_disk = now
                child.over_disk = _over_disk(child)
            if child.timed_out or child.over_disk:
                _kill(child)
                limits.kill_cgroup(child.cgroup) if child.cgroup else None


def main() -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent decides when we stop
    preload()
    print(json.dumps({"ready": True, "pid": os.getpid()}), flush=True)
    serve()


if __name__ == "__main__":
    main()

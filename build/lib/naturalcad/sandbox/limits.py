"""Process limits for a sandboxed job: rlimits, a pids cgroup, and dropping root.

RLIMIT_NPROC does not bind root, and CI and many containers run as root, so when we are
root the child also joins a pids cgroup (a cap that holds for root) and drops to a uid of
its own, claimed from a range for the job's lifetime: RLIMIT_NPROC counts every task of a
uid, so a shared uid would let one job's threads starve another job. The seccomp filter
(no fork at all) is the third wall.
"""

from __future__ import annotations

import contextlib
import os
import random
import resource
import signal
import socket
import time
from dataclasses import dataclass
from pathlib import Path

UNPRIVILEGED_UID = 65534  # "nobody": the fallback when no uid of the range can be used
DEFAULT_UID_RANGE = (64000, 64999)
PIDS_MAX = 64
_CGROUP_ROOTS = (Path("/sys/fs/cgroup/pids"), Path("/sys/fs/cgroup"))


@dataclass(frozen=True)
class Limits:
    timeout_seconds: float = 60.0
    memory_mb: int = 2560
    max_file_mb: float = 100.0
    max_output_chars: int = 20_000


def pids_cgroup_parent() -> Path | None:
    """A writable cgroup directory that offers the pids controller, if any."""
    for root in _CGROUP_ROOTS:
        try:
            if root == Path("/sys/fs/cgroup") and "pids" not in (root / "cgroup.controllers").read_text():
                continue
            parent = root / "naturalcad"
            parent.mkdir(exist_ok=True)
            if root == Path("/sys/fs/cgroup"):
                (parent / "cgroup.subtree_control").write_text("+pids")
            return parent
        except OSError:
            continue
    return None


def make_job_cgroup(job_id: str) -> Path | None:
    """Create `<pids cgroup>/naturalcad/<job>` with pids.max set, or None where not possible."""
    parent = pids_cgroup_parent()
    if parent is None:
        return None
    try:
        group = parent / job_id
        group.mkdir(exist_ok=True)
        (group / "pids.max").write_text(str(PIDS_MAX))
        return group
    except OSError:
        return None


def join_cgroup(group: Path) -> None:
    (group / "cgroup.procs").write_text(str(os.getpid()))


def kill_cgroup(group: Path | None) -> None:
    """Kill every process left in a job's cgroup, then remove it."""
    if group is None:
        return
    for _ in range(50):
        try:
            pids = [int(p) for p in (group / "cgroup.procs").read_text().split()]
        except OSError:
            break
        if not pids:
            break
        for pid in pids:
            with contextlib.suppress(OSError):
                os.kill(pid, signal.SIGKILL)
        time.sleep(0.02)
    with contextlib.suppress(OSError):
        group.rmdir()


def apply_rlimits(limits: Limits, dropped_uid: bool) -> None:
    memory = int(limits.memory_mb) * 1024 * 1024
    resource.setrlimit(resource.RLIMIT_AS, (memory, memory))
    cpu = int(limits.timeout_seconds) + 5
    resource.setrlimit(resource.RLIMIT_CPU, (cpu, cpu + 5))
    size = int(limits.max_file_mb * 1024 * 1024)
    resource.setrlimit(resource.RLIMIT_FSIZE, (size, size))
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    resource.setrlimit(resource.RLIMIT_NOFILE, (256, 256))
    if dropped_uid:
        # Threads count against NPROC too: OCCT's parallel mesher needs a few.
        resource.setrlimit(resource.RLIMIT_NPROC, (PIDS_MAX, PIDS_MAX))
    # A file over the size cap raises EFBIG in Python instead of killing the job silently.
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)


def claim_uid(first: int, last: int) -> tuple[int, socket.socket] | None:
    """A uid of [first, last] no other job (of any NaturalCAD process) holds, and its claim.

    The claim is an abstract unix socket named after the uid: the kernel keeps the name
    unique machine-wide and frees it when the holder closes it or dies, so there is no lock
    file to go stale. Close the socket after the job's processes are gone.
    """
    count = last - first + 1
    start = random.randrange(count) if count > 0 else 0
    for step in range(max(count, 0)):
        uid = first + (start + step) % count
        claim = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM | socket.SOCK_CLOEXEC)
        try:
            claim.bind(f"\0naturalcad-job-uid-{uid}")
        except OSError:
            claim.close()
            continue
        return uid, claim
    return None


def drop_root(writable_dir: str, uid: int = UNPRIVILEGED_UID) -> int | None:
    """When root, hand the run directory to the job's uid and become it. Returns the uid."""
    if os.geteuid() != 0:
        return None
    try:
        _become(writable_dir, uid)
    except OSError:  # the uid is not mapped here (a user namespace): the shared fallback
        if uid == UNPRIVILEGED_UID:
            raise
        uid = UNPRIVILEGED_UID
        _become(writable_dir, uid)
    return uid


def _become(writable_dir: str, uid: int) -> None:
    os.chown(writable_dir, uid, uid)
    for entry in os.scandir(writable_dir):
        os.chown(entry.path, uid, uid, follow_symlinks=False)
    os.setgroups([])
    os.setresgid(uid, uid, uid)
    os.setresuid(uid, uid, uid)


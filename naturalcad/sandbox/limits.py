"""Process limits for a sandboxed job: rlimits, a pids cgroup, and dropping root.

RLIMIT_NPROC does not bind root, and CI and many containers run as root, so when we are
root the child also joins a pids cgroup (a cap that holds for root) and drops to an
unprivileged uid. The seccomp filter (no fork at all) is the third wall.
"""

from __future__ import annotations

import os
import resource
import signal
from dataclasses import dataclass
from pathlib import Path

UNPRIVILEGED_UID = 65534  # "nobody" on Debian, Alpine, Fedora
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
            try:
                os.kill(pid, signal.SIGKILL)
            except OSError:
                pass
        import time

        time.sleep(0.02)
    try:
        group.rmdir()
    except OSError:
        pass


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


def drop_root(writable_dir: str) -> bool:
    """When root, hand the run directory to an unprivileged uid and become it."""
    if os.geteuid() != 0:
        return False
    os.chown(writable_dir, UNPRIVILEGED_UID, UNPRIVILEGED_UID)
    for entry in os.scandir(writable_dir):
        os.chown(entry.path, UNPRIVILEGED_UID, UNPRIVILEGED_UID, follow_symlinks=False)
    os.setgroups([])
    os.setresgid(UNPRIVILEGED_UID, UNPRIVILEGED_UID, UNPRIVILEGED_UID)
    os.setresuid(UNPRIVILEGED_UID, UNPRIVILEGED_UID, UNPRIVILEGED_UID)
    return True

"""How much disk a running job holds: its run dir, and files it holds with no name.

RLIMIT_FSIZE caps each file, not how many, so the worker (and the cold runner) polls this
while a job runs and stops it when over. Every inode in the run dir counts (directories,
empty files, whatever the walls let through), at any depth (`fswalk` walks by descriptor).
A file can also fill the disk with no name at all: created, kept open and unlinked (or
renamed over). Those are found through the job's open descriptors and mappings in /proc,
which the parent (root, or the job's own uid) can read.
"""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass
from pathlib import Path

from ..fswalk import tree_use

MAX_RUN_DIR_INODES = 1000
EXPORTS_PER_JOB = 5  # a part's exports are a few files of at most max_file_mb each


@dataclass(frozen=True)
class DiskUse:
    bytes: int
    inodes: int
    hidden_bytes: int  # held open or mapped with no name in any directory

    def over(self, max_file_mb: float) -> bool:
        cap = EXPORTS_PER_JOB * max_file_mb * 1024 * 1024
        return self.bytes + self.hidden_bytes > cap or self.inodes > MAX_RUN_DIR_INODES


def unnamed_bytes(pid: int) -> int:
    """Bytes in files the process holds open or mapped that no directory names any more."""
    total, seen = 0, set[tuple[int, int]]()
    fd_dir = f"/proc/{pid}/fd"
    try:
        names = os.listdir(fd_dir)
    except OSError:
        return 0
    for name in names:
        try:
            info = os.stat(f"{fd_dir}/{name}")
        except OSError:
            continue
        if stat.S_ISREG(info.st_mode) and info.st_nlink == 0 and (info.st_dev, info.st_ino) not in seen:
            seen.add((info.st_dev, info.st_ino))
            total += info.st_blocks * 512
    mapped: set[tuple[str, str]] = set()
    try:
        with open(f"/proc/{pid}/maps", encoding="ascii", errors="replace") as maps:
            for line in maps:
                if line.endswith("(deleted)\n") and " /" in line:
                    span, _, _, _, inode = line.split(None, 5)[:5]
                    start, end = (int(x, 16) for x in span.split("-"))
                    if inode != "0" and (inode, span) not in mapped:
                        mapped.add((inode, span))
                        total += end - start
    except (OSError, ValueError):
        pass
    return total


def disk_use(run_dir: Path, pid: int | None = None) -> DiskUse:
    """What a job holds now: the run dir's tree (every inode), plus unnamed files of `pid`."""
    tree = tree_use(run_dir, max_inodes=MAX_RUN_DIR_INODES + 1)
    return DiskUse(tree.bytes, tree.inodes, unnamed_bytes(pid) if pid else 0)

"""Walk and remove directory trees a sandboxed job may have shaped: iteratively, boundedly.

A hostile tree can be 1,500 directories deep (recursive walkers raise RecursionError), reach
past PATH_MAX (path-based calls fail with ENAMETOOLONG), hold links, FIFOs and sockets, or
millions of entries. Everything here works relative to directory file descriptors, never
follows a link, keeps at most one directory open at a time and stops after a fixed number
of entries, so it cannot recurse, hang or run out of descriptors.
"""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass
from pathlib import Path

_DIR_FLAGS = os.O_RDONLY | os.O_DIRECTORY | os.O_NOFOLLOW | os.O_CLOEXEC | os.O_NONBLOCK
MAX_ENTRIES = 2_000_000  # far past any real tree; a bound on the work, not a cap users meet


@dataclass(frozen=True)
class TreeUse:
    """What a tree holds: bytes on disk (blocks, so sparse files count as written), every
    inode (files, directories, links, FIFOs...), the deepest level, and whether the count
    stopped early (`complete` False means "at least this much")."""

    bytes: int
    inodes: int
    depth: int
    complete: bool


def _open_dir(name: str | Path, dir_fd: int | None = None) -> int | None:
    try:
        return os.open(name, _DIR_FLAGS, dir_fd=dir_fd)
    except OSError:
        return None


def _entries(fd: int) -> list[tuple[str, os.stat_result | None]]:
    found: list[tuple[str, os.stat_result | None]] = []
    try:
        with os.scandir(fd) as listing:
            for entry in listing:
                try:
                    found.append((entry.name, entry.stat(follow_symlinks=False)))
                except OSError:
                    found.append((entry.name, None))
    except OSError:
        pass
    return found


def tree_use(root: str | Path, max_inodes: int = MAX_ENTRIES) -> TreeUse:
    """Bytes and inodes under `root` (root itself not counted), stopping past `max_inodes`.

    Depth-first with a stack of directory *names* and one open descriptor: a child directory
    is opened relative to its parent's descriptor, and `..` leads back up, so neither depth
    nor PATH_MAX limits what is counted.
    """
    used = inodes = deepest = 0
    fd = _open_dir(root)
    if fd is None:
        return TreeUse(0, 0, 0, True)
    # Each level: the subdirectories still to visit there (the last level is where fd is).
    pending: list[list[str]] = []
    entered = True
    try:
        while True:
            if entered:
                subdirs: list[str] = []
                for name, info in _entries(fd):
                    inodes += 1
                    if info is not None:
                        used += info.st_blocks * 512
                        if stat.S_ISDIR(info.st_mode):
                            subdirs.append(name)
                    if inodes > max_inodes:
                        return TreeUse(used, inodes, max(deepest, len(pending)), False)
                pending.append(subdirs)
                deepest = max(deepest, len(pending) - 1)
                entered = False
            while not pending[-1]:
                pending.pop()
                if not pending:
                    return TreeUse(used, inodes, deepest, True)
                parent = _open_dir("..", dir_fd=fd)
                if parent is None:
                    return TreeUse(used, inodes, deepest, False)
                os.close(fd)
                fd = parent
            child = _open_dir(pending[-1].pop(), dir_fd=fd)
            if child is not None:
                os.close(fd)
                fd, entered = child, True
    finally:
        os.close(fd)


def remove_tree(root: str | Path, max_entries: int = MAX_ENTRIES) -> bool:
    """Delete `root` and everything under it without recursion. True when it is gone.

    Descends into the first subdirectory until one has none left, empties it, steps back
    up through `..` and removes it: one open descriptor, a stack of names, bounded work.
    Entries that cannot be removed are skipped (counted against the bound), never retried
    forever.
    """
    root = Path(root)
    try:
        info = os.lstat(root)
    except FileNotFoundError:
        return True
    except OSError:
        return False
    if not stat.S_ISDIR(info.st_mode):
        try:
            os.unlink(root)
            return True
        except OSError:
            return False
    fd = _open_dir(root)
    if fd is None:
        return False
    names: list[str] = []  # the path from root to where fd is, as names
    stuck: set[tuple[int, int]] = set()
    work = 0
    try:
        while work < max_entries:
            descended = False
            for name, entry in _entries(fd):
                work += 1
                if entry is not None and stat.S_ISDIR(entry.st_mode):
                    if (entry.st_dev, entry.st_ino) in stuck:
                        continue
                    child = _open_dir(name, dir_fd=fd)
                    if child is None:
                        stuck.add((entry.st_dev, entry.st_ino))
                        continue
                    os.close(fd)
                    fd, descended = child, True
                    names.append(name)
                    break
                try:
                    os.unlink(name, dir_fd=fd)
                except FileNotFoundError:
                    pass
                except OSError:
                    continue
            if descended:
                continue
            if not names:
                break
            here = os.fstat(fd)
            parent = _open_dir("..", dir_fd=fd)
            if parent is None:
                return False
            os.close(fd)
            fd = parent
            name = names.pop()
            try:
                os.rmdir(name, dir_fd=fd)
            except FileNotFoundError:
                pass
            except OSError:
                stuck.add((here.st_dev, here.st_ino))
    finally:
        os.close(fd)
    try:
        os.rmdir(root)
    except FileNotFoundError:
        return True
    except OSError:
        return False
    return True

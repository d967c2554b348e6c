"""Run directories under the data dir, their size caps, and pruning.

`<data_dir>/runs/<run_id>/` holds one run's script and files. Run ids sort by time, so
"oldest first" is a name sort. Pruning takes a file lock so concurrent runs (several
Streamlit sessions, a CLI batch) never prune each other's work, and skips runs that are
still in progress or that a page has open.
"""

from __future__ import annotations

import calendar
import fcntl
import os
import secrets
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from .config import Settings
from .fswalk import remove_tree, tree_use

IN_PROGRESS = ".in-progress"
OPEN_MARKER = ".open"
OPEN_TTL_SECONDS = 2 * 3600  # a page that has a run open keeps it for this long
STALE_IN_PROGRESS_SECONDS = 6 * 3600


def new_run_id() -> str:
    """`YYYYmmdd-HHMMSS-mmm-xxxx`: sorts by start time (to the millisecond), unique."""
    now = time.time()
    stamp = time.strftime("%Y%m%d-%H%M%S", time.gmtime(now))
    return f"{stamp}-{int(now * 1000) % 1000:03d}{secrets.token_hex(2)}"


def run_started(run_id: str) -> float | None:
    """When a run started (epoch seconds), read from its id; None for an id of another shape."""
    try:
        stamp = time.strptime(run_id[:15], "%Y%m%d-%H%M%S")
        return calendar.timegm(stamp) + int(run_id[16:19]) / 1000
    except (ValueError, IndexError):
        return None


def run_path(settings: Settings, run_id: str) -> Path:
    if not run_id or "/" in run_id or run_id.startswith("."):
        raise ValueError(f"not a run id: {run_id!r}")
    return settings.runs_dir / run_id


CREATING_PREFIX = ".creating-"


def create_run_dir(settings: Settings, run_id: str) -> Path:
    """Make the run's directory, marked in progress (pruning leaves it alone).

    The directory is made under a hidden name, marked, then renamed into place, so no
    concurrent prune ever sees this run without its marker (a dir made in place is visible,
    unmarked and prunable until the marker is written).
    """
    path = run_path(settings, run_id)
    if path.exists():
        raise FileExistsError(f"run directory already exists: {path}")
    staging = path.with_name(f"{CREATING_PREFIX}{run_id}")
    staging.mkdir(parents=True, exist_ok=False)
    (staging / IN_PROGRESS).write_text(str(os.getpid()))
    os.rename(staging, path)
    return path


def finish_run_dir(path: Path) -> None:
    (path / IN_PROGRESS).unlink(missing_ok=True)


def mark_open(settings: Settings, run_id: str) -> None:
    """Called by pages that show a run, so pruning keeps it while it is on screen."""
    path = run_path(settings, run_id)
    if path.is_dir():
        (path / OPEN_MARKER).touch()


def atomic_write_text(path: Path, text: str, durable: bool = True) -> None:
    """Write a text file so readers see the old content or the new one, never half.

    `durable=False` skips the fsync, for files a later durable write of the same run covers.
    """
    temp = path.with_name(f".{path.name}.{os.getpid()}.part")
    with open(temp, "w", encoding="utf-8", errors="surrogatepass") as handle:
        handle.write(text)
        if durable:
            handle.flush()
            os.fsync(handle.fileno())
    os.replace(temp, path)


def dir_bytes(path: Path) -> int:
    """Bytes on disk under a run dir, at any depth (iterative: a hostile tree cannot break it)."""
    return tree_use(path).bytes


# Sizes of finished run dirs, by (inode, mtime) of the dir: a finished run's files are only
# ever replaced by rename or added (a drawing), which moves the dir's mtime, so every prune
# walks only what changed instead of all `max_runs` dirs.
_sizes: dict[str, tuple[int, int, int]] = {}


def _run_bytes(path: Path) -> int:
    try:
        info = path.stat()
    except OSError:
        return 0
    held = _sizes.get(str(path))
    if held is not None and held[:2] == (info.st_ino, info.st_mtime_ns):
        return held[2]
    size = dir_bytes(path)
    # Only a dir untouched for a second is kept: a change within the clock's tick would not
    # move the mtime the cache compares.
    if time.time() - info.st_mtime > 1.0 and not (path / IN_PROGRESS).exists():
        if len(_sizes) > 4 * 10_000:
            _sizes.clear()
        _sizes[str(path)] = (info.st_ino, info.st_mtime_ns, size)
    return size


@contextmanager
def _prune_lock(settings: Settings) -> Iterator[None]:
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    with open(settings.data_dir / ".prune.lock", "a+") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def pid_alive(pid: int) -> bool:
    """Whether a process exists (one owned by another user counts)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _protected(path: Path, now: float, min_keep_seconds: float = 0.0) -> bool:
    started = run_started(path.name) if min_keep_seconds else None
    if started is not None and now - started < min_keep_seconds:
        return True  # the backend handed out links to it that have not expired yet
    # A run finishing meanwhile removes its marker (and a page's `.open` goes) between any
    # two calls, so every read here treats "gone" as an answer, never an error.
    marker = path / IN_PROGRESS
    marked: float | None
    pid = 0
    try:
        marked = marker.stat().st_mtime
        try:
            pid = int(marker.read_text() or 0)
        except FileNotFoundError:
            raise
        except (OSError, ValueError):
            pid = 0
    except FileNotFoundError:
        marked = None  # finished (or never marked)
    except OSError:
        marked = now  # unreadable: treat as freshly marked, never prune it on a guess
    if marked is not None and ((pid and pid_alive(pid)) or (now - marked < STALE_IN_PROGRESS_SECONDS and not pid)):
        return True
    try:
        opened = (path / OPEN_MARKER).stat().st_mtime
    except OSError:
        return False
    return now - opened < OPEN_TTL_SECONDS


@dataclass(frozen=True)
class Usage:
    runs: int
    bytes: int

    @property
    def megabytes(self) -> float:
        return self.bytes / 1_048_576


def usage(settings: Settings) -> Usage:
    runs = [p for p in settings.runs_dir.iterdir() if p.is_dir() and not p.name.startswith(CREATING_PREFIX)] \
        if settings.runs_dir.is_dir() else []
    return Usage(len(runs), sum(dir_bytes(p) for p in runs))


def prune(settings: Settings, keep: set[str] | frozenset[str] = frozenset()) -> list[str]:
    """Delete the oldest runs until both caps hold. Returns the pruned run ids."""
    if not settings.runs_dir.is_dir():
        return []
    with _prune_lock(settings):
        now = time.time()
        entries = list(settings.runs_dir.iterdir())
        runs = sorted(p for p in entries if p.is_dir() and not p.name.startswith("."))
        _drop_abandoned_staging(entries, now)
        sizes = {p: _run_bytes(p) for p in runs}
        total, count = sum(sizes.values()), len(runs)
        cap_bytes = settings.max_artifact_mb * 1_048_576
        pruned: list[str] = []
        for path in runs:
            if count <= settings.max_runs and total <= cap_bytes:
                break
            if path.name in keep or _protected(path, now, settings.min_keep_seconds):
                continue
            remove_tree(path)
            pruned.append(path.name)
            count -= 1
            total -= sizes[path]
        return pruned


def _drop_abandoned_staging(entries: list[Path], now: float) -> None:
    """A process killed between making a run's hidden staging dir and renaming it into place
    leaves the staging dir behind; it is removed once it is clearly abandoned."""
    for path in entries:
        if not path.name.startswith(CREATING_PREFIX):
            continue
        try:
            abandoned = now - path.stat().st_mtime > STALE_IN_PROGRESS_SECONDS
        except OSError:
            continue
        if abandoned:
            remove_tree(path)


def remove_run(settings: Settings, run_id: str) -> None:
    remove_tree(run_path(settings, run_id))


def oversized_files(path: Path, max_file_mb: float) -> list[str]:
    cap = max_file_mb * 1_048_576
    return [p.name for p in path.iterdir() if p.is_file() and p.stat().st_size > cap]

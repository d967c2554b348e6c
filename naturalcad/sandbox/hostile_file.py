"""Opening a file a job left behind, which the job may have made anything.

A job controls every name in its run directory: a "result.json" or "part.stl" may be a link
to a file the app can read, a FIFO that blocks the reader forever, or a directory. The parent
opens such files only through `open_regular`, so the report and the STL crosscheck share one
rule: no link followed, no open that blocks, nothing read that is not a regular file.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

_FLAGS = os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK | os.O_CLOEXEC


def open_regular(path: Path) -> tuple[int, int] | None:
    """(descriptor, size in bytes) of `path` when it is a regular file, else None (missing, a
    link, a FIFO, a directory, unreadable). The caller closes the descriptor."""
    try:
        fd = os.open(path, _FLAGS)
    except OSError:
        return None
    try:
        info = os.fstat(fd)
    except OSError:
        os.close(fd)
        return None
    if not stat.S_ISREG(info.st_mode):
        os.close(fd)
        return None
    return fd, info.st_size

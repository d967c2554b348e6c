# tries: O_TMPFILE files (no name in any directory, so no listing sees them) in the run
#   dir and in /tmp, /dev/shm; and openat2, whose flags seccomp cannot read.
# contained: seccomp refuses O_TMPFILE in open/openat (EOPNOTSUPP) and openat2 (ENOSYS).
# mode: os
# expect: contained
# require: BLOCKED
import ctypes, os
for where in (".", "/tmp", "/dev/shm"):
    attempt("O_TMPFILE " + where, lambda: os.open(where, os.O_TMPFILE | os.O_WRONLY, 0o600))
libc = ctypes.CDLL(None, use_errno=True)
libc.syscall.restype = ctypes.c_long
how = (ctypes.c_uint64 * 3)(os.O_TMPFILE | os.O_WRONLY, 0o600, 0)
attempt("openat2", lambda: must(libc.syscall(437, -100, b".", how, 24) >= 0))
from build123d import Box
result = Box(1, 1, 1)

# tries: SysV shared memory / message queues / semaphores and POSIX message queues, which
#   outlive the job (memory left behind, or a channel to another job).
# contained: seccomp refuses shmget, msgget, semget and mq_open.
# mode: os
# expect: contained
# require: BLOCKED
import ctypes
libc = ctypes.CDLL(None, use_errno=True)
libc.syscall.restype = ctypes.c_long
def call(nr, *args):
    return must(libc.syscall(nr, *args) >= 0, f"errno {ctypes.get_errno()}")
attempt("shmget", lambda: call(29, 0, 1 << 30, 0o1000 | 0o666))
attempt("msgget", lambda: call(68, 0, 0o1000 | 0o666))
attempt("semget", lambda: call(64, 0, 1, 0o1000 | 0o666))
attempt("mq_open", lambda: call(240, b"/naturalcad-test", 0o100 | 2, 0o666, None))

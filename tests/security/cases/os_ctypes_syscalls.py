# tries: raw syscalls through ctypes, below anything Python checks: fork, clone (a process,
#   not a thread), ptrace attach to the worker, unshare a user namespace, mount, io_uring.
# contained: seccomp answers each with an error.
# mode: os
# needs: caps
# expect: contained
# require: BLOCKED
import ctypes, os
libc = ctypes.CDLL(None, use_errno=True)
libc.syscall.restype = ctypes.c_long
def call(nr, *args):
    r = libc.syscall(nr, *args)
    if r == 0 and nr in (57, 56):
        os._exit(0)  # we are the child: leave at once
    return must(r >= 0, f"errno {ctypes.get_errno()}")
attempt("sys-fork", lambda: call(57))
attempt("sys-clone-process", lambda: call(56, 17, 0, 0, 0, 0))  # SIGCHLD, no CLONE_THREAD
attempt("ptrace-attach-worker", lambda: call(101, 16, os.getppid(), 0, 0))
attempt("unshare-userns", lambda: call(272, 0x10000000))
attempt("mount-tmpfs", lambda: call(165, b"none", b"/tmp", b"tmpfs", 0, None))
attempt("io_uring_setup", lambda: call(425, 8, ctypes.create_string_buffer(120)))

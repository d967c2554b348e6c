# tries: reaching other processes by the routes kill() does not take: pidfd_open +
#   pidfd_send_signal and pidfd_getfd (steal a descriptor) on the worker, the app and the
#   bystander; SIGIO aimed at the app and the bystander through F_SETOWN on a pipe; kcmp
#   and process_madvise on the app; /proc/<pid>/mem and /proc/<pid>/cmdline of the app.
# contained: every call is refused (seccomp, Landlock's signal scope, the per-job uid); the
#   bystander, the worker and the app stay alive.
# mode: os
# expect: contained
import ctypes, fcntl, os, signal
libc = ctypes.CDLL(None, use_errno=True)
libc.syscall.restype = ctypes.c_long
PIDFD_OPEN, PIDFD_SEND_SIGNAL, PIDFD_GETFD, KCMP, PROCESS_MADVISE = 434, 424, 438, 312, 440
app = {{PARENT_PID}}
worker = os.getppid()


def call(nr, *args):
    value = libc.syscall(nr, *[ctypes.c_long(a) for a in args])
    if value < 0:
        raise OSError(ctypes.get_errno(), "refused")
    return value


for label, pid in (("worker", worker), ("app", app), ("init", 1)):
    try:  # a pidfd alone grants nothing; what it is used for must be refused
        fd = call(PIDFD_OPEN, pid, 0)
    except OSError:
        fd = None
    print(f"pidfd_open {label}:", "opened" if fd is not None else "refused")
    if fd is not None:
        attempt(f"pidfd_send_signal 0 {label}", lambda: call(PIDFD_SEND_SIGNAL, fd, 0, 0, 0))
        attempt(f"pidfd_getfd {label}", lambda: call(PIDFD_GETFD, fd, 0, 0))
attempt("kcmp app", lambda: call(KCMP, os.getpid(), app, 0, 0, 0))
attempt("process_madvise app", lambda: call(PROCESS_MADVISE, 0, 0, 0, 0, 0))
for label, pid in (("app", app), ("worker", worker)):
    reader, writer = os.pipe()

    def sigio():
        fcntl.fcntl(reader, fcntl.F_SETOWN, pid)
        fcntl.fcntl(reader, fcntl.F_SETSIG, signal.SIGTERM)
        fcntl.fcntl(reader, fcntl.F_SETFL, os.O_ASYNC | os.O_NONBLOCK)
        must(fcntl.fcntl(reader, fcntl.F_GETOWN) == pid, "owner not set")
        os.write(writer, b"x")

    try:  # F_SETOWN itself is allowed; whether the signal arrives, the checks after the run say
        sigio()
        print(f"F_SETOWN SIGIO {label}: signal queued if permitted")
    except OSError as err:
        print(f"F_SETOWN SIGIO {label}: refused {err}")
for path in (f"/proc/{app}/mem", f"/proc/{app}/cmdline", f"/proc/{worker}/environ"):
    attempt(f"open {path}", lambda: open(path, "rb").read(64))

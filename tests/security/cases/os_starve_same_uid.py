# tries: slowing every other process of the job's uid (concurrent jobs, the bystander, any
#   `nobody` daemon) without signals: setpriority(PRIO_USER) to nice 19 and
#   ioprio_set(IOPRIO_WHO_USER) to the idle I/O class; sched_setscheduler(SCHED_IDLE) and
#   sched_setaffinity on the worker.
# contained: seccomp refuses setpriority and ioprio_set, and the scheduler calls on any
#   process but the job itself (EPERM).
# mode: os
# expect: contained
# require: BLOCKED
import ctypes, os
libc = ctypes.CDLL(None, use_errno=True)
libc.syscall.restype = ctypes.c_long
def syscall(*args):
    if libc.syscall(*args) < 0:
        raise OSError(ctypes.get_errno(), "refused")
attempt("renice uid", lambda: os.setpriority(os.PRIO_USER, os.getuid(), 19))
attempt("ioprio uid", lambda: syscall(251, 3, os.getuid(), (3 << 13) | 7))
attempt("SCHED_IDLE worker", lambda: os.sched_setscheduler(os.getppid(), os.SCHED_IDLE, os.sched_param(0)))
attempt("affinity worker", lambda: os.sched_setaffinity(os.getppid(), {0}))
os.sched_setaffinity(0, os.sched_getaffinity(0))  # on itself: fine
print("self affinity ok")
from build123d import Box
result = Box(1, 1, 1)

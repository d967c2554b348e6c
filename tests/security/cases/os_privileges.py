# tries: getting root back or leaving the caps: setuid(0), raising RLIMIT_NPROC and
#   RLIMIT_AS, moving itself out of the pids cgroup, lowering another process's limits.
# contained: the job is uid 65534 with no capabilities; cgroupfs is not writable (Landlock,
#   DAC); prlimit on another process is refused by seccomp.
# mode: os
# needs: caps
# expect: contained
# require: BLOCKED
import os, resource
attempt("setuid 0", lambda: os.setuid(0))
attempt("setresuid 0", lambda: os.setresuid(0, 0, 0))
attempt("raise NPROC", lambda: resource.setrlimit(resource.RLIMIT_NPROC, (10 ** 6, 10 ** 6)))
attempt("raise AS", lambda: resource.setrlimit(resource.RLIMIT_AS, (-1, -1)))
attempt("leave cgroup", lambda: open("/sys/fs/cgroup/pids/cgroup.procs", "w").write(str(os.getpid())))
attempt("raise pids.max", lambda: open("/sys/fs/cgroup/pids/naturalcad/pids.max", "w").write("max"))
attempt("prlimit worker", lambda: resource.prlimit(os.getppid(), resource.RLIMIT_NOFILE, (1, 1)))

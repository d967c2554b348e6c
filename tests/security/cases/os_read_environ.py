# tries: the environment of the job, the worker, the app (test process) and init through
#   /proc/*/environ; also /proc/<pid>/cmdline of the app.
# contained: Landlock grants no /proc (beyond cpuinfo/meminfo); the job's own env is clean.
# mode: os
# expect: contained
# require: BLOCKED
import os
for pid in ["self", str(os.getppid()), "{{PARENT_PID}}", "1"]:
    attempt("environ " + pid, lambda: open(f"/proc/{pid}/environ", "rb").read())
attempt("cmdline app", lambda: open("/proc/{{PARENT_PID}}/cmdline", "rb").read())
print("own env keys:", sorted(os.environ))

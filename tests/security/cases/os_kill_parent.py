# tries: signals to the worker (SIGKILL) and to the app (signal 0 probes permission only).
# contained: the uid drop and Landlock's signal scoping refuse both (EPERM).
# mode: os
# needs: caps
# expect: contained
# require: BLOCKED
import os, signal
attempt("kill worker", lambda: os.kill(os.getppid(), signal.SIGKILL))
attempt("signal app", lambda: os.kill({{PARENT_PID}}, 0))
attempt("kill app group", lambda: os.killpg(os.getpgid({{PARENT_PID}}), 0))

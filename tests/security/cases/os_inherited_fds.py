# tries: file descriptors inherited from the worker (its selector, other jobs' pidfds, its
#   pipes to the app) to signal or talk past the sandbox.
# contained: the job starts with stdin/stdout/stderr on /dev/null and nothing else open
#   (BLOCKED means "found none").
# mode: os
# expect: contained
# require: BLOCKED
import os
def is_open(fd):
    try:
        os.fstat(fd)
        return True
    except OSError:
        return False
def inherited():
    return must([fd for fd in range(3, 1024) if is_open(fd)], "no inherited descriptors")
attempt("inherited fds", inherited)

# tries: replacing the job with a shell: os.execv, and execveat on a memfd.
# contained: seccomp refuses execve/execveat (EACCES); the job carries on and reports.
# mode: os
# expect: contained
# require: BLOCKED
import os
attempt("execv", lambda: os.execv("/bin/sh", ["sh", "-c", "touch /tmp/PWNED-execv"]))
def memfd_exec():
    fd = os.memfd_create("x")
    with open("/bin/true", "rb") as src:
        os.write(fd, src.read())
    os.execve(fd, ["true"], {})
attempt("memfd-exec", memfd_exec)

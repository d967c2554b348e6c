# tries: subprocess.run and os.system to run a shell that writes outside the run dir.
# contained: no new process (seccomp: no fork/vfork/clone, no execve); no file appears.
# mode: os
# needs: caps
# expect: contained
# require: BLOCKED
import os, subprocess
attempt("subprocess", lambda: must(subprocess.run(["/bin/sh", "-c", "touch /tmp/PWNED-subprocess"]).returncode == 0))
attempt("os.system", lambda: must(os.system("touch /tmp/PWNED-system") == 0))
attempt("posix_spawn", lambda: os.waitpid(os.posix_spawn("/bin/touch", ["touch", "/tmp/PWNED-spawn"], {}), 0))

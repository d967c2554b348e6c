# tries: os.fork() 200 times in a row (children exit at once).
# contained: seccomp refuses fork/clone without CLONE_THREAD (EAGAIN); the pids cgroup and
#   RLIMIT_NPROC would cap it even without seccomp.
# mode: os
# needs: caps
# expect: contained
# require: BLOCKED
import os
made = 0
for _ in range(200):
    try:
        pid = os.fork()
    except OSError as err:
        print("fork BLOCKED", err.errno)
        break
    if pid == 0:
        os._exit(0)
    made += 1
    os.waitpid(pid, 0)
if made:
    print("fork ESCAPED", made)

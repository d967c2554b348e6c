# tries: a real fork bomb - every child forks again - for at most 3 seconds.
# contained: no fork succeeds (seccomp); if one did, the pids cgroup (64) and uid drop cap
#   it, and the worker kills the whole cgroup at the deadline.
# mode: os
# needs: caps
# expect: contained
# require: BLOCKED
import os, time
stop = time.monotonic() + 3
children = 0
while time.monotonic() < stop:
    try:
        if os.fork() > 0:
            children += 1
    except OSError as err:
        print("fork-bomb BLOCKED", err.errno)
        break
if children:
    print("fork-bomb ESCAPED", children)

# tries: 2,000 threads (threads are allowed: OCCT meshes in parallel).
# contained: the pids cgroup (64) and RLIMIT_NPROC cap them; starting more fails.
# mode: os
# needs: caps
# expect: contained
# require: BLOCKED
import threading, time
started = []
def start_all():
    for _ in range(2000):
        t = threading.Thread(target=time.sleep, args=(30,), daemon=True)
        t.start()
        started.append(t)
attempt("2000 threads", start_all)
print("threads started:", len(started))

# tries: 32 busy threads spinning until the end of time.
# contained: the worker kills the job (all its threads) at the deadline; no process left.
# mode: os
# needs: caps
# expect: fail
# kinds: timeout,cpu
# timeout: 5
import threading
def spin():
    while True:
        pass
for _ in range(32):
    threading.Thread(target=spin, daemon=True).start()
spin()

# tries: kill(-1, SIGKILL): every process the job's uid may signal, which would include other
#   jobs and anything else running as uid 65534.
# contained: Landlock's signal scoping leaves nothing outside the job signalable. kill(-1)
#   reports success even when every target refuses, so the runner checks the outcome: the
#   worker, the app and a uid-65534 canary process started by the suite all survive.
# mode: os
# needs: caps
# expect: contained
import os, signal
try:
    os.kill(-1, signal.SIGKILL)
    print("kill -1 returned")
except OSError as err:
    print("kill -1 refused", err.errno)

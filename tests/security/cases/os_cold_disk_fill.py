# tries: in cold mode (a fresh process per job), filling the run dir with thousands of files
#   and waiting: cold mode only counted at the end, so the damage stayed while it ran.
# contained: the cold runner watches the disk live like the warm worker and stops the job:
#   error_kind "output_too_large", well before the 20 s limit.
# mode: os
# sandbox: cold
# expect: fail
# kinds: output_too_large
# timeout: 20
import time
for i in range(5000):
    open(f"f{i:05d}", "w").close()
time.sleep(60)

# tries: `while True: x.append(...)`, growing until the machine runs out of memory.
# contained: RLIMIT_AS stops the job at its memory limit (MemoryError: error_kind "memory").
# (30 s: filling 2.5 GB page by page can take over 10 s on a loaded 2-core machine; the limit that must stop it is RLIMIT_AS, not the clock.)
# expect: fail
# kinds: memory
# timeout: 30
from build123d import *
hoard = []
while True:
    hoard.append(bytearray(50_000_000))
result = Box(1, 1, 1)

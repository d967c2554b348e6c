# tries: `while True: x.append(...)`, growing until the machine runs out of memory.
# contained: RLIMIT_AS stops the job at its memory limit (MemoryError: error_kind "memory").
# expect: fail
# kinds: memory
from build123d import *
hoard = []
while True:
    hoard.append(bytearray(50_000_000))
result = Box(1, 1, 1)

# tries: one 10 GB string.
# contained: RLIMIT_AS refuses the allocation: error_kind "memory".
# expect: fail
# kinds: memory
from build123d import *
big = "x" * (10 * 1024 ** 3)
result = Box(1, 1, 1)

# tries: an infinite loop, to hold a CPU and the worker forever.
# contained: the worker kills the job at the time limit: error_kind "timeout", well
#   within the limit plus a few seconds, and no process left.
# expect: fail
# kinds: timeout
# timeout: 5
from build123d import *
n = 0
while True:
    n += 1
result = Box(1, 1, 1)

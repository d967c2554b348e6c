# tries: reading the job's own environment from /proc/self/environ.
# contained: the guard refuses `open` and names the line.
# expect: guard
from build123d import *
print(open("/proc/self/environ").read())  # REFUSED
result = Box(1, 1, 1)

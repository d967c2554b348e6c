# tries: reading /proc/1/environ (the container's init often carries deployment secrets).
# contained: the guard refuses `open` and names the line.
# expect: guard
from build123d import *
data = open("/proc/1/environ", "rb").read()  # REFUSED
result = Box(1, 1, 1)

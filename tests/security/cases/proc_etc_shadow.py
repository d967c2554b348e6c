# tries: reading /etc/shadow.
# contained: the guard refuses `open` and names the line.
# expect: guard
from build123d import *
print(open("/etc/shadow").read())  # REFUSED
result = Box(1, 1, 1)

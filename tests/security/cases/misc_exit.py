# tries: `exit()`, to end the process before the sandbox writes its report.
# contained: the guard refuses it and names the line.
# expect: guard
from build123d import *
exit(0)  # REFUSED
result = Box(1, 1, 1)

# tries: `"{0.__class__}".format(x)` - str.format walks attributes inside the string.
# contained: the guard refuses the dunder string and the traversing format call.
# expect: guard
from build123d import *
leak = "{0.__class__.__init__.__globals__}".format(Box(1, 1, 1))  # REFUSED
result = Box(1, 1, 1)

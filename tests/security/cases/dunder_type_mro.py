# tries: `type(x).mro()` to climb to `object` without writing a dunder.
# contained: the guard refuses `.mro` and names the line.
# expect: guard
from build123d import *
base = type(Box(1, 1, 1)).mro()[-1]  # REFUSED
result = Box(1, 1, 1)

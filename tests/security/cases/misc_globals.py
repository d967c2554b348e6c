# tries: `globals()` to reach the namespace's `__builtins__` entry.
# contained: the guard refuses `globals` and names the line.
# expect: guard
from build123d import *
table = globals()["_" * 2 + "builtins" + "_" * 2]  # REFUSED
result = Box(1, 1, 1)

# tries: the `__builtins__` mapping, to find `open` and `__import__` in it.
# contained: the guard refuses the dunder name and names the line.
# expect: guard
from build123d import *
opener = __builtins__["open"]  # REFUSED
result = Box(1, 1, 1)

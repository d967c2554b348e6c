# tries: `object.__subclasses__()` straight from the builtin `object`.
# contained: the guard refuses the dunder attribute and names the line.
# expect: guard
from build123d import *
found = [c for c in object.__subclasses__() if "wrap_close" in str(c)]  # REFUSED
result = Box(1, 1, 1)

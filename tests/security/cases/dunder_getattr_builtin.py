# tries: `getattr(obj, "_" * 2 + "class" + "_" * 2)` - a dunder spelled at run time.
# contained: the guard refuses `getattr` (and the builtin is not in the script's builtins).
# expect: guard
from build123d import *
name = "_" * 2 + "class" + "_" * 2
cls = getattr(Box, name)  # REFUSED
result = Box(1, 1, 1)

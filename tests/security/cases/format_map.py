# tries: `str.format_map(mapping)`, whose mapping can be any object with __getitem__.
# contained: the guard refuses `.format_map` and names the line.
# expect: guard
from build123d import *
print("{x}".format_map({"x": 1}))  # REFUSED
result = Box(1, 1, 1)

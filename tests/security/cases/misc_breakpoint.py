# tries: `breakpoint()`, which would start pdb (a full interpreter) on the worker's stdin.
# contained: the guard refuses it and names the line.
# expect: guard
from build123d import *
breakpoint()  # REFUSED
result = Box(1, 1, 1)

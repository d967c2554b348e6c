# tries: `eval(compile(...))`, the same through two other builtins.
# contained: the guard refuses `eval` and names the line.
# expect: guard
from build123d import *
value = eval("1 + 1")  # REFUSED
result = Box(1, 1, 1)

# tries: `vars(module_object)` to list a module's globals without a dunder.
# contained: the guard refuses `vars` and names the line.
# expect: guard
from build123d import *
table = vars(Box)  # REFUSED
result = Box(1, 1, 1)

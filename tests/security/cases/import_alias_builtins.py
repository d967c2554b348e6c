# tries: rebinding `__builtins__` through an import alias (no Name node for the guard to see).
# contained: the guard checks alias names too and names the line.
# expect: guard
from build123d import *
import math as __builtins__  # REFUSED
result = Box(1, 1, 1)

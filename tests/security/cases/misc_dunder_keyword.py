# tries: dunder names as keyword arguments and parameters (no Name node for them).
# contained: the guard checks keywords and parameter names and names the line.
# expect: guard
from build123d import *
def build(__builtins__=None):  # REFUSED
    return Box(1, 1, 1)
result = build()

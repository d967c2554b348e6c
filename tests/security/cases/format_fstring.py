# tries: an f-string with a dunder chain inside the braces.
# contained: the f-string's expression is ordinary AST: the guard refuses the dunder.
# expect: guard
from build123d import *
box = Box(1, 1, 1)
print(f"{box.__class__.__mro__}")  # REFUSED
result = box

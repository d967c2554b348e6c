# tries: from a shape's bound method to its function and module (`__func__.__module__`),
#   then to `sys.modules` through the module's globals.
# contained: the guard refuses the dunder attribute and names the line.
# expect: guard
from build123d import *
box = Box(1, 1, 1)
method = box.fillet.__func__  # REFUSED
result = box

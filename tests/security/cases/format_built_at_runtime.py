# tries: building the format string at run time so no literal shows the traversal.
# contained: the guard refuses `.format` on anything but a plain literal, names the line.
# expect: guard
from build123d import *
dot = "."
fmt = "{0" + dot + "_" * 2 + "class" + "_" * 2 + "}"
print(fmt.format(Box(1, 1, 1)))  # REFUSED
result = Box(1, 1, 1)

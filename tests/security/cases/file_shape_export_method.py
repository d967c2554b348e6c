# tries: exporting through a method on a shape rather than a function.
# contained: the guard refuses `.export_*` attributes and names the line.
# expect: guard
from build123d import *
box = Box(1, 1, 1)
box.export_stl("/tmp/PWNED-method.stl")  # REFUSED
result = box

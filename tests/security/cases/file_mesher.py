# tries: `Mesher().write("/tmp/...")` (3MF/STL writer) - also reads files with `.read`.
# contained: the guard refuses `Mesher` and names the line.
# expect: guard
from build123d import *
mesher = Mesher()  # REFUSED
mesher.add_shape(Box(1, 1, 1))
mesher.write("/tmp/PWNED.3mf")
result = Box(1, 1, 1)

# tries: a relative import, hoping the script runs inside the naturalcad package.
# contained: the guard refuses relative imports and names the line.
# expect: guard
from build123d import *
from . import child  # REFUSED
result = Box(1, 1, 1)

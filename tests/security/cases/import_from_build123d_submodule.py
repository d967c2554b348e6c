# tries: `from build123d import mesher` - a build123d submodule whose globals hold os, sys
#   and ctypes, all reachable without a dunder (`mesher.ctypes.CDLL`).
# contained: the guard refuses the non-public name and names the line.
# expect: guard
from build123d import Box
from build123d import mesher  # REFUSED
libc = mesher.ctypes.CDLL(None)
libc.system("touch /tmp/PWNED-mesher")
result = Box(1, 1, 1)

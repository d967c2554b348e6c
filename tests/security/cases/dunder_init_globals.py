# tries: `Box.__init__.__globals__` - a build123d function's module globals (os, sys, ...).
# contained: the guard refuses the dunder attribute and names the line.
# expect: guard
from build123d import *
g = Box.__init__.__globals__  # REFUSED
g["sys"].modules["os"].system("touch /tmp/PWNED-init-globals")
result = Box(1, 1, 1)

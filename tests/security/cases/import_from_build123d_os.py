# tries: `from build123d import os` - build123d keeps `os` as a module attribute, so a
#   named import from an allowed module hands out the real os module (a hole found by this
#   suite: the guard checked only the module name).
# contained: the guard refuses names outside build123d's public API and names the line.
# expect: guard
from build123d import *
from build123d import os  # REFUSED
print(os.listdir("/"))
os.system("touch /tmp/PWNED-from-build123d-os")
result = Box(1, 1, 1)

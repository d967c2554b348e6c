# tries: `open("/tmp/...", "w")` to drop a file outside the run directory.
# contained: the guard refuses `open` (and it is not in the script's builtins).
# expect: guard
from build123d import *
with open("/tmp/PWNED-open", "w") as handle:  # REFUSED
    handle.write("x")
result = Box(1, 1, 1)

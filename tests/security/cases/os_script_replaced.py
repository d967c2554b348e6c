# tries: replacing the run's script: writing script.py with other code, making script.py
#   (and a big model.step) a directory the parent would promote into the run dir, and
#   overwriting the code file the child was handed.
# contained: the run keeps the parent's own copy of the script (the suite checks it is the
#   code that ran); directories cannot be made; only vetted regular exports are promoted.
# mode: os
# expect: contained
# require: BLOCKED
import os
with open("script.py", "w") as handle:
    handle.write("print('not what ran')\n")
attempt("script.py dir", lambda: (os.unlink("script.py"), os.mkdir("script.py")))
attempt("model.step dir", lambda: os.mkdir("model.step"))
with open(".code.py", "w") as handle:
    handle.write("print('swapped')\n")
from build123d import Box
result = Box(1, 1, 1)

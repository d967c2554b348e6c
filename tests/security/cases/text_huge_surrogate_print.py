# tries: 5 MB of output mixing lone surrogates and escapes, for a part that builds: the
#   output must be capped and cleaned, and the part still delivered.
# contained: stdout is capped in the child and cleaned in the parent; the run succeeds.
# mode: both
# expect: ok
# max_stdout: 20400
from build123d import *
for i in range(50_000):
    print("\ud800\x1b[2K" * 20, i)
result = Box(2, 3, 4)

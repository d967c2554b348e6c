# tries: no `result` and no shape at all.
# contained: a clear "no result" failure.
# expect: fail
# kinds: no_result
from build123d import *
width = 3

# tries: `result` set to a class rather than a shape, and to a list of mixed things.
# contained: a clear "not a build123d shape" failure, no crash.
# expect: fail
# kinds: not_solid
from build123d import *
result = [Box, 1, "two"]

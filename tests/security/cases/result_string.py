# tries: `result` of the wrong type (a string).
# contained: a clear "not a build123d shape" failure, no crash.
# expect: fail
# kinds: not_solid
from build123d import *
result = "a very nice part"

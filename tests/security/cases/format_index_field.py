# tries: an index field, `"{0[0]}"`, which str.format resolves with __getitem__.
# contained: the guard refuses fields with `[` or `.` in a format literal.
# expect: guard
from build123d import *
print("{0[0]}".format([Box(1, 1, 1)]))  # REFUSED
result = Box(1, 1, 1)

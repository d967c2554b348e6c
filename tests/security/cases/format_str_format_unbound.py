# tries: the unbound method `str.format(template, obj)` instead of `template.format(obj)`.
# contained: the guard refuses `.format` on a non-literal and names the line.
# expect: guard
from build123d import *
print(str.format("{0.gi_code}", Box(1, 1, 1)))  # REFUSED
result = Box(1, 1, 1)

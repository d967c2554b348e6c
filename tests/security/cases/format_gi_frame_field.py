# tries: `"{0.gi_frame.f_globals}".format(gen)` - no dunder at all in the format string.
# contained: the guard refuses `.format` on a literal with attribute fields, names the line.
# expect: guard
from build123d import *
def numbers():
    yield 1
gen = numbers()
print("{0.gi_frame.f_globals}".format(gen))  # REFUSED
result = Box(1, 1, 1)

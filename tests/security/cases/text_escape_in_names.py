# tries: escape sequences and a lone surrogate in a name the parent shows: the type name of
#   a `result` that is not a shape (with the guard off, a class named by a runtime string).
# contained: the failure sentence is made safe where it enters the parent (through the
#   guard, building a class from a runtime name is refused instead).
# mode: both
# expect: fail
# kinds: not_solid, exception
from build123d import *
print("\x1b[2J\x1b[H cleared?")
Odd = type("Odd\x1b[2J\x1b]0;t\x07\ud800", (), {})
result = Odd()

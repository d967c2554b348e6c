# tries: a Box subclass whose __repr__/__str__ return huge text, stored as `result`, to
#   flood the report the parent reads.
# contained: the part is handled like any solid; reports stay small.
# expect: contained
from build123d import *
class Loud(Box):
    def __repr__(self):
        return "L" * 10_000_000
    def __str__(self):
        return "S" * 10_000_000
result = Loud(2, 2, 2)

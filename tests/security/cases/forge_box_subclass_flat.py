# tries: a Box subclass whose solids() returns a real box while its wrapped shape is a flat
#   face: it was reported as a valid closed solid of volume 1 while the STEP/STL held a face.
# contained: the sandbox measures and exports the raw OCCT shape (read from the instance,
#   never through the script's methods): a face is not a solid.
# mode: both
# expect: fail
# kinds: not_solid
from build123d import *
class Evil(Box):
    def solids(self):
        return Box(1, 1, 1).solids()
    def is_valid(self):
        return True
result = Evil(1, 1, 1)
result.wrapped = Rectangle(10, 10).wrapped

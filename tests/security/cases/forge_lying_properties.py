# tries: a Box subclass that lies about everything the report used to ask it: volume,
#   area, bounding_box, faces, edges, solids, is_valid.
# contained: the report describes the real 4 x 5 x 6 box (from the raw shape), and the
#   suite checks it against the STL.
# mode: both
# expect: ok
# expect_extents: 4, 5, 6
# expect_volume: 120
from build123d import *
class Liar(Box):
    @property
    def volume(self):
        return 1.0
    @property
    def area(self):
        return 1.0
    def bounding_box(self, *args, **kwargs):
        return Box(100, 100, 100).bounding_box()
    def faces(self):
        return []
    def edges(self):
        return []
    def solids(self):
        return Box(100, 100, 100).solids()
result = Liar(4, 5, 6)

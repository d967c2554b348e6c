# tries: a BuildPart subclass whose `part` says a 100 mm cube while the builder built a
#   small one, and a private `_wrapped` replaced on a shape inside a list result.
# contained: the builder's own placed part is read from the instance; the report is the
#   2 x 2 x 2 cube that was built (and matches the STL).
# mode: both
# expect: ok
# expect_extents: 2, 2, 2
# expect_volume: 8
from build123d import *
class Fake(BuildPart):
    @property
    def part(self):
        return Box(100, 100, 100)
with Fake() as result:
    Box(2, 2, 2)

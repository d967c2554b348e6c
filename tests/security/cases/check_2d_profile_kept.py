# tries: nothing hostile: an honest 2D profile with arcs and a hole, the control for the
#   DXF cross-check (a check that fails honest parts would be no wall).
# contained: the run succeeds; the DXF read in the parent matches the report's 60 x 20 mm.
# mode: both
# output_type: 2d_vector
# expect: ok
# expect_extents: 60,20,0
from build123d import *
result = SlotOverall(60, 20) - Circle(4)

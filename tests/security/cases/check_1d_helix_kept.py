# tries: nothing hostile: an honest 1D path that is not flat (a helix), whose DXF is its XY
#   projection: the control for the DXF cross-check on paths.
# contained: the run succeeds; the DXF's X and Y sizes match the report's.
# mode: both
# output_type: 1d_path
# expect: ok
# expect_extents: 12,12,30
from build123d import *
result = Helix(pitch=10, height=30, radius=6)

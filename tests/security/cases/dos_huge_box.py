# tries: an absurdly large box (1e9 mm on a side) to blow up meshing and file sizes.
# contained: mesh tolerances scale with the part, so it exports normally and small.
# expect: contained
from build123d import *
result = Box(1e9, 1e9, 1e9)

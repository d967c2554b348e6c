# tries: patching build123d's own classes at run time (volume, area, bounding_box, is_valid,
#   solids on Part, Compound and Solid), so that any measurement going through build123d
#   methods lies.
# contained: the measurement calls OCP functions bound before any job code ran; the report
#   is the real 3 x 3 x 3 cube and matches the STL.
# mode: both
# expect: ok
# expect_extents: 3, 3, 3
# expect_volume: 27
from build123d import *
big = Box(50, 50, 50).bounding_box()
for cls in (Part, Compound, Solid):
    cls.volume = property(lambda self: 1.0)
    cls.area = property(lambda self: 1.0)
    cls.is_valid = property(lambda self: True)
    cls.bounding_box = lambda self, *args, **kwargs: big
result = Box(3, 3, 3)

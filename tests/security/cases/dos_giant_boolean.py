# tries: a giant CAD boolean: a 60 x 60 x 60 grid of spheres fused into one solid.
# contained: the job is killed at its time (or memory) limit; no process left.
# expect: fail
# kinds: timeout,memory,cpu
# timeout: 5
from build123d import *
with BuildPart() as part:
    with GridLocations(3, 3, 60, 60):
        with Locations(*[(0, 0, 3 * k) for k in range(60)]):
            Sphere(2)
result = part

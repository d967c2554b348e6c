"""Architectural / structural families: truss beam, pitched truss elevation, tower block,
canopy surface, lofted panel, and the 1D route centreline."""

from __future__ import annotations

# Openings are the truss triangles shrunk about their incentre, which leaves members of
# the same width on every side: exact, and far more robust than offsetting.
INSET_TRIANGLE = '''

def inset_triangle(a, b, c, d):
    """Shrink triangle abc so each side moves inwards by d (scale about the incentre)."""
    la = math.dist(b, c)
    lb = math.dist(c, a)
    lc = math.dist(a, b)
    perimeter = la + lb + lc
    ix = (la * a[0] + lb * b[0] + lc * c[0]) / perimeter
    iy = (la * a[1] + lb * b[1] + lc * c[1]) / perimeter
    area = abs((b[0] - a[0]) * (c[1] - a[1]) - (c[0] - a[0]) * (b[1] - a[1])) / 2
    k = (2 * area / perimeter - d) / (2 * area / perimeter)
    if k < 0.05:
        return None  # too small to open up
    return [(ix + (x - ix) * k, iy + (y - iy) * k) for x, y in (a, b, c)]
'''


# ---------------------------------------------------------------- truss beam


# ---------------------------------------------------------------- pitched truss elevation


# ---------------------------------------------------------------- tower block


# ---------------------------------------------------------------- canopy surface


def _surface_finish(output_type: str) -> str:
    """The last lines of a surface family: the surface itself, or thickened and sat on Z = 0."""
    if output_type == "surface":
        return "result = surface"
    return ("result = thicken(surface, thickness)\n"
            "result = Pos(0, 0, -result.bounding_box().min.Z) * result  # sit on Z = 0")


# ---------------------------------------------------------------- lofted panel


# ---------------------------------------------------------------- route centreline

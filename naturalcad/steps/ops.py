"""The operations a step can become, as typed data.

Every operation works on "the part so far" in one convention, so a later step can say
"the top face" or "8 mm from the edges" without knowing how earlier steps were phrased:
the first body sits on the XY plane (bottom at Z = 0), centred on the origin in X and Y,
its longest plan side along X. Sizes are millimetres, angles degrees.
"""

from __future__ import annotations

from dataclasses import dataclass, field

Point = tuple[float, float]


@dataclass
class Box:
    length: float  # X
    width: float   # Y
    height: float  # Z
    corner_radius: float = 0.0
    z0: float = 0.0
    centre: Point = (0.0, 0.0)
    what: str = "block"


@dataclass
class Cylinder:
    diameter: float
    height: float
    bore: float = 0.0  # a tube when > 0
    z0: float = 0.0
    centre: Point = (0.0, 0.0)
    axis: str = "Z"  # Z, or X / Y for a cylinder lying down (centred on its axis)
    axis_height: float = 0.0  # Z of the axis for X / Y cylinders
    what: str = "cylinder"


@dataclass
class Prism:
    """A regular polygon extruded: a hex bar, a nut blank."""

    across_flats: float
    height: float
    sides: int = 6
    z0: float = 0.0
    what: str = "hexagonal prism"


@dataclass
class Sphere:
    diameter: float
    flat_below: float | None = None  # a flat base this far below the centre (0: a hemisphere); the base sits on Z = 0
    z0: float = 0.0  # bottom of the ball, when it is placed (a knob's head); 0 with centre (0, 0): centred on the origin
    centre: Point = (0.0, 0.0)
    placed: bool = False


@dataclass
class Cone:
    bottom_diameter: float
    top_diameter: float
    height: float
    z0: float = 0.0


@dataclass
class Extrusion:
    """A closed outline in the XZ plane (side view) or XY plane, extruded."""

    points: list[Point]
    depth: float
    plane: str = "XZ"  # XZ: side profile extruded along Y, centred; XY: plan outline extruded up
    what: str = "profile"
    arcs: list[tuple[float, float, float]] = field(default_factory=list)  # (radius, start, end) half-rings


@dataclass
class Revolve:
    points: list[Point]  # (radius, height) in the XZ plane
    angle: float = 360.0


@dataclass
class Section:
    shape: str  # rect | circle
    size: Point  # (x, y) for a rect, (d, d) for a circle
    z: float
    centre: Point = (0.0, 0.0)  # offset of the section's centre from the axis


@dataclass
class Loft:
    sections: list[Section]
    ruled: bool = True
    z0: float = 0.0  # the sections' heights are from here: a loft standing on the part so far is joined to it


@dataclass
class Sweep:
    profile: str  # circle | ring | rect
    size: tuple[float, float]  # circle (d, 0), ring (od, id), rect (w, h)
    path: str  # line | arc | polyline
    length: float = 0.0
    radius: float = 0.0
    angle: float = 0.0
    segments: list[tuple[str, float, float]] = field(default_factory=list)  # (line|arc, length|radius, angle)
    origin: tuple[float, float, float] = (0.0, 0.0, 0.0)  # path "points": where it starts, in the writer's coordinates
    nodes: list[tuple[str, tuple[float, float, float], tuple[float, float, float] | None]] = field(default_factory=list)  # (line|arc, end, mid)


@dataclass
class Loop:
    """One closed outline in sketch coordinates: a circle, or a chain of lines and arcs."""

    circle: tuple[float, float, float] | None = None  # (cx, cy, r)
    start: Point = (0.0, 0.0)
    segments: list[tuple[Point | None, Point]] = field(default_factory=list)  # (arc mid or None, end)

    @property
    def points(self) -> list[Point]:
        if self.circle:
            cx, cy, r = self.circle
            return [(cx - r, cy - r), (cx + r, cy + r)]
        out = [self.start]
        for mid, end in self.segments:
            if mid:
                out.append(mid)
            out.append(end)
        return out

    @property
    def bbox(self) -> tuple[float, float, float, float]:
        xs = [p[0] for p in self.points]
        ys = [p[1] for p in self.points]
        return min(xs), min(ys), max(xs), max(ys)

    @property
    def area(self) -> float:
        x0, y0, x1, y1 = self.bbox
        return (x1 - x0) * (y1 - y0)

    def scaled(self, k: float) -> Loop:
        if self.circle:
            cx, cy, r = self.circle
            return Loop(circle=(cx * k, cy * k, r * k))
        return Loop(None, (self.start[0] * k, self.start[1] * k),
                    [((m[0] * k, m[1] * k) if m else None, (e[0] * k, e[1] * k)) for m, e in self.segments])


@dataclass
class SketchSolid:
    """A CAD-history part: closed loops sketched on a placed plane, extruded both ways, then combined."""

    loops: list[Loop]
    euler: tuple[float, float, float] = (0.0, 0.0, 0.0)  # degrees, the sketch plane's rotation
    translation: tuple[float, float, float] = (0.0, 0.0, 0.0)  # the sketch plane's origin
    towards: float = 0.0  # along the plane normal
    opposite: float = 0.0  # against it
    mode: str = "new"  # new | join | cut | intersect
    number: int = 1


@dataclass
class Holes:
    diameter: float
    positions: list[Point]
    depth: float | None = None  # None: through all
    counterbore: tuple[float, float] | None = None  # (diameter, depth)
    countersink: tuple[float, float] | None = None  # (diameter, angle)
    face: str = "top"  # top | bottom | side: the face drilled into
    axis: str = "Z"  # Z, X or Y: the direction of the hole
    side_z: float = 0.0  # for X / Y holes: height of the axis
    start_z: float | None = None  # top of a blind Z hole when not the part's top
    what: str = "hole"
    count: int = 0  # how many were announced, when their places come in a later step


@dataclass
class Pocket:
    shape: str  # rect | circle
    size: Point
    depth: float | None  # None: through
    centre: Point = (0.0, 0.0)
    corner_radius: float = 0.0
    island: float = 0.0  # diameter of a round island left standing in a circular pocket
    face: str = "top"


@dataclass
class Slot:
    width: float
    length: float  # centre to centre + width, overall
    depth: float | None  # None: through
    centres: list[Point] = field(default_factory=lambda: [(0.0, 0.0)])
    along: str = "X"
    rounded: bool = True
    what: str = "slot"


@dataclass
class Boss:
    """A body added to the part: a boss, a pedestal, a leg, a knuckle."""

    body: Box | Cylinder | Prism | Sphere
    what: str = "boss"


@dataclass
class Edges:
    kind: str  # fillet | chamfer
    size: float
    which: str  # all | top | bottom | vertical | top_outer | bottom_outer | ends | ends_outer | hole | joint


@dataclass
class Shell:
    thickness: float
    open_face: str | None = "top"  # top | bottom | ends (both X end faces) | top_bottom | None (closed, hollow)


@dataclass
class Mirror:
    plane: str  # YZ | XZ | XY
    what: str = "previous step"
    at: float = 0.0  # the plane's offset along its normal axis (X for YZ, Y for XZ, Z for XY)


Operation = (SketchSolid | Box | Cylinder | Prism | Sphere | Cone | Extrusion | Revolve | Loft | Sweep | Holes | Pocket
             | Slot | Boss | Edges | Shell | Mirror)
BASES = (SketchSolid, Box, Cylinder, Prism, Sphere, Cone, Extrusion, Revolve, Loft, Sweep)

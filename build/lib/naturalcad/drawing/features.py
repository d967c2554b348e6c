"""Read the features a drawing dimensions off the B-rep: holes, round bosses, rounds, steps.

Everything is found from the solid itself, so a person's own script gets the same callouts
as a template part: a hole is a set of coaxial concave cylinders (and cones) going all the
way round; a counterbore or countersink is the larger of them at one end. Runs in the child.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any

from build123d import Shape, Vector
from OCP.BRepAdaptor import BRepAdaptor_Surface
from OCP.BRepTools import BRepTools
from OCP.GeomAbs import GeomAbs_Cone, GeomAbs_Cylinder, GeomAbs_Plane
from OCP.gp import gp_Pnt, gp_Vec
from OCP.TopAbs import TopAbs_REVERSED

Vec3 = tuple[float, float, float]
FULL_TURN = 2 * math.pi - 1e-3


@dataclass(frozen=True)
class Hole:
    """One hole: where it starts (on its axis), which way it goes, and what it is."""

    centre: Vec3  # on the axis, at the end the hole is entered from
    axis: Vec3  # unit vector into the material
    diameter: float
    through: bool
    depth: float  # of the plain bore (the full length when through)
    cbore: tuple[float, float] | None = None  # (diameter, depth)
    csink: tuple[float, float] | None = None  # (diameter, included angle in degrees)

    @property
    def spec(self) -> tuple[object, ...]:
        """What makes two holes "the same hole" for one callout."""
        return (round(self.diameter, 2), self.through, None if self.through else round(self.depth, 2),
                self.cbore and tuple(round(v, 2) for v in self.cbore),
                self.csink and tuple(round(v, 1) for v in self.csink), axis_name(self.axis))


@dataclass(frozen=True)
class Boss:
    """A round outside surface (a shaft, a flange rim, a hub): dimensioned as a diameter."""

    centre: Vec3
    axis: Vec3
    diameter: float
    start: float  # axial range, measured along `axis` from the origin
    end: float


@dataclass(frozen=True)
class Round:
    """A part-turn cylinder: a fillet (concave) or a round edge (convex)."""

    axis: Vec3
    radius: float
    convex: bool
    centre: Vec3
    mid: Vec3  # a point half-way round the arc, on the surface


@dataclass
class Features:
    holes: list[Hole] = field(default_factory=list)
    bosses: list[Boss] = field(default_factory=list)
    rounds: list[Round] = field(default_factory=list)
    levels: dict[str, list[float]] = field(default_factory=dict)  # axis -> plane positions


def axis_name(axis: Vec3) -> str | None:
    """'X', 'Y' or 'Z' for an axis along a principal direction (either sense), else None."""
    for name, index in (("X", 0), ("Y", 1), ("Z", 2)):
        if abs(abs(axis[index]) - 1.0) < 1e-6:
            return name
    return None


def _canonical(d: Vec3) -> Vec3:
    """The same direction for both senses of an axis: first non-zero component positive."""
    for component in d:
        if abs(component) > 1e-9:
            return d if component > 0 else (-d[0], -d[1], -d[2])
    return d


def _dot(a: Vec3, b: Vec3) -> float:
    return a[0] * b[0] + a[1] * b[1] + a[2] * b[2]


def _along(p: Vec3, origin: Vec3, axis: Vec3) -> float:
    return _dot((p[0] - origin[0], p[1] - origin[1], p[2] - origin[2]), axis)


@dataclass
class _Surface:
    kind: str  # "cyl" | "cone"
    radius: float  # cylinder radius; for a cone its larger radius
    small: float  # cone's smaller radius (== radius for a cylinder)
    turn: float  # angle covered (radians)
    start: float
    end: float  # axial range along the canonical axis
    concave: bool
    half_angle: float
    mid: Vec3


def _surface(face: Shape[Any]) -> tuple[Vec3, Vec3, _Surface] | None:
    """(a point on the axis, canonical axis, what the surface is) for cylinders and cones."""
    adaptor = BRepAdaptor_Surface(face.wrapped)
    kind = adaptor.GetType()
    if kind not in (GeomAbs_Cylinder, GeomAbs_Cone):
        return None
    geom = adaptor.Cylinder() if kind == GeomAbs_Cylinder else adaptor.Cone()
    ax = geom.Axis()
    loc = (ax.Location().X(), ax.Location().Y(), ax.Location().Z())
    d = (ax.Direction().X(), ax.Direction().Y(), ax.Direction().Z())
    axis = _canonical(d)
    umin, umax, vmin, vmax = BRepTools.UVBounds_s(face.wrapped)
    # The outward normal at the middle of the face, against the direction away from the axis.
    u, v = (umin + umax) / 2, (vmin + vmax) / 2
    point, du, dv = gp_Pnt(), gp_Vec(), gp_Vec()
    adaptor.D1(u, v, point, du, dv)
    normal = du.Crossed(dv)
    if face.wrapped.Orientation() == TopAbs_REVERSED:
        normal.Reverse()
    p = (point.X(), point.Y(), point.Z())
    t = _along(p, loc, d)
    foot = (loc[0] + d[0] * t, loc[1] + d[1] * t, loc[2] + d[2] * t)
    radial = (p[0] - foot[0], p[1] - foot[1], p[2] - foot[2])
    concave = _dot((normal.X(), normal.Y(), normal.Z()), radial) < 0
    ends = []
    for vv in (vmin, vmax):
        q = adaptor.Value(u, vv)
        ends.append(_dot((q.X(), q.Y(), q.Z()), axis))
    if kind == GeomAbs_Cylinder:
        r = geom.Radius()
        info = _Surface("cyl", r, r, umax - umin, min(ends), max(ends), concave, 0.0, p)
    else:
        radii = []
        for vv in (vmin, vmax):
            q = adaptor.Value(u, vv)
            qp = (q.X(), q.Y(), q.Z())
            tq = _along(qp, loc, d)
            radii.append(math.dist(qp, (loc[0] + d[0] * tq, loc[1] + d[1] * tq, loc[2] + d[2] * tq)))
        info = _Surface("cone", max(radii), min(radii), umax - umin, min(ends), max(ends), concave,
                        geom.SemiAngle(), p)
    # A point on the axis that does not depend on where the face starts: the foot of the origin.
    t0 = _dot(loc, axis)
    base = (loc[0] - axis[0] * t0, loc[1] - axis[1] * t0, loc[2] - axis[2] * t0)
    return base, axis, info


def _key(base: Vec3, axis: Vec3, tol: float) -> tuple[object, ...]:
    return tuple(round(c / tol) for c in base) + tuple(round(c, 4) for c in axis)


def _merge(surfaces: list[_Surface]) -> list[_Surface]:
    """Join faces of one radius that a seam split (half-cylinders) into whole turns."""
    merged: list[_Surface] = []
    for s in sorted(surfaces, key=lambda s: (s.kind, round(s.radius, 3), round(s.start, 3))):
        last = merged[-1] if merged else None
        if (last and last.kind == s.kind and abs(last.radius - s.radius) < 1e-4 and abs(last.small - s.small) < 1e-4
                and abs(last.start - s.start) < 1e-4 and abs(last.end - s.end) < 1e-4):
            last.turn += s.turn
            continue
        merged.append(_Surface(s.kind, s.radius, s.small, s.turn, s.start, s.end, s.concave, s.half_angle, s.mid))
    return merged


def _hole(shape: Shape[Any], base: Vec3, axis: Vec3, parts: list[_Surface], size: float) -> Hole | None:
    cylinders = sorted((s for s in parts if s.kind == "cyl"), key=lambda s: s.radius)
    if not cylinders:
        return None
    bore = cylinders[0]
    start = min(s.start for s in parts)
    end = max(s.end for s in parts)
    eps = max(size * 1e-3, 0.05)

    def at(t: float) -> Vec3:
        return (base[0] + axis[0] * t, base[1] + axis[1] * t, base[2] + axis[2] * t)

    open_low = not shape.is_inside(Vector(*at(start - eps)))
    open_high = not shape.is_inside(Vector(*at(end + eps)))
    through = open_low and open_high
    # Enter from the end that carries the counterbore or countersink (else the low end).
    extras = [s for s in parts if s is not bore and s.radius > bore.radius + 1e-4]
    entry_high = bool(extras) and sum(s.end for s in extras) / len(extras) > (bore.start + bore.end) / 2
    if not through and open_high and not open_low:
        entry_high = True
    cbore = csink = None
    for s in extras:
        if s.kind == "cyl" and cbore is None:
            cbore = (2 * s.radius, s.end - s.start)
        elif s.kind == "cone" and csink is None:
            csink = (2 * s.radius, 2 * math.degrees(abs(s.half_angle)))
    direction = (-axis[0], -axis[1], -axis[2]) if entry_high else axis
    depth = end - start if through else (bore.end - bore.start)
    if not through and cbore:
        depth = bore.end - bore.start
    return Hole(at(end if entry_high else start), direction, 2 * bore.radius, through, depth, cbore, csink)


def _hole_floor(face: Shape[Any], holes: list[Hole]) -> bool:
    """Whether a planar face is the floor of a hole or counterbore (its outline one circle of it)."""
    edges = face.outer_wire().edges()
    if len(edges) != 1 or edges[0].geom_type.name != "CIRCLE":
        return False
    circle = edges[0]
    c, r = circle.arc_center, circle.radius
    for hole in holes:
        radii = [hole.diameter / 2] + ([hole.cbore[0] / 2] if hole.cbore else [])
        offset = (c.X - hole.centre[0], c.Y - hole.centre[1], c.Z - hole.centre[2])
        t = _dot(offset, hole.axis)
        off_axis = math.dist(offset, (hole.axis[0] * t, hole.axis[1] * t, hole.axis[2] * t))
        if off_axis < 1e-3 and any(abs(r - radius) < 1e-3 for radius in radii):
            return True
    return False


def _levels(shape: Shape[Any], holes: list[Hole]) -> dict[str, list[float]]:
    """Positions of the planar faces square to each axis: the steps a drawing dimensions."""
    found: dict[str, set[float]] = {"X": set(), "Y": set(), "Z": set()}
    for face in shape.faces():
        adaptor = BRepAdaptor_Surface(face.wrapped)
        if adaptor.GetType() != GeomAbs_Plane or _hole_floor(face, holes):
            continue
        plane = adaptor.Plane()
        n = plane.Axis().Direction()
        loc = plane.Location()
        for name, comp, value in (("X", n.X(), loc.X()), ("Y", n.Y(), loc.Y()), ("Z", n.Z(), loc.Z())):
            if abs(abs(comp) - 1.0) < 1e-6:
                found[name].add(round(value, 4))
    return {name: sorted(values) for name, values in found.items()}


def find_features(shape: Shape[Any]) -> Features:
    """Holes, bosses, rounds and planar levels of a solid."""
    box = shape.bounding_box()
    size = max(box.size.X, box.size.Y, box.size.Z, 1e-6)
    tol = max(size * 1e-5, 1e-4)
    groups: dict[tuple[object, ...], tuple[Vec3, Vec3, list[_Surface]]] = {}
    for face in shape.faces():
        found = _surface(face)
        if found is None:
            continue
        base, axis, info = found
        groups.setdefault(_key(base, axis, tol), (base, axis, []))[2].append(info)
    features = Features()
    for base, axis, surfaces in groups.values():
        merged = _merge(surfaces)
        concave_full = [s for s in merged if s.concave and s.turn >= FULL_TURN]
        if concave_full:
            hole = _hole(shape, base, axis, concave_full, size)
            if hole is not None:
                features.holes.append(hole)
        for s in merged:
            if s.kind == "cyl" and not s.concave and s.turn >= FULL_TURN:
                features.bosses.append(Boss(base, axis, 2 * s.radius, s.start, s.end))
            elif s.kind == "cyl" and s.turn < FULL_TURN:
                t = _dot(s.mid, axis) - _dot(base, axis)
                centre = (base[0] + axis[0] * t, base[1] + axis[1] * t, base[2] + axis[2] * t)
                features.rounds.append(Round(axis, s.radius, not s.concave, centre, s.mid))
    features.holes.sort(key=lambda h: (-h.diameter, h.centre))
    features.levels = _levels(shape, features.holes)
    features.bosses.sort(key=lambda b: -b.diameter)
    return features

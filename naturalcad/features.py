"""Feature measurements of a shape, for the size check: holes, bolt circles, pitches, walls.

Runs in the sandboxed child next to `geometry.measure`, on the raw OCCT shape
(`TopoDS_Shape`), with plain OCP calls.  The result is the list of sizes a person could
have meant by a number in the prompt: every circle and hole diameter, through-hole count,
pitch-circle diameters, hole-to-hole pitches, distances between parallel faces (thickness,
width, wall), radial walls between coaxial cylinders, radii of fillets, spheres and tori.
"""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass, field
from typing import Any

from OCP.BRepAdaptor import BRepAdaptor_Curve, BRepAdaptor_Surface
from OCP.BRepTools import BRepTools
from OCP.GeomAbs import (
    GeomAbs_Circle,
    GeomAbs_Cone,
    GeomAbs_Cylinder,
    GeomAbs_Plane,
    GeomAbs_Sphere,
    GeomAbs_Torus,
)
from OCP.gp import gp_Pnt, gp_Vec
from OCP.TopAbs import TopAbs_EDGE, TopAbs_FACE, TopAbs_REVERSED
from OCP.TopExp import TopExp_Explorer
from OCP.TopoDS import TopoDS, TopoDS_Shape

from .feature_data import MAX_VALUES, vetted_features  # noqa: F401  (the parent's side of the report)

MAX_FACES = 600      # beyond this (text, lattices) the pairwise measures are skipped


@dataclass
class Hole:
    diameter: float
    center: tuple[float, float, float]
    axis: tuple[float, float, float]
    diameters: list[float] = field(default_factory=list)  # counterbores: every step on the axis


@dataclass
class Features:
    holes: list[Hole] = field(default_factory=list)
    hole_diameters: list[float] = field(default_factory=list)
    pitch_circles: list[float] = field(default_factory=list)
    pitches: list[float] = field(default_factory=list)
    edge_distances: list[float] = field(default_factory=list)
    diameters: list[float] = field(default_factory=list)   # circles, cylinders, spheres, tori
    radii: list[float] = field(default_factory=list)
    distances: list[float] = field(default_factory=list)   # between parallel planar faces
    walls: list[float] = field(default_factory=list)       # between coaxial cylinders
    repeats: list[int] = field(default_factory=list)       # sizes of groups of congruent faces

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["hole_count"] = len(self.holes)
        per_size: dict[float, int] = {}
        for h in self.holes:
            per_size[h.diameter] = per_size.get(h.diameter, 0) + 1
        data["hole_counts"] = sorted(set(per_size.values()))
        data["holes"] = [{"diameter": h.diameter, "center": list(h.center), "axis": list(h.axis)}
                         for h in self.holes[:MAX_VALUES]]
        return data


def _r(x: float) -> float:
    return round(float(x), 3)


def _distinct(values: list[float], digits: int = 2) -> list[float]:
    out = sorted({round(v, digits) for v in values if v > 1e-6})
    return out[:MAX_VALUES]


def _faces(shape: TopoDS_Shape) -> list[Any]:
    found = []
    explorer = TopExp_Explorer(shape, TopAbs_FACE)
    while explorer.More():
        found.append(TopoDS.Face(explorer.Current()))
        explorer.Next()
    return found


def _edges(shape: TopoDS_Shape) -> list[Any]:
    found = []
    explorer = TopExp_Explorer(shape, TopAbs_EDGE)
    while explorer.More():
        found.append(TopoDS.Edge(explorer.Current()))
        explorer.Next()
    return found


def _canon(d: tuple[float, float, float]) -> tuple[float, float, float]:
    """One direction for an axis and its reverse."""
    for c in d:
        if abs(c) > 1e-9:
            return d if c > 0 else (-d[0], -d[1], -d[2])
    return d


def measure_features(shape: TopoDS_Shape) -> dict[str, Any]:
    """The feature report of a shape (see the module docstring); never raises on odd geometry."""
    feats = Features()
    faces = _faces(shape)
    planes: list[tuple[tuple[float, float, float], float]] = []
    cylinders: list[tuple[float, tuple[float, float, float], tuple[float, float, float], float, bool]] = []
    groups: dict[tuple[str, float], int] = {}
    from OCP.BRepGProp import BRepGProp
    from OCP.GProp import GProp_GProps

    for face in faces[:MAX_FACES]:
        surf = BRepAdaptor_Surface(face)
        kind = surf.GetType()
        props = GProp_GProps()
        BRepGProp.SurfaceProperties_s(face, props)
        area = props.Mass()
        groups[(str(kind), round(area, 1))] = groups.get((str(kind), round(area, 1)), 0) + 1
        reversed_ = face.Orientation() == TopAbs_REVERSED
        if kind == GeomAbs_Plane:
            pln = surf.Plane()
            n = pln.Axis().Direction()
            loc = pln.Location()
            normal = (n.X(), n.Y(), n.Z())
            if reversed_:
                normal = (-normal[0], -normal[1], -normal[2])
            offset = normal[0] * loc.X() + normal[1] * loc.Y() + normal[2] * loc.Z()
            planes.append((normal, offset))
        elif kind == GeomAbs_Cylinder:
            cyl = surf.Cylinder()
            radius = cyl.Radius()
            ax = cyl.Axis()
            d, p = ax.Direction(), ax.Location()
            umin, umax, vmin, vmax = BRepTools.UVBounds_s(face)
            span = umax - umin
            # concave (a hole) when the face normal points at the axis
            u, v = (umin + umax) / 2, (vmin + vmax) / 2
            pnt, du, dv = gp_Pnt(), gp_Vec(), gp_Vec()
            surf.D1(u, v, pnt, du, dv)
            normal_vec = du.Crossed(dv)
            if reversed_:
                normal_vec.Reverse()
            to_axis = gp_Vec(pnt, p)
            axis_vec = gp_Vec(d)
            radial = to_axis - axis_vec.Multiplied(to_axis.Dot(axis_vec))
            concave = normal_vec.Dot(radial) > 0
            axis = _canon((d.X(), d.Y(), d.Z()))
            # the axis point nearest the origin, so two faces of one hole share it
            pv = gp_Vec(p.X(), p.Y(), p.Z())
            av = gp_Vec(*axis)
            foot = pv - av.Multiplied(pv.Dot(av))
            cylinders.append((radius, axis, (foot.X(), foot.Y(), foot.Z()), span, concave))
            feats.radii.append(radius)
            if span > math.pi * 1.9:
                feats.diameters.append(2 * radius)
        elif kind == GeomAbs_Sphere:
            r = surf.Sphere().Radius()
            feats.radii.append(r)
            feats.diameters.append(2 * r)
        elif kind == GeomAbs_Torus:
            tor = surf.Torus()
            big, small = tor.MajorRadius(), tor.MinorRadius()
            feats.radii += [big, small]
            feats.diameters += [2 * big, 2 * small, 2 * (big + small), 2 * (big - small)]
        elif kind == GeomAbs_Cone:
            feats.radii.append(surf.Cone().RefRadius())
    for edge in _edges(shape)[: MAX_FACES * 4]:
        curve = BRepAdaptor_Curve(edge)
        if curve.GetType() == GeomAbs_Circle:
            r = curve.Circle().Radius()
            feats.radii.append(r)
            span = abs(curve.LastParameter() - curve.FirstParameter())
            if span > math.pi * 1.9:
                feats.diameters.append(2 * r)
    _holes(feats, cylinders)
    _planar(feats, planes)
    _walls(feats, cylinders)
    _hole_layout(feats, shape)
    feats.repeats = sorted({n for n in groups.values() if n > 1})[:MAX_VALUES]
    for name in ("hole_diameters", "pitch_circles", "pitches", "edge_distances", "diameters", "radii",
                 "distances", "walls"):
        setattr(feats, name, _distinct(getattr(feats, name)))
    return feats.to_dict()


def _key(axis: tuple[float, float, float], foot: tuple[float, float, float]) -> tuple[float, ...]:
    return tuple(round(c, 2) for c in axis + foot)


def _holes(feats: Features, cylinders: list[Any]) -> None:
    """Full concave cylinders on one axis are one hole (a counterbore has two diameters)."""
    spans: dict[tuple[tuple[float, ...], float], float] = {}
    for radius, axis, foot, span, concave in cylinders:
        if concave:
            k = (_key(axis, foot), round(radius, 3))
            spans[k] = spans.get(k, 0.0) + span
    by_axis: dict[tuple[float, ...], list[float]] = {}
    for (axis_key, radius), span in spans.items():
        if span > math.pi * 1.9:
            by_axis.setdefault(axis_key, []).append(radius)
    for axis_key, radii in by_axis.items():
        diameters = sorted(2 * r for r in radii)
        axis = (axis_key[0], axis_key[1], axis_key[2])
        foot = (axis_key[3], axis_key[4], axis_key[5])
        feats.holes.append(Hole(_r(diameters[0]), foot, axis, [_r(d) for d in diameters]))
        feats.hole_diameters += diameters


def _planar(feats: Features, planes: list[tuple[tuple[float, float, float], float]]) -> None:
    """Distances between parallel planar faces: thicknesses, widths, steps, slot widths."""
    for i, (n1, o1) in enumerate(planes):
        for n2, o2 in planes[i + 1:]:
            dot = n1[0] * n2[0] + n1[1] * n2[1] + n1[2] * n2[2]
            if dot < -0.9999:
                feats.distances.append(abs(o1 + o2))
            elif dot > 0.9999:
                feats.distances.append(abs(o1 - o2))
        if len(feats.distances) > 20 * MAX_VALUES:
            break


def _walls(feats: Features, cylinders: list[Any]) -> None:
    """Radial walls: coaxial cylinders of different radii (a tube's wall, a cup's side)."""
    by_axis: dict[tuple[float, ...], set[float]] = {}
    for radius, axis, foot, _span, _concave in cylinders:
        by_axis.setdefault(_key(axis, foot), set()).add(round(radius, 3))
    for radii in by_axis.values():
        ordered = sorted(radii)
        for i, a in enumerate(ordered):
            for b in ordered[i + 1:]:
                feats.walls.append(b - a)


def _hole_layout(feats: Features, shape: TopoDS_Shape) -> None:
    """Bolt circles, pitches and edge distances of holes of one size on parallel axes."""
    from OCP.Bnd import Bnd_Box
    from OCP.BRepBndLib import BRepBndLib

    box = Bnd_Box()
    BRepBndLib.Add_s(shape, box)
    pmin, pmax = box.CornerMin(), box.CornerMax()
    lo, hi = (pmin.X(), pmin.Y(), pmin.Z()), (pmax.X(), pmax.Y(), pmax.Z())
    sets: dict[tuple[float, tuple[float, ...]], list[Hole]] = {}
    for hole in feats.holes:
        sets.setdefault((hole.diameter, tuple(round(c, 3) for c in hole.axis)), []).append(hole)
    for (_d, axis), holes in sets.items():
        centres = [h.center for h in holes]
        for i, a in enumerate(centres):
            for b in centres[i + 1:]:
                feats.pitches.append(math.dist(a, b))
            for k in range(3):
                if abs(axis[k]) < 1e-6:
                    feats.edge_distances += [a[k] - lo[k], hi[k] - a[k]]
        if len(centres) >= 3:
            mid = tuple(sum(c[k] for c in centres) / len(centres) for k in range(3))
            rs = [math.dist(c, mid) for c in centres]
            if max(rs) - min(rs) < 0.01 * max(max(rs), 1.0) and max(rs) > 0.01:
                feats.pitch_circles.append(2 * sum(rs) / len(rs))
        elif len(centres) == 2:
            feats.pitch_circles.append(math.dist(centres[0], centres[1]))


def report(shape: TopoDS_Shape) -> dict[str, Any]:
    """`measure_features`, or an empty report when OCCT cannot say (a size check then stays quiet)."""
    try:
        return measure_features(shape)
    except Exception:
        return {}



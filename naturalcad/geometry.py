"""Measure an OCCT shape: size, volume, validity, topology and through-holes.

Runs inside the sandboxed child, on the raw `TopoDS_Shape` taken out of the script's result
(`sandbox.extract`), never through methods of the script's objects: a script can subclass
`Box` or patch build123d's classes, but not what is bound here. Every OCP callable is looked
up once, when this module is imported (before any job code runs), so patching a class
attribute later does not change what is called. What it returns is plain JSON-able data
that the rest of the app uses without build123d. Feature measurements (hole diameters,
wall thickness, ...) take the same raw shape.
"""

from __future__ import annotations

import math
from typing import Any

from OCP.Bnd import Bnd_Box
from OCP.BRep import BRep_Tool
from OCP.BRepAdaptor import BRepAdaptor_Surface
from OCP.BRepBndLib import BRepBndLib
from OCP.BRepCheck import BRepCheck_Analyzer
from OCP.BRepGProp import BRepGProp
from OCP.BRepTools import BRepTools
from OCP.collections import IndexedMap_TopoDS_Shape_TopTools_ShapeMapHasher as _ShapeMap
from OCP.GeomAbs import GeomAbs_SurfaceType
from OCP.GProp import GProp_GProps
from OCP.TopAbs import TopAbs_ShapeEnum
from OCP.TopExp import TopExp
from OCP.TopoDS import TopoDS, TopoDS_Shape

_SOLID, _SHELL, _FACE = TopAbs_ShapeEnum.TopAbs_SOLID, TopAbs_ShapeEnum.TopAbs_SHELL, TopAbs_ShapeEnum.TopAbs_FACE
_WIRE, _EDGE, _VERTEX = TopAbs_ShapeEnum.TopAbs_WIRE, TopAbs_ShapeEnum.TopAbs_EDGE, TopAbs_ShapeEnum.TopAbs_VERTEX
_PLANE = GeomAbs_SurfaceType.GeomAbs_Plane

# Bound now, so a job patching these classes later cannot change what a measurement calls.
_map_shapes = TopExp.MapShapes_s
_map_extent, _map_key, _new_map = _ShapeMap.Extent, _ShapeMap.FindKey, _ShapeMap
_add_optimal, _drop_mesh = BRepBndLib.AddOptimal_s, BRepTools.Clean_s
_new_box, _box_void = Bnd_Box, Bnd_Box.IsVoid
_box_limits = (Bnd_Box.GetXMin, Bnd_Box.GetYMin, Bnd_Box.GetZMin, Bnd_Box.GetXMax, Bnd_Box.GetYMax, Bnd_Box.GetZMax)
_new_props, _mass = GProp_GProps, GProp_GProps.Mass
_volume_props, _surface_props, _linear_props = (BRepGProp.VolumeProperties_s, BRepGProp.SurfaceProperties_s,
                                                 BRepGProp.LinearProperties_s)
_analyzer, _is_valid = BRepCheck_Analyzer, BRepCheck_Analyzer.IsValid
_is_closed, _degenerated = BRep_Tool.IsClosed_s, BRep_Tool.Degenerated_s
_as_face, _as_edge = TopoDS.Face, TopoDS.Edge
_surface, _surface_type = BRepAdaptor_Surface, BRepAdaptor_Surface.GetType


def _r(value: float, digits: int = 4) -> float:
    return round(float(value), digits)


def _measure(value: float) -> float:
    """A volume, area or length to 3 decimals, or to 6 significant figures when that is finer:
    a part in normalised units (0.0043 mm³, as public CAD datasets write them) keeps its size."""
    v = float(value)
    if v == 0 or not math.isfinite(v):
        return v
    return round(v, max(3, 5 - math.floor(math.log10(abs(v)))))


def sub_shapes(shape: TopoDS_Shape, kind: TopAbs_ShapeEnum) -> list[TopoDS_Shape]:
    """The distinct sub-shapes of one kind (each face once, however many solids share it)."""
    found = _new_map()
    _map_shapes(shape, kind, found)
    return [_map_key(found, i) for i in range(1, _map_extent(found) + 1)]


def _count(shape: TopoDS_Shape, kind: TopAbs_ShapeEnum) -> int:
    if kind == _EDGE:
        return len(edges(shape))
    found = _new_map()
    _map_shapes(shape, kind, found)
    return int(_map_extent(found))


def edges(shape: TopoDS_Shape) -> list[TopoDS_Shape]:
    """The real edges: a sphere's poles are degenerated edges, not part of its topology count."""
    return [edge for edge in sub_shapes(shape, _EDGE) if not _degenerated(_as_edge(edge))]


def _volume(shape: TopoDS_Shape) -> float:
    props = _new_props()
    _volume_props(shape, props)
    return float(_mass(props))


def _area(shape: TopoDS_Shape) -> float:
    props = _new_props()
    _surface_props(shape, props)
    return float(_mass(props))


def _length(shape: TopoDS_Shape) -> float:
    props = _new_props()
    _linear_props(shape, props)
    return float(_mass(props))


def is_valid(shape: TopoDS_Shape) -> bool:
    return bool(_is_valid(_analyzer(shape)))


def _genus(solid: TopoDS_Shape) -> int:
    """Through-holes of a closed solid from the Euler–Poincaré formula.

    V - E + F - (L - F) = 2 (S - G)  with L the face loops (wires) and S the shells.
    Counting on the B-rep, not a mesh, keeps the answer exact for seams and periodic faces.
    """
    faces = sub_shapes(solid, _FACE)
    v, e, f = _count(solid, _VERTEX), _count(solid, _EDGE), len(faces)
    loops = sum(_count(face, _WIRE) for face in faces)
    shells = _count(solid, _SHELL) or 1
    chi = v - e + f - (loops - f)
    return max(shells - chi // 2, 0)


def solid_holes(shape: TopoDS_Shape) -> int:
    return sum(_genus(solid) for solid in sub_shapes(shape, _SOLID))


def bounding_box(shape: TopoDS_Shape) -> tuple[tuple[float, float, float], tuple[float, float, float]] | None:
    """(min, max) corners of the optimal bounding box, None for an empty shape."""
    box = _new_box()
    _drop_mesh(shape)  # a mesh left on the shape would widen the box
    _add_optimal(shape, box, True, False)
    if _box_void(box):
        return None
    x0, y0, z0, x1, y1, z1 = (float(limit(box)) for limit in _box_limits)
    return (x0, y0, z0), (x1, y1, z1)


def measure(shape: TopoDS_Shape, kind: str) -> dict[str, Any]:
    """A geometry report. `kind` is the output type the shape was checked against."""
    corners = bounding_box(shape)
    low, high = corners if corners else ((0.0, 0.0, 0.0), (0.0, 0.0, 0.0))
    faces = sub_shapes(shape, _FACE)
    report: dict[str, Any] = {
        "extents": [_r(h - lo) for lo, h in zip(low, high, strict=True)],
        "bbox_min": [_r(v) for v in low],
        "bbox_max": [_r(v) for v in high],
        "valid": is_valid(shape),
        "solids": _count(shape, _SOLID),
        "shells": _count(shape, _SHELL),
        "faces": len(faces),
        "edges": _count(shape, _EDGE),
        "kind": kind,
    }
    if kind == "3d_solid":
        report["volume"] = _measure(sum(_volume(s) for s in sub_shapes(shape, _SOLID)))
        report["area"] = _measure(_area(shape))
        report["holes"] = solid_holes(shape)
    elif kind in ("surface", "2d_vector"):
        report["area"] = _measure(_area(shape))
        report["volume"] = 0.0
        # For a profile, holes are the inner loops of its faces.
        report["holes"] = sum(max(_count(face, _WIRE) - 1, 0) for face in faces)
    else:
        report["length"] = _measure(sum(_length(edge) for edge in edges(shape)))
        report["volume"] = 0.0
        report["holes"] = 0
    return report


def classify(shape: TopoDS_Shape) -> str:
    """What a shape is, in the output-type vocabulary."""
    if _count(shape, _SOLID):
        return "3d_solid"
    faces = sub_shapes(shape, _FACE)
    if faces:
        planar = all(_surface_type(_surface(_as_face(face))) == _PLANE for face in faces)
        return "2d_vector" if planar else "surface"
    if _count(shape, _EDGE):
        return "1d_path"
    return "empty"


def closed_solid_problem(shape: TopoDS_Shape) -> str | None:
    """Why a 3D result is not a valid closed solid (None when it is)."""
    solids = sub_shapes(shape, _SOLID)
    if not solids:
        return "the result has no solids"
    for index, solid in enumerate(solids, 1):
        if not is_valid(solid):
            return f"solid {index} is not valid (self-intersecting or broken faces)"
        for shell in sub_shapes(solid, _SHELL):
            if not is_valid(shell) or not _is_closed(shell):
                return f"solid {index} is not closed (it has open edges)"
        if _volume(solid) <= 0:
            return f"solid {index} has no volume"
    return None

"""Measure a build123d shape: size, volume, validity, topology and through-holes.

Runs inside the sandboxed child (it needs the shape itself); what it returns is plain
JSON-able data that the rest of the app uses without build123d.
"""

from __future__ import annotations

from typing import Any

from build123d import Shape, Shell
from OCP.BRep import BRep_Tool


def _r(value: float, digits: int = 4) -> float:
    return round(float(value), digits)


def _genus(shape: Shape) -> int:
    """Through-holes of a closed solid from the Euler–Poincaré formula.

    V - E + F - (L - F) = 2 (S - G)  with L the face loops (wires) and S the shells.
    Counting on the B-rep, not a mesh, keeps the answer exact for seams and periodic faces.
    """
    v, e, f = len(shape.vertices()), len(shape.edges()), len(shape.faces())
    loops = sum(len(face.wires()) for face in shape.faces())
    shells = len(shape.shells()) or 1
    chi = v - e + f - (loops - f)
    return max(shells - chi // 2, 0)


def solid_holes(shape: Shape) -> int:
    return sum(_genus(solid) for solid in shape.solids())


def measure(shape: Shape, kind: str) -> dict[str, Any]:
    """A geometry report. `kind` is the output type the shape was checked against."""
    box = shape.bounding_box(optimal=True)
    report: dict[str, Any] = {
        "extents": [_r(box.size.X), _r(box.size.Y), _r(box.size.Z)],
        "bbox_min": [_r(box.min.X), _r(box.min.Y), _r(box.min.Z)],
        "bbox_max": [_r(box.max.X), _r(box.max.Y), _r(box.max.Z)],
        "valid": bool(shape.is_valid),
        "solids": len(shape.solids()),
        "shells": len(shape.shells()),
        "faces": len(shape.faces()),
        "edges": len(shape.edges()),
        "kind": kind,
    }
    if kind == "3d_solid":
        report["volume"] = _r(sum(s.volume for s in shape.solids()), 3)
        report["area"] = _r(shape.area, 3)
        report["holes"] = solid_holes(shape)
    elif kind in ("surface", "2d_vector"):
        report["area"] = _r(shape.area, 3)
        report["volume"] = 0.0
        # For a profile, holes are the inner loops of its faces.
        report["holes"] = sum(max(len(face.wires()) - 1, 0) for face in shape.faces())
    else:
        report["length"] = _r(sum(edge.length for edge in shape.edges()), 3)
        report["volume"] = 0.0
        report["holes"] = 0
    return report


def classify(shape: Shape) -> str:
    """What a shape is, in the output-type vocabulary."""
    if shape.solids():
        return "3d_solid"
    if shape.faces():
        planar = all(face.geom_type.name == "PLANE" for face in shape.faces())
        return "2d_vector" if planar else "surface"
    if shape.edges():
        return "1d_path"
    return "empty"


def closed_solid_problem(shape: Shape) -> str | None:
    """Why a 3D result is not a valid closed solid (None when it is)."""
    solids = shape.solids()
    if not solids:
        return "the result has no solids"
    for index, solid in enumerate(solids, 1):
        if not solid.is_valid:
            return f"solid {index} is not valid (self-intersecting or broken faces)"
        for shell in solid.shells():
            if not shell.is_valid or not _shell_closed(shell):
                return f"solid {index} is not closed (it has open edges)"
        if solid.volume <= 0:
            return f"solid {index} has no volume"
    return None


def _shell_closed(shell: Shell) -> bool:
    return bool(BRep_Tool.IsClosed_s(shell.wrapped))

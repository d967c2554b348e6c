"""Measure a part from its STL mesh (trimesh), for an app that has no build123d.

A thin frontend gets its files from the backend; the sizes, volume and through-holes it
shows and checks against the prompt are still measured here, from the mesh it will show,
rather than taken on the backend's word.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any


class MeshError(ValueError):
    """The file is not a readable triangle mesh."""


def measure_stl(path: Path) -> dict[str, Any]:
    """The result's `geometry` block from an STL: extents, volume, valid, solids, holes."""
    import trimesh

    try:
        mesh = trimesh.load_mesh(path, file_type="stl", process=True)
    except Exception as err:  # trimesh raises many types for a broken file
        raise MeshError(f"the STL could not be read ({type(err).__name__})") from None
    if not isinstance(mesh, trimesh.Trimesh) or len(mesh.faces) == 0:
        raise MeshError("the STL holds no triangles")
    mesh.merge_vertices()
    bodies = mesh.split(only_watertight=False)
    watertight = bool(mesh.is_watertight)
    # Euler-Poincaré per closed body: chi = 2 - 2 * genus, and genus counts through-holes.
    holes = sum(max((2 - body.euler_number) // 2, 0) for body in bodies) if watertight else None
    extents = [round(float(v), 4) for v in mesh.extents]
    return {
        "extents": extents,
        "volume": round(float(abs(mesh.volume)), 3) if watertight else None,
        "valid": watertight,
        "solids": len(bodies),
        "holes": holes,
        "measured_from": "stl",
    }

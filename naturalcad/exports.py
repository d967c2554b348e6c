"""Write a shape's files: STEP (the CAD hand-off), binary STL, GLB preview, DXF for 2D/1D.

Each file is written under a temporary name and renamed into place, so a reader never sees
a half-written artifact. Runs in the sandboxed child; paths are relative to its run dir.

Everything starts from the raw OCCT shape the measurement used (`sandbox.extract`), so the
files and the geometry report describe the same thing. The STL (the file the parent checks
the report against) is meshed and written with OCP callables bound at import, before any
job code runs; STEP, GLB and DXF go through build123d's writers on a fresh wrapper.
"""

from __future__ import annotations

import os
from collections.abc import Callable

import numpy as np
from build123d import ExportDXF, Shape, Unit, export_gltf, export_step
from OCP.BRepMesh import BRepMesh_IncrementalMesh
from OCP.StlAPI import StlAPI_Writer
from OCP.TopoDS import TopoDS_Shape

from .formats import FILE_NAMES
from .geometry import bounding_box

_wrap = Shape.cast
_mesh, _perform = BRepMesh_IncrementalMesh, BRepMesh_IncrementalMesh.Perform
_stl_writer, _stl_write, _stl_ascii = StlAPI_Writer, StlAPI_Writer.Write, StlAPI_Writer.ASCIIMode.fset



def formats_for(kind: str) -> list[str]:
    """Which files a result of this kind gets, STEP first."""
    if kind == "3d_solid":
        return ["step", "stl", "glb"]
    if kind == "surface":
        return ["step", "stl", "glb"]
    return ["step", "dxf"]


def mesh_tolerance(shape: TopoDS_Shape, fine: bool) -> tuple[float, float]:
    """Linear/angular deflection scaled to the part: fine for STL, coarser for preview.

    The floors (0.002 / 0.01) keep mm parts' meshes small; for a part under a few mm across
    (Text2CAD's normalised units, a 0.75 plate with a 0.06 hole) they shrink with it, so a
    hole stays round and the mesh volume stays within a fraction of a percent of the solid's."""
    corners = bounding_box(shape)
    diagonal = sum((b - a) ** 2 for a, b in zip(*corners, strict=True)) ** 0.5 if corners else 1.0
    diagonal = diagonal or 1.0
    if fine:
        return min(max(diagonal * 1e-4, min(0.002, diagonal * 1e-3)), 0.05), 0.1
    return min(max(diagonal * 1e-3, min(0.01, diagonal * 5e-3)), 0.5), 0.3


_STL_RECORD = np.dtype([("normal", "<f4", (3,)), ("v", "<f4", (3, 3)), ("attr", "<u2")])


def drop_degenerate_triangles(path: str) -> int:
    """Remove zero-area slivers OCCT leaves at fillet corners; returns how many.

    A triangle with two equal corners adds a self-loop edge, so mesh tools (and slicers)
    see the STL as not watertight even though the solid is closed.
    """
    with open(path, "rb") as handle:
        header = handle.read(80)
        count = int(np.frombuffer(handle.read(4), "<u4")[0])
        records = np.frombuffer(handle.read(count * _STL_RECORD.itemsize), _STL_RECORD)
    v = records["v"]
    degenerate = (np.all(v[:, 0] == v[:, 1], axis=1) | np.all(v[:, 1] == v[:, 2], axis=1)
                  | np.all(v[:, 0] == v[:, 2], axis=1))
    if not degenerate.any():
        return 0
    kept = records[~degenerate]
    with open(path, "wb") as handle:
        handle.write(header)
        handle.write(np.uint32(len(kept)).tobytes())
        handle.write(kept.tobytes())
    return int(degenerate.sum())


def _write_stl(shape: TopoDS_Shape, path: str, tolerance: float, angular: float) -> bool:
    _perform(_mesh(shape, tolerance, True, angular, True))  # as build123d's export_stl meshes
    writer = _stl_writer()
    _stl_ascii(writer, False)  # binary: the parent reads it back (crosscheck)
    ok = bool(_stl_write(writer, shape, path))
    if ok:
        drop_degenerate_triangles(path)
    return ok


def _write_dxf(shape: Shape[TopoDS_Shape], path: str) -> None:
    exporter = ExportDXF(unit=Unit.MM)
    exporter.add_layer("outline")
    exporter.add_shape(shape, layer="outline")
    exporter.write(path)


def _writer(fmt: str, shape: TopoDS_Shape) -> Callable[[str], object]:
    if fmt == "step":
        return lambda path: export_step(_wrap(shape), path, unit=Unit.MM)
    if fmt == "stl":
        lin, ang = mesh_tolerance(shape, fine=True)
        return lambda path: _write_stl(shape, path, lin, ang)
    if fmt == "glb":
        lin, ang = mesh_tolerance(shape, fine=False)
        return lambda path: export_gltf(_wrap(shape), path, unit=Unit.MM, binary=True, linear_deflection=lin,
                                        angular_deflection=ang)
    if fmt == "dxf":
        return lambda path: _write_dxf(_wrap(shape), path)
    raise ValueError(f"unknown format {fmt}")


def write_all(shape: TopoDS_Shape, kind: str, directory: str = ".") -> dict[str, str]:
    """Write every format for `kind` from the raw shape; returns format -> file name."""
    written: dict[str, str] = {}
    for fmt in formats_for(kind):
        final = os.path.join(directory, FILE_NAMES[fmt])
        temp = os.path.join(directory, f".{FILE_NAMES[fmt]}.part")
        ok = _writer(fmt, shape)(temp)
        if ok is False or not os.path.exists(temp) or os.path.getsize(temp) == 0:
            if os.path.exists(temp):
                os.unlink(temp)
            raise RuntimeError(f"the {fmt.upper()} export produced no file")
        os.replace(temp, final)
        written[fmt] = FILE_NAMES[fmt]
    return written

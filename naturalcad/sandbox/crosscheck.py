"""Check a job's geometry report against the files it wrote, in the parent.

The child measures and exports the same raw OCCT shape, so the two agree unless the child
was subverted (or an exporter failed silently). Reading the binary STL here with numpy
needs no build123d: extents, volume (signed tetrahedra) and closedness (every edge shared
by exactly two triangles, in opposite directions) from the bytes on disk. A 2D profile or
1D path has no STL: its DXF (the XY projection of the part) is read with ezdxf instead.
"""

from __future__ import annotations

import io
import os
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from .hostile_file import open_regular
from .outcome import Geometry

_RECORD = np.dtype([("normal", "<f4", (3,)), ("v", "<f4", (3, 3)), ("attr", "<u2")])
MAX_TRIANGLES = 20_000_000  # ~1 GB of STL: larger files are over the per-file cap anyway
MAX_DXF_BYTES = 25 * 1024 * 1024  # a profile's outline; parsing much more would stall the app
MAX_DXF_ENTITIES = 200_000
# What a part's DXF export draws. Anything else is refused unmeasured: an INSERT (or a
# DIMENSION's block) of nested 10 x 10 MINSERT arrays is a few KB that ezdxf expands to
# 10^20 lines, hanging the app's bounding-box call.
DXF_PART_ENTITIES = frozenset({"LINE", "ARC", "CIRCLE", "ELLIPSE", "SPLINE", "LWPOLYLINE", "POLYLINE", "POINT"})


@dataclass(frozen=True)
class MeshFacts:
    extents: tuple[float, float, float]
    volume: float
    closed: bool
    triangles: int
    low: tuple[float, float, float] = (0.0, 0.0, 0.0)
    high: tuple[float, float, float] = (0.0, 0.0, 0.0)
    spread: float = 0.0  # `spread` of its points: a lower bound of its diameter
    genus: int | None = None  # through-holes, for a closed mesh
    pieces: int | None = None  # separate closed surfaces (one per shell), for a closed mesh


# Directions whose spreads bound a point set's diameter from below (axes, face and space
# diagonals): no rigid motion makes the diameter itself differ between two files of one part.
_DIRECTIONS = np.array([(1, 0, 0), (0, 1, 0), (0, 0, 1), (1, 1, 0), (1, -1, 0), (1, 0, 1), (1, 0, -1), (0, 1, 1),
                        (0, 1, -1), (1, 1, 1), (1, 1, -1), (1, -1, 1), (-1, 1, 1)], dtype=float)
_DIRECTIONS /= np.linalg.norm(_DIRECTIONS, axis=1)[:, None]


def spread(points: np.ndarray) -> float:
    """The widest of a point cloud's widths along `_DIRECTIONS` (at most its diameter)."""
    if not len(points):
        return 0.0
    along = points @ _DIRECTIONS.T
    return float((along.max(axis=0) - along.min(axis=0)).max())


def read_stl(path: Path) -> MeshFacts | None:
    """Facts about a binary STL, or None when it is not one (ASCII, truncated, a FIFO...)."""
    opened = open_regular(path)
    if opened is None:
        return None
    fd, size = opened
    try:
        if size < 84:
            return None
        with os.fdopen(os.dup(fd), "rb") as handle:
            handle.seek(80)
            count = int(np.frombuffer(handle.read(4), "<u4")[0])
            if count > MAX_TRIANGLES or size != 84 + count * _RECORD.itemsize:
                return None
            records = np.frombuffer(handle.read(count * _RECORD.itemsize), _RECORD)
    finally:
        os.close(fd)
    if count == 0:
        return MeshFacts((0.0, 0.0, 0.0), 0.0, False, 0)
    corners = records["v"].astype(np.float64)  # (n, 3, 3)
    if not np.isfinite(corners).all():
        return None
    points = corners.reshape(-1, 3)
    low, high = points.min(axis=0), points.max(axis=0)
    size = high - low
    a, b, c = corners[:, 0], corners[:, 1], corners[:, 2]
    volume = float(np.einsum("ij,ij->i", a, np.cross(b, c)).sum() / 6.0)
    tri, vertices = weld(points)
    closed = _closed(tri, vertices)
    corners_of = np.zeros(vertices, dtype=np.int64)
    corners_of[tri.ravel()] = np.arange(tri.size)  # one corner per welded vertex
    unique_points = points[corners_of]
    genus, pieces = genus_and_pieces(tri, vertices) if closed else (None, None)
    return MeshFacts((float(size[0]), float(size[1]), float(size[2])), abs(volume), closed, count,
                     (float(low[0]), float(low[1]), float(low[2])), (float(high[0]), float(high[1]), float(high[2])),
                     spread(unique_points), genus, pieces)


def read_regular(path: Path, limit: int) -> bytes | None:
    """A regular file's bytes (no links, FIFOs or devices), or None when over `limit`."""
    opened = open_regular(path)
    if opened is None:
        return None
    fd, size = opened
    try:
        if size > limit:
            return None
        with os.fdopen(os.dup(fd), "rb") as handle:
            return handle.read(limit + 1)
    finally:
        os.close(fd)


def dxf_bounds(path: Path) -> tuple[tuple[float, float], tuple[float, float]] | None:
    """The X/Y corners of everything a DXF draws, or None when it is no readable DXF."""
    data = read_regular(path, MAX_DXF_BYTES)
    if data is None:
        return None
    import ezdxf.bbox  # only 2D/1D runs pay for it
    from ezdxf.filemanagement import read

    try:
        doc = read(io.StringIO(data.decode("utf-8", "replace")))
        entities = list(doc.modelspace())
        if len(entities) > MAX_DXF_ENTITIES or any(e.dxftype() not in DXF_PART_ENTITIES for e in entities):
            return None  # block references (INSERT, DIMENSION...) expand without bound: never a part's export
        box = ezdxf.bbox.extents(entities)
    except Exception:  # a hostile file: whatever ezdxf makes of it, it is not a part's outline
        return None
    if not box.has_data:
        return None
    low = (float(box.extmin.x), float(box.extmin.y))
    high = (float(box.extmax.x), float(box.extmax.y))
    return (low, high) if np.isfinite(low + high).all() else None


def weld(points: np.ndarray) -> tuple[np.ndarray, int]:
    """Triangles as welded vertex numbers `(n, 3)`, and how many vertices there are.

    Corners shared by two faces are written from the same OCCT nodes, but a coordinate
    that is 0 in theory comes out as ±1e-14: weld on a 1e-6 mm grid (finer than float32's
    step at any real part size, so distinct corners never merge). One lexicographic sort of
    the integer grid does it (about twice as fast as `np.unique` over row bytes).
    """
    grid = np.round(points * 1e6).astype(np.int64)
    order = np.lexsort((grid[:, 2], grid[:, 1], grid[:, 0]))
    ordered = grid[order]
    first = np.empty(len(ordered), dtype=bool)
    first[:1] = True
    np.any(ordered[1:] != ordered[:-1], axis=1, out=first[1:])
    index = np.empty(len(ordered), dtype=np.int64)
    index[order] = np.cumsum(first) - 1
    return index.reshape(-1, 3), int(first.sum())


def _closed(tri: np.ndarray, vertices: int) -> bool:
    """Every directed edge appears once and its reverse once: a closed, consistently oriented mesh."""
    start = np.concatenate([tri[:, 0], tri[:, 1], tri[:, 2]])
    end = np.concatenate([tri[:, 1], tri[:, 2], tri[:, 0]])
    real = start != end  # slivers OCCT leaves add self-loops only
    start, end = start[real], end[real]
    n = np.int64(vertices)
    keys = np.sort(start * n + end)
    if keys.size == 0 or (keys[1:] == keys[:-1]).any():
        return False
    reverse = end * n + start
    at = np.minimum(np.searchsorted(keys, reverse), keys.size - 1)
    return bool((keys[at] == reverse).all())


def mesh_genus(points: np.ndarray) -> int | None:
    """Through-holes of a closed mesh given as corner points (see `genus_and_pieces`)."""
    return genus_and_pieces(*weld(points))[0]


def genus_and_pieces(tri: np.ndarray, vertices: int) -> tuple[int | None, int | None]:
    """Through-holes of a closed welded mesh, and how many connected pieces it has.

    Each piece's Euler characteristic is V - E + F = 2 - 2g. Degenerate triangles are left
    out. The genus is None when the count is not a whole number (a mesh the formula does
    not describe)."""
    from scipy.sparse import csr_matrix
    from scipy.sparse.csgraph import connected_components

    tri = tri[(tri[:, 0] != tri[:, 1]) & (tri[:, 1] != tri[:, 2]) & (tri[:, 0] != tri[:, 2])]
    if not len(tri):
        return None, None
    used = int(np.count_nonzero(np.bincount(tri.ravel(), minlength=vertices)))
    n = np.int64(vertices)
    edges = np.sort(np.concatenate([tri[:, [0, 1]], tri[:, [1, 2]], tri[:, [2, 0]]]), axis=1)
    keys = np.sort(edges[:, 0] * n + edges[:, 1])
    keys = keys[np.concatenate(([True], keys[1:] != keys[:-1]))]  # each undirected edge once
    chi = used - len(keys) + len(tri)
    rows, cols = keys // n, keys % n  # sorted by row: a CSR matrix directly, no conversion
    indptr = np.concatenate(([0], np.cumsum(np.bincount(rows, minlength=vertices))))
    graph = csr_matrix((np.ones(len(keys)), cols, indptr), shape=(vertices, vertices))
    # Vertices only degenerate triangles used are pieces of their own: not counted.
    pieces = int(connected_components(graph, directed=False)[0]) - (vertices - used)
    if chi % 2 or pieces - chi // 2 < 0:
        return None, pieces
    return pieces - chi // 2, pieces


def tolerance_for(geometry: Geometry) -> float:
    """How far the files may differ from the report: the STL is a mesh within 0.05 mm (or
    0.1 % of the size) of the surface, in float32; a DXF flattens curves the same way."""
    return max(0.02 * float(np.linalg.norm(geometry.extents or (0.0, 0.0, 0.0))), 0.2)


def mismatch(geometry: Geometry, stl: Path) -> str | None:
    """Why the report and the STL disagree (a sentence), or None when they match."""
    return facts_mismatch(geometry, read_stl(stl))


def facts_mismatch(geometry: Geometry, facts: MeshFacts | None) -> str | None:
    """`mismatch` for an STL already read (`read_stl`)."""
    if facts is None:
        return "the STL file is not a readable binary STL"
    if geometry.extents is None:
        return "the report has no size"
    diagonal = float(np.linalg.norm(geometry.extents))
    tolerance = tolerance_for(geometry)
    for axis, reported, meshed in zip("XYZ", geometry.extents, facts.extents, strict=True):
        if abs(reported - meshed) > tolerance:
            return f"its {axis} size is {reported:g} mm in the report but {meshed:g} mm in the STL"
    if geometry.kind == "3d_solid":
        if not facts.closed:
            return "the report says closed solid but the STL mesh is open"
        reported = geometry.volume or 0.0
        if abs(reported - facts.volume) > max(0.05 * max(reported, facts.volume), 0.01 * diagonal ** 2 * 0.05):
            return f"its volume is {reported:g} mm³ in the report but {facts.volume:g} mm³ in the STL"
        if facts.pieces is not None and facts.pieces > geometry.shells:
            # Each shell meshes to one closed piece (touching ones may weld into one): more
            # pieces than shells is a report that hides bodies.
            return f"it has {geometry.shells} shell(s) in the report but {facts.pieces} separate bodies in the STL"
        if facts.genus is not None and geometry.holes != facts.genus:
            return f"it has {geometry.holes} through-holes in the report but {facts.genus} in the STL"
    return None


def dxf_mismatch(geometry: Geometry, dxf: Path) -> str | None:
    """Why a 2D/1D report and its DXF disagree (a sentence), or None when they match.

    The DXF holds the part projected onto XY, so its X and Y sizes are the part's, whatever
    its Z (a helix drawn flat still spans its X and Y).
    """
    if geometry.extents is None:
        return "the report has no size"
    bounds = dxf_bounds(dxf)
    if bounds is None:
        return "the DXF file is not a readable drawing (or too large to check)"
    drawn = (bounds[1][0] - bounds[0][0], bounds[1][1] - bounds[0][1])
    tolerance = tolerance_for(geometry)
    for axis, reported, measured in zip("XY", geometry.extents[:2], drawn, strict=True):
        if abs(reported - measured) > tolerance:
            return f"its {axis} size is {reported:g} mm in the report but {measured:g} mm in the DXF"
    return None

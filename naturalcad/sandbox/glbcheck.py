"""Check a job's GLB (the 3D preview a user sees) against the part measured from its STL.

A subverted child could show one part in the viewer and ship another. The parent reads the
GLB's vertex data itself with numpy (never the accessors' own `min`/`max`, which a file can
state falsely), places every mesh with its nodes' transforms, and turns glTF's metres into millimetres.
OCCT's writer composes its Y-up turn with a part's own placement in a way that turns a
placed part, so only what no rigid motion changes is compared: the preview's spread along
any direction is at most the STL's diagonal, and its diagonal at least the STL's spread.
"""

from __future__ import annotations

import json
import struct
from pathlib import Path
from typing import Any

import numpy as np

from .crosscheck import read_regular, spread

MAX_GLB_BYTES = 200 * 1024 * 1024
MAX_NODES = 100_000
# Vertices placed in all (a mesh is placed once per node that names it): a 1 MB mesh named
# by 100,000 nodes would be 10^10 points, tens of GB in the app. An honest preview's count
# is its own vertex count, under this for any file within the per-file cap.
MAX_PLACED_POINTS = 10_000_000
_FLOAT, _VEC3 = 5126, "VEC3"


def _matrix(node: dict[str, Any]) -> np.ndarray:
    """A node's local transform (glTF: a column-major matrix, or translation/rotation/scale)."""
    if "matrix" in node:
        return np.array(node["matrix"], dtype=float).reshape(4, 4).T
    x, y, z, w = (float(v) for v in node.get("rotation", (0, 0, 0, 1)))
    rotation = np.array([[1 - 2 * (y * y + z * z), 2 * (x * y - z * w), 2 * (x * z + y * w)],
                         [2 * (x * y + z * w), 1 - 2 * (x * x + z * z), 2 * (y * z - x * w)],
                         [2 * (x * z - y * w), 2 * (y * z + x * w), 1 - 2 * (x * x + y * y)]])
    out = np.eye(4)
    out[:3, :3] = rotation * np.array([float(v) for v in node.get("scale", (1, 1, 1))])
    out[:3, 3] = [float(v) for v in node.get("translation", (0, 0, 0))]
    return out


def _positions(doc: dict[str, Any], blob: bytes, accessor_index: int) -> np.ndarray:
    accessor = doc["accessors"][accessor_index]
    if accessor.get("componentType") != _FLOAT or accessor.get("type") != _VEC3 or "sparse" in accessor:
        raise ValueError("positions that are not plain float vec3")
    view = doc["bufferViews"][accessor["bufferView"]]
    if view.get("buffer", 0) != 0:
        raise ValueError("an external buffer")
    count, stride = int(accessor["count"]), int(view.get("byteStride") or 12)
    start = int(view.get("byteOffset", 0)) + int(accessor.get("byteOffset", 0))
    end = start + (count - 1) * stride + 12 if count else start
    if count < 0 or stride < 12 or start < 0 or end > min(len(blob), int(view.get("byteOffset", 0)) + int(view["byteLength"])):
        raise ValueError("an accessor outside its buffer")
    if not count:
        return np.zeros((0, 3))
    return np.ndarray((count, 3), "<f4", blob, start, (stride, 4)).astype(float)


def _outside_refs(doc: Any) -> bool:
    """Whether the glTF names data by URI (OCCT's GLB never does): viewers a user opens the
    download in fetch such a buffer or image from the file or URL it names."""
    if not isinstance(doc, dict):
        return True
    named = [*doc.get("buffers", ()), *doc.get("images", ())]
    return any(not isinstance(item, dict) or "uri" in item for item in named)


def glb_points(path: Path) -> np.ndarray | None:
    """Every vertex the GLB shows, placed, in mm; None when it is no readable GLB."""
    data = read_regular(path, MAX_GLB_BYTES)
    if data is None or len(data) < 20 or data[:4] != b"glTF":
        return None
    try:
        json_length, kind = struct.unpack_from("<I4s", data, 12)
        if kind != b"JSON":
            raise ValueError("no JSON chunk")
        doc = json.loads(data[20:20 + json_length])
        if _outside_refs(doc):
            return None
        rest = 20 + json_length
        blob = b""
        if rest + 8 <= len(data):
            bin_length, bin_kind = struct.unpack_from("<I4s", data, rest)
            blob = data[rest + 8:rest + 8 + bin_length] if bin_kind == b"BIN\x00" else b""
        scene = doc["scenes"][int(doc.get("scene", 0))]
        stack = [(int(n), np.eye(4)) for n in scene["nodes"]]
        clouds, visited, placed = [], 0, 0
        while stack:
            index, parent = stack.pop()
            visited += 1
            if visited > MAX_NODES:
                raise ValueError("too many nodes (or a cycle)")
            node = doc["nodes"][index]
            world = parent @ _matrix(node)
            if "mesh" in node:
                for primitive in doc["meshes"][int(node["mesh"])]["primitives"]:
                    local = _positions(doc, blob, int(primitive["attributes"]["POSITION"]))
                    placed += len(local)
                    if placed > MAX_PLACED_POINTS:
                        raise ValueError("more placed vertices than a preview has")
                    clouds.append(local @ world[:3, :3].T + world[:3, 3])
            stack += [(int(child), world) for child in node.get("children", ())]
        points = np.concatenate(clouds) * 1000.0 if clouds else np.zeros((0, 3))
    except (ValueError, KeyError, IndexError, TypeError, AttributeError, RecursionError, struct.error,
            OverflowError, MemoryError):
        return None
    if not len(points) or not np.isfinite(points).all():
        return None
    return points


def glb_problem(path: Path, stl_spread: float, stl_diagonal: float, tolerance: float) -> str | None:
    """Why the GLB cannot show the STL's part (a sentence), or None."""
    points = glb_points(path)
    if points is None:
        return "the GLB file is not a readable, self-contained binary glTF"
    low, high = points.min(axis=0), points.max(axis=0)
    diagonal, shown = float(np.linalg.norm(high - low)), spread(points)
    if shown > stl_diagonal + 2 * tolerance:
        return f"the GLB preview spans {shown:g} mm, more than the {stl_diagonal:g} mm part in the STL"
    if diagonal < stl_spread - 2 * tolerance:
        return f"the GLB preview is {diagonal:g} mm across, less than the {stl_spread:g} mm part in the STL"
    return None

"""Measure what a run produced from its files alone: the STL for parts, the DXF for profiles.

The same readings as `../shared/eval/check_prompts.py` (trimesh and ezdxf): sorted extents,
absolute volume, and through-holes from the Euler number of a watertight mesh
(genus = (2 - χ) / 2, summed over bodies by χ being additive).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any


class MeasureError(Exception):
    """A produced file that cannot be read; the message says which and why."""


@dataclass(frozen=True)
class Measured:
    extents: tuple[float, ...] | None = None  # sorted, mm (3 for a mesh, 2 for a DXF)
    volume: float | None = None
    genus: int | None = None  # None when the mesh is not watertight
    watertight: bool = False
    triangles: int = 0
    flat: bool = False  # read from a DXF

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"extents2d" if self.flat else "extents": [round(v, 3) for v in self.extents or ()]}
        if not self.flat:
            out.update(volume=None if self.volume is None else round(self.volume, 2), genus=self.genus,
                       watertight=self.watertight, triangles=self.triangles)
        return out


def measure_stl(path: str | Path) -> Measured:
    import trimesh

    try:
        mesh: Any = trimesh.load(str(path), force="mesh")
    except Exception as err:
        raise MeasureError(f"The STL {Path(path).name} cannot be read: {err}.") from None
    if not hasattr(mesh, "extents") or mesh.is_empty or len(mesh.faces) == 0:
        raise MeasureError(f"The STL {Path(path).name} holds no triangles.")
    watertight = bool(mesh.is_watertight)
    genus = round((2 - mesh.euler_number) / 2) if watertight else None
    return Measured(extents=tuple(sorted(float(x) for x in mesh.extents)), volume=float(abs(mesh.volume)),
                    genus=genus, watertight=watertight, triangles=len(mesh.faces))


def measure_dxf(path: str | Path) -> Measured:
    import ezdxf
    from ezdxf import bbox

    try:
        doc = ezdxf.readfile(str(path))  # type: ignore[attr-defined]
    except (OSError, ezdxf.DXFError) as err:  # type: ignore[attr-defined]
        raise MeasureError(f"The DXF {Path(path).name} cannot be read: {err}.") from None
    box = bbox.extents(doc.modelspace())
    if not box.has_data:
        raise MeasureError(f"The DXF {Path(path).name} is empty.")
    return Measured(extents=tuple(sorted([float(box.size.x), float(box.size.y)])), flat=True)

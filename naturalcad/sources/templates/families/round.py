"""Round parts: cylinder / rod / disc / shaft, tube / washer / ring / spacer, round cup,
flange, sphere, cone, torus."""

from __future__ import annotations

from ..parse import PartSpec
from .base import dim


def _diameter(spec: PartSpec, *roles: str) -> float | None:
    d = dim(spec, *roles)
    if d is None and "radius" in spec.dims:
        d = spec.dims["radius"] * 2
    return d


def _length(spec: PartSpec, *roles: str) -> float | None:
    return dim(spec, *roles)


# ---------------------------------------------------------------- cylinder


# ---------------------------------------------------------------- tube / washer / ring / spacer


# ---------------------------------------------------------------- cup


# ---------------------------------------------------------------- flange


# ---------------------------------------------------------------- sphere, cone, torus

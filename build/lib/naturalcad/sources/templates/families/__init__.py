"""All part families, by name."""

from __future__ import annotations

from .base import Family, Notes
from . import blocks, polygons, round, structures

REGISTRY: dict[str, Family] = {
    f.name: f for module in (blocks, round, polygons, structures) for f in module.FAMILIES
}

__all__ = ["Family", "Notes", "REGISTRY"]

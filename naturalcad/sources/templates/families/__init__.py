"""Every part family, one module each, found by name: the registry.

A family module defines `FAMILY` (its vocabulary, `match(spec) -> Match`, pure `params`, the
script `body` and its `EXAMPLES`, which tests/templates/test_families.py runs).  Adding a
family means adding one module here; nothing else lists them.  The shape helpers several
families share live in `base.py`, `blocks.py`, `round.py`, `polygons.py`, `structures.py`.
"""

from __future__ import annotations

import importlib
import pkgutil

from .base import Example, Family, Match, Notes

_HELPERS = {"base", "blocks", "round", "polygons", "structures", "phrasing"}


def _discover() -> dict[str, Family]:
    found: dict[str, Family] = {}
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda i: i.name):
        if info.name in _HELPERS:
            continue
        module = importlib.import_module(f"{__name__}.{info.name}")
        family = getattr(module, "FAMILY", None)
        if isinstance(family, Family):
            found[family.name] = family
    return found


REGISTRY: dict[str, Family] = _discover()

__all__ = ["REGISTRY", "Example", "Family", "Match", "Notes"]

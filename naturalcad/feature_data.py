"""The feature report (holes, pitches, walls) as the parent keeps it: flat, finite, bounded.

Apart from `features` (which measures with OCP inside the child) so the app side, which may
have no CAD kernel at all, can vet what a job reported.
"""

from __future__ import annotations

from typing import Any

from .sanitize import finite

MAX_VALUES = 200  # per list, so the report stays small

_LIST_KEYS = ("hole_diameters", "pitch_circles", "pitches", "edge_distances", "diameters", "radii", "distances",
              "walls", "repeats", "hole_counts")


def _finite(v: Any) -> bool:
    # `sanitize.finite`, not math.isfinite: that raises OverflowError on a 400-digit int.
    return finite(v) is not None


def vetted_features(data: Any) -> dict[str, Any]:
    """A child's feature report, kept only as flat lists of finite numbers (the parent's check)."""
    if not isinstance(data, dict):
        return {}
    out: dict[str, Any] = {}
    for key in _LIST_KEYS:
        values = data.get(key)
        if isinstance(values, list):
            out[key] = [v for v in values[:MAX_VALUES] if _finite(v)]
    if isinstance(data.get("hole_count"), int) and not isinstance(data.get("hole_count"), bool):
        out["hole_count"] = max(0, min(int(data["hole_count"]), 100_000))
    holes = data.get("holes")
    if isinstance(holes, list):
        out["holes"] = [
            {"diameter": h["diameter"], "center": list(h["center"]), "axis": list(h["axis"])}
            for h in holes[:MAX_VALUES]
            if isinstance(h, dict) and _finite(h.get("diameter"))
            and all(isinstance(h.get(k), list) and len(h[k]) == 3 and all(_finite(c) for c in h[k]) for k in ("center", "axis"))
        ]
    return out

"""Expectations against measurements: one Check per expectation, and a verdict.

A case passes when every expectation it gives holds. Checks are named as in the eval
format (`extents`, `volume`, `genus`, `extents2d`, `max_extent`, `extents_include`) so
per-check rates read the same in the summary as in the prompt file.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .cases import Expect
from .measure import Measured
from .tolerance import Tolerance

# How a check reads to a person; the JSON keeps the eval format's names.
LABELS = {"genus": "holes", "extents2d": "2D extents", "max_extent": "largest size", "extents_include": "sizes include"}


def label(name: str) -> str:
    return LABELS.get(name, name)


@dataclass(frozen=True)
class Check:
    name: str
    ok: bool
    got: Any
    want: Any
    note: str = ""

    def sentence(self) -> str:
        name = label(self.name)
        if self.ok:
            return f"{name} {_fmt(self.got)}"
        return f"{name} {_fmt(self.got)} want {_fmt(self.want)}" + (f" ({self.note})" if self.note else "")

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "ok": self.ok, "got": self.got, "want": self.want, "note": self.note}


def _fmt(value: Any) -> str:
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(_fmt(v) for v in value) + "]"
    if isinstance(value, float):
        return f"{value:.2f}".rstrip("0").rstrip(".")
    return str(value)


def _rounded(values: tuple[float, ...] | None) -> list[float]:
    return [round(v, 3) for v in values or ()]


def score(expect: Expect, measured: Measured, tol: Tolerance) -> list[Check]:
    """Every expectation given, checked against what was measured."""
    checks: list[Check] = []
    ext = measured.extents or ()
    if expect.extents2d is not None:
        if not measured.flat:
            return [Check("extents2d", False, None, list(expect.extents2d), "no DXF profile")]
        ok = len(ext) == 2 and all(tol.size_ok(g, w) for g, w in zip(ext, expect.extents2d, strict=False))
        return [Check("extents2d", ok, _rounded(ext), list(expect.extents2d))]
    if measured.flat:
        return [Check("extents", False, _rounded(ext), expect.to_dict(), "a flat profile, not a part")]
    if expect.extents is not None:
        ok = all(tol.size_ok(g, w) for g, w in zip(ext, expect.extents, strict=False))
        checks.append(Check("extents", ok, _rounded(ext), list(expect.extents)))
    if expect.max_extent is not None:
        checks.append(Check("max_extent", tol.size_ok(ext[-1], expect.max_extent), round(ext[-1], 3), expect.max_extent))
    if expect.extents_include is not None:
        missing = [w for w in expect.extents_include if not any(tol.size_ok(g, w) for g in ext)]
        checks.append(Check("extents_include", not missing, _rounded(ext), list(expect.extents_include),
                            f"no size near {', '.join(_fmt(m) for m in missing)}" if missing else ""))
    if expect.volume is not None:
        volume = measured.volume or 0.0
        checks.append(Check("volume", tol.volume_ok(volume, expect.volume), round(volume, 1), expect.volume))
    if expect.genus is not None:
        checks.append(Check("genus", measured.genus == expect.genus, measured.genus, expect.genus,
                            "" if measured.watertight else "mesh not watertight"))
    return checks

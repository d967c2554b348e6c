"""How close is close enough: the two presets, and a case's own `tol` on top.

`cadeval` follows the public text-to-CAD benchmarks (sizes within 1 mm, volume within 2 %);
`loose` is what `../shared/eval/check_prompts.py` applies (2 % or 0.5 mm, volume 4 % or 1 mm³).
Through-holes are counted exactly under both.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import Any


@dataclass(frozen=True)
class Tolerance:
    name: str
    extents_rel: float  # fraction of the expected size
    extents_abs: float  # mm; the larger of the two allowances applies
    volume_rel: float
    volume_abs: float  # mm³

    def size_ok(self, got: float, want: float) -> bool:
        return abs(got - want) <= max(self.extents_abs, self.extents_rel * abs(want))

    def volume_ok(self, got: float, want: float) -> bool:
        return abs(got - want) <= max(self.volume_abs, self.volume_rel * abs(want))

    def with_case(self, tol: Mapping[str, Any] | None) -> Tolerance:
        """A case's `tol` (`extents_rel`, `extents_abs`, `volume_rel`, `volume_abs`) wins over the preset."""
        if not tol:
            return self
        changes = {k: float(v) for k, v in tol.items() if k in ("extents_rel", "extents_abs", "volume_rel", "volume_abs")}
        return replace(self, **changes) if changes else self  # type: ignore[arg-type]

    def describe(self) -> str:
        size = " or ".join(p for p in (f"{self.extents_rel:.0%}" if self.extents_rel else "",
                                       f"{self.extents_abs:g} mm" if self.extents_abs else "") if p)
        volume = f"{self.volume_rel:.0%}" + (f" or {self.volume_abs:g} mm³" if self.volume_abs else "")
        return f"sizes within {size}, volume within {volume}, holes exact"


PRESETS: dict[str, Tolerance] = {
    "cadeval": Tolerance("cadeval", extents_rel=0.0, extents_abs=1.0, volume_rel=0.02, volume_abs=0.0),
    "loose": Tolerance("loose", extents_rel=0.02, extents_abs=0.5, volume_rel=0.04, volume_abs=1.0),
}

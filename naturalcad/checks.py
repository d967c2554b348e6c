"""Does the part match the numbers in the prompt? Requested vs measured overall sizes.

Only overall dimension groups ("120 x 80 x 6 mm", "4 by 6 inches") are compared, and only
against the part's extents: a hole diameter or a wall is not an extent, so it is not judged
here. The result feeds the notices a user sees and the model's repair loop.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

_UNIT_MM = {"mm": 1.0, "cm": 10.0, "m": 1000.0, "in": 25.4, "inch": 25.4, "inches": 25.4, '"': 25.4}
_NUM = r"(\d+(?:\.\d+)?)"
_UNIT = r"\s*(mm|cm|m|inch(?:es)?|in|\")?"
_GROUP = re.compile(_NUM + _UNIT + r"\s*(?:x|×|by|\*)\s*" + _NUM + _UNIT + r"(?:\s*(?:x|×|by|\*)\s*" + _NUM + _UNIT + r")?", re.I)


@dataclass(frozen=True)
class DimensionCheck:
    requested: float
    measured: float | None
    ok: bool

    def sentence(self) -> str:
        if self.measured is None:
            return f"requested {self.requested:g} mm, but no extent of the part is near it"
        return f"requested {self.requested:g} mm, measured {self.measured:g} mm"


def requested_dimensions(prompt: str) -> list[float]:
    """Overall sizes (mm) stated as an `A x B [x C]` group in the prompt."""
    match = _GROUP.search(prompt)
    if not match:
        return []
    numbers = [match.group(i) for i in (1, 3, 5)]
    units = [match.group(i) for i in (2, 4, 6)]
    last_unit = next((u for u in reversed(units) if u), None) or "mm"
    values = []
    for number, unit in zip(numbers, units):
        if number is None:
            continue
        values.append(float(number) * _UNIT_MM[(unit or last_unit).lower()])
    return values


def compare(prompt: str, geometry: dict[str, Any], rel: float = 0.02) -> list[DimensionCheck]:
    """Match each requested size to a distinct measured extent."""
    wanted = requested_dimensions(prompt)
    extents = sorted(float(x) for x in geometry.get("extents") or [] if float(x) > 0)
    checks, free = [], list(extents)
    for value in sorted(wanted, reverse=True):
        best = min(free, key=lambda e: abs(e - value), default=None)
        ok = best is not None and abs(best - value) <= max(0.05, rel * value)
        if ok:
            free.remove(best)
        checks.append(DimensionCheck(value, best, ok))
    return checks


def mismatches(prompt: str, geometry: dict[str, Any]) -> list[DimensionCheck]:
    return [c for c in compare(prompt, geometry) if not c.ok]

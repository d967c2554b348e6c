"""T-slot aluminium extrusions by series: outline, slot and centre bore, mm.

Source: the "B-type" (Bosch Rexroth compatible) series as listed in the Misumi HFS and Item
catalogues; 20 series slot 6, 30 and 40 series slot 8. The centre bore is the tapping hole for
the end screw (M5 / M6 / M8). V-slot 2020 shares the outline and bore. A 4080 has two bores.
"""

from __future__ import annotations

from dataclasses import dataclass

SOURCE = "B-type T-slot series (Misumi HFS / Bosch)"


@dataclass(frozen=True)
class TSlotProfile:
    series: str
    width: float            # mm, outline across the short side
    height: float           # mm, outline across the long side (= width for square profiles)
    slot: float             # mm, slot opening
    slot_depth: float       # mm, from the face to the bottom of the T
    bore: float             # mm, centre bore (end tapping hole)
    end_thread: str


_ROWS = [
    ("2020", 20, 20, 6.2, 6.0, 4.2, "M5"), ("2040", 20, 40, 6.2, 6.0, 4.2, "M5"),
    ("2060", 20, 60, 6.2, 6.0, 4.2, "M5"), ("2080", 20, 80, 6.2, 6.0, 4.2, "M5"),
    ("3030", 30, 30, 8.2, 9.0, 6.8, "M8"), ("3060", 30, 60, 8.2, 9.0, 6.8, "M8"),
    ("4040", 40, 40, 8.2, 12.0, 6.8, "M8"), ("4080", 40, 80, 8.2, 12.0, 6.8, "M8"),
    ("4545", 45, 45, 10.2, 13.0, 8.5, "M10"),
]

PROFILES: dict[str, TSlotProfile] = {
    series: TSlotProfile(series, float(w), float(h), float(slot), float(depth), float(bore), thread)
    for series, w, h, slot, depth, bore, thread in _ROWS
}


def bores(p: TSlotProfile) -> int:
    """One centre bore per square cell of the outline (a 4080 has two)."""
    return max(1, round(p.height / p.width))

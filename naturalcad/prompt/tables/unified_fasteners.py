"""Unified inch screws (UNC / UNF), #2 to 3/4": clearance holes and tap drills, mm.

Sources:
- clearance holes, close / normal / loose fit: ASME B18.2.8-1999 (R2017), Table 1a (inch drills),
  converted to mm; the numbered sizes' close fits from its Table 3a (metric drills)
- tap drills for about 75 % thread: the drill sizes of the Machinery's Handbook tap drill table
- hex nuts, width across flats and thickness: ASME B18.2.2 (1/4" and up), ASME B18.6.3 machine
  screw nuts (numbered sizes)
"""

from __future__ import annotations

from dataclasses import dataclass

SOURCE = "ASME B18.2.8"
IN = 25.4


@dataclass(frozen=True)
class UnifiedRow:
    size: str                  # "#10", "1/4"
    major: float               # nominal diameter, mm
    tpi_coarse: int | None     # UNC threads per inch
    tpi_fine: int | None       # UNF
    clearance_close: float
    clearance_normal: float
    clearance_loose: float
    tap_coarse: float | None
    tap_fine: float | None


def _mm(inch: float) -> float:
    return round(inch * IN, 2)


_ROWS = [
    # size, major in, UNC, UNF, close mm, normal in, loose in, tap UNC in, tap UNF in
    ("#2", 0.086, 56, 64, 2.4, 0.1015, 0.116, 0.0700, 0.0700),
    ("#3", 0.099, 48, 56, 2.7, 0.116, 0.128, 0.0785, 0.0820),
    ("#4", 0.112, 40, 48, 3.0, 0.1285, 0.144, 0.0890, 0.0935),
    ("#5", 0.125, 40, 44, 3.6, 0.1562, 0.172, 0.1015, 0.1040),
    ("#6", 0.138, 32, 40, 3.9, 0.1695, 0.185, 0.1065, 0.1130),
    ("#8", 0.164, 32, 36, 4.6, 0.1960, 0.213, 0.1360, 0.1360),
    ("#10", 0.190, 24, 32, 5.2, 0.2210, 0.238, 0.1495, 0.1590),
    ("1/4", 0.250, 20, 28, _mm(0.2656), 0.2812, 0.297, 0.2010, 0.2130),
    ("5/16", 0.3125, 18, 24, _mm(0.3281), 0.3438, 0.359, 0.2570, 0.2720),
    ("3/8", 0.375, 16, 24, _mm(0.3906), 0.4062, 0.422, 0.3125, 0.3320),
    ("7/16", 0.4375, 14, 20, _mm(0.4531), 0.4688, 0.484, 0.3680, 0.3906),
    ("1/2", 0.500, 13, 20, _mm(0.5312), 0.5625, 0.609, 0.4219, 0.4531),
    ("5/8", 0.625, 11, 18, _mm(0.6562), 0.6875, 0.734, 0.5312, 0.5781),
    ("3/4", 0.750, 10, 16, _mm(0.7812), 0.8125, 0.906, 0.6562, 0.6875),
]

UNIFIED: dict[str, UnifiedRow] = {
    r[0]: UnifiedRow(r[0], _mm(r[1]), r[2], r[3], float(r[4]), _mm(r[5]), _mm(r[6]), _mm(r[7]), _mm(r[8]))
    for r in _ROWS
}


# size -> (across flats, thickness), inches
_NUTS_IN: dict[str, tuple[float, float]] = {
    "#2": (3 / 16, 1 / 16), "#4": (1 / 4, 3 / 32), "#6": (5 / 16, 7 / 64), "#8": (11 / 32, 1 / 8), "#10": (3 / 8, 1 / 8),
    "1/4": (7 / 16, 7 / 32), "5/16": (1 / 2, 17 / 64), "3/8": (9 / 16, 21 / 64), "7/16": (11 / 16, 3 / 8),
    "1/2": (3 / 4, 7 / 16), "5/8": (15 / 16, 35 / 64), "3/4": (9 / 8, 41 / 64),
}
NUT_SOURCE = "ASME B18.2.2 / B18.6.3"


def nut(size: str) -> tuple[float, float] | None:
    """(across flats, thickness) in mm of the hex nut for `size`, None when not tabulated."""
    row = _NUTS_IN.get(size)
    return (_mm(row[0]), _mm(row[1])) if row else None


def unified(size: str) -> UnifiedRow | None:
    """The row for "#10", "no. 10", "10" after a #, or "1/4"."""
    key = size.strip().lower().replace("no.", "#").replace("no ", "#").replace(" ", "")
    if key.isdigit():
        key = "#" + key
    return UNIFIED.get(key)


def clearance(row: UnifiedRow, fit: str) -> float:
    return {"close": row.clearance_close, "medium": row.clearance_normal, "loose": row.clearance_loose}[fit]


def tap_drill(row: UnifiedRow, tpi: int | None) -> float | None:
    if tpi is not None and tpi == row.tpi_fine:
        return row.tap_fine
    return row.tap_coarse

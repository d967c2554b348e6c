"""ISO metric fastener sizes, M2-M24, mm.

Sources, one column each:
- clearance holes, fine / medium / coarse series: ISO 273 (the "close", "normal", "loose" fits)
- tap drill for the coarse pitch: ISO 2306 (drill = nominal - pitch, rounded as the tables do)
- hex nuts, width across flats s and height m: ISO 4032
- plain washers d1 / d2 / h: ISO 7089 (DIN 125-1 A is the same), large washers: DIN 9021
- socket head cap screws, head diameter dk and height k: ISO 4762; counterbore for them: DIN 974-1
"""

from __future__ import annotations

from dataclasses import dataclass

CLEARANCE_SOURCE = "ISO 273"
NUT_SOURCE = "ISO 4032"


@dataclass(frozen=True)
class MetricRow:
    nominal: float
    pitch: float                 # coarse pitch
    clearance_close: float       # ISO 273 fine
    clearance_medium: float      # ISO 273 medium
    clearance_loose: float       # ISO 273 coarse
    tap_drill: float
    nut_af: float                # ISO 4032 s
    nut_height: float            # ISO 4032 m
    washer_id: float             # ISO 7089 / DIN 125 d1
    washer_od: float             # ISO 7089 / DIN 125 d2
    washer_thickness: float      # ISO 7089 / DIN 125 h
    head_diameter: float         # ISO 4762 dk
    head_height: float           # ISO 4762 k
    counterbore: float           # DIN 974-1 for ISO 4762
    counterbore_depth: float     # head height plus a little, so the head sits below the face


_ROWS = [
    # M, pitch, 273 fine/med/coarse, tap, s, m, d1, d2, h, dk, k, cbore, depth
    (2.0, 0.4, 2.2, 2.4, 2.6, 1.6, 4.0, 1.6, 2.2, 5.0, 0.3, 3.8, 2.0, 4.3, 2.4),
    (2.5, 0.45, 2.7, 2.9, 3.1, 2.05, 5.0, 2.0, 2.7, 6.0, 0.5, 4.5, 2.5, 5.0, 2.9),
    (3.0, 0.5, 3.2, 3.4, 3.6, 2.5, 5.5, 2.4, 3.2, 7.0, 0.5, 5.5, 3.0, 6.0, 3.4),
    (4.0, 0.7, 4.3, 4.5, 4.8, 3.3, 7.0, 3.2, 4.3, 9.0, 0.8, 7.0, 4.0, 8.0, 4.4),
    (5.0, 0.8, 5.3, 5.5, 5.8, 4.2, 8.0, 4.7, 5.3, 10.0, 1.0, 8.5, 5.0, 10.0, 5.4),
    (6.0, 1.0, 6.4, 6.6, 7.0, 5.0, 10.0, 5.2, 6.4, 12.0, 1.6, 10.0, 6.0, 11.0, 6.4),
    (8.0, 1.25, 8.4, 9.0, 10.0, 6.8, 13.0, 6.8, 8.4, 16.0, 1.6, 13.0, 8.0, 15.0, 8.6),
    (10.0, 1.5, 10.5, 11.0, 12.0, 8.5, 16.0, 8.4, 10.5, 20.0, 2.0, 16.0, 10.0, 18.0, 10.6),
    (12.0, 1.75, 13.0, 13.5, 14.5, 10.2, 18.0, 10.8, 13.0, 24.0, 2.5, 18.0, 12.0, 20.0, 12.6),
    (14.0, 2.0, 15.0, 15.5, 16.5, 12.0, 21.0, 12.8, 15.0, 28.0, 2.5, 21.0, 14.0, 24.0, 14.6),
    (16.0, 2.0, 17.0, 17.5, 18.5, 14.0, 24.0, 14.8, 17.0, 30.0, 3.0, 24.0, 16.0, 26.0, 16.6),
    (18.0, 2.5, 19.0, 20.0, 21.0, 15.5, 27.0, 15.8, 19.0, 34.0, 3.0, 27.0, 18.0, 30.0, 18.6),
    (20.0, 2.5, 21.0, 22.0, 24.0, 17.5, 30.0, 18.0, 21.0, 37.0, 3.0, 30.0, 20.0, 33.0, 20.6),
    (22.0, 2.5, 23.0, 24.0, 26.0, 19.5, 34.0, 19.4, 23.0, 39.0, 3.0, 33.0, 22.0, 36.0, 22.6),
    (24.0, 3.0, 25.0, 26.0, 28.0, 21.0, 36.0, 21.5, 25.0, 44.0, 4.0, 36.0, 24.0, 40.0, 24.8),
]

METRIC: dict[float, MetricRow] = {r[0]: MetricRow(*r) for r in _ROWS}

# DIN 9021 large washers: M -> (d1, d2, h)
DIN_9021: dict[float, tuple[float, float, float]] = {
    3.0: (3.2, 9.0, 0.8), 4.0: (4.3, 12.0, 1.0), 5.0: (5.3, 15.0, 1.2), 6.0: (6.4, 18.0, 1.6),
    8.0: (8.4, 24.0, 2.0), 10.0: (10.5, 30.0, 2.5), 12.0: (13.0, 37.0, 3.0), 14.0: (15.0, 44.0, 3.0),
    16.0: (17.0, 50.0, 3.0), 20.0: (22.0, 60.0, 4.0), 24.0: (26.0, 72.0, 5.0),
}

# fine pitches people name ("M10 x 1.25"): (M, pitch) -> tap drill (nominal - pitch)
FINE_TAP_DRILL: dict[tuple[float, float], float] = {
    (8.0, 1.0): 7.0, (10.0, 1.25): 8.8, (10.0, 1.0): 9.0, (12.0, 1.5): 10.5, (12.0, 1.25): 10.8,
    (14.0, 1.5): 12.5, (16.0, 1.5): 14.5, (18.0, 1.5): 16.5, (20.0, 1.5): 18.5, (22.0, 1.5): 20.5, (24.0, 2.0): 22.0,
}

FITS = {"close": "fine", "medium": "medium", "loose": "coarse"}


def clearance(row: MetricRow, fit: str) -> float:
    """The ISO 273 hole for `fit` ("close", "medium", "loose")."""
    return {"close": row.clearance_close, "medium": row.clearance_medium, "loose": row.clearance_loose}[fit]

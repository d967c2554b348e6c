"""Tube wall gauges and dressed lumber.

Tube wall gauges: Birmingham wire gauge (BWG, also sold as SWG for tube), wall thickness in mm.

Source: the Birmingham (Stubs') wire gauge table as used for mechanical and boiler tube walls
(e.g. ASTM A513 / A269 wall callouts "16 ga = 0.065 in"); inches x 25.4.
Dressed (surfaced dry) softwood lumber: American Softwood Lumber Standard, NIST PS 20 — a nominal
1 is 3/4 in, 2 to 6 are half an inch less, 8 and over three quarters of an inch less.
"""

from __future__ import annotations

SOURCE = "Birmingham wire gauge (BWG), tube walls"

_INCHES: dict[int, float] = {10: 0.134, 11: 0.120, 12: 0.109, 13: 0.095, 14: 0.083, 15: 0.072, 16: 0.065,
                             17: 0.058, 18: 0.049, 19: 0.042, 20: 0.035, 21: 0.032, 22: 0.028, 23: 0.025, 24: 0.022}

BWG: dict[int, float] = {g: round(t * 25.4, 3) for g, t in _INCHES.items()}

LUMBER_SOURCE = "PS 20 dressed softwood lumber"


def dressed(nominal: int) -> float:
    """The dressed size in mm of a nominal lumber size in inches (2 -> 38.1, 4 -> 88.9, 8 -> 184.15)."""
    inches = 0.75 if nominal == 1 else nominal - 0.5 if nominal <= 6 else nominal - 0.75
    return round(inches * 25.4, 2)

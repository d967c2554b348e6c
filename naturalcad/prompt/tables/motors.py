"""Stepper motor mounting faces by NEMA frame size, mm.

Source: NEMA ICS 16 (motion / position control motors), as tabulated in motor makers'
datasheets: the square bolt pattern, the pilot (register) diameter and the mounting screw.
"""

from __future__ import annotations

from dataclasses import dataclass

SOURCE = "NEMA ICS 16"


@dataclass(frozen=True)
class NemaFrame:
    frame: str
    face: float          # square flange across flats
    bolt_square: float   # hole centres, square pattern
    pilot: float         # pilot (register) boss diameter
    screw: float         # metric screw the holes take (M3, M4, M5, M6)
    shaft: float


_ROWS = [
    ("8", 20.3, 16.0, 15.0, 2.0, 4.0),
    ("11", 28.2, 23.0, 22.0, 2.5, 5.0),
    ("14", 35.2, 26.0, 22.0, 3.0, 5.0),
    ("17", 42.3, 31.0, 22.0, 3.0, 5.0),
    ("23", 56.4, 47.14, 38.1, 5.0, 6.35),
    ("34", 86.0, 69.6, 73.0, 6.0, 14.0),
]

NEMA: dict[str, NemaFrame] = {r[0]: NemaFrame(r[0], *r[1:]) for r in _ROWS}
PILOT_CLEARANCE = 0.5   # mm added to the pilot so the boss drops in

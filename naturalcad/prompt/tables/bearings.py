"""Deep-groove ball bearings: designation -> bore d, outside diameter D, width B (mm).

Source: ISO 15 (radial bearings, boundary dimensions), the 618/619/60/62/63 dimension series as
printed in the SKF and NSK catalogues. A 2RS / ZZ suffix is a seal, not a size.
Linear ball bushings LMxUU (the JIS B 1518 / THK-Misumi LM series every 3D printer uses): inscribed
bore d (the rod), outside diameter D, length L (read as the bearing's width).
"""

from __future__ import annotations

from dataclasses import dataclass

SOURCE = "ISO 15"


@dataclass(frozen=True)
class Bearing:
    designation: str
    bore: float
    outside: float
    width: float


_ROWS = [
    # miniature 68x / 69x / 60x / 62x
    ("684", 4, 9, 4), ("685", 5, 11, 5), ("686", 6, 13, 5), ("687", 7, 14, 5), ("688", 8, 16, 5), ("689", 9, 17, 5),
    ("694", 4, 11, 4), ("695", 5, 13, 4), ("696", 6, 15, 5), ("697", 7, 17, 5), ("698", 8, 19, 6), ("699", 9, 20, 6),
    ("604", 4, 12, 4), ("605", 5, 14, 5), ("606", 6, 17, 6), ("607", 7, 19, 6), ("608", 8, 22, 7), ("609", 9, 24, 7),
    ("623", 3, 10, 4), ("624", 4, 13, 5), ("625", 5, 16, 5), ("626", 6, 19, 6), ("627", 7, 22, 7), ("628", 8, 24, 8),
    ("629", 9, 26, 8),
    ("634", 4, 16, 5), ("635", 5, 19, 6),
    # 618xx / 619xx thin section
    ("6800", 10, 19, 5), ("6801", 12, 21, 5), ("6802", 15, 24, 5), ("6803", 17, 26, 5), ("6804", 20, 32, 7),
    ("6805", 25, 37, 7), ("6806", 30, 42, 7),
    ("6900", 10, 22, 6), ("6901", 12, 24, 6), ("6902", 15, 28, 7), ("6903", 17, 30, 7), ("6904", 20, 37, 9),
    ("6905", 25, 42, 9), ("6906", 30, 47, 9),
    # 60xx
    ("6000", 10, 26, 8), ("6001", 12, 28, 8), ("6002", 15, 32, 9), ("6003", 17, 35, 10), ("6004", 20, 42, 12),
    ("6005", 25, 47, 12), ("6006", 30, 55, 13), ("6007", 35, 62, 14), ("6008", 40, 68, 15), ("6009", 45, 75, 16),
    ("6010", 50, 80, 16),
    # 62xx
    ("6200", 10, 30, 9), ("6201", 12, 32, 10), ("6202", 15, 35, 11), ("6203", 17, 40, 12), ("6204", 20, 47, 14),
    ("6205", 25, 52, 15), ("6206", 30, 62, 16), ("6207", 35, 72, 17), ("6208", 40, 80, 18), ("6209", 45, 85, 19),
    ("6210", 50, 90, 20),
    # 63xx
    ("6300", 10, 35, 11), ("6301", 12, 37, 12), ("6302", 15, 42, 13), ("6303", 17, 47, 14), ("6304", 20, 52, 15),
    ("6305", 25, 62, 17), ("6306", 30, 72, 19), ("6307", 35, 80, 21), ("6308", 40, 90, 23), ("6309", 45, 100, 25),
    ("6310", 50, 110, 27),
]

_LINEAR = [
    ("LM3UU", 3, 7, 10), ("LM4UU", 4, 8, 12), ("LM5UU", 5, 10, 15), ("LM6UU", 6, 12, 19), ("LM8UU", 8, 15, 24),
    ("LM10UU", 10, 19, 29), ("LM12UU", 12, 21, 30), ("LM13UU", 13, 23, 32), ("LM16UU", 16, 28, 37),
    ("LM20UU", 20, 32, 42), ("LM25UU", 25, 40, 59), ("LM30UU", 30, 45, 64),
    ("LM6LUU", 6, 12, 35), ("LM8LUU", 8, 15, 45), ("LM10LUU", 10, 19, 55), ("LM12LUU", 12, 21, 57),
]

BEARINGS: dict[str, Bearing] = {r[0]: Bearing(r[0], float(r[1]), float(r[2]), float(r[3])) for r in _ROWS + _LINEAR}
# the designations as a pattern: a number of the ISO 15 series, or a linear bushing "LM8UU" (case as typed)
DESIGNATION = r"(?:\d{3,5}|LM\d{1,2}L?UU)"


def bearing(designation: str) -> Bearing | None:
    """The row for "6204", "6204-2RS", "608ZZ"; None when the number is not a known bearing."""
    import re

    m = re.match(r"(LM\d{1,2}L?UU|\d{3,5})", designation.strip(), re.I)
    return BEARINGS.get(m.group(1).upper()) if m else None

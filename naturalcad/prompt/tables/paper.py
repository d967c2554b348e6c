"""Paper and sheet sizes people use as the size of a flat part ("A4 sized base plate").

Source: ISO 216 (A and B series, portrait width x height, mm) and ANSI/ASME Y14.1 for the
North American letter, legal and tabloid sheets (8.5 x 11, 8.5 x 14, 11 x 17 in).
"""

from __future__ import annotations

from dataclasses import dataclass

SOURCE_ISO = "ISO 216"
SOURCE_US = "ANSI/ASME Y14.1"


@dataclass(frozen=True)
class Sheet:
    name: str
    width: float    # mm, the short side
    length: float   # mm, the long side
    source: str


def _iso(series: str, long0: float, short0: float) -> dict[str, Sheet]:
    """A0..A10 (or B0..B10): each size halves the one before along its long side, rounded down to the mm."""
    out: dict[str, Sheet] = {}
    long_side, short_side = long0, short0
    for n in range(11):
        out[f"{series}{n}"] = Sheet(f"{series}{n}", short_side, long_side, SOURCE_ISO)
        long_side, short_side = short_side, float(int(long_side / 2))
    return out


SHEETS: dict[str, Sheet] = {
    **_iso("A", 1189.0, 841.0),
    **_iso("B", 1414.0, 1000.0),
    "LETTER": Sheet("US letter", 215.9, 279.4, SOURCE_US),
    "LEGAL": Sheet("US legal", 215.9, 355.6, SOURCE_US),
    "TABLOID": Sheet("tabloid", 279.4, 431.8, SOURCE_US),
}

"""ISO metric fastener dimensions, so "M6 hex nut" or "M5 clearance holes" come out true to size.

Sources: ISO 4032 (hex nuts, width across flats s and height m), ISO 273 (clearance
holes, medium series), ISO 7089 (plain washers), common tap-drill sizes, and the
across-flats usually sold for hex standoffs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class MetricSize:
    nominal: float          # thread diameter, mm
    nut_af: float           # ISO 4032 width across flats, mm
    nut_height: float       # ISO 4032 nut height m, mm
    clearance: float        # ISO 273 medium clearance hole, mm
    tap_drill: float        # tap drill for coarse pitch, mm
    washer_id: float        # ISO 7089
    washer_od: float
    washer_thickness: float
    standoff_af: float      # typical hex standoff across flats


_TABLE: dict[float, MetricSize] = {
    m.nominal: m
    for m in [
        MetricSize(2.0, 4.0, 1.6, 2.4, 1.6, 2.2, 5.0, 0.3, 4.0),
        MetricSize(2.5, 5.0, 2.0, 2.9, 2.05, 2.7, 6.0, 0.5, 5.0),
        MetricSize(3.0, 5.5, 2.4, 3.4, 2.5, 3.2, 7.0, 0.5, 5.5),
        MetricSize(4.0, 7.0, 3.2, 4.5, 3.3, 4.3, 9.0, 0.8, 7.0),
        MetricSize(5.0, 8.0, 4.7, 5.5, 4.2, 5.3, 10.0, 1.0, 8.0),
        MetricSize(6.0, 10.0, 5.2, 6.6, 5.0, 6.4, 12.0, 1.6, 10.0),
        MetricSize(8.0, 13.0, 6.8, 9.0, 6.8, 8.4, 16.0, 1.6, 13.0),
        MetricSize(10.0, 16.0, 8.4, 11.0, 8.5, 10.5, 20.0, 2.0, 16.0),
        MetricSize(12.0, 18.0, 10.8, 13.5, 10.2, 13.0, 24.0, 2.5, 18.0),
        MetricSize(14.0, 21.0, 12.8, 15.5, 12.0, 15.0, 28.0, 2.5, 21.0),
        MetricSize(16.0, 24.0, 14.8, 17.5, 14.0, 17.0, 30.0, 3.0, 24.0),
        MetricSize(20.0, 30.0, 18.0, 22.0, 17.5, 21.0, 37.0, 3.0, 30.0),
    ]
}


def metric(size: float) -> MetricSize:
    """The table row for M`size`; sizes between rows scale from the nearest one."""
    if size in _TABLE:
        return _TABLE[size]
    nearest = min(_TABLE, key=lambda k: abs(k - size))
    row = _TABLE[nearest]
    k = size / nearest
    return MetricSize(size, *(round(v * k, 2) for v in (
        row.nut_af, row.nut_height, row.clearance, row.tap_drill, row.washer_id,
        row.washer_od, row.washer_thickness, row.standoff_af)))


def known_sizes() -> list[float]:
    return sorted(_TABLE)


# -- pipes and bearings: names that stand for sizes ----------------------------------------------
# ASME B36.10 steel pipe: NPS -> (outside diameter, wall sch 40, wall sch 80), mm.
PIPE_NPS: dict[str, tuple[float, float, float]] = {
    "1/8": (10.3, 1.73, 2.41), "1/4": (13.7, 2.24, 3.02), "3/8": (17.1, 2.31, 3.20), "1/2": (21.3, 2.77, 3.73),
    "3/4": (26.7, 2.87, 3.91), "1": (33.4, 3.38, 4.55), "1-1/4": (42.2, 3.56, 4.85), "1-1/2": (48.3, 3.68, 5.08),
    "2": (60.3, 3.91, 5.54), "2-1/2": (73.0, 5.16, 7.01), "3": (88.9, 5.49, 7.62), "4": (114.3, 6.02, 8.56),
    "5": (141.3, 6.55, 9.53), "6": (168.3, 7.11, 10.97), "8": (219.1, 8.18, 12.70), "10": (273.1, 9.27, 15.09),
    "12": (323.8, 10.31, 17.48),
}
# ISO 15 deep-groove ball bearings: number -> (bore d, outside D, width B), mm.
BEARINGS: dict[str, tuple[float, float, float]] = {
    "623": (3, 10, 4), "624": (4, 13, 5), "625": (5, 16, 5), "626": (6, 19, 6), "627": (7, 22, 7),
    "608": (8, 22, 7), "688": (8, 16, 5), "6800": (10, 19, 5), "6900": (10, 22, 6), "6000": (10, 26, 8),
    "6001": (12, 28, 8), "6002": (15, 32, 9), "6003": (17, 35, 10), "6004": (20, 42, 12), "6200": (10, 30, 9),
    "6201": (12, 32, 10), "6202": (15, 35, 11), "6203": (17, 40, 12), "6204": (20, 47, 14), "6205": (25, 52, 15),
    "6206": (30, 62, 16), "6300": (10, 35, 11), "6301": (12, 37, 12),
}


@dataclass(frozen=True)
class StandardUse:
    """A standard name read as sizes: "1-1/4\" sch 40" -> 42.2 OD x 3.56 wall."""

    typed: str
    meaning: str      # for the reading: "NPS 1-1/4 sch 40 pipe: 42.2 mm OD, 3.56 mm wall"
    replacement: str  # the sizes, in words the families read


_PIPE = re.compile(r"(?:\bNPS\s*)?(?<![\d/.-])(\d+-\d/\d|\d+ \d/\d|\d/\d|\d+)\s*(?:\"|''|\u2033|-?\s*inch(?:es)?\b|in\b|\s*NPS\b)?"
                   r"\s*(?:NPS\s*)?(?:sch(?:edule)?\.?|SCH)\s*(40|80|STD|XS)\b", re.I)
_BEARING = re.compile(r"\b(\d{3,4})(?:[- ]?(?:zz|2rs|rs|2z))?\s+(?:ball\s+)?bearing\b|\bbearing\s+(\d{3,4})\b", re.I)
_ABOUT_ANOTHER = re.compile(r"\b(for|fits?|inside|into|onto|housing|holder|seat|around|over|press[- ]fit|with)\b", re.I)


def expand(text: str) -> tuple[str, list[StandardUse]]:
    """Replace pipe schedules and bearing numbers by their sizes (ASME B36.10, ISO 15).

    A bearing number is read as sizes only when the bearing is the part itself ("dummy 6204
    bearing", "625 bearing placeholder ring"), not when the part goes with one ("housing for a
    6001 bearing"): then it stays a name the reading reports as not understood.
    """
    uses: list[StandardUse] = []

    def pipe(m: re.Match[str]) -> str:
        nps = m.group(1).replace(" ", "-")
        row = PIPE_NPS.get(nps)
        if row is None:
            return m.group(0)
        heavy = m.group(2).lower() in ("80", "xs")
        od, wall = row[0], row[2] if heavy else row[1]
        label = "80" if heavy else "40"
        uses.append(StandardUse(m.group(0).strip(), f"NPS {nps} sch {label} pipe: {od:g} mm OD, {wall:g} mm wall",
                                f" {od:g} mm od, {wall:g} mm wall "))
        return uses[-1].replacement

    text = _PIPE.sub(pipe, text)

    def bearing(m: re.Match[str]) -> str:
        number = m.group(1) or m.group(2)
        row = BEARINGS.get(number)
        # "608 bearing housing", "6001 bearing seat": the part goes with the bearing, it is not one
        goes_with = re.match(r"\s*(housing|holder|seat|mount|block|cover|cap|spacer|sleeve|bush\w*|adapter|plate|"
                             r"pillow|carrier|insert|retainer)\b", text[m.end():], re.I)
        if row is None or goes_with or _ABOUT_ANOTHER.search(text[:m.start()]):
            return m.group(0)
        d, outside, width = row
        uses.append(StandardUse(number, f"bearing {number} (ISO 15): {d:g} bore, {outside:g} OD, {width:g} wide",
                                f" bearing {outside:g} mm od {d:g} mm id {width:g} mm thick "))
        return uses[-1].replacement

    return _BEARING.sub(bearing, text), uses

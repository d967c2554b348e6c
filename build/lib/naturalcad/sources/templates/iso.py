"""ISO metric fastener dimensions, so "M6 hex nut" or "M5 clearance holes" come out true to size.

Sources: ISO 4032 (hex nuts, width across flats s and height m), ISO 273 (clearance
holes, medium series), ISO 7089 (plain washers), common tap-drill sizes, and the
across-flats usually sold for hex standoffs.
"""

from __future__ import annotations

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

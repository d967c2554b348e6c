"""Steel pipe by nominal pipe size (NPS): outside diameter and wall per schedule, mm.

Source: ASME B36.10M (welded and seamless wrought steel pipe), schedules 10, 40 (= STD up to
NPS 10) and 80 (= XS up to NPS 8). The schedule 10 walls for NPS 1/8-12 are those B36.10M and
B36.19M (10S) share.
"""

from __future__ import annotations

from dataclasses import dataclass

SOURCE = "ASME B36.10M"


@dataclass(frozen=True)
class PipeSize:
    nps: str
    outside: float
    walls: dict[str, float]   # schedule ("10", "40", "80") -> wall thickness


# NPS: (OD, sch 10, sch 40, sch 80)
_ROWS: dict[str, tuple[float, float, float, float]] = {
    "1/8": (10.3, 1.24, 1.73, 2.41), "1/4": (13.7, 1.65, 2.24, 3.02), "3/8": (17.1, 1.65, 2.31, 3.20),
    "1/2": (21.3, 2.11, 2.77, 3.73), "3/4": (26.7, 2.11, 2.87, 3.91), "1": (33.4, 2.77, 3.38, 4.55),
    "1-1/4": (42.2, 2.77, 3.56, 4.85), "1-1/2": (48.3, 2.77, 3.68, 5.08), "2": (60.3, 2.77, 3.91, 5.54),
    "2-1/2": (73.0, 3.05, 5.16, 7.01), "3": (88.9, 3.05, 5.49, 7.62), "3-1/2": (101.6, 3.05, 5.74, 8.08),
    "4": (114.3, 3.05, 6.02, 8.56), "5": (141.3, 3.40, 6.55, 9.53), "6": (168.3, 3.40, 7.11, 10.97),
    "8": (219.1, 3.76, 8.18, 12.70), "10": (273.1, 4.19, 9.27, 15.09), "12": (323.8, 4.57, 10.31, 17.48),
}

PIPES: dict[str, PipeSize] = {
    nps: PipeSize(nps, od, {"10": s10, "40": s40, "80": s80}) for nps, (od, s10, s40, s80) in _ROWS.items()
}
SCHEDULE_ALIASES = {"std": "40", "xs": "80", "10s": "10", "40s": "40", "80s": "80"}


def pipe(nps: str, schedule: str) -> tuple[PipeSize, str, float] | None:
    """(row, schedule, wall) for NPS "1-1/4" / "1 1/4" and schedule "40" / "STD"; None if unknown."""
    row = PIPES.get(nps.replace(" ", "-"))
    sch = SCHEDULE_ALIASES.get(schedule.lower(), schedule.lower())
    if row is None or sch not in row.walls:
        return None
    return row, sch, row.walls[sch]

"""Holes laid out by their spacing: "8 mm holes at 60 mm pitch along a 300 bar", "4 holes at 31 mm pitch".

When the person gives the pitch, the hole count follows from the length ("at 50 pitch along
250" is five holes, centred, 25 from each end; "every 40, first one 20 from the end" on 240 is
six), and a square or rectangular pattern keeps its spacing whatever the plate size (a NEMA 17
face is 31 x 31 on any plate). Used by the plate family through `blocks.hole_layout`.
"""

from __future__ import annotations

import math

from ..parse import PartSpec
from ..script import P
from .base import Impossible, Notes, dim, r4


def _along(length: float, pitch: float, margin: float | None) -> int:
    """How many holes at `pitch` fit along `length` (centred, or from `margin` at each end)."""
    if margin is not None:
        return math.floor((length - 2 * margin) / pitch + 1e-6) + 1
    return max(1, math.floor(length / pitch + 1e-6))


def _only_a_row_fits(pitch: float, hole_d: float, length: float, width: float) -> bool:
    """"four 8 mm holes at 50 mm pitch" on a 250 x 40 bar: two rows 50 apart cannot fit the 40 width, one row of
    four fits the length, so the pitch runs along the bar."""
    return pitch > 0 and pitch + hole_d >= min(length, width) and 3 * pitch + hole_d < max(length, width)


def pitched_layout(spec: PartSpec, notes: Notes, length: float, width: float, hole_d: float) -> list[P] | None:
    """Columns, rows and their pitches when the prompt gives a hole spacing; None otherwise."""
    pair = spec.group_roles.get("pitch")
    pitch = dim(spec, "pitch")
    if pair is None and pitch is None:
        return None
    count = spec.counts.get("holes")
    margin = dim(spec, "edge_offset")
    if pair is not None and len(pair) >= 2:
        big, small = max(pair[:2]), min(pair[:2])
        x_pitch, y_pitch = (big, small) if length >= width else (small, big)
        cols, rows = spec.grid or (2, 2)
    elif spec.grid is not None or (count == 4 and spec.hole_pattern in (None, "corners", "grid")
                                   and not spec.phrase(r"\b(along|in a (row|line)|row of|line of)\b")
                                   and not _only_a_row_fits(float(pitch or 0.0), hole_d, length, width)):
        cols, rows = spec.grid or (2, 2)
        if rows > cols and length >= width and "row_spacing" not in spec.dims:
            cols, rows = rows, cols
        x_pitch = y_pitch = float(pitch or 0.0)
        if "row_spacing" in spec.dims:  # "rows 60 apart": the pitch runs along each row, the rows sit that far apart
            y_pitch = float(spec.dims["row_spacing"])
            if spec.counts.get("per_row_from_pitch") and x_pitch:
                cols = _along(length, x_pitch, margin)
                notes.add(f"{cols} holes in each row: {length:g} mm at {x_pitch:g} mm pitch" +
                          (f", {margin:g} mm from the ends" if margin is not None else ", centred"))
    else:
        rows = 1
        cols = count if count else _along(length, float(pitch or 0.0), margin)
        x_pitch, y_pitch = float(pitch or 0.0), 0.0
        if not count:
            notes.add(f"{cols} holes: {length:g} mm at {x_pitch:g} mm pitch" +
                      (f", {margin:g} mm from the ends" if margin is not None else ", centred"))
    for n, p in ((cols, x_pitch), (rows, y_pitch)):
        if n > 1 and 0 < p <= hole_d:  # holes that run into each other: a smaller pitch would not help
            raise Impossible(f"{hole_d:g} mm holes at {p:g} mm pitch overlap their neighbours by {r4(hole_d - p):g} mm. "
                             f"Use a pitch over {hole_d:g} mm or holes under {p:g} mm.")
    span_x, span_y = (cols - 1) * x_pitch + hole_d, (rows - 1) * y_pitch + hole_d
    if span_x > length or span_y > width:
        raise Impossible(f"{cols * rows} holes of {hole_d:g} mm at {x_pitch:g}"
                         + (f" x {y_pitch:g}" if rows > 1 else "") + f" mm pitch need {r4(span_x):g} x {r4(span_y):g} mm; "
                         f"the part is {length:g} x {width:g} mm. Use a smaller pitch or fewer holes.")
    return [P("columns", int(cols), "holes along X"),
            P("rows", int(rows), "holes along Y"),
            P("x_pitch", r4(x_pitch), "mm, hole spacing along X (centred)"),
            P("y_pitch", r4(y_pitch), "mm, hole spacing along Y (centred)")]

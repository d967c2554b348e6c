"""Where a family's holes land, and whether each one fits the part it is cut in.

The families lay holes out from their parameters (a grid in from the edges, a row along X, a
bolt circle, a pitched grid); this module places the same centres without CAD, from the same
values, and checks every hole as it will be cut (its widest part: the counterbore or the
countersink when there is one) against the outline of the part and against its neighbours.
It runs for every family whose values name a hole pattern, so "four 12 mm holes 5 mm from the
corners of a 20 mm plate" and "six 20 mm holes in a row on a 60 mm plate" are refused with the
clash and its size, never built as a part with holes that run into each other or off the edge.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass

Values = Mapping[str, float | int | bool]


@dataclass(frozen=True)
class Clash:
    """What does not fit, in one sentence a person can act on.  `soft`: it comes from a size the
    person did not give (an assumed plate or edge distance), so it is a doubt, not a refusal."""

    sentence: str
    soft: bool = False


def _num(values: Values, name: str) -> float | None:
    v = values.get(name)
    if isinstance(v, (int, float)) and not isinstance(v, bool):
        return float(v)
    return None


def _g(x: float) -> str:
    return f"{round(x, 2):g}"


def cut_diameter(values: Values, hole: float) -> tuple[float, str]:
    """The widest part of each hole as cut, and what it is ("hole", "counterbore", "countersink")."""
    widest, what = hole, "hole"
    for name, label in (("counterbore_diameter", "counterbore"), ("countersink_diameter", "countersink")):
        d = _num(values, name)
        if d is not None and d > widest:
            widest, what = d, label
    return widest, what


def centres(values: Values) -> list[tuple[float, float]] | None:
    """The hole centres the family's body will cut (plate coordinates, centred), or None."""
    count = values.get("hole_count")
    cols, rows = values.get("columns"), values.get("rows")
    length, width = _num(values, "length"), _num(values, "width")
    margin = _num(values, "edge_offset")
    if isinstance(cols, int) and isinstance(rows, int) and cols > 0 and rows > 0:
        xp, yp = _num(values, "x_pitch"), _num(values, "y_pitch")
        if xp is None and length is not None and margin is not None and width is not None:
            xp = (length - 2 * margin) / max(cols - 1, 1)
            yp = (width - 2 * margin) / max(rows - 1, 1)
        if xp is None:
            return None
        yp = yp or 0.0  # one row sits on the centre line whatever its pitch; a 0.3 pitch on a tiny part is 0.3
        return [((i - (cols - 1) / 2) * xp, (j - (rows - 1) / 2) * yp) for i in range(cols) for j in range(rows)]
    if not isinstance(count, int) or count <= 0:
        return None
    pcd = _num(values, "bolt_circle")
    if pcd is not None:
        return [(pcd / 2 * math.cos(2 * math.pi * k / count), pcd / 2 * math.sin(2 * math.pi * k / count))
                for k in range(count)]
    if length is not None and margin is not None:
        pitch = (length - 2 * margin) / max(count - 1, 1)
        return [((i - (count - 1) / 2) * pitch, 0.0) for i in range(count)]
    return None


def clash(values: Values, round_outline: float | None = None, margin_given: bool = True) -> Clash | None:
    """The first way the laid-out holes do not fit the part, or None when they all fit.

    With the edge distance assumed (`margin_given` False), the holes are tried as close to the
    edges as they can go: only a clash that remains there is the request's; one that goes away
    is the assumed distance's, and comes back `soft`."""
    if not margin_given and "edge_offset" in values and "x_pitch" not in values:
        nearest = cut_diameter(values, _num(values, "hole_diameter") or 0.0)[0] / 2
        tightest = clash({**values, "edge_offset": nearest}, round_outline)
        if tightest is not None:  # no edge distance makes them fit
            text = tightest.sentence.replace(" laid out here are only", ", even as near the edges as they go, are only")
            return Clash(text)
        found = clash(values, round_outline)
        return Clash(found.sentence, soft=True) if found is not None else None
    hole = _num(values, "hole_diameter")
    spots = centres(values)
    if hole is None or hole <= 0 or not spots:
        return None
    cut, what = cut_diameter(values, hole)
    r = cut / 2
    one = len(spots) == 1
    noun = f"{_g(cut)} mm {what}" + ("" if one else "s")
    verb = "runs" if one else "run"
    reach = "reaches" if one else "reach"
    length, width = _num(values, "length"), _num(values, "width")
    if round_outline is not None:
        far = max(math.hypot(x, y) for x, y in spots) + r
        if far > round_outline / 2 + 1e-6:
            return Clash(f"The {noun} {reach} {_g(far)} mm from the centre, past the {_g(round_outline / 2)} mm outside "
                         f"radius of the Ø{_g(round_outline)} part by {_g(far - round_outline / 2)} mm. Use smaller holes "
                         f"or move them in.")
    elif length is not None and width is not None:
        inset_x = length / 2 - max(abs(x) for x, _ in spots)
        inset_y = width / 2 - max(abs(y) for _, y in spots)
        inset = min(inset_x, inset_y)
        if r > inset + 1e-6:
            where = (f"{'its centre is' if one else 'their centres are'} {_g(inset)} mm from the edge, less than the "
                     f"{_g(r)} mm radius" if inset > 0 else f"{'its centre is' if one else 'their centres are'} on or past the edge")
            smaller = f"{what}s under {_g(2 * inset)} mm, or " if inset > 0 else ""
            return Clash(f"The {noun} {verb} {_g(r - inset)} mm past the edge of the {_g(length)} x {_g(width)} mm part: "
                         f"{where}. Use {smaller}centres at least {_g(r)} mm in from the edges.")
    gap = _closest(spots)
    if gap is not None and gap <= cut + 1e-6:
        n = len(spots)
        most = _most_in_row(values, cut)
        if most is not None and most < n:
            advice = (f" Side by side, {_count(n).lower()} of them need more than {_g(n * cut)} mm; at most {most} fit in this row. "
                      f"Use fewer or smaller holes, or a longer part.")
        else:
            advice = " Use fewer or smaller holes, or a larger part."
        return Clash(f"{_count(n)} {noun} laid out here are only {_g(gap)} mm apart, centre to centre: neighbouring holes "
                     f"overlap by {_g(cut - gap)} mm.{advice}")
    centre = _num(values, "centre_hole") or _num(values, "bore_diameter")
    if centre is not None and centre > 0:
        near = min(math.hypot(x, y) for x, y in spots) - r
        if near < centre / 2 - 1e-6:
            return Clash(f"The {noun} cut into the Ø{_g(centre)} centre hole by {_g(centre / 2 - near)} mm. Use a smaller "
                         f"centre hole or move the holes out.")
    return None


def _count(n: int) -> str:
    words = ("One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten", "Eleven", "Twelve")
    return words[n - 1] if 0 < n <= len(words) else str(n)


def _closest(spots: list[tuple[float, float]]) -> float | None:
    if len(spots) < 2:
        return None
    return min(math.hypot(a[0] - b[0], a[1] - b[1]) for i, a in enumerate(spots) for b in spots[i + 1:])


def _most_in_row(values: Values, cut: float) -> int | None:
    """How many holes of `cut` mm fit, clear of each other, in a row laid out from the edge distance."""
    count, length, margin = values.get("hole_count"), _num(values, "length"), _num(values, "edge_offset")
    if not isinstance(count, int) or length is None or margin is None or "bolt_circle" in values:
        return None
    span = length - 2 * margin
    return max(1, math.ceil(span / cut - 1e-9))


def clear_margin(margin: float, hole: float, along: list[tuple[int, float]]) -> float:
    """An assumed edge distance that keeps `hole` mm holes clear of each other: `along` gives, per
    axis, how many holes sit across a side of that length. Halfway between the edge and the
    farthest in the holes may go, when the assumed one crowds them together; else unchanged."""
    limits = [(side - (n - 1) * hole) / 2 for n, side in along if n > 1]
    if not limits:
        return margin
    farthest = min(limits) - min(0.5, hole / 4)  # a little web between neighbouring holes, in proportion on a tiny part
    if margin <= farthest or farthest <= hole / 2:
        return margin
    middle = (hole / 2 + farthest) / 2
    return round(middle, 1) if hole >= 2 else float(f"{middle:.2g}")

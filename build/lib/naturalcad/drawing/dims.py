"""Drafting marks in sheet millimetres: linear dimensions, leaders, centre marks and lines.

Proportions follow ISO 129 / ISO 128 habits: 3.5 mm lettering, filled 3 mm arrowheads,
extension lines that start 1.5 mm off the outline and run 2 mm past the dimension line.
"""

from __future__ import annotations

import math

from .sheet import TEXT_HEIGHT, Fill, Item, Label, Point, Stroke, text_width

ARROW = 3.0
ARROW_HALF_WIDTH = 0.55
GAP = 1.5
OVERSHOOT = 2.0


def number(value: float) -> str:
    """A dimension value as a drawing writes it: 120, 32.5, 7.85 (no trailing zeros)."""
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def arrow(tip: Point, towards: Point) -> Fill:
    """A filled arrowhead at `tip`, pointing from `towards` to `tip`."""
    dx, dy = tip[0] - towards[0], tip[1] - towards[1]
    length = math.hypot(dx, dy) or 1.0
    ux, uy = dx / length, dy / length
    bx, by = tip[0] - ux * ARROW, tip[1] - uy * ARROW
    return Fill("dimensions", (tip, (bx - uy * ARROW_HALF_WIDTH, by + ux * ARROW_HALF_WIDTH),
                               (bx + uy * ARROW_HALF_WIDTH, by - ux * ARROW_HALF_WIDTH)))


def _line(a: Point, b: Point, layer: str = "dimensions") -> Stroke:
    return Stroke(layer, (a, b))


def horizontal(x1: float, y1: float, x2: float, y2: float, at: float, text: str) -> list[Item]:
    """A horizontal dimension between (x1, y1) and (x2, y2), its line at height `at`."""
    x1, y1, x2, y2 = (x1, y1, x2, y2) if x1 <= x2 else (x2, y2, x1, y1)
    items: list[Item] = []
    for x, y in ((x1, y1), (x2, y2)):
        sign = 1.0 if at > y else -1.0
        if abs(at - y) > GAP:
            items.append(_line((x, y + sign * GAP), (x, at + sign * OVERSHOOT)))
    width = text_width(text)
    if x2 - x1 >= width + 2 * ARROW + 2:
        items += [_line((x1, at), (x2, at)), arrow((x1, at), (x2, at)), arrow((x2, at), (x1, at)),
                  Label("text", ((x1 + x2) / 2, at + 1.0), text, anchor="middle")]
    else:  # too short for the text between the arrows: arrows outside, text beside
        items += [_line((x1 - ARROW - 2, at), (x2 + ARROW + 2, at)),
                  arrow((x1, at), (x1 - 1, at)), arrow((x2, at), (x2 + 1, at)),
                  Label("text", (x2 + ARROW + 2.5, at + 1.0), text)]
    return items


def vertical(x1: float, y1: float, x2: float, y2: float, at: float, text: str) -> list[Item]:
    """A vertical dimension between (x1, y1) and (x2, y2), its line at `x = at`; text reads upwards."""
    x1, y1, x2, y2 = (x1, y1, x2, y2) if y1 <= y2 else (x2, y2, x1, y1)
    items: list[Item] = []
    for x, y in ((x1, y1), (x2, y2)):
        sign = 1.0 if at > x else -1.0
        if abs(at - x) > GAP:
            items.append(_line((x + sign * GAP, y), (at + sign * OVERSHOOT, y)))
    width = text_width(text)
    if y2 - y1 >= width + 2 * ARROW + 2:
        items += [_line((at, y1), (at, y2)), arrow((at, y1), (at, y2)), arrow((at, y2), (at, y1)),
                  Label("text", (at - 1.0, (y1 + y2) / 2), text, anchor="middle", angle=90.0)]
    else:
        items += [_line((at, y1 - ARROW - 2), (at, y2 + ARROW + 2)),
                  arrow((at, y1), (at, y1 - 1)), arrow((at, y2), (at, y2 + 1)),
                  Label("text", (at - 1.0, y2 + ARROW + 2.5), text, angle=90.0)]
    return items


def leader(tip: Point, elbow: Point, lines: list[str], rightwards: bool = True) -> list[Item]:
    """A leader from `tip` (arrowhead) to `elbow`, a short shoulder, then the callout text."""
    shoulder = 3.0 if rightwards else -3.0
    end = (elbow[0] + shoulder, elbow[1])
    items: list[Item] = [arrow(tip, elbow), _line(tip, elbow), _line(elbow, end)]
    anchor = "start" if rightwards else "end"
    x = end[0] + (1.0 if rightwards else -1.0)
    step = TEXT_HEIGHT * 1.6
    for index, text in enumerate(lines):
        items.append(Label("text", (x, elbow[1] - TEXT_HEIGHT / 2 + (len(lines) - 1 - index) * step), text,
                           anchor=anchor))
    return items


def centre_mark(centre: Point, radius: float, layer: str = "centre") -> list[Item]:
    """The cross through a circle's centre, running 2 mm past the circle."""
    x, y = centre
    reach = radius + 2.0
    return [Stroke(layer, ((x - reach, y), (x + reach, y))), Stroke(layer, ((x, y - reach), (x, y + reach)))]


def centre_line(a: Point, b: Point, overshoot: float = 2.0) -> Stroke:
    """An axis line from `a` to `b`, running `overshoot` mm past both ends."""
    dx, dy = b[0] - a[0], b[1] - a[1]
    length = math.hypot(dx, dy) or 1.0
    ux, uy = dx / length * overshoot, dy / length * overshoot
    return Stroke("centre", ((a[0] - ux, a[1] - uy), (b[0] + ux, b[1] + uy)))

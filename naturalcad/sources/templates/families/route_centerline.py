"""Single-line route centreline with jogs (a 1D path)."""

from __future__ import annotations

import re

from ....prompt.output_type import CENTRELINE_PLACE
from ..parse import PartSpec
from ..script import P
from .base import (
    Example,
    Family,
    Match,
    Notes,
    dim,
    positive,
    r4,
    take_loose,
)

VOCABULARY = ('centerline', 'centreline', 'route', 'routing', 'polyline', 'trajectory')


def match(spec: PartSpec) -> Match | None:
    text = CENTRELINE_PLACE.sub(" ", spec.text.lower())  # "holes on the centreline": a place, not a route
    asked = re.search(r"\b(center ?line|centre ?line|route|routing|polyline|single[- ]line|trajectory)\b", text) is not None
    return Match(92, "it asks for a route / centreline") if asked else None


def route_params(spec: PartSpec, notes: Notes, output_type: str) -> list[P]:
    length = dim(spec, "length", "span", "width")
    if length is None:
        length = take_loose(spec)
    length = positive(length, 120.0, "length", notes)
    jogs = spec.counts.get("jogs")
    if jogs is None:
        jogs = 2
        notes.assume("jog count", jogs, "")
    offset = dim(spec, "jog", "offset", "depth")
    if offset is None:
        offset = r4(length * 0.12)
        notes.assume("jog offset", offset)
    return [P("length", r4(length), "mm, overall run along X"),
            P("jogs", int(max(0, jogs)), "number of sideways jogs"),
            P("jog_offset", r4(offset), "mm, sideways shift of each jog (Y)"),
            P("jog_run", r4(min(offset, length / (2 * max(jogs, 1) + 2))), "mm, X distance taken by each jog"),
            P("corner_radius", 0.0, "mm, bend radius at the corners (0 = sharp)")]

def route_body(values: dict[str, float | int | bool], output_type: str, spec: PartSpec | None = None) -> str:
    return """
# a single centreline running along X, stepping sideways at evenly spaced jogs
step = length / (jogs + 1)
points = [(-length / 2, 0)]
y = 0.0
for i in range(1, jogs + 1):
    x = -length / 2 + i * step
    points.append((x - jog_run / 2, y))
    y = jog_offset if y == 0 else 0.0
    points.append((x + jog_run / 2, y))
points.append((length / 2, y))

if corner_radius > 0 and len(points) > 2:
    result = FilletPolyline(*points, radius=corner_radius)
else:
    result = Polyline(*points)
"""


EXAMPLES = (
    Example("route centreline"),
    Example("floor route centerline with 3 jogs"),
)

FAMILY = Family("route_centerline", "single-line route centreline with jogs (1D path)", ("1d_path",), route_params, route_body, vocabulary=VOCABULARY, match=match, examples=EXAMPLES)

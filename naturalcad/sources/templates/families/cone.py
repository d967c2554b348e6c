"""Cone or frustum."""

from __future__ import annotations

import math

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
from .blocks import ALIGN_MIN_Z

VOCABULARY = ('cone', 'conical', 'frustum', 'frustrum', 'taper', 'tapered')


def match(spec: PartSpec) -> Match | None:
    return Match(74, "it names a cone") if spec.has(*VOCABULARY) else None


def cone_params(spec: PartSpec, notes: Notes, output_type: str) -> list[P]:
    base = dim(spec, "base_diameter", "diameter", "outer_diameter", "base", "width")
    if base is None and "base_radius" in spec.dims:
        base = spec.dims["base_radius"] * 2
    if base is None and "radius" in spec.dims:
        base = spec.dims["radius"] * 2
    top = dim(spec, "top_diameter")
    if top is None and "top_radius" in spec.dims:
        top = spec.dims["top_radius"] * 2
    h = dim(spec, "height", "length")
    if base is None:
        base = take_loose(spec)
    if h is None:
        h = take_loose(spec)
    base = positive(base, 40.0, "base diameter", notes)
    h = positive(h, base, "height", notes)
    top = top or 0.0
    if top >= base and base > 0:
        base, top = top, base
    return [P("base_diameter", r4(base), "mm, diameter at the bottom"),
            P("top_diameter", r4(top), "mm, diameter at the top (0 = pointed)"),
            P("height", r4(h), "mm, height")]

def cone_body(values: dict[str, float | int | bool], output_type: str, spec: PartSpec | None = None) -> str:
    return f"result = Cone(base_diameter / 2, top_diameter / 2, height, {ALIGN_MIN_Z})\n"


EXAMPLES = (
    Example("cone, base radius 15 mm, height 30 mm", (30, 30, 30), math.pi * 225 * 30 / 3, 0),
    Example("cone 30 base 40 tall"),
)

FAMILY = Family("cone", "cone or frustum", ("3d_solid",), cone_params, cone_body, vocabulary=VOCABULARY, match=match, examples=EXAMPLES)

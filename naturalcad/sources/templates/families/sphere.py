"""Sphere / ball / hemisphere."""

from __future__ import annotations

import math

from ..parse import PartSpec
from ..script import P
from .base import (
    Example,
    Family,
    Match,
    Notes,
    positive,
    r4,
    take_loose,
)
from .blocks import ALIGN_MIN_Z
from .round import _diameter

VOCABULARY = ('sphere', 'ball', 'globe', 'orb', 'bead', 'hemisphere', 'dome', 'spherical', 'marble')


def match(spec: PartSpec) -> Match | None:
    return Match(72, "it names a sphere") if spec.has(*VOCABULARY) else None


def sphere_params(spec: PartSpec, notes: Notes, output_type: str) -> list[P]:
    d = _diameter(spec, "diameter", "outer_diameter", "size", "width", "height")
    if d is None:
        d = take_loose(spec)
    d = positive(d, 40.0, "diameter", notes)
    half = spec.has("hemisphere", "dome", "half", "hemispherical")
    return [P("diameter", r4(d), "mm, sphere diameter"),
            P("hemisphere", bool(half), "True = keep only the top half")]

def sphere_body(values: dict[str, float | int | bool], output_type: str, spec: PartSpec | None = None) -> str:
    return f"""
if hemisphere:
    result = Sphere(diameter / 2) & Box(diameter, diameter, diameter / 2, {ALIGN_MIN_Z})
else:
    result = Sphere(diameter / 2, {ALIGN_MIN_Z})
"""


EXAMPLES = (
    Example("a sphere of diameter 40 mm", (40, 40, 40), 4 / 3 * math.pi * 8000, 0),
    Example("hemisphere 60 mm diameter", (30, 60, 60), 2 / 3 * math.pi * 27000, 0),
)

FAMILY = Family("sphere", "sphere / ball / hemisphere", ("3d_solid",), sphere_params, sphere_body, vocabulary=VOCABULARY, match=match, examples=EXAMPLES)

"""Torus / donut / O-ring."""

from __future__ import annotations

import math

from ..parse import PartSpec
from ..script import P
from .base import (
    Example,
    Family,
    Match,
    Notes,
    best,
    dim,
    positive,
    r4,
    take_loose,
)
from .blocks import ALIGN_MIN_Z

VOCABULARY = ('torus', 'donut', 'doughnut', 'o-ring', 'oring', 'toroid', 'toroidal', 'ring')


def match(spec: PartSpec) -> Match | None:
    named = spec.has("torus", "donut", "doughnut", "o-ring", "oring", "toroid", "toroidal") or (
        spec.has("ring") and ("major_radius" in spec.dims or "minor_radius" in spec.dims or "minor_diameter" in spec.dims))
    radii = "major_radius" in spec.dims or "minor_radius" in spec.dims
    return best([
        Match(80, "it names a torus") if named else None,
        Match(24, "no part named; ring and tube radii make a torus") if radii else None,
    ])


def torus_params(spec: PartSpec, notes: Notes, output_type: str) -> list[P]:
    major = dim(spec, "major_radius")
    minor = dim(spec, "minor_radius")
    if major is None and "major_diameter" in spec.dims:
        major = spec.dims["major_diameter"] / 2
    if minor is None and "minor_diameter" in spec.dims:
        minor = spec.dims["minor_diameter"] / 2
    if minor is None and "thickness" in spec.dims:
        minor = spec.dims["thickness"] / 2
    od = dim(spec, "outer_diameter", "diameter")
    inner = dim(spec, "inner_diameter")
    if inner is None and "hole_diameter" in spec.dims:
        inner = spec.dims["hole_diameter"]  # "a torus with a 4 mm hole in the middle": the hole is its inside diameter
    if major is None and minor is None and od is not None and inner is not None:
        minor = (od - inner) / 4
        major = (od + inner) / 4
    elif major is None and inner is not None and minor is not None:
        major = inner / 2 + minor   # "O-ring 40 ID, 4 cross-section": the section sits outside the ID
    elif major is None and od is not None and minor is not None:
        major = od / 2 - minor
    elif minor is None and od is not None and major is not None:
        minor = od / 2 - major
    if major is None and "radius" in spec.dims:
        major = spec.dims["radius"]
    if major is None:
        major = take_loose(spec)
        if major is not None and minor is None:
            minor = take_loose(spec)
    major = positive(major, 20.0, "ring radius", notes)
    minor = positive(minor, r4(major * 0.25), "tube radius", notes)
    if minor >= major:
        minor = r4(major * 0.5)
        notes.add(f"tube radius must be smaller than the ring radius, used {minor:g} mm")
    return [P("ring_radius", r4(major), "mm, centre of the tube to the centre of the ring"),
            P("tube_radius", r4(minor), "mm, radius of the tube section")]

def torus_body(values: dict[str, float | int | bool], output_type: str, spec: PartSpec | None = None) -> str:
    return f"result = Torus(ring_radius, tube_radius, {ALIGN_MIN_Z})\n"


EXAMPLES = (
    Example("torus, ring radius 20 mm, tube radius 4 mm", (8, 48, 48), 2 * math.pi ** 2 * 20 * 16, 1),
    Example("donut"),
)

FAMILY = Family("torus", "torus / donut / O-ring", ("3d_solid",), torus_params, torus_body, vocabulary=VOCABULARY, match=match, examples=EXAMPLES)

"""Rigid shaft coupler: a round sleeve joining two shafts, a bore from each end ("motor coupler
5 mm to 8 mm, 20 dia, 25 long"), each bore half the length, so two sizes meet inside.

Set screws and clamp slits are not modelled (the reading says so). Sizes not given follow small
motor couplers: the outside 2.5 x the larger bore, the length 1.25 x the outside.
"""

from __future__ import annotations

import math

from ..parse import PartSpec
from ..script import P
from .base import Example, Family, Impossible, Match, Notes, dim, r4

VOCABULARY = ("coupler", "couplers", "coupling", "couplings", "rigid", "motor", "shafts", "bores", "to")


def match(spec: PartSpec) -> Match | None:
    if not spec.has("coupler", "couplers", "coupling", "couplings"):
        return None
    if spec.has("pipe", "pipes", "hose", "tube", "tubes", "conduit", "flange", "flanged"):
        return None   # a pipe coupling is a tube (or a flange)
    return Match(90, "it names a shaft coupler")


def _bores(spec: PartSpec) -> tuple[float | None, float | None]:
    """"5 mm to 8 mm", "8x8", "for 6 mm and 10 mm shafts", "8 mm bore": the two bores."""
    pair = next((g for g in spec.groups if len(g) == 2), None)
    if pair is not None:
        return pair[0], pair[1]
    named = [dim(spec, "bore", "inner_diameter", "hole_diameter")]
    loose = [v for v in spec.loose if v not in (dim(spec, "diameter", "outer_diameter"), dim(spec, "length"))]
    found = [v for v in named if v is not None] + loose
    if len(found) >= 2:
        return found[0], found[1]
    if found:
        return found[0], found[0]
    return None, None


def coupler_params(spec: PartSpec, notes: Notes, output_type: str) -> list[P]:
    a, b = _bores(spec)
    if a is None or b is None:
        a = b = 5.0
        notes.assume("bores", a, main=True)
    od = dim(spec, "outer_diameter", "diameter")
    if od is None:
        od = float(math.ceil(max(a, b) * 2.5))
        notes.assume("outside diameter", od, main=True)
    length = dim(spec, "length", "height")
    if length is None:
        length = float(math.ceil(od * 1.25))
        notes.assume("length", length, main=True)
    if max(a, b) >= od - 2:
        raise Impossible(f"a {max(a, b):g} mm bore leaves no wall in a {od:g} mm coupler")
    notes.add(f"each bore half the length ({r4(length / 2):g} mm); set screws and clamp slits are not modelled")
    return [P("outer_diameter", r4(od), "mm, outside diameter"),
            P("length", r4(length), "mm, overall length"),
            P("bore_a", r4(a), "mm, bore from the bottom end"),
            P("bore_b", r4(b), "mm, bore from the top end")]


def coupler_body(values: dict[str, float | int | bool], output_type: str, spec: PartSpec | None = None) -> str:
    bottom = "align=(Align.CENTER, Align.CENTER, Align.MIN)"
    return f"""
result = Cylinder(outer_diameter / 2, length, {bottom})
result -= Cylinder(bore_a / 2, length / 2, {bottom})  # one shaft from below
result -= Pos(0, 0, length / 2) * Cylinder(bore_b / 2, length / 2, {bottom})  # the other from above
"""


def _v(od: float, a: float, b: float, length: float) -> float:
    return math.pi / 4 * (od * od * length - (a * a + b * b) * length / 2)


EXAMPLES = (
    Example("motor coupler 5 mm to 8 mm, 20 dia, 25 long", (20, 20, 25), _v(20, 5, 8, 25), 1),
    Example("rigid shaft coupling 8x8, 25 OD 30 long", (25, 25, 30), _v(25, 8, 8, 30), 1),
)

FAMILY = Family("shaft_coupler", "rigid shaft coupler: two bores meeting inside a sleeve", ("3d_solid",),
                coupler_params, coupler_body, vocabulary=VOCABULARY, match=match, examples=EXAMPLES)

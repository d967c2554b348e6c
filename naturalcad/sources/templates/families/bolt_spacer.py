"""Round spacer sized for a bolt: "spacer for M4, 10 long".

The bore is the bolt's ISO 273 medium clearance hole; when no outside diameter is given it is the
ISO 7089 washer OD of that bolt (about twice the bolt), a proportion that leaves a wall a screw
head or nut can bear on. Both are stated; the assumed OD keeps the reading off `high`.
"""

from __future__ import annotations

import math

from ....prompt.fits import clearance_fit, metric_clearance
from ....prompt.standards import metric
from ..parse import PartSpec
from ..script import P
from .base import Example, Family, Impossible, Match, Notes, dim, r4, take_loose
from .blocks import ALIGN_MIN_Z

_SERIES = {"close": "fine, close fit", "medium": "medium", "loose": "coarse, loose fit"}

VOCABULARY = ('spacer', 'spacers', 'distance', 'nylon', 'bolt', 'screw', 'solid')

# other shapes, or features this family does not make: leave those prompts to the tube and plate families
_NOT_ROUND = ("hex", "hexagonal", "plate", "block", "bar", "square", "rectangular", "sheet", "ring", "tube", "washer",
              "cylinder")


def match(spec: PartSpec) -> Match | None:
    if not spec.has("spacer", "spacers") and not spec.phrase(r"\bdistance (?:sleeve|piece|bush)"):
        return None
    if spec.has(*_NOT_ROUND) or any(len(g) >= 3 for g in spec.groups) or spec.edge is not None \
            or spec.counts.get("holes", 0) > 1 or _solid(spec):
        return None  # a solid spacer (no bore) is a plain cylinder: that family says so
    return Match(67, "it names a round spacer")   # above tube (64) and bushing (65)


def _solid(spec: PartSpec) -> bool:
    return spec.phrase(r"\bsolid\b|\bno (?:centre |center )?(?:bore|hole)\b|\bwithout (?:an? )?(?:bore|hole)\b")


def spacer_params(spec: PartSpec, notes: Notes, output_type: str) -> list[P]:
    bolt = spec.metric if spec.metric is not None else dim(spec, "hole_metric")
    row = metric(bolt) if bolt is not None else None
    od = dim(spec, "outer_diameter", "diameter")
    bore = dim(spec, "inner_diameter", "bore", "hole_diameter")
    wall = dim(spec, "wall")
    length = dim(spec, "length", "height", "thickness", "depth")
    if length is None:
        length = take_loose(spec)
    if _solid(spec):
        bore = 0.0
        notes.add("solid: no bore")
    elif bore is None and row is not None and bolt is not None:
        fit = clearance_fit(spec.text) or "medium"   # "close fit hole", "loose-fitting", "free fit": ISO 273's rows
        bore = metric_clearance(bolt, fit) or row.clearance
        notes.add(f"bore {bore:g} mm: the M{bolt:g} clearance hole (ISO 273 {_SERIES[fit]})")
    elif bore is None and od is not None and wall is not None:
        bore = od - 2 * wall
    if od is None and bore is not None and wall is not None:
        od = bore + 2 * wall
    if od is None:
        od = row.washer_od if row is not None else None
        if od is None:
            od = float(max(6.0, math.ceil((bore or 5.0) * 2)))
        notes.assume("outside diameter" + (f" (M{bolt:g} washer OD, ISO 7089)" if row else ""), od, main=True)
    if bore is None:
        bore = r4(od / 2)
        notes.assume("bore", bore, main=True)
    if length is None:
        length = float(bolt * 2 if bolt else od)
        notes.assume("length", length, main=True)
    if bore >= od:
        raise Impossible(f"the bore {bore:g} mm leaves no wall in a {od:g} mm spacer")
    params = [P("outer_diameter", r4(od), "mm, outside diameter"),
              P("length", r4(length), "mm, spacer length")]
    if bolt is not None:
        params.insert(0, P("bolt_size", r4(bolt), "mm, the bolt it fits (M size)"))
    if bore > 0:
        params.append(P("bore", r4(bore), "mm, bore (bolt clearance)"))
    return params


def spacer_body(values: dict[str, float | int | bool], output_type: str, spec: PartSpec | None = None) -> str:
    code = f"\nresult = Cylinder(outer_diameter / 2, length, {ALIGN_MIN_Z})\n"
    if "bore" in values:
        code += f"result -= Cylinder(bore / 2, length, {ALIGN_MIN_Z})\n"
    return code


def _ring(od: float, d: float, h: float) -> float:
    return math.pi / 4 * (od * od - d * d) * h


EXAMPLES = (
    Example("spacer for M4, 10 long", (9, 9, 10), _ring(9, 4.5, 10), 1),
    Example("spacer for an M8 bolt, 24 OD, 30 long", (24, 24, 30), _ring(24, 9, 30), 1),
    Example("round spacer 10 OD, 5.3 hole, 8 long", (8, 10, 10), _ring(10, 5.3, 8), 1),
)

FAMILY = Family("bolt_spacer", "round spacer sized for a bolt (clearance bore)", ("3d_solid",), spacer_params,
                spacer_body, vocabulary=VOCABULARY, match=match, examples=EXAMPLES)

"""Flanged bushings (flanged sleeve bearings, top-hat bushes): bore, OD, length, flange OD and thickness.

A plain bush or sleeve is left to the tube family, which makes the same part.

Length is the overall length including the flange, as sleeve-bearing catalogues give it
(ISO 4379 `b1`, igus `b1`, SKF PCMF `B`). Sizes not given follow ISO 4379 proportions
roughly: wall about a fifth of the bore, length equal to the bore, flange as wide again
as twice the wall.
"""

from __future__ import annotations

import math

from ..parse import PartSpec
from ..script import P
from .base import Example, Family, Impossible, Match, Notes, dim, r4
from .blocks import ALIGN_MIN_Z
from .phrasing import noun_sizes

VOCABULARY = ('bush', 'bushing', 'bushes', 'bushings', 'sleeve', 'sleeves', 'top-hat', 'tophat', 'flanged',
              'bronze', 'oilite', 'sintered', 'plain', 'liner')

_FLANGE_WORDS = {"flange", "flanged", "collar", "shoulder", "head"}
_SHAFT_WORDS = {"shaft", "pin", "axle", "rod", "spindle"}


def match(spec: PartSpec) -> Match | None:
    named = spec.has("bush", "bushing", "bushes", "bushings", "sleeve", "sleeves", "top-hat", "tophat") or \
        spec.phrase(r"\btop hat\b|\bsleeve bearing|\bplain bearing")
    if not named:
        return None
    if spec.has("flange", "flanged", "top-hat", "tophat") or spec.phrase(r"\btop hat\b"):
        return Match(85, "it names a flanged bushing")   # above "flange" (78)
    return None   # a plain bush or sleeve is a tube (tube.py makes it, the same part)


def _flanged(spec: PartSpec) -> bool:
    return spec.has("flange", "flanged", "top-hat", "tophat", "shoulder") or spec.phrase(r"\btop hat\b")


def bushing_params(spec: PartSpec, notes: Notes, output_type: str) -> list[P]:
    flange = noun_sizes(spec, {"flange", "collar", "shoulder"}, skip={"mm", "dia", "diameter", "thick"}) \
        if _flanged(spec) else None
    flange_values = [v for v in ([flange.before] if flange and flange.before else []) + list(flange.after if flange else ())]
    shaft = noun_sizes(spec, _SHAFT_WORDS, skip={"mm", "dia", "diameter", "round"})
    bore = dim(spec, "inner_diameter", "bore", "hole_diameter")
    if bore is None and shaft is not None and shaft.before is not None:
        bore = shaft.before                      # "for a 10 mm shaft"
    od = dim(spec, "outer_diameter")
    wall = dim(spec, "wall")
    length = dim(spec, "length", "height", "width")
    if od is None and "diameter" in spec.dims and spec.dims["diameter"] not in flange_values:
        od = spec.dims["diameter"]
    taken = set(flange_values) | {v for v in (bore, od, length, wall) if v is not None}
    loose = [v for v in spec.loose if v not in taken]
    group = next((g for g in spec.groups if not set(g) & set(flange_values)), None)
    if group and bore is None and od is None and len(group) >= 2:
        # "bush 16 x 10 x 20": two diameters in either order, then the length
        od, bore = max(group[:2]), min(group[:2])
        if length is None and len(group) >= 3:
            length = group[2]
    if bore is None and loose:
        bore = loose.pop(0)
    if od is None and wall is not None and bore is not None:
        od = bore + 2 * wall
    if length is None and loose:
        length = loose.pop(0)
    if bore is None:
        bore = 10.0
        notes.assume("bore", bore, main=True)
    if od is None:
        od = float(bore + max(2.0, math.ceil(bore * 0.2) * 2))
        notes.assume("outside diameter", od, main=True)
    if od <= bore:
        raise Impossible(f"the outside diameter {od:g} mm must be larger than the bore {bore:g} mm")
    if length is None:
        length = float(bore)
        notes.assume("length", length, main=True)
    params = [P("bore", r4(bore), "mm, inside diameter"),
              P("outer_diameter", r4(od), "mm, outside diameter of the body"),
              P("length", r4(length), "mm, overall length including the flange")]
    if _flanged(spec):
        wall_t = (od - bore) / 2
        fd = flange_values[0] if flange_values else None
        ft = flange.role("thickness") if flange else None
        if ft is None and len(flange_values) >= 2:
            ft = flange_values[1]
        if ft is None and "thickness" in spec.dims and spec.dims["thickness"] != length:
            ft = spec.dims["thickness"]          # "22 mm flange 3 thick"
        if fd is None:
            fd = r4(od + 4 * wall_t)
            notes.assume("flange diameter", fd)
        if ft is None:
            ft = r4(max(1.0, wall_t))
            notes.assume("flange thickness", ft)
        if fd <= od:
            raise Impossible(f"the flange diameter {fd:g} mm must be larger than the body OD {od:g} mm")
        if ft >= length:
            raise Impossible(f"the flange ({ft:g} mm thick) must be thinner than the overall length {length:g} mm")
        params += [P("flange_diameter", r4(fd), "mm, flange outside diameter"),
                   P("flange_thickness", r4(ft), "mm, flange thickness (part of the length)")]
    return params


def bushing_body(values: dict[str, float | int | bool], output_type: str, spec: PartSpec | None = None) -> str:
    body = f"\nresult = Cylinder(outer_diameter / 2, length, {ALIGN_MIN_Z})\n"
    if "flange_diameter" in values:
        body += f"result += Cylinder(flange_diameter / 2, flange_thickness, {ALIGN_MIN_Z})  # flange at the bottom\n"
    body += f"result -= Cylinder(bore / 2, length, {ALIGN_MIN_Z})\n"
    return body


def _ring(od: float, d: float, h: float) -> float:
    return math.pi / 4 * (od * od - d * d) * h


EXAMPLES = (
    Example("bronze bush 12 ID 16 OD 20 long with 22 mm flange 3 thick", (20, 22, 22),
            _ring(16, 12, 17) + _ring(22, 12, 3), 1),
    Example("flanged bushing: 10 ID, 14 OD, flange 20 dia x 2 thick, overall length 20", (20, 20, 20),
            _ring(14, 10, 18) + _ring(20, 10, 2), 1),
    Example("flanged sleeve bearing ID 20 OD 23 length 15 flange 30 x 1.5", (15, 30, 30), _ring(23, 20, 13.5) + _ring(30, 20, 1.5), 1),
    Example("flanged bush for a 10 mm shaft", (10, 22, 22), _ring(14, 10, 8) + _ring(22, 10, 2), 1),
)

FAMILY = Family("bushing", "plain or flanged bushing / sleeve bearing", ("3d_solid",), bushing_params, bushing_body,
                vocabulary=VOCABULARY, match=match, examples=EXAMPLES)

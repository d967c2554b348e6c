"""Split clamp block: a rectangular block bored through its thickness, with a saw cut (slit) from
the bore out to one side, so a screw across the slit can close it on a shaft or tube.

The block's sizes are written as a group ("40 x 40 x 20", the smallest the thickness the bore
runs through) or by name; the slit is as wide as written ("2 mm saw cut", "slit 1 mm"), else
1.5 mm, a common slitting-saw width, and the reading says so. A clamp screw, when named
("M5 clamp screw"), is a clearance hole (ISO 273 medium) across the slit, halfway between the
bore and the side.
"""

from __future__ import annotations

import re

from ....prompt.standards import metric
from ..parse import PartSpec
from ..script import P
from .base import Example, Family, Impossible, Match, Notes, dim, dimension_group, r4
from .blocks import ALIGN_MIN_Z

VOCABULARY = ("split", "clamp", "clamping", "block", "saw", "cut", "slit", "slitted", "kerf", "slot", "side")

_SPLIT = re.compile(r"\bsplit\b|\bsaw[- ]?cut\b|\bslit(?:ted)?\b|\bkerf\b|\bcut (?:from the bore )?(?:out )?to (?:one|the|that) side\b",
                    re.I)
_CUT_WIDTH = re.compile(r"(\d+(?:\.\d+)?)\s*(?:mm\s*)?(?:wide\s+)?(?:saw[- ]?cut|slit|kerf|cut)\b"
                        r"|\b(?:saw[- ]?cut|slit|kerf)\s+(?:of\s+)?(?:to (?:one|that|the) side\s+)?(\d+(?:\.\d+)?)", re.I)


_HALF = re.compile(r"\b(?:one\s+)?half\s+of\s+(?:an?\s+|the\s+)?(?:split\s+)?(?:pipe\s+|tube\s+)?clamp\b|\bclamp\s+hal(?:f|ves)\b"
                   r"|\bhalf[- ]round\s+(?:\d+(?:\.\d+)?\s*(?:mm\s*)?(?:dia\w*\s*)?)?(?:seat|cut|cradle|groove|notch|channel)\b", re.I)


def match(spec: PartSpec) -> Match | None:
    bored = any(k in spec.dims for k in ("bore", "hole_diameter", "inner_diameter"))
    if _HALF.search(spec.text):
        return None  # "one half of a split pipe clamp ... a half-round seat": the cradle block (pipe_clamp.py)
    if spec.has("block") and spec.has("clamp", "clamping") and bored and _SPLIT.search(spec.text):
        return Match(92, "it names a split clamp block: a bored block slit to one side")   # above box and collar
    return None


def clamp_params(spec: PartSpec, notes: Notes, output_type: str) -> list[P]:
    group = dimension_group(spec) or []
    sizes = sorted(group[:3], reverse=True)
    thick = dim(spec, "thickness", "height")
    if len(sizes) == 3:
        length, width, thick = sizes[0], sizes[1], thick if thick is not None and thick not in sizes[:2] else sizes[2]
    elif len(sizes) == 2:
        length, width = sizes
    else:
        length, width = dim(spec, "length") or 40.0, dim(spec, "width") or 40.0
        if not spec.groups and dim(spec, "length") is None:
            notes.assume("block size", f"{length:g} x {width:g}", "mm", main=True)
    bore = dim(spec, "bore", "inner_diameter", "hole_diameter")
    assert bore is not None  # match() asked for one
    if thick is None:
        thick = r4(round(bore))
        notes.assume("thickness", thick)
    found = _CUT_WIDTH.search(spec.text)
    cut = float(found.group(1) or found.group(2)) if found else None
    if cut is None:
        cut = 1.5
        notes.assume("saw cut width", cut)
    if bore >= min(length, width) - 2:
        raise Impossible(f"a Ø{bore:g} bore leaves no wall in a {length:g} x {width:g} block: it needs under "
                         f"{r4(min(length, width) - 2):g} mm")
    if cut >= bore:
        raise Impossible(f"a {cut:g} mm saw cut is as wide as the Ø{bore:g} bore: nothing would clamp")
    params = [P("length", r4(length), "mm, block length (X, the slit runs to +X)"),
              P("width", r4(width), "mm, block width (Y)"),
              P("thickness", r4(thick), "mm, block thickness (Z, the bore runs through it)"),
              P("bore_diameter", r4(bore), "mm, bore through the thickness"),
              P("cut_width", r4(cut), "mm, saw cut from the bore out to the +X side")]
    if spec.metric is not None and spec.phrase(r"\b(?:clamp(?:ing)?|cap|pinch) (?:screw|bolt)s?\b|\bscrews? across\b"):
        hole = metric(spec.metric).clearance
        notes.add(f"M{spec.metric:g} clamp screw: a {hole:g} mm clearance hole across the slit (ISO 273 medium)")
        params.append(P("screw_hole", r4(hole), "mm, clamp screw hole across the slit (Y), halfway to the side"))
    return params


def clamp_body(values: dict[str, float | int | bool], output_type: str, spec: PartSpec | None = None) -> str:
    code = f"""
result = Box(length, width, thickness, {ALIGN_MIN_Z})
result -= Cylinder(bore_diameter / 2, thickness, {ALIGN_MIN_Z})
# the saw cut: from the bore's axis out through the +X side, the full thickness
result -= Pos(length / 4, 0, 0) * Box(length / 2, cut_width, thickness, {ALIGN_MIN_Z})
"""
    if "screw_hole" in values:
        code += """# clamp screw across the slit, halfway between the bore and the side, mid-thickness
result -= Pos((bore_diameter / 2 + length / 2) / 2, 0, thickness / 2) * Rot(90, 0, 0) * Cylinder(screw_hole / 2, width)
"""
    return code


def _volume(length: float, width: float, thick: float, bore: float, cut: float) -> float:
    import math

    r, half = bore / 2, cut / 2
    inside = half * math.sqrt(r * r - half * half) + r * r * math.asin(half / r)  # the cut's area inside the bore
    return thick * (length * width - math.pi * r * r - (cut * length / 2 - inside))


EXAMPLES = (
    Example("split clamp block 40 x 40 x 20 thick, 20 bore through the thickness, 2 mm saw cut from the bore out to one side",
            (20, 40, 40), _volume(40, 40, 20, 20, 2), 0),
    Example("clamp block 50x30x15, 12 bore, slit to one side 1 mm, M4 clamp screw", (15, 30, 50), holes=2),  # the screw hole opens into the slit: one through each jaw
)

FAMILY = Family("split_clamp", "split clamp block: bored block with a saw cut to one side", ("3d_solid",), clamp_params,
                clamp_body, vocabulary=VOCABULARY, match=match, examples=EXAMPLES)

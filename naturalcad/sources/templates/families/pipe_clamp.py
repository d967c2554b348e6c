"""Pipe clamps / saddle clamps: a strap bent over the pipe with a flat bolt ear on each side.

The omega ("saddle") shape of sheet-metal pipe straps: a half ring over the pipe, straight legs
down to the mounting face the pipe rests on, and ears flat on that face. Sizes not given follow
common strap clamps: the width about 0.6 x the pipe OD (12-30 mm), the thickness about 6 % of it
(1.5 mm or more), and an ear long enough for its bolt.

A clamp half or saddle block ("pipe clamp half ... block 70 long, 15 wide, 20 high, Ø32 half-round
cut centred on the top") is a block with a half-round cradle across its width, centred on its
top face, and vertical bolt holes each side ("26 each side of centre", "20 from centre", "40 apart").
"""

from __future__ import annotations

import math
import re

from ....prompt.standards import metric
from ..parse import PartSpec
from ..script import P
from .base import Example, Family, Impossible, Match, Notes, dim, r4
from .blocks import ALIGN_MIN_Z
from .phrasing import noun_sizes
from .pieces import piece
from .wording import half_round_strap, length_before

VOCABULARY = ('clamp', 'clamps', 'saddle', 'strap', 'straps', 'clip', 'clips', 'omega', 'conduit', 'ear', 'ears',
              'lug', 'lugs', 'hose', 'u-shaped', 'two-hole', 'one-hole', 'tabs', 'half', 'half-round', 'cradle',
              'semicircular', 'semi-circular', 'groove', 'centre', 'center')

_PIPE_NOUNS = {"pipe", "tube", "conduit", "hose", "tubing", "pipes", "tubes", "rod", "bar"}
_CABLE_NOUNS = {"cable", "cables", "wire", "wires", "cord", "lead"}
# the cradle's own piece: "an R4 half-round groove", "semicircular groove of radius 5", "Ø20 groove"
_CRADLE = r"groove|channel|cradle|cut|notch|recess"
# the cradle cut into the underside ("across the underside", "underneath", "across the bottom", "under it")
_UNDER = re.compile(r"\b(?:groove|channel|cradle|cut|notch|recess)\b[^.;]{0,40}?\b(?:underside|under\s*neath|beneath|under\s+it|"
                    r"bottom|base|lower\s+face)\b|\b(?:underside|bottom)\s+(?:groove|channel|cradle)\b", re.I)


def _cradle_diameter(spec: PartSpec) -> float | None:
    """The cradle's diameter from its own words: its radius (R4, "radius 5") or diameter, else the cable's
    size ("for a 6 mm cable")."""
    cradle = piece(spec, _CRADLE)
    if cradle is not None:
        radius, diameter = cradle.get("radius"), cradle.get("diameter")
        if radius is not None:
            return r4(2 * radius)
        if diameter is not None:
            return diameter
    cable = noun_sizes(spec, _CABLE_NOUNS, skip={"mm", "od", "dia", "diameter"})
    return cable.before if cable is not None else None


_BLOCK = r"\bclamp (?:half|halves)\b|\bhalf[- ]clamp\b|\bsaddle block\b|\bpipe (?:support|cradle) block\b|" \
         r"\bhalf[- ]round (?:cut|groove|cradle|notch|channel)?|\bsemi[- ]?circular (?:cut|groove|cradle|notch|channel)\b|\bcradle\b"


def designations(text: str) -> list[tuple[str, str]]:
    """"semicircular groove", "half-round cut": the cradle the pipe sits in, made."""
    found = re.search(r"\b(?:half[- ]round|semi[- ]?circular)\s*(?:[Øø⌀]?\s*\d+(?:\.\d+)?\s*(?:mm)?\s*)?"
                      r"(?:cut|groove|cradle|notch|channel)\b", text, re.I)
    return [(found.group(0), "the half-round cradle the pipe sits in")] if found else []


def _block_clamp(spec: PartSpec) -> bool:
    if spec.has("strap", "straps", "tabs", "tab", "feet", "ears", "lugs") and not spec.has("block", "cradle", "groove"):
        return False   # "half round, with tabs": a bent strap, not a block with a cradle
    return spec.phrase(_BLOCK) and (spec.has("block", "block-type", "clamp", "saddle", "cradle", "support")
                                    or any(w in spec.words for w in _PIPE_NOUNS))


def match(spec: PartSpec) -> Match | None:
    if _block_clamp(spec) and any(w in spec.words for w in _PIPE_NOUNS | _CABLE_NOUNS | {"clamp", "saddle"}):
        return Match(89, "it names a pipe clamp half: a block with a half-round cradle")   # above the clips (84-88)
    named = spec.phrase(r"\b(?:pipe|tube|conduit|hose|saddle|omega)[- ](?:clamps?|clips?|straps?|saddles?)\b|"
                        r"\bsaddle (?:clamp|clip|strap)s?\b|\bomega (?:clamp|bracket)\b|\b(?:one|two|single|double)[- ]hole strap\b|"
                        r"\b(?:u|omega)[- ]shaped (?:pipe )?(?:strap|clamp)\b|\b(?:clamp|clip|strap|saddle) for (?:an? )?(?:[\d.]+ ?(?:mm|in|\")? )?(?:pipe|tube|conduit|hose)\b")
    if not named or spec.has("block", "cube"):
        return None
    return Match(86, "it names a pipe clamp / saddle strap")


def _offset(spec: PartSpec) -> float | None:
    """"26 each side of centre", "20 from centre", "17 off centre", "40 apart" -> half of it."""
    t = spec.text.lower()
    found = re.search(r"(\d+(?:\.\d+)?)\s*(?:mm\s*)?(?:each side of|either side of|from|off)\s*(?:the\s*)?"
                      r"(?:centre|center|middle)", t)
    if found:
        return float(found.group(1))
    apart = re.search(r"(\d+(?:\.\d+)?)\s*(?:mm\s*)?(?:apart|centres|centers|between centres)\b", t)
    return float(apart.group(1)) / 2 if apart else None


def block_params(spec: PartSpec, notes: Notes) -> list[P]:
    pipe = noun_sizes(spec, _PIPE_NOUNS, skip={"mm", "od", "dia", "diameter", "outside"})
    od = pipe.before if pipe is not None and pipe.before is not None else None
    od = od or _cradle_diameter(spec) or dim(spec, "outer_diameter", "diameter")
    group = next((g for g in spec.groups if len(g) >= 2), [])
    length = dim(spec, "length") or (group[0] if group else None)
    width = dim(spec, "width") or (group[1] if len(group) >= 2 else None)
    height = dim(spec, "height", "thickness") or (group[2] if len(group) >= 3 else None)
    if od is None:
        od = 25.0
        notes.assume("pipe diameter", od, main=True)
    if length is None:
        length = r4(od * 2.2)
        notes.assume("block length", length, main=True)
    if width is None:
        width = r4(max(12.0, round(od * 0.5)))
        notes.assume("block width (along the pipe)", width)
    if height is None:
        height = r4(od * 0.5 + max(5.0, od * 0.2))
        notes.assume("block height", height, main=True)
    hole = dim(spec, "hole_diameter")
    bolt = dim(spec, "hole_metric") or spec.metric
    if hole is None:
        if bolt is None:
            bolt = 5.0 if od <= 25 else 6.0
            notes.assume("bolt", f"M{bolt:g}", "")
        hole = metric(bolt).clearance
        notes.add(f"M{bolt:g} bolt holes: {hole:g} mm (ISO 273 medium)")
    offset = _offset(spec)
    apart = offset is not None and not re.search(r"(?:each side of|either side of|from|off)\s*(?:the\s*)?(?:centre|center|middle)",
                                                 spec.text.lower())
    if offset is None:
        offset = r4((od / 2 + length / 2) / 2)
        notes.assume("bolt hole distance from the centre", offset)
    holes = int(spec.counts.get("holes", 2))
    if od / 2 >= height:
        raise Impossible(f"a Ø{od:g} cradle is {r4(od / 2 - height):g} mm deeper than the {height:g} mm block")
    if od >= length:
        raise Impossible(f"a Ø{od:g} cradle does not fit a {length:g} mm long block")
    if offset + hole / 2 > length / 2:
        raise Impossible(f"bolt holes {offset:g} mm from the centre run off the {length:g} mm block "
                         f"by {r4(offset + hole / 2 - length / 2):g} mm")
    under = _UNDER.search(spec.text) is not None
    notes.add(f"a block {length:g} x {width:g} x {height:g} mm with a Ø{od:g} half-round cradle across its "
              f"{'underside' if under else 'top'}")
    return [P("block_length", r4(length), "mm, block length (X, across the pipe)"),
            P("block_width", r4(width), "mm, block width (Y, along the pipe)"),
            P("block_height", r4(height), "mm, block height (Z)"),
            P("pipe_diameter", r4(od), "mm, diameter of the half-round cradle"),
            P("hole_diameter", r4(hole), "mm, bolt holes, vertical through the block"),
            P("hole_spacing", r4(2 * offset), "mm, bolt hole centre to centre") if apart else
            P("hole_offset", r4(offset), "mm, each bolt hole from the centre"),
            P("bolt_holes", 1 if holes == 1 else 2, "bolt holes: 2 (one each side) or 1"),
            *([P("cradle_under", True, "True = the cradle is cut across the underside")] if under else [])]


def pipe_clamp_params(spec: PartSpec, notes: Notes, output_type: str) -> list[P]:
    if _block_clamp(spec):
        return block_params(spec, notes)
    pipe = noun_sizes(spec, _PIPE_NOUNS, skip={"mm", "od", "dia", "diameter", "outside", "steel", "copper", "pvc"})
    od = pipe.before if pipe is not None and pipe.before is not None else None
    if od is None and pipe is not None and pipe.after:
        od = pipe.after[0]
    if od is None:
        od = dim(spec, "outer_diameter", "diameter")
    width = length_before(spec, r"wide|width") or dim(spec, "width")  # "2 thick, 15 wide": the strap's own words first
    thickness = dim(spec, "thickness")
    if thickness is None:
        sheet = noun_sizes(spec, {"steel", "stainless", "aluminium", "aluminum", "sheet", "strip", "material"},
                           skip={"mm", "thick"})
        if sheet is not None and sheet.before is not None and sheet.before != od:
            thickness = sheet.before                 # "3 mm steel"
    ear = noun_sizes(spec, {"ears", "ear", "lugs", "lug", "tabs", "tab", "feet", "foot"}, skip={"mm", "long", "bolt"})
    ear_length = None
    if ear is not None:
        ear_length = ear.role("length") or (ear.before if ear.before not in (None, od, width, thickness) else None)
    if od is None and spec.loose:
        od = spec.loose[0]
    if od is None:
        od = 25.0
        notes.assume("pipe diameter", od, main=True)
    if width is None:
        width = float(min(30, max(12, round(od * 0.6))))
        notes.assume("strap width", width, main=True)
    if thickness is None:
        thickness = r4(max(1.5, round(od * 0.06 * 2) / 2))
        notes.assume("strap thickness", thickness)
    hole = dim(spec, "hole_diameter")
    bolt = dim(spec, "hole_metric") or spec.metric
    if hole is None:
        if bolt is None:
            bolt = 4.0 if od <= 20 else 6.0 if od <= 50 else 8.0 if od <= 100 else 10.0
            notes.assume("bolt", f"M{bolt:g}", "")
        hole = metric(bolt).clearance
        notes.add(f"M{bolt:g} bolt holes: {hole:g} mm (ISO 273 medium)")
    if ear_length is None:
        ear_length = float(math.ceil(max(hole * 2.2, hole + 8)))
        notes.assume("ear length", ear_length)
    if hole >= min(ear_length, width) * 0.85:
        raise Impossible(f"a {hole:g} mm hole does not fit a {ear_length:g} x {width:g} mm ear")
    ears = 1 if spec.phrase(r"\b(?:one|single)[- ](?:hole|ear|screw|bolt)\b") else 2
    legs = [P("leg_height", 0.0, "mm, straight legs under the arch (0 = a half-round strap, its ends on the face)")] \
        if half_round_strap(spec) else []
    return [*legs,P("pipe_diameter", r4(od), "mm, outside diameter of the pipe it holds"),
            P("width", r4(width), "mm, strap width (along the pipe)"),
            P("thickness", r4(thickness), "mm, strap thickness"),
            P("ear_length", r4(ear_length), "mm, length of each bolt ear, from the strap"),
            P("hole_diameter", r4(hole), "mm, bolt hole in each ear"),
            P("ears", ears, "bolt ears: 2, or 1 for a one-hole strap")]


def pipe_clamp_body(values: dict[str, float | int | bool], output_type: str, spec: PartSpec | None = None) -> str:
    if "block_length" in values:
        return f"""
{"hole_offset = hole_spacing / 2" if "hole_spacing" in values else ""}
result = Box(block_length, block_width, block_height, {ALIGN_MIN_Z})
# the half-round cradle across the {"underside, its axis on the bottom" if values.get("cradle_under") else "top, its axis on the top"} face (the pipe runs along Y)
result -= Pos(0, 0, {"0" if values.get("cradle_under") else "block_height"}) * Rot(90, 0, 0) * Cylinder(pipe_diameter / 2, block_width)
for side in (-1, 1)[:bolt_holes]:
    result -= Pos(side * hole_offset, 0, 0) * Cylinder(hole_diameter / 2, block_height, {ALIGN_MIN_Z})
"""
    legs = "" if "leg_height" in values else "leg_height = r  # legs down to the face: the pipe rests on it\n"
    return """
r = pipe_diameter / 2
""" + legs + """# half ring over the pipe (the pipe axis is Y), its ends leg_height above the mounting face Z = 0
result = Pos(0, 0, leg_height) * Rot(90, 0, 0) * (Cylinder(r + thickness, width) - Cylinder(r, width))
result -= Pos(0, 0, leg_height - (r + thickness + 1) / 2) * Box(2 * (r + thickness) + 1, width + 1, r + thickness + 1)
if leg_height > 0:
    for side in (-1, 1):
        result += Pos(side * (r + thickness / 2), 0, leg_height / 2) * Box(thickness, width, leg_height)  # leg down to the face
# a half-round strap's ear runs under the arch's end (one solid); an omega's starts at its leg
ear_start = r if leg_height == 0 else r + thickness
for side in (1, -1)[:ears]:
    x = side * (r + thickness + ear_length / 2)
    ear = r + thickness + ear_length - ear_start
    result += Pos(side * (ear_start + ear / 2), 0, thickness / 2) * Box(ear, width, thickness)  # bolt ear, flat on the face
    result -= Pos(x, 0, thickness / 2) * Cylinder(hole_diameter / 2, thickness)
"""


def _volume(od: float, w: float, t: float, ear: float, hole: float, ears: int = 2) -> float:
    r = od / 2
    section = math.pi / 2 * ((r + t) ** 2 - r * r) + 2 * t * r + ears * t * ear
    return section * w - ears * math.pi * hole * hole / 4 * t


EXAMPLES = (
    Example("saddle clamp for a 25 mm tube, 15 wide, 2 mm thick, 5.5 holes, ears 15 long", (15, 27, 59),
            _volume(25, 15, 2, 15, 5.5), 2),
    Example("U-shaped pipe strap for a 50 mm pipe, 30 mm wide, 3 mm steel, 9 mm bolt holes, 20 mm ears", (30, 53, 96),
            _volume(50, 30, 3, 20, 9), 2),
    Example("pipe clamp for 32 mm pipe", (19, 34, 66), _volume(32, 19, 2, 15, 6.6), 2),
    Example("pipe strap for 25 mm pipe: 3 mm thick, 20 wide, half round, with tabs 15 long on both sides and a 5 mm "
            "hole in each tab", (15.5, 20, 61), holes=2),
    Example("one hole strap for 20 mm conduit, 15 wide, 1.5 thick, M4", (15, 21.5, 36),
            _volume(20, 15, 1.5, 13, 4.5, 1), 1),
    Example("pipe clamp half for 32 mm pipe: block 70 long, 15 wide, 20 high, Ø32 half-round cut centred on the top, "
            "two 6.6 bolt holes 26 each side of centre", (15, 20, 70),
            70 * 15 * 20 - math.pi * 16 ** 2 / 2 * 15 - 2 * math.pi * 3.3 ** 2 * 20, 2),
    Example("saddle block for a 20 mm tube: 50 long, 16 wide, 15 tall, semicircular Ø20 groove on the top face, "
            "2x M5 clearance holes 17 off centre", (15, 16, 50),
            50 * 16 * 15 - math.pi * 10 ** 2 / 2 * 16 - 2 * math.pi * 2.75 ** 2 * 15, 2),
)

FAMILY = Family("pipe_clamp", "pipe clamp / saddle strap with bolt ears", ("3d_solid",), pipe_clamp_params,
                pipe_clamp_body, vocabulary=VOCABULARY, match=match, examples=EXAMPLES,
                designations=designations)

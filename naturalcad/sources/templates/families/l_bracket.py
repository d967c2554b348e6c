"""L / angle bracket and gusseted corner bracket, optional (counterbored) holes in each leg.

Gussets are triangular webs in the inside corner, as thick as the bracket: two at the side
edges, or one in the middle when the prompt says "a gusset" / "centre gusset" (the holes then
sit either side of it). Counterbores are on the inside faces, where the screw heads bear.
"""

from __future__ import annotations

import math
import re

from ..hole_features import hole_params, tool_lines
from ..parse import PartSpec
from ..script import P
from .base import (
    Example,
    Family,
    Impossible,
    Match,
    Notes,
    dim,
    dimension_group,
    mentions,
    positive,
    r4,
    take_loose,
)
from .blocks import (
    hole_diameter_from,
)
from .phrasing import noun_sizes
from .proportion import scaled

_NUMBER = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, **{str(n): n for n in range(1, 10)}}

VOCABULARY = ('l-bracket', 'bracket', 'angle', 'corner', 'legs', 'leg', 'steel', 'equal', 'unequal', 'structural', 'gusseted',
              'reinforced', 'right-angle', 'upright', 'vertical', 'horizontal', 'outside', 'dims', 'measured')


def match(spec: PartSpec) -> Match | None:
    named = mentions(spec, r"\bl[- ]?(bracket|shape|shaped|angle|profile|section)\b|\bangle[- ]?(bracket|iron|section|plate)\b|"
                           r"\bcorner bracket\b|\bangle\b.*\blegs?\b|\blegs?\b.*\bbracket\b|"
                           r"^\W*(?:an? )?(?:(?:steel|alu\w*|equal|unequal) )?angle\s*:?\s*\d|"
                           r"\b(?:steel|alu\w*|equal|unequal|structural) angles?\b|"
                           r"\bright[- ]angle(?:d)? bracket\b|\b(?:corner|angle|l)[- ]brace\b|\b90 ?°? ?(?:deg\w* )?(?:angle )?bracket\b|\bgusset(?:ed)? bracket\b")
    if named and spec.has("flange", "flanges"):
        return Match(79, "it names an L bracket (its legs called flanges)")   # above "flange" (78)
    return Match(66, "it names an L / angle bracket") if named else None


def gussets(spec: PartSpec) -> int:
    """0, 1 (a centre gusset) or 2 (one at each side edge)."""
    if not spec.has("gusset", "gussets", "gusseted", "reinforced", "ribbed", "rib"):
        return 0
    if spec.phrase(r"\b(?:centre|center|central|middle|single|one|1|a)\s+(?:\d+(?:\.\d+)?\s*(?:mm\s*)?(?:thick\s+)?)?"
                   r"(?:triangular\s+)?(?:gusset|rib)\b"):
        return 1   # "one 5 mm triangular gusset", "a gusset", "centre rib"
    if spec.phrase(r"\b(?:gusset|rib)\b[^.;]{0,30}?\b(?:in|at|on)\s+the\s+(?:middle|centre|center)\b"):
        return 1   # "triangular rib 5 thick in the middle of the width"
    return 2


# "(30 mm legs from the inside corner)", "gusset 30 x 30", "30 x 30 gusset": the triangle's legs
_GUSSET_SIZE = re.compile(r"(\d+(?:\.\d+)?)\s*(?:mm\s*)?legs?\s+(?:from|off)\s+the\s+(?:inside|inner)\s+corner"
                          r"|\b(?:gusset|rib)\b[^.]{0,60}?\b(?:two\s+)?(?:straight\s+)?(?:sides|legs|edges)\s+(?:are\s+)?(\d+(?:\.\d+)?)\s*(?:mm\s*)?long\b"
                          r"|\bgussets?\s+(\d+(?:\.\d+)?)\s*(?:mm\s*)?[x×]\s*\d|(\d+(?:\.\d+)?)\s*(?:mm\s*)?[x×]\s*\d+(?:\.\d+)?"
                          r"\s*(?:mm\s*)?(?:triangular\s+)?gussets?\b", re.I)
# "one 5 mm triangular gusset", "3 mm thick gussets": the gusset plate's own thickness
_GUSSET_THICK = re.compile(r"\b(?:one|a|single|two|2|1)\s+(\d+(?:\.\d+)?)\s*(?:mm\s*)?(?:thick\s+)?(?:triangular\s+)?gussets?\b"
                           r"|(\d+(?:\.\d+)?)\s*(?:mm\s*)?thick\s+(?:triangular\s+)?gussets?\b", re.I)


def _written(pattern: re.Pattern[str], text: str) -> float | None:
    found = pattern.search(text)
    return float(next(g for g in found.groups() if g)) if found else None


_N = r"(\d+(?:\.\d+)?)\s*(?:mm\s*)?"
_BASE = r"(?:base|horizontal|bottom|lower|floor|flat|foot)"
_UP = r"(?:upright|vertical|upper|back|wall|standing|riser)"
_LEG = r"(?:\s+(?:leg|flange|arm|side|part|section|plate))?"
_SAYS = r"\s*(?:is\s+|of\s+|:\s*|=\s*|measures\s+)?"
# "base leg 50 long, upright leg 40 tall", "horizontal leg 60 long and vertical leg 45 high", "base 80 long, upright 50 high"
_LEG_A = re.compile(r"\b" + _BASE + _LEG + _SAYS + _N + r"(?:long|length|deep|out)?(?!\s*(?:mm\s*)?(?:from|in\s+from|hole|thick|thk|dia|wide|[x×]))", re.I)
_LEG_B = re.compile(r"\b" + _UP + _LEG + _SAYS + _N + r"(?:tall|high|long|up|height)?(?!\s*(?:mm\s*)?(?:from|in\s+from|hole|up\s+from|thick|thk|dia|wide|[x×]))", re.I)
# "base hole 30 from the outside corner", "a hole in the base 50 from the corner"; "upright hole 25 up from the bottom",
# "one in the upright 30 up": where each leg's hole sits, measured from the outside corner
_HOLE_A = re.compile(r"\b" + _BASE + _LEG + r"\s+holes?\s+(?:at\s+)?" + _N + r"(?:in\s+)?from\s+the\s+(?:outside\s+|outer\s+)?(?:corner|bend)"
                     r"|\b(?:in|on|through)\s+the\s+" + _BASE + _LEG + r"\s*,?\s*(?:at\s+)?" + _N
                     + r"(?:in\s+)?from\s+the\s+(?:outside\s+|outer\s+)?(?:corner|bend)", re.I)
_HOLE_B = re.compile(r"\b" + _UP + _LEG + r"\s+holes?\s+(?:at\s+)?" + _N + r"(?:up\s+)?(?:(?:in\s+)?from\s+the\s+(?:bottom|base|outside\s+corner|corner|bend))?"
                     r"|\b(?:in|on|through)\s+the\s+" + _UP + _LEG + r"\s*,?\s*(?:at\s+)?" + _N + r"(?:up|high)\b", re.I)


# "legs 50 and 40 long", "legs of 60 & 35", "50 and 40 mm legs", "one leg 40 long, the other 30":
# two legs named together, the first the horizontal one
_NOT_LEG = r"(?![\d.])(?!\s*(?:mm\s*)?(?:wide|width|thick|thk|dia|deep|high|tall|[x×]|hole|from|in\s+from)\b)"
_LEG_PAIR = re.compile(r"\blegs?\s*(?:are\s+|of\s+|:\s*|=\s*)?" + _N + r"(?:long\s+)?(?:and|&|,|/)\s*" + _N + _NOT_LEG
                       + r"|\b" + _N + r"(?:and|&)\s*" + _N + r"(?:long\s+)?legs\b"
                       + r"|\bone\s+(?:leg|flange|side|arm)\s+(?:is\s+)?" + _N + r"(?:long\s*)?,?\s*(?:and\s+)?the\s+other\s+"
                       r"(?:(?:one|leg|flange|side|arm)\s+)?(?:is\s+)?" + _N, re.I)


def _named_legs(spec: PartSpec) -> list[float] | None:
    """The two legs named by where they go ("base leg 50 long, upright leg 40 tall"), outside sizes."""
    t = spec.source_text or spec.text
    a, b = _LEG_A.search(t), _LEG_B.search(t)
    if a is None or b is None:
        pair = _LEG_PAIR.search(t)
        if pair is None:
            return None
        first, second = (float(g) for g in pair.groups() if g)
        return [first, second]
    return [float(a.group(1)), float(b.group(1))]


def _hole_spot(pattern: re.Pattern[str], spec: PartSpec) -> float | None:
    found = pattern.search(spec.source_text or spec.text)
    return float(next(g for g in found.groups() if g)) if found else None


def _leg_by_width(spec: PartSpec, legs: list[float]) -> bool:
    """'two legs 50 x 30 (50 long, 30 wide)', 'legs 40 x 20 wide': the pair is one leg's length and width."""
    t = (spec.source_text or spec.text).lower()
    b = f"{legs[1]:g}"
    return re.search(r"\b(?:two|both|2)\s+legs\b", t) is not None and \
        re.search(r"(?<![\d.])" + re.escape(b) + r"\s*(?:mm\s*)?(?:wide|width)\b", t) is not None


def _hole_given(spec: PartSpec) -> bool:
    """Did the person size the holes (a diameter or a screw size), so it must never be shrunk?"""
    return "hole_diameter" in spec.dims or "hole_metric" in spec.dims or spec.metric is not None


def _no_room(hole: float, across: float, flat: float, per_leg: int, width: float) -> str:
    """Why a hole of the size asked cannot sit in a leg, and by how much."""
    if across <= flat:
        where = f"the {width:g} mm wide leg" if per_leg == 1 else f"a {r4(across):g} mm share of the {width:g} mm width ({per_leg} holes per leg)"
        return (f"The {hole:g} mm hole does not fit across {where}: it is {r4(hole - across):g} mm too wide and would cut "
                f"the leg in two. Use holes under {r4(across):g} mm or a wider bracket.")
    return (f"The {hole:g} mm hole does not fit the {r4(flat):g} mm of flat leg beyond the bend: it is {r4(hole - flat):g} mm "
            f"too big. Use holes under {r4(flat):g} mm or longer legs.")


def l_bracket_params(spec: PartSpec, notes: Notes, output_type: str) -> list[P]:
    legs = _named_legs(spec) or spec.group_roles.get("legs")
    group = dimension_group(spec, "size")
    width = dim(spec, "width", "length", "depth")
    if legs and len(legs) == 2 and legs[0] != legs[1] and _leg_by_width(spec, legs):
        width, legs = legs[1], [legs[0], legs[0]]  # "two legs 50 x 30 (50 long ..., 30 wide)": each leg's length x width
    thickness = dim(spec, "thickness")
    if not legs:
        if group and len(group) >= 4:
            legs = group[:2]   # steel angle "40 x 40 x 4 x 60": legs, thickness, length
            thickness = thickness if thickness is not None else group[2]
            width = width if width is not None else group[3]
        elif group and len(group) >= 2:
            legs = group[:2]
            if len(group) >= 3 and width is None and thickness is None and group[2] <= 0.25 * min(legs):
                thickness = group[2]   # "angle bracket 40x40x3": legs x thickness, as angles are sized
            elif len(group) >= 3 and width is None:
                width = group[2]
            elif len(group) >= 3 and thickness is None:
                thickness = group[2]   # "angle 50 x 50 x 6, 200 long": legs and thickness
        elif "base" in spec.dims and "height" in spec.dims:
            legs = [spec.dims["base"], spec.dims["height"]]   # "80 mm tall, 60 mm base"
        else:
            leg = dim(spec, "legs", "height", "side")
            legs = [leg, leg] if leg else []
    if not legs:
        a = take_loose(spec)
        b = take_loose(spec)
        legs = [a, b or a] if a else []
    if len(legs) == 1:
        legs = [legs[0], legs[0]]
    if not legs:
        legs = [40.0, 40.0]
        notes.assume("leg lengths", "40 x 40", "mm", main=True)
    if thickness is None:
        sheet = noun_sizes(spec, {"plate", "sheet", "steel", "material", "stock"}, skip={"mm", "thick"})
        if sheet is not None and sheet.before is not None and sheet.before < min(legs):
            thickness = sheet.before   # "5 mm plate"
            if thickness in spec.loose:
                spec.loose.remove(thickness)
    if width is None:
        width = take_loose(spec)
    if width is None or width <= 0:
        width = r4(max(legs) * 1.0)
        notes.assume("width", width, main=True)   # a main size: the reading is not `high`
    thickness = positive(thickness if thickness is not None else take_loose(spec), r4(max(2.0, round(min(legs) * 0.1, 1))), "thickness", notes)
    thickness = min(thickness, r4(min(legs) * 0.5))
    params = [P("width", r4(width), "mm, bracket width (along the bend, Y)"),
              P("leg_a", r4(legs[0]), "mm, horizontal leg length, outside (X)"),
              P("leg_b", r4(legs[1]), "mm, vertical leg length, outside (Z)"),
              P("thickness", r4(thickness), "mm, material thickness")]
    per_leg = 0
    count = spec.counts.get("holes")
    if count is not None or spec.has("hole", "holes"):
        split = re.search(r"\b(one|two|three|four|five|six|[1-9])\s+(?:holes?\s+)?(?:on|in|per|for)\s+"
                          r"(?:each|every|either|the)\s+(?:leg|flange|side|face)s?\b", spec.text.lower())
        if split and count is not None and count >= 2 * _NUMBER.get(split.group(1), 1):
            per_leg = _NUMBER.get(split.group(1), 1)   # "four holes, two on each flange": 4 in all
        elif spec.hole_pattern == "per_leg" or spec.phrase(r"each leg|per leg|both legs"):
            per_leg = count or 1
        elif count is not None:
            per_leg = max(1, math.ceil(count / 2))
            if count % 2:
                notes.add(f"{count} holes cannot split evenly over two legs, used {per_leg} per leg")
        else:
            per_leg = 1
            notes.assume("holes per leg", 1, "")
        hole_d = hole_diameter_from(spec, notes, r4(scaled(min(legs), 0.15, 3.0)))
        across, flat = width / max(per_leg, 1), min(legs) - thickness
        if _hole_given(spec) and hole_d >= min(across, flat):
            raise Impossible(_no_room(hole_d, across, flat, per_leg, width))
        if not _hole_given(spec):
            hole_d = min(hole_d, r4(min(flat, across) * 0.6))
        params += [P("holes_per_leg", int(per_leg), "holes in each leg, spread across the width"),
                   P("hole_diameter", r4(hole_d), "mm, hole diameter")]
        at_a, at_b = _hole_spot(_HOLE_A, spec), _hole_spot(_HOLE_B, spec)
        if at_a is not None or at_b is not None:  # placed as written; the other leg's centred on its flat
            params += [P("hole_a_from_corner", r4(at_a if at_a is not None else thickness + (legs[0] - thickness) / 2),
                         "mm, base-leg hole centre from the outside corner"),
                       P("hole_b_from_corner", r4(at_b if at_b is not None else thickness + (legs[1] - thickness) / 2),
                         "mm, upright-leg hole centre up from the bottom")]
        callout = hole_params(spec.hole_callout, hole_d, notes, dim(spec, "hole_metric") or spec.metric)
        if "counterbore_diameter" not in {p.name for p in callout} and spec.has(
                "counterbored", "counterbore", "counterbores", "cbore", "c'bore"):
            callout += _counterbore(spec, notes, hole_d, thickness)
        params += callout
    n_gussets = gussets(spec)
    if n_gussets:
        given = _written(_GUSSET_SIZE, spec.text)
        size = r4(given) if given is not None and given < min(legs) - thickness else r4(round(min(legs) * 0.6 - thickness, 1))
        if given is None:
            notes.assume("gusset size (each leg of the triangle, from the inside corner)", size)
        own = _written(_GUSSET_THICK, spec.text)
        gusset_t = r4(own) if own is not None and own < width else r4(thickness)
        if n_gussets == 2:
            notes.add("two gussets, one at each side edge")
        params += [P("gussets", n_gussets, "triangular gussets: 1 in the middle, 2 at the side edges"),
                   P("gusset_size", size, "mm, gusset leg length from the inside corner"),
                   P("gusset_thickness", gusset_t, "mm, gusset thickness")]
    params.append(P("inner_fillet", 0.0, "mm, radius in the inside corner (0 = sharp)"))
    return params


def _counterbore(spec: PartSpec, notes: Notes, hole_d: float, thickness: float) -> list[P]:
    """"8 mm counterbore 2.5 deep", "C'BORE Ø8 x 2.5 DP"; else ISO 4762 head room (about 1.8 x the hole)."""
    cb = noun_sizes(spec, {"counterbore", "cbore", "c'bore", "counterbores"}, skip={"mm", "dia"})
    diameter = depth = None
    if cb is not None:
        diameter = cb.before if cb.before is not None and cb.before > hole_d else None
        sizes = [v for v in cb.after if v > 0]
        if diameter is None and sizes and sizes[0] > hole_d:
            diameter = sizes.pop(0)
        depth = cb.role("depth") or (sizes[0] if sizes and sizes[0] < thickness else None)
    if depth is None and "depth" in spec.dims and spec.dims["depth"] < thickness:
        depth = spec.dims["depth"]
    if diameter is None:
        diameter = r4(round(hole_d * 1.8 * 2) / 2)
        notes.assume("counterbore diameter", diameter)
    if depth is None:
        depth = r4(round(thickness * 0.5, 1))
        notes.assume("counterbore depth", depth)
    depth = min(depth, r4(thickness - 0.5))
    return [P("counterbore_diameter", r4(diameter), "mm, counterbore diameter (inside faces)"),
            P("counterbore_depth", r4(depth), "mm, counterbore depth")]

def l_bracket_body(values: dict[str, float | int | bool], output_type: str, spec: PartSpec | None = None) -> str:
    body = """
base = Box(leg_a, width, thickness, align=(Align.MIN, Align.CENTER, Align.MIN))
upright = Box(thickness, width, leg_b, align=(Align.MIN, Align.CENTER, Align.MIN))
result = base + upright
if inner_fillet > 0:
    inside_corner = result.edges().filter_by(Axis.Y).sort_by_distance((thickness, 0, thickness))[0]
    result = fillet(inside_corner, min(inner_fillet, leg_a - thickness, leg_b - thickness) * 0.9)
"""
    if "gussets" in values:
        body += """
# triangular gussets in the inside corner (XZ profile, gusset_thickness along Y)
web = extrude(Plane.XZ * Polygon((thickness, thickness), (thickness + gusset_size, thickness),
                                 (thickness, thickness + gusset_size), align=None), gusset_thickness / 2, both=True)
for y in ([0.0] if gussets == 1 else [-(width - gusset_thickness) / 2, (width - gusset_thickness) / 2]):
    result += Pos(0, y, 0) * web
"""
    if "holes_per_leg" in values:
        if values.get("gussets") == 1:
            spread = """# holes either side of the centre gusset
side = (width - gusset_thickness) / 2
ys = [s * (gusset_thickness / 2 + side * (i + 0.5) / ((holes_per_leg + 1) // 2))
      for i in range((holes_per_leg + 1) // 2) for s in (1, -1)][:holes_per_leg]
"""
        elif values.get("gussets") == 2:
            spread = """# holes spread evenly between the edge gussets
pitch = (width - 2 * gusset_thickness) / max(holes_per_leg, 1)
ys = [-width / 2 + gusset_thickness + pitch * (i + 0.5) for i in range(holes_per_leg)]
"""
        else:
            spread = """# holes spread evenly across the width
pitch = width / max(holes_per_leg, 1)
ys = [-width / 2 + pitch * (i + 0.5) for i in range(holes_per_leg)]
"""
        at_a = "hole_a_from_corner" if "hole_a_from_corner" in values else "thickness + (leg_a - thickness) / 2"
        at_b = "hole_b_from_corner" if "hole_b_from_corner" in values else "thickness + (leg_b - thickness) / 2"
        body += "\n" + "\n".join(tool_lines(values, "thickness")) + f"""
# holes on each leg's flat (counterbores and countersinks on the inside faces)
{spread}for y in ys:
    result -= Pos({at_a}, y, 0) * hole_tool
    result -= Pos(0, y, {at_b}) * Rot(0, 90, 0) * hole_tool
"""
    return body


EXAMPLES = (
    Example("L bracket, 40 mm wide, legs 30 mm and 25 mm, 3 mm thick", (25, 30, 40), 6240, 0),
    Example("angle bracket 50 wide, 30 x 30 legs, 5 thick, one 5 mm hole in each leg", (30, 30, 50), 50 * 5 * 55 - 2 * math.pi * 6.25 * 5, 2),
    Example("angle bracket 40x40x5, 25 wide, one counterbored 4.5 mm hole per leg, 8 mm counterbore 2.5 deep",
            (25, 40, 40), 25 * 5 * 75 - 2 * (math.pi * 2.25 ** 2 * 2.5 + math.pi * 16 * 2.5), 2),
    Example("gusseted corner bracket 50 x 50 x 4, 40 wide, 2 holes each leg", (40, 50, 50),
            40 * 4 * 96 + 2 * 26 ** 2 / 2 * 4 - 4 * math.pi * 4 ** 2 * 4, 4),
    Example("corner bracket with a triangular gusset, 40 x 40 legs, 20 wide, 4 thick", (20, 40, 40),
            20 * 4 * 76 + 20 ** 2 / 2 * 4, 0),
    Example("90° angle bracket 40x40x3 with 2 holes per leg", (40, 40, 40), 40 * 3 * 77 - 4 * math.pi * 3 ** 2 * 3, 4),
    Example("L-bracket 35x35x3, 30 wide, with four 4 mm holes, two on each flange", (30, 35, 35),
            30 * 3 * 67 - 4 * math.pi * 4 * 3, 4),
    Example("right angle bracket, 80 mm tall, 60 mm base, 40 wide, 6 thick, 3 holes of 8 mm in each leg",
            (40, 60, 80), 40 * 6 * 134 - 6 * math.pi * 16 * 6, 6),
)

FAMILY = Family("l_bracket", "L / angle bracket, optional holes in each leg", ("3d_solid",), l_bracket_params, l_bracket_body, vocabulary=VOCABULARY, match=match, examples=EXAMPLES)

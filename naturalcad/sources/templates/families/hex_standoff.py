"""Hex standoff / spacer: female-female (tapped through), male-female (stud + tapped end), male-male.

Threads are modelled as a plain stud of the nominal diameter and a tap-drill bore, and the reading
says so. Across flats and stud length follow common catalogue standoffs (Würth, Harwin, Ettinger):
M2.5 5 AF / 5 mm stud, M3 5.5 AF / 6 mm, M4 7 AF / 8 mm, M5 8 AF / 10 mm, M6 10 AF / 10 mm.
"""

from __future__ import annotations

import re

from ....prompt.standards import metric
from ..parse import PartSpec
from ..script import P
from .base import (
    Example,
    Family,
    Match,
    Notes,
    dim,
    r4,
    take_loose,
)
from .blocks import ALIGN_MIN_Z
from .phrasing import noun_sizes, tokens
from .pieces import piece
from .threaded import drill_size, tapped_bore

VOCABULARY = ('standoff', 'stand-off', 'standoffs', 'hex', 'hexagonal', 'spacer', 'spacers', 'male', 'female',
              'm-f', 'f-f', 'm-m', 'mf', 'ff', 'stud', 'pcb')

# catalogue male stud length by thread size (mm)
STUD_LENGTH = {2.0: 4.0, 2.5: 5.0, 3.0: 6.0, 4.0: 8.0, 5.0: 10.0, 6.0: 10.0, 8.0: 12.0}


def ends(spec: PartSpec) -> str:
    """Which ends carry a male stud: "mf" (male-female), "mm" (male-male) or "ff" (female both ends)."""
    text = spec.text.lower()
    if re.search(r"\bmale[\s/-]*(?:to[\s-]*)?female\b|\bfemale[\s/-]*(?:to[\s-]*)?male\b|\bm[-/]?f\b|\bf[-/]?m\b|"
                 r"\bwith an? (?:\d+(?:\.\d+)? ?mm )?(?:male )?(?:stud|thread)\b|\bplus an? .*\bstud\b|\bmale\b", text) \
            and not re.search(r"\bmale[\s/-]*(?:to[\s-]*)?male\b|\bm[-/]m\b", text):
        return "mf"
    if re.search(r"\bmale[\s/-]*(?:to[\s-]*)?male\b|\bm[-/]m\b|\bstuds? (?:at |on )?both ends\b", text):
        return "mm"
    return "ff"


def match(spec: PartSpec) -> Match | None:
    named = spec.has("standoff", "stand-off", "standoffs") or (
        spec.has("hex", "hexagonal") and spec.has("spacer", "spacers"))
    if not named:
        return None
    if ends(spec) != "ff" and _round_body(spec):
        return Match(97, "it names a round male-female standoff")   # a stud on it: not a plain tube
    return Match(94, "it names a hex standoff")


def _round_body(spec: PartSpec) -> bool:
    """"round M3 standoff", "Ø6 body": a cylindrical body instead of the hex."""
    return not spec.has("hex", "hexagonal") and (spec.has("round", "cylindrical") or dim(spec, "diameter", "outer_diameter") is not None)


def standoff_params(spec: PartSpec, notes: Notes, output_type: str) -> list[P]:
    size = spec.metric if spec.metric is not None else dim(spec, "hole_metric")
    if size is None:
        size = 3.0
        notes.assume("thread size", "M3", "", main=True)
    row = metric(size)
    round_body = _round_body(spec)
    body_dia = dim(spec, "diameter", "outer_diameter") if round_body else None
    hexed = noun_sizes(spec, {"hex", "hexagon"}, skip={"mm"})
    af = dim(spec, "across_flats")
    if af is None and hexed is not None and hexed.after and not hexed.after_roles[0] and hexed.after[0] < 30:
        af = hexed.after[0]                                     # "hex 5.5"
    if af is None and hexed is not None and hexed.before is not None and hexed.before < 30 and hexed.before_role is None:
        af = hexed.before                                       # "5.5 hex"
    parts = _pieces(spec)
    if parts.get("af") is not None and not round_body:
        af = parts["af"]                                        # "hex body 5.5 AF": the body's own across flats
    if body_dia is None and round_body:
        body_dia = row.standoff_af + 0.5
        notes.assume("body diameter", body_dia)
    if af is None:
        af = row.standoff_af
        if not round_body:
            notes.add(f"M{size:g} standoff: {af:g} mm across flats")
    length = dim(spec, "length", "height")
    body = noun_sizes(spec, {"body"}, skip={"mm", "long"})
    if body is not None and body.before is not None and body.before not in (af, body_dia) and body.before_role in (None, "length"):
        length = body.before                                    # "10 mm body": the body's, whatever else is loose
    if parts.get("body") is not None:
        length = parts["body"]                                  # "10 mm hex body 5.5 AF", "body 12 mm", "8 AF x 20 body"
    plus = _body_plus_stud(spec)
    if length is None and plus is not None:
        length = plus[0]                                        # "10mm + 6mm": body + stud
    if length is None and body is not None and body.before is not None and body.before != af:
        length = body.before                                    # "20 mm body"
    if length is None:
        length = take_loose(spec)
    if length is None or length <= 0:
        length = 10.0
        notes.assume("length", length, main=True)
    kind = ends(spec)
    tapped = kind != "ff" or tapped_bore(spec)
    hole = dim(spec, "inner_diameter", "bore", "hole_diameter") or drill_size(spec) \
        or (row.tap_drill if tapped else row.clearance)
    hole = min(hole, r4(af * 0.8))
    params = [P("thread_size", r4(size), "mm, nominal thread diameter (M size)"),
              P("body_diameter", r4(body_dia), "mm, round body diameter") if body_dia is not None else
              P("across_flats", r4(af), "mm, hex across flats"),
              P("length", r4(length), "mm, body length (studs not included)")]
    if body_dia is not None:
        hole = min(hole, r4(body_dia * 0.8))
    if kind == "ff" and not tapped:
        notes.add(f"a spacer for M{size:g}: {hole:g} mm clearance bore, through (ISO 273 medium)")
        return [*params, P("hole_diameter", r4(hole), "mm, through bore (bolt clearance)")]
    if kind == "ff":
        asked = spec.hole_callout.depth if spec.hole_callout is not None and spec.hole_callout.depth else dim(spec, "depth")
        if asked and 2 * asked < length and _BLIND_ENDS.search(spec.text):
            # "tapped 8 deep from each end, not drilled through": two blind tap drills, solid between them
            notes.add(f"female threads modelled as {hole:g} mm tap drills {asked:g} mm deep from each end, solid between")
            return [*params, P("hole_diameter", r4(hole), "mm, tap drill of each female end"),
                    P("hole_depth", r4(asked), "mm, depth of each female thread, from each end (blind)")]
        notes.add(f"female threads modelled as a {hole:g} mm tap-drill bore, through")
        return [*params, P("hole_diameter", r4(hole), "mm, through bore (tap drill for the female threads)")]
    stud = parts.get("stud") or _stud_length(spec, length)
    if stud is None:
        stud = STUD_LENGTH.get(size, round(size * 2))
        notes.assume("stud length", stud)
    notes.add(f"M{size:g} thread modelled as a plain {size:g} mm stud" +
              ("" if kind == "mm" else f" and a {hole:g} mm tap-drill bore"))
    params += [P("stud_length", r4(stud), "mm, male thread (stud) length"),
               P("male_ends", 2 if kind == "mm" else 1, "1 = male-female, 2 = male-male")]
    if kind == "mf":
        asked = spec.hole_callout.depth if spec.hole_callout is not None and spec.hole_callout.depth else dim(spec, "depth")
        asked = parts.get("depth") or asked
        depth = r4(min(asked if asked else stud, length - 1.0))   # "female end tapped 6 deep"
        params += [P("hole_diameter", r4(hole), "mm, tap-drill bore of the female end"),
                   P("hole_depth", depth, "mm, depth of the female thread")]
    return params


def _pieces(spec: PartSpec) -> dict[str, float]:
    """A standoff by its pieces: the body's across flats and length ("10 mm hex body 5.5 AF", "8 AF x 20 body",
    "body 12 mm"), the stud's length ("6 mm stud", "stud 5 mm long") and the female end's depth ("female side
    tapped 6 deep"), each read in its own clause (`pieces.piece`)."""
    out: dict[str, float] = {}
    body = piece(spec, r"(?:hex(?:agon(?:al)?)?\s+)?body")
    if body is not None:
        af = body.get("af")
        if af is not None:
            out["af"] = af
        length = body.get("length", "height") or next(iter(body.bare_before or body.bare), None)
        if length is not None and length != af:
            out["body"] = length
    stud = piece(spec, r"stud|male\s+thread|thread(?:ed)?\s+stud")
    if stud is not None and "female" not in stud.clause:
        length = stud.get("length") or next(iter(stud.bare_before or stud.bare), None)
        if length is not None:
            out["stud"] = length
    female = next((p for p in reversed(_female(spec)) if p.get("depth")), None)
    if female is not None:
        out["depth"] = female.get("depth") or 0.0
    return out


def _female(spec: PartSpec) -> list:  # type: ignore[type-arg]
    from .pieces import pieces
    return pieces(spec, r"female(?:\s+(?:end|side|thread))?|tapped")


# blind female ends: a depth "from each end" / "both ends", or the bore said not to go through
_BLIND_ENDS = re.compile(r"\b(?:from|at|in|into)\s+(?:each|both|either)\s+ends?\b|\bnot\s+(?:drilled\s+|tapped\s+)?(?:through|thru)\b|"
                         r"\bblind\b|\bsolid\s+in\s+the\s+middle\b", re.I)


def _body_plus_stud(spec: PartSpec) -> tuple[float, float] | None:
    """"10mm + 6mm", "15 plus 6": a male-female standoff's body and stud, as catalogues list them."""
    toks = tokens(spec)
    for i in range(len(toks) - 2):
        if toks[i].kind == "num" and toks[i + 1].text in ("+", "plus") and toks[i + 2].kind == "num":
            return toks[i].value, toks[i + 2].value
    return None


def _stud_length(spec: PartSpec, body: float) -> float | None:
    """"8 mm thread", "a 6 mm stud", "stud 6 long", "10 + 6": the male end's length (not the body's)."""
    plus = _body_plus_stud(spec)
    if plus is not None and plus[0] == body:
        return plus[1]
    found = noun_sizes(spec, {"stud", "thread", "male"}, skip={"mm", "long", "male", "external"})
    if found is None:
        return None
    for value in ([found.before] if found.before is not None else []) + list(found.after[:1]):
        if value != body:
            return value
    return None

def standoff_body(values: dict[str, float | int | bool], output_type: str, spec: PartSpec | None = None) -> str:
    code = f"""
result = Cylinder(body_diameter / 2, length, {ALIGN_MIN_Z})  # round body
""" if "body_diameter" in values else """
circumradius = across_flats / 2 / math.cos(math.pi / 6)
result = extrude(RegularPolygon(circumradius, 6), length)
"""
    if "stud_length" not in values and "hole_depth" in values:
        return code + f"""# female ends: a blind tap drill from each end, solid in the middle
result -= Cylinder(hole_diameter / 2, hole_depth, {ALIGN_MIN_Z})
result -= Pos(0, 0, length - hole_depth) * Cylinder(hole_diameter / 2, hole_depth, {ALIGN_MIN_Z})
"""
    if "stud_length" not in values:
        return code + f"result -= Cylinder(hole_diameter / 2, length, {ALIGN_MIN_Z})  # tapped through\n"
    code += f"""
# male end(s): the thread as a plain stud of the nominal diameter
result += Pos(0, 0, length) * Cylinder(thread_size / 2, stud_length, {ALIGN_MIN_Z})
if male_ends == 2:
    result += Pos(0, 0, -stud_length) * Cylinder(thread_size / 2, stud_length, {ALIGN_MIN_Z})
    result = Pos(0, 0, stud_length) * result
"""
    if "hole_depth" in values:
        code += f"result -= Cylinder(hole_diameter / 2, hole_depth, {ALIGN_MIN_Z})  # female end: tap drill\n"
    return code


EXAMPLES = (
    Example("hex standoff M3, 5.5 mm across flats, 15 mm long", (5.5, 6.351, 15), holes=1),
    Example("M3 standoff"),
    Example("male-female hex standoff M3 x 10", (5.5, 6.351, 16),
            5.5 ** 2 * 3 ** 0.5 / 2 * 10 + 3.14159265 * 2.25 * 6 - 3.14159265 * 2.5 ** 2 / 4 * 6, 0),
    Example("M2.5 female-female standoff, 12 mm", (5, 5.774, 12), 25 * 3 ** 0.5 / 2 * 12 - 3.14159265 * 2.05 ** 2 / 4 * 12, 1),
    Example("M4 male female hex standoff, 7 AF, 20 mm body, 8 mm thread", (7, 8.083, 28), holes=0),
    Example("M3 male-male standoff, 10 mm", (5.5, 6.351, 22), holes=0),
    # a round body; the body's own length beside a hex size; the female depth as written
    Example("round M3 standoff male-female, Ø6 body 20 long, 6 mm stud, female end tapped 6 deep", (6, 6, 26),
            3.14159265 * (9 * 20 + 2.25 * 6 - 1.5625 * 6), 0),
    Example("M3 standoff male-female, hex 5.5, 10 mm body, 6 mm stud", (5.5, 6.351, 16), holes=0),
    # female both ends, tapped a depth from each end and not through: two blind M5 tap drills (4.2), solid between
    Example("hex standoff F-F M5, 8mm AF, 25 long. tapped 8 deep from each end, NOT drilled through",
            (8, 9.2376, 25), 3 ** 0.5 / 2 * 64 * 25 - 2 * 3.14159265 * 2.1 ** 2 * 8, 0),
    # a spacer for a bolt is a clearance sleeve (ISO 273 medium), a standoff is tapped
    Example("hex spacer 13 AF, 30 long, for M8 bolts", (13, 15.011, 30),
            13 ** 2 * 3 ** 0.5 / 2 * 30 - 3.14159265 * 4.5 ** 2 * 30, 1),
)

FAMILY = Family("hex_standoff", "hex standoff / spacer with a through bore", ("3d_solid",), standoff_params, standoff_body, uses_math=True, vocabulary=VOCABULARY, match=match, examples=EXAMPLES)

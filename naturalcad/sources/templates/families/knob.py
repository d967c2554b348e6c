"""Knob for a shaft: a round grip (knurled-look, fluted or lobed), an optional skirt, and a
shaft hole from below (blind by default; round, D-shaped or through), or a nut trap.

The knurl is a look: straight round-bottomed grooves about 2.5 mm apart, not a diamond knurl.
"""

from __future__ import annotations

import re

from ..iso import metric
from ..parse import PartSpec
from ..script import P
from .base import Example, Family, Impossible, Match, Notes, dim, positive, r4
from .blocks import ALIGN_MIN_Z
from .wording import count_before, length_before, length_named

VOCABULARY = ("knob", "knobs", "knurled", "knurl", "fluted", "flutes", "flute", "lobed", "lobe", "lobes", "star",
              "skirt", "skirted", "grip", "thumb", "control", "potentiometer", "pot", "trap", "captive", "shaft",
              "scallop", "scallops", "scalloped", "rim", "half-round", "underneath")


def match(spec: PartSpec) -> Match | None:
    return Match(104, "it names a knob (outranks the nut it may hold)") if spec.has("knob", "knobs") else None


def _grip(t: str) -> str:
    if re.search(r"\b(lobed?|lobes|star|\d+-lobe)\b", t):
        return "lobed"
    if re.search(r"\b(flute[ds]?|scallop(ed|s)?)\b", t):
        return "fluted"
    if re.search(r"\b(smooth|plain)\b", t):
        return "smooth"
    return "knurled"


_FLUTE = r"(?:half[- ]round\s+|round\s+|semi[- ]circular\s+|fluted\s+|shallow\s+)*(?:flutes?|scallops?|grooves?)"


def _flutes(spec: PartSpec, t: str, grip_d: float, notes: Notes) -> tuple[int, float, float]:
    """Count, radius and centre circle of the flutes: "8 half-round flutes r4 (centres on the 40
    circle)", "10 scallops of 3 mm radius", "6 flutes 5 wide"; half-round flutes of a stated size
    are centred on the rim, the assumed ones a little outside it (shallow scallops)."""
    count = count_before(spec, _FLUTE)
    if count is None:
        count = 8 if grip_d < 50 else 12
        notes.assume("flutes", count, "")
    near = re.search(r"\b(?:flutes?|scallops?)\b[^;.]{0,40}", t)
    window = near.group(0) if near else ""
    r = re.search(r"\br\s?(\d+(?:\.\d+)?)\b|(\d+(?:\.\d+)?)\s*(?:mm\s*)?(?:radius|rad\b)|radius\s*(?:of\s*)?(\d+(?:\.\d+)?)", window)
    w = re.search(r"(\d+(?:\.\d+)?)\s*(?:mm\s*)?(?:wide|dia\b|diameter)", window)
    if r is not None:
        radius = float(r.group(1) or r.group(2) or r.group(3))
    elif w is not None:
        radius = float(w.group(1)) / 2
    else:
        radius = r4(0.8 * 3.141592653589793 * grip_d / (2 * count))
        notes.assume("flute radius", radius)
        return count, radius, r4(grip_d / 2 + 0.4 * radius)
    if radius * 2 * count >= 3.141592653589793 * grip_d:
        notes.doubt(f"{count} flutes of radius {radius:g} mm overlap round a {grip_d:g} mm grip")
    return count, radius, r4(grip_d / 2)


def knob_params(spec: PartSpec, notes: Notes, output_type: str) -> list[P]:
    t = (spec.source_text or spec.text).lower()
    skirt_d = length_named(spec, r"skirt(?: dia\w*| diameter)?") if "skirt" in t else None
    grip_d = length_named(spec, r"grip(?: dia\w*| diameter)?|knob dia\w*")
    if grip_d is None:
        grip_d = dim(spec, "diameter", "outer_diameter") or length_before(spec, r"across")
        if grip_d is not None and skirt_d is not None and grip_d >= skirt_d:
            grip_d = None
    shaft = length_before(spec, r"(?:d[- ])?shaft(?: hole)?|(?:d[- ])?bore|hole")
    if grip_d is not None and shaft is not None and abs(grip_d - shaft) < 1e-6:
        grip_d = None  # "a round knob for a 1/4 inch shaft": the size is the shaft's
    if shaft is not None:
        spec.loose = [v for v in spec.loose if abs(v - shaft) > 1e-6]
    if grip_d is None and spec.loose:
        grip_d = spec.loose.pop(0)
    grip_d = positive(grip_d, 30.0, "knob diameter", notes) if grip_d is not None else None
    if grip_d is None:
        grip_d = 30.0
        notes.assume("knob diameter", grip_d, main=True)
    height = dim(spec, "height", "thickness", "length") or length_before(spec, r"tall overall|overall|tall|high|thick")
    if height is None and spec.loose:
        height = spec.loose.pop(0)
    if height is None:
        height = r4(round(grip_d * 0.6))
        notes.assume("height", height)
    grip = _grip(t)
    if grip == "knurled" and not re.search(r"knurl", t):
        notes.assume("grip", "knurled look", "")
    lobes = count_before(spec, r"lobes?|lobed|-lobe|point|points") or (5 if grip == "lobed" else 0)
    if grip != "lobed":
        lobes = 0
    has_skirt = "skirt" in t
    if has_skirt and skirt_d is None:
        skirt_d = r4(round(grip_d * 1.3))
        notes.assume("skirt diameter", skirt_d)
    skirt_h = r4(max(2.0, round(height * 0.2, 1))) if has_skirt else 0.0
    tapped: float | None = None
    nut = spec.metric if re.search(r"nut trap|captive nut|nut pocket|hex pocket|for an? m\d+ nut|nut in", t) else None
    bore = shaft or dim(spec, "bore", "hole_diameter", "inner_diameter")
    if nut is not None:
        row = metric(nut)
        bore = row.clearance
    elif bore is None and spec.metric is not None and re.search(r"\b(?:tapped|threaded|thread|insert)\b", t):
        bore = metric(spec.metric).tap_drill   # "M4 tapped through the centre": the tap drill, noted
        notes.add(f"M{spec.metric:g} thread modelled as its {bore:g} mm tap drill")
        tapped = spec.metric
    if bore is None:
        bore = 6.0
        notes.assume("shaft hole", bore)
    # "not through", "blind": a hole with a bottom, whatever else says "through"
    through = bool(re.search(r"(?<!\bnot )(?<!\bno )(?<!\bnot all the way )\b(?:through|thru)\b", t)) \
        and not re.search(r"\bblind\b", t)
    depth = length_named(spec, r"deep|depth")
    if depth is None:
        depth = height if through else r4(round(height * 0.7, 1))
        if not through:
            notes.assume("shaft hole depth (blind)", depth)
    depth = min(depth, height) if not through else height
    d_flat = r4(bore * 0.25) if re.search(r"\bd[- ](shaft|bore|hole|shaped)|\bd-?shaped\b", t) else 0.0
    if bore >= grip_d * 0.7:
        bore = r4(grip_d * 0.4)
        notes.add(f"shaft hole too big for the knob, used {bore:g} mm")
    flutes, flute_r, flute_at = _flutes(spec, t, grip_d, notes) if grip == "fluted" else (0, 0.0, 0.0)
    if flutes:  # the flute numbers are the flutes', never the shaft hole's or the height's
        spec.loose = [v for v in spec.loose if v not in (flute_r, 2 * flute_r)]
    params = [P("diameter", r4(grip_d), "mm, grip diameter"),
              P("height", r4(height), "mm, overall height"),
              P("knurled_rim", grip == "knurled", "True = knurled-look grooves round the grip"),
              P("fluted", grip == "fluted", "True = scalloped flutes round the grip"),
              P("lobes", int(lobes), "number of lobes (0 = round grip)"),
              P("flute_count", int(flutes), "number of flutes round the grip (fluted grip)"),
              P("flute_radius", r4(flute_r), "mm, radius of each half-round flute"),
              P("flute_circle", r4(flute_at), "mm, radius the flute centres sit on"),
              P("skirt_diameter", r4(skirt_d or 0.0), "mm, skirt at the base (0 = none)"),
              P("skirt_height", skirt_h, "mm, skirt height"),
              P("shaft_hole", r4(bore), "mm, shaft hole diameter"),
              P("shaft_hole_depth", r4(depth), "mm, hole depth from the bottom (= height: through)"),
              P("d_flat", d_flat, "mm, flat of a D-shaped hole (0 = round)")]
    if tapped is not None:
        params.append(P("thread_size", r4(tapped), "mm, M size the hole is tapped for (cut as its tap drill)"))
    if nut is not None:
        row = metric(nut)
        params += [P("nut_trap_across_flats", r4(row.nut_af + 0.2), f"mm, M{nut:g} nut pocket (ISO 4032 + 0.2)"),
                   P("nut_trap_depth", r4(row.nut_height), "mm, nut pocket depth")]
    elif "across_flats" in spec.dims and re.search(r"nut trap|captive nut|nut pocket|hex pocket|hex recess", t):
        params += _sized_nut_trap(spec, notes, grip_d, height)
    return params


def _sized_nut_trap(spec: PartSpec, notes: Notes, grip_d: float, height: float) -> list[P]:
    """'a hex nut trap 13 across flats, 6 deep': the pocket as sized; refused with the clash when it cannot fit."""
    af = spec.dims["across_flats"]
    corners = round(af * 2 / 3 ** 0.5, 1)
    if corners >= grip_d:
        raise Impossible(f"The {af:g} mm across-flats nut trap is {r4(corners):g} mm across its corners, "
                         f"{round(corners - grip_d, 1):g} mm more than the {grip_d:g} mm knob: it would cut through the side. "
                         f"Use a knob over {round(corners + 2, 1):g} mm or a smaller nut.")
    depth = dim(spec, "depth")
    if depth is None:
        depth = r4(round(af * 0.8, 1))
        notes.assume("nut trap depth", depth)
    if depth >= height:
        raise Impossible(f"The {depth:g} mm deep nut trap is as deep as the {height:g} mm knob or deeper: "
                         f"nothing would close it. Use a shallower trap or a taller knob.")
    return [P("nut_trap_across_flats", r4(af), "mm, nut pocket across flats"),
            P("nut_trap_depth", r4(depth), "mm, nut pocket depth")]


def knob_body(values: dict[str, float | int | bool], output_type: str, spec: PartSpec | None = None) -> str:
    grip = 3 if int(values["lobes"]) > 0 else 1 if values["knurled_rim"] else 2 if values["fluted"] else 0
    lines = ["""
radius = diameter / 2
grip_base = skirt_height if skirt_diameter > 0 else 0.0
"""]
    if grip == 3:
        lines.append("""# lobed grip: lobes round a core, tips on the grip diameter
lobe_radius = radius * 0.35
outline = Circle(radius - lobe_radius) + PolarLocations(radius - lobe_radius, lobes, start_angle=90) * Circle(lobe_radius)
result = Pos(0, 0, grip_base) * extrude(outline, height - grip_base)
""")
    elif grip == 1:
        lines.append("""# knurled look: straight round-bottomed grooves about 2.5 mm apart, lands on the X and Y axes
grooves = 4 * max(3, round(math.pi * diameter / 2.5 / 4))
groove_radius = 0.5
outline = Circle(radius) - PolarLocations(radius + 0.1, grooves, start_angle=180 / grooves) * Circle(groove_radius)
result = Pos(0, 0, grip_base) * extrude(outline, height - grip_base)
""")
    elif grip == 2:
        lines.append("""# flutes: scallops round the grip
# half-round flutes of a given size sit on the rim, the first on +X (as PolarLocations places them);
# shallow assumed scallops leave lands on the X and Y axes
first = 0.0 if flute_circle <= radius else 180 / flute_count
outline = Circle(radius) - PolarLocations(flute_circle, flute_count, start_angle=first) * Circle(flute_radius)
result = Pos(0, 0, grip_base) * extrude(outline, height - grip_base)
""")
    else:
        lines.append(f"""result = Pos(0, 0, grip_base) * Cylinder(radius, height - grip_base, {ALIGN_MIN_Z})
result = fillet(result.edges().group_by(Axis.Z)[-1], min(1.0, radius * 0.1, (height - grip_base) * 0.2))
""")
    lines.append(f"""if skirt_diameter > 0:
    result += Cylinder(skirt_diameter / 2, skirt_height, {ALIGN_MIN_Z})
# the shaft hole, from below
hole = Circle(shaft_hole / 2)
if d_flat > 0:
    hole -= Pos(shaft_hole - d_flat, 0) * Rectangle(shaft_hole, shaft_hole)
result -= extrude(hole, shaft_hole_depth)
""")
    if "nut_trap_across_flats" in values:
        lines.append("""# nut trap: a hex pocket in the back
result -= extrude(RegularPolygon(nut_trap_across_flats / 2, 6, major_radius=False), nut_trap_depth)
""")
    return "".join(lines)


EXAMPLES = (
    Example("control knob, 30 dia, 18 tall, 6 mm shaft hole 12 deep in the bottom", (18, 30, 30), holes=0),
    Example("5-lobe star knob, 50 across, 15 thick, 8 mm through hole", holes=1),
)

FAMILY = Family("knob", "knob: knurled-look, fluted or lobed grip, skirt, shaft hole or nut trap", ("3d_solid",),
                knob_params, knob_body, uses_math=True, vocabulary=VOCABULARY, match=match, examples=EXAMPLES)

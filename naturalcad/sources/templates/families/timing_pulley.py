"""Timing (synchronous belt) pulley: GT2, GT3, HTD 3M/5M/8M, MXL, XL; teeth on the pitch
diameter teeth x pitch / pi, optional flanges and hub, a bore.

The teeth are simplified: each tooth space is a round-bottomed groove of the belt's tooth
height (a circle of 0.3 x pitch), not the profile's exact flank curve; the outside and pitch
diameters are exact, so the belt length and centre distance calculations hold.
"""

from __future__ import annotations

import math
import re

from ..parse import PartSpec
from ..script import P
from .base import Example, Family, Impossible, Match, Notes, best, dim, r4
from .blocks import ALIGN_MIN_Z
from .pulley_data import TIMING_PROFILES, timing_profile
from .wording import count_after, count_before, length_before, negated

VOCABULARY = ("pulley", "pulleys", "timing", "synchronous", "toothed", "gt2", "gt3", "2gt", "htd", "mxl", "xl",
              "belt", "belts", "idler", "idlers", "flanges", "flanged", "flangeless", "hubless", "sprocket")


def _typed(spec: PartSpec) -> str:
    return spec.source_text or spec.text


def match(spec: PartSpec) -> Match | None:
    pulley = spec.has("pulley", "pulleys", "sprocket")
    if re.search(r"\bpulley\s+(hub|boss|shaft|bushing|insert|spacer|key)s?\b", _typed(spec).lower()):
        pulley = False  # "pulley hub 40 OD x 25": the part is the hub
    profile = timing_profile(_typed(spec)) is not None
    timing = spec.has("timing", "synchronous", "toothed", "tooth", "teeth") or profile
    teeth = "teeth" in spec.counts or re.search(r"\b\d+\s*-?\s*(t|teeth|tooth)\b", _typed(spec).lower()) is not None
    return best([
        Match(98, "it names a timing belt pulley") if pulley and timing else None,
        Match(97, "a pulley with a tooth count: a timing pulley") if pulley and teeth else None,
        Match(101, "it names a timing belt profile (GT2, HTD)") if profile and (pulley or teeth) else None,
        Match(72, "it names a timing belt profile") if profile else None,
    ])


def _teeth(spec: PartSpec) -> int | None:
    found = spec.counts.get("teeth") or count_before(spec, r"t|teeth|tooth|tooth pulley") or count_after(spec, r"teeth|z")
    return int(found) if found else None


def designations(text: str) -> list[tuple[str, str]]:
    found = timing_profile(text)
    if found is None:
        return []
    profile, typed = found
    out = [(typed, f"{profile.name} belt: {profile.pitch:g} mm pitch")]
    m = re.search(re.escape(typed) + r"\s*[-,]?\s*(\d+)\s*-?\s*(t|teeth|tooth)\b", text, re.I)
    if m:  # "GT2 20 tooth": 20 counts the teeth, it is not part of the belt's name
        out.append((text[m.start(1):m.end(2)], f"{m.group(1)} teeth"))
    return out



_SIZE = r"(\d+(?:\.\d+)?)\s*(?:mm\s*)?"
_FLANGE = re.compile(r"\bflanges?\s*(?:of\s+)?[øØ⌀]\s*" + _SIZE + r"|\bflanges?\b[^,;.]{0,25}?" + _SIZE + r"(?:dia\w*|diameter|od)\b|" + _SIZE
                     + r"(?:dia\w*\s*|diameter\s*|od\s*)(?:x\s*\d+(?:\.\d+)?\s*(?:mm\s*)?(?:thick\s*)?)?flanges?\b", re.I)
_FLANGE_T = re.compile(_SIZE + r"(?:thick|thk)\s+flanges?\b|\bflanges?\b[^,;.]{0,25}?" + _SIZE + r"(?:thick|thk)\b", re.I)
# "16 mm overall length", "overall width 10 mm", "total length 14", "12 long overall": the whole pulley, flanges and hub
_OVERALL = re.compile(r"\b(?:overall|total)\s+(?:length|width|height|thickness)\s*(?:of\s+|is\s+|=\s*|:\s*)?" + _SIZE
                      + r"|" + _SIZE + r"(?:long|wide|length|width)?\s*(?:overall|total|in total|all in)\b(?:\s+(?:length|width))?"
                      + r"|" + _SIZE + r"(?:overall|total)\s+(?:length|width)\b", re.I)
_HUB = re.compile(_SIZE + r"(?:dia\w*\s*|diameter\s*|od\s*)hub\b|\bhub\s+(?:of\s+)?" + _SIZE + r"(?:dia\w*|diameter|od)\b", re.I)
_HUB_L = re.compile(r"\bhub\b[^,;.]{0,20}?" + _SIZE + r"(?:long|length|wide|tall|high)\b", re.I)


def _written_sizes(spec: PartSpec) -> dict[str, float]:
    """The flange and hub sizes as the prompt writes them beside their nouns."""
    t = spec.source_text or spec.text
    out: dict[str, float] = {}
    for key, pattern in (("flange_d", _FLANGE), ("flange_t", _FLANGE_T), ("hub_d", _HUB), ("hub_l", _HUB_L)):
        found = pattern.search(t)
        if found:
            out[key] = float(next(g for g in found.groups() if g))
    return out

def timing_params(spec: PartSpec, notes: Notes, output_type: str) -> list[P]:
    found = timing_profile(_typed(spec))
    if found is None:
        profile = TIMING_PROFILES["GT2"]
        notes.assume("belt profile", "GT2 (2 mm pitch)", "")
    else:
        profile = found[0]
    teeth = _teeth(spec)
    pitch_d = dim(spec, "pcd")
    if teeth is None and pitch_d is not None:
        teeth = max(8, round(pitch_d * math.pi / profile.pitch))
    if teeth is None:
        od = dim(spec, "outer_diameter", "diameter")
        if od is not None:
            teeth = max(8, round((od + 2 * profile.pld) * math.pi / profile.pitch))
    if teeth is None:
        teeth = 20
        notes.assume("tooth count", teeth, "", main=True)
    teeth = max(8, int(teeth))
    belt = length_before(spec, r"belts?|wide belt|belt width") or length_before(spec, r"(?:wide|width) belt")
    width = dim(spec, "face_width", "width")
    stated = _OVERALL.search(spec.source_text or spec.text)
    if stated is not None:  # "overall width 10": the whole pulley, not its toothed face
        width = None
    overall = (float(next(g for g in stated.groups() if g)) if stated is not None
               else dim(spec, "length") if width is None else None)   # "8 mm long": the whole pulley's length
    flanges = not negated(spec, r"flanges?|flange|flanged")
    # an idler turns on its bearing: no hub or set screw unless one is asked for
    hub = not negated(spec, r"hubs?|hub|boss") and not (spec.has("idler", "idlers") and not spec.has("hub"))
    flange_t = 1.0 if profile.pitch <= 3.1 else (1.5 if profile.pitch <= 5.1 else 2.0)
    fit_hub: float | None = None
    if overall is not None:
        room = overall - (2 * flange_t if flanges else 0.0)
        wanted = (belt or profile.typical_belt) + 1
        if room <= 1:
            raise Impossible(f"a {overall:g} mm long pulley leaves no room for teeth between its flanges")
        if hub and (spec.has("hub") or room - wanted >= 5):
            width, fit_hub = r4(wanted), r4(room - wanted)
        else:
            width, hub = r4(room), False
        notes.add(f"{overall:g} mm overall: {width:g} mm of teeth" + (f", two {flange_t:g} mm flanges" if flanges else "")
                  + (f", a {fit_hub:g} mm hub" if fit_hub else ""))
    if belt is None:
        belt = profile.typical_belt if width is None else max(1.0, width - 1)
        if width is None:
            notes.assume("belt width", belt)
    if width is None:
        width = r4(belt + 1)
        notes.assume("toothed width (belt + 1 mm)", width)
    pd = teeth * profile.pitch / math.pi
    od = pd - 2 * profile.pld
    bore = dim(spec, "bore", "inner_diameter", "hole_diameter") or length_before(spec, r"bore|shaft|axle")
    asked = bore is not None
    if bore is None:
        bore = 5.0 if profile.pitch <= 3 and od > 9 else r4(max(3.0, round(od * 0.3)))
        notes.assume("bore", bore)
    root = od - 2 * profile.tooth_height
    if asked and bore >= root:  # the bore asked for cuts through the teeth: refused, not shrunk
        need = math.ceil((bore + 2 + 2 * profile.tooth_height + 2 * profile.pld) * math.pi / profile.pitch)
        def mm(x: float) -> str:
            return f"{round(x, 2):g}"
        raise Impossible(f"A {bore:g} mm bore does not fit in a {profile.name} {teeth}-tooth pulley: its outside diameter is "
                         f"{mm(od)} mm and its tooth roots are on a {mm(root)} mm circle, so the bore is {mm(bore - root)} mm "
                         f"wider than what is left inside the teeth. Use a bore under {mm(root - 2)} mm, or at least {need} teeth "
                         f"for a {bore:g} mm bore.")
    if bore >= od - 2 * profile.tooth_height - 2:
        bore = r4(max(1.0, (od - 2 * profile.tooth_height) * 0.5))
        notes.add(f"bore too big for the teeth, used {bore:g} mm")
    flange_d = r4(od + 2 * max(2.0, profile.pitch * 0.8))
    hub_d = r4(bore * 2 + 6) if hub else 0.0
    hub_l = (fit_hub if fit_hub else r4(max(6.0, bore + 2))) if hub else 0.0
    given = _written_sizes(spec)  # "1mm thick flanges 18 dia", "16 dia hub 7 long": as written
    if flanges and given.get("flange_d") and given["flange_d"] > od:
        flange_d = r4(given["flange_d"])
    if flanges and given.get("flange_t"):
        flange_t = r4(given["flange_t"])
    if hub and given.get("hub_d") and given["hub_d"] > bore:
        hub_d = r4(given["hub_d"])
    if hub and given.get("hub_l"):
        hub_l = r4(given["hub_l"])
    if flanges and not spec.has("flange", "flanges", "flanged"):
        notes.assume("flanges", f"both sides, {flange_d:g} mm x {flange_t:g} mm", "")
    if hub and not spec.has("hub"):
        notes.assume("hub", f"{hub_d:g} mm x {hub_l:g} mm", "")
    notes.add(f"{profile.name} {teeth}T: pitch diameter {r4(pd):g} mm = teeth x {profile.pitch:g} / pi, outside "
              f"{r4(od):g} mm; tooth spaces simplified to round-bottomed grooves")
    return [P("teeth", int(teeth), f"number of teeth, {profile.name} belt"),
            P("belt_pitch", profile.pitch, "mm, belt tooth pitch"),
            P("pitch_line_offset", profile.pld, "mm, belt pitch line to pulley outside (PLD)"),
            P("groove_depth", profile.tooth_height, "mm, tooth space depth (belt tooth height)"),
            P("belt_width", r4(belt), "mm, width of the belt it is for (for reference)"),
            P("tooth_width", r4(width), "mm, toothed width (belt width + 1 mm clearance)"),
            P("bore_diameter", r4(bore), "mm, shaft bore"),
            P("flange_diameter", flange_d if flanges else 0.0, "mm, belt flanges each side (0 = none)"),
            P("flange_thickness", flange_t if flanges else 0.0, "mm, flange thickness"),
            P("hub_diameter", hub_d, "mm, hub diameter (0 = no hub)"),
            P("hub_length", hub_l, "mm, hub length")] + (
        [P("overall_length", r4(overall), "mm, whole pulley as asked (flanges + teeth + hub)")] if overall is not None else [])


def timing_body(values: dict[str, float | int | bool], output_type: str, spec: PartSpec | None = None) -> str:
    return f"""
pitch_diameter = teeth * belt_pitch / math.pi
outside_radius = pitch_diameter / 2 - pitch_line_offset
groove_radius = 0.3 * belt_pitch
has_flanges = flange_diameter > 0 and flange_thickness > 0
has_hub = hub_diameter > 0 and hub_length > 0
z = hub_length if has_hub else 0.0

result = Cylinder(hub_diameter / 2, hub_length, {ALIGN_MIN_Z}) if has_hub else None
parts = []
if has_flanges:
    parts.append(Pos(0, 0, z) * Cylinder(flange_diameter / 2, flange_thickness, {ALIGN_MIN_Z}))
    z += flange_thickness
# teeth: tooth spaces are round-bottomed grooves groove_depth deep, lands on the X and Y axes
spaces = PolarLocations(outside_radius + groove_radius - groove_depth, teeth, start_angle=180 / teeth)
profile = Circle(outside_radius) - spaces * Circle(groove_radius)
parts.append(Pos(0, 0, z) * extrude(profile, tooth_width))
z += tooth_width
if has_flanges:
    parts.append(Pos(0, 0, z) * Cylinder(flange_diameter / 2, flange_thickness, {ALIGN_MIN_Z}))
    z += flange_thickness
for part in parts:
    result = part if result is None else result + part
result -= Cylinder(bore_diameter / 2, z, {ALIGN_MIN_Z})
"""


EXAMPLES = (
    Example("GT2 pulley 40T, 8 mm bore, no flanges, no hub, 7 mm wide", (7, 24.957, 24.957), holes=1),
    Example("GT2 20 tooth pulley for 6 mm belt, 5 mm bore, with flanges", (16, 16.223, 16.223), holes=1),
    # an overall length given: the teeth (and flanges) fill it, no room for an assumed hub
    Example("GT2 timing pulley 16T, 5 mm bore, 8 mm long, no flanges", (8, 9.678, 9.678), holes=1),
)

FAMILY = Family("timing_pulley", "timing belt pulley: GT2 / HTD teeth, flanges, hub, bore", ("3d_solid",),
                timing_params, timing_body, uses_math=True, vocabulary=VOCABULARY, match=match,
                examples=EXAMPLES, designations=designations)

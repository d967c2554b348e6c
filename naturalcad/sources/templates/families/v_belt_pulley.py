"""V-belt pulley (sheave): grooves of a classical or narrow section per ISO 4183 / DIN 2217
on a datum (pitch) diameter, a bore and an optional hub."""

from __future__ import annotations

import math
import re

from ..parse import PartSpec
from ..script import P
from .base import Example, Family, Impossible, Match, Notes, best, dim, r4
from .blocks import ALIGN_MIN_Z
from .pulley_data import V_SECTIONS, timing_profile, v_section
from .wording import count_before, length_after, length_before, length_named

VOCABULARY = ("pulley", "pulleys", "sheave", "sheaves", "v-belt", "vbelt", "vee", "v-pulley", "belt", "belts",
              "groove", "grooves", "grooved", "v-groove", "v-grooves", "spz", "spa", "spb", "a-section", "b-section", "z-section",
              "section", "datum", "pd", "sticking", "projecting", "protruding", "rim", "included", "keyway")


def _typed(spec: PartSpec) -> str:
    return spec.source_text or spec.text


def match(spec: PartSpec) -> Match | None:
    pulley = spec.has("pulley", "pulleys", "sheave", "sheaves", "v-pulley")
    if re.search(r"\bpulley\s+(hub|boss|shaft|bushing|insert|spacer|key)s?\b", _typed(spec).lower()):
        pulley = False  # "pulley hub 40 OD x 25": the part is the hub
    v_words = spec.has("v-belt", "vbelt", "vee", "v") or v_section(_typed(spec)) is not None
    timing = timing_profile(_typed(spec)) is not None or spec.has("timing", "synchronous", "toothed", "teeth", "tooth") \
        or re.search(r"\b\d+\s*t\b", _typed(spec).lower()) is not None
    return best([
        Match(96, "it names a V-belt pulley") if pulley and v_words else None,
        Match(93, "it names a pulley (no timing belt named: a V-belt pulley)") if pulley and not timing else None,
        Match(70, "it names a V-belt section") if v_words and spec.has("belt", "groove", "grooves") and not timing else None,
    ])


def designations(text: str) -> list[tuple[str, str]]:
    found = v_section(text)
    if found is None:
        return []
    s = V_SECTIONS[found[0]]
    return [(found[1], f"{s.name} V-belt section (ISO 4183): {s.datum_width:g} mm datum width")]


def v_pulley_params(spec: PartSpec, notes: Notes, output_type: str) -> list[P]:
    found = v_section(_typed(spec))
    if found is None and (made := _groove_by_angle(spec, notes)) is not None:
        return made   # "a 40° v-groove 4 deep": the groove as drawn, no belt section needed
    if found is None:
        section = V_SECTIONS["A"]
        notes.assume("V-belt section", "A (13 mm)", "")
    else:
        section = V_SECTIONS[found[0]]
    datum = dim(spec, "pcd") or length_named(spec, r"pd|p\.d\.|datum dia\w*|datum diameter|effective dia\w*|pitch dia\w*")
    od = dim(spec, "outer_diameter")
    od_given = datum is None and od is not None   # the size one measures: kept as the parameter
    if datum is None and od is not None:
        datum = od - 2 * section.above_datum
    if datum is None:
        plain = dim(spec, "diameter")
        if plain is not None:
            datum = plain - 2 * section.above_datum   # "a 100 mm pulley": the size one measures, outside
            notes.add(f"read {plain:g} mm as the outside diameter; datum (pitch) diameter {r4(datum):g} mm")
    if datum is None and spec.loose:
        datum = spec.loose.pop(0) if spec.loose[0] > 3 * section.datum_width else None
    if datum is None:
        datum = section.typical_datum
        notes.assume("datum (pitch) diameter", datum, main=True)
    if datum < section.min_datum:
        notes.add(f"{datum:g} mm is below the {section.min_datum:g} mm smallest datum diameter ISO 4183 gives "
                  f"for {section.name} belts; made as asked")
    grooves = count_before(spec, r"grooves?|grooved|belts?|v-belts?|groove pulley") or 1
    angle = 34.0 if datum <= section.small_angle_up_to else 38.0
    root = datum - 2 * section.below_datum
    bore = dim(spec, "bore", "inner_diameter", "hole_diameter") or length_before(spec, r"bore|shaft")
    if bore is None:
        bore = r4(max(6.0, round(root * 0.25)))
        notes.assume("bore", bore)
    hub_d = length_before(spec, r"hub|boss") or length_after(spec, r"hub(?: dia\w*)?|boss")
    hub_out = length_after(spec, r"sticking out|projecting|protruding|standing out|stands out|hub length|hub long|extends?")
    if hub_d is not None and hub_out is None:
        hub_out = r4(max(5.0, round(bore * 0.6)))
        notes.assume("hub projection", hub_out)
    if hub_d is None and hub_out is not None:
        hub_d = r4(round(bore * 2))
        notes.assume("hub diameter", hub_d)
    if bore >= root - 4:
        bore = r4(root * 0.5)
        notes.add(f"bore too big for the groove root ({r4(root):g} mm), used {bore:g} mm")
    notes.add(f"{section.name} grooves per ISO 4183: {angle:g}° groove, outside diameter "
              f"{r4(datum + 2 * section.above_datum):g} mm = datum + 2 x {section.above_datum:g}")
    face = _face_width(spec)
    if face is not None and face < (grooves - 1) * section.groove_pitch + section.datum_width + 2:
        raise Impossible(f"a {face:g} mm face is too narrow for {grooves} {section.name} groove"
                         f"{'s' if grooves > 1 else ''}: it needs at least "
                         f"{(grooves - 1) * section.groove_pitch + section.datum_width + 2:g} mm")
    if face is not None:
        notes.add(f"face width {face:g} mm as given (ISO 4183 would give "
                  f"{(grooves - 1) * section.groove_pitch + 2 * section.edge_distance:g}); grooves centred on it")
    size = P("outside_diameter", r4(od), f"mm, outside (rim) diameter, {section.name} section") if od_given and od \
        else P("datum_diameter", r4(datum), f"mm, datum (pitch) diameter, {section.name} section")
    widths = [P("face_width", r4(face), "mm, face (rim) width, grooves centred on it")] if face is not None else []
    return [size, *widths,
            P("grooves", int(grooves), "number of grooves"),
            P("groove_angle", angle, "degrees, groove angle (34 small / 38 large pulleys)"),
            P("datum_width", section.datum_width, "mm, groove width at the datum diameter"),
            P("groove_above_datum", section.above_datum, "mm, groove depth above the datum line (b)"),
            P("groove_below_datum", section.below_datum, "mm, groove depth below the datum line (h)"),
            P("groove_pitch", section.groove_pitch, "mm, groove centre to centre (e)"),
            *([] if face is not None else [P("edge_distance", section.edge_distance, "mm, face edge to first groove centre (f)")]),
            P("bore_diameter", r4(bore), "mm, shaft bore"),
            P("hub_diameter", r4(hub_d or 0.0), "mm, hub diameter (0 = no hub)"),
            P("hub_length", r4(hub_out or 0.0), "mm, hub projection beyond the rim")]


def _groove_by_angle(spec: PartSpec, notes: Notes) -> list[P] | None:
    """A groove given by its included angle and depth ("single 40° v-groove 4 deep"), on a pulley whose
    outside diameter is given: a V to a point, `depth` below the rim, centred on the face. None when
    the prompt does not draw the groove itself (a belt section then sizes it)."""
    angle, depth = dim(spec, "angle") or _included_angle(spec), dim(spec, "depth") or length_before(spec, r"deep")
    od = dim(spec, "outer_diameter", "diameter")
    if angle is None or depth is None or od is None or not 10 <= angle <= 120:
        return None
    grooves = count_before(spec, r"grooves?|v-grooves?|grooved") or 1
    top = _TOP_WIDTH.search(_typed(spec))
    top_width = float(next(g for g in top.groups() if g)) if top else None
    sharp = 2 * depth * math.tan(math.radians(angle / 2))
    rim_width = top_width if top_width is not None else sharp
    if top_width is not None and top_width < sharp - 1e-9:
        raise Impossible(f"a {angle:g}° groove {top_width:g} mm wide at the rim closes to a point only "
                         f"{r4(top_width / 2 / math.tan(math.radians(angle / 2))):g} mm deep, not {depth:g}")
    pitch = r4(rim_width + 2.0)
    face = _face_width(spec) if top_width is None else _face_not_groove(spec)
    if face is None:
        face = r4((grooves - 1) * pitch + rim_width + 4.0)
        notes.assume("face width", face)
    if face < (grooves - 1) * pitch + rim_width:
        raise Impossible(f"a {face:g} mm face is too narrow for {grooves} {angle:g}° groove{'s' if grooves > 1 else ''} "
                         f"{depth:g} mm deep: they are {r4((grooves - 1) * pitch + rim_width):g} mm wide at the rim")
    if depth >= od / 2 - 1:
        raise Impossible(f"a groove {depth:g} mm deep leaves nothing of a Ø{od:g} pulley")
    bore = dim(spec, "bore", "inner_diameter", "hole_diameter") or length_before(spec, r"bore|shaft")
    if bore is None:
        bore = r4(max(4.0, round((od - 2 * depth) * 0.25)))
        notes.assume("bore", bore)
    if bore >= od - 2 * depth - 2:
        raise Impossible(f"a {bore:g} mm bore cuts into the groove root (Ø{r4(od - 2 * depth):g})")
    notes.add(f"{angle:g}° V groove{'s' if grooves > 1 else ''} {depth:g} mm deep, as drawn (no belt section)")
    if top_width is not None:  # "10 wide at the rim, 34° included, 8 deep": a flat-bottomed V measured at the rim
        groove = [P("datum_width", r4(top_width), "mm, groove width at the rim"),
                  P("groove_above_datum", 0.0, "mm, the width is measured at the rim"),
                  P("groove_below_datum", r4(depth), "mm, groove depth from the rim")]
    else:
        groove = [P("datum_width", 0.0, "mm, groove width at its tip (0 = a sharp V)"),
                  P("groove_above_datum", r4(depth), "mm, groove depth from the rim to the tip"),
                  P("groove_below_datum", 0.0, "mm, groove below the tip")]
    return [P("outside_diameter", r4(od), "mm, outside (rim) diameter"),
            P("face_width", r4(face), "mm, face (rim) width, grooves centred on it"),
            P("grooves", int(grooves), "number of grooves"),
            P("groove_angle", r4(angle), "degrees, included angle of the V"),
            *groove,
            P("groove_pitch", pitch, "mm, groove centre to centre"),
            P("bore_diameter", r4(bore), "mm, shaft bore"),
            P("hub_diameter", 0.0, "mm, hub diameter (0 = no hub)"),
            P("hub_length", 0.0, "mm, hub projection beyond the rim")]


# "groove is 10 wide at the rim", "13 wide at the top", "top width 13", "10 mm across the top"
_TOP_WIDTH = re.compile(r"(\d+(?:\.\d+)?)\s*(?:mm\s*)?(?:wide|across)\s+at\s+the\s+(?:rim|top|opening|outside|mouth)\b"
                        r"|\b(?:top|rim|opening)\s+width\s*(?:of\s*|=\s*|:\s*)?(\d+(?:\.\d+)?)"
                        r"|(\d+(?:\.\d+)?)\s*(?:mm\s*)?across\s+the\s+(?:top|rim)\b", re.I)
_ANGLE = re.compile(r"(\d+(?:\.\d+)?)\s*(?:°|deg(?:rees?)?\.?)\s*(?:included|groove|v\b|angle)|included\s+angle\s*(?:of\s*)?(\d+(?:\.\d+)?)", re.I)


def _included_angle(spec: PartSpec) -> float | None:
    found = _ANGLE.search(_typed(spec))
    return float(found.group(1) or found.group(2)) if found else None


def _face_not_groove(spec: PartSpec) -> float | None:
    """The face width when the groove has a width of its own: the "wide" that is not "wide at the rim"."""
    found = re.search(r"(?<![\d.])(\d+(?:\.\d+)?)\s*(?:mm\s*)?(?:wide|width)\b(?!\s+at\b)|\bface(?: width)?\s*(\d+(?:\.\d+)?)",
                      _typed(spec), re.I)
    return float(found.group(1) or found.group(2)) if found else None


def _face_width(spec: PartSpec) -> float | None:
    """"16 wide", "face width 30", "22 mm face": the rim's width as given (it wins over ISO 4183's)."""
    return dim(spec, "face_width", "width") or length_named(spec, r"face(?: width)?|wide face")


def v_pulley_body(values: dict[str, float | int | bool], output_type: str, spec: PartSpec | None = None) -> str:
    sizes = ("datum_diameter = outside_diameter - 2 * groove_above_datum\n" if "outside_diameter" in values
             else "outside_diameter = datum_diameter + 2 * groove_above_datum\n")
    sizes += ("edge_distance = (face_width - (grooves - 1) * groove_pitch) / 2  # grooves centred on the face\n"
              if "face_width" in values else "face_width = (grooves - 1) * groove_pitch + 2 * edge_distance\n")
    return "\n" + sizes + f"""hub_shown = hub_diameter > 0 and hub_length > 0
rim_base = hub_length if hub_shown else 0.0

result = Pos(0, 0, rim_base) * Cylinder(outside_diameter / 2, face_width, {ALIGN_MIN_Z})
if hub_shown:
    result += Cylinder(hub_diameter / 2, hub_length, {ALIGN_MIN_Z})

# each groove: a trapezoid (radius, height) revolved about the axis; flanks at groove_angle
slope = math.tan(math.radians(groove_angle / 2))
r_datum = datum_diameter / 2
r_root = r_datum - groove_below_datum
r_out = outside_diameter / 2 + 1  # past the rim, so the cut is clean
for i in range(grooves):
    z = rim_base + edge_distance + i * groove_pitch
    w_root = datum_width - 2 * groove_below_datum * slope
    w_out = datum_width + 2 * (r_out - r_datum) * slope
    tip = [(r_root, z + w_root / 2)] if w_root > 0.01 else []  # a sharp V has one point at the tip
    groove = Plane.XZ * Polygon((r_root, z - w_root / 2), (r_out, z - w_out / 2),
                                (r_out, z + w_out / 2), *tip, align=None)
    result -= revolve(groove, Axis.Z)

result -= Cylinder(bore_diameter / 2, rim_base + face_width, {ALIGN_MIN_Z})
"""


EXAMPLES = (
    Example("V-belt pulley for an A-section belt, 80 pitch diameter, 12 mm bore", (20, 85.5, 85.5), holes=1),
    # a groove drawn by angle and depth: a V to a point 4 below the rim
    Example("v pulley 50 OD, 12 wide, single 40° v-groove 4 deep in the middle, 8mm bore", (12, 50, 50),
            math.pi * (25 ** 2 - 4 ** 2) * 12 - 2 * math.pi * 23.6667 * 4 * 4 * math.tan(math.radians(20)), 1),
    Example("V-belt pulley, 60 OD, 16 wide, 8 mm bore, single groove", (16, 60, 60), holes=1),  # given sizes win
    Example("vee pulley, 2 grooves SPA, OD 125, 14 mm bore", (35, 125, 125), holes=1),
    Example("SPZ pulley 2 grooves, 100 mm pitch diameter, 19 bore, 40 mm hub sticking out 10",
            (38, 104, 104), holes=1),
)

FAMILY = Family("v_belt_pulley", "V-belt pulley: ISO 4183 grooves (Z, A, B, SPZ, SPA, SPB), bore, hub",
                ("3d_solid",), v_pulley_params, v_pulley_body, uses_math=True, vocabulary=VOCABULARY,
                match=match, examples=EXAMPLES, designations=designations)

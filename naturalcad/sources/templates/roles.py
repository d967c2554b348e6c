"""Sizes whose role comes from the words around them: inside sizes, inside depths, ID + wall.

Each rule is a named pattern with a producer that rewrites the parsed sizes into the outside
sizes the families build from, so every family reads them the same way:

- "pipe ID 1 inch, wall 1/8": the outside diameter is the ID plus two walls (and OD - 2 walls
  gives the ID), whichever family is chosen;
- "open box, inside 100 x 50 x 30, 2.5 mm walls and floor": the outside is the inside plus two
  walls each way and the floor (two walls, top and bottom, when the box is closed);
- "pocket 30 deep, 4 mm floor", "40 deep inside": the outside height is the depth plus the floor;
- "60 wide 40 deep 25 tall": a width, a depth and a height are the length, width and height;
- "in a 2 mm sheet 50 square": a size in mm written on the sheet (plate, strip) is its thickness;
- "flat ring ID 40, 10 wide, 3 thick": a ring's width beside its thickness is radial;
- "o-ring 30 ID x 3 CS": an O-ring's size beside its diameter is the cross-section;
- "3 x 5 grid of 6 mm holes, pitch 20, plate edge 15 from the outer hole centres": with no outline given, the
  plate is the pattern's span plus the margin each side (70 x 110); a margin of material beyond the holes
  ("5 mm of solid material between the outermost holes and the edge") adds the holes' radius;
- "a 10 hole 30 deep in the end face of a 25 x 25 x 50 bar": a hole in a bar's end runs along its length, so
  the part stands on its end (the length is its height) and the depth is held against the 50, not the 25;
- "square-section ring 6 x 6, ID 80", "ring, cross-section 10 wide x 3 thick, ID 60": a ring's section is its
  radial width by its axial thickness (OD = ID + 2 x width).
"""

from __future__ import annotations

import re

from ...prompt.role_words import inside_list
from .cavity import cavity_roles, shared_thickness
from .lids import upturned
from .parse import PartSpec

# "inside 100x50x30", "inside dimensions 80x60x40", "internal size: 80 x 60 x 40", "100x50x30 inside"
_INSIDE_GROUP = re.compile(r"\b(?:inside|internal|inner|interior)\s+(?:dimensions?|dims|sizes?|measurements?|space)?\s*"
                           r"(?:of\s*|(?:has\s+to|must|should|needs?\s+to)\s+be\s+|is\s+)?[:=]?\s*\d|\d\s*(?:mm\s*)?(?:inside|internal|interior)\b(?!\s+(?:dia|diameter))"
                           r"|\bclear\s+inside\b", re.I)
# "pocket 30 deep", "30 deep inside", "inside depth 30", "30 mm deep pocket", "cavity 25 deep"
_INSIDE_DEPTH = re.compile(r"\b(?:pocket|cavity|recess|well|inside|internal|inner)\s+(?:depth\s*)?(?:of\s*)?[:=]?\s*\d+(?:\.\d+)?"
                           r"\s*(?:mm\s*)?(?:deep|depth)?|\d+(?:\.\d+)?\s*(?:mm\s*)?deep\s+(?:inside|internally|pocket|cavity|recess)"
                           r"|\b(?:inside|internal|inner)\s+depth\b", re.I)
_CLOSED = re.compile(r"\b(closed|sealed|enclosed|no opening|all (?:six )?sides|lidded|with (?:a )?lid)\b", re.I)


def derive(spec: PartSpec) -> None:
    """Apply every role rule to `spec` (in place). Called once, at the end of parsing."""
    _square_group(spec)
    _oring_section(spec)
    _ring_section(spec)
    _ring_width(spec)
    _what_goes_through(spec)
    _sides_as_wall(spec)
    upturned(spec)  # a lid or cap with a lip round its edge: an upturned cup or box (lids.py)
    _id_plus_wall(spec)
    _thickness_all_round(spec)
    shared_thickness(spec)  # "walls and floor 2.5": the walls the inside sizes need (cavity.py)
    _inside_list(spec)
    _inside_sizes(spec)
    _inside_depth(spec)
    cavity_roles(spec)  # "25 deep inside", "3 mm sides and floor" (cavity.py)
    _wide_deep_tall(spec)
    _gauge_before_sheet(spec)
    _outline_from_pattern(spec)
    _end_face_hole(spec)


# "in a 2 mm sheet", "a 3 mm aluminium plate": a size written on the sheet itself is its thickness
_GAUGE = re.compile(r"(?<![\d.x×*] )(?<![\d.x×*])(\d+(?:[.,]\d+)?)\s*mm\s+(?:thick\s+)?(?:(?:aluminium|aluminum|steel|stainless|"
                    r"acrylic|brass|copper|plastic|mild\s+steel)\s+)?(?:sheet|plate|strip|panel|shim|board)\b", re.I)


def _gauge_before_sheet(spec: PartSpec) -> None:
    if "thickness" in spec.dims or (spec.groups and len(spec.groups[0]) >= 3):
        return
    m = _GAUGE.search(spec.text)
    if m:
        gauge = float(m.group(1).replace(",", "."))
        if spec.groups and len(spec.groups[0]) == 2 and gauge > max(spec.groups[0]):
            return  # "along a 320 mm strip (40 x 6 section)": longer than its section, the strip's length
        spec.dims["thickness"] = gauge


def _wide_deep_tall(spec: PartSpec) -> None:
    """"60 wide 40 deep 25 tall": width, depth and height with no length are length, width, height."""
    d = spec.dims
    if "length" in d or not all(k in d for k in ("width", "depth", "height")) or "diameter" in d or "outer_diameter" in d:
        return
    d["length"], d["width"] = d["width"], d.pop("depth")


# "10 mm hole through for the shaft": the shaft goes through the hole, it is not the part
_GOES_THROUGH = re.compile(r"\b(?:holes?|bores?|clearance|through|thru)\b[^,.;]{0,25}?\bfor\s+(?:the\s+|a\s+|an\s+|its\s+)?"
                           r"(shaft|axle|pin|rod|spindle|dowel)s?\b", re.I)
_PART_NOUNS = re.compile(r"\b(shaft|axle|pin|rod|spindle|dowel)s?\b", re.I)


def _what_goes_through(spec: PartSpec) -> None:
    """A round part named only as what passes through a hole does not make the part round."""
    through = {m.start(1) for m in _GOES_THROUGH.finditer(spec.text)}
    if not through:
        return
    for m in _PART_NOUNS.finditer(spec.text):
        if m.start(1) not in through:
            return   # named as the part elsewhere too ("shaft 20 dia with a hole for a pin")
    for m in _GOES_THROUGH.finditer(spec.text):
        word = m.group(1).lower()
        spec.words.discard(word)
        spec.words.discard(word + "s")


_RING_WORDS = ("ring", "washer", "annulus", "gasket", "shim", "spacer", "collar")
_AXIAL = ("thickness", "length", "height")


def _ring_width(spec: PartSpec) -> None:
    """"flat ring ID 40, 10 wide, 3 thick": with the thickness given, a ring's width is radial (OD = ID + 2 x 10),
    unless it is wider than the bore and nothing says rim or radial ("washer 20 wide, 10 bore": 20 across)."""
    d = spec.dims
    width = d.get("width")
    if not width or spec.groups or not spec.has(*_RING_WORDS) or not any(k in d for k in _AXIAL) or "wall" in d:
        return
    inner = d.get("inner_diameter") or d.get("bore") or d.get("hole_diameter")
    outer = d.get("outer_diameter") or d.get("diameter")
    if inner and not outer and width > inner and not _RADIAL.search(spec.text):
        # "washer, 20 wide, 10 mm bore": wider than its bore, the width is the washer's size across
        d["outer_diameter"] = width
        spec.understood.append(f"a ring {width:g} wide across, on a {inner:g} bore")
    elif inner and not outer:
        d["outer_diameter"] = inner + 2 * width
        spec.understood.append(f"a ring {width:g} wide on a {inner:g} bore: outside diameter {inner + 2 * width:g} mm")
    elif outer and not inner and outer > 2 * width:
        d.pop("diameter", None)
        d["outer_diameter"], d["inner_diameter"] = outer, outer - 2 * width
        spec.understood.append(f"a ring {width:g} wide inside a {outer:g} outside: inside diameter {outer - 2 * width:g} mm")
    else:
        return
    del d["width"]


_SECTION = r"(?:square[- ]section|(?:square\s+|rectangular\s+)?(?:cross[- ]?)?section)"
_RING_SECTION = re.compile(r"\b" + _SECTION + r"(?:\s+(?:ring|hoop|band))?\s*(?:of\s*)?[:=]?\s*(?P<a>\d+(?:\.\d+)?)\s*(?:mm\s*)?(?P<aw>wide|radial)?\s*[x×]\s*"
                           r"(?P<b>\d+(?:\.\d+)?)(?:\s*mm)?(?:\s*(?:thick|high|axial))?"
                           r"|(?P<a2>\d+(?:\.\d+)?)\s*(?:mm\s*)?[x×]\s*(?P<b2>\d+(?:\.\d+)?)\s*(?:mm\s*)?(?:square\s+)?(?:cross[- ]?)?section\b",
                           re.I)
_RING_NOUNS = ("ring", "hoop", "band", "annulus", "washer", "gasket")


def _ring_section(spec: PartSpec) -> None:
    """"thin ring, cross-section 5 x 5 square, ID 100": the section's first size is radial, its second the
    ring's thickness, so one diameter and the section give the ring (OD 110, 5 thick)."""
    d = spec.dims
    m = _RING_SECTION.search(spec.text)
    if m is None or not spec.has(*_RING_NOUNS) or any(k in d for k in ("wall", "width", "thickness", "length", "height")):
        return
    inner = d.get("inner_diameter") or d.get("bore") or d.get("hole_diameter")
    outer = d.get("outer_diameter") or d.get("diameter")
    if bool(inner) == bool(outer):
        return  # both diameters (or none): the section says nothing new
    radial, axial = float(m.group("a") or m.group("a2")), float(m.group("b") or m.group("b2"))
    if radial != axial and not m.group("aw"):
        return  # "rectangular section 8 x 4": which size is radial is not said
    pair = sorted([radial, axial])
    spec.groups[:] = [g for g in spec.groups if sorted(g) != pair]  # the section is no size of the body
    spec.group_roles = {k: v for k, v in spec.group_roles.items() if sorted(v) != pair}
    if d.get("square") in (radial, axial):
        del d["square"]
    if inner:
        d["inner_diameter"], d["outer_diameter"] = inner, inner + 2 * radial
    elif outer is not None:
        d.pop("diameter", None)
        d["outer_diameter"], d["inner_diameter"] = outer, outer - 2 * radial
    d["thickness"] = axial
    spec.understood.append(f"a {radial:g} x {axial:g} ring section: outside {d['outer_diameter']:g}, inside "
                           f"{d['inner_diameter']:g}, {axial:g} thick")


_RADIAL = re.compile(r"\b(?:rim|radial|ring\s+width|ring\s+is|band|annul\w*|land|wide\s+ring)\b", re.I)
_ORING = re.compile(r"\bo[- ]?rings?\b|\btorus\b|\btori\b|\bdonut\b|\bdoughnut\b", re.I)


def _oring_section(spec: PartSpec) -> None:
    """"o-ring 30 ID x 3 CS", "O-ring, inside diameter 45, section 4": with one diameter named, the
    other size of an O-ring is its cross-section (cord) diameter."""
    d = spec.dims
    if not _ORING.search(spec.text) or "minor_diameter" in d or "minor_radius" in d or len(spec.loose) != 1:
        return
    if not any(k in d for k in ("inner_diameter", "outer_diameter", "diameter", "major_diameter", "bore")):
        return
    section = spec.loose.pop()
    d["minor_diameter"] = section
    spec.understood.append(f"cross-section {section:g} mm (the O-ring's other size)")


def _id_plus_wall(spec: PartSpec) -> None:
    """ID + wall -> OD; OD + wall -> ID (round parts: a wall with one diameter)."""
    wall = spec.dims.get("wall")
    if not wall or spec.groups:
        return
    inner = spec.dims.get("inner_diameter") or spec.dims.get("bore")
    outer = spec.dims.get("outer_diameter") or spec.dims.get("diameter")
    if inner and not outer:
        spec.dims["outer_diameter"] = inner + 2 * wall
        spec.understood.append(f"outside diameter {inner:g} + 2 x {wall:g} wall = {inner + 2 * wall:g} mm")
    elif outer and not inner and "outer_diameter" in spec.dims and outer > 2 * wall and not spec.open_top:
        spec.dims["inner_diameter"] = outer - 2 * wall


def _inside_sizes(spec: PartSpec) -> None:
    """Inside length x width x height plus the walls and the floor -> the outside sizes."""
    wall = spec.dims.get("wall")
    if not wall or not _INSIDE_GROUP.search(spec.text) or "_inside_read" in spec.dims:
        return
    key = next((k for k in ("inner_diameter", "size", "inside") if len(spec.group_roles.get(k, [])) >= 2), None)
    inside = spec.group_roles.pop(key) if key else (spec.groups.pop(0) if spec.groups and len(spec.groups[0]) >= 2 else None)
    if inside is None:
        return
    closed = bool(_CLOSED.search(spec.text)) and not spec.open_top
    floor = spec.dims.get("floor") or spec.dims.get("bottom") or wall
    outside = [inside[0] + 2 * wall, inside[1] + 2 * wall]
    if len(inside) >= 3:
        outside.append(inside[2] + (2 * wall if closed else floor))
    spec.groups.insert(0, outside)
    spec.dims.pop("inner_diameter", None)
    spec.understood.append("inside " + " x ".join(f"{v:g}" for v in inside) + " -> outside "
                           + " x ".join(f"{v:g}" for v in outside))


# "3 mm sides" on a hollow part: the thickness of its sides, its wall
_SIDES = re.compile(r"\b\d+(?:\.\d+)?\s*(?:mm\s*)?(?:thick\s+)?sides\b|\bsides?\s+(?:of\s+)?\d+(?:\.\d+)?\s*(?:mm\s*)?(?:thick)?\b", re.I)
# "25 high inside", "inside height 25", "60 tall inside": the height of the cavity, the floor below it
_INSIDE_HEIGHT = re.compile(r"\d+(?:\.\d+)?\s*(?:mm\s*)?(?:high|tall)\s+(?:inside|internally)\b|\b(?:inside|internal|inner)\s+height\b", re.I)


def _sides_as_wall(spec: PartSpec) -> None:
    """"hollow cylinder, 3 mm sides, inside dia 44": a hollow or open part's sides are its wall."""
    d = spec.dims
    if "wall" in d or "side" not in d or not _SIDES.search(spec.text):
        return
    if not (spec.hollow or spec.open_top or spec.has("hollow", "cup", "pot", "tray", "box", "container", "tub", "bowl")
            or "inner_diameter" in d):
        return
    d["wall"] = d.pop("side")
    spec.understood.append(f"{d['wall']:g} mm sides: the wall")


def _inside_depth(spec: PartSpec) -> None:
    """An inside depth plus the floor is the outside height ("pocket 30 deep, 4 mm floor" -> 34)."""
    depth = spec.dims.get("depth")
    floor = spec.dims.get("floor") or spec.dims.get("bottom") or spec.dims.get("base")
    if "_inside_read" in spec.dims:
        return  # the inside list gave the outside height already
    if floor and depth is None and "height" in spec.dims and _INSIDE_HEIGHT.search(spec.text):
        inside = spec.dims["height"]  # "25 high inside, closed bottom 3": the outside is 28 high
        spec.dims["height"] = inside + floor
        spec.understood.append(f"height {inside:g} inside + {floor:g} floor = {inside + floor:g} mm")
        return
    if not depth or not floor or "height" in spec.dims or not _INSIDE_DEPTH.search(spec.text):
        return
    spec.dims["height"] = depth + floor
    del spec.dims["depth"]
    spec.understood.append(f"height {depth:g} inside + {floor:g} floor = {depth + floor:g} mm")


_OUTLINE_KEYS = ("length", "width", "side", "size", "square", "diameter", "outer_diameter", "cube", "base")


def _outline_from_pattern(spec: PartSpec) -> None:
    """No outline given, a hole grid with its pitch and its edge margin: the plate is the span plus two margins."""
    d = spec.dims
    hole = d.get("hole_diameter")
    if "edge_material" in d and hole and "edge_offset" not in d:
        d["edge_offset"] = d["edge_material"] + hole / 2  # material beyond the holes' edge: the centres sit a radius further in
        spec.understood.append(f"{d['edge_material']:g} mm of material beyond the {hole:g} mm holes: centres "
                               f"{d['edge_offset']:g} mm from the edge")
    margin = d.get("edge_offset")
    if margin is None or spec.grid is None or any(k in d for k in _OUTLINE_KEYS) or any(len(g) >= 2 for g in spec.groups):
        return
    pair = spec.group_roles.get("pitch")
    pitch = d.get("pitch")
    cols, rows = spec.grid
    if pair is not None and len(pair) >= 2:
        x_pitch, y_pitch = pair[0], pair[1]
    elif pitch:
        x_pitch, y_pitch = pitch, d.get("row_spacing", pitch)
    else:
        return
    spans = sorted([(cols - 1) * x_pitch + 2 * margin, (rows - 1) * y_pitch + 2 * margin], reverse=True)
    d["length"], d["width"] = spans
    spec.understood.append(f"no outline given: the {cols} x {rows} holes' span plus {margin:g} mm each side, "
                           f"{spans[0]:g} x {spans[1]:g} mm")


def _square_group(spec: PartSpec) -> None:
    """"25 x 25 x 50 square bar": the sizes before "square" are the bar's, not a square's side."""
    group = spec.group_roles.get("square")
    if group is None or len(group) < 3 or any(len(g) >= 2 for g in spec.groups):
        return
    spec.groups.insert(0, spec.group_roles.pop("square"))
    if spec.dims.get("square") in group:
        del spec.dims["square"]


# "in the end face", "in one end", "into one end", "axially", "along its length": a hole along the part's length
_END_FACE = re.compile(r"\b(?:in(?:to)?|on|at|from|through)\s+(?:the\s+|one\s+|an?\s+)?end(?:\s+face)?\b(?!\s+(?:of|to)\b)"
                       r"|\bend\s+face\b|\baxially\b|\balong\s+(?:the|its)\s+(?:axis|length)\b", re.I)


def _end_face_hole(spec: PartSpec) -> None:
    """A blind hole in the end of a bar or block: the part's length is the direction the hole runs (its height)."""
    call = spec.hole_callout
    if call is None or not call.depth or call.cross is not None or not _END_FACE.search(spec.text):
        return
    if spec.counts.get("holes", 1) != 1 or spec.grid or any(k in spec.dims for k in ("length", "width", "height", "thickness")):
        return
    group = spec.groups[0] if spec.groups and len(spec.groups[0]) == 3 else None
    if group is None:
        return
    small, mid, long = sorted(group)
    if call.depth <= small:
        return  # it fits either way: the sizes keep the order the family gives them
    spec.groups.pop(0)
    spec.dims["length"], spec.dims["width"], spec.dims["thickness"] = mid, small, long
    spec.understood.append(f"the hole is in the end face: it runs along the {long:g} mm length ({call.depth:g} deep)")


# "3mm thick all round incl bottom", "2 mm thick all over": one thickness for the walls (and the floor it names)
_ALL_ROUND = re.compile(r"\bthick(?:ness)?\s+(?:all\s+(?:round|around|over)|everywhere|throughout)\b", re.I)
_AND_FLOOR = re.compile(r"\b(?:incl\.?|including|inc\.?|and|plus|with)\s+(?:the\s+)?(?:bottom|base|floor)\b", re.I)


def _thickness_all_round(spec: PartSpec) -> None:
    """A hollow part's one thickness "all round" is its wall (and its floor when it says so)."""
    d = spec.dims
    if "wall" in d or "thickness" not in d or not (spec.hollow or spec.open_top) or not _ALL_ROUND.search(spec.text):
        return
    d["wall"] = d.pop("thickness")
    if _AND_FLOOR.search(spec.text):
        d.setdefault("floor", d["wall"])
    spec.understood.append(f"{d['wall']:g} mm thick all round: the wall" + (" and the floor" if "floor" in d else ""))


def _inside_list(spec: PartSpec) -> None:
    """"internal 140 wide x 90 front-to-back x 40 tall inside": inside sizes listed with their role words, a group
    the parser did not see; with the walls given they are the cavity (the footprint first, the height last)."""
    m = inside_list(spec.text)
    wall = spec.dims.get("wall")
    if m is None or not wall or len(m) < 2 or any(len(g) >= 2 for g in spec.groups) or spec.group_roles.get("inner_diameter"):
        return
    floor = spec.dims.get("floor") or spec.dims.get("bottom") or wall
    plain = [v for v, role in m if role not in ("high", "tall", "deep")]
    footprint = plain[:2]
    height = next((v for v, role in m if role in ("high", "tall", "deep")), plain[2] if len(plain) >= 3 else None)
    if len(footprint) != 2:
        return
    outside = [footprint[0] + 2 * wall, footprint[1] + 2 * wall]
    for key in ("inner_diameter", "outer_diameter", "width", "length"):
        if spec.dims.get(key) in (*footprint, *outside):
            del spec.dims[key]
    spec.loose[:] = [v for v in spec.loose if v not in footprint]
    for key in ("size", "inner_diameter", "inside"):
        if sorted(spec.group_roles.get(key, [])[:2]) == sorted(footprint):
            del spec.group_roles[key]  # "internal size 120 x 80": the cavity, now given as the outside below
    if height is not None:
        closed = bool(_CLOSED.search(spec.text)) and not spec.open_top  # a closed box has a top as thick as its walls
        floor = 2 * wall if closed else floor
        spec.dims["height"] = height + floor
        spec.dims.pop("depth", None)
    spec.groups.insert(0, outside)
    spec.dims["_inside_read"] = 1  # the other inside rules must not add the walls again
    spec.understood.append("inside " + " x ".join(f"{v:g}" for v, _ in m) + " -> outside "
                           + " x ".join(f"{v:g}" for v in outside) + (f" x {height + floor:g}" if height is not None else ""))

"""Sizes that cannot make the part asked for, refused before CAD with the reason and the numbers.

The families clamp what they must to build something; this check looks at what the person
*asked* (`PartSpec`: the named sizes, the edge treatment, the hole callout) against the part the
family laid out (its parameter values), and raises `Impossible` with one sentence naming both
numbers and by how much they clash: "A 16 mm wall needs an outside diameter over 32 mm; the tube
is 30 mm, so the bore would be -2 mm."  Each rule is one small function; the first that fails wins.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Collection, Mapping, Sequence

from ...prompt.positions import negative_sizes
from . import hole_fit
from .families.base import DepthOffFace, Impossible
from .parse import PartSpec
from .slot_features import din_6885

Values = Mapping[str, float | int | bool]
_ROUND = {"cylinder", "tube", "flange", "cup", "washer", "bushing", "spacer", "round_spacer", "sphere"}


def _g(x: float) -> str:
    return f"{round(x, 3):g}"


def _num(values: Values, *names: str) -> float | None:
    for n in names:
        v = values.get(n)
        if isinstance(v, (int, float)) and not isinstance(v, bool) and v > 0:
            return float(v)
    return None


def _asked(spec: PartSpec, *roles: str) -> float | None:
    for r in roles:
        if r in spec.dims and isinstance(spec.dims[r], (int, float)) and spec.dims[r] > 0:
            return float(spec.dims[r])
    return None


def _tap_drill(spec: PartSpec) -> float | None:
    """The drill of a tapped hole the prompt asked for ("M10 tapped hole"): what is cut out of the part."""
    call = spec.hole_callout
    return call.tap_drill() if call is not None and call.tapped else None


def _outside(values: Values) -> float | None:
    return _num(values, "outer_diameter", "diameter")


def _ring(family: str, spec: PartSpec, values: Values) -> None:
    """A bore or ID not smaller than the outside; a wall thicker than the radius."""
    if family not in _ROUND:
        return
    od = _outside(values)
    if od is None:
        return
    inner = _asked(spec, "inner_diameter", "bore", "centre_hole")
    if inner is None and family in ("cylinder", "tube", "sphere"):
        inner = _asked(spec, "hole_diameter") or _tap_drill(spec)
    noun = {"tube": "tube", "flange": "flange", "cup": "cup"}.get(family, "part")
    if inner is not None and inner >= od:
        if inner == od:
            raise Impossible(f"The {_g(inner)} mm inside diameter equals the {_g(od)} mm outside diameter: no material is "
                             f"left between them. Make the inside smaller than {_g(od)} mm.")
        call = spec.hole_callout
        if call is not None and call.tapped and inner == _tap_drill(spec) and not _asked(spec, "hole_diameter"):
            raise Impossible(f"An M{_g(call.tapped)} tapped hole needs a {_g(inner)} mm tap drill, larger than the {_g(od)} mm "
                             f"{noun} it is cut in (by {_g(inner - od)} mm). Use a smaller thread or a "
                             f"larger diameter.")
        raise Impossible(f"The {_g(inner)} mm hole is larger than the {_g(od)} mm {noun} it is cut in (by {_g(inner - od)} mm). "
                         f"Use a hole smaller than {_g(od)} mm or a larger outside diameter.")
    wall = _asked(spec, "wall")
    asked_od, asked_id = _asked(spec, "outer_diameter", "diameter"), _asked(spec, "inner_diameter", "bore")
    if wall is not None and asked_od is not None and asked_id is not None and asked_id < asked_od \
            and abs(asked_id + 2 * wall - asked_od) > max(0.05, 0.005 * asked_od):
        raise Impossible(f"An ID of {_g(asked_id)} mm with a {_g(wall)} mm wall makes an OD of {_g(asked_id + 2 * wall)} mm, "
                         f"not the {_g(asked_od)} mm asked (the wall between them is {_g((asked_od - asked_id) / 2)} mm). "
                         f"Give two of OD, ID and wall.")
    if wall is not None and 2 * wall >= od:
        bore = od - 2 * wall
        raise Impossible(f"A {_g(wall)} mm wall needs an outside diameter over {_g(2 * wall)} mm; the {noun} is {_g(od)} mm, "
                         f"so the bore would be {_g(bore)} mm. Use a wall under {_g(od / 2)} mm or a larger diameter.")


def _box_walls(family: str, spec: PartSpec, values: Values) -> None:
    wall = _asked(spec, "wall")
    if wall is None or family not in ("open_box", "box", "rect_tube", "enclosure", "enclosure_with_lid"):
        return
    if family == "rect_tube":  # a square tube's walls stand between its two outside sizes
        sides = [v for v in (_num(values, "outer_width"), _num(values, "outer_height")) if v]
    else:
        sides = []
    sides = sides or [v for v in (_num(values, "length"), _num(values, "width")) if v]
    if not sides:
        return
    narrow = min(sides)
    if 2 * wall >= narrow:
        raise Impossible(f"Two {_g(wall)} mm walls ({_g(2 * wall)} mm) do not fit in the {_g(narrow)} mm outside width: "
                         f"they overlap by {_g(2 * wall - narrow)} mm and leave no inside. Use walls under {_g(narrow / 2)} mm.")


def _edges(family: str, spec: PartSpec, values: Values) -> None:
    """A fillet or chamfer bigger than the edges it sits between can hold."""
    edge = spec.edge
    if edge is None or edge.size is None or edge.size <= 0:
        return
    size, what = edge.size, ("fillet" if edge.kind == "fillet" else "chamfer")
    side = _asked_section(spec)
    if side is not None and edge.which in ("vertical", "all") and 2 * size > side:
        raise Impossible(f"A {_g(size)} mm {what} on the edges along a {_g(side)} mm square section is more than half its side "
                         f"({_g(side / 2)} mm): the {what}s of neighbouring edges would overlap by {_g(2 * size - side)} mm. "
                         f"Use a {what} under {_g(side / 2)} mm.")
    od = _outside(values) if family in _ROUND else None
    if od is not None:
        height = _num(values, "height", "length", "thickness")
        if size >= od / 2:
            raise Impossible(f"An R{_g(size)} {what} is larger than the {_g(od / 2)} mm radius of the Ø{_g(od)} part "
                             f"(by {_g(size - od / 2)} mm). Use a {what} under {_g(od / 2)} mm.")
        if height is not None and edge.which in ("all", "ends") and 2 * size >= height:
            raise Impossible(f"{what.capitalize()}s of {_g(size)} mm on both ends need more than {_g(2 * size)} mm of length; "
                             f"the part is {_g(height)} mm. Use a {what} under {_g(height / 2)} mm.")
        return
    length, width = _num(values, "length"), _num(values, "width")
    thick = _num(values, "thickness", "height")
    if length is None or width is None:
        return
    plan = min(length, width)
    if edge.which in ("all", "top", "bottom", "top_bottom") and thick is not None:
        both = edge.which in ("all", "top_bottom")   # rounds from the top and the bottom share the thickness
        limit = thick / 2 if both else thick
        if size >= limit:
            where = "half the" if both else "the"
            named = {"all": "all", "top_bottom": "the top and bottom"}.get(edge.which, "the " + edge.which)
            raise Impossible(f"A {_g(size)} mm {what} on {named} edges is more than "
                             f"{where} {_g(thick)} mm thickness ({_g(limit)} mm): the {what}s of the top and bottom edges would "
                             f"meet. Use a {what} under {_g(limit)} mm.")
    if 2 * size >= plan:
        raise Impossible(f"A {_g(size)} mm {what} is more than half the {_g(plan)} mm side ({_g(plan / 2)} mm): the rounds of "
                         f"opposite corners would meet. Use a {what} under {_g(plan / 2)} mm.")


def _asked_section(spec: PartSpec) -> float | None:
    """The side of a square section the person named ("8x8 square post", "25 SQ bar"), if any."""
    side = _asked(spec, "square")
    if side is None and spec.groups and len(spec.groups[0]) >= 2 and spec.groups[0][0] == spec.groups[0][1] \
            and re.search(r"\b(?:square|sq)\b", spec.text, re.I):
        side = float(spec.groups[0][0])
    return side


def _edge_distance(family: str, spec: PartSpec, values: Values) -> None:
    """A hole whose centre is nearer the edge than its radius breaks out of the side."""
    at = _asked(spec, "edge_offset")
    hole = _asked(spec, "hole_diameter")  # an assumed hole that does not fit is the default's fault, not the person's
    if at is None or hole is None or family not in ("plate_with_holes", "bracket_plate", "box", "l_bracket"):
        return
    if at < hole / 2:
        raise Impossible(f"A Ø{_g(hole)} hole with its centre {_g(at)} mm from the edge breaks out of the side by "
                         f"{_g(hole / 2 - at)} mm: its radius is {_g(hole / 2)} mm. Put the centre at least {_g(hole / 2)} mm "
                         f"in from the edge (more, to leave material), or use a hole under Ø{_g(2 * at)}.")


def _holes_in_plate(family: str, spec: PartSpec, values: Values) -> None:
    hole = _asked(spec, "hole_diameter") or _num(values, "hole_diameter")
    if hole is None or family not in ("plate_with_holes", "bracket_plate", "box"):
        return
    length, width = _num(values, "length"), _num(values, "width")
    if length is None or width is None:
        return
    narrow = min(length, width)
    if hole >= narrow:
        raise Impossible(f"A {_g(hole)} mm hole does not fit in the {_g(length)} x {_g(width)} mm part: it is {_g(hole - narrow)} mm "
                         f"wider than the {_g(narrow)} mm side. Use a hole smaller than {_g(narrow)} mm or a larger part.")


def _depth_word(spec: PartSpec, values: Values) -> str:
    """How the person measures the part along its holes: "thick" (a plate, a disc), "long" (a pin), "tall"."""
    if _num(values, "thickness") or re.search(r"\bthi?c?k\b|\bthickness\b", spec.text, re.I):
        return "thick"
    return "long" if re.search(r"\blong\b|\blength\b|\blg\b", spec.text, re.I) else "tall"


# "in one end face", "into the end of the bar", "from one flat end": a hole that runs along the length, not the thickness
_END_FACE = re.compile(r"\b(?:in|into|on|from|at)\s+(?:one|the|either|each|both|its)\s+(?:of\s+the\s+)?(?:(?:square|flat|short)\s+)?ends?\b"
                       r"(?:\s+faces?)?|\bend faces?\b|\baxial(?:ly)?\b", re.I)


def _callout(family: str, spec: PartSpec, values: Values) -> None:
    """Counterbores and countersinks narrower than their hole; depths past the far face."""
    hole = _num(values, "hole_diameter", "bore_diameter")
    thick = _num(values, "thickness", "height")  # the part's depth along its holes: a plate's thickness, a disc's height
    call = spec.hole_callout
    if call is None or hole is None:
        return
    if call.counterbore:
        d, depth = call.counterbore
        depth = depth if depth is not None else _num(values, "counterbore_depth")  # "Ø20 counterbore ..., 12 deep"
        if d <= hole:
            raise Impossible(f"The Ø{_g(d)} counterbore is not wider than its Ø{_g(hole)} hole: a counterbore must be larger "
                             f"than the hole it sits on (for Ø{_g(hole)}, about Ø{_g(round(hole * 1.7))}).")
        if depth is not None and thick is not None and depth >= thick:
            raise Impossible(f"The {_g(depth)} mm deep counterbore goes through the {_g(thick)} mm "
                             f"{_depth_word(spec, values)} part "
                             f"(by {_g(depth - thick)} mm) and leaves nothing to hold the screw head. Use a depth under {_g(thick)} mm.")
    if call.countersink and call.countersink[0] <= hole:
        raise Impossible(f"The Ø{_g(call.countersink[0])} countersink is not wider than its Ø{_g(hole)} hole: a countersink must "
                         f"be larger than the hole (for Ø{_g(hole)}, about Ø{_g(round(hole * 1.9, 1))} at 90°).")
    if call.depth is not None and thick is not None and call.depth > thick:
        size = _depth_word(spec, values)
        longest = max((v for k in ("length", "width", "height", "thickness") if (v := _num(values, k)) is not None), default=thick)
        if _END_FACE.search(spec.text) and call.depth >= longest:  # into an end face: it runs along the length
            raise Impossible(f"A {_g(call.depth)} mm deep blind hole into the end face does not fit in the {_g(longest)} mm long "
                             f"part: it would break through by {_g(call.depth - longest)} mm. Make it a through hole or less "
                             f"than {_g(longest)} mm deep.")
        if _END_FACE.search(spec.text):
            raise DepthOffFace(f"A {_g(call.depth)} mm deep blind hole does not fit in the {_g(thick)} mm {size} part: it would break "
                               f"through by {_g(call.depth - thick)} mm. Make it a through hole or less than {_g(thick)} mm deep.")
        raise Impossible(f"A {_g(call.depth)} mm deep blind hole does not fit in the {_g(thick)} mm {size} part: it would break "
                         f"through by {_g(call.depth - thick)} mm. Make it a through hole or less than {_g(thick)} mm deep.")


def _countersink_depth(family: str, spec: PartSpec, values: Values) -> None:
    """A countersink whose cone, from its diameter at the face down to the hole, is deeper than the part.
    Checked after the layout, so a countersink that runs past the outline is named for that first."""
    hole = _num(values, "hole_diameter", "bore_diameter")
    thick = _num(values, "thickness", "height")
    call = spec.hole_callout
    if call is None or hole is None:
        return
    if call.countersink and thick is not None and call.countersink[0] > hole and 0 < call.countersink[1] < 180:
        d, angle = call.countersink
        cone = (d - hole) / 2 / math.tan(math.radians(angle / 2))  # from Ø d at the face down to the hole
        if cone >= thick:
            raise Impossible(f"The Ø{_g(d)} x {_g(angle)}° countersink on a Ø{_g(hole)} hole is {_g(cone)} mm deep, more than "
                             f"the {_g(thick)} mm {_depth_word(spec, values)} part (by {_g(cone - thick)} mm): nothing of the "
                             f"Ø{_g(hole)} hole would be left. Use a countersink under "
                             f"Ø{_g(hole + 2 * thick * math.tan(math.radians(angle / 2)))} or a thicker part.")


def _bolt_circle(family: str, spec: PartSpec, values: Values) -> None:
    pcd, count = _num(values, "bolt_circle"), values.get("hole_count")
    od = _num(values, "flange_diameter") or _outside(values)  # a flanged bush's holes are in its flange
    hole = _asked(spec, "hole_diameter") or _num(values, "hole_diameter")
    if pcd is None or hole is None or not isinstance(count, int) or count <= 0:
        return
    if od is not None and pcd / 2 + hole / 2 > od / 2:
        past = pcd / 2 + hole / 2 - od / 2
        raise Impossible(f"The {_g(hole)} mm holes on a {_g(pcd)} mm bolt circle reach {_g(pcd / 2 + hole / 2)} mm from the centre, "
                         f"past the {_g(od / 2)} mm outside radius by {_g(past)} mm. Use a bolt circle under {_g(od - hole)} mm "
                         f"or a larger outside diameter.")
    bore = _num(values, "bore_diameter")
    if bore is not None and pcd / 2 - hole / 2 < bore / 2:
        raise Impossible(f"The {_g(hole)} mm holes on a {_g(pcd)} mm bolt circle break into the {_g(bore)} mm bore "
                         f"(by {_g(bore / 2 - pcd / 2 + hole / 2)} mm). Use a bolt circle over {_g(bore + hole)} mm.")
    if count > 1:
        gap = pcd * math.sin(math.pi / count)
        if gap <= hole:
            raise Impossible(f"{count} holes of {_g(hole)} mm on a {_g(pcd)} mm bolt circle are only {_g(gap)} mm apart, centre to "
                             f"centre: neighbouring holes overlap by {_g(hole - gap)} mm. Use fewer or smaller holes, or a larger "
                             f"bolt circle (over {_g(hole / math.sin(math.pi / count))} mm).")


def _slots_and_keys(family: str, spec: PartSpec, values: Values) -> None:
    if spec.slot is not None:
        length, width = _num(values, "length"), _num(values, "width")
        s = spec.slot
        if length is not None and width is not None:
            if s.length >= length:
                raise Impossible(f"The {_g(s.length)} mm slot is longer than the {_g(length)} mm part (by {_g(s.length - length)} mm). "
                                 f"Use a slot under {_g(length)} mm or a longer part.")
            if s.width >= width:
                raise Impossible(f"The {_g(s.width)} mm wide slot is wider than the {_g(width)} mm part (by {_g(s.width - width)} mm).")
            if s.count > 1 and s.pitch is not None:
                if s.pitch <= s.length:
                    raise Impossible(f"{s.count} slots {_g(s.length)} mm long at {_g(s.pitch)} mm pitch overlap by {_g(s.length - s.pitch)} mm. "
                                     f"Use a pitch over {_g(s.length)} mm.")
                if (s.count - 1) * s.pitch + s.length >= length:
                    raise Impossible(f"{s.count} slots at {_g(s.pitch)} mm pitch span {_g((s.count - 1) * s.pitch + s.length)} mm, "
                                     f"more than the {_g(length)} mm part.")
    key = spec.keyway
    d = _num(values, "diameter")
    if key is not None and d is not None:
        std = din_6885(d)
        if key.width is not None and key.width >= d:
            raise Impossible(f"A {_g(key.width)} mm wide keyway does not fit in a Ø{_g(d)} shaft: it is {_g(key.width - d)} mm wider "
                             f"than the shaft (DIN 6885 gives {_g(std[0]) if std else 'a narrower'} mm for Ø{_g(d)}).")
        if key.depth is not None and key.depth >= d / 2:
            raise Impossible(f"A {_g(key.depth)} mm deep keyway reaches past the centre of the Ø{_g(d)} shaft "
                             f"(its radius is {_g(d / 2)} mm).")


_SIZE_ROLES = ("height", "length", "width", "thickness", "diameter", "outer_diameter", "side", "cube", "depth",
               "wall", "hole_diameter", "module", "across_flats", "major_radius", "minor_radius", "radius", "pcd")


def _nonpositive(family: str, spec: PartSpec, values: Values) -> None:
    """'plate 100 x 50 x -5', 'cylinder 20 diameter, 0 mm tall': no part has a size of zero or less.

    A signed coordinate or offset ("holes at x = -12 and +12", "(-20, 15)") is a position, not a size
    (`prompt.positions`)."""
    negative = negative_sizes(spec.text)
    if negative:
        typed = negative[0].text.replace(" ", "").replace("\u2212", "-")
        raise Impossible(f"A size of {typed} mm cannot make a part: every size must be more than 0.")
    for role in _SIZE_ROLES:
        v = spec.dims.get(role)
        if isinstance(v, (int, float)) and v <= 0:
            raise Impossible(f"A {role.replace('_', ' ')} of {_g(v)} mm makes no part: every size must be more than 0.")


def _hex_and_threads(family: str, spec: PartSpec, values: Values) -> None:
    """A nut or hex bar whose hole or thread does not fit inside its flats."""
    af = _num(values, "across_flats")
    if af is None:
        return
    asked_af = _asked(spec, "across_flats")
    thread = spec.metric or _num(values, "thread_size")
    if thread is not None and asked_af is not None and asked_af <= thread:
        raise Impossible(f"An M{_g(thread)} thread ({_g(thread)} mm) does not fit inside a {_g(asked_af)} mm hex: the flats "
                         f"would have to be wider than the thread (ISO 4032 gives {_g(_iso_af(thread))} mm for M{_g(thread)}).")
    hole = _asked(spec, "hole_diameter", "bore", "inner_diameter")
    if hole is not None and hole >= af:
        raise Impossible(f"A {_g(hole)} mm hole does not fit in a {_g(af)} mm hex (across flats): it is {_g(hole - af)} mm wider "
                         f"than the flats. Use a hole under {_g(af)} mm.")


def _iso_af(thread: float) -> float:
    from ...prompt.standards import metric

    return metric(thread).nut_af


def _gear(family: str, spec: PartSpec, values: Values) -> None:
    module, teeth = _num(values, "module"), values.get("teeth")
    bore = _asked(spec, "bore", "inner_diameter", "hole_diameter")
    if module is None or not isinstance(teeth, int) or bore is None:
        return
    root = module * (teeth - 2.5)
    if bore >= root:
        raise Impossible(f"A {_g(bore)} mm bore does not fit in a {teeth}-tooth module {_g(module)} gear: its root circle is "
                         f"{_g(max(root, 0))} mm (outside {_g(module * (teeth + 2))} mm). Use a smaller bore or more teeth.")


def _torus(family: str, spec: PartSpec, values: Values) -> None:
    major, minor = _asked(spec, "major_radius"), _asked(spec, "minor_radius")
    section = _asked(spec, "minor_diameter") or (2 * minor if minor else None)
    outside = _asked(spec, "outer_diameter")
    if family == "torus" and major is None and section is not None and outside is not None:
        ring = (outside - section) / 2  # the centreline radius the outside and the section leave
        if ring <= section / 2:
            raise Impossible(f"A {_g(section)} mm cross-section on a Ø{_g(outside)} outside leaves a ring radius of {_g(ring)} mm, "
                             f"not more than the {_g(section / 2)} mm radius of the section: the ring would cut through itself "
                             f"(its hole would be {_g(outside - 2 * section)} mm). Use a cross-section under {_g(outside / 2)} mm "
                             f"or an outside diameter over {_g(2 * section)} mm.")
    if family == "torus" and major is not None and minor is not None and minor >= major:
        raise Impossible(f"A tube radius of {_g(minor)} mm is not smaller than the {_g(major)} mm ring radius: the ring would "
                         f"cut through itself by {_g(minor - major)} mm. Use a tube radius under {_g(major)} mm.")


def _bracket(family: str, spec: PartSpec, values: Values) -> None:
    thick = _asked(spec, "thickness")
    legs = [v for v in (_num(values, "leg_a"), _num(values, "leg_b")) if v]
    said = re.search(r"\blegs?\b\s*(?:of\s+|are\s+|each\s+)?(\d+(?:\.\d+)?)(?![\d.])\s*(?:mm\s*)?(?:long|each|length)?\b(?!\s*[x×])",
                     spec.text, re.I)
    if family == "l_bracket" and said is not None:
        legs = [float(said.group(1))]  # "legs 20 long": the legs asked, not the family's (clamped) ones
    if family == "l_bracket" and thick is not None and legs and thick >= min(legs):
        raise Impossible(f"A {_g(thick)} mm thickness does not fit a {_g(min(legs))} mm leg: the leg would be all corner. "
                         f"Use a thickness under {_g(min(legs))} mm or longer legs.")


_INSIDE_DEPTH = re.compile(r"\b(?:inside|inner|internal|interior)\s+depth\b|\bdepth\s+inside\b|\bdeep\s+inside\b", re.I)


def _floor(family: str, spec: PartSpec, values: Values) -> None:
    height = _num(values, "height")
    floor = _asked(spec, "floor_thickness", "bottom", "floor")
    if floor is None and family in ("cup", "open_box") and re.search(r"thick\s+(?:bottom|base|floor)", spec.text, re.I):
        floor = _asked(spec, "thickness")
    inside = _asked(spec, "depth") if _INSIDE_DEPTH.search(spec.text) else None
    asked_height = _asked(spec, "height")
    if family in ("cup", "open_box") and asked_height and floor and inside and floor + inside > asked_height:
        raise Impossible(f"A {_g(floor)} mm bottom under a {_g(inside)} mm inside depth needs {_g(floor + inside)} mm of "
                         f"height; the part is {_g(asked_height)} mm tall overall (short by {_g(floor + inside - asked_height)} mm). "
                         f"Use a bottom of {_g(asked_height - inside)} mm, an inside depth of {_g(asked_height - floor)} mm "
                         f"or a taller part.")
    if family in ("cup", "open_box") and asked_height and floor and inside and floor + inside < asked_height * 0.995 - 0.05:
        raise Impossible(f"A {_g(floor)} mm bottom under a {_g(inside)} mm inside depth makes a part {_g(floor + inside)} mm "
                         f"tall, not the {_g(asked_height)} mm asked (the bottom would be {_g(asked_height - inside)} mm). "
                         f"Give two of the height, the bottom and the inside depth.")
    if family in ("cup", "open_box") and height is not None and floor is not None and floor >= height:
        raise Impossible(f"A {_g(floor)} mm bottom does not fit in a part {_g(height)} mm tall: it is {_g(floor - height)} mm more "
                         f"than the height and leaves no inside. Use a bottom under {_g(height)} mm.")


def _pitch(family: str, spec: PartSpec, values: Values) -> None:
    """Holes at a stated pitch that overlap each other or run past the part."""
    pitch, hole = _asked(spec, "pitch"), _num(values, "hole_diameter")
    length, width = _num(values, "length"), _num(values, "width")
    if pitch is None or hole is None or length is None or width is None:
        return
    cols = values.get("columns")
    n = cols if isinstance(cols, int) else values.get("hole_count")
    if not isinstance(n, int) or n < 2:
        return
    if pitch <= hole:
        raise Impossible(f"{_g(hole)} mm holes at {_g(pitch)} mm pitch overlap by {_g(hole - pitch)} mm. "
                         f"Use a pitch over {_g(hole)} mm or smaller holes.")
    span = (n - 1) * pitch + hole  # along the row, which runs the long way
    if span > max(length, width):
        raise Impossible(f"{n} holes of {_g(hole)} mm at {_g(pitch)} mm pitch need {_g(span)} mm, more than the "
                         f"{_g(length)} x {_g(width)} mm part (by {_g(span - max(length, width))} mm).")


def _cross_hole(family: str, spec: PartSpec, values: Values) -> None:
    """A hole across a round part: narrower than the part, and wholly within its length."""
    d, at = _num(values, "cross_hole_diameter"), _num(values, "cross_hole_from_end")
    od, length = _num(values, "diameter", "outer_diameter"), _num(values, "height", "length")  # a rod, or a tube
    if d is None or at is None or od is None or length is None:
        return
    if d >= od:
        raise Impossible(f"A {_g(d)} mm cross hole does not fit across a Ø{_g(od)} part: it is {_g(d - od)} mm wider than the "
                         f"part and would cut it in two. Use a cross hole under {_g(od)} mm.")
    if at - d / 2 < 0 or at + d / 2 > length:
        over = max(d / 2 - at, at + d / 2 - length)
        raise Impossible(f"A {_g(d)} mm cross hole {_g(at)} mm from the end runs {_g(over)} mm past the end of the {_g(length)} mm "
                         f"long part. Put its centre at least {_g(d / 2)} mm from the end.")


# what a family says it assumed (Notes.assume) that the hole layout depends on
_LAYOUT_SIZES = {"length", "width", "outer diameter", "diameter", "hole diameter", "hole count", "bolt circle diameter"}


def _layout(family: str, values: Values, assumed: Collection[str]) -> str | None:
    """Every laid-out hole, as cut, inside the part and clear of its neighbours (hole_fit).
    A clash that only an assumed size makes is returned as a doubt, not refused."""
    outline = (_num(values, "flange_diameter") or _outside(values)) if family in _ROUND else None  # a bush's flange
    found = hole_fit.clash(values, outline, margin_given="hole edge distance" not in assumed)
    if found is None:
        return None
    if found.soft or _LAYOUT_SIZES & set(assumed):
        return found.sentence
    raise Impossible(found.sentence)


RULES: tuple[Callable[[str, PartSpec, Values], None], ...] = (_nonpositive, _ring, _box_walls, _hex_and_threads, _gear,
                                                                _torus, _bracket, _floor, _callout, _edge_distance, _holes_in_plate,
                                                                _bolt_circle, _pitch, _cross_hole, _slots_and_keys,
                                                                _edges)


# an assumed size a standard gives ("clearance hole (ISO 273 medium)") is the person's, through the standard
_FROM_STANDARD = re.compile(r"\b(?:ISO|DIN|ASME|ANSI|EN|standard|clearance|tap drill|nut|washer|NPS|sch)\b", re.I)
_WORD_NUMBERS = {"one": 1.0, "two": 2.0, "three": 3.0, "four": 4.0, "five": 5.0, "six": 6.0, "a": 1.0, "an": 1.0}


def unstated(spec: PartSpec, values: Values, assumed: Sequence[tuple[str, float | int | str, str]]) -> set[str]:
    """The parameters whose value nobody stated: assumed by the family (not from a standard), or read
    from a word that is no size ("in one end" read as 1 mm when no digit 1 was typed)."""
    out: set[str] = set()
    numeric = {k: float(v) for k, v in values.items() if isinstance(v, (int, float)) and not isinstance(v, bool)}
    for what, value, _unit in assumed:
        if not isinstance(value, (int, float)) or _FROM_STANDARD.search(what):
            continue
        same = [k for k, v in numeric.items() if abs(v - float(value)) <= 1e-6]
        words = set(re.findall(r"[a-z]+", what.lower()))
        named = [k for k in same if words & set(k.split("_"))]
        out.update(named or (same if len(same) == 1 else []))
    typed = {float(t.replace(",", ".")) for t in re.findall(r"(?<![\w.])\d+(?:[.,]\d+)?", spec.text)}
    for word, number in _WORD_NUMBERS.items():
        if number not in typed and re.search(rf"\b{word}\s+(?:end|side|face|edge)s?\b", spec.text, re.I):
            out.update(k for k, v in numeric.items() if abs(v - number) <= 1e-6 and not k.endswith("count") and k not in ("columns", "rows"))
    return out


def _mentions(sentence: str, numbers: Sequence[float]) -> bool:
    """Whether the refusal names one of `numbers` (as `_g` writes it), e.g. the assumed 60 mm width."""
    said = {float(t) for t in re.findall(r"(?<![\w.])\d+(?:\.\d+)?(?![\w.]*\d)", sentence)}
    return any(round(n, 3) in said for n in numbers)


def check(family: str, spec: PartSpec, values: Values, assumed: Collection[str] = (),
          assumed_values: Sequence[tuple[str, float | int | str, str]] = ()) -> list[str]:
    """Raise `Impossible` with the reason when the sizes asked for cannot make the part; return the
    doubts (clashes that only the sizes in `assumed`, which the person did not give, make).

    A rule that fails is tried again without the sizes nobody stated (`unstated`): when it passes
    then, the clash is a doubt about the reading (built, marked low, the reason said), not a refusal."""
    guessed = unstated(spec, values, assumed_values)
    stated = {k: v for k, v in values.items() if k not in guessed}
    numbers = [float(v) for k, v in values.items() if k in guessed and not isinstance(v, bool)]
    doubts: list[str] = []

    def run(rule: Callable[[str, PartSpec, Values], None]) -> None:
        try:
            rule(family, spec, values)
        except Impossible as err:
            if not guessed:
                raise
            try:
                rule(family, spec, stated)
            except Impossible:
                raise err from None
            if not _mentions(str(err), numbers):
                raise  # the rule needed an assumed size to run, but the clash is between sizes that were given
            doubts.append(f"{err} (the clash comes from sizes that were assumed, not given: "
                          f"{', '.join(sorted(k.replace('_', ' ') for k in guessed))})")

    for rule in RULES:
        run(rule)
    doubt = _layout(family, values, assumed)
    if doubt is None:
        run(_countersink_depth)  # after the layout: a countersink past the outline is named for that first
    return doubts + ([doubt] if doubt else [])

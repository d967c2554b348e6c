"""Enclosure with a separate lid: an open box (walls, bottom) and a lid whose lip fits inside
the walls with a stated clearance, or a flat lid ("lid a flat 2 mm plate", "flat lid", "no lip"),
a plate the box's size.  Two solids in one result: laid side by side for printing
(lid beside the box, lip up) or exploded (lid above the box, lip down, as it closes).

The result is a Compound of the two solids: the geometry report counts `solids: 2`, sums
the volumes and the holes of each, and the extents are the layout's; STEP keeps two bodies.
"""

from __future__ import annotations

import re

from ..parse import PartSpec
from ..script import P
from .base import Example, Family, Match, Notes, dim, positive, r4
from .blocks import ALIGN_MIN_Z
from .box import _box_size
from .wording import length_after, length_before, length_named, negated

VOCABULARY = ("enclosure", "enclosures", "lid", "lids", "lidded", "lip", "lipless", "clearance", "exploded", "separate",
              "project", "case", "housing", "electronics", "view", "fits", "locating", "underneath", "underside", "opening",
              "bed", "lay", "laid", "placed", "next", "beside", "gap", "away", "fitting", "own", "assembled", "closed",
              "shown", "sitting", "two-part")
_CONTAINERS = ("enclosure", "box", "case", "housing", "container", "project", "tray", "tin", "casing")


# "open top, plus a separate flat lid", "and its own lid": the box is open, the lid is a second solid
_SEPARATE_LID = re.compile(r"\b(?:separate|plus\s+an?|and\s+an?|and\s+its(?:\s+own)?|its\s+own|matching|loose|with\s+an?)\s+"
                           r"(?:[\w.]+\s+){0,3}?lid\b", re.I)


def match(spec: PartSpec) -> Match | None:
    # "open top ... flat lid sitting on top", "two-part box, lid on": the lid is a second solid on the open box
    separate = _SEPARATE_LID.search(spec.source_text or spec.text) is not None or \
        _CLOSED.search(spec.source_text or spec.text) is not None or spec.phrase(r"\btwo[- ]part\b")
    lid = spec.has("lid", "lids", "lidded", "cover") and not negated(spec, r"lids?|lid|cover") \
        and (separate or not re.search(r"\b(open[- ]top|lidless|topless)\b", spec.text.lower()))
    if lid and spec.has(*_CONTAINERS):
        return Match(66, "it names an enclosure with a separate lid")
    return None


def _lid_thickness(spec: PartSpec) -> float | None:
    t = (spec.source_text or spec.text).lower()
    m = re.search(r"\blid\s*(?:thickness\s*(?:of\s*)?)?(\d+(?:\.\d+)?)\s*(?:mm)?\s*thick\b|\blid thickness\s*(?:of|=|:)?\s*"
                  r"(\d+(?:\.\d+)?)|(\d+(?:\.\d+)?)\s*(?:mm)?\s*(?:thick )?lid\b", t)
    if m is None:   # "lid a flat 2 mm plate": the plate's thickness
        m = re.search(r"\blid\b[^;.]{0,20}?(\d+(?:\.\d+)?)\s*(?:mm)?\s*(?:thick\s*)?(?:flat\s*)?(?:plate|sheet)\b", t)
    if m is None:   # "lid is a flat 80 x 60 x 3 plate", "lid a plain 90 x 40 x 2 plate": the plate's third size
        m = re.search(r"\blid\b[^;.]{0,24}?\d+(?:\.\d+)?\s*(?:mm\s*)?[x×]\s*\d+(?:\.\d+)?\s*(?:mm\s*)?[x×]\s*(\d+(?:\.\d+)?)\s*"
                      r"(?:mm\s*)?(?:thick\s*)?(?:flat\s*)?(?:plate|sheet)\b", t)
    if m is None:   # "box 80x60x30 ..., a separate lid 100x70x3": the lid's own sizes, after the box's
        m = re.search(r"\blid\s+(?:of\s+)?\d+(?:\.\d+)?\s*(?:mm\s*)?[x×]\s*\d+(?:\.\d+)?\s*(?:mm\s*)?[x×]\s*(\d+(?:\.\d+)?)", t)
        if m is not None and not re.search(r"\d\s*(?:mm\s*)?[x×]\s*\d+(?:\.\d+)?\s*(?:mm\s*)?[x×]\s*\d", t[:m.start()]):
            m = None  # "box with lid 60 x 60 x 30": the only sizes are the box's
    if m is None:
        return None
    return float(next(g for g in m.groups() if g))


_FLAT_LID = r"\bflat (?:\d+(?:\.\d+)? ?(?:mm )?)?(?:lid|plate|cover|top)\b|\blid\b[^;.]{0,12}\bflat\b|\bno lip\b|" \
            r"\bwithout (?:a )?lip\b|\blipless\b|\bplain (?:lid|plate)\b"


def _flat_lid(spec: PartSpec) -> bool:
    return re.search(_FLAT_LID, (spec.source_text or spec.text).lower()) is not None


def designations(text: str) -> list[tuple[str, str]]:
    """"flat lid", "lid a flat plate": flat describes the lid (no lip), not a flat on a shaft."""
    found = re.search(_FLAT_LID, text.lower())
    return [(text[found.start():found.end()], "a flat lid: a plate, no lip")] if found else []


# "10mm gap along the 60 side", "placed next to the box 15 mm away": how far apart the two solids are laid
_LAYOUT_GAP = re.compile(r"(\d+(?:\.\d+)?)\s*(?:mm\s*)?(?:gap|apart|away|space)\b(?=[^.;]*\b(?:along|beside|next|side|bed|box)\b)"
                         r"|\b(?:next\s+to|beside)\s+the\s+box[^.;]{0,20}?(\d+(?:\.\d+)?)\s*(?:mm\s*)?(?:gap|apart|away)\b", re.I)
# "a 5 mm gap along the 100 side", "8 mm apart along the 70 mm direction", "along the length", "in X": the lid
# laid beside the box along its length (X) rather than its width
_ALONG = re.compile(r"\b(?:along|in)\s+(?:the\s+)?(?:(\d+(?:\.\d+)?)\s*(?:mm\s*)?(?:long\s+)?(?:side|direction|edge|way)"
                    r"|(length|long\s+side|x(?:\s+direction)?)\b)", re.I)
# "shown closed", "assembled with the lid on", "lid sitting on top": the lid in place on the box, no gap
_CLOSED = re.compile(r"\b(?:(?:show(?:n|s|ing)?|display(?:ed|s)?|model(?:l?ed)?|drawn|render(?:ed)?)\s+(?:it\s+|them\s+|both\s+|as\s+)?closed|"
                     r"closed\s+(?:position|up|state)|assembled|lid\s+(?:on|in\s+place)\b|"
                     r"(?:sitting|sits|resting|rests|seated|placed|lying|lies)\s+on\s+(?:top|the\s+(?:rim|box|walls?|base|edges?))|"
                     r"(?:plate|lid)\s+on\s+top)", re.I)


def _along_length(spec: PartSpec, length: float, width: float) -> bool:
    m = _ALONG.search(spec.source_text or spec.text)
    if m is None:
        return False
    if m.group(1) is not None:
        return abs(float(m.group(1)) - length) < 1e-6 and abs(length - width) > 1e-6
    return True


_WALLS_AND_FLOOR = re.compile(r"\bwalls?\s+(?:and|&|\+)\s+(?:the\s+)?(?:floor|bottom|base)s?\s*(?:thickness\s*)?(?:of\s+|=\s*|:\s*|are\s+)?"
                              r"(\d+(?:\.\d+)?)(?!\s*(?:mm\s*)?[x×])"
                              r"|(\d+(?:\.\d+)?)\s*(?:mm\s*)?(?:thick\s+)?walls?\s+(?:and|&|\+)\s+(?:the\s+)?(?:floor|bottom|base)\b", re.I)


# the lip's own clause: "lip is 2mm thick, 6 deep, outside of the lip 95 x 65", "a 2 mm thick lip 4 deep"
_LIP_CLAUSE = re.compile(r"(?:\d+(?:\.\d+)?\s*(?:mm\s*)?thick\s+)?(?:locating\s+)?lip\b[^;]{0,80}", re.I)
_LIP_OUTSIDE = re.compile(r"outside\s+(?:of\s+)?(?:the\s+)?lip\s*(?:is\s+)?(\d+(?:\.\d+)?)\s*(?:mm\s*)?[x×]\s*(\d+(?:\.\d+)?)", re.I)


def _lip(spec: PartSpec) -> tuple[float | None, float | None, tuple[float, float] | None]:
    """The lip's thickness, depth and outside size as its own clause writes them."""
    t = spec.source_text or spec.text
    clause = _LIP_CLAUSE.search(t)
    if clause is None:
        return None, None, None
    c = clause.group(0)
    thick = re.search(r"(\d+(?:\.\d+)?)\s*(?:mm\s*)?thick", c)
    deep = re.search(r"(\d+(?:\.\d+)?)\s*(?:mm\s*)?(?:deep|tall|high|depth)\b", c)
    out = _LIP_OUTSIDE.search(t)
    return (float(thick.group(1)) if thick else None, float(deep.group(1)) if deep else None,
            (float(out.group(1)), float(out.group(2))) if out else None)


def enclosure_params(spec: PartSpec, notes: Notes, output_type: str) -> list[P]:
    length, width, height = _box_size(spec, notes)
    both = _WALLS_AND_FLOOR.search(spec.source_text or spec.text)   # "walls and floor 3": one size for both
    shared = float(both.group(1) or both.group(2)) if both else None
    wall = dim(spec, "wall") or length_named(spec, r"walls?|wall thickness|sides?") or shared
    if wall is None:
        wall = dim(spec, "thickness")
    wall = positive(wall, r4(max(1.5, round(min(length, width, height) * 0.04, 1))), "wall thickness", notes)
    floor = shared or length_named(spec, r"bottom|floor|base|bottom thickness|floor thickness") or wall
    lid = _lid_thickness(spec)
    if lid is None:
        lid = wall
        notes.assume("lid thickness (= wall)", lid)
    lip_t, lip_deep, lip_out = _lip(spec)
    lip = lip_deep or length_before(spec, r"lip|deep lip|high lip|tall lip|lip height") or length_after(spec, r"lip height|lip depth")
    if lip_t is not None and lip is not None and abs(lip - lip_t) < 1e-9 and lip_deep is None:
        lip = None  # "a 2 mm thick lip": its thickness, not its depth
    if lip is None and _flat_lid(spec):
        lip = 0.0
        notes.add("a flat lid: a plate the size of the box, no lip")
    if lip is None:
        lip = r4(max(3.0, round(wall * 2.5, 1)))
        # a lid whose form is not said (a lip that fits inside, or a flat plate) was a guess: not `high`
        fits = spec.phrase(r"\bfits? (?:in|inside|into)\b|\blip\b|\bplug|\bpush[- ]fit|\bsnap|\binset\b")
        notes.assume("lip height", lip, main=not fits)
    gap_m = _LAYOUT_GAP.search(spec.source_text or spec.text)
    layout_gap = float(gap_m.group(1) or gap_m.group(2)) if gap_m else 10.0
    clearance = length_before(spec, r"clearance|play") or length_after(spec, r"clearance|play")
    if clearance is None and gap_m is None:
        clearance = length_before(spec, r"gap") or length_after(spec, r"gap")
    if clearance is None and lip_out is not None:  # "outside of the lip 95 x 65": what is left of the opening
        clearance = r4(max(0.0, (length - 2 * wall - lip_out[0]) / 2))
    if clearance is None and lip == 0:
        clearance = 0.0
    if clearance is None:
        clearance = 0.2
        notes.assume("lip clearance each side", clearance)
    if 2 * wall >= min(length, width) - 2 * (wall + clearance) or floor >= height:
        wall = r4(min(length, width) * 0.15)
        floor = min(floor, r4(height * 0.3))
        notes.add(f"walls too thick for the box, used {wall:g} mm")
    exploded = spec.has("exploded", "assembled", "above", "closed") and not spec.has("beside", "side-by-side")
    closed = _CLOSED.search(spec.source_text or spec.text) is not None and gap_m is None and not spec.has("exploded")
    exploded = exploded or closed
    along = not exploded and _along_length(spec, length, width)
    lip_wall = lip_t if lip_t is not None and 0 < lip_t < min(length, width) / 4 else wall
    notes.add("two solids: the box and its lid, " + ("the lid in place on the box (closed)" if closed else
              "the lid above the box (exploded)" if exploded else
              "the lid laid beside the box" + (", lip up" if lip else "") + f", {layout_gap:g} mm apart") +
              f"; {r4(height):g} mm is the box height, the lid adds {r4(lid):g} mm when closed")
    return [P("length", r4(length), "mm, outside length (X)"),
            P("width", r4(width), "mm, outside width (Y)"),
            P("height", r4(height), "mm, box height without the lid (Z)"),
            P("wall", r4(wall), "mm, side wall thickness"),
            P("floor_thickness", r4(floor), "mm, bottom thickness"),
            P("lid_thickness", r4(lid), "mm, lid plate thickness"),
            P("lip_height", r4(lip), "mm, lip that drops inside the walls"),
            P("lip_clearance", r4(clearance), "mm, gap between lip and wall, each side"),
            P("lip_thickness", r4(lip_wall), "mm, lip wall thickness"),
            P("layout_gap", r4(layout_gap), "mm, space between box and lid"),
            P("exploded", bool(exploded), "True = lid above the box, False = beside it")] + (
        [P("closed", True, "lid in place on the box (assembled)")] if closed else
        [P("beside_along_length", True, "lid laid beside the box along X (its length)")] if along else [])


def enclosure_body(values: dict[str, float | int | bool], output_type: str, spec: PartSpec | None = None) -> str:
    closed = bool(values.get("closed"))
    # closed: the plate on the rim, 0.05 mm proud so the two bodies stay separate solids (touching faces make no mesh)
    lift = "lid_thickness + 0.05" if closed else "layout_gap + lid_thickness + lip_height"
    closed_note = " (closed: the plate on the rim, 0.05 mm proud so box and lid stay two separate solids)" if closed else ""
    beside = "length + layout_gap, 0, 0" if values.get("beside_along_length") else "0, width + layout_gap, 0"
    return f"""
box = Box(length, width, height, {ALIGN_MIN_Z})
box -= Pos(0, 0, floor_thickness) * Box(length - 2 * wall, width - 2 * wall, height, {ALIGN_MIN_Z})

# the lid: a plate the size of the box, and a lip (walls as thick as the box's) that fits inside
lip_length = length - 2 * (wall + lip_clearance)
lip_width = width - 2 * (wall + lip_clearance)
lid = Box(length, width, lid_thickness, {ALIGN_MIN_Z})
if lip_height > 0:
    lip = Box(lip_length, lip_width, lip_height, {ALIGN_MIN_Z}) - Box(lip_length - 2 * lip_thickness, lip_width - 2 * lip_thickness, lip_height, {ALIGN_MIN_Z})
    lid += Pos(0, 0, lid_thickness) * lip

if exploded:
    # lip down, above the box as it closes{closed_note}
    lid = Pos(0, 0, height + {lift}) * lid.rotate(Axis.X, 180)
else:
    lid = Pos({beside}) * lid  # beside the box, as it prints

result = Compound([box, lid])  # two solids: the box and its lid
"""


EXAMPLES = (
    Example("project box with lid, 120 x 80 x 50 outside, walls 2.5, bottom 3, lid 3 thick with a 5 mm lip, 0.3 clearance",
            (50, 120, 170), 108020.1, 0),
    # a flat lid: the box's 40 is its own height, the lid a 2 mm plate of its footprint
    Example("enclosure 100 x 70 x 40 with separate lid, 2 mm walls and floor; lid a flat 2 mm plate 100 x 70",
            (40, 100, 150), 100 * 70 * 40 - 96 * 66 * 38 + 100 * 70 * 2),
)

FAMILY = Family("enclosure_with_lid", "enclosure and its separate lid (two solids), lip with clearance",
                ("3d_solid",), enclosure_params, enclosure_body, vocabulary=VOCABULARY, match=match, examples=EXAMPLES,
                designations=designations)

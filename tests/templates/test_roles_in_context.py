"""Roles in context (issue 12 item 2): the values each role rule and new family binds.

Fast: prompts are read by the offline generator (no sandbox); the families' own EXAMPLES build the
geometry in tests/templates/test_families.py, and tests/data/coverage_croles.jsonl scores it end to end.
"""

import pytest

from naturalcad.sources.templates import NotUnderstood, generate_from_prompt
from naturalcad.sources.templates.parse import parse_prompt


def _gen(prompt):
    return generate_from_prompt(prompt)


# ---- a ring's width beside its thickness is radial ------------------------------------------------
def test_a_ring_width_reading_is_high_when_every_word_is_used():
    assert _gen("flat ring ID 30, the ring is 8 wide, 3 thick").reading.confidence == "high"
    assert _gen("spacer ring OD 70, 8 wide, 5 thick").reading.confidence == "high"


@pytest.mark.parametrize(("prompt", "od", "id_", "t"), [
    ("flat ring ID 30, the ring is 8 wide, 3 thick", 46, 30, 3),
    ("ring with a 50 bore, ring width 6 mm, 4 mm thick", 62, 50, 4),
    ("spacer ring OD 70, 8 wide, 5 thick", 70, 54, 5),
    ("washer with an 8.4 hole, rim 4 mm wide, 1.6 thick", 16.4, 8.4, 1.6),
    ("washer, 20 wide, 10 mm bore, 2 thick", 20, 10, 2),          # wider than its bore: 20 across
    ("annular ring, inner dia 25, 30 wide band, 2 thick", 85, 25, 2),  # "band" says radial
])
def test_ring_width_is_radial(prompt, od, id_, t):
    g = _gen(prompt)
    assert g.family == "tube"
    assert (g.params["outer_diameter"], g.params["inner_diameter"], g.params["length"]) == (od, id_, t)
    assert g.reading.confidence in ("high", "medium")   # "rim" and "band" are words the reading still flags


def test_a_ring_width_without_a_thickness_is_left_as_written():
    spec = parse_prompt("ring ID 40, 10 wide")
    assert spec.dims.get("width") == 10 and "outer_diameter" not in spec.dims


# ---- an O-ring's second size is its cross-section -----------------------------------------------
@pytest.mark.parametrize(("prompt", "major", "minor"), [
    ("o-ring 30 ID x 3 CS", 16.5, 1.5),
    ("o ring 20.22 id x 2.62 cs", 11.42, 1.31),
    ("O-ring, inside diameter 45, section 4", 24.5, 2.0),
    ("oring 15.54 id, 2.62 cross section", 9.08, 1.31),
])
def test_oring_id_and_cross_section(prompt, major, minor):
    g = _gen(prompt)
    assert g.family == "torus"
    assert g.params["ring_radius"] == pytest.approx(major) and g.params["tube_radius"] == pytest.approx(minor)


# ---- OD glued to its number, then a wall --------------------------------------------------------
def test_od_glued_then_wall():
    g = _gen("Tube OD32 wall 2.5 length 120mm")
    assert (g.params["outer_diameter"], g.params["inner_diameter"], g.params["length"]) == (32, 27, 120)
    assert g.reading.confidence == "high"


# ---- bolt holes on a ring's face ----------------------------------------------------------------
@pytest.mark.parametrize(("prompt", "values"), [
    ("gasket: ID 60, OD 100, 1.5 thick, 4 bolt holes of 8 on an 80 circle", (100, 60, 1.5, 4, 8, 80)),
    ("rubber gasket, 150 outside, 90 inside, 3mm, eight 8mm bolt holes on 120 pcd", (150, 90, 3, 8, 8, 120)),
])
def test_a_ring_with_a_bolt_circle(prompt, values):
    g = _gen(prompt)
    p = g.params
    assert g.family == "flange"
    assert (p["outer_diameter"], p["bore_diameter"], p["thickness"], p["hole_count"], p["hole_diameter"],
            p["bolt_circle"]) == values


def test_a_flange_disc_has_no_bore_nobody_asked_for():
    g = _gen("flange disc Ø90 x 10 with 4 x M10 loose fit clearance holes on a 65 PCD")
    assert g.params["bore_diameter"] == 0 and g.params["hole_diameter"] == 12.0   # ISO 273 coarse M10


# ---- a frame: outside (or opening) and a border all round ----------------------------------------
@pytest.mark.parametrize(("prompt", "outside", "border", "t"), [
    ("picture-frame style plate: outside 200x150, border 20 wide all round, 10 thick", (200, 150), 20, 10),
    ("picture frame, 180x130 outer size, 25 wide rim, 8 mm thick", (180, 130), 25, 8),
    ("frame with a 160 x 110 opening, 20 border, 10 thick", (200, 150), 20, 10),
    ("window frame 300x200x12, frame width 30", (300, 200), 30, 12),
])
def test_frame_border(prompt, outside, border, t):
    g = _gen(prompt)
    p = g.params
    assert g.family == "frame_plate"
    assert (p["length"], p["width"], p["border"], p["thickness"]) == (*outside, border, t)
    assert (p["window_length"], p["window_width"]) == (outside[0] - 2 * border, outside[1] - 2 * border)
    assert g.reading.confidence == "high"


def test_a_border_wider_than_half_the_frame_is_refused_with_the_reason():
    with pytest.raises(NotUnderstood, match="leave no window"):
        _gen("frame 100x100 border 60 5 thick")


# ---- open sections -------------------------------------------------------------------------------
@pytest.mark.parametrize(("prompt", "kind", "sizes"), [
    ("U channel 40 wide x 25 high outside, 3 mm thick, 200 long", 0, (40, 25, 3, 200)),
    ("C channel 100x50x5, 300 long", 0, (100, 50, 5, 300)),
    ("tee section 50 wide 40 tall 5 thick 200 long", 1, (50, 40, 5, 200)),
    ("tee bar 30x30x3 1 m long", 1, (30, 30, 3, 1000)),
    ("I-beam 100 high, 60 wide flanges, 6 thick, 500 long", 2, (60, 100, 6, 500)),
])
def test_open_sections(prompt, kind, sizes):
    g = _gen(prompt)
    p = g.params
    assert g.family == "open_section" and p["kind"] == kind
    assert (p["section_width"], p["section_height"], p["thickness"], p["length"]) == sizes


@pytest.mark.parametrize("prompt", ["plate 100x50x10 with a channel along the top", "pipe tee section 50 long"])
def test_a_channel_in_a_plate_and_a_pipe_tee_are_not_sections(prompt):
    try:
        family = _gen(prompt).family
    except NotUnderstood:
        family = None
    assert family != "open_section"


def test_a_channel_too_thick_for_its_width_is_refused():
    with pytest.raises(NotUnderstood, match="channel needs more than"):
        _gen("U channel 10 wide 20 high 6 thick 100 long")


# ---- a round part named only as what goes through a hole ------------------------------------------
@pytest.mark.parametrize(("prompt", "family"), [
    ("plate 60 x 40 x 8 with a 12 mm hole for the shaft", "plate_with_holes"),
    ("block 40x40x12, 10 mm hole through for the axle", "plate_with_holes"),
    ("shaft 20 dia 100 long with a 5 mm cross hole for a pin", "cylinder"),   # the shaft is the part here
])
def test_what_goes_through_a_hole_is_not_the_part(prompt, family):
    assert _gen(prompt).family == family


# ---- a bearing's OD as a pocket: blind, as deep as given or as the bearing is wide ---------------
@pytest.mark.parametrize(("prompt", "d", "depth"), [
    ("block 50 x 50 x 12 with a pocket for a 608 bearing, 7 deep", 22, 7),
    ("recess for a 6202 bearing 5 deep in a 60 x 60 x 15 block", 35, 5),
    ("block 60x60x20 with a bearing seat for a 6203", 40, 12),
])
def test_bearing_pocket(prompt, d, depth):
    p = _gen(prompt).params
    assert (p["hole_diameter"], p["hole_depth"], p["hole_count"]) == (d, depth, 1)

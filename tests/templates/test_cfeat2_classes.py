"""Issue 12 items 5-6, session 6 (branch c-feat2): each class of phrasing coverage5b misread,
checked on wordings other than the set's, by the values the reader binds (fast) and, for the new
geometry (grooves, flutes, snap clips, round-base pegs, lipped lids), by the measured part.

Classes: hole specs written size first ("11 thru, c'bore 18 x 10 deep", "4.5 thru, 90deg csk to
9"), "w/" as "with", bolt squares in words, square flanges, named L-bracket legs, V grooves by
rim width, GT2 flange and hub sizes, fluted knobs, hinge screw-hole places, snap-in clips,
open boxes with a separate lid, round-base pegs, strap widths, springs by mean diameter and
pitch, grooves along or across a block, a centre hole beside corner holes.
"""

from __future__ import annotations

import math

import pytest

from naturalcad.prompt.reading import Reading
from naturalcad.sources.feature_account import account, unbuilt
from naturalcad.sources.templates import generate_from_prompt

PI = math.pi


def _p(prompt: str) -> dict[str, float | int | bool]:
    return generate_from_prompt(prompt).params


# ---- hole specs: the hole's own size first, its counterbore or countersink after it -------------

@pytest.mark.parametrize("prompt, hole, cbore", [
    ("disc 70 dia 14 thick, centre hole 9 thru, c'bore 15 dia x 8 deep", 9.0, (15.0, 8.0)),
    ("plate 90 x 60 x 12 with 4 holes 10 from the edges: 6.6 through, counterbore 11 x 6.5 deep", 6.6, (11.0, 6.5)),
    ("block 40x40x20, one hole in the middle, 13 thru, cbore 20 dia x 12 deep", 13.0, (20.0, 12.0)),
    ("cylinder 40 dia 20 high, counterbored hole through the middle: 8 thru, Ø14 x 6 deep cbore", 8.0, (14.0, 6.0)),
])
def test_a_hole_spec_gives_the_hole_its_own_size(prompt, hole, cbore):
    p = _p(prompt)
    size = p.get("hole_diameter", p.get("bore_diameter"))
    assert size == hole                       # never a count of 9 holes, never the thickness
    assert (p["counterbore_diameter"], p["counterbore_depth"]) == cbore
    assert p.get("hole_count", 1) in (1, 4) and p.get("thickness", p.get("height")) in (14.0, 12.0, 20.0)


@pytest.mark.parametrize("prompt, hole, csk, thick", [
    ("bar 120x30x8 w/ two holes 90 apart, 5.5 thru, 90deg csk to 11 dia", 5.5, 11.0, 8.0),
    ("45 dia disc 10 thick, centre hole 4.5 w/ 90 degree countersink to 9 dia", 4.5, 9.0, 10.0),
    ("plate 60x60x6, one 3.4 hole at the centre, countersunk to 6.8 dia", 3.4, 6.8, 6.0),
])
def test_a_countersink_spec_and_w_slash(prompt, hole, csk, thick):
    p = _p(prompt)
    assert p.get("hole_diameter", p.get("bore_diameter")) == hole
    assert p["countersink_diameter"] == csk and p["countersink_angle"] == 90.0
    assert p.get("thickness", p.get("height")) == thick   # "8 w/ two": 8 is the bar's, "w/" is "with"


def test_an_angle_before_csk_is_the_cone_angle():
    p = _p("strip 80 x 20 x 6, two holes 60 apart, 4.5 thru, 82 deg csk to 9")
    assert p["countersink_angle"] == 82.0 and p["countersink_diameter"] == 9.0 and p["thickness"] == 6.0


# ---- patterns and plates ------------------------------------------------------------------------

def test_bolt_square_in_words_and_square_flange():
    p = _p("square flange 100 x 100 x 10 thick, 35 bore, 4 x 9 mm bolt holes on a 76 mm square, R8 corners")
    assert (p["length"], p["width"], p["thickness"]) == (100.0, 100.0, 10.0)
    assert (p["x_pitch"], p["y_pitch"], p["hole_diameter"], p["centre_hole"]) == (76.0, 76.0, 9.0, 35.0)
    assert p["corner_radius"] == 8.0
    q = _p("80x80x8 plate, four M6 tapped holes on a 60 x 60 square, a 25 mm hole in the middle")
    assert (q["x_pitch"], q["y_pitch"], q["hole_diameter"], q["centre_hole"]) == (60.0, 60.0, 5.0, 25.0)


def test_a_centre_hole_beside_corner_holes_is_not_a_count():
    p = _p("90 x 90 x 5 plate with 4.5 holes in each corner, 8 from both edges, and a 30 mm hole in the centre")
    assert (p["columns"], p["rows"], p["edge_offset"], p["centre_hole"]) == (2, 2, 8.0, 30.0)
    q = _p("60x60x8 plate, 16 hole in the middle, four M5 tapped holes on a 44 x 44 square")
    assert q["centre_hole"] == 16.0 and q["hole_diameter"] == 4.2 and q["x_pitch"] == 44.0


def test_a_round_plate_with_one_hole_is_a_disc():
    made = generate_from_prompt("circular plate 90 dia, 8 thk, 20 mm hole in the centre")
    assert made.family == "cylinder" and made.params["diameter"] == 90.0 and made.params["bore_diameter"] == 20.0


# ---- grooves ------------------------------------------------------------------------------------

@pytest.mark.parametrize("prompt, along, width, depth", [
    ("block 120 x 50 x 30 with a 14 wide, 6 deep slot along the whole length of the top", True, 14.0, 6.0),
    ("bar 200 x 40 x 20, groove 8 wide x 3 deep running lengthwise down the top face", True, 8.0, 3.0),
    ("block 70x60x25 with a channel 10 wide and 5 deep across the width, side to side", False, 10.0, 5.0),
])
def test_grooves_bound_to_their_own_numbers(prompt, along, width, depth):
    p = _p(prompt)
    assert (p["groove_width"], p["groove_depth"], p["groove_along_length"]) == (width, depth, along)


def test_groove_volume(sandbox):
    made = generate_from_prompt("block 100 x 40 x 20 with a 12 wide, 4 deep slot along the full length of the top")
    result = sandbox(made.code, made.output_type)
    assert result.success, result.error
    assert abs(result.geometry["volume"] - (100 * 40 * 20 - 100 * 12 * 4)) < 1.0
    assert sorted(result.geometry["extents"]) == [20.0, 40.0, 100.0]


# ---- families ------------------------------------------------------------------------------------

def test_l_bracket_named_legs_and_hole_places():
    p = _p("angle bracket 35 wide, 6 thick: bottom leg 70 long, vertical leg 55 high, outside sizes. "
           "an 8 mm hole in the base 40 from the corner and one in the upright 35 up")
    assert (p["leg_a"], p["leg_b"], p["width"], p["thickness"]) == (70.0, 55.0, 35.0, 6.0)
    assert (p["hole_a_from_corner"], p["hole_b_from_corner"], p["hole_diameter"]) == (40.0, 35.0, 8.0)


def test_v_groove_by_rim_width_angle_and_depth():
    p = _p("V pulley 100 OD, 22 wide, 20 bore, one groove 12 wide at the rim, 10 deep, 36 deg included")
    assert (p["outside_diameter"], p["face_width"], p["datum_width"], p["groove_below_datum"], p["groove_angle"]) == \
        (100.0, 22.0, 12.0, 10.0, 36.0)
    with pytest.raises(Exception, match="closes to a point"):
        generate_from_prompt("V pulley 100 OD, 22 wide, 20 bore, one groove 6 wide at the rim, 12 deep, 36 deg included")


def test_gt2_flanges_and_hub_as_written():
    p = _p("GT2 30T pulley, 8 bore, 1.5 thick flanges 24 dia both sides, 18 dia hub 8 long")
    assert (p["flange_diameter"], p["flange_thickness"], p["hub_diameter"], p["hub_length"]) == (24.0, 1.5, 18.0, 8.0)


def test_fluted_knob_counts_and_sizes_its_flutes(sandbox):
    p = _p("fluted knob 36 dia, 14 high, 9 flutes of 3 mm radius round the rim, 6 mm hole through")
    assert (p["flute_count"], p["flute_radius"], p["flute_circle"], p["shaft_hole"]) == (9, 3.0, 18.0, 6.0)
    made = generate_from_prompt("fluted knob 40 dia x 15 thick, 8 half-round flutes r4 on the rim, 8mm hole thru")
    result = sandbox(made.code, made.output_type)
    assert result.success, result.error
    # disc minus the hole minus 8 lenses: a Ø8 circle centred on the R20 rim overlaps the disc by this much
    big, small, d = 20.0, 4.0, 20.0
    lens = (small ** 2 * math.acos((d * d + small ** 2 - big ** 2) / (2 * d * small))
            + big ** 2 * math.acos((d * d + big ** 2 - small ** 2) / (2 * d * big))
            - 0.5 * math.sqrt((-d + small + big) * (d + small - big) * (d - small + big) * (d + small + big)))
    want = (PI * big ** 2 - PI * small ** 2 - 8 * lens) * 15
    assert abs(result.geometry["volume"] - want) < 0.01 * want


def test_hinge_screw_holes_from_the_axis_and_the_ends():
    p = _p("hinge leaf 60 long, 2.5 thick, sticking out 30 from the pin axis, 7 OD knuckle with a 3.5 pin hole running "
           "the full length, three 4 mm screw holes 18 from the axis, 8 in from each end")
    assert (p["hole_from_axis"], p["hole_from_end"], p["hole_diameter"], p["screw_holes"]) == (18.0, 8.0, 4.0, 3)
    assert p["leaf_reach"] == 30.0 and p["knuckle_diameter"] == 7.0 and p["pin_diameter"] == 3.5


def test_snap_in_cable_clip(sandbox):
    made = generate_from_prompt("snap-in clip for an 8 mm cable: ring 8 ID / 12 OD, 6 wide, 5 mm opening at the top, "
                                "on a base 22 x 6 x 2.5, ring centre 5 above the base top, two 3 mm holes 16 apart")
    p = made.params
    assert made.family == "cable_clip"
    assert (p["ring_inner_diameter"], p["ring_outer_diameter"], p["opening"], p["hole_spacing"]) == (8.0, 12.0, 5.0, 16.0)
    result = sandbox(made.code, made.output_type)
    assert result.success, result.error
    top = 2.5 + 5 + math.sqrt(6 ** 2 - 2.5 ** 2)   # the ring's top, cut by the 5 mm opening
    assert sorted(round(v, 2) for v in result.geometry["extents"]) == sorted([22.0, 6.0, round(top, 2)])


def test_open_box_with_a_separate_lipped_lid():
    p = _p("project box 120 x 80 x 40 outside, 2 mm walls and floor, open top, plus a separate lid 120x80x2.5 with a "
           "locating lip underneath: lip is 1.5 thick, 5 deep, outside of the lip 116 x 76. lay it 12 mm away beside the box")
    assert (p["lid_thickness"], p["lip_thickness"], p["lip_height"], p["lip_clearance"], p["layout_gap"]) == \
        (2.5, 1.5, 5.0, 0.0, 12.0)


def test_peg_on_a_round_base():
    p = _p("coat peg: round base 50 dia 5 thick, two 4 mm screw holes 30 apart, 14 dia peg 45 long from the centre")
    assert (p["base_diameter"], p["thickness"], p["peg_diameter"], p["hook_reach"], p["hole_spacing"]) == \
        (50.0, 5.0, 14.0, 45.0, 30.0)


def test_strap_width_written_beside_the_strap():
    p = _p("U strap for 16mm pipe: half ring 16 ID, 1.5 thick, 12 wide, with flat feet 8 long each side, 4 mm hole in each foot")
    assert (p["pipe_diameter"], p["width"], p["thickness"], p["ear_length"]) == (16.0, 12.0, 1.5, 8.0)


def test_spring_by_mean_diameter_and_pitch():
    p = _p("compression spring, wire 1.2 mm, mean coil diameter 12 mm, pitch 5 mm, 6 turns, open ends")
    assert (p["wire_diameter"], p["mean_diameter"], p["active_coils"]) == (1.2, 12.0, 6)
    assert p["free_length"] == pytest.approx(6 * 5 + 1.2)   # open ends: coils x pitch plus the wire


# ---- a feature noun no script builds is listed, never dropped -----------------------------------

def test_unbuilt_features_are_named_and_negations_are_not():
    assert unbuilt("knob 40 dia with 8 flutes round the rim", "result = Cylinder(20, 15)") == ["flutes"]
    assert unbuilt("plate with 4 holes, cbore 10 x 5 deep", "part -= Cylinder(2.75, 8)") == ["counterbore"]
    assert unbuilt("open box 80x60x30, no lid", "result = Box(80, 60, 30)") == []
    assert unbuilt("box with a lid", "# prompt: box with a lid\nresult = Box(1, 1, 1)") == ["lid"]  # the title proves nothing
    reading = Reading(confidence="high", family="steps", reason="steps")
    account(reading, "fluted knob 40 dia, 6 flutes", "result = Cylinder(20, 10)")
    assert reading.confidence == "medium" and reading.unread == ["flutes"]

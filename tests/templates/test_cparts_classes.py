"""Issue 12 items 5-7, session 7 (branch c-parts): each class of phrasing coverage7b (and the
feature cases of coverage7a) misread, checked on wordings other than the sets' by the values the
reader binds, and the refusals by their reason and the size of the clash.

Classes: the drawing office's "N off" before a hole kind; "base 90x60x10" as the part's sizes;
"surface" as a place on the part; a chamfer "1 mm x 45" without the degree sign; "one in each
leg" shares a count out (never a 1 mm size); legs named in pairs; "no flange" on a bush; a bar's
section and a longer plain length ("flat bar 25x10, cut to 400"); "round the corners" as a verb;
"tray/box"; "a 10 hole right through"; "on a 38 mm square pattern"; "6x csk M5" with no hole
noun; "d60 t10"; spring ends "not closed or ground"; a clamp half with a half-round seat; holes
or nut traps that cannot fit, refused with what clashes and by how much.
"""

from __future__ import annotations

import pytest

from naturalcad.sources.templates import NotUnderstood, generate_from_prompt


def _p(prompt: str) -> dict[str, float | int | bool]:
    return generate_from_prompt(prompt).params


@pytest.mark.parametrize("prompt, count, size", [
    ("mounting plate 140 x 70 x 6, 4 off countersunk holes for M5, 5.5 thru, csk 10.4 x 90°, 9 mm from the edges", 4, 5.5),
    ("plate 120 by 50, 10 thick, 6 off counterbored holes: 6.6 thru, c'bore 11 dia 6.5 deep", 6, 6.6),
])
def test_n_off_counts_the_holes_it_names(prompt, count, size):
    p = _p(prompt)
    assert p.get("hole_count", (p.get("columns") or 0) * (p.get("rows") or 0)) == count
    assert p["hole_diameter"] == size
    assert p["thickness"] in (6.0, 10.0)      # never the 4 / 6 of "N off"


def test_n_off_of_parts_is_still_a_quantity_of_parts():
    r = generate_from_prompt("plate 80 x 40 x 5 with two 6 mm holes, 3 off please")
    assert r.params["hole_count"] == 2 and r.params["thickness"] == 5.0
    assert any(v.text == "3" and (v.role or "").startswith("quantity") for v in r.reading.values)


def test_base_followed_by_three_sizes_is_the_part():
    p = _p("base 110x70x12 mm with 4 counterbored holes for M8, 15 from the edges")
    assert (p["length"], p["width"], p["thickness"]) == (110.0, 70.0, 12.0)


@pytest.mark.parametrize("prompt", [
    "cover 90 x 50 x 5, 4 countersunk holes, 90 deg csk to 8 dia at the top surface",
    "block 60 x 40 x 20, fine surface finish, 2 holes 6 mm",
])
def test_surface_as_a_place_or_a_finish_is_no_surface_output(prompt):
    r = generate_from_prompt(prompt)
    assert r.output_type == "3d_solid" and r.family != "canopy_surface"


def test_a_canopy_surface_is_still_a_surface():
    assert generate_from_prompt("smooth roof canopy surface, 300 mm span").family == "canopy_surface"


@pytest.mark.parametrize("prompt, size", [
    ("steel pin 12 dia, 50 long, 0.5 mm x 45 chamfer both ends", 0.5),
    ("block 50x30x20, chamfer 2 x 45 on the top edges", 2.0),
])
def test_a_chamfer_by_45_without_the_degree_sign(prompt, size):
    assert _p(prompt)["chamfer_size"] == size


def test_one_in_each_leg_is_no_size():
    p = _p("angle bracket, 4 mm thick, two 6 mm holes, one in each leg")
    assert p["leg_a"] > 4 * 2 and p["leg_b"] > 4 * 2 and p["holes_per_leg"] == 1 and p["hole_diameter"] == 6.0


@pytest.mark.parametrize("prompt, legs, width", [
    ("L bracket, legs 60 and 45, 25 wide, 4 thick", (60.0, 45.0), 25.0),
    ("angle bracket with 70 & 30 legs, 20 wide, 3 thick", (70.0, 30.0), 20.0),
    ("L bracket 5 thick, 40 wide: one leg is 80 long, the other 50", (80.0, 50.0), 40.0),
    ("L bracket 4 mm, both legs 45, 25 wide", (45.0, 45.0), 25.0),
    ("corner bracket, two legs 60 x 25 (60 long, 25 wide), 4 thick", (60.0, 60.0), 25.0),
])
def test_legs_named_together(prompt, legs, width):
    p = _p(prompt)
    assert (p["leg_a"], p["leg_b"]) == legs and p["width"] == width


def test_no_flange_makes_a_plain_bush():
    r = generate_from_prompt("bronze bush 30 OD, 24 ID, 20 long, plain without flange")
    assert r.family == "tube" and r.params["outer_diameter"] == 30.0 and r.params["inner_diameter"] == 24.0


@pytest.mark.parametrize("prompt, size", [
    ("flat bar 30x8, cut to 350 mm long, 6.5 mm hole 15 in from each end", (350.0, 30.0, 8.0)),
    ("9 mm holes at 40 pitch along a 320 mm strip (40 x 6 section)", (320.0, 40.0, 6.0)),
])
def test_a_longer_plain_size_is_the_bars_length_beside_its_section(prompt, size):
    p = _p(prompt)
    assert (p["length"], p["width"], p["thickness"]) == size


def test_round_the_corners_is_a_verb_not_a_round_part():
    r = generate_from_prompt("block 50 x 30 x 8, round the 4 vertical corners R14")
    assert r.family == "box" and r.params["fillet_radius"] == 14.0   # a given radius under half the width is kept


def test_slash_joined_names_read_as_either():
    r = generate_from_prompt("box/tray 150 x 100 x 50 outside, walls 3, floor 4, no lid")
    assert r.family == "open_box" and r.params["wall"] == 3.0 and r.params["floor_thickness"] == 4.0


def test_a_number_after_a_before_hole_is_its_size():
    p = _p("plate 70 x 70 x 10 with a 12 hole straight through the middle")
    assert p["hole_diameter"] == 12.0 and p.get("hole_count", 1) == 1


def test_on_a_square_pattern():
    p = _p("plate 70x70x8 with 4 holes 6.6 dia on a 52 mm square pattern")
    assert (p["x_pitch"], p["y_pitch"]) == (52.0, 52.0)


def test_x_count_before_a_hole_kind():
    p = _p("disc d80 t12, bore 20 thru, 8x csk M6 equally spaced on PCD 60")
    assert p["hole_count"] == 8 and p["thickness"] == 12.0 and p["bore_diameter"] == 20.0


def test_spring_ends_negated_together():
    p = _p("compression spring, 1.5 wire, 16 OD, 8 coils at 4 pitch, ends neither closed nor ground")
    assert p["closed_ends"] is False and p["ground_ends"] is False
    assert p["free_length"] == 8 * 4 + 1.5


def test_a_clamp_half_with_a_seat_is_the_cradle_block():
    r = generate_from_prompt("one half of a split clamp for 25 pipe: block 60 long, 18 wide, 18 high, "
                             "half-round 25 seat on top, two 5.5 bolt holes 44 apart")
    assert r.family == "pipe_clamp" and r.params["pipe_diameter"] == 25.0 and r.params["hole_spacing"] == 44.0


def test_later_is_not_laser():
    assert generate_from_prompt("solid disc 50 dia 4 thick, I'll cut the holes later").output_type == "3d_solid"


# ---- impossible: the reason names the clash and by how much ------------------------------------

def _refusal(prompt: str) -> str:
    with pytest.raises(NotUnderstood) as err:
        generate_from_prompt(prompt)
    return str(err.value)


def test_a_hole_wider_than_the_leg_is_refused_not_shrunk():
    why = _refusal("angle bracket 40 x 40 x 3, 8 wide, one 10 mm hole in each leg")
    assert "10 mm hole" in why and "8 mm wide" in why and "2 mm" in why


def test_a_nut_trap_wider_than_the_knob_is_refused():
    why = _refusal("knob 16 dia 10 high with a nut trap 17 across flats underneath")
    assert "19.6 mm across its corners" in why and "3.6 mm more than the 16 mm knob" in why


def test_a_nut_trap_that_fits_is_built_as_sized():
    p = _p("knob 36 dia 14 high with a hex nut trap 10 AF, 5 deep, in the back")
    assert p["nut_trap_across_flats"] == 10.0 and p["nut_trap_depth"] == 5.0


def test_a_count_in_words_then_a_plain_size_of_holes():
    p = _p("strip 90 by 30, 4 thick, three 5 holes 25 apart along the middle")
    assert p["hole_diameter"] == 5.0 and p["columns"] == 3 and p["x_pitch"] == 25.0


@pytest.mark.parametrize("prompt, drill, depth", [
    ("shaft 20 dia 100 long, tap M8 in one end 15 deep", 6.8, 15.0),
    ("pin 10 dia 40 long, M4 tapped hole in the end, 8 deep", 3.3, 8.0),
])
def test_a_tapped_end_hole_is_a_blind_tap_drill_on_the_axis(prompt, drill, depth):
    p = _p(prompt)
    assert p["bore_diameter"] == drill and p["bore_depth"] == depth

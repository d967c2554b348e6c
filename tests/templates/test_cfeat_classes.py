"""Issue 12 items 5-6, the classes the c-feat set and session 4's held-out set showed, each on
wording of its own (not the sets' prompts): built through the real guard and sandbox and
compared with a build123d reference of what a machinist would make."""

from __future__ import annotations

import math

import pytest
from build123d import Axis, Box, Cylinder, Plane, Pos, Rot, SlotOverall, chamfer, extrude

from naturalcad.prompt import scan
from naturalcad.sources.templates import generate_from_prompt
from naturalcad.sources.templates.letter_sizes import letter_sizes


def _built(sandbox, prompt: str):
    made = generate_from_prompt(prompt)
    result = sandbox(made.code)
    assert result.success, result.error
    return made, result.geometry


def _extents(geometry) -> list[float]:
    return sorted(round(v, 2) for v in geometry["extents"])


def _close(got: float, want: float, rel: float = 0.005) -> bool:
    return abs(got - want) <= rel * want


def test_a_keyways_own_length_is_not_the_shafts(sandbox):
    made, geo = _built(sandbox, "Ø30 shaft, 180 long, DIN 6885 keyway, 40 long, centred")
    assert made.params["length"] == 180 and made.params["keyway_length"] == 40
    assert made.params["keyway_width"] == 8 and made.params["keyway_depth"] == 4  # d 22-30: b 8, t1 4
    ref = Rot(0, 90, 0) * Cylinder(15, 180) - extrude(Plane.XY.offset(11) * SlotOverall(40, 8), 5)
    assert _extents(geo) == [30, 30, 180] and _close(geo["volume"], ref.volume, 0.01)


def test_a_flats_own_length_is_not_the_shafts(sandbox):
    made, geo = _built(sandbox, "spindle Ø12 x 90, flat 1.5 deep, 25 long at the end")
    assert made.params["length"] == 90 and made.params["flat_length"] == 25 and made.params["flat_depth"] == 1.5
    ref = Cylinder(6, 90) - Pos(0, 6 - 1.5 + 6, 45 - 12.5) * Box(12, 12, 25)
    assert _extents(geo) == [12, 12, 90] and _close(geo["volume"], ref.volume)


def test_a_shaft_written_diameter_by_length():
    made = generate_from_prompt("shaft 10 mm x 45 with a 0.8 mm deep flat 12 long at one end")
    assert (made.params["diameter"], made.params["length"], made.params["flat_length"]) == (10, 45, 12)


def test_one_end_names_an_end_not_a_size(sandbox):
    made, geo = _built(sandbox, "pin 12 dia 50 long, 5 mm hole 10 deep into one end")
    assert made.family == "cylinder" and made.params["bore_depth"] == 10
    ref = Cylinder(6, 50) - Pos(0, 0, 20) * Cylinder(2.5, 10)
    assert geo["holes"] == 0 and _close(geo["volume"], ref.volume)
    assert all(q.value != 1 for q in scan("a 5 mm hole 10 deep into one end") if q.kind == "length")


def test_cross_drilled_with_the_size_after_the_words(sandbox):
    made, geo = _built(sandbox, "axle 16 dia x 120, cross-drilled 4 mm, 8 from one end")
    assert made.params["cross_hole_diameter"] == 4 and made.params["cross_hole_from_end"] == 8
    ref = Cylinder(8, 120) - Pos(0, 0, -52) * Rot(90, 0, 0) * Cylinder(2, 20)
    assert geo["holes"] == 1 and _close(geo["volume"], ref.volume)


def test_a_flat_bottomed_hole_does_not_make_a_flat_plate():
    made = generate_from_prompt("round bar 25 x 60, 10 mm blind hole 20 deep, flat-bottomed")
    assert made.family == "cylinder" and made.params["bore_depth"] == 20


def test_sizes_named_by_a_glued_letter(sandbox):
    made, geo = _built(sandbox, "disc D60 H10 with a 10 mm hole through the middle")
    assert (made.params["diameter"], made.params["height"]) == (60, 10)
    assert _extents(geo) == [10, 60, 60] and geo["holes"] == 1
    assert [q.kind for q in scan("disc D60 H10")] == ["length", "length"]
    assert letter_sizes("bore Ø20 H7, L120 W40 H10") == "bore Ø20 H7, L=120 W=40 H=10"  # a fit stays a fit


def test_chamfer_only_the_named_end_of_a_cylinder(sandbox):
    made, geo = _built(sandbox, "round bar d25 h50, chamfer only the top edge 1.5")
    assert made.params["edge_top"] is True and made.params["edge_bottom"] is False
    bar = Cylinder(12.5, 50)
    ref = chamfer(bar.edges().group_by(Axis.Z)[-1], 1.5)
    assert _close(geo["volume"], ref.volume, 0.002)


def test_count_by_diameter_on_a_bolt_circle():
    made = generate_from_prompt("flange 150 OD, 15 thick, 60 bore, 6 x 9 holes on a 120 PCD")
    assert made.params["hole_count"] == 6 and made.params["hole_diameter"] == 9 and made.params["bolt_circle"] == 120
    grid = generate_from_prompt("plate 120 x 80 x 8 with 2 x 3 holes")
    assert grid.params.get("hole_count", grid.params.get("columns", 0) * grid.params.get("rows", 0)) == 6


def test_a_round_male_female_standoff(sandbox):
    made, geo = _built(sandbox, "M4 round standoff, male to female, Ø8 body 15 long, 8 mm stud, female 8 deep")
    assert made.family == "hex_standoff" and made.params["body_diameter"] == 8
    ref = Cylinder(4, 15) + Pos(0, 0, 11.5) * Cylinder(2, 8) - Pos(0, 0, -3.5) * Cylinder(1.65, 8)
    assert _extents(geo) == [8, 8, 23] and geo["holes"] == 0 and _close(geo["volume"], ref.volume, 0.01)


def test_a_hex_standoffs_body_beside_its_hex_size():
    made = generate_from_prompt("M2.5 male-female standoff, hex 5, 12 mm body, 5 mm stud")
    assert (made.params["across_flats"], made.params["length"], made.params["stud_length"]) == (5, 12, 5)


def test_a_v_groove_given_by_angle_and_depth(sandbox):
    made, geo = _built(sandbox, "pulley 60 OD 14 wide with one 60° vee groove 5 deep, 10 bore")
    assert made.params["groove_angle"] == 60 and made.params["groove_above_datum"] == 5
    half = 5 * math.tan(math.radians(30))  # the V's half-width at the rim
    ring = math.pi * (30 ** 2 - 5 ** 2) * 14
    groove = 2 * math.pi * (30 - 5 / 3) * half * 5  # Pappus: the V triangle's area times its centroid's path
    assert _extents(geo) == [14, 60, 60] and geo["holes"] == 1 and _close(geo["volume"], ring - groove)


def test_a_full_length_knuckle_and_the_leafs_reach_from_the_pin(sandbox):
    made, geo = _built(sandbox, "hinge leaf, Ø5 knuckle along the whole 40 mm length, 2 mm pin hole, "
                                "leaf 1.5 thick reaching 20 from the pin axis, no holes")
    assert made.params["hinge_knuckles"] == 1 and made.params["leaf_length"] == 40 and made.params["leaf_reach"] == 20
    assert _extents(geo) == [5, 22.5, 40] and geo["holes"] == 1


def test_a_half_round_strap_has_no_legs(sandbox):
    made, geo = _built(sandbox, "half round pipe strap for a 20 mm pipe, 2 thick, 15 wide, tabs 12 long, 4.5 holes")
    assert made.params["leg_height"] == 0
    assert _extents(geo) == [12, 15, 48] and geo["holes"] == 2
    omega = generate_from_prompt("pipe strap for a 20 mm pipe, 2 thick, 15 wide, tabs 12 long, 4.5 holes")
    assert "leg_height" not in omega.params  # the omega keeps its legs


def test_an_idler_has_no_hub_unless_asked():
    assert generate_from_prompt("GT2 idler 20 teeth, 5 bore, 8 wide").params["hub_diameter"] == 0
    assert generate_from_prompt("GT2 idler 20 teeth, 5 bore, 8 wide, with a hub").params["hub_diameter"] > 0


def test_a_tapped_knob_hole_is_its_tap_drill():
    made = generate_from_prompt("thumb knob 30 dia 12 thick, M5 tapped through")
    assert made.params["shaft_hole"] == pytest.approx(4.2) and made.params["thread_size"] == 5
    assert made.reading is not None and "tapped" not in made.reading.unread


def test_a_hubs_keyway_is_cut_in_its_bore(sandbox):
    made, geo = _built(sandbox, "hub 60 OD x 40 long, 20 bore with a DIN 6885 keyway")
    assert made.family == "cylinder" and made.params["keyway_width"] == 6 and made.params["hub_keyway_depth"] == 2.8
    ref = Cylinder(30, 40) - Cylinder(10, 40) - Pos(0, (10 + 2.8) / 2, 0) * Box(6, 10 + 2.8, 40)
    assert _extents(geo) == [40, 60, 60] and geo["holes"] == 1 and _close(geo["volume"], ref.volume, 0.002)


def test_a_gussets_own_legs_and_thickness(sandbox):
    made, geo = _built(sandbox, "angle bracket 60x60, 30 wide, 4 thick, one 3 mm gusset in the middle, 35 mm legs from the inside corner")
    assert (made.params["gussets"], made.params["gusset_size"], made.params["gusset_thickness"]) == (1, 35, 3)
    assert _close(geo["volume"], (60 + 56) * 4 * 30 + 0.5 * 35 * 35 * 3, 0.002)


def test_a_split_clamp_block(sandbox):
    made, geo = _built(sandbox, "clamping block 50 x 30 x 12, 14 bore, split with a 1 mm saw cut to one side")
    assert made.family == "split_clamp" and made.params["cut_width"] == 1
    ref = Box(50, 30, 12) - Cylinder(7, 12) - Pos(12.5, 0, 0) * Box(25, 1, 12)
    assert geo["holes"] == 0 and _close(geo["volume"], ref.volume, 0.002)


def test_a_cabinet_pull_on_two_posts(sandbox):
    made, geo = _built(sandbox, "drawer pull, 128 mm centres, flat bar 150 x 14 x 6 on Ø12 posts 22 high, M4 threads 10 deep")
    assert made.family == "cabinet_pull" and made.params["centres"] == 128 and made.params["hole_depth"] == 10
    want = 150 * 14 * 6 + 2 * math.pi * 36 * 22 - 2 * math.pi * 1.65 ** 2 * 10
    assert _extents(geo) == [14, 28, 150] and geo["holes"] == 0 and _close(geo["volume"], want, 0.003)

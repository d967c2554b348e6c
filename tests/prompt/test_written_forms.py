"""Written forms (prompt/written_forms.py) and standard names referred to later (prompt/standards.py):
each class read from more than one wording, checked by the parameters the offline generator makes."""

from __future__ import annotations

import pytest

from naturalcad.prompt import written_forms
from naturalcad.prompt.standards import expand
from naturalcad.sources.templates import generate_from_prompt


def _params(prompt: str) -> dict[str, float | int | bool]:
    return generate_from_prompt(prompt).params


@pytest.mark.parametrize("prompt, length, section", [
    ("1 m length of 20 x 20 square bar", 1000, (20, 20)),
    ("a 1.2 m length of 40 x 10 flat bar", 1200, (40, 10)),
    ("two metre length of 15 x 15 square bar", 2000, (15, 15)),
    ("30 x 8 flat bar, cut to 0.4 m", 400, (30, 8)),
])
def test_a_bar_length_written_apart_from_its_section(prompt: str, length: float, section: tuple[float, float]) -> None:
    p = _params(prompt)
    assert p["length"] == length
    assert sorted((p["width"], p["thickness"])) == sorted(section)


def test_a_short_length_is_left_to_the_families() -> None:
    text, uses = written_forms.expand("10 mm length of 20 x 20 bar")
    assert uses == [] and "10 mm length" in text


@pytest.mark.parametrize("prompt, cols, rows, pitch", [
    ("perforated plate 200 x 100 x 2, 6 mm holes on a 20 mm grid, 9 across by 4 down, centred", 9, 4, 20),
    ("120 x 80 x 3 sheet, 4 mm holes on a 15 mm grid, 6 across by 3 down", 6, 3, 15),
    ("100 x 100 x 4 plate with 5 mm holes on a 16 mm grid, five across and five down", 5, 5, 16),
    ("plate 160 x 120 x 5 with a 5 x 2 grid of 6 mm holes at 25 mm pitch", 5, 2, 25),
])
def test_hole_grids_as_people_write_them(prompt: str, cols: int, rows: int, pitch: float) -> None:
    p = _params(prompt)
    assert (p["columns"], p["rows"], p["x_pitch"], p["y_pitch"]) == (cols, rows, pitch, pitch)


def test_holes_on_a_rectangle_are_its_pitches() -> None:
    p = _params("70x50x5 plate with 4 clearance holes for 1/4\" bolts, normal fit, on a 50 x 30 rectangle, centred")
    assert (p["length"], p["width"], p["thickness"]) == (70, 50, 5)  # the inch bolt does not make the plate inches
    assert (p["x_pitch"], p["y_pitch"], p["hole_diameter"]) == (50, 30, 7.14)  # ASME B18.2.8 normal fit


def test_a_side_named_by_its_length_is_not_a_new_size() -> None:
    r = generate_from_prompt("140 x 90 x 5 plate, 4 holes 8 mm dia in a row at 30 mm pitch along the 140 side, centred")
    assert (r.params["columns"], r.params["x_pitch"]) == (4, 30)
    assert r.reading is not None and r.reading.confidence == "high"
    _, uses = written_forms.expand("140 x 90 plate, holes along the 90 side")
    assert uses == []  # the short side turns the pattern: not read as the default


def test_with_shorthand_is_not_a_width() -> None:
    p = _params("plate 120x80x3 w/ four 6 mm diameter holes, 10 mm in from each edge")
    assert (p["thickness"], p["hole_diameter"], p["edge_offset"]) == (3, 6, 10)


@pytest.mark.parametrize("prompt, ring, tube", [
    ("torus: tube dia 30, centreline dia 120", 60, 15),
    ("torus with a centreline diameter of 80 and a 16 mm tube", 40, 8),
    ("ring torus, 24 dia tube, 100 dia centre line", 50, 12),
    ("donut, mean diameter 60, tube diameter 10", 30, 5),
])
def test_a_torus_by_its_tube_and_centreline(prompt: str, ring: float, tube: float) -> None:
    r = generate_from_prompt(prompt)
    assert (r.family, r.params["ring_radius"], r.params["tube_radius"]) == ("torus", ring, tube)
    assert r.reading is not None and r.reading.confidence == "high"


@pytest.mark.parametrize("prompt, family, expect", [
    ("round holder for a 6204: 70 mm OD puck, same thickness as the bearing, bored through to the bearing OD",
     "cylinder", {"diameter": 70, "height": 14, "bore_diameter": 47}),
    ("holder for a 6003 bearing: 50 mm diameter disc, as thick as the bearing, bored through to the bearing OD",
     "cylinder", {"diameter": 50, "height": 10, "bore_diameter": 35}),
    ("shaft to suit a 6001 bearing bore, 100 long", "cylinder", {"diameter": 12, "height": 100}),
    ("pin to suit a 6002 bore, 45 mm long", "cylinder", {"diameter": 15, "height": 45}),
    ("adaptor bush to fit a 6000 bearing onto an 8 mm shaft, length = bearing width",
     "tube", {"outer_diameter": 10, "inner_diameter": 8, "length": 8}),
    ("sleeve to adapt a 6001 bearing onto a 10 mm shaft, as long as the bearing",
     "tube", {"outer_diameter": 12, "inner_diameter": 10, "length": 8}),
])
def test_a_bearing_named_once_then_referred_to(prompt: str, family: str, expect: dict[str, float]) -> None:
    r = generate_from_prompt(prompt)
    assert r.family == family
    assert {k: r.params[k] for k in expect} == expect
    assert r.reading is not None and any("ISO 15" in v.role for v in r.reading.values if v.role)


@pytest.mark.parametrize("prompt, size, seat, depth, hole", [
    ("housing block 40 x 40 x 10 for a 608 bearing - pocket in the top face to take the bearing (bearing OD, as deep "
     "as the bearing is wide), plus a 10 mm through hole under it for the axle", (40, 40, 10), 22, 7, 10),
    ("block 50 x 50 x 15 with a seat for a 6001 bearing, as deep as the bearing is wide, and an 8 mm through hole below it",
     (50, 50, 15), 28, 8, 8),
])
def test_a_bearing_seat_with_a_hole_under_it_is_a_counterbored_hole(prompt: str, size: tuple[float, float, float],
                                                                     seat: float, depth: float, hole: float) -> None:
    p = _params(prompt)
    assert (p["length"], p["width"], p["thickness"]) == size
    assert (p["counterbore_diameter"], p["counterbore_depth"], p["hole_diameter"]) == (seat, depth, hole)


def test_a_bearing_that_is_the_part_is_still_read_whole() -> None:
    _, uses = expand("608 bearing")
    assert [u.replacement.split() for u in uses] == [["bearing", "22", "mm", "od", "8", "mm", "id", "7", "mm", "thick"]]


@pytest.mark.parametrize("prompt, side, thickness, hole", [
    ("2020 extrusion end cap: 3mm plate the size of the profile with an M5 clearance hole in the center (medium fit)",
     20, 3, 5.5),
    ("3030 extrusion end cap, 5 mm plate the size of the profile, M6 clearance hole in the middle", 30, 5, 6.6),
])
def test_a_profile_end_cap_the_size_of_the_profile(prompt: str, side: float, thickness: float, hole: float) -> None:
    r = generate_from_prompt(prompt)
    assert r.output_type == "3d_solid"
    assert (r.params["length"], r.params["width"], r.params["thickness"], r.params["hole_diameter"]) == \
        (side, side, thickness, hole)


@pytest.mark.parametrize("prompt, square, hole, pilot", [
    ("nema23 mount, 80 x 80 x 6 plate, 38.1 pilot, 5mm holes on the motor's bolt square", 47.14, 5, 38.1),
    ("NEMA 17 adapter plate 60x60x5 with a 23 mm pilot and 3.5 mm holes on the motor's bolt pattern", 31, 3.5, 23),
])
def test_a_nema_frame_with_the_persons_hole_sizes(prompt: str, square: float, hole: float, pilot: float) -> None:
    p = _params(prompt)
    assert (p["columns"], p["rows"], p["x_pitch"], p["y_pitch"]) == (2, 2, square, square)
    assert (p["hole_diameter"], p["centre_hole"]) == (hole, pilot)


@pytest.mark.parametrize("prompt, od, bore, thick", [
    ("DIN 9021 washer (the big OD one) for M8", 24, 8.4, 2),
    ("large washer for M6 to DIN 9021 (the wide one)", 18, 6.4, 1.6),
])
def test_a_washer_named_with_an_aside(prompt: str, od: float, bore: float, thick: float) -> None:
    p = _params(prompt)
    assert (p["outer_diameter"], p["inner_diameter"], p["length"]) == (od, bore, thick)


@pytest.mark.parametrize("prompt, hole", [
    ("60 x 40 x 6 plate with two clearance holes for #10 screws, close fit, 40 apart, centred", 5.2),
    ("90x60x6 plate, 4 clearance holes for 5/16\" bolts, normal fit, on a 60 x 40 rectangle, centred", 8.73),
])
def test_holes_for_unified_screws(prompt: str, hole: float) -> None:
    p = _params(prompt)
    assert p["hole_diameter"] == hole and p["thickness"] == 6


def test_holes_for_a_quarter_inch_pipe_are_not_a_screw() -> None:
    _, uses = expand("plate with two holes for 1/4 pipe")
    assert not any("clearance" in u.meaning for u in uses)


@pytest.mark.parametrize("prompt, od, bore, length", [
    ("spacer 12 OD, 6,5 ID, length 0,8 cm", 12, 6.5, 8),
    ("washer OD 3,5 cm, ID 1,7 cm, thickness 2,5 mm", 35, 17, 2.5),
])
def test_decimal_commas(prompt: str, od: float, bore: float, length: float) -> None:
    p = _params(prompt)
    assert (p["outer_diameter"], p.get("inner_diameter", p.get("bore")), p["length"]) == (od, bore, length)


def test_a_list_comma_is_not_a_decimal() -> None:
    text, _ = written_forms.before_standards("holes at 6,50 and 80 mm")
    assert "6,50" in text


def test_a_bare_centre_hole_is_one_hole_of_that_size() -> None:
    p = _params("disc 100 dia 10 thick, 6 holes of 8 on an 80 PCD and a 20 centre hole")
    assert (p["bore_diameter"], p["hole_count"], p["hole_diameter"]) == (20, 6, 8)


@pytest.mark.parametrize("prompt, width, leg, hole", [
    ("corner bracket for 3030 profile: L shape, both legs 30 long x 30 wide x 4 thick, one M6 clearance hole "
     "(medium fit) in the flat of each leg", 30, 30, 6.6),
    ("angle bracket for 4040 extrusion, each leg 60 mm long, 5 thick, an 8.5 mm hole in each leg", 40, 60, 8.5),
])
def test_a_bracket_for_a_profile_is_not_the_profile(prompt: str, width: float, leg: float, hole: float) -> None:
    r = generate_from_prompt(prompt)
    assert r.family == "l_bracket"
    assert (r.params["width"], r.params["leg_a"], r.params["leg_b"], r.params["holes_per_leg"], r.params["hole_diameter"]) == \
        (width, leg, leg, 1, hole)


def test_a_profile_end_cap_with_its_own_sizes() -> None:
    p = _params("2020 extrusion end cap, 20 x 20 x 3 with a 5 mm hole")
    assert (p["length"], p["width"], p["thickness"]) == (20, 20, 3)


@pytest.mark.parametrize("prompt, bore, od, flange", [
    ("flanged bushing: bore 12, wall 4, flange 32 OD x 3 thick, 20 long overall", 12, 20, 32),
    ("flanged bush: 10 bore, 3 wall, flange 28 dia x 4 thick, 25 long overall", 10, 16, 28),
])
def test_a_flanged_body_by_bore_and_wall(prompt: str, bore: float, od: float, flange: float) -> None:
    p = _params(prompt)
    assert (p["bore"], p["outer_diameter"], p["flange_diameter"]) == (bore, od, flange)


def test_a_bearing_pocket_named_by_the_bearing() -> None:
    p = _params("housing block for a 608 bearing: 40x40x12, bearing pocket 7 deep from the top, 10 mm hole through for the shaft")
    assert (p["thickness"], p["hole_diameter"], p["counterbore_diameter"], p["counterbore_depth"]) == (12, 10, 22, 7)


def test_a_pocket_in_a_corner_is_not_a_counterbore() -> None:
    _, uses = written_forms.expand("block 60 x 60 x 20, pocket in one corner 22 mm, 7 mm deep, and a 10 mm through hole")
    assert not any("counterbored" in u.meaning for u in uses)


def test_a_bar_section_in_inches() -> None:
    p = _params("a 6 ft length of 1 x 1 inch square bar")
    assert (p["length"], p["width"], p["thickness"]) == (1828.8, 25.4, 25.4)


@pytest.mark.parametrize("prompt, family, expect", [
    ("cap for a 6203 bearing: same OD as the bearing, 3 thick", "cylinder", {"diameter": 40, "height": 3}),
    ("housing for a 6205 bearing, 80 mm OD, as wide as the bearing, bored to the bearing OD",
     "tube", {"outer_diameter": 80, "inner_diameter": 52, "length": 15}),
    ("spacer to go on a 608's inner race, 5 long, 12 OD", "bolt_spacer", {"outer_diameter": 12, "bore": 8, "length": 5}),
])
def test_more_ways_to_refer_back_to_a_bearing(prompt: str, family: str, expect: dict[str, float]) -> None:
    r = generate_from_prompt(prompt)
    assert r.family == family and {k: r.params[k] for k in expect} == expect


def test_a_torus_centre_diameter_and_a_ring_with_a_centre_hole() -> None:
    p = _params("torus, tube Ø12, centre diameter 70")
    assert (p["ring_radius"], p["tube_radius"]) == (35, 6)
    r = generate_from_prompt("ring 50 OD with a 20 centre hole, 5 thick")  # not a torus: one 20 mm hole
    assert r.family == "tube" and (r.params["outer_diameter"], r.params["inner_diameter"], r.params["length"]) == (50, 20, 5)


def test_a_cited_standard_the_tables_follow_is_not_a_size() -> None:
    r = generate_from_prompt("M10 nut per ISO 4032")
    assert r.family == "hex_nut" and r.params["across_flats"] == 16
    assert r.reading is not None and r.reading.confidence == "high"
    other = generate_from_prompt("M10 nut to DIN 934")  # DIN 934 is 17 across flats at M10: not what was made
    assert other.reading is not None and other.reading.confidence != "high"


@pytest.mark.parametrize("prompt, family, expect", [
    ("plate 50 x 50 x 6 with a 6202 pressed into the middle", "plate_with_holes", {"hole_diameter": 35, "hole_count": 1}),
    ("bushing to go inside a 6001, 8 mm bore, 10 long", "tube", {"outer_diameter": 12, "inner_diameter": 8}),
    ("flange for 1-1/4\" sch 40 pipe: 120 OD, 12 thick, bore to suit the pipe OD, 4 holes 12 mm on 90 PCD",
     "flange", {"bore_diameter": 42.2, "outer_diameter": 120, "bolt_circle": 90}),
    ("slip-on flange for 2\" sch 40 pipe, 150 OD, 15 thick, four 18 mm holes on a 120 PCD", "flange", {"bore_diameter": 60.3}),
])
def test_a_part_that_holds_or_slips_over_a_named_part(prompt: str, family: str, expect: dict[str, float]) -> None:
    r = generate_from_prompt(prompt)
    assert r.family == family and {k: r.params[k] for k in expect} == expect


def test_a_pipe_on_its_own_is_still_the_pipe() -> None:
    p = _params("1-1/4\" sch 40 pipe, 300 long")
    assert (p["outer_diameter"], p["inner_diameter"], p["length"]) == (42.2, 35.08, 300)


def test_across_and_high_without_holes_is_a_diameter_and_a_height() -> None:
    _, uses = written_forms.expand("pot 80 across, 100 high, 2.5 mm walls, open top")
    assert uses == []
    p = _params("pot 80 across, 100 high, 2.5 mm walls, open top")
    assert (p["diameter"], p["height"], p["wall"]) == (80, 100, 2.5)


def test_a_grid_too_big_for_a_cube_is_still_refused() -> None:
    from naturalcad.sources.templates import NotUnderstood
    with pytest.raises(NotUnderstood, match="14 x 14"):
        generate_from_prompt("10 mm cube with a 3x3 grid of 4 mm holes at 5 mm pitch")


def test_a_bearing_seat_all_the_way_through() -> None:
    p = _params("housing for a 6001 bearing: 40 dia, 8 thick, bearing seat all the way through")
    assert (p["outer_diameter"], p["inner_diameter"], p["length"]) == (40, 28, 8)

"""Issue 12 items 1-4: each reading mechanism of the cova branch, checked by the values it produces.

Fast (no CAD): the parser, the standards expansion and the offline generator's parameters and
reading. The end-to-end geometry of the same kinds is scored on tests/data/coverage_cova.jsonl.
"""

from __future__ import annotations

import pytest

from naturalcad.prompt import infer_output_type
from naturalcad.prompt.numbers import apply_default_unit, normalize, takes_lone_unit, tokenize
from naturalcad.prompt.standards import expand
from naturalcad.sources.templates import generate_from_prompt, parse_prompt


def _made(prompt: str) -> tuple[str, dict[str, float | int | bool], str]:
    made = generate_from_prompt(prompt)
    assert made.reading is not None
    return made.family, made.params, made.reading.confidence


# ---- item 1: a bare number beside a lone written unit ------------------------------------------------------------
@pytest.mark.parametrize(("number", "unit", "takes"), [
    ("15", "cm", False), ("15", "in", False), ("1/16", "in", True), ("1 1/2", "in", True), ("0.25", "in", True),
    ("0,5", "in", True), ("Ø12", "in", False), ("2.5", "cm", False), ("3.00", "in", True), (".266", "in", True),
])
def test_a_bare_number_takes_the_lone_unit_only_when_nobody_means_mm(number: str, unit: str, takes: bool) -> None:
    assert takes_lone_unit(number, unit) is takes


def test_a_bare_radius_beside_cm_is_mm_and_the_reading_says_so() -> None:
    family, params, confidence = _made("cylinder radius 15, height 4 cm")
    assert family == "cylinder"
    assert params["diameter"] == pytest.approx(30.0)   # never 300
    assert params["height"] == pytest.approx(40.0)
    assert confidence == "medium"
    made = generate_from_prompt("cylinder radius 15, height 4 cm")
    assert made.reading is not None
    assert any(a.value == "mm" and "15" in a.name for a in made.reading.assumed)


def test_a_bare_whole_number_beside_inches_is_inches_but_only_assumed() -> None:
    made = generate_from_prompt("rod 1.5 inch diameter, 10 long")
    assert made.params["height"] == pytest.approx(254.0)
    assert made.reading is not None and made.reading.confidence == "medium"
    assert [a.value for a in made.reading.assumed if "10" in a.name] == ["in"]


def test_an_inch_drawing_with_decimals_to_two_places_is_inches_throughout() -> None:
    _, params, _ = _made("PLATE 1/4 THK, 4 X 4 IN, 4X Ø.266 THRU, 3.00 SQ PATTERN")
    assert (params["x_pitch"], params["y_pitch"], params["hole_diameter"]) == pytest.approx((76.2, 76.2, 6.7564))


def test_a_bare_fraction_beside_inches_stays_inches() -> None:
    tokens = tokenize("washer, OD 3/4 in, ID 3/8 in, 1/16 thick")
    assert apply_default_unit(tokens, "washer, OD 3/4 in, ID 3/8 in, 1/16 thick") == "in"
    assert [round(t.value, 4) for t in tokens if t.kind == "num"] == [19.05, 9.525, 1.5875]


def test_a_decimal_comma_before_inch_is_a_decimal() -> None:
    assert "0.5 inch" in normalize("spacer 0,5 inch OD")
    _family, params, _ = _made("spacer 0,75 inch OD, 6 mm hole, 20 mm long")
    assert params["outer_diameter"] == pytest.approx(19.05)
    assert params["length"] == pytest.approx(20.0)


def test_a_radius_written_after_the_number_sizes_the_hole_twice_over() -> None:
    spec = parse_prompt("ring OD 50, 8 thick, with a 10 mm radius hole in the middle")
    assert spec.dims["hole_diameter"] == pytest.approx(20.0)
    _, params, _ = _made("ring OD 50, 8 thick, with a 10 mm radius hole in the middle")
    assert params["inner_diameter"] == pytest.approx(20.0)


# ---- item 2: roles in context ----------------------------------------------------------------------------------
@pytest.mark.parametrize(("prompt", "od", "bore"), [
    ("hollow cylinder ID 1 inch, wall 1/8 inch, 2 inch long", 31.75, 25.4),
    ("hollow cylinder ID 3/4 inch, wall 1/8 inch, 3 inch long", 25.4, 19.05),
])
def test_id_plus_two_walls_is_the_outside_whatever_the_family(prompt: str, od: float, bore: float) -> None:
    _, params, _ = _made(prompt)
    assert params.get("diameter", params.get("outer_diameter")) == pytest.approx(od)
    assert params.get("bore_diameter", params.get("inner_diameter")) == pytest.approx(bore)


@pytest.mark.parametrize(("prompt", "size"), [
    ("open box, inside 100x50x30, 2.5 mm walls and floor", (105.0, 55.0, 32.5)),
    ("open box, inside dimensions 80x60x40, 3 mm walls and floor", (86.0, 66.0, 43.0)),
])
def test_inside_sizes_plus_walls_and_floor_are_the_outside(prompt: str, size: tuple[float, float, float]) -> None:
    family, params, confidence = _made(prompt)
    assert family == "open_box"
    assert (params["length"], params["width"], params["height"]) == pytest.approx(size)
    assert confidence == "high"   # every number was used: the inside sizes are outside - walls


@pytest.mark.parametrize(("prompt", "height"), [
    ("round cup, outside Ø50, pocket 30 deep, 3 mm sides, 4 mm floor", 34.0),
    ("round pot, outer Ø80, 40 deep inside, 2 mm sides, 5 mm base", 45.0),
    ("square tray 120 x 120 outside, pocket 20 deep, 2 mm walls, 3 mm floor", 23.0),
    ("tray 200 x 150, 30 deep, 2 mm sides, 3 mm base", 30.0),   # not an inside depth: the tray's height
])
def test_an_inside_depth_plus_the_floor_is_the_height(prompt: str, height: float) -> None:
    _, params, _ = _made(prompt)
    assert params["height"] == pytest.approx(height)


def test_wide_deep_tall_are_length_width_height() -> None:
    _, params, _ = _made("closed hollow box 60 wide 40 deep 25 tall, 1.6 shell")
    assert (params["length"], params["width"], params["height"], params["wall"]) == pytest.approx((60, 40, 25, 1.6))
    assert params["open_top"] is False


def test_a_pitch_along_a_flat_bar_sets_the_hole_count_at_high() -> None:
    family, params, confidence = _made("flat bar 300 x 25 x 6, 8 mm holes at 50 mm pitch")
    assert family == "plate_with_holes"
    assert (params["columns"], params["rows"], params["x_pitch"]) == (6, 1, 50.0)
    assert confidence == "high"   # "flat bar" is the stock, not a shaft flat left undone


def test_a_square_bar_with_cross_holes_is_its_section_drilled_through() -> None:
    _, params, confidence = _made("20 square bar 150 long, four 5 mm cross holes at 30 mm centres, centred on the length")
    assert (params["length"], params["width"], params["thickness"]) == (150.0, 20.0, 20.0)
    assert (params["columns"], params["hole_diameter"], params["x_pitch"]) == (4, 5.0, 30.0)
    assert confidence == "high"


# ---- item 3: standards and product names -----------------------------------------------------------------------
def test_a_nema_plate_that_names_the_frames_own_screws_gets_the_pilot_and_bolt_square() -> None:
    _, params, _ = _made("NEMA 17 motor mount plate 60x60x5, centre pilot hole and the 4 M3 holes")
    assert (params["columns"], params["rows"], params["x_pitch"], params["hole_diameter"]) == (2, 2, 31.0, 3.4)
    assert params["centre_hole"] == pytest.approx(22.5)
    _, params, _ = _made("NEMA 23 motor mount plate 70x70x6, centre pilot hole and the 4 M5 holes")
    assert (params["x_pitch"], params["hole_diameter"], params["centre_hole"]) == (47.14, 5.5, 38.6)


def test_other_screw_sizes_are_still_the_persons() -> None:
    _text, uses = expand("NEMA 17 motor mount plate 60x60x5 with 4 M4 holes")
    assert not any(u.typed.upper().startswith("NEMA") for u in uses)


@pytest.mark.parametrize(("prompt", "size", "hole"), [
    ("end cap for 2020 extrusion, 3 mm thick, solid", (20.0, 20.0, 3.0), None),
    ("4040 end plate 6 mm thick with an M8 close-fit clearance hole in the middle", (40.0, 40.0, 6.0), 8.4),
    ("2040 end cap 4 mm thick with an M5 clearance hole in the middle", (40.0, 20.0, 4.0), 5.5),
])
def test_an_end_plate_for_a_profile_is_its_outline(prompt: str, size: tuple[float, float, float], hole: float | None) -> None:
    family, params, confidence = _made(prompt)
    assert family == "plate_with_holes"
    assert (params["length"], params["width"], params["thickness"]) == size
    assert params.get("hole_diameter") == hole
    assert confidence == "high"


def test_the_extrusion_itself_is_still_a_profile() -> None:
    family, params, _ = _made("2020 aluminium extrusion 300 long")
    assert family == "tslot_profile" and params["length"] == 300.0


def test_a_bearing_bored_through_a_housing_block_is_a_block() -> None:
    family, params, _ = _made("housing block 40x40x12 with a through bore for a 608 bearing")
    assert family == "plate_with_holes"
    assert (params["thickness"], params["hole_diameter"], params["hole_count"]) == (12.0, 22.0, 1)


def test_a_thickness_given_wins_over_the_bearing_width() -> None:
    _, params, _ = _made("spacer ring matching a 6001 bearing (same bore and OD), 3 mm thick")
    assert (params["outer_diameter"], params["inner_diameter"], params["length"]) == (28.0, 12.0, 3.0)
    _, params, _ = _made("6003 bearing dummy")
    assert (params["outer_diameter"], params["inner_diameter"], params["length"]) == (35.0, 17.0, 10.0)


def test_a_card_sized_plate_is_an_id1_card_and_says_so() -> None:
    made = generate_from_prompt("credit card sized plate, 1 mm thick, with the same corner radius as a card")
    assert (made.params["length"], made.params["width"], made.params["thickness"]) == (85.6, 53.98, 1.0)
    assert made.params["corner_radius"] == pytest.approx(3.18)
    assert made.reading is not None and any("ID-1" in a.name for a in made.reading.assumed)


@pytest.mark.parametrize(("prompt", "d"), [("golf ball size sphere", 42.67), ("sphere the size of a ping pong ball", 40.0),
                                           ("tennis ball dummy", 67.0)])
def test_a_ball_named_by_its_sport_has_its_rule_size(prompt: str, d: float) -> None:
    family, params, _ = _made(prompt)
    assert family == "sphere" and params["diameter"] == pytest.approx(d)


def test_a_holder_for_a_ball_is_not_the_ball() -> None:
    _, uses = expand("holder for a golf ball")
    assert uses == []


# ---- item 4: drawing shorthand ---------------------------------------------------------------------------------
def test_sq_is_a_square_section() -> None:
    assert normalize("80 SQ x 12 THK").startswith("80 x 80 x 12")
    _, params, _ = _made("80 SQ x 12 THK, Ø25 CENTRE HOLE, 4X Ø8.4 ON 60 PCD")
    assert (params["length"], params["width"], params["thickness"]) == (80.0, 80.0, 12.0)
    assert (params["hole_count"], params["bolt_circle"], params["centre_hole"]) == (4, 60.0, 25.0)
    _, params, _ = _made("BAR 25 SQ X 150 LG, 2 X 45° CHAMFER BOTH ENDS")
    assert sorted([params["length"], params["width"], params["thickness"]]) == [25.0, 25.0, 150.0]


def test_a_square_tube_keeps_its_word() -> None:
    family, params, _ = _made("40 square tube, 2 mm wall, 500 long")
    assert family == "rect_tube" and params["outer_width"] == 40.0


@pytest.mark.parametrize(("prompt", "pitch"), [
    ("100x40x5 plate, 4X Ø5.5 THRU, CSK Ø10.4 X 90°, 80 X 20 PATTERN", (80.0, 20.0)),
    ("PLATE 100 X 60 X 8, 4X Ø6.6 THRU, 80 X 40 PATTERN", (80.0, 40.0)),
])
def test_a_pattern_that_is_not_the_hole_count_is_the_spacing(prompt: str, pitch: tuple[float, float]) -> None:
    _, params, _ = _made(prompt)
    assert (params["columns"], params["rows"]) == (2, 2)   # never 80 x 20 = 1600 holes
    assert (params["x_pitch"], params["y_pitch"]) == pitch


def test_a_small_grid_is_still_columns_and_rows() -> None:
    _, params, _ = _made("plate 90 by 90 by 6 with a 3 by 2 grid of 8 mm holes")
    assert (params["columns"], params["rows"]) == (3, 2)


def test_holes_on_the_centreline_are_a_place_not_a_path() -> None:
    assert infer_output_type("plate 250x120x10mm, 3 holes dia. 12 on the centreline, 60 mm apart").kind == "3d_solid"
    assert infer_output_type("pipe route centreline 500 long with two jogs").kind == "1d_path"
    family, params, _ = _made("plate 250x120x10mm, 3 holes dia. 12 on the centreline, 60 mm apart")
    assert family == "plate_with_holes"
    assert (params["columns"], params["x_pitch"], params["hole_diameter"]) == (3, 60.0, 12.0)


def test_a_slot_given_overall_makes_a_slotted_plate() -> None:
    family, params, _ = _made("100 X 50 X 10 BLOCK, SLOT 10 WIDE X 40 OVERALL THRU, CENTRED, ALONG 100")
    assert family == "plate_with_holes"
    assert (params["slot_length"], params["slot_width"]) == (40.0, 10.0)   # overall: no width added


@pytest.mark.parametrize(("prompt", "pocket"), [
    ("PLATE 100 X 80 X 10, POCKET 60 X 40 X 5 DP, R5 POCKET CORNERS, CENTRED", (60.0, 40.0, 5.0, 5.0)),
    ("plate 100 x 60 x 8 with a 60 x 30 pocket 4 deep", (60.0, 30.0, 4.0, 0.0)),
])
def test_a_pocket_callout_is_a_pocket_never_a_hole(prompt: str, pocket: tuple[float, float, float, float]) -> None:
    family, params, confidence = _made(prompt)
    assert family == "plate_with_holes" and "hole_diameter" not in params
    assert (params["pocket_length"], params["pocket_width"], params["pocket_depth"], params["pocket_corner_radius"]) == pocket
    assert confidence == "high"


def test_a_pocket_deeper_than_the_plate_is_refused_with_the_reason() -> None:
    from naturalcad.sources.templates import NotUnderstood

    with pytest.raises(NotUnderstood, match=r"12 mm deep pocket goes through the 10 mm thick plate \(by 2 mm\)"):
        generate_from_prompt("PLATE 100 X 80 X 10, POCKET 60 X 40 X 12 DP")


def test_the_first_hole_from_the_end_is_read_as_the_rows_margin() -> None:
    """The end distance is used (it is what centres the row), so the reading is high and keeps the template's part."""
    _, params, confidence = _made("bar 250 long, 30 wide, 10 thick, 10 mm holes at 50 mm pitch, first hole 25 from the end")
    assert (params["columns"], params["x_pitch"]) == (5, 50.0)
    assert (params["length"] - (params["columns"] - 1) * params["x_pitch"]) / 2 == 25.0
    assert confidence == "high"


def test_a_slot_with_a_depth_is_not_cut_through_a_plate() -> None:
    _family, params, confidence = _made("block 80x30x20 with a slot 20 wide, 10 deep, the full length along the top")
    assert "slot_length" not in params
    # since session 6 the groove is built as one (groove_features.py): 20 x 10, open at both ends, along X
    assert (params["groove_width"], params["groove_depth"], params["groove_along_length"]) == (20.0, 10.0, True)
    assert confidence == "high"  # every number and word of it is now read and built


def test_a_size_written_on_the_sheet_is_its_thickness() -> None:
    _, params, _ = _made("⌀6 holes, four of them, in a 2 mm sheet 50 square")
    assert (params["length"], params["width"], params["thickness"]) == (50.0, 50.0, 2.0)
    _, params, _ = _made("a 3 mm aluminium plate 120 x 80 with 4 holes")
    assert params["thickness"] == 3.0

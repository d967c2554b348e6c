"""Drawing and catalogue shorthand (issue 12 item 4): each note binds its own numbers.

The rules of `drawing_notes.py` are tested by what they rewrite and, end to end, by the
parameters the part is built with (counts, sizes, where the holes go)."""

from __future__ import annotations

import pytest

from naturalcad.sources.templates import generate_from_prompt
from naturalcad.sources.templates.drawing_notes import hole_place_text, names, normalise
from naturalcad.sources.templates.parse import parse_prompt


@pytest.mark.parametrize("note,rule,written", [
    ("R8 TYP (4 CORNERS)", "radius_places", "R8 corners"),
    ("R5 TYP (4 PLCS)", "radius_places", "R5 corners"),
    ("R3 TYP 4 PLCS", "radius_places", "R3 corners"),
    ("R5, 4 PLCS", "radius_places", "R5 corners"),
    ("R5 ALL CORNERS", "radius_places", "R5 corners"),
    ("4X R6", "radius_places_before", "R6 corners"),
    ("SLOT 6 W x 30 LG OA", "slot_w_lg", "a 30 x 6 slot"),
    ("SLOT 40 LG x 10 W", "slot_lg_w", "a 40 x 10 slot"),
    ("a 120 long slot 8 wide", "slot_long_wide", "a 120 x 8 slot"),
    ("a slot 12 wide and 70 long", "slot_wide_and_long", "a 70 x 12 slot"),
    ("with centres 8 from each edge", "edge_centres", "8 from each edge"),
    ("whose centre is 2 mm from one edge", "edge_named", "2 mm from the edge"),
    ("3 mm in from the long edge", "edge_named", "3 mm in from the edge"),
    ("a 20 deep blind hole", "depth_first", "a 20 DP blind hole"),
    ("4X Ø6.6 THRU ON 70 SQ", "on_square", "on a 70 sq pattern"),
    ("SQ TUBE 40 x 3 WALL", "square_shape", "square TUBE 40 x 3 WALL"),
    ("sq. bar 20 x 300 long", "square_shape", "square bar 20 x 300 long"),
    ("Ø10 THRU CTR", "centre_abbrev", "Ø10 THRU centre"),
    ("2X Ø8.5 THRU, 80 CTRS", "centre_abbrev", "80 centres"),
    ("R6 CNRS", "corner_abbrev", "R6 corners"),
    ("6 HOLES Ø6.6 EQUI-SPACED ON Ø60", "on_circle_diameter", "equally spaced on a 60 PCD"),
    ("4X M5 x 0.8 - 6H x 10 DP", "thread_class", "M5 x 0.8 TAP"),
])
def test_each_note_is_written_out(note, rule, written):
    assert rule in names(note)
    assert written in normalise(note), normalise(note)


def test_a_radius_larger_than_nine_is_not_split_into_a_count():
    assert normalise("plate 50 x 50 x 5, R30 corners") == "plate 50 x 50 x 5, R30 corners"


def test_corner_shapes_say_nothing_about_where_holes_go():
    assert "corner" not in hole_place_text("R8 corners, rounded corners, corner radius 3").lower()
    assert "corners" in hole_place_text("Ø8 holes in the corners, R6 corners")


@pytest.mark.parametrize("prompt,holes,radius", [
    ("PLATE 80 x 50 x 6 THK, Ø10 THRU CTR, R8 TYP (4 CORNERS)", 1, 8.0),   # coverage4 c485 built four
    ("PLATE 60 x 40 x 5, Ø12 THRU CTR, R5 TYP (4 PLCS)", 1, 5.0),
    ("PLATE 60 x 40 x 5, Ø12 THRU CTR, 4X R5", 1, 5.0),
    ("plate 90 x 60 x 5, Ø20 hole in the middle, R10 corners", 1, 10.0),
])
def test_a_count_that_qualifies_a_corner_radius_is_not_a_hole_count(prompt, holes, radius):
    made = generate_from_prompt(prompt)
    assert made.params.get("hole_count", made.params.get("columns", 0) * made.params.get("rows", 0)) == holes
    assert made.params["corner_radius"] == radius
    assert made.reading is not None and made.reading.confidence == "high"


def test_each_callout_binds_its_own_diameter_count_and_place():
    # coverage4 c488: the Ø60 centre hole was put in the corners
    made = generate_from_prompt("BASE PLATE 250 x 150 x 15 THK, 4x M10 x 1.5 TAP THRU 20 FROM EDGES, Ø60 THRU CTR")
    p = made.params
    assert (p["length"], p["width"], p["thickness"]) == (250.0, 150.0, 15.0)
    assert p["columns"] * p["rows"] == 4 and p["edge_offset"] == 20.0
    assert p["hole_diameter"] == 8.5 and p["tapped"] is True   # M10 x 1.5 tap drill
    assert p["centre_hole"] == 60.0


def test_a_counterbore_note_does_not_make_the_centre_hole_a_second_hole():
    made = generate_from_prompt("BLOCK 60 x 40 x 20, Ø10 THRU CTR, C'BORE Ø16 x 8 DP")
    p = made.params
    assert p["hole_diameter"] == 10.0 and p["hole_count"] == 1
    assert (p["counterbore_diameter"], p["counterbore_depth"]) == (16.0, 8.0)


@pytest.mark.parametrize("prompt,length,width,slot", [
    ("PLATE 100 LG x 40 W x 5 THK, SLOT 6 W x 30 LG OA, CTRD", 100.0, 40.0, (30.0, 6.0)),   # coverage4 c490
    ("PLATE 120 LG x 50 W x 8 THK, SLOT 10 W x 40 LG OA, CTRD", 120.0, 50.0, (40.0, 10.0)),
    ("plate 150 x 60 x 6 with a 50 long slot 8 wide in the middle", 150.0, 60.0, (50.0, 8.0)),
])
def test_slot_callouts_with_width_and_overall_length(prompt, length, width, slot):
    made = generate_from_prompt(prompt)
    p = made.params
    assert (p["length"], p["width"]) == (length, width)
    assert (p["slot_length"], p["slot_width"], p["slot_count"]) == (*slot, 1)
    assert "hole_count" not in p and "columns" not in p
    assert made.reading is not None and made.reading.confidence == "high"


def test_an_edge_distance_written_as_centres_is_not_a_pitch():
    # coverage4 c424: refused as "8 mm holes at 8 mm pitch"
    made = generate_from_prompt("80 x 80 plate 4mm, R6 corners, Ø8 holes in the corners with centres 8 from each edge")
    p = made.params
    assert p["columns"] * p["rows"] == 4 and p["edge_offset"] == 8.0 and p["hole_diameter"] == 8.0
    assert p["corner_radius"] == 6.0


def test_holes_on_a_square_written_on_sq():
    spec = parse_prompt("PLATE 100 x 100 x 8, 4X Ø6.6 THRU ON 70 SQ")
    assert spec.counts["holes"] == 4
    made = generate_from_prompt("PLATE 100 x 100 x 8, 4X Ø6.6 THRU ON 70 SQ")
    assert (made.params["x_pitch"], made.params["y_pitch"]) == (70.0, 70.0)


@pytest.mark.parametrize("prompt,count,dia", [
    ("plate 100 x 60 x 5 with 4 Ø6 holes in the corners", 4, 6.0),
    ("flat bar 300 x 30 x 6, 6 Ø8 holes at 40 pitch", 6, 8.0),
])
def test_a_count_before_a_diameter_counts_the_holes_it_sizes(prompt, count, dia):
    spec = parse_prompt(prompt)
    assert spec.counts["holes"] == count and spec.dims["hole_diameter"] == dia


def test_ten_holes_written_with_a_diameter_that_do_not_fit_are_refused():
    from naturalcad.sources.templates import NotUnderstood

    with pytest.raises(NotUnderstood) as err:
        generate_from_prompt("flat bar 200 x 20 x 10, 10 Ø8 holes at 25 pitch")
    assert "10 holes of 8 mm at 25 mm pitch" in str(err.value) and "200 x 20" in str(err.value)


def test_corners_written_cnrs_are_rounded():
    # once built with square corners at high
    made = generate_from_prompt("COVER 100 x 100 x 3 THK, 4 HOLES Ø4.5 ON 88 SQ, R6 CNRS")
    p = made.params
    assert p["corner_radius"] == 6.0 and (p["x_pitch"], p["y_pitch"]) == (88.0, 88.0) and p["hole_diameter"] == 4.5


def test_on_a_pcd_already_written_is_left_alone():
    assert normalise("4 holes Ø8 on Ø70 PCD") == "4 holes Ø8 on Ø70 PCD"


@pytest.mark.parametrize("prompt,count,pcd", [
    ("PLATE 100 x 80 x 10, 6 HOLES Ø6.6 EQUI-SPACED ON Ø60", 6, 60.0),
    ("FLANGE Ø120 x 15, 4X Ø11 ON Ø90, Ø50 BORE", 4, 90.0),
])
def test_holes_on_a_circle_written_on_a_diameter(prompt, count, pcd):
    made = generate_from_prompt(prompt)
    assert made.params["hole_count"] == count and made.params["bolt_circle"] == pcd


def test_a_thread_tolerance_class_makes_a_tapped_hole():
    made = generate_from_prompt("BLOCK 40 x 40 x 20, 4X M5 x 0.8 - 6H x 10 DP ON 30 SQ")
    p = made.params
    assert p["tapped"] is True and p["hole_diameter"] == 4.2 and p["hole_depth"] == 10.0
    assert (p["x_pitch"], p["y_pitch"]) == (30.0, 30.0)

"""CAD-sequence descriptions (Text2CAD style): parts on coordinate systems, loops, scale, two-way extrusion."""

from __future__ import annotations

import math

import pytest

from naturalcad.steps import ops
from naturalcad.steps.generate import generate_steps
from naturalcad.steps.read import read


def _solid(prompt):
    made = generate_steps(prompt)
    assert made is not None
    scope: dict = {}
    exec(made.code, scope)  # the script as the sandbox would run it
    return made, scope["result"]


PLATE_AND_BOSS = (
    "Part 1: a plate with a hole. Start by creating a new coordinate system with Euler angles set to [0.0, 0.0, 0.0] "
    "and a translation vector of [0.0, 0.0, 0.0]. On the first face, in the first loop draw four lines: the first "
    "line starts at (0.0, 0.0) and ends at (0.8, 0.0); the second line starts at (0.8, 0.0) and ends at (0.8, 0.4); "
    "the third line from (0.8, 0.4) to (0.0, 0.4); the fourth line from (0.0, 0.4) to (0.0, 0.0). In the second loop, "
    "draw a circle with a center at (0.2, 0.2) and a radius of 0.05. Apply a scale factor of 0.75 to the sketch. "
    "Extrude the two-dimensional sketch along the normal direction by 0.1 units, without extruding in the opposite "
    "direction, creating a new solid body.\n"
    "Part 2: a round boss. Create a new coordinate system with Euler angles [0.0, 0.0, 0.0] and translation vector "
    "[0.45, 0.15, 0.1]. Draw a circle with its center at (0.0, 0.0) and a radius of 0.1. Extrude 0.2 towards the "
    "normal and add the result to the existing body.")


def test_parts_are_placed_by_their_coordinate_system_and_joined():
    made, solid = _solid(PLATE_AND_BOSS)
    size = solid.bounding_box().size
    assert sorted([size.X, size.Y, size.Z]) == pytest.approx([0.3, 0.3, 0.6], abs=1e-6)
    plate = 0.6 * 0.3 * 0.1 - math.pi * 0.0375 ** 2 * 0.1
    assert solid.volume == pytest.approx(plate + math.pi * 0.1 ** 2 * 0.2, rel=1e-3)
    assert made.reading.confidence == "high"
    assert [s.operation for s in made.reading.steps] == ["sketch and extrude", "sketch and extrude"]


def test_a_ring_between_two_circles_cut_in_the_opposite_direction():
    prompt = ("Create a new coordinate system with zero rotation and zero translation. Sketch a circle centred at (0, 0) "
              "with radius 30 and extrude it 10 along the normal. "
              "Part 2: Create an annular groove. New coordinate system: translation (0, 0, 10). Sketch two concentric "
              "circles at (0, 0), radius 25 and radius 15. Extrude the region between them 4 opposite to the normal.")
    made, solid = _solid(prompt)
    want = math.pi * 30 ** 2 * 10 - math.pi * (25 ** 2 - 15 ** 2) * 4
    assert solid.volume == pytest.approx(want, rel=1e-3)
    assert made.reading.steps[-1].summary.endswith("cut from the part")


def test_arcs_take_their_mid_point_and_a_symmetric_extrusion_goes_both_ways():
    prompt = ("Create a new coordinate system with Euler angles [0, 0, 0] and translation vector [0, 0, 0]. Draw a 2D "
              "sketch on face 1. Loop 1: a line from (0, 0) to (40, 0); an arc starting at (40, 0), with a midpoint at "
              "(50, 10), ending at (40, 20); a line from (40, 20) to (0, 20); a line from (0, 20) to (0, 0). "
              "Extrude the sketch 6 symmetrically in both directions.")
    made, solid = _solid(prompt)
    assert made.reading.confidence == "high"
    assert solid.volume == pytest.approx((40 * 20 + math.pi * 10 ** 2 / 2) * 6, rel=1e-3)
    size = solid.bounding_box().size
    assert pytest.approx((50, 20, 6), abs=1e-6) == (size.X, size.Y, size.Z)
    op = read(prompt).operations[0][1]
    assert isinstance(op, ops.SketchSolid) and op.towards == op.opposite == 3.0


def test_a_part_without_a_closed_loop_is_named_and_the_reading_is_low():
    prompt = ("Part 1: Create a new coordinate system with Euler angles [0, 0, 0] and translation vector [0, 0, 0]. "
              "Draw a circle centred at (0, 0) with a radius of 10. Extrude 5 towards the normal. "
              "Part 2: Create a new coordinate system with translation vector [0, 0, 5]. Draw a spline through the "
              "control points and extrude it 3 towards the normal, joining it to the body.")
    made = generate_steps(prompt)
    assert made is not None and made.reading.confidence == "low"
    assert any(p.startswith("step 2 not understood") for p in made.reading.not_understood)


def test_a_stated_final_size_that_disagrees_keeps_the_reading_from_high():
    prompt = ("Create a new coordinate system with Euler angles [0, 0, 0] and translation vector [0, 0, 0]. "
              "In the first loop draw a line from (0, 0) to (10, 0), a line from (10, 0) to (10, 5), a line from (10, 5) "
              "to (0, 5) and a line from (0, 5) to (0, 0). Extrude 2 towards the normal. "
              "The final dimensions are length 20, width 5 and height 2.")
    made = generate_steps(prompt)
    assert made is not None and made.reading.confidence != "high"
    assert any("stated final size" in a for a in made.reading.assumed)


def test_holes_whose_places_never_come_make_the_reading_low():
    made = generate_steps("Start with a 30 mm cube. Then drill three 10 mm holes through it, meeting in the middle.")
    assert made is not None and made.reading.confidence == "low"
    assert any("where the 3 holes go" in p for p in made.reading.not_understood)


def test_a_size_no_operation_used_is_listed_and_the_reading_is_low():
    reader = read("Start with a cylinder 40 mm in diameter and 20 mm tall, knob 7 mm. Then chamfer the top edge 1 mm.")
    assert "step 1: 7 mm not used" in reader.reading.unread
    assert reader.reading.confidence == "low"


def test_the_key_value_form_of_a_cad_sequence():
    prompt = ("Part 1: Coordinate System: Euler Angles: [0.0, 0.0, -90.0]; Translation Vector: [0.0, 0.375, 0.0]. "
              "Sketch: Face 1: Loop 1: Line 1: Start (0.0, 0.0), End (0.75, 0.0); Line 2: Start (0.75, 0.0), End (0.75, 0.5); "
              "Line 3: Start (0.75, 0.5), End (0.0, 0.5); Line 4: Start (0.0, 0.5), End (0.0, 0.0). Loop 2: Circle 1: "
              "Center (0.375, 0.25), Radius 0.1. Sketch scale: 0.75. Extrusion: Extrude depth towards normal: 0.375; "
              "Extrude depth opposite normal: 0.0; Operation: NewBodyFeatureOperation.")
    made, solid = _solid(prompt)
    size = solid.bounding_box().size
    # Text2CAD's minimal JSON writes the sketch at its final size and "sketch_scale" is its largest
    # extent (CadSeqProc extrude_sequence.sketch_size; json_to_NormalizedCAD denormalises the sketch by
    # it before writing): a 0.75-wide sketch with sketch scale 0.75 is 0.75 wide (was 0.5625 here).
    assert sorted([size.X, size.Y, size.Z]) == pytest.approx([0.375, 0.5, 0.75], abs=1e-6)
    assert solid.volume == pytest.approx(0.75 * 0.5 * 0.375 - math.pi * 0.1 ** 2 * 0.375, rel=1e-3)
    assert made.reading.confidence == "high"


def test_a_rectangle_given_by_two_corners_is_a_closed_four_sided_loop():
    prompt = ("Part 1: create a coordinate system with Euler angles (0, 0, 0) and translation (0, 0, 0). Sketch a "
              "rectangle (face 1, loop 1) with corners (0, 0) and (70, 50). Sketch scale 1.0. Extrude 20 towards the "
              "normal as a new body. Part 2: new coordinate system with Euler angles (0, 0, 0) and translation "
              "(0, 0, 20). Sketch face 1, loop 1: a square from (10, 10) to (60, 40). Sketch scale 1.0. Extrude 0 "
              "towards the normal and 12 in the opposite direction, removing material.")
    made, solid = _solid(prompt)
    size = solid.bounding_box().size
    assert sorted([size.X, size.Y, size.Z]) == pytest.approx([20, 50, 70], abs=1e-6)
    assert solid.volume == pytest.approx(70 * 50 * 20 - 50 * 30 * 12, rel=1e-6)
    assert made.reading.confidence == "high"


def test_a_two_point_loop_that_names_no_rectangle_is_a_problem_not_a_sliver():
    prompt = ("Create a new coordinate system with Euler angles 0, 0, 0 and translation 0, 0, 0. On face 1, loop 1 "
              "draw a line from (0, 0) to (40, 20) and back. Sketch scale 1.0. Extrude 5 towards the normal.")
    reading = read(prompt).reading
    assert reading.confidence == "low"
    assert "two points" in (reading.steps[0].problem or "")

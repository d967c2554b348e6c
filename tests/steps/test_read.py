"""Reading steps into operations: numbers bound, positions, what is not understood."""

from __future__ import annotations

import math

import pytest

from naturalcad.steps import ops
from naturalcad.steps.read import read


def _ops(prompt):
    return [op for _, op in read(prompt).operations]


def test_plate_with_counterbored_hole():
    found = _ops("This is a rectangular plate with a single hole with a counterbore. 1. The plate is 20 mm wide and "
                 "40 mm long with 5 mm thickness. 2. The hole is centred, 6 mm in diameter, going all the way through, "
                 "with a 10 mm counterbore 2 mm deep from the top face.")
    assert found[0] == ops.Box(40.0, 20.0, 5.0, what="plate")
    hole = found[1]
    assert isinstance(hole, ops.Holes)
    assert (hole.diameter, hole.depth, hole.counterbore, hole.positions) == (6.0, None, (10.0, 2.0), [(0.0, 0.0)])


def test_corner_holes_from_the_edges():
    hole = _ops("1. Sketch a rectangle 100 x 60 mm and extrude 8 mm.\n2. Drill four 6.5 mm through holes, one in each "
                "corner, with each hole centre 8 mm from both adjacent edges.")[1]
    assert isinstance(hole, ops.Holes)
    assert sorted(hole.positions) == [(-42.0, -22.0), (-42.0, 22.0), (42.0, -22.0), (42.0, 22.0)]


def test_pitch_circle_holes():
    holes = [op for op in _ops("First make a disc 100 mm in diameter and 12 mm thick. Then bore a 40 mm hole through "
                               "the centre. Next drill six 8.5 mm bolt holes equally spaced on a 75 mm pitch circle "
                               "diameter.") if isinstance(op, ops.Holes)]
    assert [h.diameter for h in holes] == [40.0, 8.5]
    assert len(holes[1].positions) == 6
    assert all(math.isclose(math.hypot(x, y), 37.5) for x, y in holes[1].positions)


def test_holes_placed_in_a_later_sentence():
    hole = _ops("A flat bar 80 mm long, 20 mm wide and 6 mm thick with two countersunk holes for M5 flat-head screws. "
                "Each hole is 5.5 mm through with a 90 degree countersink opening to 11 mm diameter at the top face. "
                "The hole centres lie on the centreline, 12 mm in from each end.")[1]
    assert isinstance(hole, ops.Holes)
    assert (hole.diameter, hole.countersink, sorted(hole.positions)) == (5.5, (11.0, 90.0), [(-28.0, 0.0), (28.0, 0.0)])


def test_inch_sizes_become_millimetres():
    base = _ops("Plate 4 in x 2 in x 1/4 in thick. Drill two 1/4 in through holes on the long centreline, "
                "each 1/2 in in from the ends.")
    assert base[0] == ops.Box(101.6, 50.8, 6.35, what="plate")
    assert isinstance(base[1], ops.Holes) and base[1].diameter == pytest.approx(6.35)


def test_revolve_from_points_sketched_in_an_earlier_step():
    found = _ops("In the XZ plane draw a closed profile through these points: (10,0), (20,0), (20,5), (15,5), (15,25), "
                 "(10,25). Revolve it 360 degrees about the Z axis.")
    assert found == [ops.Revolve([(10.0, 0.0), (20.0, 0.0), (20.0, 5.0), (15.0, 5.0), (15.0, 25.0), (10.0, 25.0)], 360.0)]


def test_reading_binds_numbers_and_lists_steps_not_understood():
    reader = read("Step 1: Make the head, a cylinder 20 mm in diameter and 10 mm thick.\n"
                  "Step 2: Knurl the cylindrical side of the head with a 0.8 mm pitch straight knurl.\n"
                  "Step 3: Fillet the top edge of the head with a 1 mm radius.")
    out = reader.reading.to_dict()
    assert out["confidence"] == "low" and out["family"] == "steps"
    assert out["not_understood"] == ["step 2 not understood: 'Knurl the cylindrical side of the head with a 0.8 mm pitch "
                                     "straight knurl' (knurl cannot be modelled from a description; the part is built without it)"]
    assert [(v["text"], v["role"]) for v in out["values"]] == [("20", "diameter"), ("10", "height"), ("0.8", None), ("1", "fillet")]
    assert [s["operation"] for s in out["steps"]] == ["round body", None, "edges"]
    assert set(out) >= {"confidence", "family", "why", "values", "unread", "assumed", "steps"}


def test_everything_read_is_high_confidence():
    out = read("Make a 40 x 40 x 20 block. Chamfer the four top edges 2 mm.").reading.to_dict()
    assert out["confidence"] == "high" and out["not_understood"] == []


@pytest.mark.parametrize("prompt, sentence", [
    ("1. Block 20 x 20 x 10 mm. 2. Fillet all edges with a 6 mm radius.",
     "step 2 could not be applied: a 6 mm fillet is too large"),
    ("1. Plate 50 x 30 x 5 mm. 2. Drill a 5 mm hole at (60, 10).",
     "step 2 could not be applied: a hole at (60, 10) is outside the 50 × 30 mm face"),
    ("1. Block 20 x 20 x 10 mm. 2. Shell it to 6 mm walls, removing the top face.",
     "step 2 could not be applied: a 6 mm wall leaves nothing"),
])
def test_steps_that_cannot_be_applied_say_why(prompt, sentence):
    reader = read(prompt)
    problems = reader.reading.not_understood
    assert len(problems) == 1 and problems[0].startswith(sentence)
    assert all(n != 2 for n, _ in [(reader.number_of(i), op) for i, op in reader.operations])


def test_sketch_written_as_lines_and_circles_is_scaled_and_extruded():
    found = _ops("The object is a rectangular plate with a central hole. Begin by creating a new coordinate system with "
                 "Euler angles of 0.0, 0.0, 0.0. In the first loop, draw a line from (0.0, 0.0) to (0.75, 0.0), then a "
                 "line from (0.75, 0.0) to (0.75, 0.5), a line from (0.75, 0.5) to (0.0, 0.5), and a line from (0.0, 0.5) "
                 "to (0.0, 0.0). In the second loop, draw a circle with a center at (0.375, 0.25) and a radius of 0.1. "
                 "Scale the sketch by a factor of 0.75. Extrude the sketch 0.05 units towards the normal. "
                 "The final dimensions are length 0.5625, width 0.375 and height 0.05.")
    (solid,) = found
    assert isinstance(solid, ops.SketchSolid) and solid.towards == 0.05 and solid.opposite == 0.0
    outline, hole = solid.loops
    assert outline.points == [(0.0, 0.0), (0.5625, 0.0), (0.5625, 0.375), (0.0, 0.375), (0.0, 0.0)]
    assert hole.circle == (pytest.approx(0.28125), pytest.approx(0.1875), pytest.approx(0.075))


def test_cone_then_a_hole():
    found = _ops("Start with a cone 40 mm base diameter, 20 mm top diameter and 30 mm tall. Then drill a 6 mm hole "
                 "through the centre.")
    assert found[0] == ops.Cone(40.0, 20.0, 30.0)
    assert isinstance(found[1], ops.Holes) and found[1].diameter == 6.0


def test_holes_either_side_of_a_centreline_at_stations_from_one_end():
    hole = _ops("Sketch a T profile: a top flange 60 mm wide and 8 mm thick, with a web 8 mm thick hanging 40 mm below "
                "the flange from its middle. Extrude the T 100 mm. Then drill four 6 mm holes vertically through the "
                "flange only, 20 mm either side of the web centreline, at 25 mm and 75 mm from one end.")[-1]
    assert isinstance(hole, ops.Holes)
    assert sorted(hole.positions) == [(-20.0, -25.0), (-20.0, 25.0), (20.0, -25.0), (20.0, 25.0)]


def test_bosses_placed_and_sized_in_later_sentences_then_drilled():
    found = _ops("Step 1 - Start with a solid block 100 mm long in X, 60 mm wide in Y and 40 mm tall in Z.\n"
                 "Step 2 - Shell it with a wall thickness of 2 mm, removing the top face.\n"
                 "Step 3 - Inside the box, stand four cylindrical bosses on the floor, each 7 mm in diameter. Their "
                 "centres are at X = +/-40 mm and Y = +/-20 mm. Each boss rises from the floor up to Z = 35.\n"
                 "Step 4 - Drill a 2.5 mm pilot hole into the top of each boss, 10 mm deep (the holes do not go "
                 "through the floor).")
    bosses = [op.body for op in found if isinstance(op, ops.Boss)]
    assert sorted(b.centre for b in bosses) == [(-40.0, -20.0), (-40.0, 20.0), (40.0, -20.0), (40.0, 20.0)]
    assert {(b.z0, b.height) for b in bosses} == {(2.0, 33.0)}
    hole = found[-1]
    assert isinstance(hole, ops.Holes) and (hole.depth, hole.start_z, len(hole.positions)) == (10.0, 35.0, 4)


def test_features_listed_after_the_base_sizes_and_two_edge_sets_under_one_verb():
    found = _ops("Spacer: cylinder 20 mm diameter, 10 mm long, 6 mm hole through the axis. Chamfer both edges of the "
                 "hole 1 mm and both outer circular edges 0.5 mm.")
    assert isinstance(found[0], ops.Cylinder) and (found[0].diameter, found[0].height) == (20.0, 10.0)
    assert isinstance(found[1], ops.Holes) and found[1].diameter == 6.0 and found[1].positions == [(0.0, 0.0)]
    assert [(e.kind, e.size, e.which) for e in found[2:]] == [("chamfer", 1.0, "hole"), ("chamfer", 0.5, "ends_outer")]


def test_a_loft_section_shifted_along_x():
    (loft,) = _ops("Loft (ruled) from a 40 x 40 mm square on the XY plane to a 20 x 20 mm square 40 mm above it whose "
                   "centre is shifted 10 mm in +X relative to the bottom square's centre.")
    assert isinstance(loft, ops.Loft)
    assert [(s.size, s.z, s.centre) for s in loft.sections] == [((40.0, 40.0), 0.0, (0.0, 0.0)), ((20.0, 20.0), 40.0, (10.0, 0.0))]


def test_extrude_depth_is_not_a_size_of_the_sketch():
    (disc,) = _ops("Extrude a 50 mm diameter circle 20 mm.")[:1]
    assert isinstance(disc, ops.Cylinder) and (disc.diameter, disc.height) == (50.0, 20.0)


def test_hole_placed_from_a_named_edge_and_centred_the_other_way():
    hole = _ops("Draw a rectangle 80 mm by 40 mm. Extrude it 15 mm. Drill a 10 mm hole 20 mm from the left edge, "
                "centered vertically.")[-1]
    assert isinstance(hole, ops.Holes) and hole.positions == [(-20.0, 0.0)]
    hole = _ops("Plate 100 x 60 x 5 mm. Drill a 6 mm hole 15 mm from the right edge and 10 mm from the bottom edge.")[-1]
    assert isinstance(hole, ops.Holes) and hole.positions == [(35.0, -20.0)]


def test_add_a_chamfer_a_cut_circle_and_corner_holes_by_corner_distance():
    found = _ops("Start with a cylinder of radius 15 mm and height 40 mm. Add a chamfer of 1 mm to the top edge.")
    assert found[-1] == ops.Edges("chamfer", 1.0, "top")
    found = _ops("Sketch a circle of radius 25 mm and extrude it by 10 mm. Then create a concentric circle of radius "
                 "10 mm on the top face and cut-extrude it through all.")
    assert isinstance(found[-1], ops.Holes) and found[-1].diameter == 20.0 and found[-1].positions == [(0.0, 0.0)]
    holes = _ops("Create a 100 x 50 x 10 mm plate. Add four M6 clearance holes 10 mm from each corner.")[-1]
    assert isinstance(holes, ops.Holes) and sorted(holes.positions) == [(-40.0, -15.0), (-40.0, 15.0), (40.0, -15.0), (40.0, 15.0)]


def test_fillet_all_vertical_edges_and_a_pocket_given_by_its_diameter():
    found = _ops("First, extrude a 30 x 30 mm square 50 mm. Next, fillet all vertical edges with 5 mm radius. "
                 "Finally, cut a 10 mm deep, 20 mm diameter pocket in the top face.")
    assert found[1] == ops.Edges("fillet", 5.0, "vertical")
    assert isinstance(found[2], ops.Pocket) and (found[2].shape, found[2].size, found[2].depth) == ("circle", (20.0, 20.0), 10.0)


def test_a_step_without_numbers_that_orders_an_operation_is_read():
    found = _ops("Model a hex nut: 10 mm across flats, 8 mm thick. Then drill an M6 hole through the centre.")
    assert isinstance(found[-1], ops.Holes) and found[-1].diameter == 6.6


def test_revolve_a_rectangle_offset_from_the_axis():
    (ring,) = _ops("Revolve a rectangle 10 mm wide and 30 mm tall, offset 20 mm from the axis, 360 degrees.")
    assert ring == ops.Revolve([(20.0, 0.0), (30.0, 0.0), (30.0, 30.0), (20.0, 30.0)], 360.0)


def test_tube_by_wall_thickness_cube_by_side_and_a_square_extruded_on_the_top_face():
    (tube,) = _ops("Create a tube with an outer diameter of 50 mm, wall thickness of 5 mm and length of 100 mm. "
                   "Then chamfer the outer top edge 1 mm.")[:1]
    assert isinstance(tube, ops.Cylinder) and (tube.diameter, tube.bore, tube.height) == (50.0, 40.0, 100.0)
    (cube,) = _ops("Step 1: Create a cube with side 50 mm. Step 2: Chamfer all outer edges 2 mm.")[:1]
    assert isinstance(cube, ops.Box) and (cube.length, cube.width, cube.height) == (50.0, 50.0, 50.0)
    added = _ops("Draw a 40 mm by 20 mm rectangle on the XY plane. Extrude it 5 mm. On the top face, sketch a 10 mm "
                 "by 10 mm square centred on the part and extrude it 15 mm upward.")[-1]
    assert isinstance(added, ops.Boss) and added.body == ops.Box(10.0, 10.0, 15.0, z0=5.0, what="block")


def test_the_first_diameter_is_the_bodys_and_a_hole_from_one_end():
    found = _ops("The object is a cylinder with a central hole. The cylinder has a diameter of 50 mm and a height of "
                 "30 mm, and the hole is 20 mm in diameter and goes all the way through.")
    assert isinstance(found[0], ops.Cylinder) and (found[0].diameter, found[0].height) == (50.0, 30.0)
    assert isinstance(found[1], ops.Holes) and found[1].diameter == 20.0
    hole = _ops("A rectangular prism with dimensions 50 x 30 x 10 mm. Drill a 10 mm diameter hole 15 mm from one end "
                "on the centreline.")[-1]
    assert isinstance(hole, ops.Holes) and hole.positions == [(-10.0, 0.0)]


def test_a_square_plate_by_its_side():
    found = _ops("The object is a square plate 80 mm on a side and 6 mm thick with four 8 mm holes, one near each "
                 "corner, 10 mm from the edges.")
    assert isinstance(found[0], ops.Box) and (found[0].length, found[0].width, found[0].height) == (80.0, 80.0, 6.0)
    assert isinstance(found[1], ops.Holes) and sorted(found[1].positions) == [(-30.0, -30.0), (-30.0, 30.0), (30.0, -30.0), (30.0, 30.0)]


def test_a_round_body_given_as_diameter_x_length():
    (head,) = _ops("Head: cylinder 10 mm diameter x 6 mm. Chamfer the top edge of the head 0.5 mm.")[:1]
    assert isinstance(head, ops.Cylinder) and (head.diameter, head.height) == (10.0, 6.0)

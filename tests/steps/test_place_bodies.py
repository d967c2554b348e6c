"""Placement of features on a face (place.py) and parts made of fused bodies (bodies.py).

Each test names a class of misreading found on steps3 and on steps_stepsa (holes located from named
edges, corners and ends; holes placed before they are sized; a hole mirrored; pockets sized in words;
bodies fused into one solid). The prompts are new phrasings, not lines of the sets.
"""

from __future__ import annotations

import math

import pytest

from naturalcad.steps import bodies, ops, place
from naturalcad.steps.generate import generate_steps
from naturalcad.steps.read import read


def _holes(prompt: str) -> list[ops.Holes]:
    return [op for _, op in read(prompt).operations if isinstance(op, ops.Holes)]


def _solid(prompt: str):
    made = generate_steps(prompt)
    assert made is not None
    scope: dict = {}
    exec(made.code, scope)
    return made, scope["result"]


def _extents(solid) -> list[float]:
    size = solid.bounding_box().size
    return sorted([size.X, size.Y, size.Z])


# -- holes located on a face ---------------------------------------------------------------------
def test_each_hole_has_its_own_edges_in_one_sentence():
    (h,) = _holes("Plate 120 x 70 x 8 mm. Drill one 6 mm through hole 15 mm from the left edge and 20 mm from the back "
                  "edge, and a second 6 mm through hole 25 mm from the right edge and 10 mm from the front edge.")
    assert h.diameter == 6.0 and h.positions == [(-45.0, 15.0), (35.0, -25.0)]


def test_edges_said_once_hold_for_every_hole_after_it():
    (h,) = _holes("Make a plate 90 mm long, 50 mm wide and 5 mm thick. Drill two 4 mm holes through it, 12 mm from the "
                  "right edge, one 8 mm from the front edge and one 8 mm from the back edge.")
    assert h.positions == [(33.0, -17.0), (33.0, 17.0)]


def test_corner_holes_from_the_two_edges_that_meet_there():
    (h,) = _holes("Block 80 x 40 x 12 mm. Drill four 5 mm holes, one near each corner, 6 mm from each of the two "
                  "edges that meet there.")
    assert sorted(h.positions) == sorted([(-34.0, -14.0), (34.0, -14.0), (34.0, 14.0), (-34.0, 14.0)])


def test_holes_in_from_a_short_end_and_one_in_the_middle():
    (h,) = _holes("A strip 200 mm long, 30 mm wide and 4 mm thick. Drill three 5 mm holes through it on its centre "
                  "line, one in the middle and one 20 mm from each end.")
    assert h.positions == [(-80.0, 0.0), (0.0, 0.0), (80.0, 0.0)]
    (h,) = _holes("Plate 100 x 40 x 6 mm. Drill two 8 mm holes, each 12 mm in from a short end.")
    assert h.positions == [(-38.0, 0.0), (38.0, 0.0)]


def test_coordinates_from_a_corner_at_the_origin():
    holes = _holes("1. Make a plate 60 x 40 x 5 mm with one corner at the origin. "
                   "2. Drill a 4 mm hole at X = 10, Y = 30.")
    assert holes[0].positions == [(-20.0, 10.0)]


def test_plus_minus_coordinates_from_the_centre():
    (h,) = _holes("Block 90 x 60 x 10 mm. Drill four 5 mm through holes at X = +/-35, Y = +/-20 from the centre.")
    assert sorted(h.positions) == sorted([(-35.0, -20.0), (35.0, -20.0), (35.0, 20.0), (-35.0, 20.0)])


def test_holes_placed_first_and_sized_in_the_next_step():
    made, solid = _solid("1. Make a plate 100 x 30 x 8 mm. 2. On the top face, place two holes on the centre line, "
                         "20 mm in from each end. 3. Make both holes 7 mm diameter through-all.")
    assert solid.volume == pytest.approx(100 * 30 * 8 - 2 * math.pi * 3.5**2 * 8, rel=1e-4)
    assert made.reading.confidence != "low"


def test_holes_placed_but_never_sized_are_named_by_step():
    reader = read("1. Make a plate 100 x 30 x 8 mm. 2. Place two holes on the centre line, 20 mm in from each end.")
    (problem,) = [s.problem for s in reader.reading.steps if s.problem]
    assert problem.startswith("step 2 not understood: how big the 2 holes are")
    made = generate_steps("1. Make a plate 100 x 30 x 8 mm. 2. Place two holes on the centre line, 20 mm in from each end.")
    assert made is not None and "Cylinder" not in made.code  # no hole of size 0 is cut


def test_a_hole_mirrored_about_a_plane_of_the_corner_origin():
    (h,) = _holes("1. Plate 80 x 40 x 6 mm with one corner at the origin. 2. Drill a 6 mm hole through it at "
                  "X = 15, Y = 20. 3. Mirror the hole about the plane X = 40.")
    assert h.positions == [(-25.0, 0.0), (25.0, 0.0)]


def test_pocket_sized_long_and_wide_in_words():
    _, solid = _solid("Start with a block 100 mm long, 60 mm wide and 30 mm high. In the top face cut a rectangular "
                      "pocket 70 mm long and 30 mm wide, 12 mm deep. The pocket has square corners.")
    assert solid.volume == pytest.approx(100 * 60 * 30 - 70 * 30 * 12, rel=1e-6)
    assert place.plan_size("a slot 10 mm wide, 45 mm long") == (45.0, 10.0)


# -- bodies fused into one solid -----------------------------------------------------------------
def test_table_top_on_four_corner_legs_flush_with_its_edges():
    made, solid = _solid("Model a stool as one solid. The seat is a slab 50 mm long, 50 mm wide and 4 mm thick. Under "
                         "it are four legs, each 4 mm x 4 mm in section and 30 mm tall, one at each corner, flush with "
                         "the edges of the seat. The legs are joined to the seat, so the stool stands 34 mm tall.")
    assert _extents(solid) == pytest.approx([34, 50, 50], abs=1e-6)
    assert solid.volume == pytest.approx(50 * 50 * 4 + 4 * 4 * 4 * 30, rel=1e-6)
    assert made.reading.confidence == "high"


def test_a_stem_bar_hanging_from_the_middle_of_a_cross_bar():
    _, solid = _solid("Make a T from two bars fused together. The top bar is 60 mm long, 15 mm wide and 8 mm thick. "
                      "The stem bar is 15 mm wide, 10 mm thick and 40 mm long and hangs down from the middle of the "
                      "underside of the top bar.")
    assert _extents(solid) == pytest.approx([15, 48, 60], abs=1e-6)
    assert solid.volume == pytest.approx(60 * 15 * 8 + 15 * 10 * 40, rel=1e-6)


def test_a_sphere_centred_on_the_top_of_a_cylinder():
    _, solid = _solid("A handle knob of two primitives unioned: a cylinder 12 mm in diameter and 20 mm tall standing "
                      "on the XY plane, and a sphere 18 mm in diameter centred at the top of the cylinder.")
    assert _extents(solid) == pytest.approx([18, 18, 29], abs=1e-3)
    from build123d import Align, Cylinder, Pos, Sphere

    reference = Cylinder(6, 20, align=(Align.CENTER, Align.CENTER, Align.MIN)) + Pos(0, 0, 20) * Sphere(9)
    assert solid.volume == pytest.approx(reference.volume, rel=1e-4)


def test_an_upright_at_one_end_measured_from_the_underside():
    (base, up) = [b for _, b in bodies.read_bodies([
        "Make an angle out of two plates joined into one solid",
        "The base plate is 70 mm long, 25 mm wide and 6 mm thick",
        "The upright plate stands at one end of the base, 6 mm thick, 25 mm wide and 50 mm tall measured from the "
        "underside of the base"]) or []]
    assert base.size == (70.0, 25.0, 6.0) and up.size == (6.0, 25.0, 50.0)
    assert up.centres == [(32.0, 0.0)] and up.z0 == 0.0


def test_a_column_and_a_cap_stacked_on_a_base_in_one_sentence():
    _, solid = _solid("Model a post as one solid: a square base block 40 mm x 40 mm x 6 mm, a round column 10 mm in "
                      "diameter and 30 mm tall standing in the centre of the base, and a square cap 20 mm x 20 mm x "
                      "4 mm on top of the column.")
    assert _extents(solid) == pytest.approx([40, 40, 40], abs=1e-6)
    assert solid.volume == pytest.approx(40 * 40 * 6 + math.pi * 25 * 30 + 20 * 20 * 4, rel=1e-6)


def test_a_rib_running_the_full_length_of_the_plate():
    _, solid = _solid("A plate 90 mm long, 40 mm wide and 6 mm thick has a rib on its top face running the full "
                      "length, 5 mm wide and 12 mm tall, centred across the width. The rib and plate are one solid.")
    assert _extents(solid) == pytest.approx([18, 40, 90], abs=1e-6)
    assert solid.volume == pytest.approx(90 * 40 * 6 + 90 * 5 * 12, rel=1e-6)


def test_steps_with_operations_are_not_read_as_bodies():
    reader = read("1. Sketch a rectangle 40 x 20 mm. 2. Extrude it 10 mm. 3. Add a boss 10 mm in diameter and 5 mm "
                  "tall on the top face, fused with the block.")
    assert reader.reading.why != "the description reads as several bodies fused into one solid"


# -- stepped shafts, patterns from one hole, slots across, side holes, a boss a plate carries ---------
def test_a_shaft_continued_step_after_step_from_one_end():
    made, solid = _solid("First turn a rod 24 mm in diameter and 50 mm long. Then continue the rod from one end with a "
                         "second step 16 mm in diameter and 20 mm long, and after that a third step 10 mm in diameter "
                         "and 12 mm long. Finally chamfer the end of the 10 mm step by 0.5 mm.")
    assert _extents(solid) == pytest.approx([24, 24, 82], abs=1e-3)
    plain = math.pi * (12**2 * 50 + 8**2 * 20 + 5**2 * 12)
    assert plain - 5 < solid.volume < plain - 2  # a 0.5 mm chamfer round the Ø10 end takes about 3.9 mm³
    edges = [s for s in made.reading.steps if s.operation == "edges"]
    assert edges and "top" in edges[0].summary


def test_one_hole_repeated_in_a_circular_pattern():
    (_, h) = _holes("First make a disc 80 mm in diameter and 8 mm thick. Then bore a 20 mm hole through the centre. "
                    "Then drill one 6 mm hole on a 60 mm pitch circle and repeat it in a circular pattern of six holes.")
    assert len(h.positions) == 6 and h.diameter == 6.0
    assert all(math.hypot(x, y) == pytest.approx(30.0) for x, y in h.positions)
    assert place.pattern_count("pattern it circularly so there are eight holes evenly spaced") == 8


def test_a_slot_across_the_top_runs_the_short_way():
    _, solid = _solid("Create a block 90 mm long, 40 mm wide and 25 mm tall. Across the top, cut a slot 12 mm wide "
                      "and 5 mm deep. The slot runs the whole 40 mm width of the block and is centred along its length.")
    assert solid.volume == pytest.approx(90 * 40 * 25 - 12 * 5 * 40, rel=1e-6)
    (slot,) = [op for _, op in read("Block 90 x 40 x 25 mm. A slot 12 mm wide and 5 mm deep runs along the full "
                                    "length of the top face, centred across the width.").operations if isinstance(op, ops.Slot)]
    assert slot.along == "X"


def test_a_hole_from_one_side_face_to_the_other():
    (h,) = _holes("First make a block 60 mm long, 40 mm wide and 30 mm tall. Then drill an 8 mm hole through the "
                  "block from the front face to the back face, 12 mm above the bottom.")
    assert h.axis == "Y" and h.positions == [(0.0, 12.0)]


def test_a_plate_that_carries_a_boss_in_the_same_sentence():
    _, solid = _solid("A base plate 60 mm by 60 mm and 8 mm thick carries a round boss 20 mm in diameter and 10 mm "
                      "high in the centre of its top face.")
    assert _extents(solid) == pytest.approx([18, 60, 60], abs=1e-3)
    assert solid.volume == pytest.approx(60 * 60 * 8 + math.pi * 100 * 10, rel=1e-4)

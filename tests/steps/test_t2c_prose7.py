"""Text2CAD beginner / intermediate prose (session 7, s-t2c): the grammar added for the classes text2cad7 missed.

Each test is one piece of grammar on its own wording and values (not lines of the prompt sets):
an L whose legs are said as a pair, a T whose top bar is its flange and whose extrusion came in an
earlier sentence, a U by its section's overall sizes, "the profile is extruded" completing the
profile read before, shaft sections given as "a diameter of .. and a length of ..", sentence by
sentence, a collar below a hex, holes "in from one of the short ends", a total "brought to".
"""

from __future__ import annotations

import pytest

from naturalcad.steps import ops
from naturalcad.steps.generate import generate_steps
from naturalcad.steps.read import read


def _ops(text: str) -> list[ops.Operation]:
    return [op for _, op in read(text).operations]


def _solid(text: str):  # type: ignore[no-untyped-def]
    made = generate_steps(text)
    assert made is not None
    scope: dict = {}
    exec(made.code, scope)
    return made, scope["result"]


def test_an_l_whose_legs_are_said_as_a_pair():
    (prof,) = _ops("Model an L-section bar. Its profile has one leg 0.42 units long and the other 0.28 units long, both 0.07 units "
                   "thick, and it is extruded 0.3 units.")
    assert isinstance(prof, ops.Extrusion) and prof.depth == pytest.approx(0.3)
    assert max(x for x, _ in prof.points) == pytest.approx(0.42) and max(z for _, z in prof.points) == pytest.approx(0.28)
    assert (0.07, 0.07) in prof.points


def test_a_t_drawn_first_and_sized_in_the_next_sentence():
    made, solid = _solid("Draw a T shape and extrude it 0.15 units. The top bar of the T is 0.5 units wide and 0.08 units thick; "
                         "the stem is 0.12 units wide and hangs 0.3 units below the bar.")
    assert made.reading.confidence == "high"
    bb = solid.bounding_box().size
    assert sorted((bb.X, bb.Y, bb.Z)) == pytest.approx([0.15, 0.38, 0.5])
    assert solid.volume == pytest.approx((0.5 * 0.08 + 0.12 * 0.3) * 0.15, rel=1e-6)


def test_a_u_by_its_sections_overall_sizes_then_extruded_in_its_own_sentence():
    made, solid = _solid("Create a U-shaped channel. The outline of its cross-section is 0.3 units wide and 0.2 units tall, with "
                         "walls and a base 0.03 units thick. The section is extruded 0.45 units.")
    assert made.reading.confidence == "high"
    assert solid.volume == pytest.approx((0.3 * 0.2 - 0.24 * 0.17) * 0.45, rel=1e-6)


def test_a_profile_without_a_depth_is_not_extruded_by_an_unrelated_sentence():
    got = _ops("Create a T-section bar. The top flange of the profile is 0.3 units wide and 0.05 units thick; the web is 0.05 "
               "units thick and the overall height of the T is 0.25 units. The bar is painted.")
    assert isinstance(got[0], ops.Extrusion) and got[0].depth == 0.0


def test_shaft_sections_sentence_by_sentence_with_the_last_one_named():
    made, solid = _solid("Model a stepped spindle of three coaxial sections. The first section has a diameter of 0.18 units and a "
                         "length of 0.2 units. It is followed by a collar with a diameter of 0.26 units and a length of 0.1 units. "
                         "The last section has a diameter of 0.1 units and a length of 0.35 units.")
    assert made.reading.confidence == "high"
    bb = solid.bounding_box().size
    height = bb.Z
    assert height == pytest.approx(0.65)
    want = 3.141592653589793 * (0.09 ** 2 * 0.2 + 0.13 ** 2 * 0.1 + 0.05 ** 2 * 0.35)
    assert solid.volume == pytest.approx(want, rel=1e-3)


def test_a_collar_below_a_hex_and_a_bore_through_both():
    made, solid = _solid("The object is a hex head with a round flange. The hexagonal part is 0.3 units across the flats and 0.12 "
                         "units thick. Beneath it, concentric with it, is a circular flange 0.36 units in diameter with a thickness "
                         "of 0.04 units. A 0.1 unit hole runs through the full height of the part.")
    assert made.reading.confidence == "high"
    bb = solid.bounding_box().size
    height = bb.Z
    assert height == pytest.approx(0.16) and max(bb.X, bb.Y) == pytest.approx(0.36)
    assert len(solid.solids()) == 1


def test_holes_in_from_one_of_the_short_ends():
    holes = [op for op in _ops("Create a strip 0.9 units long, 0.2 units wide and 0.02 units thick with two holes of diameter "
                               "0.05 units, each centred 0.15 units in from one of the short ends.") if isinstance(op, ops.Holes)]
    assert len(holes) == 1 and [(round(x, 6), round(y, 6)) for x, y in sorted(holes[0].positions)] == [(-0.3, 0.0), (0.3, 0.0)]


def test_a_total_brought_to_a_height_is_a_check_not_an_unread_number():
    made = generate_steps("The part is a round base 0.6 units in diameter and 0.08 units high. Centred on top of the base sits a "
                          "smaller cylinder with a diameter of 0.3 units and a height of 0.2 units, bringing the total height to "
                          "0.28 units.")
    assert made is not None and made.reading.confidence == "high"


def test_a_plate_whose_plan_is_said_with_by_and_units_on_both_sizes():
    (box, *_rest) = _ops("Create a rectangular plate 0.9 units by 0.35 units and 0.02 units thick, with a 0.1 unit hole in its centre.")
    assert isinstance(box, ops.Box) and (box.length, box.width, box.height) == (0.9, 0.35, 0.02)


def test_a_cube_given_by_its_edges():
    (box, *_rest) = _ops("Create a cube with 0.45 unit edges and a 0.1 unit hole through its centre.")
    assert isinstance(box, ops.Box) and (box.length, box.width, box.height) == (0.45, 0.45, 0.45)


def test_an_l_as_wide_as_said_and_holes_on_each_leg_are_listed_not_built_as_one():
    made = generate_steps("Make an L bracket from 5 mm plate, 30 mm wide. One leg is 50 mm long, the other 35 mm. "
                          "Drill one 6 mm hole in the middle of each leg.")
    assert made is not None and made.reading.confidence == "low"
    prof = next(op for _, op in read("Make an L bracket from 5 mm plate, 30 mm wide. One leg is 50 mm long, the other 35 mm.").operations)
    assert isinstance(prof, ops.Extrusion) and prof.depth == 30
    assert any(s.problem and "each leg" in s.problem for s in made.reading.steps)


def test_an_arcs_mid_point_labelled_inside_its_brackets():
    made, solid = _solid(
        "Part 1: Create a new coordinate system with Euler angles [0.0, 0.0, 0.0] and translation vector [0.0, 0.0, 0.0]. "
        "Draw a 2D sketch on face 1. In loop 1, draw two lines and two arcs: line 1 from (0.1, 0.0) to (0.5, 0.0); arc 1 from "
        "(0.5, 0.0) through (mid 0.6, 0.1) to (0.5, 0.2); line 2 from (0.5, 0.2) to (0.1, 0.2); arc 2 from (0.1, 0.2) through "
        "(mid 0.0, 0.1) to (0.1, 0.0). Scale the sketch by 0.6. Extrude the sketch 0.04 units towards the normal and 0.0 units "
        "in the opposite direction of the normal, creating a new solid body.")
    assert made.reading.confidence == "high"
    assert solid.volume == pytest.approx((0.4 * 0.2 + 3.141592653589793 * 0.1 ** 2) * 0.04, rel=1e-3)

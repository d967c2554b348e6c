"""Text2CAD beginner / intermediate classes the s-t2c3 branch reads (issue 15, session 8).

Each test is one class of wording (not one prompt), phrased unlike the set that showed it
(text2cad8) and unlike tests/data/steps_s-t2c3_prompts.jsonl, checked by the solid's size and volume.
The set itself is scored strictly at the end (slow).
"""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest

from naturalcad.steps.generate import generate_steps
from tests import scoring

ROOT = Path(__file__).resolve().parents[2]
SET = ROOT / "tests" / "data" / "steps_s-t2c3_prompts.jsonl"
# Measured strictly: 7 of 20 before the s-t2c3 changes, 19 after (w07, a rounded tile said in one sentence, still read as a family plate).
FLOOR = 19


def _solid(prompt: str):  # type: ignore[no-untyped-def]
    made = generate_steps(prompt)
    assert made is not None
    scope: dict = {}
    exec(made.code, scope)
    return made, scope["result"]


def _size(solid) -> list[float]:  # type: ignore[no-untyped-def]
    bb = solid.bounding_box().size
    return sorted(round(v, 6) for v in (bb.X, bb.Y, bb.Z))


def test_several_circles_of_one_sketch_each_at_its_own_centre():
    made, solid = _solid("Draw a rectangle on the XY plane from (0, 0) to (0.9, 0.4). In it draw two circles of radius 0.06, "
                         "one centred at (0.2, 0.2) and the other at (0.7, 0.2). Extrude the sketch 0.08 units towards the normal.")
    assert solid.volume == pytest.approx((0.9 * 0.4 - 2 * math.pi * 0.06 ** 2) * 0.08, rel=1e-4)
    assert made.reading.confidence != "low"


def test_coordinates_that_only_fit_from_a_corner_are_read_from_it():
    made, solid = _solid("Make a plate 0.8 long, 0.5 wide and 0.05 thick. Drill three holes of diameter 0.04 at "
                         "(0.1, 0.25), (0.4, 0.25) and (0.7, 0.25).")
    assert "from the corner" in made.reading.steps[-1].summary
    xs = sorted({round(e.arc_center.X, 6) for e in solid.edges() if e.geom_type.name == "CIRCLE"})
    assert xs == pytest.approx([-0.3, 0.0, 0.3])  # each hole's rim where the corner coordinates put it
    assert solid.volume == pytest.approx((0.8 * 0.5 - 3 * math.pi * 0.02 ** 2) * 0.05, rel=1e-4)


def test_circles_drawn_on_the_plate_are_held_for_the_cut_that_follows():
    made, solid = _solid("Create a plate 0.7 units long, 0.7 units wide and 0.03 units thick. Draw two circles of diameter 0.1 "
                         "at (0.2, 0.35) and (0.5, 0.35) measured from its lower-left corner. Cut both circles through the plate.")
    assert solid.volume == pytest.approx((0.49 - 2 * math.pi * 0.05 ** 2) * 0.03, rel=1e-4)
    assert not [s for s in made.reading.steps if s.problem]


def test_a_rectangle_sketched_on_the_upper_face_and_cut_is_a_pocket_with_its_floor_said_again():
    made, solid = _solid("Begin with a block 0.8 units long, 0.6 units wide and 0.3 units high. On the upper face, sketch a "
                         "rectangle 0.4 units by 0.2 units centered on the face. Cut this rectangle 0.12 units deep. "
                         "The floor left under the pocket is 0.18 units thick.")
    assert solid.volume == pytest.approx(0.8 * 0.6 * 0.3 - 0.4 * 0.2 * 0.12, rel=1e-4)
    assert made.reading.confidence == "high"


def test_a_floor_that_disagrees_with_the_depth_is_not_called_agreeing():
    made, _ = _solid("Begin with a block 0.8 units long, 0.6 units wide and 0.3 units high. On the upper face, sketch a "
                     "rectangle 0.4 units by 0.2 units centered on the face. Cut this rectangle 0.12 units deep. "
                     "The floor left under the pocket is 0.1 units thick.")
    assert made.reading.confidence != "high"


def test_a_frame_whose_opening_is_named_in_a_later_sentence():
    _, solid = _solid("Create a square frame. The outer square is 0.8 units on each side and the inner square opening "
                      "measures 0.6 units on each side, centred. The frame is 0.04 units thick.")
    assert _size(solid) == pytest.approx([0.04, 0.8, 0.8])
    assert solid.volume == pytest.approx((0.64 - 0.36) * 0.04, rel=1e-4)


@pytest.mark.parametrize(("prompt", "area", "depth", "height"), [
    ("A T-shaped extrusion. The top bar is 0.5 units wide and 0.08 units tall; the stem is 0.12 units wide and extends "
     "0.3 units down from the bar. Extrude the T 0.38 units.", 0.5 * 0.08 + 0.12 * 0.3, 0.38, 0.38),
    ("The part is an inverted T. A bottom bar 0.6 units wide and 0.05 units thick carries a stem 0.1 units wide rising "
     "0.25 units above it. The profile is extruded 0.15 units.", 0.6 * 0.05 + 0.1 * 0.25, 0.15, 0.3),
])
def test_t_profiles_by_their_bar_and_stem(prompt, area, depth, height):
    made, solid = _solid(prompt)
    assert solid.volume == pytest.approx(area * depth, rel=1e-4)
    assert max(_size(solid)) == pytest.approx(max(0.5 if "top bar" in prompt else 0.6, depth, height))
    assert made.reading.confidence == "high"


def test_an_inverted_t_stands_on_its_bar():
    _, solid = _solid("The part is an inverted T. A bottom bar 0.6 units wide and 0.05 units thick carries a stem 0.1 units "
                      "wide rising 0.25 units above it. The profile is extruded 0.15 units.")
    bb = solid.bounding_box()
    low = solid.faces().sort_by(lambda f: f.center().Z)[0]  # the lowest face is the bar's full width
    assert low.area == pytest.approx(0.6 * 0.15, rel=1e-4)
    assert round(bb.size.Z, 6) == 0.3


def test_an_l_whose_base_and_leg_have_their_own_thickness():
    _, solid = _solid("An L-shaped block. The base is 0.8 units long and 0.1 units tall. A vertical leg 0.2 units wide "
                      "stands at one end of the base and reaches an overall height of 0.5 units. The L profile is extruded 0.25 units.")
    assert solid.volume == pytest.approx((0.8 * 0.1 + 0.2 * 0.4) * 0.25, rel=1e-4)


def test_a_u_channel_drawn_as_a_rectangle_with_a_notch_taken_from_its_top():
    made, solid = _solid("Make a U channel. On the XZ plane draw a rectangle 0.5 units wide and 0.2 units tall and take a notch "
                         "out of its top so that the two side walls and the floor are each 0.04 units thick. Extrude the profile 0.6 units.")
    assert solid.volume == pytest.approx((0.5 * 0.2 - 0.42 * 0.16) * 0.6, rel=1e-4)
    assert made.reading.confidence == "high"


def test_a_sketched_rectangle_with_rounded_corners_and_a_centre_circle_is_a_plate_with_a_hole():
    made, solid = _solid("Sketch a rectangle 0.8 units long and 0.5 units wide. Round all four corners with a radius of 0.05 units. "
                         "Add a circle of diameter 0.16 units at the centre. Extrude the sketch 0.04 units.")
    area = 0.8 * 0.5 - (4 - math.pi) * 0.05 ** 2 - math.pi * 0.08 ** 2
    assert solid.volume == pytest.approx(area * 0.04, rel=1e-4)
    assert _size(solid) == pytest.approx([0.04, 0.5, 0.8])
    assert made.reading.confidence == "high"


def test_a_circle_off_the_centre_of_a_sketched_plate_is_not_put_in_the_middle():
    made = generate_steps("Sketch a rectangle 0.8 units long and 0.5 units wide. Add a circle of diameter 0.16 units near one end. "
                          "Extrude the sketch 0.04 units.")
    assert made is None or made.reading.confidence != "high"


@pytest.mark.slow
def test_the_s_t2c3_set_scored_strictly_does_not_drop():
    cases = [json.loads(line) for line in SET.read_text().splitlines() if line.strip()]
    assert len(cases) == 20
    right = scoring.strictly_right(cases)  # scripts/score_strict.py, in this process
    assert len(right) >= FLOOR, f"{len(right)}/20 right: {right}"

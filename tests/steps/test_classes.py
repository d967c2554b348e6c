"""Classes of misreading found on held-out step sets (steps2, steps4), one test or more per class.

Each test says the mechanism in its name; the prompts are new phrasings, not lines of the sets.
"""

from __future__ import annotations

import math

import pytest

from naturalcad.request import Request, validate
from naturalcad.sources import steps as steps_source
from naturalcad.sources.offline import TemplateSource
from naturalcad.steps import ops
from naturalcad.steps.generate import generate_steps
from naturalcad.steps.read import read
from naturalcad.steps.text import normalise


def _ops(prompt):
    return [op for _, op in read(prompt).operations]


def _solid(prompt):
    made = generate_steps(prompt)
    assert made is not None
    scope: dict = {}
    exec(made.code, scope)
    return made, scope["result"]


def _extents(solid):
    size = solid.bounding_box().size
    return sorted([size.X, size.Y, size.Z])


# -- profiles: members read from their own clauses, over several sentences --------------------------
def test_l_profile_legs_read_from_their_clauses_in_any_order():
    made, solid = _solid("Make an L-shaped angle. Sketch the L: the vertical leg rises to a total height of 70 mm and "
                         "is 6 mm thick; the horizontal leg is 45 mm long and also 6 mm thick. Extrude the profile 25 mm.")
    assert _extents(solid) == pytest.approx([25, 45, 70], abs=1e-6)
    assert solid.volume == pytest.approx((45 * 6 + 64 * 6) * 25, rel=1e-6)
    assert made.reading.confidence == "high"


def test_a_leg_measured_above_the_other_adds_its_thickness():
    (op,) = _ops("Draw an L profile where the horizontal leg is 50 mm long and the vertical leg rises 30 mm above "
                 "the horizontal leg, both 5 mm thick. Extrude it 20 mm.")
    assert isinstance(op, ops.Extrusion)
    assert max(p[1] for p in op.points) == 35.0 and max(p[0] for p in op.points) == 50.0 and op.depth == 20.0


def test_a_u_channel_described_over_three_sentences():
    made, solid = _solid("The part is a U-shaped channel 80 mm long. Its section is 50 mm wide overall and 25 mm tall "
                         "overall. The base and both side walls are 5 mm thick.")
    assert _extents(solid) == pytest.approx([25, 50, 80], abs=1e-6)
    assert solid.volume == pytest.approx((50 * 25 - 40 * 20) * 80, rel=1e-6)
    assert made.reading.confidence == "high"
    assert [s.operation for s in made.reading.steps] == ["description", "description", "profile"]


def test_a_t_section_whose_web_height_comes_from_the_total():
    _made, solid = _solid("The model is a T-section bar 120 mm long. The flange is 40 mm wide and 6 mm thick. The web "
                         "is 6 mm thick and the overall height of the section is 30 mm.")
    assert _extents(solid) == pytest.approx([30, 40, 120], abs=1e-6)
    assert solid.volume == pytest.approx((40 * 6 + 6 * 24) * 120, rel=1e-6)


def test_sizes_in_an_opening_sentence_are_never_dropped_silently():
    reading = read("This is a bracket made of 5 mm thick plate, 40 mm wide. Knurl it.").reading
    assert reading.confidence == "low"
    assert reading.steps[0].problem and "step 1 not understood" in reading.steps[0].problem


# -- titles: a sizeless first sentence names the part; what it names must be built -----------------
def test_a_title_sentence_is_a_description_when_later_steps_build_it():
    reading = read("A rectangular block with a slot cut along its top face. The block is 60 mm long, 30 mm wide and "
                   "20 mm tall; the slot is 8 mm wide and 5 mm deep and runs the full length.").reading
    assert reading.steps[0].operation == "description" and reading.steps[0].problem is None
    assert reading.confidence == "high"


def test_a_title_naming_a_feature_no_step_builds_is_listed():
    reading = read("A rectangular block with a chamfered top edge. The block is 60 mm long, 30 mm wide and 20 mm tall.").reading
    assert reading.confidence == "low"
    assert "step 1 names chamfer" in (reading.steps[0].problem or "")


def test_an_overall_length_including_a_flange_keeps_the_flange_inside_it():
    _made, solid = _solid("The part is a flanged pin: a pin with a flange at one end. The pin has a diameter of 10 mm "
                         "and an overall length of 40 mm, including the flange. The flange is 20 mm in diameter and "
                         "4 mm thick.")
    assert _extents(solid) == pytest.approx([20, 20, 40], abs=1e-3)
    assert solid.volume == pytest.approx(math.pi * (25 * 36 + 100 * 4), rel=2e-3)


# -- shorthand and the body named first --------------------------------------------------------------
def test_dia_shorthand_reads_as_a_diameter_in_millimetres():
    assert normalise("boss 20 dia, 14 tall") == "boss 20 mm diameter, 14 mm tall"
    (body, hole) = _ops("Rod, 24 dia x 50 long. Drill 8 mm straight through along the axis.")
    assert isinstance(body, ops.Cylinder) and (body.diameter, body.height) == (24.0, 50.0)
    assert isinstance(hole, ops.Holes) and hole.diameter == 8.0 and hole.depth is None


def test_the_body_is_the_one_named_first_not_an_adjective_of_a_feature():
    found = _ops("Create a cube with a side length of 40 mm and a cylindrical hole with a diameter of 12 mm through its centre.")
    assert isinstance(found[0], ops.Box) and (found[0].length, found[0].height) == (40.0, 40.0)
    assert isinstance(found[1], ops.Holes) and found[1].diameter == 12.0


def test_a_boss_standing_on_top_is_on_top():
    found = _ops("A base plate 60 x 30 x 5 with a round boss standing on top in the centre: boss 16 dia, 10 tall.")
    boss = found[1]
    assert isinstance(boss, ops.Boss) and isinstance(boss.body, ops.Cylinder)
    assert (boss.body.diameter, boss.body.height, boss.body.z0) == (16.0, 10.0, 5.0)


def test_counterbore_to_a_diameter():
    hole = _ops("Cylinder 40 mm in diameter and 30 mm tall. Put a 10 mm through hole on the axis and counterbore it "
                "from the top to 18 mm diameter, 6 mm deep.")[1]
    assert isinstance(hole, ops.Holes) and hole.counterbore == (18.0, 6.0) and hole.depth is None


# -- the source: a caption the step reader reads whole beats an unsure template ---------------------
def test_a_caption_read_whole_by_the_step_reader_is_built_by_it():
    request = validate(Request("A hexagonal prism 30 mm across the flats and 12 mm high, with a 14 mm diameter hole "
                               "through its centre.", offline=True))
    made = TemplateSource().generate(request)
    assert made.family == "steps" and made.reading is not None and made.reading.confidence == "high"


def test_a_caption_the_step_reader_only_half_reads_is_left_to_the_templates():
    request = validate(Request("A knurled knob 30 mm in diameter and 12 mm tall.", offline=True))
    assert steps_source.generate_if_whole(request, "low") is None


def test_a_single_body_the_template_half_knows_stays_the_templates():
    request = validate(Request("donut with a 50 mm outside diameter, 10 mm thick ring", offline=True))
    made = TemplateSource().generate(request)
    assert made.family != "steps"


# -- patterns: copies of the last holes, from where the first one is ---------------------------------
def test_a_circular_pattern_copies_the_hole_around_the_axis():
    made, solid = _solid("1. Sketch a 70 mm diameter circle and extrude it 10 mm.\n2. Cut one 10 mm diameter hole through "
                         "all, its centre 25 mm from the axis.\n3. Circular-pattern the hole: 6 instances over 360 degrees.")
    holes = [op for op in _ops("1. Sketch a 70 mm diameter circle and extrude it 10 mm.\n2. Cut one 10 mm diameter hole "
                               "through all, its centre 25 mm from the axis.\n3. Circular-pattern the hole: 6 instances "
                               "over 360 degrees.") if isinstance(op, ops.Holes)]
    every = [p for h in holes for p in h.positions]
    assert len(every) == 6 and all(math.isclose(math.hypot(x, y), 25.0, rel_tol=1e-6) for x, y in every)
    assert solid.volume == pytest.approx(math.pi * (35 ** 2 - 6 * 5 ** 2) * 10, rel=2e-3)
    assert made.reading.confidence == "high"


def test_a_hole_and_its_polar_pattern_in_one_step():
    found = _ops("1. Make a disc 90 mm in diameter and 8 mm thick.\n2. Drill one 6 mm through hole at radius 35 mm and "
                 "polar-pattern it to 5 equally spaced holes.")
    every = [p for op in found if isinstance(op, ops.Holes) for p in op.positions]
    assert len(every) == 5
    angles = sorted(round(math.degrees(math.atan2(y, x)) % 360, 6) for x, y in every)
    assert angles == pytest.approx([0, 72, 144, 216, 288], abs=1e-6)


def test_a_rectangular_pattern_grows_from_the_first_hole():
    found = _ops("1. Sketch a rectangle 120 mm x 80 mm and extrude it 6 mm.\n2. Drill an 8 mm hole through all at (-40, -20).\n"
                 "3. Rectangular pattern of that hole: 3 instances along X at 40 mm pitch and 2 instances along Y at 40 mm pitch.")
    every = sorted(p for op in found if isinstance(op, ops.Holes) for p in op.positions)
    assert every == [(-40, -20), (-40, 20), (0, -20), (0, 20), (40, -20), (40, 20)]


def test_a_pattern_of_a_hole_on_the_axis_is_named_as_not_applicable():
    reading = read("1. Make a disc 60 mm in diameter and 10 mm thick.\n2. Drill a 10 mm hole through the centre.\n"
                   "3. Circular-pattern the hole: 4 instances.").reading
    assert "step 3 could not be applied" in (reading.steps[-1].problem or "")
    assert reading.confidence == "low"


def test_a_concentric_boss_sits_on_the_axis_and_a_stated_total_height_is_a_check():
    found = _ops("1. Sketch a circle of diameter 60 mm and extrude it 8 mm.\n2. On the top face sketch a concentric circle "
                 "of diameter 20 mm and extrude it 12 mm (a hub; total height 20 mm).")
    boss = found[1]
    assert isinstance(boss, ops.Boss) and boss.body.centre == (0.0, 0.0)
    reading = read("1. Sketch a circle of diameter 60 mm and extrude it 8 mm.\n2. On the top face sketch a concentric circle "
                   "of diameter 20 mm and extrude it 12 mm (a hub; total height 20 mm).").reading
    assert reading.confidence == "high"


# -- sketches told in words: centred shapes nest, a sketch scale applies to all of them --------------
def test_a_square_with_a_circle_inside_scaled_then_extruded_is_a_block_with_a_hole():
    made, solid = _solid("Draw a square sketch with sides of 60 mm. Inside the square, draw a circle with a diameter of "
                         "30 mm at its centre. Scale the sketch by a factor of 0.5. Extrude the scaled sketch 8 mm.")
    assert _extents(solid) == pytest.approx([8, 30, 30], abs=1e-6)
    assert solid.volume == pytest.approx((30 * 30 - math.pi * 7.5 ** 2) * 8, rel=1e-6)
    assert made.reading.confidence == "high"


def test_two_concentric_circles_extruded_are_a_ring():
    _made, solid = _solid("Create a spacer. Draw two concentric circles, the outer with a radius of 12 mm and the inner "
                          "with a radius of 5 mm. Extrude the sketch 4 mm.")
    assert solid.volume == pytest.approx(math.pi * (144 - 25) * 4, rel=1e-3)


# -- lofts and revolves: heights from a plane step or a phrase; profiles spanned by radius and height -
def test_a_loft_section_lies_on_the_plane_a_step_before_it_named():
    (loft,) = _ops("1. Sketch a 50 x 50 mm square centred on the origin.\n2. Add a work plane parallel to XY at Z = 40 mm.\n"
                   "3. Sketch a 24 mm diameter circle centred on that plane.\n4. Loft from the square to the circle.")
    assert isinstance(loft, ops.Loft) and [s.z for s in loft.sections] == [0.0, 40.0]
    assert read("1. Sketch a 50 x 50 mm square centred on the origin.\n2. Add a work plane parallel to XY at Z = 40 mm.\n"
                "3. Sketch a 24 mm diameter circle centred on that plane.\n4. Loft from the square to the circle.").reading.confidence == "high"


def test_a_circle_drawn_at_a_height_is_a_loft_section_not_a_cylinder():
    (loft,) = _ops("Start with a 30 mm square on the XY plane. Then draw a circle 16 mm in diameter centred above the "
                   "square at a height of 25 mm. Finally, loft between the square and the circle.")
    assert isinstance(loft, ops.Loft)
    assert [(s.shape, s.size, s.z) for s in loft.sections] == [("rect", (30.0, 30.0), 0.0), ("circle", (16.0, 16.0), 25.0)]


def test_a_rectangle_spanning_a_radius_and_a_height_revolves_into_a_sleeve():
    _made, solid = _solid("1. In the XZ plane draw a rectangle spanning radius 8 mm to 14 mm and height 0 to 20 mm.\n"
                          "2. Revolve the rectangle 360 degrees about the Z axis.")
    assert solid.volume == pytest.approx(math.pi * (14 ** 2 - 8 ** 2) * 20, rel=1e-3)


def test_a_hole_through_each_boss_goes_where_the_bosses_are():
    prompt = ("First make a plate 100 mm by 40 mm by 6 mm. Then add two bosses 14 mm in diameter and 8 mm tall on the top "
              "face, 30 mm either side of the centre. Finally drill a 5 mm hole through each boss and the plate.")
    hole = _ops(prompt)[-1]
    assert isinstance(hole, ops.Holes) and sorted(hole.positions) == [(-30.0, 0.0), (30.0, 0.0)]
    _made, solid = _solid(prompt)
    assert solid.volume == pytest.approx(100 * 40 * 6 + 2 * math.pi * 49 * 8 - 2 * math.pi * 6.25 * 14, rel=2e-3)

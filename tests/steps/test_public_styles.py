"""Public benchmark styles (Text2CAD sequences, CADPrompt captions, revolve / loft / sweep prose).

One test or more per class of misreading found on tests/data/steps_stepsb.jsonl and steps3; the
prompts are new phrasings and values, not lines of the sets. Values are checked, not just a part.
"""

from __future__ import annotations

import math

import pytest

from naturalcad.request import Request, validate
from naturalcad.sources.offline import TemplateSource
from naturalcad.steps import cadseq
from naturalcad.steps.generate import generate_steps


def _solid(prompt):
    made = generate_steps(prompt)
    assert made is not None
    scope: dict = {}
    exec(made.code, scope)
    return made, scope["result"]


def _box(solid):
    bb = solid.bounding_box()
    return [round(v, 6) for v in (bb.min.X, bb.min.Y, bb.min.Z, bb.max.X, bb.max.Y, bb.max.Z)]


def _rect(x: float, y: float) -> str:
    return (f"line 1 from (0.0, 0.0) to ({x}, 0.0), line 2 from ({x}, 0.0) to ({x}, {y}), "
            f"line 3 from ({x}, {y}) to (0.0, {y}) and line 4 from (0.0, {y}) to (0.0, 0.0)")


# -- Text2CAD coordinate systems: Euler angles as the datasets store them ------------------------------
@pytest.mark.parametrize(("euler", "x_dir", "normal"), [
    ((0, 0, 0), (1, 0, 0), (0, 0, 1)),
    ((0, 0, -90), (1, 0, 0), (0, -1, 0)),
    ((0, 0, 90), (1, 0, 0), (0, 1, 0)),
    ((-90, 0, -90), (0, 1, 0), (1, 0, 0)),
    ((90, 0, 0), (0, -1, 0), (0, 0, 1)),
])
def test_euler_angles_are_extrinsic_zyx_of_the_plane_axes(euler, x_dir, normal):
    got_x, got_z = cadseq.plane_axes(euler)
    assert got_x == pytest.approx(x_dir, abs=1e-12) and got_z == pytest.approx(normal, abs=1e-12)


def test_a_wall_on_a_minus_90_system_stands_on_the_plate_edge():
    made, solid = _solid(
        "Part 1: Create a new coordinate system with Euler angles [0.0, 0.0, 0.0] and translation vector [0.0, 0.0, 0.0]. "
        f"On face 1, loop 1 draw {_rect(0.5, 0.3)}. Extrude 0.04 units towards the normal and 0.0 units opposite, new body. "
        "Part 2: Create a new coordinate system with Euler angles [0.0, 0.0, -90.0] and translation vector [0.0, 0.04, 0.04]. "
        f"On face 1, loop 1 draw {_rect(0.5, 0.2)}. Extrude 0.04 units towards the normal and 0.0 units opposite, joining it.")
    assert _box(solid) == pytest.approx([0, 0, 0, 0.5, 0.3, 0.24], abs=1e-6)
    assert solid.volume == pytest.approx(0.5 * 0.3 * 0.04 + 0.5 * 0.2 * 0.04, rel=1e-6)
    assert "z_dir=(0.0, -1.0, 0.0)" in made.code


def test_a_side_hole_on_a_yz_system_goes_through_along_x():
    _, solid = _solid(
        "Part 1: Create a coordinate system with Euler angles [0.0, 0.0, 0.0] and translation vector [0.0, 0.0, 0.0]. "
        f"On face 1, loop 1 draw {_rect(0.4, 0.4)}. Extrude 0.2 along the normal and 0.0 opposite, new solid body. "
        "Part 2: Create a coordinate system with Euler angles [-90.0, 0.0, -90.0] and translation vector [0.0, 0.0, 0.0]. "
        "On face 1, loop 1 draw a circle with center (0.2, 0.1) and radius 0.04. "
        "Extrude 0.4 along the normal and 0.0 opposite, cutting material from the body.")
    assert solid.volume == pytest.approx(0.4 * 0.4 * 0.2 - math.pi * 0.04 ** 2 * 0.4, rel=1e-4)


def test_a_title_naming_an_extrusion_does_not_end_the_sketch():
    _, solid = _solid(
        "Part 1 - Flat bar extrusion. Coordinate system: Euler angles [-90.0, 0.0, -90.0], translation vector [0.0, 0.0, 0.0]. "
        f"Sketch, face 1, loop 1: {_rect(0.6, 0.1)}. Extrude depth towards normal: 0.3. Extrude depth opposite normal: 0.0.")
    assert sorted(tuple(solid.bounding_box().size)) == pytest.approx([0.1, 0.3, 0.6], abs=1e-6)


def test_euler_angles_written_as_a_list_with_and_and_degrees():
    (part,) = cadseq.read_sequence(
        "Create a new coordinate system with Euler angles set to 0.0, 0.0, and -90.0 degrees and a translation vector "
        "of 0.0, 0.05, 0.0. On the first face, in the first loop, draw a circle with a center at (0.2, 0.2) and a radius "
        "of 0.2. Extrude the sketch 0.05 units along the normal.")
    assert part.euler == (0.0, 0.0, -90.0) and part.translation == (0.0, 0.05, 0.0)


def test_another_circle_with_the_same_centre_is_concentric():
    (part,) = cadseq.read_sequence(
        "Create a new coordinate system with Euler angles [0.0, 0.0, 0.0] and translation vector [0.0, 0.0, 0.0]. "
        "In the first loop, draw a circle with a center at (0.3, 0.3) and a radius of 0.3. In the second loop, draw "
        "another circle with the same center and a radius of 0.12. Extrude the sketch 0.1 units along the normal.")
    assert [lp.circle for lp in part.loops] == [(0.3, 0.3, 0.3), (0.3, 0.3, 0.12)]


# -- sketch scale: a factor, unless the part states the size the sketch is already drawn in --------------
def test_a_sketch_scale_scales_the_sketch_about_its_origin():
    _, solid = _solid(
        "Create a new coordinate system with Euler angles [0.0, 0.0, 0.0] and translation vector [0.0, 0.0, 0.0]. "
        f"On face 1, loop 1 draw {_rect(0.8, 0.4)}. Scale the sketch by 0.5. Extrude 0.1 towards the normal, new body.")
    assert _box(solid) == pytest.approx([0, 0, 0, 0.4, 0.2, 0.1], abs=1e-6)


def test_a_stated_final_size_the_unscaled_sketch_has_keeps_it_unscaled():
    made, solid = _solid(
        "Create a new coordinate system with Euler angles [0.0, 0.0, 0.0] and translation vector [0.0, 0.0, 0.0]. "
        f"On face 1, loop 1 draw {_rect(0.8, 0.4)}. Scale the sketch by 0.8. Extrude 0.1 towards the normal, new body. "
        "The final dimensions of the plate are a length of 0.8 units, a width of 0.4 units and a height of 0.1 units.")
    assert _box(solid) == pytest.approx([0, 0, 0, 0.8, 0.4, 0.1], abs=1e-6)
    assert made.reading.assumed == []


def test_a_stated_size_that_is_the_scaled_sketch_keeps_the_scale():
    _, solid = _solid(
        "Create a new coordinate system with Euler angles [0.0, 0.0, 0.0] and translation vector [0.0, 0.0, 0.0]. "
        f"On face 1, loop 1 draw {_rect(0.8, 0.4)}. Scale the sketch by 0.5. Extrude 0.1 towards the normal, new body. "
        "The plate measures 0.4 by 0.2 by 0.1.")
    assert _box(solid) == pytest.approx([0, 0, 0, 0.4, 0.2, 0.1], abs=1e-6)


def test_an_extrusion_both_ways_spans_both_sides_of_the_plane():
    _, solid = _solid(
        "Create a new coordinate system with Euler angles [0.0, 0.0, 0.0] and translation vector [0.0, 0.0, 0.0]. "
        "On face 1, loop 1 draw a circle with center (0.2, 0.2) and radius 0.2. "
        "Extrude 0.05 units in the direction of the normal and 0.03 units in the opposite direction, new solid body.")
    box = _box(solid)
    assert box[2] == pytest.approx(-0.03, abs=1e-6) and box[5] == pytest.approx(0.05, abs=1e-6)


def test_a_small_part_in_normalised_units_keeps_its_volume_in_the_report():
    from naturalcad.geometry import _measure
    assert _measure(0.00432) == 0.00432 and _measure(21600.00004) == 21600.0


# -- captions of the final shape: one shape class reads every number, or the caption is declined ---------
def _caption(prompt):
    made, solid = _solid(prompt)
    assert made.reading.why == "the description reads as a caption of the final shape"
    assert made.reading.confidence == "high"
    return made, solid


def test_a_torus_from_its_tube_and_its_outside_diameter():
    _, solid = _caption("The object is a ring with a round cross-section, like a bagel. The tube is 6 mm in diameter "
                        "and the outside diameter of the ring is 46 mm.")
    assert sorted(tuple(solid.bounding_box().size)) == pytest.approx([6, 46, 46], abs=1e-3)
    assert solid.volume == pytest.approx(2 * math.pi ** 2 * 20 * 3 ** 2, rel=1e-4)


def test_torus_sizes_that_disagree_are_not_built_as_read():
    from naturalcad.steps import captions
    assert captions.read_caption("The object is a torus. The tube is 6 mm in diameter, the mean diameter is 40 mm "
                                 "and the outside diameter is 50 mm.") is None


def test_a_frustum_whose_faces_are_named_before_their_sizes():
    _, solid = _caption("The object is a frustum with a flat top and a flat bottom. The bottom is 36 mm in diameter, "
                        "the top is 18 mm in diameter, and they are 24 mm apart.")
    assert solid.volume == pytest.approx(math.pi * 24 / 3 * (18 ** 2 + 18 * 9 + 9 ** 2), rel=1e-4)


def test_a_ball_cut_flat_stands_on_its_base_with_the_stated_height():
    made, solid = _caption("The object is a ball with a flat base, sliced by a horizontal plane. The ball has a "
                           "diameter of 50 mm and the part is 40 mm tall.")
    box = _box(solid)
    assert box[2] == pytest.approx(0, abs=1e-6) and box[5] == pytest.approx(40, abs=1e-6)
    h = 10  # the cap cut off: 50 - 40
    assert solid.volume == pytest.approx(4 / 3 * math.pi * 25 ** 3 - math.pi * h * h * (3 * 25 - h) / 3, rel=1e-4)
    assert {v.role for v in made.reading.steps[0].values} >= {"sphere diameter", "height (agrees)"}


def test_a_u_channel_with_its_inside_sizes_as_checks():
    _, solid = _caption("The object is a U-shaped channel, open at the top and both ends. It is 90 mm long, 36 mm wide "
                        "and 20 mm tall. The walls and the floor are each 3 mm thick, leaving a slot 30 mm wide and 17 mm deep.")
    assert sorted(tuple(solid.bounding_box().size)) == pytest.approx([20, 36, 90], abs=1e-6)
    assert solid.volume == pytest.approx((36 * 20 - 30 * 17) * 90, rel=1e-6)


def test_a_flanged_hub_with_a_bore_and_bolt_holes_on_a_pitch_circle():
    # the step reader reads this caption whole too since s-bodies4 (the hub's overall height runs from the underside)
    made, solid = _solid("The object is a flanged hub. A circular flange 80 mm in diameter and 8 mm thick carries a "
                        "hub 30 mm in diameter rising 22 mm above it, for an overall height of 30 mm. A 12 mm bore runs "
                        "through the hub and the flange. The flange has six 6 mm holes on a 60 mm pitch circle.")
    assert made.reading.confidence == "high"
    vol = math.pi * (40 ** 2 * 8 + 15 ** 2 * 22 - 6 ** 2 * 30 - 6 * 3 ** 2 * 8)
    assert solid.volume == pytest.approx(vol, rel=1e-4)
    assert sorted(tuple(solid.bounding_box().size)) == pytest.approx([30, 80, 80], abs=0.01)


def test_a_stepped_cylinder_whose_overall_height_does_not_add_up_is_declined():
    from naturalcad.steps import captions
    assert captions.read_caption("A cylindrical object with a step. The main cylinder has a diameter of 30 mm and a "
                                 "height of 40 mm. A smaller cylinder, 12 mm in diameter and 10 mm tall, sits on top. "
                                 "The overall height is 55 mm.") is None


def test_a_two_step_block_flush_with_one_end():
    _, solid = _caption("The object is a two-step block. The lower step is 70 mm long, 30 mm wide and 12 mm high; the "
                        "upper step is 20 mm long, 30 mm wide and 8 mm high, flush with one of the short ends.")
    assert solid.volume == pytest.approx(70 * 30 * 12 + 20 * 30 * 8, rel=1e-6)
    assert _box(solid)[5] == pytest.approx(20, abs=1e-6)
    top = solid.faces().sort_by(lambda f: f.center().Z)[-1]
    assert abs(top.center().X) == pytest.approx(25, abs=1e-6)  # at an end, not centred


def test_a_rounded_plate_keeps_its_corner_radius_as_a_corner_not_an_edge_fillet():
    _, solid = _caption("The object is a flat plate with rounded corners and four holes. The plate is 70 mm long, "
                        "45 mm wide and 3 mm thick, and the corner radius is 6 mm. The four holes are 4 mm in diameter, "
                        "one near each corner, 7 mm from the adjacent edges.")
    area = 70 * 45 - (4 - math.pi) * 36 - 4 * math.pi * 4
    assert solid.volume == pytest.approx(area * 3, rel=1e-4)


# -- revolve / sweep / loft prose: profiles named by their bounds, sections by a diameter ------------------
def test_a_rectangle_named_by_its_x_and_z_bounds_revolves_into_a_ring():
    _, solid = _solid("On the XZ plane draw a rectangle with corners at X = 12 and X = 20 and at Z = 0 and Z = 9. "
                      "Revolve it 360 degrees about the Z axis.")
    assert solid.volume == pytest.approx(math.pi * (20 ** 2 - 12 ** 2) * 9, rel=1e-4)


def test_a_rectangle_from_x_to_x_revolved_part_way_is_a_sector():
    _, solid = _solid("On the XZ plane, draw a rectangle from X = 20 to X = 35 and from Z = 0 to Z = 6. "
                      "Then revolve it 120 degrees about the Z axis.")
    assert solid.volume == pytest.approx(math.pi * (35 ** 2 - 20 ** 2) * 6 / 3, rel=1e-4)


def test_a_circle_given_in_diameter_is_the_section_a_sweep_follows():
    _, solid = _solid("First draw a circle 6 mm in diameter on the XZ plane, centred at X = 30. Then sweep the circle "
                      "along a 90 degree arc of radius 30 mm in the XY plane, centred on the origin.")
    assert solid.volume == pytest.approx(math.pi * 3 ** 2 * (math.pi * 30 / 2), rel=1e-3)


def test_a_circle_sketched_on_the_top_face_and_extruded_up_is_a_boss():
    made, solid = _solid("1. Sketch a circle of diameter 44 on the XY plane. 2. Extrude it 6 mm. 3. Sketch a circle of "
                         "diameter 18 on the top face of the disc, concentric. 4. Extrude it 12 mm upward and join.")
    assert _box(solid)[5] == pytest.approx(18, abs=1e-6)
    assert solid.volume == pytest.approx(math.pi * (22 ** 2 * 6 + 9 ** 2 * 12), rel=1e-4)
    assert not [s for s in made.reading.steps if s.problem]


def test_a_loft_section_on_a_plane_given_above_the_first():
    _, solid = _solid("Draw a 24 mm square on the XY plane. On a plane 30 mm above it draw a circle 12 mm in diameter. "
                      "Loft the square to the circle.")
    assert _box(solid)[5] == pytest.approx(30, abs=1e-6)


def test_an_object_named_only_by_adjectives_is_built_by_the_reader_that_read_all_of_it():
    # Text2CAD beginner style: no family is named, so "cylindrical object" must not become a plate
    request = validate(Request("Make a cylindrical object with a flat top and bottom. The cylinder has a diameter of "
                               "44 mm and a height of 18 mm.", offline=True))
    made = TemplateSource().generate(request)
    assert made.family == "steps" and made.params["cylinder_diameter"] == 44 and made.params["cylinder_height"] == 18


def test_a_caption_shape_class_goes_before_the_templates():
    request = validate(Request("The object is a frustum: the base is 30 mm in diameter, the top is 12 mm in diameter "
                               "and the height is 20 mm.", offline=True))
    made = TemplateSource().generate(request)
    assert made.family == "steps" and made.params["cone_bottom_diameter"] == 30 and made.params["cone_height"] == 20

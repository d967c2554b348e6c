"""Public benchmark styles (Text2CAD sequences, CADPrompt captions, revolve / loft / sweep prose).

One test or more per class of misreading found on tests/data/steps_stepsb.jsonl and steps3; the
prompts are new phrasings and values, not lines of the sets. Values are checked, not just a part.
"""

from __future__ import annotations

import math

import pytest

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

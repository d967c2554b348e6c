"""Text2CAD in the real dataset's spellings (the variants the writers' imitations never had).

Each test is one class of wording found in public text quoting the real annotations (spoken
numbers, JSON keys as names, markdown, bare centres, Euler angles in words) or one convention of
the dataset's code (a sketch scale that is the sketch's size). New values, not lines of the set.
Values are checked, not just a part.
"""

from __future__ import annotations

import math

import pytest

from naturalcad.prompt import scan
from naturalcad.steps import cadseq
from naturalcad.steps.generate import generate_steps
from naturalcad.steps.t2ctext import spoken_numbers, text2cad_spelling

_RECT = ("the first line starts at (0.0, 0.0) and ends at (0.5, 0.0), the second line starts at (0.5, 0.0) and ends at "
         "(0.5, 0.25), the third line starts at (0.5, 0.25) and ends at (0.0, 0.25), and the fourth line starts at "
         "(0.0, 0.25) and ends at (0.0, 0.0)")


def _size(prompt: str) -> tuple[list[float], float, str]:
    made = generate_steps(prompt)
    assert made is not None
    scope: dict = {}
    exec(made.code, scope)
    solid = scope["result"]
    bb = solid.bounding_box()
    return sorted(round(v, 6) for v in (bb.size.X, bb.size.Y, bb.size.Z)), solid.volume, made.reading.confidence


# -- spellings --------------------------------------------------------------------------------------
@pytest.mark.parametrize(("spoken", "digits"), [
    ("zero point three nine two six", "0.3926"),
    ("negative ninety degrees", "-90 degrees"),
    ("one hundred and eighty degrees", "180 degrees"),
    ("zero point zero five", "0.05"),
    ("zero, zero, and twenty four", "0, 0, and 24"),
    ("extrude in one direction into three dimensions", "extrude in one direction into three dimensions"),
])
def test_spoken_numbers_become_digits(spoken, digits):
    assert spoken_numbers(spoken) == digits


def test_json_keys_markdown_and_part_tags_read_as_names():
    t = text2cad_spelling("<part_2>\n#### Draw\n- **Face 1**: on face\\_1, loop_2 has arc_1 and circle_1 </part_2>")
    assert "Part 2:" in t and "face 1" in t and "loop 2" in t and "arc 1" in t and "circle 1" in t
    assert "**" not in t and "#" not in t and "</" not in t


def test_a_centre_without_brackets_is_a_point_but_a_triple_is_not():
    t = text2cad_spelling("a circle with its center at 0.0984, 0.0984, and a radius of 0.0984; translation vector to 0.1, 0.2, and 0.3")
    assert "center at (0.0984, 0.0984)" in t
    assert "0.1, 0.2, and 0.3" in t


def test_a_fully_spoken_sequence_builds_its_cylinder():
    prompt = ("Create a new coordinate system by setting the Euler angles to zero, zero, and negative ninety degrees, and the "
              "translation vector to zero, zero point three, and zero. Next, draw a two-dimensional sketch on the first face. "
              "In the first loop, draw a single circle centered at coordinates zero point zero four, zero point zero four, "
              "with a radius of zero point zero four. Extrude the two-dimensional sketch along the normal direction by zero "
              "point three units, ensuring no extrusion occurs in the opposite direction, to create a new solid body.")
    size, volume, conf = _size(prompt)
    assert size == pytest.approx([0.08, 0.08, 0.3], abs=1e-6)
    assert volume == pytest.approx(math.pi * 0.04 ** 2 * 0.3, rel=1e-3)
    part = cadseq.read_sequence(prompt)[0]
    assert part.euler == (0.0, 0.0, -90.0) and part.translation == (0.0, 0.3, 0.0)
    assert conf == "high"


# -- Euler angles in words --------------------------------------------------------------------------
@pytest.mark.parametrize(("words", "euler"), [
    ("Euler angles set to 0 degrees for the first 2 angles and -90 degrees for the third angle", (0.0, 0.0, -90.0)),
    ("Define the Euler angles as negative ninety degrees for the x-axis, zero degrees for the y-axis, and negative "
     "ninety degrees for the z-axis", (-90.0, 0.0, -90.0)),
    ("Euler angles [0.0°, 0.0°, -90.0°]", (0.0, 0.0, -90.0)),
    ("Euler angles set to zero", (0.0, 0.0, 0.0)),
])
def test_euler_angles_written_in_words(words, euler):
    prompt = (f"Create a new coordinate system with {words} and a translation vector of [0.0, 0.2, 0.0]. Draw a sketch: "
              f"{_RECT}. Extrude the sketch 0.2 units towards the normal, creating a new solid body.")
    part = cadseq.read_sequence(prompt)[0]
    assert part.euler == euler
    assert part.translation == (0.0, 0.2, 0.0)


# -- the dataset's convention: the sketch scale is the sketch's size ---------------------------------
def test_a_sketch_scale_equal_to_the_sketch_extent_is_its_size_not_a_factor():
    prompt = ("Create a new coordinate system with Euler angles [0.0, 0.0, 0.0] and translation vector [0.0, 0.0, 0.0]. "
              f"Draw a sketch: {_RECT}. Scale the sketch by a factor of 0.5. Extrude the sketch 0.1 units towards the "
              "normal and 0.0 units in the opposite direction, creating a new solid body.")
    size, volume, _ = _size(prompt)
    assert size == pytest.approx([0.1, 0.25, 0.5], abs=1e-6)
    assert volume == pytest.approx(0.5 * 0.25 * 0.1, rel=1e-6)
    made = generate_steps(prompt)
    assert made is not None and "drawn at size" in made.reading.steps[0].summary


def test_a_stated_final_size_that_agrees_with_the_scaled_sketch_keeps_the_factor():
    prompt = ("Create a new coordinate system with Euler angles [0.0, 0.0, 0.0] and translation vector [0.0, 0.0, 0.0]. "
              f"Draw a sketch: {_RECT}. Scale the sketch by a factor of 0.5. Extrude the sketch 0.1 units towards the "
              "normal, creating a new solid body. The final dimensions are length 0.25, width 0.125 and height 0.1.")
    size, _, _ = _size(prompt)
    assert size == pytest.approx([0.1, 0.125, 0.25], abs=1e-6)


def test_a_scale_that_is_not_the_sketch_extent_is_applied():
    prompt = ("Create a new coordinate system with Euler angles [0.0, 0.0, 0.0] and translation vector [0.0, 0.0, 0.0]. "
              f"Draw a sketch: {_RECT}. Scale the sketch by a factor of 0.75. Extrude the sketch 0.1 units towards the "
              "normal, creating a new solid body.")
    size, _, _ = _size(prompt)
    assert size == pytest.approx([0.1, 0.1875, 0.375], abs=1e-6)


# -- extrusions and parts ----------------------------------------------------------------------------
def test_both_the_normal_and_opposite_directions_is_that_distance_each_way():
    prompt = ("Create a new coordinate system with Euler angles set to 0, 0, -90 degrees and a translation vector of 0, "
              "0.25, 0. Draw a circle centered at (0.2, 0.2) with a radius of 0.2. Apply a scale factor of 0.4 to the sketch. "
              "Extrude the sketch 0.125 units in both the normal and opposite directions to create a solid body.")
    size, volume, _ = _size(prompt)
    assert size == pytest.approx([0.25, 0.4, 0.4], abs=1e-6)
    assert volume == pytest.approx(math.pi * 0.04 * 0.25, rel=1e-3)


def test_the_same_coordinate_system_as_part_1_is_that_part_s_plane():
    prompt = ("Part 1: Create a new coordinate system with Euler angles [0.0, 0.0, -90.0] and translation vector "
              f"[0.0, 0.2, 0.0]. Draw a sketch: {_RECT}. Extrude 0.2 units towards the normal, creating a new solid body. "
              "Part 2: Use the same coordinate system as Part 1. Draw a sketch: the first loop is a circle with center at "
              "(0.25, 0.125) and radius 0.05. Extrude 0.2 units towards the normal, removing material from the existing body.")
    parts = cadseq.read_sequence(prompt)
    assert [p.number for p in parts] == [1, 2]
    assert parts[1].euler == (0.0, 0.0, -90.0) and parts[1].translation == (0.0, 0.2, 0.0)
    size, volume, _ = _size(prompt)
    assert size == pytest.approx([0.2, 0.25, 0.5], abs=1e-6)
    assert volume == pytest.approx(0.5 * 0.25 * 0.2 - math.pi * 0.05 ** 2 * 0.2, rel=1e-3)


def test_arc_1_and_circle_1_names_are_entities():
    prompt = ("Create a new coordinate system with Euler angles [0.0, 0.0, 0.0] and translation vector [0.0, 0.0, 0.0]. "
              "On face_1, loop_1: line_1 starts at (0.05, 0.0) and ends at (0.25, 0.0); arc_1 starts at (0.25, 0.0), with "
              "a mid point at (0.3, 0.05), and ends at (0.25, 0.1); line_2 starts at (0.25, 0.1) and ends at (0.05, 0.1); "
              "arc_2 starts at (0.05, 0.1), with a mid point at (0.0, 0.05), and ends at (0.05, 0.0). loop_2: circle_1 with "
              "center at (0.05, 0.05) and radius 0.02. Scale this sketch by a factor of 0.3. Extrude the sketch 0.05 units "
              "towards the normal. This operation creates a new solid body.")
    size, volume, conf = _size(prompt)
    assert size == pytest.approx([0.05, 0.1, 0.3], abs=1e-6)
    assert volume == pytest.approx((0.2 * 0.1 + math.pi * 0.05 ** 2 - math.pi * 0.02 ** 2) * 0.05, rel=1e-3)
    assert conf == "high"


def test_2d_3d_and_line_counts_are_not_sizes_for_the_size_check():
    found = [q.value for q in scan("Draw a 2D sketch, a loop of 4 lines, and transform it into 3D. Extrude it 12 mm.")
             if q.kind == "length"]
    assert found == [12.0]


def test_another_coordinate_system_opens_a_part_and_a_concentric_circle_shares_the_centre():
    prompt = ("Create a new coordinate system with Euler angles set to [0.0, 0.0, 0.0] and a translation vector of "
              "[0.0, 0.0, 0.0]. On the first face, draw a circle centered at (0.375, 0.375) with a radius of 0.375. On the "
              "second loop, draw a smaller concentric circle with a radius of 0.2. Apply a scale factor of 0.75. Extrude "
              "the sketch 0.1 units towards the normal, creating a new solid body. Then create another coordinate system "
              "with Euler angles set to [0.0, 0.0, 0.0] and a translation vector of [0.175, 0.175, 0.0]. Draw a circle "
              "centered at (0.2, 0.2) with a radius of 0.2 and another circle with the same center and a radius of 0.1. "
              "Scale the sketch by 0.4. Extrude 0.3 units towards the normal and add it to the existing body.")
    parts = cadseq.read_sequence(prompt)
    assert len(parts) == 2 and parts[1].mode == "join" and parts[1].translation == (0.175, 0.175, 0.0)
    assert parts[0].loops[1].circle == (0.375, 0.375, 0.2)
    size, volume, _ = _size(prompt)
    assert size == pytest.approx([0.3, 0.75, 0.75], abs=1e-6)
    # the tube stands in the ring's hole: the two do not overlap
    want = math.pi * (0.375 ** 2 - 0.2 ** 2) * 0.1 + math.pi * (0.2 ** 2 - 0.1 ** 2) * 0.3
    assert volume == pytest.approx(want, rel=1e-3)


def test_a_writer_who_scales_one_part_scales_them_all():
    # part 2's scale is not its sketch's extent, so it is a factor; part 1's equal scale is one too
    prompt = ("Part 1: Create a new coordinate system with Euler angles [0.0, 0.0, 0.0] and translation vector "
              "[0.0, 0.0, 0.0]. Draw a sketch: line 1 from (0.0, 0.0) to (0.6, 0.0), line 2 from (0.6, 0.0) to (0.6, 0.3), "
              "line 3 from (0.6, 0.3) to (0.0, 0.3), line 4 from (0.0, 0.3) to (0.0, 0.0). Apply a sketch scale of 0.6. "
              "Extrude 0.2 units towards the normal, creating a new solid body. Part 2: Create a new coordinate system with "
              "Euler angles [0.0, 0.0, 0.0] and translation vector [0.0, 0.0, 0.0]. Draw a sketch: line 1 from (0.2, 0.2) "
              "to (0.4, 0.2), line 2 from (0.4, 0.2) to (0.4, 0.3), line 3 from (0.4, 0.3) to (0.2, 0.3), line 4 from "
              "(0.2, 0.3) to (0.2, 0.2). Apply a sketch scale of 0.6. Extrude 0.2 units towards the normal, removing "
              "material from the existing body.")
    parts = cadseq.read_sequence(prompt)
    assert [p.scale for p in parts] == [0.6, 0.6]
    size, volume, _ = _size(prompt)
    assert size == pytest.approx([0.18, 0.2, 0.36], abs=1e-6)  # the groove runs out of the scaled block's edge
    assert volume == pytest.approx((0.36 * 0.18 - 0.12 * 0.06) * 0.2, rel=1e-3)


def test_entity_labels_are_not_sizes_for_the_size_check():
    found = scan("Part 1: on face 1, loop 2, line 3 from (0, 0) to (40, 0); a line 12 mm long.")
    assert [q.value for q in found if q.kind == "length"] == [12.0]
    assert [q.value for q in found if q.kind == "coordinate"] == [0.0, 0.0, 40.0, 0.0]  # points, not sizes (s-sketch)


def test_a_rotation_around_the_x_y_and_z_axes_is_the_euler_triple():
    prompt = ("Create a new coordinate system. Draw a sketch: " + _RECT + ". Transform the 2D sketch into a 3D sketch using a "
              "rotation of 0°, 0°, and -90° around the X, Y, and Z axes, respectively, and a translation vector of "
              "(0, 0.1, 0). Extrude 0.1 units towards the normal, creating a new solid body.")
    part = cadseq.read_sequence(prompt)[0]
    assert part.euler == (0.0, 0.0, -90.0) and part.translation == (0.0, 0.1, 0.0)
    assert cadseq.plane_axes(part.euler)[1] == (0.0, -1.0, 0.0)  # sketched on XZ, extruded along -Y


@pytest.mark.parametrize("euler", [(0, 0, -90), (-90, 0, -90), (180, 0, -90), (90, 0, 0), (0, 90, 0), (30, -45, 60), (-90, 0, 180)])
def test_plane_axes_are_the_rows_of_text2cads_rotation(euler):
    # CadSeqProc's CoordinateSystem.denumericalize: R.from_euler("zyx", angles).as_matrix(), rows = x, y, z axes
    from scipy.spatial.transform import Rotation

    rows = Rotation.from_euler("zyx", euler, degrees=True).as_matrix()
    x_dir, normal = cadseq.plane_axes(tuple(float(v) for v in euler))
    assert x_dir == pytest.approx(tuple(rows[0]), abs=1e-9)
    assert normal == pytest.approx(tuple(rows[2]), abs=1e-9)

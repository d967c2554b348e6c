"""The operation grammar's stations and faces (s-grammar, session 6): holes along a named axis placed by
coordinates and heights, coordinate lists, pitch circles sized before the noun, units headers, side-face
bosses, edge loops. Each test names one mechanism and asserts values and the reading's honesty; the
prompts are new phrasings, not lines of the prompt sets. The last test holds the floor of
tests/data/steps_sgrammar.jsonl.
"""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest

from naturalcad.steps import axial, ops
from naturalcad.steps.generate import generate_steps
from naturalcad.steps.read import read
from tests import scoring

ROOT = Path(__file__).resolve().parents[2]


def _ops(prompt: str) -> list[ops.Operation]:
    return [op for _, op in read(prompt).operations]


def _holes(prompt: str) -> list[ops.Holes]:
    return [op for op in _ops(prompt) if isinstance(op, ops.Holes)]


def _solid(prompt: str):  # type: ignore[no-untyped-def]
    made = generate_steps(prompt)
    assert made is not None
    scope: dict = {}
    exec(made.code, scope)
    return scope["result"]


def test_direction_words_name_the_axis() -> None:
    frame = axial.Frame(80, 40, 30)
    assert axial.direction("bore it parallel to the Y axis", frame) == "Y"
    assert axial.direction("drill in the X direction", frame) == "X"
    assert axial.direction("a hole runs through the 40 mm depth", frame) == "Y"
    assert axial.direction("drill vertically through the horizontal leg", frame) == "Z"
    assert axial.direction("a hole through the vertical leg", frame) is None  # 'vertical leg' names a leg, not a direction


def test_sideways_hole_by_height_and_centre_words() -> None:
    (hole,) = _holes("Make a block 90 long (X) by 36 deep (Y) by 44 high (Z), in mm. "
                     "Then drill an 11 mm hole in the Y direction right through, centred on the length, its axis 19 mm above the base.")
    assert (hole.axis, hole.diameter, hole.depth) == ("Y", 11.0, None)
    assert hole.positions == [(0.0, 19.0)]


def test_z_coordinate_places_a_cross_hole_in_a_cylinder() -> None:
    (hole,) = _holes("1. Create a 24 mm diameter cylinder 70 mm long along Z.\n2. Cross-drill a 6 mm hole through it at Z = 52.")
    assert hole.axis == "X" and hole.positions == [(0.0, 52.0)]
    solid = _solid("1. Create a 24 mm diameter cylinder 70 mm long along Z.\n2. Cross-drill a 6 mm hole through it at Z = 52.")
    full = math.pi * 12**2 * 70
    assert full - solid.volume > 0.9 * math.pi * 3**2 * 24 * 0.8  # the cross hole took material out


def test_coordinate_said_once_holds_for_every_station_from_a_corner_origin() -> None:
    prompt = ("1. Sketch a 140 x 70 mm rectangle on XY with one corner at the origin.\n2. Extrude 10 mm.\n"
              "3. Drill three 8 mm holes through it at X = 120, Y = 15, Y = 35 and Y = 55.")
    (hole,) = _holes(prompt)
    assert hole.positions == [(50.0, -20.0), (50.0, 0.0), (50.0, 20.0)]
    reading = read(prompt).reading
    assert reading.confidence == "high"
    assert "X = 120, Y = 15" in reading.steps[-1].summary  # the reading speaks in the writer's coordinates


def test_hole_height_off_the_part_is_a_specific_problem() -> None:
    reading = read("A block 60 (X) x 40 (Y) x 30 (Z) mm. Drill a 8 mm hole along X through it at Z = 45, centred in Y.").reading
    assert reading.confidence == "low"
    assert any("height 45 mm is outside the part" in p for p in reading.not_understood)


def test_pitch_circle_sized_before_its_noun() -> None:
    (_, holes) = _holes("1. Sketch a 110 mm circle on XY.\n2. Extrude it 14 mm.\n3. Cut a 40 mm hole through the middle.\n"
                        "4. Drill seven 7 mm holes through, equally spaced on an 84 mm-diameter bolt circle.")
    assert len(holes.positions) == 7
    assert all(math.isclose(math.hypot(*p), 42.0) for p in holes.positions)


def test_units_header_makes_bare_numbers_inches_even_before_a_full_stop() -> None:
    prompt = "Units: inches.\n1. Sketch a 3 x 1.5 rectangle on XY, centred.\n2. Extrude 0.25.\n3. Fillet the four vertical edges 0.2."
    found = _ops(prompt)
    box = next(op for op in found if isinstance(op, ops.Box))
    edges = next(op for op in found if isinstance(op, ops.Edges))
    assert (box.length, box.width, box.height) == pytest.approx((76.2, 38.1, 6.35))
    assert edges.size == pytest.approx(5.08)


def test_boss_on_a_named_side_face_stands_out_of_that_face() -> None:
    prompt = "Start with a 70 x 40 x 36 mm block. Then add a 18 mm diameter boss 14 mm long on the back face, centred on it."
    boss = next(op for op in _ops(prompt) if isinstance(op, ops.Boss))
    assert isinstance(boss.body, ops.Cylinder)
    assert boss.body.axis == "Y" and boss.body.centre == (0.0, 27.0) and boss.body.axis_height == 18.0
    bb = _solid(prompt).bounding_box()
    assert (round(bb.size.X, 3), round(bb.size.Y, 3), round(bb.size.Z, 3)) == (70.0, 54.0, 36.0)


def test_boss_on_a_side_face_with_no_place_is_listed_not_put_on_top() -> None:
    reading = read("Start with a 70 x 40 x 36 mm block. Then add a 18 mm diameter boss 14 mm long on the left face.").reading
    assert reading.confidence == "low"
    assert [s.number for s in reading.steps if s.problem] == [2]


def test_one_named_edge_is_listed_not_read_as_every_edge() -> None:
    reading = read("1. Sketch a 60 x 40 rectangle on XY.\n2. Extrude 20 mm.\n3. Fillet the inside corner edge R4.").reading
    assert reading.confidence == "low" and reading.steps[-1].problem


def test_edge_loop_in_numbered_steps_is_not_a_cad_sequence() -> None:
    reading = read("1. Sketch a 80 x 50 rectangle on XY, centred.\n2. Extrude 10 mm.\n"
                   "3. Chamfer the outer edge loop of the top face 1 mm.").reading
    assert reading.confidence == "high"
    assert reading.steps[-1].operation == "edges"


def test_two_holes_in_one_sentence_are_both_read() -> None:
    holes = _holes("A 120 x 60 x 25 mm block with one corner at the origin. Drill a 10 mm hole vertically through it at "
                   "X = 20, Y = 30, and a 5 mm hole along Y through it at X = 90, Z = 12.")
    assert [(h.axis, h.diameter, h.positions) for h in holes] == [("Z", 10.0, [(-40.0, 0.0)]), ("Y", 5.0, [(30.0, 12.0)])]


def test_flange_at_each_end_inside_the_length_and_the_bore_on_through_them() -> None:
    prompt = ("1. Draw a 50 mm diameter circle on XY and extrude it 120 mm.\n2. Cut a 36 mm bore through the full length.\n"
              "3. At both ends add a collar 80 mm in outside diameter and 10 mm thick, flush with the end face; "
              "the bore continues through the collars.")
    reading = read(prompt).reading
    assert reading.confidence == "high"
    solid = _solid(prompt)
    bb = solid.bounding_box()
    assert round(bb.size.Z, 3) == 120.0 and round(bb.size.X, 2) == 80.0
    want = math.pi / 4 * (50**2 * 100 + 80**2 * 20 - 36**2 * 120)
    assert solid.volume == pytest.approx(want, rel=0.01)


def test_stacked_cylinders_by_height_and_a_cross_hole_below_the_top() -> None:
    found = _ops("Two coaxial cylinders stacked on each other: the lower one 50 mm in diameter and 12 mm tall and the upper one "
                 "30 mm in diameter and 25 mm tall. A 5 mm cross hole passes diametrically through the upper cylinder 8 mm below its top face.")
    sections = [op for op in found if isinstance(op, ops.Cylinder)]
    assert [(c.diameter, c.height, c.z0) for c in sections] == [(50.0, 12.0, 0.0), (30.0, 25.0, 12.0)]
    (hole,) = [op for op in found if isinstance(op, ops.Holes)]
    assert hole.axis == "X" and hole.positions == [(0.0, 29.0)]


def test_polar_station_from_the_axis() -> None:
    (_, hole) = _holes("1. Draw a 90 mm circle on XY and extrude it 8 mm.\n2. Cut a 30 mm hole through the centre.\n"
                       "3. Drill a 6 mm hole through at 120 degrees from +X, 35 mm from the axis.")
    (x, y), = hole.positions
    assert (round(x, 3), round(y, 3)) == (-17.5, 30.311)


def test_rebate_along_a_named_edge() -> None:
    prompt = ("A 90 x 50 x 20 mm block with a rectangular rebate cut along one of its 90 mm top edges over the full length; "
              "the rebate is 12 mm wide and 8 mm deep.")
    assert read(prompt).reading.confidence == "high"
    assert _solid(prompt).volume == pytest.approx(90 * 50 * 20 - 90 * 12 * 8, rel=0.005)


def test_features_joined_by_plus_are_each_read() -> None:
    prompt = ("A 100 x 50 x 8 mm plate with a central 12 mm wide slot with rounded ends, 40 mm long overall, running along "
              "the length of the plate, plus two 7 mm holes on the centreline with centres 12 mm from each short end.")
    found = _ops(prompt)
    (slot,) = [op for op in found if isinstance(op, ops.Slot)]
    (holes,) = [op for op in found if isinstance(op, ops.Holes)]
    assert (slot.width, slot.length) == (12.0, 40.0)
    assert holes.diameter == 7.0 and sorted(holes.positions) == [(-38.0, 0.0), (38.0, 0.0)]


def test_identical_feature_again_elsewhere() -> None:
    found = _ops("1. Plate 100 x 60 x 10 mm.\n2. Pocket a 20 x 10 mm rectangle 4 mm deep into the top face, centred at (-30, 0).\n"
                 "3. Pocket an identical rectangle centred at (30, 0).")
    pockets = [op for op in found if isinstance(op, ops.Pocket)]
    assert [(p.size, p.depth, p.centre) for p in pockets] == [((20.0, 10.0), 4.0, (-30.0, 0.0)), ((20.0, 10.0), 4.0, (30.0, 0.0))]


def test_a_plus_shaped_plate_is_no_box() -> None:
    reading = read("A flat cross-shaped plate 6 mm thick, made of two 80 mm x 20 mm arms crossing at right angles. "
                   "Drill a 8 mm hole through the centre.").reading
    assert reading.confidence == "low"
    assert reading.steps[0].problem and "not understood" in reading.steps[0].problem


# -- the set's floor ----------------------------------------------------------------------------------
SET = ROOT / "tests" / "data" / "steps_sgrammar.jsonl"
SCORER = ROOT.parent / "shared" / "eval" / "check_prompts.py"
# Measured: 6 of 16 on main before the s-grammar changes (1 wrong at high), 16 at the end (scripts/score_reading.py); the floor keeps one case of slack for the check_prompts scorer.
FLOOR = 15


@pytest.mark.slow
@pytest.mark.skipif(not SCORER.exists(), reason="the shared eval script is not next to this checkout")
def test_sgrammar_set_score_does_not_drop() -> None:
    cases = [json.loads(line) for line in SET.read_text().splitlines() if line.strip()]
    passed, lines = scoring.check_score(cases)  # check_prompts.py SET --project ROOT, in this process
    assert len(cases) == 16
    assert passed >= FLOOR, lines

"""A sketch is a set of entities (issue 15, session 10, s-sketch2): outlines of lines, arcs, polylines and
tangent-joined circles (`steps/outline.py`) with the loops inside them as holes; circles placed from the
outline's edges or concentric with the one before; sketches on the XZ / YZ planes cut through all; a symmetric
extrusion; a base drawn by its corners built where it was drawn when the part is mirrored. The prompts are the
engineer's own values and wordings (not lines of tests/data/var11_sketch2_prompts.jsonl)."""

from __future__ import annotations

import math

from naturalcad.steps import ops, outline
from naturalcad.steps.read import read
from tests import scoring

_built = scoring.steps_built
_near = scoring.near


def test_lines_and_arcs_chain_into_one_closed_loop() -> None:
    got = outline.read("a line from (2,0) to (8,0), an arc from (8,0) through (10,2) to (8,4), a line from (8,4) to (2,4) "
                       "and an arc from (2,4) through (0,2) to (2,0)")
    assert len(got.loops) == 1 and not got.problems
    assert got.loops[0].bbox == (0.0, 0.0, 10.0, 4.0)
    assert outline.read("lines from (0,0) to (5,0) to (5,5)").problems  # open: never a guessed outline


def test_a_polyline_plate_with_a_hole_cut_from_the_top_face() -> None:
    prompt = ("XY plane: polyline (0,0) -> (60,0) -> (60,25) -> (0,35) -> close. Extrude 8. New sketch on the top face: "
              "circle Ø10 centred at (20,15). Cut through all.")
    made, ext, vol = _built(prompt)
    assert made.reading.confidence == "high"
    assert ext == [8.0, 35.0, 60.0]
    assert _near(vol, (60 * (25 + 35) / 2 - math.pi * 25) * 8)


def test_a_triangle_of_lines_with_a_circle_inside_at_small_units() -> None:
    prompt = ("Draw a triangle with three lines: from (0,0) to (0.5,0), from (0.5,0) to (0,0.5), and from (0,0.5) back to (0,0). "
              "Put a circle of radius 0.04 centred at (0.12, 0.12). Extrude 0.03 units.")
    made, ext, vol = _built(prompt)
    assert made.reading.confidence == "high"
    assert ext == [0.03, 0.5, 0.5]
    assert _near(vol, (0.125 - math.pi * 0.0016) * 0.03)


def test_circles_from_the_two_nearest_edges_and_concentric_circles() -> None:
    ops_ = [op for _, op in read("Sketch a rectangle 50 by 30. Add four circles of diameter 4, each 6 in from the two nearest "
                                 "edges. Extrude the sketch 3.").operations]
    holes = [op for op in ops_ if isinstance(op, ops.Holes)]
    assert holes and sorted(holes[0].positions) == [(-19.0, -9.0), (-19.0, 9.0), (19.0, -9.0), (19.0, 9.0)]
    _, ext, vol = _built("Draw a circle of radius 0.4 centred at (0.4, 0.4). Concentric with it draw a circle of radius 0.1. "
                            "Extrude the whole sketch 0.05.")
    assert ext == [0.05, 0.8, 0.8] and _near(vol, math.pi * (0.16 - 0.01) * 0.05)


def test_a_symmetric_ring_cut_through_both_walls_from_the_yz_plane() -> None:
    prompt = ("On the XY plane draw two concentric circles, Ø26 and Ø20. Extrude the ring 30 mm symmetrically about the sketch "
              "plane. Then on the YZ plane sketch a Ø4 circle at the origin and cut through all in both directions.")
    made, ext, _ = _built(prompt)
    assert made.reading.confidence == "high"
    assert ext == [26.0, 26.0, 30.0]
    holes = [op for _, op in read(prompt).operations if isinstance(op, ops.Holes)]
    assert holes[0].axis == "X" and holes[0].positions == [(0.0, 0.0)]


def test_a_base_drawn_by_its_corners_is_mirrored_about_the_writers_plane() -> None:
    prompt = ("On the XY plane sketch a rectangle from (0,0) to (20,10). Extrude 4. On the top face sketch a Ø3 circle at (15,5) "
              "and cut through all. Mirror the body about the YZ plane and join.")
    _, ext, vol = _built(prompt)
    assert ext == [4.0, 10.0, 40.0]
    assert _near(vol, 2 * (200 - math.pi * 2.25) * 4)


def test_corner_points_are_an_outline_and_a_negated_through_keeps_a_cut_blind() -> None:
    got = outline.read("I drew a triangle with points at (0,0), (40,0) and (0,30), and extruded it 4 mm")
    assert len(got.loops) == 1 and got.loops[0].bbox == (0.0, 0.0, 40.0, 30.0)
    pockets = [op for _, op in read("Sketch a rectangle of 40 by 30 and extrude it 10 to make a block. Then on the top face draw a "
                                    "centred rectangle 30 by 20 and cut it 6 down into the block (not all the way through).").operations
               if isinstance(op, ops.Pocket)]
    assert pockets and pockets[0].depth == 6.0

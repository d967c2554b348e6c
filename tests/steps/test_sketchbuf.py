"""CAD-software sketch language (issue 15, session 9, s-sketch): a sketch buffer and the operation that consumes it.

A sketch step collects entities on a plane or face; the next extrude / pad / cut / pocket / hole feature consumes
it, in the same step or the next. Coordinates are the sketch's, mapped through the base's placement. Drawing
notes are one step a line; hole grids, rows and rectangle patterns place many features. The prompts are the
engineer's own (new values and phrasings of the class), not lines of /work/corpora/var10/var_sketch_prompts.jsonl.
"""

from __future__ import annotations

import math

from naturalcad.prompt.scan import scan
from naturalcad.steps import ops, patterns
from naturalcad.steps.notes import expand, is_notes, spell_counts
from naturalcad.steps.read import read
from naturalcad.steps.sketchbuf import speaks_sketch
from naturalcad.steps.text import normalise
from tests import scoring

_built = scoring.steps_built
_near = scoring.near


def _ops(prompt: str) -> list[ops.Operation]:
    return [op for _, op in read(prompt).operations]


def test_two_circles_at_coordinates_on_the_same_face_are_two_holes() -> None:
    prompt = ("On the XY plane sketch a rectangle 70 x 40 centred on the origin and extrude it 6 mm. Select the top face, sketch a "
              "Ø16 circle at the origin and extrude-cut through all. On the same face sketch two Ø4 circles at (-25, 0) and (25, 0), "
              "cut through all.")
    assert speaks_sketch(prompt)
    made, ext, vol = _built(prompt)
    assert made.reading.confidence == "high"
    assert ext == [6.0, 40.0, 70.0]
    assert _near(vol, 70 * 40 * 6 - math.pi * (8**2 + 2 * 2**2) * 6)
    holes = [op for op in _ops(prompt) if isinstance(op, ops.Holes)]
    assert [h.positions for h in holes] == [[(0.0, 0.0)], [(-25.0, 0.0), (25.0, 0.0)]]


def test_corner_to_corner_coordinates_map_through_the_base_placement() -> None:
    # the base runs from the origin into +X, +Y: every later coordinate is moved by half the base
    got = _ops("New sketch on XY_Plane: rectangle from (0,0) to (60,40). Pad 5 mm. New sketch on the top face: two circles Ø3 at "
               "(10,20) and (50,20) -> Pocket, Through all.")
    assert isinstance(got[0], ops.Box) and (got[0].length, got[0].width, got[0].height) == (60.0, 40.0, 5.0)
    assert isinstance(got[1], ops.Holes) and got[1].positions == [(-20.0, 0.0), (20.0, 0.0)] and got[1].depth is None


def test_a_slot_base_and_circles_on_both_slot_centres() -> None:
    prompt = "Sketch on XY: a slot with centres at (-20,0) and (20,0), R6 ends. Extrude 4. On the top face sketch Ø4 circles on both slot centres and extrude-cut through all."
    made, ext, vol = _built(prompt)
    assert made.reading.confidence == "high"
    assert ext == [4.0, 12.0, 52.0]
    assert _near(vol, (12 * 40 + math.pi * 36) * 4 - 2 * math.pi * 4 * 4)


def test_a_hexagon_cut_into_the_bottom_face_and_a_hole_from_the_top() -> None:
    prompt = ("Sketch a Ø30 circle on XY, extrude 16. Flip over, sketch on the bottom face a hexagon 10 across flats centred on the axis, "
              "extrude-cut 5 deep. On the top face sketch a Ø6 circle at the centre and cut through all.")
    _made, ext, vol = _built(prompt)
    hexagon = math.sqrt(3) / 2 * 10**2
    assert ext == [16.0, 30.0, 30.0]
    assert _near(vol, math.pi * 15**2 * 16 - hexagon * 5 - math.pi * 9 * 11)


def test_a_circle_on_the_front_face_placed_by_words_is_a_cross_hole() -> None:
    got = _ops("Sketch a 40 x 30 rectangle on the XY plane, centred, and pad it 30 mm up. New sketch on the front face: circle Ø8, "
               "centred left-right, 12 up from the bottom edge. Pocket through all.")
    hole = got[-1]
    assert isinstance(hole, ops.Holes) and hole.axis == "Y" and hole.positions == [(0.0, 12.0)] and hole.depth is None


def test_a_hole_feature_on_a_construction_circle_and_a_pocket_floor_hole() -> None:
    got = _ops("Onshape: sketch on Top plane, circle Ø60 centred at origin, extrude 10 mm. Then Hole feature: simple, Ø5, through all, "
               "3 holes equally spaced on a Ø44 construction circle.")
    holes = got[-1]
    assert isinstance(holes, ops.Holes) and len(holes.positions) == 3 and holes.diameter == 5.0
    assert all(_near(math.hypot(x, y), 22.0) for x, y in holes.positions)


def test_a_sketch_nothing_consumes_is_named_not_built() -> None:
    reading = read("Sketch a rectangle 50 x 30 centred on the XY plane and extrude it 8 mm. On the top face sketch two Ø5 circles at "
                   "(-15, 0) and (15, 0).").reading
    assert reading.confidence == "low"
    assert any("no later step cuts or extrudes" in p for p in reading.not_understood)


def test_a_sketch_tool_the_buffer_does_not_hold_is_not_guessed() -> None:
    reading = read("Sketch a 80 x 60 rectangle centred on the origin, extrude 4. New sketch on the top face, project the outer edges "
                   "and offset them 6 mm inward, extrude-cut through all.").reading
    assert reading.confidence != "high"


def test_the_circle_count_said_must_match_the_centres_placed() -> None:
    reading = read("Sketch rectangle 60 x 40 centred, extrude 5. On the top face sketch three Ø4 circles at (-20, 0) and (20, 0), "
                   "cut through all.").reading
    assert reading.confidence == "low"
    assert any("3 circles said, 2 placed" in p for p in reading.not_understood)


def test_plus_minus_coordinates_are_four_centres() -> None:
    got = patterns.listed(normalise("four circles at (±30, ±20)"))
    assert got is not None and sorted(got.centres) == [(-30.0, -20.0), (-30.0, 20.0), (30.0, -20.0), (30.0, 20.0)]


def test_grid_rows_circles_and_rectangles() -> None:
    g = patterns.grid(normalise("6 x 4 grid of Ø6 holes, 20 pitch along the 120 side and 15 pitch along the 80 side"))
    assert g is not None and len(g.centres) == 24 and min(x for x, _ in g.centres) == -50.0 and max(y for _, y in g.centres) == 22.5
    g2 = patterns.grid(normalise("9 holes in a 3 by 3 grid, 25 mm pitch both ways"))
    assert g2 is not None and len(g2.centres) == 9 and (25.0, 25.0) in g2.centres
    r = patterns.row(normalise("a row of 5 slots 4 wide, 12 pitch"))
    assert r is not None and [x for x, _ in r.centres] == [-24.0, -12.0, 0.0, 12.0, 24.0]
    c = patterns.bolt_circle(normalise("8 holes Ø6 equally spaced on a 50 PCD"))
    assert c is not None and len(c.centres) == 8 and _near(c.centres[0][0], 25.0)
    q = patterns.rectangle(normalise("on a 31 square"))
    assert q is not None and (15.5, 15.5) in q.centres


def test_a_hole_grid_step_builds_every_hole() -> None:
    made, _ext, vol = _built("1. Plate 90 x 90, 5 thick.\n2. 16 holes Ø5 in a 4 by 4 grid, 18 mm pitch both ways, grid centred on the plate.")
    assert made.reading.confidence == "high"
    assert _near(vol, 90 * 90 * 5 - 16 * math.pi * 2.5**2 * 5)


def test_drawing_notes_are_one_step_a_line() -> None:
    prompt = "PLATE 100 x 60 x 6 / 4X Ø7 THRU ON 80 x 40 PATTERN, CTRD / Ø20 THRU @ CTR / R5 ALL VERT CNRS (4)"
    assert is_notes(prompt)
    lines = expand(prompt).split("\n")
    assert lines[1] == "Drill 4 holes Ø7 through on the corners of a 80 x 40 rectangle, centred"
    assert lines[3] == "Fillet the vertical edges 5 mm"
    made, ext, vol = _built(prompt)
    assert ext == [6.0, 60.0, 100.0]
    assert made.reading.confidence == "high"
    assert _near(vol, (100 * 60 - (4 - math.pi) * 25) * 6 - math.pi * (4 * 3.5**2 + 10**2) * 6, rel=0.002)


def test_a_count_callout_names_holes_and_numbered_prose_is_not_notes() -> None:
    assert spell_counts("4x Ø5.5 through on a 47.14 square, centred") == "4 holes Ø5.5 through on a 47.14 square, centred"
    assert spell_counts("4x Ø5.5 holes") == "4x Ø5.5 holes"
    assert not is_notes("1. Round cover Ø100 x 4.\n2. 8 holes Ø5 equally spaced on PCD 84.")


def test_in_before_an_article_is_not_inches() -> None:
    assert "203.2" not in normalise("16 holes Ø8 in a 4 by 4 grid")
    assert "152.4" not in normalise("a hole in each corner 6 in from both edges")
    assert "101.6 mm" in normalise("a plate 4 in long")
    assert "7 mm from each edge" in normalise("4 holes in the corners, 7 from each edge")
    assert "0.50 mm" not in normalise("4X Ø.281 THRU .50 FROM EDGES")  # a decimal on a drawing may be inches: left unbound


def test_coordinates_are_points_for_the_size_check() -> None:
    kinds = [(q.text, q.kind) for q in scan("two Ø5 circles at (-28, 0) and (28, 0), plate 80 mm long")]
    assert ("28", "coordinate") in kinds and ("0", "coordinate") in kinds and ("80 mm", "length") in kinds

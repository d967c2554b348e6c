"""Fit words, the part's own section and holes on every face, held against a measured part.

Each rule of naturalcad/prompt/part_promises.py is checked both ways: the part that keeps the
promise raises nothing, the part that breaks it raises the named doubt (and the reading leaves
`high` with the words named); the fit words themselves are read by naturalcad/prompt/fits.py.
"""

from __future__ import annotations

import pytest

from naturalcad.checks import SizeCheck, with_check
from naturalcad.prompt import Reading
from naturalcad.prompt.fits import clearance_fit, fits_said, metric_clearance
from naturalcad.prompt.part_promises import (
    faces_not_built,
    faces_said,
    fits_not_built,
    sections_not_built,
)
from naturalcad.prompt.promises import Built, BuiltHole

Z = (0.0, 0.0, 1.0)
X = (1.0, 0.0, 0.0)
Y = (0.0, 1.0, 0.0)


def ring(od: float, bore: float, length: float) -> Built:
    return Built((od, od, length), (BuiltHole(bore, Z),), 1, (1,), 1, (od, bore), (length,))


# ---- fits -------------------------------------------------------------------------------------
@pytest.mark.parametrize("prompt, fit", [
    ("Could I get a spacer for an M6 bolt please, 15mm long, 10mm outside, close fit hole", "close"),
    ("M8 spacer 20 long, 16 OD, close-fitting hole", "close"),
    ("spacer 15 long, 12 OD, for M6, tight fit on the bolt", "close"),
    ("spacer for an M5 screw, 12 long, 10 OD, loose fit bore", "loose"),
    ("Distance bush for an M4 bolt, 8 mm outside, 6 long, free fit", "loose"),
    ("two M6 holes normal fit, 50 apart", "medium"),
])
def test_clearance_fit_words_are_read(prompt: str, fit: str) -> None:
    assert clearance_fit(prompt) == fit


@pytest.mark.parametrize("prompt", ["holes close to the edge", "a loose washer", "a fine finish, 40 x 20 x 5 block"])
def test_close_and_loose_without_fit_are_not_fits(prompt: str) -> None:
    assert fits_said(prompt) == []


def test_grades_are_read_as_grades() -> None:
    kinds = {(f.kind, f.fit) for f in fits_said("block with a 10 mm H7 bore; bush press fit in a 16 mm hole")}
    assert kinds == {("grade", "H7"), ("grade", "press")}
    assert fits_said("M6 tapped hole") == []   # an M size is no grade


def test_a_close_fit_built_at_the_normal_fit_is_named() -> None:
    prompt = "Could I get a spacer for an M6 bolt please, 15mm long, 10mm outside, close fit hole"
    assert metric_clearance(6, "close") == 6.4
    problems = fits_not_built(prompt, ring(10, 6.6, 15))
    assert [p.kind for p in problems] == ["fit_not_built"]
    assert "close fit" in problems[0].subject and "6.4" in problems[0].subject
    assert fits_not_built(prompt, ring(10, 6.4, 15)) == []


def test_a_loose_fit_with_no_screw_size_is_reported_not_understood() -> None:
    problems = fits_not_built("bush 20 OD 30 long with a 10 mm bore, loose fit", ring(20, 10, 30))
    assert [p.kind for p in problems] == ["fit_not_built"] and "no screw size" in problems[0].subject
    assert fits_not_built("tube 20 OD 10 ID 30 long, normal fit", ring(20, 10, 30)) == []


def test_a_grade_is_said_in_the_reading_and_keeps_high() -> None:
    built = Built((40, 40, 20), (BuiltHole(10, Z),), 1, (1,), 1, (10,), (40, 20))
    reading = with_check(Reading(family="plate_with_holes"), SizeCheck(built=built),
                         "plate_with_holes", "block 40 x 40 x 20 with a 10 mm H7 bore through the middle")
    assert reading.confidence == "high"
    assert [a.name for a in reading.assumed] == ["H7"]
    assert "nominal" in str(reading.assumed[0].value)


# ---- the part's own section -------------------------------------------------------------------
@pytest.mark.parametrize("prompt", [
    "Square hollow tube, 30 x 30 on the outside with 3 mm walls, 120 long.",
    "rectangular tube 50 by 25 outside, 2 mm wall, 150 long",
    "box section 60 x 40, 3 mm walls, 300 long",
    "hex bar 22 across flats, 80 long",
    "octagonal prism 30 across flats, 20 tall",
    "triangular prism with 40 mm sides, 60 long",
    "hollow hex bar 24 AF with a 12 mm bore, 40 long",
])
def test_a_part_said_flat_sided_but_built_round_is_named(prompt: str) -> None:
    round_tube = Built((30, 30, 120), (BuiltHole(24, Z),), 1, (1,), 1, (30, 24), (120,))
    problems = sections_not_built(prompt, round_tube)
    assert [p.kind for p in problems] == ["section_not_built"]
    assert "round across its section" in problems[0].subject


def test_a_square_tube_built_square_and_a_round_tube_raise_nothing() -> None:
    square = Built((30, 30, 120), (), 0, (), 1, (), (30, 24, 120))
    assert sections_not_built("Square hollow tube, 30 x 30 on the outside with 3 mm walls, 120 long.", square) == []
    round_tube = Built((30, 30, 120), (BuiltHole(24, Z),), 1, (1,), 1, (30, 24), (120,))
    assert sections_not_built("tube 30 OD 24 ID 120 long", round_tube) == []
    assert sections_not_built("not a square tube: a round one, 30 OD 24 ID 120 long", round_tube) == []


def test_a_square_boss_built_round_is_named() -> None:
    plate = Built((60, 60, 18), (), 0, (), 0, (20,), (60, 8, 18))
    assert [p.kind for p in sections_not_built("60 x 60 x 8 plate with a square boss 20 wide, 10 high", plate)] == [
        "section_not_built"]
    squared = Built((60, 60, 18), (), 0, (), 0, (), (60, 20, 8, 18))
    assert sections_not_built("60 x 60 x 8 plate with a square boss 20 wide, 10 high", squared) == []


# ---- holes on every face ----------------------------------------------------------------------
@pytest.mark.parametrize("prompt, faces", [
    ("35 mm cube, 12 mm hole through the centre of every face.", 6),
    ("40 mm cube with a 10 mm hole through the middle of each face", 6),
    ("cube 30, Ø8 hole drilled through the centre of all six faces", 6),
    ("each face of a 25 mm cube has a 6 mm blind hole 5 deep in its centre", 6),
    ("block 60 x 40 x 40 with a 10 mm hole through the centre of all four sides", 4),
    ("a 50 mm cube: on each of the four side faces a 6 mm hole", 4),
])
def test_holes_on_every_face_are_read(prompt: str, faces: int) -> None:
    assert [n for _, n in faces_said(prompt)] == [faces]


@pytest.mark.parametrize("prompt", [
    "plate 100 x 60 x 5 with 2 holes on each side",          # a plate's sides are its edges: a row each
    "a 2 mm chamfer on every face edge, 10 mm hole in the middle",
    "40 mm cube, no holes on any face, fillet every face",
])
def test_other_every_words_are_not_holes_on_faces(prompt: str) -> None:
    assert faces_said(prompt) == []


def test_one_hole_for_every_face_is_named_and_three_axes_keep_it() -> None:
    prompt = "35 mm cube, 12 mm hole through the centre of every face."
    one = Built((35, 35, 35), (BuiltHole(12, Z),), 1, (1,), 1, (12,), (35,))
    problems = faces_not_built(prompt, one)
    assert [p.kind for p in problems] == ["faces_not_built"] and "every face" in problems[0].subject
    three = Built((35, 35, 35), tuple(BuiltHole(12, a) for a in (X, Y, Z)), 3, (3,), 5, (12,), (35,))
    assert faces_not_built(prompt, three) == []
    six_blind = Built((25, 25, 25), tuple(BuiltHole(6, a) for a in (X, X, Y, Y, Z, Z)), 6, (6,), 0, (6,), (25,))
    assert faces_not_built("each face of a 25 mm cube has a 6 mm blind hole 5 deep", six_blind) == []
    four_sides = Built((60, 40, 40), (BuiltHole(10, X), BuiltHole(10, Y)), 2, (2,), 3, (10,), (60, 40))
    assert faces_not_built("block 60 x 40 x 40 with a 10 mm hole through the centre of all four sides", four_sides) == []


def test_the_reading_leaves_high_with_the_words_named() -> None:
    one = Built((35, 35, 35), (BuiltHole(12, Z),), 1, (1,), 1, (12,), (35,))
    reading = with_check(Reading(family="plate_with_holes"), SizeCheck(built=one), "plate_with_holes",
                         "35 mm cube, 12 mm hole through the centre of every face.")
    assert reading.confidence == "medium"
    assert [p.kind for p in reading.problems] == ["faces_not_built"]


def test_each_face_of_a_part_that_is_no_block_is_not_six_faces() -> None:
    assert faces_said("L bracket 50 x 40 x 30, 5 thick, a 6 mm hole in each face") == []


def test_a_tiny_rectangular_bar_with_small_holes_is_not_round() -> None:
    """Normalised units (a 0.75 x 0.25 x 0.125 bar with 0.1 holes): every size is within 0.2 of another."""
    bar = Built((0.75, 0.25, 0.125), (BuiltHole(0.1, Z), BuiltHole(0.1, Z)), 2, (2,), 2, (0.1,), (0.75, 0.25, 0.125))
    assert sections_not_built("Create a rectangular bar 0.75 units long, 0.25 units wide and 0.125 units thick", bar) == []
    rod = Built((0.25, 0.25, 0.75), (), 0, (), 0, (0.25,), (0.75,))
    assert [p.kind for p in sections_not_built("a square bar 0.25 units on a side, 0.75 long", rod)] == ["section_not_built"]

"""The promises of a prompt's words (counts, directions, shapes) held against a measured part.

Each rule of naturalcad/prompt/promises.py is checked both ways on its examples: the part that
keeps the promise raises nothing, the part that breaks it raises the named doubt.
"""

from __future__ import annotations

import pytest

from naturalcad.prompt.promises import (
    DIRECTIONS,
    Built,
    BuiltHole,
    counts_not_built,
    counts_said,
    directions_not_built,
    directions_said,
    shapes_not_built,
    unkept,
)

Z = (0.0, 0.0, 1.0)
X = (1.0, 0.0, 0.0)
Y = (0.0, 1.0, 0.0)


def plate(n: int, d: float = 20.0, axis: tuple[float, float, float] = Z, extents: tuple[float, float, float] = (100, 50, 6),
          **kw: object) -> Built:
    return Built(extents, tuple(BuiltHole(d, axis) for _ in range(n)), n, (n,) if n else (), n, **kw)  # type: ignore[arg-type]


# ---- counts ----------------------------------------------------------------------------------
@pytest.mark.parametrize("prompt, count", [
    ("100 by 50 plate, 6 thick, a pair of 10 mm radius holes on the long centreline", 2),
    ("plate 120 x 60 x 8 with twin 12 mm holes on the centreline", 2),
    ("a couple of 10 mm diameter holes on the long axis", 2),
    ("base plate 90x90x5, half a dozen Ø5 holes equally spaced on a 60 PCD", 6),
    ("strip with a dozen 4mm holes evenly spaced", 12),
    ("three M4 clearance holes in a row", 3),
    ("4 x Ø6 holes", 4),
    ("four 8mm radius holes 18 mm in from the corners", 4),
    ("80 by 40 plate with a 6 mm hole in each corner", 4),
    ("strip 200 long with a 7 mm hole at both ends", 2),
    ("disc with a single 10 mm hole in the middle", 1),
    ("flange with 4 corner holes", 4),
    ("bracket with dual 6 mm mounting holes", 2),
])
def test_counts_are_read_as_written(prompt: str, count: int) -> None:
    assert [c.count for c in counts_said(prompt)] == [count]


@pytest.mark.parametrize("prompt", [
    "a 6 mm hole in the middle, 10 mm from the end",   # a size, not a count
    "plate 100 x 50 x 6 with 8 mm holes",               # no count at all
    "no holes, a plain 40 x 40 x 5 tile",                # negated
    "2 mm thick plate with holes",                       # "2 mm" is a thickness
])
def test_sizes_and_negations_are_not_counts(prompt: str) -> None:
    assert counts_said(prompt) == []


def test_a_pair_built_as_one_hole_is_a_doubt() -> None:
    prompt = "100 by 50 plate, 6 thick, a pair of 10 mm radius holes on the long centreline 25 mm in from each short end"
    problems = counts_not_built(prompt, plate(1))
    assert [p.kind for p in problems] == ["count_not_built"]
    assert "said 2" in problems[0].subject and "1 hole" in problems[0].subject
    assert counts_not_built(prompt, plate(2)) == []


def test_each_corner_needs_four_holes() -> None:
    prompt = "80 by 40 plate 4 thick with a 6 mm hole in each corner"
    assert counts_not_built(prompt, plate(1, 6)) != []
    assert counts_not_built(prompt, plate(4, 6)) == []


def test_a_count_per_row_may_be_multiplied() -> None:
    prompt = "plate 200 x 100 x 5 with two rows of 3 holes"
    assert counts_said(prompt)[0].multiplied
    assert counts_not_built(prompt, plate(6, 5)) == []
    assert counts_not_built(prompt, plate(5, 5)) != []


def test_holes_of_two_sizes_count_per_size() -> None:
    prompt = "flange 120 dia with six 9 mm holes and a 40 bore"
    built = Built((120, 120, 15), tuple([BuiltHole(9, Z)] * 6 + [BuiltHole(40, Z)]), 7, (1, 6), 7)
    assert counts_not_built(prompt, built) == []


def test_unmeasured_holes_say_nothing() -> None:
    assert counts_not_built("a pair of 8 mm holes", Built((10, 10, 10))) == []


# ---- directions ------------------------------------------------------------------------------
@pytest.mark.parametrize("direction", DIRECTIONS, ids=lambda d: d.name)
def test_every_direction_reads_its_examples(direction: object) -> None:
    d = direction  # type: ignore[assignment]
    for example in d.examples:  # type: ignore[attr-defined]
        assert d.name in [name for name, _typed, _at in directions_said(example)], example  # type: ignore[attr-defined]


def test_the_long_way_built_vertical_is_a_doubt() -> None:
    prompt = "block 2.5cm x 4cm x 10cm with a 1cm dia hole right through the long way, centred"
    vertical = plate(1, 10, Z, (100, 40, 25))
    along = plate(1, 10, X, (100, 40, 25))
    assert [p.kind for p in directions_not_built(prompt, vertical)] == ["direction_not_built"]
    assert directions_not_built(prompt, along) == []


def test_through_the_side_must_be_horizontal() -> None:
    prompt = "block 70 x 50 x 25, a 6 mm hole through the side, centred"
    assert directions_not_built(prompt, plate(1, 6, Z, (70, 50, 25))) != []
    assert directions_not_built(prompt, plate(1, 6, Y, (70, 50, 25))) == []


def test_crosswise_is_across_the_long_axis() -> None:
    prompt = "100 x 40 x 40 block with a 14 mm hole drilled crosswise through the centre"
    assert directions_not_built(prompt, plate(1, 14, X, (100, 40, 40))) != []
    assert directions_not_built(prompt, plate(1, 14, Y, (100, 40, 40))) == []


def test_a_cube_cannot_tell_the_long_way() -> None:
    assert directions_not_built("40 mm cube with a 10 mm hole end to end", plate(1, 10, Z, (40, 40, 40))) == []


def test_a_direction_of_something_else_is_not_a_holes() -> None:
    prompt = "bar 200 long, chamfer both ends lengthwise, with a 10 mm hole in the middle"
    assert directions_said(prompt) == []


# ---- shapes ----------------------------------------------------------------------------------
def test_a_square_hole_cut_round_is_a_doubt() -> None:
    prompt = "50 mm cube with a 30 mm square hole straight through it"
    round_ = Built((50, 50, 50), (BuiltHole(30, Z),), 1, (1,), 1, (30.0,), (50.0,))
    square = Built((50, 50, 50), (), 0, (), 1, (), (50.0, 30.0))
    assert [p.kind for p in shapes_not_built(prompt, round_)] == ["shape_not_built"]
    assert shapes_not_built(prompt, square) == []


@pytest.mark.parametrize("prompt, size", [
    ("40 mm cube with a 20 mm hex hole through it", 20.0),
    ("plate 100 x 80 x 6 with a rectangular cut-out 40 x 20 in the centre", 40.0),
    ("an oval hole 12 mm in the tab", 12.0),
])
def test_qualified_openings_cut_round(prompt: str, size: float) -> None:
    built = Built((100, 80, 40), (BuiltHole(size, Z),), 1, (1,), 1, (size,), (6.0,))
    assert [p.kind for p in shapes_not_built(prompt, built)] == ["shape_not_built"]


def test_a_hexagon_padded_as_a_circle_is_a_doubt() -> None:
    prompt = "On top of it sketch a hexagon, 19 across flats, centred, and pad 8 mm."
    circle = Built((24, 24, 10), (), 0, (), 0, (24.0, 19.0), (2.0, 8.0, 10.0))
    hexagon = Built((24, 24, 10), (), 0, (), 0, (24.0,), (2.0, 8.0, 10.0, 19.0))
    assert [p.kind for p in shapes_not_built(prompt, circle)] == ["shape_not_built"]
    assert shapes_not_built(prompt, hexagon) == []


def test_hex_words_that_name_hardware_are_not_shapes() -> None:
    built = Built((40, 40, 10), (BuiltHole(6.6, Z),), 1, (1,), 1, (6.6,), (10.0,))
    assert shapes_not_built("40 x 40 x 10 block, one 6.6 hole for an M6 hex bolt", built) == []


def test_a_right_plate_keeps_every_promise() -> None:
    prompt = "plate 120 x 80 x 6 with four 9 mm holes, 12 mm in from each edge"
    assert unkept(prompt, plate(4, 9, Z, (120, 80, 6))) == []


# ---- through the size check, as both readers' parts reach it ---------------------------------
def _geometry(axis: list[float], n: int = 1) -> dict[str, object]:
    holes = [{"diameter": 10.0, "center": [0.0, 0.0, 0.0], "axis": axis} for _ in range(n)]
    return {"kind": "3d_solid", "extents": [100.0, 40.0, 25.0], "holes": n, "volume": 92146.0,
            "features": {"holes": holes, "hole_count": n, "hole_counts": [n], "hole_diameters": [10.0],
                         "diameters": [10.0], "distances": [25.0, 40.0, 100.0]}}


def test_the_size_check_lowers_a_reading_whose_hole_runs_the_wrong_way() -> None:
    from naturalcad.checks import verify, with_check
    from naturalcad.prompt import Reading

    prompt = "block 2.5cm x 4cm x 10cm with a 1cm dia hole right through the long way, centred"
    wrong = with_check(Reading(family="plate_with_holes"), verify(prompt, _geometry([0.0, 0.0, 1.0])), "plate_with_holes")
    right = with_check(Reading(family="plate_with_holes"), verify(prompt, _geometry([1.0, 0.0, 0.0])), "plate_with_holes")
    assert wrong.confidence == "medium" and [p.kind for p in wrong.problems] == ["direction_not_built"]
    assert right.confidence == "high" and right.problems == []


@pytest.mark.parametrize("prompt", [
    "Drill two 1/2 inch holes through it. Both holes lie on the lengthwise centre line, 1 inch from each end.",
    "a bar with 6 holes evenly spaced end to end",
    "five holes spread over the full length of the strip",
    "a 20 mm through hole whose axis is 25 mm above the bottom and centred across the width",
])
def test_a_direction_that_places_holes_is_not_the_way_they_run(prompt: str) -> None:
    assert directions_said(prompt) == []


def test_counts_said_in_two_steps_add_up() -> None:
    prompt = "1. Box 80 x 40 x 10. 2. Drill two 5 mm holes 10 from the left end. 3. Drill two 5 mm holes 10 from the right end."
    assert counts_not_built(prompt, plate(4, 5, Z, (80, 40, 10))) == []
    assert counts_not_built(prompt, plate(3, 5, Z, (80, 40, 10))) != []


def test_one_hole_at_each_end_is_one_per_end() -> None:
    prompt = "bar 150 x 20 x 10 with one 6 mm hole at each end"
    assert counts_said(prompt)[0].multiplied
    assert counts_not_built(prompt, plate(2, 6, Z, (150, 20, 10))) == []


def test_a_direction_before_the_hole_counts_too() -> None:
    prompt = "shaft 20 dia, 100 long, with a cross-drilled 5 mm hole 10 from the end"
    assert directions_not_built(prompt, plate(1, 5, X, (20, 20, 100))) == []
    assert directions_not_built(prompt, plate(1, 5, Z, (20, 20, 100))) != []

"""A bore promised by the part's name, and a hole said to run along the length (lead, session 8).

Both were wrong parts at `high` on writers' sets: a flanged bushing whose flange was laid over the
bore's end (no hole through it), and "Ø12 THRU ALONG 80 LENGTH" drilled down through the top.
"""

from __future__ import annotations

import pytest

from naturalcad.prompt.promises import Built, BuiltHole, bores_not_through, directions_not_built, unkept

Z = (0.0, 0.0, 1.0)
X = (1.0, 0.0, 0.0)


def _part(genus: int, extents: tuple[float, float, float] = (20, 20, 22), axis: tuple[float, float, float] = Z) -> Built:
    return Built(extents, (BuiltHole(10.0, axis),), genus, (genus,) if genus else (), genus)


@pytest.mark.parametrize("prompt", [
    "Flanged bronze bushing: 10 mm bore, 14 mm outside diameter, 20 mm long overall, flange 20 across, 2 thick",
    "sleeve ID 12 OD 16 x 30 long with a 24 dia collar at one end",
    "spacer for a shaft, bore 8, 20 OD, 15 long",
])
def test_a_through_part_built_closed_is_a_doubt(prompt: str) -> None:
    problems = bores_not_through(prompt, _part(0))
    assert [p.kind for p in problems] == ["hole_not_built"]
    assert "no hole through it" in problems[0].subject
    assert [p.kind for p in unkept(prompt, _part(0)) if p.kind == "hole_not_built"] == ["hole_not_built"]


@pytest.mark.parametrize("prompt", [
    "bushing bore 10, OD 14, 20 long",                      # built open: nothing to say
])
def test_a_through_part_built_open_keeps_its_promise(prompt: str) -> None:
    assert bores_not_through(prompt, _part(1)) == []


@pytest.mark.parametrize("prompt", [
    "pipe cap for a 1 inch pipe, ID 33.7, 3 mm floor",       # a cap is closed by what it is
    "blind bore 10 deep in a 20 mm ring",                     # a blind bore was asked
    "40 x 20 x 10 block with a 6 mm bore",                    # a block is not open by its name
    "shaft to suit a 6001 bearing bore, 100 long",            # a solid shaft sized by a bearing's bore
    "pin to fit the ID of a 10 mm bushing, 30 long",          # a solid pin sized by a bushing
    "split shaft collar, ID 20 OD 36, 12 wide, a 1.5 slit through the wall",  # open through its wall: genus 0
])
def test_closed_or_unnamed_parts_promise_nothing(prompt: str) -> None:
    assert bores_not_through(prompt, _part(0)) == []


def test_through_along_the_length_must_run_along_it() -> None:
    prompt = "BLOCK 80 x 30 x 25, Ø12 THRU ALONG 80 LENGTH, CENTRED"
    down = _part(1, (80, 30, 25), Z)
    along = _part(1, (80, 30, 25), X)
    assert [p.kind for p in directions_not_built(prompt, down)] == ["direction_not_built"]
    assert directions_not_built(prompt, along) == []


def test_holes_placed_along_the_length_are_not_a_direction() -> None:
    prompt = "bar 200 x 30 x 10 with four 6 mm holes along the length, 40 apart"
    assert directions_not_built(prompt, _part(4, (200, 30, 10), Z)) == []


@pytest.mark.parametrize("prompt", [
    # the part is the last noun of a compound (a shaft collar is a collar), and what it goes on sizes its bore
    "shaft collar for a 10mm shaft, 20 OD, 8 wide, one radial M4 set screw hole",
    "axle spacer for M8, 15 long, 14 OD",
    "pin bushing to suit a 6 mm pin, 10 OD x 12",
])
def test_a_compound_names_its_last_noun_and_what_it_goes_on_is_its_bore(prompt: str) -> None:
    assert [p.kind for p in bores_not_through(prompt, _part(0))] == ["hole_not_built"]


@pytest.mark.parametrize("prompt", [
    "shaft for a 10 mm collar, Ø10 x 60",          # the shaft is named first, not as a qualifier
    "collar shaft Ø12 x 40, solid",                # said solid
    "rod 8 mm with a collar, 50 long, for M8",      # a rod: solid, the collar is on it
])
def test_a_solid_part_named_on_its_own_stays_solid(prompt: str) -> None:
    assert bores_not_through(prompt, _part(0)) == []


@pytest.mark.parametrize("prompt", [
    "make me a block 25 by 40 by 60 with a 12 hole going through the 25 direction, centred on the big face",
    "block 30x30x20 with an M8 tap drill hole straight through the 20 mm direction",
    "block 100 x 50 x 25 mm with a 1/2 inch hole through the 25 mm thickness, centred",
])
def test_a_hole_said_to_run_through_a_size_runs_along_that_extent(prompt: str) -> None:
    sizes = [float(n) for n in ("25", "20") if f"through the {n}" in prompt]
    size = sizes[0]
    extents = {"25": (60.0, 40.0, 25.0), "20": (30.0, 30.0, 20.0)}[f"{size:g}"]
    if "100 x 50" in prompt:
        extents = (100.0, 50.0, 25.0)
    wrong_axis = X if extents[0] != size else (0.0, 1.0, 0.0)
    right = Built(extents, (BuiltHole(12.0, Z),), 1, (1,), 1)
    wrong = Built(extents, (BuiltHole(12.0, wrong_axis),), 1, (1,), 1)
    assert directions_not_built(prompt, right) == []
    (problem,) = directions_not_built(prompt, wrong)
    assert problem.kind == "direction_not_built" and f"along the {size:g} mm size" in problem.subject


def test_a_size_the_part_does_not_have_says_nothing_about_the_direction() -> None:
    prompt = "block 60 x 40 x 30 with a 10 hole through the 25 direction"
    assert directions_not_built(prompt, Built((60.0, 40.0, 30.0), (BuiltHole(10.0, X),), 1, (1,), 1)) == []


@pytest.mark.parametrize("prompt, count", [
    ("wall hook: back plate 60 high, 25 wide, 4 thick, a peg out of the middle, one 4.5 screw hole above and one below the peg", 2),
    ("plate 0.6 x 0.6 x 0.1 thick. One hole in the middle and one at each corner. All holes the same size", 5),
    ("bar 100 x 20 x 5 with one 6 mm hole at the left end, another at the right end and one in the middle", 3),
    ("block with one 8 mm hole. Then another plate on top", 1),            # the sentence ends the hole's count
    ("one hole in the centre and one 6 mm hole near the end", 1),           # the second names its own hole
])
def test_further_ones_of_a_single_hole_add_to_its_count(prompt: str, count: int) -> None:
    from naturalcad.prompt.promises import counts_said

    assert counts_said(prompt)[0].count == count


def test_a_hook_with_one_hole_above_and_one_below_built_with_one_is_a_doubt() -> None:
    from naturalcad.prompt.promises import counts_not_built

    prompt = "wall hook, back plate 60 x 25 x 4, one 4.5 screw hole above and one below the peg"
    one = Built((25.0, 44.0, 60.0), (BuiltHole(4.5, (0.0, 1.0, 0.0)),), 1, (1,), 1)
    two = Built((25.0, 44.0, 60.0), (BuiltHole(4.5, (0.0, 1.0, 0.0)),) * 2, 2, (2,), 2)
    assert [p.kind for p in counts_not_built(prompt, one)] == ["count_not_built"]
    assert counts_not_built(prompt, two) == []

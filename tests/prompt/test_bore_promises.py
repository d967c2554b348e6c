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

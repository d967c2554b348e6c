"""A profile told in words becomes an outline (steps/profile.py) and the revolve, loft or sweep applies to it.

The prompts are new phrasings of the class (walked half profiles, stepped diameters, wall sections, loft
sections by name, sweep paths of runs and bends), not lines of the var10 profiles set.
"""

from __future__ import annotations

import math

import pytest

from naturalcad.steps import ops, profile
from naturalcad.steps.feasible import conflict
from naturalcad.steps.read import normalise
from tests.scoring import near, steps_built


def test_walk_follows_relative_and_absolute_moves():
    got = profile.walk(normalise("from the axis out 12 along the base, up 8, in to 6, up another 20, back to the axis"))
    assert got is not None
    assert got.points == [(0.0, 0.0), (12.0, 0.0), (12.0, 8.0), (6.0, 8.0), (6.0, 28.0), (0.0, 28.0)]
    assert set(got.roles) == {12.0, 8.0, 6.0, 20.0}


def test_walk_reads_a_slope_to_a_radius_at_a_height_and_a_start_point():
    got = profile.walk(normalise("start at (0,0) on the axis, then slope out to radius 10 at height 12, up 4, back to the axis"))
    assert got is not None and got.points == [(0.0, 0.0), (10.0, 12.0), (10.0, 16.0), (0.0, 16.0)]


def test_walk_with_a_move_it_cannot_follow_is_not_guessed():
    assert profile.walk(normalise("from the axis out 10, up 10, then a wiggle of 3, back to the axis")) is None


def test_stations_stack_diameters_along_the_axis():
    got = profile.stations(normalise("Ø16 x 12, then Ø10 x 25, then Ø6 x 8"))
    assert got is not None and max(p[1] for p in got.points) == 45.0 and max(p[0] for p in got.points) == 8.0


def test_wall_of_a_flanged_bushing_does_not_touch_the_axis():
    got = profile.wall(normalise("ID 10, OD 16, overall length 30, flange at one end 24 OD x 3 thick"))
    assert got is not None and not got.touches_axis
    assert got.points[0] == (5.0, 0.0) and (12.0, 3.0) in got.points


def test_loft_sections_by_name_and_height():
    got = profile.stack(normalise("a 30 across flats hexagon at the bottom, a Ø20 circle 25 mm above it"))
    assert got is not None
    assert [(s.kind, s.size[0], z) for s, z in got.sections] == [("hexagon", 30.0, 0.0), ("circle", 20.0, 25.0)]


def test_sweep_path_of_runs_and_bends_with_turn_sense():
    got = profile.path(normalise("path: 25 straight, 90° bend right R10, 15 straight"))
    assert got is not None and got.segments == [("line", 25.0, 0.0), ("arc", 10.0, -90.0), ("line", 15.0, 0.0)]
    assert near(got.length, 40 + 5 * math.pi)


def test_a_bend_tighter_than_the_section_is_refused():
    op = ops.Sweep("circle", (16.0, 0.0), "chain", segments=[("line", 20, 0), ("arc", 6.0, 90.0), ("line", 20, 0)])
    clash = conflict([op], {16.0, 6.0, 20.0})
    assert clash is not None and "6 mm bend radius" in clash


@pytest.mark.parametrize("prompt, extents, volume", [
    ("Sketch the half profile on XZ: from the axis out 15 at the bottom, up 5, in to 8, up 20, back to the axis. Revolve it 360 degrees.",
     [30.0, 30.0, 25.0], math.pi * (15 ** 2 * 5 + 8 ** 2 * 20)),
    ("Turned pin made by revolving the half profile: Ø16 x 10, then Ø10 x 20.", [16.0, 16.0, 30.0], math.pi * (64 * 10 + 25 * 20)),
    ("Revolve the wall section of a plain bushing: ID 8, OD 14, length 20.", [14.0, 14.0, 20.0], math.pi * (49 - 16) * 20),
])
def test_revolved_profiles_build_at_high(prompt, extents, volume):
    made, ext, vol = steps_built(prompt)
    assert sorted(ext) == sorted(extents) and near(vol, volume)
    assert made.reading.confidence == "high"


def test_loft_then_a_hole_through_reads_both():
    made, ext, vol = steps_built("Loft a 30 square at the bottom to a 15 square 20 mm above it, then drill a Ø6 hole through the middle.")
    assert ext == [20.0, 30.0, 30.0]
    assert near(vol, 20 / 3 * (900 + 225 + 450) - math.pi * 9 * 20, 0.02)
    assert made.reading.confidence == "high"


def test_tube_swept_along_an_l_path():
    made, ext, vol = steps_built("Sweep a tube OD 8 ID 5 along a path: 30 straight, a 90 degree bend of 10 radius, 20 straight.")
    assert ext == [8.0, 34.0, 44.0]  # x 0..44, y -4..30: the bend turns left
    assert near(vol, math.pi * (16 - 6.25) * (50 + 5 * math.pi))
    assert made.reading.confidence == "high"


def test_sweep_along_a_path_of_points():
    made, ext, vol = steps_built("First draw a path: straight up 20 from (-10,0,0), an arc through (0,0,30) to (10,0,20), "
                                 "then straight down to (10,0,0). Then sweep a 4 mm diameter circle along it.")
    assert ext == [4.0, 24.0, 32.0]
    assert near(vol, math.pi * 4 * (40 + 10 * math.pi))
    assert made.reading.confidence == "high"


def test_a_loft_on_top_of_a_pad_joins_it():
    made, ext, vol = steps_built("Square pad 30 x 30, 5 thick. On top of it loft from that 30 square to a 10 square 20 above the top of the pad.")
    assert ext == [25.0, 30.0, 30.0]
    assert near(vol, 30 * 30 * 5 + 20 / 3 * (900 + 100 + 300))
    assert made.reading.confidence == "high"


def test_a_half_ring_from_a_rectangle_off_the_axis():
    made, ext, vol = steps_built("Draw an 8 x 5 rectangle with its inner edge 12 mm from the axis, then revolve it 180 degrees about that axis.")
    assert ext == [5.0, 20.0, 40.0]
    assert near(vol, math.pi * (400 - 144) * 5 / 2)
    assert made.reading.confidence == "high"


def test_a_walk_with_a_move_not_followed_names_its_step():
    from naturalcad.steps.generate import generate_steps

    made = generate_steps("Sketch a half profile: from the axis out 10, up 10, then a wiggle of 3, back to the axis. Revolve it 360 degrees.")
    assert made is None or made.reading.confidence == "low"
    if made is not None:
        assert any("wiggle of 3" in p for p in made.reading.not_understood)


def test_a_ball_from_a_semicircle_then_a_rod_from_its_centre_and_a_cross_hole():
    made, ext, vol = steps_built("First revolve a semicircle of radius 10 about its straight edge. Then add a Ø4 rod that starts at the "
                                 "centre of the ball and sticks out 12 above the top of the ball. Finally drill a 2 mm cross hole "
                                 "through the middle of the ball, perpendicular to the rod.")
    assert ext == [19.9, 20.0, 32.0]  # the cross hole along X takes the ball's two X poles
    assert made.reading.confidence == "high"
    assert any("cross hole along X" in s.summary for s in made.reading.steps)
    ball, rod_above, hole = 4 / 3 * math.pi * 1000, math.pi * 4 * 12, math.pi * 1 * 20
    assert ball + rod_above - hole < vol < ball + rod_above + math.pi * 4 * 0.3  # the rod from the centre, the hole through

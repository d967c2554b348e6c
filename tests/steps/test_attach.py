"""A second body joined to the part so far and placed by words (issue 15, session 10, s-stack): attach.py.

Coaxial continuation of a turned part ("after that", "then steps down to ... for another"), a ring or tube on the
underside or standing up from the top, a body on the small end of a frustum, a collar around the middle, a stem from
below ending at a lying bar's axis, legs at both ends to a total height and a hole through each of them. New phrasings
and values (not lines of the sets); each builds the script in this process and measures the solid.
"""

from __future__ import annotations

import math

from tests import scoring

_built = scoring.steps_built
_near = scoring.near


def test_sections_go_on_along_the_axis() -> None:
    made, ext, vol = _built("Pin, turned:\n1. a Ø26 section 18 long\n2. after that a Ø15 section 22 long")
    assert made.reading.confidence == "high"
    assert ext == [26.0, 26.0, 40.0]
    assert _near(vol, math.pi * (13**2 * 18 + 7.5**2 * 22))


def test_sections_for_lengths_in_one_sentence() -> None:
    made, ext, vol = _built("A stepped axle: Ø30 for the first 15 mm, then steps down to Ø18 for another 45 mm.")
    assert made.reading.confidence == "high"
    assert ext == [30.0, 30.0, 60.0]
    assert _near(vol, math.pi * (15**2 * 15 + 9**2 * 45))


def test_a_tube_under_a_disc_hangs_below_with_its_bore() -> None:
    made, ext, vol = _built("First a disc Ø70, 6 thick. Then on the underside a ring, OD 60 and ID 52, 10 tall.")
    assert made.reading.confidence == "high"
    assert ext == [16.0, 70.0, 70.0]
    assert _near(vol, math.pi * (35**2 * 6 + (30**2 - 26**2) * 10))


def test_a_body_on_the_small_end_of_a_frustum() -> None:
    made, ext, vol = _built("Begin with a cone frustum, 44 mm across at the bottom and 28 mm across at the top, 18 mm high. "
                            "Then put a 12 mm diameter cylinder 9 mm tall on the small end.")
    assert made.reading.confidence == "high"
    assert ext == [27.0, 44.0, 44.0]
    assert _near(vol, math.pi * 18 / 3 * (22**2 + 22 * 14 + 14**2) + math.pi * 36 * 9)


def test_a_collar_around_the_middle() -> None:
    made, ext, vol = _built("Start with a Ø14 spindle 50 long. Add a Ø40 collar 10 thick around it at mid-length.")
    assert made.reading.confidence == "high"
    assert ext == [40.0, 40.0, 50.0]
    assert _near(vol, math.pi * (7**2 * 40 + 20**2 * 10))


def test_a_stem_from_below_ends_at_the_lying_bar_axis() -> None:
    made, ext, vol = _built("A crossbar, cylinder Ø20 and 120 long, lying horizontal. A stem Ø14 x 70 comes up from below "
                            "into the middle of the crossbar and ends at the crossbar's axis.")
    assert made.reading.confidence == "high"
    assert ext == [20.0, 80.0, 120.0]  # stem 70 below the axis, the bar 10 above it
    assert vol > math.pi * 100 * 120 + math.pi * 49 * 60


def test_legs_at_both_ends_to_a_total_height_with_a_hole_in_each() -> None:
    made, ext, vol = _built("1. Base 50 x 20, 2 thick. 2. At both 20 mm wide ends of the base a leg goes up, 2 thick, to 25 mm total height. "
                            "3. One Ø5 hole in each leg, centred across the width, 15 mm up from the bottom.")
    assert ext == [20.0, 25.0, 50.0]
    assert _near(vol, 50 * 20 * 2 + 2 * (2 * 20 * 23 - math.pi * 2.5**2 * 2))
    assert made.reading.steps[-1].operation == "holes"


def test_a_body_said_first_stands_on_the_base_said_after_it() -> None:
    made, ext, vol = _built("SPIGOT Ø16 x 20 HIGH ON PLATE 50 x 40 x 5, CENTRED, Ø6 THRU BOTH")
    assert made.reading.confidence == "high"
    assert ext == [25.0, 40.0, 50.0]
    assert _near(vol, 50 * 40 * 5 + math.pi * 64 * 20 - math.pi * 9 * 25)

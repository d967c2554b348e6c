"""The placement grammar of second bodies and the features tied to them (issue 15, session 9, s-bodies4).

One layer (naturalcad/steps/placement.py) says where a body goes on the body it names: flush on an edge or end
it stands on (turned thin across that edge), at stations on the face read by the grammar that places holes,
its own height or a total height from the underside; placement words nothing read lower the reading. Features
tied to named bodies: a hole at each arm end of a cross, a hole through a named block horizontally, a mirror
about a named end face. The prompts are new phrasings and values, not lines of the sets; each builds the
script and measures the solid.
"""

from __future__ import annotations

import math
import subprocess
import sys
from pathlib import Path

import pytest

from naturalcad.steps import placement
from naturalcad.steps.read import read
from naturalcad.steps.text import normalise
from tests import scoring

ROOT = Path(__file__).resolve().parents[2]
SET = ROOT / "tests" / "data" / "steps_var_bodies_prompts.jsonl"
SCORER = ROOT / ".." / "shared" / "eval" / "check_prompts.py"
FLOOR = 17  # of 30, 0 wrong at high (2/30, 4 wrong at high, on main before the s-bodies4 changes)

_built = scoring.steps_built
_near = scoring.near


# ---- where a body stands: an edge or end, turned thin across it ----------------------------------------------

def test_an_upright_on_a_named_edge_is_flush_there_and_thin_across_it() -> None:
    made, ext, vol = _built("A 70 x 45 x 6 base with an upright 70 wide, 5 thick, standing on top flush with one of the 70 edges, "
                            "35 tall above the base.")
    assert made.reading.confidence == "high"
    assert ext == [41.0, 45.0, 70.0]  # not 70 x 70: its width runs along the 70 edge
    assert _near(vol, 70 * 45 * 6 + 70 * 5 * 35)


def test_walls_on_each_short_edge_make_a_channel() -> None:
    made, ext, vol = _built("base 90 x 50 x 5. on top, two side walls 50 long, 4 thick, 30 tall, one on each of the short (50) edges, "
                            "flush with the outside.")
    assert made.reading.confidence == "high"
    assert ext == [35.0, 50.0, 90.0]
    assert _near(vol, 90 * 50 * 5 + 2 * 50 * 4 * 30)


def test_cubes_at_each_end_of_a_bar_are_built_by_the_step_reader() -> None:
    # the plate family read "a 15 mm cube" as the plate's width at high; the unbuilt body now sends it to the step reader
    _made, ext, vol = _built("flat bar 100 x 15 x 4 with a 15 mm cube sitting on top at each end, flush with the ends")
    assert ext == [15.0, 19.0, 100.0]
    assert _near(vol, 100 * 15 * 4 + 2 * 15 ** 3)


def test_the_footing_reads_the_edge_by_its_length_name_or_end() -> None:
    ref = (-40.0, 40.0, -20.0, 20.0)  # an 80 x 40 plan
    back = placement.on_edge("an upright 80 wide, 6 thick on the back edge", (6.0, 80.0, 30.0), ref, False)
    assert back is not None and back.size == (80.0, 6.0, 30.0) and back.centres == [(0.0, 17.0)]
    ends = placement.on_edge("two walls, one on each of the short edges", (40.0, 5.0, 20.0), ref, False)
    assert ends is not None and ends.size == (5.0, 40.0, 20.0) and ends.centres == [(-37.5, 0.0), (37.5, 0.0)]
    assert placement.on_edge("an upright standing on the edge", (6.0, 80.0, 30.0), ref, False) is None  # which edge is not said


# ---- stations on the face: the hole grammar ---------------------------------------------------------------

def test_posts_along_the_centreline_at_a_spacing() -> None:
    made, ext, vol = _built("a 120 x 40 x 6 plate with three Ø10 posts, 15 tall, standing on it along the long centreline, "
                            "evenly spaced at 30 mm pitch (centred).")
    assert made.reading.confidence == "high"
    assert ext == [21.0, 40.0, 120.0]
    assert _near(vol, 120 * 40 * 6 + 3 * math.pi * 25 * 15)


def test_bodies_named_before_the_plate_they_stand_on_with_stations_in_their_own_sentence() -> None:
    made, ext, vol = _built("three Ø6 pins, 12 tall, standing on a 90 x 30 x 4 plate. they sit on the long centreline, "
                            "25 apart centre to centre, the group centred on the plate")
    assert made.reading.confidence == "high"
    assert ext == [16.0, 30.0, 90.0]
    assert _near(vol, 90 * 30 * 4 + 3 * math.pi * 9 * 12)
    posts = [op.body.centre for _, op in read("three Ø6 pins, 12 tall, standing on a 90 x 30 x 4 plate. they sit on the long "
                                             "centreline, 25 apart centre to centre, the group centred on the plate").operations
             if type(op).__name__ == "Boss"]
    assert sorted(posts) == [(-25.0, 0.0), (0.0, 0.0), (25.0, 0.0)]


def test_standoffs_inset_from_both_edges_in_a_sentence_of_their_own() -> None:
    made, ext, vol = _built("Controller plate 80x50, 2 mm thick. 4 standoff bosses on top at the corners, Ø6 x 8 high, centres 5 in "
                            "from both edges. Ø2.5 holes through each boss and the plate.")
    assert ext == [10.0, 50.0, 80.0]
    assert _near(vol, 80 * 50 * 2 + 4 * math.pi * 9 * 8 - 4 * math.pi * 1.25 ** 2 * 10)
    assert made.reading.confidence != "low"


def test_a_row_from_a_first_station_and_ribs_either_side_of_the_middle() -> None:
    _made, ext, vol = _built("strip 100 x 16 x 5, linear pattern of 4 pins Ø5 x 8 tall on top on the centreline, first pin 20 from "
                             "the end, pitch 20.")
    assert ext == [13.0, 16.0, 100.0]
    assert _near(vol, 100 * 16 * 5 + 4 * math.pi * 6.25 * 8)
    made, ext, vol = _built("Base 80 x 30 x 5. Three ribs evenly spaced along the 80 length, one in the middle and the others 25 "
                            "either side of it (centre to centre); each rib 3 thick, 15 tall above the base, running the full 30 width.")
    assert made.reading.confidence == "high"
    assert ext == [20.0, 30.0, 80.0]
    assert _near(vol, 80 * 30 * 5 + 3 * 3 * 30 * 15)


# ---- heights: the body's own, or a total from the underside -------------------------------------------------

def test_a_total_height_runs_from_the_underside() -> None:
    _made, ext, vol = _built("Disc Ø50 x 6 with a central boss Ø16 on one face, total height 20 mm. Ø6 bore through the boss and disc.")
    assert ext == [20.0, 50.0, 50.0]
    assert _near(vol, math.pi * (625 * 6 + 64 * 14 - 9 * 20))
    assert placement.total_height(normalise("a boss Ø16 rising to 30 total height")) == 30.0
    assert placement.total_height(normalise("an upright 40 tall")) is None


# ---- features tied to named bodies ----------------------------------------------------------------------

def test_a_hole_at_each_arm_end_of_a_cross_is_four_holes() -> None:
    made, ext, vol = _built("plus shape made from two 60x10x8 bars crossing at their centres. 5mm hole through the centre, and a 3mm "
                            "hole at each arm end, 5mm from the end.")
    assert made.reading.confidence == "high"
    assert ext == [8.0, 60.0, 60.0]
    assert _near(vol, (2 * 60 * 10 - 100) * 8 - math.pi * (6.25 + 4 * 2.25) * 8)


def test_a_hole_through_the_named_block_horizontally_at_its_mid_height() -> None:
    made, ext, vol = _built("bearing block: 60 x 24 x 8 base, a 24 x 24 x 24 block sitting on it in the middle, and a Ø10 hole through "
                            "the block horizontally (across the 24 width, centred in the block's height).")
    assert made.reading.confidence == "high"
    assert ext == [24.0, 32.0, 60.0]
    assert _near(vol, 60 * 24 * 8 + 24 ** 3 - math.pi * 25 * 24)


def test_a_block_given_wide_deep_tall_with_a_bore_through_a_size() -> None:
    _made, ext, vol = _built("a 60 x 26 x 8 base, and sitting on it in the middle a block 30 wide, 26 deep, 30 tall. 14 mm bore "
                             "through the 26 direction, centre 22 mm up from the bottom of the base.")
    assert ext == [26.0, 38.0, 60.0]
    assert _near(vol, 60 * 26 * 8 + 30 * 26 * 30 - math.pi * 49 * 26)


def test_mirror_about_a_named_end_face() -> None:
    _made, ext, vol = _built("Half of it: plate 40 x 20 x 5, plus an upright 20 wide x 5 thick x 25 tall standing on top at the outer "
                             "end (flush with the end). Mirror about the inner end face so there's an upright at both ends.")
    assert ext == [20.0, 30.0, 80.0]
    assert _near(vol, 80 * 20 * 5 + 2 * 20 * 5 * 25)


def test_two_equal_rods_crossing_at_right_angles() -> None:
    made, ext, vol = _built("two Ø10 rods, 50 long each, crossing through each other at their midpoints at right angles. union them")
    assert made.reading.confidence == "high"
    assert ext == [10.0, 50.0, 50.0]
    assert _near(vol, 2 * math.pi * 25 * 50 - 16 * 5 ** 3 / 3)


def test_uprights_on_both_short_ends_are_two() -> None:
    _made, ext, vol = _built("a 60 x 25 x 4 base with two 4 mm thick uprights on its short ends, 30 tall overall from the bottom, "
                             "same 25 width.")
    assert ext == [25.0, 30.0, 60.0]
    assert _near(vol, 60 * 25 * 4 + 2 * 4 * 25 * 26)


# ---- honesty: placement words nothing read ----------------------------------------------------------------

def test_placement_words_no_rule_read_lower_the_reading() -> None:
    made = read("A 60 x 40 x 8 base with an upright 60 wide, 8 thick, 30 tall standing on top of it, offset towards the left.")
    assert made.reading.confidence != "high"
    assert any("offset" in a for a in made.reading.assumed)
    assert placement.unread_cues("a block centred in the middle", read=False) == []  # the place it gets anyway


def test_a_count_the_placement_did_not_meet_is_a_problem() -> None:
    made = read("A 60 x 40 x 8 base with three Ø6 posts, 10 tall, standing on it somewhere near the back.")
    assert made.reading.confidence == "low"
    assert any("3 posts named, 1 placed" in p for p in made.reading.not_understood)


def test_inches_are_not_read_from_an_inset() -> None:
    assert "4.5 mm in from" in normalise("centres 4.5 in from both edges, Ø7 x 6 high")
    assert "114.3" not in normalise("centres 4.5 in from both edges")
    assert "25.4 mm" in normalise('a 2 x 3 in plate, holes 1 in from the edges')


@pytest.mark.slow
def test_the_variant_set_floor() -> None:
    out = subprocess.run([sys.executable, str(ROOT / "scripts" / "score_reading.py"), str(SET), "--eval", str(SCORER)],
                         capture_output=True, text=True, cwd=ROOT, timeout=1800).stdout
    right = int(out.split("right (or honestly refused): ")[1].split("/")[0])
    assert right >= FLOOR, out
    assert "wrong parts with confidence high: 0" in out, out

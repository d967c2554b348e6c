"""The operation grammar of prose, captions and unions (issue 15, session 8, s-prose3).

Each test names a class steps8 (styles 2-6), text2cad8's CADPrompt level and the s-prose3 set showed misread:
a second body said in the base's own sentence with no "joined" word (a web along the length, a tongue on a
flange with a length said for "both", a block on top at one end, uprights on both ends, standoffs in from each
edge), a hole down each standoff, one hole across a pair of uprights at a height, a hole "the long way",
a radial tapping drill through one wall of a collar, and bare sizes ("a 4.2 tapping hole", "Ø10 pillars",
"a 100 x 40 x 6 base"). The prompts are new phrasings and values, not lines of the sets; each builds the
script and measures the solid.
"""

from __future__ import annotations

import math
import re
import subprocess
import sys
from pathlib import Path

import pytest

from naturalcad.steps import ops
from naturalcad.steps.read import read
from naturalcad.steps.text import normalise
from tests import scoring

ROOT = Path(__file__).resolve().parents[2]
SET = ROOT / "tests" / "data" / "steps_s-prose3_prompts.jsonl"
SCORER = ROOT / ".." / "shared" / "eval" / "check_prompts.py"
FLOOR = 28  # of 30, 0 wrong at high (3/16, 1 wrong at high, before the s-prose3 changes)


_built = scoring.steps_built  # (made, sorted extents, volume)
_near = scoring.near


# ---- a second body in the base's own sentence --------------------------------------------------------------

def test_a_web_running_along_the_base_in_the_same_sentence_is_joined() -> None:
    made, ext, vol = _built("Floor beam: 150 x 40 x 6 base plate with an 8 mm thick web, 30 mm tall, running along its "
                            "whole length down the middle.")
    assert made.reading.confidence == "high"
    assert ext == [36.0, 40.0, 150.0]
    assert _near(vol, 150 * 40 * 6 + 150 * 8 * 30)


def test_a_size_said_for_both_bodies_is_each_ones() -> None:
    _made, ext, vol = _built("Guide key: the lower flange is 24 wide and 3 thick, with a 12 wide, 6 high rib on top, "
                            "both 40 long.")
    assert ext == [9.0, 24.0, 40.0]
    assert _near(vol, 40 * 24 * 3 + 40 * 12 * 6)


def test_a_block_on_top_at_one_end_of_a_bare_sized_base() -> None:
    _made, ext, vol = _built("A 90 x 50 x 10 base with a 30 x 50 x 20 block on top at one end.")
    assert ext == [30.0, 50.0, 90.0]
    assert _near(vol, 90 * 50 * 10 + 30 * 50 * 20)
    block = [op.body for _, op in read("A 90 x 50 x 10 base with a 30 x 50 x 20 block on top at one end.").operations
             if isinstance(op, ops.Boss)]
    assert block and block[0].centre == (30.0, 0.0)  # flush with the end, not centred


def test_two_uprights_on_the_ends_and_one_hole_across_both() -> None:
    made, ext, vol = _built("Fork: 56 x 22 x 5 base with two 4 mm thick uprights on its ends, 30 tall overall from the "
                            "bottom, same 22 width. Both uprights get a 6 mm hole on a common axis, 22 up from the "
                            "underside, centred in the width.")
    assert made.reading.confidence == "high"
    assert ext == [22.0, 30.0, 56.0]
    assert _near(vol, 56 * 22 * 5 + 2 * 4 * 22 * 25 - 2 * math.pi * 9 * 4)


def test_four_standoffs_in_from_each_edge_each_drilled_through() -> None:
    made, ext, vol = _built("Board carrier: 90 x 60 x 4 plate with four standoffs on top, Ø9 and 12 tall, centred 7 mm in "
                            "from each edge. Every standoff has an M3 clearance hole (3.4) going down through the "
                            "standoff and the plate.")
    assert made.reading.confidence == "high"
    assert ext == [16.0, 60.0, 90.0]
    assert _near(vol, 90 * 60 * 4 + 4 * math.pi * 4.5**2 * 12 - 4 * math.pi * 1.7**2 * 16)
    holes = [op for _, op in read("Board carrier: 90 x 60 x 4 plate with four standoffs on top, Ø9 and 12 tall, centred "
                                  "7 mm in from each edge. Every standoff has an M3 clearance hole (3.4) going down "
                                  "through the standoff and the plate.").operations if isinstance(op, ops.Holes)]
    assert sorted(holes[0].positions) == [(-38.0, -23.0), (-38.0, 23.0), (38.0, -23.0), (38.0, 23.0)]


def test_a_hole_after_a_semicolon_goes_down_every_pillar() -> None:
    _made, ext, vol = _built("Base 60 x 60 x 4 with four Ø8 pillars 10 high on top, centres 9 mm in from each edge; a "
                            "3 mm hole goes down through every pillar and the base.")
    assert ext == [14.0, 60.0, 60.0]
    assert _near(vol, 60 * 60 * 4 + 4 * math.pi * 16 * 10 - 4 * math.pi * 2.25 * 14)


def test_four_round_bodies_on_top_are_not_a_body_named_top() -> None:
    got = read("Plate 80x50x5 with four round pads on top, Ø10 and 3 tall.")
    assert not any(isinstance(op, ops.Boss) and getattr(op.body, "what", "") == "top" for _, op in got.operations)


# ---- holes: the long way, radially through one wall, bare sizes ------------------------------------------

def test_a_hole_the_long_way_runs_along_the_longest_side() -> None:
    made, _ext, vol = _built("Block 70 x 25 x 25 with a 10 mm hole bored the long way, centred on the end faces.")
    assert made.reading.confidence == "high"
    assert _near(vol, 70 * 25 * 25 - math.pi * 25 * 70)
    holes = [op for _, op in read("Block 25 x 70 x 25 with a 10 mm hole right through lengthwise.").operations
             if isinstance(op, ops.Holes)]
    assert holes and holes[0].axis == "Y"


def test_a_radial_tapping_drill_through_one_wall_of_a_collar() -> None:
    made, ext, vol = _built("Stop collar, 28 OD with a 14 bore, 11 wide. A 2.5 tapping drill goes radially through one "
                            "wall only, halfway along the width.")
    assert made.reading.confidence == "high"
    assert ext == [11.0, 28.0, 28.0]
    wall = 14 - 7
    assert _near(vol, math.pi * (14**2 - 7**2) * 11 - math.pi * 1.25**2 * wall, rel=0.005)


def test_a_hole_at_the_end_of_the_bodies_sentence_is_drilled_in_the_fused_part() -> None:
    made, ext, vol = _built("Cross brace: two 70 x 14 x 4 bars crossing at right angles at their middles, fused into one "
                            "piece, with a 6 mm hole through the crossing point.")
    assert made.reading.confidence == "high"
    assert ext == [4.0, 70.0, 70.0]
    assert _near(vol, 2 * 70 * 14 * 4 - 14 * 14 * 4 - math.pi * 9 * 4)


def test_a_numbered_block_at_one_end_and_the_fillet_where_it_meets_the_base() -> None:
    made, ext, vol = _built("1. Base 90 x 20 x 6.\n2. Add a block on top at one end: 30 along the length, full 20 width, "
                            "14 tall.\n3. Fillet the inside corner where the block meets the base, R3.")
    assert made.reading.confidence == "high"
    assert ext == [20.0, 20.0, 90.0]
    assert _near(vol, 90 * 20 * 6 + 30 * 20 * 14 + (9 - math.pi * 9 / 4) * 20, rel=0.001)


def test_a_hole_through_the_centre_of_every_face_is_three_crossing_holes() -> None:
    made, _ext, vol = _built("30 mm cube with an 8 mm hole through the centre of every face.")
    assert made.reading.confidence == "high"
    r = 4.0
    cross = 3 * math.pi * r**2 * 30 - 3 * (16 / 3) * r**3 + 8 * r**3 * (2 - math.sqrt(2))  # three crossing bores
    assert _near(vol, 30**3 - cross, rel=0.002)


def test_a_template_that_drills_every_face_hole_straight_down_is_not_sure() -> None:
    from naturalcad.sources.feature_account import unbuilt

    straight = "part = Box(30, 30, 30)\npart -= Cylinder(4, 40)\n"
    assert unbuilt("30 mm cube with an 8 mm hole through the centre of every face.", straight) == ["holes through every face"]
    assert unbuilt("Bar 80 x 20 x 20, 6 mm hole bored lengthwise.", straight) == ["hole along the length"]
    assert unbuilt("Bar 80 x 20 x 20, 6 mm hole bored lengthwise.", straight + "part -= Rot(0, 90, 0) * Cylinder(3, 90)\n") == []


@pytest.mark.parametrize(("text", "spelt"), [
    ("A 4.2 tapping hole for M5", "A 4.2 mm tapping hole for M5"),
    ("a 6 hole through it", "a 6 mm hole through it"),
    ("four Ø10 pillars", "four diameter 10 mm pillars"),
    ("a 100 x 40 x 6 flat base", "a 100 x 40 x 6 mm flat base"),
    ("4 holes", "4 holes"),                          # a count stays a count
    ("Ø50 x 6 disc", "diameter 50 x 6 disc"),         # a group keeps its own unit rule
    ("a 4 mm hole", "a 4 mm hole"),
])
def test_bare_sizes_are_millimetres_and_counts_stay_counts(text: str, spelt: str) -> None:
    assert normalise(text) == spelt


@pytest.mark.slow
def test_the_sprose3_set_holds_its_floor_and_no_wrong_part_is_high() -> None:
    out = subprocess.run([sys.executable, str(ROOT / "scripts" / "score_reading.py"), str(SET), "--eval", str(SCORER)],
                         capture_output=True, text=True, timeout=1800, cwd=ROOT)
    right = re.search(r"right \(or honestly refused\): (\d+)/(\d+)", out.stdout)
    high = re.search(r"wrong parts with confidence high: (\d+)", out.stdout)
    assert right and high, out.stdout[-2000:] + out.stderr[-2000:]
    assert int(right.group(1)) >= FLOOR, out.stdout
    assert int(high.group(1)) == 0, out.stdout

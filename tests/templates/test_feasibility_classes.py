"""Issue 12 item 7 classes: a feature against the face it sits on, derived sizes that go negative,
and the honesty rule that a clash only an assumed size makes is a doubt, never a refusal."""

from __future__ import annotations

import pytest

from naturalcad.sources.templates import NotUnderstood, generate_from_prompt

# prompt -> fragments the reason must carry (the sizes that clash and by how much)
CASES = [
    ("bar 40x20x8, put a 10mm hole 3 mm in from the long edge", ["Ø10", "3 mm from the edge", "by 2 mm"]),       # c552
    ("plate 40 x 40 x 6 with a Ø10 hole whose centre is 2 mm from one edge", ["Ø10", "2 mm from the edge", "by 3 mm"]),
    ("plate 100 x 40 x 6 with a 120 long slot 8 wide", ["120 mm slot", "100 mm", "by 20 mm"]),                   # c557
    ("plate 60x40x5 with a slot 12 wide and 70 long", ["70 mm slot", "60 mm", "by 10 mm"]),
    ("M10 tapped hole down the axis of a 6 mm rod, 30 long", ["M10", "8.5 mm tap drill", "6 mm", "by 2.5 mm"]),  # c562
    ("open box 30 tall overall, 5 mm bottom, inside depth 28, 60x40 outside, 2 mm wall",
     ["5 mm bottom", "28 mm inside depth", "33 mm", "30 mm", "short by 3 mm"]),                                   # c567
    ("cup 40 tall, 6 mm floor, inside depth 36", ["6 mm bottom", "36 mm inside depth", "42 mm", "short by 2 mm"]),
    ("torus, outer Ø20, cross-section 12", ["12 mm cross-section", "Ø20", "ring radius of 4 mm", "6 mm"]),       # c568
    ("8x8 square post 50 tall, round the vertical edges R5", ["5 mm fillet", "8 mm square", "by 2 mm"]),        # c571
    ("25 SQ bar x 100 LG, 15 x 45° chamfer on the long edges", ["15 mm chamfer", "25 mm square"]),
    ("square tube 30 x 30 x 200 with a 16 mm wall", ["16 mm walls (32 mm)", "30 mm", "by 2 mm"]),
    ("PLATE 50 x 50 x 4, Ø6.6 THRU CTR, CSK Ø20 x 90°", ["Ø20 x 90° countersink", "6.7 mm deep", "4 mm", "by 2.7 mm"]),
    ("block 30 x 30 x 10 with a 20 deep blind hole Ø6 in the top", ["20 mm deep blind hole", "10 mm thick", "by 10 mm"]),
    ("pipe ID 50, wall 5, OD 55, 100 long", ["ID of 50 mm", "5 mm wall", "OD of 60 mm", "55 mm", "2.5 mm"]),
    ("shaft Ø12 x 50 with an M16 tapped hole in the end", ["M16", "14 mm tap drill", "12 mm", "by 2 mm"]),
    ("cup 50 tall, floor 5, inside depth 40", ["5 mm bottom", "40 mm inside depth", "45 mm tall", "50 mm asked"]),
    ("angle bracket, legs 20 long, 25 thick, 30 wide", ["25 mm thickness", "20 mm leg"]),
]


@pytest.mark.parametrize("prompt,fragments", CASES, ids=[c[0][:40] for c in CASES])
def test_refused_before_cad_with_the_numbers(prompt, fragments):
    with pytest.raises(NotUnderstood) as err:
        generate_from_prompt(prompt)
    assert err.value.impossible
    for fragment in fragments:
        assert fragment in str(err.value), (fragment, str(err.value))
    assert err.value.reading.confidence == "low"


@pytest.mark.parametrize("prompt", [
    "bar 40x20x8, put a 10mm hole 6 mm in from the long edge",        # the hole clears the edge by 1 mm
    "torus, outer Ø40, cross-section 12",                              # ring radius 14 > 6
    "open box 30 tall overall, 2 mm bottom, inside depth 28, 60x40 outside, 2 mm wall",
    "10x10 square post 50 tall, round the vertical edges R4",
    "PLATE 50 x 50 x 8, Ø6.6 THRU CTR, CSK Ø13 x 90°",
    "strip 12 wide x 80 long x 3 thick with a Ø10 hole in the middle",
    "tube OD 40, ID 30, wall 5, 80 long",                              # all three given, and they agree
    "shaft Ø20 x 50 with an M8 tapped hole in the end",
    "cup 50 tall, floor 5, inside depth 45",
    "angle bracket, legs 40 long, 5 thick, 30 wide",
    "L bracket 50 x 40 x 5, 30 wide",
])
def test_possible_neighbours_are_built(prompt):
    assert generate_from_prompt(prompt).code


@pytest.mark.parametrize("prompt", [
    "plate with R40 corners",                 # the 100 x 60 plate was assumed
    "a plate with an 80 mm hole in it",
])
def test_a_clash_only_an_assumed_size_makes_is_a_doubt(prompt):
    made = generate_from_prompt(prompt)
    assert made.reading is not None and made.reading.confidence == "low"
    doubts = [p.subject for p in made.reading.problems if p.kind == "doubtful_layout"]
    assert doubts and "assumed" in doubts[0]


def test_one_end_is_where_the_hole_goes_not_a_size_to_refuse_by():
    # "in one end" was read as a 1 mm thickness and the 12 deep hole refused; now "one end" says
    # which end (c-feat), so the rod is read whole: 16 x 40 with an 8 mm hole 12 deep.
    made = generate_from_prompt("rod 16 dia, 40 long, blind hole 8 mm dia 12 deep in one end, flat bottom")
    assert made.reading is not None and made.reading.confidence == "high"
    roles = {v.role: v.text for v in made.reading.values}
    assert roles == {"diameter": "16", "height": "40", "bore_diameter": "8 mm", "bore_depth": "dia 12"}
    assert "bore_depth = 12.0" in made.code and "height = 40.0" in made.code


def test_a_clash_of_stated_sizes_is_refused_even_when_others_were_assumed():
    # the thickness is assumed, but the 60 hole and the 50 width were both typed
    with pytest.raises(NotUnderstood) as err:
        generate_from_prompt("plate 100 x 50 with a 60 mm hole in the middle")
    assert "60 mm hole" in str(err.value) and "50 mm side" in str(err.value)


def test_an_inside_depth_is_never_read_as_the_height_less_two_floors():
    # "inside depth 40" of a 50 tall cup with a 5 floor was bound to "height - 2 * floor" (50 - 10) at high
    from naturalcad.prompt import Quantity
    from naturalcad.sources.templates.reading import _bind

    q = Quantity(text="40", value=40.0, kind="length", start=0, end=2)
    assert _bind(q, {"height": 50.0, "floor_thickness": 5.0}) is None
    assert _bind(q, {"height": 45.0, "floor_thickness": 5.0}) == "height - floor_thickness"

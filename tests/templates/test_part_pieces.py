"""Issue 12 item 6, session 10 (branch c-parts): parts of a known kind described by their pieces' sizes.

Each piece's sizes are read by the role words in its own clause (`families/pieces.py`); the families take
them by role: a hinge leaf's width from the pin axis or overall, a peg hook's holes placed round the peg, a
standoff's body AF / body length / stud / female depth, a cable saddle's groove radius, a square cap's skirt,
top and height overall, a channel's outside width / height / wall, a base with a boss. Values, not "no error";
wordings other than coverage_c-parts4's.
"""

from __future__ import annotations

import pytest

from naturalcad.sources.templates import generate_from_prompt
from naturalcad.sources.templates.families.pieces import piece, placed_holes
from naturalcad.sources.templates.parse import parse_prompt


def _p(prompt: str) -> dict[str, float | int | bool]:
    return generate_from_prompt(prompt).params


def test_a_piece_reads_its_own_clause_by_role():
    spec = parse_prompt("M6 male-female spacer, 12 mm hex body 10 AF, 9 mm stud, female end tapped 9 deep")
    body = piece(spec, r"(?:hex\s+)?body")
    assert body is not None and body.get("af") == 10 and body.bare_before == (12,)
    stud = piece(spec, r"stud")
    assert stud is not None and stud.bare_before == (9,)
    groove = piece(parse_prompt("block 44 x 14 x 11, an R5 half-round groove across the underside"), r"groove")
    assert groove is not None and groove.get("radius") == 5


@pytest.mark.parametrize("prompt, holes", [
    ("hat peg: plate 90 high 35 wide 6 thick, Ø14 peg 55 long, one 5 screw hole above and one below the peg", 2),
    ("peg board hook, plate 60x20x4, Ø8 peg 35 long, a 4 mm screw hole over the peg and another under it", 2),
    ("cable block 30 x 12 x 9, R3 half-round groove underneath, a Ø3.5 hole each side of it", 2),
])
def test_holes_counted_by_their_places(prompt, holes):
    assert placed_holes(parse_prompt(prompt)) == holes


def test_standoff_by_its_pieces():
    p = _p("M6 male-female spacer, 12 mm hex body 10 AF, 9 mm stud, female end tapped 9 deep")
    assert (p["across_flats"], p["length"], p["stud_length"], p["hole_depth"]) == (10, 12, 9, 9)


def test_peg_hook_holes_above_and_below():
    p = _p("hat peg: plate 90 high 35 wide 6 thick, Ø14 peg 55 long, one 5 screw hole above and one below the peg")
    assert (p["screw_holes"], p["peg_diameter"], p["hook_reach"]) == (2, 14, 55)


@pytest.mark.parametrize("prompt, from_axis, overall", [
    ("hinge leaf, 70 along the pin, 3 thick, 30 wide measured from the pin centre, a Ø9 knuckle the full length "
     "centred on the plate mid-thickness, Ø4 pin hole, 3 holes 4 dia", 30, None),
    ("hinge leaf 55 long, 32 wide overall including the knuckle, 2.5 thick, one Ø7 knuckle on the plate's mid-plane, "
     "Ø3 pin, 2 screw holes Ø4", None, 32),
])
def test_hinge_leaf_width_by_its_role(prompt, from_axis, overall):
    r = generate_from_prompt(prompt)
    p = r.params
    assert p["knuckle_on_edge"] is True and p["hinge_knuckles"] == 1
    assert p.get("leaf_from_axis") == from_axis and p.get("leaf_overall") == overall
    assert p["screw_holes"] in (2, 3) and p["hole_diameter"] == 4


def test_cable_saddle_groove_by_radius_under_the_block():
    p = _p("saddle cable clip: block 44 x 14 x 11, an R5 half-round groove across the underside, Ø4.5 hole each side")
    assert (p["block_length"], p["block_width"], p["block_height"], p["pipe_diameter"]) == (44, 14, 11, 10)
    assert p["cradle_under"] is True and p["bolt_holes"] == 2


def test_square_cap_by_skirt_top_and_height():
    r = generate_from_prompt("post cap to fit over a 56 square post: 60 x 60 outside, 18 high overall, 2 mm skirt, 4 mm top")
    p = r.params
    assert (p["length"], p["width"], p["height"], p["wall"], p["floor_thickness"]) == (60, 60, 18, 2, 4)
    assert r.reading.confidence == "high"


@pytest.mark.parametrize("prompt, size", [
    ("Perfil en U de 150 de largo, 45 de ancho exterior, 28 de alto, paredes de 4 mm", (45, 28, 4, 150)),
    ("open channel, outside 70 wide x 35 tall, walls and base 6 thick, 250 long", (70, 35, 6, 250)),
])
def test_channel_by_outside_and_wall(prompt, size):
    p = _p(prompt)
    assert (p["section_width"], p["section_height"], p["thickness"], p["length"]) == size


def test_boss_on_base_and_an_unread_boss_height_is_not_high():
    p = _p("BASE 90 X 50 X 12 WITH BOSS Ø36 X 18 HIGH CENTRED, Ø14 THRU BOTH")
    assert (p["base_thickness"], p["boss_diameter"], p["boss_height"], p["hole_diameter"]) == (12, 36, 18, 14)
    r = generate_from_prompt("base plate 90 x 50 x 12 with a Ø36 boss in the middle")
    assert r.family == "boss_plate" and r.reading.confidence != "high"


def test_a_keyway_running_the_full_length_is_the_shafts_length():
    p = _p("keyed shaft 25 dia x 120 long, full-length keyway 8 wide 4 deep")
    assert (p["keyway_length"], p["keyway_start"], p["keyway_through"]) == (120, 0, True)
    assert "keyway_through" not in _p("shaft 30 dia 150 long with a keyway 8 x 4 deep, 40 long")

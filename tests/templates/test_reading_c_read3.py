"""Issue 12 items 1-4 (session 8, c-read3): the classes coverage8a's failures showed, each read by its
grammar in other writers' words. Each case asserts the family's parameters (no sandbox run)."""

from __future__ import annotations

import pytest

from naturalcad.sources.templates import NotUnderstood, generate_from_prompt
from naturalcad.steps.text import normalise as step_normalise

CASES = [
    # note-pad shorthand, other-language words, glosses
    ("blk 60x40x20, R5 ALL CORNERS (vertical), Ø8 THRU CENTRE", {"length": 60, "width": 40, "thickness": 20, "hole_diameter": 8}),
    ("pl 100x60x5, 3 rows x 4 cols of 5 mm holes at 20 pitch", {"columns": 4, "rows": 3, "hole_diameter": 5}),
    ("Scheibe / disc: Ø 40 mm, 3,5 mm dick, Bohrung (bore) 12,7 mm", {"diameter": 40, "height": 3.5, "bore_diameter": 12.7}),
    ("arandela (washer): diámetro 24, agujero 10,5, espesor 2", {"outer_diameter": 24, "inner_diameter": 10.5, "length": 2}),
    # a bore in a plate; a centre hole beside a counted bolt circle
    ('5/8 thick, 4 x 6 in. plate w/ a 1-3/8" bore in the center', {"thickness": 15.875, "centre_hole": 34.925}),
    ("disc Ø60 x 10, Ø20 THRU, 8x Ø4.5 EQ SP PCD 45", {"bore_diameter": 20, "hole_count": 8, "hole_diameter": 4.5}),
    ("FLANGE Ø120 X 15, CTR Ø40 THRU, 6X Ø9 THRU EQ SP PCD 95", {"bore_diameter": 40, "hole_count": 6}),
    ("disc 90 dia 8 thk, a 30 hole in the centre and 6 x 8mm holes on 70 PCD",
     {"bore_diameter": 30, "hole_count": 6, "hole_diameter": 8, "bolt_circle": 70}),
    # two hole groups on a plate; one hole in each corner
    ("base plate 160 x 100, 10 thick. 4 holes of 9 at 20 from every edge plus one hole of 25 in the centre",
     {"hole_diameter": 9, "columns": 2, "rows": 2, "edge_offset": 20, "centre_hole": 25}),
    ("100 x 100 x 8 plate, a 6 mm hole in each corner 12 from the edges", {"columns": 2, "rows": 2, "hole_diameter": 6}),
    # the vessel a part serves; a washer with a describing word; a bearing's size in a hole's words
    ("coaster for a 350 ml mug — 100 mm disc, 5 mm thick", {"diameter": 100, "height": 5}),
    ("DIN 9021 M6 big washer pls", {"outer_diameter": 18, "inner_diameter": 6.4, "length": 1.6}),
    ("adapter bushing: bore fits a 625 bearing OD, outside 22, width same as bearing",
     {"outer_diameter": 22, "inner_diameter": 16, "length": 5}),
    ("housing ring for a 608 bearing: press bore = bearing OD, 6 mm of wall around it, as wide as the bearing",
     {"outer_diameter": 34, "inner_diameter": 22, "length": 7}),
    # a bar's length cut to apart from its section
    ("a dozen 5mm holes in a row on a flat bar 25 wide 4 thick, holes every 20, bar cut to 260 mm",
     {"length": 260, "width": 25, "thickness": 4, "columns": 12, "x_pitch": 20}),
    ('strip of 3/16" steel, 1-1/2" wide, cut to 400 mm, two 1/4" holes 1" in from each end on the centreline',
     {"length": 400, "width": 38.1, "thickness": 4.7625, "hole_count": 2, "edge_offset": 25.4}),
    # a flanged bush's body by how far it stands out from the flange; a shape named, then corrected
    ("Flanged bushing: bore 10, body 14 OD sticking out 12 below a 22 dia x 2 thick flange",
     {"barrel_length": 12, "flange_thickness": 2, "outer_diameter": 14}),
    ("round (not hex) standoff, 6 dia, 15 long, M3 tapped through", {"outer_diameter": 6, "inner_diameter": 2.5, "length": 15}),
    # a ring by its square section; a cup by its inside sizes
    ("thin ring, cross-section 5 x 5 square, ID 100", {"outer_diameter": 110, "inner_diameter": 100, "length": 5}),
    ("hollow cylinder, 3 mm sides, inside dia 44, closed bottom 3 mm, 25 high inside",
     {"diameter": 50, "height": 28, "wall": 3, "floor_thickness": 3, "open_top": True}),
]


@pytest.mark.parametrize("prompt, wanted", CASES)
def test_class_is_read(prompt: str, wanted: dict[str, float]) -> None:
    made = generate_from_prompt(prompt)
    for name, value in wanted.items():
        assert made.params.get(name) == pytest.approx(value), (name, made.params)


def test_bearing_bore_too_big_for_the_block_is_refused() -> None:
    with pytest.raises(NotUnderstood) as err:
        generate_from_prompt("housing block 50 x 50 x 20 with a through bore that the OD of a 6205 presses into, centred")
    assert err.value.impossible and "52" in str(err.value)


def test_square_section_alone_is_not_a_tube() -> None:
    made = generate_from_prompt("bar 12x12 square section cut to 150 mm")
    assert made.family != "rect_tube"


def test_step_reader_carries_inches_to_a_bare_fraction() -> None:
    assert step_normalise('5/8 thick, 4 x 6 in. plate w/ a 1-3/8" bore') == \
        "15.875 mm thick, 101.6 mm x 152.4 mm plate w/ a 34.925 mm bore"

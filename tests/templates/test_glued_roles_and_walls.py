"""Sizes glued to their role word and the walls of hollow / open sections (issue 15, session 8, s-prose3).

"washer 24od x 10.5id x 2 thk" built a 15.75 OD washer (the glued "24od" was read as a product code like
"608zz"); "Square hollow tube ... 3 mm walls" built a round tube at high; "3 mm thick base and side walls"
left a U channel's thickness assumed. Fast: prompts are read by the offline generator (no sandbox).
"""

import pytest

from naturalcad.prompt.scan import scan
from naturalcad.sources.templates import generate_from_prompt


@pytest.mark.parametrize(("prompt", "od", "id_", "length"), [
    ("washer 24od x 10.5id x 2 thk", 24, 10.5, 2),
    ("shim ring 40od 30id 0.5thk", 40, 30, 0.5),
    ("bushing 16od x 10id x 20lg", 16, 10, 20),
])
def test_a_size_glued_to_od_or_id_is_that_diameter(prompt, od, id_, length):
    g = generate_from_prompt(prompt)
    assert g.family == "tube"
    assert (g.params["outer_diameter"], g.params["inner_diameter"], g.params["length"]) == (od, id_, length)
    assert g.reading.confidence == "high"


def test_a_product_code_glued_to_letters_is_still_a_designation():
    coded = [q for q in scan("608zz bearing holder, 40 wide") if q.value == 608]
    assert coded and coded[0].kind == "designation"
    glued = [q for q in scan("washer 24od x 2 thk") if q.value == 24]
    assert glued and glued[0].kind == "length"


@pytest.mark.parametrize(("prompt", "a", "b", "wall", "length"), [
    ("Square hollow tube, 30 x 30 on the outside with 3 mm walls, 120 long.", 30, 30, 3, 120),
    ("A square hollow tube 25 x 25 across the outside, walls 2 thick, 150 mm long.", 25, 25, 2, 150),
    ("rectangular hollow tube 60 x 30, 3 wall, 100 long", 60, 30, 3, 100),
])
def test_a_square_hollow_tube_is_a_square_section(prompt, a, b, wall, length):
    g = generate_from_prompt(prompt)
    assert g.family == "rect_tube"
    assert (g.params["outer_width"], g.params["outer_height"], g.params["wall"], g.params["length"]) == (a, b, wall, length)


@pytest.mark.parametrize(("prompt", "t"), [
    ("U-channel, 50 long, 30 wide, 20 tall overall, 3 mm thick base and side walls.", 3),
    ("Channel section 80 long, 40 wide, 25 high overall, walls and floor 4 mm thick.", 4),
])
def test_a_channel_thickness_said_with_its_floor_is_its_thickness(prompt, t):
    g = generate_from_prompt(prompt)
    assert g.family == "open_section"
    assert g.params["thickness"] == t
    assert g.reading.confidence == "high"

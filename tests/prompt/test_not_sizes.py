"""Numbers that are not sizes (prompt/not_sizes.py): each kind set aside, a bare number never, and the reading."""

from __future__ import annotations

import pytest

from naturalcad.prompt.not_sizes import SET_ASIDE, set_aside
from naturalcad.sources.templates import generate_from_prompt


@pytest.mark.parametrize("typed, aside", [
    ("flat bar 50 x 8, S235JR", "S235JR"),
    ("plate S355, 12 thk", "S355"),
    ("shaft C45, 25 dia", "C45"),
    ("round bar 1.4301 dia 30", "1.4301"),
    ("block 6082-T6 80x50x30", "6082-T6"),
    ("tube 6061 OD38", "6061"),
    ("AISI 304 sheet", "AISI 304"),
    ("316L stainless tube", "316L"),
    ("saw cut, PO 2024-0117", "PO 2024-0117"),
    ("order no. 88213 / 2023", "order no. 88213 / 2023"),
    ("order ref 55-180", "order ref 55-180"),
    ("job 2311", "job 2311"),
    ("dwg rev 3", "rev 3"),
    ("order #5532", "order #5532"),
    ("paid $1,199, ouch", "$1,199"),
    ("3.99 euros", "3.99 euros"),
    ("back in 2021", "back in 2021"),
    ("2020 model", "2020 model"),
    ("my 1998 Philips toaster", "1998"),
    ("It's March 14th", "March 14th"),
    ("arrives 12/05", "arrives 12/05"),
    ("since 9pm", "9pm"),
    ("after 2 weeks", "2 weeks"),
    ("(she's 7)", "she's 7"),
    ("tried this 5 times", "tried this 5 times"),
    ("Ender 3 V2", "Ender 3 V2"),
    ("Prusa MK4", "Prusa MK4"),
    ("a Bambu X1C", "Bambu X1C"),
    ("0.4 nozzle", "0.4 nozzle"),
    ("PETG at 240 C", "at 240 C"),
    ("plate 5083 H111, 10 thick", "5083 H111"),
    ("20% infill", "20% infill"),
    ("12 V motor", "12 V"),
    ("version 3.1", "version 3.1"),
])
def test_each_kind_is_set_aside(typed: str, aside: str) -> None:
    text, uses = set_aside(typed)
    assert [u.typed for u in uses] == [aside]
    assert aside not in text and SET_ASIDE in uses[0].meaning


@pytest.mark.parametrize("typed", [
    "plate 235 x 100 x 6", "2024 mm long", "a 304 mm bar", "disc 45 dia, 12 thick", "10 pcs", "30 x 6061",
    "fits in 2020 extrusion", "holder for a CR2032 coin cell", "length 1100, width 500", "pulley for a 5 V-belt",
    "100 C section", "40 x 8 bar", "order 10 of these", "C10 chamfer", "length 6061", "shim 3 by 1.5 inches",
    "2 by 3/4 inch flat", "a rod on 3/4 centres",
])
def test_a_bare_number_is_never_set_aside(typed: str) -> None:
    assert set_aside(typed) == (typed, [])


@pytest.mark.parametrize("prompt, family, params", [
    ("Flat bar 50 per 8, cut to 400, S235JR, 2 pcs", "plate_with_holes", {"length": 400, "width": 50, "thickness": 8}),
    ("Round bar 1.4301 dia 30, saw cut to 75 lg, qty 10 -- PO 2024-0117", "cylinder", {"diameter": 30, "height": 75}),
    ("Tube 6061 OD38 x 2 wall x 160 long, 4 off, order ref 55-180", "tube", {"outer_diameter": 38, "inner_diameter": 34, "length": 160}),
    ("0,5 m of 40x40x2 square tube, 6061-T6, qty 1", "rect_tube", {"outer_width": 40, "wall": 2, "length": 500}),
    ("Square tube 25x25x1.5 S235, cut 12 pcs @ 480 from 6 m lengths", "rect_tube", {"outer_width": 25, "wall": 1.5, "length": 480}),
    ("printing on a Prusa MK4 with a 0.4 nozzle, PETG at 240 C. I need a square tube 15 x 15 outside, 1.2 wall, 100 long.",
     "rect_tube", {"outer_width": 15, "wall": 1.2, "length": 100}),
])
def test_order_text_makes_the_part_and_lists_its_numbers_as_set_aside(prompt: str, family: str, params: dict[str, float]) -> None:
    r = generate_from_prompt(prompt)
    assert r.family == family
    for name, value in params.items():
        assert r.params[name] == pytest.approx(value), name
    assert all(v.role is not None for v in r.reading.values), "every number bound, set aside or a quantity"
    assert r.reading.confidence == "high"


def test_a_set_aside_number_is_not_claimed_by_a_coincidental_parameter() -> None:
    r = generate_from_prompt("keyed shaft for my 12 V motor, 8 mm diameter, 40 long, keyway 2 wide and 1 deep")
    twelve = next(v for v in r.reading.values if v.text == "12")
    assert twelve.role is not None and SET_ASIDE in twelve.role


def test_a_quantity_beside_a_grade_stays_a_quantity() -> None:
    r = generate_from_prompt("Flat bar 50 per 8, cut to 400, S235JR, 2 pcs")
    assert next(v for v in r.reading.values if v.text == "2").role == "quantity of parts (one is made)"


def test_the_size_check_does_not_look_for_a_set_aside_number_in_the_part() -> None:
    from naturalcad.checks import Finding, SizeCheck, with_check
    from naturalcad.prompt import Reading, ValueUse, scan

    prompt = "Round bar 6082-T6 dia 40 x 100 lg, job no 7781"
    reading = generate_from_prompt(prompt).reading
    quantities = {q.text: q for q in scan(prompt)}
    check = SizeCheck(findings=[Finding(quantities["7781"], False), Finding(quantities["dia 40"], True)], prompt=prompt)
    checked = with_check(reading, check, "cylinder")
    assert not [p for p in checked.problems if p.kind == "not_found"]
    bare = with_check(Reading(values=[ValueUse("7781", 7781.0, "length")]), check, "cylinder")
    assert [p.subject for p in bare.problems if p.kind == "not_found"] == ["7781"], "a number not set aside is still looked for"

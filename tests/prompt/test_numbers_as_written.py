"""Numbers and units as people write them, and their roles (issue 12 items 1-2, session 10 c-numbers).

Each test asserts the values the offline reader makes of one written form (no part is built): a count word
before a bare size, a count before a fraction in words, decimal-comma metres before a stock noun, grades
beside 'in', drawing counts in brackets, other-language grids, 'Ø x length round' and what a part is for.
"""

from __future__ import annotations

import pytest

from naturalcad.prompt.not_sizes import set_aside
from naturalcad.prompt.scan import scan
from naturalcad.prompt.spelled_numbers import spell_out
from naturalcad.sources.templates import generate_from_prompt
from naturalcad.sources.templates.purpose import set_apart

IN = 25.4


def _made(prompt: str) -> tuple[str, dict[str, float | int | bool]]:
    r = generate_from_prompt(prompt)
    return r.family, r.params


@pytest.mark.parametrize("typed, digits", [
    ("two half-inch holes", "two 0.5-inch holes"),          # a count, then the fraction
    ("four quarter-inch bolts", "four 0.25-inch bolts"),
    ("three-quarter inch plate", "0.75 inch plate"),         # one fraction, hyphenated
    ("three quarters of an inch thick", "0.75 inch thick"),
    ("two and a half inches", "2.5 inches"),
])
def test_count_before_a_fraction_in_words(typed: str, digits: str) -> None:
    assert spell_out(typed)[0] == digits


def test_one_bare_size_hole_is_one_hole_of_that_size() -> None:
    _family, p = _made("3 thick 40 wide 65 long, one 9 hole dead centre")
    assert (p["hole_diameter"], p["hole_count"]) == (9.0, 1)
    assert (p["length"], p["width"], p["thickness"]) == (65.0, 40.0, 3.0)


@pytest.mark.parametrize("prompt, length, section", [
    ("0,6 m Vierkantrohr 30x30x2", 600.0, {"outer_width": 30.0, "wall": 2.0}),
    ("1,4 m tube 32x3", 1400.0, {"outer_diameter": 32.0, "inner_diameter": 26.0}),   # a round tube's OD x wall
    ("2 m flat bar 30 x 6", 2000.0, {"width": 30.0, "thickness": 6.0}),
])
def test_stock_length_in_metres_before_the_noun(prompt: str, length: float, section: dict[str, float]) -> None:
    _family, p = _made(prompt)
    assert p["length"] == length
    for name, value in section.items():
        assert p[name] == pytest.approx(value)


def test_a_grade_after_in_is_no_inch() -> None:
    _family, p = _made("block 60 x 40 x 25 in C45 steel")
    assert sorted(float(p[k]) for k in ("length", "width", "height")) == [25.0, 40.0, 60.0]
    assert all(q.unit != "in" for q in scan("block 60 x 40 x 25 in C45 steel"))


def test_a_grade_before_a_full_stop_is_set_aside() -> None:
    assert [u.typed for u in set_aside("flat bar 40 per 6, 1 pc. S355.")[1]] == ["S355"]


def test_drawing_count_in_brackets() -> None:
    _family, p = _made("PLATE .250 THK x 3.00 x 5.00, (3) .201 DIA THRU")
    assert p["hole_count"] == 3 and p["hole_diameter"] == pytest.approx(0.201 * IN)
    counts = [q for q in scan("PLATE .250 THK x 3.00 x 5.00, (3) .201 DIA THRU") if q.kind == "count"]
    assert [q.value for q in counts] == [3]


def test_german_hole_grid_with_pitch() -> None:
    _family, p = _made("Platte 160 x 80 x 5, 3 x 4 Bohrungen Ø5, Teilung 20 in beide Richtungen, mittig")
    assert (p["length"], p["width"], p["thickness"], p["hole_diameter"]) == (160.0, 80.0, 5.0, 5.0)
    assert p["rows"] * p["columns"] == 12 and p["x_pitch"] == 20.0


def test_diameter_sign_times_length_round() -> None:
    family, p = _made("Ø22 x 35 round bar, Ø6 bore through")
    assert family == "cylinder"
    assert (p["diameter"], p["height"], p["bore_diameter"]) == (22.0, 35.0, 6.0)


def test_what_the_part_is_for_is_not_the_part() -> None:
    text, uses = set_apart("a puck 40 mm across, 10 thick, for an air hockey table I'm building")
    assert text == "a puck 40 mm across, 10 thick, for it" and len(uses) == 1
    assert set_apart("a cap for a 25 mm tube")[1] == []   # its number may size the part
    family, p = _made("a cylinder 25 mm across and 12 tall, a foot for a coffee table I'm building")
    assert family == "cylinder" and (p["diameter"], p["height"]) == (25.0, 12.0)


def test_a_foot_mark_is_feet_and_makes_the_in_before_diameter_an_inch():
    from naturalcad.prompt.numbers import normalize

    assert normalize("dowel, 1/2\" diameter, 2' long").endswith("2 ft long")
    assert "'" in normalize("the 90's look, plate 100 x 50 x 5")  # not a foot mark
    made = generate_from_prompt("plain dowel, 1/2 in diameter, 2 ft long")
    assert (made.params["diameter"], made.params["height"]) == (pytest.approx(12.7), pytest.approx(609.6))

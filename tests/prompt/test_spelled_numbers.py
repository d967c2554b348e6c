"""Numbers written in words (prompt/spelled_numbers.py): a table of forms, the ones left alone, and the reading."""

from __future__ import annotations

import pytest

from naturalcad.prompt.spelled_numbers import spell_out
from naturalcad.sources.templates import generate_from_prompt


@pytest.mark.parametrize("typed, wanted", [
    ("forty-two millimetres across", "42 millimetres across"),
    ("forty two mm", "42 mm"),
    ("seventeen tall", "17 tall"),
    ("twenty-five by forty", "25 by 40"),
    ("a hundred and twenty long", "120 long"),
    ("one hundred twenty long", "120 long"),
    ("two hundred long", "200 long"),
    ("fifteen hundred long", "1500 long"),
    ("two thousand five hundred mm", "2500 mm"),
    ("one and a half inches", "1.5 inches"),
    ("two and a quarter inches long", "2.25 inches long"),
    ("walls two and a half, floor", "walls 2.5, floor"),
    ("two and a quarter,", "2 1/4,"),
    ("half an inch thick", "0.5 inch thick"),
    ("half-inch rod", "0.5-inch rod"),
    ("quarter inch plate", "0.25 inch plate"),
    ("a three-quarter inch hole", "a 0.75 inch hole"),
    ("three quarter inch OD", "0.75 inch OD"),
    ("a sixteenth thick", "1/16 thick"),
    ("an eighth thick", "1/8 thick"),
    ("five sixteenths thick", "5/16 thick"),
    ("three eighths of an inch thick", "0.375 inch thick"),
    ("zero point eight wall", "0.8 wall"),
    ("three point two five mm", "3.25 mm"),
    ("point five thick", "0.5 thick"),
    ("half a dozen holes", "6 holes"),
    ("two dozen holes", "24 holes"),
    ("sixty-five thou wall", "0.065 in wall"),
    ("one inch thick", "1 inch thick"),
    ("fourty wide", "40 wide"),
    ("an inch thick and a foot long", "1 inch thick and 1 foot long"),
    ("a half inch hole an inch from each end", "0.5 inch hole 1 inch from each end"),
])
def test_each_spelled_form_becomes_digits(typed: str, wanted: str) -> None:
    text, uses = spell_out(typed)
    assert text == wanted
    assert uses and all(u.typed in typed for u in uses if "thou" not in u.typed)


@pytest.mark.parametrize("typed", [
    "four 1/4 in holes",          # a count before digits: four holes of a quarter inch, never 4 1/4
    "10 from one end",            # "one" as which one
    "half the width",             # half of something, not a size
    "a quarter turn",
    "the eighth hole",            # an ordinal
    "one hole of 20 in the middle",
    "a third of the way along",
    "one-piece body",
    "a hole an inch wider",       # "an inch" without a role after it is left to the unit reader
])
def test_words_that_are_not_numbers_here_are_left_alone(typed: str) -> None:
    assert spell_out(typed)[0] == typed


def test_one_standing_for_a_thing_is_no_number() -> None:
    text, uses = spell_out("a knob for my toaster, the old one cracked")
    assert "one" not in text and uses


def test_the_reading_shows_the_spelled_numbers_as_typed_and_bound() -> None:
    r = generate_from_prompt("need a solid disc forty-two millimetres across and seventeen tall")
    assert r.family == "cylinder" and r.params["diameter"] == 42 and r.params["height"] == 17
    values = {v.text: v.role for v in r.reading.values}
    assert values == {"forty-two millimetres": "diameter", "seventeen": "height"}
    assert r.reading.confidence == "high"


@pytest.mark.parametrize("prompt, params", [
    ("Washer, one and a half inches in diameter, half an inch thick, with a three-quarter inch hole through the middle.",
     {"outer_diameter": 38.1, "inner_diameter": 19.05, "length": 12.7}),
    ("cut me a sheet four by six inches, a sixteenth thick", {"length": 152.4, "width": 101.6, "thickness": 1.5875}),
    ("thin ring: thirty millimetres outside diameter, zero point eight wall, twelve long",
     {"outer_diameter": 30.0, "inner_diameter": 28.4, "length": 12.0}),
    ("three quarter inch OD tube, sixty-five thou wall, two and a quarter inches long",
     {"outer_diameter": 19.05, "inner_diameter": 15.748, "length": 57.15}),
    ("a piece of round bar three eighths of an inch thick and a hundred and twenty millimetres long",
     {"diameter": 9.525, "height": 120.0}),
])
def test_spelled_sizes_make_the_part(prompt: str, params: dict[str, float]) -> None:
    r = generate_from_prompt(prompt)
    for name, value in params.items():
        assert r.params[name] == pytest.approx(value, abs=1e-3), name
    assert not any(p.kind in ("unbound_number", "unknown_word") for p in r.reading.problems)

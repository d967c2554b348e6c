"""The parameter block round trip: read, override, re-emit; slider ranges."""

from __future__ import annotations

import pytest

from naturalcad.params import Param, override_params, read_params, suggest_range
from naturalcad.sources.templates import families, generate_from_prompt

SCRIPT = """from build123d import *
import math

# a hand-written script, as an LLM might write it
width = 120.0  # mm, plate width
hole_count = 4  # number of holes
rounded = True  # round the corners
angle = 30  # degrees, tilt
depth=-2.5

plate = Box(width, 80, 6)
height = width / 2  # not a literal: the block has ended
result = plate
"""


def test_read_params_reads_the_top_block_only():
    params = read_params(SCRIPT)
    assert [p.name for p in params] == ["width", "hole_count", "rounded", "angle", "depth"]
    width = params[0]
    assert width == Param("width", 120.0, "mm, plate width", 5)
    assert isinstance(params[1].value, int) and params[2].value is True
    assert params[4].value == -2.5 and params[4].comment == ""


def test_override_keeps_everything_else_byte_identical():
    out = override_params(SCRIPT, {"width": 150, "hole_count": 6, "rounded": False})
    before, after = SCRIPT.splitlines(), out.splitlines()
    assert len(before) == len(after)
    changed = [i for i, (a, b) in enumerate(zip(before, after, strict=True)) if a != b]
    assert changed == [4, 5, 6]
    assert after[4] == "width = 150.0  # mm, plate width"
    assert after[5] == "hole_count = 6  # number of holes"
    assert after[6] == "rounded = False  # round the corners"
    assert read_params(out)[0].value == 150.0


def test_override_keeps_types_and_windows_line_endings():
    crlf = SCRIPT.replace("\n", "\r\n")
    out = override_params(crlf, {"hole_count": 5.0})
    assert "hole_count = 5  # number of holes\r\n" in out
    assert out.count("\r\n") == crlf.count("\r\n")


def test_unknown_parameter_is_a_clear_error():
    with pytest.raises(ValueError, match=r"unknown parameter 'lenght'.*width, hole_count"):
        override_params(SCRIPT, {"lenght": 3})


def test_non_finite_values_are_refused():
    with pytest.raises(ValueError):
        override_params(SCRIPT, {"width": float("nan")})


def test_override_then_read_round_trips():
    made = generate_from_prompt("plate 100 x 60 x 5 with 4 corner holes")
    values = {p.name: p.value for p in read_params(made.code)}
    assert values == made.params
    bumped = {k: (v + 1 if not isinstance(v, bool) else not v) for k, v in values.items()}
    again = {p.name: p.value for p in read_params(override_params(made.code, bumped))}
    assert again == bumped


@pytest.mark.parametrize("prompt", [
    "box 60 x 40 x 20", "spur gear 20 teeth module 2", "M6 hex nut", "cup 50 dia 60 tall",
    "Single-line floor route centerline with 3 jogs, 120 mm long", "Smooth roof canopy surface",
])
def test_every_template_parameter_has_a_unit_comment(prompt):
    made = generate_from_prompt(prompt)
    params = read_params(made.code)
    assert [p.name for p in params] == list(made.params)
    assert all(p.comment for p in params)


@pytest.mark.parametrize("param,check", [
    (Param("hole_count", 4, "number of holes", 1), lambda r: r[0] == 0 and r[1] >= 8 and r[2] == 1),
    (Param("teeth", 20, "number of teeth", 1), lambda r: r[0] >= 6 and r[1] >= 40 and r[2] == 1),
    (Param("sides", 6, "number of sides", 1), lambda r: r[0] == 3 and r[2] == 1),
    (Param("width", 120.0, "mm, plate width", 1), lambda r: 0 < r[0] < 120 < r[1] and 0 < r[2] <= 5),
    (Param("fillet_radius", 0.0, "mm, edge rounding (0 = sharp)", 1), lambda r: r[0] == 0 and r[1] > 0),
    (Param("pressure_angle", 20.0, "degrees, involute pressure angle", 1), lambda r: r == (0.0, 360.0, 1.0)),
    (Param("open_top", True, "True = no lid", 1), lambda r: r == (0, 1, 1)),
    (Param("setback", 0.12, "fraction each tier steps in", 1), lambda r: r == (0.0, 1.0, 0.01)),
])
def test_suggest_range(param, check):
    rng = suggest_range(param)
    assert check(rng), rng
    assert rng[0] <= param.value <= rng[1]


def test_suggest_range_contains_every_template_value():
    for prompt in ["box 60 x 40 x 20", "flange 80 OD 10 thick", "truss 9 panels 180 span", "M3 standoff"]:
        for p in read_params(generate_from_prompt(prompt).code):
            low, high, step = suggest_range(p)
            assert low <= p.value <= high and step > 0, p


def test_families_list():
    names = families()
    assert len(names) >= 25 and "spur_gear" in names and "plate_with_holes" in names

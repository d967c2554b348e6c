"""Prompts as people write them (issue 12 items 1-3), from the prompt to a measured part.

Each expectation is the part modelled by hand (tests/data/gen_coverage_covstd.py builds the same
references), so a wrong table value, a wrong role or a misread number fails here.
"""

from __future__ import annotations

import math

import pytest

from naturalcad.sources.templates import NotUnderstood, generate_from_prompt

PI = math.pi
IN = 25.4


def _ring(od: float, inner: float, h: float) -> float:
    return PI / 4 * (od ** 2 - inner ** 2) * h


CASES = [
    # item 1: numbers and units
    ("block 2,5 x 4 x 6 cm", [25, 40, 60], 60000.0, 0),
    ("rod half an inch thick and a foot long", [12.7, 12.7, 304.8], PI / 4 * 12.7 ** 2 * 304.8, 0),
    ("ring OD ⌀30, ID ⌀20, 5 thick", [5, 30, 30], _ring(30, 20, 5), 1),
    # item 2: roles in context
    ("tube, ID 50, wall 5, 200 long", [60, 60, 200], _ring(60, 50, 200), 1),
    ("disc 100 dia, 12 thick, hole of 25 in the middle", [12, 100, 100], _ring(100, 25, 12), 1),
    ("O-ring 40 ID, 4 mm cross-section", [4, 48, 48], 2 * PI ** 2 * 22 * 2 ** 2, 1),
    ("tray 200 x 150, 30 deep, 2 mm sides, 3 mm base", [30, 150, 200], 200 * 150 * 30 - 196 * 146 * 27, 0),
    ("30 wide 10 thick bar 300 long with 8 mm holes at 60 mm pitch", [10, 30, 300], 300 * 30 * 10 - 5 * PI * 16 * 10, 5),
    ("plate 120 x 80 x 6 with 6 mm holes in 3 rows x 4 columns, 20 apart", [6, 80, 120], 120 * 80 * 6 - 12 * PI * 9 * 6, 12),
    # item 3: standards and names
    ("stand-in ring for a 6205 bearing, same size as the bearing", [15, 52, 52], _ring(52, 25, 15), 1),
    ("housing for a 6203 bearing, 60 OD, 12 thick, bearing seat through", [12, 60, 60], _ring(60, 40, 12), 1),
    ("4080 v-slot extrusion 250 mm", [40, 80, 250], None, 2),
    ("NEMA 17 motor mount plate, 60 x 60 x 5", [5, 60, 60], 18000 - 5 * PI / 4 * (4 * 3.4 ** 2 + 22.5 ** 2), 5),
    ("plate 100 x 50 x 10 with two loose fit M12 clearance holes", [10, 50, 100], 50000 - 2 * PI / 4 * 14.5 ** 2 * 10, 2),
    ("DIN 9021 washer M6", [1.6, 18, 18], _ring(18, 6.4, 1.6), 1),
    ("3/4 NPS sch 10 pipe 200 long", [26.7, 26.7, 200], _ring(26.7, 26.7 - 4.22, 200), 1),
    ("Raspberry Pi 4 mounting plate 100 x 70 x 3", [3, 70, 100], 21000 - 4 * PI / 4 * 2.7 ** 2 * 3, 4),
    ("dummy AA battery", [14.5, 14.5, 50.5], PI / 4 * 14.5 ** 2 * 50.5, 0),
    ("3/8-16 hex nut", [21 / 64 * IN, 9 / 16 * IN, 9 / 16 * IN / math.cos(PI / 6)], None, 1),
    ("1 inch cube with a 1/2-13 tap drill hole through it", [IN, IN, IN], IN ** 3 - PI / 4 * (27 / 64 * IN) ** 2 * IN, 1),
    ("pipe half a metre long, 3 cm outer diameter, 2.5 cm inner", [30, 30, 500], _ring(30, 25, 500), 1),
]


def _close(got: float, want: float, rel: float = 0.01, abs_tol: float = 0.05) -> bool:
    return abs(got - want) <= max(abs_tol, rel * abs(want))


@pytest.mark.slow
@pytest.mark.parametrize("prompt,extents,volume,holes", CASES, ids=[c[0][:40] for c in CASES])
def test_written_sizes_make_the_part(sandbox, prompt, extents, volume, holes):
    made = generate_from_prompt(prompt)
    result = sandbox(made.code, made.output_type)
    assert result.success, result.error
    geo = result.geometry
    got = sorted(geo["extents"])
    assert all(_close(g, w) for g, w in zip(got, extents, strict=True)), (got, extents)
    if volume is not None:
        assert _close(geo["volume"], volume, 0.02), (geo["volume"], volume)
    assert geo["holes"] == holes


def test_standard_sizes_are_shown_with_their_source():
    reading = generate_from_prompt("plate 80 x 40 x 6 with two M6 close-fit holes").reading
    assert reading is not None
    roles = {v.text: v.role for v in reading.values}
    assert roles["M6"] == "M6 clearance hole, close (fine series): 6.4 mm (ISO 273)"
    assert reading.confidence == "high"


@pytest.mark.parametrize("prompt,said", [
    ("iPhone 15 case", "“iPhone 15” is a phone or tablet model"),
    ("a 350 ml mug", "“350 ml” is a capacity, not a length"),
])
def test_names_that_are_not_sizes_are_asked_about(prompt, said):
    with pytest.raises(NotUnderstood) as err:
        generate_from_prompt(prompt)
    assert said in str(err.value)
    assert err.value.reading.confidence == "low"


def test_a_capacity_next_to_real_sizes_is_not_a_length():
    made = generate_from_prompt("mug 80 dia, 95 tall, holds 350 ml")
    assert (made.params["diameter"], made.params["height"]) == (80.0, 95.0)


def test_a_bottom_thicker_than_the_cup_gets_a_reason():
    with pytest.raises(NotUnderstood) as err:
        generate_from_prompt("cup 50 tall, 40 OD, with a 60 mm thick bottom")
    assert "60 mm bottom is as thick as the 50 mm tall cup" in str(err.value)

"""Issue 12 item 6, how people give a family's sizes: a flange outside or inside the length, a spacer's
bore for its bolt, a pulley's given width, flats, keyseats, lids, knuckles, pegs and cradles.
The parameters read and how sure the reading says it is; each family's EXAMPLES measure the geometry
through the sandbox (test_families.py)."""

from __future__ import annotations

import pytest

from naturalcad.sources.templates import generate_from_prompt


def made(prompt: str):  # type: ignore[no-untyped-def]
    return generate_from_prompt(prompt)


@pytest.mark.parametrize("prompt,length,overall", [
    ("flanged bushing: bore 10, OD 14, flange Ø20 x 3, 20 overall", "length", 20.0),
    ("flanged bush ID 8 OD 12, flange 18 dia 2 thick, total length 16", "length", 16.0),
    ("flanged sleeve bearing, 12 ID 16 OD, 15 long plus a 2 mm Ø22 flange", "barrel_length", 15.0),
    ("flange bushing 20 bore, 26 outside, barrel 30 long, 3 mm thick Ø34 flange", "barrel_length", 30.0),
])
def test_flange_inside_or_outside_the_length(prompt, length, overall):
    r = made(prompt)
    assert r.family == "bushing"
    assert r.params[length] == overall
    assert r.reading.confidence == "high"


@pytest.mark.parametrize("prompt,diameter,thickness", [
    ("flanged bushing for a 12 mm shaft, 18 OD, 20 long plus a 3 mm flange of 25 dia", 25.0, 3.0),
    ("flanged sleeve, 12 ID 16 OD, 15 long plus a 2 mm Ø22 flange", 22.0, 2.0),
    ("flange bush 20 bore, 26 outside, 30 overall, 3 mm thick Ø34 flange", 34.0, 3.0),
    ("flanged bush 6 ID 10 OD 12 overall, flange 14 x 2", 14.0, 2.0),
])
def test_flange_sizes_in_any_order(prompt, diameter, thickness):
    r = made(prompt)
    assert (r.params["flange_diameter"], r.params["flange_thickness"]) == (diameter, thickness)


@pytest.mark.parametrize("prompt,bore", [
    ("hex bolt spacer 10 AF, 15 long, for M6", 6.6),          # a spacer: the bolt passes through
    ("hex spacer 13 mm across flats, 30 long, for M8 bolts", 9.0),
    ("M4 hex standoff, female/female, 25 mm, 7 mm across flats", 3.3),   # a standoff: tapped
    ("hex spacer M5 x 20, tapped both ends, 8 AF", 4.2),
])
def test_spacer_is_clearance_standoff_is_tapped(prompt, bore):
    r = made(prompt)
    assert r.family == "hex_standoff"
    assert r.params["hole_diameter"] == bore
    assert r.reading.confidence == "high"


@pytest.mark.parametrize("prompt,bore", [
    ("round standoff Ø6 x 25, M3 female both ends through (2.5 drill)", 2.5),   # the drill written wins
    ("round spacer standoff 8 OD 20 long, M4 tapped through", 3.3),
])
def test_round_standoff_is_tapped(prompt, bore):
    r = made(prompt)
    assert r.family == "tube"
    assert r.params["inner_diameter"] == bore
    assert r.reading.confidence == "high"

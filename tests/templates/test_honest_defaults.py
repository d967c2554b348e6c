"""The templates' honesty about what the words did not say (c-honest3): a feature nobody asked for,
a fit word, a cavity depth. Read without a build (the checks after the build are in
tests/prompt/test_part_promises.py)."""

from __future__ import annotations

import pytest

from naturalcad.sources.templates import generate_from_prompt


def made(prompt: str):  # type: ignore[no-untyped-def]
    return generate_from_prompt(prompt)


# ---- 1. a feature added by a default ------------------------------------------------------------
@pytest.mark.parametrize("prompt", [
    "shaft collar: ID 12, OD 24, width 10",
    "shaft collar, bore 16, outside 30, 12 wide",
    "a stop collar for a 20 mm shaft: 36 OD, 14 long",
])
def test_a_set_screw_nobody_asked_for_keeps_the_collar_off_high(prompt: str) -> None:
    r = made(prompt)
    assert r.family == "shaft_collar" and r.params["set_screws"] == 1
    assert r.reading.confidence == "medium"
    assert any("none asked for" in a.name for a in r.reading.assumed)
    assert any(p.kind == "assumed_size" and "set screw" in p.subject for p in r.reading.problems)


@pytest.mark.parametrize("prompt", [
    "shaft collar 16 bore, 30 OD, 12 wide, with one M5 grub screw",
    "set collar, 20 mm bore, 36 OD, 14 wide",            # the screw is asked; only its size is the standard's
    "locking collar 30 mm ID 50 mm OD 16 mm wide",
])
def test_a_collar_whose_screw_is_asked_for_stays_high(prompt: str) -> None:
    r = made(prompt)
    assert r.family == "shaft_collar" and r.reading.confidence == "high"


# ---- 2. fit words -------------------------------------------------------------------------------
@pytest.mark.parametrize("prompt, bore", [
    ("Could I get a spacer for an M6 bolt please, 15mm long, 10mm outside, close fit hole", 6.4),
    ("M8 spacer 20 long, 16 OD, close-fitting hole", 8.4),
    ("spacer for an M5 screw, 12 long, 10 OD, loose fit bore", 5.8),
    ("Distance bush for an M4 bolt, 8 mm outside, 6 long, free fit", 4.8),
    ("spacer for M6, 10 OD, 12 long", 6.6),                    # no fit word: the normal (medium) fit
])
def test_a_spacers_fit_word_sets_its_bore(prompt: str, bore: float) -> None:
    r = made(prompt)
    assert r.family == "bolt_spacer"
    assert r.params["bore"] == bore
    assert r.reading.confidence == "high"


# ---- 5. a cavity size is the cavity ---------------------------------------------------------------
@pytest.mark.parametrize("prompt, height, wall, floor", [
    ("tray 200 x 120, 25 deep inside, 2 mm walls and base", 27.0, 2.0, 2.0),
    ("open box 100 x 60, 40 mm internal depth, 3 thick", 43.0, 3.0, 3.0),
    ("a tray, inside 120 x 80 x 20 deep, walls 2.5", 22.5, 2.5, 2.5),
])
def test_an_inside_depth_plus_the_floor_is_the_outside_height(prompt: str, height: float, wall: float,
                                                                floor: float) -> None:
    r = made(prompt)
    assert r.family == "open_box"
    assert (r.params["height"], r.params["wall"], r.params["floor_thickness"]) == (height, wall, floor)
    assert r.reading.confidence == "high"


@pytest.mark.parametrize("prompt, height, floor", [
    ("tray 150 by 90, 30 deep, 3 mm sides and floor", 30.0, 3.0),
    ("tray 100 by 80, 15 deep, 2 mm floor and walls", 15.0, 2.0),
    ("tray 200 x 150, 30 deep, 2 mm sides, 3 mm base", 30.0, 3.0),
])
def test_a_bare_depth_with_the_floor_given_is_read_as_overall_and_said(prompt: str, height: float,
                                                                       floor: float) -> None:
    r = made(prompt)
    assert r.family == "open_box"
    assert (r.params["height"], r.params["floor_thickness"]) == (height, floor)
    assert r.reading.confidence == "medium"
    assert any(p.kind == "assumed_size" and p.subject == "height" for p in r.reading.problems)


def test_an_overall_height_is_not_doubted() -> None:
    r = made("tray 150 x 100, 20 high overall, 2 mm walls")
    assert r.params["height"] == 20.0 and r.reading.confidence == "high"


def test_a_cups_bare_depth_with_its_base_given_is_said_and_its_inside_depth_adds_the_base() -> None:
    # the outside is said for the diameter (OD) and not for the depth: the depth is the cavity's, the other
    # reading is said and keeps it off high (coverage9a c1129, var_roles r002)
    r = made("cup 60 OD, 3 wall, 50 deep, 4 mm base")
    assert r.family == "cup" and r.params["height"] == 54.0 and r.reading.confidence == "medium"
    r = made("cup 60 dia, 3 wall, 50 deep, 4 mm base")  # no outside said: the depth is the outside height, said too
    assert r.family == "cup" and r.params["height"] == 50.0 and r.reading.confidence == "medium"
    r = made("cup 60 mm outside diameter, 3 mm wall, 4 mm base, 50 mm deep inside")
    assert r.params["height"] == 54.0 and r.reading.confidence == "high"

"""The honesty checks of `prompt.accounting`: each named check lowers the grade and names what was
not understood on the prompts of its kind, and leaves a fully understood part `high`.

End to end through the offline reader (`generate_from_prompt`, no sandbox: fast), plus the checks
called directly with parameters, so each rule is held to its own examples."""

from __future__ import annotations

import pytest

from naturalcad.checks import SizeCheck, with_check
from naturalcad.prompt import Reading, ValueUse, scan
from naturalcad.prompt.accounting import (
    CHECKS,
    agree,
    assumed_units,
    thread_roles,
    unbuilt_features,
)
from naturalcad.sources.templates import generate_from_prompt


def problems(prompt: str, kind: str) -> list[str]:
    reading = generate_from_prompt(prompt).reading
    assert reading is not None
    return [p.subject for p in reading.problems if p.kind == kind]


def confidence(prompt: str) -> str:
    reading = generate_from_prompt(prompt).reading
    assert reading is not None
    return reading.confidence


# ---- assumed_unit ----------------------------------------------------------------------------
@pytest.mark.parametrize("prompt,typed", [
    ("cylinder radius 15, height 4 cm", "15"),                 # coverage3 h019: built 300 wide at high
    ("box 200 long by 10 cm wide by 50 high, solid", "200"),
    ("plate 120 x 80, 5 thick, 2 in hole in the middle", "120"),
])
def test_a_unit_taken_from_another_number_is_named_and_not_high(prompt, typed):
    named = problems(prompt, "assumed_unit")
    assert any(s.startswith(typed + " ") and "read as" in s for s in named), named
    assert confidence(prompt) != "high"


@pytest.mark.parametrize("prompt", [
    "plate 6 x 4 x 1/2 inch",                  # the unit covers its group
    "round disc 4 inch diameter, 1/4 thick",   # a bare fraction is an inch size
    "block 12 x 8 x 2, all dimensions in cm",  # the prompt says its unit
    "cylinder, radius 15 mm, 4 cm tall",       # every unit typed
    "tube OD 1-1/4 inch, wall .065, 12 in long",  # ".065" is inch notation
])
def test_units_that_are_not_assumed_are_not_named(prompt):
    assert assumed_units(prompt, scan(prompt)) == []


# ---- thread_role -----------------------------------------------------------------------------
def test_a_spacer_for_an_m_size_gets_the_clearance_hole_and_nothing_is_named():
    prompt = "hex bolt spacer 10 AF, 15 long, for M6"   # coverage3 h144: once a 5.0 tap drill at high
    result = generate_from_prompt(prompt)
    assert result.params["hole_diameter"] == 6.6          # ISO 273 medium clearance for M6
    assert problems(prompt, "thread_role") == []
    # the check itself, on the tap drill the family once made
    named = thread_roles(prompt, scan(prompt), {"across_flats": 10.0, "length": 15.0, "hole_diameter": 5.0})
    assert len(named) == 1 and named[0].subject.startswith("M6 ") and "clearance" in named[0].subject


@pytest.mark.parametrize("prompt,params,named", [
    ("spacer for M6, 12 OD, 15 long", {"outer_diameter": 12.0, "inner_diameter": 5.0, "length": 15.0}, True),
    ("spacer for M6, 12 OD, 15 long", {"outer_diameter": 12.0, "inner_diameter": 6.6, "length": 15.0}, False),
    ("block 40 x 40 x 20 with an M8 tapped hole", {"hole_diameter": 8.4}, True),
    ("block 40 x 40 x 20 with an M8 tapped hole", {"hole_diameter": 6.8}, False),
    ("shaft collar 20 bore, 35 OD, M5 set screw", {"bore": 20.0, "screw_hole": 4.2}, False),
    ("plate 60 x 60 x 10 with an M6 hole", {"hole_diameter": 5.0}, False),  # the words say neither
])
def test_thread_role_compares_the_words_with_the_hole_made(prompt, params, named):
    assert bool(thread_roles(prompt, scan(prompt), params)) is named


# ---- unbuilt_feature -------------------------------------------------------------------------
def test_a_cross_hole_nobody_made_is_named():
    # the rectangular tube family has no cross hole (the round tube makes one since c-parts3)
    prompt = "square tube 30 x 30 x 2 wall, 100 long, with a 6 mm cross hole 10 from one end"
    assert any("cross hole" in s for s in problems(prompt, "unbuilt_feature"))
    assert confidence(prompt) != "high"


@pytest.mark.parametrize("prompt,family,params,name", [
    ("shaft 25 dia 120 long, keyseat 8 wide 4 deep", "cylinder", {"diameter": 25.0, "height": 120.0}, "keyseat"),
    ("hinge knuckle 10 OD", "tube", {"outer_diameter": 10.0}, "knuckle"),
    ("round bar 16 dia with a flat 2 mm deep", "cylinder", {"diameter": 16.0}, "flat"),
    ("pin 10 dia with a groove 1 deep", "cylinder", {"diameter": 10.0}, "groove"),
])
def test_feature_nouns_without_a_parameter_are_named(prompt, family, params, name):
    found = unbuilt_features(prompt, family, params, [])
    assert len(found) == 1 and f"no {name} was made" in found[0].subject


@pytest.mark.parametrize("prompt,family,params", [
    ("shaft 25 dia 120 long with a keyway 8 wide", "shaft", {"diameter": 25.0, "keyway_width": 8.0}),
    ("cylinder 30 dia 40 long, no chamfer", "cylinder", {"diameter": 30.0, "chamfer_size": 0.0}),
    ("flat bar 40 x 5, cut to 250", "box", {"length": 250.0}),   # "flat bar" is a stock shape, not a flat
    ("hex spacer 10 across flats", "hex_standoff", {"across_flats": 10.0}),
])
def test_feature_nouns_made_negated_or_not_features_are_not_named(prompt, family, params):
    assert unbuilt_features(prompt, family, params, []) == []


# ---- count_as_size, pattern_as_size, square_shorthand --------------------------------------------
def test_a_count_before_a_singular_hole_is_named():
    prompt = "hinge knuckle 10 OD, 4 pin hole, 30 long"
    named = problems(prompt, "count_as_size")
    assert len(named) == 1 and named[0].startswith("4 ") and "pin hole" in named[0]
    assert confidence(prompt) != "high"


def test_a_hole_pattern_size_bound_to_the_body_is_named():
    prompt = "plate 4 holes on 60 square, 80 x 6 thick"
    assert any(s.startswith("60 ") and "length" in s for s in problems(prompt, "pattern_as_size"))
    assert confidence(prompt) != "high"


# ---- quantities of parts ---------------------------------------------------------------------
@pytest.mark.parametrize("prompt,typed", [
    ("washer 24 OD 13 ID 2.5 thick, 4 off", "4"),
    ("I need 6 of these: bracket plate 50 x 30 x 4 with 2 holes of 5", "6"),
])
def test_a_quantity_of_parts_is_recognised_not_a_problem(prompt, typed):
    reading = generate_from_prompt(prompt).reading
    assert reading is not None
    use = next(v for v in reading.values if v.text == typed)
    assert use.role == "quantity of parts (one is made)"
    assert reading.confidence == "high", reading.problems


# ---- post-build agreement ------------------------------------------------------------------------
def test_agree_names_a_body_size_the_built_part_does_not_have():
    reading = Reading(values=[ValueUse("Ø80", 80.0, "length", "outer_diameter"), ValueUse("6", 6.0, "length", "thickness"),
                              ValueUse("5.5", 5.5, "length", "hole_diameter")])
    assert agree(reading, [6.0, 80.0, 80.0]) == []
    assert agree(reading, [16.0, 80.0, 80.0]) == []   # a hub may add to the thickness
    found = agree(reading, [6.0, 60.0, 60.0])           # the diameter typed is none of the extents
    assert [p.kind for p in found] == ["disagrees"] and found[0].subject.startswith("Ø80 ")


def test_agree_takes_a_radius_typed_and_a_hexagon_across_corners():
    radius = Reading(values=[ValueUse("R15", 15.0, "length", "diameter")])   # bound as 2 x 15
    assert agree(radius, [30.0, 30.0, 40.0]) == []
    hexagon = Reading(values=[ValueUse("10", 10.0, "length", "across_flats")])
    assert agree(hexagon, [11.547, 15.0]) == []


def test_agree_lets_a_flange_stand_beyond_a_smaller_diameter():
    bush = Reading(values=[ValueUse("14", 14.0, "length", "outer_diameter"), ValueUse("20", 20.0, "length", "diameter")])
    assert agree(bush, [20.0, 20.0, 20.0]) == []
    sleeve = Reading(values=[ValueUse("23", 23.0, "length", "outer_diameter"),
                             ValueUse("30", 30.0, "length", "flange_diameter")])
    assert agree(sleeve, [15.0, 30.0, 30.0]) == []


def test_the_size_check_drops_the_grade_when_the_part_disagrees_with_its_reading():
    reading = Reading(family="box", values=[ValueUse("200", 200.0, "length", "length")])
    assert with_check(reading, SizeCheck(extents=[50.0, 100.0, 200.0]), "box").confidence == "high"
    checked = with_check(reading, SizeCheck(extents=[50.0, 100.0, 150.0]), "box")  # smaller than its own length
    assert checked.confidence == "medium" and checked.problems[0].kind == "disagrees"


# ---- fully understood parts stay high --------------------------------------------------------
@pytest.mark.parametrize("prompt", [
    "plate 100 x 60 x 8 with 4 holes of 6.6, 10 from the edges",
    "tube 40 OD, 2 wall, 300 long",
    "spacer for M6, 12 OD, 15 long",
    "flange 100 OD, 10 thick, 40 bore, 4 holes Ø9 on 80 PCD",
    "shaft collar, 20 bore, 35 OD, 12 wide, M5 set screw",
    "cylinder, radius 15 mm, 4 cm tall",
])
def test_fully_understood_parts_stay_high(prompt):
    assert confidence(prompt) == "high"


def test_every_check_is_named():
    assert len(set(CHECKS)) == len(CHECKS) == 10


# ---- words that look like a check's but are not (seen when the families learnt more) -----------
@pytest.mark.parametrize("prompt,kind", [
    ("enclosure 100 x 70 x 40 with separate lid, 2 mm walls and floor; lid a flat 2 mm plate 100 x 70", "unbuilt_feature"),
    ("project box 120 x 80 x 50 outside, walls 2.5, floor 2.5, separate flat lid 2.5 thick", "unbuilt_feature"),
    ("saddle block for a 20 mm tube: 50 long, 16 wide, 15 tall, semicircular Ø20 groove on the top face, "
     "2x M5 clearance holes 17 off centre", "quantity_as_size"),
    ("20 square bar 150 long, four 5 mm cross holes at 30 mm centres, centred on the length", "square_shorthand"),
    ("20 square bar 150 long, four 5 mm cross holes at 30 mm centres, centred on the length", "unbuilt_feature"),
])
def test_descriptions_the_part_honours_are_not_named(prompt, kind):
    """A flat lid is a lid's shape, "17 off centre" a position, a 20 SQ bar's section is square, and a
    bar's holes through its section are its cross holes: none is a problem, the part stays `high`."""
    assert problems(prompt, kind) == []
    assert confidence(prompt) == "high"


def test_holes_through_a_bars_flat_face_are_not_a_flat_feature():
    """'through the flat' is the flat bar's face; 'a flat 2 mm deep' is a feature (tested above)."""
    prompt = "30x10 flat bar 250 long, 10mm holes at 50mm pitch along it through the flat"
    assert problems(prompt, "unbuilt_feature") == []
    result = generate_from_prompt(prompt)
    assert (result.params["columns"], result.params["x_pitch"]) == (5, 50.0)   # 250 / 50: five holes
    assert confidence(prompt) == "high"


def test_a_flange_bore_nobody_asked_for_is_an_assumption_that_keeps_it_off_high():
    """A bore adds a hole the prompt did not ask for (a blind flange has none): said, and not `high`.
    A flange *disc* or *plate* with a bolt circle has no bore unless one is asked for (issue 12, c463)."""
    prompt = "flange Ø90 x 10 with 4 x M10 loose fit clearance holes on a 65 PCD"
    result = generate_from_prompt(prompt)
    assert result.params["bore_diameter"] > 0 and result.params["hole_diameter"] == 12.0   # ISO 273 coarse M10
    assert "bore" in problems(prompt, "assumed_size")
    assert confidence(prompt) == "medium"
    disc = generate_from_prompt("flange disc Ø90 x 10 with 4 x M10 loose fit clearance holes on a 65 PCD")
    assert disc.params["bore_diameter"] == 0 and disc.params["hole_count"] == 4
    assert confidence("flange: 80 mm OD, 10 mm thick, 30 mm bore, 4 holes 6.5 mm on a 60 mm PCD") == "high"

"""The independent size check: every number of the prompt must be in the measured part.

Parts are real build123d solids measured the way the sandbox measures them (geometry.measure
plus features.report on the OCCT shape), so these tests hold the check against real holes,
walls and bolt circles, not against hand-written numbers.
"""

from __future__ import annotations

import pytest
from build123d import Align, Box, Cylinder, GridLocations, PolarLocations, Pos

from naturalcad import checks, features, geometry

MIN_Z = (Align.CENTER, Align.CENTER, Align.MIN)


def measured(shape):
    report = geometry.measure(shape.wrapped, "3d_solid")  # the sandbox measures the raw OCCT shape
    report["features"] = features.vetted_features(features.report(shape.wrapped))
    return report


def plate_with_corner_holes():
    return Box(120, 80, 6, align=MIN_Z) - GridLocations(96, 56, 2, 2) * Cylinder(4, 6, align=MIN_Z)


def flange():
    return (Cylinder(40, 10, align=MIN_Z) - Cylinder(15, 10, align=MIN_Z)
            - PolarLocations(30, 4) * Cylinder(3.25, 10, align=MIN_Z))


CORRECT = [
    ("plate 120 x 80 x 6 mm with four 8 mm corner holes", plate_with_corner_holes),
    ("flange: 80 mm OD, 10 mm thick, 30 mm bore, 4 holes 6.5 mm on a 60 mm PCD", flange),
    ("cylinder, heigth 30mm, diamter 45mm", lambda: Cylinder(22.5, 30, align=MIN_Z)),
    ("tube 40 mm OD, 3 mm wall, 100 long", lambda: Cylinder(20, 100) - Cylinder(17, 100)),
    ("cup: 50 mm diameter, 60 mm tall, 3 mm wall", lambda: Cylinder(25, 60, align=MIN_Z)
     - Pos(0, 0, 3) * Cylinder(22, 58, align=MIN_Z)),
    ("block 5 cm x 2 cm x 1 cm", lambda: Box(50, 20, 10)),
    ("a cup holder for a 70 mm diameter can", lambda: Cylinder(45, 60) - Cylinder(36, 60)),
    ("plate 100 x 60 x 5 with M6 clearance holes", lambda: Box(100, 60, 5) - GridLocations(80, 40, 2, 2) * Cylinder(3.3, 5)),
]


@pytest.mark.parametrize("prompt, make", CORRECT, ids=[p[:40] for p, _ in CORRECT])
def test_a_correct_part_has_every_number(prompt, make):
    check = checks.verify(prompt, measured(make()))
    assert check.ok, [f.sentence() for f in check.missing]
    assert all(f.found is not False for f in check.findings)


def test_a_cylinder_built_the_wrong_way_round_is_caught():
    wrong = Cylinder(15, 45, align=MIN_Z)  # 30 across, 45 tall: diameter and height swapped
    missing = checks.verify("cylinder, heigth 30mm, diamter 45mm", measured(wrong)).missing
    assert [(f.quantity.text, f.quantity.hint) for f in missing] == [("45mm", "diameter")]
    assert "its circles: 30 mm" in missing[0].sentence()


def test_hole_size_and_count_are_looked_for_among_the_holes():
    part = Box(120, 80, 6) - GridLocations(96, 56, 2, 2) * Cylinder(3, 6)  # 6 mm holes, not 8
    missing = checks.verify("plate 120 x 80 x 6 mm with four 8 mm corner holes", measured(part)).missing
    assert [f.quantity.text for f in missing] == ["8 mm"]
    three = Box(120, 80, 6) - GridLocations(96, 0, 3, 1) * Cylinder(4, 6)
    assert [f.quantity.text for f in checks.verify("plate 120 x 80 x 6 with four 8 mm holes", measured(three)).missing] == ["four"]


def test_a_negation_the_part_ignores_is_reported():
    gear_blank = Cylinder(22, 6) - Cylinder(4.5, 6)
    check = checks.verify("spur gear 44 mm diameter, 6 thick, no hole", measured(gear_blank))
    assert [(n.text, n.honoured) for n in check.negations] == [("no hole", False)]
    assert "the part has 1 hole" in check.failure(measured(gear_blank))


def test_names_of_standard_parts_are_not_sizes():
    check = checks.verify("608 bearing", measured(Cylinder(11, 7) - Cylinder(4, 7)))
    assert [(f.quantity.text, f.found) for f in check.findings] == [("608", None)]


def test_a_report_with_only_extents_is_judged_modestly():
    assert checks.mismatches("Heavy steel bracket with 4 bolt holes, 90 mm wide, 8 mm thick", {"extents": [90, 60, 40]}) == []
    wrong = checks.mismatches("plate 120 x 80 x 6 mm", {"extents": [100, 80, 6]})
    assert [f.quantity.value for f in wrong] == [120.0]


def test_sizes_of_other_things_are_not_judged():
    check = checks.verify("a stand for a 7 inch tablet", {"extents": [90, 70, 120]})
    assert [f.found for f in check.findings] == [None]


def test_failure_text_for_the_model():
    geo = measured(Box(60, 40, 25))
    text = checks.verify("box 60 x 40 x 20 mm", geo).failure(geo)
    assert text == ("The part does not match the prompt: size: requested 20 mm, measured 25 mm; its sizes: 25, 40, 60 mm. "
                    "The part measures 60 x 40 x 25 mm (X x Y x Z).")


def test_describe_requested_for_the_model():
    assert checks.describe_requested("plate 120 x 80 x 6 mm with four 8 mm holes") == [
        "120 = 120 mm: a size (extent, thickness or feature)", "80 = 80 mm: a size (extent, thickness or feature)",
        "6 mm = 6 mm: a size (extent, thickness or feature)", "four: exactly 4 holes", "8 mm = 8 mm: a hole diameter"]


KNURLED = ("Pipe flange.\n1. Make a disc 80 mm in diameter and 10 mm thick.\n2. Bore a 30 mm hole through the centre.\n"
           "3. Knurl the rim with a 1 mm pitch.")


def knurl_steps() -> list[dict[str, object]]:
    return [{"number": 1, "text": "Make a disc 80 mm in diameter and 10 mm thick", "problem": None},
            {"number": 2, "text": "Bore a 30 mm hole through the centre", "problem": None},
            {"number": 3, "text": "Knurl the rim with a 1 mm pitch", "problem": "step 3 not understood"}]


def test_numbers_of_a_step_reported_as_not_understood_are_not_judged_again():
    part = measured(Cylinder(40, 10, align=MIN_Z) - Cylinder(15, 10, align=MIN_Z))
    plain = checks.verify(KNURLED, part)
    assert [f.quantity.text for f in plain.missing] == ["1 mm"]  # read alone, the knurl pitch is a missing hole pitch
    spans = checks.unread_spans(KNURLED, knurl_steps())
    assert [KNURLED[a:b] for a, b in spans] == ["Knurl the rim with a 1 mm pitch"]
    check = checks.verify(KNURLED, part, spans)
    assert check.missing == [] and check.ok
    (knurl,) = [f for f in check.findings if f.quantity.text == "1 mm"]
    assert knurl.found is None and "not understood" in knurl.note
    assert [f.measured_as for f in check.findings if f.quantity.text in ("80 mm", "30 mm")] == ["a diameter", "a hole diameter"]


def test_a_step_read_and_built_is_still_judged():
    part = measured(Cylinder(40, 10, align=MIN_Z))  # the 30 mm bore was not cut
    steps = [dict(step, problem=None) for step in knurl_steps()]
    check = checks.verify(KNURLED, part, checks.unread_spans(KNURLED, steps))
    assert "30 mm" in [f.quantity.text for f in check.missing]

"""Requested vs measured sizes: what the prompt asks for, and when a part contradicts it."""

from __future__ import annotations

import pytest

from naturalcad import checks

# (prompt, extents of a correct part): a correct part must never be reported as a mismatch.
CORRECT_PARTS = [
    ("plate 120 x 80 x 6 mm with four 8 mm corner holes", [120, 80, 6]),
    ("Heavy steel bracket with 4 bolt holes, 90 mm wide, 8 mm thick", [90, 60, 40]),
    ("Light structural truss beam with 9 panels and a 180 mm span", [180, 10, 30]),
    ("box 60 x 40 x 20 mm", [60, 40, 20]),
    ("cylinder 20 mm diameter and 40 mm high", [20, 20, 40]),
    ("a sphere of diameter 40 mm", [40, 40, 40]),
    ("cone, base radius 15 mm, height 30 mm", [30, 30, 30]),
    ("a 1 inch cube", [25.4, 25.4, 25.4]),
    ("block 5 cm x 2 cm x 1 cm", [50, 20, 10]),
    ("washer 8.4 mm ID, 16 mm OD, 1.6 mm thick", [16, 16, 1.6]),
    ("spacer: OD 12, ID 6.4, length 15", [12, 12, 15]),
    ("cylinder 40 mm diameter 20 mm tall with a 10 mm hole through the middle", [40, 40, 20]),
    ("cup: 50 mm diameter, 60 mm tall, 3 mm wall, open at the top", [50, 50, 60]),
    ("flange: 80 mm OD, 10 mm thick, 30 mm bore, 4 holes 6.5 mm on a 60 mm PCD", [80, 80, 10]),
    ("L bracket, 40 mm wide, legs 30 mm and 25 mm, 3 mm thick", [25, 30, 40]),
    ("angle bracket 50 wide, 30 x 30 legs, 5 thick, one 5 mm hole in each leg", [30, 30, 50]),
    ("plate 4 x 3 inches, 1/4 inch thick", [101.6, 76.2, 6.35]),
    ("rectangular tube 60 x 30 mm outside, 3 mm wall, 200 mm long", [60, 30, 200]),
    ("hex standoff M3, 5.5 mm across flats, 15 mm long", [5.5, 6.35, 15]),
    ("spur gear 20 teeth module 2, 6 mm thick, 5 mm bore", [44, 44, 6]),
    ("triangular prism with 40 mm sides, 20 mm long", [20, 34.64, 40]),
    ("a phone stand with a 70 degree back and a cable slot 10 mm wide", [110, 70, 86]),
    ("a phone stand 120 mm tall with a back 130 mm long and a 12 mm cable slot", [90, 70, 120]),
    ("a cup holder for a 70 mm diameter can", [90, 90, 60]),
    ("a 10 mm wide slot in a 50 mm block", [50, 50, 50]),
    ("plate 100 x 60 x 5 mm with a 20 x 10 mm slot", [100, 60, 5]),
    ("knob 30 mm diameter with a 6 mm D-shaft hole 15 mm deep", [30, 30, 20]),
    ("Laser-cut mounting plate with 6mm corner holes, 120x70 mm (export DXF)", [120, 70, 0]),
]


@pytest.mark.parametrize("prompt, extents", CORRECT_PARTS, ids=[p[:40] for p, _ in CORRECT_PARTS])
def test_a_correct_part_is_not_a_mismatch(prompt, extents):
    assert checks.mismatches(prompt, {"extents": extents}) == []


def test_overall_group_must_match_every_extent():
    wrong = checks.mismatches("plate 120 x 80 x 6 mm", {"extents": [100, 80, 6]})
    assert [(c.requested, c.measured) for c in wrong] == [(120.0, 100.0)]
    assert wrong[0].sentence() == "overall size: requested 120 mm, measured 100 mm"


def test_group_values_take_distinct_extents():
    # 80 x 80 x 4 must not be satisfied by a single 80 mm extent
    wrong = checks.mismatches("mounting plate 80x80x4", {"extents": [80, 40, 4]})
    assert [c.requested for c in wrong] == [80.0]


def test_named_size_of_the_part_must_be_an_extent():
    wrong = checks.mismatches("Industrial tower block, 140 mm tall", {"extents": [40, 40, 100]})
    assert [(c.what, c.requested, c.measured) for c in wrong] == [("height", 140.0, 100.0)]


def test_units_follow_the_prompt():
    assert checks.requested_dimensions("plate 4 x 3 inches, 1/4 inch thick") == pytest.approx([101.6, 76.2, 6.35])
    wrong = checks.mismatches("a 1 inch cube", {"extents": [1, 1, 1]})
    assert wrong and wrong[0].requested == pytest.approx(25.4)


def test_a_feature_larger_than_the_part_is_a_mismatch():
    wrong = checks.mismatches("a bracket with a 150 mm hole", {"extents": [60, 40, 5]})
    assert len(wrong) == 1 and wrong[0].rule == "fits"
    assert "150 mm requested, but the whole part is only 72.28 mm across, corner to corner" in wrong[0].sentence()
    # a long feature may run corner to corner
    assert checks.mismatches("a stand 120 mm tall with a back 130 mm long", {"extents": [90, 70, 120]}) == []


def test_sizes_of_other_things_are_not_judged():
    assert checks.requested("a stand for a 7 inch tablet") == []
    assert checks.requested("a holder that fits a 70 mm mug") == []


def test_no_numbers_no_checks():
    assert checks.requested("a phone stand with a cable slot") == []
    assert checks.mismatches("a nice vase", {"extents": [10, 10, 10]}) == []


def test_empty_geometry_is_not_judged():
    assert checks.compare("box 60 x 40 x 20 mm", {}) == []


def test_failure_text_for_the_model():
    wrong = checks.mismatches("box 60 x 40 x 20 mm", {"extents": [60, 40, 25]})
    text = checks.mismatch_failure(wrong, {"extents": [60, 40, 25]})
    assert text == ("The part's size does not match the prompt: overall size: requested 20 mm, measured 25 mm. "
                    "The part measures 60 x 40 x 25 mm (X x Y x Z).")


def test_describe_requested_for_the_model():
    assert checks.describe_requested("plate 120 x 80 x 6 mm, 140 mm tall") == [
        "overall size 120 x 80 x 6 mm (bounding box)", "height 140 mm (an overall extent)"]


def test_regex_fallback_when_the_parser_is_unavailable(monkeypatch):
    def broken(prompt):
        raise RuntimeError("parser unavailable")

    monkeypatch.setattr(checks, "_from_parser", broken)
    assert checks.requested_dimensions("box 6 x 4 x 2 cm") == [60.0, 40.0, 20.0]
    assert checks.mismatches("box 60 x 40 x 20 mm", {"extents": [60, 40, 20]}) == []

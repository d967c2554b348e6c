"""Offline follow-ups update the named parameters of the previous script."""

from __future__ import annotations

import pytest

from naturalcad.params import read_params
from naturalcad.sources.templates import generate_from_prompt, refine

PLATE = "plate 100 x 60 x 5 mm with 4 corner holes, 6 mm diameter"


def values(code: str) -> dict:
    return {p.name: p.value for p in read_params(code)}


@pytest.mark.parametrize("follow_up,expected", [
    ("make it 10 mm thicker", {"thickness": 15.0}),
    ("2 mm thinner", {"thickness": 3.0}),
    ("make it 200 long", {"length": 200.0}),
    ("set the width to 80", {"width": 80.0}),
    ("double the width", {"width": 120.0}),
    ("halve the length", {"length": 50.0}),
    ("increase the length by 20%", {"length": 120.0}),
    ("reduce the width by 10 mm", {"width": 50.0}),
    ("make the holes 8 mm", {"hole_diameter": 8.0}),
    ("use 6 holes", {"columns": 3, "rows": 2}),
    ("add 2 mm fillets", {"corner_radius": 2.0}),
    ("make it half an inch thick", {"thickness": 12.7}),
    ("remove the holes", {"columns": 0}),
])
def test_plate_follow_ups(follow_up, expected):
    made = generate_from_prompt(PLATE)
    out = refine(made.code, follow_up)
    got = values(out.code)
    for name, value in expected.items():
        assert got[name] == value, (name, got, out.notices)
    untouched = {k: v for k, v in made.params.items() if k not in expected}
    assert {k: got[k] for k in untouched} == untouched
    assert out.family == "plate_with_holes" and out.params == got


@pytest.mark.parametrize("prompt,follow_up,expected", [
    ("spur gear 20 teeth module 2", "use 30 teeth", {"teeth": 30}),
    ("spur gear 20 teeth module 2", "make it 4 mm thicker", {"face_width": 14.0}),
    ("washer 8.4 mm ID, 16 mm OD, 1.6 mm thick", "OD 20", {"outer_diameter": 20.0}),
    ("cylinder 20 mm diameter and 40 mm high", "radius 15", {"diameter": 30.0}),
    ("cylinder 20 mm diameter and 40 mm high", "make it 10 mm longer", {"height": 50.0}),
    ("a 25mm cube", "make it twice as tall", {"height": 50.0}),
    ("a 25mm cube", "add a 1 mm chamfer", {"chamfer_size": 1.0}),
    # a box (also the no-match fallback; a prompt naming an unknown object is refused instead) has a
    # height, not a thickness: "thicker" grows it
    ("something with a slot", "make it 10 mm thicker", {"length": 40.0, "width": 24.0, "height": 22.0}),
    ("a 25mm cube", "scale by 2", {"length": 50.0, "width": 50.0, "height": 50.0}),
    ("M6 hex nut", "make it M8", {"thread_size": 8.0, "across_flats": 13.0, "height": 6.8}),
    ("open box 80 x 50 x 30 mm, wall thickness 2 mm", "add a lid", {"open_top": False}),
    ("Light structural truss beam with 9 panels and a 180 mm span", "use 12 panels", {"panels": 12}),
])
def test_other_family_follow_ups(prompt, follow_up, expected):
    out = refine(generate_from_prompt(prompt).code, follow_up)
    got = values(out.code)
    for name, value in expected.items():
        assert got[name] == value, (name, got, out.notices)


def test_new_feature_rebuilds_from_the_original_prompt_and_keeps_slider_edits():
    from naturalcad.params import override_params

    made = generate_from_prompt("cylinder 40 mm diameter 20 mm tall")
    edited = override_params(made.code, {"height": 33.0})
    out = refine(edited, "add a 10 mm hole through the middle")
    got = values(out.code)
    assert got["bore_diameter"] == 10.0 and got["height"] == 33.0
    assert any("rebuilt" in n for n in out.notices)


def test_unknown_follow_up_changes_nothing_and_says_so():
    made = generate_from_prompt(PLATE)
    out = refine(made.code, "paint it a cheerful blue")
    assert out.code == made.code
    assert "did not understand" in out.notices[0]


def test_follow_up_on_a_hand_written_script():
    code = "from build123d import *\n\nwidth = 10.0  # mm, width\nheight = 5.0  # mm, height\n\nresult = Box(width, 4, height)\n"
    out = refine(code, "make it 3 mm taller")
    assert values(out.code) == {"width": 10.0, "height": 8.0}
    assert out.code.endswith("result = Box(width, 4, height)\n")


def test_refined_script_still_runs(sandbox):
    out = refine(generate_from_prompt(PLATE).code, "use 6 holes and make it 10 mm thicker")
    result = sandbox(out.code, out.output_type)
    assert result.success, result.error
    assert result.geometry["holes"] == 6 and sorted(result.geometry["extents"])[0] == pytest.approx(15.0)

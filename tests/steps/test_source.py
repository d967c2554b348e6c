"""Step-by-step prompts through the real pipeline: script shape, geometry, caps, failed steps."""

from __future__ import annotations

import math

import pytest

from naturalcad import pipeline
from naturalcad.errors import RequestError
from naturalcad.params import read_params
from naturalcad.request import Request, validate
from naturalcad.sources import steps as steps_source
from naturalcad.steps.emit import step_of_line

PLATE = ("This is a rectangular plate with a single hole with a counterbore. 1. The plate is 20 mm wide and 40 mm long "
         "with 5 mm thickness. 2. The hole is centred, 6 mm in diameter, going all the way through, with a 10 mm "
         "counterbore 2 mm deep from the top face.")
FLANGE = ("Pipe flange. First make a disc 100 mm in diameter and 12 mm thick. Then bore a 40 mm hole through the centre. "
          "Next drill six 8.5 mm bolt holes equally spaced on a 75 mm pitch circle diameter, the first one on the +X axis. "
          "Finally break the outer top edge with a 1 mm chamfer.")


def test_counterbored_plate_is_built_with_its_sizes(settings):
    result = pipeline.run(Request(PLATE, offline=True), settings)
    assert result.success, result.error
    assert result.family == "steps" and result.source == "template"
    assert sorted(result.geometry["extents"]) == pytest.approx([5.0, 20.0, 40.0], abs=0.01)
    assert result.geometry["volume"] == pytest.approx(40 * 20 * 5 - math.pi * 3 ** 2 * 3 - math.pi * 5 ** 2 * 2, rel=0.002)
    assert result.geometry["holes"] == 1
    # the script: a parameter block sliders can read, one commented block per step
    names = {p.name: p.value for p in read_params(result.code)}
    assert names["plate_length"] == 40.0 and names["counterbore_diameter"] == 10.0 and names["counterbore_depth"] == 2.0
    assert "# Step 1: plate 40 × 20 × 5 mm" in result.code and "# Step 2: 1 × Ø6 mm counterbored hole" in result.code
    assert "Step 2: 1 × Ø6 mm counterbored hole at the centre" in result.notices


def test_flange_slider_rerun_keeps_the_holes(settings):
    first = pipeline.run(Request(FLANGE, offline=True), settings)
    assert first.success, first.error
    assert first.geometry["holes"] == 7
    assert first.geometry["volume"] == pytest.approx(74926.5, rel=0.01)
    thicker = pipeline.rerun_with_params(first, {"disc_thickness": 20.0}, settings)
    assert thicker.success, thicker.error
    assert sorted(thicker.geometry["extents"]) == pytest.approx([20.0, 100.0, 100.0], abs=0.01)
    assert thicker.geometry["holes"] == 7  # the holes measure the part, so they stay through


def test_steps_prompts_may_be_long_other_prompts_may_not(settings):
    steps = "\n".join(["1. Plate 100 x 60 x 8 mm."] + [f"{i}. Drill a 5 mm hole at ({i}, 10)." for i in range(2, 39)])
    assert 1200 < len(steps) <= 4000 and steps.count("\n") + 1 == 38
    assert validate(Request(steps), settings).prompt == steps
    with pytest.raises(RequestError, match="the limit is 1200"):
        validate(Request("a plate " * 200), settings)
    with pytest.raises(RequestError, match="41 lines; the limit is 40"):
        validate(Request("\n".join(f"{i}. Drill a hole." for i in range(1, 42))), settings)
    with pytest.raises(RequestError, match="the limit is 4000"):
        validate(Request("1. Plate 10 x 10 x 2. 2. Drill a hole. " + "Then drill a hole. " * 220), settings)


def test_a_step_that_fails_when_run_is_left_out_by_number(settings):
    valid = validate(Request(FLANGE, offline=True), settings)
    made = steps_source.generate(valid)
    assert made is not None
    lines = made.code.splitlines()
    chamfer_line = next(i for i, line in enumerate(lines, 1) if line.startswith("part = chamfer("))
    assert step_of_line(made.code, chamfer_line) == 5
    failure = f"The script raised ValueError: Failed creating a chamfer, try a smaller length value(s) (line {chamfer_line})."
    repaired = steps_source.repair(valid, made, failure)
    assert repaired is not None
    assert "chamfer(" not in repaired.code and "# left out: steps 5" in repaired.code
    assert (f"Step 5 could not be applied (ValueError: Failed creating a chamfer, try a smaller length value(s) (line {chamfer_line})); the part is shown without it.") in repaired.notices
    assert steps_source.repair(valid, made, "Size check: width 20 mm, measured 30 mm") is None

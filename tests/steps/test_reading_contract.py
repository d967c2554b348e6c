"""A step-by-step prompt carries its reading in the result JSON, step by step (DESIGN.md shape)."""

from naturalcad import pipeline
from naturalcad.config import load_settings
from naturalcad.request import Request


def test_steps_reading_reaches_the_result_and_a_step_not_understood_reads_low(tmp_path):
    settings = load_settings({"NATURALCAD_DATA_DIR": str(tmp_path)})
    result = pipeline.run(Request(
        "Start with a cylinder 40 mm in diameter and 60 mm tall. Then cut a 10 mm wide, 5 mm deep slot "
        "across the top face. Finally knurl the grip."), settings=settings)
    assert result.success and result.family == "steps"
    assert sorted(result.geometry["extents"]) == [40.0, 40.0, 60.0]
    reading = result.reading
    assert reading["family"] == "steps" and reading["confidence"] == "low"
    assert [s["number"] for s in reading["steps"]] == [1, 2, 3]
    assert any("step 3" in p["subject"] for p in reading["problems"])
    assert {"40", "60"} <= {v["text"].split()[0] for v in reading["values"]}


def test_a_fully_read_step_prompt_is_not_low(tmp_path):
    settings = load_settings({"NATURALCAD_DATA_DIR": str(tmp_path)})
    result = pipeline.run(Request(
        "1. The plate is 20 mm wide and 40 mm long with 5 mm thickness. "
        "2. The hole is centred, 6 mm in diameter."), settings=settings)
    assert result.success and result.family == "steps"
    assert result.geometry["holes"] == 1
    assert result.reading["confidence"] in ("high", "medium")

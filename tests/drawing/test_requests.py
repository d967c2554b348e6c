"""Drawings asked for where they cannot be made, the worker's vetting of drawing files, and the CLI."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from naturalcad import pipeline
from naturalcad.drawing import DrawingOptions
from naturalcad.drawing_job import draw_run
from naturalcad.request import Request
from naturalcad.sandbox.outcome import parse_report

ROOT = Path(__file__).resolve().parents[2]


def test_a_2d_profile_gets_a_warning_not_a_drawing(settings):
    result = pipeline.run(Request("laser-cut plate 100 x 60 with four 6 mm holes", output_type="2d_vector",
                                  offline=True), settings=settings, drawing=DrawingOptions())
    assert result.success  # the part stands; only the drawing is missing, and the warning says why
    assert not [k for k in result.artifacts if k.startswith("drawing")]
    assert any(w.startswith("No drawing was made: A drawing is made for 3D parts") for w in result.warnings)
    assert not list(Path(result.artifacts["dxf"]).parent.glob("drawing.*"))


def test_a_failed_or_pruned_run_cannot_be_drawn(settings):
    failed = pipeline.run_code("from build123d import *\nresult = Box(10, 10, 0)\n", settings=settings)
    assert not failed.success
    assert draw_run(failed, settings).error == "This run has no part to draw; run it successfully first."
    made = pipeline.run(Request("box 20 x 20 x 20", offline=True), settings=settings)
    shutil.rmtree(Path(made.artifacts["step"]).parent)
    outcome = draw_run(made, settings)
    assert outcome.error and "no longer kept" in outcome.error and outcome.result is made


def test_worker_accepts_only_drawing_files_under_their_own_names(tmp_path):
    for name in ("drawing.svg", "drawing.pdf", "drawing.dxf", "model.svg"):
        (tmp_path / name).write_text("x")
    cube = {"kind": "3d_solid", "extents": [10, 10, 10], "volume": 1000.0, "valid": True, "solids": 1}
    ok = {"ok": True, "geometry": cube, "files": {"drawing_svg": "drawing.svg", "drawing_pdf": "drawing.pdf", "drawing_dxf": "drawing.dxf"}}
    assert parse_report(ok, tmp_path, 1000).ok is True
    for files in ({"drawing_svg": "drawing.pdf"}, {"step": "model.svg"}, {"drawing_html": "drawing.svg"},
                  {"drawing_pdf": "../drawing.pdf"}):
        assert parse_report({"ok": True, "geometry": cube, "files": files}, tmp_path, 1000).ok is False, files
    os.symlink(tmp_path / "drawing.svg", tmp_path / "linked.svg")
    assert parse_report({"ok": True, "geometry": cube, "files": {"drawing_svg": "linked.svg"}}, tmp_path, 1000).ok is False


SCRIPT = '''from build123d import *

with BuildPart() as part:
    Box(80, 40, 10)
    with Locations(part.faces().sort_by(Axis.Z)[-1]):
        with GridLocations(40, 0, 2, 1):
            CounterBoreHole(3.3, 5.5, 4)
        CounterSinkHole(3, 6)
result = part.part
'''


@pytest.mark.slow
def test_cli_run_and_drawing_of_an_earlier_run(tmp_path):
    script = tmp_path / "block.py"
    script.write_text(SCRIPT)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    out = subprocess.run([sys.executable, "-m", "naturalcad", "run", str(script), "--drawing", "--json",
                          "--out", str(tmp_path / "data")], capture_output=True, text=True, env=env, timeout=300)
    assert out.returncode == 0, out.stdout + out.stderr
    result = json.loads(out.stdout.strip().splitlines()[-1])
    svg = Path(result["artifacts"]["drawing_svg"]).read_text(encoding="utf-8")
    for text in ("80", "40", "10", "2x Ø6.6 THRU", "CBORE Ø11 DEPTH 4", "Ø6 THRU", "CSK Ø12 x 82°"):
        assert f">{text}<" in svg, text
    assert result["timings"]["drawing"] > 0

    plain = subprocess.run([sys.executable, "-m", "naturalcad", "generate", "L bracket 60 x 40 x 50 mm, 5 mm thick",
                            "--offline", "--json", "--out", str(tmp_path / "data")],
                           capture_output=True, text=True, env=env, timeout=300)
    first = json.loads(plain.stdout.strip().splitlines()[-1])
    assert "drawing_svg" not in first["artifacts"]
    drawn = subprocess.run([sys.executable, "-m", "naturalcad", "drawing", first["run_id"], "--projection", "first",
                            "--json", "--out", str(tmp_path / "data")], capture_output=True, text=True, env=env,
                           timeout=300)
    assert drawn.returncode == 0, drawn.stdout + drawn.stderr
    again = json.loads(drawn.stdout.strip().splitlines()[-1])
    assert again["run_id"] == first["run_id"]
    assert ">FIRST ANGLE PROJECTION<" in Path(again["artifacts"]["drawing_svg"]).read_text(encoding="utf-8")
    missing = subprocess.run([sys.executable, "-m", "naturalcad", "drawing", "20000101-000000-000aaaa", "--json",
                              "--out", str(tmp_path / "data")], capture_output=True, text=True, env=env, timeout=300)
    assert missing.returncode == 2 and json.loads(missing.stdout)["error"].startswith("No run")


def test_a_drawing_of_a_different_part_than_the_run_is_refused(settings):
    """The script runs again for its drawing: a second run that makes another part gets no sheet."""
    made = pipeline.run_code("from build123d import *\nresult = Box(40, 30, 20)\n", settings=settings)
    assert made.success, made.error
    made.geometry["extents"] = [80.0, 30.0, 20.0]  # what the first run measured, if it had differed
    outcome = draw_run(made, settings)
    assert outcome.error and "different part" in outcome.error and "40 x 30 x 20 mm instead of 80 x 30 x 20" in outcome.error
    assert not list(Path(made.artifacts["step"]).parent.glob("drawing.*"))
    made.geometry["extents"] = [40.0, 30.0, 20.0]
    assert draw_run(made, settings).error is None


HOSTILE_SHEET = """\
import json, os
with open("drawing.svg", "wb") as handle:
    handle.write(b"\\xff\\xfe<svg>\\x80 not text</svg>")
report = {"ok": True, "kind": "3d_solid", "files": {"drawing_svg": "drawing.svg"},
          "geometry": {"kind": "3d_solid", "extents": [40.0, 30.0, 20.0], "bbox_min": [-20, -15, -10],
                       "bbox_max": [20, 15, 10], "valid": True, "solids": 1, "shells": 1, "faces": 6, "edges": 12,
                       "volume": 24000.0, "area": 5200.0, "holes": 0},
          "warnings": [], "stdout": "", "timings": {}}
with open("result.json", "w") as handle:
    json.dump(report, handle)
os._exit(0)
"""


def test_a_drawing_sheet_that_is_not_utf8_svg_is_not_kept(settings, monkeypatch):
    """Issue 8 red team: with the guard bypassed, a drawing job's SVG of raw bytes reached the
    Drawing tab, which reads it as UTF-8 text (a traceback in the UI)."""
    from naturalcad.sandbox import guard
    from tests.security.test_adversarial import PRELUDE

    made = pipeline.run_code("from build123d import *\nresult = Box(40, 30, 20)\n", settings=settings)
    assert made.success, made.error
    made.code = PRELUDE + "\n" + HOSTILE_SHEET
    monkeypatch.setattr(guard, "guard", lambda code: None)
    outcome = draw_run(made, settings)
    assert outcome.error and "not UTF-8 SVG" in outcome.error
    assert not list(Path(made.artifacts["step"]).parent.glob("drawing.*"))

"""The CLI contract, measured on real geometry: `run`, `generate`, `batch`, `history`."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
import trimesh

ROOT = Path(__file__).resolve().parents[2]

PLATE = """\
from build123d import *

length = 60.0  # mm, plate length (X)
width = 40.0  # mm, plate width (Y)
thickness = 10.0  # mm, plate thickness (Z)
hole_diameter = 5.0  # mm, four through-holes
hole_inset = 6.0  # mm, hole centre from each edge
fillet_radius = 2.0  # mm, rounded edges

plate = Box(length, width, thickness, align=(Align.CENTER, Align.CENTER, Align.MIN))
plate = fillet(plate.edges(), fillet_radius)
holes = [
    Pos(x, y, thickness / 2) * Cylinder(hole_diameter / 2, thickness)
    for x in (-length / 2 + hole_inset, length / 2 - hole_inset)
    for y in (-width / 2 + hole_inset, width / 2 - hole_inset)
]
result = plate - holes
"""

REIMPORT_STEP = """\
import json, sys
from build123d import import_step
shape = import_step(sys.argv[1])
print(json.dumps({"volume": shape.volume, "solids": len(shape.solids())}))
"""


def cli(*args: str, env: dict | None = None, timeout: float = 180) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "naturalcad", *args], cwd=ROOT, capture_output=True, text=True,
                          timeout=timeout, env={**os.environ, **(env or {})})


def test_run_plate_script_measures_and_reimports(tmp_path):
    script = tmp_path / "plate.py"
    script.write_text(PLATE)
    proc = cli("run", str(script), "--json", "--out", str(tmp_path / "out"))
    assert proc.returncode == 0, proc.stdout + proc.stderr
    result = json.loads(proc.stdout)
    assert result["success"] is True and result["error"] is None and result["source"] == "user"
    assert set(result["artifacts"]) == {"step", "stl", "glb"}
    assert next(iter(result["artifacts"])) == "step"
    for path in result["artifacts"].values():
        assert Path(path).is_absolute() and Path(path).stat().st_size > 0
        assert Path(path).parent.parent == tmp_path / "out" / "runs"

    mesh = trimesh.load(result["artifacts"]["stl"], force="mesh")
    assert mesh.is_watertight
    assert sorted(mesh.extents) == pytest.approx([10.0, 40.0, 60.0], abs=0.01)
    assert round((2 - mesh.euler_number) / 2) == 4  # four through-holes
    assert result["geometry"]["holes"] == 4 and result["geometry"]["valid"] is True
    assert result["params"]["hole_diameter"] == 5.0

    # The STEP is the CAD hand-off: it must re-import with the same volume (±0.5 %).
    check = subprocess.run([sys.executable, "-c", REIMPORT_STEP, result["artifacts"]["step"]], capture_output=True,
                           text=True, timeout=120)
    reimported = json.loads(check.stdout.strip().splitlines()[-1])
    assert reimported["solids"] == 1
    assert reimported["volume"] == pytest.approx(result["geometry"]["volume"], rel=0.005)
    assert reimported["volume"] == pytest.approx(abs(mesh.volume), rel=0.005)

    # GLB: binary glTF, Y-up, metres (OCCT's writer converts from mm): size 0.06 x 0.01 x 0.04.
    glb = trimesh.load(result["artifacts"]["glb"], force="mesh")
    assert sorted(glb.extents) == pytest.approx([0.010, 0.040, 0.060], abs=2e-4)
    assert glb.extents[1] == pytest.approx(0.010, abs=2e-4)  # thickness is glTF's up axis

    # The run is in history, with the operator fields.
    hist = cli("history", "--json", "--out", str(tmp_path / "out"))
    rows = [json.loads(line) for line in hist.stdout.splitlines()]
    assert [r["run_id"] for r in rows] == [result["run_id"]]
    assert rows[0]["runtime_seconds"] > 0 and rows[0]["success"] is True


def test_run_reports_script_errors_with_line(tmp_path):
    script = tmp_path / "bad.py"
    script.write_text("from build123d import *\nwidth = 10.0  # mm\nresult = Box(width, 5)\n")
    proc = cli("run", str(script), "--json", "--out", str(tmp_path / "out"))
    assert proc.returncode == 1
    result = json.loads(proc.stdout)
    assert result["success"] is False and result["error_kind"] == "exception" and result["error_line"] == 3
    assert "line 3" in result["error"] and "TypeError" in result["error"]
    assert result["artifacts"] == {}


def test_run_missing_file_is_a_clear_error(tmp_path):
    proc = cli("run", str(tmp_path / "nope.py"), "--json", "--out", str(tmp_path / "out"))
    assert proc.returncode == 2
    assert "Cannot read" in json.loads(proc.stdout)["error"]


def test_batch_keeps_ids_and_reports_bad_lines(tmp_path):
    prompts = tmp_path / "in.jsonl"
    prompts.write_text(
        json.dumps({"id": "a", "prompt": "box 60 x 40 x 20 mm"}) + "\n"
        + "not json\n"
        + json.dumps({"id": "b", "prompt": ""}) + "\n"
    )
    proc = cli("batch", str(prompts), "--offline", "--out", str(tmp_path / "out"))
    lines = [json.loads(line) for line in proc.stdout.splitlines() if line.startswith("{")]
    assert proc.returncode == 1
    assert [line.get("id") for line in lines] == ["a", None, "b"]
    assert lines[0]["success"] is True and sorted(lines[0]["geometry"]["extents"]) == pytest.approx([20, 40, 60])
    assert lines[1]["error"] == "Line 2 is not a JSON object."
    assert "describe the part" in lines[2]["error"]


def test_generate_offline_json_contract(tmp_path):
    proc = cli("generate", "box 60 x 40 x 20 mm", "--offline", "--json", "--out", str(tmp_path / "out"))
    result = json.loads(proc.stdout)
    assert proc.returncode == 0, result.get("error")
    for key in ("run_id", "success", "error", "source", "family", "params", "code", "artifacts", "geometry",
                "warnings", "notices", "timings", "attempts", "runtime_seconds", "created_at"):
        assert key in result
    assert result["source"] == "template" and result["attempts"] == 1
    assert "from build123d import *" in result["code"] and "result" in result["code"]


def test_bad_mode_is_refused_by_argparse(tmp_path):
    proc = cli("generate", "box", "--mode", "drawing", "--out", str(tmp_path / "out"))
    assert proc.returncode == 2 and "invalid choice" in proc.stderr


def test_generate_json_carries_the_reading(tmp_path):
    proc = cli("generate", "cylinder, heigth 30mm, diamter 45mm", "--offline", "--json", "--out", str(tmp_path / "out"))
    result = json.loads(proc.stdout)
    assert proc.returncode == 0, result.get("error")
    reading = result["reading"]
    assert reading["confidence"] == "high" and reading["family"] == "cylinder"
    assert [(v["text"], v["value"], v["role"], v["found"]) for v in reading["values"]] == [
        ("30mm", 30.0, "height", True), ("45mm", 45.0, "diameter", True)]
    assert {"typed": "diamter", "meant": "diameter"} in reading["corrections"]
    assert sorted(result["geometry"]["extents"]) == [30.0, 45.0, 45.0]
    assert result["geometry"]["features"]["diameters"] == [45.0]


def test_generate_prints_what_was_not_understood(tmp_path):
    proc = cli("generate", "coffee mug with a handle", "--offline", "--out", str(tmp_path / "out"))
    assert proc.returncode == 0
    # no size was given either: the mug's diameter, height and wall are all assumed, so it is `low`
    assert "Read as a cup · Low confidence: this may not be the part you asked for" in proc.stdout
    assert "assumed: diameter 60 mm · height 72 mm · wall thickness 3 mm" in proc.stdout
    assert "NOT UNDERSTOOD: “handle”: not made (the part has no such feature)" in proc.stdout


def test_a_prompt_no_family_fits_is_refused_in_the_cli(tmp_path):
    proc = cli("generate", "a cat sitting down, about 10 cm tall", "--offline", "--json", "--out", str(tmp_path / "out"))
    result = json.loads(proc.stdout)
    assert proc.returncode == 1 and result["success"] is False and result["artifacts"] == {}
    assert result["error_kind"] == "not_understood" and "does not know how to make “cat”" in result["error"]
    assert result["reading"]["confidence"] == "low" and result["reading"]["unread"] == ["cat"]

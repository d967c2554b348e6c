"""The app's pipeline against a real backend: its parts arrive as files; when it stops, the
local fallback answers and says so."""

from __future__ import annotations

from pathlib import Path

import pytest

from naturalcad import pipeline
from naturalcad.config import load_settings
from naturalcad.request import Request
from naturalcad.sources.backend import breaker_state, health
from naturalcad.sources.breaker import reset_all

from .conftest import KEY, WITHOUT_CAD, start_server

pytestmark = pytest.mark.slow


def test_app_pipeline_through_the_backend_then_the_local_fallback(tmp_path):
    from build123d import import_step

    reset_all()
    server = start_server(tmp_path / "backend", NATURALCAD_API_KEY=KEY)
    app_data = tmp_path / "app"
    settings = load_settings({"NATURALCAD_DATA_DIR": str(app_data), "NATURALCAD_BACKEND_URL": server.url,
                              "NATURALCAD_API_KEY": KEY, "NATURALCAD_BACKEND_TIMEOUT": "30"})
    try:
        assert health(settings) == (True, "ok")
        result = pipeline.run(Request("cylinder 20 mm diameter and 40 mm high"), settings=settings)
        assert result.success, result.error
        assert result.source == "backend" and result.backend_available is True
        assert result.sandbox == "remote(trimesh)"  # the backend built it; measured here from its STL
        assert sorted(result.geometry["extents"]) == pytest.approx([20, 20, 40], abs=0.05)
        step = Path(result.artifacts["step"])
        assert step.parent == app_data / "runs" / result.run_id  # the files are the app's own now
        assert import_step(str(step)).volume == pytest.approx(3.14159265 * 10 ** 2 * 40, rel=1e-3)
        assert {"step", "stl", "glb"} <= set(result.artifacts)
    finally:
        server.stop()

    down = pipeline.run(Request("box 60 x 40 x 20 mm"), settings=settings)
    assert down.success and down.source == "template" and down.backend_available is False
    assert any("could not be reached" in n and "trying the next source" in n for n in down.notices), down.notices
    assert "Circuit open" in breaker_state(settings)
    again = pipeline.run(Request("box 60 x 40 x 20 mm"), settings=settings)
    assert again.success and any("not asked again" in n for n in again.notices)
    reset_all()


FRONTEND_ONLY = WITHOUT_CAD + r"""
first = pipeline.run(Request("box 60 x 40 x 20 mm"), settings=settings)
name = next(n for n, v in first.params.items() if v == 60)
slider = pipeline.rerun_with_params(first, {name: 80.0}, settings=settings)
down = pipeline.run(Request("box 60 x 40 x 20 mm"), settings=settings.with_overrides(backend_url="http://127.0.0.1:9"))
loaded = sorted(m for m in sys.modules if m.split(".")[0] in ("build123d", "OCP"))
print(json.dumps({"first": first.to_dict(), "slider": slider.to_dict(), "down": down.to_dict(), "loaded": loaded}))
"""


def test_a_frontend_only_app_offloads_generation_and_slider_reruns(tmp_path):
    import json
    import subprocess
    import sys

    from .conftest import ROOT, server_env

    server = start_server(tmp_path / "backend", NATURALCAD_API_KEY=KEY)
    env = {"NATURALCAD_DATA_DIR": str(tmp_path / "app"), "NATURALCAD_BACKEND_URL": server.url,
           "NATURALCAD_API_KEY": KEY, "NATURALCAD_BACKEND_TIMEOUT": "30"}
    try:
        done = subprocess.run([sys.executable, "-c", FRONTEND_ONLY, json.dumps(env)], cwd=ROOT, env=server_env(),
                              capture_output=True, text=True, timeout=180)
    finally:
        server.stop()
    assert done.returncode == 0, done.stderr[-3000:]
    out = json.loads(done.stdout.strip().splitlines()[-1])
    assert out["loaded"] == []
    first, slider = out["first"], out["slider"]
    assert first["success"] and first["sandbox"] == "remote(trimesh)"
    assert sorted(first["geometry"]["extents"]) == pytest.approx([20, 40, 60], abs=0.05)
    assert slider["success"], slider["error"]
    assert slider["sandbox"] == "remote(trimesh)" and slider["backend_available"] is True
    assert sorted(slider["geometry"]["extents"]) == pytest.approx([20, 40, 80], abs=0.05)
    assert Path(slider["artifacts"]["stl"]).is_file() and slider["parent_run_id"] == first["run_id"]
    down = out["down"]  # backend gone and no build123d here: a sentence, not a traceback
    assert not down["success"] and "no build123d to build parts itself" in down["error"]
    assert any("could not be reached" in n for n in down["notices"]) and down["artifacts"] == {}

"""The backend API on a real uvicorn server, and the app's client against it."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from naturalcad import pipeline
from naturalcad.config import load_settings
from naturalcad.request import Request
from naturalcad.sources.backend import health

ROOT = Path(__file__).resolve().parents[2]
KEY = "nc-test-key-7f3a9c"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def backend(tmp_path_factory):
    port = _free_port()
    data = tmp_path_factory.mktemp("backend-data")
    env = {**os.environ, "NATURALCAD_API_KEY": KEY}
    env.pop("NATURALCAD_BACKEND_URL", None)
    proc = subprocess.Popen([sys.executable, "-m", "naturalcad", "serve", "--port", str(port), "--out", str(data)],
                            cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    deadline = time.time() + 60
    while time.time() < deadline:
        try:
            if httpx.get(f"{url}/health", timeout=1).status_code == 200:
                break
        except httpx.HTTPError:
            time.sleep(0.2)
    else:
        proc.kill()
        pytest.fail("backend did not start")
    yield url
    proc.terminate()
    proc.wait(timeout=20)


def test_api_requires_the_key_and_serves_files(backend):
    body = {"prompt": "box 60 x 40 x 20 mm"}
    assert httpx.post(f"{backend}/v1/generate", json=body, timeout=60).status_code == 401
    wrong = {"Authorization": "Bearer nope"}
    assert httpx.post(f"{backend}/v1/generate", json=body, headers=wrong, timeout=60).status_code == 401

    auth = {"Authorization": f"Bearer {KEY}"}
    response = httpx.post(f"{backend}/v1/generate", json=body, headers=auth, timeout=120)
    assert response.status_code == 200
    data = response.json()
    assert data["success"] and sorted(data["geometry"]["extents"]) == pytest.approx([20, 40, 60])
    assert data["artifacts"]["step"] == f"/v1/runs/{data['run_id']}/files/step"
    step = httpx.get(backend + data["artifacts"]["step"], headers=auth, timeout=30)
    assert step.status_code == 200 and step.content.startswith(b"ISO-10303-21")
    assert httpx.get(f"{backend}/v1/runs/{data['run_id']}/files/exe", headers=auth).status_code == 404
    assert httpx.get(f"{backend}/v1/runs/..%2Fx/files/step", headers=auth).status_code == 404

    empty = httpx.post(f"{backend}/v1/generate", json={"prompt": "  "}, headers=auth, timeout=30)
    assert empty.status_code == 400 and "describe the part" in empty.json()["error"]


def test_client_uses_backend_code_and_runs_it_locally(backend, tmp_path):
    settings = load_settings({"NATURALCAD_DATA_DIR": str(tmp_path), "NATURALCAD_BACKEND_URL": backend,
                              "NATURALCAD_API_KEY": KEY})
    assert health(settings)[0] is True
    result = pipeline.run(Request("cylinder 20 mm diameter and 40 mm high"), settings=settings)
    assert result.success, result.error
    assert result.source == "backend" and result.backend_available is True
    assert sorted(result.geometry["extents"]) == pytest.approx([20, 20, 40], abs=0.01)
    assert Path(result.artifacts["step"]).parent.parent == tmp_path / "runs"  # measured and stored here


def test_client_falls_back_to_offline_when_backend_is_down(tmp_path):
    settings = load_settings({"NATURALCAD_DATA_DIR": str(tmp_path),
                              "NATURALCAD_BACKEND_URL": f"http://127.0.0.1:{_free_port()}",
                              "NATURALCAD_BACKEND_TIMEOUT": "3"})
    assert health(settings)[0] is False
    result = pipeline.run(Request("box 60 x 40 x 20 mm"), settings=settings)
    assert result.success and result.source == "template"
    assert any("backend could not answer" in n and "could not be reached" in n for n in result.notices)

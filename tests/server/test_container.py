"""The image's entry point: one env switch picks the app or the API; the API role is healthy."""

from __future__ import annotations

import subprocess
import sys
import time

import pytest

from naturalcad import container

from .conftest import KEY, ROOT, free_port, server_env


def test_the_app_is_the_default_and_the_api_is_one_switch_away():
    app = container.command({})
    assert app[1:4] == ["-m", "streamlit", "run"] and "--server.port=8501" in app and "--server.address=0.0.0.0" in app
    api = container.command({"NATURALCAD_ROLE": "api"})
    assert api[1:] == ["-m", "naturalcad", "serve", "--host", "0.0.0.0", "--port", "8000"]
    assert container.command({"NATURALCAD_ROLE": "API", "PORT": "7860"})[-1] == "7860"
    assert container.health_url({"NATURALCAD_ROLE": "api"}) == "http://127.0.0.1:8000/health"
    assert container.health_url({}) == "http://127.0.0.1:8501/_stcore/health"
    with pytest.raises(container.RoleError, match="must be 'app' or 'api'"):
        container.command({"NATURALCAD_ROLE": "worker"})
    with pytest.raises(container.RoleError, match="PORT must be a port number"):
        container.command({"PORT": "http"})


def test_a_wrong_role_stops_the_container_with_a_sentence():
    done = subprocess.run([sys.executable, "-m", "naturalcad.container"], cwd=ROOT, capture_output=True, text=True,
                          env=server_env(NATURALCAD_ROLE="worker"), timeout=60)
    assert done.returncode == 2 and "NATURALCAD_ROLE must be 'app' or 'api'" in done.stderr


@pytest.mark.slow
def test_the_api_role_serves_and_its_healthcheck_passes(tmp_path):
    port = str(free_port())
    env = server_env(NATURALCAD_ROLE="api", PORT=port, NATURALCAD_HOST="127.0.0.1", NATURALCAD_API_KEY=KEY,
                     NATURALCAD_DATA_DIR=str(tmp_path))
    health = [sys.executable, "-m", "naturalcad.container", "--health"]
    assert subprocess.run(health, cwd=ROOT, env=env, timeout=30).returncode == 1  # nothing listens yet
    proc = subprocess.Popen([sys.executable, "-m", "naturalcad.container"], cwd=ROOT, env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.time() + 60
        while time.time() < deadline and subprocess.run(health, cwd=ROOT, env=env, timeout=30).returncode != 0:
            time.sleep(0.3)
        assert subprocess.run(health, cwd=ROOT, env=env, timeout=30).returncode == 0
    finally:
        proc.terminate()
        proc.wait(timeout=20)

"""The Modal deployment, checked without Modal credentials: what it declares, and the app it
serves run under uvicorn on 127.0.0.1 with the volume hooks."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
import warnings

import httpx
import pytest

from .conftest import KEY, ROOT, free_port, server_env

NO_CREDENTIALS = r"""
import os, sys
assert not any(k.startswith("MODAL_TOKEN") for k in os.environ)
import naturalcad.server.modal_app as m
print(m.app.name, ",".join(m.app.registered_web_endpoints))
"""


def test_imports_and_declares_the_endpoint_without_credentials(tmp_path):
    env = {**server_env(), "HOME": str(tmp_path), "MODAL_CONFIG_PATH": str(tmp_path / "none.toml")}
    env = {k: v for k, v in env.items() if not k.startswith("MODAL_TOKEN")}
    done = subprocess.run([sys.executable, "-W", "ignore", "-c", NO_CREDENTIALS], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.split() == ["naturalcad", "generate_cad_endpoint"]


def test_image_secrets_and_scaling_are_the_documented_ones():
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from naturalcad.server import modal_app as m

    packages = [line.strip() for line in (ROOT / "packages.txt").read_text().splitlines()
                if line.strip() and not line.startswith("#")]
    assert m.apt_packages() == packages and "libgl1" in packages
    assert m.SECRET_KEYS == ("NATURALCAD_API_KEY", "OPENROUTER_API_KEY", "OPENROUTER_MODEL", "SUPABASE_URL",
                             "SUPABASE_SERVICE_ROLE_KEY", "SUPABASE_BUCKET")
    assert m.REQUIRED_SECRET_KEYS == ["NATURALCAD_API_KEY"]
    spec = m.generate_cad_endpoint._spec_  # what `modal deploy` will ask for
    assert spec.cpu == 2.0 and spec.memory == 4096 and list(spec.volumes) == [m.DATA_DIR]
    assert len(spec.secrets) == 1
    # Queue and slots agree with the gate: Modal scales out before a container's queue is full.
    assert m.CONCURRENCY["max_inputs"] == int(m.CONTAINER_ENV["NATURALCAD_SERVER_CONCURRENCY"]) + int(
        m.CONTAINER_ENV["NATURALCAD_SERVER_QUEUE"])
    assert m.CONCURRENCY["target_inputs"] < m.CONCURRENCY["max_inputs"]
    assert m.FUNCTION_OPTIONS["min_containers"] == 0 and m.FUNCTION_OPTIONS["max_containers"] >= 2


class RecordingVolume:
    """Stands in for modal.Volume's two calls the app makes (no Modal account here)."""

    def __init__(self):
        self.commits = 0
        self.reloads = 0

    def commit(self):
        self.commits += 1

    def reload(self):
        self.reloads += 1


@pytest.mark.slow
def test_the_served_app_speaks_the_seed_contract_and_uses_the_volume(tmp_path, monkeypatch):
    import uvicorn

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from naturalcad.server import modal_app as m
    from naturalcad.server.app import RefusedToStart

    for name in [k for k in os.environ if k.startswith("NATURALCAD_")]:
        monkeypatch.delenv(name)
    monkeypatch.setenv("NATURALCAD_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("NATURALCAD_HISTORY_DIR", str(tmp_path / "history"))
    with pytest.raises(RefusedToStart, match="NATURALCAD_API_KEY is not set"):
        m.web_app()
    monkeypatch.setenv("NATURALCAD_API_KEY", KEY)
    monkeypatch.setenv("NATURALCAD_TRUSTED_PROXIES", "*")
    volume = RecordingVolume()
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(m.web_app(volume), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.time() + 60
        while time.time() < deadline and not server.started:
            time.sleep(0.1)
        proxied = {"x-api-key": KEY, "x-forwarded-proto": "https", "x-forwarded-host": "naturalcad.modal.run"}
        response = httpx.post(f"{url}/", json={"prompt": "box 60 x 40 x 20 mm"}, headers=proxied, timeout=120)
        assert response.status_code == 200, response.text
        data = response.json()
        assert volume.commits == 1
        assert data["urls"]["step"].startswith(f"https://naturalcad.modal.run/v1/runs/{data['job_id']}/files/step?")
        assert (tmp_path / "history" / "history.sqlite").is_file() and not (tmp_path / "data" / "history.sqlite").exists()
        local = data["urls"]["stl"].replace("https://naturalcad.modal.run", url)
        assert httpx.get(local).status_code == 200 and volume.reloads == 0
        missing = local.replace(data["job_id"], "20200101-000000-000abcd")
        assert httpx.get(missing).status_code == 403  # the signature names the run
        assert httpx.get(f"{url}/v1/runs/20200101-000000-000abcd/files/stl", headers=proxied).status_code == 404
        assert volume.reloads == 1  # another container may have written it: looked again first
    finally:
        server.should_exit = True
        thread.join(timeout=30)

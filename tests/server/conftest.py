"""Real backend servers (`python -m naturalcad serve` under uvicorn) on free 127.0.0.1 ports."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest

ROOT = Path(__file__).resolve().parents[2]
KEY = "nc-test-key-7f3a9c"
# The start of a script run as `python -c SCRIPT SETTINGS_JSON`: an app process in which
# build123d and OCP cannot be imported (a frontend-only install), with its settings loaded.
WITHOUT_CAD = r"""
import json, sys

class NoCAD:
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in ("build123d", "OCP"):
            raise ImportError(f"{name} is not installed in this app")

sys.meta_path.insert(0, NoCAD())
from naturalcad import pipeline
from naturalcad.config import load_settings
from naturalcad.request import Request

settings = load_settings(json.loads(sys.argv[1]))
"""


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@dataclass
class Server:
    url: str
    data_dir: Path
    log: Path
    proc: subprocess.Popen

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(timeout=5)


def server_env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("NATURALCAD_", "OPENROUTER_", "SUPABASE_"))}
    env.update(extra)
    return env


def start_server(data_dir: Path, wait: bool = True, host: str = "127.0.0.1", **extra: str) -> Server:
    port = free_port()
    data_dir.mkdir(parents=True, exist_ok=True)
    log = data_dir / "server.log"
    with open(log, "wb") as handle:
        proc = subprocess.Popen([sys.executable, "-m", "naturalcad", "serve", "--host", host, "--port", str(port),
                                 "--out", str(data_dir)], cwd=ROOT, env=server_env(**extra),
                                stdout=handle, stderr=subprocess.STDOUT)
    server = Server(f"http://127.0.0.1:{port}", data_dir, log, proc)
    if not wait:
        return server
    deadline = time.time() + 90
    while time.time() < deadline:
        if proc.poll() is not None:
            pytest.fail(f"backend exited: {log.read_text()[-2000:]}")
        try:
            response = httpx.get(f"{server.url}/health", timeout=1)
            if response.status_code == 200 and response.json().get("ready"):
                return server
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    server.stop()
    pytest.fail("backend did not start")


@pytest.fixture(scope="module")
def backend(tmp_path_factory):
    """A keyed backend with generous limits; NATURALCAD_MAX_RUNS=1 so pruning is always due."""
    server = start_server(tmp_path_factory.mktemp("backend-data"), NATURALCAD_API_KEY=KEY,
                          NATURALCAD_RATE_LIMIT_IP="1000/minute", NATURALCAD_RATE_LIMIT_KEY="1000/minute",
                          NATURALCAD_MAX_RUNS="1", NATURALCAD_MAX_BODY_KB="64")
    yield server
    server.stop()

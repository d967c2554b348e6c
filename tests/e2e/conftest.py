"""Browser fixtures: `streamlit run` on 127.0.0.1 with a throw-away data dir, and the system chromium.

Playwright drives the chromium the machine already has (NATURALCAD_CHROMIUM, else
/usr/bin/chromium); it never downloads a browser. Screenshots go to
test-output/screenshots/ so a person can look at every page after a run.
"""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SHOTS = ROOT / "test-output" / "screenshots"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run"]
VIEWPORT = {"width": 1280, "height": 800}
PHONE = {"width": 390, "height": 844}
# Settings that would send prompts off the machine: the browser tests run offline.
ONLINE_VARIABLES = ("NATURALCAD_BACKEND_URL", "NATURALCAD_LLM_BASE_URL", "NATURALCAD_LLM_API_KEY", "NATURALCAD_LLM_MODEL",
                    "OPENROUTER_API_KEY", "OPENROUTER_MODEL", "OPENAI_API_KEY", "SUPABASE_URL")


def chromium_path() -> str | None:
    wanted = os.environ.get("NATURALCAD_CHROMIUM") or "/usr/bin/chromium"
    return wanted if Path(wanted).exists() else shutil.which("chromium")


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_healthy(url: str, process: subprocess.Popen, timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"streamlit exited with status {process.returncode}")
        try:
            with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as answer:
                if answer.status == 200:
                    return
        except OSError:
            time.sleep(0.3)
    raise RuntimeError("streamlit did not answer its health check in time")


def start_app(data_dir: Path) -> tuple[str, subprocess.Popen]:
    """`streamlit run streamlit_app.py` on a free local port; returns (url, process)."""
    port = free_port()
    env = {k: v for k, v in os.environ.items() if k not in ONLINE_VARIABLES}
    env["NATURALCAD_DATA_DIR"] = str(data_dir)
    log = open(data_dir.parent / "streamlit.log", "w")  # noqa: SIM115 - closed with the process
    process = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", "streamlit_app.py", "--server.port", str(port),
         "--server.address", "127.0.0.1", "--server.headless", "true"],
        cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        wait_healthy(url, process)
    except Exception:
        stop_app(process)
        raise
    return url, process


def stop_app(process: subprocess.Popen) -> None:
    """Stop the server and everything it started (its sandbox worker) by process group."""
    if process.poll() is None:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait(timeout=5)


@pytest.fixture(scope="session")
def app_server(tmp_path_factory):
    """(url, data dir) of the one app server the browser tests share."""
    data_dir = tmp_path_factory.mktemp("e2e") / "data"
    data_dir.mkdir()
    url, process = start_app(data_dir)
    yield url, data_dir
    stop_app(process)


@pytest.fixture(scope="session")
def app_url(app_server):
    return app_server[0]


@pytest.fixture
def phone_page(browser):
    """A 390 × 844 phone-sized page with touch."""
    context = browser.new_context(viewport=PHONE, accept_downloads=True, has_touch=True, is_mobile=True,
                                  device_scale_factor=2)
    opened = context.new_page()
    yield opened
    context.close()


@pytest.fixture(scope="session")
def browser():
    executable = chromium_path()
    if executable is None:
        pytest.skip("no system chromium (set NATURALCAD_CHROMIUM)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        yield launched
        launched.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport=VIEWPORT, accept_downloads=True)
    opened = context.new_page()
    yield opened
    context.close()


def screenshot(page, name: str) -> Path:
    SHOTS.mkdir(parents=True, exist_ok=True)
    path = SHOTS / f"{name}.png"
    page.screenshot(path=str(path))
    return path

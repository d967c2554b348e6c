"""What a job says reaches people through the shells safely: the CLI and the API.

A job's text (lone surrogates, terminal escapes) and numbers (NaN, infinity) used to break
the CLI (a codec error and no run id, `NaN` in `--json`) and the API (a 500). These run the
real CLI and a real backend server on 127.0.0.1.
"""

from __future__ import annotations

import json
import os
import socket
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

ROOT = Path(__file__).resolve().parents[2]
KEY = "nc-test-key-output-51d2"
HOSTILE_TEXT = (
    "from build123d import *\n"
    "print('\\x1b]0;pwned\\x07\\x1b[2Kout \\ud800 put')\n"
    "raise ValueError('bad \\ud800 value \\x1b[31m red \\x1b]0;title\\x07')\n"
)
NAN_PART = "from build123d import *\nresult = Pos(float('nan'), 0, 0) * Box(1, 1, 1)\n"


def _strict(text: str) -> dict:
    def refuse(name: str) -> None:
        raise AssertionError(f"{name} in JSON output")
    return json.loads(text, parse_constant=refuse)


def _cli(*args: str, data: Path) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "naturalcad", *args, "--out", str(data)], cwd=ROOT,
                          capture_output=True, timeout=180, env={**os.environ, "PYTHONIOENCODING": "utf-8"})


def _statuses(data: Path) -> dict[str, str]:
    with sqlite3.connect(data / "history.sqlite") as conn:
        return dict(conn.execute("SELECT run_id, status FROM runs"))


@pytest.mark.slow
def test_cli_reports_hostile_text_and_nan_as_clean_strict_json(tmp_path):
    data = tmp_path / "data"
    script, nan = tmp_path / "hostile.py", tmp_path / "nan.py"
    script.write_text(HOSTILE_TEXT)
    nan.write_text(NAN_PART)

    proc = _cli("run", str(script), "--json", data=data)
    assert proc.returncode == 1, proc.stderr.decode(errors="replace")
    result = _strict(proc.stdout.decode("utf-8"))
    assert result["success"] is False and result["error_kind"] == "exception" and result["run_id"]
    assert b"\x1b" not in proc.stdout and b"\\u001b" not in proc.stdout
    assert "bad \ufffd value  red" in result["error"], result["error"]
    assert "\ufffd" in result["stdout"] and "\x1b" not in result["stdout"]
    assert _statuses(data)[result["run_id"]] == "done"
    run_dir = data / "runs" / result["run_id"]
    assert sorted(p.name for p in run_dir.iterdir()) == ["result.json", "script.py"]
    assert _strict((run_dir / "result.json").read_text(encoding="utf-8"))["run_id"] == result["run_id"]

    human = _cli("run", str(script), data=data)
    assert human.returncode == 1 and b"\x1b" not in human.stdout and not human.stderr.strip()
    assert human.stdout.startswith(b"run ") and b"FAILED" in human.stdout

    proc = _cli("run", str(nan), "--json", data=data)
    result = _strict(proc.stdout.decode("utf-8"))
    assert proc.returncode == 1 and result["success"] is False and result["run_id"]
    assert b"NaN" not in proc.stdout and b"Infinity" not in proc.stdout
    assert "running" not in _statuses(data).values()
    log = (data / "logs" / "runs.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(log) == 3 and all(_strict(line)["run_id"] for line in log)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.mark.slow
def test_api_answers_hostile_text_and_nan_with_strict_json(tmp_path):
    port = _free_port()
    env = {**os.environ, "NATURALCAD_API_KEY": KEY}
    env.pop("NATURALCAD_BACKEND_URL", None)
    proc = subprocess.Popen([sys.executable, "-m", "naturalcad", "serve", "--port", str(port), "--out",
                             str(tmp_path / "data")], cwd=ROOT, env=env, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.time() + 60
        while time.time() < deadline:
            try:
                if httpx.get(f"{url}/health", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                time.sleep(0.2)
        else:
            pytest.fail("backend did not start")
        auth = {"Authorization": f"Bearer {KEY}"}
        for code, kinds in ((NAN_PART, {"not_solid", "report_mismatch", "export"}), (HOSTILE_TEXT, {"exception"})):
            response = httpx.post(f"{url}/v1/run", json={"code": code}, headers=auth, timeout=120)
            assert response.status_code == 422, response.text
            body = _strict(response.text)  # the one error shape (DESIGN.md): never a 200 carrying an error
            assert set(body) == {"error"} and body["error"]["kind"] in kinds, body
            assert body["error"]["code"] == "generation_failed" and body["error"]["run_id"]
            assert "\x1b" not in json.dumps(body, ensure_ascii=False)
    finally:
        proc.terminate()
        proc.wait(timeout=20)

"""History: one row per run, atomic, consistent after a crash, no secrets."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

from naturalcad import pipeline
from naturalcad.config import load_settings
from naturalcad.history import INTERRUPTED_ERROR, HistoryStore
from naturalcad.request import RunResult

ROOT = Path(__file__).resolve().parents[2]
SLOW = "from build123d import *\nn = 0\nwhile True:\n    n += 1\n"


def _store(tmp_path: Path, secrets: tuple[str, ...] = ()) -> HistoryStore:
    store = HistoryStore(tmp_path / "h.sqlite", tmp_path / "logs" / "runs.jsonl", secrets)
    store.init()
    return store


def test_begin_then_finish_is_one_row_with_operator_fields(tmp_path):
    store = _store(tmp_path)
    result = RunResult(run_id="r1", prompt="box 10 mm", mode="part", output_type="3d_solid", code="result = 1")
    store.begin(result)
    assert store.statuses() == {"running": 1}
    result.success, result.family, result.runtime_seconds, result.source = True, "box", 0.5, "template"
    store.finish(result)
    with sqlite3.connect(store.db_path) as conn:
        row = conn.execute("SELECT created_at, run_id, prompt, mode, output_type, family, backend_available, success, "
                           "runtime_seconds, error, status FROM runs").fetchone()
        mode = conn.execute("PRAGMA journal_mode").fetchone()[0]
    assert row[1:] == ("r1", "box 10 mm", "part", "3d_solid", "box", 0, 1, 0.5, None, "done") and row[0]
    assert mode == "wal"
    log = [json.loads(line) for line in store.log_path.read_text().splitlines()]
    assert len(log) == 1 and log[0]["run_id"] == "r1" and "code" not in log[0]
    assert store.get("r1").code == "result = 1"


def test_secrets_are_scrubbed_from_row_and_log(tmp_path):
    secret = "sk-live-0123456789abcdef"
    store = _store(tmp_path, (secret,))
    result = RunResult(run_id="r2", prompt=f"box with key {secret}", error=f"server said {secret}")
    store.begin(result)
    store.finish(result)
    assert secret not in store.db_path.read_bytes().decode("latin-1")
    assert secret not in store.log_path.read_text()
    assert "[redacted]" in store.get("r2").error


def test_concurrent_writers_lose_nothing(tmp_path):
    store = _store(tmp_path)

    def write(start: int) -> None:
        for i in range(start, start + 25):
            result = RunResult(run_id=f"run-{i:03d}", prompt="p" * 200)
            store.begin(result)
            result.success = True
            store.finish(result)

    threads = [threading.Thread(target=write, args=(n * 25,)) for n in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert store.count() == 100 and store.statuses() == {"done": 100}
    lines = store.log_path.read_text().splitlines()
    assert len(lines) == 100 and len({json.loads(line)["run_id"] for line in lines}) == 100


def test_killing_the_process_mid_run_leaves_a_consistent_store(tmp_path):
    """SIGKILL the CLI while its script runs: the store passes an integrity check, holds the
    run as `running`, and start-up marks it interrupted; no half line in the log."""
    data = tmp_path / "data"
    script = tmp_path / "slow.py"
    script.write_text(SLOW)
    env = {**os.environ, "NATURALCAD_EXEC_TIMEOUT_SECONDS": "8"}
    finished = subprocess.run([sys.executable, "-m", "naturalcad", "run", str(script), "--out", str(data), "--timeout", "2"],
                              cwd=ROOT, capture_output=True, text=True, env=env, timeout=120)
    assert finished.returncode == 1 and "time limit" in finished.stdout

    proc = subprocess.Popen([sys.executable, "-m", "naturalcad", "run", str(script), "--out", str(data), "--json"],
                            cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    db = data / "history.sqlite"
    deadline = time.time() + 60
    while time.time() < deadline:
        if db.exists():
            with sqlite3.connect(db) as conn:
                if conn.execute("SELECT COUNT(*) FROM runs WHERE status='running'").fetchone()[0]:
                    break
        time.sleep(0.1)
    worker_pids, sandbox_pids = [], []
    while time.time() < deadline and not sandbox_pids:  # wait until the script loops in the sandbox
        worker_pids = _children(proc.pid)
        sandbox_pids = [child for pid in worker_pids for child in _children(pid)]
        time.sleep(0.1)
    assert worker_pids and sandbox_pids
    time.sleep(0.3)
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=10)

    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        statuses = dict(conn.execute("SELECT status, COUNT(*) FROM runs GROUP BY status").fetchall())
    assert statuses == {"done": 1, "running": 1}
    for line in (data / "logs" / "runs.jsonl").read_text().splitlines():
        json.loads(line)  # every line whole

    settings = load_settings({"NATURALCAD_DATA_DIR": str(data)})
    pipeline.startup(settings)
    store = HistoryStore.for_settings(settings)
    assert store.statuses() == {"done": 1, "interrupted": 1}
    interrupted = [r for r in store.list() if r.error == INTERRUPTED_ERROR]
    assert len(interrupted) == 1 and interrupted[0].success is False

    # The orphaned worker and its sandbox child stop by the job's deadline: nothing is left.
    deadline = time.time() + 8 + 5
    while time.time() < deadline and any(_alive(pid) for pid in worker_pids + sandbox_pids):
        time.sleep(0.2)
    assert not [pid for pid in worker_pids + sandbox_pids if _alive(pid)]


def _children(pid: int) -> list[int]:
    out = subprocess.run(["pgrep", "-P", str(pid)], capture_output=True, text=True).stdout
    return [int(p) for p in out.split()]


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as handle:
            return handle.read().split(")")[-1].split()[0] != "Z"
    except OSError:
        return False


def test_list_filters(tmp_path):
    store = _store(tmp_path)
    for i, (source, family, ok) in enumerate([("template", "box", True), ("llm", "custom", False), ("template", "gear", True)]):
        result = RunResult(run_id=f"f{i}", prompt=f"prompt {family}", source=source, family=family, success=ok,
                           created_at=f"2026-11-2{i}T10:00:00+00:00")
        store.begin(result)
        store.finish(result)
    assert [r.run_id for r in store.list()] == ["f2", "f1", "f0"]
    assert [r.run_id for r in store.list(success=False)] == ["f1"]
    assert [r.run_id for r in store.list(source="template")] == ["f2", "f0"]
    assert [r.run_id for r in store.list(text="gear")] == ["f2"]
    assert [r.run_id for r in store.list(since="2026-11-21", until="2026-11-22")] == ["f1"]
    assert store.delete("f1") and store.count() == 2

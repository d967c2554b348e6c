"""Records are bounded like run dirs: history rows capped, logs/runs.jsonl rotated."""

from __future__ import annotations

import json

from naturalcad.config import load_settings
from naturalcad.history import HistoryStore
from naturalcad.request import RunResult


def _store(tmp_path, **env: str) -> HistoryStore:
    settings = load_settings({"NATURALCAD_DATA_DIR": str(tmp_path), **env})
    return HistoryStore.for_settings(settings)


def _finish(store: HistoryStore, n: int, **fields) -> RunResult:
    result = RunResult(run_id=f"r{n:03d}", created_at=f"2026-01-01T00:00:{n:02d}.000+00:00", prompt=f"box {n}",
                       **fields)
    store.begin(result)
    result.success = True
    store.finish(result)
    return result


def test_history_keeps_the_newest_rows_and_never_drops_a_running_one(tmp_path):
    store = _store(tmp_path, NATURALCAD_MAX_HISTORY_ROWS="5")
    running = RunResult(run_id="r000-running", created_at="2025-01-01T00:00:00.000+00:00")
    store.begin(running)
    for n in range(1, 9):
        _finish(store, n)
    assert [r.run_id for r in store.list()] == ["r008", "r007", "r006", "r005", "r004", "r000-running"]
    assert store.statuses() == {"done": 5, "running": 1}


def test_run_log_rotates_at_its_cap_and_keeps_the_configured_files(tmp_path):
    store = _store(tmp_path, NATURALCAD_MAX_LOG_MB="0.002", NATURALCAD_LOG_KEEP="2")  # ~2 KB
    for n in range(1, 40):
        _finish(store, n, stdout="x" * 50)
    logs = sorted(p.name for p in store.log_path.parent.iterdir())
    assert logs == ["runs.jsonl", "runs.jsonl.1", "runs.jsonl.2"]
    lines = [json.loads(line) for name in reversed(logs) for line in (store.log_path.parent / name).read_text()
             .splitlines()]
    assert all(store.log_path.parent.joinpath(name).stat().st_size <= 2100 for name in logs)
    ids = [line["run_id"] for line in lines]
    assert ids == sorted(ids) and ids[-1] == "r039"  # the newest kept, in order, none twice
    assert len(ids) < 39  # the oldest rotated away


def test_recording_never_fails_on_content(tmp_path):
    store = _store(tmp_path)
    result = RunResult(run_id="r-bad", error="lone \ud800 surrogate", stdout="\udfff",
                       geometry={"volume": float("nan"), "extents": [float("inf"), 1.0, 2.0]})
    store.begin(result)
    store.finish(result)
    got = store.get("r-bad")
    assert got is not None and got.error == "lone \ufffd surrogate"
    assert got.geometry == {"volume": None, "extents": [None, 1.0, 2.0]}
    assert store.statuses() == {"done": 1}
    line = store.log_path.read_text(encoding="utf-8")
    assert "NaN" not in line and "Infinity" not in line and json.loads(line)["run_id"] == "r-bad"

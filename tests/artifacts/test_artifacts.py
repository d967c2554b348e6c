"""Pruning caps: run count, total size, in-progress and open runs, concurrent runs."""

from __future__ import annotations

import os
import threading
import time
from pathlib import Path

from naturalcad import artifacts, pipeline
from naturalcad.config import load_settings
from naturalcad.history import HistoryStore

BOX = "from build123d import *\nsize = {size}  # mm, cube edge\nresult = Box(size, size, size)\n"


def _settings(tmp_path: Path, **env: str):
    return load_settings({"NATURALCAD_DATA_DIR": str(tmp_path / "data"), **env})


def _fake_run(settings, run_id: str, megabytes: float = 0.0, finished: bool = True) -> Path:
    path = artifacts.create_run_dir(settings, run_id)
    if megabytes:
        (path / "model.stl").write_bytes(b"\0" * int(megabytes * 1_048_576))
    if finished:
        artifacts.finish_run_dir(path)
    return path


def test_prune_keeps_newest_runs_up_to_the_count_cap(tmp_path):
    settings = _settings(tmp_path, NATURALCAD_MAX_RUNS="3")
    ids = [f"20260101-00000{i}-aaaaaa" for i in range(6)]
    for run_id in ids:
        _fake_run(settings, run_id)
    assert artifacts.prune(settings) == ids[:3]
    assert sorted(p.name for p in settings.runs_dir.iterdir()) == ids[3:]


def test_prune_applies_the_size_cap_oldest_first(tmp_path):
    settings = _settings(tmp_path, NATURALCAD_MAX_ARTIFACT_MB="2.5")
    ids = [f"20260101-00000{i}-bbbbbb" for i in range(4)]
    for run_id in ids:
        _fake_run(settings, run_id, megabytes=1.0)
    assert artifacts.prune(settings) == ids[:2]
    assert artifacts.usage(settings).megabytes <= 2.5


def test_prune_never_touches_runs_in_progress_or_open(tmp_path):
    settings = _settings(tmp_path, NATURALCAD_MAX_RUNS="3")
    running = _fake_run(settings, "20260101-000000-cccccc", finished=False)  # our own pid: alive
    opened = _fake_run(settings, "20260101-000001-cccccc")
    artifacts.mark_open(settings, opened.name)
    old = _fake_run(settings, "20260101-000002-cccccc")
    _fake_run(settings, "20260101-000003-cccccc")
    assert artifacts.prune(settings) == [old.name]
    assert running.exists() and opened.exists()


def test_in_progress_marker_of_a_dead_process_does_not_protect(tmp_path):
    settings = _settings(tmp_path, NATURALCAD_MAX_RUNS="1")
    stale = _fake_run(settings, "20260101-000000-dddddd", finished=False)
    (stale / artifacts.IN_PROGRESS).write_text("999999999")  # no such pid
    _fake_run(settings, "20260101-000001-dddddd")
    assert artifacts.prune(settings) == [stale.name]


def test_open_marker_expires(tmp_path):
    settings = _settings(tmp_path, NATURALCAD_MAX_RUNS="1")
    opened = _fake_run(settings, "20260101-000000-eeeeee")
    artifacts.mark_open(settings, opened.name)
    old = time.time() - artifacts.OPEN_TTL_SECONDS - 10
    os.utime(opened / artifacts.OPEN_MARKER, (old, old))
    _fake_run(settings, "20260101-000001-eeeeee")
    assert artifacts.prune(settings) == [opened.name]


def test_concurrent_runs_respect_caps_and_never_lose_their_own_files(tmp_path):
    """Four threads run real jobs at once with a cap of 2 runs: every run completes with its
    files present when it returns, history keeps every row, and the cap holds at the end."""
    settings = _settings(tmp_path, NATURALCAD_MAX_RUNS="2")
    results, errors = [], []

    def worker(index: int) -> None:
        try:
            for size in (5 + index, 10 + index, 15 + index):
                result = pipeline.run_code(BOX.format(size=float(size)), settings=settings)
                present = all(Path(p).exists() for p in result.artifacts.values())
                results.append((result, present))
        except Exception as err:
            errors.append(err)

    threads = [threading.Thread(target=worker, args=(i,)) for i in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=240)
    assert not errors
    assert len(results) == 12
    for result, _present in results:  # `present` is counted below: a newer run may push one out
        assert result.success, result.error
        size = result.geometry["extents"][0]
        assert result.geometry["volume"] == round(size**3, 3)
        assert set(result.artifacts) == {"step", "stl", "glb"}
    # Each run's own files existed when it finished, unless a newer run had pushed it out.
    assert sum(present for _, present in results) >= 2
    remaining = [p for p in settings.runs_dir.iterdir() if p.is_dir()]
    assert len(remaining) <= 2
    assert not any((p / artifacts.IN_PROGRESS).exists() for p in remaining)
    store = HistoryStore.for_settings(settings)
    assert store.count() == 12 and store.statuses() == {"done": 12}


def test_oversized_files_are_found(tmp_path):
    settings = _settings(tmp_path)
    path = _fake_run(settings, "20260101-000000-ffffff", megabytes=1.2)
    (path / "small.txt").write_text("x")
    assert artifacts.oversized_files(path, max_file_mb=1.0) == ["model.stl"]

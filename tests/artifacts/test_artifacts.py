"""Pruning caps: run count, total size, in-progress and open runs, concurrent runs."""

from __future__ import annotations

import os
import sys
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


def test_a_new_run_dir_is_never_visible_without_its_in_progress_marker(tmp_path):
    """A prune running beside a run being created must never see the new dir unmarked (it
    would count it finished and delete it under the run). An observer thread lists the runs
    dir while 1,500 runs are created, with thread switches forced as often as possible."""
    settings = _settings(tmp_path)
    settings.runs_dir.mkdir(parents=True)
    unmarked: set[str] = set()
    done = threading.Event()

    def observe() -> None:
        while not done.is_set():
            for path in settings.runs_dir.iterdir():
                if not path.name.startswith(".") and not (path / artifacts.IN_PROGRESS).exists():
                    unmarked.add(path.name)

    interval = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)
    observer = threading.Thread(target=observe)
    observer.start()
    try:
        for index in range(1500):
            artifacts.create_run_dir(settings, f"20260101-000000-{index:07d}")
    finally:
        done.set()
        observer.join()
        sys.setswitchinterval(interval)
    assert unmarked == set()
    assert len([p for p in settings.runs_dir.iterdir() if not p.name.startswith(".")]) == 1500


def test_prune_beside_runs_finishing_never_raises_and_keeps_the_caps(tmp_path):
    """Runs finishing (their marker removed) while another thread prunes: "marker exists,
    then read its mtime" raced into FileNotFoundError in CI. Every prune must return, and
    at the end the count cap holds with no marker left."""
    settings = _settings(tmp_path, NATURALCAD_MAX_RUNS="2")
    errors: list[BaseException] = []
    stop = time.monotonic() + 4.0

    def make_runs(tag: int) -> None:
        try:
            index = 0
            while time.monotonic() < stop:
                path = artifacts.create_run_dir(settings, f"20260101-0000{tag:02d}-{index:07d}")
                (path / "model.step").write_text("x")
                artifacts.finish_run_dir(path)
                index += 1
        except BaseException as err:  # every failure is the finding
            errors.append(err)

    def prune_loop() -> None:
        try:
            while time.monotonic() < stop:
                artifacts.prune(settings)
        except BaseException as err:
            errors.append(err)

    interval = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)
    threads = [threading.Thread(target=make_runs, args=(t,)) for t in range(2)]
    threads += [threading.Thread(target=prune_loop) for _ in range(2)]
    try:
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=60)
    finally:
        sys.setswitchinterval(interval)
    assert errors == []
    artifacts.prune(settings)
    left = [p for p in settings.runs_dir.iterdir() if p.is_dir()]
    assert len(left) <= 2
    assert not any((p / artifacts.IN_PROGRESS).exists() for p in left)


def test_an_abandoned_staging_dir_is_removed_and_never_counted(tmp_path):
    settings = _settings(tmp_path, NATURALCAD_MAX_RUNS="5")
    settings.runs_dir.mkdir(parents=True)
    fresh = settings.runs_dir / f"{artifacts.CREATING_PREFIX}20260101-000000-aaaaaaa"
    old = settings.runs_dir / f"{artifacts.CREATING_PREFIX}20260101-000000-bbbbbbb"
    for path in (fresh, old):
        path.mkdir()
        (path / artifacts.IN_PROGRESS).write_text(str(os.getpid()))
    long_ago = time.time() - artifacts.STALE_IN_PROGRESS_SECONDS - 60
    os.utime(old, (long_ago, long_ago))
    _fake_run(settings, "20260101-000001-ccccccc")
    assert artifacts.usage(settings).runs == 1
    assert artifacts.prune(settings) == []
    assert fresh.is_dir() and not old.exists()

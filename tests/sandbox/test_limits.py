"""The sandbox's limits: time, memory, a worker that dies, and the cold fallback."""

from __future__ import annotations

import os
import re
import signal
import time
from pathlib import Path

import pytest

from naturalcad import config, pipeline
from naturalcad.sandbox import runner
from naturalcad.sandbox.limits import Limits

PLATE = "from build123d import *\nwith BuildPart() as p:\n    Box(60, 40, 5)\n    with GridLocations(40, 20, 2, 2):\n        Hole(3)\nresult = p\n"
NOBODY = 65534


def _settings(tmp_path: Path, timeout: float = 5) -> config.Settings:
    return config.load_settings({"NATURALCAD_DATA_DIR": str(tmp_path / "data"),
                                 "NATURALCAD_EXEC_TIMEOUT_SECONDS": f"{timeout:g}"})


def _job_processes(root: Path) -> list[int]:
    """uid-65534 processes whose working directory is under `root` (a job's run dir)."""
    found = []
    for pid in filter(str.isdigit, os.listdir("/proc")):
        try:
            uid = int(re.search(r"^Uid:\s+(\d+)", Path(f"/proc/{pid}/status").read_text(), re.M).group(1))
            if uid == NOBODY and os.readlink(f"/proc/{pid}/cwd").startswith(str(root)):
                found.append(int(pid))
        except (OSError, AttributeError):
            continue
    return found


@pytest.fixture
def job_ids(monkeypatch) -> list[str]:
    """The ids of the jobs a test submits (other jobs may share the machine's cgroup tree)."""
    made: list[str] = []
    make_job = runner.make_job

    def recording(*args, **kwargs):
        job = make_job(*args, **kwargs)
        made.append(job["job_id"])
        return job

    monkeypatch.setattr(runner, "make_job", recording)
    return made


def test_infinite_loop_is_killed_at_the_timeout(tmp_path, job_ids):
    started = time.monotonic()
    result = pipeline.run_code("from build123d import *\nwhile True:\n    pass\n", settings=_settings(tmp_path, timeout=3))
    elapsed = time.monotonic() - started
    assert not result.success and result.error_kind == "timeout"
    assert "3 s time limit" in result.error
    assert elapsed <= 3 + 5
    assert _job_processes(tmp_path) == []
    assert job_ids and not [j for j in job_ids if Path("/sys/fs/cgroup/pids/naturalcad", j).exists()]


def test_memory_limit_stops_a_growing_script(tmp_path):
    code = "from build123d import *\nhoard = []\nwhile True:\n    hoard.append(bytearray(100_000_000))\n"
    started = time.monotonic()
    result = pipeline.run_code(code, settings=_settings(tmp_path, timeout=10))
    assert not result.success and result.error_kind == "memory", result.error
    assert "2560 MB" in result.error
    assert time.monotonic() - started < 10
    assert _job_processes(tmp_path) == []


def test_worker_is_restarted_after_being_killed(tmp_path):
    settings = _settings(tmp_path, timeout=20)
    worker = runner.get_worker()
    assert worker.wait_ready(timeout=120)
    old_pid = worker.pid
    os.kill(old_pid, signal.SIGKILL)
    deadline = time.monotonic() + 5
    while worker.ready and time.monotonic() < deadline:
        time.sleep(0.05)
    result = pipeline.run_code(PLATE, settings=settings)
    assert result.success, result.error
    assert worker.pid != old_pid and worker.ready


def test_cold_path_matches_the_warm_path(tmp_path):
    limits = Limits(timeout_seconds=20)
    warm_dir, cold_dir = tmp_path / "warm", tmp_path / "cold"
    warm_dir.mkdir()
    cold_dir.mkdir()
    warm = runner.run_in_sandbox(PLATE, warm_dir, "3d_solid", limits)
    cold = runner.run_cold(runner.make_job(PLATE, cold_dir, "3d_solid", limits))
    assert warm["ok"] and cold["ok"], (warm.get("error"), cold.get("error"))
    assert warm["mode"] == "warm"
    assert cold["files"] == warm["files"]
    for key in ("extents", "volume", "valid", "solids", "faces", "holes"):
        assert cold["geometry"][key] == pytest.approx(warm["geometry"][key]), key
    assert cold["sandbox"] == warm["sandbox"]  # the same walls, pids cgroup included
    assert _job_processes(tmp_path) == []


def test_cold_mode_from_the_environment(tmp_path):
    settings = config.load_settings({"NATURALCAD_SANDBOX_MODE": "cold", "NATURALCAD_DATA_DIR": str(tmp_path)})
    run_dir = tmp_path / "run"
    run_dir.mkdir()
    result = runner.run_in_sandbox("from build123d import *\nresult = Box(1, 2, 3)\n", run_dir, "3d_solid", Limits(20),
                                   settings)
    assert result["ok"], result.get("error")
    assert result["mode"] == "cold"
    assert result["geometry"]["volume"] == pytest.approx(6.0)


@pytest.mark.slow
def test_warm_jobs_skip_the_import_a_cold_job_pays(tmp_path):
    """Warm jobs are forked from the worker that already imported build123d: on any load,
    each is several times faster than a fresh-process job timed beside it (a ratio, not a clock)."""
    settings = _settings(tmp_path, timeout=60)
    assert runner.get_worker().wait_ready(timeout=120)
    pipeline.run_code(PLATE, settings=settings)
    warm = []
    for _ in range(3):
        result = pipeline.run_code(PLATE, settings=settings)
        assert result.success and result.sandbox
        warm.append(result.timings["sandbox"])
    cold_dir = tmp_path / "cold-ratio"
    cold_dir.mkdir()
    started = time.perf_counter()
    cold = runner.run_cold(runner.make_job(PLATE, cold_dir, "3d_solid", Limits(timeout_seconds=60)))
    cold_seconds = time.perf_counter() - started
    assert cold.ok, cold.message
    assert min(warm) * 4 < cold_seconds, (warm, cold_seconds)

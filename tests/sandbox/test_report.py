"""The parent treats a job's report and run directory as untrusted (the job ran user code)."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import pytest

from naturalcad.sandbox import landlock, reap


def _job(run_dir: Path) -> dict:
    return {"job_id": "job-test", "run_dir": str(run_dir), "timeout": 5.0, "memory_mb": 2560,
            "max_file_mb": 1.0, "max_output_chars": 100}


GEOMETRY = {"kind": "3d_solid", "extents": [10.0, 20.0, 30.0], "bbox_min": [-5.0, -10.0, -15.0],
            "bbox_max": [5.0, 10.0, 15.0], "valid": True, "solids": 1, "shells": 1, "faces": 6, "edges": 12,
            "volume": 6000.0, "area": 2200.0, "holes": 0}


def _report(**changes) -> dict:
    return {"ok": True, "kind": "3d_solid", "files": {"step": "model.step"}, "geometry": dict(GEOMETRY),
            "warnings": [], "stdout": "", "timings": {}, **changes}


def _reap(run_dir: Path, report: dict | None = None) -> dict:
    if report is not None:
        (run_dir / "result.json").write_text(json.dumps(report))
    return reap.reap(_job(run_dir), reap.Finished(0)).to_dict()


def test_a_plain_report_passes(tmp_path):
    (tmp_path / "model.step").write_text("ISO-10303-21;")
    result = _reap(tmp_path, _report(stdout="x" * 1000, warnings=["w"] * 50))
    assert result["ok"] and result["files"] == {"step": "model.step"}
    assert len(result["stdout"]) <= 300 and len(result["warnings"]) == 20
    assert not (tmp_path / "result.json").exists()


@pytest.mark.parametrize("name", ["/etc/passwd", "../../history.sqlite", "sub/model.step", ".model.step",
                                  "model.exe", "missing.step"])
def test_reported_exports_must_be_plain_files_of_the_run_dir(tmp_path, name):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "model.step").write_text("x")
    (tmp_path / ".model.step").write_text("x")
    result = _reap(tmp_path, _report(files={"step": name}))
    assert not result["ok"] and result["error_kind"] == "crashed"


def test_a_symlinked_export_is_refused_and_removed(tmp_path):
    (tmp_path / "model.step").symlink_to("/etc/passwd")
    result = _reap(tmp_path, _report())
    assert not result["ok"]
    assert not (tmp_path / "model.step").is_symlink()


def test_a_hard_linked_export_is_removed(tmp_path):
    outside = tmp_path.parent / f"{tmp_path.name}-outside.step"
    outside.write_text("secret")
    os.link(outside, tmp_path / "model.step")
    result = _reap(tmp_path, _report())
    assert not result["ok"] and outside.read_text() == "secret"
    outside.unlink()


def test_a_fifo_report_does_not_hang_the_worker(tmp_path):
    os.mkfifo(tmp_path / "result.json")
    result = _reap(tmp_path)
    assert not result["ok"] and result["error_kind"] == "crashed"
    assert not (tmp_path / "result.json").exists()


def test_a_symlinked_report_is_not_followed(tmp_path):
    target = tmp_path.parent / f"{tmp_path.name}-forged.json"
    target.write_text(json.dumps(_report()))
    (tmp_path / "result.json").symlink_to(target)
    assert not _reap(tmp_path)["ok"]
    target.unlink()


def test_an_oversized_report_is_refused(tmp_path):
    (tmp_path / "result.json").write_bytes(b" " * (reap.MAX_RESULT_BYTES + 1))
    assert _reap(tmp_path)["error_kind"] == "output_too_large"


def test_a_run_dir_bigger_than_the_exports_could_be_is_refused(tmp_path):
    (tmp_path / "model.step").write_text("x")
    for i in range(6):
        (tmp_path / f"chunk{i}.bin").write_bytes(bytes(1024 * 1024))
    assert _reap(tmp_path, _report())["error_kind"] == "output_too_large"


def test_malformed_reports_are_failures(tmp_path):
    assert not _reap(tmp_path, _report(files=["model.step"]))["ok"]
    assert not _reap(tmp_path, _report(geometry="big"))["ok"]
    (tmp_path / "result.json").write_text("[1, 2]")
    assert not _reap(tmp_path)["ok"]


def test_landlock_reads_libraries_not_the_filesystem(monkeypatch):
    project_root = str(Path(landlock.__file__).resolve().parents[2])
    monkeypatch.setattr(sys, "path", ["/", project_root, *sys.path])
    paths = landlock.read_only_paths()
    assert "/" not in paths and project_root not in paths and "/proc" not in paths
    assert str(Path(landlock.__file__).resolve().parents[1]) in paths  # the naturalcad package
    assert any(p.endswith(("site-packages", "dist-packages")) for p in paths)

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
    return {"ok": True, "kind": "3d_solid", "files": {"step": "model.step", "stl": "model.stl"},
            "geometry": dict(GEOMETRY), "warnings": [], "stdout": "", "timings": {}, **changes}


def _write_box_step(path: Path, x: float = 10.0, y: float = 20.0, z: float = 30.0) -> None:
    """A real STEP (build123d's) of the same box, for the parent's STEP check."""
    from build123d import Box, export_step

    export_step(Box(x, y, z), str(path))


def _write_box_stl(path: Path, x: float = 10.0, y: float = 20.0, z: float = 30.0) -> None:
    """A closed, outward-facing binary STL of an x*y*z box centred on the origin (GEOMETRY's part)."""
    import struct

    c = [(sx * x / 2, sy * y / 2, sz * z / 2) for sx in (-1, 1) for sy in (-1, 1) for sz in (-1, 1)]
    quads = [(0, 1, 3, 2), (4, 6, 7, 5), (0, 4, 5, 1), (2, 3, 7, 6), (0, 2, 6, 4), (1, 5, 7, 3)]
    triangles = [t for a, b, cc, d in quads for t in ((a, b, cc), (a, cc, d))]
    body = b"".join(struct.pack("<12fH", 0, 0, 0, *c[i], *c[j], *c[k], 0) for i, j, k in triangles)
    path.write_bytes(b"\0" * 80 + struct.pack("<I", len(triangles)) + body)


def _reap(run_dir: Path, report: dict | None = None) -> dict:
    if report is not None:
        (run_dir / "result.json").write_text(json.dumps(report))
    return reap.reap(_job(run_dir), reap.Finished(0)).to_dict()


def test_a_plain_report_passes(tmp_path):
    _write_box_step(tmp_path / "model.step")
    _write_box_stl(tmp_path / "model.stl")
    result = _reap(tmp_path, _report(stdout="x" * 1000, warnings=["w"] * 50))
    assert result["ok"] and result["files"] == {"step": "model.step", "stl": "model.stl"}
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


def test_missing_walls_are_named():
    from naturalcad.sandbox import walls

    full = ["pids-cgroup(64)", "rlimits", "landlock-v7(files+tcp+signals)", "uid-per-job",
            "seccomp(no-fork,no-exec,no-socket,files-only)", "restricted-builtins"]
    assert walls.missing(full) == []
    without_root = [layer for layer in full if not layer.startswith(("uid", "pids"))]
    said = walls.missing(without_root)
    assert len(said) == 2 and "pids cgroup" in said[0] and "does not run as root" in said[1]
    assert any("65534" in s for s in walls.missing([*full[:3], "uid-65534", *full[4:]]))


def _cube_stl(path: Path, size: float, drop_face: bool = False) -> None:
    """A binary STL of an axis-aligned cube (12 triangles, outward), optionally missing one side."""
    import struct

    s = size
    quads = [((0, 0, 0), (0, s, 0), (s, s, 0), (s, 0, 0)), ((0, 0, s), (s, 0, s), (s, s, s), (0, s, s)),
             ((0, 0, 0), (s, 0, 0), (s, 0, s), (0, 0, s)), ((0, s, 0), (0, s, s), (s, s, s), (s, s, 0)),
             ((0, 0, 0), (0, 0, s), (0, s, s), (0, s, 0)), ((s, 0, 0), (s, s, 0), (s, s, s), (s, 0, s))]
    if drop_face:
        quads = quads[:-1]
    tris = [t for a, b, c, d in quads for t in ((a, b, c), (a, c, d))]
    with open(path, "wb") as handle:
        handle.write(bytes(80) + struct.pack("<I", len(tris)))
        for tri in tris:
            handle.write(struct.pack("<3f", 0, 0, 0) + b"".join(struct.pack("<3f", *p) for p in tri) + b"\0\0")


def _cube_report(size: float, volume: float | None = None) -> dict:
    geometry = {**GEOMETRY, "extents": [size] * 3, "volume": size ** 3 if volume is None else volume}
    return _report(files={"stl": "model.stl", "step": "model.step"}, geometry=geometry)


def test_a_report_matching_its_stl_passes_and_a_forged_one_fails(tmp_path):
    _cube_stl(tmp_path / "model.stl", 2.0)
    _write_box_step(tmp_path / "model.step", 2.0, 2.0, 2.0)
    good = _reap(tmp_path, _cube_report(2.0))
    assert good["ok"] and good["geometry"]["volume"] == 8.0
    for report in (_cube_report(100.0), _cube_report(2.0, volume=1000.0)):
        forged = _reap(tmp_path, report)
        assert not forged["ok"] and forged["error_kind"] == "report_mismatch", forged
    _cube_stl(tmp_path / "model.stl", 2.0, drop_face=True)
    open_mesh = _reap(tmp_path, _cube_report(2.0))
    assert open_mesh["error_kind"] == "report_mismatch" and "open" in open_mesh["error"]


def test_text_from_a_job_is_made_safe_where_it_enters(tmp_path):
    report = {"ok": False, "error_kind": "exception", "error": "bad \ud800 \x1b]0;title\x07value\x1b[2K\r\n!",
              "stdout": "\x1b[31mred\x1b[0m \x00\x9b1m \u202eok\ttab\nline", "traceback": "T\x1b[2J" * 10,
              "line": True}
    result = _reap(tmp_path, report)
    assert result["error"] == "bad \ufffd value\n!" and result["error_kind"] == "exception"
    assert result["stdout"] == "red 1m ok\ttab\nline"
    assert result["line"] is None
    assert json.dumps(result, allow_nan=False, ensure_ascii=False).encode("utf-8")


def test_non_finite_sizes_are_not_a_part(tmp_path):
    _write_box_step(tmp_path / "model.step")
    _write_box_stl(tmp_path / "model.stl")
    for geometry in ({**GEOMETRY, "extents": [float("nan"), 1.0, 1.0]}, {**GEOMETRY, "volume": float("inf")}):
        result = _reap(tmp_path, _report(geometry=geometry))
        assert not result["ok"] and result["error_kind"] == "not_solid" and "not finite" in result["error"]
        json.dumps(result, allow_nan=False)


def test_unknown_error_kinds_are_recorded_as_crashed_and_extra_measurements_pass(tmp_path):
    assert _reap(tmp_path, {"ok": False, "error_kind": "../../evil", "error": "x"})["error_kind"] == "crashed"
    _write_box_step(tmp_path / "model.step")
    _write_box_stl(tmp_path / "model.stl")
    extra = {**GEOMETRY, "hole_diameters": [5.0, float("nan")], "wall_thickness": {"min": 2.0}}
    result = _reap(tmp_path, _report(geometry=extra))
    assert result["ok"] and result["geometry"]["hole_diameters"] == [5.0, None]
    assert result["geometry"]["wall_thickness"] == {"min": 2.0}


def test_a_solid_reported_without_its_stl_is_a_mismatch(tmp_path):
    """Issue 8: leaving the STL out of the report skipped the parent's cross-check."""
    _write_box_step(tmp_path / "model.step")
    result = _reap(tmp_path, _report(files={"step": "model.step"}))
    assert not result["ok"] and result["error_kind"] == "report_mismatch"
    assert "names no STL" in result["error"]


def test_a_report_whose_kinds_disagree_is_a_mismatch(tmp_path):
    _write_box_step(tmp_path / "model.step")
    _write_box_stl(tmp_path / "model.stl")
    result = _reap(tmp_path, _report(kind="surface"))
    assert not result["ok"] and result["error_kind"] == "report_mismatch"


def test_a_drawing_job_reports_only_its_sheet(tmp_path):
    (tmp_path / "drawing.svg").write_text("<svg/>")
    report = _report(files={"drawing_svg": "drawing.svg"})
    (tmp_path / "result.json").write_text(json.dumps(report))
    result = reap.reap({**_job(tmp_path), "drawing": {}}, reap.Finished(0)).to_dict()
    assert result["ok"] and result["files"] == {"drawing_svg": "drawing.svg"}


def test_a_step_larger_than_its_stl_or_without_a_solid_is_a_mismatch(tmp_path):
    """Issue 8: the STEP (what CAD opens) was never compared with anything."""
    from build123d import Box, export_step

    _write_box_stl(tmp_path / "model.stl")
    _write_box_step(tmp_path / "model.step", 100.0, 20.0, 30.0)
    result = _reap(tmp_path, _report())
    assert result["error_kind"] == "report_mismatch" and "STEP" in result["error"]
    export_step(Box(10, 20, 30).faces()[0], str(tmp_path / "model.step"))
    result = _reap(tmp_path, _report())
    assert result["error_kind"] == "report_mismatch" and "no solid" in result["error"]
    _write_box_step(tmp_path / "model.step")
    text = (tmp_path / "model.step").read_text().replace("SI_UNIT(.MILLI.,.METRE.)", "SI_UNIT($,.METRE.)")
    (tmp_path / "model.step").write_text(text)
    result = _reap(tmp_path, _report())
    assert result["error_kind"] == "report_mismatch" and "millimetres" in result["error"]


def test_a_placed_and_turned_solid_passes_the_step_check(tmp_path):
    """The STEP writes a placed solid in its own frame: its spread, not its position, is checked."""
    from build123d import Box, Pos, Rot, export_step, export_stl

    part = Pos(300, -40, 7) * Rot(0, 0, 45) * Box(10, 20, 30)
    export_stl(part, str(tmp_path / "model.stl"))
    export_step(part, str(tmp_path / "model.step"))
    box = part.bounding_box()
    geometry = {**GEOMETRY, "extents": [box.size.X, box.size.Y, box.size.Z]}
    result = _reap(tmp_path, _report(geometry=geometry))
    assert result["ok"], result["error"]


def test_a_hostile_glb_is_a_mismatch_not_a_crash(tmp_path):
    """Garbage, a node cycle, an accessor outside its buffer: each is a clear report_mismatch."""
    import struct

    _write_box_stl(tmp_path / "model.stl")
    _write_box_step(tmp_path / "model.step")

    def glb(doc: dict, blob: bytes = b"") -> bytes:
        text = json.dumps(doc).encode()
        text += b" " * (-len(text) % 4)
        body = struct.pack("<I4s", len(text), b"JSON") + text + struct.pack("<I4s", len(blob), b"BIN\x00") + blob
        return b"glTF" + struct.pack("<II", 2, 12 + len(body)) + body

    cycle = {"scenes": [{"nodes": [0]}], "nodes": [{"children": [1]}, {"children": [0]}]}
    outside = {"scenes": [{"nodes": [0]}], "nodes": [{"mesh": 0}],
               "meshes": [{"primitives": [{"attributes": {"POSITION": 0}}]}],
               "accessors": [{"bufferView": 0, "componentType": 5126, "type": "VEC3", "count": 10**6}],
               "bufferViews": [{"buffer": 0, "byteLength": 36}]}
    for content in (b"glTF" + b"\xff" * 40, glb(cycle), glb(outside, b"\0" * 36)):
        (tmp_path / "model.glb").write_bytes(content)
        result = _reap(tmp_path, _report(files={"step": "model.step", "stl": "model.stl", "glb": "model.glb"}))
        assert result["error_kind"] == "report_mismatch" and "GLB" in result["error"], result

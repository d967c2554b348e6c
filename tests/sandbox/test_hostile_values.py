"""Numbers and files a job makes that used to crash or stall the parent (redteam round 2).

Each of these went through the walls: a 5,000-digit parameter made recording a run raise,
a 10**400 in a report raised OverflowError, a few-KB DXF of nested block arrays hung the
DXF check, and two bodies reported as one passed the STL check.
"""

from __future__ import annotations

import json
import struct
from pathlib import Path

import ezdxf
import numpy as np

from naturalcad.feature_data import vetted_features
from naturalcad.params import MAX_PARAMS, read_params
from naturalcad.sandbox import crosscheck
from naturalcad.sandbox.outcome import Geometry
from naturalcad.sanitize import finite


def test_ints_past_a_float_are_not_finite_numbers():
    assert finite(10**400) is None and finite(-(10**400)) is None
    assert finite(2**53) == float(2**53) and finite(-0.0) == 0.0
    assert vetted_features({"hole_diameters": [10**400, 3.0], "holes": [
        {"diameter": 10**400, "center": [0, 0, 0], "axis": [0, 0, 1]}]}) == {"hole_diameters": [3.0], "holes": []}


def test_extra_measurements_keep_small_ints_and_drop_huge_ones():
    raw = {"kind": "3d_solid", "extents": [1, 1, 1], "volume": 1, "count": 7, "big": 10**300, "huge": 10**400}
    extra = Geometry.parse(raw).extra
    assert extra["count"] == 7 and isinstance(extra["count"], int)
    assert extra["big"] == 1e300 and extra["huge"] is None
    json.dumps(Geometry.parse(raw).to_dict(), allow_nan=False)


def test_a_parameter_is_a_number_a_slider_can_hold():
    code = f"count = 0x{'f' * 4200}\nwidth = 10\n" + "".join(f"p{i} = {i}\n" for i in range(500))
    assert read_params(code) == []  # the huge int ends the block before anything is read
    params = read_params("width = 1e308  # mm\ndepth = -0.0\nholes = 9007199254740992\nbig = 9007199254740993\n")
    assert [(p.name, p.value) for p in params] == [("width", 1e308), ("depth", -0.0), ("holes", 2**53)]
    many = read_params("".join(f"p{i} = {i}\n" for i in range(500)))
    assert len(many) == MAX_PARAMS and many[-1].name == f"p{MAX_PARAMS - 1}"
    json.dumps({p.name: p.value for p in many})


def _square_dxf(path: Path) -> ezdxf.document.Drawing:
    doc = ezdxf.new()
    doc.modelspace().add_lwpolyline([(0, 0), (10, 0), (10, 10), (0, 10)], close=True)
    doc.saveas(path)
    return doc


def test_a_dxf_of_nested_block_arrays_is_refused_at_once(tmp_path):
    path = tmp_path / "model.dxf"
    _square_dxf(path)
    assert crosscheck.dxf_bounds(path) == ((0.0, 0.0), (10.0, 10.0))
    doc = ezdxf.new()
    doc.blocks.new("L0").add_line((0, 0), (10, 0))
    for level in range(1, 11):  # 100**10 lines once expanded
        doc.blocks.new(f"L{level}").add_blockref(f"L{level - 1}", (0, 0)).grid(size=(10, 10), spacing=(1, 1))
    doc.modelspace().add_blockref("L10", (0, 0))
    doc.modelspace().add_lwpolyline([(0, 0), (10, 0), (10, 10), (0, 10)], close=True)
    doc.saveas(path)
    assert crosscheck.dxf_bounds(path) is None


def _cube_triangles(offset: float) -> list[tuple[tuple[float, float, float], ...]]:
    corners = [(x + offset, y, z) for x in (0.0, 10.0) for y in (0.0, 10.0) for z in (0.0, 10.0)]
    faces = [(0, 1, 3, 2), (4, 6, 7, 5), (0, 4, 5, 1), (2, 3, 7, 6), (0, 2, 6, 4), (1, 5, 7, 3)]
    triangles = []
    for a, b, c, d in faces:
        triangles += [(corners[a], corners[b], corners[c]), (corners[a], corners[c], corners[d])]
    return triangles


def _write_stl(path: Path, triangles) -> None:
    body = b"".join(struct.pack("<12fH", 0, 0, 0, *np.ravel(t), 0) for t in triangles)
    path.write_bytes(b"\0" * 80 + struct.pack("<I", len(triangles)) + body)


def test_more_bodies_in_the_stl_than_shells_reported_is_a_mismatch(tmp_path):
    stl = tmp_path / "model.stl"
    _write_stl(stl, _cube_triangles(0.0) + _cube_triangles(20.0))
    facts = crosscheck.read_stl(stl)
    assert facts is not None and facts.closed and facts.pieces == 2 and facts.genus == 0
    report = {"kind": "3d_solid", "extents": [30, 10, 10], "volume": 2000, "solids": 1, "shells": 1, "holes": 0}
    problem = crosscheck.facts_mismatch(Geometry.parse(report), facts)
    assert problem is not None and "2 separate bodies" in problem
    assert crosscheck.facts_mismatch(Geometry.parse({**report, "solids": 2, "shells": 2}), facts) is None


def test_step_comments_are_stripped_in_one_pass(tmp_path):
    from naturalcad.sandbox import stepcheck

    path = tmp_path / "model.step"
    head = b"ISO-10303-21;\n/* a comment */#1=(LENGTH_UNIT() NAMED_UNIT(*) SI_UNIT(.MILLI.,.METRE.));\n"
    path.write_bytes(head)
    assert stepcheck.step_problem(path, 17.3, 0.3, solid=False) is None
    path.write_bytes(head + b"/*a" * 400_000)  # quadratic for the old regex: hours
    assert stepcheck.step_problem(path, 17.3, 0.3, solid=False) == "the STEP file is not a readable STEP file"


def test_step_solids_sharing_one_huge_shell_are_refused(tmp_path):
    from naturalcad.sandbox import stepcheck

    lines = ["ISO-10303-21;", "#1=(LENGTH_UNIT() NAMED_UNIT(*) SI_UNIT(.MILLI.,.METRE.));"]
    lines += [f"#{10 + i}=MANIFOLD_SOLID_BREP('',#100000);" for i in range(400)]
    lines += [f"#{100000 + i}=CLOSED_SHELL('',(#{100001 + i}));" for i in range(4000)]
    path = tmp_path / "model.step"
    path.write_text("\n".join(lines))
    problem = stepcheck.step_problem(path, 17.3, 0.3, solid=True)
    assert problem is not None and "share more entities" in problem
    path.write_text("\n".join(lines[:3] + lines[402:]))  # one solid over the same chain: fine
    assert stepcheck.step_problem(path, 17.3, 0.3, solid=True) is None


def _glb(path: Path, nodes: int, count: int) -> None:
    blob = np.zeros((count, 3), "<f4").tobytes()
    doc = {"asset": {"version": "2.0"}, "scene": 0, "scenes": [{"nodes": list(range(nodes))}],
           "nodes": [{"mesh": 0}] * nodes, "meshes": [{"primitives": [{"attributes": {"POSITION": 0}}]}],
           "accessors": [{"bufferView": 0, "componentType": 5126, "count": count, "type": "VEC3"}],
           "bufferViews": [{"buffer": 0, "byteLength": len(blob)}], "buffers": [{"byteLength": len(blob)}]}
    text = json.dumps(doc).encode()
    text += b" " * (-len(text) % 4)
    path.write_bytes(b"glTF" + struct.pack("<II", 2, 28 + len(text) + len(blob)) + struct.pack("<I4s", len(text), b"JSON")
                     + text + struct.pack("<I4s", len(blob), b"BIN\x00") + blob)


def test_a_mesh_placed_by_many_nodes_is_refused_before_it_fills_memory(tmp_path, monkeypatch):
    from naturalcad.sandbox import glbcheck

    monkeypatch.setattr(glbcheck, "MAX_PLACED_POINTS", 1000)
    path = tmp_path / "model.glb"
    _glb(path, nodes=5, count=100)
    points = glbcheck.glb_points(path)
    assert points is not None and points.shape == (500, 3)
    _glb(path, nodes=50, count=100)  # 5,000 placed points
    assert glbcheck.glb_points(path) is None


def test_an_export_has_the_one_name_naturalcad_gives_it(tmp_path):
    from naturalcad.errors import ExecutionError
    from naturalcad.sandbox.outcome import _files

    for name in ("model.stl", "PWNED.stl", "index.step"):
        (tmp_path / name).write_bytes(b"x")
    assert _files({"stl": "model.stl"}, tmp_path) == {"stl": "model.stl"}
    for files in ({"stl": "PWNED.stl"}, {"step": "index.step"}, {"step": "model.stl"}):
        try:
            _files(files, tmp_path)
        except ExecutionError as err:
            assert err.kind == "crashed"
        else:
            raise AssertionError(f"{files} was accepted")

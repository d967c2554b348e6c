"""Chamfer and Hausdorff distance on real meshes: orientation-free, in mm."""

from __future__ import annotations

import numpy as np
import pytest
import trimesh

from naturalcad.evaluate.distance import shape_distance


def _save(mesh: trimesh.Trimesh, path) -> str:
    mesh.export(path)
    return str(path)


def test_the_same_part_turned_and_moved_is_at_distance_zero(tmp_path):
    part = trimesh.creation.box((40, 20, 10))
    moved = part.copy()
    moved.apply_transform(trimesh.transformations.rotation_matrix(np.pi / 2, [0, 0, 1]))
    moved.apply_translation([100, -30, 7])
    found = shape_distance(_save(moved, tmp_path / "a.stl"), _save(part, tmp_path / "b.stl"))
    assert found.chamfer < 0.15 and found.hausdorff < 0.6  # sampling error only


def test_a_taller_block_is_as_far_as_its_extra_height(tmp_path):
    produced = _save(trimesh.creation.box((20, 20, 24)), tmp_path / "a.stl")
    reference = _save(trimesh.creation.box((20, 20, 20)), tmp_path / "b.stl")
    found = shape_distance(produced, reference)
    assert found.hausdorff == pytest.approx(2.0, abs=0.3)  # the top and bottom faces, 2 mm out each
    assert 0.3 < found.chamfer < 1.5

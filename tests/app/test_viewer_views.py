"""The viewer's standard views set the camera a CAD user expects; the buttons switch them."""

from __future__ import annotations

import numpy as np
import pytest

from naturalcad import preview


@pytest.mark.parametrize(("view", "axis"), [("top", 2), ("front", 1), ("right", 0)])
def test_each_view_looks_along_its_axis(made_run, view, axis):
    shown = preview.load_preview(made_run.artifacts)
    plotter = preview.make_plotter(shown, (300, 300), view=view)
    try:
        position, focal, _ = plotter.camera_position
        direction = np.array(position) - np.array(focal)
        direction /= np.linalg.norm(direction)
        assert abs(direction[axis]) == pytest.approx(1.0, abs=1e-6)
    finally:
        plotter.close()


def test_iso_looks_from_a_corner(made_run):
    plotter = preview.make_plotter(preview.load_preview(made_run.artifacts), (300, 300), view="iso")
    try:
        position, focal, _ = plotter.camera_position
        direction = np.array(position) - np.array(focal)
        assert all(abs(c) > 0.3 * np.linalg.norm(direction) for c in direction)
    finally:
        plotter.close()


def test_view_pages_differ_and_are_cached(made_run):
    iso = preview.viewer_page(made_run.artifacts, 420, "light", "iso")
    top = preview.viewer_page(made_run.artifacts, 420, "light", "top")
    assert iso != top and preview.viewer_page(made_run.artifacts, 420, "light", "top") is top

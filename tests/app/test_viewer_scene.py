"""What the viewer draws around the part: grid spacing, overall dimensions, the section cut,
the overlay's labels, and the controls that set them on the Generate page."""

from __future__ import annotations

import json

import numpy as np
import pytest

from naturalcad import preview
from naturalcad import viewer_scene as vs

from .conftest import no_exceptions

PLATE_BOUNDS = (-55.0, 55.0, -35.0, 35.0, 0.0, 5.0)


@pytest.mark.parametrize(("size", "spacing"), [(110, 20), (100, 10), (60, 10), (8, 1), (3, 0.5), (450, 50),
                                               (1800, 200), (0.04, 0.005)])
def test_grid_spacing_is_round_and_gives_about_ten_cells(size, spacing):
    assert vs.grid_spacing(size) == pytest.approx(spacing)
    assert 5 <= size / vs.grid_spacing(size) <= 10


def test_grid_lies_under_the_part_with_a_cell_of_margin():
    grid = vs.ground_grid(PLATE_BOUNDS)
    assert grid.spacing == 20 and grid.z < 0 and grid.z > -1
    assert grid.x == (-80, 80) and grid.y == (-60, 60)
    minor, major = vs.grid_mesh(grid)
    assert minor.n_cells + major.n_cells == 9 + 7  # x lines at -80…80, y lines at -60…60
    assert set(np.round(major.points[:, 0], 6)) >= {-80.0, 0.0, 80.0}  # every 5th line (0, ±100 mm) is major


def test_iso_dimensions_measure_the_box_and_stand_off_it():
    dims = {d.axis: d for d in vs.overall_dimensions(PLATE_BOUNDS)}
    assert {a: d.value for a, d in dims.items()} == {"x": 110, "y": 70, "z": 5}
    for dim in dims.values():
        length = np.linalg.norm(np.subtract(dim.end, dim.start))
        assert length == pytest.approx(dim.value)
        assert not (-55 < dim.middle[0] < 55 and -35 < dim.middle[1] < 35), "the line is outside the part"


@pytest.mark.parametrize(("view", "axes"), [("top", {"x", "y"}), ("front", {"x", "z"}), ("right", {"y", "z"})])
def test_a_standard_view_shows_the_two_dimensions_it_looks_across(view, axes):
    assert {d.axis for d in vs.overall_dimensions(PLATE_BOUNDS, view=view)} == axes


def test_a_drawing_gets_length_and_width_only():
    dims = vs.overall_dimensions((0, 120, 0, 70, 0, 0), flat=True)
    assert [(d.axis, d.value) for d in dims] == [("x", 120), ("y", 70)]


@pytest.mark.parametrize(("mm", "unit", "text"), [(110, "mm", "110 mm"), (6.5, "mm", "6.5 mm"), (110, "in", "4.33 in"),
                                                   (5, "in", "0.20 in"), (0.25, "mm", "0.2 mm")])
def test_dimension_values_are_written_as_a_drawing_writes_them(mm, unit, text):
    assert vs.length_text(mm, unit) == text


def test_section_keeps_the_far_half_with_a_cut_face(made_run):
    mesh = preview.load_preview(made_run.artifacts).mesh  # box 60 x 40 x 20
    xmin, xmax = mesh.bounds[0], mesh.bounds[1]
    body, cap = vs.cut(mesh, vs.Section("x", (xmin + xmax) / 2 + 10))
    assert body.bounds[0] == pytest.approx(xmin) and body.bounds[1] == pytest.approx((xmin + xmax) / 2 + 10)
    assert cap.n_cells and cap.bounds[0] == pytest.approx(cap.bounds[1])  # a flat face on the plane
    assert cap.area == pytest.approx(40 * 20, rel=1e-6)  # the box's cross-section
    closed = body.merge(cap).clean()
    assert closed.volume == pytest.approx(40 * 40 * 20, rel=1e-3)  # 40 of the 60 mm length remain, solid
    # Seen from the front, a Y section keeps the back half (the camera is on the -Y side).
    front, _ = vs.cut(mesh, vs.Section("y", 0.0), view="front")
    assert front.bounds[2] == pytest.approx(0.0) and front.bounds[3] == pytest.approx(mesh.bounds[3])


def test_overlay_carries_the_labels_in_the_unit_shown_and_the_grid_note():
    options = vs.SceneOptions(dimensions=True, unit="in", section=vs.Section("x", 12.7))
    config = vs.overlay_config(PLATE_BOUNDS, options, flat=False)
    assert sorted(label["text"] for label in config["labels"]) == ["0.20 in", "2.76 in", "4.33 in"]
    assert config["notes"] == ["Grid 20 mm (0.787 in)", "Section X = 0.50 in"]
    assert config["triad"] and config["axes"] == list(vs.PALETTES["light"].axes)
    html = vs.overlay_html(config)
    assert json.dumps(config) in html and "stopImmediatePropagation" in html


def test_viewer_pages_differ_for_each_option_and_follow_the_theme(made_run):
    files = made_run.artifacts
    plain = preview.viewer_page(files, 420, options=vs.SceneOptions())
    dims = preview.viewer_page(files, 420, options=vs.SceneOptions(dimensions=True))
    cut = preview.viewer_page(files, 420, options=vs.SceneOptions(section=vs.Section("z", 10.0)))
    dark = preview.viewer_page(files, 420, options=vs.SceneOptions(theme="dark"))
    assert len({plain, dims, cut, dark}) == 4
    assert all(f'"text": "{v} mm"' in dims for v in (60, 40, 20)) and '"labels": []' in plain
    assert "Section Z = 10 mm" in cut and vs.PALETTES["dark"].text in dark
    assert preview.viewer_page(files, 420, options=vs.SceneOptions(dimensions=True)) is dims  # cached


def test_dimensions_and_section_change_the_rendered_picture(made_run):
    import io

    from PIL import Image

    shown = preview.load_preview(made_run.artifacts)
    if preview.offscreen_window() is None:
        pytest.skip("no offscreen renderer here")
    pictures = {name: np.asarray(Image.open(io.BytesIO(preview.screenshot(shown, (320, 240), options))).convert("RGB"))
                for name, options in {"plain": vs.SceneOptions(), "dims": vs.SceneOptions(dimensions=True),
                                      "cut": vs.SceneOptions(section=vs.Section("x", 0.0)),
                                      "dark": vs.SceneOptions(theme="dark")}.items()}
    changed = {name: float((np.abs(p.astype(int) - pictures["plain"]).sum(axis=2) > 40).mean())
               for name, p in pictures.items()}
    assert changed["plain"] == 0 and changed["dims"] > 0.003 and changed["cut"] > 0.02 and changed["dark"] > 0.5
    def warm(picture: np.ndarray) -> int:  # pixels of the cut face's amber (red over green over blue)
        r, g, b = (picture[..., i].astype(int) for i in range(3))
        return int(((r > g + 15) & (g > b + 15) & (r - b > 60)).sum())

    assert warm(pictures["cut"]) > 100 and warm(pictures["plain"]) == 0, "the cut face is shaded apart"


def test_generate_page_has_dimensions_and_a_section_slider_in_the_unit_shown(app):
    from .test_generate_page import BOX, generate

    at = generate(app, BOX)
    assert at.toggle(key="viewer-dimensions").value is False
    at = at.toggle(key="viewer-dimensions").set_value(True).run()
    no_exceptions(at)
    at.button_group(key="viewer-section").set_value("X").run()
    no_exceptions(at)
    slider = next(s for s in at.slider if s.key.startswith("viewer-section-"))
    assert (slider.min, slider.max, slider.value, slider.step) == (-29.0, 29.0, 0.0, 1.0)  # a 60 mm box, 1 mm steps
    at.button_group(key="units").set_value("in").run()
    no_exceptions(at)
    slider = next(s for s in at.slider if s.key.startswith("viewer-section-"))
    assert slider.key.endswith("-X-in") and slider.max == pytest.approx(1.15) and slider.step == pytest.approx(0.05)
    assert any("wheel zooms once you click" in c.value for c in at.caption)

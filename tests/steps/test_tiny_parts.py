"""Tiny parts in Text2CAD's normalised units (~0.75 across): a solid with an STL, meshed to its size.

Two mechanisms lost them before: the output-type guess read "the profile ... is extruded" and
"on the plate's centre line" as a request for a 2D profile or a 1D path (no STL), and the mesh
floors of 0.002 / 0.01 mm, fine for mm parts, were a sixth of a 0.06 hole's radius in the preview.
"""

from __future__ import annotations

import pytest

from naturalcad import config
from naturalcad.pipeline import run, run_code
from naturalcad.prompt import infer_output_type
from naturalcad.request import Request


@pytest.mark.parametrize("prompt, kind", [
    ("Make an angle section: its profile is an L with a 0.35 unit leg and a 0.3 unit leg, 0.05 units thick, "
     "and the profile is extruded 0.2 units.", "3d_solid"),
    ("A strip 0.6 units long, 0.2 wide and 0.03 thick with two 0.05 holes on the strip's centre line.", "3d_solid"),
    ("Draw a 2D sketch of a circle of radius 0.1 and extrude it 0.3 units.", "3d_solid"),
    ("Sweep a 4 mm circle along a path of three lines.", "3d_solid"),
    ("a laser-cut profile 3 mm thick", "2d_vector"),  # a cutting process names the output, whatever the thickness
    ("bracket outline for a sketch", "2d_vector"),
    ("cable path 200 long", "1d_path"),
])
def test_a_modelling_word_names_an_output_only_when_no_body_is_made_of_it(prompt, kind):
    assert infer_output_type(prompt).kind == kind


@pytest.fixture(scope="module")
def settings(tmp_path_factory):
    return config.load_settings({"NATURALCAD_DATA_DIR": str(tmp_path_factory.mktemp("tiny-data")),
                                 "NATURALCAD_EXEC_TIMEOUT_SECONDS": "60"})


def _stl_volume(path: str) -> float:
    import trimesh

    mesh = trimesh.load(path, force="mesh")
    assert mesh.is_watertight
    return float(mesh.volume)


@pytest.mark.slow
def test_a_tiny_plate_with_small_holes_meshes_within_half_a_percent(settings):
    code = ("from build123d import *\n"
            "part = Box(0.75, 0.3, 0.05)\n"
            "for x in (-0.275, 0.275):\n"
            "    part -= Pos(x, 0, 0) * Cylinder(0.03, 0.05)\n"
            "result = part\n")
    config.set_settings(settings)
    try:
        made = run_code(code, "3d_solid", settings=settings, source="template")
    finally:
        config.set_settings(None)
    assert made.success, made.error
    want = 0.75 * 0.3 * 0.05 - 2 * 3.141592653589793 * 0.03 ** 2 * 0.05
    assert made.geometry["volume"] == pytest.approx(want, rel=1e-5)  # the report rounds to 6 figures
    assert made.geometry["holes"] == 2
    assert _stl_volume(made.artifacts["stl"]) == pytest.approx(want, rel=5e-3)
    assert sorted(made.geometry["extents"]) == pytest.approx([0.05, 0.3, 0.75])


@pytest.mark.parametrize("size, fine_most, preview_most", [(0.75, 0.001, 0.005), (100.0, 0.011, 0.11)])
def test_mesh_deflection_follows_the_part_size_below_a_few_mm(size, fine_most, preview_most):
    from build123d import Box

    from naturalcad.exports import mesh_tolerance

    shape = Box(size, size * 0.4, size * 0.07).wrapped
    fine, _ = mesh_tolerance(shape, fine=True)
    preview, _ = mesh_tolerance(shape, fine=False)
    assert fine <= fine_most and preview <= preview_most
    assert fine >= size * 1e-4 and preview >= size * 1e-3  # never finer than needed: meshes stay small


@pytest.mark.slow
def test_a_tiny_l_bar_described_by_its_profile_is_built_as_a_solid_with_an_stl(settings):
    config.set_settings(settings)
    try:
        made = run(Request(prompt="Create an L-shaped bar. The profile has one leg 0.45 units long and the other 0.3 units "
                                  "long, both 0.06 units thick, measured to the outside corner, and it is extruded 0.2 units.",
                           offline=True), settings)
    finally:
        config.set_settings(None)
    assert made.success, made.error
    assert made.output_type == "3d_solid" and "stl" in made.artifacts
    assert made.geometry["solids"] == 1

"""A refine adds to the current part: earlier holes, counterbores and edits are kept (real sandbox)."""

from __future__ import annotations

import math

import pytest
from build123d import Box, Cylinder, Pos, chamfer

from naturalcad.params import read_params
from naturalcad.sources.templates import generate_from_prompt, refine

CORNER_PLATE = "plate 100 x 80 x 6 with 4 corner holes 8 mm, 12 mm from the edges"


def _plate_with(thickness: float, centre: float | None, chamfer_size: float = 0.0) -> float:
    part = Box(100, 80, thickness)
    for x in (-38, 38):
        for y in (-28, 28):
            part -= Pos(x, y, 0) * Cylinder(4, 3 * thickness)
    if centre:
        part -= Cylinder(centre / 2, 3 * thickness)
    if chamfer_size:
        part = chamfer(part.edges(), chamfer_size)
    return part.volume


@pytest.mark.slow
def test_added_hole_and_chamfer_keep_the_corner_holes(sandbox):
    first = generate_from_prompt(CORNER_PLATE)
    second = refine(first.code, "add a 20 mm hole in the middle and chamfer the edges 1 mm")
    for name in ("hole_diameter", "columns", "rows", "edge_offset"):
        assert second.params[name] == first.params[name], name
    assert second.params["added_hole_diameter"] == 20.0 and second.params["added_chamfer"] == 1.0
    result = sandbox(second.code)
    assert result.success, result.error
    assert result.geometry["holes"] == 5
    want = _plate_with(6, 20, 1.0)
    assert abs(result.geometry["volume"] - want) <= 0.005 * want, (result.geometry["volume"], want)

    # a later size change keeps both the family's holes and the added block, as sliders
    third = refine(second.code, "make it 4 mm thicker")
    assert third.params["thickness"] == 10.0 and third.params["added_hole_diameter"] == 20.0
    result = sandbox(third.code)
    assert result.success, result.error
    assert result.geometry["holes"] == 5 and sorted(result.geometry["extents"])[0] == pytest.approx(10.0)


@pytest.mark.slow
def test_a_rebuild_carries_the_added_features_over(sandbox):
    """A follow-up the script has no knob for rebuilds the part; what an earlier refine added survives."""
    first = generate_from_prompt(CORNER_PLATE)
    second = refine(first.code, "add a 20 mm hole in the middle")
    third = refine(second.code, "counterbore the holes 14 mm, 3 deep")
    assert third.params["counterbore_diameter"] == 14.0 and third.params["counterbore_depth"] == 3.0
    assert {p.name for p in read_params(third.code)} >= {"added_hole_diameter", "hole_diameter", "columns"}
    result = sandbox(third.code)
    assert result.success, result.error
    assert result.geometry["holes"] == 5
    want = _plate_with(6, 20) - 4 * math.pi * (7 ** 2 - 4 ** 2) * 3
    assert abs(result.geometry["volume"] - want) <= 0.005 * want, (result.geometry["volume"], want)


def test_refine_sets_the_edge_knob_the_part_already_has():
    plate = generate_from_prompt("plate 100 x 60 x 8 with 4 corner holes 6 mm")
    rounded = refine(plate.code, "round the corners 5 mm")
    assert rounded.family == "plate_with_holes"
    assert rounded.params["corner_radius"] == 5.0 and rounded.params["hole_diameter"] == 6.0
    box = generate_from_prompt("box 60 x 40 x 30")
    assert refine(box.code, "chamfer the edges 2 mm").params["chamfer_size"] == 2.0


def test_flange_refine_adds_counterbores_to_its_bolt_holes():
    flange = generate_from_prompt("flange 120 OD 12 thick, 40 bore, 6 holes 9 mm on a 95 PCD")
    cb = refine(flange.code, "add counterbores 15 mm 8 deep")
    assert (cb.params["counterbore_diameter"], cb.params["counterbore_depth"]) == (15.0, 8.0)
    assert cb.params["hole_count"] == 6 and cb.params["bolt_circle"] == 95.0 and cb.params["bore_diameter"] == 40.0

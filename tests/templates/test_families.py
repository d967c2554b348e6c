"""Every family, from a prompt to a measured part, through the real guard and sandbox."""

from __future__ import annotations

import math

import pytest

from naturalcad.sources.templates import families, generate_from_prompt

PI = math.pi

# (prompt, output_type, family, sorted extents or None, volume or None, holes or None)
CASES = [
    ("box 60 x 40 x 20 mm", None, "box", [20, 40, 60], 48000, 0),
    ("block 40x30x20 with 3 mm rounded edges", None, "box", [20, 30, 40], 23340.8, 0),
    ("cube 30 mm with 1.5 mm chamfered edges", None, "box", [30, 30, 30], 26617.5, 0),
    ("plate 100 x 60 x 5 mm with 4 corner holes, 6 mm diameter, 8 mm from the edges", None,
     "plate_with_holes", [5, 60, 100], 30000 - 4 * PI * 9 * 5, 4),
    ("plate 90 by 90 by 6 with a 3 by 2 grid of 8 mm holes", None, "plate_with_holes", [6, 90, 90],
     90 * 90 * 6 - 6 * PI * 16 * 6, 6),
    ("a 160 x 40 x 3 mm strip with 5 holes of 4 mm spaced evenly along it", None, "plate_with_holes",
     [3, 40, 160], 160 * 40 * 3 - 5 * PI * 4 * 3, 5),
    ("mounting plate 80x80x4 with a 22 mm hole in the center", None, "plate_with_holes", [4, 80, 80],
     25600 - PI * 121 * 4, 1),
    ("square plate 100 mm, 5 thick, six 6 mm holes on a 70 mm bolt circle", None, "plate_with_holes",
     [5, 100, 100], 50000 - 6 * PI * 9 * 5, 6),
    ("Heavy steel bracket with 4 bolt holes, 90 mm wide, 8 mm thick", None, "bracket_plate", None, None, 4),
    ("cylinder 20 mm diameter and 40 mm high", None, "cylinder", [20, 20, 40], PI * 100 * 40, 0),
    ("cylinder 40 mm diameter 20 mm tall with a 10 mm hole through the middle", None, "cylinder",
     [20, 40, 40], PI * (400 - 25) * 20, 1),
    ("shaft 10 mm diameter, 60 mm long, 0.5 mm chamfer at both ends", None, "cylinder", [10, 10, 60],
     PI * 25 * 60 - 2 * PI * 0.25 * (5 - 0.5 / 3), 0),
    ("washer 8.4 mm ID, 16 mm OD, 1.6 mm thick", None, "tube", [1.6, 16, 16], PI / 4 * (256 - 70.56) * 1.6, 1),
    ("cup: 50 mm diameter, 60 mm tall, 3 mm wall, open at the top", None, "cup", [50, 50, 60],
     PI * 625 * 60 - PI * 22 ** 2 * 57, 0),
    ("flange: 80 mm OD, 10 mm thick, 30 mm bore, 4 holes 6.5 mm on a 60 mm PCD", None, "flange",
     [10, 80, 80], PI * 10 * (1600 - 225 - 4 * 3.25 ** 2), 5),
    ("a sphere of diameter 40 mm", None, "sphere", [40, 40, 40], 4 / 3 * PI * 8000, 0),
    ("hemisphere 60 mm diameter", None, "sphere", [30, 60, 60], 2 / 3 * PI * 27000, 0),
    ("cone, base radius 15 mm, height 30 mm", None, "cone", [30, 30, 30], PI * 225 * 30 / 3, 0),
    ("torus, ring radius 20 mm, tube radius 4 mm", None, "torus", [8, 48, 48], 2 * PI ** 2 * 20 * 16, 1),
    ("hex prism 17 mm across flats, 12 mm high", None, "prism", [12, 17, 17 / math.cos(PI / 6)],
     6 * 8.5 ** 2 * math.tan(PI / 6) * 12, 0),
    ("triangular prism with 40 mm sides, 20 mm long", None, "prism", [20, 20 * math.sqrt(3), 40],
     math.sqrt(3) / 4 * 1600 * 20, 0),
    ("pyramid with a 30 mm square base, 30 mm tall", None, "pyramid", [30, 30, 30], 9000, 0),
    ("M6 hex nut", None, "hex_nut", [5.2, 10, 11.547], None, 1),
    ("hex standoff M3, 5.5 mm across flats, 15 mm long", None, "hex_standoff", [5.5, 6.351, 15], None, 1),
    ("spur gear 20 teeth module 2, 6 mm thick, 5 mm bore", None, "spur_gear", [6, 44, 44], None, 1),
    ("rectangular tube 60 x 30 mm outside, 3 mm wall, 200 mm long", None, "rect_tube", [30, 60, 200], 100800, 1),
    ("open box 80 x 50 x 30 mm, wall thickness 2 mm", None, "open_box", [30, 50, 80], 22112, 0),
    ("L bracket, 40 mm wide, legs 30 mm and 25 mm, 3 mm thick", None, "l_bracket", [25, 30, 40], 6240, 0),
    ("angle bracket 50 wide, 30 x 30 legs, 5 thick, one 5 mm hole in each leg", None, "l_bracket",
     [30, 30, 50], 50 * 5 * 55 - 2 * PI * 6.25 * 5, 2),
    ("Light structural truss beam with 9 panels and a 180 mm span", None, "truss_beam", None, None, 18),
    ("pitched roof truss, 240 mm span, 60 mm rise, 6 panels", None, "truss_elevation", None, None, None),
    ("Industrial notched tower block, 140 mm tall", None, "tower_block", None, None, 0),
    ("Smooth roof canopy surface, 200 mm span, shallow rise", None, "canopy_surface", None, None, None),
    ("lofted panel 160 x 80 mm", None, "lofted_panel", None, None, None),
]


def _close(got: float, want: float, rel: float = 0.02, abs_tol: float = 0.05) -> bool:
    return abs(got - want) <= max(abs_tol, rel * abs(want))


@pytest.mark.parametrize("prompt,output_type,family,extents,volume,holes", CASES, ids=[c[0][:40] for c in CASES])
def test_family_makes_the_described_part(sandbox, prompt, output_type, family, extents, volume, holes):
    made = generate_from_prompt(prompt, output_type=output_type)
    assert made.family == family, made.reason
    result = sandbox(made.code, made.output_type)
    assert result.success, result.error
    geo = result.geometry
    assert geo["valid"]
    if made.output_type == "3d_solid":
        assert geo["solids"] >= 1
        assert geo["extents"][2] > 0 and abs(geo["bbox_min"][2]) < 1e-6, "parts sit on Z = 0"
    if extents is not None:
        got = sorted(geo["extents"])
        assert all(_close(g, w, 0.03 if family == "spur_gear" else 0.01) for g, w in zip(got, extents, strict=True)), (got, extents)
    if volume is not None:
        assert _close(geo["volume"], volume, 0.01), (geo["volume"], volume)
    if holes is not None:
        assert geo["holes"] == holes


def test_prototype_extents_follow_the_prompt(sandbox):
    """Named sizes in the prototype prompts land on the right axis."""
    checks = [
        ("Light structural truss beam with 9 panels and a 180 mm span", 180.0),
        ("Industrial notched tower block, 140 mm tall", 140.0),
        ("Smooth roof canopy surface, 200 mm span, shallow rise", 200.0),
        ("canopy 300 mm across, gentle curve", 300.0),   # across: the span, not a diameter
    ]
    for prompt, biggest in checks:
        made = generate_from_prompt(prompt)
        result = sandbox(made.code, made.output_type)
        assert result.success, result.error
        assert _close(max(result.geometry["extents"]), biggest), (prompt, result.geometry["extents"])


@pytest.mark.parametrize("prompt,output_type,family,extents2d,holes", [
    ("Laser-cut mounting plate with 6mm corner holes, 120x70 mm (export DXF)", "2d_vector", "plate_profile", [70, 120], 4),
    ("Bracket plate profile with 6 holes for a laser-cut sketch", None, "bracket_plate", None, 6),
    ("laser cut flange profile: 100 OD, 40 bore, 4 holes of 10 on 75 PCD", None, "flange", [100, 100], 5),
    ("gear 30 teeth module 1, DXF", None, "spur_gear", [32, 32], 1),
    ("washer 10 ID 20 OD", "2d_vector", "tube", [20, 20], 1),
    ("hex 20 across flats", "2d_vector", "prism", [20, 23.094], 0),
])
def test_2d_profiles(sandbox, prompt, output_type, family, extents2d, holes):
    made = generate_from_prompt(prompt, output_type=output_type)
    assert (made.family, made.output_type) == (family, "2d_vector")
    result = sandbox(made.code, "2d_vector")
    assert result.success, result.error
    assert "dxf" in result.artifacts
    if extents2d:
        got = sorted(result.geometry["extents"][:2])
        assert all(_close(g, w, 0.03) for g, w in zip(got, extents2d, strict=True)), got
    assert result.geometry["holes"] == holes


def test_1d_route_centreline(sandbox):
    made = generate_from_prompt("Single-line floor route centerline with 3 jogs, 120 mm long")
    assert (made.family, made.output_type) == ("route_centerline", "1d_path")
    result = sandbox(made.code, "1d_path")
    assert result.success, result.error
    assert _close(result.geometry["extents"][0], 120)
    assert result.geometry["edges"] == 2 * 3 + 1


def test_surface_of_a_solid_family(sandbox):
    made = generate_from_prompt("a box 40 x 30 x 20", output_type="surface")
    result = sandbox(made.code, "surface")
    assert result.success and result.geometry["kind"] == "surface"


def test_every_family_is_exercised():
    covered = {c[2] for c in CASES} | {"plate_profile", "route_centerline"}
    assert covered == set(families())

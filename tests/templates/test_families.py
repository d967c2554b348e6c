"""Every family, from a prompt to a measured part, through the real guard and sandbox."""

from __future__ import annotations

import math

import pytest

from naturalcad.sources.templates import families, generate_from_prompt
from naturalcad.sources.templates.families import REGISTRY

PI = math.pi

# Every family's own examples (families/<name>.py EXAMPLES): adding a family adds its tests.
CASES = [(e.prompt, e.output_type, name, list(e.extents) if e.extents else None, e.volume, e.holes)
         for name, family in sorted(REGISTRY.items()) for e in family.examples]


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


def test_every_family_has_examples():
    assert {c[2] for c in CASES} == set(families())
    assert all(len(f.examples) >= 1 and f.summary and f.name for f in REGISTRY.values())


def test_the_highest_score_wins_whatever_the_file_order():
    from naturalcad.sources.templates.choose import choose_family
    from naturalcad.sources.templates.parse import parse_prompt

    spec = parse_prompt("M8 hex nut")  # both the nut (a specific noun) and the prism (hex) match
    scores = {name: f.match(spec) for name, f in REGISTRY.items() if f.match(spec)}
    assert {"hex_nut", "prism"} <= set(scores) and scores["hex_nut"].score > scores["prism"].score
    assert choose_family(spec) == ("hex_nut", "it names a nut")

"""generate_from_prompt: family choice with a reason, output type, notices, guard-clean code."""

from __future__ import annotations

import ast

import pytest

from naturalcad.sandbox.guard import check
from naturalcad.sources.templates import TemplateResult, families, generate_from_prompt
from naturalcad.sources.templates.choose import infer_output_type

ONE_PROMPT_PER_FAMILY = {
    "box": "box 60 x 40 x 20", "tslot_profile": "2020 extrusion, 500 long", "plate_with_holes": "plate 100 x 60 x 5 with 4 holes",
    "bracket_plate": "bracket with 4 bolt holes", "plate_profile": "plate 120 x 70 with corner holes, DXF",
    "rect_tube": "square tube 40 mm, 3 wall", "open_box": "open box 80 x 50 x 30", "l_bracket": "L bracket",
    "cylinder": "rod 10 dia 50 long", "tube": "pipe 30 OD 26 ID", "cup": "a mug", "flange": "flange 80 OD",
    "sphere": "ball 20 mm", "cone": "cone 30 base 40 tall", "torus": "donut", "prism": "hexagonal prism",
    "pyramid": "pyramid", "hex_nut": "M8 nut", "hex_standoff": "M3 standoff", "spur_gear": "gear",
    "truss_beam": "truss", "truss_elevation": "roof truss elevation", "tower_block": "tower",
    "canopy_surface": "canopy", "lofted_panel": "lofted panel", "route_centerline": "route centreline",
    "bushing": "flanged bushing", "bolt_spacer": "spacer for M4", "shaft_collar": "shaft collar",
    "shaft": "keyed shaft", "pipe_clamp": "pipe clamp",
}
# catalogue families of issue 12 item 6 (second set)
ONE_PROMPT_PER_FAMILY.update({
    "v_belt_pulley": "v-belt pulley", "timing_pulley": "GT2 pulley 20 teeth", "knob": "knob",
    "hinge_leaf": "hinge leaf", "wall_hook": "wall hook", "cable_clip": "cable clip",
    "enclosure_with_lid": "enclosure with a lid", "compression_spring": "compression spring",
})
# issue 12 item 6, third set
ONE_PROMPT_PER_FAMILY.update({"flat_pulley": "flat belt pulley", "shaft_coupler": "shaft coupler"})
# issue 12 item 2: a rectangular ring and open sections
ONE_PROMPT_PER_FAMILY.update({"frame_plate": "picture frame with a 20 mm border", "open_section": "U channel"})
# issue 12 item 6, session 5 (c-feat)
ONE_PROMPT_PER_FAMILY.update({"split_clamp": "split clamp block with a 16 bore", "cabinet_pull": "cabinet pull"})
# issue 12 item 6, session 10 (c-parts): a base with a boss, each sized
ONE_PROMPT_PER_FAMILY.update({"boss_plate": "base 60 x 60 x 8 with a Ø25 boss 10 high"})


def test_one_prompt_per_family_covers_them_all():
    assert set(ONE_PROMPT_PER_FAMILY) == set(families())


@pytest.mark.parametrize("family,prompt", sorted(ONE_PROMPT_PER_FAMILY.items()))
def test_family_choice_and_script_rules(family, prompt):
    made = generate_from_prompt(prompt)
    assert isinstance(made, TemplateResult)
    assert made.family == family, made.reason
    assert made.reason and made.notices[0].startswith("chose")
    lines = made.code.splitlines()
    assert lines[0] == "from build123d import *"
    tree = ast.parse(made.code)
    imports = [n for n in ast.walk(tree) if isinstance(n, (ast.Import, ast.ImportFrom))]
    assert all((isinstance(n, ast.ImportFrom) and n.module == "build123d") or
               (isinstance(n, ast.Import) and [a.name for a in n.names] == ["math"]) for n in imports)
    assert "__" not in made.code
    assert any(isinstance(n, ast.Assign) and any(getattr(t, "id", None) == "result" for t in n.targets)
               for n in ast.walk(tree))
    assert check(made.code) == [], check(made.code)


@pytest.mark.parametrize("prompt,mode,expected", [
    ("Laser-cut mounting plate (export DXF)", "part", "2d_vector"),
    ("bracket profile for a sketch", "part", "2d_vector"),
    ("floor route centerline with 3 jogs", "part", "1d_path"),
    ("cable path 200 long", "part", "1d_path"),
    ("smooth roof canopy", "part", "surface"),
    ("a low-profile box", "part", "3d_solid"),
    ("a box", "sketch", "2d_vector"),
    ("a 25 mm cube", "part", "3d_solid"),
])
def test_output_type_inference(prompt, mode, expected):
    assert infer_output_type(prompt, mode)[0] == expected


def test_explicit_output_type_is_honoured():
    made = generate_from_prompt("a 25 mm cube", output_type="2d_vector")
    assert made.output_type == "2d_vector" and made.family == "plate_profile"
    assert any("2D" in n for n in made.notices)
    assert generate_from_prompt("canopy 200 span", output_type="3d_solid").output_type == "3d_solid"
    assert generate_from_prompt("washer 10 ID 20 OD", output_type="1d_path").output_type == "1d_path"


def test_assumptions_are_reported():
    made = generate_from_prompt("plate 100 x 60 with 4 holes")
    assert "thickness not given, used 6 mm" in made.notices
    assert any(n.startswith("hole diameter not given") for n in made.notices)


def test_nothing_recognised_still_makes_a_part():
    made = generate_from_prompt("something nice please")
    assert made.family == "box" and "no part type recognised" in made.reason


def test_named_dimensions_become_parameters():
    made = generate_from_prompt("spur gear 20 teeth module 2, 6 mm thick, 5 mm bore")
    assert made.params["teeth"] == 20 and made.params["module"] == 2.0
    assert made.params["face_width"] == 6.0 and made.params["bore_diameter"] == 5.0


@pytest.mark.parametrize("prompt,family,params", [
    # drawing radius shorthand: R glued to its number; R and r together on a torus
    ("box 20x20x20, fillet R3", "box", {"fillet_radius": 3.0}),
    ("plate 100x50x5 with R5 corners", "plate_with_holes", {"corner_radius": 5.0}),
    ("sphere R15", "sphere", {"diameter": 30.0}),
    ("disc R20, 5 thick", "cylinder", {"diameter": 40.0, "height": 5.0}),
    ("torus R=25 r=5", "torus", {"ring_radius": 25.0, "tube_radius": 5.0}),
    ("cylinder r=10 h=30", "cylinder", {"diameter": 20.0, "height": 30.0}),
    # "can you ..." is a request, not a tin can
    ("can you design a cube, 1 1/2 inch on a side", "box", {"length": 38.1, "height": 38.1}),
    ("Can you design a 200mm long rod, 16mm diameter?", "cylinder", {"diameter": 16, "height": 200}),
    # a round standoff is a tube; a plain or hex one stays hex
    ("round standoff 6 mm OD, 3.2 mm hole, 12 long", "tube", {"outer_diameter": 6, "inner_diameter": 3.2}),
    ("standoff, 8mm hex, 20mm tall, M4 thread through", "hex_standoff", {"across_flats": 8, "length": 20}),
    # two sizes plus a named length: the two are the section
    ("flat bar 40x10, 250mm long", "plate_with_holes", {"length": 250, "width": 40, "thickness": 10}),
    ("block 40 x 30, 100 long", "box", {"length": 100, "width": 40, "height": 30}),
    # a sized centre hole next to a bolt circle or corner holes
    ("plate 100x100x8 with 4 holes Ø10 on a 70mm bolt circle plus a Ø30 centre hole", "plate_with_holes",
     {"hole_count": 4, "bolt_circle": 70, "centre_hole": 30}),
    ("disc 80 dia 5 thick with 6 holes of 5 mm on a 60 PCD and a centre hole of 20", "flange",
     {"hole_count": 6, "bore_diameter": 20}),
    ("plate 150x100x6 with 6 M5 holes, 2 rows of 3", "plate_with_holes", {"columns": 3, "rows": 2}),
    # steel angle designations: legs x legs x thickness (x length)
    ("angle 40x40x4x60", "l_bracket", {"leg_a": 40, "leg_b": 40, "thickness": 4, "width": 60}),
    ("steel angle 50 x 50 x 6, 200 long", "l_bracket", {"thickness": 6, "width": 200}),
    # gear shorthand
    ("gear 24T m1.5 10mm thick", "spur_gear", {"teeth": 24, "module": 1.5, "face_width": 10}),
    ("eight-hole flange, 150 OD, 100 PCD, 14 mm holes, 20 thick, 50 mm bore", "flange", {"hole_count": 8}),
    # a bar with a diameter is a round bar
    ("round bar 25 mm diameter 150 mm long", "cylinder", {"diameter": 25, "height": 150}),
    ("steel bar 20 mm diameter, 300 long", "cylinder", {"diameter": 20, "height": 300}),
    ("bar 200 x 25 x 5 with 4 equally spaced 6 mm holes", "plate_with_holes", {"width": 25, "hole_count": 4}),
    # three sizes on a round hollow part: the two diameters in either order, then the length;
    # a pipe's small second size is its wall
    ("washer 21 x 37 x 3", "tube", {"outer_diameter": 37, "inner_diameter": 21, "length": 3}),
    ("bushing 16 x 10 x 20", "tube", {"outer_diameter": 16, "inner_diameter": 10, "length": 20}),
    ("pipe 48.3 x 3.2 x 500", "tube", {"outer_diameter": 48.3, "inner_diameter": 41.9, "length": 500}),
    ("tube 30 x 2, 100 long", "tube", {"outer_diameter": 30, "inner_diameter": 26, "length": 100}),
    ("bush 20/12 x 25", "tube", {"outer_diameter": 20, "inner_diameter": 12, "length": 25}),
    ("cylinder Ø50 x 30 with a Ø12 bore", "cylinder", {"diameter": 50, "height": 30, "bore_diameter": 12}),
    ("half-inch rod, 6 inches long", "cylinder", {"diameter": 12.7, "height": 152.4}),
])
def test_phrasings_pick_family_and_sizes(prompt, family, params):
    made = generate_from_prompt(prompt)
    assert made.family == family, made.reason
    for name, value in params.items():
        assert abs(made.params[name] - value) < 1e-3, (name, made.params)

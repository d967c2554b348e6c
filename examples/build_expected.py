"""Writes the example eval set: each prompt beside the part it asks for, built with build123d.

The expected extents, volume and through-holes in `prompts.jsonl` are measured on these
ideal parts, not on anything NaturalCAD generates, so the set scores any generator fairly.
`folder/` holds three of the same tasks in the folder form (prompt + reference STEP/STL),
whose expectations `naturalcad eval` measures itself.

    python examples/build_expected.py      # rewrites prompts.jsonl and folder/
"""

from __future__ import annotations

import json
import math
import sys
from collections.abc import Callable
from pathlib import Path

from build123d import (
    Align,
    Box,
    Circle,
    Cone,
    Cylinder,
    Polygon,
    Pos,
    Rectangle,
    RegularPolygon,
    Rot,
    Shape,
    Sphere,
    export_step,
    export_stl,
    extrude,
    fillet,
)

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # run from a checkout
from naturalcad.geometry import solid_holes

HERE = Path(__file__).resolve().parent
MIN = (Align.MIN, Align.MIN, Align.MIN)


def holes(part: Shape, points: list[tuple[float, float]], diameter: float, depth: float) -> Shape:
    for x, y in points:
        part = part - Pos(x, y, depth / 2) * Cylinder(diameter / 2, depth * 3)
    return part


def plate_with_corner_holes() -> Shape:
    w, d, t, inset = 140.0, 90.0, 8.0, 12.0
    corners = [(inset, inset), (w - inset, inset), (inset, d - inset), (w - inset, d - inset)]
    return holes(Box(w, d, t, align=MIN), corners, 9.0, t)


def flange() -> Shape:
    body = Cylinder(50, 12) - Cylinder(20, 12)
    for k in range(6):
        a = 2 * math.pi * k / 6
        body = body - Pos(40 * math.cos(a), 40 * math.sin(a), 0) * Cylinder(4, 12)
    return body


def open_box() -> Shape:
    return Box(120, 80, 40, align=MIN) - Pos(3, 3, 3) * Box(114, 74, 37, align=MIN)


def angle() -> Shape:
    return Box(60, 40, 4, align=MIN) + Box(60, 4, 30, align=MIN)


def strip() -> Shape:
    pitch = 200 / 6
    return holes(Box(200, 25, 2, align=MIN), [(pitch / 2 + k * pitch, 12.5) for k in range(6)], 5.0, 2.0)


def grid_plate() -> Shape:
    points = [(x, y) for x in (20, 50, 80) for y in (20, 50)]
    return holes(Box(100, 70, 5, align=MIN), points, 6.0, 5.0)


def triangular_prism() -> Shape:
    return extrude(Polygon((0, 0), (50, 0), (25, 25 * math.sqrt(3)), align=None), 30)


def hex_bar() -> Shape:
    return extrude(RegularPolygon(24 / math.sqrt(3), 6), 50)


def m8_nut() -> Shape:
    # ISO 4032 M8: 13 mm across flats, 6.8 mm high; the bore at the 8 mm nominal size.
    return extrude(RegularPolygon(13 / math.sqrt(3), 6), 6.8) - Cylinder(4, 40)


def gear_envelope() -> Shape:
    # 24 teeth, module 1.5: tip diameter m(z+2) = 39 mm. Only the envelope is scored.
    return Cylinder(19.5, 8) - Cylinder(3, 8)


def counterbored_plate() -> Shape:
    plate = Box(80, 50, 6, align=MIN)
    for x in (20, 60):
        plate = plate - Pos(x, 25, 0) * Cylinder(3.3, 6, align=MIN) - Pos(x, 25, 2) * Cylinder(5.5, 4, align=MIN)
    return plate


def keyed_shaft() -> Shape:
    # The keyway runs 40 mm in from the top end, 3.5 mm deep from the surface.
    shaft = Cylinder(10, 100, align=MIN)
    return shaft - Pos(20 - 3.5, 10 - 3, 60) * Box(10, 6, 40, align=MIN)


def cross_drilled_cube() -> Shape:
    cube = Box(30, 30, 30)
    for rotation in ((0, 0, 0), (90, 0, 0), (0, 90, 0)):
        cube = cube - Rot(*rotation) * Cylinder(5, 40)
    return cube


def laser_outline() -> Shape:
    face = Rectangle(150, 100, align=(Align.MIN, Align.MIN))
    for x, y in ((8, 8), (142, 8), (8, 92), (142, 92)):
        face = face - Pos(x, y) * Circle(2.5)
    return face


Build = Callable[[], Shape]
# id, prompt, the ideal part, options (output_type, tol, which keys to expect)
CASES: list[tuple[str, str, Build, dict]] = [
    ("e01", "rectangular block 75 x 45 x 15 mm", lambda: Box(75, 45, 15), {}),
    ("e02", "round bar 16 mm diameter, 90 mm long", lambda: Cylinder(8, 90), {}),
    ("e03", "base plate 140 x 90 x 8 mm with four 9 mm holes, 12 mm in from each corner", plate_with_corner_holes, {}),
    ("e04", "bushing: 22 mm outside diameter, 12 mm bore, 25 mm long", lambda: Cylinder(11, 25) - Cylinder(6, 25), {}),
    ("e05", "pipe 42 mm OD with a 3 mm wall, 150 mm long", lambda: Cylinder(21, 150) - Cylinder(18, 150), {}),
    ("e06", "a ball 30 mm in diameter", lambda: Sphere(15), {}),
    ("e07", "cone with a 50 mm base diameter, 40 mm tall", lambda: Cone(25, 0, 40), {}),
    ("e08", "flange 100 mm across, 12 mm thick, 40 mm centre bore, six 8 mm bolt holes on an 80 mm bolt circle",
     flange, {}),
    ("e09", "square tube 40 x 40 mm, 2.5 mm wall, 300 mm long",
     lambda: Box(40, 40, 300) - Box(35, 35, 300), {}),
    ("e10", "angle bracket 60 mm wide with 40 mm and 30 mm legs, 4 mm thick", angle, {}),
    ("e11", "hexagonal bar 24 mm across flats, 50 mm long", hex_bar, {}),
    ("e12", "M8 hex nut", m8_nut, {"keys": ("extents", "genus"), "tol": {"extents_rel": 0.05}}),
    ("e13", "open-top box 120 x 80 x 40 mm with 3 mm walls", open_box, {}),
    ("e14", "45 mm cube with 4 mm fillets on all edges", lambda: fillet(Box(45, 45, 45).edges(), 4), {}),
    ("e15", "disc 80 mm diameter, 4 mm thick, with a 20 mm hole in the middle",
     lambda: Cylinder(40, 4) - Cylinder(10, 4), {}),
    ("e16", "spur gear, 24 teeth, module 1.5, 8 mm thick, 6 mm bore", gear_envelope,
     {"keys": ("extents", "genus"), "tol": {"extents_rel": 0.04}}),
    ("e17", "laser-cut outline: 150 x 100 mm rectangle with four 5 mm corner holes (DXF)", laser_outline,
     {"output_type": "2d_vector", "keys": ("extents2d",)}),
    ("e18", "strip 200 x 25 x 2 mm with 6 evenly spaced 5 mm holes", strip, {}),
    ("e19", "bar 3/4 inch diameter and 6 inches long", lambda: Cylinder(19.05 / 2, 152.4), {}),
    ("e20", "equilateral triangular prism, 50 mm sides, 30 mm long", triangular_prism, {}),
    ("e21", "plate 100 x 70 x 5 mm with a 2 x 3 grid of 6 mm holes", grid_plate, {}),
    ("e22", "plate 80 x 50 x 6 mm with two 6.6 mm holes, counterbored 11 mm diameter and 4 mm deep",
     counterbored_plate, {}),
    ("e23", "shaft 20 mm diameter, 100 mm long, with a 6 mm wide, 3.5 mm deep keyway 40 mm long at one end",
     keyed_shaft, {}),
    ("e24", "30 mm cube with a 10 mm hole drilled through the centre of every face", cross_drilled_cube, {}),
]
FOLDER = ("e03", "e08", "e13")  # also written as folder-form tasks with reference files


def expectation(shape: Shape, keys: tuple[str, ...]) -> dict:
    box = shape.bounding_box(optimal=True)
    found = {
        "extents": sorted(round(v, 3) for v in (box.size.X, box.size.Y, box.size.Z)),
        "volume": round(sum(s.volume for s in shape.solids()), 1),
        "genus": solid_holes(shape),
    }
    return {k: found[k] for k in keys}


def main() -> None:
    lines = []
    for case_id, prompt, build, options in CASES:
        row: dict = {"id": case_id, "prompt": prompt}
        if options.get("output_type"):
            row["output_type"] = options["output_type"]
        shape = build()
        if options.get("output_type") == "2d_vector":
            box = shape.bounding_box(optimal=True)
            row["expect"] = {"extents2d": sorted(round(v, 3) for v in (box.size.X, box.size.Y))}
        else:
            assert shape.is_valid, case_id
            row["expect"] = expectation(shape, options.get("keys", ("extents", "volume", "genus")))
            if case_id in FOLDER:
                task = HERE / "folder" / case_id
                task.mkdir(parents=True, exist_ok=True)
                (task / "prompt.txt").write_text(prompt + "\n", encoding="utf-8")
                if case_id == "e13":
                    export_stl(shape, str(task / "reference.stl"), tolerance=0.01)
                else:
                    export_step(shape, str(task / "reference.step"))
        if options.get("tol"):
            row["tol"] = options["tol"]
        lines.append(json.dumps(row))
    (HERE / "prompts.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(lines)} cases to {HERE / 'prompts.jsonl'}")


if __name__ == "__main__":
    main()

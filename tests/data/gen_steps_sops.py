# ruff: noqa
"""Builds tests/data/steps_sops.jsonl: 36 prose and numbered modelling steps read through the operation grammar.

Written for issue 15 (session 5, s-ops branch) before the reader was changed, in the voices of SolidWorks,
Fusion 360, FreeCAD and Onshape users (pad / pocket, extrude-cut, hole wizard, "sketch on the top face") and of
plain prose: holes located from edges, sides, ends and the centre, on centre lines, on pitch circles, at
coordinates from a sketch origin, in the corners, evenly spaced, in grids; counterbores and countersinks applied
to "each hole"; pockets, openings, slots and steps; shells with an open face; bosses on a face; fillets and
chamfers on chosen edges; L brackets and hexagon bars. Each reference is the part modelled by hand in build123d
from what the prompt says; expectations are measured the way `../shared/eval/check_prompts.py` measures a result.

Run from the project root: `python tests/data/gen_steps_sops.py` (rewrites the .jsonl).
"""

from __future__ import annotations

import json
import math
import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from build123d import (
    Align,
    Axis,
    Box,
    Cone,
    Cylinder,
    GeomType,
    Pos,
    Rot,
    RegularPolygon,
    SlotOverall,
    chamfer,
    export_stl,
    extrude,
    fillet,
    offset,
)

MINZ = (Align.CENTER, Align.CENTER, Align.MIN)
MIN3 = (Align.MIN, Align.MIN, Align.MIN)
IN = 25.4
CASES: list[tuple[str, str, Callable[[], object], str]] = []


def case(cid: str, prompt: str, style: str) -> Callable[[Callable[[], object]], Callable[[], object]]:
    def wrap(fn: Callable[[], object]) -> Callable[[], object]:
        text = prompt.strip()
        if style == "numbered":  # keep one step a line, as people type them
            text = "\n".join(" ".join(line.split()) for line in text.splitlines() if line.strip())
        else:
            text = " ".join(text.split())
        CASES.append((cid, text, fn, style))
        return fn
    return wrap


def hole(x: float, y: float, d: float, z0: float = -1, h: float = 400) -> object:
    return Pos(x, y, z0) * Cylinder(d / 2, h, align=MINZ)


def cbore(x: float, y: float, d: float, top: float, depth: float) -> object:
    return Pos(x, y, top - depth) * Cylinder(d / 2, depth + 1, align=MINZ)


def csink(x: float, y: float, d: float, dtop: float, top: float) -> object:
    h = (dtop - d) / 2  # 90 degree included angle
    return Pos(x, y, top - h) * Cone(d / 2, dtop / 2, h, align=MINZ) + Pos(x, y, top - 0.001) * Cylinder(dtop / 2, 1, align=MINZ)


def vertical_edges(s):
    return s.edges().filter_by(Axis.Z)


def top_outer_edges(s):
    top = s.faces().sort_by(Axis.Z)[-1]
    return top.outer_wire().edges()


def bottom_outer_edges(s):
    bot = s.faces().sort_by(Axis.Z)[0]
    return bot.outer_wire().edges()


# ---------------------------------------------------------------- numbered
@case("o01", """
1. Sketch a 100 x 60 mm rectangle on the Top Plane, centred on the origin.
2. Extrude Boss/Base 12 mm.
3. Hole Wizard: four 6.6 mm clearance holes, through all, 10 mm in from each edge.
4. Fillet the four vertical edges R5.
""", "numbered")
def o01():
    b = Box(100, 60, 12, align=MINZ)
    b = fillet(vertical_edges(b), 5)
    for x in (-40, 40):
        for y in (-20, 20):
            b -= hole(x, y, 6.6)
    return b


@case("o02", """
1. Sketch a circle of 80 mm diameter on the XY plane and pad it 10 mm.
2. Pocket a 30 mm diameter hole through all at the centre.
3. Add eight 6 mm holes evenly spaced on a 60 mm pitch circle.
""", "numbered")
def o02():
    b = Cylinder(40, 10, align=MINZ) - hole(0, 0, 30)
    for i in range(8):
        a = math.radians(45 * i)
        b -= hole(30 * math.cos(a), 30 * math.sin(a), 6)
    return b


@case("o03", """
1. Create a sketch on the XY plane: a rectangle 150 x 40 mm.
2. Extrude it 10 mm.
3. Hole: 8 mm diameter, through all, 20 mm from each end on the centreline.
""", "numbered")
def o03():
    b = Box(150, 40, 10, align=MINZ)
    for x in (-55, 55):
        b -= hole(x, 0, 8)
    return b


@case("o04", """
1. Draw a rectangle with one corner at the origin and the opposite corner at (120, 80).
2. Extrude it 15 mm.
3. Drill 10 mm holes through at (15, 15), (105, 15), (105, 65) and (15, 65).
4. Counterbore each hole 16 mm diameter, 6 mm deep.
""", "numbered")
def o04():
    b = Box(120, 80, 15, align=MIN3)
    for x, y in ((15, 15), (105, 15), (105, 65), (15, 65)):
        b -= Pos(0, 0, 0) * hole(x, y, 10)
        b -= cbore(x, y, 16, 15, 6)
    return b


@case("o05", """
1. Pad a 70 x 40 mm rectangle 20 mm.
2. On the top face, cut a slot 10 mm wide and 6 mm deep running the full length, centred across the width.
3. Fillet the outer vertical edges 3 mm.
""", "numbered")
def o05():
    b = Box(70, 40, 20, align=MINZ)
    b = fillet(vertical_edges(b), 3)
    return b - Pos(0, 0, 14) * Box(80, 10, 10, align=MINZ)


@case("o06", """
1. Sketch a circle, diameter 50, on the XY plane.
2. Extrude 30 mm.
3. Shell inward 3 mm, removing the top face.
""", "numbered")
def o06():
    c = Cylinder(25, 30, align=MINZ)
    return offset(c, amount=-3, openings=c.faces().sort_by(Axis.Z)[-1])


@case("o07", """
1. Base: 120 x 60 x 10 mm plate.
2. Holes: 4 x 8 mm through, 15 mm from the short edges and 10 mm from the long edges.
3. Countersink each hole 90 degrees, 16 mm diameter at the top face.
""", "numbered")
def o07():
    b = Box(120, 60, 10, align=MINZ)
    for x in (-45, 45):
        for y in (-20, 20):
            b -= hole(x, y, 8)
            b -= csink(x, y, 8, 16, 10)
    return b


@case("o08", """
1. Sketch a 100 mm x 50 mm rectangle and extrude it 20 mm.
2. On the top face, pocket a 30 mm circle 10 mm deep at the centre.
3. Drill two 6 mm through holes on the centreline, 60 mm apart.
""", "numbered")
def o08():
    b = Box(100, 50, 20, align=MINZ) - Pos(0, 0, 10) * Cylinder(15, 20, align=MINZ)
    for x in (-30, 30):
        b -= hole(x, 0, 6)
    return b


@case("o09", """
1. Rectangle 200 x 30, extrude 8 mm.
2. Drill five 6 mm holes through along the centreline, evenly spaced 40 mm apart.
""", "numbered")
def o09():
    b = Box(200, 30, 8, align=MINZ)
    for x in (-80, -40, 0, 40, 80):
        b -= hole(x, 0, 6)
    return b


@case("o10", """
1. Box 100 x 40 x 30 mm.
2. Extrude-cut a step 30 mm long and 15 mm deep off one end of the top face, across the full width.
""", "numbered")
def o10():
    return Box(100, 40, 30, align=MINZ) - Pos(35, 0, 15) * Box(30, 50, 20, align=MINZ)


@case("o11", """
1. Create a 50 mm cube.
2. Fillet all edges 3 mm.
""", "numbered")
def o11():
    b = Box(50, 50, 50, align=MINZ)
    return fillet(b.edges(), 3)


@case("o12", """
1. Sketch a rectangle 80 x 60 centred on the origin.
2. Extrude 10.
3. Drill 6 mm through holes at X = +/-30, Y = +/-20 from the centre.
4. Chamfer the four vertical edges 2 mm.
""", "numbered")
def o12():
    b = chamfer(vertical_edges(Box(80, 60, 10, align=MINZ)), 2)
    for x in (-30, 30):
        for y in (-20, 20):
            b -= hole(x, y, 6)
    return b


@case("o13", """
1. Extrude a 120 x 80 mm rectangle 25 mm.
2. Pocket a 100 x 60 mm rectangle 20 mm deep from the top face, centred.
""", "numbered")
def o13():
    return Box(120, 80, 25, align=MINZ) - Pos(0, 0, 5) * Box(100, 60, 30, align=MINZ)


@case("o14", """
1. Make a block 60 wide, 40 deep, 20 high.
2. Drill an 8 mm hole 12 mm deep into the centre of the top face.
""", "numbered")
def o14():
    return Box(60, 40, 20, align=MINZ) - Pos(0, 0, 8) * Cylinder(4, 20, align=MINZ)


@case("o15", """
1. Sketch a 40 mm x 40 mm square and pad it 60 mm to make a square post.
2. Drill a 16 mm hole 40 mm deep in the centre of the top face.
3. Chamfer the four top outside edges 2 mm.
""", "numbered")
def o15():
    b = Box(40, 40, 60, align=MINZ)
    b = chamfer(top_outer_edges(b), 2)
    return b - Pos(0, 0, 20) * Cylinder(8, 50, align=MINZ)


@case("o16", """
1. Draw a rectangle 90 x 60.
2. Extrude 12 mm.
3. Drill six 8 mm holes in two rows of three, 30 mm apart in X and 30 mm apart in Y, centred on the plate.
""", "numbered")
def o16():
    b = Box(90, 60, 12, align=MINZ)
    for x in (-30, 0, 30):
        for y in (-15, 15):
            b -= hole(x, y, 8)
    return b


@case("o17", """
1. Cylinder 40 mm diameter x 50 mm tall.
2. Counterbored hole through the centre: 10 mm through, counterbore 18 mm diameter x 8 mm deep from the top.
3. Chamfer the bottom outer edge 1 mm.
""", "numbered")
def o17():
    b = Cylinder(20, 50, align=MINZ)
    b = chamfer(bottom_outer_edges(b), 1)
    return b - hole(0, 0, 10) - cbore(0, 0, 18, 50, 8)


@case("o18", """
1. Sketch a rectangle 100 x 60 with its lower-left corner at the origin; pad 8 mm.
2. Drill a 10 mm through hole at (30, 30) and another at (70, 30).
""", "numbered")
def o18():
    b = Box(100, 60, 8, align=MIN3)
    for x in (30, 70):
        b -= hole(x, 30, 10)
    return b


@case("o19", """
1. Create a disc 100 mm in diameter and 10 mm thick.
2. Cut a 40 mm diameter hole through the centre.
3. Drill 6 holes of 8 mm on a 75 mm bolt circle.
4. Counterbore each of them 14 mm diameter, 4 mm deep.
""", "numbered")
def o19():
    b = Cylinder(50, 10, align=MINZ) - hole(0, 0, 40)
    for i in range(6):
        a = math.radians(60 * i)
        x, y = 37.5 * math.cos(a), 37.5 * math.sin(a)
        b -= hole(x, y, 8)
        b -= cbore(x, y, 14, 10, 4)
    return b


@case("o20", """
1. New sketch on the XY plane: a 60 mm diameter circle. Extrude 8 mm.
2. Sketch on the top face a 30 mm circle concentric with the first and extrude it up 12 mm (join).
3. Hole through both, 12 mm diameter, at the centre.
""", "numbered")
def o20():
    return Cylinder(30, 8, align=MINZ) + Pos(0, 0, 8) * Cylinder(15, 12, align=MINZ) - hole(0, 0, 12)


@case("o21", """
1. Make a solid box 80 mm (X) by 50 mm (Y) by 40 mm (Z).
2. Shell it to 4 mm walls with the top face open.
3. Fillet the four outside vertical edges with a 2 mm radius.
""", "numbered")
def o21():
    b = Box(80, 50, 40, align=MINZ)
    b = fillet(vertical_edges(b), 2)
    return offset(b, amount=-4, openings=b.faces().sort_by(Axis.Z)[-1])


@case("o22", """
1. Sketch a regular hexagon 22 mm across flats on the XY plane.
2. Pad it 40 mm.
3. Drill a 10 mm hole through the centre along the length.
""", "numbered")
def o22():
    hexa = extrude(RegularPolygon(11, 6, major_radius=False), 40)
    return hexa - hole(0, 0, 10)


@case("o23", """
1. Sketch a 90 x 50 rectangle on the Top plane and extrude 10 mm.
2. Cut a through slot 10 mm wide and 40 mm long overall with rounded ends, centred on the plate, along its length.
""", "numbered")
def o23():
    b = Box(90, 50, 10, align=MINZ)
    return b - Pos(0, 0, -1) * extrude(SlotOverall(40, 10), 20)


@case("o24", """
1. Base plate 160 x 100 x 10 mm.
2. Boss: on the top face, at the centre, a 50 mm diameter cylinder 25 mm tall.
3. Bore a 25 mm hole through the boss and the plate.
4. Drill four 9 mm holes, one in each corner, 12 mm from both edges.
""", "numbered")
def o24():
    b = Box(160, 100, 10, align=MINZ) + Pos(0, 0, 10) * Cylinder(25, 25, align=MINZ)
    b -= hole(0, 0, 25)
    for x in (-68, 68):
        for y in (-38, 38):
            b -= hole(x, y, 9)
    return b


# ---------------------------------------------------------------- prose
@case("o25", """Start with a block 80 mm long, 50 mm wide and 30 mm high. Cut a rectangular pocket 40 mm by 20 mm and
10 mm deep in the centre of the top face.""", "prose")
def o25():
    return Box(80, 50, 30, align=MINZ) - Pos(0, 0, 20) * Box(40, 20, 20, align=MINZ)


@case("o26", """Make a 60 mm cube and shell it to a 4 mm wall, leaving the top face open.""", "prose")
def o26():
    b = Box(60, 60, 60, align=MINZ)
    return offset(b, amount=-4, openings=b.faces().sort_by(Axis.Z)[-1])


@case("o27", """Create a plate 90 mm by 90 mm, 8 mm thick, with a 50 mm square cut-out through the middle.""", "prose")
def o27():
    return Box(90, 90, 8, align=MINZ) - Pos(0, 0, -1) * Box(50, 50, 20, align=MINZ)


@case("o28", """An L bracket bent from 6 mm plate, 40 mm wide: the base leg is 80 mm long and the upright leg is 50 mm
tall, both measured on the outside.""", "prose")
def o28():
    return Box(80, 40, 6, align=MIN3) + Box(6, 40, 50, align=MIN3)


@case("o29", """Make a base plate 80 x 80 x 10 mm. On the top face, in the centre, add a cylindrical boss 40 mm in
diameter and 20 mm tall, then drill a 20 mm hole through the boss and the plate.""", "prose")
def o29():
    return Box(80, 80, 10, align=MINZ) + Pos(0, 0, 10) * Cylinder(20, 20, align=MINZ) - hole(0, 0, 20)


@case("o30", """Begin with a cylinder 60 mm across and 20 mm high. Cut a 10 mm wide slot, 5 mm deep, straight across
the top face through the centre.""", "prose")
def o30():
    return Cylinder(30, 20, align=MINZ) - Pos(0, 0, 15) * Box(80, 10, 10, align=MINZ)


@case("o31", """Make a plate 100 mm x 80 mm x 6 mm with four 5 mm holes in the corners, 8 mm in from the edges, and a
40 mm diameter hole in the centre.""", "prose")
def o31():
    b = Box(100, 80, 6, align=MINZ) - hole(0, 0, 40)
    for x in (-42, 42):
        for y in (-32, 32):
            b -= hole(x, y, 5)
    return b


@case("o32", """A square flange 100 x 100 x 12 mm has a 50 mm central bore and four 11 mm bolt holes on an 80 mm
PCD, set at 45 degrees so they sit towards the corners.""", "prose")
def o32():
    b = Box(100, 100, 12, align=MINZ) - hole(0, 0, 50)
    for i in range(4):
        a = math.radians(45 + 90 * i)
        b -= hole(40 * math.cos(a), 40 * math.sin(a), 11)
    return b


@case("o33", """A 160 x 90 x 12 mm mounting plate has four 10.5 mm holes whose centres are 20 mm from the 90 mm ends
and 15 mm from the 160 mm sides.""", "prose")
def o33():
    b = Box(160, 90, 12, align=MINZ)
    for x in (-60, 60):
        for y in (-30, 30):
            b -= hole(x, y, 10.5)
    return b


@case("o34", """Model a plate 150 by 100 by 10 mm. Round off its four corners with a 15 mm radius, then cut a 60 by
40 mm rectangular hole through the centre.""", "prose")
def o34():
    b = fillet(vertical_edges(Box(150, 100, 10, align=MINZ)), 15)
    return b - Pos(0, 0, -1) * Box(60, 40, 20, align=MINZ)


@case("o35", """Take a block 120 mm long, 60 mm wide and 40 mm high and hollow it out with 5 mm walls, leaving the
bottom face open.""", "prose")
def o35():
    b = Box(120, 60, 40, align=MINZ)
    return offset(b, amount=-5, openings=b.faces().sort_by(Axis.Z)[0])


@case("o36", """Make a round bar 30 mm in diameter and 100 mm long lying along X. Drill a 10 mm cross hole through it,
15 mm from one end, at right angles to the axis.""", "prose")
def o36():
    bar = Rot(0, 90, 0) * Cylinder(15, 100)
    return bar - Pos(35, 0, 0) * Cylinder(5, 60)


@case("o37", """A hexagon nut blank 19 mm across the flats and 10 mm thick, with a 12 mm hole straight through its
centre.""", "prose")
def o37():
    return extrude(RegularPolygon(9.5, 6, major_radius=False), 10) - hole(0, 0, 12)


@case("o38", """Draw a 70 mm square and extrude it 15 mm. On the top face sketch a 40 mm circle at the centre and
extrude-cut it 6 mm deep. Drill four 6 mm holes through the block at the corners of a 54 mm square centred on
the part.""", "prose")
def o38():
    b = Box(70, 70, 15, align=MINZ) - Pos(0, 0, 9) * Cylinder(20, 10, align=MINZ)
    for x in (-27, 27):
        for y in (-27, 27):
            b -= hole(x, y, 6)
    return b


@case("o39", """Create a 4 x 2 x 0.5 inch block with a 1/2 inch hole through its centre and the four vertical edges
rounded to a 1/4 inch radius.""", "prose")
def o39():
    b = fillet(vertical_edges(Box(4 * IN, 2 * IN, 0.5 * IN, align=MINZ)), 0.25 * IN)
    return b - hole(0, 0, 0.5 * IN)


@case("o40", """Model a rectangular plate 140 x 70 x 10 mm. Put a 12 mm hole on the centreline 25 mm from the left
edge and mirror it to the right side about the middle of the plate.""", "prose")
def o40():
    b = Box(140, 70, 10, align=MINZ)
    for x in (-45, 45):
        b -= hole(x, 0, 12)
    return b


def measure(shape) -> dict:
    import trimesh
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "p.stl")
        export_stl(shape, path, tolerance=0.01, angular_tolerance=0.1)
        m = trimesh.load(path, force="mesh")
    ext = sorted(round(float(x), 3) for x in m.extents)
    out = {"extents": ext, "volume": round(float(shape.volume), 2)}
    if m.is_watertight:
        out["genus"] = round((2 - m.euler_number) / 2)
    return out


def main() -> None:
    out = Path(__file__).with_name("steps_sops.jsonl")
    rows = []
    for cid, prompt, fn, style in CASES:
        shape = fn()
        rows.append({"id": cid, "prompt": prompt, "expect": measure(shape), "style": style})
    out.write_text("".join(json.dumps(r) + "\n" for r in rows))
    print(f"wrote {len(rows)} cases to {out}")


if __name__ == "__main__":
    main()

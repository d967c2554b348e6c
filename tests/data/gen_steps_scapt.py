# ruff: noqa
"""Builds tests/data/steps_scapt.jsonl: 36 caption-style and Text2CAD beginner/intermediate descriptions.

Written for the s-capt branch (issue 15, session 5) before reading the caption reader: CADPrompt /
DeepCAD captions of a finished object ("The object is a ... The prism measures ... The hole has a
diameter of ..."), in several writers' voices, and Text2CAD beginner / intermediate prose ("Create a
rectangular plate with two circular holes. The plate has a length of 0.75 units ..."), in mm and in
normalised units (kept as given, no conversion). Each reference is modelled here in build123d from
what the prompt says; expectations are measured the way `../shared/eval/check_prompts.py` measures a
result (sorted extents, volume, genus from the mesh).

Run from the project root: `python tests/data/gen_steps_scapt.py` (rewrites the .jsonl).
"""

import json
import math
import os
import tempfile
from pathlib import Path

from build123d import *

MINZ = (Align.CENTER, Align.CENTER, Align.MIN)
CASES = []


def case(cid, style, prompt):
    def wrap(fn):
        CASES.append((cid, style, " ".join(prompt.split()), fn))
        return fn
    return wrap


def holes(part, pts, d, depth, top):
    for x, y in pts:
        part -= Pos(x, y, top - depth) * Cylinder(d / 2, depth, align=MINZ)
    return part


def plate(l, w, t):
    return Box(l, w, t, align=MINZ)


# ------------------------------------------------------------------ captions, mm
@case("c01", "caption", """The object is a flat rectangular plate with four mounting holes, one near each corner.
The plate is 80 mm long, 50 mm wide and 6 mm thick. Each hole is 5 mm in diameter and its centre is 8 mm in from
the two nearest edges.""")
def c01():
    return holes(plate(80, 50, 6), [(sx * 32, sy * 17) for sx in (-1, 1) for sy in (-1, 1)], 5, 6, 6)


@case("c02", "caption", """The object is a rectangular block with a round hole drilled through the middle.
The block measures 60 mm x 40 mm x 20 mm. The hole is 10 mm across and goes all the way through the 20 mm
thickness.""")
def c02():
    return holes(plate(60, 40, 20), [(0, 0)], 10, 20, 20)


@case("c03", "caption", """The object is a cylindrical pin with a wider head at one end. The pin body has a
diameter of 8 mm and the overall length is 40 mm. The head is 14 mm in diameter and 4 mm tall.""")
def c03():
    return Cylinder(4, 40, align=MINZ) + Cylinder(7, 4, align=MINZ)


@case("c04", "caption", """The object is a cylindrical bushing with a through bore. The bushing has an outside
diameter of 25 mm and is 30 mm long; the bore is 16 mm in diameter.""")
def c04():
    return Cylinder(12.5, 30, align=MINZ) - Cylinder(8, 30, align=MINZ)


@case("c05", "caption", """The object is a flanged bushing: a cylindrical sleeve with a thin flange at one end.
The sleeve has an outer diameter of 20 mm and a length of 25 mm including the flange. The flange is 32 mm in
diameter and 3 mm thick. A 12 mm bore runs through the whole part.""")
def c05():
    return Cylinder(10, 25, align=MINZ) + Cylinder(16, 3, align=MINZ) - Cylinder(6, 25, align=MINZ)


@case("c06", "caption", """The object is an L-shaped bracket made of two perpendicular plates of equal thickness.
The horizontal leg is 50 mm long and the vertical leg is 40 mm tall; both legs are 30 mm wide and 5 mm thick.""")
def c06():
    return Box(50, 30, 5, align=(Align.MIN, Align.CENTER, Align.MIN)) + Box(5, 30, 40, align=(Align.MIN, Align.CENTER, Align.MIN))


@case("c07", "caption", """The object is a U-shaped block with a rectangular channel cut into its top. The block
is 60 mm wide, 40 mm tall and 30 mm deep. The channel is 30 mm wide and 25 mm deep, centred between the two
uprights and running through the full depth.""")
def c07():
    return Box(60, 30, 40, align=MINZ) - Pos(0, 0, 15) * Box(30, 30, 25, align=MINZ)


@case("c08", "caption", """The object is a T-shaped block. The crossbar at the top is 80 mm wide and 20 mm high,
the stem below it is 30 mm wide and 50 mm high, and the whole block is 25 mm thick.""")
def c08():
    return Box(30, 25, 50, align=MINZ) + Pos(0, 0, 50) * Box(80, 25, 20, align=MINZ)


@case("c09", "caption", """The object is a conical frustum with a cylindrical hole along its axis. The base
diameter is 50 mm, the top diameter is 30 mm and it stands 40 mm tall. The central hole is 10 mm in diameter
and goes through from top to bottom.""")
def c09():
    return Cone(25, 15, 40, align=MINZ) - Cylinder(5, 40, align=MINZ)


@case("c10", "caption", """The object is a cylindrical peg with a rounded hemispherical end. It is 10 mm in
diameter and 35 mm long in total, including the dome.""")
def c10():
    return Cylinder(5, 30, align=MINZ) + Pos(0, 0, 30) * Sphere(5) & Box(20, 20, 35, align=MINZ)


@case("c11", "caption", """The object is a 40 mm cube with a cubic notch cut out of one corner. The notch
measures 15 mm along each side.""")
def c11():
    return Box(40, 40, 40, align=MINZ) - Pos(12.5, 12.5, 25) * Box(15, 15, 15, align=MINZ)


@case("c12", "caption", """The object is a rectangular plate with rounded corners and a rectangular window in the
middle. The plate is 100 mm by 60 mm and 3 mm thick, with a corner radius of 8 mm. The window is 40 mm long and
20 mm wide and goes right through the plate.""")
def c12():
    p = extrude(RectangleRounded(100, 60, 8), 3)
    return p - Box(40, 20, 3, align=MINZ)


@case("c13", "caption", """The object is a round flange with a raised boss in the middle. The flange is 80 mm
across and 10 mm thick. The boss is 40 mm in diameter and stands 15 mm proud of the flange face. Four 8 mm
holes are evenly spaced on a 60 mm pitch circle, and a 20 mm bore passes through the boss and the flange.""")
def c13():
    p = Cylinder(40, 10, align=MINZ) + Cylinder(20, 25, align=MINZ) - Cylinder(10, 25, align=MINZ)
    return holes(p, [(30 * math.cos(a * math.pi / 2), 30 * math.sin(a * math.pi / 2)) for a in range(4)], 8, 10, 10)


@case("c14", "caption", """The object is a stepped cylindrical shaft made of two sections on a common axis. The
larger section is 30 mm in diameter and 20 mm long, and the smaller section is 18 mm in diameter and 35 mm
long.""")
def c14():
    return Cylinder(15, 20, align=MINZ) + Pos(0, 0, 20) * Cylinder(9, 35, align=MINZ)


@case("c15", "caption", """The object is a rectangular plate with an elongated slot through its centre. The plate
is 70 mm long, 40 mm wide and 5 mm thick. The slot is 30 mm long and 8 mm wide with rounded ends, and runs along
the length of the plate.""")
def c15():
    return plate(70, 40, 5) - extrude(SlotOverall(30, 8), 5)


@case("c16", "caption", """The object is a rectangular block with chamfered top edges. The block is 50 mm long,
30 mm wide and 20 mm high, and the four top edges carry a 3 mm chamfer.""")
def c16():
    b = plate(50, 30, 20)
    return chamfer(b.edges().group_by(Axis.Z)[-1], 3)


@case("c17", "caption", """The object is a square block with rounded vertical edges. It measures 40 mm by 40 mm
and is 15 mm high, and each vertical edge is filleted with a 5 mm radius.""")
def c17():
    b = plate(40, 40, 15)
    return fillet(b.edges().filter_by(Axis.Z), 5)


@case("c18", "caption", """The object is a solid cylinder with a blind hole in its top face. The cylinder is 30 mm
in diameter and 40 mm tall. The hole is 10 mm in diameter and 25 mm deep, on the axis.""")
def c18():
    return Cylinder(15, 40, align=MINZ) - Pos(0, 0, 15) * Cylinder(5, 25, align=MINZ)


@case("c19", "caption", """The object is a rectangular block with a step cut along one long edge of its top face.
The block is 60 mm long, 40 mm wide and 30 mm high. The step is 15 mm wide and 10 mm deep and runs the full
length of the block.""")
def c19():
    return plate(60, 40, 30) - Pos(0, 12.5, 20) * Box(60, 15, 10, align=MINZ)


@case("c20", "caption", """The object is a circular disc with a smaller cylindrical boss on its top face. The disc
has a diameter of 60 mm and a thickness of 8 mm. The boss is centred on the disc, 20 mm in diameter and 12 mm
tall.""")
def c20():
    return Cylinder(30, 8, align=MINZ) + Pos(0, 0, 8) * Cylinder(10, 12, align=MINZ)


@case("c21", "caption", """The object is a square hollow tube. Its outer cross-section is 40 mm by 40 mm, the wall
is 3 mm thick and the tube is 100 mm long.""")
def c21():
    return Box(40, 40, 100, align=MINZ) - Box(34, 34, 100, align=MINZ)


@case("c22", "caption", """The object is a hexagonal prism with a circular hole through its centre. The hexagon
measures 24 mm across the flats and the prism is 10 mm thick. The hole is 12 mm in diameter.""")
def c22():
    hexa = extrude(RegularPolygon(12 / math.cos(math.pi / 6), 6), 10)
    return hexa - Cylinder(6, 10, align=MINZ)


@case("c23", "caption", """The object is a pipe with a flange at one end. The pipe has an outer diameter of 40 mm,
an inner diameter of 32 mm and is 60 mm long overall. The flange at the bottom is 70 mm in diameter and 6 mm
thick, and the bore continues through it.""")
def c23():
    return Cylinder(20, 60, align=MINZ) + Cylinder(35, 6, align=MINZ) - Cylinder(16, 60, align=MINZ)


@case("c24", "caption", """The object is a cylindrical shaft with a collar near one end. The shaft is 16 mm in
diameter and 90 mm long. The collar is 26 mm in diameter and 8 mm wide, and it sits flush with one end of the
shaft.""")
def c24():
    return Cylinder(8, 90, align=MINZ) + Cylinder(13, 8, align=MINZ)


@case("c25", "caption", """The object is a rectangular base plate with a cylindrical boss rising from the centre
of its top face. The plate measures 60 mm long, 60 mm wide and 8 mm thick. The boss has a diameter of 24 mm and
a height of 16 mm above the plate, and a 10 mm hole runs through the boss and the plate.""")
def c25():
    return plate(60, 60, 8) + Cylinder(12, 24, align=MINZ) - Cylinder(5, 24, align=MINZ)


# ------------------------------------------------------------------ captions, normalised units
@case("c26", "caption", """The object is a cube with a circular hole passing through two opposite faces. The cube
has a side length of 0.6 units and the hole has a diameter of 0.3 units.""")
def c26():
    return Box(0.6, 0.6, 0.6) - Cylinder(0.15, 0.6)


@case("c27", "caption", """The object is a cylinder topped by a hemispherical dome. The cylinder has a radius of
0.25 and a height of 0.5, not counting the dome.""")
def c27():
    return Cylinder(0.25, 0.5, align=MINZ) + Pos(0, 0, 0.5) * Sphere(0.25) & Box(1, 1, 0.75, align=MINZ)


@case("c28", "caption", """The object is a square plate with rounded corners and a circular hole in the middle.
The plate has sides of 0.75 units, a thickness of 0.1 units and a corner radius of 0.1 units. The hole has a
radius of 0.15 units.""")
def c28():
    return extrude(RectangleRounded(0.75, 0.75, 0.1), 0.1) - Cylinder(0.15, 0.1, align=MINZ)


# ------------------------------------------------------------------ Text2CAD beginner / intermediate
@case("t01", "t2c-prose", """Create a rectangular plate with two circular holes. The plate has a length of 0.75
units, a width of 0.5 units and a thickness of 0.075 units. The holes have a radius of 0.05 and are centred 0.15
units from each short edge.""")
def t01():
    return holes(plate(0.75, 0.5, 0.075), [(-0.225, 0), (0.225, 0)], 0.1, 0.075, 0.075)


@case("t02", "t2c-prose", """Create a cylinder with a height of 0.25 and a diameter of 0.75.""")
def t02():
    return Cylinder(0.375, 0.25)


@case("t03", "t2c-prose", """Construct a ring-shaped washer. The washer has an outer diameter of 0.75, an inner
diameter of 0.4 and a thickness of 0.1.""")
def t03():
    return Cylinder(0.375, 0.1) - Cylinder(0.2, 0.1)


@case("t04", "t2c-prose", """Create a rectangular block with a cylindrical hole in the center. The block measures
0.75 in length, 0.45 in width and 0.3 in height. The hole has a diameter of 0.2 and runs through the height of
the block.""")
def t04():
    return holes(plate(0.75, 0.45, 0.3), [(0, 0)], 0.2, 0.3, 0.3)


@case("t05", "t2c-prose", """Construct an L-shaped part. The base is 0.75 units long and 0.25 units tall, and the
vertical section rising from one end is 0.25 units wide and 0.5 units tall above the base. The part is 0.375
units deep.""")
def t05():
    return Box(0.75, 0.375, 0.25, align=(Align.MIN, Align.CENTER, Align.MIN)) + Pos(0, 0, 0.25) * Box(0.25, 0.375, 0.5, align=(Align.MIN, Align.CENTER, Align.MIN))


@case("t06", "t2c-prose", """Create a cylindrical object with a hollow center. The cylinder has an outer diameter
of 0.5, an inner diameter of 0.3 and a height of 0.75.""")
def t06():
    return Cylinder(0.25, 0.75) - Cylinder(0.15, 0.75)


@case("t07", "t2c-prose", """Create a rectangular bar with three holes in a row. The bar is 90 mm long, 20 mm wide
and 6 mm thick. The holes are 6 mm in diameter and spaced 30 mm apart along the centre line.""")
def t07():
    return holes(plate(90, 20, 6), [(-30, 0), (0, 0), (30, 0)], 6, 6, 6)


@case("t08", "t2c-prose", """Design a rectangular block with a rectangular pocket on its top face. The block is
80 mm long, 60 mm wide and 25 mm high. The pocket is 50 mm long, 30 mm wide and 10 mm deep and sits in the centre
of the top face.""")
def t08():
    return plate(80, 60, 25) - Pos(0, 0, 15) * Box(50, 30, 10, align=MINZ)


@case("t09", "t2c-prose", """Create a square plate with a hole in each corner. The plate is 50 mm on each side and
4 mm thick. The four holes have a diameter of 4 mm and are positioned 6 mm from each edge.""")
def t09():
    return holes(plate(50, 50, 4), [(sx * 19, sy * 19) for sx in (-1, 1) for sy in (-1, 1)], 4, 4, 4)


@case("t10", "t2c-prose", """Construct a cylindrical shaft with a larger cylindrical head. The shaft has a
diameter of 0.2 and a length of 0.6. The head has a diameter of 0.35 and a height of 0.15 and is attached to the
top of the shaft.""")
def t10():
    return Cylinder(0.1, 0.6, align=MINZ) + Pos(0, 0, 0.6) * Cylinder(0.175, 0.15, align=MINZ)


@case("t11", "t2c-prose", """Create a rectangular block with rounded edges. The block is 60 mm long, 40 mm wide and
20 mm tall, and all of its edges are rounded with a 2 mm fillet.""")
def t11():
    return fillet(plate(60, 40, 20).edges(), 2)


@case("t12", "t2c-prose", """Make a circular plate with a central hole and six smaller holes around it. The plate
has a diameter of 120 mm and a thickness of 10 mm. The central hole is 40 mm in diameter; the six holes are 10
mm in diameter and equally spaced on a circle of 90 mm diameter.""")
def t12():
    p = Cylinder(60, 10, align=MINZ) - Cylinder(20, 10, align=MINZ)
    return holes(p, [(45 * math.cos(a * math.pi / 3), 45 * math.sin(a * math.pi / 3)) for a in range(6)], 10, 10, 10)


def _sig(v):
    return float(f"{v:.6g}")


def measure(shape):
    import trimesh
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "p.stl")
        bb = shape.bounding_box()
        tol = max(1e-4, 0.0005 * max(bb.size.X, bb.size.Y, bb.size.Z))
        export_stl(shape, path, tolerance=tol, angular_tolerance=0.1)
        m = trimesh.load(path, force="mesh")
    if not m.is_watertight:
        bb = shape.bounding_box().size
        return {"extents": sorted(_sig(v) for v in (bb.X, bb.Y, bb.Z)), "volume": _sig(float(shape.volume)), "genus": 0}
    ext = sorted(_sig(float(x)) for x in m.extents)
    return {"extents": ext, "volume": _sig(float(shape.volume)), "genus": round((2 - m.euler_number) / 2)}


def main():
    out = Path(__file__).with_name("steps_scapt.jsonl")
    rows = []
    for cid, style, prompt, fn in CASES:
        rows.append({"id": cid, "style": style, "prompt": prompt, "expect": measure(fn())})
    out.write_text("".join(json.dumps(r) + "\n" for r in rows))
    print(f"wrote {len(rows)} cases to {out}")


if __name__ == "__main__":
    main()

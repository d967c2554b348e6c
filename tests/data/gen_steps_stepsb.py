"""Builds tests/data/steps_stepsb.jsonl: 30 descriptions in the public benchmarks' styles, exact references.

Written for the stepsb branch before any change to the reader: Text2CAD expert sequences in
normalised units (coordinate systems with Euler angles and translations, arcs through a mid point,
sketch scale, two-way extrusions, join and cut parts), Text2CAD intermediate / beginner prose,
CADPrompt / DeepCAD captions that describe the final shape ("The object is ..."), and revolve /
loft / sweep prose. Each reference is modelled here in build123d from what the prompt says;
expectations are measured the way `../shared/eval/check_prompts.py` measures a result (sorted
extents, volume, genus from the mesh).

Conventions, as the Text2CAD data defines them (CadSeqProc's CoordinateSystem): the Euler angles
[a, b, c] are scipy's extrinsic "zyx" angles of the matrix whose rows are the sketch plane's x, y
and z axes; the sketch's normal is its z axis. A part that states its final dimensions and whose
unscaled sketch already has them (the dataset writes the sketch size as "sketch scale") is built
unscaled; otherwise the sketch is scaled about its origin.

Run from the project root: `python tests/data/gen_steps_stepsb.py` (rewrites the .jsonl).
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from build123d import (
    Align,
    Axis,
    Box,
    BuildLine,
    BuildSketch,
    Circle,
    Cone,
    Cylinder,
    Line,
    Locations,
    Mode,
    Plane,
    Polygon,
    Pos,
    Rectangle,
    RectangleRounded,
    Sphere,
    ThreePointArc,
    Torus,
    export_stl,
    extrude,
    loft,
    make_face,
    revolve,
    sweep,
)
from scipy.spatial.transform import Rotation

MINZ = (Align.CENTER, Align.CENTER, Align.MIN)
CASES: list[tuple[str, str, Callable[[], object], str]] = []


def case(cid: str, prompt: str, style: str) -> Callable[[Callable[[], object]], Callable[[], object]]:
    def wrap(fn: Callable[[], object]) -> Callable[[], object]:
        CASES.append((cid, " ".join(prompt.split()), fn, style))
        return fn
    return wrap


def t2c_plane(euler: tuple[float, float, float], origin: tuple[float, float, float]) -> Plane:
    rows = Rotation.from_euler("zyx", euler, degrees=True).as_matrix()
    return Plane(origin=origin, x_dir=tuple(rows[0]), z_dir=tuple(rows[2]))


def t2c_extrude(plane: Plane, face, towards: float, opposite: float):
    face = plane * face
    parts = []
    if towards:
        parts.append(extrude(face, towards, dir=plane.z_dir))
    if opposite:
        parts.append(extrude(face, opposite, dir=-plane.z_dir))
    out = parts[0]
    for p in parts[1:]:
        out += p
    return out


def rect(x0: float, y0: float, x1: float, y1: float):
    return Polygon((x0, y0), (x1, y0), (x1, y1), (x0, y1), align=None)


# ---------------------------------------------------------------- Text2CAD expert (normalised units)
@case("b001", """Part 1: Construct the base plate of an angle bracket. Create a new coordinate system with Euler angles
[0.0, 0.0, 0.0] and translation vector [0.0, 0.0, 0.0]. Draw a 2D sketch on face 1. In loop 1 draw four lines:
line 1 from (0.0, 0.0) to (0.6, 0.0), line 2 from (0.6, 0.0) to (0.6, 0.4), line 3 from (0.6, 0.4) to (0.0, 0.4)
and line 4 from (0.0, 0.4) to (0.0, 0.0). Scale the sketch by 0.6. Transform the sketch with the coordinate
system's Euler angles and translation. Extrude 0.05 units towards the normal and 0.0 units in the opposite
direction, creating a new solid body. The final dimensions of this part are length 0.6, width 0.4 and height 0.05.
Part 2: Construct the upright wall. Create a new coordinate system with Euler angles [0.0, 0.0, -90.0] and
translation vector [0.0, 0.05, 0.05]. On face 1, loop 1 draw line 1 from (0.0, 0.0) to (0.6, 0.0), line 2 from
(0.6, 0.0) to (0.6, 0.3), line 3 from (0.6, 0.3) to (0.0, 0.3) and line 4 from (0.0, 0.3) to (0.0, 0.0). Scale the
sketch by 0.6. Transform it with the Euler angles and translation vector of part 2. Extrude 0.05 units towards the
normal and 0.0 units opposite, and join it to the base. The final dimensions of this part are length 0.6, width
0.3 and height 0.05.""", "t2c")
def b001():
    p1 = t2c_extrude(t2c_plane((0, 0, 0), (0, 0, 0)), rect(0, 0, 0.6, 0.4), 0.05, 0)
    p2 = t2c_extrude(t2c_plane((0, 0, -90), (0, 0.05, 0.05)), rect(0, 0, 0.6, 0.3), 0.05, 0)
    return p1 + p2


@case("b002", """Part 1: Angle profile extrusion. Coordinate system: Euler angles [-90.0, 0.0, -90.0], translation vector
[0.0, 0.0, 0.0]. Sketch on face 1, loop 1 (six lines): line 1 from (0.0, 0.0) to (0.8, 0.0); line 2 from (0.8, 0.0)
to (0.8, 0.1); line 3 from (0.8, 0.1) to (0.1, 0.1); line 4 from (0.1, 0.1) to (0.1, 0.8); line 5 from (0.1, 0.8) to
(0.0, 0.8); line 6 from (0.0, 0.8) to (0.0, 0.0). Sketch scale: 0.5. Transform the sketch into 3D with the Euler
angles and translation vector of the coordinate system. Extrude depth towards normal: 0.6. Extrude depth opposite
normal: 0.0. Operation: new solid body.""", "t2c")
def b002():
    pts = [(0, 0), (0.8, 0), (0.8, 0.1), (0.1, 0.1), (0.1, 0.8), (0, 0.8)]
    face = Polygon(*[(x * 0.5, y * 0.5) for x, y in pts], align=None)
    return t2c_extrude(t2c_plane((-90, 0, -90), (0, 0, 0)), face, 0.6, 0)


@case("b003", """Part 1: Create a new coordinate system with Euler angles [0.0, 0.0, 0.0] and translation vector
[0.0, 0.0, 0.0]. On face 1, loop 1, draw a rectangle with line 1 from (0.0, 0.0) to (0.5, 0.0), line 2 from
(0.5, 0.0) to (0.5, 0.5), line 3 from (0.5, 0.5) to (0.0, 0.5) and line 4 from (0.0, 0.5) to (0.0, 0.0). Apply a
sketch scale of 0.5. Extrude the sketch 0.25 units along the normal and 0.0 units in the opposite direction to
create a new solid body. The final dimensions are length 0.5, width 0.5 and height 0.25.
Part 2: Create a new coordinate system with Euler angles [-90.0, 0.0, -90.0] and translation vector
[0.0, 0.0, 0.0]. On face 1, loop 1, draw a circle with center (0.25, 0.125) and radius 0.05. Apply a sketch scale of
1.0. Extrude 0.5 units along the normal and 0.0 units opposite, cutting material from the existing body to make a
cross hole through the block.""", "t2c")
def b003():
    p1 = t2c_extrude(t2c_plane((0, 0, 0), (0, 0, 0)), rect(0, 0, 0.5, 0.5), 0.25, 0)
    p2 = t2c_extrude(t2c_plane((-90, 0, -90), (0, 0, 0)), Pos(0.25, 0.125) * Circle(0.05), 0.5, 0)
    return p1 - p2


@case("b004", """Create a link plate. Begin by creating a new coordinate system with Euler angles set to zero and the
translation vector set to zero. Draw a two-dimensional sketch on the first face. In the first loop, draw a line
from (0.2, 0.0) to (0.8, 0.0), then an arc starting at (0.8, 0.0), with its midpoint at (1.0, 0.2), and ending at
(0.8, 0.4), then a line from (0.8, 0.4) to (0.2, 0.4), and finally an arc starting at (0.2, 0.4), with its midpoint
at (0.0, 0.2), and ending at (0.2, 0.0). In the second loop, draw a circle centred at (0.2, 0.2) with a radius of
0.08. In the third loop, draw a circle centred at (0.8, 0.2) with a radius of 0.08. Apply a scale factor of 0.5 to
the entire two-dimensional sketch. Extrude the sketch 0.04 units in the direction of the normal and 0.04 units in
the opposite direction to create a new solid body.""", "t2c")
def b004():
    k = 0.5
    with BuildSketch() as s:
        with BuildLine():
            Line((0.2 * k, 0), (0.8 * k, 0))
            ThreePointArc((0.8 * k, 0), (1.0 * k, 0.2 * k), (0.8 * k, 0.4 * k))
            Line((0.8 * k, 0.4 * k), (0.2 * k, 0.4 * k))
            ThreePointArc((0.2 * k, 0.4 * k), (0.0, 0.2 * k), (0.2 * k, 0))
        make_face()
        with Locations((0.2 * k, 0.2 * k), (0.8 * k, 0.2 * k)):
            Circle(0.08 * k, mode=Mode.SUBTRACT)
    return t2c_extrude(t2c_plane((0, 0, 0), (0, 0, 0)), s.sketch, 0.04, 0.04)


@case("b005", """Part 1: Construct a thick washer. Create a new coordinate system with Euler angles of 0.0, 0.0 and -90.0
degrees and a translation vector of 0.0, 0.1, 0.0. Draw the first face: loop 1 is a circle centred at (0.3, 0.3)
with a radius of 0.3; loop 2 is a concentric circle centred at (0.3, 0.3) with a radius of 0.12. Scale the sketch by
a factor of 0.75. Extrude 0.1 towards the normal and 0.1 in the opposite direction of the normal to create a new
solid body. The final dimensions of the washer are 0.45 in length, 0.45 in width and 0.2 in height.""", "t2c")
def b005():
    face = Pos(0.225, 0.225) * Circle(0.225) - Pos(0.225, 0.225) * Circle(0.09)
    return t2c_extrude(t2c_plane((0, 0, -90), (0, 0.1, 0)), face, 0.1, 0.1)


@case("b006", """The model has three parts. Part 1: base disc. Create a coordinate system with Euler angles [0.0, 0.0, 0.0]
and translation [0.0, 0.0, 0.0]. On face 1, loop 1, draw a circle with center (0.375, 0.375) and radius 0.375. Sketch
scale 0.75. Extrude 0.1 towards the normal and 0.0 opposite the normal, new body. The base measures 0.75 by 0.75 by
0.1.
Part 2: boss. Create a coordinate system with Euler angles [0.0, 0.0, 0.0] and translation [0.225, 0.225, 0.1]. On
face 1, loop 1, draw a circle with center (0.15, 0.15) and radius 0.15. Sketch scale 0.3. Extrude 0.2 towards the
normal and 0.0 opposite, joining the boss to the base. The boss measures 0.3 by 0.3 by 0.2.
Part 3: centre hole. Create a coordinate system with Euler angles [0.0, 0.0, 0.0] and translation
[0.325, 0.325, 0.3]. On face 1, loop 1, draw a circle with center (0.05, 0.05) and radius 0.05. Sketch scale 0.1.
Extrude 0.0 towards the normal and 0.3 in the opposite direction, removing material from the part. The hole
measures 0.1 by 0.1 by 0.3.""", "t2c")
def b006():
    z = t2c_plane((0, 0, 0), (0, 0, 0))
    p = t2c_extrude(z, Pos(0.375, 0.375) * Circle(0.375), 0.1, 0)
    p += t2c_extrude(t2c_plane((0, 0, 0), (0.225, 0.225, 0.1)), Pos(0.15, 0.15) * Circle(0.15), 0.2, 0)
    p -= t2c_extrude(t2c_plane((0, 0, 0), (0.325, 0.325, 0.3)), Pos(0.05, 0.05) * Circle(0.05), 0, 0.3)
    return p


@case("b007", """Part 1: Create a new coordinate system with Euler angles [0.0, 0.0, 0.0] and translation vector
[0.0, 0.0, 0.0]. Draw a rectangle on face 1, loop 1, from (0.0, 0.0) to (0.75, 0.0) to (0.75, 0.3) to (0.0, 0.3) and
back to (0.0, 0.0). Apply a sketch scale of 0.75. Extrude the sketch 0.05 units towards the normal, 0.0 opposite,
as a new solid body. The final dimensions of part 1 are length 0.75, width 0.3 and height 0.05.
Part 2: Create a new coordinate system with Euler angles [0.0, 0.0, 90.0] and translation vector
[0.0, 0.25, 0.25]. Draw a rectangle on face 1, loop 1, from (0.0, 0.0) to (0.75, 0.0) to (0.75, 0.2) to (0.0, 0.2)
and back to (0.0, 0.0). Apply a sketch scale of 0.75. Extrude the sketch 0.05 units towards the normal and 0.0
opposite, and add it to the existing body. The final dimensions of part 2 are length 0.75, width 0.2 and height
0.05.""", "t2c")
def b007():
    p = t2c_extrude(t2c_plane((0, 0, 0), (0, 0, 0)), rect(0, 0, 0.75, 0.3), 0.05, 0)
    p += t2c_extrude(t2c_plane((0, 0, 90), (0, 0.25, 0.25)), rect(0, 0, 0.75, 0.2), 0.05, 0)
    return p


@case("b008", """Part 1: Construct a rounded tab. Create a new coordinate system with Euler angles [0.0, 0.0, -90.0] and
translation vector [0.0, 0.2, 0.0]. Draw the first face. Loop 1: line 1 starts at (0.0, 0.0) and ends at
(0.6, 0.0); line 2 starts at (0.6, 0.0) and ends at (0.6, 0.4); arc 1 starts at (0.6, 0.4), passes through
(0.3, 0.7) and ends at (0.0, 0.4); line 3 starts at (0.0, 0.4) and ends at (0.0, 0.0). Loop 2: circle with center
(0.3, 0.4) and radius 0.1. Scale the sketch by 0.7. Rotate the sketch with the Euler angles and translate it with
the translation vector. Extrude 0.2 units towards the normal and 0.0 in the opposite direction, creating a new
solid body. The final dimensions are length 0.6, width 0.7 and height 0.2.""", "t2c")
def b008():
    with BuildSketch() as s:
        with BuildLine():
            Line((0, 0), (0.6, 0))
            Line((0.6, 0), (0.6, 0.4))
            ThreePointArc((0.6, 0.4), (0.3, 0.7), (0, 0.4))
            Line((0, 0.4), (0, 0))
        make_face()
        with Locations((0.3, 0.4)):
            Circle(0.1, mode=Mode.SUBTRACT)
    return t2c_extrude(t2c_plane((0, 0, -90), (0, 0.2, 0)), s.sketch, 0.2, 0)


@case("b009", """Create a rectangular plate with a length of 0.75 units, a width of 0.45 units and a thickness of 0.03
units. Cut a circular hole with a diameter of 0.15 units through the centre of the plate.""", "t2c-prose")
def b009():
    return Box(0.75, 0.45, 0.03, align=MINZ) - Cylinder(0.075, 0.03, align=MINZ)


@case("b010", """Create a cylindrical object with a height of 0.3 units and a diameter of 0.6 units, with a concentric
hole of diameter 0.2 units running through it.""", "t2c-prose")
def b010():
    return Cylinder(0.3, 0.3, align=MINZ) - Cylinder(0.1, 0.3, align=MINZ)


# ---------------------------------------------------------------- captions: the final shape described
@case("b011", """The object is a rectangular plate with rounded corners and a central hole. The plate is 80 mm long, 50 mm
wide and 6 mm thick; each corner is rounded to a 10 mm radius. The hole is 20 mm in diameter.""", "caption")
def b011():
    return extrude(RectangleRounded(80, 50, 10), 6) - Cylinder(10, 6, align=MINZ)


@case("b012", """The object is a torus, a ring with a round cross-section. Its mean diameter is 60 mm and the
cross-section is 10 mm in diameter.""", "caption")
def b012():
    return Torus(30, 5)


@case("b013", """The object is a frustum of a cone with flat ends: the bottom diameter is 50 mm, the top diameter is 30 mm
and it is 40 mm high.""", "caption")
def b013():
    return Cone(25, 15, 40, align=MINZ)


@case("b014", """The object is a solid dome: a hemisphere 60 mm in diameter with a flat circular base.""", "caption")
def b014():
    return Sphere(30) & Box(80, 80, 40, align=MINZ)


@case("b015", """The object is a U-shaped channel 120 mm long. Its outside is 50 mm wide and 35 mm tall, and the two walls and
the base are 4 mm thick.""", "caption")
def b015():
    return Box(120, 50, 35, align=MINZ) - Pos(0, 0, 4) * Box(120, 42, 31, align=MINZ)


@case("b016", """The object is a stepped cylinder. The base cylinder is 40 mm in diameter and 20 mm tall, and a smaller
coaxial cylinder 24 mm in diameter and 30 mm tall stands on its top face.""", "caption")
def b016():
    return Cylinder(20, 20, align=MINZ) + Pos(0, 0, 20) * Cylinder(12, 30, align=MINZ)


@case("b017", """The object is a flanged bushing. It has a circular flange 60 mm in diameter and 8 mm thick and a
cylindrical hub 30 mm in diameter that extends 25 mm above the flange. A 16 mm hole runs through the hub and the
flange.""", "caption")
def b017():
    b = Cylinder(30, 8, align=MINZ) + Pos(0, 0, 8) * Cylinder(15, 25, align=MINZ)
    return b - Cylinder(8, 33, align=MINZ)


@case("b018", """The object is a two-level block. The base is 60 mm long, 40 mm wide and 15 mm high, and a raised
section 30 mm long, 40 mm wide and 15 mm high sits on top of it, flush with one end.""", "caption")
def b018():
    return Box(60, 40, 15, align=MINZ) + Pos(-15, 0, 15) * Box(30, 40, 15, align=MINZ)


@case("b019", """The object is a ball 30 mm in diameter with a flat base: it is cut by a horizontal plane 5 mm below its
centre.""", "caption")
def b019():
    return Sphere(15) & Pos(0, 0, -5) * Box(40, 40, 40, align=MINZ)


@case("b020", """The object is a hollow cylinder, a tube with an outer diameter of 40 mm, an inner diameter of 30 mm and a
length of 60 mm.""", "caption")
def b020():
    return Cylinder(20, 60, align=MINZ) - Cylinder(15, 60, align=MINZ)


# ---------------------------------------------------------------- revolve / loft / sweep prose
@case("b021", """On the XZ plane, draw a rectangle with its corners at X = 15 and X = 25 and at Z = 0 and Z = 20. Revolve
the rectangle 360 degrees about the Z axis.""", "turned")
def b021():
    return Cylinder(25, 20, align=MINZ) - Cylinder(15, 20, align=MINZ)


@case("b022", """Sketch a closed profile on the XZ plane through the points (0,0), (20,0), (20,5), (8,5), (8,30) and (0,30).
Revolve the profile a full turn about the Z axis.""", "turned")
def b022():
    return Cylinder(20, 5, align=MINZ) + Cylinder(8, 30, align=MINZ)


@case("b023", """Draw a 30 mm square on the XY plane. On a plane 40 mm above it draw a circle 20 mm in diameter. Loft the
square to the circle to make a solid transition.""", "turned")
def b023():
    return loft([Rectangle(30, 30).faces()[0], (Plane.XY.offset(40) * Circle(10)).faces()[0]])


@case("b024", """Draw a circle 8 mm in diameter on the XZ plane, centred at X = 40, Z = 0. Then sweep the circle along a
180 degree arc of radius 40 mm in the XY plane, centred on the origin, to make a half ring.""", "turned")
def b024():
    path = ThreePointArc((40, 0, 0), (0, 40, 0), (-40, 0, 0))
    prof = Plane(origin=(40, 0, 0), z_dir=(0, 1, 0)) * Circle(4)
    return sweep(prof, path)


@case("b025", """Sketch a circle 50 mm in diameter on the XY plane and extrude it 8 mm. On the top face draw a concentric
circle 20 mm in diameter and extrude it 15 mm, joining it to the disc. Finally cut an 8 mm hole through everything
along the axis.""", "turned")
def b025():
    b = Cylinder(25, 8, align=MINZ) + Pos(0, 0, 8) * Cylinder(10, 15, align=MINZ)
    return b - Cylinder(4, 23, align=MINZ)


@case("b026", """On the XZ plane, draw a rectangle from X = 30 to X = 70 and from Z = 0 to Z = 10. Revolve it 90 degrees
about the Z axis to make a quarter ring.""", "turned")
def b026():
    return revolve(Plane.XZ * rect(30, 0, 70, 10), Axis.Z, 90)


@case("b027", """Sketch a right triangle on the XZ plane with its vertices at (0,0), (25,0) and (0,40). Revolve it 360 degrees
around the Z axis to form a cone.""", "turned")
def b027():
    return Cone(25, 0, 40, align=MINZ)


@case("b028", """Sweep a rectangle 12 mm wide and 6 mm high along a straight path 80 mm long to make a bar.""", "turned")
def b028():
    return Box(80, 12, 6)


@case("b029", """First, on the XZ plane, sketch the profile through (10,0), (30,0), (30,6), (16,6), (16,24) and (10,24).
Then revolve the profile 360 degrees about the Z axis. This gives a flanged sleeve with a 20 mm bore.""", "turned")
def b029():
    b = Cylinder(30, 6, align=MINZ) + Cylinder(16, 24, align=MINZ)
    return b - Cylinder(10, 24, align=MINZ)


@case("b030", """Draw a 40 mm x 40 mm square on the XY plane and a 20 mm x 20 mm square on a plane 25 mm above it, centred
over the first. Loft between the two squares to create a truncated pyramid.""", "turned")
def b030():
    return loft([Rectangle(40, 40).faces()[0], (Plane.XY.offset(25) * Rectangle(20, 20)).faces()[0]])


def _sig(v: float) -> float:
    return float(f"{v:.6g}")


def measure(shape) -> dict:
    import trimesh
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "p.stl")
        bb = shape.bounding_box()
        tol = max(1e-4, 0.0005 * max(bb.size.X, bb.size.Y, bb.size.Z))
        export_stl(shape, path, tolerance=tol, angular_tolerance=0.1)
        m = trimesh.load(path, force="mesh")
    if not m.is_watertight:
        # a sphere or a cone's apex can mesh open here; such a solid has no through-hole, and
        # its extents are the B-rep's box
        bb = shape.bounding_box().size
        return {"extents": sorted(_sig(v) for v in (bb.X, bb.Y, bb.Z)), "volume": _sig(float(shape.volume)), "genus": 0}
    ext = sorted(_sig(float(x)) for x in m.extents)
    return {"extents": ext, "volume": _sig(float(shape.volume)), "genus": round((2 - m.euler_number) / 2)}


def main() -> None:
    out = Path(__file__).with_name("steps_stepsb.jsonl")
    rows = []
    for cid, prompt, fn, style in CASES:
        shape = fn()
        rows.append({"id": cid, "style": style, "prompt": prompt, "expect": measure(shape)})
    out.write_text("".join(json.dumps(r) + "\n" for r in rows))
    print(f"wrote {len(rows)} cases to {out}")


if __name__ == "__main__":
    main()

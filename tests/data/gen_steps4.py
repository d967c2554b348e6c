"""Builds tests/data/steps4_prompts.jsonl: 40 step-by-step prompts and their exact references.

A third, independent step set in the public benchmarks' styles (Text2CAD expert and
beginner/intermediate prose, CADPrompt/DeepCAD captions, numbered operations, first/then/finally
prose), written before reading the step reader. Each reference is the part modelled by hand in
build123d from what the prompt says; expectations are measured the way
`../shared/eval/check_prompts.py` measures a result (sorted extents, volume, genus from the mesh).

Run from the project root: `python tests/data/gen_steps4.py` (rewrites the .jsonl).
Text2CAD Euler angles are read as build123d's `Location((t), (a, b, c))` (intrinsic X, Y, Z);
every case is chosen so sorted extents, volume and genus do not depend on that convention.
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
    BuildPart,
    Circle,
    Cone,
    Cylinder,
    Hole,
    Locations,
    Plane,
    PolarLocations,
    Polygon,
    Pos,
    Rectangle,
    RectangleRounded,
    RegularPolygon,
    Rot,
    SlotCenterToCenter,
    export_stl,
    extrude,
    fillet,
    loft,
)

MIN = (Align.MIN, Align.MIN, Align.MIN)
MINZ = (Align.CENTER, Align.CENTER, Align.MIN)
CASES: list[tuple[str, str, Callable[[], object], str]] = []


def case(cid: str, prompt: str, style: str) -> Callable[[Callable[[], object]], Callable[[], object]]:
    def wrap(fn: Callable[[], object]) -> Callable[[], object]:
        CASES.append((cid, " ".join(prompt.split()), fn, style))
        return fn
    return wrap



# ---------------------------------------------------------------- Text2CAD expert style

@case("u001", """Part 1: Construct a rectangular mounting plate with four holes. Begin by creating a new coordinate
system with Euler angles set to 0.0, 0.0, 0.0 degrees and a translation vector of 0.0, 0.0, 0.0. Next, draw a
two-dimensional sketch on the first face. In the first loop, draw the first line starting at (0.0, 0.0) and ending
at (200.0, 0.0). Draw the second line from (200.0, 0.0) to (200.0, 120.0), the third line from (200.0, 120.0) to
(0.0, 120.0), and the fourth line from (0.0, 120.0) back to (0.0, 0.0). In the second loop, draw a circle with a
center at (20.0, 20.0) and a radius of 8.0. In the third loop, draw a circle with a center at (180.0, 20.0) and a
radius of 8.0. In the fourth loop, draw a circle with a center at (180.0, 100.0) and a radius of 8.0. In the fifth
loop, draw a circle with a center at (20.0, 100.0) and a radius of 8.0. Scale the two-dimensional sketch using a
sketch scale of 0.5. Transform the scaled two-dimensional sketch into three dimensions by rotating it with Euler
angles of 0.0, 0.0, 0.0 and translating it with a vector of 0.0, 0.0, 0.0. Extrude the sketch 10.0 units towards
the normal and 0.0 units in the opposite direction of the normal. This operation creates a new solid body. The
final dimensions are a length of 100.0, a width of 60.0 and a height of 10.0.""", "text2cad")
def u001():
    with BuildPart() as p:
        Box(100, 60, 10, align=MIN)
        with Locations((10, 10), (90, 10), (90, 50), (10, 50)):
            Hole(4)
    return p.part


@case("u002", """Part 1: Create a rectangular plate with rounded corners. Create a new coordinate system with Euler
angles of 0.0, 0.0, -90.0 and a translation vector of 0.0, 6.0, 0.0. Draw the first face. In the first loop, draw
the first arc starting at (0.0, 10.0), with a mid point at (2.9289, 2.9289), and ending at (10.0, 0.0). Draw the
first line from (10.0, 0.0) to (70.0, 0.0). Draw the second arc starting at (70.0, 0.0), with a mid point at
(77.0711, 2.9289), and ending at (80.0, 10.0). Draw the second line from (80.0, 10.0) to (80.0, 40.0). Draw the
third arc starting at (80.0, 40.0), mid point (77.0711, 47.0711), ending at (70.0, 50.0). Draw the third line from
(70.0, 50.0) to (10.0, 50.0). Draw the fourth arc starting at (10.0, 50.0), mid point (2.9289, 47.0711), ending at
(0.0, 40.0). Draw the fourth line from (0.0, 40.0) to (0.0, 10.0). Apply a sketch scale of 1.0. Rotate and
translate the sketch using the coordinate system. Extrude the sketch 6.0 units in the direction of the normal and
0.0 units in the opposite direction to create a new solid body.""", "text2cad")
def u002():
    return extrude(RectangleRounded(80, 50, 10), 6)


@case("u003", """Create a new coordinate system with Euler angles of -90.0, 0.0, -90.0 degrees and a translation
vector of 15.0, 0.0, 0.0. On the first face draw two loops. The first loop is a circle centred at (30.0, 30.0)
with a radius of 30.0. The second loop is a circle centred at (30.0, 30.0) with a radius of 20.0. Scale the sketch
by a factor of 1.0. Transform it into 3D with the coordinate system. Extrude the sketch 15.0 units towards the
normal and 15.0 units in the opposite direction of the normal to create a new solid body, a thick ring.""",
      "text2cad")
def u003():
    return extrude(Circle(30) - Circle(20), 30)


@case("u004", """Part 1: Construct a square base. Create a new coordinate system with Euler angles 0.0, 0.0, 0.0 and
translation vector 0.0, 0.0, 0.0. On face 1, loop 1, draw four lines: line 1 from (0.0, 0.0) to (50.0, 0.0), line 2
from (50.0, 0.0) to (50.0, 50.0), line 3 from (50.0, 50.0) to (0.0, 50.0), line 4 from (0.0, 50.0) to (0.0, 0.0).
Sketch scale 1.0. Extrude 10.0 towards the normal and 0.0 in the opposite direction. Create a new solid body.
Part 2: Construct a cylindrical boss on top of the base. Create a new coordinate system with Euler angles 0.0,
0.0, 0.0 and translation vector 10.0, 10.0, 10.0. On face 1, loop 1, draw a circle with center (15.0, 15.0) and
radius 15.0. Sketch scale 1.0. Extrude 20.0 towards the normal and 0.0 in the opposite direction. Join this part
with the previous body (add material).""", "text2cad")
def u004():
    base = Box(50, 50, 10, align=MIN)
    boss = Pos(25, 25, 10) * Cylinder(15, 20, align=MINZ)
    return base + boss


@case("u005", """Part 1: Create a new coordinate system with Euler angles (0.0, 0.0, 0.0) and translation vector
(0.0, 0.0, 0.0). Draw the first 2D sketch: face 1, loop 1 is a rectangle with lines from (0.0, 0.0) to (60.0, 0.0),
(60.0, 0.0) to (60.0, 40.0), (60.0, 40.0) to (0.0, 40.0) and (0.0, 40.0) to (0.0, 0.0). Apply a sketch scale of
1.0. Extrude the sketch 20.0 towards the normal, 0.0 opposite, creating a new solid body. Part 2: Create a pocket.
Create a new coordinate system with Euler angles (0.0, 0.0, 0.0) and translation vector (20.0, 10.0, 20.0). Draw
face 1, loop 1: lines from (0.0, 0.0) to (20.0, 0.0), (20.0, 0.0) to (20.0, 20.0), (20.0, 20.0) to (0.0, 20.0),
(0.0, 20.0) to (0.0, 0.0). Sketch scale 1.0. Extrude 0.0 units towards the normal and 8.0 units in the opposite
direction of the normal. Remove material from the existing body with this extrusion.""", "text2cad")
def u005():
    return Box(60, 40, 20, align=MIN) - Pos(20, 10, 12) * Box(20, 20, 8, align=MIN)


@case("u006", """Part 1: Construct an L-shaped bracket. Begin by creating a new coordinate system with Euler angles
set to 0.0, 0.0, -90.0 degrees and a translation vector of 0.0, 40.0, 0.0. Next, draw the first two-dimensional
sketch on the first face. In the first loop, the first line starts at (0.0, 0.0) and ends at (60.0, 0.0). The
second line starts at (60.0, 0.0) and ends at (60.0, 8.0). The third line starts at (60.0, 8.0) and ends at (8.0,
8.0). The fourth line starts at (8.0, 8.0) and ends at (8.0, 45.0). The fifth line starts at (8.0, 45.0) and ends
at (0.0, 45.0). The sixth line starts at (0.0, 45.0) and ends at (0.0, 0.0). Scale the sketch using a sketch scale
of 1.0. Transform the two-dimensional sketch into three dimensions. Extrude the sketch 40.0 units towards the
normal and 0.0 units in the opposite direction of the normal. This creates a new solid body.""", "text2cad")
def u006():
    prof = Polygon((0, 0), (60, 0), (60, 8), (8, 8), (8, 45), (0, 45), align=None)
    return extrude(prof, 40)


@case("u007", """Create a new coordinate system with Euler angles 0.0, 0.0, 0.0 and translation 0.0, 0.0, 0.0.
Draw the first face of a hexagonal nut. The first loop consists of six lines: from (10.0, 0.0) to (5.0, 8.6603),
from (5.0, 8.6603) to (-5.0, 8.6603), from (-5.0, 8.6603) to (-10.0, 0.0), from (-10.0, 0.0) to (-5.0, -8.6603),
from (-5.0, -8.6603) to (5.0, -8.6603), and from (5.0, -8.6603) to (10.0, 0.0). The second loop is a circle
centred at (0.0, 0.0) with a radius of 5.0. Scale the sketch by 1.0, then extrude it 8.0 units along the normal
direction and 0.0 units opposite. The operation creates a new solid body.""", "text2cad")
def u007():
    return extrude(RegularPolygon(10, 6) - Circle(5), 8)


@case("u008", """Part 1: Construct a flat link with rounded ends and two holes. Create a new coordinate system with
Euler angles 0.0, 0.0, 0.0 and translation vector 0.0, 0.0, 0.0. Sketch the first face. In the first loop, draw the
first line from (10.0, 0.0) to (50.0, 0.0); then the first arc from (50.0, 0.0) through the mid point (60.0, 10.0)
to (50.0, 20.0); then the second line from (50.0, 20.0) to (10.0, 20.0); then the second arc from (10.0, 20.0)
through the mid point (0.0, 10.0) to (10.0, 0.0). In the second loop, draw a circle with center (10.0, 10.0) and
radius 5.0. In the third loop, draw a circle with center (50.0, 10.0) and radius 5.0. Apply a sketch scale of 1.0.
Extrude the sketch 5.0 units towards the normal and 0.0 units opposite the normal to create a new solid body.""",
      "text2cad")
def u008():
    sk = SlotCenterToCenter(40, 20) - Pos(-20, 0) * Circle(5) - Pos(20, 0) * Circle(5)
    return extrude(sk, 5)


@case("u009", """Part 1: Create a new coordinate system with Euler angles 0.0, 0.0, 0.0 and translation vector 0.0,
0.0, 0.0. Sketch face 1, loop 1: a circle with center (20.0, 20.0) and radius 20.0. Sketch scale 1.0. Extrude 10.0
towards the normal and 0.0 in the opposite direction to create a new solid body. Part 2: Create a new coordinate
system with Euler angles 0.0, 0.0, 0.0 and translation vector 8.0, 8.0, 10.0. Sketch face 1, loop 1: a circle with
center (12.0, 12.0) and radius 12.0. Sketch scale 1.0. Extrude 25.0 towards the normal and 0.0 in the opposite
direction; join this body to the previous one. Part 3: Create a new coordinate system with Euler angles 0.0, 0.0,
0.0 and translation vector 15.0, 15.0, 35.0. Sketch face 1, loop 1: a circle with center (5.0, 5.0) and radius
5.0. Sketch scale 1.0. Extrude 0.0 towards the normal and 35.0 in the opposite direction, cutting material from
the existing body.""", "text2cad")
def u009():
    body = Pos(20, 20, 0) * Cylinder(20, 10, align=MINZ) + Pos(20, 20, 10) * Cylinder(12, 25, align=MINZ)
    return body - Pos(20, 20, 0) * Cylinder(5, 35, align=MINZ)


@case("u010", """Create a new coordinate system with Euler angles [0.0, 0.0, 0.0] and translation vector [0.0, 0.0,
0.0]. In the first sketch, face 1 has one loop of four lines: (0.0, 0.0) to (100.0, 0.0), (100.0, 0.0) to (100.0,
60.0), (100.0, 60.0) to (0.0, 60.0), (0.0, 60.0) to (0.0, 0.0). Scale the sketch using a sketch scale of 0.75.
Transform the scaled 2D sketch into 3D using the Euler angles and translation vector. Extrude 7.5 towards the
normal and 0.0 in the opposite direction, creating a new solid body. The final dimensions of this rectangular
plate are length 75.0, width 45.0 and height 7.5.""", "text2cad")
def u010():
    return Box(75, 45, 7.5)


@case("u011", """Part 1: Create a new coordinate system with Euler angles 0.0, 0.0, 0.0 and translation vector 0.0,
0.0, 0.0. Draw the first 2D sketch with two faces. On face 1, loop 1, draw a rectangle with lines from (0.0, 0.0) to
(40.0, 0.0), (40.0, 0.0) to (40.0, 20.0), (40.0, 20.0) to (0.0, 20.0) and (0.0, 20.0) to (0.0, 0.0). On face 2,
loop 1, draw a rectangle with lines from (40.0, 0.0) to (60.0, 0.0), (60.0, 0.0) to (60.0, 50.0), (60.0, 50.0) to
(40.0, 50.0) and (40.0, 50.0) to (40.0, 0.0). Apply a sketch scale of 1.0. Extrude the sketch 10.0 units towards
the normal and 0.0 units in the opposite direction to create a new solid body.""", "text2cad")
def u011():
    return Box(40, 20, 10, align=MIN) + Pos(40, 0, 0) * Box(20, 50, 10, align=MIN)


@case("u012", """Part 1: Create a new coordinate system with Euler angles of 0.0, 0.0, 0.0 and a translation vector of
0.0, 0.0, 0.0. Draw face 1, loop 1 as four lines forming a 50.0 by 50.0 square from (0.0, 0.0) to (50.0, 50.0).
Use a sketch scale of 1.0 and extrude 5.0 units towards the normal and 0.0 units in the opposite direction to
create a new body. Part 2: Create a new coordinate system with Euler angles of 0.0, 0.0, 0.0 and a translation
vector of 25.0, 25.0, 0.0. Draw face 1, loop 1: a circle with a center at (0.0, 0.0) and a radius of 10.0. Use a
sketch scale of 1.0. Extrude 0.0 units towards the normal and 15.0 units in the opposite direction of the normal,
adding the peg to the existing body.""", "text2cad")
def u012():
    return Box(50, 50, 5, align=MIN) + Pos(25, 25, -15) * Cylinder(10, 15, align=MINZ)


@case("u013", """Part 1: Construct a cylinder. Create a new coordinate system with Euler angles of 0.0, 0.0, -90.0
and a translation vector of 0.0, 80.0, 0.0. On the first face, in the first loop, draw a circle with a center at
(12.5, 12.5) and a radius of 12.5. Scale the 2D sketch by 1.0. Transform the scaled 2D sketch into 3D by rotating
with Euler angles 0.0, 0.0, -90.0 and translating by 0.0, 80.0, 0.0. Extrude the sketch 80.0 units towards the
normal and 0.0 units in the opposite direction. This operation results in a new solid body with a length of 25.0,
a width of 25.0 and a height of 80.0.""", "text2cad")
def u013():
    return Cylinder(12.5, 80)


@case("u014", """Part 1: Create a new coordinate system with Euler angles 0.0, 0.0, 0.0 and translation 0.0, 0.0,
0.0. On face 1, draw loop 1: a circle centered at (0.0, 0.0) with radius 40.0. Draw loop 2: a circle centered at
(0.0, 0.0) with radius 10.0. Draw loop 3: a circle at (30.0, 0.0), radius 4.0. Draw loop 4: a circle at (-30.0,
0.0), radius 4.0. Draw loop 5: a circle at (0.0, 30.0), radius 4.0. Draw loop 6: a circle at (0.0, -30.0), radius
4.0. Apply a sketch scale of 1.0. Extrude 8.0 towards the normal and 0.0 in the opposite direction to create a new
body.""", "text2cad")
def u014():
    sk = Circle(40) - Circle(10)
    for x, y in ((30, 0), (-30, 0), (0, 30), (0, -30)):
        sk -= Pos(x, y) * Circle(4)
    return extrude(sk, 8)


# ---------------------------------------------------------------- Text2CAD beginner / intermediate

@case("u015", """Create a rectangular plate with a length of 120 mm, a width of 80 mm and a thickness of 6 mm. The
plate has four holes, each 8 mm in diameter, with their centres placed 10 mm from each adjacent edge.""",
      "text2cad-beginner")
def u015():
    with BuildPart() as p:
        Box(120, 80, 6)
        with Locations((50, 30), (-50, 30), (50, -30), (-50, -30)):
            Hole(4)
    return p.part


@case("u016", """Create a cylindrical object with a flat top and bottom. The cylinder has a diameter of 50 mm and a
height of 25 mm.""", "text2cad-beginner")
def u016():
    return Cylinder(25, 25)


@case("u017", """Start by creating a new coordinate system with no rotation and no translation. Draw a square sketch
with sides of 40 mm. Inside the square, draw a circle with a diameter of 20 mm at its centre. Scale the sketch by a
factor of 0.5. Extrude the scaled sketch 10 mm to create a solid block with a hole through it.""",
      "text2cad-intermediate")
def u017():
    return Box(20, 20, 10) - Cylinder(5, 10)


@case("u018", """Construct a hollow cylinder with an outer diameter of 40 mm, an inner diameter of 30 mm and a height
of 50 mm. Begin by drawing two concentric circles on a new sketch plane, then extrude the sketch 50 mm along the
normal to form the tube.""", "text2cad-intermediate")
def u018():
    return Cylinder(20, 50) - Cylinder(15, 50)


@case("u019", """Create a washer. Draw two concentric circles, the outer with a radius of 15 mm and the inner with a
radius of 7.5 mm. Extrude the sketch 3 mm to form a flat ring.""", "text2cad-intermediate")
def u019():
    return Cylinder(15, 3) - Cylinder(7.5, 3)


@case("u020", """Create a cube with a side length of 30 mm and a cylindrical hole with a diameter of 10 mm running
through its centre along one axis.""", "text2cad-beginner")
def u020():
    return Box(30, 30, 30) - Cylinder(5, 30)


@case("u021", """Create an L-shaped bracket. Draw the L profile as a sketch: the horizontal leg is 60 mm long and 8 mm
thick, and the vertical leg rises to a total height of 40 mm and is also 8 mm thick. Extrude the profile 30 mm.""",
      "text2cad-intermediate")
def u021():
    return extrude(Polygon((0, 0), (60, 0), (60, 8), (8, 8), (8, 40), (0, 40), align=None), 30)


@case("u022", """Create a T-shaped beam. The profile has a top flange 50 mm wide and 10 mm thick and a central web 10
mm wide that extends 40 mm below the flange, for a total height of 50 mm. Extrude the profile 100 mm.""",
      "text2cad-intermediate")
def u022():
    prof = Pos(0, 45) * Rectangle(50, 10) + Pos(0, 20) * Rectangle(10, 40)
    return extrude(prof, 100)


# ---------------------------------------------------------------- CADPrompt / DeepCAD captions

@case("u023", """A rectangular block with a rectangular slot cut along the length of its top face. The block is 80 mm
long, 40 mm wide and 30 mm tall; the slot is 10 mm wide and 10 mm deep, centred across the width, and runs the full
length of the block.""", "cadprompt")
def u023():
    return Box(80, 40, 30, align=MINZ) - Pos(0, 0, 20) * Box(80, 10, 10, align=MINZ)


@case("u024", """A circular flange: a disc 100 mm in diameter and 10 mm thick with a 30 mm central hole and six 8 mm
bolt holes equally spaced on an 80 mm pitch circle.""", "cadprompt")
def u024():
    sk = Circle(50) - Circle(15)
    for loc in PolarLocations(40, 6):
        sk -= loc * Circle(4)
    return extrude(sk, 10)


@case("u025", """A cylinder of diameter 30 mm and height 40 mm with a smaller concentric cylinder of diameter 15 mm and
height 20 mm stacked on its top face.""", "cadprompt")
def u025():
    return Cylinder(15, 40, align=MINZ) + Pos(0, 0, 40) * Cylinder(7.5, 20, align=MINZ)


@case("u026", """A square plate 60 mm x 60 mm x 5 mm with rounded corners of radius 8 mm and a central hole of
diameter 20 mm.""", "cadprompt")
def u026():
    return extrude(RectangleRounded(60, 60, 8) - Circle(10), 5)


@case("u027", """A hexagonal prism measuring 24 mm across the flats and 10 mm high, with a 12 mm diameter hole through
its centre.""", "cadprompt")
def u027():
    return extrude(RegularPolygon(12, 6, major_radius=False) - Circle(6), 10)


@case("u028", """A thin rectangular plate 100 mm by 50 mm by 4 mm with a row of five 6 mm holes along its long centre
line, spaced 20 mm apart and centred on the plate.""", "cadprompt")
def u028():
    sk = Rectangle(100, 50)
    for i in range(5):
        sk -= Pos(-40 + 20 * i, 0) * Circle(3)
    return extrude(sk, 4)


# ---------------------------------------------------------------- numbered operations

@case("u029", """1. Create a box 80 mm long, 60 mm wide and 20 mm high.
2. Shell the box, removing the top face, with a wall thickness of 3 mm.""", "numbered")
def u029():
    return Box(80, 60, 20, align=MINZ) - Pos(0, 0, 3) * Box(74, 54, 17, align=MINZ)


@case("u030", """1. Sketch a circle of 60 mm diameter on the XY plane.
2. Extrude it 12 mm.
3. Cut a 20 mm diameter hole through the centre.
4. Drill four 6 mm through holes equally spaced on a 44 mm bolt circle.""", "numbered")
def u030():
    sk = Circle(30) - Circle(10)
    for loc in PolarLocations(22, 4):
        sk -= loc * Circle(3)
    return extrude(sk, 12)


@case("u031", """1) Base: a rectangular plate 120 x 40 x 10 mm.
2) Boss: a cylinder 20 mm in diameter and 15 mm high on the top face, at the centre.
3) Hole: a 10 mm through hole down the axis of the boss and through the plate.""", "numbered")
def u031():
    body = Box(120, 40, 10, align=MINZ) + Pos(0, 0, 10) * Cylinder(10, 15, align=MINZ)
    return body - Cylinder(5, 25, align=MINZ)


@case("u032", """Step 1: Draw a rectangle 50 mm x 30 mm.
Step 2: Extrude it 20 mm.
Step 3: Fillet the four vertical edges with a 5 mm radius.
Step 4: Cut a blind hole 10 mm in diameter and 12 mm deep into the centre of the top face.""", "numbered")
def u032():
    b = Box(50, 30, 20, align=MINZ)
    b = fillet(b.edges().filter_by(Axis.Z), 5)
    return b - Pos(0, 0, 8) * Cylinder(5, 12, align=MINZ)


@case("u033", """1. In the XZ plane draw a rectangle spanning radius 10 mm to 20 mm and height 0 to 30 mm.
2. Revolve the rectangle 360 degrees about the Z axis to make a sleeve.""", "numbered")
def u033():
    return Cylinder(20, 30) - Cylinder(10, 30)


@case("u034", """1. Make a cone with a base diameter of 40 mm, a top diameter of 20 mm and a height of 30 mm.
2. Bore a 10 mm diameter hole along its axis, all the way through.""", "numbered")
def u034():
    return Cone(20, 10, 30) - Cylinder(5, 30)


# ---------------------------------------------------------------- first / then / finally prose

@case("u035", """First, make a plate 100 mm long, 60 mm wide and 8 mm thick. Then drill a 6 mm hole 10 mm in from each
corner, measured from both edges. Finally, round the four vertical corner edges of the plate with a 5 mm radius.""",
      "prose")
def u035():
    with BuildPart() as p:
        Box(100, 60, 8)
        fillet(p.edges().filter_by(Axis.Z), 5)
        with Locations((40, 20), (-40, 20), (40, -20), (-40, -20)):
            Hole(3)
    return p.part


@case("u036", """Begin with a disc 80 mm across and 10 mm thick. Next, add a hub 30 mm in diameter and 20 mm tall on
top of it, in the middle. Then bore a 12 mm hole through the whole part.""", "prose")
def u036():
    body = Cylinder(40, 10, align=MINZ) + Pos(0, 0, 10) * Cylinder(15, 20, align=MINZ)
    return body - Cylinder(6, 30, align=MINZ)


@case("u037", """First make a cube 40 mm on each side. Next cut a 16 mm diameter hole through it from the front face to
the back face, centred. Then cut another 16 mm hole from the left side to the right side, also centred.""", "prose")
def u037():
    c = Box(40, 40, 40)
    c -= Rot(90, 0, 0) * Cylinder(8, 40)
    c -= Rot(0, 90, 0) * Cylinder(8, 40)
    return c


@case("u038", """First, sketch a 60 by 40 mm rectangle and extrude it 15 mm. Then, on the top face, cut a circular
pocket 20 mm in diameter and 10 mm deep whose centre is 15 mm from the left edge, centred across the width.
Finally, on the top face, add a 10 mm cube whose centre is 10 mm from the right edge, centred across the width.""",
      "prose")
def u038():
    b = Box(60, 40, 15, align=MINZ)
    b -= Pos(-15, 0, 5) * Cylinder(10, 10, align=MINZ)
    b += Pos(20, 0, 15) * Box(10, 10, 10, align=MINZ)
    return b


@case("u039", """Start with a 40 mm square on the XY plane. Then draw a circle 20 mm in diameter, centred above the
square at a height of 30 mm. Finally, loft between the square and the circle to make a solid transition piece.""",
      "prose")
def u039():
    sq = Rectangle(40, 40)
    ci = Plane.XY.offset(30) * Circle(10)
    return loft([sq.faces()[0], ci.faces()[0]])


@case("u040", """First make a rectangular plate 90 mm by 50 mm by 6 mm. Then add two round bosses, 16 mm in diameter and
10 mm tall, on the top face, each 20 mm from a short end and centred across the width. Finally drill a 6 mm hole
through each boss and the plate.""", "prose")
def u040():
    b = Box(90, 50, 6, align=MINZ)
    for x in (-25, 25):
        b += Pos(x, 0, 6) * Cylinder(8, 10, align=MINZ)
        b -= Pos(x, 0, 0) * Cylinder(3, 16, align=MINZ)
    return b


def measure(shape) -> dict:
    import trimesh
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "p.stl")
        export_stl(shape, path, tolerance=0.01, angular_tolerance=0.1)
        m = trimesh.load(path, force="mesh")
    assert m.is_watertight, "reference mesh not watertight"
    ext = sorted(round(float(x), 3) for x in m.extents)
    return {"extents": ext, "volume": round(float(shape.volume), 2),
            "genus": round((2 - m.euler_number) / 2)}


def main() -> None:
    out = Path(__file__).with_name("steps4_prompts.jsonl")
    rows = []
    for cid, prompt, fn, style in CASES:
        shape = fn()
        rows.append({"id": cid, "prompt": prompt, "expect": measure(shape), "style": style})
    out.write_text("".join(json.dumps(r) + "\n" for r in rows))
    print(f"wrote {len(rows)} cases to {out}")


if __name__ == "__main__":
    main()

# ruff: noqa
"""Reference generator of steps_st2c.jsonl: Text2CAD in the real dataset's phrasings.

The prompts follow text found in public material quoting the real Text2CAD annotations (the
cadrille paper's figure of Text2CAD test texts, a CadQuery file quoting two Text2CAD parts, CAD
agent prompts quoting Text2CAD tasks 00888524 and 00776997, the raw <level1>/<level2>/<level3>
and <part_1> markdown of one annotation, CAD-Coder style descriptions with face\\_1 escapes);
values and shapes are varied, the constructions kept. Beginner / intermediate lines are prose with
sizes in normalised units, like Text2CAD's level2 / level3 texts.

The convention is the real dataset's (CadSeqProc): an Euler triple [a, b, c] is scipy's extrinsic
"zyx" and the rotation matrix's rows are the sketch plane's x, y and normal axes; the minimal JSON
writes a sketch in its final size with its corner at (0, 0), and its "sketch_scale" is the sketch's
largest extent (extrude_sequence.sketch_size), not a factor: json_to_NormalizedCAD denormalises the
sketch by it before the JSON is written. So a sketch whose largest extent equals the scale is built
as drawn. Symmetric extrusions are written as half the depth each way.

Run: python tests/data/gen_steps_st2c.py (writes steps_st2c.jsonl next to itself).
"""
import json
import math
import os

from build123d import *
from OCP.BRep import BRep_Tool
from scipy.spatial.transform import Rotation

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "steps_st2c.jsonl")
CASES = []


def case(cid, level, prompt, scale_as_factor=False):
    def deco(fn):
        CASES.append(dict(id=cid, level=level, prompt=" ".join(prompt.split()) if level != "markdown" else prompt.strip(), fn=fn))
        return fn
    return deco


def plane(euler, t):
    rows = Rotation.from_euler("zyx", euler, degrees=True).as_matrix()
    return Plane(origin=tuple(t), x_dir=tuple(rows[0]), z_dir=tuple(rows[2]))


def poly(pts):
    return Face(Wire.make_polygon([Vector(*p) for p in pts], close=True))


def rect(x0, y0, x1, y1):
    return poly([(x0, y0), (x1, y0), (x1, y1), (x0, y1)])


def disc(cx, cy, r):
    return Pos(cx, cy) * Circle(r)


def segs(items):
    """items: ('L', p0, p1) or ('A', p0, pm, p1)."""
    edges = []
    for s in items:
        if s[0] == "L":
            edges.append(Edge.make_line(Vector(*s[1]), Vector(*s[2])))
        else:
            edges.append(Edge.make_three_point_arc(Vector(*s[1]), Vector(*s[2]), Vector(*s[3])))
    return Face(Wire(edges))


def part(face, euler=(0, 0, 0), t=(0, 0, 0), towards=0.0, opposite=0.0):
    pl = plane(euler, t)
    f = pl * face
    n = pl.z_dir
    out = None
    if towards:
        out = extrude(f, towards, dir=n)
    if opposite:
        o = extrude(f, opposite, dir=-n)
        out = o if out is None else out + o
    return out


def genus(s):
    v = len(s.vertices())
    e = len([x for x in s.edges() if not BRep_Tool.Degenerated_s(x.wrapped)])
    f = len(s.faces())
    w = len(s.wires())
    return (2 - (v - e + 2 * f - w)) // 2


# ---------------------------------------------------------------- expert, real constructions
@case("t01", "expert", """
Create a new coordinate system with Euler angles set to 0 degrees for the first 2 angles and -90 degrees for the third angle.
Set the translation vector to 0.3125, 0.1875, and 0.3125. On the first face, draw a 2-dimensional sketch consisting of 2 loops.
For the first loop, draw a circle with its center at 0.0625, 0.0625, and a radius of 0.0625. For the second loop, draw another
circle with the same center but a smaller radius of 0.03. Scale the entire 2-dimensional sketch by a factor of 0.125. Rotate and
translate the scaled 2-dimensional sketch using the previously defined coordinate system settings. Extrude the outer loop (the
larger circle) by 0.1875 units in the direction opposite to the normal. Similarly, extrude the inner loop (the smaller circle) by
the same distance in the same direction. Ensure that the extrusion results in a new solid body. The final dimensions of the
cylindrical object with a hole should be a length of 0.125 units, a width of 0.125 units, and a height of 0.1875 units.
""")
def t01():
    return part(disc(0.0625, 0.0625, 0.0625) - disc(0.0625, 0.0625, 0.03), (0, 0, -90), (0.3125, 0.1875, 0.3125), 0, 0.1875)


@case("t02", "expert", """
Create a new coordinate system with Euler Angles set to [0, 0, 0] and a Translation Vector of [0, 0, 0]. Draw a 2D sketch on the
XY plane and define the first face using a loop of 4 lines. The first line starts at (0, 0) and ends at (0.6, 0). The second line
starts at (0.6, 0) and ends at (0.6, 0.75). The third line starts at (0.6, 0.75) and ends at (0, 0.75). The fourth line starts at
(0, 0.75) and ends at (0, 0). Scale the 2D sketch using a scale factor of 0.75. Transform the scaled 2D sketch into 3D using the
same Euler Angles and Translation Vector. Extrude the 2D sketch to create a 3D model with an extrusion depth of 0.45 units towards
the normal. Create a new solid body with this extrusion and verify the dimensions: length of 0.6 units, width of 0.75 units, and
height of 0.45 units. Next, create a new coordinate system with Euler Angles set to [0, 0, 0] and a Translation Vector of
[0.15, 0, 0.45]. Draw a 2D sketch on the XY plane and define the first face using a loop of 4 lines. The first line starts at
(0, 0) and ends at (0.3, 0). The second line starts at (0.3, 0) and ends at (0.3, 0.75). The third line starts at (0.3, 0.75) and
ends at (0, 0.75). The fourth line starts at (0, 0.75) and ends at (0, 0). Scale the 2D sketch using a scale factor of 0.75.
Transform the scaled 2D sketch into 3D using the same Euler Angles and Translation Vector. Extrude the 2D sketch to create a 3D
model with an extrusion depth of 0.3 units in the opposite direction of the normal. Remove material from the existing body using
this extrusion and verify the dimensions: length of 0.3 units, width of 0.75 units, and height of 0.3 units. The final shape is a
U-shaped bracket with a rectangular cross-section. The dimensions are: length of 0.6 units, width of 0.75 units, and height of 0.45 units.
""")
def t02():
    a = part(rect(0, 0, 0.6, 0.75), towards=0.45)
    b = part(rect(0, 0, 0.3, 0.75), t=(0.15, 0, 0.45), opposite=0.3)
    return a - b


@case("t03", "expert", """
Create a new coordinate system with Euler angles set to 0, 0, and -90 degrees, and a translation vector of 0, 0.25, and 0.1.
On the first face, draw the first loop as a rectangle with the following lines: the first line starts at (0, 0) and ends at
(0.36, 0); the second line starts at (0.36, 0) and ends at (0.36, 0.48); the third line starts at (0.36, 0.48) and ends at
(0, 0.48); the fourth line starts at (0, 0.48) and ends at (0, 0). In the second loop, draw a circle with a center at
(0.18, 0.24) and a radius of 0.09. In the third loop, draw a circle with a center at (0.18, 0.08) and a radius of 0.02. In the
fourth loop, draw a circle with a center at (0.18, 0.4) and a radius of 0.02. Apply a scale factor of 0.48 to the entire sketch.
Rotate the scaled sketch using the Euler angles set in the coordinate system and translate it using the translation vector.
Extrude the sketch 0.25 units along the normal direction without extruding in the opposite direction to create a new solid body.
The final dimensions of the rectangular box with circular cutouts are a length of 0.36 units, a width of 0.48 units, and a height of 0.25 units.
""")
def t03():
    f = rect(0, 0, 0.36, 0.48) - disc(0.18, 0.24, 0.09) - disc(0.18, 0.08, 0.02) - disc(0.18, 0.4, 0.02)
    return part(f, (0, 0, -90), (0, 0.25, 0.1), 0.25)


@case("t04", "expert", """
Start by constructing a cylindrical object with a flat circular top and bottom. First, create a new coordinate system with Euler
angles set to 0, 0, -90 degrees and a translation vector of 0, 0.3, 0. Next, draw a 2-dimensional sketch on a new face. Within
this face, draw a single loop and within the loop, draw a circle centered at (0.25, 0.25) with a radius of 0.25. Apply a scale
factor of 0.5 to the sketch. Rotate and translate the scaled sketch using the previously defined coordinate system. Extrude the
sketch 0.15 units in both the normal and opposite directions to create a solid body. The dimensions of this first part are 0.5 in
length, 0.5 in width, and 0.3 in height. For the second part, construct a hollow center in the cylindrical object. Begin by
creating another new coordinate system with Euler angles set to 0, 0, -90 degrees and a translation vector of 0.15, 0, 0.15.
Draw a 2-dimensional sketch on a new face. Within this face, draw a single loop and within the loop, draw a circle centered at
(0.1, 0.1) with a radius of 0.1. Apply a scale factor of 0.2 to the sketch. Rotate and translate the scaled sketch using the
previously defined coordinate system. Extrude the sketch 0.6 units in the opposite direction of the normal to cut material from
the existing body, creating a hollow center. The dimensions of this second part are 0.2 in length, 0.2 in width, and 0.6 in height.
""")
def t04():
    a = part(disc(0.25, 0.25, 0.25), (0, 0, -90), (0, 0.3, 0), 0.15, 0.15)
    b = part(disc(0.1, 0.1, 0.1), (0, 0, -90), (0.15, 0, 0.15), 0, 0.6)
    return a - b


@case("t05", "expert", """
Create a new coordinate system by setting the Euler angles to zero, zero, and negative ninety degrees, and the translation vector
to zero, zero point four two five, and zero. Next, draw a two-dimensional sketch on the first face. In the first loop, draw a
single circle centered at coordinates zero point zero three, zero point zero three, with a radius of zero point zero three.
Transform the two-dimensional sketch into three dimensions by rotating it using the Euler angles of zero, zero, and negative ninety
degrees, and translating it using the vector zero, zero point four two five, and zero. Extrude the two-dimensional sketch along the
normal direction by zero point four two five units, ensuring no extrusion occurs in the opposite direction. Perform a boolean
operation to create a new solid body from the extruded sketch. The resulting cylindrical object will have a length of zero point
zero six units, a width of zero point zero six units, and a height of zero point four two five units.
""")
def t05():
    return part(disc(0.03, 0.03, 0.03), (0, 0, -90), (0, 0.425, 0), 0.425)


@case("t06", "expert", """
To construct the first part of the cylinder, start by creating a new coordinate system. Define the Euler angles as negative ninety
degrees for the x-axis, zero degrees for the y-axis, and negative ninety degrees for the z-axis. Set the translation vector to
[0.1, 0.0, 0.0]. Next, draw a two-dimensional sketch on the first face. In the first loop, draw a circle with its center at
[0.375, 0.375] and a radius of 0.375. Transform the two-dimensional sketch into three dimensions by rotating it using the Euler
angles and translating it using the defined translation vector. Finally, extrude the sketch 0.05 units in the direction of the
normal and 0.05 units in the opposite direction of the normal to create a solid body. The final dimensions of this part are
0.7500000000000007 units in length, 0.7500000000000007 units in width, and 0.10000000000000003 units in height.
""")
def t06():
    return part(disc(0.375, 0.375, 0.375), (-90, 0, -90), (0.1, 0, 0), 0.05, 0.05)


@case("t07", "expert", """
**Construct a cylindrical object with a central hole, resembling a washer or a ring.** Create a new coordinate system with euler
angles of (0, 0, 0) and a translation vector of (0, 0, 0). Begin by creating a new sketch on the XY plane defined by the coordinate
system. Within this sketch, create the first face (face\\_1). This face consists of two loops, loop\\_1 and loop\\_2. 1. Loop\\_1:
- Create a circle (circle\\_1) with a center at (0.375, 0.375) and a radius of 0.375. 2. Loop\\_2: - Create a circle (circle\\_1)
with a center at (0.375, 0.375) and a radius of 0.15. Apply a scaling factor of 0.75 to the entire sketch. Transform the 2D
sketch into a 3D sketch using a rotation of 0°, 0°, and 0° around the X, Y, and Z axes, respectively, and a translation vector of
(0, 0, 0). Extrude the 2D sketch to generate the 3D model, using an extrusion depth of 0.12 towards the normal and no extrusion
of 0.0 towards the opposite direction of the normal. The height of this part is 0.12, the width is 0.75, and the length is 0.75.
""")
def t07():
    return part(disc(0.375, 0.375, 0.375) - disc(0.375, 0.375, 0.15), towards=0.12)


@case("t08", "expert", """
Start by creating a new coordinate system with Euler angles set to zero and a translation vector also set to zero. Next, draw a
two-dimensional sketch on the first face. This sketch consists of a single loop made up of four lines. The first line starts at
the origin (0.0, 0.0) and ends at (0.7, 0.0). The second line starts at (0.7, 0.0) and ends at (0.7, 0.45). The third line
starts at (0.7, 0.45) and ends at (0.0, 0.45). Finally, the fourth line completes the loop by starting at (0.0, 0.45) and ending
at the origin (0.0, 0.0). After drawing the sketch, apply a scale factor of 0.7 to the entire sketch. Ensure that the sketch
remains aligned with the original coordinate system by rotating it using Euler angles set to zero and translating it using a
vector set to zero. To transform the scaled two-dimensional sketch into a three-dimensional model, extrude the sketch 0.09 units
along the normal direction. Do not extrude in the opposite direction of the normal. This operation will create a new solid body.
The final dimensions of the rectangular block are a length of 0.6999999999999998 units, a width of 0.44999999999999996 units, and
a height of 0.09 units.
""")
def t08():
    return part(rect(0, 0, 0.7, 0.45), towards=0.09)


@case("t09", "markdown", """
<part_1>
### Construct a Rectangular Plate with a Hole
#### Create a New Coordinate System
- Set the Euler angles to 0.0, 0.0, 0.0.
- Set the translation vector to 0.0, 0.0, 0.0.

#### Draw a 2D Sketch
- **Face 1**
  - **Loop 1**
    - **Line 1**: Start at (0.0, 0.0) and end at (0.75, 0.0).
    - **Line 2**: Start at (0.75, 0.0) and end at (0.75, 0.4).
    - **Line 3**: Start at (0.75, 0.4) and end at (0.0, 0.4).
    - **Line 4**: Start at (0.0, 0.4) and end at (0.0, 0.0).
  - **Loop 2**
    - **Circle 1**: Center at (0.375, 0.2), Radius 0.08.

#### Scale the 2D Sketch
- Apply a scale factor of 0.75 to the sketch.

#### Transform the Scaled 2D Sketch into 3D
- Rotate the sketch using the Euler angles (0.0, 0.0, 0.0).
- Translate the sketch using the translation vector (0.0, 0.0, 0.0).

#### Extrude the 2D Sketch to Generate the 3D Model
- Extrude the sketch 0.05 units towards the normal.
- Do not extrude in the opposite direction of the normal.
- The operation creates a new solid body.

#### Final Dimensions
- Length: 0.7499999999999999
- Width: 0.39999999999999997
- Height: 0.05
</part_1>
""")
def t09():
    return part(rect(0, 0, 0.75, 0.4) - disc(0.375, 0.2, 0.08), towards=0.05)


@case("t10", "markdown", """
<part_1>
### Construct a Square Base
#### Create a New Coordinate System
- Set the Euler angles to 0.0, 0.0, 0.0.
- Set the translation vector to 0.0, 0.0, 0.0.
#### Draw a 2D Sketch
- **Face 1**
  - **Loop 1**
    - **Line 1**: Start at (0.0, 0.0) and end at (0.75, 0.0).
    - **Line 2**: Start at (0.75, 0.0) and end at (0.75, 0.75).
    - **Line 3**: Start at (0.75, 0.75) and end at (0.0, 0.75).
    - **Line 4**: Start at (0.0, 0.75) and end at (0.0, 0.0).
#### Scale the 2D Sketch
- Apply a scale factor of 0.75 to the sketch.
#### Extrude the 2D Sketch
- Extrude the sketch 0.1 units towards the normal.
- Do not extrude in the opposite direction of the normal.
- The operation creates a new solid body.
#### Final Dimensions
- Length: 0.75
- Width: 0.75
- Height: 0.1
</part_1>

<part_2>
### Construct a Cylindrical Boss
#### Create a New Coordinate System
- Set the Euler angles to 0.0, 0.0, 0.0.
- Set the translation vector to 0.225, 0.225, 0.1.
#### Draw a 2D Sketch
- **Face 1**
  - **Loop 1**
    - **Circle 1**: Center at (0.15, 0.15), Radius 0.15.
#### Scale the 2D Sketch
- Apply a scale factor of 0.3 to the sketch.
#### Extrude the 2D Sketch
- Extrude the sketch 0.2 units towards the normal.
- Do not extrude in the opposite direction of the normal.
- Add this extrusion to the existing body.
#### Final Dimensions
- Length: 0.3
- Width: 0.3
- Height: 0.2
</part_2>

<part_3>
### Construct a Central Hole
#### Create a New Coordinate System
- Set the Euler angles to 0.0, 0.0, 0.0.
- Set the translation vector to 0.325, 0.325, 0.3.
#### Draw a 2D Sketch
- **Face 1**
  - **Loop 1**
    - **Circle 1**: Center at (0.05, 0.05), Radius 0.05.
#### Scale the 2D Sketch
- Apply a scale factor of 0.1 to the sketch.
#### Extrude the 2D Sketch
- Do not extrude towards the normal.
- Extrude the sketch 0.3 units in the opposite direction of the normal.
- Remove material from the existing body.
#### Final Dimensions
- Length: 0.1
- Width: 0.1
- Height: 0.3
</part_3>
""")
def t10():
    a = part(rect(0, 0, 0.75, 0.75), towards=0.1)
    b = part(disc(0.15, 0.15, 0.15), t=(0.225, 0.225, 0.1), towards=0.2)
    c = part(disc(0.05, 0.05, 0.05), t=(0.325, 0.325, 0.3), opposite=0.3)
    return a + b - c


@case("t11", "expert", """
Part 1 – Construct a Rounded Rectangular Frame Create a new coordinate system: Euler Angles: [0.0, 0.0, 0.0] Translation Vector:
[0.0, 0.0, 0.0] On face_1, draw Loop 1 as a rounded rectangle: Arc 1: Start [0.0, 0.1], Mid [0.0293, 0.0293], End [0.1, 0.0]
Line 1: [0.1, 0.0] → [0.65, 0.0] Arc 2: Start [0.65, 0.0], Mid [0.7207, 0.0293], End [0.75, 0.1] Line 2: [0.75, 0.1] → [0.75, 0.65]
Arc 3: Start [0.75, 0.65], Mid [0.7207, 0.7207], End [0.65, 0.75] Line 3: [0.65, 0.75] → [0.1, 0.75] Arc 4: Start [0.1, 0.75],
Mid [0.0293, 0.7207], End [0.0, 0.65] Line 4: [0.0, 0.65] → [0.0, 0.1] Add Loop 2 inside as an inner rectangle: Line 1:
[0.1, 0.1] → [0.65, 0.1] Line 2: [0.65, 0.1] → [0.65, 0.65] Line 3: [0.65, 0.65] → [0.1, 0.65] Line 4: [0.1, 0.65] → [0.1, 0.1]
Scale the sketch by 0.75 and extrude towards normal 0.06 (opposite normal 0.0) to create a new frame body.
""")
def t11():
    outer = segs([("A", (0, 0.1), (0.0293, 0.0293), (0.1, 0)), ("L", (0.1, 0), (0.65, 0)),
                  ("A", (0.65, 0), (0.7207, 0.0293), (0.75, 0.1)), ("L", (0.75, 0.1), (0.75, 0.65)),
                  ("A", (0.75, 0.65), (0.7207, 0.7207), (0.65, 0.75)), ("L", (0.65, 0.75), (0.1, 0.75)),
                  ("A", (0.1, 0.75), (0.0293, 0.7207), (0, 0.65)), ("L", (0, 0.65), (0, 0.1))])
    return part(outer - rect(0.1, 0.1, 0.65, 0.65), towards=0.06)


@case("t12", "expert", """
Part 1: Rounded metal strap Begin by creating a new coordinate system with euler angles of 0, 0, and 0, and a translation vector of
0, 0, 0. Next, create a new sketch on the X-Y plane. Draw the following shape: 1. A closed loop consisting of: - An arc with a
start point of [0.0, 0.12], a mid point of [0.12, 0.0], and an end point of [0.24, 0.12]. - A line with a start point of
[0.24, 0.12], and an end point of [0.24, 0.63]. - An arc with a start point of [0.24, 0.63], a mid point of [0.12, 0.75], and an
end point of [0.0, 0.63]. - A line with a start point of [0.0, 0.63], and an end point of [0.0, 0.12]. 2. A circle with a center
at [0.12, 0.12] and a radius of 0.05. 3. A circle with a center at [0.12, 0.63] and a radius of 0.05. Following the sketch
creation, scale it by a factor of 0.75 while maintaining the original proportions. Transform the 2D sketch into a 3D sketch using
the rotation information provided in the euler angles and translation vector. Extrude the sketch using an extrusion depth of 0.1.
""")
def t12():
    outer = segs([("A", (0, 0.12), (0.12, 0), (0.24, 0.12)), ("L", (0.24, 0.12), (0.24, 0.63)),
                  ("A", (0.24, 0.63), (0.12, 0.75), (0, 0.63)), ("L", (0, 0.63), (0, 0.12))])
    return part(outer - disc(0.12, 0.12, 0.05) - disc(0.12, 0.63, 0.05), towards=0.1)


@case("t13", "expert", """
<part_1> Construct a rounded rectangular plate. Begin by creating a new coordinate system with Euler angles set to [0.0, 0.0, 0.0]
and a translation vector of [0.0, 0.0, 0.0]. For the first two-dimensional sketch, draw the first face, which consists of a single
loop made up of four lines and four arcs. arc_1 starts at (0.0, 0.05), with a mid point at (0.0146, 0.0146), and ends at
(0.05, 0.0). line_1 starts at (0.05, 0.0) and ends at (0.7, 0.0). arc_2 starts at (0.7, 0.0), with a mid point at
(0.7354, 0.0146), and ends at (0.75, 0.05). line_2 starts at (0.75, 0.05) and ends at (0.75, 0.45). arc_3 starts at
(0.75, 0.45), with a mid point at (0.7354, 0.4854), and ends at (0.7, 0.5). line_3 starts at (0.7, 0.5) and ends at (0.05, 0.5).
arc_4 starts at (0.05, 0.5), with a mid point at (0.0146, 0.4854), and ends at (0.0, 0.45). line_4 starts at (0.0, 0.45) and ends
at (0.0, 0.05). Scale this sketch by a factor of 0.75. Rotate the scaled sketch using the Euler angles [0.0, 0.0, 0.0] and
translate it using the translation vector [0.0, 0.0, 0.0]. Extrude the sketch 0.04 units along the normal direction and 0.0 units
in the opposite direction. This operation creates a new solid body. The final dimensions are length 0.75, width 0.5, height 0.04. </part_1>
""")
def t13():
    f = segs([("A", (0, 0.05), (0.0146, 0.0146), (0.05, 0)), ("L", (0.05, 0), (0.7, 0)),
              ("A", (0.7, 0), (0.7354, 0.0146), (0.75, 0.05)), ("L", (0.75, 0.05), (0.75, 0.45)),
              ("A", (0.75, 0.45), (0.7354, 0.4854), (0.7, 0.5)), ("L", (0.7, 0.5), (0.05, 0.5)),
              ("A", (0.05, 0.5), (0.0146, 0.4854), (0, 0.45)), ("L", (0, 0.45), (0, 0.05))])
    return part(f, towards=0.04)


@case("t14", "expert", """
Construct a cylindrical flange. Begin by creating a new coordinate system with Euler angles set to [0.0, 0.0, 0.0] and a
translation vector of [0.0, 0.0, 0.0]. Draw a 2D sketch on face_1. In loop_1, draw circle_1 with center at (0.375, 0.375) and
radius 0.375. In loop_2, draw circle_1 with center at (0.375, 0.375) and radius 0.1. In loop_3, draw circle_1 with center at
(0.375, 0.65) and radius 0.04. In loop_4, draw circle_1 with center at (0.375, 0.1) and radius 0.04. Scale this sketch by a factor
of 0.75. Rotate the scaled sketch using the Euler angles [0.0, 0.0, 0.0] and translate it using the translation vector
[0.0, 0.0, 0.0]. Extrude the sketch 0.08 units towards the normal and 0.0 units opposite the normal. This operation creates a new
solid body. The final dimensions are length 0.75, width 0.75, height 0.08.
""")
def t14():
    f = disc(0.375, 0.375, 0.375) - disc(0.375, 0.375, 0.1) - disc(0.375, 0.65, 0.04) - disc(0.375, 0.1, 0.04)
    return part(f, towards=0.08)


@case("t15", "expert", """
<part_1> Construct a rectangular bar. Begin by creating a new coordinate system with Euler angles set to [-90.0, 0.0, -90.0] and a
translation vector of [0.0, 0.0, 0.0]. Draw a 2D sketch on the first face. The first loop consists of four lines: the first line
starts at (0.0, 0.0) and ends at (0.1, 0.0); the second line starts at (0.1, 0.0) and ends at (0.1, 0.1); the third line starts
at (0.1, 0.1) and ends at (0.0, 0.1); the fourth line starts at (0.0, 0.1) and ends at (0.0, 0.0). Scale the sketch by a factor
of 0.1. Rotate the scaled sketch using the Euler angles [-90.0, 0.0, -90.0] and translate it using the translation vector
[0.0, 0.0, 0.0]. Extrude the sketch 0.75 units towards the normal and 0.0 units in the opposite direction. This operation creates a
new solid body. The final dimensions are length 0.1, width 0.1, height 0.75. </part_1>
<part_2> Construct a cross hole. Begin by creating a new coordinate system with Euler angles set to [0.0, 0.0, 0.0] and a
translation vector of [0.6, 0.0, 0.1]. Draw a 2D sketch on the first face. In the first loop, draw a circle with center at
(0.05, 0.05) and radius 0.025. Scale the sketch by a factor of 0.1. Rotate the scaled sketch using the Euler angles
[0.0, 0.0, 0.0] and translate it using the translation vector [0.6, 0.0, 0.1]. Extrude the sketch 0.0 units towards the normal and
0.1 units in the opposite direction. This operation removes material from the existing body. The final dimensions are length 0.05,
width 0.05, height 0.1. </part_2>
""")
def t15():
    a = part(rect(0, 0, 0.1, 0.1), (-90, 0, -90), (0, 0, 0), 0.75)
    b = part(disc(0.05, 0.05, 0.025), (0, 0, 0), (0.6, 0, 0.1), 0, 0.1)
    return a - b


@case("t16", "expert", """
Construct a symmetric disc. Create a new coordinate system with Euler angles [0.0, 0.0, 0.0] and translation vector
[0.0, 0.0, 0.1]. Draw the first face with one loop: a circle with center at (0.3, 0.3) and radius 0.3. Apply a sketch scale of 0.6.
Extrude the sketch symmetrically in both directions, 0.1 units towards the normal and 0.1 units in the opposite direction, to
create a new solid body. The final dimensions are length 0.6, width 0.6, height 0.2.
""")
def t16():
    return part(disc(0.3, 0.3, 0.3), t=(0, 0, 0.1), towards=0.1, opposite=0.1)


@case("t17", "expert", """
Part 1: Construct a rectangular base. Create a new coordinate system with Euler angles [0.0, 0.0, 0.0] and translation vector
[0.0, 0.0, 0.0]. For the first two-dimensional sketch, draw the first face, which consists of a single loop made up of four lines.
The first line starts at (0.0, 0.0) and ends at (0.75, 0.0). The second line starts at (0.75, 0.0) and ends at (0.75, 0.3). The
third line starts at (0.75, 0.3) and ends at (0.0, 0.3). The fourth line starts at (0.0, 0.3) and ends at (0.0, 0.0). Scale this
sketch by a factor of 0.75. Extrude the sketch 0.1 units along the normal direction and 0.0 units in the opposite direction. This
operation creates a new solid body. Part 2: Construct a vertical wall. Create a new coordinate system with Euler angles
[0.0, 0.0, 0.0] and translation vector [0.0, 0.0, 0.1]. Draw the first face with a single loop of four lines: the first line
starts at (0.0, 0.0) and ends at (0.75, 0.0); the second line starts at (0.75, 0.0) and ends at (0.75, 0.08); the third line
starts at (0.75, 0.08) and ends at (0.0, 0.08); the fourth line starts at (0.0, 0.08) and ends at (0.0, 0.0). Scale this sketch by
a factor of 0.75. Extrude the sketch 0.4 units along the normal direction and 0.0 units in the opposite direction. This operation
adds material to the existing body. The final dimensions are length 0.75, width 0.3, height 0.5.
""")
def t17():
    return part(rect(0, 0, 0.75, 0.3), towards=0.1) + part(rect(0, 0, 0.75, 0.08), t=(0, 0, 0.1), towards=0.4)


@case("t18", "expert", """
Create a new coordinate system with Euler angles set to [180.0, 0.0, -90.0] and a translation vector of [0.2, 0.5, 0.0]. For the
first two-dimensional sketch, draw the first face: loop 1 is a circle centered at (0.1, 0.1) with a radius of 0.1, and loop 2 is a
circle centered at (0.1, 0.1) with a radius of 0.06. Scale the sketch by a factor of 0.2. Rotate the scaled sketch using the Euler
angles [180.0, 0.0, -90.0] and translate it using the translation vector [0.2, 0.5, 0.0]. Extrude the sketch 0.5 units towards the
normal and 0.0 units in the opposite direction, creating a new solid body. The final dimensions are length 0.2, width 0.2, height 0.5.
""")
def t18():
    return part(disc(0.1, 0.1, 0.1) - disc(0.1, 0.1, 0.06), (180, 0, -90), (0.2, 0.5, 0), 0.5)


@case("t19", "expert", """
Construct a T-shaped block. Begin by creating a new coordinate system with Euler angles set to [0.0, 0.0, -90.0] and a translation
vector of [0.0, 0.25, 0.0]. Draw the sketch on two faces. Face 1: loop 1 is made of four lines: the first line starts at (0.0, 0.0)
and ends at (0.75, 0.0), the second line starts at (0.75, 0.0) and ends at (0.75, 0.15), the third line starts at (0.75, 0.15)
and ends at (0.0, 0.15), and the fourth line starts at (0.0, 0.15) and ends at (0.0, 0.0). Face 2: loop 1 is made of four lines:
the first line starts at (0.3, 0.15) and ends at (0.45, 0.15), the second line starts at (0.45, 0.15) and ends at (0.45, 0.6), the
third line starts at (0.45, 0.6) and ends at (0.3, 0.6), and the fourth line starts at (0.3, 0.6) and ends at (0.3, 0.15). Scale
the sketch by a factor of 0.75. Rotate the scaled sketch using the Euler angles [0.0, 0.0, -90.0] and translate it using the
translation vector [0.0, 0.25, 0.0]. Extrude the sketch 0.25 units towards the normal and 0.0 units in the opposite direction to
create a new solid body. The final dimensions are length 0.75, width 0.6, height 0.25.
""")
def t19():
    return part(rect(0, 0, 0.75, 0.15) + rect(0.3, 0.15, 0.45, 0.6), (0, 0, -90), (0, 0.25, 0), 0.25)


@case("t20", "expert", """
Create a hexagonal nut. Create a new coordinate system with Euler angles [0.0, 0.0, 0.0] and translation vector [0.0, 0.0, 0.0].
On face_1, loop_1 is a hexagon of six lines: line_1 from (0.0, 0.3248) to (0.1875, 0.0); line_2 from (0.1875, 0.0) to
(0.5625, 0.0); line_3 from (0.5625, 0.0) to (0.75, 0.3248); line_4 from (0.75, 0.3248) to (0.5625, 0.6495); line_5 from
(0.5625, 0.6495) to (0.1875, 0.6495); line_6 from (0.1875, 0.6495) to (0.0, 0.3248). loop_2 is circle_1 with center at
(0.375, 0.3248) and radius 0.18. Apply a sketch scale of 0.75. Extrude the sketch to a depth of 0.3 along the normal, with no
extrusion in the opposite direction, creating a new solid body. The nut measures 0.75 in length, 0.6495 in width and 0.3 in height.
""")
def t20():
    hexf = poly([(0, 0.3248), (0.1875, 0), (0.5625, 0), (0.75, 0.3248), (0.5625, 0.6495), (0.1875, 0.6495)])
    return part(hexf - disc(0.375, 0.3248, 0.18), towards=0.3)


@case("t21", "expert", """
Begin by setting up a new coordinate system with the Euler angles at 0.0, 0.0, and 0.0 degrees and the translation vector at 0.0,
0.0, and 0.0. Sketch the first face: the first loop has four lines, the first from (0.0, 0.0) to (0.75, 0.0), the second from
(0.75, 0.0) to (0.75, 0.5), the third from (0.75, 0.5) to (0.0, 0.5), and the fourth from (0.0, 0.5) back to (0.0, 0.0); the
second loop is a circle centered at (0.2, 0.25) with a radius of 0.05; the third loop is a circle centered at (0.55, 0.25) with a
radius of 0.05. Scale the whole sketch by 0.75. Extrude the sketch 0.06 units in the direction of the normal, ensuring no extrusion
in the opposite direction, and create a new solid body. The plate is 0.75 units long, 0.5 units wide and 0.06 units thick.
""")
def t21():
    return part(rect(0, 0, 0.75, 0.5) - disc(0.2, 0.25, 0.05) - disc(0.55, 0.25, 0.05), towards=0.06)


@case("t22", "expert", """
For the first part, construct a cylindrical base. Create a new coordinate system with Euler angles set to [0.0, 0.0, 0.0] and a
translation vector of [0.0, 0.0, 0.0]. On the first face, in the first loop, draw a circle with a center at (0.375, 0.375) and a
radius of 0.375. Apply a scale factor of 0.75 to the sketch. Extrude the sketch 0.15 units towards the normal to create a new solid
body. The dimensions of this part are 0.75 in length, 0.75 in width and 0.15 in height. For the second part, construct a smaller
cylinder on top. Create a new coordinate system with Euler angles set to [0.0, 0.0, 0.0] and a translation vector of
[0.225, 0.225, 0.15]. On the first face, in the first loop, draw a circle with a center at (0.15, 0.15) and a radius of 0.15.
Apply a scale factor of 0.3 to the sketch. Extrude the sketch 0.3 units towards the normal and join it to the existing body. The
dimensions of this part are 0.3 in length, 0.3 in width and 0.3 in height. For the third part, construct a through hole. Create a
new coordinate system with Euler angles set to [0.0, 0.0, 0.0] and a translation vector of [0.3, 0.3, 0.45]. On the first face, in
the first loop, draw a circle with a center at (0.075, 0.075) and a radius of 0.075. Apply a scale factor of 0.15 to the sketch.
Extrude the sketch 0.45 units in the opposite direction of the normal, removing material from the existing body.
""")
def t22():
    a = part(disc(0.375, 0.375, 0.375), towards=0.15)
    b = part(disc(0.15, 0.15, 0.15), t=(0.225, 0.225, 0.15), towards=0.3)
    c = part(disc(0.075, 0.075, 0.075), t=(0.3, 0.3, 0.45), opposite=0.45)
    return a + b - c


@case("t23", "expert", """
Create a new coordinate system with Euler angles set to [0.0, 0.0, -90.0] degrees and a translation vector of [0.0, 0.0, 0.0]. For
the first two-dimensional sketch, draw the first face, which consists of a single loop made up of six lines. The first line starts
at (0.0, 0.0) and ends at (0.75, 0.0). The second line starts at (0.75, 0.0) and ends at (0.75, 0.12). The third line starts at
(0.75, 0.12) and ends at (0.12, 0.12). The fourth line starts at (0.12, 0.12) and ends at (0.12, 0.5). The fifth line starts at
(0.12, 0.5) and ends at (0.0, 0.5). The sixth line starts at (0.0, 0.5) and ends at (0.0, 0.0). Scale this sketch by a factor of
0.75. Rotate the scaled sketch using the Euler angles [0.0, 0.0, -90.0] and translate it using the translation vector
[0.0, 0.0, 0.0]. Extrude the sketch 0.3 units along the normal direction and 0.0 units in the opposite direction. This operation
creates a new solid body. The final dimensions are length 0.75, width 0.5, height 0.3.
""")
def t23():
    f = poly([(0, 0), (0.75, 0), (0.75, 0.12), (0.12, 0.12), (0.12, 0.5), (0, 0.5)])
    return part(f, (0, 0, -90), (0, 0, 0), 0.3)


@case("t24", "expert", """
<part_1> Construct a cube with a square hole. Begin by creating a new coordinate system with Euler angles set to [0.0, 0.0, 0.0]
and a translation vector of [0.0, 0.0, 0.0]. Draw a 2D sketch on face_1: loop_1 consists of line_1 starting at (0.0, 0.0) and
ending at (0.6, 0.0), line_2 starting at (0.6, 0.0) and ending at (0.6, 0.6), line_3 starting at (0.6, 0.6) and ending at
(0.0, 0.6), and line_4 starting at (0.0, 0.6) and ending at (0.0, 0.0); loop_2 consists of line_1 starting at (0.2, 0.2) and ending
at (0.4, 0.2), line_2 starting at (0.4, 0.2) and ending at (0.4, 0.4), line_3 starting at (0.4, 0.4) and ending at (0.2, 0.4), and
line_4 starting at (0.2, 0.4) and ending at (0.2, 0.2). Scale this sketch by a factor of 0.6. Rotate the scaled sketch using the
Euler angles [0.0, 0.0, 0.0] and translate it using the translation vector [0.0, 0.0, 0.0]. Extrude the sketch 0.6 units towards
the normal and 0.0 units in the opposite direction. This operation creates a new solid body. The final dimensions are length 0.6,
width 0.6, height 0.6. </part_1>
""")
def t24():
    return part(rect(0, 0, 0.6, 0.6) - rect(0.2, 0.2, 0.4, 0.4), towards=0.6)


@case("t25", "expert", """
<part_1> Construct a rectangular block with a slot. Begin by creating a new coordinate system with Euler angles set to
[0.0, 0.0, 0.0] and a translation vector of [0.0, 0.0, 0.0]. Draw a 2D sketch on the first face. The first loop consists of four
lines: the first line starts at (0.0, 0.0) and ends at (0.75, 0.0); the second line starts at (0.75, 0.0) and ends at
(0.75, 0.4); the third line starts at (0.75, 0.4) and ends at (0.0, 0.4); the fourth line starts at (0.0, 0.4) and ends at
(0.0, 0.0). Scale the sketch by a factor of 0.75. Extrude the sketch 0.2 units along the normal direction and 0.0 units in the
opposite direction. This operation creates a new solid body. The final dimensions are length 0.75, width 0.4, height 0.2. </part_1>
<part_2> Construct a through slot. Begin by creating a new coordinate system with Euler angles set to [0.0, 0.0, 0.0] and a
translation vector of [0.2, 0.15, 0.2]. Draw a 2D sketch on the first face. The first loop consists of two lines and two arcs:
line_1 starts at (0.05, 0.0) and ends at (0.3, 0.0); arc_1 starts at (0.3, 0.0), with a mid point at (0.35, 0.05), and ends at
(0.3, 0.1); line_2 starts at (0.3, 0.1) and ends at (0.05, 0.1); arc_2 starts at (0.05, 0.1), with a mid point at (0.0, 0.05), and
ends at (0.05, 0.0). Scale the sketch by a factor of 0.35. Extrude the sketch 0.0 units along the normal direction and 0.2 units in
the opposite direction. This operation removes material from the existing body. The final dimensions are length 0.35, width 0.1,
height 0.2. </part_2>
""")
def t25():
    a = part(rect(0, 0, 0.75, 0.4), towards=0.2)
    slot = segs([("L", (0.05, 0), (0.3, 0)), ("A", (0.3, 0), (0.35, 0.05), (0.3, 0.1)),
                 ("L", (0.3, 0.1), (0.05, 0.1)), ("A", (0.05, 0.1), (0, 0.05), (0.05, 0))])
    return a - part(slot, t=(0.2, 0.15, 0.2), opposite=0.2)


@case("t26", "expert", """
Create a new coordinate system with Euler angles set to [-90.0, 0.0, -90.0] and a translation vector of [0.0, 0.0, 0.0]. Draw the
first face with a single loop: the first line starts at (0.0, 0.0) and ends at (0.5, 0.0), the second line starts at (0.5, 0.0)
and ends at (0.5, 0.1), the third line starts at (0.5, 0.1) and ends at (0.1, 0.1), the fourth line starts at (0.1, 0.1) and ends
at (0.1, 0.4), the fifth line starts at (0.1, 0.4) and ends at (0.0, 0.4), and the sixth line starts at (0.0, 0.4) and ends at
(0.0, 0.0). Scale the sketch by a factor of 0.5. Transform the scaled sketch into three dimensions using the Euler angles and the
translation vector. Extrude the sketch 0.375 units in the direction of the normal and 0.375 units in the opposite direction of the
normal, creating a new solid body. The angle bracket measures 0.5 in length, 0.4 in width and 0.75 in height.
""")
def t26():
    f = poly([(0, 0), (0.5, 0), (0.5, 0.1), (0.1, 0.1), (0.1, 0.4), (0, 0.4)])
    return part(f, (-90, 0, -90), (0, 0, 0), 0.375, 0.375)


# ---------------------------------------------------------------- intermediate (level2) / beginner (level3)
@case("t27", "intermediate", """
Create a rectangular block by starting with a two-dimensional sketch on a face. The sketch forms a rectangle with a length slightly
less than 0.7 units and a width slightly less than 0.4 units. After drawing the sketch, scale it down to fit the desired dimensions.
The scaled sketch is then transformed into a three-dimensional model by extruding it along the normal direction to a height
slightly less than 0.08 units. The resulting solid body has a length, width, and height that closely match the specified
dimensions, forming a compact rectangular block.
""")
def t27():
    return part(rect(0, 0, 0.7, 0.4), towards=0.08)


@case("t28", "beginner", """
The design involves creating a small rectangular block. The block has a length and width that are roughly 0.7 and 0.4 units,
respectively, and a height of about 0.08 units. The final shape is a simple, compact rectangular solid.
""")
def t28():
    return part(rect(0, 0, 0.7, 0.4), towards=0.08)


@case("t29", "intermediate", """
The design consists of a cylindrical object with a central hole. Start by drawing two concentric circles on a face, the outer one
with a diameter of 0.75 units and the inner one with a diameter of 0.3 units. Scale the sketch and extrude it along the normal to
form a solid ring. The final part measures 0.75 units in length, 0.75 units in width, and 0.12 units in height.
""")
def t29():
    return part(disc(0.375, 0.375, 0.375) - disc(0.375, 0.375, 0.15), towards=0.12)


@case("t30", "beginner", """
The design is a flat rectangular plate with two round holes. The plate is about 0.75 units long, 0.5 units wide and 0.06 units
thick, and the two holes, each 0.1 units across, sit on the centre line of the plate.
""")
def t30():
    return part(rect(0, 0, 0.75, 0.5) - disc(0.2, 0.25, 0.05) - disc(0.55, 0.25, 0.05), towards=0.06)


@case("t31", "intermediate", """
Start by creating a new coordinate system rotated so the sketch stands upright. Draw a circle on the first face and scale it to
the desired size. Extrude the sketch to form a solid cylinder. The cylinder has a height of 0.425 units and a diameter of 0.06
units, giving it a slender, rod-like shape.
""")
def t31():
    return part(disc(0.03, 0.03, 0.03), towards=0.425)


@case("t32", "beginner", """
The design is a cube with a square hole through its centre. The cube measures 0.6 units on each side and the square hole is 0.2
units wide.
""")
def t32():
    return part(rect(0, 0, 0.6, 0.6) - rect(0.2, 0.2, 0.4, 0.4), towards=0.6)


@case("t33", "intermediate", """
The first part is a square base plate 0.75 units on a side and 0.1 units thick. A cylindrical boss with a diameter of 0.3 units and
a height of 0.2 units is added on top of the plate at its centre, and a hole with a diameter of 0.1 units is cut through the boss
and the plate. The final assembly is 0.75 units long, 0.75 units wide and 0.3 units tall.
""")
def t33():
    return t10()


def main():
    rows = []
    for c in CASES:
        s = c["fn"]()
        if isinstance(s, (list, tuple, ShapeList)):
            s = s[0]
        solids = s.solids()
        assert len(solids) == 1, (c["id"], len(solids))
        bb = s.bounding_box()
        rows.append({"id": c["id"], "style": 1, "level": "expert" if c["level"] == "markdown" else c["level"], "prompt": c["prompt"],
                     "expect": {"extents": sorted(round(x, 4) for x in (bb.size.X, bb.size.Y, bb.size.Z)),
                                "volume": round(s.volume, 6), "genus": genus(solids[0])}})
    with open(OUT, "w") as f:
        for r in rows:
            f.write(json.dumps(r) + "\n")
    print(f"wrote {len(rows)} cases to {OUT}")


if __name__ == "__main__":
    main()

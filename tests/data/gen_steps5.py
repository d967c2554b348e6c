# ruff: noqa
# Reference generator of the held-out set steps5 (session 4), written by a helper who saw no code or sets;
# kept as written. Run with build123d installed: python tests/data/gen_steps5.py (it writes the set next to itself, under the name the writer gave it).
"""Generator for held-out eval set steps5.jsonl (s501..s560).

Every reference solid is modelled in build123d; expected extents / volume /
genus are computed from the solid.  Parts described in inches are modelled
(and reported) in millimetres (1 in = 25.4 mm).
"""
import json
import math
import os

from build123d import *
from OCP.BRep import BRep_Tool

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "steps5.jsonl")
IN = 25.4

CASES = []


def case(cid, style, prompt, genus, vol_round=1):
    def deco(fn):
        CASES.append(dict(id=cid, style=style, prompt=prompt.strip(), genus=genus,
                          vol_round=vol_round, fn=fn))
        return fn
    return deco


def topo_genus(s):
    """Genus of a single closed shell from the Euler characteristic."""
    V = len(s.vertices())
    E = len([e for e in s.edges() if not BRep_Tool.Degenerated_s(e.wrapped)])
    F = len(s.faces())
    W = len(s.wires())
    chi = V - E + 2 * F - W
    return (2 - chi) // 2


# ---------------------------------------------------------------- helpers
def loop_face(segs, k=1.0):
    """segs: ('L',p0,p1) | ('A',p0,pm,p1), coordinates scaled by k."""
    sc = lambda p: (p[0] * k, p[1] * k)
    with BuildLine() as bl:
        for s in segs:
            if s[0] == "L":
                Line(sc(s[1]), sc(s[2]))
            else:
                ThreePointArc(sc(s[1]), sc(s[2]), sc(s[3]))
    return Face(Wire(bl.edges()))


def circ(c, r, k=1.0):
    return Pos(c[0] * k, c[1] * k) * Circle(r * k)


def rect_loop(x0, y0, x1, y1):
    return [("L", (x0, y0), (x1, y0)), ("L", (x1, y0), (x1, y1)),
            ("L", (x1, y1), (x0, y1)), ("L", (x0, y1), (x0, y0))]


def poly_loop(pts):
    return [("L", pts[i], pts[(i + 1) % len(pts)]) for i in range(len(pts))]


def ext(face, d_normal, d_opp=0.0):
    return Pos(0, 0, -d_opp) * extrude(face, d_normal + d_opp)


def cyl(r, h, x=0, y=0, z=0):
    """Cylinder along +Z with base centre at (x,y,z)."""
    return Pos(x, y, z) * Cylinder(r, h, align=(Align.CENTER, Align.CENTER, Align.MIN))


def box(x0, y0, z0, x1, y1, z1):
    return Pos(x0, y0, z0) * Box(x1 - x0, y1 - y0, z1 - z0, align=Align.MIN)


def hexagon_prism(af, h):
    return extrude(RegularPolygon(af / math.sqrt(3), 6), h)


def csk_hole(x, y, top_z, d, dcsk, depth_through):
    """Through hole with 90 deg countersink at the top face (z=top_z)."""
    h = cyl(d / 2, depth_through + 2, x, y, top_z - depth_through - 1)
    cone_h = (dcsk - d) / 2  # 90 deg included angle
    cone = Pos(x, y, top_z - cone_h) * Cone(d / 2, dcsk / 2 + 1, cone_h + 1,
                                          align=(Align.CENTER, Align.CENTER, Align.MIN))
    return h + cone


# ======================================================================
# STYLE 1 : Text2CAD expert
# ======================================================================
@case("s501", 1, """
Part 1: Create a new coordinate system with Euler angles [0.0, 0.0, 0.0] and translation vector [0.0, 0.0, 0.0]. Draw a 2D sketch on face 1. In loop 1, draw four lines: line 1 from (0.0, 0.0) to (0.75, 0.0); line 2 from (0.75, 0.0) to (0.75, 0.5); line 3 from (0.75, 0.5) to (0.0, 0.5); line 4 from (0.0, 0.5) to (0.0, 0.0). In loop 2, draw a circle with center (0.15, 0.25) and radius 0.05. In loop 3, draw a circle with center (0.6, 0.25) and radius 0.05. Apply a sketch scale of 0.75 to the entire sketch. Transform the scaled 2D sketch into 3D using the Euler angles [0.0, 0.0, 0.0] and translation vector [0.0, 0.0, 0.0]. Extrude the sketch 0.075 units towards the normal and 0.0 units in the opposite direction of the normal, creating a new solid body. The resulting part is a rectangular plate with two circular holes, with a length of 0.5625, a width of 0.375 and a height of 0.075.
""", genus=2, vol_round=4)
def s501():
    k = 0.75
    f = loop_face(rect_loop(0, 0, 0.75, 0.5), k) - circ((0.15, 0.25), 0.05, k) - circ((0.6, 0.25), 0.05, k)
    return ext(f, 0.075)


@case("s502", 1, """
Part 1: Construct an L-shaped bracket. Begin by creating a new coordinate system with Euler angles set to [0.0, 0.0, -90.0] and a translation vector of [0.0, 0.375, 0.0].
On the first face, draw the first loop consisting of six lines:
- Line 1 starts at (0.0, 0.0) and ends at (0.75, 0.0).
- Line 2 starts at (0.75, 0.0) and ends at (0.75, 0.1).
- Line 3 starts at (0.75, 0.1) and ends at (0.1, 0.1).
- Line 4 starts at (0.1, 0.1) and ends at (0.1, 0.5).
- Line 5 starts at (0.1, 0.5) and ends at (0.0, 0.5).
- Line 6 starts at (0.0, 0.5) and ends at (0.0, 0.0).
Scale the 2D sketch by a factor of 0.75. Rotate the scaled sketch using the Euler angles [0.0, 0.0, -90.0] and translate it using the translation vector [0.0, 0.375, 0.0].
Extrude the sketch 0.375 units along the normal direction and 0.0 units in the opposite direction to create a new solid body.
The final dimensions of the L-shaped bracket are length 0.5625 units, width 0.375 units and height 0.375 units.
""", genus=0, vol_round=4)
def s502():
    k = 0.75
    f = loop_face(poly_loop([(0, 0), (0.75, 0), (0.75, 0.1), (0.1, 0.1), (0.1, 0.5), (0, 0.5)]), k)
    return ext(f, 0.375)


@case("s503", 1, """
Part 1: Create a new coordinate system with Euler angles of [-90.0, 0.0, -90.0] and a translation vector of [0.2, 0.0, 0.0]. Draw a 2D sketch on face 1 consisting of two loops. Loop 1: a circle centered at (0.375, 0.375) with a radius of 0.375. Loop 2: a circle centered at (0.375, 0.375) with a radius of 0.15. Apply a sketch scale of 0.75. Transform the scaled sketch into 3D space by rotating it with the Euler angles [-90.0, 0.0, -90.0] and translating it by [0.2, 0.0, 0.0]. Extrude the sketch 0.1 units in the direction of the normal and 0.1 units in the opposite direction of the normal to form a new solid body. The final part is a ring (washer) with a length of 0.5625, a width of 0.5625 and a height of 0.2.
""", genus=1, vol_round=4)
def s503():
    k = 0.75
    f = circ((0.375, 0.375), 0.375, k) - circ((0.375, 0.375), 0.15, k)
    return ext(f, 0.1, 0.1)


@case("s504", 1, """
Part 1: Create a new coordinate system with Euler angles [0.0, 0.0, 0.0] and translation vector [0.0, 0.0, 0.0]. On face 1, draw loop 1 composed of two lines and two arcs. Line 1 starts at (0.125, 0.0) and ends at (0.625, 0.0). Arc 1 starts at (0.625, 0.0), has its mid point at (0.75, 0.125) and ends at (0.625, 0.25). Line 2 starts at (0.625, 0.25) and ends at (0.125, 0.25). Arc 2 starts at (0.125, 0.25), passes through the mid point (0.0, 0.125) and ends at (0.125, 0.0). Loop 2 is a circle centered at (0.125, 0.125) with a radius of 0.0625. Loop 3 is a circle centered at (0.625, 0.125) with a radius of 0.0625. Scale the sketch using a sketch scale of 0.75. Transform the 2D sketch into 3D using the coordinate system. Extrude the sketch 0.05 units towards the normal and 0.0 units opposite to the normal, creating a new solid body. The part is a flat link with rounded ends and two holes; length 0.5625, width 0.1875, height 0.05.
""", genus=2, vol_round=4)
def s504():
    k = 0.75
    f = loop_face([("L", (0.125, 0), (0.625, 0)), ("A", (0.625, 0), (0.75, 0.125), (0.625, 0.25)),
                   ("L", (0.625, 0.25), (0.125, 0.25)), ("A", (0.125, 0.25), (0.0, 0.125), (0.125, 0))], k)
    f = f - circ((0.125, 0.125), 0.0625, k) - circ((0.625, 0.125), 0.0625, k)
    return ext(f, 0.05)


@case("s505", 1, """
Part 1: Square base. Create a new coordinate system with Euler angles [0.0, 0.0, 0.0] and translation vector [0.0, 0.0, 0.0]. Draw a 2D sketch on face 1 with loop 1 made of four lines: (0.0, 0.0) to (0.75, 0.0), (0.75, 0.0) to (0.75, 0.75), (0.75, 0.75) to (0.0, 0.75), (0.0, 0.75) to (0.0, 0.0). Apply a sketch scale of 0.75. Transform the sketch into 3D with the coordinate system. Extrude 0.125 units towards the normal and 0.0 units in the opposite direction, creating a new solid body. Dimensions: length 0.5625, width 0.5625, height 0.125.

Part 2: Cylindrical boss. Create a new coordinate system with Euler angles [0.0, 0.0, 0.0] and translation vector [0.0, 0.0, 0.125]. Draw a 2D sketch on face 1 with loop 1 a circle centered at (0.375, 0.375) with radius 0.2. Apply a sketch scale of 0.75. Transform the sketch into 3D using the Euler angles and translation vector. Extrude the sketch 0.25 units towards the normal and 0.0 units in the opposite direction, and join this part to the existing body. Dimensions of part 2: length 0.3, width 0.3, height 0.25.

The final shape is a square plate with a cylindrical boss in the centre of its top face; overall height 0.375.
""", genus=0, vol_round=4)
def s505():
    k = 0.75
    p1 = ext(loop_face(rect_loop(0, 0, 0.75, 0.75), k), 0.125)
    p2 = Pos(0, 0, 0.125) * ext(circ((0.375, 0.375), 0.2, k), 0.25)
    return p1 + p2


@case("s506", 1, """
Part 1: Create a new coordinate system with Euler angles [0.0, 0.0, -90.0] and translation vector [0.0, 0.5, 0.0]. For the first 2D sketch, on face 1, loop 1: line 1 from (0.0, 0.0) to (0.75, 0.0), line 2 from (0.75, 0.0) to (0.75, 0.375), line 3 from (0.75, 0.375) to (0.0, 0.375), line 4 from (0.0, 0.375) to (0.0, 0.0). Apply a sketch scale of 0.75. Transform the scaled sketch into 3D using the Euler angles and translation vector. Extrude the sketch 0.5 units in the direction of the normal and 0.0 units opposite to the normal. This creates a new solid body: a rectangular block with length 0.5625, width 0.28125 and height 0.5.

Part 2: Create a new coordinate system with Euler angles [0.0, 0.0, -90.0] and translation vector [0.0, 0.5, 0.0]. On face 1 draw loop 1: line 1 from (0.25, 0.25) to (0.5, 0.25), line 2 from (0.5, 0.25) to (0.5, 0.375), line 3 from (0.5, 0.375) to (0.25, 0.375), line 4 from (0.25, 0.375) to (0.25, 0.25). Apply a sketch scale of 0.75. Transform the sketch into 3D using the same Euler angles and translation vector. Extrude 0.5 units towards the normal and 0.0 units in the opposite direction, removing material from the existing body (cut). Part 2 is a rectangular groove with length 0.1875, width 0.09375 and depth 0.5 running the full length of the block.
""", genus=0, vol_round=4)
def s506():
    k = 0.75
    p1 = ext(loop_face(rect_loop(0, 0, 0.75, 0.375), k), 0.5)
    p2 = ext(loop_face(rect_loop(0.25, 0.25, 0.5, 0.375), k), 0.5)
    return p1 - p2


@case("s507", 1, """
Part 1: Create a new coordinate system with Euler angles [0.0, 0.0, 0.0] and translation vector [0.0, 0.0, 0.0]. Draw the first 2D sketch on face 1.
Loop 1: circle, center (0.375, 0.375), radius 0.375.
Loop 2: circle, center (0.375, 0.375), radius 0.1.
Loop 3: circle, center (0.375, 0.1), radius 0.04.
Loop 4: circle, center (0.65, 0.375), radius 0.04.
Loop 5: circle, center (0.375, 0.65), radius 0.04.
Loop 6: circle, center (0.1, 0.375), radius 0.04.
Apply a sketch scale of 0.75. Transform the scaled 2D sketch into 3D using the Euler angles and translation vector. Extrude 0.075 units in the direction of the normal and 0.0 units in the opposite direction, creating a new solid body. Part 1 dimensions: length 0.5625, width 0.5625, height 0.075.
Part 2: Create a new coordinate system with Euler angles [0.0, 0.0, 0.0] and translation vector [0.0, 0.0, 0.0]. Draw a 2D sketch on face 1. Loop 1: circle, center (0.375, 0.375), radius 0.18. Loop 2: circle, center (0.375, 0.375), radius 0.1. Apply a sketch scale of 0.75 and transform into 3D. Extrude 0.275 units in the direction of the normal and 0.0 units in the opposite direction, joining the new material to the existing body. Part 2 dimensions: length 0.27, width 0.27, height 0.275.
Final shape: a circular flange with a central hollow hub and four bolt holes; overall height 0.275.
""", genus=5, vol_round=4)
def s507():
    k = 0.75
    f = circ((0.375, 0.375), 0.375, k) - circ((0.375, 0.375), 0.1, k)
    for c in [(0.375, 0.1), (0.65, 0.375), (0.375, 0.65), (0.1, 0.375)]:
        f = f - circ(c, 0.04, k)
    p1 = ext(f, 0.075)
    p2 = ext(circ((0.375, 0.375), 0.18, k) - circ((0.375, 0.375), 0.1, k), 0.275)
    return p1 + p2


@case("s508", 1, """
Part 1: Create a new coordinate system with Euler angles [0.0, 0.0, -90.0] and translation vector [0.0, 0.25, 0.0]. Draw a 2D sketch on face 1 with a single loop of four lines: line 1 from (0.0, 0.0) to (0.75, 0.0); line 2 from (0.75, 0.0) to (0.75, 0.1); line 3 from (0.75, 0.1) to (0.0, 0.4); line 4 from (0.0, 0.4) to (0.0, 0.0). Scale the sketch by 0.75. Rotate the sketch with Euler angles [0.0, 0.0, -90.0] and translate it by [0.0, 0.25, 0.0]. Extrude the sketch 0.125 units toward the normal and 0.125 units in the opposite direction of the normal to create a new solid body. The result is a wedge-shaped block (a door stop) with a length of 0.5625, a width of 0.25 and a height of 0.3.
""", genus=0, vol_round=4)
def s508():
    k = 0.75
    f = loop_face(poly_loop([(0, 0), (0.75, 0), (0.75, 0.1), (0, 0.4)]), k)
    return ext(f, 0.125, 0.125)


@case("s509", 1, """
Part 1: Square frame.
Create a new coordinate system with Euler angles [-90.0, 0.0, -90.0] and translation vector [0.375, 0.0, 0.0].
Sketch on face 1:
  Loop 1 - line 1 (0.0, 0.0)-(0.75, 0.0); line 2 (0.75, 0.0)-(0.75, 0.75); line 3 (0.75, 0.75)-(0.0, 0.75); line 4 (0.0, 0.75)-(0.0, 0.0).
  Loop 2 - line 1 (0.1, 0.1)-(0.65, 0.1); line 2 (0.65, 0.1)-(0.65, 0.65); line 3 (0.65, 0.65)-(0.1, 0.65); line 4 (0.1, 0.65)-(0.1, 0.1).
Sketch scale: 0.75.
Transform the 2D sketch into 3D using the Euler angles [-90.0, 0.0, -90.0] and the translation vector [0.375, 0.0, 0.0].
Extrude 0.05 units in the direction of the normal and 0.05 units in the opposite direction; operation: new body.
Final dimensions: length 0.5625, width 0.5625, height 0.1.
""", genus=1, vol_round=4)
def s509():
    k = 0.75
    f = loop_face(rect_loop(0, 0, 0.75, 0.75), k) - loop_face(rect_loop(0.1, 0.1, 0.65, 0.65), k)
    return ext(f, 0.05, 0.05)


@case("s510", 1, """
Part 1: Create a new coordinate system with Euler angles [0.0, 0.0, 0.0] and translation vector [0.0, 0.0, 0.0]. On face 1, draw loop 1 as a circle with center at (0.375, 0.375) and radius 0.375. Apply a sketch scale of 0.75, transform into 3D, and extrude 0.1 units towards the normal (0.0 opposite) to create a new solid body: a disc of diameter 0.5625 and height 0.1.
Part 2: Create a new coordinate system with Euler angles [0.0, 0.0, 0.0] and translation vector [0.0, 0.0, 0.1]. On face 1, draw loop 1 as a circle with center at (0.375, 0.375) and radius 0.25. Apply a sketch scale of 0.75, transform into 3D using the translation vector, and extrude 0.15 units towards the normal and 0.0 in the opposite direction. Join the result to the previous body. Part 2 is a cylinder of diameter 0.375 and height 0.15.
Part 3: Create a new coordinate system with Euler angles [0.0, 0.0, 0.0] and translation vector [0.0, 0.0, 0.25]. On face 1, draw loop 1 as a circle with center at (0.375, 0.375) and radius 0.125. Apply a sketch scale of 0.75 and transform the sketch into 3D. Extrude 0.0 units towards the normal and 0.25 units in the opposite direction of the normal, cutting material from the existing body. This creates a central hole of diameter 0.1875 through the whole part.
The final shape is a stepped cylindrical knob with a through bore, total height 0.25.
""", genus=1, vol_round=4)
def s510():
    k = 0.75
    p1 = ext(circ((0.375, 0.375), 0.375, k), 0.1)
    p2 = Pos(0, 0, 0.1) * ext(circ((0.375, 0.375), 0.25, k), 0.15)
    p3 = Pos(0, 0, 0.25) * ext(circ((0.375, 0.375), 0.125, k), 0.0, 0.25)
    return p1 + p2 - p3


# ======================================================================
# STYLE 2 : Text2CAD beginner / intermediate prose
# ======================================================================
@case("s511", 2, """
Create a rectangular plate 100 mm long, 60 mm wide and 8 mm thick. Add four through holes of 6.5 mm diameter, one near each corner, with their centres 10 mm from the nearest edges.
""", genus=4)
def s511():
    p = box(0, 0, 0, 100, 60, 8)
    for x in (10, 90):
        for y in (10, 50):
            p -= cyl(3.25, 8, x, y)
    return p


@case("s512", 2, """
Make a simple cylinder that is 40 mm in diameter and 25 mm tall. Put a hole 10 mm in diameter straight through the middle of it from the top face to the bottom face.
""", genus=1)
def s512():
    return cyl(20, 25) - cyl(5, 25)


@case("s513", 2, """
Draw a square of 50 mm by 50 mm and extrude it 20 mm to make a block. In the centre of the top face, make a round hole 30 mm across that goes 12 mm deep (not all the way through).
""", genus=0)
def s513():
    return box(-25, -25, 0, 25, 25, 20) - cyl(15, 12, 0, 0, 8)


@case("s514", 2, """
Create a flat bar with fully rounded ends. The bar is 120 mm long overall, 20 mm wide and 10 mm thick, and each end is a half circle. Drill an 8 mm hole through the bar at the centre of each rounded end, so the holes are 100 mm apart.
""", genus=2)
def s514():
    sk = SlotCenterToCenter(100, 20)
    p = extrude(sk, 10)
    p -= cyl(4, 10, -50, 0) + cyl(4, 10, 50, 0)
    return p


@case("s515", 2, """
Make an L-shaped angle bracket out of 5 mm thick plate. The horizontal leg is 60 mm long and the vertical leg is 40 mm tall, both measured to the outside of the bend, and the bracket is 30 mm wide. Leave the corner sharp.
""", genus=0)
def s515():
    return box(0, 0, 0, 60, 30, 5) + box(0, 0, 0, 5, 30, 40)


@case("s516", 2, """
I need a flat washer: outside diameter 24 mm, inside diameter 13 mm, thickness 2.5 mm.
""", genus=1)
def s516():
    return cyl(12, 2.5) - cyl(6.5, 2.5)


@case("s517", 2, """
Create a square plate 80 mm by 80 mm and 6 mm thick. Cut a 40 mm square opening through the centre of the plate, with its sides parallel to the outside edges. Round the four outside corners of the plate with a 5 mm radius.
""", genus=1)
def s517():
    p = box(-40, -40, 0, 40, 40, 6)
    p = fillet(p.edges().filter_by(Axis.Z), 5)
    return p - box(-20, -20, 0, 20, 20, 6)


@case("s518", 2, """
Model a plain hex nut. The hexagon is 17 mm across the flats and the nut is 8 mm thick. It has a 10 mm diameter hole through the centre (don't model the thread).
""", genus=1)
def s518():
    return hexagon_prism(17, 8) - cyl(5, 8)


@case("s519", 2, """
Start with a rectangular block 60 mm long, 40 mm wide and 30 mm high. Cut a straight slot into the top face that runs the full 60 mm length of the block. The slot is 10 mm wide and 5 mm deep and is centred across the width.
""", genus=0)
def s519():
    return box(0, 0, 0, 60, 40, 30) - box(0, 15, 25, 60, 25, 30)


@case("s520", 2, """
Make a round cover plate 3 inches in diameter and 1/4 inch thick. It has a 1/2 inch hole in the centre and four 1/4 inch holes equally spaced on a 2 inch diameter bolt circle.
""", genus=5)
def s520():
    p = cyl(1.5 * IN, 0.25 * IN) - cyl(0.25 * IN, 0.25 * IN)
    for i in range(4):
        a = math.radians(90 * i)
        p -= cyl(0.125 * IN, 0.25 * IN, IN * math.cos(a), IN * math.sin(a))
    return p


# ======================================================================
# STYLE 3 : CADPrompt / DeepCAD caption (final shape)
# ======================================================================
@case("s521", 3, """
The object is a rectangular prism with a cylindrical hole through its centre. The prism measures 40 mm in length, 30 mm in width and 15 mm in height. The hole has a diameter of 12 mm and passes through the full 15 mm height, perpendicular to the largest face.
""", genus=1)
def s521():
    return box(-20, -15, 0, 20, 15, 15) - cyl(6, 15)


@case("s522", 3, """
The object is a cylindrical shaft with a larger diameter collar at one end. The shaft is 10 mm in diameter and the part is 50 mm long overall. The collar is 18 mm in diameter and 5 mm thick and is flush with one end of the shaft. The shaft and collar are coaxial.
""", genus=0)
def s522():
    return cyl(9, 5) + cyl(5, 45, 0, 0, 5)


@case("s523", 3, """
The object is a T-shaped block with a flat top bar and a central vertical stem. The top bar is 60 units long and 15 units tall. The stem is 20 units wide and extends 40 units below the bar, centred under it. The whole part has a uniform thickness of 10 units.
""", genus=0, vol_round=1)
def s523():
    return box(-30, 40, 0, 30, 55, 10) + box(-10, 0, 0, 10, 40, 10)


@case("s524", 3, """
The object is a hollow cylindrical tube with open ends. It has an outer diameter of 30 mm, a wall thickness of 3 mm and a length of 80 mm.
""", genus=1)
def s524():
    return cyl(15, 80) - cyl(12, 80)


@case("s525", 3, """
The object is a rectangular box that is open at the top, with a flat bottom and four vertical walls of uniform 2 mm thickness (the bottom is also 2 mm thick). The outside of the box measures 80 mm long, 50 mm wide and 30 mm high. The edges are sharp.
""", genus=0)
def s525():
    b = box(0, 0, 0, 80, 50, 30)
    return offset(b, amount=-2, openings=b.faces().sort_by(Axis.Z)[-1])


@case("s526", 3, """
The object is a circular flange with a central raised hub. The flange disc is 100 mm in diameter and 12 mm thick, and has six 9 mm diameter holes equally spaced on an 80 mm diameter bolt circle. The cylindrical hub is 50 mm in diameter and rises 20 mm above the top face of the flange. A 30 mm diameter bore runs through the hub and the flange along the central axis.
""", genus=7)
def s526():
    p = cyl(50, 12) + cyl(25, 20, 0, 0, 12) - cyl(15, 32)
    for i in range(6):
        a = math.radians(60 * i)
        p -= cyl(4.5, 12, 40 * math.cos(a), 40 * math.sin(a))
    return p


@case("s527", 3, """
The object is a cube with a smaller cube-shaped notch removed from one of its corners. The main cube has sides of 1.0 unit, and the removed corner section is a cube of 0.5 units on each side, so three faces of the part show an L-shaped outline.
""", genus=0, vol_round=4)
def s527():
    return box(0, 0, 0, 1, 1, 1) - box(0.5, 0.5, 0.5, 1, 1, 1)


@case("s528", 3, """
The object is a solid truncated cone (frustum) with flat circular top and bottom faces. The bottom face has a diameter of 40 mm, the top face has a diameter of 20 mm, and the height between them is 30 mm.
""", genus=0)
def s528():
    return Cone(20, 10, 30, align=(Align.CENTER, Align.CENTER, Align.MIN))


@case("s529", 3, """
The object is a thin rectangular plate with rounded corners and a rectangular cutout in the center. The plate is 0.75 units long, 0.5 units wide and 0.05 units thick, and its four corners are rounded with a radius of 0.05 units. The cutout passes through the plate, has sharp corners, measures 0.3 units by 0.1 units and is aligned with the plate's long side.
""", genus=1, vol_round=4)
def s529():
    f = RectangleRounded(0.75, 0.5, 0.05) - Rectangle(0.3, 0.1)
    return extrude(f, 0.05)


@case("s530", 3, """
The object is a cylindrical rod with a hemispherical dome at one end and a flat face at the other. The rod has a diameter of 0.4 units. The total length of the object, including the dome, is 1.0 unit.
""", genus=0, vol_round=4)
def s530():
    return cyl(0.2, 0.8) + Pos(0, 0, 0.8) * Sphere(0.2)


# ======================================================================
# STYLE 4 : numbered operations
# ======================================================================
@case("s531", 4, """
1. Sketch a 120 x 80 mm rectangle on the XY plane.
2. Extrude it 10 mm to form the base plate.
3. Drill four 8.5 mm through holes, located 15 mm from the short edges and 12 mm from the long edges.
4. Counterbore each hole from the top face to 14 mm diameter, 5 mm deep.
5. Fillet the four vertical corner edges of the plate with R6.
""", genus=4)
def s531():
    p = box(0, 0, 0, 120, 80, 10)
    p = fillet(p.edges().filter_by(Axis.Z), 6)
    for x in (15, 105):
        for y in (12, 68):
            p -= cyl(4.25, 10, x, y) + cyl(7, 5, x, y, 5)
    return p


@case("s532", 4, """
1. Draw a circle of diameter 60 mm and pad it 15 mm.
2. Pocket a 20 mm diameter hole through the centre.
3. Drill six 6.6 mm holes through, equally spaced on a 45 mm PCD.
4. Chamfer the outer circular edge of the top face 1.5 mm x 45 deg.
""", genus=7)
def s532():
    p = cyl(30, 15)
    top_outer = p.edges().group_by(Axis.Z)[-1].sort_by(SortBy.RADIUS)[-1]
    p = chamfer(top_outer, 1.5)
    p -= cyl(10, 15)
    for i in range(6):
        a = math.radians(60 * i)
        p -= cyl(3.3, 15, 22.5 * math.cos(a), 22.5 * math.sin(a))
    return p


@case("s533", 4, """
1. Create a rectangular plate 80 mm x 40 mm, 8 mm thick.
2. On the centreline of the plate (20 mm from the long edges), drill two 6.6 mm through holes, at 20 mm and 60 mm from the left edge.
3. Countersink both holes from the top face: 90 degree included angle, 13 mm diameter at the surface.
""", genus=2)
def s533():
    p = box(0, 0, 0, 80, 40, 8)
    for x in (20, 60):
        p -= csk_hole(x, 20, 8, 6.6, 13, 8)
    return p


@case("s534", 4, """
1. Block: 100 long x 50 wide x 25 high (mm).
2. Pocket: rectangular, 60 x 30, 10 deep, centred on the top face, sides parallel to the block edges, sharp corners.
3. Hole: 10 dia, through, at the centre of the pocket floor.
""", genus=1)
def s534():
    return box(-50, -25, 0, 50, 25, 25) - box(-30, -15, 15, 30, 15, 25) - cyl(5, 25)


@case("s535", 4, """
1. Make a solid box 60 mm (X) x 40 mm (Y) x 30 mm (Z).
2. Shell the box to a wall thickness of 3 mm, removing the top face (open top, 3 mm floor).
3. Drill a 10 mm hole through one of the 40 mm wide end walls, centred on that wall: 20 mm from the side faces and 15 mm up from the bottom.
""", genus=1)
def s535():
    b = box(0, 0, 0, 60, 40, 30)
    s = offset(b, amount=-3, openings=b.faces().sort_by(Axis.Z)[-1])
    hole = Pos(-1, 20, 15) * Rot(0, 90, 0) * Cylinder(5, 5, align=(Align.CENTER, Align.CENTER, Align.MIN))
    return s - hole


@case("s536", 4, """
1. Sketch a rectangle 90 x 50 with its lower-left corner at the origin; extrude 6 mm.
2. Cut a through slot 8 mm wide and 30 mm long overall (rounded ends), running parallel to the 90 mm edge; the centre of the slot is 30 mm from the left edge and 25 mm from the bottom edge.
3. Bore a 10 mm through hole 70 mm from the left edge and 25 mm from the bottom edge.
""", genus=2)
def s536():
    p = box(0, 0, 0, 90, 50, 6)
    p -= Pos(30, 25) * extrude(SlotOverall(30, 8), 6)
    p -= cyl(5, 6, 70, 25)
    return p


@case("s537", 4, """
1. Rectangle from (0,0) to (150,100), extrude 12 mm.
2. Drill 10 mm through holes at (20,20), (130,20), (130,80), (20,80) and (75,50).
3. Chamfer the four vertical outside edges 5 mm.
""", genus=5)
def s537():
    p = box(0, 0, 0, 150, 100, 12)
    p = chamfer(p.edges().filter_by(Axis.Z), 5)
    for x, y in [(20, 20), (130, 20), (130, 80), (20, 80), (75, 50)]:
        p -= cyl(5, 12, x, y)
    return p


@case("s538", 4, """
1. Create a cylinder, diameter 50 mm, height 40 mm, standing on the XY plane.
2. Shell it inward with a 4 mm wall, removing the top face, to make a cup (4 mm bottom).
3. Round the outer bottom edge with a 3 mm fillet.
""", genus=0)
def s538():
    c = cyl(25, 40)
    c = offset(c, amount=-4, openings=c.faces().sort_by(Axis.Z)[-1])
    e = c.edges().group_by(Axis.Z)[0]
    return fillet(e, 3)


@case("s539", 4, """
1. Sketch an 80 mm square centred on the origin and pad it 20 mm.
2. On the top face, cut a circular pocket 50 mm in diameter and 8 mm deep, concentric with the square.
3. Cut a 20 mm diameter hole through the centre of the pocket floor.
4. Drill four 5 mm through holes at X = +/-30, Y = +/-30 measured from the centre.
""", genus=5)
def s539():
    p = box(-40, -40, 0, 40, 40, 20) - cyl(25, 8, 0, 0, 12) - cyl(10, 20)
    for x in (-30, 30):
        for y in (-30, 30):
            p -= cyl(2.5, 20, x, y)
    return p


@case("s540", 4, """
1. Make a 40 mm cube.
2. Chamfer all twelve edges by 2 mm (equal distance).
3. Drill a 12 mm hole through the cube from the centre of the top face to the centre of the bottom face.
""", genus=1)
def s540():
    c = box(-20, -20, 0, 20, 20, 40)
    c = chamfer(c.edges(), 2)
    return c - cyl(6, 40)


# ======================================================================
# STYLE 5 : "First ... then ... finally" prose
# ======================================================================
@case("s541", 5, """
First, on the XZ plane, sketch a closed profile through the points (0,0), (20,0), (20,5), (8,5), (8,30) and (0,30) (X is the radius, Z the height, mm), with the edge from (0,30) back to (0,0) lying on the Z axis. Then revolve this profile a full 360 degrees about the Z axis to get a flanged spigot: a 40 mm diameter flange 5 mm thick with a 16 mm diameter spigot reaching 30 mm high. Finally drill a 6 mm hole all the way along the axis.
""", genus=1)
def s541():
    prof = Plane.XZ * Polygon((0, 0), (20, 0), (20, 5), (8, 5), (8, 30), (0, 30), align=None)
    p = revolve(prof, Axis.Z, 360)
    return p - cyl(3, 30)


@case("s542", 5, """
First make a cylinder 30 mm in diameter and 20 mm long. Then, on one end face and on the same axis, add a 20 mm diameter step 40 mm long. Then add a third step, 12 mm in diameter and 25 mm long, on the end of the 20 mm step, giving a stepped shaft 85 mm long. Finally put a 1 mm x 45 degree chamfer on the outer edge of the free end of the 12 mm step.
""", genus=0)
def s542():
    p = cyl(15, 20) + cyl(10, 40, 0, 0, 20) + cyl(6, 25, 0, 0, 60)
    e = p.edges().group_by(Axis.Z)[-1]
    return chamfer(e, 1)


@case("s543", 5, """
First draw a 60 mm x 20 mm rectangle centred on the origin in the XY plane, long side along X. Then create a second sketch on a plane 40 mm above it: a 20 mm x 60 mm rectangle, also centred, but with its long side along Y. Finally loft between the two rectangles with straight (ruled) sides, matching corner to corner, to make a solid transition piece.
""", genus=0)
def s543():
    a = Rectangle(60, 20)
    b = Plane.XY.offset(40) * Rectangle(20, 60)
    return loft([a, b], ruled=True)


@case("s544", 5, """
First sketch the pipe cross-section on the XY plane at the origin: a 12 mm diameter circle with a concentric 8 mm diameter circle inside it. Then draw the path in the XZ plane: a 90 degree arc of 40 mm radius that starts at the origin heading straight up (+Z) and bends over towards +X, ending at (40, 0, 40); its centre is at (40, 0, 0). Finally sweep the ring profile along the arc to make a hollow pipe elbow, open at both ends.
""", genus=1)
def s544():
    path = Edge.make_circle(40, Plane(origin=(40, 0, 0), x_dir=(1, 0, 0), z_dir=(0, -1, 0)), 90, 180)
    path = Wire([path])
    prof = Circle(6) - Circle(4)
    return sweep(prof, path)


@case("s545", 5, """
First create a block 30 mm long (X), 20 mm wide (Y) and 10 mm high, placed so that it runs from X = 0 to X = 30 and is centred on Y = 0, sitting on the XY plane. Then pull a cylindrical boss 12 mm in diameter and 8 mm tall up from the top face, centred at X = 20, Y = 0. Then mirror the block and boss about the YZ plane so the part becomes a symmetric 60 mm long bar with two bosses. Finally drill a 6 mm hole down through each boss and the block.
""", genus=2)
def s545():
    half = box(0, -10, 0, 30, 10, 10) + cyl(6, 8, 20, 0, 10)
    p = half + mirror(half, Plane.YZ)
    for x in (-20, 20):
        p -= cyl(3, 18, x, 0)
    return p


@case("s546", 5, """
First make a square base plate 50 x 50 mm and 10 mm thick. Then add a boss on the centre of its top face: a 24 mm diameter cylinder extruded 30 mm upwards. Finally drill a side hole of 8 mm diameter horizontally through the boss, parallel to one edge of the plate, with its axis 25 mm above the underside of the plate.
""", genus=1)
def s546():
    p = box(-25, -25, 0, 25, 25, 10) + cyl(12, 30, 0, 0, 10)
    h = Pos(0, 0, 25) * Rot(0, 90, 0) * Cylinder(4, 60)
    return p - h


@case("s547", 5, """
First sketch the half cross-section of a V-belt pulley in the XZ plane (X = radius, Z = axial, mm) as a closed polygon: (5,0), (30,0), (30,4), (25,10), (30,16), (30,20), (5,20). Then revolve it 360 degrees around the Z axis. This gives a 60 mm diameter, 20 mm wide pulley with a 10 mm bore and a V-groove 5 mm deep around the rim.
""", genus=1)
def s547():
    prof = Plane.XZ * Polygon((5, 0), (30, 0), (30, 4), (25, 10), (30, 16), (30, 20), (5, 20), align=None)
    return revolve(prof, Axis.Z, 360)


@case("s548", 5, """
First draw a circle of 60 mm diameter on the XY plane. Then offset a work plane 40 mm up and draw a 30 mm circle on it, on the same centre line. Loft from the big circle to the small one to get a truncated cone. Finally bore a 12 mm hole along the axis through the whole loft.
""", genus=1)
def s548():
    p = loft([Circle(30), Plane.XY.offset(40) * Circle(15)])
    return p - cyl(6, 40)


@case("s549", 5, """
First sketch an 8 mm diameter circle on the XY plane, centred on the origin. Then build a path that starts at the origin: a straight line 30 mm up the Z axis, then a tangent 90 degree arc of 20 mm radius bending towards +X (so it ends at X = 20, Z = 50 heading along +X), then a straight line 30 mm along +X. Finally sweep the circle along this path to make a solid bent rod.
""", genus=0)
def s549():
    l1 = Edge.make_line((0, 0, 0), (0, 0, 30))
    arc = Edge.make_circle(20, Plane(origin=(20, 0, 30), x_dir=(1, 0, 0), z_dir=(0, -1, 0)), 90, 180)
    l2 = Edge.make_line((20, 0, 50), (50, 0, 50))
    path = Wire([l1, arc, l2])
    return sweep(Circle(4), path, transition=Transition.RIGHT)


@case("s550", 5, """
First create a 20 mm diameter rod lying along the X axis from X = 0 to X = 40. Then add a 30 mm diameter ball centred on the end of the rod at X = 40. Finally mirror everything about the YZ plane to complete a dumbbell, 110 mm long end to end.
""", genus=0)
def s550():
    half = Pos(0, 0, 0) * Rot(0, 90, 0) * Cylinder(10, 40, align=(Align.CENTER, Align.CENTER, Align.MIN))
    half = half + Pos(40, 0, 0) * Sphere(15)
    return half + mirror(half, Plane.YZ)


# ======================================================================
# STYLE 6 : unions of several bodies / assemblies as one solid
# ======================================================================
@case("s551", 6, """
Model an angle bracket with a stiffening gusset as a single solid.
- Base: a plate 80 mm (X) x 40 mm (Y) x 6 mm thick lying on the XY plane, corner at the origin.
- Upright: a plate 80 mm wide and 6 mm thick standing along the back edge (Y = 34 to 40), rising to 50 mm above the underside of the base.
- Gusset: a right-triangular web 6 mm thick, centred on the width (X = 37 to 43), filling the inside corner; its legs run 30 mm along the top of the base and 30 mm up the front face of the upright.
- Two 8 mm through holes in the base at X = 15 and X = 65, 17 mm from the front edge.
Union everything into one body.
""", genus=2)
def s551():
    p = box(0, 0, 0, 80, 40, 6) + box(0, 34, 0, 80, 40, 50)
    g = extrude(Plane.YZ.offset(37) * Polygon((34, 6), (4, 6), (34, 36), align=None), 6)
    p = p + g
    for x in (15, 65):
        p -= cyl(4, 6, x, 17)
    return p


@case("s552", 6, """
Build a T-section beam 200 mm long by joining two rectangular bars: a horizontal flange 100 mm wide and 10 mm thick, and a vertical web 10 mm thick centred underneath the flange, so the overall depth of the T is 100 mm. Both bars run the full 200 mm length. Fuse them into one solid.
""", genus=0)
def s552():
    return box(-50, 0, 90, 50, 200, 100) + box(-5, 0, 0, 5, 200, 90)


@case("s553", 6, """
Make a U-channel 150 mm long from three boxes unioned together: a base 60 mm wide and 8 mm thick, and two side walls 8 mm thick standing on the outer edges of the base. The outside height of the channel is 40 mm and the outside width is 60 mm.
""", genus=0)
def s553():
    return box(0, 0, 0, 60, 150, 8) + box(0, 0, 0, 8, 150, 40) + box(52, 0, 0, 60, 150, 40)


@case("s554", 6, """
Model a simple table as one solid made from primitives. The table top is a slab 800 mm x 500 mm x 30 mm. Under it are four square legs, each 50 x 50 mm in section and 700 mm long, one at each corner, with the outer faces of each leg set in 25 mm from the edges of the top. The legs touch the underside of the top, so the table is 730 mm tall. Union the top and legs.
""", genus=0)
def s554():
    p = box(0, 0, 700, 800, 500, 730)
    for x in (25, 725):
        for y in (25, 425):
            p += box(x, y, 0, x + 50, y + 50, 700)
    return p


@case("s555", 6, """
A control knob made of stacked shapes, all on one vertical axis, fused together:
- a grip disc 40 mm in diameter and 12 mm thick;
- on top of the disc, a 20 mm diameter cylinder 8 mm tall, capped with a 20 mm diameter hemisphere;
- below the disc, a 12 mm diameter stem 15 mm long;
- a 5 mm diameter blind hole, 12 mm deep, drilled up into the end of the stem for the shaft.
""", genus=0)
def s555():
    p = cyl(6, 15) + cyl(20, 12, 0, 0, 15) + cyl(10, 8, 0, 0, 27)
    p = p + (Pos(0, 0, 35) * Sphere(10) & box(-11, -11, 35, 11, 11, 46))
    return p - cyl(2.5, 12)


@case("s556", 6, """
Clevis pin (model as one solid, dimensions in inches): a 3/8" diameter shank 1.5" long, with a head 5/8" in diameter and 1/8" thick joined to one end of the shank (overall length 1 5/8"). Near the other end, drill a 1/8" cross hole through the shank for a cotter pin, with its centre 3/16" from the end.
""", genus=1)
def s556():
    p = cyl(0.3125 * IN, 0.125 * IN) + cyl(0.1875 * IN, 1.5 * IN, 0, 0, 0.125 * IN)
    zc = (1.625 - 0.1875) * IN
    h = Pos(0, 0, zc) * Rot(0, 90, 0) * Cylinder(0.0625 * IN, IN)
    return p - h


@case("s557", 6, """
Flanged hub: combine a flange disc 80 mm in diameter and 10 mm thick with a hub cylinder 40 mm in diameter that stands 25 mm proud of the flange face (35 mm overall height). Bore a 20 mm hole through the hub and flange on the axis, and drill four 8 mm holes through the flange on a 60 mm bolt circle.
""", genus=5)
def s557():
    p = cyl(40, 10) + cyl(20, 25, 0, 0, 10) - cyl(10, 35)
    for i in range(4):
        a = math.radians(90 * i + 45)
        p -= cyl(4, 10, 30 * math.cos(a), 30 * math.sin(a))
    return p


@case("s558", 6, """
Pipe saddle clamp, one solid. The strap is a half ring (semicircular arch) with 40 mm outside diameter and 30 mm inside diameter, 20 mm long along the pipe axis, standing with its open side down. At each foot of the arch a flat tab sticks out sideways: each tab is 20 mm long (measured outward from the inside of the arch, i.e. from 15 mm to 35 mm off the axis), 20 mm deep to match the strap and 5 mm thick, with its underside flush with the ends of the arch. Union the strap and the two tabs, then drill a 6 mm screw hole vertically through each tab, 28 mm from the pipe axis and centred on the tab's depth.
""", genus=2)
def s558():
    ring = Circle(20) - Circle(15)
    half = ring & Pos(0, 10) * Rectangle(42, 20)
    p = extrude(Plane.XY * half, 20)
    p = p + box(15, 0, 0, 35, 5, 20) + box(-35, 0, 0, -15, 5, 20)
    for x in (-28, 28):
        p -= Pos(x, 0, 10) * Rot(-90, 0, 0) * Cylinder(3, 5, align=(Align.CENTER, Align.CENTER, Align.MIN))
    return p


@case("s559", 6, """
Hex flange nut as a single body: a round washer flange 18 mm in diameter and 2 mm thick, with a hexagonal body 13 mm across flats and 7 mm tall sitting concentrically on top of it (9 mm overall). An 8 mm hole passes through the middle of both.
""", genus=1)
def s559():
    return cyl(9, 2) + Pos(0, 0, 2) * hexagon_prism(13, 7) - cyl(4, 9)


@case("s560", 6, """
Hinge leaf with knuckle, unioned into one part:
- Leaf: a flat plate 50 mm long (X), 30 mm wide (Y) and 4 mm thick, from Y = 0 to Y = 30, resting on Z = 0.
- Knuckle: a cylinder 10 mm in diameter and 50 mm long running along the Y = 30 edge, its axis parallel to X at Y = 30, Z = 5, so it sits on the same base plane as the leaf.
- A 4 mm pin hole bored along the knuckle axis, right through.
- Two 4 mm screw holes through the leaf at X = 12.5 and X = 37.5, Y = 12.
""", genus=3)
def s560():
    p = box(0, 0, 0, 50, 30, 4)
    k = Pos(0, 30, 5) * Rot(0, 90, 0) * Cylinder(5, 50, align=(Align.CENTER, Align.CENTER, Align.MIN))
    p = p + k
    p -= Pos(0, 30, 5) * Rot(0, 90, 0) * Cylinder(2, 50, align=(Align.CENTER, Align.CENTER, Align.MIN))
    for x in (12.5, 37.5):
        p -= cyl(2, 4, x, 12)
    return p


# ======================================================================
def vround(v, mode):
    if mode == 1:
        return round(v, 1)
    # normalised parts: 4 decimals, but keep >= 4 significant figures
    return float(f"{v:.4g}") if abs(v) < 1 else round(v, 4)


def main():
    rows = []
    for c in CASES:
        s = c["fn"]()
        sol = s.solids()
        assert len(sol) == 1, (c["id"], len(sol))
        s = sol[0]
        assert s.is_valid, c["id"]
        v = s.volume
        assert v > 0, c["id"]
        g = topo_genus(s)
        assert g == c["genus"], (c["id"], g, c["genus"])
        bb = s.bounding_box().size
        rows.append({"id": c["id"], "style": c["style"], "prompt": c["prompt"],
                     "expect": {"extents": sorted(round(x, 3) for x in (bb.X, bb.Y, bb.Z)),
                                "volume": vround(v, c["vol_round"]), "genus": c["genus"]}})
    ids = [r["id"] for r in rows]
    assert ids == [f"s{i}" for i in range(501, 561)], ids
    for st in range(1, 7):
        assert sum(r["style"] == st for r in rows) == 10, st
    for r in rows:
        assert len(r["prompt"]) <= 4000 and r["prompt"].count("\n") < 40, r["id"]
    with open(OUT, "w") as f:
        for r in rows:
            f.write(json.dumps(r) + "\n")
    print(f"wrote {len(rows)} rows to {OUT}")


if __name__ == "__main__":
    main()

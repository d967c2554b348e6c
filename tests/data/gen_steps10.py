# ruff: noqa
"""Generator for held-out set steps10 (s1001..s1050). Models each reference in build123d."""
import json, math
from build123d import *

OUT = str(__import__("pathlib").Path(__file__).with_name("steps10_prompts.jsonl"))
ITEMS = []


def add(style, prompt, build, intent, why, genus=None, impossible=False, omit=()):
    ITEMS.append(dict(style=style, prompt=prompt, build=build, intent=intent, why=why,
                      genus=genus, impossible=impossible, omit=omit))


def f(v):
    return f"{v:g}"


def pt(p):
    return f"({f(p[0])}, {f(p[1])})"


# ---------- expert helpers ----------
def loops_text(loops):
    parts = []
    for i, loop in enumerate(loops, 1):
        nl = na = nc = 0
        segs = []
        for s in loop:
            if s[0] == 'L':
                nl += 1
                segs.append(f"line {nl} from {pt(s[1])} to {pt(s[2])}")
            elif s[0] == 'A':
                na += 1
                segs.append(f"arc {na} starting at {pt(s[1])} with mid point {pt(s[2])} and ending at {pt(s[3])}")
            else:
                nc += 1
                segs.append(f"circle {nc} with center at {pt(s[1])} and radius {f(s[2])}")
        parts.append(f"In loop {i}, draw " + ", ".join(segs) + ".")
    return " ".join(parts)


def loop_face(loop, sc):
    if loop[0][0] == 'C':
        c, r = loop[0][1], loop[0][2]
        return Pos(c[0] * sc, c[1] * sc) * Circle(r * sc)
    edges = []
    for s in loop:
        if s[0] == 'L':
            edges.append(Line((s[1][0] * sc, s[1][1] * sc), (s[2][0] * sc, s[2][1] * sc)))
        else:
            edges.append(ThreePointArc((s[1][0] * sc, s[1][1] * sc), (s[2][0] * sc, s[2][1] * sc),
                                       (s[3][0] * sc, s[3][1] * sc)))
    return make_face(edges)


def sketch_face(loops, sc):
    face = loop_face(loops[0], sc)
    for lp in loops[1:]:
        face = face - loop_face(lp, sc)
    return face


def poly(pts):
    return [('L', pts[i], pts[(i + 1) % len(pts)]) for i in range(len(pts))]


def ext(face, up, down=0.0):
    s = extrude(face, up)
    if down:
        s = s + extrude(face, -down)
    return s


# ======================= EXPERT (10) =======================
L1 = [poly([(0, 0), (0.75, 0), (0.75, 0.45), (0, 0.45)]), [('C', (0.375, 0.225), 0.1125)]]
add("expert",
    "Part 1: Create a new coordinate system with Euler angles [0.0, 0.0, -90.0] and translation vector [0.0, 0.1875, 0.0]. "
    "Draw a 2D sketch on face 1. " + loops_text(L1) +
    " Scale the sketch by 0.75. Transform the scaled 2D sketch into 3D using the Euler angles and translation vector of the coordinate system. "
    "Extrude the sketch 0.1875 units in the direction of the normal and 0.0 units in the opposite direction. This operation creates a new solid body. "
    "The final dimensions are length 0.5625, width 0.3375 and height 0.1875.",
    lambda: ext(sketch_face(L1, 0.75), 0.1875),
    "small rectangular plate with one centred round hole",
    "outline 0.75 x 0.45 scaled by 0.75 -> 0.5625 x 0.3375; hole r 0.1125*0.75 = 0.084375; depth 0.1875 not scaled; rotation does not change sorted extents",
    genus=1)

L2 = [poly([(0, 0), (0.75, 0), (0.75, 0.125), (0.125, 0.125), (0.125, 0.5), (0, 0.5)])]
add("expert",
    "Part 1: Begin by creating a new coordinate system with Euler angles set to [-90.0, 0.0, -90.0] and a translation vector of [0.0, 0.0, 0.0]. "
    "On face 1 draw the first 2D sketch. " + loops_text(L2) +
    " Apply a scale factor of 0.75 to the sketch. Rotate and translate the sketch into 3D space with the coordinate system values. "
    "Extrude 0.3 units towards the normal and 0.0 units opposite to the normal to create a new solid body. "
    "Final part: an L-shaped profile of length 0.5625, width 0.375 and height 0.3.",
    lambda: ext(sketch_face(L2, 0.75), 0.3),
    "L-section angle piece",
    "L outline 0.75 x 0.5 scaled 0.75 -> 0.5625 x 0.375, leg thickness 0.09375, extruded 0.3 (unscaled)",
    genus=0)

L3 = [[('L', (0.125, 0), (0.625, 0)), ('A', (0.625, 0), (0.75, 0.125), (0.625, 0.25)),
       ('L', (0.625, 0.25), (0.125, 0.25)), ('A', (0.125, 0.25), (0, 0.125), (0.125, 0))],
      [('C', (0.125, 0.125), 0.0625)], [('C', (0.625, 0.125), 0.0625)]]
add("expert",
    "Part 1: Create a coordinate system with Euler angles [0.0, 0.0, 0.0] and translation [0.0, 0.0, 0.0]. "
    "Sketch on face 1: " + loops_text(L3) +
    " Scale the entire 2D sketch by 0.75. Transform it into 3D (no rotation, no translation). "
    "Extrude the sketch 0.05 units along the normal and 0.0 units in the opposite direction, creating a new solid body. "
    "The resulting link plate measures 0.5625 in length, 0.1875 in width and 0.05 in height.",
    lambda: ext(sketch_face(L3, 0.75), 0.05),
    "obround link plate with two end holes",
    "obround 0.75 x 0.25 with semicircular ends r 0.125, scaled 0.75; holes r 0.0625*0.75 at the arc centres; thickness 0.05",
    genus=2)

L4 = [[('C', (0.375, 0.375), 0.375)], [('C', (0.375, 0.375), 0.25)]]
add("expert",
    "Part 1: Create a new coordinate system with Euler angles [0.0, 0.0, -90.0] and translation vector [0.0, 0.6, 0.0]. "
    "Draw a 2D sketch on face 1. " + loops_text(L4) +
    " Scale the sketch by 0.75. Transform the scaled 2D sketch into 3D using the coordinate system. "
    "Extrude the sketch 0.6 units in the direction of the normal and 0.0 units in the opposite direction. This operation creates a new solid body. "
    "The final dimensions are length 0.5625, width 0.5625 and height 0.6.",
    lambda: ext(sketch_face(L4, 0.75), 0.6),
    "thick-walled tube",
    "annulus r 0.375/0.25 scaled 0.75 -> OD 0.5625, ID 0.375; length 0.6",
    genus=1)

L5a = [poly([(0, 0), (0.75, 0), (0.75, 0.75), (0, 0.75)])]
L5b = [[('C', (0.5, 0.5), 0.5)]]


def b5():
    p1 = ext(sketch_face(L5a, 0.75), 0.125)
    p2 = Pos(0.09375, 0.09375, 0.125) * ext(sketch_face(L5b, 0.375), 0.25)
    return p1 + p2


add("expert",
    "Part 1: Create a new coordinate system with Euler angles [0.0, 0.0, 0.0] and translation vector [0.0, 0.0, 0.0]. Draw a 2D sketch on face 1. "
    + loops_text(L5a) + " Scale the sketch by 0.75. Transform the scaled sketch into 3D. Extrude the sketch 0.125 units in the direction of the normal and 0.0 units in the opposite direction to create a new solid body. "
    "The dimensions of this part are 0.5625 by 0.5625 by 0.125.\n"
    "Part 2: Create a new coordinate system with Euler angles [0.0, 0.0, 0.0] and translation vector [0.09375, 0.09375, 0.125]. Draw a 2D sketch on face 1. "
    + loops_text(L5b) + " Scale the sketch by 0.375. Transform the scaled 2D sketch into 3D using the coordinate system. Extrude 0.25 units in the direction of the normal and 0.0 units in the opposite direction, and join this part to the existing body. "
    "The cylinder has a diameter of 0.375 and a height of 0.25. The final assembly is 0.5625 x 0.5625 x 0.375.",
    b5,
    "square base with a round boss joined on top",
    "base 0.5625 sq x 0.125; boss r 0.5*0.375 = 0.1875, centre at 0.09375+0.1875 = 0.28125 (base centre), height 0.25 -> total 0.375",
    genus=0)

L6a = [poly([(0, 0), (0.75, 0), (0.75, 0.5), (0, 0.5)])]
L6b = [poly([(0, 0), (0.75, 0), (0.75, 0.375), (0, 0.375)])]


def b6():
    p1 = ext(sketch_face(L6a, 0.75), 0.25)
    cut = Pos(0.09375, 0.09375, 0.25) * extrude(sketch_face(L6b, 0.5), -0.15)
    return p1 - cut


add("expert",
    "Part 1: Start with a coordinate system having Euler angles [0.0, 0.0, 0.0] and translation vector [0.0, 0.0, 0.0]. On face 1, "
    + loops_text(L6a)[0].lower() + loops_text(L6a)[1:] + " Scale by 0.75 and extrude 0.25 units along the normal, 0.0 units opposite. New solid body, 0.5625 long, 0.375 wide, 0.25 high.\n"
    "Part 2: Create a new coordinate system with Euler angles [0.0, 0.0, 0.0] and translation vector [0.09375, 0.09375, 0.25]. Draw a 2D sketch on face 1. "
    + loops_text(L6b) + " Scale the sketch by 0.5. Transform into 3D. Extrude the sketch 0.0 units in the direction of the normal and 0.15 units in the opposite direction, removing material from the existing body. "
    "The rectangular pocket is 0.375 long, 0.1875 wide and 0.15 deep.",
    b6,
    "block with a blind rectangular pocket in the top",
    "block 0.5625 x 0.375 x 0.25; pocket 0.75x0.375 scaled 0.5 = 0.375 x 0.1875 placed at (0.09375,0.09375), cut 0.15 down from the top (blind)",
    genus=0)

L7a = [[('C', (0.375, 0.375), 0.375)]]
L7b = [[('C', (0.0703, 0.0703), 0.0703)]]


def b7():
    p1 = ext(sketch_face(L7a, 0.75), 0.075)
    cut = Pos(0.21095, 0.21095, 0.075) * extrude(sketch_face(L7b, 1.0), -0.075)
    return p1 - cut


add("expert",
    "Part 1: Create a new coordinate system with Euler angles [0.0, 0.0, 0.0] and translation vector [0.0, 0.0, 0.0]. Draw a 2D sketch on face 1. "
    + loops_text(L7a) + " Scale the sketch by 0.75. Transform the scaled 2D sketch into 3D. Extrude the sketch 0.075 units in the direction of the normal and 0.0 units in the opposite direction. This operation creates a new solid body with length 0.5625, width 0.5625 and height 0.075.\n"
    "Part 2: Create a new coordinate system with Euler angles [0.0, 0.0, 0.0] and translation vector [0.21095, 0.21095, 0.075]. Draw a 2D sketch on face 1. "
    + loops_text(L7b) + " Scale the sketch by 1.0 (no scaling). Transform it into 3D. Extrude the sketch 0.0 units towards the normal and 0.075 units in the opposite direction to cut through the disc. "
    "The final shape is a disc of diameter 0.5625 and thickness 0.075 with a central hole of diameter 0.1406.",
    b7,
    "thin disc with a central through-hole (washer)",
    "disc r 0.375*0.75 = 0.28125 centred (0.28125,0.28125); cut circle r 0.0703 at 0.21095+0.0703 = 0.28125 (concentric), cut depth 0.075 = full thickness -> through",
    genus=1)

L8 = [[('L', (0, 0), (0.75, 0)), ('L', (0.75, 0), (0.75, 0.3)), ('A', (0.75, 0.3), (0.375, 0.45), (0, 0.3)),
       ('L', (0, 0.3), (0, 0))]]
add("expert",
    "Part 1: Create a new coordinate system using Euler angles [0.0, 0.0, -90.0] and translation vector [0.0, 0.1, 0.0]. Draw a 2D sketch on face 1. "
    + loops_text(L8) + " Scale the sketch by a factor of 0.75. Transform the scaled 2D sketch into 3D using the Euler angles and translation vector. "
    "Extrude the sketch 0.1 units in the direction of the normal and 0.0 units in the opposite direction. This operation creates a new solid body. "
    "The final part has a length of 0.5625, a width of 0.3375 and a height of 0.1.",
    lambda: ext(sketch_face(L8, 0.75), 0.1),
    "rectangular tab with an arched top",
    "rectangle 0.75 x 0.3 plus arch through (0.375,0.45), all scaled 0.75 -> 0.5625 x 0.3375; thickness 0.1",
    genus=0)

h = 0.3248
L9 = [poly([(0, h), (0.1875, 0), (0.5625, 0), (0.75, h), (0.5625, 0.6495), (0.1875, 0.6495)]),
      [('C', (0.375, h), 0.125)]]
add("expert",
    "Part 1: Create a new coordinate system with Euler angles [0.0, 0.0, 0.0] and translation vector [0.0, 0.0, 0.0]. "
    "Draw a 2D sketch on face 1. " + loops_text(L9) +
    " Scale the sketch by 0.75. Transform the scaled 2D sketch into 3D. Extrude the sketch 0.2 units in the direction of the normal and 0.0 units in the opposite direction, creating a new solid body. "
    "The final dimensions are length 0.5625, width 0.4871 and height 0.2.",
    lambda: ext(sketch_face(L9, 0.75), 0.2),
    "hexagonal prism with a round bore (nut blank)",
    "hexagon 0.75 across corners x 0.6495 across flats, scaled 0.75 -> 0.5625 x 0.4871; bore r 0.125*0.75; height 0.2",
    genus=1)

L10 = [poly([(0, 0), (0.75, 0), (0.75, 0.5), (0, 0.5)]),
       [('C', (0.1, 0.1), 0.04)], [('C', (0.65, 0.1), 0.04)], [('C', (0.65, 0.4), 0.04)], [('C', (0.1, 0.4), 0.04)]]
add("expert",
    "Part 1: Create a new coordinate system with Euler angles [0.0, 0.0, 0.0] and translation vector [0.0, 0.0, 0.03]. Draw a 2D sketch on face 1. "
    + loops_text(L10) + " Scale the sketch by 0.75. Transform the scaled 2D sketch into 3D using the coordinate system. "
    "Extrude the sketch 0.03 units in the direction of the normal and 0.03 units in the opposite direction. This operation creates a new solid body. "
    "The final dimensions are length 0.5625, width 0.375 and height 0.06.",
    lambda: ext(sketch_face(L10, 0.75), 0.03, 0.03),
    "mounting plate with four corner holes",
    "rect 0.75x0.5 scaled 0.75; four holes r 0.03 at scaled corner positions; extruded 0.03 both ways -> 0.06 thick",
    genus=4)

# ======================= BEGINNER (10) =======================
add("beginner", "Make a flat rectangular plate that is 0.75 long, 0.45 wide and 0.06 thick.",
    lambda: Box(0.75, 0.45, 0.06), "plain thin plate", "box 0.75 x 0.45 x 0.06", genus=0)
add("beginner", "A simple solid cylinder. Diameter is 0.5 and it is 0.75 tall.",
    lambda: Cylinder(0.25, 0.75), "solid cylinder", "r 0.25, h 0.75", genus=0)
add("beginner", "i need a ring, outer diameter 0.75 inner diameter 0.5 and 0.1 thick",
    lambda: Cylinder(0.375, 0.1) - Cylinder(0.25, 0.1), "flat ring", "annulus 0.375/0.25 radius, 0.1 thick", genus=1)
add("beginner", "Create a cube with sides of 0.75 and a round hole 0.3 in diameter going straight through the middle of one face to the opposite one.",
    lambda: Box(0.75, 0.75, 0.75) - Cylinder(0.15, 0.75), "cube with a through hole", "cube 0.75 minus cylinder r 0.15 through", genus=1)


def bb5():
    a = Box(0.75, 0.25, 0.05, align=(Align.MIN, Align.MIN, Align.MIN))
    b = Box(0.05, 0.25, 0.75, align=(Align.MIN, Align.MIN, Align.MIN))
    return a + b


add("beginner", "An L-shaped bracket. Each leg is 0.75 long measured on the outside, 0.25 wide, and the material is 0.05 thick.",
    bb5, "L angle bracket", "two 0.75 x 0.25 x 0.05 legs sharing the corner; union volume = 2*0.75*0.25*0.05 - 0.05*0.05*0.25", genus=0)
add("beginner", "Square plate 0.6 by 0.6, thickness 0.04, with four holes, one near each corner.",
    lambda: Box(0.6, 0.6, 0.04) - Pos(0.2, 0.2) * Cylinder(0.03, 0.04) - Pos(-0.2, 0.2) * Cylinder(0.03, 0.04)
    - Pos(0.2, -0.2) * Cylinder(0.03, 0.04) - Pos(-0.2, -0.2) * Cylinder(0.03, 0.04),
    "square plate with 4 corner holes", "hole size and position not given -> volume omitted; extents 0.6 x 0.6 x 0.04 and 4 through holes", genus=4,
    omit=("volume",))


def bb7():
    hexf = RegularPolygon(0.75 / math.sqrt(3), 6)
    return extrude(hexf, 0.3) - Cylinder(0.2, 0.3, align=(Align.CENTER, Align.CENTER, Align.MIN))


add("beginner", "A hex nut shape: 0.75 across the flats, 0.3 thick, with a 0.4 hole through the centre (no thread needed).",
    bb7, "hex nut blank", "hexagon across flats 0.75 -> across corners 0.8660; height 0.3; bore d 0.4", genus=1)
add("beginner", "Rectangular block 0.75 x 0.375 x 0.25 with a slot 0.25 wide and 0.125 deep cut along its full length in the top, centered.",
    lambda: Box(0.75, 0.375, 0.25, align=(Align.CENTER, Align.CENTER, Align.MIN))
    - Pos(0, 0, 0.125) * Box(0.75, 0.25, 0.125, align=(Align.CENTER, Align.CENTER, Align.MIN)),
    "block with a full-length top slot (U block)", "0.75 x 0.375 x 0.25 minus 0.75 x 0.25 x 0.125 slot", genus=0)
add("beginner", "half of a cylinder cut lengthwise, radius 0.25, length 0.75",
    lambda: Rot(0, 90, 0) * Cylinder(0.25, 0.75) - Pos(0, 0, -0.25) * Box(1, 1, 0.5),
    "half-round bar", "half cylinder r 0.25 L 0.75 -> 0.25 x 0.5 x 0.75", genus=0)
add("beginner", "Thin walled tube, 0.75 long. Outside diameter 0.2 and the wall is 0.02 thick.",
    lambda: Cylinder(0.1, 0.75) - Cylinder(0.08, 0.75), "thin tube", "OD 0.2, ID 0.2-2*0.02 = 0.16, L 0.75", genus=1)

# ======================= INTERMEDIATE (10) =======================
add("intermediate",
    "Start by sketching a rectangle 0.75 long and 0.5 wide. Inside it draw a second, smaller rectangle 0.55 by 0.3 sharing the same centre, so the border is 0.1 wide all round. "
    "Extrude the area between the two rectangles 0.05 to get a flat rectangular frame. Final size 0.75 x 0.5 x 0.05.",
    lambda: Box(0.75, 0.5, 0.05) - Box(0.55, 0.3, 0.05), "flat rectangular frame", "0.75x0.5 minus 0.55x0.3, 0.05 thick", genus=1)
add("intermediate",
    "The part is a stepped cylinder. The lower section is a circle of diameter 0.75 extruded 0.2. On top of it, centred, sits a second cylinder of diameter 0.35 that rises a further 0.3, "
    "so the overall height is 0.5. Both features are one solid.",
    lambda: Cylinder(0.375, 0.2, align=(Align.CENTER, Align.CENTER, Align.MIN)) + Pos(0, 0, 0.2) * Cylinder(0.175, 0.3, align=(Align.CENTER, Align.CENTER, Align.MIN)),
    "stepped round boss", "r 0.375 h 0.2 + r 0.175 h 0.3 coaxial", genus=0)
add("intermediate",
    "Draw a T-shaped profile: a horizontal flange 0.75 wide and 0.1 thick, with a vertical web 0.1 thick centred under it, the total height of the T being 0.5. "
    "Extrude this profile 0.3 to make a short T-section. Final dimensions 0.75 wide, 0.5 tall and 0.3 deep.",
    lambda: Pos(0, 0, 0.45) * Box(0.75, 0.3, 0.1) + Pos(0, 0, 0.2) * Box(0.1, 0.3, 0.4),
    "short T-section", "flange 0.75x0.1 + web 0.1x0.4, extruded 0.3", genus=0)
add("intermediate",
    "Sketch a rectangle of 0.75 by 0.4 whose four corners are rounded with a radius of 0.08. Add a circle of diameter 0.15 at the exact centre. Extrude the sketch 0.05 so the circle becomes a through hole. "
    "The result is a rounded plate 0.75 x 0.4 x 0.05.",
    lambda: extrude(RectangleRounded(0.75, 0.4, 0.08) - Circle(0.075), 0.05),
    "rounded-corner plate with centre hole", "rounded rect 0.75x0.4 R0.08, hole d 0.15, 0.05 thick", genus=1)
add("intermediate",
    "Make a disc by extruding a circle of diameter 0.75 to a thickness of 0.1. In the middle of the disc there is a straight slot with round ends: it is 0.3 long overall and 0.1 wide, running along the X direction and cut right through.",
    lambda: extrude(Circle(0.375) - SlotOverall(0.3, 0.1), 0.1),
    "disc with a central through slot", "disc r 0.375 x 0.1 minus obround 0.3 x 0.1 overall", genus=1)
add("intermediate",
    "The sketch is a right triangle with the right angle at the origin, one leg 0.75 along X and the other 0.4 along Y. Extrude it 0.2 in Z. This gives a wedge with a length of 0.75, width 0.4 and height 0.2.",
    lambda: extrude(Polygon((0, 0), (0.75, 0), (0, 0.4), align=None), 0.2),
    "triangular wedge", "area 0.5*0.75*0.4 = 0.15, times 0.2", genus=0)
add("intermediate",
    "Create a square block 0.6 x 0.6 with a height of 0.4. On the top face, centred, draw a circle of 0.2 diameter and cut it down 0.25 (a blind hole, not through). Final block stays 0.6 x 0.6 x 0.4.",
    lambda: Box(0.6, 0.6, 0.4, align=(Align.CENTER, Align.CENTER, Align.MIN)) - Pos(0, 0, 0.15) * Cylinder(0.1, 0.25, align=(Align.CENTER, Align.CENTER, Align.MIN)),
    "block with a blind hole", "0.6x0.6x0.4 minus r 0.1 x 0.25 deep from top", genus=0)
add("intermediate",
    "A plus-shaped plate. Two rectangles, each 0.75 long and 0.25 wide, cross each other at their centres at right angles. The combined outline is extruded by 0.1. Overall the part is 0.75 x 0.75 x 0.1.",
    lambda: Box(0.75, 0.25, 0.1) + Box(0.25, 0.75, 0.1), "cross-shaped plate", "(2*0.75*0.25 - 0.25^2)*0.1", genus=0)
add("intermediate",
    "This is a small flange. The base is a circle 0.75 in diameter extruded 0.1. A hub of diameter 0.3 is extruded a further 0.2 from the centre of the top face. "
    "Finally a 0.15 diameter hole goes through both the hub and the base along the axis. Total height is 0.3.",
    lambda: Cylinder(0.375, 0.1, align=(Align.CENTER, Align.CENTER, Align.MIN)) + Pos(0, 0, 0.1) * Cylinder(0.15, 0.2, align=(Align.CENTER, Align.CENTER, Align.MIN))
    - Cylinder(0.075, 0.3, align=(Align.CENTER, Align.CENTER, Align.MIN)),
    "hubbed flange with bore", "disc r0.375 h0.1 + hub r0.15 h0.2 - bore r0.075 h0.3", genus=1)
add("intermediate",
    "The profile is a U shape: outer width 0.75, outer height 0.4, with walls and base all 0.08 thick, open at the top. Extrude the U 0.5 to form a channel. Final dimensions are 0.75 by 0.4 by 0.5.",
    lambda: Box(0.75, 0.5, 0.4, align=(Align.CENTER, Align.CENTER, Align.MIN)) - Pos(0, 0, 0.08) * Box(0.59, 0.5, 0.32, align=(Align.CENTER, Align.CENTER, Align.MIN)),
    "U channel", "outer 0.75x0.4, inner gap 0.59 wide x 0.32 deep, length 0.5", genus=0)

# ======================= CADPROMPT (10) =======================


def c1():
    p = Cylinder(55, 14, align=(Align.CENTER, Align.CENTER, Align.MIN)) + Pos(0, 0, 14) * Cylinder(30, 10, align=(Align.CENTER, Align.CENTER, Align.MIN))
    p -= Cylinder(25, 24, align=(Align.CENTER, Align.CENTER, Align.MIN))
    for a in (45, 135, 225, 315):
        p -= Pos(40 * math.cos(math.radians(a)), 40 * math.sin(math.radians(a))) * Cylinder(7, 14, align=(Align.CENTER, Align.CENTER, Align.MIN))
    return p


add("cadprompt",
    "A pipe flange: circular plate 110 mm in diameter and 14 mm thick, with a raised hub of 60 mm diameter standing 10 mm above one face. A 50 mm bore runs through hub and plate. "
    "Four 14 mm bolt holes are equally spaced on an 80 mm pitch circle through the plate.",
    c1, "pipe flange with hub and bolt circle", "disc r55 t14 + hub r30 h10 (total 24), bore r25 through, 4 x d14 on PCD 80 at 45/135/225/315 deg (r33..47, clear of the hub)",
    genus=5)


def c2():
    p = Cylinder(16, 18, align=(Align.CENTER, Align.CENTER, Align.MIN))
    p = chamfer(p.edges().group_by(Axis.Z)[-1], 1.5)
    d = extrude(Circle(3) - Pos(0, 3.25) * Rectangle(6, 3.5), 12)
    return p - d


add("cadprompt",
    "Control knob for a potentiometer. Cylindrical body 32 mm diameter and 18 mm tall, top outer edge chamfered 1.5 mm. From the bottom, a D-shaped shaft hole 12 mm deep: 6 mm diameter with one flat, 4.5 mm across the flat.",
    c2, "knob with a blind D-shaft hole", "cyl r16 h18, chamfer 1.5 on top rim, D hole = circle r3 cut by flat at 1.5 from centre (-3..1.5 = 4.5), depth 12 blind",
    genus=0)


def c3():
    a = Box(40, 30, 4, align=(Align.MIN, Align.CENTER, Align.MIN))
    b = Box(4, 30, 40, align=(Align.MIN, Align.CENTER, Align.MIN))
    p = a + b
    p -= Pos(22, 0, 0) * Cylinder(2.75, 4, align=(Align.CENTER, Align.CENTER, Align.MIN))
    p -= Pos(0, 0, 22) * Rot(0, 90, 0) * Cylinder(2.75, 4, align=(Align.CENTER, Align.CENTER, Align.MIN))
    return p


add("cadprompt",
    "Right-angle shelf bracket made of 4 mm plate, 30 mm wide. Both legs are 40 mm long from the outside corner. Each leg has one M5 clearance hole (normal fit), centred across the width and 22 mm from the outside corner.",
    c3, "angle bracket with one hole per leg", "M5 normal clearance = 5.5 mm (ISO 273); legs 40x30x4 sharing corner; holes at 22 mm from the outside corner",
    genus=2)


def c4():
    p = Cylinder(30, 16) + Cylinder(12.5, 28)
    return p - Cylinder(6, 28)


add("cadprompt",
    "Pulley blank before the groove is turned: rim 60 mm OD and 16 mm wide; a 25 mm hub sticks out 6 mm on each side of the rim (28 mm long overall); 12 mm bore straight through.",
    c4, "pulley blank with hub both sides", "r30 x16 + r12.5 x28 centred, minus r6 bore", genus=1)


def c5():
    bar = Pos(0, 0, 20) * Box(120, 12, 8, align=(Align.CENTER, Align.CENTER, Align.MIN))
    p = bar
    for x in (-48, 48):
        p += Pos(x, 0, 0) * Box(12, 12, 20, align=(Align.CENTER, Align.CENTER, Align.MIN))
        p -= Pos(x, 0, 0) * Cylinder(1.65, 10, align=(Align.CENTER, Align.CENTER, Align.MIN))
    return p


add("cadprompt",
    "Cabinet pull handle: a straight grip bar 120 mm long, 12 mm wide and 8 mm thick, carried on two 12 x 12 mm square posts 20 mm tall, post centres 96 mm apart (bar centred on them). "
    "Each post has a 3.3 mm blind hole, 10 mm deep, up from its base for an M4 screw.",
    c5, "bar handle on two posts", "bar 120x12x8 on top of posts 12x12x20 at +/-48; blind holes d3.3 x10; the shape is an open arch -> genus 0", genus=0)


def c6():
    p = Cylinder(15, 15, align=(Align.CENTER, Align.CENTER, Align.MIN))
    return p - Cylinder(13.5, 13, align=(Align.CENTER, Align.CENTER, Align.MIN))


add("cadprompt",
    "Plain bottle cap (no threads modelled): outside diameter 30 mm, total height 15 mm, side wall 1.5 mm thick and the top 2 mm thick, open at the bottom.",
    c6, "hollow cap", "cyl r15 h15 minus r13.5 h13 from the open end", genus=0)


def c7():
    p = Cylinder(10, 25, align=(Align.CENTER, Align.CENTER, Align.MIN)) + Cylinder(14, 3, align=(Align.CENTER, Align.CENTER, Align.MIN))
    return p - Cylinder(8, 25, align=(Align.CENTER, Align.CENTER, Align.MIN))


add("cadprompt",
    "Flanged bronze sleeve bushing, 16 mm ID, 20 mm OD, 25 mm overall length including a 28 mm diameter flange which is 3 mm thick at one end.",
    c7, "flanged sleeve bushing", "r10 x25 + flange r14 x3, bore r8 through", genus=1)


def c8():
    p = Cylinder(15, 12) - Cylinder(6, 12)
    p -= Pos(0, 0, 0) * Rot(0, 90, 0) * Cylinder(2.1, 15, align=(Align.CENTER, Align.CENTER, Align.MIN))
    return p


add("cadprompt",
    "Shaft collar: 30 mm OD, 12 mm bore, 12 mm wide. One radial set-screw hole, tap drill 4.2 mm for M5, from the outside into the bore at mid-width.",
    c8, "shaft collar with radial set screw hole", "ring r15/r6 x12; radial hole d4.2 on one side from OD to bore -> genus 2", genus=2)
add("cadprompt",
    "Spacer ring, 20 mm outside diameter, 24 mm bore, 5 mm long.",
    None, "spacer ring", "bore (24) larger than the outside diameter (20): cannot exist", impossible=True)


def c10():
    p = Box(60, 60, 5) - Cylinder(11.25, 5)
    for x in (-15.5, 15.5):
        for y in (-15.5, 15.5):
            p -= Pos(x, y) * Cylinder(1.7, 5)
    return p


add("cadprompt",
    "NEMA 17 motor mounting plate, 60 x 60 mm and 5 mm thick. Centre hole 22.5 mm to clear the motor's 22 mm pilot, plus the four M3 clearance holes (3.4 mm) on the standard NEMA 17 bolt pattern, all centred on the plate.",
    c10, "NEMA 17 motor plate", "NEMA 17 bolt square 31 mm -> holes at +/-15.5; M3 clearance 3.4; pilot hole 22.5", genus=5)

# ======================= STEPS (10) =======================


def s1():
    p = Box(80, 50, 10, align=(Align.CENTER, Align.CENTER, Align.MIN))
    p = fillet(p.edges().filter_by(Axis.Z), 6)
    for x in (-30, 30):
        for y in (-15, 15):
            p -= Pos(x, y, 0) * Cylinder(3.3, 10, align=(Align.CENTER, Align.CENTER, Align.MIN))
            p -= Pos(x, y, 3.5) * Cylinder(5.5, 6.5, align=(Align.CENTER, Align.CENTER, Align.MIN))
    return p


add("steps",
    "1) sketch an 80 x 50 rectangle and extrude 10mm\n2) fillet the 4 vertical corner edges R6\n3) four counterbored holes for M6 socket heads: 6.6 thru, cbore dia 11 x 6.5 deep from the top face, each hole centre 10 mm in from the two nearest edges",
    s1, "base plate with 4 counterbored holes", "box 80x50x10, R6 vertical edges; holes at (+/-30, +/-15); 6.6 thru + 11 cbore 6.5 deep", genus=4)


def s2():
    pts = [(0, 0, 0), (10, 0, 0), (10, 0, 30), (6, 0, 30), (6, 0, 48), (4, 0, 50), (0, 0, 50)]
    return revolve(make_face(Polyline(*pts, close=True)), Axis.Z)


add("steps",
    "First draw a half profile on the front plane against the vertical axis: from the axis go out 10 mm, up 30 mm, step in to a radius of 6 mm, go up to 48 mm height, then a 2 x 2 chamfer to radius 4 at 50 mm height, and back to the axis. Then revolve it 360 degrees around the vertical axis. That's the spindle.",
    s2, "revolved stepped spindle with end chamfer", "revolve polygon r10 to z30, r6 to z48, chamfer to r4 at z50", genus=0)


def s3():
    p = loft([Rectangle(40, 40), Plane.XY.offset(30) * Circle(10)])
    return p - Cylinder(4, 30, align=(Align.CENTER, Align.CENTER, Align.MIN))


add("steps",
    "start with a 40x40 square on the ground plane. offset a plane 30mm up and put a 20mm dia circle there, centred over the square. loft square to circle (solid). finally drill an 8mm hole straight down the middle, all the way through.",
    s3, "square-to-round lofted transition with centre bore", "loft 40x40 at z0 to d20 at z30, minus d8 through", genus=1)


def s4():
    r = 15
    l1 = Line((0, 0, 0), (40, 0, 0))
    arc = ThreePointArc((40, 0, 0), (40 + r * math.sin(math.pi / 4), 0, r - r * math.cos(math.pi / 4)), (40 + r, 0, r))
    l2 = Line((40 + r, 0, r), (40 + r, 0, r + 30))
    path = Wire([l1, arc, l2])
    prof = Plane(origin=(0, 0, 0), z_dir=(1, 0, 0)) * Circle(3)
    return sweep(prof, path)


add("steps",
    "Path first: a 40 mm straight line, then a tangent 90 degree bend with 15 mm centreline radius, then 30 mm straight up. Then sweep a 6 mm diameter circle along it to get a bent rod.",
    s4, "bent round rod", "volume = pi*3^2*(40 + 30 + pi/2*15); start profile at x=0, z=0: x -0..58 (40+15+3), z -3..45 (15+30, flat end) -> 6 x 48 x 58", genus=0)


def s5():
    half = Box(35, 40, 6, align=(Align.MIN, Align.CENTER, Align.MIN))
    half += Pos(29, 0, 0) * Box(6, 40, 30, align=(Align.MIN, Align.CENTER, Align.MIN))
    half -= Pos(15, 0, 0) * Cylinder(3.3, 6, align=(Align.CENTER, Align.CENTER, Align.MIN))
    half -= Pos(29, 0, 20) * Rot(0, 90, 0) * Cylinder(5, 6, align=(Align.CENTER, Align.CENTER, Align.MIN))
    return half + mirror(half, about=Plane.YZ)


add("steps",
    "Only model half and mirror it. Half = base plate 35 long x 40 wide x 6 thick starting at the mirror plane. At the far end stand up a 6 thick wall, full 40 width, 30 tall overall (measured from the bottom of the base). "
    "Drill a 6.6 hole through the base, 15 from the mirror plane, centred on the width. Drill a 10 hole through the wall, centred on the width, 20 up from the bottom. Mirror everything about the plane at the start of the base -> clevis/U bracket 70 long.",
    s5, "U (clevis) bracket built by mirroring", "half: base 35x40x6 + wall 6x40x30 at x 29..35; holes d6.6 at x15 and d10 at z20; mirrored about x=0", genus=4)


def s6():
    p = Box(60, 40, 30, align=(Align.CENTER, Align.CENTER, Align.MIN))
    p = fillet(p.edges().filter_by(Axis.Z), 5)
    return offset(p, amount=-2, openings=p.faces().sort_by(Axis.Z)[-1])


add("steps",
    "Box for a little electronics project: block 60 by 40, 30 high; round the four vertical edges with 5 mm fillets; then shell it 2 mm inward removing the top face so it's an open tray.",
    s6, "open shelled box with rounded corners", "box 60x40x30, R5 vertical edges, shell 2 mm inward, top open (inner corners R3)", genus=0)


def s7():
    p = Cylinder(20, 10) + Box(60, 10, 10)
    return p - Cylinder(4, 10)


add("steps",
    "Make a 40 dia x 10 thick disc. Make a separate bar 60 x 10 x 10 lying across the disc through its centre, same top and bottom faces as the disc. Union the two bodies, then put an 8 mm hole through the centre.",
    s7, "disc with a crossbar, centre hole", "union of r20 x10 disc and 60x10x10 bar (bar ends stick out 10 past the disc), minus d8", genus=1)


def s8():
    p = Box(100, 30, 5, align=(Align.MIN, Align.CENTER, Align.MIN))
    for x in (15, 50, 85):
        p -= Pos(x, 0, 0) * Cylinder(2.25, 5, align=(Align.CENTER, Align.CENTER, Align.MIN))
        p -= Pos(x, 0, 5 - 1.95) * Cone(2.25, 4.2, 1.95, align=(Align.CENTER, Align.CENTER, Align.MIN))
    return p


add("steps",
    "Strap 100 x 30 x 5. Three countersunk holes along the centre line at 15, 50 and 85 mm from the left end: 4.5 mm through, 90 deg countersink to 8.4 mm diameter at the top face (for M4 flat heads).",
    s8, "strap with 3 countersunk holes", "90 deg csk from d4.5 to d8.4 -> depth (8.4-4.5)/2 = 1.95", genus=3)
add("steps",
    "Step 1: plate 40 x 20, 4 thick. Step 2: four 8 mm through holes, centres 2 mm in from each edge at the corners. Step 3: break all edges 0.5.",
    None, "plate with corner holes", "hole radius 4 but centres only 2 mm from the edges -> every hole breaks out through two edges; these are notches, not holes: cannot be made as described",
    impossible=True)


def s10():
    p = Cylinder(25, 20, align=(Align.CENTER, Align.CENTER, Align.MIN))
    p = chamfer(p.edges().group_by(Axis.Z)[-1], 2)
    p -= Cylinder(10, 20, align=(Align.CENTER, Align.CENTER, Align.MIN))
    for i in range(6):
        a = math.radians(60 * i)
        p -= Pos(18 * math.cos(a), 18 * math.sin(a), 10) * Cylinder(2.1, 10, align=(Align.CENTER, Align.CENTER, Align.MIN))
    return p


add("steps",
    "First a 50 mm dia cylinder 20 mm tall. Then chamfer the top outside edge 2 mm. Then a 20 mm hole through the middle. Finally 6 x M5 tapped holes on a 36 mm PCD, equally spaced, drilled 4.2 mm x 10 mm deep from the top (threads not modelled).",
    s10, "round adapter with bolt circle of blind tapped holes", "M5 tap drill 4.2; blind 10 deep from top; r25 h20, chamfer 2, bore d20", genus=1)


def euler_genus(p):
    V = len(p.vertices()); E = len(p.edges())
    chi = V - E + sum(2 - len(fc.wires()) for fc in p.faces())
    return 1 - chi / 2


def fmtvol(v):
    return round(v, 1) if v >= 1000 else float(f"{v:.5g}")


# reorder so styles are mixed in the file? keep ids in order of definition
with open(OUT, "w") as fh:
    for i, it in enumerate(ITEMS):
        rid = f"s{1001 + i}"
        rec = dict(id=rid, style=it["style"], prompt=it["prompt"])
        if it["impossible"]:
            rec["expect"] = {}
        else:
            p = it["build"]()
            if not isinstance(p, Part):
                p = Part(p.wrapped) if hasattr(p, "wrapped") else p
            sol = p.solids()
            assert len(sol) == 1, (rid, len(sol))
            s = sol[0]
            assert (s.is_valid() if callable(s.is_valid) else s.is_valid), rid
            v = s.volume
            assert v > 0
            g = euler_genus(s)
            assert abs(g - it["genus"]) < 1e-9, (rid, g, it["genus"])
            bb = s.bounding_box().size
            e = sorted([round(bb.X, 2), round(bb.Y, 2), round(bb.Z, 2)])
            exp = {"extents": e}
            if "volume" not in it["omit"]:
                exp["volume"] = fmtvol(v)
            exp["genus"] = int(g)
            rec["expect"] = exp
            print(rid, it["style"], e, round(v, 4), g)
        rec.update(intent=it["intent"], why=it["why"], out_of_scope=False, impossible=it["impossible"])
        fh.write(json.dumps(rec) + "\n")
print(len(ITEMS))

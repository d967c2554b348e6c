# ruff: noqa
"""Held-out set text2cad10: Text2CAD-style (beginner/intermediate/expert) and CADPrompt-style prompts.
Units: 'units' are taken as mm. All expected figures computed below."""
import json
import math
from pathlib import Path

OUT = Path(__file__).with_name("text2cad10_prompts.jsonl")
pi = math.pi
S3 = math.sqrt(3)
cases = []
_n = [1000]


def r6(x):
    return round(x, 6)


def add(level, prompt, ext, vol, genus, intent, why, impossible=False):
    _n[0] += 1
    if impossible:
        expect = {}
    else:
        expect = {"extents": [r6(e) for e in sorted(ext)], "volume": r6(vol)}
        if genus is not None:
            expect["genus"] = genus
    cases.append({"id": f"t{_n[0]}", "level": level, "prompt": prompt, "expect": expect,
                  "intent": intent, "why": why, "out_of_scope": False, "impossible": impossible})


def circ(r):
    return pi * r * r


def fmt(v):
    s = f"{v:.4f}".rstrip("0")
    if s.endswith("."):
        s += "0"
    return s


def pt(p):
    return f"({fmt(p[0])}, {fmt(p[1])})"


def poly_text(pts, loop=1):
    n = len(pts)
    parts = []
    for i in range(n):
        a, b = pts[i], pts[(i + 1) % n]
        parts.append(f"draw line {i + 1} from {pt(a)} to {pt(b)}")
    return f"In loop {loop}, " + "; ".join(parts) + "."


def shoelace(pts):
    s = 0.0
    for i in range(len(pts)):
        x1, y1 = pts[i]
        x2, y2 = pts[(i + 1) % len(pts)]
        s += x1 * y2 - x2 * y1
    return abs(s) / 2


def bbox(pts):
    xs = [p[0] for p in pts]
    ys = [p[1] for p in pts]
    return max(xs) - min(xs), max(ys) - min(ys)


def fmt6(v):
    s = f"{v:.6f}".rstrip("0")
    if s.endswith("."):
        s += "0"
    return s


def cs(e, t):
    return (f"Create a new coordinate system with Euler angles [{', '.join(fmt(x) for x in e)}] "
            f"and translation vector [{', '.join(fmt6(x) for x in t)}].")


# ---------------------------------------------------------------- beginner (12)
L, W, H, d = 0.75, 0.375, 0.125, 0.09375
add("beginner",
    "Create a rectangular prism 0.75 units long, 0.375 units wide and 0.125 units tall with two circular through holes of diameter 0.09375, centred across the width and placed 0.1875 from each end.",
    [L, W, H], L * W * H - 2 * circ(d / 2) * H, 2, "rectangular block with two through holes",
    "0.75*0.375*0.125 minus 2 cylinders r=0.046875 h=0.125")

add("beginner", "A simple cylinder. Diameter 0.5 units, height 0.75 units.",
    [0.5, 0.5, 0.75], circ(0.25) * 0.75, 0, "plain cylinder", "pi*0.25^2*0.75")

add("beginner", "make a flat ring, outer diameter 0.75 and inner diameter 0.45, thicknes 0.1",
    [0.75, 0.75, 0.1], (circ(0.375) - circ(0.225)) * 0.1, 1, "annular ring", "pi*(0.375^2-0.225^2)*0.1")

add("beginner", "A cube with side length 0.6 units that has a cylindrical hole of diameter 0.2 going straight through the center of one face to the opposite face.",
    [0.6, 0.6, 0.6], 0.6 ** 3 - circ(0.1) * 0.6, 1, "cube with central through hole", "0.6^3 - pi*0.1^2*0.6")

f = 0.4
add("beginner", "A hexagonal prism measuring 0.4 units across the flats and 0.2 units tall.",
    [f, f * 2 / S3, 0.2], S3 / 2 * f * f * 0.2, 0, "regular hexagonal prism",
    "hexagon area = sqrt(3)/2*flats^2; across corners = flats*2/sqrt(3)")

add("beginner", "Two stacked cylinders: the bottom one has a diameter of 0.75 and height 0.1, the top one is centered on it with diameter 0.3 and height 0.4.",
    [0.75, 0.75, 0.5], circ(0.375) * 0.1 + circ(0.15) * 0.4, 0, "stepped cylinder (disk + boss)",
    "pi*0.375^2*0.1 + pi*0.15^2*0.4; height 0.1+0.4")

add("beginner", "Square plate 1.0 x 1.0 units, 0.05 thick, with a hole of diameter 0.1 in each corner, hole centers 0.1 in from both edges.",
    [1.0, 1.0, 0.05], 1.0 * 0.05 - 4 * circ(0.05) * 0.05, 4, "square plate with 4 corner holes",
    "1*1*0.05 - 4*pi*0.05^2*0.05")

lb = 0.5 * 0.125 + (0.5 - 0.125) * 0.125
add("beginner", "An L-shaped block. Both legs 0.5 units long (outside), legs are 0.125 thick, and the block is 0.25 units deep.",
    [0.5, 0.5, 0.25], lb * 0.25, 0, "L-profile extrusion",
    "L area = 0.5*0.125 + 0.375*0.125, times depth 0.25")

add("beginner", "rectangular frame: outer size 0.75 by 0.5, a centered rectangular opening of 0.6 by 0.35, thickness 0.05",
    [0.75, 0.5, 0.05], (0.75 * 0.5 - 0.6 * 0.35) * 0.05, 1, "rectangular picture-frame",
    "(0.75*0.5-0.6*0.35)*0.05")

add("beginner", "A tube 20 units long with an outer diameter of 8 units and an inner diameter of 9 units.",
    [], 0, None, "tube with ID larger than OD", "inner diameter 9 > outer diameter 8: cannot be built", impossible=True)

sl, sw = 0.4, 0.1
add("beginner", "A rectangular plate 0.8 by 0.3 by 0.06 with a straight slot through its middle; the slot is 0.4 long overall, 0.1 wide, with rounded ends, running along the length.",
    [0.8, 0.3, 0.06], (0.8 * 0.3 - ((sl - sw) * sw + circ(sw / 2))) * 0.06, 1, "plate with obround through-slot",
    "slot area = (0.4-0.1)*0.1 + pi*0.05^2 (overall length includes end radii)")

add("beginner", "Right triangular prism: the triangle has legs of 0.5 and 0.3 units, extruded 0.2 units.",
    [0.5, 0.3, 0.2], 0.5 * 0.5 * 0.3 * 0.2, 0, "right-triangle prism", "0.5*0.5*0.3*0.2")

# ---------------------------------------------------------------- intermediate (12)
add("intermediate",
    "Begin by sketching a rectangle on the XY plane with one corner at (0, 0) and the opposite corner at (0.75, 0.5). Inside the rectangle, draw a circle centred at (0.375, 0.25) with a radius of 0.125. Extrude the sketch 0.1 units along the normal so the circle becomes a through hole. The final part is 0.75 long, 0.5 wide and 0.1 high.",
    [0.75, 0.5, 0.1], (0.75 * 0.5 - circ(0.125)) * 0.1, 1, "rectangular plate with one centre hole",
    "(0.75*0.5 - pi*0.125^2)*0.1")

U = [(0, 0), (0.6, 0), (0.6, 0.4), (0.5, 0.4), (0.5, 0.1), (0.1, 0.1), (0.1, 0.4), (0, 0.4)]
add("intermediate",
    "Draw a closed U-shaped profile made of eight straight lines: start at (0,0), go to (0.6,0), up to (0.6,0.4), left to (0.5,0.4), down to (0.5,0.1), left to (0.1,0.1), up to (0.1,0.4), left to (0,0.4) and back down to the start. Extrude this profile 0.3 units to make a solid U-channel block.",
    [*bbox(U), 0.3], shoelace(U) * 0.3, 0, "U-channel extrusion", "shoelace area of the 8-point U (0.12) * 0.3")

T = [(0, 0.45), (0.75, 0.45), (0.75, 0.6), (0, 0.6)]  # bar
Tpts = [(0.275, 0), (0.475, 0), (0.475, 0.45), (0.75, 0.45), (0.75, 0.6), (0, 0.6), (0, 0.45), (0.275, 0.45)]
add("intermediate",
    "Sketch a T shape. The stem is a rectangle 0.2 wide and 0.45 tall, running from (0.275, 0) to (0.475, 0.45). On top of it sits the crossbar, from (0, 0.45) to (0.75, 0.6), so the bar is 0.75 wide and 0.15 thick and the stem is centred under it. Trace the outline as a single closed loop and extrude it 0.25 units. Final size: 0.75 x 0.6 x 0.25.",
    [0.75, 0.6, 0.25], shoelace(Tpts) * 0.25, 0, "T-profile extrusion",
    "area = 0.75*0.15 + 0.2*0.45, times 0.25")

rr = 0.05
area_rr = 0.7 * 0.4 - (4 - pi) * rr * rr - 2 * circ(0.04)
add("intermediate",
    "The sketch is a rectangle 0.7 by 0.4 (from the origin to (0.7, 0.4)) whose four corners are rounded with arcs of radius 0.05: each straight edge is shortened by 0.05 at both ends and a quarter arc joins neighbouring edges. Add two circles of radius 0.04, one centred at (0.1, 0.2) and one at (0.6, 0.2). Extrude 0.04 units. This gives a thin rounded plate with two mounting holes.",
    [0.7, 0.4, 0.04], area_rr * 0.04, 2, "rounded-corner plate with two holes",
    "0.7*0.4 - (4-pi)*0.05^2 corners - 2*pi*0.04^2, times 0.04")

area_fl = circ(0.375) - circ(0.1) - 4 * circ(0.04)
add("intermediate",
    "Draw a circle of radius 0.375 centred at (0.375, 0.375). Concentric with it draw a second circle of radius 0.1 for the bore. Then place four small circles of radius 0.04 at (0.65, 0.375), (0.1, 0.375), (0.375, 0.65) and (0.375, 0.1), i.e. equally spaced on a pitch radius of 0.275. Extrude the whole sketch 0.075 units to get a flat flange disc with a centre bore and four bolt holes.",
    [0.75, 0.75, 0.075], area_fl * 0.075, 5, "flat flange disc, bore + 4 bolt holes",
    "(pi*0.375^2 - pi*0.1^2 - 4*pi*0.04^2)*0.075")

add("intermediate",
    "First sketch a square 0.5 x 0.5 and extrude it 0.25 units to form the base block. On the top face, sketch a circle of radius 0.15 centred on the face and extrude it a further 0.25 units upward, joining it to the base. The result is a square block with a round post on top, 0.5 x 0.5 x 0.5 overall.",
    [0.5, 0.5, 0.5], 0.5 * 0.5 * 0.25 + circ(0.15) * 0.25, 0, "square base with cylindrical post",
    "0.5*0.5*0.25 + pi*0.15^2*0.25")

area_link = 0.4 * 0.2 + circ(0.1) - 2 * circ(0.05)
add("intermediate",
    "Create a link-shaped sketch: line from (0.1, 0) to (0.5, 0), an arc from (0.5, 0) through (0.6, 0.1) to (0.5, 0.2), a line back from (0.5, 0.2) to (0.1, 0.2), and an arc from (0.1, 0.2) through (0, 0.1) to (0.1, 0). Inside, draw two circles of radius 0.05 at (0.1, 0.1) and (0.5, 0.1). Extrude 0.05 units. Final dimensions are length 0.6, width 0.2, height 0.05.",
    [0.6, 0.2, 0.05], area_link * 0.05, 2, "obround link with two end holes",
    "0.4*0.2 rectangle + two semicircles r0.1 (= pi*0.1^2) - 2*pi*0.05^2, times 0.05")

add("intermediate",
    "Sketch a rectangle of 0.75 by 0.45 and extrude it 0.3 units to make a block. Then on the top face draw a centred rectangle 0.55 by 0.25 and cut it 0.2 units down into the block (not all the way through), leaving an open tray with 0.1 thick walls and a 0.1 thick floor.",
    [0.75, 0.45, 0.3], 0.75 * 0.45 * 0.3 - 0.55 * 0.25 * 0.2, 0, "block with rectangular pocket (tray)",
    "0.75*0.45*0.3 - 0.55*0.25*0.2")

add("intermediate",
    "On a new sketch plane draw a circle with radius 0.25 centred at the origin, and inside it a square of side 0.2, also centred at the origin, with lines from (-0.1, -0.1) to (0.1, -0.1) to (0.1, 0.1) to (-0.1, 0.1) and back. Extrude the profile 0.6 units. You get a round bar 0.5 in diameter and 0.6 long with a square hole through its axis.",
    [0.5, 0.5, 0.6], (circ(0.25) - 0.04) * 0.6, 1, "round bar with square through hole",
    "(pi*0.25^2 - 0.2^2)*0.6")

area_p = 120 * 80 - 4 * circ(5) - circ(15)
add("intermediate",
    "Sketch a rectangle 120 units by 80 units. Add four circles of diameter 10, each centred 15 units in from the two nearest edges, and one circle of diameter 30 at the centre of the rectangle. Extrude the sketch by 8 units. The final plate measures 120 x 80 x 8 with five through holes.",
    [120, 80, 8], area_p * 8, 5, "base plate with 4 corner holes and a big centre hole",
    "(120*80 - 4*pi*5^2 - pi*15^2)*8")

tri = [(0, 0), (0.6, 0), (0, 0.4)]
add("intermediate",
    "Draw a right triangle with three lines: from (0,0) to (0.6,0), from (0.6,0) to (0,0.4), and from (0,0.4) back to (0,0). Put a circle of radius 0.05 centred at (0.15, 0.1) inside the triangle. Extrude by 0.08 units to produce a triangular gusset with one hole.",
    [0.6, 0.4, 0.08], (shoelace(tri) - circ(0.05)) * 0.08, 1, "triangular gusset with hole",
    "(0.5*0.6*0.4 - pi*0.05^2)*0.08; circle is >=0.1 from every edge")

X = [(0.2, 0), (0.4, 0), (0.4, 0.2), (0.6, 0.2), (0.6, 0.4), (0.4, 0.4), (0.4, 0.6), (0.2, 0.6),
     (0.2, 0.4), (0, 0.4), (0, 0.2), (0.2, 0.2)]
add("intermediate",
    "The sketch is a plus sign made of twelve lines: (0.2,0) to (0.4,0) to (0.4,0.2) to (0.6,0.2) to (0.6,0.4) to (0.4,0.4) to (0.4,0.6) to (0.2,0.6) to (0.2,0.4) to (0,0.4) to (0,0.2) to (0.2,0.2) and back to (0.2,0). Extrude it 0.1 units. Final dimensions 0.6 by 0.6 by 0.1.",
    [0.6, 0.6, 0.1], shoelace(X) * 0.1, 0, "plus/cross-shaped extrusion",
    "area = 2*(0.6*0.2) - 0.2*0.2 = 0.2, times 0.1")

# ---------------------------------------------------------------- expert (11)
TRANSFORM = "Transform the scaled 2D sketch into 3D using the Euler angles and translation vector of the coordinate system."

# e1
s = 0.75
rect = [(0, 0), (0.75, 0), (0.75, 0.5), (0, 0.5)]
p = ("Part 1: " + cs([0, 0, -90], [0, 0.375, 0]) + " Draw a 2D sketch on face 1. " + poly_text(rect) +
     " In loop 2, draw circle 1 with center at (0.375, 0.25) and radius 0.1. Scale the sketch by 0.75. " + TRANSFORM +
     " Extrude the sketch 0.375 units in the direction of the normal and 0.0 units in the opposite direction. This operation creates a new solid body.")
add("expert", p, [0.75 * s, 0.5 * s, 0.375], (0.75 * 0.5 - circ(0.1)) * s * s * 0.375, 1,
    "rectangular block with one through hole",
    "sketch 0.75x0.5 with r0.1 hole, scaled 0.75 -> 0.5625x0.375, r0.075; depth 0.375 (not scaled)")

# e2 L profile, symmetric extrude
Lp = [(0, 0), (0.75, 0), (0.75, 0.125), (0.125, 0.125), (0.125, 0.5), (0, 0.5)]
p = ("Part 1: " + cs([-90, 0, -90], [0, 0, 0]) + " Draw a 2D sketch on face 1. " + poly_text(Lp) +
     " Scale the sketch by 0.75. " + TRANSFORM +
     " Extrude the sketch 0.25 units in the direction of the normal and 0.25 units in the opposite direction. This operation creates a new solid body.")
bw, bh = bbox(Lp)
add("expert", p, [bw * s, bh * s, 0.5], shoelace(Lp) * s * s * 0.5, 0, "L-angle extruded both ways",
    "L area 0.140625 * 0.75^2, extents 0.5625 x 0.375, depth 0.25+0.25")

# e3 disc + boss (scaled part 2) + through hole
R1 = 0.375 * 0.75
r2 = 0.25 * 0.5625
p = ("Part 1: " + cs([0, 0, 0], [0, 0, 0]) + " Draw a 2D sketch on face 1. In loop 1, draw circle 1 with center at (0.375, 0.375) and radius 0.375. "
     "Scale the sketch by 0.75. " + TRANSFORM + " Extrude the sketch 0.1 units in the direction of the normal and 0.0 units in the opposite direction. This operation creates a new solid body. "
     "Part 2: " + cs([0, 0, 0], [0.140625, 0.140625, 0.1]) + " Draw a 2D sketch on face 1. In loop 1, draw circle 1 with center at (0.25, 0.25) and radius 0.25. "
     "Scale the sketch by 0.5625. " + TRANSFORM + " Extrude the sketch 0.3 units in the direction of the normal and 0.0 units in the opposite direction. Add this part to the existing body (join). "
     "Part 3: " + cs([0, 0, 0], [0.23125, 0.23125, 0.4]) + " Draw a 2D sketch on face 1. In loop 1, draw circle 1 with center at (0.05, 0.05) and radius 0.05. "
     "Scale the sketch by 1.0. " + TRANSFORM + " Extrude the sketch 0.0 units in the direction of the normal and 0.4 units in the opposite direction. Remove material from the existing body.")
add("expert", p, [2 * R1, 2 * R1, 0.4], circ(R1) * 0.1 + circ(r2) * 0.3 - circ(0.05) * 0.4, 1,
    "disc with concentric boss and through hole",
    "disc r=0.375*0.75=0.28125 centre (0.28125,0.28125) h0.1; boss r=0.25*0.5625=0.140625, centre 0.140625+0.140625=0.28125, z0.1-0.4; hole r0.05 centred at 0.23125+0.05=0.28125, z0.4->0")

# e4 box with pocket
p = ("Part 1: " + cs([0, 0, 0], [0, 0, 0]) + " Draw a 2D sketch on face 1. " + poly_text([(0, 0), (0.75, 0), (0.75, 0.45), (0, 0.45)]) +
     " Scale the sketch by 0.75. " + TRANSFORM + " Extrude the sketch 0.15 units in the direction of the normal and 0.0 units in the opposite direction. This operation creates a new solid body. "
     "Part 2: " + cs([0, 0, 0], [0.1, 0.1, 0.15]) + " Draw a 2D sketch on face 1. " + poly_text([(0, 0), (0.3625, 0), (0.3625, 0.1375), (0, 0.1375)]) +
     " Scale the sketch by 1.0. " + TRANSFORM + " Extrude the sketch 0.0 units in the direction of the normal and 0.1 units in the opposite direction. Remove material from the existing body to create a rectangular pocket.")
add("expert", p, [0.5625, 0.3375, 0.15], 0.5625 * 0.3375 * 0.15 - 0.3625 * 0.1375 * 0.1, 0,
    "block with blind rectangular pocket",
    "base 0.75x0.45 scaled 0.75 -> 0.5625x0.3375, h0.15; pocket 0.3625x0.1375x0.1 at x0.1-0.4625, y0.1-0.2375 (inside)")

# e5 hex with hole
R = 0.375
hy = R * S3 / 2
hexp = [(0, hy), (0.1875, 0), (0.5625, 0), (0.75, hy), (0.5625, 2 * hy), (0.1875, 2 * hy)]
hexp_r = [(round(x, 4), round(y, 4)) for x, y in hexp]
p = ("Part 1: " + cs([0, 0, 0], [0, 0, 0]) + " Draw a 2D sketch on face 1. " + poly_text(hexp_r) +
     f" In loop 2, draw circle 1 with center at (0.375, {fmt(hy)}) and radius 0.1875. Scale the sketch by 0.75. " + TRANSFORM +
     " Extrude the sketch 0.2 units in the direction of the normal and 0.0 units in the opposite direction. This operation creates a new solid body.")
add("expert", p, [0.75 * s, 2 * hy * s, 0.2], (shoelace(hexp_r) - circ(0.1875)) * s * s * 0.2, 1,
    "hex prism with round through hole (nut blank)",
    "hexagon circumradius 0.375 (coords rounded to 4 dp), hole r0.1875, all scaled 0.75; depth 0.2")

# e6 tab with one round end and hole, symmetric extrude
tab_area = 0.5 * 0.25 + circ(0.125) / 2 - circ(0.0625)
p = ("Part 1: " + cs([0, 0, -90], [0, 0.1, 0]) + " Draw a 2D sketch on face 1. In loop 1, draw line 1 from (0.0, 0.0) to (0.5, 0.0); draw arc 1 from (0.5, 0.0) via (0.625, 0.125) to (0.5, 0.25); "
     "draw line 2 from (0.5, 0.25) to (0.0, 0.25); draw line 3 from (0.0, 0.25) to (0.0, 0.0). In loop 2, draw circle 1 with center at (0.5, 0.125) and radius 0.0625. "
     "Scale the sketch by 0.75. " + TRANSFORM + " Extrude the sketch 0.05 units in the direction of the normal and 0.05 units in the opposite direction. This operation creates a new solid body.")
add("expert", p, [0.625 * s, 0.25 * s, 0.1], tab_area * s * s * 0.1, 1, "tab with rounded end and hole",
    "rect 0.5x0.25 + half disc r0.125 - hole r0.0625, scaled 0.75 (area*0.5625); length 0.625*0.75; thickness 0.05+0.05")

# e7 L bracket from two parts + hole in base
p = ("Part 1: " + cs([0, 0, 0], [0, 0, 0]) + " Draw a 2D sketch on face 1. " + poly_text([(0, 0), (0.75, 0), (0.75, 0.375), (0, 0.375)]) +
     " Scale the sketch by 0.75. " + TRANSFORM + " Extrude the sketch 0.05 units in the direction of the normal and 0.0 units in the opposite direction. This operation creates a new solid body. "
     "Part 2: " + cs([0, 0, 0], [0, 0, 0.05]) + " Draw a 2D sketch on face 1. " + poly_text([(0, 0), (0.05, 0), (0.05, 0.2812), (0, 0.2812)]) +
     " Scale the sketch by 1.0. " + TRANSFORM + " Extrude the sketch 0.3 units in the direction of the normal and 0.0 units in the opposite direction. Join this part to the existing body. "
     "Part 3: " + cs([0, 0, 0], [0.3, 0.09, 0.05]) + " Draw a 2D sketch on face 1. In loop 1, draw circle 1 with center at (0.05, 0.05) and radius 0.05. Scale the sketch by 1.0. " + TRANSFORM +
     " Extrude the sketch 0.0 units in the direction of the normal and 0.05 units in the opposite direction. Remove material from the existing body.")
add("expert", p, [0.5625, 0.28125, 0.35], 0.5625 * 0.28125 * 0.05 + 0.05 * 0.2812 * 0.3 - circ(0.05) * 0.05, 1,
    "L bracket: base plate + upright wall, hole in base",
    "base 0.5625x0.28125x0.05; wall 0.05x0.2812x0.3 at x0-0.05, z0.05-0.35; hole r0.05 at (0.35,0.14) through base")

# e8 U channel rotated
Uc = [(0, 0), (0.75, 0), (0.75, 0.375), (0.625, 0.375), (0.625, 0.125), (0.125, 0.125), (0.125, 0.375), (0, 0.375)]
p = ("Part 1: " + cs([-90, 0, -90], [0, 0, 0]) + " Draw a 2D sketch on face 1. " + poly_text(Uc) +
     " Scale the sketch by 0.75. " + TRANSFORM + " Extrude the sketch 0.75 units in the direction of the normal and 0.0 units in the opposite direction. This operation creates a new solid body.")
bw, bh = bbox(Uc)
add("expert", p, [bw * s, bh * s, 0.75], shoelace(Uc) * s * s * 0.75, 0, "U channel",
    "U area 0.15625 * 0.5625; extents 0.5625 x 0.28125 x 0.75 (depth unscaled)")

# e9 square frame, extruded opposite only
p = ("Part 1: " + cs([0, 0, 0], [0, 0, 0.04]) + " Draw a 2D sketch on face 1. " + poly_text([(0, 0), (0.75, 0), (0.75, 0.75), (0, 0.75)]) + " " +
     poly_text([(0.1, 0.1), (0.65, 0.1), (0.65, 0.65), (0.1, 0.65)], loop=2) +
     " Scale the sketch by 0.75. " + TRANSFORM + " Extrude the sketch 0.0 units in the direction of the normal and 0.04 units in the opposite direction. This operation creates a new solid body.")
add("expert", p, [0.5625, 0.5625, 0.04], (0.75 ** 2 - 0.55 ** 2) * s * s * 0.04, 1, "square frame",
    "(0.75^2-0.55^2)*0.75^2*0.04")

# e10 counterbored cylinder
p = ("Part 1: " + cs([0, 0, 0], [0, 0, 0]) + " Draw a 2D sketch on face 1. In loop 1, draw circle 1 with center at (0.375, 0.375) and radius 0.375. Scale the sketch by 0.75. " + TRANSFORM +
     " Extrude the sketch 0.75 units in the direction of the normal and 0.0 units in the opposite direction. This operation creates a new solid body. "
     "Part 2: " + cs([0, 0, 0], [0.18125, 0.18125, 0.75]) + " Draw a 2D sketch on face 1. In loop 1, draw circle 1 with center at (0.1, 0.1) and radius 0.1. Scale the sketch by 1.0. " + TRANSFORM +
     " Extrude the sketch 0.0 units in the direction of the normal and 0.25 units in the opposite direction. Remove material from the existing body. "
     "Part 3: " + cs([0, 0, 0], [0.23125, 0.23125, 0.75]) + " Draw a 2D sketch on face 1. In loop 1, draw circle 1 with center at (0.05, 0.05) and radius 0.05. Scale the sketch by 1.0. " + TRANSFORM +
     " Extrude the sketch 0.0 units in the direction of the normal and 0.75 units in the opposite direction. Remove material from the existing body.")
add("expert", p, [2 * R1, 2 * R1, 0.75], circ(R1) * 0.75 - circ(0.1) * 0.25 - circ(0.05) * 0.5, 1,
    "cylinder with counterbore and through hole",
    "cyl r0.28125 h0.75; counterbore r0.1 depth 0.25 from top; hole r0.05 over remaining 0.5; all concentric at 0.28125")

# e11 stepped block (two parts, second scaled)
p = ("Part 1: " + cs([0, 0, 0], [0, 0, 0]) + " Draw a 2D sketch on face 1. " + poly_text([(0, 0), (0.75, 0), (0.75, 0.25), (0, 0.25)]) +
     " Scale the sketch by 0.75. " + TRANSFORM + " Extrude the sketch 0.125 units in the direction of the normal and 0.0 units in the opposite direction. This operation creates a new solid body. "
     "Part 2: " + cs([0, 0, 0], [0, 0, 0.125]) + " Draw a 2D sketch on face 1. " + poly_text([(0, 0), (0.75, 0), (0.75, 0.5), (0, 0.5)]) +
     " Scale the sketch by 0.375. " + TRANSFORM + " Extrude the sketch 0.125 units in the direction of the normal and 0.0 units in the opposite direction. Join the new part with the existing body.")
add("expert", p, [0.5625, 0.1875, 0.25], 0.5625 * 0.1875 * 0.125 + (0.75 * 0.375) * (0.5 * 0.375) * 0.125, 0,
    "stepped block",
    "part1 0.5625x0.1875x0.125; part2 sketch 0.75x0.5 scaled 0.375 -> 0.28125x0.1875, on top z0.125-0.25")

# ---------------------------------------------------------------- cadprompt (10)
add("cadprompt", "Unterlegscheibe: Außendurchmesser 30, Innendurchmesser 17, Dicke 3 mm.",
    [30, 30, 3], (circ(15) - circ(8.5)) * 3, 1, "flat washer (ISO 7089 M16 size)", "pi*(15^2-8.5^2)*3")

Larea = 50 * 4 + (35 - 4) * 4
add("cadprompt", "An L-shaped bracket, legs 50 and 35 mm (outside), 4 thick, 25 wide, with a 6 mm hole centred in each leg.",
    [50, 35, 25], Larea * 25 - 2 * circ(3) * 4, 2, "L bracket with a hole per leg",
    "L section (50*4 + 31*4)*25, minus two 6 mm holes through 4 mm")

add("cadprompt", "M10 hex nut, simplified: 16 across flats, 8.4 high, plain 10 mm bore, no thread, no chamfers.",
    [16, 16 * 2 / S3, 8.4], (S3 / 2 * 16 ** 2 - circ(5)) * 8.4, 1, "simplified hex nut (ISO 4032 M10 16 AF x 8.4)",
    "hex area sqrt(3)/2*16^2 minus pi*5^2, times 8.4; across corners 16*2/sqrt(3)")

add("cadprompt", "rectangular tube 40x20 outside, 2mm wall, 150 long, sharp corners",
    [40, 20, 150], (40 * 20 - 36 * 16) * 150, 1, "rectangular hollow section",
    "(40*20 - 36*16)*150")

add("cadprompt", "Mounting plate 100 x 60 x 5 with R6 corners and four Ø5.5 holes, 8 mm in from each edge.",
    [100, 60, 5], (100 * 60 - (4 - pi) * 36 - 4 * circ(2.75)) * 5, 4, "rounded mounting plate, 4 holes",
    "(100*60 - (4-pi)*6^2 - 4*pi*2.75^2)*5")

add("cadprompt", "A pipe flange: disc 90 mm diameter and 12 thick, with a raised hub 55 dia x 10 high on one side, 40 mm bore through both, and four 10 mm bolt holes on a 70 mm PCD.",
    [90, 90, 22], circ(45) * 12 + circ(27.5) * 10 - circ(20) * 22 - 4 * circ(5) * 12, 5,
    "hubbed flange with bore and 4 bolt holes",
    "disc pi*45^2*12 + hub pi*27.5^2*10 - bore pi*20^2*22 - 4*pi*5^2*12; bolt holes at r35 lie outside hub (r27.5) and inside disc")

add("cadprompt", "Perfil en U de 80 de largo, 30 de ancho exterior, 20 de alto, paredes de 3 mm.",
    [80, 30, 20], (30 * 20 - 24 * 17) * 80, 0, "U channel (Spanish prompt)",
    "section 30x20 minus inner 24x17 (walls 3, base 3), times 80")

add("cadprompt", "A stepped shaft: Ø20 for the first 40 mm, then steps down to Ø12 for another 25 mm.",
    [20, 20, 65], circ(10) * 40 + circ(6) * 25, 0, "two-diameter stepped shaft",
    "pi*10^2*40 + pi*6^2*25")

add("cadprompt", "Flanged bushing - body OD 16, flange OD 24 x 3 thick, overall length 20 incl. flange, 10 bore all the way through.",
    [24, 24, 20], circ(8) * 17 + circ(12) * 3 - circ(5) * 20, 1, "flanged bushing",
    "body pi*8^2*17 + flange pi*12^2*3 - bore pi*5^2*20")

add("cadprompt", "A 40 x 40 x 5 square plate with a 50 mm hole in the middle.",
    [], 0, None, "plate with a hole wider than the plate", "50 mm hole in a 40 mm plate: impossible", impossible=True)

with OUT.open("w") as fh:
    for c in cases:
        fh.write(json.dumps(c, ensure_ascii=False) + "\n")

from collections import Counter
print(Counter(c["level"] for c in cases), len(cases))

# ruff: noqa
"""Generator for held-out set text2cad7 (Text2CAD beginner / intermediate + CADPrompt style).

Every reference part is modelled in build123d, measured (bbox, volume, genus) and written to
text2cad7.jsonl.  Normalised "units" are reported as-is (1 unit = 1 in the expect fields).
"""
import json
import math
import os

from build123d import (Align, Axis, Box, Cylinder, Location, Locations, Plane, Polygon,
                       Pos, Rectangle, RectangleRounded, RegularPolygon, Rot, Circle,
                       Solid, Compound, extrude, revolve, fillet, chamfer, make_face,
                       Polyline, Sketch, offset)

HERE = os.path.dirname(os.path.abspath(__file__))
MIN = (Align.CENTER, Align.CENTER, Align.MIN)
PI = math.pi


def genus_of(shape):
    solids = shape.solids()
    assert len(solids) == 1, f"expected 1 solid, got {len(solids)}"
    s = solids[0]
    assert len(s.shells()) == 1, "solid has internal voids"
    V = len(s.vertices())
    E = len(s.edges())
    F = len(s.faces())
    R = sum(len(f.wires()) - 1 for f in s.faces())
    chi = V - E + F - R
    g2 = 2 - chi
    assert g2 % 2 == 0, (V, E, F, R)
    return g2 // 2


def fmt_vol(v):
    if v >= 100:
        return round(v, 1)
    return float(f"{v:.5g}")


ITEMS = []


def add(id_, level, prompt, part, intent, why, genus_expected, vol_formula=None):
    assert part.is_valid, id_
    bb = part.bounding_box()
    ext = sorted([round(bb.size.X, 2), round(bb.size.Y, 2), round(bb.size.Z, 2)])
    vol = part.volume
    assert vol > 0
    g = genus_of(part)
    assert g == genus_expected, f"{id_}: genus {g} != {genus_expected}"
    if vol_formula is not None:
        rel = abs(vol - vol_formula) / vol_formula
        assert rel < 1e-4, f"{id_}: volume {vol} vs formula {vol_formula}"
    ITEMS.append({
        "id": id_, "level": level, "prompt": prompt,
        "expect": {"extents": ext, "volume": fmt_vol(vol), "genus": g},
        "intent": intent, "why": why, "out_of_scope": False, "impossible": False,
    })


def hole(d, h, z0=-1.0):
    return Pos(0, 0, z0) * Cylinder(d / 2, h + 2.0, align=MIN)


# ------------------------------------------------------------------ beginner (t701-t714)

p = Box(0.7, 0.45, 0.06) - Cylinder(0.1, 1)
add("t701", "beginner",
    "Create a rectangular plate with a single circular hole through its centre. The plate measures "
    "0.7 units in length, 0.45 units in width and 0.06 units in height. The hole has a diameter of 0.2 units.",
    p, "flat plate with one central through hole",
    "0.7*0.45*0.06 - pi*0.1^2*0.06", 1, 0.7 * 0.45 * 0.06 - PI * 0.01 * 0.06)

p = Cylinder(0.25, 0.12)
add("t702", "beginner",
    "Design a solid circular disk with a diameter of 0.5 units and a thickness of 0.12 units.",
    p, "plain disc", "pi*0.25^2*0.12", 0, PI * 0.0625 * 0.12)

p = Cylinder(0.375, 0.09) - Cylinder(0.24, 1)
add("t703", "beginner",
    "Construct a ring-shaped object. The outer diameter is 0.75 units, the inner diameter is 0.48 units, "
    "and the ring is 0.09 units tall.",
    p, "flat ring", "pi*(0.375^2-0.24^2)*0.09", 1, PI * (0.375**2 - 0.24**2) * 0.09)

p = Box(0.6, 0.6, 0.3) - Box(0.2, 0.2, 1)
add("t704", "beginner",
    "Make a square block 0.6 units on each side and 0.3 units high, with a square opening of 0.2 units "
    "per side cut straight through the middle from top to bottom.",
    p, "square block with central square through hole",
    "0.6*0.6*0.3 - 0.2*0.2*0.3", 1, (0.36 - 0.04) * 0.3)

p = extrude(RegularPolygon(0.3, 6), 0.15)
add("t705", "beginner",
    "The model is a hexagonal prism. Each side of the regular hexagon is 0.3 units long, and the prism "
    "is extruded to a height of 0.15 units.",
    p, "hexagonal prism",
    "side 0.3 -> across corners 0.6, across flats 0.3*sqrt3=0.52; area 3*sqrt3/2*0.09; volume area*0.15",
    0, 1.5 * math.sqrt(3) * 0.09 * 0.15)

prof = Polygon((0, 0), (0.5, 0), (0.5, 0.1), (0.1, 0.1), (0.1, 0.4), (0, 0.4), align=None)
p = extrude(prof, 0.25)
add("t706", "beginner",
    "Create an L-shaped bar. The profile has one leg 0.5 units long and the other 0.4 units long, both "
    "0.1 units thick, measured to the outside corner, and it is extruded 0.25 units.",
    p, "L-section extrusion",
    "profile area 0.5*0.1 + 0.3*0.1 = 0.08; *0.25", 0, 0.08 * 0.25)

p = Box(0.75, 0.3, 0.05) - Pos(-0.275, 0, 0) * Cylinder(0.04, 1) - Pos(0.275, 0, 0) * Cylinder(0.04, 1)
add("t707", "beginner",
    "Create a rectangular plate 0.75 units long, 0.3 units wide and 0.05 units thick with two holes of "
    "diameter 0.08 units, each centred 0.1 units in from one of the short ends on the plate's centre line.",
    p, "plate with two end holes",
    "0.75*0.3*0.05 - 2*pi*0.04^2*0.05 (hole positions do not change volume)", 2,
    0.75 * 0.3 * 0.05 - 2 * PI * 0.0016 * 0.05)

p = Cylinder(0.15, 0.75) - Cylinder(0.05, 1)
add("t708", "beginner",
    "Make a hollow cylindrical tube that is 0.75 units long, with an outside diameter of 0.3 units and "
    "a bore of 0.1 units diameter running all the way through.",
    p, "tube", "pi*(0.15^2-0.05^2)*0.75", 1, PI * (0.0225 - 0.0025) * 0.75)

p = Box(0.6, 0.6, 0.04) - Box(0.45, 0.45, 1)
add("t709", "beginner",
    "Create a flat square frame: outer edge 0.6 units by 0.6 units, a centred square window 0.45 units "
    "by 0.45 units, thickness 0.04 units.",
    p, "square picture-frame-like plate", "(0.36-0.2025)*0.04", 1, (0.36 - 0.2025) * 0.04)

p = extrude(Polygon((0, 0), (0.5, 0), (0, 0.3), align=None), 0.1)
add("t710", "beginner",
    "Create a triangular prism whose base is a right triangle with legs of 0.5 units and 0.3 units. "
    "Extrude the triangle 0.1 units.",
    p, "right-triangle wedge plate", "0.5*0.5*0.3*0.1", 0, 0.5 * 0.5 * 0.3 * 0.1)

p = Cylinder(0.2, 0.03) - Cylinder(0.09, 1)
add("t711", "beginner",
    "Design a thin washer with an outer diameter of 0.4 units, a central hole of 0.18 units diameter "
    "and a thickness of 0.03 units.",
    p, "washer", "pi*(0.2^2-0.09^2)*0.03", 1, PI * (0.04 - 0.0081) * 0.03)

p = Box(0.5, 0.25, 0.2, align=MIN) + Pos(0, 0, 0.2) * Cylinder(0.075, 0.1, align=MIN)
add("t712", "beginner",
    "Create a rectangular block 0.5 units long, 0.25 units wide and 0.2 units high. On the centre of "
    "its top face add a cylindrical boss 0.15 units in diameter and 0.1 units tall.",
    p, "block with round boss on top",
    "0.5*0.25*0.2 + pi*0.075^2*0.1; height 0.3", 0, 0.025 + PI * 0.075**2 * 0.1)

tee = extrude(Polygon((-0.3, 0.4), (0.3, 0.4), (0.3, 0.5), (-0.3, 0.5), align=None), 0.2) + \
    extrude(Polygon((-0.075, 0), (0.075, 0), (0.075, 0.4), (-0.075, 0.4), align=None), 0.2)
add("t713", "beginner",
    "Draw a T shape and extrude it 0.2 units. The top bar of the T is 0.6 units wide and 0.1 units "
    "thick; the stem is 0.15 units wide and hangs 0.4 units below the bar, giving an overall height of 0.5 units.",
    tee, "T-section extrusion", "(0.6*0.1 + 0.15*0.4)*0.2", 0, (0.06 + 0.06) * 0.2)

p = Cylinder(0.3, 0.05)
for i in range(4):
    a = i * PI / 2
    p -= Pos(0.21 * math.cos(a), 0.21 * math.sin(a), 0) * Cylinder(0.03, 1)
add("t714", "beginner",
    "Create a circular plate with a diameter of 0.6 units and a thickness of 0.05 units. Four holes, "
    "each 0.06 units in diameter, are evenly spaced on a circle of diameter 0.42 units.",
    p, "disc with four-hole pattern", "(pi*0.3^2 - 4*pi*0.03^2)*0.05", 4,
    (PI * 0.09 - 4 * PI * 0.0009) * 0.05)

# ------------------------------------------------------------------ intermediate (t715-t727)

p = Cylinder(0.375, 0.1, align=MIN) + Pos(0, 0, 0.1) * Cylinder(0.2, 0.25, align=MIN) - hole(0.15, 0.35)
add("t715", "intermediate",
    "The part consists of a cylindrical base with a diameter of 0.75 units and a height of 0.1 units. "
    "Centred on top of the base sits a smaller cylinder with a diameter of 0.4 units and a height of "
    "0.25 units, bringing the total height to 0.35 units. A cylindrical hole with a diameter of 0.15 units "
    "runs through both cylinders along their common axis.",
    p, "stepped cylinder with axial bore",
    "pi*0.375^2*0.1 + pi*0.2^2*0.25 - pi*0.075^2*0.35", 1,
    PI * (0.375**2 * 0.1 + 0.04 * 0.25 - 0.075**2 * 0.35))

base = Box(0.75, 0.5, 0.1, align=(Align.MIN, Align.MIN, Align.MIN))
up = Pos(0, 0, 0.1) * Box(0.2, 0.5, 0.35, align=(Align.MIN, Align.MIN, Align.MIN))
p = base + up - Pos(0.475, 0.25, 0) * hole(0.1, 0.1)
add("t716", "intermediate",
    "Start with a rectangular base plate 0.75 units long, 0.5 units wide and 0.1 units thick. At one of "
    "the short ends, a rectangular upright block rises from the top of the base; the upright is 0.2 units "
    "thick along the length of the plate, spans the full 0.5 unit width and extends 0.35 units above the "
    "base, so the overall height is 0.45 units. The remaining exposed part of the base, 0.55 units long, "
    "has a circular hole of diameter 0.1 units drilled through its centre.",
    p, "L-block with hole in foot",
    "0.75*0.5*0.1 + 0.2*0.5*0.35 - pi*0.05^2*0.1", 1,
    0.0375 + 0.035 - PI * 0.0025 * 0.1)

p = Box(0.6, 0.4, 0.38, align=MIN) - Pos(0, 0, 0.08) * Box(1, 0.24, 0.3, align=MIN)
add("t717", "intermediate",
    "This part is a U-shaped channel block. Its outer dimensions are 0.6 units in length, 0.4 units in "
    "width and 0.38 units in height. A rectangular groove 0.24 units wide and 0.3 units deep is cut down "
    "from the top face and runs along the full length, centred across the width. This leaves two side "
    "walls 0.08 units thick standing on a floor that is 0.08 units thick.",
    p, "U channel", "0.6*(0.4*0.38 - 0.24*0.3)", 0, 0.6 * (0.152 - 0.072))

p = Cylinder(0.1, 0.3, align=MIN) + Pos(0, 0, 0.3) * Cylinder(0.15, 0.2, align=MIN) + \
    Pos(0, 0, 0.5) * Cylinder(0.075, 0.25, align=MIN)
add("t718", "intermediate",
    "Model a stepped shaft made of three coaxial cylindrical sections placed end to end. The first "
    "section has a diameter of 0.2 units and a length of 0.3 units. It is followed by a wider collar with "
    "a diameter of 0.3 units and a length of 0.2 units. The last section is the narrowest, with a "
    "diameter of 0.15 units and a length of 0.25 units, giving a total length of 0.75 units.",
    p, "three-step shaft", "pi*(0.1^2*0.3 + 0.15^2*0.2 + 0.075^2*0.25)", 0,
    PI * (0.01 * 0.3 + 0.0225 * 0.2 + 0.075**2 * 0.25))

p = Cylinder(0.35, 0.08, align=MIN) + Pos(0, 0, 0.08) * Cylinder(0.15, 0.2, align=MIN) - hole(0.16, 0.28)
for i in range(6):
    a = i * PI / 3
    p -= Pos(0.27 * math.cos(a), 0.27 * math.sin(a), 0) * hole(0.06, 0.08)
add("t719", "intermediate",
    "The model is a flange. It has a circular disc with a diameter of 0.7 units and a thickness of "
    "0.08 units. A cylindrical hub with a diameter of 0.3 units projects 0.2 units from one face of the "
    "disc, concentric with it. A central bore with a diameter of 0.16 units passes through the hub and "
    "the disc. Six bolt holes, each 0.06 units in diameter, are equally spaced around a bolt circle of "
    "diameter 0.54 units and go through the disc.",
    p, "hubbed flange with six bolt holes",
    "pi*0.35^2*0.08 + pi*0.15^2*0.2 - pi*0.08^2*0.28 - 6*pi*0.03^2*0.08; genus 1+6", 7,
    PI * (0.1225 * 0.08 + 0.0225 * 0.2 - 0.0064 * 0.28 - 6 * 0.0009 * 0.08))

p = Box(0.75, 0.5, 0.3, align=MIN) - Pos(0, 0, 0.05) * Box(0.65, 0.4, 0.3, align=MIN)
add("t720", "intermediate",
    "Create an open-top rectangular housing. The outer box is 0.75 units long, 0.5 units wide and "
    "0.3 units high. A rectangular cavity 0.65 units long and 0.4 units wide is hollowed out from the top "
    "face to a depth of 0.25 units, centred, leaving walls 0.05 units thick on all four sides and a "
    "0.05 unit thick bottom.",
    p, "open box / tray", "0.75*0.5*0.3 - 0.65*0.4*0.25", 0, 0.1125 - 0.065)

p = Cylinder(0.25, 0.4, align=MIN) - Pos(0, 0, 0.25) * Box(1, 0.12, 0.5, align=MIN)
# segment area of the slot cross-section within the circle: width 0.12 strip through a 0.5 diameter circle
r, w = 0.25, 0.06
strip = 2 * (w * math.sqrt(r * r - w * w) + r * r * math.asin(w / r))
add("t721", "intermediate",
    "The design is a solid cylinder 0.5 units in diameter and 0.4 units tall. A straight rectangular slot "
    "is cut across the top face, passing through the full diameter of the cylinder. The slot is 0.12 units "
    "wide and 0.15 units deep and is centred on the axis, so it splits the top into two half-moon shaped "
    "lands.",
    p, "cylinder with diametral slot on top",
    "pi*0.25^2*0.4 - 0.15*(area of 0.12 wide strip through a 0.5 circle)", 0,
    PI * 0.0625 * 0.4 - 0.15 * strip)

hp = Box(0.6, 0.4, 0.06, align=(Align.CENTER, Align.MIN, Align.MIN))
vp = Box(0.6, 0.06, 0.45, align=(Align.CENTER, Align.MIN, Align.MIN))
p = hp + vp
for x in (-0.18, 0.18):
    p -= Pos(x, 0.24, 0) * hole(0.08, 0.06)
    p -= Pos(x, 0, 0.28) * Rot(90, 0, 0) * Cylinder(0.04, 1)
add("t722", "intermediate",
    "This is an L-shaped mounting bracket made of two rectangular plates of thickness 0.06 units. The "
    "horizontal plate measures 0.6 units by 0.4 units. The vertical plate is 0.6 units wide and rises "
    "along one of the 0.6 unit long edges of the horizontal plate to an overall height of 0.45 units, "
    "with the two plates sharing the outside corner. The horizontal plate has two holes of diameter "
    "0.08 units located 0.24 units from the outer face of the vertical plate and 0.18 units either side "
    "of the centre. The vertical plate also has two 0.08 unit holes, 0.18 units either side of centre "
    "and 0.28 units above the bottom.",
    p, "L bracket with two holes per leg",
    "0.6*0.4*0.06 + 0.6*0.06*0.39 - 4*pi*0.04^2*0.06", 4,
    0.6 * 0.4 * 0.06 + 0.6 * 0.06 * 0.39 - 4 * PI * 0.0016 * 0.06)

hexr = 0.25 / math.cos(PI / 6)
p = Pos(0, 0, 0.05) * extrude(RegularPolygon(hexr, 6), 0.2) + Cylinder(0.225, 0.05, align=MIN) - hole(0.25, 0.25)
add("t723", "intermediate",
    "The object is a hexagonal nut with a round collar. The hexagonal part measures 0.5 units across "
    "the flats and is 0.2 units thick. Directly beneath it, and concentric with it, is a circular collar "
    "with a diameter of 0.45 units and a thickness of 0.05 units. A circular hole with a diameter of 0.25 "
    "units goes through the full 0.25 unit height of the part.",
    p, "flanged hex nut",
    "hex area sqrt3/2*0.5^2 (across flats 0.5, across corners 0.577)*0.2 + pi*0.225^2*0.05 - pi*0.125^2*0.25",
    1, math.sqrt(3) / 2 * 0.25 * 0.2 + PI * 0.225**2 * 0.05 - PI * 0.125**2 * 0.25)

p = Box(0.75, 0.3, 0.1, align=MIN)
for x in (-0.225, 0.225):
    p += Pos(x, 0, 0.1) * Cylinder(0.1, 0.15, align=MIN)
for x in (-0.225, 0.225):
    p -= Pos(x, 0, 0) * hole(0.1, 0.25)
add("t724", "intermediate",
    "The part is a rectangular base block, 0.75 units long, 0.3 units wide and 0.1 units thick. Two "
    "cylindrical bosses stand on the top face, each 0.2 units in diameter and 0.15 units high; they are "
    "centred across the width and placed 0.225 units either side of the centre along the length. Each "
    "boss has a 0.1 unit diameter hole that goes down through the boss and the base.",
    p, "base with two drilled bosses",
    "0.75*0.3*0.1 + 2*pi*0.1^2*0.15 - 2*pi*0.05^2*0.25", 2,
    0.0225 + 2 * PI * 0.01 * 0.15 - 2 * PI * 0.0025 * 0.25)

p = Box(0.75, 0.5, 0.05) - Pos(-0.1725, 0, 0) * Box(0.285, 0.38, 1) - Pos(0.1725, 0, 0) * Box(0.285, 0.38, 1)
add("t725", "intermediate",
    "Create a flat rectangular frame with a central divider. The outline is 0.75 units by 0.5 units and "
    "the part is 0.05 units thick. The border of the frame is 0.06 units wide all the way around, and a "
    "single crossbar 0.06 units wide runs across the short direction through the middle, dividing the "
    "inside into two equal rectangular openings of 0.285 by 0.38 units.",
    p, "two-window frame", "(0.75*0.5 - 2*0.285*0.38)*0.05", 2, (0.375 - 2 * 0.285 * 0.38) * 0.05)

disc = Cylinder(0.2, 0.08, align=MIN)
lug = Box(0.35, 0.16, 0.08, align=(Align.MIN, Align.CENTER, Align.MIN))
p = disc + lug - hole(0.2, 0.08) - Pos(0.27, 0, 0) * hole(0.08, 0.08)
lug_outside = 0.35 * 0.16 - (0.2 * 0.2 * math.asin(0.08 / 0.2) + 0.08 * math.sqrt(0.04 - 0.0064))
add("t726", "intermediate",
    "This part is a flat link. It consists of a circular disc 0.4 units in diameter and 0.08 units thick "
    "with a rectangular arm of the same thickness. The arm is 0.16 units wide, is centred on the disc's "
    "centre line, and extends from the disc centre out to 0.35 units from it. A 0.2 unit diameter hole "
    "goes through the centre of the disc and a 0.08 unit diameter hole goes through the arm, centred 0.27 "
    "units from the disc centre.",
    p, "disc with single lug arm",
    "union area = pi*0.2^2 + arm part outside the disc; minus both holes; times 0.08; length 0.2+0.35=0.55",
    2, (PI * 0.04 + lug_outside - PI * 0.01 - PI * 0.0016) * 0.08)

p = Box(0.6, 0.4, 0.4, align=MIN) - Pos(0, 0, 0.2) * Rot(0, 90, 0) * Cylinder(0.1, 1)
for x in (-0.2, 0.2):
    p -= Pos(x, 0, 0.34) * Cylinder(0.05, 0.1, align=MIN)
add("t727", "intermediate",
    "The model is a rectangular block measuring 0.6 units in length, 0.4 units in width and 0.4 units in "
    "height. A horizontal cylindrical hole with a diameter of 0.2 units runs along the full length of the "
    "block through the centre of both end faces. On the top face there are two blind holes, each 0.1 units "
    "in diameter and 0.06 units deep, on the centre line and 0.2 units either side of the middle; they do "
    "not reach the long hole.",
    p, "bored block with two blind holes",
    "0.6*0.4*0.4 - pi*0.1^2*0.6 - 2*pi*0.05^2*0.06", 1,
    0.096 - PI * 0.01 * 0.6 - 2 * PI * 0.0025 * 0.06)

# ------------------------------------------------------------------ cadprompt (t728-t740), mm

p = extrude(RegularPolygon(5 / math.cos(PI / 6), 6), 5) - Cylinder(3, 20)
add("t728", "cadprompt",
    "Create a hexagonal nut with 10 mm across flats, 5 mm thick and a 6 mm hole",
    p, "plain hex nut blank (no thread)",
    "hex area sqrt3/2*10^2 = 86.60; *5 - pi*3^2*5; across corners 11.55", 1,
    math.sqrt(3) / 2 * 100 * 5 - PI * 9 * 5)

h = Box(40, 25, 4, align=(Align.MIN, Align.CENTER, Align.MIN))
v = Box(4, 25, 30, align=(Align.MIN, Align.CENTER, Align.MIN))
p = h + v - Pos(22, 0, 0) * hole(5, 4) - Pos(0, 0, 17) * Rot(0, 90, 0) * Cylinder(2.5, 20)
add("t729", "cadprompt",
    "Make a bracket shaped like an L from 4 mm plate, 25 mm wide. One leg is 40 mm long, the other 30 mm "
    "(both outside dims). Put one 5 mm hole in the middle of the flat part of each leg.",
    p, "simple L bracket, one hole per leg",
    "40*25*4 + 26*25*4 - 2*pi*2.5^2*4 (hole position does not affect volume)", 2,
    4000 + 2600 - 2 * PI * 6.25 * 4)

p = Cylinder(8, 1.6) - Cylinder(4.2, 5)
add("t730", "cadprompt",
    "need a flat washer for M8, ID 8.4 OD 16 thickness 1.6",
    p, "M8 plain washer (ISO 7089 size)", "pi*(8^2-4.2^2)*1.6", 1, PI * (64 - 17.64) * 1.6)

p = Cylinder(40, 10, align=MIN) + Pos(0, 0, 10) * Cylinder(22.5, 15, align=MIN) - hole(30, 25)
for i in range(4):
    a = i * PI / 2 + PI / 4
    p -= Pos(30 * math.cos(a), 30 * math.sin(a), 0) * hole(9, 10)
add("t731", "cadprompt",
    "Pipe flange pls: 80mm OD, 10mm thick, 30 mm centre bore. Raised hub 45 mm dia sticking up 15 mm "
    "on one side (bore goes through it too). 4 holes of 9 mm on a 60 mm PCD.",
    p, "hubbed flange, 4 bolt holes",
    "pi*40^2*10 + pi*22.5^2*15 - pi*15^2*25 - 4*pi*4.5^2*10", 5,
    PI * (1600 * 10 + 22.5**2 * 15 - 225 * 25 - 4 * 20.25 * 10))

p = Box(60, 40, 30, align=MIN) - Pos(0, 0, 2) * Box(56, 36, 30, align=MIN)
add("t732", "cadprompt",
    "Generate a box 60 x 40 x 30 mm, open at the top, shelled to a 2 mm wall thickness (bottom 2 mm too).",
    p, "open shelled box", "60*40*30 - 56*36*28", 0, 72000 - 56 * 36 * 28)

p = extrude(RectangleRounded(100, 60, 5), 5)
for x in (-42, 42):
    for y in (-22, 22):
        p -= Pos(x, y, 0) * Cylinder(3, 20)
add("t733", "cadprompt",
    "Base plate 100x60x5mm. Four 6mm holes, one in each corner, centres 8mm in from both edges. "
    "Round the four vertical corner edges with R5.",
    p, "mounting plate with corner holes and rounded corners",
    "(100*60 - (4-pi)*5^2)*5 - 4*pi*3^2*5", 4,
    (6000 - (4 - PI) * 25) * 5 - 4 * PI * 9 * 5)

p = chamfer(Box(30, 30, 30).edges(), 2)
add("t734", "cadprompt",
    "Create a 30 mm cube and chamfer every edge by 2 mm.",
    p, "fully chamfered cube",
    "30^3 - 12 edge prisms (0.5*2*2*26) - 8 corner pieces of 20/3 each (3 chamfers meet in a small triangular corner facet, as OCC/most CAD build it; a pure 12-plane cut would give 26328, 0.02 % more); checked against the build123d model", 0,
    27000 - 12 * 2 * 26 - 8 * (20 / 3))

prof = Polygon((6, 0), (12, 0), (12, 3), (8, 3), (8, 20), (6, 20), align=None)
p = revolve(Plane.XZ * prof, Axis.Z)
add("t735", "cadprompt",
    "Revolve a flanged bushing: bore 12 mm, body OD 16 mm, overall length 20 mm, with a 24 mm OD flange "
    "3 mm thick at one end.",
    p, "flanged bushing", "pi*(8^2-6^2)*17 + pi*(12^2-6^2)*3", 1,
    PI * (28 * 17 + 108 * 3))

r, w = 12.5, 3.0
strip = 2 * (w * math.sqrt(r * r - w * w) + r * r * math.asin(w / r))
p = Cylinder(12.5, 40, align=MIN) - Pos(0, 0, 30) * Box(40, 6, 20, align=MIN)
add("t736", "cadprompt",
    "Cylinder, 25 dia x 40 long. Cut a 6 mm wide slot straight across one end face, 10 mm deep, through "
    "the full diameter.",
    p, "slotted cylinder end",
    "pi*12.5^2*40 - 10*(area of 6 mm strip through a 25 mm circle)", 0,
    PI * 156.25 * 40 - 10 * strip)

base = Box(50, 30, 3, align=MIN)
wall = Box(3, 30, 40, align=(Align.MIN, Align.CENTER, Align.MIN))
p = base + Pos(-25, 0, 0) * wall + Pos(22, 0, 0) * wall
p -= Pos(0, 0, 25) * Rot(0, 90, 0) * Cylinder(4, 100)
add("t737", "cadprompt",
    "Make a U bracket out of 3 mm thick material: base 50 mm long, 30 mm wide; both side walls go up to "
    "40 mm overall height, 30 wide. Drill one 8 mm hole through each wall, 25 mm up from the bottom, "
    "centred, so a rod can pass through both.",
    p, "U bracket with aligned cross holes",
    "50*30*3 + 2*3*30*37 - 2*pi*4^2*3", 2, 4500 + 2 * 3 * 30 * 37 - 2 * PI * 16 * 3)

p = Box(42, 42, 5) - Cylinder(11, 10)
for x in (-15.5, 15.5):
    for y in (-15.5, 15.5):
        p -= Pos(x, y, 0) * Cylinder(1.7, 10)
add("t738", "cadprompt",
    "I need a NEMA 17 moter mount plate, 42 x 42 mm, 5 mm thick, with the centre pilot hole (22 mm) and "
    "the four M3 clearance holes (3.4 mm) on the standard 31 mm square.",
    p, "NEMA17 adapter plate", "42*42*5 - pi*11^2*5 - 4*pi*1.7^2*5 (NEMA17 bolt square 31, pilot 22)", 5,
    42 * 42 * 5 - PI * 121 * 5 - 4 * PI * 1.7**2 * 5)

c = Cylinder(10, 30, align=MIN)
top = c.edges().sort_by(Axis.Z)[-1]
c = chamfer(top, 1)
bot = c.edges().sort_by(Axis.Z)[0]
p = fillet(bot, 2)
add("t739", "cadprompt",
    "Model a cylinder 20 mm in diameter and 30 mm tall. Put a 1 mm chamfer on the top edge and a 2 mm "
    "fillet on the bottom edge.",
    p, "cylinder with chamfered top, filleted bottom",
    "pi*10^2*30 minus chamfer ring (Pappus) minus fillet ring; measured from the build123d model", 0)

outer = RectangleRounded(40, 20, 3)
inner = RectangleRounded(36, 16, 1)
p = extrude(outer - inner, 100)
add("t740", "cadprompt",
    "Rectangular tube, 40x20 outside, 2mm wall, 100 mm long. Outside corners R3, inside corners R1.",
    p, "rounded rectangular hollow section",
    "(40*20 - (4-pi)*9 - (36*16 - (4-pi)*1))*100", 1,
    (800 - (4 - PI) * 9 - (576 - (4 - PI) * 1)) * 100)

# analytic cross-check for t739 (Pappus): chamfer triangle area 0.5, centroid at r = 10 - 1/3;
# fillet spandrel area (1-pi/4)*4, centroid at distance 2*(10-3pi)/(12-3pi) ... from the corner
sp_a = (1 - PI / 4) * 4
sp_c = 2 * (10 - 3 * PI) / (3 * (4 - PI))  # centroid distance from corner lines for radius 2
v739 = PI * 100 * 30 - 2 * PI * (10 - 1 / 3) * 0.5 - 2 * PI * (10 - sp_c) * sp_a
got = [it for it in ITEMS if it["id"] == "t739"][0]["expect"]["volume"]
assert abs(got - v739) / v739 < 1e-3, (got, v739)

assert len(ITEMS) == 40
with open(os.path.join(HERE, "text2cad7_prompts.jsonl"), "w") as f:
    for it in ITEMS:
        f.write(json.dumps(it) + "\n")
print("wrote", len(ITEMS))
for it in ITEMS:
    print(it["id"], it["level"], it["expect"])

# ruff: noqa
import os
"""Generator for the steps7 held-out set (ids s701..s760, field "style" 1..6).
Models every reference part in build123d, measures it and writes steps7.jsonl."""
import json, math
from build123d import *

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "steps7_prompts.jsonl")
ENTRIES = []

def genus_of(part):
    V = len(part.vertices()); E = len(part.edges()); F = len(part.faces())
    L = sum(len(f.wires()) for f in part.faces())
    chi = V - E + F - (L - F)
    return 1 - chi // 2

def measure(part, tiny=False):
    sol = part.solids()
    assert len(sol) == 1, f"{len(sol)} solids"
    s = sol[0]
    assert (s.is_valid() if callable(s.is_valid) else s.is_valid), "invalid"
    bb = s.bounding_box()
    ext = sorted([bb.size.X, bb.size.Y, bb.size.Z])
    vol = s.volume
    assert vol > 0
    g = genus_of(s)
    if tiny:
        ext = [round(e, 4) for e in ext]
        v = float(f"{vol:.5g}")
    else:
        ext = [round(e, 2) for e in ext]
        v = round(vol, 1)
    return {"extents": ext, "volume": v, "genus": g}

def add(id_, style, prompt, build, intent, why, genus=None, impossible=False, expect=None, tiny=False):
    ENTRIES.append(dict(id=id_, style=style, prompt=prompt, build=build, intent=intent, why=why,
                        genus=genus, impossible=impossible, expect=expect, tiny=tiny))

# ---------------------------------------------------------------- style 1 helpers
EUL = {
    (0.0, 0.0, 0.0): ((1, 0, 0), (0, 0, 1)),
    (0.0, 0.0, -90.0): ((1, 0, 0), (0, -1, 0)),
    (-90.0, 0.0, -90.0): ((0, 1, 0), (1, 0, 0)),
}

def f4(x):
    s = f"{x:.4f}".rstrip("0")
    if s.endswith("."):
        s += "0"
    if s == "-0.0":
        s = "0.0"
    return s

def pt(p):
    return f"({f4(p[0])}, {f4(p[1])})"

def loop_face(loop):
    if loop[0][0] == "C":
        _, c, r = loop[0]
        return Face(Wire([Edge.make_circle(r).moved(Location((c[0], c[1], 0)))]))
    edges = []
    for seg in loop:
        if seg[0] == "L":
            edges.append(Edge.make_line(Vector(*seg[1], 0), Vector(*seg[2], 0)))
        else:
            edges.append(Edge.make_three_point_arc(Vector(*seg[1], 0), Vector(*seg[2], 0), Vector(*seg[3], 0)))
    return Face(Wire(edges))

NUMW = ["one", "two", "three", "four", "five", "six", "seven", "eight"]
ORD = ["first", "second", "third", "fourth", "fifth", "sixth"]

def loop_text(loop, k):
    if loop[0][0] == "C":
        _, c, r = loop[0]
        return f"In loop {k}, draw a circle with center {pt(c)} and radius {f4(r)}."
    nl = sum(1 for s in loop if s[0] == "L"); na = len(loop) - nl
    parts = []
    li = ai = 0
    for s in loop:
        if s[0] == "L":
            li += 1; parts.append(f"line {li} from {pt(s[1])} to {pt(s[2])}")
        else:
            ai += 1; parts.append(f"arc {ai} from {pt(s[1])} through (mid {f4(s[2][0])}, {f4(s[2][1])}) to {pt(s[3])}")
    if na == 0:
        head = f"draw {NUMW[nl-1]} lines"
    else:
        head = f"draw {NUMW[nl-1]} lines and {NUMW[na-1]} arc{'s' if na > 1 else ''}"
    return f"In loop {k}, {head}: " + "; ".join(parts) + "."

def sketch_extent(faces):
    xs, ys = [], []
    for face in faces:
        for loop in face:
            if loop[0][0] == "C":
                _, c, r = loop[0]; xs += [c[0]-r, c[0]+r]; ys += [c[1]-r, c[1]+r]
            else:
                f = loop_face(loop); bb = f.bounding_box(); xs += [bb.min.X, bb.max.X]; ys += [bb.min.Y, bb.max.Y]
    return round(max(max(xs)-min(xs), max(ys)-min(ys)), 4)

def s1_part(euler, trans, faces, a, b, op):
    """returns (solid, text)"""
    xd, zd = EUL[euler]
    pl = Plane(origin=trans, x_dir=xd, z_dir=zd)
    solids = []
    for face in faces:
        f = loop_face(face[0])
        for inner in face[1:]:
            f = f - loop_face(inner)
        fs = f.faces() if hasattr(f, "faces") else [f]
        for ff in fs:
            if a > 0:
                solids.append(extrude(ff, amount=a))
            if b > 0:
                solids.append(extrude(ff, amount=b, dir=(0, 0, -1)))
    s = solids[0]
    for o in solids[1:]:
        s = s + o
    s = pl.location * s
    return s

def s1_text(parts, variant=0):
    out = []
    for i, (euler, trans, faces, a, b, op) in enumerate(parts):
        t = [f"Part {i+1}:"]
        eu = "[" + ", ".join(f4(x) for x in euler) + "]"
        tr = "[" + ", ".join(f4(x) for x in trans) + "]"
        if variant % 2 == 0:
            t.append(f"Create a new coordinate system with Euler angles {eu} and translation vector {tr}.")
        else:
            t.append(f"Create a new coordinate system, setting the Euler angles to {eu} and the translation vector to {tr}.")
        for j, face in enumerate(faces):
            if j == 0:
                t.append(f"Draw a 2D sketch on face 1." if variant % 3 != 1 else "Begin a two-dimensional sketch and draw face 1.")
            else:
                t.append(f"Draw face {j+1}.")
            for k, loop in enumerate(face):
                t.append(loop_text(loop, k+1))
        S = sketch_extent(faces)
        t.append(f"Scale the sketch by {f4(S)}.")
        if variant % 2 == 0:
            t.append(f"Transform the scaled 2D sketch into 3D by rotating it with Euler angles {eu} and translating it by {tr}.")
        else:
            t.append(f"Rotate the scaled sketch using the Euler angles {eu} and translate it using the vector {tr} to bring it into 3D.")
        opt = {"new": "creating a new solid body", "join": "adding material to the existing body",
               "cut": "cutting material from the existing body"}[op]
        t.append(f"Extrude the sketch {f4(a)} units towards the normal and {f4(b)} units in the opposite direction of the normal, {opt}.")
        out.append(" ".join(t))
    return " ".join(out)

def s1_build(parts):
    def build():
        body = None
        for (euler, trans, faces, a, b, op) in parts:
            s = s1_part(euler, trans, faces, a, b, op)
            if body is None:
                body = s
            elif op == "join":
                body = body + s
            else:
                body = body - s
        return body
    return build

def rect_loop(x0, y0, x1, y1):
    return [("L", (x0, y0), (x1, y0)), ("L", (x1, y0), (x1, y1)), ("L", (x1, y1), (x0, y1)), ("L", (x0, y1), (x0, y0))]

def poly_loop(pts):
    return [("L", pts[i], pts[(i+1) % len(pts)]) for i in range(len(pts))]

E0 = (0.0, 0.0, 0.0); EXZ = (0.0, 0.0, -90.0); EYZ = (-90.0, 0.0, -90.0)

def add1(id_, parts, intent, why, variant=0):
    add(id_, 1, s1_text(parts, variant), s1_build(parts), intent, why, tiny=True)

# ---------------------------------------------------------------- style 1 parts
add1("s701", [(E0, (0.0, 0.0, 0.0), [[rect_loop(0, 0, 0.75, 0.5), [("C", (0.375, 0.25), 0.125)]]], 0.09, 0.0, "new")],
     "rectangular plate with a central through hole",
     "0.75 x 0.5 rectangle minus r0.125 circle, extruded 0.09 along +Z; normalised units; one through hole -> genus 1", 0)

add1("s702", [
    (EXZ, (0.0, 0.3, 0.0), [[poly_loop([(0.0, 0.0), (0.75, 0.0), (0.75, 0.08), (0.08, 0.08), (0.08, 0.5), (0.0, 0.5)])]], 0.3, 0.0, "new"),
    (E0, (0.0, 0.0, 0.08), [[[("C", (0.3, 0.15), 0.05)]], [[("C", (0.6, 0.15), 0.05)]]], 0.0, 0.08, "cut")],
     "L-bracket with two holes in the base",
     "L profile in the XZ plane (sketch y = Z), extruded 0.3 along -Y from y=0.3 to 0; two r0.05 circles on the base top z=0.08 cut 0.08 down through the 0.08 base -> genus 2", 1)

add1("s703", [
    (E0, (0.0, 0.0, 0.0), [[[("C", (0.375, 0.375), 0.375)], [("C", (0.375, 0.375), 0.15)]]], 0.1, 0.0, "new"),
    (E0, (0.175, 0.175, 0.1), [[[("C", (0.2, 0.2), 0.2)], [("C", (0.2, 0.2), 0.15)]]], 0.2, 0.0, "join")],
     "flanged bushing: disc with a coaxial hub and bore",
     "disc r0.375 x 0.1 with r0.15 bore; hub ring r0.2/r0.15 centred at (0.375,0.375) from z=0.1 to 0.3 joined; one through bore -> genus 1", 2)

add1("s704", [(E0, (0.0, 0.0, 0.05), [[[("L", (0.125, 0.0), (0.625, 0.0)), ("A", (0.625, 0.0), (0.75, 0.125), (0.625, 0.25)),
                                           ("L", (0.625, 0.25), (0.125, 0.25)), ("A", (0.125, 0.25), (0.0, 0.125), (0.125, 0.0))],
                                          [("C", (0.125, 0.125), 0.0625)], [("C", (0.625, 0.125), 0.0625)]]], 0.05, 0.05, "new")],
     "obround link with a hole at each end",
     "stadium 0.75 x 0.25 with two r0.0625 holes, extruded 0.05 each way from z=0.05 -> thickness 0.1; genus 2", 3)

add1("s705", [(EYZ, (0.125, 0.0, 0.0), [[poly_loop([(0.0, 0.0), (0.75, 0.0), (0.75, 0.1), (0.45, 0.1), (0.45, 0.4), (0.3, 0.4), (0.3, 0.1), (0.0, 0.1)])]], 0.125, 0.125, "new")],
     "inverted-T rail section extruded symmetrically",
     "T profile in the YZ plane (sketch x = Y, y = Z), extruded 0.125 both ways about x=0.125 -> 0.25 thick along X; area 0.75*0.1+0.15*0.3", 4)

add1("s706", [
    (E0, (0.0, 0.0, 0.0), [[rect_loop(0, 0, 0.75, 0.75)]], 0.25, 0.0, "new"),
    (E0, (0.225, 0.225, 0.25), [[[("C", (0.15, 0.15), 0.15)]]], 0.0, 0.08, "cut"),
    (E0, (0.295, 0.295, 0.25), [[[("C", (0.08, 0.08), 0.08)]]], 0.0, 0.25, "cut")],
     "square block with a central counterbored through hole",
     "0.75 square x 0.25; counterbore r0.15 x 0.08 deep centred at (0.375,0.375); through hole r0.08 at the same centre -> genus 1", 5)

hexp = [(0.1875, 0.0), (0.5625, 0.0), (0.75, 0.3248), (0.5625, 0.6495), (0.1875, 0.6495), (0.0, 0.3248)]
add1("s707", [(E0, (0.0, 0.0, 0.0), [[poly_loop(hexp), [("C", (0.375, 0.3248), 0.1875)]]], 0.3, 0.0, "new")],
     "hexagonal nut blank",
     "regular hexagon 0.75 across corners (0.6495 across flats) with r0.1875 bore, extruded 0.3; genus 1", 6)

add1("s708", [
    (EXZ, (0.0, 0.75, 0.0), [[[("C", (0.1, 0.1), 0.1)]]], 0.75, 0.0, "new"),
    (E0, (0.0, 0.0, 0.0), [[[("C", (0.1, 0.65), 0.03)]]], 0.2, 0.0, "cut")],
     "cylindrical pin with a cross hole near one end",
     "XZ-plane circle r0.1 at (x=0.1,z=0.1), extruded 0.75 along -Y from y=0.75 to 0; cross hole r0.03 along Z at (0.1,0.65) through the 0.2 diameter -> genus 1", 7)

c = 0.0146; m = 0.7354; m2 = 0.4854
add1("s709", [(E0, (0.0, 0.0, 0.0), [[[
    ("L", (0.05, 0.0), (0.7, 0.0)), ("A", (0.7, 0.0), (m, c), (0.75, 0.05)),
    ("L", (0.75, 0.05), (0.75, 0.45)), ("A", (0.75, 0.45), (m, m2), (0.7, 0.5)),
    ("L", (0.7, 0.5), (0.05, 0.5)), ("A", (0.05, 0.5), (c, m2), (0.0, 0.45)),
    ("L", (0.0, 0.45), (0.0, 0.05)), ("A", (0.0, 0.05), (c, c), (0.05, 0.0))],
    [("C", (0.075, 0.075), 0.03)], [("C", (0.675, 0.075), 0.03)], [("C", (0.675, 0.425), 0.03)], [("C", (0.075, 0.425), 0.03)]]], 0.04, 0.0, "new")],
     "thin plate with rounded corners and four corner holes",
     "0.75 x 0.5 with r0.05 corner arcs, four r0.03 holes 0.075 from the edges, 0.04 thick; genus 4", 8)

add1("s710", [
    (EYZ, (0.0, 0.0, 0.0), [[[("C", (0.1875, 0.1875), 0.1875)]]], 0.3, 0.0, "new"),
    (EYZ, (0.3, 0.0625, 0.0625), [[[("C", (0.125, 0.125), 0.125)]]], 0.45, 0.0, "join"),
    (EYZ, (0.0, 0.1375, 0.1375), [[[("C", (0.05, 0.05), 0.05)]]], 0.2, 0.0, "cut")],
     "stepped shaft with a blind centre hole in the large end",
     "r0.1875 x 0.3 along +X, coaxial r0.125 x 0.45 from x=0.3 to 0.75, blind r0.05 x 0.2 hole from x=0; blind -> genus 0", 9)

# ---------------------------------------------------------------- style 2 (prose)
def b201():
    p = Box(60, 40, 8)
    for x in (-20, 20):
        p = p - Pos(x, 0, 0) * Cylinder(3.3, 8)
        p = p - Pos(x, 0, 4 - 6.4) * Cylinder(5.5, 6.4, align=(Align.CENTER, Align.CENTER, Align.MIN))
    return p
add("s721" if False else "s711", 2,
    "Start from a 60 x 40 mm plate, 8 thick. Two 6.6 holes sit 10 mm in from the short edges on the centre line, both counterbored from the top 11 dia x 6.4 deep for M6 cap screws. No other features, edges left sharp.",
    b201, "mounting plate with two counterbored M6 holes",
    "60x40x8 block; holes at x=+-20 (10 from the 40 mm edges), 6.6 thru + 11 x 6.4 c'bore; genus 2")

def b202():
    p = Box(56, 56, 5) - Cylinder(11, 5)
    for x in (-15.5, 15.5):
        for y in (-15.5, 15.5):
            p = p - Pos(x, y, 0) * Cylinder(1.7, 5)
    return p
add("s712", 2,
    "I need a flat adapter plate for a NEMA 17 stepper. 56 mm square, 5 mm aluminium. Centre hole to clear the motor's 22 mm pilot boss (make it exactly 22), and the four M3 clearance holes (3.4) on the standard NEMA 17 bolt square. Nothing else on it for now.",
    b202, "NEMA 17 adapter plate",
    "56x56x5; 22 bore centred; 4 x 3.4 holes on the NEMA 17 31 mm bolt square (+-15.5); genus 5")

def b203():
    p = Cylinder(14, 10) - Cylinder(6, 10)
    p = p - Pos(0, 0, 0) * Rot(0, 90, 0) * Cylinder(1.65, 20, align=(Align.CENTER, Align.CENTER, Align.MIN))
    return p
add("s713", 2,
    "Shaft collar for a 12mm shaft: 28 OD, 10 wide, bore 12 straight through. Put one radial hole for an M4 grub screw, tap drill 3.3, from the outside into the bore, halfway along the width. Don't bother modelling the thread.",
    b203, "shaft collar with one radial tapped hole",
    "ring OD28/ID12 x 10; radial 3.3 hole through one wall at mid-width; bore + radial hole -> genus 2")

def b204():
    t = 3
    base = Box(40, 25, t, align=(Align.MIN, Align.CENTER, Align.MIN))
    up = Box(t, 25, 30, align=(Align.MIN, Align.CENTER, Align.MIN))
    p = base + up
    p = p - Pos((40 + t) / 2, 0, 0) * Cylinder(2.75, t, align=(Align.CENTER, Align.CENTER, Align.MIN))
    p = p - Pos(0, 0, (30 + t) / 2) * Rot(0, 90, 0) * Cylinder(2.75, t, align=(Align.CENTER, Align.CENTER, Align.MIN))
    return p
add("s714", 2,
    "simple angle bracket out of 3mm plate, 25 wide. one leg 40 long (outside), the other 30 tall (outside), 90 deg, sharp insde corner is fine. M5 clearance (5.5) in each leg, centred on the flat part of the leg, i.e. midway between the inside face of the other leg and the end, and centred across the 25 width.",
    b204, "L angle bracket with a hole in each leg",
    "two 3-thick plates 40x25 and 30x25 overlapping at the corner; hole centres at (3+40)/2 = 21.5 from the outer corner on the 40 leg and (3+30)/2 = 16.5 on the 30 leg, centred on 25 width; 5.5 dia; genus 2")

def b205():
    p = Box(40, 16, 22, align=(Align.CENTER, Align.CENTER, Align.MIN))
    p = p - Pos(0, 0, 10) * Rot(90, 0, 0) * Cylinder(5, 16)
    p = p - Box(1.5, 16, 12, align=(Align.CENTER, Align.CENTER, Align.MIN)).moved(Location((0, 0, 10)))
    p = p - Pos(0, 0, 17.5) * Rot(0, 90, 0) * Cylinder(1.7, 40)
    return p
add("s715", 2,
    "Clamp block, 40 long x 16 deep x 22 high. A 10mm bore goes front to back (through the 16) with its axis 10 up from the bottom, centred along the length. Slit it from the top face down into the bore with a 1.5 wide saw cut, full depth front to back. The clamping screw hole is 3.4 dia, running the full 40 length, 17.5 mm above the bottom, so it crosses the slit (it stays clear of the bore).",
    b205, "split clamp block",
    "40x16x22; bore 10 along Y at z=10; slot 1.5 wide from z=10 (bore axis) to the top opens the bore ring; 3.4 hole along X at z=17.5 (7.5 from bore axis > 5+1.7) passes through both halves -> genus 2 (B-rep)")

def b206():
    p = extrude(RegularPolygon(10 / math.sqrt(3), 6), 25) - Cylinder(1.6, 25, align=(Align.CENTER, Align.CENTER, Align.MIN))
    return p
add("s716", 2,
    "Hex standoff, 10 mm across the flats, 25 long, plain 3.2 hole all the way through along the axis (I'll tap it M4 later... no wait, M3 clearance, so leave it 3.2).",
    b206, "hex standoff with a through hole",
    "hexagon 10 AF (circumradius 5.7735) x 25 with 3.2 through hole; genus 1")

IN = 25.4
def b207():
    p = Box(2 * IN, 1 * IN, 0.25 * IN)
    for x in (-0.5 * IN, 0.5 * IN):
        p = p - Pos(x, 0, 0) * Cylinder(0.125 * IN, 0.25 * IN)
    return p
add("s717", 2,
    "Quick one in inches: a 2\" x 1\" flat bar, 1/4\" thick, with two 1/4\" holes, each 1/2\" from an end, on the centreline.",
    b207, "small flat bar with two holes (inch)",
    "50.8 x 25.4 x 6.35 mm; 6.35 holes at 12.7 from each end (x=+-12.7 from centre); genus 2")

def b208():
    p = Cylinder(4, 30)
    p = chamfer(p.edges().filter_by(GeomType.CIRCLE), 0.8)
    return p
add("s718", 2,
    "Dowel pin, 8 dia by 30 long, with a 0.8 x 45 degree chamfer on both ends. Solid, no holes.",
    b208, "chamfered dowel pin",
    "cylinder r4 x 30 with 0.8x45 chamfer on both end edges; genus 0")

def b209():
    p = Cylinder(25, 10, align=(Align.CENTER, Align.CENTER, Align.MIN))
    p = p - Pos(0, 0, 3) * Cylinder(11, 7, align=(Align.CENTER, Align.CENTER, Align.MIN))
    p = p - Cylinder(5, 10, align=(Align.CENTER, Align.CENTER, Align.MIN))
    for k in range(3):
        a = math.radians(90 + 120 * k)
        p = p - Pos(16 * math.cos(a), 16 * math.sin(a), 0) * Cylinder(2.25, 10, align=(Align.CENTER, Align.CENTER, Align.MIN))
    return p
add("s719", 2,
    "Bearing seat for a 608 bearing. The body is a 50 mm diameter disc, 10 mm thick. From the top face, pocket for the bearing (608 outer diameter, full bearing width deep, i.e. 7 mm), and a 10 mm through hole in the middle of the pocket floor for the shaft. Three 4.5 mm mounting holes equally spaced on a 32 mm bolt circle.",
    b209, "608 bearing housing disc",
    "608 = 22 OD x 7 wide; disc r25 x 10; pocket 22 x 7 deep; 10 thru; 3 x 4.5 on PCD 32 (r16, clear of the r11 pocket); genus 4")

add("s720", 2,
    "Small cover plate, 30 x 20, 5 thick. It needs four 8 mm holes, one per corner, with their centres 3 mm in from both edges.",
    None, "cover plate with corner holes",
    "hole radius 4 > 3 mm edge distance: each 8 mm hole would break through two edges, so the described holes cannot exist as holes",
    impossible=True)

# ---------------------------------------------------------------- style 3 (captions)
def b301():
    p = Cylinder(40, 12) - Cylinder(15, 12)
    for k in range(4):
        a = math.radians(45 + 90 * k)
        p = p - Pos(30 * math.cos(a), 30 * math.sin(a), 0) * Cylinder(4.5, 12)
    return p
add("s721", 3,
    "The object is a cylindrical flange with a central bore and four holes on a pitch circle. The flange is 80 mm across and 12 mm thick; the bore is 30 mm in diameter and the four 9 mm bolt holes lie equally spaced on a 60 mm circle.",
    b301, "flat bolted flange",
    "disc r40 x 12 - bore r15 - 4 x r4.5 at r30; genus 5")

def b302():
    return extrude(RegularPolygon(13 / math.sqrt(3), 6), 6.5) - Cylinder(4, 6.5, align=(Align.CENTER, Align.CENTER, Align.MIN))
add("s722", 3,
    "A hexagonal nut, 13 mm across flats and 6.5 mm thick, with a plain 8 mm bore through its axis (threads not shown, no chamfers).",
    b302, "plain hex nut",
    "hex AF13 (across corners 15.01) x 6.5 minus r4 bore; genus 1")

def b303():
    return Box(40, 20, 100) - Box(36, 16, 100)
add("s723", 3,
    "Length of rectangular hollow section: outside 40 x 20, wall thickness 2 mm all round, cut square to 100 mm long. Sharp corners inside and out.",
    b303, "rectangular tube",
    "40x20 outer, 36x16 inner, length 100; genus 1")

def b304():
    p = Box(50, 50, 6, align=(Align.CENTER, Align.CENTER, Align.MIN)) + Pos(0, 0, 6) * Cylinder(12.5, 15, align=(Align.CENTER, Align.CENTER, Align.MIN))
    return p - Cylinder(5, 21, align=(Align.CENTER, Align.CENTER, Align.MIN))
add("s724", 3,
    "Square base 50 x 50 x 6 mm carrying a round boss at its centre; the boss is 25 mm in diameter and stands 15 mm above the base. A 10 mm hole runs down through boss and base.",
    b304, "base plate with a bored boss",
    "50x50x6 + r12.5 x 15 boss on top; r5 hole through 21 total height; genus 1")

def b305():
    return Cylinder(6, 4, align=(Align.CENTER, Align.CENTER, Align.MIN)) + Pos(0, 0, 4) * Cylinder(3, 20, align=(Align.CENTER, Align.CENTER, Align.MIN))
add("s725", 3,
    "Headed pin. Ø12 head, 4 thick, on a Ø6 shank that is 20 long below the head (24 overall). Plain ends.",
    b305, "headed pin",
    "r6 x 4 head + r3 x 20 shank; overall 24; genus 0")

def b306():
    return Box(50, 30, 20, align=(Align.CENTER, Align.CENTER, Align.MIN)) - Pos(0, 0, 3) * Box(50, 24, 17, align=(Align.CENTER, Align.CENTER, Align.MIN))
add("s726", 3,
    "U-channel, 50 long, 30 mm wide outside and 20 mm tall, made of 3 mm material - the base and both side walls are 3 thick. Open at both ends and on top.",
    b306, "U channel",
    "50x30x20 minus 50x24x17 from z=3; genus 0")

def b307():
    return Cylinder(10, 2) - Cylinder(5.25, 2)
add("s727", 3,
    "flat washer - 10.5 ID, 20 OD, 2 thk.",
    b307, "flat washer",
    "ring r10/r5.25 x 2; genus 1")

def b308():
    return Box(60, 40, 20, align=(Align.CENTER, Align.CENTER, Align.MIN)) - Pos(0, 0, 8) * Box(40, 20, 12, align=(Align.CENTER, Align.CENTER, Align.MIN))
add("s728", 3,
    "The part is a rectangular block measuring 60 by 40 by 20 mm with a rectangular pocket in the top. The pocket is 40 x 20, centred, 12 mm deep with square corners, leaving an 8 mm floor.",
    b308, "block with a centred blind pocket",
    "60x40x20 minus 40x20x12 from the top; genus 0")

def b309():
    return Cylinder(25, 30, align=(Align.CENTER, Align.CENTER, Align.MIN)) - Pos(0, 0, 4) * Cylinder(22, 26, align=(Align.CENTER, Align.CENTER, Align.MIN))
add("s729", 3,
    "Cylindrical cup-shaped housing: outside diameter 50 mm, overall height 30 mm, 3 mm side wall and a 4 mm thick bottom; the top is open.",
    b309, "open cylindrical cup",
    "r25 x 30 minus r22 x 26 from z=4; genus 0")

def b310():
    p = Box(30, 20, 25, align=(Align.CENTER, Align.CENTER, Align.MIN))
    p = p - Pos(0, 0, 10) * Box(10, 20, 15, align=(Align.CENTER, Align.CENTER, Align.MIN))
    p = p - Pos(0, 0, 17) * Rot(0, 90, 0) * Cylinder(4, 30)
    return p
add("s730", 3,
    "A clevis block 30 mm wide, 20 mm deep and 25 mm high. A 10 mm wide slot, running front to back through the 20 mm depth, is cut 15 mm down from the top, centred across the width, which leaves two 10 mm prongs. An 8 mm pin hole passes side to side through both prongs, 8 mm below the top face.",
    b310, "clevis with a slot and cross pin hole",
    "30x20x25 minus slot 10 wide x 15 deep through Y; 8 dia hole along X at z=17; genus from B-rep")

# ---------------------------------------------------------------- style 4 (numbered steps)
def b401():
    p = Box(50, 30, 10)
    p = fillet(p.edges().filter_by(Axis.Z), 5)
    return p - Cylinder(4, 10)
add("s731", 4,
    "1. Sketch a 50 x 30 rectangle on XY, centred on the origin. 2. Extrude 10 mm. 3. Fillet the four vertical edges R5. 4. Drill an 8 mm hole through the centre.",
    b401, "rounded rectangular pad with centre hole",
    "50x30x10 with R5 vertical fillets minus r4 thru; genus 1")

def b402():
    p = Cylinder(20, 5, align=(Align.CENTER, Align.CENTER, Align.MIN)) + Pos(0, 0, 5) * Cylinder(10, 15, align=(Align.CENTER, Align.CENTER, Align.MIN))
    return p - Cylinder(4, 20, align=(Align.CENTER, Align.CENTER, Align.MIN))
add("s732", 4,
    "1) circle D40 on the XY plane, extrude 5\n2) on the top face draw a D20 circle concentric, extrude 15 up\n3) hole D8 through everything\ndone",
    b402, "flanged spigot with through hole",
    "r20 x 5 + r10 x 15 on top (total 20); r4 thru; genus 1")

def b403():
    prof = Plane.XZ * Face(Wire.make_polygon([(0, 0), (45, 0), (45, 6), (6, 6), (6, 35), (0, 35)], close=True))
    p = extrude(prof, amount=20, dir=(0, 1, 0))
    p = p - Pos(28, 10, 0) * Cylinder(3.2, 6, align=(Align.CENTER, Align.CENTER, Align.MIN))
    p = p - Pos(0, 10, 22) * Rot(0, 90, 0) * Cylinder(3.2, 6, align=(Align.CENTER, Align.CENTER, Align.MIN))
    return p
add("s733", 4,
    "Step 1 - On the XZ plane sketch an L: outer legs 45 mm along X and 35 mm up Z, both legs 6 mm thick.\nStep 2 - Extrude it 20 mm.\nStep 3 - Through the horizontal leg, a 6.4 mm hole 28 mm from the back (the outside of the vertical leg), centred on the 20 width.\nStep 4 - Through the vertical leg, a 6.4 mm hole 22 mm up from the bottom, also centred on the width.",
    b403, "extruded L bracket with one hole per leg",
    "L area 45*6+6*29; x 20; r3.2 holes at x=28 (base) and z=22 (upright); genus 2")

def b404():
    p = Box(80, 50, 15, align=(Align.CENTER, Align.CENTER, Align.MIN))
    pk = extrude(RectangleRounded(60, 30, 4), 10).moved(Location((0, 0, 5)))
    return p - pk
add("s734", 4,
    "1. Box 80x50x15.\n2. On the top face sketch a 60 x 30 rectangle centred, corner radius 4.\n3. Pocket it 10 deep.",
    b404, "tray block with a rounded pocket",
    "80x50x15 minus rounded rect 60x30 R4 x 10 deep from top; genus 0")

def b405():
    p = Cylinder(5, 40, align=(Align.CENTER, Align.CENTER, Align.MIN))
    groove = Pos(0, 0, 3) * (Cylinder(5, 1.2, align=(Align.CENTER, Align.CENTER, Align.MIN)) - Cylinder(4.3, 1.2, align=(Align.CENTER, Align.CENTER, Align.MIN)))
    return p - groove
add("s735", 4,
    "1 - cylinder dia 10, length 40, axis along Z, bottom at Z0\n2 - turn a retaining-ring groove 1.2 wide down to dia 8.6; the groove starts 3 mm from the bottom end (its lower face at Z3)\n3 - no chamfers",
    b405, "pin with a circlip groove",
    "r5 x 40 minus ring r5/r4.3 x 1.2 at z 3..4.2; genus 0")

def b406():
    p = Box(100, 60, 10, align=(Align.CENTER, Align.CENTER, Align.MIN))
    for x in (-42, 42):
        for y in (-22, 22):
            p = p - Pos(x, y, 0) * Cylinder(2.75, 10, align=(Align.CENTER, Align.CENTER, Align.MIN))
            p = p - Pos(x, y, 10 - 5.4) * Cylinder(5, 5.4, align=(Align.CENTER, Align.CENTER, Align.MIN))
    return p
add("s736", 4,
    "1. Rectangle 100 x 60 on XY, extrude 10.\n2. Mark four hole centres 8 mm in from each edge at the corners.\n3. Drill 5.5 thru at each.\n4. Counterbore each from the top, dia 10, depth 5.4.",
    b406, "base plate with four counterbored corner holes",
    "100x60x10; holes at (+-42, +-22); 5.5 thru, 10 x 5.4 cbore; genus 4")

def b407():
    p = Cylinder(12, 2, align=(Align.CENTER, Align.CENTER, Align.MIN)) + Pos(0, 0, 2) * extrude(RegularPolygon(19 / math.sqrt(3), 6), 8)
    return p - Cylinder(5, 10, align=(Align.CENTER, Align.CENTER, Align.MIN))
add("s737", 4,
    "1. Draw a 24 mm circle on XY and pad it 2 mm (this is the washer face).\n2. On top of it sketch a hexagon, 19 across flats, centred, and pad 8 mm.\n3. Bore 10 mm through the whole thing.",
    b407, "flanged hex nut blank",
    "r12 x 2 flange + hex AF19 x 8 above; r5 thru; hex corners 10.97 < 12 so flange sets x/y extent 24; genus 1")

def b408():
    p = Box(40, 30, 20, align=(Align.CENTER, Align.CENTER, Align.MIN))
    p = p - Box(40, 8, 6, align=(Align.CENTER, Align.CENTER, Align.MIN))
    for x in (-12, 12):
        p = p - Pos(x, 0, 0) * Cylinder(2, 20, align=(Align.CENTER, Align.CENTER, Align.MIN))
    return p
add("s738", 4,
    "1. block 40 long (X) x 30 (Y) x 20 high\n2. cut a groove along the full length on the bottom face: 8 wide, 6 deep, centred\n3. two 4 mm holes from the top face down into the groove, on the centreline, 12 mm either side of the middle",
    b408, "grooved block with two holes into the groove",
    "40x30x20 minus 40x8x6 along the bottom; 2 x r2 at x=+-12 from top into the groove; genus 2")

def b409():
    p = Cylinder(15, 50, align=(Align.CENTER, Align.CENTER, Align.MIN))
    p = p - Pos(15 - 3, 0, 0) * Box(10, 40, 50, align=(Align.MIN, Align.CENTER, Align.MIN))
    p = p - Pos(0, 0, 25) * Rot(90, 0, 0) * Cylinder(3, 40)
    return p
add("s739", 4,
    "(1) Cylinder Ø30 x 50 tall, standing on XY. (2) Machine a flat 3 mm deep on the +X side along the full height. (3) Cross-drill Ø6 through along Y, at mid-height.",
    b409, "D-flatted shaft with a cross hole",
    "r15 x 50 minus everything beyond x=12; r3 hole along Y at z=25 (parallel to the flat, clear of it); genus 1")

add("s740", 4,
    "1. Cylinder, diameter 20, length 30.\n2. Drill a 25 mm hole down its axis, full length.\n3. Chamfer both ends 0.5.",
    None, "bored cylinder",
    "a 25 mm axial hole is larger than the 20 mm cylinder: nothing would remain, so the part cannot exist",
    impossible=True)

# ---------------------------------------------------------------- style 5 (revolve/loft/sweep/shell/mirror)
def rev(pts, angle=360):
    f = Plane.XZ * Face(Wire.make_polygon(pts, close=True))
    return revolve(f, Axis.Z, angle)

def b501():
    return rev([(0, 0), (20, 0), (20, 5), (8, 5), (8, 30), (0, 30)])
add("s741", 5,
    "First sketch a closed profile in the XZ plane through the points (0,0), (20,0), (20,5), (8,5), (8,30), (0,30) (mm, X is radius, Z is height). Then revolve it a full 360 degrees about the Z axis. Finally check it's a single solid - it should look like a thumb-tack pin with a 40 mm head.",
    b501, "revolved headed pin",
    "revolve: disc r20 x 5 + r8 x 25; genus 0")

def b502():
    return loft([Plane.XY * Rectangle(60, 40), Plane.XY.offset(25) * Rectangle(30, 20)])
add("s742", 5,
    "first a 60 x 40 rectangle on the ground plane, then a 30 x 20 rectangle 25 mm directly above it (same centre, same orientation), finally loft between them to get a tapered block.",
    b502, "lofted pyramid frustum",
    "frustum V = h/3 (A1 + A2 + sqrt(A1 A2)) = 25/3 (2400+600+1200) = 35000; genus 0")

def b503():
    path = Wire([Edge.make_line((0, 0, 0), (0, 0, 30)),
                 Edge.make_three_point_arc(Vector(0, 0, 30), Vector(40 - 40 * math.cos(math.pi / 4), 0, 30 + 40 * math.sin(math.pi / 4)), Vector(40, 0, 70)),
                 Edge.make_line((40, 0, 70), (70, 0, 70))])
    prof = Plane.XY * (Circle(6) - Circle(4.5))
    return sweep(prof, path=path)
add("s743", 5,
    "First draw the path: 30 mm straight up, then a 90 degree bend of 40 mm centreline radius, then 30 mm straight out horizontally. Then put a tube section at the start - 12 mm OD, 1.5 mm wall - square to the path. Finally sweep it along the path to get a bent tube, open at both ends.",
    b503, "swept bent tube",
    "annulus r6/r4.5 area pi*15.75 times path length 60 + 20pi (Pappus); hollow, both ends open -> genus 1")

def b504():
    b = Box(60, 40, 30)
    return offset(b, amount=-2, openings=b.faces().sort_by(Axis.Z)[-1])
add("s744", 5,
    "First model a solid box 60 x 40 x 30 high. Then shell it inwards with a 2 mm wall, removing the top face. Finally that's your open-top enclosure - no lid.",
    b504, "shelled open box",
    "60x40x30 minus 56x36x28; genus 0")

def b505():
    half = Plane.XY * Face(Wire.make_polygon([(0, 0), (30, 0), (30, 8), (10, 8), (10, 25), (0, 25)], close=True))
    h = extrude(half, 12)
    h = h - Pos(20, 4, 6) * Rot(90, 0, 0) * Cylinder(2.5, 8)
    return h + mirror(h, about=Plane.YZ)
add("s745", 5,
    "First sketch half of a T-shaped bracket on XY: (0,0) -> (30,0) -> (30,8) -> (10,8) -> (10,25) -> (0,25) -> back to the start. Then extrude it 12 mm in Z and drill a 5 mm hole along Y through the 8 mm thick flange, centred at X=20, Z=6. Finally mirror the whole thing about the YZ plane so you get the full T with a hole in each flange.",
    b505, "mirrored T bracket",
    "half-T area 30*8+10*17 = 410, x12; r2.5 hole along Y through y 0..8 at x=20; mirror across x=0 -> 60 wide; genus 2")

def b506():
    return rev([(4, 0), (20, 0), (20, 2), (14, 6), (20, 10), (20, 12), (4, 12)])
add("s746", 5,
    "First set up a half-section of a V-pulley in the XZ plane (X = radius): (4,0), (20,0), (20,2), (14,6), (20,10), (20,12), (4,12) mm. Then revolve it 360 deg around Z. Finally you have a 40 mm pulley, 12 wide, 8 mm bore, with a V groove going 6 deep.",
    b506, "revolved V pulley",
    "revolve profile with r4 bore; genus 1")

def b507():
    return rev([(30, 0), (40, 0), (40, 20), (30, 20)], 180)
add("s747", 5,
    "first a 10 x 20 rectangle in XZ, inner edge at X=30, outer at X=40, from Z=0 to Z=20; then revolve it 180 degrees about Z; finally that's a half ring (a split bushing half).",
    b507, "half ring by partial revolve",
    "half of an annulus r40/r30 x 20: V = pi/2 (1600-900) 20; genus 0")

def b508():
    c = loft([Plane.XY * Circle(25), Plane.XY.offset(40) * Circle(15)])
    fs = c.faces().sort_by(Axis.Z)
    return offset(c, amount=-2, openings=[fs[0], fs[-1]])
add("s748", 5,
    "First loft a 50 mm diameter circle at Z=0 to a 30 mm circle at Z=40. Then shell it 2 mm inward, taking out both flat end faces. Finally you should have a conical sleeve/adaptor open at both ends.",
    b508, "lofted and shelled conical sleeve",
    "cone frustum r25->r15 over 40 shelled 2 mm (normal wall thickness) with both ends removed; OCC offset; genus 1")

def b509():
    path = Edge.make_three_point_arc(Vector(30, 0, 0), Vector(0, 30, 0), Vector(-30, 0, 0))
    prof = Plane(origin=(30, 0, 0), x_dir=(1, 0, 0), z_dir=(0, 1, 0)) * Rectangle(6, 4)
    return sweep(prof, path=Wire([path]))
add("s749", 5,
    "First draw a 180° arc of radius 30 in the XY plane (centre at the origin, from (30,0) over (0,30) to (-30,0)). Then at (30,0) draw a 6 x 4 rectangle perpendicular to the arc, centred on it, 6 radial and 4 in Z. Finally sweep the rectangle along the arc to get a C-shaped clip.",
    b509, "swept rectangular C clip",
    "area 24 times arc length 30 pi (centroid on path); genus 0")

def b510():
    h = Cylinder(10, 12, align=(Align.CENTER, Align.CENTER, Align.MIN)) + Box(40, 10, 6, align=(Align.MIN, Align.CENTER, Align.MIN))
    h = h - Cylinder(4, 12, align=(Align.CENTER, Align.CENTER, Align.MIN))
    return h + mirror(h, about=Plane.YZ.offset(40))
add("s750", 5,
    "First make a boss: Ø20 x 12 tall cylinder at the origin with an 8 mm through hole. Then add an arm 40 long, 10 wide, 6 thick running from the boss centre along +X, bottom flush with the boss bottom. Finally mirror everything about the plane X = 40 so there's a second boss at the far end (a link with two bosses 80 apart).",
    b510, "mirrored two-boss link",
    "boss r10x12 with r4 bore + arm 40x10x6 (x 0..40) unioned, mirrored about x=40 -> bosses at x=0 and 80, overall 100 x 20 x 12; genus 2")

# ---------------------------------------------------------------- style 6 (unions)
def b601():
    p = Box(36, 36, 36, align=(Align.CENTER, Align.CENTER, Align.MIN)) + Pos(0, 0, 36) * Cylinder(9, 24, align=(Align.CENTER, Align.CENTER, Align.MIN))
    return p - Cylinder(4, 60, align=(Align.CENTER, Align.CENTER, Align.MIN))
add("s751", 6,
    "a 36 mm cube with an 18 mm diameter, 24 mm tall cylinder standing on the centre of its top face, and an 8 mm hole straight down through both",
    b601, "cube with a boss and through hole",
    "36^3 + r9 x 24 - r4 x 60; genus 1")

def b602():
    return Box(60, 10, 10) + Box(10, 60, 10)
add("s752", 6,
    "plus-sign shape: two 60 x 10 x 10 bars crossing at right angles at their middles, fused into one peice, same height.",
    b602, "cross of two bars",
    "2*6000 - 1000 overlap = 11000; genus 0")

def b603():
    return Rot(0, 90, 0) * Cylinder(15, 40) + Rot(90, 0, 0) * Cylinder(10, 40)
add("s753", 6,
    "Union of two cylinders whose axes cross at right angles through a common centre: one is Ø30 x 40 long along X, the other Ø20 x 40 long along Y.",
    b603, "two crossing cylinders",
    "OCC boolean union of r15 x 40 (X) and r10 x 40 (Y), both centred; the r10 one pokes out 5 past the r15 surface each side; genus 0")

def b604():
    p = Pos(0, 0, 40) * Box(80, 50, 5, align=(Align.CENTER, Align.CENTER, Align.MIN))
    for x in (-32, 32):
        for y in (-17, 17):
            p = p + Pos(x, y, 0) * Cylinder(3, 40, align=(Align.CENTER, Align.CENTER, Align.MIN))
    return p
add("s754", 6,
    "little table for a diorama: 80x50 top, 5 mm thick, sitting on four 6 mm round legs 40 mm long. Leg centres 8 mm in from the edges of the top. One solid please.",
    b604, "table: plate on four legs",
    "80x50x5 at z=40..45 + 4 x r3 x 40 at (+-32, +-17); overall 45 tall; genus 0")

def b605():
    return Cylinder(10, 25, align=(Align.CENTER, Align.CENTER, Align.MIN)) + Pos(0, 0, 25) * Sphere(15)
add("s755", 6,
    "A 30 mm ball sitting on a 20 mm dia post: the post is 25 tall, and the ball's centre is exactly on the middle of the post's top face. Merge them.",
    b605, "ball on a post",
    "r10 x 25 cylinder + r15 sphere centred at z=25; overall height 40, width 30; genus 0")

def b606():
    base = Box(60, 30, 6, align=(Align.CENTER, Align.CENTER, Align.MIN))
    wall = Box(6, 30, 40, align=(Align.CENTER, Align.CENTER, Align.MIN))
    g = Plane.XZ * Face(Wire.make_polygon([(3, 6), (20, 6), (3, 23)], close=True))
    gus = extrude(g, amount=2, both=True)
    g2 = mirror(gus, about=Plane.YZ)
    return base + wall + gus + g2
add("s756", 6,
    "Inverted T: a 60 x 30 x 6 base plate with a 6 thick, 40 tall (from the bottom of the base), 30 wide wall standing up across the middle of it. Add a triangular gusset 4 mm thick on each side of the wall, centred on the 30 width, legs 17 mm along the base and 17 mm up the wall.",
    b606, "T-bracket with two gussets",
    "base 60x30x6 + wall 6x30x40 (z 0..40) + two right-triangle gussets legs 17x17, 4 thick, in the y-centre; genus 0")

def b607():
    p = Box(50, 50, 10, align=(Align.CENTER, Align.CENTER, Align.MIN)) + Pos(0, 0, 10) * Box(30, 30, 30, align=(Align.CENTER, Align.CENTER, Align.MIN))
    p = p - Cylinder(8, 40, align=(Align.CENTER, Align.CENTER, Align.MIN))
    p = p - Pos(0, 0, 25) * Rot(0, 90, 0) * Cylinder(5, 30)
    return p
add("s757", 6,
    "50x50x10 base with a 30 mm cube sat on top, centred. A 16mm hole goes vertically through the whole stack, and a 10mm hole goes horizontally through the cube (side to side along X) at the cube's mid-height, so the two holes meet in the middle.",
    b607, "stacked blocks with intersecting holes",
    "25000 + 27000 minus r8 x 40 and r5 hole along X at z=25; crossing holes -> genus 3 (checked on the B-rep)")

add("s758", 6,
    "Take a 40 x 40 x 8 plate and stand a 25 mm diameter cylinder on the middle of it, fused together.",
    None, "plate with a standing cylinder (height not given)",
    "the cylinder height is not given, so extents and volume are not determined; only genus 0 (no holes) is expected",
    expect={"genus": 0})

def b609():
    main = Rot(0, 90, 0) * Cylinder(10, 60)
    branch = Cylinder(10, 30, align=(Align.CENTER, Align.CENTER, Align.MIN))
    p = main + branch
    p = p - Rot(0, 90, 0) * Cylinder(8, 60) - Cylinder(8, 30, align=(Align.CENTER, Align.CENTER, Align.MIN))
    return p
add("s759", 6,
    "Pipe tee: run is a 20 OD / 16 ID tube 60 long along X, centred on the origin; the branch is the same tube going straight up +Z from the run's axis to 30 above it. Fuse them and make sure the bores connect.",
    b609, "pipe tee",
    "outer union of r10 tubes, minus r8 bores (run along X, branch 0..30 up Z); three open ends -> genus 2")

def b610():
    p = Box(IN, IN, IN) + Pos(0, 0, IN / 2) * Cylinder(0.25 * IN, IN, align=(Align.CENTER, Align.CENTER, Align.MIN))
    return p - Rot(90, 0, 0) * Cylinder(0.125 * IN, IN)
add("s760", 6,
    "1\" cube, with a 1/2\" dia peg 1\" long sticking up from the centre of the top face, and a 1/4\" hole through the cube front to back (perpendicular to the peg), through the cube's centre.",
    b610, "inch cube with a peg and cross hole",
    "25.4 cube + r6.35 x 25.4 peg on top (total 50.8 tall) minus r3.175 hole along Y through the cube centre; genus 1")

# ---------------------------------------------------------------- run
def main():
    lines = []
    for e in ENTRIES:
        rec = {"id": e["id"], "style": e["style"], "prompt": e["prompt"]}
        if e["impossible"]:
            rec["expect"] = {}
        elif e["expect"] is not None:
            rec["expect"] = e["expect"]
        else:
            part = e["build"]()
            rec["expect"] = measure(part, tiny=e["tiny"])
        rec.update(intent=e["intent"], why=e["why"], out_of_scope=False, impossible=e["impossible"])
        lines.append(rec)
        print(rec["id"], rec["style"], rec["expect"])
    ids = [r["id"] for r in lines]
    assert len(ids) == len(set(ids))
    with open(OUT, "w") as f:
        for r in lines:
            f.write(json.dumps(r) + "\n")
    print(len(lines), "written")

if __name__ == "__main__":
    main()

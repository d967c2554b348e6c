# ruff: noqa
"""Writes coverage_cfeat2.jsonl: issue 12 items 5-6, session 6 variants (branch c-feat2).

Written BEFORE the c-feat2 changes, for the classes coverage5b showed misread, phrased as a
different writer would (other words, other values, other order): hole specs written as
"D thru, c'bore D2 x d deep" / "csk to D2", a groove along the whole length, a second
sentence that adds to the part, square bolt squares, L brackets by outside legs, V-belt
grooves by width/angle/depth, GT2 flanges, fluted knobs, hinge knuckles, snap clips,
boxes with a lid laid beside them, peg hooks, U straps with feet, springs by mean diameter.
Every expectation is measured on a build123d reference modelled here (genus from the STL
through trimesh, like ../shared/eval/check_prompts.py).
Run: python tests/data/gen_coverage_cfeat2.py
"""
import json
import math
import os
import tempfile

import trimesh
from build123d import (Align, Axis, Box, BuildSketch, Circle, Compound, Cone, Cylinder, Helix,
                       Plane, Polygon, Pos, Rot, chamfer, export_stl, extrude, fillet, revolve, sweep)

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "coverage_cfeat2.jsonl")
MIN = (Align.CENTER, Align.CENTER, Align.MIN)


def plate(L, W, T):
    return Box(L, W, T, align=MIN)


def cyl(d, h, z0=0.0, x=0.0, y=0.0):
    return Pos(x, y, z0) * Cylinder(d / 2, h, align=MIN)


def thru(d, x, y, T):
    return cyl(d, T + 2, -1, x, y)


def cbore(d, dcb, dep, x, y, T):
    return thru(d, x, y, T) + cyl(dcb, dep + 1, T - dep, x, y)


def csink(d, dcs, x, y, T, angle=90.0):
    h = (dcs - d) / 2 / math.tan(math.radians(angle / 2))
    return thru(d, x, y, T) + Pos(x, y, T - h) * Cone(d / 2, dcs / 2, h, align=MIN) + cyl(dcs, 1, T, x, y)


def tube(od, idia, h, z0=0.0):
    return cyl(od, h, z0) - cyl(idia, h + 2, z0 - 1)


def measure(shape):
    bb = shape.bounding_box()
    ext = sorted(round(v, 3) for v in (bb.size.X, bb.size.Y, bb.size.Z))
    fd, path = tempfile.mkstemp(suffix=".stl")
    os.close(fd)
    export_stl(shape, path, tolerance=0.005, angular_tolerance=0.1)
    mesh = trimesh.load(path, force="mesh")
    os.remove(path)
    return ext, round(shape.volume, 1), round((2 - mesh.euler_number) / 2)


RECS = []


def add(item, prompt, shape, intent, keys=("extents", "volume", "genus")):
    ext, vol, genus = measure(shape)
    full = {"extents": ext, "volume": vol, "genus": genus}
    RECS.append({"id": f"g{len(RECS) + 1:02d}", "item": item, "prompt": prompt,
                 "expect": {k: full[k] for k in keys}, "intent": intent,
                 "out_of_scope": False, "impossible": False})


def item5():
    s = plate(120, 60, 10)
    for x in (-45, 45):
        for y in (-20, 20):
            s -= cbore(6.6, 11, 6.5, x, y, 10)
    add(5, "base plate 120 x 60 x 10, four holes for M6 socket heads, 6.6 thru with 11 counterbore 6.5 deep, holes 15 in from the ends and 10 in from the sides", s, "cbore spec after the hole size")
    s = cyl(80, 15) - cbore(13.5, 20, 8, 0, 0, 15)
    add(5, "round plate dia 80, 15 thk, one hole in the centre: 13.5 through, C'BORE 20 x 8 deep", s, "cbore spec on a disc")
    s = plate(60, 20, 5)
    for x in (-20, 20):
        s -= csink(3.4, 6.8, x, 0, 5)
    add(5, "strip 60 x 20 x 5, 2 holes 40 apart in the middle of the strip, 3.4 thru, csk 90 deg to 6.8", s, "csk to a top diameter")
    s = plate(50, 50, 8) - csink(5.5, 11, 0, 0, 8)
    add(5, "square plate 50x50x8 with a countersunk hole at the centre, 5.5 hole, countersunk to 11 dia at 90 degrees", s, "countersunk to dia at angle")
    s = cyl(30, 6) - csink(4.5, 9, 0, 0, 6)
    add(5, "washer-like disc 30 dia 6 thick, middle hole 4.5 with a 90° countersink 9 across", s, "csk diameter written as 'across'")
    s = plate(100, 30, 25) - Pos(0, 0, 17) * Box(100, 12, 8, align=MIN)
    add(5, "block 100 long 30 wide 25 high with a groove 12 wide and 8 deep running the full length of the top face", s, "full-length groove")
    s = plate(60, 50, 15) - Pos(0, 0, 11) * Box(8, 50, 4, align=MIN)
    add(5, "60x50x15 block, cut a 8 mm wide x 4 mm deep channel across the top from side to side", s, "groove across the width")
    s = plate(80, 80, 6)
    for x in (-30, 30):
        for y in (-30, 30):
            s -= thru(5.5, x, y, 6)
    s -= thru(25, 0, 0, 6)
    add(5, "80 x 80 x 6 plate with 5.5 holes in each corner, 10 from both edges. After that, add a 25 mm hole in the centre.", s, "second sentence adds a hole")
    s = plate(90, 40, 8)
    for x in (-35, 35):
        s -= thru(8, x, 0, 8)
    s -= thru(12, 0, 0, 8)
    add(5, "bar 90x40x8 with two 8 mm holes 70 apart along the centreline. Now also put a 12 mm hole in the middle.", s, "'now also put' adds a hole")
    s = plate(120, 120, 15)
    s = fillet(s.edges().filter_by(Axis.Z), 12)
    s -= thru(40, 0, 0, 15)
    for x in (-45, 45):
        for y in (-45, 45):
            s -= thru(11, x, y, 15)
    add(5, "square flange 120 x 120 x 15 thick, 40 bore, 4 x 11 mm bolt holes on a 90 mm square, corners rounded R12", s, "bolt holes on a square")
    s = plate(70, 70, 10)
    for x in (-25, 25):
        for y in (-25, 25):
            s -= thru(6.8, x, y, 10)
    s -= thru(20, 0, 0, 10)
    add(5, "70x70x10 adapter plate, 20 hole in the middle, four M8 tapped holes on a 50 x 50 square", s, "tapped holes on a square pattern")


def item6():
    s = Pos(30, 0, 0) * Box(60, 25, 4, align=MIN) + Pos(2, 0, 0) * Box(4, 25, 45, align=MIN)
    add(6, "angle bracket 25 wide, 4 thick, horizontal leg 60 long and vertical leg 45 high measured outside", s, "L by outside legs")
    s = Pos(40, 0, 0) * Box(80, 40, 6, align=MIN) + Pos(3, 0, 0) * Box(6, 40, 50, align=MIN)
    s -= thru(8, 50, 0, 6)
    s -= Pos(-1, 0, 30) * Rot(0, 90, 0) * Cylinder(4, 8, align=MIN)
    add(6, "L-bracket 40 wide 6 thick: base 80 long, upright 50 high (outside), an 8 mm hole in the base 50 from the corner and one in the upright 30 up", s, "L with hole positions")
    tw = 6.5 - 10 * math.tan(math.radians(19))
    c = cyl(80, 20) - cyl(15, 22, -1)
    with BuildSketch(Plane.XZ) as sk:
        Polygon((30, 10 - tw), (40, 3.5), (41, 3.5), (41, 16.5), (40, 16.5), (30, 10 + tw), align=None)
    add(6, "V pulley 80 dia, 20 wide, 15 bore, one V groove 13 wide at the top, 10 deep, 38° included", c - revolve(sk.sketch, Axis.Z), "V groove by top width, depth, angle")
    od = 32 / math.pi - 0.508
    teeth = cyl(od, 6, 1)
    for i in range(16):
        a = 2 * math.pi * i / 16
        teeth -= cyl(1.1, 8, 0, od / 2 * math.cos(a), od / 2 * math.sin(a))
    s = cyl(15, 1) + teeth + cyl(15, 1, 7) - cyl(5, 10, -1)
    add(6, "16 tooth GT2 pulley for 6mm belt, 5 bore, flanges 15 dia 1 thick each side, no hub", s, "GT2 flange dia", keys=("extents", "genus"))
    s = cyl(50, 20) - thru(10, 0, 0, 20)
    for i in range(10):
        a = math.radians(36 * i)
        s -= thru(6, 25 * math.cos(a), 25 * math.sin(a), 20)
    add(6, "knurled-style knob 50 dia, 20 tall, 10 fluted scallops of 3 mm radius round the edge, 10 mm bore through", s, "fluted knob, flutes on the rim")
    s = cyl(30, 12) - cyl(6, 10, -1)
    for i in range(6):
        a = math.radians(60 * i)
        s -= thru(5, 15 * math.cos(a), 15 * math.sin(a), 12)
    add(6, "fluted knob 30mm across, 12 high, 6 flutes 5 wide, 6mm blind hole 9 deep underneath", s, "fluted knob with blind bore")
    knuckle = Rot(0, 90, 0) * Cylinder(4, 50, align=MIN)
    leaf = Box(50, 30, 3, align=(Align.MIN, Align.MIN, Align.CENTER))
    s = knuckle + leaf - Pos(-1, 0, 0) * Rot(0, 90, 0) * Cylinder(2, 52, align=MIN)
    for x in (12, 38):
        s -= Pos(x, 18, -2) * Cylinder(2.25, 4, align=MIN)
    add(6, "hinge leaf 50 long, 3 thick, 30 wide from the pin centre, 8 OD knuckle along one long edge with a 4 mm pin hole, two 4.5 holes 18 from the pin axis, 12 from each end", s, "hinge leaf with knuckle")
    base = Box(30, 10, 4, align=MIN)
    ring = Pos(0, 0, 10) * Rot(90, 0, 0) * (Cylinder(8, 10) - Cylinder(6, 12))
    s = base + ring - Pos(0, 0, 10) * Box(9, 12, 12, align=MIN)
    for x in (-11, 11):
        s -= thru(3.5, x, 0, 4)
    add(6, "clip-on cable holder for 12 mm cable: 12 ID / 16 OD ring, 10 wide, 9 mm opening on top, base 30 x 10 x 4, ring centre 6 above the base top, two 3.5 holes 22 apart", s, "snap-in cable clip", keys=("extents", "genus"))
    box = plate(100, 60, 40) - Pos(0, 0, 3) * Box(94, 54, 40, align=MIN)
    lid = Pos(0, 75, 0) * plate(100, 60, 3)
    add(6, "electronics box 100 x 60 x 40 outside, 3mm wall and bottom, open top, with a separate 3 mm flat lid the same size, placed next to the box 15 mm away along the long side", Compound([box, lid]), "box + lid beside")
    box = plate(70, 50, 25) - Pos(0, 0, 2) * Box(66, 46, 25, align=MIN)
    lid = plate(70, 50, 2) + Pos(0, 0, -4) * (Box(66, 46, 4, align=MIN) - Pos(0, 0, -1) * Box(62, 42, 6, align=MIN))
    add(6, "case 70x50x25 outer with 2 mm walls and floor, open at the top, plus its own lid 70x50x2 with a 2 mm thick lip 4 deep on the underside fitting inside the walls", Compound([box, Pos(100, 0, 0) * lid]), "box + lipped lid", keys=("volume", "genus"))
    s = cyl(50, 8) + cyl(15, 50, 8)
    for x in (-17, 17):
        s -= thru(5, x, 0, 8)
    add(6, "wall peg hook: 50 mm round base plate 8 thick, 15 mm dia peg 50 long from the middle, 2 screw holes 5 mm 34 apart", s, "peg coat hook")
    ring = Rot(90, 0, 0) * (Cylinder(15.5, 20) - Cylinder(12.5, 22))
    ring = ring - Pos(0, 0, -30) * Box(60, 30, 30, align=MIN)
    s = ring + Pos(21.5, 0, 0) * Box(18, 20, 3, align=MIN) + Pos(-21.5, 0, 0) * Box(18, 20, 3, align=MIN)
    for x in (-23, 23):
        s -= thru(5.5, x, 0, 3)
    add(6, "pipe saddle clip for 25 mm pipe, 3 mm thick band 20 wide, foot 15 long on each side with a 5.5 mm screw hole centred in each foot", s, "U strap with feet")
    path = Helix(pitch=5, height=30, radius=7.5)
    s = sweep(path.location_at(0) * Circle(0.75), path, is_frenet=True)
    add(6, "spring, 1.5 wire, 15 mean diameter, 6 coils at 5 mm pitch, open ends", s, "spring by mean diameter")


item5()
item6()
with open(OUT, "w") as f:
    for r in RECS:
        f.write(json.dumps(r) + "\n")
print("wrote", len(RECS))

# ruff: noqa
# Reference generator of a held-out set of session 5, written by a helper who saw no code or sets; kept as written.
# Run with build123d installed; it writes the set next to itself under the name the writer gave it.
"""Generator for coverage5a.jsonl: 100 held-out prompt-to-CAD cases (c601..c700).
Every reference part is modelled in build123d; extents/volume/genus are computed."""
import json, math, os, sys, tempfile
from build123d import *
import trimesh

IN = 25.4
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "coverage5a.jsonl")

# ---------------------------------------------------------------- helpers
def cyl(d, h):
    return Cylinder(d / 2, h)

def tube(od, id_, h):
    return Cylinder(od / 2, h) - Cylinder(id_ / 2, h + 2)

def thru(part, pts, d, h=1000):
    for (x, y) in pts:
        part = part - Pos(x, y, 0) * Cylinder(d / 2, h)
    return part

def circle_pts(pcd, n, start=0.0):
    return [(pcd / 2 * math.cos(math.radians(start + 360 * i / n)),
             pcd / 2 * math.sin(math.radians(start + 360 * i / n))) for i in range(n)]

def rect_pts(a, b):
    return [(sx * a / 2, sy * b / 2) for sx in (-1, 1) for sy in (-1, 1)]

def grid_pts(nx, ny, px, py):
    return [((i - (nx - 1) / 2) * px, (j - (ny - 1) / 2) * py) for i in range(nx) for j in range(ny)]

def rplate(x, y, t, r):
    """plate with vertical corner radius r, centred, z in [-t/2, t/2]"""
    return extrude(RectangleRounded(x, y, r), t / 2, both=True)

def cbore(part, pts, d, D, depth, ztop):
    for (x, y) in pts:
        part = part - Pos(x, y, 0) * Cylinder(d / 2, 1000)
        part = part - Pos(x, y, ztop - depth / 2) * Cylinder(D / 2, depth)
    return part

def csk(part, pts, d, D, angle, ztop):
    """through hole d with countersink D x angle at face z=ztop (cone opens upward)"""
    h = (D - d) / 2 / math.tan(math.radians(angle / 2))
    e = 1.0
    rtop = D / 2 + e * math.tan(math.radians(angle / 2))
    for (x, y) in pts:
        part = part - Pos(x, y, 0) * Cylinder(d / 2, 1000)
        part = part - Pos(x, y, ztop - h) * Cone(d / 2, rtop, h + e, align=(Align.CENTER, Align.CENTER, Align.MIN))
    return part

def measure(part):
    if isinstance(part, (list, tuple)):
        raise ValueError("list")
    solids = part.solids()
    assert len(solids) == 1, f"{len(solids)} solids"
    s = solids[0]
    assert (s.is_valid() if callable(s.is_valid) else s.is_valid), "invalid solid"
    vol = s.volume
    assert vol > 0
    bb = s.bounding_box()
    ext = sorted([round(bb.size.X, 3), round(bb.size.Y, 3), round(bb.size.Z, 3)])
    with tempfile.TemporaryDirectory() as td:
        p = os.path.join(td, "m.stl")
        export_stl(s, p, tolerance=0.005, angular_tolerance=0.05)
        m = trimesh.load(p, force="mesh")
        assert m.is_watertight, "mesh not watertight"
        genus = round((2 - m.euler_number) / 2)
    return {"extents": ext, "volume": round(vol, 1), "genus": int(genus)}

CASES = []
def case(cid, item, prompt, build, intent, why, keys=("extents", "volume", "genus"), oos=False):
    CASES.append(dict(id=cid, item=item, prompt=prompt, build=build, intent=intent, why=why, keys=keys, oos=oos))

# ================================================================ ITEM 1: numbers & units
case("c601", 1, 'need a plate 4" x 2-1/2", 1/4" thick, with one 3/8" hole dead centre',
     lambda: thru(Box(4 * IN, 2.5 * IN, 0.25 * IN), [(0, 0)], 0.375 * IN),
     "inch plate with one centre hole",
     "4in=101.6, 2-1/2in=63.5, 1/4in=6.35 thick; 3/8in hole=9.525 through; genus 1")
case("c602", 1, "disc 12 cm accross and 8mm thick",
     lambda: cyl(120, 8), "plain disc", "12 cm = 120 mm diameter, 8 mm thick")
case("c603", 1, "washer OD 3,5 cm, ID 1,7 cm, thickness 2,5 mm",
     lambda: tube(35, 17, 2.5), "washer with decimal-comma sizes",
     "decimal commas: OD 35 mm, ID 17 mm, 2.5 mm thick; genus 1")
case("c604", 1, "block four inches long, two inches wide and an inch tall",
     lambda: Box(4 * IN, 2 * IN, 1 * IN), "rectangular block, sizes in words",
     "four in=101.6, two in=50.8, an inch=25.4")
case("c605", 1, "spacer, half an inch OD, quarter inch bore, three quarters of an inch long",
     lambda: tube(0.5 * IN, 0.25 * IN, 0.75 * IN), "round spacer, fractions in words",
     "OD 12.7, bore 6.35, length 19.05; genus 1")
case("c606", 1, "round rod Ø18 cut to 400 mm",
     lambda: cyl(18, 400), "round rod", "Ø18 diameter, cut length 400")
case("c607", 1, "6 thk plate 150 by 90 with a 10 mm radius hole in the middle",
     lambda: thru(Box(150, 90, 6), [(0, 0)], 20), "plate with centre hole given by radius",
     "thickness first (6); 10 mm RADIUS -> 20 mm diameter hole; genus 1")
case("c608", 1, "square plate, 0.2 m a side, 5mm thick",
     lambda: Box(200, 200, 5), "square plate in metres", "0.2 m = 200 mm square, 5 thick")
case("c609", 1, "100 mm dia disc 6 thick, a dozen 5 mm holes evenly spaced on an 80 mm circle",
     lambda: thru(cyl(100, 6), circle_pts(80, 12), 5), "disc with bolt circle of 12 holes",
     "a dozen = 12 holes Ø5 on PCD 80 in Ø100 x 6 disc; genus 12")
case("c610", 1, 'tube 1-1/4" OD with 1/16" wall, 6 inches long',
     lambda: tube(1.25 * IN, 1.25 * IN - 2 * IN / 16, 6 * IN), "inch tube from OD and wall",
     "OD 31.75, wall 1.5875 -> ID 28.575, length 152.4; genus 1")
case("c611", 1, "flat bar 40 per 8, cut to 250",
     lambda: Box(40, 8, 250), "flat bar section written 'per'",
     "'40 per 8' = 40 x 8 section, cut length 250, mm implied")
case("c612", 1, "10 thick, 60 x 45 block, R8 on the four corners",
     lambda: rplate(60, 45, 10, 8), "block with rounded vertical corners",
     "thickness first: 10; 60 x 45 outline with R8 on the 4 vertical corner edges")
case("c613", 1, "⌀30 cylinder 45 long with a ⌀12 bore right thru",
     lambda: tube(30, 12, 45), "cylinder with through bore", "⌀30 OD, length 45, ⌀12 through; genus 1")
case("c614", 1, "2.5 cm cube pls",
     lambda: Box(25, 25, 25), "cube in cm", "2.5 cm = 25 mm cube")
case("c615", 1, "plate 120x80x3 w/ four 6 mm diameter holes, 10 mm in from each edge",
     lambda: thru(Box(120, 80, 3), rect_pts(100, 60), 6), "plate with 4 corner holes",
     "hole centres 10 from both edges -> 100 x 60 rectangle; 4 holes Ø6; genus 4")
case("c616", 1, "make me a ring .75 inch ID, 1.25 inch OD, 1/8 inch thick",
     lambda: tube(1.25 * IN, 0.75 * IN, IN / 8), "inch ring",
     "ID 19.05, OD 31.75, 3.175 thick; genus 1")
case("c617", 1, "could you do a cylinder 3 1/2 inches in diameter, 2 in. high?",
     lambda: cyl(3.5 * IN, 2 * IN), "cylinder, mixed number without hyphen",
     "3 1/2 in = 88.9 diameter, 2 in = 50.8 high")
case("c618", 1, "disk radius 25, 4 thick, with an 8mm radius hole in the middle",
     lambda: tube(50, 16, 4), "disc given by radius with radius hole",
     "radius 25 -> Ø50; hole radius 8 -> Ø16; 4 thick; genus 1")
case("c619", 1, "1 m length of 20 x 20 square bar",
     lambda: Box(20, 20, 1000), "square bar one metre long", "1 m = 1000 mm; 20 x 20 section")
case("c620", 1, "5/16 thick plate, 3 x 5 inch",
     lambda: Box(3 * IN, 5 * IN, 5 / 16 * IN), "inch plate thickness first",
     "5/16 in = 7.9375 thick, 3 in = 76.2, 5 in = 127")
case("c621", 1, "hey can u make a block 7,5 x 4 x 2 cm with a 1 cm hole going thru the 2 cm direction, centered",
     lambda: thru(Box(75, 40, 20), [(0, 0)], 10), "cm block with centred through hole",
     "7,5 cm=75, 4 cm=40, 2 cm=20; hole Ø10 through the 20 mm thickness; genus 1")
case("c622", 1, "strip 120 x 40 x 5 with three 8 mm hoels in a line along the middle, 30 mm apart",
     lambda: thru(Box(120, 40, 5), [(-30, 0), (0, 0), (30, 0)], 8), "strip with a row of 3 holes",
     "three Ø8 holes at 30 mm spacing on the centre line (centred); genus 3")
case("c623", 1, 'shaft 0.5" dia x 10" lg',
     lambda: cyl(0.5 * IN, 10 * IN), "inch shaft", "Ø12.7 x 254 long")
case("c624", 1, "sleeve 25 OD 20 ID, 0.04 m long",
     lambda: tube(25, 20, 40), "sleeve with length in metres", "OD 25, ID 20, 0.04 m = 40 long; genus 1")
case("c625", 1, "plate twelve by eight inches, 3/16 thick, two half-inch holes 6 inches apart, centred on the plate",
     lambda: thru(Box(12 * IN, 8 * IN, 3 / 16 * IN), [(-3 * IN, 0), (3 * IN, 0)], 0.5 * IN),
     "inch plate with two holes, numbers in words",
     "304.8 x 203.2 x 4.7625; two Ø12.7 holes 152.4 apart along the length, centred; genus 2")

# ================================================================ ITEM 2: roles in context
case("c626", 2, "pipe ID 50, wall 5, 300 long",
     lambda: tube(60, 50, 300), "pipe from ID and wall", "OD = 50 + 2*5 = 60; length 300; genus 1")
case("c627", 2, "tube OD 40, wall 2.5, length 120",
     lambda: tube(40, 35, 120), "tube from OD and wall", "ID = 40 - 2*2.5 = 35; genus 1")
case("c628", 2, "open top box, 80 x 60 outside, 40 tall, walls 3 mm, bottom 5 mm",
     lambda: Box(80, 60, 40) - Pos(0, 0, 2.5 + 1) * Box(74, 54, 37),
     "open box with wall and floor thickness",
     "outside 80x60x40; cavity 74 x 54 (walls 3), floor 5 -> cavity depth 35; genus 0")
case("c629", 2, "cup, 50 mm OD, 30 deep inside, 3 mm sides and a 4 mm base",
     lambda: Cylinder(25, 34) - Pos(0, 0, 2 + 1) * Cylinder(22, 32),
     "cylindrical cup", "height = 30 + 4 = 34; cavity Ø44 (50 - 2*3) x 30 deep; genus 0")
case("c630", 2, "square plate 100, 8 thick, hole of 20 in the centre",
     lambda: thru(Box(100, 100, 8), [(0, 0)], 20), "square plate with one centre hole",
     "'hole of 20' = ONE Ø20 hole, not 20 holes; 100x100x8; genus 1")
case("c631", 2, "o-ring 40 ID x 3 mm cross section",
     lambda: Torus(21.5, 1.5), "O-ring torus from ID and cross-section",
     "cord 3 -> minor r 1.5; major R = 40/2 + 1.5 = 21.5; OD 46; genus 1")
case("c632", 2, "torus, 100 mm outer diameter, 20 mm section",
     lambda: Torus(40, 10), "torus from OD and section",
     "section 20 -> r 10; R = 100/2 - 10 = 40; genus 1")
case("c633", 2, "bar 250 long, 30 wide, 10 thick -- 10 mm holes at 50 mm pitch along it, first one 25 in from the end",
     lambda: thru(Box(250, 30, 10), [(-100 + 50 * i, 0) for i in range(5)], 10),
     "bar with pitched holes", "holes at 25,75,125,175,225 from the end -> 5 holes Ø10 through the 10 thickness; genus 5")
case("c634", 2, "150x100x6 plate, 3 rows x 4 columns of 5 mm holes at 30 mm pitch both ways, pattern centred, rows running along the 150 side",
     lambda: thru(Box(150, 100, 6), grid_pts(4, 3, 30, 30), 5), "plate with rows x columns hole grid",
     "3 rows x 4 cols = 12 holes Ø5, 30 pitch, centred; genus 12")
case("c635", 2, "flanged bushing: bore 12, wall 4, flange 32 OD x 3 thick, 20 long overall",
     lambda: (Pos(0, 0, 10) * Cylinder(10, 20) + Pos(0, 0, 1.5) * Cylinder(16, 3)) - Cylinder(6, 100),
     "flanged bushing", "body OD = 12 + 2*4 = 20, flange Ø32 x 3, overall length 20, bore 12; genus 1")
case("c636", 2, "need a ring gasket 60 OD, 10 wide, 2 thick",
     lambda: tube(60, 40, 2), "flat ring gasket",
     "'10 wide' is the radial width -> ID = 60 - 2*10 = 40; 2 thick; genus 1")
case("c637", 2, "spacer 16 long, bore 8.5, 3 wall",
     lambda: tube(14.5, 8.5, 16), "spacer from bore and wall", "OD = 8.5 + 2*3 = 14.5; length 16; genus 1")
case("c638", 2, "quick one - tray 200x120, 25 high, 2mm walls and floor",
     lambda: Box(200, 120, 25) - Pos(0, 0, 1 + 1) * Box(196, 116, 25),
     "open tray", "cavity 196 x 116, floor 2 -> depth 23; genus 0")
case("c639", 2, "2 mm wall pipe, 30 OD, 1 m long",
     lambda: tube(30, 26, 1000), "pipe from wall and OD", "ID = 30 - 4 = 26; 1 m = 1000; genus 1")
case("c640", 2, "90 x 90 x 10 plate, 4 holes of 9 on the corners of a 70 sqaure",
     lambda: thru(Box(90, 90, 10), rect_pts(70, 70), 9), "square plate with 4 holes on a square",
     "'holes of 9' = Ø9; centres at ±35; genus 4")
case("c641", 2, "perforated plate 200 x 100 x 2, 6 mm holes on a 20 mm grid, 9 across by 4 down, centred",
     lambda: thru(Box(200, 100, 2), grid_pts(9, 4, 20, 20), 6), "perforated plate",
     "9 x 4 = 36 holes Ø6 at 20 pitch, centred; genus 36")
case("c642", 2, "o ring, 50 ID, 5.33 cord",
     lambda: Torus(25 + 5.33 / 2, 5.33 / 2), "O-ring from ID and cord",
     "cord 5.33 -> r 2.665; R = 25 + 2.665 = 27.665; OD 60.66; genus 1")
case("c643", 2, "round box 80 dia 50 tall, wall 2, base 3, open top",
     lambda: Cylinder(40, 50) - Pos(0, 0, 1.5 + 1) * Cylinder(38, 49),
     "round open container", "cavity Ø76 (80 - 2*2), depth 47 (50 - 3); genus 0")
case("c644", 2, "hollow shaft 36 od x 4 wall x 180",
     lambda: tube(36, 28, 180), "hollow shaft", "ID = 36 - 8 = 28; length 180; genus 1")
case("c645", 2, "20x20 bar 300 long, six 6.5 holes thru at 45 pitch, centred on the length",
     lambda: thru(Box(300, 20, 20), [(-112.5 + 45 * i, 0) for i in range(6)], 6.5),
     "square bar with pitched holes", "6 holes Ø6.5 at 45 pitch span 225, centred -> x = ±22.5, ±67.5, ±112.5; genus 6")
case("c646", 2, "block 100x60x30 with a pocket 80x40, 20 deep, centred in the top face",
     lambda: Box(100, 60, 30) - Pos(0, 0, 15 - 10) * Box(80, 40, 20), "block with blind pocket",
     "pocket 80x40x20 deep from top; blind so genus 0")
case("c647", 2, "flange 120 OD 15 thk, bore 40, six 11 mm bolt holes on a 90 circle",
     lambda: thru(tube(120, 40, 15), circle_pts(90, 6), 11), "bolted flange",
     "Ø120 x 15, bore 40, 6 x Ø11 on PCD 90; genus 7")
case("c648", 2, "100 x 40 x 3 plate, 2 x 5 array of 4 mm holes at 15 mm spacing, centred, the 5 running along the length",
     lambda: thru(Box(100, 40, 3), grid_pts(5, 2, 15, 15), 4), "plate with 2x5 hole array",
     "2 rows x 5 columns = 10 holes Ø4 at 15 pitch; genus 10")
case("c649", 2, "ring 8 thick, radial wall 6, bore 50",
     lambda: tube(62, 50, 8), "ring from bore and radial wall", "OD = 50 + 2*6 = 62; 8 thick; genus 1")
case("c650", 2, "torus: tube dia 30, centreline dia 120",
     lambda: Torus(60, 15), "torus from tube and centreline diameters",
     "R = 120/2 = 60, r = 30/2 = 15 -> OD 150, height 30; genus 1")

# ================================================================ ITEM 3: names & standards
case("c651", 3, "housing block 40 x 40 x 10 for a 608 bearing - pocket in the top face to take the bearing (bearing OD, as deep as the bearing is wide), plus a 10 mm through hole under it for the axle",
     lambda: thru(Box(40, 40, 10) - Pos(0, 0, 5 - 3.5) * Cylinder(11, 7), [(0, 0)], 10),
     "608 bearing housing block",
     "608 = 8 x 22 x 7 (ISO 15): pocket Ø22 x 7 deep, Ø10 through; genus 1")
case("c652", 3, "round holder for a 6204: 70 mm OD puck, same thickness as the bearing, bored through to the bearing OD",
     lambda: tube(70, 47, 14), "6204 bearing holder ring",
     "6204 = 20 x 47 x 14: puck Ø70 x 14 with Ø47 through; genus 1")
case("c653", 3, "shaft to suit a 6001 bearing bore, 100 lenght",
     lambda: cyl(12, 100), "shaft sized to 6001 bore", "6001 = 12 x 28 x 8 -> Ø12 x 100")
case("c654", 3, "2020 extrusion end cap: 3mm plate the size of the profile with an M5 clearance hole in the center (medium fit)",
     lambda: thru(Box(20, 20, 3), [(0, 0)], 5.5), "2020 end cap",
     "2020 profile 20x20; M5 medium clearance 5.5 (ISO 273); genus 1")
case("c655", 3, "end plate for 4040 profile, 4 thk, M8 close-fit clearance hole centred",
     lambda: thru(Box(40, 40, 4), [(0, 0)], 8.4), "4040 end plate",
     "4040 -> 40x40; M8 close clearance 8.4 (ISO 273); genus 1")
case("c656", 3, "NEMA 17 motor mount plate 60x60x5: pilot hole for the boss and 4 M3 clearance holes (medium) on the standard bolt pattern, all centred",
     lambda: thru(thru(Box(60, 60, 5), [(0, 0)], 22), rect_pts(31, 31), 3.4), "NEMA 17 mount plate",
     "NEMA 17: 31 mm square bolt pattern, Ø22 pilot; M3 medium clearance 3.4 (ISO 273); genus 5")
case("c657", 3, "nema23 mount, 80 x 80 x 6 plate, 38.1 pilot, 5mm holes on the motor's bolt square",
     lambda: thru(thru(Box(80, 80, 6), [(0, 0)], 38.1), rect_pts(47.14, 47.14), 5), "NEMA 23 mount plate",
     "NEMA 23 bolt square 47.14; Ø38.1 pilot; 4 x Ø5; genus 5")
def l_bracket(leg, width, t, hole):
    base = Pos(leg / 2, 0, t / 2) * Box(leg, width, t)
    up = Pos(t / 2, 0, leg / 2) * Box(t, width, leg)
    p = base + up
    c = t + (leg - t) / 2
    p = p - Pos(c, 0, 0) * Cylinder(hole / 2, 100)
    p = p - Pos(0, 0, c) * (Rot(0, 90, 0) * Cylinder(hole / 2, 100))
    return p
case("c658", 3, "corner bracket for 3030 profile: L shape, both legs 30 long x 30 wide x 4 thick, one M6 clearance hole (medium fit) in the flat of each leg",
     lambda: l_bracket(30, 30, 4, 6.6), "3030 L corner bracket",
     "3030 -> 30 wide legs, 30 long, 4 thick; M6 medium clearance 6.6 (ISO 273), one per leg; genus 2")
case("c659", 3, "M10 washer to ISO 7089",
     lambda: tube(20, 10.5, 2), "ISO 7089 M10 washer", "ISO 7089 M10: d1 10.5, d2 20, h 2; genus 1")
case("c660", 3, "DIN 9021 washer (the big OD one) for M8",
     lambda: tube(24, 8.4, 2), "DIN 9021 M8 washer", "DIN 9021 M8: 8.4 x 24 x 2; genus 1")
case("c661", 3, "DIN 125-A washer, M6",
     lambda: tube(12, 6.4, 1.6), "DIN 125 A M6 washer", "DIN 125-A M6: 6.4 x 12 x 1.6; genus 1")
case("c662", 3, "M12 nut blank per ISO 4032 - plain hex prism, no chamfers, across flats and height from the standard, bored at tap drill size",
     lambda: extrude(RegularPolygon(9, 6, major_radius=False), 10.8) - Cylinder(5.1, 100),
     "M12 hex nut blank", "ISO 4032 M12: s = 18 AF, m = 10.8; across corners 20.785; M12 tap drill 10.2; genus 1")
case("c663", 3, '1" sch 40 pipe, 200 mm long',
     lambda: tube(33.4, 33.4 - 2 * 3.38, 200), "NPS 1 sch 40 pipe",
     "ASME B36.10 NPS 1: OD 33.4, sch 40 wall 3.38 -> ID 26.64; genus 1")
case("c664", 3, "2 inch schedule 80 pipe nipple, 150 long, plain ends",
     lambda: tube(60.3, 60.3 - 2 * 5.54, 150), "NPS 2 sch 80 nipple",
     "NPS 2: OD 60.3, sch 80 wall 5.54 -> ID 49.22; genus 1")
case("c665", 3, '1/2" sch 40 pipe, 12" long',
     lambda: tube(21.3, 21.3 - 2 * 2.77, 12 * IN), "NPS 1/2 sch 40 pipe",
     "NPS 1/2: OD 21.3, sch 40 wall 2.77 -> ID 15.76; 12 in = 304.8; genus 1")
case("c666", 3, "100x50x8 plate with two 1/4-20 UNC tapped holes 60 apart on the centreline",
     lambda: thru(Box(100, 50, 8), [(-30, 0), (30, 0)], 0.201 * IN), "plate with two 1/4-20 tapped holes",
     "1/4-20 UNC tap drill #7 = 0.201 in = 5.105 mm, modelled as plain through holes; genus 2")
case("c667", 3, '70x50x5 plate with 4 clearance holes for 1/4" bolts, normal fit, on a 50 x 30 rectangle, centred',
     lambda: thru(Box(70, 50, 5), rect_pts(50, 30), 9 / 32 * IN), "plate with inch clearance holes",
     "ASME B18.2.8 normal fit for 1/4 in = 9/32 drill = 7.144 mm; genus 4")
case("c668", 3, "boss Ø50 x 20 with an M8 tapped hole through the middle",
     lambda: tube(50, 6.8, 20), "boss with M8 tapped hole", "M8 tap drill 6.8 through; genus 1")
case("c669", 3, "80 x 80 x 12 plate, M16 loose-fit clearance hole in the centre",
     lambda: thru(Box(80, 80, 12), [(0, 0)], 18.5), "plate with M16 loose clearance",
     "ISO 273 M16 loose = 18.5; genus 1")
case("c670", 3, "a stand for an iPhone 15", None, "phone stand",
     "product name, no definite geometry -> out of scope", keys=(), oos=True)
case("c671", 3, "can u make a holder for a 350 ml can", None, "can holder",
     "350 ml cans come in several diameters (slim/sleek/standard) and holder style is unspecified -> out of scope", keys=(), oos=True)
case("c672", 3, "washer for M20, ISO 7089",
     lambda: tube(37, 21, 3), "ISO 7089 M20 washer", "ISO 7089 M20: 21 x 37 x 3; genus 1")
case("c673", 3, "bearing seat for a 6202 in a 60 x 60 x 20 blok: bore for the outer race, as deep as the bearing is wide, and a 20 mm through hole below it",
     lambda: thru(Box(60, 60, 20) - Pos(0, 0, 10 - 5.5) * Cylinder(17.5, 11), [(0, 0)], 20),
     "6202 bearing seat block", "6202 = 15 x 35 x 11: Ø35 x 11 deep seat, Ø20 through; genus 1")
case("c674", 3, "adaptor bush to fit a 6000 bearing onto an 8 mm shaft, length = bearing width",
     lambda: tube(10, 8, 8), "adapter bushing for 6000 bearing",
     "6000 = 10 x 26 x 8: bush OD 10 (bearing bore), ID 8 (shaft), length 8; genus 1")
case("c675", 3, '2" square block 1" thick, 3/8-16 tapped hole through the middle',
     lambda: thru(Box(2 * IN, 2 * IN, IN), [(0, 0)], 5 / 16 * IN), "inch block with tapped hole",
     "50.8 x 50.8 x 25.4; 3/8-16 UNC tap drill 5/16 in = 7.9375; genus 1")

# ================================================================ ITEM 4: drawing shorthand
case("c676", 4, "PLATE 100 x 60 x 10 THK\n4x Ø6.6 THRU ON 80 x 40, CENTRED",
     lambda: thru(Box(100, 60, 10), rect_pts(80, 40), 6.6), "plate with 4 through holes",
     "4 x Ø6.6 on 80 x 40 rectangle; genus 4")
case("c677", 4, "BLOCK 50 SQ x 20, Ø6.6 THRU W/ C'BORE Ø11 x 6.5 DP, CENTRED",
     lambda: cbore(Box(50, 50, 20), [(0, 0)], 6.6, 11, 6.5, 10), "block with counterbored hole",
     "50 SQ -> 50 x 50; Ø6.6 through, Ø11 counterbore 6.5 deep; genus 1")
case("c678", 4, "DISC Ø80 x 8 THK, 3x Ø6.4 THRU, CSK Ø12 x 90°, EQ SP ON PCD 60",
     lambda: csk(cyl(80, 8), circle_pts(60, 3), 6.4, 12, 90, 4), "disc with 3 countersunk holes",
     "3 holes Ø6.4 on PCD 60, 90° countersink to Ø12 (cone depth 2.8); genus 3")
case("c679", 4, "PLATE 120x80x12, M6 x 1.0 TAP THRU, 2 ROWS OF 3, 30 PITCH EACH WAY, PATTERN CENTRED (rows along the 120)",
     lambda: thru(Box(120, 80, 12), grid_pts(3, 2, 30, 30), 5.0), "plate with 6 tapped holes",
     "M6 tap drill 5.0; 2 rows x 3 = 6 holes at 30 pitch; genus 6")
case("c680", 4, "FLANGE Ø140 x 16 THK, BORE Ø60, 8x Ø13.5 EQ SP ON PCD 110",
     lambda: thru(tube(140, 60, 16), circle_pts(110, 8), 13.5), "8-bolt flange",
     "Ø140 x 16, bore 60, 8 x Ø13.5 on PCD 110; genus 9")
case("c681", 4, "BASE PLATE 200 x 150 x 15, R10 ALL CORNERS, 4x Ø14 THRU 20 FROM EDGES",
     lambda: thru(rplate(200, 150, 15, 10), rect_pts(160, 110), 14), "base plate with rounded corners",
     "R10 on 4 vertical corners; hole centres 20 from edges -> 160 x 110; genus 4")
case("c682", 4, "block 60x40x25, 1 x 45° CHAMFER ALL EDGES",
     lambda: chamfer(Box(60, 40, 25).edges(), 1), "fully chamfered block", "1 mm chamfer on all 12 edges")
case("c683", 4, "Ø40 x 60 LG round bar, 2 x 45° CHAMFER BOTH ENDS",
     lambda: chamfer(cyl(40, 60).edges(), 2), "round bar chamfered both ends", "2 mm x 45° on both end circular edges")
case("c684", 4, "PLATE 80 SQ x 6 THK, Ø30 CENTRE HOLE, 4x M5 TAP THRU ON 60 SQ",
     lambda: thru(thru(Box(80, 80, 6), [(0, 0)], 30), rect_pts(60, 60), 4.2), "square plate, centre hole + tapped holes",
     "M5 tap drill 4.2 on 60 x 60 square; Ø30 centre; genus 5")
def spacer685():
    p = tube(25, 10.5, 12)
    p = chamfer(p.edges().filter_by(GeomType.CIRCLE).group_by(SortBy.RADIUS)[-1], 0.5)
    return p
case("c685", 4, "SPACER Ø25 x 12 LG, Ø10.5 THRU, 0.5 x 45° CHAMFER ON OD BOTH ENDS",
     spacer685, "chamfered spacer", "OD 25, bore 10.5, length 12; 0.5 chamfer on both outer circular edges; genus 1")
case("c686", 4, "bracket plate 150 x 50 x 8 thk, 3x Ø9 thru @ 50 crs on C/L, R5 all corners",
     lambda: thru(rplate(150, 50, 8, 5), [(-50, 0), (0, 0), (50, 0)], 9), "flat bracket plate",
     "3 x Ø9 at 50 centres on centre line (centred); R5 vertical corners; genus 3")
case("c687", 4, "COVER 90 x 90 x 5, 4x Ø5.5 THRU, CSK Ø10.4 x 90°, ON 75 SQ",
     lambda: csk(Box(90, 90, 5), rect_pts(75, 75), 5.5, 10.4, 90, 2.5), "cover plate with countersunk holes",
     "4 holes Ø5.5 on 75 square, 90° csk to Ø10.4 (depth 2.45); genus 4")
case("c688", 4, "WASHER Ø30 / Ø13 x 2.5 THK",
     lambda: tube(30, 13, 2.5), "washer in drawing shorthand", "OD 30, ID 13, 2.5 thick; genus 1")
case("c689", 4, "PLATE 250 x 100 x 10, 5x Ø8.4 THRU @ 50 PITCH ON C/L, 1ST HOLE 25 FROM END",
     lambda: thru(Box(250, 100, 10), [(-100 + 50 * i, 0) for i in range(5)], 8.4), "plate with pitched holes",
     "holes at 25..225 from the end on the centre line; genus 5")
case("c690", 4, "BLOCK 80 x 50 x 30, 2x Ø11 THRU, C'BORE Ø18 x 11 DP, 50 CRS ON C/L",
     lambda: cbore(Box(80, 50, 30), [(-25, 0), (25, 0)], 11, 18, 11, 15), "block with two counterbored holes",
     "2 x Ø11 through with Ø18 x 11 deep counterbores, 50 apart on the 80 side, centred; genus 2")
case("c691", 4, "RING Ø100 x Ø80 x 10 THK, 6x Ø5 THRU EQ SP ON PCD 90",
     lambda: thru(tube(100, 80, 10), circle_pts(90, 6), 5), "ring with axial holes",
     "OD 100, ID 80, 10 thick; 6 x Ø5 axial holes on PCD 90; genus 7")
case("c692", 4, "SQ TUBE 40 SQ x 3 WALL x 500 LG (sharp corners)",
     lambda: Box(40, 40, 500) - Box(34, 34, 502), "square tube", "outer 40 x 40, inner 34 x 34, 500 long; genus 1")
def plate693():
    p = rplate(100, 100, 6, 15) - Cylinder(25, 100)
    top_hole = p.edges().filter_by(GeomType.CIRCLE).filter_by(lambda e: abs(e.radius - 25) < 1e-6).sort_by(Axis.Z)[-1]
    return chamfer(top_hole, 1)
case("c693", 4, "PLATE 100 x 100 x 6 THK, R15 ALL CORNERS, Ø50 CENTRE HOLE, 1 x 45° CHAMFER ON HOLE, TOP SIDE ONLY",
     plate693, "plate with chamfered centre hole", "R15 vertical corners; Ø50 hole with 1 mm chamfer on one side; genus 1")
case("c694", 4, "DISC Ø60 x 10 THK, M8 x 1.25 TAP THRU CENTRE, 4x Ø6.6 THRU EQ SP ON PCD 45",
     lambda: thru(tube(60, 6.8, 10), circle_pts(45, 4), 6.6), "disc with tapped centre and bolt circle",
     "M8 tap drill 6.8 centre; 4 x Ø6.6 on PCD 45; genus 5")
def cube695():
    c = Box(40, 40, 40)
    c = c - Cylinder(10, 100)
    c = c - Rot(90, 0, 0) * Cylinder(10, 100)
    c = c - Rot(0, 90, 0) * Cylinder(10, 100)
    return c
case("c695", 4, "CUBE 40 SQ, Ø20 THRU ON ALL 3 AXES, CENTRED",
     cube695, "cube with three orthogonal cross holes",
     "40 mm cube, three Ø20 through holes crossing at the centre; genus from the solid (5)")
case("c696", 4, "MOUNTING PLATE 160 x 120 x 8\n4x Ø9 THRU, 12 FROM EDGES TYP\nØ40 THRU CENTRE",
     lambda: thru(thru(Box(160, 120, 8), [(0, 0)], 40), rect_pts(136, 96), 9), "mounting plate",
     "hole centres 12 from both edges -> 136 x 96; Ø40 centre; genus 5")
case("c697", 4, "PIN Ø10 x 45 LG, 0.5 x 45° CHAMFER BOTH ENDS",
     lambda: chamfer(cyl(10, 45).edges(), 0.5), "chamfered pin", "Ø10 x 45, 0.5 chamfer both ends")
def flange698():
    p = Pos(0, 0, 6) * Cylinder(45, 12) + Pos(0, 0, 12 + 4) * Cylinder(17.5, 8)
    p = p - Cylinder(10, 100)
    return thru(p, circle_pts(65, 4), 9)
case("c698", 4, "FLANGE Ø90 x 12 THK W/ SPIGOT Ø35 x 8 HIGH, Ø20 THRU BORE, 4x Ø9 THRU EQ SP PCD 65",
     flange698, "spigot flange", "Ø90 x 12 base + Ø35 x 8 spigot (overall 20), Ø20 bore, 4 x Ø9 on PCD 65; genus 5")
case("c699", 4, "PLATE 120 x 60 x 10 THK, SLOT 10 WIDE x 30 LG OVERALL, THRU, CENTRED, SLOT ALONG LENGTH",
     lambda: Box(120, 60, 10) - extrude(SlotOverall(30, 10), 10, both=True), "plate with centre slot",
     "obround slot 30 overall x 10 wide through; genus 1")
def angle700():
    return l_bracket(50, 40, 5, 6.6)
case("c700", 4, "angle bracket, legs 50 x 50, 5 THK, 40 wide; 2x Ø6.6 THRU, one each leg, centred on the flat",
     angle700, "L angle bracket with one hole per leg",
     "legs 50 outside, 5 thick, 40 wide; Ø6.6 at 27.5 from the outside corner on each leg; genus 2")

# ================================================================ run
def main():
    counts = {}
    lines = []
    for c in CASES:
        if c["oos"]:
            expect = {}
        else:
            part = c["build"]()
            m = measure(part)
            expect = {k: m[k] for k in c["keys"]}
        rec = {"id": c["id"], "item": c["item"], "prompt": c["prompt"], "expect": expect,
               "intent": c["intent"], "why": c["why"], "out_of_scope": c["oos"], "impossible": False}
        lines.append(json.dumps(rec, ensure_ascii=False))
        counts[c["item"]] = counts.get(c["item"], 0) + 1
        print(c["id"], expect, file=sys.stderr)
    ids = [c["id"] for c in CASES]
    assert ids == [f"c{i}" for i in range(601, 701)], "ids"
    assert all(v == 25 for v in counts.values()) and len(counts) == 4, counts
    with open(OUT, "w") as f:
        f.write("\n".join(lines) + "\n")
    print(counts)

if __name__ == "__main__":
    main()

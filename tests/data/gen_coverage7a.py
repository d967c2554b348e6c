# ruff: noqa
import os
"""Generator for held-out set coverage7a (c801..c900). Models each reference in build123d."""
import json, math, sys
from build123d import *

IN = 25.4
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "coverage7a_prompts.jsonl")

# ---------- helpers ----------
def plate(x, y, t):
    return Box(x, y, t, align=(Align.CENTER, Align.CENTER, Align.MIN))

def disc(d, t):
    return Cylinder(d / 2, t, align=(Align.CENTER, Align.CENTER, Align.MIN))

def tube(od, idd, L):
    return disc(od, L) - disc(idd, L + 2).moved(Location((0, 0, -1)))

def holes(part, d, pts, t, z0=0.0):
    for (x, y) in pts:
        part = part - Pos(x, y, z0 - 1) * Cylinder(d / 2, t + 2, align=(Align.CENTER, Align.CENTER, Align.MIN))
    return part

def blind(part, d, pts, top, depth):
    for (x, y) in pts:
        part = part - Pos(x, y, top - depth) * Cylinder(d / 2, depth + 1, align=(Align.CENTER, Align.CENTER, Align.MIN))
    return part

def cbore(part, d, D, depth, pts, t):
    part = holes(part, d, pts, t)
    return blind(part, D, pts, t, depth)

def csk(part, d, D, pts, t, angle=90):
    part = holes(part, d, pts, t)
    half = math.radians(angle / 2)
    h = (D - d) / 2 / math.tan(half)
    ext = 1.0
    for (x, y) in pts:
        cone = Cone(d / 2, D / 2 + ext * math.tan(half), h + ext,
                    align=(Align.CENTER, Align.CENTER, Align.MIN))
        part = part - Pos(x, y, t - h) * cone
    return part

def pcd(n, dia, start=0.0):
    return [(dia / 2 * math.cos(math.radians(start + 360 * i / n)),
             dia / 2 * math.sin(math.radians(start + 360 * i / n))) for i in range(n)]

def grid(nx, px, ny, py):
    return [((i - (nx - 1) / 2) * px, (j - (ny - 1) / 2) * py) for i in range(nx) for j in range(ny)]

def round_vert(part, r):
    return fillet(part.edges().filter_by(Axis.Z), radius=r)

def hexprism(af, h):
    return extrude(RegularPolygon(af / 2, 6, major_radius=False), h)

def genus_of(shape):
    sols = shape.solids()
    assert len(sols) == 1, f"{len(sols)} solids"
    s = sols[0]
    V = len(s.vertices()); E = len(s.edges()); F = len(s.faces())
    L = sum(len(f.wires()) for f in s.faces())
    chi = V - E + 2 * F - L
    assert chi % 2 == 0
    return 1 - chi // 2

ENTRIES = []
def E(id, item, prompt, build, intent, why, g=None, imp=False, omit=()):
    ENTRIES.append(dict(id=id, item=item, prompt=prompt, build=build, intent=intent, why=why,
                        g=g, imp=imp, omit=omit))

# ======================= ITEM 1: numbers & units =======================
E("c801", 1, 'plate 4" x 2-1/2" x 1/4" with a 3/8 in hole dead center',
  lambda: holes(plate(4*IN, 2.5*IN, 0.25*IN), 0.375*IN, [(0, 0)], 0.25*IN),
  "rectangular plate with one centred through hole",
  '4"=101.6, 2-1/2"=63.5, 1/4"=6.35 thick; 3/8" hole = 9.525 through at centre', g=1)
E("c802", 1, 'need a washer 1-1/4" OD, 5/16" hole, 1/16 thick',
  lambda: tube(1.25*IN, 5/16*IN, IN/16),
  "flat washer", 'OD 31.75, ID 7.9375, thickness 1/16" = 1.5875 (inches carried over from the rest)', g=1)
E("c803", 1, "hi! could you make me a disc about 12 cm across and 8mm thick? just a plain one, thanks",
  lambda: disc(120, 8), "plain disc", "12 cm = 120 mm diameter, 8 mm thick", g=0)
E("c804", 1, "spacer 3,5 cm long, outside Ø 1,2 cm, bore Ø 6,5 mm",
  lambda: tube(12, 6.5, 35), "round spacer", "decimal commas: length 35, OD 12, ID 6.5", g=1)
E("c805", 1, "flat bar 25x10, cut to 400 mm, dia 8.5 hole at each end 20mm in from the ends, centred on the width",
  lambda: holes(plate(400, 25, 10), 8.5, [(-180, 0), (180, 0)], 10),
  "flat bar with two end holes", "400x25x10 bar, two 8.5 through holes at 20 from each end (x=+-180), on the centreline", g=2)
E("c806", 1, "block 5 thick, 60 by 40, two 6 holes 40 apart in the middle",
  lambda: holes(plate(60, 40, 5), 6, [(-20, 0), (20, 0)], 5),
  "small plate with two holes", "mm omitted; 60x40x5, two 6 mm through holes 40 apart along the 60 direction, centred", g=2)
E("c807", 1, "100 by 50 plate, 6 thick, a pair of 10 mm radius holes on the long centreline 25 mm in from each short end",
  lambda: holes(plate(100, 50, 6), 20, [(-25, 0), (25, 0)], 6),
  "plate with two large holes", "radius 10 -> diameter 20; centres 25 from each 100-mm end, i.e. x=+-25", g=2)
E("c808", 1, "round rod 0.75 m long ⌀20",
  lambda: disc(20, 750), "plain rod", "0.75 m = 750 mm length, diameter 20", g=0)
E("c809", 1, "80 x 80 plate 3mm thick with four Ø5 holes near the corners, each 8 mm from both edges",
  lambda: holes(plate(80, 80, 3), 5, grid(2, 64, 2, 64), 3),
  "square plate with corner holes", "four 5 mm through holes at 8 from edges -> centres +-32", g=4)
E("c810", 1, 'round tube 1.5 in OD, .065" wall, 6 in long',
  lambda: tube(1.5*IN, 1.5*IN - 2*0.065*IN, 6*IN),
  "round tube", 'OD 38.1, wall 1.651 -> ID 34.798, length 152.4', g=1)
E("c811", 1, "8 mm thick strip 150 long 30 wide, a dozen 4mm holes evenly spaced along the middle, first and last ones 10 mm from the ends",
  lambda: holes(plate(150, 30, 8), 4, [(-65 + i * 130 / 11, 0) for i in range(12)], 8),
  "strip with a row of 12 holes", "a dozen = 12 holes, centres from x=-65 to +65, pitch 130/11", g=12)
E("c812", 1, 'R25 disk, 3/16" thick, 1/2" hole in the centre',
  lambda: holes(disc(50, 3/16*IN), 0.5*IN, [(0, 0)], 3/16*IN),
  "disc with centre hole", "R25 -> dia 50 mm; thickness 4.7625; centre hole 12.7", g=1)
E("c813", 1, "shim 2 by 3 inches, 0.010 in thick",
  lambda: plate(2*IN, 3*IN, 0.010*IN), "thin shim", "50.8 x 76.2 x 0.254 mm", g=0)
E("c814", 1, "plate 50 x 30 x 5 with a Ø40 hole in the middle pls",
  None, "plate with a centre hole", "hole dia 40 is wider than the 30 mm plate: it would cut the plate in two", imp=True)
E("c815", 1, "cylinder, height one and a half inches, diameter three quarters of an inch",
  lambda: disc(0.75*IN, 1.5*IN), "plain cylinder", "numbers in words: d 19.05, h 38.1", g=0)
E("c816", 1, "ring, inner radius 15, outer radius 22, 4 thick",
  lambda: tube(44, 30, 4), "flat ring", "radii given: OD 44, ID 30, thickness 4 (mm omitted)", g=1)
E("c817", 1, "block 2.5cm x 4cm x 10cm with a 1cm dia hole right through the long way, centred",
  lambda: holes(plate(25, 40, 100), 10, [(0, 0)], 100),
  "block with a lengthwise bore", "25x40x100, 10 mm hole along the 100 axis through the centre of the 25x40 face", g=1)
E("c818", 1, '12 x 200 x 90 plate, 3/8" hole in each corner 15 mm in from both edges',
  lambda: holes(plate(200, 90, 12), 0.375*IN, grid(2, 170, 2, 60), 12),
  "plate with corner holes, mixed units", "thickness given first: 12 thick, 200x90; 4 holes of 9.525 at 15 from edges", g=4)
E("c819", 1, 'bushing 5/8" OD 3/8" ID 3/4" long',
  lambda: tube(5/8*IN, 3/8*IN, 0.75*IN), "plain bushing", "OD 15.875, ID 9.525, length 19.05", g=1)
E("c820", 1, "flange disc 0.1 m dia, 10 mm thick, 6 holes Ø 8 on an 80 circle plus a 30 mm centre bore",
  lambda: holes(holes(disc(100, 10), 8, pcd(6, 80), 10), 30, [(0, 0)], 10),
  "flange disc", "0.1 m = 100 dia, 6x8 on PCD 80, centre bore 30, all through", g=7)
E("c821", 1, 'hex standoff 1/4" across flats, 1" long, 0.125" hole all the way through',
  lambda: holes(hexprism(0.25*IN, IN), 0.125*IN, [(0, 0)], IN),
  "hex standoff", "hex AF 6.35, length 25.4, axial hole 3.175", g=1)
E("c822", 1, "pad 3 x 1.5 x .5 in",
  lambda: plate(3*IN, 1.5*IN, 0.5*IN), "rectangular pad", "76.2 x 38.1 x 12.7", g=0)
E("c823", 1, "steel flat 1m long 40x5",
  lambda: plate(1000, 40, 5), "flat bar", "1 m = 1000 length, section 40 x 5", g=0)
E("c824", 1, "washer 10mm OD with a 12 mm hole, 1 thick",
  None, "washer", "hole (12) larger than the OD (10): no material left", imp=True)
E("c825", 1, 'disc ⌀ 2 3/8", 1/8" thick, three 1/4" holes equally spaced on a 1-3/4" circle',
  lambda: holes(disc(2.375*IN, 0.125*IN), 0.25*IN, pcd(3, 1.75*IN), 0.125*IN),
  "disc with three holes", "d 60.325, t 3.175, 3 x 6.35 holes on 44.45 PCD", g=3)

# ======================= ITEM 2: roles in context =======================
E("c826", 2, "tube, ID 20, wall 2.5, 60 long",
  lambda: tube(25, 20, 60), "round tube", "ID 20 + 2x2.5 wall -> OD 25, length 60", g=1)
E("c827", 2, "pipe OD 48.3 wall 3.2 lenght 300",
  lambda: tube(48.3, 48.3 - 6.4, 300), "pipe", "OD 48.3, wall 3.2 -> ID 41.9", g=1)
E("c828", 2, "open-top box, 80 x 60 outside and 40 tall, walls 3 mm, bottom 5 mm",
  lambda: plate(80, 60, 40) - Pos(0, 0, 5) * plate(74, 54, 40),
  "open box", "outer 80x60x40; cavity 74x54 from z=5 to the top (35 deep)", g=0)
E("c829", 2, "little cup, 50 across on the outside, 30 deep inside, 3 mm sides and a 4 mm floor",
  lambda: disc(50, 34) - Pos(0, 0, 4) * disc(44, 40),
  "round cup", "inner depth 30 + floor 4 -> height 34; inner dia 50-6 = 44", g=0)
E("c830", 2, "square plate 70 x 70 x 8, a hole of 20 in the centre",
  lambda: holes(plate(70, 70, 8), 20, [(0, 0)], 8),
  "plate with centre hole", "one 20 mm through hole at the centre", g=1)
E("c831", 2, "O-ring 30 ID x 3 cross-section",
  lambda: Torus(16.5, 1.5), "O-ring torus", "ID 30, section 3 -> major radius 16.5, minor 1.5; OD 36", g=1)
E("c832", 2, "Hello, I need a torus for a test rig: 100mm outer diameter, 10 mm cross section. Regards",
  lambda: Torus(45, 5), "torus", "OD 100, section dia 10 -> R=45, r=5", g=1)
E("c833", 2, "10 mm holes at 50 mm pitch along a 250 mm bar (30 x 10 section), first hole 25 from the end",
  lambda: holes(plate(250, 30, 10), 10, [(-125 + 25 + 50 * i, 0) for i in range(5)], 10),
  "bar with a row of holes", "holes at 25,75,125,175,225 from the end -> 5 holes, through the 10 thickness, on the centreline", g=5)
E("c834", 2, "flat bar 500 long 40 wide 6 thk, 6.5 holes every 60 mm starting 10 mm from one end, down the middle",
  lambda: holes(plate(500, 40, 6), 6.5, [(-250 + 10 + 60 * i, 0) for i in range(9)], 6),
  "bar with pitched holes", "10,70,...,490 -> 9 holes (next at 550 is off the bar)", g=9)
E("c835", 2, "plate 120 x 90 x 5 with a 3 x 4 grid of 6 mm holes (3 rows, 4 columns), 25 mm pitch both ways, grid centred on the plate",
  lambda: holes(plate(120, 90, 5), 6, grid(4, 25, 3, 25), 5),
  "plate with hole grid", "4 columns along the 120, 3 rows along the 90, 25 pitch, centred -> 12 holes", g=12)
E("c836", 2, "flange, OD 140, 12 thick, bore 50, 8x Ø11 holes on a 110 bolt circle",
  lambda: holes(holes(disc(140, 12), 11, pcd(8, 110), 12), 50, [(0, 0)], 12),
  "bolted flange", "disc 140x12, centre bore 50, 8 holes of 11 on PCD 110", g=9)
E("c837", 2, "bushing, OD 22, wall 4 mm, 25 long",
  lambda: tube(22, 14, 25), "bushing", "OD 22 - 2x4 -> ID 14", g=1)
E("c838", 2, "square tube 40 x 40 outside, 2mm wall, 500 long, sharp corners",
  lambda: plate(40, 40, 500) - Pos(0, 0, -1) * plate(36, 36, 502),
  "square hollow section", "outer 40x40, inner 36x36, length 500", g=1)
E("c839", 2, "ring w/ 3 mm wall, inside dia 60, 10 hight",
  lambda: tube(66, 60, 10), "ring", "ID 60 + 2x3 -> OD 66, height 10", g=1)
E("c840", 2, "tray 200 x 150, 25 high overall, 2mm walls and a 3mm base, open top",
  lambda: plate(200, 150, 25) - Pos(0, 0, 3) * plate(196, 146, 30),
  "open tray", "cavity 196x146, 22 deep", g=0)
E("c841", 2, "tube OD 20 with a 12 mm wall, 50 long",
  None, "tube", "two 12 mm walls (24) exceed the 20 OD: no bore possible", imp=True)
E("c842", 2, "disc Ø 90 x 6, five Ø7 holes on a 70 PCD, no centre hole",
  lambda: holes(disc(90, 6), 7, pcd(5, 70), 6), "disc with bolt circle", "5 x 7 through on PCD 70", g=5)
E("c843", 2, "rect plate 300 x 100 x 10. Two rows of 8 mm holes, 40 mm pitch, rows 60 apart (centred on the 100 width), first hole 30 from the left edge, keep going as long as there's at least 20 mm of metal left past the last hole centre",
  lambda: holes(plate(300, 100, 10), 8, [(-150 + 30 + 40 * i, s) for i in range(7) for s in (-30, 30)], 10),
  "plate with two pitched rows", "holes at 30..270 from left (7 per row; 310 would be past the end), rows at y=+-30 -> 14 holes", g=14)
E("c844", 2, "sleve, bore 12.7, 2mm wall, 40 length",
  lambda: tube(16.7, 12.7, 40), "sleeve", "ID 12.7 + 4 -> OD 16.7", g=1)
E("c845", 2, "tube 1 m long, OD 60.3 ID 52.5",
  lambda: tube(60.3, 52.5, 1000), "tube", "OD and ID given, length 1000", g=1)
E("c846", 2, "end cap, basically a cup: ID 32, wall 2, bottom 3, 15 deep inside",
  lambda: disc(36, 18) - Pos(0, 0, 3) * disc(32, 20),
  "cap", "OD 32+4=36, height 3+15=18", g=0)
E("c847", 2, "torus with an 8 mm cross-section and 40 inner diameter",
  lambda: Torus(24, 4), "torus", "ID 40, section 8 -> R 24, r 4, OD 56", g=1)
E("c848", 2, "spacer ring OD 80 with a 15 wall",
  lambda: tube(80, 50, 5), "spacer ring", "OD 80, wall 15 -> ID 50; thickness not given, so only genus is expected",
  g=1, omit=("extents", "volume"))
E("c849", 2, "50 mm cube with a 30 mm square hole straight through it",
  lambda: plate(50, 50, 50) - Pos(0, 0, -1) * plate(30, 30, 52),
  "cube with square hole", "centred 30x30 through hole", g=1)
E("c850", 2, "plate 200x200x10, Ø9 holes at 45 pitch both ways, 4 rows by 4 columns, pattern centred",
  lambda: holes(plate(200, 200, 10), 9, grid(4, 45, 4, 45), 10),
  "plate with 4x4 grid", "16 holes, centres at +-22.5, +-67.5", g=16)

# ======================= ITEM 3: standards & names =======================
E("c851", 3, "housing for a 608 bearing - a 40 mm round puck 10 thick, pocket the bearing presses into from the top (full bearing depth), and a 12 mm through hole under it",
  lambda: blind(holes(disc(40, 10), 12, [(0, 0)], 10), 22, [(0, 0)], 10, 7),
  "bearing puck", "608 = 8x22x7: pocket dia 22, 7 deep from top; 12 through hole", g=1)
E("c852", 3, "spacer ring with the same OD and ID as a 6203 bearing, 5 mm thick",
  lambda: tube(40, 17, 5), "spacer ring", "6203 = 17 bore x 40 OD x 12; ring 40/17 x 5", g=1)
E("c853", 3, "dummy 6001 bearing, just a plain ring with the same envelope",
  lambda: tube(28, 12, 8), "bearing envelope ring", "6001 = 12 x 28 x 8", g=1)
E("c854", 3, "NEMA 17 motor mount plate 60 x 60, 5 thick, pilot hole + the four mounting holes (M3 clearance), all centred",
  lambda: holes(holes(plate(60, 60, 5), 22, [(0, 0)], 5), 3.4, grid(2, 31, 2, 31), 5),
  "stepper mount plate", "NEMA 17: pilot 22, 4 x 3.4 (M3 normal) on 31 square", g=5)
E("c855", 3, "nema23 mount, 70x70x6 plate, pilot + 4 holes, centred",
  lambda: holes(holes(plate(70, 70, 6), 38.1, [(0, 0)], 6), 5, grid(2, 47.14, 2, 47.14), 6),
  "NEMA 23 mount plate", "NEMA 23: pilot 38.1, 4 x 5 mm holes on 47.14 square", g=5)
E("c856", 3, "end cap for 2020 extrusion, 4 thick, M5 clearance hole in the centre (normal fit)",
  lambda: holes(plate(20, 20, 4), 5.5, [(0, 0)], 4),
  "extrusion end cap", "2020 -> 20x20 footprint; M5 normal clearance 5.5 (ISO 273)", g=1)
E("c857", 3, "joiner plate for two 3030 profiles end to end: same width as the profile, 120 long, 6 thick, four M6 close-fit clearance holes on the centreline at 15 and 45 from each end",
  lambda: holes(plate(120, 30, 6), 6.4, [(-45, 0), (-15, 0), (15, 0), (45, 0)], 6),
  "extrusion joiner plate", "3030 -> 30 wide; M6 close fit 6.4 (ISO 273)", g=4)
E("c858", 3, "M8 nut blank per ISO 4032, just the hex prism with a tap drill hole through",
  lambda: holes(hexprism(13, 6.8), 6.8, [(0, 0)], 6.8),
  "hex nut blank", "ISO 4032 M8: s=13, m=6.8; M8 tap drill 6.8; no chamfers", g=1)
E("c859", 3, "ISO 7089 washer for M10",
  lambda: tube(20, 10.5, 2), "plain washer", "ISO 7089 M10: d1 10.5, d2 20, h 2", g=1)
E("c860", 3, "DIN 9021 M6 washer please",
  lambda: tube(18, 6.4, 1.6), "large washer", "DIN 9021 M6: 6.4 x 18 x 1.6", g=1)
E("c861", 3, "din125 washer M8",
  lambda: tube(16, 8.4, 1.6), "washer", "DIN 125-A M8: 8.4 x 16 x 1.6", g=1)
E("c862", 3, '1" sch 40 pipe, 250 long',
  lambda: tube(33.4, 33.4 - 2*3.38, 250), "pipe section", "NPS 1 sch 40: OD 33.4, wall 3.38", g=1)
E("c863", 3, "2 inch schedule 40 pipe nipple blank 150 mm long, no threads",
  lambda: tube(60.3, 60.3 - 2*3.91, 150), "pipe nipple blank", "NPS 2 sch 40: OD 60.3, wall 3.91", g=1)
E("c864", 3, "a 350 ml mug",
  None, "a coffee mug", "no sizes given (and handle unspecified); no expectation")
E("c865", 3, "stand for my iPhone 13 - basically a block 80 wide, 60 deep, 40 tall with a slot 12 wide and 15 deep running across the full width, the slot starting 20 mm back from the front face",
  lambda: plate(80, 60, 40) - Pos(0, -30 + 20 + 6, 40 - 15) * Box(82, 12, 20, align=(Align.CENTER, Align.CENTER, Align.MIN)),
  "phone stand block", "phone name is not a size; block 80x60x40 minus slot 80x12x15 from the top", g=0)
E("c866", 3, "plate 50 x 25 x 8 with two M5 tapped holes through, 30 apart, centred (just model the tap drill)",
  lambda: holes(plate(50, 25, 8), 4.2, [(-15, 0), (15, 0)], 8),
  "plate with tapped holes", "M5 tap drill 4.2", g=2)
E("c867", 3, "40x40x3 plate, 4 clearance holes for M4 loose fit on a 32 mm square",
  lambda: holes(plate(40, 40, 3), 4.8, grid(2, 32, 2, 32), 3),
  "plate with clearance holes", "M4 coarse/loose clearance 4.8 (ISO 273), square centred", g=4)
E("c868", 3, "bearing block for a 625: 30x30x12 block, bore the bearing OD straight through the 12 direction",
  lambda: holes(plate(30, 30, 12), 16, [(0, 0)], 12),
  "bearing block", "625 = 5x16x5 -> bore 16 through", g=1)
E("c869", 3, "shaft to suit the bore of a 6205, 120 long, no steps or anything",
  lambda: disc(25, 120), "shaft", "6205 bore 25 -> dia 25 x 120", g=0)
E("c870", 3, "ISO 7089 M12 washer but with the outside diameter cut down to 12mm",
  None, "washer", "M12 washer hole is 13 mm > 12 mm OD: impossible", imp=True)
E("c871", 3, '1 x 1 x 0.5 inch block, 1/4-20 tapped hole in the middle, through the 1/2" thickness (tap drill only)',
  lambda: holes(plate(IN, IN, 0.5*IN), 0.201*IN, [(0, 0)], 0.5*IN),
  "block with tapped hole", '1/4-20 UNC tap drill #7 = 0.201" = 5.105 mm', g=1)
E("c872", 3, '3/4" schedule 80 pipe, 100 mm piece',
  lambda: tube(26.7, 26.7 - 2*3.91, 100), "pipe piece", "NPS 3/4 sch 80: OD 26.7, wall 3.91", g=1)
E("c873", 3, "end plate for a 4040 extrusion, same footprint, 8 thick, M8 clearance hole (normal, ISO 273) in the centre",
  lambda: holes(plate(40, 40, 8), 9, [(0, 0)], 8),
  "extrusion end plate", "4040 -> 40x40; M8 medium clearance 9.0", g=1)
E("c874", 3, "M6 hex nut, ISO 4032 dimensions, hole at the 6 mm nominal size, no chamfers",
  lambda: holes(hexprism(10, 5.2), 6, [(0, 0)], 5.2),
  "nut model", "ISO 4032 M6: s=10, m=5.2; hole 6", g=1)
E("c875", 3, "coaster for a 350ml mug: 100 mm disc, 5 thick, with an 85 mm recess 2 deep in the top",
  lambda: blind(disc(100, 5), 85, [(0, 0)], 5, 2),
  "coaster", "mug volume is not a size; disc 100x5 minus 85x2 recess", g=0)

# ======================= ITEM 4: drawing shorthand =======================
E("c876", 4, "PLATE 100 X 60 X 10 THK. 4X Ø6.6 THRU, 10 FROM EDGES.",
  lambda: holes(plate(100, 60, 10), 6.6, grid(2, 80, 2, 40), 10),
  "plate with 4 holes", "holes at 10 from each edge: +-40, +-20", g=4)
E("c877", 4, "BLOCK 80 x 40 x 20. 2X Ø6.6 THRU, C'BORE Ø11 x 6.5 DP FROM TOP, 50 CTRS ON C/L",
  lambda: cbore(plate(80, 40, 20), 6.6, 11, 6.5, [(-25, 0), (25, 0)], 20),
  "block with counterbored holes", "2 holes at x=+-25 on the centreline, cbore 11 x 6.5 from top face", g=2)
E("c878", 4, "Plate 60x60x8, 4x Ø5.5 thru CSK Ø10.4 x 90°, on 45 sq, centred",
  lambda: csk(plate(60, 60, 8), 5.5, 10.4, grid(2, 45, 2, 45), 8),
  "plate with countersunk holes", "csk from top, 90 deg, 10.4 at the surface", g=4)
E("c879", 4, "FLANGE Ø120 X 15 THK, BORE Ø40 THRU, 6X Ø9 THRU EQ SP ON PCD 95",
  lambda: holes(holes(disc(120, 15), 9, pcd(6, 95), 15), 40, [(0, 0)], 15),
  "flange", "6 holes equally spaced on 95 PCD plus 40 bore", g=7)
E("c880", 4, "BAR 200 x 30 x 12, 2 ROWS OF 3, Ø8 THRU, 60 PITCH, ROWS 15 APART, PATTERN CENTRED",
  lambda: holes(plate(200, 30, 12), 8, grid(3, 60, 2, 15), 12),
  "bar with 2x3 holes", "x=-60,0,60; y=+-7.5", g=6)
E("c881", 4, "50 x 50 x 10 plate, M6 x 1.0 TAP THRU 4 PLACES ON 35 SQ",
  lambda: holes(plate(50, 50, 10), 5.0, grid(2, 35, 2, 35), 10),
  "plate with tapped holes", "M6x1.0 tap drill 5.0", g=4)
E("c882", 4, "PLATE 100 X 50 X 6, R5 ALL CORNERS, 2X Ø6 THRU 80 CTRS",
  lambda: holes(round_vert(plate(100, 50, 6), 5), 6, [(-40, 0), (40, 0)], 6),
  "rounded plate", "R5 on the 4 vertical corners; holes x=+-40 on the centreline", g=2)
E("c883", 4, "DISC Ø50 X 20, 1 X 45° CHAMFER BOTH ENDS",
  lambda: chamfer(disc(50, 20).edges().filter_by(GeomType.CIRCLE), length=1),
  "chamfered disc", "both circular edges chamfered 1 mm", g=0)
E("c884", 4, "SPACER Ø16 X Ø8.5 X 12 LG",
  lambda: tube(16, 8.5, 12), "spacer", "OD 16, ID 8.5, length 12", g=1)
E("c885", 4, "block 60x40x20 / 4X M5 TAP x 10 DP from top, on 40 x 20, centred",
  lambda: blind(plate(60, 40, 20), 4.2, grid(2, 40, 2, 20), 20, 10),
  "block with blind tapped holes", "tap drill 4.2, 10 deep blind, flat bottom assumed (drill point ~0.05 % of volume)", g=0)
E("c886", 4, "SHAFT Ø30 h6 X 80 LG, 0.5 X 45° CHAMFER BOTH ENDS",
  lambda: chamfer(disc(30, 80).edges().filter_by(GeomType.CIRCLE), length=0.5),
  "shaft", "tolerance h6 ignored for geometry; 0.5 chamfers", g=0)
E("c887", 4, "Ø100 DISC, 8 THK, 6X Ø6.6 THRU ON 80 B.C., Ø25 THRU CENTRE",
  lambda: holes(holes(disc(100, 8), 6.6, pcd(6, 80), 8), 25, [(0, 0)], 8),
  "disc with bolt circle", "B.C. = bolt circle 80", g=7)
E("c888", 4, "mounting plate, 90x90x5 thk, R8 typ corners, 4x Ø4.5 thru @ 75 sq, Ø30 center hole",
  lambda: holes(holes(round_vert(plate(90, 90, 5), 8), 4.5, grid(2, 75, 2, 75), 5), 30, [(0, 0)], 5),
  "mounting plate", "R8 on all 4 corners (TYP), holes at +-37.5", g=5)
E("c889", 4, "PLATE 40 X 40 X 5, 4X Ø10 THRU ON 42 SQ",
  None, "plate with holes", "hole centres at +-21 lie outside the +-20 plate", imp=True)
E("c890", 4, "WASHER PLATE Ø40 X 8 THK, Ø9 THRU C'BORE Ø15 X 5 DP, CTR",
  lambda: cbore(disc(40, 8), 9, 15, 5, [(0, 0)], 8),
  "counterbored disc", "cbore from the top face", g=1)
E("c891", 4, "BLOCK 50 X 50 X 25, Ø20 THRU (25 DIRECTION), 1 X 45° CHAMFER BOTH ENDS OF BORE",
  lambda: (lambda p: chamfer(p.edges().filter_by(GeomType.CIRCLE), length=1))(holes(plate(50, 50, 25), 20, [(0, 0)], 25)),
  "block with chamfered bore", "bore edges chamfered 1 mm top and bottom", g=1)
E("c892", 4, "BUSHING OD Ø25, ID Ø16 THRU, 30 LG, 0.5X45° CHAMFER ON OD BOTH ENDS",
  lambda: (lambda p: chamfer(p.edges().filter_by(GeomType.CIRCLE).filter_by(lambda e: e.radius > 10), length=0.5))(tube(25, 16, 30)),
  "bushing", "only the two outer circular edges chamfered", g=1)
E("c893", 4, "bar 100 x 25 x 8 — 2X Ø6.6 THRU, CSK Ø12 X 90° (M6 FHCS), 60 APART ON CL",
  lambda: csk(plate(100, 25, 8), 6.6, 12, [(-30, 0), (30, 0)], 8),
  "bar with countersunk holes", "csk from top face", g=2)
E("c894", 4, "PLATE 160 X 80 X 4. 2 ROWS OF 4, Ø6 THRU, EQ SP ON 120 X 40, CENTRED",
  lambda: holes(plate(160, 80, 4), 6, grid(4, 40, 2, 40), 4),
  "plate with 2x4 holes", "4 holes EQ SP over 120 -> 40 pitch; rows 40 apart", g=8)
E("c895", 4, "TUBE Ø50 X 3 WALL X 200 LG",
  lambda: tube(50, 44, 200), "tube", "OD 50, wall 3 -> ID 44", g=1)
E("c896", 4, "STANDOFF Ø10 X 25 LG, M4 TAP THRU",
  lambda: holes(disc(10, 25), 3.3, [(0, 0)], 25), "standoff", "M4 tap drill 3.3 axial through", g=1)
E("c897", 4, "Plate 120x80x10, 4x M8x1.25 TAP THRU @ 100x60, 1x45 CHAMFER ALL TOP EDGES",
  lambda: holes(chamfer(plate(120, 80, 10).edges().group_by(Axis.Z)[-1], length=1), 6.8, grid(2, 100, 2, 60), 10),
  "chamfered plate with tapped holes", "tap drill 6.8; 1 mm chamfer on the 4 top outer edges (hole edges not chamfered)", g=4)
E("c898", 4, "ANGLE BRACKET, 50 X 50 LEGS (OUTSIDE), 5 THK, 40 WIDE. 2X Ø5.5 THRU EACH LEG, 30 FROM OUTSIDE OF HEEL, 10 FROM SIDES",
  lambda: (lambda L: L
           - Pos(30, 10, -1) * Cylinder(2.75, 7, align=(Align.CENTER, Align.CENTER, Align.MIN))
           - Pos(30, 30, -1) * Cylinder(2.75, 7, align=(Align.CENTER, Align.CENTER, Align.MIN))
           - Pos(-1, 10, 30) * Rot(0, 90, 0) * Cylinder(2.75, 7, align=(Align.CENTER, Align.CENTER, Align.MIN))
           - Pos(-1, 30, 30) * Rot(0, 90, 0) * Cylinder(2.75, 7, align=(Align.CENTER, Align.CENTER, Align.MIN)))(
      Box(50, 40, 5, align=(Align.MIN, Align.MIN, Align.MIN)) + Box(5, 40, 50, align=(Align.MIN, Align.MIN, Align.MIN))),
  "L bracket", "two 50x40x5 legs sharing the heel, 2 holes per leg at 30 from the outer heel face, 10 from the sides", g=4)
E("c899", 4, "PLATE 80 X 80 X 10 THK, 4X Ø6.6 THRU C'BORE Ø11 X 12 DP",
  None, "counterbored plate", "counterbore depth 12 exceeds the 10 plate thickness (and hole positions missing)", imp=True)
E("c900", 4, "PULLEY BLANK Ø60 X 20 WIDE, Ø8 BORE THRU, 10 WIDE X 5 DP GROOVE ON OD, CENTRED",
  lambda: holes(disc(60, 20) - Pos(0, 0, 5) * (disc(62, 10) - disc(50, 10)), 8, [(0, 0)], 20),
  "pulley blank", "rectangular groove 10 wide, 5 deep (root dia 50), mid-width; bore 8", g=1)

# ---------- build & write ----------
def fmt_vol(v):
    return round(v, 1) if v >= 1000 else float(f"{v:.5g}")

out = []
bad = 0
for e in ENTRIES:
    rec = {"id": e["id"], "item": e["item"], "prompt": e["prompt"]}
    expect = {}
    if e["build"] is not None:
        part = e["build"]()
        assert part.volume > 0
        g = genus_of(part)
        if e["g"] is not None and g != e["g"]:
            print("GENUS MISMATCH", e["id"], g, e["g"]); bad += 1
        sz = part.bounding_box().size
        expect = {"extents": sorted(round(v, 2) for v in (sz.X, sz.Y, sz.Z)),
                  "volume": fmt_vol(part.volume), "genus": g}
        for k in e["omit"]:
            expect.pop(k, None)
    rec.update({"expect": expect, "intent": e["intent"], "why": e["why"],
                "out_of_scope": False, "impossible": e["imp"]})
    out.append(rec)
    print(e["id"], expect)

ids = [r["id"] for r in out]
assert ids == [f"c{i}" for i in range(801, 901)], "ids"
with open(OUT, "w") as f:
    for r in out:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
print("written", len(out), "bad", bad)

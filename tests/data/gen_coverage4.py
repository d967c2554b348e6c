# ruff: noqa
# Reference generator of the held-out set coverage4 (session 4), written by a helper who saw no code or sets;
# kept as written. Run with build123d installed: python tests/data/gen_coverage4.py (it writes the set next to itself, under the name the writer gave it).
#!/usr/bin/env python3
"""Generator for held-out coverage set 4 (c401..c575).

Builds every reference solid in build123d, computes extents / volume / genus,
and writes coverage4.jsonl next to this script.
Conventions: extents = sorted bbox sizes (mm, 3 dp); volume mm^3 (1 dp);
genus = number of through-holes (checked against an Euler-characteristic count).
"""
import json, math, os, sys
from build123d import *
from OCP.BRep import BRep_Tool

IN = 25.4
HERE = os.path.dirname(os.path.abspath(__file__))

# ---------------------------------------------------------------- helpers
def bx(x, y, z, px=0, py=0, pz=0):
    return Pos(px, py, pz) * Box(x, y, z, align=(Align.CENTER, Align.CENTER, Align.MIN))

def cy(d, h, x=0, y=0, z=0):
    return Pos(x, y, z) * Cylinder(d / 2, h, align=(Align.CENTER, Align.CENTER, Align.MIN))

def thru(p, pts, d):
    for x, y in pts:
        p = p - cy(d, 2000, x, y, -1000)
    return p

def blind(p, pts, d, depth, top):
    """flat-bottomed blind hole from the face at z=top going down"""
    for x, y in pts:
        p = p - cy(d, depth + 50, x, y, top - depth)
    return p

def blind_up(p, pts, d, depth, bottom=0):
    """flat-bottomed blind hole from the face at z=bottom going up"""
    for x, y in pts:
        p = p - cy(d, depth + 50, x, y, bottom - 50)
    return p

def cbore(p, pts, d, cbd, cbdepth, top):
    p = thru(p, pts, d)
    for x, y in pts:
        p = p - cy(cbd, cbdepth + 50, x, y, top - cbdepth)
    return p

def csk(p, pts, d, cskd, top, angle=90):
    p = thru(p, pts, d)
    t = math.tan(math.radians(angle / 2))
    h = (cskd - d) / 2 / t
    ext = 20
    for x, y in pts:
        c = Pos(x, y, top - h) * Cone(d / 2, d / 2 + (h + ext) * t, h + ext,
                                      align=(Align.CENTER, Align.CENTER, Align.MIN))
        p = p - c
    return p

def corners(L, W, i):
    return [(sx * (L / 2 - i), sy * (W / 2 - i)) for sx in (-1, 1) for sy in (-1, 1)]

def pcd(n, D, start=0.0):
    return [(D / 2 * math.cos(math.radians(start + 360 * k / n)),
             D / 2 * math.sin(math.radians(start + 360 * k / n))) for k in range(n)]

def grid(nx, ny, px, py):
    return [((i - (nx - 1) / 2) * px, (j - (ny - 1) / 2) * py) for i in range(nx) for j in range(ny)]

def row(n, pitch):
    return [((i - (n - 1) / 2) * pitch, 0) for i in range(n)]

def plate(L, W, T, r=0):
    p = bx(L, W, T)
    if r:
        p = p.fillet(r, p.edges().filter_by(Axis.Z))
    return p

def tube(od, idd, L):
    return cy(od, L) - cy(idd, L + 2, z=-1)

def hexprism(af, h):
    return extrude(RegularPolygon(af / math.sqrt(3), 6), h)

def slot_overall(p, length, width, x=0, y=0, rot=0):
    s = Pos(x, y, -500) * extrude(Rot(0, 0, rot) * SlotOverall(length, width), 1000)
    return p - s

def edges_at_z(p, z, tol=1e-6):
    return [e for e in p.edges() if abs(e.center().Z - z) < tol and abs(e.bounding_box().size.Z) < tol]

def circ_edges(p):
    return p.edges().filter_by(GeomType.CIRCLE)

# ---------------------------------------------------------------- topology
def euler_genus(part):
    """sum over solids of (2 - chi)/2, chi = V - E(non-degenerate) + sum_f(1 - inner wires)"""
    total = 0
    for s in part.solids():
        V = len(s.vertices())
        E_ = sum(1 for e in s.edges() if not BRep_Tool.Degenerated_s(e.wrapped))
        F = sum(1 - len(f.inner_wires()) for f in s.faces())
        chi = V - E_ + F
        total += (2 - chi) // 2
    return total

# ---------------------------------------------------------------- entries
ENTRIES = []

def E(n, item, prompt, intent, why, build=None, keys=("extents", "volume", "genus"),
      genus=None, out_of_scope=False, impossible=False):
    ENTRIES.append(dict(n=n, item=item, prompt=prompt, intent=intent, why=why, build=build,
                        keys=keys, genus=genus, oos=out_of_scope, imp=impossible))

# ================================================================ ITEM 1: numbers & units
E(401, 1, 'need a plate 1/4" thick, 4 x 6 inches, no holes',
  "plain rectangular plate in inches",
  '1/4"=6.35, 4"=101.6, 6"=152.4; plain box',
  lambda: bx(4 * IN, 6 * IN, 0.25 * IN))
E(402, 1, "pls make a disk 3,5 cm acros and 4mm thick with a 6 mm hole in the middle",
  "disc with centre hole, decimal-comma cm",
  "3,5 cm = 35 mm dia, 4 thick, one 6 mm through hole",
  lambda: thru(cy(35, 4), [(0, 0)], 6))
E(403, 1, 'Block 2-1/2" x 1-3/4" x 3/4"',
  "rectangular block, mixed-number inches",
  "63.5 x 44.45 x 19.05 mm",
  lambda: bx(2.5 * IN, 1.75 * IN, 0.75 * IN))
E(404, 1, 'washer, OD 1-1/4 in, ID 17/32 in, 1/8" thick',
  "flat washer in fractional inches",
  "OD 31.75, ID 13.49375, t 3.175",
  lambda: tube(1.25 * IN, 17 / 32 * IN, IN / 8))
E(405, 1, "Rod Ø12, cut to 400 mm",
  "round bar cut to length",
  "cylinder d12 L400",
  lambda: cy(12, 400))
E(406, 1, "square tube 40 per 40, 2 wall, 1 m long",
  "square hollow section, sharp corners",
  "outer 40x40, wall 2 -> inner 36x36, length 1 m = 1000",
  lambda: bx(40, 40, 1000) - bx(36, 36, 1002, pz=-1))
E(407, 1, "thickness 8, 150 by 60, four holes dia 6.5 at 10 mm from the edges",
  "plate, thickness stated first, four corner holes",
  "150x60x8 plate; 4x d6.5 through, centred 10 from both edges",
  lambda: thru(bx(150, 60, 8), corners(150, 60, 10), 6.5))
E(408, 1, "Could you make me a cylinder with a radius of 15 mm and a height of fifty millimetres?",
  "cylinder from radius, number in words",
  "r15 -> d30, h 50",
  lambda: cy(30, 50))
E(409, 1, "bar 260 x 20 x 10 with a dozen 5mm holes in a row down the middle, 20 mm apart, thru the 10",
  "bar with a row of twelve holes",
  "dozen = 12 holes d5 through 10 thick, 20 pitch (span 220 fits in 260)",
  lambda: thru(bx(260, 20, 10), row(12, 20), 5))
E(410, 1, "ring, 0.5 m outside diameter, 460 mm inside, 12 mm thick",
  "large flat ring, metres and mm mixed",
  "OD 500, ID 460, thickness 12",
  lambda: tube(500, 460, 12))
E(411, 1, '3/8" thk plate 5" x 8" w/ a 1" hole dead centre',
  "inch plate with one centre hole",
  "9.525 x 127 x 203.2; one 25.4 through hole",
  lambda: thru(bx(5 * IN, 8 * IN, 0.375 * IN), [(0, 0)], IN))
E(412, 1, "2.5cm cube",
  "cube in cm",
  "25 mm cube",
  lambda: bx(25, 25, 25))
E(413, 1, "spacer ⌀10 x 15 long, ⌀5.3 bore",
  "round spacer with bore",
  "OD 10, ID 5.3, L 15",
  lambda: tube(10, 5.3, 15))
E(414, 1, "60x60x5 plate with a 10 mm radius hole in the middle",
  "plate with hole given by radius",
  "10 mm radius -> 20 mm dia through hole",
  lambda: thru(bx(60, 60, 5), [(0, 0)], 20))
E(415, 1, "disc R40, 5 thick",
  "disc given by radius",
  "R40 -> d80, t5",
  lambda: cy(80, 5))
E(416, 1, "block 100 x 50 x 25 mm with a 1/2 inch hole through the 25 mm thickness, centred",
  "metric block with an inch hole",
  "one 12.7 mm through hole along the 25 direction",
  lambda: thru(bx(100, 50, 25), [(0, 0)], 0.5 * IN))
E(417, 1, "plate three hundred by two hundred, ten thick",
  "plate with sizes in words, mm implied",
  "300 x 200 x 10",
  lambda: bx(300, 200, 10))
E(418, 1, 'tube 1.5" OD x .065" wall, 18" long',
  "inch tube OD + wall",
  "OD 38.1, wall 1.651 -> ID 34.798, L 457.2",
  lambda: tube(1.5 * IN, (1.5 - 2 * 0.065) * IN, 18 * IN))
E(419, 1, "flat bar 25,4 x 12,7 x 150 mm",
  "flat bar, decimal commas",
  "25.4 x 12.7 x 150",
  lambda: bx(25.4, 12.7, 150))
E(420, 1, "cylinder 2 cm dia by 0.1 m long",
  "cylinder in cm and m",
  "d20, L100",
  lambda: cy(20, 100))
E(421, 1, "strip 6 thick, 45 wide, 120 long. 2 holes 8mm dia, 15 mm in from each end on the centreline",
  "strip with two end holes",
  "120x45x6, 2x d8 through at 15 from ends",
  lambda: thru(bx(120, 45, 6), [(-45, 0), (45, 0)], 8))
E(422, 1, "round plate Ø 4 3/4 in, 5 mm thick",
  "disc, mixed number inch diameter with metric thickness",
  "4-3/4 in = 120.65 dia, 5 thick",
  lambda: cy(4.75 * IN, 5))
E(423, 1, "hex bar 19 mm A/F, 80 long",
  "hexagonal bar across flats",
  "AF 19, across corners 19*2/sqrt3 = 21.939, L 80",
  lambda: hexprism(19, 80))
E(424, 1, "80 x 80 plate 4mm, R6 corners, Ø8 holes in the corners with centres 8 from each edge",
  "square plate, rounded corners, corner holes",
  "80x80x4, vertical corner edges R6, 4x d8 at 8 from edges",
  lambda: thru(plate(80, 80, 4, 6), corners(80, 80, 8), 8))
E(425, 1, 'a 3" x 1" x 1/2" block with two ø 1/4" holes going through the 1/2" direction, 2" apart',
  "inch block with two holes",
  '76.2 x 25.4 x 12.7, 2x d6.35 through the 12.7, 50.8 apart',
  lambda: thru(bx(3 * IN, IN, 0.5 * IN), row(2, 2 * IN), 0.25 * IN))

# ================================================================ ITEM 2: roles in context
E(426, 2, "need a peice of pipe, ID 50 wall 5, 300 lg",
  "pipe from ID and wall",
  "OD = 50 + 2*5 = 60, ID 50, L 300",
  lambda: tube(60, 50, 300))
E(427, 2, "Tube OD32 wall 2.5 length 120mm",
  "tube from OD and wall",
  "ID = 32 - 5 = 27",
  lambda: tube(32, 27, 120))
E(428, 2, "open box, outside 120x80x50, walls 3 mm, bottom 5 mm",
  "open-top box with wall and floor thickness",
  "cavity 114 x 74, floor 5 -> cavity depth 45",
  lambda: bx(120, 80, 50) - bx(114, 74, 100, pz=5))
E(429, 2, "block 80 x 60 x 40 with a 50x30 pocket in the top, 30 deep",
  "block with rectangular blind pocket",
  "pocket 50x30x30 from the top (sharp corners), 10 mm floor left",
  lambda: bx(80, 60, 40) - bx(50, 30, 100, pz=10))
E(430, 2, "hole of 20 in the centre, plate 100 x 100 x 10",
  "plate with single 20 mm centre hole",
  "'hole of 20' = one d20 through hole",
  lambda: thru(bx(100, 100, 10), [(0, 0)], 20))
E(431, 2, "O-ring 40 ID, 3.5 cross-section",
  "o-ring as torus",
  "minor r 1.75, major r = 20 + 1.75 = 21.75 -> OD 47, thickness 3.5",
  lambda: Torus(21.75, 1.75))
E(432, 2, "torus, 80 mean diameter, 10 mm cross section",
  "torus from mean diameter and section",
  "major r 40, minor r 5 -> 90 x 90 x 10",
  lambda: Torus(40, 5))
E(433, 2, "30x10 flat bar 250 long, 10mm holes at 50mm pitch along it through the flat",
  "flat bar with holes from pitch and length",
  "250/50 = 5 holes (25 from the ends), d10 through the 10 thickness",
  lambda: thru(bx(250, 30, 10), row(5, 50), 10))
E(434, 2, "plate 150x100x5, 3 rows x 5 columns of Ø6 holes, 25 pitch both ways",
  "plate with a 3x5 hole grid",
  "15 holes d6 through, grid 100 x 50 span fits",
  lambda: thru(bx(150, 100, 5), grid(5, 3, 25, 25), 6))
E(435, 2, "sleeve OD 40 wall 4 length 25",
  "sleeve OD + wall",
  "ID 32",
  lambda: tube(40, 32, 25))
E(436, 2, "flat ring ID 30, the ring is 8 wide, 3 thick",
  "flat ring from ID and radial width",
  "radial width 8 -> OD 46",
  lambda: tube(46, 30, 3))
E(437, 2, "cup shape: 60 outside dia, 70 tall, 2 mm sides, 3 mm base",
  "cylindrical cup with wall and base",
  "bore 56 dia, 67 deep from top (base 3)",
  lambda: cy(60, 70) - cy(56, 100, z=3))
E(438, 2, "pipe 88.9 OD x 5.49 wall x 500 long",
  "pipe OD x wall x length",
  "ID = 88.9 - 10.98 = 77.92",
  lambda: tube(88.9, 88.9 - 2 * 5.49, 500))
E(439, 2, "perforated strip 300 x 25 x 2, 4 mm holes on 15 mm pitch down the centre",
  "strip with holes from pitch and length",
  "300/15 = 20 holes (7.5 from ends), d4 through",
  lambda: thru(bx(300, 25, 2), row(20, 15), 4))
E(440, 2, "rect tube 50x30 outside, 3 wall, 200 long",
  "rectangular hollow section",
  "inner 44 x 24, sharp corners, L 200",
  lambda: bx(50, 30, 200) - bx(44, 24, 202, pz=-1))
E(441, 2, "counterweight disc 120 dia, 25 thk, centre hole of 22",
  "thick disc with one centre hole",
  "one d22 through hole",
  lambda: thru(cy(120, 25), [(0, 0)], 22))
E(442, 2, "gasket: ID 60, OD 100, 1.5 thick, 4 bolt holes of 8 on an 80 circle",
  "flat gasket with bolt circle",
  "annulus 100/60 x 1.5, 4x d8 on PCD 80 (hole spans r36..44, inside material)",
  lambda: thru(tube(100, 60, 1.5), pcd(4, 80, 45), 8))
E(443, 2, "plate 120x80x4 with 6 holes dia 5, 2 rows of 3, 40 mm apart each way",
  "plate with 2x3 hole pattern",
  "6 holes d5 through on a 40 x 40 grid",
  lambda: thru(bx(120, 80, 4), grid(3, 2, 40, 40), 5))
E(444, 2, "spacer, bore 8.5, wall 3, 12 long",
  "spacer from bore and wall",
  "OD = 8.5 + 6 = 14.5",
  lambda: tube(14.5, 8.5, 12))
E(445, 2, "o ring 20.22 id x 2.62 cs",
  "o-ring, inch-series sizes in mm",
  "minor r 1.31, major r 10.11 + 1.31 = 11.42 -> OD 25.46",
  lambda: Torus(11.42, 1.31))
E(446, 2, "picture-frame style plate: outside 200x150, border 20 wide all round, 10 thick",
  "rectangular frame",
  "window 160 x 110 through, 10 thick",
  lambda: bx(200, 150, 10) - bx(160, 110, 12, pz=-1))
E(447, 2, "U channel 40 wide x 25 high outside, 3 mm thick, 200 long",
  "U channel section",
  "outer 40 x 25, inner slot 34 wide x 22 deep open on one side, L 200",
  lambda: bx(40, 200, 25) - bx(34, 202, 30, pz=3))
E(448, 2, "angle 50x50x5, 300 long",
  "equal angle, leg x leg x thickness",
  "L section 50 + 45 legs x 5 thick (area 475), sharp corners",
  lambda: bx(50, 300, 5) + bx(5, 300, 50, px=-22.5))
E(449, 2, "shaft 20 dia 150 long, cross drilled 6 mm, 10 from one end",
  "shaft with a cross hole",
  "one d6 diametral through hole 10 from an end",
  lambda: cy(20, 150) - Pos(0, 0, 140) * Rot(0, 90, 0) * Cylinder(3, 40))
E(450, 2, "plate 240 x 60 x 6, 8 mm holes every 40 mm along the centreline",
  "plate with holes from pitch",
  "240/40 = 6 holes (20 from the ends), d8 through",
  lambda: thru(bx(240, 60, 6), row(6, 40), 8))

# ================================================================ ITEM 3: names & standards
E(451, 3, "housing block for a 608 bearing: 40x40x12, bearing pocket 7 deep from the top, 10 mm hole through for the shaft",
  "bearing housing block with 608 seat",
  "608 = 8 bore / 22 OD / 7 wide -> d22 pocket 7 deep (flat), plus d10 through",
  lambda: thru(blind(bx(40, 40, 12), [(0, 0)], 22, 7, 12), [(0, 0)], 10))
E(452, 3, "6204 bearing dummy, just the outer envelope as a plain ring",
  "bearing envelope ring",
  "6204 = 20 x 47 x 14",
  lambda: tube(47, 20, 14))
E(453, 3, "spacer that sits on the inner race of a 6001: same bore, 16 OD, 5 long",
  "spacer sized from bearing bore",
  "6001 bore 12 -> tube 16/12 x 5",
  lambda: tube(16, 12, 5))
E(454, 3, "plate 80x80x20 with a through bore for a 6205 in the middle (nominal OD, no tolerance)",
  "plate with bearing bore",
  "6205 OD 52 -> one d52 through hole",
  lambda: thru(bx(80, 80, 20), [(0, 0)], 52))
E(455, 3, "625 bearing placeholder",
  "bearing envelope ring",
  "625 = 5 x 16 x 5",
  lambda: tube(16, 5, 5))
E(456, 3, "end cap for 2020 extrusion - same outline, 3 mm thick, 5 mm hole in the middle",
  "square end cap matching 2020 profile",
  "2020 outline 20 x 20 -> 20x20x3 with d5 through",
  lambda: thru(bx(20, 20, 3), [(0, 0)], 5))
E(457, 3, "joining strip for 4040 profile: 120 long, same width as the profile, 5 thk, 4 clearance holes for M8",
  "joining plate sized from 4040 profile",
  "width 40; M8 medium clearance 9 mm; 4 through holes (positions don't change volume)",
  lambda: thru(bx(120, 40, 5), row(4, 30), 9))
E(458, 3, "3030 extrusion 250 long, just a solid square placeholder",
  "solid block for 3030 profile",
  "30 x 30 x 250 solid",
  lambda: bx(30, 30, 250))
E(459, 3, "hi! I need a mounting plate for a nema 17 stepper, 60x60 and 5mm thick. Standard screw pattern and the hole for the boss in the middle please",
  "NEMA 17 mounting plate",
  "22 mm pilot hole + 4x M3 medium clearance 3.4 on 31 mm square",
  lambda: thru(thru(bx(60, 60, 5), [(0, 0)], 22), corners(31, 31, 0), 3.4))
E(460, 3, "nema23 mount: 70 x 70 x 6 plate, 5.5 holes on the standard square plus the centre boss hole",
  "NEMA 23 mounting plate",
  "38.1 pilot + 4x d5.5 on 47.14 square",
  lambda: thru(thru(bx(70, 70, 6), [(0, 0)], 38.1), corners(47.14, 47.14, 0), 5.5))
E(461, 3, "plate 50x30x6 with two M5 tapped holes",
  "plate with tapped holes",
  "M5 tap drill 4.2, 2 through holes",
  lambda: thru(bx(50, 30, 6), row(2, 24), 4.2))
E(462, 3, "Plate 100 x 60 x 10, four M8 close-fit clearance holes 12 from the edges",
  "plate with close clearance holes",
  "ISO 273 M8 close = 8.4",
  lambda: thru(bx(100, 60, 10), corners(100, 60, 12), 8.4))
E(463, 3, "flange disc Ø90 x 10 with 4 x M10 loose fit clearance holes on a 65 PCD",
  "disc with coarse clearance holes",
  "ISO 273 M10 coarse = 12; 4 holes on PCD 65",
  lambda: thru(cy(90, 10), pcd(4, 65), 12))
E(464, 3, "bar 200x40x12, 2 clearance holes for M12, 150 apart",
  "bar with default clearance holes",
  "no class given -> medium, M12 = 13.5",
  lambda: thru(bx(200, 40, 12), row(2, 150), 13.5))
E(465, 3, "M8 nut placeholder, ISO 4032 size, plain hex prism (no chamfers), hole at tap drill size",
  "hex nut envelope",
  "ISO 4032 M8: 13 AF, m = 6.8; AC = 15.011; hole 6.8 (M8 tap drill)",
  lambda: thru(hexprism(13, 6.8), [(0, 0)], 6.8))
E(466, 3, "iso 7089 washer, M6",
  "standard flat washer",
  "ISO 7089 M6 = 6.4 / 12 / 1.6",
  lambda: tube(12, 6.4, 1.6))
E(467, 3, "din 9021 washer for M8 pls",
  "large-OD fender washer",
  "DIN 9021 M8 = 8.4 / 24 / 2",
  lambda: tube(24, 8.4, 2))
E(468, 3, '1-1/4" sch 40 pipe, 600 long',
  "pipe by NPS and schedule",
  "NPS 1-1/4 sch 40: OD 42.2 (1.660 in = 42.16), wall 3.56 -> ID 35.08",
  lambda: tube(42.2, 42.2 - 2 * 3.56, 600))
E(469, 3, '2" schedule 40 pipe, 1 ft long',
  "pipe by NPS and schedule, length in feet",
  "NPS 2 sch 40: OD 60.3, wall 3.91; 1 ft = 304.8",
  lambda: tube(60.3, 60.3 - 2 * 3.91, 304.8))
E(470, 3, 'block 2" x 1" x 1" with two 3/8-16 tapped holes through, 1" apart',
  "inch block with UNC tapped holes",
  '3/8-16 UNC tap drill 5/16" = 7.9375; 2 through holes',
  lambda: thru(bx(2 * IN, IN, IN), row(2, IN), 5 / 16 * IN))
E(471, 3, "golf ball (plain sphere, no dimples)",
  "sphere of golf-ball size",
  "known size: regulation golf ball min dia 42.67 mm",
  lambda: Sphere(42.67 / 2))
E(472, 3, "plate the size of a credit card, 2 mm thick, square corners",
  "credit-card footprint plate",
  "ISO/IEC 7810 ID-1 = 85.60 x 53.98",
  lambda: bx(85.6, 53.98, 2))
E(473, 3, "iPhone 15 dummy for test fitting a case - plain rectangular block, no rounded corners",
  "phone-size block",
  "known size: iPhone 15 is 147.6 x 71.6 x 7.80 mm",
  lambda: bx(147.6, 71.6, 7.8))
E(474, 3, "hey can you make a holder for my 350 ml mug",
  "mug holder (sizes unknown)",
  "a 350 ml mug has no standard diameter/height and the holder form is unspecified -> the tool should ask",
  None, out_of_scope=True)
E(475, 3, "A4 sized base plate, 3 thick",
  "A4 plate",
  "A4 = 297 x 210; 3 thick",
  lambda: bx(297, 210, 3))

# ================================================================ ITEM 4: drawing shorthand
def _c483():
    p = cy(25, 200)
    return p.chamfer(1, None, circ_edges(p))
def _c486():
    p = tube(16, 8.4, 20)
    return p.chamfer(0.5, None, [e for e in circ_edges(p) if abs(e.radius - 8) < 1e-6])
def _c489():
    p = thru(cy(80, 8), pcd(3, 60), 5.5)
    return p.chamfer(1, None, [e for e in circ_edges(p) if abs(e.radius - 40) < 1e-6 and abs(e.center().Z - 8) < 1e-6])
def _c495():
    p = bx(50, 50, 50)
    return p.chamfer(2, None, p.edges())
def _c499():
    return csk(cy(30, 40), [(0, 0)], 5.5, 10, 40)

E(476, 4, "PLATE 100 x 60 x 10 THK, 4x Ø6.6 THRU, 8 FROM EDGES",
  "plate with four corner holes",
  "4x d6.6 through at 8 from both edges",
  lambda: thru(bx(100, 60, 10), corners(100, 60, 8), 6.6))
E(477, 4, "BLOCK 80 SQ x 20 THK. Ø20 THRU CTR. 4x Ø6.6 THRU, C'BORE Ø11 x 6.5 DP, ON PCD 56",
  "block with centre bore and counterbored bolt circle",
  "80x80x20; d20 centre; 4x d6.6 with d11 x 6.5 counterbore on PCD 56",
  lambda: cbore(thru(bx(80, 80, 20), [(0, 0)], 20), pcd(4, 56, 45), 6.6, 11, 6.5, 20))
E(478, 4, "plate 120x40x8 thk, 2x Ø6.6 CSK Ø12 x 90°, 90 CRS",
  "plate with two countersunk holes",
  "2x d6.6 through, 90 deg countersink to d12 at the top, 90 apart",
  lambda: csk(bx(120, 40, 8), row(2, 90), 6.6, 12, 8))
E(479, 4, "FLANGE Ø100 x 12 THK, Ø40 BORE, 6x Ø9 EQ SP ON PCD 70",
  "round flange with bore and bolt circle",
  "disc d100 x 12, d40 bore, 6x d9 on PCD 70",
  lambda: thru(tube(100, 40, 12), pcd(6, 70), 9))
E(480, 4, "PL 150 x 90 x 6, Ø8 HOLES 2 ROWS OF 3, 40 PITCH, ROWS 50 APART",
  "plate with 2x3 hole pattern",
  "6x d8 through, 3 per row at 40 pitch, rows 50 apart",
  lambda: thru(bx(150, 90, 6), grid(3, 2, 40, 50), 8))
E(481, 4, "BLOCK 60 x 40 x 25 THK, M6 x 1.0 TAP THRU, 2 PLCS",
  "block with two tapped through holes",
  "M6 tap drill 5.0 through the 25 thickness, 2 places",
  lambda: thru(bx(60, 40, 25), row(2, 30), 5.0))
E(482, 4, "PLATE 200 x 100 x 12 THK, 4 CORNERS R5 TYP",
  "plate with rounded plan corners",
  "fillet R5 on the 4 vertical corner edges",
  lambda: plate(200, 100, 12, 5))
E(483, 4, "SHAFT Ø25 x 200 LG, 1 x 45° CHAMFER BOTH ENDS",
  "plain shaft with end chamfers",
  "cylinder d25 x 200, 1 mm chamfer on both end edges",
  _c483)
E(484, 4, "SQ BAR 30 SQ x 150 LG",
  "square bar",
  "30 x 30 x 150",
  lambda: bx(30, 30, 150))
E(485, 4, "PLATE 80 x 50 x 6 THK, Ø10 THRU CTR, R8 TYP (4 CORNERS)",
  "plate with centre hole and rounded corners",
  "vertical corner edges R8, one d10 through",
  lambda: thru(plate(80, 50, 6, 8), [(0, 0)], 10))
E(486, 4, "SPACER Ø16 x 20 LG, Ø8.4 THRU, 0.5 x 45° CHAMFER ON OD BOTH ENDS",
  "spacer with OD chamfers",
  "tube 16/8.4 x 20, 0.5 chamfer on the two outer circular edges only",
  _c486)
E(487, 4, "ROUND BAR Ø40 x 60 LG, Ø12 x 20 DP ONE END, FLAT BTM",
  "round bar with flat-bottom blind hole",
  "blind d12 x 20 on the axis from one end; not through",
  lambda: blind(cy(40, 60), [(0, 0)], 12, 20, 60))
E(488, 4, "BASE PLATE 250 x 150 x 15 THK, 4x M10 x 1.5 TAP THRU 20 FROM EDGES, Ø60 THRU CTR",
  "base plate with tapped corner holes and centre hole",
  "M10 tap drill 8.5 x4 at 20 from edges; d60 centre",
  lambda: thru(thru(bx(250, 150, 15), corners(250, 150, 20), 8.5), [(0, 0)], 60))
E(489, 4, "DISC Ø80 x 8 THK, 3x Ø5.5 EQ SP ON 60 PCD, C1 TOP EDGE",
  "disc with bolt circle and top chamfer",
  "3x d5.5 on PCD 60; C1 = 1x45 chamfer on the top outer edge",
  _c489)
E(490, 4, "PLATE 100 LG x 40 W x 5 THK, SLOT 6 W x 30 LG OA, CTRD",
  "plate with a centred through slot",
  "stadium slot 30 overall x 6 wide, through",
  lambda: slot_overall(bx(100, 40, 5), 30, 6))
E(491, 4, "4X Ø4.5 THRU, C'BORE Ø8 x 4.4 DP; PLATE 70 X 70 X 10; HOLES ON 60 SQ",
  "plate with counterbored holes, note first",
  "4x d4.5 + d8 x 4.4 cbore at the corners of a 60 square",
  lambda: cbore(bx(70, 70, 10), corners(60, 60, 0), 4.5, 8, 4.4, 10))
E(492, 4, "HUB Ø50 x 30 LG, Ø20 H7 BORE THRU",
  "hub with bore",
  "H7 is a tolerance -> nominal d20 bore",
  lambda: tube(50, 20, 30))
E(493, 4, "PLATE 90 x 90 x 8 THK. 8x Ø6 THRU EQ SP ON Ø70 PCD. Ø30 THRU CTR.",
  "plate with bolt circle and centre hole",
  "8x d6 on PCD 70 + d30 centre = 9 through holes",
  lambda: thru(thru(bx(90, 90, 8), pcd(8, 70), 6), [(0, 0)], 30))
E(494, 4, "TUBE Ø60 OD x Ø50 ID x 80 LG",
  "tube",
  "60/50 x 80",
  lambda: tube(60, 50, 80))
E(495, 4, "BLOCK 50 x 50 x 50, 2 x 45° CHAMFER ALL EDGES",
  "cube with all edges chamfered",
  "2 mm chamfer on all 12 edges",
  _c495)
E(496, 4, "PLATE 160 x 80 x 10 THK, 6x Ø8 THRU, 3 EQ SP x 2 ROWS",
  "plate with 2x3 holes",
  "6x d8 through (exact spacing doesn't change the volume)",
  lambda: thru(bx(160, 80, 10), grid(3, 2, 53.333, 40), 8))
E(497, 4, "FLAT BAR 50 x 8 x 300 LG, 2x Ø13.5 THRU, 25 FROM ENDS",
  "flat bar with two end holes",
  "2x d13.5 through the 8 thickness, 25 from the ends",
  lambda: thru(bx(300, 50, 8), row(2, 250), 13.5))
E(498, 4, "WASHER Ø30 OD x Ø13 ID x 3 THK",
  "washer",
  "30/13 x 3",
  lambda: tube(30, 13, 3))
E(499, 4, "CYL Ø30 x 40 LG, Ø5.5 THRU ON AXIS, CSK Ø10 x 90° ONE END",
  "cylinder with countersunk axial hole",
  "d5.5 through + 90 deg csk to d10 at one end",
  _c499)
E(500, 4, "PLATE 100 SQ x 6 THK, 4x Ø5.5 THRU ON 80 SQ, R10 CORNERS TYP, Ø40 THRU CTR",
  "square plate, rounded corners, 5 holes",
  "100x100x6, vertical corners R10, 4x d5.5 on 80 square, d40 centre",
  lambda: thru(thru(plate(100, 100, 6, 10), corners(80, 80, 0), 5.5), [(0, 0)], 40))

# ================================================================ ITEM 5: features & negations
def _c504():
    p = bx(80, 60, 40)
    return p.chamfer(3, None, p.edges().group_by(Axis.Z)[-1])
def _c505():
    p = bx(50, 30, 20)
    return p.fillet(2, p.edges())
def _c509():
    p = cy(20, 100)
    key = Pos(6.5, 0, 50) * extrude(Plane.YZ * SlotOverall(32, 6, rotation=90), 10)
    return p - key
def _c511():
    p = tube(40, 12, 30)
    return p - bx(4, 7.8, 40, py=7.8 / 2, pz=-5)
def _c514():
    p = cy(40, 20)
    return p.chamfer(1, None, [e for e in circ_edges(p) if abs(e.center().Z) < 1e-6])
def _c518():
    p = tube(30, 20, 60)
    return p.chamfer(1, None, [e for e in circ_edges(p) if abs(e.radius - 15) < 1e-6])
def _c519():
    p = cy(100, 10)
    return p.fillet(2, [e for e in circ_edges(p) if abs(e.center().Z - 10) < 1e-6])
def _c521():
    p = bx(20, 20, 150)
    return p.fillet(3, p.edges().filter_by(Axis.Z))
def _c525():
    return cy(16, 120) - bx(20, 20, 40, py=8 - 2 + 10, pz=90)

E(501, 5, "plate 80 x 50 x 12, two counterbored holes for M6 socket head cap screws",
  "plate with counterbored holes (sizes by convention)",
  "counterbore dia/depth depend on which table is used -> volume omitted; 2 through holes",
  lambda: cbore(bx(80, 50, 12), row(2, 40), 6.6, 11, 6.5, 12), keys=("extents", "genus"))
E(502, 5, "block 60x40x30 with a 10 mm blind hole 15 deep in the top face, flat bottom",
  "block with blind hole",
  "d10 x 15 flat blind hole; genus 0",
  lambda: blind(bx(60, 40, 30), [(0, 0)], 10, 15, 30))
E(503, 5, "plate 100x60x8, round the vertical edges R10, no holes",
  "plate with rounded vertical edges",
  "fillet R10 on 4 vertical edges only",
  lambda: plate(100, 60, 8, 10))
E(504, 5, "solid block 80x60, 40 tall, chamfer the top edges only, 3mm",
  "block with top-edge chamfer",
  "3 mm chamfer on the 4 top edges",
  _c504)
E(505, 5, "fillet all edges 2 mm on a 50x30x20 blcok",
  "block with all edges filleted",
  "R2 on all 12 edges",
  _c505)
E(506, 5, "blind flange Ø150, 18 thick, 8 bolt holes Ø18 on 120 PCD",
  "blind flange (no bore)",
  "blind flange = no centre hole; 8x d18 on PCD 120",
  lambda: thru(cy(150, 18), pcd(8, 120), 18))
E(507, 5, "solid cylinder Ø30 x 50, no hole",
  "plain cylinder",
  "d30 x 50 solid",
  lambda: cy(30, 50))
E(508, 5, "open-top box 100x70x40, 2.5 walls and bottom, without a lid",
  "open box, no lid",
  "cavity 95 x 65 x 37.5 from the top",
  lambda: bx(100, 70, 40) - bx(95, 65, 100, pz=2.5))
E(509, 5, "shaft Ø20 x 100 with a DIN 6885 keyway, 32 long, round ends, in the middle of the shaft",
  "shaft with closed keyway",
  "DIN 6885 for d 17-22: b 6, t1 3.5; stadium 32 x 6 cut 3.5 deep from the surface",
  _c509)
E(510, 5, "plate 120x50x6 with a slot 8 wide and 40 long centre to centre along the middle",
  "plate with centre-to-centre slot",
  "overall slot length 48, width 8, through",
  lambda: slot_overall(bx(120, 50, 6), 48, 8))
E(511, 5, "hub Ø40 x 30, 12 mm bore with a DIN 6885 keyway",
  "hub with bore keyway",
  "DIN 6885 for d 10-12: b 4, hub depth t2 1.8 -> groove 4 wide to 7.8 from axis, full length",
  _c511)
E(512, 5, "70x70x10 plate w/ 4 M5 tapped holes, 10mm from the edges",
  "plate with tapped holes",
  "M5 tap drill 4.2 through, 10 from edges",
  lambda: thru(bx(70, 70, 10), corners(70, 70, 10), 4.2))
E(513, 5, "60x60x5 plate with countersunk holes for M4 flat heads, 4 of them",
  "plate with countersunk holes (sizes by convention)",
  "csk diameter per convention -> volume omitted; 4 through holes",
  lambda: csk(bx(60, 60, 5), corners(60, 60, 8), 4.5, 8.4, 5), keys=("extents", "genus"))
E(514, 5, "cylinder d40 h20, chamfer only the bottom edge 1mm",
  "cylinder with bottom chamfer",
  "1 mm chamfer on the bottom circular edge only",
  _c514)
E(515, 5, "rod 16 dia, 40 long, blind hole 8 mm dia 12 deep in one end, flat bottom (ignore drill point)",
  "rod with axial blind hole",
  "d8 x 12 flat blind; genus 0",
  lambda: blind(cy(16, 40), [(0, 0)], 8, 12, 40))
E(516, 5, "plate 100 x 80 x 5 no holes, just round the 4 corners off 15mm",
  "plate with rounded corners",
  "R15 on the 4 vertical edges",
  lambda: plate(100, 80, 5, 15))
E(517, 5, "puck Ø60 x 20 with 4 blind holes Ø6 x 8 deep on a 45 PCD, flat bottoms",
  "disc with blind holes",
  "4x d6 x 8 flat blind holes; genus 0",
  lambda: blind(cy(60, 20), pcd(4, 45), 6, 8, 20))
E(518, 5, "tube OD 30 ID 20 L 60, chamfer the outer edges 1 mm, leave the bore sharp",
  "tube with outer chamfers only",
  "1 mm chamfer on the two OD circular edges",
  _c518)
E(519, 5, "disc Ø100, 10 thick, solid - no centre hole - with a 2 mm fillet on the top edge",
  "disc with top fillet, no hole",
  "R2 on top circular edge, genus 0",
  _c519)
E(520, 5, "flat bar 200x30x5 with two slots 6 wide 20 long overall, one near each end, running lengthwise",
  "bar with two slots",
  "2 stadium slots 20 x 6 through",
  lambda: slot_overall(slot_overall(bx(200, 30, 5), 20, 6, -80, 0), 20, 6, 80, 0))
E(521, 5, "bar 20x20x150, round only the four long edges R3",
  "square bar with long edges rounded",
  "R3 on the 4 edges parallel to the 150 length",
  _c521)
E(522, 5, "plate 60 x 60 x 15 with a 40x40 pocket 8 deep in the top, sharp corners",
  "plate with square pocket",
  "pocket 40x40x8, genus 0",
  lambda: bx(60, 60, 15) - bx(40, 40, 100, pz=7))
E(523, 5, "cylinder d50 h30, counterbored hole down the middle: 10 thru, Ø18 x 8 deep cbore",
  "cylinder with counterbored axial hole",
  "d10 through + d18 x 8 counterbore",
  lambda: cbore(cy(50, 30), [(0, 0)], 10, 18, 8, 30))
E(524, 5, "M8 tapped hole 20 deep (blind) in the top of a 30x30x40 block, just model the drill, flat bottom",
  "block with blind tapped hole",
  "M8 tap drill 6.8 x 20 flat blind; 40 is the height",
  lambda: blind(bx(30, 30, 40), [(0, 0)], 6.8, 20, 40))
E(525, 5, "Shaft Ø16 x 120 with a flat 2 mm deep, 30 long at one end",
  "shaft with end flat",
  "flat cut 2 mm deep (chord at 6 from axis), 30 long from one end",
  _c525)

# ================================================================ ITEM 6: parts beyond simple families
def _xhole(d, z, y=0, x0=-50, L=100):
    return Pos(x0 + L / 2, y, z) * Rot(0, 90, 0) * Cylinder(d / 2, L)

def _c526():
    p = bx(40, 30, 4, px=20) + bx(4, 30, 40, px=2)
    p = thru(p, [(25, -8), (25, 8)], 5.5)
    for y in (-8, 8):
        p = p - _xhole(5.5, 25, y, -10, 30)
    return p
def _c527():
    p = bx(50, 25, 5, px=25) + bx(5, 25, 50, px=2.5)
    g = extrude(Plane.XZ * Polygon((5, 5), (35, 5), (5, 35), align=None), 2.5, both=True)
    return p + g
def _c529():
    p = hexprism(5.5, 10) + cy(3, 6, z=10)
    return blind_up(p, [(0, 0)], 2.5, 6)
def _c531():
    t = math.tan(math.radians(20))
    p = tube(50, 8, 12)
    groove = revolve(Plane.XZ * Polygon((21, 6), (27, 6 + 6 * t), (27, 6 - 6 * t), align=None), Axis.Z)
    return p - groove
def _c533():
    p = cy(30, 15)
    p = p.fillet(2, [e for e in circ_edges(p) if abs(e.center().Z - 15) < 1e-6])
    dd = cy(6, 11, z=-1) & bx(10, 10, 12, py=1.5 - 5, pz=-1)
    return p - dd
def _c534():
    k = Rot(90, 0, 0) * Cylinder(3, 50)
    leaf = bx(25, 50, 2, px=12.5, pz=-3)
    p = k + leaf
    p = p - Rot(90, 0, 0) * Cylinder(1.25, 60)
    return thru(p, [(15, -15), (15, 15)], 3.5)
def _c535():
    p = bx(4, 20, 60, px=2) + bx(40, 20, 4, px=20) + bx(4, 20, 15, px=38)
    return p - _xhole(4.5, 50, 0, -10, 20)
def _arch_clip(ri, ro, w, tab, hole):
    a = Rot(90, 0, 0) * Cylinder(ro, w) - Rot(90, 0, 0) * Cylinder(ri, w + 2)
    a = a - bx(4 * ro, 4 * w, 2 * ro + 2, pz=-2 * ro - 2)
    t = ro - ri
    fl = tab + t  # foot runs from the arch inner radius out to tab past the arch
    a = a + bx(fl, w, t, px=ri + fl / 2) + bx(fl, w, t, px=-(ri + fl / 2))
    return thru(a, [(ro + tab / 2, 0), (-(ro + tab / 2), 0)], hole)
def _c537():
    b = bx(100, 60, 38) - bx(96, 56, 100, pz=2)
    lid = bx(100, 60, 2, pz=45)
    return Compound(children=[b, lid])
def _c538():
    wire, od, L = 1.5, 15, 40
    rm = (od - wire) / 2
    pitch = (L - wire) / 8
    h = Helix(pitch, L + 4 * pitch, rm, center=(0, 0, -2 * pitch))
    prof = Plane(origin=h @ 0, z_dir=h % 0) * Circle(wire / 2)
    s = sweep(prof, h, is_frenet=True)
    return s & bx(40, 40, L)
def _c540():
    p = tube(22, 12, 10)
    return p - _xhole(3.3, 5, 0, 0, 20)
def _c544():
    p = bx(116, 12, 8, pz=25) + cy(10, 25, -48, 0) + cy(10, 25, 48, 0)
    return blind_up(p, [(-48, 0), (48, 0)], 3.3, 8)
def _c545():
    p = thru(bx(40, 40, 20), [(0, 0)], 20)
    return p - bx(30, 2, 40, px=15, pz=-10)
def _c546():
    p = cy(5 / 8 * IN, 0.75 * IN) + cy(7 / 8 * IN, IN / 8)
    return thru(p, [(0, 0)], 0.5 * IN)
def _c547():
    p = cy(6, 20) + cy(3, 6, z=20)
    return blind_up(p, [(0, 0)], 2.5, 6)
def _c548():
    p = cy(25, 180)
    p = p.chamfer(1, None, circ_edges(p))
    key = Pos(12.5 - 4.0, 0, 60) * extrude(Plane.YZ * SlotOverall(50, 8, rotation=90), 10)
    return p - key
def _c549():
    p = thru(cy(40, 20), [(0, 0)], 8.4)
    return p - Pos(0, 0, -1) * hexprism(13, 8)
def _c550():
    b = bx(120, 80, 50) - bx(114, 74, 100, pz=3)
    lid = bx(120, 80, 3, pz=60)
    return Compound(children=[b, lid])

E(526, 6, "L bracket, 40 x 40 legs, 30 wide, 4 thick, two 5.5 holes in each leg",
  "L bracket with holes",
  "legs 40 outside, 4 thick, 30 wide: section area 40*4 + 36*4; 4x d5.5 through",
  _c526)
E(527, 6, "corner brace: L bracket 50x50, 25 wide, 5 mm thick, with one 5 mm triangular gusset in the middle (30 mm legs from the inside corner). no holes, I'll drill them",
  "L bracket with gusset",
  "L section 50+45 x 5 x 25 wide + right-triangle gusset 30x30 legs x 5 thick",
  _c527)
E(528, 6, "flanged bush, bore 10, OD 14, 20 long overall, flange Ø20 x 3",
  "flanged bushing",
  "d14 x 20 + flange d20 x 3, d10 through",
  lambda: thru(cy(14, 20) + cy(20, 3), [(0, 0)], 10))
E(529, 6, "M3 male-female hex standoff, 5.5 across flats, 10 mm body plus 6 mm male thread",
  "male-female hex standoff",
  "extents: AF 5.5, AC 6.351, length 10+6 = 16; female depth not given -> volume omitted; blind -> genus 0",
  _c529, keys=("extents", "genus"))
E(530, 6, "hex standoff M4 female/female, 7 AF, 25 long, tapped all the way through",
  "female-female hex standoff",
  "hex 7 AF x 25, M4 tap drill 3.3 through",
  lambda: thru(hexprism(7, 25), [(0, 0)], 3.3))
E(531, 6, "v pulley 50 OD, 12 wide, single 40° v-groove 4 deep in the middle, 8mm bore",
  "single-groove V pulley",
  "revolved 40 deg V, tip at r21, centred in the width; d8 bore",
  _c531)
E(532, 6, "GT2 pulley 20 teeth, 5mm bore, 7 wide, no flanges no hub",
  "GT2 timing pulley",
  "GT2 20T: PD 12.732, OD = PD - 0.508 = 12.224; tooth form not standardised here -> volume omitted",
  lambda: tube(12.224, 5, 7), keys=("extents", "genus"))
E(533, 6, "knob Ø30 x 15 tall, 2 mm round on the top edge, D hole underneath for a 6 mm shaft with the flat at 4.5 mm, 10 deep",
  "knob with D-shaft hole",
  "D = d6 circle cut by a flat 4.5 from the far side, blind 10 deep; R2 top fillet",
  _c533)
E(534, 6, "hinge leaf: knuckle Ø6 running the full 50 mm with a 2.5 pin hole, leaf 2 thick reaching 25 from the pin centre, flush with the underside of the knuckle, two 3.5 screw holes",
  "hinge leaf with knuckle",
  "extents 50 x (25+3) x 6; genus 3 (pin hole + 2 screw holes); overlap of leaf in knuckle makes volume convention-dependent -> omitted",
  _c534, keys=("extents", "genus"))
E(535, 6, "simple wall hook, 20 wide, everything 4 mm thick: back plate 60 tall, arm sticking out 40 at the bottom (overall), lip at the end going up to 15 overall. one 4.5 screw hole near the top of the back plate",
  "J-shaped wall hook",
  "section area 60*4 + 36*4 + 11*4 = 428, x 20, minus a d4.5 x 4 hole",
  _c535)
E(536, 6, "saddle clip for a 10mm cable: 3 mm strap, 12 wide, half-round over the cable with flat feet sticking out 10 mm past the arch on both sides, 4 mm screw hole in each foot",
  "cable saddle clip",
  "half annulus R5/R8 x 12 + feet 10 past the arch each side; extents 36 x 12 x 8; 2 holes d4; how the feet blend into the arch is a convention -> volume omitted",
  lambda: _arch_clip(5, 8, 12, 10, 4), keys=("extents", "genus"))
E(537, 6, "enclosure 100x60x40 outside when closed, 2 mm all round, with the lid as a separate flat 2 mm plate",
  "open box plus separate lid (two solids)",
  "base 100x60x38 with cavity 96x56x36 + lid 100x60x2; extents omitted (layout of the two bodies is arbitrary)",
  _c537, keys=("volume", "genus"))
E(538, 6, "compression spring, 1.5 wire, 15 OD, 40 free length, 8 coils, ends ground flat",
  "compression spring",
  "extents from OD and free length: 15 x 15 x 40; end geometry/pitch convention -> volume omitted",
  _c538, keys=("extents", "genus"))
E(539, 6, "8mm shaft 50 long with a D flat 0.5 deep along the full length",
  "D-shaft",
  "flat at 3.5 from axis, full length; extents 7.5 x 8 x 50",
  lambda: cy(8, 50) - bx(10, 10, 60, py=3.5 + 5, pz=-5))
E(540, 6, "shaft collar for a 12 mm shaft, 22 OD, 10 wide, with one M4 tapped hole for a grub screw",
  "shaft collar with tapped radial hole",
  "tube 22/12 x 10; radial M4 tap drill 3.3 through one wall -> genus 2",
  _c540)
E(541, 6, "pipe strap for 25 mm pipe: 3 mm thick, 20 wide, half round, with tabs 15 long on both sides and a 5 mm hole in each tab",
  "two-hole pipe strap",
  "half annulus R12.5/R15.5 x 20 + tabs 15 past the strap; extents 61 x 20 x 15.5; 2 holes; tab/arch blend is a convention -> volume omitted",
  lambda: _arch_clip(12.5, 15.5, 20, 15, 5), keys=("extents", "genus"))
E(542, 6, "spacer for M4, 8 OD, 10 long",
  "bolt spacer",
  "M4 medium clearance 4.5 bore",
  lambda: tube(8, 4.5, 10))
E(543, 6, "spacer for M6, 15 long",
  "bolt spacer, OD not given",
  "OD not stated -> only genus 1 is determined",
  lambda: tube(12, 6.6, 15), keys=("genus",))
E(544, 6, "cabinet pull: bar 116 x 12 x 8 sitting on two round posts Ø10 x 25 at 96 mm centres, M4 tapped 8 deep into the bottom of each post (flat bottom)",
  "cabinet pull handle",
  "bar on top of posts; extents 116 x 12 x 33; 2 blind d3.3 x 8",
  _c544)
E(545, 6, "split clamp block 40 x 40 x 20 thick, 20 bore through the thickness, 2 mm saw cut from the bore out to one side",
  "split clamp block",
  "ring-like block with slit through to the outside -> genus 0",
  _c545)
E(546, 6, 'top hat bushing for a 1/2" shaft: 5/8 OD, flange 7/8 x 1/8 thick, 3/4 long overall',
  "inch flanged bushing",
  "bore 12.7, OD 15.875, flange 22.225 x 3.175, overall 19.05",
  _c546)
E(547, 6, "round M3 standoff male-female, Ø6 body 20 long, 6 mm stud (just a plain Ø3 pin), female end tapped 6 deep, flat bottom",
  "round male-female standoff",
  "body d6 x 20 + pin d3 x 6; tap drill 2.5 x 6 blind; genus 0",
  _c547)
E(548, 6, "shaft Ø25 x 180, DIN 6885 keyway 50 long with round ends, 1x45 chamfer both ends",
  "keyed shaft",
  "DIN 6885 for d 22-30: b 8, t1 4.0; stadium 50 x 8; 1 mm end chamfers",
  _c548)
E(549, 6, "knob Ø40 x 20 with an M8 nut trap in the bottom (13 AF hex, 7 deep) and an 8.4 hole right through",
  "knob with hex nut trap",
  "hex pocket 13 AF x 7 + d8.4 through",
  _c549)
E(550, 6, "Box 120x80x50 outside, 3mm walls and 3mm bottom, plus a separate 3mm flat lid, same footprint (lid not included in the 50)",
  "open box plus separate lid (two solids)",
  "base cavity 114x74x47 + lid 120x80x3; extents omitted (two bodies)",
  _c550, keys=("volume", "genus"))

# ================================================================ ITEM 7: impossible requests
IMP = [
 (551, "plate 50 x 50 x 5 with a 60 mm hole in the middle",
  "plate with oversize hole", "hole d60 is larger than the 50 x 50 plate"),
 (552, "bar 40x20x8, put a 10mm hole 3 mm in from the long edge",
  "hole breaking out of an edge", "centre 3 from the edge with radius 5 -> hole breaks through the edge"),
 (553, "block 50x50x30, blind hole Ø8 40 deep from the top",
  "blind hole deeper than the part", "40 deep blind hole in a 30 thick block would go through -> not blind"),
 (554, "20mm cube with R15 fillets on all edges",
  "fillet too large", "max fillet on a 20 cube is < 10 (half the edge length)"),
 (555, "hey, open box 50 wide 80 long 40 tall with 30mm walls",
  "walls thicker than half the width", "2 x 30 = 60 > 50 width, no cavity possible"),
 (556, "counterbore Ø8 x 4 deep on a Ø10 through hole, plate 40x40x10",
  "counterbore smaller than its hole", "counterbore dia 8 < hole dia 10"),
 (557, "plate 100 x 40 x 6 with a 120 long slot 8 wide down the middle",
  "slot longer than the plate", "slot 120 > plate length 100"),
 (558, "tube OD 20, ID 25, 100 long",
  "ID larger than OD", "inner diameter exceeds outer diameter"),
 (559, "plate 60x60x4, four 8mm holes in the corners 2 mm from the edges",
  "corner holes overlapping the edges", "centre 2 from the edge with radius 4 -> holes break out"),
 (560, "FLANGE Ø100 x 10 THK, 4x Ø10 THRU ON PCD 120",
  "bolt circle outside the flange", "PCD 120 > flange OD 100; holes fall outside the part"),
 (561, "6mm plate 80x50, 5mm chamfer on every edge top and bottom",
  "chamfers larger than thickness allows", "5 + 5 = 10 > 6 thickness on the side faces"),
 (562, "M10 tapped hole down the axis of a 6 mm rod, 30 long",
  "tapped hole bigger than the rod", "M10 tap drill 8.5 (and the thread itself) is larger than the 6 mm rod"),
 (563, "PLATE 60 x 40 x 10 THK, 2x Ø6.6 THRU, C'BORE Ø11 x 12 DP",
  "counterbore deeper than the plate", "12 deep counterbore in a 10 thick plate"),
 (564, "block 40 x 40 x 15 with a pocket for a 6204 bearing",
  "bearing seat larger than the block", "6204 OD 47 > block width 40"),
 (565, "bar 150 x 25 x 10 with 12 holes of 10 mm at 20 mm pitch in a row",
  "hole row longer than the bar", "12 holes at 20 pitch span 220 + 10 = 230 > 150"),
 (566, "plate 50x50x5, Ø6.6 hole countersunk to Ø6 x 90°",
  "countersink smaller than the hole", "csk dia 6 < hole dia 6.6"),
 (567, "open box 30 tall overall, 5 mm bottom, inside depth 28, 60x40 outside, 2 mm walls",
  "contradictory heights", "5 + 28 = 33 > 30 overall height"),
 (568, "torus, outer Ø20, cross-section 12",
  "torus with negative hole", "inner dia = 20 - 2*12 = -4 -> impossible (self-intersecting)"),
 (569, "Ø10 shaft 60 long with a keyway 6 deep",
  "keyway deeper than the radius", "6 > shaft radius 5, would cut past the axis / sever the shaft"),
 (570, "spacer for an M8 bolt, OD 8, 10 long",
  "spacer OD smaller than its bore", "M8 clearance 9 (or even 8 nominal) >= OD 8 -> no wall"),
 (571, "8x8 square post 50 tall, round the vertical edges R5",
  "fillet too big for section", "2 x R5 = 10 > 8 side"),
 (572, "nema 23 motor mount on a 40x40x5 plate",
  "bolt pattern outside the plate", "NEMA 23 needs a 47.14 bolt square and 38.1 pilot; 40 plate can't hold the holes"),
 (573, "hollow shaft OD 20, wall 12, 200 long",
  "wall thicker than the radius", "2 x 12 = 24 > OD 20 -> negative ID"),
 (574, "L bracket with 30x30 legs, 35 thick, 20 wide",
  "thickness larger than the legs", "35 thick > 30 leg length -> no L shape"),
 (575, "flat bar 20 wide, 5 thick, 100 long, with a slot 25 wide x 40 long in the middle",
  "slot wider than the bar", "25 wide slot in a 20 wide bar"),
]
for n, p, intent, why in IMP:
    E(n, 7, p, intent, why, None, impossible=True)

# ================================================================ build & write
def main():
    out = []
    problems = []
    for e in ENTRIES:
        rec = {"id": f"c{e['n']}", "item": e["item"], "prompt": e["prompt"], "expect": {},
               "intent": e["intent"], "why": e["why"],
               "out_of_scope": e["oos"], "impossible": e["imp"]}
        if e["build"] is not None:
            p = e["build"]()
            solids = p.solids()
            valid = all(s.is_valid for s in solids) and p.is_valid
            vol = p.volume
            if not valid or vol <= 0:
                problems.append(f"c{e['n']}: valid={valid} vol={vol}")
            bb = p.bounding_box(optimal=True).size
            ext = sorted(round(v, 3) for v in (bb.X, bb.Y, bb.Z))
            g = euler_genus(p) if e["genus"] is None else e["genus"]
            full = {"extents": ext, "volume": round(vol, 1), "genus": g}
            rec["expect"] = {k: full[k] for k in ("extents", "volume", "genus") if k in e["keys"]}
            print(f"c{e['n']} it{e['item']} solids={len(solids)} {full}", flush=True)
        out.append(rec)
    ids = [r["id"] for r in out]
    assert ids == [f"c{i}" for i in range(401, 576)], "ids"
    for it in range(1, 8):
        c = sum(1 for r in out if r["item"] == it)
        assert c == 25, (it, c)
    with open(os.path.join(HERE, "coverage4.jsonl"), "w") as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote", len(out), "problems:", problems)
    return 1 if problems else 0

if __name__ == "__main__":
    sys.exit(main())

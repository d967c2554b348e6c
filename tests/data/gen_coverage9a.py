# ruff: noqa
import json, math
from build123d import *
IN = 25.4
def P(L, W, T, r=0):
    p = Box(L, W, T)
    if r: p = fillet(p.edges().filter_by(Axis.Z), r)
    return p
def drill(p, pts, d, depth=None, top=None):
    for x, y in pts:
        if depth is None:
            p = p - Pos(x, y, 0) * Cylinder(d/2, 5000)
        else:
            p = p - Pos(x, y, top - depth/2) * Cylinder(d/2, depth)
    return p
def cbore(p, pts, d, D, dp, top):
    p = drill(p, pts, d)
    for x, y in pts:
        p = p - Pos(x, y, top - dp/2) * Cylinder(D/2, dp)
    return p
def csk(p, pts, d, D, top, ang=90):
    p = drill(p, pts, d)
    h = (D/2 - d/2) / math.tan(math.radians(ang/2))
    for x, y in pts:
        p = p - Pos(x, y, top - h/2) * Cone(d/2, D/2, h)
    return p
def ring(OD, ID, H):
    return Cylinder(OD/2, H) - Cylinder(ID/2, H)
def grid(nx, ny, px, py):
    return [((i-(nx-1)/2)*px, (j-(ny-1)/2)*py) for i in range(nx) for j in range(ny)]
def pcd(n, D, a0=0):
    return [(D/2*math.cos(math.radians(a0+360*i/n)), D/2*math.sin(math.radians(a0+360*i/n))) for i in range(n)]
def corners(L, W, e):
    return [(sx*(L/2-e), sy*(W/2-e)) for sx in (-1, 1) for sy in (-1, 1)]
def row(L, n, e):  # n holes along x, first/last e from ends
    if n == 1: return [(0, 0)]
    s = (L-2*e)/(n-1)
    return [(-L/2+e+i*s, 0) for i in range(n)]
def torus(R, r):
    return Torus(R, r)
def cup(L, W, H, wall, floor, r=0):
    o = Box(L, W, H)
    i = Pos(0, 0, floor/2) * Box(L-2*wall, W-2*wall, H-floor)
    return o - i
def roundcup(OD, H, wall, floor):
    return Cylinder(OD/2, H) - Pos(0, 0, floor/2) * Cylinder(OD/2-wall, H-floor)
def hexnut(s, m, d):
    h = extrude(RegularPolygon(s/2, 6, major_radius=False), m)
    return h - Cylinder(d/2, 100)
def lbracket(leg1, leg2, t, w):
    a = Pos(leg1/2, w/2, t/2) * Box(leg1, w, t)
    b = Pos(t/2, w/2, leg2/2) * Box(t, w, leg2)
    return a + b

R = []
def add(item, prompt, build, g, intent, why, imp=False, oos=False, keep=("extents", "volume", "genus")):
    R.append(dict(item=item, prompt=prompt, build=build, g=g, intent=intent, why=why, imp=imp, oos=oos, keep=keep))

# ---------------- item 1: numbers and units ----------------
add(1, 'Need a plate 4" x 2-1/2" x 1/4" thick with two 3/8" holes on the long centreline, 3" apart.',
    lambda: drill(P(4*IN, 2.5*IN, .25*IN), [(-1.5*IN, 0), (1.5*IN, 0)], .375*IN), 2,
    "inch plate with 2 holes", "4x2.5x0.25 in = 101.6x63.5x6.35 mm; holes 9.525 mm at +/-38.1 mm")
add(1, "washer OD 1-1/4 in, ID 17/32, 1/16 thick pls", lambda: ring(1.25*IN, 17/32*IN, IN/16), 1,
    "inch washer", "OD 31.75, ID 13.49375, t 1.5875 mm")
add(1, "disc 12,5 cm diameter, 8 mm thick, Ø10 hole in the middle", lambda: drill(Cylinder(62.5, 8), [(0, 0)], 10), 1,
    "disc with centre hole, decimal comma", "12,5 cm = 125 mm dia; 8 thick; 10 mm hole")
add(1, "spacer ⌀20 x 35 long, ⌀8.5 through", lambda: ring(20, 8.5, 35), 1, "round spacer", "OD 20, bore 8.5, length 35")
add(1, "block 3 x 5 x 2 cm, with a 6 mm radius hole going through the 2 cm direction, centered",
    lambda: drill(P(30, 50, 20), [(0, 0)], 12), 1, "cm block with hole", "30x50x20 mm; 6 mm radius = 12 mm dia through the 20 mm thickness")
add(1, "flat bar 40 per 6, cut to 400 mm", lambda: Box(400, 40, 6), 0, "flat bar stock", "'40 per 6' = 40 wide x 6 thick, length 400")
add(1, "Make me a four inch square plate, quarter inch thick. nothing else on it.", lambda: Box(4*IN, 4*IN, .25*IN), 0,
    "plain square plate", "4 in = 101.6, 1/4 in = 6.35")
add(1, "round plate 150 dia 10 thk with a dozen 8mm holes on a 120 circle, evenly spaced",
    lambda: drill(Cylinder(75, 10), pcd(12, 120), 8), 12, "disc with bolt circle", "a dozen = 12 holes dia 8 on PCD 120")
add(1, "6mm thick plate, 80 by 45, R5 on the corners", lambda: P(80, 45, 6, 5), 0, "plate, thickness first", "80x45x6, corner radius 5 on the 4 vertical edges")
add(1, "ring 60 od 48 id 12 tall", lambda: ring(60, 48, 12), 1, "ring, mm omitted", "OD 60, ID 48, height 12 (mm assumed)")
add(1, "tube, 0,75 m long, Ø25/Ø21", lambda: ring(25, 21, 750), 1, "tube, metres with decimal comma", "0,75 m = 750 mm; OD 25 ID 21")
add(1, "two and a half inch disc, 3/16 thick, center hole 1/2\"", lambda: ring(2.5*IN, .5*IN, 3/16*IN), 1,
    "inch disc in words", "OD 63.5, ID 12.7, t 4.7625")
add(1, "rod 3,2 cm dia, 15 cm long", lambda: Cylinder(16, 150), 0, "round rod in cm", "dia 32, length 150")
add(1, "1\" square bar, 6\" long, 1/4\" hole drilled through 1\" in from each end",
    lambda: drill(Box(6*IN, IN, IN), [(-2*IN, 0), (2*IN, 0)], .25*IN), 2, "square bar with 2 holes",
    "25.4x25.4x152.4; 6.35 holes at 25.4 from each end (x=+/-50.8), through one face")
add(1, "plate 200 x 100 x 5 with 10mm radius holes at the 4 corners, centres 20 in from the edges",
    lambda: drill(Box(200, 100, 5), corners(200, 100, 20), 20), 4, "plate with corner holes, radius given",
    "10 mm radius = 20 dia holes at 20 from each edge")
add(1, "spacer block .5 x .75 x 1.25 in", lambda: Box(.5*IN, .75*IN, 1.25*IN), 0, "inch block", "12.7 x 19.05 x 31.75")
add(1, "A 5 cm x 5 cm square, 5 mm thick, with hole ⌀ 12 in the centre", lambda: drill(Box(50, 50, 5), [(0, 0)], 12), 1,
    "square plate with centre hole", "50x50x5, dia 12")
add(1, "disc: dia 90, thk 4.5, 3 holes 6.5 at 120 deg on a 70 circle", lambda: drill(Cylinder(45, 4.5), pcd(3, 70), 6.5), 3,
    "disc with 3 holes", "3 x dia 6.5 on PCD 70")
add(1, "plate 250mm x 0.2 m x 8", lambda: Box(250, 200, 8), 0, "mixed units plate", "0.2 m = 200; 8 mm assumed")
add(1, "sixteen by ten by one centimetre block please", lambda: Box(160, 100, 10), 0, "block in words", "16 x 10 x 1 cm = 160x100x10")
add(1, "washer, 1/2 in bore, 1 in OD, .090 thk", lambda: ring(IN, .5*IN, .09*IN), 1, "inch washer with decimal",
    "OD 25.4, ID 12.7, t 2.286")
add(1, "2\" disc, 1/8\" thick, 3 holes Ø15mm on a 45 mm circle", None, 0, "disc with holes (cannot fit)",
    "2 in = 50.8 dia (R 25.4); holes reach 22.5+7.5 = 30 mm from centre > 25.4: holes break out of the disc", imp=True)
add(1, "plate 3 x 1 in, 3/16 thick, 1-1/8\" hole in the middle", None, 0, "plate with oversize hole",
    "1-1/8 in = 28.575 mm hole is wider than the 25.4 mm plate", imp=True)
add(1, "Ring 2,5 cm OD, 1,8 cm ID, 3 mm thk", lambda: ring(25, 18, 3), 1, "ring with decimal commas", "OD 25, ID 18, t 3")
add(1, "bushing 7/8\" OD x 5/8\" ID x 1-1/2\" lg", lambda: ring(7/8*IN, 5/8*IN, 1.5*IN), 1, "inch bushing",
    "OD 22.225, ID 15.875, L 38.1")

# ---------------- item 2: roles in context ----------------
add(2, "tube, ID 40, wall 3, 120 long", lambda: ring(46, 40, 120), 1, "tube from ID+wall", "OD = 40+2*3 = 46")
add(2, "need a sleeve OD 32 with 2.5 wall, length 75mm", lambda: ring(32, 27, 75), 1, "tube from OD+wall", "ID = 32-2*2.5 = 27")
add(2, "open top box, outside 80x60x40, walls 3 mm, bottom 5 mm", lambda: cup(80, 60, 40, 3, 5), 0,
    "open box", "outer 80x60x40; cavity 74x54x35 open at top")
add(2, "round cup 50 OD, 30 deep, 2 mm sides, 3 mm bottom", lambda: roundcup(50, 33, 2, 3), 0, "round cup",
    "30 deep = inside depth; total height 30+3 = 33; inner dia 46")
add(2, "plate 100x100x10, hole of 20 in the centre", lambda: drill(Box(100, 100, 10), [(0, 0)], 20), 1,
    "plate with one centre hole", "one 20 mm dia hole")
add(2, "O-ring, 3 mm cross-section, 25 ID", lambda: torus(14, 1.5), 1, "o-ring torus", "ID 25 -> major R = 12.5+1.5 = 14, tube r 1.5; OD 31")
add(2, "torus 100 OD, cross section 10", lambda: torus(45, 5), 1, "torus", "OD 100, section dia 10 -> R 45, r 5")
add(2, "bar 300 long 25x6, 8mm holes at 50 pitch, first and last 25 from the ends",
    lambda: drill(Box(300, 25, 6), row(300, 6, 25), 8), 6, "bar with pitched holes", "(300-2*25)/50+1 = 6 holes")
add(2, "perf plate 120 x 80 x 2, 4 rows x 6 columns of 5mm holes, 15 pitch, centred",
    lambda: drill(Box(120, 80, 2), grid(6, 4, 15, 15), 5), 24, "perforated plate", "6 columns along 120, 4 rows along 80, 24 holes")
add(2, "rect tube 40x20 outside, 2 wall, 500 long", lambda: Box(40, 20, 500) - Box(36, 16, 500), 1, "rectangular tube",
    "inside 36x16, sharp corners")
add(2, "ring - bore 22, 4 mm wall, 8 wide", lambda: ring(30, 22, 8), 1, "ring from bore+wall", "OD 22+8 = 30; width 8 = axial length")
add(2, "spacer 12 long, ID 6.4 and 1.8 wall", lambda: ring(10, 6.4, 12), 1, "spacer", "OD 6.4+3.6 = 10")
add(2, "tray 150 x 100 outside, 20 deep inside, floor 2, walls 1.5", lambda: cup(150, 100, 22, 1.5, 2), 0, "tray",
    "height 20+2 = 22; cavity 147x97x20")
add(2, "flange disc 80 dia 6 thk, centre bore 30, 6 holes 6.6 on 64 PCD",
    lambda: drill(drill(Cylinder(40, 6), [(0, 0)], 30), pcd(6, 64), 6.6), 7, "flange", "bore + 6 bolt holes = 7 through-holes")
add(2, "strip 200 long, 20 wide, 3 thick, holes dia 4 every 25 mm, first one 12.5 from the end",
    lambda: drill(Box(200, 20, 3), row(200, 8, 12.5), 4), 8, "strip with pitched holes", "(200-25)/25+1 = 8 holes")
add(2, "block 60 x 40 x 30, 20 dia hole 15 deep in the middle of the top",
    lambda: drill(Box(60, 40, 30), [(0, 0)], 20, depth=15, top=15), 0, "block with blind hole", "blind hole, 30 is the height")
add(2, "lid: 70 across, 4 thick, with a lip underneath 3 wide and 2 tall right at the edge",
    lambda: Cylinder(35, 4) + Pos(0, 0, -3) * ring(70, 64, 2), 0, "lid with rim", "disc 70x4 + rim OD 70 ID 64 height 2 below; total 6 tall")
add(2, "tube OD 20 wall 12", None, 0, "tube (impossible)", "wall 12 x 2 = 24 > OD 20: no bore left", imp=True)
add(2, "pipe ID 1 in, 1/8 wall, 6 in long", lambda: ring(1.25*IN, IN, 6*IN), 1, "inch pipe from ID+wall", "OD = 25.4+6.35 = 31.75; L 152.4")
add(2, "square frame 100 outside, 10 wide border, 5 thick", lambda: Box(100, 100, 5) - Box(80, 80, 5), 1, "square frame", "opening 80x80")
add(2, "3 x 5 grid of 6 mm holes, pitch 20 both ways, plate edge 15 from the outer hole centres, 3 thick",
    lambda: drill(Box(110, 70, 3), grid(5, 3, 20, 20), 6), 15, "plate sized from hole grid", "70 = 2*20+30, 110 = 4*20+30; 15 holes")
add(2, "plate 50 wide with 4 holes of 12 mm at 10 mm pitch in a row", None, 0, "overlapping holes",
    "12 mm holes at 10 mm pitch overlap each other", imp=True)
add(2, "O ring cord 2.5, OD 40", lambda: torus(18.75, 1.25), 1, "o-ring from OD", "R = 20-1.25 = 18.75, r 1.25")
add(2, "shim ring: inner 35, wall 2.5, thickness 0.5", lambda: ring(40, 35, .5), 1, "shim", "OD 35+5 = 40")
add(2, "box 100x50 footprint outside, 30 deep, walls 2, base 3", lambda: cup(100, 50, 33, 2, 3), 0, "open box",
    "30 deep inside -> 33 tall; cavity 96x46x30")

# ---------------- item 3: standards / names ----------------
add(3, "housing block for a 608 bearing: 40x40x12, bearing bore right through the middle",
    lambda: drill(Box(40, 40, 12), [(0, 0)], 22), 1, "bearing block", "608 = 8x22x7; bore = OD 22 (nominal)")
add(3, "spacer ring same size as a 6204 bearing", lambda: ring(47, 20, 14), 1, "bearing-size ring", "6204 = 20 bore x 47 OD x 14 wide")
add(3, "NEMA 17 mount plate 60x60x5, pilot hole and the 4 M3 screw holes", lambda: drill(drill(Box(60, 60, 5), [(0, 0)], 22), corners(31, 31, 0), 3.4), 5,
    "NEMA17 plate", "pilot 22, 4x 3.4 (M3 normal) on 31 square")
add(3, "nema23 plate 80x80x6, 5.5 holes on the standard bolt square + 38.1 pilot",
    lambda: drill(drill(Box(80, 80, 6), [(0, 0)], 38.1), corners(47.14, 47.14, 0), 5.5), 5, "NEMA23 plate", "bolt square 47.14")
add(3, "M8 washer per ISO 7089", lambda: ring(16, 8.4, 1.6), 1, "standard washer", "ISO 7089 M8: 8.4 x 16 x 1.6")
add(3, "DIN 9021 washer for M6", lambda: ring(18, 6.4, 1.6), 1, "large washer", "DIN 9021 M6: 6.4 x 18 x 1.6")
add(3, "M10 nut blank ISO 4032, hex body only, no thread, bore at tap drill size",
    lambda: hexnut(16, 8.4, 8.5), 1, "nut blank", "s 16 AF, m 8.4, bore 8.5 (M10 tap drill)")
add(3, "plate 100x50x8 w/ 4 M6 clearance holes (normal fit) 10 from edges",
    lambda: drill(Box(100, 50, 8), corners(100, 50, 10), 6.6), 4, "plate with clearance holes", "ISO 273 normal M6 = 6.6")
add(3, "bar 120 x 20 x 10, two M5 close-fit holes 15 from each end, through the 10",
    lambda: drill(Box(120, 20, 10), row(120, 2, 15), 5.3), 2, "bar with close-fit holes", "ISO 273 fine M5 = 5.3")
add(3, "block 2 x 1 x 1 in, two 1/4-20 tapped holes in the top 1.5 in apart, 0.5 deep",
    lambda: drill(Box(2*IN, IN, IN), [(-.75*IN, 0), (.75*IN, 0)], .201*IN, depth=.5*IN, top=IN/2), 0,
    "block with blind tapped holes", "modelled at #7 tap drill 0.201 in = 5.105 mm, 12.7 deep; no thread")
add(3, "1/8\" plate 2\" x 3\", #10 screw clearance (normal) one in each corner 1/4\" in",
    lambda: drill(Box(3*IN, 2*IN, IN/8), corners(3*IN, 2*IN, IN/4), .201*IN), 4, "inch plate", "ASME B18.2.8 normal #10 = 0.201 in")
add(3, "300mm of 1-1/4\" sch 40 pipe", lambda: ring(42.2, 42.2-7.12, 300), 1, "pipe", "NPS 1-1/4 sch 40 = 42.2 OD x 3.56 wall")
add(3, "NPS 2 schedule 80, 150 long", lambda: ring(60.3, 60.3-11.08, 150), 1, "pipe", "60.3 OD x 5.54 wall")
add(3, "a coaster for a 350 ml mug", None, 0, "coaster", "no diameter or thickness given; mug volume is not a size: omit expect")
add(3, "end cap for 2020 extrusion: 20x20 plate, 3 thick, 5mm hole in the middle for the M5 into the core",
    lambda: drill(Box(20, 20, 3), [(0, 0)], 5), 1, "2020 end cap", "2020 -> 20x20 outline")
add(3, "corner bracket for 3030, both legs 30 x 30, 4 thk, one 6.5 hole in the middle of each leg (15 from the outside corner)",
    lambda: drill(lbracket(30, 30, 4, 30), [(15, 15)], 6.5) - Pos(0, 15, 15) * Rotation(0, 90, 0) * Cylinder(3.25, 1000), 2,
    "L bracket", "legs 30 long x 30 wide (3030), t 4; holes 15 from the outside corner, centred across the 30 width")
add(3, "4040 extrusion, 500mm", lambda: Box(40, 40, 500), None, "extrusion", "4040 profile: extents 40x40x500; slot profile not exact -> volume and genus omitted",
    oos=True, keep=("extents",))
add(3, "6001 seat ring: 3mm wall around the bearing OD, as wide as the bearing", lambda: ring(34, 28, 8), 1, "bearing ring", "6001 = 12x28x8")
add(3, "M12 nut ISO 4032 but just the hex with a plain 12 hole", lambda: hexnut(18, 10.8, 12), 1, "nut blank", "s 18, m 10.8")
add(3, "dummy 625 bearing for a fit check", lambda: ring(16, 5, 5), 1, "bearing dummy", "625 = 5x16x5")
add(3, "6205 bearing seat in a 40 mm wide block", None, 0, "bearing block (too small)", "6205 OD 52 > block width 40", imp=True)
add(3, "plate 3 x 2 x 1/4 inch, two 3/8-16 tapped thru holes on the long centreline 2\" apart",
    lambda: drill(Box(3*IN, 2*IN, IN/4), [(-IN, 0), (IN, 0)], 5/16*IN), 2, "tapped plate", "3/8-16 tap drill 5/16 in = 7.9375")
add(3, "a foot of 3/4 sch 40", lambda: ring(26.7, 26.7-5.74, 304.8), 1, "pipe", "NPS 3/4 sch40 = 26.7 OD x 2.87 wall; 1 ft = 304.8")
add(3, "30x30x3 plate with 4 M3 close fit holes on a 20 square", lambda: drill(Box(30, 30, 3), corners(20, 20, 0), 3.2), 4,
    "small plate", "ISO 273 fine M3 = 3.2")
add(3, "NEMA 17 mount out of a 30 x 30 plate", None, 0, "too small NEMA plate", "31 mm bolt square holes lie outside a 30 mm plate", imp=True)

# ---------------- item 4: drawing shorthand ----------------
add(4, "PLATE 120 x 80 x 10. 4x Ø6.6 THRU, 10 FROM EDGES. R5 ALL CORNERS.",
    lambda: drill(P(120, 80, 10, 5), corners(120, 80, 10), 6.6), 4, "plate", "as noted")
add(4, "BLOCK 50x50x20, Ø6.6 THRU, C'BORE Ø11 x 6.5 DP, CENTRED", lambda: cbore(Box(50, 50, 20), [(0, 0)], 6.6, 11, 6.5, 10), 1,
    "counterbored block", "one cbore hole")
add(4, "DISC Ø100 x 8 THK, Ø40 CENTRE BORE, 6x Ø9 THRU EQ SP ON PCD 70",
    lambda: drill(drill(Cylinder(50, 8), [(0, 0)], 40), pcd(6, 70), 9), 7, "flange disc", "7 through holes")
add(4, "80x60x12 PLATE - 4x M6 x 1.0 TAP THRU ON 60x40 CTRS", lambda: drill(Box(80, 60, 12), corners(60, 40, 0), 5.0), 4,
    "tapped plate", "modelled at tap drill 5.0, no thread")
add(4, "plate 90x50x8, 4x Ø6.4 THRU, CSK Ø12 x 90° NEAR SIDE, 12 from edges",
    lambda: csk(Box(90, 50, 8), corners(90, 50, 12), 6.4, 12, 4), 4, "countersunk plate", "90 deg cone from 12 down to 6.4 (depth 2.8)")
add(4, "100x60x6 / 2 ROWS OF 3 Ø8 THRU @ 25 PITCH, PATTERN CENTRED", lambda: drill(Box(100, 60, 6), grid(3, 2, 25, 25), 8), 6,
    "hole pattern", "3 along 100, 2 rows 25 apart")
add(4, "BLOCK 40 x 25 x 15, 1 x 45° CHAMFER ALL TOP EDGES", lambda: chamfer(Box(40, 25, 15).edges().group_by(Axis.Z)[-1], 1), 0,
    "chamfered block", "1 mm chamfer on the 4 top edges")
add(4, "Ø30 x 50 LG, Ø10 THRU, 1 x 45° CHAM BOTH ENDS (OD)",
    lambda: chamfer(Cylinder(15, 50).edges(), 1) - Cylinder(5, 50), 1, "pin with chamfers", "outer end edges chamfered 1 mm, bore 10")
add(4, "WASHER Ø24 / Ø13 x 2.5", lambda: ring(24, 13, 2.5), 1, "washer", "OD 24, ID 13, t 2.5")
add(4, "SPACER  OD 16  ID 8.2  L 20", lambda: ring(16, 8.2, 20), 1, "spacer", "as noted")
add(4, "FLAT BAR 50 x 8 x 250 LG, 3x Ø11 THRU EQ SP, 25 FROM ENDS", lambda: drill(Box(250, 50, 8), row(250, 3, 25), 11), 3,
    "bar", "holes at 25, 125, 225 (spacing 100)")
add(4, "150 x 90, 3 THK, R10 ALL CORNERS", lambda: P(150, 90, 3, 10), 0, "plate", "as noted")
add(4, "ANGLE BRKT 40 x 40 x 5 THK x 60 WIDE, 2x Ø5.5 THRU EACH LEG, 20 FROM CORNER OUTSIDE, 15 FROM SIDES",
    lambda: (drill(lbracket(40, 40, 5, 60), [(20, 15), (20, 45)], 5.5)
             - Pos(0, 15, 20) * Rotation(0, 90, 0) * Cylinder(2.75, 1000) - Pos(0, 45, 20) * Rotation(0, 90, 0) * Cylinder(2.75, 1000)),
    4, "angle bracket", "holes 20 from the outside corner along each leg, 15 from each side edge")
add(4, "90 SQ x 12 THK, Ø22 THRU CTR, 4x Ø5.5 ON Ø75 PCD @ 45°",
    lambda: drill(drill(Box(90, 90, 12), [(0, 0)], 22), pcd(4, 75, 45), 5.5), 5, "plate", "holes at 45 deg on PCD 75")
add(4, "60 x 30 x 10 BLK. 2x Ø5.5 THRU ⌴ Ø9.5 ↧ 5.4, 40 CTRS", lambda: cbore(Box(60, 30, 10), [(-20, 0), (20, 0)], 5.5, 9.5, 5.4, 5), 2,
    "cbore block (symbols)", "cbore 9.5 dia 5.4 deep")
add(4, "RING OD 80 ID 60 THK 5, 8x Ø4.5 EQ SP ON PCD 70", lambda: drill(ring(80, 60, 5), pcd(8, 70), 4.5), 9, "ring", "bore + 8 holes")
add(4, "PLATE 40 x 40 x 6, 4x Ø10 THRU ON 36 SQ", None, 0, "holes off the edge", "hole edge at 18+5 = 23 > 20 half width", imp=True)
add(4, "BLOCK 80 x 30 x 25, Ø12 THRU ALONG 80 LENGTH, CENTRED", lambda: Box(80, 30, 25) - Rotation(0, 90, 0) * Cylinder(6, 200), 1,
    "bored block", "axial bore")
add(4, "PLATE 70x40x4  4X Ø4.5 THRU 5 FROM EDGES  0.5 x 45° ALL EDGES",
    lambda: drill(chamfer(Box(70, 40, 4).edges(), .5), corners(70, 40, 5), 4.5), 4, "plate", "0.5 chamfer all 12 edges, then holes")
add(4, "BLK 40x40x30 - M8x1.25 TAP 15 DP / Ø6.8 DRILL 18 DP, TOP CTR",
    lambda: drill(Box(40, 40, 30), [(0, 0)], 6.8, depth=18, top=15), 0, "blind tapped hole", "modelled as 6.8 drill 18 deep flat bottom, no thread")
add(4, "PLATE 60 x 40 x 5, SLOT 6 WIDE x 30 LG THRU, CENTRED ON LONG AXIS",
    lambda: Box(60, 40, 5) - extrude(SlotOverall(30, 6), 5, both=True), 1, "slotted plate", "slot overall length 30, width 6")
add(4, "Ø 2.000 x .250 THK, Ø.500 THRU", lambda: ring(2*IN, .5*IN, .25*IN), 1, "inch disc", "50.8 x 6.35, hole 12.7")
add(4, "PLATE 6.00 x 4.00 x .375, 4X Ø.281 THRU .50 FROM EDGES, R.25 ALL CORNERS",
    lambda: drill(P(6*IN, 4*IN, .375*IN, .25*IN), corners(6*IN, 4*IN, .5*IN), .281*IN), 4, "inch plate", "inch dims converted")
add(4, "PLATE 50x50x6, Ø5.5 THRU C'BORE Ø8 x 8 DP CTR", None, 0, "cbore deeper than plate", "8 deep cbore in a 6 thick plate", imp=True)
add(4, "GASKET 100 x 100 x 1.5, Ø60 CUTOUT CTR, 4x Ø7 ON 80 SQ", lambda: drill(drill(Box(100, 100, 1.5), [(0, 0)], 60), corners(80, 80, 0), 7), 5,
    "gasket", "centre cutout + 4 bolt holes")

def fmtvol(v):
    return round(v, 1) if v >= 100 else float(f"{v:.5g}")

out = []
counts = {}
for i, r in enumerate(R):
    cid = f"c{1101+i}"
    e = {}
    if r["build"] is not None:
        s = r["build"]()
        sols = s.solids()
        assert len(sols) == 1, (cid, len(sols))
        s = sols[0]
        assert s.is_valid, cid
        bb = s.bounding_box()
        ext = sorted([round(bb.size.X, 2), round(bb.size.Y, 2), round(bb.size.Z, 2)])
        v = s.volume
        assert v > 0
        V, E, F = len(s.vertices()), len(s.edges()), len(s.faces())
        sh = len(s.shells())
        Rr = sum(len(fc.wires()) - 1 for fc in s.faces())
        g = 1 - (V - E + F - Rr) // 2 if sh == 1 else None
        if r["g"] is not None:
            assert g == r["g"], (cid, g, r["g"], V, E, F)
        full = {"extents": ext, "volume": fmtvol(v), "genus": g}
        e = {k: full[k] for k in r["keep"]}
    elif not r["imp"]:
        e = {}
    out.append({"id": cid, "item": r["item"], "prompt": r["prompt"], "expect": e, "intent": r["intent"], "why": r["why"],
                "out_of_scope": r["oos"], "impossible": r["imp"]})
    counts[r["item"]] = counts.get(r["item"], 0) + 1
with open(str(__import__("pathlib").Path(__file__).with_name("coverage9a_prompts.jsonl")), "w") as f:
    for o in out:
        f.write(json.dumps(o, ensure_ascii=False) + "\n")
print(counts, len(out))

# ruff: noqa
import json, math
from pathlib import Path

OUT = Path(__file__).with_name("coverage11_prompts.jsonl")
pi = math.pi
IN = 25.4


def cyl(d, h):
    return pi / 4 * d * d * h


def tube(od, idd, h):
    return cyl(od, h) - cyl(idd, h)


def hexa(s):  # hexagon area from across-flats
    return math.sqrt(3) / 2 * s * s


def hexac(s):  # across corners
    return s / math.cos(math.radians(30))


def fil(r, L):  # material removed by a fillet r along an edge L
    return (1 - pi / 4) * r * r * L


def rcube(a, r):  # cube a with every edge rounded r
    b = a - 2 * r
    return b ** 3 + 6 * b * b * r + 3 * pi * r * r * b + 4 / 3 * pi * r ** 3


def torus(R, r):
    return 2 * pi * pi * R * r * r


def cham_out(r, c):  # 45 deg chamfer c on the outer circular edge of a cylinder radius r
    return 2 * pi * (r - c / 3) * c * c / 2


def cham_in(r, c):  # 45 deg chamfer c on the edge of a hole radius r
    return 2 * pi * (r + c / 3) * c * c / 2


def csk_extra(d_top, d_hole, angle=90):  # extra volume of a countersink cone over the plain hole
    R, r = d_top / 2, d_hole / 2
    h = (R - r) / math.tan(math.radians(angle / 2))
    return pi * h / 3 * (R * R + R * r + r * r) - pi * r * r * h


def seg_area_strip(r, w, ybot):  # area of circle radius r above y=ybot and |x|<w/2
    def F(x):
        return (x * math.sqrt(r * r - x * x) + r * r * math.asin(x / r)) / 2
    a = w / 2
    return 2 * F(a) - 2 * a * ybot


def seg_sagitta(r, h):  # circular segment area with sagitta h
    return r * r * math.acos((r - h) / r) - (r - h) * math.sqrt(2 * r * h - h * h)


def radial_hole(d, rin, rout, n=4000):  # radial drilled hole between two coaxial cylinders
    a = d / 2
    s = 0.0
    for i in range(n):
        x = -a + (i + 0.5) * 2 * a / n
        s += 2 * math.sqrt(a * a - x * x) * (math.sqrt(rout ** 2 - x * x) - math.sqrt(rin ** 2 - x * x))
    return s * 2 * a / n


def circ_int(r, y0, y1, n=4000):  # integral of sqrt(r^2 - y^2) dy from y0 to y1
    s = 0.0
    for i in range(n):
        y = y0 + (i + 0.5) * (y1 - y0) / n
        s += math.sqrt(max(r * r - y * y, 0))
    return s * (y1 - y0) / n


cases = []
nid = [1401]


def add(item, prompt, ext, vol, genus, intent, why, oos=False, imp=False):
    e = {}
    if ext is not None:
        e["extents"] = [round(v, 3) for v in sorted(ext)]
    if vol is not None:
        e["volume"] = round(vol, 1)
    if genus is not None:
        e["genus"] = genus
    cases.append({"id": f"c{nid[0]}", "item": item, "prompt": prompt, "expect": e,
                  "intent": intent, "why": why, "out_of_scope": oos, "impossible": imp})
    nid[0] += 1


def nope(item, prompt, intent, why, oos=False, imp=False):
    add(item, prompt, None, None, None, intent, why, oos, imp)


# ---------------- item 1: numbers and units ----------------
a, b, t, d = 4 * IN, 2.5 * IN, 0.25 * IN, 3 / 8 * IN
add(1, 'Need a plate 4" x 2-1/2" x 1/4" with one 3/8 in hole dead centre. Aluminium, nothing fancy.',
    [a, b, t], a * b * t - cyl(d, t), 1, "inch plate with one centre hole",
    "4in=101.6, 2-1/2in=63.5, 1/4in=6.35, hole 3/8in=9.525 through the thickness")
add(1, "hello, i need rod 3,5 cm diameter and 12 cm long, thank you",
    [35, 35, 120], cyl(35, 120), 0, "round rod", "3,5 cm = 35 mm diameter, 12 cm = 120 mm long")
add(1, "80x60x5 plate, four 6mm holes 10mm in from each edge at the corners",
    [80, 60, 5], 80 * 60 * 5 - 4 * cyl(6, 5), 4, "plate with 4 corner holes", "four = 4 holes d6 through t5")
add(1, "Looking for a flat bar 260 long, 20 wide, 5 thick with a dozen 4 mm holes down the middle, 20 mm apart, pattern centred on the length.",
    [260, 20, 5], 260 * 20 * 5 - 12 * cyl(4, 5), 12, "bar with 12 holes in a row",
    "a dozen = 12 holes d4; 11 gaps x 20 = 220 span, 20 mm margin each end")
add(1, "Ø25 x 40 round bar, ⌀8 bore straight through on the axis",
    [25, 25, 40], tube(25, 8, 40), 1, "bored round bar", "OD 25 length 40 minus d8 through bore")
add(1, "disc, 80 across and 6 thick, with a 10 mm radius hole in the middle",
    [80, 80, 6], tube(80, 20, 6), 1, "disc with centre hole", "10 mm radius hole = d20")
add(1, "Please flat bar 50 per 8, cut to 400 mm, 1 pc. S235.",
    [50, 8, 400], 50 * 8 * 400, 0, "flat bar stock cut to length", "50 per 8 = 50 x 8 section, 400 long")
add(1, "3 mm thick, 45 wide, 120 long. Plate. Put a 1/4\" hole at each end, 10 from the end, on the centreline.",
    [3, 45, 120], 3 * 45 * 120 - 2 * cyl(0.25 * IN, 3), 2, "plate thickness-first with two inch holes",
    "thickness given first: 3 x 45 x 120; holes 1/4in = 6.35")
od, w, L = 1.25 * IN, 0.125 * IN, 6 * IN
add(1, 'Can someone model a 1-1/4 inch OD tube, 1/8" wall, 6 in long? Just need it for a mockup.',
    [od, od, L], tube(od, od - 2 * w, L), 1, "inch tube",
    "OD 31.75, wall 3.175 -> ID 25.4, length 152.4")
add(1, "0,5 m Vierkantrohr 40x40x2 bitte",
    [40, 40, 500], (40 * 40 - 36 * 36) * 500, 1, "square tube 0.5 m",
    "0,5 m = 500 mm; 40x40 outside, 2 wall -> 36x36 inside")
add(1, "cylinder R15, height 22",
    [30, 30, 22], cyl(30, 22), 0, "cylinder given by radius", "R15 -> diameter 30, height 22")
add(1, "make me a block 25 by 40 by 60 with a 12 hole going through the 25 direction, centred on the big face",
    [25, 40, 60], 25 * 40 * 60 - cyl(12, 25), 1, "block with through hole, units omitted",
    "no units -> mm; d12 hole through the 25 mm thickness")
od, idd, t = 0.75 * IN, 5 / 16 * IN, IN / 16
add(1, "washer, three quarter inch OD, 5/16 hole, a sixteenth thick",
    [od, od, t], tube(od, idd, t), 1, "inch washer",
    "OD 3/4in=19.05, ID 5/16in=7.9375, t 1/16in=1.5875")
add(1, "Spacer Ø 12,7 x 15 lg, bore 6,35 thru",
    [12.7, 12.7, 15], tube(12.7, 6.35, 15), 1, "spacer with decimal commas", "OD 12.7, ID 6.35, length 15")
a, b, t = 12 * IN, 8 * IN, 0.25 * IN
add(1, "cover plate twelve by eight inches, quarter inch thick, two half-inch holes for lifting somewhere near the top edge",
    [a, b, t], a * b * t - 2 * cyl(0.5 * IN, t), 2, "inch cover plate with two holes",
    "304.8 x 203.2 x 6.35, two 12.7 holes (positions free, count fixes volume)")

# ---------------- item 2: roles in context ----------------
add(2, "pipe ID 50, wall 5, 200 long",
    [60, 60, 200], tube(60, 50, 200), 1, "pipe from ID and wall", "OD = 50 + 2x5 = 60")
add(2, "I need a tube OD 40 with a 3 mm wall, 75 long please",
    [40, 40, 75], tube(40, 34, 75), 1, "tube from OD and wall", "ID = 40 - 2x3 = 34")
add(2, "open-top box, 100 x 60 x 40 outside, walls 3 mm, bottom 5 mm",
    [100, 60, 40], 100 * 60 * 40 - 94 * 54 * 35, 0, "open box with thicker floor",
    "cavity 100-6 x 60-6 x 40-5 = 94 x 54 x 35")
add(2, "round pot for a succulent, Ø60 outside, 35 tall, 3 mm sides, bottom 4. no drain hole",
    [60, 60, 35], cyl(60, 35) - cyl(54, 31), 0, "cylindrical cup",
    "inner d 60-6 = 54, inner depth 35-4 = 31")
add(2, "square plate 90x90x8 with a hole of 20 in the centre",
    [90, 90, 8], 90 * 90 * 8 - cyl(20, 8), 1, "plate with one centre hole", "'hole of 20' = one d20 hole")
R, r = 20 + 1.75, 1.75
add(2, "O-ring 40 ID, 3.5 cross-section, need it as a solid for the assembly",
    [2 * (R + r), 2 * (R + r), 2 * r], torus(R, r), 1, "O-ring torus",
    "cord d3.5 -> r 1.75; major R = 40/2 + 1.75 = 21.75; OD 47; V = 2 pi^2 R r^2")
R, r = 44, 6
add(2, "torus, outer diameter 100 mm, cross-section 12",
    [100, 100, 12], torus(R, r), 1, "torus from OD and section", "r = 6, R = 50 - 6 = 44")
add(2, "bar 250 long, 30 wide, 10 thick. 10 mm holes at 50 mm pitch along it, first one 25 in from the end.",
    [250, 30, 10], 250 * 30 * 10 - 5 * cyl(10, 10), 5, "bar with pitched holes",
    "holes at 25, 75, 125, 175, 225 -> 5 holes d10")
add(2, "plate 120 x 90 x 4 - 3 rows x 4 columns of 5 mm holes, 25 mm spacing, pattern centred",
    [120, 90, 4], 120 * 90 * 4 - 12 * cyl(5, 4), 12, "plate with hole grid", "3 x 4 = 12 holes d5")
add(2, "tube ID 21 OD 25, 1 m long",
    [25, 25, 1000], tube(25, 21, 1000), 1, "long thin tube", "1 m = 1000 mm")
add(2, "sleeve: wall 2, ID 12, length 30",
    [16, 16, 30], tube(16, 12, 30), 1, "sleeve from ID + wall", "OD = 12 + 4 = 16")
add(2, "Drawer tray 200 x 150, 20 deep overall, 2 mm walls and floor, open top",
    [200, 150, 20], 200 * 150 * 20 - 196 * 146 * 18, 0, "shallow tray", "cavity 196 x 146 x 18")
add(2, "ring, 6 thick, inner dia 30, radial wall 5",
    [40, 40, 6], tube(40, 30, 6), 1, "ring from ID + radial wall", "OD = 30 + 2x5 = 40, height 6")
add(2, "Platte 140 x 70 x 6, 2 x 5 Bohrungen Ø6, Teilung 25 in beide Richtungen, mittig",
    [140, 70, 6], 140 * 70 * 6 - 10 * cyl(6, 6), 10, "plate with 2x5 hole grid", "2 rows x 5 = 10 holes d6")
add(2, "cap / lid that fits over an 76 square post: 80x80 outside, 12 high overall, 2 mm skirt, 3 mm top",
    [80, 80, 12], 80 * 80 * 12 - 76 * 76 * 9, 0, "inverted open box lid",
    "skirt 2 -> inside 76 x 76; top 3 -> cavity depth 9")

# ---------------- item 3: names that are not sizes, standards ----------------
add(3, "just a dummy 608 bearing for the assembly, a plain ring is fine",
    [22, 22, 7], tube(22, 8, 7), 1, "608 bearing envelope", "608: bore 8, OD 22, width 7")
add(3, "6204 bearing as a simple solid ring (bore, OD, width only)",
    [47, 47, 14], tube(47, 20, 14), 1, "6204 bearing envelope", "6204: 20 x 47 x 14")
add(3, "2020 extrusion 300mm, keep it a solid square bar, no slots, no centre hole, just a placeholder",
    [20, 20, 300], 20 * 20 * 300, 0, "2020 profile envelope", "2020 series = 20 x 20 section")
v = 60 * 60 * 5 - cyl(22, 5) - 4 * cyl(3.4, 5)
add(3, "Motor plate for a NEMA 17: 60x60, 5 thick, holes for the four motor screws plus the hole for the centring boss, all in the middle.",
    [60, 60, 5], v, 5, "NEMA 17 mount plate",
    "NEMA 17: M3 screws on 31 mm square, pilot boss d22; M3 clearance 3.4 (ISO 273 medium); pilot hole 22 (22.5 would change V by <1%)")
v = 70 * 70 * 6 - cyl(38.1, 6) - 4 * cyl(5.5, 6)
add(3, "nema23 adapter plate 70 x 70 x 6 alu, std bolt pattern and pilot",
    [70, 70, 6], v, 5, "NEMA 23 mount plate",
    "NEMA 23: 47.14 mm square pattern, pilot d38.1; M5 clearance 5.5 (ISO 273 medium); a 5.0 hole or 38.5 pilot stays within ~1%")
add(3, "50x50x10 block, one M8 clearance hole, medium fit, centred",
    [50, 50, 10], 50 * 50 * 10 - cyl(9.0, 10), 1, "block with M8 clearance hole", "ISO 273 medium M8 = 9.0")
add(3, "bar 40 x 20 x 12 with an M6 tapped hole through the 12 thickness in the middle (just model the tap drill)",
    [40, 20, 12], 40 * 20 * 12 - cyl(5.0, 12), 1, "bar with M6 tapped hole", "M6x1 tap drill 5.0")
s, m = 16, 8.4
add(3, "ISO 4032 M10 nut, plain hex prism, no chamfers, bore at tap-drill size",
    [s, hexac(s), m], (hexa(s) - pi / 4 * 8.5 ** 2) * m, 1, "M10 hex nut",
    "ISO 4032 M10: s=16, m=8.4 max; across corners 16/cos30=18.48; tap drill 8.5")
add(3, "DIN 125 washer M6 pls",
    [12, 12, 1.6], tube(12, 6.4, 1.6), 1, "DIN 125 M6 washer", "DIN 125-A M6: d1 6.4, d2 12, h 1.6")
add(3, "penny washer DIN 9021 for M8",
    [24, 24, 2], tube(24, 8.4, 2), 1, "DIN 9021 M8 washer", "DIN 9021 M8: 8.4 x 24 x 2")
a, t = IN, 0.5 * IN
add(3, "block 1 x 1 x 1/2 inch, 1/4-20 UNC tapped thru the middle of the 1x1 face (tap drill hole is fine)",
    [a, a, t], a * a * t - cyl(0.201 * IN, t), 1, "inch block with 1/4-20 tap",
    "1/4-20 tap drill #7 = 0.201in = 5.105 mm; block 25.4 x 25.4 x 12.7")
add(3, '1-1/4" sch 40 pipe, 300 long, plain ends',
    [42.16, 42.16, 300], tube(42.16, 42.16 - 2 * 3.56, 300), 1, "NPS 1-1/4 sch 40 pipe",
    "ASME B36.10: NPS 1-1/4 OD 42.16 (1.660in), sch 40 wall 3.56")
add(3, 'nipple 2" schedule 80, 150 mm long, no threads modelled',
    [60.33, 60.33, 150], tube(60.33, 60.33 - 2 * 5.54, 150), 1, "NPS 2 sch 80 nipple",
    "NPS 2 OD 60.33 (2.375in), sch 80 wall 5.54 (0.218in)")
nope(3, "can you do me a bumper case for an iPhone 15", "phone case",
     "needs the phone's exact outline, camera bump and button positions; not derivable from the words", oos=True)
nope(3, "a 350 ml mug with a handle, nice shape", "mug",
     "350 ml fixes a volume, not a shape; wall, height, diameter and handle are unknown", oos=True)

# ---------------- item 4: drawing and catalogue shorthand ----------------
add(4, "PLATE 100 x 60 x 10\n4x Ø6.6 THRU, 10 FROM EDGES",
    [100, 60, 10], 100 * 60 * 10 - 4 * cyl(6.6, 10), 4, "plate, 4 corner holes", "4 holes d6.6 through 10")
v = 50 * 50 * 20 - cyl(6.6, 20) - (cyl(11, 6.5) - cyl(6.6, 6.5))
add(4, "BLOCK 50x50x20. Ø6.6 THRU, C'BORE Ø11 x 6.5 DP, CENTRED ON TOP FACE",
    [50, 50, 20], v, 1, "block with counterbored hole", "d6.6 through 20 plus d11 counterbore 6.5 deep")
v = 40 * 40 * 8 - cyl(6.4, 8) - csk_extra(12, 6.4)
add(4, "PLATE 40 X 40 X 8 — Ø6.4 THRU, CSK Ø12 X 90°, CENTRE",
    [40, 40, 8], v, 1, "plate with countersunk hole",
    "d6.4 through; 90 deg cone from d12 to d6.4 is 2.8 deep, frustum volume minus the hole inside it")
add(4, "PLATE 150 x 80 x 6 / 2 ROWS OF 3 HOLES Ø8.5 THRU EQ SP",
    [150, 80, 6], 150 * 80 * 6 - 6 * cyl(8.5, 6), 6, "plate 2x3 holes", "2 x 3 = 6 holes d8.5")
add(4, "FLANGE Ø100 x 12 THK, BORE Ø40, 6x Ø9 EQ SP ON PCD 70",
    [100, 100, 12], tube(100, 40, 12) - 6 * cyl(9, 12), 7, "flange with bore and bolt circle", "bore + 6 bolt holes = genus 7")
add(4, "PLATE 80x50x8\nM6 x 1.0 TAP THRU, 4 PLCS, 40 x 30 PATTERN CENTRED",
    [80, 50, 8], 80 * 50 * 8 - 4 * cyl(5.0, 8), 4, "plate with 4 tapped holes", "M6x1.0 modelled as d5.0 tap drill")
add(4, "PLATE 120 x 80 x 5, R5 ALL CORNERS, NO HOLES",
    [120, 80, 5], 120 * 80 * 5 - 4 * fil(5, 5), 0, "plate with rounded corners",
    "R5 on the 4 outline corners (vertical edges, length 5)")
add(4, "SHAFT Ø20 x 80 LG, 1 x 45° CHAMFER BOTH ENDS",
    [20, 20, 80], cyl(20, 80) - 2 * cham_out(10, 1), 0, "chamfered shaft",
    "each chamfer ring removes 2 pi (r - c/3) c^2/2")
add(4, "BLOCK 60 x 40 x 30, BREAK ALL EDGES 1 x 45°",
    [60, 40, 30], 60 * 40 * 30 - 0.5 * 4 * (60 + 40 + 30), 0, "block with all edges chamfered",
    "12 edges, total length 520, each removes c^2/2 per mm; corner overlaps negligible")
add(4, "DISC Ø50 x 10\nØ10 THRU CENTRE\n3x M5x0.8 TAP THRU EQ SP ON PCD 36",
    [50, 50, 10], cyl(50, 10) - cyl(10, 10) - 3 * cyl(4.2, 10), 4, "disc with tapped bolt circle", "M5 tap drill 4.2")
v = 80 * 60 * 12 - 4 * (cyl(5.5, 12) + cyl(10, 5.4) - cyl(5.5, 5.4))
add(4, "PLATE 80 x 60 x 12\n4X Ø5.5 THRU ⌴ Ø10 ↧ 5.4\n60 x 40 RECT PATTERN, CENTRED",
    [80, 60, 12], v, 4, "plate with 4 counterbored holes", "symbol callout: counterbore d10 depth 5.4 over d5.5 through")
add(4, "BAR 25 SQ x 150 LG, 2x Ø10 THRU, 100 CRS, CENTRED",
    [25, 25, 150], 25 * 25 * 150 - 2 * cyl(10, 25), 2, "square bar with 2 holes", "2 holes d10 through 25")
add(4, "TUBE OD 30 / ID 24 x 60 LG",
    [30, 30, 60], tube(30, 24, 60), 1, "tube callout", "OD 30 ID 24 length 60")
t, a, b, d = 3 / 16 * IN, 4 * IN, 6 * IN, 0.257 * IN
add(4, 'PLATE 3/16" THK x 4" x 6", (4) .257 DIA THRU',
    [t, a, b], a * b * t - 4 * cyl(d, t), 4, "inch plate with 4 holes",
    "t 4.7625, 101.6 x 152.4, holes 0.257in = 6.528")
add(4, "BOSS Ø30 x 15 HIGH ON BASE 70 x 70 x 8, BOSS CENTRED, Ø12 THRU BOTH",
    [70, 70, 23], 70 * 70 * 8 + cyl(30, 15) - cyl(12, 23), 1, "base plate with boss",
    "total height 8 + 15 = 23; d12 through both")

# ---------------- item 5: features and negations ----------------
v = 100 * 50 * 12 - 2 * (cyl(6.6, 12) + cyl(11, 6.5) - cyl(6.6, 6.5))
add(5, "plate 100x50x12, two counterbored holes for M6 cap screws (6.6 through, 11 c-bore 6.5 deep), 60 apart on the centreline",
    [100, 50, 12], v, 2, "plate with 2 counterbored holes", "each: d6.6 x 12 + d11 annulus x 6.5")
add(5, "30x30x5 plate with a countersunk hole in the middle for an M4 flat head - 4.5 thru, 90 deg csk out to 9",
    [30, 30, 5], 30 * 30 * 5 - cyl(4.5, 5) - csk_extra(9, 4.5), 1, "plate with countersunk hole",
    "cone 9 -> 4.5 at 90 deg is 2.25 deep")
add(5, "Block 40x40x30, one 10mm hole 18 deep from the top, NOT through, flat bottom",
    [40, 40, 30], 40 * 40 * 30 - cyl(10, 18), 0, "block with blind hole", "blind hole: genus 0")
add(5, "Ø40 x 50 round, M8 tapped 20 deep on the axis from one end, flat-bottomed is OK",
    [40, 40, 50], cyl(40, 50) - cyl(6.8, 20), 0, "round bar with blind tapped hole",
    "M8 tap drill 6.8, 20 deep, drill point ignored")
add(5, "plate 120x40x6 with one through slot 8 wide, 30 between the end radius centres, slot centred on the plate and running lengthwise",
    [120, 40, 6], 120 * 40 * 6 - (8 * 30 + pi * 16) * 6, 1, "plate with slot",
    "slot area = 8 x 30 + pi 4^2")
r = 12.5
v = cyl(25, 100) - seg_area_strip(r, 8, r - 4.0) * 30
add(5, "Welle Ø25 x 100, Passfedernut nach DIN 6885 an einem Ende, 30 lang, nach außen offen (gerade Nut, kein Auslauf)",
    [25, 25, 100], v, 0, "shaft with open keyway",
    "DIN 6885-1 for shaft 22-30: key 8x7, shaft depth t1=4.0; keyway 8 wide, bottom 8.5 from axis, 30 long, cross-section integrated exactly")
add(5, "block 80 x 50 x 30, round the vertical edges R6, top and bottom edges stay sharp",
    [80, 50, 30], 80 * 50 * 30 - 4 * fil(6, 30), 0, "block with vertical edge fillets", "4 fillets R6 along 30")
add(5, "40mm cube, fillet every edge 4mm",
    [40, 40, 40], rcube(40, 4), 0, "fully rounded cube", "rounded cube: b^3 + 6 b^2 r + 3 pi r^2 b + 4/3 pi r^3, b = 32")
add(5, "blind flange Ø150 x 16, 4 bolt holes Ø18 on 110 PCD, no centre bore",
    [150, 150, 16], cyl(150, 16) - 4 * cyl(18, 16), 4, "blind flange", "no bore: only 4 bolt holes")
add(5, "solid cylinder 30 dia 50 long — solid, not a tube, no hole",
    [30, 30, 50], cyl(30, 50), 0, "solid cylinder", "negation: no bore")
add(5, "storage box without a lid, 120x80x50 outside, 2.5 thick all round including the bottom",
    [120, 80, 50], 120 * 80 * 50 - 115 * 75 * 47.5, 0, "open box", "cavity 115 x 75 x 47.5")
c = 2
add(5, "plate 60x60x10, chamfer only the top edges 2 mm, bottom stays square, no holes",
    [60, 60, 10], 60 * 60 * 10 - (c * c / 2 * 240 - 4 * c ** 3 / 3), 0, "plate with top chamfer",
    "4 edges x 60 x c^2/2 minus 4 corner overlaps c^3/3")
add(5, "50x50x6 plate, 4x M4 tapped through on a 36 square, model them as tap drill holes",
    [50, 50, 6], 50 * 50 * 6 - 4 * cyl(3.3, 6), 4, "plate with tapped holes", "M4 tap drill 3.3")
add(5, "spacer block 30x30x15, a 6 wide groove right across the top, 5 deep. no hole in this one",
    [30, 30, 15], 30 * 30 * 15 - 6 * 5 * 30, 0, "grooved block, no hole", "groove 6 x 5 x 30")
add(5, "40x40x10 block, Ø12 through hole in the middle, 1x45° chamfer on both ends of the hole",
    [40, 40, 10], 40 * 40 * 10 - cyl(12, 10) - 2 * cham_in(6, 1), 1, "block with chamfered hole",
    "each hole chamfer removes 2 pi (r + c/3) c^2/2")

# ---------------- item 6: parts people ask for ----------------
v = (50 * 4 + 36 * 4) * 30 - 2 * cyl(6.5, 4)
add(6, "L bracket, legs 50 and 40 (outside), 30 wide, 4 thick, one 6.5 hole in each leg",
    [50, 40, 30], v, 2, "L bracket", "legs 50x4 + (40-4)x4 section, 30 wide, 2 holes d6.5")
v = tube(14, 10, 17) + tube(20, 10, 3)
add(6, "flanged bushing: ID 10, OD 14, flange Ø20 x 3, 20 overall length including flange",
    [20, 20, 20], v, 1, "flanged bushing", "body d14 x 17 + flange d20 x 3, bore 10")
add(6, "M3 hex standoff female/female 15mm, 5.5 AF",
    [5.5, hexac(5.5), 15], (hexa(5.5) - pi / 4 * 2.5 ** 2) * 15, 1, "F-F hex standoff",
    "hex 5.5 AF (6.35 AC), M3 tapped through = d2.5")
v = hexa(5.5) * 10 - cyl(2.5, 6) + cyl(3, 6)
add(6, "male-female standoff M3, 10 mm hex body 5.5 AF, 6 mm stud, female side tapped 6 deep. plain cylinders for threads",
    [5.5, hexac(5.5), 16], v, 0, "M-F hex standoff", "hex 10 + stud d3 x 6; female d2.5 x 6 blind")
add(6, "single groove A-section V-belt pulley, OD 80, 20 wide, 12 bore, no hub",
    [80, 80, 20], None, 1, "V-belt pulley", "groove profile left to the generator, so only extents; bore gives genus 1")
pd = 20 * 2 / pi
add(6, "GT2 pulley 20 teeth, 5mm bore, 7 wide, no flanges no hub",
    [pd - 0.508, pd - 0.508, 7], None, 1, "GT2 timing pulley",
    "GT2 pitch 2: PD = 20x2/pi = 12.73, OD = PD - 0.508 = 12.22; tooth volume not fixed")
v = cyl(32, 18) - cyl(6, 12) - cham_out(16, 1)
add(6, "knob: plain Ø32 cylinder 18 tall, Ø6 hole 12 deep up from the bottom for the shaft, 1 mm chamfer round the top edge",
    [32, 32, 18], v, 0, "cylindrical knob", "blind d6 x 12, top chamfer ring 2 pi (r - c/3) c^2/2")
ov = circ_int(3, -1, 1)
v = (pi * 9 + 20 * 2 - ov) * 50 - pi * 1.25 ** 2 * 50 - 2 * cyl(3.5, 2)
add(6, "hinge leaf: 50 long knuckle Ø6 with a Ø2.5 pin hole all the way, the leaf is 2 thick, centred on the knuckle and reaches 20 out from the pin axis, 2 screw holes Ø3.5 in the leaf",
    [23, 6, 50], v, 3, "hinge leaf with knuckle",
    "union of d6 x 50 knuckle and 20 x 2 x 50 leaf (overlap integrated), minus pin hole and 2 holes")
add(6, "wall hook: back plate 60 high, 25 wide, 4 thick, a Ø8 peg 40 long straight out of the middle of the face, one 4.5 screw hole above and one below the peg",
    [25, 44, 60], 60 * 25 * 4 - 2 * cyl(4.5, 4) + cyl(8, 40), 2, "peg wall hook",
    "depth 4 + 40 = 44; 2 screw holes")
v = 40 * 12 * 10 - pi * 16 / 2 * 12 - 2 * cyl(4, 10)
add(6, "saddle cable clip: block 40 x 12 x 10 high, an R4 half-round groove across the underside (along the 12 direction, in the middle) for the cable, Ø4 screw hole on each side",
    [40, 12, 10], v, 2, "saddle cable clip", "half cylinder r4 x 12 removed, 2 screw holes d4 through 10")
v = 100 * 60 * 40 - 96 * 56 * 38 + 100 * 60 * 2
add(6, "Enclosure 100x60x40 outside, 2mm walls and floor, open top, plus a separate flat lid 100x60x2. Show it closed with the lid sitting on the rim.",
    [100, 60, 42], v, 0, "enclosure and separate lid (two solids)",
    "box shell 240000 - 96x56x38 plus lid 12000; lid on top -> total height 42")
add(6, "compression spring, 1.5 wire, 15 OD, free length 40, 8 coils total, ends closed and ground",
    [15, 15, 40], None, None, "compression spring", "OD and free length fix extents; volume depends on end treatment")
v = cyl(12, 80) - seg_sagitta(6, 1) * 25
add(6, "Ø12 shaft 80 long with a flat 1 mm deep, 25 long, at one end",
    [12, 12, 80], v, 0, "D-flat shaft", "segment with sagitta 1 on r6 x 25")
v = tube(36, 20, 14) - radial_hole(4.2, 10, 18)
add(6, "shaft collar for a 20 mm shaft, OD 36, 14 wide, one radial M5 set-screw hole in the middle of the width (tap drill size)",
    [36, 36, 14], v, 2, "set-screw shaft collar", "bore 20; M5 tap drill 4.2 radial from r10 to r18 (integrated); bore + radial hole = genus 2")
add(6, "spacer for M4, 10 long, 8 OD, normal clearance",
    [8, 8, 10], tube(8, 4.5, 10), 1, "spacer for a bolt", "ISO 273 medium M4 = 4.5")

# ---------------- item 7: impossible vs borderline-possible ----------------
nope(7, "plate 40x40x5 with a 50 mm hole in the middle", "plate with oversize hole",
     "the 50 hole is bigger than the 40 plate", imp=True)
add(7, "plate 40x40x5 with a 38 hole in the middle - yes, only 1 mm left each side, that's intended",
    [40, 40, 5], 40 * 40 * 5 - cyl(38, 5), 1, "thin-ligament plate", "38 < 40: 1 mm ligaments remain")
nope(7, "tube OD 20, ID 25, 100 long", "tube with ID > OD", "inner diameter larger than outer", imp=True)
add(7, "tube OD 20 ID 19, 100 long (foil-thin, I know)",
    [20, 20, 100], tube(20, 19, 100), 1, "very thin tube", "wall 0.5 mm, valid")
nope(7, "50x50x4 plate, 4 holes Ø10 with their centres 2 mm from the edges", "holes breaking out",
     "hole radius 5 > 2 mm edge distance: holes cut through the plate edges", imp=True)
add(7, "50x50x4 plate, 4 holes Ø10, centres 6 mm in from both edges",
    [50, 50, 4], 50 * 50 * 4 - 4 * cyl(10, 4), 4, "plate with near-edge holes", "1 mm from edge, valid")
nope(7, "20mm cube with R12 fillets on all edges", "over-large fillet",
     "fillet radius 12 exceeds half the 20 side", imp=True)
add(7, "20mm cube, R9.5 on all the edges, almost a ball",
    [20, 20, 20], rcube(20, 9.5), 0, "near-sphere rounded cube", "r 9.5 < 10, valid; rounded-cube formula with b = 1")
nope(7, "disc Ø80 x 6, 6 holes Ø24 equally spaced on PCD 40", "overlapping bolt holes",
     "hole spacing on PCD 40 is 20 (chord), less than the 24 hole diameter: holes overlap", imp=True)
add(7, "disque Ø80 ép. 6, 6 trous Ø18 répartis sur un diamètre de 40",
    [80, 80, 6], cyl(80, 6) - 6 * cyl(18, 6), 6, "disc with tight bolt circle", "chord 20 > 18: 2 mm between holes, valid")
nope(7, "hollow cube 50x50x50 outside, 30 mm walls", "over-thick walls",
     "two 30 walls exceed the 50 outside size", imp=True)
add(7, "vaso Ø30 x 40 aperto sopra, parete 0,8, fondo 1",
    [30, 30, 40], cyl(30, 40) - cyl(28.4, 39), 0, "thin-walled cup", "ID 28.4, inner depth 39")
add(7, "bar 12 wide x 100 x 5 with a 10 wide slot 60 long overall (round ends), centred",
    [12, 100, 5], 12 * 100 * 5 - (10 * 50 + pi * 25) * 5, 1, "bar with wide slot", "1 mm each side; slot area 10x50 + pi 5^2")
add(7, "Ø12 x 20 round, Ø6.6 thru, Ø11 cbore 5 deep. Wall is 0.5 at the c'bore, fine",
    [12, 12, 20], cyl(12, 20) - cyl(6.6, 15) - cyl(11, 5), 1, "thin counterbored sleeve", "valid: 11 < 12")
R, r = 0.5 + 10, 10
add(7, "torus with an inner hole of just 1 mm and a 20 mm cross-section",
    [2 * (R + r), 2 * (R + r), 20], torus(R, r), 1, "fat torus", "r 10, R = 0.5 + 10 = 10.5 > r, valid; OD 41")

assert len(cases) == 105, len(cases)
with OUT.open("w") as f:
    for c in cases:
        f.write(json.dumps(c, ensure_ascii=False) + "\n")

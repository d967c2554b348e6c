# ruff: noqa
"""Held-out set steps11: step-by-step CAD modelling descriptions, grouped by "style"."""
import json, math
from pathlib import Path

OUT = Path(__file__).with_name("steps11_prompts.jsonl")
pi = math.pi
K = 1 - pi / 4                                   # fillet spandrel factor
CEN = (10 - 3 * pi) / (3 * (4 - pi))             # spandrel centroid offset / r


def cyl(d, h): return pi * d * d / 4 * h
def ring(do, di, h): return cyl(do, h) - cyl(di, h)
def frustum(d1, d2, h):
    R, r = d1 / 2, d2 / 2
    return pi * h / 3 * (R * R + R * r + r * r)
def hexarea(af): return math.sqrt(3) / 2 * af * af
def hexac(af): return af * 2 / math.sqrt(3)
def sphere(d): return pi * d ** 3 / 6
def cap(R, h): return pi * h * h * (3 * R - h) / 3
def fil_line(r, L): return K * r * r * L
def fil_ext(R, r): return K * r * r * 2 * pi * (R - CEN * r)        # outer circular edge
def cham_ext(R, c): return c * c / 2 * 2 * pi * (R - c / 3)          # outer circular edge
def cham_int(R, c): return c * c / 2 * 2 * pi * (R + c / 3)          # bore edge
def csk(d, D, h_total):
    """through hole d with 90 deg countersink D: removed volume"""
    hc = (D - d) / 2
    return cyl(d, h_total) + frustum(D, d, hc) - cyl(d, hc)
def integ(f, a, b, n=200000):
    s = (b - a) / n
    return sum(f(a + (i + 0.5) * s) for i in range(n)) * s
def sq(x): return math.sqrt(max(x, 0.0))
def strip_area(R, w):
    a = w / 2
    return 2 * (a * sq(R * R - a * a) + R * R * math.asin(a / R))
def cross_hole(rh, R):      # diametral hole radius rh through solid round bar radius R
    return integ(lambda x: 2 * sq(rh * rh - x * x) * 2 * sq(R * R - x * x), -rh, rh)
def wall_hole(rh, ro, ri):  # radial hole radius rh through ONE wall of a tube
    return integ(lambda y: 2 * sq(rh * rh - y * y) * (sq(ro * ro - y * y) - sq(ri * ri - y * y)), -rh, rh)
def keyway(R, w, d, L):     # flat-ended keyway, depth d from top of round
    return L * integ(lambda x: sq(R * R - x * x) - (R - d), -w / 2, w / 2)
def rounded_box(a, b, c, r):
    A, B, C = a - 2 * r, b - 2 * r, c - 2 * r
    return A * B * C + 2 * r * (A * B + B * C + A * C) + pi * r * r * (A + B + C) + 4 / 3 * pi * r ** 3
def chamfer_box_removed(a, b, c, k):   # 45 deg chamfer leg k on all 12 edges
    return sum(k * k / 2 * (L - 2 * k) * 4 for L in (a, b, c)) + 8 * 0.75 * k ** 3
def fillet_corner_overlap(r):          # overlap of two perpendicular edge-fillet spandrels at a mitred corner
    return integ(lambda z: (r - sq(r * r - (r - z) ** 2)) ** 2, 0, r)
def shoelace(p):
    return abs(sum(p[i][0] * p[(i + 1) % len(p)][1] - p[(i + 1) % len(p)][0] * p[i][1] for i in range(len(p)))) / 2


cases = []
def add(cid, style, prompt, ext, vol, genus, intent, why, impossible=False):
    exp = {}
    if not impossible:
        exp["extents"] = sorted(round(e, 3) for e in ext)
        if vol is not None:
            exp["volume"] = round(vol, 1)
        if genus is not None:
            exp["genus"] = genus
    cases.append({"id": cid, "style": style, "prompt": prompt, "expect": exp, "intent": intent,
                  "why": why, "out_of_scope": False, "impossible": impossible})

# ---------------------------------------------------------------- numbered
add("s1101", "numbered",
    "Mounting plate for a small gearbox.\n1. Make a rectangular plate 80 mm by 50 mm, 6 mm thick.\n2. Put a 5.5 mm through hole in each corner, 7 mm in from both edges.\n3. Round the four vertical corner edges with a 4 mm radius.",
    [80, 50, 6], 80 * 50 * 6 - 4 * cyl(5.5, 6) - 4 * fil_line(4, 6), 4,
    "80x50x6 plate, 4 corner holes, R4 vertical edges",
    "box - 4 holes d5.5x6 - 4 vertical fillets (1-pi/4)*4^2*6")

add("s1102", "numbered",
    "Stepped shaft, turned from one bar:\n1) a Ø20 section 30 long\n2) next to it a Ø16 section, 45 long\n3) then a Ø12 end 20 long\n4) 1 x 45° chamfer on the outer edge of both end faces",
    [20, 20, 95], cyl(20, 30) + cyl(16, 45) + cyl(12, 20) - cham_ext(10, 1) - cham_ext(6, 1), 0,
    "3-step shaft 95 long with end chamfers",
    "sum of cylinders minus two ring chamfers (Pappus, c^2/2 * 2pi(R-c/3))")

add("s1103", "numbered",
    "Flange with a raised hub (simplified weld neck).\n1. Disc Ø110, 14 thick.\n2. On one face add a hub Ø60 standing 16 mm proud.\n3. Bore Ø40 through the hub and the disc.\n4. Six Ø11 bolt holes equally spaced on an 80 mm pitch circle, through the disc.",
    [110, 110, 30], cyl(110, 14) + cyl(60, 16) - cyl(40, 30) - 6 * cyl(11, 14), 7,
    "flange disc + hub, bore, 6 holes on PCD80",
    "disc + hub - bore through 30 - 6 holes through 14; holes at r=40+-5.5 clear of hub r30")

add("s1104", "numbered",
    "Clamp base block with two M6 counterbored holes.\n1. Block 60 long, 40 wide, 20 high.\n2. Two holes on the long centreline, 15 mm from each end: Ø6.6 through, counterbore Ø11 x 6.4 deep from the top face.\n3. Chamfer all the outer edges of the block 1 mm.",
    [60, 40, 20], 60 * 40 * 20 - 2 * (cyl(6.6, 20 - 6.4) + cyl(11, 6.4)) - chamfer_box_removed(60, 40, 20, 1), 2,
    "block with 2 counterbored holes, 1mm chamfer on 12 outer edges",
    "box - 2*(d6.6x13.6 + d11x6.4) - 12 edge chamfers c^2/2*(L-2c) - 8 corners 3/4 c^3")

add("s1105", "numbered",
    "Electronics enclosure lid.\n1. Box 120 x 80 x 35.\n2. Shell it inward with 2.5 mm walls, open at the bottom face.\n3. Cut a 40 x 20 rectangular window through the top, centred.",
    [120, 80, 35], 120 * 80 * 35 - 115 * 75 * 32.5 - 40 * 20 * 2.5, 1,
    "open-bottom shelled box with top window",
    "outer - inner (115x75x32.5) - window 40x20x2.5; bowl with one window = genus 1")

add("s1106", "numbered",
    "Flanged bronze bushing.\n1. Tube: OD 28, ID 16.\n2. Overall length 32 including the flange.\n3. Flange at one end, Ø40 x 4.\n4. 1 mm x 45° chamfer on the bore at both ends.",
    [40, 40, 32], cyl(28, 28) + cyl(40, 4) - cyl(16, 32) - 2 * cham_int(8, 1), 1,
    "flanged bushing 28/16 x 32 with flange 40x4",
    "body d28x28 + flange d40x4 - bore d16x32 - 2 bore chamfers c^2/2*2pi(r+c/3)")

add("s1107", "numbered",
    "Winkel aus Flachmaterial:\n1. L-Profil skizzieren: waagrechter Schenkel 60 mm lang, senkrechter Schenkel 45 mm hoch (außen gemessen), Materialstärke 5 mm.\n2. Profil 30 mm breit extrudieren.\n3. Zwei Bohrungen Ø6,5 durch den waagrechten Schenkel, 35 mm und 52 mm von der Außenseite des senkrechten Schenkels, mittig in der Breite.\n4. Eine Bohrung Ø8 mittig im senkrechten Schenkel, 30 mm über der Unterkante.",
    [60, 45, 30], (60 * 5 + 40 * 5) * 30 - 2 * cyl(6.5, 5) - cyl(8, 5), 3,
    "L bracket 60x45x5, 30 wide, 3 holes (German)",
    "L area 60*5+40*5=500 x30 - 2 holes d6.5x5 - 1 hole d8x5")

add("s1108", "numbered",
    "Control knob.\n1. Cylinder Ø36, 12 high.\n2. Below it, on the same axis, a Ø20 skirt 8 long.\n3. Blind hole Ø6 from the bottom of the skirt, 14 deep.\n4. Fillet the top outside edge R3.",
    [36, 36, 20], cyl(36, 12) + cyl(20, 8) - cyl(6, 14) - fil_ext(18, 3), 0,
    "knob: d36x12 + d20x8 skirt, blind d6 hole, R3 top edge",
    "cylinders - blind hole - ring fillet (1-pi/4)r^2*2pi(R-0.2234r)")

add("s1109", "numbered",
    "Perforated spacer plate.\n1. Square plate 100 x 100, 3 thick.\n2. 16 holes Ø8 in a 4 by 4 grid, 20 mm pitch both ways, grid centred on the plate.",
    [100, 100, 3], 100 * 100 * 3 - 16 * cyl(8, 3), 16,
    "100x100x3 plate with 4x4 grid of d8 holes",
    "box - 16 holes d8x3")

add("s1110", "numbered",
    "Small bracket plate.\n1. Plate 30 x 20, 4 mm thick.\n2. One centred through hole, 25 mm diameter.\n3. Chamfer the top edges 0.5 mm.",
    None, None, None, "d25 hole in a 20 wide plate",
    "hole diameter 25 exceeds plate width 20: hole breaks out of both long sides, plate splits", impossible=True)

# ---------------------------------------------------------------- sequence
add("s1111", "sequence",
    "Start with a 50 mm diameter cylinder, 25 mm tall. Then cut a slot 12 mm wide and 6 mm deep straight across the top face, through the centre, from one side to the other. After that drill an 8 mm hole right down the axis, all the way through. That's it.",
    [50, 50, 25], cyl(50, 25) - strip_area(25, 12) * 6 - cyl(8, 25 - 6), 1,
    "cylinder with diametral top slot and axial hole",
    "cyl - (circle strip |x|<6 of R25)*6 - hole d8 over remaining 19")

add("s1112", "sequence",
    "First make a hexagonal prism, 17 mm across the flats and 8 mm thick. Then bore an 8.5 mm hole through the middle. Finally chamfer both ends of the bore 0.75 mm.",
    [17, hexac(17), 8], hexarea(17) * 8 - cyl(8.5, 8) - 2 * cham_int(4.25, 0.75), 1,
    "hex nut blank 17AF x 8, bore 8.5",
    "hex area sqrt3/2*17^2 * 8 - bore - 2 bore chamfers; extents AF 17, AC 19.63")

add("s1113", "sequence",
    "First I need a ring: outside 30, inside 16, 12 long. Then cut a 2 mm wide slit through one side of the wall, the full length, so it can clamp. Next... nothing else, keep the edges sharp.",
    [30, 30, 12], ring(30, 16, 12) - 12 * integ(lambda y: sq(225 - y * y) - sq(64 - y * y), -1, 1), 0,
    "split clamp ring 30/16 x 12 with 2 mm slit",
    "ring - slit (|y|<1 between r8 and r15) * 12; slit cuts the loop so genus 0")

add("s1114", "sequence",
    "Begin with a cone frustum, 60 mm across at the bottom and 20 mm across at the top, 40 mm high. Then stack a 20 mm diameter cylinder 15 mm tall on the small end. Finally drill a 10 mm hole through the whole thing along the axis.",
    [60, 60, 55], frustum(60, 20, 40) + cyl(20, 15) - cyl(10, 55), 1,
    "frustum + cylinder with axial through hole",
    "frustum pi*h/3(R^2+Rr+r^2) + cyl d20x15 - hole d10x55")

add("s1115", "sequence",
    "First draw the centre line of the grip: a half circle with 45 mm radius. Then sweep a 12 mm diameter circle along it. Next add a round foot at each end of the grip: a 20 mm diameter disc, 6 mm thick, centred on the end face of the grip and sticking out past it (so the two feet sit on the mounting plane). Finally merge everything into one solid.",
    [110, 45 + 6 + 6, 20], pi * 6 ** 2 * 45 * pi + 2 * cyl(20, 6), 0,
    "semicircular swept grip handle with two disc feet",
    "half torus pi r^2 * R*pi + 2 feet d20x6; x: +-(45+10), y: -6..51, z: 20")

add("s1116", "sequence",
    "Primero un cilindro de 10 mm de diámetro y 40 mm de largo. Luego rebaja un extremo a 6 mm de diámetro en una longitud de 8 mm. Después haz un agujero pasante transversal de 2 mm en la parte rebajada, a 3 mm de la punta. Por último, un chaflán de 0,5 mm en el borde del extremo grueso.",
    [10, 10, 40], cyl(10, 32) + cyl(6, 8) - cross_hole(1, 3) - cham_ext(5, 0.5), 1,
    "stepped pin with cross hole (Spanish)",
    "d10x32 + d6x8 - cross hole d2 through d6 (numeric integral) - end chamfer ring")

add("s1117", "sequence",
    "First a base plate 90 x 60 x 12. Then pocket a 50 x 30 rectangle, 5 deep, in the middle of the top face. Next round the pocket's inside corners with R5. Finally put 4 through holes, 6.6 dia, one near each corner, 8 mm from the long side and 8 mm from the short side.",
    [90, 60, 12], 90 * 60 * 12 - (50 * 30 - 4 * K * 25) * 5 - 4 * cyl(6.6, 12), 4,
    "plate with centred R5-cornered pocket and 4 corner holes",
    "box - pocket (1500 - 4*(1-pi/4)*25)*5 - 4 holes d6.6x12")

add("s1118", "sequence",
    "Start with a 30 mm ball. Then slice 5 mm off the bottom so it sits flat. Then drill a 5 mm blind hole up into the flat face, on the axis, 12 deep.",
    [30, 30, 25], sphere(30) - cap(15, 5) - cyl(5, 12), 0,
    "truncated sphere knob with blind hole",
    "sphere - cap h5 pi h^2(3R-h)/3 - blind hole d5x12; flat is d22.4")

add("s1119", "sequence",
    "First sketch a 40 x 40 square on the ground plane. Then, 30 mm above it, sketch a 20 mm circle centred over the square. Loft between the two. Finally put an 8 mm hole straight down through the centre.",
    [40, 40, 30], None, 1,
    "square-to-circle loft with axial hole",
    "volume left out: square-to-circle loft volume depends on the loft parametrisation; extents 40x40x30")

add("s1120", "sequence",
    "First the profile: a U channel 50 wide outside and 30 tall, walls 4 thick on the sides and on the bottom. Then extrude it 100 long. Next drill two 8 mm holes through the bottom, on the centreline, at 25 and 75 mm along the length. Finally, that's all, no fillets.",
    [50, 30, 100], (50 * 30 - 42 * 26) * 100 - 2 * cyl(8, 4), 2,
    "U channel 50x30x4 wall, 100 long, 2 holes in web",
    "U area 50*30-42*26 times 100 - 2 holes d8x4")

# ---------------------------------------------------------------- engineer
add("s1121", "engineer",
    "PLATE 120 x 60 x 8\n4X Ø9 THRU, 100 x 40 PATTERN, CTRD\nØ20 THRU @ CTR\nR6 ALL VERT EDGES (4)",
    [120, 60, 8], 120 * 60 * 8 - 4 * cyl(9, 8) - cyl(20, 8) - 4 * fil_line(6, 8), 5,
    "plate, 4 holes on 100x40 rectangle, centre hole, R6 corners",
    "box - 4 d9 - d20 - 4 vertical fillets")

add("s1122", "engineer",
    "FLANGE\nØ90 x 12 THK\nØ30 THRU BORE\n4X Ø9 THRU EQ SP ON Ø70 PCD\n   C'BORE Ø15 x 5 DP\nC1 OUTER EDGE, BOTH FACES",
    [90, 90, 12], cyl(90, 12) - cyl(30, 12) - 4 * (cyl(9, 7) + cyl(15, 5)) - 2 * cham_ext(45, 1), 5,
    "flange disc with bore, 4 counterbored holes on PCD70, C1 outer edges",
    "disc - bore - 4*(d9x7 + d15x5) - 2 ring chamfers on R45")

add("s1123", "engineer",
    "SPACER, ALUM\nOD 1.000\nID .500\nLG .750\n.030 x 45° CHAM ALL EDGES\nDIMS IN INCHES",
    [25.4, 25.4, 19.05], ring(25.4, 12.7, 19.05) - 2 * cham_ext(12.7, 0.762) - 2 * cham_int(6.35, 0.762), 1,
    "inch spacer 1.0 OD x 0.5 ID x 0.75 with 0.03 chamfers",
    "converted to mm (25.4/12.7/19.05, c=0.762); ring - 2 outer - 2 bore chamfers")

add("s1124", "engineer",
    "SHAFT\nØ25 x 20 LG\nØ20 x 60 LG\nØ17 x 15 LG\nKEYWAY 6 W x 3.5 DP x 40 LG ON Ø20, SQ ENDS, START 10 FROM Ø25 SHOULDER\nNO CHAMFERS",
    [25, 25, 95], cyl(25, 20) + cyl(20, 60) + cyl(17, 15) - keyway(10, 6, 3.5, 40), 0,
    "stepped shaft with square-ended keyway",
    "cylinders - keyway 40 * integral(|x|<3) of (sqrt(R^2-x^2)-(R-3.5)), depth from top of d20")

add("s1125", "engineer",
    "BLOCK 70 x 30 x 15\n2X Ø5.5 THRU\n   CSK Ø11 x 90°, TOP FACE\n   12 FROM EA END, ON C/L",
    [70, 30, 15], 70 * 30 * 15 - 2 * csk(5.5, 11, 15), 2,
    "block with two 90deg countersunk holes",
    "box - 2*(d5.5 thru + 90deg cone frustum d11->d5.5 depth 2.75, the simplest CAD countersink)")

add("s1126", "engineer",
    "STANDOFF, HEX 8 A/F x 25 LG\nM4 x 8 DP TAPPED BOTH ENDS (MODEL AS Ø3.3 DRILL, FLAT BTM, NO THREAD)",
    [8, hexac(8), 25], hexarea(8) * 25 - 2 * cyl(3.3, 8), 0,
    "hex standoff 8AF x 25 with blind holes both ends",
    "hex area * 25 - 2 blind d3.3x8; blind so genus 0")

add("s1127", "engineer",
    "T-PROFILE, EXTRUDE 25\n  FLANGE 80 W x 8 THK\n  WEB 8 THK x 40 HIGH ABOVE FLANGE, CTRD\n2X Ø8.5 THRU FLANGE, 25 EA SIDE OF C/L, CTRD ON 25 WIDTH",
    [80, 48, 25], (80 * 8 + 8 * 40) * 25 - 2 * cyl(8.5, 8), 2,
    "T bracket 80x48, 25 long, 2 holes in flange",
    "T area 80*8+8*40 times 25 - 2 holes d8.5x8")

add("s1128", "engineer",
    "COVER PLATE 150 x 100 x 3 THK\nR10 CORNERS\n4X Ø4.5 THRU, 6 FROM EDGES\n2X SLOT 30 x 8 THRU (OBROUND, 30 O/A), LONG AXIS PARALLEL TO 150 SIDE, 25 EA SIDE OF C/L, CTRD IN LENGTH",
    [150, 100, 3], 150 * 100 * 3 - 4 * fil_line(10, 3) - 4 * cyl(4.5, 3) - 2 * (22 * 8 + pi * 16) * 3, 6,
    "cover plate with R10 corners, 4 holes, 2 obround slots",
    "box - 4 corner roundings (1-pi/4)*100*3 - 4 holes - 2 slots (22*8 + pi*4^2)*3")

add("s1129", "engineer",
    "ELBOW\nTUBE Ø20 OD x 2 WALL\nSWEEP 90° ALONG R40 C/L ARC\nOPEN ENDS",
    [50, 50, 20], pi * (10 ** 2 - 8 ** 2) * 40 * pi / 2, 1,
    "90deg swept tube elbow",
    "Pappus: annulus area pi(10^2-8^2) * path 40*pi/2; extents R+ro=50 each way, 20 thick")

add("s1130", "engineer",
    "CLEVIS BLOCK 40 x 30 x 30 H\nSLOT 14 W x 20 DP FROM TOP, THRU IN 30 DIR, CTRD\nØ8 THRU BOTH LUGS, 10 BELOW TOP, CTRD IN 30",
    [40, 30, 30], 40 * 30 * 30 - 14 * 20 * 30 - 2 * cyl(8, 13), 2,
    "clevis block with slot and cross pin hole",
    "box - slot 14x20x30 - hole through two 13 lugs; one hole per lug = genus 2")

# ---------------------------------------------------------------- student
add("s1131", "student",
    "hi, so I'm making a plate for my school project and I'm not sure how to say it properly. It's a rectangle, 75 long and 45 wide and it's 4 thick (all mm). Then it has holes in the corners, four of them, they are 3,5 mm and they're 5 mm from the edges, from both edges I mean, so like 5 and 5. And then there's a big hole in the middle with radius 15, no sorry, diameter 15, the radius is 7.5. The big hole goes all the way thru too like the small ones.",
    [75, 45, 4], 75 * 45 * 4 - 4 * cyl(3.5, 4) - cyl(15, 4), 5,
    "plate 75x45x4, 4 corner holes d3.5, centre d15",
    "box - 4 d3.5x4 - d15x4 (corrected radius->diameter)")

add("s1132", "student",
    "Ok so this is supposed to be a pulley wheel kind of thing. There's a middle part, the hub, which is a cylinder 20 mm across and 16 mm long. Then there is a thin disc around it, 60 mm across and 6 mm thick, and the disc is right in the middle of the hub length wise so the hub sticks out 5 mm on each side. And then a hole for the shaft, 8 mm. The hole goes all the way through the hub (and so through the disc obviously).",
    [60, 60, 16], cyl(60, 6) + cyl(20, 10) - cyl(8, 16), 1,
    "pulley: d60x6 web on d20x16 hub, d8 bore",
    "web + hub outside web (d20x10) - bore d8x16")

add("s1133", "student",
    "I want to make a pencil holder. It's a cylinder seventy millimetres wide and ninety tall. I used shell to hollow it out with three millimetre walls and I took off the top face so it's open at the top, and the bottom stays, also three thick. Then I rounded the bottom outside edge with a four millimetre fillet so it looks nicer. Sorry if its confusing, the walls are 3 mm everywhere.",
    [70, 70, 90], cyl(70, 90) - cyl(64, 87) - fil_ext(35, 4), 0,
    "shelled cup d70x90, 3 walls, R4 bottom outer fillet",
    "cyl - cavity d64x87 - ring fillet on R35 (fillet does not reach cavity)")

add("s1134", "student",
    "My bracket is an L shape. One leg is 50 mm long and the other leg is 40 mm long, measured on the outside, and the thicknes is 6 mm for both legs. The whole thing is 20 mm wide (the depth, I mean the extrusion). I put a fillet in the inside corner, where the legs meet on the inside, radius 4 mm, to make it stronger. Then each leg has one hole, 5 mm diameter, through, in the middle of the leg, so on the 50 leg it's 25 from the corner... wait, actually I measured from the outside corner, so it's 28 mm from the outside corner on the long leg and 23 on the short one, and centred across the 20 width.",
    [50, 40, 20], (50 * 6 + 34 * 6) * 20 + K * 16 * 20 - 2 * cyl(5, 6), 2,
    "L bracket 50x40x6, 20 wide, inside R4 fillet, 2 holes",
    "L area 50*6+34*6 times 20 + inside fillet (1-pi/4)*16*20 - 2 holes d5x6")

add("s1135", "student",
    "It's just a cube, 20 by 20 by 20 mm, like a dice but without the dots. I want all the edges rounded, all twelve of them, with a radius 2 mm fillet. The corners then get rounded by themselves I think. Nothing else, no holes.",
    [20, 20, 20], rounded_box(20, 20, 20, 2), 0,
    "20 mm cube with R2 on all edges",
    "exact rounded box: core + face slabs + edge quarter-cylinders + corner sphere")

add("s1136", "student",
    "I need a washer for an M12 bolt. The outer diameter is 10 mm and the hole in the middle is 12 mm so the bolt fits, and thickness 1.5 mm. Its a simple ring basically, a disc with a hole.",
    None, None, None, "washer with ID 12 > OD 10",
    "inner diameter larger than outer diameter: no material left", impossible=True)

add("s1137", "student",
    "This is a knob that an M8 bolt head sits in. I start with a cylinder 30 mm diameter and 15 mm high. On the bottom face I cut a hexagon pocket for the bolt head, 13 mm across the flats (across the flat sides, not the corners) and 5 mm deep. Then a hole for the bolt goes from the pocket up through the top, 8.4 mm. Then I chamfer the top edge, the outside one, 1.5 mm.",
    [30, 30, 15], cyl(30, 15) - hexarea(13) * 5 - cyl(8.4, 10) - cham_ext(15, 1.5), 1,
    "knob with hex pocket under, through hole, top chamfer",
    "cyl - hex 13AF x5 - hole d8.4x10 - ring chamfer 1.5 on R15")

add("s1138", "student",
    "I'm making a triangle gusset for a shelf. I drew a triangle with points at (0,0), (60,0) and (0,60), it's a right angle triangle, and extruded it 5 mm. Then I made one hole of 6 mm at 15, 15 (x and y) through the thickness. I think that's all I did.",
    [60, 60, 5], shoelace([(0, 0), (60, 0), (0, 60)]) * 5 - cyl(6, 5), 1,
    "triangular gusset 60x60x5 with one hole",
    "triangle area 1800 * 5 - hole d6x5")

add("s1139", "student",
    "For my 3D printer I'm making a motor plate for a NEMA 17 stepper. The plate is 60 x 60 and 5 thick. In the centre there's a 22 mm hole for the round boss on the front of the motor. Then 4 holes for the M3 screws, 3.2 mm, in a square, the spacing is 31 mm between the holes (so 15.5 from the centre each way). All the holes go through.",
    [60, 60, 5], 60 * 60 * 5 - cyl(22, 5) - 4 * cyl(3.2, 5), 5,
    "NEMA17 motor plate",
    "box - d22 - 4 d3.2 on 31 square (dims given in prompt)")

add("s1140", "student",
    "For a lamp base I did a loft. The bottom sketch is a rectangle 40 by 20 and the top sketch is a rectangle 20 by 10, and the top one is 30 mm higher, right above the centre. The loft joins them so it's like a pyramid with the top cut off, but with rectangles. Then a hole for the cable, 6 mm, straight down the middle through the whole thing, top to bottom.",
    [40, 20, 30], 30 / 6 * (40 * 20 + 4 * 30 * 15 + 20 * 10) - cyl(6, 30), 1,
    "rectangular frustum loft 40x20 -> 20x10, h30, d6 hole",
    "prismatoid h/6(A1+4Am+A2) exact for rect-rect loft = 14000, minus hole d6x30")

# ---------------------------------------------------------------- sketch
add("s1141", "sketch",
    "On the XY plane sketch a rectangle 64 x 38 centred on the origin. Extrude 10 mm in +Z. Select the top face, sketch a Ø18 circle at the origin and cut through all. On the same face sketch two Ø4.2 circles at (-24, 0) and (24, 0), extrude-cut through all.",
    [64, 38, 10], 64 * 38 * 10 - cyl(18, 10) - 2 * cyl(4.2, 10), 3,
    "plate 64x38x10 with centre hole and two small holes",
    "box - d18 - 2 d4.2, all x10")

add("s1142", "sketch",
    "Sketch on the XZ plane a closed polyline through (4,0), (15,0), (15,6), (9,6), (9,22), (4,22) and back to the start. Revolve it 360° around the Z axis.",
    [30, 30, 22], pi * (15 ** 2 - 4 ** 2) * 6 + pi * (9 ** 2 - 4 ** 2) * 16, 1,
    "revolved flanged bushing, bore 8",
    "annulus r4..15 x6 + annulus r4..9 x16")

pts43 = [(0, 0), (50, 0), (50, 10), (20, 40), (0, 40)]
add("s1143", "sketch",
    "XY plane: polyline (0,0) -> (50,0) -> (50,10) -> (20,40) -> (0,40) -> close. Extrude 12. New sketch on the top face: circle Ø8 centred at (10,10). Cut through all.",
    [50, 40, 12], shoelace(pts43) * 12 - cyl(8, 12), 1,
    "pentagon plate from points, one hole",
    "shoelace area %.0f * 12 - hole d8x12" % shoelace(pts43))

add("s1144", "sketch",
    "Sur le plan XY, dessiner un cercle de Ø48 et extruder de 8 mm. Sélectionner la face supérieure, esquisser un cercle concentrique de Ø24 et extruder de 20 mm (bossage). Sur la face du dessus du bossage, esquisser un hexagone de 10 mm sur plats et faire un enlèvement de matière de 6 mm de profondeur. Enfin, trois trous Ø5 débouchants dans le disque, répartis sur un cercle de Ø36.",
    [48, 48, 28], cyl(48, 8) + cyl(24, 20) - hexarea(10) * 6 - 3 * cyl(5, 8), 3,
    "disc with boss, hex socket in boss, 3 holes on PCD36 (French)",
    "disc d48x8 + boss d24x20 - hex 10AF x6 - 3 holes d5x8")

add("s1145", "sketch",
    "Sketch on XY: two circles R10 with centres at (-25,0) and (25,0), join them with two tangent lines and trim to a slot outline. Extrude 6. Then sketch Ø8 circles on both centres and cut through all.",
    [70, 20, 6], (50 * 20 + pi * 100) * 6 - 2 * cyl(8, 6), 2,
    "slot-shaped link with two holes",
    "obround area 50*20 + pi*10^2 times 6 - 2 holes d8x6")

add("s1146", "sketch",
    "Sketch on XY a rectangle from (0,0) to (40,25). Extrude 8. On the top face sketch a Ø6 circle at (30, 12.5) and cut through all. Mirror the body across the YZ plane and join the two halves into one solid.",
    [80, 25, 8], 80 * 25 * 8 - 2 * cyl(6, 8), 2,
    "mirrored plate 80x25x8, holes at x=+-30",
    "full plate after mirror 80x25x8 - 2 holes d6x8")

add("s1147", "sketch",
    "Sketch a 20 x 20 square centred on the origin in the XY plane. Sweep it along a straight path 80 mm up the Z axis. Select the four edges of the top face and chamfer them 2 mm. Then on the XZ plane sketch a Ø6 circle at x=0, z=70 and cut through all in both directions.",
    [20, 20, 80], 20 * 20 * 80 - (4 * 2 * 2 / 2 * 20 - 4 * 2 ** 3 / 3) - cyl(6, 20), 1,
    "square bar swept 80, top edge chamfers, cross hole",
    "bar - 4 chamfers c^2/2*20 + 4 mitre overlaps c^3/3 - cross hole d6x20")

add("s1148", "sketch",
    "On XY draw two concentric circles, Ø42 and Ø35. Extrude the ring 50 mm, symmetric about the sketch plane. Then on the YZ plane sketch a Ø10 circle at the origin and cut through all, so it goes through both walls.",
    [42, 42, 50], ring(42, 35, 50) - 2 * wall_hole(5, 21, 17.5), 3,
    "tube 42/35x50 with diametral cross hole",
    "ring - 2 * hole through wall (numeric integral); tube + 2 wall holes = genus 3")

ov = fillet_corner_overlap(2)
add("s1149", "sketch",
    "Top plane: rectangle from (0,0) to (100,40), extrude 15. Sketch on the top face a rectangle from (10,10) to (45,30), cut 8 deep. Sketch four Ø6 circles at (70,10), (70,30), (90,10), (90,30) and cut through all. Then fillet the four outer edges of the top face 2 mm.",
    [100, 40, 15], 100 * 40 * 15 - 35 * 20 * 8 - 4 * cyl(6, 15) - (fil_line(2, 280) - 4 * ov), 4,
    "block with pocket, 4 holes, R2 top outer edges",
    "box - pocket 35x20x8 - 4 holes - top fillets (1-pi/4)*4*280 + 4 mitre overlaps (%.3f each)" % ov)

add("s1150", "sketch",
    "On the XZ plane draw (0,0), (10,0), (10,15), (3,35), (0,35), close it. Revolve around the Z axis, full 360.",
    [20, 20, 35], pi * 100 * 15 + frustum(20, 6, 20), 0,
    "revolved cylinder + cone tip (punch blank)",
    "cyl r10x15 + frustum r10->r3 h20")

# ---------------------------------------------------------------- mixed
add("s1151", "mixed",
    "This is a flat block housing for a 608 bearing. 1. Block 44 x 30, 12 thick. 2. Through bore in the middle at the bearing OD, 22 mm. 3. Two mounting holes Ø5.5 on the long centreline, 16 mm each side of the bore centre. 4. The block is 12 mm thick, so all holes go the full 12.",
    [44, 30, 12], 44 * 30 * 12 - cyl(22, 12) - 2 * cyl(5.5, 12), 3,
    "608 bearing block 44x30x12",
    "box - bore d22 (608 = 8x22x7) - 2 holes d5.5")

add("s1152", "mixed",
    "This is a round cover cap with a locating lip underneath. First a disc Ø80, 4 thick. Then on the underside a ring, OD 72 and ID 66, 6 tall. Then a Ø10 hole in the centre of the disc. The disc stays Ø80 x 4, the lip just hangs below it.",
    [80, 80, 10], cyl(80, 4) + ring(72, 66, 6) - cyl(10, 4), 1,
    "cover disc with underside lip and centre hole",
    "disc + lip ring - centre hole")

add("s1153", "mixed",
    "This is a set-screw shaft collar. Ring OD 32, bore 16, width 12. Drill one radial hole Ø4.2 (M5 tap drill, no thread) from the outside into the bore at mid-width, through one wall only. Bore stays 16.",
    [32, 32, 12], ring(32, 16, 12) - wall_hole(2.1, 16, 8), 2,
    "shaft collar with one radial hole",
    "ring - radial hole through one wall (numeric integral); tube + 1 wall hole = genus 2")

add("s1154", "mixed",
    "This is a hex spacer.\n- hex bar, 22 across flats\n- 10 long\n- Ø12 bore through\n- the 22 is across the flats as said, not across corners",
    [22, hexac(22), 10], hexarea(22) * 10 - cyl(12, 10), 1,
    "hex spacer 22AF x 10 with d12 bore",
    "hex area * 10 - bore; AC = 25.40")

add("s1155", "mixed",
    "This is a cover plate with fully rounded edges. Step 1: plate 60 x 40 x 10. Step 2: fillet all edges with an 8 mm radius. Step 3: the plate is 10 thick and the fillet is 8 on every edge, top and bottom ones included.",
    None, None, None, "R8 fillet on all edges of a 10 thick plate",
    "top and bottom fillets of R8 need 16 mm of thickness, plate is only 10", impossible=True)

add("s1156", "mixed",
    "This is a cone-shaped adapter. Loft from a Ø40 circle to a Ø24 circle 30 mm above it, then bore Ø12 through along the axis. Bottom circle is 40 diameter, top one 24.",
    [40, 40, 30], frustum(40, 24, 30) - cyl(12, 30), 1,
    "circle-circle loft frustum with bore",
    "frustum d40->d24 h30 - bore d12x30")

t_ov = integ(lambda y: 2 * sq(25 - y * y) * sq(36 - y * y), -5, 5)
add("s1157", "mixed",
    "This is a T-handle for a valve key. A crossbar, cylinder Ø12 and 80 long, lying horizontal. A stem Ø10 x 50 comes up from below into the middle of the crossbar and ends at the crossbar's axis. Union them. Crossbar again is Ø12, 80 long.",
    [80, 12, 56], cyl(12, 80) + cyl(10, 50) - t_ov, 0,
    "T handle: crossbar d12x80 + stem d10x50 to its axis",
    "sum - overlap of stem inside crossbar (numeric %.1f); z 0..56" % t_ov)

add("s1158", "mixed",
    "This is a U-shaped bracket made from 3 mm plate. 1. Base 40 x 25, 3 thick. 2. At both 25 mm wide ends of the base a leg goes up, 3 thick, to 30 mm total height. 3. Ø6 hole in the middle of the base. 4. One Ø4 hole in each leg, centred across the width, 20 mm up from the bottom. 5. The legs are 3 thick, same as the base.",
    [40, 25, 30], 40 * 25 * 3 + 2 * 3 * 25 * 27 - cyl(6, 3) - 2 * cyl(4, 3), 3,
    "U bracket 40x25x30 from 3 mm plate, 3 holes",
    "base 40x25x3 + 2 legs 3x25x27 - d6x3 - 2 d4x3")

add("s1159", "mixed",
    "This is a fixing strip with five countersunk screw holes. 1. Flat bar 160 x 30, 6 thick. 2. Five Ø4.5 holes along the centreline, evenly spaced, first and last 20 mm from the ends. 3. Countersink each one Ø9 x 90° on the top face. 4. Spacing works out to 30 mm between holes along the 160 length.",
    [160, 30, 6], 160 * 30 * 6 - 5 * csk(4.5, 9, 6), 5,
    "strip with 5 evenly spaced countersunk holes",
    "box - 5*(d4.5 thru + 90deg cone d9->d4.5, depth 2.25, simplest CAD countersink)")

add("s1160", "mixed",
    "This is a square base flange with a tube welded on. 1) Plate 80 x 80 x 10. 2) Tube OD 40, ID 32, standing 50 mm up from the top of the plate, centred. 3) Open the Ø32 bore through the plate as well. 4) 4x Ø9 holes on a 60 x 60 square (so 10 from the edges). 5) Plate stays 80 square.",
    [80, 80, 60], 80 * 80 * 10 - cyl(32, 10) - 4 * cyl(9, 10) + ring(40, 32, 50), 5,
    "square flange plate with tube stub",
    "plate - bore d32 - 4 holes d9 + tube ring 40/32 x50")

with OUT.open("w", encoding="utf-8") as f:
    for c in cases:
        f.write(json.dumps(c, ensure_ascii=False) + "\n")
from collections import Counter
print(len(cases), Counter(c["style"] for c in cases))

# ruff: noqa
"""Held-out set var_sketch: step-by-step CAD-software language prompts (classes W..Z)."""
import json
import math
from pathlib import Path

OUT = Path(__file__).with_name("var10_sketch_prompts.jsonl")
pi = math.pi
rows = []


def cyl(d, h):
    return pi * d * d / 4 * h


def fil(r, L):  # material removed by a fillet of radius r on an edge of length L
    return (1 - pi / 4) * r * r * L


def hexA(af):  # area of a regular hexagon from across-flats
    return math.sqrt(3) / 2 * af * af


def stadium(w, L):  # slot of width w, overall length L
    r = w / 2
    return (L - w) * w + pi * r * r


def ring_cham(R, c):  # 45 deg chamfer of leg c on an outer circular edge of radius R (Pappus)
    return 2 * pi * (R - c / 3) * c * c / 2


def frustum(D1, D2, h):
    return pi * h / 12 * (D1 * D1 + D1 * D2 + D2 * D2)


def csk_hole(d, D, t):  # 90 deg countersunk through hole
    h = (D - d) / 2
    return cyl(d, t - h) + frustum(D, d, h)


def radial_hole(d, Ri, Ro, n=400):  # radial drilled hole through a tube wall, numeric
    a = d / 2
    tot = 0.0
    dx = 2 * a / n
    for i in range(n):
        x = -a + (i + 0.5) * dx
        chord = 2 * math.sqrt(a * a - x * x)  # extent along the tube axis
        tot += chord * (math.sqrt(Ro * Ro - x * x) - math.sqrt(Ri * Ri - x * x)) * dx
    return tot


def add(id_, cls, prompt, ext, vol, genus, intent, why, impossible=False, oos=False):
    exp = {} if (impossible or oos) else {"extents": sorted(round(e, 3) for e in ext), "volume": round(vol, 1), "genus": genus}
    if not (impossible or oos) and genus is None:
        del exp["genus"]
    rows.append({"id": id_, "class": cls, "prompt": prompt, "expect": exp, "intent": intent,
                 "why": why, "out_of_scope": oos, "impossible": impossible})


# ---------------- W: sketch-then-operate, CAD-software language ----------------
v = 72 * 44 * 9 - cyl(22, 9) - 2 * cyl(5.5, 9)
add("k101", "W", "On the XY plane sketch a rectangle 72 x 44 centred on the origin and extrude it 9 mm. Select the top face, sketch a Ø22 circle at the origin and extrude-cut through all. On the same face sketch two Ø5.5 circles at (-28, 0) and (28, 0), cut through all.",
    [72, 44, 9], v, 3, "mounting plate with centre bore and two screw holes",
    "72*44*9 minus Ø22 and 2x Ø5.5 cylinders 9 long; 3 through holes")

v = 90 * 50 * 12 - 4 * cyl(6.6, 12) - 30 * 20 * 5
add("k102", "W", "FreeCAD Part Design: new body, sketch on XY_Plane, rectangle from (0,0) to (90,50), close sketch and Pad 12 mm. New sketch on the top face: four circles Ø6.6 at (10,10), (80,10), (80,40) and (10,40) -> Pocket, type Through all. Another sketch on the top face: rectangle (30,15) to (60,35), Pocket 5 mm.",
    [90, 50, 12], v, 4, "base plate with 4 corner holes and a shallow rectangular recess",
    "90*50*12 - 4 x Ø6.6x12 - 30*20*5 pocket (blind); genus 4")

v = cyl(80, 14) - cyl(32, 14) - 6 * cyl(6.6, 14)
add("k103", "W", "Onshape: sketch on Top plane, circle Ø80 centred at origin, extrude 14 mm. Sketch on the top face a concentric Ø32 circle and extrude Remove, through all. Then Hole feature: simple, Ø6.6, through all, 6 holes equally spaced on a Ø60 construction circle.",
    [80, 80, 14], v, 7, "round flange with bore and 6 bolt holes",
    "pi*40^2*14 - pi*16^2*14 - 6*pi*3.3^2*14; bore + 6 holes = genus 7")

v = (2 * 10 * 50 + pi * 100) * 6 - 2 * cyl(5, 6)
add("k104", "W", "Sketch on XY: a slot with centres at (-25,0) and (25,0), R10 ends. Extrude 6. On the top face sketch Ø5 circles on both slot centres and extrude-cut through all.",
    [70, 20, 6], v, 2, "link / strap with two holes",
    "stadium area 20*50 + pi*10^2, times 6, minus 2 x Ø5x6; extents 50+2*10 by 20 by 6")

v = 50 * 30 * 40 - cyl(12, 30) - 30 * 16 * 8
add("k105", "W", "Sketch a 50 x 30 rectangle on the XY plane, centred, and pad it 40 mm up. New sketch on the front face (the 50 wide one): circle Ø12, centred left-right, 20 up from the bottom edge. Pocket through all. Last, sketch on the top face a centred rectangle 30 x 16 and cut 8 deep.",
    [50, 30, 40], v, 1, "bearing block with cross bore and top pocket",
    "50*30*40 - Ø12 bore through the 30 depth - 30*16*8 pocket; hole top at z=26, pocket floor at z=32, no overlap")

v = (50 * 5 + 5 * 30) * 30 - 3 * cyl(5.5, 5)
add("k106", "W", "SolidWorks. Front Plane -> sketch a closed line profile through (0,0), (50,0), (50,5), (5,5), (5,35), (0,35) back to the start. Extruded Boss/Base, 30 mm. Hole Wizard on the top face of the foot: two Ø5.5 through all, centred across the 30 width, at 20 and 40 from the back face. One more Ø5.5 through all on the outside face of the upright, centred across the width, 22 up from the bottom.",
    [50, 35, 30], v, 3, "L bracket with 3 screw holes",
    "L profile area 50*5 + 5*30 = 400, times 30, minus 3 x Ø5.5 through 5 mm walls")

v = 80 * 50 * 15 - 60 * 30 * 8 - cyl(10, 7)
add("k107", "W", "Rectangle corner to corner (-40,-25) to (40,25), extrude 15. Select the top face, sketch rectangle (-30,-15) to (30,15), cut 8 deep. Sketch on the floor of that pocket a Ø10 circle at the origin, cut through all.",
    [80, 50, 15], v, 1, "block with rectangular pocket and a drain hole",
    "80*50*15 - 60*30*8 - Ø10 through the remaining 7 mm floor")

v = cyl(36, 18) - hexA(13) * 6.5 - cyl(8.5, 18 - 6.5)
add("k108", "W", "Knob: sketch Ø36 circle on XY, extrude 18. Flip over, sketch on the bottom face a hexagon 13 across flats centred on the axis, extrude-cut 6.5 deep. On the top face sketch a Ø8.5 circle at the centre and cut through all.",
    [36, 36, 18], v, 1, "knob with hex nut pocket and bolt hole",
    "pi*18^2*18 - hex(13 AF)=sqrt3/2*13^2 times 6.5 - Ø8.5 over the remaining 11.5 (hole inside the hex)")

v = 100 * 70 * 5 - 84 * 54 * 5 - 4 * fil(5, 5)
add("k109", "W", "Sketch a 100 x 70 rectangle centred on the origin, extrude 5. New sketch on the top face, project the outer edges and offset them 8 mm inward, delete the projected loop so only the offset rectangle is left, extrude-cut through all. Fillet the four outer vertical edges R5.",
    [100, 70, 5], v, 1, "rectangular frame / bezel",
    "100*70*5 - 84*54*5 window - 4 fillets (1-pi/4)*25*5; one window = genus 1")

v = 80 * 60 * 20 - 76 * 56 * 18 - 4 * cyl(3.4, 2)
add("k110", "W", "Sketch rectangle 80 x 60 centred, extrude 20 mm. Shell, remove the top face, thickness 2 mm (inside). Then on the inside floor sketch four Ø3.4 circles at (±32, ±22) and cut through all.",
    [80, 60, 20], v, 4, "open box cover with 4 screw holes in the floor",
    "80*60*20 - 76*56*18 cavity - 4 x Ø3.4 through the 2 mm floor")

# ---------------- X: engineering-note / drawing shorthand ----------------
v = 140 * 80 * 10 - 4 * cyl(11, 10) - cyl(28, 10) - 4 * fil(8, 10)
add("k111", "X", "PLATE 140 x 80 x 10\n4X Ø11 THRU ON 116 x 56 PATTERN, CTRD\nØ28 THRU @ CTR\nR8 ALL VERT CNRS (4)",
    [140, 80, 10], v, 5, "mounting plate, 4 corner holes + centre bore",
    "140*80*10 - 4 x Ø11x10 - Ø28x10 - 4 fillets (1-pi/4)*64*10")

v = 84 * 26 * 14 - 2 * csk_hole(6.6, 13, 14)
add("k112", "X", "BLOCK 84 x 26 x 14 / 2X Ø6.6 THRU, CSK Ø13 x 90° TOP FACE / 14 FROM EA END ON C/L",
    [84, 26, 14], v, 2, "clamp block with two countersunk holes",
    "84*26*14 minus 2 countersunk holes: Ø6.6 cylinder over 14-3.2 plus cone frustum Ø13->Ø6.6 over depth (13-6.6)/2 = 3.2")

v = cyl(110, 14) - cyl(42, 14) - 8 * cyl(9, 14) - 2 * ring_cham(55, 1)
add("k113", "X", "FLANGE Ø110 x 14 THK / Ø42 THRU / 8X Ø9 EQ SP ON Ø86 PCD / 1 x 45° CHAM OD BOTH SIDES",
    [110, 110, 14], v, 9, "bolt flange",
    "pi*55^2*14 - pi*21^2*14 - 8*pi*4.5^2*14 - 2 OD chamfers by Pappus 2*pi*(55-1/3)*0.5")

v = pi * (10 ** 2 - 8 ** 2) * (pi / 2 * 40)
add("k114", "X", "TUBE Ø20 OD x 2 WALL\nSWEEP 90° ALONG R40 C/L ARC\nENDS SQUARE",
    [50, 50, 20], v, 1, "90 degree tube elbow",
    "annulus pi*(10^2-8^2) times centreline length pi/2*40 (Pappus); box: ends at radii 30..50 in plane, 0..50 both ways, 20 thick")

v = 60 * 60 * 6 - cyl(22.5, 6) - 4 * cyl(3.4, 6) - 4 * cyl(5.5, 6)
add("k115", "X", "MOTOR PLATE, NEMA 17\n60 SQ x 6\nØ22.5 THRU CTR (PILOT)\n4X Ø3.4 THRU ON 31 SQ, CTRD\n4X Ø5.5 THRU ON 50 SQ, CTRD",
    [60, 60, 6], v, 9, "NEMA 17 motor mounting plate",
    "60*60*6 - Ø22.5 - 4 x Ø3.4 - 4 x Ø5.5, all 6 long; 9 through holes")

v = cyl(16, 22) - cyl(8.4, 22) - 2 * ring_cham(8, 0.5)
add("k116", "X", "SPACER Ø16 OD x Ø8.4 ID x 22 LG / 0.5 x 45° CHAM OD BOTH ENDS",
    [16, 16, 22], v, 1, "spacer bush",
    "pi*(8^2-4.2^2)*22 minus two 0.5 chamfers on the OD by Pappus")

v = cyl(30, 12) - cyl(15, 12) - radial_hole(3.3, 7.5, 15)
add("k117", "X", "SHAFT COLLAR\nØ30 OD x Ø15 BORE x 12 W\n1X M4 SET SCREW, RADIAL, MID-WIDTH, THRU ONE WALL TO BORE",
    [30, 30, 12], v, 2, "shaft collar with radial set-screw hole",
    "pi*(15^2-7.5^2)*12 minus radial hole modelled at M4 tap drill Ø3.3 (ISO) through the wall, integrated numerically; ring + radial hole = genus 2")

v = (40 * 5 + 35 * 5) * 60 - 4 * cyl(6.6, 5)
add("k118", "X", "ANGLE 40 x 40 x 5 x 60 LG\n2X Ø6.6 THRU EA LEG\nHOLES ON LEG C/L, 22.5 FROM HEEL\n15 FROM EA END",
    [40, 40, 60], v, 4, "angle bracket with two holes per leg",
    "L section 40*5 + 35*5 = 375, times 60, minus 4 x Ø6.6 through 5 mm")

v = 100 * 64 * 3 - 4 * cyl(4.5, 3) - 40 * 20 * 3 - 4 * fil(4, 3)
add("k119", "X", "COVER 100 x 64 x 3 THK / 4X Ø4.5 THRU, 8 FROM EDGES / RECT CUTOUT 40 x 20 THRU @ CTR / R4 OUTSIDE CNRS (4)",
    [100, 64, 3], v, 5, "sheet cover with window and 4 screw holes",
    "100*64*3 - 4 x Ø4.5x3 - 40*20*3 cutout - 4 corner fillets (1-pi/4)*16*3")

pA = 60 * 30 - 4 * (1 - pi / 4) * 25
v = 80 * 50 * 25 - pA * 12 - 2 * cyl(8, 13)
add("k120", "X", "BLOCK 80 x 50 x 25\nPOCKET 60 x 30 x 12 DP, CTRD ON TOP FACE, R5 INT CNRS\n2X Ø8 THRU FROM POCKET FLOOR, 40 APART ON C/L",
    [80, 50, 25], v, 2, "block with rounded-corner pocket and 2 through holes",
    "80*50*25 - (60*30 - 4*(1-pi/4)*5^2)*12 - 2 x Ø8 through remaining 13 floor")

# ---------------- Y: numbered steps ----------------
v = 100 * 100 * 6 - 16 * cyl(8, 6) - 4 * cyl(6.6, 6)
add("k121", "Y", "1. Plate 100 x 100, 6 thick.\n2. 16 holes Ø8 in a 4 by 4 grid, 20 mm pitch both ways, grid centred on the plate.\n3. 4 mounting holes Ø6.6 in the corners, 7 from each edge.\n4. All holes through.",
    [100, 100, 6], v, 20, "grid plate / breadboard",
    "100*100*6 - 16 x Ø8x6 - 4 x Ø6.6x6; grid spans ±30, corner holes at ±43")

v = cyl(70, 10) + cyl(36, 8) - cyl(20, 18) - 6 * cyl(6.6, 10)
add("k122", "Y", "1. Disc Ø70, 10 thick.\n2. On the top face, a concentric boss Ø36, 8 high.\n3. Bore Ø20 through everything.\n4. 6 holes Ø6.6 on a 50 PCD through the flange, equally spaced.",
    [70, 70, 18], v, 7, "hub flange with boss",
    "pi*35^2*10 + pi*18^2*8 - pi*10^2*18 - 6*pi*3.3^2*10 (holes at r=25 are outside the boss r=18)")

v = 150 * 25 * 5 - 3 * cyl(6, 5) - 4 * (3 * 3 / 2) * 5
add("k123", "Y", "Step 1: flat bar 150 long x 25 wide x 5 thick\nStep 2: holes Ø6, 10 from each end on the centreline, through\nStep 3: one more Ø6 in the exact middle\nStep 4: chamfer the 4 corners (vertical edges) 3 x 45°",
    [150, 25, 5], v, 3, "flat bar link with 3 holes",
    "150*25*5 - 3 x Ø6x5 - 4 chamfers 3^2/2*5")

v = 90 * 50 * 2 - 5 * stadium(4, 15) * 2 - 4 * cyl(3.4, 2)
add("k124", "Y", "1) Sheet 90 x 50 x 2.\n2) A row of 5 slots 4 wide 15 long, 10 pitch, slots running across the short direction, row centred.\n3) Slots have full round ends, cut through.\n4) Ø3.4 hole in each corner 6 in from both edges.",
    [90, 50, 2], v, 9, "vent cover plate",
    "90*50*2 - 5 stadiums (11*4 + pi*2^2) * 2 - 4 x Ø3.4x2; 9 through openings")

v = 80 * 70 * 8 - cyl(38.1, 8) - 4 * cyl(5.5, 8) - 4 * cyl(6.6, 8)
add("k125", "Y", "Motor plate for a NEMA 23:\n1. Rectangle 80 x 70, pad 8.\n2. Centre bore Ø38.1 through.\n3. 4x Ø5.5 through on a 47.14 square, centred.\n4. 4x Ø6.6 through for fixing, 8 from the edges each corner.",
    [80, 70, 8], v, 9, "NEMA 23 motor plate",
    "80*70*8 - Ø38.1 - 4 x Ø5.5 - 4 x Ø6.6, all 8 long")

v = 100 * 60 * 12 - 6 * 20 * 14 * 5 - 4 * cyl(5, 12)
add("k126", "Y", "1. Block 100 x 60 x 12.\n2. On top: pocket 20 x 14, 5 deep.\n3. Rectangular pattern of that pocket: 3 along X at 26 pitch, 2 along Y at 20 pitch, whole pattern centred.\n4. Ø5 through holes at (±44, ±24).",
    [100, 60, 12], v, 4, "tray block with 6 pockets",
    "100*60*12 - 6 pockets 20*14*5 - 4 x Ø5x12; pockets span x ±36, y ±17")

v = cyl(100, 4) - cyl(12, 4) - 8 * cyl(5, 4) - 12 * cyl(4, 4)
add("k127", "Y", "1. Round cover Ø100 x 4.\n2. Centre hole Ø12.\n3. 8 holes Ø5 equally spaced on PCD 84.\n4. Ventilation: 12 holes Ø4 equally spaced on PCD 60.\n5. Everything through.",
    [100, 100, 4], v, 21, "round vented cover",
    "pi*50^2*4 - Ø12 - 8 x Ø5 - 12 x Ø4, all 4 long; 21 holes")

v = 60 * 40 * 6 + 2 * 6 * 40 * 30 - 2 * cyl(10, 6) - 2 * cyl(6.6, 6)
add("k128", "Y", "1. Base plate 60 x 40 x 6.\n2. On both 40 mm ends add an upright 6 thick, full 40 wide, 30 tall above the base.\n3. One Ø10 hole through both uprights, centred across the width, 20 above the top of the base.\n4. Two Ø6.6 holes through the base on its centreline, 24 apart.",
    [60, 40, 36], v, 4, "U clevis bracket",
    "60*40*6 + 2*6*40*30 - 2 x Ø10 through 6 mm uprights - 2 x Ø6.6 through 6 mm base")

add("k129", "Y", "1. Perforated plate 120 x 80 x 3.\n2. 6 x 4 grid of Ø6 holes, 25 pitch along the 120 side and 18 pitch along the 80 side.\n3. Grid centred, holes through.",
    [], 0, None, "perforated plate whose grid does not fit",
    "6 holes at 25 pitch span ±62.5 from centre; the plate only reaches ±60, so the outer holes fall off the edge",
    impossible=True)

v = 60 * 20 * 20 - 2 * (cyl(6.6, 20) + cyl(11, 6.5) - cyl(6.6, 6.5))
add("k130", "Y", "1. Block 60 x 20 x 20.\n2. Two holes 12 from each end on the centreline of the top face.\n3. Holes Ø6.6 through.\n4. Counterbore both from the top, Ø11 x 6.5 deep.",
    [60, 20, 20], v, 2, "spacer block with counterbored holes (M6)",
    "60*20*20 - 2 x (Ø6.6x20 + ring Ø11/Ø6.6 x 6.5)")

# ---------------- Z: beginner wording ----------------
v = 80 * 50 * 6 - cyl(15, 6) - 4 * cyl(5, 6)
add("k131", "Z", "hi i want to make a plate, a rectangle one, 80 by 50 and the thickness is 6mm. then a hole in the middle radius 15, no sorry, diameter 15. and 4 holes in the corners of 5 mm (diameter) that are 6 mm in from both edges. all holes go through the plate",
    [80, 50, 6], v, 5, "plate with centre hole and 4 corner holes",
    "80*50*6 - Ø15x6 - 4 x Ø5x6 (corrected to diameter 15)")

v = cyl(50, 8) - cyl(10, 8) - 4 * cyl(4, 8)
add("k132", "Z", "a round disk fifty millimetres across and eight thick, with a hole in the centre of ten mm and four small holes of four mm, the small ones should sit on a circle that is thirty five mm across, spaced evenly",
    [50, 50, 8], v, 5, "disc with centre hole and 4 holes on a PCD",
    "pi*25^2*8 - Ø10x8 - 4 x Ø4x8")

v = 40 * 40 * 20 - 30 * 30 * 15 - cyl(8, 5)
add("k133", "Z", "make a block 40 long 40 wide 20 tall (so 40x40x20) and then dig out a pocket in the top, in the middle, that is 30 by 30 and 15 deep, 15 deep yes. then at the bottom of the pocket a hole that goes out the bottom, size 8",
    [40, 40, 20], v, 1, "cup block with pocket and drain hole",
    "40*40*20 - 30*30*15 - Ø8 through the remaining 5 mm floor")

v = cyl(30, 20) - hexA(13) * 7 - cyl(8.5, 13)
add("k134", "Z", "i need a knob, its a cylinder 30 diameter, 30 dia, and twenty high. on the bottom it needs a hex hole so an M8 nut fits in, the nut is 13 across the flats, make the hex hole 7 deep. and the bolt hole goes all the way through, 8.5",
    [30, 30, 20], v, 1, "knob with captive nut pocket",
    "pi*15^2*20 - hex 13 AF (sqrt3/2*169) * 7 - Ø8.5 over the remaining 13")

v = cyl(40, 15) - cyl(25, 15) - 2 * ring_cham(20, 1)
add("k135", "Z", "a ring thing, like a collar. outside is 40 and inside is 25 (both diameters) and its 15 long, fifteen. please put a small chamfer 1mm on the outside edges, both ends, not the inside",
    [40, 40, 15], v, 1, "collar ring with OD chamfers",
    "pi*(20^2-12.5^2)*15 minus 2 OD chamfers 1x45 by Pappus 2*pi*(20-1/3)*0.5")

add("k136", "Z", "square plate 30 by 30 and thickness 5, with a hole diameter 40 in the middle of it please",
    [], 0, None, "plate with a hole larger than the plate", "Ø40 hole cannot fit in a 30 x 30 plate", impossible=True)

v = 60 * 30 * 4 + 60 * 4 * 36 - 2 * cyl(5, 4)
add("k137", "Z", "L shape bracket. the bottom part is 60 long and 30 wide, and the standing up part goes along one of the 60 long edges, the total height is 40. everything is 4 thick (four mm thick both parts). two holes in the bottom part for screws, 5mm, in the middle of the flat bit and 20 apart from each other",
    [60, 30, 40], v, 2, "L bracket with two floor holes",
    "base 60*30*4 + upright 60*4*(40-4) - 2 x Ø5x4")

v = cyl(12, 30) - cyl(6.4, 30)
add("k138", "Z", "spacer please, a tube, outer diameter twelve, inner six point five no wait 6.4, and length thirty mm",
    [12, 12, 30], v, 1, "tube spacer", "pi*(6^2-3.2^2)*30 with corrected ID 6.4")

add("k139", "Z", "i want a flange 60 diameter 8 thick, and 4 holes 10mm on a circle 58 diameter for the bolts",
    [], 0, None, "flange whose bolt holes break out of the rim",
    "holes at radius 29 with radius 5 reach r=34, beyond the 30 mm rim", impossible=True)

v = 42 * 42 * 5 - cyl(22, 5) - 4 * cyl(3.5, 5) - 4 * fil(4, 5)
add("k140", "Z", "plate for a motor, square 42 by 42 (nema 17 size), 5 thick. a big hole middle 22 mm for the round nose of the motor, and the four screw holes 3.5 mm, they are 31 mm apart, square pattern 31 x 31. and also the corners rounded radius 4 (the outside corners, four of them)",
    [42, 42, 5], v, 5, "NEMA 17 motor plate",
    "42*42*5 - Ø22x5 - 4 x Ø3.5x5 - 4 corner fillets (1-pi/4)*16*5")

with OUT.open("w") as f:
    for r in rows:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")

from collections import Counter
print(Counter(r["class"] for r in rows), len(rows))

# ruff: noqa
"""Generator for coverage10 held-out prompts (ids c1301..c1370). Models each reference in build123d."""
import json, math
from build123d import *

IN = 25.4
OUT = []

def genus(s):
    fs = s.faces()
    chi = len(s.vertices()) - len(s.edges()) + len(fs) - sum(len(f.inner_wires()) for f in fs)
    return int(round(1 - chi / 2))

def ext(s):
    bb = s.bounding_box()
    return sorted([round(bb.size.X, 2), round(bb.size.Y, 2), round(bb.size.Z, 2)])

def vol(v):
    return round(v, 1) if v >= 100 else float(f"{v:.5g}")

def add(id_, item, prompt, part, intent, why, g=None, assembly=False, extents_only=False,
        no_volume=False, impossible=False, expect_none=False):
    if impossible or expect_none:
        exp = {}
    else:
        if assembly:
            solids = part.solids()
            assert len(solids) >= 2
            exp = {"extents": ext(part), "volume": vol(sum(s.volume for s in solids))}
        else:
            solids = part.solids()
            assert len(solids) == 1, (id_, len(solids))
            s = solids[0]
            assert s.is_valid and s.volume > 0, id_
            gg = genus(s)
            if g is not None:
                assert gg == g, (id_, gg, g)
            exp = {"extents": ext(s), "volume": vol(s.volume), "genus": gg}
            if extents_only:
                exp = {"extents": ext(s)}
            elif no_volume:
                del exp["volume"]
    OUT.append({"id": id_, "item": item, "prompt": prompt, "expect": exp, "intent": intent,
                "why": why, "out_of_scope": False, "impossible": impossible})

B = lambda x, y, z: Box(x, y, z, align=(Align.CENTER, Align.CENTER, Align.MIN))
C = lambda d, h: Cylinder(d / 2, h, align=(Align.CENTER, Align.CENTER, Align.MIN))
def thru(d, x=0, y=0, h=1000):
    return Pos(x, y, 0) * Cylinder(d / 2, h)
def ring(od, id_, h):
    return C(od, h) - thru(id_)

# ---------------- item 1: units ----------------
p = B(3.5*IN, 2*IN, 0.25*IN) - thru(0.5*IN)
add("c1301", 1, 'need a plate 3 1/2" x 2" x 1/4" with a 1/2 inch hole dead center, thanks', p,
    "rectangular plate with centre hole, imperial", '3.5in=88.9, 2in=50.8, 1/4in=6.35; hole 1/2in=12.7 through the 1/4 thickness.', 1)
p = ring(65, 8, 4)
add("c1302", 1, "Scheibe bitte: Durchmesser 6,5 cm, 4 mm dick, Mittelloch Ø8", p,
    "disc with centre hole", "6,5 cm = 65 mm diameter (decimal comma), 4 thick, Ø8 through hole.", 1)
p = C(12, 250)
add("c1303", 1, "round bar cut to 0.25 m, diameter twelve millimetres", p,
    "plain round rod", "0.25 m = 250 mm length, twelve = 12 mm diameter.", 0)
p = B(15, 40, 25)
p = p.fillet(2, p.edges())
add("c1304", 1, "block 15 x 40 x 25, round every edge R2", p,
    "rectangular block, all edges filleted", "15x40x25 mm (mm omitted), fillet radius 2 on all 12 edges.", 0)
p = ring(30, 16, 3)
add("c1305", 1, "ring ⌀30 outside, ⌀ 16 inside, three mm thick", p,
    "flat ring / washer", "OD 30, ID 16, thickness three = 3 mm.", 1)
p = C(18, 20)
add("c1306", 1, "cylinder 2cm tall, 9 radius", p,
    "plain cylinder", "height 2 cm = 20 mm; '9 radius' = r 9 mm -> Ø18.", 0)
p = ring(0.75*IN, 0.5*IN, 1.25*IN)
add("c1307", 1, 'spacer tube 3/4in OD, .5in ID, 1-1/4" long', p,
    "tube spacer, imperial", "OD 19.05, ID 12.7, length 31.75 mm.", 1)
p = B(120, 25, 1.5)
add("c1308", 1, "flat strip 1,5 x 25 x 120 mm, nothing else on it", p,
    "thin flat bar", "1,5 = 1.5 mm thickness (decimal comma), 25 wide, 120 long.", 0)
p = B(1.25*IN, 1.25*IN, 1.25*IN) - thru(20)
add("c1309", 1, "Make a cube with sides of 1.25 inch, and a 10 mm radius hole straight through the middle.", p,
    "cube with a through hole, mixed units", "cube 31.75 mm; hole radius 10 -> Ø20 through, centred on a face.", 1)
p = C((2 + 3/8)*IN, (5/8)*IN)
add("c1310", 1, 'round puck Ø 2-3/8" x 5/8" thk', p,
    "solid disc, mixed-number inches", "2-3/8in = 60.325 mm diameter, 5/8in = 15.875 mm thick.", 0)

# ---------------- item 2: sizes by role ----------------
p = ring(25, 20, 60)
add("c1311", 2, "tube, ID 20, wall 2.5, length 60", p,
    "tube from inside diameter and wall", "OD = 20 + 2*2.5 = 25, length 60.", 1)
p = ring(IN, IN - 2*IN/8, 0.75*IN)
add("c1312", 2, "bushing - outside dia 1 inch, 1/8 wall, 3/4 long", p,
    "bushing from OD and wall", "OD 25.4, wall 3.175 -> ID 19.05, length 19.05 mm.", 1)
p = B(60, 40, 30) - Pos(0, 0, 3) * B(56, 36, 30)
add("c1313", 2, "open top box, 60x40 outside, 30 tall overall. walls 2mm, bottom 3mm", p,
    "open box from outside size, wall and floor", "outer 60x40x30; cavity 56x36 starting 3 above the bottom, open at top.", 0)
p = C(56, 44) - Pos(0, 0, 4) * C(50, 44)
add("c1314", 2, "I'd like a cup: 50 inner diameter, 40 deep inside, 3mm wall and a 4mm floor", p,
    "cup from inside size", "OD = 50+2*3 = 56; height = 40 inside depth + 4 floor = 44.", 0)
p = B(70, 70, 8) - thru(20)
add("c1315", 2, "square plate 70mm, 8 thick, with a hole of 20 in the middle", p,
    "square plate with centre hole", "70x70x8, 'hole of 20' = Ø20 through.", 1)
p = Torus(20 + 1.75, 1.75)
add("c1316", 2, "o-ring, 3.5 cross section, 40 ID", p,
    "O-ring torus", "ID 40, CS 3.5 -> torus major R = 20+1.75 = 21.75, minor r 1.75; OD 47.", 1)
p = B(200, 20, 3)
for i in range(8):
    p -= thru(5, -100 + 12.5 + 25*i)
add("c1317", 2, "strip 200 long x 20 wide x 3 thick. holes dia 5 at 25 pitch along the length, first one 12.5 in from the end", p,
    "strip with evenly pitched holes", "200/25 = 8 holes at 12.5, 37.5 ... 187.5 on the centreline.", 8)
p = B(100, 60, 2)
for r in range(3):
    for c in range(5):
        p -= thru(6, -30 + 15*c, -15 + 15*r)
add("c1318", 2, "perforated plate 100x60x2, grid of 3 rows x 5 columns of 6mm holes at 15 mm spacing both ways, grid centred on the plate", p,
    "plate with a hole grid", "15 holes Ø6; columns at x=-30..30, rows at y=-15,0,15.", 15)
p = ring(80, 68, 10)
add("c1319", 2, "ring with an outer diameter of 80 and a wall thickness of 6, 10 high", p,
    "ring from OD and wall", "ID = 80 - 2*6 = 68, height 10.", 1)
p = B(124, 84, 17) - Pos(0, 0, 2) * B(120, 80, 20)
add("c1320", 2, "tray: internal size 120 x 80, 15 deep, 2 mm walls all round and 2 mm base", p,
    "open tray from inside size", "outside = 124 x 84, height 15+2 = 17; cavity 120x80x15 open at top.", 0)

# ---------------- item 3: standards ----------------
p = ring(35, 22, 7)
add("c1321", 3, "ring with 35 OD that a 608 bearing presses into, same thickness as the bearing, bore straight through at the bearing OD", p,
    "bearing ring for 608", "608 = 8x22x7 -> bore Ø22, thickness 7, OD 35.", 1)
p = B(60, 60, 5) - thru(22)
for sx in (-1, 1):
    for sy in (-1, 1):
        p -= thru(3.4, sx*15.5, sy*15.5)
add("c1322", 3, "nema17 motor plate, 60x60x5 mm, pilot hole + the 4 M3 clearance holes, all centred", p,
    "NEMA 17 mounting plate", "NEMA 17: pilot Ø22, 31 mm bolt square; M3 clearance 3.4 (ISO 273 normal).", 5)
p = B(80, 80, 6) - thru(38.1)
for sx in (-1, 1):
    for sy in (-1, 1):
        p -= thru(5.5, sx*47.14/2, sy*47.14/2)
add("c1323", 3, "Could you model a NEMA 23 mounting plate? 80 square, 6 thick, with the centre pilot bore and M5 normal-fit clearance holes on the standard bolt pattern.", p,
    "NEMA 23 mounting plate", "NEMA 23: pilot Ø38.1, bolt square 47.14; M5 normal clearance 5.5 (ISO 273).", 5)
p = B(30, 30, 20) - Pos(0, 0, 5) * C(6.8, 20)
add("c1324", 3, "block 30x30x20, M8 tapped hole 15 deep in the centre of the top face (just model the tap drill, flat bottom)", p,
    "block with blind tapped hole", "M8x1.25 tap drill 6.8, blind 15 deep from top, flat bottom.", 0)
p = ring(24, 8.4, 2)
add("c1325", 3, "washer DIN 9021 M8", p,
    "large flat washer", "DIN 9021 M8: d1 8.4, d2 24, s 2.", 1)
hexn = extrude(RegularPolygon(16/math.sqrt(3), 6), 8.4) - thru(10)
add("c1326", 3, "ISO 4032 M10 hex nut, no thread no chamfers, just a plain 10 mm bore", hexn,
    "plain hex nut body", "ISO 4032 M10: s = 16 AF, m = 8.4; across corners 18.48; bore Ø10.", 1)
p = ring(33.4, 33.4 - 2*3.38, 150)
add("c1327", 3, "1\" NPS sch 40 pipe, 150mm length", p,
    "pipe section", "NPS 1 sch 40: OD 33.4 mm, wall 3.38 -> ID 26.64; length 150.", 1)
p = B(20, 20, 60) - Pos(0, 0, 15) * C(15, 60)
add("c1328", 3, "holder for an AA battery: block 20x20x60 tall with a blind hole 45 deep from the top that an AA slides into, give it 0.5 mm clearance on the diameter", p,
    "AA battery holder block", "AA nominal Ø14.5 + 0.5 clearance = Ø15 hole, 45 deep from the top of the 60-tall block.", 0)
add("c1329", 3, "bracket for a GoPro, base plate 40 x 25 x 3 with the usual three-prong GoPro mount on it", B(40, 25, 3),
    "GoPro mount bracket", "GoPro prong sizes/height are not given by the text -> no expectation.", expect_none=True)
p = B(50, 20, 5) - thru(6.4, -15) - thru(6.4, 15)
add("c1330", 3, "bar 50 x 20 x 5 w/ two M6 clearance holes, close fit, 30 apart, centred", p,
    "bar with two close-fit clearance holes", "ISO 273 close fit M6 = 6.4; holes at x=+-15 on the centreline.", 2)

# ---------------- item 4: drawing notes ----------------
p = B(100, 50, 6)
p = p.fillet(3, p.edges().filter_by(Axis.Z))
for sx in (-1, 1):
    for sy in (-1, 1):
        p -= thru(5.5, sx*(50-8), sy*(25-8))
add("c1331", 4, "PLATE 100 X 50 X 6. 4X Ø5.5 THRU, 8 FROM EDGES. R3 TYP CORNERS", p,
    "plate with four holes and rounded corners", "4 holes Ø5.5 at 8 from each edge; R3 on the 4 vertical corner edges.", 4)
p = B(40, 40, 15) - thru(5.5) - Pos(0, 0, 15 - 5.4) * C(10, 10)
add("c1332", 4, "BLOCK 40x40x15 / CENTRE: Ø5.5 THRU, CBORE Ø10 X 5.4 DP", p,
    "block with counterbored hole", "Ø5.5 through, counterbore Ø10 5.4 deep from top.", 1)
p = ring(80, 30, 10)
for i in range(3):
    a = math.radians(90 + 120*i)
    p -= thru(6.6, 30*math.cos(a), 30*math.sin(a))
add("c1333", 4, "flange Ø80 x 10 thk, bore Ø30 THRU, 3 HOLES Ø6.6 EQ SP ON PCD 60", p,
    "flange with bolt circle", "3 holes Ø6.6 on Ø60 circle at 120°, centre Ø30.", 4)
def csk(part, x, y, top, dk, dh):
    return part - thru(dh, x, y) - Pos(x, y, top - (dk - dh)/2) * Cone(dh/2, dk/2, (dk - dh)/2, align=(Align.CENTER, Align.CENTER, Align.MIN)) \
        - Pos(x, y, top) * C(dk, 5)
p = B(60, 40, 8)
p = csk(p, -20, 0, 8, 10.4, 5.5)
p = csk(p, 20, 0, 8, 10.4, 5.5)
add("c1334", 4, "Plate 60x40x8 - 2x Ø5.5 THRU, CSK Ø10.4 X 90°, at 40 ctrs on the long centreline", p,
    "plate with two countersunk holes", "csk depth (10.4-5.5)/2 = 2.45 for 90°; holes at x=+-20.", 2)
p = B(30, 20, 12) - thru(4.2)
add("c1335", 4, "blk 30 x 20 x 12, M5 X 0.8 TAP THRU at centre of 30x20 face", p,
    "block with tapped through hole", "M5x0.8 tap drill Ø4.2 through the 12 mm.", 1)
p = ring(50, 20, 12)
p = p.chamfer(0.5, None, p.edges())
add("c1336", 4, "DISC Ø50 ±0.05 X 12 +0.1/-0, Ø20 H7 BORE THRU, 0.5 X 45° CHAMFER ALL AROUND", p,
    "disc with bore, chamfered", "tolerances ignored: Ø50 x 12, Ø20 bore; 0.5 chamfer on all 4 circular edges.", 1)
p = ring(25, 8.5, 40)
p = p.chamfer(1, None, p.edges().filter_by(GeomType.CIRCLE).filter_by(lambda e: e.radius > 10))
add("c1337", 4, "spacer Ø25 h6 x 40 lg, Ø8.5 thru, 1 x 45° cham both ends, OD only", p,
    "spacer with OD chamfers", "tolerance h6 ignored; Ø25 x 40, bore 8.5, 1 mm chamfer on both outer edges.", 1)
p = B(120, 80, 10) - thru(40)
for i in range(6):
    a = math.radians(60*i)
    p -= thru(9, 30*math.cos(a), 30*math.sin(a))
add("c1338", 4, "PLATE 120 X 80 X 10; CENTRE Ø40 THRU; 6X Ø9 THRU EQ SP ON PCD 60", p,
    "plate with centre bore and bolt circle", "6 holes Ø9 on Ø60 circle at 60° spacing, centre Ø40.", 7)
p = B(150, 30, 5)
for x in (-75 + 20, 75 - 20):
    p -= Pos(x, 0, 0) * extrude(SlotOverall(20, 6), 20, both=True)
add("c1339", 4, "L=150±0.2  W=30  T=5 ; 2X SLOT 6 WIDE X 20 LG THRU, SLOT CENTRES 20 FROM EACH END, ALONG LENGTH", p,
    "bar with two slots", "slots 20 overall (round ends), 6 wide, centres at 20 from each end on the centreline.", 2)
p = B(50, 30, 20)
for sx in (-1, 1):
    for sy in (-1, 1):
        p -= Pos(sx*(25-6), sy*(15-6), 10) * C(3.3, 20)
add("c1340", 4, "Block 50x30x20. Top face: 4X M4X0.7 - 8 DP THD, Ø3.3 X 10 DP drill, 6 from side edges (model the drill only, flat bottom)", p,
    "block with four blind tapped holes", "4 blind Ø3.3 x 10 deep at 6 from edges; thread not modelled.", 0)

# ---------------- item 5: features ----------------
p = B(80, 60, 8)
for sx in (-1, 1):
    for sy in (-1, 1):
        x, y = sx*30, sy*20
        p = p - thru(6.6, x, y) - Pos(x, y, 8 - 6.5) * C(11, 10)
add("c1341", 5, "80x60x8 plate, 4 counterbored holes for M6 SHCS (6.6 thru, c'bore 11 dia x 6.5 deep), each 10mm in from both edges", p,
    "plate with four counterbored holes", "holes at (+-30, +-20); Ø6.6 through, Ø11 x 6.5 counterbore from top.", 4)
p = B(40, 40, 40)
p = p.fillet(4, p.edges())
add("c1342", 5, "cube 40mm, fillet all edges 4mm", p, "filleted cube", "40 cube, R4 on all 12 edges.", 0)
p = C(30, 50)
p = p.chamfer(1.5, None, p.edges().sort_by(Axis.Z)[-1:])
add("c1343", 5, "solid cylinder 30 dia, 50 long. no holes. chamfer 1.5 on the top edge only", p,
    "solid cylinder, one chamfer", "Ø30 x 50, 1.5 chamfer on the top circular edge only.", 0)
p = B(100, 60, 40)
p = p.fillet(2, p.edges().filter_by(Axis.Z))
p = p - Pos(0, 0, 3) * B(94, 54, 40)
add("c1344", 5, "box 100 x 60 x 40 with no lid, 3mm walls & bottom. actually, also round the four outside vertical corners with a 2mm fillet", p,
    "open box plus follow-up fillets", "outer 100x60x40, cavity 94x54 from z=3, R2 on the 4 outer vertical edges (inner corners sharp).", 0)
p = Rot(0, 90, 0) * C(20, 100)
p = p.translate((-50, 0, 0))  # shaft along x from -50 to 50... Rot makes it along +x from 0
bb = p.bounding_box(); p = p.translate((-bb.min.X, 0, 0))
key = Pos(10 + 20, 0, 10 - 3.5) * extrude(SlotOverall(40, 6), 10)
p = p - key
add("c1345", 5, "shaft Ø20 x 100 with a DIN 6885 keyway, 40 long, starting 10 from one end (closed, round ended)", p,
    "shaft with keyway", "DIN 6885 for 17-22 shaft: b=6, t1=3.5; slot 40 overall from x=10 to 50.", 0)
p = B(60, 40, 25) - Pos(0, 0, 25 - 18) * C(12, 20)
p = p.chamfer(2, None, p.edges().filter_by(Axis.Z, reverse=True).filter_by(GeomType.LINE).group_by(Axis.Z)[-1])
add("c1346", 5, "Block 60x40x25 w/ blind hole Ø12, 18 deep, centred on top. Then put a 2x45 chamfer on the 4 top outside edges as well.", p,
    "block with blind hole + follow-up chamfer", "hole Ø12 x 18 from top; 2 mm chamfer on the 4 straight top edges.", 0)
p = B(100, 50, 5) - extrude(SlotOverall(40, 8), 20, both=True)
add("c1347", 5, "plate 100 x 50 x 5 with one straight slot in the middle, 8 wide and 40 long end to end, running the long way", p,
    "plate with centre slot", "slot 40 overall incl. round ends, 8 wide, through.", 1)
p = B(70, 20, 4)
p = csk(p, -25, 0, 4, 8.4, 4.5)
p = csk(p, 25, 0, 4, 8.4, 4.5)
add("c1348", 5, "strip 70x20x4mm, 2 countersunk holes for M4 flat heads - 4.5 thru, 90 deg csk to 8.4 dia - at 50 ctrs", p,
    "strip with two countersunk holes", "csk depth (8.4-4.5)/2 = 1.95; holes at x=+-25.", 2)
p = C(45, 12)
p = p.fillet(1, p.edges())
add("c1349", 5, "solid puck, dia 45 x 12 high, no hole in it. oh and add a 1mm fillet on both round edges pls", p,
    "solid disc with edge fillets", "Ø45 x 12, R1 on top and bottom circular edges.", 0)
p = B(50, 50, 6)
p = p.fillet(5, p.edges().filter_by(Axis.Z))
for sx in (-1, 1):
    for sy in (-1, 1):
        p -= thru(10, sx*17, sy*17)
p -= thru(20)
add("c1350", 5, "Plate 50 x 50 x 6 with a 10 mm hole in each corner, 8 from the edges. Then add a 20 mm centre hole as well, and round the 4 corners R5.", p,
    "plate, corner holes, then centre hole and corner radii", "holes Ø10 at (+-17, +-17), Ø20 centre, R5 vertical corners.", 5)

# ---------------- item 6: named parts ----------------
p = Pos(25, 0, 0) * B(50, 30, 4) + Pos(2, 0, 0) * B(4, 30, 40)
for y in (-8, 8):
    p -= Pos(30, y, 0) * Cylinder(2.75, 100)
    p -= Pos(0, y, 25) * (Rot(0, 90, 0) * Cylinder(2.75, 100))
add("c1351", 6, "L bracket 4mm thick, 30 wide. One leg 50 long, other leg 40 high (outside dims). 2x 5.5 holes in each leg, 16 apart across the width, at 30 from the outside corner on the flat leg and 25 up on the upright", p,
    "L bracket with holes", "legs 50 and 40 outside, 30 wide, 4 thick; 4 holes Ø5.5.", 4)
p = C(14, 15) + C(20, 2) - thru(10)
add("c1352", 6, "flanged bushing: bore 10, body OD 14, overall length 15 including a 2 mm thick flange of 20 OD", p,
    "flanged bushing", "body Ø14 x 15, flange Ø20 x 2 at one end, bore Ø10 through.", 1)
p = extrude(RegularPolygon(5.5/math.sqrt(3), 6), 20) - thru(2.5)
add("c1353", 6, "M3 hex standoff female/female, 5.5 across flats, 20 long - thread as a plain tap-drill hole all the way thru", p,
    "hex standoff", "hex 5.5 AF (6.35 across corners) x 20, M3 tap drill Ø2.5 through.", 1)
p = C(16, 8) + Pos(0, 0, 8) * C(18, 1) + Pos(0, 0, 9) * C(12.22, 7) + Pos(0, 0, 16) * C(18, 1) - thru(5)
add("c1354", 6, "GT2 20 tooth pulley, 5mm bore, hub 16 dia x 8, 7 mm belt section, flanges 18 dia 1 thick on both sides of the teeth", p,
    "GT2 timing pulley", "extents from flanges Ø18 and length 8+1+7+1 = 17; bore through -> genus 1; teeth not modelled exactly so volume omitted.", 1, no_volume=True)
p = ring(20, 10, 9) - Pos(0, 0, 4.5) * (Rot(90, 0, 0) * Cylinder(1.65, 10, align=(Align.CENTER, Align.CENTER, Align.MIN)))
add("c1355", 6, "shaft collar for a 10mm shaft. OD 20, 9 wide, one radial M4 set screw hole in the middle of the width (tap drill size is fine)", p,
    "shaft collar with set screw hole", "ring Ø20/Ø10 x 9, radial Ø3.3 (M4 tap drill) through one wall -> genus 2.", 2)
p = Pos(0, 15, 0) * B(60, 30, 2) + Pos(0, 0, 3) * (Rot(0, 90, 0) * Cylinder(3, 60))
p -= Pos(0, 0, 3) * (Rot(0, 90, 0) * Cylinder(1.5, 100))
for x in (-20, 0, 20):
    p -= Pos(x, 18, 0) * Cylinder(2.1, 20)
add("c1356", 6, "hinge leaf, 60 x 30 x 2 flat with a knuckle along one 60 edge: tube OD 6 with a 3mm pin hole the full 60, axis right on that edge and flush with the bottom of the leaf. 3 holes 4.2 at 20 spacing, 18 in from the knuckle edge", p,
    "single hinge leaf with knuckle", "leaf y 0..30, knuckle Ø6 centred on y=0, z=3; extents 60 x 33 x 6; pin bore + 3 holes.", 4)
p = B(15, 5, 60) + Pos(0, 30/2 + 2.5, 0) * B(15, 30, 5) + Pos(0, 30, 0) * B(15, 5, 15)
for z in (20, 45):
    p -= Pos(0, 0, z) * (Rot(90, 0, 0) * Cylinder(2, 50))
add("c1357", 6, "coat hook, dead simple: back plate 60 tall x 15 wide x 5 thk, an arm 15 wide x 5 thk sticking 30 out from the bottom of the plate (measured from the plate front), and a 10 mm lip going up at the arm tip (5 thk). two 4mm screw holes in the plate at 20 and 45 from the bottom", p,
    "wall hook from blocks", "plate 15x5x60, arm 30 beyond plate at the bottom (5 thick), lip 5 thick rising to 15 total; 2 holes Ø4.", 2)
box_ = B(80, 50, 30) - Pos(0, 0, 2) * B(76, 46, 30)
lid = Pos(80 + 10, 0, 0) * B(80, 50, 3)
add("c1358", 6, "enclosure 80x50x30 outside, 2 mm walls and floor, open top, plus a separate flat lid 80x50x3. lay the lid flat next to the box with a 10 mm gap along the 80 side", Compound([box_, lid]),
    "box + separate lid", "box and lid side by side on the bed along x: 80+10+80 = 170 x 50 x 30; volume = box + lid.", assembly=True)
p = C(20, 40)
add("c1359", 6, "compression spring, 1.5 wire, 20 OD, 40 free length, about 8 coils", p,
    "helical spring", "only extents: OD 20 x free length 40; coil volume depends on end form -> omitted.", extents_only=True)
p = Rot(0, 90, 0) * C(12, 80)
bb = p.bounding_box(); p = p.translate((-bb.min.X, 0, 0))
p -= Pos(12.5, 0, 6 - 1 + 10) * Box(25, 20, 20)
add("c1360", 6, "12mm shaft, 80 long, with a 1mm deep flat 25 long at one end for a grub screw", p,
    "D-flat shaft", "flat cuts 1 mm off the Ø12 over only 25 mm, rest stays full Ø12 -> extents 12 x 12 x 80; volume = cylinder minus 25 mm of the 1 mm circular segment.", 0)

# ---------------- item 7: impossible / borderline ----------------
imp = [
    ("c1361", "plate 30x30x5 with a 40mm hole through the center", "hole larger than plate", "Ø40 hole exceeds the 30 mm plate width - nothing would remain around it."),
    ("c1362", "tube OD 20, ID 25, 50 long", "tube with ID > OD", "inside diameter 25 is bigger than outside diameter 20."),
    ("c1363", "50 x 50 x 4 plate, four Ø8 holes, hole centres 2 mm from the edges", "holes breaking edges", "hole radius 4 > 2 mm edge distance: the holes would cut open the plate edges."),
    ("c1364", "cup, 40 OD, 30 tall overall, 45 deep inside", "cup deeper than tall", "inside depth 45 exceeds total height 30."),
    ("c1365", "15 mm cube with R10 fillets on all edges", "fillet too large", "R10 is more than half of the 15 mm edge - fillets cannot fit."),
    ("c1366", "bar 60 x 8 x 8, M10 normal clearance hole through the 8 wide face", "hole wider than bar", "M10 normal clearance 11 mm (ISO 273) is wider than the 8 mm bar."),
    ("c1367", "housing for a 608 bearing, outer diameter 20, 10 tall", "housing smaller than bearing", "608 OD is 22 mm, larger than the 20 mm housing."),
]
for i, pr, it, why in imp:
    add(i, 7, pr, None, it, why, impossible=True)
p = ring(20, 19.2, 30)
add("c1368", 7, "thin sleeve OD 20 ID 19.2, 30 long - is 0.4 wall even ok? do it anyway", p,
    "very thin-walled sleeve", "wall (20-19.2)/2 = 0.4 mm > 0: valid.", 1)
p = B(50, 50, 5)
for sx in (-1, 1):
    for sy in (-1, 1):
        p -= thru(10, sx*(25-5.5), sy*(25-5.5))
add("c1369", 7, "50x50x5 plate, 4 holes d10 with centres 5.5 from the edges", p,
    "plate with holes very near edges", "radius 5 < 5.5 edge distance: 0.5 mm ligament, still valid.", 4)
p = B(20, 20, 20) - thru(19.5)
add("c1370", 7, "20mm cube with a 19.5 hole straight through the middle", p,
    "cube with nearly full-size hole", "19.5 < 20: thin 0.25 mm minimum wall remains, valid.", 1)

with open(str(__import__("pathlib").Path(__file__).with_name("coverage10_prompts.jsonl")), "w") as f:
    for o in OUT:
        f.write(json.dumps(o, ensure_ascii=False) + "\n")
print(len(OUT))

# ruff: noqa
# Generator for coverage9b: models every reference part in build123d and writes coverage9b.jsonl
import json, math
from build123d import *

C, MN = Align.CENTER, Align.MIN
def box(x, y, z, at=(0, 0, 0)): return Pos(*at) * Box(x, y, z, align=(C, C, MN))
def cz(d, h, x=0, y=0, z=0): return Pos(x, y, z) * Cylinder(d / 2, h, align=(C, C, MN))
def cx(d, h, x=0, y=0, z=0): return Pos(x, y, z) * (Rot(0, 90, 0) * Cylinder(d / 2, h, align=(C, C, MN)))
def cy(d, h, x=0, y=0, z=0): return Pos(x, y, z) * (Rot(-90, 0, 0) * Cylinder(d / 2, h, align=(C, C, MN)))
def csk(x, y, ztop, dh, dk, ang=90):
    h = (dk - dh) / 2 / math.tan(math.radians(ang / 2))
    return Pos(x, y, ztop - h) * Cone(dh / 2, dk / 2, h, align=(C, C, MN))
def sol(p):
    s = p.solids()
    assert len(s) == 1, len(s)
    return s[0]
def hexprism(af, h, z=0):
    return extrude(Pos(0, 0, z) * RegularPolygon(af / 2, 6, major_radius=False), amount=h)
def slot(cc, w, h, x=0, y=0, z=0, rot=0):
    return extrude(Pos(x, y, z) * (Rot(0, 0, rot) * SlotCenterToCenter(cc, w)), amount=h)

def genus(s):
    V, E, F = len(s.vertices()), len(s.edges()), len(s.faces())
    R = sum(len(f.wires()) - 1 for f in s.faces())
    g = 1 - (V - E + F - R) / 2
    assert abs(g - round(g)) < 1e-9
    return int(round(g))

def measure(p, assembly=False, vol=True, gen=True, ext=True):
    bb = p.bounding_box().size
    e = {}
    if ext: e["extents"] = sorted(round(v, 2) for v in (bb.X, bb.Y, bb.Z))
    if assembly:
        ss = p.solids(); assert len(ss) >= 2
        for s in ss: assert s.is_valid and s.volume > 0
        if vol: e["volume"] = round(sum(s.volume for s in ss), 1)
        return e
    s = sol(p); assert s.is_valid and s.volume > 0
    v = s.volume
    if vol: e["volume"] = round(v, 1) if v >= 100 else float(f"{v:.5g}")
    if gen: e["genus"] = genus(s)
    return e

OUT = []
def add(id_, item, prompt, part, intent, why, **kw):
    if part is None:
        exp = kw.pop("expect", {})
    else:
        exp = measure(part, **kw)
    imp = kw.get("impossible", False) if part is not None else False
    OUT.append(dict(id=id_, item=item, prompt=prompt, expect=exp, intent=intent, why=why,
                    out_of_scope=False, impossible=imp))
def imp(id_, prompt, intent, why):
    OUT.append(dict(id=id_, item=7, prompt=prompt, expect={}, intent=intent, why=why,
                    out_of_scope=False, impossible=True))

# ---------------- item 5: features and negations ----------------
p = box(80, 50, 8)
for x in (-30, 30):
    for y in (-15, 15):
        p = p - cz(5.5, 8, x, y) - cz(9.5, 5.5, x, y, 8 - 5.5)
add("c1201", 5, "Plate 80 x 50 x 8 mm, four counterbored holes for M5 cap screws, one 10 mm in from each corner (both edges). Thru 5.5, c'bore 9.5 dia x 5.5 deep from the top.",
    p, "plate with 4 counterbored M5 holes", "Box 80x50x8; holes at (+-30,+-15): 5.5 thru + 9.5x5.5 counterbore; 4 through holes -> genus 4.")

p = box(120, 40, 6)
for x in (-30, 30):
    p = p - cz(4.5, 6, x) - csk(x, 0, 6, 4.5, 8.4)
add("c1202", 5, "bracket plate 120x40x6 alu. 2 off countersunk holes for M4 flat heads, 4.5 thru, csk 90deg to 8.4 dia on top face. holes on the centreline, 30mm either side of the middle",
    p, "plate with two countersunk M4 holes", "Box 120x40x6; holes at x=+-30 y=0, 4.5 thru plus 90 deg cone from 4.5 to 8.4 at top; genus 2.")

p = box(40, 40, 25) - cz(12, 18, 0, 0, 25 - 18)
add("c1203", 5, "Need a 40x40 block, 25 tall, with a blind 12mm hole in the centre of the top, 18 deep (NOT through).",
    p, "block with a blind hole", "Box 40x40x25 minus 12 dia x 18 deep cylinder from top; blind -> genus 0.")

p = box(60, 60, 10)
for x in (-20, 20):
    for y in (-20, 20):
        p = p - cz(5.0, 10, x, y)
add("c1204", 5, "60 x 60 x 10 steel plate with 4x M6 tapped through holes on a 40 mm square, centred. Just model the tap drill (5.0) no threads pls",
    p, "plate with 4 tapped M6 holes", "Box 60x60x10; 4 holes dia 5.0 (M6 tap drill) at (+-20,+-20), through; genus 4.")

p = box(100, 25, 5) - slot(30, 6, 5)
add("c1205", 5, "flat bar 100 long, 25 wide, 5 thk with one through slot in the middle running lengthways, slot 6 wide and 30 between the arc centres",
    p, "bar with a central through slot", "Box 100x25x5 minus stadium slot 6 wide, 30 c-c (36 overall) along the length, through; genus 1.")

p = cx(20, 80, -40)
p = p - slot(32 - 6, 6, 5, 0, 0, 10 - 3.5)
add("c1206", 5, "Shaft dia 20, length 80. Keyway per DIN 6885 for a 6x6 key, form A (round ends), 32 long, centred on the shaft length.",
    p, "shaft with a DIN 6885 keyway", "Cylinder d20 L80; DIN 6885 6x6 key: width 6, shaft depth t1=3.5; rounded slot 32 overall (26 c-c) centred; blind pocket -> genus 0.")

s = sol(box(50, 30, 20)); p = s.fillet(3, s.edges())
add("c1207", 5, "Simple box 50 by 30 by 20mm with every edge rounded, 3mm radius.",
    p, "box with all edges filleted", "Box 50x30x20, fillet R3 on all 12 edges; genus 0.")

s = sol(box(90, 60, 12)); s = s.fillet(8, s.edges().filter_by(Axis.Z)); p = s - cz(20, 12)
add("c1208", 5, "plate 90x60, 12 thick, 20mm hole dead centre. round the vertical edges R8, leave the rest sharp.",
    p, "plate with rounded corners and centre hole", "Box 90x60x12, R8 on the 4 vertical edges, 20 dia through hole centred; genus 1.")

s = sol(box(70, 45, 30)); p = s.chamfer(1.5, None, s.edges().group_by(Axis.Z)[-1])
add("c1209", 5, "Block 70 x 45 x 30 high. Chamfer the top edges 1.5 x 45deg, bottom edges stay sharp.",
    p, "block with chamfered top edges", "Box 70x45x30; 1.5 mm chamfer on the 4 top edges only; genus 0.")

p = cz(60, 8)
add("c1210", 5, "disc, 60 diameter, 8 thick. no hole in the middle - it's a solid blank",
    p, "solid disc", "Cylinder d60 h8, no hole requested; genus 0.")

p = cz(150, 18)
for i in range(8):
    a = math.radians(22.5 + 45 * i)
    p = p - cz(18, 18, 60 * math.cos(a), 60 * math.sin(a))
add("c1211", 5, "Blind flange, OD 150, 18 thick, 8 bolt holes dia 18 equally spaced on a 120 PCD. It's a blind flange so no centre bore obviously.",
    p, "blind flange with 8 bolt holes", "Cylinder d150 h18, 8 x d18 holes on PCD 120 (r=60); blind flange -> no centre bore; genus 8.")

p = box(80, 60, 40) - box(75, 55, 37, (0, 0, 3))
add("c1212", 5, "open-top box 80x60x40 outside, walls 2.5, floor 3. without a lid, I'll make that separately later",
    p, "open box without lid", "Outer box 80x60x40 minus cavity 75x55x37 from z=3 upward (open top); no lid; genus 0.")

s = sol(cz(40, 30)); s = s.chamfer(1, None, s.edges().filter_by(GeomType.CIRCLE)); p = s - cz(10, 30)
add("c1213", 5, "cylinder 40 dia x 30 tall please. ok now add a 10 mm hole through the middle and chamfer the outer top and bottom edges 1 mm (leave the hole edges sharp)",
    p, "chamfered cylinder with centre hole (refinement)", "Cylinder d40 h30, 1 mm chamfer on the two outer circular edges, then 10 mm through hole on axis; genus 1.")

s = sol(box(100, 60, 5)); s = s.fillet(6, s.edges().filter_by(Axis.Z)); p = s
for x in (-42, 42):
    for y in (-22, 22):
        p = p - cz(5.5, 5, x, y)
p = p - cz(20, 5)
add("c1214", 5, "Mounting plate 100x60x5 with 4x 5.5 holes, 8mm from each edge. ...ok now add a 20 mm hole in the middle and also round the four corners R6 - keep the four holes as they were",
    p, "plate: refinement adding centre hole and corner radii", "Box 100x60x5, R6 on 4 vertical edges; 4 x 5.5 holes at (+-42,+-22) (8 from edges); plus 20 dia centre hole; genus 5.")

s = sol(cz(25, 60)); p = s.chamfer(0.5, None, s.edges().filter_by(GeomType.CIRCLE))
add("c1215", 5, "Solid round bar 25mm dia, 60mm long, no bore - solid all the way. 0.5 chamfer both ends.",
    p, "solid chamfered round bar", "Cylinder d25 L60, 0.5 chamfers on both end edges; solid -> genus 0.")

p = box(50, 30, 20)
for x in (-12, 12):
    p = p - cz(4.5, 20, x) - cz(8, 4.4, x, 0, 20 - 4.4)
p = p - cx(4.2, 10, 25 - 10, 0, 10)
add("c1216", 5, "block 50x30x20. top face: 2 counterbored holes for M4 at x = -12 and +12 on the centreline (4.5 thru, cbore 8 dia 4.4 deep). On the 30x20 end face at +X, an M5 tapped hole 10 deep in the middle of the face - tap drill 4.2, blind.",
    p, "block with counterbores and a blind tapped side hole", "Box 50x30x20; 2 x (4.5 thru + 8x4.4 cbore) at x=+-12; blind 4.2 x 10 from +X end face centred at z=10 (ends at x=15, clear of the x=12 hole by 0.75); genus 2.")

p = box(80, 80, 15)
for x in (-25, 0, 25):
    for y in (-25, 0, 25):
        p = p - cz(8, 10, x, y, 5)
add("c1217", 5, "80x80x15 plate, 3x3 grid of blind holes, 8mm dia 10mm deep, 25mm pitch, grid centred on the plate",
    p, "plate with 9 blind holes", "Box 80x80x15; 9 x d8 depth 10 from top on 25 mm grid; blind -> genus 0.")

p = box(150, 100, 3)
for x in (-60, 0, 60):
    for y in (-43, 43):
        p = p - cz(3.4, 3, x, y) - csk(x, y, 3, 3.4, 6.5)
add("c1218", 5, "cover plate 150 by 100, 3mm thk, 6 csk holes for M3 flat heads (3.4 thru, 90° csk to 6.5dia). 3 along each long edge, 7mm in from the edge, at x= -60, 0 , 60",
    p, "cover plate with 6 countersunk holes", "Box 150x100x3; holes at x in {-60,0,60}, y=+-43 (7 from the long edges); 3.4 thru + 90 deg csk to 6.5 (depth 1.55 < 3); genus 6.")

p = box(60, 40, 20) - box(10, 40, 8, (0, 0, 12))
add("c1219", 5, "Block 60 long 40 wide 20 high, with a 10 wide x 8 deep slot across the top running in the 40 direction, in the middle of the 60 length.",
    p, "block with a cross slot", "Box 60x40x20 minus 10x40x8 groove from the top at the centre; open groove, no through hole -> genus 0.")

p = cz(50, 30) - cz(25, 30) - box(8, 12.5 + 3.3, 30, (0, (12.5 + 3.3) / 2, 0))
add("c1220", 5, "Hub: OD 50, length 30, bore 25 H7 through, with a DIN 6885 keyway for an 8x7 key running the full length.",
    p, "hub with bore and keyway", "Cylinder d50 L30, bore 25; DIN 6885 8x7 hub keyway: width 8, t2=3.3 above bore -> keyway floor 15.8 from axis; through; genus 1.")

s = sol(box(60, 60, 20)); s = s.chamfer(2, None, s.edges().group_by(Axis.Z)[0]); p = s.fillet(2, s.edges().group_by(Axis.Z)[-1])
add("c1221", 5, "60x60x20 block - chamfer only the bottom edges 2mm and fillet the top edges 2mm. vertical edges sharp",
    p, "block with bottom chamfer and top fillet", "Box 60x60x20; 2 mm chamfer on the 4 bottom edges, R2 on the 4 top edges; genus 0.")

p = box(40, 40, 30) - cz(15, 30)
s = sol(p); p = s.fillet(4, s.edges().filter_by(Axis.Z))
add("c1222", 5, "a 40mm cube... actually make it 40x40x30 tall. put a 15 hole through it top to bottom. then fillet the vertical edges 4",
    p, "block with hole and rounded vertical edges (refinement)", "Box 40x40x30 (revised size), 15 dia through hole on the vertical axis, R4 on the 4 outer vertical edges; genus 1.")

p = box(60, 60, 6) + cz(30, 20, 0, 0, 6) - cz(8, 15, 0, 0, 26 - 15)
add("c1223", 5, "Base plate 60x60x6 with a round boss 30 dia standing 20 high on top, centered. 8mm hole 15 deep into the boss from its top, blind.",
    p, "plate with boss and blind hole", "Box 60x60x6 + cylinder d30 h20 on top (total height 26); d8 blind hole 15 deep from z=26; genus 0.")

p = cz(80, 12) - cz(6.8, 12)
for i in range(4):
    a = math.radians(45 + 90 * i)
    p = p - cz(3.3, 8, 30 * math.cos(a), 30 * math.sin(a), 12 - 8)
add("c1224", 5, "flange disk OD80 x 12 thk. M8 tapped thru in the center, plus 4x M4 tapped 8 deep on a 60 PCD at 45 deg. model tapped holes as tap drill size (6.8 / 3.3)",
    p, "disc with tapped holes", "Cylinder d80 h12; centre hole 6.8 through; 4 x 3.3 blind 8 deep on PCD 60; genus 1.")

s = sol(box(35, 35, 35)); p = s.chamfer(2, None, s.edges())
add("c1225", 5, "Solid cube 35mm, no holes at all, just break all edges with a 2mm chamfer.",
    p, "chamfered solid cube", "Box 35^3 with 2 mm chamfer on all 12 edges; solid -> genus 0.")

# ---------------- item 6: named parts ----------------
p = box(50, 30, 4, (25, 0, 0)) + box(4, 30, 40, (2, 0, 0))
for y in (-8, 8):
    p = p - cz(5.5, 4, 30, y) - cx(5.5, 4, 0, y, 25)
add("c1226", 6, "L bracket, 4mm thick, 30 wide. horizontal leg 50 long, vertical leg 40 tall (outside dims). Two M5 clearance holes (normal fit) in each leg, 8mm either side of the width centreline, 30mm from the outside corner on the base leg and 25mm up on the upright.",
    p, "L bracket with 4 holes", "Base 50x30x4 + upright 4x30x40 sharing the corner; M5 normal clearance 5.5 (ISO 273); holes at x=30 on the base, z=25 on the upright, y=+-8; genus 4.")

base = box(40, 30, 5, (20, 0, 0)) + box(5, 30, 40, (2.5, 0, 0))
gus = extrude(Plane.XZ.offset(-2.5) * Polygon((5, 5), (35, 5), (5, 35), align=None), amount=5)
p = base + gus - cz(6.6, 5, 25, -10) - cx(6.6, 5, 0, -10, 25)
add("c1227", 6, "corner bracket w/ gusset: two 40mm legs at 90 deg, 30 wide, 5 thick. triangular gusset 5 thick in the middle of the width, filling the inside corner out to 30mm along each leg. one M6 clearance hole (normal, ISO 273) per leg, 25 from the outer corner, 10mm off centre to the side away from the gusset - same side for both",
    p, "gusseted corner bracket", "Legs 40x30x5 each; gusset right triangle 30x30 (inside corner at 5,5) 5 thick centred on width; M6 normal clearance 6.6 at 25 from corner, y=-10; genus 2.")

p = cz(14, 20) + cz(20, 3) - cz(10, 20)
add("c1228", 6, "Flanged bushing: ID 10, OD 14, overall length 20 incl. flange; flange 20 dia x 3 thick.",
    p, "flanged bushing", "Tube d14/d10 L20 with flange d20x3 at one end; genus 1.")

p = cz(20, 25) - cz(16, 25)
add("c1229", 6, "plain sleeve 16 ID 20 OD 25 long", p, "plain sleeve", "Tube OD20 ID16 L25; genus 1.")

p = hexprism(5.5, 20) - cz(2.5, 20)
add("c1230", 6, "Hex standoff, female/female M3, 5.5 across flats, 20 long. thread modelled as 2.5 tap drill right through.",
    p, "F-F M3 hex standoff", "Hex prism 5.5 AF x 20, 2.5 through hole; genus 1.")

p = hexprism(7, 15) + cz(4, 6, 0, 0, 15) - cz(3.3, 8)
add("c1231", 6, "M4 male-female hex spacer: hex body 7 AF x 15 long, male stud 4 dia x 6 long on one end (plain cylinder, no thread), female end tapped 8 deep = 3.3 drill.",
    p, "M-F M4 hex standoff", "Hex 7 AF x 15 + stud d4x6 on top; blind 3.3 x 8 from the bottom; genus 0.")

# V-pulley: revolve a half profile (r, z): OD 80, width 16, groove top 11 wide, bottom 4 wide, 9 deep, bore 12
pts = [(6, 0), (40, 0), (40, 2.5), (31, 6), (31, 10), (40, 13.5), (40, 16), (6, 16)]
p = revolve(Plane.XZ * Polygon(*pts, align=None), Axis.Z)
add("c1232", 6, "single groove V-belt pulley, OD 80, 16 wide, 12mm bore. groove centred, 11 wide at the rim, 9 deep, 4 wide at the bottom. no hub, no set screw.",
    p, "V-belt pulley", "Revolved profile: r 6..40, z 0..16; groove trapezoid 11 wide at r=40 (z 2.5..13.5) to 4 wide at r=31 (z 6..10); genus 1.")

pitch_d = 20 * 2 / math.pi; od = pitch_d - 0.508
p = cz(18, 1) + cz(od, 7, 0, 0, 1) + cz(18, 1, 0, 0, 8) + cz(16, 7, 0, 0, 9) - cz(5, 16)
add("c1233", 6, "GT2 20 tooth pulley for 6mm belt, 5mm bore. flanges both sides 18 dia x 1 thick, toothed section 7 wide, hub 16 dia x 7 long on one side.",
    p, "GT2 20T timing pulley", "Stack: flange 1 + teeth 7 + flange 1 + hub 7 = 16 long, max dia 18 (flanges); 5 bore -> genus 1. Teeth (OD ~12.22) not modelled exactly, so volume omitted.", vol=False)

s = sol(cz(32, 18)); s = s.fillet(3, s.edges().group_by(Axis.Z)[-1]); p = s - cz(6, 12)
add("c1234", 6, "Knob for a 6mm shaft, 32mm across, 18 tall, round top edge R3. 6mm blind hole 12 deep up from the bottom. Plain, no knurling.",
    p, "round knob with blind bore", "Cylinder d32 h18, R3 on top edge, 6x12 blind hole from bottom; genus 0.")

add("c1235", 6, "can someone make me a knob for a 1/4\" pot shaft? something grippy, about finger size I guess", None,
    "control knob for a 1/4 in potentiometer shaft", "No diameter, height or bore depth given ('about finger size'); so no extents, volume or genus expected.")

p = box(40, 25, 2, (0, 12.5, 0)) + cx(6, 40, -20, 0, 3) - cx(2.5, 40, -20, 0, 3)
for x in (-12, 0, 12):
    p = p - cz(3.4, 2, x, 16)
add("c1236", 6, "hinge leaf: 40 x 25 x 2 plate with the knuckle along one 40mm edge - knuckle 6 OD, full 40 length, pin hole 2.5, knuckle sits flush with the bottom of the plate. 3 holes 3.4 dia at 12mm pitch along the middle, 16 from the knuckle axis.",
    p, "hinge leaf with knuckle", "Plate 40x25x2 (y 0..25, z 0..2); knuckle cylinder d6 axis at y=0 z=3 (z 0..6); pin hole 2.5; extents 40 x 28 x 6; holes at x=-12,0,12, y=16; genus 4.")

hook = extrude(Plane.XZ * Polygon((0, 0), (4, 0), (4, 56), (30, 56), (30, 50), (34, 50), (34, 60), (0, 60), align=None), amount=-20)
hook = hook.moved(Location((0, -10, 0)))
p = hook - cx(4.5, 4, 0, 0, 15) - cx(4.5, 4, 0, 0, 40)
add("c1237", 6, "Wall hook, 20mm wide. Back plate 60 tall x 4 thick, screwed to the wall with two 4.5 holes at 15 and 40 mm from the bottom. At the top an arm sticks out from the wall (4 thick, top flush with the top of the back plate) and ends in a lip, 4 thick, that hangs 10 mm down from the top of the arm; the arm+lip reach 34 mm from the wall overall, so 30 to the outside of the... er, inside of the lip.",
    p, "wall hook", "Profile in XZ: back 4x60, arm from x=4..30 z 56..60, lip x 30..34 z 50..60; extruded 20; holes 4.5 through back at z=15 and 40; genus 2.")

# note: arm 30 out means overall depth 34 incl lip
p = box(30, 10, 2) + cy(10, 10, 0, -5, 5)
p = p - cy(6, 10, 0, -5, 5)
for x in (-10, 10):
    p = p - cz(3.4, 2, x)
add("c1238", 6, "cable clip for a 6mm cable: flat tab 30 x 10 x 2 with two 3.4 screw holes 20 apart, and in the middle a closed ring 10 OD, 6 ID, 10 long whose bottom sits on the bed (same bottom as the tab). cable runs across the tab (along the 10mm width).",
    p, "screw-down cable clip", "Tab 30x10x2 + tube OD10/ID6 axis along y at z=5; holes d3.4 at x=+-10; extents 30x10x10; genus 3 (2 screw holes + cable hole).")

boxp = box(100, 60, 40) - box(96, 56, 38, (0, 0, 2)); lid = box(100, 60, 3, (110, 0, 0))
p = Compound([sol(boxp), sol(lid)])
add("c1239", 6, "Electronics enclosure: open box 100x60x40 outside, 2mm walls and floor, plus a separate flat lid 100x60x3. Lay the lid flat next to the box on the bed, 10mm gap along X.",
    p, "enclosure box + separate lid (assembly)", "Two solids: box 100x60x40 minus 96x56x38 cavity; lid 100x60x3 placed at x 60..160 (10 mm gap); extents 210x60x40; volume = sum; genus omitted.", assembly=True)

boxp = box(80, 50, 30) - box(76, 46, 28, (0, 0, 2))
lid = box(80, 50, 2, (0, 55, 0)) + (box(75.6, 45.6, 1.5, (0, 55, 2)) - box(72.6, 42.6, 1.5, (0, 55, 2)))
p = Compound([sol(boxp), sol(lid)])
add("c1240", 6, "project box 80 x 50 x 30, 2 mm walls/floor, open top. Separate lid 2mm thick with a 1.5 mm tall, 1.5 mm thick lip that fits inside the walls with 0.2 clearance all round. Print the lid lip-up beside the box, 5 mm away in Y.",
    p, "project box with lipped lid (assembly)", "Box 80x50x30 minus 76x46x28 cavity; lid 80x50x2 centred at y=55 with lip ring outer 75.6x45.6 (76-2*0.2), 1.5 wall, 1.5 tall; extents 30 x 80 x 105; volume sum.", assembly=True)

p = cz(12, 30) - cz(9.6, 30)
add("c1241", 6, "compression spring, OD 12, free length 30, wire 1.2, 8 active coils, ends closed and ground",
    p, "compression spring", "Extents only: OD 12 x 12 x free length 30. Helix geometry/volume not asserted (modelled as envelope tube for extents).", vol=False, gen=False)

p = cz(8, 50) - box(8, 8, 20, (0, 4 + 3.5, 30))
add("c1242", 6, "8mm shaft 50 long with a D flat 0.5 deep, 20 long, at one end",
    p, "shaft with D flat", "Cylinder d8 L50; flat cut 0.5 deep (plane at 3.5 from axis) over the top 20 mm; genus 0.")

s = sol(cx(25, 100, -50)); s = s.chamfer(1, None, s.edges().filter_by(GeomType.CIRCLE))
p = s - slot(40 - 8, 8, 5, -50 + 10 + 20, 0, 12.5 - 4.0)
add("c1243", 6, "Shaft Ø25 x 100 lg, 1x45° chamfer both ends. Keyway DIN 6885 A for 8x7 key, 40 long, starting 10 mm from one end.",
    p, "shaft with keyway", "Cylinder d25 L100, 1 mm end chamfers; DIN 6885 8x7: width 8, t1=4.0; rounded keyway 40 overall from x=10..50 along shaft; genus 0.")

p = cz(25, 10) - cz(12, 10) - cx(3.3, 13, 0, 0, 5)
add("c1244", 6, "shaft collar, 12mm bore, 25 OD, 10 wide, one radial M4 set screw hole in the middle of the width (tap drill 3.3)",
    p, "shaft collar with set screw hole", "Ring OD25 ID12 x 10; radial 3.3 hole from OD to bore at mid-width; genus 2 (bore + radial hole).")

p = box(60, 20, 15) - cy(25.4, 20, 0, -10, 0)
for x in (-22, 22):
    p = p - cz(5.5, 15, x)
add("c1245", 6, "Half of a pipe clamp for 1 inch pipe: block 60 x 20 x 15 high, semicircular cutout 25.4 dia along the 20 direction centred on the bottom face, two M5 clearance holes (normal fit) vertical at 22 mm either side of centre.",
    p, "pipe clamp half", "Box 60x20x15 minus half-cylinder r12.7 axis at bottom centre; M5 normal clearance 5.5 at x=+-22 through 15; genus 2.")

p = cz(9, 10) - cz(4.5, 10)
add("c1246", 6, "spacer for M4, 10 long", p, "M4 spacer",
    "M4 clearance normal fit 4.5 (ISO 273), length 10; OD not given, so extents and volume omitted; genus 1 (through bore).", vol=False, ext=False)

p = cz(12, 15) - cz(6.6, 15)
add("c1247", 6, "need some spacers for M6 bolts, 12 OD, 15mm long, normal clearance", p, "M6 spacer",
    "ID 6.6 (M6 normal clearance ISO 273), OD 12, L15; genus 1.")

p = cz(7, 5) - cz(3.4, 5)
add("c1248", 6, "M3 spacer 7mm OD x 5mm", p, "M3 spacer", "ID 3.4 (M3 normal clearance ISO 273), OD 7, L5; genus 1.")

add("c1249", 6, "Do you have a shaft collar for 10 mm shaft? Whatever is standard is fine.", None,
    "shaft collar for 10 mm shaft", "Only the bore (10) is given; OD, width and set-screw size are not, so no expectations.")

p = hexprism(8, 25) - cz(4.2, 8) - cz(4.2, 8, 0, 0, 17)
add("c1250", 6, "hex standoff F-F M5, 8mm AF, 25 long. tapped 8 deep from each end (4.2 drill), NOT drilled through - solid in the middle",
    p, "F-F M5 hex standoff, blind tapped ends", "Hex 8 AF x 25; 4.2 x 8 blind from each end, 9 mm solid between; genus 0.")

# ---------------- item 7: impossible / borderline ----------------
imp("c1251", "plate 40x30x5, put a 10mm hole with its centre 3mm from the long edge, halfway along",
    "plate with edge hole", "Hole radius 5 > 3 mm edge distance: the hole breaks out of the edge, it is not a hole any more.")
imp("c1252", "bushing: OD 20, bore 22, 15 long", "bushing", "Bore 22 is larger than the 20 OD; no material left.")
imp("c1253", "Plate 80 x 50 x 6 thick, fillet ALL edges 4mm", "fully rounded plate",
    "Fillet R4 on both top and bottom edges of a 6 mm plate needs 8 mm of thickness; max possible is R3.")
imp("c1254", "flat bar 25 wide 10 thick 100 long, two counterbored M8 holes, c'bore 30 dia 6 deep",
    "bar with counterbores", "Counterbore dia 30 is wider than the 25 mm bar.")
imp("c1255", "block 50x50x20 with a 30x30 pocket 25 deep from the top, leave a 3mm floor",
    "pocketed block", "Pocket 25 deep in a 20 tall block cannot leave a 3 mm floor (max depth 17).")
imp("c1256", "Two 12mm holes through a 60x30x8 plate, centres 8mm apart, I need a wall between them",
    "plate with two close holes", "Centres 8 apart with 12 dia holes overlap by 4 mm; no wall possible.")
imp("c1257", "blind hole 10 dia, 30 deep, in a 20mm thick plate 60x60 -- do not go through!",
    "blind hole", "A 30 deep blind hole cannot fit in a 20 mm thick plate without breaking through.")
imp("c1258", "spacer for M6 normal clearance, OD 5mm, 10 long", "M6 spacer",
    "M6 normal clearance is 6.6 (ISO 273), larger than the 5 mm OD.")
imp("c1259", "Disc 60 OD 8 thk with 6 holes 18mm on a 30mm PCD, each hole separate pls",
    "disc with bolt circle", "Adjacent centres on PCD 30 with 6 holes are 15 apart (chord), less than the 18 hole dia: holes overlap.")
imp("c1260", "knob 30 dia, 15 tall, 6mm blind bore 20 deep up from the underside -- must not show on the top face", "knob with blind bore",
    "A 20 deep blind bore cannot fit in a 15 tall knob without breaking out of the top.")
imp("c1261", "L bracket 3mm thick, legs 30 and 30, only 10mm wide, with a 12mm hole in each leg",
    "narrow L bracket", "12 mm holes are wider than the 10 mm bracket width; they would cut the legs apart.")
imp("c1262", "block 20 x 20 x 30 tall, round the vertical edges R12", "rounded block",
    "R12 on the vertical edges of a 20x20 section needs at least 24 mm of width; max is R10.")
imp("c1263", "2mm aluminium sheet 50x50, one 4.5 hole in the middle countersunk 90° to 12mm dia",
    "countersunk sheet", "A 90 deg countersink from 4.5 to 12 is 3.75 deep, deeper than the 2 mm sheet.")
imp("c1264", "Box 50x50x30 outside dims, hollowed with an internal cavity 52 x 48 x 25, closed on all sides",
    "hollow box", "Cavity 52 long is bigger than the 50 mm outside dimension.")
imp("c1265", "4mm plate 60x40, chamfer the top edges 5mm", "chamfered plate",
    "A 5 mm chamfer cannot be cut into the edge of a 4 mm thick plate.")
imp("c1266", "bar 10 wide 5 thick 80 long with a 12mm wide slot through, 50 long, along its length in the middle",
    "slotted bar", "A 12 wide through slot in a 10 wide bar splits it into pieces; no single part.")
imp("c1267", "hex standoff 5mm AF, 12 long, M5 clearance hole through (normal, 5.5)",
    "hex standoff", "5.5 bore exceeds the 5 mm across-flats of the hex; walls vanish at the flats.")

p = box(50, 40, 5) - cz(10, 5, 0, 20 - 6)
add("c1268", 7, "50x40x5 plate, 10 mm hole centred 6mm from one of the long edges, halfway along. yes I know it's close to the edge",
    p, "plate with hole near edge", "Hole r5 at 6 from edge leaves 1 mm of material: possible. Box 50x40x5, hole at (0,14); genus 1.")

s = sol(box(50, 30, 6)); p = s.fillet(2.5, s.edges())
add("c1269", 7, "plate 50 by 30 by 6, fillet all the edges 2.5", p, "fully rounded plate",
    "R2.5 < half thickness 3: possible. Box 50x30x6 with R2.5 on all edges; genus 0.")

p = box(50, 50, 20) - box(30, 30, 19, (0, 0, 1))
add("c1270", 7, "block 50x50x20 with a 30x30 pocket 19 deep, leaves a 1mm floor, that's fine right?",
    p, "deep pocket", "Pocket 19 deep in 20 leaves a 1 mm floor: possible; genus 0.")

p = box(60, 30, 8) - cz(10, 8, -5.5) - cz(10, 8, 5.5)
add("c1271", 7, "Two 10mm holes in a 60x30x8 plate, centres 11mm apart (centred on the plate), 1 mm web between them",
    p, "two close holes", "Centres 11 apart, dia 10 -> 1 mm web: possible; holes at x=+-5.5; genus 2.")

p = cz(20, 15) - cz(19, 15)
add("c1272", 7, "thin wall bushing OD 20 bore 19, 15 long", p, "thin bushing", "0.5 mm wall: possible. Tube 20/19 x 15; genus 1.")

p = box(100, 25, 10)
for x in (-30, 30):
    p = p - cz(9, 10, x) - cz(24, 6, x, 0, 4)
add("c1273", 7, "flat bar 25 wide 10 thick 100 long, two counterbored holes at 30 from centre each way, 9 thru, c'bore 24 dia 6 deep",
    p, "bar with wide counterbores", "c'bore 24 in a 25 wide bar leaves 0.5 each side: possible; genus 2.")

p = cz(50, 10)
for i in range(6):
    a = math.radians(60 * i)
    p = p - cz(14, 10, 15 * math.cos(a), 15 * math.sin(a))
add("c1274", 7, "disc OD50 x 10, 6 holes dia 14 on a 30 PCD, equally spaced", p, "disc with tight bolt circle",
    "Chord between neighbours 15 > 14 (1 mm web), inner web 15-7=8 from centre, outer 25-22=3: possible; genus 6.")

s = sol(box(20, 20, 30)); p = s.fillet(9.5, s.edges().filter_by(Axis.Z))
add("c1275", 7, "20x20 block 30 tall, round the vertical edges R9.5", p, "nearly round block",
    "R9.5 < half width 10: possible, leaves 1 mm flats; genus 0.")

with open(str(__import__("pathlib").Path(__file__).with_name("coverage9b_prompts.jsonl")), "w") as f:
    for o in OUT:
        f.write(json.dumps(o) + "\n")
print(len(OUT))

# ruff: noqa
import json, math
from build123d import *

OUT = []
def genus(s):
    V = len(s.vertices()); E = len(s.edges())
    chi = V - E + sum(2 - len(f.wires()) for f in s.faces())
    return (2 - chi) // 2

def meas(p, g=None, vol=True, assembly=False):
    bb = p.bounding_box()
    ext = sorted([round(bb.size.X, 2), round(bb.size.Y, 2), round(bb.size.Z, 2)])
    e = {"extents": ext}
    v = p.volume
    assert v > 0
    if vol:
        e["volume"] = round(v, 1) if v >= 1000 else float(f"{v:.5g}")
    if not assembly:
        sols = p.solids()
        assert len(sols) == 1, len(sols)
        assert sols[0].is_valid
        gg = genus(sols[0])
        if g is not None:
            assert gg == g, (gg, g)
        e["genus"] = gg
    return e

def add(i, item, prompt, expect, intent, why, imp=False):
    OUT.append({"id": f"c{i}", "item": item, "prompt": prompt, "expect": expect, "intent": intent,
                "why": why, "out_of_scope": False, "impossible": imp})

def cyl(r, h, x=0, y=0, z=0, rot=None):
    c = Cylinder(r, h, align=(Align.CENTER, Align.CENTER, Align.MIN))
    if rot: c = c.rotate(Axis.X if rot == "x" else Axis.Y, 90)
    return Pos(x, y, z) * c
def box(a, b, c, x=0, y=0, z=0):
    return Pos(x, y, z) * Box(a, b, c, align=(Align.CENTER, Align.CENTER, Align.MIN))
def slot(L, w, h, x=0, y=0, z=0, ang=0):
    return Pos(x, y, z) * Rot(0, 0, ang) * extrude(SlotOverall(L, w), h)
def cone(r1, r2, h, x=0, y=0, z=0):
    return Pos(x, y, z) * Cone(r1, r2, h, align=(Align.CENTER, Align.CENTER, Align.MIN))

n = 1001
# ---------------- item 5 ----------------
p = box(80, 50, 10)
for x in (-30, 30):
    for y in (-15, 15):
        p -= cyl(3.3, 10, x, y); p -= cyl(5.5, 6.5, x, y, 3.5)
add(n, 5, "Need a plate 80 x 50 x 10 with 4 counterbored holes for M6 SHCS, 10 mm in from each edge. Thru hole 6.6, cbore dia 11, cbore depth 6.5.",
    meas(p, 4), "plate with 4 counterbored M6 holes", "80x50x10 box; 4 through holes 6.6 with 11 dia x 6.5 deep counterbores at (+-30,+-15); genus 4"); n += 1

p = box(100, 40, 8)
for x in (-35, 35):
    p -= cyl(2.75, 8, x, 0); p -= cone(2.75, 5.2, 2.45, x, 0, 8 - 2.45)
add(n, 5, "flat bar 100x40x8, two countersunk holes for M5 flat heads, 70 apart on the centreline. 5.5 thru, 90 deg csk to 10.4 dia at the surface",
    meas(p, 2), "bar with 2 countersunk M5 holes", "100x40x8; 5.5 through holes + 90 deg cone from 10.4 dia at top down to 5.5 (depth 2.45); genus 2"); n += 1

p = box(60, 40, 30) - cyl(5, 18, 0, 0, 12)
add(n, 5, "Block 60 wide 40 deep 30 high. One blind hole in the middle of the top face, 10mm diameter, 18mm deep (flat bottom is fine, no drill point).",
    meas(p, 0), "block with a blind hole", "60x40x30 minus cylinder r5 x 18 from the top; blind so genus 0"); n += 1

p = box(70, 70, 12)
for x in (-25, 25):
    for y in (-25, 25):
        p -= cyl(2.5, 12, x, y)
add(n, 5, "hi all, trying to get a 70x70 mounting plate, 12 thick, with four M6 tapped holes through on a 50mm square pattern (centred). Just model the tap drill, 5.0.",
    meas(p, 4), "plate with 4 M6 tapped holes", "70x70x12; 4 through holes dia 5.0 (M6 tap drill) at (+-25,+-25); genus 4"); n += 1

p = box(50, 30, 20)
for x in (-15, 15):
    p -= cyl(2.1, 12, x, 0, 8)
add(n, 5, "50x30x20 block. 2x M5 tapped blind holes in the top face, 12 deep, 30 mm apart, centred both ways. model as 4.2 tap drill flat bottomed",
    meas(p, 0), "block with 2 blind M5 tapped holes", "50x30x20; two blind holes 4.2 dia x 12 deep (M5 tap drill), flat bottoms; genus 0"); n += 1

p = box(120, 60, 5) - slot(30, 8, 5)
add(n, 5, "Plate 120 by 60, 5 mm thick. Cut a through slot in the middle, 30 mm long overall and 8 mm wide with rounded ends, running along the long side.",
    meas(p, 1), "plate with a centred slot", "120x60x5 minus an obround slot 30 overall x 8 wide through; genus 1"); n += 1

p = cyl(10, 80, rot="y")  # axis along X, x from -80..0? Cylinder rotated
p = Pos(0, 0, 0) * Cylinder(10, 80, rotation=(0, 90, 0))
p -= Pos(0, 0, 10 - 3.5) * extrude(SlotOverall(32, 6), 3.5)
add(n, 5, "Shaft 20 dia x 80 long. Add a DIN 6885 keyway for the 20mm shaft, 32 long, end-milled (round ends), centred on the length.",
    meas(p, 0), "shaft with DIN 6885 keyway", "cylinder d20 x 80; DIN 6885 for d 17-22: b=6, t1=3.5; round-ended key slot 32 long x 6 wide x 3.5 deep at mid-length; genus 0"); n += 1

p = fillet(Box(40, 40, 20).edges(), 3)
add(n, 5, "box 40x40x20, fillet ALL edges r3", meas(p, 0), "fully rounded block", "40x40x20 with all 12 edges filleted r3"); n += 1

b = Box(90, 60, 10); p = fillet(b.edges().filter_by(Axis.Z), 8)
add(n, 5, "Can you make me a 90 x 60 x 10 plate and round the vertical edges (the four corners seen from above) with an 8mm radius? top and bottom edges stay sharp.",
    meas(p, 0), "plate with rounded corners", "90x60x10 with the 4 vertical edges filleted r8"); n += 1

p = chamfer(Box(30, 30, 30).edges(), 1.5)
add(n, 5, "30mm cube, 1.5mm chamfer on every edge.", meas(p, 0), "chamfered cube", "30 cube, all 12 edges chamfered 1.5 x 45 deg"); n += 1

b = box(80, 40, 25); p = fillet(b.edges().group_by(Axis.Z)[-1], 4)
add(n, 5, "Rectangular block 80L x 40W x 25H. Only the edges around the top face get a 4 mm fillet, the vertical edges and bottom edges are left sharp.",
    meas(p, 0), "block with top perimeter filleted", "80x40x25; the 4 edges of the top face filleted r4"); n += 1

p = cyl(75, 16)
for k in range(8):
    a = 2 * math.pi * k / 8
    p -= cyl(9, 16, 60 * math.cos(a), 60 * math.sin(a))
add(n, 5, "Blind flange, OD 150, thickness 16, 8 bolt holes dia 18 equally spaced on a 120 PCD. No centre bore (it's a blind flange).",
    meas(p, 8), "blind flange", "disc d150 x 16, 8 holes d18 on PCD 120, no centre hole; genus 8"); n += 1

p = cyl(20, 5)
add(n, 5, "round disc 40mm across, 5mm thick - solid, no hole in the middle please, it's a shim not a washer",
    meas(p, 0), "solid disc", "cylinder d40 x 5, solid; genus 0"); n += 1

p = box(60, 40, 30) - box(56, 36, 28, 0, 0, 2)
add(n, 5, "Open tray/box without a lid: outside 60 x 40 x 30 high, 2 mm walls and 2 mm floor, top open.",
    meas(p, 0), "open-top box", "outer 60x40x30 minus 56x36x28 pocket from the top (2 mm walls, 2 mm floor); genus 0"); n += 1

p = chamfer(Box(100, 60, 8).edges(), 1)
for x in (-40, 40):
    for y in (-20, 20):
        p -= Pos(x, y, 0) * Cylinder(3.25, 8)
p -= Cylinder(10, 8)
add(n, 5, "Start with a plate 100x60x8 with four 6.5 holes, 10 mm in from the corners. Then add a 20 mm hole in the middle and chamfer the outside edges of the plate 1 mm (keep the four corner holes).",
    meas(p, 5), "plate with corner holes, added centre hole and chamfered outer edges", "100x60x8; 4 holes 6.5 at (+-40,+-20); centre hole d20; the 12 outer box edges chamfered 1 mm (hole edges not chamfered); genus 5"); n += 1

b = box(50, 50, 20); b = fillet(b.edges().filter_by(Axis.Z), 5)
p = b - cyl(6, 20) - cyl(10, 6, 0, 0, 14)
add(n, 5, "first: 50x50x20 block with a 12mm through hole in the centre. ok now counterbore that hole 20 dia 6 deep from the top, and also round over the 4 vertical edges R5.",
    meas(p, 1), "block with counterbored centre hole and rounded corners", "50x50x20 with vertical edges r5; through hole d12; counterbore d20 x 6 from top; genus 1"); n += 1

p = cyl(15, 50) - Pos(0, 0, 25) * Cylinder(4, 40, rotation=(90, 0, 0))
add(n, 5, "Round bar 30 dia, 50 long, with an 8mm cross hole drilled straight through the diameter at half length.",
    meas(p, 1), "rod with cross hole", "cylinder d30 x 50; radial through hole d8 at z=25; genus 1"); n += 1

p = box(60, 45, 10)
for x in (-20, 20):
    for y in (-12.5, 12.5):
        p -= cyl(1.65, 10, x, y)
add(n, 5, "Adapter block 60 x 45 x 10 mm. 4 off M4 tapped thru holes (tap drill 3.3) on a 40 x 25 rectangle, centred on the block.",
    meas(p, 4), "block with 4 M4 tapped holes", "60x45x10; 4 through holes d3.3 at (+-20,+-12.5); genus 4"); n += 1

p = box(80, 30, 6)
for x in (-30, 30):
    p -= cyl(2.25, 6, x, 0); p -= cone(2.25, 4.5, 2.25, x, 0, 6 - 2.25)
add(n, 5, "strip 80x30x6 w/ 2 csk holes for M4, 4.5 thru, 90° countersink 9mm dia at top face, 60 c/c on centreline",
    meas(p, 2), "strip with 2 countersunk M4 holes", "80x30x6; through 4.5; 90 deg csk from d9 at top to d4.5 (depth 2.25); holes at x=+-30; genus 2"); n += 1

p = box(40, 25, 15) - box(40, 6, 4, 0, 0, 11)
add(n, 5, "Block 40 x 25 x 15, mill a rectangular groove 6 wide x 4 deep along the full 40 length in the middle of the top face.",
    meas(p, 0), "block with a full-length groove", "40x25x15 minus 40x6x4 groove on top centre; genus 0"); n += 1

p = cyl(25, 12) - cyl(6, 12) - box(4, 7.8, 12, 0, 3.9)
add(n, 5, "hub disc OD50 thick 12, bore 12 with a keyway to DIN 6885 (hub side) for a 12mm shaft, thru",
    meas(p, 1), "hub with bore and keyway", "disc d50 x 12; bore d12; DIN 6885 for d 10-12: b=4, t2=1.8 -> key slot 4 wide reaching 6+1.8=7.8 from centre, through; genus 1"); n += 1

p = cyl(12.5, 40); p = chamfer(p.edges().filter_by(GeomType.CIRCLE), 1)
add(n, 5, "Solid pin 25 dia x 40 long, no center hole, 1mm x 45 chamfer both ends.",
    meas(p, 0), "solid chamfered pin", "cylinder d25 x 40, both end circular edges chamfered 1; genus 0"); n += 1

p = box(100, 50, 10)
for x in (-35, 35):
    p -= cyl(3.3, 10, x, 0)
for x in (-20, 20):
    p -= cyl(4, 10, x, 0)
add(n, 5, "Bar 100 x 50 x 10 with a 6.6 clearance hole at each end, 15 mm from the ends on the centreline. After that please add two 8 mm holes, 20 mm either side of the middle, also on the centreline - keep the end holes.",
    meas(p, 4), "bar with end holes plus two added holes", "100x50x10; 6.6 holes at x=+-35; 8 mm holes at x=+-20; all through; genus 4"); n += 1

b = Box(120, 20, 10); b = chamfer(b.edges().filter_by(Axis.X), 1)
p = b - Pos(0, 0, -5) * extrude(SlotOverall(40, 6.4), 10)
add(n, 5, "120x20x10 bar, slot through the 20 face? no - through the 10 thickness, 40 long overall x 6.4 wide, round ends, centred. chamfer just the 4 long edges 1mm",
    meas(p, 1), "bar with centred slot and chamfered long edges", "120x20x10; the 4 edges parallel to the 120 length chamfered 1; obround slot 40x6.4 through the 10 thickness; genus 1"); n += 1

b = cyl(30, 20); b = fillet(b.edges().group_by(Axis.Z)[-1], 2)
p = b - cyl(12.5, 15, 0, 0, 5)
add(n, 5, "Puck 60mm dia 20mm tall. Round off the top outside edge 2mm. Then a blind hole 25 dia, 15 deep into the top. Bottom stays closed.",
    meas(p, 0), "puck with blind pocket and filleted top edge", "cylinder d60 x 20, top outer edge fillet r2; blind hole d25 x 15 from top (5 mm floor); genus 0"); n += 1

# ---------------- item 6 ----------------
p = box(50, 30, 4, 25) + box(4, 30, 40, 2)
p -= Pos(30, 0, 0) * Cylinder(2.75, 8, align=(Align.CENTER, Align.CENTER, Align.CENTER))
p -= Pos(2, 0, 24) * Cylinder(2.75, 10, rotation=(0, 90, 0))
add(n, 6, "L bracket please: 30 wide, 4 thick, one leg 50 long and the other 40 tall (outside dims), one 5.5 hole in the middle of each leg.",
    meas(p, 2), "L bracket with a hole per leg", "L of 50x30x4 + 4x30x40 (outside dims); one d5.5 through hole per leg; hole positions do not change volume; genus 2"); n += 1

p = box(40, 25, 3, 20) + box(3, 25, 40, 1.5)
for y in (-6, 6):
    p -= Pos(25, y, 0) * Cylinder(2.25, 8, align=(Align.CENTER, Align.CENTER, Align.CENTER))
    p -= Pos(1.5, y, 25) * Cylinder(2.25, 10, rotation=(0, 90, 0))
add(n, 6, "corner bracket, equal legs 40x40 (outside), 25 wide, 3 mm sheet, 2 x 4.5 holes in each leg",
    meas(p, 4), "corner bracket", "L of 40x25x3 + 3x25x40; 2 holes d4.5 in each leg; genus 4 (positions irrelevant for volume/extents)"); n += 1

p = box(42, 3, 42, 0, 0, 0) + box(42, 35, 3, 0, 17.5 - 1.5, 0)
p = box(42, 3, 42, 0, 1.5, 0) + box(42, 35, 3, 0, 17.5, 0)
pl = Pos(0, 1.5, 21) * Rot(90, 0, 0)
p -= pl * Cylinder(11, 10)
for x in (-15.5, 15.5):
    for z in (-15.5, 15.5):
        p -= Pos(x, 1.5, 21 + z) * Rot(90, 0, 0) * Cylinder(1.7, 10)
for x in (-12, 12):
    p -= Pos(x, 25, 0) * Cylinder(2.75, 10)
add(n, 6, "NEMA 17 motor mount, L shape, 3mm thick. upright plate 42 x 42 with the usual 22 mm pilot and M3 holes (3.4), base 42 wide x 35 deep with two 5.5 holes for screwing it down. motor pattern centred on the 42 x 42 upright.",
    meas(p, 7), "NEMA 17 L mount", "upright 42x3x42 on base 42x35x3 (outside 42x35x42); NEMA 17: 22 pilot, 4x3.4 on 31 square centred on the 42x42 upright (z=21); 2 base holes d5.5; genus 7"); n += 1

p = cyl(7, 15) + cyl(10, 2) - cyl(5, 15)
add(n, 6, "Flanged bushing: ID 10, OD 14, overall length 15 including the flange. Flange 20 dia x 2 thick.",
    meas(p, 1), "flanged bushing", "tube 14/10 x 15 + flange d20 x 2 at one end; genus 1"); n += 1

p = cyl(10, 25) - cyl(8, 25)
add(n, 6, "plain sleeve 16 ID / 20 OD, 25 long", meas(p, 1), "sleeve", "tube d20/d16 x 25; genus 1"); n += 1

p = cyl(15, 20) + cyl(25, 5) - cyl(10, 20)
for k in range(3):
    a = 2 * math.pi * k / 3
    p -= cyl(2.25, 5, 20 * math.cos(a), 20 * math.sin(a))
add(n, 6, "Sleeve with a mounting flange - bore 20, body OD 30, 20 long overall. Flange OD 50 x 5 thick at one end with 3 holes 4.5 on a 40 PCD.",
    meas(p, 4), "flanged sleeve with 3 flange holes", "tube d30/d20 x 20 + flange d50 x 5; 3 holes d4.5 on PCD 40; genus 4"); n += 1

p = extrude(RegularPolygon(5.5 / 2, 6, major_radius=False), 10) - cyl(1.25, 10)
add(n, 6, "M3 hex standoff, female/female, 5.5 across flats, 10 long, threaded all the way through (model the 2.5 tap drill).",
    meas(p, 1), "F-F hex standoff", "hex prism 5.5 AF (6.35 across corners) x 10; through hole d2.5 (M3 tap drill); genus 1"); n += 1

p = extrude(RegularPolygon(3.5, 6, major_radius=False), 15) + cyl(2, 6, 0, 0, 15) - cyl(1.65, 8)
add(n, 6, "male-female M4 standoff: 7 AF hex body 15 long, M4 stud 6 long on one end (just model as a 4mm pin), the other end tapped M4 8 deep (3.3 drill).",
    meas(p, 0), "M-F hex standoff", "hex 7 AF x 15 + pin d4 x 6; blind hole d3.3 x 8 in the other end; genus 0"); n += 1

add(n, 6, "V-belt pulley for an A section belt, 80 OD, 20 wide, no separate hub (hub is flush with the rim faces), 15 bore straight through, no set screw.",
    {"extents": [20.0, 80.0, 80.0], "genus": 1}, "V-belt pulley", "groove profile not given exactly -> only extents 80x80x20 (OD x OD x width) and genus 1 from the single bore; volume omitted"); n += 1

add(n, 6, "GT2 20 tooth pulley, 5 mm bore, 18 mm dia flanges on both sides, 16 mm overall length, no hub, no grub screw",
    {"extents": [16.0, 18.0, 18.0], "genus": 1}, "GT2 timing pulley", "tooth shape not modelled exactly -> extents from flange d18 and overall length 16; single bore -> genus 1; volume omitted"); n += 1

add(n, 6, "knurled thumb knob 30 dia, 15 high, with a 6mm hole 10 deep in the bottom for the shaft (not through)",
    {"extents": [15.0, 30.0, 30.0], "genus": 0}, "thumb knob", "knurl/grip shape not specified -> only extents d30 x 15 and genus 0 (blind hole); volume omitted"); n += 1

k = Pos(0, 0, 3) * Cylinder(3, 40, rotation=(0, 90, 0))
p = k + box(40, 30, 2, 0, 15) - Pos(0, 0, 3) * Cylinder(1.25, 40, rotation=(0, 90, 0))
for x in (-12, 12):
    p -= cyl(1.7, 2, x, 20)
add(n, 6, "hinge leaf: 40 long along the pin, knuckle OD 6 with a 2.5 pin hole through the full 40, leaf plate 2 thick sticking out 30 from the pin axis, plate bottom flush with the bottom of the knuckle. two 3.4 screw holes in the leaf.",
    meas(p, 3), "hinge leaf", "knuckle cylinder d6 x 40 (pin hole d2.5) + plate 40x30x2 from the axis, flush at the bottom; 2 holes d3.4; extents 40 x 33 x 6; genus 3"); n += 1

add(n, 6, "Wall hook - back plate 60 tall x 25 wide x 4 thick with two countersunk screw holes, hook arm curves out and up to 35 mm from the wall, tip stays below the top of the plate, arm same 25 width.",
    {"extents": [25.0, 35.0, 60.0], "genus": 2}, "wall hook", "hook curve not given -> only extents (25 wide, 35 out from the wall, 60 tall) and genus 2 (two screw holes, open J hook); volume omitted"); n += 1

p = Pos(0, 0, 0) * Cylinder(5.5, 10, rotation=(90, 0, 0)) - Cylinder(4, 10, rotation=(90, 0, 0))
p += Pos(8.75 + 0, 0, -4.75) * Box(17.5 - 0, 10, 1.5)
p = Cylinder(5.5, 10, rotation=(90, 0, 0)) + Pos(17.5 / 2, 0, -4.75) * Box(17.5, 10, 1.5)
p -= Cylinder(4, 10, rotation=(90, 0, 0))
p -= Pos(11.5, 0, -4.75) * Cylinder(1.7, 2)
add(n, 6, "cable clip for an 8mm cable: closed loop 8 ID, 1.5 wall, 10 wide. A flat tab 1.5 thick tangent to the bottom of the loop sticks out 12 mm past the loop, with a 3.4 hole in the middle of the tab.",
    meas(p, 2), "closed cable clip with screw tab", "ring d11/d8 x 10 + tab 1.5 thick from the loop axis to 12 past the loop OD (x to 17.5), bottom flush with the loop; hole d3.4 at 6 past the loop; extents 23 x 10 x 11; genus 2"); n += 1

bx = box(80, 60, 40) - box(75, 55, 37.5, 0, 0, 2.5)
lid = box(80, 60, 3, 90)
p = Compound([bx, lid])
add(n, 6, "Project box with a separate lid. Box outside 80 x 60 x 40 tall, 2.5 walls and floor, open top. Lid is a flat 80 x 60 x 3 plate. Lay the lid flat on the bed next to the box, 10 mm gap along the 80 side.",
    meas(p, assembly=True), "enclosure + lid laid side by side", "box 80x60x40 minus 75x55x37.5 cavity; lid 80x60x3 placed 10 mm beside it in X, both on z=0: extents 170 x 60 x 40; volume = sum"); n += 1

bx = box(100, 70, 35) - box(96, 66, 33, 0, 0, 2)
lid = box(100, 70, 2, 0, 0, 35) + box(96, 66, 5, 0, 0, 30) - box(93, 63, 5, 0, 0, 30)
p = Compound([bx, lid])
add(n, 6, "Enclosure, two parts, shown assembled (lid on). Base: 100x70x35 outside, 2 mm walls + floor, open top. Lid: 100x70x2 plate sitting on top with a 1.5 thick lip 5 mm deep hanging down that fits snug inside the walls.",
    meas(p, assembly=True), "enclosure base + lid assembled", "base 100x70x35 minus 96x66x33; lid plate 100x70x2 at z=35..37 + lip ring outer 96x66, inner 93x63, 5 deep (z 30..35); extents 100 x 70 x 37; volume = sum"); n += 1

add(n, 6, "compression spring, 1.2 wire, 12 OD, free length 30, closed and ground ends",
    {"extents": [12.0, 12.0, 30.0], "genus": 0}, "compression spring", "number of coils not given -> volume omitted; extents OD 12 x 12 x free length 30; a single helical wire is genus 0"); n += 1

p = Cylinder(12.5, 120, rotation=(0, 90, 0))
p -= Pos(-60 + 10 + 25, 0, 12.5 - 4) * extrude(SlotOverall(50, 8), 4)
add(n, 6, "Shaft Ø25 x 120 with a DIN 6885 keyway, 50 long with round ends, starting 10 mm from one end",
    meas(p, 0), "shaft with keyway", "cylinder d25 x 120; DIN 6885 for d 22-30: b=8, t1=4; round-ended slot 50x8x4 from 10 to 60 mm; genus 0"); n += 1

p = cyl(4, 60) - box(10, 10, 20, 0, 4 - 0.5 + 5, 40)
add(n, 6, "8mm D shaft, 60 long, with a 0.5 deep flat on the last 20 mm (flat runs out the end)",
    meas(p, 0), "D-shaft", "cylinder d8 x 60 with a 0.5 mm deep flat over 20 mm at one end; genus 0"); n += 1

p = cyl(11, 10) - cyl(6, 10) - Pos(0, 0, 5) * Cylinder(1.65, 12, rotation=(90, 0, 0), align=(Align.CENTER, Align.CENTER, Align.MIN))
add(n, 6, "shaft collar 12 bore, 22 OD, 10 wide, with one M4 grub screw hole radially into the bore (model the 3.3 tap drill, through one wall only)",
    meas(p, 2), "shaft collar", "tube d22/d12 x 10; radial d3.3 hole through one wall at mid-width; genus 2 (bore + radial hole)"); n += 1

ring = Cylinder(17.5, 20, rotation=(90, 0, 0)) - Cylinder(16, 20, rotation=(90, 0, 0))
ring = ring - box(40, 30, 20, 0, 0, -20)
p = ring + box(16.5, 20, 1.5, 24.25) + box(16.5, 20, 1.5, -24.25)
for x in (-25, 25):
    p -= cyl(2.75, 1.5, x, 0)
add(n, 6, "Saddle pipe clamp for 32mm OD pipe. 1.5mm strip, 20 wide, half round with 16 inner radius, and a foot each side 15 mm long (from the outside of the arch) flush with the bottom of the arch, 5.5 hole in the middle of each foot.",
    meas(p, 2), "saddle pipe clamp", "half tube r16/17.5 x 20 + two feet 20 wide x 1.5 from the inner radius x=16 out to x=32.5 (15 past the arch OD), bottom flush; hole d5.5 per foot; extents 65 x 20 x 17.5; genus 2"); n += 1

p = cyl(4, 10) - cyl(2.25, 10)
add(n, 6, "spacer for M4, 10 long, 8 OD. normal clearance hole", meas(p, 1), "M4 spacer",
    "tube d8 x 10 with M4 normal clearance hole 4.5 (ISO 273 medium); genus 1"); n += 1

p = cyl(5, 15) - cyl(3.2, 10 + 5)
add(n, 6, "Could I get a spacer for an M6 bolt please, 15mm long, 10mm outside, close fit hole", meas(p, 1), "M6 spacer",
    "tube d10 x 15, M6 close (fine) clearance 6.4 per ISO 273; genus 1"); n += 1

p = Cylinder(8, 100, rotation=(0, 90, 0))
for xc in (-50 + 4 + 12.5, 50 - 4 - 12.5):
    p -= Pos(xc, 0, 8 - 3) * extrude(SlotOverall(25, 5), 3)
add(n, 6, "shaft d16 L100, keyway at BOTH ends per DIN 6885 (16mm shaft), each 25 long round ends, 4mm in from the shaft ends",
    meas(p, 0), "shaft with keyway at each end", "cylinder d16 x 100; DIN 6885 for d 12-17: b=5, t1=3; two round-ended slots 25x5x3, from 4 to 29 mm from each end, same side; genus 0"); n += 1

add(n, 6, "round control knob, 40 mm diameter 18 mm tall, fluted grip, D bore for a 6mm pot shaft 12 deep from the underside (blind)",
    {"extents": [18.0, 40.0, 40.0], "genus": 0}, "control knob", "flute/grip shape not given -> only extents d40 x 18 and genus 0 (blind bore); volume omitted"); n += 1

# ---------------- item 7 ----------------
imp = [
 ("Plate 40 x 30 x 5 with a 35 mm hole through the middle.", "hole d35 wider than the 30 mm plate width"),
 ("bushing, bore 25, OD 20, 30 long", "bore larger than the outside diameter"),
 ("Box 50x50x30, shelled to a 30mm wall thickness, open top", "wall 30 thicker than half the 50 width"),
 ("Make a 60 x 40 x 10 block with a 15 mm deep pocket 30 x 20 in the top (not through, keep a floor).", "blind pocket 15 deep in a 10 thick part"),
 ("plate 50x50x6 and fillet the top and bottom edges all round with R4", "fillet r4 on both top and bottom edges of a 6 thick plate exceeds half the thickness (3)"),
 ("Flange 80 OD with 6 holes dia 12 on a 75 PCD, 10 thk, bore 30", "holes on PCD 75 with d12 reach r43.5, beyond the 40 radius"),
 ("Hey, need a spacer 0 mm long with 10 OD and a 5 hole", "zero length"),
 ("Bar 100 x 20 x -5 please", "negative thickness"),
 ("Counterbored hole: 9 mm thru, cbore 6 dia x 4 deep, in a 40x40x12 block", "counterbore d6 smaller than the d9 hole"),
 ("strip 60 long 15 wide 3 thick, two 10mm holes 8mm apart centre to centre", "two d10 holes 8 apart overlap each other"),
 ("Plate 70x50x8 with four 8mm holes on a 70 x 50 rectangle at the corners", "holes centred on the plate corners break out of the edges"),
 ("tube 30 OD, 2 wall, 50 long, with a 32 mm cross hole", "cross hole larger than the tube OD"),
 ("I'd like a washer 12 OD, 12 ID, 1.5 thick", "ID equal to OD leaves no material"),
 ("20mm cube, round every edge over with a 12mm radius", "fillet r12 exceeds half the 20 mm edge length (max 10)"),
 ("Disc 40 dia 5 thick, 12 holes of 12 mm on a 30 PCD", "12 holes d12 on PCD 30 (circumference ~94) need 144 mm, they overlap"),
 ("cylinder dia 20, 40 long with a blind hole dia 10, 45 deep from one end", "blind hole deeper than the 40 length"),
 ("L-bracket 40x40, 25 wide, 3 thick, with a 30 mm hole in each leg", "d30 hole on a 25 wide leg breaks through the sides"),
 ("Enclosure 80x60x40, walls 45 thick", "walls thicker than half of every dimension"),
 ("shaft collar 10 bore, 8 OD, 6 wide", "bore bigger than the OD"),
 ("pls model a -20mm cube with a 5mm hole", "negative size"),
 ("Keyway per DIN 6885 in an 8 mm shaft, keyway 10 wide", "10 wide keyway wider than the 8 mm shaft"),
 ("Pulley 30 OD with a 35 bore, 10 wide", "bore bigger than the OD"),
 ("Block 30x30x10, with a 35 x 20 pocket 5 deep in the top, closed all round", "pocket 35 long does not fit in the 30 block"),
 ("slot 50 long x 25 wide in a 20 wide bar 80 long 5 thick, centred", "slot wider than the bar"),
 ("Spacer for M8, 16 long, OD 8", "M8 clearance hole (8.4+) is at least the 8 OD, no wall left"),
]

voices = [
 "Plate 40 x 30 x 5 with a 35 mm hole through the middle.",
]
texts = {
 0: "Hi, I need a little plate 40 x 30 x 5 mm with one 35 mm hole straight through the middle for a panel gauge.",
 1: "bushing, bore 25, OD 20, 30 long - bronze, thanks",
 2: "Box 50x50x30 outside, hollowed out with 30mm thick walls, open top. Needs to be really strong.",
 3: "Please model a 60 x 40 x 10 block with a 30 x 20 pocket milled 15 mm deep into the top face (not through, keep a floor).",
 4: "plate 50x50x6, fillet the top AND bottom edges all round R4 so it's nice to hold",
 5: "Flange 80 OD, 10 thk, bore 30, with 6 holes dia 12 on a 75 PCD.",
 6: "Hey, need a spacer 0 mm long with 10 OD and a 5 hole",
 7: "Bar 100 x 20 x -5 please",
 8: "Drawing note: 40x40x12 block, 1x counterbored hole centred - 9 thru, C'BORE 6 DIA x 4 DP.",
 9: "strip 60 long 15 wide 3 thick, two 10mm holes 8mm apart centre to centre on the middle line",
 10: "Plate 70x50x8 with four 8mm holes on a 70 x 50 pattern, centred on the plate.",
 11: "tube 30 OD, 2 wall, 50 long, with a 32 mm cross hole through at the middle",
 12: "I'd like a washer, 12 OD and 12 ID, 1.5 thick.",
 13: "20mm cube, round every edge over with a 12mm radius",
 14: "Disc 40 dia 5 thick, 12 holes of 12 mm equally spaced on a 30 PCD (lightening holes)",
 15: "cylinder dia 20 x 40 long with a blind hole dia 10, 45 deep from one end, bottom end closed",
 16: "L-bracket 40x40 legs, 25 wide, 3 thick, with a 30 mm hole in the middle of each leg",
 17: "Enclosure 80 x 60 x 40 outside with walls 45 mm thick, open top",
 18: "shaft collar, 10 bore, 8 OD, 6 wide",
 19: "pls model a -20mm cube with a 5mm hole thru",
 20: "8 mm shaft 40 long, keyway 10 wide 20 long, 2 deep - DIN 6885 style",
 21: "Pulley 30 OD with a 35 bore, 10 wide",
 22: "Block 30x30x10, with a 35 x 20 pocket 5 deep in the top, closed all round",
 23: "slot 50 long x 25 wide through a bar 80 long, 20 wide, 5 thick, centred",
 24: "Spacer for M8 bolt, 16 long, OD 8, normal clearance",
}
for k, (t, why) in enumerate(imp):
    add(n, 7, texts[k], {}, "request that cannot be built", why, imp=True); n += 1

import collections
ids = [o["id"] for o in OUT]; assert len(set(ids)) == len(ids)
print(collections.Counter(o["item"] for o in OUT), len(OUT))
with open(__import__("os").path.join(__import__("os").path.dirname(__file__), "coverage8b_prompts.jsonl"), "w") as f:
    for o in OUT:
        f.write(json.dumps(o) + "\n")

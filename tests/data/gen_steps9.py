# ruff: noqa
import json, math
from build123d import *

OUT = []
def meas(p):
    bb = p.bounding_box()
    ext = sorted([round(bb.size.X, 2), round(bb.size.Y, 2), round(bb.size.Z, 2)])
    v = p.volume
    return ext, v

def genus_of(p):
    sol = p.solids()
    assert len(sol) == 1, f"{len(sol)} solids"
    s = sol[0]
    assert s.is_valid
    V, E, F = len(s.vertices()), len(s.edges()), len(s.faces())
    R = sum(len(f.wires()) - 1 for f in s.faces())
    chi = V - E + F - R
    assert (2 - chi) % 2 == 0
    return (2 - chi) // 2

def vol_fmt(v):
    return round(v, 1) if v >= 100 else float(f"{v:.5g}")

def rec(i, style, prompt, part, intent, why, genus=None, assembly=False, impossible=False, no_volume=False):
    d = {"id": f"s{i}", "style": style, "prompt": prompt}
    if impossible:
        d["expect"] = {}
    else:
        ext, v = meas(part)
        assert v > 0
        e = {"extents": ext}
        if not no_volume:
            e["volume"] = vol_fmt(v)
        if not assembly:
            g = genus_of(part)
            if genus is not None:
                assert g == genus, (i, g, genus)
            e["genus"] = g
        else:
            assert all(s.is_valid for s in part.solids())
        d["expect"] = e
    d["intent"] = intent
    d["why"] = why
    d["out_of_scope"] = False
    d["impossible"] = impossible
    OUT.append(d)
    print(d["id"], d["expect"])

# ---------- Text2CAD helpers ----------
def t2c_face(loops, sc):
    faces = []
    for lp in loops:
        if lp[0] == 'C':
            _, cx, cy, r = lp
            f = Pos(cx * sc, cy * sc) * Circle(r * sc)
            faces.append(Face(f.faces()[0].outer_wire()) if False else f.faces()[0])
        else:
            edges = []
            for seg in lp:
                if seg[0] == 'L':
                    edges.append(Edge.make_line(Vector(seg[1][0]*sc, seg[1][1]*sc), Vector(seg[2][0]*sc, seg[2][1]*sc)))
                else:
                    edges.append(Edge.make_three_point_arc(Vector(seg[1][0]*sc, seg[1][1]*sc), Vector(seg[2][0]*sc, seg[2][1]*sc), Vector(seg[3][0]*sc, seg[3][1]*sc)))
            faces.append(Face(Wire(edges)))
    outer = faces[0]
    for h in faces[1:]:
        outer = outer - h
    return outer

def t2c_part(loops, sc, dp, dn, euler=(0, 0, 0), trans=(0, 0, 0)):
    f = t2c_face(loops, sc)
    if isinstance(f, ShapeList):
        f = f[0]
    if hasattr(f, 'faces') and not isinstance(f, Face):
        f = f.faces()[0]
    parts = []
    if dp > 0:
        parts.append(extrude(f, amount=dp))
    if dn > 0:
        parts.append(extrude(f, amount=dn, dir=(0, 0, -1)))
    s = parts[0]
    for q in parts[1:]:
        s = s + q
    return Location(trans, euler) * s

def poly(pts):
    return [('L', pts[k], pts[(k + 1) % len(pts)]) for k in range(len(pts))]

def fmt_loop_text(lp):
    out = []
    nl = na = 0
    for seg in lp:
        if seg[0] == 'L':
            nl += 1
            out.append(f"line {nl} from ({seg[1][0]}, {seg[1][1]}) to ({seg[2][0]}, {seg[2][1]})")
        else:
            na += 1
            out.append(f"arc {na} from ({seg[1][0]}, {seg[1][1]}) with mid point ({seg[2][0]}, {seg[2][1]}) to ({seg[3][0]}, {seg[3][1]})")
    return ", ".join(out)

def sketch_text(loops):
    t = []
    nc = 0
    for k, lp in enumerate(loops):
        if lp[0] == 'C':
            nc += 1
            t.append(f"In loop {k+1}, draw circle {nc} with center ({lp[1]}, {lp[2]}) and radius {lp[3]}.")
        else:
            t.append(f"In loop {k+1}, draw {fmt_loop_text(lp)}.")
    return " ".join(t)

PI = math.pi
# ================= STYLE 1 =================
L = [poly([(0, 0), (0.75, 0), (0.75, 0.5), (0, 0.5)]), ('C', 0.375, 0.25, 0.1)]
p = t2c_part(L, 0.75, 0.1, 0.0)
rec(901, 1, "Part 1: Create a new coordinate system with Euler angles [0.0, 0.0, 0.0] and translation vector [0.0, 0.0, 0.0]. Draw a 2D sketch on face 1. " + sketch_text(L) + " Scale the sketch by 0.75. Transform the scaled 2D sketch into 3D using the Euler angles and translation vector. Extrude the sketch 0.1 units towards the normal and 0.0 units in the opposite direction of the normal. This operation creates a new solid body.",
    p, "rectangular plate with a central round hole", "0.75x0.5 rectangle and r0.1 circle scaled by 0.75 -> 0.5625x0.375 with r0.075 hole, extruded 0.1 (not scaled)", genus=1)

L = [poly([(0, 0), (0.75, 0), (0.75, 0.15), (0.15, 0.15), (0.15, 0.6), (0, 0.6)])]
p = t2c_part(L, 0.75, 0.25, 0.0, (0, 0, -90), (0, 0.25, 0))
rec(902, 1, "Part 1: Create a new coordinate system with Euler angles [0.0, 0.0, -90.0] and translation vector [0.0, 0.25, 0.0]. On face 1 draw a 2D sketch. " + sketch_text(L) + " Apply a scale factor of 0.75 to the sketch. Rotate and translate the sketch using the coordinate system. Extrude 0.25 units towards the normal, 0.0 units opposite. This creates a new solid body, an L-shaped bracket section.",
    p, "L-section angle bracket", "L profile 0.75 x 0.6, legs 0.15 thick, scaled 0.75 -> 0.5625 x 0.45, legs 0.1125; extrusion 0.25", genus=0)

L = [[('L', (0.15, 0), (0.6, 0)), ('A', (0.6, 0), (0.75, 0.15), (0.6, 0.3)), ('L', (0.6, 0.3), (0.15, 0.3)), ('A', (0.15, 0.3), (0.0, 0.15), (0.15, 0))],
     ('C', 0.15, 0.15, 0.06), ('C', 0.6, 0.15, 0.06)]
p = t2c_part(L, 0.75, 0.0469, 0.0)
rec(903, 1, "Part 1: Create a new coordinate system with Euler angles [0.0, 0.0, 0.0] and translation vector [0.0, 0.0, 0.0]. Draw a 2D sketch on face 1. " + sketch_text(L) + " Scale the sketch by 0.75. Transform the scaled 2D sketch into 3D using the Euler angles and translation vector. Extrude the sketch 0.0469 units towards the normal and 0.0 units in the opposite direction. This operation creates a new solid body.",
    p, "obround link plate with two holes", "stadium 0.75x0.3 with r0.06 holes, all scaled by 0.75; thickness 0.0469", genus=2)

L1 = [poly([(0, 0), (0.75, 0), (0.75, 0.75), (0, 0.75)])]
L2 = [('C', 0.1, 0.1, 0.1)]
p = t2c_part(L1, 0.75, 0.075, 0.0) + t2c_part(L2, 1.0, 0.3, 0.0, (0, 0, 0), (0.18125, 0.18125, 0.075))
rec(904, 1, "Part 1: Create a new coordinate system with Euler angles [0.0, 0.0, 0.0] and translation vector [0.0, 0.0, 0.0]. Draw a 2D sketch on face 1. " + sketch_text(L1) + " Scale the sketch by 0.75. Transform it using the coordinate system. Extrude the sketch 0.075 units towards the normal and 0.0 units in the opposite direction. This creates a new solid body. Part 2: Create a new coordinate system with Euler angles [0.0, 0.0, 0.0] and translation vector [0.18125, 0.18125, 0.075]. Draw a 2D sketch on face 1. " + sketch_text(L2) + " Scale the sketch by 1.0. Transform the sketch using the coordinate system. Extrude 0.3 units towards the normal and 0.0 units in the opposite direction. This operation adds material to the existing body.",
    p, "square base with a centred cylindrical post", "base 0.5625 sq x 0.075; post r0.1 (scale 1.0) centred at 0.28125, on top, height 0.3 -> total height 0.375", genus=0)

L1 = [poly([(0, 0), (0.75, 0), (0.75, 0.375), (0, 0.375)])]
L2 = [poly([(0, 0), (0.25, 0), (0.25, 0.375), (0, 0.375)])]
p = t2c_part(L1, 0.75, 0.25, 0.0) - t2c_part(L2, 0.75, 0.0, 0.125, (0, 0, 0), (0.1875, 0.0, 0.25))
rec(905, 1, "Part 1: Create a new coordinate system with Euler angles [0.0, 0.0, 0.0] and translation vector [0.0, 0.0, 0.0]. Draw a 2D sketch on face 1. " + sketch_text(L1) + " Scale the sketch by 0.75. Transform the scaled sketch into 3D. Extrude the sketch 0.25 units towards the normal and 0.0 units in the opposite direction. This operation creates a new solid body. Part 2: Create a new coordinate system with Euler angles [0.0, 0.0, 0.0] and translation vector [0.1875, 0.0, 0.25]. Draw a 2D sketch on face 1. " + sketch_text(L2) + " Scale the sketch by 0.75. Transform the scaled sketch into 3D. Extrude the sketch 0.0 units towards the normal and 0.125 units in the opposite direction of the normal. This operation removes material from the existing body.",
    p, "block with a rectangular slot across the top", "block 0.5625x0.28125x0.25; cut 0.1875 x 0.28125 (full width) from x=0.1875, down 0.125 from top", genus=0)

L = [('C', 0.375, 0.375, 0.375), ('C', 0.375, 0.375, 0.2)]
p = t2c_part(L, 0.75, 0.025, 0.025, (0, 0, 0), (0, 0, 0.05))
rec(906, 1, "Part 1: Create a new coordinate system with Euler angles [0.0, 0.0, 0.0] and translation vector [0.0, 0.0, 0.05]. Draw a 2D sketch on face 1. " + sketch_text(L) + " Scale the sketch by 0.75. Transform the scaled 2D sketch into 3D using the Euler angles and translation vector. Extrude the sketch 0.025 units towards the normal and 0.025 units in the opposite direction of the normal. This operation creates a new solid body (a flat washer).",
    p, "flat washer ring", "OD r0.375*0.75=0.28125, ID r0.15, total thickness 0.025+0.025=0.05", genus=1)

L = [poly([(0, 0), (0.75, 0), (0, 0.75)]), ('C', 0.2, 0.2, 0.07)]
p = t2c_part(L, 0.75, 0.05, 0.0, (-90, 0, -90), (0.05, 0, 0))
rec(907, 1, "Part 1: Create a new coordinate system with Euler angles [-90.0, 0.0, -90.0] and translation vector [0.05, 0.0, 0.0]. Draw a 2D sketch on face 1. " + sketch_text(L) + " Scale the sketch by 0.75. Transform the scaled 2D sketch into 3D using the Euler angles and translation vector. Extrude the sketch 0.05 units towards the normal and 0.0 units in the opposite direction. This operation creates a new solid body.",
    p, "right-triangle gusset with a hole", "right triangle legs 0.75*0.75=0.5625, hole r0.0525, thickness 0.05", genus=1)

hexpts = [(round(0.375 + 0.15 * math.cos(math.radians(60 * k)), 4), round(0.375 + 0.15 * math.sin(math.radians(60 * k)), 4)) for k in range(6)]
L1 = [('C', 0.375, 0.375, 0.375)]
L2 = [poly(hexpts)]
p = t2c_part(L1, 0.75, 0.2, 0.0) - t2c_part(L2, 0.75, 0.0, 0.1, (0, 0, 0), (0, 0, 0.2))
rec(908, 1, "Part 1: Create a new coordinate system with Euler angles [0.0, 0.0, 0.0] and translation vector [0.0, 0.0, 0.0]. Draw a 2D sketch on face 1. " + sketch_text(L1) + " Scale the sketch by 0.75. Transform the scaled sketch into 3D. Extrude the sketch 0.2 units towards the normal and 0.0 units in the opposite direction. This operation creates a new solid body. Part 2: Create a new coordinate system with Euler angles [0.0, 0.0, 0.0] and translation vector [0.0, 0.0, 0.2]. Draw a 2D sketch on face 1. " + sketch_text(L2) + " Scale the sketch by 0.75. Transform the scaled sketch into 3D. Extrude the sketch 0.0 units towards the normal and 0.1 units in the opposite direction of the normal. This operation removes material from the existing body, forming a hexagonal socket.",
    p, "round puck with a hex socket pocket", "disc r0.28125 x 0.2; hexagon (circumradius 0.15, scaled 0.1125) pocket 0.1 deep from top, blind", genus=0)

L = [poly([(0, 0), (0.75, 0), (0.75, 0.15), (0.45, 0.15), (0.45, 0.5), (0.3, 0.5), (0.3, 0.15), (0, 0.15)])]
p = t2c_part(L, 0.75, 0.125, 0.125, (0, 0, -90), (0, 0.25, 0))
rec(909, 1, "Part 1: Create a new coordinate system with Euler angles [0.0, 0.0, -90.0] and translation vector [0.0, 0.25, 0.0]. Draw a 2D sketch on face 1. " + sketch_text(L) + " Scale the sketch by 0.75. Transform the scaled 2D sketch into 3D using the Euler angles and translation vector. Extrude the sketch 0.125 units towards the normal and 0.125 units in the opposite direction of the normal. This operation creates a new solid body.",
    p, "inverted-T rib section", "T profile 0.75 wide base 0.15, stem 0.15 wide to 0.5 high, scaled 0.75; extruded 0.25 total", genus=0)

L = [[('L', (0, 0), (0.5, 0)), ('A', (0.5, 0), (0.75, 0.25), (0.5, 0.5)), ('L', (0.5, 0.5), (0, 0.5)), ('L', (0, 0.5), (0, 0))],
     [('L', (0.1, 0.2), (0.3, 0.2)), ('A', (0.3, 0.2), (0.35, 0.25), (0.3, 0.3)), ('L', (0.3, 0.3), (0.1, 0.3)), ('A', (0.1, 0.3), (0.05, 0.25), (0.1, 0.2))],
     ('C', 0.5, 0.25, 0.08)]
p = t2c_part(L, 0.75, 0.075, 0.0)
rec(910, 1, "Part 1: Create a new coordinate system with Euler angles [0.0, 0.0, 0.0] and translation vector [0.0, 0.0, 0.0]. Draw a 2D sketch on face 1. " + sketch_text(L) + " Scale the sketch by 0.75. Transform the scaled 2D sketch into 3D using the Euler angles and translation vector. Extrude the sketch 0.075 units towards the normal and 0.0 units in the opposite direction of the normal. This operation creates a new solid body.",
    p, "plate with a rounded end, a slot and a hole", "D-shaped plate 0.75x0.5 with slot and r0.08 hole, scaled 0.75; thickness 0.075", genus=2)

# ================= STYLE 2 =================
p = Box(120, 80, 6)
for x in (-50, 50):
    for y in (-30, 30):
        p -= Pos(x, y) * Cylinder(2.75, 10)
p -= Cylinder(11, 10)
rec(911, 2, "Ok so it's just a flat mounting plate, 120 by 80, 6mm thick aluminium. Put an M5 clearance hole (normal fit) in each corner, centres 10mm in from both edges. Then one big 22mm hole dead in the middle for the cable gland. That's it, nothing fancy, no fillets.",
    p, "mounting plate with corner holes and central gland hole", "120x80x6; 4x 5.5 (ISO 273 normal M5) at 10 from edges; 22 centre", genus=5)

p = Pos(25, 20, 2) * Box(50, 40, 4) + Pos(25, 2, 15) * Box(50, 4, 30)
for x in (15, 35):
    p -= Pos(x, 22, 0) * Cylinder(2.25, 20)
    p -= Pos(x, 0, 18) * Rot(90, 0, 0) * Cylinder(2.25, 20)
rec(912, 2, "Need a simple angle bracket from 4mm plate. Both legs are 50mm wide. The floor leg sticks out 40mm from the back and the upright leg is 30mm tall, both measured to the outside. Two 4.5mm holes in each leg, 15mm and 35mm along the width. On the floor leg they're 22mm from the outside of the back, on the upright they're 18mm up from the bottom. Sharp corners are fine.",
    p, "L angle bracket with two holes per leg", "floor 50x40x4 + upright 50x4x30 (outside dims, 30 total height); 4x d4.5", genus=4)

p = Box(30, 14, 44, align=(Align.CENTER, Align.CENTER, Align.MIN))
p -= Pos(0, 0, 16) * Rot(90, 0, 0) * Cylinder(11, 20)
p -= Box(2, 20, 30, align=(Align.CENTER, Align.CENTER, Align.MIN)).moved(Location((0, 0, 16)))
p -= Pos(0, 0, 36) * Rot(0, 90, 0) * Cylinder(1.7, 40)
rec(913, 2, "I'm making a split clamp for a 22mm tube. Start with a block 30 wide, 44 tall and 14 thick. Bore the 22mm hole through the thickness with its centre 16mm up from the bottom. Then saw a 2mm slit from the bore straight up out through the top so it can squeeze. Finally drill a 3.4mm hole sideways through the whole width, 8mm below the top, square to the slit, for an M3 pinch screw.",
    p, "split tube clamp block with pinch screw hole", "block 30x14x44; bore d22 at z=16; 2 mm slit from bore to top; d3.4 cross hole at z=36 through both jaws (two handles)")

p = Box(60, 60, 5) - Cylinder(11, 10)
for x in (-15.5, 15.5):
    for y in (-15.5, 15.5):
        p -= Pos(x, y) * Cylinder(1.7, 10)
rec(914, 2, "Motor mount for a NEMA 17 stepper: a 60x60 square plate, 5mm thick. Center hole for the motor's pilot boss, and the four mounting holes as M3 clearance on the standard NEMA 17 pattern, all centred on the plate.",
    p, "NEMA 17 motor plate", "60x60x5; pilot 22 mm, 4x 3.4 on 31 mm square (NEMA 17 standard)", genus=5)

p = Box(100, 20, 3) - SlotCenterToCenter(34, 6).faces()[0].thicken(1) if False else Box(100, 20, 3)
p -= extrude(SlotOverall(40, 6), amount=10, both=True)
for x in (-40, 40):
    p -= Pos(x, 0) * Cylinder(2.5, 10)
rec(915, 2, "Flat bar 100mm long, 20 wide, 3 thick. It needs an adjustmnet slot down the middle: 6mm wide, 40 long overall (round ends), centred on the bar. And a 5mm hole at each end, 10mm in from the end, on the centreline.",
    p, "flat bar with central slot and end holes", "100x20x3; obround slot 40 overall x 6 centred; d5 holes at 10 from ends", genus=3)

p = Box(80, 30, 12)
for x in (-25, 25):
    p -= Pos(x, 0) * Cylinder(3.3, 20)
    p -= Pos(x, 0, 6 - 3.25) * Cylinder(5.5, 6.5)
rec(916, 2, "spacer block 80 x 30 x 12 high. two counterbored holes for M6 cap screws, 6.6 through with an 11mm counterbore 6.5 deep from the top, each one 15mm from its end and in the middle of the width. so the screw heads sit flush.",
    p, "spacer block with two counterbored M6 holes", "80x30x12; 2x d6.6 thru, cbore d11 x 6.5 at x=15 from ends", genus=2)

p = Box(60, 25, 5)
for k in range(5):
    x = -20 + 10 * k
    p -= Pos(x, 12.5 - 7.5, 0) * Box(4, 15, 10)
rec(917, 2, "Cable comb for the back of my desk. Plate is 60 long, 25 deep, 5 thick. Five slots cut in from one of the long edges, each 4mm wide and 15 deep, square bottoms, at 10mm pitch with the middle slot on the centre of the plate.",
    p, "cable comb plate with five edge slots", "60x25x5; 5 slots 4x15 from long edge, centres at -20..20 step 10", genus=0)

p = Cylinder(45, 8) - Cylinder(15, 10)
for k in range(6):
    a = math.radians(60 * k)
    p -= Pos(35 * math.cos(a), 35 * math.sin(a)) * Cylinder(3.3, 10)
rec(918, 2, "So I need a round flange. 90mm across, 8mm thick, with a 30mm bore in the middle. Six 6.6mm bolt holes equally spaced on a 70mm bolt circle. That's the whole thing really.",
    p, "round bolt flange", "disc d90 x 8, bore d30, 6x d6.6 on PCD 70", genus=7)

p = Pos(0, 0, 1.5) * Box(40, 30, 3) + Pos(0, 13.5, 12.5) * Box(40, 3, 25) + Pos(0, -13.5, 12.5) * Box(40, 3, 25)
p -= Pos(0, 0, 15) * Rot(90, 0, 0) * Cylinder(3, 40)
rec(919, 2, "It's a U-bracket bent out of 3mm sheet, but I'll model it solid. 40mm long, 30mm wide across the outside of the two walls, and the walls come up 25mm from the underside of the base. Drill one 6mm hole straight through both walls, in the middle of the 40 length and 15mm up from the bottom, so a pin can go across.",
    p, "U channel bracket with a cross-pin hole", "base 40x30x3, walls 40x3x25 at outside; d6 hole along Y at x=20, z=15 through both walls", genus=2)

rec(920, 2, "Quick one: a bar 16mm wide, 8 thick and 60 long, with a 20mm hole through the flat face in the middle, and I want at least 2mm of material left all around the hole.",
    None, "bar with a hole larger than its width", "a 20 mm hole cannot fit in a 16 mm wide bar, let alone with 2 mm wall each side (needs >= 24 mm)", impossible=True)

# ================= STYLE 3 =================
p = Box(36, 36, 36)
for r in ((0, 0, 0), (90, 0, 0), (0, 90, 0)):
    p -= Rot(*r) * Cylinder(6, 50)
rec(921, 3, "36mm cube, 12mm hole thru the centre of every face (3 crossing bores)", p, "cube with three orthogonal through bores", "36^3 minus three d12 bores crossing at centre")

p = extrude(RegularPolygon(13 / math.sqrt(3), 6), amount=6.5) - Cylinder(4, 20)
rec(922, 3, "hex nut blank, 13 AF x 6.5 thk, plain 8mm bore no thread", p, "M8 hex nut blank", "hexagon 13 across flats (circumradius 7.506), 6.5 thick, d8 bore", genus=1)

p = Cylinder(3, 30)
p = chamfer(p.edges().filter_by(GeomType.CIRCLE), 0.5)
rec(923, 3, "Dowel pin Ø6 x 30 lg, 0.5x45° chamfer both ends", p, "chamfered dowel pin", "cylinder d6 x 30 with 0.5 chamfer on both end edges", genus=0)

p = Cylinder(8.5, 1.6) - Cylinder(4.2, 5)
rec(924, 3, "M8 washer: OD 17, ID 8.4, 1.6 thick", p, "flat washer", "ring 17/8.4 x 1.6", genus=1)

p = Cylinder(6, 20) - Cylinder(3.25, 30)
rec(925, 3, "spacer tube 12od / 6.5 bore, 20 long", p, "spacer sleeve", "tube d12 x d6.5 x 20", genus=1)

p = Box(25, 25, 50) - Pos(0, 0, 25 - 15) * Cylinder(5, 30)
rec(926, 3, "25 x 25 x 50 square bar, Ø10 blind hole 30 deep in one end face, centerd", p, "square bar end with blind bore", "box minus d10x30 blind hole on axis", genus=0)

p = Cylinder(15, 15)
p = fillet(p.edges().sort_by(Axis.Z)[-1], 2)
p -= Pos(0, 0, -7.5 + 5) * Cylinder(4, 10)
rec(927, 3, "Knob, 30 dia x 15 tall, R2 round on top edge, 8mm shaft hole 10 deep from underneath", p, "round knob with blind shaft hole", "disc d30x15, top edge R2, d8x10 blind from bottom", genus=0)

p = Cylinder(18, 12) - Cylinder(10, 20) - Pos(0, 14, 0) * Rot(90, 0, 0) * Cylinder(2.1, 12)
rec(928, 3, "shaft collar: bore 20, OD 36, width 12, one radial 4.2 tapped-drill hole for M5 grub screw at mid width", p, "shaft collar with radial set screw hole", "ring 36/20 x 12 + d4.2 radial hole from OD to bore", genus=2)

p = Pos(0, 0, 30) * Cylinder(8, 60) - Pos(0, 8, 60 - 12.5) * Box(5, 6, 25)
rec(929, 3, "Ø16 shaft, 60 long, open-ended keyway 5 wide x 3 deep x 25 long at one end", p, "shaft with end keyway", "cylinder d16x60; keyway 5 wide, 3 deep from surface, 25 long from the end", genus=0)

p = extrude(RegularPolygon(5.5 / math.sqrt(3), 6), amount=15) - Cylinder(1.25, 40)
rec(930, 3, "M3 hex standoff, 5.5 across flats, 15 long, 2.5 hole right through", p, "hex standoff", "hex 5.5 AF x 15 with d2.5 through bore", genus=1)

# ================= STYLE 4 =================
p = Box(100, 60, 10)
p = fillet(p.edges().filter_by(Axis.Z), 5)
for x in (-38, 38):
    for y in (-18, 18):
        p -= Pos(x, y) * Cylinder(2.25, 20)
        p -= Pos(x, y, 5 - 2.25) * Cylinder(4, 4.5)
rec(931, 4, "1. Sketch a 100 x 60 rectangle on the top plane.\n2. Extrude 10 mm.\n3. Fillet the four vertical edges R5.\n4. Add 4 counterbored holes for M4: 4.5 through, counterbore Ø8 x 4.5 deep, centres 12 mm from the adjacent edges.",
    p, "base plate with four counterbored holes and rounded corners", "100x60x10, R5 corners, holes at (+-38, +-18), cbore d8x4.5 from top", genus=4)

p = Box(80, 50, 30)
p = fillet(p.edges().filter_by(Axis.Z), 6)
p = offset(p, amount=-2, openings=p.faces().sort_by(Axis.Z)[-1])
rec(932, 4, "Steps:\n1) rectangle 80x50\n2) extrude 30\n3) fillet vertical edges r6\n4) shell 2mm, remove top face (open box)",
    p, "open-top rounded box", "80x50x30 box, R6 vertical corners, shelled inward 2 mm, top open", genus=0)

p = Cylinder(30, 12)
p = chamfer(p.edges().sort_by(Axis.Z)[-1:].filter_by(GeomType.CIRCLE), 1) if False else p
top_outer = p.edges().filter_by(GeomType.CIRCLE).sort_by(Axis.Z)[-1]
p = chamfer(top_outer, 1)
p -= Cylinder(10, 20)
for k in range(5):
    a = math.radians(72 * k)
    p -= Pos(22 * math.cos(a), 22 * math.sin(a)) * Cylinder(2.5, 20)
rec(933, 4, "1. Circle Ø60, extrude 12.\n2. 1 mm x 45 chamfer on the top outside edge.\n3. Through hole Ø20 at the centre.\n4. One Ø5 through hole on a Ø44 pitch circle.\n5. Circular pattern of that hole, 5 instances, 360°.",
    p, "disc with centre bore and 5-hole circular pattern", "d60x12 disc, top chamfer 1, d20 centre, 5x d5 on PCD 44", genus=6)

p = Box(120, 20, 8) - Pos(0, 0, 4 - 2) * Box(100, 10, 4)
for x in (-55, 55):
    p -= Pos(x, 0) * Cylinder(3, 20)
rec(934, 4, "1 - new sketch, rectangle 120 long x 20 wide\n2 - extrude 8\n3 - on the top face sketch a centred 100 x 10 rectangle and cut-extrude 4 deep (pocket)\n4 - hole wizard: Ø6 thru at each end, 5mm from the end, on centreline",
    p, "bar with a long pocket and end holes", "120x20x8; pocket 100x10x4 centred from top; d6 holes at x=+-55", genus=2)

p = Box(50, 50, 20)
p = chamfer(p.edges().group_by(Axis.Z)[-1], 3)
p -= Cylinder(6.25, 40)
for x in (-20, 20):
    for y in (-20, 20):
        p -= Pos(x, y, 10 - 4) * Cylinder(1.25, 8)
rec(935, 4, "1. Block 50 x 50 x 20.\n2. Chamfer 3 mm on all four top edges.\n3. Ø12.5 hole straight through the centre.\n4. Pilot holes for M3 taps, Ø2.5 x 8 deep from the top, at the corners of a 40 x 40 square centred on the block.",
    p, "chamfered block with centre hole and tap pilot holes", "50x50x20, 3 mm chamfer top edges, d12.5 thru, 4x d2.5x8 blind on 40 sq", genus=1)

sk = Polygon((0, 0), (60, 0), (60, 5), (5, 5), (5, 40), (0, 40), align=None)
p = extrude(sk, amount=30)
inner = p.edges().filter_by(Axis.Z).filter_by_position(Axis.X, 4.9, 5.1).filter_by_position(Axis.Y, 4.9, 5.1)
p = fillet(inner, 5)
p -= Pos(35, 0, 15) * Rot(90, 0, 0) * Cylinder(4, 30)
p -= Pos(0, 25, 15) * Rot(0, 90, 0) * Cylinder(4, 30)
rec(936, 4, "1. Sketch an L profile: horizontal leg 60 long, vertical leg 40 tall, both 5 thick (outside dimensions).\n2. Extrude the L 30 mm.\n3. Fillet the inside corner R5.\n4. Put an Ø8 thru hole in each leg, mid-width (15 mm from the side faces), 35 mm from the outside corner on the long leg and 25 mm from it on the short leg.",
    p, "filleted L bracket with a hole in each leg", "L 60x40, t5, extruded 30, inner R5; d8 holes at 35 and 25 from outer corner", genus=2)

p = Cylinder(20, 50)
p = fillet(p.edges().filter_by(GeomType.CIRCLE).sort_by(Axis.Z)[0], 5)
p = offset(p, amount=-2.5, openings=p.faces().sort_by(Axis.Z)[-1])
rec(937, 4, "1. cylinder dia 40 height 50\n2. fillet bottom outer edge 5mm\n3. shell, remove top face, wall 2.5 mm",
    p, "round cup", "d40x50 cylinder, R5 bottom edge, shelled 2.5 inward open top", genus=0)

p = Box(70, 40, 6) - extrude(SlotOverall(30, 8), amount=10, both=True)
for x in (-25, 0, 25):
    for y in (-14, 14):
        p -= Pos(x, y) * Cylinder(2, 20)
rec(938, 4, "1. 70x40 rectangle, extrude 6\n2. cut a slot 30 long overall, 8 wide, round ends, centred, running along the 70 direction\n3. 4 mm hole at x=-25, y=14 from the centre\n4. rectangular pattern: 3 along X at 25 mm pitch, 2 along Y at 28 mm pitch",
    p, "plate with centre slot and 2x3 hole pattern", "70x40x6; slot 30x8; 6x d4 at x in {-25,0,25}, y=+-14", genus=7)

p = extrude(RegularPolygon(30 / math.sqrt(3), 6), amount=10) + Pos(0, 0, 10 + 7.5) * Cylinder(10, 15)
e = p.edges().filter_by(GeomType.CIRCLE).sort_by(Axis.Z)[-1]
p = chamfer(e, 1)
p -= Pos(0, 0, 10) * Cylinder(5, 60)
rec(939, 4, "1. Hexagon 30 across flats, extrude 10.\n2. On the top face add a Ø20 boss, 15 high.\n3. Chamfer the boss top edge 1 mm.\n4. Ø10 hole through everything on the axis.",
    p, "hex flange with round boss and through bore", "hex 30 AF x 10 + d20x15 boss (total 25), top chamfer 1, d10 thru", genus=1)

rec(940, 4, "1. Box 30 x 20 x 4.\n2. Fillet ALL edges R3.\n3. Done.",
    None, "fully rounded small block", "R3 fillets on all edges of a 4 mm thick block are impossible: the radius must be less than half the thickness (2 mm)", impossible=True)

# ================= STYLE 5 =================
p = Pos(0, 0, 5) * Cylinder(10, 10) + Pos(0, 0, 30) * Cylinder(5, 40)
p = chamfer(p.edges().filter_by(GeomType.CIRCLE).sort_by(Axis.Z)[-1], 1)
rec(941, 5, "First sketch a half profile on the XZ plane: a 10 radius x 10 high step for the head, then a 5 radius shank going up another 40. Then revolve it 360 degrees around Z. Finally put a 1 mm chamfer on the end of the shank.",
    p, "turned headed pin", "revolved d20x10 head + d10x40 shank (50 total), 1 mm chamfer at shank end", genus=0)

sk = Plane.XZ * Pos(25, 3) * Rectangle(10, 6)
p = revolve(sk, Axis.Z, 180)
rec(942, 5, "first draw a 10 x 6 rectangle on the front plane with its inner edge 20 mm from the vertical axis (so it spans radius 20 to 30, height 6), then revolve it 180° about that axis. That gives a half ring / arch shim.",
    p, "half ring shim", "annulus r20-30 x 6 revolved 180 deg: volume = pi*(30^2-20^2)*6/2", genus=0)

p = loft([Rectangle(40, 40), Plane.XY.offset(30) * Circle(10)]) - Pos(0, 0, 15) * Cylinder(4, 40)
rec(943, 5, "First a 40x40 square on the ground plane. Then a circle of Ø20 on a plane 30 mm above, centred over it. Loft between them. Finally drill an 8 mm hole vertically through the middle.",
    p, "square-to-round lofted transition with centre hole", "loft 40 sq -> d20 at height 30; d8 through hole", genus=1)

path = CenterArc((0, 0), 40, 0, 90)
prof = Plane(origin=path @ 0, z_dir=path % 0) * Circle(3)
p = sweep(prof, path)
rec(944, 5, "first make a quarter circle path, radius 40 (centreline), then sweep a 6mm diameter circle along it. finally that's it - a bent rod, 90 degree bend, no straight ends.",
    p, "quarter-circle bent rod", "sweep d6 along R40 90deg arc: V = pi*3^2 * (pi/2*40)", genus=0)

p = Pos(0, 0, 1.5) * Cylinder(25, 3) + Pos(0, 0, 8) * Cylinder(18, 10) + Pos(0, 0, 14.5) * Cylinder(25, 3)
p -= Cylinder(4, 50)
rec(945, 5, "First, on a side plane, sketch the half cross-section of a flanged idler: two 3 mm thick flanges at radius 25 with a 10 mm wide core at radius 18 between them (16 mm total width). Then revolve it 360° round the axis. Finally bore it Ø8 straight through for the shaft.",
    p, "flanged idler pulley", "revolved: flanges d50x3, core d36x10, width 16, d8 bore", genus=1)

p = loft([Rectangle(60, 30), Plane.XY.offset(40) * Rectangle(30, 15)]) - Pos(0, 0, 20) * Cylinder(5, 60)
rec(946, 5, "First sketch a 60 by 30 rectangle. Then a second rectangle, 30 by 15, 40 mm above it, same centre and orientation. Loft the two. Finally cut a Ø10 hole down through the centre.",
    p, "tapered rectangular loft with vertical hole", "frustum V = h/3(A1+A2+sqrt(A1A2)) = 42000, minus d10 hole", genus=1)

ball = revolve(Plane.XZ * split(Circle(15), bisect_by=Plane.YZ), Axis.Z, 360)
rod = Pos(0, 0, 20) * Cylinder(3, 40)
p = ball + rod
p -= Rot(0, 90, 0) * Cylinder(1.5, 40)
rec(947, 5, "First revolve a semicircle of radius 15 about its straight edge to get a ball. Then sweep a Ø6 circle along a straight 40 mm line starting from the ball's centre, so a rod sticks out of the ball. Finally drill a 3 mm cross hole through the middle of the ball, perpendicular to the rod.",
    p, "ball knob with rod and cross hole", "sphere r15 + rod d6 from centre to z=40 (25 out of the ball); d3 hole through centre along X", genus=1)

pts = [(5, 0), (8, 0), (8, 20), (25, 45), (22, 45), (5, 21)]
p = revolve(Plane.XZ * Polygon(*pts, align=None), Axis.Z, 360)
rec(948, 5, "first sketch this closed profile in the XZ plane (x = radius, z = height): (5,0) (8,0) (8,20) (25,45) (22,45) (5,21) and back to (5,0). then revolve it 360 about Z. finally nothing else, it's a funnel.",
    p, "revolved funnel", "polygon revolved about Z; outer r25 at top -> 50x50x45", genus=1)

path = Polyline((-15, 0, 0), (-15, 0, 30)) + ThreePointArc((-15, 0, 30), (0, 0, 45), (15, 0, 30)) + Polyline((15, 0, 30), (15, 0, 0))
path = Wire(path.edges())
prof = Plane(origin=(-15, 0, 0), z_dir=(0, 0, 1)) * Circle(4)
p = sweep(prof, path, transition=Transition.ROUND) + Pos(0, 0, -2) * Box(50, 14, 4)
rec(949, 5, "First draw a path: straight up 30 from (-15,0,0), a half-circle arc over the top through (0,0,45) to (15,0,30), then straight down to (15,0,0). Then sweep an 8mm circle along it. Finally add a 50 x 14 x 4 base under it (top of the base at z=0, centred), so it's a drawer handle on a plate.",
    p, "U-handle swept on a base plate", "8mm rod along 30 + R15 semicircle + 30 path; base 50x14x4 below z=0; closed loop -> genus 1")

p = loft([RegularPolygon(24 / math.sqrt(3), 6), Plane.XY.offset(20) * Circle(8)]) - Pos(0, 0, 10) * Cylinder(4, 40)
rec(950, 5, "First a hexagon, 24 across flats, on the base plane. Then a Ø16 circle 20 mm up, concentric. Loft hex to circle, then finally put an 8mm hole all the way through the middle.",
    p, "hex-to-round lofted adapter", "loft hex 24 AF -> d16 at z=20; d8 through", genus=1)

# ================= STYLE 6 =================
p = Pos(0, 0, 4) * Box(80, 60, 8) + Pos(0, 0, 8 + 20) * Cylinder(15, 40)
p -= Cylinder(6, 200)
for x in (-32, 32):
    for y in (-22, 22):
        p -= Pos(x, y) * Cylinder(3.3, 40)
rec(951, 6, "Base plate 80 x 60 x 8 with a Ø30 cylinder standing 40 high on top of it in the centre. A 12 mm hole goes right through the cylinder and the plate. Plus four 6.6 holes in the plate, 8 mm in from the edges at the corners.",
    p, "base plate with central hollow post", "plate 80x60x8 + d30x40 post (total 48); d12 thru both; 4x d6.6 at 8 from edges", genus=5)

base = Pos(0, 20, 4) * Box(60, 40, 8)
up = Pos(0, 4, 25) * Box(60, 8, 50)
gus = Pos(-3, 0, 0) * extrude(Plane.YZ * Polygon((8, 8), (38, 8), (8, 38), align=None), amount=6)
p = base + up + gus
for x in (-20, 20):
    p -= Pos(x, 28, 0) * Cylinder(4, 40)
rec(952, 6, "Two blocks joined at right angles: a 60 x 40 x 8 base and an upright 60 wide, 8 thick, 50 tall standing on the back edge of it (flush with the back). A triangular gusset 6 thick in the middle of the width fills the inside corner, with legs of 30 along the base and 30 up the upright. Two Ø8 holes in the base, 20 either side of centre, 28 from the back face.",
    p, "angle block with central gusset", "base 60x40x8 + upright 60x8x50 + 30x30 gusset t6; 2x d8 holes", genus=2)

p = Pos(0, 0, 2.5) * Box(100, 50, 5)
for x in (-37.5, -12.5, 12.5, 37.5):
    p += Pos(x, 0, 5 + 10) * Cylinder(4, 20)
rec(953, 6, "a 100x50x5 plate with four Ø8 posts, 20 tall, standing on it along the long centreline, evenly spaced at 25 mm pitch (centred).",
    p, "plate with a row of posts", "plate 100x50x5 + 4x d8x20 posts at x=+-12.5,+-37.5", genus=0)

p = Pos(0, 0, 3) * Cylinder(30, 6) + Pos(0, 0, 12.5) * Cylinder(10, 25)
for k in range(4):
    p += Rot(0, 0, 90 * k) * Pos(18.5, 0, 6 + 7.5) * Box(21, 3, 15)
p = p.clean()
p -= Cylinder(5, 100)
rec(954, 6, "Ø60 disc 6 thick, with a central boss Ø20 rising to 25 total height. Four radial ribs, 3 thick and 15 tall above the disc top, running out from the boss and stopping 1 mm short of the rim (ends at radius 29), 90° apart. Ø10 bore through the boss and disc.",
    p, "ribbed hub", "disc d60x6 + boss d20 to z=25 + 4 ribs 3 thick x 15 tall from the boss to r29; d10 bore", genus=1)

p = Rot(0, 90, 0) * Cylinder(10, 60) + Pos(0, 0, 15) * Cylinder(10, 30)
p -= Rot(0, 90, 0) * Cylinder(6, 80)
p -= Pos(0, 0, 15) * Cylinder(6, 30)
rec(955, 6, "Solid tee: a Ø20 x 60 bar lying along X and a Ø20 branch going up from its middle so the branch top is 30 above the bar axis. Bore Ø12 right through the length of the bar and Ø12 down the branch until it meets the bore.",
    p, "pipe tee", "two d20 cylinders fused; d12 bores; three openings -> genus 2", genus=2)

p = Pos(0, 0, 5) * Box(70, 30, 10) + Pos(0, 0, 10 + 20) * Box(40, 30, 40)
p -= Pos(0, 0, 30) * Rot(90, 0, 0) * Cylinder(10, 40)
for x in (-28, 28):
    p -= Pos(x, 0) * Cylinder(4, 40)
rec(956, 6, "Pillow-block style: a 70 x 30 x 10 base, and sitting on it in the middle a block 40 wide, 30 deep, 40 tall. 20 mm bore through the 30 direction, centre 30 mm up from the bottom of the base. Ø8 bolt holes in each base flange, 28 either side of centre.",
    p, "pillow block", "base 70x30x10 + upper block 40x30x40 (top at 50); d20 bore at z=30; 2x d8", genus=3)

p = Box(80, 12, 10) + Box(12, 80, 10)
p -= Cylinder(3, 20)
for x, y in ((34, 0), (-34, 0), (0, 34), (0, -34)):
    p -= Pos(x, y) * Cylinder(2, 20)
rec(957, 6, "cross / plus shape made from two 80x12x10 bars crossing at their centres. 6mm hole through the centre, and a 4mm hole at each arm end, 6mm from the end.",
    p, "plus-shaped cross plate", "union of 80x12x10 bars; d6 centre; 4x d4 at 34 from centre", genus=5)

box = Box(60, 40, 25, align=(Align.MIN, Align.MIN, Align.MIN))
box = offset(box, amount=-2, openings=box.faces().sort_by(Axis.Z)[-1])
lid = Pos(70, 0, 0) * Box(60, 40, 3, align=(Align.MIN, Align.MIN, Align.MIN))
asm = Compound([box, lid])
rec(958, 6, "Two pieces: an open box 60 x 40 x 25 high outside, walls and floor 2 mm, and a separate flat lid 60 x 40 x 3. Lay the lid flat next to the box with a 10 mm gap along the 60 direction, both sitting on the same table.",
    asm, "open box plus separate lid (assembly)", "box shelled 2 mm inward open top + 60x40x3 lid placed 10 mm away: extents 130 x 40 x 25, volume sum", assembly=True)

p = Pos(0, 0, 2) * Box(50, 50, 4)
for x in (-20, 20):
    for y in (-20, 20):
        p += Pos(x, y, 4 + 5) * Cylinder(3.5, 10)
for x in (-20, 20):
    for y in (-20, 20):
        p -= Pos(x, y, 0) * Cylinder(1.5, 60)
rec(959, 6, "PCB carrier: 50x50 plate, 4 thick, with four standoff bosses 7 OD and 10 tall on top at the corners of a 40x40 square (centred). Each boss has a 3mm hole that goes on down through the plate too.",
    p, "plate with four hollow standoffs", "plate 50x50x4 + 4x d7x10 bosses; d3 holes thru boss and plate", genus=4)

rec(960, 6, "Base 40 x 40 x 5 with a Ø30 cylinder 20 tall on top in the middle. Then a 45 mm hole through the middle of both, so it's a tube on a plate.",
    None, "plate with post and a bore bigger than both", "a d45 bore is larger than the d30 cylinder and wider than the 40 mm plate: nothing of the tube would remain and the plate falls into 4 corner pieces", impossible=True)

with open(str(__import__("pathlib").Path(__file__).with_name("steps9_prompts.jsonl")), "w") as f:
    for d in OUT:
        f.write(json.dumps(d) + "\n")
print(len(OUT))

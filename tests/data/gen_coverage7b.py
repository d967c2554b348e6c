# ruff: noqa
import os
"""Generator for coverage7b: features/negations (item 5), uncommon parts (item 6),
impossible / borderline requests (item 7). Models every reference in build123d."""
import json, math, sys
from build123d import *

MIN = (Align.CENTER, Align.CENTER, Align.MIN)

def box(x, y, z, cx=0, cy=0, z0=0):
    return Pos(cx, cy, z0) * Box(x, y, z, align=MIN)

def cyl(d, h, cx=0, cy=0, z0=0):
    return Pos(cx, cy, z0) * Cylinder(d / 2, h, align=MIN)

def cone(d0, d1, h, cx=0, cy=0, z0=0):
    return Pos(cx, cy, z0) * Cone(d0 / 2, d1 / 2, h, align=MIN)

def csk(p, d, D, T, cx, cy):
    """90 deg countersunk through hole from top face z=T (part from z=0)."""
    k = (D - d) / 2
    return p - cyl(d, T, cx, cy) - cone(d, D, k, cx, cy, T - k)

def cbore(p, d, D, depth, T, cx, cy):
    return p - cyl(d, T, cx, cy) - cyl(D, depth, cx, cy, T - depth)

def slot(c2c, w, h, cx=0, cy=0, z0=0, rot=0):
    s = extrude(SlotCenterToCenter(c2c, w, rotation=rot), h)
    return Pos(cx, cy, z0) * s

def hexprism(af, h, z0=0, cx=0, cy=0):
    # RegularPolygon radius = circumradius
    return Pos(cx, cy, z0) * extrude(RegularPolygon(af / math.sqrt(3), 6), h)

def genus(p):
    V = len(p.vertices()); E = len(p.edges()); F = len(p.faces())
    W = sum(len(f.wires()) for f in p.faces())
    g = 1 - (V - E + F - (W - F)) / 2
    assert abs(g - round(g)) < 1e-9, g
    return int(round(g))

def vol_fmt(v):
    if v >= 1000:
        return round(v, 1)
    return float(f"{v:.5g}")

ROWS = []

def add(id_, item, prompt, part, intent, why, keys=("extents", "volume", "genus"),
        assembly=False, impossible=False, expect_genus=None):
    exp = {}
    if impossible:
        assert part is None
    else:
        if assembly:
            sols = part.solids()
            assert len(sols) >= 2, (id_, len(sols))
            for s in sols:
                assert s.is_valid and s.volume > 0
            keys = [k for k in keys if k != "genus"]
        else:
            sols = part.solids()
            assert len(sols) == 1, (id_, len(sols))
            assert part.is_valid, id_
            assert part.volume > 0
        bb = part.bounding_box().size
        if "extents" in keys:
            exp["extents"] = sorted(round(v, 2) for v in (bb.X, bb.Y, bb.Z))
        if "volume" in keys:
            exp["volume"] = vol_fmt(sum(s.volume for s in sols))
        if "genus" in keys:
            g = genus(part)
            if expect_genus is not None:
                assert g == expect_genus, (id_, g, expect_genus)
            exp["genus"] = g
    ROWS.append({"id": id_, "item": item, "prompt": prompt, "expect": exp, "intent": intent,
                 "why": why, "out_of_scope": False, "impossible": impossible})

# ------------------------------------------------------------------ item 5
def item5():
    # c901 counterbored M5
    p = box(80, 50, 8)
    for x in (-30, 30):
        for y in (-15, 15):
            p = cbore(p, 5.5, 9.5, 5.5, 8, x, y)
    add("c901", 5, "Need a base plate 80 x 50 x 8 mm with four counterbored holes for M5 socket head cap screws. Holes are 5.5 through, counterbore 9.5 dia x 5.5 deep from the top face, each hole centred 10 mm in from both adjacent edges.",
        p, "plate with 4 counterbored M5 holes",
        "Box 80x50x8; 4x 5.5 through holes at (+-30,+-15) from centre (10 mm from edges); 9.5 dia x 5.5 deep counterbores from top. Genus 4.", expect_genus=4)

    # c902 blind hole
    p = box(60, 40, 22) - cyl(10, 13, z0=22 - 13)
    add("c902", 5, "block 60x40x22, one 10mm hole in the centre of the top face, blind, 13 deep (flat bottom is fine, dont go through)",
        p, "block with a central blind hole",
        "Box 60x40x22 minus a flat-bottomed 10 dia x 13 deep cylinder from the top centre. Not through, genus 0.", expect_genus=0)

    # c903 countersunk M4
    p = box(100, 60, 6)
    for x in (-42, 42):
        for y in (-22, 22):
            p = csk(p, 4.5, 9.0, 6, x, y)
    add("c903", 5, "Cover plate, aluminium, 100 by 60, 6 thick. 4 off countersunk holes for M4 flat heads in the corners, 8 mm in from the edges (to hole centre). Use 4.5 thru and 90 deg countersink to 9.0 dia at the top surface.",
        p, "cover plate with 4 countersunk M4 holes",
        "Box 100x60x6; holes at (+-42,+-22); 4.5 through + 90 deg cone from 9.0 at top down to 4.5 (depth 2.25). Genus 4.", expect_genus=4)

    # c904 tapped M6 + centre bore
    p = box(50, 50, 10) - cyl(22, 10)
    for x in (-19, 19):
        for y in (-19, 19):
            p = p - cyl(5.0, 10, x, y)
    add("c904", 5, "square flange 50x50x10 with a 22 bore in the middle and 4x M6 tapped through holes on a 38 mm square pattern (centred). model the tapped ones as tap drill size pls",
        p, "square flange, centre bore, 4 tapped M6",
        "Box 50x50x10; 22 dia through bore at centre; M6 tap drill 5.0 through at (+-19,+-19). Genus 5.", expect_genus=5)

    # c905 through slot
    p = box(120, 30, 10) - slot(42, 8, 10)
    add("c905", 5, "Flat bar 120 long 30 wide 10 thick. Put a through slot in the middle of it running lenghtwise, slot is 8 wide and 50 long overall (rounded ends).",
        p, "bar with a central through slot",
        "Box 120x30x10 minus an 8 wide obround slot 50 overall (42 c-c), through, centred along the long axis. Genus 1.", expect_genus=1)

    # c906 blind slot
    p = box(80, 40, 15) - slot(50, 10, 5, z0=10)
    add("c906", 5, "Can you make me a block 80 x 40 x 15 with a slot milled into the top, 10mm wide, 60 mm long end to end (round ends from a 10mm end mill), 5 deep, centred and running along the 80 direction. Not through.",
        p, "block with blind milled slot",
        "Box 80x40x15; obround slot width 10, overall 60 (50 c-c), 5 deep from top, centred. Genus 0.", expect_genus=0)

    # c907 hub with keyway in bore DIN 6885 5x5 (t2 = 2.3)
    p = cyl(40, 25) - cyl(16, 25) - box(5, 10.3, 25, cy=10.3 / 2)
    add("c907", 5, "Hub 40 OD x 25 long, bore 16 H7 through, with a keyway in the bore to DIN 6885 for a 5x5 key (hub depth t2 = 2.3), keyway runs the full length.",
        p, "hub with bore and keyway",
        "Cylinder 40x25 minus 16 bore; keyway 5 wide cut from the axis out to radius 8+2.3 = 10.3 (DIN 6885 5x5, t2 2.3), full length. Genus 1.", expect_genus=1)

    # c908 shaft keyway DIN 6885 6x6 t1 3.5, length 32 from 10 from end
    sh = Rot(0, 90, 0) * Cylinder(10, 100, align=MIN)  # along +x? check below
    sh = Pos(0, 0, 0) * Rot(0, 90, 0) * Cylinder(10, 100, align=(Align.CENTER, Align.CENTER, Align.MIN))
    # axis along x from 0..100 (Rot about y by 90 maps +z to +x)
    kw = Pos(10 + 16, 0, 10 - 3.5) * extrude(SlotCenterToCenter(26, 6), 10)
    p = sh - kw
    add("c908", 5, "shaft dia 20, 100 long. Feather keyway per DIN 6885 form A for a 6x6 key: width 6, depth in shaft t1 = 3.5, keyway length 32 incl. the round ends, starting 10 mm from one end of the shaft.",
        p, "shaft with a closed (form A) keyway",
        "Cylinder d20 L100; keyway pocket = obround 6 wide, 32 long (26 c-c), from x=10 to 42, depth 3.5 from the top of the shaft (bottom flat 6.5 from axis). Genus 0.", expect_genus=0)

    # c909 round vertical edges
    p = box(70, 45, 30)
    p = fillet(p.edges().filter_by(Axis.Z), 5)
    add("c909", 5, "box 70x45x30, round the vertical edges 5 mm. leave top & bottom edges sharp",
        p, "block with vertical edges filleted",
        "Box 70x45x30; R5 fillet on the 4 vertical edges only.", expect_genus=0)

    # c910 chamfer top edges only
    p = box(90, 40, 12)
    p = chamfer(p.edges().group_by(Axis.Z)[-1], 1.5)
    add("c910", 5, "Plate 90 x 40 x 12. Chamfer the top edges 1.5 mm x 45°, just the 4 edges around the top face, bottom stays sharp.",
        p, "plate with top perimeter chamfered",
        "Box 90x40x12; 1.5 equal-distance chamfer on the 4 top edges only.", expect_genus=0)

    # c911 fillet all edges
    p = box(50, 50, 25)
    p = fillet(p.edges(), 3)
    add("c911", 5, "50mm x 50mm x 25mm block with every edge rounded R3 (all 12 edges, corners blended)",
        p, "block with all edges filleted", "Box 50x50x25, R3 fillet on all 12 edges.", expect_genus=0)

    # c912 no hole shim
    p = cyl(30, 3)
    add("c912", 5, "Shim blank: looks like a washer, 3 cm OD, 3 mm thick, but NO hole in it. I'll drill it later.",
        p, "solid disk, explicitly no hole", "Cylinder d30 x 3, no bore (negation). Genus 0.", expect_genus=0)

    # c913 blind flange
    p = cyl(150, 16)
    for i in range(8):
        a = math.radians(22.5 + 45 * i)
        p = p - cyl(18, 16, 60 * math.cos(a), 60 * math.sin(a))
    add("c913", 5, "Blind flange please - OD 150, 16 thick, 8 bolt holes of 18 mm on a 120 PCD, equally spaced. It's a blind flange so no centre bore.",
        p, "blind flange with 8 bolt holes",
        "Disc d150 x 16; 8x 18 through holes on 120 PCD equally spaced (angle offset does not change measures); no centre bore. Genus 8.", expect_genus=8)

    # c914 solid cylinder
    p = cyl(25.4, 63.5)
    add("c914", 5, "round bar 1\" dia x 2-1/2\" long, solid. no bore, no center hole, no chamfer",
        p, "plain solid cylinder", "1 in = 25.4, 2.5 in = 63.5: cylinder d25.4 L63.5, negations: nothing removed.", expect_genus=0)

    # c915 open box without lid
    p = box(100, 70, 40) - box(95, 65, 37, z0=3)
    add("c915", 5, "tray/box 100 x 70 x 40 outside, walls 2.5 thick, bottom 3 thick, without a lid (open at the top).",
        p, "open-top box", "Outer 100x70x40 minus cavity 95x65x37 from z=3 up (walls 2.5, floor 3), open top. Genus 0.", expect_genus=0)

    # c916 pocket with corner radius
    pk = extrude(RectangleRounded(80, 40, 5), 6)
    p = box(120, 80, 15) - Pos(0, 0, 9) * pk
    add("c916", 5, "Hello, I need a 120x80x15 plate with a rectangular pocket 80 x 40 x 6 deep machined into the top, centred. Pocket inside corners R5 (the vertical ones), flat floor.",
        p, "plate with a rounded-corner pocket",
        "Box 120x80x15 minus 80x40 pocket with R5 vertical corners, 6 deep from top, centred. Genus 0.", expect_genus=0)

    # c917 two-step plate hole chamfer outside edges
    p = box(60, 60, 5) - cyl(20, 5)
    outer = [e for e in p.edges() if e.geom_type == GeomType.LINE]
    p = chamfer(outer, 1)
    add("c917", 5, "make a plate 60 x 60 x 5. then add a 20 mm hole in the middle and chamfer the outside edges 1 mm",
        p, "plate, central hole, chamfered outer edges (two steps)",
        "Box 60x60x5; 20 through hole at centre kept; 1 mm chamfer on all 12 straight outer edges (hole edges left sharp). Genus 1.", expect_genus=1)

    # c918 two-step block tapped blind hole then fillet verticals
    p = box(40, 30, 20) - cyl(6.8, 15, z0=5)
    p = fillet(p.edges().filter_by(Axis.Z).filter_by(lambda e: e.geom_type == GeomType.LINE), 4)
    add("c918", 5, "start with a block 40x30x20. put an M8 tapped hole in the top centre, drill depth 15 (tap drill size is fine for the model). after that fillet the 4 vertical edges R4",
        p, "block with blind M8 tap-drill hole and filleted verticals",
        "Box 40x30x20; M8 tap drill 6.8 dia x 15 deep flat bottom from top centre; R4 on the 4 vertical edges. Genus 0.", expect_genus=0)

    # c919 two counterbored M6 + top chamfer 0.5
    p = box(75, 40, 8)
    p = chamfer(p.edges().group_by(Axis.Z)[-1], 0.5)
    for x in (-25, 25):
        p = cbore(p, 6.6, 11, 6.5, 8, x, 0)
    add("c919", 5, "Clamp bar 75x40x8: two M6 counterbored holes, 50 mm apart, on the centreline (symmetric). 6.6 thru, c'bore 11 x 6.5 deep. Break the top outside edges 0.5x45.",
        p, "bar with 2 counterbored M6 holes, top edges chamfered",
        "Box 75x40x8; 0.5 chamfer on the 4 top perimeter edges; holes at x=+-25, y=0: 6.6 through + 11 x 6.5 deep counterbore from top. Genus 2.", expect_genus=2)

    # c920 disc 6 csk M5 on PCD 45 + centre bore 12
    p = cyl(60, 10) - cyl(12, 10)
    for i in range(6):
        a = math.radians(60 * i)
        p = csk(p, 5.5, 10.4, 10, 22.5 * math.cos(a), 22.5 * math.sin(a))
    add("c920", 5, "disc d60 t10, bore 12 thru, 6x csk M5 eq. spaced on PCD 45 (5.5 thru / 10.4 x 90deg on top face)",
        p, "disc with centre bore and 6 countersunk holes",
        "Cylinder d60 x 10; 12 central through bore; 6x 5.5 through holes on 45 PCD with 90 deg countersinks to 10.4 at top. Genus 7.", expect_genus=7)

    # c921 3 blind holes
    p = box(100, 20, 20)
    for x in (-30, 0, 30):
        p = p - cyl(6, 10, x, 0, 10)
    add("c921", 5, "Bar 100x20x20 with 3 blind holes dia 6, 10 deep, drilled into the top face on the centreline at 30mm spacing (middle one in the middle). Flat bottom ok.",
        p, "bar with 3 blind holes",
        "Box 100x20x20 minus 3x d6 x 10 deep flat-bottomed holes from the top at x=-30,0,30. Genus 0.", expect_genus=0)

    # c922 cup / end cap
    p = cyl(32, 15) - cyl(28, 12, z0=3)
    add("c922", 5, "end cap for 28mm tube. outside 32 dia, 15 long, bore 28 dia 12 deep from one end - so the other end is closed (3mm end wall)",
        p, "cup-shaped end cap (blind bore)",
        "Cylinder d32 L15 minus d28 x 12 deep blind bore from one end, 3 mm closed end. Genus 0.", expect_genus=0)

    # c923 round bar chamfer both ends, M10 tapped 20 deep one end
    p = cyl(30, 80)
    p = chamfer(p.edges(), 1)
    p = p - cyl(8.5, 20, z0=60)
    add("c923", 5, "Round bar 30 dia 80 long, chamfer both ends 1x45. Tap M10 in one end face, centred, 20 deep (model it as the 8.5 tap drill, flat bottom).",
        p, "round bar with end chamfers and a tapped end hole",
        "Cylinder d30 L80 with 1 mm chamfers on both end circles; 8.5 dia x 20 deep hole in one end centre (M10 tap drill). Genus 0.", expect_genus=0)

    # c924 circular pocket + through hole
    p = box(80, 80, 12) - cyl(40, 4, z0=8) - cyl(10, 12)
    add("c924", 5, "80 square plate, 12mm thick. Counter-pocket 40 dia 4 mm deep in the centre of the top, and a 10 hole right through in the middle of that pocket.",
        p, "plate with round pocket and central through hole",
        "Box 80x80x12; d40 x 4 deep pocket at top centre; d10 through hole at centre. Genus 1.", expect_genus=1)

    # c925 three-step block slot fillet
    p = box(50, 30, 10) - slot(14, 6, 10)
    p = fillet(p.edges().filter_by(Axis.Z).filter_by(lambda e: e.geom_type == GeomType.LINE and abs(abs(e.center().X) - 25) < 1e-6), 3)
    add("c925", 5, "ok first a 50 x 30 x 10 block. now cut a through slot 6 wide 20 long (end to end) along the long axis in the middle. then round all the vertical outside corners r3. keep the slot",
        p, "block with slot and rounded corners (3 steps)",
        "Box 50x30x10; obround through slot 6 wide, 20 overall (14 c-c) centred along x; R3 on the 4 outer vertical edges. Genus 1.", expect_genus=1)

# ------------------------------------------------------------------ item 6
def xcyl(d, L, x0=0, y=0, z=0):
    """cylinder along +x from x0"""
    return Pos(x0, y, z) * Rot(0, 90, 0) * Cylinder(d / 2, L, align=MIN)

def ycyl(d, L, y0=0, x=0, z=0):
    return Pos(x, y0, z) * Rot(-90, 0, 0) * Cylinder(d / 2, L, align=MIN)

def item6():
    # c926 L bracket: horizontal leg 40 (x), vertical 30 (z), width 25 (y), t=4
    p = box(40, 25, 4, cx=20) + box(4, 25, 30, cx=2)
    p = p - cyl(5.5, 4, 22, 0)            # hole in base leg, 22 from outside corner
    p = p - xcyl(5.5, 4, 0, 0, 22)        # hole in upright leg, 22 up from outside corner
    add("c926", 6, "L braket, 4mm thick, 25 wide. One leg 40 long, the other 30 (both measured on the outside). One 5.5 hole in each leg, centred across the width and 22 mm from the outside corner.",
        p, "L bracket with one hole per leg",
        "Union of 40x25x4 and 4x25x30 sharing the outside corner; 5.5 through holes at 22 mm from the outside corner in each leg, centred in width. Extents 25x30x40, genus 2.", expect_genus=2)

    # c927 corner bracket with gusset
    p = box(50, 30, 5, cx=25) + box(5, 30, 50, cx=2.5)
    tri = Polyline((5, 5), (40, 5), (5, 40), close=True)
    gus = Plane.XZ * make_face(tri)
    gus = extrude(gus, 2.5, both=True)
    p = p + gus
    for y in (-10, 10):
        p = p - cyl(4.5, 5, 32, y)
        p = p - xcyl(4.5, 5, 0, y, 32)
    add("c927", 6, "Corner bracket w/ gusset: two legs 50 x 30 (50 long from the outside corner, 30 wide), 5 thick. Triangular stiffening rib 5 thick in the middle of the width, its two straight sides 35 long along the inside faces of the legs. 2 holes 4.5 in each leg, 32 from the outside corner, 20 apart across the width (10 either side of the centre).",
        p, "gusseted corner bracket with 4 holes",
        "Legs 50x30x5 (outside dimensions), gusset: right triangle with 35 mm legs in the inside corner (from (5,5) to (40,5) and (5,40)), 5 thick centred in width; 4.5 holes at 32 mm from outside corner, y=+-10. Genus 4.", expect_genus=4)

    # c928 flanged bushing
    p = cyl(14, 20) + cyl(20, 3) - cyl(10, 20)
    add("c928", 6, "flanged bushing: bore 10, body OD 14, overall length 20 including a flange 20 dia x 3 thick at one end",
        p, "flanged bushing", "Cylinder d14 L20 + flange d20 x 3 at one end, bore d10 through. Genus 1.", expect_genus=1)

    # c929 plain sleeve
    p = cyl(20, 25) - cyl(16, 25)
    add("c929", 6, "Bronze sleve, 16 ID / 20 OD, 25 long. Plain, no flange.",
        p, "plain sleeve", "Tube OD 20, ID 16, L 25. Genus 1.", expect_genus=1)

    # c930 hex standoff F-F M3 tapped through
    p = hexprism(5.5, 20) - cyl(2.5, 20)
    add("c930", 6, "M3 hex standoff female/female, 5.5 AF, 20 long, threaded right through (model as 2.5 tap drill)",
        p, "female-female hex standoff",
        "Hexagon 5.5 across flats (6.35 across corners), 20 long, 2.5 tap drill through. Extents 5.5 x 6.35 x 20, genus 1.", expect_genus=1)

    # c931 hex standoff M-F M4
    p = hexprism(7, 15) + cyl(4.0, 6, z0=15) - cyl(3.3, 8)
    add("c931", 6, "Can I get an M4 male-female spacer? Hex 7 across flats, body 15 long, male stud 6 long on one end (just draw the stud as a plain 4 mm cylinder), and the female end tapped M4 8 deep (3.3 drill, flat bottom).",
        p, "male-female hex standoff",
        "Hex 7 AF (8.08 AC) x 15 + d4 x 6 stud on top; 3.3 x 8 deep blind hole in the bottom. Extents 7 x 8.08 x 21, genus 0.", expect_genus=0)

    # c932 V-belt pulley single groove
    r_o, w, dep, wt = 30, 17, 10, 13
    wb = wt - 2 * dep * math.tan(math.radians(20))
    prof = Polyline((7.5, -w / 2), (r_o, -w / 2), (r_o, -wt / 2), (r_o - dep, -wb / 2), (r_o - dep, wb / 2),
                    (r_o, wt / 2), (r_o, w / 2), (7.5, w / 2), close=True)
    face = Plane.XZ * make_face(prof)
    p = revolve(face, Axis.Z)
    add("c932", 6, "single groove V-belt pulley, OD 60, 17 wide. Groove is 40 deg included angle, 13 mm wide at the OD and 10 deep. Bore 15 straight through, no hub, no keyway.",
        p, "single groove V pulley",
        "Revolved profile: disc r 7.5..30, width 17; trapezoid groove 13 wide at r=30 narrowing at 20 deg per side to %.2f wide at r=20 (10 deep). Genus 1." % wb, expect_genus=1)

    # c933 GT2 20T with flanges (teeth hard -> extents + genus only)
    p = cyl(16, 1) + cyl(12.22, 7, z0=1) + cyl(16, 1, z0=8) + cyl(13, 7, z0=9) - cyl(5, 16)
    add("c933", 6, "GT2 pulley 20 teeth for 6 mm belt, 5 mm bore. Toothed part 7 wide between two flanges 16 dia x 1 thick, plus a 13 dia hub 7 long on one side. No set screw hole needed.",
        p, "GT2 20T flanged pulley with hub",
        "Teeth not modelled: only extents (flange d16, length 1+7+1+7 = 16) and genus (5 bore through, teeth do not change it); volume omitted because it depends on the tooth profile.",
        keys=("extents", "genus"), expect_genus=1)

    # c934 GT2 36T plain
    od = 36 * 2 / math.pi - 0.508
    p = cyl(od, 6) - cyl(8, 6)
    add("c934", 6, "gt2 36 tooth pulley, no flanges no hub, just the toothed ring 6 mm wide with an 8mm bore",
        p, "GT2 36T toothed ring",
        "GT2 pitch 2 mm: pitch dia 36*2/pi = 22.92, OD = PD - 0.508 = %.2f. Teeth not modelled, so only extents (tip circle; a tooth gap on an axis could shave a few 0.01 mm) and genus 1; volume omitted." % od,
        keys=("extents", "genus"), expect_genus=1)

    # c935 knob
    p = cyl(32, 14)
    p = fillet(p.edges().group_by(Axis.Z)[-1], 2)
    p = p - cyl(5.5, 14) - hexprism(8.1, 4.5)
    add("c935", 6, "knob for an M5 bolt, captive nut style: 32 dia, 14 tall, top edge rounded R2. 5.5 hole through the centre, and a hex pocket 8.1 across flats, 4.5 deep from the bottom to trap an M5 nut.",
        p, "knob with nut trap",
        "Cylinder d32 x 14, R2 fillet on top circular edge; d5.5 through; hex pocket 8.1 AF x 4.5 deep from bottom face. Genus 1.", expect_genus=1)

    # c936 hinge leaf (piano style, single knuckle)
    p = box(40, 22, 2, cy=11) + xcyl(6, 40, -20, 0, 3) - xcyl(3, 40, -20, 0, 3)
    for x in (-12, 12):
        p = p - cyl(3.4, 2, x, 14)
    add("c936", 6, "Hinge leaf, piano hinge style with one knuckle running the full 40 mm length. Leaf plate 40 x 22 x 2, knuckle is a 6 OD tube along one 40 mm edge: its axis sits on that edge, 3 mm above the plate's bottom face (so plate bottom is flush with the bottom of the knuckle). 3 mm pin hole through the knuckle. Two 3.4 screw holes in the plate, 24 apart and centred along the length, 14 mm from the knuckle axis.",
        p, "hinge leaf with full-length knuckle",
        "Plate 40x22x2 from the axis edge (y 0..22, z 0..2); knuckle d6 along x, axis at y=0,z=3, pin hole d3 through; holes d3.4 at x=+-12, y=14. Extents 6 x 25 x 40, genus 3.", expect_genus=3)

    # c937 wall hook
    prof = Polyline((0, 0), (34, 0), (34, 14), (30, 14), (30, 4), (4, 4), (4, 60), (0, 60), close=True)
    p = extrude(Plane.XZ * make_face(prof), 10, both=True)
    for z in (22, 50):
        p = p - Pos(0, 0, z) * Rot(0, 90, 0) * Cylinder(2.25, 4, align=MIN)
        p = p - Pos(4 - 2.25, 0, z) * Rot(0, 90, 0) * Cone(2.25, 4.5, 2.25, align=MIN)
    add("c937", 6, "simple wall hook: back plate 60 high, 20 wide, 4 thick that screws to the wall; at its bottom an arm sticks out 34 mm from the wall (4 thick, same width) and at its end a lip goes up to 14 mm above the underside of the arm (lip 4 thick). 2 countersunk holes for 4 mm wood screws in the back plate on the centreline at 22 and 50 mm up from the bottom of the hook: 4.5 thru, 90 deg csk to 9 on the front face.",
        p, "wall hook with 2 countersunk holes",
        "L/J profile (back 4x60, arm 34x4, lip 4 thick to z=14) extruded 20; 4.5 holes through the back plate at z=22 and 50 with 90 deg countersink to 9 dia on the hook side. Extents 20 x 34 x 60, genus 2.", expect_genus=2)

    # c938 cable saddle clip
    outer = Polyline((-13.5, 0), (-5.5, 0), (-5.5, 4), (-4, 4), (-4, 0), (4, 0), (4, 4), (5.5, 4), (5.5, 0), (13.5, 0), (13.5, 1.5), (-13.5, 1.5), close=True)
    arch = Pos(0, 0) * (Circle(5.5) - Circle(4)) & Pos(0, 7.75) * Rectangle(12, 7.5)
    base = make_face(Polyline((-13.5, 0), (13.5, 0), (13.5, 1.5), (5.5, 1.5), (5.5, 4), (4, 4), (4, 1.5), (-4, 1.5), (-4, 4), (-5.5, 4), (-5.5, 1.5), (-13.5, 1.5), close=True))
    arch = Pos(0, 4) * ((Circle(5.5) - Circle(4)) & Pos(0, 3) * Rectangle(12, 6))
    sk = base + arch
    p = extrude(Plane.XZ * sk, 5, both=True)
    # remove material under the cable between the legs (base web at x -4..4)
    p = p - box(8, 10, 1.5)
    for x in (-9.5, 9.5):
        p = p - cyl(3.4, 1.5, x, 0)
    add("c938", 6, "cable saddle clip for an 8 mm cable: 1.5 mm thick strap, 10 wide. Two straight legs 4 mm high then a half-circle arch over the cable (inner radius 4, so the cable fits 8 mm inside), and two flat feet sticking out 8 mm each side from the legs with a 3.4 screw hole in the middle of each foot. Open underneath (the wall closes it).",
        p, "saddle cable clip",
        "Profile: legs 1.5 thick at x=+-(4..5.5), z 0..4; semicircular arch r 4..5.5 centred at z=4; feet 1.5 thick from x=+-5.5 to +-13.5; extruded 10; d3.4 holes at x=+-9.5. Extents 9.5 x 10 x 27, genus 2 (the U is open underneath).", expect_genus=2)

    # c939 enclosure + lid beside it
    base = box(80, 60, 30) - box(76, 56, 28, z0=2)
    lid = box(80, 60, 2) + (box(75.6, 55.6, 3, z0=2) - box(72.6, 52.6, 3, z0=2))
    asm = Compound([base, Pos(90, 0, 0) * lid])
    add("c939", 6, "Enclosure w/ separate lid. Box: 80x60x30 outside, 2 mm walls and floor, open top. Lid: 80x60 plate 2 thick with a locating lip on its underside that fits inside the box - lip is 1.5 thick wall, 3 tall, 75.6 x 55.6 outside (0.2 gap all round). Lay the lid next to the box for printing, lip pointing up, 10 mm gap between them along the 80 mm direction.",
        asm, "open box + separate lid with lip, laid side by side",
        "Assembly of 2 solids: box 80x60x30 minus 76x56x28 cavity; lid 80x60x2 + rectangular ring 75.6x55.6 outside, 72.6x52.6 inside, 3 tall on top; lid translated 90 in x (10 gap). Extents 170 x 60 x 30; volume = sum; genus omitted (assembly).",
        assembly=True)

    # c940 project box closed with lid on top
    base = box(120, 80, 42) - box(114, 74, 39, z0=3)
    for x in (-52, 52):
        for y in (-32, 32):
            base = base + box(10, 10, 39, x, y, 3) - cyl(2.5, 10, x, y, 32)
    lid = box(120, 80, 3, z0=42)
    for x in (-52, 52):
        for y in (-32, 32):
            lid = lid - cyl(3.4, 3, x, y, 42)
    asm = Compound([base, lid])
    add("c940", 6, "project box, closed size 120 x 80 x 45 (base 42 high + flat 3 mm lid sitting on top of it, closed position). Base walls and floor 3 thick. 10x10 square posts in the 4 inside corners, full height, each with an M3 pilot hole 2.5 x 10 deep from the top. Lid has 4 x 3.4 holes lined up with the posts (8 mm in from the outside edges).",
        asm, "project box with corner posts and screw-on lid, closed",
        "Assembly: base 120x80x42 with 114x74x39 cavity, 10x10 corner posts at (+-52,+-32) filling the corners, 2.5 x 10 deep holes; lid 120x80x3 on z=42..45 with 3.4 holes at (+-52,+-32) (8 from edges). Extents 45 x 80 x 120; volume = sum; no genus (assembly).",
        assembly=True)

    # c941 spring 1
    def spring(d, D, pitch, n):
        h = Helix(pitch=pitch, height=pitch * n, radius=D / 2)
        prof = Plane(origin=h @ 0, z_dir=h % 0) * Circle(d / 2)
        return sweep(prof, h, is_frenet=True)
    p = spring(1.5, 12, 4, 8)
    add("c941", 6, "Compression spring: wire 1.5, mean diameter 12, pitch 4, 8 turns. Plain open ends is fine, just sweep a circle along a helix.",
        p, "helical compression spring",
        "Circle d1.5 swept along helix r6, pitch 4, height 32 (8 turns); volume = pi*0.75^2*8*sqrt((12pi)^2+16) ~ 535.95. Extents from the model (end circles are tilted). Genus 0 (an open coil).", expect_genus=0)

    # c942 spring 2
    p = spring(2, 18, 3.8, 10)
    add("c942", 6, "I need a spring model for an assembly: 2mm wire, 20 OD (so 18 mean), 10 coils at 3.8 pitch, ends not closed or ground.",
        p, "compression spring",
        "OD 20 - wire 2 = mean dia 18; helix r9 pitch 3.8 x 10 turns, circle d2 swept. Volume = pi*1*10*sqrt((18pi)^2+3.8^2).", expect_genus=0)

    # c943 shaft with keyway DIN 6885 8x7 + end chamfers
    sh = xcyl(25, 150)
    sh = chamfer(sh.edges(), 1)
    kw = Pos(5 + 20, 0, 12.5 - 4) * extrude(SlotCenterToCenter(32, 8), 10)
    p = sh - kw
    add("c943", 6, "Shaft Ø25 x 150 lg, 1x45 chamfer both ends. Keyway for DIN 6885 A 8x7 key, 40 long (rounded ends), starts 5mm from one end. Keyway depth in shaft 4.0.",
        p, "shaft with closed keyway and end chamfers",
        "Cylinder d25 L150, 1 mm chamfers on both ends; obround keyway 8 wide, 40 long (32 c-c) from x=5 to 45, bottom 4 below the top of the shaft (t1 = 4.0 for 8x7). Genus 0.", expect_genus=0)

    # c944 D-shaft
    p = xcyl(8, 60) - box(25, 10, 2, cx=12.5, z0=3.5)
    add("c944", 6, "8mm shaft, 60 long, with a D flat 0.5 deep on one side running 25 mm in from one end (like a stepper motor shaft).",
        p, "D-flat shaft",
        "Cylinder d8 L60; flat removed where z > 3.5 (0.5 deep) over x = 0..25. Genus 0.", expect_genus=0)

    # c945 shaft collar with tapped radial M6
    p = cyl(36, 14) - cyl(20, 14) - xcyl(5.0, 20, 0, 0, 7)
    add("c945", 6, "shaft colar ID 20, OD 36, 14 wide, with one radial M6 set screw hole through one side at mid-width (tap drill 5.0)",
        p, "shaft collar with set-screw hole",
        "Ring OD36 ID20 x 14; radial 5.0 hole from bore to OD on one side at mid-width. Genus 2.", expect_genus=2)

    # c946 pipe clamp half
    p = box(70, 20, 20) - ycyl(32, 20, -10, 0, 20)
    for x in (-26, 26):
        p = p - cyl(6.6, 20, x, 0)
    add("c946", 6, "One half of a split pipe clamp for 32mm pipe. Block 70 long, 20 wide (along the pipe), 20 high. The pipe seat is a half-round 32 dia cut into the top face, centred, axis on the top face. Two M6 bolt holes 6.6 vertical through the block, 52 mm apart.",
        p, "pipe clamp half block",
        "Box 70x20x20; half cylinder d32 removed with axis along y on the top face centre (leaves 4 mm under); 6.6 through holes at x=+-26. Genus 2.", expect_genus=2)

    # c947 spacer M4 close fit
    p = cyl(8, 10) - cyl(4.3, 10)
    add("c947", 6, "spacer for M4, 10 long, 8 OD, close fit on the bolt",
        p, "M4 spacer",
        "ISO 273 fine (close) clearance for M4 = 4.3 bore; tube OD 8 L10. Genus 1.", expect_genus=1)

    # c948 spacer M5 normal fit
    p = cyl(10, 6) - cyl(5.5, 6)
    add("c948", 6, "Spacer, M5 normal clearance, OD 10, 6mm long x4 (just model one)",
        p, "M5 spacer",
        "ISO 273 medium (normal) fit for M5 = 5.5 bore; OD 10 x 6. One part. Genus 1.", expect_genus=1)

    # c949 L bracket sizes missing
    add("c949", 6, "make an L bracket with two holes for M5, one in each leg, 3 mm thick",
        box(40, 20, 3, cx=20) + box(3, 20, 40, cx=1.5) - cyl(5.5, 3, 25) - xcyl(5.5, 3, 0, 0, 25),
        "L bracket, leg sizes not given",
        "Leg lengths and width not given, so extents and volume omitted; only genus 2 (one through hole per leg) is determined.",
        keys=("genus",), expect_genus=2)

    # c950 shaft collar sizes missing
    add("c950", 6, "shaft collar for a 12mm shaft with a set screw",
        cyl(22, 10) - cyl(12, 10) - xcyl(3.3, 20, 0, 0, 5),
        "collar, OD / width / screw not given",
        "OD, width and screw size not given, so extents and volume omitted; genus 2 (bore + radial set-screw hole).",
        keys=("genus",), expect_genus=2)

# ------------------------------------------------------------------ item 7
IMP = [
 ("c951", "plate 40x40x5 with 4 holes dia 10 in the corners, hole centres 3 mm from each edge",
  "corner holes on a plate", "A 10 mm hole (r 5) centred 3 mm from the edge would break out through the edge by 2 mm: not a hole in the plate."),
 ("c952", "Hi, I'd like a 60 x 30 x 6 plate with two 12 mm through holes on the centreline, centres 8 mm apart, both holes must be separate round holes.",
  "two separate holes", "Centre distance 8 < hole diameter 12, so the two holes overlap and cannot stay separate."),
 ("c953", "bushing, OD 20, bore 25, 15 long",
  "bushing", "Bore 25 is larger than the 20 OD: no wall is left."),
 ("c954", "Block 30 x 30 x 10 with a blind rectangular pocket 20 x 20 in the top, 12 deep. It must NOT break through the bottom.",
  "blind pocket", "A 12 deep pocket in a 10 thick block cannot stay blind: it is deeper than the part."),
 ("c955", "6mm thick plate 80 x 50, fillet ALL edges 4 mm (top and bottom)",
  "plate with all edges rounded", "Top and bottom fillets of R4 need 8 mm of thickness, the plate is only 6: the fillets would overlap."),
 ("c956", "Can you add counterbored holes to a 10 thick plate 50x50: hole 10 dia through, counterbore 8 dia x 4 deep, one in the middle.",
  "counterbored hole", "A counterbore (8) smaller than its through hole (10) is no counterbore: the hole already removes it."),
 ("c957", "shelled box 40 wide 60 long 30 tall, open top, walls 22 mm thick, floor 5",
  "open box with thick walls", "Two 22 mm walls across a 40 mm width need 44 mm: the walls are thicker than half the width and leave no cavity."),
 ("c958", "10 mm shaft, 50 long, with a keyway 3 wide and 6 deep along the full length",
  "shaft keyway", "A 6 mm deep keyway in a 10 mm shaft (radius 5) cuts past the axis, deeper than the radius; the section would not be a keyed shaft."),
 ("c959", "plate 40x40x8, one 8 mm hole through the centre, countersunk 90 deg to 6 mm diameter at the top",
  "countersunk hole", "A countersink diameter (6) smaller than the hole (8) does not exist: the countersink must be larger than the hole."),
 ("c960", "20mm thick plate 100 x 100, blind hole 12 dia 30 deep in the middle. blind, not through!",
  "blind hole", "30 deep in a 20 thick plate cannot be blind: it would exit the bottom."),
 ("c961", "Tube OD 20, wall thickness 12, length 40",
  "tube", "Wall 12 on each side needs 24 > OD 20: no bore left (ID would be -4)."),
 ("c962", "Flat bar 200 x 10 x 5. I want a slot 12 wide running along the length, 150 long, through, and it has to stay inside the bar (closed all round).",
  "closed slot in a bar", "A 12 wide slot cannot stay inside a 10 wide bar."),
 ("c963", "M6 female/female hex standoff, 5 mm across flats, 25 long, tapped through (5.0 drill)",
  "hex standoff", "The M6 tap drill 5.0 equals the 5 AF hex: zero wall at the flats, the hole breaks out; no valid standoff."),
 ("c964", "flange disc OD 40 x 8, six 12 mm bolt holes equally spaced on a 20 mm PCD, no centre hole",
  "flange with bolt circle", "6 holes on a 20 PCD are 10 mm apart (chord 2*10*sin30), less than their 12 diameter: the holes overlap each other."),
 ("c965", "compression spring, 2 mm wire, 16 mean dia, pitch 1.5, 10 turns",
  "spring", "Pitch 1.5 is smaller than the 2 mm wire, so adjacent coils intersect: not a valid solid spring."),
 ("c966", "L bracket 3 mm thick, legs 30 and 30, only 6 mm wide, with an 8mm hole in each leg centred on the width",
  "narrow L bracket", "An 8 mm hole in a 6 mm wide leg breaks through both side edges."),
 ("c967", "plate 60x40x8 with 2x counterbore for M5: 5.5 thru, c'bore 9.5 dia, 10 deep",
  "counterbored plate", "A 10 mm deep counterbore in an 8 mm plate goes through the whole plate: no seat for the screw head."),
 ("c968", "knob 20mm diameter 12 tall with a hex nut trap 25 across flats in the bottom",
  "knob with nut trap", "A 25 AF hex pocket does not fit inside a 20 mm diameter knob."),
 ("c969", "Plate 70 x 70 x 5, chamfer the top edges 6 mm",
  "chamfered plate", "A 6 mm chamfer on a 5 mm thick plate is larger than the thickness."),
 ("c970", "v pulley OD 40, bore 20, groove 12 deep, 10 wide",
  "V pulley", "Groove bottom at radius 20-12 = 8 is inside the 10 mm bore radius: the groove cuts into the bore."),
]

def item7():
    for id_, pr, intent, why in IMP:
        add(id_, 7, pr, None, intent + " (impossible)", why, impossible=True)

    # borderline possible ones
    p = box(50, 30, 4) - cyl(6, 4, 0, 15 - 4)
    add("c971", 7, "Plate 50x30x4 with a single 6mm hole in the middle of its length, close to one long side: leave just 1 mm of material between the hole and that edge.",
        p, "hole 1 mm from an edge (possible)",
        "Hole edge 1 mm from the long side -> centre 4 mm from that edge (y = 11 from centre), x = 0. Thin but valid. Genus 1.", expect_genus=1)
    p = box(40, 30, 20) - box(38.4, 28.4, 19, z0=1)
    add("c972", 7, "tiny open-top box for a print test, 40 x 30 x 20 outside, walls only 0.8 thick, 1mm floor",
        p, "thin-wall open box (possible)",
        "Outer 40x30x20 minus cavity 38.4x28.4x19 from z=1. 0.8 walls are thin but valid. Genus 0.", expect_genus=0)
    p = cyl(10, 30) - cyl(9, 30)
    add("c973", 7, "tube 10 OD, 9 ID, 30 long. yes I know 0.5 wall is thin, do it anyway",
        p, "very thin tube (possible)", "Tube OD 10 / ID 9, L30; 0.5 wall is valid. Genus 1.", expect_genus=1)
    p = box(40, 20, 3) - cyl(8, 3, -4.25, 0) - cyl(8, 3, 4.25, 0)
    add("c974", 7, "strip 40 x 20 x 3, two 8 mm holes side by side on the centre, 8.5 between centres (0.5 mm web, I know)",
        p, "two holes with a 0.5 mm web (possible)",
        "Holes d8 at x = +-4.25, y = 0: web 0.5 mm, separate holes. Genus 2.", expect_genus=2)
    p = box(40, 20, 5)
    p = fillet(p.edges().filter_by(Axis.Z), 9.5)
    add("c975", 7, "block 40 x 20 x 5, round the 4 vertical corners R9.5, almost a full round on the short ends but not quite",
        p, "near full-round ends (possible)",
        "Box 40x20x5 with R9.5 on the 4 vertical edges: 2*9.5 = 19 < 20 leaves a 1 mm flat on each short end, valid. Genus 0.", expect_genus=0)

if __name__ == "__main__":
    item5(); item6(); item7()
    ids = [r["id"] for r in ROWS]
    assert ids == [f"c{i}" for i in range(901, 976)], ids
    with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "coverage7b_prompts.jsonl"), "w") as f:
        for r in ROWS:
            f.write(json.dumps(r) + "\n")
    from collections import Counter
    print(Counter(r["item"] for r in ROWS), sum(r["impossible"] for r in ROWS), "impossible")

# ruff: noqa
"""Generator for coverage_c-parts: new variants (other words, other values) of the classes of
coverage7b items 5-7 and the feature failures of coverage7a: countersunk / counterbored holes
given as 'N off ... for Mx', blind holes, negations ('solid', 'no lid', 'no bore'), holes at the
ends / along a bar through its wide face, uncommon parts (angle brackets, bushes, standoffs,
spacers for a bolt, collars, springs, knobs), and impossible requests. Every reference is
modelled in build123d; keys are restricted where a size is left to a standard or a default."""
import json, math, os
from build123d import *

MIN = (Align.CENTER, Align.CENTER, Align.MIN)


def box(x, y, z, cx=0, cy=0, z0=0):
    return Pos(cx, cy, z0) * Box(x, y, z, align=MIN)


def cyl(d, h, cx=0, cy=0, z0=0):
    return Pos(cx, cy, z0) * Cylinder(d / 2, h, align=MIN)


def cone(d0, d1, h, cx=0, cy=0, z0=0):
    return Pos(cx, cy, z0) * Cone(d0 / 2, d1 / 2, h, align=MIN)


def xcyl(d, h, cx=0, cy=0, cz=0):
    """Cylinder along +x starting at cx."""
    return Pos(cx, cy, cz) * Rot(0, 90, 0) * Cylinder(d / 2, h, align=MIN)


def csk(p, d, D, T, cx, cy):
    k = (D - d) / 2
    return p - cyl(d, T, cx, cy) - cone(d, D, k, cx, cy, T - k)


def cbore(p, d, D, depth, T, cx, cy):
    return p - cyl(d, T, cx, cy) - cyl(D, depth, cx, cy, T - depth)


def slot(c2c, w, h, cx=0, cy=0, z0=0):
    return Pos(cx, cy, z0) * extrude(SlotCenterToCenter(c2c, w), h)


def hexprism(af, h):
    return extrude(RegularPolygon(af / math.sqrt(3), 6), h)


def genus(p):
    V = len(p.vertices()); E = len(p.edges()); F = len(p.faces())
    W = sum(len(f.wires()) for f in p.faces())
    g = 1 - (V - E + F - (W - F)) / 2
    return int(round(g))


ROWS = []


def add(id_, item, prompt, part, intent, why, keys=("extents", "volume", "genus"), impossible=False, g=None):
    exp = {}
    if impossible:
        assert part is None
    else:
        assert len(part.solids()) == 1 and part.is_valid, id_
        bb = part.bounding_box().size
        if "extents" in keys:
            exp["extents"] = sorted(round(v, 2) for v in (bb.X, bb.Y, bb.Z))
        if "volume" in keys:
            v = part.volume
            exp["volume"] = round(v, 1) if v >= 1000 else float(f"{v:.5g}")
        if "genus" in keys:
            got = genus(part)
            if g is not None:
                assert got == g, (id_, got, g)
            exp["genus"] = got
    ROWS.append({"id": id_, "item": item, "prompt": prompt, "expect": exp, "intent": intent, "why": why,
                 "out_of_scope": False, "impossible": impossible})


def item5():
    p = box(150, 90, 5)
    for x in (-65, 65):
        for y in (-35, 35):
            p = csk(p, 4.5, 9.0, 5, x, y)
    add("p01", 5, "Panel 150 by 90, 5 thick, in aluminium. Four off countersunk holes for M4 screws near the corners, 10 mm in from each edge: 4.5 clearance, 90° countersink 9 dia at the top.",
        p, "panel with 4 countersunk M4 holes", "Box 150x90x5; 4x (4.5 thru + 90 deg csk to 9.0) at (+-65,+-35). Genus 4.", g=4)
    p = box(90, 60, 10)
    for x in (-33, 33):
        for y in (-18, 18):
            p = cbore(p, 6.6, 11, 6.5, 10, x, y)
    add("p02", 5, "base 90x60x10 mm, 4 off counterbored holes for M6 cap screws, 12 from the edges. 6.6 thru, c/bore 11 dia 6.5 deep",
        p, "base with 4 counterbored M6 holes", "Box 90x60x10; 4x (6.6 thru + 11 x 6.5 deep cbore) at (+-33,+-18). Genus 4.", g=4)
    p = box(50, 50, 30) - cyl(12, 20, z0=10)
    add("p03", 5, "block 50 x 50 x 30 with a 12 dia blind hole 20 deep in the middle of the top face, not through",
        p, "block with a blind hole", "Box 50x50x30 minus 12 x 20 deep flat-bottom hole from the top centre. Genus 0.", g=0)
    p = cyl(40, 4)
    add("p04", 5, "round disc 40 dia, 4 thick, solid - no centre hole please",
        p, "solid disc", "Cylinder d40 x 4, no hole (negation). Genus 0.", g=0)
    p = box(120, 80, 50) - box(114, 74, 46, z0=4)
    add("p05", 5, "open top box 120 long, 80 wide, 50 tall outside, walls 3 mm, base 4 mm, no lid",
        p, "open box", "Outer 120x80x50 minus cavity 114x74x46 from z=4. Genus 0.", g=0)
    p = box(200, 40, 12) - cyl(10.5, 12, -75, 0) - cyl(10.5, 12, 75, 0)
    add("p06", 5, "steel bar 200 x 40 x 12 with a 10.5 mm hole at each end, 25 mm in from the end",
        p, "bar with a hole near each end", "Box 200x40x12; 10.5 through holes on the centreline 25 from each end (x = +-75), through the 200x40 face. Genus 2.", g=2)
    p = box(300, 50, 8)
    for i in range(5):
        p = p - cyl(9, 8, -120 + 60 * i, 0)
    add("p07", 5, "five 9 mm holes, equally spaced at 60 mm, along a flat bar 300 long (50 x 8 section)",
        p, "flat bar with 5 holes along it", "Box 300x50x8; 5x 9 through holes at 60 pitch on the centreline, through the 50 wide face (axis along the 8 mm). Genus 5.", g=5)
    p = box(120, 60, 20) - box(70, 30, 8, z0=12)
    add("p08", 5, "120x60x20 block with a rectangular pocket 70 by 30, 8 deep, centred on the top face",
        p, "block with a pocket", "Box 120x60x20 minus 70x30x8 pocket from the top centre. Genus 0.", g=0)
    p = cyl(50, 60)
    p = chamfer(p.edges(), 1)
    add("p09", 5, "round bar 50 dia, 60 long, 1 mm x 45 chamfer on both ends",
        p, "bar with chamfered ends", "Cylinder d50 L60 with 1 mm chamfers on both circular edges. Genus 0.", g=0)
    p = box(100, 100, 10)
    p = fillet(p.edges().filter_by(Axis.Z), 8)
    for x in (-40, 40):
        for y in (-40, 40):
            p = p - cyl(9, 10, x, y)
    add("p10", 5, "plate 100x100x10, round the corners R8 (vertical edges only), 4 holes dia 9 on an 80 mm square",
        p, "plate with rounded corners and 4 holes", "Box 100x100x10, R8 on the 4 vertical edges, 4x 9 thru at (+-40,+-40). Genus 4.", g=4)
    p = cyl(100, 12)
    for i in range(4):
        a = math.radians(45 + 90 * i)
        p = p - cyl(11, 12, 37.5 * math.cos(a), 37.5 * math.sin(a))
    add("p11", 5, "blind flange 100 OD, 12 thick, 4 bolt holes 11 dia on a 75 PCD, no centre bore",
        p, "blind flange", "Disc d100 x 12, 4x 11 holes on 75 PCD, no bore. Genus 4.", g=4)
    p = box(80, 40, 6) - cyl(4.2, 6, -25, 0) - cyl(4.2, 6, 25, 0)
    add("p12", 5, "bracket plate 80 x 40 x 6 with two M5 tapped holes 50 apart on the centreline (tap drill size is fine)",
        p, "plate with 2 tapped M5 holes", "Box 80x40x6; M5 tap drill 4.2 through at x = +-25. Genus 2.", keys=("extents", "genus"), g=2)
    p = box(70, 40, 25) - slot(30, 10, 25)
    add("p13", 5, "Block 70 x 40 x 25 with a through slot in the centre, 10 wide and 40 long overall, running the long way",
        p, "block with a through slot", "Box 70x40x25 minus obround 10 wide, 40 overall (30 c-c), through. Genus 1.", g=1)
    p = cyl(40, 30) - cyl(36, 27, z0=3)
    add("p14", 5, "cup 40 OD, 30 tall, 2 mm wall, closed bottom 3 mm thick, open top with no lid",
        p, "cup", "Cylinder d40 x 30 minus d36 x 27 from z=3. Genus 0.", g=0)
    p = box(60, 60, 6)
    p = chamfer(p.edges(), 1)
    add("p15", 5, "square plate 60 x 60 x 6, break every edge with a 1 mm chamfer, no holes",
        p, "plate with all edges chamfered", "Box 60x60x6, 1 mm chamfer on all 12 edges. Genus 0.", g=0)


def item6():
    p = box(50, 30, 5, cx=25) + box(5, 30, 40, cx=2.5)
    p = p - cyl(6.5, 5, 30) - xcyl(6.5, 5, 0, 0, 25)
    add("p16", 6, "angle bracket, legs 50 and 40 long (outside), 30 wide, 5 thick, one 6.5 hole in each leg",
        p, "L bracket with a hole per leg", "Union of 50x30x5 and 5x30x40 at the outside corner, one 6.5 hole per leg. Genus 2.", g=2)
    p = box(35, 20, 4, cx=17.5) + box(4, 20, 35, cx=2)
    add("p17", 6, "L bracket 4 mm thick, both legs 35, 20 wide, no holes",
        p, "plain L bracket", "Union of 35x20x4 and 4x20x35. Genus 0.", g=0)
    p = cyl(16, 20) - cyl(12, 20)
    add("p18", 6, "bronze bush, 12 bore, 16 outside, 20 long",
        p, "plain bush", "Tube OD 16 ID 12 L 20. Genus 1.", g=1)
    p = cyl(14, 18) + cyl(22, 3) - cyl(10, 18)
    add("p19", 6, "flanged bushing: bore 10, body 14 dia, flange 22 dia x 3 thick, 18 long overall",
        p, "flanged bushing", "Body d14 x 18 + flange d22 x 3, bore 10 through. Genus 1.", g=1)
    p = hexprism(8, 20) - cyl(4.5, 20)
    add("p20", 6, "hex standoff 8 mm across flats, 20 long, with a 4.5 clearance hole through",
        p, "hex standoff", "Hex prism 8 A/F x 20 minus 4.5 through hole. Genus 1.", g=1)
    p = cyl(12, 15) - cyl(6.4, 15)
    add("p21", 6, "spacer for an M6 bolt, 15 long",
        p, "spacer for M6", "Bore and OD left to a default (clearance ~6.4-6.6, OD ~2x); only genus 1 is determined.", keys=("genus",), g=1)
    p = cyl(40, 12) - cyl(25, 12) - xcyl(6.8, 20, 0, 0, 6)
    add("p22", 6, "shaft collar, 25 bore, 40 OD, 12 wide",
        p, "shaft collar", "Ring OD 40 ID 25 x 12 with one radial set-screw hole (a collar's standard fixing, size assumed): "
        "genus 2. (Reference corrected after the first score: a plain ring was the writer's slip, not the request.)",
        keys=("extents", "genus"), g=2)
    p = cyl(15, 30) - cyl(12, 30)
    add("p23", 6, "compression spring, 1.5 mm wire, 15 OD, 30 free length, 8 coils",
        p, "compression spring", "Helix of 1.5 wire, OD 15, free length 30: extents 15x15x30.", keys=("extents",))
    p = cyl(30, 15) - cyl(6, 10)
    add("p24", 6, "control knob 30 dia, 15 high, with a 6 mm bore 10 deep in the bottom for the shaft",
        p, "knob", "Cylinder d30 x 15 with a 6 x 10 deep blind bore from below. Knurl or D-flat not asked. Genus 0.", keys=("extents", "genus"), g=0)
    p = xcyl(20, 120) - box(30, 30, 2, cx=15, z0=8)
    add("p25", 6, "shaft 20 dia, 120 long with a 2 mm deep flat, 30 long, at one end",
        p, "shaft with a flat", "Cylinder d20 L120 minus a flat 2 deep over 30 from one end. Genus 0.", keys=("extents", "genus"), g=0)
    p = cyl(18, 25) - cyl(8.4, 25)
    add("p26", 6, "round spacer for M8, 25 long, 18 OD",
        p, "spacer for M8", "Tube OD 18, bore M8 clearance (8.4 medium), L 25. Genus 1.", keys=("extents", "genus"), g=1)
    p = cyl(25, 10) - cyl(12, 10)
    add("p27", 6, "sleeve 25 outside dia, 12 inside dia, 10 long, plain, no flange",
        p, "plain sleeve", "Tube OD 25 ID 12 L 10. Genus 1.", g=1)
    p = box(60, 20, 4, cx=30) + box(4, 20, 30, cx=2)
    add("p28", 6, "corner bracket 20 wide and 4 thick; horizontal leg 60, upright leg 30",
        p, "L bracket, unequal legs", "Union of 60x20x4 and 4x20x30. Genus 0.", g=0)


def item7():
    imp = lambda id_, prompt, intent, why: add(id_, 7, prompt, None, intent, why, impossible=True)
    imp("p29", "plate 30 x 30 x 3 with four 10 mm holes in the corners, hole centres 4 mm from the edges",
        "corner holes breaking out", "r5 centred 4 from the edge breaks out by 1 mm.")
    imp("p30", "washer, 10 OD, 12 hole, 1.5 thick", "washer hole larger than OD", "Hole 12 > OD 10.")
    imp("p31", "plate 80 x 40 x 5 with two 15 mm holes on the centreline 10 mm apart, kept as two separate holes",
        "overlapping holes", "Centre distance 10 < 15 diameter: the holes overlap.")
    imp("p32", "block 20 x 20 x 10, fillet the vertical edges R12", "fillet too big", "2 x R12 = 24 > 20 side.")
    imp("p33", "disc 40 dia 5 thick, 6 holes 12 dia equally spaced on a 30 PCD", "holes past the rim",
        "Hole reaches r = 15 + 6 = 21 > 20: breaks out through the rim by 1 mm.")
    imp("p34", "tube 30 OD, 34 ID, 50 long", "ID larger than OD", "Bore 34 > OD 30: no wall.")
    p = cyl(20, 50) - cyl(18, 50)
    add("p35", 7, "tube OD 20 ID 18, 50 long (1 mm wall is fine)", p, "thin tube (possible)", "Tube OD 20 ID 18 L 50. Genus 1.", g=1)
    p = box(60, 20, 4) - cyl(18, 4)
    add("p36", 7, "plate 60 x 20 x 4 with an 18 mm hole in the middle", p, "big hole, 1 mm left (possible)", "Box 60x20x4 minus 18 hole at centre: 1 mm each side. Genus 1.", g=1)
    p = box(100, 20, 10) - cyl(8, 10, -45, 0) - cyl(8, 10, 45, 0)
    add("p37", 7, "bar 100 x 20 x 10, two 8 mm holes 5 mm in from each end", p, "holes near the ends (possible)", "8 holes centred 5 from the ends (x = +-45): 1 mm of material left. Genus 2.", g=2)
    imp("p38", "L bracket 5 thick, legs 4 long, 20 wide", "legs shorter than the thickness", "Leg 4 < thickness 5.")
    imp("p39", "square plate 50 x 50 x 6 with a 40 x 40 pocket 10 deep", "pocket deeper than the plate", "Pocket 10 deep in a 6 thick plate.")
    p = box(40, 30, 20) - box(37, 27, 18.5, z0=1.5)
    add("p40", 7, "small open box 40x30x20, walls 1.5, floor 1.5", p, "thin-wall box (possible)", "Outer 40x30x20 minus 37x27x18.5 from z=1.5. Genus 0.", g=0)


if __name__ == "__main__":
    item5(); item6(); item7()
    with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "coverage_c-parts_prompts.jsonl"), "w") as f:
        for r in ROWS:
            f.write(json.dumps(r) + "\n")
    print(len(ROWS), "rows")

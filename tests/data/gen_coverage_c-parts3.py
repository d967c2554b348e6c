# ruff: noqa
"""Generator for coverage_c-parts3: new variants (other words, other values, other order) of the
classes coverage8b items 5-7 misread, written before the c-parts3 changes: edges of one face only
("the edges around the top face"), csk / c'bore abbreviations before a counted "holes", a keyway in a
hub's bore "for a N mm shaft", a knob's blind shaft hole with its own depth, a bolt spacer's fit word,
a GT2 pulley's overall length, flanged bushings with bolt holes in the flange, and fillets bigger
than the part can carry (refused with the reason). Every reference is modelled in build123d; keys are
restricted where a shape is left to the family (knurl, tooth form)."""
import json, math, os
from build123d import *

MIN = (Align.CENTER, Align.CENTER, Align.MIN)


def box(x, y, z, cx=0, cy=0, z0=0):
    return Pos(cx, cy, z0) * Box(x, y, z, align=MIN)


def cyl(d, h, cx=0, cy=0, z0=0):
    return Pos(cx, cy, z0) * Cylinder(d / 2, h, align=MIN)


def cone(d0, d1, h, cx=0, cy=0, z0=0):
    return Pos(cx, cy, z0) * Cone(d0 / 2, d1 / 2, h, align=MIN)


def csk(p, d, D, T, cx, cy):
    k = (D - d) / 2
    return p - cyl(d, T, cx, cy) - cone(d, D, k, cx, cy, T - k)


def cbore(p, d, D, depth, T, cx, cy):
    return p - cyl(d, T, cx, cy) - cyl(D, depth, cx, cy, T - depth)


def genus(p):
    V = len(p.vertices()); E = len(p.edges()); F = len(p.faces())
    W = sum(len(f.wires()) for f in p.faces())
    return int(round(1 - (V - E + F - (W - F)) / 2))


ROWS = []


def add(id_, item, prompt, part, intent, why, keys=("extents", "volume", "genus"), impossible=False, g=None):
    exp = {}
    if not impossible:
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


def imp(id_, prompt, intent, why):
    add(id_, 7, prompt, None, intent, why, impossible=True)


def top_fillet(x, y, z, r):
    p = box(x, y, z)
    return fillet(p.edges().group_by(Axis.Z)[-1], r)


def top_chamfer(x, y, z, c):
    p = box(x, y, z)
    return chamfer(p.edges().group_by(Axis.Z)[-1], c)


def keyed_hub(D, T, bore, b, t2):
    p = cyl(D, T) - cyl(bore, T)
    return p - box(b, bore / 2 + t2, T, cy=(bore / 2 + t2) / 2)


def flanged_bush(bore, od, length, fd, ft, n, hd, pcd):
    p = cyl(od, length) + cyl(fd, ft)
    p = p - cyl(bore, length)
    for i in range(n):
        a = 2 * math.pi * i / n
        p = p - cyl(hd, ft, pcd / 2 * math.cos(a), pcd / 2 * math.sin(a))
    return p


def item5():
    # one face's edges only
    add("q01", 5, "Block 60 x 40 x 20, round only the top perimeter edges with R3, leave the sides and the bottom sharp",
        top_fillet(60, 40, 20, 3), "block with its top edges rounded", "60x40x20; the 4 edges of the top face r3", g=0)
    add("q02", 5, "100 x 50 x 30 block; put a 5 mm fillet on the edges of the top face only",
        top_fillet(100, 50, 30, 5), "block with its top face edges filleted", "100x50x30; top face's 4 edges r5", g=0)
    add("q03", 5, "plate 80x60x10 with a 2 mm chamfer around the top face, the bottom edges stay square",
        top_chamfer(80, 60, 10, 2), "plate with top edges chamfered", "80x60x10; the 4 edges of the top face chamfered 2", g=0)
    add("q04", 5, "a 40 x 40 x 25 block. Fillet the edges around the upper face R4; the four vertical edges are not rounded",
        top_fillet(40, 40, 25, 4), "block with top edges filleted", "40x40x25; 4 top edges r4, vertical edges sharp", g=0)
    # csk / c'bore abbreviations counted
    p = box(120, 25, 8)
    for x in (-40, 0, 40):
        p = cbore(p, 5.5, 10, 5.5, 8, x, 0)
    add("q05", 5, "flat bar 120 x 25 x 8 with 3 cbore holes for M5 on the centreline at 40 pitch: 5.5 thru, c'bore 10 dia x 5.5 deep",
        p, "bar with 3 counterbored holes", "120x25x8; 3x (5.5 thru + 10 x 5.5 cbore) at x=-40,0,40", g=3)
    p = box(100, 60, 5)
    for x in (-40, 40):
        for y in (-20, 20):
            p = csk(p, 3.4, 6.5, 5, x, y)
    add("q06", 5, "plate 100x60x5, 4 csk holes 10 from each edge, 3.4 thru, countersunk to 6.5 at 90°",
        p, "plate with 4 countersunk holes", "100x60x5; 4x (3.4 thru + 90 deg csk to 6.5) at (+-40,+-20)", g=4)
    p = box(90, 20, 4)
    for x in (-35, 35):
        p = csk(p, 4.5, 9, 4, x, 0)
    add("q07", 5, "strip 90 x 20 x 4 with two csk holes, 4.5 dia with a 9 dia x 90° countersink, 70 apart on the centre line",
        p, "strip with 2 countersunk holes", "90x20x4; 2x (4.5 thru + csk 9) at x=+-35", g=2)
    # keyed hub for a shaft
    add("q08", 5, "keyed hub: 60 dia disc, 15 thick, 14 mm bore with a DIN 6885 keyway for a 14 shaft",
        keyed_hub(60, 15, 14, 5, 2.3), "hub disc with keyed bore", "disc d60 x 15; bore 14; DIN 6885 12-17: b 5, t2 2.3 -> slot to 9.3 from centre", g=1)
    add("q09", 5, "round boss 45 OD x 20 long, bore 22 with a key slot to DIN 6885 to suit a 22mm shaft, through",
        keyed_hub(45, 20, 22, 6, 2.8), "boss with keyed bore", "d45 x 20; bore 22; DIN 6885 17-22: b 6, t2 2.8", g=1)
    add("q10", 5, "disc 80 OD x 18 thick, centre bore 25 with keyway (DIN 6885) so it keys onto the 25 mm shaft",
        keyed_hub(80, 18, 25, 8, 3.3), "disc with keyed bore", "d80 x 18; bore 25; DIN 6885 22-30: b 8, t2 3.3", g=1)


def item6():
    # knob with a blind shaft hole
    add("q11", 6, "round knob 40 dia x 20 tall with an 8 mm blind hole 12 deep from underneath",
        cyl(40, 20) - cyl(8, 12), "knob with blind hole", "knob d40 x 20; blind hole d8 x 12 -> genus 0; grip shape the family's",
        keys=("extents", "genus"), g=0)
    add("q12", 6, "control knob, 25 diameter, 18 high, 6 mm shaft hole 12 mm deep, not through",
        cyl(25, 18) - cyl(6, 12), "knob with blind shaft hole", "d25 x 18, hole d6 x 12 blind -> genus 0", keys=("extents", "genus"), g=0)
    add("q13", 6, "a knurled grip knob Ø35, height 16, blind bore 5 x 10 deep in the base",
        cyl(35, 16) - cyl(5, 10), "knurled knob with blind bore", "d35 x 16, bore d5 x 10 blind -> genus 0", keys=("extents", "genus"), g=0)
    add("q14", 6, "knob 30 dia 15 tall with a 6 mm hole right through",
        cyl(30, 15) - cyl(6, 15), "knob with through hole", "d30 x 15, hole d6 through -> genus 1", keys=("extents", "genus"), g=1)
    # spacer fit
    add("q15", 6, "spacer for an M5 screw, 12 long, 9 OD, fine fit",
        cyl(9, 12) - cyl(5.3, 12), "M5 spacer, fine clearance", "d9 x 12, ISO 273 fine M5 = 5.3", g=1)
    add("q16", 6, "M8 bolt spacer, 20 mm long, 14 outer dia, coarse clearance",
        cyl(14, 20) - cyl(10.0, 20), "M8 spacer, coarse clearance", "d14 x 20, ISO 273 coarse M8 = 10.0", g=1)
    add("q17", 6, "I need a spacer for M4 bolts, 10 long and 8 across, with a close clearance hole",
        cyl(8, 10) - cyl(4.3, 10), "M4 spacer, close clearance", "d8 x 10, ISO 273 fine M4 = 4.3", g=1)
    add("q18", 6, "spacer to suit M10, 25 long, 18 OD, loose fit",
        cyl(18, 25) - cyl(12.0, 25), "M10 spacer, loose fit", "d18 x 25, ISO 273 coarse M10 = 12.0", g=1)
    # GT2 overall length
    add("q19", 6, "GT2 timing pulley 16T, 5 mm bore, total length 14 mm, flanges Ø16 both sides, no hub",
        cyl(16, 14) - cyl(5, 14), "GT2 pulley", "extents from flange d16 and overall length 14; one bore -> genus 1",
        keys=("extents", "genus"), g=1)
    add("q20", 6, "20T GT2 pulley for 6mm belt, 8 mm bore, 12 long overall, 18 dia flanges on each side, no boss",
        cyl(18, 12) - cyl(8, 12), "GT2 pulley", "flange d18 x overall 12; genus 1", keys=("extents", "genus"), g=1)
    add("q21", 6, "GT2 36 tooth pulley, bore 6.35, flanges on both sides 25 mm dia, overall width 10 mm, no hub and no set screw",
        cyl(25, 10) - cyl(6.35, 10), "GT2 pulley", "flange d25 x overall 10; genus 1", keys=("extents", "genus"), g=1)
    # flanged bushing with flange holes
    add("q22", 6, "flanged bush: bore 16, OD 24, length 30 overall, flange 45 dia 6 thick, with 4 x 5.5 holes on a 35 PCD in the flange",
        flanged_bush(16, 24, 30, 45, 6, 4, 5.5, 35), "flanged bush with 4 flange holes", "tube 24/16 x 30 + flange d45 x 6; 4x d5.5 on PCD 35", g=5)
    add("q23", 6, "top hat bushing 12 ID 18 OD 25 long, flange Ø40 x 4 with three 4.5 mm mounting holes on a 32 mm bolt circle",
        flanged_bush(12, 18, 25, 40, 4, 3, 4.5, 32), "top hat bush with 3 flange holes", "tube 18/12 x 25 + flange d40 x 4; 3x d4.5 on PCD 32", g=4)
    add("q24", 6, "bearing sleeve with a flange, bore 25, outside 35, 40 long total. Flange 60 diameter, 8 thick, 6 holes 6.6 equally spaced on 48 PCD",
        flanged_bush(25, 35, 40, 60, 8, 6, 6.6, 48), "flanged sleeve with 6 flange holes", "tube 35/25 x 40 + flange d60 x 8; 6x d6.6 on PCD 48", g=7)


def hinge(length, kd, pin, thick, reach, n, hd):
    k = Pos(-length / 2, 0, kd / 2) * Rot(0, 90, 0) * Cylinder(kd / 2, length, align=MIN)
    p = k + box(length, reach, thick, cy=reach / 2)
    p = p - Pos(-length / 2, 0, kd / 2) * Rot(0, 90, 0) * Cylinder(pin / 2, length, align=MIN)
    for i in range(n):
        p = p - cyl(hd, thick, -length / 2 + length * (i + 1) / (n + 1), reach * 0.6)
    return p


def item6b():
    # written after the first look at the hinge leaf class, before its fix was checked
    add("q36", 6, "butt hinge half, 50 mm long, knuckle Ø8 with a 4 mm pin hole running through the whole 50, leaf 2.5 thick reaching 35 from the pin centre, plate bottom flush with the knuckle bottom, 2 x 4.5 holes",
        hinge(50, 8, 4, 2.5, 35, 2, 4.5), "hinge leaf with one full-length knuckle", "knuckle d8 x 50 (pin d4), plate 50 x 35 from the axis x 2.5, bottom flush; 2 holes -> genus 3",
        keys=("extents", "genus"), g=3)
    add("q37", 6, "single hinge leaf, 30 long, knuckle 5 dia with a 2 mm pin hole through the full length, leaf 1.5 thick sticking out 20 from the pin axis, bottom flush, two 3 mm holes",
        hinge(30, 5, 2, 1.5, 20, 2, 3), "hinge leaf with one full-length knuckle", "knuckle d5 x 30 (pin d2), plate 30 x 20 x 1.5 from the axis; genus 3",
        keys=("extents", "genus"), g=3)


def item6c():
    # wall hook reach "N from the wall" (coverage8b c1038, coverage7b c937): extents and genus, the hook's curve the family's
    add("q38", 6, "coat hook: back plate 70 high x 30 wide x 5 thick, two csk screw holes, J arm reaching 45 mm from the wall",
        box(30, 45, 70), "wall hook", "extents 30 wide x 45 from the wall x 70 tall; two holes, open J -> genus 2", keys=("extents",))
    ROWS[-1]["expect"]["genus"] = 2
    add("q39", 6, "towel hook, plate 50 tall 20 wide 3 thick with 2 screw holes; the hook stands 30 off the wall",
        box(20, 30, 50), "wall hook", "extents 20 x 30 x 50; genus 2", keys=("extents",))
    ROWS[-1]["expect"]["genus"] = 2
    add("q40", 6, "wall hook 80 high, 25 wide, 5 mm thick, the arm comes out 50 mm from the wall and turns up, two countersunk holes",
        box(25, 50, 80), "wall hook", "extents 25 x 50 x 80; genus 2", keys=("extents",))
    ROWS[-1]["expect"]["genus"] = 2


def add_assembly(id_, prompt, solids, intent, why):
    """Two solids (box and lid): extents of the pair, volume the sum, no genus."""
    c = Compound(solids)
    bb = c.bounding_box().size
    ROWS.append({"id": id_, "item": 6, "prompt": prompt,
                 "expect": {"extents": sorted(round(v, 2) for v in (bb.X, bb.Y, bb.Z)),
                            "volume": round(sum(x.volume for x in solids), 1)},
                 "intent": intent, "why": why, "out_of_scope": False, "impossible": False})


def shell(L, W, H, wall, floor):
    return box(L, W, H) - box(L - 2 * wall, W - 2 * wall, H, z0=floor)


def item6d():
    # enclosure + lid: laid beside along the length, or shown closed (coverage8b c1040/c1041, coverage7b c939)
    add_assembly("q41", "enclosure with separate lid: box 100 x 60 x 30 outside, 2 walls and floor, open top; lid a flat 100 x 60 x 2 plate, no lip, printed beside the box with a 5 mm gap along the 100 side",
                 [shell(100, 60, 30, 2, 2), Pos(105, 0, 0) * box(100, 60, 2)], "box and flat lid side by side along X",
                 "box 100x60x30 shell 2; lid 100x60x2 at x=105: extents 205 x 60 x 30")
    add_assembly("q42", "project box + lid, 70x50x25 outside, walls 2, floor 2, flat 3 mm lid without lip next to it, 8 mm apart along the 70 mm direction",
                 [shell(70, 50, 25, 2, 2), Pos(78, 0, 0) * box(70, 50, 3)], "box and flat lid side by side along X",
                 "box 70x50x25; lid 70x50x3 at x=78: extents 148 x 50 x 25")
    add_assembly("q43", "box with a separate flat lid, outside 90 x 40 x 20, 1.5 walls and bottom; the lid is a plain 90 x 40 x 2 plate laid 12 mm away along the length, no lip",
                 [shell(90, 40, 20, 1.5, 1.5), Pos(102, 0, 0) * box(90, 40, 2)], "box and flat lid side by side along X",
                 "box 90x40x20; lid at x=102: extents 192 x 40 x 20")
    add_assembly("q44", "enclosure shown closed: base 80x50x30 outside, 2 mm walls and floor, open top, flat 2 mm lid sitting on top, no lip",
                 [shell(80, 50, 30, 2, 2), box(80, 50, 2, z0=30)], "box with its flat lid on",
                 "box 80x50x30; lid 80x50x2 at z=30..32: extents 80 x 50 x 32")
    add_assembly("q45", "two-part box assembled with the lid on: base 60 x 60 x 40, walls and floor 3, lid a flat 60 x 60 x 3 plate on top (no lip)",
                 [shell(60, 60, 40, 3, 3), box(60, 60, 3, z0=40)], "box with its flat lid on",
                 "box 60x60x40; lid at z=40..43: extents 60 x 60 x 43")


def item7():
    imp("q25", "25 mm cube with all edges rounded R15", "fillet bigger than the cube allows", "R15 > half of 25")
    imp("q26", "plate 60 x 40 x 5, round all edges 3 mm", "fillet bigger than half the thickness", "R3 on top and bottom edges of a 5 thick plate: 6 > 5")
    imp("q27", "block 30x20x10 with the 4 vertical edges filleted R12", "corner radius bigger than half the width", "R12 > 10 (half of 20)")
    p = fillet(box(30, 20, 10).edges().filter_by(Axis.Z), 9)
    add("q28", 7, "block 30x20x10 with the 4 vertical edges filleted R9", p, "corner radius just fits (possible)",
        "30x20x10, vertical edges r9 < 10", g=0)
    imp("q29", "40 x 40 x 8 plate, fillet the top and bottom edges all round with 5 mm radius", "fillet bigger than half the thickness", "R5 top and bottom on 8 thick: 10 > 8")
    # written after the first fixes of these classes (tube cross hole, "all round", edges rounded in words), before re-scoring
    imp("q30", "hollow tube 20 OD 16 ID, 40 long, 22 mm cross hole through the middle", "cross hole wider than the tube", "22 > OD 20")
    p = cyl(40, 100) - cyl(34, 100) - Pos(0, 0, 20) * Rot(90, 0, 0) * Cylinder(4, 80)
    add("q31", 7, "pipe 40 OD 34 ID 100 long, 8 mm cross hole 20 from one end", p, "tube with a cross hole (possible)",
        "tube 40/34 x 100, d8 cross hole through both walls at z=20")
    imp("q32", "block 50 x 30 x 12 with a 60 x 10 pocket 4 deep, closed all round", "pocket longer than the block", "60 > 50")
    p = box(50, 50, 6)
    p = fillet(p.edges().group_by(Axis.Z)[0] + p.edges().group_by(Axis.Z)[-1], 2)
    add("q33", 7, "plate 50 x 50 x 6, fillet the top and bottom edges all round R2", p, "top and bottom edges rounded (possible)",
        "50x50x6, the 8 edges of top and bottom faces r2 < 3", g=0)
    add("q34", 7, "30 mm cube, round every edge over with a 4 mm radius", fillet(box(30, 30, 30).edges(), 4),
        "cube rounded all over (possible)", "30 cube, all 12 edges r4", g=0)
    imp("q35", "16 mm cube, round every edge over, radius 9", "fillet bigger than half the cube", "R9 > 8")


if __name__ == "__main__":
    item5(); item6(); item6b(); item6c(); item6d(); item7()
    with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "coverage_c-parts3_prompts.jsonl"), "w") as f:
        for r in ROWS:
            f.write(json.dumps(r) + "\n")
    print(len(ROWS), "rows")

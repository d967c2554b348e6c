# ruff: noqa
# Reference generator of a held-out set of session 5, written by a helper who saw no code or sets; kept as written.
# Run with build123d installed; it writes the set next to itself under the name the writer gave it.
#!/usr/bin/env python3
"""Generator for coverage5b.jsonl (ids c701..c775).

Every reference part is modelled in build123d; extents / volume / genus are
measured from the model (genus via trimesh on build123d's STL export).
Item 5: features and negations. Item 6: part families. Item 7: impossible.
"""
import json
import math
import os
import tempfile

import trimesh
from build123d import (Align, Axis, Box, BuildSketch, Circle, Compound, Cone,
                       Cylinder, Helix, Plane, Polygon, Pos, RegularPolygon,
                       Rot, SlotOverall, chamfer, export_stl, extrude, fillet,
                       revolve, sweep)

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "coverage5b.jsonl")

MIN = (Align.CENTER, Align.CENTER, Align.MIN)


# ---------------------------------------------------------------- helpers
def plate(L, W, T):
    """Box centred in X/Y, z from 0 to T."""
    return Box(L, W, T, align=MIN)


def cyl(d, h, z0=0.0, x=0.0, y=0.0):
    """Vertical cylinder dia d from z0 to z0+h at (x, y)."""
    return Pos(x, y, z0) * Cylinder(d / 2, h, align=MIN)


def thru(d, x, y, T):
    return cyl(d, T + 2, -1, x, y)


def blind(d, depth, x, y, top):
    """Flat-bottom blind hole from the top face at z=top, `depth` deep."""
    return cyl(d, depth + 1, top - depth, x, y)


def cbore(d, dcb, dep, x, y, T):
    return thru(d, x, y, T) + cyl(dcb, dep + 1, T - dep, x, y)


def csink(d, dcs, x, y, T, angle=90.0):
    """Through hole d with a countersink to dcs at the top face z=T."""
    h = (dcs - d) / 2 / math.tan(math.radians(angle / 2))
    cone = Pos(x, y, T - h) * Cone(d / 2, dcs / 2, h, align=MIN)
    cap = cyl(dcs, 1, T, x, y)
    return thru(d, x, y, T) + cone + cap


def slot_cut(length, width, depth, top, x=0.0, y=0.0, rot=0.0):
    """Round-ended slot (overall length), cut `depth` down from z=top."""
    with BuildSketch(Plane.XY.offset(top - depth)) as sk:
        SlotOverall(length, width, rotation=rot)
    return Pos(x, y, 0) * extrude(sk.sketch, depth + 1)


def hex_prism(af, h, z0=0.0):
    with BuildSketch(Plane.XY.offset(z0)) as sk:
        RegularPolygon(af / 2, 6, major_radius=False)
    return extrude(sk.sketch, h)


def tube(od, idia, h, z0=0.0):
    return cyl(od, h, z0) - cyl(idia, h + 2, z0 - 1)


def measure(shape):
    bb = shape.bounding_box()
    ext = sorted(round(v, 3) for v in (bb.size.X, bb.size.Y, bb.size.Z))
    vol = round(shape.volume, 1)
    fd, path = tempfile.mkstemp(suffix=".stl")
    os.close(fd)
    export_stl(shape, path, tolerance=0.005, angular_tolerance=0.1)
    mesh = trimesh.load(path, force="mesh")
    os.remove(path)
    genus = round((2 - mesh.euler_number) / 2)
    return ext, vol, genus, bool(mesh.is_watertight)


def solids_of(shape):
    try:
        return list(shape.solids())
    except Exception:
        return [shape]


RECS = []


def add(cid, item, prompt, shape, intent, why, keys=("extents", "volume", "genus"),
        n_solids=1):
    sols = solids_of(shape)
    assert len(sols) == n_solids, (cid, len(sols))
    for s in sols:
        assert s.is_valid, cid
    assert shape.is_valid, cid
    ext, vol, genus, wt = measure(shape)
    if not wt:
        print("note:", cid, "STL not flagged watertight by trimesh (euler still used)")
    full = {"extents": ext, "volume": vol, "genus": genus}
    expect = {k: full[k] for k in ("extents", "volume", "genus") if k in keys}
    RECS.append({"id": cid, "item": item, "prompt": prompt, "expect": expect,
                 "intent": intent, "why": why, "out_of_scope": False,
                 "impossible": False})
    return full


def imp(cid, prompt, intent, why):
    RECS.append({"id": cid, "item": 7, "prompt": prompt, "expect": {},
                 "intent": intent, "why": why, "out_of_scope": False,
                 "impossible": True})


# ================================================================ item 5
def item5():
    # c701 counterbored M5 plate
    s = plate(80, 50, 8)
    for x in (-30, 30):
        for y in (-15, 15):
            s -= cbore(5.5, 10, 5.5, x, y, 8)
    add("c701", 5, "need a mounting plate 80 x 50 x 8 with 4 counterbored holes for M5 cap screws: 5.5 thru, cbore 10 dia x 5.5 deep, hole centres 10mm in from each edge",
        s, "plate with 4 counterbored holes",
        "80x50x8 box; holes at (+-30,+-15) = 10 from edges; each 5.5 through plus 10 dia counterbore 5.5 deep from top; 4 through holes -> genus 4")

    # c702 countersunk bar
    s = plate(100, 25, 6)
    for x in (-40, 40):
        s -= csink(4.5, 9, x, 0, 6)
    add("c702", 5, "Flat bar 100x25x6 w/ two countersunk holes, 4.5 thru, 90deg csk to 9 dia on the top face, 80 apart, centred on the bar",
        s, "bar with 2 countersunk holes",
        "100x25x6 box; 4.5 holes at x=+-40; 90 deg cone from 9 dia at top down to 4.5 (depth 2.25); genus 2")

    # c703 blind hole
    s = plate(60, 40, 30) - blind(12, 18, 0, 0, 30)
    add("c703", 5, "block 60 by 40 by 30 tall, one blind hole dia 12, 18 deep, in the middle of the top face. flat bottom is fine",
        s, "block with centred blind hole",
        "60x40x30 box minus 12 dia flat-bottom hole 18 deep from top centre; not through -> genus 0; vol 72000 - pi*36*18")

    # c704 M6 tapped through
    s = plate(50, 50, 10)
    for x in (-18, 18):
        for y in (-18, 18):
            s -= thru(5.0, x, y, 10)
    add("c704", 5, "50x50x10 plate, 4x M6 tapped thru holes on a 36 x 36 square pattern centred",
        s, "plate with 4 tapped M6 holes",
        "M6 tapped hole modelled as 5.0 tap drill through; holes at (+-18,+-18); genus 4")

    # c705 through slot
    s = plate(120, 30, 5) - slot_cut(40, 6, 5, 5)
    add("c705", 5, "flat bar 120 x 30 x 5 with a 6mm wide slot, 40 long overall, going all the way through, centred and running lengthwise",
        s, "bar with a through slot",
        "120x30x5 box minus round-ended slot 40 overall x 6 wide through, along X at centre; genus 1")

    # c706 groove across full length
    s = plate(80, 40, 20) - Pos(0, 0, 15) * Box(82, 10, 6, align=MIN)
    add("c706", 5, "I need a block 80 x 40 x 20 with a 10 wide, 5 deep slot milled across the top along the full 80mm length, centred on the width. Thanks",
        s, "block with full-length top groove",
        "80x40x20 box minus 80x10x5 groove centred in Y on the top face, open at both ends; genus 0; vol 64000-4000")

    # c707 keyway full length 20 shaft
    s = cyl(20, 60) - Pos(0, 6.5, -1) * Box(6, 5, 62, align=(Align.CENTER, Align.MIN, Align.MIN))
    add("c707", 5, "20mm shaft, 60 long, with a keyway for the standard DIN 6885 key running the whole length",
        s, "shaft with full-length keyway",
        "DIN 6885 for 20 mm shaft: 6x6 key, shaft groove t1=3.5 -> groove 6 wide, bottom flat 3.5 below the shaft surface (6.5 from axis), full 60 length; the groove removes the top of the circle, so that axis spans 10 + sqrt(100-9) = 19.539; genus 0")

    # c708 cube filleted all edges
    b = Box(40, 40, 40)
    s = fillet(b.edges(), 3)
    add("c708", 5, "40mm cube, all edges rounded r3",
        s, "cube with all edges filleted",
        "40 cube with every edge filleted R3; extents unchanged 40; genus 0")

    # c709 vertical edges rounded
    b = plate(60, 40, 20)
    s = fillet(b.edges().filter_by(Axis.Z), 8)
    add("c709", 5, "hey can you do a 60x40x20 box with the vertical edges rounded 8mm? leave the top and bottom edges sharp",
        s, "box with rounded vertical edges",
        "60x40x20 box, only the 4 edges parallel to Z filleted R8; genus 0")

    # c710 chamfer top edges
    b = plate(70, 70, 10)
    s = chamfer(b.edges().group_by(Axis.Z)[-1], 1.5)
    add("c710", 5, "Plate 70 x 70 x 10 with a 1.5 mm chamfr on the top edges only. bottom stays sharp.",
        s, "plate with top edges chamfered",
        "70x70x10 box; the 4 edges of the top face chamfered 1.5; genus 0")

    # c711 cylinder no hole chamfer top edge
    c = cyl(50, 20)
    s = chamfer(c.edges().group_by(Axis.Z)[-1], 2)
    add("c711", 5, "cylinder 50 dia, 20 high, NO hole, chamfer the top edge 2mm",
        s, "solid cylinder with top chamfer",
        "50 dia x 20 solid cylinder, top circular edge chamfered 2; no hole -> genus 0")

    # c712 blind flange
    s = cyl(150, 16)
    for i in range(8):
        a = math.radians(22.5 + 45 * i)
        s -= thru(18, 60 * math.cos(a), 60 * math.sin(a), 16)
    add("c712", 5, "blind flange, OD 150, 16 thk, 8 bolt hoels 18mm on a 120 PCD. no centre bore obviously",
        s, "blind flange with bolt circle",
        "150 dia x 16 disc, 8 x 18 holes on 120 PCD, no bore; genus 8 (hole angular phase does not affect the box since holes are inside the rim)")

    # c713 solid spacer
    s = cyl(30, 15)
    add("c713", 5, "solid round spacer 30 OD x 15 long. solid, no hole thru it",
        s, "solid cylinder (negated hole)",
        "plain 30 dia x 15 cylinder; vol pi*225*15; genus 0")

    # c714 open box without lid
    s = plate(80, 60, 40) - Pos(0, 0, 2) * Box(76, 56, 40, align=MIN)
    add("c714", 5, "box 80x60x40 outside, 2mm walls and 2mm floor, without a lid - open top",
        s, "open-top box, no lid",
        "80x60x40 block minus 76x56 pocket from z=2 up through the top; single open cup; genus 0; vol 192000-76*56*38")

    # c715 two-sentence add hole + chamfer all edges
    s = plate(100, 60, 8)
    for x in (-40, 40):
        for y in (-20, 20):
            s -= thru(6.6, x, y, 8)
    s -= thru(20, 0, 0, 8)
    s = chamfer(s.edges(), 1)
    add("c715", 5, "Plate 100x60x8 with four 6.6 holes, 10mm from the edges. Then add a 20 mm hole in the middle and chamfer every edge 1 mm, hole rims included.",
        s, "plate, corner holes + centre hole, all edges chamfered",
        "100x60x8; 4x 6.6 at (+-40,+-20) kept; 20 centre hole added; 1 mm chamfer on all 12 box edges and both rims of all 5 holes; genus 5")

    # c716 M3 tapped, no chamfer
    s = plate(60, 60, 6)
    for x in (-24, 24):
        for y in (-24, 24):
            s -= thru(2.5, x, y, 6)
    add("c716", 5, "60x60x6 plate, 4 M3 tapped thru holes on a 48mm square. no chamfers, no fillets, sharp edges",
        s, "plate with M3 tapped holes, no edge treatment",
        "M3 tap drill 2.5 through at (+-24,+-24); sharp box; genus 4")

    # c717 M8 blind tapped
    s = plate(40, 40, 25) - blind(6.8, 15, 0, 0, 25)
    add("c717", 5, "block 40x40x25 with one M8 tapped hole 15 deep in the centre of the top (blind, flat bottom ok)",
        s, "block with blind tapped hole",
        "M8 -> 6.8 tap drill, 15 deep flat bottom from top centre; genus 0")

    # c718 counterbored disc M10
    s = cyl(60, 12) - cbore(11, 18, 10, 0, 0, 12)
    add("c718", 5, "disc 60 dia 12 thick, centre counterbored hole for M10: 11 thru, c'bore 18 dia x 10 deep",
        s, "disc with counterbored centre hole",
        "60x12 disc; 11 through + 18 dia counterbore 10 deep from top (2 mm of 11 bore remains); genus 1")

    # c719 countersunk disc
    s = cyl(40, 8) - csink(6.6, 13, 0, 0, 8)
    add("c719", 5, "40 dia disk, 8 thick, center hole 6.6 w/ 90 degree countersink to 13 dia",
        s, "disc with countersunk centre hole",
        "40x8 disc; 6.6 through; 90 deg cone from 13 dia at top to 6.6 (depth 3.2); genus 1")

    # c720 blind slot
    s = plate(80, 40, 10) - slot_cut(30, 8, 4, 10)
    add("c720", 5, "80x40x10 plate with a slot 8 wide 30 long (round ends), 4 deep, centered on top. not thru",
        s, "plate with blind slot",
        "80x40x10 box minus round-ended slot 30 overall x 8 wide x 4 deep from top, along X; genus 0")

    # c721 keyway 30 shaft end milled 40 long centred
    # shaft axis along Z; keyway on +Y side, bottom at 15-4 = 11 from axis
    with BuildSketch(Plane.XZ) as sk:
        Pos(0, 40) * SlotOverall(40, 8, rotation=90)
    ks = extrude(sk.sketch, amount=-10)  # Plane.XZ normal is -Y, negative amount -> +Y
    ks = Pos(0, 11, 0) * ks
    s = cyl(30, 80) - ks
    add("c721", 5, "30mm shaft 80 long with a DIN 6885 keyway, end milled (round ends), 40 long, centred along the shaft",
        s, "shaft with end-milled keyway",
        "DIN 6885 for 30 mm: 8x7 key, shaft groove t1=4.0; pocket 8 wide, 40 long overall with round ends, centred at z=40, flat bottom 11 from axis; genus 0")

    # c722 fillet top edges only
    b = plate(50, 30, 15)
    s = fillet(b.edges().group_by(Axis.Z)[-1], 2)
    add("c722", 5, "block 50x30x15 - filet the top edges only, r2",
        s, "block with top edges filleted",
        "50x30x15 box; the 4 top-face edges filleted R2; genus 0")

    # c723 flange plate rounded corners
    b = plate(90, 90, 12)
    b = fillet(b.edges().filter_by(Axis.Z), 10)
    s = b - thru(30, 0, 0, 12)
    for x in (-35, 35):
        for y in (-35, 35):
            s -= thru(8.5, x, y, 12)
    add("c723", 5, "square flange plate 90x90x12 - 30mm centre hole, 4x M10 tapped holes on a 70mm square, round the vertical corners r10",
        s, "square flange with tapped holes and rounded corners",
        "90x90x12, vertical edges R10; 30 through centre; M10 -> 8.5 through at (+-35,+-35); genus 5")

    # c724 disc with tapped PCD, chamfer top outer edge only
    s = cyl(80, 10)
    s = chamfer(s.edges().group_by(Axis.Z)[-1], 1)
    s -= thru(22, 0, 0, 10)
    for i in range(6):
        a = math.radians(60 * i)
        s -= thru(4.2, 30 * math.cos(a), 30 * math.sin(a), 10)
    add("c724", 5, "disc 80 dia x 10, centre hole 22, 6x M5 tapped on 60 PCD. chamfer the top outer edge 1mm, no chamfer on the holes",
        s, "disc with bore, tapped PCD, top outer chamfer",
        "80x10 disc, outer top edge chamfered 1; 22 bore; M5 -> 4.2 through, 6 on 60 PCD; genus 7")

    # c725 two-sentence: holes then slot added
    s = plate(60, 20, 10) - thru(8, -20, 0, 10) - thru(8, 20, 0, 10)
    s -= slot_cut(20, 6, 10, 10)
    add("c725", 5, "bar 60x20x10 with two 8mm through holes 40 apart, centred. then add a 6 wide, 20 long through slot between them, lengthwise",
        s, "bar with 2 holes plus added slot",
        "60x20x10; 8 holes at x=+-20 kept; round-ended slot 20 overall x 6 wide through at centre along X (ends at +-10, clear of holes at +-16); genus 3")


# ================================================================ item 6
def item6():
    # c726 L bracket
    h = Pos(25, 0, 0) * Box(50, 30, 5, align=MIN)
    v = Pos(2.5, 0, 0) * Box(5, 30, 40, align=MIN)
    s = h + v
    s -= thru(6, 30, 0, 5)
    s -= Pos(-1, 0, 25) * Rot(0, 90, 0) * Cylinder(3, 7, align=MIN)
    add("c726", 6, "L bracket, 30 wide, 5 thick. base leg 50 long, upright leg 40 tall (outside dims). one 6mm hole in each leg, centred across the width: base hole 30 from the outside corner, upright hole 25 up from the bottom",
        s, "L bracket with one hole per leg",
        "union of 50x30x5 base and 5x30x40 upright sharing the outside corner; 6 dia hole through base at x=30, 6 dia hole through upright at z=25; extents 30,40,50; genus 2")

    # c727 corner brace
    h = Pos(20, 0, 0) * Box(40, 20, 3, align=MIN)
    v = Pos(1.5, 0, 0) * Box(3, 20, 40, align=MIN)
    s = h + v
    s -= thru(4.5, 25, 0, 3)
    s -= Pos(-1, 0, 25) * Rot(0, 90, 0) * Cylinder(2.25, 5, align=MIN)
    add("c727", 6, "corner brace 40x40 legs, 20 wide, 3mm thick, one 4.5 hole per leg 25mm from the outside corner, centred on the width",
        s, "90 deg corner brace",
        "two 40x20x3 legs at 90 deg (outside dims 40 each); 4.5 hole in each leg at 25 from the outside corner; genus 2")

    # c728 flanged bushing
    s = cyl(20, 3) + cyl(14, 17, 3) - cyl(10, 22, -1)
    add("c728", 6, "flanged bushing: ID 10, OD 14, 20 long overall incl. flange, flange 20 dia x 3 thk",
        s, "flanged bushing",
        "flange 20 dia x 3 + body 14 dia x 17 = 20 overall, 10 bore through; genus 1")

    # c729 sleeve
    s = tube(22, 18, 40)
    add("c729", 6, "plain sleve 22 OD 18 ID 40 long",
        s, "plain sleeve",
        "tube 22/18 x 40; vol pi/4*(484-324)*40; genus 1")

    # c730 hex standoff FF M3
    s = hex_prism(5.5, 10) - thru(2.5, 0, 0, 10)
    add("c730", 6, "M3 hex standoff female-female, 5.5 across flats, 10 long, tapped all the way thru",
        s, "hex standoff F-F",
        "hex 5.5 AF (6.351 across corners) x 10, M3 tapped through = 2.5 hole; genus 1")

    # c731 hex standoff MF M4
    # female tapped hole from the bottom end (z=0), 6 deep
    s = hex_prism(7, 15) + cyl(4, 6, 15) - cyl(3.3, 7, -1)
    add("c731", 6, "Hex standoff M4 male/female. Body 7mm AF x 15 long. Male end: plain 4 dia x 6 long stud (no thread modelling). Female end tapped M4, 6 deep.",
        s, "hex standoff M-F",
        "hex 7 AF (8.083 AC) x 15 + 4 dia x 6 stud on one end; other end M4 tapped 6 deep = 3.3 blind hole; overall 21; genus 0")

    # c732 V-belt pulley
    tw = 5 - 8 * math.tan(math.radians(17))
    c = cyl(60, 16) - cyl(12, 18, -1)
    with BuildSketch(Plane.XZ) as sk:
        Polygon((22, 8 - tw), (30, 3), (31, 3), (31, 13), (30, 13), (22, 8 + tw), align=None)
    groove = revolve(sk.sketch, Axis.Z)
    s = c - groove
    add("c732", 6, "single groove V-belt pulley, 60 OD, 16 wide, 12mm bore. groove is 10 wide at the rim, 34 deg included angle, 8 deep, centred on the width. no hub, no keyway",
        s, "V-belt pulley",
        "60x16 disc with 12 bore; revolved trapezoid groove 10 wide at r=30, 34 deg included, 8 deep (bottom width 10-16*tan17 = 5.108 at r=22); genus 1")

    # c733 GT2 pulley (teeth approximated; only extents + genus reported)
    od = 40 / math.pi - 0.508
    teeth = cyl(od, 7, 8)
    for i in range(20):
        a = 2 * math.pi * i / 20
        r = od / 2
        teeth -= cyl(1.1, 9, 7.5, r * math.cos(a), r * math.sin(a))
    s = cyl(16, 7) + cyl(18, 1, 7) + teeth + cyl(18, 1, 15) - cyl(5, 18, -1)
    add("c733", 6, "GT2 20T pulley, 5mm bore, 7mm wide toothed section, 1mm thick flanges 18 dia on both sides, 16 dia hub 7 long on one side. no grub screw",
        s, "GT2 timing pulley",
        "stack along axis: hub 16x7, flange 18x1, 20T GT2 teeth (PD 12.732, OD 12.224) x7, flange 18x1 -> 16 long, 18 dia; 5 bore through; genus 1; volume omitted (depends on tooth profile)",
        keys=("extents", "genus"))

    # c734 knob
    k = cyl(35, 18)
    k = fillet(k.edges().group_by(Axis.Z)[-1], 3)
    s = k - cyl(6, 13, -1)
    add("c734", 6, "hi! looking for a simple round knob, 35 dia and 18 tall, top edge fillet 3, with a 6mm blind hol 12 deep from the bottom for the pot shaft",
        s, "round knob with blind shaft hole",
        "35x18 cylinder, top edge R3, 6 dia hole 12 deep from the bottom face; genus 0")

    # c735 fluted knob
    s = cyl(40, 15) - thru(8, 0, 0, 15)
    for i in range(8):
        a = math.radians(45 * i)
        s -= thru(8, 20 * math.cos(a), 20 * math.sin(a), 15)
    add("c735", 6, "fluted grip knob, 40 dia x 15 thick, 8 half-round flutes r4 cut into the rim (flute centres on the 40 circle, evenly spaced), 8mm hole thru the middle",
        s, "fluted knob",
        "40x15 disc minus 8 cylinders dia 8 with axes on r=20 every 45 deg, minus 8 centre hole; box measured on the lobes between flutes; genus 1")

    # c736 hinge leaf
    knuckle = Rot(0, 90, 0) * Cylinder(3, 40, align=MIN)
    leaf = Box(40, 25, 2, align=(Align.MIN, Align.MIN, Align.CENTER))
    s = knuckle + leaf
    s -= Pos(-1, 0, 0) * Rot(0, 90, 0) * Cylinder(1.5, 42, align=MIN)
    for x in (10, 30):
        s -= Pos(x, 15, -2) * Cylinder(2, 4, align=MIN)
    add("c736", 6, "hinge leaf: flat leaf 40 long x 2 thick sticking out 25 from the pin axis, knuckle 6 OD with a 3mm pin hole running the full 40 along the edge, leaf centred on the knuckle axis. two 4mm screw holes 15 from the axis, 10 in from each end",
        s, "hinge leaf with knuckle",
        "knuckle tube 6/3 x 40 along X + plate 40x25x2 centred on the axis plane (pin bore kept clear); 2x 4 holes at y=15, x=10,30; extents 6, 28 (3+25), 40; genus 3")

    # c737 wall hook
    back = Box(20, 4, 60, align=(Align.CENTER, Align.MIN, Align.MIN))
    arm = Box(20, 30, 4, align=(Align.CENTER, Align.MIN, Align.MIN))
    lip = Pos(0, 26, 0) * Box(20, 4, 14, align=(Align.CENTER, Align.MIN, Align.MIN))
    s = back + arm + lip
    for z in (15, 45):
        s -= Pos(0, -1, z) * Rot(-90, 0, 0) * Cylinder(2.25, 6, align=MIN)
    add("c737", 6, "wall hook - back plate 60 tall x 20 wide x 4 thick w/ two 4.5 screw holes at 15 and 45 from the bottom; at the bottom an arm 20 wide 4 thick sticking out 30 from the wall, with a 4mm thick lip at the tip going up 10 above the arm",
        s, "wall hook",
        "backplate 20x4x60 + arm 20x30x4 at bottom + lip 20x4x14 (4 arm + 10) at the tip; two 4.5 holes through the plate; extents 20,30,60; genus 2")

    # c738 cable clip
    base = Box(24, 8, 3, align=MIN)
    ring = Pos(0, 0, 9) * Rot(90, 0, 0) * (Cylinder(7, 8) - Cylinder(5, 10))
    s = base + ring
    s -= Pos(0, 0, 9) * Box(7, 10, 10, align=MIN)
    for x in (-9.5, 9.5):
        s -= thru(3, x, 0, 3)
    add("c738", 6, "snap-in cable clip for a 10mm cable: ring 10 ID 14 OD, 8 wide, with a 7mm gap at the top to push the cable in. sits on a base 24 x 8 x 3, ring centre 6mm above the base top (so it sinks 1 into the base). two 3mm screw holes in the base 19 apart",
        s, "snap-in cable clip",
        "base 24x8x3 + tube 14/10 x 8 (axis along Y, centre z=9) with a 7 wide opening cut above the centre; 3 mm holes at x=+-9.5; open C -> only the two screw holes count: genus 2; extents 8, 15.062 (ring top cut by the 7 gap: 9 + sqrt(49-12.25)), 24")

    # c739 enclosure + lid beside
    box = plate(80, 60, 30) - Pos(0, 0, 2) * Box(76, 56, 30, align=MIN)
    lid = Pos(0, 70, 0) * plate(80, 60, 2)
    s = Compound([box, lid])
    add("c739", 6, "enclosure 80x60x30 outside, 2mm walls and floor, open top, plus a separate flat lid 80x60x2. lay the lid flat on the bed next to the box, 10mm gap along the 60 side",
        s, "open box + separate flat lid",
        "cup 80x60x30 (76x56 pocket from z=2) and lid 80x60x2 at y offset 70 (10 gap); box of both 80 x 130 x 30; two separate genus-0 solids -> Euler 4 -> genus -1",
        n_solids=2)

    # c740 enclosure + lipped lid (volume and genus only)
    box = plate(100, 70, 35) - Pos(0, 0, 2.5) * Box(95, 65, 35, align=MIN)
    lid = plate(100, 70, 3) + (Pos(0, 0, -6) * (Box(95, 65, 6, align=MIN) - Pos(0, 0, -1) * Box(91, 61, 8, align=MIN)))
    lid = Pos(150, 0, 0) * lid
    s = Compound([box, lid])
    add("c740", 6, "Project box: 100 x 70 x 35 outer, 2.5 walls/floor, open top, and a separate lid 100x70x3 with a locating lip underneath - lip is 2mm thick, 6 deep, outside of the lip 95 x 65 so it fits the opening.",
        s, "enclosure with separate lipped lid",
        "cup vol 100*70*35 - 95*65*32.5; lid plate 100x70x3 + rectangular ring 95x65 outside, 91x61 inside, 6 deep; two separate solids with no through holes -> genus -1; lid placement unstated so extents omitted",
        keys=("volume", "genus"), n_solids=2)

    # c741 compression spring
    path = Helix(pitch=4, height=20, radius=5)
    s = sweep(path.location_at(0) * Circle(0.5), path, is_frenet=True)
    add("c741", 6, "Compression spring: wire dia 1 mm, mean coil diameter 10 mm, pitch 4 mm, 5 turns, plain open ends (not closed, not ground).",
        s, "compression spring",
        "1 mm circle swept along helix r=5, pitch 4, height 20; vol = pi*0.25*5*sqrt((10pi)^2+16) = 124.4; x/y 11; z = 20 + 1*cos(helix angle) = 20.992; genus 0")

    # c742 stepped shaft with keyway on the small end
    s = cyl(20, 40) + cyl(30, 50, 40)
    with BuildSketch(Plane.XZ) as sk:
        Pos(0, 20) * SlotOverall(25, 6, rotation=90)
    ks = Pos(0, 6.5, 0) * extrude(sk.sketch, amount=-10)
    s -= ks
    add("c742", 6, "stepped shaft: 20 dia x 40 long then 30 dia x 50 long. keyway on the 20 end per DIN 6885, 25 long, end-milled, centred on the 20 section",
        s, "stepped shaft with keyway",
        "cyl 20x40 + cyl 30x50 = 90 long; DIN 6885 for 20: 6 wide, t1=3.5 -> round-ended pocket 25x6, bottom 6.5 from axis, centred at z=20; genus 0")

    # c743 shaft with D flat
    s = cyl(8, 50) - Pos(0, 3.5, 30) * Box(10, 5, 21, align=(Align.CENTER, Align.MIN, Align.MIN))
    add("c743", 6, "8mm shaft 50 long w/ a D flat 0.5mm deep running 20 in from one end",
        s, "shaft with D flat",
        "8 dia x 50; flat 0.5 deep (plane at 3.5 from axis) over the last 20 mm, open at that end; extents 8,8,50 (flat does not reduce the box since the other end is full round); genus 0")

    # c744 shaft collar
    s = tube(24, 12, 10) - Pos(0, 0, 5) * Rot(-90, 0, 0) * Cylinder(1.65, 13, align=MIN)
    add("c744", 6, "Shaft collar - 12 bore, 24 OD, 10 wide, one M4 set screw hole going radially into the bore at mid width",
        s, "shaft collar with set screw",
        "tube 24/12 x 10; M4 tapped -> 3.3 radial hole from the OD into the bore at z=5 (one wall only); bore + radial hole -> genus 2")

    # c745 block pipe clamp half
    s = plate(60, 20, 22) - Pos(0, -11, 22) * Rot(-90, 0, 0) * Cylinder(16, 22, align=MIN)
    for x in (-23, 23):
        s -= thru(6.6, x, 0, 22)
    add("c745", 6, "pipe clamp half for 32mm pipe: block 60 long, 20 wide, 22 tall, 32 dia half-round cut along the top (axis in the top face, centred), two 6.6 bolt holes vertical, 46 apart",
        s, "block pipe clamp half",
        "60x20x22 box minus 32 dia cylinder along Y with axis on the top face centre (16 deep, 6 left under it); 6.6 holes at x=+-23; genus 2")

    # c746 spacer M4
    s = tube(8, 4.5, 10)
    add("c746", 6, "spacer for M4, 10 long, 8 OD",
        s, "bolt spacer M4",
        "M4 clearance medium ISO 273 = 4.5; tube 8/4.5 x 10; genus 1")

    # c747 spacer M6
    s = tube(12, 6.6, 20)
    add("c747", 6, "need a spacer for an M6 bolt, 20mm long, 12 OD pls",
        s, "bolt spacer M6",
        "M6 clearance medium = 6.6; tube 12/6.6 x 20; genus 1")

    # c748 spacer M8 washer-like
    s = tube(16, 9, 5)
    add("c748", 6, "Spacer, M8, 5 thick, OD 16.",
        s, "bolt spacer M8",
        "M8 clearance medium = 9.0; tube 16/9 x 5; genus 1")

    # c749 coat hook peg
    s = cyl(40, 6) + cyl(12, 40, 6)
    for x in (-12, 12):
        s -= thru(4.5, x, 0, 6)
    add("c749", 6, "coat hook: round base 40 dia 6 thick with two 4.5 screw holes 24 apart, and a 12 dia peg 40 long sticking out of the centre",
        s, "peg coat hook",
        "40x6 disc + 12x40 peg on the centre -> 46 tall; 4.5 holes at x=+-12 (clear of peg r6); genus 2")

    # c750 U strap pipe clamp
    ring = Rot(90, 0, 0) * (Cylinder(12, 15) - Cylinder(10, 17))
    ring = ring - Pos(0, 0, -20) * Box(40, 20, 20, align=MIN)
    # feet run from the ring's inner radius (x=10) so they fuse with the wall; 10 long beyond the OD
    s = ring + Pos(16, 0, 0) * Box(12, 15, 2, align=MIN) + Pos(-16, 0, 0) * Box(12, 15, 2, align=MIN)
    for x in (-17, 17):
        s -= thru(4.5, x, 0, 2)
    add("c750", 6, "U strap for 20mm pipe: half ring 20 ID, 2 thick, 15 wide, with flat feet 10 long each side (2 thk) each with a 4.5 hole in the middle of the foot",
        s, "U-strap pipe clamp",
        "half annulus r10..12 above the base plane (pipe axis in the base plane), 15 wide + feet 2 thick reaching 10 beyond the OD (x=12..22) each side, fused into the wall ends; 4.5 holes at x=+-17; extents 12,15,44; genus 2")


# ================================================================ item 7
def item7():
    imp("c751", "50x50x5 plate with a 60mm hole in the middle",
        "hole larger than plate", "a 60 dia hole needs at least 60 of material across; the plate is only 50 x 50, so the hole would remove the plate entirely at the centre line (60 > 50)")
    imp("c752", "can u make a 40 x 30 x 3 plate with all edges fillted 2mm",
        "fillet too big for thickness", "filleting all edges of a 3 mm plate allows at most 1.5 mm (half the thickness); 2 mm > 1.5 mm so the top and bottom fillets would overlap")
    imp("c753", "hey, could you make me a 30x30x20 block with a blind 10mm hole, 25 deep, in the top? needs to stay blind so the bottom is sealed",
        "blind hole deeper than part", "a blind hole 25 deep cannot fit in a part only 20 tall; it would break through the bottom (25 > 20) and no longer be blind")
    imp("c754", "Tube: OD 20, ID 24, length 50.",
        "ID larger than OD", "inner diameter 24 is larger than outer diameter 20, so there is no wall")
    imp("c755", "hollow cube 40mm, walls 25 thick, closed on all sides",
        "walls thicker than half the box", "a 40 mm box can have walls of at most < 20 mm (half of 40); two 25 mm walls need 50 mm > 40, so no cavity exists")
    imp("c756", "flat bar 80 x 20 x 5 with a 6 wide slot 90 long through the middle, lengthwise",
        "slot longer than plate", "a 90 long slot cannot fit in an 80 long bar (90 > 80); it would cut the bar in two")
    imp("c757", "plate 60x40x10 with a counterbored hole in the centre: 8mm thru, counterbore 6 dia 4 deep",
        "counterbore smaller than its hole", "the counterbore diameter 6 is smaller than the 8 through hole it is supposed to enlarge; a counterbore must be larger than the hole")
    imp("c758", "3mm thick plate 50x50, chamfer the top edges 4mm",
        "chamfer bigger than edge", "a 4 mm chamfer on the top edges of a plate only 3 mm thick is larger than the side face it cuts into (4 > 3)")
    imp("c759", "plate 100x60x6 with four 10mm holes, centres 3mm from each edge",
        "holes overlap the edge", "a 10 dia hole has radius 5; its centre only 3 mm from the edge puts the hole 2 mm past the edge (5 > 3), so the holes break out")
    imp("c760", "Please model a bar 60 x 20 x 8 with two 12 mm through holes spaced 8 mm apart centre to centre, in the middle of the bar.",
        "holes overlap each other", "two 12 dia holes need centres at least 12 apart; at 8 mm they overlap by 4 mm and merge into one opening")
    imp("c761", "spacer for M8, 8 OD, 15 long",
        "bolt clearance exceeds OD", "M8 clearance (ISO 273 medium) is 9.0 mm, larger than the 8 mm OD, so the spacer has no wall")
    imp("c762", "M5 hex standoff F-F, 4 mm across flats, 12 long, tapped thru",
        "tap drill larger than hex", "M5 tap drill is 4.2 mm, which exceeds the 4 mm across-flats of the hex: the hole would break through the flat faces")
    imp("c763", "flanged bushing 10 ID 14 OD, 10 long overall, flange 20 dia x 12 thick",
        "flange thicker than total length", "the flange (12 thick) is longer than the whole bushing length of 10 overall")
    imp("c764", "8mm shaft, 40 long, with a 10mm wide x 2 deep keyway along its length",
        "keyway wider than shaft", "a 10 wide keyway cannot be cut in an 8 dia shaft: the groove is wider than the shaft itself (10 > 8), so it would cut the whole top off rather than a groove")
    imp("c765", "GT2 pulley 20 teeth with a 20mm bore",
        "bore larger than pulley", "a GT2 20T pulley has pitch dia 12.73 and OD about 12.2 mm; a 20 mm bore is larger than the pulley OD")
    imp("c766", "plate 40x40x6, centre hole 8mm countersunk to 6mm dia at 90 deg",
        "countersink smaller than hole", "a countersink must be larger than its hole; a 6 mm countersink diameter on an 8 mm hole is smaller than the hole")
    imp("c767", "L bracket 30 wide, 25 thick, legs 20 long each",
        "thickness exceeds leg length", "with 25 mm thick legs only 20 mm long (outside), the thickness exceeds the leg length, so no L shape can be formed (25 > 20)")
    imp("c768", "box 100x60x30 with 4mm walls, open top, and a 10mm hole in each long side wall centred 3mm below the top rim",
        "hole breaks the rim", "a 10 dia hole (radius 5) centred 3 mm below the top edge extends 2 mm above the rim (5 > 3), so it is a notch, not a hole")
    imp("c769", "square column 8x8, 50 tall, round the vertical edges r5",
        "fillet larger than half the width", "fillets on the vertical edges of an 8 mm square can be at most 4 mm (half of 8); r5 > 4 makes adjacent fillets overlap")
    imp("c770", "disc 40 dia 6 thick with 8 holes 10mm dia equally spaced on a 20 PCD",
        "bolt-circle holes overlap", "8 holes on a 20 PCD are 2*10*sin(22.5deg) = 7.65 mm apart centre to centre, less than the 10 mm hole dia, so adjacent holes overlap")
    imp("c771", "disc 50 dia 5 thk, 6 holes 8mm on a 46mm PCD, evenly spaced",
        "PCD holes break out of the rim", "holes on a 46 PCD sit at r=23; with radius 4 they reach r=27, beyond the disc radius 25, so they break through the edge")
    imp("c772", "bar 100 x 10 x 5 with a 12mm wide slot 40 long through the top face",
        "slot wider than bar", "the slot is 12 wide but the bar is only 10 wide (12 > 10), so the slot would cut the bar in two")
    imp("c773", "compression spring, 2mm wire, 10 OD, 10 active coils, free length 15",
        "free length below solid length", "10 coils of 2 mm wire need at least 20 mm (coils touching); a free length of 15 < 20 means the coils would intersect")
    imp("c774", "6mm plate 60x40, centre hole 6.6 thru with counterbore 11 dia 7 deep",
        "counterbore deeper than plate", "a 7 deep counterbore in a 6 thick plate goes through the whole plate (7 > 6), leaving nothing of the 6.6 hole")
    imp("c775", "8 wide x 8 tall x 40 long bar, M10 tapped hole in the top face, centred",
        "tap drill wider than bar", "M10 tap drill is 8.5 mm, wider than the 8 mm bar, so the hole would cut through both side faces")


def main():
    item5()
    item6()
    item7()
    ids = [r["id"] for r in RECS]
    assert ids == ["c%d" % i for i in range(701, 776)], ids
    counts = {}
    for r in RECS:
        counts[r["item"]] = counts.get(r["item"], 0) + 1
    assert counts == {5: 25, 6: 25, 7: 25}, counts
    with open(OUT, "w") as f:
        for r in RECS:
            f.write(json.dumps(r) + "\n")
    print("wrote", len(RECS), counts)


if __name__ == "__main__":
    main()

# ruff: noqa
"""Writes coverage_cfeatures.jsonl: issue 12 item 5 (session 10, branch c-features).

Features named in a one-line prompt or a step that were dropped or misread, in new wordings and
values (written BEFORE the c-features changes): slots by width and centre distance or overall
length, keyways the full length, edge subsets ("the 4 vertical edges", "top edges only", "rest
sharp", an edge's length in brackets), axial tapped / drilled holes and radial set-screw holes on
round parts, a rounded cube close to a ball, a fat torus by its hole, impossible blind depths,
and step operations (slice a cap off a ball, turn an end down, slit a ring, shell a cylinder
open at the top). Every expectation is measured on a build123d reference modelled here (genus
from the STL through trimesh, like ../shared/eval/check_prompts.py).
Run: python tests/data/gen_coverage_cfeatures.py
"""
import json
import math
import os
import tempfile
from pathlib import Path

import trimesh
from build123d import (Align, Axis, Box, Circle, Cylinder, Plane, Pos, Rot, SlotCenterToCenter, Sphere,
                       Torus, chamfer, export_stl, extrude, fillet)

OUT = Path(__file__).with_name("coverage_cfeatures.jsonl")
MIN = (Align.CENTER, Align.CENTER, Align.MIN)


def cyl(d, h, z0=0.0, x=0.0, y=0.0):
    return Pos(x, y, z0) * Cylinder(d / 2, h, align=MIN)


def measure(shape):
    bb = shape.bounding_box()
    ext = sorted(round(v, 3) for v in (bb.size.X, bb.size.Y, bb.size.Z))
    fd, path = tempfile.mkstemp(suffix=".stl")
    os.close(fd)
    export_stl(shape, path, tolerance=0.005, angular_tolerance=0.1)
    mesh = trimesh.load(path, force="mesh")
    os.remove(path)
    return ext, round(shape.volume, 1), round((2 - mesh.euler_number) / 2)


RECS = []


def add(prompt, shape, intent, why, cls):
    ext, vol, genus = measure(shape)
    RECS.append({"id": f"f{len(RECS) + 1:02d}", "item": 5, "class": cls, "prompt": prompt,
                 "expect": {"extents": ext, "volume": vol, "genus": genus}, "intent": intent, "why": why,
                 "out_of_scope": False, "impossible": False})


def refuse(prompt, intent, why, cls):
    RECS.append({"id": f"f{len(RECS) + 1:02d}", "item": 7, "class": cls, "prompt": prompt, "expect": {},
                 "intent": intent, "why": why, "out_of_scope": False, "impossible": True})


def slot_plate(L, W, T, w, c2c):
    slot = extrude(SlotCenterToCenter(c2c, w), T + 2)
    return Box(L, W, T, align=MIN) - Pos(0, 0, -1) * slot


def keyed_shaft(d, L, w, depth):
    s = Cylinder(d / 2, L, align=MIN)
    return s - Pos(0, d / 2 - depth + 25, 0) * Box(w, 50, L + 2, align=(Align.CENTER, Align.CENTER, Align.MIN)).moved(Pos(0, 0, -1))


def block(L, W, H):
    return Box(L, W, H, align=MIN)


def slots():
    add("flat bar 150 x 50 x 8, one slotted hole 10 wide with 40 mm centre to centre, in the middle, along the length",
        slot_plate(150, 50, 8, 10, 40), "slot by centre distance", "slot 10 x 40 c-c + pi 5^2", "A")
    add("plate 100x60x5 with a centred through slot, 12 wide and 50 long overall, lengthwise",
        slot_plate(100, 60, 5, 12, 38), "slot by overall length", "38 x 12 + pi 6^2", "A")
    add("chapa de 90x40x6 con una ranura pasante de 8 mm de ancho y 45 de largo total en el centro",
        slot_plate(90, 40, 6, 8, 37), "slot, Spanish, overall length", "37 x 8 + pi 4^2", "A")
    add("base plate 200x80x10, a single 14 mm wide slot, centres 60 apart, centred, running along the 200 side",
        slot_plate(200, 80, 10, 14, 60), "slot by centres apart", "60 x 14 + pi 7^2", "A")


def keyways():
    add("25 mm shaft 120 long with an 8 x 4 keyway along its whole length",
        keyed_shaft(25, 120, 8, 4), "full-length keyway w x depth", "segment |x|<4 above r-4 removed", "B")
    add("shaft Ø16 x 80, keyway 5 wide 3 deep for the full length",
        keyed_shaft(16, 80, 5, 3), "full-length keyway", "segment |x|<2.5 above 5", "B")
    add("round bar 30 dia x 150 long, 8 wide 4 deep keyseat cut end to end",
        keyed_shaft(30, 150, 8, 4), "keyseat end to end", "segment |x|<4 above 11", "B")


def edges():
    s = block(60, 40, 30)
    add("box 60x40x30, fillet the 4 vertical edges R5, top and bottom edges stay sharp",
        fillet(s.edges().filter_by(Axis.Z), 5), "vertical edges only", "4 x 30 x (1-pi/4) 25", "C")
    s = block(80, 50, 25)
    add("block 80 x 50 x 25, round only the vertical (25 mm) edges with R6",
        fillet(s.edges().filter_by(Axis.Z), 6), "edge length in brackets", "4 x 25 x (1-pi/4) 36", "C")
    s = block(30, 30, 30)
    add("30 mm cube, chamfer the top edges only, 3 mm",
        chamfer(s.edges().group_by(Axis.Z)[-1], 3), "top edges chamfered", "4 edges c3 mitred", "C")
    s = block(50, 50, 20)
    add("50x50x20 plate, break the four top edges with a 1.5 mm chamfer, the rest left sharp",
        chamfer(s.edges().group_by(Axis.Z)[-1], 1.5), "top four edges, rest sharp", "4 edges c1.5", "C")
    s = block(40, 40, 60)
    add("block 40x40x60, round the bottom edges only with 5 mm radius",
        fillet(s.edges().group_by(Axis.Z)[0], 5), "bottom edges", "4 bottom edges r5", "C")
    s = block(70, 30, 10)
    add("70x30x10 block, chamfer the 4 short vertical edges 2, leave everything else sharp",
        chamfer(s.edges().filter_by(Axis.Z), 2), "vertical edges chamfered", "4 x 10 x 2", "C")


def round_holes():
    add("Ø30 x 60 round bar, M10 tapped 15 deep in one end on the centre",
        cyl(30, 60) - cyl(8.5, 16, 45), "axial tapped blind hole", "tap drill 8.5 x 15, flat", "D")
    add("round 25 dia x 40 long with a 6 mm hole drilled 20 deep on the axis at one end",
        cyl(25, 40) - cyl(6, 21, 20), "axial blind hole", "d6 x 20 flat", "D")
    ring = cyl(30, 10) - cyl(15, 12, -1)
    radial = Pos(0, 0, 5) * Rot(0, 90, 0) * Cylinder(4.2 / 2, 16, align=MIN)
    add("collar 30 OD, 15 bore, 10 wide, with one radial M5 set screw hole into the bore",
        ring - radial, "radial tapped hole", "tap drill 4.2 through one wall", "D")


def limits():
    s = block(30, 30, 30)
    add("cube 30, R14 on every edge", fillet(s.edges(), 14), "rounded cube near a ball", "r14 < 15", "E")
    add("torus with a 4 mm hole in the middle and 16 mm tube diameter",
        Torus(10, 8), "fat torus by hole", "r 8, R = 2 + 8 = 10, OD 36", "E")
    refuse("cup 50 dia 40 tall with a 40 dia pocket 45 deep, keep the bottom closed",
           "pocket deeper than the cup", "45 deep > 40 tall with a closed bottom", "F")
    refuse("block 40x40x20 with a 10 mm blind hole 25 deep from the top, not through",
           "blind hole deeper than the block", "25 > 20 and not through", "F")


def steps():
    ball = Sphere(20)
    add("Start with a 40 mm sphere. Then cut 8 mm off the bottom to make a flat.",
        ball - Pos(0, 0, -112) * Box(100, 100, 100, align=MIN), "slice a cap off", "sphere - cap h8", "G")
    add("First a cylinder 12 dia 50 long. Then turn one end down to 8 dia for 15 mm.",
        cyl(12, 35) + cyl(8, 15, 35), "turn down an end", "d12x35 + d8x15", "G")
    ring = cyl(40, 20) - cyl(30, 22, -1)
    add("Make a tube 40 OD, 30 ID, 20 long. Then cut a 3 mm wide slit through one side of the wall along the full length.",
        ring - Pos(12, -1.5, -1) * Box(10, 3, 22, align=(Align.MIN, Align.MIN, Align.MIN)), "slit a ring", "|y|<1.5, x>0 through the wall", "G")
    add("Cylinder 50 wide and 60 tall. Shell it with 2 mm walls, top face removed so it is open at the top.",
        cyl(50, 60) - cyl(46, 60, 2), "shell open at the top", "cyl - d46 x 58 cavity", "G")


slots()
keyways()
edges()
round_holes()
limits()
steps()
with open(OUT, "w") as f:
    for r in RECS:
        f.write(json.dumps(r) + "\n")
print("wrote", len(RECS))

# ruff: noqa
#!/usr/bin/env python3
"""Writes coverage_c-honest3.jsonl: issue 12/15's "no wrong part at high" (c-honest3, session 8).

Five classes of words that change the part while every number can still be bound, phrased
unlike coverage8a c929/c943, coverage8b c1048, steps8 s821 and text2cad8 t837 (other parts,
other values, other words and order):
1. a feature nobody asked for (a collar given only ring sizes: the words ask for a plain ring);
2. a fit or grade word ("loose fit", "close-fitting", "free fit", "tight", "H7", "press fit",
   "sliding fit") that must be applied or reported;
3. the part's own cross-section said by a shape word (square / rectangular tube, hex bar,
   hexagonal rod, octagonal prism, triangular prism, box section);
4. holes promised on "every face", "each face", "all six faces", "all four sides";
5. a cavity size said as the cavity ("25 deep inside", "internal depth", "clear inside",
   "30 deep" on a tray whose floor is given).
A few plain parts of the same families are the control (they must stay right at high).
References are modelled in build123d here, never read off the generator's output; the genus
is measured like the eval does (trimesh Euler number of the STL).
Run: python tests/data/gen_coverage_c-honest3.py  (rewrites the .jsonl next to it)
"""

from __future__ import annotations

import json
import math
import tempfile
from pathlib import Path

import trimesh
from build123d import (Align, Box, Cylinder, Pos, Rot, RegularPolygon, Polygon, export_stl, extrude,
                       Rectangle)

CB = (Align.CENTER, Align.CENTER, Align.MIN)


def measured(shape):
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "p.stl"
        export_stl(shape, str(path), tolerance=0.01, angular_tolerance=0.1)
        m = trimesh.load(path, force="mesh")
        genus = int(round((2 - m.euler_number) / 2)) if m.is_watertight else None
    bb = shape.bounding_box()
    return sorted(round(v, 3) for v in (bb.size.X, bb.size.Y, bb.size.Z)), round(shape.volume, 1), genus


def case(cid, item, cls, prompt, shape, intent, why):
    ext, vol, genus = measured(shape)
    return {"id": cid, "item": item, "class": cls, "prompt": prompt,
            "expect": {"extents": ext, "volume": vol, "genus": genus},
            "intent": intent, "why": why, "out_of_scope": False, "impossible": False}


def ring(od, d, h):
    return Cylinder(od / 2, h, align=CB) - Cylinder(d / 2, h, align=CB)


def collar_with_screw(od, d, h, tap):
    """a ring with one radial tap-drill hole through one wall, mid-width"""
    r = ring(od, d, h)
    return r - Pos(d / 4, 0, h / 2) * Rot(0, 90, 0) * Cylinder(tap / 2, od / 2, align=CB)


def cube_three_holes(a, d):
    c = Box(a, a, a)
    for rot in ((0, 0, 0), (90, 0, 0), (0, 90, 0)):
        c -= Rot(*rot) * Cylinder(d / 2, a)
    return c


def cube_blind_each_face(a, d, depth):
    c = Box(a, a, a)
    for rot in ((0, 0, 0), (180, 0, 0), (90, 0, 0), (-90, 0, 0), (0, 90, 0), (0, -90, 0)):
        c -= Rot(*rot) * Pos(0, 0, a / 2 - depth) * Cylinder(d / 2, depth, align=CB)
    return c


def block_four_sides(l, w, h, d):
    """l (X) x w (Y) x h (Z) block, one hole through along X and one along Y, both at mid height"""
    b = Box(l, w, h)
    b -= Rot(0, 90, 0) * Cylinder(d / 2, l)
    b -= Rot(90, 0, 0) * Cylinder(d / 2, w)
    return b


def tray(l, w, h, wall, floor):
    return Box(l, w, h, align=CB) - Pos(0, 0, floor) * Box(l - 2 * wall, w - 2 * wall, h, align=CB)


def cup(od, h, wall, floor):
    return Cylinder(od / 2, h, align=CB) - Pos(0, 0, floor) * Cylinder(od / 2 - wall, h, align=CB)


def rect_tube(a, b, wall, length):
    return Box(a, b, length, align=CB) - Box(a - 2 * wall, b - 2 * wall, length, align=CB)


def hex_prism(af, h):
    return extrude(RegularPolygon(af / math.sqrt(3), 6), h)


def octagon_prism(af, h):
    return extrude(RegularPolygon(af / 2 / math.cos(math.pi / 8), 8, major_radius=True), h)


def triangle_prism(side, h):
    return extrude(Polygon((0, 0), (side, 0), (side / 2, side * math.sqrt(3) / 2)), h)


def plate(l, w, t, d, pts):
    p = Box(l, w, t, align=CB)
    for x, y in pts:
        p -= Pos(x, y, 0) * Cylinder(d / 2, t, align=CB)
    return p


CASES = [
    # 1. a feature nobody asked for: only ring sizes are given
    case("h301", 6, 1, "shaft collar, bore 16, outside 30, 12 wide", ring(30, 16, 12), "plain collar",
         "only ring sizes: no screw asked; a set screw added by default is a feature nobody asked for"),
    case("h302", 6, 1, "Shaft collar 8mm ID x 18mm OD x 9mm", ring(18, 8, 9), "plain collar", "ID x OD x width"),
    case("h303", 6, 1, "a stop collar for a 20 mm shaft: 36 OD, 14 long", ring(36, 20, 14), "plain collar",
         "bore from the shaft; nothing about a screw"),
    case("h304", 6, 1, "Collar to go on a 10mm shaft, 20 dia, 10 thick", ring(20, 10, 10), "plain collar",
         "a ring sized by the shaft"),
    case("h305", 6, 1, "shaft collar 16 bore, 30 OD, 12 wide, with one M5 grub screw", collar_with_screw(30, 16, 12, 4.2),
         "control: set screw asked", "M5 tap drill 4.2 radially through one wall at mid width"),
    # 2. fit words
    case("h311", 6, 2, "spacer for an M5 screw, 12 long, 10 OD, loose fit bore", ring(10, 5.8, 12), "M5 spacer, coarse clearance",
         "loose fit = ISO 273 coarse: 5.8"),
    case("h312", 6, 2, "M8 spacer 20 long, 16 OD, close-fitting hole", ring(16, 8.4, 20), "M8 spacer, fine clearance",
         "close fit = ISO 273 fine: 8.4"),
    case("h313", 6, 2, "Distance bush for an M4 bolt, 8 mm outside, 6 long, free fit", ring(8, 4.8, 6), "M4 spacer, free fit",
         "free fit = ISO 273 coarse: 4.8"),
    case("h314", 6, 2, "spacer 15 long, 12 OD, for M6, tight fit on the bolt", ring(12, 6.4, 15), "M6 spacer, tight",
         "tight = close (fine) clearance 6.4"),
    case("h315", 1, 2, "plate 60 x 40 x 5 with four M5 close fit holes 8 mm in from the corners",
         plate(60, 40, 5, 5.3, [(x, y) for x in (-22, 22) for y in (-12, 12)]), "plate, close-fit M5 holes",
         "close fit M5 = 5.3, centres 8 in from each edge"),
    case("h316", 1, 2, "block 40 x 40 x 20 with a 10 mm H7 bore through the middle",
         Box(40, 40, 20, align=CB) - Cylinder(5, 20, align=CB), "block with a reamed bore",
         "H7 is a tolerance: modelled at the nominal 10"),
    case("h317", 6, 2, "bushing 12 ID press fit, 18 OD, 15 long", ring(18, 12, 15), "plain bush",
         "press fit is the OD's tolerance; nominal sizes"),
    case("h318", 1, 2, "bracket plate 80 x 50 x 6, two M6 holes normal fit, 50 apart on the centre line",
         plate(80, 50, 6, 6.6, [(-25, 0), (25, 0)]), "control: normal fit", "normal = medium 6.6"),
    # 3. the part's own section
    case("h321", 7, 3, "square tube 25 outside, 2 wall, 100 long", rect_tube(25, 25, 2, 100), "square tube",
         "square section, not round"),
    case("h322", 7, 3, "rectangular tube 50 by 25 outside, 2 mm wall, 150 long", rect_tube(50, 25, 2, 150), "RHS",
         "rectangular hollow section"),
    case("h323", 7, 3, "box section 60 x 40, 3 mm walls, 300 long", rect_tube(60, 40, 3, 300), "box section",
         "box section = rectangular hollow section"),
    case("h324", 7, 3, "hex bar 22 across flats, 80 long", hex_prism(22, 80), "hex bar", "hexagon 22 AF"),
    case("h325", 7, 3, "hexagonal rod, 17 AF, 50 long", hex_prism(17, 50), "hex rod", "hexagon 17 AF"),
    case("h326", 7, 3, "octagonal prism 30 across flats, 20 tall", octagon_prism(30, 20), "octagonal prism",
         "regular octagon 30 AF"),
    case("h327", 7, 3, "triangular prism with 40 mm sides, 60 long", triangle_prism(40, 60), "triangular prism",
         "equilateral triangle, side 40"),
    case("h328", 7, 3, "hollow hex bar 24 AF with a 12 mm bore, 40 long", hex_prism(24, 40) - Cylinder(6, 40, align=CB), "hollow hex",
         "hexagon 24 AF, Ø12 through"),
    # 4. holes on every face
    case("h331", 1, 4, "40 mm cube with a 10 mm hole through the middle of each face", cube_three_holes(40, 10),
         "three crossing holes", "a hole through each face's centre: three axes"),
    case("h332", 1, 4, "cube 30, Ø8 hole drilled through the centre of all six faces", cube_three_holes(30, 8),
         "three crossing holes", "six faces, three through holes"),
    case("h333", 1, 4, "block 60 x 40 x 40 with a 10 mm hole through the centre of all four sides",
         block_four_sides(60, 40, 40, 10), "two crossing holes", "the four side faces: one hole along X, one along Y"),
    case("h334", 1, 4, "each face of a 25 mm cube has a 6 mm blind hole 5 deep in its centre",
         cube_blind_each_face(25, 6, 5), "six blind holes", "six faces, a 6 x 5 blind hole each"),
    case("h335", 1, 4, "20mm cube with a 5mm hole through every face", cube_three_holes(20, 5), "three crossing holes",
         "every face: three axes"),
    # 5. cavity sizes
    case("h341", 2, 5, "tray 200 x 120, 25 deep inside, 2 mm walls and base", tray(200, 120, 27, 2, 2), "tray, inside depth",
         "25 inside + 2 base = 27 overall"),
    case("h342", 2, 5, "open box 100 x 60, 40 mm internal depth, 3 thick", tray(100, 60, 43, 3, 3), "open box, inside depth",
         "40 inside + 3 floor"),
    case("h343", 2, 5, "a tray, inside 120 x 80 x 20 deep, walls 2.5", tray(125, 85, 22.5, 2.5, 2.5), "tray by its inside",
         "inside 120 x 80 x 20; 2.5 walls and floor outside it"),
    case("h344", 2, 5, "box with 5 mm walls, clear inside 50 x 50 x 30, open top", tray(60, 60, 35, 5, 5), "open box by its inside",
         "clear inside 50 x 50 x 30"),
    case("h345", 2, 5, "tray 100 by 80, 15 deep, 2 mm floor and walls", tray(100, 80, 17, 2, 2), "tray, depth of the tray",
         "a tray's depth with its floor given is the inside (like c929)"),
    case("h346", 2, 5, "tray 150 x 100, 20 high overall, 2 mm walls", tray(150, 100, 20, 2, 2), "control: overall",
         "overall height said"),
    case("h347", 2, 5, "cup 60 mm outside diameter, 3 mm wall, 4 mm base, 50 mm deep inside", cup(60, 54, 3, 4),
         "cup, inside depth", "50 inside + 4 base"),
    # controls: plain parts of the same families
    case("h351", 6, 0, "spacer for M6, 10 OD, 12 long", ring(10, 6.6, 12), "control: plain spacer", "M6 medium 6.6"),
    case("h352", 7, 0, "tube 30 OD 24 ID 120 long", ring(30, 24, 120), "control: round tube", "round"),
    case("h353", 1, 0, "50 mm cube with a 12 mm hole through the middle", Box(50, 50, 50) - Cylinder(6, 50),
         "control: one hole", "one through hole"),
]


def main():
    out = Path(__file__).with_name("coverage_c-honest3.jsonl")
    out.write_text("".join(json.dumps(c) + "\n" for c in CASES))
    print(f"wrote {len(CASES)} cases to {out}")


if __name__ == "__main__":
    main()

# ruff: noqa
#!/usr/bin/env python3
"""Writes coverage_chonest.jsonl: issue 12 item 7 and the readers' honesty (c-honest, session 6).

Three kinds of case, phrased unlike the coverage5b prompts they stand for (other words, values, order):
- impossible requests (`impossible: true`): right only when refused, with the conflict named;
- parts a reader may half-build (flutes, ribs, a second boss, a count typed as a size): any
  answer but a wrong part at `high` is honest; the references say what a right part is;
- plain parts the readers do read whole: they must stay right (and at `high`).
Every expectation comes from a build123d reference modelled here, never from the generator.
Run: python tests/data/gen_coverage_chonest.py  (rewrites the .jsonl next to it)
"""

from __future__ import annotations

import json
import math
from pathlib import Path

from build123d import Align, Box, Cone, Cylinder, Pos

CB = (Align.CENTER, Align.CENTER, Align.MIN)


def vol(shape):
    return round(shape.volume, 1)


def ext(shape):
    bb = shape.bounding_box()
    return sorted(round(v, 3) for v in (bb.size.X, bb.size.Y, bb.size.Z))


def case(cid, prompt, shape=None, genus=None, intent="", why="", impossible=False, out_of_scope=False):
    expect = {} if shape is None else {"extents": ext(shape), "volume": vol(shape), "genus": genus}
    return {"id": cid, "item": 7 if impossible else 8, "prompt": prompt, "expect": expect, "intent": intent, "why": why,
            "out_of_scope": out_of_scope, "impossible": impossible}


def plate_holes(l, w, t, d, pts):
    p = Box(l, w, t, align=CB)
    for x, y in pts:
        p -= Pos(x, y, 0) * Cylinder(d / 2, t, align=CB)
    return p


def minus_ring(shape, n, r, cut_r, height):
    """`shape` less n cylinders of radius cut_r, evenly spaced with their axes on radius r."""
    for i in range(n):
        shape -= Pos(r * math.cos(2 * math.pi * i / n), r * math.sin(2 * math.pi * i / n), 0) * Cylinder(cut_r, height, align=CB)
    return shape


def knob():
    return minus_ring(Cylinder(15, 12, align=CB) - Cylinder(2.5, 12, align=CB), 6, 15, 3, 12)


def disc_pcd():
    return minus_ring(Cylinder(25, 6, align=CB) - Cylinder(5, 6, align=CB), 4, 18, 2.5, 6)


cases = [
    # ---- impossible: refused with the numbers ------------------------------------------------
    case("h01", "steel block 40 x 25 x 15, drill a blind 8 mm hole 18 deep from the top - it must not come out the bottom",
         intent="blind hole deeper than the block", why="18 deep > 15 tall", impossible=True),
    case("h02", "a 70x30x10 bar with two 10mm holes whose centres are 6mm apart, in the middle",
         intent="holes overlap", why="centres 6 apart < 10 diameter", impossible=True),
    case("h03", "plate 50 x 50 x 12, one counterbored hole in the middle: 10 mm thru with an 8 mm diameter counterbore 5 deep",
         intent="counterbore narrower than its hole", why="8 < 10", impossible=True),
    case("h04", "Ø12 shaft 60 long with a keyway 14 wide and 3 deep along it",
         intent="keyway wider than the shaft", why="14 > 12", impossible=True),
    case("h05", "HTD 5M pulley with 12 teeth and a 25 mm bore",
         intent="bore through the teeth", why="12T 5M: pitch dia 19.1, OD 17.96; 25 > OD", impossible=True),
    case("h06", "open box 80 x 50 x 40 with 3 mm walls, a 12 mm hole through each short end wall centred 4 mm below the rim",
         intent="side hole breaks the rim", why="radius 6 > 4 below the top", impossible=True),
    case("h07", "plate 60 x 40 x 8 with a 6.6 hole countersunk to 5 mm dia in the centre",
         intent="countersink narrower than its hole", why="5 < 6.6", impossible=True),
    case("h08", "bar 90 x 12 x 6 with a 16 wide slot 30 long through the top face",
         intent="slot wider than the bar", why="16 > 12", impossible=True),
    # ---- parts a reader may half-build: never wrong at high -------------------------------------
    case("n01", "knob 30 mm across, 12 tall, with 6 scalloped flutes of radius 3 around the edge and a 5 mm bore",
         knob(), genus=1, intent="fluted knob", why="disc 30x12 minus 6 r3 cylinders on the rim (axes on r=15), minus the 5 bore"),
    case("n02", "Sketch a 60 by 20 rectangle and extrude it 5 mm. On the top add two round bosses 10 mm across and 8 mm "
                "tall, each 12 mm from an end of the plate. Drill a 4 mm hole through each boss and the plate.",
         (Box(60, 20, 5, align=CB) + Pos(-18, 0, 5) * Cylinder(5, 8, align=CB) + Pos(18, 0, 5) * Cylinder(5, 8, align=CB))
         - Pos(-18, 0, 0) * Cylinder(2, 13, align=CB) - Pos(18, 0, 0) * Cylinder(2, 13, align=CB),
         genus=2, intent="plate with two drilled bosses", why="boss centres 12 from the ends: x = +-18"),
    case("n03", "ribbed plate 80 x 60 x 5 with three ribs 3 wide and 10 tall running the long way",
         Box(80, 60, 5, align=CB) + Pos(0, -20, 5) * Box(80, 3, 10, align=CB) + Pos(0, 0, 5) * Box(80, 3, 10, align=CB)
         + Pos(0, 20, 5) * Box(80, 3, 10, align=CB),
         genus=0, intent="plate with ribs", why="ribs evenly spread at y = -20, 0, 20 (a quarter of the width apart)"),
    case("n04", "cylinder 30 dia 40 long with a knurled grip", None, intent="knurl", why="no knurl model: a stand-in or a refusal is honest",
         out_of_scope=True),
    # ---- plain parts that stay right -----------------------------------------------------------
    case("r01", "bar 100 x 20 x 10 with 5 holes of 6 mm, spaced 15 mm apart along the centreline, pattern centred",
         plate_holes(100, 20, 10, 6, [(-30 + 15 * i, 0) for i in range(5)]), genus=5, intent="row of holes",
         why="5 x 6 at 15 pitch, centred"),
    case("r02", "plate 90 x 60 x 6 with four 5 mm holes 8 mm in from each edge",
         plate_holes(90, 60, 6, 5, [(sx * 37, sy * 22) for sx in (-1, 1) for sy in (-1, 1)]), genus=4,
         intent="corner holes", why="centres 8 in from both edges"),
    case("r03", "disc 50 dia, 6 thick, with 4 holes 5 mm on a 36 PCD and a 10 mm centre hole",
         disc_pcd(),
         genus=5, intent="disc with PCD holes", why="4 x 5 on r=18"),
    case("r04", "The object is a frustum: a flat bottom 30 mm in diameter and a flat top 20 mm in diameter, and they are 20 mm apart.",
         Cone(15, 10, 20, align=CB), genus=0, intent="frustum", why="faces 20 apart: the height"),
]

out = Path(__file__).with_name("coverage_chonest.jsonl")
out.write_text("".join(json.dumps(c) + "\n" for c in cases))
print(f"wrote {len(cases)} cases to {out}")

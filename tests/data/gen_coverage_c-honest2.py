# ruff: noqa
#!/usr/bin/env python3
"""Writes coverage_c-honest2.jsonl: issue 12's "no wrong part at high" (c-honest2, session 7).

Words that change the part and that a reader may drop while every number is still bound:
- counts said in words, with a size between the count and its noun ("twin 12 mm holes",
  "half a dozen Ø5 holes", "three M4 clearance holes", "a hole in each corner", "a hole at both ends");
- directions of a hole ("lengthwise", "from side to side", "front to back", "end to end",
  "horizontally", "crosswise") on a body whose long axis is not the one a plain hole takes;
- shape qualifiers of a hole or a sketch ("hex hole", "rectangular cut-out", "square through
  hole", "hexagonal boss 17 across flats").
Phrased unlike coverage7a c807/c817/c849 and steps7 s737 (other words, values, order). A wrong
part at `high` is the failure; a right part or an honest medium/low is not. References are
modelled in build123d here, never read off the generator's output.
Run: python tests/data/gen_coverage_c-honest2.py  (rewrites the .jsonl next to it)
"""

from __future__ import annotations

import json
import math
from pathlib import Path

from build123d import Align, Axis, Box, Cylinder, Pos, Rot, RegularPolygon, extrude

CB = (Align.CENTER, Align.CENTER, Align.MIN)


def vol(shape):
    return round(shape.volume, 1)


def ext(shape):
    bb = shape.bounding_box()
    return sorted(round(v, 3) for v in (bb.size.X, bb.size.Y, bb.size.Z))


def case(cid, item, prompt, shape, genus, intent, why):
    return {"id": cid, "item": item, "prompt": prompt, "expect": {"extents": ext(shape), "volume": vol(shape), "genus": genus},
            "intent": intent, "why": why, "out_of_scope": False, "impossible": False}


def plate(l, w, t, d, pts):
    p = Box(l, w, t, align=CB)
    for x, y in pts:
        p -= Pos(x, y, 0) * Cylinder(d / 2, t, align=CB)
    return p


def block_bore_x(l, w, h, d):
    """l x w x h block with a Ø d hole along X (the long way), centred."""
    return Box(l, w, h) - Rot(0, 90, 0) * Cylinder(d / 2, l)


def block_bore_y(l, w, h, d):
    return Box(l, w, h) - Rot(90, 0, 0) * Cylinder(d / 2, w)


def hex_prism(af, h):
    return extrude(RegularPolygon(af / math.sqrt(3), 6), h)


cases = [
    # counts in words, sizes between the count and its noun (item 1: numbers as people write them)
    case("h201", 1, "plate 120 x 60 x 8 with twin 12 mm holes on the centreline, 30 mm from each end",
         plate(120, 60, 8, 12, [(-30, 0), (30, 0)]), 2, "two holes", "twin = 2; centres 30 from each 120 end"),
    case("h202", 1, "base plate 90x90x5, half a dozen Ø5 holes equally spaced on a 60 PCD",
         plate(90, 90, 5, 5, [(30 * math.cos(i * math.pi / 3), 30 * math.sin(i * math.pi / 3)) for i in range(6)]), 6,
         "six holes on a bolt circle", "half a dozen = 6"),
    case("h203", 1, "80 by 40 plate 4 thick with a 6 mm hole in each corner, 8 from the edges",
         plate(80, 40, 4, 6, [(sx * 32, sy * 12) for sx in (-1, 1) for sy in (-1, 1)]), 4, "corner holes", "each corner = 4"),
    case("h204", 1, "strip 200 long, 25 wide, 5 thick, a 7 mm hole at both ends 12 mm in",
         plate(200, 25, 5, 7, [(-88, 0), (88, 0)]), 2, "end holes", "both ends = 2, centres 12 from each end"),
    case("h205", 1, "square plate 70 mm, 6 mm thick, four 8mm radius holes 18 mm in from the corners both ways",
         plate(70, 70, 6, 16, [(sx * 17, sy * 17) for sx in (-1, 1) for sy in (-1, 1)]), 4, "four large holes",
         "radius 8 -> Ø16; 18 in from each edge -> centres at ±17"),
    case("h206", 1, "a 100x30x6 bar with three 5 mm holes spaced 30 apart along the middle",
         plate(100, 30, 6, 5, [(-30, 0), (0, 0), (30, 0)]), 3, "three holes", "three = 3 at 30 pitch"),
    case("h207", 1, "150 x 50 x 10 plate, a couple of 10 mm diameter holes on the long axis 40 from each end",
         plate(150, 50, 10, 10, [(-35, 0), (35, 0)]), 2, "two holes", "a couple = 2; centres 40 from each 150 end"),
    case("h208", 1, "disc 60 dia 5 thick with a single 10 mm hole in the middle",
         Cylinder(30, 5, align=CB) - Cylinder(5, 5, align=CB), 1, "one centre hole", "a single = 1"),
    # directions of a hole on a block whose long axis is not the top face's normal
    case("h211", 2, "block 120 long, 30 wide, 20 high with an 8 mm hole drilled lengthwise through the middle",
         block_bore_x(120, 30, 20, 8), 1, "hole along the length", "lengthwise = along the 120"),
    case("h212", 2, "a 60 x 40 x 40 block with a 16 mm bore end to end, centred",
         block_bore_x(60, 40, 40, 16), 1, "bore along the length", "end to end = along the 60"),
    case("h213", 2, "rectangular block 50 wide 80 long 30 tall, 10mm hole going horizontally through it from one end to the other",
         Box(50, 80, 30) - Rot(90, 0, 0) * Cylinder(5, 80), 1, "horizontal hole along the 80", "horizontal; end to end = along the 80"),
    case("h214", 2, "bar 30 x 30 x 150 with a 12 mm hole running the full length",
         Box(30, 30, 150) - Cylinder(6, 150), 1, "axial hole down a bar", "the full length = along the 150"),
    case("h215", 2, "block 70 x 50 x 25, a 6 mm hole through the side, centred",
         Box(70, 50, 25) - Rot(90, 0, 0) * Cylinder(3, 50), 1, "hole through a side face",
         "through the side: horizontal, across the 50 (the narrower horizontal way)"),
    case("h216", 2, "100 x 40 x 40 block with a 14 mm hole drilled crosswise through the centre, front to back",
         block_bore_y(100, 40, 40, 14), 1, "cross hole", "crosswise, front to back = along the 40 horizontal"),
    # shape qualifiers
    case("h221", 2, "40 mm cube with a 20 mm hex hole through it",
         Box(40, 40, 40) - hex_prism(20, 40).moved(Pos(0, 0, -20)), 1, "hex hole", "20 across flats, hexagonal"),
    case("h222", 2, "plate 100 x 80 x 6 with a rectangular cut-out 40 x 20 in the centre",
         Box(100, 80, 6) - Box(40, 20, 6), 1, "rectangular window", "a 40 x 20 rectangle through"),
    case("h223", 2, "block 60x60x20 with a 25 mm square through hole in the middle",
         Box(60, 60, 20) - Box(25, 25, 20), 1, "square hole", "25 x 25 through"),
    case("h224", 2, "1. Sketch a hexagon 17 mm across flats on XY and extrude 10 mm.\n2. Drill a 6 mm hole through the centre.",
         hex_prism(17, 10) - Cylinder(3, 10, align=CB), 1, "hex standoff", "hexagon AF17 x 10, Ø6 through"),
    case("h225", 2, "Start with a 30 mm square, 3 mm thick. On top add a hexagonal boss 14 across flats and 6 tall.",
         Box(30, 30, 3, align=CB) + Pos(0, 0, 3) * hex_prism(14, 6), 0, "hex boss on a square pad",
         "30x30x3 base + hexagon AF14 x 6"),
    # plain parts the readers read whole: they must stay right at high
    case("h231", 3, "plate 120 x 80 x 6 with four 9 mm holes, 12 mm in from each edge",
         plate(120, 80, 6, 9, [(sx * 48, sy * 28) for sx in (-1, 1) for sy in (-1, 1)]), 4, "four corner holes", "plain"),
    case("h232", 3, "disc 80 diameter, 8 thick, 20 mm centre hole",
         Cylinder(40, 8, align=CB) - Cylinder(10, 8, align=CB), 1, "washer-like disc", "plain"),
    case("h233", 3, "block 50 x 40 x 30 with a 10 mm hole straight down through the top, centred",
         Box(50, 40, 30) - Cylinder(5, 30), 1, "vertical hole", "down through the top = along the 30"),
]

out = Path(__file__).with_name("coverage_c-honest2.jsonl")
out.write_text("".join(json.dumps(c) + "\n" for c in cases))
print(f"{len(cases)} cases -> {out}")

#!/usr/bin/env python3
"""Write coverage_calib.jsonl: an adversarial set for the honesty of `reading.confidence`.

Every prompt carries one detail a simple parser is likely to miss or misassign (a unit typed on
one number only, a size for the wrong role, a feature noun nobody builds, a quantity of parts, a
tolerance, a product number), written the way people post on forums, in drawing shorthand or in
catalogue text.  Expectations come from reference parts modelled here in build123d; hole positions
are placed wherever is simplest (they change neither extents, volume nor genus).  What is scored is
both: is the part right, and is a wrong part ever reported at `high`.
Run from the project root: python tests/data/gen_coverage_calib.py
"""

from __future__ import annotations

import json
import math
from pathlib import Path

from build123d import Align, Box, Cylinder, Part, Pos, RegularPolygon, Rot, chamfer, extrude

OUT = Path(__file__).with_name("coverage_calib.jsonl")
IN = 25.4
cases: list[dict] = []


def cyl(d: float, h: float) -> Part:
    return Cylinder(d / 2, h)


def tube(od: float, id_: float, h: float) -> Part:
    return Cylinder(od / 2, h) - Cylinder(id_ / 2, h * 2)


def holes(part: Part, d: float, where: list[tuple[float, float]], h: float = 1000.0) -> Part:
    for x, y in where:
        part -= Pos(x, y, 0) * Cylinder(d / 2, h)
    return part


def grid(n: int, step: float = 6.0) -> list[tuple[float, float]]:
    """n places in a row (tiny pitch; positions do not change what is measured)."""
    return [((i - (n - 1) / 2) * step, 0.0) for i in range(n)]


def ring(n: int, r: float) -> list[tuple[float, float]]:
    return [(r * math.cos(2 * math.pi * k / n), r * math.sin(2 * math.pi * k / n)) for k in range(n)]


def hexagon(af: float, h: float) -> Part:
    return extrude(RegularPolygon(af / math.sqrt(3), 6), h)


def add(cid: str, item: int, prompt: str, part: Part, intent: str, *, genus: int | None = None,
        volume: bool = True) -> None:
    bb = part.bounding_box()
    expect: dict = {"extents": sorted(round(v, 3) for v in (bb.size.X, bb.size.Y, bb.size.Z))}
    if volume:
        expect["volume"] = round(part.volume, 3)
    if genus is not None:
        expect["genus"] = genus
    cases.append({"id": cid, "item": item, "prompt": prompt, "expect": expect, "impossible": False,
                  "intent": intent, "numbers": {}, "out_of_scope": False})


# ---- item 1: units typed on one number only, fractions, decimal commas, words ----
add("k101", 1, "cylinder, radius 15 mm, 4 cm tall", cyl(30, 40), "r15 x 40 cylinder", genus=0)
add("k102", 1, "need a block 12 x 8 cm, 2 cm thick", Box(120, 80, 20), "120 x 80 x 20", genus=0)
add("k103", 1, "tube 1 in OD, 2 mm wall, 150 mm long", tube(IN, IN - 4, 150), "inch OD, mm wall", genus=1)
add("k104", 1, "round bar 3/4\" dia x 6\" long", cyl(0.75 * IN, 6 * IN), "inch bar", genus=0)
add("k105", 1, "plate 0.25 in thick, 4 x 6 in", Box(4 * IN, 6 * IN, 0.25 * IN), "inch plate, thickness first",
    genus=0)
add("k106", 1, "spacer 12 OD, 6,5 ID, length 0,8 cm", tube(12, 6.5, 8), "decimal commas, cm length", genus=1)
add("k107", 1, "a cube of 1.5 cm", Box(15, 15, 15), "15 mm cube", genus=0)
add("k108", 1, "box 200 long by 10 cm wide by 50 high, solid", Box(200, 100, 50), "mixed mm and cm", genus=0)
add("k109", 1, "round disc 4 inch diameter, 1/4 thick", cyl(4 * IN, 0.25 * IN), "inch disc, bare fraction",
    genus=0)
add("k110", 1, "plate 6 x 4 x 1/2 inch", Box(6 * IN, 4 * IN, 0.5 * IN), "inch plate", genus=0)
add("k111", 1, "tube 2 in OD, 1/8 wall, 12 in long", tube(2 * IN, 2 * IN - 0.25 * IN, 12 * IN),
    "all inches", genus=1)
add("k112", 1, "disc, diameter two inches, thickness 5 mm", cyl(2 * IN, 5), "number as a word", genus=0)
add("k113", 1, "washer 1.2 cm outside, 6 mm hole, 1,5 mm thick", tube(12, 6, 1.5), "cm OD, mm hole", genus=1)

# ---- item 2: roles in context ----
add("k201", 2, "pipe ID 40 wall 4 length 200", tube(48, 40, 200), "ID + wall", genus=1)
cup = cyl(60, 80) - Pos(0, 0, 2.5) * Cylinder(27, 75)
add("k202", 2, "cup 60 OD, 80 tall, 3 mm walls, 5 mm bottom", cup, "walls and bottom", genus=0)
add("k203", 2, "plate 150 x 80, 10 thick, with a 25 hole in the middle", holes(Box(150, 80, 10), 25, [(0, 0)]),
    "one 25 hole", genus=1)
add("k204", 2, "flat bar 300 x 40 x 12 with 5 holes Ø8.5 at 60 pitch", holes(Box(300, 40, 12), 8.5, grid(5, 60)),
    "five holes", genus=5)
add("k205", 2, "disc 100 dia 10 thick, 6 holes of 8 on an 80 PCD and a 20 centre hole",
    holes(holes(cyl(100, 10), 8, ring(6, 40)), 20, [(0, 0)]), "bolt circle and centre hole", genus=7)
add("k206", 2, "sleeve 25 long, bore 16, 2 mm wall", tube(20, 16, 25), "bore + wall", genus=1)
add("k207", 2, "tube 30 x 2 x 400", tube(30, 26, 400), "OD x wall x length", genus=1)
add("k208", 2, "flat bar 40 x 5, cut to 250", Box(250, 40, 5), "cut to length", genus=0)
add("k209", 2, "ring, 50 outside, 40 inside, 5 tall", tube(50, 40, 5), "outside / inside", genus=1)
add("k210", 2, "plate 200 x 100, 8 thick, a 10 mm hole at each corner 15 in from the edges and 2 holes of 6 in the middle",
    holes(holes(Box(200, 100, 8), 10, ring(4, 30)), 6, [(-60, 0), (60, 0)]), "4 + 2 holes", genus=6)
add("k211", 2, "block 60 wide, 40 deep, 30 high with a 12 hole through from the top",
    holes(Box(60, 40, 30), 12, [(0, 0)]), "wide/deep/high", genus=1)
add("k212", 2, "I need 6 of these: bracket plate 50 x 30 x 4 with 2 holes of 5",
    holes(Box(50, 30, 4), 5, grid(2, 20)), "6 is a quantity of parts", genus=2)
add("k213", 2, "washer 24 OD 13 ID 2.5 thick, 4 off", tube(24, 13, 2.5), "4 off = quantity", genus=1)
add("k214", 2, "cylinder 30 dia, 50 long, with a 10 mm hole 20 deep in one end",
    cyl(30, 50) - Pos(0, 0, 15) * Cylinder(5, 20), "blind hole", genus=0)

# ---- item 3: standards and names that are not sizes ----
add("k301", 3, "hex spacer 8 AF, 20 long, with a 4.5 hole through for M4 screws",
    holes(hexagon(8, 20), 4.5, [(0, 0)]), "hex spacer", genus=1)
add("k302", 3, "bushing for a 608 bearing: 22 bore, 28 OD, 7 long", tube(28, 22, 7), "608 is a name", genus=1)
add("k303", 3, "2020 extrusion end cap, 20 x 20 x 3 with a 5 mm hole", holes(Box(20, 20, 3), 5, [(0, 0)]),
    "2020 is a name", genus=1)
add("k304", 3, "M8 washer, 2 thick, 17 OD", tube(17, 8.4, 2), "M8 sizes the hole only", genus=1)
add("k305", 3, "dummy 6204 bearing ring for a fixture", tube(47, 20, 14), "6204: 20 x 47 x 14", genus=1)
add("k306", 3, "hex bar 13 across flats, 40 long", hexagon(13, 40), "AF hexagon", genus=0)
add("k307", 3, "bolt spacer 10 long for M5, 9 OD", tube(9, 5.5, 10), "M5 clearance", genus=1, volume=False)
add("k308", 3, "spacer for M6, 12 OD, 15 long", tube(12, 6.6, 15), "M6 clearance", genus=1, volume=False)
add("k309", 3, "shaft Ø25 h6 x 150", cyl(25, 150), "h6 is a fit", genus=0)
add("k310", 3, "plate 120 x 80 x 6 ±0.1 with 4 holes 6 H7",
    holes(Box(120, 80, 6), 6, ring(4, 30)), "tolerances are not sizes", genus=4)

# ---- item 4: drawing and catalogue shorthand ----
add("k401", 4, "PLATE 100X60X8 4X Ø6.6 THRU", holes(Box(100, 60, 8), 6.6, ring(4, 20)), "shorthand", genus=4)
add("k402", 4, "Ø40 x 25 LG, Ø20 THRU", tube(40, 20, 25), "bush in shorthand", genus=1)
add("k403", 4, "BLOCK 50 x 30 x 20, Ø10 THRU CENTRE", holes(Box(50, 30, 20), 10, [(0, 0)]), "block", genus=1)
add("k404", 4, "80 SQ x 6 PLATE, 4 HOLES Ø5.5 ON 60 SQ", holes(Box(80, 80, 6), 5.5, ring(4, 30)),
    "square shorthand", genus=4)
pin = chamfer(cyl(30, 50).edges(), 1)
add("k405", 4, "PIN Ø30 x 50, 1 x 45° CHAMFER BOTH ENDS", pin, "chamfered pin", genus=0)
add("k406", 4, "Ø60 x 12 DISC, 3 HOLES Ø6.6 EQ SP ON PCD 45", holes(cyl(60, 12), 6.6, ring(3, 22.5)),
    "disc shorthand", genus=3)

# ---- item 5: features that a parser may drop ----
flange = cyl(120, 15) + Pos(0, 0, 20) * cyl(50, 25)
flange = holes(Pos(0, 0, 0) * flange, 30, [(0, 0)])
add("k501", 5, "flange 120 OD, 15 thick, with a 50 mm hub 25 high, bore 30", flange, "flange with hub", genus=1)
shaft = cyl(20, 100) - Pos(0, 0, 40) * Rot(0, 90, 0) * Cylinder(3, 40)
add("k502", 5, "shaft Ø20 x 100 with a Ø6 cross hole 10 from one end", shaft, "cross hole", genus=1)
pocket = Box(60, 40, 30) - Pos(0, 0, 10) * Box(30, 20, 10)
add("k503", 5, "block 60 x 40 x 30 with a 30 x 20 pocket 10 deep in the top", pocket, "pocket", genus=0)
flat = cyl(16, 60) - Pos(6 + 50, 0, 0) * Box(100, 100, 100)
add("k504", 5, "round bar 16 dia, 60 long, with a flat 2 mm deep along the full length", flat, "one flat",
    genus=0)
groove = cyl(10, 40) - (cyl(12, 2) - cyl(8, 4))
add("k505", 5, "pin 10 dia 40 long with a groove 1 mm deep and 2 wide in the middle", groove, "groove", genus=0)
boss = Box(100, 60, 10) + Pos(0, 0, 12.5) * cyl(20, 15)
add("k506", 5, "plate 100 x 60 x 10 with a 20 dia boss 15 high in the centre", boss, "boss", genus=0)
key = cyl(25, 120) - Pos(0, 12.5, 0) * Box(8, 8, 40)
add("k507", 5, "shaft 25 dia 120 long, keyseat 8 wide 4 deep 40 long in the middle", key, "keyseat", genus=0)
add("k508", 5, "hinge knuckle 10 OD, 4 pin hole, 30 long", tube(10, 4, 30), "knuckle as a tube", genus=1)
cb = holes(Box(100, 100, 12), 20, [(0, 0)]) - Pos(0, 0, 3.5) * Cylinder(20, 5)
add("k509", 5, "plate 100 x 100 x 12 with a 20 hole in the centre, counterbored 40 dia 5 deep", cb,
    "counterbore", genus=1)
add("k510", 5, "spacer 15 OD, 30 long, no hole", cyl(15, 30), "no hole", genus=0)
flats = cyl(40, 60) - Pos(17 + 50, 0, 0) * Box(100, 100, 100) - Pos(-17 - 50, 0, 0) * Box(100, 100, 100)
add("k511", 5, "cylinder dia 40 length 60 with 2 flats 34 across", flats, "two flats", genus=0)
add("k512", 5, "cube 30 with all edges chamfered 2", chamfer(Box(30, 30, 30).edges(), 2), "chamfer", genus=0)
cbores = holes(Box(80, 50, 10), 6.6, ring(4, 15))
for x, y in ring(4, 15):
    cbores -= Pos(x, y, 2) * Cylinder(5.5, 6)
add("k513", 5, "plate 80 x 50 x 10 with four 6.6 holes counterbored 11 x 6 deep", cbores, "counterbores", genus=4)

# ---- item 6: families people ask for ----
lb = Box(50, 40, 5, align=(Align.MIN, Align.CENTER, Align.MIN)) + \
    Box(5, 40, 50, align=(Align.MIN, Align.CENTER, Align.MIN))
add("k601", 6, "L bracket, legs 50 and 50, 40 wide, 5 thick", lb, "L bracket", genus=0)
angle = Box(40, 100, 4, align=(Align.MIN, Align.CENTER, Align.MIN)) + \
    Box(4, 100, 40, align=(Align.MIN, Align.CENTER, Align.MIN))
add("k602", 6, "angle iron 40 x 40 x 4, 100 long", angle, "equal angle", genus=0)
rect = Box(40, 20, 300) - Box(36, 16, 400)
add("k603", 6, "rectangular tube 40 x 20 x 2, 300 long", rect, "rectangular hollow section", genus=1)
add("k604", 6, "nut M10", holes(hexagon(16, 8.4), 8.5, [(0, 0)]), "ISO 4032 M10", genus=1, volume=False)
add("k605", 6, "shaft collar for a 20 shaft, 36 OD, 14 wide", tube(36, 20, 14),
    "collar (its set-screw hole is not modelled here, so only the extents are held)", volume=False)
add("k606", 6, "spur gear 20 teeth module 2, 10 thick, bore 8", cyl(44, 10), "gear", genus=1, volume=False)

for i, c in enumerate(cases):
    assert c["id"] not in {d["id"] for d in cases[:i]}, c["id"]
OUT.write_text("".join(json.dumps(c) + "\n" for c in cases))
print(f"{len(cases)} prompts -> {OUT}")

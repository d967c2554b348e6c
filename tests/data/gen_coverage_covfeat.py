#!/usr/bin/env python3
"""Write coverage_covfeat.jsonl: issue 12 items 4 (drawing shorthand), 5 (features, negations)
and 7 (impossible requests), with expectations from reference parts modelled here in build123d.

Hole positions do not change extents, volume or genus while the holes stay inside the part, so
each reference places its holes wherever is simplest; what is measured is exact.
Run from the project root: python tests/data/gen_coverage_covfeat.py
"""

from __future__ import annotations

import json
import math
from pathlib import Path

from build123d import Axis, Box, Cone, Cylinder, Part, Pos, SlotOverall, chamfer, extrude, fillet

OUT = Path(__file__).with_name("coverage_covfeat.jsonl")
cases: list[dict] = []


def plate(x: float, y: float, t: float) -> Part:
    return Box(x, y, t)


def spots(n: int, r: float = 0.0, grid: tuple[float, float] | None = None) -> list[tuple[float, float]]:
    """n places on a circle of radius r, or on a centred grid (pitch x, pitch y) of 2 x n/2."""
    if grid:
        px, py = grid
        cols = n // 2
        return [((i - (cols - 1) / 2) * px, (j - 0.5) * py) for i in range(cols) for j in range(2)]
    if r == 0:
        return [(0.0, 0.0)]
    return [(r * math.cos(2 * math.pi * k / n), r * math.sin(2 * math.pi * k / n)) for k in range(n)]


def through(part: Part, t: float, d: float, where: list[tuple[float, float]]) -> Part:
    for x, y in where:
        part -= Pos(x, y, 0) * Cylinder(d / 2, t * 3)
    return part


def blind(part: Part, top: float, d: float, depth: float, where: list[tuple[float, float]]) -> Part:
    for x, y in where:
        part -= Pos(x, y, top - depth / 2) * Cylinder(d / 2, depth)
    return part


def cbore(part: Part, t: float, d: float, cd: float, cdepth: float, where) -> Part:
    part = through(part, t, d, where)
    return blind(part, t / 2, cd, cdepth, where)


def csk(part: Part, t: float, d: float, cd: float, where, angle: float = 90.0) -> Part:
    part = through(part, t, d, where)
    h = (cd / 2) / math.tan(math.radians(angle / 2))
    for x, y in where:
        part -= Pos(x, y, t / 2 - h / 2) * Cone(0, cd / 2, h)
    return part


def disc(d: float, t: float) -> Part:
    return Cylinder(d / 2, t)


def add(cid: str, item: int, prompt: str, part: Part | None, intent: str, *, genus: int | None = None,
        numbers: dict | None = None, why: str | None = None) -> None:
    row: dict = {"id": cid, "item": item, "prompt": prompt}
    if part is None:
        row["expect"] = {}
        row["impossible"] = True
        row["why"] = why
    else:
        bb = part.bounding_box()
        ext = sorted(round(v, 3) for v in (bb.size.X, bb.size.Y, bb.size.Z))
        row["expect"] = {"extents": ext, "volume": round(part.volume, 3)}
        if genus is not None:
            row["expect"]["genus"] = genus
        row["impossible"] = False
    row["intent"] = intent
    row["numbers"] = numbers or {}
    row["out_of_scope"] = False
    cases.append(row)


# ---------------- item 4: drawing and catalogue shorthand ----------------
p = plate(80, 60, 8)
add("f401", 4, "plate 80 x 60 x 8, 4x Ø6.6 THRU, 10 mm from the edges", through(p, 8, 6.6, spots(4, grid=(60, 40))),
    "80x60x8 plate, four 6.6 through holes", genus=4)
p = plate(100, 60, 10)
add("f402", 4, "100 x 60 x 10 plate, 4x Ø6.6 THRU C'BORE Ø11 x 6.5 DP, 12 from each edge",
    cbore(p, 10, 6.6, 11, 6.5, spots(4, grid=(76, 36))), "four counterbored holes", genus=4)
p = plate(120, 120, 12)
add("f403", 4, "square plate 120 x 120 x 12 with 4x Ø9 CBORE Ø15 x 9 DP on PCD 90",
    cbore(p, 12, 9, 15, 9, spots(4, 45)), "four counterbored holes on a 90 PCD", genus=4)
p = plate(90, 50, 10)
add("f404", 4, "plate 90x50x10, 2x Ø6.6 THRU ⌴ Ø11 ↧ 6.5", cbore(p, 10, 6.6, 11, 6.5, spots(2, 20)),
    "two counterbored holes, drawing symbols", genus=2)
p = plate(80, 80, 10)
add("f405", 4, "plate 80x80x10 with 4x Ø6.6 CSK Ø12 x 90°, 10 from edges",
    csk(p, 10, 6.6, 12, spots(4, grid=(60, 60))), "four countersunk holes", genus=4)
p = plate(60, 40, 8)
add("f406", 4, "60 x 40 x 8 plate, 4x Ø5.5 ⌵ Ø11 x 90° at the corners, 8 mm in",
    csk(p, 8, 5.5, 11, spots(4, grid=(44, 24))), "four countersunk holes, drawing symbol", genus=4)
p = plate(150, 100, 6)
add("f407", 4, "150x100x6 plate, 6x Ø8 THRU in 2 ROWS OF 3, 50 mm pitch, rows 40 apart, centred",
    through(p, 6, 8, spots(6, grid=(50, 40))), "2 rows of 3 holes", genus=6)
p = plate(200, 30, 10)
add("f408", 4, "flat bar 200 x 30 x 10 with 5x Ø6 THRU EQ SP over 160",
    through(p, 10, 6, [(-80 + 40 * i, 0) for i in range(5)]), "five equally spaced holes", genus=5)
d = disc(100, 12)
add("f409", 4, "flange Ø100 x 12 thick, bore Ø30, 6x Ø9 THRU EQ SP on PCD 75",
    through(through(d, 12, 30, spots(1)), 12, 9, spots(6, 37.5)), "flange with 6 holes", genus=7)
d = disc(120, 10)
add("f410", 4, "disc Ø120 x 10, 4x Ø11 on BCD 90, centre hole Ø40",
    through(through(d, 10, 40, spots(1)), 10, 11, spots(4, 45)), "disc with bolt circle", genus=5)
d = disc(80, 8)
add("f411", 4, "round plate 80 dia, 8 thick, 3 holes 6.6 on a 60 mm bolt circle",
    through(d, 8, 6.6, spots(3, 30)), "three holes on a bolt circle", genus=3)
p = plate(60, 60, 10)
add("f412", 4, "plate 60 x 60 x 10 with an M6 x 1.0 TAP THRU at the centre", through(p, 10, 5.0, spots(1)),
    "one tapped hole, modelled as the 5.0 tap drill", genus=1)
b = Box(40, 40, 20)
add("f413", 4, "block 40 x 40 x 20, M8 TAP 15 DP in the middle of the top", blind(b, 10, 6.8, 15, spots(1)),
    "blind tapped hole, tap drill 6.8 x 15", genus=0)
p = fillet(plate(100, 80, 5).edges().filter_by(Axis.Z), 5)
add("f414", 4, "plate 100 x 80 x 5, R5 ALL CORNERS", p, "plate with rounded corners", genus=0)
p = fillet(plate(120, 60, 8).edges().filter_by(Axis.Z), 10)
add("f415", 4, "plate 120 x 60 x 8 R10 ALL CORNERS with 4x Ø8.4 THRU 12 from edges",
    through(p, 8, 8.4, spots(4, grid=(96, 36))), "rounded plate with four holes", genus=4)
b = chamfer(Box(50, 50, 20).edges(), 1)
add("f416", 4, "block 50 x 50 x 20, 1 x 45° CHAMFER all edges", b, "block chamfered all round", genus=0)
b = Box(80, 40, 10)
b = chamfer(b.edges().group_by(Axis.Z)[-1], 2)
add("f417", 4, "plate 80 x 40 x 10, 2 x 45° CHAMFER on the top edges", b, "top edges chamfered", genus=0)
p = plate(100, 100, 10)
add("f418", 4, "plate 100 x 100 x 10, 4x Ø9 THRU TYP, 12 from edges", through(p, 10, 9, spots(4, grid=(76, 76))),
    "four holes, TYP", genus=4)
p = plate(100, 50, 8)
add("f419", 4, "plate 100x50x8, Ø6 THRU 4 PLCS, 10 mm from each edge", through(p, 8, 6, spots(4, grid=(80, 30))),
    "four holes, 4 PLCS", genus=4)
d = disc(150, 16)
add("f420", 4, "flange OD 150, 16 thick, ID 60, 8x Ø13.5 THRU EQ SP on a 120 mm bolt circle",
    through(through(d, 16, 60, spots(1)), 16, 13.5, spots(8, 60)), "flange with 8 holes", genus=9)
p = plate(80, 80, 12)
add("f421", 4, "plate 80x80x12, 4x M6 x 1.0 TAP THRU on a 60 mm square", through(p, 12, 5.0, spots(4, grid=(60, 60))),
    "four tapped holes modelled as tap drills", genus=4)
c = Cylinder(25, 30)
c = chamfer(c.edges(), 1)
add("f422", 4, "cylinder Ø50 x 30 long, 1 x 45° CHAMFER both ends", c, "chamfered cylinder", genus=0)
p = plate(120, 80, 10)
add("f423", 4, "plate 120 x 80 x 10, 4x Ø6.6 CBORE Ø11 x 6.4 DP, 15 from edges",
    cbore(p, 10, 6.6, 11, 6.4, spots(4, grid=(90, 50))), "four counterbored holes, CBORE", genus=4)
d = disc(90, 10)
add("f424", 4, "round plate Ø90 x 10 with 4 x Ø6.6 holes on PCD 70, 90° apart", through(d, 10, 6.6, spots(4, 35)),
    "bolt circle, PCD", genus=4)

# ---------------- item 5: features and negations ----------------
p = plate(80, 80, 10)
add("f501", 5, "80 x 80 x 10 plate with four 6.6 mm holes at the corners, counterbored 11 mm diameter 6.5 deep",
    cbore(p, 10, 6.6, 11, 6.5, spots(4, grid=(60, 60))), "counterbored corner holes", genus=4)
p = plate(100, 50, 8)
add("f502", 5, "plate 100 x 50 x 8 with two countersunk 5.5 mm holes, 10.4 mm countersink, 40 mm apart",
    csk(p, 8, 5.5, 10.4, spots(2, 20)), "two countersunk holes", genus=2)
b = Box(50, 50, 30)
add("f503", 5, "block 50x50x30 with a 10 mm blind hole 20 mm deep in the top centre", blind(b, 15, 10, 20, spots(1)),
    "one blind hole", genus=0)
b = Box(30, 30, 30)
add("f504", 5, "30 mm cube with an 8 mm hole 12 deep in the middle of the top face", blind(b, 15, 8, 12, spots(1)),
    "blind hole in a cube", genus=0)
p = plate(60, 40, 10)
add("f505", 5, "plate 60 x 40 x 10 with an M8 tapped hole in the centre", through(p, 10, 6.8, spots(1)),
    "tapped hole modelled as the 6.8 tap drill", genus=1)
p = plate(100, 40, 6)
slot = extrude(SlotOverall(30, 8), 20, both=True)
add("f506", 5, "plate 100 x 40 x 6 with a 30 x 8 slot in the middle", p - slot, "one through slot", genus=1)
p = plate(150, 40, 10)
s = extrude(SlotOverall(20, 6.5), 20, both=True)
add("f507", 5, "bar 150 x 40 x 10 with two slots 20 long and 6.5 wide, 100 mm apart",
    p - Pos(-50, 0, 0) * s - Pos(50, 0, 0) * s, "two slots", genus=2)
shaft = Cylinder(12.5, 100)
key = Pos(0, 12.5 - 4.0 / 2 + 0.5, 50 - 20) * Box(8, 4.0 + 1, 40)  # DIN 6885: 22-30 -> b 8, t1 4.0
add("f508", 5, "shaft 25 mm diameter, 100 long, with a 40 mm long keyway at one end", shaft - key,
    "shaft with a DIN 6885 keyway (8 wide, 4 deep)", genus=0)
b = fillet(Box(60, 40, 20).edges(), 3)
add("f509", 5, "box 60 x 40 x 20 with all edges filleted 3 mm", b, "block filleted all round", genus=0)
p = fillet(plate(100, 60, 10).edges().filter_by(Axis.Z), 8)
add("f510", 5, "plate 100 x 60 x 10, round the vertical edges 8 mm", p, "vertical edges rounded", genus=0)
b = Box(80, 50, 30)
b = chamfer(b.edges().group_by(Axis.Z)[-1], 2)
add("f511", 5, "block 80 x 50 x 30, chamfer the top edges 2 mm", b, "top edges chamfered", genus=0)
add("f512", 5, "plate 120 x 80 x 6 with no holes", plate(120, 80, 6), "plain plate", genus=0)
d = disc(150, 18)
add("f513", 5, "blind flange 150 OD, 18 thick, 4 bolt holes 18 mm on 110 PCD", through(d, 18, 18, spots(4, 55)),
    "blind flange: bolt holes, no bore", genus=4)
add("f514", 5, "solid cylinder 40 dia 60 long", Cylinder(20, 60), "solid cylinder", genus=0)
box = Box(100, 60, 40) - Pos(0, 0, 1) * Box(96, 56, 38)  # floor 2, open top
add("f515", 5, "box 100 x 60 x 40, 2 mm walls, without a lid", box, "open-top box", genus=0)
add("f516", 5, "a solid round bar 30 mm diameter, 200 long, no hole", Cylinder(15, 200), "solid bar", genus=0)
d = disc(120, 12)
add("f517", 5, "flange 120 OD 12 thick, 40 bore, with 6 counterbored 9 mm holes, 15 mm counterbore 8 deep, on a 95 mm PCD",
    cbore(through(d, 12, 40, spots(1)), 12, 9, 15, 8, spots(6, 47.5)), "flange with counterbored holes", genus=7)
b = Box(60, 60, 15)
add("f518", 5, "60 x 60 x 15 block with a 10 mm through hole in the centre, counterbored 20 mm x 5 deep",
    cbore(b, 15, 10, 20, 5, spots(1)), "one counterbored hole", genus=1)
p = plate(200, 100, 12)
add("f519", 5, "plate 200 x 100 x 12 with four M10 tapped holes 10 deep, 20 mm from the edges",
    blind(p, 6, 8.5, 10, spots(4, grid=(160, 60))), "blind tapped holes, tap drill 8.5", genus=0)
b = fillet(Box(50, 50, 50).edges().filter_by(Axis.Z), 5)
add("f520", 5, "box 50 x 50 x 50, fillet the vertical edges 5 mm", b, "vertical edges filleted", genus=0)
d = disc(100, 15)
add("f521", 5, "blind flange Ø100, 15 thick, with 4 holes Ø11 on a 75 PCD", through(d, 15, 11, spots(4, 37.5)),
    "blind flange", genus=4)
p = plate(100, 60, 8)
add("f522", 5, "a 100 x 60 plate 8 thick with two 10 mm blind holes 5 deep, 60 mm apart",
    blind(p, 4, 10, 5, spots(2, 30)), "two blind holes", genus=0)
p = fillet(plate(80, 40, 6).edges().filter_by(Axis.Z), 4)
p = through(p, 6, 6, spots(2, 25))
add("f523", 5, "80 x 40 x 6 plate, two 6 mm holes 50 apart, corners rounded R4", p, "rounded plate, two holes", genus=2)
cup = Cylinder(30, 50) - Pos(0, 0, 3) * Cylinder(27, 50)
add("f524", 5, "cylindrical cup 60 OD, 50 tall, 3 mm wall and bottom, no lid", cup, "open cup", genus=0)

# ---------------- item 7: impossible requests ----------------
imp = [
    ("f701", "plate 10 x 10 x 2 mm with four 8 mm corner holes", "8 mm corner holes overlap the 10 mm plate's edges"),
    ("f702", "tube 30 OD, 16 wall, 100 long", "a 16 mm wall is more than the 15 mm radius"),
    ("f703", "pipe OD 25 ID 30, 80 long", "the bore is larger than the outside"),
    ("f704", "plate 50 x 50 x 5 with all edges filleted 4 mm", "a 4 mm fillet is more than half the 5 mm thickness"),
    ("f705", "block 20 x 20 x 20 with 12 mm fillets on all edges", "a 12 mm fillet exceeds half of 20"),
    ("f706", "plate 40 x 40 x 5 with a 50 mm hole in the middle", "the hole is larger than the plate"),
    ("f707", "disc 30 dia 5 thick with a 35 mm centre hole", "the hole is larger than the disc"),
    ("f708", "plate 80 x 80 x 10, 4x Ø9 holes counterbored Ø8 x 5 deep", "the counterbore is smaller than its hole"),
    ("f709", "plate 60x60x6 with four 6.6 mm holes countersunk to 5 mm", "the countersink is smaller than its hole"),
    ("f710", "10 mm thick plate 50 x 50 with a 6 mm blind hole 15 deep", "a 15 mm deep blind hole in a 10 mm plate"),
    ("f711", "plate 60 x 60 x 10 with four 6.6 mm holes counterbored Ø11 x 12 deep", "counterbore deeper than the plate"),
    ("f712", "box 40 x 40 x 40 with 25 mm walls", "two 25 mm walls are more than 40"),
    ("f713", "cup 30 dia 40 tall with a 20 mm wall", "a 20 mm wall exceeds the 15 mm radius"),
    ("f714", "bar 100 x 20 x 5 with three 25 mm holes", "25 mm holes are wider than the 20 mm bar"),
    ("f715", "flange 100 OD, bore 60, 8 holes 12 mm on a 100 PCD", "the bolt holes sit on the outside edge"),
    ("f716", "round plate 60 dia with 6 holes of 22 mm on a 40 mm bolt circle", "the holes overlap each other"),
    ("f717", "bar 120 x 30 x 10 with 6 holes 16 mm diameter, 15 mm apart", "16 mm holes at 15 mm pitch overlap"),
    ("f718", "plate 30 x 30 x 3, chamfer all edges 2 mm", "two 2 mm chamfers do not fit in 3 mm"),
    ("f719", "shaft 10 mm diameter, 50 long, with a keyway 12 wide", "the keyway is wider than the shaft"),
    ("f720", "40 x 40 x 5 plate with a 50 x 10 slot", "the slot is longer than the plate"),
    ("f721", "washer ID 20, OD 20, 2 thick", "no material between ID and OD"),
    ("f722", "bar 100 x 4 x 4 with an M6 tapped hole through the side", "the 5 mm tap drill is wider than the 4 mm bar"),
    ("f723", "cylinder 20 dia 30 tall with an R12 fillet on the top edge", "a 12 mm fillet exceeds the 10 mm radius"),
]
for cid, prompt, why in imp:
    add(cid, 7, prompt, None, "impossible: " + why, why=why)

OUT.write_text("".join(json.dumps(c, ensure_ascii=False) + "\n" for c in cases))
print(f"{len(cases)} cases -> {OUT}")

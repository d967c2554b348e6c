#!/usr/bin/env python3
"""Write coverage_covc.jsonl: issue 12 items 5 (features and negations) and 7 (impossible
requests get a reason), phrased afresh, with expectations from references modelled here in build123d.

Hole positions do not change extents, volume or genus while the holes stay inside the part, so a
reference places its holes wherever is simplest; what is measured is exact. Where a standard picks
a size the prompt does not give (a counterbore for an M6 cap screw), only extents and genus are pinned.
Run from the project root: python tests/data/gen_coverage_covc.py
"""

from __future__ import annotations

import json
import math
from pathlib import Path

from build123d import Axis, Box, Cone, Cylinder, Part, Pos, Rot, SlotOverall, chamfer, extrude, fillet

OUT = Path(__file__).with_name("coverage_covc.jsonl")
cases: list[dict] = []


def through(part: Part, t: float, d: float, where: list[tuple[float, float]]) -> Part:
    for x, y in where:
        part -= Pos(x, y, 0) * Cylinder(d / 2, t * 3)
    return part


def blind(part: Part, top: float, d: float, depth: float, where: list[tuple[float, float]]) -> Part:
    for x, y in where:
        part -= Pos(x, y, top - depth / 2) * Cylinder(d / 2, depth)
    return part


def csk(part: Part, t: float, d: float, cd: float, where: list[tuple[float, float]], angle: float = 90.0) -> Part:
    part = through(part, t, d, where)
    h = (cd / 2) / math.tan(math.radians(angle / 2))
    for x, y in where:
        part -= Pos(x, y, t / 2 - h / 2) * Cone(0, cd / 2, h)
    return part


def add(cid: str, item: int, prompt: str, part: Part | None, intent: str, *, genus: int | None = None,
        volume: bool = True, why: str | None = None) -> None:
    row: dict = {"id": cid, "item": item, "prompt": prompt}
    if part is None:
        row["expect"] = {}
        row["impossible"] = True
        row["why"] = why
    else:
        bb = part.bounding_box()
        row["expect"] = {"extents": sorted(round(v, 3) for v in (bb.size.X, bb.size.Y, bb.size.Z))}
        if volume:
            row["expect"]["volume"] = round(part.volume, 3)
        if genus is not None:
            row["expect"]["genus"] = genus
        row["impossible"] = False
        if why:
            row["why"] = why
    row["intent"] = intent
    row["out_of_scope"] = False
    cases.append(row)


C0 = [(0.0, 0.0)]


def row(n: int, pitch: float) -> list[tuple[float, float]]:
    return [((i - (n - 1) / 2) * pitch, 0.0) for i in range(n)]


def grid(px: float, py: float) -> list[tuple[float, float]]:
    return [(sx * px / 2, sy * py / 2) for sx in (-1, 1) for sy in (-1, 1)]


# ---------------- item 5: features and negations ----------------
add("c501", 5, "base plate 120 by 80, 10 thick, four counterbored holes for M6 cap screws 15 mm in from each edge",
    through(Box(120, 80, 10), 10, 6.6, grid(90, 50)), "four M6 socket-head counterbores (ISO 4762 seat)",
    genus=4, volume=False, why="counterbore size from the standard; volume not pinned")
add("c502", 5, "plate 70x70x8 with a Ø6.4 hole in the middle, countersunk Ø12 at 90 degrees",
    csk(Box(70, 70, 8), 8, 6.4, 12, C0), "one countersunk hole", genus=1)
add("c503", 5, "block 40 x 30 x 25 with a 12 mm hole drilled 15 mm deep into the top",
    blind(Box(40, 30, 25), 12.5, 12, 15, C0), "one blind hole", genus=0)
add("c504", 5, "80 long 20 wide 6 thick bar, two M5 tapped holes 60 apart",
    through(Box(80, 20, 6), 6, 4.2, row(2, 60)), "two tapped holes as 4.2 tap drills", genus=2)
add("c505", 5, "cylinder 40 diameter 30 high with a 10 mm blind hole 18 deep on the axis",
    blind(Cylinder(20, 30), 15, 10, 18, C0), "axial blind hole", genus=0)
d = Cylinder(30, 8)
d = blind(through(d, 8, 10, C0), 4, 20, 4, C0)
add("c506", 5, "disc Ø60 x 8 with a 20 mm counterbore 4 deep over a 10 mm centre hole", d, "counterbored centre hole",
    genus=1)
add("c507", 5, "plate 150 x 60 x 8 with a 40 mm long, 10 mm wide slot in the centre",
    Box(150, 60, 8) - extrude(SlotOverall(40, 10), 20, both=True), "one through slot", genus=1)
s = extrude(SlotOverall(25, 8), 20, both=True)
p = Box(200, 40, 8)
for x in (-60, 0, 60):
    p -= Pos(x, 0, 0) * s
add("c508", 5, "flat bar 200 x 40 x 8 with 3 slots 25 x 8, 60 mm pitch", p, "three slots", genus=3)
add("c509", 5, "block 50 x 40 x 20 with every edge rounded 2 mm", fillet(Box(50, 40, 20).edges(), 2),
    "filleted all round", genus=0)
add("c510", 5, "plate 90 x 90 x 6, only the four vertical corners rounded R8",
    fillet(Box(90, 90, 6).edges().filter_by(Axis.Z), 8), "vertical edges rounded", genus=0)
add("c511", 5, "cube 40 mm, break all edges with a 1.5 mm chamfer", chamfer(Box(40, 40, 40).edges(), 1.5),
    "chamfered cube", genus=0)
b = Box(70, 50, 40)
add("c512", 5, "box 70 x 50 x 40, fillet just the top edges 4 mm", fillet(b.edges().group_by(Axis.Z)[-1], 4),
    "top edges filleted", genus=0)
add("c513", 5, "plate 100 x 60 x 5 without any holes", Box(100, 60, 5), "plain plate", genus=0)
d = through(Cylinder(60, 14), 14, 11, [(45 * math.cos(k * math.pi / 3), 45 * math.sin(k * math.pi / 3))
                                      for k in range(6)])
add("c514", 5, "flange 120 OD 14 thick, no centre bore, 6 x 11 mm holes on a 90 PCD", d, "blind flange", genus=6)
add("c515", 5, "solid disc 80 mm across, 12 thick", Cylinder(40, 12), "solid disc", genus=0)
add("c516", 5, "open-top box 80 x 60 x 50, walls 3 thick", Box(80, 60, 50) - Pos(0, 0, 3) * Box(74, 54, 50),
    "open box, 3 mm walls and floor", genus=0)
add("c517", 5, "bar 120 x 25 x 10, 6.5 mm holes 15 from both ends, nothing in the middle",
    through(Box(120, 25, 10), 10, 6.5, row(2, 90)), "two holes, none in the middle", genus=2)
pin = Cylinder(6, 40) - Pos(0, 0, -14) * Rot(90, 0, 0) * Cylinder(2, 30)
add("c518", 5, "pin 12 dia, 40 long, with a 4 mm cross hole 6 from one end", pin, "cross-drilled pin", genus=1)
bar = Cylinder(12.5, 60) - Rot(90, 0, 0) * Cylinder(3, 40)
add("c519", 5, "round bar Ø25 x 60 with a Ø6 hole drilled across through the middle", bar, "cross hole", genus=1)
w = Cylinder(12, 3) - Cylinder(4.2, 10)
w -= Pos(0, 0, 1.5 - 1.4) * Cone(4.2, 7, 2.8)  # 90 deg: from the Ø8.4 bore out to Ø14 over 2.8 mm
add("c520", 5, "washer OD 24, ID 8.4, 3 thick, countersunk 90° to 14 on one side", w,
    "countersunk washer: a cone from the bore to 14 across on one face", genus=1)
p = Box(60, 60, 8)
p = blind(through(p, 8, 6, C0), 4, 16, 5, C0)
add("c521", 5, "plate 60 x 60 x 8 with a 16 mm hole 5 deep and a 6 mm hole right through at its centre", p,
    "stepped centre hole", genus=1)
b = Box(60, 60, 20)
b = chamfer(b.edges().group_by(Axis.Z)[-1], 1)
b = blind(through(b, 20, 9, C0), 10, 18, 8, C0)
add("c522", 5, "block 60x60x20 with a Ø9 through hole in the middle, counterbored Ø18 x 8 deep, top edges chamfered 1",
    b, "counterbored hole and chamfered top", genus=1)
p = fillet(Box(100, 70, 8).edges().filter_by(Axis.Z), 6)
add("c523", 5, "plate 100 x 70 x 8, two 8.5 holes 60 apart, all corners R6", through(p, 8, 8.5, row(2, 60)),
    "rounded plate, two holes", genus=2)
add("c524", 5, "plate 80 x 50 x 6 with 4 countersunk holes for M4, 8 from the edges",
    through(Box(80, 50, 6), 6, 4.5, grid(64, 34)), "four M4 flat-head countersinks", genus=4, volume=False,
    why="countersink size from the standard; volume not pinned")
add("c525", 5, "plate 120x60x10 with two 8 mm blind holes 6 deep, 80 apart",
    blind(Box(120, 60, 10), 5, 8, 6, row(2, 80)), "two blind holes", genus=0)
b = Box(60, 40, 10)
add("c526", 5, "plate 60 x 40 x 10, chamfer only the top edges 1.5 mm, no holes",
    chamfer(b.edges().group_by(Axis.Z)[-1], 1.5), "top edges chamfered, no holes", genus=0)
c = Cylinder(15, 40)
add("c527", 5, "cylinder 30 dia 40 long, 2 mm chamfer on both ends", chamfer(c.edges(), 2), "chamfered both ends",
    genus=0)
c = Cylinder(25, 20)
add("c528", 5, "cylinder 50 dia 20 tall, top edge rounded R3", fillet(c.edges().group_by(Axis.Z)[-1], 3),
    "top edge filleted", genus=0)
add("c529", 5, "spacer 20 OD 30 long, solid, no bore", Cylinder(10, 30), "solid spacer", genus=0)
p = Box(100, 40, 12)
p = blind(through(p, 12, 6.6, row(2, 70)), 6, 11, 6.5, row(2, 70))
add("c530", 5, "bar 100 x 40 x 12 with 2 holes Ø6.6 counterbored Ø11 x 6.5 deep 70 apart, vertical edges R4",
    fillet(Box(100, 40, 12).edges().filter_by(Axis.Z), 4) - (Box(100, 40, 12) - p), "counterbores and rounded corners",
    genus=2)

# ---------------- item 7: impossible requests ----------------
imp = [
    ("c701", "plate 30 x 30 x 4 with four 10 mm holes 4 mm in from the corners",
     "hole centres 4 mm from the edges with a 5 mm radius: each hole breaks the edge by 1 mm"),
    ("c702", "disc 40 dia 5 thick with a 10 mm hole 12 deep", "a 12 mm deep blind hole in a 5 mm disc"),
    ("c703", "block 25x25x25 with a 30 mm hole through the middle", "the 30 mm hole is wider than the 25 mm block"),
    ("c704", "flat bar 80 x 8 x 4 with a 10 mm hole", "the 10 mm hole is wider than the 8 mm bar"),
    ("c705", "strip 100 x 10 x 3 with two M12 clearance holes", "an M12 clearance hole (13 mm) is wider than 10 mm"),
    ("c706", "plate 50 x 50 x 8 with a 12 mm hole counterbored 10 dia 4 deep", "the counterbore is smaller than the hole"),
    ("c707", "plate 50x50x8 with a 10 mm hole countersunk to 8 mm", "the countersink is smaller than the hole"),
    ("c708", "plate 40 x 40 x 6, counterbore Ø14 x 8 deep on a Ø7 hole", "an 8 mm counterbore in a 6 mm plate"),
    ("c709", "square plate 20 x 20 x 4 with corners rounded R12", "R12 is more than half the 20 mm side"),
    ("c710", "block 30 x 30 x 10, all edges rounded 6 mm", "a 6 mm round on all edges exceeds half the 10 mm height"),
    ("c711", "plate 40 x 40 x 4, chamfer every edge 3 mm", "two 3 mm chamfers do not fit in 4 mm"),
    ("c712", "plate 25 x 40 x 3 with a 45 mm long slot", "the slot is longer than the plate"),
    ("c713", "plate 100 x 12 x 5 with a 30 x 14 slot", "the 14 mm slot is wider than the 12 mm plate"),
    ("c714", "shaft Ø8 x 40 with a keyway 10 mm wide", "the keyway is wider than the shaft"),
    ("c715", "flange OD 80, bore 54, 4 x 10 mm holes on 60 PCD", "the bolt holes cut into the bore by 2 mm"),
    ("c716", "round plate 50 dia with 4 holes 8 mm on a 48 mm bolt circle", "the holes break the rim by 3 mm"),
    ("c717", "bar 60 x 20 x 6 with 5 holes of 15 mm at 12 mm pitch", "15 mm holes at 12 mm pitch overlap"),
    ("c718", "sleeve ID 45 OD 40, 50 long", "the bore is larger than the outside"),
    ("c719", "cup 40 diameter, 30 high, walls 22 thick", "a 22 mm wall exceeds the 20 mm radius"),
    ("c720", "rod 16 mm diameter, 25 long, ends rounded R10", "R10 exceeds the 8 mm radius"),
    ("c721", "plate 60 x 60 x 5, six 20 mm holes in a row", "six 20 mm holes need 120 mm, the plate is 60"),
    ("c722", "washer 12 OD, 14 ID, 1.5 thick", "the bore is larger than the outside"),
    ("c723", "cylinder Ø30 x 15 with an M10 tapped hole 20 deep", "a 20 mm deep hole in a 15 mm part"),
]
for cid, prompt, why in imp:
    add(cid, 7, prompt, None, "impossible: " + why, why=why)

OUT.write_text("".join(json.dumps(c, ensure_ascii=False) + "\n" for c in cases))
print(f"{len(cases)} cases -> {OUT}")

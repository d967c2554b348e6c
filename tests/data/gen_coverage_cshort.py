# ruff: noqa
"""Write coverage_cshort.jsonl: issue 12 items 4 (drawing and catalogue shorthand as engineers
write callouts: THRU, DP, C'BORE, CSK, EQ SP, PCD, TYP, SQ, OA, CTRD, R.. ALL CORNERS, chamfer
notes, tapped holes) and 7 (impossible requests, refused before CAD with a reason), with
expectations from references modelled here in build123d.

Written before reading the parser (session 5, branch c-short). Hole positions do not change
extents, volume or genus while the holes stay inside the part, so a reference places its holes
wherever the callout says or wherever is simplest; what is measured is exact. Tapped holes are
modelled as their ISO 2306 tap-drill holes (M6 5.0, M8 6.8, M10 8.5), as issue 12 asks.
Run from the project root: python tests/data/gen_coverage_cshort.py
"""

from __future__ import annotations

import json
import math
from pathlib import Path

from build123d import (Axis, Box, Cone, Cylinder, Part, Pos, RegularPolygon, Rectangle, SlotOverall,
                       chamfer, extrude, fillet, Polyline, make_face, BuildSketch, BuildLine, Plane)

OUT = Path(__file__).with_name("coverage_cshort.jsonl")
cases: list[dict] = []


def through(part: Part, t: float, d: float, where: list[tuple[float, float]]) -> Part:
    for x, y in where:
        part -= Pos(x, y, 0) * Cylinder(d / 2, t * 3)
    return part


def blind(part: Part, top: float, d: float, depth: float, where: list[tuple[float, float]]) -> Part:
    for x, y in where:
        part -= Pos(x, y, top - depth / 2) * Cylinder(d / 2, depth)
    return part


def cbore(part: Part, t: float, d: float, cd: float, depth: float, where: list[tuple[float, float]]) -> Part:
    part = through(part, t, d, where)
    return blind(part, t / 2, cd, depth, where)


def csk(part: Part, t: float, d: float, cd: float, where: list[tuple[float, float]], angle: float = 90.0) -> Part:
    part = through(part, t, d, where)
    h = (cd / 2) / math.tan(math.radians(angle / 2))
    for x, y in where:
        part -= Pos(x, y, t / 2 - h / 2) * Cone(0, cd / 2, h)
    return part


def corners(part: Part, r: float) -> Part:
    return fillet(part.edges().filter_by(Axis.Z), r)


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


def grid(px: float, py: float) -> list[tuple[float, float]]:
    return [(sx * px / 2, sy * py / 2) for sx in (-1, 1) for sy in (-1, 1)]


def row(n: int, pitch: float, y: float = 0.0) -> list[tuple[float, float]]:
    return [((i - (n - 1) / 2) * pitch, y) for i in range(n)]


def pcd(n: int, dia: float) -> list[tuple[float, float]]:
    return [(dia / 2 * math.cos(2 * math.pi * i / n), dia / 2 * math.sin(2 * math.pi * i / n)) for i in range(n)]


def disc(d: float, t: float) -> Part:
    return Cylinder(d / 2, t)


def tube(od: float, idia: float, length: float) -> Part:
    return Cylinder(od / 2, length) - Cylinder(idia / 2, length * 2)


# ---------------- item 4: drawing and catalogue shorthand ----------------
add("s401", 4, "PLATE 120 x 80 x 10, 4X Ø9 THRU, 10 FROM EDGES",
    through(Box(120, 80, 10), 10, 9, grid(100, 60)), "four Ø9 through holes 10 from the edges", genus=4)
add("s402", 4, "FLANGE Ø100 x 12 THK, Ø40 BORE, 6X Ø9 THRU EQ SP ON 75 PCD",
    through(through(disc(100, 12), 12, 40, C0), 12, 9, pcd(6, 75)), "flange: bore and six bolt holes", genus=7)
add("s403", 4, "BLOCK 60 x 40 x 20, Ø10 THRU CTR, C'BORE Ø16 x 8 DP",
    cbore(Box(60, 40, 20), 20, 10, 16, 8, C0), "one counterbored hole in the centre", genus=1)
add("s404", 4, "PLATE 80 x 60 x 8, 2X Ø6.6 THRU, CSK Ø13 x 90°, 50 CTRS",
    csk(Box(80, 60, 8), 8, 6.6, 13, row(2, 50)), "two countersunk holes 50 apart", genus=2)
add("s405", 4, "PLATE 150 x 100 x 6, R10 ALL CORNERS",
    corners(Box(150, 100, 6), 10), "plate with its four corners rounded R10", genus=0)
add("s406", 4, "BLOCK 50 x 50 x 25, 2 x 45° CHAMFER ALL EDGES",
    chamfer(Box(50, 50, 25).edges(), 2), "block chamfered 2 mm on every edge", genus=0)
add("s407", 4, "PLATE 100 x 100 x 10, 4x M8 x 1.25 TAP THRU ON 80 SQ",
    through(Box(100, 100, 10), 10, 6.8, grid(80, 80)), "four M8 tapped holes (tap drill 6.8) on an 80 square", genus=4)
add("s408", 4, "SQ BAR 25 SQ x 200 LG",
    Box(25, 25, 200), "square bar 25 x 25, 200 long", genus=0)
add("s409", 4, "ROUND BAR Ø30 x 150 LG, 1 x 45° CHAM BOTH ENDS",
    chamfer(Cylinder(15, 150).edges(), 1), "round bar chamfered at both ends", genus=0)
add("s410", 4, "PLATE 200 x 100 x 8, 2 ROWS OF 4 Ø8.5 HOLES, 40 PITCH",
    through(Box(200, 100, 8), 8, 8.5, row(4, 40, -20) + row(4, 40, 20)), "eight holes in two rows of four", genus=8)
add("s411", 4, "WASHER Ø24 OD x Ø13 ID x 2.5 THK",
    tube(24, 13, 2.5), "flat washer", genus=1)
add("s412", 4, "TUBE Ø40 OD x 3 WALL x 100 LG",
    tube(40, 34, 100), "round tube from OD and wall", genus=1)
add("s413", 4, "PLATE 90 x 90 x 5 THK, 4x Ø5.5 ON 70 SQ, Ø30 THRU CTR",
    through(through(Box(90, 90, 5), 5, 5.5, grid(70, 70)), 5, 30, C0), "four holes on a 70 square and a centre hole", genus=5)
add("s414", 4, "DISC Ø80 x 10, 4x Ø6.6 THRU EQ SP ON PCD 60, Ø20 CTR HOLE",
    through(through(disc(80, 10), 10, 6.6, pcd(4, 60)), 10, 20, C0), "disc with four holes on a 60 PCD and a centre hole", genus=5)
add("s415", 4, "PLATE 60 x 40 x 5, Ø12 THRU CTR, R5 TYP (4 PLCS)",
    through(corners(Box(60, 40, 5), 5), 5, 12, C0), "one centre hole; (4 PLCS) counts the corner radii", genus=1)
add("s416", 4, "BLOCK 40 x 40 x 30, Ø8 x 15 DP CTR",
    blind(Box(40, 40, 30), 15, 8, 15, C0), "one blind hole 15 deep in the top centre", genus=0)
add("s417", 4, "PLATE 120 LG x 50 W x 8 THK, SLOT 10 W x 40 LG OA, CTRD",
    Box(120, 50, 8) - extrude(SlotOverall(40, 10), 20, both=True), "one through slot 40 overall, centred", genus=1)
add("s418", 4, "SPACER Ø16 OD x Ø8.4 ID x 12 LG",
    tube(16, 8.4, 12), "spacer", genus=1)
add("s419", 4, "PLATE 100 x 60 x 6, 4X Ø6.6 THRU 8 FROM EDGES, R8 CORNERS",
    through(corners(Box(100, 60, 6), 8), 6, 6.6, grid(84, 44)), "four corner holes and rounded corners", genus=4)
add("s420", 4, "HEX BAR 19 A/F x 50 LG",
    extrude(RegularPolygon(19 / math.sqrt(3), 6), 50), "hexagon bar 19 across flats", genus=0)
add("s421", 4, "PLATE 80 x 80 x 10, Ø6 THRU x 4 PLCS ON 60 PCD",
    through(Box(80, 80, 10), 10, 6, pcd(4, 60)), "four holes on a 60 pitch circle", genus=4)
add("s422", 4, "BLOCK 70 x 40 x 20, 2X M6 TAP 12 DP, 35 CTRS",
    blind(Box(70, 40, 20), 10, 5.0, 12, row(2, 35)), "two blind M6 tapped holes (tap drill 5.0, 12 deep)", genus=0)
add("s423", 4, "PLATE 100 x 50 x 10 THK, 4X Ø6.6 THRU, C'BORE Ø11 x 6.5 DP, 10 FROM EDGES",
    cbore(Box(100, 50, 10), 10, 6.6, 11, 6.5, grid(80, 30)), "four counterbored holes", genus=4)
add("s424", 4, "SHAFT Ø20 x 120 LG, 0.5 x 45° CHAMFER BOTH ENDS",
    chamfer(Cylinder(10, 120).edges(), 0.5), "shaft chamfered at both ends", genus=0)
add("s425", 4, "PLATE 100 x 100 x 12, Ø50 THRU CTR, 8x Ø6 EQ SP ON Ø75 PCD",
    through(through(Box(100, 100, 12), 12, 50, C0), 12, 6, pcd(8, 75)), "centre hole and eight on a 75 PCD", genus=9)
add("s426", 4, "BRACKET PLATE 60 SQ x 8, 4X Ø5.5 THRU ON 45 SQ",
    through(Box(60, 60, 8), 8, 5.5, grid(45, 45)), "60 square plate, four holes on a 45 square", genus=4)
add("s427", 4, "PLATE 140 x 70 x 10, 3X Ø10 THRU EQ SP 40, CTRD ON LENGTH",
    through(Box(140, 70, 10), 10, 10, row(3, 40)), "three holes at 40 spacing on the centre line", genus=3)
add("s428", 4, "PLATE 50 x 50 x 3 THK, ALL EDGES BROKEN 0.5 x 45°",
    chamfer(Box(50, 50, 3).edges(), 0.5), "thin plate, all edges chamfered 0.5", genus=0)

# ---------------- item 7: impossible requests, and two that only look impossible ----------------
def no(cid: str, prompt: str, why: str) -> None:
    add(cid, 7, prompt, None, "refuse with a reason", why=why)


no("s701", "plate 20 x 20 x 3 with four 12 mm holes in the corners", "12 mm holes in a 20 mm square overlap each other")
no("s702", "washer OD 10, ID 12, 1.5 thick", "inside diameter larger than the outside")
no("s703", "tube 25 OD with a 15 mm wall, 60 long", "two walls of 15 exceed the 25 OD")
no("s704", "block 30 x 30 x 10 with a 20 deep blind hole Ø6 in the top", "blind depth 20 > 10 thickness")
no("s705", "plate 50 x 50 x 5, R30 corners", "corner radius 30 > half of 50")
no("s706", "20 mm cube, chamfer all edges 12 mm", "chamfer 12 > half the 20 side")
no("s707", "disc Ø40 x 5 with 6 holes Ø10 on a 50 PCD", "pitch circle 50 is outside the 40 disc")
no("s708", "flange OD 60, bore 70, 10 thick", "bore 70 > OD 60")
no("s709", "plate 100 x 50 x 8 with a 60 mm hole in the middle", "a 60 hole in a 50 wide plate")
no("s710", "flat bar 200 x 20 x 10, ten Ø8 holes at 25 pitch", "ten holes at 25 pitch span 225 + 8 > 200")
no("s711", "ring with an inner diameter of 30 and an outer diameter of 30, 5 thick", "no wall left")
no("s712", "plate 60x40x5 with a slot 12 wide and 70 long", "slot 70 long in a 60 long plate")
no("s713", "rod Ø10 x 40 with a 12 mm hole through its axis", "12 mm hole in a 10 mm rod")
no("s714", "open-top box 50 x 50 x 30 with 30 mm walls", "two 30 walls exceed the 50 outside")
no("s715", "strip 10 wide 3 thick 80 long with an M12 clearance hole in the middle", "13 mm clearance hole in a 10 wide strip")
no("s716", "pipe OD 20, ID 24, 100 long", "ID larger than OD")
no("s717", "square tube 30 x 30 x 200 with a 16 mm wall", "two 16 walls exceed the 30 side")
no("s718", "spacer 8 OD, 10 long, for an M8 bolt", "the M8 clearance hole (8.4) is wider than the 8 OD")
no("s719", "PLATE 50 x 30 x 4, 2 ROWS OF 5 Ø6 HOLES AT 12 PITCH", "five holes at 12 pitch span 54 > 50")
no("s720", "PLATE 50 x 50 x 4, Ø6.6 THRU CTR, CSK Ø20 x 90°", "the countersink (6.7 deep from Ø20 to Ø6.6) is deeper than the 4 plate")
no("s721", "PLATE 60 x 40 x 10, Ø6.6 THRU, C'BORE Ø11 x 12 DP", "counterbore 12 deep in a 10 thick plate")
no("s722", "10 mm cube with R6 fillets on all edges", "fillet 6 > half the 10 side")
no("s723", "cylinder 30 diameter 20 tall with a 20 mm deep pocket 35 mm across in the top", "pocket wider than the cylinder")
no("s724", "plate 40 x 40 x 6 with a Ø10 hole whose centre is 2 mm from one edge", "the hole breaks the edge by 3 mm")
add("s725", 7, "strip 12 wide x 80 long x 3 thick with a Ø10 hole in the middle",
    through(Box(80, 12, 3), 3, 10, C0), "tight but possible: 1 mm left each side", genus=1, why="looks impossible, is not")
add("s726", 7, "tube OD 20, wall 9.5, 30 long",
    tube(20, 1, 30), "thick tube, 1 mm bore: possible", genus=1, why="looks impossible, is not")

OUT.write_text("".join(json.dumps(c) + "\n" for c in cases))
print(f"wrote {len(cases)} cases to {OUT}")

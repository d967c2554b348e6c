# ruff: noqa
"""Write coverage_cshort2.jsonl: issue 12 item 4, drawing and catalogue notes as different shops
write them (ISO and ASME styles, with and without Ø, upper and lower case, title blocks, notes
after the size), with expectations from references modelled here in build123d.

Written in session 6 (branch c-short2) before any parser change, in new phrasings and values
(not the failing prompts' words). A note is: count, feature symbol, size(s), depth or THRU,
pattern, placement; each prompt varies one or more of those. Hole positions do not change
extents, volume or genus while the holes stay inside the part, so a reference places its holes
where the note says or where is simplest. Tapped holes are modelled as their ISO 2306 tap-drill
holes (M4 3.3, M5 4.2, M6 5.0, M8 6.8, M10 8.5), as issue 12 asks.
Run from the project root: python tests/data/gen_coverage_cshort2.py
"""

from __future__ import annotations

import json
import math
from pathlib import Path

from build123d import Axis, Box, Cone, Cylinder, Part, Pos, chamfer, fillet

OUT = Path(__file__).with_name("coverage_cshort2.jsonl")
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


def add(cid: str, prompt: str, part: Part, intent: str, *, genus: int | None = None, why: str | None = None) -> None:
    bb = part.bounding_box()
    row: dict = {"id": cid, "item": 4, "prompt": prompt,
                 "expect": {"extents": sorted(round(v, 3) for v in (bb.size.X, bb.size.Y, bb.size.Z)),
                            "volume": round(part.volume, 3)}}
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


def rows(n: int, pitch: float, nrows: int, row_pitch: float) -> list[tuple[float, float]]:
    return [((i - (n - 1) / 2) * pitch, (j - (nrows - 1) / 2) * row_pitch) for i in range(n) for j in range(nrows)]


def pcd(n: int, dia: float) -> list[tuple[float, float]]:
    return [(dia / 2 * math.cos(2 * math.pi * i / n), dia / 2 * math.sin(2 * math.pi * i / n)) for i in range(n)]


def disc(d: float, t: float) -> Part:
    return Cylinder(d / 2, t)


def tube(od: float, idia: float, length: float) -> Part:
    return Cylinder(od / 2, length) - Cylinder(idia / 2, length * 2)


# --- notes after the size: body, then comma-separated notes ---
add("d01", "PLATE 110 x 70 x 8, 4x Ø6.6 THRU, 12 FROM EDGES",
    through(Box(110, 70, 8), 8, 6.6, grid(86, 46)), "four through holes 12 from the edges", genus=4)
add("d02", "RING Ø120 x Ø90 x 12 THK, 8x Ø6 THRU EQ SP ON PCD 105",
    through(tube(120, 90, 12), 12, 6, pcd(8, 105)), "ring OD x ID x thickness, eight holes on a PCD", genus=9)
add("d03", "DISC Ø70 x 12 THK, M10 x 1.5 TAP THRU CENTRE, 6x Ø5.5 THRU EQ SP ON PCD 55",
    through(through(disc(70, 12), 12, 8.5, C0), 12, 5.5, pcd(6, 55)),
    "tapped centre hole (tap drill 8.5) and six holes on a PCD", genus=7)
add("d04", "disc dia 50 x 8 thk, 3 holes dia 5.5 thru equally spaced on 38 B.C.",
    through(disc(50, 8), 8, 5.5, pcd(3, 38)), "lower case, B.C. for the bolt circle", genus=3)
add("d05", "FLANGE OD 120 x 15 THK, ID 50, 6 HOLES Ø11 EQUI-SPACED ON 95 P.C.D.",
    through(through(disc(120, 15), 15, 50, C0), 15, 11, pcd(6, 95)), "flange with bore and six holes", genus=7)
add("d06", "ring od 80 id 50 x 6 thk, 4 x ø4.5 thru eq sp on 65 pcd",
    through(tube(80, 50, 6), 6, 4.5, pcd(4, 65)), "lower-case ring with four holes", genus=5)
add("d07", "BLOCK 100 x 60 x 20, 4 HOLES Ø9 THRU, CBORE Ø15 x 9 DEEP, 12 FROM EDGES",
    cbore(Box(100, 60, 20), 20, 9, 15, 9, grid(76, 36)), "four counterbored holes, CBORE without the apostrophe", genus=4)
add("d08", "PLATE 100 x 60 x 15, 4X Ø9 THRU ⌴ Ø15 ↧ 9, 12 FROM EDGES",
    cbore(Box(100, 60, 15), 15, 9, 15, 9, grid(76, 36)), "ASME counterbore and depth symbols", genus=4)
add("d09", "cover plate 80 x 80 x 4, 4 x dia 4.5 thru, c/sink dia 9 x 90 deg, on 64 sq",
    csk(Box(80, 80, 4), 4, 4.5, 9, grid(64, 64)), "countersinks written c/sink, angle in deg", genus=4)
add("d10", "PLATE 120 x 80 x 10, 6x M8 TAP THRU, 2 ROWS OF 3 @ 40 PITCH",
    through(Box(120, 80, 10), 10, 6.8, rows(3, 40, 2, 40)), "six tapped holes in two rows of three", genus=6)
add("d11", "BLOCK 90 x 60 x 30, M6 x 1.0 TAP x 12 DP, 4 PLCS ON 70 x 40",
    blind(Box(90, 60, 30), 15, 5.0, 12, grid(70, 40)), "four blind tapped holes 12 deep", genus=0)
add("d12", "plate 150 x 90 x 10 with 3 rows of 2 holes dia 8, 40 pitch",
    through(Box(150, 90, 10), 10, 8, rows(2, 40, 3, 25)), "three rows of two", genus=6)
add("d13", "PLATE 160 x 60 x 8, 5 x Ø7 THRU EQ SP @ 30, ON C/L",
    through(Box(160, 60, 8), 8, 7, rows(5, 30, 1, 0)), "five holes on the centre line at 30", genus=5)
add("d14", "FLAT BAR 200 x 40 x 6, 4 HOLES Ø8.5 EQ SP 50 CRS",
    through(Box(200, 40, 6), 6, 8.5, rows(4, 50, 1, 0)), "four holes at 50 centres", genus=4)
add("d15", "PLATE 120 x 90 x 5, CORNERS R8 TYP",
    corners(Box(120, 90, 5), 8), "corner radius written after CORNERS", genus=0)
add("d16", "PLATE 100 x 80 x 6 THK, ALL CORNERS R10, 4x Ø8 THRU 15 FROM EDGES",
    through(corners(Box(100, 80, 6), 10), 6, 8, grid(70, 50)), "all corners R10 and four holes", genus=4)
add("d17", "BLOCK 80 x 60 x 40, CHAMFER 2 x 45° ALL EDGES",
    chamfer(Box(80, 60, 40).edges(), 2), "chamfer written before its size", genus=0)
add("d18", "block 40 x 30 x 20 - all edges 1.5 x 45 deg chamfer",
    chamfer(Box(40, 30, 20).edges(), 1.5), "lower case chamfer note, deg", genus=0)
add("d19", "ROD Ø25 x 80 LG, CHAMFER 1 x 45° BOTH ENDS",
    chamfer(Cylinder(12.5, 80).edges(), 1), "rod chamfered both ends", genus=0)
add("d20", "WASHER OD 40 ID 17 THK 3",
    tube(40, 17, 3), "washer with prefix names", genus=1)
add("d21", "washer ⌀28 / ⌀15 x 2 thk",
    tube(28, 15, 2), "lower-case washer OD / ID x thickness", genus=1)
add("d22", "BUSH Ø30 OD x Ø20 ID x 25 LG",
    tube(30, 20, 25), "bush in catalogue shorthand", genus=1)
add("d23", "PLATE 60 SQ x 5 THK, Ø25 THRU CTR, 4x Ø4.5 ON 48 SQ",
    through(through(Box(60, 60, 5), 5, 25, C0), 5, 4.5, grid(48, 48)), "centre hole and four on a 48 square", genus=5)
add("d24", "BASE PLATE 200 x 120 x 10 THK, 4x Ø13 THRU 20 FROM EDGES TYP",
    through(Box(200, 120, 10), 10, 13, grid(160, 80)), "TYP after the edge distance", genus=4)
add("d25", "DISC Ø100 x 6, 4x Ø8 THRU EQ SP ON Ø80, Ø30 CENTRE HOLE",
    through(through(disc(100, 6), 6, 8, pcd(4, 80)), 6, 30, C0), "circle given as ON Ø80", genus=5)
add("d26", "BLOCK 60 x 60 x 30, Ø12 x 20 DP CENTRE",
    blind(Box(60, 60, 30), 15, 12, 20, C0), "one blind hole 20 deep", genus=0)
add("d27", "PLATE 100 x 100 x 10, 4 HOLES M6 TAPPED THRU ON 80 SQ",
    through(Box(100, 100, 10), 10, 5.0, grid(80, 80)), "M6 tapped written after the count", genus=4)
add("d28", "PLATE 80 x 40 x 8, 2x M5 TAP 6 DP, 50 CTRS",
    blind(Box(80, 40, 8), 4, 4.2, 6, rows(2, 50, 1, 0)), "two blind M5 holes", genus=0)
add("d29", "FLANGE Ø110 x 14 THK, Ø45 BORE, 4x Ø11 THRU, C'BORE Ø18 x 11 DP, EQ SP ON 85 PCD",
    cbore(through(disc(110, 14), 14, 45, C0), 14, 11, 18, 11, pcd(4, 85)), "flange with counterbored bolt holes", genus=5)
add("d30", "DISC Ø90 x 10 THK, 6x Ø6.6 THRU CSK Ø13 x 90° EQ SP ON PCD 70",
    csk(disc(90, 10), 10, 6.6, 13, pcd(6, 70)), "disc with six countersunk holes", genus=6)
add("d31", "plate 120x60x8 thk, 4x ø6.6 thru, r5 all corners, 10 from edges",
    through(corners(Box(120, 60, 8), 5), 8, 6.6, grid(100, 40)), "all lower case", genus=4)
add("d32", "PART: BASE PLATE\nMATL: 6082-T6 ALUMINIUM\nSIZE: 150 x 100 x 12\nHOLES: 4x Ø11 THRU, 15 FROM EDGES",
    through(Box(150, 100, 12), 12, 11, grid(120, 70)), "title block: the alloy number is no size", genus=4)
add("d33", "RING Ø60 x Ø40 x 8 THK, 4x M4 TAP THRU EQ SP ON PCD 50",
    through(tube(60, 40, 8), 8, 3.3, pcd(4, 50)), "ring with four tapped holes", genus=5)
add("d34", "PLATE 90 x 60 x 6, 1 x 45° CHAMFER ALL EDGES, Ø20 THRU CTR",
    through(chamfer(Box(90, 60, 6).edges(), 1), 6, 20, C0), "chamfered plate with a centre hole", genus=1)
add("d35", "DISC Ø80 x 10 THK, 5x Ø6 THRU EQ SP ON 60 B.C.",
    through(disc(80, 10), 10, 6, pcd(5, 60)), "B.C. after the number", genus=5)
add("d36", "4x Ø6.6 THRU ON 70 x 40, PLATE 90 x 60 x 8",
    through(Box(90, 60, 8), 8, 6.6, grid(70, 40)), "the note before the size", genus=4)
add("d37", "PLATE 100 x 60 x 10 THK, Ø6.6 THRU, Ø11 C'BORE 6.5 DP, 4 PLCS 10 FROM EDGES",
    cbore(Box(100, 60, 10), 10, 6.6, 11, 6.5, grid(80, 40)), "counterbore size before C'BORE, 4 PLCS", genus=4)
add("d38", "BLOCK 80 x 40 x 20, 2X Ø6.6 THRU, ⌵ Ø12 x 90°, 50 CRS",
    csk(Box(80, 40, 20), 20, 6.6, 12, rows(2, 50, 1, 0)), "ASME countersink symbol", genus=2)
add("d39", "PLATE 100 x 70 x 12, 4X Ø10.5 THRU, CBORE Ø18 X 11 DP (TYP), 15 FROM EDGES",
    cbore(Box(100, 70, 12), 12, 10.5, 18, 11, grid(70, 40)), "(TYP) after the counterbore", genus=4)
add("d40", "square plate 75 sq x 6 thk, 4 holes 6.6 dia on 55 sq, 25 dia centre hole",
    through(through(Box(75, 75, 6), 6, 6.6, grid(55, 55)), 6, 25, C0), "dia after the number", genus=5)
add("d41", "PLATE 200 x 100 x 10, 8X Ø9 THRU, 2 ROWS OF 4 EQ SP, 40 PITCH, ROWS 50 APART",
    through(Box(200, 100, 10), 10, 9, rows(4, 40, 2, 50)), "two rows of four", genus=8)
add("d42", "DISC Ø120 x 15 THK, Ø40 THRU CTR, 6 x M8 TAP THRU EQ SP ON 90 PCD",
    through(through(disc(120, 15), 15, 40, C0), 15, 6.8, pcd(6, 90)), "centre bore and six tapped holes", genus=7)
add("d43", "SPACER Ø20 x 15 LG, Ø8.5 THRU",
    tube(20, 8.5, 15), "spacer with a through hole", genus=1)
add("d44", "PLATE 140 x 80 x 10, M8 x 1.25 TAP THRU x 4, 20 FROM EDGES",
    through(Box(140, 80, 10), 10, 6.8, grid(100, 40)), "count after the note (x 4)", genus=4)
add("d45", "block 70 x 50 x 25, 4 x m5 tap 10 dp on 50 x 30",
    blind(Box(70, 50, 25), 12.5, 4.2, 10, grid(50, 30)), "lower-case tapped blind holes", genus=0)
add("d46", "PLATE 100 x 50 x 5, 2X Ø5.5 THRU, C/SINK Ø11 X 90°, 70 CTRS, R5 ALL CORNERS",
    csk(corners(Box(100, 50, 5), 5), 5, 5.5, 11, rows(2, 70, 1, 0)), "countersinks and corner radii", genus=2)
add("d47", "FLANGE Ø150 x 18 THK, BORE Ø70, 8 HOLES Ø14 EQ SP ON B.C. Ø120",
    through(through(disc(150, 18), 18, 70, C0), 18, 14, pcd(8, 120)), "B.C. before the circle's size", genus=9)
add("d48", "RING OD 90 ID 60 THK 10, 3x Ø6.6 THRU EQ SP ON PCD 75",
    through(tube(90, 60, 10), 10, 6.6, pcd(3, 75)), "ring with prefix names", genus=4)

OUT.write_text("".join(json.dumps(c) + "\n" for c in cases))
print(f"wrote {len(cases)} cases to {OUT}")

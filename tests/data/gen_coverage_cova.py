#!/usr/bin/env python3
"""Builds tests/data/coverage_cova.jsonl: issue 12 items 1-4, a fresh set in new phrasings and values.

Each case models the part the person asked for with build123d; the expectation (sorted extents,
volume, genus) is measured from the reference's own STL the way `check_prompts.py` measures a
result (trimesh, genus from the Euler number), so it is computed, never typed in. Standard sizes
are the published ones (cited next to each case), not NaturalCAD's tables.

Written before the parser work of the cova branch (scored once before any change).
Run from the project root: python tests/data/gen_coverage_cova.py
"""

from __future__ import annotations

import json
import math
import tempfile
from pathlib import Path

from build123d import (
    Align,
    Axis,
    Box,
    Cone,
    Cylinder,
    Part,
    Pos,
    RectangleRounded,
    RegularPolygon,
    Rot,
    SlotOverall,
    Sphere,
    Torus,
    chamfer,
    export_stl,
    extrude,
)

IN = 25.4
BOTTOM = (Align.CENTER, Align.CENTER, Align.MIN)


def plate(length: float, width: float, thick: float, holes: list[tuple[float, float, float]] = ()) -> Part:
    """A plate on the XY plane with through holes (x, y, diameter) from its centre."""
    part = Box(length, width, thick, align=BOTTOM)
    for x, y, d in holes:
        part -= Pos(x, y, 0) * Cylinder(d / 2, thick * 3)
    return part


def cyl(d: float, h: float) -> Part:
    return Cylinder(d / 2, h, align=BOTTOM)


def tube(od: float, id_: float, h: float) -> Part:
    return Cylinder(od / 2, h, align=BOTTOM) - Cylinder(id_ / 2, h * 3)


def open_box(length: float, width: float, height: float, wall: float, floor: float) -> Part:
    return Box(length, width, height, align=BOTTOM) - Pos(0, 0, floor) * Box(
        length - 2 * wall, width - 2 * wall, height, align=BOTTOM)


def closed_box(length: float, width: float, height: float, wall: float) -> Part:
    return Box(length, width, height) - Box(length - 2 * wall, width - 2 * wall, height - 2 * wall)


def cup(od: float, height: float, wall: float, floor: float) -> Part:
    return cyl(od, height) - Pos(0, 0, floor) * cyl(od - 2 * wall, height)


def grid(nx: int, ny: int, pitch_x: float, pitch_y: float, d: float) -> list[tuple[float, float, float]]:
    return [((i - (nx - 1) / 2) * pitch_x, (j - (ny - 1) / 2) * pitch_y, d) for i in range(nx) for j in range(ny)]


def circle(n: int, pcd: float, d: float) -> list[tuple[float, float, float]]:
    return [(pcd / 2 * math.cos(2 * math.pi * k / n), pcd / 2 * math.sin(2 * math.pi * k / n), d) for k in range(n)]


def rounded_plate(length: float, width: float, thick: float, r: float) -> Part:
    return extrude(RectangleRounded(length, width, r), thick)


def hex_nut(af: float, height: float, bore: float) -> Part:
    return extrude(RegularPolygon(af / math.sqrt(3), 6), height) - Cylinder(bore / 2, height * 3)


def csk_plate(length: float, width: float, thick: float, pts: list[tuple[float, float]], d: float, dk: float) -> Part:
    """Countersunk through holes, 90 degree head, from the top face."""
    part = Box(length, width, thick, align=BOTTOM)
    depth = (dk - d) / 2
    for x, y in pts:
        part -= Pos(x, y, 0) * Cylinder(d / 2, thick * 3)
        part -= Pos(x, y, thick - depth) * Cone(d / 2, dk / 2, depth, align=BOTTOM)
    return part


def cbore_plate(length: float, width: float, thick: float, pts: list[tuple[float, float]], d: float, dc: float,
                depth: float) -> Part:
    part = Box(length, width, thick, align=BOTTOM)
    for x, y in pts:
        part -= Pos(x, y, 0) * Cylinder(d / 2, thick * 3)
        part -= Pos(x, y, thick - depth) * Cylinder(dc / 2, depth * 2, align=BOTTOM)
    return part


def pocket_plate(length: float, width: float, thick: float, pl: float, pw: float, depth: float, r: float) -> Part:
    return Box(length, width, thick, align=BOTTOM) - Pos(0, 0, thick - depth) * extrude(
        RectangleRounded(pl, pw, r), depth * 2)


def slot_block(length: float, width: float, thick: float, overall: float, slot_w: float) -> Part:
    return Box(length, width, thick, align=BOTTOM) - Pos(0, 0, -thick) * extrude(
        SlotOverall(overall, slot_w), thick * 3)


def end_chamfered_bar(part: Part, c: float, axis: Axis = Axis.Z) -> Part:
    faces = part.faces().sort_by(axis)
    edges = faces[0].edges() + faces[-1].edges()
    return chamfer(edges, c)


def cross_holed_bar(side: float, length: float, n: int, pitch: float, d: float) -> Part:
    part = Box(length, side, side)
    for k in range(n):
        part -= Pos((k - (n - 1) / 2) * pitch, 0, 0) * Rot(90, 0, 0) * Cylinder(d / 2, side * 3)
    return part


def measure(part: Part) -> tuple[list[float], float, int | None]:
    import trimesh
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "p.stl"
        export_stl(part, str(path), tolerance=0.01, angular_tolerance=0.1)
        m = trimesh.load(path, force="mesh")
    genus = round((2 - m.euler_number) / 2) if m.is_watertight else None
    bb = part.bounding_box()
    ext = sorted(round(v, 3) for v in (bb.size.X, bb.size.Y, bb.size.Z))
    return ext, round(part.volume, 2), genus


CASES: list[dict] = []


def case(item: int, prompt: str, part: Part | None, intent: str, *, volume: bool = True, genus: bool = True,
         out_of_scope: bool = False) -> None:
    expect: dict[str, object] = {}
    if part is not None:
        ext, vol, g = measure(part)
        expect["extents"] = ext
        if volume:
            expect["volume"] = vol
        if genus and g is not None:
            expect["genus"] = g
    CASES.append({"id": f"a{len(CASES) + 1:03d}", "item": item, "prompt": prompt, "expect": expect, "intent": intent,
                  "out_of_scope": out_of_scope, "impossible": False})


# ---- item 1: numbers and units as people write them ------------------------------------------
case(1, "plate 5 x 2-1/2 x 3/8 in", plate(5 * IN, 2.5 * IN, 0.375 * IN), "127 x 63.5 x 9.525 (mixed number).")
case(1, "disc 4,2 cm across, 6 mm thick", cyl(42, 6), "Decimal comma cm + mm.")
case(1, "rod 3/4 inch dia, 10 inches long", cyl(0.75 * IN, 10 * IN), "19.05 x 254.")
case(1, "block 0.15 m x 9 cm x 30 mm", Box(150, 90, 30), "Three units in one size.")
case(1, "cylinder radius 20, height 5 cm", cyl(40, 50), "Bare 20 beside a cm value is mm: r20 x 50.")
case(1, "disc diameter 60, thickness 1 cm", cyl(60, 10), "Bare 60 is mm, 1 cm = 10.")
case(1, "8 thick plate 120 long 70 wide", plate(120, 70, 8), "Thickness first, mm omitted.")
case(1, "hub Ø35 x 18", cyl(35, 18), "Ø diameter x length.")
case(1, "steel rod ⌀16, cut to 250", cyl(16, 250), "⌀ and 'cut to'.")
case(1, "flat bar 80 per 30 per 6", Box(80, 30, 6), "'per' as by.")
case(1, "strip 180 x 25 x 4 with eight 5mm holes in a row, 20 apart",
     plate(180, 25, 4, [((k - 3.5) * 20, 0, 5) for k in range(8)]), "8 holes (word) at 20 pitch, centred.")
case(1, "washer OD 1 in, ID 1/2 in, 1/8 thick", tube(IN, IN / 2, IN / 8), "Bare fraction beside inch values.")
case(1, "disc 80 dia, 10 thick, with a 15 mm radius hole in the middle", tube(80, 30, 10),
     "Radius after the number: hole 30.")
case(1, "spacer 0,75 inch OD, 6 mm hole, 20 mm long", tube(0.75 * IN, 6, 20), "Decimal comma with inch.")
case(1, "square plate two inches a side, quarter inch thick", plate(2 * IN, 2 * IN, IN / 4), "Words and inches.")
case(1, "cylinder 1,5 in diameter x 2 in tall", cyl(1.5 * IN, 2 * IN), "Decimal comma inch.")

# ---- item 2: roles in context ------------------------------------------------------------------
case(2, "tube ID 30, wall 2.5, 120 long", tube(35, 30, 120), "ID + wall -> OD 35.")
case(2, "pipe OD 1.5 inch, wall 1/16 inch, 8 inch long", tube(1.5 * IN, 1.375 * IN, 8 * IN), "OD + wall in inches.")
case(2, "hollow cylinder ID 3/4 inch, wall 1/8 inch, 3 inch long", tube(IN, 0.75 * IN, 3 * IN),
     "ID + wall in inches -> OD 25.4.")
case(2, "round pot, outer Ø80, 40 deep inside, 2 mm sides, 5 mm base", cup(80, 45, 2, 5),
     "Inside depth + base -> height 45.")
case(2, "open box, inside dimensions 80x60x40, 3 mm walls and floor", open_box(86, 66, 43, 3, 3),
     "Inside size -> outside 86 x 66 x 43.")
case(2, "closed hollow box 80x50x30, 2 mm shell", closed_box(80, 50, 30, 2), "Sealed box with a void.")
case(2, "sealed hollow cube 50 mm, 3 mm walls", closed_box(50, 50, 50, 3), "Sealed cube with a void.")
case(2, "plate 100 x 100 x 6 with a hole of 30 in the middle", plate(100, 100, 6, [(0, 0, 30)]), "One 30 hole.")
case(2, "rubber O-ring 50 ID, 3 mm cross-section", Torus(26.5, 1.5), "ID 50, section 3.")
case(2, "flat bar 300 x 25 x 6, 8 mm holes at 50 mm pitch",
     plate(300, 25, 6, [((k - 2.5) * 50, 0, 8) for k in range(6)]), "300 / 50 = 6 holes, centred.")
case(2, "20 square bar 150 long, four 5 mm cross holes at 30 mm centres, centred on the length",
     cross_holed_bar(20, 150, 4, 30, 5), "Square bar section + holes across.")
case(2, "plate 160 x 100 x 5, 4 rows x 6 columns of 6 mm holes at 20 mm",
     plate(160, 100, 5, grid(6, 4, 20, 20, 6)), "24 holes, rows x columns.")
case(2, "square tray 120 x 120 outside, pocket 20 deep, 2 mm walls, 3 mm floor", open_box(120, 120, 23, 2, 3),
     "Pocket depth + floor -> height 23.")
case(2, "bushing bore 12, OD 20, 15 long", tube(20, 12, 15), "Bore + OD.")
case(2, "cup 45 OD, 2 mm wall, 3 mm bottom, 60 high", cup(45, 60, 2, 3), "Cup in any order.")

# ---- item 3: names that are not sizes, and standards -------------------------------------------
# ISO 15: 6202 = 15 x 35 x 11, 625 = 5 x 16 x 5, 6003 = 17 x 35 x 10
case(3, "pillow block 50x50x15 with a through bore for a 6202 bearing", plate(50, 50, 15, [(0, 0, 35)]),
     "Bore = bearing OD 35.")
case(3, "spacer ring matching a 625 bearing (same bore and OD), 2 mm thick", tube(16, 5, 2),
     "625: 5 x 16, thickness 2 given.")
case(3, "6003 bearing dummy", tube(35, 17, 10), "6003 = 17 x 35 x 10.")
# NEMA ICS 16: NEMA 23 47.14 square, 38.1 pilot, M5 medium clearance 5.5
case(3, "NEMA 23 motor mount plate 70x70x6, centre pilot hole and the 4 M5 holes",
     plate(70, 70, 6, [*grid(2, 2, 47.14, 47.14, 5.5), (0, 0, 38.5)]), "Pilot + 4 holes on 47.14 square.")
# T-slot profiles
case(3, "end plate for 3030 extrusion, 5 mm thick, no hole", plate(30, 30, 5), "30 x 30 x 5 solid.")
case(3, "2040 end cap 4 mm thick with an M5 clearance hole in the middle", plate(40, 20, 4, [(0, 0, 5.5)]),
     "20 x 40 x 4, M5 medium 5.5.")
# ISO/IEC 7810 ID-1 85.60 x 53.98, corner r 3.18
case(3, "tag the size of a bank card, 1.5 mm thick, with rounded corners like a card",
     rounded_plate(85.6, 53.98, 1.5, 3.18), "ID-1 card.")
# ITTF: 40 mm ball
case(3, "sphere the size of a ping pong ball", Sphere(20), "40 mm table-tennis ball.")
# ISO 273 close 4.3
case(3, "plate 80 x 50 x 6 with four M4 close-fit holes 8 mm in from the corners",
     plate(80, 50, 6, grid(2, 2, 64, 34, 4.3)), "M4 close 4.3.")
# DIN 125 M6: 6.4 / 12 / 1.6; ISO 4032 M12: s 18, m 10.8
case(3, "M6 washer DIN 125", tube(12, 6.4, 1.6), "DIN 125 M6.")
case(3, "M12 hex nut", hex_nut(18, 10.8, 10.2), "ISO 4032 M12.", volume=False)
case(3, "block 50x30x20 with an M8 tapped hole through the centre", plate(50, 30, 20, [(0, 0, 6.8)]),
     "M8 tap drill 6.8.")
# ASME B36.10: NPS 1 sch 40 = 33.4 x 3.38
case(3, "1 inch sch 40 pipe, 400 mm long", tube(33.4, 33.4 - 2 * 3.38, 400), "NPS 1 sch 40.")
# IEC 60086 LR03 (AAA): 10.5 x 44.5
case(3, "AAA battery dummy", cyl(10.5, 44.5), "AAA = 10.5 x 44.5.")
case(3, "case for a Pixel 8", None, "Product model with no size: ask.", out_of_scope=True)
case(3, "a 500 ml bottle", None, "500 ml is a volume: ask.", out_of_scope=True)

# ---- item 4: drawing and catalogue shorthand ---------------------------------------------------
case(4, "60 SQ x 8 THK, Ø20 CENTRE HOLE, 4X Ø6.6 ON 45 PCD",
     plate(60, 60, 8, [(0, 0, 20), *circle(4, 45, 6.6)]), "SQ plate with centre hole and PCD.")
case(4, "BAR 30 SQ X 200 LG, 1 X 45° CHAMFER BOTH ENDS", end_chamfered_bar(Box(30, 30, 200), 1),
     "Square bar with end chamfers.")
case(4, "120 X 60 X 12 BLOCK, SLOT 12 WIDE X 50 OVERALL THRU, CENTRED, ALONG 120", slot_block(120, 60, 12, 50, 12),
     "Stadium slot.")
case(4, "120x50x6 plate, 4X Ø6.6 THRU, CSK Ø12 X 90°, 100 X 30 PATTERN",
     csk_plate(120, 50, 6, [(x, y) for x, y, _ in grid(2, 2, 100, 30, 0)], 6.6, 12), "CSK on a rectangle.")
case(4, "PLATE 120 X 90 X 12, POCKET 80 X 50 X 6 DP, R6 POCKET CORNERS, CENTRED",
     pocket_plate(120, 90, 12, 80, 50, 6, 6), "Rounded pocket.")
case(4, "PLATE 100 X 60 X 8, 4X Ø6.6 THRU, 80 X 40 PATTERN", plate(100, 60, 8, grid(2, 2, 80, 40, 6.6)),
     "Rectangle pattern.")
case(4, "FLANGE Ø100 X 12 THK, Ø40 BORE, 6X Ø9 EQ SP ON PCD 75",
     tube(100, 40, 12) - [Pos(x, y, 0) * Cylinder(d / 2, 40) for x, y, d in circle(6, 75, 9)], "Flange.")
case(4, "PLATE 80 X 80 X 10, 4X C'BORE Ø11 X 6.5 DP, Ø6.6 THRU, 60 X 60",
     cbore_plate(80, 80, 10, [(x, y) for x, y, _ in grid(2, 2, 60, 60, 0)], 6.6, 11, 6.5), "Counterbores.")
case(4, "BLOCK 50 X 50 X 25, M8 X 1.25 TAP THRU CENTRE", plate(50, 50, 25, [(0, 0, 6.8)]), "Tap drill 6.8.")
case(4, "PLATE 150 X 75 X 10, R8 ALL CORNERS", rounded_plate(150, 75, 10, 8), "Plan corners R8.")
case(4, "PLATE 90 X 60 X 6, 2 ROWS OF 4 Ø5 HOLES, 20 PITCH", plate(90, 60, 6, grid(4, 2, 20, 20, 5)),
     "2 rows of 4 at 20.")
case(4, "SHAFT Ø20 X 120 LG, 1 X 45° CHAMFER BOTH ENDS", end_chamfered_bar(cyl(20, 120), 1),
     "Shaft with end chamfers.")
case(4, "DISC Ø80 X 5 THK, 3X Ø6 EQ SP ON 60 PCD",
     cyl(80, 5) - [Pos(x, y, 0) * Cylinder(d / 2, 20) for x, y, d in circle(3, 60, 6)], "3 holes EQ SP.")
case(4, "BLOCK 60 X 40 X 20, 1 X 45° CHAMFER ALL EDGES", chamfer(Box(60, 40, 20).edges(), 1), "All edges.")


def main() -> None:
    out = Path(__file__).with_name("coverage_cova.jsonl")
    out.write_text("".join(json.dumps(c, ensure_ascii=False) + "\n" for c in CASES))
    print(f"{len(CASES)} cases -> {out}")


if __name__ == "__main__":
    main()

# ruff: noqa
"""Builds tests/data/coverage_croles.jsonl: issue 12 items 2 (roles in context) and 3 (names that
are not sizes, and standards), written by the c-roles branch before its parser work.

Each case models the part the person asked for with build123d; the expectation (sorted extents,
volume, genus) is measured from the reference's own STL as `check_prompts.py` measures a result.
Standard sizes are the published ones (cited next to each case), not NaturalCAD's tables.
Phrasings vary on purpose: casual forum, terse shop-floor, catalogue lines.
Run from the project root: python tests/data/gen_coverage_croles.py
"""

from __future__ import annotations

import json
import math
import tempfile
from pathlib import Path

from build123d import Align, Box, Cylinder, Part, Polyline, Pos, Torus, export_stl, extrude, make_face

IN = 25.4
BOTTOM = (Align.CENTER, Align.CENTER, Align.MIN)


def plate(length, width, thick, holes=()):
    """A plate on XY with through holes (x, y, diameter) from its centre."""
    part = Box(length, width, thick, align=BOTTOM)
    for x, y, d in holes:
        part -= Pos(x, y, 0) * Cylinder(d / 2, thick * 3)
    return part


def disc(d, thick, holes=()):
    part = Cylinder(d / 2, thick, align=BOTTOM)
    for x, y, hd in holes:
        part -= Pos(x, y, 0) * Cylinder(hd / 2, thick * 3)
    return part


def cyl(d, h):
    return Cylinder(d / 2, h, align=BOTTOM)


def tube(od, id_, h):
    return Cylinder(od / 2, h, align=BOTTOM) - Cylinder(id_ / 2, h * 3)


def ring_with_holes(od, id_, thick, holes):
    part = tube(od, id_, thick)
    for x, y, d in holes:
        part -= Pos(x, y, 0) * Cylinder(d / 2, thick * 3)
    return part


def open_box(length, width, height, wall, floor):
    return Box(length, width, height, align=BOTTOM) - Pos(0, 0, floor) * Box(
        length - 2 * wall, width - 2 * wall, height, align=BOTTOM)


def cup(od, height, wall, floor):
    return cyl(od, height) - Pos(0, 0, floor) * cyl(od - 2 * wall, height)


def frame(length, width, border, thick):
    return Box(length, width, thick, align=BOTTOM) - Box(length - 2 * border, width - 2 * border, thick * 3)


def rhs(a, b, wall, length):
    return Box(a, b, length, align=BOTTOM) - Box(a - 2 * wall, b - 2 * wall, length * 3)


def section(points, length):
    """A profile (x, y points, closed) extruded along Z."""
    return extrude(make_face(Polyline(*points, close=True)), length)


def channel(width, height, t, length):
    return section([(0, 0), (width, 0), (width, height), (width - t, height), (width - t, t), (t, t), (t, height),
                    (0, height)], length)


def angle(a, b, t, length):
    return section([(0, 0), (a, 0), (a, t), (t, t), (t, b), (0, b)], length)


def tee(width, height, t, length):
    h = width / 2
    return section([(-h, height), (h, height), (h, height - t), (t / 2, height - t), (t / 2, 0), (-t / 2, 0),
                    (-t / 2, height - t), (-h, height - t)], length)


def oring(id_, cs):
    return Torus((id_ + cs) / 2, cs / 2)


def grid(nx, ny, px, py, d):
    return [((i - (nx - 1) / 2) * px, (j - (ny - 1) / 2) * py, d) for i in range(nx) for j in range(ny)]


def circle(n, pcd, d, start=0.0):
    return [(pcd / 2 * math.cos(start + 2 * math.pi * k / n), pcd / 2 * math.sin(start + 2 * math.pi * k / n), d)
            for k in range(n)]


def row(n, pitch, d):
    return [((i - (n - 1) / 2) * pitch, 0.0, d) for i in range(n)]


def pocket_block(length, width, thick, pocket_d, depth, through_d=0.0):
    part = Box(length, width, thick, align=BOTTOM) - Pos(0, 0, thick - depth) * cyl(pocket_d, depth + 1)
    if through_d:
        part -= Cylinder(through_d / 2, thick * 3)
    return part


def hex_nut(af, height, bore):
    from build123d import RegularPolygon
    return extrude(RegularPolygon(af / math.sqrt(3), 6), height) - Cylinder(bore / 2, height * 3)


def measure(part):
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
SET_DONE = False


def case(item, prompt, part, intent, *, volume=True, genus=True, out_of_scope=False):
    expect = {}
    if part is not None:
        ext, vol, g = measure(part)
        expect["extents"] = ext
        if volume:
            expect["volume"] = vol
        if genus and g is not None:
            expect["genus"] = g
    prefix = "r" if not SET_DONE else "rf"
    CASES.append({"id": f"{prefix}{len(CASES) + 1:03d}", "item": item, "prompt": prompt, "expect": expect, "intent": intent,
                  "out_of_scope": out_of_scope, "impossible": False})


# ---- item 2: roles in context ------------------------------------------------------------------
# wall with a bore or an outside diameter
case(2, "pipe ID 40, wall 4, 150 long", tube(48, 40, 150), "ID + wall: OD 48.")
case(2, "tube 25 OD x 2 wall x 300 lg", tube(25, 21, 300), "OD + wall: ID 21.")
case(2, "Tube OD40 wall 3, 120 long", tube(40, 34, 120), "OD written onto its number, then wall.")
case(2, "sleeve with an outside diameter of 30 and a 3mm wall, length 60", tube(30, 24, 60), "OD + wall in words.")
case(2, "bushing: bore 12, wall thickness 4, 20 long", tube(20, 12, 20), "Bore + wall: OD 20.")
# walls, floor, depth
case(2, "open box 120 x 80 x 50, walls 3 mm, bottom 5 mm", open_box(120, 80, 50, 3, 5), "Walls and bottom.")
case(2, "tray 200x150, 30 deep, 2 mm sides, 3 mm floor", open_box(200, 150, 30, 2, 3), "Deep = height, sides = wall.")
case(2, "cup 60 OD, 80 tall, wall 2.5, base 4", cup(60, 80, 2.5, 4), "Round cup with wall and base.")
# one hole of a size (not a count)
case(2, "plate 100x60x8 with a hole of 25 in the centre", plate(100, 60, 8, [(0, 0, 25)]), "One d25 hole.")
case(2, "disc 80 dia 6 thick, one 10 mm hole in the middle", disc(80, 6, [(0, 0, 10)]), "One d10 hole.")
# rings: ID/OD, radial width, bolt holes on a ring
case(2, "washer 24 OD 13 ID 2.5 thk", tube(24, 13, 2.5), "Washer by OD / ID.")
case(2, "flat ring ID 40, 10 wide, 3 thick", tube(60, 40, 3), "Radial width of a ring: OD = 40 + 2 x 10.")
case(2, "ring with a 50 bore, ring width 6 mm, 4 mm thick", tube(62, 50, 4), "Ring width 6 on a 50 bore.")
case(2, "spacer ring OD 70, 8 wide, 5 thick", tube(70, 54, 5), "OD and radial width: ID 54.")
case(2, "gasket OD 120 ID 80 2 thick with 6 holes of 6 on a 100 PCD",
     ring_with_holes(120, 80, 2, circle(6, 100, 6)), "Ring gasket with a bolt circle in its annulus.")
case(2, "rubber gasket, 150 outside, 90 inside, 3mm, eight 8mm bolt holes on 120 pcd",
     ring_with_holes(150, 90, 3, circle(8, 120, 8)), "Gasket, outside/inside words.")
# o-rings and tori by cross-section
case(2, "o-ring 30 ID x 3 CS", oring(30, 3), "ID x CS.")
case(2, "oring 15.54 id, 2.62 cross section", oring(15.54, 2.62), "id then cross section.")
case(2, "O-ring, inside diameter 45, section 4", oring(45, 4), "inside diameter + section.")
case(2, "torus, mean diameter 50, 8 mm cross-section", Torus(25, 4), "Mean diameter + section.")
# holes from a pitch and a length, rows x columns
case(2, "flat bar 300 x 30 x 10 with 8 mm holes at 50 mm pitch", plate(300, 30, 10, row(6, 50, 8)),
     "300 / 50 = 6 holes, 25 from the ends.")
case(2, "plate 120x80x5, 3 rows x 4 columns of 6 mm holes, 25 pitch", plate(120, 80, 5, grid(4, 3, 25, 25, 6)),
     "3 x 4 grid on 25.")
# frames (a rectangular ring)
case(2, "frame 200 x 150 outside, border 20, 10 thick", frame(200, 150, 20, 10), "Border 20 all round.")
case(2, "picture frame, 180x130 outer size, 25 wide rim, 8 mm thick", frame(180, 130, 25, 8), "Rim width.")
# sections extruded
case(2, "U channel 50 wide 30 high 4 thick 250 long", channel(50, 30, 4, 250), "U section.")
case(2, "aluminium angle 40x40x4, 300 long", angle(40, 40, 4, 300), "Equal angle.")
case(2, "unequal angle 60 x 40 x 5, 200 lg", angle(60, 40, 5, 200), "Unequal angle.")
case(2, "tee section 50 wide 40 tall 5 thick 200 long", tee(50, 40, 5, 200), "T section.")
case(2, "rectangular tube 60x40x3 wall, 500 long", rhs(60, 40, 3, 500), "RHS.")
case(2, "square tube 40 sq 2 wall 250 lg", rhs(40, 40, 2, 250), "SHS.")

# ---- item 3: names that are not sizes, and standards --------------------------------------------
# bearings (ISO 15: 608 = 8x22x7, 6202 = 15x35x11, 6204 = 20x47x14, 6001 = 12x28x8, 6000 = 10x26x8)
case(3, "block 50 x 50 x 12 with a pocket for a 608 bearing, 7 deep", pocket_block(50, 50, 12, 22, 7),
     "608 OD 22 as a blind pocket.")
case(3, "spacer: same bore as a 6202, 20 OD, 5 long", tube(20, 15, 5), "6202 bore 15.")
case(3, "plate 80x80x10 with a through bore for a 6204", plate(80, 80, 10, [(0, 0, 47)]), "6204 OD 47 through.")
case(3, "dummy 6001 bearing", tube(28, 12, 8), "6001 = 12 x 28 x 8.")
case(3, "shaft to fit the bore of a 6000 bearing, 80 long", cyl(10, 80), "6000 bore 10.")
# T-slot series
case(3, "end cap for 4040 extrusion, 3 mm thick", plate(40, 40, 3), "4040 outline.")
case(3, "2020 profile placeholder 500 long", Box(20, 20, 500), "2020 solid.")
case(3, "connector strip for 3030 profile, 100 long, 4 thick, same width as the profile", plate(100, 30, 4),
     "3030 width.")
# NEMA (NEMA ICS 16: 17 = 31.0 bolt square, 22.0 pilot, M3; 23 = 47.14 square, 38.1 pilot, 5.5 holes)
case(3, "NEMA 17 motor plate 50x50x4 with the pilot hole and 4 M3 holes",
     plate(50, 50, 4, [(0, 0, 22), *grid(2, 2, 31, 31, 3.4)]), "NEMA 17 pattern.")
case(3, "nema23 mount 80 x 80 x 6", plate(80, 80, 6, [(0, 0, 38.1), *grid(2, 2, 47.14, 47.14, 5.5)]),
     "NEMA 23 pattern.")
# clearance fits (ISO 273: M5 5.3/5.5/5.8, M6 6.4/6.6/7, M8 8.4/9/10, M4 4.3/4.5/4.8), tap drills (ISO 2306)
case(3, "disc 90 dia 10 thick, 4 x M8 clearance holes medium fit on 60 PCD", disc(90, 10, circle(4, 60, 9)),
     "M8 medium 9, no centre bore.")
case(3, "flange 110 OD 12 thk with a 30 bore and 6 x M6 close fit holes on a 80 PCD",
     ring_with_holes(110, 30, 12, circle(6, 80, 6.4)), "M6 close 6.4.")
case(3, "plate 100x50x8, two M5 loose clearance holes 60 apart", plate(100, 50, 8, row(2, 60, 5.8)), "M5 loose 5.8.")
case(3, "30 mm disc 3 thick, clearance hole for an M4 in the middle", disc(30, 3, [(0, 0, 4.5)]), "M4 medium 4.5.")
case(3, "block 40x40x10, 4 holes tapped M6 on a 30 mm square", plate(40, 40, 10, grid(2, 2, 30, 30, 5.0)),
     "M6 tap drill 5.0.")
# ASME B18.2.8 normal fit 1/4: 0.281 in
case(3, "plate 3 x 2 x 1/4 in with a 1/4-20 clearance hole in the centre",
     plate(3 * IN, 2 * IN, 0.25 * IN, [(0, 0, 0.281 * IN)]), "1/4 normal fit 0.281 in.")
# nuts and washers (ISO 7089 M10 10.5/20/2; DIN 9021 M6 6.4/18/1.6; DIN 125 M12 13/24/2.5; ISO 4032 M10 s16 m8.4)
case(3, "M10 washer", tube(20, 10.5, 2), "ISO 7089 M10.")
case(3, "penny washer for M6 (DIN 9021)", tube(18, 6.4, 1.6), "DIN 9021 M6.")
case(3, "DIN 125 washer M12", tube(24, 13, 2.5), "DIN 125 M12.")
case(3, "hex nut M10", hex_nut(16, 8.4, 8.5), "ISO 4032 M10.", volume=False)
# pipe (ASME B36.10M: NPS 3/4 = 26.7 OD, sch 80 wall 3.91; NPS 1/2 = 21.3, sch 40 2.77)
case(3, "3/4\" sch 80 pipe 200 long", tube(26.7, 26.7 - 2 * 3.91, 200), "NPS 3/4 sch 80.")
case(3, "half inch schedule 40 pipe, 250 mm", tube(21.3, 21.3 - 2 * 2.77, 250), "NPS 1/2 sch 40.")
# paper and card sizes (ISO 216: A5 148 x 210, A6 105 x 148; ISO/IEC 7810 ID-1 85.60 x 53.98)
case(3, "A5 plate 3 mm", plate(210, 148, 3), "A5.")
case(3, "backing board the size of an A6 sheet, 2 thick", plate(148, 105, 2), "A6.")
case(3, "credit card sized plate 1 mm, sharp corners", plate(85.6, 53.98, 1), "ID-1.")
# product names with no published size here: ask
case(3, "phone stand for a Galaxy S24", None, "Product model: ask.", out_of_scope=True)
case(3, "holder for my 1 litre water bottle", None, "A volume is not a size: ask.", out_of_scope=True)
case(3, "iphone 14 case", None, "Product model: ask.", out_of_scope=True)

SET = list(CASES)
CASES.clear()
SET_DONE = True

# ---- fresh: written after the c-roles changes, scored once as written (never tuned to) ----------
case(2, "bush, 16 bore, 3 wall, 25 lg", tube(22, 16, 25), "Bore + wall.")
case(2, "steel pipe OD 48.3 x 3.2 wall, 600 long", tube(48.3, 41.9, 600), "OD x wall.")
case(2, "plastic box 90 x 60 x 35, 2.5 walls, 3 floor, no lid", open_box(90, 60, 35, 2.5, 3), "Walls and floor.")
case(2, "annular ring, inner dia 25, 7.5 wide, 2 thick", tube(40, 25, 2), "Radial width on an inner diameter.")
case(2, "flat washer OD 40 with a 6 wide ring, 3 thick", tube(40, 28, 3), "Radial width inside an OD.")
case(2, "pump gasket 3mm: 140 OD, 100 ID, 8 x 10 holes on a 120 bolt circle",
     ring_with_holes(140, 100, 3, circle(8, 120, 10)), "Gasket with a bolt circle.")
case(2, "O ring 44.17 ID, 3.53 CS", oring(44.17, 3.53), "AS568-style ID x CS.")
case(2, "mirror frame 400 x 300, 40 mm border all round, 18 thick", frame(400, 300, 40, 18), "Frame border.")
case(2, "C-channel 60 x 30, 3 thick, 400 long", channel(60, 30, 3, 400), "C channel.")
case(2, "T-bar 40 wide 40 high 4 mm thick, 250 mm", tee(40, 40, 4, 250), "Tee bar.")
case(3, "aluminium block 60 x 60 x 15 with a recess to take a 6202 bearing, 11 deep", pocket_block(60, 60, 15, 35, 11),
     "6202 OD 35 pocket.")
case(3, "plate 70x70x8 with a hole to fit a 608 bearing", plate(70, 70, 8, [(0, 0, 22)]), "608 OD through.")
case(3, "collar with the same bore as a 6001, 20 OD, 8 long", tube(20, 12, 8), "6001 bore 12.")
case(3, "cover plate for the end of a 4040 extrusion, 4 thick", plate(40, 40, 4), "4040 outline.")
case(3, "A4 size acrylic sheet 5 mm", plate(297, 210, 5), "A4.")
case(3, "three quarter inch schedule 40 pipe, 300 long", tube(26.7, 26.7 - 2 * 2.87, 300), "NPS 3/4 sch 40 (2.87 wall).")
FRESH = list(CASES)


def main() -> None:
    for name, cases in (("coverage_croles.jsonl", SET), ("coverage_croles_fresh.jsonl", FRESH)):
        out = Path(__file__).with_name(name)
        out.write_text("".join(json.dumps(c, ensure_ascii=False) + "\n" for c in cases))
        print(f"{len(cases)} cases -> {out}")


if __name__ == "__main__":
    main()

# ruff: noqa
"""Builds tests/data/coverage_c-read_prompts.jsonl: issue 12 items 1-4 (session 7, c-read branch), new
wordings and values of the classes coverage7a's failures showed, written before any parser change:
the part's own radius as `R..`, leading-dot decimals with one unit at the end, "A by B inches, t in
thick", counts as words ("a dozen", "half a dozen", "a pair of"), a hole size written before
"holes" after a count ("two 8 holes"), bars "cut to" a length with holes "in from the ends",
counts from a pitch and a first hole, rows of holes with a pitch and the rows' distance, bearings
named once and referred to by their bore / OD, standard washers with one size changed, and drawing
notes (bore + bolt circle, `2 ROWS OF 4`, `TAP THRU @ A x B`, `1x45 CHAMFER`).

Each case models the part with build123d; the expectation (sorted extents, volume, genus) is
measured from the reference's own STL as `check_prompts.py` measures a result. Standard sizes are
the published ones (ISO 15 bearings, ISO 7089 / DIN 125 washers, ISO 2306 tap drills).
Run from the project root: python tests/data/gen_coverage_c-read.py
"""

from __future__ import annotations

import json
import math
import tempfile
from pathlib import Path

from build123d import Align, Axis, Box, Cylinder, Pos, chamfer, export_stl

IN = 25.4
BOTTOM = (Align.CENTER, Align.CENTER, Align.MIN)


def plate(length, width, thick, holes=()):
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


def row(n, pitch, d, y=0.0, x0=None):
    start = -(n - 1) / 2 * pitch if x0 is None else x0
    return [(start + i * pitch, y, d) for i in range(n)]


def circle(n, pcd, d):
    return [(pcd / 2 * math.cos(2 * math.pi * k / n), pcd / 2 * math.sin(2 * math.pi * k / n), d) for k in range(n)]


def chamfered_plate(length, width, thick, c, holes=(), top_only=True):
    part = Box(length, width, thick, align=BOTTOM)
    edges = part.edges().group_by(Axis.Z)[-1] if top_only else part.edges()
    part = chamfer(edges, c)
    for x, y, d in holes:
        part -= Pos(x, y, 0) * Cylinder(d / 2, thick * 3)
    return part


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


def case(item, prompt, part, intent, *, out_of_scope=False, impossible=False):
    expect = {}
    if part is not None:
        ext, vol, g = measure(part)
        expect = {"extents": ext, "volume": vol}
        if g is not None:
            expect["genus"] = g
    CASES.append({"id": f"cr{len(CASES) + 1:02d}", "item": item, "prompt": prompt, "expect": expect, "intent": intent,
                  "out_of_scope": out_of_scope, "impossible": impossible})


# ---- item 1: numbers and units ----------------------------------------------------------------
case(1, "R40 round plate, 6 thick", disc(80, 6), "R = the part's radius: Ø80.")
case(1, "disc R12.5, 3 mm thick, 5 mm hole through the middle", disc(25, 3, [(0, 0, 5)]), "R after the noun.")
case(1, "plate 5 x 2.5 x .25 inch", plate(5 * IN, 2.5 * IN, 0.25 * IN), "Leading-dot decimal, unit at the end for all.")
case(1, "block .75 x 1.25 x 2 in", plate(2 * IN, 1.25 * IN, 0.75 * IN), "Leading dot first, unit at the end.")
case(1, "shim 4 by 2 inches, 0.020 in thick", plate(4 * IN, 2 * IN, 0.02 * IN), "A by B inches, then a thickness in inches.")
case(1, "cover plate 6 by 4 in, 1/8\" thick", plate(6 * IN, 4 * IN, IN / 8), "A by B in, fraction thickness.")
case(1, "a dozen 5 mm holes in a line along the centre of a 200 x 30 x 5 strip",
     plate(200, 30, 5, row(12, 15, 5)), "A dozen = 12.")
case(1, "half a dozen 6mm holes evenly spaced along a 180 x 25 x 4 bar", plate(180, 25, 4, row(6, 28, 6)),
     "Half a dozen = 6.")
case(1, "120 x 60 plate 8 thick with a pair of 8 mm radius holes on the centreline",
     plate(120, 60, 8, row(2, 60, 16)), "A pair = 2; radius written after the number.")
case(1, "3 mm plate, 90 by 40, two holes of 6 mm radius 50 apart", plate(90, 40, 3, row(2, 50, 12)),
     "Two holes; 'of 6 mm radius'.")
case(1, "block 8 thick, 80 by 50, two 8 holes 50 apart", plate(80, 50, 8, row(2, 50, 8)),
     "mm omitted; '8 holes' after a count is the size.")
case(1, "plate 100x60x6 with three 5 holes 25 apart in a row", plate(100, 60, 6, row(3, 25, 5)),
     "Three holes of 5 mm, not 5 holes.")
case(1, "R 30 disc, 1/4\" thick", disc(60, 0.25 * IN), "R with a space, mixed units.")

# ---- item 2: roles in context -----------------------------------------------------------------
case(2, "flat bar 30x8, cut to 250 mm, 6 mm hole at each end 15 mm in from the ends",
     plate(250, 30, 8, [(-110, 0, 6), (110, 0, 6)]), "Section then 'cut to' length; one hole at each end.")
case(2, "strip 20 x 5 cut to 300 long, dia 5 hole 10 mm from each end", plate(300, 20, 5, [(-140, 0, 5), (140, 0, 5)]),
     "'cut to 300 long'.")
case(2, "bar 600 long 50 wide 8 thick, 10 mm holes every 50 mm starting 25 mm from one end",
     plate(600, 50, 8, row(12, 50, 10, x0=-275)), "25, 75 ... 575: 12 holes.")
case(2, "strip 400 x 25 x 5 with 5 mm holes at 40 mm spacing, first one 20 from the end",
     plate(400, 25, 5, row(10, 40, 5, x0=-180)), "20 ... 380: 10 holes.")
case(2, "flat 300 long, 40 wide, 5 thk, 6.6 holes every 45 mm starting 15 mm from one end",
     plate(300, 40, 5, row(7, 45, 6.6, x0=-135)), "'6.6 holes' is the size: 15 ... 285, 7 holes.")
case(2, "plate 250 x 120 x 8, two rows of five 10 mm holes, 50 mm pitch, rows 70 apart",
     plate(250, 120, 8, row(5, 50, 10, 35) + row(5, 50, 10, -35)), "Two rows of five.")
case(2, "150 x 120 x 5 plate with three rows of 4 holes, 6 mm, 25 pitch, rows 30 apart",
     plate(150, 120, 5, row(4, 25, 6, 30) + row(4, 25, 6, 0) + row(4, 25, 6, -30)), "3 rows of 4.")
case(2, "sheet 200 x 100 x 2, 2 rows of 6 mm holes at 30 mm pitch, rows 50 apart, first hole 25 from the left edge, last one at least 20 from the right edge",
     plate(200, 100, 2, row(6, 30, 6, 25, -75) + row(6, 30, 6, -25, -75)), "Count per row from pitch and margins: 25 ... 175.")
case(2, "plate 6 thk 120 x 80, three 10 holes at 30 pitch", plate(120, 80, 6, row(3, 30, 10)), "Three 10 mm holes.")

# ---- item 3: standards referred back ----------------------------------------------------------
case(3, "washer with the same OD and ID as a 608 bearing, 2 mm thick", tube(22, 8, 2), "608: 8 x 22 x 7.")
case(3, "ring matching the bore and OD of a 6204, 4 thick", tube(47, 20, 4), "6204: 20 x 47 x 14.")
case(3, "40 x 40 x 10 block, bore it through to the OD of a 608", plate(40, 40, 10, [(0, 0, 22)]), "608 OD 22 through.")
case(3, "pillow block for a 6202: 50x50x15 block, bore the bearing OD through the 15 direction",
     plate(50, 50, 15, [(0, 0, 35)]), "6202 OD 35 through.")
case(3, "pin to suit the bore of a 608, 30 long", cyl(8, 30), "608 bore 8.")
case(3, "shaft to fit the ID of a 6204 bearing, 150 long", cyl(20, 150), "6204 bore 20.")
case(3, "axle for the inner race of a 6001, 80 mm long", cyl(12, 80), "6001 bore 12.")
case(3, "ISO 7089 M8 washer but with the OD reduced to 14 mm", tube(14, 8.4, 1.6), "ISO 7089 M8 8.4 x 16 x 1.6, OD 14.")
case(3, "DIN 125 M10 washer, but 3 mm thick", tube(20, 10.5, 3), "DIN 125 M10 10.5 x 20 x 2, 3 thick.")
case(3, "M6 DIN 125 washer with the hole opened up to 7 mm", tube(12, 7, 1.6), "DIN 125 M6 6.4 x 12 x 1.6, ID 7.")
case(3, "ISO 7089 M10 washer with the outside cut down to 9 mm", None, "M10 hole 10.5 > 9 OD: impossible.",
     impossible=True)
case(3, "spacer the same OD as a 6001 bearing, 12 long, 8 mm bore", tube(28, 8, 12), "6001 OD 28.")

# ---- item 4: drawing shorthand ----------------------------------------------------------------
case(4, "DISC Ø100 X 12 THK, CENTRE BORE Ø30 THRU, 4X Ø8 THRU EQ SP ON PCD 75",
     disc(100, 12, [(0, 0, 30)] + circle(4, 75, 8)), "Bore + bolt circle.")
case(4, "FLANGE Ø150 X 20 THK, BORE Ø50 THRU, 8X Ø11 THRU EQ SP ON PCD 120",
     disc(150, 20, [(0, 0, 50)] + circle(8, 120, 11)), "Bore + 8 on a PCD.")
case(4, "PLATE 200 x 40 x 10, 2 ROWS OF 4, Ø6 THRU, 40 PITCH, ROWS 20 APART, PATTERN CENTRED",
     plate(200, 40, 10, row(4, 40, 6, 10) + row(4, 40, 6, -10)), "2 rows of 4.")
case(4, "Plate 100x80x8, 4x M6 TAP THRU @ 80x60, 1x45 CHAMFER ALL TOP EDGES",
     chamfered_plate(100, 80, 8, 1, [(40, 30, 5), (-40, 30, 5), (40, -30, 5), (-40, -30, 5)]),
     "M6 tap drill 5.0; 1 mm chamfer on the top edges.")
case(4, "PLATE 150 X 100 X 12, 4X Ø9 THRU @ 120 X 70, 2 X 45° CHAMFER TOP EDGES",
     chamfered_plate(150, 100, 12, 2, [(60, 35, 9), (-60, 35, 9), (60, -35, 9), (-60, -35, 9)]), "2 x 45°.")
case(4, "BLOCK 60 X 40 X 20, 2X Ø10 THRU, 40 CTRS", plate(60, 40, 20, row(2, 40, 10)), "2 holes at 40 centres.")

if __name__ == "__main__":
    out = Path(__file__).with_name("coverage_c-read_prompts.jsonl")
    out.write_text("".join(json.dumps(c, ensure_ascii=False) + "\n" for c in CASES))
    print(f"{len(CASES)} cases -> {out}")

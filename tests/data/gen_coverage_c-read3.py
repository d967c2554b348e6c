# ruff: noqa
"""Builds tests/data/coverage_c-read3_prompts.jsonl: issue 12 items 1-4 (session 8, c-read3 branch).

New wordings and values of the cause classes coverage8a's failures showed, written before any parser
change and phrased differently from the failing prompts: drawing and note-pad shorthand for part and
grid words ("blk", "pl", "cyl", "cols", "pls"); other-language size words and glosses in brackets
("Scheibe", "dick", "Bohrung (bore)", "rondelle ... épaisseur"); the prompt's unit system carried to a
bare fraction ("5/8 thick" beside inch sizes) and hyphenated mixed fractions ("1-3/8\""); a bore in a
plate; a centre hole written beside a counted bolt circle (two hole groups); a part "for" a product
whose capacity is not a size ("coaster for a 350 ml mug"); a ring by its square cross-section; a cup
by its inside sizes.

Each case models the part with build123d; the expectation (sorted extents, volume, genus) is measured
from the reference's own STL as `check_prompts.py` measures a result.
Run from the project root: python tests/data/gen_coverage_c-read3.py
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
    CASES.append({"id": f"r3{len(CASES) + 1:02d}", "item": item, "prompt": prompt, "expect": expect, "intent": intent,
                  "out_of_scope": out_of_scope, "impossible": impossible})



def cup(od, h, id_, floor):
    return Cylinder(od / 2, h, align=BOTTOM) - Pos(0, 0, floor) * Cylinder(id_ / 2, h, align=BOTTOM)


# ---- class: note-pad shorthand for part and grid words (items 1/4) ------------------------------
case(4, "blk 80 x 50 x 25, Ø10 THRU CTR", plate(80, 50, 25, [(0, 0, 10)]), "blk = block.")
case(4, "pl 100x60x5, 3 rows x 4 cols of 5 mm holes at 20 pitch",
     plate(100, 60, 5, row(4, 20, 5, 20) + row(4, 20, 5, 0) + row(4, 20, 5, -20)), "pl = plate, cols = columns.")
case(4, "cyl 30 dia x 50 lg pls", cyl(30, 50), "cyl = cylinder; pls is a courtesy.")
case(4, "plz make a blk 40x40x40 with a 12 mm hole thru the middle", plate(40, 40, 40, [(0, 0, 12)]), "plz, blk.")
case(4, "plate 90x90x6, 4 cols by 3 rows of 8 mm holes, 20 mm pitch",
     plate(90, 90, 6, row(4, 20, 8, 20) + row(4, 20, 8, 0) + row(4, 20, 8, -20)), "cols before rows.")

# ---- class: other-language size words, glosses in brackets (item 1) ------------------------------
case(1, "Platte 120 x 80 x 10 mm, Bohrung 20 mm in der Mitte", plate(120, 80, 10, [(0, 0, 20)]),
     "German: Platte = plate, Bohrung = bore, in der Mitte = in the middle.")
case(1, "rondelle Ø 30 mm, trou 10,5 mm, épaisseur 2 mm", tube(30, 10.5, 2), "French washer, decimal comma.")
case(1, "Welle Ø 12 mm, 80 mm lang", cyl(12, 80), "German: Welle = shaft, lang = long.")
case(1, "ring, outer (OD) 40, inner (ID) 20, 5 thick", tube(40, 20, 5), "English glosses in brackets.")
case(1, "arandela (washer): diámetro 24, agujero 10,5, espesor 2", tube(24, 10.5, 2), "Spanish, gloss in brackets.")

# ---- class: the prompt's unit system; mixed fractions with a hyphen; a bore in a plate (items 1/2) --
case(1, "3/4 thick, 5 x 8 in. block with a 1-1/4\" hole through the middle",
     plate(8 * IN, 5 * IN, 0.75 * IN, [(0, 0, 1.25 * IN)]), "Bare fraction beside inches is inches.")
case(1, "plate 6 x 6 in, 1/2 thick, a 2-1/2\" bore in the center",
     plate(6 * IN, 6 * IN, 0.5 * IN, [(0, 0, 2.5 * IN)]), "1/2 thick beside inches; 2-1/2 is 2.5 in.")
case(1, "1/4 thick flat bar, 1-1/2\" wide, 10\" long, two 3/8\" holes 1\" from each end",
     plate(10 * IN, 1.5 * IN, 0.25 * IN, [(-4 * IN, 0, 0.375 * IN), (4 * IN, 0, 0.375 * IN)]), "Strip in inches.")
case(2, "plate 150 x 100 x 12 with a 40 mm bore in the centre", plate(150, 100, 12, [(0, 0, 40)]), "A bore in a plate.")
case(2, "square plate 80 mm, 6 thick, with a 22 bore in the middle", plate(80, 80, 6, [(0, 0, 22)]), "Bore, bare size.")

# ---- class: a centre hole beside a counted bolt circle (two hole groups; items 2/4) --------------
case(4, "disc Ø80 x 6, Ø25 THRU, 6x Ø5.5 EQ SP PCD 60", disc(80, 6, [(0, 0, 25)] + circle(6, 60, 5.5)),
     "The count-less THRU note is the centre hole.")
case(4, "FLANGE Ø120 X 15, CTR Ø40 THRU, 6X Ø9 THRU EQ SP PCD 95", disc(120, 15, [(0, 0, 40)] + circle(6, 95, 9)),
     "CTR Ø40 THRU is the bore.")
case(2, "round plate 100 dia 10 thick with a 40 hole in the middle and 8 x 6 mm holes on an 80 PCD",
     disc(100, 10, [(0, 0, 40)] + circle(8, 80, 6)), "8 x 6 mm holes: a count and a size.")
case(2, "hub disc: 70 across, 12 thick, 20 mm centre hole plus five 6 mm holes on a 50 mm circle",
     disc(70, 12, [(0, 0, 20)] + circle(5, 50, 6)), "Centre hole plus a bolt circle in words.")
case(4, "DISC Ø90 x 8, Ø30 THRU, 3x Ø6.6 THRU EQ SP ON Ø70", disc(90, 8, [(0, 0, 30)] + circle(3, 70, 6.6)),
     "ON Ø70: the bolt circle.")

# ---- class: a part for a product; the product's capacity is not a size (item 3) ------------------
case(3, "coaster for a coffee mug: 95 mm disc, 4 mm thick", disc(95, 4), "The part is the coaster.")
case(3, "lid for a 500 ml jar, disc 80 dia, 3 thick", disc(80, 3), "500 ml names the jar.")
case(3, "drinks coaster to go under a 2 litre jug — 110 mm round, 6 mm thick", disc(110, 6), "2 litre names the jug.")
case(3, "base for a 1 litre bottle: 90 mm round disc 6 mm thick", disc(90, 6), "1 litre names the bottle.")

# ---- class: a ring by its square cross-section (item 2) -------------------------------------------
case(2, "square-section ring 6 x 6, inside diameter 80", tube(92, 80, 6), "6 x 6 section: OD 92, 6 high.")
case(2, "ring with a 4 x 4 mm square cross-section, ID 50", tube(58, 50, 4), "OD 58, 4 high.")
case(2, "hoop, cross section 3 x 3, bore 40", tube(46, 40, 3), "OD 46.")

# ---- class: a cup given by its inside sizes (item 2) ----------------------------------------------
case(2, "cup, inside Ø 60, 2 mm wall, 2 mm base, 40 deep inside", cup(64, 42, 60, 2), "OD 64, height 42.")
case(2, "pot with 4 mm sides, 80 inside diameter, floor 5, 60 high inside", cup(88, 65, 80, 5), "OD 88, height 65.")
case(2, "hollow cylinder closed at one end: ID 30, walls 2.5, bottom 3, inside depth 20", cup(35, 23, 30, 3),
     "OD 35, height 23.")

# ---- class: a standard washer named with a describing word between its parts (item 3) ----------------------------
case(3, "M8 big washer", tube(24, 8.4, 2), "big = DIN 9021: 8.4 x 24 x 2.")
case(3, "a plain steel M5 washer to DIN 125", tube(10, 5.3, 1), "DIN 125 M5: 5.3 x 10 x 1.")
case(3, "large flat washer for M10, DIN 9021", tube(30, 10.5, 2.5), "DIN 9021 M10: 10.5 x 30 x 2.5.")

# ---- class: corner holes plus one centre hole, each group with its own size (item 2) ------------------------------
case(2, "plate 200 x 120 x 10, four 10 mm holes 15 from each edge plus a 30 mm hole in the middle",
     plate(200, 120, 10, [(85, 45, 10), (-85, 45, 10), (85, -45, 10), (-85, -45, 10), (0, 0, 30)]), "Two hole groups.")
case(2, "mounting plate 120 x 80 x 6 with 4 holes of 6.5 at 10 from the edges and one hole of 20 in the middle",
     plate(120, 80, 6, [(50, 30, 6.5), (-50, 30, 6.5), (50, -30, 6.5), (-50, -30, 6.5), (0, 0, 20)]), "'holes of 6.5'.")
case(2, "100 x 100 x 8 plate, a 6 mm hole in each corner 12 from the edges, and a 35 mm hole in the centre",
     plate(100, 100, 8, [(38, 38, 6), (-38, 38, 6), (38, -38, 6), (-38, -38, 6), (0, 0, 35)]), "Corner holes + centre.")

# ---- class: a bearing's size named by its role in other words ("the OD of a 6205 presses into") (item 3) ----------
case(3, "sleeve whose bore takes a 6001 bearing OD, 36 outside, as long as the bearing", tube(36, 28, 8),
     "6001 = 12 x 28 x 8: bore 28, OD 36, 8 long.")
case(3, "plate 60 x 60 x 10 with a hole in the middle that the OD of a 6203 presses into", plate(60, 60, 10, [(0, 0, 40)]),
     "6203 = 17 x 40 x 12: a 40 hole.")
case(3, "ring for a 6000 bearing: bore = bearing OD, 4 mm of wall around it, as wide as the bearing", tube(34, 26, 8),
     "6000 = 10 x 26 x 8: OD 26 + 8 = 34.")
case(3, "block 40 x 40 x 15 with a centre bore the size of a 6002 OD", plate(40, 40, 15, [(0, 0, 32)]),
     "6002 = 15 x 32 x 9: bore 32.")

# ---- class: a bar's length "cut to" apart from its section (item 2) --------------------------------------------------
case(2, "strip, 20 wide, 3 thick, cut to 150 mm", plate(150, 20, 3), "Cut to 150: the length.")
case(1, "1/8\" aluminium strip, 1\" wide, cut to 300 mm", plate(300, IN, IN / 8), "Mixed units, cut to 300 mm.")
case(2, "flat bar 40 wide, 6 thick, four 8 mm holes at 50 mm pitch, bar cut to 250", plate(250, 40, 6, row(4, 50, 8)),
     "Four holes in a row at 50 pitch on a 250 bar.")

# ---- class: a shape named, then corrected ("hex no — round", "round (not hex)") (item 2) ------------------------------
case(2, "standoff, not hex but round, 8 dia x 30 long, M4 tapped through", tube(8, 3.3, 30), "M4 tap drill 3.3.")
case(2, "M3 standoff 20 long, square no - round, dia 6, tapped right through", tube(6, 2.5, 20), "M3 tap drill 2.5.")
case(2, "round (not hex) standoff, 6 dia, 15 long, M3 tapped through", tube(6, 2.5, 15), "Round, not hex.")

# ---- class: a flanged bush's body given by how far it stands out from the flange (item 2) ------------------------------
def flanged(bore, od, body, fd, ft):
    part = Cylinder(od / 2, body + ft, align=BOTTOM) + Pos(0, 0, body) * Cylinder(fd / 2, ft, align=BOTTOM)
    return part - Cylinder(bore / 2, (body + ft) * 3)


case(2, "flanged bush, 8 bore, 12 OD body projecting 10 below an 18 dia x 1.5 flange", flanged(8, 12, 10, 18, 1.5),
     "Overall 11.5.")
case(2, "flanged bushing, bore 6, 10 OD, sticking out 8 past a 16 dia x 2 thick flange", flanged(6, 10, 8, 16, 2),
     "Overall 10.")

case(2, "strip 300 x 30 x 5, four 6 mm holes at 60 mm centres", plate(300, 30, 5, row(4, 60, 6)),
     "Two rows 60 apart cannot fit 30 wide: one row along the strip.")

if __name__ == "__main__":
    out = Path(__file__).with_name("coverage_c-read3_prompts.jsonl")
    out.write_text("".join(json.dumps(c, ensure_ascii=False) + "\n" for c in CASES))
    print(f"{len(CASES)} cases -> {out}")

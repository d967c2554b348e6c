# ruff: noqa
"""Builds tests/data/steps_s-prose_prompts.jsonl: 40 modelling descriptions (issue 15, session 7, s-prose branch).

Written BEFORE the reader was changed, as new variants (other words, other values) of the classes steps7's
styles 2-6 and text2cad7's CADPrompt lines were misread on: a base body that "carries" / "has ... standing on" /
"with a peg sticking up from" a boss, a head on a shank ("Ø12 head, 4 thick, on a Ø6 shank"), rings given as
OD / width / bore, L angles from plate with outside leg lengths, bores "front to back" at a height, hex bars by
their flats, open cups by OD / overall height / wall / floor, numbered concentric bosses ("on the top face draw a
D20 circle concentric, extrude 15 up"), rounded pockets, holes "marked" in from each edge then drilled and
counterbored, lofts between rectangles, bodies fused into one (crossed bars, tables on legs, balls on posts,
inverted T walls, stacked blocks, pipe tees). Each reference is modelled by hand in build123d from what the
prompt says; expectations are measured the way `../shared/eval/check_prompts.py` does.

Run from the project root: `python tests/data/gen_steps_s-prose.py` (rewrites the .jsonl).
"""

from __future__ import annotations

import json
import math
import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from build123d import (Align, Axis, Box, BuildPart, BuildSketch, Circle, Cylinder, Plane, Pos, Rectangle,
                       RectangleRounded, RegularPolygon, Rot, Sphere, export_stl, extrude, fillet, loft)

MINZ = (Align.CENTER, Align.CENTER, Align.MIN)
IN = 25.4
CASES: list[tuple[str, str, Callable[[], object], int]] = []


def case(cid: str, prompt: str, style: int) -> Callable[[Callable[[], object]], Callable[[], object]]:
    def wrap(fn: Callable[[], object]) -> Callable[[], object]:
        text = prompt.strip()
        if style == 4:
            text = "\n".join(" ".join(line.split()) for line in text.splitlines() if line.strip())
        else:
            text = " ".join(text.split())
        CASES.append((cid, text, fn, style))
        return fn
    return wrap


def zcyl(d: float, h: float, z0: float = 0.0, x: float = 0.0, y: float = 0.0) -> object:
    return Pos(x, y, z0) * Cylinder(d / 2, h, align=MINZ)


def zhole(x: float, y: float, d: float, z0: float = -1, h: float = 400) -> object:
    return Pos(x, y, z0) * Cylinder(d / 2, h, align=MINZ)


def xhole(y: float, z: float, d: float, length: float = 400) -> object:
    return Pos(0, y, z) * Rot(0, 90, 0) * Cylinder(d / 2, length)


def yhole(x: float, z: float, d: float, length: float = 400) -> object:
    return Pos(x, 0, z) * Rot(90, 0, 0) * Cylinder(d / 2, length)


def hexbar(af: float, h: float) -> object:
    with BuildPart() as p:
        with BuildSketch():
            RegularPolygon(af / math.sqrt(3), 6)
        extrude(amount=h)
    return p.part


# ---- style 2: prose -----------------------------------------------------------------------------------

@case("p01", """Spacer ring for a 16 mm shaft: 34 OD, 12 wide, bore 16 right through. Add one radial 4.2 hole
from the outside into the bore, in the middle of the width.""", 2)
def p01():
    ring = zcyl(34, 12) - zhole(0, 0, 16)
    return ring - Pos(0, 0, 6) * Rot(0, 90, 0) * Cylinder(2.1, 17, align=MINZ)


@case("p02", """Hex spacer, 13 mm across the flats, 20 long, with a plain 5 mm hole all the way through along
its axis.""", 2)
def p02():
    return hexbar(13, 20) - zhole(0, 0, 5)


@case("p03", """Bearing block, 60 long x 20 deep x 35 high. A 12 mm bore goes front to back (through the 20)
with its axis 15 up from the bottom, centred along the length.""", 2)
def p03():
    return Box(60, 20, 35, align=MINZ) - yhole(0, 15, 12)


@case("p04", """angle bracket made from 4 mm plate, 30 wide. one leg 50 long (outside), the other 35 tall
(outside), 90 degrees, sharp inside corner.""", 2)
def p04():
    base = Pos(25, 0, 2) * Box(50, 30, 4)
    leg = Pos(2, 0, 17.5) * Box(4, 30, 35)
    return base + leg


@case("p05", """Round end cap for a tube: 30 mm across, 18 tall, solid, with a 10 mm hole 8 deep drilled into
the centre of the top face.""", 2)
def p05():
    return zcyl(30, 18) - zcyl(10, 8, 10)


@case("p06", """Mounting plate 90 x 50 x 6 mm. Four 5 mm holes, one near each corner, 7 mm in from both
edges. Then round off the four vertical corners with a 4 mm radius.""", 2)
def p06():
    p = fillet(Box(90, 50, 6, align=MINZ).edges().filter_by(Axis.Z), 4)
    for x in (-38, 38):
        for y in (-18, 18):
            p = p - zhole(x, y, 5)
    return p


@case("p07", """Knob blank: a 36 mm diameter disc, 10 mm thick, with a 14 mm diameter spigot 8 mm long
coming out of the middle of one face. 6 mm bore right through both.""", 2)
def p07():
    return zcyl(36, 10) + zcyl(14, 8, 10) - zhole(0, 0, 6)


@case("p08", """Flat link, 70 x 16 x 5, with an 8 mm hole 8 mm in from each end, on the centre line.""", 2)
def p08():
    return Box(70, 16, 5, align=MINZ) - zhole(-27, 0, 8) - zhole(27, 0, 8)


# ---- style 3: captions of the finished object ----------------------------------------------------------

@case("p09", """Rectangular base 60 x 40 x 8 mm carrying a round boss in its middle; the boss is 20 mm in
diameter and rises 12 mm above the base. An 8 mm hole runs down through the boss and the base.""", 3)
def p09():
    return Box(60, 40, 8, align=MINZ) + zcyl(20, 12, 8) - zhole(0, 0, 8)


@case("p10", """Shoulder pin. Ø10 head, 3 thick, on a Ø5 shank that is 16 long below the head (19 overall).""", 3)
def p10():
    return zcyl(5, 16) + zcyl(10, 3, 16)


@case("p11", """Open-top cylindrical pot: outside diameter 40 mm, overall height 25 mm, 2 mm side wall and a
3 mm thick floor.""", 3)
def p11():
    return zcyl(40, 25) - zcyl(36, 22, 3)


@case("p12", """A fork block 40 mm wide, 24 mm deep and 30 mm high. A 12 mm wide slot, running front to back
through the 24 mm depth, is cut 18 mm down from the top, centred across the width.""", 3)
def p12():
    return Box(40, 24, 30, align=MINZ) - Pos(0, 0, 12) * Box(12, 100, 18, align=MINZ)


@case("p13", """Square plate 40 x 40 x 5 with a 16 mm cylinder, 10 mm tall, standing on the centre of its top
face.""", 3)
def p13():
    return Box(40, 40, 5, align=MINZ) + zcyl(16, 10, 5)


@case("p14", """Headed stud: a Ø16 collar 5 mm thick sitting on top of a Ø8 shank 30 mm long; 35 overall.""", 3)
def p14():
    return zcyl(8, 30) + zcyl(16, 5, 30)


@case("p15", """A flanged bush: Ø40 flange 6 thick, with a Ø22 body 20 long above it, and a 12 mm bore all the
way through.""", 3)
def p15():
    return zcyl(40, 6) + zcyl(22, 20, 6) - zhole(0, 0, 12)


@case("p16", """Cylindrical cup: outside diameter 60, 40 tall overall, walls 4 thick, 5 mm base, open at the
top.""", 3)
def p16():
    return zcyl(60, 40) - zcyl(52, 35, 5)


# ---- style 4: numbered steps ----------------------------------------------------------------------------

@case("p17", """1) circle D50 on the XY plane, extrude 6
2) on the top face draw a D24 circle concentric, extrude 10 up
3) hole D10 through everything""", 4)
def p17():
    return zcyl(50, 6) + zcyl(24, 10, 6) - zhole(0, 0, 10)


@case("p18", """1. Block 100x60x20.
2. On the top face sketch an 80 x 40 rectangle centred, corner radius 5.
3. Pocket it 8 deep.""", 4)
def p18():
    with BuildSketch(Plane.XY.offset(12)) as s:
        RectangleRounded(80, 40, 5)
    return Box(100, 60, 20, align=MINZ) - extrude(s.sketch, amount=8)


@case("p19", """1. Rectangle 120 x 80 on XY, extrude 12.
2. Mark four hole centres 10 mm in from each edge at the corners.
3. Drill 6.6 thru at each.""", 4)
def p19():
    p = Box(120, 80, 12, align=MINZ)
    for x in (-50, 50):
        for y in (-30, 30):
            p = p - zhole(x, y, 6.6)
    return p


@case("p20", """1. Circle 30 mm on XY, pad 4 mm.
2. On top of it sketch a hexagon, 22 across flats, centred, and pad 10 mm.
3. Bore 12 mm through the whole thing.""", 4)
def p20():
    return zcyl(30, 4) + Pos(0, 0, 4) * hexbar(22, 10) - zhole(0, 0, 12)


@case("p21", """Step 1: square 40 x 40 on the XY plane, extruded 10.
Step 2: on the top face, a circle of diameter 20 at the centre, extruded 15.
Step 3: a 6 mm hole through the centre, all the way.""", 4)
def p21():
    return Box(40, 40, 10, align=MINZ) + zcyl(20, 15, 10) - zhole(0, 0, 6)


@case("p22", """1. Cylinder Ø40 x 30 tall on XY.
2. Cut a Ø20 pocket 12 deep into the top face, concentric.
3. Chamfer the outer top edge 1.""", 4)
def p22():
    from build123d import chamfer
    c = zcyl(40, 30)
    c = chamfer(c.edges().filter_by(Axis.Z, reverse=True).sort_by(Axis.Z)[-1], 1)
    return c - zcyl(20, 12, 18)


@case("p23", """1. Sketch a rectangle 70 x 30 on XY.
2. Extrude it 15 mm.
3. On the top face sketch a circle Ø10, 15 mm from each short end on the centre line (two of them).
4. Cut them through all.""", 4)
def p23():
    return Box(70, 30, 15, align=MINZ) - zhole(-20, 0, 10) - zhole(20, 0, 10)


# ---- style 5: first / then / finally, revolve / loft / sweep / shell ------------------------------------

@case("p24", """first a 50 x 50 square on the ground plane, then a 20 x 20 square 30 mm directly above it (same
centre), finally loft between them to get a tapered block.""", 5)
def p24():
    with BuildPart() as p:
        with BuildSketch():
            Rectangle(50, 50)
        with BuildSketch(Plane.XY.offset(30)):
            Rectangle(20, 20)
        loft()
    return p.part


@case("p25", """First draw a circle of 40 mm diameter on XY. Then draw a 20 mm circle 50 mm above it. Finally
loft the two circles into a solid.""", 5)
def p25():
    with BuildPart() as p:
        with BuildSketch():
            Circle(20)
        with BuildSketch(Plane.XY.offset(50)):
            Circle(10)
        loft()
    return p.part


@case("p26", """First make a box 80 x 60 x 40. Then shell it 3 mm, removing the top face. Finally fillet the four
vertical outside edges with 5 mm.""", 5)
def p26():
    from build123d import offset
    b = fillet(Box(80, 60, 40, align=MINZ).edges().filter_by(Axis.Z), 5)
    top = b.faces().sort_by(Axis.Z)[-1]
    return offset(b, amount=-3, openings=top)


@case("p27", """First create a cylinder 30 mm in diameter and 40 mm high. Then drill an 8 mm hole through its
axis. Finally chamfer both ends' outer edges by 1.5 mm.""", 5)
def p27():
    from build123d import chamfer
    c = zcyl(30, 40)
    c = chamfer(c.edges().filter_by(Axis.Z, reverse=True), 1.5)
    return c - zhole(0, 0, 8)


@case("p28", """First sketch, on the XZ plane, the profile (0,0), (25,0), (25,5), (10,5), (10,30), (0,30). Then
revolve it 360 degrees about the Z axis. Finally drill a 6 mm hole down the axis.""", 5)
def p28():
    return zcyl(50, 5) + zcyl(20, 25, 5) - zhole(0, 0, 6)


@case("p29", """First a base disc Ø60 x 8. Then a Ø30 x 20 hub on top of it. Finally a 16 mm bore right
through both.""", 5)
def p29():
    return zcyl(60, 8) + zcyl(30, 20, 8) - zhole(0, 0, 16)


# ---- style 6: unions of bodies --------------------------------------------------------------------------

@case("p30", """a 40 mm cube with a 16 mm diameter, 20 mm tall cylinder standing on the centre of its top face,
and a 6 mm hole straight down through both""", 6)
def p30():
    return Box(40, 40, 40, align=MINZ) + zcyl(16, 20, 40) - zhole(0, 0, 6)


@case("p31", """cross shape: two 80 x 12 x 8 bars crossing at right angles at their middles, fused into one
piece, same height.""", 6)
def p31():
    return Box(80, 12, 8, align=MINZ) + Box(12, 80, 8, align=MINZ)


@case("p32", """small stool for a model: 60x40 top, 4 mm thick, standing on four 5 mm round legs 30 mm long.
Leg centres 6 mm in from the edges of the top. One solid.""", 6)
def p32():
    p = Pos(0, 0, 30) * Box(60, 40, 4, align=MINZ)
    for x in (-24, 24):
        for y in (-14, 14):
            p = p + zcyl(5, 30, 0, x, y)
    return p


@case("p33", """A 24 mm sphere sitting on a 12 mm dia post: the post is 30 tall, and the sphere's centre is
right on the middle of the post's top face. Join them.""", 6)
def p33():
    return zcyl(12, 30) + Pos(0, 0, 30) * Sphere(12)


@case("p34", """Inverted T: an 80 x 40 x 8 base plate with an 8 thick, 50 tall (from the bottom of the base),
40 wide wall standing up across the middle of it.""", 6)
def p34():
    return Box(80, 40, 8, align=MINZ) + Box(8, 40, 50, align=MINZ)


@case("p35", """60x60x8 base with a 24 mm cube sat on top, centred. A 10 mm hole goes vertically through the
whole stack.""", 6)
def p35():
    return Box(60, 60, 8, align=MINZ) + Pos(0, 0, 8) * Box(24, 24, 24, align=MINZ) - zhole(0, 0, 10)


@case("p36", """Union of two cylinders whose axes cross at right angles through a common centre: one is
Ø24 x 50 long along X, the other Ø16 x 50 long along Y.""", 6)
def p36():
    return Rot(0, 90, 0) * Cylinder(12, 50) + Rot(90, 0, 0) * Cylinder(8, 50)


@case("p37", """1" cube with a 3/8" dia peg 3/4" long sticking up from the centre of the top face.""", 6)
def p37():
    return Box(IN, IN, IN, align=MINZ) + zcyl(0.375 * IN, 0.75 * IN, IN)


@case("p38", """A 50 x 30 x 10 block with a second block 20 x 30 x 25 standing on it, flush with one short end,
fused into one L-shaped solid.""", 6)
def p38():
    return Box(50, 30, 10, align=MINZ) + Pos(-15, 0, 10) * Box(20, 30, 25, align=MINZ)


# ---- CADPrompt-style one-liners -------------------------------------------------------------------------

@case("p39", """Make a hexagonal nut with 17 mm across flats, 8 mm thick and a 10 mm hole""", 3)
def p39():
    return hexbar(17, 8) - zhole(0, 0, 10)


@case("p40", """Flange: 100mm OD, 12mm thick, 40 mm centre bore. Raised hub 60 mm dia sticking up 18 mm on one
side (bore goes through it too). 6 holes of 9 mm on a 80 mm PCD.""", 3)
def p40():
    p = zcyl(100, 12) + zcyl(60, 18, 12) - zhole(0, 0, 40)
    for k in range(6):
        a = math.radians(60 * k)
        p = p - zhole(40 * math.cos(a), 40 * math.sin(a), 9)
    return p


def measure(shape) -> dict:
    import trimesh
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "p.stl")
        export_stl(shape, path, tolerance=0.01, angular_tolerance=0.1)
        m = trimesh.load(path, force="mesh")
    ext = sorted(round(float(x), 3) for x in m.extents)
    out = {"extents": ext, "volume": round(float(shape.volume), 2)}
    if m.is_watertight:
        out["genus"] = round((2 - m.euler_number) / 2)
    return out


def main() -> None:
    out = Path(__file__).with_name("steps_s-prose_prompts.jsonl")
    rows = []
    for cid, prompt, fn, style in CASES:
        shape = fn()
        rows.append({"id": cid, "prompt": prompt, "expect": measure(shape), "style": style})
    out.write_text("".join(json.dumps(r) + "\n" for r in rows))
    print(f"wrote {len(rows)} cases to {out}")


if __name__ == "__main__":
    main()

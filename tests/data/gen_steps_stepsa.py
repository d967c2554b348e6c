"""Builds tests/data/steps_stepsa.jsonl: 30 step-by-step prompts on placing features and uniting bodies.

Written for issue 15 before the placement and union readers (place.py, bodies.py) were changed, in the
plain-prose, numbered, first/then/finally and union styles of the public benchmarks: holes located from
edges, corners and centre lines, patterns, pockets and slots sized in words, bosses and side holes on named
faces, stepped shafts, and parts made of several bodies fused into one. Each reference is the part modelled
by hand in build123d from what the prompt says; expectations are measured the way
`../shared/eval/check_prompts.py` measures a result (sorted extents, volume, genus from the mesh).

Run from the project root: `python tests/data/gen_steps_stepsa.py` (rewrites the .jsonl).
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from build123d import (
    Align,
    Axis,
    Box,
    Cylinder,
    Pos,
    Rot,
    Sphere,
    export_stl,
    fillet,
)

MINZ = (Align.CENTER, Align.CENTER, Align.MIN)
IN = 25.4
CASES: list[tuple[str, str, Callable[[], object], str]] = []


def case(cid: str, prompt: str, style: str) -> Callable[[Callable[[], object]], Callable[[], object]]:
    def wrap(fn: Callable[[], object]) -> Callable[[], object]:
        CASES.append((cid, " ".join(prompt.split()), fn, style))
        return fn
    return wrap


def hole(x: float, y: float, d: float, h: float = 200) -> object:
    return Pos(x, y, -1) * Cylinder(d / 2, h, align=MINZ)


# ---------------------------------------------------------------- plain prose
@case("a01", """Make a block 90 mm long, 50 mm wide and 25 mm high. In the middle of the top face cut a rectangular
pocket 50 mm long and 30 mm wide, 10 mm deep.""", "prose")
def a01():
    return Box(90, 50, 25, align=MINZ) - Pos(0, 0, 15) * Box(50, 30, 10, align=MINZ)


@case("a02", """A flat bar 6 inches long, 1.5 inches wide and 3/8 inch thick has three 3/8 inch holes drilled through
it on its centre line, one in the middle and one 1 inch from each end.""", "prose")
def a02():
    b = Box(6 * IN, 1.5 * IN, 0.375 * IN, align=MINZ)
    for x in (-2 * IN, 0, 2 * IN):
        b -= hole(x, 0, 0.375 * IN)
    return b


@case("a03", """Model a steel plate 120 mm by 80 mm, 8 mm thick. Drill a 9 mm hole through each corner, with the
hole centres 12 mm from both adjacent edges.""", "prose")
def a03():
    b = Box(120, 80, 8, align=MINZ)
    for x in (-48, 48):
        for y in (-28, 28):
            b -= hole(x, y, 9)
    return b


@case("a04", """Create a block 70 mm long, 30 mm wide and 20 mm tall. A slot 8 mm wide and 6 mm deep runs across the
top face from front to back, centred on the length.""", "prose")
def a04():
    return Box(70, 30, 20, align=MINZ) - Pos(0, 0, 14) * Box(8, 40, 6, align=MINZ)


@case("a05", """Start from a plate 100 mm long, 60 mm wide and 10 mm thick. Put one 8 mm through hole 20 mm from the
left edge and 30 mm from the front edge, and a second 8 mm through hole 20 mm from the right edge and 30 mm from
the front edge.""", "prose")
def a05():
    return Box(100, 60, 10, align=MINZ) - hole(-30, 0, 8) - hole(30, 0, 8)


@case("a06", """Make a block 60 mm long, 40 mm wide and 30 mm high. Drill a 10 mm hole straight through the block from
the front face to the back face, centred on the front face.""", "prose")
def a06():
    return Box(60, 40, 30, align=MINZ) - Pos(0, 0, 15) * Rot(90, 0, 0) * Cylinder(5, 60)


@case("a07", """A base plate 80 mm by 80 mm and 10 mm thick carries a round boss 30 mm in diameter and 15 mm high
in the centre of its top face. A 12 mm hole goes through the boss and the plate.""", "prose")
def a07():
    b = Box(80, 80, 10, align=MINZ) + Pos(0, 0, 10) * Cylinder(15, 15, align=MINZ)
    return b - hole(0, 0, 12)


@case("a08", """Make a disc 100 mm in diameter and 10 mm thick with a 30 mm centre bore and six 8 mm holes equally
spaced on an 70 mm bolt circle.""", "prose")
def a08():
    import math
    b = Cylinder(50, 10, align=MINZ) - hole(0, 0, 30)
    for k in range(6):
        a = math.radians(60 * k)
        b -= hole(35 * math.cos(a), 35 * math.sin(a), 8)
    return b


# ---------------------------------------------------------------- numbered operations
@case("a09", """1. Sketch a rectangle 100 mm x 40 mm.
2. Extrude it 12 mm.
3. On the top face, drill two 10 mm through holes on the long centre line, each 20 mm in from an end.""", "numbered")
def a09():
    return Box(100, 40, 12, align=MINZ) - hole(-30, 0, 10) - hole(30, 0, 10)


@case("a10", """1. Create a block 60 x 60 x 15 mm.
2. Drill four 6 mm holes through it, one near each corner, 8 mm from each of the two edges that meet there.
3. Cut a 20 mm diameter hole through the centre.""", "numbered")
def a10():
    b = Box(60, 60, 15, align=MINZ) - hole(0, 0, 20)
    for x in (-22, 22):
        for y in (-22, 22):
            b -= hole(x, y, 6)
    return b


@case("a11", """1. Make a plate 150 x 50 x 6 mm.
2. Drill five 6 mm through holes along the centre line, evenly spaced 25 mm apart, the middle one at the centre.""",
      "numbered")
def a11():
    b = Box(150, 50, 6, align=MINZ)
    for x in (-50, -25, 0, 25, 50):
        b -= hole(x, 0, 6)
    return b


@case("a12", """1. Box 80 x 50 x 20 mm.
2. Cut a pocket 40 mm long, 25 mm wide and 8 mm deep into the top face, centred.
3. Drill a 6 mm through hole at the centre of the pocket floor.""", "numbered")
def a12():
    b = Box(80, 50, 20, align=MINZ) - Pos(0, 0, 12) * Box(40, 25, 8, align=MINZ)
    return b - hole(0, 0, 6)


@case("a13", """1. Make a plate 90 x 60 x 10 mm with one corner at the origin, length along X and width along Y.
2. Drill an 8 mm through hole with its centre at X = 15, Y = 15.
3. Drill a second 8 mm through hole at X = 75, Y = 45.""", "numbered")
def a13():
    return Box(90, 60, 10, align=MINZ) - hole(-30, -15, 8) - hole(30, 15, 8)


@case("a14", """1. Create a cylinder 50 mm in diameter and 20 mm tall.
2. Drill a 16 mm hole through the centre.
3. Drill four 5 mm holes through it on a 36 mm pitch circle, equally spaced.""", "numbered")
def a14():
    b = Cylinder(25, 20, align=MINZ) - hole(0, 0, 16)
    for x, y in ((18, 0), (0, 18), (-18, 0), (0, -18)):
        b -= hole(x, y, 5)
    return b


@case("a15", """1. Make a block 50 mm long, 30 mm wide and 40 mm tall.
2. On the right side face, drill an 8 mm hole 15 mm deep, centred on that face.""", "numbered")
def a15():
    b = Box(50, 30, 40, align=MINZ)
    return b - Pos(25 - 15, 0, 20) * Rot(0, 90, 0) * Cylinder(4, 15, align=MINZ)


@case("a16", """1. Plate 100 x 60 x 8 mm.
2. On the top face, 25 mm from the left edge and centred across the width, add a cylindrical boss 20 mm in
diameter and 12 mm tall.""", "numbered")
def a16():
    return Box(100, 60, 8, align=MINZ) + Pos(-25, 0, 8) * Cylinder(10, 12, align=MINZ)


# ---------------------------------------------------------------- first / then / finally
@case("a17", """First make a cylinder 40 mm in diameter and 30 mm long. Then continue it from the top end with a
second step 25 mm in diameter and 20 mm long on the same axis. Finally add a third step 15 mm in diameter and
15 mm long at the end of the second step.""", "ftf")
def a17():
    return (Cylinder(20, 30, align=MINZ) + Pos(0, 0, 30) * Cylinder(12.5, 20, align=MINZ)
            + Pos(0, 0, 50) * Cylinder(7.5, 15, align=MINZ))


@case("a18", """First make a flange disc 90 mm in diameter and 10 mm thick. Then bore a 25 mm hole through its centre.
Then drill one 8 mm hole on a 70 mm pitch circle and repeat it in a circular pattern of five holes. Finally break
all holes through.""", "ftf")
def a18():
    import math
    b = Cylinder(45, 10, align=MINZ) - hole(0, 0, 25)
    for k in range(5):
        a = math.radians(72 * k)
        b -= hole(35 * math.cos(a), 35 * math.sin(a), 8)
    return b


@case("a19", """First make a plate 80 mm long, 40 mm wide and 6 mm thick. Then drill two 5 mm holes through it, 10 mm
from the left edge, one 10 mm from the front edge and one 10 mm from the back edge. Finally round the four
vertical corners with a 5 mm radius.""", "ftf")
def a19():
    b = Box(80, 40, 6, align=MINZ)
    b = fillet(b.edges().filter_by(Axis.Z), 5)
    return b - hole(-30, -10, 5) - hole(-30, 10, 5)


@case("a20", """First create a block 60 mm long, 40 mm wide and 25 mm high. Then cut a pocket 30 mm long and 20 mm
wide into the top face to a depth of 12 mm, in the centre. Finally drill a 6 mm hole through the block in each
corner, 7 mm from the two adjacent edges.""", "ftf")
def a20():
    b = Box(60, 40, 25, align=MINZ) - Pos(0, 0, 13) * Box(30, 20, 12, align=MINZ)
    for x in (-23, 23):
        for y in (-13, 13):
            b -= hole(x, y, 6)
    return b


@case("a21", """First make a rod 20 mm in diameter and 60 mm long. Then turn the next section 14 mm in diameter and
25 mm long on one end of the rod. Then chamfer the end of the 14 mm section by 1 mm.""", "ftf")
def a21():
    from build123d import chamfer
    b = Cylinder(10, 60, align=MINZ) + Pos(0, 0, 60) * Cylinder(7, 25, align=MINZ)
    top = b.edges().sort_by(Axis.Z)[-1]
    return chamfer(top, 1)


@case("a22", """First make a block 50 mm long, 50 mm wide and 20 mm tall. Then drill a 12 mm hole through the block
from the left side to the right side, 10 mm above the bottom, centred across the width. Finally drill a 6 mm hole
through the top face at the centre.""", "ftf")
def a22():
    b = Box(50, 50, 20, align=MINZ) - Pos(0, 0, 10) * Rot(0, 90, 0) * Cylinder(6, 60)
    return b - hole(0, 0, 6)


# ---------------------------------------------------------------- unions of bodies
@case("a23", """Model a bench as one solid: a seat slab 120 mm long, 40 mm wide and 6 mm thick on top of four legs.
Each leg is a square post 6 mm x 6 mm and 30 mm tall, one at each corner, flush with the edges of the seat. The
legs are fused to the underside of the seat, so the bench is 36 mm tall.""", "union")
def a23():
    b = Pos(0, 0, 30) * Box(120, 40, 6, align=MINZ)
    for x in (-57, 57):
        for y in (-17, 17):
            b += Pos(x, y, 0) * Box(6, 6, 30, align=MINZ)
    return b


@case("a24", """Make a T-shaped part from two bars fused together. The cross bar is 80 mm long, 20 mm wide and 10 mm
thick. The stem bar is 20 mm wide, 10 mm thick and 50 mm long and hangs down from the middle of the underside of
the cross bar, flush with both of its long faces, so the part is 60 mm tall.""", "union")
def a24():
    return Pos(0, 0, 50) * Box(80, 20, 10, align=MINZ) + Box(10, 20, 50, align=MINZ)


@case("a25", """A mushroom knob made of two bodies fused into one: a cylinder 16 mm in diameter and 25 mm tall
standing on the XY plane, and a sphere 30 mm in diameter centred on the cylinder's axis at the top of the
cylinder. The knob is 40 mm tall.""", "union")
def a25():
    return Cylinder(8, 25, align=MINZ) + Pos(0, 0, 25) * Sphere(15)


@case("a26", """Make an L bracket out of two plates joined into one solid. The base plate is 60 mm long, 30 mm wide
and 5 mm thick. The upright plate stands at one end of the base, 5 mm thick, 30 mm wide and 40 mm tall measured
from the underside of the base.""", "union")
def a26():
    return Box(60, 30, 5, align=MINZ) + Pos(27.5, 0, 0) * Box(5, 30, 40, align=MINZ)


@case("a27", """Model a pedestal as one solid: a square base block 60 mm x 60 mm x 10 mm, a round column 20 mm in
diameter and 50 mm tall standing in the centre of the base, and a square cap 30 mm x 30 mm x 5 mm on top of the
column. All three are fused, so the pedestal is 65 mm tall.""", "union")
def a27():
    return (Box(60, 60, 10, align=MINZ) + Pos(0, 0, 10) * Cylinder(10, 50, align=MINZ)
            + Pos(0, 0, 60) * Box(30, 30, 5, align=MINZ))


@case("a28", """Make a cross from two bars unioned at their middles: one bar 100 mm long, 20 mm wide and 10 mm thick
along X, the other bar 60 mm long, 20 mm wide and 10 mm thick along Y, both lying on the XY plane and centred on
the origin.""", "union")
def a28():
    return Box(100, 20, 10, align=MINZ) + Box(20, 60, 10, align=MINZ)


@case("a29", """A plate 80 mm long, 60 mm wide and 8 mm thick has a rectangular rib on its top face running the full
length, 8 mm wide and 15 mm tall, centred across the width. The rib and plate are one solid.""", "union")
def a29():
    return Box(80, 60, 8, align=MINZ) + Pos(0, 0, 8) * Box(80, 8, 15, align=MINZ)


@case("a30", """Make a stepped block from two boxes fused together: a lower box 80 mm long, 40 mm wide and 20 mm high,
and an upper box 40 mm long, 40 mm wide and 15 mm high sitting on top of it flush with its left end.""", "union")
def a30():
    return Box(80, 40, 20, align=MINZ) + Pos(-20, 0, 20) * Box(40, 40, 15, align=MINZ)


def measure(shape) -> dict:
    import trimesh
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "p.stl")
        export_stl(shape, path, tolerance=0.01, angular_tolerance=0.1)
        m = trimesh.load(path, force="mesh")
    ext = sorted(round(float(x), 3) for x in m.extents)
    out = {"extents": ext, "volume": round(float(shape.volume), 2)}
    if m.is_watertight:  # a sphere fused to a cylinder meshes with a seam: no genus to compare then
        out["genus"] = round((2 - m.euler_number) / 2)
    return out


def main() -> None:
    out = Path(__file__).with_name("steps_stepsa.jsonl")
    rows = []
    for cid, prompt, fn, style in CASES:
        shape = fn()
        rows.append({"id": cid, "prompt": prompt, "expect": measure(shape), "style": style})
    out.write_text("".join(json.dumps(r) + "\n" for r in rows))
    print(f"wrote {len(rows)} cases to {out}")


if __name__ == "__main__":
    main()

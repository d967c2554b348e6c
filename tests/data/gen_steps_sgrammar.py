# ruff: noqa
"""Builds tests/data/steps_sgrammar.jsonl: 16 modelling descriptions for the operation grammar (issue 15, session 6).

Written on the s-grammar branch BEFORE the reader was changed, phrased unlike steps6's writer, in the classes
that set failed on: holes along an axis placed by coordinates or heights ("parallel to the Y axis, its axis 30 mm
up from the base", "in the X direction at Z = 20, centred in Y"), holes listed by coordinate ("at X = 100,
Y = 20 and Y = 60"), pitch circles with their size before the noun ("a 76 mm diameter pitch circle"), a units
header ("Units: inches") with bare numbers after it, an "edge loop" in numbered steps, bosses on a side face,
cross holes at a height, and short CADPrompt-style one-sentence parts. Each reference is modelled by hand in
build123d from what the prompt says; expectations are measured the way `../shared/eval/check_prompts.py` does.

Run from the project root: `python tests/data/gen_steps_sgrammar.py` (rewrites the .jsonl).
"""

from __future__ import annotations

import json
import math
import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from build123d import Align, Axis, Box, Cylinder, Pos, Rot, chamfer, export_stl, fillet

MINZ = (Align.CENTER, Align.CENTER, Align.MIN)
MIN3 = (Align.MIN, Align.MIN, Align.MIN)
IN = 25.4
CASES: list[tuple[str, str, Callable[[], object], str]] = []


def case(cid: str, prompt: str, style: str) -> Callable[[Callable[[], object]], Callable[[], object]]:
    def wrap(fn: Callable[[], object]) -> Callable[[], object]:
        text = prompt.strip()
        if style == "numbered":
            text = "\n".join(" ".join(line.split()) for line in text.splitlines() if line.strip())
        else:
            text = " ".join(text.split())
        CASES.append((cid, text, fn, style))
        return fn
    return wrap


def zhole(x: float, y: float, d: float, z0: float = -1, h: float = 400) -> object:
    return Pos(x, y, z0) * Cylinder(d / 2, h, align=MINZ)


def xhole(y: float, z: float, d: float) -> object:
    return Pos(0, y, z) * Rot(0, 90, 0) * Cylinder(d / 2, 400)


def yhole(x: float, z: float, d: float) -> object:
    return Pos(x, 0, z) * Rot(90, 0, 0) * Cylinder(d / 2, 400)


@case("g01", """A 70 x 40 x 50 mm block, 50 mm tall. Bore a 16 mm hole parallel to the Y axis right through it,
centred on the 70 mm length, with its axis 30 mm up from the base.""", "prose")
def g01():
    return Box(70, 40, 50, align=MINZ) - yhole(0, 30, 16)


@case("g02", """Make a block 80 long (X) by 40 deep (Y) by 30 high (Z), in mm. Then drill a 10 mm hole in the X
direction through the full length at Z = 20, centred in Y.""", "prose")
def g02():
    return Box(80, 40, 30, align=MINZ) - xhole(0, 20, 10)


@case("g03", """A pillow block 90 mm long, 40 mm deep and 50 mm tall with a 30 mm bore running horizontally through
the 40 mm depth, its centre 28 mm above the base, and two 10 mm vertical holes, centred in the depth and 12 mm
from each end.""", "cadprompt")
def g03():
    b = Box(90, 40, 50, align=MINZ) - yhole(0, 28, 30)
    for x in (-33, 33):
        b -= zhole(x, 0, 10)
    return b


@case("g04", """1. Sketch a 120 x 80 mm rectangle on XY with one corner at the origin.
2. Extrude 8 mm.
3. Drill two 9 mm holes through it at X = 100, Y = 20 and Y = 60.
4. Drill one 9 mm hole through it at X = 20, Y = 40.""", "numbered")
def g04():
    b = Box(120, 80, 8, align=MIN3)
    for x, y in ((100, 20), (100, 60), (20, 40)):
        b -= Pos(x, y, -1) * Cylinder(4.5, 20, align=MINZ)
    return b


@case("g05", """1. Sketch a 100 mm circle on XY.
2. Extrude it 12 mm.
3. Cut a 50 mm diameter hole through the middle.
4. Drill six 8 mm holes through, equally spaced on a 76 mm diameter pitch circle.""", "numbered")
def g05():
    b = Cylinder(50, 12, align=MINZ) - zhole(0, 0, 50)
    for i in range(6):
        a = math.radians(60 * i)
        b -= zhole(38 * math.cos(a), 38 * math.sin(a), 8)
    return b


@case("g06", """Start with a disc 90 mm across and 10 mm thick. Then put five 6 mm through holes round a 64 mm-diameter
bolt circle, evenly spaced, the first on +X.""", "first_then")
def g06():
    b = Cylinder(45, 10, align=MINZ)
    for i in range(5):
        a = math.radians(72 * i)
        b -= zhole(32 * math.cos(a), 32 * math.sin(a), 6)
    return b


@case("g07", """Units: inches.
1. Sketch a 2 x 1 rectangle on XY, centred.
2. Extrude 0.5.
3. Drill a 0.25 diameter hole through the centre.
4. Fillet the four vertical edges 0.125.""", "numbered")
def g07():
    b = fillet(Box(2 * IN, 1 * IN, 0.5 * IN, align=MINZ).edges().filter_by(Axis.Z), 0.125 * IN)
    return b - zhole(0, 0, 0.25 * IN)


@case("g08", """Units: inch.
1. Draw a 3 inch diameter circle on XY and extrude it 0.75.
2. Bore a 1 diameter hole through the centre.
3. Chamfer the top outer edge 0.05.""", "numbered")
def g08():
    b = Cylinder(1.5 * IN, 0.75 * IN, align=MINZ)
    b = chamfer(b.edges().filter_by(Axis.Z, reverse=True).sort_by(Axis.Z)[-1:], 0.05 * IN)
    return b - zhole(0, 0, 1 * IN)


@case("g09", """1. Sketch a 90 x 60 rectangle on XY, centred.
2. Extrude 12 mm.
3. Drill a 20 mm hole through the centre.
4. Fillet the four vertical edges 6 mm.
5. Chamfer the outer edge loop of the top face 1 mm.""", "numbered")
def g09():
    b = fillet(Box(90, 60, 12, align=MINZ).edges().filter_by(Axis.Z), 6)
    top = b.faces().sort_by(Axis.Z)[-1]
    b = chamfer(top.outer_wire().edges(), 1)
    return b - zhole(0, 0, 20)


@case("g10", """A block 60 (X) x 40 (Y) x 40 (Z) mm. On its +X face a 20 mm diameter cylindrical boss sticks out
12 mm, centred on that face.""", "bodies")
def g10():
    return Box(60, 40, 40, align=MINZ) + Pos(30, 0, 20) * Rot(0, 90, 0) * Cylinder(10, 12, align=MINZ)


@case("g11", """Start with a 50 x 50 x 30 mm block. Then add a 16 mm diameter boss 10 mm long on the front face,
centred on it. Finally drill an 8 mm hole along the boss axis through the boss and the block.""", "first_then")
def g11():
    b = Box(50, 50, 30, align=MINZ) + Pos(0, -25, 15) * Rot(90, 0, 0) * Cylinder(8, 10, align=MINZ)
    return b - yhole(0, 15, 8)


@case("g12", """1. Create a 20 mm diameter cylinder 60 mm long along Z.
2. Drill a 5 mm cross hole through it at Z = 45.""", "numbered")
def g12():
    return Cylinder(10, 60, align=MINZ) - xhole(0, 45, 5)


@case("g13", """A 90 x 50 x 8 mm plate with two 8 mm holes on its centreline, each with its centre 15 mm from the
nearest short end.""", "cadprompt")
def g13():
    b = Box(90, 50, 8, align=MINZ)
    for x in (-30, 30):
        b -= zhole(x, 0, 8)
    return b


@case("g14", """A 100 x 50 x 20 mm block with one corner at the origin. Drill a 12 mm hole vertically through it at
X = 30, Y = 25, and a 6 mm hole horizontally through it along Y at X = 70, Z = 10.""", "prose")
def g14():
    b = Box(100, 50, 20, align=MIN3) - Pos(30, 25, -1) * Cylinder(6, 40, align=MINZ)
    return b - Pos(70, 25, 10) * Rot(90, 0, 0) * Cylinder(3, 100)


@case("g15", """A housing block 80 mm long, 50 mm wide and 45 mm high, with a 20 mm through hole along its length
whose axis is 25 mm above the bottom and centred across the width.""", "cadprompt")
def g15():
    return Box(80, 50, 45, align=MINZ) - xhole(0, 25, 20)


@case("g16", """1. Sketch an 60 mm circle on XY and extrude 8 mm.
2. Cut a 20 mm hole through the centre.
3. Drill four 5 mm holes through on a pitch circle of 44 mm diameter.
4. Chamfer the top outer edge 0.5 mm.""", "numbered")
def g16():
    b = Cylinder(30, 8, align=MINZ)
    b = chamfer(b.edges().filter_by(Axis.Z, reverse=True).sort_by(Axis.Z)[-1:], 0.5)
    b -= zhole(0, 0, 20)
    for i in range(4):
        a = math.radians(90 * i)
        b -= zhole(22 * math.cos(a), 22 * math.sin(a), 5)
    return b


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
    out = Path(__file__).with_name("steps_sgrammar.jsonl")
    rows = []
    for cid, prompt, fn, style in CASES:
        shape = fn()
        rows.append({"id": cid, "prompt": prompt, "expect": measure(shape), "style": style})
    out.write_text("".join(json.dumps(r) + "\n" for r in rows))
    print(f"wrote {len(rows)} cases to {out}")


if __name__ == "__main__":
    main()

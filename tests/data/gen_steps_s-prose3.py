# ruff: noqa
"""Builds tests/data/steps_s-prose3_prompts.jsonl: modelling descriptions (issue 15, session 8, s-prose3 branch).

Written BEFORE the reader was changed, as new variants (other words, other values, other order) of the
classes steps8's styles 2-6 and text2cad8's CADPrompt lines were misread on:
A  a second body standing on a base, said in the base's own sentence with no "joined" word (a rib / web
   along the length, a tongue or neck on a flange, a block on top at one end, a post in the middle,
   uprights on both ends), sizes often without "mm";
B  sizes glued to their role abbreviation ("20od", "8.5id", "12lg", "0.5thk", "50dia");
C  walls of hollow and open sections ("2.5 wall", "walls and floor 4 mm thick", "square hollow tube");
D  a hole through each boss or pillar and the plate under it.
Written while the fix was under way (after the classes above were fixed, so less of a held-out check):
E  a size said bare before "hole" / "tapping drill", a radial hole through one wall of a collar;
F  one hole across a pair of uprights at a height;
G  a hole "the long way" / "lengthwise" / "through the end faces";
H  a hole at the end of the bodies' own sentence ("..., joined into one, with a 5 mm hole through the crossing point");
J  a hole "through the centre of every face" of a cube (three crossing holes);
I  a numbered "add a block on top at one end" (sizes "along the length", "full ... width") and a fillet where it meets the base.
Each reference is modelled by hand in build123d from what the prompt says; expectations are measured
the way `../shared/eval/check_prompts.py` does.

Run from the project root: `python tests/data/gen_steps_s-prose3.py` (rewrites the .jsonl).
"""

from __future__ import annotations

import json
import math
import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from build123d import Align, Box, Cylinder, Pos, Rot, export_stl

MINZ = (Align.CENTER, Align.CENTER, Align.MIN)
CASES: list[tuple[str, str, Callable[[], object], int, str]] = []


def case(cid: str, prompt: str, style: int, cls: str) -> Callable[[Callable[[], object]], Callable[[], object]]:
    def wrap(fn: Callable[[], object]) -> Callable[[], object]:
        text = prompt.strip()
        if style == 4:
            text = "\n".join(" ".join(line.split()) for line in text.splitlines() if line.strip())
        else:
            text = " ".join(text.split())
        CASES.append((cid, text, fn, style, cls))
        return fn
    return wrap


def box(x: float, y: float, z: float, cx: float = 0.0, cy: float = 0.0, z0: float = 0.0) -> object:
    return Pos(cx, cy, z0) * Box(x, y, z, align=MINZ)


def zcyl(d: float, h: float, z0: float = 0.0, x: float = 0.0, y: float = 0.0) -> object:
    return Pos(x, y, z0) * Cylinder(d / 2, h, align=MINZ)


def ring(od: float, idia: float, h: float) -> object:
    return zcyl(od, h) - zcyl(idia, h + 2, -1)


# ---- A: a second body on the base, in the base's sentence ------------------------------------------------

@case("q01", """Stiffened strip: 120 x 30 x 5 base plate with a 6 mm thick web, 20 mm tall, running along its
whole length down the middle.""", 2, "A")
def q01():
    return box(120, 30, 5) + box(120, 6, 20, z0=5)


@case("q02", """Slide key: the bottom flange is 30 long, 18 wide and 3 thick, with a 10 wide, 5 high tongue on top,
both 30 long.""", 2, "A")
def q02():
    return box(30, 18, 3) + box(30, 10, 5, z0=3)


@case("q03", "A 60 x 40 x 8 base with a 20 x 40 x 25 block on top at one end.", 3, "A")
def q03():
    return box(60, 40, 8) + box(20, 40, 25, cx=20, z0=8)


@case("q04", "Sensor mount: 40 x 40 x 4 plate, and a 12 mm dia post 30 tall standing on it in the middle.", 3, "A")
def q04():
    return box(40, 40, 4) + zcyl(12, 30, 4)


@case("q05", """Bridge piece: base 80 long, 20 wide, 6 thick, with two 6 mm thick uprights on its ends,
30 tall overall from the bottom, same 20 width.""", 2, "A")
def q05():
    return box(80, 20, 6) + box(6, 20, 24, cx=-37, z0=6) + box(6, 20, 24, cx=37, z0=6)


# ---- B: sizes glued to their role abbreviation -----------------------------------------------------------

@case("q06", "spacer 20od x 8.5id x 12 long", 3, "B")
def q06():
    return ring(20, 8.5, 12)


@case("q07", "shim ring 40od 30id 0.5thk", 3, "B")
def q07():
    return ring(40, 30, 0.5)


@case("q08", "bushing 16od x 10id x 20lg", 3, "B")
def q08():
    return ring(16, 10, 20)


@case("q09", "disc 50dia x 5thk with a 10 mm centre hole", 3, "B")
def q09():
    return ring(50, 10, 5)


# ---- C: walls of hollow and open sections ----------------------------------------------------------------

@case("q10", "Channel section 80 long, 40 wide, 25 high overall, walls and floor 4 mm thick.", 3, "C")
def q10():
    return box(80, 40, 25) - box(82, 32, 30, z0=4)


@case("q11", "Square tube 40 x 40 outside, 2.5 wall, 200 long.", 3, "C")
def q11():
    return box(40, 40, 200) - box(35, 35, 202, z0=-1)


@case("q12", "Rectangular hollow section 60 x 30 with 3 mm walls, 100 long.", 3, "C")
def q12():
    return box(60, 30, 100) - box(54, 24, 102, z0=-1)


@case("q13", "A square hollow tube 25 x 25 across the outside, walls 2 thick, 150 mm long.", 3, "C")
def q13():
    return box(25, 25, 150) - box(21, 21, 152, z0=-1)


# ---- D: a hole through each boss and the plate under it --------------------------------------------------

@case("q14", """Plate 100 x 50 x 6 with two bosses on top, 16 dia and 12 tall, 60 apart on the centreline.
Each boss has a 6.5 hole right through it and the plate.""", 2, "D")
def q14():
    part = box(100, 50, 6) + zcyl(16, 12, 6, -30) + zcyl(16, 12, 6, 30)
    return part - zcyl(6.5, 30, -1, -30) - zcyl(6.5, 30, -1, 30)


@case("q15", """Base 70 x 70 x 5 with four Ø10 pillars 15 high on top, centres 10 mm in from each edge;
a 4 mm hole goes down through every pillar and the base.""", 6, "D")
def q15():
    part = box(70, 70, 5)
    pts = [(-25, -25), (25, -25), (25, 25), (-25, 25)]
    for x, y in pts:
        part = part + zcyl(10, 15, 5, x, y)
    for x, y in pts:
        part = part - zcyl(4, 30, -1, x, y)
    return part


@case("q16", """mounting bar 90 long 25 wide 6 thick. a 14 dia boss 10 high sits on top 30 mm from the middle,
mirrored to the other side. drill 5 mm through each boss and the bar""", 6, "D")
def q16():
    part = box(90, 25, 6) + zcyl(14, 10, 6, -30) + zcyl(14, 10, 6, 30)
    return part - zcyl(5, 30, -1, -30) - zcyl(5, 30, -1, 30)


# ---- E: bare sizes before a hole or drill; a radial hole through one wall (written during the fix) ---------

def radial(d: float, z: float, length: float) -> object:
    """A hole along +X from the axis outwards, at height z."""
    return Pos(length / 2, 0, z) * Rot(0, 90, 0) * Cylinder(d / 2, length)


@case("q17", """Clamp collar, 25 OD with a 12 bore, 10 wide. A 2.5 tapping drill goes radially through one wall,
halfway along the width.""", 2, "E")
def q17():
    return ring(25, 12, 10) - radial(2.5, 5, 14)


@case("q18", "Hub 40 OD, 20 bore, 16 long, with a 5.5 clearance drill going radially into the bore at mid-length.", 2, "E")
def q18():
    return ring(40, 20, 16) - radial(5.5, 8, 22)


@case("q19", "Bar 60 x 20 x 10 with a 6.6 through hole in the middle.", 3, "E")
def q19():
    return box(60, 20, 10) - zcyl(6.6, 12, -1)


# ---- F: one hole across a pair of uprights (written during the fix) --------------------------------------

@case("q20", """Yoke: 60 x 25 x 6 base with two 6 mm thick uprights on its ends, 40 tall overall from the bottom,
same 25 width. Both uprights get a 10 mm hole on one axis, 30 up from the underside, centred in the width.""", 6, "F")
def q20():
    part = box(60, 25, 6) + box(6, 25, 40, cx=-27) + box(6, 25, 40, cx=27)
    return part - Pos(0, 0, 30) * Rot(0, 90, 0) * Cylinder(5, 100)


@case("q21", """Clevis: base 70 long, 30 wide, 8 thick, with two 8 thick uprights on both ends, 45 high overall
measured from the underside, full 30 width. A 12 mm hole goes through both uprights, 35 mm above the bottom,
centred in the width.""", 6, "F")
def q21():
    part = box(70, 30, 8) + box(8, 30, 45, cx=-31) + box(8, 30, 45, cx=31)
    return part - Pos(0, 0, 35) * Rot(0, 90, 0) * Cylinder(6, 100)


# ---- G: a hole the long way (written during the fix) -------------------------------------------------------

@case("q22", "Block 80 x 30 x 30 with a 12 mm hole bored lengthwise through it, centred on the end faces.", 3, "G")
def q22():
    return box(80, 30, 30) - Pos(0, 0, 15) * Rot(0, 90, 0) * Cylinder(6, 100)


@case("q23", "A 40 x 100 x 25 bar with an 8 mm hole right through the long way, in the centre of the 40 x 25 end faces.", 3, "G")
def q23():
    return box(40, 100, 25) - Pos(0, 0, 12.5) * Rot(90, 0, 0) * Cylinder(4, 120)


@case("q24", """Electronics tray: 100 x 70 x 3 plate with four standoffs on top, Ø7 and 8 tall, centres 6 mm in
from each edge. Each standoff has a 2.5 hole going down through it and the plate.""", 6, "D")
def q24():
    part = box(100, 70, 3)
    pts = [(-44, -29), (44, -29), (44, 29), (-44, 29)]
    for x, y in pts:
        part = part + zcyl(7, 8, 3, x, y)
    for x, y in pts:
        part = part - zcyl(2.5, 20, -1, x, y)
    return part


# ---- H: a hole at the end of the bodies' sentence (written during the fix) -----------------------------------

@case("q25", """Plus-shaped spacer: two 60 x 12 x 5 bars crossing at right angles at their middles, flat on one plane,
fused together, with a 5 mm hole through the crossing point.""", 6, "H")
def q25():
    return box(60, 12, 5) + box(12, 60, 5) - zcyl(5, 10, -1)


@case("q26", """A star of two 100 x 20 x 8 bars crossing at right angles at their centres, joined into one solid, and a 10 mm
hole through the middle.""", 6, "H")
def q26():
    return box(100, 20, 8) + box(20, 100, 8) - zcyl(10, 12, -1)


# ---- I: a block added on top at one end, filleted where it meets the base (written during the fix) ---------

@case("q27", """1. Start with a base 100 x 30 x 8.
2. Add a block on top at one end: 25 along the length, full 30 width, 17 tall (so 25 overall).
3. Fillet the inside corner where the block meets the base, R4, across the full width.""", 4, "I")
def q27():
    from build123d import Axis, fillet, GeomType
    part = box(100, 30, 8) + box(25, 30, 17, cx=37.5, z0=8)
    edge = [e for e in part.edges().filter_by(GeomType.LINE) if abs(e.center().Z - 8) < 0.01 and abs(e.center().X - 25) < 0.01]
    return fillet(edge, 4)


@case("q28", """1. Base block 60 x 40 x 12.
2. Add a block on top at one end, 20 along the length, full 40 width, 18 tall.""", 4, "I")
def q28():
    return box(60, 40, 12) + box(20, 40, 18, cx=20, z0=12)


# ---- J: a hole through the centre of every face (written during the fix) ------------------------------------

def three_holes(size: float, d: float) -> object:
    c = size / 2
    return (Pos(0, 0, c) * Cylinder(d / 2, size * 2) + Pos(0, 0, c) * Rot(0, 90, 0) * Cylinder(d / 2, size * 2)
            + Pos(0, 0, c) * Rot(90, 0, 0) * Cylinder(d / 2, size * 2))


@case("q29", "Dice blank: 20 mm cube, 4 mm holes through the centres of all the faces.", 3, "J")
def q29():
    return box(20, 20, 20) - three_holes(20, 4)


@case("q30", "40 mm cube with a 10 mm hole through the centre of each face.", 3, "J")
def q30():
    return box(40, 40, 40) - three_holes(40, 10)


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
    out = Path(__file__).with_name("steps_s-prose3_prompts.jsonl")
    rows = []
    for cid, prompt, fn, style, cls in CASES:
        shape = fn()
        rows.append({"id": cid, "prompt": prompt, "expect": measure(shape), "style": style, "class": cls})
    out.write_text("".join(json.dumps(r) + "\n" for r in rows))
    print(f"wrote {len(rows)} cases to {out}")


if __name__ == "__main__":
    main()

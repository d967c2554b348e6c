# ruff: noqa
"""Builds tests/data/steps_s-prose4_prompts.jsonl: long free prose, operations clause by clause (issue 15, session 10, s-prose).

Written BEFORE the reader was changed, as new wordings and values of the class steps11's student / engineer /
mixed prompts were misread on:
P  a hole told over several clauses: its count, size, place and depth each in a clause of its own
   ("holes near the corners, four of them, they're 5 mm across and they sit 10 mm in from the edges");
C  self-corrections inside a sentence ("radius 10, no sorry, diameter 10", "8 mm, I mean 8.5 mm", "or rather 16");
R  sentences that only restate earlier sizes ("the plate stays 100 by 80", "spacing works out to 30 mm",
   "so the hole runs the full 25", "the corner radius is 6 on all four");
N  non-operations ("that's it, no chamfers", "nothing more, leave all the edges sharp", "that is all, no fillets").
Each reference is modelled by hand in build123d from what the prompt says; expectations are measured
the way `../shared/eval/check_prompts.py` does.

Run from the project root: `python tests/data/gen_steps_s-prose4.py` (rewrites the .jsonl).
"""

from __future__ import annotations

import json
import math
import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from build123d import Align, Box, Cylinder, Pos, export_stl

MINZ = (Align.CENTER, Align.CENTER, Align.MIN)
CASES: list[tuple[str, str, Callable[[], object], str, str]] = []


def case(cid: str, prompt: str, cls: str, intent: str) -> Callable[[Callable[[], object]], Callable[[], object]]:
    def wrap(fn: Callable[[], object]) -> Callable[[], object]:
        CASES.append((cid, " ".join(prompt.split()), fn, cls, intent))
        return fn
    return wrap


def box(x: float, y: float, z: float, cx: float = 0.0, cy: float = 0.0, z0: float = 0.0) -> object:
    return Pos(cx, cy, z0) * Box(x, y, z, align=MINZ)


def zcyl(d: float, h: float, z0: float = 0.0, x: float = 0.0, y: float = 0.0) -> object:
    return Pos(x, y, z0) * Cylinder(d / 2, h, align=MINZ)


def holes(shape: object, d: float, pts: list[tuple[float, float]], h: float) -> object:
    for x, y in pts:
        shape = shape - zcyl(d, h + 2, -1, x, y)
    return shape


def corners(dx: float, dy: float) -> list[tuple[float, float]]:
    return [(sx * dx, sy * dy) for sx in (-1, 1) for sy in (-1, 1)]


# ---- P: a hole told over several clauses ---------------------------------------------------------------

@case("v01", """I'm making a little mounting plate. It's 100 long, 60 wide and 6 thick. It has holes near the corners,
four of them, they're 5 mm across and they sit 10 mm in from the edges, both edges.""", "P", "4 x d5 at 10 from both edges")
def v01():
    return holes(box(100, 60, 6), 5, corners(40, 20), 6)


@case("v02", """Base plate, 80 by 50, 8 mm thick. Then there is one hole for a shaft, 12 mm, right in the middle,
all the way through.""", "P", "d12 through at the centre")
def v02():
    return holes(box(80, 50, 8), 12, [(0, 0)], 8)


@case("v03", """So the part is a disc, 50 mm diameter and 10 high. Then a hole for the spindle, 8 mm, straight down
the centre through the whole thing.""", "P", "disc with a d8 bore")
def v03():
    return holes(zcyl(50, 10), 8, [(0, 0)], 10)


@case("v04", """The plate is 70 x 70 and 4 thick. Then 4 holes for M4 screws, 4.5 mm, in a square, the spacing is
50 mm between them.""", "P", "4 x d4.5 on a 50 square")
def v04():
    return holes(box(70, 70, 4), 4.5, corners(25, 25), 4)


@case("v05", """A bar 120 long, 25 wide and 10 thick. There are three holes, 6 mm each, through, along the middle line,
40 mm apart.""", "P", "3 x d6 at x = -40, 0, 40")
def v05():
    return holes(box(120, 25, 10), 6, [(-40, 0), (0, 0), (40, 0)], 10)


@case("v06", """Make a block 60 x 40 x 20. In the top there's a hole, 10 mm diameter, 12 deep, in the centre.""",
      "P", "blind d10 x 12 hole")
def v06():
    return box(60, 40, 20) - zcyl(10, 12, 8)


@case("v07", """The flange is a round plate, 90 mm across and 8 thick. It has six bolt holes, they're 7 mm, on a circle
of 70 mm diameter, evenly spaced, going all the way through.""", "P", "6 x d7 on a 70 PCD")
def v07():
    pts = [(35 * math.cos(math.radians(60 * k)), 35 * math.sin(math.radians(60 * k))) for k in range(6)]
    return holes(zcyl(90, 8), 7, pts, 8)


@case("v18", """Plate 100 x 70 x 8. Then 4 holes, 6 dia, one near each corner, 12 mm from the long side and 9 mm from
the short side, all through.""", "P", "4 x d6, 12 from the long sides, 9 from the short")
def v18():
    return holes(box(100, 70, 8), 6, corners(41, 23), 8)


# ---- C: self-corrections ---------------------------------------------------------------------------------

@case("v08", """A square plate 50 x 50, 5 thick. In the middle a hole with a radius of 10, no sorry, a diameter of 10.""",
      "C", "d10 centre hole (the radius was corrected)")
def v08():
    return holes(box(50, 50, 5), 10, [(0, 0)], 5)


@case("v09", """The block is 80 long, 30 wide, 15 tall. It gets two holes, 8 mm, I mean 8.5 mm, through, on the
centreline, 25 mm either side of the middle.""", "C", "2 x d8.5 at x = +/-25")
def v09():
    return holes(box(80, 30, 15), 8.5, [(-25, 0), (25, 0)], 15)


@case("v10", """Plate 90 x 45, 6 thick. Drill a 14 mm hole in the middle, or rather 16 mm, through.""", "C",
      "d16 centre hole")
def v10():
    return holes(box(90, 45, 6), 16, [(0, 0)], 6)


@case("v19", """It's a plate 64 long and 40 wide, 3 thick. In the middle a big hole, 20 mm, no sorry, 22 mm, all the way
through. And four small ones in the corners, 3 mm, 6 mm from the edges.""", "C", "d22 centre + 4 x d3 corners")
def v19():
    return holes(holes(box(64, 40, 3), 22, [(0, 0)], 3), 3, corners(26, 14), 3)


# ---- R: restatements -----------------------------------------------------------------------------------

@case("v11", """Start with a plate 100 x 80 x 10. Put a 30 mm hole through the centre. The plate stays 100 by 80.""",
      "R", "d30 centre hole; the last sentence adds nothing")
def v11():
    return holes(box(100, 80, 10), 30, [(0, 0)], 10)


@case("v12", """Plate 120 by 40, 8 thick. Four Ø6 holes along the long centreline, evenly spaced, the first and last
15 mm from the ends. The spacing works out to 30 mm between holes.""", "R", "4 x d6 at x = -45, -15, 15, 45")
def v12():
    return holes(box(120, 40, 8), 6, [(-45, 0), (-15, 0), (15, 0), (45, 0)], 8)


@case("v13", """A block 50 x 50 x 25. A 12 mm hole goes through the middle. The block is 25 tall, so the hole runs the
full 25.""", "R", "d12 through")
def v13():
    return holes(box(50, 50, 25), 12, [(0, 0)], 25)


@case("v14", """Plate 60 x 60 x 6 with four 5 mm holes on a 40 mm square, through (so 10 from the edges).""", "R",
      "4 x d5 on a 40 square")
def v14():
    return holes(box(60, 60, 6), 5, corners(20, 20), 6)


@case("v20", """Plate 80 x 50 x 10. Fillet the four vertical corners with a 6 mm radius. The corner radius is 6 on all
four.""", "R", "vertical edges R6")
def v20():
    from build123d import Axis, fillet
    b = box(80, 50, 10)
    return fillet(b.edges().filter_by(Axis.Z), 6)


@case("v21", """A round boss 30 diameter and 20 high. Bore a 10 mm hole through it. The outside diameter stays 30.""",
      "R", "d30 x 20 with a d10 bore")
def v21():
    return holes(zcyl(30, 20), 10, [(0, 0)], 20)


# ---- N: non-operations ---------------------------------------------------------------------------------

@case("v15", """First a plate 80 x 60 x 5. Then drill a 20 mm hole through the centre. Finally, that's it, no chamfers.""",
      "N", "d20 centre hole, nothing else")
def v15():
    return holes(box(80, 60, 5), 20, [(0, 0)], 5)


@case("v16", """Make a disc 40 diameter, 6 thick. Next put a 10 mm hole through its middle. Nothing more, leave all the
edges sharp.""", "N", "disc with a d10 hole")
def v16():
    return holes(zcyl(40, 6), 10, [(0, 0)], 6)


@case("v17", """I need a spacer block, 40 long, 20 wide and 10 high. It has two holes, 5 mm, through, 10 mm from each end,
on the centreline. That is all, no fillets or anything.""", "N", "2 x d5 at x = +/-10")
def v17():
    return holes(box(40, 20, 10), 5, [(-10, 0), (10, 0)], 10)


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
    out = Path(__file__).with_name("steps_s-prose4_prompts.jsonl")
    rows = []
    for cid, prompt, fn, cls, intent in CASES:
        rows.append({"id": cid, "prompt": prompt, "expect": measure(fn()), "intent": intent,
                     "why": f"class {cls}: long free prose, operations clause by clause", "out_of_scope": False,
                     "impossible": False, "style": cls})
    out.write_text("".join(json.dumps(r) + "\n" for r in rows))
    print(f"wrote {len(rows)} cases to {out}")


if __name__ == "__main__":
    main()

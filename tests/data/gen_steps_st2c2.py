# ruff: noqa
"""Builds tests/data/steps_st2c2.jsonl: Text2CAD beginner / intermediate prose and captions, new wordings.

Written for the s-t2c2 branch (issue 15, session 6) before changing the reader: the classes the
text2cad6 / steps6 misses belong to (a frame with a centred opening, a plate with a hole near each
corner placed "from both adjacent edges", a T profile extruded, a cylinder on a cylinder, a cut-out on
one side, a bar with evenly spaced holes, a hexagon with a bore, a U channel, a domed cap, a cross-shaped
plate), phrased differently and with other values. Sizes in normalised units are kept as given (the
reader writes them as mm; the checker compares numbers). Each reference is modelled here in build123d
from what the prompt says and measured as ../shared/eval/check_prompts.py measures a result.

Run from the project root: `python tests/data/gen_steps_st2c2.py` (rewrites the .jsonl).
"""

import json
import math
import os
import tempfile
from pathlib import Path

from build123d import *

MINZ = (Align.CENTER, Align.CENTER, Align.MIN)
CASES = []


def case(cid, level, prompt):
    def wrap(fn):
        CASES.append((cid, level, " ".join(prompt.split()), fn))
        return fn
    return wrap


def box(l, w, t, z0=0.0, x=0.0, y=0.0):
    return Pos(x, y, z0) * Box(l, w, t, align=MINZ)


def cyl(d, h, z0=0.0, x=0.0, y=0.0):
    return Pos(x, y, z0) * Cylinder(d / 2, h, align=MINZ)


@case("v01", "beginner", """Create a flat rectangular frame. Its outer edges measure 0.7 units by 0.4 units and it is
0.04 units thick. A rectangular window 0.5 units long and 0.2 units wide is cut through the middle.""")
def v01():
    return box(0.7, 0.4, 0.04) - box(0.5, 0.2, 0.04)


@case("v02", "beginner", """Create a rectangular plate 0.75 units long, 0.5 units wide and 0.04 units thick with four
round holes, one close to each corner. The holes are 0.06 units in diameter, and each hole centre sits 0.08 units
from both adjacent edges.""")
def v02():
    p = box(0.75, 0.5, 0.04)
    for sx in (-1, 1):
        for sy in (-1, 1):
            p -= cyl(0.06, 0.04, x=sx * (0.375 - 0.08), y=sy * (0.25 - 0.08))
    return p


@case("v03", "beginner", """Create a T-shaped block. Its profile is made of a horizontal bar 0.5 units wide and 0.1 units
tall, and a vertical stem 0.16 units wide and 0.3 units tall centred below it. The profile is extruded 0.25 units;
the block's overall height is 0.4 units.""")
def v03():
    return box(0.16, 0.25, 0.3) + box(0.5, 0.25, 0.1, z0=0.3)


@case("v04", "beginner", """Create a cylindrical base 0.6 units in diameter and 0.1 units tall, on top of which sits a
smaller cylinder 0.3 units in diameter and 0.25 units tall, centred on the base.""")
def v04():
    return cyl(0.6, 0.1) + cyl(0.3, 0.25, z0=0.1)


@case("v05", "beginner", """Create a square plate 0.5 units on each side and 0.05 units thick with a circular hole through
its centre. The hole diameter is 0.15 units.""")
def v05():
    return box(0.5, 0.5, 0.05) - cyl(0.15, 0.05)


@case("v06", "beginner", """Create a rectangular block 0.6 units long, 0.3 units wide and 0.2 units tall with a rectangular
cut-out on one side. The cut-out is 0.2 units long and 0.1 units deep, centred along the long side, and runs the full
height of the block.""")
def v06():
    return box(0.6, 0.3, 0.2) - box(0.2, 0.1, 0.2, y=0.15 - 0.05)


@case("v07", "beginner", """Create a washer. It has an outer diameter of 0.7 units, an inner diameter of 0.35 units and a
thickness of 0.06 units.""")
def v07():
    return cyl(0.7, 0.06) - cyl(0.35, 0.06)


@case("v08", "beginner", """Create a cylinder with a diameter of 0.4 units and a height of 0.6 units, with a hole of
diameter 0.1 units through its centre along its full height.""")
def v08():
    return cyl(0.4, 0.6) - cyl(0.1, 0.6)


@case("v09", "intermediate", """Begin with a rectangular bar 0.7 units long, 0.2 units wide and 0.08 units thick. Cut three
holes of diameter 0.06 units through the bar, evenly spaced 0.25 units apart along its centreline.""")
def v09():
    p = box(0.7, 0.2, 0.08)
    for x in (-0.25, 0, 0.25):
        p -= cyl(0.06, 0.08, x=x)
    return p


@case("v10", "intermediate", """Sketch a regular hexagon 0.4 units across the flats and extrude it 0.15 units. Cut a circular
hole of diameter 0.2 units through its centre.""")
def v10():
    return extrude(RegularPolygon(0.4 / math.sqrt(3), 6), 0.15) - cyl(0.2, 0.15)


@case("v11", "intermediate", """Sketch a square 0.5 units on each side with a centred square opening 0.3 units on each side
and extrude the profile 0.08 units to form a square frame.""")
def v11():
    return box(0.5, 0.5, 0.08) - box(0.3, 0.3, 0.08)


@case("v12", "intermediate", """Start by sketching a rectangle 0.6 units long and 0.4 units wide and extrude it 0.05 units to
make a plate. Cut a centred rectangular opening through the plate measuring 0.2 units along the length and 0.1 units
along the width.""")
def v12():
    return box(0.6, 0.4, 0.05) - box(0.2, 0.1, 0.05)


@case("v13", "caption", """The object is a square frame plate. The outer square is 80 mm on each side, the central square
opening is 50 mm on each side, and the plate is 6 mm thick.""")
def v13():
    return box(80, 80, 6) - box(50, 50, 6)


@case("v14", "caption", """The object is a T-shaped block. The crossbar is 60 mm wide and 10 mm tall, the stem below it is
20 mm wide and 30 mm tall, and the block is 25 mm thick; it stands 40 mm tall overall.""")
def v14():
    return box(20, 25, 30) + box(60, 25, 10, z0=30)


@case("v15", "caption", """The object is a U-shaped channel 80 mm long, open at the top. Its cross-section is 30 mm wide and
20 mm tall overall, with walls and base 3 mm thick.""")
def v15():
    return box(30, 80, 20) - box(24, 80, 17, z0=3)


@case("v16", "caption", """The object is a cylinder with a hemispherical top: a 20 mm diameter cylinder 15 mm tall capped by
a hemisphere of the same diameter, 25 mm tall overall.""")
def v16():
    return cyl(20, 15) + Pos(0, 0, 15) * Sphere(10)


@case("v17", "caption", """The object is a circular disc 50 mm in diameter and 8 mm thick with four 6 mm holes equally
spaced on a 36 mm bolt circle and a 12 mm central hole.""")
def v17():
    p = cyl(50, 8) - cyl(12, 8)
    for k in range(4):
        a = k * math.pi / 2
        p -= cyl(6, 8, x=18 * math.cos(a), y=18 * math.sin(a))
    return p


@case("v18", "caption", """The object is a cross-shaped plate 6 mm thick, formed by two 80 mm x 20 mm rectangular arms
crossing at right angles at their centres.""")
def v18():
    return box(80, 20, 6) + box(20, 80, 6)


@case("v19", "intermediate", """Start by sketching two concentric circles of diameter 0.5 units and 0.3 units and extrude the
annulus 0.2 units to form a ring.""")
def v19():
    return cyl(0.5, 0.2) - cyl(0.3, 0.2)


@case("v20", "beginner", """Create a rectangular block with a rectangular pocket in its top face. The block measures 0.6 by
0.4 by 0.2 units; the pocket is 0.3 units long, 0.2 units wide and 0.1 units deep, centred on the top face.""")
def v20():
    return box(0.6, 0.4, 0.2) - box(0.3, 0.2, 0.1, z0=0.1)


def _sig(v):
    return float(f"{v:.6g}")


def measure(shape):
    import trimesh
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "p.stl")
        bb = shape.bounding_box()
        tol = max(1e-4, 0.0005 * max(bb.size.X, bb.size.Y, bb.size.Z))
        export_stl(shape, path, tolerance=tol, angular_tolerance=0.1)
        m = trimesh.load(path, force="mesh")
    if not m.is_watertight:
        bb = shape.bounding_box().size
        return {"extents": sorted(_sig(v) for v in (bb.X, bb.Y, bb.Z)), "volume": _sig(float(shape.volume)), "genus": 0}
    ext = sorted(_sig(float(x)) for x in m.extents)
    return {"extents": ext, "volume": _sig(float(shape.volume)), "genus": round((2 - m.euler_number) / 2)}


def main():
    out = Path(__file__).with_name("steps_st2c2.jsonl")
    rows = []
    for cid, level, prompt, fn in CASES:
        rows.append({"id": cid, "level": level, "prompt": prompt, "expect": measure(fn())})
    out.write_text("".join(json.dumps(r) + "\n" for r in rows))
    print(f"wrote {len(rows)} cases to {out}")


if __name__ == "__main__":
    main()

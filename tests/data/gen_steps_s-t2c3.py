# ruff: noqa
"""Builds tests/data/steps_s-t2c3_prompts.jsonl: Text2CAD beginner / intermediate prose, new wordings.

Written for the s-t2c3 branch (issue 15, session 8) before changing the reader, for the classes
text2cad8's beginner / intermediate misses belong to, in other words, orders and values:
  A  circles drawn on a plate at listed coordinates, then cut through (t824, t815)
  B  a sketched rectangle with rounded corners and a centre circle, extruded (t825)
  C  a rectangle sketched on the top face, centred, cut to a depth: a pocket (t820)
  D  a square / rectangular frame by its outer and inner squares "on each side" (t805)
  E  T / U / L profiles in normalised units by bar, stem, walls, legs (t819, t822, t806)
  F  a plate "A by B with a thickness of t" with a slot through its middle (t821)
Sizes in normalised units are kept as given (the reader writes them as mm; the checker compares
numbers). Each reference is modelled in build123d from what the prompt says and measured as
../shared/eval/check_prompts.py measures a result.

Run from the project root: `python tests/data/gen_steps_s-t2c3.py` (rewrites the .jsonl).
"""

import json
import math
import os
import tempfile
from pathlib import Path

from build123d import *

MINZ = (Align.CENTER, Align.CENTER, Align.MIN)
CORNER = (Align.MIN, Align.MIN, Align.MIN)
CASES = []


def case(cid, level, cls, prompt):
    def wrap(fn):
        CASES.append((cid, level, cls, " ".join(prompt.split()), fn))
        return fn
    return wrap


def box(l, w, t, z0=0.0, x=0.0, y=0.0):
    return Pos(x, y, z0) * Box(l, w, t, align=MINZ)


def cyl(d, h, z0=0.0, x=0.0, y=0.0):
    return Pos(x, y, z0) * Cylinder(d / 2, h, align=MINZ)


def cbox(l, w, t, x=0.0, y=0.0, z=0.0):  # a box from its min corner
    return Pos(x, y, z) * Box(l, w, t, align=CORNER)


def ccyl(d, h, x, y, z=0.0):  # a cylinder by its centre, from a corner origin
    return Pos(x, y, z) * Cylinder(d / 2, h, align=MINZ)


def profile_xz(points, depth):
    """A closed profile in the XZ plane extruded along Y."""
    face = make_face(Polyline(*[(x, 0, z) for x, z in points], close=True))
    return extrude(face, amount=depth, dir=(0, 1, 0))


# --- A: circles at listed coordinates, cut through ---------------------------------------
@case("w01", "intermediate", "A", """Make a flat plate 0.6 units long, 0.4 units wide and 0.04 units thick, with one corner
at the origin. Sketch four circles of radius 0.03 units on its top face, centred at (0.08, 0.08), (0.52, 0.08),
(0.52, 0.32) and (0.08, 0.32). Cut the circles through the whole plate.""")
def w01():
    p = cbox(0.6, 0.4, 0.04)
    for x, y in ((0.08, 0.08), (0.52, 0.08), (0.52, 0.32), (0.08, 0.32)):
        p -= ccyl(0.06, 0.04, x, y)
    return p


@case("w02", "intermediate", "A", """Draw a rectangle on the XY plane from (0, 0) to (0.7, 0.3). Within it draw three circles of
diameter 0.08: the first centred at (0.15, 0.15), the second at (0.35, 0.15) and the third at (0.55, 0.15). Extrude
the sketch 0.1 units along the normal to create a new solid body.""")
def w02():
    p = cbox(0.7, 0.3, 0.1)
    for x in (0.15, 0.35, 0.55):
        p -= ccyl(0.08, 0.1, x, 0.15)
    return p


@case("w03", "intermediate", "A", """Create a base plate measuring 0.75 units by 0.45 units with a thickness of 0.05 units. On the
top face place two circles, each 0.1 units in diameter, at (0.2, 0.225) and (0.55, 0.225), measured from the plate's
lower-left corner. Extrude-cut both circles through all.""")
def w03():
    p = cbox(0.75, 0.45, 0.05)
    for x in (0.2, 0.55):
        p -= ccyl(0.1, 0.05, x, 0.225)
    return p


@case("w04", "intermediate", "A", """Start with a rectangular plate of length 0.5 units, width 0.5 units and thickness 0.06 units.
Add four holes of diameter 0.05 units whose centres lie at (0.1, 0.1), (0.4, 0.1), (0.1, 0.4) and (0.4, 0.4) relative
to one corner of the plate; cut them through the plate.""")
def w04():
    p = cbox(0.5, 0.5, 0.06)
    for x, y in ((0.1, 0.1), (0.4, 0.1), (0.1, 0.4), (0.4, 0.4)):
        p -= ccyl(0.05, 0.06, x, y)
    return p


# --- B: rounded rectangle sketch with a centre circle ------------------------------------
@case("w05", "intermediate", "B", """Sketch a rectangle 0.6 units long and 0.4 units wide and fillet each of its corners with a
radius of 0.08 units. Place a circle of diameter 0.15 units at the centre of the rectangle. Extrude the sketch
0.05 units, giving a rounded plate with a through hole.""")
def w05():
    p = box(0.6, 0.4, 0.05)
    p = fillet(p.edges().filter_by(Axis.Z), 0.08)
    return p - cyl(0.15, 0.05)


@case("w06", "intermediate", "B", """The part is a plate with rounded corners. Its sketch is a 0.7 by 0.5 unit rectangle whose four
corners are rounded to a radius of 0.12 units, with a central circular hole of radius 0.1 units. The sketch is
extruded to a thickness of 0.08 units.""")
def w06():
    p = fillet(box(0.7, 0.5, 0.08).edges().filter_by(Axis.Z), 0.12)
    return p - cyl(0.2, 0.08)


@case("w07", "beginner", "B", """Create a rounded rectangular tile 0.75 units long, 0.3 units wide and 0.04 units thick. All four
corners are rounded with a 0.05 unit radius, and a hole 0.1 units across passes through the middle.""")
def w07():
    p = fillet(box(0.75, 0.3, 0.04).edges().filter_by(Axis.Z), 0.05)
    return p - cyl(0.1, 0.04)


# --- C: pocket sketched on the top face ---------------------------------------------------
@case("w08", "intermediate", "C", """Create a block 0.6 units long, 0.4 units wide and 0.2 units tall. Draw a rectangle 0.3 units
by 0.2 units in the middle of the top face, its 0.3 side along the block's length, and cut it 0.08 units down
into the block to make a pocket.""")
def w08():
    return box(0.6, 0.4, 0.2) - box(0.3, 0.2, 0.08, z0=0.12)


@case("w09", "intermediate", "C", """Begin with a rectangular block measuring 0.75 by 0.4 by 0.3 units. On the upper face sketch a
centred rectangle 0.45 units long and 0.2 units wide, then extrude-cut it 0.1 units deep to form a rectangular
recess.""")
def w09():
    return box(0.75, 0.4, 0.3) - box(0.45, 0.2, 0.1, z0=0.2)


@case("w10", "intermediate", "C", """Model a block 0.5 units long, 0.5 units wide and 0.25 units high. On its top face sketch a
square of side 0.3 units centred on the face. Cut the square 0.15 units into the block, leaving a floor 0.1 units
thick under the pocket.""")
def w10():
    return box(0.5, 0.5, 0.25) - box(0.3, 0.3, 0.15, z0=0.1)


# --- D: square frame by outer and inner squares -------------------------------------------
@case("w11", "beginner", "D", """Make a square frame. The outside of the frame is 0.6 units on each side and the square opening
in its centre is 0.4 units on each side. The frame is 0.05 units thick.""")
def w11():
    return box(0.6, 0.6, 0.05) - box(0.4, 0.4, 0.05)


@case("w12", "beginner", "D", """Create a flat square ring: an outer square 0.75 units per side with a centred square hole of
0.55 units per side, 0.08 units thick.""")
def w12():
    return box(0.75, 0.75, 0.08) - box(0.55, 0.55, 0.08)


@case("w13", "beginner", "D", """A square picture frame. Its outer square measures 0.7 units on a side, the inner square opening
measures 0.6 units on a side and is centred, and the frame is 0.03 units thick.""")
def w13():
    return box(0.7, 0.7, 0.03) - box(0.6, 0.6, 0.03)


# --- E: T / U / L profiles in normalised units -------------------------------------------
@case("w14", "intermediate", "E", """Create a T-shaped bar. Draw the T on the front plane: a top flange 0.6 units wide and 0.1 units
tall, with a web 0.2 units wide centred under it that extends 0.3 units below the flange. Extrude the T 0.4 units.
The finished part is 0.6 units wide, 0.4 units tall and 0.4 units deep.""")
def w14():
    return box(0.6, 0.4, 0.1, z0=0.3) + box(0.2, 0.4, 0.3)


@case("w15", "intermediate", "E", """Design a U channel. On the XZ plane draw a rectangle 0.6 units wide and 0.3 units tall and remove
a notch from its top so that the two side walls and the floor are each 0.05 units thick. Extrude this profile 0.75
units along Y.""")
def w15():
    return box(0.6, 0.75, 0.3) - box(0.5, 0.75, 0.25, z0=0.05)


@case("w16", "beginner", "E", """An L-shaped block. The base is 0.6 units long and 0.15 units tall. A vertical leg 0.15 units wide
stands at one end of the base and reaches an overall height of 0.45 units. The L profile is extruded 0.3 units.""")
def w16():
    return profile_xz([(0, 0), (0.6, 0), (0.6, 0.15), (0.15, 0.15), (0.15, 0.45), (0, 0.45)], 0.3)


@case("w17", "intermediate", "E", """The object is an inverted T. Its profile has a horizontal bottom bar 0.75 units wide and 0.1
units thick, and a vertical stem 0.15 units wide, centred on the bar, rising 0.4 units above it. The profile is
extruded 0.2 units.""")
def w17():
    return box(0.75, 0.2, 0.1) + box(0.15, 0.2, 0.4, z0=0.1)


# --- F: plate "A by B with a thickness of t" with a slot ---------------------------------
@case("w18", "intermediate", "F", """Create a thin plate measuring 0.6 units by 0.25 units with a thickness of 0.04 units. Cut a
slot with rounded ends through the middle of the plate, 0.3 units long overall and 0.08 units wide, running along
the plate's length.""")
def w18():
    s = extrude(SlotOverall(0.3, 0.08), amount=0.04)
    return box(0.6, 0.25, 0.04) - s


@case("w19", "intermediate", "F", """Make a rectangular plate that measures 0.7 units by 0.35 units and is 0.06 units thick. A
stadium-shaped slot, 0.35 units long from end to end and 0.1 units wide, goes through the plate at its centre,
parallel to the long edges.""")
def w19():
    s = extrude(SlotOverall(0.35, 0.1), amount=0.06)
    return box(0.7, 0.35, 0.06) - s


@case("w20", "beginner", "F", """A plate 0.75 units by 0.4 units, 0.05 units thick, with a centred obround slot 0.3 units long and
0.12 units wide cut through it along the long direction.""")
def w20():
    s = extrude(SlotOverall(0.3, 0.12), amount=0.05)
    return box(0.75, 0.4, 0.05) - s


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
    out = Path(__file__).with_name("steps_s-t2c3_prompts.jsonl")
    rows = []
    for cid, level, cls, prompt, fn in CASES:
        rows.append({"id": cid, "level": level, "class": cls, "prompt": prompt, "expect": measure(fn())})
    out.write_text("".join(json.dumps(r) + "\n" for r in rows))
    print(f"wrote {len(rows)} cases to {out}")


if __name__ == "__main__":
    main()

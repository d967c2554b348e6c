# ruff: noqa
# Reference generator of a held-out set of session 5, written by a helper who saw no code or sets; kept as written.
# Run with build123d installed; it writes the set next to itself under the name the writer gave it.
"""Generator for held5/text2cad6.jsonl: 40 text-to-CAD prompts (t601..t640) in the
manner of Text2CAD (beginner / intermediate, normalised units) and CADPrompt (mm).

Every reference part is modelled in build123d following the prompt text literally.
expect = sorted bounding-box extents (4 dp), volume (4 s.f.), genus (from the
Euler number of the triangulated STL surface, computed with trimesh).
"""
import json
import math
import os
import tempfile

import trimesh
from build123d import (Align, Axis, Box, Cylinder, Pos, Rot, RegularPolygon,
                       SlotOverall, export_stl, extrude, Plane)

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "text2cad6.jsonl")

MIN = (Align.CENTER, Align.CENTER, Align.MIN)   # box/cylinder sitting on z=0
BOT = (Align.MIN, Align.CENTER, Align.MIN)      # starting at x=0 too


def hole(d, x=0.0, y=0.0, h=10.0):
    """Vertical through-cutter of diameter d at (x, y)."""
    return Pos(x, y, 0) * Cylinder(d / 2, h)


def bolt_circle(d_hole, d_bc, n, start=0.0, h=10.0):
    cut = None
    for i in range(n):
        a = math.radians(start + 360.0 * i / n)
        c = hole(d_hole, d_bc / 2 * math.cos(a), d_bc / 2 * math.sin(a), h)
        cut = c if cut is None else cut + c
    return cut


PARTS = []


def part(pid, level, prompt):
    def deco(fn):
        PARTS.append((pid, level, " ".join(prompt.split()), fn))
        return fn
    return deco


# ---------------------------------------------------------------- beginner
@part("t601", "beginner", """
Create a rectangular plate with a single circular hole through its centre. The plate
measures 0.7 units in length, 0.45 units in width and 0.06 units in height. The hole has
a diameter of 0.2 units and passes completely through the plate.""")
def _():
    return Box(0.7, 0.45, 0.06) - hole(0.2)


@part("t602", "beginner", """
Create a cylindrical ring. The final shape is a cylinder with a diameter of 0.5 units and
a height of 0.25 units, with a concentric circular hole of diameter 0.2 units running
through its entire height.""")
def _():
    return Cylinder(0.25, 0.25) - hole(0.2)


@part("t603", "beginner", """
Create an L-shaped block. The horizontal base is 0.75 units long, 0.4 units wide and
0.15 units thick. At one end of the base, a vertical leg rises over the full width of the
base; the leg is 0.15 units thick measured along the length, and the overall height of the
part is 0.5 units.""")
def _():
    base = Box(0.75, 0.4, 0.15, align=BOT)
    leg = Box(0.15, 0.4, 0.5, align=BOT)
    return base + leg


@part("t604", "beginner", """
Create a flat washer with an outer diameter of 0.6 units, an inner diameter of 0.3 units
and a thickness of 0.05 units.""")
def _():
    return Cylinder(0.3, 0.05) - hole(0.3)


@part("t605", "beginner", """
Create a square plate with four circular holes, one near each corner. The plate is 0.6
units long, 0.6 units wide and 0.05 units thick. Each hole has a diameter of 0.08 units,
and its centre is 0.1 units from each of the two nearest edges of the plate. The holes go
all the way through.""")
def _():
    p = Box(0.6, 0.6, 0.05)
    for sx in (-1, 1):
        for sy in (-1, 1):
            p -= hole(0.08, sx * 0.2, sy * 0.2)
    return p


@part("t606", "beginner", """
Create a rectangular block with a notch in its top. The block is 0.6 units long, 0.4 units
wide and 0.3 units tall. A rectangular notch 0.2 units long and 0.15 units deep is cut
into the middle of the top face, centred along the length and running across the full
width of the block.""")
def _():
    return Box(0.6, 0.4, 0.3, align=MIN) - Pos(0, 0, 0.15) * Box(0.2, 1.0, 1.0, align=MIN)


@part("t607", "beginner", """
Create a stepped cylinder. The lower part is a cylinder with a diameter of 0.6 units and a
height of 0.2 units. A smaller cylinder with a diameter of 0.3 units and a height of 0.3
units sits on top of it, centred on the same axis. The final shape is 0.5 units tall.""")
def _():
    return Cylinder(0.3, 0.2, align=MIN) + Pos(0, 0, 0.2) * Cylinder(0.15, 0.3, align=MIN)


@part("t608", "beginner", """
Create a thin rectangular frame. The outer boundary measures 0.75 units by 0.5 units, and
a centred rectangular opening of 0.55 units by 0.3 units passes through it, leaving a
border of equal width on all sides. The frame is 0.05 units thick.""")
def _():
    return Box(0.75, 0.5, 0.05) - Box(0.55, 0.3, 1.0)


@part("t609", "beginner", """
Create a cylinder with a circular pocket in its top. The cylinder has a diameter of 0.4
units and a height of 0.6 units. A concentric blind pocket with a diameter of 0.2 units
is cut 0.3 units deep into the top face.""")
def _():
    return Cylinder(0.2, 0.6, align=MIN) - Pos(0, 0, 0.3) * Cylinder(0.1, 1.0, align=MIN)


@part("t610", "beginner", """
Create a T-shaped block. The T-shaped profile consists of a horizontal top bar 0.6 units
wide and 0.15 units tall, with a vertical stem 0.2 units wide and 0.35 units tall centred
underneath it. The profile is extruded 0.3 units, giving a part with an overall height of
0.5 units.""")
def _():
    bar = Pos(0, 0, 0.35) * Box(0.6, 0.3, 0.15, align=MIN)
    stem = Box(0.2, 0.3, 0.35, align=MIN)
    return bar + stem


# ------------------------------------------------------------ intermediate
@part("t611", "intermediate", """
Begin by sketching a rectangle 0.75 units long and 0.3 units wide, then extrude it 0.1
units along the normal to form a flat bar. Next, cut three circular holes through the
bar, all on its longitudinal centreline: a hole of diameter 0.12 units at the centre of
the bar, and two holes of diameter 0.08 units whose centres are 0.1 units from each short
end. The resulting part is a perforated bar.""")
def _():
    p = Box(0.75, 0.3, 0.1) - hole(0.12)
    for sx in (-1, 1):
        p -= hole(0.08, sx * (0.375 - 0.1))
    return p


@part("t612", "intermediate", """
Start by sketching a circle with a diameter of 0.7 units and extrude it 0.08 units to form
a circular base. On the top face of the base, sketch a concentric circle of diameter 0.35
units and extrude it a further 0.2 units to create a raised hub, so the total height is
0.28 units. Then cut a central bore of diameter 0.2 units through the hub and the base.
Finally, cut four holes of diameter 0.06 units through the base, equally spaced on a
circle of diameter 0.55 units. The final shape is a hubbed flange.""")
def _():
    p = Cylinder(0.35, 0.08, align=MIN) + Pos(0, 0, 0.08) * Cylinder(0.175, 0.2, align=MIN)
    return p - hole(0.2) - bolt_circle(0.06, 0.55, 4)


@part("t613", "intermediate", """
Begin by sketching a rectangle 0.6 units long and 0.5 units wide and extrude it 0.4 units
to form a solid block. Next, sketch a rectangle 0.3 units wide on the top face, centred
across the width, and cut it 0.3 units deep along the full length of the block. The
resulting part is a U-shaped channel block with two side walls 0.1 units thick and a
floor 0.1 units thick.""")
def _():
    return Box(0.6, 0.5, 0.4, align=MIN) - Pos(0, 0, 0.1) * Box(1.0, 0.3, 1.0, align=MIN)


@part("t614", "intermediate", """
Create an L-shaped bracket from two plates. First, sketch a rectangle 0.6 units long and
0.4 units wide and extrude it 0.05 units to make the horizontal plate. At one short end,
add a vertical plate 0.05 units thick spanning the full 0.4 unit width, with its outer
face flush with the end of the horizontal plate, rising to an overall height of 0.35
units. Cut a hole of diameter 0.1 units through the horizontal plate, centred across the
width with its centre 0.35 units from the outer face of the vertical plate. Then cut a
hole of diameter 0.1 units through the vertical plate, centred across the width with its
centre 0.2 units above the bottom of the bracket.""")
def _():
    p = Box(0.6, 0.4, 0.05, align=BOT) + Box(0.05, 0.4, 0.35, align=BOT)
    p -= hole(0.1, 0.35, 0)
    p -= Pos(0, 0, 0.2) * Rot(0, 90, 0) * Cylinder(0.05, 1.0)
    return p


@part("t615", "intermediate", """
Begin by sketching a rectangle 0.6 units long and 0.4 units wide and extrude it 0.3 units
to form a block. Then sketch a centred rectangle 0.54 units by 0.34 units on the top face
and cut it 0.27 units deep. The final shape is an open-top rectangular housing with walls
0.03 units thick on all four sides and a floor 0.03 units thick.""")
def _():
    return Box(0.6, 0.4, 0.3, align=MIN) - Pos(0, 0, 0.03) * Box(0.54, 0.34, 1.0, align=MIN)


@part("t616", "intermediate", """
Construct a stepped shaft from three coaxial cylinders placed end to end. Start with a
circle of diameter 0.3 units extruded 0.2 units. On its end face, sketch a concentric
circle of diameter 0.2 units and extrude it 0.3 units. On the end of that section, sketch
a concentric circle of diameter 0.1 units and extrude it 0.25 units. The resulting shaft
has an overall length of 0.75 units.""")
def _():
    return (Cylinder(0.15, 0.2, align=MIN)
            + Pos(0, 0, 0.2) * Cylinder(0.1, 0.3, align=MIN)
            + Pos(0, 0, 0.5) * Cylinder(0.05, 0.25, align=MIN))


@part("t617", "intermediate", """
Begin by sketching two concentric circles with diameters of 0.6 units and 0.4 units and
extrude the annulus 0.15 units to form a ring. Next, cut a straight slot 0.1 units wide
through the wall on one side of the ring, across its full height; the slot is centred on
a diameter of the ring and runs radially from the bore to the outside. The final shape is
a split ring.""")
def _():
    ring = Cylinder(0.3, 0.15) - hole(0.4)
    return ring - Box(1.0, 0.1, 1.0, align=(Align.MIN, Align.CENTER, Align.CENTER))


@part("t618", "intermediate", """
Start by sketching a rectangle 0.75 units long and 0.5 units wide and extrude it 0.05
units to make a plate. Cut a centred rectangular opening through the plate measuring 0.3
units along the length and 0.2 units along the width. Then cut four holes of diameter
0.05 units through the plate, one near each corner, with each centre 0.06 units from the
two nearest edges. The resulting part is a flat frame-like plate with mounting holes.""")
def _():
    p = Box(0.75, 0.5, 0.05) - Box(0.3, 0.2, 1.0)
    for sx in (-1, 1):
        for sy in (-1, 1):
            p -= hole(0.05, sx * (0.375 - 0.06), sy * (0.25 - 0.06))
    return p


@part("t619", "intermediate", """
Begin by sketching a square with sides of 0.5 units and extrude it 0.25 units to form a
square block. On the centre of the top face, sketch a circle of diameter 0.25 units and
extrude it 0.15 units upward to form a cylindrical boss. Finally, cut a hole of diameter
0.1 units along the axis of the boss, through both the boss and the block. The final
shape is 0.4 units tall.""")
def _():
    p = Box(0.5, 0.5, 0.25, align=MIN) + Pos(0, 0, 0.25) * Cylinder(0.125, 0.15, align=MIN)
    return p - hole(0.1)


@part("t620", "intermediate", """
Start by sketching a circle with a diameter of 0.5 units and extrude it 0.3 units to form
a cylinder. On the top face, sketch a square with 0.2 unit sides centred on the axis and
cut it 0.15 units deep to form a square pocket. The resulting part is a cylinder with a
square blind pocket in its top.""")
def _():
    return Cylinder(0.25, 0.3, align=MIN) - Pos(0, 0, 0.15) * Box(0.2, 0.2, 1.0, align=MIN)


@part("t621", "intermediate", """
Begin by sketching a rectangle 0.7 units long and 0.3 units wide and extrude it 0.2 units
to form a block. Then, at one end of the block, remove a rectangular region 0.3 units long,
spanning the full width, to a depth of 0.1 units from the top face. The final shape is a
stepped block whose lower step is 0.1 units high and whose upper section is 0.4 units
long.""")
def _():
    return Box(0.7, 0.3, 0.2, align=BOT) - Pos(0.4, 0, 0.1) * Box(1.0, 1.0, 1.0, align=BOT)


@part("t622", "intermediate", """
Start by sketching a square 0.6 units on each side with a centred square opening 0.4 units
on each side, and extrude the profile 0.1 units to make a square frame with a border 0.1
units wide. Then cut four holes of diameter 0.04 units through the frame, one at each
corner, with each centre 0.05 units from the two nearest outer edges. The resulting part
is a square mounting frame.""")
def _():
    p = Box(0.6, 0.6, 0.1) - Box(0.4, 0.4, 1.0)
    for sx in (-1, 1):
        for sy in (-1, 1):
            p -= hole(0.04, sx * 0.25, sy * 0.25)
    return p


@part("t623", "intermediate", """
Create a U-shaped bracket. Begin by sketching a rectangle 0.5 units long and 0.3 units
wide and extrude it 0.05 units to form the base plate. At each short end of the base, add
an upright wall 0.05 units thick that spans the full 0.3 unit width, flush with the end of
the base, so that the overall height of the bracket is 0.25 units. Finally, cut a circular
hole of diameter 0.1 units through the centre of the base plate.""")
def _():
    p = Box(0.5, 0.3, 0.05, align=MIN)
    for sx in (-1, 1):
        p += Pos(sx * 0.225, 0, 0) * Box(0.05, 0.3, 0.25, align=MIN)
    return p - hole(0.1)


@part("t624", "intermediate", """
Begin by sketching a regular hexagon measuring 0.5 units across its flats, with two of its
sides parallel to the length direction, and extrude it 0.2 units. Next, cut a central
circular hole with a diameter of 0.25 units through the full thickness. The final shape
resembles a hexagonal nut without threads.""")
def _():
    return extrude(RegularPolygon(0.25, 6, major_radius=False), 0.2) - hole(0.25)


@part("t625", "intermediate", """
Start by sketching a rectangle 0.75 units long and 0.25 units wide and extrude it 0.1
units to form a base. On the top face, sketch two circles of diameter 0.2 units on the
centreline, with centres 0.15 units from each short end, and extrude them 0.15 units
upward to form two cylindrical bosses. Then cut a hole of diameter 0.1 units along the
axis of each boss, through both the boss and the base. The final part is 0.25 units
tall.""")
def _():
    p = Box(0.75, 0.25, 0.1, align=MIN)
    for sx in (-1, 1):
        x = sx * (0.375 - 0.15)
        p += Pos(x, 0, 0.1) * Cylinder(0.1, 0.15, align=MIN)
        p -= hole(0.1, x)
    return p


# ---------------------------------------------------------------- cadprompt
@part("t626", "cadprompt", """
A 60 mm diameter flange, 10 mm thick, with a 20 mm central bore and six 6 mm holes
equally spaced on a 45 mm bolt circle.""")
def _():
    return Cylinder(30, 10) - hole(20, h=100) - bolt_circle(6, 45, 6, h=100)


@part("t627", "cadprompt", """
A rectangular mounting plate 100 mm by 60 mm and 8 mm thick, with four 8 mm through holes
whose centres are 10 mm in from both adjacent edges at each corner.""")
def _():
    p = Box(100, 60, 8)
    for sx in (-1, 1):
        for sy in (-1, 1):
            p -= hole(8, sx * 40, sy * 20, h=100)
    return p


@part("t628", "cadprompt", """
An L-shaped angle bracket made of 5 mm plate, 40 mm wide. The base leg is 50 mm long and
the upright leg is 50 mm tall, both measured to the outside of the corner. Each leg has one
8 mm hole centred across the width: the hole in the base is 30 mm from the outer face of
the upright, and the hole in the upright is 30 mm above the underside of the base.""")
def _():
    p = Box(50, 40, 5, align=BOT) + Box(5, 40, 50, align=BOT)
    p -= hole(8, 30, 0, h=100)
    p -= Pos(0, 0, 30) * Rot(0, 90, 0) * Cylinder(4, 100)
    return p


@part("t629", "cadprompt", """
A three-step shaft: a 30 mm diameter section 40 mm long, followed by a 20 mm diameter
section 30 mm long and a 12 mm diameter section 20 mm long, all on a common axis (90 mm
overall).""")
def _():
    return (Cylinder(15, 40, align=MIN)
            + Pos(0, 0, 40) * Cylinder(10, 30, align=MIN)
            + Pos(0, 0, 70) * Cylinder(6, 20, align=MIN))


@part("t630", "cadprompt", """
A cylindrical spacer sleeve with a 40 mm outer diameter, a 25 mm inner diameter and a
length of 15 mm.""")
def _():
    return Cylinder(20, 15) - hole(25, h=100)


@part("t631", "cadprompt", """
A rectangular frame 120 mm by 80 mm overall and 15 mm high, with 10 mm wide walls all
round enclosing a single rectangular opening.""")
def _():
    return Box(120, 80, 15) - Box(100, 60, 100)


@part("t632", "cadprompt", """
An open-top rectangular housing measuring 80 x 50 x 30 mm externally, with 3 mm thick side
walls and a 3 mm thick bottom.""")
def _():
    return Box(80, 50, 30, align=MIN) - Pos(0, 0, 3) * Box(74, 44, 100, align=MIN)


@part("t633", "cadprompt", """
A 60 x 40 x 30 mm rectangular block (30 mm tall) with a rectangular rebate cut along one of
its 60 mm top edges over the full length; the rebate is 20 mm wide and 15 mm deep.""")
def _():
    blk = Box(60, 40, 30, align=MIN)
    return blk - Pos(0, 20, 15) * Box(100, 20, 100, align=(Align.CENTER, Align.MAX, Align.MIN))


@part("t634", "cadprompt", """
A T-section block 50 mm long. The T profile has an 80 mm wide, 10 mm thick flange and a
20 mm thick web centred beneath it that extends 40 mm below the flange, for an overall
height of 50 mm.""")
def _():
    return (Pos(0, 0, 40) * Box(80, 50, 10, align=MIN)) + Box(20, 50, 40, align=MIN)


@part("t635", "cadprompt", """
A solid cylinder 50 mm in diameter and 40 mm tall with a concentric blind hole 25 mm in
diameter and 20 mm deep bored into its top face.""")
def _():
    return Cylinder(25, 40, align=MIN) - Pos(0, 0, 20) * Cylinder(12.5, 100, align=MIN)


@part("t636", "cadprompt", """
A U-block 60 mm long, 40 mm wide and 30 mm tall, with a 20 mm wide, 20 mm deep slot
running the full length along the middle of the top face.""")
def _():
    return Box(60, 40, 30, align=MIN) - Pos(0, 0, 10) * Box(100, 20, 100, align=MIN)


@part("t637", "cadprompt", """
A plain flat washer: 24 mm outside diameter, 13 mm hole, 2.5 mm thick.""")
def _():
    return Cylinder(12, 2.5) - hole(13, h=100)


@part("t638", "cadprompt", """
A simple bearing housing block 70 mm long, 30 mm deep and 40 mm tall. A 24 mm bore runs
horizontally through the 30 mm depth, centred along the length with its axis 25 mm above
the base. Two 8 mm vertical mounting holes pass from top to bottom, centred in the depth
and 10 mm from each end of the block.""")
def _():
    p = Box(70, 30, 40, align=MIN)
    p -= Pos(0, 0, 25) * Rot(90, 0, 0) * Cylinder(12, 100)
    for sx in (-1, 1):
        p -= hole(8, sx * 25, 0, h=200)
    return p


@part("t639", "cadprompt", """
A hubbed flange: an 80 mm diameter disc 12 mm thick with a 40 mm diameter hub projecting
20 mm from one face (32 mm overall), a 25 mm bore through the hub and disc, and four 9 mm
holes equally spaced on a 62 mm pitch circle.""")
def _():
    p = Cylinder(40, 12, align=MIN) + Pos(0, 0, 12) * Cylinder(20, 20, align=MIN)
    return p - hole(25, h=200) - bolt_circle(9, 62, 4, h=200)


@part("t640", "cadprompt", """
An 80 x 40 x 6 mm plate with a central 10 mm wide slot with rounded ends, 30 mm long
overall, running along the length of the plate, plus two 6 mm holes on the centreline
with centres 10 mm from each short end.""")
def _():
    p = Box(80, 40, 6) - Pos(0, 0, -50) * extrude(SlotOverall(30, 10), 100)
    for sx in (-1, 1):
        p -= hole(6, sx * 30, 0, h=100)
    return p


# ------------------------------------------------------------------ driver
def sig(x, n=4):
    return float(f"{x:.{n}g}")


def genus_of(shape, tol):
    with tempfile.TemporaryDirectory() as td:
        fn = os.path.join(td, "p.stl")
        export_stl(shape, fn, tolerance=tol, angular_tolerance=0.1)
        m = trimesh.load(fn)
    assert m.is_watertight, "mesh not watertight"
    return round((2 - m.euler_number) / 2)


def main():
    rows = []
    counts = {}
    for pid, level, prompt, fn in PARTS:
        shp = fn()
        solids = shp.solids()
        assert len(solids) == 1, (pid, len(solids))
        solid = solids[0]
        assert solid.is_valid, pid
        bb = solid.bounding_box()
        ext = sorted(round(v, 4) for v in (bb.size.X, bb.size.Y, bb.size.Z))
        vol = sig(solid.volume)
        tol = 0.0005 if level != "cadprompt" else 0.01
        g = genus_of(solid, tol)
        rows.append({"id": pid, "level": level, "prompt": prompt,
                     "expect": {"extents": ext, "volume": vol, "genus": g}})
        counts[level] = counts.get(level, 0) + 1
        print(pid, level, ext, vol, g)
    ids = [r["id"] for r in rows]
    assert ids == [f"t{n}" for n in range(601, 641)], ids
    with open(OUT, "w") as f:
        for r in rows:
            f.write(json.dumps(r) + "\n")
    return counts


if __name__ == "__main__":
    c = main()
    print(c)

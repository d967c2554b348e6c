# ruff: noqa
# Reference generator of the s-bodies set (session 5, issue 15 styles 5 and 6): first/then/finally
# descriptions with revolve, loft, sweep, shell and mirror, and parts made of several bodies fused
# into one solid. Written before reading the reader. Run: python tests/data/gen_steps_sbodies.py
import json
import math
import os

from build123d import *
from OCP.BRep import BRep_Tool

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "steps_sbodies.jsonl")
CASES = []


def case(cid, style, prompt, genus):
    def deco(fn):
        CASES.append(dict(id=cid, style=style, prompt=prompt.strip(), genus=genus, fn=fn))
        return fn
    return deco


def topo_genus(s):
    V = len(s.vertices())
    E = len([e for e in s.edges() if not BRep_Tool.Degenerated_s(e.wrapped)])
    F = len(s.faces())
    W = len(s.wires())
    return (2 - (V - E + 2 * F - W)) // 2


def cyl(r, h, x=0, y=0, z=0):
    return Pos(x, y, z) * Cylinder(r, h, align=(Align.CENTER, Align.CENTER, Align.MIN))


def xcyl(r, x0, x1, y=0, z=0):
    return Pos(x0, y, z) * Rot(0, 90, 0) * Cylinder(r, x1 - x0, align=(Align.CENTER, Align.CENTER, Align.MIN))


def box(x0, y0, z0, x1, y1, z1):
    return Pos(x0, y0, z0) * Box(x1 - x0, y1 - y0, z1 - z0, align=Align.MIN)


def revolve_xz(pts, angle=360):
    face = Plane.XZ * Polygon(*pts, align=None)
    return revolve(face, Axis.Z, angle)


# ====================================================== style 5: first / then / finally
@case("b01", 5, """
First, on the XZ plane, sketch a closed outline through the points (0,0), (15,0), (15,10), (6,10), (6,40) and (0,40) (X is the radius, Z the height, in mm). Then revolve it a full turn about the Z axis to make a headed pin.
""", 0)
def b01():
    return revolve_xz([(0, 0), (15, 0), (15, 10), (6, 10), (6, 40), (0, 40)])


@case("b02", 5, """
Start by drawing a rectangle in the XZ plane that runs from X = 30 to X = 50 and from Z = 0 to Z = 10. Then revolve that rectangle 180 degrees about the Z axis, giving a half ring.
""", 0)
def b02():
    return revolve_xz([(30, 0), (50, 0), (50, 10), (30, 10)], 180)


@case("b03", 5, """
First sketch a 10 mm x 5 mm rectangle in the XZ plane with corners at (10, 0) and (20, 5). Then revolve it 90 degrees around the Z axis. That's the whole part: a quarter segment of a flat ring.
""", 0)
def b03():
    return revolve_xz([(10, 0), (20, 0), (20, 5), (10, 5)], 90)


@case("b04", 5, """
First, in the XZ plane, draw the profile (10,0), (25,0), (25,4), (10,4) - a rectangle sitting 10 mm off the Z axis. Then revolve it 360 degrees around Z. Finally that is our washer, 50 mm across with a 20 mm hole.
""", 1)
def b04():
    return revolve_xz([(10, 0), (25, 0), (25, 4), (10, 4)])


@case("b05", 5, """
First draw a 40 mm square centred on the origin in the XY plane. Then make a second sketch on a plane offset 30 mm upward: a circle 20 mm in diameter, also centred. Finally loft from the square to the circle to get a solid transition.
""", 0)
def b05():
    return loft([Rectangle(40, 40), Plane.XY.offset(30) * Circle(10)])


@case("b06", 5, """
First sketch a circle of 50 mm diameter on the XY plane. Then, 25 mm above it, sketch a circle of 30 mm diameter on the same axis. Finally loft between the two circles.
""", 0)
def b06():
    return loft([Circle(25), Plane.XY.offset(25) * Circle(15)])


@case("b07", 5, """
First draw a 40 x 40 mm square on the XY plane. Then draw a 20 x 20 mm square on a parallel plane 50 mm higher, centred above the first. Then loft between them with ruled sides to make a square frustum. Finally drill a 8 mm hole straight down through the centre.
""", 1)
def b07():
    p = loft([Rectangle(40, 40), Plane.XY.offset(50) * Rectangle(20, 20)], ruled=True)
    return p - cyl(4, 50)


@case("b08", 5, """
First sketch a rectangle 10 mm by 6 mm on the XY plane, centred on the origin. Then sweep it along a straight path 80 mm up the Z axis.
""", 0)
def b08():
    return box(-5, -3, 0, 5, 3, 80)


@case("b09", 5, """
First sketch a 10 mm diameter circle on the XY plane at the origin. Then draw a quarter-circle path in the XZ plane with a 50 mm radius, centred at (50, 0, 0), starting at the origin going up and curving over towards +X to end at (50, 0, 50). Finally sweep the circle along the arc to make a bent solid rod.
""", 0)
def b09():
    arc = Edge.make_circle(50, Plane(origin=(50, 0, 0), x_dir=(1, 0, 0), z_dir=(0, -1, 0)), 90, 180)
    return sweep(Circle(5), Wire([arc]))


@case("b10", 5, """
First sketch two concentric circles at the origin on the XY plane, 20 mm and 14 mm in diameter. Then sweep the ring between them along a straight line 60 mm long in +Z, giving a tube.
""", 1)
def b10():
    return cyl(10, 60) - cyl(7, 60)


@case("b11", 5, """
First make a box 60 mm long, 40 mm wide and 30 mm high. Then shell it with a wall thickness of 2 mm, removing the top face, so you get an open tray.
""", 0)
def b11():
    p = box(-30, -20, 0, 30, 20, 30)
    return offset(p, amount=-2, openings=p.faces().sort_by(Axis.Z)[-1])


@case("b12", 5, """
Start with a 50 mm diameter cylinder 40 mm tall. Then hollow it out (shell) with 3 mm walls, leaving the top face open, to make a cup.
""", 0)
def b12():
    p = cyl(25, 40)
    return offset(p, amount=-3, openings=p.faces().sort_by(Axis.Z)[-1])


@case("b13", 5, """
First model a bar 25 mm long in X, 16 mm wide and 8 mm thick that runs from X = 0 to X = 25, centred on Y = 0 and sitting on the XY plane. Then mirror it about the YZ plane to get a 50 mm bar. Finally drill a 6 mm hole through the middle of the bar.
""", 1)
def b13():
    return box(-25, -8, 0, 25, 8, 8) - cyl(3, 8)


@case("b14", 5, """
First make a plate 40 x 30 x 5 mm with one corner at the origin, lying on the XY plane. Then put a 10 mm diameter peg 15 mm tall on its top face at X = 30, Y = 15. Finally mirror the plate and peg about the YZ plane.
""", 0)
def b14():
    p = box(-40, 0, 0, 40, 30, 5)
    return p + cyl(5, 15, 30, 15, 5) + cyl(5, 15, -30, 15, 5)


@case("b15", 5, """
First make a cylinder 30 mm in diameter and 20 mm tall. Then on its top face add a cone that tapers from 30 mm down to 10 mm diameter over 15 mm of height. Finally drill a 5 mm hole right through along the axis.
""", 1)
def b15():
    p = cyl(15, 20) + Pos(0, 0, 20) * Cone(15, 5, 15, align=(Align.CENTER, Align.CENTER, Align.MIN))
    return p - cyl(2.5, 35)


@case("b16", 5, """
Begin with a 12 mm x 12 mm square sketch on the YZ plane, centred at the origin. Next, sweep it along a straight line running 50 mm along the X axis. Finally put a 1 mm chamfer on all edges.
""", 0)
def b16():
    p = box(0, -6, -6, 50, 6, 6)
    return chamfer(p.edges(), 1)


@case("b17", 5, """
First create a 16 mm diameter rod along the Y axis from Y = 0 to Y = 60. Then add a 24 mm diameter sphere centred on the end at Y = 60. Finally add another identical sphere at Y = 0.
""", 0)
def b17():
    r = Pos(0, 0, 0) * Rot(-90, 0, 0) * Cylinder(8, 60, align=(Align.CENTER, Align.CENTER, Align.MIN))
    return r + Pos(0, 60, 0) * Sphere(12) + Sphere(12)


# ====================================================== style 6: several bodies fused
@case("b18", 6, """
L-bracket as one solid: a base plate 60 mm (X) by 40 mm (Y), 5 mm thick, corner at the origin, and an upright plate 60 mm wide and 5 mm thick standing along the back edge (Y = 35 to 40), 40 mm tall measured from the underside of the base. Union them.
""", 0)
def b18():
    return box(0, 0, 0, 60, 40, 5) + box(0, 35, 0, 60, 40, 40)


@case("b19", 6, """
Angle bracket with a gusset, one body:
- base: 100 x 50 x 8 mm plate on the XY plane, corner at the origin;
- upright: 100 mm wide, 8 mm thick, along the back edge (Y = 42 to 50), 60 mm tall overall;
- gusset: a triangular web 8 mm thick in the middle of the width (X = 46 to 54) in the inside corner, legs 35 mm along the base top and 35 mm up the upright.
""", 0)
def b19():
    p = box(0, 0, 0, 100, 50, 8) + box(0, 42, 0, 100, 50, 60)
    g = extrude(Plane.YZ.offset(46) * Polygon((42, 8), (7, 8), (42, 43), align=None), 8)
    return p + g


@case("b20", 6, """
A T-beam 150 mm long joined from two bars: a flange 80 mm wide and 8 mm thick on top, and a web 8 mm thick centred under it, the whole T being 60 mm deep. Both bars run the full length. Fuse into one solid.
""", 0)
def b20():
    return box(-40, 0, 52, 40, 150, 60) + box(-4, 0, 0, 4, 150, 52)


@case("b21", 6, """
U-channel 100 mm long made of three boxes fused together: a base 50 mm wide and 6 mm thick, with two 6 mm thick side walls standing on the outer edges of the base. The outside height is 30 mm.
""", 0)
def b21():
    return box(0, 0, 0, 50, 100, 6) + box(0, 0, 0, 6, 100, 30) + box(44, 0, 0, 50, 100, 30)


@case("b22", 6, """
A 50 x 50 x 10 mm block with a 20 mm diameter cylinder, 25 mm tall, standing on the centre of its top face. One solid.
""", 0)
def b22():
    return box(-25, -25, 0, 25, 25, 10) + cyl(10, 25, 0, 0, 10)


@case("b23", 6, """
Plate 80 x 50 x 8 mm. On the top face there is a round boss 16 mm in diameter and 10 mm high, its centre 20 mm from the left edge and centred across the width. Union boss and plate.
""", 0)
def b23():
    return box(0, 0, 0, 80, 50, 8) + cyl(8, 10, 20, 25, 8)


@case("b24", 6, """
A flat plate 100 mm long, 60 mm wide and 6 mm thick, with a stiffening rib 4 mm thick and 15 mm tall running the full 100 mm length along the middle of the top face. Join the rib to the plate.
""", 0)
def b24():
    return box(0, 0, 0, 100, 60, 6) + box(0, 28, 6, 100, 32, 21)


@case("b25", 6, """
Stacked turned part, all on one vertical axis and fused together:
- a base disc 40 mm in diameter and 5 mm thick;
- on top of it a 25 mm diameter cylinder 20 mm tall;
- on top of that a 10 mm diameter pin 10 mm long.
""", 0)
def b25():
    return cyl(20, 5) + cyl(12.5, 20, 0, 0, 5) + cyl(5, 10, 0, 0, 25)


@case("b26", 6, """
Flange nut as one body: a round flange 24 mm in diameter and 3 mm thick with a hexagon 17 mm across flats and 10 mm tall sitting on top of it on the same axis. A 10 mm hole goes through the middle of both.
""", 1)
def b26():
    hexa = Pos(0, 0, 3) * extrude(RegularPolygon(17 / math.sqrt(3), 6), 10)
    return cyl(12, 3) + hexa - cyl(5, 13)


@case("b27", 6, """
A knob built from stacked shapes on one axis: a grip disc 30 mm in diameter and 10 mm thick, with a 16 mm diameter cylinder 6 mm tall on top, capped with a 16 mm diameter hemisphere. Fuse everything.
""", 0)
def b27():
    p = cyl(15, 10) + cyl(8, 6, 0, 0, 10)
    return p + (Pos(0, 0, 16) * Sphere(8) & box(-9, -9, 16, 9, 9, 25))


@case("b28", 6, """
Union of two boxes: the first 30 x 20 x 10 mm with its corner at the origin (X 0 to 30, Y 0 to 20, Z 0 to 10); the second 10 x 20 x 30 mm running from X = 30 to X = 40, Y = 0 to 20 and Z = 0 to 30.
""", 0)
def b28():
    return box(0, 0, 0, 30, 20, 10) + box(30, 0, 0, 40, 20, 30)


@case("b29", 6, """
Two flat bars, each 100 mm long, 20 mm wide and 10 mm thick, crossing at right angles at their centres to make a plus shape. Fuse them into one solid.
""", 0)
def b29():
    return box(-50, -10, 0, 50, 10, 10) + box(-10, -50, 0, 10, 50, 10)


@case("b30", 6, """
A 40 mm cube centred on the origin with a 20 mm diameter rod along the X axis through its centre; the rod is 80 mm long, so it sticks out 20 mm on each side. Union the cube and the rod.
""", 0)
def b30():
    return box(-20, -20, -20, 20, 20, 20) + xcyl(10, -40, 40)


@case("b31", 6, """
Make a small table as one solid: a top 400 x 300 x 20 mm and four 30 x 30 mm square legs 400 mm long, one under each corner, flush with the outside edges of the top. The table stands 420 mm tall.
""", 0)
def b31():
    p = box(0, 0, 400, 400, 300, 420)
    for x in (0, 370):
        for y in (0, 270):
            p += box(x, y, 0, x + 30, y + 30, 400)
    return p


@case("b32", 6, """
A 60 x 60 x 8 mm base plate with a tube standing on the centre of its top face: 30 mm outside diameter, 20 mm inside diameter and 25 mm tall. The 20 mm bore continues down through the plate. One solid.
""", 1)
def b32():
    return box(-30, -30, 0, 30, 30, 8) + cyl(15, 25, 0, 0, 8) - cyl(10, 33)


@case("b33", 6, """
Hinge leaf and knuckle unioned: the leaf is a plate 40 mm long (X), 30 mm wide (Y) and 3 mm thick, from Y = 0 to Y = 30 on Z = 0; the knuckle is an 8 mm diameter cylinder 40 mm long along the Y = 30 edge, axis parallel to X at Y = 30, Z = 4. A 3 mm pin hole runs right along the knuckle axis.
""", 1)
def b33():
    p = box(0, 0, 0, 40, 30, 3) + xcyl(4, 0, 40, 30, 4)
    return p - xcyl(1.5, 0, 40, 30, 4)


@case("b34", 6, """
A post on a base: a 40 x 40 x 6 mm plate, a 10 mm diameter post 50 mm tall standing on the centre of the plate's top face, and a 16 mm diameter ball centred on the top end of the post. Merge all three.
""", 0)
def b34():
    return box(-20, -20, 0, 20, 20, 6) + cyl(5, 50, 0, 0, 6) + Pos(0, 0, 56) * Sphere(8)


def main():
    rows = []
    for c in CASES:
        s = c["fn"]()
        sol = s.solids()
        assert len(sol) == 1, (c["id"], len(sol))
        s = sol[0]
        assert s.is_valid, c["id"]
        g = topo_genus(s)
        assert g == c["genus"], (c["id"], g, c["genus"])
        bb = s.bounding_box().size
        rows.append({"id": c["id"], "style": c["style"], "prompt": c["prompt"],
                     "expect": {"extents": sorted(round(x, 3) for x in (bb.X, bb.Y, bb.Z)),
                                "volume": round(s.volume, 1), "genus": c["genus"]}})
    with open(OUT, "w") as f:
        for r in rows:
            f.write(json.dumps(r) + "\n")
    print(f"wrote {len(rows)} rows to {OUT}")


if __name__ == "__main__":
    main()

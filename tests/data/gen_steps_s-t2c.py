# ruff: noqa
"""Builds tests/data/steps_s-t2c_prompts.jsonl: Text2CAD beginner / intermediate / expert, new shapes and values.

Written for the s-t2c branch (issue 15, session 7) before changing the reader, after studying the
classes text2cad7 and steps7 style 1 missed: tiny normalised-unit parts whose prose says "profile",
"outline" or "the plate's centre line" (read as a 2D / path request), L / T / U sections given by
their legs, frames with several openings, stepped shafts given section by section, a hex with a
collar below, disc-and-arm links, blocks with a bore along their length plus blind holes on top.
Every case is phrased differently from those prompts and uses other values and shapes. Expert
cases are generated from one spec so the text and the reference agree (Text2CAD's convention:
Euler angles are scipy's extrinsic "zyx" angles of the matrix whose rows are the sketch plane's
x, y and z axes; the sketch is drawn at size and its "sketch scale" is its largest extent).
Sizes in normalised units are kept as given (the reader writes them as mm; the checker compares
numbers). References are measured as ../shared/eval/check_prompts.py measures a result.

Run from the project root: `python tests/data/gen_steps_s-t2c.py` (rewrites the .jsonl).
"""

import json
import math
import os
import tempfile
from pathlib import Path

from build123d import *
from scipy.spatial.transform import Rotation

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


def prism(points, h):
    return extrude(Polygon(*points, align=None), h)


# ------------------------------------------------------------------ beginner

@case("u01", "beginner", """Make a rectangular tile 0.6 units long, 0.25 units wide and 0.03 units thick. Drill two
holes of diameter 0.06 units through it, one 0.12 units from each short end, on the tile's centre line.""")
def u01():
    return box(0.6, 0.25, 0.03) - cyl(0.06, 0.03, x=-0.18) - cyl(0.06, 0.03, x=0.18)


@case("u02", "beginner", """Create an angle section. Its profile is an L with a 0.35 unit leg and a 0.3 unit leg, each
0.05 units thick, measured over the outside. The profile is extruded to a length of 0.2 units.""")
def u02():
    return prism([(0, 0), (0.35, 0), (0.35, 0.05), (0.05, 0.05), (0.05, 0.3), (0, 0.3)], 0.2)


@case("u03", "beginner", """Design a thin square plate with sides of 0.5 units and a thickness of 0.02 units, with a circular
opening of 0.3 units diameter cut through its centre.""")
def u03():
    return box(0.5, 0.5, 0.02) - cyl(0.3, 0.02)


@case("u04", "beginner", """Build a small cylindrical rod with a diameter of 0.08 units and a length of 0.6 units.""")
def u04():
    return cyl(0.08, 0.6)


@case("u05", "beginner", """Create a washer with an outside diameter of 0.45 units, an inside diameter of 0.2 units and a
thickness of 0.03 units.""")
def u05():
    return cyl(0.45, 0.03) - cyl(0.2, 0.03)


@case("u06", "beginner", """Create a U-shaped channel. The outline of its cross-section is 0.4 units wide and 0.25 units
tall, with walls and a base 0.04 units thick. The section is extruded 0.5 units.""")
def u06():
    return prism([(0, 0), (0.4, 0), (0.4, 0.25), (0.36, 0.25), (0.36, 0.04), (0.04, 0.04), (0.04, 0.25), (0, 0.25)], 0.5)


@case("u07", "beginner", """Create a rectangular block 0.5 units long, 0.3 units wide and 0.15 units tall with a
through slot 0.2 units long and 0.06 units wide cut vertically through the centre of the block.""")
def u07():
    return box(0.5, 0.3, 0.15) - box(0.2, 0.06, 0.15)


@case("u08", "beginner", """Create a square frame whose outside measures 0.5 by 0.5 units, with a border 0.05 units wide all
round, and a thickness of 0.03 units.""")
def u08():
    return box(0.5, 0.5, 0.03) - box(0.4, 0.4, 0.03)


@case("u09", "beginner", """Create a hexagonal prism measuring 0.3 units across its flats and 0.4 units tall, with a
0.12 unit diameter hole along its axis.""")
def u09():
    return extrude(RegularPolygon(0.3 / math.sqrt(3), 6), 0.4) - cyl(0.12, 0.4)


@case("u10", "beginner", """Create a rectangular plate 0.7 units by 0.4 units and 0.025 units thick, with four holes of
0.05 units diameter, one near each corner, each hole's centre 0.06 units in from both edges.""")
def u10():
    p = box(0.7, 0.4, 0.025)
    for sx in (-1, 1):
        for sy in (-1, 1):
            p -= cyl(0.05, 0.025, x=sx * (0.35 - 0.06), y=sy * (0.2 - 0.06))
    return p


@case("u11", "beginner", """Create a T-section bar. The top flange of the profile is 0.3 units wide and 0.05 units thick;
the web is 0.05 units thick and the overall height of the T is 0.25 units. The T profile is extruded 0.4 units.""")
def u11():
    return prism([(-0.15, 0.2), (0.15, 0.2), (0.15, 0.25), (-0.15, 0.25)], 0.4) + prism(
        [(-0.025, 0), (0.025, 0), (0.025, 0.2), (-0.025, 0.2)], 0.4)


@case("u12", "beginner", """Make a cylinder 0.5 units in diameter and 0.1 units high with a blind hole 0.2 units in
diameter and 0.05 units deep in the centre of its top face.""")
def u12():
    return cyl(0.5, 0.1) - cyl(0.2, 0.05, z0=0.05)


@case("u13", "beginner", """Create a rectangular plate 0.75 units long, 0.35 units wide and 0.04 units thick with three
0.07 unit holes equally spaced along its centre line, the middle hole at the centre and the outer holes 0.25 units
from it.""")
def u13():
    p = box(0.75, 0.35, 0.04)
    for x in (-0.25, 0, 0.25):
        p -= cyl(0.07, 0.04, x=x)
    return p


@case("u14", "beginner", """Create a small cube with 0.3 unit edges and a 0.1 unit diameter hole running through it from
one side face to the opposite side face, through the centre.""")
def u14():
    return box(0.3, 0.3, 0.3) - Pos(0, 0, 0.15) * Rot(0, 90, 0) * Cylinder(0.05, 0.3)


# ------------------------------------------------------------------ intermediate

@case("u21", "intermediate", """Model a stepped pin of two coaxial cylindrical sections placed end to end. The head is
0.25 units in diameter and 0.1 units long; the shank that follows is 0.12 units in diameter and 0.4 units long, for an
overall length of 0.5 units.""")
def u21():
    return cyl(0.25, 0.1) + cyl(0.12, 0.4, z0=0.1)


@case("u22", "intermediate", """The part is a window frame with two openings. Its outline is 0.6 units long and 0.4 units
wide, 0.04 units thick. The border is 0.05 units wide on every side and a central bar 0.05 units wide divides the inside
along the long direction into two equal openings, each 0.5 units long and 0.125 units wide.""")
def u22():
    return box(0.6, 0.4, 0.04) - box(0.5, 0.125, 0.04, y=0.0875) - box(0.5, 0.125, 0.04, y=-0.0875)


@case("u23", "intermediate", """The object is a hexagonal head with a round washer face. The hexagonal part is 0.4 units
across the flats and 0.15 units thick. Below it, concentric with it, is a circular washer face 0.38 units in diameter and
0.03 units thick. A 0.2 unit diameter hole runs through the full height of the part.""")
def u23():
    return cyl(0.38, 0.03) + Pos(0, 0, 0.03) * extrude(RegularPolygon(0.4 / math.sqrt(3), 6), 0.15) - cyl(0.2, 0.18)


@case("u24", "intermediate", """This part is a lever. It is a round boss 0.3 units in diameter and 0.06 units thick with a
straight arm of the same thickness. The arm is 0.1 units wide, centred on the boss's centre line, and runs from the centre
of the boss out to 0.5 units from it. A 0.12 unit hole goes through the boss centre and a 0.05 unit hole goes through
the arm 0.42 units from the boss centre.""")
def u24():
    p = cyl(0.3, 0.06) + box(0.5, 0.1, 0.06, x=0.25)
    return p - cyl(0.12, 0.06) - cyl(0.05, 0.06, x=0.42)


@case("u25", "intermediate", """The model is a square bar 0.7 units long with a 0.3 by 0.3 unit section. A round hole 0.12
units in diameter runs the full length of the bar along its axis. The top face has one blind hole 0.08 units in diameter
and 0.05 units deep at its middle; it does not reach the long hole.""")
def u25():
    p = Pos(0, 0, 0.15) * Box(0.7, 0.3, 0.3) - Pos(0, 0, 0.15) * Rot(0, 90, 0) * Cylinder(0.06, 0.7)
    return p - cyl(0.08, 0.05, z0=0.25)


@case("u26", "intermediate", """Model an L-shaped bracket made of two plates 0.05 units thick. The base plate is 0.5 units
by 0.3 units. The upright plate is 0.5 units wide and stands along one of the 0.5 unit edges of the base, rising to an
overall height of 0.35 units; the plates share the outside corner. The base plate has one 0.08 unit hole at its centre
and the upright has one 0.08 unit hole at its centre.""")
def u26():
    base = Pos(0, 0.15, 0) * Box(0.5, 0.3, 0.05, align=MINZ)
    up = Pos(0, 0.025, 0.05) * Box(0.5, 0.05, 0.3, align=MINZ)
    p = base + up
    p -= Pos(0, 0.175, 0) * Cylinder(0.04, 0.05, align=MINZ)
    p -= Pos(0, 0.025, 0.2) * Rot(90, 0, 0) * Cylinder(0.04, 0.05)
    return p


@case("u27", "intermediate", """Create a stepped shaft of three coaxial sections. The first section is 0.15 units in
diameter and 0.2 units long, the middle collar is 0.25 units in diameter and 0.1 units long, and the final section is
0.1 units in diameter and 0.3 units long.""")
def u27():
    return cyl(0.15, 0.2) + cyl(0.25, 0.1, z0=0.2) + cyl(0.1, 0.3, z0=0.3)


@case("u28", "intermediate", """The part is a rectangular base 0.6 units long, 0.4 units wide and 0.08 units thick. On top of
it, in the centre, stands a cylindrical boss 0.2 units in diameter and 0.15 units tall. A 0.1 unit hole passes through
the boss and the base.""")
def u28():
    return box(0.6, 0.4, 0.08) + cyl(0.2, 0.15, z0=0.08) - cyl(0.1, 0.23)


@case("u29", "intermediate", """The object is a flat plate 0.75 units long, 0.45 units wide and 0.05 units thick with a
rectangular cut-out 0.2 units by 0.15 units in the middle and a 0.06 unit hole near each of its four corners, 0.07 units
from both adjacent edges.""")
def u29():
    p = box(0.75, 0.45, 0.05) - box(0.2, 0.15, 0.05)
    for sx in (-1, 1):
        for sy in (-1, 1):
            p -= cyl(0.06, 0.05, x=sx * (0.375 - 0.07), y=sy * (0.225 - 0.07))
    return p


@case("u30", "intermediate", """Create a ring-shaped spacer whose profile is two concentric circles, the outer one 0.6 units
in diameter and the inner one 0.44 units in diameter, extruded to a height of 0.12 units.""")
def u30():
    return cyl(0.6, 0.12) - cyl(0.44, 0.12)


@case("u31", "intermediate", """The model is a rectangular block 0.5 units long, 0.3 units wide and 0.2 units high with a
rectangular pocket on its top face. The pocket is 0.3 units long, 0.16 units wide and 0.08 units deep and is centred. Two
0.05 unit holes go through the floor of the pocket, 0.1 units either side of the centre along the length.""")
def u31():
    p = box(0.5, 0.3, 0.2) - box(0.3, 0.16, 0.08, z0=0.12)
    return p - cyl(0.05, 0.2, x=-0.1) - cyl(0.05, 0.2, x=0.1)


@case("u32", "intermediate", """This is a flange: a circular disc 0.6 units in diameter and 0.06 units thick with a 0.2 unit
centre bore and six 0.05 unit bolt holes evenly spaced on a 0.45 unit diameter circle.""")
def u32():
    p = cyl(0.6, 0.06) - cyl(0.2, 0.06)
    for i in range(6):
        a = 2 * math.pi * i / 6
        p -= cyl(0.05, 0.06, x=0.225 * math.cos(a), y=0.225 * math.sin(a))
    return p


# ------------------------------------------------------------------ expert (generated from one spec)

def _f(v):
    return f"{v:.4f}".rstrip("0").rstrip(".") if abs(v) >= 1e-9 else "0.0"


def _f1(v):
    s = _f(v)
    return s if "." in s else s + ".0"


def plane_of(euler, origin):
    rows = Rotation.from_euler("zyx", euler, degrees=True).as_matrix()
    return Plane(origin=origin, x_dir=tuple(rows[0]), z_dir=tuple(rows[2]))


def face_of(loops):
    """Loops: lists of ("line", p0, p1) / ("arc", p0, mid, p1) / ("circle", c, r); the first is the outline."""
    faces = []
    for loop in loops:
        if loop[0][0] == "circle":
            _, c, r = loop[0]
            faces.append(Pos(c[0], c[1]) * Circle(r))
        else:
            edges = []
            for e in loop:
                if e[0] == "line":
                    edges.append(Line(e[1], e[2]))
                else:
                    edges.append(ThreePointArc(e[1], e[2], e[3]))
            faces.append(make_face(edges))
    f = faces[0]
    for h in faces[1:]:
        f = f - h
    return f


def _loop_text(i, loop, voice):
    if loop[0][0] == "circle":
        _, c, r = loop[0]
        if voice == 0:
            return f"In loop {i}, draw a circle with center ({_f1(c[0])}, {_f1(c[1])}) and radius {_f1(r)}."
        return f"The {['first', 'second', 'third', 'fourth', 'fifth', 'sixth'][i - 1]} loop is a circle centred at ({_f1(c[0])}, {_f1(c[1])}) with a radius of {_f1(r)}."
    n_l = sum(1 for e in loop if e[0] == "line")
    n_a = len(loop) - n_l
    words = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"]
    kinds = f"{words[n_l]} lines" + (f" and {words[n_a]} arcs" if n_a else "")
    parts, li, ai = [], 0, 0
    for e in loop:
        if e[0] == "line":
            li += 1
            parts.append(f"line {li} from ({_f1(e[1][0])}, {_f1(e[1][1])}) to ({_f1(e[2][0])}, {_f1(e[2][1])})")
        else:
            ai += 1
            parts.append(f"arc {ai} from ({_f1(e[1][0])}, {_f1(e[1][1])}) through ({_f1(e[2][0])}, {_f1(e[2][1])}) "
                         f"to ({_f1(e[3][0])}, {_f1(e[3][1])})")
    if voice == 0:
        return f"In loop {i}, draw {kinds}: " + "; ".join(parts) + "."
    return f"The {['first', 'second', 'third', 'fourth', 'fifth', 'sixth'][i - 1]} loop has {kinds}: " + ", ".join(parts) + "."


def expert(parts, voice=0, dims=None):
    """(prompt, shape) from parts: dicts with euler, t, faces (list of loop lists), towards, opposite, op."""
    texts, shape = [], None
    for k, p in enumerate(parts, 1):
        eu = "[" + ", ".join(_f1(x) for x in p["euler"]) + "]"
        tr = "[" + ", ".join(_f1(x) for x in p["t"]) + "]"
        pts = []
        for loops in p["faces"]:
            for loop in loops:
                for e in loop:
                    if e[0] == "circle":
                        (cx, cy), r = e[1], e[2]
                        pts += [(cx - r, cy - r), (cx + r, cy + r)]
                    else:
                        pts += [q for q in e[1:]]
        ext = max(max(x for x, _ in pts) - min(x for x, _ in pts), max(y for _, y in pts) - min(y for _, y in pts))
        scale = p.get("scale", ext)
        t = [f"Part {k}:"]
        if voice == 0:
            t.append(f"Create a new coordinate system with Euler angles {eu} and translation vector {tr}.")
        else:
            t.append(f"Begin by setting up a new coordinate system with the Euler angles set to {eu} and the translation vector set to {tr}.")
        for fi, loops in enumerate(p["faces"], 1):
            t.append(f"Draw a 2D sketch on face {fi}." if voice == 0 else f"On face {fi}, sketch the following.")
            for li, loop in enumerate(loops, 1):
                t.append(_loop_text(li, loop, voice))
        if voice == 0:
            t.append(f"Scale the sketch by {_f1(scale)}. Transform the scaled 2D sketch into 3D by rotating it with Euler "
                     f"angles {eu} and translating it by {tr}.")
        else:
            t.append(f"Apply a sketch scale of {_f1(scale)}, then rotate the sketch using the same Euler angles and move it "
                     f"with the same translation vector.")
        op = {"new": "creating a new solid body", "join": "adding material to the existing body",
              "cut": "removing material from the existing body"}[p["op"]]
        if voice == 0:
            t.append(f"Extrude the sketch {_f1(p['towards'])} units towards the normal and {_f1(p['opposite'])} units in the "
                     f"opposite direction of the normal, {op}.")
        else:
            t.append(f"Extrude the 2D sketch to a depth of {_f1(p['towards'])} units along the normal and {_f1(p['opposite'])} "
                     f"units opposite to it; this operation {op.replace('creating', 'creates').replace('adding', 'adds').replace('removing', 'removes')}.")
        texts.append(" ".join(t))
        pl = plane_of(p["euler"], p["t"])
        face = pl * face_of(loops) if len(p["faces"]) == 1 else None
        solid = None
        for loops in p["faces"]:
            f = pl * face_of(loops)
            pieces = []
            if p["towards"]:
                pieces.append(extrude(f, p["towards"], dir=pl.z_dir))
            if p["opposite"]:
                pieces.append(extrude(f, p["opposite"], dir=-pl.z_dir))
            s = pieces[0]
            for q in pieces[1:]:
                s = s + q
            solid = s if solid is None else solid + s
        if shape is None:
            shape = solid
        elif p["op"] == "cut":
            shape = shape - solid
        else:
            shape = shape + solid
    text = " ".join(texts)
    if dims:
        text += f" The final part measures {dims}."
    return text, shape


def rect_loop(x0, y0, x1, y1):
    return [("line", (x0, y0), (x1, y0)), ("line", (x1, y0), (x1, y1)), ("line", (x1, y1), (x0, y1)), ("line", (x0, y1), (x0, y0))]


def poly_loop(*pts):
    return [("line", pts[i], pts[(i + 1) % len(pts)]) for i in range(len(pts))]


def circ(cx, cy, r):
    return [("circle", (cx, cy), r)]


Z = (0.0, 0.0, 0.0)
EXPERT = []


def ex(cid, parts, voice=0, dims=None):
    prompt, shape = expert(parts, voice, dims)
    CASES.append((cid, "expert", prompt, lambda s=shape: s))


ex("u41", [dict(euler=Z, t=Z, faces=[[rect_loop(0, 0, 0.6, 0.3), circ(0.15, 0.15, 0.05), circ(0.45, 0.15, 0.05)]],
                towards=0.05, opposite=0.0, op="new")])
ex("u42", [dict(euler=(0.0, 0.0, -90.0), t=(0.0, 0.25, 0.0),
                faces=[[poly_loop((0, 0), (0.5, 0), (0.5, 0.06), (0.06, 0.06), (0.06, 0.4), (0, 0.4))]],
                towards=0.25, opposite=0.0, op="new")], voice=1)
ex("u43", [dict(euler=Z, t=Z, faces=[[circ(0.3, 0.3, 0.3)]], towards=0.08, opposite=0.0, op="new"),
           dict(euler=Z, t=(0.2, 0.2, 0.08), faces=[[circ(0.1, 0.1, 0.1)]], towards=0.15, opposite=0.0, op="join"),
           dict(euler=Z, t=(0.25, 0.25, 0.23), faces=[[circ(0.05, 0.05, 0.05)]], towards=0.0, opposite=0.23, op="cut")])
ex("u44", [dict(euler=(-90.0, 0.0, -90.0), t=(0.0, 0.0, 0.0),
                faces=[[poly_loop((0, 0), (0.4, 0), (0.4, 0.3), (0.34, 0.3), (0.34, 0.06), (0.06, 0.06), (0.06, 0.3), (0, 0.3))]],
                towards=0.6, opposite=0.0, op="new")], voice=0)
ex("u45", [dict(euler=Z, t=(0.0, 0.0, 0.03),
                faces=[[[("line", (0.1, 0.0), (0.5, 0.0)), ("arc", (0.5, 0.0), (0.6, 0.1), (0.5, 0.2)),
                         ("line", (0.5, 0.2), (0.1, 0.2)), ("arc", (0.1, 0.2), (0.0, 0.1), (0.1, 0.0))],
                        circ(0.1, 0.1, 0.04), circ(0.5, 0.1, 0.04)]],
                towards=0.03, opposite=0.03, op="new")], voice=1)
ex("u46", [dict(euler=Z, t=Z, faces=[[rect_loop(0, 0, 0.5, 0.5)]], towards=0.3, opposite=0.0, op="new"),
           dict(euler=Z, t=(0.1, 0.1, 0.3), faces=[[rect_loop(0, 0, 0.3, 0.3)]], towards=0.0, opposite=0.1, op="cut")])
ex("u47", [dict(euler=(0.0, 0.0, -90.0), t=(0.0, 0.7, 0.0), faces=[[circ(0.08, 0.08, 0.08)]], towards=0.7, opposite=0.0, op="new"),
           dict(euler=(0.0, 0.0, -90.0), t=(0.03, 0.75, 0.03), faces=[[circ(0.05, 0.05, 0.05)]], towards=0.05, opposite=0.0, op="join")],
   voice=1)
ex("u48", [dict(euler=Z, t=Z, faces=[[poly_loop((0.1, 0.0), (0.3, 0.0), (0.4, 0.1732), (0.3, 0.3464), (0.1, 0.3464), (0.0, 0.1732)),
                                       circ(0.2, 0.1732, 0.08)]], towards=0.15, opposite=0.0, op="new")])
ex("u49", [dict(euler=Z, t=Z, faces=[[rect_loop(0, 0, 0.7, 0.2)]], towards=0.1, opposite=0.0, op="new"),
           dict(euler=Z, t=(0.0, 0.0, 0.1), faces=[[rect_loop(0, 0, 0.2, 0.2)]], towards=0.2, opposite=0.0, op="join"),
           dict(euler=Z, t=(0.5, 0.0, 0.1), faces=[[rect_loop(0, 0, 0.2, 0.2)]], towards=0.2, opposite=0.0, op="join")],
   voice=1)
ex("u50", [dict(euler=(-90.0, 0.0, -90.0), t=(0.0, 0.0, 0.0), faces=[[circ(0.15, 0.15, 0.15), circ(0.15, 0.15, 0.1)]],
                towards=0.45, opposite=0.0, op="new")])
ex("u51", [dict(euler=Z, t=Z, faces=[[[("line", (0.0, 0.0), (0.6, 0.0)), ("line", (0.6, 0.0), (0.6, 0.2)),
                                        ("arc", (0.6, 0.2), (0.3, 0.5), (0.0, 0.2)), ("line", (0.0, 0.2), (0.0, 0.0))],
                                       circ(0.3, 0.2, 0.1)]], towards=0.12, opposite=0.0, op="new")], voice=1)
ex("u52", [dict(euler=Z, t=Z, faces=[[rect_loop(0, 0, 0.75, 0.4)]], towards=0.06, opposite=0.0, op="new"),
           dict(euler=Z, t=(0.0, 0.0, 0.06), faces=[[circ(0.1, 0.1, 0.03)], [circ(0.65, 0.1, 0.03)], [circ(0.1, 0.3, 0.03)],
                                                     [circ(0.65, 0.3, 0.03)]], towards=0.0, opposite=0.06, op="cut")])


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
    out = Path(__file__).with_name("steps_s-t2c_prompts.jsonl")
    rows = []
    for cid, level, prompt, fn in CASES:
        rows.append({"id": cid, "level": level, "prompt": prompt, "expect": measure(fn())})
    out.write_text("".join(json.dumps(r) + "\n" for r in rows))
    print(f"wrote {len(rows)} cases to {out}")


if __name__ == "__main__":
    main()

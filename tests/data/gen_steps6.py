# ruff: noqa
# Reference generator of a held-out set of session 5, written by a helper who saw no code or sets; kept as written.
# Run with build123d installed; it writes the set next to itself under the name the writer gave it.
"""Generator for /work/corpora/held5/steps6.jsonl: 60 step-by-step CAD descriptions (s601..s660, 6 styles x 10)
with expected extents / volume / genus computed from build123d reference models that follow each text literally."""
import math, json, tempfile, os
import numpy as np
from build123d import *
import trimesh

def fmt(v):
    s = f"{v:.4f}".rstrip('0')
    if s.endswith('.'): s += '0'
    return s

def pt(p): return "(" + ", ".join(fmt(c) for c in p) + ")"
def vec(p): return "[" + ", ".join(fmt(c) for c in p) + "]"

def rotm(e):
    a, b, c = [math.radians(x) for x in e]
    Rx = np.array([[1,0,0],[0,math.cos(a),-math.sin(a)],[0,math.sin(a),math.cos(a)]])
    Ry = np.array([[math.cos(b),0,math.sin(b)],[0,1,0],[-math.sin(b),0,math.cos(b)]])
    Rz = np.array([[math.cos(c),-math.sin(c),0],[math.sin(c),math.cos(c),0],[0,0,1]])
    return Rz @ Ry @ Rx

NUM = {1:"one",2:"two",3:"three",4:"four",5:"five",6:"six",7:"seven",8:"eight"}
ORD = ["first","second","third","fourth","fifth","sixth","seventh","eighth","ninth","tenth"]

def loop_text(i, loop):
    if loop[0][0] == 'circle':
        _, c, r = loop[0]
        return f"In loop {i}, draw a circle with center {pt(c)} and radius {fmt(r)}."
    nl = sum(1 for s in loop if s[0]=='line'); na = sum(1 for s in loop if s[0]=='arc')
    parts=[]
    if nl: parts.append(f"{NUM[nl]} line{'s' if nl>1 else ''}")
    if na: parts.append(f"{NUM[na]} arc{'s' if na>1 else ''}")
    segs=[]
    for k, s in enumerate(loop):
        if s[0]=='line':
            segs.append(f"line {k+1} from {pt(s[1])} to {pt(s[2])}" if na else f"line {k+1} from {pt(s[1])} to {pt(s[2])}")
        else:
            segs.append(f"arc {k+1} from {pt(s[1])} through mid point {pt(s[2])} to {pt(s[3])}")
    return f"In loop {i}, draw {' and '.join(parts)}: " + "; ".join(segs) + "."

OPS = {'new': "creating a new solid body", 'join': "joining it to the existing body", 'cut': "removing material from the existing body"}

def part_text(n, p):
    faces = p.get('faces') or [p['loops']]
    t = f"Part {n}: Create a new coordinate system with Euler angles {vec(p['euler'])} and translation vector {vec(p['trans'])}. "
    for j, fl in enumerate(faces):
        lt = " ".join(loop_text(i+1, l) for i, l in enumerate(fl))
        t += ("Draw a 2D sketch on face 1. " + lt if j == 0 else f"On face {j+1}, " + lt[0].lower() + lt[1:]) + " "
    t = t.rstrip()
    t += f" Apply a sketch scale of {fmt(p['scale'])} to the sketch. Transform the scaled 2D sketch into 3D using the Euler angles and translation vector of the coordinate system. "
    t += f"Extrude the sketch {fmt(p['d1'])} units towards the normal and {fmt(p['d2'])} units in the opposite direction of the normal, {OPS[p['op']]}."
    return t

CONV = ("(Convention: Euler angles [a, b, c] rotate the global XY plane by a degrees about global X, then b about global Y, then c about global Z (fixed axes, right-hand rule); "
        "the rotated X, Y, Z axes are the sketch x, y axes and normal; the translation vector is the sketch origin. "
        "The sketch scale multiplies sketch coordinates only, not extrusion distances.) ")

def loop_face(loop, s):
    if loop[0][0]=='circle':
        _, c, r = loop[0]
        return Pos(c[0]*s, c[1]*s) * Circle(r*s)
    edges=[]
    for seg in loop:
        if seg[0]=='line':
            edges.append(Edge.make_line(Vector(*seg[1])*s, Vector(*seg[2])*s))
        else:
            edges.append(Edge.make_three_point_arc(Vector(*seg[1])*s, Vector(*seg[2])*s, Vector(*seg[3])*s))
    return Face(Wire(edges))

def part_solid(p):
    s = p['scale']
    faces = p.get('faces') or [p['loops']]
    fs = []
    for fl in faces:
        f = loop_face(fl[0], s)
        for l in fl[1:]:
            f = f - loop_face(l, s)
        fs.append(f)
    f = fs[0]
    for g in fs[1:]: f = f + g
    R = rotm(p['euler'])
    xd = R @ np.array([1,0,0]); zd = R @ np.array([0,0,1])
    pl = Plane(origin=tuple(p['trans']), x_dir=tuple(xd), z_dir=tuple(zd))
    f = pl.location * f
    n = Vector(*zd)
    sol = None
    if p['d1'] > 0: sol = extrude(f, amount=p['d1'], dir=n)
    if p['d2'] > 0:
        s2 = extrude(f, amount=p['d2'], dir=-n)
        sol = s2 if sol is None else sol + s2
    return sol

def style1(parts):
    text = CONV + " ".join(part_text(i+1, p) for i, p in enumerate(parts))
    body = None
    for p in parts:
        sol = part_solid(p)
        if p['op']=='new' and body is None: body = sol
        elif p['op'] in ('new','join'): body = body + sol
        else: body = body - sol
    return text, body

def rect(x0,y0,x1,y1):
    return [('line',(x0,y0),(x1,y0)),('line',(x1,y0),(x1,y1)),('line',(x1,y1),(x0,y1)),('line',(x0,y1),(x0,y0))]
def poly(pts):
    return [('line',pts[i],pts[(i+1)%len(pts)]) for i in range(len(pts))]
def circ(c,r): return [('circle',c,r)]

def measure(shape, style, sig4=False):
    solids = shape.solids()
    assert len(solids)==1, f"{len(solids)} solids"
    sol = solids[0]
    assert sol.is_valid, "invalid"
    bb = sol.bounding_box(optimal=True)
    for q in (bb.size.X, bb.size.Y, bb.size.Z):
        fr = abs(q*1000 - math.floor(q*1000) - 0.5)
        assert fr > 0.01, f"rounding tie {q}"
    ext = sorted([round(bb.size.X,3), round(bb.size.Y,3), round(bb.size.Z,3)])
    v = sol.volume
    if style==1 or sig4:
        vol = float(f"{v:.4g}")
    else:
        vol = round(v,1)
    with tempfile.TemporaryDirectory() as d:
        fn = os.path.join(d,'a.stl')
        export_stl(sol, fn, tolerance=1e-4*max(bb.size.X, bb.size.Y, bb.size.Z), angular_tolerance=0.1)
        m = trimesh.load(fn)
        m.update_faces(m.nondegenerate_faces())
        m.remove_unreferenced_vertices()
        m.merge_vertices()
        assert m.is_watertight, "not watertight"
        g = round((2 - m.euler_number)/2)
    return {"extents": ext, "volume": vol, "genus": g}

def bx(x0,x1,y0,y1,z0,z1): return Pos((x0+x1)/2,(y0+y1)/2,(z0+z1)/2)*Box(x1-x0,y1-y0,z1-z0)
def cz(x,y,z0,z1,r): return Pos(x,y,(z0+z1)/2)*Cylinder(r, z1-z0)
def cx(y,z,x0,x1,r): return Pos((x0+x1)/2,y,z)*Rot(0,90,0)*Cylinder(r,x1-x0)
def cy(x,z,y0,y1,r): return Pos(x,(y0+y1)/2,z)*Rot(90,0,0)*Cylinder(r,y1-y0)
def vedges(p): return p.edges().filter_by(Axis.Z)

P = {}
def reg(i, style):
    def d(f): P[i] = (style, f); return f
    return d

# ===== parts1.py =====

@reg('s601',1)
def _():
    return style1([dict(euler=[0,0,0], trans=[0,0,0], loops=[rect(0,0,0.75,0.5), circ((0.375,0.25),0.125)], scale=0.7, d1=0.09, d2=0, op='new')])

@reg('s602',1)
def _():
    return style1([
        dict(euler=[90,0,0], trans=[0,0.4,0], loops=[poly([(0,0),(0.75,0),(0.75,0.1),(0.1,0.1),(0.1,0.5),(0,0.5)])], scale=1.0, d1=0.4, d2=0, op='new'),
        dict(euler=[0,0,0], trans=[0,0,0.1], faces=[[circ((0.45,0.2),0.06)], [circ((0.65,0.2),0.06)]], scale=1.0, d1=0, d2=0.1, op='cut'),
        dict(euler=[0,90,0], trans=[-0.05,0,0], loops=[circ((-0.32,0.2),0.06)], scale=1.0, d1=0.2, d2=0, op='cut'),
    ])

@reg('s603',1)
def _():
    return style1([dict(euler=[0,0,0], trans=[0,0,0], loops=[circ((0.375,0.375),0.375), circ((0.375,0.375),0.2)], scale=0.7, d1=0.05, d2=0.05, op='new')])

@reg('s604',1)
def _():
    outer=[('line',(0.1,0),(0.65,0)),('arc',(0.65,0),(0.75,0.1),(0.65,0.2)),('line',(0.65,0.2),(0.1,0.2)),('arc',(0.1,0.2),(0,0.1),(0.1,0))]
    return style1([dict(euler=[0,0,-90], trans=[0,0.75,0], loops=[outer, circ((0.1,0.1),0.05), circ((0.65,0.1),0.05)], scale=0.7, d1=0.06, d2=0, op='new')])

@reg('s605',1)
def _():
    return style1([
        dict(euler=[0,0,0], trans=[0,0,0], loops=[rect(0,0,0.75,0.75)], scale=0.6, d1=0.1, d2=0, op='new'),
        dict(euler=[0,0,0], trans=[0.125,0.125,0.1], loops=[circ((0.2,0.2),0.12)], scale=0.5, d1=0.2, d2=0, op='join'),
        dict(euler=[0,0,0], trans=[0,0,0.3], loops=[circ((0.225,0.225),0.03)], scale=1.0, d1=0, d2=0.3, op='cut'),
    ])

@reg('s606',1)
def _():
    return style1([dict(euler=[90,0,90], trans=[0,0,0], loops=[poly([(0,0),(0.75,0),(0,0.5)]), circ((0.2,0.15),0.07)], scale=0.7, d1=0.15, d2=0.15, op='new')])

@reg('s607',1)
def _():
    return style1([
        dict(euler=[0,0,0], trans=[0,0,0], loops=[rect(0,0,0.75,0.45)], scale=0.7, d1=0.3, d2=0, op='new'),
        dict(euler=[0,0,0], trans=[0.1,0.1,0.3], loops=[rect(0,0,0.4,0.2)], scale=0.9, d1=0, d2=0.15, op='cut'),
    ])

@reg('s608',1)
def _():
    return style1([
        dict(euler=[0,0,0], trans=[0,0,0], loops=[circ((0.2,0.2),0.2)], scale=0.7, d1=0.75, d2=0, op='new'),
        dict(euler=[0,90,0], trans=[-0.05,0,0], loops=[circ((-0.5,0.15),0.05)], scale=1.0, d1=0.4, d2=0, op='cut'),
    ])

@reg('s609',1)
def _():
    return style1([dict(euler=[0,0,0], trans=[0,0,0], loops=[rect(0,0,0.75,0.5), circ((0.075,0.075),0.04), circ((0.675,0.075),0.04), circ((0.675,0.425),0.04), circ((0.075,0.425),0.04), rect(0.275,0.15,0.475,0.35)], scale=0.7, d1=0.05, d2=0, op='new')])

@reg('s610',1)
def _():
    return style1([
        dict(euler=[-90,0,-90], trans=[0,0,0], loops=[circ((0.125,0.125),0.125)], scale=1.0, d1=0.3, d2=0, op='new'),
        dict(euler=[-90,0,-90], trans=[0.3,0,0], loops=[circ((0.125,0.125),0.075)], scale=1.0, d1=0.45, d2=0, op='join'),
        dict(euler=[-90,0,-90], trans=[0,0,0], loops=[circ((0.125,0.125),0.03)], scale=1.0, d1=0.75, d2=0, op='cut'),
    ])


# ===== parts2.py =====

# ---------------- style 2: prose CAD-user instructions ----------------
@reg('s611',2)
def _():
    t = ("Create a rectangular plate 100 mm long, 60 mm wide and 8 mm thick. Add four through holes of 6.6 mm diameter "
         "with their centres 10 mm from the nearest edges, one near each corner. Then cut a 20 mm diameter hole through the middle of the plate.")
    b = bx(0,100,0,60,0,8)
    for x in (10,90):
        for y in (10,50): b -= cz(x,y,-1,9,3.3)
    b -= cz(50,30,-1,9,10)
    return t, b

@reg('s612',2)
def _():
    t = ("Model a base plate for a small motor mount. Start with a plain rectangular plate 120 mm long and 80 mm wide, 12 mm thick, lying flat "
         "with its large faces horizontal. It will be fixed down with two M8 socket head cap screws, so drill two counterbored holes: a 9 mm clearance "
         "hole all the way through, with a 15 mm diameter counterbore 8.5 mm deep from the top face, so the screw heads sit below the surface. "
         "Both holes sit on the centre line that runs along the 120 mm length (40 mm from either long edge), 20 mm in from each short end. "
         "Between the two holes, pocket a 40 mm x 30 mm rectangle 5 mm deep into the top face, centred on the plate, with its 40 mm side running "
         "along the plate length. Leave the pocket corners sharp and do not break any other edges; the pocket does not go through.")
    b = bx(0,120,0,80,0,12)
    for x in (20,100):
        b -= cz(x,40,-1,13,4.5); b -= cz(x,40,12-8.5,13,7.5)
    b -= bx(40,80,25,55,7,13)
    return t, b

@reg('s613',2)
def _():
    t = ("Make a cylindrical pin 20 mm in diameter and 60 mm long. Chamfer both end edges 1.5 mm x 45 degrees. "
         "Then drill a 5 mm cross hole right through the pin, perpendicular to its axis and passing through the axis, "
         "with its centre 8 mm from one end face.")
    b = cz(0,0,0,60,10)
    b = chamfer(b.edges().filter_by(GeomType.CIRCLE), 1.5)
    b -= cx(0,8,-11,11,2.5)
    return t, b

@reg('s614',2)
def _():
    t = ("Create a hexagon nut blank: a regular hexagonal prism measuring 19 mm across the flats and 10 mm thick. "
         "Bore a 12 mm diameter hole through the centre along its axis, and break both circular edges of the bore with a 1 mm x 45 degree chamfer.")
    b = extrude(RegularPolygon(9.5, 6, major_radius=False), 10)
    b -= cz(0,0,-1,11,6)
    b = chamfer(b.edges().filter_by(GeomType.CIRCLE), 1)
    return t, b

@reg('s615',2)
def _():
    t = ("Make an L-shaped angle bracket from 6 mm thick plate. The horizontal leg is 60 mm long and 40 mm wide. "
         "The vertical leg is 40 mm wide too and stands at one 40 mm end of the horizontal leg, flush with its end, so that the outside faces meet "
         "in a sharp corner; it is 50 mm high measured from the underside of the horizontal leg. "
         "Drill two 8 mm holes through the horizontal leg, both midway across its width, at 25 mm and 45 mm from the outer face of the vertical leg. "
         "Drill one 10 mm hole through the vertical leg, midway across its width, with its centre 32 mm above the underside of the horizontal leg.")
    b = bx(0,60,0,40,0,6) + bx(0,6,0,40,0,50)
    for x in (25,45): b -= cz(x,20,-1,7,4)
    b -= cx(20,32,-1,7,5)
    return t, b

@reg('s616',2)
def _():
    t = ("Model a shaft 25 mm in diameter and 80 mm long, and chamfer both ends 1 mm. Mill a keyseat into the side of the shaft: "
         "a slot 8 mm wide with fully rounded ends, 30 mm long overall, centred along the length of the shaft, with its bottom flat 4 mm below "
         "the outermost line of the cylindrical surface (so the keyseat floor is 8.5 mm from the axis). The slot's centre plane contains the shaft axis.")
    b = cx(0,0,-40,40,12.5)
    b = chamfer(b.edges().filter_by(GeomType.CIRCLE), 1)
    slot = extrude(Plane.XY.offset(8.5) * SlotOverall(30, 8), 10)
    b -= slot
    return t, b

@reg('s617',2)
def _():
    t = ("Create a hub flange. Start with a disc 100 mm in diameter and 12 mm thick. On one face add a concentric hub 50 mm in diameter "
         "that stands 18 mm proud of the disc, for an overall height of 30 mm. Bore a 30 mm hole through hub and disc on the common axis. "
         "Finally drill four 10 mm bolt holes through the disc, equally spaced on a 76 mm pitch circle.")
    b = cz(0,0,0,12,50) + cz(0,0,12,30,25)
    b -= cz(0,0,-1,31,15)
    for k in range(4):
        a = math.radians(90*k)
        b -= cz(38*math.cos(a),38*math.sin(a),-1,13,5)
    return t, b

@reg('s618',2)
def _():
    t = ("Create a split clamp block 60 mm long (X), 30 mm deep (Y) and 40 mm tall (Z). Bore a 20 mm hole along X through the full length, "
         "centred in Y with its axis 15 mm above the bottom face. Cut a 3 mm wide slot, centred in Y, from the top face down into the bore, "
         "running the whole 60 mm length. Then drill a 6 mm clamping hole along Y right through the block, centred on the 60 mm length and "
         "32 mm above the bottom face, so that it crosses the slot.")
    b = bx(0,60,0,30,0,40)
    b -= cx(15,15,-1,61,10)
    b -= bx(-1,61,13.5,16.5,15,41)
    b -= cy(30,32,-1,31,3)
    return t, b

@reg('s619',2)
def _():
    t = ("This part is dimensioned in inches. Model a flanged bushing. The body is a tube with a 0.625 in outside diameter and a 0.375 in bore, "
         "1.000 in long overall. At one end it has a flange 1.000 in in diameter and 0.125 in thick; the 0.125 in is included in the 1.000 in overall length. "
         "The bore runs right through the flange as well. Add a 0.020 in x 45 degree chamfer on the outer edge of the flange's end face.")
    b = cz(0,0,0,0.125,0.5) + cz(0,0,0.125,1.0,0.3125)
    b -= cz(0,0,-1,2,0.1875)
    e = b.edges().filter_by(GeomType.CIRCLE).filter_by(lambda e: abs(e.radius-0.5)<1e-6).sort_by(Axis.Z)[0]
    b = chamfer(e, 0.02)
    return t, b

@reg('s620',2)
def _():
    t = ("Create a 90 x 50 mm mounting plate, 5 mm thick, and round its four corners (the edges through the thickness) with a 6 mm radius. "
         "Cut two through slots for adjustment, each 6 mm wide with semicircular ends and 20 mm long from end to end, running parallel to the 90 mm edges. "
         "Both slots lie on the centre line across the 50 mm width; the centre of one slot is 15 mm from the left short edge and the centre of the other "
         "is 15 mm from the right short edge. Finally drill a 12 mm hole through the centre of the plate.")
    b = bx(0,90,0,50,0,5)
    b = fillet(vedges(b), 6)
    for x in (15,75):
        b -= extrude(Pos(x,25,-1)*SlotOverall(20,6), 7)
    b -= cz(45,25,-1,6,6)
    return t, b

# ---------------- style 3: captions ----------------
@reg('s621',3)
def _():
    t = ("The object is a cylindrical flange with six bolt holes on a 70 mm circle. The flange is 90 mm in diameter and 12 mm thick; "
         "the bolt holes are 8 mm in diameter and equally spaced, and a 30 mm central bore passes through it.")
    b = cz(0,0,0,12,45) - cz(0,0,-1,13,15)
    for k in range(6):
        a = math.radians(60*k); b -= cz(35*math.cos(a),35*math.sin(a),-1,13,4)
    return t, b

@reg('s622',3)
def _():
    t = ("A rectangular block 80 mm long, 50 mm wide and 30 mm high with a blind circular pocket, 30 mm in diameter and 20 mm deep, centred on its top face. "
         "A 10 mm hole runs from the bottom of the pocket out through the underside, concentric with the pocket.")
    b = bx(-40,40,-25,25,0,30) - cz(0,0,10,31,15) - cz(0,0,-1,11,5)
    return t, b

@reg('s623',3)
def _():
    t = "A hexagonal standoff, 10 mm across the flats and 25 mm long, with a 4.2 mm diameter hole running along its axis through the full length."
    b = extrude(RegularPolygon(5, 6, major_radius=False), 25) - cz(0,0,-1,26,2.1)
    return t, b

@reg('s624',3)
def _():
    t = ("The part is a stepped cylindrical spacer: a 40 mm diameter section 15 mm long followed coaxially by a 25 mm diameter section 30 mm long, "
         "45 mm long overall, with a 12 mm bore through the entire length. The outer circular edge of the large end face (the end away from the small section) "
         "carries a 2 mm x 45 degree chamfer.")
    b = cz(0,0,0,15,20) + cz(0,0,15,45,12.5)
    b -= cz(0,0,-1,46,6)
    e = b.edges().filter_by(GeomType.CIRCLE).filter_by(lambda e: abs(e.radius-20)<1e-6).sort_by(Axis.Z)[0]
    b = chamfer(e, 2)
    return t, b

@reg('s625',3)
def _():
    t = ("The object is a U-shaped channel 100 mm long, open at the top. Its cross-section is 40 mm wide and 30 mm tall overall, with a uniform 4 mm "
         "thickness for the base and both side walls. Two 6 mm holes pass vertically through the base on its centre line, 20 mm from each end.")
    b = bx(0,100,-20,20,0,30) - bx(-1,101,-16,16,4,31)
    for x in (20,80): b -= cz(x,0,-1,5,3)
    return t, b

@reg('s626',3)
def _():
    t = ("The object is a solid cylindrical cap with a hemispherical top: a 30 mm diameter cylinder 20 mm tall crowned by a hemisphere of the same "
         "diameter, giving an overall height of 35 mm. A 10 mm diameter blind hole, 12 mm deep, is drilled into the centre of the flat bottom face.")
    prof = Face(Wire([Edge.make_line((0,0,0),(15,0,0)), Edge.make_line((15,0,0),(15,0,20)),
        Edge.make_three_point_arc((15,0,20),(15*math.cos(math.pi/4),0,20+15*math.sin(math.pi/4)),(0,0,35)), Edge.make_line((0,0,35),(0,0,0))]))
    b = revolve(prof, Axis.Z)
    b -= cz(0,0,-1,12,5)
    return t, b

@reg('s627',3)
def _():
    t = ("The object is a 90 degree pipe elbow: a tube with a 20 mm outside diameter and a 14 mm inside diameter, bent through a quarter turn "
         "about a centre-line radius of 40 mm, with plain square-cut ends.")
    path = Edge.make_circle(40, Plane.XY, 0, 90)
    prof = Plane.XZ.offset(0) * Pos(40,0) * (Circle(10) - Circle(7))
    b = sweep(Plane(origin=(40,0,0), x_dir=(1,0,0), z_dir=(0,1,0)) * (Circle(10) - Circle(7)), path)
    return t, b

@reg('s628',3)
def _():
    t = ("A flat plus-shaped plate 8 mm thick, made of two 100 mm x 30 mm rectangular arms crossing at right angles at their centres. "
         "There is a 10 mm hole through the centre and a 6 mm hole near the end of each arm, on the arm's centre line, 10 mm from the end.")
    b = bx(-50,50,-15,15,0,8) + bx(-15,15,-50,50,0,8)
    b -= cz(0,0,-1,9,5)
    for (x,y) in ((40,0),(-40,0),(0,40),(0,-40)): b -= cz(x,y,-1,9,3)
    return t, b

@reg('s629',3)
def _():
    t = ("A solid dowel pin 8 mm in diameter and 40 mm long overall. One end has a 0.8 mm x 45 degree chamfer; the other end is a shallow spherical "
         "dome of 8 mm radius whose rim meets the cylindrical surface, the 40 mm length being measured to the tip of the dome.")
    h = 8 - math.sqrt(64-16)
    z0 = 40-h; a0 = math.asin(4/8)/2
    prof = Face(Wire([Edge.make_line((0,0,0),(3.2,0,0)), Edge.make_line((3.2,0,0),(4,0,0.8)), Edge.make_line((4,0,0.8),(4,0,z0)),
        Edge.make_three_point_arc((4,0,z0),(8*math.sin(a0),0,32+8*math.cos(a0)),(0,0,40)), Edge.make_line((0,0,40),(0,0,0))]))
    b = revolve(prof, Axis.Z)
    return t, b

@reg('s630',3)
def _():
    t = ("The object is a bearing block. Its base is a rectangular plate 80 mm long, 30 mm wide and 12 mm thick. From the middle of the base rises an "
         "upright, 40 mm wide along the base length and the full 30 mm deep, whose top is a semicircle of 20 mm radius centred 35 mm above the underside "
         "of the base (55 mm overall height). A 22 mm bore passes through the upright along the 30 mm direction, concentric with the semicircular top. "
         "The base has two 9 mm mounting holes, one on each side of the upright, on the centre line 10 mm from the short ends.")
    b = bx(-40,40,-15,15,0,12) + bx(-20,20,-15,15,0,35) + cy(0,35,-15,15,20)
    b -= cy(0,35,-16,16,11)
    for x in (-30,30): b -= cz(x,0,-1,13,4.5)
    return t, b


# ===== parts3.py =====

# ---------------- style 4: numbered steps ----------------
@reg('s631',4)
def _():
    t = ("1. Sketch a 120 x 80 rectangle on XY, centred on the origin (120 along X).\n2. Extrude 10 mm in +Z.\n"
         "3. Fillet the four vertical corner edges of the plate R5.\n"
         "4. Drill four 6.6 mm through holes at (50, 30), (-50, 30), (-50, -30) and (50, -30).\n"
         "5. Counterbore each of these holes from the top face: 11 mm diameter, 6.5 mm deep.\n"
         "6. Cut-extrude a slot with semicircular ends through the plate, centred on the origin, 40 mm long overall along X and 12 mm wide.\n"
         "7. Drill two 5 mm through holes at (0, 25) and (0, -25).\n"
         "8. Pocket a 20 x 10 mm rectangle 3 mm deep into the top face, centred at (-35, 0), with its 20 mm side along Y.\n"
         "9. Pocket an identical rectangle centred at (35, 0).\n"
         "10. Chamfer the outer edge loop of the top face (the straight edges and the corner arcs) 1 mm.\n"
         "11. Leave the bottom face and all hole edges sharp.")
    b = fillet(vedges(bx(-60,60,-40,40,0,10)), 5)
    top = b.faces().sort_by(Axis.Z)[-1]
    b = chamfer(top.outer_wire().edges(), 1)
    for x in (50,-50):
        for y in (30,-30):
            b -= cz(x,y,-1,11,3.3); b -= cz(x,y,3.5,11,5.5)
    b -= extrude(Pos(0,0,-1)*SlotOverall(40,12), 12)
    for y in (25,-25): b -= cz(0,y,-1,11,2.5)
    for x in (-35,35): b -= bx(x-5,x+5,-10,10,7,11)
    return t, b

@reg('s632',4)
def _():
    t = ("1. Draw a 30 mm diameter circle on the YZ plane, centred at the origin.\n2. Extrude it 40 mm along +X.\n"
         "3. On the end face at X = 40, draw a concentric 20 mm diameter circle and extrude it a further 50 mm, to X = 90.\n"
         "4. Chamfer the circular edge at the X = 90 end 1 mm.\n"
         "5. Cut a keyway into the 20 mm section: 6 mm wide, centred on the top (+Z) of the shaft, with a flat floor 3.5 mm below the top of the 20 mm "
         "cylinder, running from X = 55 with a square end out through the X = 90 end face.")
    b = cx(0,0,0,40,15) + cx(0,0,40,90,10)
    e = b.edges().filter_by(GeomType.CIRCLE).sort_by(Axis.X)[-1]
    b = chamfer(e, 1)
    b -= bx(55,91,-3,3,6.5,11)
    return t, b

@reg('s633',4)
def _():
    t = ("1. On the XZ plane, sketch the closed L-profile through the (X, Z) points (0, 0), (50, 0), (50, 8), (8, 8), (8, 40), (0, 40).\n"
         "2. Extrude it 30 mm, symmetric about the sketch plane (15 mm each side).\n"
         "3. Fillet the inside corner edge (the one at X = 8, Z = 8) with R6.\n"
         "4. Drill a 7 mm hole vertically through the horizontal leg at X = 32, centred across the 30 mm width.\n"
         "5. Drill a 7 mm hole horizontally through the vertical leg at Z = 26, centred across the width.")
    b = bx(0,50,-15,15,0,8) + bx(0,8,-15,15,0,40)
    e = b.edges().filter_by(Axis.Y).filter_by(lambda e: abs(e.center().X-8)<1e-6 and abs(e.center().Z-8)<1e-6)
    b = fillet(e, 6)
    b -= cz(32,0,-1,9,3.5)
    b -= cx(0,26,-1,9,3.5)
    return t, b

@reg('s634',4)
def _():
    t = ("1. Create a box 80 x 60 x 40 mm (X x Y x Z) standing on the XY plane.\n2. Fillet the four vertical edges R8.\n"
         "3. Shell the body inwards to a 3 mm wall thickness, removing the top face.\n"
         "4. Drill a 10 mm hole through the centre of the bottom.")
    b = fillet(vedges(bx(-40,40,-30,30,0,40)), 8)
    top = b.faces().sort_by(Axis.Z)[-1]
    b = offset(b, amount=-3, openings=top)
    b -= cz(0,0,-1,4,5)
    return t, b

@reg('s635',4)
def _():
    t = ("1. Sketch an 80 mm diameter circle on XY, centred on the origin.\n2. Extrude 15 mm.\n3. Cut a concentric 40 mm hole through.\n"
         "4. Drill eight 6 mm through holes equally spaced on a 60 mm diameter pitch circle, the first one on the +X axis.\n"
         "5. Chamfer the top outer circular edge 1.5 mm.")
    b = cz(0,0,0,15,40)
    e = b.edges().filter_by(GeomType.CIRCLE).sort_by(Axis.Z)[-1]
    b = chamfer(e, 1.5)
    b -= cz(0,0,-1,16,20)
    for k in range(8):
        a = math.radians(45*k); b -= cz(30*math.cos(a),30*math.sin(a),-1,16,3)
    return t, b

@reg('s636',4)
def _():
    t = ("1. Sketch a 150 x 100 rectangle on XY with one corner at the origin and the 150 side along +X.\n2. Extrude 6 mm.\n"
         "3. Drill a 3 x 2 grid of 10 mm through holes: X positions 25, 75, 125 and Y positions 20, 80.\n"
         "4. Cut a rectangular notch through the thickness in the middle of the short edge at X = 0: 30 mm wide (Y from 35 to 65) and 20 mm deep (X from 0 to 20).")
    b = bx(0,150,0,100,0,6)
    for x in (25,75,125):
        for y in (20,80): b -= cz(x,y,-1,7,5)
    b -= bx(-1,20,35,65,-1,7)
    return t, b

@reg('s637',4)
def _():
    t = ("1. Sketch a 40 x 30 rectangle (40 along X) on XY, centred at the origin.\n2. Extrude 50 mm up.\n"
         "3. From the top face, cut a 14 mm wide slot, 30 mm deep, centred on X = 0 and running across the full 30 mm Y width, leaving two prongs.\n"
         "4. Drill a 10 mm hole along X through both prongs, at height Z = 38, centred in Y.\n"
         "5. Drill a 12 mm blind hole 15 mm deep into the bottom face, centred.")
    b = bx(-20,20,-15,15,0,50)
    b -= bx(-7,7,-16,16,20,51)
    b -= cx(0,38,-21,21,5)
    b -= cz(0,0,-1,15,6)
    return t, b

@reg('s638',4)
def _():
    t = ("1. Create a 16 mm diameter cylinder 50 mm long along Z, from Z = 0 to Z = 50.\n"
         "2. Cut a circlip groove 1.2 mm wide down to a 13 mm diameter, its side nearer the top 4 mm below the top face (groove from Z = 44.8 to Z = 46).\n"
         "3. Cut the same groove near the bottom, from Z = 4 to Z = 5.2.\n4. Chamfer both end edges 0.8 mm.\n"
         "5. Drill a 4 mm cross hole through the axis at mid-length (Z = 25).")
    b = cz(0,0,0,50,8)
    b = chamfer(b.edges().filter_by(GeomType.CIRCLE), 0.8)
    for z0 in (44.8, 4):
        b -= cz(0,0,z0,z0+1.2,9) - cz(0,0,z0-1,z0+2.2,6.5)
    b -= cx(0,25,-9,9,2)
    return t, b

@reg('s639',4)
def _():
    t = ("Units: inches.\n1. Sketch a 0.75 x 0.75 square on XY, centred.\n2. Extrude 0.45.\n3. Cut a 0.42 diameter hole through the centre.\n"
         "4. Chamfer the four vertical edges of the square 0.06.\n5. Chamfer the top edge of the hole 0.03.")
    b = bx(-0.375,0.375,-0.375,0.375,0,0.45)
    b = chamfer(vedges(b), 0.06)
    b -= cz(0,0,-1,2,0.21)
    e = b.edges().filter_by(GeomType.CIRCLE).sort_by(Axis.Z)[-1]
    b = chamfer(e, 0.03)
    return t, b

@reg('s640',4)
def _():
    t = ("1. Draw a 40 mm diameter circle on XY, centred on the origin, and extrude it 100 mm in +Z.\n2. Cut a 32 mm bore through the full length.\n"
         "3. At each end add a flange 70 mm in outside diameter and 8 mm thick, flush with the end face (the 100 mm length includes both flanges); the bore continues through the flanges.\n"
         "4. Drill four 8 mm holes through each flange on a 55 mm pitch circle, at 45, 135, 225 and 315 degrees from +X.")
    b = cz(0,0,0,100,20) + cz(0,0,0,8,35) + cz(0,0,92,100,35)
    b -= cz(0,0,-1,101,16)
    for k in range(4):
        a = math.radians(45+90*k)
        b -= cz(27.5*math.cos(a),27.5*math.sin(a),-1,101,4)
    return t, b

# ---------------- style 5: first/then/finally, revolve/loft/sweep/shell/mirror ----------------
def xz_poly(pts):
    return Face(Wire.make_polygon([(x,0,z) for x,z in pts], close=True))

@reg('s641',5)
def _():
    pts=[(10,0),(40,0),(40,4),(32,10),(40,16),(40,20),(10,20)]
    t = ("First, on the XZ plane, draw a closed profile through the (X, Z) points " + ", ".join(pt(p) for p in pts) +
         " and back to the start, with X as the radius and Z as the height. Then revolve it 360 degrees about the Z axis to form a V-groove pulley. "
         "Finally, cut a keyway 4 mm wide into the wall of the bore, centred on the +X direction, reaching 12.5 mm from the axis and running the full 20 mm height.")
    b = revolve(xz_poly(pts), Axis.Z)
    b -= bx(8,12.5,-2,2,-1,21)
    return t, b

@reg('s642',5)
def _():
    t = ("First, draw a rectangle in the XZ plane from (X, Z) = (30, 0) to (40, 10). Then revolve it 180 degrees about the Z axis, sweeping from the +X side "
         "through +Y to the -X side, to get a half ring. Finally, drill a 5 mm hole vertically (parallel to Z) through the ring at the point (0, 35), "
         "i.e. centred in the wall on the +Y axis.")
    b = revolve(xz_poly([(30,0),(40,0),(40,10),(30,10)]), Axis.Z, 180)
    bb = b.bounding_box(); assert bb.min.Y > -1e-6 and bb.max.Y > 39
    b -= cz(0,35,-1,11,2.5)
    return t, b

@reg('s643',5)
def _():
    t = ("First, sketch a 60 x 40 mm rectangle on XY, centred on the origin. Then, on a parallel plane 50 mm above, sketch a 30 x 20 mm rectangle, "
         "also centred and with its sides parallel to the first. Loft between the two rectangles to make a solid tapered block. "
         "Finally, shell it inwards to a 2.5 mm wall thickness, removing the small top face.")
    b = loft([Rectangle(60,40), Plane.XY.offset(50)*Rectangle(30,20)], ruled=True)
    top = b.faces().sort_by(Axis.Z)[-1]
    b = offset(b, amount=-2.5, openings=top)
    return t, b

@reg('s644',5)
def _():
    t = ("First, draw a 60 mm diameter circle on XY. Then draw a 30 mm diameter circle on a plane 40 mm higher, on the same axis, and loft between the two circles to "
         "get a truncated cone. Then add a 60 mm diameter disc, 5 mm thick, under the bottom face, joined to it. Finally, bore a 10 mm hole "
         "along the axis through the whole part.")
    b = loft([Circle(30), Plane.XY.offset(40)*Circle(15)])
    b += cz(0,0,-5,0,30)
    b -= cz(0,0,-6,41,5)
    return t, b

@reg('s645',5)
def _():
    t = ("First, draw a 10 mm diameter circle on the XZ plane, centred at the point (50, 0, 0). Then draw the sweep path: an arc of radius 50 centred "
         "on the origin in the XY plane, running 90 degrees from (50, 0, 0) to (0, 50, 0). Sweep the circle along the arc. "
         "Finally, mirror the swept rod about the XZ plane and join the two halves, giving a semicircular rod from (0, -50, 0) to (0, 50, 0).")
    path = Edge.make_circle(50, Plane.XY, 0, 90)
    b = sweep(Plane(origin=(50,0,0), x_dir=(1,0,0), z_dir=(0,1,0))*Circle(5), path)
    b = b + mirror(b, Plane.XZ)
    return t, b

@reg('s646',5)
def _():
    t = ("First, on the YZ plane, sketch a 12 mm wide (Y) by 6 mm tall (Z) rectangle centred on the origin. Then draw a path that starts at the origin, "
         "runs 40 mm straight along +X, and continues with a tangent arc of 30 mm radius turning 90 degrees towards +Y (ending at (70, 30, 0)). "
         "Sweep the rectangle along this path, keeping the 6 mm side vertical. Finally, drill a 5 mm hole vertically through the straight portion at X = 20.")
    l = Edge.make_line((0,0,0),(40,0,0))
    a = Edge.make_tangent_arc((40,0,0),(1,0,0),(70,30,0))
    b = sweep(Plane.YZ*Rectangle(12,6), Wire([l,a]), transition=Transition.RIGHT)
    b -= cz(20,0,-4,4,2.5)
    return t, b

@reg('s647',5)
def _():
    t = ("First, create a cylinder 50 mm in diameter and 60 mm tall standing on XY. Then round its bottom outer edge with R10 and shell it inwards "
         "to a 2 mm wall, leaving the top face open, to make a cup. Finally, add a lip ring around the rim: a ring 70 mm outside and 48 mm inside diameter, "
         "3 mm thick, whose top is flush with the top of the cup, joined to the cup.")
    b = cz(0,0,0,60,25)
    b = fillet(b.edges().filter_by(GeomType.CIRCLE).sort_by(Axis.Z)[0], 10)
    b = offset(b, amount=-2, openings=b.faces().sort_by(Axis.Z)[-1])
    b += cz(0,0,57,60,35) - cz(0,0,56,61,24)
    return t, b

@reg('s648',5)
def _():
    pts=[(0,0),(60,0),(60,20),(20,40),(0,40)]
    t = ("First, sketch on XY the right half of a bracket as a closed polygon through " + ", ".join(pt(p) for p in pts) +
         " and extrude it 10 mm. Then drill an 8 mm through hole at (45, 10). Then mirror the body about the YZ plane (X = 0) and join the two halves "
         "into one part. Finally, drill a 12 mm hole through at (0, 20).")
    b = extrude(Polygon(*pts, align=None), 10)
    b -= cz(45,10,-1,11,4)
    b = b + mirror(b, Plane.YZ)
    b -= cz(0,20,-1,11,6)
    return t, b

@reg('s649',5)
def _():
    pts=[(0,0),(20,0),(20,40),(8,55),(8,70),(0,70)]
    t = ("First, in the XZ plane, draw a closed profile (X = radius, Z = height) through " + ", ".join(pt(p) for p in pts) +
         " and back to the origin. Then revolve it 360 degrees about the Z axis to get a solid bottle shape. "
         "Finally, shell it inwards with a 1.5 mm wall, removing the flat top face of the neck.")
    b = revolve(xz_poly(pts), Axis.Z)
    b = offset(b, amount=-1.5, openings=b.faces().sort_by(Axis.Z)[-1])
    return t, b

@reg('s650',5)
def _():
    pts=[(20,0),(35,0),(35,6),(26,6),(26,20),(20,20)]
    t = ("First, in the XZ plane draw the closed profile (X = radius, Z = height) " + ", ".join(pt(p) for p in pts) +
         ". Then revolve it 270 degrees about the Z axis, starting on +X and turning towards +Y. "
         "Finally, drill a 6 mm hole vertically through the 6 mm thick flange at 135 degrees from +X (towards +Y), 30.5 mm from the axis.")
    b = revolve(xz_poly(pts), Axis.Z, 270)
    bb = b.bounding_box(); assert bb.max.Y > 34 and bb.min.Y < -34 and bb.max.X > 34 and bb.min.X < -34
    a = math.radians(135)
    b -= cz(30.5*math.cos(a),30.5*math.sin(a),-1,7,3)
    return t, b

# ---------------- style 6: several bodies joined ----------------
@reg('s651',6)
def _():
    t = ("Base plate 100 x 60 x 10 mm (X x Y x Z), with one corner at the origin. On top of it, flush with the X = 0 end, an upright plate 10 mm thick "
         "in X and 60 mm wide, rising to 80 mm overall height from the bottom of the base. In the inside corner between them, centred on the width "
         "(Y = 30), a right-triangular gusset 8 mm thick whose legs run 40 mm along the top of the base from the upright's inner face and 40 mm up the upright "
         "from the top of the base. All three are joined into one solid. Two 10 mm holes go through the base at X = 70, Y = 15 and Y = 45.")
    b = bx(0,100,0,60,0,10) + bx(0,10,0,60,10,80)
    g = extrude(Plane.XZ.offset(-26)*Polygon((10,10),(50,10),(10,50), align=None), 8, dir=(0,1,0))
    assert abs(g.bounding_box().min.Y-26)<1e-6 and abs(g.bounding_box().max.Y-34)<1e-6
    b += g
    for y in (15,45): b -= cz(70,y,-1,11,5)
    return t, b

@reg('s652',6)
def _():
    t = ("A block 60 x 40 x 20 mm; pad a cylinder 30 mm in diameter and 25 mm tall on the centre of its top face so it is joined to the block. "
         "A 12 mm hole runs vertically through both along the cylinder's axis.")
    b = bx(-30,30,-20,20,0,20) + cz(0,0,20,45,15) - cz(0,0,-1,46,6)
    return t, b

@reg('s653',6)
def _():
    t = ("Make a plate 120 x 90 x 8 mm. In the corners, on the top face, add four cylindrical bosses 16 mm in diameter and 12 mm tall, each centred "
         "12 mm from both adjacent edges of the plate. Each boss has a 6 mm hole through it that continues through the plate.")
    b = bx(0,120,0,90,0,8)
    pos = [(12,12),(108,12),(108,78),(12,78)]
    for x,y in pos: b += cz(x,y,8,20,8)
    for x,y in pos: b -= cz(x,y,-1,21,3)
    return t, b

@reg('s654',6)
def _():
    t = ("A base plate 150 mm long (X), 80 mm wide (Y) and 6 mm thick carries three stiffening ribs on its top face. Each rib is 4 mm thick in X, spans "
         "the full 80 mm width and is 20 mm tall above the plate; the ribs are evenly spaced, their centre planes dividing the length into four equal parts "
         "(X = 37.5, 75 and 112.5 mm from one end). Everything is one solid. The plate also has two 8 mm through holes on its centre line, 15 mm from each short edge.")
    b = bx(0,150,0,80,0,6)
    for x in (37.5,75,112.5): b += bx(x-2,x+2,0,80,6,26)
    for x in (15,135): b -= cz(x,40,-1,7,4)
    return t, b

@reg('s655',6)
def _():
    t = ("A T-section beam 200 mm long. The top flange is 80 mm wide and 10 mm thick. A web 8 mm thick, centred under the flange, extends 50 mm down from "
         "the underside of the flange, running the full length. Three 20 mm lightening holes pierce the web horizontally, centred in the web's height, "
         "at 50, 100 and 150 mm from one end.")
    b = bx(0,200,-40,40,50,60) + bx(0,200,-4,4,0,50)
    for x in (50,100,150): b -= cy(x,25,-5,5,10)
    return t, b

@reg('s656',6)
def _():
    t = ("A block 50 mm (X) x 50 mm (Y) x 30 mm (Z). On its +X face, a cylindrical boss 24 mm in diameter projects 15 mm outward, centred on that face. "
         "A 10 mm hole goes through the boss and the whole block along the boss axis. A second, 8 mm hole goes vertically through the block at its centre "
         "in Y, 12 mm from the -X face.")
    b = bx(0,50,0,50,0,30) + cx(25,15,50,65,12)
    b -= cx(25,15,-1,66,5)
    b -= cz(12,25,-1,31,4)
    return t, b

@reg('s657',6)
def _():
    t = ("Three coaxial cylinders stacked on each other: the bottom one 60 mm in diameter and 10 mm tall, the middle one 40 mm in diameter and 20 mm tall, "
         "and the top one 20 mm in diameter and 30 mm tall. An 8 mm hole passes through all of them along the common axis, and a 6 mm cross hole passes "
         "diametrically through the top cylinder 15 mm below its top face.")
    b = cz(0,0,0,10,30) + cz(0,0,10,30,20) + cz(0,0,30,60,10)
    b -= cz(0,0,-1,61,4)
    b -= cx(0,45,-11,11,3)
    return t, b

@reg('s658',6)
def _():
    t = ("All dimensions in inches. A bar 5.0 x 0.75 x 0.375 in with five pins 0.25 in in diameter and 0.5 in tall standing on its top face, "
         "joined to the bar. The pins are evenly spaced along the centre line of the bar, the first and last with their axes 0.5 in from the ends (1.0 in pitch).")
    b = bx(0,5,0,0.75,0,0.375)
    for k in range(5): b += cz(0.5+1.0*k,0.375,0.375,0.875,0.125)
    return t, b

@reg('s659',6)
def _():
    t = ("An angle bracket built from several bodies. Base: 80 mm (X) x 50 mm (Y) x 8 mm thick. Upright: 80 mm wide, 8 mm thick, standing on the base "
         "along its back edge (Y = 42 to 50) and rising to 60 mm overall height. Two right-triangular gussets, 6 mm thick, sit in the corner between base and "
         "upright with their outer faces flush with the ends of the base (X = 0 and X = 80); each has one 30 mm leg along the base top and one 30 mm leg up the "
         "upright face. A 20 mm hole goes through the upright at X = 40, 38 mm above the underside of the base, and two 8 mm holes go through the base at "
         "(25, 20) and (55, 20).")
    b = bx(0,80,0,50,0,8) + bx(0,80,42,50,0,60)
    tri = Polygon((42,8),(12,8),(42,38), align=None)
    for x0 in (0,74):
        g = extrude(Plane.YZ.offset(x0)*tri, 6, dir=(1,0,0))
        assert abs(g.bounding_box().min.X-x0)<1e-6 and abs(g.bounding_box().min.Y-12)<1e-6
        b += g
    b -= cy(40,38,41,51,10)
    for x in (25,55): b -= cz(x,20,-1,9,4)
    return t, b

@reg('s660',6)
def _():
    t = ("A horizontal shaft 20 mm in diameter and 100 mm long lies along the X axis, centred on the origin. A perpendicular arm 16 mm in diameter starts at "
         "the shaft axis and runs along +Y to Y = 60; at its end a sphere 24 mm in diameter is centred at (0, 60, 0). Everything is joined into one solid, "
         "and a 6 mm hole is drilled along Z through the centre of the sphere.")
    b = cx(0,0,-50,50,10) + cy(0,0,0,60,8) + Pos(0,60,0)*Sphere(12)
    b -= cz(0,60,-13,13,3)
    return t, b


INCH = {'s619', 's639', 's658'}   # prompts dimensioned in inches: extents in inches, volume in cubic inches (4 significant figures)

if __name__ == '__main__':
    import collections, sys
    here = os.path.dirname(os.path.abspath(__file__))
    rows = []; per = collections.Counter()
    for k in sorted(P):
        st, f = P[k]
        t, b = f()
        e = measure(b, st, sig4=(k in INCH))
        rows.append({"id": k, "style": st, "prompt": t, "expect": e})
        per[st] += 1
        print(k, st, len(t), e, flush=True)
    assert len(rows) == 60 and all(per[s] == 10 for s in range(1, 7))
    with open(os.path.join(here, 'steps6.jsonl'), 'w') as fh:
        for r in rows: fh.write(json.dumps(r) + "\n")
    with open(os.path.join(here, 'steps6.DONE'), 'w') as fh:
        fh.write(f"{len(rows)} prompts written to steps6.jsonl\n")
        for s in range(1, 7): fh.write(f"style {s}: {per[s]}\n")

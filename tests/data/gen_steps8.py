# ruff: noqa
import json, math
from build123d import *

OUT = []
def genus_of(p):
    V = len(p.vertices()); E = len(p.edges()); F = len(p.faces())
    L = sum(len(f.wires()) for f in p.faces())
    chi = V - E + 2 * F - L
    return int(round(1 - chi / 2))

def fmt_vol(v):
    if v < 100:
        return float(f"{v:.5g}")
    return round(v, 1)

def add(id_, style, prompt, part, intent, why, impossible=False):
    if impossible:
        OUT.append(dict(id=id_, style=style, prompt=prompt, expect={}, intent=intent, why=why,
                        out_of_scope=False, impossible=True)); return
    if isinstance(part, (list, tuple)): part = part[0] if len(part)==1 else part
    sol = part.solids()
    assert len(sol) == 1, (id_, len(sol))
    iv = part.is_valid; iv = iv() if callable(iv) else iv
    assert iv, id_
    bb = part.bounding_box()
    ext = sorted([round(bb.size.X, 2), round(bb.size.Y, 2), round(bb.size.Z, 2)])
    if max(ext) < 5:
        ext = sorted([float(f"{bb.size.X:.4g}"), float(f"{bb.size.Y:.4g}"), float(f"{bb.size.Z:.4g}")])
    vol = part.volume; assert vol > 0
    OUT.append(dict(id=id_, style=style, prompt=prompt,
                    expect=dict(extents=ext, volume=fmt_vol(vol), genus=genus_of(part)),
                    intent=intent, why=why, out_of_scope=False, impossible=False))

def cyl(r, h, x=0, y=0, z0=0):
    return Pos(x, y, z0 + h / 2) * Cylinder(r, h)
def boxc(lx, ly, lz, x=0, y=0, z0=0):
    return Pos(x, y, z0 + lz / 2) * Box(lx, ly, lz)
def cbore(p, x, y, ztop, d, cd, cdep, depth=500):
    return p - cyl(d/2, depth, x, y, ztop - depth + 1) - cyl(cd/2, cdep + 1, x, y, ztop - cdep)
def csink(p, x, y, ztop, d, cd, depth=500):
    h = (cd - d) / 2
    p = p - cyl(d/2, depth, x, y, ztop - depth + 1)
    return p - Pos(x, y, ztop - h / 2) * Cone(d/2, cd/2, h) - cyl(cd/2, 1, x, y, ztop)

# ---------- Text2CAD helpers ----------
def t2c_face(loops, s):
    """loops: list; each loop either ('circle',(cx,cy),r) or list of segments ('L',p,q) / ('A',p,m,q)"""
    faces = []
    for lp in loops:
        if lp[0] == 'circle':
            (cx, cy), r = lp[1], lp[2]
            faces.append(Pos(cx * s, cy * s) * Circle(r * s))
        else:
            edges = []
            for seg in lp:
                if seg[0] == 'L':
                    edges.append(Line(Vector(*seg[1]) * s, Vector(*seg[2]) * s))
                else:
                    edges.append(ThreePointArc(Vector(*seg[1]) * s, Vector(*seg[2]) * s, Vector(*seg[3]) * s))
            faces.append(make_face(Wire(edges)))
    f = faces[0]
    for h in faces[1:]:
        f = f - h
    return f

def t2c_plane(euler, t):
    pl = Plane.XY
    if euler == (0, 0, -90):
        pl = Plane(origin=(0, 0, 0), x_dir=(1, 0, 0), z_dir=(0, -1, 0))
    return Plane(origin=t, x_dir=pl.x_dir, z_dir=pl.z_dir)

def t2c_ext(face, euler, t, dn, do):
    pl = t2c_plane(euler, t)
    f = pl * face
    n = pl.z_dir
    return extrude(Pos(*(n * (-do))) * f, amount=dn + do, dir=n)

def rect(w, h, x0=0, y0=0):
    P = [(x0, y0), (x0 + w, y0), (x0 + w, y0 + h), (x0, y0 + h)]
    return [('L', P[i], P[(i + 1) % 4]) for i in range(4)]
def poly(P):
    return [('L', P[i], P[(i + 1) % len(P)]) for i in range(len(P))]
def desc_loop(lp, n):
    if lp[0] == 'circle':
        return f"In loop {n}, draw circle 1 with center ({lp[1][0]}, {lp[1][1]}) and radius {lp[2]}."
    parts = []; li = ai = 0
    for seg in lp:
        if seg[0] == 'L':
            li += 1; parts.append(f"line {li} from ({seg[1][0]}, {seg[1][1]}) to ({seg[2][0]}, {seg[2][1]})")
        else:
            ai += 1; parts.append(f"arc {ai} from ({seg[1][0]}, {seg[1][1]}) through ({seg[2][0]}, {seg[2][1]}) to ({seg[3][0]}, {seg[3][1]})")
    return f"In loop {n}, draw " + "; ".join(parts) + "."

def fv(x):
    return f"{x:.4f}".rstrip('0').rstrip('.') if '.' in f"{x:.4f}" else str(x)

def t2c_text(parts_spec, final=None):
    txt = []
    for k, sp in enumerate(parts_spec, 1):
        e, t = sp['euler'], sp['t']
        s = f"Part {k}: Create a new coordinate system with Euler angles [{e[0]:.1f}, {e[1]:.1f}, {e[2]:.1f}] and translation vector [{t[0]}, {t[1]}, {t[2]}]. Draw a 2D sketch on face 1. "
        s += " ".join(desc_loop(lp, i) for i, lp in enumerate(sp['loops'], 1))
        s += f" Scale the sketch by {sp['s']}. Transform the scaled 2D sketch into 3D using the Euler angles [{e[0]:.1f}, {e[1]:.1f}, {e[2]:.1f}] and translation vector [{t[0]}, {t[1]}, {t[2]}]. "
        s += f"Extrude the sketch {sp['dn']} units towards the normal and {sp['do']} units in the opposite direction of the normal. "
        s += {'new': "This operation creates a new solid body.", 'join': "Join this part to the existing body.", 'cut': "Remove material from the existing body (cut)."}[sp['op']]
        s += " " + sp['dims']
        txt.append(s)
    return " ".join(txt)

def t2c_build(parts_spec):
    body = None
    for sp in parts_spec:
        f = t2c_face(sp['loops'], sp['s'])
        b = t2c_ext(f, sp['euler'], sp['t'], sp['dn'], sp['do'])
        if body is None: body = b
        elif sp['op'] == 'join': body = body + b
        elif sp['op'] == 'cut': body = body - b
    return body

def t2c(id_, specs, intent, why):
    add(id_, 1, t2c_text(specs), t2c_build(specs), intent, why + " Units taken as mm; sketch coordinates are multiplied by the sketch scale, extrusion depths are not.")

Z = (0, 0, 0); XZ = (0, 0, -90)
# s801 plate with hole
t2c("s801", [dict(euler=Z, t=[0.0, 0.0, 0.0], loops=[rect(0.75, 0.45), ('circle', (0.375, 0.225), 0.09)], s=0.75, dn=0.06, do=0.0, op='new',
    dims="The final dimensions are length 0.5625, width 0.3375 and height 0.06.")],
    "thin rectangular plate with one central round hole", "0.75x0.45 rectangle scaled 0.75 -> 0.5625x0.3375, hole r 0.09*0.75=0.0675, extruded 0.06; one hole -> genus 1.")
t2c("s802", [dict(euler=XZ, t=[0.0, 0.25, 0.0], loops=[poly([(0, 0), (0.75, 0), (0.75, 0.1), (0.1, 0.1), (0.1, 0.5), (0, 0.5)])], s=0.75, dn=0.25, do=0.0, op='new',
    dims="The final dimensions are length 0.5625, width 0.375 and height 0.25.")],
    "L-section angle extruded", "L profile 0.75 x 0.5 leg thickness 0.1, scaled 0.75, extruded 0.25.")
t2c("s803", [dict(euler=Z, t=[0.0, 0.0, 0.0], loops=[('circle', (0.375, 0.375), 0.375), ('circle', (0.375, 0.375), 0.1562)], s=0.75, dn=0.0938, do=0.0, op='new',
    dims="The final dimensions are length 0.5625, width 0.5625 and height 0.0938.")],
    "flat washer / ring", "outer r 0.375*0.75=0.28125, inner r 0.1562*0.75, height 0.0938; genus 1.")
t2c("s804", [dict(euler=Z, t=[0.0, 0.0, 0.0], loops=[rect(0.75, 0.6)], s=0.75, dn=0.075, do=0.0, op='new',
    dims="The dimensions of this base are length 0.5625, width 0.45 and height 0.075."),
    dict(euler=Z, t=[0.16875, 0.1125, 0.075], loops=[('circle', (0.375, 0.375), 0.375)], s=0.3, dn=0.15, do=0.0, op='join',
    dims="The cylinder has diameter 0.225 and height 0.15; the final dimensions are length 0.5625, width 0.45 and height 0.225.")],
    "rectangular base with a cylindrical boss on top, centred", "base 0.5625x0.45x0.075; boss r 0.375*0.3=0.1125 centred at (0.28125,0.225), 0.15 tall on top.")
t2c("s805", [dict(euler=Z, t=[0.0, 0.0, 0.0], loops=[rect(0.75, 0.375)], s=0.75, dn=0.1875, do=0.0, op='new',
    dims="The block measures length 0.5625, width 0.2812 and height 0.1875."),
    dict(euler=Z, t=[0.20625, 0.0, 0.1875], loops=[rect(0.15, 0.28125)], s=1.0, dn=0.0, do=0.09375, op='cut',
    dims="The slot is 0.15 wide and 0.0938 deep; the final dimensions are length 0.5625, width 0.2812 and height 0.1875.")],
    "block with a transverse slot cut across the top", "block 0.5625x0.28125x0.1875; slot 0.15 wide x 0.09375 deep across full width, from x 0.20625 to 0.35625.")
t2c("s806", [dict(euler=Z, t=[0.0, 0.0, 0.0], loops=[[('L', (0.125, 0.0), (0.625, 0.0)), ('A', (0.625, 0.0), (0.75, 0.125), (0.625, 0.25)), ('L', (0.625, 0.25), (0.125, 0.25)), ('A', (0.125, 0.25), (0.0, 0.125), (0.125, 0.0))],
    ('circle', (0.125, 0.125), 0.0625), ('circle', (0.625, 0.125), 0.0625)], s=0.75, dn=0.05, do=0.0, op='new',
    dims="The final dimensions are length 0.5625, width 0.1875 and height 0.05.")],
    "obround link with two holes", "obround 0.75x0.25 with round ends, two r0.0625 holes at end centres, scaled 0.75, 0.05 thick; genus 2.")
t2c("s807", [dict(euler=Z, t=[0.0, 0.0, 0.0], loops=[rect(0.75, 0.5)] + [('circle', c, 0.03) for c in [(0.075, 0.075), (0.675, 0.075), (0.675, 0.425), (0.075, 0.425)]], s=0.75, dn=0.0375, do=0.0, op='new',
    dims="The final dimensions are length 0.5625, width 0.375 and height 0.0375.")],
    "mounting plate with four corner holes", "0.75x0.5 scaled 0.75, four r0.03 (scaled 0.0225) holes; genus 4.")
t2c("s808", [dict(euler=Z, t=[0.0, 0.0, 0.0], loops=[('circle', (0.375, 0.375), 0.375)], s=0.5, dn=0.6, do=0.0, op='new',
    dims="The cylinder has length 0.375, width 0.375 and height 0.6."),
    dict(euler=Z, t=[0.125, 0.125, 0.6], loops=[('circle', (0.0625, 0.0625), 0.0625)], s=1.0, dn=0.0, do=0.6, op='cut',
    dims="The final dimensions are length 0.375, width 0.375 and height 0.6.")],
    "cylinder bored through along its axis (tube)", "cyl r 0.1875 h 0.6; hole r 0.0625 centred at (0.1875,0.1875) cut 0.6 down through; genus 1.")
t2c("s809", [dict(euler=XZ, t=[0.0, 0.3, 0.0], loops=[poly([(0, 0), (0.75, 0), (0.55, 0.3), (0.2, 0.3)])], s=0.75, dn=0.3, do=0.0, op='new',
    dims="The final dimensions are length 0.5625, width 0.225 and height 0.3.")],
    "trapezoidal prism", "trapezoid 0.75/0.35 bases, 0.3 high, scaled 0.75, extruded 0.3.")
t2c("s810", [dict(euler=XZ, t=[0.0, 0.1875, 0.0], loops=[poly([(0.325, 0), (0.425, 0), (0.425, 0.4), (0.75, 0.4), (0.75, 0.5), (0, 0.5), (0, 0.4), (0.325, 0.4)])], s=0.75, dn=0.0938, do=0.0938, op='new',
    dims="The final dimensions are length 0.5625, width 0.375 and height 0.1876.")],
    "T-section bar extruded symmetrically", "T profile flange 0.75x0.1 on a 0.1 stem 0.4 tall, scaled 0.75, extruded 0.0938 each way = 0.1876.")

# ================= style 2: engineer prose =================
p = boxc(120, 80, 10)
for x in (-48, 48):
    for y in (-28, 28):
        p = cbore(p, x, y, 10, 6.6, 11, 6.5)
add("s811", 2, "We need a 6082 base plate, 120 by 80 and 10 thick. It gets four M6 socket-head counterbores from the top face, hole centres 12 mm in from each edge. Use 6.6 mm through, 11 mm counterbore diameter, 6.5 mm deep so the heads sit just below flush.",
    p, "rectangular plate with four counterbored M6 holes", "120x80x10 minus 4x(6.6 through + 11 dia x 6.5 cbore) at 12 mm from edges; genus 4.")

p = boxc(60, 40, 5, 0, 20) + boxc(60, 5, 50, 0, 2.5)
for x in (-15, 15):
    p = p - cyl(2.75, 20, x, 20, -5)
add("s812", 2, "Could you model a simple angle bracket for me: 60 mm wide, 5 mm thick plate throughout. The horizontal leg sticks out 40 mm from the back, and the upright leg is 50 mm tall overall measured from the underside. Put two 5.5 mm holes in the horizontal leg, 20 mm from its front edge and 15 mm in from each side.",
    p, "L bracket with two base holes", "base 60x40x5 + upright 60x5x50 (overlap at the corner), two d5.5 holes at x=+-15, y=20 from front edge; genus 2.")

p = cyl(15, 12) - cyl(8, 12)
p = p - Pos(0, 11.5, 6) * Rot(90, 0, 0) * Cylinder(1.65, 9)
add("s813", 2, "Shaft collar, 30 OD with a 16 bore, 12 wide. A 3.3 tapping drill goes radially through one wall only, halfway along the width, for an M4 grub screw (no thread needed in the model).",
    p, "shaft collar with radial grub screw hole", "ring r15/r8 x 12; d3.3 radial hole through one wall at mid width joins outer and bore surfaces -> genus 2.")

p = boxc(50, 30, 20) - boxc(10 + 0, 10, 8, 0, 0, 12)
p = boxc(50, 30, 20) - boxc(52, 10, 8, 0, 0, 12)
for x in (-15, 15):
    p = p - cyl(3, 30, x, 0, -5)
add("s814", 2, "The spacer is a 50 x 30 x 20 block (50 long). Along the full length of the top there is a 10 wide, 8 deep slot running down the middle. In the floor of that slot, two 6 mm holes go right through to the bottom face, 15 mm either side of the centre.",
    p, "slotted spacer block with two holes in the slot floor", "50x30x20 minus 10 wide x 8 deep full-length slot, two d6 through holes at x=+-15 through the remaining 12 mm; genus 2.")

p = boxc(50, 16, 14) - Rot(90, 0, 0) * Cylinder(10, 20)
for x in (-17.5, 17.5):
    p = p - cyl(2.75, 20, x, 0, -3)
add("s815", 2, "Half of a pipe clamp for 20 mm tube: block 50 long, 16 deep and 14 high. A half-round groove of 20 mm diameter runs across the 16 mm depth, centred on the bottom face (axis on the bottom face). Two 5.5 clearance holes go vertically through the block, 35 mm apart, symmetric about the middle.",
    p, "pipe clamp half with semicircular groove and two bolt holes", "50x16x14, groove r10 with axis on bottom face along the 16 dimension, holes d5.5 at x=+-17.5 (clear of the groove which ends at +-10); genus 2.")

p = cyl(40, 8) - cyl(11, 8)
for k in range(6):
    a = math.radians(60 * k)
    p = p - cyl(3.3, 8, 31 * math.cos(a), 31 * math.sin(a))
add("s816", 2, "I'm after a round adapter flange, 80mm diameter and 8mm thick, with a 22mm centre bore and six 6.6mm holes equally spaced on a 62mm pitch circle.",
    p, "round flange with centre bore and 6 bolt holes", "disc r40x8 minus r11 bore and 6x d6.6 on PCD 62; genus 7.")

add("s817", 2, "Plate 40 x 40 x 5 with four 8 mm holes, one near each corner, hole centres 3 mm in from both edges.",
    None, "square plate with four corner holes", "8 mm holes have radius 4 > 3 mm edge distance: each hole would break out through two edges, so the holes are not closed holes -> impossible as specified.", impossible=True)

p = boxc(16, 20, 4) + boxc(8, 20, 4, 0, 0, 4) - cyl(2.1, 8)
add("s818", 2, "For the 2020 extrusion I want a simple T-nut: the lower flange is 16 wide and 4 thick, with an 8 wide, 4 high neck on top, both 20 long. A 4.2 tapping hole for M5 goes vertically through the middle of it.",
    p, "T-slot nut with a central tapping hole", "flange 16x20x4 + neck 8x20x4, d4.2 hole through 8 mm total at centre; genus 1.")

p = boxc(60, 60, 6) - cyl(11.25, 6)
for x in (-15.5, 15.5):
    for y in (-15.5, 15.5):
        p = p - cyl(1.7, 6, x, y)
add("s819", 2, "Motor mount plate for a NEMA 17 stepper. The plate itself is 60 by 60 and 6 thick. Centre hole 22.5 mm so the pilot boss drops in, and the four M3 clearance holes on the standard NEMA 17 bolt square, all centred on the plate.",
    p, "NEMA 17 motor plate", "60x60x6, centre d22.5, 4x d3.4 (M3 clearance) on 31 mm square (NEMA 17); genus 5.")

p = Rot(0, 90, 0) * Cylinder(4, 40) - Pos(15, 0, 0) * Cylinder(1, 10)
add("s820", 2, "Dowel-style pin, 8 mm diameter by 40 mm long, plain ends. A 2 mm cross hole passes straight through the pin diametrically, its centre 5 mm from one end.",
    p, "pin with a cross hole", "cylinder r4 x 40, d2 cross hole at 5 mm from one end; genus 1.")

# ================= style 3: captions =================
p = boxc(35, 35, 35, 0, 0, -17.5)
p = p - Cylinder(6, 40) - Rot(90, 0, 0) * Cylinder(6, 40) - Rot(0, 90, 0) * Cylinder(6, 40)
add("s821", 3, "35 mm cube, 12 mm hole through the centre of every face.", p, "cube with three crossing through holes",
    "cube 35, three orthogonal d12 holes through the centre meeting in the middle; genus 5 (from Euler characteristic).")

nut = extrude(RegularPolygon(17 / math.sqrt(3), 6), 8) - cyl(4.25, 8)
add("s822", 3, "Plain hex nut blank, 17 mm across flats, 8 mm thick, with an 8.5 mm plain bore (no thread, no chamfers).", nut,
    "hex nut blank", "regular hexagon 17 AF (circumradius 9.815), 8 thick, minus d8.5 bore; genus 1.")

add("s823", 3, "washer 24od x 10.5id x 2 thk", cyl(12, 2) - cyl(5.25, 2), "flat washer", "annulus r12/r5.25 x 2; genus 1.")

add("s824", 3, "Round tube, OD 25, 2 mm wall, cut to 150 long.", cyl(12.5, 150) - cyl(10.5, 150), "tube section", "r12.5 outer, r10.5 inner, 150 long; genus 1.")

pin = chamfer(Cylinder(3, 30).edges().filter_by(GeomType.CIRCLE), 0.5)
add("s825", 3, "6 x 30 dowel pin with a 0.5 x 45 deg chamfer on both ends.", pin, "chamfered dowel pin", "cylinder r3 x 30, both circular end edges chamfered 0.5; genus 0.")

ch = boxc(50, 30, 20) - boxc(50, 24, 17, 0, 0, 3)
add("s826", 3, "U-channel, 50 long, 30 wide, 20 tall overall, 3 mm thick base and side walls.", ch, "open U channel",
    "30x20 outer section minus 24x17 opening from the top, 50 long; genus 0.")

so = extrude(RegularPolygon(5.5 / math.sqrt(3), 6), 20) - cyl(1.25, 20)
add("s827", 3, "M3 hex standoff, 5.5 AF, 20 mm long, 2.5 mm hole all the way through.", so, "hex standoff", "hexagon 5.5 AF x 20 minus d2.5 through; genus 1.")

fb = boxc(100, 25, 6) - cyl(4.25, 6, -37.5) - cyl(4.25, 6, 37.5)
add("s828", 3, "Flat bar 100x25x6 with two 8.5 holes on the centreline, 12.5 from each end.", fb, "flat bar with two holes",
    "100x25x6, two d8.5 at x=+-37.5; genus 2.")

add("s829", 3, "A 60 mm disc, 5 thick, with a 10 mm square hole in the middle.", cyl(30, 5) - boxc(10, 10, 5), "disc with square hole",
    "r30 x 5 minus 10x10 square through; genus 1.")

add("s830", 3, "Bead: 30 mm ball with a 6 mm hole straight through the middle.", Sphere(15) - Cylinder(3, 40), "drilled sphere",
    "sphere r15 minus d6 through hole; genus 1.")

# ================= style 4: numbered steps =================
p = boxc(100, 60, 8)
p = fillet(p.edges().filter_by(Axis.Z), 6)
for x in (-40, 40):
    for y in (-22, 22):
        p = cbore(p, x, y, 8, 5.5, 10, 5)
add("s831", 4, "1. Plate 100 x 60 x 8 mm.\n2. Round the four vertical corners R6.\n3. Four M5 holes (5.5 thru) 8 mm from the long edges and 10 mm from the short edges.\n4. Counterbore them from the top, 10 dia x 5 deep.",
    p, "plate with rounded corners and 4 counterbored holes", "100x60x8, R6 vertical corner fillets, holes at x=+-40, y=+-22, d5.5 thru + d10x5 cbore; genus 4.")

p = boxc(60, 40, 25)
p = chamfer(p.edges().group_by(Axis.Z)[-1], 1)
p = p - Pos(0, 0, 20) * extrude(RectangleRounded(40, 20, 5), 5)
add("s832", 4, "1) block 60x40x25\n2) 1mm chamfer round the top outside edges\n3) pocket in the top face, 40 x 20, 10 deep, centred, R5 corners inside\nthat's it",
    p, "block with a rounded rectangular pocket and top chamfer", "60x40x25, 1 mm chamfer on 4 top edges, pocket 40x20 R5 corners, 10 deep from top (z 15..25); genus 0.")
# fix pocket depth 10
p = boxc(60, 40, 25)
p = chamfer(p.edges().group_by(Axis.Z)[-1], 1)
p = p - Pos(0, 0, 15) * extrude(RectangleRounded(40, 20, 5), 10)
OUT.pop(); add("s832", 4, "1) block 60x40x25\n2) 1mm chamfer round the top outside edges\n3) pocket in the top face, 40 x 20, 10 deep, centred, R5 corners inside\nthat's it",
    p, "block with a rounded rectangular pocket and top chamfer", "60x40x25, 1 mm chamfer on 4 top edges, pocket 40x20 R5 corners, 10 deep from top (z 15..25); genus 0.")

p = boxc(80, 50, 10)
for x in (-25, 25):
    p = csink(p, x, 0, 10, 5.5, 10.4)
add("s833", 4, "Steps:\n1. Make a plate 80 long, 50 wide, 10 thick.\n2. Drill two 5.5 mm holes on the long centreline, 15 mm in from each short edge.\n3. Countersink both from the top face, 90 degrees, 10.4 mm diameter at the surface (M5 flat head).",
    p, "plate with two countersunk M5 holes", "80x50x10, holes at x=+-25 (15 from ends), d5.5 thru with 90 deg csk to d10.4; genus 2.")

p = boxc(50, 50, 12) - cyl(10, 12)
p = p - Pos(0, 0, 11.5) * Cone(10, 11, 1) - Pos(0, 0, 0.5) * Cone(11, 10, 1)
add("s834", 4, "1. Square block 50 x 50, 12 thick.\n2. 20 mm bore through the centre.\n3. Break both ends of the bore with a 1 x 45° chamfer.",
    p, "square block with chamfered centre bore", "50x50x12 minus d20 bore, 1 mm x 45 deg chamfers at both ends of the bore (cones r10->r11 over 1 mm); genus 1.")

p = boxc(120, 80, 4)
p = fillet(p.edges().filter_by(Axis.Z), 10)
for x in (-54, 54):
    for y in (-34, 34):
        p = p - cyl(2.25, 4, x, y)
p = p - boxc(40, 20, 4)
add("s835", 4, "Cover plate:\n1 - sheet 120 x 80 x 4\n2 - radius all 4 corners R10\n3 - 4 off 4.5 holes, 6 mm from each edge\n4 - 40 x 20 rectangular window in the centre, sharp corners",
    p, "cover plate with holes and a window", "120x80x4, R10 corners, 4x d4.5 at 6 mm from edges (x=+-54, y=+-34), central 40x20 cutout; genus 5.")

p = boxc(70, 40, 30)
p = p - cyl(11, 7, 0, 0, 23) - cyl(5, 30)
for x in (-25, 25):
    p = cbore(p, x, 0, 30, 6.6, 11, 6)
add("s836", 4, "1. Block 70 x 40 x 30 high.\n2. From the top, centred, a pocket to take a 608 bearing (bearing OD, 7 deep).\n3. 10 mm through hole under it, same axis.\n4. Two M6 counterbored holes, 6.6 thru, 11 dia x 6 deep, on the centreline 10 mm from each 40 mm end.",
    p, "bearing block for a 608 bearing", "608 = 22 OD x 7 wide: bore d22 x 7 deep, d10 through; holes at x=+-25 with cbore d11x6; genus 3.")

key = chamfer(Box(50, 12, 8).edges(), 0.8)
add("s837", 4, "1. bar 50 x 12 x 8\n2. chamfer every edge 0.8 mm\n(it's a drive key)", key, "chamfered key bar", "box 50x12x8 with all 12 edges chamfered 0.8; genus 0.")

prof = Polygon((0, 0), (80, 0), (80, 10), (30, 10), (30, 30), (0, 30), align=None)
p = Pos(0, 20, 0) * Rot(90, 0, 0) * extrude(prof, 40)
p = Pos(0, 0, 0) * p
ed = [e for e in p.edges().filter_by(Axis.Y) if abs(e.center().X - 30) < 1e-6 and abs(e.center().Z - 10) < 1e-6]
p = fillet(ed, 5)
add("s838", 4, "1. Start with a base 80 x 40 x 10.\n2. Add a block on top at one end: 30 along the length, full 40 width, 20 tall (so 30 overall).\n3. Fillet the inside corner where the step meets the base, R5, across the full width.",
    p, "stepped block with filleted inner corner", "L profile (80x10 base + 30x20 step) extruded 40, one concave edge filleted R5; genus 0.")

p = boxc(90, 40, 6) - extrude(SlotOverall(25, 6), 6)
for x in (-35, 35):
    p = p - cyl(2.25, 6, x)
add("s839", 4, "1. 90 x 40 x 6 plate\n2. centred slot along the length, 6 wide and 25 long overall (round ends)\n3. 4.5 hole each end on the centreline, 10 from the short edges",
    p, "plate with a centre slot and two end holes", "90x40x6 minus obround 25x6 slot, d4.5 at x=+-35; genus 3.")

p = Cylinder(25, 15)
p = chamfer(p.edges().group_by(Axis.Z)[-1], 2)
p = Pos(0, 0, 7.5) * p
p = cbore(p, 0, 0, 15, 8, 14, 5)
add("s840", 4, "1. Cylinder Ø50, 15 high.\n2. 2 mm chamfer on the top edge.\n3. Ø8 hole through the middle.\n4. Counterbore Ø14 x 5 deep from the top.",
    p, "puck with chamfer and counterbored centre hole", "r25x15, 2x45 chamfer top edge, d8 thru, d14x5 cbore; genus 1.")

# ================= style 5: revolve / loft / sweep / shell =================
def rev(pts):
    return revolve(Plane.XZ * Polygon(*pts, align=None), Axis.Z)

add("s841", 5, "First sketch a half-profile in the XZ plane with the points (0,0), (20,0), (20,5), (8,5), (8,30), (0,30) in mm (x is the radius, z is up), then revolve it a full turn about the Z axis. That's the whole part, a flanged pin.",
    rev([(0, 0), (20, 0), (20, 5), (8, 5), (8, 30), (0, 30)]), "flanged pin by revolution", "revolve: flange r20 x 5 + shaft r8 x 25; genus 0.")

add("s842", 5, "First draw the pulley's cross-section as a closed polyline through (r, z) = (4,0), (15,0), (15,2), (11,5), (15,8), (15,10), (4,10). Then revolve it 360 degrees about the axis r = 0. Finally you should have a small V-groove pulley with an 8 mm bore.",
    rev([(4, 0), (15, 0), (15, 2), (11, 5), (15, 8), (15, 10), (4, 10)]), "V-groove pulley by revolution", "revolved profile between r4 and r15 with a V groove 4 deep; bore d8 -> genus 1.")

lo = loft([Rectangle(40, 40), Pos(0, 0, 30) * Circle(10)])
add("s843", 5, "First a 40 x 40 square on the bottom plane. Then a 20 mm diameter circle 30 mm above it, same centre. Finally loft from the square to the circle to make a solid square-to-round transition.",
    lo, "square-to-round loft", "loft 40x40 square at z0 to d20 circle at z30; volume from OCC ruled-ish loft; genus 0.")

h = loft([Rectangle(60, 30), Pos(0, 0, 40) * Rectangle(30, 15)])
top = h.faces().sort_by(Axis.Z)[-1]
h = offset(h, amount=-2, openings=top)
add("s844", 5, "First loft a solid from a 60 x 30 rectangle up to a 30 x 15 rectangle 40 mm higher (centred). Then shell it inward to a 2 mm wall, removing the small top face so it's open there. Hopper-ish.",
    h, "shelled tapered hopper", "frustum loft 60x30 -> 30x15 over 40, shelled -2 with small top face open; genus 0.")

arc = Edge.make_circle(50, Plane.XY, 0, 90)  # centre at origin, from (50,0) to (0,50)
prof = Plane(origin=(50, 0, 0), z_dir=(0, 1, 0)) * Circle(5)
sw = sweep(prof, path=Wire([arc]))
add("s845", 5, "First draw a quarter-circle path with a 50 mm radius. Then put a 10 mm diameter circle at the start of the path, perpendicular to it. Finally sweep the circle along the arc to get a bent rod, 90° bend.",
    sw, "swept quarter-bend rod", "circle r5 swept along R50 90 deg arc: V = pi*25*(pi*50/2); genus 0.")

l1 = Line((0, 0, 0), (0, 80, 0))
a1 = Edge.make_tangent_arc((0, 80, 0), (0, 1, 0), (30, 110, 0))
pw = Wire([l1, a1])
ring = Plane(origin=(0, 0, 0), z_dir=(0, 1, 0)) * (Circle(6) - Circle(4))
pipe = sweep(ring, path=pw)
add("s846", 5, "First the path: a straight 80 mm line, then continuing tangentially into a 90 degree arc of 30 mm radius (centreline). Then the section: a 12 mm OD / 8 mm ID ring at the start of the line. Finally sweep it along the path to get a bent pipe.",
    pipe, "swept bent pipe", "annulus r6/r4 swept along 80 line + tangent R30 quarter arc; V = pi*(36-16)*(80+15*pi); genus 1.")

tray = Box(80, 50, 30)
tray = offset(tray, amount=-2, openings=tray.faces().sort_by(Axis.Z)[-1])
add("s847", 5, "First make a box 80 x 50 x 30 tall. Then shell it with 2 mm walls, open at the top. Finally that's your tray (outside size stays 80 x 50 x 30).",
    tray, "open-top shelled tray", "80x50x30 shelled inward 2 mm, top face removed: 80*50*30 - 76*46*28; genus 0.")

kn = rev([(0, 0), (15, 0), (15, 12), (10, 18), (0, 18)]) - cyl(3, 10)
add("s848", 5, "First sketch the knob half-section: (0,0) to (15,0) to (15,12) to (10,18) to (0,18) and back to the axis. Then revolve it around the vertical axis. Finally drill a 6 mm blind hole up from the bottom, 10 deep, on the axis.",
    kn, "revolved knob with blind hole", "revolve cylinder r15x12 + cone frustum r15->r10 over 6; minus d6 x 10 blind hole; genus 0.")

nz = loft([Circle(15), Pos(0, 0, 50) * Circle(7.5)]) - Cylinder(5, 200)
add("s849", 5, "First sketch a Ø30 circle, then a Ø15 circle 50 mm above it on the same axis. Loft between them. Finally bore Ø10 all the way through along the axis.",
    nz, "lofted tapered nozzle with bore", "cone frustum r15->r7.5 h50 minus r5 bore; genus 1.")

tor = revolve(Plane.XZ * Pos(20, 0) * Circle(5), Axis.Z)
add("s850", 5, "First put a 10 mm circle in the XZ plane with its centre 20 mm from the Z axis. Then revolve it 360 degrees about Z. Finally you have an O-ring shaped torus.",
    tor, "torus", "R20, r5: V = 2*pi^2*20*25; genus 1.")

# ================= style 6: unions =================
p = boxc(80, 60, 5)
pts = [(x, y) for x in (-32, 32) for y in (-22, 22)]
for x, y in pts:
    p = p + cyl(4, 10, x, y, 5)
for x, y in pts:
    p = p - cyl(1.7, 15, x, y)
add("s851", 6, "Base plate 80x60x5 with four round standoffs on top, Ø8 and 10 tall, centred 8 mm in from each edge. Every standoff has an M3 clearance hole (3.4) going down through the standoff and the plate.",
    p, "plate with four drilled standoffs", "80x60x5 + 4x r4x10 at (+-32,+-22), 4x d3.4 through 15; genus 4.")

p = cyl(35, 8) + cyl(15, 58)
p = p - cyl(12, 58)
for k in range(4):
    a = math.radians(90 * k + 45)
    p = p - cyl(3.3, 8, 26 * math.cos(a), 26 * math.sin(a))
add("s852", 6, "Flange with a tube stub: a 70 dia x 8 thick flange, and standing on it a 30 OD tube 50 long (so 58 overall). The 24 mm bore runs through both the tube and the flange. 4 holes 6.6 on a 52 PCD in the flange, outside the tube.",
    p, "welded flange and tube stub", "disc r35x8 + tube r15 to z58, bore r12 through, 4x d6.6 on PCD 52; genus 5.")

p = boxc(100, 40, 6) + boxc(100, 4, 25, 0, 0, 6)
add("s853", 6, "T-section stiffener: a 100 x 40 x 6 flat base, and a 4 mm thick rib 25 mm high standing on it along the full 100 mm length, centred across the width.",
    p, "T-section rib on base", "100x40x6 + 100x4x25 rib; V=24000+10000; genus 0.")

p = boxc(120, 40, 8)
for x in (-40, 40):
    p = p + cyl(10, 15, x, 0, 8)
for x in (-40, 40):
    p = p - cyl(4, 30, x, 0, -1)
add("s854", 6, "base bar 120 long 40 wide 8 thick. one boss dia 20, 15 high on top, 40 mm from the middle, then mirror it to the other side. 8 mm hole down through each boss and the bar",
    p, "bar with two mirrored drilled bosses", "120x40x8 + 2x r10x15 at x=+-40, d8 through 23; genus 2.")

p = boxc(40, 40, 40, 0, 0, -20) + Rot(0, 90, 0) * Cylinder(10, 100)
add("s855", 6, "A 40 mm cube with a Ø20 round shaft sticking out 30 mm from the centre of two opposite faces (one straight axle through, 100 long overall).",
    p, "cube on an axle", "cube 40 + cylinder r10 x 100 coaxial through the centres; extents 100x40x40; genus 0.")

p = boxc(80, 16, 6) + boxc(16, 80, 6) - cyl(3, 6)
add("s856", 6, "Cross: two 80 x 16 x 6 bars crossing at right angles at their middles, flat on the same plane, joined into one piece, with a 6 mm hole through the crossing point.",
    p, "plus-shaped plate with centre hole", "two 80x16x6 bars union (overlap 16x16x6) minus d6 hole; genus 1.")

p = cyl(25, 6) + cyl(10, 25, 0, 0, 6)
for k in range(3):
    p = p + Rot(0, 0, 120 * k) * boxc(24, 3, 15, 12, 0, 6)
add("s857", 6, "Ø50 x 6 base disc with a Ø20 hub 25 high on top of it in the centre. Three ribs, 3 thick and 15 tall, run radially from the centre out to 24 mm radius, spaced 120° apart, all one solid.",
    p, "disc with hub and three radial ribs", "disc r25x6 + hub r10x25 on top + 3 ribs (radial 0..24, 3 wide, 15 tall) on top of disc; genus 0.")

p = boxc(50, 30, 5) + boxc(5, 30, 35, -22.5) + boxc(5, 30, 35, 22.5)
p = p - Pos(0, 0, 25) * Rot(0, 90, 0) * Cylinder(4, 60)
add("s858", 6, "U bracket: a 50 x 30 x 5 base with two 5 mm thick uprights on its short ends, 35 tall overall from the bottom, same 30 width. Both uprights get an 8 mm hole on a common axis, 25 up from the underside, centred in the width.",
    p, "U bracket with coaxial holes", "base 50x30x5 + two 5x30x35 uprights at ends, d8 hole through both at z=25; genus 2.")

p = boxc(60, 40, 4) + (boxc(60, 40, 15, 0, 0, 4) - boxc(56, 36, 15, 0, 0, 4))
for x in (-20, 20):
    p = p + cyl(4, 10, x, 0, 4) - cyl(1.25, 8, x, 0, 6)
add("s859", 6, "enclosure bottom: 60x40 floor 4 thick, plus a 2mm wall all round on top, 15 high (so 19 total). inside, two Ø8 bosses 10 tall at 20mm either side of centre on the long axis, each with a Ø2.5 hole 8 deep from its top for self-tappers",
    p, "enclosure base with bosses", "floor 60x40x4 + perimeter wall 2 thick x 15 + 2 bosses r4x10 with d2.5x8 blind holes; genus 0.")

p = boxc(60, 40, 5, 0, 20) + boxc(60, 5, 40, 0, 2.5)
gus = Plane.YZ * Polygon((5, 5), (35, 5), (5, 35), align=None)
p = p + extrude(gus, 2.5, both=True)
for x in (-20, 20):
    p = p - cyl(2.75, 5, x, 25)
add("s860", 6, "Angle bracket built from three pieces merged together: a 60 x 40 x 5 base, a 60 wide x 40 tall x 5 thick back plate standing on the rear edge of the base (flush at the back, 40 high overall), and a triangular gusset 5 mm thick in the middle of the width, with 30 mm legs along the base top and the back plate's front face. Two 5.5 holes in the base 20 mm either side of the gusset, 25 mm from the back.",
    p, "angle bracket with central gusset", "base 60x40x5 + back 60x5x40 + gusset right triangle legs 30, 5 thick centred at x=0; holes at x=+-20,y=25; genus 2.")

with open(__import__("os").path.join(__import__("os").path.dirname(__file__), "steps8_prompts.jsonl"), "w") as f:
    for o in OUT:
        f.write(json.dumps(o) + "\n")
print(len(OUT))

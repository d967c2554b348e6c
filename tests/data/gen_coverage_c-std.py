# ruff: noqa
"""Generator for coverage_c-std.jsonl: issue 12 items 1-3 variants written by the c-std branch
BEFORE its changes, in other words, values and orders than coverage5a's failing cases (a bar's
length in metres, w/, rows x columns and across x down grids, the N side, torus tube and
centreline, bore + wall, a bearing named once and referred to by its OD / bore / width, profile
end caps, NEMA frames with the person's hole sizes, large washers, inch clearance holes).
Every reference is modelled in build123d; extents/volume/genus are measured from its STL."""
import json, math, os, sys, tempfile
from build123d import *
import trimesh

IN = 25.4
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "coverage_c-std.jsonl")

# ---------------------------------------------------------------- helpers
def cyl(d, h):
    return Cylinder(d / 2, h)

def tube(od, id_, h):
    return Cylinder(od / 2, h) - Cylinder(id_ / 2, h + 2)

def thru(part, pts, d, h=1000):
    for (x, y) in pts:
        part = part - Pos(x, y, 0) * Cylinder(d / 2, h)
    return part

def circle_pts(pcd, n, start=0.0):
    return [(pcd / 2 * math.cos(math.radians(start + 360 * i / n)),
             pcd / 2 * math.sin(math.radians(start + 360 * i / n))) for i in range(n)]

def rect_pts(a, b):
    return [(sx * a / 2, sy * b / 2) for sx in (-1, 1) for sy in (-1, 1)]

def grid_pts(nx, ny, px, py):
    return [((i - (nx - 1) / 2) * px, (j - (ny - 1) / 2) * py) for i in range(nx) for j in range(ny)]

def rplate(x, y, t, r):
    """plate with vertical corner radius r, centred, z in [-t/2, t/2]"""
    return extrude(RectangleRounded(x, y, r), t / 2, both=True)

def cbore(part, pts, d, D, depth, ztop):
    for (x, y) in pts:
        part = part - Pos(x, y, 0) * Cylinder(d / 2, 1000)
        part = part - Pos(x, y, ztop - depth / 2) * Cylinder(D / 2, depth)
    return part

def csk(part, pts, d, D, angle, ztop):
    """through hole d with countersink D x angle at face z=ztop (cone opens upward)"""
    h = (D - d) / 2 / math.tan(math.radians(angle / 2))
    e = 1.0
    rtop = D / 2 + e * math.tan(math.radians(angle / 2))
    for (x, y) in pts:
        part = part - Pos(x, y, 0) * Cylinder(d / 2, 1000)
        part = part - Pos(x, y, ztop - h) * Cone(d / 2, rtop, h + e, align=(Align.CENTER, Align.CENTER, Align.MIN))
    return part

def measure(part):
    if isinstance(part, (list, tuple)):
        raise ValueError("list")
    solids = part.solids()
    assert len(solids) == 1, f"{len(solids)} solids"
    s = solids[0]
    assert (s.is_valid() if callable(s.is_valid) else s.is_valid), "invalid solid"
    vol = s.volume
    assert vol > 0
    bb = s.bounding_box()
    ext = sorted([round(bb.size.X, 3), round(bb.size.Y, 3), round(bb.size.Z, 3)])
    with tempfile.TemporaryDirectory() as td:
        p = os.path.join(td, "m.stl")
        export_stl(s, p, tolerance=0.005, angular_tolerance=0.05)
        m = trimesh.load(p, force="mesh")
        assert m.is_watertight, "mesh not watertight"
        genus = round((2 - m.euler_number) / 2)
    return {"extents": ext, "volume": round(vol, 1), "genus": int(genus)}

CASES = []
def case(cid, item, prompt, build, intent, why, keys=("extents", "volume", "genus")):
    CASES.append(dict(id=cid, item=item, prompt=prompt, build=build, intent=intent, why=why, keys=keys))

def seat(block, d_seat, depth, d_thru, t):
    """block centred at z=0 (height t): a blind seat d_seat x depth from the top and a through hole d_thru"""
    part = block - Pos(0, 0, t / 2 - depth / 2) * Cylinder(d_seat / 2, depth)
    return thru(part, [(0, 0)], d_thru)

# ---------------------------------------------------------------- item 1: numbers and units as written
case("s01", 1, "plate 90 x 70 x 4 w/ 4 holes dia 6, 10 from the edges",
     lambda: thru(Box(90, 70, 4), rect_pts(70, 50), 6), "w/ = with; corner holes", "holes 10 in -> 70 x 50 rectangle")
case("s02", 1, "base 110x75x5 w/ four 5 mm diameter holes 12 mm in from each edge",
     lambda: thru(Box(110, 75, 5), rect_pts(86, 51), 5), "w/; the hole size is not the thickness", "86 x 51 rectangle")
case("s03", 1, "0.5 m length of 25 x 25 square bar",
     lambda: Box(25, 25, 500), "square bar in metres", "0.5 m = 500")
case("s04", 1, "a 1.2 m length of 40 x 10 flat bar",
     lambda: Box(40, 10, 1200), "flat bar in metres", "1.2 m = 1200")
case("s05", 1, "30 cm length of 20 x 20 box bar, solid",
     lambda: Box(20, 20, 300), "solid bar in cm", "30 cm = 300")
case("s06", 1, "two metre length of 15 x 15 square bar",
     lambda: Box(15, 15, 2000), "number in words, metres", "two metre = 2000")
# ---------------------------------------------------------------- item 2: roles in context
case("s07", 2, "plate 160 x 120 x 5 with 2 rows x 5 columns of 6 mm holes at 25 mm pitch, centred",
     lambda: thru(Box(160, 120, 5), grid_pts(5, 2, 25, 25), 6), "rows x columns grid", "10 holes")
case("s08", 2, "120 x 80 x 3 sheet, 4 mm holes on a 15 mm grid, 6 across by 3 down, centred",
     lambda: thru(Box(120, 80, 3), grid_pts(6, 3, 15, 15), 4), "N across by M down on a grid", "18 holes")
case("s09", 2, "100 x 100 x 4 plate with 5 mm holes on a 16 mm grid, 5 across and 5 down",
     lambda: thru(Box(100, 100, 4), grid_pts(5, 5, 16, 16), 5), "across and down", "25 holes")
case("s10", 2, "panel 180 x 90 x 2, 3 rows by 8 columns of 5 mm holes, 20 mm pitch both ways, centred",
     lambda: thru(Box(180, 90, 2), grid_pts(8, 3, 20, 20), 5), "rows by columns", "24 holes")
case("s11", 2, "140 x 90 x 5 plate, 4 holes 8 mm dia in a row at 30 mm pitch along the 140 side, centred",
     lambda: thru(Box(140, 90, 5), grid_pts(4, 1, 30, 30), 8), "the 140 side names the length", "4 holes along X")
case("s12", 2, "donut: tube diameter 10, mean diameter 60",
     lambda: Torus(30, 5), "torus from tube and mean diameter", "R 30, r 5")
case("s13", 2, "torus with a centreline diameter of 80 and a 16 mm tube",
     lambda: Torus(40, 8), "torus from centreline and tube", "R 40, r 8")
case("s14", 2, "ring torus, 24 dia tube, 100 dia centre line",
     lambda: Torus(50, 12), "centre line written as two words", "R 50, r 12")
case("s15", 2, "flanged bush: 10 bore, 3 wall, flange 28 dia x 4 thick, 25 long overall",
     lambda: Pos(0, 0, 0) * (Cylinder(8, 25, align=(Align.CENTER, Align.CENTER, Align.MIN)) + Cylinder(14, 4, align=(Align.CENTER, Align.CENTER, Align.MIN))) - Cylinder(5, 100),
     "flanged bush from bore and wall", "body OD 16")
# ---------------------------------------------------------------- item 3: names that are not sizes
case("s16", 3, "holder for a 6003 bearing: 50 mm diameter disc, as thick as the bearing, bored through to the bearing OD",
     lambda: tube(50, 35, 10), "6003 holder", "6003 = 17 x 35 x 10")
case("s17", 3, "axle for a 608 bearing bore, 60 long",
     lambda: cyl(8, 60), "shaft to a bearing's bore", "608 bore 8")
case("s18", 3, "pin to suit a 6002 bore, 45 mm long",
     lambda: cyl(15, 45), "pin to a bearing's bore", "6002 bore 15")
case("s19", 3, "block 50 x 50 x 15 with a seat for a 6001 bearing, as deep as the bearing is wide, and an 8 mm through hole below it",
     lambda: seat(Box(50, 50, 15), 28, 8, 8, 15), "6001 seat + through hole", "6001 = 12 x 28 x 8")
case("s20", 3, "sleeve to adapt a 6001 bearing onto a 10 mm shaft, as long as the bearing",
     lambda: tube(12, 10, 8), "adapter sleeve", "OD = 6001 bore 12, ID 10, length 8")
case("s21", 3, "ring for a 6204, 60 mm OD, same width as the bearing, bore = bearing OD",
     lambda: tube(60, 47, 14), "6204 ring", "6204 = 20 x 47 x 14")
case("s22", 3, "3030 extrusion end cap, 5 mm plate the size of the profile, M6 clearance hole in the middle",
     lambda: thru(Box(30, 30, 5), [(0, 0)], 6.6), "3030 end cap", "M6 medium 6.6")
case("s23", 3, "NEMA 17 adapter plate 60x60x5 with a 23 mm pilot and 3.5 mm holes on the motor's bolt pattern",
     lambda: thru(thru(Box(60, 60, 5), [(0, 0)], 23), rect_pts(31, 31), 3.5), "NEMA 17 plate, own hole sizes", "31 square")
case("s24", 3, "large washer for M6 to DIN 9021 (the wide one)",
     lambda: tube(18, 6.4, 1.6), "DIN 9021 M6", "6.4 x 18 x 1.6")
case("s25", 3, "90x60x6 plate, 4 clearance holes for 5/16\" bolts, normal fit, on a 60 x 40 rectangle, centred",
     lambda: thru(Box(90, 60, 6), rect_pts(60, 40), 8.73), "inch clearance holes", "5/16 normal 8.73 (ASME B18.2.8)")
case("s26", 3, "60 x 40 x 6 plate with two clearance holes for #10 screws, close fit, 40 apart, centred",
     lambda: thru(Box(60, 40, 6), [(-20, 0), (20, 0)], 5.2), "#10 close clearance", "#10 close 5.2")

# ================================================================ run
def main():
    lines = []
    for c in CASES:
        m = measure(c["build"]())
        expect = {k: m[k] for k in c["keys"]}
        rec = {"id": c["id"], "item": c["item"], "prompt": c["prompt"], "expect": expect,
               "intent": c["intent"], "why": c["why"], "out_of_scope": False, "impossible": False}
        lines.append(json.dumps(rec, ensure_ascii=False))
        print(c["id"], expect, file=sys.stderr)
    with open(OUT, "w") as f:
        f.write("\n".join(lines) + "\n")

if __name__ == "__main__":
    main()

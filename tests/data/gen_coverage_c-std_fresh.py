# ruff: noqa
"""Generator for coverage_c-std_fresh.jsonl: issue 12 items 1-3 variants written by the c-std branch
AFTER its changes and scored once as written (never tuned to), in other words, values and orders than coverage5a's failing cases (a bar's
length in metres, w/, rows x columns and across x down grids, the N side, torus tube and
centreline, bore + wall, a bearing named once and referred to by its OD / bore / width, profile
end caps, NEMA frames with the person's hole sizes, large washers, inch clearance holes).
Every reference is modelled in build123d; extents/volume/genus are measured from its STL."""
import json, math, os, sys, tempfile
from build123d import *
import trimesh

IN = 25.4
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "coverage_c-std_fresh.jsonl")

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

# ---------------------------------------------------------------- item 1
case("f01", 1, "need a 750 mm length of 50 x 6 flat bar", lambda: Box(50, 6, 750), "flat bar", "750 long")
case("f02", 1, "half a metre length of 12 x 12 square bar", lambda: Box(12, 12, 500), "bar in words", "half a metre = 500")
case("f03", 1, "bracket plate 80 x 50 x 5 w/ 2 holes 8 mm dia 40 apart, centred", lambda: thru(Box(80, 50, 5), [(-20, 0), (20, 0)], 8), "w/", "2 holes 40 apart")
case("f04", 1, "tube 25 OD, 21,5 ID, 60 long", lambda: tube(25, 21.5, 60), "decimal comma", "21.5 ID")
# ---------------------------------------------------------------- item 2
case("f05", 2, "aluminium sheet 150 x 150 x 1.5, 3 mm holes on a 10 mm grid, 12 across by 12 down, centred",
     lambda: thru(Box(150, 150, 1.5), grid_pts(12, 12, 10, 10), 3), "perforated sheet", "144 holes")
case("f06", 2, "plate 120 x 60 x 4 with a 4 x 2 grid of 6 mm holes at 25 mm spacing",
     lambda: thru(Box(120, 60, 4), grid_pts(4, 2, 25, 25), 6), "grid of", "8 holes")
case("f07", 2, "o-ring, cord 4 mm, centreline diameter 50", lambda: Torus(25, 2), "o-ring by cord and centreline", "R25 r2")
case("f08", 2, "flanged sleeve: 16 bore, 2.5 wall, 30 long overall, flange 32 dia x 3",
     lambda: (Cylinder(10.5, 30, align=(Align.CENTER, Align.CENTER, Align.MIN)) + Cylinder(16, 3, align=(Align.CENTER, Align.CENTER, Align.MIN))) - Cylinder(8, 100),
     "flanged sleeve by bore and wall", "body OD 21")
# ---------------------------------------------------------------- item 3
case("f09", 3, "puck to hold a 6201 bearing: 45 mm across, same thickness as the bearing, bored through to the bearing OD",
     lambda: tube(45, 32, 10), "6201 holder", "6201 = 12 x 32 x 10")
case("f10", 3, "spindle to suit a 6203 bearing bore, 120 long", lambda: cyl(17, 120), "shaft to 6203 bore", "17")
case("f11", 3, "70 x 70 x 18 block with a seat for a 6003 bearing, as deep as the bearing is wide, and a 20 mm through hole under it",
     lambda: seat(Box(70, 70, 18), 35, 10, 20, 18), "6003 seat", "6003 = 17 x 35 x 10")
case("f12", 3, "bush to fit a 608 bearing onto a 6 mm shaft, same width as the bearing", lambda: tube(8, 6, 7), "adapter bush", "OD 8 ID 6 L 7")
case("f13", 3, "4040 extrusion end cap: 4 mm plate the size of the profile, M8 clearance hole in the middle, close fit",
     lambda: thru(Box(40, 40, 4), [(0, 0)], 8.4), "4040 end cap", "M8 close 8.4")
case("f14", 3, "DIN 9021 washer for M10 (the large one)", lambda: tube(30, 10.5, 2.5), "DIN 9021 M10", "10.5 x 30 x 2.5")
case("f15", 3, "80 x 50 x 6 plate with 4 holes for 3/8\" bolts, loose fit, on a 60 x 30 rectangle",
     lambda: thru(Box(80, 50, 6), rect_pts(60, 30), 10.72), "inch loose fit", "3/8 loose 10.72")
case("f16", 3, "NEMA 17 motor plate, 70 x 70 x 4, 3.2 mm holes on the bolt pattern and a 22.5 mm pilot hole",
     lambda: thru(thru(Box(70, 70, 4), [(0, 0)], 22.5), rect_pts(31, 31), 3.2), "NEMA 17 plate, own holes", "31 square")

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

# ruff: noqa
import json, math
from build123d import *
IN = 25.4
MIN = (Align.CENTER, Align.CENTER, Align.MIN)

def plate(L, W, T, r=0):
    p = Box(L, W, T, align=MIN)
    if r:
        p = fillet(p.edges().filter_by(Axis.Z), r)
    return p

def drill(p, pts, d):
    for x, y in pts:
        p -= Pos(x, y, 0) * Cylinder(d / 2, 4000)
    return p

def blind(p, pts, d, depth, top):
    for x, y in pts:
        p -= Pos(x, y, top - depth) * Cylinder(d / 2, depth + 50, align=MIN)
    return p

def cbore(p, pts, d, D, depth, top):
    p = drill(p, pts, d)
    return blind(p, pts, D, depth, top)

def csk(p, pts, d, D, top, ang=90):
    p = drill(p, pts, d)
    h = (D - d) / 2 / math.tan(math.radians(ang / 2))
    for x, y in pts:
        p -= Pos(x, y, top - h) * Cone(d / 2, D / 2, h, align=MIN)
        p -= Pos(x, y, top) * Cylinder(D / 2, 50, align=MIN)
    return p

def ring(OD, ID, H):
    return Cylinder(OD / 2, H, align=MIN) - Cylinder(ID / 2, H * 3)

def disc(D, H):
    return Cylinder(D / 2, H, align=MIN)

def grid(nx, ny, px, py):
    return [((i - (nx - 1) / 2) * px, (j - (ny - 1) / 2) * py) for i in range(nx) for j in range(ny)]

def rect4(a, b):
    return [(sx * a / 2, sy * b / 2) for sx in (-1, 1) for sy in (-1, 1)]

def pcd(n, D, start=0):
    return [(D / 2 * math.cos(math.radians(start + 360 * k / n)), D / 2 * math.sin(math.radians(start + 360 * k / n))) for k in range(n)]

def row(n, pitch):
    return [((i - (n - 1) / 2) * pitch, 0) for i in range(n)]

def hexnut(s, m, d):
    return RegularPolygon(s / 2, 6, major_radius=False) if False else None

def hexprism(s, H):
    sk = RegularPolygon(s / math.sqrt(3), 6)
    return extrude(sk, H)

def topchamfer(p, c):
    return chamfer(p.edges().group_by(Axis.Z)[-1], c)

def genus_of(p):
    V = len(p.vertices()); E = len(p.edges()); F = len(p.faces())
    R = sum(len(f.wires()) - 1 for f in p.faces())
    return round(1 - (V - E + F - R) / 2)

def fmt_vol(v):
    if v < 100:
        return float(f"{v:.5g}")
    return round(v, 1)

E = []
def add(i, item, prompt, build=None, intent="", why="", genus=None, novol=False, imp=False, oos=False):
    E.append(dict(i=i, item=item, prompt=prompt, build=build, intent=intent, why=why, genus=genus, novol=novol, imp=imp, oos=oos))

exec(open(__file__.replace("gen_coverage8a.py", "gen_coverage8a_items.py")).read())

out = []
for e in E:
    rec = {"id": f"c{e['i']}", "item": e["item"], "prompt": e["prompt"]}
    if e["imp"] or e["build"] is None:
        rec["expect"] = {}
    else:
        p = e["build"]()
        assert len(p.solids()) == 1, e["i"]
        assert p.is_valid, e["i"]
        bb = p.bounding_box()
        ex = sorted([round(bb.size.X, 2), round(bb.size.Y, 2), round(bb.size.Z, 2)])
        g = genus_of(p)
        if e["genus"] is not None:
            assert g == e["genus"], (e["i"], g, e["genus"])
        exp = {"extents": ex}
        if not e["novol"]:
            exp["volume"] = fmt_vol(p.volume)
        exp["genus"] = g
        rec["expect"] = exp
    rec["intent"] = e["intent"]; rec["why"] = e["why"]
    rec["out_of_scope"] = e["oos"]; rec["impossible"] = e["imp"]
    out.append(rec)
    print(rec["id"], rec["expect"])
ids = [r["id"] for r in out]
assert len(ids) == len(set(ids))
with open(__file__.replace("gen_coverage8a.py", "coverage8a_prompts.jsonl"), "w") as f:
    for r in out:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
print(len(out))

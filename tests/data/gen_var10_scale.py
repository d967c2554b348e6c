# ruff: noqa
import json, math
from pathlib import Path

OUT = Path(__file__).with_name("var10_scale_prompts.jsonl")
pi = math.pi

def cyl(d, h):
    return pi * d * d / 4 * h

def r(x):
    return float(f"{x:.6g}")

def simpson(f, a, b, n=4000):
    h = (b - a) / n
    s = f(a) + f(b)
    for i in range(1, n):
        s += (4 if i % 2 else 2) * f(a + i * h)
    return s * h / 3

def cross_hole(rh, chord):
    """volume removed by a cylindrical hole of radius rh whose axis crosses the part;
    chord(y) = material length along the hole axis at offset y across the hole."""
    # y = rh*sin(t): integrand 2*sqrt(rh^2-y^2)*chord(y) dy = 2*rh^2*cos^2(t)*chord(rh sin t) dt
    return simpson(lambda t: 2 * rh * rh * math.cos(t) ** 2 * chord(rh * math.sin(t)), -pi / 2, pi / 2)

cases = []
def add(id_, cls, prompt, ext, vol, genus, intent, why, oos=False, imp=False):
    exp = {}
    if ext is not None:
        exp["extents"] = [r(v) for v in sorted(ext)]
    if vol is not None:
        exp["volume"] = r(vol)
    if genus is not None:
        exp["genus"] = genus
    cases.append({"id": id_, "class": cls, "prompt": prompt, "expect": exp,
                  "intent": intent, "why": why, "out_of_scope": oos, "impossible": imp})

# ---------------- J: holes and cuts on tiny parts ----------------
add("n001", "J", "Part 1: a rectangular block 0.75 long, 0.375 wide and 0.25 high. On the top face drill two through holes of diameter 0.1, centred across the width, 0.2 from each end.",
    [0.75, 0.375, 0.25], 0.75 * 0.375 * 0.25 - 2 * cyl(0.1, 0.25), 2,
    "small block with two through holes", "box minus two 0.1 dia x 0.25 cylinders")

R, rh = 0.2, 0.04
v_x = cross_hole(rh, lambda y: 2 * math.sqrt(R * R - y * y))
add("n002", "J", "a round bar 0.4 in diameter, 0.75 long, with two cross holes of 0.08 straight through the diameter, parallel to each other, at 0.2 and 0.55 from one end",
    [0.4, 0.4, 0.75], cyl(0.4, 0.75) - 2 * v_x, 2,
    "pin with two diametral cross holes",
    "each cross hole removes int 2sqrt(r^2-y^2)*2sqrt(R^2-y^2) dy (numerical), slightly less than pi r^2 * 0.4")

add("n003", "J", "Sketch a rectangle 0.75 x 0.5. Inside it draw a second rectangle offset inward by 0.05 on every side. Extrude the region between the two loops by 0.04 so you get a frame.",
    [0.75, 0.5, 0.04], (0.75 * 0.5 - 0.65 * 0.4) * 0.04, 1,
    "thin rectangular frame", "(0.375 - 0.65*0.4) * 0.04")

add("n004", "J", "Create a new coordinate system with Euler angles 0, 0, 0 and translation vector 0, 0, 0. On face 1, loop 1: circle centred at (0.5, 0.5), radius 0.5. Loop 2: concentric circle, radius 0.2. Scale the whole sketch by a factor of 0.75. Extrude 0.1 along the normal (the extrusion depth is not scaled), new body.",
    [0.75, 0.75, 0.1], cyl(0.75, 0.1) - cyl(0.3, 0.1), 1,
    "washer after sketch scale 0.75",
    "scaled OD 0.75, ID 0.3, thickness 0.1")

add("n005", "J", "plate 0.6 x 0.4 x 0.05, rectangular window 0.2 x 0.1 cut through in the middle",
    [0.6, 0.4, 0.05], (0.6 * 0.4 - 0.2 * 0.1) * 0.05, 1,
    "plate with rectangular through cut-out", "(0.24 - 0.02) * 0.05")

R, Ri, rh = 0.25, 0.075, 0.03
v_w = cross_hole(rh, lambda y: 2 * (math.sqrt(R * R - y * y) - math.sqrt(Ri * Ri - y * y)))
add("n006", "J", "cylinder Ø0.5, 0.3 tall, with a 0.15 bore down the axis, plus one 0.06 cross hole through both walls at half height",
    [0.5, 0.5, 0.3], cyl(0.5, 0.3) - cyl(0.15, 0.3) - v_w, 3,
    "bushing with a radial cross hole through both walls",
    "cross hole removal = int 2sqrt(r^2-y^2)*2(sqrt(R^2-y^2)-sqrt(Ri^2-y^2)) dy; tube genus 1 + 2 wall openings = 3")

add("n007", "J", "right triangle plate, the legs are 0.75 and 0.5, thickness 0.1, one hole d=0.1 through it at the centroid",
    [0.75, 0.5, 0.1], 0.5 * 0.75 * 0.5 * 0.1 - cyl(0.1, 0.1), 1,
    "triangular plate with centroid hole",
    "area 0.1875 x 0.1 minus hole; centroid (0.25, 0.167) is 0.139 from the hypotenuse, hole fits")

t, w = 0.125, 0.25
add("n008", "J", "L-shaped profile: base leg 0.75 long, upright 0.5 tall overall, both legs 0.125 thick, extruded 0.25. Put one 0.08 hole through the upright, centred on the part of it above the base.",
    [0.75, 0.5, 0.25], (0.75 * t + t * (0.5 - t)) * w - cyl(0.08, t), 1,
    "small L bracket with one hole in the upright",
    "L area 0.75*0.125 + 0.125*0.375 = 0.140625, x 0.25, minus hole through 0.125")

add("n009", "J", "disc 0.5 dia, 0.125 thick. Centre hole 0.1 through, counterbored 0.2 dia x 0.05 deep from the top",
    [0.5, 0.5, 0.125], cyl(0.5, 0.125) - cyl(0.2, 0.05) - cyl(0.1, 0.075), 1,
    "disc with counterbored centre hole", "disc minus cbore 0.2x0.05 minus 0.1 hole over remaining 0.075")

add("n010", "J", "block 0.3 x 0.2 x 0.1 with a through hole of diameter 0.25 in the centre of the top face",
    None, None, None,
    "hole wider than the block", "0.25 hole is wider than the 0.2 width: it would cut the block in two", imp=True)

# ---------------- K: counts whose size is given elsewhere ----------------
add("n011", "K", "Thin plate 0,75 x 0,5 x 0,05. Four holes, one near each corner. The holes are 0.06 in diameter, centred 0.075 from each edge.",
    [0.75, 0.5, 0.05], 0.75 * 0.5 * 0.05 - 4 * cyl(0.06, 0.05), 4,
    "plate with four corner holes", "box minus 4 x 0.06 holes")

add("n012", "K", "A bar 0.6 long, 0.1 wide, 0.05 thick with two small holes through the flat. Make them 0.04 across, 0.1 in from each end.",
    [0.6, 0.1, 0.05], 0.6 * 0.1 * 0.05 - 2 * cyl(0.04, 0.05), 2,
    "link bar with two holes", "box minus 2 x 0.04 holes")

add("n013", "K", "disc, radius 0.3, 0.04 thick, with a centre bore of 0.12 and six holes evenly spaced round it. Holes: 0.05 dia on a 0.4 pitch circle.",
    [0.6, 0.6, 0.04], cyl(0.6, 0.04) - cyl(0.12, 0.04) - 6 * cyl(0.05, 0.04), 7,
    "small flange disc", "radius 0.3 -> dia 0.6; 1 bore + 6 holes = genus 7")

add("n014", "K", "square 0.5 x 0.5, 0.1 thick. One hole in the middle and one at each corner. All holes the same size: radius 0.05. Corner holes sit 0.1 from the sides.",
    [0.5, 0.5, 0.1], 0.5 * 0.5 * 0.1 - 5 * cyl(0.1, 0.1), 5,
    "square plate with five holes", "radius 0.05 -> dia 0.1, five through holes")

add("n015", "K", "rectangle 0.8 x 0.3 x 0.06. three holes in a row along the long axis. spacing 0.25, diameter 0.05, middle one at the centre.",
    [0.8, 0.3, 0.06], 0.8 * 0.3 * 0.06 - 3 * cyl(0.05, 0.06), 3,
    "plate with three holes in a row", "box minus 3 holes")

L, rh = 0.4, 0.05
union = 3 * pi * rh * rh * L - 3 * (16 / 3) * rh ** 3 + 8 * (2 - math.sqrt(2)) * rh ** 3
add("n016", "K", "cube of 0.4. A hole goes right through each pair of opposite faces, all three meeting in the middle. The holes are 0.1 across.",
    [0.4, 0.4, 0.4], L ** 3 - union, 5,
    "cube with three orthogonal through holes",
    "union of 3 cylinders = 3 pi r^2 L - 3*Steinmetz(16/3 r^3) + triple 8(2-sqrt2) r^3; 6 openings into one junction -> genus 5")

add("n017", "K", "tab 0.5 x 0.25 x 0.03 with a row of five equal slots across it. Each slot is 0.04 wide and 0.15 long, square ends, slot pitch 0.08, pattern centred on the tab.",
    [0.5, 0.25, 0.03], 0.5 * 0.25 * 0.03 - 5 * 0.04 * 0.15 * 0.03, 5,
    "tab with five through slots", "five rectangular through slots; row spans 0.36 < 0.5")

lg, t, w, dh = 0.4, 0.05, 0.3, 0.05
add("n018", "K", "Angle bracket, each flange 0.4 measured from the outside corner, 0.05 thick, 0.3 wide, with two holes in each flange. The holes: 0.05 diameter, 0.25 from the outside corner, 0.1 in from each side edge.",
    [0.4, 0.4, 0.3], (lg * t + (lg - t) * t) * w - 4 * cyl(dh, t), 4,
    "small angle bracket with 2 holes per flange", "L area 0.4*0.05+0.35*0.05 = 0.0375, x 0.3, minus 4 holes through 0.05")

add("n019", "K", "flange ring 0.75 OD, 0.3 ID, 0.06 thick, eight bolt holes. the bolt holes are 0.05, equally spaced on a 0.55 circle",
    [0.75, 0.75, 0.06], cyl(0.75, 0.06) - cyl(0.3, 0.06) - 8 * cyl(0.05, 0.06), 9,
    "ring flange with 8 holes", "ring (genus 1) + 8 holes = 9")

add("n020", "K", "extrude the outline of a maple leaf, about 0.5 across, 0.02 thick, with three small holes in it",
    None, None, None,
    "organic outline", "a maple leaf outline is not defined by any dimensions", oos=True)

# ---------------- L: depths from the face a feature enters ----------------
add("n021", "L", "bar 0.25 x 0.25 x 0.5. Into one of the square end faces, a 0.1 diameter blind hole 0.3 deep, centred.",
    [0.25, 0.25, 0.5], 0.25 * 0.25 * 0.5 - cyl(0.1, 0.3), 0,
    "bar with axial blind hole", "blind, genus 0")

add("n022", "L", "block 0.6 x 0.4 x 0.3 with a 0.4 x 0.2 rectangular pocket, 0.2 deep from the top, centred",
    [0.6, 0.4, 0.3], 0.6 * 0.4 * 0.3 - 0.4 * 0.2 * 0.2, 0,
    "block with blind rectangular pocket", "box minus 0.4*0.2*0.2")

add("n023", "L", "plate 0.75 x 0.3 x 0.12, a slot cut 0.05 deep across the top, 0.1 wide, running the short way at mid length",
    [0.75, 0.3, 0.12], 0.75 * 0.3 * 0.12 - 0.1 * 0.3 * 0.05, 0,
    "plate with a cross slot", "slot 0.1 x 0.3 x 0.05 open at both sides; extents unchanged")

add("n024", "L", "cylinder d 0.4, length 0.6; from one flat end a 0.2 hole, 0.25 deep, on the axis",
    [0.4, 0.4, 0.6], cyl(0.4, 0.6) - cyl(0.2, 0.25), 0,
    "cylinder with axial blind hole", "blind, genus 0")

add("n025", "L", "Block 0.5 x 0.5 x 0.2. From the BOTTOM face: a 0.3 dia recess 0.05 deep. From the top face: a 0.1 hole straight through into the recess, same axis, centred.",
    [0.5, 0.5, 0.2], 0.5 * 0.5 * 0.2 - cyl(0.3, 0.05) - cyl(0.1, 0.15), 1,
    "block with a bottom counterbore and a through hole", "recess 0.3x0.05 + hole 0.1 over remaining 0.15; through -> genus 1")

add("n026", "L", "bar 0.8 x 0.15 x 0.15; one 0.06 hole drilled into a long side face at mid length, 0.1 deep, so it stops 0.05 short of the opposite side",
    [0.8, 0.15, 0.15], 0.8 * 0.15 * 0.15 - cyl(0.06, 0.1), 0,
    "bar with a side blind hole", "blind, genus 0")

add("n027", "L", "Step 1: on the XY plane sketch a rectangle 0.5 by 0.3 and extrude it 0.2. Step 2: on the top face sketch a circle of radius 0.08 at the centre of the face. Step 3: cut-extrude that circle 0.12 into the body (opposite the normal).",
    [0.5, 0.3, 0.2], 0.5 * 0.3 * 0.2 - cyl(0.16, 0.12), 0,
    "block with a blind round pocket", "radius 0.08 -> dia 0.16, 0.12 deep blind")

add("n028", "L", "0.5 x 0.5 x 0.25 block. from the top: a square pocket 0.3 x 0.3, 0.05 deep; in the floor of that pocket a 0.1 dia hole going another 0.1 deeper. everything centred",
    [0.5, 0.5, 0.25], 0.5 * 0.5 * 0.25 - 0.3 * 0.3 * 0.05 - cyl(0.1, 0.1), 0,
    "block with stepped blind pocket", "pocket floor at 0.05, hole bottom at 0.15 < 0.25: blind")

add("n029", "L", "rod 0.3 dia, 0.7 long, with a groove round it at mid length, 0.05 wide and 0.04 deep",
    [0.3, 0.3, 0.7], cyl(0.3, 0.7) - (cyl(0.3, 0.05) - cyl(0.22, 0.05)), 0,
    "rod with a circumferential groove", "groove floor dia 0.3 - 2*0.04 = 0.22")

add("n030", "L", "plate 0.5 x 0.5, 0.2 thick, pocket 0.3 x 0.3 cut 0.25 deep from the top - must not break through the bottom",
    None, None, None,
    "pocket deeper than plate", "0.25 deep pocket in a 0.2 plate must break through, contradicting the request", imp=True)

with OUT.open("w") as f:
    for c in cases:
        f.write(json.dumps(c, ensure_ascii=False) + "\n")

from collections import Counter
print(OUT, len(cases), dict(Counter(c["class"] for c in cases)))

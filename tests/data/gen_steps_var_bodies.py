# ruff: noqa
import json, math
from pathlib import Path

OUT = Path(__file__).with_name("steps_var_bodies_prompts.jsonl")
pi = math.pi
cases = []


def add(i, cls, prompt, ext, vol, genus, intent, why, imp=False, oos=False):
    expect = {}
    if not (imp or oos):
        expect["extents"] = sorted(round(e, 3) for e in ext)
        if vol is not None:
            expect["volume"] = round(vol, 2)
        if genus is not None:
            expect["genus"] = genus
    cases.append({"id": "b%03d" % i, "class": cls, "prompt": prompt, "expect": expect,
                  "intent": intent, "why": why, "out_of_scope": oos, "impossible": imp})


def cyl(r, h):
    return pi * r * r * h


def F(y, R):
    # antiderivative of sqrt(R²-y²)
    return 0.5 * (y * math.sqrt(R * R - y * y) + R * R * math.asin(y / R))


def strip_in_circle(R, w):
    # area of the part of a radius-R disc with |y| <= w/2
    return 2 * (F(w / 2, R) - F(-w / 2, R))


def simpson(f, a, b, n=4000):
    hh = (b - a) / n
    s = f(a) + f(b)
    for k in range(1, n):
        s += (4 if k % 2 else 2) * f(a + k * hh)
    return s * hh / 3


# ---------------- P: second bodies placed by words ----------------
v = 60 * 40 * 8 + 60 * 8 * 50
add(1, "P", "A 60 x 40 x 8 base with an upright 60 wide, 8 thick, standing on top of the base flush with one of the 60 edges, 50 tall above the base.",
    [60, 40, 58], v, 0, "L bracket from base + upright",
    "base 60·40·8 + upright 60·8·50 on top; height 8+50")

v = 100 * 50 * 5 + 4 * cyl(4, 20)
add(2, "P", "four Ø8 posts, 20 tall, standing on a 100 x 50 x 5 plate. they sit on the long centreline, 20 apart centre to centre, the group centred on the plate",
    [100, 50, 25], v, 0, "plate with row of four posts",
    "posts at x=-30,-10,10,30 on y=0; V=25000+4·pi·16·20")

v = 70 * 30 * 10 + 30 ** 3 - cyl(6, 30)
add(3, "P", "pillow-block: 70 x 30 x 10 base, a 30 x 30 x 30 block sitting on it in the middle, and a Ø12 hole through the block horizontally (across the 30 width, centred in the block's height). Base stays solid.",
    [70, 30, 40], v, 1, "pillow block",
    "base 21000 + cube 27000 - pi·6²·30; bore axis at z=25 runs through the full 30 depth of block, clear of the base")

a, b, t, rb, hb, ins, rh = 96, 64, 3, 3.5, 6, 4.5, 1.6
v = a * b * t + 4 * cyl(rb, hb) - 4 * cyl(rh, t + hb)
add(4, "P", "PCB mounting plate 96x64, 3 mm thick. 4 standoff bosses on top at the corners, Ø7 x 6 high, centres 4.5 in from both edges. Ø3.2 holes through each boss and the plate.",
    [a, b, t + hb], v, 4, "PCB plate with four corner standoffs",
    "plate + 4 bosses pi·3.5²·6 - 4 holes pi·1.6²·9 (boss + plate); each hole is one handle -> genus 4")

v = cyl(30, 8) + cyl(10, 22 - 8) - cyl(4, 22)
add(5, "P", "Disc Ø60 x 8 with a central boss Ø20 on one face, total height 22 mm. Ø8 bore through the boss and disc.",
    [60, 60, 22], v, 1, "disc with hub boss and bore",
    "disc pi·30²·8 + boss pi·10²·14 - bore pi·4²·22")

v = 80 * 60 * 6 + 2 * 60 * 6 * 40
add(6, "P", "base 80 x 60 x 6. on top, two side walls 60 long, 6 thick, 40 tall, one on each of the short (60) edges, flush with the outside. makes a U channel",
    [80, 60, 46], v, 0, "U channel from base + two walls",
    "base 28800 + 2·60·6·40; height 6+40")

v = 40 * 40 * 15 + cyl(12.5, 30) - cyl(5, 45)
add(7, "P", "Block 40x40x15, a Ø25 x 30 cylinder standing centred on top of it, then a Ø10 hole straight down through the cylinder and the block.",
    [40, 40, 45], v, 1, "block with cylinder and one through hole",
    "block 24000 + pi·12.5²·30 - pi·5²·45; one hole through both bodies is a single handle")

v = 120 * 20 * 5 + 2 * 20 ** 3
add(8, "P", "flat bar 120 x 20 x 5 with a 20 mm cube sitting on top at each end, flush with the ends", [120, 20, 25], v, 0,
    "bar with end blocks", "bar 12000 + 2·8000")

add(9, "P", "Bottom plate 80 x 60 x 4 with four standoffs Ø6 x 10 at the corners (8 in from the edges), each standoff with an M8 clearance hole Ø8.4 down its axis.",
    [], None, None, "standoff hole bigger than the standoff",
    "Ø8.4 hole in a Ø6 boss leaves no wall", imp=True)

v = cyl(25, 5) + cyl(17.5, 5) + cyl(10, 5)
add(10, "P", "3 tier cake stand model: disc Ø50 x 5 bottom, Ø35 x 5 on it, Ø20 x 5 on top, all centred, one solid",
    [50, 50, 15], v, 0, "three stacked discs", "pi·5·(25²+17.5²+10²)")

# ---------------- Q: crossing and branching ----------------
L, w, t, rh, e = 100, 16, 8, 3, 8
v = (2 * L * w - w * w) * t - 4 * cyl(rh, t)
add(11, "Q", "Plus-shaped part: two flat bars 100 x 16 x 8 crossing at their centres at 90°, same plane, joined. A Ø6 hole through near each of the four arm ends, 8 in from the end.",
    [100, 100, 8], v, 4, "cross of two bars with four end holes",
    "union area 2·100·16-16² times 8, minus 4·pi·3²·8")

r = 10
v = cyl(r, 80) + cyl(r, 50) - 8 * r ** 3 / 3
add(12, "Q", "solid tee made from two Ø20 round bars: the cross bar is 80 long, the upright comes up from the middle of it, 50 from the cross bar's centre line to the top of the upright.",
    [80, 20, 60], v, 0, "solid round tee",
    "two cylinders minus overlap = half a Steinmetz bicylinder 8r³/3 (upright starts at the cross bar axis); height -10..50")

v = 40 * (80 * 6 + 6 * 50)
add(13, "Q", "T out of two plates, length 40: top plate 80 wide x 6 thick, and a web plate 6 thick hanging down from the middle of its underside, 50 deep below the top plate.",
    [40, 56, 80], v, 0, "T section from two plates", "(80·6 + 6·50)·40")

v = 2 * 100 * 144 + 48 * 144
add(14, "Q", "H frame lying flat, 12x12 square bar. Two uprights 100 long, 60 apart centre to centre. A crossbar between them at mid-height, butting into their inner faces.",
    [72, 100, 12], v, 0, "H frame",
    "uprights 2·100·12·12; crossbar clear length 60-12=48; width 60+12=72")

area = (100 * 60 - 84 * 44) + 44 * 8 + 84 * 8 - 64
add(15, "Q", "Window frame, flat, from 8 x 8 bar: outside 100 x 60, with one bar across the middle each way (a cross in the middle), so four openings. One piece.",
    [100, 60, 8], area * 8, 4, "rectangular frame with central cross",
    "ring area 100·60-84·44, plus inner bars 44·8 and 84·8, minus their 8x8 overlap; 4 openings -> genus 4")

R, rb, Lm, out = 15, 8, 60, 40
inside = simpson(lambda s: 2 * 64 * math.cos(s) ** 2 * math.sqrt(R * R - 64 * math.sin(s) ** 2), -pi / 2, pi / 2)
v = cyl(R, Lm) + cyl(rb, R + out) - inside
add(16, "Q", "Round bar Ø30 x 60 long, with a Ø16 round branch sticking out sideways from the middle at 90 degrees, the branch stands 40 proud of the main bar's surface. solid, no bores.",
    [60, 70, 30], v, 0, "round bar with smaller perpendicular branch",
    "branch modelled from main axis to 55 from axis; subtract its part inside the Ø30 bar, integral of 2sqrt(64-z²)sqrt(225-z²) dz over |z|<=8 (numerical)")

r = 6
v = 2 * cyl(r, 70) - 16 * r ** 3 / 3
add(17, "Q", "two Ø12 rods, 70 long each, crossing through each other at their midpoints at right angles (axes intersect). union them",
    [70, 70, 12], v, 0, "cross of two round rods",
    "2·pi·36·70 minus Steinmetz bicylinder 16r³/3")

area = 2 * 60 * 6 - 36
add(18, "Q", "Two plates 60 long x 40 high x 6 thick, slotted into each other through their middles at 90°, like the cardboard dividers in a wine box. Same height, one solid.",
    [60, 60, 40], area * 40, 0, "plus-section from two crossing plates",
    "plan area 2·60·6 - 6·6, times 40")

v = 2 * 80 * 100 + 50 * 100 - 4 * cyl(2.5, 10)
add(19, "Q", "H shape, 10x10 bar: 2 legs 80 long, crossbar 50 long between the legs (clear, at the middle), ø5 hole vertically through each leg 6mm from each end -> 4 holes",
    [70, 80, 10], v, 4, "H frame with four end holes",
    "legs 2·80·10·10, crossbar 50·10·10, minus 4·pi·2.5²·10; width 50+2·10")

ro, ri = 10, 7
vo = cyl(ro, 80) + cyl(ro, 40) - 8 * ro ** 3 / 3
vi = cyl(ri, 80) + cyl(ri, 40) - 8 * ri ** 3 / 3
add(20, "Q", "pipe tee: tube OD 20 ID 14. run is 80 long, branch goes up from the middle, branch end 40 from the run's centreline. all three ends open, bores connect inside.",
    [80, 20, 50], vo - vi, 2, "hollow pipe tee",
    "solid outer tee (two cylinders minus half bicylinder 8R³/3) minus inner bore tee (same with r=7); T channel with three openings -> genus 2")

# ---------------- R: mirror and pattern ----------------
v = 80 * 30 * 10 - 2 * cyl(4, 10)
add(21, "R", "model half and mirror it about the end face: half is a 40 x 30 x 10 block with a Ø8 hole through, centred across the width, 10 from the far end. mirror about the other end (the 30 x 10 face) and join.",
    [80, 30, 10], v, 2, "mirrored block with two holes",
    "full 80x30x10 minus two Ø8 x 10 holes 10 from each end")

v = cyl(20, 10) + 60 * 10 * 10
add(22, "R", "a separate bar 60 x 10 x 10 lying across the top of a Ø40 x 10 disc, centred, joined", [60, 40, 20], v, 0,
    "disc with bar across top", "disc pi·20²·10 + bar 6000 (no overlap, bar sits on the top face and overhangs)")

v = 90 * 40 * 6 + 3 * 4 * 40 * 20
add(23, "R", "Base 90 x 40 x 6. Three ribs evenly spaced along the 90 length, one in the middle and the others 30 either side of it (centre to centre); each rib 4 thick, 20 tall above the base, running the full 40 width.",
    [90, 40, 26], v, 0, "base with three ribs", "base 21600 + 3·4·40·20")

v = cyl(25, 8) - 6 * cyl(3, 8) - cyl(10, 8)
add(24, "R", "Flansch Ø50, 8 dick, Mittelbohrung Ø20, dazu 6 Bohrungen Ø6 gleichmäßig auf Lochkreis Ø38 verteilt (Kreismuster).",
    [50, 50, 8], v, 7, "flange with polar hole pattern",
    "disc minus centre hole minus 6 holes; 7 through holes")

strip = strip_in_circle(15, 20)
area = pi * 15 ** 2 + 80 * 20 - strip - cyl(5, 1) - 2 * cyl(3, 1)
add(25, "R", "Link: hub disc Ø30, 5 thick. One arm 20 wide, 5 thick, from the hub centre out to 40 from the centre, with a Ø6 hole at 30 from the centre. Mirror the arm to the opposite side. Ø10 hole in the middle of the hub.",
    [80, 30, 5], area * 5, 3, "two-arm link with mirrored arm",
    "plan area = disc + 80x20 rectangle - their overlap (strip |y|<=10 of the R15 disc, exact), minus holes; times 5")

v = 120 * 20 * 6 + 5 * cyl(3, 10)
add(26, "R", "strip 120 x 20 x 6, linear pattern of 5 pins Ø6 x 10 tall on top on the centreline, first pin 10 from the end, pitch 25.",
    [120, 20, 16], v, 0, "strip with row of pins", "pins at 10,35,60,85,110; 14400 + 5·pi·9·10")

v = 100 * 25 * 6 + 2 * 25 * 6 * 30
add(27, "R", "Half of it: plate 50 x 25 x 6, plus an upright 25 wide x 6 thick x 30 tall standing on top at the outer end (flush with the end). Mirror about the inner end face so there's an upright at both ends.",
    [100, 25, 36], v, 0, "symmetric bracket by mirror",
    "plate 100·25·6 + two uprights 25·6·30; height 6+30")

spoke = (F(4, 40) - F(-4, 40)) - (F(4, 10) - F(-4, 10))
area = pi * (45 ** 2 - 40 ** 2) + pi * 10 ** 2 + 4 * spoke
add(28, "R", "wheel, 10 thick all over: hub Ø20, rim OD 90 / ID 80, 4 spokes 8 wide straight from hub to rim at 90 degree spacing (polar pattern of one spoke). No bore in hub.",
    [90, 90, 10], area * 10, 4, "four-spoke wheel",
    "rim annulus + hub disc + 4 spoke pieces between r=10 and r=40, area int(sqrt(1600-y²)-sqrt(100-y²)) over |y|<=4 (exact); 4 openings -> genus 4")

add(29, "R", "Pattern the vent slots on the bottom cover the same as on my old Dell laptop, mirror them left/right.",
    [], None, None, "unknown product vent pattern",
    "no dimensions for the laptop cover or its slots", oos=True)

v = 80 * 60 * 10 - 4 * cyl(5, 10) - cyl(10, 10)
add(30, "R", "Model a quarter: 40 x 30 x 10 block, a Ø10 hole 12 in from both outer edges, and a quarter of a Ø20 circle cut out at the inner corner (the corner that will be the centre). Mirror it both ways to get the full plate.",
    [80, 60, 10], v, 5, "plate from quarter mirrored twice",
    "full 80x60x10 with four Ø10 holes at (±28,±18) and a full Ø20 centre hole; 5 through holes")

with OUT.open("w") as f:
    for c in cases:
        f.write(json.dumps(c, ensure_ascii=False) + "\n")
from collections import Counter
print(OUT, len(cases), Counter(c["class"] for c in cases))

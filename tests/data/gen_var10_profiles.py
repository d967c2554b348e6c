# ruff: noqa
import json, math
from pathlib import Path

OUT = Path(__file__).with_name("var10_profiles_prompts.jsonl")
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
    cases.append({"id": "p%03d" % i, "class": cls, "prompt": prompt, "expect": expect,
                  "intent": intent, "why": why, "out_of_scope": oos, "impossible": imp})


def cyl(r, h):
    return pi * r * r * h


def frustum(r1, r2, h):
    return pi * h / 3 * (r1 * r1 + r1 * r2 + r2 * r2)


def frustum_area(a1, a2, h):
    return h / 3 * (a1 + a2 + math.sqrt(a1 * a2))


def simpson(f, a, b, n=4000):
    hh = (b - a) / n
    s = f(a) + f(b)
    for k in range(1, n):
        s += (4 if k % 2 else 2) * f(a + k * hh)
    return s * hh / 3


def loft_to_circle(rfun, area1, perim1, rc, h):
    """ruled loft from a convex centred polygon to a centred circle of radius rc.
    Mid-section area depends on point matching; take the mean of radial matching
    and normal (Minkowski) matching. Returns (V, spread)."""
    a2 = pi * rc * rc
    int_r = simpson(rfun, 0, 2 * pi, 20000)
    am_rad = 0.25 * (area1 + a2 + rc * int_r)
    am_mink = 0.25 * (area1 + a2 + rc * perim1)
    v1 = h / 6 * (area1 + 4 * am_rad + a2)
    v2 = h / 6 * (area1 + 4 * am_mink + a2)
    return (v1 + v2) / 2, abs(v1 - v2) / ((v1 + v2) / 2)


def rect_r(a, b):
    # radial distance of a centred a x b rectangle boundary at angle t
    def f(t):
        c, s = abs(math.cos(t)), abs(math.sin(t))
        return min(a / 2 / c if c > 1e-15 else 1e99, b / 2 / s if s > 1e-15 else 1e99)
    return f


def hex_r(af):
    ap = af / 2
    def f(t):
        phi = (t % (pi / 3)) - pi / 6
        return ap / math.cos(phi)
    return f


# ---------------- M: revolves ----------------
v = cyl(10, 10) + cyl(5, 30)
add(1, "M", "On the XZ plane sketch the half section: from the axis out 10 at the bottom, up 10, in to 5, up 30, back to the axis. Revolve 360° about Z.",
    [20, 20, 40], v, 0, "stepped round: Ø20x10 base with Ø10x30 spigot",
    "profile gives r=10 for z0-10 and r=5 for z10-40; V=pi(10²·10+5²·30)")

v = (pi * (20**2 - 4**2) * 1.5) * 2 + pi * (15**2 - 4**2) * 12
add(2, "M", "need a flanged idler for a GT2 belt, please build it as one revolve. half cross-section: bore radius 4 (Ø8 bore), the two flanges go out to R20 and are 1.5 thick each, between them the running surface sits at R15 over 12 mm. so overall width 15. spin it 360",
    [40, 40, 15], v, 1, "flanged idler pulley with Ø8 bore",
    "annulus r4-20 x1.5 twice + annulus r4-15 x12; bore through -> genus 1")

R, r, top = 15.0, 5.0, 25.0
h0 = math.sqrt(R * R - r * r)
inside = pi * r * r * h0 + pi * (R - h0) ** 2 * (3 * R - (R - h0)) / 3
v = 4 / 3 * pi * R**3 + cyl(r, R + top) - inside
add(3, "M", "Revolve a semicircle of radius 15 about its straight edge (that gives you a ball). Then add a Ø10 neck on top: the neck cylinder starts down at the centre of the ball and sticks out 25 above the top of the ball.",
    [30, 30, 2 * R + top], v, 0, "ball R15 with Ø10 neck",
    "sphere 4/3piR³ + cylinder r5 from z0 to z40 minus its part inside the sphere (r5 disc up to z=sqrt(200), then spherical cap of height 15-sqrt(200)); height -15..40 = 55")

c = 0.5
v = cyl(6, 20) + cyl(4, 15) + cyl(2.5, 10) - pi * c * c * (2.5 - c / 3)
add(4, "M", "Stufenbolzen als Drehteil (Rotation der Halbkontur um die Achse): Ø12 x 20 lang, dann Ø8 x 15, dann Ø5 x 10, alles koaxial hintereinander. Am Ende des Ø5-Zapfens eine Fase 0,5 x 45°.",
    [12, 12, 45], v, 0, "three-step pin with chamfered tip",
    "cylinders pi(6²·20+4²·15+2.5²·10) minus chamfer ring pi·c²(R-c/3), c=0.5, R=2.5")

v = cyl(17.5, 9) + frustum(17.5, 13, 6)
add(5, "M", "Knob. Half profile on XZ: from the axis go out 17.5 along the bottom, up 9, then a straight slope inwards to radius 13 at height 15, then flat across back to the axis. Revolve full circle.",
    [35, 35, 15], v, 0, "knob: cylinder with conical top frustum",
    "cylinder r17.5 h9 + frustum r17.5->13 h6")

IN = 25.4
ri, ro, L, rf, t = 0.25 * IN, 7 / 16 * IN, 1 * IN, 0.625 * IN, 0.125 * IN
v = pi * (ro**2 - ri**2) * L + pi * (rf**2 - ro**2) * t
add(6, "M", "flanged bushing, make it by revolving the wall section (sketch it off the axis, spin 360). ID 1/2\", OD 7/8\", overall length 1\", flange at one end 1-1/4\" OD x 1/8\" thick.",
    [2 * rf, 2 * rf, L], v, 1, "flanged bronze-style bushing in inches",
    "inches to mm: ri 6.35, ro 11.1125, L 25.4, rf 15.875, t 3.175; V=pi(ro²-ri²)L + pi(rf²-ro²)t; through bore genus 1")

v = 0.5 * (cyl(25, 6) + cyl(10, 14))
add(7, "M", "half of a stepped puck - only revolve it 180 deg. profile: from the axis out to 25, up 6, in to radius 10, up another 14, back to the axis.",
    [50, 25, 20], v, 0, "half (180°) revolve of a stepped disc",
    "half of pi(25²·6+10²·14); extents 2R x R x 20")

v = pi * (30**2 - 20**2) * 12 / 4
add(8, "M", "Quarter ring segment: on XZ draw a rectangle from x=20 to x=30, z=0 to z=12. Revolve it 90° about the Z axis.",
    [30, 30, 12], v, 0, "90° ring segment",
    "quarter of annulus r20-30 x 12; x and y each span 0..30 (the 90° end face sits at x=0)")

add(9, "M", "Bushing by revolve: outside Ø20, bore Ø24, length 30 mm. Just sketch the wall and revolve.",
    [], None, None, "bushing with bore larger than OD",
    "bore Ø24 > OD Ø20: no wall to revolve", imp=True)

v = pi * 15**2 * 15 / 3 + cyl(15, 5) + cyl(3, 20)
add(10, "M", "Toupie par révolution autour de Z. Profil : on part de la pointe sur l'axe à (0,0), on monte en biais jusqu'au rayon 15 à la hauteur 15, puis verticale de 5, on revient au rayon 3, puis la tige monte de 20, et retour sur l'axe. Révolution 360°.",
    [30, 30, 40], v, 0, "spinning top: cone, collar, stem",
    "cone r15 h15 (pi r²h/3) + cylinder r15 h5 + cylinder r3 h20; height 15+5+20=40")

# ---------------- N: lofts ----------------
af = 24.0
ahex = 2 * math.sqrt(3) * (af / 2) ** 2
phex = 6 * af / math.sqrt(3)
v, sp = loft_to_circle(hex_r(af), ahex, phex, 8, 20)
print("spread", sp)
add(11, "N", "Loft: regular hexagon 24 across flats on the XY plane, Ø16 circle 20 mm above it, both centred on Z. Straight loft, solid.",
    [af, af * 2 / math.sqrt(3), 20], v, 0, "hexagon-to-circle loft",
    "ruled loft V=h/6(A1+4Am+A2); Am depends on point matching, mean of radial and normal matching used (spread %.1f%%); extents 24 AF x 27.71 AC x 20" % (sp * 100))

add(12, "N", "loft sq 40 -> sq 20 @ 30 high, both centred, no twist", [40, 40, 30], frustum_area(1600, 400, 30), 0,
    "square pyramid frustum", "similar sections: h/3(A1+A2+sqrt(A1A2)) = 10·2800")

v, sp = loft_to_circle(rect_r(50, 30), 1500, 160, 12, 35)
print("spread", sp)
add(13, "N", "Transition piece, solid (not a shell). bottom = 50 x 30 rectangle, top = Ø24 circle, 35 apart, concentric. loft between them.",
    [50, 30, 35], v, 0, "rectangle-to-circle loft",
    "ruled loft h/6(A1+4Am+A2), Am mean of radial and normal matching (spread %.1f%%)" % (sp * 100))

v = frustum(20, 10, 25) - cyl(4, 25)
add(14, "N", "Haz un loft de un círculo de Ø40 en la base a un círculo de Ø20 a 25 mm de altura, y después un agujero pasante de Ø8 por el eje.",
    [40, 40, 25], v, 1, "cone frustum with axial through hole",
    "frustum r20->10 h25 minus cylinder r4 h25")

v = frustum_area(42**2, 21**2, 28) - cyl(5, 28)
add(15, "N", "42 square at the bottom, 21 square on top, 28 tall, loft it straight (edges parallel, no twist). Then drill Ø10 through the middle top to bottom.",
    [42, 42, 28], v, 1, "square frustum with vertical through hole",
    "frustum h/3(1764+441+882) minus pi·5²·28")

v = 40 / 6 * (60 * 30 + 4 * 45 * 45 + 30 * 60)
add(16, "N", "Loft between two rectangles 40 apart: bottom one is 60 along X by 30 along Y, top one is 30 along X by 60 along Y, same centre. Corners connect straight up to the matching corners.",
    [60, 60, 40], v, 0, "rectangle-to-rotated-rectangle loft",
    "section at t is (60-30t) x (30+30t), quadratic area so Simpson exact: 40/6(1800+4·2025+1800)")

add(17, "N", "loft a Ø30 circle at z=0 to another Ø30 circle at z=40 whose centre is moved 20 mm along +X. leaning cylinder basically",
    [50, 30, 40], cyl(15, 40), 0, "oblique cylinder by loft",
    "Cavalieri: every section is a Ø30 disc, V=pi15²·40; x spans -15..35")

v, sp = loft_to_circle(rect_r(36, 36), 36 * 36, 144, 6, 28)
print("spread", sp)
v += 36 * 36 * 6
add(18, "N", "Square pad 36 x 36, 6 thick. On top of it loft from that 36 square to a Ø12 circle 28 above the top of the pad, centred.",
    [36, 36, 34], v, 0, "pad with square-to-circle loft on top",
    "pad 36²·6 + ruled loft h/6(A1+4Am+A2), Am mean of radial and normal matching (spread %.1f%%)" % (sp * 100))

v = frustum_area(44 * 24, 22 * 12, 18) - cyl(3, 18)
add(19, "N", "rect 44x24 lofted to rect 22x12 at 18mm height (centred, sides straight). put a 6mm hole vertical thru the centre.",
    [44, 24, 18], v, 1, "rectangular frustum with through hole",
    "similar rectangles: h/3(1056+264+528) minus pi·3²·18")

v = 2 * frustum(25, 15, 20)
add(20, "N", "Hourglass: Ø50 circle at 0, Ø30 circle at 20, Ø50 circle at 40, all on the Z axis. Ruled loft (straight lines between each pair of sections), solid.",
    [50, 50, 40], v, 0, "two-frustum hourglass loft",
    "two frustums r25->15 h20")

# ---------------- O: sweeps ----------------
L = 40 + pi / 2 * 15 + 30
add(21, "O", "A Ø6 circle swept along a path: 40 straight, a 90° bend of 15 radius, 30 straight.",
    [58, 48, 6], cyl(3, L), 0, "bent rod",
    "V=pi r² · path length (40+7.5pi+30); path (0,0)->(40,0), bend centre (40,15) to (55,15), up to (55,45); x 0..58, y -3..45")

L = 60 + pi * 25
add(22, "O", "U-shaped handle: two straight legs 30 long, parallel, joined over the top by a half-circle of 25 radius (centreline). sweep a Ø8 circle along it.",
    [58, 59, 8], cyl(4, L), 0, "U handle swept rod",
    "legs at x=±25 y0..30, semicircle centre (0,30); V=pi·4²·(60+25pi); x ±29, y 0..59")

L = 50 + pi / 2 * 12 + 35
add(23, "O", "tube, OD 10 ID 6, swept along an L path: 50 straight, then a 90 degree bend with 12 centreline radius, then 35 straight. open ends",
    [67, 52, 10], pi * (25 - 9) * L, 1, "bent tube along L",
    "annulus area pi(5²-3²) x path length 85+6pi; x 0..67, y -5..47; open tube genus 1")

add(24, "O", "Sweep a 5 mm diameter circle around a closed circular path of Ø40 (centreline). like an o-ring.",
    [45, 45, 5], pi * 2.5**2 * 40 * pi, 1, "torus / o-ring by sweep",
    "Pappus 2pi²Rr², R=20 r=2.5")

add(25, "O", "curved bar: rectangle 10 x 4 swept along a 90° arc, centreline radius 30. the 10 side lies in the plane of the arc (radial), 4 is the thickness.",
    [35, 35, 4], 40 * pi / 2 * 30, 0, "quarter-arc flat bar",
    "Pappus: area 40 x centroid arc length 15pi; radial span 25..35, x and y each 0..35")

L = 60 + 15 * pi + 20
add(26, "O", "J hook from Ø8 round stock: 60 straight, then bend it 180° around a 15 radius (centreline), then 20 straight coming back parallel. sweep a circle along that",
    [38, 79, 8], cyl(4, L), 0, "J hook",
    "path (0,0)->(0,60), half circle centre (15,60) to (30,60), down to (30,40); V=pi·16·(80+15pi); x -4..34, y 0..79")

L = 40 + 20 * pi
add(27, "O", "S-bend pipe, OD 12 / ID 8. path: 20 straight, 90° bend left R20, immediately 90° bend right R20, 20 straight. Both bends in the same plane, ends open.",
    [80, 52, 12], pi * (36 - 16) * L, 1, "S-bend tube",
    "path (0,0)->(20,0), bend centre (20,20) to (40,20), bend centre (60,20) to (60,40), to (80,40); annulus area x (40+20pi); y -6..46")

Rm, p, n, rw = 10, 8, 5, 1.5
Lh = n * math.sqrt((2 * pi * Rm) ** 2 + p * p)
ca = 2 * pi * Rm / math.sqrt((2 * pi * Rm) ** 2 + p * p)
add(28, "O", "compression spring: Ø3 wire, mean coil diameter 20, pitch 8, 5 turns. sweep the wire circle along the helix, leave the ends plain (not ground).",
    [2 * Rm + 2 * rw, 2 * Rm + 2 * rw, n * p + 2 * rw * ca], cyl(rw, Lh), 0, "helical spring by sweep",
    "tube formula V=pi r² x helix length 5·sqrt((20pi)²+8²); height 40 + wire Ø3 x cos(helix angle); if section is in an axial plane V is 0.8% lower")

add(29, "O", "Sweep a Ø20 circle along a path: 30 straight, a 90 deg bend of radius 5, 30 straight.",
    [], None, None, "sweep with bend radius smaller than tube radius",
    "section radius 10 > bend radius 5: the sweep self-intersects", imp=True)

L = 100 + 10 * pi
add(30, "O", "drawer pull: Ø10 round bar swept along: 20 up, 90° bend R10 (centreline), 60 across, 90° bend R10, 20 down. flat cut ends.",
    [90, 35, 10], cyl(5, L), 0, "bridge-style drawer pull",
    "path (0,0)->(0,20), bend centre (10,20) to (10,30), to (70,30), bend centre (70,20) to (80,20), down to (80,0); V=25pi·(100+10pi); x -5..85, y 0..35")

with OUT.open("w") as f:
    for c in cases:
        f.write(json.dumps(c, ensure_ascii=False) + "\n")
from collections import Counter
print(OUT, len(cases), Counter(c["class"] for c in cases))

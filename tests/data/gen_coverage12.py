# ruff: noqa
import json
import math
from pathlib import Path

OUT = Path(__file__).with_name("coverage12_prompts.jsonl")
PI = math.pi
IN = 25.4


def cyl(d, h):
    return PI * d * d / 4 * h


def tube(od, idd, h):
    return PI * (od * od - idd * idd) / 4 * h


def hexarea(s):
    return math.sqrt(3) / 2 * s * s


def csk_extra(d_hole, d_head):
    # extra volume of a 90 deg countersink cone over the plain hole
    r, R = d_hole / 2, d_head / 2
    h = R - r
    frustum = PI * h / 3 * (R * R + R * r + r * r)
    return frustum - PI * r * r * h


def slot_area(w, l_end):
    return (l_end - w) * w + PI * w * w / 4


def ext(*a):
    return [round(x, 3) for x in sorted(a)]


cases = []


def add(item, prompt, expect, intent, why, oos=False, imp=False):
    e = {}
    if "extents" in expect:
        e["extents"] = ext(*expect["extents"])
    if "volume" in expect:
        e["volume"] = round(expect["volume"], 2)
    if "genus" in expect:
        e["genus"] = expect["genus"]
    cases.append({"id": f"c{1601 + len(cases)}", "item": item, "prompt": prompt, "expect": e,
                  "intent": intent, "why": why, "out_of_scope": oos, "impossible": imp})


# ---------------- item 1: numbers and units ----------------
od, idd, L = 0.75 * IN, 0.25 * IN, 0.5 * IN
add(1, "need a quick spacer for my Ender 3 (the 2019 one, not the V2). 3/4\" OD, 1/4\" bore, 1/2\" long. gonna print like 4 of them at 20% infill",
    {"extents": [od, od, L], "volume": tube(od, idd, L), "genus": 1},
    "round spacer in inches", "OD 19.05, bore 6.35, length 12.7 mm; annulus x length")

add(1, "Hallo, ich brauche eine Platte 12 cm x 8,5 cm, Dicke 4 mm. Ohne Bohrungen. Danke!",
    {"extents": [120, 85, 4], "volume": 120 * 85 * 4, "genus": 0},
    "plain plate, cm with decimal comma", "12 cm = 120, 8,5 cm = 85 mm, 4 thick")

add(1, "can someone model a plain cylinder forty-two millimetres across and seventeen tall? it's a plug for a jar lid, my kid lost the original back in 2021",
    {"extents": [42, 42, 17], "volume": cyl(42, 17), "genus": 0},
    "cylinder with sizes as words", "d 42, h 17; 2021 is a year")

add(1, "Ø12 rod cut to 0.35 m",
    {"extents": [12, 12, 350], "volume": cyl(12, 350), "genus": 0},
    "round rod length in metres", "0.35 m = 350 mm, dia 12")

add(1, "round foot pad for my washing machine, 15 radius, 6 high. need 4 (one per corner obviously)",
    {"extents": [30, 30, 6], "volume": cyl(30, 6), "genus": 0},
    "disc given by radius after the number", "radius 15 -> dia 30, height 6; 4 is a quantity")

a, b, c = 2.5 * IN, (1 + 3 / 8) * IN, 5 / 8 * IN
add(1, "Solid block 2 1/2\" by 1 3/8\" by 5/8\", no features. it's a sanding block for model kits",
    {"extents": [a, b, c], "volume": a * b * c, "genus": 0},
    "block in mixed-number inches", "63.5 x 34.925 x 15.875 mm")

add(1, "3 thick 40 wide 65 long, one 8 hole dead center. thats it",
    {"extents": [65, 40, 3], "volume": 65 * 40 * 3 - cyl(8, 3), "genus": 1},
    "plate with one hole, units omitted and order shuffled", "65x40x3 mm minus d8 through hole")

add(1, "Washer: ⌀17 outside, ⌀8.4 inside, 1.6 thick. the hardware store sells them 10 per pack for $4 which is insane so I'm printing 3",
    {"extents": [17, 17, 1.6], "volume": tube(17, 8.4, 1.6), "genus": 1},
    "washer with diameter symbol", "OD 17, ID 8.4, t 1.6; 10, $4 and 3 are not sizes")

s = 0.75 * IN
add(1, "square bar, 0.75 in square, cut to 150mm. shop ticket #4471, qty 12",
    {"extents": [s, s, 150], "volume": s * s * 150, "genus": 0},
    "square bar, mixed inch and mm", "19.05 x 19.05 x 150 mm; ticket number and qty ignored")

add(1, "puck one and a half inches in diameter and half an inch thick, for an air hockey table I'm building",
    {"extents": [1.5 * IN, 1.5 * IN, 0.5 * IN], "volume": cyl(1.5 * IN, 0.5 * IN), "genus": 0},
    "disc in inches as words", "d 38.1, h 12.7 mm")

# ---------------- item 2: roles in context ----------------
add(2, "tube, ID 22, 3 mm wall, 80 long. sliding over a 22mm broom handle",
    {"extents": [28, 28, 80], "volume": tube(28, 22, 80), "genus": 1},
    "tube from ID + wall", "OD = 22 + 2*3 = 28")

add(2, "pipe OD 50 with a 4mm wall, 30 tall",
    {"extents": [50, 50, 30], "volume": tube(50, 42, 30), "genus": 1},
    "tube from OD + wall", "ID = 50 - 2*4 = 42")

add(2, "sorting tray for screws: 100 x 60 on the outside, 25 tall overall, 2 mm sides and a 3 mm bottom, open top. printing on my prusa mk4 with a 0.6 nozzle",
    {"extents": [100, 60, 25], "volume": 100 * 60 * 25 - 96 * 56 * 22, "genus": 0},
    "open tray with wall and bottom thickness", "inner 96 x 56 x 22 (25-3); outer minus pocket")

add(2, "block 60x60x10 with a hole of 20 in the middle",
    {"extents": [60, 60, 10], "volume": 60 * 60 * 10 - cyl(20, 10), "genus": 1},
    "block with centre hole phrased 'a hole of 20'", "20 is the hole diameter, through the 10")

R, r = (40 + 3.5) / 2, 3.5 / 2
add(2, "my pressure washer lance leaks, the o-ring is 40 ID with 3.5 cross section. want to model it as a torus to make a TPU one",
    {"extents": [40 + 7, 40 + 7, 3.5], "volume": 2 * PI * PI * R * r * r, "genus": 1},
    "O-ring torus from ID and cross-section", "major R = (40+3.5)/2 = 21.75, minor r = 1.75; OD 47")

n = int((200 - 2 * 12.5) / 25) + 1
add(2, "strip 200 long x 20 wide x 3 thk, 5mm holes on 25 mm pitch along the centerline, first hole 12.5 from the end",
    {"extents": [200, 20, 3], "volume": 200 * 20 * 3 - n * cyl(5, 3), "genus": n},
    "perforated strip, hole count from pitch and length", f"holes at 12.5, 37.5 ... 187.5 -> {n} holes")

add(2, "little pegboard for my desk, 90 x 60 x 4 plate with a 3 x 5 grid of 6mm holes at 15 mm spacing (5 across the 90 side), grid centred",
    {"extents": [90, 60, 4], "volume": 90 * 60 * 4 - 15 * cyl(6, 4), "genus": 15},
    "plate with rows x columns of holes", "3 rows x 5 cols = 15 holes; spans 30 x 60 fit the plate")

add(2, "pen cup. ID 70, 3 mm sides, 2.5 bottom, 90 tall in total",
    {"extents": [76, 76, 90], "volume": cyl(76, 90) - cyl(70, 87.5), "genus": 0},
    "cup from ID, side and bottom thickness", "OD 76, inner depth 90-2.5 = 87.5")

add(2, "Bonjour, il me faut une bague : alésage 12, paroi 2,5 mm, longueur 18. C'est pour un vélo de 1985.",
    {"extents": [17, 17, 18], "volume": tube(17, 12, 18), "genus": 1},
    "bushing from bore + wall, French", "OD = 12 + 2*2.5 = 17; 1985 is a year")

add(2, "square tube 40x40 outside, 2 wall, 300 long",
    {"extents": [40, 40, 300], "volume": (40 * 40 - 36 * 36) * 300, "genus": 1},
    "square hollow section", "inner 36 x 36")

# ---------------- item 3: standards and names ----------------
add(3, "press fit block for a 608 bearing. 35 x 35, thickness same as the bearing width, through hole = bearing OD (I'll sand it to fit)",
    {"extents": [35, 35, 7], "volume": 35 * 35 * 7 - cyl(22, 7), "genus": 1},
    "bearing seat block for 608", "608 = 8 x 22 x 7: thickness 7, hole 22")

add(3, "end plate for 2020 extrusion, same 20x20 footprint, 5 thick, one M5 clearance hole in the middle, medium fit",
    {"extents": [20, 20, 5], "volume": 20 * 20 * 5 - cyl(5.5, 5), "genus": 1},
    "2020 end cap plate", "ISO 273 medium M5 = 5.5")

add(3, "NEMA 17 motor plate, 3mm, 42.3 square, center hole for the 22mm pilot (make it 22.5), plus the 4 M3 clearance holes on the standard NEMA 17 pattern",
    {"extents": [42.3, 42.3, 3], "volume": 42.3 * 42.3 * 3 - cyl(22.5, 3) - 4 * cyl(3.4, 3), "genus": 5},
    "NEMA 17 mount plate", "NEMA 17 bolt square 31.0 mm; M3 medium clearance 3.4 (ISO 273); pilot 22.5")

s, m = 13, 6.8
add(3, "hex nut blank ISO 4032 M8, just a plain hex prism with the tap drill hole through (no thread, no chamfers)",
    {"extents": [s, s / math.cos(math.radians(30)), m], "volume": hexarea(s) * m - cyl(6.8, m), "genus": 1},
    "M8 nut blank", "ISO 4032 M8: s 13, m 6.8; across corners 15.01; M8x1.25 tap drill 6.8")

add(3, "ISO 7089 washer M10",
    {"extents": [20, 20, 2], "volume": tube(20, 10.5, 2), "genus": 1},
    "flat washer M10", "ISO 7089 M10: d1 10.5, d2 20, h 2")

add(3, "DIN 9021 fender washer for M6, gonna print a bunch in PETG for my 3D printer enclosure panels (6 panels, 4 corners each)",
    {"extents": [18, 18, 1.6], "volume": tube(18, 6.4, 1.6), "genus": 1},
    "large washer M6", "DIN 9021 M6: d1 6.4, d2 18, h 1.6; 6 and 4 are counts")

dt = 0.201 * IN
add(3, "plate 2\" x 3\" x 1/4\" with a 1/4-20 tap drill hole in the center, thru",
    {"extents": [2 * IN, 3 * IN, 0.25 * IN], "volume": 2 * IN * 3 * IN * 0.25 * IN - cyl(dt, 0.25 * IN), "genus": 1},
    "inch plate with UNC tap drill hole", "1/4-20 UNC tap drill #7 = 0.201 in = 5.105 mm")

od, wall = 1.315 * IN, 0.133 * IN
add(3, "6 inch long piece of 1\" sch 40 pipe",
    {"extents": [od, od, 6 * IN], "volume": tube(od, od - 2 * wall, 6 * IN), "genus": 1},
    "NPS 1 schedule 40 pipe section", "NPS 1: OD 1.315 in, sch 40 wall 0.133 in (ID 1.049); L 152.4")

add(3, "make me a replacement burner knob for my Weber Genesis II grill, exact same as the original please",
    {}, "product-specific knob", "no public size for this knob", oos=True)

add(3, "sleeve that goes over a 6001 bearing: ID = bearing OD, 2 mm wall, length = bearing width",
    {"extents": [32, 32, 8], "volume": tube(32, 28, 8), "genus": 1},
    "sleeve sized from 6001 bearing", "6001 = 12 x 28 x 8: ID 28, OD 32, L 8")

# ---------------- item 4: drawing shorthand ----------------
add(4, "PLATE 100 x 60 x 8 AL 6061. 4x Ø6.6 THRU, 10 FROM EDGES. QTY 25. DEBURR",
    {"extents": [100, 60, 8], "volume": 100 * 60 * 8 - 4 * cyl(6.6, 8), "genus": 4},
    "plate with 4 corner holes", "holes at 10 mm inset; qty 25 not a size")

add(4, "BLOCK 50x50x20. 1x Ø9 THRU, C'BORE Ø15 x 8.6 DP, CENTERED ON TOP FACE",
    {"extents": [50, 50, 20], "volume": 50 * 50 * 20 - cyl(9, 20) - tube(15, 9, 8.6), "genus": 1},
    "block with counterbored hole", "through d9 plus cbore ring d15/d9 x 8.6")

add(4, "PLATE 80X40X6  2X Ø5.5 THRU  CSK Ø11 X 90°  ON 50 CTRS, CENTERED",
    {"extents": [80, 40, 6], "volume": 80 * 40 * 6 - 2 * (cyl(5.5, 6) + csk_extra(5.5, 11)), "genus": 2},
    "plate with 2 countersunk holes", "cone depth 2.75; frustum d11->d5.5 minus cylinder part")

add(4, "PLATE 90 X 60 X 5, Ø5 THRU, 2 ROWS OF 3, 20 EQ SP, PATTERN CENTERED",
    {"extents": [90, 60, 5], "volume": 90 * 60 * 5 - 6 * cyl(5, 5), "genus": 6},
    "plate with 2x3 hole grid", "6 holes, spans 40 x 20")

add(4, "FLANGE Ø80 x 10 THK, CENTER BORE Ø30, 6x Ø8.5 ON 60 PCD EQ SP",
    {"extents": [80, 80, 10], "volume": cyl(80, 10) - cyl(30, 10) - 6 * cyl(8.5, 10), "genus": 7},
    "flange with PCD holes", "bore + 6 holes = 7 handles")

add(4, "BLOCK 40 x 25 x 15. 2x M6 x 1.0 TAP THRU FROM 40x25 FACE, 24 APART ON CENTERLINE. MODEL TAP DRILL ONLY",
    {"extents": [40, 25, 15], "volume": 40 * 25 * 15 - 2 * cyl(5.0, 15), "genus": 2},
    "block with 2 tapped holes", "M6x1.0 tap drill 5.0, 15 long")

add(4, "PLATE 120 x 80 x 6, R5 ALL CORNERS",
    {"extents": [120, 80, 6], "volume": 120 * 80 * 6 - 4 * (1 - PI / 4) * 25 * 6, "genus": 0},
    "plate with rounded corners in plan", "4 vertical corner edges, r5, length 6")

add(4, "BLOCK 60 x 40 x 30, 1 x 45° CHAMFER ALL EDGES",
    {"extents": [60, 40, 30], "volume": 60 * 40 * 30 - 0.5 * 1 * 4 * (60 + 40 + 30), "genus": 0},
    "block chamfered on all 12 edges", "edge length sum 520, each removes c^2/2 per mm; corner overlap negligible")

add(4, "SHAFT Ø20 x 150 LG, 1 x 45° CHAMFER BOTH ENDS. 1045 STEEL, QTY 3",
    {"extents": [20, 20, 150], "volume": cyl(20, 150) - 2 * 2 * PI * (10 - 1 / 3) * 0.5, "genus": 0},
    "shaft with end chamfers", "each chamfer ring: triangle area 0.5 at centroid radius 9.667 (Pappus)")

add(4, "BAR 25 X 25 X 200. 2X Ø8 THRU ON 150 CTRS + SLOT 8 WIDE X 30 LG (OVERALL) THRU AT MIDDLE. ALL FEATURES FROM SAME FACE, ON CENTERLINE",
    {"extents": [25, 25, 200], "volume": 25 * 25 * 200 - 2 * cyl(8, 25) - slot_area(8, 30) * 25, "genus": 3},
    "bar with two holes and a slot", "holes at +-75, slot -15..15; slot area 22*8 + pi*16")

# ---------------- item 5: features and negations ----------------
add(5, "making a mount for my raspberry pi 4 camera thing. block 30x30x12, one hole in the middle for an M4 cap screw: 4.5 thru with a counterbore 8 dia 4.4 deep",
    {"extents": [30, 30, 12], "volume": 30 * 30 * 12 - cyl(4.5, 12) - tube(8, 4.5, 4.4), "genus": 1},
    "block with counterbored hole", "through 4.5 + cbore ring 8/4.5 x 4.4; pi 4 is a product")

add(5, "3mm thick plate, 50x30, two countersunk holes for M3 flat heads, 3.4 hole, 6.5 head, 90 degree, 30 apart centred",
    {"extents": [50, 30, 3], "volume": 50 * 30 * 3 - 2 * (cyl(3.4, 3) + csk_extra(3.4, 6.5)), "genus": 2},
    "plate with countersinks", "cone depth 1.55 < 3; frustum minus cylinder part")

add(5, "cylinder 30 dia 40 tall with a 10mm hole 25 deep from the top, NOT through, flat bottom is fine",
    {"extents": [30, 30, 40], "volume": cyl(30, 40) - cyl(10, 25), "genus": 0},
    "cylinder with blind hole", "blind hole d10 x 25 flat bottom")

add(5, "60x60x10 plate with 4 M5 tapped holes on a 45 mm square, just do the tap drill size",
    {"extents": [60, 60, 10], "volume": 60 * 60 * 10 - 4 * cyl(4.2, 10), "genus": 4},
    "plate with tapped holes", "M5x0.8 tap drill 4.2")

add(5, "placa de 80x30x5 con una ranura de 6 mm de ancho y 40 de largo total, centrada. Necesito 2.",
    {"extents": [80, 30, 5], "volume": 80 * 30 * 5 - slot_area(6, 40) * 5, "genus": 1},
    "plate with a through slot, Spanish", "slot 6 wide, 40 end-to-end: 34*6 + pi*9")

xw, rr, dep = 3.0, 10.0, 3.5
F = lambda x: x / 2 * math.sqrt(rr * rr - x * x) + rr * rr / 2 * math.asin(x / rr)
kw = (F(xw) - F(-xw)) - 2 * xw * (rr - dep)
ytop = math.sqrt(rr * rr - xw * xw)
add(5, "shaft 20mm dia, 100 long, 6 wide x 3.5 deep keyway running the full length",
    {"extents": [20, rr + ytop, 100], "volume": (PI * rr * rr - kw) * 100, "genus": 0},
    "shaft with full-length keyway", "keyway removes circle segment |x|<3, y>6.5; top of solid at sqrt(91)=9.54 so one extent is 19.54")

add(5, "block 50x30x20, round the four vertical (20 mm) edges with 4 mm fillets, leave top and bottom edges sharp",
    {"extents": [50, 30, 20], "volume": 50 * 30 * 20 - 4 * (1 - PI / 4) * 16 * 20, "genus": 0},
    "block with fillets on some edges", "4 edges x 20 long, r4")

add(5, "spacer 20 dia 10 long, solid, no hole",
    {"extents": [20, 20, 10], "volume": cyl(20, 10), "genus": 0},
    "solid cylinder, negation", "no hole")

add(5, "electronics enclosure base only (without the lid), 120x80x35 outside, 2.5 walls all round incl the floor, open top",
    {"extents": [120, 80, 35], "volume": 120 * 80 * 35 - 115 * 75 * 32.5, "genus": 0},
    "open box without lid", "inner 115 x 75 x 32.5")

add(5, "40mm cube, chamfer just the top 4 edges 2mm, rest sharp",
    {"extents": [40, 40, 40], "volume": 40 ** 3 - 4 * 0.5 * 4 * 40, "genus": 0},
    "cube with top edges chamfered", "4 edges x 40 x c^2/2 = 320; corner overlap negligible")

# ---------------- item 6: parts ----------------
add(6, "L bracket, both legs 40 long measured outside, 30 wide, 4 thick, one 5.5 hole in the middle of each leg. for mounting a shelf in my garage, need 6",
    {"extents": [40, 40, 30], "volume": (40 * 4 + 36 * 4) * 30 - 2 * cyl(5.5, 4), "genus": 2},
    "L bracket with a hole per leg", "L section area 40*4 + 36*4 = 304, x 30 wide, minus 2 holes")

add(6, "flanged bushing: bore 8, body OD 12, flange OD 20 x 2 thick, overall length 15 including the flange",
    {"extents": [20, 20, 15], "volume": cyl(12, 13) + cyl(20, 2) - cyl(8, 15), "genus": 1},
    "flanged bushing", "body 13 + flange 2, bore 8 through")

add(6, "M3 hex standoff, 5.5 across flats, 12 long, 2.5 tap drill hole all the way through",
    {"extents": [5.5, 5.5 / math.cos(math.radians(30)), 12], "volume": hexarea(5.5) * 12 - cyl(2.5, 12), "genus": 1},
    "hex standoff", "hex AF 5.5 -> AC 6.35; hole 2.5")

add(6, "GT2 20 tooth pulley for a 5mm shaft. flanges 16 dia 1 thick on both sides of a 7 wide toothed section, plus a 16 dia hub 7 long on one side. no set screw hole needed",
    {"extents": [16, 16, 1 + 7 + 1 + 7], "genus": 1},
    "GT2 pulley with flanges and hub", "length 1+7+1+7 = 16, max dia 16; tooth volume left out")

add(6, "knob for a 6mm shaft, 30 dia, 15 tall, with a round 6mm hole 12 deep from the bottom, not through (I'll glue it on)",
    {"extents": [30, 30, 15], "volume": cyl(30, 15) - cyl(6, 12), "genus": 0},
    "simple knob with blind hole", "blind hole 6 x 12")

half = 2 * (0.5 * math.sqrt(8) + 4.5 * math.asin(1 / 3))  # plate area inside knuckle circle
sec = 25 * 2 - half + PI * 9 - PI * 1.5 ** 2
add(6, "hinge leaf: 40 long, 2 thick plate, 25 wide measured from the pin axis. knuckle along one 40 edge is a 6 OD cylinder centred on the plate mid-thickness, with a 3 pin hole full length. 2 screw holes 3.5 dia through the plate, 15 from the pin axis, 10 from each end",
    {"extents": [40, 25 + 3, 6], "volume": sec * 40 - 2 * cyl(3.5, 2), "genus": 3},
    "hinge leaf with knuckle", "plate 25x2 from axis, overlap with r3 circle removed once, knuckle r3 minus pin r1.5; 2 screw holes")

base = 100 * 60 * 40 - 96 * 56 * 38
lid = 100 * 60 * 2
add(6, "project box for an arduino thing: base 100x60x40 outside, 2mm walls and floor, open top, plus a separate flat lid 100x60x2. two separate parts pls",
    {"volume": base + lid},
    "enclosure base + lid (two solids)", "base 240000-204288 plus lid 12000; extents depend on layout, left out")

add(6, "shaft collar for a 10mm shaft, 20 OD, 8 wide, one radial M4 set screw hole (3.3 tap drill) through one side into the bore",
    {"extents": [20, 20, 8], "volume": tube(20, 10, 8) - cyl(3.3, 5), "genus": 2},
    "shaft collar with set screw hole", "radial hole approx 5 long through the wall (curvature error < 0.1%); tube + radial hole = genus 2")

add(6, "compression spring, 1 mm wire, 10 OD, 20 free length, 8 coils, ends not closed. TPU test print",
    {"extents": [10, 10, 20], "genus": 0},
    "helical spring", "OD 10, overall length 20; volume depends on how the ends are modelled, left out")

add(6, "spacer for an M8 bolt, 16 OD, 25 long, medium clearance hole",
    {"extents": [16, 16, 25], "volume": tube(16, 9, 25), "genus": 1},
    "bolt spacer", "ISO 273 M8 medium clearance 9.0")

# ---------------- item 7: impossible and borderline ----------------
add(7, "washer 10 OD with a 12 ID, 1 thick", {}, "washer with ID > OD", "ID 12 > OD 10", imp=True)

add(7, "plate 40x40x5 with a 45 mm hole in the center", {}, "hole larger than plate", "45 > 40", imp=True)

add(7, "plate 40x40x5 with a 38mm hole in the center, yes I know the edges will be thin",
    {"extents": [40, 40, 5], "volume": 40 * 40 * 5 - cyl(38, 5), "genus": 1},
    "plate with a big hole leaving 1 mm webs", "38 < 40, 1 mm at the edge midpoints")

add(7, "50x50x4 plate, four 10mm holes, centres 3mm from the edges", {}, "holes breaking the edge",
    "hole radius 5 > 3 mm edge distance", imp=True)

add(7, "60x40x3 plate with 4 holes dia 6, centres 4 mm in from both edges at each corner. thin I know",
    {"extents": [60, 40, 3], "volume": 60 * 40 * 3 - 4 * cyl(6, 3), "genus": 4},
    "corner holes with 1 mm edge web", "radius 3 < 4 edge distance")

add(7, "cup 40 dia, 50 tall, with a 30 dia pocket 60 deep, don't break through the bottom", {},
    "pocket deeper than the part", "60 deep > 50 tall with a closed bottom", imp=True)

add(7, "thin tube, ID 24.4, OD 26, 60 long, for a vacuum hose adapter",
    {"extents": [26, 26, 60], "volume": tube(26, 24.4, 60), "genus": 1},
    "thin-wall tube 0.8 wall", "wall 0.8 mm, valid")

add(7, "bed leveling shim for my Voron 2.4 (350 build), 50 x 30 x 0.6 thick, Ø3.2 hole in each corner, centres 4 from the edges",
    {"extents": [50, 30, 0.6], "volume": 50 * 30 * 0.6 - 4 * cyl(3.2, 0.6), "genus": 4},
    "very thin shim plate with corner holes", "0.6 thick is thin but valid; 2.4 and 350 are not sizes")

add(7, "print me a bust of my dog, about 10 cm tall, he's a beagle", {}, "organic sculpture",
    "no fixed geometry", oos=True)

add(7, "disc 50 dia 5 thick, 8 holes of 8mm on a 30 mm PCD. tight but should fit?",
    {"extents": [50, 50, 5], "volume": cyl(50, 5) - 8 * cyl(8, 5), "genus": 8},
    "dense bolt circle", "chord 2*15*sin(22.5) = 11.48 > 8; holes span r 11..19 < 25")

assert len(cases) == 70
with OUT.open("w") as f:
    for cs in cases:
        f.write(json.dumps(cs, ensure_ascii=False) + "\n")
print(len(cases), "cases ->", OUT)

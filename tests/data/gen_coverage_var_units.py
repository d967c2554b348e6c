# ruff: noqa
import json, math
from pathlib import Path

OUT = Path(__file__).with_name("coverage_var_units.jsonl")  # copied from the var10 variant set (written from the class description only)
IN = 25.4
pi = math.pi
cases = []


def cyl(d, h):
    return pi * d * d / 4 * h


def add(cls, prompt, ext, vol, genus, intent, why, impossible=False):
    cid = "u%03d" % (len(cases) + 1)
    if impossible:
        exp = {}
    else:
        exp = {"extents": sorted(round(e, 3) for e in ext), "volume": round(vol, 1)}
        if genus is not None:
            exp["genus"] = genus
    cases.append({"id": cid, "class": cls, "prompt": prompt, "expect": exp,
                  "intent": intent, "why": why, "out_of_scope": False,
                  "impossible": impossible})


# ---------------- A: one unit for a whole group / mixed units ----------------
add("A", "block 3 x 5 x 2 cm",
    [30, 50, 20], 30 * 50 * 20, 0, "rectangular block",
    "'cm' after the last number covers all three: 30 x 50 x 20 mm, V = 30*50*20.")

add("A", "Can you make me a 5 cm x 5 cm square, 5 mm thick? Just a flat tile, nothing else.",
    [50, 50, 5], 50 * 50 * 5, 0, "square tile",
    "5 cm = 50 mm each side, thickness 5 mm; V = 50*50*5.")

t = 0.25 * IN
add("A", "plate 4 by 6 inches, quarter inch thick",
    [4 * IN, 6 * IN, t], 4 * IN * 6 * IN * t, 0, "rectangular plate in inches",
    "'inches' covers 4 and 6: 101.6 x 152.4; quarter inch = 6.35 mm; V = product.")

od = 2 * IN; idd = od - 2 * 3
add("A", "a 2 in tube, 3 mm wall, 150 long",
    [od, od, 150], (cyl(od, 150) - cyl(idd, 150)), 1, "round tube, mixed units",
    "2 in is the OD = 50.8 mm; wall 3 mm -> ID 44.8. The bare 150 is taken as mm: the nearest unit before it is mm and a 150 in (3.8 m) tube would be odd for such a request. V = pi/4*(50.8^2-44.8^2)*150.")

add("A", "spacer ring OD 32 ID 16.5 length 12 mm",
    [32, 32, 12], cyl(32, 12) - cyl(16.5, 12), 1, "spacer ring",
    "Unit only on the last number; all three in mm. V = pi/4*(32^2-16.5^2)*12.")

add("A", "Bitte eine Platte 12,5 x 8 x 0,6 cm, ohne Bohrungen.",
    [125, 80, 6], 125 * 80 * 6, 0, "plate, German, decimal commas",
    "'cm' applies to all three: 125 x 80 x 6 mm; V = 125*80*6.")

d = 0.75 * IN; L = 6 * IN
add("A", "round bar, 3/4 x 6 inches please",
    [d, d, L], cyl(d, L), 0, "round bar stock",
    "Stock notation diameter x length, both inches: dia 19.05, length 152.4; V = pi/4*19.05^2*152.4.")

t = 0.75 * IN
add("A", "plate 200 x 150, 3/4 in thick",
    [200, 150, t], 200 * 150 * t, 0, "plate, bare metric sizes + inch thickness",
    "Only the thickness has a unit (3/4 in = 19.05 mm). 200 x 150 bare are taken as mm (a 200 x 150 inch plate, 5 x 3.8 m, would not be asked this way). V = 200*150*19.05.")

add("A", "disk dia 12 cm , 8mm thick, hole in the middle 2 cm",
    [120, 120, 8], cyl(120, 8) - cyl(20, 8), 1, "disc with centre hole",
    "dia 120 mm, thickness 8 mm, centre through hole 20 mm; V = pi/4*(120^2-20^2)*8.")

a = 40 * 3 + (40 - 3) * 3
add("A", "equal angle 40 x 40 x 3, 100mm long",
    [40, 40, 100], a * 100, 0, "L angle section",
    "Legs 40 and 40, thickness 3, length 100 (mm on the last number covers the section too). Section area = 40*3 + 37*3 = 231 mm^2; V = 231*100. Sharp corners assumed (no root radius).")

# ---------------- B: drawing callouts, inch by convention vs metric ----------------
D, T, H = 2.0 * IN, 0.25 * IN, 0.5 * IN
add("B", "Ø 2.000 x .250 THK, Ø.500 THRU",
    [D, D, T], cyl(D, T) - cyl(H, T), 1, "round disc with centre hole (inch drawing)",
    "3-decimal values and leading-dot decimals are US inch drawing style: Ø50.8 x 6.35 thick, Ø12.7 through centre; V = pi/4*(50.8^2-12.7^2)*6.35.")

add("B", "PLATE 6.00 x 4.00 x .375",
    [6 * IN, 4 * IN, 0.375 * IN], 6 * IN * 4 * IN * 0.375 * IN, 0, "plate (inch drawing)",
    "Inch by drawing convention: 152.4 x 101.6 x 9.525 mm; V = product.")

add("B", "PLATE 120 x 80 x 6, 4X Ø6.6 THRU, 10 FROM EDGES",
    [120, 80, 6], 120 * 80 * 6 - 4 * cyl(6.6, 6), 4, "plate with 4 corner holes (metric drawing)",
    "Integer values like 120 x 80 with Ø6.6 (M6 clearance) are metric mm. 4 holes at 10 mm from edges; V = 120*80*6 - 4*pi/4*6.6^2*6.")

L, W, T, h = 1.5 * IN, 1.0 * IN, 0.75 * IN, 0.25 * IN
add("B", "BLOCK 1.500 x 1.000 x .750 THK, 2X Ø.250 THRU ON C/L, 1.000 APART",
    [L, W, T], L * W * T - 2 * cyl(h, T), 2, "block with two holes (inch drawing)",
    "Inch: 38.1 x 25.4 x 19.05; two Ø6.35 holes through the .750 thickness, 25.4 apart on the long centreline (6.35 mm from each end to centre, holes fit). V = box - 2*pi/4*6.35^2*19.05.")

od, idd, L = 0.875 * IN, 0.503 * IN, 1.25 * IN
add("B", "BUSHING, Ø.875 OD x Ø.503 ID x 1.250 LG",
    [od, od, L], cyl(od, L) - cyl(idd, L), 1, "plain bushing (inch drawing)",
    "OD 22.225, ID 12.776, length 31.75 mm; V = pi/4*(OD^2-ID^2)*L.")

d, L = 0.625 * IN, 3.5 * IN
add("B", "shaft per dwg: Ø.625 x 3.50 LG, no chamfers",
    [d, d, L], cyl(d, L), 0, "plain shaft (inch)",
    "Ø15.875 x 88.9 mm; V = pi/4*15.875^2*88.9.")

add("B", "SPACER Ø20 / Ø10.5 x 15 LG",
    [20, 20, 15], cyl(20, 15) - cyl(10.5, 15), 1, "spacer (metric drawing)",
    "Metric callout (Ø10.5 = M10 clearance): OD 20, ID 10.5, length 15 mm; V = pi/4*(20^2-10.5^2)*15.")

add("B", "FLANGE Ø90 x 12, Ø40 BORE, 6X Ø9 THRU EQ SP ON Ø70 PCD",
    [90, 90, 12], cyl(90, 12) - cyl(40, 12) - 6 * cyl(9, 12), 7, "bolted flange (metric drawing)",
    "Metric mm. Disc Ø90 x 12 with Ø40 bore and 6 Ø9 holes on Ø70 (hole span r 30.5..39.5, clear of bore r20 and rim r45). Genus 1+6 = 7. V = pi/4*12*(90^2-40^2-6*9^2).")

T, W, L, h = 0.5 * IN, 3 * IN, 5 * IN, 0.281 * IN
add("B", "PLATE .500 THK x 3.00 x 5.00\n4X Ø.281 THRU, .50 FROM EDGES TYP",
    [T, W, L], W * L * T - 4 * cyl(h, T), 4, "plate with 4 corner holes (inch drawing)",
    "Inch: 76.2 x 127 x 12.7; 4 holes Ø7.137 at 12.7 from each edge (TYP). V = 76.2*127*12.7 - 4*pi/4*7.137^2*12.7.")

od, idd, T = 1.25 * IN, 0.53 * IN, 0.125 * IN
add("B", "washer — Ø1.25 OD, Ø.53 ID, .125 THK",
    [od, od, T], cyl(od, T) - cyl(idd, T), 1, "flat washer (inch)",
    "OD 31.75, ID 13.462, thickness 3.175 mm; V = pi/4*(OD^2-ID^2)*T.")

# ---------------- C: signed positions / coordinates ----------------
add("C", "plate 80 x 50 x 5, two 6 mm through holes on the long centreline at x = -25 and x = +25 from centre",
    [80, 50, 5], 80 * 50 * 5 - 2 * cyl(6, 5), 2, "plate with two holes",
    "Signed values are positions, not sizes: holes at ±25 from centre (inside ±40). V = 80*50*5 - 2*pi/4*36*5.")

add("C", "Block 60x40x10, origin in the middle of the block. 5mm holes all the way through at (-20, 15) and (20, -15).",
    [60, 40, 10], 60 * 40 * 10 - 2 * cyl(5, 10), 2, "block with two diagonal holes",
    "Holes at x ±20 (edge ±30) and y ±15 (edge ±20, hole edge at 17.5, fits). V = 24000 - 2*pi/4*25*10.")

add("C", "cylinder 40 dia, 30 tall. one 8 mm hole straight through, parallel to the axis, offset -5 from the axis in x",
    [40, 40, 30], cyl(40, 30) - cyl(8, 30), 1, "cylinder with off-centre axial hole",
    "-5 is the hole-centre offset, not a size; hole spans x -9..-1, inside r20. V = pi/4*(40^2-8^2)*30.")

add("C", "base plate 100 x 40 x 8 centred on origin, with two round bosses Ø20, 15 high on top, centred at (-30, 0) and (30, 0)",
    [100, 40, 8 + 15], 100 * 40 * 8 + 2 * cyl(20, 15), 0, "plate with two bosses",
    "Bosses at x = ±30 (span ±40 inside ±50). Height 8 + 15 = 23. V = 100*40*8 + 2*pi/4*400*15.")

add("C", "sketch a rectangle from (-40,-10) to (40,10) and extrude it 6",
    [80, 20, 6], 80 * 20 * 6, 0, "rectangle from corner coordinates",
    "Corners at -40..40 and -10..10 give 80 x 20; extrude 6; V = 80*20*6.")

add("C", "flat bar 120 x 20 x 10, Ø6 holes on the centre line at x = -50, -25, 0, +25, +50 (zero = middle of the bar), through the 10",
    [120, 20, 10], 120 * 20 * 10 - 5 * cyl(6, 10), 5, "bar with 5 holes",
    "Five hole positions, outermost at ±50 (hole edge ±53 inside ±60). V = 24000 - 5*pi/4*36*10.")

add("C", "disc Ø100 thickness 8, four Ø10 thru holes at (±35, 0) and (0, ±35)",
    [100, 100, 8], cyl(100, 8) - 4 * cyl(10, 8), 4, "disc with 4 holes",
    "Holes at radius 35 (edge at 40 < 50). V = pi/4*(100^2 - 4*10^2)*8.")

add("C", "50 x 50 x 12 block, Ø10 through holes at (-22, 0) and (22, 0) measured from the centre of the top face",
    [], 0, None, "block with holes past the edge",
    "Hole centres at ±22 with radius 5 reach ±27, beyond the ±25 block edge: the holes break out of the side. Impossible as stated.",
    impossible=True)

# shaft along z from -40..40, cross hole at z=-25 through the diameter
R, r = 15.0, 3.0
n = 20000
rem = 0.0
for i in range(n):
    y = -r + (i + 0.5) * (2 * r / n)
    rem += 2 * math.sqrt(r * r - y * y) * 2 * math.sqrt(R * R - y * y) * (2 * r / n)
add("C", "shaft Ø30, 80 long, axis on Z from z=-40 to z=+40. cross hole Ø6 straight through the diameter at z = -25",
    [30, 30, 80], cyl(30, 80) - rem, 1, "shaft with cross hole",
    "z = -40..+40 gives length 80; cross hole at z=-25 is 15 from the end. Removed volume = exact intersection of Ø6 and Ø30 cylinders (numerically integrated, ~pi*9*30 minus the curved-end correction).")

area = (60 + 40) / 2 * 25
add("C", "extrude 10 mm the closed outline through points (-30,0), (30,0), (20,25), (-20,25)",
    [60, 25, 10], area * 10, 0, "trapezoid prism",
    "Trapezoid: bottom 60 (from -30 to 30), top 40 (-20 to 20), height 25. Area = (60+40)/2*25 = 1250; V = 12500.")

with OUT.open("w") as f:
    for c in cases:
        f.write(json.dumps(c, ensure_ascii=False) + "\n")
from collections import Counter
print(len(cases), Counter(c["class"] for c in cases))

# ruff: noqa
import json, math
from pathlib import Path

OUT = Path(__file__).with_name("var10_context_prompts.jsonl")
pi = math.pi
IN = 25.4

def cyl(d, h):
    return pi * d * d / 4 * h

def r(x):
    return float(f"{x:.6g}")

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

# ---------------- G: a standard names a feature of the host part ----------------
add("k001", "G", "housing block 40x40x12 for a 608 bearing, bore right through",
    [40, 40, 12], 40 * 40 * 12 - cyl(22, 12), 1,
    "square block with a through bore sized to a 608 bearing OD",
    "608 = 8 x 22 x 7, so bore 22 through the 12 thickness; 40*40*12 - pi/4*22^2*12")

add("k002", "G", "need a seat ring for a 6001 bearing - 3 mm wall around the bearing OD, and make it the same width as the bearing itself",
    [34, 34, 8], cyl(34, 8) - cyl(28, 8), 1,
    "ring whose ID is the 6001 OD",
    "6001 = 12 x 28 x 8: ID 28, OD 28+2*3 = 34, width 8")

b_leg, b_t, b_w, b_h = 30, 4, 30, 6.5
add("k003", "G", "corner bracket for 3030 extrusion. L shape, both legs 30 from the outside corner, 30 wide, 4 thk. one 6,5 hole in the middle of each leg",
    [30, 30, 30], (b_leg * b_t + (b_leg - b_t) * b_t) * b_w - 2 * cyl(b_h, b_t), 2,
    "L bracket 30x30x30, 4 thick, one 6.5 through hole per leg",
    "L section area 30*4 + 26*4 = 224, x 30 wide; minus two 6.5 holes through 4 mm")

add("k004", "G", "Motor plate for a NEMA 17 stepper, 60 x 60 x 5 aluminium. Needs the hole for the motor's centre boss and the four screw holes (M3 clearance) on the standard pattern.",
    [60, 60, 5], 60 * 60 * 5 - cyl(22, 5) - 4 * cyl(3.4, 5), 5,
    "NEMA 17 mounting plate",
    "NEMA 17: pilot boss 22 mm -> 22 hole; M3 screws on 31 mm square -> 3.4 holes (ISO 273 medium); holes are ~1 % of volume")

add("k005", "G", "Pipe clamp, solid one-piece block (no slit) 60 wide x 50 high x 20 thick, bored straight through the 20 mm direction for 1\" pipe. By 1\" I mean NPS 1 steel pipe, OD 33.4 mm, not 25.4 tube. Bore centred.",
    [60, 50, 20], 60 * 50 * 20 - cyl(33.4, 20), 1,
    "block with a bore for NPS 1 pipe",
    "NPS 1 OD = 1.315 in = 33.4 mm; 60*50*20 - pi/4*33.4^2*20")

add("k006", "G", "spacer for M5, 12 long, 10 OD, normal clearance hole for the bolt",
    [10, 10, 12], cyl(10, 12) - cyl(5.5, 12), 1,
    "tube spacer for an M5 bolt",
    "M5 clearance medium (ISO 273) 5.5 mm; fine 5.3 would change volume by 3 %")

hex_af, hex_h = 13, 6.8
hex_area = math.sqrt(3) / 2 * hex_af ** 2
add("k007", "G", "Nut trap block 20 x 20 x 10: M8 clearance hole through the 10 mm, with a hex pocket in the top for an ISO 4032 M8 nut, as deep as the nut is thick.",
    [20, 20, 10], 20 * 20 * 10 - hex_area * hex_h - cyl(9, 10 - hex_h), 1,
    "block with M8 clearance hole and hex nut pocket",
    "ISO 4032 M8: 13 across flats, 6.8 thick -> hex pocket area sqrt(3)/2*13^2, 6.8 deep; M8 clearance medium 9 mm through the remaining 3.2")

fan_hole = 4.3
add("k008", "G", "Bitte eine Abdeckplatte für einen 80-mm-Lüfter: 80 x 80 x 3 mm, große runde Öffnung Ø76 mittig und die vier Befestigungslöcher im Standard-Lochbild des Lüfters.",
    [80, 80, 3], 80 * 80 * 3 - cyl(76, 3) - 4 * cyl(fan_hole, 3), 5,
    "80 mm fan cover plate",
    "80 mm fan: mounting holes 4.3 mm on a 71.5 mm square (corner holes at r=50.6, clear of the 76 opening); 4.5 holes would change volume 0.3 %")

add("k009", "G", "18650 holder - block 30x30x15 with a pocket for one cell, 10 deep from the top, exact cell diameter (no clearance), centred",
    [30, 30, 15], 30 * 30 * 15 - cyl(18, 10), 0,
    "block with a blind pocket for an 18650 cell",
    "18650 = 18 mm diameter x 65 long -> 18 dia pocket 10 deep, blind")

add("k010", "G", "linear bearing block for an LM8UU. 34 x 30 footprint, 24 long in the bearing direction, bore right through along the 24 for the bearing (bore = bearing OD exactly)",
    [34, 30, 24], 34 * 30 * 24 - cyl(15, 24), 1,
    "block with through bore for LM8UU",
    "LM8UU = 8 ID x 15 OD x 24 long -> 15 bore through 24")

# ---------------- H: lengths as trade words ----------------
od = 1.050 * IN; wall = 0.113 * IN; L = 12 * IN
add("k011", "H", "a foot of 3/4 sch 40 pipe",
    [od, od, L], cyl(od, L) - cyl(od - 2 * wall, L), 1,
    "12 in length of NPS 3/4 schedule 40 pipe",
    "NPS 3/4: OD 1.050 in (26.67), sch 40 wall 0.113 in (2.87); length 1 ft = 304.8")

add("k012", "H", "half a metre of 20 x 20 square tube, 2 wall (sharp corners is fine)",
    [20, 20, 500], (20 * 20 - 16 * 16) * 500, 1,
    "500 mm square tube 20x20x2",
    "(400-256)*500, sharp corners")

add("k013", "H", "cut me a 6 inch length of 1/2 inch rod pls",
    [0.5 * IN, 0.5 * IN, 6 * IN], cyl(0.5 * IN, 6 * IN), 0,
    "round rod 12.7 x 152.4",
    "dia 12.7, length 152.4")

add("k014", "H", "300 mm offcut of 40 x 5 flat bar",
    [300, 40, 5], 300 * 40 * 5, 0,
    "flat bar 300x40x5", "box")

a, t, L = 1 * IN, 0.125 * IN, 24 * IN
add("k015", "H", "two feet of 1\" x 1\" x 1/8\" equal angle, sharp corners ok",
    [a, a, L], (2 * a - t) * t * L, 0,
    "equal angle 25.4 x 25.4 x 3.175, 609.6 long",
    "L area (2a - t)*t, length 2 ft = 609.6; root/toe radii ignored")

af, L = 25, 50
add("k016", "H", "5 cm stub of 25 mm hex bar (25 A/F)",
    [af, af / math.cos(pi / 6), L], math.sqrt(3) / 2 * af ** 2 * L, 0,
    "hexagonal bar 25 AF, 50 long",
    "hex area sqrt(3)/2*AF^2; across corners AF/cos30 = 28.87")

od, wall, L = 1.5 * IN, 0.065 * IN, 250
add("k017", "H", "quarter metre of 1-1/2 inch OD tube, 16 gauge wall",
    [od, od, L], cyl(od, L) - cyl(od - 2 * wall, L), 1,
    "tube 38.1 OD, 1.651 wall, 250 long",
    "16 gauge (BWG/SWG tube wall) = 0.065 in = 1.651 mm; length 0.25 m")

d, h = 3 * IN, 1.5 * IN
add("k018", "H", "an inch-and-a-half thick slice off a 3 inch round bar",
    [d, d, h], cyl(d, h), 0,
    "disc 76.2 dia x 38.1", "cylinder")

w, dpt, L = 1.5 * IN, 3.5 * IN, 24 * IN
add("k019", "H", "2 ft stick of 2x4, actual dressed size, square edges",
    [w, dpt, L], w * dpt * L, 0,
    "nominal 2x4 lumber, 609.6 long",
    "dressed 2x4 = 1.5 x 3.5 in (38.1 x 88.9); 2 ft = 609.6")

add("k020", "H", "half a metre of the Bosch Rexroth 45x45 profile, with the exact slot section please",
    None, None, None,
    "proprietary aluminium extrusion profile",
    "exact T-slot cross-section of a vendor profile is catalogue data an offline generator cannot know", oos=True)

# ---------------- I: tapped holes in context ----------------
tap7 = 0.201 * IN
bx, by, bz = 3 * IN, 2 * IN, 0.75 * IN
add("k021", "I", "3 x 2 x 3/4 block, two 1/4-20 tapped holes 0.5 deep in the top face, on the centreline 1 inch in from each end",
    [bx, by, bz], bx * by * bz - 2 * cyl(tap7, 0.5 * IN), 0,
    "inch block with two blind 1/4-20 holes",
    "tapped hole modelled as #7 tap drill (0.201 in = 5.105 mm), flat bottom, 12.7 deep; blind -> genus 0")

add("k022", "I", "Round boss Ø30, 20 high, M8 tapped through in the centre",
    [30, 30, 20], cyl(30, 20) - cyl(6.8, 20), 1,
    "cylinder with M8 tapped through hole",
    "M8 tap drill 6.8 through")

add("k023", "I", "bar 60x20x10, 4x M4 tapped 8 deep from the top, in a row on the centreline, 12 mm pitch, pattern centred",
    [60, 20, 10], 60 * 20 * 10 - 4 * cyl(3.3, 8), 0,
    "bar with four blind M4 holes",
    "M4 tap drill 3.3, 8 deep blind in 10 thick -> genus 0")

add("k024", "I", "PLATE 40 X 25 X 8. M6 x 1.0 TAP THRU (2 PL), 20 APART, CENTRED",
    [40, 25, 8], 40 * 25 * 8 - 2 * cyl(5.0, 8), 2,
    "plate with two M6 tapped through holes",
    "M6x1 tap drill 5.0 through 8")

add("k025", "I", "50 x 50 x 10 plate, M3 tapped 6 deep in each corner, 5 in from the edges",
    [50, 50, 10], 50 * 50 * 10 - 4 * cyl(2.5, 6), 0,
    "plate with four blind M3 holes",
    "M3 tap drill 2.5, 6 deep blind")

add("k026", "I", "flat bar 100 by 30 by 15, M10 tapped thru at both ends, 12 from the ends, through the 15",
    [100, 30, 15], 100 * 30 * 15 - 2 * cyl(8.5, 15), 2,
    "bar with two M10 tapped through holes",
    "M10 tap drill 8.5 through 15")

add("k027", "I", "strap 70x30x6: one M5 tap thru dead centre, plus two plain 5.5 holes 25 either side of it",
    [70, 30, 6], 70 * 30 * 6 - cyl(4.2, 6) - 2 * cyl(5.5, 6), 3,
    "strap with one tapped and two clearance holes",
    "M5 tap drill 4.2; two 5.5 through; all through -> genus 3")

add("k028", "I", "Platte 60 x 40 x 10, mittig eine Gewindebohrung M6 durchgehend, dazu 4x M4 8 tief, je 8 mm vom Rand",
    [60, 40, 10], 60 * 40 * 10 - cyl(5.0, 10) - 4 * cyl(3.3, 8), 1,
    "plate with M6 through and four blind M4",
    "M6 tap drill 5.0 through (genus 1); M4 tap drill 3.3, 8 deep blind")

add("k029", "I", "20 mm round bar, 50 long, M8 tapped 15 deep into each end face",
    [20, 20, 50], cyl(20, 50) - 2 * cyl(6.8, 15), 0,
    "round bar with blind M8 holes at both ends",
    "M8 tap drill 6.8, 15 deep from each end; 30 < 50 so they do not meet -> genus 0")

add("k030", "I", "strip 80 long, 6 wide, 3 thick, with an M10 tapped hole going through the flat side, in the middle of the strip",
    None, None, None,
    "strip too narrow for M10",
    "M10 tap drill 8.5 (even the thread 10) is wider than the 6 mm strip", imp=True)

with OUT.open("w") as f:
    for c in cases:
        f.write(json.dumps(c, ensure_ascii=False) + "\n")

from collections import Counter
print(OUT, len(cases), dict(Counter(c["class"] for c in cases)))

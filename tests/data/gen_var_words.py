# ruff: noqa
import json, math
from pathlib import Path

OUT = Path(__file__).with_name("var_words_prompts.jsonl")
IN = 25.4
pi = math.pi

def cyl(d, h): return pi * d * d / 4 * h
def tube(od, idd, h): return pi * (od * od - idd * idd) / 4 * h
def box(a, b, c): return a * b * c
def cup(od, h, wall, floor):
    return cyl(od, h) - cyl(od - 2 * wall, h - floor)
def sqtube(a, b, t, L): return (a * b - (a - 2 * t) * (b - 2 * t)) * L
def uchan(base, leg, t, L):  # uniform thickness, sharp corners
    return (base * leg - (base - 2 * t) * (leg - t)) * L
def obround(L, w): return (L - w) * w + pi * w * w / 4
def keyseat_area(d, w, depth):
    r, a = d / 2, w / 2
    return a * math.sqrt(r * r - a * a) + r * r * math.asin(a / r) - 2 * a * (r - depth)

cases = []
def add(i, cls, prompt, ext, vol, genus, intent, why, imp=False, oos=False):
    exp = {}
    if ext is not None:
        exp["extents"] = sorted(round(x, 4) for x in ext)
        if vol is not None:
            exp["volume"] = round(vol, 2)
        if genus is not None:
            exp["genus"] = genus
    cases.append({"id": f"w{i:03d}", "class": cls, "prompt": prompt, "expect": exp,
                  "intent": intent, "why": why, "out_of_scope": oos, "impossible": imp})

# ---------------- S: numbers as words ----------------
add(1, "S", "need a solid disc forty-two millimetres across and seventeen tall",
    [42, 42, 17], cyl(42, 17), 0, "disc d42 x 17", "pi/4*42^2*17")
od, idd, t = 1.5 * IN, 0.75 * IN, 0.5 * IN
add(2, "S", "Washer, one and a half inches in diameter, half an inch thick, with a three-quarter inch hole through the middle.",
    [od, od, t], tube(od, idd, t), 1, "thick washer 1.5in OD, 0.75in ID, 0.5in thick",
    "OD 38.1, ID 19.05, t 12.7 mm; annulus area * t")
a, b, t = 4 * IN, 6 * IN, IN / 16
add(3, "S", "cut me a sheet four by six inches, a sixteenth thick",
    [a, b, t], box(a, b, t), 0, "sheet 4 x 6 x 1/16 in",
    "101.6 x 152.4 x 1.5875 mm ('a sixteenth' read as 1/16 in from the inch context)")
add(4, "S", "plate two hundred long, fifty wide, six thick, with a dozen 5 mm holes spaced evenly down the middle",
    [200, 50, 6], box(200, 50, 6) - 12 * cyl(5, 6), 12, "plate 200x50x6 with 12 through holes d5",
    "box minus 12 cylinders d5 x 6; 'a dozen' = 12 holes -> genus 12")
od, w, L = 0.75 * IN, 0.065 * IN, 2.25 * IN
add(5, "S", "three quarter inch OD tube, sixty-five thou wall, two and a quarter inches long",
    [od, od, L], tube(od, od - 2 * w, L), 1, "tube 3/4in OD x 0.065in wall x 2.25in",
    "OD 19.05, wall 1.651, ID 15.748, L 57.15 mm")
add(6, "S", "block twenty-five by forty, fifteen high, one ten millimetre hole straight down through the middle",
    [25, 40, 15], box(25, 40, 15) - cyl(10, 15), 1, "block 25x40x15 with d10 through hole along the 15",
    "box minus cylinder d10 x 15")
add(7, "S", "thin ring: thirty millimetres outside diameter, zero point eight wall, twelve long",
    [30, 30, 12], tube(30, 30 - 1.6, 12), 1, "ring OD30 wall 0.8 L12", "ID = 30 - 2*0.8 = 28.4")
add(8, "S", "cup, seventy across and ninety tall, walls two and a half, floor four thick, open on top",
    [70, 70, 90], cup(70, 90, 2.5, 4), 0, "open cup OD70 H90 wall 2.5 floor 4",
    "cyl(70,90) minus inner cyl(65, 86)")
d = 3 / 8 * IN
add(9, "S", "a piece of round bar three eighths of an inch thick and a hundred and twenty millimetres long",
    [d, d, 120], cyl(d, 120), 0, "round bar d3/8in x 120 mm", "d = 9.525 mm, L = 120 mm (mixed units)")
add(10, "S", "washer two inches across with a two and a half inch hole in it, an eighth thick",
    None, None, None, "washer whose hole (63.5) exceeds its OD (50.8)", "ID > OD: cannot be built", imp=True)

# ---------------- T: other languages ----------------
add(11, "T", "Vierkantrohr 30x30x2, Länge 250",
    [30, 30, 250], sqtube(30, 30, 2, 250), 1, "square tube 30x30x2 L250",
    "(30^2 - 26^2)*250, sharp corners (simplest CAD; real tube corner radii would be ~-4%)")
ks = keyseat_area(20, 6, 3.5) * 40
add(12, "T", "Welle Ø20, Länge 150, mit Passfedernut 6 breit, 3,5 tief, 40 lang",
    [20, 20, 150], cyl(20, 150) - ks, 0, "shaft d20 x 150 with keyseat 6 wide, 3.5 deep, 40 long",
    "cylinder minus keyseat: circle segment region |x|<=3, y>=6.5 times 40 (flat-ended; rounded ends differ <0.1% of total); keyseat does not reach the ends so bbox is full")
add(13, "T", "bague : diamètre extérieur 45, alésage 30, longueur 20 mm",
    [45, 45, 20], tube(45, 30, 20), 1, "bushing OD45 ID30 L20", "annulus * 20")
add(14, "T", "plaque alu 100 x 60 ép. 5, quatre trous Ø 8 dans les coins à 10 mm des bords",
    [100, 60, 5], box(100, 60, 5) - 4 * cyl(8, 5), 4, "plate 100x60x5 with 4 corner holes d8",
    "box minus 4 cylinders d8 x 5; centres 10 from edges")
add(15, "T", "perfil en U 40 x 20 x 3, largo 500 mm",
    [40, 20, 500], uchan(40, 20, 3, 500), 0, "U channel base 40, legs 20, thickness 3, L500",
    "section 40*20 - 34*17 = 222 mm^2, sharp corners, times 500")
add(16, "T", "placa 150 x 80 x 10 con una ranura pasante de 40 x 10 en el centro",
    [150, 80, 10], box(150, 80, 10) - obround(40, 10) * 10, 1, "plate 150x80x10 with central through slot 40x10",
    "slot taken as obround 40 overall x 10 wide (rectangular slot would differ by 0.2%)")
add(17, "T", "vaso cilindrico: diametro 60, altezza 80, parete 2, fondo 3",
    [60, 60, 80], cup(60, 80, 2, 3), 0, "cup OD60 H80 wall 2 bottom 3", "cyl(60,80) - cyl(56,77)")
add(18, "T", "plaat 50 x 30 x 3 mm met in het midden een gat van 40",
    None, None, None, "plate 30 wide with a 40 hole", "hole d40 larger than plate width 30: impossible", imp=True)
add(19, "T", "tubo de aço, diâmetro externo 50, parede 3, comprimento 120 mm",
    [50, 50, 120], tube(50, 44, 120), 1, "tube OD50 wall 3 L120", "ID 44")
add(20, "T", "płaskownik 60x10, długość 300, dwa otwory fi 12",
    [60, 10, 300], box(60, 10, 300) - 2 * cyl(12, 10), 2, "flat bar 60x10x300 with 2 through holes d12",
    "holes through the 10 thickness; box minus 2 cylinders d12 x 10")

# ---------------- U: shop / stock language ----------------
add(21, "U", "Flat bar 50 per 8, cut to 400, S235JR, 2 pcs",
    [50, 8, 400], box(50, 8, 400), 0, "flat bar 50x8x400", "one piece; S235JR and 2 pcs are not sizes")
add(22, "U", "0,5 m of 40x40x2 square tube, 6061-T6, qty 1",
    [40, 40, 500], sqtube(40, 40, 2, 500), 1, "square tube 40x40x2 L500",
    "(1600-1296)*500, sharp corners")
add(23, "U", "Round bar 1.4301 dia 30, saw cut to 75 lg, qty 10 -- PO 2024-0117",
    [30, 30, 75], cyl(30, 75), 0, "round bar d30 x 75", "1.4301 is a steel grade, 10 a quantity, PO a number")
add(24, "U", "Tube 6061 OD38 x 2 wall x 160 long, 4 off, order ref 55-180",
    [38, 38, 160], tube(38, 34, 160), 1, "tube OD38 wall 2 L160", "ID 34")
add(25, "U", "Plate S355, 12 thk, 180 x 90, 4x Ø13 holes (M12 clearance) 15 from edges, order no. 88213 / 2023",
    [180, 90, 12], box(180, 90, 12) - 4 * cyl(13, 12), 4, "plate 180x90x12 with 4 corner holes d13",
    "box minus 4 cylinders d13 x 12")
add(26, "U", "Alu channel 6063 50 x 25 x 3, cut length 250, qty 3",
    [50, 25, 250], uchan(50, 25, 3, 250), 0, "U channel base 50 legs 25 t3 L250",
    "section 50*25 - 44*22 = 282, sharp corners, times 250")
add(27, "U", "Ring flame cut from 20 mm S235 plate, OD 150, ID 50, 6 pcs, dwg rev 3",
    [150, 150, 20], tube(150, 50, 20), 1, "ring OD150 ID50 t20", "annulus * 20")
ks = keyseat_area(25, 8, 4) * 50
add(28, "U", "Shaft C45, Ø25 h7 x 200, keyway 8 wide x 4 deep x 50 long at one end, 1 pc",
    [25, 25, 200], cyl(25, 200) - ks, 0, "shaft d25 x 200 with keyseat 8x4x50",
    "cylinder minus keyseat region |x|<=4, y>=8.5 times 50; h7 is a tolerance, not a size")
add(29, "U", "Block 6082-T6 80x50x30, Ø20 bore through the 30, 2 pcs, job 2311",
    [80, 50, 30], box(80, 50, 30) - cyl(20, 30), 1, "block 80x50x30 with d20 through bore", "box minus cyl d20 x 30")
add(30, "U", "Square tube 25x25x1.5 S235, cut 12 pcs @ 480 from 6 m lengths",
    [25, 25, 480], sqtube(25, 25, 1.5, 480), 1, "one piece of square tube 25x25x1.5 L480",
    "(625-484)*480, sharp corners; the part is one 480 piece")

# ---------------- V: chatty with irrelevant numbers ----------------
add(31, "V", "Hey! Just got a Bambu X1C (paid $1,199, ouch) and the first thing I want is a spacer: 22 mm OD, 8.2 mm bore, 9 mm tall. This is basically version 2 of one I made back in 2021.",
    [22, 22, 9], tube(22, 8.2, 9), 1, "spacer OD22 ID8.2 H9", "annulus * 9")
add(32, "V", "for my Ender 3 V2 I need a little mounting plate, 80 x 40 x 5, with two 3.2 mm holes 60 apart along the long side. thanks in advance, been at this since 9pm",
    [80, 40, 5], box(80, 40, 5) - 2 * cyl(3.2, 5), 2, "plate 80x40x5 with 2 holes d3.2", "box minus 2 cylinders")
add(33, "V", "It's March 14th, I've got 3 printers running and 2 of them are jammed lol. Anyway: a cup 50 across, 60 tall, 1.6 walls and a 2 mm floor please",
    [50, 50, 60], cup(50, 60, 1.6, 2), 0, "cup OD50 H60 wall 1.6 floor 2", "cyl(50,60) - cyl(46.8,58)")
add(34, "V", "version 3.1 of my cable guide (3.0 snapped after 2 weeks): a U channel 20 wide outside, 12 tall, walls 2 everywhere, 150 long. Last one took 4 hours at 0.2 layers.",
    [20, 12, 150], uchan(20, 12, 2, 150), 0, "U channel 20 wide, 12 tall, t2, L150",
    "section 20*12 - 16*10 = 80, times 150")
add(35, "V", "printing on a Prusa MK4 with a 0.4 nozzle, PETG at 240 C. I need a square tube 15 x 15 outside, 1.2 wall, 100 long.",
    [15, 15, 100], sqtube(15, 15, 1.2, 100), 1, "square tube 15x15x1.2 L100", "(225 - 12.6^2)*100, sharp corners")
r, a, dep = 4.0, 1.0, 1.0
ymax_side = math.sqrt(r * r - a * a)
ymax = max(r - dep, ymax_side)
ext_y = ymax + r
add(36, "V", "keyed shaft for my 12 V motor project (the one from aliexpress, 3.99 euros, 2020 model): 8 mm diameter, 40 long, keyway 2 wide and 1 deep running the full length",
    [8, ext_y, 40], cyl(8, 40) - keyseat_area(8, 2, 1) * 40, 0, "shaft d8 x 40 with full-length keyway 2x1",
    "cylinder minus segment region |x|<=1, y>=3 over 40; the keyway cuts the top of the circle so that extent is 4 + sqrt(15) = 7.873")
add(37, "V", "ok so I tried this 5 times in version 1.2 and it kept failing: block 60 x 40 x 20 with a slot 30 long and 8 wide going all the way through the 20",
    [60, 40, 20], box(60, 40, 20) - obround(30, 8) * 20, 1, "block 60x40x20 with 30x8 through slot",
    "obround slot 30 overall x 8 wide (rect would be +0.6% of total)")
add(38, "V", "My daughter (she's 7) wants a coaster, 95mm across and 4mm thick. I'll print 4 of them at 20% infill.",
    [95, 95, 4], cyl(95, 4), 0, "disc d95 x 4", "solid disc; infill and count are not geometry")
add(39, "V", "can you make me a replacement knob for my 1998 Philips toaster, model HD2581? the old one cracked",
    None, None, None, "toaster knob of unknown size", "product with no public dimensions: out of scope", oos=True)
od, idd, t = 2 * IN, 1.5 * IN, 0.25 * IN
add(40, "V", "ring 2 inch OD, 1.5 inch ID, 0.25 thick - it's for my drone, order #5532 arrives 12/05",
    [od, od, t], tube(od, idd, t), 1, "ring 2in OD 1.5in ID 0.25in thick", "50.8 / 38.1 / 6.35 mm")

with OUT.open("w") as f:
    for c in cases:
        f.write(json.dumps(c, ensure_ascii=False) + "\n")
from collections import Counter
print(len(cases), Counter(c["class"] for c in cases))
for line in OUT.read_text().splitlines():
    json.loads(line)

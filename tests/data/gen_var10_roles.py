# ruff: noqa
import json, math
from pathlib import Path

OUT = Path(__file__).with_name("var10_roles_prompts.jsonl")
IN = 25.4
pi = math.pi
cases = []


def cyl(d, h):
    return pi * d * d / 4 * h


def add(cls, prompt, ext, vol, genus, intent, why, impossible=False):
    cid = "r%03d" % (len(cases) + 1)
    if impossible:
        exp = {}
    else:
        exp = {"extents": sorted(round(e, 3) for e in ext), "volume": round(vol, 1)}
        if genus is not None:
            exp["genus"] = genus
    cases.append({"id": cid, "class": cls, "prompt": prompt, "expect": exp,
                  "intent": intent, "why": why, "out_of_scope": False,
                  "impossible": impossible})


# ---------------- D: containers, inside vs outside ----------------
iw, il, idp, w = 120, 80, 15, 2
ow, ol, oh = iw + 2 * w, il + 2 * w, idp + w
add("D", "open box, internal size 120 x 80, 15 deep, 2 mm walls and base",
    [ow, ol, oh], ow * ol * oh - iw * il * idp, 0, "open box from inside size",
    "Inside 120 x 80 x 15; add 2 per wall and 2 base: outside 124 x 84 x 17. V = 124*84*17 - 120*80*15.")

od, dep, side, bot = 50, 30, 2, 3
add("D", "cup 50 OD, 30 deep, 2 mm sides, 3 mm bottom",
    [od, od, dep + bot], cyl(od, dep + bot) - cyl(od - 2 * side, dep), 0, "cup",
    "50 is outside; 30 is the inside depth, so height = 30 + 3 = 33; ID = 46. V = pi/4*(50^2*33 - 46^2*30).")

add("D", "round lid 70 across, 4 thick, lip underneath 3 wide and 2 tall at the edge",
    [70, 70, 6], cyl(70, 4) + (cyl(70, 2) - cyl(64, 2)), 0, "lid with lip",
    "Disc Ø70 x 4; ring under the rim OD 70, ID 64 (3 wide), 2 tall. Total height 6. V = pi/4*70^2*4 + pi/4*(70^2-64^2)*2.")

add("D", "Box, OUTSIDE dims 100 x 60 x 40 high, walls 3, floor 4, no lid (open top).",
    [100, 60, 40], 100 * 60 * 40 - 94 * 54 * 36, 0, "open box from outside size",
    "Outside given: cavity 100-6 = 94 x 60-6 = 54, depth 40-4 = 36. V = 100*60*40 - 94*54*36.")

add("D", "need a tray, the inside has to be 200 x 150 and 25 deep. 3mm thick all round incl bottom",
    [206, 156, 28], 206 * 156 * 28 - 200 * 150 * 25, 0, "tray from inside size",
    "Inside 200 x 150 x 25 plus 3 each wall/bottom: 206 x 156 x 28. V = 206*156*28 - 200*150*25.")

add("D", "plant pot (no drain hole): inner diameter 80, inner depth 70, wall 2.5, base 4",
    [85, 85, 74], cyl(85, 74) - cyl(80, 70), 0, "cylindrical pot",
    "ID 80 + 2*2.5 = OD 85; height 70 + 4 = 74. V = pi/4*(85^2*74 - 80^2*70).")

add("D", "lid that slips over a box which is 60 x 60 outside (no clearance): top 3 thick, skirt 2 thick going down 10 below the top plate",
    [64, 64, 13], 64 * 64 * 3 + (64 * 64 - 60 * 60) * 10, 0, "square slip-over lid",
    "60 x 60 is the box outside = lid inside; skirt 2 -> lid outside 64 x 64. Height 3 + 10 = 13. V = 64^2*3 + (64^2-60^2)*10.")

add("D", "drawer, internal 140 wide x 90 front-to-back x 40 tall inside. sides 2.5, bottom 2, open top",
    [145, 95, 42], 145 * 95 * 42 - 140 * 90 * 40, 0, "drawer box",
    "Inside sizes: outside = 140+5 x 90+5 x 40+2 = 145 x 95 x 42. V = 145*95*42 - 140*90*40.")

add("D", "Schale, innen 100 x 100, Tiefe 20, Wandstärke 3, Boden 3",
    [106, 106, 23], 106 * 106 * 23 - 100 * 100 * 20, 0, "square dish (German)",
    "innen = inside 100 x 100 x 20 deep; walls and floor 3: 106 x 106 x 23. V = 106^2*23 - 100^2*20.")

add("D", "end cap to push over a 25mm OD pipe. 1.5 wall, 3mm closed end, goes 20 mm onto the pipe",
    [28, 28, 23], cyl(28, 23) - cyl(25, 20), 0, "pipe end cap",
    "Bore = pipe OD 25 (no clearance), OD 25 + 3 = 28, bore depth 20, height 20 + 3 = 23. V = pi/4*(28^2*23 - 25^2*20).")

# ---------------- E: hole grids from pitch / spacing / margins ----------------
px, py = 2 * 20 + 30, 4 * 20 + 30
add("E", "3 x 5 grid of 6 mm holes, pitch 20 both ways, plate edge 15 from the outer hole centres, 5 thick",
    [px, py, 5], px * py * 5 - 15 * cyl(6, 5), 15, "plate with 3x5 hole grid",
    "Spans (3-1)*20 = 40 and (5-1)*20 = 80; +2*15 margin -> 70 x 110 x 5. 15 holes. V = 70*110*5 - 15*pi/4*36*5.")

add("E", "3 rows x 5 columns of Ø4 holes at 15 mm spacing, 10 mm from the hole centres to the edge, 3 mm sheet",
    [50, 80, 3], 50 * 80 * 3 - 15 * cyl(4, 3), 15, "sheet with 3x5 hole grid",
    "Spans 2*15 = 30 and 4*15 = 60; +20 -> 50 x 80. V = 50*80*3 - 15*pi/4*16*3.")

nh = int((200 - 12.5) // 25) + 1
pos = [12.5 + 25 * i for i in range(nh)]
assert pos[-1] + 4 <= 200
add("E", "flat bar 200 long, 30 wide, 10 thick. 8mm holes through the flat at 25 pitch along the bar, first 12.5 from the end",
    [200, 30, 10], 200 * 30 * 10 - nh * cyl(8, 10), nh, "bar with a row of holes",
    "Holes at 12.5, 37.5, ... 187.5: %d holes, last one 12.5 from the far end. V = 60000 - %d*pi/4*64*10." % (nh, nh))

add("E", "perforated plate, 2 rows of 4 holes Ø10, 30 apart in both directions, 20 from the hole centres to the edges, 8 thick",
    [70, 130, 8], 70 * 130 * 8 - 8 * cyl(10, 8), 8, "plate with 2x4 holes",
    "Spans 30 and 3*30 = 90; +40 -> 70 x 130. V = 70*130*8 - 8*pi/4*100*8.")

s = 3 * 12.5 + 20
add("E", "plaque avec 4 x 4 trous de 5 mm, entraxe 12,5, bord à 10 mm des centres des trous extérieurs, épaisseur 2",
    [s, s, 2], s * s * 2 - 16 * cyl(5, 2), 16, "plate with 4x4 holes (French)",
    "Span 3*12.5 = 37.5, + 2*10 = 57.5 square, 2 thick. V = 57.5^2*2 - 16*pi/4*25*2.")

s = 5 * 8 + 2 * (5 + 1.5)
add("E", "vent panel: 6 x 6 grid of Ø3 holes, 8 mm c/c, leave 5 mm of solid material between the outermost holes and the edge. 1.5 sheet",
    [s, s, 1.5], s * s * 1.5 - 36 * cyl(3, 1.5), 36, "vent sheet",
    "Centre span 5*8 = 40; margin is 5 of material beyond the hole edge, so centre-to-edge = 5 + 1.5 = 6.5: 40 + 13 = 53 square. V = 53^2*1.5 - 36*pi/4*9*1.5.")

add("E", "strip 120 x 16 x 3 with a row of 6 holes Ø4.5 on 18 mm centres, pattern centred on the strip",
    [120, 16, 3], 120 * 16 * 3 - 6 * cyl(4.5, 3), 6, "strip with hole row",
    "Row span 5*18 = 90, centred -> first hole 15 from each end. V = 120*16*3 - 6*pi/4*4.5^2*3.")

s = 9 * IN + 2 * 0.5 * IN; t = 0.25 * IN
add("E", "pegboard: 10 x 10 holes, 1 inch pitch, 1/4 in holes, hole centres half an inch from the edge, 1/4 thick",
    [s, s, t], s * s * t - 100 * cyl(0.25 * IN, t), 100, "pegboard (inch)",
    "Span 9 in + 2*0.5 in = 10 in = 254 mm square, thickness 6.35, 100 holes Ø6.35. V = 254^2*6.35 - 100*pi/4*6.35^2*6.35.")

add("E", "drill pattern: 2 holes in X at 40 pitch, 3 in Y at 25 pitch, M6 clearance (medium), 20 edge margin to hole centres, plate 12 thk",
    [80, 90, 12], 80 * 90 * 12 - 6 * cyl(6.6, 12), 6, "plate with 2x3 clearance holes",
    "ISO 273 medium M6 clearance = 6.6. Spans 40 (X) and 2*25 = 50 (Y); +40 -> 80 x 90. V = 80*90*12 - 6*pi/4*6.6^2*12.")

xs = 4 * 20 + 10  # second row shifted half pitch
lx, ly = xs + 24, 30 + 24
add("E", "two rows of 5 holes dia 5, 20 apart in each row, rows 30 apart, second row shifted by half a pitch. Plate edge 12 from the nearest hole centres all round, 4 thick",
    [lx, ly, 4], lx * ly * 4 - 10 * cyl(5, 4), 10, "staggered hole pattern",
    "Row 1 at 0..80, row 2 at 10..90: X span 90, Y span 30; +24 -> 114 x 54. V = 114*54*4 - 10*pi/4*25*4.")

# ---------------- F: depth vs diameter ----------------
add("F", "block 40 x 40 x 80 tall. blind hole 45 deep from the top, 14.5 across, centred",
    [40, 40, 80], 40 * 40 * 80 - cyl(14.5, 45), 0, "block with blind hole",
    "45 is depth, 14.5 diameter; flat-bottomed hole as the simplest CAD (no drill point). V = 128000 - pi/4*14.5^2*45.")

add("F", "pulley blank Ø60 x 20, one face gets a bore 22 dia 7 deep in the middle",
    [60, 60, 20], cyl(60, 20) - cyl(22, 7), 0, "disc with shallow bore",
    "Bore dia 22, depth 7 (blind, flat bottom). V = pi/4*(60^2*20 - 22^2*7).")

add("F", "a 10 hole 30 deep in the end face of a 25 x 25 x 50 bar",
    [25, 25, 50], 25 * 25 * 50 - cyl(10, 30), 0, "bar with axial blind hole",
    "End face is 25 x 25; hole Ø10 runs 30 along the 50 length (blind). V = 31250 - pi/4*100*30.")

add("F", "plate 60 x 30 x 12, one M6 hole in the middle: 6.6 thru, counterbore 11 across, 6.5 deep",
    [60, 30, 12], 60 * 30 * 12 - cyl(11, 6.5) - cyl(6.6, 12 - 6.5), 1, "plate with counterbored hole",
    "Cbore Ø11 x 6.5 deep, then Ø6.6 for the remaining 5.5. V = 21600 - pi/4*(11^2*6.5 + 6.6^2*5.5).")

add("F", "Ø40 x 60 cylinder, drill each end on centre 8mm, 25 deep",
    [40, 40, 60], cyl(40, 60) - 2 * cyl(8, 25), 0, "cylinder with blind holes both ends",
    "Two Ø8 x 25 blind holes; 25+25 = 50 < 60 so they do not meet (genus 0). V = pi/4*(40^2*60 - 2*64*25).")

add("F", "10 deep pocket, 30 dia, centred in a 50 x 50 x 15 plate",
    [50, 50, 15], 50 * 50 * 15 - cyl(30, 10), 0, "plate with round pocket",
    "Depth first: 10 deep, dia 30. V = 37500 - pi/4*900*10.")

add("F", "30 mm cube, top face centre: Ø6 x 20 DP",
    [30, 30, 30], 27000 - cyl(6, 20), 0, "cube with blind hole",
    "Ø6 is diameter, 20 DP is depth (blind, flat bottom). V = 27000 - pi/4*36*20.")

add("F", "round rod 20 dia 100 long, drill 12 dia x 35 deep axially into one end",
    [20, 20, 100], cyl(20, 100) - cyl(12, 35), 0, "rod with axial blind hole",
    "Hole Ø12 x 35 deep along the axis. V = pi/4*(400*100 - 144*35).")

add("F", "plate 80 x 40 x 8 with two 6.5 holes, 8 deep, on the long centreline 50 apart",
    [80, 40, 8], 80 * 40 * 8 - 2 * cyl(6.5, 8), 2, "plate, hole depth equals thickness",
    "8 deep in an 8 thick plate = through holes, so genus 2. V = 25600 - 2*pi/4*6.5^2*8.")

add("F", "block 60 x 40 x 30 (30 is the height). from the top: Ø8 blind hole 40 deep, must not break through the bottom",
    [], 0, None, "blind hole deeper than block",
    "A 40 deep blind hole cannot fit in a 30 tall block without breaking through. Impossible.",
    impossible=True)

with OUT.open("w") as f:
    for c in cases:
        f.write(json.dumps(c, ensure_ascii=False) + "\n")
from collections import Counter
print(len(cases), Counter(c["class"] for c in cases))

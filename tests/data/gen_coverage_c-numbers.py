# ruff: noqa
"""Writes coverage_c-numbers.jsonl: numbers and units as people write them, and their roles (issue 12
items 1 and 2, branch c-numbers, session 10), written by the c-numbers engineer before any change, in
values and wordings unlike coverage11/12's failures (c1405 c1407 c1410 c1415 c1429 c1459 c1504 c1603 c1607 c1610).

Classes: A a count word before a bare size ("one 10 hole"); B spelled numbers with unit words;
C decimal-comma metres as a stock length; D material grades are not sizes; E hole grids in other
languages ("3 x 4 Löcher"); F drawing counts "(4) .266 DIA THRU"; G "Ø30 x 50 round" is diameter x length;
H what the part is for ("for a coffee table I'm building") names no part.
Run: python tests/data/gen_coverage_c-numbers.py  (rewrites the .jsonl next to it)
"""
import json, math
from pathlib import Path

OUT = Path(__file__).with_name("coverage_c-numbers.jsonl")
IN = 25.4
pi = math.pi
cases = []


def cyl(d, h):
    return pi * d * d / 4 * h


def add(cls, prompt, ext, vol, genus, why, impossible=False):
    exp = {} if impossible else {"extents": sorted(round(e, 3) for e in ext), "volume": round(vol, 1), "genus": genus}
    cases.append({"id": "cn%02d" % (len(cases) + 1), "class": cls, "prompt": prompt, "expect": exp, "why": why,
                  "out_of_scope": False, "impossible": impossible})


# A: a count word before a bare size and "hole": the count, then the diameter
add("A", "bracket plate 5 thick 50 wide 80 long, one 10 hole in the middle", [5, 50, 80], 80 * 50 * 5 - cyl(10, 5), 1,
    "one hole of 10 mm")
add("A", "spacer disc 30 across, 4 thick, one 6 hole dead centre", [30, 30, 4], cyl(30, 4) - cyl(6, 4), 1,
    "one hole of 6 mm")
add("A", "plate 120 x 80 x 10 with three 7 holes along the centre line", [120, 80, 10], 120 * 80 * 10 - 3 * cyl(7, 10), 3,
    "three holes of 7 mm")
add("A", "plate ten by six inches, quarter inch thick, three half-inch holes along the middle",
    [10 * IN, 6 * IN, IN / 4], 10 * 6 * 0.25 * IN ** 3 - 3 * cyl(IN / 2, IN / 4), 3, "three holes of 12.7 mm")
# B: spelled numbers with unit words
add("B", "a round plug thirty-five millimetres across and twelve tall", [35, 35, 12], cyl(35, 12), 0, "d35 h12")
add("B", "hockey-style puck two and a quarter inches across, three quarters of an inch thick",
    [2.25 * IN, 2.25 * IN, 0.75 * IN], cyl(2.25 * IN, 0.75 * IN), 0, "d57.15 h19.05")
add("B", "block sixty by forty by twenty-five millimetres", [60, 40, 25], 60 * 40 * 25, 0, "60 x 40 x 25")
add("B", "a disc one and a quarter inches across and an eighth of an inch thick", [1.25 * IN, 1.25 * IN, IN / 8],
    cyl(1.25 * IN, IN / 8), 0, "d31.75 t3.175")
# C: decimal-comma metres (and centimetres) as the length of stock
add("C", "1,2 m Rundrohr 30x2", [30, 30, 1200], (cyl(30, 1200) - cyl(26, 1200)), 1, "1,2 m = 1200 long, OD 30 wall 2")
add("C", "flat bar 40x5, 0,75 m long", [40, 5, 750], 40 * 5 * 750, 0, "0,75 m = 750")
add("C", "square tube 25x25x2, length 1,5 m", [25, 25, 1500], (25 * 25 - 21 * 21) * 1500, 1, "1,5 m = 1500")
add("C", "round bar Ø20, 0,3 m", [20, 20, 300], cyl(20, 300), 0, "0,3 m = 300")
# D: material grades are not sizes
add("D", "plate 150 x 100 x 8, material 6061-T6", [150, 100, 8], 150 * 100 * 8, 0, "6061-T6 is an alloy")
add("D", "flat bar 60 x 10, cut to 250, grade S355", [60, 10, 250], 60 * 10 * 250, 0, "S355 is a steel grade")
add("D", "disc Ø80 x 6 thick in 304 stainless", [80, 80, 6], cyl(80, 6), 0, "304 is a stainless grade")
add("D", "block 50 x 30 x 20 in C45 steel", [50, 30, 20], 50 * 30 * 20, 0, "C45 is a steel; '20 in' is no inch")
# E: hole grids in other languages
add("E", "Platte 180 x 120 x 5, 3 x 4 Löcher Ø7, Raster 30 mm", [180, 120, 5], 180 * 120 * 5 - 12 * cyl(7, 5), 12,
    "3 rows of 4 holes d7")
add("E", "plaque 100 x 80 x 6, 2 x 3 trous Ø6, entraxe 25", [100, 80, 6], 100 * 80 * 6 - 6 * cyl(6, 6), 6,
    "2 rows of 3 holes d6")
# F: drawing counts in brackets
add("F", "PLATE .250 THK x 3.00 x 5.00, (2) .201 DIA THRU", [0.25 * IN, 3 * IN, 5 * IN],
    0.25 * 3 * 5 * IN ** 3 - 2 * cyl(0.201 * IN, 0.25 * IN), 2, "two holes d5.105")
add("F", "BLOCK 2.00 x 1.50 x .75, (4) Ø.266 THRU", [2 * IN, 1.5 * IN, 0.75 * IN],
    2 * 1.5 * 0.75 * IN ** 3 - 4 * cyl(0.266 * IN, 0.75 * IN), 4, "four holes d6.756 through the .75")
# G: "ØD x L round" is a diameter and a length
add("G", "Ø30 x 50 round bar", [30, 30, 50], cyl(30, 50), 0, "d30 L50")
add("G", "Ø16 x 45 round, Ø5 bore through", [16, 16, 45], cyl(16, 45) - cyl(5, 45), 1, "d16 L45, bore 5")
add("G", "round stock Ø40 x 12 long", [40, 40, 12], cyl(40, 12), 0, "d40 L12")
# H: what the part is for names no part
add("H", "a cylinder 30 mm across and 20 tall, a foot for a coffee table I'm building", [30, 30, 20], cyl(30, 20), 0,
    "the table is what it is for")
add("H", "a disc 50 mm across and 5 thick, a spacer for my kid's bike wheel", [50, 50, 5], cyl(50, 5), 0,
    "the wheel is what it is for")

with OUT.open("w") as f:
    for c in cases:
        f.write(json.dumps(c, ensure_ascii=False) + "\n")

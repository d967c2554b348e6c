# ruff: noqa
"""The c-words branch's own set (session 9): numbers in words, other languages, stock and order text, written by
the branch's engineer after the mechanisms, in forms the var_words set does not use. Not independent: a regression set."""
import json, math
from pathlib import Path

OUT = Path(__file__).with_name("coverage_c-words.jsonl")
IN = 25.4
pi = math.pi

def cyl(d, h): return pi * d * d / 4 * h
def tube(od, idd, h): return pi * (od * od - idd * idd) / 4 * h
def box(a, b, c): return a * b * c
def sqtube(a, b, t, L): return (a * b - (a - 2 * t) * (b - 2 * t)) * L

cases = []
def add(i, cls, prompt, ext, vol, genus, why, imp=False):
    exp = {} if ext is None else {"extents": sorted(round(x, 4) for x in ext), "volume": round(vol, 2), "genus": genus}
    cases.append({"id": f"cw{i:02d}", "class": cls, "prompt": prompt, "expect": exp, "why": why, "out_of_scope": False,
                  "impossible": imp})

add(1, "S", "spacer ninety-six millimetres long, twenty-two across, with an eight and a half mm bore",
    [22, 22, 96], tube(22, 8.5, 96), 1, "96 long, OD 22, bore 8.5")
add(2, "S", "a block fifteen hundred by two hundred and fifty by eighty",
    [1500, 250, 80], box(1500, 250, 80), 0, "compound hundreds")
add(3, "S", "rod an inch thick and a foot long", [IN, IN, 12 * IN], cyl(IN, 12 * IN), 0, "an inch, a foot")
add(4, "S", "plate six by four inches, a quarter thick, with a half inch hole an inch from each end",
    [6 * IN, 4 * IN, IN / 4], box(6 * IN, 4 * IN, IN / 4) - 2 * cyl(IN / 2, IN / 4), 2, "two holes one inch from the ends")
add(5, "S", "disc ninety-five across, three point five thick, with a twelve millimetre centre hole",
    [95, 95, 3.5], tube(95, 12, 3.5), 1, "decimal in words")
add(6, "S", "washer five eighths of an inch outside, five sixteenths hole, a sixteenth thick",
    [5 / 8 * IN, 5 / 8 * IN, IN / 16], tube(5 / 8 * IN, 5 / 16 * IN, IN / 16), 1, "fractions of an inch")
add(7, "T", "Rundstab Ø 16, Länge 120", [16, 16, 120], cyl(16, 120), 0, "German round bar")
add(8, "T", "Flachstahl 40 x 8, Länge 300", [40, 8, 300], box(40, 8, 300), 0, "German flat bar")
add(9, "T", "tube carré 20 x 20 x 1,5, longueur 400", [20, 20, 400], sqtube(20, 20, 1.5, 400), 1, "French square tube")
add(10, "T", "rondella diametro esterno 30, foro 10, spessore 3", [30, 30, 3], tube(30, 10, 3), 1, "Italian washer")
add(11, "T", "anilha diâmetro externo 24, furo 8,4, espessura 2", [24, 24, 2], tube(24, 8.4, 2), 1, "Portuguese washer")
add(12, "T", "tuleja średnica zewnętrzna 30, otwór 20, długość 25", [30, 30, 25], tube(30, 20, 25), 1, "Polish bush")
add(13, "U", "RHS 60x40x3 S355J2, 1 m long, qty 4", [60, 40, 1000], sqtube(60, 40, 3, 1000), 1, "grade and quantity")
add(14, "U", "Round bar EN AW-6082 T6 dia 40 x 100 lg, 2 off, job no 7781", [40, 40, 100], cyl(40, 100), 0, "alloy, job")
add(15, "U", "flat bar 30 x 10 AISI 316, cut 8 pcs @ 150 from 3 m lengths, PO 45-221", [30, 10, 150], box(30, 10, 150), 0,
    "pieces at a length from stock")
add(16, "V", "Got my Ender 3 Pro in 2019 for $250. Need a spacer 12 OD, 5.3 bore, 20 long for it, printing at 0.2 layers",
    [12, 12, 20], tube(12, 5.3, 20), 1, "printer, year, price, layers")

OUT.write_text("".join(json.dumps(c) + "\n" for c in cases))
print(len(cases), "cases ->", OUT)

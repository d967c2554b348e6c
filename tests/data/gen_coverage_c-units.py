# ruff: noqa
"""Writes coverage_c-units.jsonl: the scope of a unit and the unit of a unitless number (issue 12
items 1 and 4, branch c-units, session 9), written by the c-units engineer after the change, in
values and wordings unlike the var10 set (coverage_var_units.jsonl) and coverage9a c1105/c1117/c1197/c1198.

Classes: A a unit written once covers its group; B US drawing decimals are inches, a metric callout
stays mm; C signed numbers are positions (the part is built), a negative size is refused.
Run: python tests/data/gen_coverage_c-units.py  (rewrites the .jsonl next to it)
"""
import json, math
from pathlib import Path

OUT = Path(__file__).with_name("coverage_c-units.jsonl")
IN = 25.4
pi = math.pi
cases = []


def cyl(d, h):
    return pi * d * d / 4 * h


def add(cls, prompt, ext, vol, genus, why, impossible=False):
    exp = {} if impossible else {"extents": sorted(round(e, 3) for e in ext), "volume": round(vol, 1), "genus": genus}
    cases.append({"id": "cu%02d" % (len(cases) + 1), "class": cls, "prompt": prompt, "expect": exp, "why": why,
                  "out_of_scope": False, "impossible": impossible})


# A: a unit written once covers its group
add("A", "brick 4 x 6 x 3 cm", [40, 60, 30], 40 * 60 * 30, 0, "cm after the last number covers all three")
add("A", "plate 8 x 6 cm, 4 mm thick, with a 10 mm hole in the middle", [80, 60, 4], 80 * 60 * 4 - cyl(10, 4), 1,
    "cm covers 8 x 6; the thickness and hole are mm")
add("A", "a 6 cm x 4 cm tile, 3 mm thick, hole ⌀ 8 in the centre", [60, 40, 3], 60 * 40 * 3 - cyl(8, 3), 1,
    "'8 in the centre': a preposition, the hole is 8 mm")
add("A", "block 2 by 3 by 1 inches", [2 * IN, 3 * IN, IN], 2 * 3 * 1 * IN ** 3, 0, "'inches' covers the group")
add("A", "plate 15 x 10 x 0,5 cm", [150, 100, 5], 150 * 100 * 5, 0, "decimal comma, cm covers all three")
add("A", "block 4 x 4 x 2 cm with an 5 mm radius hole through the 2 cm side, centred", [40, 40, 20],
    40 * 40 * 20 - cyl(10, 20), 1, "radius written before 'hole': Ø10 through the 20 mm")
# B: US drawing decimals
add("B", "PLATE 5.00 x 3.00 x .250", [5 * IN, 3 * IN, 0.25 * IN], 5 * 3 * 0.25 * IN ** 3, 0, "inch drawing: 127 x 76.2 x 6.35")
add("B", "DISC Ø3.000 x .500 THK, Ø1.000 THRU", [3 * IN, 3 * IN, 0.5 * IN], cyl(3 * IN, 0.5 * IN) - cyl(IN, 0.5 * IN), 1,
    "Ø76.2 x 12.7, Ø25.4 through")
add("B", "SLEEVE Ø1.000 OD x Ø.750 ID x 2.000 LG", [IN, IN, 2 * IN], cyl(IN, 2 * IN) - cyl(0.75 * IN, 2 * IN), 1,
    "OD 25.4, ID 19.05, 50.8 long")
add("B", "PLATE 4.00 x 2.00 x .250, 4X Ø.201 THRU .375 FROM EDGES", [4 * IN, 2 * IN, 0.25 * IN],
    (4 * 2 * 0.25) * IN ** 3 - 4 * cyl(0.201 * IN, 0.25 * IN), 4, "inch plate, 4 holes Ø5.105")
add("B", "PLATE 90 x 60 x 8, 4X Ø9 THRU, 12 FROM EDGES", [90, 60, 8], 90 * 60 * 8 - 4 * cyl(9, 8), 4, "metric: whole numbers, Ø9")
add("B", "BUSH Ø16 x Ø8.5 x 20 LG", [16, 16, 20], cyl(16, 20) - cyl(8.5, 20), 1, "metric bush")
# C: signed positions
add("C", "plate 100 x 60 x 6 with two 8 mm through holes at x = -30 and x = +30 on the centre line", [100, 60, 6],
    100 * 60 * 6 - 2 * cyl(8, 6), 2, "signed x positions, not sizes")
add("C", "block 80 x 40 x 15, origin at its centre, Ø6 through holes at (-25, 10) and (25, -10)", [80, 40, 15],
    80 * 40 * 15 - 2 * cyl(6, 15), 2, "points in brackets")
add("C", "block 40 x 40 x 10, Ø12 through holes at (-16, 0) and (16, 0) from the centre", [], 0, 0,
    "hole edge at 22 > 20: breaks out of the side", impossible=True)
add("C", "bar 60 x 20 x -8", [], 0, 0, "a negative thickness", impossible=True)

with OUT.open("w") as f:
    for c in cases:
        f.write(json.dumps(c, ensure_ascii=False) + "\n")
print(len(cases))

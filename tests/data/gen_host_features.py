# ruff: noqa
"""Generator for host_features_prompts.jsonl (ids hf01..hf18): a standard or trade name inside the description
of another part names a feature of that host (branch c-context, issue 12 items 3 and 5). Written by the engineer
of the mechanism, after the variant set; references computed from the published tables (ISO 15 bearings,
LMxUU bushings, ASME B36.10M pipe, BWG tube walls, PS 20 lumber, ISO tap drills, ISO 273 clearances)."""
import json, math
from pathlib import Path

PI = math.pi
rows = []


def add(id_, cls, prompt, extents=None, volume=None, genus=None, why="", impossible=False):
    exp = {}
    if extents is not None:
        exp["extents"] = sorted(round(e, 2) for e in extents)
    if volume is not None:
        exp["volume"] = round(volume, 1)
    if genus is not None:
        exp["genus"] = genus
    rows.append({"id": id_, "class": cls, "prompt": prompt, "expect": exp, "why": why, "impossible": impossible,
                 "out_of_scope": False})


def ring(od, id_, w):
    return PI / 4 * (od ** 2 - id_ ** 2) * w


# G: the name sizes a feature of the host
add("hf01", "G", "bearing housing block 50 x 50 x 15 for a 6202, bearing bore straight through",
    (50, 50, 15), 50 * 50 * 15 - PI / 4 * 35 ** 2 * 15, 1, "6202 = 15x35x11: bore 35 through")
add("hf02", "G", "retaining ring for a 6003 bearing, 4 mm wall around the bearing OD, same width as the bearing",
    (43, 43, 10), ring(43, 35, 10), 1, "6003 = 17x35x10: ID 35, OD 43, 10 wide")
add("hf03", "G", "seat ring 32 OD that a 625 bearing presses into, as thick as the bearing, bored straight through at the bearing OD",
    (32, 32, 5), ring(32, 16, 5), 1, "625 = 5x16x5")
add("hf04", "G", "pillow block for an LM10UU, 40 x 36 footprint and 29 long, bore = bearing OD right through the 29",
    (40, 36, 29), 40 * 36 * 29 - PI / 4 * 19 ** 2 * 29, 1, "LM10UU = 10x19x29")
add("hf05", "G", "angle bracket for 4040, both legs 40 x 40, 5 thk, one 8.5 hole in the middle of each leg",
    (40, 40, 40), (40 * 5 + 35 * 5) * 40 - 2 * PI / 4 * 8.5 ** 2 * 5, 2, "legs 40, width 40 (the profile), t 5")
add("hf06", "G", "plate 100 x 60 x 4, M6 screw clearance (normal) one in each corner, 8 from the edges",
    (100, 60, 4), 100 * 60 * 4 - 4 * PI / 4 * 6.6 ** 2 * 4, 4, "ISO 273 medium M6 = 6.6")
# H: trade lengths of stock
add("hf07", "H", "two feet of 1 inch sch 40", (33.4, 33.4, 609.6), ring(33.4, 33.4 - 2 * 3.38, 609.6), 1,
    "NPS 1 sch 40 = 33.4 x 3.38; 2 ft = 609.6")
add("hf08", "H", "half a metre of 30 x 10 flat bar", (30, 10, 500), 30 * 10 * 500, 0)
add("hf09", "H", "a yard of 1/2 inch rod", (12.7, 12.7, 914.4), PI / 4 * 12.7 ** 2 * 914.4, 0)
add("hf10", "H", "a 20 mm thick slice off a 60 mm round bar", (60, 60, 20), PI / 4 * 60 ** 2 * 20, 0)
add("hf11", "H", "quarter metre of 1 inch OD tube, 18 gauge wall", (25.4, 25.4, 250), ring(25.4, 25.4 - 2 * 1.245, 250), 1,
    "18 BWG = 0.049 in = 1.245 mm")
add("hf12", "H", "3 ft length of 2x6, dressed", (38.1, 139.7, 914.4), 38.1 * 139.7 * 914.4, 0, "2x6 dressed = 1.5 x 5.5 in")
# I: tapped holes are tap drills
add("hf13", "I", "disc Ø40, 15 thick, M10 tapped through in the middle", (40, 40, 15), ring(40, 8.5, 15), 1, "M10 tap drill 8.5")
add("hf14", "I", "bar 120 x 25 x 12, M8 tapped thru at both ends, 15 from the ends", (120, 25, 12),
    120 * 25 * 12 - 2 * PI / 4 * 6.8 ** 2 * 12, 2, "M8 tap drill 6.8")
add("hf15", "I", "hex standoff F-F M4, 7 AF, 20 long, tapped 6 deep from each end, not through",
    (7, 7 / math.cos(PI / 6), 20), 3 ** 0.5 / 2 * 49 * 20 - 2 * PI / 4 * 3.3 ** 2 * 6, 0, "M4 tap drill 3.3")
add("hf16", "I", "round bar 25 dia, 60 long, M12 tapped 20 deep into one end", (25, 25, 60),
    PI / 4 * 25 ** 2 * 60 - PI / 4 * 10.2 ** 2 * 20, 0, "M12 tap drill 10.2")

Path(__file__).with_name("host_features_prompts.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows))

# ruff: noqa
"""Write coverage_c-roles4.jsonl: issue 12 items 2 and 5, what a number means from the role words near it
(branch c-roles4, session 9): a container's inside and outside sizes, a depth plus the floor, a lid's or cap's
lip round its edge, a plate sized by its hole grid plus the margins, depth kept apart from diameter, a hole in
a bar's end face.

Written by the c-roles4 engineer AFTER the role layer was built, in new wordings and values (not the
variant set's, not the failing prompts'): a working set that holds the mechanism, not independent evidence
(that was /work/corpora/var10/var_roles_prompts.jsonl). Expectations are computed from the sizes in closed
form (boxes, cylinders and flat-bottomed holes), the way the part is meant.
Run from the project root: python tests/data/gen_coverage_c-roles4.py
"""

from __future__ import annotations

import json
import math
from pathlib import Path

OUT = Path(__file__).with_name("coverage_c-roles4.jsonl")
pi = math.pi
cases: list[dict] = []


def cyl(d: float, h: float) -> float:
    return pi * d * d / 4 * h


def add(item: int, prompt: str, ext: list[float], vol: float, genus: int, why: str) -> None:
    cases.append({"id": "cr4-%02d" % (len(cases) + 1), "item": item, "prompt": prompt,
                  "expect": {"extents": sorted(round(e, 3) for e in ext), "volume": round(vol, 1), "genus": genus},
                  "why": why, "out_of_scope": False, "impossible": False})


# containers: inside sizes, depth + floor
add(2, "storage tray, 150 x 100 inside, 20 deep, walls and floor 2.5", [155, 105, 22.5],
    155 * 105 * 22.5 - 150 * 100 * 20, 0, "inside 150 x 100 x 20 deep; outside + 2 walls, + floor")
add(2, "open box with internal dimensions 90 wide x 60 long x 30 high inside, 2 mm walls, 3 mm floor", [94, 64, 33],
    94 * 64 * 33 - 90 * 60 * 30, 0, "inside sizes with their role words")
add(2, "pot 70 OD, 50 deep, 2.5 mm sides, 4 mm bottom", [70, 70, 54], cyl(70, 54) - cyl(65, 50), 0,
    "OD outside, the depth the cavity's: 50 + 4")
add(2, "cup 60 OD, 40 deep, 3 mm sides, 5 mm bottom", [60, 60, 45], cyl(60, 45) - cyl(54, 40), 0, "40 + 5")
add(2, "bin, the inside must be 120 x 90 and 60 deep, 2 mm thick all round incl the bottom", [124, 94, 62],
    124 * 94 * 62 - 120 * 90 * 60, 0, "one thickness all round, the bottom included")
# lids and caps: an upturned cup or box
add(2, "round cap 40 across, 3 thick, with a lip underneath 2 wide and 5 tall at the rim", [40, 40, 8],
    cyl(40, 8) - cyl(36, 5), 0, "disc 40 x 3 + ring OD 40 ID 36 x 5 under it")
add(2, "cover that slips over a box which is 80 x 50 outside: top 2 thick, skirt 1.5 thick going down 8", [83, 53, 10],
    83 * 53 * 10 - 80 * 50 * 8, 0, "the box's outside is the cover's inside")
add(2, "end cap to push over a 32 mm OD tube, 2 wall, 4 mm closed end, goes 15 mm onto the tube", [36, 36, 19],
    cyl(36, 19) - cyl(32, 15), 0, "bore 32 (the tube's OD), OD 36, 15 + 4 tall")
# hole grids: the plate from the pattern
add(2, "2 x 4 grid of 5 mm holes, pitch 25 both ways, plate edge 10 from the outer hole centres, 4 thick", [95, 45, 4],
    95 * 45 * 4 - 8 * cyl(5, 4), 8, "spans 75 and 25, + 2 x 10")
add(2, "4 rows x 6 columns of Ø3 holes at 10 mm spacing, 8 mm from the hole centres to the edge, 2 mm sheet",
    [66, 46, 2], 66 * 46 * 2 - 24 * cyl(3, 2), 24, "spans 50 and 30, + 2 x 8")
add(2, "4 x 4 grid of Ø4 holes, 12 mm c/c, leave 6 mm of solid material between the outermost holes and the edge, 3 sheet",
    [52, 52, 3], 52 * 52 * 3 - 16 * cyl(4, 3), 16, "span 36, + 2 x (6 + 2)")
# depth apart from diameter; a hole in the end face
add(5, "block 30 x 30 x 70 tall, blind hole 50 deep from the top, 12 across, centred", [30, 30, 70],
    30 * 30 * 70 - cyl(12, 50), 0, "50 is the depth, 12 the diameter")
add(5, "an 8 hole 40 deep in the end face of a 20 x 20 x 60 bar", [20, 20, 60], 20 * 20 * 60 - cyl(8, 40), 0,
    "the hole runs along the 60")
add(5, "round bar 25 dia 80 long, drill 10 dia x 30 deep axially into one end", [25, 25, 80], cyl(25, 80) - cyl(10, 30), 0,
    "the size after drill is the hole's")
add(5, "30 x 30 x 60 square bar", [30, 30, 60], 30 * 30 * 60, 0, "the group before 'square bar' is the bar")

OUT.write_text("".join(json.dumps(c) + "\n" for c in cases))
print(f"wrote {len(cases)} cases to {OUT}")

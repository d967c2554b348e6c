# ruff: noqa
"""Builds tests/data/steps_ssketch.jsonl: 14 descriptions in CAD-software sketch language and drawing notes (issue 15, session 9).

Written on the s-sketch branch by its engineer (so NOT a held-out set: the held-out evidence is
/work/corpora/var10/var_sketch_prompts.jsonl, written by someone who never saw the reader). New values and
phrasings of the class: a sketch buffer on a plane or face (rectangles by size and centre or corner to corner,
circles by Ø / R at listed or ± coordinates, slots by centres and end radius, hexagons across flats), consumed
by the next extrude / pad / cut / pocket / hole feature in the same step or the next; drawing notes one
operation a line; hole grids, rows and rectangle patterns. HONEST holds two prompts for tests/steps/test_sketchbuf.py
(a sketch nothing consumes, a sketch tool the buffer does not hold): they must not come back at high confidence.
Expectations are computed from what the prompt says (extents sorted ascending, volume, genus = through holes).

Run from the project root: `python tests/data/gen_steps_ssketch.py` (rewrites the .jsonl).
"""

from __future__ import annotations

import json
import math
from pathlib import Path

pi = math.pi


def disc(d: float, h: float) -> float:
    return pi * d * d / 4 * h


CASES = [
    ("On the XY plane sketch a rectangle 80 x 50 centred on the origin and extrude it 8 mm. Select the top face, sketch a "
     "Ø20 circle at the origin and extrude-cut through all. On the same face sketch two Ø6 circles at (-30, 0) and (30, 0), "
     "cut through all.", [8, 50, 80], 80 * 50 * 8 - disc(20, 8) - 2 * disc(6, 8), 3),
    ("New sketch on XY_Plane: rectangle from (0,0) to (100,60). Pad 10 mm. New sketch on the top face: four circles Ø5.5 at "
     "(8,8), (92,8), (92,52) and (8,52) -> Pocket, Through all. Another sketch on the top face: rectangle (35,20) to (65,40), "
     "Pocket 4 mm.", [10, 60, 100], 100 * 60 * 10 - 4 * disc(5.5, 10) - 30 * 20 * 4, 4),
    ("Onshape: sketch on Top plane, circle Ø90 centred at origin, extrude 12 mm. Sketch on the top face a concentric Ø40 circle "
     "and extrude Remove, through all. Then Hole feature: simple, Ø8, through all, 4 holes equally spaced on a Ø70 construction circle.",
     [12, 90, 90], disc(90, 12) - disc(40, 12) - 4 * disc(8, 12), 5),
    ("Sketch on XY: a slot with centres at (-30,0) and (30,0), R8 ends. Extrude 5. On the top face sketch Ø6 circles on both "
     "slot centres and extrude-cut through all.", [5, 16, 76], (16 * 60 + pi * 64) * 5 - 2 * disc(6, 5), 2),
    ("Sketch a 60 x 40 rectangle on the XY plane, centred, and pad it 30 mm up. New sketch on the front face: circle Ø10, "
     "centred left-right, 15 up from the bottom edge. Pocket through all. Last, sketch on the top face a centred rectangle 30 x 20 "
     "and cut 6 deep.", [30, 40, 60], 60 * 40 * 30 - disc(10, 40) - 30 * 20 * 6, 1),
    ("Rectangle corner to corner (-50,-30) to (50,30), extrude 20. Select the top face, sketch rectangle (-35,-20) to (35,20), "
     "cut 10 deep. Sketch on the floor of that pocket a Ø12 circle at the origin, cut through all.",
     [20, 60, 100], 100 * 60 * 20 - 70 * 40 * 10 - disc(12, 10), 1),
    ("Sketch a Ø40 circle on XY, extrude 20. Flip over, sketch on the bottom face a hexagon 17 across flats centred on the axis, "
     "extrude-cut 8 deep. On the top face sketch a Ø10.5 circle at the centre and cut through all.",
     [20, 40, 40], disc(40, 20) - 0.5 * 6 * (17 / math.sqrt(3)) * 8.5 * 8 - disc(10.5, 12), 1),
    ("Sketch rectangle 90 x 70 centred, extrude 6. Then on the top face sketch four Ø4.5 circles at (±38, ±28) and cut through all.",
     [6, 70, 90], 90 * 70 * 6 - 4 * disc(4.5, 6), 4),
    ("Sketch a 70 x 70 rectangle centred on the origin on the XY plane, extrude 8. On the top face sketch a Ø30 circle at the origin "
     "and extrude it 12 mm.", [20, 70, 70], 70 * 70 * 8 + disc(30, 12), 0),
    ("PLATE 120 x 70 x 8\n4X Ø9 THRU ON 100 x 50 PATTERN, CTRD\nØ24 THRU @ CTR", [8, 70, 120],
     120 * 70 * 8 - 4 * disc(9, 8) - disc(24, 8), 5),
    ("BLOCK 90 x 40 x 12 / Ø16 THRU @ CTR / 4X Ø5.5 THRU ON 70 x 24 PATTERN", [12, 40, 90],
     90 * 40 * 12 - disc(16, 12) - 4 * disc(5.5, 12), 5),
    ("1. Plate 80 x 80, 5 thick.\n2. 9 holes Ø6 in a 3 by 3 grid, 20 mm pitch both ways, grid centred on the plate.",
     [5, 80, 80], 80 * 80 * 5 - 9 * disc(6, 5), 9),
    ("1) Sheet 100 x 60 x 3.\n2) A row of 4 slots 6 wide 20 long, 15 pitch, slots running across the short direction, row centred.",
     [3, 60, 100], 100 * 60 * 3 - 4 * (6 * 14 + pi * 9) * 3, 4),
    ("1. Rectangle 70 x 70, pad 6.\n2. 4x Ø4.5 through on a 50 square, centred.", [6, 70, 70], 70 * 70 * 6 - 4 * disc(4.5, 6), 4),
]
HONEST = [
    # a sketch no operation consumes: the part is half described
    "Sketch a rectangle 60 x 40 centred on the XY plane and extrude it 10 mm. On the top face sketch two Ø5 circles at (-20, 0) and (20, 0).",
    # a sketch tool the buffer does not hold (projected and offset edges)
    "Sketch a 80 x 60 rectangle centred on the origin, extrude 4. New sketch on the top face, project the outer edges and offset "
    "them 6 mm inward, extrude-cut through all.",
]

rows = []
for k, (prompt, ext, vol, genus) in enumerate(CASES, 1):
    rows.append({"id": f"ss{k:02d}", "prompt": prompt, "expect": {"extents": ext, "volume": round(vol, 1), "genus": genus},
                 "out_of_scope": False, "impossible": False})
out = Path(__file__).with_name("steps_ssketch.jsonl")
out.write_text("".join(json.dumps(r) + "\n" for r in rows))
print(f"{len(rows)} prompts -> {out}")

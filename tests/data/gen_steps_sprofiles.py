# ruff: noqa
# Reference generator of the s-profiles set (session 9, issue 15 item 1): a profile told in words (a walked half
# profile, stepped diameters, a wall section, a rectangle off the axis, loft sections by name, sweep paths of
# runs and bends), revolved, lofted or swept. Written by the s-profiles engineer in new phrasings, not lines of
# the var10 profiles set; volumes by formula (Pappus, frustums, tube length). Run: python tests/data/gen_steps_sprofiles.py
import json
from math import pi, sqrt
from pathlib import Path

CASES = [
    ("sp01", "Sketch the half section on XZ: from the axis out 14 at the bottom, up 6, in to 9, up 18, back to the axis. Revolve it a full turn.",
     [28, 28, 24], pi * (196 * 6 + 81 * 18), 0),
    ("sp02", "Half profile: from the axis go out 20, up 5, then slope in to radius 12 at height 11, then back to the axis. Revolve 360 degrees.",
     [11, 40, 40], pi * 400 * 5 + pi * 6 / 3 * (400 + 144 + 240), 0),
    ("sp03", "Turned pin, made as a revolve of the half profile: Ø20 x 8, then Ø14 x 12, then Ø8 x 16.",
     [20, 20, 36], pi * (100 * 8 + 49 * 12 + 16 * 16), 0),
    ("sp04", "Flanged bushing by revolving the wall section: ID 10, OD 16, overall length 24, flange at one end 26 OD x 4 thick.",
     [24, 26, 26], pi * (64 - 25) * 24 + pi * (169 - 64) * 4, 1),
    ("sp05", "Revolve the half cross-section of a pulley: two 2 mm thick flanges at radius 22 with an 8 mm wide core at radius 16 between them, bore radius 5.",
     [12, 44, 44], pi * (484 - 25) * 4 + pi * (256 - 25) * 8, 1),
    ("sp06", "Draw a 6 x 10 rectangle with its inner edge 15 mm from the axis, then revolve it 90 degrees about that axis.",
     [10, 21, 21], pi * (441 - 225) * 10 / 4, 0),
    ("sp07", "Loft a hexagon 20 across flats at the bottom to a Ø12 circle 15 mm above it.",
     [15, 20, round(20 / sqrt(3) * 2, 3)], None, 0),
    ("sp08", "Loft a 50 square at the bottom to a 30 square 24 above it, then drill a Ø8 hole through the middle.",
     [24, 50, 50], 24 / 3 * (2500 + 900 + 1500) - pi * 16 * 24, 1),
    ("sp09", "Ruled loft of a Ø40 circle at 0, a Ø24 circle at 15 and a Ø40 circle at 30, all on the Z axis.",
     [30, 40, 40], 2 * pi * 15 / 3 * (400 + 144 + 240), 0),
    ("sp10", "Sweep a Ø5 circle along a path: 30 straight, a 90 degree bend of 12 radius, 20 straight.",
     [5, 34.5, 44.5], pi * 6.25 * (50 + 6 * pi), 0),
    ("sp11", "Tube OD 10 ID 7 swept along a path: 40 straight, a 180 degree bend of 20 radius, 40 straight.",
     [10, 50, 65], pi * (25 - 12.25) * (80 + 20 * pi), 1),
    ("sp12", "Sweep a 6 mm diameter circle around a closed circular path of diameter 50.",
     [6, 56, 56], 2 * pi ** 2 * 25 * 9, 1),
    ("sp13", "Square pad 40 x 40, 5 thick. On top of it loft from that 40 square to a 20 square 15 above the top of the pad.",
     [20, 40, 40], 40 * 40 * 5 + 15 / 3 * (1600 + 400 + 800), 0),
]

rows = []
for cid, prompt, ext, vol, genus in CASES:
    expect = {"extents": sorted(ext), "genus": genus}
    if vol is not None:
        expect["volume"] = round(vol, 2)
    rows.append({"id": cid, "prompt": prompt, "expect": expect, "impossible": False})
rows.append({"id": "sp14", "prompt": "Sweep a Ø16 circle along a path: 20 straight, a 90 degree bend of radius 6, 20 straight.", "expect": {},
             "impossible": True, "why": "bend radius 6 < section radius 8: the sweep runs into itself"})
Path(__file__).with_name("steps_sprofiles.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows))

# ruff: noqa
"""Builds tests/data/steps_s-scale_prompts.jsonl: the step reader works the same at any scale (issue 15, session 9).

Written for the s-scale branch, in the branch's own words (not the var10 variants), for the classes of
Text2CAD beginner / intermediate prose in normalised units (sizes well under 1):
  J  features on tiny parts are built (holes, counterbores, frames, windows, pockets 0.05-0.1 across)
  K  a count said in one sentence, its size in a later one ("Holes: 0.04 dia on ...", "Make them ...")
  L  depths judged against the face the feature enters (an end face, a pocket floor, "cut it down")
Every prompt is written twice: as typed in units (`a`), and with each decimal times 100 (`b`, the
same part in mm). A reader that works at any scale gets both or neither. Expected sizes are worked
out by hand (boxes, cylinders, frames); where a volume is hard to write (three crossing holes) only
the extents and the genus are expected.

Run from the project root: `python tests/data/gen_steps_s-scale.py` (rewrites the .jsonl).
"""

import json
import math
import re
from pathlib import Path

pi = math.pi
CASES = []


def cyl(d, h):
    return pi * d * d / 4 * h


def add(cid, cls, prompt, ext, vol=None, genus=None, impossible=False):
    CASES.append((cid, cls, prompt, ext, vol, genus, impossible))


add("sc01", "K", "Plate 0.8 x 0.5 x 0.04. Four holes, one near each corner. The holes are 0.05 in diameter, 0.08 in from each edge.",
    [0.8, 0.5, 0.04], 0.8 * 0.5 * 0.04 - 4 * cyl(0.05, 0.04), 4)
add("sc02", "K", "A bar 0.5 long, 0.12 wide, 0.04 thick with two holes through the flat. Make them 0.03 across, 0.08 in from each end.",
    [0.5, 0.12, 0.04], 0.5 * 0.12 * 0.04 - 2 * cyl(0.03, 0.04), 2)
add("sc03", "K", "disc, radius 0.25, 0.05 thick, with a centre bore of 0.1 and eight holes evenly spaced round it. "
    "Holes: 0.04 dia on a 0.36 pitch circle.",
    [0.5, 0.5, 0.05], cyl(0.5, 0.05) - cyl(0.1, 0.05) - 8 * cyl(0.04, 0.05), 9)
add("sc04", "K", "flange ring 0.8 OD, 0.35 ID, 0.05 thick, six bolt holes. the bolt holes are 0.06, equally spaced on a 0.6 circle",
    [0.8, 0.8, 0.05], cyl(0.8, 0.05) - cyl(0.35, 0.05) - 6 * cyl(0.06, 0.05), 7)
add("sc05", "L", "Create a block 0.4 x 0.4 with a height of 0.3. On the top face, centred, draw a circle of 0.16 diameter and "
    "cut it down 0.2 (a blind hole, not through).", [0.4, 0.4, 0.3], 0.4 * 0.4 * 0.3 - cyl(0.16, 0.2), 0)
add("sc06", "L", "0.2 x 0.2 x 0.6 square bar, a 0.08 diameter blind hole 0.35 deep in one end face, centred",
    [0.2, 0.2, 0.6], 0.2 * 0.2 * 0.6 - cyl(0.08, 0.35), 0)
add("sc07", "L", "0.6 x 0.6 x 0.3 block. from the top: a square pocket 0.4 x 0.4, 0.1 deep; in the floor of that pocket a 0.12 dia "
    "hole going another 0.1 deeper. everything centred", [0.6, 0.6, 0.3], 0.6 * 0.6 * 0.3 - 0.4 * 0.4 * 0.1 - cyl(0.12, 0.1), 0)
add("sc08", "L", "Step 1: on the XY plane sketch a rectangle 0.6 by 0.4 and extrude it 0.25. Step 2: on the top face sketch a circle "
    "of radius 0.1 at the centre of the face. Step 3: cut-extrude that circle 0.15 into the body.",
    [0.6, 0.4, 0.25], 0.6 * 0.4 * 0.25 - cyl(0.2, 0.15), 0)
add("sc09", "J", "Sketch a rectangle 0.8 x 0.6. Inside it draw a second rectangle offset inward by 0.08 on every side. "
    "Extrude the region between the two loops by 0.05 so you get a frame.", [0.8, 0.6, 0.05], (0.48 - 0.64 * 0.44) * 0.05, 1)
add("sc10", "J", "Start by sketching a rectangle 0.9 long and 0.6 wide. Inside it draw a second, smaller rectangle 0.7 by 0.4 "
    "sharing the same centre, so the border is 0.1 wide all round. Extrude the area between the two rectangles 0.04 "
    "to get a flat frame.", [0.9, 0.6, 0.04], (0.54 - 0.28) * 0.04, 1)
add("sc11", "J", "plate 0.7 x 0.5 x 0.04, rectangular window 0.3 x 0.2 cut through in the middle",
    [0.7, 0.5, 0.04], (0.35 - 0.06) * 0.04, 1)
add("sc12", "J", "disc 0.6 dia, 0.15 thick. Centre hole 0.12 through, counterbored 0.24 dia x 0.06 deep from the top",
    [0.6, 0.6, 0.15], cyl(0.6, 0.15) - cyl(0.24, 0.06) - cyl(0.12, 0.09), 1)
add("sc13", "J", "cube of 0.5. A hole goes right through each pair of opposite faces, all three meeting in the middle. "
    "The holes are 0.12 across.", [0.5, 0.5, 0.5], None, 5)
add("sc14", "L", "cylinder d 0.5, length 0.8; from one flat end a 0.2 hole, 0.3 deep, on the axis",
    [0.5, 0.5, 0.8], cyl(0.5, 0.8) - cyl(0.2, 0.3), 0)
add("sc15", "K", "Square plate 0.5 by 0.5, thickness 0.03, with four holes, one near each corner.", [0.5, 0.5, 0.03], None, 4)
add("sc16", "J", "block 0.4 x 0.3 x 0.1 with a through hole of diameter 0.35 in the centre of the top face", None, impossible=True)


def scaled(prompt, k):
    """Each decimal times k: the same part in mm (counts, step numbers and Euler angles are whole numbers)."""
    return re.sub(r"(?<![\w.])\d*\.\d+(?!\d)", lambda m: f"{float(m.group(0)) * k:g}", prompt)


def main():
    out = []
    for cid, cls, prompt, ext, vol, genus, impossible in CASES:
        for tag, k in (("a", 1.0), ("b", 100.0)):
            expect = {}
            if ext:
                expect["extents"] = sorted(round(e * k, 6) for e in ext)
            if vol is not None:
                expect["volume"] = round(vol * k ** 3, 7 if k == 1 else 2)
            if genus is not None:
                expect["genus"] = genus
            row = {"id": cid + tag, "class": cls, "prompt": scaled(prompt, k) if k != 1 else prompt, "expect": expect}
            if impossible:
                row["impossible"] = True
            out.append(json.dumps(row))
    Path(__file__).with_name("steps_s-scale_prompts.jsonl").write_text("\n".join(out) + "\n")


if __name__ == "__main__":
    main()

# ruff: noqa
"""Variant set var11_sketch2 (issue 15, session 10, s-sketch2): CAD sketch language with several entities per
sketch and sketches on planes. Classes: M (outlines of lines / arcs / polylines / tangent-joined circles with
loops inside them as holes), N (sketches of circles and rectangles only, nested or placed from the outline's
edges), P (sketches on the XZ / YZ planes cutting through all, a symmetric extrusion), Q (the body mirrored
about a plane and joined). Written before the change, in new wordings and values; volumes by hand below."""
import json
import math
from pathlib import Path

OUT = Path(__file__).with_name("var11_sketch2_prompts.jsonl")
pi = math.pi
rows = []


def circ(d):
    return pi * d * d / 4


def wall_hole(r, Ro, Ri, n=4000):  # a radial hole of radius r through one tube wall, numeric
    tot = 0.0
    dy = 2 * r / n
    for i in range(n):
        y = -r + (i + 0.5) * dy
        chord = 2 * math.sqrt(r * r - y * y)
        tot += chord * (math.sqrt(Ro * Ro - y * y) - math.sqrt(Ri * Ri - y * y)) * dy
    return tot


def add(id_, cls, prompt, ext, vol, genus, intent, why):
    exp = {"extents": sorted(round(e, 4) for e in ext), "volume": round(vol, 6 if vol < 10 else 1), "genus": genus}
    rows.append({"id": id_, "class": cls, "prompt": prompt, "expect": exp, "intent": intent, "why": why,
                 "out_of_scope": False, "impossible": False, "style": "cad sketch language"})


# -- M: outlines of lines, arcs, polylines; loops inside are holes ------------------------------------------
add("k01", "M", "On the XY plane draw a polyline (0,0) -> (70,0) -> (70,20) -> (30,20) -> (30,45) -> (0,45) -> close. "
    "Extrude it 10 mm. New sketch on the top face: a Ø6 circle centred at (15,30). Cut through all.",
    [70, 45, 10], (70 * 20 + 30 * 25) * 10 - circ(6) * 10, 1, "L plate from a polyline with one hole",
    "L area 1400 + 750, minus a Ø6 hole through 10")
add("k02", "M", "Sketch a closed polyline through (0,0), (0.8,0), (0.8,0.3) and (0,0.5), back to the start, and add a circle "
    "of radius 0.06 centred at (0.2,0.2). Extrude 0.1.",
    [0.8, 0.5, 0.1], (0.8 * (0.3 + 0.5) / 2 - pi * 0.06 ** 2) * 0.1, 1, "trapezoid plate with a hole, unitless",
    "trapezoid 0.8 wide with sides 0.3 and 0.5, minus a r0.06 hole")
add("k03", "M", "Draw four lines: from (0,0) to (50,0), from (50,0) to (50,30), from (50,30) to (0,30), and from (0,30) back to (0,0). "
    "Inside the outline draw a circle of diameter 12 at (25,15). Extrude 5 mm.",
    [50, 30, 5], (1500 - circ(12)) * 5, 1, "rectangle of four lines with a centre hole", "1500 mm2 minus Ø12, times 5")
add("k04", "M", "Sketch a triangle with three lines, (0,0) to (0.9,0), (0.9,0) to (0.9,0.6) and (0.9,0.6) back to (0,0). "
    "Put a circle of radius 0.08 at (0.6,0.2). Extrude 0.05 units.",
    [0.9, 0.6, 0.05], (0.9 * 0.6 / 2 - pi * 0.08 ** 2) * 0.05, 1, "right-triangle gusset with a hole, unitless",
    "triangle 0.27 minus r0.08 circle")
add("k05", "M", "Create the sketch of a link: a line from (15,0) to (75,0), an arc from (75,0) through (87,12) to (75,24), a line from "
    "(75,24) to (15,24) and an arc from (15,24) through (3,12) to (15,0). Add two Ø10 circles at (15,12) and (75,12). Extrude 5.",
    [84, 24, 5], (60 * 24 + pi * 144 - 2 * circ(10)) * 5, 2, "link of lines and arcs with two holes",
    "stadium 60 x 24 plus two R12 half discs, minus two Ø10")
add("k06", "M", "On the XY plane sketch two circles of radius 8 centred at (0,0) and (40,0); connect them with two tangent lines and trim "
    "away the inner arcs to leave a slot shape. Pad 4 mm. On the top face sketch Ø5 circles on both centres and cut through all.",
    [56, 16, 4], (40 * 16 + pi * 64 - 2 * circ(5)) * 4, 2, "slot plate from tangent-joined circles, two holes",
    "stadium R8 with centres 40 apart, minus two Ø5")
add("k07", "M", "On a new sketch draw a circle of diameter 40 centred at the origin and, inside it, a square made of lines from (-8,-8) "
    "to (8,-8) to (8,8) to (-8,8) and back to the start. Extrude the profile 30 mm.",
    [40, 40, 30], (circ(40) - 256) * 30, 1, "round bar with a square hole along its axis", "Ø40 disc minus 16 x 16 square")
add("k08", "M", "The sketch is a rectangle from the origin to (1.2, 0.5) with all four corners rounded to a radius of 0.1. Add two "
    "circles of radius 0.06 centred at (0.2, 0.25) and (1.0, 0.25). Extrude 0.08.",
    [1.2, 0.5, 0.08], (0.6 - (4 - pi) * 0.01 - 2 * pi * 0.06 ** 2) * 0.08, 2, "rounded plate with two holes, unitless",
    "rectangle 0.6 minus corner waste (4 - pi) r2, minus two r0.06")
add("k09", "M", "Sketch two circles of radius 0.1 centred at (0,0) and (0.5,0), join them with two tangent lines and trim to a slot. "
    "Then sketch two circles of radius 0.04 on the same centres. Extrude 0.06 units.",
    [0.7, 0.2, 0.06], (0.5 * 0.2 + pi * 0.01 - 2 * pi * 0.04 ** 2) * 0.06, 2, "unitless slot link with two holes",
    "stadium r0.1 centres 0.5 apart minus two r0.04")
add("k10", "M", "On the XY plane draw a polyline (0,0) -> (40,0) -> (40,40) -> (0,40) -> close and extrude it 30. On the XZ plane "
    "sketch a Ø10 circle at x=20, z=15 and cut through all in both directions.",
    [40, 40, 30], 40 * 40 * 30 - circ(10) * 40, 1, "square block from a polyline, cross hole along Y",
    "48000 minus Ø10 x 40")
# -- N: circles and rectangles, nested or placed from the outline's edges ------------------------------------
add("k11", "N", "Draw a circle of radius 0.5 centred at (0.5, 0.5). Concentric with it, draw a circle of radius 0.15. Then draw four "
    "circles of radius 0.05 at (0.85, 0.5), (0.15, 0.5), (0.5, 0.85) and (0.5, 0.15). Extrude the whole sketch 0.1.",
    [1, 1, 0.1], pi * (0.25 - 0.0225 - 4 * 0.0025) * 0.1, 5, "unitless flange with bore and four holes",
    "disc r0.5 minus r0.15 minus four r0.05")
add("k12", "N", "Sketch a Ø80 circle at the origin, a concentric Ø20 circle and six Ø6 circles equally spaced on a Ø60 bolt circle. "
    "Extrude the sketch 10.",
    [80, 80, 10], (circ(80) - circ(20) - 6 * circ(6)) * 10, 7, "flange of circles only", "Ø80 - Ø20 - 6 x Ø6")
add("k13", "N", "Sketch a rectangle 100 by 60. Add four circles of diameter 8, each 10 in from the two nearest edges, and a Ø20 circle "
    "at the centre of the rectangle. Extrude the sketch 6.",
    [100, 60, 6], (6000 - 4 * circ(8) - circ(20)) * 6, 5, "plate with corner holes placed from the edges and a centre hole",
    "6000 - 4 x Ø8 - Ø20")
add("k14", "N", "Draw a rectangle 0.9 by 0.5 and, inside it, four circles of radius 0.04, each centred 0.1 from the two nearest edges. "
    "Extrude 0.05 units.",
    [0.9, 0.5, 0.05], (0.45 - 4 * pi * 0.04 ** 2) * 0.05, 4, "unitless plate with four corner holes", "0.45 - 4 x r0.04")
add("k15", "N", "On the XY plane sketch a rectangle from (0,0) to (80,50) and extrude 12. On the top face sketch a rectangle from (5,5) to "
    "(35,45) and cut 6 deep. Sketch three Ø5 circles at (50,25), (60,25) and (70,25) and cut through all.",
    [80, 50, 12], 80 * 50 * 12 - 30 * 40 * 6 - 3 * circ(5) * 12, 3, "block with a pocket by corners and a row of holes",
    "48000 - 7200 - 3 x Ø5 x 12")
add("k16", "N", "Sketch a 90 x 40 rectangle centred on the origin with a Ø16 circle at (-25,0) and a 20 x 12 rectangle centred at (20,0) "
    "inside it. Extrude 7.",
    [90, 40, 7], (3600 - circ(16) - 240) * 7, 2, "plate with a round and a square opening from one sketch",
    "3600 - Ø16 - 240")
# -- P: sketches on XZ / YZ, through all / both directions / symmetric ----------------------------------------
add("k17", "P", "Sketch a 40 x 30 rectangle centred on the origin on the XY plane and extrude it 50 mm. On the XZ plane sketch a Ø8 circle "
    "at x=10, z=25 and cut through all in both directions.",
    [40, 30, 50], 40 * 30 * 50 - circ(8) * 30, 1, "block with a cross hole along Y from an XZ sketch", "60000 - Ø8 x 30")
add("k18", "P", "XY plane: rectangle 60 x 24 centred at the origin, extrude 20. Then on the YZ plane draw a Ø6 circle at y=0, z=10 and "
    "cut it through everything in both directions.",
    [60, 24, 20], 60 * 24 * 20 - circ(6) * 60, 1, "bar with a hole along X from a YZ sketch", "28800 - Ø6 x 60")
add("k19", "P", "On the XY plane draw two concentric circles, Ø30 and Ø24. Extrude the ring 40 mm symmetrically about the sketch plane. "
    "Then on the YZ plane sketch a Ø6 circle at the origin and cut through all in both directions.",
    [30, 30, 40], (circ(30) - circ(24)) * 40 - 2 * wall_hole(3, 15, 12), 3, "tube with a cross hole through both walls",
    "annulus x 40 minus two wall holes (numeric)")
# -- Q: mirror the body about a plane and join -------------------------------------------------------------
add("k20", "Q", "On the XY plane sketch a rectangle with corners (0,0) and (30,20). Extrude 6 mm. On the top face sketch a Ø5 circle at "
    "(20,10) and cut through all. Mirror the part about the YZ plane, joining the copy to it.",
    [60, 20, 6], 2 * (600 - circ(5)) * 6, 2, "plate mirrored across YZ", "two halves of 600 - Ø5, times 6")
add("k21", "Q", "Sketch on XY a rectangle from (0,0) to (50,15) and extrude it 10. Sketch a Ø6 circle on the top face at (25,8) and cut "
    "through all. Then mirror the body across the XZ plane and join both halves.",
    [50, 30, 10], 2 * (750 - circ(6)) * 10, 2, "plate mirrored across XZ", "two halves of 750 - Ø6, times 10")

OUT.write_text("".join(json.dumps(r) + "\n" for r in rows))
print(len(rows), "rows ->", OUT)

#!/usr/bin/env python3
"""Write tests/data/coverage_covfam.jsonl: issue 12 item 6 prompts for the new part families.

Expectations are computed here from reference models built with build123d, sized from the
standards a machinist would use (DIN 6885 keyseats, ISO 273 medium clearance, ISO 7089 washer
OD, common tap drills, catalogue hex standoffs), written before the parser was tuned to them.
When a prompt leaves a main size open the case checks only what the prompt fixes (an extent it
names, the through-hole count), never the value NaturalCAD happens to assume.

Run from the project root: python tests/data/gen_coverage_covfam.py
"""

from __future__ import annotations

import json
import math
from pathlib import Path

from build123d import (
    Align,
    Box,
    Cylinder,
    Pos,
    RegularPolygon,
    Rot,
    export_stl,
    extrude,
)

OUT = Path(__file__).with_name("coverage_covfam.jsonl")
MIN_Z = (Align.CENTER, Align.CENTER, Align.MIN)


def ext(shape) -> list[float]:
    bb = shape.bounding_box()
    return sorted(round(v, 3) for v in (bb.size.X, bb.size.Y, bb.size.Z))


def genus(shape) -> int:
    """Through-holes from the Euler number of the tessellated boundary, as the eval measures it."""
    import tempfile

    import trimesh
    with tempfile.TemporaryDirectory() as tmp:
        path = f"{tmp}/part.stl"
        export_stl(shape, path)
        mesh = trimesh.load(path, force="mesh")
    assert mesh.is_watertight
    return round((2 - mesh.euler_number) / 2)


# ---- reference models -------------------------------------------------------------------

def l_bracket(a, b, width, t, per_leg=0, hole=0.0, cbore=None):
    part = Box(a, width, t, align=(Align.MIN, Align.CENTER, Align.MIN)) + Box(
        t, width, b, align=(Align.MIN, Align.CENTER, Align.MIN))
    for i in range(per_leg):
        y = -width / 2 + width / per_leg * (i + 0.5)
        part -= Pos(t + (a - t) / 2, y, 0) * Cylinder(hole / 2, t, align=MIN_Z)
        part -= Pos(0, y, t + (b - t) / 2) * Rot(0, 90, 0) * Cylinder(hole / 2, t, align=MIN_Z)
        if cbore:
            cd, depth = cbore
            part -= Pos(t + (a - t) / 2, y, t - depth) * Cylinder(cd / 2, depth, align=MIN_Z)
            part -= Pos(t - depth, y, t + (b - t) / 2) * Rot(0, 90, 0) * Cylinder(cd / 2, depth, align=MIN_Z)
    return part


def bush(id_, od, length, flange_d=None, flange_t=0.0):
    part = Cylinder(od / 2, length, align=MIN_Z)
    if flange_d:
        part += Cylinder(flange_d / 2, flange_t, align=MIN_Z)
    return part - Cylinder(id_ / 2, length, align=MIN_Z)


def hex_prism(af, length):
    return extrude(RegularPolygon(af / 2 / math.cos(math.pi / 6), 6), length)


def standoff_mf(af, body, d, stud, bore, depth):
    return hex_prism(af, body) + Pos(0, 0, body) * Cylinder(d / 2, stud, align=MIN_Z) - Cylinder(
        bore / 2, depth, align=MIN_Z)


def standoff_ff(af, body, bore):
    return hex_prism(af, body) - Cylinder(bore / 2, body, align=MIN_Z)


def collar_set_screw(bore, od, width, screw_drill, screws=1):
    part = bush(bore, od, width)
    for k in range(screws):
        part -= Rot(0, 0, 90 * k) * Pos(0, 0, width / 2) * Rot(0, 90, 0) * Cylinder(
            screw_drill / 2, od / 2 + 1, align=MIN_Z)
    return part


def collar_clamp(bore, od, width, clear, tap, slit=1.0):
    part = bush(bore, od, width)
    part -= Pos(od / 4 + bore / 4, 0, width / 2) * Box(od / 2 - bore / 2 + 1, slit, width + 1)
    x = (od / 2 + bore / 2) / 2
    part -= Pos(x, 0, width / 2) * Rot(90, 0, 0) * Cylinder(clear / 2, od, align=(Align.CENTER,) * 3)
    return part


def shaft_keyway(d, length, b, t1, key_len):
    """Form A keyseat (round ends), t1 deep from the crown, along the shaft axis Z, centred."""
    part = Cylinder(d / 2, length, align=MIN_Z)
    h = t1 + 1
    y0 = d / 2 - t1 + h / 2
    cutter = Pos(0, y0, length / 2) * Box(b, h, key_len - b)
    for s in (-1, 1):
        cutter += Pos(0, y0, length / 2 + s * (key_len - b) / 2) * Rot(90, 0, 0) * Cylinder(b / 2, h)
    return part - cutter


def shaft_d_flat(d, length, depth):
    return Cylinder(d / 2, length, align=MIN_Z) - Pos(0, d / 2 - depth + d, length / 2) * Box(d * 2, d * 2, length)


def stepped(*steps):
    part, z = None, 0.0
    for dia, ln in steps:
        seg = Pos(0, 0, z) * Cylinder(dia / 2, ln, align=MIN_Z)
        part = seg if part is None else part + seg
        z += ln
    return part


def pipe_clamp(od, width, t, ear, hole):
    r = od / 2
    ring = Pos(0, 0, r) * Rot(90, 0, 0) * (Cylinder(r + t, width) - Cylinder(r, width))
    ring -= Pos(0, 0, (r - t - 1) / 2) * Box(2 * (r + t) + 1, width + 1, r + t + 1)   # keep the top half
    part = ring
    for s in (-1, 1):
        part += Pos(s * (r + t / 2), 0, r / 2) * Box(t, width, r)
        part += Pos(s * (r + t + ear / 2), 0, t / 2) * Box(ear, width, t)
        part -= Pos(s * (r + t + ear / 2), 0, 0) * Cylinder(hole / 2, t, align=MIN_Z)
    return part


# ---- cases ------------------------------------------------------------------------------

CASES: list[dict] = []


def case(family, prompt, intent, shape=None, *, check=("extents", "volume", "genus"), extra=None, why=""):
    expect: dict = {}
    if shape is not None:
        if "extents" in check:
            expect["extents"] = ext(shape)
        if "volume" in check:
            expect["volume"] = round(shape.volume, 3)
        if "genus" in check:
            expect["genus"] = genus(shape)
    expect.update(extra or {})
    CASES.append({"id": f"f{len(CASES) + 1:03d}", "item": 6, "family": family, "prompt": prompt,
                  "expect": expect, "intent": intent, "why": why, "out_of_scope": False, "impossible": False})


def main() -> None:
    # L and corner brackets
    case("L bracket", "90° angle bracket 40x40x3 with 2 holes per leg",
         "40 x 40 legs, 3 thick, two holes in each leg; width and hole size open.",
         extra={"extents_include": [40.0], "genus": 4})
    case("L bracket", "L bracket 50 x 50 legs, 30 wide, 4 mm thick, two 5.5 mm holes in each leg",
         "Equal angle bracket with 2 holes per leg.", l_bracket(50, 50, 30, 4, 2, 5.5))
    case("L bracket", "corner bracket with gusset, legs 60 and 40, 25 wide, 5 thick, one 6.6 hole in each leg",
         "Gusseted bracket; the gusset size is open so no volume.",
         l_bracket(60, 40, 25, 5, 1, 6.6), check=("extents", "genus"))
    case("L bracket", "angle bracket 40x40x5, 25 wide, one counterbored 4.5 mm hole per leg, 8 mm counterbore 2.5 deep",
         "Counterbored holes from the outside... any side: same volume.",
         l_bracket(40, 40, 25, 5, 1, 4.5, (8, 2.5)))
    case("L bracket", "gusseted corner bracket 50 x 50 x 4, 40 wide, 2 holes each leg",
         "Gusseted bracket with 2 holes per leg.", extra={"extents": [40.0, 50.0, 50.0], "genus": 4})
    case("L bracket", "right angle bracket, 80 mm tall, 60 mm base, 40 wide, 6 thick, 3 holes of 8 mm in each leg",
         "Unequal bracket, 3 holes per leg.", l_bracket(60, 80, 40, 6, 3, 8))
    case("L bracket", "L-bracket 35x35x3, 30 wide, with four 4 mm holes, two on each flange",
         "Four holes, two per leg.", l_bracket(35, 35, 30, 3, 2, 4))

    # flanged bushings and sleeves
    case("bushing", "bronze bush 12 ID 16 OD 20 long with 22 mm flange 3 thick",
         "Flanged bush, 20 overall including the flange (catalogue convention).", bush(12, 16, 20, 22, 3))
    case("bushing", "flange bushing 8 bore, 12 outside, 15 long, flange Ø18 x 1.5",
         "Flanged bush.", bush(8, 12, 15, 18, 1.5))
    case("bushing", "plain sleeve 25 OD 20 ID 40 long", "Plain sleeve.", bush(20, 25, 40))
    case("bushing", "bush 16 mm bore, 22 mm OD, 25 mm length", "Plain bush.", bush(16, 22, 25))
    case("bushing", "flanged bush for a 10 mm shaft, 15 long",
         "Only bore and length given.", extra={"extents_include": [15.0], "genus": 1})
    case("bushing", "bearing sleeve, inner diameter 30, wall 2.5, length 30", "ID + wall.", bush(30, 35, 30))
    case("bushing", "top-hat bushing 6 ID, 10 OD, 12 long, flange 14 x 2", "Top-hat = flanged bush.",
         bush(6, 10, 12, 14, 2))

    # standoffs (M2.5: 5 AF, M3: 5.5 AF, M4: 7 AF; M3 male stud 6 long; tap drills 2.05 / 2.5 / 3.3)
    case("standoff", "male-female hex standoff M3 x 10", "10 body + 6 stud (catalogue M3), 5.5 AF.",
         standoff_mf(5.5, 10, 3, 6, 2.5, 6), check=("extents", "genus"))
    case("standoff", "M2.5 female-female standoff, 12 mm", "F-F, tapped through (tap drill bore).",
         standoff_ff(5, 12, 2.05))
    case("standoff", "M4 male female hex standoff, 7 AF, 20 mm body, 8 mm thread",
         "Stud given.", standoff_mf(7, 20, 4, 8, 3.3, 8), check=("extents", "genus"))
    case("standoff", "hex spacer M3 female both ends 25mm", "F-F through.", standoff_ff(5.5, 25, 2.5))
    case("standoff", "PCB standoff M3 male to female 8 mm", "M-F, 8 body + 6 stud.",
         standoff_mf(5.5, 8, 3, 6, 2.5, 6), check=("extents", "genus"))
    case("standoff", "M-F standoff M2.5x6", "M2.5 M-F, stud length open.", extra={"extents_include": [5.0], "genus": 0})

    # spacers for a bolt (ISO 273 medium clearance; OD free unless given)
    case("spacer", "spacer for M4, 12 long", "Clearance bore, OD open.", extra={"extents_include": [12.0], "genus": 1})
    case("spacer", "spacer for an M8 bolt, 24 OD, 30 long", "9 mm clearance bore.", bush(9, 24, 30))
    case("spacer", "round spacer 10 OD, 5.3 hole, 8 long", "All sizes given.", bush(5.3, 10, 8))
    case("spacer", "M5 spacer 15 mm", "Clearance bore, OD open.", extra={"extents_include": [15.0], "genus": 1})
    case("spacer", "nylon spacer for M3 screws, 6 mm long, 7 mm outside", "3.4 clearance bore.", bush(3.4, 7, 6))
    case("spacer", "spacer M6 x 20", "Clearance bore, OD open.", extra={"extents_include": [20.0], "genus": 1})

    # shaft collars
    case("shaft collar", "set screw collar 12 mm bore, 24 OD, 10 wide, M4 grub screw",
         "Radial M4 tap-drill hole.", collar_set_screw(12, 24, 10, 3.3))
    case("shaft collar", "clamp collar 25 bore 45 OD 15 wide", "Split clamp collar; slit and screw sizes open.",
         collar_clamp(25, 45, 15, 5.5, 4.2), check=("extents", "genus"))
    case("shaft collar", "shaft collar for a 10 mm shaft", "Set-screw collar, sizes open.", extra={"genus": 2})
    case("shaft collar", "split shaft collar, 8mm bore, 18 dia, 9 thick, M3 clamp screw", "Clamp collar.",
         collar_clamp(8, 18, 9, 3.4, 2.5), check=("extents", "genus"))
    case("shaft collar", "locking collar 30 mm ID 50 mm OD 16 mm wide with two M6 set screws at 90°",
         "Two radial set screws.", collar_set_screw(30, 50, 16, 5.0, 2))
    case("shaft collar", "set collar 5mm bore", "Sizes open.", extra={"genus": 2})

    # shafts (DIN 6885 form A: d 17-22 -> 6x6, t1 3.5; 22-30 -> 8x7, t1 4; 38-44 -> 12x8, t1 5)
    case("shaft", "shaft 20 mm dia 100 long with a 6 mm keyway 25 long", "DIN 6885 6x6 keyseat 3.5 deep.",
         shaft_keyway(20, 100, 6, 3.5, 25))
    case("shaft", "shaft 30 dia, 150 long, keyway", "8x7 keyseat (d 22-30), length open.",
         extra={"extents": [30.0, 30.0, 150.0], "genus": 0})
    case("shaft", "8 mm D-shaft, 60 long, flat 0.5 mm deep along the whole length", "D flat full length.",
         shaft_d_flat(8, 60, 0.5))
    case("shaft", "5 mm motor shaft 20 long with a flat", "Flat depth open.",
         extra={"extents_include": [20.0], "genus": 0})
    case("shaft", "stepped shaft: 25 dia x 40 long, then 20 dia x 60 long", "Two steps.", stepped((25, 40), (20, 60)))
    case("shaft", "stepped shaft Ø30x50, Ø25x30, Ø20x20", "Three steps.", stepped((30, 50), (25, 30), (20, 20)))
    case("shaft", "keyed shaft 40 mm diameter, 200 mm long, 12 x 8 key, 50 long keyway", "12x8 keyseat 5 deep.",
         shaft_keyway(40, 200, 12, 5, 50))

    # pipe clamps (saddle / omega strap over the pipe, ears flat on the mounting face)
    case("pipe clamp", "pipe clamp for 32 mm pipe, strap 20 wide 3 thick, two bolt ears with 6.5 holes",
         "Ear length open.", extra={"extents_include": [20.0, 35.0], "genus": 2})
    case("pipe clamp", "saddle clamp for a 25 mm tube, 15 wide, 2 mm thick, 5.5 holes, ears 15 long",
         "All sizes given.", pipe_clamp(25, 15, 2, 15, 5.5))
    case("pipe clamp", "pipe saddle clip for 20 mm pipe", "Sizes open.", extra={"genus": 2})
    case("pipe clamp", "omega clamp, 40 pipe, 25 wide x 4 thick, M8 holes", "Ear length open.",
         extra={"extents_include": [25.0, 44.0], "genus": 2})
    case("pipe clamp", "two hole strap for 16mm conduit", "Sizes open.", extra={"genus": 2})
    case("pipe clamp", "U-shaped pipe strap for a 50 mm pipe, 30 mm wide, 3 mm steel, 9 mm bolt holes, 20 mm ears",
         "All sizes given.", pipe_clamp(50, 30, 3, 20, 9))

    # second batch, written after the families landed and scored once before any change (see README)
    case("L bracket", "steel angle bracket, legs 50 and 30, 20 wide, 3 thick, 1 hole 5 mm per leg",
         "Unequal bracket.", l_bracket(50, 30, 20, 3, 1, 5), why="holdout")
    case("L bracket", "corner brace 60x60, 5 mm plate, 30 mm wide, gussets both sides, two 6.5 holes each leg",
         "Gusseted, two per leg.", extra={"extents": [30.0, 60.0, 60.0], "genus": 4}, why="holdout")
    case("bushing", "oilite bushing 1/2\" bore, 5/8\" OD, 1\" long", "Inch plain bush.",
         bush(12.7, 15.875, 25.4), why="holdout")
    case("bushing", "flanged sleeve bearing ID 20 OD 23 length 15 flange 30 x 1.5", "Flanged.",
         bush(20, 23, 15, 30, 1.5), why="holdout")
    case("standoff", "brass hex standoff M3 x 20 female/female", "F-F through.", standoff_ff(5.5, 20, 2.5),
         why="holdout")
    case("standoff", "nylon M2.5 male-female standoff 10mm + 6mm", "10 body + 6 stud.",
         standoff_mf(5, 10, 2.5, 6, 2.05, 6), check=("extents", "genus"), why="holdout")
    case("spacer", "aluminium spacer 12 OD x 25 long for an M5 screw", "5.5 bore.", bush(5.5, 12, 25), why="holdout")
    case("spacer", "spacers for M3 bolts, 5 mm long", "Clearance bore, OD open.",
         extra={"extents_include": [5.0], "genus": 1}, why="holdout")
    case("shaft collar", "stop collar for 16 mm shaft with M6 grub screw", "Set-screw collar, OD open.",
         extra={"genus": 2}, why="holdout")
    case("shaft collar", "one piece clamping collar 20 mm bore 36 OD 12 wide", "Clamp collar.",
         collar_clamp(20, 36, 12, 5.5, 4.2), check=("extents", "genus"), why="holdout")
    case("shaft", "25 mm shaft, 120 mm long, keyway 8 wide 30 long", "8 x 7 keyseat 4 deep.",
         shaft_keyway(25, 120, 8, 4.0, 30), why="holdout")
    case("shaft", "stepped shaft 40 dia x 60 long then 30 dia x 80 long then 20 dia x 40 long", "Three steps.",
         stepped((40, 60), (30, 80), (20, 40)), why="holdout")
    case("pipe clamp", "pipe clamp for 63 mm pipe, 25 wide, 3 thick, M8", "Ear length open.",
         extra={"extents_include": [25.0, 66.0], "genus": 2}, why="holdout")
    case("pipe clamp", "saddle strap 22mm copper pipe, 2 holes", "Sizes open.", extra={"genus": 2}, why="holdout")

    OUT.write_text("".join(json.dumps(c) + "\n" for c in CASES))
    print(f"wrote {len(CASES)} cases to {OUT}")


if __name__ == "__main__":
    main()

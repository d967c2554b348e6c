#!/usr/bin/env python3
"""Writes coverage_covfam2.jsonl: issue 12 item 6, the second set of new part families
(V-belt and timing pulleys, knobs, hinge leaves, wall hooks, cable clips, enclosures with a
separate lid, compression springs).

Expectations are computed here from the standards and the stated conventions, never read
from the generator:
- V-belt grooves per ISO 4183 / DIN 2217: outside diameter = datum (pitch) diameter + 2 b,
  face width = (grooves - 1) e + 2 f, with b, e, f per section (table below).
- Timing pulleys: pitch diameter = teeth x pitch / pi, outside diameter = PD - 2 x pitch line
  differential (GT2 0.254, HTD 3M 0.381, 5M 0.5715, 8M 0.686).
- Helical springs: wire volume = total coils x one turn's helix length x pi d^2 / 4
  (build123d reference sweep below).
- Enclosure + lid: the box at its outside size, the lid laid beside it (10 mm gap along Y),
  the lid's lip inside the walls with the stated clearance (volume by build123d below).
- Two-solid results carry no genus expectation: the shared checker's Euler genus of two
  disjoint closed meshes is -1, which says nothing about holes.
Run: python tests/data/gen_coverage_covfam2.py  (rewrites the .jsonl next to it)
"""

from __future__ import annotations

import json
import math
from pathlib import Path

# section: (b above datum line, groove pitch e, edge distance f)
VBELT = {"Z": (2.0, 12.0, 8.0), "SPZ": (2.0, 12.0, 8.0), "A": (2.75, 15.0, 10.0), "SPA": (2.75, 15.0, 10.0),
         "B": (3.5, 19.0, 12.5), "SPB": (3.5, 19.0, 12.5)}
TIMING = {"GT2": (2.0, 0.254), "3M": (3.0, 0.381), "5M": (5.0, 0.5715), "8M": (8.0, 0.686)}


def vbelt(section: str, pd: float, grooves: int) -> tuple[float, float]:
    b, e, f = VBELT[section]
    return pd + 2 * b, (grooves - 1) * e + 2 * f


def timing_od(profile: str, teeth: int) -> float:
    pitch, pld = TIMING[profile]
    return round(teeth * pitch / math.pi - 2 * pld, 3)


def spring_volume(wire: float, mean_d: float, free: float, coils: float) -> float:
    """Plain ends: the centreline rises from wire/2 to free - wire/2 over `coils` turns (build123d sweep)."""
    from build123d import Circle, Helix, Plane, sweep

    pitch = (free - wire) / coils
    path = Helix(pitch, pitch * coils, mean_d / 2)
    start = path @ 0
    section = Plane(origin=start, z_dir=path % 0) * Circle(wire / 2)
    return round(sweep(section, path).volume, 1)


def enclosure_volume(length: float, w: float, h: float, wall: float, floor: float, lid: float, lip: float, gap: float) -> float:
    """Open box + lid plate + lip ring (lip wall = wall), built with build123d."""
    from build123d import Box, Pos

    box = Box(length, w, h) - Pos(0, 0, floor) * Box(length - 2 * wall, w - 2 * wall, h)
    lo, wo = length - 2 * wall - 2 * gap, w - 2 * wall - 2 * gap
    ring = Box(lo, wo, lip) - Box(lo - 2 * wall, wo - 2 * wall, lip)
    return round(box.volume + length * w * lid + ring.volume, 1)


def rows() -> list[dict]:
    out: list[dict] = []

    def add(prompt: str, expect: dict, intent: str, **extra: object) -> None:
        out.append({"id": f"f2{len(out) + 1:02d}", "item": 6, "prompt": prompt, "expect": expect, "intent": intent,
                    "out_of_scope": False, "impossible": False, **extra})

    od, fw = vbelt("A", 80, 1)
    add("V-belt pulley for an A-section belt, 80 pitch diameter, 12 mm bore",
        {"extents": [fw, od, od], "genus": 1}, "single A groove, 80 datum dia, 12 bore, solid web")
    od, fw = vbelt("SPZ", 100, 2)
    add("SPZ pulley 2 grooves, 100 mm pitch diameter, 19 bore", {"extents": [fw, od, od], "genus": 1},
        "two SPZ grooves on a 100 datum diameter")
    od, fw = vbelt("B", 160, 3)
    add("v pulley B section 3 groove 160 PD bore 28", {"extents": [fw, od, od], "genus": 1}, "three B grooves")
    od, fw = vbelt("Z", 63, 1)
    add("single groove Z-section vee pulley, datum dia 63, 10 mm bore", {"extents": [fw, od, od], "genus": 1},
        "one Z groove")
    od, fw = vbelt("A", 125, 2)
    add("A-section V pulley, 125 PD, 2 grooves, 24 mm bore with a 50 mm hub sticking out 15 mm",
        {"extents": [fw + 15, od, od], "genus": 1}, "hub 50 dia projecting 15 beyond the rim on one side")

    d = timing_od("GT2", 40)
    add("GT2 pulley 40T, 8 mm bore, no flanges, no hub, 7 mm wide", {"extents": [7.0, d, d], "genus": 1},
        "plain toothed disc")
    add("GT2 20 tooth pulley for 6 mm belt, 5 mm bore, with flanges", {"genus": 1},
        "catalogue GT2 20T: flanges and a hub, 5 bore")
    d = timing_od("5M", 30)
    add("HTD 5M pulley 30 teeth, 20 wide, 12 bore, no flanges, no hub", {"extents": [20.0, d, d], "genus": 1},
        "HTD 5M 30T plain")
    d = timing_od("3M", 24)
    add("3M HTD pulley with 24 teeth, 10 wide, 6 mm bore, no hub, no flanges", {"extents": [10.0, d, d], "genus": 1},
        "HTD 3M 24T plain")
    d = timing_od("GT2", 36)
    add("pulley for a GT2 belt, 36 tooth, 6.35 bore, 8 wide, without flanges or hub",
        {"extents": [8.0, d, d], "genus": 1}, "1/4 inch bore GT2 36T")
    add("timing pulley GT2 16T 5mm bore 6mm belt", {"genus": 1}, "catalogue 16T GT2 pulley")

    add("control knob, 30 dia, 18 tall, 6 mm shaft hole 12 deep in the bottom", {"extents": [18.0, 30.0, 30.0], "genus": 0},
        "round knob, blind shaft hole")
    add("knob with a knurled rim, 25 dia x 12, M6 nut trap in the back", {"extents": [12.0, 25.0, 25.0], "genus": 0},
        "knurled thumb knob, hex pocket for an M6 nut")
    add("fluted knob 40 mm diameter 20 high with a 6 mm D shaft bore", {"extents": [20.0, 40.0, 40.0], "genus": 0},
        "fluted grip, blind D bore")
    add("5-lobe star knob, 50 across, 15 thick, 8 mm through hole", {"max_extent": round(2 * (0.65 * 25 * math.cos(math.radians(18)) + 0.35 * 25), 2),
                  "extents_include": [15.0], "genus": 1},
        "five lobe tips on a 50 mm circle (lobe radius 0.35 x 25): an odd star is narrower than its tip circle")
    add("knob with a skirt: grip 20 dia, skirt 30 dia, 15 tall overall, 6 mm shaft hole", {"extents": [15.0, 30.0, 30.0], "genus": 0},
        "skirted pointer knob")
    add("a round knob for a 1/4 inch shaft", {"genus": 0}, "sizes assumed, blind 6.35 bore")

    add("hinge leaf 40 x 30 x 2 with a 5 mm knuckle along one long edge and three 3.5 countersunk holes",
        {"extents": [5.0, 30.0, 40.0], "genus": 6}, "5 knuckles in all: this leaf carries 3 (pin holes) + 3 screw holes")
    add("butt hinge leaf, 50 long, 25 wide, 2.5 thick, 6 mm knuckle with 3 mm pin hole, 2 screw holes 4 mm",
        {"extents": [6.0, 25.0, 50.0], "genus": 5}, "3 knuckles on this leaf + 2 holes")
    add("a single hinge half 60mm x 20mm, 3mm thick, knuckle 8 mm dia, pin 4, 5 knuckles, 3 holes",
        {"extents": [8.0, 20.0, 60.0], "genus": 6}, "5 knuckles in all: 3 here")
    add("hinge leaf 30 x 20, 1.5 mm thick, 3 knuckles, no screw holes", {"extents_include": [20.0, 30.0], "genus": 2},
        "3 knuckles in all: 2 on this leaf, no screw holes")

    add("J-shaped wall hook, 3 mm thick, 20 wide, two screw holes in the back plate", {"extents_include": [20.0], "genus": 2},
        "J hook, two holes")
    l_vol = 60 * 25 * 4 + (50 - 4) * 25 * 4 - 2 * math.pi * 2.25 ** 2 * 4
    add("wall hook, L shaped, back plate 60 tall 25 wide 4 thick, arm sticking out 50 mm, 2 screw holes 4.5 mm",
        {"extents": [25.0, 50.0, 60.0], "volume": round(l_vol, 1), "genus": 2}, "plate + straight arm")
    add("coat hook J with 40 mm reach, 15 mm hook radius, 5 thick, 20 wide, plate 80 high, 3 countersunk screw holes",
        {"extents": [20.0, 40.0, 80.0], "genus": 3}, "J hook, 3 csk holes")
    add("simple wall hook for a towel", {"genus": 2}, "all sizes assumed")
    add("hook to screw to the wall, 1 hole, 30 wide, 6 thick", {"extents_include": [30.0], "genus": 1}, "one hole")

    add("cable clip for a 6 mm cable with a single screw tab", {"genus": 1}, "saddle clip, one tab")
    add("double cable clip for 10 mm cable, 2 screw tabs with 4 mm holes, 12 wide, 2 thick",
        {"extents_include": [12.0], "genus": 2}, "two tabs")
    add("saddle clip for 20 mm conduit, two fixing holes", {"genus": 2}, "two-hole saddle")
    add("cable clip 8 mm, one hole for an M4 screw, 3 mm thick, 15 wide", {"extents_include": [15.0, 11.0], "genus": 1},
        "top of the loop at cable dia/2 + cable dia/2 + thickness = 11")
    add("clip to hold a 5 mm wire to a wall, single tab", {"genus": 1}, "one tab")

    add("enclosure 100x60x40 with a separate lid, 2 mm walls", {"extents": [40.0, 100.0, 130.0]},
        "box and lid side by side, 10 mm apart along Y")
    add("project box with lid, 120 x 80 x 50 outside, walls 2.5, bottom 3, lid 3 thick with a 5 mm lip, 0.3 clearance",
        {"extents": [50.0, 120.0, 170.0], "volume": enclosure_volume(120, 80, 50, 2.5, 3, 3, 5, 0.3)},
        "lip wall = wall thickness")
    add("electronics case 80x50x30 mm with a lid that fits inside, 1.5 mm wall, exploded view",
        {"extents_include": [50.0, 80.0]}, "lid above the box")
    add("box with lid 60 x 60 x 30, 2 mm thick", {"extents": [30.0, 60.0, 130.0]}, "side by side")
    add("enclosure with a separate lid, 150 long 100 wide 60 high, 3 mm walls, 0.2 mm clearance on the lid lip",
        {"extents": [60.0, 150.0, 210.0]}, "side by side")

    add("compression spring: 20 OD, 2 mm wire, 50 free length, 6 active coils, ends closed and ground",
        {"extents": [20.0, 20.0, 50.0], "genus": 0}, "8 total coils")
    add("compression spring, wire 1.5, mean diameter 12, free length 40, 8 active coils, plain ends",
        {"extents": [13.5, 13.5, 40.0], "volume": spring_volume(1.5, 12, 40, 8), "genus": 0},
        "open ends: 8 coils in all", tol={"volume_rel": 0.03})
    add("spring 30 long, OD 10, 1 mm wire, 5 coils", {"extents": [10.0, 10.0, 30.0], "genus": 0}, "closed ends assumed")
    add("compression spring 0.8 mm wire 6 mm outside diameter 15 mm free length 7 active coils closed ends",
        {"extents": [6.0, 6.0, 15.0], "genus": 0}, "closed ends")
    add("coil spring 25 mm OD, 3 mm wire, 80 long, 10 coils, squared and ground ends",
        {"extents": [25.0, 25.0, 80.0], "genus": 0}, "closed and ground")
    return out


if __name__ == "__main__":
    target = Path(__file__).with_name("coverage_covfam2.jsonl")
    target.write_text("".join(json.dumps(r) + "\n" for r in rows()))
    print(f"wrote {target} ({len(rows())} prompts)")

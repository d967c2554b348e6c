#!/usr/bin/env python3
"""Writes coverage_covd.jsonl: issue 12 item 6 (parts no simple family covered), third set,
written in new phrasings and values before the families were changed.

Every expectation comes from a build123d reference modelled here, under conventions a
machinist would assume and stated per case (`intent`), never from the generator:
- "N overall" / "total length" includes a flange; "plus a flange" / "barrel N long" excludes it.
- A given outside diameter or width of a pulley wins over its groove standard's.
- Clearance holes per ISO 273 medium (M3 3.4, M4 4.5, M5 5.5, M6 6.6, M8 9.0); tapped holes
  are modelled as tap-drill holes (M2.5 2.05, M3 2.5, M4 3.3, M5 4.2, M6 5.0).
- DIN 6885 keyseats: shaft over 17 to 22 b 6 t1 3.5, over 22 to 30 b 8 t1 4; rounded ends.
- Hinge knuckle axis on the named edge, centred on the plate's mid-plane.
- Enclosure heights are the box's own; the lid is a separate flat plate (volume only: the lid's
  layout is free, and two disjoint solids carry no genus).
Run: python tests/data/gen_coverage_covd.py  (rewrites the .jsonl next to it)
"""

from __future__ import annotations

import json
import math
from pathlib import Path

from build123d import Align, Box, Cylinder, Plane, Pos, RegularPolygon, Rot, SlotOverall, extrude

CENTER_BOTTOM = (Align.CENTER, Align.CENTER, Align.MIN)


def vol(shape) -> float:  # type: ignore[no-untyped-def]
    return round(shape.volume, 1)


def ext(shape) -> list[float]:  # type: ignore[no-untyped-def]
    bb = shape.bounding_box()
    return sorted(round(v, 3) for v in (bb.size.X, bb.size.Y, bb.size.Z))


def tube(od: float, idia: float, length: float, z0: float = 0.0):  # type: ignore[no-untyped-def]
    outer = Pos(0, 0, z0) * Cylinder(od / 2, length, align=CENTER_BOTTOM)
    return outer - Pos(0, 0, z0) * Cylinder(idia / 2, length, align=CENTER_BOTTOM)


def flanged(bore: float, od: float, body: float, fdia: float, fthick: float):  # type: ignore[no-untyped-def]
    solid = Cylinder(fdia / 2, fthick, align=CENTER_BOTTOM) + Pos(0, 0, fthick) * Cylinder(od / 2, body, align=CENTER_BOTTOM)
    return solid - Cylinder(bore / 2, fthick + body, align=CENTER_BOTTOM)


def hex_prism(af: float, length: float):  # type: ignore[no-untyped-def]
    return extrude(RegularPolygon(af / math.sqrt(3), 6), length)


def l_bracket(leg_a: float, leg_b: float, width: float, t: float, holes: list[tuple[float, int]]):  # type: ignore[no-untyped-def]
    """Leg a flat on XY (x 0..leg_a), leg b up (z 0..leg_b), width along Y; holes (dia, per leg)."""
    base = Box(leg_a, width, t, align=(Align.MIN, Align.CENTER, Align.MIN))
    up = Box(t, width, leg_b, align=(Align.MIN, Align.CENTER, Align.MIN))
    part = base + up
    for dia, per_leg in holes:
        for i in range(per_leg):
            y = (i - (per_leg - 1) / 2) * width / max(per_leg, 1) if per_leg > 1 else 0.0
            part -= Pos(t + (leg_a - t) / 2, y, 0) * Cylinder(dia / 2, t, align=CENTER_BOTTOM)
            part -= Pos(0, y, t + (leg_b - t) / 2) * Rot(0, 90, 0) * Cylinder(dia / 2, t, align=CENTER_BOTTOM)
    return part


def flatted_shaft(dia: float, length: float, depth: float, flats: int, flat_len: float | None = None):  # type: ignore[no-untyped-def]
    shaft = Cylinder(dia / 2, length, align=CENTER_BOTTOM)
    run = flat_len or length
    for side in range(flats):
        sign = 1 if side == 0 else -1
        cutter = Box(dia, dia, run, align=(Align.CENTER, Align.MIN, Align.MIN))
        cutter = Pos(0, sign * (dia / 2 - depth), length - run) * (cutter if sign > 0 else Rot(0, 0, 180) * cutter)
        shaft -= cutter
    return shaft


def keyed_shaft(dia: float, length: float, b: float, t1: float, key_len: float):  # type: ignore[no-untyped-def]
    shaft = Rot(0, 90, 0) * Cylinder(dia / 2, length)
    slot = extrude(Plane.XY.offset(dia / 2 - t1) * SlotOverall(key_len, b), t1 + 1)
    return shaft - slot


def collar(bore: float, od: float, width: float, screw_drill: float | None):  # type: ignore[no-untyped-def]
    ring = tube(od, bore, width)
    if screw_drill:
        ring -= Pos(0, 0, width / 2) * Rot(0, 90, 0) * Cylinder(screw_drill / 2, od / 2 + 1, align=CENTER_BOTTOM)
    return ring


def hinge_leaf(length: float, width: float, t: float, knuckle: float, pin: float, holes: int, hole_dia: float):  # type: ignore[no-untyped-def]
    plate = Box(length, width, t, align=(Align.CENTER, Align.MIN, Align.CENTER))
    knuck = Pos(0, width, 0) * Rot(0, 90, 0) * Cylinder(knuckle / 2, length)
    part = plate + knuck - Pos(0, width, 0) * Rot(0, 90, 0) * Cylinder(pin / 2, length)
    for i in range(holes):
        x = (i - (holes - 1) / 2) * length / holes
        part -= Pos(x, width / 2 - knuckle / 4, 0) * Cylinder(hole_dia / 2, t)
    return part


def wall_hook(plate: tuple[float, float, float], holes: int, hole_dia: float, peg_dia: float, peg_len: float):  # type: ignore[no-untyped-def]
    h, w, t = plate  # plate upright: h along Z, w along X, t along Y
    part = Box(w, t, h, align=(Align.CENTER, Align.MIN, Align.CENTER))
    # holes above and below the peg, never under it
    spots = [(0.0, 0.35 * h), (0.0, -0.35 * h)] if holes == 2 else [(-w / 4, 0.35 * h), (w / 4, 0.35 * h), (0.0, -0.35 * h)]
    for x, z in spots[:holes]:
        part -= Pos(x, 0, z) * Rot(-90, 0, 0) * Cylinder(hole_dia / 2, t, align=CENTER_BOTTOM)
    peg = Pos(0, t, 0) * Rot(-90, 0, 0) * Cylinder(peg_dia / 2, peg_len, align=CENTER_BOTTOM)
    return part + peg


def enclosure_volume(length: float, w: float, h: float, wall: float, floor: float, lid: float) -> float:
    box = Box(length, w, h) - Pos(0, 0, floor) * Box(length - 2 * wall, w - 2 * wall, h)
    return round(box.volume + length * w * lid, 1)


def pipe_clamp(length: float, width: float, height: float, pipe: float, bolt: float, offset: float):  # type: ignore[no-untyped-def]
    block = Box(length, width, height, align=(Align.CENTER, Align.CENTER, Align.MIN))
    block -= Pos(0, 0, height) * Rot(90, 0, 0) * Cylinder(pipe / 2, width)
    for x in (-offset, offset):
        block -= Pos(x, 0, 0) * Cylinder(bolt / 2, height, align=CENTER_BOTTOM)
    return block


def pulley_with_hub(od: float, face: float, bore: float, hub_d: float, hub_len: float):  # type: ignore[no-untyped-def]
    body = Cylinder(od / 2, face, align=CENTER_BOTTOM) + Pos(0, 0, face) * Cylinder(hub_d / 2, hub_len, align=CENTER_BOTTOM)
    return body - Cylinder(bore / 2, face + hub_len, align=CENTER_BOTTOM)


def knob(dia: float, height: float, bore: float, depth: float | None):  # type: ignore[no-untyped-def]
    body = Cylinder(dia / 2, height, align=CENTER_BOTTOM)
    return body - Cylinder(bore / 2, depth or height, align=CENTER_BOTTOM)


def mf_standoff(af: float, body: float, stud_d: float, stud_len: float, tap: float, depth: float):  # type: ignore[no-untyped-def]
    part = hex_prism(af, body) + Pos(0, 0, body) * Cylinder(stud_d / 2, stud_len, align=CENTER_BOTTOM)
    return part - Cylinder(tap / 2, depth, align=CENTER_BOTTOM)


def rows() -> list[dict]:
    out: list[dict] = []

    def add(prompt: str, expect: dict, intent: str, **extra: object) -> None:
        out.append({"id": f"d{len(out) + 1:02d}", "item": 6, "prompt": prompt, "expect": expect, "intent": intent,
                    "out_of_scope": False, "impossible": False, **extra})

    def solid(prompt: str, shape, genus: int | None, intent: str, volume: bool = True, **extra: object) -> None:  # type: ignore[no-untyped-def]
        exp: dict = {"extents": ext(shape)}
        if volume:
            exp["volume"] = vol(shape)
        if genus is not None:
            exp["genus"] = genus
        add(prompt, exp, intent, **extra)

    # L and corner brackets
    solid("angle bracket 50 by 30 legs, 25 wide, 5 mm thick, two 6 mm holes in each leg",
          l_bracket(50, 30, 25, 5, [(6, 2)]), 4, "L 50/30 outside legs, 4 x 6 through")
    solid("corner bracket in 3 mm plate, 40 mm legs, 15 wide, a 4.2 hole in each leg",
          l_bracket(40, 40, 15, 3, [(4.2, 1)]), 2, "equal legs 40, one hole each")
    solid("L-bracket 60x60x6, 40 wide, no holes", l_bracket(60, 60, 40, 6, []), 0, "angle notation legs x legs x thickness")
    solid("right-angle bracket, 45 and 35 legs, width 20, 4 mm thick, M4 clearance hole in each leg",
          l_bracket(45, 35, 20, 4, [(4.5, 1)]), 2, "M4 clearance 4.5 per ISO 273 medium")

    # flanged bushings and sleeves
    solid("flanged bush ID 8 OD 12, flange 18 dia 2 thick, total length 16", flanged(8, 12, 14, 18, 2), 1,
          "total includes the flange: barrel 14")
    solid("flange bushing, 20 bore, 26 outside, barrel 30 long, 3 mm thick Ø34 flange", flanged(20, 26, 30, 34, 3), 1,
          "barrel excludes the flange: 33 overall")
    solid("sleeve bearing with collar: 6 ID, 10 OD, 12 long overall, collar Ø14 x 1.5", flanged(6, 10, 10.5, 14, 1.5), 1,
          "overall includes the collar")
    solid("plain bronze sleeve 16 x 20 x 25 (ID x OD x length)", tube(20, 16, 25), 1, "no flange")
    solid("flanged bushing for a 12 mm shaft, 18 OD, 20 long plus a 3 mm flange of 25 dia", flanged(12, 18, 20, 25, 3), 1,
          "plus: flange added to the 20")

    # standoffs
    solid("M4 hex standoff, female/female, 25 mm, 7 mm across flats", hex_prism(7, 25) - Cylinder(1.65, 25, align=CENTER_BOTTOM), 1,
          "tap drill 3.3 through")
    solid("round spacer standoff 8 OD 20 long, M4 tapped through", tube(8, 3.3, 20), 1, "tube with the M4 tap drill")
    solid("M3 hex standoff 6 mm hex, 15 mm body, male-female: 5 mm stud, female thread 5 deep",
          mf_standoff(6, 15, 3, 5, 2.5, 5), 0, "stud d3 x 5, blind 2.5 x 5")
    solid("brass standoff M2.5 x 8, hex 5, female both ends", hex_prism(5, 8) - Cylinder(1.025, 8, align=CENTER_BOTTOM), 1,
          "F-F modelled as a through tap drill", tol={"volume_rel": 0.06})
    solid("male to female hex standoff M3, 5.5 across flats, 20 long body, 6 mm thread", mf_standoff(5.5, 20, 3, 6, 2.5, 6), 0,
          "female depth not given: volume not pinned", volume=False)

    # spacers sized for a bolt
    solid("spacer for an M8 bolt, 20 long, 14 OD", tube(14, 9.0, 20), 1, "M8 medium clearance 9.0", tol={"volume_rel": 0.08})
    solid("hex spacer 13 mm across flats, 30 long, for M8 bolts", hex_prism(13, 30) - Cylinder(4.5, 30, align=CENTER_BOTTOM), 1,
          "hex with M8 clearance", tol={"volume_rel": 0.08})
    solid("round spacer 30 long OD 10 for an M5 screw", tube(10, 5.5, 30), 1, "M5 medium clearance 5.5", tol={"volume_rel": 0.08})

    # shaft collars
    solid("set collar, 20 mm bore, 36 OD, 14 wide, one M6 grub screw", collar(20, 36, 14, 5.0), 2, "radial M6 tap drill 5.0",
          tol={"volume_rel": 0.05})
    solid("split clamp collar for a 15 mm shaft, OD 30, 12 thick", collar(15, 30, 12, None), None,
          "slit and clamp screw: extents only", volume=False)
    solid("shaft collar 8 bore 16 OD 8 wide", collar(8, 16, 8, None), None, "set screw size assumed: extents only", volume=False)

    # shafts with keyways or flats
    solid("Ø30 shaft 200 long, 40 mm DIN 6885 keyseat in the middle", keyed_shaft(30, 200, 8, 4, 40), 0,
          "d 30: b 8 t1 4, closed keyseat with rounded ends", tol={"volume_rel": 0.01})
    solid("20 mm shaft, 100 long, keyway 6 wide x 3.5 deep x 25 long", keyed_shaft(20, 100, 6, 3.5, 25), 0,
          "closed keyseat, size given", tol={"volume_rel": 0.01})
    solid("double-D shaft 8 mm, 50 long, 7 across the flats", flatted_shaft(8, 50, 0.5, 2), 0, "two flats 0.5 deep full length",
          tol={"volume_rel": 0.01})
    solid("6 mm D-shaft 40 long with a 0.5 mm flat", flatted_shaft(6, 40, 0.5, 1), 0, "one flat full length",
          tol={"volume_rel": 0.01})
    solid("spindle 12 dia 80 long with a flat 1 mm deep and 20 long at one end", flatted_shaft(12, 80, 1, 1, 20), 0,
          "partial flat", tol={"volume_rel": 0.005})
    solid("stepped shaft: Ø16 x 40 then Ø12 x 30", Cylinder(8, 40, align=CENTER_BOTTOM) + Pos(0, 0, 40) * Cylinder(6, 30, align=CENTER_BOTTOM),
          0, "two steps, 70 overall")

    # pulleys
    add("A-section V pulley, 100 mm outside diameter, 22 wide, 15 bore", {"extents": [22.0, 100.0, 100.0], "genus": 1},
        "given OD and width win over ISO 4183's")
    add("vee pulley, 2 grooves SPA, OD 125, 14 mm bore", {"extents": [35.0, 125.0, 125.0], "genus": 1},
        "given OD; width (2-1) 15 + 2 x 10 = 35 from ISO 4183")
    add("GT2 timing pulley 16T, 5 mm bore, 8 mm long, no flanges", {"extents": [8.0, 9.678, 9.678], "genus": 1},
        "OD = 16 x 2 / pi - 0.508")
    add("36 tooth GT2 pulley, 8 bore, 10 wide, plain (no flange, no hub)", {"extents": [10.0, 22.41, 22.41], "genus": 1},
        "OD = 36 x 2 / pi - 0.508")
    solid("flat pulley 100 dia, 30 face width, 12 bore", tube(100, 12, 30), 1, "plain crown-less flat pulley")
    solid("flat belt pulley 60 x 20 with a Ø25 hub 8 long on one side, 8 mm bore", pulley_with_hub(60, 20, 8, 25, 8), 1,
          "hub adds to the width: 28 overall")

    # knobs
    solid("round knob 35 dia 18 high with a blind 6 mm hole 12 deep", knob(35, 18, 6, 12), 0, "plain cylinder, blind bore")
    solid("plain knob Ø25 x 12 with a 5 mm hole right through", knob(25, 12, 5, None), 1, "through bore")
    add("control knob for a 6 mm shaft, 20 across, 15 tall", {"extents": [15.0, 20.0, 20.0]}, "bore depth assumed: extents only")

    # hinge leaves
    solid("hinge leaf 40 long, 25 wide, 1.5 thick, Ø5 knuckle with a Ø2 pin hole along the 40 edge (knuckle axis on that edge), three 3 mm holes",
          hinge_leaf(40, 25, 1.5, 5, 2, 3, 3), 4, "knuckle centred on the edge and the plate's mid-plane", tol={"volume_rel": 0.05})
    add("butt hinge half 60 x 30 x 2, Ø7 knuckle on a 60 edge, Ø3 pin, four 4 mm screw holes", {"genus": 5},
        "knuckle placement free: only the holes pinned")

    # wall hooks
    solid("wall hook: 50 x 25 x 5 back plate, two 5 mm holes, Ø10 peg 30 long sticking straight out", wall_hook((50, 25, 5), 2, 5, 10, 30), 2,
          "peg from the plate's middle, perpendicular")
    solid("coat peg on an 80x30x6 plate with three 4.5 screw holes, round peg Ø12 x 50", wall_hook((80, 30, 6), 3, 4.5, 12, 50), 3,
          "peg perpendicular to the plate", tol={"volume_rel": 0.05})

    # cable clips
    add("cable clip for 10 mm cable with one 4 mm screw hole", {"genus": 1}, "one screw hole")
    add("screw-on clip to hold an 8 mm wire, single screw", {"genus": 1}, "one screw hole")

    # enclosures with a separate lid
    add("project box 120 x 80 x 50 outside, walls 2.5, floor 2.5, separate flat lid 2.5 thick",
        {"volume": enclosure_volume(120, 80, 50, 2.5, 2.5, 2.5)}, "50 is the box's own height; flat lid")
    add("electronics enclosure 150 x 100 x 60 with a separate lid; 3 mm walls, 3 mm base, lid a 3 mm flat plate",
        {"volume": enclosure_volume(150, 100, 60, 3, 3, 3)}, "box + flat lid")

    # compression springs
    add("compression spring 2 mm wire, 20 OD, 50 free length, 8 coils", {"extents": [20.0, 20.0, 50.0], "genus": 0},
        "envelope only: ends not given")
    add("spring: wire dia 1, mean dia 10, length 30", {"extents": [11.0, 11.0, 30.0], "genus": 0}, "OD = mean + wire")
    add("compression spring ID 12, 1.6 wire, 35 long", {"extents": [15.2, 15.2, 35.0], "genus": 0}, "OD = ID + 2 wire")

    # pipe clamps
    solid("pipe clamp half for 25 mm pipe, block 60 x 20 x 18 high, Ø25 half-round on top, two 5.5 holes 20 from centre",
          pipe_clamp(60, 20, 18, 25, 5.5, 20), 2, "cradle across the 20 width, holes full height")
    solid("saddle block for a 20 mm tube: 50 long, 16 wide, 15 tall, semicircular Ø20 groove on the top face, 2x M5 clearance holes 17 off centre",
          pipe_clamp(50, 16, 15, 20, 5.5, 17), 2, "M5 clearance 5.5")
    return out


def main() -> None:
    path = Path(__file__).with_name("coverage_covd.jsonl")
    path.write_text("".join(json.dumps(r) + "\n" for r in rows()))
    print(f"wrote {len(rows())} cases to {path}")


if __name__ == "__main__":
    main()

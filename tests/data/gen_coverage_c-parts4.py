# ruff: noqa
"""Generator for coverage_c-parts4: parts of a known kind described by their pieces' sizes (issue 12
item 6, session 10, c-parts), written before the c-parts changes in new wordings and values: hinge
leaves whose plate is measured from the pin axis or overall and sits centred on one full-length knuckle,
peg wall hooks with a screw hole above and one below the peg, male-female hex standoffs by body AF /
body length / stud length / female depth, block-type cable saddles with a half-round groove across the
underside and a hole each side, square caps by outside, skirt and top thickness over a post, U channels
by outside width / height / wall (English and French), and a base with a centred boss drilled through
both. Expectations in closed form (each formula in `why`)."""
import json, math
from pathlib import Path

PI = math.pi
ROWS = []


def add(i, prompt, ext, vol, g, intent, why):
    ROWS.append({"id": i, "item": 6, "prompt": prompt, "expect": {"extents": sorted(round(e, 3) for e in ext),
                 "volume": round(vol, 1), "genus": g}, "intent": intent, "why": why, "out_of_scope": False,
                 "impossible": False})


def strip(r, half):
    """Area of a circle of radius r inside the band |z| <= half, on one side of its centre line."""
    return half * math.sqrt(r * r - half * half) + r * r * math.asin(half / r)


def hinge(i, prompt, length, reach, thick, knuckle, pin, holes, hole):
    r = knuckle / 2
    vol = PI * r * r * length + reach * thick * length - strip(r, thick / 2) * length - PI * (pin / 2) ** 2 * length \
        - holes * PI * (hole / 2) ** 2 * thick
    add(i, prompt, (length, reach + r, knuckle), vol, 1 + holes, "hinge leaf, plate centred on one knuckle",
        f"knuckle d{knuckle} x {length}, plate {reach} from the axis x {thick} centred on it (overlap once), "
        f"pin d{pin}, {holes} holes d{hole}")


def peg_hook(i, prompt, h, w, t, d, reach, holes, hole):
    vol = h * w * t + PI * (d / 2) ** 2 * reach - holes * PI * (hole / 2) ** 2 * t
    add(i, prompt, (w, t + reach, h), vol, holes, "peg wall hook", f"plate {h}x{w}x{t} + peg d{d} x {reach} - {holes} holes d{hole}")


def standoff(i, prompt, af, body, stud_d, stud, tap, depth):
    vol = math.sqrt(3) / 2 * af * af * body + PI * (stud_d / 2) ** 2 * stud - PI * (tap / 2) ** 2 * depth
    add(i, prompt, (af, af * 2 / math.sqrt(3), body + stud), vol, 0, "male-female hex standoff",
        f"hex {af} AF x {body} + stud d{stud_d} x {stud} - tap drill d{tap} x {depth} blind")


def saddle(i, prompt, l, w, h, r, hole):
    vol = l * w * h - PI * r * r / 2 * w - 2 * PI * (hole / 2) ** 2 * h
    add(i, prompt, (l, w, h), vol, 2, "block cable saddle", f"block {l}x{w}x{h} - half cylinder r{r} x {w} - 2 holes d{hole} x {h}")


def cap(i, prompt, outside, height, skirt, top):
    inside = outside - 2 * skirt
    vol = outside * outside * height - inside * inside * (height - top)
    add(i, prompt, (outside, outside, height), vol, 0, "square cap over a post",
        f"{outside} sq x {height} - inside {inside} sq x {height - top} (skirt {skirt}, top {top})")


def channel(i, prompt, length, width, height, wall):
    vol = (width * height - (width - 2 * wall) * (height - wall)) * length
    add(i, prompt, (length, width, height), vol, 0, "U channel", f"({width}x{height} - {width - 2 * wall}x{height - wall}) x {length}")


def boss(i, prompt, l, w, t, d, h, hole):
    vol = l * w * t + PI * (d / 2) ** 2 * h - PI * (hole / 2) ** 2 * (t + h)
    add(i, prompt, (l, w, t + h), vol, 1, "base with a centred boss", f"{l}x{w}x{t} + boss d{d} x {h} - d{hole} through {t + h}")


hinge("p01", "hinge leaf 60 long: one Ø8 knuckle the full length with a Ø4 pin hole, the plate is 3 thick, centred on the "
      "knuckle, and reaches 25 from the pin centre; 3 screw holes Ø4", 60, 25, 3, 8, 4, 3, 4)
hinge("p02", "one leaf of a hinge, 45 along the pin, 2.5 thick, 22 wide measured from the axis of the pin. The knuckle is a "
      "7 OD cylinder along one long edge, centred on the plate thickness, pin hole 3 right through, 2 holes 4 dia", 45, 22, 2.5, 7, 3, 2, 4)
hinge("p03", "hinge leaf, 50 long and 30 wide overall including the knuckle, 2 thick; a single Ø6 knuckle runs the whole "
      "length on the plate's mid-plane with a Ø3 pin bore; two Ø3.5 screw holes", 50, 27, 2, 6, 3, 2, 3.5)
hinge("p04", "knuckle Ø10 x 80 long with a Ø5 pin hole all along it; the leaf is 3 thick, centred on the knuckle, sticking "
      "out 35 from the pin axis; 4 screw holes Ø4.5. It's a hinge leaf", 80, 35, 3, 10, 5, 4, 4.5)
peg_hook("p05", "coat peg: mounting plate 80 tall, 30 wide, 5 thick, Ø10 peg 50 long out of the centre of the plate, a 5 mm "
         "screw hole above the peg and another below it", 80, 30, 5, 10, 50, 2, 5)
peg_hook("p06", "towel hook with a back plate 70 x 28 x 5 and a round peg Ø12 sticking out 45 from the plate; screw holes Ø4, "
         "one above and one below the peg, 50 apart", 70, 28, 5, 12, 45, 2, 4)
peg_hook("p07", "wall peg: plate 50 high 20 wide 3 thick, peg 6 dia x 30 long in the middle, a single 3.5 screw hole "
         "above it", 50, 20, 3, 6, 30, 1, 3.5)
standoff("p08", "M4 male-female standoff: hex body 7 AF, 15 long, 8 mm stud, 8 deep tapped hole in the female end",
         7, 15, 4, 8, 3.3, 8)
standoff("p09", "standoff, male to female, M2.5: 5 mm across flats, body 12 mm, stud 5 mm long, female thread 5 deep",
         5, 12, 2.5, 5, 2.05, 5)
standoff("p10", "M5 M-F hex spacer, 8 AF x 20 body, 10 mm male stud, female end tapped 10 deep", 8, 20, 5, 10, 4.2, 10)
saddle("p11", "cable saddle: a block 30 x 10 x 8 high with an R3 half-round channel across the bottom for the cable, running "
       "the 10 way in the middle, a 3.5 screw hole each side of it", 30, 10, 8, 3, 3.5)
saddle("p12", "block-type cable clip 50 long, 16 wide, 12 tall, semicircular groove of radius 5 underneath, across the width at "
       "the centre, two Ø5 holes, one either side of the groove", 50, 16, 12, 5, 5)
saddle("p13", "saddle clip for a 6 mm cable: block 36 x 12 x 9, half-round groove under it across the 12 side, Ø4.5 screw "
       "hole on each side", 36, 12, 9, 3, 4.5)
cap("p14", "square cap to slip over a 46 mm square post: 50 x 50 outside, 15 high overall, skirt 2 thick, top 4 thick",
    50, 15, 2, 4)
cap("p15", "end cap that fits over a 60x60 box section: outside 64 square, 20 tall overall, 2 mm walls, 3 mm top", 64, 20, 2, 3)
cap("p16", "cover for a 38 x 38 square post, 3 mm skirt, 5 mm top, 25 high overall", 44, 25, 3, 5)
channel("p17", "U channel 120 long, 40 wide outside, 25 high, 4 mm walls", 120, 40, 25, 4)
channel("p18", "Profilé en U de 100 de long, 36 de large extérieur, 24 de haut, parois de 3 mm", 100, 36, 24, 3)
channel("p19", "channel section, outside 60 wide x 30 tall, walls and base 5 thick, 200 long", 200, 60, 30, 5)
boss("p20", "BASE 80 X 60 X 10 WITH BOSS Ø40 X 20 HIGH CENTRED ON TOP, Ø16 THRU ALL", 80, 60, 10, 40, 20, 16)
boss("p21", "a 50 x 50 x 6 base plate with a Ø20 boss 12 high in the middle, 8 mm hole through boss and base", 50, 50, 6, 20, 12, 8)

if __name__ == "__main__":
    Path(__file__).with_name("coverage_c-parts4.jsonl").write_text("".join(json.dumps(r) + "\n" for r in ROWS))
    print(len(ROWS), "rows")

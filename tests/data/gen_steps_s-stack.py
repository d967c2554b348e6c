# ruff: noqa
# Reference generator of the s-stack set (issue 15 session 10): a second body joined to the part so far and
# placed by words -- coaxial continuation along the axis ("next to it", "then steps down to"), a body on the
# underside or on top "standing N up", on the small end of a frustum, a disc around the middle of a hub, a stem
# from below ending at a lying crossbar's axis, legs at both ends "to N total height" -- with the features
# that target the new body. Written before the reader was changed. Run: python tests/data/gen_steps_s-stack.py
import json
from pathlib import Path

from build123d import *

OUT = Path(__file__).with_name("steps_s-stack_prompts.jsonl")
CASES = []


def case(cid, klass, prompt, genus, why):
    def deco(fn):
        CASES.append(dict(id=cid, klass=klass, prompt=prompt.strip(), genus=genus, why=why, fn=fn))
        return fn
    return deco


def cyl(r, h, x=0, y=0, z=0):
    return Pos(x, y, z) * Cylinder(r, h, align=(Align.CENTER, Align.CENTER, Align.MIN))


def ring(ro, ri, h, z=0):
    return cyl(ro, h, z=z) - cyl(ri, h, z=z)


def xcyl(r, length, y=0, z=0):
    return Pos(-length / 2, y, z) * Rot(0, 90, 0) * Cylinder(r, length, align=(Align.CENTER, Align.CENTER, Align.MIN))


def box(x0, y0, z0, x1, y1, z1):
    return Pos(x0, y0, z0) * Box(x1 - x0, y1 - y0, z1 - z0, align=Align.MIN)


def cone(r0, r1, h, z=0):
    return Pos(0, 0, z) * Cone(r0, r1, h, align=(Align.CENTER, Align.CENTER, Align.MIN))


@case("k01", "A", "Turned spindle, steps:\n1. a Ø30 portion 25 long\n2. after that a Ø22 portion 40 long\n3. finally a Ø14 tip 15 long", 0,
      "three coaxial sections stacked end to end")
def _():
    return cyl(15, 25) + cyl(11, 40, z=25) + cyl(7, 15, z=65)


@case("k02", "A", "A stepped pin: Ø16 for the first 30 mm, then stepping down to Ø10 for a further 20 mm.", 0, "two coaxial sections")
def _():
    return cyl(8, 30) + cyl(5, 20, z=30)


@case("k03", "A", "A shaft: Ø40 for 20 mm, then Ø25 for 50 mm, then Ø18 for 30 mm.", 0, "three coaxial sections in one sentence")
def _():
    return cyl(20, 20) + cyl(12.5, 50, z=20) + cyl(9, 30, z=70)


@case("k04", "A", "Stepped bush. Start with a 24 mm diameter cylinder 35 mm long. Next to it add an 18 mm diameter section 20 mm long.", 0,
      "a second section next to the first, on its axis")
def _():
    return cyl(12, 35) + cyl(9, 20, z=35)


@case("k05", "A", "Adapter shaft, made in steps:\n1) a Ø50 section 10 long\n2) then a Ø35 section 30 long\n3) then a Ø20 end 12 long", 0,
      "numbered sections, the third named an end")
def _():
    return cyl(25, 10) + cyl(17.5, 30, z=10) + cyl(10, 12, z=40)


@case("k06", "B", "First a disc Ø60, 5 thick. Then on the underside a ring, OD 50 and ID 44, 8 tall.", 0, "a ring hanging under a disc")
def _():
    return cyl(30, 5, z=8) + ring(25, 22, 8)


@case("k07", "B", "1) Square plate 100 x 100 x 12. 2) A tube OD 50, ID 40, standing 60 mm up from the top of the plate, centred. "
      "3) Continue the Ø40 bore through the plate.", 1, "a tube stub on a plate, its bore opened through the plate")
def _():
    return box(-50, -50, 0, 50, 50, 12) - cyl(20, 12) + ring(25, 20, 60, z=12)


@case("k08", "B", "Base block 60 x 40 x 10. On top of it, centred, a tube 30 OD and 20 ID, 25 high.", 0,
      "a tube on top of a block (its bore blind: the block is not drilled)")
def _():
    return box(-30, -20, 0, 30, 20, 10) + ring(15, 10, 25, z=10)


@case("k09", "B", "Cap: a disc Ø90 and 3 thick. Under the disc add a ring with OD 84 and ID 78, 5 high.", 0, "a lip ring under a lid")
def _():
    return cyl(45, 3, z=5) + ring(42, 39, 5)


@case("k10", "C", "Begin with a cone frustum, 50 mm across at the bottom and 30 mm across at the top, 30 mm high. "
      "Then put a 16 mm diameter cylinder 20 mm tall on the small end.", 0, "a cylinder on the small end of a frustum")
def _():
    return cone(25, 15, 30) + cyl(8, 20, z=30)


@case("k11", "C", "Start with a frustum 40 mm across at the base, 24 mm across at the top and 20 mm high. Stack a 24 mm diameter "
      "cylinder 10 mm tall on the small end. Drill a 6 mm hole through the whole thing along the axis.", 1,
      "frustum + cylinder with an axial hole through both")
def _():
    return cone(20, 12, 20) + cyl(12, 10, z=20) - cyl(3, 30)


@case("k12", "D", "The hub is a cylinder 30 mm across and 24 mm long. A flange disc 80 mm across and 8 mm thick goes around it, "
      "right in the middle of the hub lengthwise.", 0, "a disc around the middle of a hub")
def _():
    return cyl(15, 24) + cyl(40, 8, z=8)


@case("k13", "D", "Start with a Ø12 spindle 40 long. Add a Ø36 collar 6 thick around it at mid-length.", 0, "a collar around a spindle at mid-length")
def _():
    return cyl(6, 40) + cyl(18, 6, z=17)


@case("k14", "E", "A crossbar, cylinder Ø16 and 100 long, lying horizontal. A stem Ø12 x 60 comes up from below into the middle of "
      "the crossbar and ends at the crossbar's axis.", 0, "T handle: the stem's top at the crossbar's axis; z 0..68")
def _():
    return xcyl(8, 100, z=60) + cyl(6, 60)


@case("k15", "F", "U channel bent from 4 mm plate. 1. Base 60 x 30, 4 thick. 2. At both 30 mm wide ends of the base a leg goes up, "
      "4 thick, to 40 mm total height.", 0, "two legs on the short ends, from the base's top to 40")
def _():
    return box(-30, -15, 0, 30, 15, 4) + box(-30, -15, 4, -26, 15, 40) + box(26, -15, 4, 30, 15, 40)


@case("k16", "F", "Bracket. 1. Base plate 80 x 20 x 5. 2. At each 20 mm end of the base a leg rises, 5 thick, to 30 mm total height.", 0,
      "legs at each end to a total height")
def _():
    return box(-40, -10, 0, 40, 10, 5) + box(-40, -10, 5, -35, 10, 30) + box(35, -10, 5, 40, 10, 30)


@case("k17", "G", "Disc Ø70, 10 thick. On the bottom face add a spigot Ø30 standing 12 mm proud. Bore Ø14 through the spigot and the disc.", 1,
      "a spigot under a disc, bored through both")
def _():
    return cyl(35, 10, z=12) + cyl(15, 12) - cyl(7, 22)


@case("k18", "G", "Start with a 50 x 50 x 10 plate. On the underside, centred, add a 20 x 20 block 15 tall.", 0, "a block under a plate")
def _():
    return box(-25, -25, 15, 25, 25, 25) + box(-10, -10, 0, 10, 10, 15)


@case("k19", "G", "Base disc Ø80 x 10. A Ø30 boss rises from the top of the disc to 35 mm total height.", 0, "a boss to a total height")
def _():
    return cyl(40, 10) + cyl(15, 25, z=10)


@case("k20", "G", "1) Plate 90 x 60 x 8. 2) A Ø36 boss standing 20 mm up from the top of the plate, centred. 3) Drill Ø16 through the boss and the plate.", 1,
      "a boss standing up from a plate, drilled through both")
def _():
    return box(-45, -30, 0, 45, 30, 8) + cyl(18, 20, z=8) - cyl(8, 28)


def main():
    lines = []
    for c in CASES:
        s = c["fn"]()
        bb = s.bounding_box()
        ext = sorted(round(v, 3) for v in (bb.size.X, bb.size.Y, bb.size.Z))
        lines.append(json.dumps({"id": c["id"], "prompt": c["prompt"], "expect": {"extents": ext, "volume": round(s.volume, 1), "genus": c["genus"]},
                                 "intent": c["why"], "why": c["why"], "out_of_scope": False, "impossible": False, "style": c["klass"]}))
    OUT.write_text("\n".join(lines) + "\n")
    print(len(lines), "cases ->", OUT)


if __name__ == "__main__":
    main()

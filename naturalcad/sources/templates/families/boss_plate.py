"""A rectangular base with a round boss standing centred on its top, drilled through both.

"BOSS Ø30 x 15 HIGH ON BASE 70 x 70 x 8, BOSS CENTRED, Ø12 THRU BOTH", "a 50 x 50 x 6 base plate with a Ø20 boss
12 high in the middle, 8 mm hole through boss and base": two pieces, each sized in its own words; the base by its
three sizes (length x width x thickness, as written), the boss by its diameter and its height above the base, and
the hole through the boss and the base.  A flange with a hub or spigot stays the flange family's.
"""

from __future__ import annotations

import math

from ..parse import PartSpec
from ..script import P
from .base import Example, Family, Impossible, Match, Notes, dim, r4
from .blocks import ALIGN_MIN_Z
from .pieces import piece

VOCABULARY = ("boss", "bosses", "base", "plate", "centred", "centered", "thru", "both")


_OTHER_FEATURES = ("bosses", "holes", "slot", "slots", "pocket", "fillet", "fillets", "chamfer", "chamfered", "rib", "ribs",
                   "gusset", "counterbore", "counterbored", "countersunk", "corner", "corners", "groove", "tapped",
                   "keyway", "step", "rounded", "radius")


def _base(spec: PartSpec) -> list[float] | None:
    return next((list(g[:3]) for g in spec.groups if len(g) >= 3), None)


def match(spec: PartSpec) -> Match | None:
    if not spec.has("boss") or not spec.has("base", "plate") or spec.has("flange", "flanges", "pcd", "spigot", "hub"):
        return None
    if spec.has(*_OTHER_FEATURES) or _base(spec) is None or spec.counts.get("holes", 1) > 1:
        return None   # more than a boss and one hole: the step reader builds every feature
    return Match(90, "it names a base with a boss on it, each sized")


def boss_plate_params(spec: PartSpec, notes: Notes, output_type: str) -> list[P]:
    base = _base(spec)
    assert base is not None
    length, width, thick = base
    boss = piece(spec, r"boss", role="diameter")
    diameter = (boss.get("diameter") if boss is not None else None) or dim(spec, "hub_diameter", "diameter")
    tall = piece(spec, r"boss", role="height")
    height = (tall.get("height") if tall is not None else None) or dim(spec, "hub_height", "height")
    if diameter is None:
        diameter = r4(round(min(length, width) * 0.4))
        notes.assume("boss diameter", diameter, main=True)
    if height is None:
        height = r4(thick)
        notes.assume("boss height above the base", height, main=True)
    hole = dim(spec, "hole_diameter") or 0.0
    if diameter >= min(length, width):
        raise Impossible(f"a Ø{diameter:g} boss does not fit on a {length:g} x {width:g} base")
    if hole and hole >= diameter:
        raise Impossible(f"a Ø{hole:g} hole would cut the Ø{diameter:g} boss away")
    notes.add(f"a Ø{diameter:g} boss {height:g} mm high centred on the {length:g} x {width:g} x {thick:g} base"
              + (f", a Ø{hole:g} hole through both" if hole else ""))
    return [P("base_length", r4(length), "mm, base length (X)"),
            P("base_width", r4(width), "mm, base width (Y)"),
            P("base_thickness", r4(thick), "mm, base thickness (Z)"),
            P("boss_diameter", r4(diameter), "mm, boss diameter"),
            P("boss_height", r4(height), "mm, boss height above the base"),
            P("hole_diameter", r4(hole), "mm, hole through the boss and the base (0 = none)")]


def boss_plate_body(values: dict[str, float | int | bool], output_type: str, spec: PartSpec | None = None) -> str:
    return f"""
result = Box(base_length, base_width, base_thickness, {ALIGN_MIN_Z})
# the boss, centred on the top face
result += Pos(0, 0, base_thickness) * Cylinder(boss_diameter / 2, boss_height, {ALIGN_MIN_Z})
if hole_diameter > 0:  # through the boss and the base
    result -= Cylinder(hole_diameter / 2, base_thickness + boss_height, {ALIGN_MIN_Z})
"""


EXAMPLES = (
    Example("BOSS Ø30 x 15 HIGH ON BASE 70 x 70 x 8, BOSS CENTRED, Ø12 THRU BOTH", (23, 70, 70),
            70 * 70 * 8 + math.pi * 15 ** 2 * 15 - math.pi * 6 ** 2 * 23, 1),
)

FAMILY = Family("boss_plate", "rectangular base with a centred round boss, drilled through both", ("3d_solid",),
                boss_plate_params, boss_plate_body, vocabulary=VOCABULARY, match=match, examples=EXAMPLES)

"""Shaft collars: set-screw (radial tapped hole) and one-piece clamp style (slit + tangential screw).

Sizes not given follow DIN 705 setting rings (bore -> OD, width, set screw), nearest row; the
screw thread is modelled as its tap-drill hole (set screw) or a clearance hole across the slit
(clamp screw), and the reading says so.
"""

from __future__ import annotations

import math
import re

from ....prompt.standards import known_sizes, metric
from ..parse import PartSpec
from ..script import P
from .base import Example, Family, Impossible, Match, Notes, dim, r4
from .blocks import ALIGN_MIN_Z
from .phrasing import metric_near, noun_sizes

VOCABULARY = ('collar', 'collars', 'set', 'grub', 'clamp', 'clamping', 'split', 'locking', 'stop', 'screw', 'screws')

# DIN 705 A setting rings: bore d -> (outside D, width b, set screw M)
DIN_705: dict[float, tuple[float, float, float]] = {
    3: (7, 5, 2.5), 4: (8, 5, 3), 5: (10, 6, 3), 6: (12, 8, 4), 8: (16, 8, 4), 10: (20, 10, 5), 12: (22, 12, 6),
    14: (25, 12, 6), 16: (28, 12, 6), 18: (32, 14, 6), 20: (32, 14, 6), 25: (40, 16, 8), 30: (45, 16, 8),
    35: (56, 16, 8), 40: (63, 18, 10), 50: (80, 18, 10),
}
# words that ask for the set screw itself (its size may still be assumed)
_SCREW_WORDS = ("set", "grub", "screw", "screws", "tapped", "locking", "setscrew", "setscrews")
_COUNT_WORDS = {"one": 1, "a": 1, "single": 1, "two": 2, "2": 2, "three": 3, "3": 3, "four": 4, "4": 4}


def match(spec: PartSpec) -> Match | None:
    named = spec.has("collar", "collars") and (
        spec.has("shaft", "set", "grub", "clamp", "clamping", "split", "locking", "stop", "screw", "screws", "bore"))
    return Match(88, "it names a shaft collar") if named else None   # above tube (64) and shaft


def clamp_style(spec: PartSpec) -> bool:
    return spec.has("clamp", "clamping", "split", "clamp-style") and not spec.has("grub")


def _row(bore: float) -> tuple[float, float, float]:
    nearest = min(DIN_705, key=lambda d: abs(d - bore))
    od, width, screw = DIN_705[nearest]
    if nearest == bore:
        return od, width, screw
    k = bore / nearest
    return float(math.ceil(od * k)), float(math.ceil(width * k)), screw


def collar_params(spec: PartSpec, notes: Notes, output_type: str) -> list[P]:
    clamp = clamp_style(spec)
    bore = dim(spec, "bore", "inner_diameter", "hole_diameter")
    if bore is None:
        shaft = noun_sizes(spec, {"shaft", "axle", "rod"}, skip={"mm", "dia", "diameter", "round"})
        bore = shaft.before if shaft is not None else None
    od = dim(spec, "outer_diameter", "diameter")
    width = dim(spec, "width", "thickness", "length", "height")
    loose = [v for v in spec.loose if v not in (bore, od, width)]
    if bore is None and loose:
        bore = loose.pop(0)
    if bore is None:
        bore = 10.0
        notes.assume("bore", bore, main=True)
    row_od, row_width, row_screw = _row(bore)
    if od is None:
        od = row_od
        notes.assume("outside diameter (DIN 705)", od, main=True)
    if width is None:
        width = row_width
        notes.assume("width (DIN 705)", width)
    if od <= bore:
        raise Impossible(f"the outside diameter {od:g} mm must be larger than the bore {bore:g} mm")
    screw = metric_near(spec, {"set", "grub", "clamp", "clamping", "screw", "screws", "cap", "socket"}) or spec.metric
    wall = (od - bore) / 2
    if screw is None:
        # the DIN 705 screw, or the largest that leaves metal around its hole
        room = (min(wall, width) if clamp else width) * 0.6   # a set screw runs along the wall
        fits = [m for m in known_sizes() if m <= row_screw and
                (metric(m).clearance if clamp else metric(m).tap_drill) <= room]
        screw = max(fits) if fits else min(known_sizes())
        # a screw nobody asked for (only ring sizes given) is a feature added by default: said, never `high`
        asked = clamp or spec.has(*_SCREW_WORDS)
        notes.assume(("clamp" if clamp else "set") + " screw" + ("" if asked else " (none asked for; added as a set collar has one)"),
                     f"M{screw:g}", "", main=not asked)
    row = metric(screw)
    params = [P("bore", r4(bore), "mm, bore (shaft diameter)"),
              P("outer_diameter", r4(od), "mm, outside diameter"),
              P("width", r4(width), "mm, collar width along the shaft")]
    if clamp:
        hole = row.clearance
        if hole >= min(wall, width) * 0.9:
            raise Impossible(f"an M{screw:g} clamp screw ({hole:g} mm hole) does not fit a {wall:g} mm wall, "
                             f"{width:g} mm wide collar")
        notes.add(f"clamp screw M{screw:g} modelled as a {hole:g} mm hole across the slit")
        return [*params, P("slit", r4(max(0.5, round(bore * 0.05, 1))), "mm, width of the clamping slit"),
                P("screw_hole", r4(hole), f"mm, M{screw:g} clamp screw hole across the slit")]
    count = _screw_count(spec)
    hole = row.tap_drill
    if hole >= width * 0.9:
        raise Impossible(f"an M{screw:g} set screw ({hole:g} mm tap drill) does not fit a {width:g} mm wide collar")
    notes.add(f"set screw M{screw:g} modelled as its {hole:g} mm tap-drill hole")
    return [*params, P("set_screws", count, "radial set screws, 90° apart"),
            P("screw_hole", r4(hole), f"mm, M{screw:g} tap drill")]


def _screw_count(spec: PartSpec) -> int:
    found = re.search(r"\b(one|a|single|two|three|four|[1-4])\s+(?:m\d+(?:\.\d+)?\s+)?(?:set|grub)\s*screws?\b",
                      spec.text.lower())
    return _COUNT_WORDS.get(found.group(1), 1) if found else 1


def collar_body(values: dict[str, float | int | bool], output_type: str, spec: PartSpec | None = None) -> str:
    code = f"""
result = Cylinder(outer_diameter / 2, width, {ALIGN_MIN_Z}) - Cylinder(bore / 2, width, {ALIGN_MIN_Z})
"""
    if "slit" in values:
        return code + """
# one-piece clamp: a slit from the bore out through the wall, closed by a screw across it
wall = (outer_diameter - bore) / 2
result -= Pos(bore / 2 + wall / 2, 0, width / 2) * Box(wall + 1, slit, width)
result -= Pos(bore / 2 + wall / 2, 0, width / 2) * Rot(90, 0, 0) * Cylinder(screw_hole / 2, outer_diameter)
"""
    return code + """
# radial set screw holes (tap drill) from the outside into the bore, mid-width
for k in range(set_screws):
    result -= Rot(0, 0, 90 * k) * Pos(bore / 4, 0, width / 2) * Rot(0, 90, 0) * Cylinder(
        screw_hole / 2, outer_diameter / 2, align=(Align.CENTER, Align.CENTER, Align.MIN))
"""


def _ring(od: float, d: float, h: float) -> float:
    return math.pi / 4 * (od * od - d * d) * h


EXAMPLES = (
    Example("set screw collar 12 mm bore, 24 OD, 10 wide, M4 grub screw", (10, 24, 24),
            _ring(24, 12, 10) - math.pi / 4 * 3.3 ** 2 * 6, 2),
    Example("shaft collar for a 10 mm shaft", (10, 20, 20), _ring(20, 10, 10) - math.pi / 4 * 4.2 ** 2 * 5, 2),
    Example("locking collar 30 mm ID 50 mm OD 16 mm wide with two M6 set screws at 90°", (16, 50, 50),
            _ring(50, 30, 16) - 2 * math.pi / 4 * 5.0 ** 2 * 10, 3),
    Example("clamp collar 25 bore 45 OD 15 wide", (15, 45, 45), holes=2),
)

FAMILY = Family("shaft_collar", "shaft collar: set-screw or one-piece clamp", ("3d_solid",), collar_params,
                collar_body, vocabulary=VOCABULARY, match=match, examples=EXAMPLES)

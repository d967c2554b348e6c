"""Round cup / pot / mug: open top, given wall."""

from __future__ import annotations

import math
import re

from ..cavity import depth_read_as_inside, depth_read_as_overall, named_well
from ..parse import PartSpec
from ..script import P
from .base import (
    Example,
    Family,
    Impossible,
    Match,
    Notes,
    best,
    dim,
    positive,
    r4,
    take_loose,
)
from .blocks import ALIGN_MIN_Z
from .round import _diameter

VOCABULARY = ('cup', 'mug', 'beaker', 'tumbler', 'bucket', 'jar', 'pot', 'can', 'vase', 'planter', 'bowl')


# "hollow cylinder closed at one end", "tube with a closed bottom 3 mm": a round shell with one end shut is a cup
_CLOSED_END = re.compile(r"\bclosed\s+(?:at\s+)?(?:one|the\s+bottom|the\s+base)\s*(?:end)?\b|\bclosed\s+(?:bottom|base|end)\b"
                         r"|\b(?:one|an?)\s+closed\s+end\b", re.I)


def match(spec: PartSpec) -> Match | None:
    hollow_round = spec.has("hollow", "tube", "cylinder", "cylindrical", "sleeve") and (
        "inner_diameter" in spec.dims or "wall" in spec.dims or spec.has("hollow"))
    return best([
        Match(76, "a round lid or cap with a lip round its edge is a cup turned over")
        if spec.dims.get("_upturned") and "outer_diameter" in spec.dims else None,
        Match(72, "a hollow cylinder closed at one end is a cup") if hollow_round and _CLOSED_END.search(spec.text) else None,
        Match(68, "it names a cup / pot") if spec.has(*VOCABULARY) and not spec.groups else None,
        Match(56, "it names a cup / pot") if spec.has("cup", "mug", "beaker", "tumbler", "bucket", "jar", "pot", "can") else None,
        Match(62, "a round container") if spec.has("container", "tub", "canister", "tank", "bin") and not spec.groups and (
            spec.has("cylindrical", "round", "circular") or "diameter" in spec.dims or "outer_diameter" in spec.dims) else None,
        # "round tray 150 dia 25 deep, 2 wall": a tray or box sized by a diameter is round (above open_box's 58)
        Match(62, "a container sized by its diameter") if spec.has("tray", "box", "dish", "planter", "bowl", "basket")
        and not spec.groups and not spec.group_roles and not spec.has("square", "rectangular", "rect", "oblong")
        and ("diameter" in spec.dims or "outer_diameter" in spec.dims)
        and not any(k in spec.dims for k in ("length", "width")) else None,
    ])


def cup_params(spec: PartSpec, notes: Notes, output_type: str) -> list[P]:
    d = _diameter(spec, "outer_diameter", "diameter", "width")
    h = dim(spec, "height", "depth", "length")
    if d is None:
        d = take_loose(spec)
    if h is None:
        h = take_loose(spec)
    d = positive(d, 60.0, "diameter", notes)
    h = positive(h, r4(d * 1.2), "height", notes)
    wall = dim(spec, "wall", "thickness")
    well = named_well(spec)  # "with a 30 dia pocket 60 deep, don't break through the bottom"
    if well is not None:
        well_d, well_depth, kept = well
        if kept and well_depth >= h:
            raise Impossible(f"The {well_depth:g} mm deep pocket is deeper than the {h:g} mm tall cup "
                             f"(by {r4(well_depth - h):g} mm), so its bottom cannot stay closed. "
                             f"Use a pocket under {h:g} mm deep or a taller cup.")
        if well_d >= d:
            raise Impossible(f"The Ø{well_d:g} pocket is as wide as the Ø{d:g} cup or wider: there is no wall left. "
                             f"Use a pocket under Ø{d:g}.")
        if wall is None and well_depth < h:
            wall = (d - well_d) / 2
            spec.dims.setdefault("floor", h - well_depth)
    if wall is None and "inner_diameter" in spec.dims and spec.dims["inner_diameter"] < d:
        wall = (d - spec.dims["inner_diameter"]) / 2
    wall = positive(wall, r4(max(1.0, round(d * 0.05, 1))), "wall thickness", notes)
    if wall * 2 >= d or wall >= h:
        wall = r4(min(d, h) * 0.2)
        notes.add(f"wall too thick for the cup, used {wall:g} mm")
    floor = dim(spec, "floor", "bottom") or wall   # "3 mm bottom", "base 4": see parse._container_roles
    if floor >= h:
        raise Impossible(f"The {floor:g} mm bottom is as thick as the {h:g} mm tall cup or thicker, "
                         "so there is no room inside. Use a thinner bottom or a taller cup.")
    # "closed at one end", "closed bottom": the bottom is shut, the top stays open
    open_top = spec.open_top or not spec.has("closed", "sealed", "lid", "lidded", "capped") or (
        _CLOSED_END.search(spec.text) is not None and not spec.has("sealed", "lid", "lidded", "capped")
        and not re.search(r"\bclosed\s+(?:at\s+)?both\b|\bclosed\s+top\b", spec.text, re.I))
    inside = depth_read_as_inside(spec)  # "cup 50 OD, 30 deep, 3 mm bottom": the well's depth, or the outside?
    if inside is not None:
        notes.read_as("height", h, f"{inside[0]:g} deep read as the depth inside, so {h:g} mm tall with the floor; "
                                   f"if it is the outside height, the part is {inside[0]:g} mm tall")
    if depth_read_as_overall(spec, h) is not None:  # "50 deep" with the floor given: outside, or the well's?
        notes.read_as("height", h, f"{h:g} deep read as the outside height; if it is the depth inside, "
                                   f"the part is {h + floor:g} mm tall")
    return [P("diameter", r4(d), "mm, outside diameter"),
            P("height", r4(h), "mm, outside height"),
            P("wall", r4(wall), "mm, side wall thickness"),
            P("floor_thickness", r4(floor), "mm, bottom thickness"),
            P("open_top", bool(open_top), "True = open at the top")] + ([P("upturned_lid_lip", True, "a lid drawn upside down: the floor is its top, the wall its lip")]
                    if spec.dims.get("_upturned") else [])

def cup_body(values: dict[str, float | int | bool], output_type: str, spec: PartSpec | None = None) -> str:
    return f"""
outer = Cylinder(diameter / 2, height, {ALIGN_MIN_Z})
# the cavity pokes 1 mm out of the top when the cup is open, so the cut is clean
cavity_height = height - floor_thickness + 1 if open_top else height - 2 * floor_thickness
cavity = Pos(0, 0, floor_thickness) * Cylinder(diameter / 2 - wall, cavity_height, {ALIGN_MIN_Z})
result = outer - cavity
"""


EXAMPLES = (
    Example("cup: 50 mm diameter, 60 mm tall, 3 mm wall, open at the top", (50, 50, 60), math.pi * 625 * 60 - math.pi * 22 ** 2 * 57, 0),
    Example("a mug"),
)

FAMILY = Family("cup", "round cup / pot, open top, given wall", ("3d_solid",), cup_params, cup_body, vocabulary=VOCABULARY, match=match, examples=EXAMPLES)

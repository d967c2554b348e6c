"""Open box / tray / enclosure with walls."""

from __future__ import annotations

from ..cavity import depth_read_as_inside, depth_read_as_overall
from ..parse import PartSpec
from ..script import P
from .base import (
    Example,
    Family,
    Impossible,
    Match,
    Notes,
    dim,
    positive,
    r4,
)
from .blocks import (
    ALIGN_MIN_Z,
)
from .box import _box_size

VOCABULARY = ('tray', 'enclosure', 'container', 'bin', 'housing', 'case', 'crate', 'drawer')


def match(spec: PartSpec) -> Match | None:
    named = spec.has(*VOCABULARY) or (spec.has("box", "block", "cube") and (spec.hollow or spec.open_top))
    if spec.dims.get("_upturned") and spec.groups:
        return Match(76, "a lid with a skirt round its edge is an open box turned over")
    return Match(58, "it names an open box / enclosure") if named else None


def open_box_params(spec: PartSpec, notes: Notes, output_type: str) -> list[P]:
    length, width, height = _box_size(spec, notes)
    wall = dim(spec, "wall", "thickness")
    wall = positive(wall, r4(max(1.0, round(min(length, width, height) * 0.05, 1))), "wall thickness", notes)
    if wall * 2 >= min(length, width) or wall >= height:
        wall = r4(min(length, width, height) * 0.2)
        notes.add(f"wall too thick for the box, used {wall:g} mm")
    floor = dim(spec, "floor", "bottom") or wall
    if floor >= height:
        raise Impossible(f"The {floor:g} mm bottom is as thick as the {height:g} mm tall box or thicker, "
                         "so there is no room inside. Use a thinner bottom or a taller box.")
    open_top = spec.open_top or not spec.has("closed", "sealed", "lid", "lidded")
    inside = depth_read_as_inside(spec)  # "box 100x50 footprint outside, 30 deep, base 3": the well's, or the outside?
    if inside is not None:
        notes.read_as("height", height, f"{inside[0]:g} deep read as the depth inside, so {height:g} mm tall with the "
                                        f"floor; if it is the outside height, the part is {inside[0]:g} mm tall")
    if depth_read_as_overall(spec, height) is not None:  # "30 deep" with the floor given: outside, or the well's?
        notes.read_as("height", height, f"{height:g} deep read as the outside height; if it is the depth inside, "
                                        f"the part is {height + floor:g} mm tall")
    return [P("length", r4(length), "mm, outside length (X)"),
            P("width", r4(width), "mm, outside width (Y)"),
            P("height", r4(height), "mm, outside height (Z)"),
            P("wall", r4(wall), "mm, side wall thickness"),
            P("floor_thickness", r4(floor), "mm, bottom thickness"),
            P("open_top", bool(open_top), "True = no lid")] + ([P("upturned_lid_lip", True, "a lid drawn upside down: the floor is its top, the wall its lip")]
                    if spec.dims.get("_upturned") else [])

def open_box_body(values: dict[str, float | int | bool], output_type: str, spec: PartSpec | None = None) -> str:
    return f"""
outer = Box(length, width, height, {ALIGN_MIN_Z})
# the cavity pokes 1 mm out of the top when the box is open, so the cut is clean
cavity_height = height - floor_thickness + 1 if open_top else height - 2 * floor_thickness
cavity = Pos(0, 0, floor_thickness) * Box(length - 2 * wall, width - 2 * wall, cavity_height, {ALIGN_MIN_Z})
result = outer - cavity
"""


EXAMPLES = (
    Example("open box 80 x 50 x 30 mm, wall thickness 2 mm", (30, 50, 80), 22112, 0),
)

FAMILY = Family("open_box", "open box / tray / enclosure with walls", ("3d_solid",), open_box_params, open_box_body, vocabulary=VOCABULARY, match=match, examples=EXAMPLES)

"""Stepped tower block with notched corners."""

from __future__ import annotations

from ..parse import PartSpec
from ..script import P
from .base import (
    Example,
    Family,
    Match,
    Notes,
    dim,
    positive,
    r4,
    take_loose,
)
from .blocks import ALIGN_MIN_Z

VOCABULARY = ('tower', 'skyscraper', 'building', 'highrise', 'high-rise', 'tower-block')


def match(spec: PartSpec) -> Match | None:
    return Match(82, "it names a tower block") if spec.has(*VOCABULARY) else None


def tower_params(spec: PartSpec, notes: Notes, output_type: str) -> list[P]:
    height = dim(spec, "height", "length")
    if height is None:
        height = take_loose(spec)
    height = positive(height, 150.0, "height", notes)
    group = spec.groups[0] if spec.groups else None
    width = dim(spec, "width") or (group[0] if group else None)
    depth = dim(spec, "depth") or (group[1] if group and len(group) > 1 else None)
    if width is None:
        width = r4(height * 0.3)
        notes.assume("footprint width", width)
    if depth is None:
        depth = width
    tiers = spec.counts.get("tiers", 3)
    notched = spec.has("notched", "notch", "notches", "stepped", "setback", "setbacks", "industrial")
    return [P("height", r4(height), "mm, total height (Z)"),
            P("width", r4(width), "mm, footprint along X"),
            P("depth", r4(depth), "mm, footprint along Y"),
            P("tiers", int(max(1, tiers)), "number of stacked tiers"),
            P("setback", 0.12, "fraction each tier steps in from the one below"),
            P("notch_size", r4(min(width, depth) * (0.15 if notched else 0.0)),
              "mm, square notch cut into each vertical corner (0 = none)")]

def tower_body(values: dict[str, float | int | bool], output_type: str, spec: PartSpec | None = None) -> str:
    return f"""
tier_height = height / tiers
result = None
for i in range(tiers):
    scale = max(0.2, 1 - setback * i)
    tier_width, tier_depth = width * scale, depth * scale
    tier = Box(tier_width, tier_depth, tier_height, {ALIGN_MIN_Z})
    if 0 < notch_size < min(tier_width, tier_depth) / 3:
        # cut a square notch out of each vertical corner
        tier -= GridLocations(tier_width, tier_depth, 2, 2) * Box(notch_size * 2, notch_size * 2, tier_height, {ALIGN_MIN_Z})
    tier = Pos(0, 0, i * tier_height) * tier
    result = tier if result is None else result + tier
"""


EXAMPLES = (
    Example("Industrial notched tower block, 140 mm tall", holes=0),
    Example("tower"),
)

FAMILY = Family("tower_block", "stepped tower block with notched corners", ("3d_solid",), tower_params, tower_body, vocabulary=VOCABULARY, match=match, examples=EXAMPLES)

"""Box / block / cube, optional fillets or chamfers; the last resort for sizes alone."""

from __future__ import annotations

from ..groove_features import read_groove
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
    dimension_group,
    positive,
    r4,
    take_loose,
)
from .blocks import (
    ALIGN_MIN_Z,
    _edge_params,
    _edge_selector,
)

VOCABULARY = ('box', 'block', 'cube', 'cuboid', 'brick', 'rectangular', 'square', 'stock')


def match(spec: PartSpec) -> Match | None:
    return best([
        Match(42, "it names a box / block / cube") if spec.has(*VOCABULARY) else None,
        Match(50, "a bar or block with a groove milled along or across its top")
        if read_groove(spec.source_text or spec.text) is not None and spec.has(*VOCABULARY, "bar", "plate", "slab", "stock")
        and not spec.counts.get("holes") and not spec.has("hole", "holes") else None,
        Match(1, "no part type recognised, so a box of the sizes given"),
    ])


def _box_size(spec: PartSpec, notes: Notes) -> tuple[float, float, float]:
    group = dimension_group(spec, "size", "outer_diameter")
    side = dim(spec, "cube", "side", "square", "size")
    if group and len(group) >= 3:
        return group[0], group[1], group[2]
    length = dim(spec, "length")
    width = dim(spec, "width", "depth")
    height = dim(spec, "height", "thickness", "depth" if width is not None and "depth" in spec.dims and spec.dims.get("width") else "_")
    if group and len(group) == 2:
        if length is not None and width is None and height is None:
            return length, group[0], group[1]   # "bar 40 x 10, 250 long": the group is the section
        length, width = group
    if side is not None and ((length is None and width is None and height is None) or "cube" in spec.words):
        return side, side, side
    if spec.has("cube") and length is None:
        s = take_loose(spec) or side
        s = positive(s, 20.0, "cube size", notes)
        return s, s, s
    length = length if length is not None else take_loose(spec)
    width = width if width is not None else take_loose(spec)
    height = height if height is not None else take_loose(spec)
    length = positive(length, 40.0 if width is None else width * 1.5, "length", notes)
    width = positive(width, r4(length * 0.6), "width", notes)
    height = positive(height, r4(min(length, width) * 0.5), "height", notes)
    return length, width, height

def box_params(spec: PartSpec, notes: Notes, output_type: str) -> list[P]:
    length, width, height = _box_size(spec, notes)
    spec.dims.setdefault("_edge_min", min(length, width, height))
    smallest = min(length, width, height)
    if spec.edge is not None and spec.edge.which == "vertical":
        smallest = min(length, width)
    return [P("length", r4(length), "mm, size along X"),
            P("width", r4(width), "mm, size along Y"),
            P("height", r4(height), "mm, size along Z"),
            *_edge_params(spec, notes, smallest),
            *_groove_params(spec, notes, length, width, height)]


def _groove_params(spec: PartSpec, notes: Notes, length: float, width: float, height: float) -> list[P]:
    """"a 10 wide, 5 deep slot along the full length of the top": a groove open at both ends."""
    groove = read_groove(spec.source_text or spec.text)
    if groove is None:
        return []
    across = width if groove.along_length else length
    if groove.width >= across or groove.depth >= height:
        raise Impossible(f"a groove {groove.width:g} wide and {groove.depth:g} deep does not fit a "
                         f"{length:g} x {width:g} x {height:g} block: it would cut it in two")
    if not groove.stated_direction:
        notes.assume("groove direction", "along the length, open at both ends", "")
    notes.add(f"a {groove.width:g} x {groove.depth:g} mm groove centred on the top face, "
              + ("along the length" if groove.along_length else "across the width") + ", open at both ends")
    return [P("groove_width", r4(groove.width), "mm, groove width"),
            P("groove_depth", r4(groove.depth), "mm, groove depth from the top"),
            P("groove_along_length", bool(groove.along_length), "True = along X (the length), False = across Y")]

def box_body(values: dict[str, float | int | bool], spec_edges: str = "result.edges()") -> str:
    limit = "min(length, width) * 0.49" if spec_edges.endswith("filter_by(Axis.Z)") else "min(length, width, height) * 0.49"
    return f"""
result = Box(length, width, height, {ALIGN_MIN_Z})

# round or bevel the edges; the cap keeps the solid valid for any slider value
edge_limit = {limit}
if fillet_radius > 0:
    result = fillet({spec_edges}, min(fillet_radius, edge_limit))
if chamfer_size > 0:
    result = chamfer({spec_edges}, min(chamfer_size, edge_limit))
"""


EXAMPLES = (
    Example("box 60 x 40 x 20 mm", (20, 40, 60), 48000, 0),
    Example("block 40x30x20 with 3 mm rounded edges", (20, 30, 40), 23340.8, 0),
    Example("cube 30 mm with 1.5 mm chamfered edges", (30, 30, 30), 26617.5, 0),
)

def _box_with_groove(values: dict[str, float | int | bool], output_type: str, spec: PartSpec | None = None) -> str:
    body = box_body(values, _edge_selector(spec) if spec is not None else "result.edges()")
    if "groove_width" in values:
        body += f"""
# the groove: centred on the top face, open at both ends
if groove_along_length:
    result -= Pos(0, 0, height - groove_depth) * Box(length + 2, groove_width, groove_depth + 1, {ALIGN_MIN_Z})
else:
    result -= Pos(0, 0, height - groove_depth) * Box(groove_width, width + 2, groove_depth + 1, {ALIGN_MIN_Z})
"""
    return body


FAMILY = Family("box", "box / block / cube, optional fillets or chamfers, a groove along or across the top", ("3d_solid",),
                box_params, _box_with_groove,
                vocabulary=VOCABULARY, match=match, examples=EXAMPLES)

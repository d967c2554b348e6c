"""Flat plate with holes: corners, grid, row, centre or bolt circle."""

from __future__ import annotations

import math

from ..hole_features import hole_params, tool_lines
from ..parse import PartSpec
from ..pocket_features import pocket_lines, pocket_params
from ..script import P
from ..slot_features import slot_lines, slot_params
from .base import (
    Example,
    Family,
    Match,
    Notes,
    best,
    dim,
    r4,
)
from .blocks import (
    ALIGN_MIN_Z,
    _edge_params,
    hole_diameter_from,
    hole_layout,
    hole_locations_code,
    plate_size,
)
from .proportion import scaled

VOCABULARY = ('plate', 'sheet', 'strip', 'slab', 'tile', 'baseplate', 'panel', 'flat', 'bar', 'plank', 'board', 'lid', 'cover', 'shim', 'spacer-plate')


def _square_flange(spec: PartSpec) -> bool:
    """"square flange plate 90x90x12", "rectangular flange 120 x 80": a flange with corners, sized by its sides."""
    named = spec.phrase(r"\b(?:square|rectangular|rect\.?|sq\.?)\s+(?:mounting\s+|bolt(?:ing)?\s+|motor\s+)?flange\b")
    sides = bool(spec.groups) and len(spec.groups[0]) >= 2
    return named and sides


def match(spec: PartSpec) -> Match | None:
    # a through slot is cut like a hole; a slot with a depth ("20 wide, 10 deep") is a groove, not this family's
    through_slot = spec.slot is not None and "depth" not in spec.dims and not spec.phrase(r"\bslot\b[^.;]*\bdeep\b")
    holes = bool(spec.counts.get("holes") or spec.has("hole", "holes") or through_slot or spec.pocket is not None)
    two_and_thickness = bool(spec.groups) and len(spec.groups[0]) == 2 and "thickness" in spec.dims
    return best([
        Match(80, "a square flange is a plate with a bolt square") if _square_flange(spec) else None,
        Match(48, "it names a plate") if spec.has(*VOCABULARY) else None,
        Match(44, "a block with holes") if spec.has("box", "block", "cube", "cuboid", "brick") and holes else None,
        Match(20, "no part named; holes suggest a plate") if holes else None,
        Match(16, "no part named; two sizes and a thickness make a plate") if two_and_thickness else None,
    ])


def plate_params(spec: PartSpec, notes: Notes, output_type: str, bracket: bool = False) -> list[P]:
    length, width, thickness = plate_size(spec, notes, flat=output_type == "2d_vector")
    hole_default = r4(scaled(min(length, width), 0.08, 3.0))  # 8 % of the plate; at least 3 mm on a plate in mm
    mentioned = spec.has("hole", "holes") or spec.counts.get("holes") or "hole_diameter" in spec.dims
    if bracket and not mentioned:
        spec.counts["holes"] = 4
        notes.add("bracket plate: added 4 corner mounting holes")
        mentioned = True
    params = [P("length", r4(length), "mm, plate length (X)"),
              P("width", r4(width), "mm, plate width (Y)")]
    if output_type != "2d_vector":
        params.append(P("thickness", r4(thickness), "mm, plate thickness (Z)"))
    if mentioned:
        hole_d = hole_diameter_from(spec, notes, hole_default)
        pattern, layout = hole_layout(spec, notes, length, width, hole_d)
        if pattern != "none":
            params.append(P("hole_diameter", r4(hole_d), "mm, hole diameter"))
            params += layout
            if output_type != "2d_vector":
                params += hole_params(spec.hole_callout, hole_d, notes, dim(spec, "hole_metric") or spec.metric)
        spec.dims["_pattern"] = {"grid": 1, "row": 2, "circle": 3}.get(pattern, 0)
    centre = dim(spec, "centre_hole")
    if centre is None and _square_flange(spec) and spec.dims.get("bore"):
        centre = dim(spec, "bore")  # "square flange ..., 40 bore, 4 bolt holes": the flange's bore, in the middle
    if centre is None and spec.dims.get("bore") and not any(p.name == "hole_diameter" and p.value == spec.dims["bore"] for p in params):
        centre = dim(spec, "bore")  # "plate ... with a 40 mm bore in the centre": a plate's one bore is its middle hole
    if centre is not None:
        centre = min(centre, r4(min(length, width) * 0.8))
        params.append(P("centre_hole", r4(centre), "mm, extra hole in the middle (0 = none)"))
    corner = 0.0
    edge = spec.edge
    solid_edges = edge is not None and output_type != "2d_vector" and (
        (edge.which in ("all", "top", "bottom", "top_bottom") and not (edge.kind == "fillet" and edge.which == "all" and spec.phrase(r"corner")))
        or edge.kind == "chamfer")
    if edge is not None and edge.kind == "fillet" and edge.which in ("vertical", "all") and not solid_edges:
        corner = edge.size or r4(min(length, width) * 0.08)
        corner = min(corner, r4(min(length, width) * 0.45))
    elif bracket:
        corner = r4(min(length, width) * 0.08)
    params.append(P("corner_radius", r4(corner), "mm, rounding of the plate corners (0 = square)"))
    if spec.slot is not None and output_type != "2d_vector":
        params += slot_params(spec.slot, notes, length)
    if spec.pocket is not None and output_type != "2d_vector":
        params += pocket_params(spec.pocket, length, width, thickness)
    if solid_edges and edge is not None:
        # "all edges filleted 2", "chamfer the top edges 1": the plate's own edges, before the holes
        params += _edge_params(spec, notes, min(length, width, thickness))
        spec.dims["_edges"] = {"all": 0, "top": 1, "bottom": 2, "vertical": 3, "top_bottom": 4}.get(edge.which, 0)
    return params


_EDGE_SETS = ("plate.edges()", "plate.edges().group_by(Axis.Z)[-1]", "plate.edges().group_by(Axis.Z)[0]",
              "plate.edges().filter_by(Axis.Z)",
              "plate.edges().group_by(Axis.Z)[0] + plate.edges().group_by(Axis.Z)[-1]")  # top and bottom faces' edges

def plate_body(values: dict[str, float | int | bool], output_type: str, spec: PartSpec | None = None) -> str:
    pattern = "pitched" if "x_pitch" in values else "grid" if "columns" in values else "circle" if "bolt_circle" in values else "row" if "hole_count" in values else "none"
    lines = []
    if output_type == "2d_vector":
        lines.append("# a flat profile in the XY plane, ready for DXF / laser cutting")
        lines.append("plate = Rectangle(length, width)")
        lines.append("if corner_radius > 0:")
        lines.append("    plate = fillet(plate.vertices(), min(corner_radius, min(length, width) * 0.45))")
        cutter = "Circle(hole_diameter / 2)"
    else:
        lines.append(f"plate = Box(length, width, thickness, {ALIGN_MIN_Z})")
        lines.append("if corner_radius > 0:")
        lines.append("    plate = fillet(plate.edges().filter_by(Axis.Z), min(corner_radius, min(length, width) * 0.45))")
        if "fillet_radius" in values:
            which = _EDGE_SETS[int(spec.dims.get("_edges", 0)) if spec is not None else 0]
            lines += ["if fillet_radius > 0:", f"    plate = fillet({which}, fillet_radius)",
                      "if chamfer_size > 0:", f"    plate = chamfer({which}, chamfer_size)"]
        if "hole_diameter" in values:
            lines += tool_lines(values, "thickness")
        cutter = "hole_tool"
    if "centre_hole" in values:
        centre = "Circle(centre_hole / 2)" if output_type == "2d_vector" else \
            f"Cylinder(centre_hole / 2, thickness, {ALIGN_MIN_Z})"
        lines.append("if centre_hole > 0:")
        lines.append(f"    plate = plate - {centre}")
    if "slot_length" in values or "slot_centres" in values:
        lines += slot_lines(values)
    if "pocket_length" in values:
        lines += pocket_lines()
    if pattern == "none":
        lines.append("result = plate")
        return "\n".join(lines)
    count = "columns * rows" if pattern in ("grid", "pitched") else "hole_count"
    lines.append("")
    lines.append("result = plate")
    lines.append(f"if {count} > 0:")
    lines.append("    # hole centres")
    lines += ["    " + line for line in hole_locations_code(pattern).splitlines()]
    lines.append(f"    result = plate - hole_centres * {cutter}")
    return "\n".join(lines)


EXAMPLES = (
    Example("plate 100 x 60 x 5 mm with 4 corner holes, 6 mm diameter, 8 mm from the edges", (5, 60, 100), 30000 - 4 * math.pi * 9 * 5, 4),
    Example("plate 90 by 90 by 6 with a 3 by 2 grid of 8 mm holes", (6, 90, 90), 90 * 90 * 6 - 6 * math.pi * 16 * 6, 6),
    Example("a 160 x 40 x 3 mm strip with 5 holes of 4 mm spaced evenly along it", (3, 40, 160), 160 * 40 * 3 - 5 * math.pi * 4 * 3, 5),
    Example("mounting plate 80x80x4 with a 22 mm hole in the center", (4, 80, 80), 25600 - math.pi * 121 * 4, 1),
    Example("square plate 100 mm, 5 thick, six 6 mm holes on a 70 mm bolt circle", (5, 100, 100), 50000 - 6 * math.pi * 9 * 5, 6),
)

FAMILY = Family("plate_with_holes", "flat plate with holes: corners, grid, row, centre or bolt circle", ("3d_solid", "2d_vector"), plate_params, plate_body, vocabulary=VOCABULARY, match=match, examples=EXAMPLES)

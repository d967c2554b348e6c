"""Rectangular parts: box, plate with holes (and its 2D profile), bracket plate,
rectangular tube, open box / enclosure, L bracket."""

from __future__ import annotations

from ..hole_fit import clear_margin  # an assumed edge distance that keeps the holes apart
from ..iso import metric
from ..parse import PartSpec
from ..script import P
from .base import Impossible, Notes, dim, dimension_group, positive, r4, take_loose
from .hole_pitch import pitched_layout  # holes laid out by a given spacing
from .proportion import rounded

ALIGN_MIN_Z = "align=(Align.CENTER, Align.CENTER, Align.MIN)"


def _edge_params(spec: PartSpec, notes: Notes, smallest: float) -> list[P]:
    fillet = chamfer = 0.0
    if spec.edge is not None:
        size = spec.edge.size
        if size is None:
            size = r4(max(0.5, round(smallest * 0.1, 1)))
            notes.assume(f"{spec.edge.kind} size", size)
        # the 4 vertical edges of a block may round to almost half its width ("R9.5 on a 20 wide block")
        # and every edge of a cube to almost a ball ("20mm cube, R9.5 on all the edges"); a chamfer keeps its margin
        cap = smallest * (0.49 if spec.edge.which == "vertical" or spec.edge.kind == "fillet" else 0.45)
        if size > cap:
            notes.add(f"{spec.edge.kind} of {size:g} mm is too big for a {smallest:g} mm edge, used {r4(cap):g} mm")
            size = r4(cap)
        if spec.edge.kind == "fillet":
            fillet = size
        else:
            chamfer = size
    return [P("fillet_radius", fillet, "mm, edge rounding (0 = sharp)"),
            P("chamfer_size", chamfer, "mm, edge bevel (0 = sharp)")]


def _edge_selector(spec: PartSpec) -> str:
    which = spec.edge.which if spec.edge else "all"
    return {
        "vertical": "result.edges().filter_by(Axis.Z)",
        "top": "result.edges().group_by(Axis.Z)[-1]",
        "bottom": "result.edges().group_by(Axis.Z)[0]",
        "top_bottom": "result.edges().group_by(Axis.Z)[0] + result.edges().group_by(Axis.Z)[-1]",
    }.get(which, "result.edges()")


# ---------------------------------------------------------------- box


# ---------------------------------------------------------------- plates

def plate_size(spec: PartSpec, notes: Notes, default_thickness: float = 6.0,
               flat: bool = False) -> tuple[float, float, float]:
    """Length >= width, thickness the smallest: how people describe plates."""
    group = dimension_group(spec, "size", "outer_diameter")
    thickness = dim(spec, "thickness", "height", "depth")
    length = dim(spec, "length")
    width = dim(spec, "width")
    side = dim(spec, "square", "side", "size", "cube")
    if group and len(group) >= 3:
        a, b, c = sorted(group[:3], reverse=True)
        return a, b, c
    if group and len(group) == 2:
        if length is not None and width is None and thickness is None and length > max(group):
            return length, max(group), min(group)   # "flat bar 40 x 10, 250 long": the group is the section
        if length is None and width is None and thickness is None and spec.loose and spec.loose[0] > max(group):
            # "flat bar 25x10, cut to 400", "a 250 mm bar (30 x 10 section)": a plain size longer than both
            # sizes of the group is the bar's length, the group its section (never a 400 mm thickness)
            return take_loose(spec) or 0.0, max(group), min(group)
        length, width = max(group), min(group)
    elif side is not None and length is None and width is None:
        length = width = side
        if "cube" in spec.dims and thickness is None:
            thickness = side
    if length is None and width is None and spec.loose:
        vals = sorted([v for v in spec.loose], reverse=True)
        if len(vals) >= 3 and thickness is None:
            length, width, thickness = vals[:3]
            spec.loose.clear()
        elif len(vals) >= 2:
            length, width = vals[:2]
            spec.loose.clear()
    if length is None and width is None and spec.loose and spec.has("square"):
        length = width = take_loose(spec)   # "square plate 100 mm"
    if spec.has("square") and (length is None) != (width is None):
        length = width = length if length is not None else width
    if length is None and width is not None:
        length = width * 1.5
        notes.assume("length", r4(length))
    if width is None and length is not None:
        width = r4(length * 0.6)
        notes.assume("width", width)
    length = positive(length, 100.0, "length", notes)
    width = positive(width, 60.0, "width", notes)
    if thickness is None and spec.loose:
        thickness = take_loose(spec)
    if flat and thickness is None:
        return length, width, default_thickness  # a 2D profile has no thickness to assume
    thickness = positive(thickness, default_thickness, "thickness", notes)
    return length, width, thickness


def hole_diameter_from(spec: PartSpec, notes: Notes, default: float) -> float:
    d = dim(spec, "hole_diameter")
    m = dim(spec, "hole_metric") or spec.metric
    call = spec.hole_callout
    if d is None and call is not None and call.tapped is not None:
        d = call.tap_drill()
        notes.add(f"M{call.tapped:g} tapped holes: modelled as the {d:g} mm tap drill (thread not modelled)")
    if d is None and m is not None:
        row = metric(m)
        tapped = spec.has("tapped", "threaded", "tap")
        d = row.tap_drill if tapped else row.clearance
        notes.add("M{:g} {} hole: {:g} mm (ISO {})".format(m, "tapped" if tapped else "clearance", d,
                                                    "tap drill" if tapped else "273 medium"))
    if d is None and "radius" in spec.dims and spec.has("hole"):
        d = spec.dims["radius"] * 2
    return positive(d, default, "hole diameter", notes)


def hole_layout(spec: PartSpec, notes: Notes, length: float, width: float, hole_d: float,
                round_body: bool = False) -> tuple[str, list[P]]:
    """Pick the hole pattern and its parameters.  Returns (pattern, params)."""
    pitched = pitched_layout(spec, notes, length, width, hole_d)
    if pitched is not None:
        return "grid", pitched
    count = spec.counts.get("holes")
    pattern = spec.hole_pattern
    mentioned = spec.has("hole", "holes") or "hole_diameter" in spec.dims or "hole_metric" in spec.dims
    if count is None:
        if not mentioned:
            return "none", []
        if pattern == "corners" or (pattern is None and spec.phrase(r"\bholes\b")):
            count = 4
            if pattern is None:
                pattern = "corners"
                notes.assume("hole layout", "one in each corner", "")
        elif pattern == "grid" and spec.grid:
            count = spec.grid[0] * spec.grid[1]
        elif pattern == "circle":
            count = 4
            notes.assume("hole count", 4, "")
        else:
            count = 1
    if count <= 0:
        return "none", []
    if pattern in (None, "perimeter", "per_leg"):
        if round_body:
            pattern = "circle" if count > 1 else "centre"
        elif count == 1:
            pattern = "centre"
        elif count == 4:
            pattern = "corners"
        elif count == 2 or count % 2:
            pattern = "row"
        else:
            pattern = "grid"
            spec.grid = (count // 2, 2)
    if pattern == "corners" and count != 4:
        pattern = "grid" if count % 2 == 0 else "row"
        if pattern == "grid":
            spec.grid = (count // 2, 2)
    if pattern == "centre" and count > 1:
        pattern = "row"
    margin = dim(spec, "edge_offset")
    smaller = min(length, width)
    if pattern in ("corners", "grid", "row"):
        if margin is None:
            margin = r4(max(hole_d * 1.5, rounded(smaller * 0.12, smaller)))
            cols, rows = (2, 2) if pattern == "corners" else (spec.grid or (count, 1)) if pattern == "grid" else (count, 1)
            long_n, short_n = max(cols, rows), min(cols, rows)
            margin = clear_margin(margin, hole_d, [(long_n, max(length, width)), (short_n, min(length, width))])
            if pattern != "row" or count > 1:
                notes.assume("hole edge distance", margin)
        if (margin * 2 >= smaller and pattern != "row") or margin * 2 >= length:
            margin = r4(smaller / 4)
            notes.add(f"holes moved to {margin:g} mm from the edges to fit the part")
        if hole_d / 2 >= margin and pattern != "row":
            raise Impossible(
                f"The {hole_d:g} mm holes do not fit on a {length:g} x {width:g} mm plate: their centres can be at most {margin:g} mm from "
                f"the edges, so each hole would cut {r4(hole_d / 2 - margin):g} mm past the edge. Use holes smaller than {r4(2 * margin):g} mm or a larger "
                "plate.")
    # margin is set for every pattern below (the edge-distance block above)
    if pattern in ("corners", "grid") and margin is not None:
        cols, rows = (2, 2) if pattern == "corners" else (spec.grid or (count, 1))
        # lay the longer row of holes along the longer side
        if rows > cols and length >= width:
            cols, rows = rows, cols
        return "grid", [P("columns", int(cols), "holes along X"),
                        P("rows", int(rows), "holes along Y"),
                        P("edge_offset", r4(margin), "mm, hole centres in from the edges")]
    if pattern == "row" and margin is not None:
        if count == 1:
            return "row", [P("hole_count", 1, "number of holes (in a row along X)"),
                           P("edge_offset", r4(margin), "mm, end holes in from the ends")]
        return "row", [P("hole_count", int(count), "number of holes, evenly spaced along X"),
                       P("edge_offset", r4(margin), "mm, end holes in from the ends")]
    if pattern == "circle":
        pcd = dim(spec, "pcd")
        if pcd is None:
            pcd = r4(smaller * 0.7)
            notes.assume("bolt circle diameter", pcd)
        return "circle", [P("hole_count", int(count), "number of holes on the bolt circle"),
                          P("bolt_circle", r4(pcd), "mm, bolt circle (PCD) diameter")]
    return "row", [P("hole_count", 1, "number of holes (in a row along X)"),
                   P("edge_offset", r4(smaller * 0.12), "mm, end holes in from the ends")]


def hole_locations_code(pattern: str) -> str:
    if pattern == "pitched":
        return "hole_centres = GridLocations(x_pitch, y_pitch if rows > 1 else 1, columns, rows)"
    if pattern == "grid":
        return """x_pitch = (length - 2 * edge_offset) / max(columns - 1, 1)
y_pitch = (width - 2 * edge_offset) / max(rows - 1, 1)
hole_centres = GridLocations(x_pitch, y_pitch, columns, rows)"""
    if pattern == "row":
        return """pitch = (length - 2 * edge_offset) / max(hole_count - 1, 1)
hole_centres = GridLocations(pitch, 1, hole_count, 1)"""
    if pattern == "circle":
        return "hole_centres = PolarLocations(bolt_circle / 2, hole_count)"
    return "hole_centres = []"


# ---------------------------------------------------------------- rectangular tube


# ---------------------------------------------------------------- open box / enclosure


# ---------------------------------------------------------------- L bracket

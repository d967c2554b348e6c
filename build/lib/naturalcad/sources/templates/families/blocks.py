"""Rectangular parts: box, plate with holes (and its 2D profile), bracket plate,
rectangular tube, open box / enclosure, L bracket."""

from __future__ import annotations

import math

from ..iso import metric
from ..parse import PartSpec
from ..script import P
from .base import Family, Notes, dim, dimension_group, positive, r4, take_loose

ALIGN_MIN_Z = "align=(Align.CENTER, Align.CENTER, Align.MIN)"


def _edge_params(spec: PartSpec, notes: Notes, smallest: float) -> list[P]:
    fillet = chamfer = 0.0
    if spec.edge is not None:
        size = spec.edge.size
        if size is None:
            size = r4(max(0.5, round(smallest * 0.1, 1)))
            notes.assume("%s size" % spec.edge.kind, size)
        cap = smallest * 0.45
        if size > cap:
            notes.add("%s of %g mm is too big for a %g mm edge, used %g mm" % (spec.edge.kind, size, smallest, r4(cap)))
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
    }.get(which, "result.edges()")


# ---------------------------------------------------------------- box

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
    if side is not None and (length is None and width is None and height is None or "cube" in spec.words):
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
            P("height", r4(height), "mm, size along Z")] + _edge_params(spec, notes, smallest)


def box_body(values: dict, spec_edges: str = "result.edges()") -> str:
    return f"""
result = Box(length, width, height, {ALIGN_MIN_Z})

# round or bevel the edges; the cap keeps the solid valid for any slider value
edge_limit = min(length, width, height) * 0.45
if fillet_radius > 0:
    result = fillet({spec_edges}, min(fillet_radius, edge_limit))
if chamfer_size > 0:
    result = chamfer({spec_edges}, min(chamfer_size, edge_limit))
"""


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
    if d is None and m is not None:
        row = metric(m)
        tapped = spec.has("tapped", "threaded", "tap")
        d = row.tap_drill if tapped else row.clearance
        notes.add("M%g %s hole: %g mm (ISO %s)" % (m, "tapped" if tapped else "clearance", d,
                                                    "tap drill" if tapped else "273 medium"))
    if d is None and "radius" in spec.dims and spec.has("hole"):
        d = spec.dims["radius"] * 2
    return positive(d, default, "hole diameter", notes)


def hole_layout(spec: PartSpec, notes: Notes, length: float, width: float, hole_d: float,
                round_body: bool = False) -> tuple[str, list[P]]:
    """Pick the hole pattern and its parameters.  Returns (pattern, params)."""
    count = spec.counts.get("holes")
    pattern = spec.hole_pattern
    mentioned = spec.has("hole", "holes") or "hole_diameter" in spec.dims or "hole_metric" in spec.dims
    if count is None:
        if not mentioned:
            return "none", []
        if pattern == "corners" or pattern is None and spec.phrase(r"\bholes\b"):
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
            margin = r4(max(hole_d * 1.5, round(smaller * 0.12 * 2) / 2))
            if pattern != "row" or count > 1:
                notes.assume("hole edge distance", margin)
        if margin * 2 >= smaller and pattern != "row" or margin * 2 >= length:
            margin = r4(smaller / 4)
            notes.add("holes moved to %g mm from the edges to fit the part" % margin)
    if pattern in ("corners", "grid"):
        cols, rows = (2, 2) if pattern == "corners" else (spec.grid or (count, 1))
        # lay the longer row of holes along the longer side
        if rows > cols and length >= width:
            cols, rows = rows, cols
        return "grid", [P("columns", int(cols), "holes along X"),
                        P("rows", int(rows), "holes along Y"),
                        P("edge_offset", r4(margin), "mm, hole centres in from the edges")]
    if pattern == "row":
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


def plate_params(spec: PartSpec, notes: Notes, output_type: str, bracket: bool = False) -> list[P]:
    length, width, thickness = plate_size(spec, notes, flat=output_type == "2d_vector")
    hole_default = r4(max(3.0, round(min(length, width) * 0.08)))
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
        spec.dims["_pattern"] = {"grid": 1, "row": 2, "circle": 3}.get(pattern, 0)
    centre = dim(spec, "centre_hole")
    if centre is not None:
        centre = min(centre, r4(min(length, width) * 0.8))
        params.append(P("centre_hole", r4(centre), "mm, extra hole in the middle (0 = none)"))
    corner = 0.0
    if spec.edge is not None and spec.edge.kind == "fillet" and spec.edge.which in ("vertical", "all"):
        corner = spec.edge.size or r4(min(length, width) * 0.08)
        corner = min(corner, r4(min(length, width) * 0.45))
    elif bracket:
        corner = r4(min(length, width) * 0.08)
    params.append(P("corner_radius", r4(corner), "mm, rounding of the plate corners (0 = square)"))
    return params


def plate_body(values: dict, output_type: str, spec: PartSpec | None = None) -> str:
    pattern = "grid" if "columns" in values else "circle" if "bolt_circle" in values else "row" if "hole_count" in values else "none"
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
        cutter = f"Cylinder(hole_diameter / 2, thickness, {ALIGN_MIN_Z})"
    if "centre_hole" in values:
        centre = "Circle(centre_hole / 2)" if output_type == "2d_vector" else \
            f"Cylinder(centre_hole / 2, thickness, {ALIGN_MIN_Z})"
        lines.append("if centre_hole > 0:")
        lines.append(f"    plate = plate - {centre}")
    if pattern == "none":
        lines.append("result = plate")
        return "\n".join(lines)
    count = "columns * rows" if pattern == "grid" else "hole_count"
    lines.append("")
    lines.append("result = plate")
    lines.append(f"if {count} > 0:")
    lines.append("    # hole centres")
    lines += ["    " + line for line in hole_locations_code(pattern).splitlines()]
    lines.append(f"    result = plate - hole_centres * {cutter}")
    return "\n".join(lines)


# ---------------------------------------------------------------- rectangular tube

def rect_tube_params(spec: PartSpec, notes: Notes, output_type: str) -> list[P]:
    group = dimension_group(spec, "outer_diameter", "size")
    length = dim(spec, "length", "height")
    side = dim(spec, "side", "square", "width", "outer_diameter", "size")
    if group and len(group) >= 3 and length is None:
        a, b, length = group[0], group[1], group[2]
    elif group and len(group) >= 2:
        a, b = group[0], group[1]
    elif side is not None:
        a = side
        b = dim(spec, "depth", "thickness") if spec.has("rectangular") else side
        b = b or side
    else:
        a = take_loose(spec)
        b = a if spec.has("square") or a is None else take_loose(spec) or a
    a = positive(a, 40.0, "outside width", notes)
    b = positive(b, a, "outside height", notes)
    if length is None:
        length = take_loose(spec)
    length = positive(length, r4(max(a, b) * 5), "length", notes)
    wall = dim(spec, "wall", "thickness" if "wall" not in spec.dims and group else "_")
    wall = positive(wall, r4(max(1.0, round(min(a, b) * 0.08, 1))), "wall thickness", notes)
    if wall * 2 >= min(a, b):
        wall = r4(min(a, b) * 0.25)
        notes.add("wall too thick for the section, used %g mm" % wall)
    return [P("outer_width", r4(max(a, b)), "mm, outside size along X"),
            P("outer_height", r4(min(a, b)), "mm, outside size along Y"),
            P("wall", r4(wall), "mm, wall thickness"),
            P("length", r4(length), "mm, tube length (Z)")]


def rect_tube_body(values: dict, output_type: str, spec: PartSpec | None = None) -> str:
    return """
section = Rectangle(outer_width, outer_height) - Rectangle(outer_width - 2 * wall, outer_height - 2 * wall)
result = extrude(section, length)
"""


# ---------------------------------------------------------------- open box / enclosure

def open_box_params(spec: PartSpec, notes: Notes, output_type: str) -> list[P]:
    length, width, height = _box_size(spec, notes)
    wall = dim(spec, "wall", "thickness")
    wall = positive(wall, r4(max(1.0, round(min(length, width, height) * 0.05, 1))), "wall thickness", notes)
    if wall * 2 >= min(length, width) or wall >= height:
        wall = r4(min(length, width, height) * 0.2)
        notes.add("wall too thick for the box, used %g mm" % wall)
    floor = dim(spec, "floor", "bottom") or wall
    open_top = spec.open_top or not spec.has("closed", "sealed", "lid", "lidded")
    return [P("length", r4(length), "mm, outside length (X)"),
            P("width", r4(width), "mm, outside width (Y)"),
            P("height", r4(height), "mm, outside height (Z)"),
            P("wall", r4(wall), "mm, side wall thickness"),
            P("floor_thickness", r4(floor), "mm, bottom thickness"),
            P("open_top", bool(open_top), "True = no lid")]


def open_box_body(values: dict, output_type: str, spec: PartSpec | None = None) -> str:
    return f"""
outer = Box(length, width, height, {ALIGN_MIN_Z})
# the cavity pokes 1 mm out of the top when the box is open, so the cut is clean
cavity_height = height - floor_thickness + 1 if open_top else height - 2 * floor_thickness
cavity = Pos(0, 0, floor_thickness) * Box(length - 2 * wall, width - 2 * wall, cavity_height, {ALIGN_MIN_Z})
result = outer - cavity
"""


# ---------------------------------------------------------------- L bracket

def l_bracket_params(spec: PartSpec, notes: Notes, output_type: str) -> list[P]:
    legs = spec.group_roles.get("legs")
    group = dimension_group(spec, "size")
    width = dim(spec, "width", "length", "depth")
    thickness = dim(spec, "thickness")
    if not legs:
        if group and len(group) >= 4:
            legs = group[:2]   # steel angle "40 x 40 x 4 x 60": legs, thickness, length
            thickness = thickness if thickness is not None else group[2]
            width = width if width is not None else group[3]
        elif group and len(group) >= 2:
            legs = group[:2]
            if len(group) >= 3 and width is None:
                width = group[2]
            elif len(group) >= 3 and thickness is None:
                thickness = group[2]   # "angle 50 x 50 x 6, 200 long": legs and thickness
        else:
            leg = dim(spec, "legs", "height", "side")
            legs = [leg, leg] if leg else []
    if not legs:
        a = take_loose(spec)
        b = take_loose(spec)
        legs = [a, b or a] if a else []
    if len(legs) == 1:
        legs = [legs[0], legs[0]]
    if not legs:
        legs = [40.0, 40.0]
        notes.assume("leg lengths", "40 x 40", "mm")
    if width is None:
        width = take_loose(spec)
    width = positive(width, r4(max(legs) * 1.0), "width", notes)
    thickness = positive(thickness if thickness is not None else take_loose(spec), r4(max(2.0, round(min(legs) * 0.1, 1))), "thickness", notes)
    thickness = min(thickness, r4(min(legs) * 0.5))
    params = [P("width", r4(width), "mm, bracket width (along the bend, Y)"),
              P("leg_a", r4(legs[0]), "mm, horizontal leg length, outside (X)"),
              P("leg_b", r4(legs[1]), "mm, vertical leg length, outside (Z)"),
              P("thickness", r4(thickness), "mm, material thickness")]
    per_leg = 0
    count = spec.counts.get("holes")
    if count is not None or spec.has("hole", "holes"):
        if spec.hole_pattern == "per_leg" or spec.phrase(r"each leg|per leg|both legs"):
            per_leg = count or 1
        elif count is not None:
            per_leg = max(1, math.ceil(count / 2))
            if count % 2:
                notes.add("%d holes cannot split evenly over two legs, used %d per leg" % (count, per_leg))
        else:
            per_leg = 1
            notes.assume("holes per leg", 1, "")
        hole_d = hole_diameter_from(spec, notes, r4(max(3.0, round(min(legs) * 0.15))))
        hole_d = min(hole_d, r4(min(min(legs) - thickness, width / max(per_leg, 1)) * 0.6))
        params += [P("holes_per_leg", int(per_leg), "holes in each leg, spread across the width"),
                   P("hole_diameter", r4(hole_d), "mm, hole diameter")]
    params.append(P("inner_fillet", 0.0, "mm, radius in the inside corner (0 = sharp)"))
    return params


def l_bracket_body(values: dict, output_type: str, spec: PartSpec | None = None) -> str:
    body = """
base = Box(leg_a, width, thickness, align=(Align.MIN, Align.CENTER, Align.MIN))
upright = Box(thickness, width, leg_b, align=(Align.MIN, Align.CENTER, Align.MIN))
result = base + upright
if inner_fillet > 0:
    inside_corner = result.edges().filter_by(Axis.Y).sort_by_distance((thickness, 0, thickness))[0]
    result = fillet(inside_corner, min(inner_fillet, leg_a - thickness, leg_b - thickness) * 0.9)
"""
    if "holes_per_leg" in values:
        body += f"""
# holes centred on each leg's flat, spread evenly across the width
if holes_per_leg > 0:
    pitch = width / holes_per_leg
    for i in range(holes_per_leg):
        y = -width / 2 + pitch * (i + 0.5)
        result -= Pos(thickness + (leg_a - thickness) / 2, y, 0) * Cylinder(hole_diameter / 2, thickness, {ALIGN_MIN_Z})
        result -= Pos(0, y, thickness + (leg_b - thickness) / 2) * Rot(0, 90, 0) * Cylinder(hole_diameter / 2, thickness, {ALIGN_MIN_Z})
"""
    return body


FAMILIES = [
    Family("box", "box / block / cube, optional fillets or chamfers", ("3d_solid",),
           box_params, lambda v, ot, spec: box_body(v, _edge_selector(spec))),
    Family("plate_with_holes", "flat plate with holes: corners, grid, row, centre or bolt circle",
           ("3d_solid", "2d_vector"), plate_params, plate_body),
    Family("bracket_plate", "mounting / bracket plate with rounded corners and bolt holes",
           ("3d_solid", "2d_vector"), lambda s, n, o: plate_params(s, n, o, bracket=True), plate_body),
    Family("plate_profile", "2D plate outline with holes, for DXF / laser cutting",
           ("2d_vector",), lambda s, n, o: plate_params(s, n, "2d_vector"), lambda v, o, s: plate_body(v, "2d_vector")),
    Family("rect_tube", "square or rectangular hollow section", ("3d_solid",), rect_tube_params, rect_tube_body),
    Family("open_box", "open box / tray / enclosure with walls", ("3d_solid",), open_box_params, open_box_body),
    Family("l_bracket", "L / angle bracket, optional holes in each leg", ("3d_solid",), l_bracket_params, l_bracket_body),
]

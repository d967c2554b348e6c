"""Round parts: cylinder / rod / disc / shaft, tube / washer / ring / spacer, round cup,
flange, sphere, cone, torus."""

from __future__ import annotations

from ..iso import metric
from ..parse import PartSpec
from ..script import P
from .base import Family, Notes, dim, dimension_group, positive, r4, take_loose
from .blocks import ALIGN_MIN_Z, hole_diameter_from


def _diameter(spec: PartSpec, *roles: str) -> float | None:
    d = dim(spec, *roles)
    if d is None and "radius" in spec.dims:
        d = spec.dims["radius"] * 2
    return d


def _length(spec: PartSpec, *roles: str) -> float | None:
    return dim(spec, *roles)


# ---------------------------------------------------------------- cylinder

def cylinder_params(spec: PartSpec, notes: Notes, output_type: str) -> list[P]:
    d = _diameter(spec, "diameter", "outer_diameter", "width")
    h = _length(spec, "height", "length", "thickness", "depth")
    group = dimension_group(spec, "size")
    if group and len(group) >= 2:
        if d is None:
            d = group[0]
        if h is None:
            h = group[1]
    if d is None:
        d = take_loose(spec)
    if h is None:
        h = take_loose(spec)
    flat = spec.has("disc", "disk", "coin", "puck", "wafer")
    long = spec.has("shaft", "rod", "pin", "dowel", "axle", "bar", "peg")
    d = positive(d, 20.0 if not flat else 50.0, "diameter", notes)
    h = positive(h, r4(d * (0.1 if flat else 4 if long else 1)), "height" if not long else "length", notes)
    params = [P("diameter", r4(d), "mm, outside diameter"),
              P("height", r4(h), "mm, length along Z")]
    bore = dim(spec, "bore", "inner_diameter")
    if bore is None and (spec.counts.get("holes") == 1 or spec.hole_pattern == "centre"
                         or "hole_diameter" in spec.dims and not spec.counts.get("holes")):
        bore = hole_diameter_from(spec, notes, r4(d * 0.3))
    if bore is not None and bore >= d:
        bore = r4(d * 0.5)
        notes.add("bore larger than the part, used %g mm" % bore)
    params.append(P("bore_diameter", r4(bore or 0.0), "mm, centre hole through the length (0 = solid)"))
    chamfer = fillet = 0.0
    if spec.edge is not None:
        size = spec.edge.size or r4(max(0.2, d * 0.05))
        if spec.edge.size is None:
            notes.assume("%s size" % spec.edge.kind, size)
        size = min(size, r4(min(d / 2, h / 2) * 0.9))
        if spec.edge.kind == "chamfer":
            chamfer = size
        else:
            fillet = size
    params += [P("chamfer_size", r4(chamfer), "mm, bevel on both end edges (0 = sharp)"),
               P("fillet_radius", r4(fillet), "mm, rounding of both end edges (0 = sharp)")]
    return params


def cylinder_body(values: dict, output_type: str, spec: PartSpec | None = None) -> str:
    if output_type == "2d_vector":
        return """
result = Circle(diameter / 2)
if bore_diameter > 0:
    result -= Circle(bore_diameter / 2)
"""
    return f"""
result = Cylinder(diameter / 2, height, {ALIGN_MIN_Z})

# the two circular end edges; capped so any slider value stays a valid solid
end_edges = result.edges().filter_by(GeomType.CIRCLE)
edge_limit = min(diameter / 2, height / 2) * 0.9
if chamfer_size > 0:
    result = chamfer(end_edges, min(chamfer_size, edge_limit))
elif fillet_radius > 0:
    result = fillet(end_edges, min(fillet_radius, edge_limit))
if 0 < bore_diameter < diameter:
    result -= Cylinder(bore_diameter / 2, height, {ALIGN_MIN_Z})
"""


# ---------------------------------------------------------------- tube / washer / ring / spacer

def tube_params(spec: PartSpec, notes: Notes, output_type: str) -> list[P]:
    od = dim(spec, "outer_diameter", "diameter")
    inner = dim(spec, "inner_diameter", "bore", "hole_diameter")
    wall = dim(spec, "wall")
    if od is None and "radius" in spec.dims:
        od = spec.dims["radius"] * 2
    length = dim(spec, "length", "height", "thickness", "depth", "width")
    is_washer = spec.has("washer")
    if spec.metric is not None and (od is None or inner is None):
        row = metric(spec.metric)
        if is_washer or spec.has("ring", "shim"):
            od = od or row.washer_od
            inner = inner or row.washer_id
            length = length or row.washer_thickness
            notes.add("M%g washer: ISO 7089 sizes %g / %g x %g mm" % (spec.metric, row.washer_id, row.washer_od, row.washer_thickness))
        else:
            inner = inner or row.clearance
            notes.add("M%g: %g mm clearance bore (ISO 273)" % (spec.metric, row.clearance))
    group = dimension_group(spec, "size")
    if group:
        vals = list(group)
        if od is None and inner is None and wall is None and len(vals) >= 3:
            # "washer 21 x 37 x 3", "bush 16 x 10 x 20": two diameters in either order, then the
            # length; "pipe 48.3 x 3.2 x 500": a tube's small second size is its wall
            a, b = vals.pop(0), vals.pop(0)
            if b < a / 4 and spec.has("tube", "pipe", "tubing", "chs"):
                od, wall = a, b
            else:
                od, inner = max(a, b), min(a, b)
        if od is None and vals:
            od = vals.pop(0)
        if inner is None and wall is None and len(vals) >= 2:
            inner = vals.pop(0)
        if length is None and vals:
            length = vals.pop(0)
        if vals and inner is None and wall is None and length is not None:
            # "tube 30 x 2, 100 long": the length is named, so the pair is OD x wall (or OD x ID)
            v = vals.pop(0)
            if v < od / 4:
                wall = v
            elif v < od:
                inner = v
    if od is None:
        od = take_loose(spec)
    if inner is None and wall is None and len(spec.loose) >= 2:
        inner = take_loose(spec)
    if length is None:
        length = take_loose(spec)
    od = positive(od, 20.0, "outer diameter", notes)
    if inner is None and wall is not None:
        inner = od - 2 * wall
    if inner is None or inner >= od or inner <= 0:
        default = r4(od * 0.5)
        if inner is not None:
            notes.add("inner diameter must be smaller than the outer, used %g mm" % default)
        else:
            notes.assume("inner diameter", default)
        inner = default
    flat = is_washer or spec.has("ring", "shim")
    length = positive(length, r4(max(0.5, od * (0.1 if flat else 2 if spec.has("tube", "pipe") else 1))),
                      "thickness" if flat else "length", notes)
    return [P("outer_diameter", r4(od), "mm, outside diameter"),
            P("inner_diameter", r4(inner), "mm, inside diameter (bore)"),
            P("length", r4(length), "mm, length / thickness along Z")]


def tube_body(values: dict, output_type: str, spec: PartSpec | None = None) -> str:
    if output_type == "2d_vector":
        return "result = Circle(outer_diameter / 2) - Circle(inner_diameter / 2)\n"
    return """
section = Circle(outer_diameter / 2) - Circle(inner_diameter / 2)
result = extrude(section, length)
"""


# ---------------------------------------------------------------- cup

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
    if wall is None and "inner_diameter" in spec.dims and spec.dims["inner_diameter"] < d:
        wall = (d - spec.dims["inner_diameter"]) / 2
    wall = positive(wall, r4(max(1.0, round(d * 0.05, 1))), "wall thickness", notes)
    if wall * 2 >= d or wall >= h:
        wall = r4(min(d, h) * 0.2)
        notes.add("wall too thick for the cup, used %g mm" % wall)
    floor = dim(spec, "floor", "bottom") or wall
    open_top = spec.open_top or not spec.has("closed", "sealed", "lid", "lidded", "capped")
    return [P("diameter", r4(d), "mm, outside diameter"),
            P("height", r4(h), "mm, outside height"),
            P("wall", r4(wall), "mm, side wall thickness"),
            P("floor_thickness", r4(floor), "mm, bottom thickness"),
            P("open_top", bool(open_top), "True = open at the top")]


def cup_body(values: dict, output_type: str, spec: PartSpec | None = None) -> str:
    return f"""
outer = Cylinder(diameter / 2, height, {ALIGN_MIN_Z})
# the cavity pokes 1 mm out of the top when the cup is open, so the cut is clean
cavity_height = height - floor_thickness + 1 if open_top else height - 2 * floor_thickness
cavity = Pos(0, 0, floor_thickness) * Cylinder(diameter / 2 - wall, cavity_height, {ALIGN_MIN_Z})
result = outer - cavity
"""


# ---------------------------------------------------------------- flange

def flange_params(spec: PartSpec, notes: Notes, output_type: str) -> list[P]:
    od = dim(spec, "outer_diameter", "diameter")
    if od is None and "radius" in spec.dims:
        od = spec.dims["radius"] * 2
    if od is None:
        od = take_loose(spec)
    od = positive(od, 100.0, "outer diameter", notes)
    t = dim(spec, "thickness", "height", "length")
    if t is None:
        t = take_loose(spec)
    t = positive(t, r4(max(3.0, round(od * 0.12))), "thickness", notes)
    bore = dim(spec, "bore", "inner_diameter", "centre_hole")
    if bore is None and spec.has("flange", "flanged", "hub"):
        bore = r4(od * 0.35)
        notes.assume("bore", bore)
    bore = bore or 0.0  # a plain disc with a bolt circle has no centre bore
    bore = min(bore, r4(od * 0.8))
    count = spec.counts.get("holes")
    if count is None:
        count = 4 if spec.hole_pattern != "centre" else 0
        if count:
            notes.assume("bolt holes", count, "")
    pcd = dim(spec, "pcd")
    if pcd is None:
        pcd = r4((od + bore) / 2)
        notes.assume("bolt circle diameter", pcd)
    hole_d = hole_diameter_from(spec, notes, r4(max(3.0, round((od - bore) * 0.12, 1)))) if count else 0.0
    ring = (od - bore) / 2
    if hole_d >= ring * 0.9:
        hole_d = r4(ring * 0.5)
        notes.add("bolt holes too big for the flange ring, used %g mm" % hole_d)
    hub_d = dim(spec, "hub_diameter") or 0.0
    return [P("outer_diameter", r4(od), "mm, flange outside diameter"),
            P("thickness", r4(t), "mm, flange thickness"),
            P("bore_diameter", r4(bore), "mm, centre bore"),
            P("hole_count", int(count), "number of bolt holes"),
            P("hole_diameter", r4(hole_d), "mm, bolt hole diameter"),
            P("bolt_circle", r4(pcd), "mm, bolt circle (PCD) diameter"),
            P("hub_diameter", r4(hub_d), "mm, raised hub diameter (0 = no hub)"),
            P("hub_height", r4(t if hub_d else 0.0), "mm, hub height above the flange")]


def flange_body(values: dict, output_type: str, spec: PartSpec | None = None) -> str:
    if output_type == "2d_vector":
        return """
result = Circle(outer_diameter / 2) - Circle(bore_diameter / 2)
if hole_count > 0:
    result -= PolarLocations(bolt_circle / 2, hole_count) * Circle(hole_diameter / 2)
"""
    return f"""
result = Cylinder(outer_diameter / 2, thickness, {ALIGN_MIN_Z})
if hub_diameter > 0 and hub_height > 0:
    result += Cylinder(hub_diameter / 2, thickness + hub_height, {ALIGN_MIN_Z})
total_height = thickness + (hub_height if hub_diameter > 0 else 0)
if bore_diameter > 0:
    result -= Cylinder(bore_diameter / 2, total_height, {ALIGN_MIN_Z})
if hole_count > 0:
    result -= PolarLocations(bolt_circle / 2, hole_count) * Cylinder(hole_diameter / 2, thickness, {ALIGN_MIN_Z})
"""


# ---------------------------------------------------------------- sphere, cone, torus

def sphere_params(spec: PartSpec, notes: Notes, output_type: str) -> list[P]:
    d = _diameter(spec, "diameter", "outer_diameter", "size", "width", "height")
    if d is None:
        d = take_loose(spec)
    d = positive(d, 40.0, "diameter", notes)
    half = spec.has("hemisphere", "dome", "half", "hemispherical")
    return [P("diameter", r4(d), "mm, sphere diameter"),
            P("hemisphere", bool(half), "True = keep only the top half")]


def sphere_body(values: dict, output_type: str, spec: PartSpec | None = None) -> str:
    return f"""
if hemisphere:
    result = Sphere(diameter / 2) & Box(diameter, diameter, diameter / 2, {ALIGN_MIN_Z})
else:
    result = Sphere(diameter / 2, {ALIGN_MIN_Z})
"""


def cone_params(spec: PartSpec, notes: Notes, output_type: str) -> list[P]:
    base = dim(spec, "base_diameter", "diameter", "outer_diameter", "base", "width")
    if base is None and "base_radius" in spec.dims:
        base = spec.dims["base_radius"] * 2
    if base is None and "radius" in spec.dims:
        base = spec.dims["radius"] * 2
    top = dim(spec, "top_diameter")
    if top is None and "top_radius" in spec.dims:
        top = spec.dims["top_radius"] * 2
    h = dim(spec, "height", "length")
    if base is None:
        base = take_loose(spec)
    if h is None:
        h = take_loose(spec)
    base = positive(base, 40.0, "base diameter", notes)
    h = positive(h, base, "height", notes)
    top = top or 0.0
    if top >= base and base > 0:
        base, top = top, base
    return [P("base_diameter", r4(base), "mm, diameter at the bottom"),
            P("top_diameter", r4(top), "mm, diameter at the top (0 = pointed)"),
            P("height", r4(h), "mm, height")]


def cone_body(values: dict, output_type: str, spec: PartSpec | None = None) -> str:
    return f"result = Cone(base_diameter / 2, top_diameter / 2, height, {ALIGN_MIN_Z})\n"


def torus_params(spec: PartSpec, notes: Notes, output_type: str) -> list[P]:
    major = dim(spec, "major_radius")
    minor = dim(spec, "minor_radius")
    if major is None and "major_diameter" in spec.dims:
        major = spec.dims["major_diameter"] / 2
    if minor is None and "minor_diameter" in spec.dims:
        minor = spec.dims["minor_diameter"] / 2
    if minor is None and "thickness" in spec.dims:
        minor = spec.dims["thickness"] / 2
    od = dim(spec, "outer_diameter", "diameter")
    inner = dim(spec, "inner_diameter")
    if major is None and minor is None and od is not None and inner is not None:
        minor = (od - inner) / 4
        major = (od + inner) / 4
    elif major is None and od is not None and minor is not None:
        major = od / 2 - minor
    elif minor is None and od is not None and major is not None:
        minor = od / 2 - major
    if major is None and "radius" in spec.dims:
        major = spec.dims["radius"]
    if major is None:
        major = take_loose(spec)
        if major is not None and minor is None:
            minor = take_loose(spec)
    major = positive(major, 20.0, "ring radius", notes)
    minor = positive(minor, r4(major * 0.25), "tube radius", notes)
    if minor >= major:
        minor = r4(major * 0.5)
        notes.add("tube radius must be smaller than the ring radius, used %g mm" % minor)
    return [P("ring_radius", r4(major), "mm, centre of the tube to the centre of the ring"),
            P("tube_radius", r4(minor), "mm, radius of the tube section")]


def torus_body(values: dict, output_type: str, spec: PartSpec | None = None) -> str:
    return f"result = Torus(ring_radius, tube_radius, {ALIGN_MIN_Z})\n"


FAMILIES = [
    Family("cylinder", "cylinder / rod / disc / shaft, optional end chamfers and centre bore",
           ("3d_solid", "2d_vector"), cylinder_params, cylinder_body),
    Family("tube", "tube / pipe / washer / ring / spacer / bushing", ("3d_solid", "2d_vector"),
           tube_params, tube_body),
    Family("cup", "round cup / pot, open top, given wall", ("3d_solid",), cup_params, cup_body),
    Family("flange", "flange with bore, bolt circle and optional hub", ("3d_solid", "2d_vector"),
           flange_params, flange_body),
    Family("sphere", "sphere / ball / hemisphere", ("3d_solid",), sphere_params, sphere_body),
    Family("cone", "cone or frustum", ("3d_solid",), cone_params, cone_body),
    Family("torus", "torus / donut / O-ring", ("3d_solid",), torus_params, torus_body),
]

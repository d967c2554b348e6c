"""Cylinder / rod / disc / shaft, optional end chamfers and a centre bore."""

from __future__ import annotations

import math

from ..hole_features import cross_hole_lines, cross_hole_params, hole_params, tool_lines
from ..parse import PartSpec
from ..script import P
from ..slot_features import hub_keyway_lines, hub_keyway_params, keyway_lines, keyway_params
from .base import (
    Example,
    Family,
    Match,
    Notes,
    best,
    dim,
    dimension_group,
    positive,
    r4,
    round_body,
    take_loose,
)
from .blocks import ALIGN_MIN_Z, hole_diameter_from
from .round import _diameter, _length
from .shaft import fits_a_shaft  # "keyway ... for a 12 mm shaft": the keyway is in the bore

VOCABULARY = ('cylinder', 'rod', 'disc', 'disk', 'shaft', 'pin', 'dowel', 'axle', 'puck', 'coin', 'peg', 'cylindrical', 'round', 'column', 'post', 'pillar', 'bar', 'stock', 'billet')


def match(spec: PartSpec) -> Match | None:
    d = spec.dims
    round_bar = spec.has("bar", "stock", "billet") and (
        spec.has("round", "circular") or "diameter" in d or "radius" in d) and not (
        "width" in d or "thickness" in d or any(len(g) >= 3 for g in spec.groups))
    return best([
        Match(64, "it names a hub: a round body with a bore") if _hub(spec) else None,
        Match(62, "a round part with an inside and outside diameter")
        if round_body(spec) and "inner_diameter" in d and "outer_diameter" in d else None,
        Match(50, "it names a round bar") if round_bar else None,
        Match(52, "a round plate is a disc") if spec.phrase(r"\b(?:round|circular)\s+(?:flat\s+)?(?:plate|pad|blank|sheet|base\s+plate)\b")
        and not any(len(g) >= 2 for g in spec.groups) and spec.counts.get("holes", 0) <= 1 and spec.hole_pattern != "circle"
        else None,
        Match(46, "it names a cylinder / rod / disc")
        if round_body(spec) or spec.has("column", "post", "pillar", "cylinder", "round") else None,
        Match(22, "no part named; a diameter makes a cylinder")
        if "diameter" in d or "radius" in d or "outer_diameter" in d else None,
    ])


def _hub(spec: PartSpec) -> bool:
    """"hub Ø40 x 30, 12 mm bore": a plain hub (no flange, pulley or gear named), bored."""
    return spec.has("hub", "hubs", "boss") and any(k in spec.dims for k in ("bore", "inner_diameter", "hole_diameter")) \
        and not spec.has("flange", "flanged", "pulley", "gear", "sprocket", "wheel", "plate")


def _keyway_in_bore(spec: PartSpec) -> bool:
    """A keyway cut in the bore (a hub's), not along the outside (a shaft's)."""
    return _hub(spec) or spec.phrase(r"\bkey ?way (?:in|through|along) the (?:bore|hole)\b|\bbore with an? (?:din[\s-]*6885 )?key ?way\b") \
        or spec.phrase(r"\bbore\b[^.;]{0,25}\bkey ?(?:way|seat|slot)\b") or fits_a_shaft(spec)  # "bore 25 with keyway"


def cylinder_params(spec: PartSpec, notes: Notes, output_type: str) -> list[P]:
    d = _diameter(spec, "diameter", "outer_diameter", "width")
    if d is None and "top_diameter" in spec.dims and "base_diameter" not in spec.dims:
        d = spec.dims.pop("top_diameter")   # "round table top ⌀0,8 m": a top, not a cone's tip
    if d is None and "thickness" in spec.dims and "length" in spec.dims and spec.has(
            "shaft", "rod", "pin", "dowel", "axle", "peg", "round"):
        d = spec.dims.pop("thickness")   # "rod half an inch thick and a foot long": a rod's thickness is across it
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
    cross = spec.hole_callout is not None and spec.hole_callout.cross is not None  # the hole goes across, not along
    if bore is None and not cross and (spec.counts.get("holes") == 1 or spec.hole_pattern == "centre"
                         or ("hole_diameter" in spec.dims and not spec.counts.get("holes"))):
        bore = hole_diameter_from(spec, notes, r4(d * 0.3))
    call = spec.hole_callout
    end_tap = call is not None and call.tapped is not None and not cross and spec.counts.get("holes") in (None, 1)
    if bore is None and end_tap and call is not None:
        bore = call.tap_drill()  # "tap M10 in one end face, 20 deep": the tap drill, on the axis
        notes.add(f"M{call.tapped:g} tapped hole in the end modelled as the {bore:g} mm tap drill (thread not modelled)")
    if bore is None and call is not None and call.centre_tap is not None and call.centre and not cross:
        # "Round boss Ø30, M8 tapped through in the centre": the Ø30 is the part, so the tapped centre hole is its bore
        bore = call.centre
        notes.add(f"M{call.centre_tap[0]:g} tapped centre hole modelled as the {bore:g} mm tap drill (thread not modelled)")
    if bore is not None and bore >= d:
        bore = r4(d * 0.5)
        notes.add(f"bore larger than the part, used {bore:g} mm")
    params.append(P("bore_diameter", r4(bore or 0.0), "mm, centre hole through the length (0 = solid)"))
    tap = call.tapped if end_tap and call is not None else call.centre_tap[0] if call is not None and call.centre_tap else None
    if bore and tap:  # the bore is a tap drill: say so in the part, so the reading counts the tapped hole as made
        params.append(P("tapped", True, f"the bore is M{tap:g} tapped: modelled as the {bore:g} mm tap drill, thread not modelled"))
    depth = call.depth if call is not None and call.depth else (dim(spec, "depth") if end_tap else None)
    if bore and depth and depth < h:
        params.append(P("bore_depth", r4(depth), "mm, depth of the centre hole from the top end (blind)"))
    if bore and call is not None and (call.counterbore or call.countersink or call.counterbore_wanted or call.countersink_wanted):
        params += [q for q in hole_params(call, bore, notes, dim(spec, "hole_metric") or spec.metric)
                   if q.name.startswith(("counterbore", "countersink"))]
    chamfer = fillet = 0.0
    if spec.edge is not None:
        size = spec.edge.size or r4(max(0.2, d * 0.05))
        if spec.edge.size is None:
            notes.assume(f"{spec.edge.kind} size", size)
        size = min(size, r4(min(d / 2, h / 2) * 0.9))
        if spec.edge.kind == "chamfer":
            chamfer = size
        else:
            fillet = size
    params += [P("chamfer_size", r4(chamfer), "mm, bevel on both end edges (0 = sharp)"),
               P("fillet_radius", r4(fillet), "mm, rounding of both end edges (0 = sharp)")]
    if spec.edge is not None and spec.edge.which in ("top", "bottom"):  # "chamfer only the bottom edge"
        params += [P("edge_top", spec.edge.which == "top", "treat the top end edge"),
                   P("edge_bottom", spec.edge.which == "bottom", "treat the bottom end edge")]
    if spec.keyway is not None and output_type != "2d_vector" and bore and _keyway_in_bore(spec):
        params += hub_keyway_params(spec.keyway, notes, bore)   # "12 mm bore with a DIN 6885 keyway"
    elif spec.keyway is not None and output_type != "2d_vector":
        params += keyway_params(spec.keyway, notes, d, h)
    if output_type != "2d_vector":
        params += cross_hole_params(spec.hole_callout, notes, h)
    return params

def cylinder_body(values: dict[str, float | int | bool], output_type: str, spec: PartSpec | None = None) -> str:
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
""" + ("""if not (edge_top and edge_bottom):  # only the end that was named
    end_edges = end_edges.group_by(Axis.Z)[-1 if edge_top else 0]
""" if "edge_top" in values else "") + """edge_limit = min(diameter / 2, height / 2) * 0.9
if chamfer_size > 0:
    result = chamfer(end_edges, min(chamfer_size, edge_limit))
elif fillet_radius > 0:
    result = fillet(end_edges, min(fillet_radius, edge_limit))
if 0 < bore_diameter < diameter:
""" + "\n".join("    " + line for line in tool_lines(values, "height", "bore_diameter", "bore_depth")) + """
    result -= hole_tool
""" + ("\n".join(hub_keyway_lines("height")) + "\n" if "hub_keyway_depth" in values else
       "\n".join(keyway_lines()) + "\n" if "keyway_width" in values else "") + (
        "\n".join(cross_hole_lines()) + "\n" if "cross_hole_diameter" in values else "")


EXAMPLES = (
    Example("cylinder 20 mm diameter and 40 mm high", (20, 20, 40), math.pi * 100 * 40, 0),
    Example("cylinder 40 mm diameter 20 mm tall with a 10 mm hole through the middle", (20, 40, 40), math.pi * (400 - 25) * 20, 1),
    Example("rod 10 dia 50 long"),
    # a hub's keyway runs the full length of its bore, DIN 6885 t2 deep (Ø12 bore: b 4, t2 1.8)
    Example("hub Ø40 x 30, 12 mm bore with a DIN 6885 keyway", (30, 40, 40), math.pi * (400 - 36) * 30 - 4 * 30 * (6 + 1.8)
            + 30 * (36 * math.asin(2 / 6) + 2 * math.sqrt(32)), 1),
    # a tapped centre hole is the bore at the ISO tap drill (M8: 6.8); the part's own Ø30 is not another hole
    Example("Round boss Ø30, 20 high, M8 tapped through in the centre", (20, 30, 30), math.pi * (225 - 3.4 ** 2) * 20, 1),
)

def designations(text: str) -> list[tuple[str, str]]:
    """"DIN 6885" beside a keyway: the standard the keyway is sized by (as the shaft family reads it)."""
    from .shaft import designations as keyway_standard

    return keyway_standard(text)


FAMILY = Family("cylinder", "cylinder / rod / disc / shaft, optional end chamfers and centre bore", ("3d_solid", "2d_vector"), cylinder_params, cylinder_body, vocabulary=VOCABULARY, match=match, examples=EXAMPLES,
                designations=designations)

"""Tube / pipe / washer / ring / spacer / bushing."""

from __future__ import annotations

import math

from ....prompt.standards import metric
from ..hole_features import cross_hole_lines, cross_hole_params, hole_params, tool_lines
from ..parse import PartSpec
from ..script import P
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
    take_loose,
)
from .threaded import drill_size, tapped_bore

VOCABULARY = ('washer', 'spacer', 'bushing', 'bush', 'sleeve', 'collar', 'ring', 'tube', 'pipe', 'tubing', 'grommet', 'ferrule', 'shim', 'annulus', 'hoop', 'gasket', 'bearing', 'standoff')


def _ring_words(spec: PartSpec) -> tuple[str, ...]:
    """"bearing" names a ring only when no block or plate is named ("bearing housing block 60 x 60");
    "gasket" only when it is sized by diameters (a gasket outline 80 x 60 is a flat profile)."""
    words: tuple[str, ...] = VOCABULARY[:-1]
    if not any(k in spec.dims for k in ("outer_diameter", "inner_diameter", "diameter", "bore")):
        words = tuple(w for w in words if w != "gasket")
        if spec.groups and len(spec.groups[0]) == 2 and spec.metric is None:
            words = tuple(w for w in words if w != "shim")  # "shim 2 by 3 inches, 0.010 thick": a flat rectangle
    if spec.has("block", "plate", "box", "bracket", "pillow"):
        return tuple(w for w in words if w != "bearing")
    return words


def match(spec: PartSpec) -> Match | None:
    d = spec.dims
    round_standoff = spec.has("standoff", "stand-off", "standoffs") and not spec.has("hex", "hexagonal") and (
        spec.has("round", "cylindrical", "circular") or "outer_diameter" in d or "diameter" in d)
    return best([
        Match(96, "it names a round standoff") if round_standoff else None,
        Match(64, "it names a tube / washer / ring") if spec.has(*_ring_words(spec)) else None,
        Match(30, "no part named; an outside and inside diameter make a tube")
        if "outer_diameter" in d and ("inner_diameter" in d or "wall" in d or "bore" in d) else None,
    ])


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
            notes.add(f"M{spec.metric:g} washer: ISO 7089 sizes {row.washer_id:g} / {row.washer_od:g} x {row.washer_thickness:g} mm")
        elif spec.has("standoff", "stand-off", "standoffs") and tapped_bore(spec):
            inner = inner or drill_size(spec) or row.tap_drill
            notes.add(f"M{spec.metric:g} female thread modelled as a {inner:g} mm tap-drill bore, through")
        else:
            inner = inner or row.clearance
            notes.add(f"M{spec.metric:g}: {row.clearance:g} mm clearance bore (ISO 273)")
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
        if vals and od is not None and inner is None and wall is None and length is not None:
            # "tube 30 x 2, 100 long": the length is named, so the pair is OD x wall (or OD x ID)
            v = vals.pop(0)
            if v < od / 4:
                wall = v
            elif v < od:
                inner = v
    if od is None and inner is not None and wall is not None:
        od = inner + 2 * wall   # "pipe ID 50, wall 5": the outside is the bore plus two walls
        notes.add(f"outer diameter {r4(od):g} mm = {inner:g} inside + 2 x {wall:g} wall")
    if od is None:
        od = take_loose(spec)
    if od is not None and inner is None and wall is None and length is not None and len(spec.loose) == 1 \
            and spec.loose[0] < od / 4 and spec.has("tube", "pipe", "tubing"):
        wall = take_loose(spec)   # "tube Ø40 x 2, 1.2 m long": the length is named, so the 2 is the wall
    if inner is None and wall is None and len(spec.loose) >= 2:
        inner = take_loose(spec)
    if length is None:
        length = take_loose(spec)
    # with only the bore known ("housing for a 608 bearing"), assume a wall a quarter of the bore
    od = positive(od, r4(inner + 2 * max(2.0, inner * 0.25)) if od is None and inner else 20.0, "outer diameter", notes)
    if inner is None and wall is not None:
        inner = od - 2 * wall
    if inner is None or inner >= od or inner <= 0:
        default = r4(od * 0.5)
        if inner is not None:
            notes.add(f"inner diameter must be smaller than the outer, used {default:g} mm")
        else:
            notes.assume("inner diameter", default, main=True)  # a tube's bore is its body, not a feature
        inner = default
    flat = is_washer or spec.has("ring", "shim")
    length = positive(length, r4(max(0.5, od * (0.1 if flat else 2 if spec.has("tube", "pipe") else 1))),
                      "thickness" if flat else "length", notes)
    bore_callout = [q for q in hole_params(spec.hole_callout, inner, notes, spec.metric)
                    if q.name.startswith(("counterbore", "countersink"))] if output_type != "2d_vector" else []
    params = [P("outer_diameter", r4(od), "mm, outside diameter"),
              P("inner_diameter", r4(inner), "mm, inside diameter (bore)"),
              P("length", r4(length), "mm, length / thickness along Z"), *bore_callout]
    if spec.metric is not None and spec.has("standoff", "stand-off", "standoffs") and tapped_bore(spec):
        params.insert(0, P("thread_size", r4(spec.metric), "mm, female thread (M size), made as the tap-drill bore"))
    if output_type != "2d_vector":
        params += cross_hole_params(spec.hole_callout, notes, length)   # "a 6 mm cross hole at the middle"
    return params

def tube_body(values: dict[str, float | int | bool], output_type: str, spec: PartSpec | None = None) -> str:
    if output_type == "2d_vector":
        return "result = Circle(outer_diameter / 2) - Circle(inner_diameter / 2)\n"
    body = """
section = Circle(outer_diameter / 2) - Circle(inner_diameter / 2)
result = extrude(section, length)
"""
    if "counterbore_diameter" in values or "countersink_diameter" in values:  # "a washer countersunk to 16"
        body += "\n".join(tool_lines(values, "length", "inner_diameter")) + "\nresult -= hole_tool\n"
    if "cross_hole_diameter" in values:
        body += "\n".join(cross_hole_lines("outer_diameter")) + "\n"
    return body


EXAMPLES = (
    Example("washer 8.4 mm ID, 16 mm OD, 1.6 mm thick", (1.6, 16, 16), math.pi / 4 * (256 - 70.56) * 1.6, 1),
    Example("pipe 30 OD 26 ID"),
    Example("round standoff 8 OD 20 long, M4 tapped through", (8, 8, 20), math.pi / 4 * (64 - 3.3 ** 2) * 20, 1),
    Example("round standoff Ø6 x 25, M3 female both ends (2.5 drill)", (6, 6, 25), math.pi / 4 * (36 - 6.25) * 25, 1),
)

FAMILY = Family("tube", "tube / pipe / washer / ring / spacer / bushing", ("3d_solid", "2d_vector"), tube_params, tube_body, vocabulary=VOCABULARY, match=match, examples=EXAMPLES)

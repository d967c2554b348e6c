"""Involute spur gear: module, teeth, face width, bore."""

from __future__ import annotations

import re

from ..parse import PartSpec
from ..script import P
from .base import (
    Example,
    Family,
    Match,
    Notes,
    best,
    dim,
    positive,
    r4,
    take_loose,
)
from .blocks import ALIGN_MIN_Z

VOCABULARY = ('gear', 'cog', 'cogwheel', 'sprocket', 'pinion', 'spur', 'gearwheel')


def match(spec: PartSpec) -> Match | None:
    return best([
        Match(100, "it names a gear") if spec.has(*VOCABULARY) else None,
        Match(28, "no part named; teeth / module make a gear") if "teeth" in spec.counts or "module" in spec.dims else None,
    ])


def gear_params(spec: PartSpec, notes: Notes, output_type: str) -> list[P]:
    teeth = spec.counts.get("teeth")
    module = dim(spec, "module")
    # gear shorthand: "24T" is the tooth count, "m1.5" the module (not a thread size)
    if teeth is None:
        m = re.search(r"\b(\d+)\s*t\b", spec.text.lower())
        teeth = int(m.group(1)) if m else None
    if module is None and spec.metric is not None and not spec.has("bore", "hole", "shaft", "screw", "bolt"):
        module = spec.metric
    od = dim(spec, "outer_diameter", "diameter")
    pitch_d = dim(spec, "pcd")
    if teeth is None and module is not None and od is not None:
        teeth = max(6, round(od / module - 2))
    if module is None and teeth is not None and od is not None:
        module = od / (teeth + 2)
    if module is None and teeth is not None and pitch_d is not None:
        module = pitch_d / teeth
    if teeth is None:
        teeth = 20
        notes.assume("tooth count", teeth, "")
    if module is None:
        module = 2.0 if od is None else od / (teeth + 2)
        if od is None:
            notes.assume("module", module, "")
    teeth = max(6, int(teeth))
    face = dim(spec, "face_width", "thickness", "width", "height", "length")
    if face is None:
        face = take_loose(spec)
    face = positive(face, r4(max(3.0, module * 5)), "face width", notes)
    root = module * (teeth - 2.5)
    bore = dim(spec, "bore", "inner_diameter", "hole_diameter")
    if bore is None:
        bore = r4(max(2.0, round(root * 0.25)))
        notes.assume("bore", bore)
    if bore >= root * 0.8:
        bore = r4(root * 0.4)
        notes.add(f"bore too big for the gear, used {bore:g} mm")
    notes.add(f"involute spur gear: outside diameter {r4(module * (teeth + 2)):g} mm = module x (teeth + 2)")
    return [P("teeth", int(teeth), "number of teeth"),
            P("module", r4(module), "mm, gear module (pitch diameter / teeth)"),
            P("pressure_angle", 20.0, "degrees, involute pressure angle"),
            P("face_width", r4(face), "mm, gear thickness"),
            P("bore_diameter", r4(bore), "mm, centre bore (0 = none)")]

GEAR_PROFILE = """
pitch_radius = module * teeth / 2
base_radius = pitch_radius * math.cos(math.radians(pressure_angle))
tip_radius = pitch_radius + module
root_radius = pitch_radius - 1.25 * module


def involute(r):
    \"\"\"Involute polar angle at radius r: tan(a) - a, with cos(a) = base_radius / r.\"\"\"
    a = math.acos(min(1.0, base_radius / r))
    return math.tan(a) - a


# half the angular thickness of a tooth at radius r
half_pitch_angle = math.pi / (2 * teeth) + involute(pitch_radius)
flank_start = max(base_radius, root_radius)
steps = 8
outline = []
for i in range(teeth):
    centre = 2 * math.pi * i / teeth
    radii = [flank_start + (tip_radius - flank_start) * k / steps for k in range(steps + 1)]
    left = [(r, centre - (half_pitch_angle - involute(r))) for r in radii]
    right = [(r, centre + (half_pitch_angle - involute(r))) for r in reversed(radii)]
    flank = [(root_radius, left[0][1])] + left + right + [(root_radius, right[-1][1])]
    outline += [(r * math.cos(t), r * math.sin(t)) for r, t in flank]

profile = Polygon(*outline, align=None)
"""

def gear_body(values: dict[str, float | int | bool], output_type: str, spec: PartSpec | None = None) -> str:
    if output_type == "2d_vector":
        return GEAR_PROFILE + """
result = profile - Circle(bore_diameter / 2) if bore_diameter > 0 else profile
"""
    return GEAR_PROFILE + f"""
result = extrude(profile, face_width)
if bore_diameter > 0:
    result -= Cylinder(bore_diameter / 2, face_width, {ALIGN_MIN_Z})
"""


EXAMPLES = (
    Example("spur gear 20 teeth module 2, 6 mm thick, 5 mm bore", (6, 44, 44), holes=1),
    Example("gear"),
)

FAMILY = Family("spur_gear", "involute spur gear: module, teeth, face width, bore", ("3d_solid", "2d_vector"), gear_params, gear_body, uses_math=True, vocabulary=VOCABULARY, match=match, examples=EXAMPLES)

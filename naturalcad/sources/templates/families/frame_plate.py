"""A flat rectangular frame: a plate with a rectangular window, sized by its border.

"picture frame 180 x 130 outside, 25 wide rim, 8 thick", "frame with a 160 x 110 opening,
20 border, 10 thick", "outside 200x150, border 20 wide all round": the border (rim, frame
width) runs all round, so the window is the outside less two borders each way, or the outside
is the opening plus two borders. Sharp corners; a rounded frame is a later refinement.
"""

from __future__ import annotations

import re

from ..parse import PartSpec
from ..script import P
from .base import Example, Family, Impossible, Match, Notes, dim, dimension_group, positive, r4, take_loose

VOCABULARY = ("frame", "border", "rim", "surround", "bezel", "window", "opening", "aperture")

_FRAME = re.compile(r"\b(?:picture|photo|window|mirror|display|panel)?[- ]?frames?\b|\bbezel\b", re.I)
_BORDER = re.compile(r"\b(?:border|rim|surround|frame\s+width|frame\s+is\s+\d|opening|window|aperture)\b|\ball\s+(?:a)?round\b",
                     re.I)
_OPENING = re.compile(r"\d\s*(?:mm\s*)?[x\u00d7*]\s*\d+(?:[.,]\d+)?\s*(?:mm\s*)?(?:opening|window|aperture|cut-?out|inside|clear)\b"
                      r"|\b(?:opening|window|aperture|inside|inner|clear)\s+(?:size\s+)?(?:of\s+)?[:=]?\s*\d", re.I)


def match(spec: PartSpec) -> Match | None:
    if not _FRAME.search(spec.text) or not _BORDER.search(spec.text):
        return None
    return Match(76, "it names a frame with a border (a plate with a rectangular window)")


def frame_plate_params(spec: PartSpec, notes: Notes, output_type: str) -> list[P]:
    group = dimension_group(spec, "outer_diameter", "size", "inner_diameter", "inside")
    vals = list(group or [])
    thick = dim(spec, "thickness", "height", "depth")
    if len(vals) >= 3 and thick is None:
        thick = vals[2]
    border = dim(spec, "width", "wall", "edge_offset")
    if border is None:
        border = take_loose(spec)
    if thick is None:
        thick = take_loose(spec)
    if not vals:   # "square frame 100 outside": one size, both ways
        side = dim(spec, "outer_diameter", "side", "square", "size", "length")
        vals = [side, side] if side is not None else []
    a = positive(vals[0] if vals else None, 200.0, "frame length", notes)
    b = positive(vals[1] if len(vals) > 1 else None, a, "frame width", notes)
    if not vals:
        notes.assume("frame size", a, main=True)
    border = positive(border, r4(round(min(a, b) * 0.12)), "border width", notes)
    thick = positive(thick, 5.0, "thickness", notes)
    if _OPENING.search(spec.text):
        a, b = a + 2 * border, b + 2 * border
        notes.add(f"outside = the {a - 2 * border:g} x {b - 2 * border:g} opening + a {border:g} mm border each side")
    if 2 * border >= min(a, b):
        raise Impossible(f"two {border:g} mm borders ({2 * border:g} mm) leave no window in a {a:g} x {b:g} frame")
    return [P("length", r4(max(a, b)), "mm, outside along X"),
            P("width", r4(min(a, b)), "mm, outside along Y"),
            P("border", r4(border), "mm, border width all round"),
            P("window_length", r4(max(a, b) - 2 * border), "mm, the opening along X (length - 2 x border)"),
            P("window_width", r4(min(a, b) - 2 * border), "mm, the opening along Y (width - 2 x border)"),
            P("thickness", r4(thick), "mm, plate thickness (Z)")]


def frame_plate_body(values: dict[str, float | int | bool], output_type: str, spec: PartSpec | None = None) -> str:
    return """
outline = Rectangle(length, width) - Rectangle(window_length, window_width)
""" + ("result = outline\n" if output_type == "2d_vector" else "result = extrude(outline, thickness)\n")


EXAMPLES = (
    Example("picture-frame style plate: outside 200x150, border 20 wide all round, 10 thick", (10, 150, 200), 124000, 1),
    Example("frame with a 160 x 110 opening, 20 border, 10 thick", (10, 150, 200), 124000, 1),
    Example("picture frame, 180x130 outer size, 25 wide rim, 8 mm thick", (8, 130, 180), 104000, 1),
    Example("DXF of a frame 200 x 150 outside with a 20 border", None, None, None, "2d_vector"),
)

FAMILY = Family("frame_plate", "flat rectangular frame (a plate with a window)", ("3d_solid", "2d_vector"),
                frame_plate_params, frame_plate_body, vocabulary=VOCABULARY, match=match, examples=EXAMPLES)

"""Open structural sections cut to length: U / C channel, tee and I (H) beam, one thickness.

"U channel 40 wide x 25 high outside, 3 mm thick, 200 long", "C channel 100x50x5, 300 long",
"tee section 50 wide 40 tall 5 thick": the profile is drawn from its outside sizes and one
thickness (web and flanges alike, sharp corners; rolled sections' root radii are not modelled)
and extruded along the length. An angle is an L bracket (l_bracket.py), a closed section a
rectangular tube (rect_tube.py).
"""

from __future__ import annotations

import re

from ..parse import PartSpec
from ..script import P
from .base import Example, Family, Impossible, Match, Notes, dim, dimension_group, positive, r4, take_loose

VOCABULARY = ("channel", "channels", "u-channel", "c-channel", "u-section", "c-section", "tee", "t-bar", "t-section",
              "t-profile", "i-beam", "h-beam", "i-section", "joist", "beam", "section")

_KINDS = (
    ("channel", re.compile(r"\b(?:u|c)[- ]?(?:channel|section|profile)s?\b|\bchannel[- ]?(?:section|profile|bar)s?\b|"
                           r"^\W*(?:an?\s+)?(?:[\w-]+\s+){0,2}channels?\b(?!\s+(?:in|into|along|across|on|cut)\b)", re.I)),
    ("tee", re.compile(r"\b(?:tee|t)[- ]?(?:section|bar|profile|beam|extrusion)s?\b|\bstructural\s+tees?\b", re.I)),
    ("i_beam", re.compile(r"\b(?:i|h)[- ]?(?:beam|section|profile|joist)s?\b|\b(?:rsj|ipe|hea|ub)\b", re.I)),
)
_KIND_CODE = {"channel": 0, "tee": 1, "i_beam": 2}


def _kind(spec: PartSpec) -> str | None:
    if spec.has("pipe", "fitting", "plate", "block"):
        return None  # a pipe tee is a fitting; "a plate with a channel" is a groove in a plate
    return next((name for name, pattern in _KINDS if pattern.search(spec.text)), None)


def match(spec: PartSpec) -> Match | None:
    kind = _kind(spec)
    if kind and spec.has("flange", "flanges"):
        return Match(80, f"it names a {kind.replace('_', '-')} section (its flanges are the section's)")  # above flange (78)
    return Match(72, f"it names a {kind.replace('_', '-')} section") if kind else None


def open_section_params(spec: PartSpec, notes: Notes, output_type: str) -> list[P]:
    kind = _kind(spec) or "channel"
    group = dimension_group(spec, "size", "outer_diameter")
    # "outside 60 wide x 30 tall": an open section has no diameter, so an "outside" size is its width
    width = dim(spec, "width") or (dim(spec, "outer_diameter") if not group else None)
    height = dim(spec, "height", "depth")
    # "walls and floor 4 mm thick", "3 mm thick base and side walls", "walls and base 5 thick": the one thickness
    thick = dim(spec, "thickness", "wall", "floor", "base")
    length = dim(spec, "length")
    if group:
        vals = list(group)
        width = width if width is not None else (vals.pop(0) if vals else None)
        height = height if height is not None else (vals.pop(0) if vals else None)
        thick = thick if thick is not None else (vals.pop(0) if vals else None)
        length = length if length is not None else (vals.pop(0) if vals else None)
    width = width if width is not None else take_loose(spec)
    height = height if height is not None else take_loose(spec)
    if thick is None and spec.loose and spec.loose[0] < min(width or 1e9, height or 1e9) / 2:
        thick = take_loose(spec)
    length = length if length is not None else take_loose(spec)
    if width is None:
        notes.assume("section width", 40.0, main=True)
    w = positive(width, 40.0, "section width", notes) if width is not None else 40.0
    h = positive(height, w if kind != "channel" else r4(w * 0.6), "section height", notes)
    t = positive(thick, r4(max(1.5, round(min(w, h) * 0.1, 1))), "section thickness", notes)
    length = positive(length, r4(max(w, h) * 5), "length", notes)
    if kind == "channel" and (2 * t >= w or t >= h):
        raise Impossible(f"a {t:g} mm thick channel needs more than {2 * t:g} mm of width and {t:g} mm of height "
                         f"(it is {w:g} x {h:g})")
    if kind == "tee" and (t >= w or t >= h):
        raise Impossible(f"a {t:g} mm thick tee needs a flange wider and a stem taller than {t:g} mm (it is {w:g} x {h:g})")
    if kind == "i_beam" and (t >= w or 2 * t >= h):
        raise Impossible(f"a {t:g} mm thick I-beam needs flanges wider than {t:g} mm and a depth over {2 * t:g} mm "
                         f"(it is {w:g} x {h:g})")
    notes.add(f"{kind.replace('_', '-')} section {w:g} x {h:g} x {t:g} mm, sharp corners (no root radii)")
    return [P("kind", _KIND_CODE[kind], "0 channel (U), 1 tee, 2 I-beam"),
            P("section_width", r4(w), "mm, across the base (channel) or the flange (tee, I-beam)"),
            P("section_height", r4(h), "mm, overall height of the section"),
            P("thickness", r4(t), "mm, web and flange thickness"),
            P("length", r4(length), "mm, cut length (Z)")]


def open_section_body(values: dict[str, float | int | bool], output_type: str, spec: PartSpec | None = None) -> str:
    return """
w, h, t = section_width, section_height, thickness
if kind == 0:    # U channel: base along X, legs up
    pts = [(-w / 2, 0), (w / 2, 0), (w / 2, h), (w / 2 - t, h), (w / 2 - t, t), (-w / 2 + t, t), (-w / 2 + t, h), (-w / 2, h)]
elif kind == 1:  # tee: flange on top, stem down the middle
    pts = [(-w / 2, h), (w / 2, h), (w / 2, h - t), (t / 2, h - t), (t / 2, 0), (-t / 2, 0), (-t / 2, h - t), (-w / 2, h - t)]
else:            # I-beam: two flanges and a web
    pts = [(-w / 2, 0), (w / 2, 0), (w / 2, t), (t / 2, t), (t / 2, h - t), (w / 2, h - t), (w / 2, h), (-w / 2, h),
           (-w / 2, h - t), (-t / 2, h - t), (-t / 2, t), (-w / 2, t)]
section = make_face(Polyline(*pts, close=True))
""" + ("result = section\n" if output_type == "2d_vector" else "result = extrude(section, length)\n")


EXAMPLES = (
    Example("U channel 40 wide x 25 high outside, 3 mm thick, 200 long", (25, 40, 200), 50400, 0),
    Example("tee section 50 wide 40 tall 5 thick 200 long", (40, 50, 200), 85000, 0),
    Example("C channel 100x50x5, 300 long", (50, 100, 300), 285000, 0),
    Example("I-beam 100 high, 60 wide flanges, 6 thick, 500 long", (60, 100, 500), 624000, 0),
    Example("DXF of a U channel section 40 wide 25 high 3 thick", None, None, None, "2d_vector"),
)

FAMILY = Family("open_section", "U / C channel, tee or I-beam cut to length", ("3d_solid", "2d_vector"), open_section_params,
                open_section_body, vocabulary=VOCABULARY, match=match, examples=EXAMPLES)

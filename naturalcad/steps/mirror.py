"""Mirroring the part so far, and the coordinates a mirror is measured in.

"Mirror the block and boss about the YZ plane", "mirror everything across the plane X = 0": the part
and its image about a named plane. A mirror only makes sense in the writer's own coordinates, so a
base body placed by them ("a block that runs from X = 0 to X = 30, centred on Y = 0", "a plate with
one corner at the origin") is built where they put it; read.py then places later steps from there.
"""

from __future__ import annotations

import re

Point = tuple[float, float]

_SIGNED = r"([+-]?\d+(?:\.\d+)?)"
MIRROR = re.compile(r"\bmirror(?:ed|ing|s)?\b", re.I)
_PLANE = re.compile(r"\b(?:about|across|in|through|over|on)\s+(?:the\s+)?(?:(YZ|XZ|ZX|XY|ZY|YX)(?:[- ]plane)?\b|plane\s+([XYZ])\s*=\s*" + _SIGNED
                    + r"|([XYZ])\s*=\s*" + _SIGNED + r"\s*plane)", re.I)


def mirror_plane(text: str) -> tuple[str, float] | None:
    """The plane a step mirrors the part about, as a build123d plane name and its offset along its normal;
    None when the step mirrors nothing or names a feature ('mirror the hole' is a hole pattern, not this)."""
    if not MIRROR.search(text) or re.search(r"\b(?:holes?|slots?|pockets?|profile|sketch|half)\b", text, re.I):
        return None
    m = _PLANE.search(text)
    if not m:
        return None
    if m.group(1):
        name = m.group(1).upper()
        name = {"ZX": "XZ", "ZY": "YZ", "YX": "XY"}.get(name, name)
        return name, 0.0
    axis, at = (m.group(2), m.group(3)) if m.group(2) else (m.group(4), m.group(5))
    return {"X": "YZ", "Y": "XZ", "Z": "XY"}[axis.upper()], float(at)


# "mirror about the other end (the 30 x 10 face)", "Mirror about the inner end face", "mirror it about its far end"
_END = re.compile(r"\b(?:about|across|on|at|through|over)\s+(?:the\s+|its\s+)?(inner|other|near|start|left|first|outer|far|right)\s+end(?:\s+face)?\b", re.I)


def end_plane(text: str) -> int | None:
    """Which end of the part (along X) a mirror is about: -1 the inner / other / near end, +1 the outer / far end;
    None when the step mirrors about no named end ('about the end face' alone does not say which)."""
    if not MIRROR.search(text) or re.search(r"\b(?:holes?|slots?|pockets?|profile|sketch)\b", text, re.I):
        return None
    m = _END.search(text)
    if not m:
        return None
    return 1 if m.group(1).lower() in ("outer", "far", "right") else -1


def _span(axis: str, text: str) -> tuple[float, float] | None:
    m = re.search(rf"\bfrom\s+{axis}\s*=\s*{_SIGNED}\s*(?:mm\s*)?to\s+(?:{axis}\s*=\s*)?{_SIGNED}", text, re.I) or re.search(
        rf"\b{axis}\s*=\s*{_SIGNED}\s*(?:mm\s*)?to\s+{axis}\s*=\s*{_SIGNED}", text, re.I)
    if not m:
        return None
    lo, hi = sorted((float(m.group(1)), float(m.group(2))))
    return (lo, hi) if hi > lo else None


def placed_centre(text: str, size: Point) -> Point | None:
    """Where the writer put a base body's plan centre ('runs from X = 0 to X = 30 and is centred on Y = 0',
    'one corner at the origin'), when they did and the spans agree with its size; None otherwise."""
    centre = [0.0, 0.0]
    said = False
    if re.search(r"\b(?:one|a|its) corner (?:is )?at the origin\b", text, re.I):
        centre, said = [size[0] / 2, size[1] / 2], True
    for k, axis in enumerate("XY"):
        span = _span(axis, text)
        if span and abs((span[1] - span[0]) - size[k]) < 1e-6:
            centre[k], said = (span[0] + span[1]) / 2, True
        at = re.search(rf"\bcent(?:re|er)d?\s+on\s+{axis}\s*=\s*{_SIGNED}", text, re.I)
        if at:
            centre[k] = float(at.group(1))
    return (centre[0], centre[1]) if said else None


def mirrored_point(p: Point, plane: str, at: float) -> Point:
    if plane == "YZ":
        return (2 * at - p[0], p[1])
    if plane == "XZ":
        return (p[0], 2 * at - p[1])
    return p


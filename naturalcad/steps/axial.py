"""Holes along a named axis, placed by coordinates and heights: the drill's direction and its station.

Writers of modelling steps say where a hole goes the way a CAD sketch would: its direction
("along X", "parallel to the Y axis", "in the X direction", "vertically", "through the 30 mm
depth", "along its length") and its place by coordinates ("at X = 32", "at height Z = 38",
"X = 100, Y = 20 and Y = 60") or by distances from faces ("its axis 25 mm above the base",
"12 mm from the -X face", "centred in Y", "centred across the width", "at mid-length").
This module reads that grammar into plain stations; read.py turns them into ops.Holes.

Coordinates are the writer's: a part sketched from one corner at the origin is shifted to the
reader's centred frame here, and a profile keeps the writer's (X, Z) as its emitted frame does.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .text import NUM

_AXIS_WORD = re.compile(
    r"\b(?:along|parallel to|in|on)\s+(?:the\s+)?([XYZ])(?:[- ]?axis|\s+direction)\b(?!\s*=)"
    r"|\b(?:along|parallel to)\s+(?:the\s+)?([XYZ])\b(?!\s*=)"
    r"|\b([XYZ])[- ]direction\b", re.I)
_DIM = {"length": "long", "long": "long", "width": "wide", "wide": "wide", "depth": "deep", "deep": "deep",
        "thickness": "thick", "thick": "thick", "height": "tall", "tall": "tall"}
_COORD = re.compile(r"(?<![\w.])([XYZ])\s*=\s*(\+/-\s*|-)?\s*(\d+(?:\.\d+)?)(?:\s*mm)?", re.I)
_FACE_SIGN = {"left": ("X", -1), "right": ("X", 1), "front": ("Y", -1), "back": ("Y", 1), "rear": ("Y", 1)}


@dataclass
class Frame:
    """What the stations are measured against: the part's box and where the writer's origin is."""

    x: float
    y: float
    z: float
    z0: float = 0.0
    corner_origin: bool = False
    profile: bool = False  # an extruded XZ profile: writer's X is kept, Y is centred
    x_min: float = 0.0  # profile only: the profile's smallest X


@dataclass
class AxisHoles:
    axis: str  # X | Y | Z: the drill's direction
    stations: list[tuple[float, float]]  # Z holes (x, y); X holes (y, z); Y holes (x, z), in the reader's frame
    said: str  # "along Y at X = 70, Z = 10"
    used: dict[float, str] = field(default_factory=dict)  # value -> role, every number this grammar bound
    assumed: list[str] = field(default_factory=list)  # a station the words left open, taken as the middle


def direction(text: str, frame: Frame) -> str | None:
    """The hole's axis when the words name it; None when they do not."""
    m = _AXIS_WORD.search(text)
    if m:
        return (m.group(1) or m.group(2) or m.group(3)).upper()
    run = _RUNS.search(text)
    if run:  # "front to back", "side to side": the way a workshop names the drill's direction
        return "Y" if re.match(r"(?:front|back|rear)", run.group(0), re.I) else "X"
    if re.search(r"\bvertically\b|\bvertical\s+(?:\w+\s+)?(?:holes?|bores?)\b|\bparallel to Z\b|\bfrom (?:the )?top (?:face )?(?:to|down to) (?:the )?bottom\b", text, re.I):
        return "Z"
    through = re.search(r"\bthrough (?:the )?(?:full |whole |entire )?(?:(\d+(?:\.\d+)?)\s*mm\s*)?(length|width|depth|thickness)\b", text, re.I) or \
        re.search(r"\b(?:running|runs|run)\s+(?:along\s+)?the\s+(?:full|whole|entire)\s+(?:(\d+(?:\.\d+)?)\s*(?:mm\s*)?)?(length|width|depth)\b", text, re.I)
    if through and re.search(r"\b(?:through|runs?|running|passes|passing|goes)\b", text, re.I):
        if through.group(1):
            size = float(through.group(1))
            for axis, extent in (("X", frame.x), ("Y", frame.y), ("Z", frame.z)):
                if abs(extent - size) < 1e-6:
                    return axis
        word = through.group(2).lower()
        return {"length": "X", "width": "Y", "depth": "Y", "thickness": "Y" if frame.profile else "Z"}[word]
    if re.search(r"\balong (?:its|the) (?:whole |full )?length\b", text, re.I):
        return "X"
    if _LONG_WAY.search(text):
        return "X" if frame.x >= frame.y else "Y"  # "all the way through the long way": along the longest side
    if re.search(r"\bhorizontally\b|\bhorizontal\s+(?:\w+\s+)?(?:holes?|bores?)\b|\bcross[- ]?(?:hole|drill\w*)\b|\bsideways\b", text, re.I):
        return "X" if frame.profile or frame.y <= 0 else None
    return None


# "all the way through the long way", "lengthwise", "through both end faces": along the longest side
_LONG_WAY = re.compile(r"\b(?:the long way|lengthwise|lengthways|longitudinally)\b|\bthrough (?:both |the (?:two )?)?end faces\b", re.I)
# "in the centre of the 30 x 20 end faces", "centred on the end faces": both stations are the face's middle
_END_CENTRE = re.compile(r"\bin the cent(?:re|er) of (?:the |both |each )?(?:[\w.]+ ){0,5}?end faces?\b|\bcent(?:red|ered) on (?:the |both |each )?end faces?\b", re.I)


# "goes front to back", "side to side", "from end to end": a direction in the part's own words
_RUNS = re.compile(r"\b(?:from\s+)?(?:front\s+to\s+(?:the\s+)?back|back\s+to\s+(?:the\s+)?front|rear\s+to\s+(?:the\s+)?front|"
                   r"side\s+to\s+side|left\s+to\s+right|right\s+to\s+left|end\s+to\s+end)\b", re.I)


def _shift(axis: str, value: float, frame: Frame) -> float:
    """The writer's coordinate in the reader's frame (a corner origin moves to the centre)."""
    if axis == "Z":
        return value
    if frame.profile:
        return value  # the profile is emitted at the writer's X, its extrusion centred on Y = 0
    if frame.corner_origin:
        return value - (frame.x if axis == "X" else frame.y) / 2
    return value


def _unshift(axis: str, value: float, frame: Frame) -> float:
    """Back to the writer's coordinate, for the reading."""
    if axis == "Z" or frame.profile or not frame.corner_origin:
        return value
    return value + (frame.x if axis == "X" else frame.y) / 2


def _centre(axis: str, frame: Frame) -> float:
    if axis == "Z":
        return frame.z0 + frame.z / 2
    if frame.profile and axis == "X":
        return frame.x_min + frame.x / 2
    return 0.0


def _from_faces(text: str, frame: Frame, used: dict[float, str]) -> dict[str, float]:
    """'25 mm above the base', '7 mm below the top', '12 mm from the -X face', 'centred in Y', 'at mid-length'."""
    got: dict[str, float] = {}
    up = re.search(NUM + r"\s*(?:mm\s*)?(?:above|up from|from|over)\s+(?:the|its)\s+(?:bottom|base|underside|floor)(?:\s+face)?", text, re.I) or \
        re.search(r"\b(?:axis|centre|center)\s*(?:line\s*)?(?:is\s*|lies\s*|sits\s*)?(?:at\s*)?" + NUM + r"\s*(?:mm\s*)?(?:above|up|high)\b", text, re.I) or \
        re.search(r"\bat (?:a )?height\s*(?:of\s*)?" + NUM, text, re.I)
    if up:
        got["Z"] = frame.z0 + float(up.group(1))
        used[float(up.group(1))] = "hole_height"
    down = re.search(NUM + r"\s*mm\s*(?:below|down from|under)\s+(?:the|its)\s+top(?:\s+face)?", text, re.I)
    if down and "Z" not in got:
        got["Z"] = frame.z0 + frame.z - float(down.group(1))
        used[float(down.group(1))] = "hole_depth_below_top"
    for m in re.finditer(NUM + r"\s*mm\s*(?:in\s*)?from\s+the\s+([+-])\s*([XY])\s*(?:face|end|side)", text, re.I):
        axis, d = m.group(3).upper(), float(m.group(1))
        half = (frame.x if axis == "X" else frame.y) / 2
        got[axis] = (half - d) if m.group(2) == "+" else (d - half)
        used[d] = "hole_offset"
    for m in re.finditer(NUM + r"\s*mm\s*(?:in\s*)?from\s+the\s+(left|right|front|back|rear)\s+(?:face|end|side|edge)", text, re.I):
        axis, sign = _FACE_SIGN[m.group(2).lower()]
        d = float(m.group(1))
        half = (frame.x if axis == "X" else frame.y) / 2
        got[axis] = sign * (half - d)
        used[d] = "hole_offset"
    for m in re.finditer(r"\bcent(?:re|er)d?\s+(?:in|along|on|across)\s+(?:the\s+)?(?:(\d+(?:\.\d+)?)\s*mm\s+)?([XYZ]\b|length|width|depth|thickness|height)", text, re.I):
        word = m.group(2).lower()
        axis = word.upper() if len(word) == 1 else {"length": "X", "width": "Y", "depth": "Y", "thickness": "Y", "height": "Z"}[word]
        if m.group(1):
            size = float(m.group(1))
            axis = next((a for a, e in (("X", frame.x), ("Y", frame.y), ("Z", frame.z)) if abs(e - size) < 1e-6), axis)
            used[size] = "total (agrees with the part)"
        got.setdefault(axis, _centre(axis, frame))
    if re.search(r"\bat mid-?length\b|\bhalf ?way along\b", text, re.I):
        got.setdefault("X", _centre("X", frame))
    if re.search(r"\bat mid-?height\b|\bhalf ?way up\b", text, re.I):
        got.setdefault("Z", _centre("Z", frame))
    if _RUNS.search(text) and re.search(r"\bthrough (?:the |its )?(?:\w+'s )?(?:centre|center|middle)\b|\bthrough the (?:centre|center|middle) of\b", text, re.I):
        got.setdefault("Z", _centre("Z", frame))  # "front to back, through the cube's centre": the body's middle
        got.setdefault("X", _centre("X", frame))
    return got


def stations(text: str, frame: Frame, count: int | None, fallback_axis: str | None = None) -> AxisHoles | None:
    """The holes' axis and stations when the words give coordinates or a named direction; None otherwise.

    'at X = 100, Y = 20 and Y = 60': a coordinate said once holds for every station, one said several
    times makes one station each. A coordinate the step does not give is the part's middle only when
    the step says so ('centred in Y'); otherwise the grammar gives up and the caller's rules decide.
    """
    axis = direction(text, frame) or fallback_axis
    coords = [(m.group(1).upper(), m.group(2) or "", float(m.group(3))) for m in _COORD.finditer(text)]
    named_axis = bool(_AXIS_WORD.search(text)) or bool(_RUNS.search(text)) or bool(_LONG_WAY.search(text)) or (axis == "Z" and bool(re.search(r"\bvertically\b|\bvertical\s+(?:\w+\s+)?(?:holes?|bores?)\b", text, re.I)))
    used: dict[float, str] = {}
    fixed = _from_faces(text, frame, used)
    sideways = axis in ("X", "Y") and "Z" in fixed  # "runs horizontally through the 40 mm depth, 28 mm above the base"
    if not coords and not named_axis and not sideways:
        return None
    through = re.search(r"\bthrough (?:the )?(?:full |whole |entire )?(\d+(?:\.\d+)?)\s*mm\s*(?:length|width|depth|thickness)\b", text, re.I)
    if through:
        used[float(through.group(1))] = "total (agrees with the part)"
    lists: dict[str, list[float]] = {}
    for letter, sign, value in coords:
        used[value] = f"hole_{letter.lower()}"
        if sign.startswith("+/-") and axis_for_pm_given(text):
            lists.setdefault(letter, []).extend([_shift(letter, -value, frame), _shift(letter, value, frame)])
        elif sign.startswith("+/-"):
            return None  # 'X = +/-30, Y = +/-20': a pattern of four in the plan, read by the plan rules
        else:
            lists.setdefault(letter, []).append(_shift(letter, -value if sign == "-" else value, frame))
    if axis is None:
        if "Z" in lists or "Z" in fixed:
            return None  # a sideways hole whose direction the words do not give: not guessed here
        axis = "Z"
    if axis in lists:
        # "along X at X = 55": a coordinate on the drill's own axis is where it starts, not a station
        return None
    plane = {"Z": ("X", "Y"), "X": ("Y", "Z"), "Y": ("X", "Z")}[axis]
    assumed: list[str] = []
    for letter in plane:
        if letter not in lists and letter in fixed:
            lists[letter] = [fixed[letter]]
    if axis != "Z" and _END_CENTRE.search(text):
        for letter in plane:
            lists.setdefault(letter, [_centre(letter, frame)])
    if any(letter not in lists for letter in plane):
        if axis == "Z" or (not coords and not fixed and not _LONG_WAY.search(text)):
            return None  # a vertical hole without both plan coordinates: the plan rules place it
        for letter in plane:  # a sideways hole: the middle of what the words leave open, said so
            if letter not in lists:
                lists[letter] = [_centre(letter, frame)]
                assumed.append(f"the {axis} hole's {letter} station is the part's middle (the step gives none)")
    a, b = lists[plane[0]], lists[plane[1]]
    if len(a) == len(b):
        pts = list(zip(a, b, strict=True))
    elif len(a) == 1:
        pts = [(a[0], v) for v in b]
    elif len(b) == 1:
        pts = [(u, b[0]) for u in a]
    else:
        pts = [(u, v) for v in b for u in a]  # "X = 25, 75, 125 and Y = 20, 80" style grid
    if count and count != len(pts):
        return None
    said = ("vertically" if axis == "Z" else f"along {axis}") + " at " + "; ".join(
        f"{plane[0]} = {_g(_unshift(plane[0], u, frame))}, {plane[1]} = {_g(_unshift(plane[1], v, frame))}" for u, v in pts)
    return AxisHoles(axis, pts, said, used, assumed)


def axis_for_pm_given(text: str) -> bool:
    """'+/-' stations count here only for a sideways hole ('along X at Y = +/-12, Z = 20'): two holes."""
    return bool(_AXIS_WORD.search(text)) and len(re.findall(r"\+/-", text)) == 1


def _g(v: float) -> str:
    return f"{round(v, 3):g}"


_SIDE_FACE = re.compile(r"\b(?:on|from|out of|to)\s+(?:its|the|that|this|their)\s+(?:([+-])\s*([XY])|(front|back|rear|left|right)(?:[- ]hand)?)"
                        r"(?:\s+(?:side|end))?\s+face\b", re.I)


def side_face(text: str) -> tuple[str, int] | None:
    """The side face a feature is on: 'on its +X face' ('X', 1), 'on the front face' ('Y', -1)."""
    m = _SIDE_FACE.search(text)
    if not m:
        return None
    if m.group(2):
        return m.group(2).upper(), 1 if m.group(1) == "+" else -1
    return _FACE_SIGN[m.group(3).lower()]


def face_height(text: str, frame: Frame) -> tuple[float, dict[float, str]] | None:
    """The height of a side feature's axis when the step gives one ('its axis 20 mm above the base')."""
    used: dict[float, str] = {}
    got = _from_faces(text, frame, used)
    if "Z" in got:
        return got["Z"], used
    coords = [(m.group(1).upper(), float(m.group(3))) for m in _COORD.finditer(text) if not m.group(2)]
    z = next((v for a, v in coords if a == "Z"), None)
    return (z, {z: "boss_height_of_axis"}) if z is not None else None

"""Where features go on a face, from the words people use to locate them.

Holes and bosses are placed in the plan of the part so far (X along its length, Y across,
origin at the centre, see ops.py): "20 mm from the left edge and 30 mm from the front edge",
"one in each corner, 7 mm from each of the two adjacent edges", "each 1 inch in from a short
end", "on the long centre line, one in the middle and one 25 mm from each end", "at X = 20,
Y = 25" from a corner origin, "at X = +/-27, Y = +/-17 from the centre". Each reader answers
only when the words say where every announced feature goes; otherwise the older rules in
read.py are tried.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .text import NUM, first

Point = tuple[float, float]

_WORDS_N = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
_COUNT_RE = r"(\d+|one|two|three|four|five|six|seven|eight|nine|ten)"

_SIDES = {"left": ("x", -1), "right": ("x", 1), "front": ("y", -1), "back": ("y", 1), "rear": ("y", 1),
          "near": ("y", -1), "far": ("y", 1), "bottom": ("y", -1), "top": ("y", 1), "lower": ("y", -1), "upper": ("y", 1)}
# "20 mm from the left edge", "30 mm in from the front side", "15 mm from the right end"
_FROM_SIDE = re.compile(NUM + r"\s*mm\s*(?:in\s*)?from\s*(?:the\s*)?(left|right|front|back|rear|near|far|bottom|top|lower|upper)\s*"
                        r"(?:long\s*|short\s*)?(edge|side|end)s?\b(?!\s*face)", re.I)
# "one in each corner ... 7 mm from each of the two adjacent edges", "8 mm from the two edges that meet there"
_CORNER_OFFSET = re.compile(NUM + r"\s*mm\s*(?:in\s*)?from\s*(?:each of\s*|both of\s*)?(?:the\s*|both\s*)?(?:two\s*)?"
                            r"(?:adjacent\s*|nearest\s*|neighbouring\s*|neighboring\s*)?(?:edges|sides)\b", re.I)
# "each 1 inch in from a short end", "15 mm in from each end", "20 mm from either end"
_FROM_ENDS = re.compile(NUM + r"\s*mm\s*(?:in\s*)?from\s*(?:one of the|one of its|each|both|either|an|a|the|its|their)\s*"
                        r"(?:short\s*|two\s*|of the\s*)?(?:end|short edge|short side)s?\b", re.I)
_SYMMETRIC = re.compile(r"\bX\s*=\s*(?:\+/-|±)\s*" + NUM + r"\s*(?:mm)?\s*,?\s*(?:and\s*)?Y\s*=\s*(?:\+/-|±)\s*" + NUM, re.I)
_XY = re.compile(r"\bX\s*=\s*(-?\d+(?:\.\d+)?)\s*(?:mm)?\s*,?\s*(?:and\s*)?Y\s*=\s*(-?\d+(?:\.\d+)?)", re.I)
# words that start the place of one of several features: "one 10 mm from ...", "a second ... ", "the other ..."
_EACH_ONE = re.compile(r"\b(?:one|a second|the second|another|the other|a third|the third)\b(?!\s+(?:in each|at each|near each|per))", re.I)


@dataclass(frozen=True)
class Face:
    """The plan the features are placed on: its size, and whether coordinates are from a corner."""

    length: float  # X
    width: float   # Y
    corner_origin: bool = False
    at_origin: bool = True  # the face's centre is the origin (False: the writer placed the part, its numbers are world X, Y)


def _fmt(v: float) -> str:
    return f"{round(v, 3):g}"


def located(text: str, face: Face, n: int | None) -> tuple[list[Point], str] | None:
    """The places of `n` features (None: not announced) on the face, or None when the words do not say."""
    if face.length <= 0 or face.width <= 0:
        return None
    for rule in (_symmetric, _coordinates, _axis_row, _edge_pair, _all_edges, _in_corners, _on_rectangle, _grid, _stations, _spaced_from_ends,
                 _from_ends, _per_feature):
        got = rule(text, face, n)
        if got is not None:
            return got
    return None


# "15 mm from the short edges and 12 mm from the long edges", "20 mm from the 90 mm ends and 15 mm from the 160 mm
# sides", "12 mm from the long sides, 15 mm from the short ones": one offset measured along each axis, a hole near each corner
_EDGE_KIND = r"(short|long|narrow|wide|end|side|\d+(?:\.\d+)?\s*mm|\d+(?:\.\d+)?)"
_OFFSET_FROM = re.compile(NUM + r"\s*mm\s*(?:in\s*)?from\s*(?:the\s*|both\s*|each\s*|either\s*)?(?:two\s*)?" + _EDGE_KIND
                          + r"\s*(?:(?:long|short)\s*)?(edges?|sides?|ends?|ones)\b(?!\s*face)", re.I)


def _offset_axis(kind: str, noun: str, face: Face) -> str | None:
    """Which plan coordinate a distance from these edges fixes: from a short edge or an end, X; from a long side, Y."""
    k, noun = kind.lower().strip(), noun.lower()
    size = re.match(r"(\d+(?:\.\d+)?)", k)
    if size:
        v = float(size.group(1))
        if abs(v - face.width) < 1e-6 and abs(v - face.length) > 1e-6:
            return "x"  # the edge as long as the width: a short edge
        if abs(v - face.length) < 1e-6 and abs(v - face.width) > 1e-6:
            return "y"
        return None
    if k in ("short", "narrow", "end") or (k in ("side",) and noun.startswith("end")):
        return "x"
    if k in ("long", "wide", "side"):
        return "y"
    return None


def edge_offsets(text: str, face: Face) -> dict[str, float]:
    """The distances in from the short and the long edges a sentence gives, by the coordinate each fixes."""
    out: dict[str, float] = {}
    for m in _OFFSET_FROM.finditer(text):
        kind, noun = m.group(2), m.group(3)
        if noun.lower() == "ones":  # "... from the short ones": the noun said before
            noun = "edges"
        if noun.lower().startswith("end") and not re.match(r"\d|short|narrow", kind, re.I):
            kind = "end"
        axis = _offset_axis(kind, noun, face)
        if axis and axis not in out:
            out[axis] = float(m.group(1))
    return out


def _edge_pair(text: str, face: Face, n: int | None) -> tuple[list[Point], str] | None:
    if (n or 4) != 4:
        return None
    off = edge_offsets(text, face)
    if set(off) != {"x", "y"}:
        return None
    ax, ay = face.length / 2 - off["x"], face.width / 2 - off["y"]
    if ax <= 0 or ay <= 0:
        return None
    return ([(-ax, -ay), (ax, -ay), (ax, ay), (-ax, ay)],
            f"near the corners, {_fmt(off['x'])} mm from the short edges and {_fmt(off['y'])} mm from the long edges")


# "10 mm in from each edge", "8 mm from all edges", "12 mm from every side": four holes, one near each corner
_ALL_EDGES = re.compile(NUM + r"\s*mm\s*(?:in\s*)?from\s*(?:each|every|all|all four|the four|all the|the)\s*(?:outside\s*|outer\s*)?(?:edges?|sides?)\b", re.I)


def _all_edges(text: str, face: Face, n: int | None) -> tuple[list[Point], str] | None:
    m = _ALL_EDGES.search(text)
    if n != 4 or not m or edge_offsets(text, face):
        return None
    off = float(m.group(1))
    ax, ay = face.length / 2 - off, face.width / 2 - off
    if ax <= 0 or ay <= 0:
        return None
    return [(-ax, -ay), (ax, -ay), (ax, ay), (-ax, ay)], f"near the corners, {_fmt(off)} mm in from the edges"


_ROWS = re.compile(r"\b" + _COUNT_RE + r"\s+rows?\s+of\s+" + _COUNT_RE + r"\b|\b" + _COUNT_RE + r"\s*(?:x|by)\s*" + _COUNT_RE
                   + r"\s*(?:grid|array|pattern|matrix)\b|\bgrid of\s+" + _COUNT_RE + r"\s*(?:x|by)\s*" + _COUNT_RE, re.I)


def _num(word: str) -> int:
    return int(word) if word.isdigit() else _WORDS_N[word.lower()]


def _grid(text: str, face: Face, n: int | None) -> tuple[list[Point], str] | None:
    """'in two rows of three, 30 mm apart in X and 30 mm apart in Y', 'a 3 x 2 grid at 25 mm pitch', centred on the face."""
    m = _ROWS.search(text)
    if not m:
        return None
    g = [x for x in m.groups() if x]
    if m.group(1):
        rows, cols = _num(g[0]), _num(g[1])
    else:
        cols, rows = _num(g[0]), _num(g[1])
    if n and n != rows * cols:
        return None
    px = first(NUM + r"\s*mm\s*(?:apart\s*)?(?:in|along)\s*X\b", text)
    py = first(NUM + r"\s*mm\s*(?:apart\s*)?(?:in|along)\s*Y\b", text)
    both = first(NUM + r"\s*mm\s*(?:pitch|apart|spacing|centres|centers)", text) or first(r"(?:pitch|spacing|spaced)\s*(?:of\s*|at\s*)?" + NUM, text)
    px, py = px or both, py or both
    if not (px and py):
        return None
    pts = [((i - (cols - 1) / 2) * px, (j - (rows - 1) / 2) * py) for j in range(rows) for i in range(cols)]
    if any(abs(x) >= face.length / 2 or abs(y) >= face.width / 2 for x, y in pts):
        return None
    return pts, f"a grid of {rows} rows × {cols}, {_fmt(px)} mm apart in X and {_fmt(py)} mm in Y, centred"


# "at 20 mm and 60 mm from the left edge", "at 15, 45 and 75 mm from one end": stations along the length
_STATIONS = re.compile(r"\bat\s*((?:\d+(?:\.\d+)?\s*(?:mm)?\s*(?:,|and)\s*)+\d+(?:\.\d+)?)\s*mm\s*from\s*(?:the\s*)?(left|right|one|front|back)"
                       r"\s*(?:edge|side|end)\b", re.I)


def _stations(text: str, face: Face, n: int | None) -> tuple[list[Point], str] | None:
    m = _STATIONS.search(text)
    if not m:
        return None
    at = [float(v) for v in re.findall(r"\d+(?:\.\d+)?", m.group(1))]
    if n and n != len(at):
        return None
    side = m.group(2).lower()
    along_x = side in ("left", "right", "one")
    half = face.length / 2 if along_x else face.width / 2
    sign = 1 if side in ("right", "back") else -1
    coords = [sign * (half - d) for d in at]
    rest = text[: m.start()] + text[m.end():]
    other = 0.0
    sides, _said = _sides(rest, face)
    if along_x and "y" in sides:
        other = sides["y"]
    elif not along_x and "x" in sides:
        other = sides["x"]
    off = edge_offsets(rest, face)
    if along_x and "y" in off and not re.search(r"cent(?:re|er) ?line", rest, re.I):
        other = -(face.width / 2 - off["y"])
    pts = [(c, other) if along_x else (other, c) for c in coords]
    return pts, "at {} mm from the {} {}".format(", ".join(_fmt(d) for d in at), side, "end" if side == "one" else "edge")


# "on a 70 x 40 mm rectangle", "on the corners of a 50 mm square": four holes at the corners of a centred rectangle
_ON_RECT = re.compile(r"\bon\s+(?:the\s+corners\s+of\s+)?an?\s*" + NUM + r"\s*(?:mm)?\s*(?:x\s*" + NUM + r"\s*(?:mm)?\s*)?(square|rectangle)\b", re.I)


def _on_rectangle(text: str, face: Face, n: int | None) -> tuple[list[Point], str] | None:
    m = _ON_RECT.search(text)
    if not m or (n or 4) != 4:
        return None
    a = float(m.group(1))
    b = float(m.group(2)) if m.group(2) else a
    if (face.length >= face.width) != (a >= b):
        a, b = b, a
    if a >= face.length or b >= face.width:
        return None
    return [(sx * a / 2, sy * b / 2) for sx, sy in ((-1, -1), (1, -1), (1, 1), (-1, 1))], f"on the corners of a {_fmt(a)} × {_fmt(b)} mm rectangle"


# "three holes evenly spaced along the centre line, the end ones 20 mm from each end": the row spans the length less both margins
_EVENLY = re.compile(r"\b(?:evenly|equally|uniformly)\s+spaced\b|\bat equal (?:spacing|intervals)\b", re.I)


def _spaced_from_ends(text: str, face: Face, n: int | None) -> tuple[list[Point], str] | None:
    m = _FROM_ENDS.search(text)
    if not n or n < 3 or not m or not _EVENLY.search(text) or re.search(r"\bpitch|apart|spacing of|centres\b", text, re.I):
        return None
    d = float(m.group(1))
    span = face.length - 2 * d
    if span <= 0:
        return None
    step = span / (n - 1)
    return [(-span / 2 + i * step, 0.0) for i in range(n)], f"{n} evenly spaced on the centre line, the end ones {_fmt(d)} mm from each end"


def _symmetric(text: str, face: Face, n: int | None) -> tuple[list[Point], str] | None:
    m = _SYMMETRIC.search(text)
    if not m or (n or 4) != 4:
        return None
    ax, ay = float(m.group(1)), float(m.group(2))
    return [(-ax, -ay), (ax, -ay), (ax, ay), (-ax, ay)], f"at X ±{_fmt(ax)}, Y ±{_fmt(ay)} mm from the centre"


# "measured from the plate's lower-left corner", "relative to one corner of the plate"
_CORNER_SAID = re.compile(r"\b(?:from|relative to|measured from)\s+(?:the\s+|one\s+|a\s+|its\s+)?(?:\w+'s\s+)?"
                          r"(?:(?:lower|bottom)[- ](?:left|right)\s+|(?:near|first)\s+)?corner\b", re.I)


def corner_said(text: str) -> bool:
    """Whether the words put the coordinates' origin at a corner of the face."""
    return bool(_CORNER_SAID.search(text))


def only_from_a_corner(pts: list[Point], face: Face) -> bool:
    """Coordinates that fall off the face measured from its centre but all on it measured from a corner
    (Text2CAD's sketches start at the origin): they can only be from the corner."""
    if not face.at_origin:
        return False  # a plate laid with its corner at the origin: X = 30, Y = 15 are already where they are typed
    ax, ay, eps = face.length / 2, face.width / 2, 1e-9
    off = any(abs(x) > ax + eps or abs(y) > ay + eps for x, y in pts)
    return off and all(-eps <= x <= face.length + eps and -eps <= y <= face.width + eps for x, y in pts)


def _coordinates(text: str, face: Face, n: int | None) -> tuple[list[Point], str] | None:
    pts = [(float(a), float(b)) for a, b in _XY.findall(text)]
    if not pts or (n and n != len(pts)):
        return None
    said = ", ".join(f"X = {_fmt(x)}, Y = {_fmt(y)}" for x, y in pts)
    if face.corner_origin or re.search(r"from (?:the|that|its) corner|corner at the origin", text, re.I) or corner_said(text) \
            or only_from_a_corner(pts, face):
        pts = [(x - face.length / 2, y - face.width / 2) for x, y in pts]
        said += " from the corner"
    return pts, "at " + said


# "at x = -12 and +12 on the centreline", "at X = -50, -25, 0, 25, 50": stations on X from the centre, Y = 0
_AXIS_ROW = re.compile(r"\bat\s+X\s*=\s*([-+]?\d+(?:\.\d+)?)(?:\s*mm)?((?:\s*(?:,|and|&)\s*(?:X\s*=\s*)?[-+]?\d+(?:\.\d+)?(?:\s*mm)?)+)"
                       r"(?!\s*,?\s*(?:and\s*)?Y\s*=)", re.I)


def _axis_row(text: str, face: Face, n: int | None) -> tuple[list[Point], str] | None:
    """Signed stations along X, measured from the centre of the face, on its centre line."""
    m = _AXIS_ROW.search(text)
    if not m or face.corner_origin or corner_said(text):
        return None
    xs = [float(m.group(1))] + [float(v) for v in re.findall(r"[-+]?\d+(?:\.\d+)?", m.group(2))]
    if (n and n != len(xs)) or len(set(xs)) != len(xs):
        return None
    return [(x, 0.0) for x in xs], "at X = " + ", ".join(_fmt(x) for x in xs) + " on the centre line"


def _in_corners(text: str, face: Face, n: int | None) -> tuple[list[Point], str] | None:
    if (n or 4) != 4 or not re.search(r"\bcorners?\b", text, re.I):
        return None
    m = _CORNER_OFFSET.search(text)
    if not m:
        return None
    off = float(m.group(1))
    ax, ay = face.length / 2 - off, face.width / 2 - off
    return [(-ax, -ay), (ax, -ay), (ax, ay), (-ax, ay)], f"in the corners, {_fmt(off)} mm from the edges"


def _from_ends(text: str, face: Face, n: int | None) -> tuple[list[Point], str] | None:
    m = _FROM_ENDS.search(text)
    if not m or _FROM_SIDE.search(text):
        return None
    d = float(m.group(1))
    ax = face.length / 2 - d
    middle = re.search(r"\b(?:one|another)\s+(?:\w+\s+)?(?:in the (?:middle|centre|center)|at the (?:middle|centre|center))", text, re.I)
    if middle and (n or 3) == 3:
        return [(-ax, 0.0), (0.0, 0.0), (ax, 0.0)], f"on the centre line, one in the middle and one {_fmt(d)} mm from each end"
    if (n or 2) != 2:
        return None
    return [(-ax, 0.0), (ax, 0.0)], f"on the centre line, {_fmt(d)} mm from each end"


def _sides(clause: str, face: Face) -> tuple[dict[str, float], list[str]]:
    at: dict[str, float] = {}
    said = []
    for m in _FROM_SIDE.finditer(clause):
        axis, sign = _SIDES[m.group(2).lower()]
        if m.group(3).lower() == "end" and m.group(2).lower() in ("near", "far"):
            axis = "x"  # "10 from the far end": the ends of a part are along its length
        d = float(m.group(1))
        half = face.length / 2 if axis == "x" else face.width / 2
        at[axis] = sign * (half - d)
        said.append(f"{_fmt(d)} mm from the {m.group(2).lower()}")
    return at, said


def _per_feature(text: str, face: Face, n: int | None) -> tuple[list[Point], str] | None:
    """'one 8 mm hole 20 mm from the left edge and 30 mm from the front edge, and a second 20 mm from
    the right edge ...': each feature's clause gives its own sides; sides said before the first clause
    ('10 mm from the left edge, one 10 mm from the front ...') hold for all of them."""
    cuts = [m.start() for m in _EACH_ONE.finditer(text)]
    if not _FROM_SIDE.search(text):
        return None
    if not cuts:
        shared, said = _sides(text, face)
        if (n or 1) != 1:
            return None
        return [(shared.get("x", 0.0), shared.get("y", 0.0))], ", ".join(said)
    shared, said = _sides(text[: cuts[0]], face)
    pts: list[Point] = []
    for k, start in enumerate(cuts):
        clause = text[start: cuts[k + 1] if k + 1 < len(cuts) else len(text)]
        own, own_said = _sides(clause, face)
        if not own and not shared:
            continue
        merged = {**shared, **own}
        pts.append((merged.get("x", 0.0), merged.get("y", 0.0)))
        said.append(" and ".join(own_said))
    if not pts or (n and n > 1 and n != len(pts)) or (len(pts) == 1 and not shared):
        return None
    return pts, "; ".join(s for s in said if s)


_MIRROR_PLANE = re.compile(r"\b(?:about|across|in|through)\s+(?:the\s+)?(?:plane\s+)?([XY])\s*=\s*(-?\d+(?:\.\d+)?)"
                           r"|\b(?:about|across|in)\s+(?:the\s+)?(YZ|XZ)(?:\s+plane|\b)", re.I)


def mirrored(points: list[Point], text: str, face: Face) -> tuple[list[Point], str] | None:
    """'Mirror the hole about the plane X = 50', 'mirror it across the YZ plane': the points and their images."""
    m = _MIRROR_PLANE.search(text)
    if not m:
        if re.search(r"\b(?:middle|centre|center) (?:of the (?:plate|part|block)|plane)\b|\bcentre ?line\b", text, re.I):
            axis, at = ("x", 0.0)
        else:
            return None
    elif m.group(1):
        axis, at = m.group(1).lower(), float(m.group(2))
        if face.corner_origin:
            at -= (face.length if axis == "x" else face.width) / 2
    else:
        axis, at = ("x" if m.group(3).upper() == "YZ" else "y"), 0.0
    images = [(2 * at - x, y) if axis == "x" else (x, 2 * at - y) for x, y in points]
    new = [p for p in images if all(abs(p[0] - q[0]) > 1e-6 or abs(p[1] - q[1]) > 1e-6 for q in points)]
    if not new:
        return None
    return points + new, f"mirrored about {axis.upper()} = {_fmt(at)} mm from the centre"


_LONG_WIDE = re.compile(NUM + r"\s*mm\s*(?:long|in length)\s*,?\s*(?:and\s*|by\s*)?" + NUM + r"\s*mm\s*(?:wide|in width)\b", re.I)
_WIDE_LONG = re.compile(NUM + r"\s*mm\s*(?:wide|in width)\s*,?\s*(?:and\s*|by\s*)?" + NUM + r"\s*mm\s*(?:long|in length)\b", re.I)


def plan_size(text: str) -> tuple[float, float] | None:
    """'60 mm long and 20 mm wide', '20 mm wide, 60 mm long': a feature's (length, width) in words."""
    m = _LONG_WIDE.search(text)
    if m:
        return float(m.group(1)), float(m.group(2))
    m = _WIDE_LONG.search(text)
    if m:
        return float(m.group(2)), float(m.group(1))
    return None


_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "twelve": 12}
_COUNT = r"(\d+|two|three|four|five|six|seven|eight|nine|ten|twelve)"
_PATTERNED = re.compile(r"\b(?:pattern(?:ed)?|array(?:ed)?|repeat(?:ed)?|copy|copied)\b[^.;]*?\b(?:of\s+|to\s+|so (?:that )?there are\s+|into\s+|gives?\s+)?"
                        + _COUNT + r"\s+(?:\w+\s+)?(?:holes|instances|copies|times|in all|in total)\b", re.I)


def pattern_count(text: str) -> int | None:
    """'drill one 8 mm hole ... and repeat it in a circular pattern of five holes', '... pattern it circularly
    so there are eight holes': how many the one hole becomes."""
    m = _PATTERNED.search(text)
    if not m:
        return None
    word = m.group(1).lower()
    return int(word) if word.isdigit() else _WORDS[word]


def side_axis(text: str) -> str | None:
    """The axis of a hole drilled from a side face: 'from the left side to the right side' (X),
    'from the front face to the back face' (Y); None when the words name no side."""
    m = re.search(r"\bfrom the (left|right|front|back|rear)\s+(?:side|face|end)\b", text, re.I)
    if not m:
        return None
    return "X" if m.group(1).lower() in ("left", "right") else "Y"


def slot_runs(text: str, length: float, width: float) -> str | None:
    """Which way a slot runs on a face: 'from front to back', 'across the top', 'the whole 40 mm width' (Y,
    across the part's length), 'along the length', 'from end to end' (X); None when not said."""
    if re.search(r"\bfrom end to end\b|\b(?:whole|full|entire)\s+(?:\d+(?:\.\d+)?\s*mm\s+)?(?:[XY]\s+)?length\b|(?<!centred )(?<!centered )\balong (?:the|its) length\b|\balong X\b", text, re.I):
        return "X" if length >= width else "Y"
    if re.search(r"\b(?:from |running |runs |goes |going )front to back\b|\bfrom back to front\b|\b(?:whole|full|entire)\s+(?:\d+(?:\.\d+)?\s*mm\s+)?(?:[XY]\s+)?width\b|\balong Y\b"
                 r"|\bacross the (?:top|face|block|part|plate|bar)\b|^\s*across\b", text, re.I):
        return "Y" if length >= width else "X"
    return None


_CENTRE_SAID = re.compile(r"\b(?:its\s+)?cent(?:re|er)(?:d|\s+(?:is|lies|sits))?\s+" + NUM + r"\s*mm\s*(?:in\s*)?from\b"
                          r"|\bcent(?:re|er)s?\s+(?:of\s+the\s+\w+\s+)?(?:is\s+|are\s+)?" + NUM + r"\s*mm\s*(?:in\s*)?from\b", re.I)


@dataclass(frozen=True)
class FeaturePlace:
    """Where a sized feature (a pocket, a window) sits in the plan, and how its offsets were read."""

    centre: Point
    said: str
    assumed: str | None = None  # the convention chosen when the words leave it open


def feature_place(text: str, face: Face, size: Point) -> FeaturePlace | None:
    """'a 30 x 20 window 20 mm from the left edge, centred vertically': the feature's centre. Offsets said of its
    centre ('centred 20 mm from') are to the centre; otherwise they are read to the feature's near side, as a
    drawing dimensions an opening, and that reading is named as assumed."""
    if not _FROM_SIDE.search(text) or re.search(r"\b(?:one|a second|another|each)\b[^.]*\bfrom\b", text, re.I):
        return None
    at, said = _sides(text, face)
    if not at:
        return None
    to_centre = bool(_CENTRE_SAID.search(text))
    x, y = at.get("x", 0.0), at.get("y", 0.0)
    if not to_centre:
        if "x" in at:
            x -= (1 if x > 0 else -1) * size[0] / 2
        if "y" in at:
            y -= (1 if y > 0 else -1) * size[1] / 2
    if abs(x) + size[0] / 2 > face.length / 2 + 1e-6 or abs(y) + size[1] / 2 > face.width / 2 + 1e-6:
        return None
    text_said = ", ".join(said)
    if to_centre:
        return FeaturePlace((x, y), f"its centre {text_said}")
    return FeaturePlace((x, y), f"its near side {text_said}",
                        f"'{text_said}' read to the feature's near side, not its centre")

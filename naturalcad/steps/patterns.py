"""Where several features go, from the words that lay out a pattern: centres listed, a grid, a row, a bolt circle.

Sketches and hole steps place many circles the same few ways: "at (-24, 0) and (24, 0)", "at (±32, ±22)",
"16 holes in a 4 by 4 grid, 20 mm pitch both ways, grid centred", "6 holes equally spaced on a Ø60 circle",
"on a 50 PCD", "4X ON 116 x 56 PATTERN", "on a 47.14 square", "a row of 5, 10 pitch". Each layout is read
into centres about the pattern's centre; the caller knows the part and says where that centre is.
The text is in the reader's spelling (text.normalise: "Ø8" is "diameter 8 mm", "±" is "+/-").
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field

from .text import NUM

Point = tuple[float, float]

_SIGNED = r"((?:\+/-|-)?\s*\d+(?:\.\d+)?)"
_POINT = re.compile(r"\(\s*" + _SIGNED + r"\s*(?:mm)?\s*,\s*" + _SIGNED + r"\s*(?:mm)?\s*\)")
_WORD_N = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "eight": 8, "ten": 10, "twelve": 12, "sixteen": 16}
_COUNT = r"(\d+|two|three|four|five|six|eight|ten|twelve|sixteen)"


@dataclass
class Layout:
    """Centres of a pattern about its own centre, and the numbers the layout words used."""

    centres: list[Point]
    kind: str  # listed | grid | row | circle | rectangle
    used: set[float] = field(default_factory=set)
    summary: str = ""


def _n(word: str) -> int:
    return int(word) if word.isdigit() else _WORD_N[word.lower()]


def _fmt(v: float) -> str:
    return f"{round(v, 3):g}"


def _signed(raw: str) -> list[float]:
    raw = raw.replace(" ", "")
    if raw.startswith("+/-"):
        v = float(raw[3:])
        return [-v, v] if v else [0.0]
    return [float(raw)]


def listed(text: str) -> Layout | None:
    """'(10,10), (80,10) and (10,40)', '(±32, ±22)': centres written as coordinates."""
    pts: list[Point] = []
    used: set[float] = set()
    for m in _POINT.finditer(text):
        for x in _signed(m.group(1)):
            for y in _signed(m.group(2)):
                pts.append((x, y))
                used |= {abs(x), abs(y)}
    if not pts:
        return None
    return Layout(pts, "listed", used, "at " + ", ".join(f"({_fmt(x)}, {_fmt(y)})" for x, y in pts))


def _grid_pitch(text: str, nx: int, ny: int) -> tuple[float, float] | None:
    both = re.search(NUM + r"\s*(?:mm\s*)?pitch\s+(?:both\s+ways|in\s+both\s+directions|each\s+way)", text, re.I) or re.search(
        r"\bpitch\s*(?:of\s*)?" + NUM + r"\s*(?:mm\s*)?(?:both\s+ways|each\s+way)", text, re.I)
    if both:
        p = float(both.group(1))
        return p, p
    along = re.findall(NUM + r"\s*(?:mm\s*)?pitch\s+along\s+(?:the\s+)?(X\b|Y\b|" + NUM + r"\s*(?:mm\s*)?(?:side|edge|direction))", text, re.I)
    if len(along) == 2:
        return float(along[0][0]), float(along[1][0])
    one = re.findall(NUM + r"\s*(?:mm\s*)?(?:pitch|spacing|apart|centres)\b", text, re.I)
    if len(one) == 1 and (nx == 1 or ny == 1 or nx == ny):
        p = float(one[0])
        return p, p
    return None


def grid(text: str) -> Layout | None:
    """'in a 4 by 4 grid, 20 mm pitch both ways', '6 x 4 grid ..., 25 pitch along the 120 side and 18 along the 80 side'."""
    m = re.search(r"\b(\d+)\s*(?:x|by)\s*(\d+)\s+(?:grid|array|pattern|rectangular\s+pattern)\b", text, re.I) or re.search(
        r"\b(?:grid|array)\s+of\s+(\d+)\s*(?:x|by)\s*(\d+)\b", text, re.I)
    if not m:
        return None
    nx, ny = int(m.group(1)), int(m.group(2))
    pitch = _grid_pitch(text, nx, ny)
    if pitch is None or nx < 1 or ny < 1:
        return None
    px, py = pitch
    pts = [((i - (nx - 1) / 2) * px, (j - (ny - 1) / 2) * py) for j in range(ny) for i in range(nx)]
    return Layout(pts, "grid", {float(nx), float(ny), px, py}, f"a {nx} × {ny} grid at {_fmt(px)} × {_fmt(py)} mm pitch")


def row(text: str) -> Layout | None:
    """'a row of 5 slots ..., 10 pitch', 'five holes in a row 12 mm apart': a line of centres along X."""
    m = re.search(r"\brow\s+of\s+" + _COUNT + r"\b", text, re.I) or re.search(r"\b" + _COUNT + r"\s+(?:[\w.-]+\s+){0,4}?in\s+a\s+row\b", text, re.I)
    if not m:
        return None
    n = _n(m.group(1))
    p = re.search(NUM + r"\s*(?:mm\s*)?(?:pitch|apart|spacing)\b", text, re.I) or re.search(r"\b(?:pitch|spacing)\s*(?:of\s*)?" + NUM, text, re.I)
    if not p or n < 2:
        return None
    pitch = float(p.group(1))
    pts = [((i - (n - 1) / 2) * pitch, 0.0) for i in range(n)]
    return Layout(pts, "row", {float(n), pitch}, f"a row of {n} at {_fmt(pitch)} mm pitch")


def bolt_circle(text: str) -> Layout | None:
    """'6 holes equally spaced on a diameter 60 mm construction circle', 'on a 50 PCD', '8X ... ON diameter 86 mm PCD'."""
    d = (re.search(r"\bon\s+(?:an?\s+)?(?:diameter\s+)?" + NUM + r"\s*(?:mm\s*)?(?:diameter\s+)?(?:PCD|P\.C\.D\.?|pitch\s+circle|bolt\s+circle|"
                   r"(?:construction\s+)?circle|BCD)\b", text, re.I)
         or re.search(r"\b(?:PCD|pitch\s+circle\s+diameter|bolt\s+circle\s+diameter)\s*(?:of\s*)?" + NUM, text, re.I))
    if not d:
        return None
    counted = re.search(r"\b" + _COUNT + r"\s*(?:x\s+)?(?:[\w.-]+\s+){0,6}?(?:holes?|circles?|slots?|equally|evenly|eq\b)", text, re.I) or \
        re.search(r"\b(\d+)\s*X\b", text)
    if not counted:
        return None
    n = _n(counted.group(1))
    pcd = float(d.group(1))
    if n < 2:
        return None
    start = 0.0
    angle = re.search(NUM + r"\s*degrees?\s+(?:from|off)\b", text, re.I)
    if angle:
        start = math.radians(float(angle.group(1)))
    pts = [(round(pcd / 2 * math.cos(start + 2 * math.pi * k / n), 6), round(pcd / 2 * math.sin(start + 2 * math.pi * k / n), 6)) for k in range(n)]
    return Layout(pts, "circle", {float(n), pcd}, f"{n} equally spaced on a Ø{_fmt(pcd)} mm circle")


def rectangle(text: str) -> Layout | None:
    """'4X ... ON 116 x 56 PATTERN', 'on a 47.14 square', 'ON 31 SQ': four centres on the corners of a rectangle."""
    m = re.search(r"\bon\s+(?:an?\s+)?" + NUM + r"\s*(?:mm\s*)?x\s*" + NUM + r"\s*(?:mm\s*)?(?:pattern|rectangle|square|centres|bolt\s+pattern)\b", text, re.I)
    if m:
        a, b = float(m.group(1)), float(m.group(2))
    else:
        s = re.search(r"\bon\s+(?:an?\s+)?" + NUM + r"\s*(?:mm\s*)?(?:square|SQ)\b", text, re.I)
        if not s:
            return None
        a = b = float(s.group(1))
    pts = [(-a / 2, -b / 2), (a / 2, -b / 2), (a / 2, b / 2), (-a / 2, b / 2)]
    return Layout(pts, "rectangle", {a, b}, f"on the corners of a {_fmt(a)} × {_fmt(b)} mm rectangle")


def layout(text: str) -> Layout | None:
    """The first layout the text gives, most specific first."""
    for reader in (listed, grid, bolt_circle, rectangle, row):
        got = reader(text)
        if got is not None:
            return got
    return None

"""A profile told in words becomes a 2D outline on a plane: the one layer revolve, loft, sweep and extrude read.

People describe the sketch an operation applies to in a handful of ways, whatever the operation:
- a half profile walked from point to point ("from the axis out 10 at the bottom, up 10, in to 5, up 30,
  back to the axis"; "on part de la pointe sur l'axe à (0,0), on monte en biais jusqu'au rayon 15 à la
  hauteur 15"): `walk` follows the moves (out / in / up / down, relative or "to" a radius or height, a
  slope "to radius R at height H", points) and returns the closed outline in (radius, height);
- diameters stepped along the axis ("Ø12 x 20, then Ø8 x 15, then Ø5 x 10"; "a 10 radius x 10 high step,
  then a 5 radius shank going up another 40"): `stations`;
- a wall section by its sizes (ID, OD, length, a flange at one end; two flanges and the core between them):
  `wall`;
- closed shapes named by their sizes (a hexagon across flats, a square, a rectangle, a circle, a ring):
  `shapes`, in the order the words give them, each with the height it is said to be at (loft sections);
- a path walked as runs and bends ("40 straight, a 90° bend of 15 radius, 30 straight"; two legs joined
  over the top by a half-circle; a closed circle; a helix by pitch and turns): `path`.
Every reader returns the outline and the role of each number it used, so the step reader can say which
numbers it bound; a number it cannot place leaves the outline unread (None), never a guessed shape.
"""

from __future__ import annotations

import itertools
import math
import re
from dataclasses import dataclass, field

from .text import NUM

Point = tuple[float, float]
_MM = r"\s*(?:mm)?\s*"


@dataclass
class Outline:
    """A closed outline in one sketch plane: (radius, height) for a half profile, (x, y) for a plan."""

    points: list[Point]
    roles: dict[float, str] = field(default_factory=dict)
    how: str = "walked"

    @property
    def touches_axis(self) -> bool:
        return any(abs(p[0]) < 1e-9 for p in self.points)

    @property
    def area(self) -> float:
        pts = self.points
        return abs(sum(a[0] * b[1] - b[0] * a[1] for a, b in zip(pts, pts[1:] + pts[:1], strict=True))) / 2


def _clean(points: list[Point]) -> list[Point]:
    """Drop repeated and collinear points so the polygon has only its corners."""
    out: list[Point] = []
    for p in points:
        if out and abs(out[-1][0] - p[0]) < 1e-9 and abs(out[-1][1] - p[1]) < 1e-9:
            continue
        out.append(p)
    if len(out) > 1 and abs(out[0][0] - out[-1][0]) < 1e-9 and abs(out[0][1] - out[-1][1]) < 1e-9:
        out.pop()
    k = 0
    while len(out) > 2 and k < len(out):
        a, b, c = out[k - 1], out[k], out[(k + 1) % len(out)]
        if abs((b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0])) < 1e-9:
            out.pop(k)
            k = 0
            continue
        k += 1
    return out


# -- a half profile walked in words -----------------------------------------------------------------
_AXIS_WORD = r"(?:axis|axe|achse|eje|centre ?line|center ?line)"
_BACK = re.compile(r"\b(?:back|return\w*|retour|revien\w*|zur[üu]ck|close\w*)\b[^,;]*?\b" + _AXIS_WORD + r"\b|\bacross\s+(?:back\s+)?to\s+the\s+" + _AXIS_WORD, re.I)
_AT = re.compile(r"(?:\bradius|\brayon|\bradio|\br)\s*(?:of\s*)?(?:=\s*)?" + NUM + _MM + r"[^,;]*?(?:\bat|à|\ba)\s*(?:(?:a|the|la)\s+)?(?:height|hauteur|altura|h[öo]he|z)\s*(?:of\s*|=\s*|de\s*)?" + NUM, re.I)
_AT_AFTER = re.compile(r"(?:\bradius|\brayon)\s*(?:of\s*)?" + NUM + _MM + r"at\s*" + NUM + _MM + r"(?:height|high)", re.I)
_POINT = re.compile(r"\(\s*" + r"([+-]?\d+(?:\.\d+)?)" + r"\s*,\s*" + r"([+-]?\d+(?:\.\d+)?)" + r"\s*\)")
_TO_RADIUS = re.compile(r"\b(?:in|out|inwards?|outwards?|back|step\s+in|step\s+out|revien\w*|go(?:es)?\s+(?:in|out))\s+to\s*(?:a\s+)?(?:radius\s*(?:of\s*)?|r\s*)?" + NUM
                        + r"|\brevien\w*\s+au\s+rayon\s*" + NUM + r"|\bto\s+(?:a\s+)?radius\s*(?:of\s*)?" + NUM, re.I)
_TO_HEIGHT = re.compile(r"\bup\s+to\s*(?:a\s+height\s+of\s*|z\s*=\s*)?" + NUM + _MM + r"(?:height|high|\b)", re.I)
_OUT = re.compile(r"\b(?:out(?:wards?)?|go(?:es)?\s+out)\s*(?:by\s*)?" + NUM, re.I)
_IN = re.compile(r"\b(?:in(?:wards?)?|step\s+in)\s*(?:by\s*)?" + NUM, re.I)
_UP = re.compile(r"\b(?:up|upwards?|rises?|monte\w*|verticale?|vertical(?:ly)?|hoch|sube)\s*(?:another\s*|by\s*|de\s*|d'\s*)?" + NUM, re.I)
_DOWN = re.compile(r"\b(?:down(?:wards?)?|descend\w*)\s*(?:another\s*|by\s*)?" + NUM, re.I)
_PIECES = re.compile(r"\s*(?:[,;]|\bthen\b|\bpuis\b|\bdann\b|\bluego\b|\band\b)\s*", re.I)


def walk(text: str) -> Outline | None:
    """The closed half profile a walk in words describes, in (radius, height), or None when a move is not read.

    It starts on the axis at the bottom ("from the axis ...") or at the first point given; each piece between
    commas / "then" is one move. The outline closes back to its start."""
    return followed(text)[0]


def followed(text: str) -> tuple[Outline | None, str | None]:
    """The walk's outline, or None and the move that was not followed (None when no walk starts in the text)."""
    start = re.search(r"\bfrom\s+the\s+" + _AXIS_WORD + r"|\b(?:start|on part|begin)\w*\b[^,;]*?" + _POINT.pattern, text, re.I)
    if start is None:
        return None, None
    body = text[start.start():]
    stop = re.search(r"(?:\.\s|\.$|\b(?:revolv\w*|r[ée]volution|spin\w*|rotat\w*)\b)", body, re.I)
    body = body[: stop.start()] if stop else body
    pt = _POINT.search(start.group(0))
    r, z = (float(pt.group(1)), float(pt.group(2))) if pt else (0.0, 0.0)
    points: list[Point] = [(r, z)]
    roles: dict[float, str] = {}
    if pt:
        roles.update({r: "profile start", z: "profile start"})
    moves = 0
    closed = False
    first = True
    body = _POINT.sub(lambda m: f"({m.group(1)}|{m.group(2)})", body)  # a point's comma is not a move's
    for piece in _PIECES.split(body):
        piece = re.sub(r"\(([+-]?[\d.]+)\|([+-]?[\d.]+)\)", r"(\1, \2)", piece)
        if not piece.strip():
            continue
        if first and pt:
            piece = _POINT.sub(" ", piece)
        first = False
        if _BACK.search(piece):
            points.append((0.0, z))
            closed = True
            moves += 1
            continue
        m = _AT.search(piece) or _AT_AFTER.search(piece)
        if m:
            r, z = float(m.group(1)), float(m.group(2))
            roles.update({r: "profile radius", z: "profile height"})
        elif m := _POINT.search(piece):
            r, z = float(m.group(1)), float(m.group(2))
            roles.update({r: "profile point", z: "profile point"})
        elif m := _TO_RADIUS.search(piece):
            r = float(next(g for g in m.groups() if g))
            roles[r] = "profile radius"
        elif m := _TO_HEIGHT.search(piece):
            z = float(m.group(1))
            roles[z] = "profile height"
        elif m := _OUT.search(piece):
            r += float(m.group(1))
            roles[float(m.group(1))] = "profile step out"
        elif m := _IN.search(piece):
            r -= float(m.group(1))
            roles[float(m.group(1))] = "profile step in"
        elif m := _UP.search(piece):
            z += float(m.group(1))
            roles[float(m.group(1))] = "profile rise"
        elif m := _DOWN.search(piece):
            z -= float(m.group(1))
            roles[float(m.group(1))] = "profile drop"
        elif re.search(r"\d", piece):
            return None, piece.strip()  # a move with a size the walk cannot follow: not guessed, named
        else:
            continue
        if r < -1e-9:
            return None, piece.strip()
        points.append((r, z))
        moves += 1
    if moves < 2:
        return None, None
    del closed  # an open walk closes back to its start, as a sketch does
    pts = _clean(points)
    outline = Outline(pts, roles, "walked")
    return (outline, None) if len(pts) >= 3 and outline.area > 1e-6 else (None, "the walk does not close an area")


# -- diameters stepped along the axis ---------------------------------------------------------------
_STATION = re.compile(r"(?:\bdiameter\s*" + NUM + r"(?:\s*mm)?(?:\s*diameter)?|" + NUM + r"\s*(?:mm\s*)?(?:diameter|radius)|\bradius\s*" + NUM + r")"
                      r"(?:\s*mm)?\s*(?:x|by)\s*" + NUM, re.I)
_STATION_UP = re.compile(r"(?:\bdiameter\s*" + NUM + r"(?:\s*mm)?(?:\s*diameter)?|" + NUM + r"\s*(?:mm\s*)?(?:diameter|radius)|\bradius\s*" + NUM + r")"
                         r"[^,;]*?\b(?:going up|up|rising|sticking up)\s*(?:another\s*|by\s*)?" + NUM, re.I)


def stations(text: str) -> Outline | None:
    """Round sections stacked on the axis, each by its diameter (or radius) and its length, joined by then / commas."""
    found: list[tuple[int, float, float, float, float]] = []  # (pos, radius, length, typed size, typed length)
    for rx in (_STATION, _STATION_UP):
        for m in rx.finditer(text):
            g = m.groups()
            word = m.group(0).lower()
            if g[0] or (g[1] and "diameter" in word.split("x")[0]):
                size = float(g[0] or g[1])
                radius = size / 2
            else:
                size = float(g[1] or g[2])
                radius = size if "radius" in word else size / 2
            if any(abs(p - m.start()) < 3 for p, *_ in found):
                continue
            found.append((m.start(), radius, float(g[3]), size, float(g[3])))
    if len(found) < 2:
        return None
    found.sort()
    pts: list[Point] = [(0.0, 0.0)]
    roles: dict[float, str] = {}
    z = 0.0
    for _, radius, length, size, typed in found:
        pts += [(radius, z), (radius, z + length)]
        z += length
        roles.setdefault(size, "section size")
        roles.setdefault(typed, "section length")
    pts.append((0.0, z))
    return Outline(_clean(pts), roles, "stepped")


# -- a wall section by its sizes ----------------------------------------------------------------------
def _v(pattern: str, text: str) -> float | None:
    m = re.search(pattern, text, re.I)
    return float(next(g for g in m.groups() if g)) if m else None


def wall(text: str) -> Outline | None:
    """A flanged bushing's or an idler's wall section, read from its sizes, in (radius, height).

    "ID a, OD b, overall length L, flange at one end F OD x t thick"; "bore radius 4, the two flanges go out
    to R20 and are 1.5 thick each, ... the running surface sits at R15 over 12"; "two 3 mm thick flanges at
    radius 25 with a 10 mm wide core at radius 18 between them"."""
    roles: dict[float, str] = {}
    if re.search(r"\btwo\s+(?:[\w.]+\s+){0,4}flanges\b", text, re.I):
        rad = r"(?:\bradius\s*(?:of\s*)?" + NUM + r"|\bR\s*" + NUM + r"|" + NUM + r"\s*(?:mm\s*)?radius)"
        rf = _v(r"flanges?\b(?:[^.;]|\.\d)*?(?:\bat\s+|out\s+to\s+|to\s+)" + rad, text)
        t = _v(NUM + r"\s*(?:mm\s*)?thick\w*\s+flanges|flanges?\b(?:[^.;]|\.\d)*?\b(?:are\s+)?" + NUM + r"\s*(?:mm\s*)?thick", text)
        core = re.search(r"(?:core|running surface|hub|web)\b(?:[^.;]|\.\d)*?" + rad + r"\s*(?:over|for|across)\s+" + NUM, text, re.I)
        core_w = re.search(NUM + r"\s*(?:mm\s*)?wide\s+(?:core|running surface|hub|web)\b(?:[^.;]|\.\d)*?" + rad, text, re.I)
        if rf is None or t is None or (core is None and core_w is None):
            return None
        if core_w:
            w, rc = float(core_w.group(1)), float(next(g for g in core_w.groups()[1:] if g))
        else:
            assert core is not None
            rc, w = float(next(g for g in core.groups()[:3] if g)), float(core.group(4))
        ri = _v(r"\bbore\s+radius\s*" + NUM + r"|\bbore\s*(?:of\s*)?(?:diameter\s*)?" + NUM + r"\s*(?:mm\s*)?radius", text) or 0.0
        if not 0 <= ri < rc < rf:
            return None
        roles.update({rf: "flange radius", t: "flange thickness", rc: "core radius", w: "core width"})
        if ri:
            roles[ri] = "bore radius"
        pts = [(ri, 0.0), (rf, 0.0), (rf, t), (rc, t), (rc, t + w), (rf, t + w), (rf, 2 * t + w), (ri, 2 * t + w)]
        return Outline(_clean(pts), roles, "wall")
    idia = _v(r"\bID\s*(?:of\s*)?" + NUM + r"|" + NUM + r"\s*(?:mm\s*)?ID\b|\b(?:inside|inner)\s+diameter\s*(?:of\s*)?" + NUM, text)
    od = _v(r"\bOD\s*(?:of\s*)?" + NUM + r"(?!\s*(?:mm\s*)?x)|\b(?:outside|outer)\s+diameter\s*(?:of\s*)?" + NUM, text)
    length = _v(r"\b(?:overall\s+)?length\s*(?:of\s*)?" + NUM + r"|" + NUM + r"\s*(?:mm\s*)?(?:long|overall)\b", text)
    if idia is None or od is None or length is None or idia >= od:
        return None
    roles.update({idia: "inside diameter", od: "outside diameter", length: "length"})
    ri, ro = idia / 2, od / 2
    fl = re.search(r"\bflange\b[^.;]*?" + NUM + r"\s*(?:mm\s*)?OD\s*x\s*" + NUM + r"\s*(?:mm\s*)?thick", text, re.I)
    if fl:
        rf, t = float(fl.group(1)) / 2, float(fl.group(2))
        if rf <= ro or t >= length:
            return None
        roles.update({float(fl.group(1)): "flange diameter", t: "flange thickness"})
        return Outline([(ri, 0.0), (rf, 0.0), (rf, t), (ro, t), (ro, length), (ri, length)], roles, "wall")
    return Outline([(ri, 0.0), (ro, 0.0), (ro, length), (ri, length)], roles, "wall")


# -- a rectangle placed off the axis ---------------------------------------------------------------
def rectangle(text: str) -> Outline | None:
    """A rectangle in the profile plane placed by its distance from the axis, in (radius, height).

    "a 10 x 6 rectangle with its inner edge 20 mm from the axis (so it spans radius 20 to 30, height 6)",
    "a rectangle 10 wide and 30 tall, offset 20 from the axis", "a rectangle from x=20 to x=30, z=0 to z=12"."""
    if not re.search(r"\brect(?:angle)?\b|\bsquare\b", text, re.I):
        return None
    span = re.search(r"\b(?:x\s*=|radi(?:us|al)\s*(?:of\s*|from\s*)?)\s*" + NUM + r"\s*(?:mm\s*)?(?:to|-|–)\s*(?:x\s*=\s*)?" + NUM, text, re.I)
    rise = re.search(r"\b(?:z\s*=|height\s*(?:of\s*|from\s*)?)\s*" + NUM + r"(?:\s*(?:mm\s*)?(?:to|-|–)\s*(?:z\s*=\s*)?" + NUM + r")?", text, re.I)
    roles: dict[float, str] = {}
    if span:
        r0, r1 = sorted((float(span.group(1)), float(span.group(2))))
        roles.update({r0: "profile inner radius", r1: "profile outer radius"})
        if rise:
            z0, z1 = (0.0, float(rise.group(1))) if rise.group(2) is None else sorted((float(rise.group(1)), float(rise.group(2))))
            roles.update({float(g): "profile height" for g in rise.groups() if g})
        else:
            return None
    else:
        by = re.search(r"\brect(?:angle)?\s*(?:of\s*)?" + NUM + r"\s*(?:mm\s*)?(?:x|by)\s*" + NUM + r"|" + NUM + r"\s*(?:mm\s*)?(?:x|by)\s*" + NUM
                       + r"\s*(?:mm\s*)?rect", text, re.I)
        wide = re.search(NUM + r"\s*(?:mm\s*)?wide\b[^.;]*?" + NUM + r"\s*(?:mm\s*)?(?:tall|high)\b", text, re.I)
        off = re.search(r"(?:offset|inner edge|inside edge|at a distance of|distance of)\s*(?:is\s*)?(?:by\s*)?" + NUM
                        + r"\s*(?:mm\s*)?(?:from|off)\s+the\s+(?:[\w-]+\s+)?(?:axis|centre|center)", text, re.I) or re.search(
            r"(?:offset|inner edge|inside edge)\s*(?:is\s*)?(?:by\s*)?" + NUM, text, re.I)
        if off is None or (by is None and wide is None):
            return None
        w, h = (float(g) for g in (wide or by).groups() if g)  # type: ignore[union-attr]
        r0, r1, z0, z1 = float(off.group(1)), float(off.group(1)) + w, 0.0, h
        roles.update({w: "profile width", h: "profile height", r0: "profile offset from the axis"})
        if span is None and (again := re.search(r"\bradius\s*" + NUM + r"\s*(?:mm\s*)?to\s*" + NUM, text, re.I)):
            roles.update({float(again.group(1)): "profile inner radius", float(again.group(2)): "profile outer radius"})
    if r1 <= r0 or z1 <= z0:
        return None
    said = re.search(NUM + r"\s*(?:mm\s*)?(?:x|by)\s*" + NUM, text)
    if said and {float(said.group(1)), float(said.group(2))} <= {r1 - r0, z1 - z0}:
        roles.setdefault(float(said.group(1)), "profile width")  # "a 10 x 6 rectangle ... (spans radius 20 to 30, height 6)"
        roles.setdefault(float(said.group(2)), "profile height")
    return Outline([(r0, z0), (r1, z0), (r1, z1), (r0, z1)], roles, "rectangular")


# -- a semicircle about its straight edge ------------------------------------------------------------
def semicircle(text: str) -> float | None:
    """The radius of a semicircle revolved about its straight edge (a ball): 'a semicircle of radius 15 about its
    straight edge', 'a half circle R20 about its diameter'."""
    m = re.search(r"\b(?:semi-?\s?circle|half[- ]circle)\b[^.;]*?(?:radius\s*(?:of\s*)?" + NUM + r"|" + NUM + r"\s*(?:mm\s*)?radius|\bR\s*" + NUM
                  + r"|diameter\s*(?:of\s*)?" + NUM + r")", text, re.I)
    if m is None or not re.search(r"\b(?:straight|flat)\s+(?:edge|side)|\babout\s+its\s+diameter\b", text, re.I):
        return None
    r = next(float(g) for g in m.groups()[:3] if g) if any(m.groups()[:3]) else float(m.group(4)) / 2
    return r


# -- closed shapes by their sizes (loft sections) ----------------------------------------------------
@dataclass
class Shape:
    kind: str  # circle | rect | hexagon
    size: Point  # circle (d, d), rect (x, y), hexagon (across flats, across flats)
    at: int  # where the words name it
    end: int
    typed: list[float] = field(default_factory=list)


_CIRCLE_WORD = r"(?:circle|c[íi]rculo|cercle|kreis)"
_SHAPES = [
    ("hexagon", re.compile(r"\bhex(?:agon)?\w*\b[^.;]*?" + NUM + r"\s*(?:mm\s*)?(?:across\s+(?:the\s+)?flats|AF)\b|" + NUM
                           + r"\s*(?:mm\s*)?(?:across\s+(?:the\s+)?flats|AF)\s+hex\w*", re.I)),
    ("circle", re.compile(r"\bdiameter\s*" + NUM + r"(?:\s*mm)?(?:\s*diameter)?\s*" + _CIRCLE_WORD + r"\b|\b" + _CIRCLE_WORD
                          + r"\s*(?:de\s+|of\s+|du\s+)?(?:diameter\s*(?:of\s*)?)?" + NUM + r"(?:\s*mm)?(?:\s*diameter)?|" + NUM
                          + r"\s*(?:mm\s*)?(?:diameter\s*)?" + _CIRCLE_WORD + r"\b", re.I)),
    ("rect", re.compile(r"\brect(?:angle)?s?\s*(?:of\s*)?" + NUM + r"\s*(?:mm\s*)?x\s*" + NUM + r"|" + NUM + r"\s*(?:mm\s*)?x\s*" + NUM
                        + r"\s*(?:mm\s*)?rect(?:angle)?\b|" + NUM + r"\s*(?:mm\s*)?along\s+X\s+by\s+" + NUM + r"\s*(?:mm\s*)?along\s+Y", re.I)),
    ("square", re.compile(r"\bsq(?:uare)?\s+" + NUM + r"\b|" + NUM + r"\s*(?:mm\s*)?square\b|" + NUM + r"\s*(?:mm\s*)?x\s*" + NUM + r"\s*(?:mm\s*)?square\b", re.I)),
]


def shapes(text: str) -> list[Shape]:
    """Every closed section named by its sizes, in the order of the words."""
    out: list[Shape] = []
    for kind, rx in _SHAPES:
        for m in rx.finditer(text):
            if any(s.at <= m.start() < s.end or m.start() <= s.at < m.end() for s in out):
                continue
            vals = [float(g) for g in m.groups() if g]
            if kind == "square":
                if len(vals) == 2 and abs(vals[0] - vals[1]) > 1e-9:
                    continue
                out.append(Shape("rect", (vals[0], vals[0]), m.start(), m.end(), vals[:1]))
            elif kind == "rect":
                out.append(Shape("rect", (vals[0], vals[1]), m.start(), m.end(), vals))
            else:
                out.append(Shape(kind, (vals[0], vals[0]), m.start(), m.end(), vals))
    out.sort(key=lambda s: s.at)
    return out


def _height_after(text: str) -> float | None:
    """The height a section is said to be at, in the words right after it: '20 mm above it', '@ 30 high',
    'at 18 mm height', 'a 25 mm de altura', 'at 20', 'at z = 40', '28 above the top of the pad'."""
    m = re.match(r"[^.;]*?(?:" + NUM + r"\s*(?:mm\s*)?(?:(?:directly|straight|vertically|right)\s+)?(?:above|higher|up\b|over\b)"
                 r"|@\s*" + NUM + r"|\bat\s+(?:a\s+height\s+of\s+|z\s*=\s*|height\s+)?" + NUM + r"(?!\s*(?:mm\s*)?(?:x\b|diameter|across|radius|square))"
                 r"|\ba\s+" + NUM + r"\s*(?:mm\s*)?de\s+altura|\b(?:à|a)\s+" + NUM + r"\s*(?:mm\s*)?de\s+(?:haut|altura))", text, re.I)
    if m is None:
        return None
    return float(next(g for g in m.groups() if g))


@dataclass
class Stack:
    """Loft sections on one axis: each shape with its height, the numbers they used."""

    sections: list[tuple[Shape, float]]
    roles: dict[float, str]


def stack(text: str) -> Stack | None:
    """The sections of a loft and their heights, or None when a section's height is not said."""
    found = shapes(text)
    if len(found) < 2:
        return None
    roles: dict[float, str] = {}
    placed: list[tuple[Shape, float | None]] = []
    for i, s in enumerate(found):
        nxt = found[i + 1].at if i + 1 < len(found) else len(text)
        z = _height_after(text[s.end:nxt])
        placed.append((s, z))
    total = _v(r"\b" + NUM + r"\s*(?:mm\s*)?(?:apart|tall|high|long|de\s+altura)\b|\b(?:height|distance)\s*(?:of\s*)?" + NUM, text)
    if placed[0][1] is None or (placed[0][1] > 0 and len(placed) == 2):
        placed[0] = (placed[0][0], 0.0)
    if placed[-1][1] is None and total is not None:
        placed[-1] = (placed[-1][0], total)
        roles[total] = "distance apart of the sections (loft height)"
    if any(z is None for _, z in placed):
        return None
    zs = [z for _, z in placed if z is not None]
    if any(b <= a for a, b in itertools.pairwise(zs)):
        return None
    for s, z in placed:
        for v in s.typed:
            roles.setdefault(v, f"{s.kind} section size")
        if z:
            roles.setdefault(float(z), "section height")
    return Stack([(s, float(z)) for s, z in placed if z is not None], roles)


# -- a path walked as runs and bends -----------------------------------------------------------------
@dataclass
class Path:
    kind: str  # chain | circle | helix
    segments: list[tuple[str, float, float]] = field(default_factory=list)  # (line, length, 0) | (arc, radius, signed angle: + left)
    radius: float = 0.0  # circle and helix
    pitch: float = 0.0
    turns: float = 0.0
    roles: dict[float, str] = field(default_factory=dict)
    origin: P3 = (0.0, 0.0, 0.0)  # points: where the path starts
    nodes: list[tuple[str, P3, P3 | None]] = field(default_factory=list)  # points: (line | arc, end, arc's middle)

    @property
    def length(self) -> float:
        if self.kind == "points":
            return _points_length(self.origin, self.nodes)
        if self.kind == "circle":
            return 2 * math.pi * self.radius
        if self.kind == "helix":
            return self.turns * math.hypot(2 * math.pi * self.radius, self.pitch)
        return sum(b if k == "line" else b * math.radians(abs(c)) for k, b, c in self.segments)

    @property
    def tightest(self) -> float:
        """The smallest centreline radius of a bend (0 when the path has none)."""
        radii = [b for k, b, _ in self.segments if k == "arc"] + ([self.radius] if self.kind in ("circle", "helix") else [])
        return min(radii) if radii else 0.0


P3 = tuple[float, float, float]
_P3 = r"\(\s*([+-]?\d+(?:\.\d+)?)\s*,\s*([+-]?\d+(?:\.\d+)?)\s*,\s*([+-]?\d+(?:\.\d+)?)\s*\)"
_DIRS = {"up": (0, 0, 1), "down": (0, 0, -1), "left": (-1, 0, 0), "right": (1, 0, 0)}


def _points_length(origin: P3, nodes: list[tuple[str, P3, P3 | None]]) -> float:
    total, at = 0.0, origin
    for kind, end, mid in nodes:
        if kind == "line" or mid is None:
            total += math.dist(at, end)
        else:  # the circle through three points: its radius and the angle the arc spans
            a, b, c = math.dist(at, mid), math.dist(mid, end), math.dist(at, end)
            area = 0.5 * _cross(at, mid, end)
            r = a * b * c / (4 * area) if area else 0.0
            total += 2 * r * (math.asin(min(1.0, a / (2 * r))) + math.asin(min(1.0, b / (2 * r)))) if r else c
        at = end
    return total


def _cross(a: P3, b: P3, c: P3) -> float:
    u = [b[i] - a[i] for i in range(3)]
    v = [c[i] - a[i] for i in range(3)]
    w = (u[1] * v[2] - u[2] * v[1], u[2] * v[0] - u[0] * v[2], u[0] * v[1] - u[1] * v[0])
    return math.sqrt(sum(x * x for x in w))


def point_path(text: str) -> Path | None:
    """A path told by points: 'straight up 30 from (-15,0,0), a half-circle arc over the top through (0,0,45)
    to (15,0,30), then straight down to (15,0,0)'. Each piece is a line to a point (or by a length in a named
    direction) or an arc through one point to another; None when a piece is not read."""
    if len(re.findall(_P3, text)) < 2:
        return None
    head = re.search(r"\bpath\b\s*:?", text, re.I)
    body = text[head.end():] if head else text
    stop = re.search(r"\.\s|\.$|\bsweep\b", body, re.I)
    body = body[: stop.start()] if stop else body
    body = re.sub(_P3, lambda m: f"({m.group(1)}|{m.group(2)}|{m.group(3)})", body)
    point = r"\(([+-]?[\d.]+)\|([+-]?[\d.]+)\|([+-]?[\d.]+)\)"
    origin: P3 | None = None
    nodes: list[tuple[str, P3, P3 | None]] = []
    roles: dict[float, str] = {}
    at: P3 | None = None
    for piece in re.split(r"\s*(?:[,;]|\bthen\b)\s*", body, flags=re.I):
        if not piece.strip():
            continue
        pts = [(float(a), float(b), float(c)) for a, b, c in re.findall(point, piece)]
        for p in pts:
            roles.update({v: "path point" for v in p})
        start = re.search(r"\bfrom\s*" + point, piece)
        if start:
            at = origin = (float(start.group(1)), float(start.group(2)), float(start.group(3)))
            pts = [p for p in pts if p != origin]
        arc = re.search(r"\barc\b", piece, re.I)
        if arc and len(pts) == 2 and at is not None:
            nodes.append(("arc", pts[1], pts[0]))
            at = pts[1]
            continue
        to = re.search(r"\bto\s*" + point, piece)
        if to and at is not None:
            at = (float(to.group(1)), float(to.group(2)), float(to.group(3)))
            nodes.append(("line", at, None))
            continue
        run = re.search(r"\b(up|down|left|right)\s*(?:by\s*)?" + NUM, piece, re.I)
        if run and at is not None:
            d, n = _DIRS[run.group(1).lower()], float(run.group(2))
            end = (at[0] + d[0] * n, at[1] + d[1] * n, at[2] + d[2] * n)
            nodes.append(("line", end, None))
            roles[n] = "path run"
            at = end
            continue
        if re.search(r"\d", piece):
            return None
    if origin is None or len(nodes) < 2:
        return None
    return Path("points", roles=roles, origin=origin, nodes=nodes)


_BEND = re.compile(r"(?:" + NUM + r"\s*(?:degrees?|deg|°)\s*(?:tangent\s+)?(?:bend|arc|turn|curve|elbow)|\b(?:bend|turn)\w*\s+(?:it\s+)?" + NUM
                   + r"\s*(?:degrees?|deg|°)|\b(half|quarter)[- ]?(?:circle|circular|arc|turn))", re.I)
_RADIUS = re.compile(r"(?:\bR\s*" + NUM + r"|\bradius\s*(?:of\s*)?" + NUM + r"|" + NUM + r"\s*(?:mm\s*)?(?:centre\s*line|center\s*line|centreline|centerline)?\s*radius)", re.I)
_RUN = re.compile(r"(?:" + NUM + r"\s*(?:mm\s*)?(?:straight|up|down|across|along|long|back)\b|\bstraight\s+(?:up\s+|down\s+|line\s+|run\s+)?(?:of\s*)?" + NUM
                  + r"|\b(?:an?\s+)?" + NUM + r"\s*(?:mm\s*)?(?:straight\s+)?(?:line|run|leg)\b|^\s*" + NUM + r"\s*(?:mm)?\s*$)", re.I)


def path(text: str) -> Path | None:
    """The path a sweep follows, told as runs and bends, a closed circle or a helix; None when a piece is not read."""
    helix = re.search(r"\bhelix|\bhelical|\bcoil|\bspring\b", text, re.I)
    pitch = _v(r"\bpitch\s*(?:of\s*)?" + NUM, text)
    turns = _v(NUM + r"\s*(?:full\s+)?(?:turns|coils)\b", text)
    mean = _v(r"\bmean\s+(?:coil\s+)?diameter\s*(?:of\s*)?" + NUM + r"|" + NUM + r"\s*(?:mm\s*)?mean\s+(?:coil\s+)?diameter", text)
    if helix and pitch and turns and mean:
        return Path("helix", radius=mean / 2, pitch=pitch, turns=turns,
                    roles={pitch: "helix pitch", turns: "turns", mean: "mean coil diameter"})
    by_points = point_path(text)
    if by_points:
        return by_points
    ring = re.search(r"\bclosed\s+circular\s+path\s*(?:of\s*)?(?:diameter\s*)?" + NUM + r"|\bcircular\s+path\s*(?:of\s*)?diameter\s*" + NUM, text, re.I)
    if ring:
        d = float(next(g for g in ring.groups() if g))
        return Path("circle", radius=d / 2, roles={d: "path diameter"})
    legs = re.search(r"\btwo\s+(?:straight\s+)?legs\s*" + NUM + r"\s*(?:mm\s*)?long\b[^.;]*?\bhalf[- ]circle\s*(?:of\s*)?" + NUM + r"\s*(?:mm\s*)?radius", text, re.I)
    if legs:
        leg, r = float(legs.group(1)), float(legs.group(2))
        return Path("chain", [("line", leg, 0.0), ("arc", r, -180.0), ("line", leg, 0.0)], roles={leg: "leg length", r: "arc radius"})
    pieces = _pieces(text)
    if pieces is None:
        return None
    segs, roles, stuck = _chain(pieces)
    if stuck or not segs or (not any(k == "arc" for k, _, _ in segs) and len(segs) < 2):
        return None
    return Path("chain", segs, roles=roles)


def path_stuck(text: str) -> str | None:
    """The piece of a path of runs and bends that was not read (None when every piece was, or no path is told)."""
    pieces = _pieces(text)
    return _chain(pieces)[2] if pieces else None


def _pieces(text: str) -> list[str] | None:
    """The pieces of a path told as runs and bends, in order."""
    head = re.search(r"\b(?:path|along(?:\s+(?:an?\s+)?\w+\s+path)?|swept\s+along|route)\b\s*:?", text, re.I)
    start = re.search(r"\b(?:straight|bend|arc)\b", text, re.I)
    if start is None:
        return None
    body = text[head.end():] if head and head.end() <= start.start() + 40 else text[max(0, start.start() - 12):]
    stop = re.search(r"\.\s|\.$|\bsweep\b|\b(?:both bends|ends?\s+open|open ends|flat cut|leave the ends)", body, re.I)
    body = body[: stop.start()] if stop else body
    return [p for p in re.split(r"\s*(?:[,;]|\bthen\b|\band\b|\bimmediately\b)\s*", body, flags=re.I) if p.strip()]


def _chain(pieces: list[str]) -> tuple[list[tuple[str, float, float]], dict[float, str], str | None]:
    """Runs and bends, each piece in turn: (segments, roles, the first piece not read)."""
    segs: list[tuple[str, float, float]] = []
    roles: dict[float, str] = {}
    skip = False
    for k, piece in enumerate(pieces):
        if skip:
            skip = False
            continue
        b = _BEND.search(piece)
        if b:
            angle = float(b.group(1) or b.group(2)) if (b.group(1) or b.group(2)) else (180.0 if (b.group(3) or "").lower() == "half" else 90.0)
            rm = _RADIUS.search(piece)
            if rm is None and k + 1 < len(pieces) and not _BEND.search(pieces[k + 1]):
                rm = _RADIUS.search(pieces[k + 1])  # "a 90° arc, centreline radius 30"
                skip = rm is not None
            if rm is None:
                return segs, roles, piece.strip() + " (no bend radius)"
            r = float(next(g for g in rm.groups() if g))
            sign = -1.0 if re.search(r"\bright\b|\bclockwise\b", piece, re.I) else 1.0
            segs.append(("arc", r, sign * angle))
            roles.setdefault(r, "bend radius")
            roles.setdefault(angle, "bend angle")
            continue
        m = _RUN.search(piece)
        if m:
            length = float(next(g for g in m.groups() if g))
            segs.append(("line", length, 0.0))
            roles.setdefault(length, "straight run")
            continue
        if re.search(r"\d", piece):
            return segs, roles, piece.strip()
    return segs, roles, None


@dataclass
class Section:
    """The closed section a sweep carries: a circle, a ring (OD, ID) or a rectangle."""

    kind: str
    size: Point
    roles: dict[float, str]


def diameter(text: str) -> float | None:
    """A diameter said as such: 'diameter 10', '10 mm diameter'."""
    return _any([r"\bdiameter\s*(?:of\s*)?" + NUM, NUM + r"\s*(?:mm\s*)?diameter\b"], text)


def hole_size(text: str) -> float | None:
    """A hole's size said before the noun: 'a 3 mm cross hole'."""
    return _v(NUM + r"\s*(?:mm\s*)?(?:\w+\s+)?hole\b", text)


def _any(patterns: list[str], text: str) -> float | None:
    """The first pattern that is found, in the order given (not the leftmost match of all)."""
    return next((v for p in patterns if (v := _v(p, text)) is not None), None)


def sweep_section(text: str) -> Section | None:
    """The section a sweep carries: a tube by OD / ID, a rectangle, a circle (wire, round bar, stock)."""
    od = _any([r"\bOD\s*(?:of\s*|=\s*)?" + NUM, r"\b(?:outside|outer)\s+diameter\s*(?:of\s*)?" + NUM,
               NUM + r"\s*(?:mm\s*)?(?:OD|outside diameter|outer diameter)\b"], text)
    idia = _any([r"\bID\s*(?:of\s*|=\s*)?" + NUM, r"\b(?:inside|inner)\s+diameter\s*(?:of\s*)?" + NUM,
                 NUM + r"\s*(?:mm\s*)?(?:ID|inside diameter|inner diameter)\b"], text)
    if od and idia and idia < od:
        return Section("ring", (od, idia), {od: "tube outside diameter", idia: "tube inside diameter"})
    rect = re.search(r"\brect(?:angle)?\s*(?:of\s*)?" + NUM + r"\s*(?:mm\s*)?(?:x|by)\s*" + NUM + r"|" + NUM + r"\s*(?:mm\s*)?(?:x|by)\s*" + NUM + r"\s*(?:mm\s*)?rect", text, re.I)
    if rect:
        w, h = (float(g) for g in rect.groups() if g)
        return Section("rect", (w, h), {w: "section width", h: "section height"})
    d = _v(r"\bdiameter\s*" + NUM + r"(?:\s*mm)?\s*(?:diameter\s*)?(?:circle|wire|round|rod|bar|stock|section)\b|" + NUM
           + r"\s*(?:mm\s*)?(?:diameter\s*)?(?:circle|wire|round\s+(?:bar|stock|rod))\b|(?<!half-)(?<!half )\bcircle\s*(?:of\s*)?(?:diameter\s*(?:of\s*)?)?" + NUM, text)
    if d:
        return Section("circle", (d, 0.0), {d: "section diameter"})
    return None

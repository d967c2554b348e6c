"""Sketch outlines told as lines, arcs and polylines through points, or as two circles joined by tangent lines.

A CAD sketch is a set of entities; the closed chains among them are loops. People write the chain piece by
piece ("line from (0.1, 0) to (0.5, 0), an arc from (0.5, 0) through (0.6, 0.1) to (0.5, 0.2), ..."), as one
run of points ("polyline (0,0) -> (50,0) -> ... -> close", "lines from A to B to C and back"), or as two
circles "joined with two tangent lines and trimmed to a slot". This layer turns those words into closed
`ops.Loop`s in sketch coordinates and says which stretch of the text each one used, so the sketch buffer
reads the rest (circles, rectangles) as the other entities of the same sketch. A chain that does not close
is returned as a problem, never as a guessed outline.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field

from . import ops

Point = tuple[float, float]

_N = r"-?\d+(?:\.\d+)?"
_PT = r"\(\s*(" + _N + r")\s*,\s*(" + _N + r")\s*\)"
_PT_RE = re.compile(_PT)
# "polyline (0,0) -> (50,0) -> ... -> close", "a closed polyline through (0,0), (0.8,0), ... back to the start"
_POLY = re.compile(r"\b(?:closed\s+)?poly(?:line|gon)\b[^.;]*?((?:" + _PT + r"[\s,]*(?:->|→|-|to|,|and)?\s*){3,})"
                   r"(?:(?:->|→|,)?\s*(?:close[ds]?\b|and\s+close\b|(?:and\s+)?back\s+to\s+(?:the\s+)?(?:start|first\s+point|origin)\b))?", re.I)
# one piece of a chain: "line from A to B", "an arc from A through M to B", "from A to B to C ... and back"
# "a triangle with points at (0,0), (60,0) and (0,60)", "a polygon through the points ...": the corners of a closed outline
_CORNERS = re.compile(r"\b(?:triangle|polygon|quadrilateral|pentagon|outline|shape|profile)\s+(?:with\s+(?:its\s+)?(?:points|corners|vertices)"
                      r"|through\s+(?:the\s+)?(?:points)?|(?:of|with)\s+(?:the\s+)?(?:points|corners|vertices))\s*(?:at\s*)?((?:" + _PT + r"[\s,]*(?:and\s+)?){3,})", re.I)
_LINE = re.compile(r"\b(?:(?:straight\s+)?(lines?)\s+)?(?:back\s+)?from\s+" + _PT + r"((?:\s*(?:(?:back\s+)?to|->|→)\s*" + _PT + r")+)"
                   r"(?:\s*,?\s*and\s+back(?:\s+to\s+(?:the\s+)?(?:start|origin|first\s+point|" + _PT + r"))?)?", re.I)
_ARC = re.compile(r"\barc\s+from\s+" + _PT + r"\s*(?:,\s*)?(?:passing\s+)?through\s+" + _PT + r"\s*(?:,\s*)?to\s+" + _PT, re.I)
_BARE = re.compile(_PT + r"\s*(?:(?:back\s+)?to|->|→)\s*" + _PT, re.I)  # "(0,0) to (0.9,0), (0.9,0) to (0.9,0.6)"
_TANGENT = re.compile(r"\b(?:two|2)\s+tangent\s+lines\b|\btangent\s+lines\b|\bjoin\w*\s+(?:them\s+)?(?:by|with)\s+tangents\b", re.I)


@dataclass
class Read:
    """The closed loops of a sketch's text, the spans of text they used, and what did not close."""

    loops: list[ops.Loop] = field(default_factory=list)
    slots: list[tuple[Point, Point, float]] = field(default_factory=list)  # two circles joined by tangents: (a, b, r)
    spans: list[tuple[int, int]] = field(default_factory=list)
    values: set[float] = field(default_factory=set)
    problems: list[str] = field(default_factory=list)

    def rest(self, text: str) -> str:
        """The text with the outline's words blanked, for the readers of the other entities."""
        out = list(text)
        for a, b in self.spans:
            out[a:b] = " " * (b - a)
        return "".join(out)


def speaks(text: str) -> bool:
    """Whether the text draws an outline piece by piece (lines, arcs, polylines through points, tangent lines)."""
    return bool(_POLY.search(text) or _CORNERS.search(text) or _ARC.search(text) or _TANGENT.search(text)
                or (bool(_LINE.search(text) or _BARE.search(text)) and bool(re.search(r"\blines?\b", text, re.I))))


def _pts(s: str) -> list[Point]:
    return [(float(a), float(b)) for a, b in _PT_RE.findall(s)]


def _close(p: Point, q: Point) -> bool:
    return math.dist(p, q) <= 1e-9 + 1e-6 * max(1.0, abs(p[0]), abs(p[1]))


def _loop(pieces: list[tuple[Point, Point | None, Point]]) -> ops.Loop | None:
    """Pieces (start, arc mid or None, end) chained end to start into one closed loop, or None."""
    if not pieces:
        return None
    todo = list(pieces)
    chain = [todo.pop(0)]
    while todo:
        end = chain[-1][2]
        nxt = next((p for p in todo if _close(p[0], end)), None)
        if nxt is None:
            rev = next((p for p in todo if _close(p[2], end)), None)  # a piece written the other way round
            if rev is None:
                return None
            todo.remove(rev)
            chain.append((rev[2], rev[1], rev[0]))
            continue
        todo.remove(nxt)
        chain.append(nxt)
    if not _close(chain[-1][2], chain[0][0]) or len(chain) < 2:
        return None
    return ops.Loop(None, chain[0][0], [(mid, end) for _, mid, end in chain])


def read(text: str) -> Read:
    """Every closed outline the text draws with lines, arcs, polylines or tangent-joined circles."""
    got = Read()
    for m in [*_POLY.finditer(text), *_CORNERS.finditer(text)]:
        if any(a < m.end() and m.start() < b for a, b in got.spans):
            continue  # 'a closed polygon through ...': one outline, read once
        pts = _pts(m.group(1))
        if len(pts) > 1 and _close(pts[0], pts[-1]):
            pts = pts[:-1]
        if len(pts) < 3:
            continue
        got.loops.append(ops.Loop(None, pts[0], [(None, p) for p in [*pts[1:], pts[0]]]))
        got.spans.append(m.span())
        got.values |= {abs(v) for p in pts for v in p}
    pieces: list[tuple[Point, Point | None, Point]] = []
    spans: list[tuple[int, int]] = []
    taken = [False] * len(text)
    for a, b in got.spans:
        taken[a:b] = [True] * (b - a)
    for m in _ARC.finditer(text):
        if any(taken[m.start():m.end()]):
            continue
        p = _pts(m.group(0))
        pieces.append((p[0], p[1], p[2]))
        spans.append(m.span())
        taken[m.start():m.end()] = [True] * (m.end() - m.start())
    lines = bool(re.search(r"\b(?:lines?|triangle|outline|profile)\b", text, re.I))
    for pattern in (_LINE, _BARE):
        for m in pattern.finditer(text):
            if any(taken[m.start():m.end()]):
                continue
            p = _pts(m.group(0))
            if len(p) < 2 or not (lines or len(p) >= 3) or (
                    len(p) == 2 and re.search(r"\b(?:rectangle|square|slot)\b[^.;]{0,40}$", text[:m.start()], re.I)):
                continue  # 'a rectangle from (0,0) to (40,25)' is a rectangle by its corners, not a line
            back = re.search(r"\band\s+back\b", m.group(0), re.I)
            if back and not _close(p[-1], p[0]):
                p.append(p[0])
            pieces += [(p[k], None, p[k + 1]) for k in range(len(p) - 1) if not _close(p[k], p[k + 1])]
            spans.append(m.span())
            taken[m.start():m.end()] = [True] * (m.end() - m.start())
    if pieces:
        loop = _loop(pieces)
        if loop is None:
            got.problems.append("the lines and arcs do not close into one outline")
        else:
            got.loops.append(loop)
            got.spans += spans
            got.values |= {abs(v) for piece in pieces for q in piece if q for v in q}
    tangent = _TANGENT.search(text)
    if tangent:
        slot = _tangent_slot(text, tangent)
        if slot is None:
            got.problems.append("the two circles the tangent lines join")
        else:
            ends, span, used = slot
            got.slots.append(ends)
            got.spans.append(span)
            got.values |= used
    return got


def _tangent_slot(text: str, tangent: re.Match[str]) -> tuple[tuple[Point, Point, float], tuple[int, int], set[float]] | None:
    """'two circles R10 with centres at (-25,0) and (25,0), join them with two tangent lines and trim to a slot'."""
    stops = [m.end() for m in re.finditer(r"(?<!\d)\.(?!\d)", text[:tangent.start()])]
    start = stops[-1] if stops else 0
    head = text[start:tangent.start()]
    if not re.search(r"\b(?:two|2)\s+(?:[\w.-]+\s+){0,3}circles\b", head, re.I):
        return None
    pts = _pts(head)
    r = re.search(r"\bR\s*(" + _N + r")\b|\bradius\s*(?:of\s*)?(" + _N + r")", head, re.I)
    d = re.search(r"\bdiameter\s*(?:of\s*)?(" + _N + r")|(" + _N + r")\s*(?:mm\s*)?diameter\b", head, re.I)
    if len(pts) != 2 or not (r or d) or _close(pts[0], pts[1]):
        return None
    rad = float(r.group(1) or r.group(2)) if r else float(d.group(1) or d.group(2)) / 2 if d else 0.0
    end = re.search(r"(?<!\d)\.(?!\d)|;|$", text[tangent.end():])
    stop = tangent.end() + (end.start() if end else 0)
    used = {abs(v) for p in pts for v in p} | {rad, 2 * rad}
    return (pts[0], pts[1], rad), (start, stop), used

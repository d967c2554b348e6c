"""Where a second body goes on the body it names: one grammar for every way people say it.

A body added to a base is placed by three kinds of words, read here once for all the readers of bodies:
- an edge or end it stands on ("flush with one of the 60 edges", "on the back edge", "one on each of the
  short (60) edges", "at each end, flush with the ends", "at the outer end"): the body stands flush with
  that edge, and a thin body (a wall, an upright) turns so that its thickness runs across the edge and its
  width along it, whatever words it gave its own sizes;
- stations on the face it stands on ("along the long centreline, 20 apart", "at the corners, centres 4.5
  in from both edges", "first pin 10 from the end, pitch 25", "30 either side of it"): the same grammar
  that places holes on a face (read._positions, passed in as `stations`, since this layer sits below read.py);
- its height ("50 tall above the base" is its own; "total height 22", "rising to 25 total height",
  "30 tall overall (measured from the bottom of the base)" run from the part's underside).

Whatever placement words a clause has that none of these read are returned (`Footing.unread`), so the
reader can say which body it could not place instead of building it on top in the middle at `high`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from .text import NUM, first

Point = tuple[float, float]
Size = tuple[float, float, float]
# (clause, plan length, plan width, count) -> (centres about the plan's centre, said) or None
Stations = Callable[[str, float, float, int | None], "tuple[list[Point], str] | None"]

_COUNT = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "eight": 8, "2": 2, "3": 3, "4": 4, "5": 5, "6": 6, "8": 8}
_QUAL = r"(?:(short|long|back|front|rear|left|right|far|near|outer|inner|other|(\d+(?:\.\d+)?)(?:\s*mm)?)\s*(?:\((?:\s*(\d+(?:\.\d+)?)\s*(?:mm)?\s*)\)\s*)?)?"
# "flush with one of the 60 edges", "on the back edge", "on each of the short (60) edges", "at each end", "at the outer end"
_EDGE = re.compile(r"\b(?:on|at|along|against|flush with|standing on|to)\s+(?:(?:one|each|both|either)\s+(?:of\s+)?)?(?:the\s+|its\s+|their\s+)?"
                   r"(?:two\s+)?" + _QUAL + r"(edges?|ends?|sides?)\b(?!\s*(?:face|surface|of the (?:hole|slot)))", re.I)
_BOTH = re.compile(r"\b(?:each|both|either|two)\s+(?:of\s+)?(?:the\s+|its\s+)?(?:two\s+)?(?:\w+\s+){0,2}?(?:\(\s*\d+(?:\.\d+)?\s*(?:mm)?\s*\)\s*)?"
                   r"(?:edges|ends|sides|edge|end|side)\b|\bone on each\b|\bat both\b", re.I)
# placement words: any of them left unread means the body's place was not understood
CUES = re.compile(r"\b(?:flush|edges?|ends?|corners?|centre ?line|center ?line|apart|pitch|spaced|either side|inset|in from|"
                  r"middle|centred|centered|central|offset|next to|beside)\b", re.I)
# "total height 22", "rising to 25 total height", "tall overall", "measured from the bottom of the base"
_TOTAL = re.compile(r"\btotal height\s*(?:of\s*|is\s*|=\s*)?" + NUM + r"|" + NUM + r"\s*(?:mm\s*)?(?:total|overall)\s*(?:height)?\b|"
                    r"\b(?:overall height|height overall)\s*(?:of\s*|is\s*)?" + NUM + r"|\brising to\s*(?:an?\s*)?(?:overall\s*|total\s*)?"
                    r"(?:height\s*(?:of\s*)?)?" + NUM + r"\s*(?:mm\s*)?(?:total|overall|in all|from the (?:bottom|underside))|" + NUM
                    + r"\s*mm\s*(?:tall|high)\s*(?:overall|in total|\(?\s*(?:measured\s+)?from the (?:bottom|underside))", re.I)


@dataclass
class Footing:
    """Where a body stands on its reference, in the reference's plan (world X, Y) and height."""

    size: Size
    centres: list[Point]
    said: list[str] = field(default_factory=list)
    unread: list[str] = field(default_factory=list)  # placement words in the clause no rule read


def _fmt(v: float) -> str:
    return f"{round(v, 3):g}"


def count_in(text: str, noun: str) -> int | None:
    """How many of the body the clause names ('four Ø8 posts', 'two side walls', '5 pins', 'Three ribs')."""
    stem = re.escape(noun.rstrip("s"))
    m = re.search(r"(?<![\w.])(two|three|four|five|six|eight|[2-8](?!\.\d|\s*(?:mm|x|by)\b))\s+(?:[\w.-]+\s+){0,6}?" + stem + r"(?:s|es)?\b",
                  text, re.I)
    return _COUNT.get(m.group(1).lower()) if m else None


@dataclass(frozen=True)
class _Edge:
    along: int  # the plan axis the edge runs along (0 X, 1 Y)
    sides: tuple[float, ...]  # -1 / +1: which of the two edges across that axis
    said: str


def _edge(text: str, rx: float, ry: float) -> _Edge | None:
    m = _EDGE.search(text)
    if not m:
        return None
    qual = (m.group(1) or "").lower()
    length = float(m.group(2) or m.group(3)) if (m.group(2) or m.group(3)) else None
    noun = m.group(4).lower()
    long_axis = 0 if rx >= ry else 1
    along: int | None = None
    side = 1.0
    if length is not None:
        hits = [k for k, s in enumerate((rx, ry)) if abs(s - length) < 1e-6]
        along = hits[0] if len(hits) == 1 else None
    if along is None:
        if qual in ("back", "rear", "far"):
            along, side = 0, 1.0
        elif qual in ("front", "near"):
            along, side = 0, -1.0
        elif qual in ("left", "inner", "other"):
            along, side = 1, -1.0
        elif qual in ("right", "outer"):
            along, side = 1, 1.0
        elif qual == "long" or (noun.startswith("side") and qual != "short"):
            along = long_axis
        elif qual == "short" or noun.startswith("end"):
            along = 1 - long_axis
        else:
            return None  # "on the edge": which one the words do not say
    if qual in ("back", "rear", "far", "front", "near") and along == 1:
        side = side  # a back edge named by its length along Y: +Y is still the back
    # "on its short ends", "one on each of the short edges": both of them; "flush with one of the 60 edges": one
    both = (bool(_BOTH.search(text)) or noun.endswith("s")) and not re.search(r"\bone of\b|\bat one\b|\bon one\b", m.group(0), re.I)
    name = f"the {_fmt(length)} mm" if length is not None else f"the {qual}" if qual else "the"
    said = (f"one on each of {name} {noun.rstrip('s')}s" if both else f"flush with {name if qual or length else 'one'} "
            f"{noun.rstrip('s')}")
    return _Edge(along, (-1.0, 1.0) if both else (side,), said)


def on_edge(text: str, size: Size, ref: tuple[float, float, float, float], round_body: bool) -> Footing | None:
    """A body standing flush on an edge or end of its reference (ref = x0, x1, y0, y1 of its plan);
    a thin box is turned so its thickness runs across that edge."""
    x0, x1, y0, y1 = ref
    rx, ry = x1 - x0, y1 - y0
    e = _edge(text, rx, ry)
    if e is None:
        return None
    a, b, h = size
    if not round_body and a != b:
        thin, wide = min(a, b), max(a, b)
        a, b = (wide, thin) if e.along == 0 else (thin, wide)
    across = 1 - e.along
    lo, hi = (y0, y1) if across == 1 else (x0, x1)
    half = (b if across == 1 else a) / 2
    mid = (x0 + x1) / 2 if across == 1 else (y0 + y1) / 2
    centres = []
    for s in e.sides:
        c = hi - half if s > 0 else lo + half
        centres.append((mid, c) if across == 1 else (c, mid))
    return Footing((a, b, h), centres, [e.said])


def total_height(text: str) -> float | None:
    """The height a body rises to from the part's underside, when the clause gives it so."""
    m = _TOTAL.search(text)
    return next((float(g) for g in m.groups() if g is not None), None) if m else None


def own_height_above(text: str) -> float | None:
    """'50 tall above the base', '20 tall above the disc top', '15 above the top': the body's own height."""
    return first(NUM + r"\s*mm\s*(?:tall|high)?\s*above the (?:base|plate|top|disc|floor|\w+ top)\b", text)


def footing(text: str, size: Size, ref: tuple[float, float, float, float], n: int | None, round_body: bool,
            stations: Stations | None) -> Footing | None:
    """The body's plan places on its reference, from an edge it stands on or stations on its face; None when
    the clause says neither (the caller keeps its own rules: corners, ends, centred on top)."""
    got = on_edge(text, size, ref, round_body)
    if got is not None:
        return got
    if stations is None or not (n and n > 1):
        return None
    x0, x1, y0, y1 = ref
    found = stations(text, x1 - x0, y1 - y0, n)
    if found is None or len(found[0]) != n:
        return None
    cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
    return Footing(size, [(cx + px, cy + py) for px, py in found[0]], [found[1]])


def unread_cues(text: str, read: bool) -> list[str]:
    """The placement words of a clause that nothing read (empty when a rule placed the body by them)."""
    if read:
        return []
    clause = re.split(r"\b(?:holes?|bored?|bores|drill\w*|slots?)\b", text, maxsplit=1, flags=re.I)[0]
    # "in the middle", "centred": the place a body gets when no other words place it
    return sorted({w for m in CUES.finditer(clause) if (w := m.group(0).lower()) not in _DEFAULT})


_DEFAULT = {"middle", "centred", "centered", "central"}

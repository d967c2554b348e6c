"""A part of a known kind described piece by piece: each piece's sizes read by their role words.

People describe a hinge leaf, a standoff or a cable saddle by its pieces ("10 mm hex body 5.5 AF, 6 mm
stud, female side tapped 6 deep", "a 7 OD knuckle", "an R4 half-round groove across the underside").
The general parser binds a number to the nearest size word for the whole part; here one named pattern
reads the clause a piece's noun stands in (up to the next comma, semicolon, sentence or "with"), and
gives each number there its role:

    [Ø|R|radius|dia] N [mm] [long|wide|thick|high|tall|deep|AF|across flats|OD|dia|radius]

A number with no role word is `bare` (the family says what a bare size of its piece is: a body's
length, a peg's diameter); a number followed by "from", "apart", "in from" is a place, not a size.
Holes placed round a central piece are counted by their places ("one above and one below the peg",
"a screw hole on each side"), so the family cuts as many as the words say.  No FAMILY here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ....prompt.promises import more_ones
from ..parse import PartSpec

_N = r"\d+(?:\.\d+)?"
# the role word written after a size, and the role it gives
_AFTER = (("across flats", "af"), ("across the flats", "af"), ("a/f", "af"), ("af", "af"),
          ("long", "length"), ("length", "length"), ("lg", "length"), ("wide", "width"), ("width", "width"),
          ("thick", "thickness"), ("thk", "thickness"), ("thickness", "thickness"), ("high", "height"),
          ("tall", "height"), ("height", "height"), ("deep", "depth"), ("depth", "depth"), ("dp", "depth"),
          ("od", "diameter"), ("o/d", "diameter"), ("dia", "diameter"), ("diameter", "diameter"), ("diam", "diameter"),
          ("radius", "radius"), ("rad", "radius"), ("id", "inner"))
_BEFORE = (("ø", "diameter"), ("⌀", "diameter"), ("dia", "diameter"), ("diameter", "diameter"), ("od", "diameter"),
           ("radius", "radius"), ("r", "radius"), ("length", "length"), ("width", "width"), ("thickness", "thickness"),
           ("height", "height"), ("depth", "depth"))
_AFTER_RX = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w, _ in _AFTER)
_BEFORE_RX = "|".join(re.escape(w) for w, _ in _BEFORE)
_SIZE = re.compile(rf"(?<![\w.])(?:(?P<pre>{_BEFORE_RX})\s*(?:of\s+|=\s*|:\s*)?)?(?P<n>{_N})(?![\d/])\s*(?:mm\b\.?\s*)?"
                   rf"(?P<post>(?:{_AFTER_RX})(?![\w/]))?", re.I)
_PLACE_AFTER = re.compile(r"\s*(?:mm\s*)?(?:in\s+)?(?:from|off|apart|centres|centers|each\s+side|either\s+side|"
                          r"above|below|up|down)\b", re.I)
# "2 screw holes", "4 x": a count, neither a size nor a place
_COUNT_AFTER = re.compile(r"\s*(?:x\s|×|(?:[a-z]+\s+)?(?:holes|screws|bolts|pcs|off)\b)", re.I)
# where a piece's clause ends: a list comma or semicolon, a sentence, "with", "and a"
_CLAUSE_END = re.compile(r"[;,:](?!\d)|\.(?!\d)|\bwith\b|\band\s+(?:an?|one|two|the)\b|\bplus\b|\(", re.I)


@dataclass(frozen=True)
class Piece:
    """One piece's sizes as written in its clause: `sizes` by role (mm), `bare` the numbers with no role
    word (in order), `places` the numbers that place something ("15 from the axis"), `clause` the text."""

    noun: str
    clause: str
    sizes: dict[str, float] = field(default_factory=dict)
    bare: tuple[float, ...] = ()
    bare_before: tuple[float, ...] = ()
    places: tuple[float, ...] = ()

    def get(self, *roles: str) -> float | None:
        return next((self.sizes[r] for r in roles if r in self.sizes), None)


def _role(word: str | None, table: tuple[tuple[str, str], ...]) -> str | None:
    if not word:
        return None
    w = re.sub(r"\s+", " ", word.lower())
    return next((r for k, r in table if k == w), None)


def read_clause(clause: str, noun_at: int = 0) -> tuple[dict[str, float], list[float], list[float], list[float]]:
    """(sizes by role, bare numbers, bare numbers before `noun_at`, places) of one clause."""
    sizes: dict[str, float] = {}
    bare: list[float] = []
    before: list[float] = []
    places: list[float] = []
    for m in _SIZE.finditer(clause):
        value = float(m.group("n"))
        role = _role(m.group("post"), _AFTER) or _role(m.group("pre"), _BEFORE)
        if m.group("pre") and m.group("pre").lower() == "r" and clause[m.start() - 1:m.start()].isalpha():
            role = None
        if role is None and m.group("n").isdigit() and _COUNT_AFTER.match(clause, m.end("n")):
            continue
        if role is None and _PLACE_AFTER.match(clause, m.end("n")):
            places.append(value)
            continue
        if role is None:
            (before if m.start() < noun_at else bare).append(value)
        else:
            sizes.setdefault(role, value)
    return sizes, bare, before, places


def pieces(spec: PartSpec, nouns: str, text: str | None = None) -> list[Piece]:
    """Every mention of a piece (`nouns`, a regex of its names) with the sizes in its clause."""
    t = (text if text is not None else spec.text).lower()
    out = []
    for m in re.finditer(rf"\b(?:{nouns})\b", t):
        start = max([e.end() for e in _CLAUSE_END.finditer(t, 0, m.start())], default=0)
        end_m = _CLAUSE_END.search(t, m.end())
        clause = t[start:end_m.start() if end_m else len(t)]
        sizes, bare, before, places = read_clause(clause, m.start() - start)
        out.append(Piece(m.group(0), clause.strip(), sizes, tuple(bare), tuple(before), tuple(places)))
    return out


def piece(spec: PartSpec, nouns: str, text: str | None = None, role: str | None = None) -> Piece | None:
    """The first mention of a piece that carries a size (of `role`, when given), else the first mention, else None."""
    found = pieces(spec, nouns, text)
    if role is not None:
        return next((p for p in found if role in p.sizes), None)
    return next((p for p in found if p.sizes or p.bare or p.bare_before), found[0] if found else None)


# "one 4.5 screw hole above and one below the peg", "a 5 mm hole above the peg and another below it"
_ONE_HOLE = re.compile(r"\b(?:one|a|an|single|a\s+single)\s+(?:[øØ⌀]?\s*\d+(?:\.\d+)?\s*(?:mm\s*)?(?:dia\w*\s+)?)?"
                       r"(?:countersunk\s+|csk\s+|screw\s+|fixing\s+|mounting\s+|bolt\s+)*hole\b", re.I)
# "a 3.5 screw hole each side of it", "Ø4 screw hole on each side", "a hole either side of the groove"
_EACH_SIDE = re.compile(r"\bhole\b(?:\s+[\w.øØ⌀]+){0,3}?\s+(?:on\s+|at\s+)?(?:each|either|both)\s+sides?\b", re.I)


# "screw holes Ø4, one above and one below the peg": the plural noun, then the holes one by one
_HOLES_ONE = re.compile(r"\bholes\b[^.;]{0,25}?,?\s*\bone(?=\s+(?:above|below|over|under|on|at|to|each|either|beside|left|right)\b)",
                        re.I)


def placed_holes(spec: PartSpec) -> int | None:
    """The holes counted by where they go round a central piece, or None when no place counts them."""
    t = spec.source_text or spec.text
    if _EACH_SIDE.search(t):
        return 2
    one = _ONE_HOLE.search(t) or _HOLES_ONE.search(t)
    if one is not None:
        more = more_ones(t, one.end())
        if more:
            return 1 + sum(more)
    return None

"""Ways people write sizes, counts and roles, rewritten into the forms the part families read.

"1 m length of 20 x 20 square bar", "6 mm holes on a 20 mm grid, 9 across by 4 down", "tube dia 30,
centreline dia 120", "a 22 mm pocket 7 deep plus a 10 mm through hole under it", "w/ four holes":
each is a named pattern (a rule) with a producer that rewrites the phrase and records what it was read
as (a `StandardUse`, like the standards' names), so the reading binds the person's numbers to it and
shows where every size came from. Rules are grammar (the words next to the numbers), never prompts.
"""

from __future__ import annotations

import re
from itertools import pairwise

from . import stock_lengths as _stock_lengths
from .numbers import MM_PER_UNIT, UNIT_WORDS
from .standards import Rule, StandardUse

# the end of the meaning of every number read as no size of the part (not_sizes.py, the stock pieces are cut from):
# the reading binds the number to it and the size check does not look for it in the part
SET_ASIDE = "not a size (set aside)"
_N = r"(\d+(?:\.\d+)?)"
_WORD_NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
                 "ten": 10, "eleven": 11, "twelve": 12, "a": 1, "an": 1, "half a": 0.5, "a half": 0.5}
_NUM_OR_WORD = r"(\d+(?:\.\d+)?|" + "|".join(sorted((re.escape(w).replace(r"\ ", r"\s+") for w in _WORD_NUMBERS),
                                                   key=len, reverse=True)) + r")"
_UNIT = r"(mm|millimet(?:er|re)s?|cm|centimet(?:er|re)s?|m|met(?:er|re)s?|in|inch(?:es)?|\"|ft|foot|feet)"


def _g(v: float) -> str:
    return f"{round(v, 4):g}"


def _number(text: str) -> float:
    key = re.sub(r"\s+", " ", text.lower())
    return float(_WORD_NUMBERS[key]) if key in _WORD_NUMBERS else float(key)


def _mm(value: float, unit: str | None) -> float:
    if not unit:
        return value
    u = "in" if unit == '"' else UNIT_WORDS.get(unit.lower(), "mm")
    return value * MM_PER_UNIT[u]


# ---- "w/ four holes", "w/o a hole": the shorthand for with and without ---------------------------------------
def _with_use(m: re.Match[str], text: str) -> StandardUse | None:
    meant = "without" if m.group(1) else "with"
    return StandardUse(m.group(0).strip(), f"“{m.group(0).strip()}” is {meant}", f" {meant} ")


_WITH = re.compile(r"(?<![\w/])w/(o\b)?\s*", re.I)


# ---- "6,5 ID", "0,8 cm": a decimal comma (no space after it) before a unit or a role word --------------------
_DECIMAL_COMMA = re.compile(r"(?<![\d,.])(\d+),(\d{1,2})(?![\d,])(?=\s*(?:mm|cm|m\b|in\b|\"|id\b|od\b|dia|bore|thick|long|wide|"
                            r"deep|high|tall|wall|x\b|\u00d7|by\b|[;)]|$))", re.I)


# "20 x 20 x 1,5, longueur 400": in a size group, after its x, a comma between digits is a decimal comma
_GROUP_DECIMAL_COMMA = re.compile(r"(?:(?<=[x\u00d7*])|(?<=[x\u00d7*]\s))(\d+),(\d{1,2})(?![\d])(?!,\d)"
                                  r"(?!\s*(?:holes?|slots?|bores?|pcs|pieces|off|bolts?|screws?|rows?|columns?)\b)", re.I)


def _decimal_comma_use(m: re.Match[str], text: str) -> StandardUse | None:
    value = f"{m.group(1)}.{m.group(2)}"
    return StandardUse(m.group(0), f"{m.group(0)}: a decimal comma, {value}", value)


# ---- "a 20 centre hole", "centre hole 20": a bare number names the centre hole's diameter ---------------------
_CENTRE_HOLE = re.compile(r"\b(?P<lead>an?|one|with\s+an?)\s+" + _N + r"(?!\s*(?:mm|cm|in\b|\"|x\b|\u00d7))\s+(?P<word>cent(?:re|er)|central|middle)"
                          r"\s+(?P<hole>hole|bore)\b", re.I)


def _centre_hole_use(m: re.Match[str], text: str) -> StandardUse | None:
    return StandardUse(m.group(0).strip(), f"a {m.group(2)} mm {m.group('word').lower()} {m.group('hole').lower()}",
                       f" {m.group('lead')} {m.group(2)} mm {m.group('word')} {m.group('hole')}")


# ---- a bar's length written apart from its section -------------------------------------------------------------
# "1 m length of 20 x 20 square bar", "a 300 mm piece of 40 x 8 flat bar", "25 x 25 square bar, cut to 1.2 m"
_STOCK = r"(?:(?:\w+[\s-]+){0,2}?(?:bar|stock|flat|billet|section|strip|rod|extrusion)s?)"
_SECTION_UNIT = r"(?:mm|cm|in\b|inch(?:es)?|\")"
_SECTION = _N + r"\s*(?:" + _SECTION_UNIT + r"\s*)?(?:x|\u00d7|by|\*)\s*" + _N + r"\s*(?P<su>" + _SECTION_UNIT + r")?(?!\s*(?:x|\u00d7|\*)\s*\d)"
_LENGTH_OF = re.compile(r"\b(?:an?\s+)?" + _NUM_OR_WORD + r"\s*" + _UNIT + r"?\s+(?:long\s+)?(?:length|piece|bit|off-?cut)s?\s+of\s+"
                        r"(?:an?\s+)?" + _SECTION + r"\s+(" + _STOCK + r")\b", re.I)
_CUT_TO = re.compile(r"\b" + _SECTION + r"\s+(" + _STOCK + r")\s*[,;]?\s*(?:(?:cut|sawn|sawed|trimmed)\s+to(?:\s+length)?\s*(?:of\s+)?"
                     r"(?:an?\s+)?" + _NUM_OR_WORD + r"\s*" + _UNIT + r"?(?:\s+long)?|" + _NUM_OR_WORD + r"\s*" + _UNIT +
                     r"?\s+(?:long|in\s+length|length)\b)", re.I)


# "flat bar 25x10, cut to 400 mm", "strip 20 x 5 cut to 300 long": the stock named before its section
_STOCK_FIRST_CUT = re.compile(r"\b(?P<stock>" + _STOCK + r")\s+" + _SECTION + r"\s*[,;]?\s*(?:(?:cut|sawn|sawed|trimmed)\s+to"
                              r"(?:\s+length)?\s*(?:of\s+)?(?:an?\s+)?)" + r"(?P<amount>\d+(?:\.\d+)?)\s*(?P<unit>" + _UNIT[1:-1]
                              + r")?(?:\s+(?:long|lengths?))?\b", re.I)
# "a 250 mm bar (30 x 10 section)", "600 long flat, 40 x 6 section": the length, the stock, then its section
_LENGTH_THEN_SECTION = re.compile(r"\b(?P<amount>\d+(?:\.\d+)?)\s*(?P<unit>" + _UNIT[1:-1] + r")?\s+(?:long\s+|lg\s+)?(?P<stock>"
                                  + _STOCK + r")\s*[(,]?\s*(?:of\s+|in\s+|with\s+an?\s+)?" + _SECTION
                                  + r"\s*(?:mm\s*)?(?:cross[- ]?)?section\s*\)?", re.I)
# "0,5 m square tube 40x40x2", "1.2 m tube 30x2", "2 m flat bar 40 x 5": a stock length in metres before the noun,
# the section after it (a round tube's "30x2" is its outside diameter and wall, as a stockholder writes it)
_TUBE_NOUN = r"(?:(?:square|rectangular|rect|round|box)[\s-]+)?(?:tube|tubing|pipe|hollow\s+section)"
_LENGTH_BEFORE_STOCK = re.compile(r"(?<![\d.,x×*])(?P<amount>\d+(?:\.\d+)?)\s*(?P<unit>m|cm|met(?:er|re)s?|centimet(?:er|re)s?)\s+"
                                  r"(?:(?:long|lg)\s+)?(?:of\s+)?(?P<stock>" + _TUBE_NOUN + r"|" + _STOCK + r")\s+(?P<a>\d+(?:\.\d+)?)"
                                  r"\s*(?:mm\s*)?[x×*]\s*(?P<b>\d+(?:\.\d+)?)(?:\s*(?:mm\s*)?[x×*]\s*(?P<c>\d+(?:\.\d+)?))?"
                                  r"(?!\s*(?:mm\s*)?[x×*]\s*\d|[\d.])(?:\s*mm\b)?", re.I)


def _length_before_stock_use(m: re.Match[str], text: str) -> StandardUse | None:
    length = _mm(_number(m.group("amount")), m.group("unit"))
    stock = re.sub(r"\s+", " ", m.group("stock").strip())
    a, b, c = m.group("a"), m.group("b"), m.group("c")
    if length <= max(float(a), float(b), float(c or 0)):
        return None
    round_tube = re.search(r"\b(?:tube|tubing|pipe)\b", stock, re.I) and not re.search(r"square|rect|box", stock, re.I)
    if c is None and round_tube and float(b) * 4 <= float(a):  # "tube 30x2": outside diameter 30, wall 2
        return StandardUse(m.group(0).strip(), f"a {a} x {b} {stock}: outside diameter {a}, wall {b}, {_g(length)} mm long",
                           f" {stock} {a} mm OD, {b} mm wall, {_g(length)} mm long ")
    section = f"{a} x {b}" + (f" x {c}" if c else "")
    return StandardUse(m.group(0).strip(), f"a {section} {stock}, {_g(length)} mm long", f" {stock} {section}, {_g(length)} mm long ")


# "bore the bearing OD straight through the 15 direction": the axis named by the size it runs along
_THROUGH_THE_SIZE = re.compile(r"\b(?P<thru>(?:through|thru)(?:\s+holes?)?)\s+the\s+(?P<n>\d+(?:\.\d+)?)\s*(?:mm\s+)?(?:direction|way|dimension|axis|side)\b",
                               re.I)


# "40x40x2 square tube", "60 x 40 x 3 RHS": a hollow section's sizes before its noun are outside x outside x wall
_HOLLOW_NOUN = r"(?:(?:square|rectangular|rect|box)[\s-]+(?:hollow[\s-]+)?(?:section\s+)?(?:tube|tubing|pipe|hollow\s+section)|rhs|shs)"
_SECTION_BEFORE_HOLLOW = re.compile(r"(?<![\d.x×*])" + _N + r"\s*(?:mm\s*)?[x×*]\s*" + _N + r"\s*(?:mm\s*)?[x×*]\s*" + _N
                                    + r"\s*(?:mm\s+)?(?P<noun>" + _HOLLOW_NOUN + r")\b", re.I)


def _section_before_hollow_use(m: re.Match[str], text: str) -> StandardUse | None:
    a, b, t = (float(m.group(i)) for i in (1, 2, 3))
    noun = re.sub(r"\s+", " ", m.group("noun"))
    if t * 2 >= min(a, b):   # "40 x 40 x 500 square tube": the third is its length
        return StandardUse(m.group(0), f"{m.group(1)} x {m.group(2)} x {m.group(3)} {noun}: outside {m.group(1)} x {m.group(2)}, "
                           f"{m.group(3)} long", f"{noun} {m.group(1)} x {m.group(2)}, {m.group(3)} long")
    return StandardUse(m.group(0), f"{m.group(1)} x {m.group(2)} x {m.group(3)} {noun}: outside {m.group(1)} x {m.group(2)}, "
                       f"{m.group(3)} wall", f"{noun} {m.group(1)} x {m.group(2)} x {m.group(3)}")


# "a piece of round bar 3/8 inch thick", "dowel 10 thick, 80 long": how thick a round bar is, is its diameter
_ROUND_THICK = re.compile(r"\b(?P<noun>round\s+(?:bar|rod|stock)|rod|dowel|pin|shaft|axle)\b(?P<gap>[^.;,\d]{0,12}?)\s(?P<n>\d+(?:\.\d+)?|\d+/\d+)"
                          r"\s*(?P<unit>mm|cm|in(?:ch(?:es)?)?\b|\")?\s*thick\b(?!\s*walls?)", re.I)


def _round_thick_use(m: re.Match[str], text: str) -> StandardUse | None:
    if re.search(r"\b(?:tube|pipe|wall|hollow|bore|hole|plate|flat|square|hex)\b", text, re.I):
        return None   # a tube's or a plate's thickness is its own
    unit = f" {m.group('unit')}" if m.group("unit") else ""
    return StandardUse(m.group(0), f"{m.group('n')}{unit} thick on a {m.group('noun').lower()}: its diameter",
                       f"{m.group('noun')}{m.group('gap')} {m.group('n')}{unit} diameter")


# ---- stock order lines: "cut 12 pcs @ 480 from 6 m lengths": each piece's length, and the bar it is cut from ---------
_EACH_AT = re.compile(r"\b(?P<n>\d+)\s*(?P<q>pcs?|pieces?|off|no\.?|nos)\s*(?P<at>@|at|x)\s*(?P<len>\d+(?:\.\d+)?)\s*(?P<unit>mm|cm|m\b)?"
                      r"(?:\s*(?:long|lg|each|ea))?", re.I)
_CUT_FROM = re.compile(r"\b(?:from|out\s+of|off)\s+(?:an?\s+|(?:\d+\s*x\s*)?)?(?P<len>\d+(?:[.,]\d+)?)\s*(?P<unit>m|mm|ft|foot|feet|"
                       r"met(?:re|er)s?)\s+(?:stock\s+|bar\s+|full\s+)?(?:lengths?|bars?|sticks?|stock|tubes?|pieces?)\b", re.I)


def _each_at_use(m: re.Match[str], text: str) -> StandardUse | None:
    length = _mm(float(m.group("len")), m.group("unit"))
    typed = m.group(0)[m.start("at") - m.start():]   # the count stays the reading's quantity of parts
    return StandardUse(typed, f"{typed}: each piece {_g(length)} mm long",
                       f"{m.group('n')} {m.group('q')}, {_g(length)} mm long")


def _cut_from_use(m: re.Match[str], text: str) -> StandardUse | None:
    return StandardUse(m.group(0), f"“{m.group(0)}”: the stock the pieces are cut from, {SET_ASIDE}", " ")


def _bar_use(section: tuple[str, str], stock: str, amount: str, unit: str | None, typed: str,
             section_unit: str | None = None) -> StandardUse | None:
    length = _mm(_number(amount), unit)
    if section_unit is None and re.search(r"\d\s*(?:in\b|inch|\")", typed, re.I):
        return None   # "1 in x 1 in": a unit on the first number only is left to the families
    su = {"inches": "in", "inch": "in"}.get((section_unit or "mm").lower(), (section_unit or "mm").lower())
    a, b = _mm(float(section[0]), su), _mm(float(section[1]), su)
    if length <= max(a, b):
        return None   # "20 x 20 bar, 10 long" is a size order the families already read
    return StandardUse(typed.strip(), f"a {_g(a)} x {_g(b)} {stock.strip()} section, {_g(length)} mm long",
                       f" {stock.strip()} {_g(a)} x {_g(b)} x {_g(length)} mm ")


def _length_of_use(m: re.Match[str], text: str) -> StandardUse | None:
    return _bar_use((m.group(3), m.group(4)), m.group(6), m.group(1), m.group(2), m.group(0), m.group("su"))


def _cut_to_use(m: re.Match[str], text: str) -> StandardUse | None:
    amount, unit = (m.group(5), m.group(6)) if m.group(5) else (m.group(7), m.group(8))
    return _bar_use((m.group(1), m.group(2)), m.group(4), amount, unit, m.group(0), m.group("su"))


def _stock_first_cut_use(m: re.Match[str], text: str) -> StandardUse | None:
    return _bar_use((m.group(2), m.group(3)), m.group("stock"), m.group("amount"), m.group("unit"), m.group(0), m.group("su"))


def _length_then_section_use(m: re.Match[str], text: str) -> StandardUse | None:
    return _bar_use((m.group(4), m.group(5)), m.group("stock"), m.group("amount"), m.group("unit"), m.group(0), m.group("su"))


def _through_the_size_use(m: re.Match[str], text: str) -> StandardUse | None:
    """Only the part's thinnest size is the plain through direction; another axis is left unread."""
    groups = re.findall(r"(\d+(?:\.\d+)?)\s*(?:mm\s*)?(?:x|\u00d7|\*)\s*(\d+(?:\.\d+)?)\s*(?:mm\s*)?(?:x|\u00d7|\*)\s*(\d+(?:\.\d+)?)",
                        text[:m.start()], re.I)
    if not groups or float(m.group("n")) != min(float(v) for v in groups[-1]):
        return None
    return StandardUse(m.group(0).strip(), f"through the {m.group('n')} mm side: the thickness", f" {m.group('thru')} ")


# ---- hole grids: "9 across by 4 down", "on a 20 mm grid", "on a 50 x 30 rectangle" ("a 5 x 2 grid of" the parser reads) --
_ACROSS_DOWN = re.compile(r"\b" + _NUM_OR_WORD + r"\s+(?:across|horizontally|in\s+x|along)\s*(?:,|by|x|\u00d7|and)?\s*"
                          + _NUM_OR_WORD + r"\s+(?:down|vertically|in\s+y)\b", re.I)
_GRID_PITCH = re.compile(r"\b(?:on|in)\s+an?\s+" + _N + r"\s*(?:mm\s*)?(?:square\s+)?(?:grid|matrix|pitch\s+grid)\b", re.I)
_RECT_PATTERN = re.compile(r"\bon\s+an?\s+" + _N + r"\s*(?:mm\s*)?(?:x|\u00d7|by)\s*" + _N
                           + r"\s*(?:mm\s*)?(?:rectangle|rectangular\s+(?:pattern|layout)|rect)\b", re.I)


def _across_down_use(m: re.Match[str], text: str) -> StandardUse | None:
    if not re.search(r"\b(?:holes?|slots?|grid|perforat\w*|pattern|array)\b", text, re.I):
        return None   # "80 across" alone is a diameter
    cols, rows = _number(m.group(1)), _number(m.group(2))
    return StandardUse(m.group(0).strip(), f"{_g(cols)} holes across by {_g(rows)} down: {_g(rows)} rows x {_g(cols)} columns",
                       f" {_g(rows)} rows x {_g(cols)} columns ")


def _grid_pitch_use(m: re.Match[str], text: str) -> StandardUse | None:
    return StandardUse(m.group(0).strip(), f"a {m.group(1)} mm grid: {m.group(1)} mm pitch both ways",
                       f" at {m.group(1)} mm pitch both ways ")


def _rect_pattern_use(m: re.Match[str], text: str) -> StandardUse | None:
    return StandardUse(m.group(0).strip(), f"hole centres on a {m.group(1)} x {m.group(2)} mm rectangle",
                       f" at {m.group(1)} x {m.group(2)} mm pitch ")


# ---- "along the 150 side": a side named by its length refers to the body's size, not a new one -----------------
_NAMED_SIDE = re.compile(r"\b(along|on|parallel\s+to|running\s+along|down)\s+the\s+" + _N
                         + r"\s*(?:mm\s*)?(side|edge|length|dimension|direction)\b", re.I)
_BODY = re.compile(_N + r"\s*(?:mm\s*)?(?:x|\u00d7|by)\s*" + _N, re.I)


def _named_side_use(m: re.Match[str], text: str) -> StandardUse | None:
    body = _BODY.search(text)
    if body is None or m.start() < body.end():
        return None
    sides = [float(body.group(1)), float(body.group(2))]
    if float(m.group(2)) != max(sides) or sides[0] == sides[1]:
        return None   # the short side would turn the pattern: left for the families to doubt
    return StandardUse(m.group(0).strip(), f"the {m.group(2)} side: the part's length (X)", f" {m.group(1)} the length ")


# ---- a torus by its tube and its centreline: "tube dia 30, centreline dia 120" ---------------------------------
_DIA = r"(?:dia(?:meter)?\.?|\u00d8|\u2300|\u00f8)"
_TUBE = r"(?:tube|cross[\s-]?section|section|cord|tube\s+section)"
_CENTRE = r"(?:centre[\s-]?line|center[\s-]?line|mean|pitch|middle|median)"
_CENTRE_BEFORE_DIA = r"(?:centre[\s-]?line|center[\s-]?line|centre|center|mean|pitch|middle|median)"
_TORUS_WORDS = re.compile(r"\b(?:torus|tori|donut|doughnut|o-?ring|toroid\w*|ring)\b", re.I)
_TUBE_SIZE = re.compile(r"\b(?:an?\s+)?" + _TUBE + r"\s+(?:of\s+)?" + _DIA + r"?\s*(?:of\s+)?[:=]?\s*" + _N + r"(?:\s*mm)?|\b(?:an?\s+)?"
                        + _N + r"\s*(?:mm\s*)?(?:" + _DIA + r"\s+)?" + _TUBE + r"\b(?:\s+" + _DIA + r")?", re.I)
_CENTRE_SIZE = re.compile(r"\b(?:an?\s+|the\s+)?" + _CENTRE_BEFORE_DIA + r"\s+" + _DIA + r"\s*(?:of\s+)?[:=]?\s*" + _N + r"(?:\s*mm)?|\b(?:an?\s+)?"
                          + _N + r"\s*(?:mm\s*)?(?:" + _DIA + r"\s+)?" + _CENTRE + r"(?:\s+" + _DIA + r")?", re.I)
def _torus_rewrite(text: str) -> tuple[str, StandardUse | None]:
    """The tube and the centreline may stand in either order, apart: both are looked for in the whole text."""
    if not _TORUS_WORDS.search(text):
        return text, None
    tube, centre = _TUBE_SIZE.search(text), _CENTRE_SIZE.search(text)
    if tube is None or centre is None or (tube.start() < centre.end() and centre.start() < tube.end()) or \
            not re.search(_CENTRE_BEFORE_DIA, centre.group(0), re.I):
        return text, None
    t = float(tube.group(1) or tube.group(2))
    c = float(centre.group(1) or centre.group(2))
    if c <= t:
        return text, None   # a tube wider than its centreline circle: not a torus, left for the family to refuse
    first, second = sorted((tube, centre), key=lambda x: x.start())
    sizes = {id(tube): f" {_g(t)} mm section ", id(centre): f" {_g(c + t)} mm outer diameter "}
    out = text[:first.start()] + sizes[id(first)] + text[first.end():second.start()] + sizes[id(second)] + text[second.end():]
    typed = f"{tube.group(0).strip()} ... {centre.group(0).strip()}"
    # the sizes recorded are the radii the torus is made of, so the reading can check the part took them
    return out, StandardUse(typed, f"a torus whose tube is {_g(t)} mm across on a {_g(c)} mm centreline: "
                            f"{_g(c + t)} mm outside, {_g(t)} mm section", f" tube radius {_g(t / 2)}, ring radius {_g(c / 2)} ")


# ---- a stepped hole written as a pocket with a smaller hole under it -------------------------------------------
# "pocket 22 mm, 7 mm deep, plus a 10 mm through hole under it": a 10 mm hole, counterbored 22 x 7
_POCKET_WORD = r"(?:pocket|seat|recess|bore|counterbore|socket)"
_POCKET_THEN_HOLE = re.compile(r"(?:\b(?:an?\s+)?(?:blind\s+)?(?P<kind>" + _POCKET_WORD + r")\b(?P<where>[^.;\d]{0,40}?)[\s(,]*"
                               r"(?P<D>\d+(?:\.\d+)?)\s*mm(?:\s*(?:dia(?:meter)?|" + _POCKET_WORD + r"))?"
                               r"|\b(?:an?\s+)?(?P<D2>\d+(?:\.\d+)?)\s*mm\s+(?:dia(?:meter)?\s+)?(?:blind\s+)?(?P<kind2>" + _POCKET_WORD + r"))"
                               r"[\s,]*(?:x\s*)?(?P<t>\d+(?:\.\d+)?)\s*(?:mm\s*)?deep(?:\s+(?:from|in|into)\s+the\s+top(?:\s+face)?)?\)?"
                               r"\s*[,;]?\s*(?:(?:and|plus|with)\s+)?(?:an?\s+|one\s+)?"
                               r"(?P<d>\d+(?:\.\d+)?)\s*mm\s+(?:(?:through|thru)[\s-]+(?:hole|bore)|(?:hole|bore)\s+(?:right\s+)?(?:through|thru))"
                               r"(?:\s+(?:under|below|beneath|underneath|through\s+the\s+bottom\s+of|at\s+the\s+bottom\s+of)\s+it)?\b"
                               r"(?:\s+for\s+(?:the\s+|an?\s+)?(?:axle|shaft|bolt|screw|pin|spindle|rod))?", re.I)


def _pocket_then_hole_use(m: re.Match[str], text: str) -> StandardUse | None:
    big, depth, small = float(m.group("D") or m.group("D2")), float(m.group("t")), float(m.group("d"))
    if small >= big or re.search(r"\b(corner|edge|end|side|offset|off[- ]cent)", m.group("where") or "", re.I):
        return None   # a pocket placed elsewhere is not the hole's counterbore
    return StandardUse(m.group(0).strip(), f"a {_g(small)} mm through hole under a {_g(big)} mm {(m.group('kind') or m.group('kind2')).lower()} "
                       f"{_g(depth)} deep: a counterbored hole", f" a {_g(small)} mm through hole with a {_g(big)} mm "
                       f"counterbore {_g(depth)} deep ")


# ---- a flanged part's body given by its bore and wall: "bore 12, wall 4, flange 32 OD x 3 thick" ----------------
# the flange's OD is not the body's: the body's OD is the bore plus two walls, written out so no reader takes 32
_BORE = re.compile(r"\b(?:bore|id|i\.d\.|inside\s+diameter|inner\s+diameter)\s*(?:of\s+|[:=]\s*)?" + _N + r"(?:\s*mm)?|"
                   + _N + r"\s*(?:mm\s*)?(?:bore|id)\b", re.I)
_WALL = re.compile(r"(?<![\w.])(?:(?:a\s+)?wall(?:\s+thickness)?\s*(?:of\s+|[:=]\s*)?" + _N + r"(?:\s*mm)?(?:\s+thick)?|"
                   + _N + r"\s*(?:mm\s*)?(?:thick\s+)?walls?)\b", re.I)
_FLANGE = re.compile(r"\bflange[ds]?\b", re.I)


def _body_wall_rewrite(text: str) -> tuple[str, StandardUse | None]:
    """With a flange in the text, "wall 4" next to "bore 12" is the body's: it becomes "body 20 mm OD"."""
    if not _FLANGE.search(text):
        return text, None
    bore, wall = _BORE.search(text), _WALL.search(text)
    if bore is None or wall is None or re.search(r"\bbody\s+(?:od|o\.d\.|outside\s+diameter|dia)", text, re.I):
        return text, None
    b, w = float(bore.group(1) or bore.group(2)), float(wall.group(1) or wall.group(2))
    od = b + 2 * w
    return (text[:wall.start()] + f"body {_g(od)} mm OD" + text[wall.end():],
            StandardUse(wall.group(0).strip(), f"a {_g(w)} mm wall on a {_g(b)} mm bore: the body is {_g(od)} mm OD "
                        "(the flange's diameter is its own)", f" {_g(od)} mm "))


# ---- an angle's legs: "both legs 30 long x 30 wide x 4 thick", "each leg 50 mm long"; "the flat of each leg" --------
_LEGS_LONG = re.compile(r"\b(?:both|each|the\s+two|two|all)\s+(?:of\s+the\s+)?legs?\s+(?:are\s+|is\s+)?" + _N
                        + r"\s*(?:mm\s*)?(?:long|in\s+length)(?:\s+each)?(?:\s*(?:x|\u00d7|by|,)\s*)?", re.I)
_LEG_FLAT = re.compile(r"\b(in|on|through)\s+the\s+(?:flat|face|middle)\s+of\s+(each|every|both|the)\s+legs?\b", re.I)


def _legs_long_use(m: re.Match[str], text: str) -> StandardUse | None:
    return StandardUse(m.group(0).strip(" ,x"), f"both legs {m.group(1)} mm long", f" legs {m.group(1)} x {m.group(1)}, ")


def _leg_flat_use(m: re.Match[str], text: str) -> StandardUse | None:
    return StandardUse(m.group(0), "a hole in the flat of each leg: one per leg", f" {m.group(1)} {m.group(2)} leg")


# ---- "a dozen holes ... on a flat bar 25 wide 4 thick, ..., bar cut to 260 mm": the length, apart from the section -----
_CUT_APART = re.compile(r"\b(?P<stock>(?:the\s+)?(?:bar|strip|flat|stock|rod|extrusion|it)\s+)?(?:cut|sawn|sawed|trimmed|chopped)\s+to"
                        r"(?:\s+(?:a\s+)?length)?(?:\s+of)?\s+(?P<amount>\d+(?:\.\d+)?)\s*(?P<unit>" + _UNIT[1:-1] + r")?"
                        r"(?:\s+(?:long|lengths?))?(?![\w\d.])", re.I)


def _cut_apart_use(m: re.Match[str], text: str) -> StandardUse | None:
    if re.search(r"\d\s*(?:long|lg)\b|\blength\s*(?:of\s*)?[:=]?\s*\d|\d\s*(?:mm\s*)?(?:x|\u00d7|\*|by|per)\s*\d",
                 text[:m.start()] + text[m.end():], re.I):
        return None  # a length given elsewhere, or a section the families read with the cut ("40 per 8, cut to 250")
    length = _mm(float(m.group("amount")), m.group("unit"))
    return StandardUse(m.group(0).strip(), f"cut to {_g(length)} mm: the stock's length", f" {m.group('stock') or ''}{_g(length)} mm long ")


# ---- "3 mm wall around the bearing OD" (once the bearing is read: "3 mm wall around 28 mm"): what the wall goes
# around is the inside of the host, so the 28 is its bore and the outside is the bore plus two walls
_WALL_AROUND = re.compile(r"(?<![\w.])" + _N + r"\s*(?:mm\s*)?(?:of\s+)?(?:thick\s+)?walls?\s+(?:all\s+)?(?:a?round|about|surrounding)\s+"
                          r"(?:the\s+|an?\s+)?" + _N + r"\s*mm\b(?:\s+(?:od|bore|hole|diameter|dia))?", re.I)


def _wall_around_use(m: re.Match[str], text: str) -> StandardUse | None:
    wall, inside = float(m.group(1)), float(m.group(2))
    return StandardUse(m.group(0).strip(), f"a {_g(wall)} mm wall around {_g(inside)} mm: the {_g(inside)} is the bore",
                       f" {_g(inside)} mm id, {_g(wall)} mm wall ")


# ---- "5 mm holes, one in each corner": the "one" shares the holes out, one per corner (four), not a count of one
_ONE_PER_CORNER = re.compile(r"\b(?P<noun>holes?)\s*,?\s+one\s+(?=(?:in|at|on)\s+(?:each|every|all\s+(?:four|4)(?:\s+of\s+the)?)\s+corners?\b)",
                             re.I)


def _one_per_corner_use(m: re.Match[str], text: str) -> StandardUse | None:
    return StandardUse(m.group(0).strip(), "holes, one in each corner: four", f"{m.group('noun')} ")


# ---- "holes at x = -25 and x = +25", "at x = -50, -25, 0, +25, +50": a row centred on the part, by its pitch -----------
_SIGNED_N = r"[-+\u2212]?\s?\d+(?:\.\d+)?"
_CENTRED_ROW = re.compile(r"\b(?:at|on)\s+x\s*=\s*(" + _SIGNED_N + r"(?:\s*(?:mm\s*)?(?:,|and|&)\s*(?:x\s*=\s*)?" + _SIGNED_N + r")+)"
                          r"(?:\s*mm)?(?:\s+from\s+(?:the\s+)?cent(?:re|er))?", re.I)


_EACH_ROW = re.compile(r"\b(?:each|both|either)\s+(?:long\s+|short\s+)?(?:edges?|sides?|ends?|rows?)\b", re.I)


def _centred_row_use(m: re.Match[str], text: str) -> StandardUse | None:
    """Evenly spaced x positions symmetric about the centre are a row the families lay out by its pitch;
    any other list is left alone (its positions stay listed as not placed)."""
    if _EACH_ROW.search(text):
        return None  # "3 along each long edge, at x = -60, 0, 60": the row is one of several, not the part's only one
    xs = sorted(float(v.replace(" ", "").replace("\u2212", "-")) for v in re.findall(_SIGNED_N, m.group(1)))
    steps = {round(b - a, 6) for a, b in pairwise(xs)}
    if len(xs) < 2 or len(steps) != 1 or abs(xs[0] + xs[-1]) > 1e-6 or min(steps) <= 0:
        return None
    pitch = steps.pop()
    said = f"{_g(pitch)} apart" if len(xs) == 2 else f"{len(xs)} holes at {_g(pitch)} mm pitch"
    return StandardUse(m.group(0).strip(), f"x = {', '.join(_g(x) for x in xs)}: a centred row, {said}", f" {said} ")


# ---- "hole in the middle 2 cm": the hole's size said after its place, ending the clause -------------------------------
_SIZE_AFTER_PLACE = re.compile(r"\b(hole|bore)\s+(in\s+the\s+(?:middle|centre|center))\s*,?\s+(\d+(?:\.\d+)?)\s*" + _UNIT
                               + r"?(?=\s*(?:[,.;)]|$|and\b|with\b))", re.I)


def _size_after_place_use(m: re.Match[str], text: str) -> StandardUse | None:
    size = f"{m.group(3)} {m.group(4)}" if m.group(4) else m.group(3)
    return StandardUse(m.group(0).strip(), f"{m.group(0).strip()}: a {size} {m.group(1)} {m.group(2)}",
                       f"{size} {m.group(1)} {m.group(2)}")


BEFORE_STANDARDS: list[Rule] = [Rule("with shorthand", _WITH, _with_use), Rule("decimal comma", _DECIMAL_COMMA, _decimal_comma_use),
                                 Rule("decimal comma in a size group", _GROUP_DECIMAL_COMMA, _decimal_comma_use)]

RULES: list[Rule] = [
    Rule("stock bar the pieces are cut from", _CUT_FROM, _cut_from_use),
    Rule("pieces at a length each", _EACH_AT, _each_at_use),
    Rule("hollow section's sizes before its noun", _SECTION_BEFORE_HOLLOW, _section_before_hollow_use),
    Rule("how thick a round bar is", _ROUND_THICK, _round_thick_use),
    Rule("length of bar", _LENGTH_OF, _length_of_use),
    Rule("stock length before its noun", _LENGTH_BEFORE_STOCK, _length_before_stock_use),
    Rule("bar cut to length", _CUT_TO, _cut_to_use),
    Rule("stock then section, cut to length", _STOCK_FIRST_CUT, _stock_first_cut_use),
    Rule("length, stock, then its section", _LENGTH_THEN_SECTION, _length_then_section_use),
    Rule("through the side named by its size", _THROUGH_THE_SIZE, _through_the_size_use),
    Rule("holes across by down", _ACROSS_DOWN, _across_down_use),
    Rule("grid pitch", _GRID_PITCH, _grid_pitch_use),
    Rule("holes on a rectangle", _RECT_PATTERN, _rect_pattern_use),
    Rule("side named by its length", _NAMED_SIDE, _named_side_use),
    Rule("pocket with a hole under it", _POCKET_THEN_HOLE, _pocket_then_hole_use),
    Rule("bare centre hole", _CENTRE_HOLE, _centre_hole_use),
    Rule("legs of an angle", _LEGS_LONG, _legs_long_use),
    Rule("the flat of each leg", _LEG_FLAT, _leg_flat_use),
    Rule("cut to length, apart from the section", _CUT_APART, _cut_apart_use),
    Rule("holes at centred x positions", _CENTRED_ROW, _centred_row_use),
    Rule("hole size after its place", _SIZE_AFTER_PLACE, _size_after_place_use),
    Rule("a wall around a size", _WALL_AROUND, _wall_around_use),
    Rule("one hole per corner", _ONE_PER_CORNER, _one_per_corner_use),
]


def _apply(rules: list[Rule], text: str) -> tuple[str, list[StandardUse]]:
    uses: list[StandardUse] = []
    for rule in rules:
        def sub(m: re.Match[str], rule: Rule = rule) -> str:
            use = rule.produce(m, m.string)
            if use is None:
                return m.group(0)
            uses.append(use)
            return use.replacement
        text = rule.pattern.sub(sub, text)
    return text, uses


apply_rules = _apply  # other rule lists (prompt/plain_words.py) apply the same way


def before_standards(text: str) -> tuple[str, list[StandardUse]]:
    """Shorthand that must be read before the standards' names ("w/" is not a width), and trade lengths
    of stock ("a foot of 3/4 sch 40": the pipe schedule is moved whole, before it is read as sizes)."""
    return _apply(BEFORE_STANDARDS + _stock_lengths.RULES, text)


def expand(text: str) -> tuple[str, list[StandardUse]]:
    """Every written form the rules know, rewritten; returns the text and what each was read as."""
    text, uses = _apply(RULES, text)
    for rewrite in (_torus_rewrite, _body_wall_rewrite):
        text, use = rewrite(text)
        uses += [use] if use else []
    return text, uses

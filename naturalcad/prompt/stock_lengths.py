"""Trade lengths of stock: "a foot of 3/4 sch 40", "half a metre of 20 x 20 square tube", "a 1.5 in slice off a 3 in bar".

People buying or cutting material name the length first, as an amount of the stock ("two feet of angle", "a
300 mm offcut of flat bar"), and the section after "of". The length is not one of the section's sizes: the
rules here move it behind the stock as "<stock>, L mm long", so the families read the section and the length
in their usual places. A slice or disc "off" a bar is the same thing (its thickness is the length cut).
"16 gauge wall" on a tube is the Birmingham wire gauge of the wall (`tables/gauges.py`).
Runs before the standards so "3/4 sch 40" is still whole when it is moved.
"""

from __future__ import annotations

import re

from .numbers import MM_PER_UNIT, UNIT_WORDS
from .standards import Rule, StandardUse
from .tables import gauges as _gauges

_AMOUNT_WORDS = {"a": 1.0, "an": 1.0, "one": 1.0, "two": 2.0, "three": 3.0, "four": 4.0, "five": 5.0, "six": 6.0,
                 "seven": 7.0, "eight": 8.0, "nine": 9.0, "ten": 10.0, "twelve": 12.0, "half a": 0.5, "half an": 0.5,
                 "a half": 0.5, "quarter": 0.25, "a quarter": 0.25, "a quarter of a": 0.25, "quarter of a": 0.25,
                 "three quarters of a": 0.75, "a third of a": 1 / 3}
_AMOUNT = (r"(?P<amount>\d+(?:\.\d+)?(?:\s*/\s*\d+)?|\d+[\s-]+\d+/\d+|"
           + "|".join(sorted((re.escape(w).replace(r"\ ", r"\s+") for w in _AMOUNT_WORDS), key=len, reverse=True)) + r")")
_UNIT = r"(?P<unit>mm|millimet(?:er|re)s?|cm|centimet(?:er|re)s?|met(?:er|re)s?|m|inch(?:es)?|in|\"|ft|foot|feet|yards?|yd)"
# "an inch and a half", "a foot-and-a-half": the unit before its half
_AND_A_HALF = r"(?P<half>[\s-]+and[\s-]+a[\s-]+half)?"
_LENGTH = r"\b" + _AMOUNT + r"[\s-]*" + _UNIT + _AND_A_HALF + r"\b"
# what a length of is: the stock noun (or a pipe schedule) somewhere in the words after "of"
_STOCK_NOUN = re.compile(r"\b(?:bar|rod|tube|tubing|pipe|angle|channel|flat|strip|stock|extrusion|profile|hex|dowel|"
                         r"box\s+section|shs|rhs|chs|timber|lumber|wood|sch(?:edule)?\s*\d+|beam|joist|rail|billet|plate|sheet)s?\b", re.I)
_PIECE = r"(?:\s+long)?(?:\s+(?:length|piece|bit|off-?cut|stub|stick|stock|cut|run|section|slug|chunk)s?)?"
_OF_STOCK = re.compile(_LENGTH + _PIECE + r"\s+(?:of|off)\s+(?:an?\s+|the\s+|some\s+)?(?P<stock>(?:[^,.;:()]|(?<=\d)[.,](?=\d))+?)"
                       r"(?P<rest>\s*(?:[,.;:(](?!\d)|$))", re.I)
# "an inch-and-a-half thick slice off a 3 inch round bar": the slice's thickness is the length cut from the bar
_SLICE = re.compile(_LENGTH + r"\s+(?:thick|wide|long)\s+(?P<piece>slice|disc|disk|puck|cut|piece|wafer|slug)s?\s+"
                    r"(?:off|of|from|cut\s+from|cut\s+off)\s+(?:an?\s+|the\s+)?(?P<stock>(?:[^,.;:()]|(?<=\d)[.,](?=\d))+?)(?P<rest>\s*(?:[,.;:(](?!\d)|$))",
                    re.I)
_GIVEN_LENGTH = re.compile(r"\d\s*(?:mm\s*|in\s*|\"\s*)?(?:long|lg)\b|\blength\s*(?:of\s*)?[:=]?\s*\d|\bcut\s+to\b", re.I)


def _g(v: float) -> str:
    return f"{round(v, 3):g}"


def _amount(text: str) -> float:
    key = re.sub(r"\s+", " ", text.strip().lower())
    if key in _AMOUNT_WORDS:
        return _AMOUNT_WORDS[key]
    mixed = re.fullmatch(r"(\d+)[\s-]+(\d+)/(\d+)", key)
    if mixed:
        return int(mixed.group(1)) + int(mixed.group(2)) / int(mixed.group(3))
    frac = re.fullmatch(r"(\d+)\s*/\s*(\d+)", key)
    if frac:
        return int(frac.group(1)) / int(frac.group(2))
    return float(key)


def _unit_mm(unit: str) -> float:
    u = unit.lower()
    if u in ('"', "inch", "inches", "in"):
        return MM_PER_UNIT["in"]
    if u in ("ft", "foot", "feet"):
        return MM_PER_UNIT["ft"]
    if u in ("yard", "yards", "yd"):
        return 914.4
    return MM_PER_UNIT[UNIT_WORDS.get(u, "mm")]


def length_mm(m: re.Match[str]) -> float:
    """The length a match of `_LENGTH` names, in mm ("half a metre" -> 500, "an inch and a half" -> 38.1)."""
    amount = _amount(m.group("amount")) + (0.5 if m.group("half") else 0.0)
    return amount * _unit_mm(m.group("unit"))


def _moved(m: re.Match[str], what: str) -> StandardUse | None:
    stock = m.group("stock").strip()
    if not _STOCK_NOUN.search(stock) or _GIVEN_LENGTH.search(stock):
        return None   # "a foot of clearance", or a stock that already says its length
    length = length_mm(m)
    typed = m.group(0)[:len(m.group(0)) - len(m.group("rest"))].strip()
    return StandardUse(typed, f"{what} {_g(length)} mm of {stock}: the stock's length",
                       f"{stock}, {_g(length)} mm long{m.group('rest')}")


def _of_stock_use(m: re.Match[str], text: str) -> StandardUse | None:
    return _moved(m, "a length of stock:")


def _slice_use(m: re.Match[str], text: str) -> StandardUse | None:
    return _moved(m, f"a {m.group('piece').lower()} cut off the stock:")


# ---- "16 gauge wall" on a tube: the Birmingham wire gauge of the wall -----------------------------------------------
_GAUGE_WALL = re.compile(r"\b(?P<g>\d{1,2})\s*(?:ga\.?|gauge|gage|g|bwg|swg)\s+(?P<word>wall|tube|tubing)\b", re.I)


def _gauge_wall_use(m: re.Match[str], text: str) -> StandardUse | None:
    wall = _gauges.BWG.get(int(m.group("g")))
    if wall is None:
        return None
    word = m.group("word").lower()
    tail = "" if word == "wall" else f" {word}"
    return StandardUse(m.group(0), f"{m.group('g')} gauge tube wall: {_g(wall)} mm ({_gauges.SOURCE})",
                       f"wall {_g(wall)} mm{tail}", assumed=((f"{m.group('g')} gauge read as tube wall gauge (BWG)",
                                                               round(wall, 3)),))


# ---- "a 2 ft stick of 2x4, actual dressed size": nominal softwood lumber is sold by its rough size ------------------
_LUMBER = re.compile(r"(?<![\d.x])(?P<a>[1-4])\s*x\s*(?P<b>2|3|4|6|8|10|12)(?![\d.]|\s*(?:x|mm|cm|in\b|\"))"
                     r"(?P<said>(?:[\s,(]+(?:actual|dressed|planed|surfaced|finished|s4s|size|sizes|dimensions?))+\)?)?", re.I)
_LUMBER_WORDS = re.compile(r"\b(?:lumber|timber|stud|dressed|actual|planed|s4s|board|wood|joist)s?\b", re.I)


def _lumber_use(m: re.Match[str], text: str) -> StandardUse | None:
    if not _LUMBER_WORDS.search(m.group(0) + re.split(r"[.;]", text[m.end():], maxsplit=1)[0][:40]):
        return None   # "2x4" with no lumber word near it: a grid, a section, not a stick of wood
    a, b = _gauges.dressed(int(m.group("a"))), _gauges.dressed(int(m.group("b")))
    return StandardUse(m.group(0), f"{m.group(0)} lumber, dressed: {_g(a)} x {_g(b)} mm ({_gauges.LUMBER_SOURCE})",
                       f"{_g(a)} x {_g(b)} mm timber" + (" " if m.group("said") else ""))


RULES: list[Rule] = [
    Rule("nominal lumber, dressed", _LUMBER, _lumber_use),
    Rule("slice off a bar", _SLICE, _slice_use),
    Rule("length of stock", _OF_STOCK, _of_stock_use),
    Rule("tube wall gauge", _GAUGE_WALL, _gauge_wall_use),
]

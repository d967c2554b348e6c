"""Numbers and units in a step: every size in millimetres, counts as digits.

The reader's patterns are written against one spelling: "6.5 mm", "4", "diameter".
This module turns "1/4 in", '0.500"', "2 x 2 x 1/8 inch", "Ø6", "×" and "four" into it,
and keeps each number's text as typed so the reading can show it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..prompt.feature_clauses import without_edge_asides
from ..prompt.numbers import IN_DIMENSION_NEXT, IN_PREPOSITION_NEXT, decimal_commas, spoken_fractions
from ..prompt.spelled_numbers import spell_out
from ..prompt.units import drawing_inches

NUM = r"(\d+(?:\.\d+)?)"
_WORDS = {"one": 1, "a single": 1, "single": 1, "two": 2, "both": 2, "a pair of": 2, "three": 3, "four": 4,
          "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
          "sixteen": 16, "twenty": 20, "a dozen": 12, "dozen": 12, "half a dozen": 6}
# 'in' is an inch unless it is the preposition ("hole ⌀ 12 in the centre", "3 holes in each leg")
# 'in' before a place ("0.1 in from each end") is judged for the whole prompt in normalise(): inches
# written anywhere make every 'in' an inch, otherwise such an 'in' is the preposition (s-scale)
_INCH = r'(?:"|\s*(?:in|inch|inches)\b\.?)'
# a unit written once after a size group ("3 x 5 x 2 cm", "4 by 6 inches") covers each number of it
_GROUP_UNIT = re.compile(r"(?<![\d.])(\d+(?:\.\d+)?)(\s*x\s*)(\d+(?:\.\d+)?)(?:(\s*x\s*)(\d+(?:\.\d+)?))?\s*(cm|mm)\b", re.I)
_FRACTION = re.compile(r"(?<![\d.])(\d+)(?:\s+|-(?=\d+/))(\d+)/(\d+)|(?<![\d./])(\d+)/(\d+)(?![\d/])")  # "1 1/2", "1-3/8"
# "5/8 thick" beside '4 x 6 in.': nobody writes a fraction of a millimetre, so a bare fraction takes the inches
_BARE_FRACTION = re.compile(r"(?<![\d./-])(?:\d+(?:\s+|-))?\d+/\d+(?![\d/])(?!\s*(?:mm|cm|\"|in\b|inch|''))")
# "0.75 in length", "12 in diameter", "0.1 in from each end", "0.25 in the centre": the word 'in' before a dimension
# word, a place or a determiner is a preposition, not inches (the one word list: prompt/numbers.py)
_AFTER_IN = "|".join(sorted(IN_PREPOSITION_NEXT | IN_DIMENSION_NEXT, key=len, reverse=True))
_PREPOSITION_IN = re.compile(rf"\s+in\s+(?:{_AFTER_IN})\b", re.I)
_INCH_MARK = re.compile(rf"\d\s*(?:\"|''|in\b\.?(?!\s+(?:{_AFTER_IN})\b)|inch)", re.I)


@dataclass(frozen=True)
class Number:
    text: str    # as typed: "1/4 in"
    value: float  # mm or a count
    start: int   # position in the normalised step text


def _fraction(m: re.Match[str]) -> str:
    if m.group(1):
        return repr(int(m.group(1)) + int(m.group(2)) / int(m.group(3)))
    return repr(int(m.group(4)) / int(m.group(5)))


def _mm(value: float) -> str:
    v = round(value, 4)
    return (f"{v:g}") + " mm"


_ONES = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)"
_TENS = r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
# a number in words that is a size: a unit or a size word follows it ("seventy millimetres wide", "ninety tall", "also
# three thick"); a count ("four holes", "one in the middle") stays a word for the count readers
_SIZE_IN_WORDS = re.compile(r"\b(?:" + _ONES + r"\s+hundred(?:\s+and)?\s+)?(?:" + _TENS + r"(?:[- ]" + _ONES + r")?|" + _ONES + r")\b"
                            r"(?=\s*(?:millimet(?:er|re)s?|mm|centimet(?:er|re)s?|cm|inch(?:es)?|wide|tall|thick|long|high|deep)\b)",
                            re.I)


def normalise(text: str, inches: bool = False) -> str:
    """The step in the reader's spelling: mm everywhere, plain ASCII, single spaces."""
    t = text.replace("×", " x ").replace("Ø", " diameter ").replace("⌀", " diameter ").replace("°", " degrees")
    t = t.replace("–", "-").replace("—", "-").replace("’", "'").replace("″", '"').replace("±", "+/-")
    t = _SIZE_IN_WORDS.sub(lambda m: spell_out(m.group(0))[0], t)  # "seventy millimetres wide", "three thick"
    t = re.sub(r"(\d)\s*(?:millimet(?:er|re)s?|mms)\b", r"\1 mm", t, flags=re.I)
    t = without_edge_asides(t)  # "the four vertical (20 mm) edges": the edges' length, not a size
    t = spoken_fractions(decimal_commas(t))  # "12,5 x 8 x 0,6 cm", "quarter inch thick": the shared spellings
    t = re.sub(r"(?<![\w.])\.(?=\d)", "0.", t)  # ".5 in", "3 x 1.5 x .5": a leading-dot decimal
    t = re.sub(r"(\d)\s*x\s*(?=\d)", r"\1 x ", t)
    t = re.sub(r"(\d(?:\s*mm)?)\s+by\s+(?=\d)", r"\1 x ", t)
    if _INCH_MARK.search(t):
        t = _BARE_FRACTION.sub(lambda m: m.group(0) + '"', t)
    t = _FRACTION.sub(_fraction, t)
    # '0.75 in length, 0.45 in width' with no inch unit elsewhere: 'in' is a preposition ('2 in tall' elsewhere: inches);
    # judged before a group's unit is spread ("4 x 6 in, holes 0.5 in from each edge" is in inches throughout)
    marked = list(re.finditer(NUM + _INCH + r"(?![a-z])", t, flags=re.I))
    preposition = bool(marked) and all(_PREPOSITION_IN.match(t, m.start() + len(m.group(1))) for m in marked)
    # "2 x 2 x 1/8 inch": the unit after a group applies to each number of it
    group = re.compile(NUM + r"(\s*x\s*)" + NUM + r"(?:(\s*x\s*)" + NUM + r")?" + _INCH, re.I)
    t = group.sub(lambda m: " x ".join(_mm(float(g) * 25.4) for g in (m.group(1), m.group(3), m.group(5)) if g), t)
    t = re.sub(NUM + _INCH + r"(?![a-z])", lambda m: m.group(0) if preposition else _mm(float(m.group(1)) * 25.4), t, flags=re.I)
    if preposition:  # "0.1 in from each end": the number before the preposition is a size like its neighbours
        t = re.sub(NUM + r"(?=\s+in\s+(?:from|the|each|both|all|every)\b)", r"\1 mm", t, flags=re.I)
    t = _GROUP_UNIT.sub(lambda m: " x ".join(_mm(float(g) * (10 if m.group(6).lower() == "cm" else 1))
                                             for g in (m.group(1), m.group(3), m.group(5)) if g), t)
    t = re.sub(NUM + r"\s*cm\b", lambda m: _mm(float(m.group(1)) * 10), t, flags=re.I)
    if inches:  # "inch units": bare sizes are inches
        t = re.sub(r"(?<![\d.])" + NUM + r"(?!\d|\.\d)(?!\s*(?:mm|degrees|deg|holes?|\)|,\s*\d))", lambda m: _mm(float(m.group(1)) * 25.4), t)
    t = re.sub(r"\bdeg\b\.?", "degrees", t, flags=re.I)
    t = re.sub(r"\bthru\b", "through", t, flags=re.I)
    t = re.sub(r"\bdia\b\.?|\bdiam\b\.?", "diameter", t, flags=re.I)  # "50 dia x 40 tall", "boss 20 dia"
    t = re.sub(r"(?<![\w.'])[dD]\s*=?\s*(?=\d)", "diameter ", t)  # "cylinder d 0.4", "one hole d=0.1": a diameter
    # unitless sizes ("0.75 units", "40 long", "a diameter of 6"): millimetres
    t = re.sub(r"(?<![\d.])(\d+(?:\.\d+)?)\s*units?\b", r"\1 mm", t, flags=re.I)
    t = re.sub(r"(?<![\d.])(\d+(?:\.\d+)?)(?=\s+(?:long|wide|thick|tall|high|deep|diameter|radius|in diameter|in length|"
               r"in height|across|thickness|apart|pitch|proud|either side|each side|from the (?:far|near|other|outer|inner) end|width|length|height|along the (?:length|width)|bore|OD|ID)\b)",
               r"\1 mm", t, flags=re.I)
    # "7 from each edge", "8 from the edges": a whole number is mm (a decimal ".50 FROM EDGES" may be a drawing in inches)
    t = re.sub(r"(?<![\d.])(\d+)(?![\d.])(?=\s+(?:in\s+)?from\s+(?:each|either)\s+(?:\w+\s+)?(?:edge|end|side)\b|"
               r"\s+(?:in\s+)?from\s+(?:(?:both|all|the)\s+)?(?:\w+\s+)?(?:edges|ends|sides)\b)", r"\1 mm", t, flags=re.I)
    t = re.sub(r"(\d)mm\b", r"\1 mm", t)
    # "a 4.2 tapping hole", "an 8 hole": a decimal (never a count) or a number after "a" before a hole is its size
    t = re.sub(r"(?<![\d.])(\d+\.\d+|(?<=\ban )\d+|(?<=\ba )\d+)(?!\s*(?:mm|cm|in|inch|degrees|x)\b|\s*\")(?=\s+(?:[a-z-]+\s+){0,2}?(?:holes?|drill)\b)", r"\1 mm", t, flags=re.I)
    # "four diameter 10 pillars" (from "Ø10"): a bare diameter is in mm
    t = re.sub(r"\bdiameter\s+(\d+(?:\.\d+)?)(?!\d|\.\d)(?!\s*(?:mm|cm|inch|x|by)\b|\s*\"|" + _INCH.replace('"|', "", 1) + ")",
               r"diameter \1 mm", t, flags=re.I)
    # "a 100 x 40 x 6 flat base": a bare group of three sizes is in mm, like its unitless neighbours
    t = re.sub(r"(?<![\d.])(\d+(?:\.\d+)?\s*x\s*\d+(?:\.\d+)?\s*x\s*\d+(?:\.\d+)?)(?!\d|\.\d)(?!\s*(?:mm|in\b|inch|cm|degrees|\"|'|x\b|\())",
               r"\1 mm", t, flags=re.I)
    t = re.sub(r"\bM(\d+(?:\.\d+)?)\b", r"M\1", t)
    return re.sub(r"[ \t]+", " ", t).strip()


def prompt_in_inches(prompt: str) -> bool:
    """'inch units' / 'dimensions in inches' with bare numbers after it, or US drawing decimals
    with no unit typed ("Ø 2.000 x .250 THK": `prompt.units.drawing_inches`)."""
    return drawing_inches(prompt) is not None or bool(re.search(r"\b(inch units|in inches|dimensions? (?:are )?in inches|imperial)\b"
                          r"|\bunits?\s*(?::|=|-|are|is)\s*(?:in\s+)?inch(?:es)?\b|\b(?:dimensions?|sizes?) in inch\b", prompt, re.I))


def numbers(text: str) -> list[Number]:
    return [Number(m.group(0), float(m.group(0)), m.start()) for m in re.finditer(r"(?<![\w.])\d+(?:\.\d+)?", text)]


def count(text: str, noun: str) -> int | None:
    """How many of `noun` ("holes", "bosses"): '4 holes', 'four 6.5 mm holes', 'six bolt holes'."""
    word = "|".join(sorted((re.escape(w) for w in _WORDS), key=len, reverse=True))
    m = re.search(rf"\b(\d+(?![\d.])(?!\s*(?:mm|degrees|x\b))|{word})\s+(?:[\w.\-/]+\s+){{0,5}}?{noun}", text, re.I)
    if not m:
        return None
    raw = m.group(1).lower()
    if raw.isdigit():
        return int(raw)
    return _WORDS.get(raw)


def first(pattern: str, text: str) -> float | None:
    m = re.search(pattern, text, re.I)
    if not m:
        return None
    for g in m.groups():
        if g is not None:
            try:
                return float(g)
            except ValueError:
                continue
    return None

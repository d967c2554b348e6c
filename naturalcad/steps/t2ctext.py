"""Text2CAD's real wordings in the CAD-sequence reader's spelling.

The dataset's annotations were written by a language model from the minimal JSON, and their
spelling varies far more than one writer's: numbers spelled out ("zero point three nine two
six", "negative ninety degrees"), JSON keys as names ("arc_1", "face\\_1", "<part_2>"),
markdown ("- **Line 1**: Start at (0.0, 0.0)"), centres without brackets ("its center at
0.0984, 0.0984, and a radius of 0.0984"). Each is one named rewrite here, applied before the
sequence is read, so the reader's patterns see one spelling.
"""

from __future__ import annotations

import re

_UNITS = {"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
          "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
          "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19}
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
_DIGIT = {k: v for k, v in _UNITS.items() if v < 10}
_WORD = r"(?:" + "|".join(sorted([*_UNITS, *_TENS, "hundred"], key=len, reverse=True)) + r")"
# "negative one hundred and eighty", "zero point zero two five two", "ninety": one spoken number
_SPOKEN = re.compile(
    r"\b(?:(negative|minus)\s+)?(" + _WORD + r"(?:[\s-]+(?:and\s+)?" + _WORD + r")*)"
    r"(?:\s+point((?:\s+(?:" + "|".join(_DIGIT) + r"))+))?\b", re.I)


def _integer(words: list[str]) -> int | None:
    total, current = 0, 0
    for w in words:
        if w == "and":
            continue
        if w == "hundred":
            current = max(current, 1) * 100
        elif w in _TENS:
            current += _TENS[w]
        elif w in _UNITS:
            if current % 10 or 10 <= current % 100 < 20:
                return None  # "two three": a digit string, not one integer
            current += _UNITS[w]
        else:
            return None
    return total + current


def _spoken(m: re.Match[str]) -> str:
    sign = "-" if m.group(1) else ""
    head = re.split(r"[\s-]+", m.group(2).lower())
    value = _integer(head)
    if value is None:
        return m.group(0)
    if m.group(3):
        digits = "".join(str(_DIGIT[d]) for d in m.group(3).split())
        return f"{sign}{value}.{digits}"
    # a whole number is a value only where one is expected: signed, with a unit, or in a list
    # ("zero, zero, and negative ninety degrees"); "one side", "four lines", "three dimensions" stay words
    after, before = m.string[m.end(): m.end() + 12], m.string[max(0, m.start() - 24): m.start()]
    listed = re.search(r"(?:\d|\b" + _WORD + r")\s*,\s*(?:and\s+)?$", before, re.I)
    if sign or re.match(r"\s*(?:,|degrees?\b|units?\b|°)", after) or listed:
        return f"{sign}{value}"
    return m.group(0)


def spoken_numbers(text: str) -> str:
    """'zero point four two five' -> '0.425', 'negative ninety degrees' -> '-90 degrees'."""
    return _SPOKEN.sub(_spoken, text)


# "arc_1", "face\_1", "loop\\_2": a JSON key written as a name
_KEY = re.compile(r"\b(arc|line|circle|loop|face|sketch|part|profile|extrusion)\s*\\*_\s*(\d+)\b", re.I)
# "<part_2>" opens a part; "</part_2>" closes it
_PART_TAG = re.compile(r"<\s*part\s*(\d+)\s*>", re.I)
_PART_END = re.compile(r"<\s*/\s*part\s*\d+\s*>", re.I)
# "**Line 1**", "#### Draw a 2D Sketch": markdown emphasis and headings
_MARKDOWN = re.compile(r"\*\*|^\s*#{1,6}\s*", re.M)
# "center at 0.0984, 0.0984, and a radius": a point without brackets (not a triple)
_BARE_PAIR = re.compile(r"\b((?:cent(?:er|re)(?:ed)?|cent(?:er|re) point|starts?|ends?|starting|ending)\s+(?:at\s+)?(?:coordinates\s+)?)"
                        r"(-?\d+(?:\.\d+)?)\s*,\s*(-?\d+(?:\.\d+)?)(?![\d.])(?!\s*,\s*(?:and\s+)?-?\d)", re.I)


# "[0.0°, 0.0°, -90.0°]", "(0 degrees, 0 degrees, -90 degrees)": a unit written inside a list
_UNIT_IN_LIST = re.compile(r"(\d)\s*(?:°|degrees?|deg)(?=\s*(?:,|\]|\)|and\b))", re.I)


# "arc 1 from (0.625, 0.0) through (mid 0.75, 0.125) to (0.625, 0.25)": the mid point's label inside its brackets
_MID_IN_PAIR = re.compile(r"\(\s*(?:mid(?:dle)?[- ]?(?:point)?|midpoint)\s*[:=]?\s*(?=-?\d)", re.I)


def text2cad_spelling(prompt: str) -> str:
    """The prompt with the dataset's spelling variants rewritten to the reader's one spelling."""
    t = _MARKDOWN.sub("", prompt)
    t = _KEY.sub(r"\1 \2", t)
    t = _PART_TAG.sub(r"Part \1:", t)
    t = _PART_END.sub(" ", t)
    t = spoken_numbers(t)
    t = _UNIT_IN_LIST.sub(r"\1", t)
    t = _BARE_PAIR.sub(r"\1(\2, \3)", t)
    t = _MID_IN_PAIR.sub("(", t)
    return t

"""Sizes phrased the way the catalogue families are described ("a 6 mm cable", "hub sticking out
15", "3 grooves", "6 active coils"): small regex readers over the prompt text, so a family can
read a role the general parser has no name for.  No FAMILY here: the registry skips it.
"""

from __future__ import annotations

import re

from ..parse import PartSpec

_NUM = r"(\d+(?:[.,]\d+)?(?:\s*-\s*\d+/\d+|/\d+)?)"
_UNIT = r"\s*(mm|cm|in|inch|inches|\"|m)?\.?\s*"
_WORD_COUNTS = {"one": 1, "single": 1, "a": 1, "two": 2, "double": 2, "twin": 2, "three": 3, "triple": 3,
                "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "twelve": 12}


def _text(spec: PartSpec) -> str:
    """The prompt as typed, catalogue names included ("GT2 20 tooth")."""
    return (spec.source_text or spec.text).lower()


def _value(raw: str, unit: str | None, spec: PartSpec) -> float:
    raw = raw.replace(",", ".").replace(" ", "")
    if "/" in raw:
        whole, _, frac = raw.rpartition("-") if "-" in raw else ("0", "", raw)
        num, den = frac.split("/")
        value = float(whole or 0) + float(num) / float(den)
    else:
        value = float(raw)
    unit = unit or ("in" if spec.unit in ("in", "inch") else "mm")
    return value * {"mm": 1.0, "cm": 10.0, "m": 1000.0, "in": 25.4, "inch": 25.4, "inches": 25.4, '"': 25.4}[unit]


def length_before(spec: PartSpec, nouns: str) -> float | None:
    """A length written before its name: '6 mm cable', '50 mm hub', '2 mm wire'."""
    m = re.search(rf"(?<![\w.]){_NUM}{_UNIT}(?:{nouns})\b", _text(spec))
    return _value(m.group(1), m.group(2), spec) if m else None


def length_after(spec: PartSpec, names: str) -> float | None:
    """A length written after its name: 'wire 1.5', 'reach of 40 mm', 'sticking out 15 mm'."""
    m = re.search(rf"\b(?:{names})\s*(?:of|=|:|is|about|approx\.?)?\s*{_NUM}{_UNIT}(?![\w/])", _text(spec))
    return _value(m.group(1), m.group(2), spec) if m else None


def length_named(spec: PartSpec, names: str) -> float | None:
    """A length with `names` on either side of it; '2 mm wire' before 'wire 2' (the number
    right before a noun is its size far more often than the one after it)."""
    found = length_before(spec, names)
    return found if found is not None else length_after(spec, names)


def count_before(spec: PartSpec, nouns: str) -> int | None:
    """A count written before `nouns`: '3 grooves', 'two-groove', 'single tab', '6 active coils'."""
    words = "|".join(_WORD_COUNTS)
    m = re.search(rf"\b(\d+|{words})[- ]?(?:{nouns})\b", _text(spec))
    if m is None:
        return None
    raw = m.group(1)
    return int(raw) if raw.isdigit() else _WORD_COUNTS[raw]


def count_after(spec: PartSpec, names: str) -> int | None:
    """A count written after its name: 'coils: 8', 'teeth 20'."""
    m = re.search(rf"\b(?:{names})\s*(?:of|=|:)?\s*(\d+)\b(?![.,]\d)", _text(spec))
    return int(m.group(1)) if m else None


def negated(spec: PartSpec, nouns: str) -> bool:
    """'no flanges', 'without a hub', 'flangeless', 'without flanges or hub'."""
    t = _text(spec)
    return re.search(rf"\b(?:no|without|w/o|minus)\s+(?:a |any |the )?(?:[a-z]+\s+(?:or|and|nor)\s+(?:a |any )?)?(?:{nouns})\b"
                     rf"|\b(?:{nouns})less\b|\bun(?:{nouns})(?:ed)?\b", t) is not None


# "half round, with tabs", "half-round over the cable with flat feet": an arch with no straight legs,
# its ends on the mounting face (a cradle, groove or cut is a block's, not a strap's)
_HALF_ROUND = re.compile(r"\bhalf[- ]?round\b(?!\s*(?:[øØ⌀]?\s*\d+(?:\.\d+)?\s*(?:mm)?\s*)?(?:cut|groove|cradle|notch|channel)\b)"
                         r"|\bsemi[- ]?circular\s+(?:arch|strap|loop|band)\b|\bhalf[- ]ring\b", re.I)
# "tabs 15 long", "flat feet sticking out 10 mm past the arch", "ears 12 mm beyond the strap"
_TAB_LENGTH = re.compile(r"\b(?:tabs?|feet|foot|ears?|lugs?)\b[^,;.()]{0,30}?(\d+(?:\.\d+)?)\s*(?:mm\s*)?"
                         r"(?:long|past|beyond|out)\b", re.I)


def half_round_strap(spec: PartSpec) -> bool:
    """The strap is a plain half ring whose ends sit on the face ("half round"), not an omega with legs."""
    return _HALF_ROUND.search(_text(spec)) is not None


def tab_length(spec: PartSpec) -> float | None:
    """A strap's tab (foot, ear) length as written beside the tab noun."""
    found = _TAB_LENGTH.search(_text(spec))
    return float(found.group(1)) if found else None

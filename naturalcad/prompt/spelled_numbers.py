"""Numbers written in words, rewritten as digits before anything reads the prompt.

"forty-two millimetres across", "a hundred and twenty long", "one and a half inches", "half an inch",
"a sixteenth thick", "three eighths of an inch", "zero point eight wall", "sixty-five thou",
"a dozen holes", "twenty-five by forty": one small grammar of English number words (cardinals,
decimals read digit by digit, fractions, mixed numbers, dozens, thousandths of an inch) turns each
phrase into the digits every later reader already understands. Each rewrite is recorded (a
`StandardUse`), so the reading shows the words as understood and their digits as the prompt's numbers.

What is left alone, on purpose: a lone "one", "a" or "zero" (an article or a pronoun far more often
than a size: "one end", "a hole"), a single number word before a noun (a count the families read in words:
"two round posts", "four holes"), a number word right before digits ("four 1/4 in holes" is four
holes, not 4 1/4), ordinals without a numerator ("the eighth hole") and "half" or "quarter" not
followed by a unit or a size word ("half the width", "a quarter turn").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from fractions import Fraction

from .reading import Reading
from .standards import StandardUse

UNITS: dict[str, int] = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
TENS: dict[str, int] = {"twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
                        "eighty": 80, "ninety": 90}
# digits after "point": "zero point eight", "three point two five", "point oh five"
DIGITS: dict[str, int] = {**{w: v for w, v in UNITS.items() if v < 10}, "oh": 0, "o": 0, "nought": 0, "naught": 0, "nil": 0}
# the denominators of fractions, singular and plural: "a sixteenth", "three eighths", "five thirty-seconds"
DENOMINATORS: dict[str, int] = {
    "half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fourth": 4, "fourths": 4,
    "fifth": 5, "fifths": 5, "eighth": 8, "eighths": 8, "tenth": 10, "tenths": 10, "sixteenth": 16, "sixteenths": 16,
    "thirty-second": 32, "thirty-seconds": 32, "sixty-fourth": 64, "sixty-fourths": 64, "hundredth": 100, "hundredths": 100,
}
# denominators that are also ordinals or everyday words: a fraction only before a unit or a size word
_AMBIGUOUS_DENOMINATORS = {"half", "third", "quarter", "fourth", "fifth", "tenth", "hundredth", "halves", "quarters"}

UNIT_AFTER = r"(?:mm|millimet(?:er|re)s?|cm|centimet(?:er|re)s?|m|met(?:er|re)s?|in|inch(?:es)?|\"|ft|foot|feet|thou|mils?)"
ROLE_AFTER = (r"(?:thick|thickness|wide|width|long|length|tall|high|height|deep|depth|across|dia|diameter|od|id|"
              r"wall|walls|radius|rad|x|by)")
# what must follow a phrase for it to be a number: anything (FREE), a unit, a role word or a list's punctuation
# (SIZE: "a quarter thick", "walls two and a half,"), a unit or a role word (ROLE: "one inch", "zero wall"), a unit (UNIT)
FREE, SIZE, ROLE, UNIT, ONE_UNIT = 0, 1, 2, 3, 4
_ONE_UNIT = {"inch", "foot", "metre", "meter", "centimetre", "centimeter", "millimetre", "millimeter"}
_FOLLOWERS = {
    SIZE: re.compile(r"\s*(?:-\s*)?(?:of\s+(?:an?\s+)?)?(?:" + UNIT_AFTER + r"|" + ROLE_AFTER + r")(?![A-Za-z])|\s*(?:[,;)]|\.(?!\d)|$)", re.I),
    ROLE: re.compile(r"\s*(?:-\s*)?(?:" + UNIT_AFTER + r"|" + ROLE_AFTER + r")(?![A-Za-z])", re.I),
    ONE_UNIT: re.compile(r"\s+(?:inch|foot|met(?:re|er)|centimet(?:re|er)|millimet(?:re|er))\s*(?:" + ROLE_AFTER
                         + r"|in\s+(?:length|diameter|width|height)|square|from|apart|in\s+from|centres|centers)(?![A-Za-z])", re.I),
    UNIT: re.compile(r"\s*(?:-\s*)?(?:of\s+(?:an?\s+)?)?" + UNIT_AFTER + r"(?![A-Za-z])", re.I),
}
_FOLLOWS_UNIT = re.compile(r"\s*(?:-\s*)?(?:of\s+(?:an?\s+)?)?(?P<unit>" + UNIT_AFTER + r")(?![A-Za-z])", re.I)
_FOLLOWS_DIGIT = re.compile(r"\s*[\d.]")
_WORD = re.compile(r"[A-Za-z]+")


@dataclass(frozen=True)
class Spelled:
    """One number phrase found in words: its span in the text and the number it is."""

    start: int
    end: int
    value: Fraction
    fraction: bool      # written as a fraction ("a sixteenth", "two and a quarter"): bare, it keeps that form


def _words(text: str) -> list[tuple[str, int, int]]:
    return [(m.group(0).lower(), m.start(), m.end()) for m in _WORD.finditer(text)]


def _joined(text: str, a: tuple[str, int, int], b: tuple[str, int, int]) -> bool:
    """Two words are one phrase when only spaces or one hyphen lie between them."""
    return re.fullmatch(r"\s*-?\s*|\s+", text[a[2]:b[1]]) is not None and a[2] < b[1]


class _Parser:
    """Reads the number phrase that starts at word i (greedy, longest form first)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.words = _words(text)

    def word(self, i: int) -> str | None:
        return self.words[i][0] if i < len(self.words) else None

    def next_joined(self, i: int) -> bool:
        return i + 1 < len(self.words) and _joined(self.text, self.words[i], self.words[i + 1])

    def below_hundred(self, i: int) -> tuple[int, int] | None:
        """"forty-two", "seventeen", "nine": the value and the index after it."""
        w = self.word(i)
        if w in TENS:
            if self.next_joined(i) and self.word(i + 1) in UNITS and 0 < UNITS[self.word(i + 1) or ""] < 10:
                return TENS[w] + UNITS[self.word(i + 1) or ""], i + 2
            return TENS[w], i + 1
        if w in UNITS:
            return UNITS[w], i + 1
        return None

    def cardinal(self, i: int) -> tuple[int, int] | None:
        """"a hundred and twenty", "two thousand five hundred", "fifteen hundred", "forty-two"."""
        total, j = 0, i
        first = self.below_hundred(i)
        if self.word(i) in ("a", "one") and self.next_joined(i) and self.word(i + 1) in ("hundred", "thousand"):
            first = (1, i + 1)
        if first is None:
            return None
        value, j = first
        for scale, size in (("thousand", 1000), ("hundred", 100)):
            if j < len(self.words) and self.word(j) == scale and _joined(self.text, self.words[j - 1], self.words[j]):
                total += value * size
                j += 1
                k = j + 1 if self.word(j) == "and" and j + 1 < len(self.words) else j
                if k < len(self.words) and _joined(self.text, self.words[k - 1], self.words[k]):
                    rest = self.cardinal_tail(k, size)
                    if rest is not None:
                        return total + rest[0], rest[1]
                return total, j
        return value, j

    def cardinal_tail(self, i: int, scale: int) -> tuple[int, int] | None:
        """What follows "thousand" or "hundred": a smaller hundreds group or a number below a hundred."""
        if scale == 1000:
            got = self.cardinal(i)
            return got if got is not None and got[0] < 1000 else None
        if self.word(i) in ("one", "a") and self.word(i + 1) in DENOMINATORS:
            return None  # "a hundred and a half" is no tail
        return self.below_hundred(i)

    def decimal(self, i: int) -> tuple[Fraction, int] | None:
        """"zero point eight", "three point two five", "point five"."""
        whole, j = (0, i) if self.word(i) == "point" else (self.cardinal(i) or (None, i))
        if whole is None or self.word(j) != "point" or (j > i and not _joined(self.text, self.words[j - 1], self.words[j])):
            return None
        digits, k = "", j + 1
        while k < len(self.words) and self.word(k) in DIGITS and _joined(self.text, self.words[k - 1], self.words[k]):
            digits += str(DIGITS[self.word(k) or ""])
            k += 1
        if not digits:
            return None
        return Fraction(f"{whole}.{digits}"), k

    def fraction(self, i: int) -> tuple[Fraction, int, int] | None:
        """"a sixteenth", "three eighths", "three-quarter": the value, the end and what must follow it."""
        w = self.word(i)
        if w in ("a", "an", "one"):
            top, j = 1, i + 1
        else:
            got = self.below_hundred(i)
            if got is None:
                return None
            top, j = got
        if j >= len(self.words) or not _joined(self.text, self.words[j - 1], self.words[j]):
            return None
        d, end = self.word(j) or "", j + 1
        if self.next_joined(j) and f"{d}-{self.word(j + 1)}" in DENOMINATORS:
            d, end = f"{d}-{self.word(j + 1)}", j + 2   # "thirty-second"
        if d not in DENOMINATORS:
            return None
        if top > 1 and not d.endswith("s") and (d == "half" or (re.fullmatch(r"\s+", self.text[self.words[j - 1][2]:self.words[j][1]])
                                                                 and re.match(r"-\s*[A-Za-z]", self.text[self.words[end - 1][2]:]))):
            return None   # "two half-inch holes", "four quarter-inch bolts": a count, then the fraction ("three-quarter inch" is 3/4)
        return Fraction(top, DENOMINATORS[d]), end, SIZE if d in _AMBIGUOUS_DENOMINATORS else FREE

    def phrase(self, i: int) -> tuple[Fraction, int, bool, int] | None:
        """The longest number phrase at word i: value, end, written as a fraction, what must follow it."""
        w = self.word(i)
        if w == "half" and self.word(i + 1) in ("a", "an") and self.word(i + 2) == "dozen":
            return Fraction(6), i + 3, False, FREE
        if w in ("a", "one") and self.word(i + 1) == "dozen":
            return Fraction(12), i + 2, False, FREE
        if w == "dozen":
            return Fraction(12), i + 1, False, FREE
        if w in ("a", "an") and self.word(i + 1) in _ONE_UNIT and self.next_joined(i) and (i == 0 or self.word(i - 1) != "of"):
            # "an inch thick", "a foot long"; "three eighths of an inch" is the fraction's unit
            return Fraction(1), i + 1, False, ONE_UNIT
        if w in DENOMINATORS and not w.endswith("s"):   # "half an inch", "quarter-inch plate", "eighth inch"
            k = i + 2 if self.word(i + 1) in ("a", "an") else i + 1
            return Fraction(1, DENOMINATORS[w]), k, DENOMINATORS[w] != 2, UNIT
        dec = self.decimal(i)
        if dec is not None:
            return dec[0], dec[1], False, FREE
        frac = self.fraction(i)
        card = self.cardinal(i)
        if card is not None:
            value, j = card
            if self.word(j) == "dozen":
                return Fraction(value * 12), j + 1, False, FREE
            if self.word(j) == "and" and j + 1 < len(self.words):   # "one and a half", "two and three quarters"
                tail = self.fraction(j + 1)
                if tail is not None and tail[0] < 1:
                    return value + tail[0], tail[1], tail[0].denominator != 2, FREE
        if frac is not None and (card is None or frac[1] > card[1]):
            return frac[0], frac[1], True, frac[2]
        if card is not None:
            single = card[1] == i + 1
            if single and self.word(i) in ("one", "zero"):
                if self.word(i + 1) in _EDGE_ADJECTIVES and (self.word(i + 2) or "").rstrip("s") in _PLACES:
                    return None   # "along one long edge": which edge, not a length of 1
                return Fraction(card[0]), card[1], False, ROLE
            # a single word before a noun is a count the families and the scanner read in words ("two round posts")
            return Fraction(card[0]), card[1], False, SIZE if single else FREE
        return None


_EDGE_ADJECTIVES = ("long", "short", "wide", "narrow", "longer", "shorter")
_PLACES = ("edge", "side", "end", "face", "corner")

# "holes, one in each corner", "two at either end": a single number word sharing a count out, never a size
# ("1 in each corner" would read as an inch)
_SHARED_OUT = re.compile(r"\s+(?:(?:in|at|on|for|near)\s+(?:each|every|either|both|all)\b|per\b)", re.I)


def find(text: str) -> list[Spelled]:
    """Every number phrase written in words, in order (see the module docstring for what is left alone)."""
    parser = _Parser(text)
    found: list[Spelled] = []
    i = 0
    while i < len(parser.words):
        got = parser.phrase(i)
        if got is None:
            i += 1
            continue
        value, end, fraction, follower = got
        start, stop = parser.words[i][1], parser.words[end - 1][2]
        after = text[stop:]
        if _FOLLOWS_DIGIT.match(after) or (follower != FREE and not _FOLLOWERS[follower].match(after)) \
                or re.search(r"[A-Za-z0-9]-?$", text[:start]) or (end - i == 1 and _SHARED_OUT.match(after)):
            i += 1   # before digits, without the unit it needs, or inside a code ("M-four"): not a size in words
            continue
        found.append(Spelled(start, stop, value, fraction))
        i = end
    return found


def _digits(value: Fraction, fraction: bool, before_unit: bool) -> str:
    """Decimals before a unit; a bare fraction keeps its fraction form ("1/16", "2 1/4"), a half is 0.5."""
    if not fraction or before_unit or value.denominator in (1, 2) or value.denominator not in (4, 8, 16, 32, 64):
        return f"{float(value):g}" if value.denominator != 1 else str(value.numerator)
    whole, rest = divmod(value.numerator, value.denominator)
    part = f"{rest}/{value.denominator}"
    return f"{whole} {part}" if whole else part


# "the old one cracked", "version 2 of one I made": "one" standing for a thing, never a size or a count
_PRONOUN_ONE = re.compile(r"(?P<lead>\b(?:the|this|that|my|your|our|their|another|each|which|any|no|last|first|next|previous|other|"
                          r"new|old|same|broken|original|current|existing)\s+(?:[a-z]+\s+)?)one\b(?!\s*(?:-|mm\b|millimet|cm\b|"
                          r"inch|in\b|m\b|met(?:re|er)|ft\b|foot|feet|and\s+an?\b|point\b|hundred|thousand|quarter|half|third|eighth|"
                          r"sixteenth|by\b|x\b|[\d.]))|\b(?P<of>of|like)\s+one\b(?=\s+(?:i|you|we|they|he|she|that|which|who|is|was|has|had|"
                          r"i've|i'd|i'm|we've|you've)\b)|\bone(?=\s+(?:i|you|we|they|he|she)\s+(?:made|printed|had|have|bought|did|got|used|saw)\b)",
                          re.I)


def _pronoun_one(m: re.Match[str]) -> str:
    lead = m.group("lead") or (m.group("of") + " " if m.group("of") else "")
    return f"{lead}that"


_THOU = re.compile(r"(?<![\w.])(\d+(?:\.\d+)?)\s*(?:thou|mils?)\b(?!\s*(?:meter|metre))", re.I)


def spell_out(text: str) -> tuple[str, list[StandardUse]]:
    """`text` with every number written in words as digits, and what each phrase was read as."""
    uses: list[StandardUse] = []
    out, last = [], 0
    for s in find(text):
        typed = text[s.start:s.end]
        unit = _FOLLOWS_UNIT.match(text[s.end:])
        digits = _digits(s.value, s.fraction, unit is not None)
        out += [text[last:s.start], digits]
        if unit is not None and re.match(r"\s*-?\s*of\s", text[s.end:], re.I):   # "three eighths of an inch": 0.375 inch
            out.append(" ")
            last = s.end + unit.start("unit")
        else:
            last = s.end
        uses.append(StandardUse(typed, f"“{typed}” is {digits}", digits))
    out.append(text[last:])
    text = "".join(out)

    def thou(m: re.Match[str]) -> str:   # "65 thou", "sixty-five thou wall": thousandths of an inch
        inches = float(m.group(1)) / 1000
        uses.append(StandardUse(m.group(0), f"{m.group(0)}: {inches:g} in (thousandths of an inch)", f"{inches:g} in"))
        return f"{inches:g} in"
    text = _THOU.sub(thou, text)

    def pronoun(m: re.Match[str]) -> str:
        uses.append(StandardUse(m.group(0), f"“{m.group(0).strip()}”: “one” stands for a thing, not a number", _pronoun_one(m)))
        return _pronoun_one(m)
    return _PRONOUN_ONE.sub(pronoun, text), uses


def as_typed(spelled: list[StandardUse], reading: Reading) -> Reading:
    """The reading's values with the words the person typed ("forty-two millimetres", not "42 millimetres")."""
    pending = list(spelled)
    for n, v in enumerate(reading.values):
        for use in pending:
            if v.text == use.replacement or v.text.startswith(use.replacement + " "):
                reading.values[n] = replace(v, text=use.typed + v.text[len(use.replacement):])
                pending.remove(use)
                break
    return reading

"""Every number the person typed, as typed, with what it measures.

This is deliberately not the templates' parser: it only finds numbers, their units and the
word next to them ("45 mm diameter", "Ø12", "R5", "4 holes", "608 bearing"), so the size
check can hold a part against the prompt without repeating the binding that built it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .lexicon import Lexicon, base_lexicon
from .numbers import IN_PREPOSITION_NEXT, MM_PER_UNIT, UNIT_WORDS, material_after_in, takes_lone_unit
from .positions import coordinates
from .units import drawing_inches
from .vocabulary import COUNT_ADJECTIVES, COUNT_NOUNS, DESIGNATION_AFTER, DESIGNATION_BEFORE, SIZE_WORDS

_COUNT_WORDS_BEFORE = {"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "dozen"}
KINDS = ("length", "count", "angle", "percent", "thread", "designation", "module", "position", "coordinate")
# "(-24, 0)", "(±32, ±22)": a point in a sketch's plane, not a size of the part
_COORDINATES = re.compile(r"\(\s*(?:[-+±]|\+/-)?\s*\d+(?:\.\d+)?\s*(?:mm)?\s*,\s*(?:[-+±]|\+/-)?\s*\d+(?:\.\d+)?\s*(?:mm)?\s*\)")


@dataclass(frozen=True)
class Quantity:
    """One number or size phrase of the prompt."""

    text: str            # as typed, with its unit or symbol ("1/4 in", "Ø12", "M6", "four")
    start: int           # character span in the prompt
    end: int
    value: float         # mm for lengths and threads; the number itself otherwise
    kind: str            # one of KINDS
    unit: str | None = None   # the unit the length is in ("mm", "in"...), written or assumed
    explicit_unit: bool = False
    hint: str | None = None   # what the nearby words say it sizes: diameter, radius, hole, height...
    counts: str | None = None  # for a count: what is counted (holes, teeth...)


_NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "sixteen": 16, "twenty": 20, "thirty": 30,
    "forty": 40, "fifty": 50, "dozen": 12, "pair": 2, "couple": 2, "single": 1,
}
_VULGAR = {"½": 0.5, "¼": 0.25, "¾": 0.75, "⅛": 0.125, "⅜": 0.375, "⅝": 0.625, "⅞": 0.875, "⅓": 1 / 3, "⅔": 2 / 3}
_NUM = (r"\d*[½¼¾⅛⅜⅝⅞⅓⅔]|\d+[- ]\d+/\d+|\d+/\d+|\d+,\d{1,2}(?=\s*(?:(?:mm|cm|m|in|inch|inches)\b|\"))|\d+\.\d+|\.\d+|\d+")
# "half a metre", "quarter of an inch", "three quarters of an inch": a length in words
_WORD_LENGTH = re.compile(r"\b(half|a quarter|quarter|three[- ]quarters?)(?: of)?(?: an?)?[- ]"
                          r"(?=(?:metre|meter|inch|foot|centimet|millimet|cm\b|mm\b|m\b))", re.I)
_TOKEN = re.compile(
    r"(?P<code>(?<![A-Za-z0-9#])(?![MmRrXx]\d)(?![OoIi][Dd]\d)[A-Za-z]{1,4}(?P<cn>\d+(?:\.\d+)?)(?![\d.]))"
    r"|(?P<thread>(?<![A-Za-z0-9#])[Mm](?P<tn>\d+(?:\.\d+)?)(?![\d.]))"
    r"|(?P<num>(?<![0-9.#/])(?:(?<![A-QS-WYZa-qs-wyz_])|(?<=(?<![A-Za-z])[OoIi][Dd]))(?:" + _NUM + r")(?![\d/]))"
    r"|(?P<word>\b(?:" + "|".join(_NUMBER_WORDS) + r")\b)",
    re.I,
)
_UNIT_AFTER = re.compile(r"\s*(millimet(?:er|re)s?|mms?|centimet(?:er|re)s?|cm|met(?:er|re)s?|m|inch(?:es)?|ins?"
                         r"|\"|''|\u2033|\u201d|feet|foot|ft)(?![A-Za-z])(?!(?<=[Mm])\d)", re.I)  # "4 M8": a screw, not 4 m
_ANGLE_AFTER = re.compile(r"\s*(°|deg(?:rees?)?\b)", re.I)
_PERCENT_AFTER = re.compile(r"\s*(%|percent\b)", re.I)
_DIA_BEFORE = re.compile(r"(?:[Øø⌀∅]|\bdia\.?|\bdiam\.?)\s*[:=]?\s*$", re.I)
_RADIUS_BEFORE = re.compile(r"(?:(?<![A-Za-z])[Rr]\s*=?\s*|\brad\.?\s*)$")
_GROUP_SEP = re.compile(r"^\s*(?:x|×|\*|by)\s*$", re.I)
_FILLER = {"of", "is", "a", "an", "about", "approx", "approximately", "around", "roughly", "~", ":", "=",
           "be", "should", "must", "with", "at", "to", "exactly", "nominal", "the", "total", "overall", "mm"}
_EDGE_AFTER = re.compile(r"^\s*(?:in\s+)?from\s+(?:the\s+|each\s+|all\s+)?(?:outer\s+|outside\s+|plate\s+)?"
                         r"(?:edges?|sides?|ends?|corners?|border)\b", re.I)
# the parser's own list ("in each leg", "in C45 steel", "in beide Richtungen"), so the scan and the parts agree
_IN_NOT_INCH = (set(IN_PREPOSITION_NEXT) - {"y", "z"}) | {"diameter", "length", "height", "width", "thickness", "size"}


# "20 in C45 steel", "in S355": a letter code with digits after 'in' is what the part is made in
_GRADE_AFTER_IN = re.compile(r"\s*[A-Za-z]{1,3}\d{2,4}[A-Za-z0-9+-]*\s*(?:steel|stainless|alloy|alu|aluminium|aluminum|brass|[,.;]|$)", re.I)


# "(4) .257 DIA THRU", "(2) Ø.201 THRU", "(6) M5 TAP": a US drawing's count in brackets before the hole note
_COUNT_IN_BRACKETS = re.compile(r"\s*\)\s*(?:[øØ⌀]|\.\d|\d+/\d+|#\d|M\s?\d|\d+(?:\.\d+)?\s*(?:mm\s*)?(?:DIA|THRU|HOLES?|DRILL|TAP)\b)", re.I)


def _words_after(tail: str) -> list[str]:
    """The first few words of `tail`, up to the first mark or digit."""
    run = re.match(r"[a-z\s]*", tail[:40].lower())
    return run.group(0).split()[:4] if run else []


def _value(text: str) -> float:
    if text[-1:] in _VULGAR:
        return float(text[:-1] or 0) + _VULGAR[text[-1]]
    t = text.replace(",", ".")
    parts = re.split(r"[- ]", t)
    if len(parts) == 2:
        return _value(parts[0]) + _value(parts[1])
    if "/" in t:
        a, b = t.split("/")
        return float(a) / float(b) if float(b) else float(a)
    return float(t)


def _is_fraction(top: int, bottom: int) -> bool:
    """3/8, 1/4, 5/16: the top smaller, the bottom a power of two (or 3)."""
    return 0 < top < bottom and (bottom == 3 or bottom & (bottom - 1) == 0)


def _words_around(text: str, start: int, end: int) -> tuple[list[str], list[str]]:
    before = re.findall(r"[A-Za-zØø⌀]+|[:=~,;]", text[max(0, start - 40):start])
    after = re.findall(r"[A-Za-z]+|[:=~,;.]", text[end:end + 60])
    return [w.lower() for w in before], [w.lower() for w in after]


def _role_word(word: str, lex: Lexicon) -> str | None:
    hint = SIZE_WORDS.get(word)
    if hint is None:
        mended = lex.mend(word)
        hint = SIZE_WORDS.get(mended) if mended else None
    return hint


# "1. The plate…", "2) Drill…", "Step 3:": the number of a step, not a size. Blanked with spaces
# so every other number keeps its position in the text.
_ENUMERATOR = re.compile(r"(?:(?<=^)|(?<=\n)|(?<=[.!?]\s)|(?<=[.!?]\s\s))\s*(?:step\s*)?\d{1,2}\s*[.):](?=\s|$)"
                         r"|\bstep\s+\d{1,2}\b(?=\s*[:.,)-])", re.I)


# "a 2D sketch", "into 3D", "a loop of 4 lines", "consisting of 2 loops": CAD-history words, not sizes
_NOT_A_SIZE = re.compile(r"\b[23]\s?-?\s?[dD]\b|\b[23](?=-dimensional)|"
                         r"\b\d{1,2}(?=\s+(?:straight\s+|curved\s+|closed\s+)?(?:lines|loops|arcs|curves|faces|segments|entities)\b)")


# "line 1", "loop 2", "Part 3", "face_1": the number names an entity of a CAD history
_ENTITY_LABEL = re.compile(r"\b(?:part|face|loop|line|arc|circle|curve|sketch|profile)\s*_?\s*(\d{1,2})\b(?![.,]\d)"
                           r"(?!\s*(?:mm|cm|millimet\w*|in\b|inch\w*|\"|units?\b|long|wide|thick|tall|high|deep|diameter|radius))", re.I)


def without_enumerators(text: str) -> str:
    """`text` with its step numbers blanked out (same length, same positions)."""
    text = _NOT_A_SIZE.sub(lambda m: " " * len(m.group(0)), text)
    text = _ENTITY_LABEL.sub(lambda m: m.group(0)[: m.start(1) - m.start()] + " " * len(m.group(1)), text)
    return _ENUMERATOR.sub(lambda m: " " * len(m.group(0)), text)


def scan(text: str, lexicon: Lexicon | None = None) -> list[Quantity]:
    """Every number in `text`, in order, with its unit, kind and the size word beside it."""
    lex = lexicon or base_lexicon()
    text = without_enumerators(text)
    raw: list[dict[str, object]] = []
    points = [(c.start(), c.end()) for c in _COORDINATES.finditer(text)]
    for m in _TOKEN.finditer(text):
        start, end = m.start(), m.end()
        if m.group("num") and any(a <= start and end <= b for a, b in points):
            # a point's number keeps its sign ("(-22, 0)"): a place in the sketch's plane, like a position
            signed = start > 0 and text[start - 1] in "-\u2212" and not text[max(0, start - 2):start - 1].isalnum()
            value = _value(m.group("num"))
            raw.append({"start": start - 1 if signed else start, "end": end, "value": -value if signed else value,
                        "kind": "coordinate"})
            continue
        if m.group("code"):
            # "DN50", "PN16", "GT2", "T8": a catalogue code, not a length
            raw.append({"start": start, "end": end, "value": float(m.group("cn")), "kind": "code"})
            continue
        if m.group("thread"):
            raw.append({"start": start, "end": end, "value": float(m.group("tn")), "kind": "thread"})
            continue
        if m.group("word"):
            word = m.group("word").lower()
            _, after = _words_around(text, start, end)
            nxt = [w for w in after if w not in COUNT_ADJECTIVES and w != "of"][:1]
            if word in ("single",) and not nxt:
                continue
            if word == "one" and nxt and nxt[0] in _WHICH_ONE:
                continue  # "to one side", "10 from one end": which one, not a count
            noun = next((COUNT_NOUNS[w] for w in after[:4] if w in COUNT_NOUNS), None)
            clause = re.findall(r"[a-z]+", re.split(r"[(),;]", text[end:end + 60])[0].lower())
            if noun is None or not (nxt and nxt[0] in COUNT_NOUNS) or nxt[0] not in clause:
                continue  # "one of the", "a couple of ideas", "one 50 edge (knuckle": not a count we can check
            value = float(_NUMBER_WORDS[word])
            if word == "dozen" and re.search(r"\bhalf\s+an?\s+$", text[:start], re.I):
                value = 6.0  # "half a dozen"
            raw.append({"start": start, "end": end, "value": value, "kind": "count",
                        "counts": noun})
            continue
        pair = re.fullmatch(r"(\d+)/(\d+)", m.group("num"))
        if pair and not _is_fraction(int(pair[1]), int(pair[2])):
            # "bush 20/12", "OD/ID 40/30": two sizes, not the fraction 20/12
            raw.append({"start": start, "end": start + len(pair[1]), "value": float(pair[1]), "kind": "length"})
            raw.append({"start": end - len(pair[2]), "end": end, "value": float(pair[2]), "kind": "length"})
            continue
        raw.append({"start": start, "end": end, "value": _value(m.group("num")), "kind": "length",
                    "is_int": re.fullmatch(r"\d+", m.group("num")) is not None})
    for m in _WORD_LENGTH.finditer(text):
        word = m.group(1).lower()
        value = 0.5 if word == "half" else 0.25 if "quarter" in word and not word.startswith("three") else 0.75
        raw.append({"start": m.start(), "end": m.end(), "value": value, "kind": "length", "is_int": False})
    raw.sort(key=lambda r: int(str(r["start"])))
    claims: dict[str, int] = {}
    quantities = [_classify(text, r, lex, claims) for r in raw]
    quantities = _spread_group_units(text, quantities)
    return _as_positions(text, _default_unit(text, quantities))


def _as_positions(text: str, qs: list[Quantity]) -> list[Quantity]:
    """'holes at x = -12 and +12', '(-20, 15)', 'offset -5': coordinates, with their sign, never sizes
    (`positions.coordinates`); a reading binds them to a place of the part or lists them unbound."""
    spans = {end: start for start, end in coordinates(text)}
    out = []
    for q in qs:
        start = spans.get(q.start + len(q.text.split()[0]) if q.text else q.start)
        start = spans.get(q.end) if start is None else start
        if q.kind == "length" and start is not None and start in (q.start, q.start - 1):
            sign = -1.0 if text[start] in "-\u2212" else 1.0
            out.append(Quantity(text[start:q.end], start, q.end, sign * q.value, "position", q.unit, q.explicit_unit, "position"))
        else:
            out.append(q)
    return out


# a size named by its letter, glued to the number ("d40", "H20", "L120"); "H7" after a diameter is a fit
_LETTER_SIZE = re.compile(r"([dDhHlLwW])(\d+(?:\.\d+)?)")
_LETTER_HINT = {"d": "diameter", "h": "height", "l": "length", "w": "width"}
_LETTERED_BEFORE = re.compile(r"(?<![A-Za-z])[dDlLwWhH]=?\d+(?:\.\d+)?\s*,?\s*(?:x\s*)?$")


_WHICH_ONE = {"end", "side", "face", "edge", "corner", "half", "another", "near", "at", "on"}


def _is_fit(text: str, letter: str, start: int) -> bool:
    number = _LETTER_SIZE.match(text, start)
    if letter.lower() != "h" or number is None or not number.group(2).isdigit() or int(number.group(2)) > 13:
        return False
    before = text[max(0, start - 12):start]
    if re.search(r"(?<![A-Za-z])[dDlLwW]\s?=?\s?\d+(?:\.\d+)?\s*(?:x\s*)?$", before):
        return False
    return re.search(r"(?:\d|[øØ⌀]\s*\d+(?:\.\d+)?)\s*$", before) is not None


# "24od", "10id", "2thk", "20lg", "50dia": a size glued to the role it names, not a product code like "608zz"
_ROLE_GLUED = frozenset(("od", "id", "thk", "thick", "lg", "long", "dia", "diam", "wide", "high", "tall", "deep", "dp",
                         "wall", "pcd", "bore", "rad", "len"))


_GROUP_FOLLOWS = re.compile(r"\s*(?:mm\s*)?(?:x|×|\*|by)\s*\d", re.I)


def _classify(text: str, r: dict[str, object], lex: Lexicon, claims: dict[str, int]) -> Quantity:
    start, end = int(str(r["start"])), int(str(r["end"]))
    value = float(str(r["value"]))
    kind = str(r["kind"])
    if kind == "coordinate":
        return Quantity(text[start:end], start, end, value, "coordinate", hint="coordinate")
    if kind == "thread":
        return Quantity(text[start:end], start, end, value, "thread", "mm", True, "thread")
    if kind == "count":
        return Quantity(text[start:end], start, end, value, "count", counts=str(r["counts"]))
    if kind == "code":
        lettered = _LETTER_SIZE.fullmatch(text[start:end])
        if lettered and not _is_fit(text, lettered.group(1), start):  # "d40 h20": named sizes, not a code
            return Quantity(text[start:end], start, end, value, "length", None, False,
                            _LETTER_HINT[lettered.group(1).lower()])
        if re.fullmatch(r"t\d+(?:\.\d+)?", text[start:end]) and _LETTERED_BEFORE.search(text[max(0, start - 14):start]):
            # "disc d60 t10": a lower-case t after another lettered size is the thickness, not a T10 belt
            return Quantity(text[start:end], start, end, value, "length", None, False, "thickness")
        return Quantity(text[start:end], start, end, value, "designation")
    tail = text[end:]
    unit: str | None = None
    m = _UNIT_AFTER.match(tail)
    if m:
        word = m.group(1).lower()
        after_unit = re.findall(r"[a-z]+|\d", tail[m.end():m.end() + 20].lower())[:1]
        is_prep = word in ("in", "ins") and (not after_unit or after_unit[0] in _IN_NOT_INCH or after_unit[0].isdigit()
                                             or _GRADE_AFTER_IN.match(tail[m.end():]) is not None
                                             or ((value >= 10 or re.search(r"(?:[x×*]|\bby)\s*$", text[:start], re.I) is not None)
                                                 and material_after_in(_words_after(tail[m.end():]))))
        if not is_prep:
            unit = "in" if word in ('"', "''", "\u2033", "\u201d") else UNIT_WORDS.get(word, "mm" if word.startswith("mm") else None)
            if unit is None and word.startswith("millimet"):
                unit = "mm"
            elif unit is None and word.startswith("centimet"):
                unit = "cm"
            elif unit is None and word.startswith("met"):
                unit = "m"
            end = end + m.end()
    typed_start = start
    before_text = text[max(0, start - 12):start]
    hint: str | None = None
    dm = _DIA_BEFORE.search(before_text)
    rm = _RADIUS_BEFORE.search(before_text)
    if dm:
        hint, typed_start = "diameter", start - (len(before_text) - dm.start())
    elif rm and (rm.group(0).strip().lower().startswith("rad") or text[start - 1:start] in "Rr="
                 or rm.group(0).strip() == "R"):
        hint, typed_start = "radius", start - (len(before_text) - rm.start())
    typed = text[typed_start:end].strip()
    if unit is None and _ANGLE_AFTER.match(tail):
        am = _ANGLE_AFTER.match(tail)
        assert am is not None
        return Quantity(text[start:end + am.end()].strip(), start, end + am.end(), value, "angle")
    if unit is None and value == 45 and re.match(r"\s*chamfer", tail, re.I) and re.search(r"[x×]\s*$", text[:start]):
        return Quantity(text[start:end], start, end, value, "angle")  # "1x45 CHAMFER": the degree sign left off
    if unit is None and _PERCENT_AFTER.match(tail):
        pm = _PERCENT_AFTER.match(tail)
        assert pm is not None
        return Quantity(text[start:end + pm.end()].strip(), start, end + pm.end(), value, "percent")
    before, after = _words_around(text, start, end)
    if (after and after[0] in ("sch", "schedule", "nps")) or (before and before[-1] == "nps"):
        return Quantity(typed, typed_start, end, value, "designation")  # a pipe size, not a length
    glued = re.match(r"[A-Za-z]+", text[end:]) if unit is None else None
    is_int = bool(r.get("is_int"))
    if glued is not None and is_int and glued.group(0) in ("T", "t") and not re.match(r"[A-Za-z]", text[end + 1:end + 2]):
        return Quantity(text[start:end + 1], start, end + 1, value, "count", counts="teeth")  # "24T": teeth
    if unit is None and is_int and hint is None and (
            (before and before[-1] in DESIGNATION_BEFORE and not _GROUP_FOLLOWS.match(tail))  # "size 120 x 80": sizes
            or (after and after[0] in DESIGNATION_AFTER)
            or (glued is not None and glued.group(0).lower() not in UNIT_WORDS
                and glued.group(0).lower() not in _ROLE_GLUED
                and not re.match(r"[xX](?![A-Za-z])|[dD](?![A-Za-z])", text[end:end + 2]))):
        return Quantity(typed, typed_start, end, value, "designation")
    if before and before[-1] in ("module", "mod", "m") and unit is None:
        return Quantity(typed, typed_start, end, value, "module", hint="module")
    if unit is None and is_int and hint is None and value < 1000:
        words = [w for w in after[:5]]
        k = 0
        while k < len(words) and words[k] in COUNT_ADJECTIVES and words[k] != "x":
            k += 1
        face_width = k < len(words) and words[k] == "face" and (
            value > 12 or words[k + 1:k + 2] in (["width"], ["wide"]))   # "30 face width", "40 face": a pulley's
        clause = re.findall(r"[a-z]+", re.split(r"[(),;]", text[end:end + 60])[0].lower())
        in_clause = k < len(words) and words[k] in clause   # "along one 50 edge (knuckle ...": not 50 knuckles
        counted_before = bool(before) and k == 0 and words[:1] == ["holes"] and 1 < value <= 100 and (
            before[-1] in _COUNT_WORDS_BEFORE or (len(before) > 1 and before[-2:] == ["pair", "of"]))
        # "a 30 hole in the centre": after an article, a number before one hole is its size
        sized_one = bool(before) and before[-1] in ("a", "an", "one", "single") and k < len(words) and words[k] in ("hole", "bore", "slot")
        # "50 long knuckle Ø6": a size word, then one (singular) noun: the noun's length, not 50 of them
        sized_noun = k >= 1 and words[0] in ("long", "wide", "deep", "tall", "high") and k < len(words) \
            and not words[k].endswith("s") and value > 1
        if k < len(words) and words[k] in COUNT_NOUNS and not _EDGE_AFTER.match(text[end:]) and not face_width \
                and in_clause and not counted_before and not sized_one and not sized_noun:  # "two 8 holes": the word counts, 8 is their size
            return Quantity(typed, typed_start, end, value, "count", counts=COUNT_NOUNS[words[k]])
        if text[:start].rstrip().endswith("(") and _COUNT_IN_BRACKETS.match(text[end:]):
            return Quantity(typed, typed_start, end, value, "count", counts="holes")  # "(4) .257 DIA THRU": four holes
        # "4 x 6 mm holes", "4x M5 holes", "6 x Ø8": a count, then the size of each
        xm = re.match(r"\s*[xX×]\s*(?:[Øø⌀]\s*|dia\.?\s*|M(?=\d))?(\d*\.?\d+)\s*(?:mm)?\s*([A-Za-z]+)?", text[end:])
        if xm and (text[end:].lstrip()[1:].lstrip()[:1] in "MØø⌀" or (xm.group(2) or "").lower() in COUNT_NOUNS):
            return Quantity(typed, typed_start, end, value, "count", counts="holes")
    if hint is None and _EDGE_AFTER.match(text[end:]):
        hint = "edge"
    if hint is None and re.match(r"\s*radius\b", text[end:], re.I):  # "holes of 6 mm radius": the word right after is its own
        hint = "radius"
        claims["after_end"] = end
        claims["after_word_end"] = end + _after_word_end(text[end:])
    if hint is None:
        # the size word before the number wins ("diameter 45 height 30") unless an earlier
        # number already took it as its own word after ("40 mm diameter 20 mm tall")
        prefix = _hint_before(before, lex)
        claimed = claims.get("after_end", -1) >= start - 40 and _prefix_taken(text, start, claims)
        hint = prefix if prefix is not None and not claimed else None
        if hint is None:
            hint = _hint_after(after, lex)
            if hint is not None:
                claims["after_end"] = end
                claims["after_word_end"] = end + _after_word_end(text[end:])
        if hint is None and not claimed:
            hint = prefix
    elif _hint_after(after, lex) == hint:
        # "R5 fillet", "Ø20 diameter": the word after repeats what the symbol said; it is taken
        claims["after_end"] = end
        claims["after_word_end"] = end + _after_word_end(text[end:])
    return Quantity(typed, typed_start, end, value, "length", unit, unit is not None, hint)


def _after_word_end(tail: str) -> int:
    m = re.match(r"\s*(?:[A-Za-z]+\s*){1,2}", tail)
    return m.end() if m else 0


def _prefix_taken(text: str, start: int, claims: dict[str, int]) -> bool:
    """Is the size word just before `start` the one an earlier number took as its own?"""
    word_end = claims.get("after_word_end", -1)
    return word_end >= 0 and not re.search(r"\d", text[word_end:start]) and \
        re.search(r"[A-Za-z]", text[claims.get("after_end", 0):start]) is not None and \
        len(re.findall(r"[A-Za-z]+", text[claims.get("after_end", 0):start])) <= 2


def _hint_after(after: list[str], lex: Lexicon) -> str | None:
    words = [w for w in after if w not in ("in", "of", "the", "a")][:3]
    k = 0
    while k < len(words) and words[k] in COUNT_ADJECTIVES - {"x", "of", "the"} and words[k] not in SIZE_WORDS:
        k += 1
    if k < len(words):
        hint = _role_word(words[k], lex)
        if hint is not None:
            return hint
    return None


_PHRASE_BREAK = {"with", "and", ",", ";", "plus", "having", "featuring"}


def _hint_before(before: list[str], lex: Lexicon) -> str | None:
    """The size word before the number, within its phrase ("tall with a 10 mm hole": none)."""
    k = len(before) - 1
    while k >= 0 and before[k] in _FILLER and before[k] not in _PHRASE_BREAK:
        k -= 1
    if k >= 0 and before[k] in _PHRASE_BREAK:
        return None
    if k < 0:
        return None
    return _role_word(before[k], lex)


def _spread_group_units(text: str, qs: list[Quantity]) -> list[Quantity]:
    """'2 x 3 x 4 inches': a unit written once covers its whole group."""
    out = list(qs)
    i = 0
    while i < len(out):
        j = i
        while j + 1 < len(out) and out[j].kind == out[j + 1].kind == "length" and _GROUP_SEP.match(
                text[out[j].end:out[j + 1].start]):
            j += 1
        if j > i:
            units = {q.unit for q in out[i:j + 1] if q.unit}
            if len(units) == 1:
                unit = units.pop()
                for k in range(i, j + 1):
                    if out[k].unit is None:
                        q = out[k]
                        out[k] = Quantity(q.text, q.start, q.end, q.value, q.kind, unit, True, q.hint)
            hints = {q.hint for q in out[i:j + 1]}
            after = re.findall(r"[a-z]+", text[out[j].end:out[j].end + 30].lower())[:3]
            if not units and all(q.value == int(q.value) and q.value < 50 for q in out[i:j + 1]) and (
                    set(after) & {"grid", "array", "matrix", "pattern", "rows", "layout"}):
                # "a 2 by 2 grid of 8 mm holes", "3 x 4 array": columns and rows, not sizes
                for k in range(i, j + 1):
                    q = out[k]
                    out[k] = Quantity(q.text, q.start, q.end, q.value, "count", counts="grid")
                i = j + 1
                continue
            if hints == {None}:
                for k in range(i, j + 1):
                    q = out[k]
                    out[k] = Quantity(q.text, q.start, q.end, q.value, q.kind, q.unit, q.explicit_unit, "size")
        i = j + 1
    return out


def _default_unit(text: str, qs: list[Quantity]) -> list[Quantity]:
    """Lengths with no unit take the prompt's unit (mm unless it says inches throughout); all to mm."""
    low = text.lower()
    written = {q.unit for q in qs if q.kind == "length" and q.explicit_unit and q.unit}
    default = "mm"
    said = re.search(r"\b(?:all |dimensions |sizes |units )?in (inches|inch|cm|mm|millimet\w+|centimet\w+)\b", low)
    if said and ("all" in low or "dimension" in low or "units" in low or low.rstrip(" .)").endswith(said.group(1))):
        default = {"inches": "in", "inch": "in"}.get(said.group(1), "cm" if said.group(1).startswith(("cm", "centi")) else "mm")
    elif len(written) == 1 and next(iter(written)) in ("in", "cm"):
        lone = next(iter(written))
        qs = [q if q.kind != "length" or q.unit or lone != "cm" or takes_lone_unit(q.text, lone) else
              Quantity(q.text, q.start, q.end, q.value, q.kind, "mm", False, q.hint) for q in qs]  # see numbers
        default = lone
    elif not written and any(q.kind == "length" and re.fullmatch(r"\d+(?:[- ]\d+)?/\d+|\d*[½¼¾⅛⅜⅝⅞]", q.text)
                             for q in qs):
        default = "in"  # a bare fraction ("3/8 THK") means the drawing is in inches
    elif not written and drawing_inches(text) is not None:
        default = "in"  # "Ø 2.000 x .250 THK": US drawing decimals (units.py)
    out = []
    for q in qs:
        if q.kind == "length":
            unit = q.unit or default
            out.append(Quantity(q.text, q.start, q.end, q.value * MM_PER_UNIT[unit], q.kind, unit,
                                q.explicit_unit, q.hint))
        else:
            out.append(q)
    return out


@dataclass(frozen=True)
class NegatedFeature:
    text: str     # as typed: "no hole", "without a bore"
    feature: str  # the feature stem: hole, lid, handle...


_NEGATION = re.compile(
    r"\b(?:no|without(?: an?| any)?|zero|not? (?:any|need(?:ing)? an?|want(?:ing)? an?))\s+"
    r"(?:(?:centre|center|central|middle|through|mounting|bolt|bore|screw|fixing|pilot|shaft|cable|centring|centering)\s+)?"
    r"(holes?|bores?|lid|handle|chamfers?|fillets?|teeth|rounding|hubs?|flanges?)\b", re.I)


_NONE_AFTER = re.compile(r"\b(holes?|bores?)\s*[:=]?\s*(?:none|zero|0|nil)\b", re.I)


def find_negations(text: str) -> list[NegatedFeature]:
    """Features the person said the part must not have ("gear, no hole", "without a lid", "holes: none")."""
    found = [NegatedFeature(m.group(0), "hole") for m in _NONE_AFTER.finditer(text)]
    for m in _NEGATION.finditer(text):
        word = m.group(1).lower()
        stem = {"holes": "hole", "bores": "hole", "bore": "hole", "chamfers": "chamfer", "fillets": "fillet",
                "rounding": "fillet", "hubs": "hub", "flanges": "flange"}.get(word, word)
        found.append(NegatedFeature(m.group(0), stem))
    if re.search(r"\bsolid\s+(?:disc|disk|cylinder|rod|bar|puck|blank|gear)\b|\bblank\s+gear\b|\bgear\s+blank\b", text, re.I) \
            and not any(n.feature == "hole" for n in found) and not re.search(r"\b(holes?|bores?)\b", text, re.I):
        m2 = re.search(r"\bsolid\s+\w+|\bblank\s+gear|\bgear\s+blank", text, re.I)
        assert m2 is not None
        found.append(NegatedFeature(m2.group(0), "hole"))
    return found

"""Numbers and units in plain English: turn a prompt into a flat list of tokens.

Everything downstream works on tokens, never on raw text, so the many ways people
write a number ("6", "6.5", ".5", "1/4", "1 1/2", "six", "a dozen", "twenty-four")
and a length ("6mm", "6 mm", '2"', "2 in", "2 inches", "5 cm", "0.1 m") are handled
in exactly one place.  Lengths always come out in millimetres.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from .units import drawing_inches

# The one unit table: every length the app reads from a prompt goes through it.
MM_PER_UNIT: dict[str, float] = {"mm": 1.0, "cm": 10.0, "m": 1000.0, "in": 25.4, "ft": 304.8}

UNIT_WORDS: dict[str, str] = {
    "mm": "mm", "millimeter": "mm", "millimeters": "mm", "millimetre": "mm", "millimetres": "mm",
    "mms": "mm",
    "cm": "cm", "centimeter": "cm", "centimeters": "cm", "centimetre": "cm", "centimetres": "cm",
    "m": "m", "meter": "m", "meters": "m", "metre": "m", "metres": "m",
    "in": "in", "inch": "in", "inches": "in", "ins": "in",
    "ft": "ft", "foot": "ft", "feet": "ft",
}

_VULGAR = {"½": "1/2", "¼": "1/4", "¾": "3/4", "⅛": "1/8", "⅜": "3/8", "⅝": "5/8", "⅞": "7/8"}

# "in" after a number is an inch only when it is not the preposition ("3 holes in each leg").
IN_PREPOSITION_NEXT = frozenset({
    "each", "the", "a", "an", "every", "from", "its", "it", "row", "line", "corner", "corners",
    "total", "all", "both", "one", "two", "middle", "center", "centre", "circle", "grid", "pattern",
    "y", "z",  # "extrude it 0.2 in Z" (never "x": "2 in x 3 in" is two inch sizes)
    # "Teilung 25 in beide Richtungen", "in der Mitte", "in elke richting": German / Dutch, never an inch
    "beide", "beiden", "der", "die", "das", "den", "dem", "einer", "jeder", "jede", "alle", "elke", "het",
})
# "50 x 30 x 20 in C45 steel", "20 in red PETG": what it is made in, when the material ends the phrase ("a 4 in
# steel pipe" is four inches); "material" stands where not_sizes blanked a grade ("in S355.")
IN_MATERIAL_NEXT = frozenset({
    "material", "steel", "stainless", "mild", "aluminium", "aluminum", "alu", "brass", "copper", "bronze", "titanium",
    "plastic", "pla", "petg", "abs", "asa", "tpu", "nylon", "delrin", "pom", "acrylic", "wood", "oak", "plywood", "mdf",
    "black", "white", "red", "blue", "green", "grey", "gray", "yellow", "orange", "silver",
})
_AFTER_MATERIAL = frozenset({"and", "with", "please", "for", "or", "if", "thanks", "pls", "plz"})


def material_after_in(words: list[str]) -> bool:
    """Do the words after an 'in' name the part's material and end there ("in mild steel", "in red PETG, ...")?

    The callers ask it only of a number in a size group or of 10 and more: "cube 2 in steel" is two inches."""
    k = 0
    while k < len(words) and words[k] in IN_MATERIAL_NEXT:
        k += 1
    return k > 0 and (k == len(words) or words[k] in _AFTER_MATERIAL)


# "0.4 in diameter, 0.75 long": a size word after 'in' that ends the phrase is what was measured, not an
# inch; "a 2 in diameter tube" (a noun follows) and a prompt with inches elsewhere keep the inch
IN_DIMENSION_NEXT = frozenset({"length", "width", "height", "depth", "diameter", "thickness", "radius", "size", "dia"})

_UNITS_ONE = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}
_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}
# "half an inch", "quarter-inch plate", "three quarters of an inch": a length in words
SPOKEN_FRACTIONS: list[tuple[str, str]] = [
    (r"\bhalf[- ](?:an? )?(?=inch|in\b|cm|centimet|mm|millimet|met(?:re|er)|m\b|foot|feet|ft\b)", "0.5 "),
    (r"\bthree[- ]quarters?[- ](?:of )?(?:an? )?(?=inch|in\b)", "0.75 "),
    (r"\b(?:a )?quarter[- ](?:of )?(?:an? )?(?=inch|in\b)", "0.25 "),
    (r"\beighth[- ](?:of )?(?:an? )?(?=inch|in\b)", "0.125 "),
]

# Whole phrases that stand for a number; longest first so "half a dozen" wins over "a dozen".
_PHRASES: list[tuple[str, str]] = [
    (r"\band a half\b", "and_a_half"),   # "one and a half inches": joined to its number below
    (r"\bhalf an? dozen\b", "6"),
    (r"\b(?:a|one) dozen\b", "12"),
    (r"\bdozen\b", "12"),
    (r"\b(?:a )?pair of\b", "2"),
    (r"\b(?:a )?couple of\b", "2"),
    (r"\bsingle\b", "1"),
    (r"\bdouble\b(?= (?:row|rows))", "2"),
    # "half an inch", and the hyphenated adjective "half-inch rod", "quarter-inch plate" (SPOKEN_FRACTIONS)
    *SPOKEN_FRACTIONS,
    # "a foot long", "one metre tall": the unit word alone is one of that unit
    (r"\b(?:a|one) (foot|metre|meter)(?= (?:long|tall|high|wide|deep|across|in length)\b|\s*[,.;]|$)", r"1 \1"),
    # "in one end", "10 from one end", "on one side", "one near each end", "along one long edge": which one, not a
    # size or a count
    (r"\bone(?= (?:(?:long|short|outer|inner|narrow|wide|upper|lower|top|bottom)(?:er)? )?(?:end|side|face|edge|corner)s?\b"
     r"| (?:half|another|near|at|on)\b)", "that"),
]


@dataclass
class Token:
    """One word, symbol, number or metric size of the prompt.

    kind is "num", "word", "sym" or "metric".  For numbers, `value` is already in mm
    when `unit` is set; `explicit` says whether the person wrote the unit (a bare
    integer without a unit may be a count rather than a length).
    """

    kind: str
    text: str
    value: float = 0.0
    raw: float = 0.0
    unit: str | None = None
    explicit: bool = False
    is_int: bool = False
    unit_assumed: bool = False  # bare, beside numbers written in one other unit: its unit is a guess (takes_lone_unit)

    def is_word(self, *words: str) -> bool:
        return self.kind == "word" and self.text in words


# Follows a number that was written as words.  "four 1/4 in holes" is four holes of a quarter
# inch, never 4.25 in, so such a number must not join a fraction after it into a mixed number.
WORD_NUMBER_MARK = "\u2063"

_NUMBER_WORDS = set(_UNITS_ONE) | set(_TENS) | {"hundred"}


def _split_number_compounds(words: list[str]) -> list[str]:
    """'eight-hole', 'six-sided', 'twenty-four-tooth' -> the number words, then the noun."""
    out: list[str] = []
    for w in words:
        parts = w.split("-")
        k = 0
        while k < len(parts) and parts[k] in _NUMBER_WORDS:
            k += 1
        if 0 < k < len(parts) and all(parts[k:]):
            out += ["-".join(parts[:k]), "-".join(parts[k:])]
        else:
            out.append(w)
    return out


def _words_to_digits(text: str) -> str:
    """Replace number words ("twenty four", "a dozen") with digits."""
    for pattern, repl in _PHRASES:
        if repl.isdigit():
            repl += WORD_NUMBER_MARK
        elif "\\1" in repl:
            text = re.sub(pattern, repl, text)
            continue
        text = re.sub(pattern, repl, text)
    words = _split_number_compounds(text.split(" "))
    out: list[str] = []
    i = 0
    while i < len(words):
        w = words[i]
        parts = w.split("-")
        if all(p in _UNITS_ONE or p in _TENS or p == "hundred" for p in parts) and w:
            total, current, j = 0, 0, i
            seq: list[str] = []
            # gather "one hundred and twenty four", "twenty-four"
            while j < len(words):
                ps = words[j].split("-")
                if words[j] and all(p in _UNITS_ONE or p in _TENS or p == "hundred" for p in ps):
                    seq.extend(ps)
                    j += 1
                elif words[j] == "and" and seq and j + 1 < len(words) and words[j + 1] in _UNITS_ONE | _TENS:
                    j += 1
                else:
                    break
            for p in seq:
                if p == "hundred":
                    current = max(current, 1) * 100
                elif p in _TENS:
                    current += _TENS[p]
                else:
                    current += _UNITS_ONE[p]
            total += current
            out.append(str(total) + WORD_NUMBER_MARK)
            i = j
            continue
        out.append(w)
        i += 1
    text = re.sub(WORD_NUMBER_MARK + r"(?! \d+/\d+)", "", " ".join(out))
    return re.sub(r"(\d+(?:\.\d+)?) and_a_half\b", lambda m: "%g" % (float(m[1]) + 0.5), text).replace("and_a_half", "and a half")


_ROUND_HOLLOW = re.compile(r"\b(bush\w*|sleeve|tube|tubing|pipe|spacer|washer|ring|collar|bearing|grommet|ferrule|"
                          r"standoff|shim|annulus)\b")


def _is_fraction(a: str, b: str) -> bool:
    """3/8, 1/4, 5/16: whole numbers, the top smaller, the bottom a power of two (or 3)."""
    if "." in a or "." in b:
        return False
    top, bottom = int(a), int(b)
    return 0 < top < bottom and (bottom == 3 or bottom & (bottom - 1) == 0)


def _slash_pair(m: re.Match[str]) -> str:
    """'bush 20/12 x 25': two diameters (outside / inside, either order), not the fraction 20/12."""
    a, b, unit = m[1], m[2], m[3] or ""
    if _is_fraction(a, b) or not _ROUND_HOLLOW.search(m.string) or float(a) == float(b):
        return str(m[0])
    big, small = (a, b) if float(a) > float(b) else (b, a)
    return f" {big} {unit} od {small} {unit} id "


def _radius_shorthand(text: str) -> str:
    """Drawing shorthand for radii, read before the prompt is lower-cased.

    "R=25 r=5" (a torus): capital R is the major radius, small r the minor. Otherwise a
    letter glued to its number, "R3 fillets", "sphere R15", is a radius; "r = 10" is left
    to the parser's single-letter names.
    """
    pattern = r"\b%s\s*[=:]?\s*(?=\d|\.\d)"
    if re.search(pattern % "R", text) and re.search(pattern % "r", text):
        text = re.sub(pattern % "R", " major radius ", text)
        return re.sub(pattern % "r", " minor radius ", text)
    return re.sub(r"\b[Rr](?=\d|\.\d)", " radius ", text)


# "80 SQ", "BAR 25 SQ X 150 LG", "25 square bar": a square section written once, both sides that size (never the
# last size of a group: "25 x 25 x 50 square bar" has its section already)
_SQ = re.compile(r"(?<![\d.x])(?<![x×*] )(?<!by )(\d+(?:\.\d+)?)\s*(?:mm\s*)?(?:sq\b\.?|square\b(?=\s*(?:bar|rod|stock|section|"
                 r"billet|key|steel|aluminium|aluminum|brass|bright|tube|tubing|hollow|shs)\b))(?!\s*(?:mm|cm|in)\b\s*(?:area|of)?)",
                 re.I)


def _square_section(text: str) -> str:
    """'80 SQ x 12 THK' -> '80 x 80 x 12 THK'; '25 square bar' -> '25 x 25 square bar'."""
    def repl(m: re.Match[str]) -> str:
        tube = re.match(r"\s*(?:tube|tubing|hollow|shs)\b", m.string[m.end():], re.I)
        return f"{m.group(1)} x {m.group(1)}" + (" square" if tube else "")  # a square tube stays one
    return _SQ.sub(repl, text)


def decimal_commas(text: str) -> str:
    """'3,5 cm', 'block 2,5 x 4 x 6 cm', 'Ø8,5', '6,5 mm holes' -> a decimal point (never '1,000': three digits).

    Shared by every unit reader (the step reader's spelling too), so "12,5 x 8 x 0,6 cm" is one size group."""
    t = re.sub(r"(?<![\d,.])(\d+),(\d{1,2})(?![\d,])(?=\s*(?:mm|cm|m|in|inch|inches|x|by|dia|diameter|thick|long|wide|high|tall|"
               r"deep|od|id)\b|\s*[x\u00d7*\"]|\s*$)", r"\1.\2", text)
    t = re.sub(r"(?<=[\u00d8\u00f8\u2300\u2205])\s*(\d+),(\d{1,2})(?![\d,])", r"\1.\2", t)
    return re.sub(r"(?<=[x\u00d7*] )(\d+),(\d{1,2})(?![\d,])|(?<=[x\u00d7*])(\d+),(\d{1,2})(?![\d,])",
                  lambda m: f"{m[1] or m[3]}.{m[2] or m[4]}", t)




def spoken_fractions(text: str) -> str:
    """'quarter inch thick' -> '0.25 inch thick' (any case), for the readers that spell numbers as digits."""
    for pattern, repl in SPOKEN_FRACTIONS:
        text = re.sub(pattern, repl, text, flags=re.I)
    return text


def normalize(text: str) -> str:
    """Lower-case the prompt and give every number, symbol and unit its own space."""
    t = decimal_commas(text)
    t = re.sub(r"(\d?)([½¼¾⅛⅜⅝⅞])", lambda m: f" {m[1] or '0'} {_VULGAR[m[2]]} ", t)  # "2½"
    t = re.sub(r"(?:(?<=^)|(?<=[\s,;(]))R\s+(?=\d)", "R", t)  # "ball, R 12": drawing radius with a space
    t = re.sub(r"\beq\.?\s*sp\.?(?=\W|$)", "equally spaced", t, flags=re.I)
    t = re.sub(r"\b(?:ctr|cntr)\b", "centre", t, flags=re.I)
    t = _square_section(t)
    t = re.sub(r"\blg\b", "long", t, flags=re.I)
    t = re.sub(r"\bdp\b", "deep", t, flags=re.I)
    t = _radius_shorthand(t).lower()
    t = t.replace("\u2033", '"').replace("\u201d", '"').replace("\u201c", '"').replace("''", '"')
    t = t.replace("\u2019", "'").replace("\u2013", "-").replace("\u2014", "-")
    t = re.sub(r"[\u00f8\u2300\u2205]", " dia ", t)  # ø ⌀ ∅ (Ø is lower-cased to ø)
    t = t.replace("\u00d7", " x ").replace("\u00b0", " deg ").replace("\u00b2", "").replace("\u00b3", "")
    t = re.sub(r"(?<=\d)\s*\*\s*(?=[\d.])", " x ", t)
    t = re.sub(r"(\d)\s*x\s*(?=[\d.])", r"\1 x ", t)   # 120x80, 2x
    t = re.sub(r"(\d)\s*x\s*(?=[\d.])", r"\1 x ", t)   # second pass for 120x80x6
    t = re.sub(r"(\d)\s*\"", r"\1 in ", t)             # 2"
    t = re.sub(r"(\d)'(?![\w'\d])", r"\1 ft ", t)     # 2' (a foot mark; not "the 90's", not 5'6")
    t = re.sub(r"\bo\.d\.?", " od ", t)
    t = re.sub(r"\bi\.d\.?", " id ", t)
    t = re.sub(r"\ba/f\b", " af ", t)
    # "OD/ID 40/30", "40/30 mm OD/ID": a pair of sizes, not the fraction 40/30
    t = re.sub(r"\b(od|id)\s*/\s*(od|id)\b\s*[:=]?\s*(\d+(?:\.\d+)?)\s*/\s*(\d+(?:\.\d+)?)",
               r" \1 \3 \2 \4 ", t)
    t = re.sub(r"(\d+(?:\.\d+)?)\s*/\s*(\d+(?:\.\d+)?)\s*(mm|cm|in|inch|inches)?\s*(od|id)\s*/\s*(od|id)\b",
               lambda m: " {} {} {} {} {} {} ".format(m[1], m[3] or "", m[4], m[2], m[3] or "", m[5]), t)
    t = re.sub(r"(?<![\d./])(\d+(?:\.\d+)?)\s*/\s*(\d+(?:\.\d+)?)(?![\d./])\s*(mm|cm|in|inch|inches)?", _slash_pair, t)
    t = re.sub(r"\b(bore|pcd)\s+dia\b|(?<![\d.] )(?<![\d.])\b(od|id)\s+dia\b(?=\s*[\d.])", lambda m: m[1] or m[2], t)  # "BORE Ø50", "OD ⌀30": the role word already says round
    # drawing shorthand "4X Ø6.6", "6x Ø11 EQ SP": N holes of that diameter, hole word implied
    t = re.sub(r"(?<![\d.])(\d+)\s*x\s*dia\s*(\d+(?:\.\d+)?)(?![\d.])(?!\s*(?:mm\s*)?(?:[\d.]|holes?\b|thru\b|x\b|deep\b|long\b|lg\b|bore\b))",
               r"\1 x dia \2 holes", t)
    t = re.sub(r"(\d)-(\d+/\d+)", r"\1 \2", t)         # 1-1/2 -> 1 1/2
    t = re.sub(r"(\d)-(?=[a-z])", r"\1 ", t)            # 6-hole -> 6 hole
    t = re.sub(r"(\d)([a-z])", r"\1 \2", t)             # 6mm -> 6 mm (m6 stays a metric size)
    t = re.sub(r"([a-z])-(?=\d)", r"\1 ", t)            # m-6? keep "l-bracket" words intact
    t = re.sub(r"([,;:=()\[\]])", r" \1 ", t)
    t = re.sub(r"\b(dia|diam|thk|approx|rad|len|ht|wd|qty|no|nos)\.(?!\d)", r"\1 ", t)  # abbreviations
    t = re.sub(r"(?<![\d])\.(?!\d)", " . ", t)          # sentence full stops, not decimals
    t = re.sub(r"\s+", " ", t).strip()
    if re.search(r"\b(gears?|teeth|tooth|pinion|cog|sprocket|spur)\b", t):
        t = re.sub(r"\bm (?=[\d.])", "module ", t)   # "18 teeth, m 2.5": the module, not metres
    return _words_to_digits(t)


_TOKEN_RE = re.compile(
    r"\d+ \d+/\d+|\d+/\d+|\d*\.\d+|\d+|m\d+(?:\.\d+)?\b|[a-z]+(?:[-'/][a-z]+)*|[x,;:=()\[\]\.%\"]|\S"
)


def _number(text: str) -> float:
    if " " in text:
        whole, frac = text.split(" ")
        return float(whole) + _number(frac)
    if "/" in text:
        a, b = text.split("/")
        return float(a) / float(b) if float(b) else float(a)
    return float(text)


def _in_before_size_word(tokens: list[Token]) -> set[int]:
    """Indices of the size words in "0.4 in diameter," / "0.75 in length and": 'in' there is the preposition,
    unless a noun follows the size word ("a 2 in diameter tube") or the prompt writes inches elsewhere."""
    found: set[int] = set()
    for i in range(len(tokens) - 2):
        a, b, c = tokens[i], tokens[i + 1], tokens[i + 2]
        if a.kind == "num" and b.kind == "word" and b.text == "in" and c.kind == "word" and c.text in IN_DIMENSION_NEXT:
            nxt = tokens[i + 3] if i + 3 < len(tokens) else None
            if nxt is None or nxt.kind != "word" or nxt.text in ("and", "of", "with", "at", "on", "centred", "centered"):
                found.add(i + 2)
    if found and any(a.kind == "num" and b.kind == "word" and b.text in ("ft", "foot", "feet")
                     for a, b in itertools.pairwise(tokens)):
        return set()  # "1/2 in diameter, 2 ft long": a size in feet says the 'in' is an inch too
    for i in range(len(tokens) - 1):
        a, b = tokens[i], tokens[i + 1]
        if a.kind != "num" or not ((b.kind == "word" and b.text in ("in", "inch", "inches", "ins")) or b.text == '"'):
            continue
        after = tokens[i + 2] if i + 2 < len(tokens) else None
        if b.text == "in" and after is not None and ((after.kind == "word" and after.text in IN_PREPOSITION_NEXT)
                                                     or after.kind == "num" or i + 2 in found):
            continue
        return set()  # an inch written elsewhere ("4 x 6 in, 0.25 in thick"): every 'in' is an inch
    return found


def tokenize(text: str) -> list[Token]:
    """Prompt -> tokens, with units attached to numbers (explicit ones only for now)."""
    norm = normalize(text)
    raw = [piece for piece in _TOKEN_RE.findall(norm) if piece != WORD_NUMBER_MARK]
    tokens: list[Token] = []
    for piece in raw:
        if re.fullmatch(r"m\d+(?:\.\d+)?", piece):
            tokens.append(Token("metric", piece, value=float(piece[1:]), raw=float(piece[1:])))
        elif re.fullmatch(r"\d+ \d+/\d+|\d+/\d+|\d*\.\d+|\d+", piece):
            v = _number(piece)
            tokens.append(Token("num", piece, value=v, raw=v, is_int=re.fullmatch(r"\d+", piece) is not None))
        elif re.fullmatch(r"[a-z]+(?:[-'/][a-z]+)*", piece):
            tokens.append(Token("word", piece))
        else:
            tokens.append(Token("sym", piece))
    measured = _in_before_size_word(tokens)
    # attach unit words that directly follow a number
    out: list[Token] = []
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        nxt = tokens[i + 1] if i + 1 < len(tokens) else None
        if tok.kind == "num" and nxt is not None and nxt.kind == "word" and nxt.text in UNIT_WORDS:
            after = tokens[i + 2] if i + 2 < len(tokens) else None
            is_prep = nxt.text == "in" and after is not None and after.kind == "word" and after.text in IN_PREPOSITION_NEXT
            is_prep = is_prep or (nxt.text == "in" and after is not None and after.kind == "num")
            if nxt.text == "in" and not is_prep:
                run = []
                for later in tokens[i + 2:i + 6]:
                    if later.kind != "word":
                        break
                    run.append(later.text)
                in_group = i > 0 and tokens[i - 1].text in ("x", "by", "*", "×")
                is_prep = (in_group or tok.value >= 10) and material_after_in(run)  # "cube 2 in steel": two inches
            is_prep = is_prep or (nxt.text == "in" and i + 2 in measured)
            if not is_prep:
                tok.unit = UNIT_WORDS[nxt.text]
                tok.explicit = True
                out.append(tok)
                i += 2
                continue
        out.append(tok)
        i += 1
    _spread_group_units(out)
    return out


def is_group_sep(tok: Token) -> bool:
    return tok.kind in ("word", "sym") and tok.text in ("x", "by")


def group_spans(tokens: list[Token]) -> list[tuple[int, int]]:
    """Index spans [start, end] of 'A x B (x C)' / 'A by B' number groups."""
    spans: list[tuple[int, int]] = []
    i = 0
    while i < len(tokens):
        if tokens[i].kind == "num":
            j = i
            while j + 2 < len(tokens) and is_group_sep(tokens[j + 1]) and tokens[j + 2].kind == "num":
                j += 2
            if j > i:
                spans.append((i, j))
                i = j + 1
                continue
        i += 1
    return spans


def _spread_group_units(tokens: list[Token]) -> None:
    """'2 x 3 x 4 inches': the unit written once applies to the whole group."""
    for start, end in group_spans(tokens):
        nums = [tokens[k] for k in range(start, end + 1, 2)]
        following = [t.text for t in tokens[end + 1:end + 4]]
        if len(nums) == 2 and nums[0].unit is None and nums[0].is_int and (
                "hole" in following or "holes" in following):
            continue  # "4 x 6 mm holes": four holes of 6 mm, not a 4 x 6 group
        units = {n.unit for n in nums if n.unit}
        if len(units) == 1:
            unit = units.pop()
            for n in nums:
                if n.unit is None:
                    n.unit = unit
                    n.explicit = True


def apply_default_unit(tokens: list[Token], text: str, whole: str | None = None) -> str:
    """Give unit-less numbers the prompt's unit and convert every length to mm.

    The default is mm, but a prompt that writes every unit it gives in inches (or says
    "in inches") clearly means inches for the bare numbers too, and so does a callout with no
    unit written in US drawing decimals (`units.drawing_inches` on `whole`, the prompt before
    its callouts were taken out).  Returns the unit used.
    """
    low = text.lower()
    default = "mm"
    m = re.search(r"\b(?:all )?(?:dimensions |dims |sizes |units )?in (inches|inch|cm|centimet\w+|mm|millimet\w+|met(?:re|er)s)\b", low)
    if m and ("dimension" in low or "units" in low or re.search(r"\bin (inches|cm|mm|centimet\w+|millimet\w+)\b\s*[.,)]?\s*$", low) or "all in" in low):
        default = UNIT_WORDS.get(m.group(1), "mm") if m.group(1) in UNIT_WORDS else (
            "cm" if m.group(1).startswith("centi") else "mm" if m.group(1).startswith("milli") else "m")
    else:
        used = {t.unit for t in tokens if t.kind == "num" and t.unit}
        if len(used) == 1 and next(iter(used)) in ("in", "cm"):
            lone = next(iter(used))
            largest = max(t.raw for t in tokens if t.kind == "num" and t.unit)
            for t in tokens:
                if t.kind == "num" and t.unit is None and not takes_lone_unit(t.text, lone):
                    # beside cm a bare number is mm ("radius 15, height 4 cm"); beside inches it stays
                    # inches (drawings in inches leave the unit off), and either way the reading says so
                    t.unit, t.unit_assumed = ("mm" if lone == "cm" else lone), True
                    if lone == "in" and _metric_beside_inch_fractions(t, largest):
                        t.unit = "mm"  # "R25 disk, 3/16\" thick, 1/2\" hole": 25 in would be 40 times the rest
            default = lone if lone == "in" else "mm"  # a bare number beside cm is mm (callouts too)
        elif not used and any(t.kind == "num" and "/" in t.text for t in tokens):
            default = "in"  # "PLATE 3/8 THK X 4 X 6": nobody writes 3/8 mm, the drawing is in inches
        elif not used and drawing_inches(whole if whole is not None else text) is not None:
            default = "in"  # "Ø 2.000 x .250 THK, Ø.500 THRU": US drawing decimals
    for t in tokens:
        if t.kind != "num":
            continue
        if t.unit is None:
            t.unit = default
        t.value = t.raw * MM_PER_UNIT[t.unit]
    return default


def _metric_beside_inch_fractions(tok: Token, largest_inch: float) -> bool:
    """A bare whole number of 20 or more where every inch size typed is under an inch and the number,
    read in inches, would be over 20 times the largest of them: a size in mm, not in inches (still a guess)."""
    return tok.is_int and tok.raw >= 20 and largest_inch < 1 and tok.raw > 20 * largest_inch


def takes_lone_unit(number: str, unit: str) -> bool:
    """Whether a bare number certainly takes the one unit the prompt wrote elsewhere.

    "washer OD 3/4 in, ID 3/8 in, 1/16 thick": nobody writes 1/16 mm, so a bare fraction, a
    decimal under one or a size to two or more places ("3.00 SQ", ".266") beside inches is inches.
    Any other bare number is a guess: beside cm it is read as mm ("cylinder radius 15, height 4 cm"
    is r 15, never 150: a part ten times too big), beside inches as inches, and the reading lists
    the guess and is never `high`.
    """
    found = re.search(r"\d+(?:[- ]\d+)?/\d+|\d*[½¼¾⅛⅜⅝⅞]|\d*[.,]?\d+", number)
    text = found.group(0) if found else number.strip()
    if unit != "in":
        return False
    if re.fullmatch(r"\d+(?:[- ]\d+)?/\d+|\d*[½¼¾⅛⅜⅝⅞]|\d*[.,]\d{2,}", text):
        return True
    try:
        return float(text.replace(",", ".")) < 1
    except ValueError:
        return False

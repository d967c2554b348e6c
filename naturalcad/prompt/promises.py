"""What the prompt's words promise about the part, held against the part that was built.

A reader can bind every number and still build the wrong part when a word that changes the
part is dropped: "a pair of 10 mm radius holes" built as one hole, a hole "right through the
long way" drilled down through the top, a "30 mm square hole" cut round, a "hexagon, 19 across
flats" padded as a Ø19 circle. The numbers are all there; the count, the direction or the
shape is not. Both offline readers (and a model's script) are checked here the same way, after
the build, against the measured part (`Built`: the sandbox's geometry and feature report), so
one module serves every source and nothing is trusted from the reader's own account.

Each rule is a named pattern with examples (Duckling style, see `RULES` and the tests); what it
finds is a `Problem`, which lowers the confidence to medium and tells the person what may not
match:

- `count_not_built`: a count before a hole noun, written as people write it ("a pair of",
  "twin", "a couple of", "half a dozen", "three M4 clearance holes", "4 x Ø6 holes", "a hole in
  each corner", "a hole at both ends"), that no hole count of the part has;
- `direction_not_built`: a hole said to run "the long way", "lengthwise", "end to end", "the
  full length", "through the side", "front to back", "horizontally", "crosswise", ... while no
  built hole runs that way;
- `shape_not_built`: a hole or opening said to be square, hexagonal, rectangular, oval or
  slotted whose size was cut as a round hole; a square or a hexagon with a size that the part
  has only as a round diameter (no two flat faces that far apart).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from .reading import Problem

RULES = ("count_not_built", "direction_not_built", "shape_not_built")

REL = 0.02
ABS = 0.2  # mm


def _near(a: float, b: float) -> bool:
    return abs(a - b) <= max(ABS, REL * abs(b))


@dataclass(frozen=True)
class BuiltHole:
    diameter: float
    axis: tuple[float, float, float]


@dataclass(frozen=True)
class Built:
    """The measured part: extents along X, Y, Z, its round holes (diameter and axis), how many holes
    of each size, its round diameters and the distances between its parallel flat faces."""

    extents: tuple[float, float, float]
    holes: tuple[BuiltHole, ...] = ()
    hole_count: int | None = None      # None: holes were not measured
    hole_counts: tuple[int, ...] = ()  # per hole size
    genus: int | None = None
    diameters: tuple[float, ...] = ()
    distances: tuple[float, ...] = ()

    @property
    def counts(self) -> set[int]:
        out = set(self.hole_counts)
        for n in (self.hole_count, self.genus):
            if n is not None:
                out.add(n)
        return out


# ---- counts ----------------------------------------------------------------------------------
WORD_COUNTS: dict[str, int] = {
    "one": 1, "a single": 1, "single": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "sixteen": 16, "twenty": 20,
    "a pair of": 2, "pair of": 2, "twin": 2, "dual": 2, "a couple of": 2, "couple of": 2, "a trio of": 3,
    "half a dozen": 6, "a dozen": 12,
    "dozen": 12,
}
_WORDS = "|".join(sorted((re.escape(w).replace(r"\ ", r"\s+") for w in WORD_COUNTS), key=len, reverse=True))
# what may stand between a count and its noun: sizes ("10 mm radius", "Ø8", "M4", "3/8\""), kinds of hole
_SIZE = r"(?:[Øø⌀]\s*)?\d+(?:[.,]\d+)?(?:\s*/\s*\d+)?\s*(?:mm|cm|in\b|inch(?:es)?|\"|'')?"
_BETWEEN_WORD = (r"(?:mm|cm|dia\.?|diameter|radius|rad|wide|deep|small|large|big|little|equally|evenly|equi-?spaced|spaced|"
                 r"through|thru|blind|plain|clearance|tapped|threaded|counter-?(?:bored|sunk)|c'?bored|csk|mounting|"
                 r"fixing|bolt|screw|dowel|pin|drilled|round|identical|matching|same|size|sized|corner|end|side|outer|inner|top|"
                 r"bottom|m\d+(?:\.\d+)?|x|×|-)")
_BETWEEN = rf"(?:(?:{_SIZE}|{_BETWEEN_WORD})[\s-]*){{0,6}}?"
HOLE_NOUNS = r"(?:holes|bores|through[- ]?holes|thru[- ]?holes|drillings|drill\s+holes)"
_COUNT_HOLES = re.compile(rf"(?<![\w.,/-])(?P<n>\d{{1,2}}|{_WORDS})(?:\s*[x×]\s*|\s+)(?!mm\b|cm\b|in\b|x\b|by\b)"
                          rf"{_BETWEEN}(?P<noun>{HOLE_NOUNS}|hole(?=\s+(?:at|in|on)\s+(?:each|every|both)))\b", re.I)
_ONE_HOLE = re.compile(r"(?<![\w.,/-])(?P<n>one|a\s+single|single)\s+" + _BETWEEN + r"(?P<noun>hole|bore)\b", re.I)
# a hole placed "at each corner", "at both ends": the count is in the place
_PLACE_COUNTS = {"corner": 4, "corners": 4, "end": 2, "ends": 2}
_HOLE_AT_EACH = re.compile(r"\b(?P<noun>holes?|bores?)\b(?:\s+[\w.Øø⌀-]+){0,3}?\s+(?:at|in|on|near|through)\s+"
                           r"(?:each|every|both|all\s+(?:four|4)|the\s+(?:four|4|two|2))\s+(?:of\s+the\s+)?"
                           r"(?P<place>corners?|ends?)\b", re.I)
# "3 holes on each side", "4 holes per row", "in two rows": the part has a multiple of the count
_MULT_AFTER = re.compile(r"\s*,?\s*(?:(?:per|in\s+each|on\s+each|on\s+both|at\s+each|at\s+both|on\s+either|each)\s+"
                         r"(?:row|column|side|face|end|flange|leg|arm|corner|half|part|group|set)s?\b|in\s+(?:\d+|two|three|four)"
                         r"\s+(?:rows|columns|groups|sets|places)\b)", re.I)
_NEGATED = re.compile(r"\b(?:no|without|not|nor|never)\b[\w\s-]{0,12}$", re.I)
# "two rows of 3 holes", "each flange with two holes", "each leg gets 2 holes"
_MULT_BEFORE = re.compile(r"\b(?:rows?|columns?|sets?|groups?|lines?|pairs?)\s+of\s*$|\beach\b[\w\s]{0,15}\b(?:with|has|having|gets|"
                          r"carries)\s*$|\b(?:on|in|at|per)\s+(?:each|every|both)\s+\w+\s*,?\s*$", re.I)


# "one ... above and one below", "one at each end, another in the middle": further ones of the same hole,
# the noun left out (a "one" that names its own hole is a count of its own)
_MORE_ONE = re.compile(r"(?:,\s*|\s+(?:and|plus)\s+)(?:one|another)\b(?!\s+(?:of\b|more\b))", re.I)
_OWN_HOLE = re.compile(r"\s+" + _BETWEEN + r"(?:holes?|bores?)\b", re.I)


_EACH_PLACE = re.compile(r"\s+(?:at|in|on|near)\s+(?:each|every|both|all\s+(?:four|4))\s+(?:of\s+the\s+)?(?P<place>corners?|ends?)\b", re.I)


def more_ones(prompt: str, after: int) -> list[int]:
    """How many holes each elliptical "and one" / ", another" after a single hole adds, up to the end of its
    sentence ("and one at each corner" adds four)."""
    end = re.compile(r"[.;\n](?!\d)").search(prompt, after)
    clause = prompt[after:end.start() if end else len(prompt)]
    out = []
    for m in _MORE_ONE.finditer(clause):
        if _OWN_HOLE.match(clause, m.end()):
            continue
        each = _EACH_PLACE.match(clause, m.end())
        out.append(_PLACE_COUNTS[each.group("place").lower()] if each else 1)
    return out


@dataclass(frozen=True)
class CountSaid:
    text: str
    count: int
    start: int
    end: int
    multiplied: bool  # "two rows of 3 holes", "3 holes on each side": the part has a multiple of it


def counts_said(prompt: str) -> list[CountSaid]:
    """Every count of holes the prompt states, as written ("a pair of 10 mm radius holes": 2)."""
    out: list[CountSaid] = []
    taken: list[tuple[int, int]] = []
    for rx in (_COUNT_HOLES, _ONE_HOLE):
        for m in rx.finditer(prompt):
            raw = re.sub(r"\s+", " ", m.group("n").lower())
            n = int(raw) if raw.isdigit() else WORD_COUNTS[raw]
            if n < 1 or n > 64 or _NEGATED.search(prompt[max(0, m.start() - 20):m.start()]):
                continue
            multiplied = bool(_MULT_BEFORE.search(prompt[max(0, m.start() - 30):m.start()])
                              or _MULT_AFTER.match(prompt[m.end():m.end() + 40]))
            if rx is _ONE_HOLE:
                n += sum(more_ones(prompt, m.end()))  # "one 4.5 screw hole above and one below the peg": two
            out.append(CountSaid(m.group(0).strip(), n, m.start(), m.end(), multiplied))
            taken.append((m.start(), m.end()))
    for m in _HOLE_AT_EACH.finditer(prompt):
        if any(s <= m.start("noun") < e for s, e in taken) or _NEGATED.search(prompt[max(0, m.start() - 20):m.start()]):
            continue
        multiplied = m.group("noun").lower().endswith("s")  # "holes at each end": two or more per end
        out.append(CountSaid(m.group(0).strip(), _PLACE_COUNTS[m.group("place").lower()], m.start(), m.end(), multiplied))
    return sorted(out, key=lambda c: c.start)


def counts_not_built(prompt: str, built: Built) -> list[Problem]:
    """Counts of holes the part has no group of ("a pair of 10 mm radius holes" built with one hole)."""
    if built.hole_count is None:
        return []
    have = built.counts
    said = counts_said(prompt)
    sums = _sums(built.hole_counts) | have
    if len(said) > 1 and sum(c.count for c in said) in sums:
        return []  # "two 5 mm holes ... then two more": the counts add up to the part's
    out = []
    for c in said:
        if c.count in have or (c.multiplied and any(h >= c.count and h % c.count == 0 for h in have)):
            continue
        if len(said) > 1 and c.count in sums:
            continue  # holes of two sizes, each said with its own count
        out.append(Problem("count_not_built", f"{c.text} (said {c.count}; the part has {built.hole_count} "
                                              f"hole{'s' if built.hole_count != 1 else ''})"))
    return out


def _sums(counts: Sequence[int]) -> set[int]:
    out = {0}
    for c in counts:
        out |= {s + c for s in out}
    return out - {0}


# ---- directions ------------------------------------------------------------------------------
@dataclass(frozen=True)
class Direction:
    name: str
    pattern: str
    examples: tuple[str, ...] = field(default=())


DIRECTIONS: tuple[Direction, ...] = (
    Direction("along the length", r"(?:\bthe\s+long\s+way\b|\blength(?:wise|ways)\b|\blongitudinal(?:ly)?\b|"
              r"\bend\s+to\s+end\b|\bfrom\s+(?:one\s+)?end\s+to\s+(?:the\s+other|end)\b|"
              r"\b(?:running|runs?|through|down|along|drilled|bored|goes|going)\s+(?:the\s+)?(?:full|whole|entire)\s+length\b|"
              # "Ø12 THRU ALONG 80 LENGTH", "a bore drilled along the length": the way it runs, not where holes sit
              r"\b(?:through|thru|drilled|bored|runs?|running|goes|going)\s+along\s+(?:the\s+|its\s+)?"
              r"(?:\d+(?:\.\d+)?\s*(?:mm\s*)?)?(?:long\s+)?(?:length|long\s+axis)\b)"
              r"(?!\s+(?:cent(?:re|er)[- ]?lines?|mid[- ]?lines?|axis|edges?|sides?|faces?))",
              ("a 1cm dia hole right through the long way", "8 mm hole drilled lengthwise", "a 16 mm bore end to end",
               "a 12 mm hole running the full length", "Ø12 THRU ALONG 80 LENGTH")),
    Direction("horizontal", r"\bhorizontal(?:ly)?\b|\bthrough\s+(?:the|its|one|both)\s+sides?\b|\b(?:from\s+)?side\s+to\s+side\b|"
              r"\bfront\s+to\s+back\b|\bsideways\b|\bcross[- ]?(?:wise|ways)\b|\btransverse(?:ly)?\b",
              ("10mm hole going horizontally through it", "a 6 mm hole through the side", "drilled crosswise, front to back")),
    Direction("across", r"\bcross[- ]?(?:wise|ways)\b|\btransverse(?:ly)?\b|\bacross\s+(?:the|its)\s+(?:width|bar|part|block)\b|"
              r"\bcross[- ]?(?:drill(?:ed)?|bored)\b",
              ("a 14 mm hole drilled crosswise", "a hole across the bar", "a cross-drilled 5 mm hole")),
    Direction("vertical", r"\bvertical(?:ly)?\b|\btop\s+to\s+bottom\b|\bstraight\s+down\b|\bdown\s+through\s+the\s+top\b",
              ("a 10 mm hole straight down through the top",)),
)
# a drawing callout ("Ø12 THRU ...") names a hole by its size sign
_HOLE_NOUN = re.compile(r"\b(?:holes?|bores?|bored|drill(?:ed|ing)?|passages?|channels?)\b|[Øø⌀]\s*\d+(?:[.,]\d+)?", re.I)
_CLAUSE_END = re.compile(r"[.;\n]|\band\s+(?:an?|two|three|four|\d)\b|,\s*(?:with|plus|then|and)\b", re.I)


def _axis_index(axis: tuple[float, float, float]) -> int | None:
    k = max(range(3), key=lambda i: abs(axis[i]))
    return k if abs(axis[k]) > 0.99 else None


# "a 12 hole going through the 25 direction", "drilled through the 40 mm dimension", "in the 25 direction":
# the hole runs along the extent of that size
_THROUGH_SIZE = re.compile(r"\b(?:(?:through|thru|across)\s+(?:the\s+|its\s+)?|in\s+the\s+)(\d+(?:[.,]\d+)?)\s*(?:mm\s*)?"
                           r"(?:direction|dimension|way|thickness|side\s+to\s+side)\b", re.I)
SIZED = "through the size "


def _runs(direction: str, k: int, extents: tuple[float, float, float]) -> bool | None:
    """Does a hole along axis k run `direction` in a part of these extents? None: the part cannot tell."""
    if direction.startswith(SIZED):
        size = float(direction[len(SIZED):])
        along = [i for i in range(3) if abs(extents[i] - size) <= max(0.2, 0.02 * size)]
        return None if not along or len(along) == 3 else k in along
    longest = max(extents)
    long_axes = [i for i in range(3) if extents[i] >= longest * 0.95]
    if direction == "along the length":
        return None if len(long_axes) > 1 else k in long_axes
    if direction == "horizontal":
        return k != 2
    if direction == "across":
        return None if len(long_axes) > 1 else k not in long_axes
    return k == 2  # vertical


# words between a hole and a direction that make the direction a place ("holes spaced end to end",
# "both holes lie on the lengthwise centre line"), not the way the hole runs
_PLACED = re.compile(r"\b(?:spaced|spread|distributed|pitch(?:ed)?|evenly|equally|lie|lies|sit|sits|placed|positioned|"
                     r"located|arranged|cent(?:red|ered|ral)|middle|mid-?way|halfway|on\s+the|along\s+the)\b", re.I)


def directions_said(prompt: str) -> list[tuple[str, str, int]]:
    """(direction, words as typed, where) for each direction said of a hole in the same clause."""
    out = []
    for m in _HOLE_NOUN.finditer(prompt):
        tail = prompt[m.end():m.end() + 90]
        end = _CLAUSE_END.search(tail)
        clause = tail[:end.start()] if end else tail
        head = re.split(r"[,.;:\n]|\b(?:with|and|plus|then)\b", prompt[max(0, m.start() - 30):m.start()])[-1]
        sized = _THROUGH_SIZE.search(clause)
        if sized and not _NEGATED.search(prompt[max(0, m.end() + sized.start() - 12):m.end() + sized.start()]):
            out.append((SIZED + f"{float(sized.group(1).replace(',', '.')):g}", sized.group(0), m.start()))
        for d in DIRECTIONS:
            hit = re.search(d.pattern, clause, re.I)
            if hit and _PLACED.search(clause[:hit.start()]):
                continue
            before = re.search(d.pattern, head, re.I)  # "a lengthwise 8 mm hole", "a cross-drilled hole"
            if hit is None and before is not None:
                out.append((d.name, before.group(0), m.start()))
                continue
            if hit and not _NEGATED.search(prompt[max(0, m.end() + hit.start() - 12):m.end() + hit.start()]):
                out.append((d.name, hit.group(0), m.start()))
    seen: set[tuple[str, str]] = set()
    return [o for o in out if not ((o[0], o[1]) in seen or seen.add((o[0], o[1])))]  # type: ignore[func-returns-value]


def directions_not_built(prompt: str, built: Built) -> list[Problem]:
    """A hole said to run one way ("the long way", "through the side") while no built hole does."""
    axes = [k for k in (_axis_index(h.axis) for h in built.holes) if k is not None]
    if not axes:
        return []
    out = []
    for name, typed, _where in directions_said(prompt):
        verdicts = [_runs(name, k, built.extents) for k in axes]
        if any(v is None or v for v in verdicts):
            continue
        said = f"along the {name[len(SIZED):]} mm size" if name.startswith(SIZED) else name
        out.append(Problem("direction_not_built", f"{typed} (the hole is said to run {said}, but the built hole "
                                                  f"runs along {'XYZ'[axes[0]]}, a part {_extents(built)})"))
    return out


def _extents(built: Built) -> str:
    return " x ".join(f"{e:g}" for e in built.extents)


# ---- shapes ----------------------------------------------------------------------------------
SHAPE_WORDS = r"(?:square|hex(?:agon(?:al)?)?|rectangular|rectangle|oblong|oval|obround|slotted|elongated|triangular)"
_OPENING = r"(?:holes?|bores?|openings?|cut-?outs?|windows?|apertures?|sockets?|through[- ]?holes?|thru[- ]?holes?|recess(?:es)?|pockets?)"
_NUMBER = r"(?:[Øø⌀]\s*)?(\d+(?:\.\d+)?)\s*(?:mm)?"
# "a 30 mm square hole", "square hole 30 mm", "rectangular cut-out 40 x 20", "hex hole, 13 AF"
_QUALIFIED = re.compile(rf"(?:{_NUMBER}\s*(?:x\s*{_NUMBER}\s*)?)?\b(?P<shape>{SHAPE_WORDS})[\s-]+(?:(?:shaped|through|thru|"
                        rf"blind|\d+(?:\.\d+)?\s*(?:mm)?|[Øø⌀])[\s-]+){{0,2}}(?P<noun>{_OPENING})\b"
                        rf"(?:[\s,]+(?:of\s+|is\s+)?{_NUMBER}(?:\s*(?:x|by)\s*{_NUMBER})?)?", re.I)
# "a hexagon, 19 across flats", "hexagonal boss 14 across flats", "a 20 mm square" (of a sketch)
_FLAT_SHAPE = re.compile(rf"\b(?P<shape>hex(?:agon(?:al)?)?|square)\b[^.;\n\d]{{0,25}}?{_NUMBER}\s*(?:a/?f|across\s+(?:the\s+)?flats)"
                         rf"|\b(?:an?\s+)?{_NUMBER}\s*(?:a/?f|across\s+(?:the\s+)?flats)?\s+(?P<shape2>hex(?:agon(?:al)?)?|square)\b"
                         rf"(?!\s*(?:holes?|bores?|through|thru|sockets?|keys?|heads?|nuts?|bolts?|screws?|drives?|pattern|grid|"
                         rf"plates?|bars?|blocks?|tubes?|stock|sections?|pads?|base|cubes?|box))", re.I)


def shapes_not_built(prompt: str, built: Built) -> list[Problem]:
    """A square, hex, rectangular, oval or slotted opening cut round; a square or hexagon of a size the part
    has only as a round diameter."""
    out = []
    round_holes = [h.diameter for h in built.holes]
    for m in _QUALIFIED.finditer(prompt):
        if _NEGATED.search(prompt[max(0, m.start() - 15):m.start()]):
            continue
        sizes = [float(g) for g in m.groups()[:2] + m.groups()[4:] if g and re.fullmatch(r"\d+(?:\.\d+)?", g)]
        hit = next((d for d in round_holes for s in sizes if _near(d, s)), None)
        if hit is not None:
            out.append(Problem("shape_not_built", f"{m.group(0).strip()} (said {m.group('shape').lower()}, but the part "
                                                  f"has a round Ø{hit:g} hole)"))
    for m in _FLAT_SHAPE.finditer(prompt):
        if out or _NEGATED.search(prompt[max(0, m.start() - 15):m.start()]):
            break
        size = float(next(g for g in m.groups() if g and re.fullmatch(r"\d+(?:\.\d+)?", g)))
        shape = (m.group("shape") or m.group("shape2") or "").lower()
        round_ = any(_near(d, size) for d in built.diameters + tuple(round_holes))
        flat = any(_near(d, size) for d in built.distances + built.extents)
        if round_ and not flat:
            what = "hexagon" if shape.startswith("hex") else "square"
            out.append(Problem("shape_not_built", f"{m.group(0).strip()} (said a {what}, but the part has "
                                                  f"it only as a round Ø{size:g})"))
    return out


# ---- a bore that must go through ----------------------------------------------------------------
# parts that are open end to end by what they are: their bore is a through hole
_THROUGH_PARTS = re.compile(r"\b(?:bush(?:ing)?s?|sleeves?|tubes?|tubing|pipes?|spacers?|washers?|rings?|collars?|"
                            r"standoffs?|grommets?|ferrules?|pulleys?)\b", re.I)
# a solid part sized by what it fits ("shaft to suit a 6001 bearing bore", "pin for a 10 mm bushing")
_SOLID_PART = re.compile(r"\b(?:shafts?|axles?|spindles?|pins?|rods?|dowels?|plugs?|bolts?|studs?)\b", re.I)
_BORE_SAID = re.compile(r"\b(?:bores?|ID|I\.D\.?|inner\s+diameter|inside\s+diameter|internal\s+diameter)\b")
_CLOSED_SAID = re.compile(r"\b(?:blind|closed|capped|cap|floor|bottom|base|deep|solid|plug(?:ged)?|sealed|end\s+wall)\b", re.I)


# a split ring or collar is open through its wall: its bore goes through, yet it has no handle (genus 0)
_SPLIT_SAID = re.compile(r"\b(?:split|slit|slotted|gap|c[- ]shaped|open\s+ring|through\s+the\s+wall)\b", re.I)


# what a ring-like part goes on sizes its bore: "collar for a 10mm shaft", "spacer for M4"
_GOES_ON = re.compile(r"\b(?:for|on|onto|to\s+(?:fit|suit))\s+(?:an?\s+|the\s+)?(?:(?:Ø|⌀)\s*)?(?:\d+(?:[.,]\d+)?\s*(?:mm|in\b|\"|inch\w*)?\s*"
                      r"(?:dia\w*\s+)?(?:shafts?|rods?|axles?|bolts?|screws?|pins?|tubes?|pipes?|dowels?)\b|M\d+(?:[.,]\d+)?\b)", re.I)


def _named_part(prompt: str) -> tuple[re.Match[str] | None, re.Match[str] | None]:
    """The first through-part and solid-part words; a solid word right before a through word
    only qualifies it (English compounds put the part last: a "shaft collar" is a collar)."""
    through, solid = _THROUGH_PARTS.search(prompt), _SOLID_PART.search(prompt)
    while solid is not None and through is not None and solid.start() < through.start():
        if re.fullmatch(r"[\s-]*", prompt[solid.end():through.start()]):
            solid = _SOLID_PART.search(prompt, through.end())
            continue
        break
    return through, solid


def bores_not_through(prompt: str, built: Built) -> list[Problem]:
    """A bushing, sleeve, tube, spacer, collar or ring given a bore, built with no hole through it at
    all (a flange laid over the bore's end closes it): the part the words name is open end to end."""
    through, solid = _named_part(prompt)
    if (built.genus != 0 or through is None or _CLOSED_SAID.search(prompt) or _SPLIT_SAID.search(prompt)
            or (solid is not None and solid.start() < through.start())):  # the part named first is the part
        return []
    m = _BORE_SAID.search(prompt) or re.search(r"\bbore\b", prompt, re.I) or _GOES_ON.search(prompt[through.end():])
    if m is None:
        return []
    return [Problem("hole_not_built", f"{m.group(0)} (a {through.group(0).lower()}'s bore runs "
                                      "through it, but the built part has no hole through it)")]


def unkept(prompt: str, built: Built) -> list[Problem]:
    """Every promise of the prompt's words that the built part does not keep."""
    # fits, the part's section, holes on every face (part_promises imports this module)
    from .part_promises import unkept as part_unkept

    return (counts_not_built(prompt, built) + directions_not_built(prompt, built) + shapes_not_built(prompt, built)
            + bores_not_through(prompt, built) + part_unkept(prompt, built))

"""The ledger both offline readers share: what of the prompt the built part accounts for.

A reader binds numbers to what it builds; the ledger checks that binding from the prompt's
side, with the words next to each number, so a part that only *looks* read is never `high`:

- `bound_by_value`: a number whose own words give it one role was bound to a parameter of
  another kind because the values matched ("8 half-round flutes" bound to the 8 mm hole,
  "spaced 8 mm apart" bound to the 8 mm thickness, "a 20mm bore" bound to 20 teeth);
- `unused_number`: a radius typed in shorthand ("r4") that no size of the part has;
- `unbuilt_feature`: a feature noun of the prompt (flutes, knurl, ribs, teeth, threads, a lid,
  a groove, ...) that the built part does not have;
- `count_not_made`: "two bosses", "8 flutes": a count before a feature noun that no repeated
  feature of the part has.

Each rule is a named pattern over the words beside a number or a noun, never a prompt; the
readers pass what they bound (`Bound`) and what they built (`Made`) and add the `Doubt`s.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass, field

RULES = ("bound_by_value", "unused_number", "unbuilt_feature", "count_not_made")


@dataclass(frozen=True)
class Bound:
    """One number as the reader saw it: where it stands in `text`, its value and the role it got."""

    text: str       # as it stands in the text the reader read
    value: float
    start: int
    end: int
    role: str | None


@dataclass
class Made:
    """What the built part has, in words: parameter names, operation and feature names, and the
    counts of its repeated features (4 holes, 2 bosses)."""

    words: set[str] = field(default_factory=set)
    counts: set[int] = field(default_factory=set)

    def has(self, stems: Iterable[str]) -> bool:
        return any(s in w for s in stems for w in self.words)


@dataclass(frozen=True)
class Doubt:
    rule: str     # one of RULES
    subject: str  # what a person reads: "8 (“8 half-round flutes”: a count, but it became the hole diameter)"


# ---- what a bound role is --------------------------------------------------------------------
_COUNT_ROLE = re.compile(r"(?<![a-z])count(?!er)|teeth|tooth|number|sides|coils|turns|lobes|spokes|columns|rows|flutes|ribs|fins|"
                         r"quantity|\bx\b|^\d+ x|per_", re.I)
_POSITION_ROLE = re.compile(r"position|pitch|offset|spacing|from|margin|inset|pcd|bolt_circle|circle|distance|apart|"
                            r"centre|center|location|edge|place|between|gap|pattern|grid|spread|span|label|sketch|"
                            r"translation|coordinate|\bat\b|_x\b|_y\b|_z\b|^[xyz]\b", re.I)
_SIZE_ROLE = re.compile(r"diameter|length|width|height|thickness|depth|extrude|size|wall|\bod\b|\bid\b|bore|hole|"
                        r"radius|side|thick|tall|long|wide", re.I)


GENERIC_ROLES = ("size", "description", "total", "label", "sketch")


def role_kind(role: str) -> str | None:
    """count | position | size | None (a role the ledger cannot type, which it never doubts)."""
    if role.split(" ")[0] in GENERIC_ROLES or re.search(r"\s[-+/*]\s|^\(", role):
        return None  # "size": some operation holds the value, no role named; "(length - width) / 2": derived
    if _COUNT_ROLE.search(role):
        return "count"
    if _POSITION_ROLE.search(role):
        return "position"
    if _SIZE_ROLE.search(role):
        return "size"
    return None


# ---- what the words beside a number say it is ------------------------------------------------
# nouns a bare whole number counts ("8 half-round flutes", "4 holes", "two bosses")
COUNTED = (r"holes|flutes|ribs|teeth|slots|spokes|fins|bosses|circles|legs|coils|turns|grooves|notches|lobes|pins|pegs|"
           r"posts|feet|tabs|ears|studs|standoffs|bolts|screws|lugs|arms|blades|vanes|webs|gussets|pockets|cutouts|"
           r"windows|vents|places|plcs|cylinders|knobs|bumps|dimples|ridges|scallops|cut[- ]?outs|counterbores|"
           r"countersinks")  # plural: "the 40 circle", "a 4 pin hole" are sizes
# words that may stand between a count and its noun ("8 half-round flutes", "4 equally spaced holes"), not
# a preposition or a size word: "plate 5 with two slots", "10 thick legs", "300 long with 8 mm holes"
_NOT_BETWEEN = (r"(?:with|without|no|not|and|or|of|for|in|on|at|to|from|by|x|mm|cm|thick|thk|long|wide|tall|high|deep|"
                r"dia|diameter|radius|any|all|each|the|a|an|is|are|has|have|plus|then|some)\b")
_COUNT_AFTER = re.compile(rf"\s+(?:(?!{_NOT_BETWEEN})[a-z][a-z-]*\s+){{0,3}}?(?:{COUNTED})\b", re.I)
_LENGTH_UNIT = re.compile(r"\s*(?:mm|cm|millimet\w*|in\b|inch\w*|\")", re.I)
_POSITION_AFTER = re.compile(
    r"\s*(?:mm\s*)?(?:apart|c/c|c-c|cc\b|centre[- ]to[- ]centre|center[- ]to[- ]center|"
    r"pitch\b(?!\s+(?:circle\s+)?(?:diameter|dia)\b)|in\s+from|"
    r"(?:in\s+)?from\s+(?:the\s+|each\s+|either\s+|both\s+|one\s+|its\s+)?(?:\w+\s+){0,2}?"
    r"(?:ends?|edges?|sides?|corners?|centre|center|middle|origin|rim)\b|"
    r"below\s+(?:the\s+)?(?:top\s+)?(?:rim|edge)\b)", re.I)
_POSITION_BEFORE = re.compile(r"\b(?:spaced\s+(?:at|by)|spacing(?:\s+of)?|pitch(?:ed)?(?:\s+of)?(?:\s+at)?|apart\s+by|every)\s*$",
                              re.I)
# "apart" places features only after a feature noun: "holes spaced 8 mm apart"; "the faces (they) are 30 mm apart" is a height
_PLACED_BEFORE = re.compile(r"\b(?:holes?|slots?|boss(?:es)?|pins?|pegs?|cent(?:re|er)s|studs?|tabs?|bolts?|screws?|feet|legs?|"
                            r"posts?|standoffs?|ribs?|notch(?:es)?|grooves?|cutouts?|circles?|spaced)\b[^.;]{0,45}$", re.I)
_EXTRUDE_BEFORE = re.compile(r"\b(?:extrud\w*|pad\w*|extend\w*|rais\w*|protrud\w*|offset\w*|mov\w*|translat\w*)\b[^.;]{0,40}$",
                             re.I)


_COUNTED_BEFORE = re.compile(r"\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen|pair\s+of)\s+$", re.I)


def said(text: str, start: int, end: int) -> str | None:
    """count | position | size: what the words right beside the number at text[start:end] call it."""
    token = text[start:end]
    after, before = text[end:end + 60], text[max(0, start - 30):start]
    if re.search(r"[-/#]\s*$", before) or re.match(r"\s*(?:unc|unf|tpi)\b", after, re.I):
        return None  # "1/4-20 UNC", "#10-24": a thread's numbers
    whole = re.fullmatch(r"\d+", token) is not None
    if whole and not _LENGTH_UNIT.match(after) and not re.match(r"\s*(?:x|×|by|\*)\s*\d", after, re.I) \
            and _COUNT_AFTER.match(after) and not _COUNTED_BEFORE.search(before):
        return "count"  # "two 8 holes": the word before counts them, 8 is their size (no verdict)
    if (_POSITION_AFTER.match(after) or _POSITION_BEFORE.search(before)) and not _EXTRUDE_BEFORE.search(before) \
            and not (re.match(r"\s*(?:mm\s*)?apart", after) and not _PLACED_BEFORE.search(text[max(0, start - 60):start])):
        return "position"
    if _LENGTH_UNIT.match(after) and not re.match(r"\s*(?:mm\s*)?(?:x|×|by|\*)\s*\d", after, re.I):
        return "size"
    return None


def bound_by_value(text: str, numbers: Sequence[Bound], places: Collection[float] = (),
                   counts: Collection[int] = ()) -> list[Doubt]:
    """Numbers whose words say one kind of role and that were bound to a parameter of another kind.

    `places` and `counts` are what the part has in that role (distances between its features and
    from its edges; how many of a repeated feature): a number found there is accounted for,
    whatever name the reader gave it."""
    out = []
    for n in numbers:
        if n.role is None:
            continue  # an unbound number is the reader's own doubt already
        kind, got = said(text, n.start, n.end), role_kind(n.role)
        if kind is None or got is None or kind == got:
            continue
        if (kind == "position" and any(_same(n.value, p) for p in places)) or (kind == "count" and int(n.value) in counts):
            continue
        if kind == "size" and got != "count":
            continue  # "10 mm" is a size or a place: only a count taking it is wrong
        if kind == "position" and got == "count":
            continue
        phrase = _phrase(text, n.start, n.end)
        what = {"count": "a count", "position": "a distance between places", "size": "a size"}[kind]
        out.append(Doubt("bound_by_value", f"{n.text} (“{phrase}”: {what}, but it became the {n.role.replace('_', ' ')})"))
    return out


def _same(a: float, b: float) -> bool:
    return abs(a - b) <= max(1e-4, 1e-3 * abs(b))


def _phrase(text: str, start: int, end: int) -> str:
    tail = re.match(r"[^,.;:()]{0,40}", text[end:])
    words = (text[start:end] + (tail.group(0) if tail else "")).split()
    return " ".join(words[:6])


# ---- radii typed in shorthand ------------------------------------------------------------------
_RADIUS = re.compile(r"(?<![\w.])[rR]\s?(\d+(?:\.\d+)?)(?![\w.])")


def unused_radii(prompt: str, sizes: Iterable[float], fillets: bool) -> list[Doubt]:
    """'r4' that no size of the part has (as a radius, or as the diameter twice it)."""
    values = [float(s) for s in sizes]
    out = []
    for m in _RADIUS.finditer(prompt):
        r = float(m.group(1))
        if r <= 0 or any(abs(v - r) <= 1e-6 + 1e-3 * r or abs(v - 2 * r) <= 1e-6 + 2e-3 * r for v in values):
            continue
        if fillets and re.search(r"\b(?:fillet|round|radius|radiused|edges?|corners?)\b", prompt[max(0, m.start() - 40):m.end() + 30],
                                 re.I):
            continue  # an edge radius the part's rounds took
        out.append(Doubt("unused_number", f"{m.group(0)} (a radius no size of the part has)"))
    return out


# ---- feature nouns the part must have --------------------------------------------------------
@dataclass(frozen=True)
class Feature:
    name: str
    pattern: str
    made_by: tuple[str, ...]  # stems of what the part has (Made.words) that show it was made


FEATURES: tuple[Feature, ...] = (
    Feature("flutes", r"\bflut(?:e|es|ed|ing)\b", ("flute",)),
    Feature("knurl", r"\bknurl(?:s|ed|ing)?\b", ("knurl",)),
    Feature("ribs", r"\bribs?\b|\bribbed\b", ("rib",)),
    Feature("teeth", r"\bteeth\b|\btoothed\b|\bsprocket\b|\bspur gear\b", ("teeth", "tooth", "gear", "sprocket", "pulley")),
    Feature("thread", r"\bthreads?\b|\bthreaded\b", ("thread", "tap", "helix", "screw")),
    Feature("lid", r"\blid\b", ("lid",)),
    Feature("groove", r"\bgrooves?\b|\bgrooved\b", ("groove", "slot", "pocket", "channel", "recess", "revolve", "cut")),
    Feature("fins", r"\bfins?\b", ("fin",)),
    Feature("spokes", r"\bspokes?\b", ("spoke",)),
    Feature("knuckle", r"\bknuckles?\b", ("knuckle", "cylinder")),  # the step reader's knuckle is a cylinder boss
    Feature("keyway", r"\bkey[- ]?ways?\b|\bkey[- ]?seats?\b", ("key", "slot")),  # a slot milled in a shaft
    Feature("counterbore", r"\bcounter[- ]?bor(?:e|es|ed)\b|\bc'?bore\b", ("counterbore",)),
    Feature("countersink", r"\bcounter[- ]?sunk\b|\bcounter[- ]?sinks?\b|\bcsk\b", ("countersink",)),
    Feature("chamfer", r"\bchamfer(?:s|ed)?\b", ("chamfer",)),
)
_NEGATED = re.compile(r"(?:\b(?:no|without|not|zero|nor|never|skip|omit|dont)\b|n't)(?:\s+\w+){0,3}\s*$", re.I)


def unbuilt_features(prompt: str, made: Made, already: Iterable[str] = (), skip: Collection[str] = ()) -> list[Doubt]:
    """Feature nouns of the prompt (not negated) the built part does not have (`skip`: names another check reads)."""
    said_before = {w.lower() for w in already}
    out = []
    for f in FEATURES:
        if f.name in skip:
            continue
        for m in re.finditer(f.pattern, prompt, re.I):
            if _NEGATED.search(prompt[max(0, m.start() - 30):m.start()]):
                break
            if made.has(f.made_by) or m.group(0).lower() in said_before:
                break
            out.append(Doubt("unbuilt_feature", f"{m.group(0)} (no {f.name} made)"))
            break
    return out


# ---- counts before feature nouns ---------------------------------------------------------------
_WORD_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
                "twelve": 12, "pair of": 2, "twin": 2, "couple of": 2, "half a dozen": 6, "dozen": 12}
_COUNT_NOUNS = r"holes|bosses|flutes|ribs|slots|spokes|fins|pins|pegs|posts|standoffs|grooves|notches"
_UNIT_WORD = r"(?:mm|cm|in|inch|inches|dia|diameter|wide|deep|long|thick|tall|high|radius|x|by|degrees?)\b"
_COUNT_BEFORE_NOUN = re.compile(rf"(?<![\d.,/])\b(\d+|{'|'.join(_WORD_COUNTS)})\b(?![.,/]\d)\s+(?!{_UNIT_WORD})"
                                rf"((?:(?!{_UNIT_WORD})[a-z][a-z-]*\s+){{0,3}}?)({_COUNT_NOUNS})\b", re.I)


# "a pair of 10 mm bosses", "twin Ø6 pins", "three 8 mm wide slots": a size between the count and its noun
# (holes are counted on the measured part, prompt/promises.py)
_SIZED_NOUNS = _COUNT_NOUNS.replace("holes|", "")
_SPACED_WORDS = "|".join(w.replace(" ", r"\s+") for w in _WORD_COUNTS)
_COUNT_SIZE_NOUN = re.compile(rf"(?<![\d.,/])\b(\d+|{_SPACED_WORDS})\b(?![.,/]\d)\s+"
                              rf"(?:[Øø⌀]\s*)?\d+(?:\.\d+)?\s*(?:mm|cm)?\s*(?:(?:dia(?:meter)?|radius|wide|long|tall|high|deep)\s+)?"
                              rf"((?:(?!{_UNIT_WORD})[a-z][a-z-]*\s+){{0,2}}?)({_SIZED_NOUNS})\b", re.I)


def counts_not_made(prompt: str, made: Made) -> list[Doubt]:
    """'two cylindrical bosses', '8 half-round flutes', 'a pair of 10 mm bosses': a count no repeated
    feature of the part has."""
    out = []
    for m in [*_COUNT_BEFORE_NOUN.finditer(prompt), *_COUNT_SIZE_NOUN.finditer(prompt)]:
        raw = re.sub(r"\s+", " ", m.group(1).lower())
        n = int(raw) if raw.isdigit() else _WORD_COUNTS[raw]
        if n < 2 or n > 64 or re.search(rf"\d\s*$|{_NOT_BETWEEN}", m.group(2), re.I) \
                or _NEGATED.search(prompt[max(0, m.start() - 20):m.start()]):
            continue
        if n in made.counts or any(n % c == 0 and c > 1 for c in made.counts):
            continue  # 4 holes as 2 x 2, 8 as two rows of 4
        out.append(Doubt("count_not_made", f"{m.group(0)} (the part has no {n} of them)"))
    return out

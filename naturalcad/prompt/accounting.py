"""Accounting for every number and feature word of a prompt, so a misread part is never `high`.

The reader binds numbers to parameters; this module checks the binding from the other side.
Each check is a named rule (`CHECKS`) with a producer and examples in its tests, in the
manner of Duckling: it finds one kind of doubt the binding cannot see by itself and names it
as a `Problem`, so the grade drops to medium and the person reads what was not understood:

- `drawing_units`: a callout with no unit typed, read as inches by US drawing convention
  ("Ø 2.000 x .250 THK"): said in `assumed`, and a problem unless a leading-dot decimal makes it
  unambiguous (`units.drawing_inches`);
- `assumed_unit`: a bare number took its unit from another number ("radius 15, height 4 cm":
  15 read as cm);
- `thread_role`: an M size whose words say a screw passes through ("spacer for M6") made a
  tap-drill hole, or one that says tapped made a clearance hole;
- `unbuilt_feature`: a feature noun ("cross hole", "keyseat", "knuckle", "pocket") that no
  parameter of the part makes;
- `count_as_size`: a count before a singular noun ("4 pin hole": a 4 mm hole, not four holes);
- `pattern_as_size`: a number of a hole pattern ("on 60 SQ", "on an 80 PCD") bound to a size
  of the body;
- `square_shorthand`: "80 SQ" while the part is not 80 x 80;
- `double_role`: one number typed once that became two sizes of the body;
- `quantity_as_size`: "6 of these", "4 off": a quantity of parts, bound to a size or a count;
- `disagrees` (after the build, `agree()`): a size the reading says it bound to the body is
  none of the built part's extents.

A number that names how many parts to make is recognised (`quantities()`), not a problem.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from . import ledger
from .ledger import Bound
from .lexicon import Lexicon
from .numbers import apply_default_unit, tokenize
from .reading import Assumed, Problem, Reading, ValueUse
from .scan import Quantity, scan
from .standards import metric
from .units import drawing_inches

Params = Mapping[str, float | int | bool]

CHECKS = ("drawing_units", "assumed_unit", "thread_role", "unbuilt_feature", "count_as_size", "pattern_as_size",
          "square_shorthand", "double_role", "quantity_as_size", "disagrees")

# Roles that are a size of the whole body: the built part must have that extent.
BODY_ROLES = ("length", "width", "height", "thickness", "diameter", "outer_diameter", "od", "across_flats",
              "leaf_length", "plate_thickness")


def _near(a: float, b: float, rel: float = 1e-3) -> bool:
    return abs(a - b) <= max(0.01, rel * abs(b))


# ---- assumed_unit ----------------------------------------------------------------------------
_SAID_UNIT = re.compile(r"\b(?:all|dimensions?|sizes?|units?|everything)\b[^.;]{0,20}\bin\s+"
                        r"(?:inch(?:es)?|cm|mm|millimet\w+|centimet\w+)\b|\bin\s+(?:inch(?:es)?|cm|centimet\w+)\s*[.)]?\s*$",
                        re.I)
_FRACTION = re.compile(r"\d+(?:[- ]\d+)?/\d+|\d*[½¼¾⅛⅜⅝⅞]|[Øø⌀]?\.\d+")  # fractions and ".065": inch notation


def _group(prompt: str, quantities: Sequence[Quantity], i: int) -> list[Quantity]:
    """The 'a x b x c' group quantity i belongs to (itself alone when it is in none)."""
    lo = hi = i
    while lo > 0 and _GROUP_SEP.match(prompt[quantities[lo - 1].end:quantities[lo].start]):
        lo -= 1
    while hi + 1 < len(quantities) and _GROUP_SEP.match(prompt[quantities[hi].end:quantities[hi + 1].start]):
        hi += 1
    return list(quantities[lo:hi + 1])


_GROUP_SEP = re.compile(r"^\s*(?:x|×|\*|by)\s*$", re.I)
_UNIT_TAIL = {"in": re.compile(r"\s*(?:in\b|inch|\"|''|\u2033|\u201d)", re.I), "cm": re.compile(r"\s*(?:cm|centimet)", re.I),
              "m": re.compile(r"\s*(?:m\b|met(?:er|re))", re.I)}


def assumed_units(prompt: str, quantities: Sequence[Quantity] = (),
                  sizes: Sequence[float] | None = None) -> list[Problem]:
    """Bare numbers that took the unit of another number ("15" of "radius 15, height 4 cm").

    The one rule for it: the numbers the unit reader itself guessed (`apply_default_unit` marks
    them), so what is named is exactly what was guessed. Not a problem when the prompt says its
    unit for everything ("all in inches"), for a bare fraction or a decimal under one beside
    inches (drawing notation), or in a group the unit typed after it covers ("4 x 6 in").
    With `sizes` (the part's parameter values), only numbers the part used as a size count: a
    "4X" count or a thread's "-20" has no unit to guess. `quantities` is kept for the callers
    that pass the scan; the tokens are read here.
    """
    out = []
    for text, unit, source in guessed_units(prompt, sizes):
        out.append(Problem("assumed_unit", f"{text} (no unit typed: read as {unit}, beside “{source}”)"))
    return out


def guessed_units(prompt: str, sizes: Sequence[float] | None = None) -> list[tuple[str, str, str]]:
    """(as typed, unit read, a number typed with a unit) for each bare number whose unit was guessed."""
    tokens = tokenize(prompt)
    apply_default_unit(tokens, prompt)
    written = next((t.text + (t.unit or "") for t in tokens if t.kind == "num" and t.unit and not t.unit_assumed
                    and t.unit != "mm"), "")
    out = []
    for i, t in enumerate(tokens):
        if t.kind != "num" or not t.unit_assumed:
            continue
        after = tokens[i + 1:i + 3]
        if t.is_int and len(after) == 2 and after[0].text in ("x", "×") and (
                after[1].kind == "metric" or after[1].text in ("ø", "Ø", "⌀", "dia", "r")):
            continue  # "4X Ø.266 THRU": a count of holes, no unit to guess
        if sizes is not None and not any(abs(s - k * t.value) <= max(0.01, 1e-3 * s) for s in sizes for k in (1.0, 2.0, 0.5)):
            continue
        out.append((t.text, t.unit or "mm", written))
    return out


def drawing_units(prompt: str, reading: Reading) -> list[Problem]:
    """A callout with no unit read as inches by US drawing convention ("Ø 2.000 x .250 THK").

    Always said in `assumed` ("read as inches: US drawing decimals"); a problem (never `high`)
    unless the callout is unambiguous: a leading-dot decimal and every size in the inch style.
    """
    inch = drawing_inches(prompt)
    if inch is None:
        return []
    what = f"{inch.note} ({', '.join(inch.sizes)})"
    if not any(a.name == what for a in reading.assumed):
        reading.assumed.append(Assumed(what, "in", ""))
    return [] if inch.strong else [Problem("drawing_units", what)]


# ---- thread_role -----------------------------------------------------------------------------
_TAPPED_NEAR = re.compile(r"\b(?:tap(?:ped)?|thread(?:ed)?|female|insert|set[- ]?screws?|grub[- ]?screws?)\b", re.I)
_CLEAR_NEAR = re.compile(r"\b(?:clearance|close[- ]fit|loose[- ]fit|screws?|bolts?|cap\s*screws?)\b", re.I)
_FOR_BEFORE = re.compile(r"\b(?:for|fits?|takes?|accepts?)\s+(?:an?\s+)?$", re.I)
_CLEAR_PARTS = re.compile(r"\b(?:spacers?|washers?|bush(?:es|ings?)?|sleeves?)\b", re.I)
_TAPPED_PARTS = re.compile(r"\b(?:standoffs?|stand-offs?|nuts?)\b", re.I)
_HOLE_PARAMS = ("hole", "bore", "inner_diameter", "inside_diameter", "id")


def _says(prompt: str, q: Quantity) -> str | None:
    """'clearance' or 'tapped': what the words around an M size say its hole is."""
    before, after = prompt[max(0, q.start - 25):q.start], prompt[q.end:q.end + 25]
    if _TAPPED_NEAR.search(after) or _TAPPED_NEAR.search(before[-12:]):
        return "tapped"
    if _CLEAR_NEAR.match(after.strip()) or re.match(r"\s*(?:clearance|screws?|bolts?)\b", after, re.I) \
            or _FOR_BEFORE.search(before):
        return "clearance"
    if _CLEAR_PARTS.search(prompt) and not _TAPPED_PARTS.search(prompt):
        return "clearance"
    return None


def thread_roles(prompt: str, quantities: Sequence[Quantity], params: Params) -> list[Problem]:
    """An M size whose hole is the other kind than its words say ("spacer for M6" with a 5.0 hole)."""
    out = []
    for q in quantities:
        if q.kind != "thread":
            continue
        says = _says(prompt, q)
        if says is None:
            continue
        row = metric(q.value)
        for name, value in params.items():
            if isinstance(value, bool) or not any(s == name or name.startswith(s + "_") or name.endswith("_" + s)
                                                  for s in _HOLE_PARAMS):
                continue
            v = float(value)
            made = "tapped" if row.tap_drill * 0.97 <= v < q.value - 1e-6 else (
                "clearance" if q.value <= v <= row.clearance * 1.2 else None)
            if made is not None and made != says:
                what = "a tap drill" if made == "tapped" else "a clearance hole"
                out.append(Problem("thread_role", f"{q.text} (the words say {says}, but the {name.replace('_', ' ')} "
                                                  f"made is {what}, {v:g} mm)"))
                break
    return out


# ---- unbuilt_feature -------------------------------------------------------------------------
@dataclass(frozen=True)
class FeatureNoun:
    """A feature noun and the parameter-name stems that show a part made it."""

    name: str
    pattern: str
    made_by: tuple[str, ...]
    not_after: str = ""  # words before the noun that make it a face or a shape, not a feature


FEATURE_NOUNS: tuple[FeatureNoun, ...] = (
    FeatureNoun("cross hole", r"\bcross[- ]?(?:holes?|drill(?:ed|ing)?|bores?)\b|\bholes?\s+across\b|\bradial\s+holes?\b",
                ("cross", "radial", "plate_with_holes")),  # a bar's holes through its section are its cross holes
    FeatureNoun("keyseat", r"\bkey[- ]?seats?\b|\bkey[- ]?ways?\b|\bkeyed\b", ("keyway", "keyseat", "key_")),
    FeatureNoun("knuckle", r"\bknuckles?\b", ("knuckle",)),
    FeatureNoun("pocket", r"\bpockets?\b|\brecess(?:es|ed)?\b", ("pocket", "recess", "cavity", "inner", "inside",
                                                                "floor", "bottom", "wall", "hole_depth", "counterbore")),
    FeatureNoun("flat", r"\bflats?\b(?!\s+(?:\d[\d.]*\s*(?:mm\s+)?)?(?:bar|plate|washer|heads?|disc|disk|ring|sheet|stock|strip|base|bottom|top|side|end|lid|cover|cap|"
                r"panel|pulley|belt|face)\b)",
                ("flat", "across_flats", "d_cut"), r"\b(?:through|on|across|into|in|onto|from)\s+(?:the|its|one|each)\s+$"),
    FeatureNoun("groove", r"\bgrooves?\b|\bgrooved\b|\bcirclip\b|\bundercuts?\b", ("groove", "undercut", "circlip",
                                                                                   "o_ring", "vee", "cradle", "pipe")),
    FeatureNoun("boss", r"\bboss(?:es)?\b", ("boss", "hub", "standoff")),
    FeatureNoun("hub", r"\bhubs?\b", ("hub",)),
    FeatureNoun("shoulder", r"\bshoulders?\b|\bsteps?\s+down\b|\bstepped\b|\bspigot\b", ("shoulder", "step", "spigot",
                                                                                      "section", "journal", "hub")),
    FeatureNoun("counterbore", r"\bcounter[- ]?bor(?:e|es|ed)\b|\bc'?bore\b", ("counterbore",)),
    FeatureNoun("countersink", r"\bcounter[- ]?sunk\b|\bcounter[- ]?sinks?\b|\bcsk\b", ("countersink",)),
    FeatureNoun("chamfer", r"\bchamfer(?:s|ed)?\b|\bbevel(?:led|ed|s)?\b", ("chamfer",)),
    FeatureNoun("taper", r"\btaper(?:ed|s)?\b", ("taper", "top_diameter", "bottom_diameter", "angle")),
    FeatureNoun("knurl", r"\bknurl(?:ed|ing)?\b", ("knurl", "grip", "flute", "ridge")),
    FeatureNoun("lip", r"\blip\b|\brim\b", ("lip", "rim", "flange", "border")),
    FeatureNoun("flange", r"\bflanged\b", ("flange",)),
    FeatureNoun("hollow", r"\bhollow\b", ("inner", "inside", "bore", "wall", "shell", "hole", "cavity", "id")),
    FeatureNoun("hexagon", r"\bhex(?:agon(?:al)?)?\b(?!\s*(?:key|socket|bolts?|screws?|head|nuts?\b))",
                ("hex", "across_flats", "nut", "sides", "standoff", "spacer")),
    FeatureNoun("round shape", r"\b(?:round|circular)\s+(?:plate|base|block|pad|flange|bar|stock|blank|lid|cover|cap)\b",
                ("diameter", "radius", "outer_diameter", "od")),
)
_NEGATED = re.compile(r"\b(?:no|without|not|zero)\s+(?:an?\s+|any\s+)?(?:\w+\s+)?$", re.I)


def _made(stems: tuple[str, ...], params: Params) -> bool:
    return any(any(s in name for s in stems) and bool(value) for name, value in params.items())


def unbuilt_features(prompt: str, family: str, params: Params, already: Sequence[str]) -> list[Problem]:
    """Feature nouns of the prompt that no parameter of the part makes (and no negation removes)."""
    out = []
    for noun in FEATURE_NOUNS:
        for m in re.finditer(noun.pattern, prompt, re.I):
            if _NEGATED.search(prompt[max(0, m.start() - 25):m.start()]):
                break
            if noun.not_after and re.search(noun.not_after, prompt[max(0, m.start() - 25):m.start()], re.I):
                continue  # "holes through the flat": the bar's flat face
            typed = m.group(0)
            if _made(noun.made_by, params) or any(s in family for s in noun.made_by):
                break
            if typed.lower() in (w.lower() for w in already):
                break
            out.append(Problem("unbuilt_feature", f"{typed} (no {noun.name} was made)"))
            break
    return out


# ---- counts, patterns, quantities of parts ---------------------------------------------------
_SINGULAR_AFTER = re.compile(r"\s*(?:mm\s+)?(?:(?:pin|bolt|screw|centre|center|through|thru|mounting|dowel|blind)\s+)?"
                             r"(hole|bore|slot|pin)\b(?!s)", re.I)


def counts_as_sizes(prompt: str, quantities: Sequence[Quantity], reading: Reading) -> list[Problem]:
    """A count before a singular noun ("4 pin hole"): the number is more likely the hole's size."""
    out = []
    for q in quantities:
        if q.kind == "count" and q.text[:1].isdigit() and _SINGULAR_AFTER.match(prompt[q.end:]):
            use = _use(reading, q)
            if use is not None and use.role is not None:
                noun = _SINGULAR_AFTER.match(prompt[q.end:])
                assert noun is not None
                out.append(Problem("count_as_size", f"{q.text} (read as a count of {use.role.replace('_', ' ')}, "
                                                    f"but “{noun.group(0).strip()}” is one; a {q.text} mm size?)"))
    return out


_PATTERN_BEFORE = re.compile(r"\b(?:on|on\s+an?|on\s+the|at|at\s+an?)\s*(?:[Øø⌀]\s*)?$", re.I)


def patterns_as_sizes(prompt: str, quantities: Sequence[Quantity], reading: Reading) -> list[Problem]:
    """A number of a hole pattern ("on 60 SQ", "on a 90 PCD") that was bound to a size of the body."""
    out = []
    for q in quantities:
        if q.kind != "length" or not _PATTERN_BEFORE.search(prompt[max(0, q.start - 10):q.start]):
            continue
        use = _use(reading, q)
        if use is not None and use.role in BODY_ROLES:
            out.append(Problem("pattern_as_size", f"{q.text} (after “on”, a hole pattern's size, but it became the "
                                                  f"part's {use.role.replace('_', ' ')})"))
    return out


_SQ_AFTER = re.compile(r"\s*(?:mm\s*)?(?:sq\.?|square)\b(?!\s*(?:pattern|holes?|bolt|pcd|grid|array|layout))", re.I)


def square_shorthand(prompt: str, quantities: Sequence[Quantity], reading: Reading, params: Params) -> list[Problem]:
    """'80 SQ x 6 PLATE': the part must be 80 x 80 when the 80 became its length or width (or, for a
    '20 SQ bar 150 long', its section 20 x 20)."""
    length, width = params.get("length"), params.get("width")
    if isinstance(length, bool) or isinstance(width, bool) or length is None or width is None:
        return []
    out = []
    for q in quantities:
        if q.kind == "length" and _SQ_AFTER.match(prompt[q.end:]) \
                and not _PATTERN_BEFORE.search(prompt[max(0, q.start - 10):q.start]) \
                and not re.search(r"(?:[x×*]|\bby)\s*$", prompt[max(0, q.start - 4):q.start], re.I):
            # "on 60 SQ": the pattern's; "25 x 25 x 50 square bar": the group's last size, not a shorthand
            use = _use(reading, q)
            square = sum(1 for name in ("length", "width", "thickness", "height")  # a square face or section
                         if isinstance(params.get(name), (int, float)) and not isinstance(params.get(name), bool)
                         and _near(float(params[name]), q.value)) >= 2
            if use is not None and use.role in ("length", "width") and not square:
                out.append(Problem("square_shorthand", f"{q.text} SQ (square, but the part is "
                                                       f"{float(length):g} x {float(width):g})"))
    return out


_SAME_SIZE_WORDS = re.compile(r"\b(?:squares?|sq|cubes?|cubic|each|both|equal|same|all\s+(?:round|sides|over)|per\s+side)\b",
                             re.I)


def double_roles(prompt: str, quantities: Sequence[Quantity], reading: Reading, params: Params) -> list[Problem]:
    """One number typed once that became two sizes of the body ("block 60 wide, 40 deep" made 60 x 60):
    fine after "square" or "cube", a doubt otherwise (unless the family says it assumed one of them)."""
    if _SAME_SIZE_WORDS.search(prompt):
        return []
    assumed = {a.name.lower() for a in reading.assumed}
    out = []
    for q in quantities:
        if q.kind != "length" or sum(1 for o in quantities if o.kind == "length" and _near(o.value, q.value)) > 1:
            continue
        roles = [name for name, value in params.items() if name in BODY_ROLES and not isinstance(value, bool)
                 and _near(float(value), q.value) and name.replace("_", " ") not in assumed]
        if len(roles) >= 2:
            out.append(Problem("double_role", f"{q.text} (typed once, used for both the "
                                              f"{' and the '.join(r.replace('_', ' ') for r in roles)})"))
    return out


_QUANTITY_AFTER = re.compile(r"\s*(?:off\b(?!\s*(?:the\s+)?(?:cent|axis|each|either|both|edge|end|side|face|middle))(?!\s*(?:[\w'/.-]+\s+){0,3}(?:holes?|slots?|bores?|counterbores?|countersinks?)\b)|pc(?:e)?s?\b|pieces?\b|parts\b|copies\b|of\s+(?:these|them|those|this)\b)", re.I)
_QUANTITY_BEFORE = re.compile(r"\b(?:qty\.?|quantity|need|make\s+me|print)\s*:?\s*$", re.I)


def quantities(prompt: str, found: Sequence[Quantity]) -> list[Quantity]:
    """Numbers that say how many parts to make ("6 of these", "4 off", "qty 3"): one is made."""
    return [q for q in found if q.kind in ("count", "length") and q.text[:1].isdigit() and float(q.value).is_integer()
            and (_QUANTITY_AFTER.match(prompt[q.end:]) or _QUANTITY_BEFORE.search(prompt[max(0, q.start - 12):q.start]))]


def _use(reading: Reading, q: Quantity) -> ValueUse | None:
    return next((v for v in reading.values if v.text == q.text), None)


# ---- the whole account -----------------------------------------------------------------------
def account(prompt: str, family: str, params: Params, reading: Reading, lexicon: Lexicon | None = None) -> None:
    """Run every check on a fresh reading and add what they find (and mark quantities of parts)."""
    found = scan(prompt, lexicon)
    for q in quantities(prompt, found):
        use = _use(reading, q)
        if use is None:
            continue
        i = reading.values.index(use)
        if use.role is None:  # "4 off": recognised, not a size
            reading.values[i] = ValueUse(use.text, use.value, "count", "quantity of parts (one is made)")
            reading.problems = [p for p in reading.problems if not (p.kind == "unbound_number" and p.subject == q.text)]
        elif not use.role.startswith("quantity"):
            reading.problems.append(Problem("quantity_as_size", f"{q.text} (how many parts to make, but it became "
                                                                f"{use.role.replace('_', ' ')})"))
    sizes = [float(v) for v in params.values() if not isinstance(v, bool) and v]
    for text, unit, _source in guessed_units(prompt, sizes):  # said as an assumption too, not only a problem
        what = f"unit of the bare {text} (no unit written)"
        if not any(a.name == what for a in reading.assumed):
            reading.assumed.append(Assumed(what, unit, ""))
    problems = drawing_units(prompt, reading) + (assumed_units(prompt, found, sizes) + thread_roles(prompt, found, params)
                + unbuilt_features(prompt, family, params, reading.unread)
                + counts_as_sizes(prompt, found, reading) + patterns_as_sizes(prompt, found, reading)
                + square_shorthand(prompt, found, reading, params) + double_roles(prompt, found, reading, params))
    problems += ledger_problems(prompt, family, params, reading, found)
    for p in problems:
        if p not in reading.problems:
            reading.problems.append(p)


# feature nouns the template reading already accounts for (FEATURE_NOUNS, FEATURE_WORDS): not asked twice
_TEMPLATE_READS = ("keyway", "groove", "knuckle", "chamfer", "counterbore", "countersink", "knurl", "ribs", "teeth",
                   "thread", "lid", "spokes")


def _places(numeric: Mapping[str, float]) -> set[float]:
    """Where a template part's features stand: its position parameters, and what a row's pitch and
    a bolt circle leave from the edges and the centre."""
    named = {k: v for k, v in numeric.items() if ledger.role_kind(k) == "position"}
    out = set(named.values()) | {v / 2 for v in named.values()} | {2 * v for v in named.values()}
    for axis, count, pitch in (("length", "columns", "x_pitch"), ("width", "rows", "y_pitch")):
        if all(k in numeric for k in (axis, count, pitch)):
            out.add((numeric[axis] - (numeric[count] - 1) * numeric[pitch]) / 2)
    for size in ("length", "width", "diameter", "outer_diameter"):
        if size in numeric:
            out.update(numeric[size] / 2 - v for v in named.values())
            out.update(numeric[size] - 2 * v for v in named.values())
    return {round(v, 6) for v in out if v > 0}


def ledger_problems(prompt: str, family: str, params: Params, reading: Reading, found: Sequence[Quantity]) -> list[Problem]:
    """The shared ledger (ledger.py) on a template reading: numbers bound by value against their role
    words, feature nouns and counts the family's part does not have."""
    numeric = {k: float(v) for k, v in params.items() if not isinstance(v, bool) and v}
    if len(found) == len(reading.values) and all(q.text == v.text for q, v in zip(found, reading.values, strict=True)):
        bound = [Bound(q.text, q.value, q.start, q.end, v.role) for q, v in zip(found, reading.values, strict=True)]
        places = _places(numeric)
        counts = {int(v) for k, v in params.items() if isinstance(v, int) and not isinstance(v, bool)}
        doubts = ledger.bound_by_value(prompt, bound, places, counts)
    else:
        doubts = []
    made = ledger.Made({family} | {k for k, v in params.items() if v},
                       {int(v) for v in params.values() if isinstance(v, int) and not isinstance(v, bool)})
    doubts += ledger.unbuilt_features(prompt, made, reading.unread, skip=_TEMPLATE_READS)
    return [Problem(d.rule, d.subject) for d in doubts]


STRICT_ROLES = ("diameter", "outer_diameter", "od", "across_flats", "width")


def agree(reading: Reading, extents: Sequence[float]) -> list[Problem]:
    """After the build: a size the reading bound to the body must fit the built part.

    The largest of them, when a diameter, width or size across flats, must be one of its extents
    (or twice it, for a radius typed); any body size must not exceed the largest extent (a flange or a stud may add to a
    length or a thickness, nothing makes a part smaller than its own size).
    """
    if not extents:
        return []
    out = []
    biggest = max(extents)
    body = [v for v in reading.values if v.kind == "length" and v.role in BODY_ROLES and v.value > 0]
    largest = max((v.value for v in reading.values if v.kind == "length" and v.role is not None), default=0.0)
    for v in body:
        targets = [v.value, 2 * v.value] + ([v.value * 2 / 3 ** 0.5] if v.role == "across_flats" else [])
        strict = v.role in STRICT_ROLES and v.value >= largest  # a flange or a lid may stand beyond a smaller one
        fits = v.value <= biggest * 1.01 and (not strict or any(_near(e, t, 0.01) for e in extents for t in targets))
        if not fits:
            shown = ", ".join(f"{e:g}" for e in sorted(round(e, 2) for e in extents))
            out.append(Problem("disagrees", f"{v.text} (bound to the {(v.role or '').replace('_', ' ')}, but the built part "
                                            f"measures {shown})"))
    return out

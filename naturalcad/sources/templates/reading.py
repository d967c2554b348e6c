"""The offline generator's reading of a prompt: which number became which parameter.

Built after the family made its parameters, from the prompt's own numbers (`prompt.scan`),
so a number the family did not use shows as `role: null`, a feature word without a
parameter as unread, and a catalogue number ("608 bearing") as a name that was not a size.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from ...prompt import (
    Assumed,
    Lexicon,
    NegatedFeature,
    Negation,
    Problem,
    Quantity,
    Reading,
    ValueUse,
    find_negations,
    grade,
    scan,
)
from ...prompt.accounting import account
from ...prompt.ledger import role_kind
from ...prompt.not_sizes import SET_ASIDE
from ...prompt.standards import metric
from ...prompt.vocabulary import COMMON_WORDS, COUNT_NOUNS, FEATURE_WORDS
from .choose import PART_WORDS
from .drawing_notes import corner_radius_counts
from .parse import ADJECTIVES, BODY_NOUNS, FILLERS, ROLE_PHRASES

# Parameter-name stems that show a feature was made.
_MADE_BY = {"hole": ("hole", "bore", "inner_diameter"), "fillet": ("fillet", "corner_radius"), "chamfer": ("chamfer",), "teeth": ("teeth", "tooth"),
            "lid": ("open_top", "lid"), "hub": ("hub",), "boss": ("boss", "hub"), "spoke": ("spoke",), "slot": ("slot", "groove_width"),
            "foot": ("foot", "feet", "ear_length"), "gusset": ("gusset",), "compartment": ("compartment",),
            "divider": ("divider",), "standoff": ("standoff",), "thread": ("tapped", "thread"),
            "counterbore": ("counterbore",), "countersink": ("countersink",), "keyway": ("keyway",),
            "clip": ("clip", "pipe_diameter"), "tab": ("tab", "ear_length"),
            "pocket": ("pocket", "floor_thickness"), "rim": ("rim", "lip", "border", "flute", "knurl")}  # a fluted rim

_lexicon: Lexicon | None = None

# parameters an inside size is the outside less (one or two of): "inside 100 x 50 x 30, 2.5 walls"
_INSIDE_OF = ("wall", "floor_thickness", "wall_thickness", "floor")

# "flat" before a stock or part noun names the stock, not a flat to be milled on a shaft
_FLAT_STOCK = re.compile(r"\bflat[- ](?:bar|plate|strip|sheet|stock|washer|disc|disk|panel|plank|board|"
                         r"bottom|base|head|ring|spacer|shim|bracket|feet|foot|tab|ear|lid|leaf)s?\b", re.I)


def lexicon() -> Lexicon:
    """The base lexicon plus every word the families and the parser know."""
    global _lexicon
    if _lexicon is None:
        from ...prompt import base_lexicon
        from .families import REGISTRY

        words = set(PART_WORDS) | set(BODY_NOUNS) | set(ADJECTIVES) | set(FILLERS)
        for family in REGISTRY.values():  # a new family's vocabulary is known (and mended towards) at once
            words.update(family.vocabulary)
        for phrases in ROLE_PHRASES.values():
            for phrase in phrases:
                words.update(phrase.split(" "))
        _lexicon = base_lexicon().extended(words)
    return _lexicon


def _near(a: float, b: float) -> bool:
    return abs(a - b) <= max(0.01, 1e-3 * abs(b))


def _bind(q: Quantity, params: Mapping[str, float | int | bool]) -> str | None:
    """The parameter this number became, when one has its value."""
    numeric = {k: float(v) for k, v in params.items() if not isinstance(v, bool)}
    hint = q.hint or ""
    if q.kind in ("position", "coordinate"):  # "x = -25", "(±35, 0)": a place of the part (a pitch is two of them), never a size
        if q.value == 0:
            return "on the centre line"
        placed = [k for k, v in numeric.items() if role_kind(k) == "position" and v > 0
                  and any(_near(v, t) for t in (abs(q.value), 2 * abs(q.value)))]
        return placed[0] if placed else None
    if q.kind == "length":
        targets = [q.value] + ([2 * q.value] if hint == "radius" else [])
        names = [k for k, v in numeric.items() if any(_near(v, t) for t in targets) and v > 0]
        if not names:
            # derived: a wall from two diameters, a radius from a diameter
            keys = list(numeric)
            for i, a in enumerate(keys):
                for b in keys[i + 1:]:
                    if numeric[a] > 0 and numeric[b] > 0 and _near(abs(numeric[a] - numeric[b]) / 2, q.value):
                        return f"({a} - {b}) / 2"
            if "ring_radius" in numeric and "tube_radius" in numeric:  # a torus keeps radii; people give diameters
                big, small = numeric["ring_radius"], numeric["tube_radius"]
                for name, v in (("2 * (ring_radius + tube_radius)", 2 * (big + small)), ("2 * (ring_radius - tube_radius)", 2 * (big - small)),
                                ("2 * ring_radius", 2 * big), ("2 * tube_radius", 2 * small)):
                    if _near(v, q.value):
                        return name
            if all(k in numeric for k in ("length", "columns", "x_pitch")) and numeric["columns"] > 1 and _near(
                    (numeric["length"] - (numeric["columns"] - 1) * numeric["x_pitch"]) / 2, q.value):
                return "(length - (columns - 1) * x_pitch) / 2"  # "first hole 25 from the end": the row's end margin
            if all(k in numeric for k in ("length", "columns", "x_pitch", "hole_diameter")) and _near(
                    (numeric["length"] - (numeric["columns"] - 1) * numeric["x_pitch"] - numeric["hole_diameter"]) / 2, q.value):
                return "(length - (columns - 1) * x_pitch - hole_diameter) / 2"  # material beyond the outer holes' edge
            for outer_key in keys:  # an inside size or depth: outside - 2 walls, height - floor
                for wall_key in _INSIDE_OF:
                    if wall_key in numeric and outer_key != wall_key and numeric[outer_key] > 0 and numeric[wall_key] > 0:
                        for times in ((1,) if wall_key.startswith("floor") else (1, 2)):  # one floor, two walls
                            if _near(numeric[outer_key] - times * numeric[wall_key], q.value):
                                return f"{outer_key} - {times} * {wall_key}" if times > 1 else f"{outer_key} - {wall_key}"
            return None
        preferred = [n for n in names if hint and hint[:4] in n]
        return (preferred or names)[0]
    if q.kind == "count":
        names = [k for k, v in params.items() if isinstance(v, int) and not isinstance(v, bool) and v == int(q.value)]
        preferred = [n for n in names if (q.counts or "")[:4] in n]
        if preferred or names:
            return (preferred or names)[0]
        sized = [k for k, v in numeric.items() if k.startswith(("slot_", "keyway_")) and _near(v, q.value)]
        if sized:  # "a 30 x 8 slot": sizes of the slot, typed where a count would stand
            return sized[0]
        ints = {k: v for k, v in params.items() if isinstance(v, int) and not isinstance(v, bool) and v > 0}
        keys = list(ints)
        for i, a in enumerate(keys):  # "four corner holes": 2 columns x 2 rows; "2 per leg" x 2 legs
            if 2 * ints[a] == int(q.value) and "per" in a:
                return f"2 x {a}"
            for b in keys[i + 1:]:
                if ints[a] * ints[b] == int(q.value):
                    return f"{a} x {b}"
        return None
    if q.kind == "module":
        return "module" if any(_near(v, q.value) for k, v in numeric.items() if "module" in k) else None
    if q.kind == "thread":
        row = metric(q.value)
        for k, v in numeric.items():
            if row.tap_drill * 0.97 <= v <= max(row.clearance * 1.15, q.value + 1) or _near(v, row.nut_af):
                return f"{k} (M{q.value:g})"
        return None
    if q.kind == "angle":
        for k, v in numeric.items():
            if "angle" in k and _near(v, q.value):
                return k
        if _near(q.value, 45) and any(("chamfer" in k) and v > 0 for k, v in numeric.items()):
            return "chamfer (45°)"  # "1 x 45° CHAMFER": the angle of every chamfer made
        return "right angle" if _near(q.value, 90) else None
    return None


def _standard_made(text: str, standards: list[tuple[str, str]], sizes: Mapping[str, list[float]] | None,
                   params: Mapping[str, float | int | bool]) -> bool:
    """Did the part take at least one of the sizes a standard name stood for?"""
    if sizes is None:
        return True
    wanted = [v for typed, _ in standards if text in typed for v in sizes.get(typed, [])]
    values = [float(v) for v in params.values() if not isinstance(v, bool)]
    return not wanted or any(_near(v, w) for v in values for w in wanted)


def _standard_for(q: Quantity, prompt: str, standards: list[tuple[str, str]]) -> str | None:
    """The meaning of the standard name this number was typed in: by where it stands when the name is in the
    prompt as typed ("2 pcs" is not part of "S235JR"), by its text when the name was rewritten on the way."""
    for typed, meaning in standards:
        if q.text not in typed:
            continue
        spans = [(m.start(), m.end()) for m in re.finditer(re.escape(typed), prompt, re.I)] if typed.strip() else []
        if not spans or any(a <= q.start and q.end <= b for a, b in spans):
            return meaning
    return None


def _made(stem: str, params: Mapping[str, float | int | bool]) -> bool:
    if stem == "lid" and "open_top" in params and not params.get("upturned_lid_lip"):
        return not params["open_top"]  # an open top is a part without its lid
    for name, value in params.items():
        if any(s in name for s in _MADE_BY.get(stem, (stem,))) and bool(value):
            return True
    return False


def read(prompt: str, family: str, reason: str, fallback: bool, params: Mapping[str, float | int | bool],
         assumed: list[tuple[str, float | int | str, str]], corrections: list[tuple[str, str]],
         standards: list[tuple[str, str]] = (),  # type: ignore[assignment]
         standard_sizes: Mapping[str, list[float]] | None = None) -> Reading:
    """The reading of `prompt` once `family` made `params` (see the module docstring)."""
    lex = lexicon()
    reading = Reading(family=family, reason=reason,
                      assumed=[Assumed(what, value, unit) for what, value, unit in assumed],
                      corrections=[{"typed": t, "meant": m} for t, m in corrections])
    corrected = prompt
    for typed, meant in corrections:
        corrected = re.sub(rf"\b{re.escape(typed)}\b", meant, corrected)
    radius_counts = corner_radius_counts(prompt)
    for q in scan(prompt, lex):
        role = None if q.kind in ("designation", "percent") else _bind(q, params)
        if role is None and (q.start, q.end) in radius_counts and any(
                params.get(k) for k in ("corner_radius", "fillet_radius", "fillet")):
            role = "count of the corner radii (R.. TYP)"  # "R8 TYP (4 CORNERS)": corners, not holes
        standard = _standard_for(q, prompt, standards)
        if standard is not None and (q.kind in ("designation", "thread") or role is None or SET_ASIDE in standard):
            role = standard  # a standard name read as its sizes: "608" -> 8 x 22 x 7
        reading.values.append(ValueUse(q.text, round(q.value, 4), q.kind, role))
        if standard is not None and role == standard and not _standard_made(q.text, standards, standard_sizes, params):
            reading.problems.append(Problem("unbound_number", q.text))  # the family did not use the standard's sizes
            continue
        if standard is not None:
            continue
        if q.kind == "designation":
            reading.unread.append(q.text)
            reading.problems.append(Problem("designation", q.text, "low"))
        elif role is None and q.kind in ("position", "coordinate"):
            reading.problems.append(Problem("unplaced_position", f"{q.text} (a position the part does not place)"))
        elif role is None:
            reading.problems.append(Problem("unbound_number", q.text))
    negated = find_negations(corrected)
    for neg in negated:
        honoured = not _made(neg.feature, params) if neg.feature in _MADE_BY else None
        if neg.feature == "hole" and re.search(r"\b(?:centre|center|central|middle|bore)", neg.text, re.I):
            # "4 bolt holes, no centre bore": only the middle hole is meant
            honoured = not any(bool(params.get(k)) for k in ("bore_diameter", "centre_hole", "inner_diameter"))
        reading.negations.append(_negation(neg, honoured))
        if honoured is False:
            reading.problems.append(Problem("negation", neg.text, "low"))
    negated_stems = {n.feature for n in negated}
    words = re.findall(r"[a-z][a-z'-]*", re.sub(r"(\d)\s*(?:foot|feet)\b", r"\1 ft", corrected.lower()))  # "1 foot long": a unit
    seen: set[str] = {w for typed, _ in standards for w in re.findall(r"[a-z][a-z'-]*", typed.lower())}
    if _FLAT_STOCK.search(corrected):
        seen.add("flat")  # "flat bar", "flat washer": the stock's shape, not a shaft flat
    if re.search(r"\b(?:slotted|oblong|elongated)\s+holes?\b", corrected, re.I) and any(k.startswith("slot_") for k in params):
        seen.update({"hole", "holes"})  # "one slotted hole 10 wide": the slot made is that hole
    for w in words:
        if w in seen:
            continue
        seen.add(w)
        stem = FEATURE_WORDS.get(w)
        if stem is not None and stem not in negated_stems:
            if not _made(stem, params) and not (stem == "teeth" and "gear" in family):
                reading.unread.append(w)
                reading.problems.append(Problem("unread_word", w))
            continue
        if len(w) < 3 or lex.knows(w) or w in COMMON_WORDS or w in COUNT_NOUNS or w.rstrip("s") in COMMON_WORDS \
                or lex.knows(w.rstrip("s")) or ("-" in w and all(lex.knows(p) or p in COMMON_WORDS for p in w.split("-"))):
            continue
        reading.unread.append(w)
        reading.problems.append(Problem("unknown_part" if fallback else "unknown_word", w, "low" if fallback else "medium"))
    inside = re.search(r"\b(inside|internal|inner)\s+(dimensions?|sizes?|measurements?)\b", corrected, re.I)
    inside_made = "wall" in params and any(v.role is not None and " - " in v.role and "/" not in v.role
                                           for v in reading.values)
    if inside and not inside_made and not any(k.startswith(("inner", "inside", "cavity")) for k in params):
        # "inside dimensions 50 x 30 x 20": the family made those the outside
        reading.unread.append(inside.group(0))
        reading.problems.append(Problem("unread_word", inside.group(0)))
    unknown = [p for p in reading.problems if p.kind == "unknown_word"]
    if len(unknown) >= 2:  # two words naming things no family knows: likely another object entirely
        reading.problems = [Problem(p.kind, p.subject, "low") if p in unknown else p for p in reading.problems]
    sides = [float(params[k]) for k in ("length", "width", "thickness") if isinstance(params.get(k), (int, float))]
    square_made = any(_near(a, b) for i, a in enumerate(sides) for b in sides[i + 1:])  # a square bar: its section
    if "square" in seen and "length" in params and "width" in params and not square_made:
        reading.unread.append("square")  # "square block 50 mm, 20 high": the family did not make it square
        reading.problems.append(Problem("unread_word", "square"))
    if fallback:
        reading.problems.append(Problem("fallback_family", reason))
    account(prompt, family, params, reading, lex)  # every number and feature word accounted for
    reading.confidence = grade(reading.problems)
    reading.stand_in = reading.confidence == "low" and any(p.kind in ("unknown_part", "unknown_word", "unread_word") for p in reading.problems)
    return reading


def _negation(neg: NegatedFeature, honoured: bool | None) -> Negation:
    return Negation(neg.text, neg.feature, honoured)

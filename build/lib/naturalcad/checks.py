"""Does the part match the numbers in the prompt? Requested vs measured sizes.

The prompt is read with the offline generator's parser (sources/templates/parse.py), so
"90 mm wide", "OD 12", "4 x 3 inches" and "1/4 inch thick" mean here what they mean to the
templates. Only what the part's bounding box can judge is judged, and only when the words
say it is the whole part's size:

- the overall size group ("120 x 80 x 6 mm") must match the extents, one extent per number;
- a named size of the part ("90 mm wide", "140 mm tall", "OD 40") must match some extent;
- a size that belongs to a feature ("a slot 10 mm wide", "8 mm holes", "a back 120 mm
  tall") only has to fit inside the part (no longer than its bounding box's diagonal);
- sizes of other things ("for a 70 mm can", "a 7 inch tablet") are not judged at all.

The result feeds the warnings a person sees and the model's repair loop, so a wrong
"mismatch" costs a model call: when in doubt, this module stays quiet.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import Any

REL_TOL = 0.02
ABS_TOL = 0.2  # mm

# Roles (parse.py names) that describe the whole part when no feature owns them.
# value: how a role's number maps to an extent (a radius spans twice its value).
_BODY_ROLES = {
    "width": 1.0, "length": 1.0, "height": 1.0, "depth": 1.0, "thickness": 1.0, "diameter": 1.0,
    "outer_diameter": 1.0, "radius": 2.0, "side": 1.0, "cube": 1.0, "span": 1.0, "across_flats": 1.0,
    "base_diameter": 1.0, "base_radius": 2.0, "size": 1.0,
}
# Roles that are always a feature's size: they must fit inside the part.
_FEATURE_ROLES = {
    "hole_diameter", "inner_diameter", "bore", "pcd", "wall", "fillet", "chamfer", "edge_offset",
    "pitch", "face_width", "top_diameter", "minor_diameter", "across_corners",
}
_WHAT = {
    "outer_diameter": "outer diameter", "base_diameter": "base diameter", "base_radius": "base diameter",
    "radius": "diameter", "across_flats": "size across flats", "cube": "cube side", "size": "size",
    "hole_diameter": "hole diameter", "inner_diameter": "inner diameter", "pcd": "bolt circle",
    "edge_offset": "edge distance", "across_corners": "size across corners", "top_diameter": "top diameter",
    "minor_diameter": "tube diameter", "face_width": "face width",
}
# Words naming a feature: sizes in their clause are the feature's, never the part's.
_FEATURE_WORDS = {
    "hole", "holes", "slot", "slots", "pocket", "pockets", "groove", "grooves", "cutout", "cutouts", "cut-out",
    "notch", "notches", "boss", "bosses", "tab", "tabs", "rib", "ribs", "recess", "recesses", "counterbore",
    "countersink", "window", "windows", "opening", "openings", "keyway", "cavity", "vent", "vents", "fillet",
    "fillets", "chamfer", "chamfers", "engraving", "text", "logo", "label", "thread", "threads",
}
# Words naming a component: after the first clause, sizes next to them are the component's
# ("a phone stand 120 mm tall with a back 100 mm long").
_COMPONENT_WORDS = {
    "lip", "ledge", "channel", "post", "posts", "peg", "pegs", "pin", "pins", "stud", "studs", "handle",
    "knob", "hook", "foot", "feet", "leg", "legs", "arm", "arms", "spoke", "spokes", "tooth", "teeth",
    "compartment", "compartments", "divider", "dividers", "step", "steps", "shoulder", "back", "backrest",
    "seat", "shelf", "wall", "walls", "side", "sides", "top", "lid", "front", "rim", "flange", "collar",
    "neck", "head", "shaft", "stem", "bore", "cable", "bracket", "mount", "clip", "insert", "magnet",
    "screw", "screws", "bolt", "bolts", "nut", "nuts", "washer", "standoff", "standoffs", "fin", "fins",
    "ring", "base", "plate", "block", "cylinder", "boss", "cover", "bar", "tube", "pipe", "disc", "disk",
}
# The part itself, when named in a clause with no feature word ("plate 120 x 80", "a 25 mm cube").
_FLAT_BODIES = {"plate", "disc", "disk", "washer", "ring", "gasket", "sheet", "panel", "strip", "slab", "tile",
                "spacer", "flange", "gear", "shim", "coaster", "tag", "plaque", "block", "box", "cube", "bar",
                "lid", "cover", "nut", "cylinder", "puck", "pad", "board", "bushing"}
# Markers of sizes that belong to something else ("for a 70 mm can", "fits a 7 inch tablet").
_CONTEXT = re.compile(r"\b(for|fits?|fitting|holds?|holding|to hold|accommodates?|around|over|onto|"
                      r"matching|compatible with|sized for)\b", re.I)
_CLAUSE_SPLIT = re.compile(r"[,;()]|(?<!\d)\.(?!\d)|\s+(?:with|and|plus|having|featuring|that|which|where|but)\s+", re.I)

# Fallback when the parser is not there: "A x B [x C] unit".
_UNIT_MM = {"mm": 1.0, "cm": 10.0, "m": 1000.0, "in": 25.4, "inch": 25.4, "inches": 25.4, '"': 25.4}
_NUM = r"(\d+(?:\.\d+)?)"
_UNIT = r"\s*(mm|cm|m|inch(?:es)?|in|\")?"
_GROUP = re.compile(_NUM + _UNIT + r"\s*(?:x|×|by|\*)\s*" + _NUM + _UNIT + r"(?:\s*(?:x|×|by|\*)\s*" + _NUM + _UNIT + r")?", re.I)


@dataclass(frozen=True)
class Requested:
    """One size the prompt asks for, and how the bounding box can judge it."""

    value: float   # mm
    what: str      # words for a person: "overall size", "width", "hole diameter"…
    rule: str      # "extent": an extent must match; "fits": it must fit inside the bounding box
    group: int | None = None  # values of one size group match distinct extents


@dataclass(frozen=True)
class DimensionCheck:
    requested: float
    measured: float | None
    ok: bool
    what: str = "size"
    rule: str = "extent"

    def sentence(self) -> str:
        if self.rule == "fits":
            return (f"{self.what} {self.requested:g} mm requested, but the whole part is only "
                    f"{self.measured:g} mm across, corner to corner" if self.measured is not None else
                    f"{self.what} {self.requested:g} mm requested, but the part has no size")
        if self.measured is None:
            return f"{self.what}: requested {self.requested:g} mm, but no extent of the part is near it"
        return f"{self.what}: requested {self.requested:g} mm, measured {self.measured:g} mm"


# -- reading the prompt ----------------------------------------------------------------------------
def _clauses(prompt: str) -> list[str]:
    return [c.strip() for c in _CLAUSE_SPLIT.split(prompt) if c and c.strip()]


def _clause_values(clause: str, unit: str) -> list[float]:
    """The lengths (mm) written in one clause, read with the prompt's default unit."""
    from .sources.templates.numbers import MM_PER_UNIT, tokenize

    values = []
    for token in tokenize(clause):
        if token.kind == "num":
            values.append(token.raw * MM_PER_UNIT.get(token.unit or unit, 1.0))
    return values


def _near(a: float, b: float) -> bool:
    return abs(a - b) <= max(1e-6, 1e-4 * max(abs(a), abs(b)))


def _owner(values: list[float], clauses: list[tuple[str, list[float]]]) -> str:
    """'part', 'feature' or 'other': what the clause stating these numbers is about.

    The first clause names the part ("a phone stand 120 mm tall"); later clauses add features
    and components ("with a back 100 mm long", "a 10 mm cable slot").
    """
    owners = []
    for index, (text, numbers) in enumerate(clauses):
        if not all(any(_near(v, n) for n in numbers) for v in values):
            continue
        words = set(re.findall(r"[a-z][a-z-]*", text.lower()))
        if _CONTEXT.search(text):
            owners.append("other")
        elif words & _FEATURE_WORDS or (index > 0 and words & (_COMPONENT_WORDS - _FLAT_BODIES)):
            owners.append("feature")
        else:
            owners.append("part")
    if not owners:
        return "feature"  # not found within one clause: be modest
    return "part" if "part" in owners else owners[0]


def _body_nouns(prompt: str) -> set[str]:
    return set(re.findall(r"[a-z]+", prompt.lower())) & _FLAT_BODIES


def _from_parser(prompt: str) -> list[Requested]:
    from .sources.templates.parse import parse_prompt

    spec = parse_prompt(prompt)
    clauses = [(text, _clause_values(text, spec.unit)) for text in _clauses(prompt)]
    found: list[Requested] = []

    groups = [g for role, g in spec.group_roles.items() if role not in ("legs",)] + list(spec.groups)
    overall_taken = False
    for index, group in enumerate(groups):
        values = [float(v) for v in group if v and v > 0]
        if len(values) < 2:
            continue
        owner = _owner(values, clauses)
        if owner == "part" and not overall_taken:
            overall_taken = True
            found += [Requested(v, "overall size", "extent", index) for v in values]
        elif owner in ("part", "feature"):
            found += [Requested(v, "feature size", "fits") for v in values]
    grouped = {round(r.value, 6) for r in found}

    flat = bool(_body_nouns(prompt))
    for role, raw in spec.dims.items():
        value = float(raw or 0)
        if value <= 0 or role in ("angle", "module", "hole_metric") or round(value, 6) in grouped:
            continue
        if role in _BODY_ROLES:
            span = value * _BODY_ROLES[role]
            owner = _owner([value], clauses)
            if owner == "other":
                continue
            what = _WHAT.get(role, role.replace("_", " "))
            # Sheet thickness of a bent part (an L bracket's 3 mm) is not an extent.
            extent = owner == "part" and (role != "thickness" or flat)
            found.append(Requested(span, what, "extent" if extent else "fits"))
        elif role in _FEATURE_ROLES and _owner([value], clauses) != "other":
            found.append(Requested(value, _WHAT.get(role, role.replace("_", " ")), "fits"))
    return found


def _from_regex(prompt: str) -> list[Requested]:
    match = _GROUP.search(prompt)
    if not match:
        return []
    numbers = [match.group(i) for i in (1, 3, 5)]
    units = [match.group(i) for i in (2, 4, 6)]
    last_unit = next((u for u in reversed(units) if u), None) or "mm"
    return [Requested(float(n) * _UNIT_MM[(u or last_unit).lower()], "overall size", "extent", 0)
            for n, u in zip(numbers, units) if n is not None]


def requested(prompt: str) -> list[Requested]:
    """Every size the prompt asks for that the bounding box can judge."""
    if not prompt or not re.search(r"\d", prompt):
        return []
    try:
        return _from_parser(prompt)
    except Exception:  # noqa: BLE001 - the parser is optional here (and still growing)
        return _from_regex(prompt)


def requested_dimensions(prompt: str) -> list[float]:
    """Sizes (mm) that must appear among the part's extents."""
    return [r.value for r in requested(prompt) if r.rule == "extent"]


def describe_requested(prompt: str) -> list[str]:
    """The checked sizes in words, for the model's instructions."""
    wanted = requested(prompt)
    overall = [r for r in wanted if r.rule == "extent" and r.group is not None]
    lines = []
    if overall:
        lines.append("overall size " + " x ".join(f"{r.value:g}" for r in overall) + " mm (bounding box)")
    lines += [f"{r.what} {r.value:g} mm (an overall extent)" for r in wanted if r.rule == "extent" and r.group is None]
    return lines


# -- judging the part ------------------------------------------------------------------------------
def _within(measured: float, value: float, rel: float) -> bool:
    return abs(measured - value) <= max(ABS_TOL, rel * value)


def compare(prompt: str, geometry: dict[str, Any], rel: float = REL_TOL) -> list[DimensionCheck]:
    """Judge each requested size against the measured extents."""
    extents = sorted(float(x) for x in geometry.get("extents") or [] if float(x) > 0)
    if not extents:
        return []
    wanted = requested(prompt)
    results: list[DimensionCheck] = []
    free = list(extents)
    for r in sorted((r for r in wanted if r.group is not None), key=lambda r: -r.value):
        best = min(free, key=lambda e: abs(e - r.value), default=None)
        ok = best is not None and _within(best, r.value, rel)
        if ok:
            free.remove(best)
        results.append(DimensionCheck(r.value, best, ok, r.what, "extent"))
    for r in wanted:
        if r.group is not None:
            continue
        if r.rule == "extent":
            best = min(extents, key=lambda e: abs(e - r.value))
            results.append(DimensionCheck(r.value, best, _within(best, r.value, rel), r.what, "extent"))
        else:
            # Nothing on a part can be longer than its bounding box's diagonal.
            diagonal = round(math.sqrt(sum(e * e for e in extents)), 2)
            results.append(DimensionCheck(r.value, diagonal, r.value <= diagonal * (1 + rel) + ABS_TOL, r.what, "fits"))
    return results


def mismatches(prompt: str, geometry: dict[str, Any]) -> list[DimensionCheck]:
    return [c for c in compare(prompt, geometry) if not c.ok]


def mismatch_failure(wrong: list[DimensionCheck], geometry: dict[str, Any]) -> str:
    """The size failure in words a model (or a person) can act on."""
    text = "The part's size does not match the prompt: " + "; ".join(c.sentence() for c in wrong) + "."
    extents = geometry.get("extents") or []
    if len(extents) == 3:
        text += " The part measures " + " x ".join(f"{float(v):g}" for v in extents) + " mm (X x Y x Z)."
    return text

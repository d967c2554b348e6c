"""Is every number the person typed somewhere in the measured part?

The independent size check.  It does not re-run the binding that built the part: the prompt
is scanned for its numbers (`prompt.scan`, which only knows units and the size word next to
a number), and each one is looked for among what the sandbox measured (`geometry` +
`geometry["features"]`, see features.py): an extent, a circle or hole diameter, a radius, a
wall, a distance between parallel faces, a hole pitch, a bolt circle, a hole count.  The
size word narrows where to look ("Ø45" must be a circle, "8 mm holes" a hole, "four holes"
the hole count), so a cylinder built 30 × 45 the wrong way round is caught.

The findings feed the reading's confidence, the warnings a person sees, and the model's
repair loop (the same check for every source).
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from .prompt import Negation, Problem, Quantity, Reading, ValueUse, find_negations, grade, scan
from .prompt.accounting import agree
from .prompt.not_sizes import SET_ASIDE
from .prompt.part_promises import fit_notes
from .prompt.promises import Built, BuiltHole, unkept
from .prompt.reading import Assumed
from .prompt.spelled_numbers import spell_out
from .prompt.standards import metric

REL_TOL = 0.02
ABS_TOL = 0.2  # mm

_CONTEXT = re.compile(r"\b(for|fits?|fitting|holds?|holding|to hold|accommodates?|onto|over|matching|"
                      r"compatible with|sized for|takes?)\b(?!.*\b(with|and)\b)", re.I)
_CLAUSE_START = re.compile(r"[,;()]|(?<!\d)\.(?!\d)|\b(?:with|and|plus|having|featuring|that|which|but)\b", re.I)

_WHAT = {
    "diameter": "a diameter", "radius": "a radius", "hole": "a hole diameter", "wall": "a wall",
    "pitch": "a hole pitch", "pcd": "a bolt circle", "edge": "an edge distance", "thread": "a hole for the thread",
}


_LABEL = {"diameter": "diameter", "radius": "radius", "hole": "hole diameter", "wall": "wall", "pitch": "hole pitch",
          "pcd": "bolt circle", "edge": "edge distance", "height": "height", "width": "width", "length": "length",
          "thickness": "thickness", "depth": "depth", "side": "side", "size": "size", "across_flats": "across flats"}


@dataclass(frozen=True)
class Finding:
    quantity: Quantity
    found: bool | None            # None: not something a measurement can judge
    measured_as: str | None = None  # "an extent", "a hole diameter", "the hole count"...
    note: str = ""                # why it was not judged, or what the part has instead
    measured: float | None = None  # the nearest measured value, when not found

    def sentence(self) -> str:
        q = self.quantity
        if self.found is None:
            return f"{q.text}: not checked ({self.note})"
        if self.found:
            return f"{q.text}: found as {self.measured_as}"
        if q.kind == "count":
            return f"number of {q.counts or 'features'}: requested {q.value:g}" + (f", {self.note}" if self.note else "")
        label = _LABEL.get(q.hint or "", "size")
        unit = "" if q.kind == "count" else " mm"
        text = f"{label}: requested {q.value:g}{unit}"
        text += f", measured {self.measured:g}{unit}" if self.measured is not None else ", but the part has nothing near it"
        if q.text.replace(" ", "") not in (f"{q.value:g}", f"{q.value:g}mm"):
            text += f" (typed “{q.text}”)"
        return text + (f"; {self.note}" if self.note else "")


@dataclass(frozen=True)
class NegationFinding:
    text: str
    feature: str
    honoured: bool | None
    note: str = ""


@dataclass
class SizeCheck:
    findings: list[Finding] = field(default_factory=list)
    negations: list[NegationFinding] = field(default_factory=list)
    extents: list[float] = field(default_factory=list)  # the built part's, for the reading's agreement check
    prompt: str = ""
    built: Built | None = None  # the measured part, for the promises of the prompt's words (prompt/promises.py)

    @property
    def missing(self) -> list[Finding]:
        return [f for f in self.findings if f.found is False]

    @property
    def broken(self) -> list[NegationFinding]:
        return [n for n in self.negations if n.honoured is False]

    @property
    def ok(self) -> bool:
        return not self.missing and not self.broken

    def failure(self, geometry: dict[str, Any]) -> str | None:
        """The problems in words a model (or a person) can act on; None when all is found."""
        if self.ok:
            return None
        parts = [f.sentence() for f in self.missing]
        parts += [f"the prompt says “{n.text}”, but {n.note}" for n in self.broken]
        text = "The part does not match the prompt: " + "; ".join(parts) + "."
        extents = geometry.get("extents") or []
        if len(extents) == 3:
            text += " The part measures " + " x ".join(f"{float(v):g}" for v in extents) + " mm (X x Y x Z)."
        return text


def _near(a: float, b: float) -> bool:
    return abs(a - b) <= max(ABS_TOL, REL_TOL * abs(b))


def _floats(values: Any) -> list[float]:
    out = []
    for v in values or []:
        try:
            f = float(v)
        except (TypeError, ValueError):
            continue
        if math.isfinite(f) and f > 0:
            out.append(f)
    return out


@dataclass
class _Measured:
    extents: list[float]
    diameters: list[float]
    holes: list[float]
    radii: list[float]
    distances: list[float]
    walls: list[float]
    pitches: list[float]
    circles: list[float]
    edges: list[float]
    hole_count: int | None
    hole_counts: list[int]
    genus: int | None
    repeats: list[int]
    flat: bool
    has_features: bool

    @property
    def every(self) -> list[float]:
        return (self.extents + self.diameters + self.holes + self.radii + self.distances + self.walls
                + self.pitches + self.circles + self.edges)


def _measured(geometry: dict[str, Any]) -> _Measured:
    f = geometry.get("features") or {}
    genus = geometry.get("holes")
    flat = geometry.get("kind") in ("2d_vector", "surface", "1d_path")
    extents = _floats(geometry.get("extents"))
    if geometry.get("kind") == "1d_path" and geometry.get("length"):
        extents.append(float(geometry["length"]))
    return _Measured(
        extents=extents, diameters=_floats(f.get("diameters")), holes=_floats(f.get("hole_diameters")),
        radii=_floats(f.get("radii")), distances=_floats(f.get("distances")), walls=_floats(f.get("walls")),
        pitches=_floats(f.get("pitches")), circles=_floats(f.get("pitch_circles")),
        edges=_floats(f.get("edge_distances")),
        hole_count=int(f["hole_count"]) if isinstance(f.get("hole_count"), int) else None,
        hole_counts=[int(n) for n in f.get("hole_counts") or [] if isinstance(n, int)],
        genus=int(genus) if isinstance(genus, int) else None,
        repeats=[int(n) for n in f.get("repeats") or [] if isinstance(n, int)],
        flat=flat, has_features=bool(f),
    )


def _first(value: float, places: list[tuple[str, list[float]]]) -> str | None:
    for name, values in places:
        if any(_near(v, value) for v in values):
            return name
    return None


def _in_context(prompt: str, q: Quantity) -> bool:
    """'for a 70 mm can', 'fits a 7 inch tablet': the size of something else."""
    start = 0
    for m in _CLAUSE_START.finditer(prompt, 0, q.start):
        start = m.end()
    return _CONTEXT.search(prompt[start:q.start]) is not None


def _judge_length(q: Quantity, m: _Measured) -> Finding:
    v = q.value
    hint = q.hint
    general = [("an extent", m.extents), ("a diameter", m.diameters), ("a hole diameter", m.holes),
               ("a distance between faces", m.distances), ("a wall", m.walls), ("a hole pitch", m.pitches),
               ("a bolt circle", m.circles), ("an edge distance", m.edges), ("a radius", m.radii)]
    round_big = [d for d in m.diameters + m.holes if d >= 0.5 * v]
    if hint == "chamfer":
        return Finding(q, None, None, "chamfers are not measured")
    if not m.has_features and hint in ("diameter", "radius", "hole"):
        where = _first(v if hint != "radius" else 2 * v, [("an extent", m.extents)])
        return Finding(q, True, where) if where else Finding(q, None, None, "only the bounding box was measured")
    if hint == "diameter":
        places = [("a diameter", m.diameters), ("a hole diameter", m.holes), ("a bolt circle", m.circles)]
        if not round_big or not m.has_features:
            places.append(("an extent", m.extents))  # a gear's tip or a polygon: no circle to measure
        where = _first(v, places)
        if where is None and m.flat:
            where = _first(v, [("a distance", m.distances)])
        return Finding(q, True, where) if where else _missing(q, m.diameters + m.holes, "circles")
    if hint == "radius":
        where = _first(v, [("a radius", m.radii)]) or _first(2 * v, [("a diameter", m.diameters)])
        if where is None and not [d for d in m.diameters if d >= v]:
            where = _first(2 * v, [("an extent", m.extents)])
        return Finding(q, True, where) if where else _missing(q, m.radii, "radii")
    if hint == "hole" and m.has_features:
        places = [("a hole diameter", m.holes)] + ([("a diameter", m.diameters)] if m.flat else [])
        where = _first(v, places)
        if where:
            return Finding(q, True, where)
        return _missing(q, m.holes, "holes") if m.holes else Finding(q, False, None, "the part has no holes")
    if hint == "wall":
        where = _first(v, [("a wall", m.walls), ("a distance between faces", m.distances), ("an extent", m.extents)])
        if where is None and not m.has_features:
            return Finding(q, None, None, "only the bounding box was measured")
        return Finding(q, where is not None, where, "")
    if hint == "pcd":
        where = _first(v, [("a bolt circle", m.circles), ("a hole pitch", m.pitches), ("a diameter", m.diameters)])
        if where is None and not m.has_features:
            return Finding(q, None, None, "no hole layout measured")
        return Finding(q, where is not None, where, "")
    if hint in ("thickness", "height", "length", "width", "depth", "side") and m.has_features:
        # a plate's thickness or a part's height is an extent or a distance between flat faces,
        # never a tube's radial wall ("5 cm OD, 4 cm ID, 0,5 cm thick" is 5 mm tall)
        where = _first(v, [("an extent", m.extents), ("a distance between faces", m.distances),
                           ("a diameter", m.diameters if hint in ("length", "width", "side") else [])])
        return Finding(q, True, where) if where else _missing(q, m.extents + m.distances, "sizes")
    where = _first(v, general)
    if where is None and not m.has_features:
        # only the bounding box is known (a report without features): judge the overall size
        # group ("120 x 80 x 6"), and stay quiet about sizes that may belong to a feature
        if hint == "size":
            return _missing(q, m.extents, "extents")
        return Finding(q, None, None, "only the bounding box was measured")
    return Finding(q, True, where) if where else _missing(q, m.extents, "sizes")


def _closest(what: str, values: list[float], v: float) -> str:
    if not values:
        return ""
    near = sorted(set(round(x, 2) for x in values), key=lambda x: abs(x - v))[:3]
    return f"its {what}: " + ", ".join(f"{x:g}" for x in sorted(near)) + " mm"


def _nearest(values: list[float], v: float) -> float | None:
    return round(float(min(values, key=lambda x: abs(x - v))), 3) if values else None


def _missing(q: Quantity, values: list[float], what: str, target: float | None = None) -> Finding:
    """Not found: the nearest measured value (what a model can act on) and the nearest few."""
    v = q.value if target is None else target
    return Finding(q, False, None, _closest(what, values, v), _nearest(values, v))


def _judge_count(q: Quantity, m: _Measured) -> Finding:
    n = int(q.value)
    if q.counts == "holes":
        if not m.has_features and m.genus is None:
            return Finding(q, None, None, "holes not measured")
        counts = [c for c in [m.hole_count, m.genus] if c is not None] + m.hole_counts
        ok = n in counts
        return Finding(q, ok, "the hole count" if ok else None,
                       "" if ok else f"the part has {m.hole_count if m.hole_count is not None else m.genus} holes")
    if q.counts in ("teeth", "spokes", "sides", "fins", "ribs", "pins", "notches"):
        if not m.has_features:
            return Finding(q, None, None, "not measured")
        ok = n in m.repeats or 2 * n in m.repeats or (m.genus == n) or (
            n > 4 and any(r % n == 0 and r // n <= 8 for r in m.repeats))
        return Finding(q, ok, "repeated faces" if ok else None, "" if ok else "no feature repeats that many times")
    return Finding(q, None, None, f"a count of {q.counts} is not measured")


def _judge_thread(q: Quantity, m: _Measured) -> Finding:
    row = metric(q.value)
    lo, hi = row.tap_drill * 0.97, max(row.clearance * 1.15, q.value + 1.0)
    for name, values in (("a hole diameter", m.holes), ("a diameter", m.diameters)):
        if any(lo <= v <= hi for v in values):
            return Finding(q, True, f"{name} for M{q.value:g}")
    if any(_near(v, row.nut_af) or _near(v, row.standoff_af) for v in m.distances + m.extents):
        return Finding(q, True, f"the size across flats for M{q.value:g}")
    if not m.has_features:
        return Finding(q, None, None, "holes not measured")
    return Finding(q, False, None, f"no hole between {lo:.1f} and {hi:.1f} mm")


def unread_spans(prompt: str, steps: Sequence[Mapping[str, Any]]) -> tuple[tuple[int, int], ...]:
    """Where in `prompt` the steps the reading could not apply are ("4. Knurl the rim with a 1 mm pitch").

    Their numbers are already reported with the step ("step 4 not understood"); held against the
    part as well, "1 mm pitch" came back as a hole pitch the part lacks, a second and wrong account.
    """
    spans: list[tuple[int, int]] = []
    low = prompt.lower()
    for step in steps:
        text = str(step.get("text") or "").strip()
        if not step.get("problem") or not text:
            continue
        at = low.find(text.lower())
        if at >= 0:
            spans.append((at, at + len(text)))
    return tuple(spans)


def _spans_in(text: str, pieces: Sequence[str]) -> tuple[tuple[int, int], ...]:
    low = text.lower()
    spans = []
    for piece in pieces:
        at = low.find(piece.lower()) if piece else -1
        if at >= 0:
            spans.append((at, at + len(piece)))
    return tuple(spans)


def verify(prompt: str, geometry: dict[str, Any], unread: Sequence[tuple[int, int]] = ()) -> SizeCheck:
    """Hold every number of `prompt` against the measured `geometry` (see the module docstring).

    `unread`: spans of steps the reading reported as not applied (`unread_spans`); their numbers
    are not judged again.
    """
    check = SizeCheck(prompt=prompt)
    if not prompt or not geometry or not geometry.get("extents"):
        return check
    m = _measured(geometry)
    check.extents = list(m.extents)
    check.built = built_part(geometry, m)
    spelled = spell_out(prompt)[0]   # "forty-two millimetres" is held against the part as 42 mm
    # the unread steps' spans, found again in the spelled-out text (spelling a number out moves what follows)
    skipped = unread if spelled == prompt else _spans_in(spelled, [spell_out(prompt[a:b])[0] for a, b in unread])
    for q in scan(spelled):
        if any(start <= q.start and q.end <= end for start, end in skipped):
            check.findings.append(Finding(q, None, None, "in a step that was not understood; the part is built without it"))
        elif q.kind == "length":
            if _in_context(spelled, q) and q.hint in (None, "size", "diameter", "length", "width", "height"):
                check.findings.append(Finding(q, None, None, "the size of something the part goes with"))
            else:
                check.findings.append(_judge_length(q, m))
        elif q.kind == "count":
            check.findings.append(_judge_count(q, m))
        elif q.kind == "thread":
            check.findings.append(_judge_thread(q, m))
        elif q.kind == "designation":
            check.findings.append(Finding(q, None, None, "names a standard part or product, not a length"))
        else:
            check.findings.append(Finding(q, None, None, f"{q.kind} is not measured"))
    for neg in find_negations(prompt):
        if neg.feature == "hole":
            holes = m.hole_count if m.hole_count is not None else m.genus
            honoured = None if holes is None else holes == 0
            note = "" if honoured is not False else f"the part has {holes} hole{'s' if holes != 1 else ''}"
            check.negations.append(NegationFinding(neg.text, neg.feature, honoured, note))
        else:
            check.negations.append(NegationFinding(neg.text, neg.feature, None, "not measured"))
    return check


def built_part(geometry: dict[str, Any], m: _Measured) -> Built | None:
    """The measured part as the prompt's promises are checked against it (None for a profile or a path)."""
    extents = [float(v) for v in geometry.get("extents") or []]
    if len(extents) != 3 or m.flat:
        return None
    f = geometry.get("features") or {}
    holes = []
    for h in f.get("holes") or []:
        axis = h.get("axis") if isinstance(h, dict) else None
        if isinstance(axis, list) and len(axis) == 3 and _floats([h.get("diameter")]):
            holes.append(BuiltHole(float(h["diameter"]), (float(axis[0]), float(axis[1]), float(axis[2]))))
    return Built((extents[0], extents[1], extents[2]), tuple(holes), m.hole_count, tuple(m.hole_counts), m.genus,
                 tuple(m.diameters + m.holes), tuple(m.distances))


# -- what the model is told ------------------------------------------------------------------------
def describe_requested(prompt: str) -> list[str]:
    """The sizes the check will look for, in words for the model's instructions."""
    lines = []
    for q in scan(prompt):
        if q.kind == "length":
            what = {"diameter": "a diameter", "radius": "a radius", "hole": "a hole diameter",
                    "wall": "a wall thickness", "pitch": "a hole pitch", "pcd": "a bolt circle diameter",
                    "edge": "an edge distance"}.get(q.hint or "", "a size (extent, thickness or feature)")
            lines.append(f"{q.text} = {q.value:g} mm: {what}")
        elif q.kind == "count" and q.counts == "holes":
            lines.append(f"{q.text}: exactly {int(q.value)} holes")
        elif q.kind == "count" and q.counts == "grid":
            lines.append(f"{q.text}: holes in a grid, {int(q.value)} along one side")
    return lines


def mismatches(prompt: str, geometry: dict[str, Any]) -> list[Finding]:
    """The numbers of the prompt that are not in the part."""
    return verify(prompt, geometry).missing


# -- the reading, with what the check found ----------------------------------------------------------
def _not_a_size(role: str | None) -> bool:
    """A role the reading gives a number it knows is no size of the part: set aside (a grade, an order number,
    a year), how many parts to make, or one half of a decimal comma the scan split ("1,5")."""
    return role is not None and (SET_ASIDE in role or role.startswith("quantity of parts") or "a decimal comma" in role)


def _sizes_only(missing: list[Finding], reading: Reading) -> list[Finding]:
    """The missing findings less the numbers the reading says are not sizes (one finding per such value)."""
    aside = Counter(v.text for v in reading.values if _not_a_size(v.role))
    kept = []
    for f in missing:
        if aside[f.quantity.text] > 0:
            aside[f.quantity.text] -= 1
            continue
        kept.append(f)
    return kept


def with_check(reading: Reading | None, check: SizeCheck, family: str | None, prompt: str = "") -> Reading:
    """The source's reading (or, for a model, one made from the check) with the findings added.

    A number the part does not have lowers the confidence; two or more make it `low`, as does a
    negation ("no hole") the part does not honour.
    """
    from dataclasses import replace

    reading_prompt = prompt or check.prompt
    if reading is None:
        reading = Reading(family=family, reason="the size check read the prompt's numbers")
        for f in check.findings:
            q = f.quantity
            reading.values.append(ValueUse(q.text, round(q.value, 4), q.kind, f.measured_as, f.found, f.measured_as))
            if q.kind == "designation":
                reading.unread.append(q.text)
                reading.problems.append(Problem("designation", q.text, "low"))
        reading.negations = [Negation(n.text, n.feature, n.honoured) for n in check.negations]
    else:
        reading = replace(reading, values=list(reading.values), problems=list(reading.problems),
                          negations=list(reading.negations))
        by_text: dict[str, list[Finding]] = {}
        for f in check.findings:
            by_text.setdefault(f.quantity.text, []).append(f)
        for i, v in enumerate(reading.values):
            matches = by_text.get(v.text)
            if matches:
                f = matches.pop(0)
                reading.values[i] = replace(v, found=f.found, measured_as=f.measured_as)
        for n in check.negations:
            for j, known in enumerate(reading.negations):
                if known.text == n.text and n.honoured is not None:
                    reading.negations[j] = replace(known, honoured=n.honoured)
    missing = _sizes_only(check.missing, reading)
    for f in missing:
        reading.problems.append(Problem("not_found", f.quantity.text, "low" if len(missing) >= 2 else "medium"))
    for n in check.broken:
        problem = Problem("negation", n.text, "low")
        if problem not in reading.problems:
            reading.problems.append(problem)
    promised = unkept(reading_prompt, check.built) if check.built is not None and reading_prompt else []
    for problem in agree(reading, check.extents) + promised:  # a size bound to the body the part does not have;
        #                                       a count, direction or shape said of a feature the part does not have
        if problem not in reading.problems:
            reading.problems.append(problem)
    for fit in fit_notes(reading_prompt) if reading_prompt else []:  # "H7", "press fit": said, at the nominal size
        note = Assumed(fit.text, "modelled at the nominal size (the tolerance belongs on the drawing)", "")
        if note not in reading.assumed:
            reading.assumed = [*reading.assumed, note]
    reading.confidence = grade(reading.problems)
    return reading

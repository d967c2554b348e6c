"""The step reader's side of the shared ledger (prompt/ledger.py): what its part accounts for.

The step reader gives a number its role by value (`roles[8.0]`), so "8 half-round flutes" and
"an 8 mm hole" share one role; and it reads only the operations it knows, so a knob's flutes
or a second boss can vanish with every number still bound. This module hands the ledger each
step's numbers (with their places in the step's text) and what the operations built, and
returns the doubts that keep such a reading from `high`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import fields, is_dataclass

from ..prompt.ledger import (
    Bound,
    Doubt,
    Made,
    bound_by_value,
    counts_not_made,
    unbuilt_features,
    unused_radii,
)
from . import ops
from .reading import Reading
from .text import normalise, numbers, prompt_in_inches


def made_by(operations: Sequence[ops.Operation], params: dict[str, float | int | bool], reading: Reading) -> Made:
    """The built part in words and counts: operation kinds, their named features, parameters, summaries."""
    made = Made()
    kinds: dict[str, int] = {}
    same: dict[float, int] = {}
    for op in operations:
        name = type(op).__name__.lower()
        kinds[name] = kinds.get(name, 0) + 1
        made.words.add(name)
        for f in fields(op) if is_dataclass(op) else ():
            v = getattr(op, f.name)
            if isinstance(v, str):
                made.words.add(v.lower())
            elif v and not is_dataclass(v):
                made.words.add(f.name)  # counterbore, countersink, corner_radius, ...
        if isinstance(op, ops.Boss):
            made.words.add(type(op.body).__name__.lower())
            made.words.add(op.body.what.lower() if hasattr(op.body, "what") else "")
        if isinstance(op, ops.Holes):
            n = max(len(op.positions), op.count) * (2 if op.face == "both" else 1)
            made.counts.add(n)
            same[op.diameter] = same.get(op.diameter, 0) + n  # one row of holes given in two steps
        if isinstance(op, ops.Slot):
            made.counts.add(len(op.centres))
        if isinstance(op, ops.SketchSolid):  # a CAD sequence's holes are the circles of its sketch
            made.counts.update({sum(1 for loop in op.loops if loop.circle), len(op.loops) - 1})
        if isinstance(op, ops.Prism):
            made.counts.add(op.sides)
    made.counts.update(n for n in kinds.values())
    made.counts.update(same.values())
    made.words.update(k.lower() for k in params)
    for s in reading.steps:
        text = f"{s.operation or ''} {s.summary}".lower()
        made.words.update(re.findall(r"[a-z][a-z-]+", text))
        made.counts.update(int(n) for n in re.findall(r"\b(\d+)\s*(?:×|x)\s", text))
    return made


def _sizes(operations: Sequence[ops.Operation]) -> list[float]:
    out: list[float] = []

    def walk(v: object) -> None:
        if isinstance(v, bool):
            return
        if isinstance(v, (int, float)):
            out.append(abs(float(v)))
        elif isinstance(v, (list, tuple)):
            for x in v:
                walk(x)
        elif is_dataclass(v):
            for f in fields(v):
                walk(getattr(v, f.name))

    for op in operations:
        walk(op)
    return out


def _places(operations: Sequence[ops.Operation]) -> set[float]:
    """Every distance the part's features stand at: from the centre, from the base's edges, from each other."""
    base = next((op for op in operations if isinstance(op, (ops.Box, ops.Cylinder, ops.Prism))), None)
    half = [base.length / 2, base.width / 2] if isinstance(base, ops.Box) else (
        [base.diameter / 2] * 2 if isinstance(base, ops.Cylinder) else [0.0, 0.0])
    height = getattr(base, "height", 0.0) or 0.0
    points: list[tuple[float, float]] = []
    out: set[float] = set()
    for op in operations:
        if isinstance(op, ops.Holes):
            points += op.positions
            if op.axis != "Z":
                out.update({op.side_z, height - op.side_z})
        elif isinstance(op, ops.Slot):
            points += op.centres
        elif isinstance(op, ops.Pocket):
            points.append(op.centre)
        elif isinstance(op, ops.Boss):
            points.append(getattr(op.body, "centre", (0.0, 0.0)))
    for x, y in points:
        out.update({abs(x), abs(y), 2 * abs(x), 2 * abs(y), round((x * x + y * y) ** 0.5 * 2, 6)})
        out.update(h - abs(c) for h, c in zip(half, (x, y), strict=True))
    for i, p in enumerate(points):
        for q in points[i + 1:]:
            out.update({abs(p[0] - q[0]), abs(p[1] - q[1]), ((p[0] - q[0]) ** 2 + (p[1] - q[1]) ** 2) ** 0.5})
    return {round(v, 6) for v in out if v > 0}


def doubts(prompt: str, reading: Reading, operations: Sequence[ops.Operation],
           params: dict[str, float | int | bool]) -> list[Doubt]:
    """Every doubt the ledger finds in a step reading (none when the reading is already low)."""
    inches = prompt_in_inches(prompt)
    out: list[Doubt] = []
    made = made_by(operations, params, reading)
    places = _places(operations)
    for s in reading.steps:
        if s.problem or not s.values:
            continue
        text = normalise(s.text, inches)
        found = numbers(text)
        if [round(n.value, 6) for n in found] != [round(v.value, 6) for v in s.values]:
            continue  # the step's numbers were read from another text (a sketch sequence): nothing to align
        bound = [Bound(n.text, n.value, n.start, n.start + len(n.text), v.role) for n, v in zip(found, s.values, strict=True)]
        out += bound_by_value(text, bound, places, made.counts)
    sizes = _sizes(operations) + [float(v) for v in params.values() if not isinstance(v, bool)]
    fillets = any(isinstance(op, ops.Edges) and op.kind == "fillet" for op in operations) or any(
        isinstance(op, ops.Box) and op.corner_radius for op in operations)
    out += unused_radii(prompt, sizes, fillets)
    out += unbuilt_features(prompt, made, reading.unread)
    out += counts_not_made(prompt, made)
    seen: set[Doubt] = set()
    return [d for d in out if not (d in seen or seen.add(d))]  # type: ignore[func-returns-value]

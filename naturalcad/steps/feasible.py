"""Sizes the step reader read that cannot make the part: refused with the conflict and its numbers.

The template reader refuses "a blind hole 25 deep in a 20 mm block" before CAD
(sources/templates/feasibility.py); the step reader read the same sizes into operations and
would build a through hole, two holes merged into one, or a counterbore the hole swallows.
Each rule here looks at one operation against the body it is cut in and returns one
sentence naming both numbers and by how much they clash. Only plain parts are judged (one
box, cylinder or prism with holes, slots and pockets cut in it): where bodies are added or
placed by a sketch, the reader's picture of the part is not exact enough to refuse on.
"""

from __future__ import annotations

import math
import re
from collections.abc import Collection, Sequence

from . import ops

Base = ops.Box | ops.Cylinder | ops.Prism
_CUTS = (ops.Holes, ops.Slot, ops.Pocket, ops.Edges)


def _g(x: float) -> str:
    return f"{round(x, 3):g}"


def _height_word(base: Base) -> str:
    return "thick" if isinstance(base, ops.Box) and base.height < min(base.length, base.width) else "tall"


Found = tuple[str, tuple[float, ...]]  # the sentence, and the sizes it rests on (each must have been typed)


def _hole(base: Base, h: ops.Holes) -> Found | None:
    r = h.diameter / 2
    if h.axis != "Z" and isinstance(base, ops.Box):  # through a side wall: positions are (along the wall, height)
        for _u, z in h.positions:
            if z + r > base.height + 1e-6:
                return (f"A Ø{_g(h.diameter)} hole centred {_g(base.height - z)} mm below the top breaks out through the "
                        f"top face by {_g(z + r - base.height)} mm: its radius is {_g(r)} mm, so it would be a notch, not a "
                        f"hole. Centre it at least {_g(r)} mm below the top, or use a hole under "
                        f"Ø{_g(2 * (base.height - z))}.", (h.diameter, base.height - z))
            if 0 < z < r - 1e-6:
                return (f"A Ø{_g(h.diameter)} hole centred {_g(z)} mm above the bottom breaks out through the bottom face "
                        f"by {_g(r - z)} mm: its radius is {_g(r)} mm.", (h.diameter, z))
        return None
    if h.axis != "Z":
        return None
    if h.counterbore:
        d, depth = h.counterbore
        if d <= h.diameter:
            return (f"The Ø{_g(d)} counterbore is not wider than its Ø{_g(h.diameter)} hole: a counterbore must be larger "
                    f"than the hole it sits on (for Ø{_g(h.diameter)}, about Ø{_g(round(h.diameter * 1.7))}).", (d, h.diameter))
        if depth > base.height + 1e-6:
            return (f"The {_g(depth)} mm deep counterbore goes through the {_g(base.height)} mm {_height_word(base)} part "
                    f"(by {_g(depth - base.height)} mm) and leaves nothing of the Ø{_g(h.diameter)} hole. "
                    f"Use a depth under {_g(base.height)} mm.", (depth, base.height))
    if h.countersink and h.countersink[0] <= h.diameter:
        return (f"The Ø{_g(h.countersink[0])} countersink is not wider than its Ø{_g(h.diameter)} hole: a countersink must be "
                f"larger than the hole (for Ø{_g(h.diameter)}, about Ø{_g(round(h.diameter * 1.9, 1))} at 90°).",
                (h.countersink[0], h.diameter))
    if h.depth is not None and h.start_z is None and h.face in ("top", "bottom") and h.depth > base.height + 1e-6:
        return (f"A {_g(h.depth)} mm deep blind hole does not fit in the {_g(base.height)} mm {_height_word(base)} part: it "
                f"would break through by {_g(h.depth - base.height)} mm. Make it a through hole or less than "
                f"{_g(base.height)} mm deep.", (h.depth, base.height))
    if isinstance(base, ops.Box):
        narrow = min(base.length, base.width)
        if h.diameter >= narrow:
            return (f"A Ø{_g(h.diameter)} hole does not fit in the {_g(base.length)} x {_g(base.width)} mm part: it is "
                    f"{_g(h.diameter - narrow)} mm wider than the {_g(narrow)} mm side.", (h.diameter, narrow))
        cx, cy = base.centre
        for x, y in h.positions:
            past = max(abs(x - cx) + r - base.length / 2, abs(y - cy) + r - base.width / 2)
            if past > 1e-6:
                edge = min(base.length / 2 - abs(x - cx), base.width / 2 - abs(y - cy))
                return (f"A Ø{_g(h.diameter)} hole with its centre {_g(edge)} mm from the edge breaks out of the side by "
                        f"{_g(past)} mm: its radius is {_g(r)} mm. Put the centre at least {_g(r)} mm in from the edge.",
                        (h.diameter, edge))
    for i, a in enumerate(h.positions):
        for b in h.positions[i + 1:]:
            gap = math.hypot(a[0] - b[0], a[1] - b[1])
            if gap < h.diameter - 1e-6:
                return (f"Two Ø{_g(h.diameter)} holes {_g(gap)} mm apart, centre to centre, overlap by {_g(h.diameter - gap)} mm "
                        f"and merge into one opening. Put them at least {_g(h.diameter)} mm apart, or use holes under "
                        f"Ø{_g(gap)}.", (h.diameter, gap))
    return None


def _slot(base: Base, s: ops.Slot) -> Found | None:
    if not isinstance(base, ops.Box):
        return None
    along, across = (base.length, base.width) if s.along == "X" else (base.width, base.length)
    # a slot "the full length" is cut over the part (never a typed size, so never refused); a typed one longer than the
    # part is judged in proportion, the same on a 0.75 part as on a 75 mm one
    if s.length > along * (1 + 1e-6) + 1e-9 and abs(s.length - along - 2) > 1e-6:
        return (f"The {_g(s.length)} mm slot is longer than the {_g(along)} mm part (by {_g(s.length - along)} mm): it would cut "
                f"the part in two. Use a slot under {_g(along)} mm or a longer part.", (s.length, along))
    if s.width >= across:
        return (f"The {_g(s.width)} mm wide slot is wider than the {_g(across)} mm part (by {_g(s.width - across)} mm).",
                (s.width, across))
    return None


def _pocket(base: Base, p: ops.Pocket) -> Found | None:
    """A blind pocket deeper than the part would open through its far face: not the pocket asked for."""
    if p.depth is None or p.face not in ("top", "bottom") or p.depth <= base.height + 1e-6:
        return None
    return (f"A {_g(p.depth)} mm deep pocket does not fit in the {_g(base.height)} mm {_height_word(base)} part: it would "
            f"break through the far face by {_g(p.depth - base.height)} mm and leave no floor. Make the pocket less than "
            f"{_g(base.height)} mm deep, or a through cut-out.", (p.depth, base.height))


def _sweep(op: ops.Sweep) -> Found | None:
    """A bend tighter than the section it carries: the swept solid runs into itself on the inside of the bend."""
    half = op.size[0] / 2  # a circle's or a ring's radius; a rectangle's side in the plane of the bend
    bends = [r for kind, r, _ in op.segments if kind == "arc"] + ([op.radius] if op.path in ("arc", "circle") else [])
    tight = min(bends) if bends else 0.0
    if not tight or tight > half:
        return None
    what = f"Ø{_g(op.size[0])} section" if op.profile in ("circle", "ring") else f"{_g(op.size[0])} mm wide section"
    return (f"The {_g(tight)} mm bend radius is not larger than half the {what} ({_g(half)} mm): "
            "the sweep would run into itself on the inside of the bend.", (tight, op.size[0]))


def typed_sizes(prompt: str) -> set[float]:
    """The numbers as the person typed them (no unit conversion): what a refusal may rest on."""
    return {float(t.replace(",", ".")) for t in re.findall(r"(?<![\d.,A-WYZa-wyz_])\d+(?:\.\d+)?(?![\d,]\d)", prompt)}


def conflict(operations: Sequence[ops.Operation], typed: Collection[float]) -> str | None:
    """The first clash between the sizes read, as a sentence for the person; None when the part can be made.

    A clash is said only when every size it rests on is a number the person typed (`typed`, in mm):
    one the reader derived or converted ("hole of 20 in the centre" read as 20 inches) is the
    reader's doubt, not the person's impossible part."""
    if operations and isinstance(operations[0], ops.Sweep):
        found = _sweep(operations[0])
        if found and all(any(abs(v - t) <= 1e-6 + 1e-4 * t for t in typed) for v in found[1]):
            return found[0]
        return None
    if not operations or not isinstance(operations[0], (ops.Box, ops.Cylinder, ops.Prism)):
        return None
    base = operations[0]
    rest = operations[1:]
    if not all(isinstance(op, _CUTS) for op in rest) or base.z0 or getattr(base, "axis", "Z") != "Z":
        return None  # bodies added, or a body placed off the plane: not a plain part
    for op in rest:
        found = (_hole(base, op) if isinstance(op, ops.Holes) else _slot(base, op) if isinstance(op, ops.Slot)
                 else _pocket(base, op) if isinstance(op, ops.Pocket) else None)
        if found and all(any(abs(v - t) <= 1e-6 + 1e-4 * t for t in typed) for v in found[1]):
            return found[0]
        placed = _hole_placed_past(base, op) if isinstance(op, ops.Holes) else None
        if placed and all(any(abs(v - t) <= 1e-6 + 1e-4 * t for t in typed) for v in placed[1]):
            return placed[0]
    return None


def _hole_placed_past(base: Base, h: ops.Holes) -> Found | None:
    """A hole placed by its coordinates from the centre ("at (-22, 0)") that breaks out of a box's side: the
    clash rests on the typed coordinate, the hole's size and the side, not on the edge distance they leave."""
    if h.axis != "Z" or not isinstance(base, ops.Box):
        return None
    r, (cx, cy) = h.diameter / 2, base.centre
    for x, y in h.positions:
        for offset, half, side in ((abs(x - cx), base.length / 2, base.length), (abs(y - cy), base.width / 2, base.width)):
            if offset and offset + r > half + 1e-6:
                return (f"A Ø{_g(h.diameter)} hole at {_g(offset)} mm from the centre breaks out of the {_g(side)} mm side by "
                        f"{_g(offset + r - half)} mm: its edge reaches {_g(offset + r)} mm from the centre, the side is at "
                        f"{_g(half)}. Place it within {_g(half - r)} mm of the centre, or use a hole under Ø{_g(2 * (half - offset))}.",
                        (h.diameter, offset, side))
    return None

"""Helical compression spring: wire diameter, outside (or mean / inside) diameter, free length,
active coils, closed and optionally ground ends, as one swept solid of round wire.

The centreline is a helix whose pitch changes from the wire diameter (closed end coils, one
inactive coil each end, as DIN EN 13906-1 counts them) to the active pitch; it is a spline
through 12 points a turn, so the coils are smooth and the wire length is right to well under
1 %.  The wire is a 16-sided section of the round wire's area (see the script).  Closed end coils sit 5 % of the wire open so the solid never touches itself; ground
ends are the swept wire cut flat at both ends.
"""

from __future__ import annotations

import re

from ..parse import PartSpec
from ..script import P
from .base import Example, Family, Impossible, Match, Notes, best, dim, mentions, r4
from .wording import count_after, count_before, length_after, length_before, length_named

VOCABULARY = ("spring", "springs", "compression", "coil", "coils", "coiled", "helical", "helix", "wire", "active",
              "free", "ground", "squared", "turns", "die", "pitch", "mean", "plain", "open", "ends")


def match(spec: PartSpec) -> Match | None:
    spring = spec.has("spring", "springs")
    coil = spec.has("coil", "coils", "helical", "helix") and spec.has("wire")
    return best([
        Match(92, "it names a compression spring") if spring and not mentions(spec, r"\b(extension|tension|torsion|leaf|clip)\b") else None,
        Match(62, "a helical coil of wire") if coil else None,
    ])


def _coils(spec: PartSpec) -> tuple[float | None, bool]:
    """(coil count, True when the count given was the total rather than the active coils)."""
    total = count_before(spec, r"total coils?|total turns?|coils? in total|turns in total") or \
        count_after(spec, r"total coils|total turns|total number of coils")
    if total:
        return float(total), True
    active = count_before(spec, r"active coils?|active turns?|working coils?|coils?|turns?|windings?") or \
        count_after(spec, r"active coils|coils|turns|windings|n")
    return (float(active), False) if active else (None, False)


# "ends not closed or ground", "neither closed nor ground", "not ground", "open ends": one negation for both words
_NOT_GROUND = re.compile(r"\b(?:not|no|neither|without|nor)\s+(?:(?:closed|squared)\s+(?:or|nor|and)\s+)?ground\b|\bunground\b")
_NOT_CLOSED = re.compile(r"\b(?:not|no|neither|without)\s+(?:closed|squared)\b|\bopen[- ]ends?\b|\bplain ends?\b|\bunclosed\b")


def spring_params(spec: PartSpec, notes: Notes, output_type: str) -> list[P]:
    wire = length_named(spec, r"wire(?: dia\w*| diameter| thickness| size)?|wire")
    od = dim(spec, "outer_diameter")
    # "mean coil diameter 10 mm", "15 mean diameter", "coil mean dia 12"
    mean = dim(spec, "major_diameter") or length_after(spec, r"(?:mean|pitch) (?:coil )?dia\w*|coil mean dia\w*|mean coil d") \
        or length_before(spec, r"mean (?:coil )?dia\w*|mean coil|mean")
    pitch = length_after(spec, r"(?:coil )?pitch(?! dia)") or length_before(spec, r"(?:coil )?pitch(?! dia)")
    inner = dim(spec, "inner_diameter")
    plain = dim(spec, "diameter")
    free = length_named(spec, r"free length|free height|overall length") or \
        length_before(spec, r"long|tall|high|length") or length_after(spec, r"length")
    if free is None:
        free = dim(spec, "length", "height")
    if wire is None and spec.loose:
        small = [v for v in spec.loose if v < 6]
        wire = small[0] if small else None
    measured = "outer"
    if od is None and mean is not None and wire is not None:
        od, measured = mean + wire, "mean"
    if od is None and inner is not None and wire is not None:
        od, measured = inner + 2 * wire, "inner"
    if od is None and plain is not None:
        od = plain
    if od is None:
        od = 20.0 if wire is None else r4(wire * 9)
        notes.assume("outside diameter", od, main=True)
    if wire is None:
        wire = r4(max(0.3, round(od / 9, 1)))
        notes.assume("wire diameter (spring index about 8)", wire, main=True)
    if wire * 2.5 >= od:
        raise Impossible(f"a {wire:g} mm wire cannot coil into a {od:g} mm outside diameter: the mean diameter "
                         f"{r4(od - wire):g} mm is under 1.5 x the wire (the tightest spring index is about 3)")
    t = (spec.source_text or spec.text).lower()
    ground = "ground" in t and not _NOT_GROUND.search(t)
    closed = ground or not _NOT_CLOSED.search(t)
    if free is None and pitch is not None and wire is not None and _coils(spec)[0] is not None:
        # "pitch 4 mm, 5 turns": the coils at that pitch, plus the wire (and the closed end coils)
        n, was_total = _coils(spec)
        assert n is not None
        ends = (1 if closed else 0)
        active = n - 2 * ends if was_total else n
        free = r4(active * pitch + wire + (2 * ends * 1.05 * wire if closed else 0.0))
    if free is None:
        free = r4(round(od * 2.5))
        notes.assume("free length", free, main=True)
    if closed and not any(w in t for w in ("closed", "squared", "ground")):
        notes.assume("ends", "closed, not ground", "")
    end_turns = 1 if closed else 0
    coils, was_total = _coils(spec)
    if coils is not None and was_total:
        coils -= 2 * end_turns
    mean_d = od - wire
    if coils is None:
        coils = float(max(2, round((free - (2 * end_turns + 1) * wire * 1.05) / (0.4 * mean_d))))
        notes.assume("active coils", coils, "")
    solid_length = (coils + 2 * end_turns + (0 if ground else 1)) * wire
    if coils < 1 or solid_length >= free:
        raise Impossible(f"{coils + 2 * end_turns:g} coils of {wire:g} mm wire stack to {r4(solid_length):g} mm solid, "
                         f"more than the {free:g} mm free length: fewer coils, thinner wire or a longer spring")
    notes.add(f"spring index {r4(mean_d / wire):g} (mean diameter / wire), solid length about {r4(solid_length):g} mm, "
              f"{coils + 2 * end_turns:g} coils in all")
    coil_d = {"outer": P("outer_diameter", r4(od), "mm, outside diameter of the coils"),
              "mean": P("mean_diameter", r4(od - wire), "mm, mean coil diameter (wire centreline)"),
              "inner": P("inner_diameter", r4(od - 2 * wire), "mm, inside diameter of the coils")}[measured]
    return [P("wire_diameter", r4(wire), "mm, wire diameter"),
            coil_d,
            P("free_length", r4(free), "mm, free (unloaded) length"),
            P("active_coils", int(coils) if float(coils).is_integer() else r4(coils), "number of active coils"),
            P("closed_ends", bool(closed), "True = one closed (touching) coil at each end"),
            P("ground_ends", bool(ground), "True = ends ground flat")]


def spring_body(values: dict[str, float | int | bool], output_type: str, spec: PartSpec | None = None) -> str:
    if "mean_diameter" in values:
        coil = "mean_radius = mean_diameter / 2"
    elif "inner_diameter" in values:
        coil = "mean_radius = (inner_diameter + wire_diameter) / 2"
    else:
        coil = "mean_radius = (outer_diameter - wire_diameter) / 2"
    return coil + """
outer_diameter = 2 * mean_radius + wire_diameter
end_turns = 1 if closed_ends else 0
total_turns = active_coils + 2 * end_turns
end_pitch = 1.05 * wire_diameter  # closed coils, 5 % open so the wire never touches itself
# ground ends: the centreline runs end to end and the wire is cut flat; otherwise it stops half a wire short
bottom, top = (0.0, free_length) if ground_ends else (wire_diameter / 2, free_length - wire_diameter / 2)
active_pitch = (top - bottom - 2 * end_turns * end_pitch) / active_coils


def centreline_height(turn):
    if turn <= end_turns:
        return bottom + end_pitch * turn
    if turn >= total_turns - end_turns:
        return top - end_pitch * (total_turns - turn)
    return bottom + end_pitch * end_turns + active_pitch * (turn - end_turns)


points_per_turn = 12
centreline = Spline(*[
    (mean_radius * math.cos(2 * math.pi * k / points_per_turn),
     mean_radius * math.sin(2 * math.pi * k / points_per_turn),
     centreline_height(k / points_per_turn))
    for k in range(round(total_turns * points_per_turn) + 1)])
# the wire as a 16-sided section of the round wire's area: a round swept section takes the
# STL mesher tens of seconds, this one a few, and mass and stiffness stay those of the wire
sides = 16
section_radius = wire_diameter / 2 * math.sqrt(2 * math.pi / (sides * math.sin(2 * math.pi / sides)))
wire_section = Plane(origin=centreline @ 0, z_dir=centreline % 0) * RegularPolygon(section_radius, sides)
result = sweep(wire_section, centreline, is_frenet=True)
if ground_ends:
    result = split(split(result, Plane.XY, keep=Keep.TOP), Plane.XY.offset(free_length), keep=Keep.BOTTOM)
result = Pos(0, 0, -result.bounding_box().min.Z) * result  # sit on Z = 0
"""


EXAMPLES = (
    # a short one: swept springs are the slowest parts to mesh (see tests/templates/test_families_covfam2.py)
    Example("compression spring, 1 mm wire, 8 OD, 12 long, 3 active coils, plain ends", (8, 8, 12), holes=0),
)

FAMILY = Family("compression_spring", "helical compression spring: wire, diameter, free length, coils, ends",
                ("3d_solid",), spring_params, spring_body, uses_math=True, vocabulary=VOCABULARY, match=match,
                examples=EXAMPLES)

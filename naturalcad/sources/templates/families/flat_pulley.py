"""Flat-belt pulley: a plain rim of an outside diameter and face width, a bore, and an optional hub
on one side (or both), as "flat belt pulley Ø80 x 25 wide, 10 mm bore, hub Ø30 x 10 on one side".

Sizes not given follow common cast-iron flat pulleys: face width a third of the diameter, bore
about a sixth; the hub, when named without sizes, twice the bore across and 0.6 bore long. Every
assumption is stated; an assumed diameter or face keeps the reading off `high`.
"""

from __future__ import annotations

import math
import re

from ..parse import PartSpec
from ..script import P
from .base import Example, Family, Impossible, Match, Notes, dim, r4
from .blocks import ALIGN_MIN_Z
from .phrasing import noun_sizes, tokens
from .wording import length_named

VOCABULARY = ("pulley", "pulleys", "flat", "flat-belt", "crowned", "drum", "hub", "boss", "face", "side", "sides")

_FLAT = r"\bflat[- ]?(?:belt )?pulley|\bflat belt\b|\bcrowned pulley|\bplain pulley|\bdrum pulley|\bflat-belt\b"


def match(spec: PartSpec) -> Match | None:
    if spec.phrase(_FLAT):
        return Match(99, "it names a flat-belt pulley")   # above the V-belt pulley's "a pulley" (93, 96)
    return None


def designations(text: str) -> list[tuple[str, str]]:
    """"flat belt", "flat pulley": the word flat names the belt, not a flat on a shaft."""
    found = re.search(r"\bflat[- ]?(?:belt|pulley)\b|\bcrowned\b", text, re.I)
    return [(found.group(0), "a flat-belt pulley (a plain rim)")] if found else []


def _hub(spec: PartSpec, rim: set[float]) -> tuple[float | None, float | None, bool]:
    """(hub diameter, hub length, named): "hub Ø30 x 10", "a Ø25 hub 8 long", "hub 30 dia 10 long"."""
    found = noun_sizes(spec, {"hub", "boss"}, skip={"mm", "dia", "diameter"})
    if found is None:
        return None, None, False
    sizes = [v for v in ([found.before] if found.before is not None else []) + list(found.after) if v not in rim]
    d = found.role("diameter") or _marked_before(spec)
    length = found.role("length") or found.role("thickness")
    rest = [v for v in sizes if v not in (d, length)]
    if d is None and rest:
        d = max(rest)
        rest.remove(d)
    if length is None and rest:
        length = rest[0]
    return d, length, True


def _marked_before(spec: PartSpec) -> float | None:
    """"a Ø25 hub": the Ø marks the hub's own diameter (noun_sizes leaves a number after a role word alone)."""
    toks = tokens(spec)
    for i, t in enumerate(toks):
        if t.kind == "word" and t.text in ("hub", "boss") and i >= 2 and toks[i - 1].kind == "num" \
                and toks[i - 2].text in ("dia", "ø", "diameter"):
            return toks[i - 1].value
    return None


def flat_pulley_params(spec: PartSpec, notes: Notes, output_type: str) -> list[P]:
    group = next(iter(spec.groups), None)
    hub_sizes = _hub(spec, set())
    od = dim(spec, "outer_diameter", "diameter")
    if od is not None and od == hub_sizes[0]:
        od = None   # "60 x 20 with a Ø25 hub": the Ø25 is the hub's
    face = dim(spec, "face_width", "width") or length_named(spec, r"face(?: width)?|wide face")
    if group and hub_sizes[0] in group:
        group = None   # "hub 45 x 15": the hub's sizes, not the rim's
    if group and len(group) >= 2 and od is None:
        od, face = max(group[:2]), face or min(group[:2])   # "60 x 20": diameter x face
    elif group and len(group) >= 2 and face is None:
        face = min(group[:2])
    if face is None:
        face = dim(spec, "length", "thickness")
    hub_d, hub_len, hub_named = _hub(spec, {v for v in (od, face) if v is not None})
    if hub_named and hub_len is None and "length" in spec.dims and spec.dims["length"] != face:
        hub_len = spec.dims["length"]
    if od is None:
        od = 80.0
        notes.assume("outside diameter", od, main=True)
    if face is None:
        face = float(max(10, round(od / 3)))
        notes.assume("face width", face, main=True)
    bore = dim(spec, "bore", "inner_diameter", "hole_diameter")
    if bore is None:
        bore = float(max(6, round(od / 6)))
        notes.assume("bore", bore)
    if hub_named and hub_d is None:
        hub_d = r4(min(od * 0.8, bore * 2))
        notes.assume("hub diameter", hub_d)
    if hub_named and hub_len is None:
        hub_len = r4(max(5.0, round(bore * 0.6)))
        notes.assume("hub length (beyond the rim)", hub_len)
    if bore >= od - 2:
        raise Impossible(f"the {bore:g} mm bore leaves no rim in a {od:g} mm pulley")
    if hub_d is not None and hub_d <= bore:
        raise Impossible(f"the {hub_d:g} mm hub is not larger than the {bore:g} mm bore")
    both = spec.phrase(r"\bboth sides\b|\beach side\b|\bboth faces\b")
    if hub_named:
        notes.add(f"hub Ø{hub_d:g} x {hub_len:g} mm beyond the rim, on {'both sides' if both else 'one side'}")
    return [P("outside_diameter", r4(od), "mm, rim outside diameter"),
            P("face_width", r4(face), "mm, rim (belt face) width"),
            P("bore_diameter", r4(bore), "mm, shaft bore"),
            P("hub_diameter", r4(hub_d or 0.0), "mm, hub diameter (0 = no hub)"),
            P("hub_length", r4(hub_len or 0.0), "mm, hub length beyond the rim, each side it is on"),
            P("hub_sides", 2 if both else 1, "1 = hub on one side, 2 = both sides")]


def flat_pulley_body(values: dict[str, float | int | bool], output_type: str, spec: PartSpec | None = None) -> str:
    return f"""
has_hub = hub_diameter > 0 and hub_length > 0
below = hub_length if has_hub and hub_sides == 2 else 0.0
above = hub_length if has_hub else 0.0

result = Pos(0, 0, below) * Cylinder(outside_diameter / 2, face_width, {ALIGN_MIN_Z})
if has_hub:
    result += Pos(0, 0, below + face_width) * Cylinder(hub_diameter / 2, above, {ALIGN_MIN_Z})
    if hub_sides == 2:
        result += Cylinder(hub_diameter / 2, below, {ALIGN_MIN_Z})
result -= Cylinder(bore_diameter / 2, below + face_width + above, {ALIGN_MIN_Z})
"""


def _disc(od: float, bore: float, h: float) -> float:
    return math.pi / 4 * (od * od - bore * bore) * h


EXAMPLES = (
    Example("flat belt pulley Ø80 x 25 wide, 10 mm bore, hub Ø30 x 10 on one side", (35, 80, 80),
            _disc(80, 10, 25) + _disc(30, 10, 10), 1),
    Example("flat pulley 100 dia, 30 face width, 12 bore", (30, 100, 100), _disc(100, 12, 30), 1),
    Example("flat belt pulley 60 x 20 with a Ø25 hub 8 long on one side, 8 mm bore", (28, 60, 60),
            _disc(60, 8, 20) + _disc(25, 8, 8), 1),
    Example("crowned pulley 120 dia, 40 face, 20 bore, hub 45 x 15 on both sides", (70, 120, 120),
            _disc(120, 20, 40) + 2 * _disc(45, 20, 15), 1),
)

FAMILY = Family("flat_pulley", "flat-belt pulley: rim, bore, optional hub", ("3d_solid",), flat_pulley_params,
                flat_pulley_body, vocabulary=VOCABULARY, match=match, examples=EXAMPLES,
                designations=designations)

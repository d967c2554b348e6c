"""The operation a description names, applied to the profile profile.py reads: revolve, loft, sweep.

The words that tell the profile may come before the verb ("First sketch a half profile ... Then revolve
it"), with it ("Revolve ... : half cross-section ..."), or the verb may be implied ("Stufenbolzen als
Drehteil"). `take` joins the sentences up to the one that names the operation, asks the profile layer for
the outline the operation needs, and returns the operation with the role of every number it used; what
follows the operation in its sentence ("..., then drill Ø10 through the middle") is handed back to be read
as a step on the part. None when the profile is not read: the step reader's other rules get the prompt.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field

from . import ops, profile

_REVOLVE = re.compile(r"\b(?:revolv\w*|r[ée]volution|spin\b|drehteil|rotation\s+der\s+halbkontur|turned\s+part)\b", re.I)
_LOFT = re.compile(r"\bloft\w*\b", re.I)
_SWEEP = re.compile(r"\b(?:sweep\w*|swept)\b|\bpath\s*:", re.I)
# after the operation, a feature on the part it made: read as a step of its own
_AFTER = re.compile(r"(?:,|;)?\s*(?:and\s+)?(?:then|after that|afterwards|y\s+despu[ée]s)\b\s*,?\s*(?:finally\s+)?(?=\S)", re.I)
# "On top of it loft from that 36 square to ...": the sentences before build the part it stands on
_ON_TOP = re.compile(r"\bon\s+top\s+of\s+(?:it|that|this|the\s+\w+)\b|\bon\s+(?:it|its\s+top(?:\s+face)?|the\s+top\s+face)\b", re.I)
_FEATURE = re.compile(r"\b(?:drill\w*|holes?|bore\w*|agujero|trou|bohrung|chamfer\w*|fillet\w*|cut)\b", re.I)


@dataclass
class Taken:
    operation: ops.Operation
    summary: str
    roles: dict[float, str]
    last: int  # index of the last sentence the operation used
    rest: str = ""  # what follows the operation in its sentence: a step on the part
    start: int = 0  # the first sentence the operation used; those before build the part it stands on
    assumed: list[str] = field(default_factory=list)


def verb_of(text: str) -> str | None:
    for name, rx in (("revolve", _REVOLVE), ("loft", _LOFT), ("sweep", _SWEEP)):
        if rx.search(text):
            return name
    return None


def _angle(text: str) -> float:
    """The revolve angle said next to the verb ('revolve it 120 degrees', 'spin it 360'); a full turn otherwise."""
    verb = r"(?:" + _REVOLVE.pattern + r")[^.;]{0,40}?"
    m = re.search(verb + r"(\d+(?:\.\d+)?)\s*(?:degrees?|deg\b|°)", text, re.I) or re.search(
        verb + r"\b(90|180|270|360)\b", text, re.I) or re.search(r"\b(\d+(?:\.\d+)?)\s*(?:degrees?|deg\b|°)\s*(?:about|around|round)\b", text, re.I)
    angle = float(m.group(1)) if m else 360.0
    return angle if 0 < angle <= 360 else 360.0


def _revolve(text: str) -> tuple[ops.Operation, str, dict[float, str], list[str]] | None:
    outline = profile.walk(text) or profile.wall(text) or profile.stations(text) or profile.rectangle(text)
    if outline is None and (r := profile.semicircle(text)):
        # a semicircle about its straight edge: a ball, standing on Z = 0 so later steps find its centre at Z = r
        return ops.Sphere(2 * r, z0=0.0, placed=True), f"a semicircle R{r:g} revolved about its straight edge: a ball Ø{2 * r:g} mm", {r: "semicircle radius"}, []
    if outline is None:
        return None
    angle = _angle(text)
    roles = {**outline.roles, angle: "revolve angle"}
    assumed = []
    axis = re.search(r"\b(?:about|around|round)\s+(?:the\s+)?([XY])(?:\s*-?\s*axis)?\b", text, re.I)
    if axis:
        assumed.append(f"revolved about Z rather than {axis.group(1).upper()} (the part's shape is the same, lying on its side)")
    bore = "" if outline.touches_axis else ", off the axis (a through bore)"
    return (ops.Revolve(outline.points, angle), f"revolve a {outline.how} {len(outline.points)}-point half profile {angle:g}° about Z{bore}",
            roles, assumed)


def _loft(text: str) -> tuple[ops.Operation, str, dict[float, str], list[str]] | None:
    got = profile.stack(text)
    if got is None:
        return None
    sections = [ops.Section(s.kind, s.size, z) for s, z in got.sections]
    shift = re.search(r"(?:shifted|offset|moved|displaced)\s*(?:by\s*)?([\d.]+)\s*(?:mm)?\s*(?:in|along|towards)\s*(?:the\s*)?([+-]?)\s*([XY])\b", text, re.I)
    roles = dict(got.roles)
    if shift:
        d = float(shift.group(1)) * (-1 if shift.group(2) == "-" else 1)
        sections[-1].centre = (d, 0.0) if shift.group(3).upper() == "X" else (0.0, d)
        roles[float(shift.group(1))] = "section offset"
    names = " → ".join(f"{s.shape} {s.size[0]:g}" + (f" x {s.size[1]:g}" if s.shape == "rect" else "") for s in sections)
    return ops.Loft(sections), f"loft {names}, {sections[-1].z:g} mm tall", roles, []


def _sweep(text: str) -> tuple[ops.Operation, str, dict[float, str], list[str]] | None:
    section = profile.sweep_section(text)
    route = profile.path(text)
    if section is None or route is None:
        return None
    roles = {**section.roles, **route.roles}
    op = ops.Sweep(section.kind, section.size, route.kind, length=route.pitch, radius=route.radius, angle=route.turns * 360.0,
                   segments=route.segments, origin=route.origin, nodes=route.nodes)
    return op, f"sweep a {section.kind} along a {route.kind} path {route.length:.1f} mm long", roles, []


def take(texts: list[str]) -> Taken | None:
    """The operation the first sentences name, on the profile they tell; None when it is not read."""
    first = next((i for i, t in enumerate(texts) if verb_of(t)), None)
    if first is None or first > 4:
        return None
    verb = verb_of(texts[first])
    reader = {"revolve": _revolve, "loft": _loft, "sweep": _sweep}[verb or ""]
    for last in range(first, min(first + 3, len(texts))):
        if last > first and verb_of(texts[last]) not in (None, verb):
            break  # another operation: its profile is its own
        own, rest = texts[last], ""
        cut = [m for m in _AFTER.finditer(own) if _FEATURE.search(own[m.end():]) and m.start() > 0]
        if cut:
            own, rest = own[: cut[0].start()], own[cut[0].end():]
        start = first if first and verb == "loft" and _ON_TOP.search(texts[first]) else 0
        got = reader(". ".join([*texts[start:last], own]))  # the profile may be told before the verb or just after it
        if got is not None:
            op, summary, roles, assumed = got
            return Taken(op, summary, roles, last, rest=rest.strip(), assumed=assumed, start=start)
    return None


_QUALITY = re.compile(r"\b(?:solid|straight|ruled|no twist|concentric|centred|centered|open|plain|flat(?:\s+cut)?\s+ends?|ends?\b|"
                      r"same (?:plane|centre|center)|full (?:circle|turn))\b", re.I)


def restates(text: str, taken: Taken, found: list[float]) -> bool:
    """A sentence after the operation that only says it again: 'Straight loft, solid.', 'spin it 360', 'flat cut ends',
    'so overall width 15' (a size the part has). A sentence naming a feature is a step of its own."""
    if re.search(r"\b(?:drill\w*|holes?|bore\w*|chamfer\w*|fillet\w*|slot\w*|pocket\w*|add\w*|neck|boss\w*)\b", text, re.I):
        return False
    if not found:
        return bool(verb_of(text) or _QUALITY.search(text))
    return all(v in taken.roles or agrees(v, taken.operation) for v in found)


_FROM_CENTRE = re.compile(r"\b(?:start\w*|from|at)\b[^.;]{0,25}?\bcent(?:re|er)\s+of\s+the\s+(?:ball|sphere)\b|\b(?:ball|sphere)'s\s+cent(?:re|er)\b", re.I)


def from_ball_centre(text: str, history: list[ops.Operation], top: float) -> tuple[ops.Operation, str, dict[float, str]] | None:
    """A round body on the axis that starts at the centre of the ball made before: 'a Ø10 neck ... starts down at the
    centre of the ball and sticks out 25 above the top of the ball'; 'sweep a Ø6 circle along a straight 40 mm line
    starting from the ball's centre'. Its length is from the centre to where the words end it."""
    ball = next((op for op in reversed(history) if isinstance(op, ops.Sphere) and op.placed), None)
    if ball is None or not _FROM_CENTRE.search(text):
        return None
    section = profile.sweep_section(text) or (profile.Section("circle", (d, 0.0), {}) if (d := profile.diameter(text)) else None)
    centre = ball.z0 + ball.diameter / 2
    out = re.search(r"\b(?:sticks?|sticking|standing|stands?|projects?|projecting|rises?|rising)\s+(?:out|up)?\s*(?:by\s*)?([\d.]+)\s*(?:mm\s*)?above\s+the\s+top\b", text, re.I)
    run = re.search(r"\bstraight\s+([\d.]+)\s*(?:mm\s*)?(?:line|path|run)\b|\b([\d.]+)\s*(?:mm\s*)?long\b", text, re.I)
    if section is None or section.kind != "circle" or (out is None) == (run is None):
        return None
    d = section.size[0]
    if out:
        length, said = top - centre + float(out.group(1)), float(out.group(1))
        roles = {d: "diameter", said: "height above the top"}
    else:
        assert run is not None
        length = said = float(run.group(1) or run.group(2))
        roles = {d: "diameter", said: "length from the centre"}
    body = ops.Cylinder(d, length, z0=centre, what="rod")
    return ops.Boss(body, "rod"), f"Ø{d:g} rod on the axis from the ball's centre, {length:g} mm up", roles


def ball_cross_hole(text: str, history: list[ops.Operation]) -> tuple[ops.Operation, str, dict[float, str]] | None:
    """'a 3 mm cross hole through the middle of the ball, perpendicular to the rod': a hole along X through its centre."""
    ball = next((op for op in reversed(history) if isinstance(op, ops.Sphere) and op.placed), None)
    if ball is None or not re.search(r"\bholes?\b", text, re.I) or not re.search(
            r"\bthrough\s+the\s+(?:middle|centre|center)\s+of\s+the\s+(?:ball|sphere)\b", text, re.I):
        return None
    if not re.search(r"\b(?:cross|radial|sideways|horizontal\w*|perpendicular)\b", text, re.I):
        return None
    d = profile.diameter(text) or profile.hole_size(text)
    if d is None:
        return None
    centre = ball.z0 + ball.diameter / 2
    return (ops.Holes(d, [(0.0, centre)], None, face="side", axis="X", side_z=centre, what="cross hole"),
            f"Ø{d:g} cross hole along X through the ball's centre", {d: "hole_diameter"})


def agrees(value: float, op: ops.Operation) -> bool:
    """A number that is an overall size of the part just made ('so overall width 15', '(16 mm total width)')."""
    if isinstance(op, ops.Revolve):
        zs = [p[1] for p in op.points]
        rs = [p[0] for p in op.points]
        sizes = {max(zs) - min(zs), 2 * max(rs), 2 * min(rs)}
    elif isinstance(op, ops.Loft):
        sizes = {op.sections[-1].z}
    else:
        sizes = set()
    return any(math.isclose(value, s, rel_tol=1e-6, abs_tol=1e-9) for s in sizes)

"""A second round body on the axis of a round part: a head on a shank, a hub on a disc, a body on a flange.

People describe turned parts as bodies stacked on one axis, each by its diameter and length, and say
where the new one goes against the one they named first: "Ø12 head, 4 thick, on a Ø6 shank that is
20 long below the head", "a Ø16 collar 5 mm thick sitting on top of a Ø8 shank 30 mm long", "with a
Ø22 body 20 long above it", "Then a Ø30 x 20 hub on top of it". "on a <body>" / "on top of a <body>"
puts the new body under the first (the first sits on it); "above it", "on top of it", "on one face"
put it over. The bodies share the axis; a bore read with the first body runs on through the second.
"""

from __future__ import annotations

import re

from . import ops
from .text import NUM

# the round bodies of a turned part, as people name them
_ROUND_BODY = r"(?:shank|shaft|body|hub|spigot|boss|collar|head|flange|neck|stem|pin|cylinder|disc|disk|peg|stub|journal)"
_BELOW = re.compile(r"\b(?:below|under(?:neath)?|beneath)\b|\b(?:on|onto|sitting on|sits on|sat on|resting on)\s+(?:top of\s+)?(?:an?|the)\s+"
                    r"(?:[\w.-]+\s+){0,4}?" + _ROUND_BODY + r"\b", re.I)
_ABOVE = re.compile(r"\b(?:above\b|over\b|on top of (?:it|that|this|the \w+)|on top\b(?!\s+of\s+an?\b)|on (?:one|its|the) (?:end |top )?face|on it\b|"
                    r"sticking (?:up|out)|coming out of|rising|rises|stands? up|standing up|out of (?:one|its|the) face)", re.I)


def _value(pattern: str, text: str) -> float | None:
    m = re.search(pattern, text, re.I)
    return float(m.group(1)) if m else None


def _length(text: str) -> float | None:
    """'20 long', '4 thick', 'that is 20 mm long', 'Ø30 x 20': the body's length along the axis."""
    by = re.search(NUM + r"\s*mm\s*diameter\s*x\s*" + NUM, text, re.I) or re.search(r"\bdiameter\s*" + NUM + r"\s*(?:mm\s*)?x\s*" + NUM, text, re.I)
    if by:
        return float(by.group(2))
    return _value(NUM + r"\s*(?:mm\s*)?(?:long|tall|high|thick|in length)\b", text) or \
        _value(r"\b(?:sticking|sticks|standing|stands|rising|rises|projecting|projects|protruding|protrudes)\s+(?:up|out)?\s*(?:by\s*)?" + NUM, text) or \
        _value(r"\b(?:length|height|thickness)\s*(?:of\s*|is\s*|=\s*)?" + NUM, text)


def _diameter(text: str) -> float | None:
    return _value(NUM + r"\s*mm\s*(?:in\s*)?diameter", text) or _value(r"\bdiameter\s*(?:of\s*)?" + NUM, text)


def coaxial_body(text: str, kind: str, axis: str, diameter: float, bore: float, z0: float, top: float,
                 centre: ops.Point, through_bore: float = 0.0) -> tuple[list[ops.Operation], str, dict[float, str]] | None:
    """The operations for a second round body named in `text` on a round part's axis, or None."""
    if kind not in ("cylinder", "stack") or axis != "Z" or centre != (0.0, 0.0):
        return None
    if re.search(r"\b(?:extrud\w*|sketch\w*|draw\w*|pad|padded|revolv\w*|loft\w*|sweep|swept)\b", text, re.I):
        return None  # a sketch extruded on a face is the face-extrude rule's (its depth, not a total, is the length)
    if re.search(r"\b(?:overall|total)\s+(?:height|length)\b", text, re.I):
        return None  # 'for an overall height of 30 mm': a check of the stack, which the caption grammar binds
    # "(bore goes through it too)": the bore said to run on through the new body, not a hole of the body's size
    on_through = re.search(r"\((?=[^)]*\b(?:bore|hole)\b)[^)]*\bthrough\b[^)]*\)", text, re.I)
    if on_through:
        text = text[: on_through.start()] + text[on_through.end():]
    noun = re.search(r"\b" + _ROUND_BODY + r"\b", text, re.I)
    if noun is None or re.search(r"\b(?:holes?|bores?d?|drill\w*|cut|slot|groove|pocket|counterbor\w*|chamfer\w*|fillet\w*)\b", text, re.I):
        return None
    d = _diameter(text)
    length = _length(text)
    if not d or not length or abs(d - diameter) < 1e-9 or d <= bore:
        return None
    below = _BELOW.search(text)
    above = _ABOVE.search(text)
    if bool(below) == bool(above):
        return None  # where it goes the words do not say (or say both): not guessed
    name = noun.group(0).lower()
    z = z0 - length if below else top
    made: list[ops.Operation] = [ops.Boss(ops.Cylinder(d, length, z0=z, what=name), name)]
    roles = {d: f"{name}_diameter", length: f"{name}_length"}
    bore = bore or (through_bore if on_through else 0.0)
    if bore:  # "a 12 mm bore all the way through", read with the first body: it runs on through this one
        made.append(ops.Holes(bore, [(0.0, 0.0)], what="bore"))
    return made, f"{name} Ø{d:g} × {length:g} mm on the same axis, {'below' if below else 'above'} the part", roles

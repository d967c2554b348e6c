"""A round body joined to the part so far, placed by the words that say which face it stands on.

People add a second body by naming it (a ring, a tube, a collar, a section, a spigot, a boss), sizing it
(Ø / OD and ID / "60 mm across"; "8 tall", "6 thick", "standing 50 mm up", "to 35 mm total height") and
saying where it goes against the part: on top ("on top of it", "standing 50 mm up from the top of the plate",
"rises from the top"), under it ("on the underside", "under the disc", "hangs below"), on one end of a frustum
("on the small end"), around the middle ("a disc around it, right in the middle of the hub lengthwise", "a
collar around it at mid-length"), or on after the last section of a turned part ("next to it", "after that",
"then a Ø12 end 20 long": the shaft goes on along its axis). The body is on the part's axis; a body whose
place in plan is said some other way (offset, at a corner, from an edge) is not this module's, so the reader's
other rules (placement.py, read_added) take it or list it. Shaft sections told in one sentence ("Ø20 for the
first 40 mm, then steps down to Ø12 for another 25 mm") are read by `sections`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from . import ops
from .text import NUM, first


@dataclass(frozen=True)
class Host:
    """What the new body is placed against: the part so far, in the reader's frame (bottom at z0, on the Z axis)."""

    kind: str
    z0: float
    top: float
    diameter: float
    cone: tuple[float, float] | None = None  # (bottom, top) diameters of a frustum


@dataclass
class Joined:
    operations: list[ops.Operation]
    summary: str
    roles: dict[float, str]


_NOUN = re.compile(r"\b(ring|tube|collar|section|portion|tip|spigot|boss|hub|disc|disk|cylinder|stem|lip|flange|pin|peg|stub|journal|end)\b", re.I)
_FEATURE = re.compile(r"\b(?:holes?|drill\w*|bor(?:e|ed|ing)\s+(?:a|an|the|through|out)|cut\w*|slots?|pockets?|grooves?|chamfer\w*|fillet\w*|"
                      r"thread\w*|keyway|extrud\w*|sketch\w*|revolv\w*|loft\w*|sweep|swept|pattern\w*|mirror\w*)\b", re.I)
# plan places this module does not read: the body is not on the axis
_OFF_AXIS = re.compile(r"\b(?:offset|corners?|edges?|from the (?:left|right|front|back|side)|at\s+[XY]\s*=|either side|apart|pitch|"
                       r"each end|both ends|two|three|four|pair)\b|"
                       # a body lying down, its axis said: not on the part's vertical axis
                       r"\balong\s+(?:the\s+)?[XY]\b|\baxis\s+(?:along|parallel|in)\b|\bhorizontal\w*|\blying\b|\b[XY][- ](?:axis|direction)\b", re.I)
_DIAMETERS = re.compile(r"\bdiameter\s+\d|\d\s*mm\s*(?:in\s+)?diameter\b", re.I)
_BELOW = re.compile(r"\b(?:on|from|to)\s+(?:the|its)\s+(?:under\s?side|bottom(?:\s+face)?)\b|\bunder(?:neath)?\s+(?:the|it)\b|"
                    r"\bbeneath\s+(?:the|it)\b|\bhang\w*\s+(?:down\s+)?below\b|\bbelow\s+(?:it|the)\b", re.I)
_ABOVE = re.compile(r"\bon top\b|\bon\s+(?:the|its)\s+top(?:\s+face)?\b|\b(?:up\s+)?from\s+the\s+top\b|\bon\s+one\s+(?:end\s+)?face\b|"
                    r"\babove\s+(?:it|the)\b", re.I)
_AROUND = re.compile(r"\b(?:a?round|encircling|surrounding)\s+(?:it|the\s+\w+)\b", re.I)
_MIDDLE = re.compile(r"\bmid-?length\b|\bhalfway along\b|\bin the middle of the \w+(?:'s)?\s*(?:length\s?wise|lengthways|length)\b|"
                     r"\bcent(?:red|ered) (?:on|along) the \w+(?:'s)? length\b", re.I)
_SMALL_END = re.compile(r"\bon\s+(?:the|its)\s+(small|smaller|narrow|narrower|top|large|larger|big|bigger|wide|wider|bottom)\s+end\b", re.I)
# "next to it", "after that", "then ...", "finally ...": the turned part goes on along its axis
_ON_AFTER = re.compile(r"^\s*(?:then|next|after that|finally|and then)\b|\bnext to (?:it|that|this)\b|\bafter (?:it|that|this)\b", re.I)
_SECTION = re.compile(r"\b(?:section|portion|tip|end|journal|step)\b", re.I)


def _fmt(v: float) -> str:
    return f"{round(v, 3):g}"


def diameters(text: str) -> tuple[float | None, float]:
    """(outside diameter, bore): 'OD 72 and ID 66', '30 OD and 20 ID', 'diameter 20 mm', '60 mm across'."""
    od = first(r"\bOD\s*(?:of\s*)?" + NUM, text) or first(NUM + r"\s*(?:mm\s*)?(?:OD|outside diameter|outer diameter)\b", text) or \
        first(r"\b(?:outside|outer) diameter\s*(?:of\s*)?" + NUM, text)
    bore = first(r"\bID\s*(?:of\s*)?" + NUM, text) or first(NUM + r"\s*(?:mm\s*)?(?:ID|inside diameter|inner diameter)\b", text) or 0.0
    d = od or first(r"\bdiameter\s*(?:of\s*)?" + NUM, text) or first(NUM + r"\s*mm\s*(?:in\s+)?(?:diameter|across)\b", text)
    return d, float(bore)


def _length(text: str) -> float | None:
    return first(NUM + r"\s*(?:mm\s*)?(?:long|tall|high|thick|in length|in height)\b", text) or first(
        r"\b(?:standing|stands|rising|rises|sticking|sticks|projecting|projects)\s+(?:up\s+|out\s+)?(?:by\s+)?" + NUM + r"\s*(?:mm\s*)?(?:up|proud|out)?\b",
        text) or first(NUM + r"\s*mm\s*proud\b", text)


def _total(text: str) -> float | None:
    return first(r"\bto\s+(?:an?\s+)?(?:overall\s+|total\s+)?(?:height\s+of\s+)?" + NUM + r"\s*(?:mm\s*)?(?:total|overall)?\s*height\b", text) or first(
        r"\bto\s+" + NUM + r"\s*mm\s*(?:total|overall)\b", text)


def joined(text: str, host: Host) -> Joined | None:
    """The round body `text` adds to the part on its axis, or None when the words do not say where it goes."""
    if host.kind not in ("cylinder", "stack", "box", "cone", "prism") or _FEATURE.search(text) or _OFF_AXIS.search(text):
        return None
    if re.search(r"\bhex\w*|\bacross\s+(?:the\s+)?flats\b|\bA/F\b|\bsquare\b|\brectang\w*|\bsphere|\bdome|\bball\b", text, re.I):
        return None  # not a round body: a hexagon, a square block, a dome
    if len(_DIAMETERS.findall(text)) > 1:
        return None  # "a second step Ø20 x 30 and after that a third Ø12 x 20": several bodies, the shaft-step rule's
    nouns = list(_NOUN.finditer(text))
    # "Under the disc add a ring ...": the part is named with "the", the new body with "a"
    noun = next((m for m in nouns if not re.search(r"\bthe\s+$", text[: m.start()], re.I)), nouns[0] if nouns else None)
    d, bore = diameters(text)
    if noun is None or not d or (bore and bore >= d):
        return None
    length, total = _length(text), _total(text)
    name = noun.group(1).lower()
    roles: dict[float, str] = {d: f"{name} diameter"}
    if bore:
        roles[bore] = f"{name} bore"
    end = _SMALL_END.search(text)
    below, above = _BELOW.search(text), _ABOVE.search(text)
    around = _AROUND.search(text) and _MIDDLE.search(text)
    place: str | None = None
    if around:
        place = "middle"
    elif end and host.cone:
        small = end.group(1).lower().startswith(("small", "narrow", "top"))
        place = "top" if (host.cone[1] <= host.cone[0]) == small else "bottom"
    elif bool(below) != bool(above):
        place = "bottom" if below else "top"
    elif not below and not above and _ON_AFTER.search(text) and host.kind in ("cylinder", "stack"):
        place = "top"  # "next to it a Ø16 section, 45 long": on along the shaft's axis
    if place is None:
        return None
    if place == "top" and total is not None and total > host.top and length is None:
        length = total - host.top
        roles[total] = "total height (the body's top)"
    if not length:
        return None
    roles.setdefault(length, f"{name} length")
    if place == "middle":
        if d <= host.diameter:
            return None  # "around it" with a body no wider than the part: not read
        z = (host.z0 + host.top) / 2 - length / 2
        out = round((host.top - host.z0 - length) / 2, 6)
        if out > 0:
            roles.setdefault(out, "the part standing out each side (agrees)")
        where = "around the middle of the part"
    elif place == "top":
        z, where = host.top, "on the top"
    else:
        z, where = host.z0 - length, "under the part"
    what = "section" if name in ("section", "portion", "tip", "end", "journal") and host.kind in ("cylinder", "stack") and place != "middle" else name
    body = ops.Cylinder(d, length, bore=bore, z0=z, what=what)
    made: list[ops.Operation] = [body] if what == "section" and not bore else [ops.Boss(body, name)]
    said = f"{name} Ø{_fmt(d)}" + (f" / Ø{_fmt(bore)}" if bore else "") + f" × {_fmt(length)} mm on the part's axis, {where}"
    return Joined(made, said, roles)


# "Ø20 for the first 40 mm, then steps down to Ø12 for another 25 mm", "Ø40 for 20 mm, then Ø25 for 50 mm"
_FOR = re.compile(r"\bdiameter\s+" + NUM + r"\s*mm\s+for\s+(?:the\s+first\s+|another\s+|a\s+further\s+|the\s+next\s+|the\s+last\s+)?" + NUM + r"\s*mm\b", re.I)


def sections(text: str) -> list[tuple[float, float]]:
    """Shaft sections said as 'diameter D for L' one after the other (the text after normalise: 'Ø20' is 'diameter 20 mm')."""
    found = [(float(m.group(1)), float(m.group(2))) for m in _FOR.finditer(text)]
    return found if len(found) >= 2 else []


LYING = re.compile(r"\blying\s+(?:horizontal(?:ly)?|down|flat|on its side)\b|\b(?:laid|lies)\s+(?:horizontal(?:ly)?|flat|on its side)\b", re.I)
_FROM_BELOW = re.compile(r"\b(?:up\s+)?from\s+(?:below|underneath|beneath)\b", re.I)
_TO_AXIS = re.compile(r"\b(?:ends?|ending|stops?|stopping|finishes)\s+(?:at|on)\s+(?:the\s+)?(?:\w+(?:'s)?\s+)?(?:axis|centre ?line|center ?line)\b", re.I)


def to_axis(text: str, axis_z: float) -> Joined | None:
    """A round stem coming up from below into the middle of a bar lying along X and ending at the bar's axis
    (a T-handle): its top is at the axis height, its length runs down from there."""
    if not (_FROM_BELOW.search(text) and _TO_AXIS.search(text)) or _FEATURE.search(text):
        return None
    nouns = list(_NOUN.finditer(text))
    d = first(r"\bdiameter\s*(?:of\s*)?" + NUM, text) or first(NUM + r"\s*mm\s*(?:in\s+)?(?:diameter|across)\b", text)
    by = re.search(r"\bdiameter\s*" + NUM + r"\s*(?:mm\s*)?x\s*" + NUM, text, re.I)
    length = float(by.group(2)) if by else _length(text)
    if not (nouns and d and length):
        return None
    name = nouns[0].group(1).lower()
    body = ops.Cylinder(d, length, z0=axis_z - length, what=name)
    return Joined([ops.Boss(body, name)], f"{name} Ø{_fmt(d)} × {_fmt(length)} mm from below, its top at the bar's axis",
                  {d: f"{name} diameter", length: f"{name} length"})


_EACH_UPRIGHT = re.compile(r"\b(?:in|through|on)\s+(?:each|both|either)\s+(?:of\s+the\s+)?(?:legs?|walls?|uprights?)\b", re.I)
_UP_FROM = re.compile(NUM + r"\s*mm\s*(?:up\s+from|above)\s+the\s+(?:bottom|base|underside)\b", re.I)


def upright_holes(text: str, walls: list[ops.Box]) -> Joined | None:
    """'One Ø4 hole in each leg, centred across the width, 20 mm up from the bottom': a hole through the walls
    standing at the ends of a base (uprights.end_walls), along X at that height, in the middle of their width."""
    if len(walls) != 2 or not _EACH_UPRIGHT.search(text) or not re.search(r"\bholes?\b", text, re.I):
        return None
    if not re.search(r"\bcent(?:red|ered)\b|\bmiddle\b", text, re.I) or re.search(r"\b(?:two|three|four|pair)\b", text, re.I):
        return None  # one hole each, in the middle of the wall's width; anything else is not read here
    d = first(r"\bdiameter\s*(?:of\s*)?" + NUM, text) or first(NUM + r"\s*mm\s*(?:in\s+)?diameter\b", text)
    up = _UP_FROM.search(text)
    if not d or not up:
        return None
    z = float(up.group(1))
    if not all(w.z0 + d / 2 < z < w.z0 + w.height - d / 2 for w in walls):
        return None
    return Joined([ops.Holes(d, [(0.0, z)], axis="X", side_z=z, what="hole")],
                  f"1 × Ø{_fmt(d)} mm hole through each of the 2 walls, {_fmt(z)} mm up, centred across the width",
                  {d: "hole diameter", z: "hole height from the bottom"})


# "BOSS Ø30 x 15 HIGH ON BASE 70 x 70 x 8", "a Ø20 x 10 spigot on a 50 x 40 x 6 plate": the body named first stands on
# a block named after it
_ON_BASE = re.compile(r"\bdiameter\s+" + NUM + r"\s*(?:mm\s*)?x\s*" + NUM + r"\s*(?:mm\s*)?(?:high|tall|long)?\s*(?:\w+\s+)?"
                      r"(?:on|onto|atop|on top of)\s+(?:an?\s+|the\s+)?(?:square\s+|rectangular\s+)?(?:base|plate|block|pad)\s*(?:of\s+)?"
                      + NUM + r"\s*(?:mm\s*)?x\s*" + NUM + r"\s*(?:mm\s*)?x\s*" + NUM + r"\s*(?:mm)?", re.I)


def on_base(text: str) -> Joined | None:
    """A round body said first, standing centred on a block said after it: the block, then the body on its top."""
    m = _ON_BASE.search(text)
    noun = _NOUN.search(text[: m.start()] + " " + text[m.start(): m.end()]) if m else None
    if m is None or noun is None or _OFF_AXIS.search(text):
        return None
    d, h, a, b, t = (float(g) for g in m.groups())
    if d >= min(a, b) or not (h and t):
        return None
    name = noun.group(1).lower()
    base = ops.Box(max(a, b), min(a, b), t, what="base")
    body = ops.Boss(ops.Cylinder(d, h, z0=t, what=name), name)
    roles = {d: f"{name} diameter", h: f"{name} height", a: "base length", b: "base width", t: "base thickness"}
    made: list[ops.Operation] = [base, body]
    said = f"base {_fmt(a)} × {_fmt(b)} × {_fmt(t)} mm; {name} Ø{_fmt(d)} × {_fmt(h)} mm centred on its top"
    # "Ø12 THRU BOTH": a hole on the body's axis through it and the base
    thru = re.search(r"\bdiameter\s+" + NUM + r"\s*(?:mm\s*)?(?:hole\s*)?through\s+(?:both|all|the lot|everything)\b", text[m.end():], re.I)
    if thru and float(thru.group(1)) < d:
        made.append(ops.Holes(float(thru.group(1)), [(0.0, 0.0)], what="hole"))
        roles[float(thru.group(1))] = "hole diameter"
        said += f"; Ø{thru.group(1)} mm through both"
    return Joined(made, said, roles)

"""Read captions that describe the final shape ("The object is a ... with ...") into operations.

CADPrompt and the DeepCAD caption sets do not give steps: they name a shape class and its sizes,
often twice (a size and the overall size it adds up to). Each reader here knows one class of
shape (a torus, a frustum, a sphere with a flat base, a U-channel, a stepped cylinder or flanged
hub, a two-step block, a rounded plate with holes), binds every number in the caption to a role
(or to a check the shape meets), and declines otherwise, so a caption half read is never built
as if it were read whole.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from . import ops
from .text import NUM, count, numbers

WHY = "the description reads as a caption of the final shape"

_OPENING = re.compile(r"^\s*(?:the|this)\s+(?:object|part|model|shape|design|component|item)\s+is\b|^\s*(?:an?|the)\s+[\w\s-]{0,40}?"
                      r"\b(?:object|part|shape|solid|body)\s+(?:with|that|consisting|made|featuring|having)\b|^\s*(?:this|it)\s+is\s+an?\b", re.I)
_MM = r"\s*(?:mm|millimet(?:er|re)s?)?"
_DIA = r"(?:" + NUM + _MM + r"\s*(?:in\s+)?(?:diameter|across)|(?:diameter|dia\.?)\s*(?:of\s*|is\s*|=\s*|:\s*)?" + NUM + r")"


class Declined(Exception):
    """A number or a part of the caption the reader cannot bind: the caption is not read whole."""


@dataclass
class Caption:
    operations: list[ops.Operation]
    summary: str
    roles: dict[float, str] = field(default_factory=dict)


# "Create a cylindrical object with a flat top and bottom.": a shape described by adjectives, no family named
_GENERIC = re.compile(r"^\s*(?:(?:please\s+)?(?:create|make|design|generate|build|construct|model)\s+)?(?:an?|the)\s+(?:[\w-]+\s+){0,3}?"
                      r"(?:object|part|shape|solid|body|component)\b(?!\s+(?:number|no\.))", re.I)


def reads_as_caption(prompt: str) -> bool:
    """'The object is a ...', 'A cylindrical object with ...', 'This is a ...': the final shape, described."""
    return bool(_OPENING.search(prompt) or _GENERIC.search(prompt))


def names_generic_object(prompt: str) -> bool:
    """The caption calls the part 'an object' ('Create a cylindrical object ...'): no part family is named,
    so a reader that bound every number knows the part better than a family guessed from an adjective."""
    return bool(_GENERIC.search(prompt))


def _g(m: re.Match[str] | None) -> float | None:
    if not m:
        return None
    return next((float(v) for v in m.groups() if v is not None), None)


def _find(pattern: str, text: str) -> float | None:
    return _g(re.search(pattern, text, re.I))


def _dia_after(word: str, text: str, reach: int = 90) -> float | None:
    """The first diameter within the clause after `word` ('the base is 40 mm in diameter')."""
    for m in re.finditer(word, text, re.I):  # "a flat circular base ... The base is 40 mm in diameter"
        clause = re.split(r"(?<!\d)\.(?!\d)|;", text[m.end(): m.end() + reach], maxsplit=1)[0]
        d = _g(re.search(_DIA, clause, re.I))
        if d is None:
            r = _find(r"radius\s*(?:of\s*|is\s*)?" + NUM + "|" + NUM + _MM + r"\s*radius", clause)
            d = 2 * r if r is not None else None
        if d is not None:
            return d
    return None


def _bind(text: str, roles: dict[float, str], checks: dict[float, str] | None = None) -> dict[float, str]:
    """Every number in the caption has a role, or is a check the shape meets; else the caption is declined."""
    out = dict(roles)
    for n in numbers(text):
        if any(abs(n.value - v) <= 1e-6 * max(1.0, v) for v in out):
            continue
        if checks and any(abs(n.value - v) <= 1e-6 * max(1.0, v) for v in checks):
            out[n.value] = next(r for v, r in checks.items() if abs(n.value - v) <= 1e-6 * max(1.0, v))
            continue
        if re.match(r"\s*(?:degrees?|°)", text[n.start + len(n.text):]) and n.value in (90.0, 180.0, 360.0):
            continue  # "the two faces are at 90 degrees": a right angle, not a size
        raise Declined(f"{n.text} is not bound")
    return out


def _fmt(v: float) -> str:
    return f"{round(v, 3):g}"


# -- shape classes ------------------------------------------------------------------------------------
def torus(text: str) -> Caption | None:
    if not re.search(r"\b(?:torus|doughnut|donut)\b|ring\b[^.]*\b(?:circular|round)\s+cross[- ]?section", text, re.I):
        return None
    major = _find(r"(?:distance|radius)\s+from\s+the\s+cent\w*\s+of\s+the\s+ring\s+to\s+the\s+cent\w*\s+of\s+the\s+(?:tube|section|cross[- ]?section)"
                  r"\s*(?:is\s*|of\s*)?" + NUM, text) or _find(r"major radius\s*(?:is\s*|of\s*)?" + NUM, text)
    mean = _find(r"(?:mean|centre ?line|center ?line|pitch|middle)\s+diameter\s*(?:is\s*|of\s*)?" + NUM, text) or _find(
        NUM + _MM + r"\s*(?:mean|centre ?line|center ?line)\s+diameter", text)
    if major is None and mean is not None:
        major = mean / 2
    tube = (_dia_after(r"\b(?:tube|cross[- ]?section|section)\b(?:\s+itself)?", text, 60)
            or _find(r"(?:tube|cross[- ]?section|section) diameter\s*(?:is\s*|of\s*)?" + NUM, text))
    minor = _find(r"minor radius\s*(?:is\s*|of\s*)?" + NUM, text)
    if tube is None and minor is not None:
        tube = 2 * minor
    od = _find(r"(?:outside|outer|overall|external)\s+diameter\s*(?:of\s+the\s+(?:ring|torus|part|object)\s*)?(?:is\s*|of\s*)?" + NUM, text) or _find(
        NUM + _MM + r"\s*(?:outside|outer|overall)\s+diameter", text)
    hole = _find(r"(?:inside|inner|internal|hole)\s+diameter\s*(?:is\s*|of\s*)?" + NUM, text) or _find(
        r"hole\s*(?:of\s*)?" + NUM + _MM + r"\s*(?:across|in diameter|wide)", text) or _find(r"\bhole\s+(?:is\s+)?" + NUM, text)
    if major is None and tube is not None and od is not None:
        major = (od - tube) / 2
    if major is None and tube is not None and hole is not None:
        major = (hole + tube) / 2
    if tube is None and major is not None and od is not None:
        tube = od - 2 * major
    if tube is None and od is not None and hole is not None:
        tube, major = (od - hole) / 2, (od + hole) / 4
    if major is None or tube is None or tube <= 0 or major <= tube / 2:
        return None
    checks = {2 * major + tube: "outside diameter (agrees)", 2 * major - tube: "hole diameter (agrees)", 2 * major: "mean diameter",
              tube / 2: "tube radius", major: "ring radius"}
    if (od is not None and abs(od - (2 * major + tube)) > 1e-6) or (hole is not None and abs(hole - (2 * major - tube)) > 1e-6):
        raise Declined("the torus sizes disagree")
    roles = _bind(text, {major: "ring radius", tube: "tube diameter"}, checks)
    return Caption([ops.Sweep("circle", (tube, 0.0), "arc", radius=major, angle=360.0)],
                   f"torus: tube Ø{_fmt(tube)} mm on a {_fmt(2 * major)} mm mean diameter", roles)


def frustum(text: str) -> Caption | None:
    if not re.search(r"\b(?:frustum|truncated cone|conical frustum|tapered cylinder)\b", text, re.I):
        return None
    bottom = _dia_after(r"\b(?:base|bottom|lower|larger)\b(?:\s+(?:face|end|circle))?", text)
    top = _dia_after(r"\b(?:top|upper|smaller)\b(?:\s+(?:face|end|circle))?", text)
    h = _find(NUM + _MM + r"\s*apart\b", text) or _find(r"\bheight\s*(?:is\s*|of\s*)?" + NUM, text) or _find(
        NUM + _MM + r"\s*(?:high|tall|in height|long)\b", text)
    if not (bottom and top and h):
        return None
    roles = _bind(text, {bottom: "base diameter", top: "top diameter", h: "height"})
    b, t = max(bottom, top), min(bottom, top)
    return Caption([ops.Cone(b, t, h)], f"frustum Ø{_fmt(b)} to Ø{_fmt(t)} mm, {_fmt(h)} mm tall", roles)


def flat_sphere(text: str) -> Caption | None:
    if not re.search(r"\b(?:sphere|ball|hemisphere|dome|spherical)\b", text, re.I):
        return None
    hemi = re.search(r"\b(?:hemisphere|hemispherical|half[- ]sphere|dome)\b", text, re.I)
    if not hemi and not re.search(r"\bflat\s+(?:bottom|base)|\bcut\b|\bsliced?\b|\btruncated\b", text, re.I):
        return None
    d = _dia_after(r"\b(?:sphere|ball|hemisphere|dome)\b", text, 60)
    if d is None:
        return None
    below = _find(NUM + _MM + r"\s*below\s+(?:its|the)\s+cent", text)
    tall = _find(r"\b(?:is|stands)\s+" + NUM + _MM + r"\s*(?:tall|high)\b", text) or _find(r"(?:total|overall)\s+height\s*(?:is\s*|of\s*)?" + NUM, text)
    if below is None and tall is not None:
        below = tall - d / 2
    if below is None and hemi:
        below = 0.0
    if below is None or not 0 <= below < d / 2:
        return None
    roles = _bind(text, {d: "sphere diameter", below: "flat below the centre"}, {d / 2 + below: "height (agrees)"})
    return Caption([ops.Sphere(d, flat_below=below)],
                   f"sphere Ø{_fmt(d)} mm with a flat base {_fmt(below)} mm below its centre, {_fmt(d / 2 + below)} mm tall", roles)


def channel(text: str) -> Caption | None:
    if not re.search(r"\bU[- ](?:shaped\s+)?(?:channel|section|profile)\b|\bchannel\b", text, re.I):
        return None
    length = _find(NUM + _MM + r"\s*(?:long|in length)\b", text) or _find(r"\blength\s*(?:is\s*|of\s*)?" + NUM, text)
    width = _find(NUM + _MM + r"\s*wide\b", text) or _find(r"\bwidth\s*(?:is\s*|of\s*)?" + NUM, text)
    height = _find(NUM + _MM + r"\s*(?:tall|high)\b", text) or _find(r"\bheight\s*(?:is\s*|of\s*)?" + NUM, text)
    t = _find(r"(?:walls?|floor|base|sides?)[^.;]{0,60}?(?:are|is)\s+(?:each\s+|all\s+)?" + NUM + _MM + r"\s*thick", text) or _find(
        r"(?:wall|material)\s+thickness\s*(?:is\s*|of\s*)?" + NUM, text) or _find(NUM + _MM + r"\s*thick\s+(?:walls?|material|plate|sheet)", text)
    if not (length and width and height and t) or 2 * t >= width or t >= height:
        return None
    checks = {width - 2 * t: "inside width (agrees)", height - t: "inside depth (agrees)"}
    roles = _bind(text, {length: "length", width: "outside width", height: "height", t: "wall thickness"}, checks)
    w, h = width / 2, height
    pts = [(-w, 0.0), (w, 0.0), (w, h), (w - t, h), (w - t, t), (-w + t, t), (-w + t, h), (-w, h)]
    return Caption([ops.Extrusion(pts, length, "XZ", "U-channel")],
                   f"U-channel {_fmt(width)} × {_fmt(height)} mm, {_fmt(t)} mm walls, {_fmt(length)} mm long", roles)


_MEMBER = r"\b(?:cylinders?|flange|hub|boss|disc|disk|step|collar|shoulder|head|base|section|spigot)\b"


def _height_in(clause: str) -> float | None:
    return _find(r"(?:rising|rises|extending|extends|projecting|projects|protruding|protrudes|standing|stands)\s+" + NUM + _MM, clause) or _find(
        NUM + _MM + r"\s*(?:thick|tall|high|long|in height|in thickness)\b", clause) or _find(
        r"\b(?:height|thickness|length)\s*(?:is\s*|of\s*)?" + NUM, clause)


def stepped_cylinder(text: str) -> Caption | None:
    """Two coaxial cylinders, the smaller on the larger (a stepped cylinder, a flanged hub or bushing), with an
    optional bore through both and bolt holes on a pitch circle in the larger."""
    if re.search(r"\b(?:box|block|plate|rectangular|square|prism)\b", text, re.I):
        return None
    hole_clauses = [m for m in re.finditer(r"[^.;]*\b(?:bore|holes?|hollow)\b[^.;]*", text, re.I)]
    body = text
    for m in hole_clauses:
        body = body.replace(m.group(0), " ")
    marks = [m for m in re.finditer(_MEMBER, body, re.I)]
    members: list[tuple[float, float]] = []
    overall = _find(r"(?:overall|total)\s+(?:height|length)\s*(?:is\s*|of\s*)?" + NUM, body)
    scrubbed = re.sub(r"(?:overall|total)\s+(?:height|length)\s*(?:is\s*|of\s*)?" + NUM, " ", body, flags=re.I)
    marks = [m for m in re.finditer(_MEMBER, scrubbed, re.I)]
    for i, m in enumerate(marks):
        seg = scrubbed[m.start(): marks[i + 1].start() if i + 1 < len(marks) else len(scrubbed)]
        d = _g(re.search(_DIA, seg, re.I))
        h = _height_in(seg)
        if d is not None and h is not None and (d, h) not in members:
            members.append((d, h))
        elif d is not None and h is None:
            # "a circular flange 100 mm in diameter" with its thickness after the next member word
            rest = scrubbed[m.end(): m.end() + 80]
            h2 = _height_in(re.split(r"(?<!\d)\.(?!\d)|;", rest, maxsplit=1)[0])
            if h2 is not None and (d, h2) not in members:
                members.append((d, h2))
    if len(members) != 2:
        return None
    (d1, h1), (d2, h2) = members
    if d2 > d1:
        (d1, h1), (d2, h2) = (d2, h2), (d1, h1)
    if overall is not None and abs(overall - (h1 + h2)) > 1e-6:
        if abs(overall - h2) <= 1e-6 or abs(overall - h1) <= 1e-6:
            return None
        raise Declined("the overall height does not add up")
    roles = {d1: "base diameter", h1: "base height", d2: "upper diameter", h2: "upper height"}
    made: list[ops.Operation] = [ops.Cylinder(d1, h1), ops.Boss(ops.Cylinder(d2, h2, z0=h1), "hub")]
    summary = f"Ø{_fmt(d1)} × {_fmt(h1)} mm with a coaxial Ø{_fmt(d2)} × {_fmt(h2)} mm on top"
    for m in hole_clauses:
        clause = m.group(0)
        n = count(clause, r"(?:bolt\s+|mounting\s+|through\s+)?holes") or 1
        dia = _g(re.search(_DIA, clause, re.I)) or _find(NUM + _MM + r"\s*(?:bolt\s+|mounting\s+|through\s+|central\s+)?(?:bore|holes?)\b", clause)
        pcd = _find(NUM + _MM + r"\s*(?:pitch|bolt)\s+circle", clause) or _find(r"(?:pitch|bolt)\s+circle\s*(?:diameter\s*)?(?:of\s*)?" + NUM, clause)
        if dia is None:
            return None
        if pcd is not None and n > 1:
            if pcd / 2 + dia / 2 > d1 / 2 or pcd / 2 - dia / 2 < d2 / 2:
                raise Declined("the bolt holes do not fit the flange")
            pos = [(round(pcd / 2 * math.cos(2 * math.pi * k / n), 6), round(pcd / 2 * math.sin(2 * math.pi * k / n), 6)) for k in range(n)]
            made.append(ops.Holes(dia, pos, what="bolt_hole"))
            roles.update({dia: "bolt hole diameter", pcd: "pitch circle diameter"})
            summary += f", {n} × Ø{_fmt(dia)} mm holes on a {_fmt(pcd)} mm pitch circle"
        elif n == 1 and dia < d2:
            made.append(ops.Holes(dia, [(0.0, 0.0)], what="bore"))
            roles[dia] = "bore diameter"
            summary += f", a Ø{_fmt(dia)} mm bore through"
        else:
            return None
    roles = _bind(text, roles, {h1 + h2: "overall height (agrees)"})
    return Caption(made, summary, roles)


def _lwh(seg: str) -> tuple[float, float, float] | None:
    length = _find(NUM + _MM + r"\s*(?:long|in length)\b", seg) or _find(r"\blength\s*(?:is\s*|of\s*)?" + NUM, seg)
    width = _find(NUM + _MM + r"\s*(?:wide|in width)\b", seg) or _find(r"\bwidth\s*(?:is\s*|of\s*)?" + NUM, seg)
    height = _find(NUM + _MM + r"\s*(?:high|tall|thick|in height)\b", seg) or _find(r"\bheight\s*(?:is\s*|of\s*)?" + NUM, seg)
    return (length, width, height) if length and width and height else None


def stepped_block(text: str) -> Caption | None:
    """A block with a smaller block on top ('a two-step block', 'a base with a raised section')."""
    if not re.search(r"\b(?:two[- ](?:step|level|tier)|stepped|raised\s+(?:step|section|block|portion|part)|upper\s+step)\b", text, re.I):
        return None
    if re.search(r"\b(?:cylind\w*|diameter|round|circular)\b", text, re.I):
        return None
    clean = re.sub(r"(?:total|overall)\s+height\s*(?:is\s*|of\s*)?" + NUM, " ", text, flags=re.I)
    marks = [m for m in re.finditer(r"\b(?:lower|bottom|base|upper|top|raised|second|smaller)\b(?:\s+(?:step|section|block|portion|part|tier|level))?",
                                    clean, re.I)]
    boxes: list[tuple[float, float, float]] = []
    for i, m in enumerate(marks):
        seg = clean[m.start(): marks[i + 1].start() if i + 1 < len(marks) else len(clean)]
        got = _lwh(seg)
        if got and got not in boxes:
            boxes.append(got)
    if len(boxes) != 2:
        return None
    (L, W, H), (sl, sw, sh) = boxes
    if sl > L or sw > W:
        return None
    flush = re.search(r"\bflush\s+with\s+(?:one|an?|the)\s+(?:of\s+the\s+)?(?:short\s+)?(?:ends?|sides?|edges?)\b", text, re.I)
    x = -(L - sl) / 2 if flush else 0.0
    roles = _bind(text, {L: "base length", W: "base width", H: "base height", sl: "step length", sw: "step width", sh: "step height"},
                  {H + sh: "total height (agrees)"})
    return Caption([ops.Box(L, W, H), ops.Boss(ops.Box(sl, sw, sh, z0=H, centre=(x, 0.0)), "step")],
                   f"block {_fmt(L)} × {_fmt(W)} × {_fmt(H)} mm with a {_fmt(sl)} × {_fmt(sw)} × {_fmt(sh)} mm step on top"
                   + (", flush with one end" if flush else ", centred"), roles)


def rounded_plate(text: str) -> Caption | None:
    """A plate with rounded corners and holes near its corners or at its centre."""
    if not re.search(r"\bplate\b", text, re.I) or not re.search(r"\brounded\b[^.]*\bcorners?\b|\bcorners?\b[^.]*\brounded\b|corner radius", text, re.I):
        return None
    dims = _lwh(text)
    r = _find(r"(?:corners?[^.;]{0,40}?|corner\s+)radi(?:us|i)\s*(?:of\s*|is\s*)?" + NUM, text) or _find(
        r"rounded[^.;]{0,30}?(?:with|to)\s+an?\s+" + NUM + _MM + r"\s*radius", text)
    if not dims or r is None:
        return None
    L, W, T = dims
    if W > L:
        L, W = W, L
    if 2 * r >= W:
        raise Declined("the corner radius does not fit the plate")
    roles: dict[float, str] = {L: "length", W: "width", T: "thickness", r: "corner radius"}
    made: list[ops.Operation] = [ops.Box(L, W, T, corner_radius=r, what="plate")]
    summary = f"plate {_fmt(L)} × {_fmt(W)} × {_fmt(T)} mm, corners R{_fmt(r)}"
    said = [c for c in re.split(r"(?<!\d)\.(?!\d)|;", text) if re.search(r"\b(?:holes?|centres?|centers?|edges?)\b", c, re.I)]
    if any(re.search(r"\bholes?\b", c, re.I) for c in said):
        clause = ". ".join(said)
        n = count(clause, r"(?:mounting\s+|through\s+|bolt\s+)?holes") or count(text, r"(?:mounting\s+|through\s+|bolt\s+)?holes") or 1
        d = _g(re.search(_DIA, clause, re.I))
        if d is None:
            return None
        roles[d] = "hole diameter"
        if n == 4 and re.search(r"\bcorners?\b", clause, re.I):
            e = _find(NUM + _MM + r"\s*from\s+(?:the\s+|each\s+|both\s+)?(?:adjacent\s+)?(?:long\s+and\s+short\s+|short\s+and\s+long\s+)?(?:edges?|sides?)", clause)
            if e is None:
                e = r  # "one in each corner": on the corner arcs' centres
            else:
                roles[e] = "hole distance from the edges"
            pos = [(sx * (L / 2 - e), sy * (W / 2 - e)) for sx in (-1, 1) for sy in (-1, 1)]
            made.append(ops.Holes(d, pos))
            summary += f", 4 × Ø{_fmt(d)} mm holes {_fmt(e)} mm from the edges"
        elif n == 1 and re.search(r"\bcent(?:re|er|ral|red)\b", clause, re.I):
            made.append(ops.Holes(d, [(0.0, 0.0)]))
            summary += f", a Ø{_fmt(d)} mm hole at the centre"
        else:
            return None
    roles = _bind(text, roles)
    return Caption(made, summary, roles)


READERS: list[Callable[[str], Caption | None]] = [torus, frustum, flat_sphere, channel, stepped_block, rounded_plate, stepped_cylinder]


def read_caption(text: str) -> Caption | None:
    """The caption's operations when one shape class reads all of it, else None."""
    for reader in READERS:
        try:
            got = reader(text)
        except Declined:
            return None
        if got is not None:
            return got
    return None

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

from . import caption_grammar as grammar
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
    assumed: list[str] = field(default_factory=list)


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


def elbow(text: str) -> Caption | None:
    """A pipe elbow / bend: a tube (outside and inside diameter, or a wall) swept through an angle about a centre-line radius."""
    if not re.search(r"\b(?:elbow|pipe\s+bend|tube\s+bend|bent\s+(?:tube|pipe))\b|\b(?:tube|pipe)\b[^.]*\bbent\b", text, re.I):
        return None
    od = _find(r"(?:outside|outer|external)\s+diameter\s*(?:of\s*|is\s*)?" + NUM, text) or _find(NUM + _MM + r"\s*(?:outside|outer|external)\s+diameter", text) or _find(
        r"\bOD\s*(?:of\s*)?" + NUM, text)
    bore = _find(r"(?:inside|inner|internal)\s+diameter\s*(?:of\s*|is\s*)?" + NUM, text) or _find(NUM + _MM + r"\s*(?:inside|inner|internal)\s+diameter", text) or _find(
        r"\bID\s*(?:of\s*)?" + NUM, text)
    wall = _find(r"wall\s*(?:thickness\s*)?(?:of\s*|is\s*)?" + NUM, text) or _find(NUM + _MM + r"\s*(?:thick\s+)?wall", text)
    if bore is None and od is not None and wall is not None:
        bore = od - 2 * wall
    radius = _find(r"(?:centre[- ]?line|center[- ]?line|bend|mean)\s+radius\s*(?:of\s*|is\s*)?" + NUM, text) or _find(
        NUM + _MM + r"\s*(?:centre[- ]?line|center[- ]?line|bend)\s+radius", text)
    angle = _find(NUM + r"\s*(?:-\s*)?(?:degrees?|°)", text)
    if angle is None and re.search(r"\bquarter[- ]turn\b|\bright[- ]angle\b", text, re.I):
        angle = 90.0
    if re.search(r"\bhalf[- ]turn\b|\bU[- ]bend\b", text, re.I) and angle is None:
        angle = 180.0
    if od is None or bore is None or radius is None or angle is None or not 0 < bore < od or radius <= od / 2 or not 0 < angle < 360:
        return None
    if re.search(r"\b(?:flanges?|straight\s+(?:run|length|section)s?|legs?|tangents?)\b", text, re.I):
        return None  # an elbow with more than the bend: not read by this class
    checks = {(od - bore) / 2: "wall thickness (agrees)", radius + od / 2: "overall size (agrees)"}
    roles = _bind(text, {od: "outside diameter", bore: "inside diameter", radius: "centre-line radius of the bend", angle: "bend angle"}, checks)
    return Caption([ops.Sweep("ring", (od, bore), "arc", radius=radius, angle=angle)],
                   f"pipe elbow: Ø{_fmt(od)} / Ø{_fmt(bore)} mm tube bent {_fmt(angle)}° about a {_fmt(radius)} mm centre-line radius", roles)


def _first(text: str, *patterns: str) -> float | None:
    return next((v for v in (_find(p, text) for p in patterns) if v is not None), None)


def bearing_block(text: str) -> Caption | None:
    """A bearing (pillow) block: a base plate, an upright from its middle with a semicircular top, a bore
    concentric with that top through the upright, mounting holes either side. Every number is bound."""
    if not re.search(r"\b(?:bearing|pillow)\s+(?:block|housing)\b", text, re.I):
        return None
    base = re.search(r"\bbase\b[^.]*?" + NUM + _MM + r"\s*long,?\s*" + NUM + _MM + r"\s*wide,?\s*(?:and\s*)?" + NUM + _MM + r"\s*thick", text, re.I)
    if not base:
        return None
    L, W, T = (float(g) for g in base.groups())
    up = re.search(r"\bupright\b[^.]*", text, re.I)
    if not up:
        return None
    u = up.group(0)
    w = _first(u, NUM + _MM + r"\s*wide")
    r = _first(u, r"semicircle\s+of\s+" + NUM + _MM + r"\s*radius",
               r"radius\s+(?:of\s+)?" + NUM, NUM + _MM + r"\s*radius")
    hc = _first(u, r"centred\s+" + NUM + _MM + r"\s*above\s+the\s+(?:underside|bottom)", r"centered\s+" + NUM + _MM + r"\s*above\s+the\s+(?:underside|bottom)")
    bore = _first(text, NUM + _MM + r"\s*(?:diameter\s+)?bore\b", r"\bbore\s+(?:of\s+)?" + NUM)
    holes = re.search(r"\b(two|2)\s+" + NUM + _MM + r"\s*(?:diameter\s+)?(?:mounting\s+|bolt\s+)?holes?\b[^.]*?" + NUM + _MM + r"\s*from\s+the\s+(?:short\s+)?ends?\b",
                      text, re.I)
    if None in (w, r, hc, bore) or not holes or not re.search(r"\b(?:middle|cent(?:re|er))\s+of\s+the\s+base\b|\bcentred\s+on\s+the\s+base\b", text, re.I):
        return None
    assert w is not None and r is not None and hc is not None and bore is not None
    hd, he = float(holes.group(2)), float(holes.group(3))
    if abs(2 * r - w) > 1e-6 or hc - T <= 0 or bore >= w or he + hd / 2 >= (L - w) / 2 or w >= L:
        return None  # a top narrower than the upright, a bore wider than it, holes under it: not this class
    roles = {L: "base length", W: "base width (the upright's depth)", T: "base thickness", w: "upright width", r: "radius of the rounded top",
             hc: "height of the bore axis above the underside", bore: "bore diameter", hd: "mounting hole diameter", he: "mounting holes from the ends"}
    roles = _bind(text, roles, {hc + r: "overall height (agrees)"})
    upright = ops.Loop(None, (-w / 2, T), [(None, (w / 2, T)), (None, (w / 2, hc)), ((0.0, hc + r), (-w / 2, hc)), (None, (-w / 2, T))])
    made: list[ops.Operation] = [
        ops.Box(L, W, T, what="base"),
        ops.SketchSolid([upright], euler=(0.0, 0.0, -90.0), towards=W / 2, opposite=W / 2, mode="join", number=2),
        ops.Holes(bore, [(0.0, hc)], axis="Y", what="bore"),
        ops.Holes(hd, [(-(L / 2 - he), 0.0), (L / 2 - he, 0.0)], what="mounting_hole"),
    ]
    return Caption(made, f"bearing block: base {_fmt(L)} × {_fmt(W)} × {_fmt(T)} mm, upright {_fmt(w)} mm wide with an R{_fmt(r)} top "
                         f"centred {_fmt(hc)} mm up, Ø{_fmt(bore)} mm bore, 2 × Ø{_fmt(hd)} mm holes {_fmt(he)} mm from the ends", roles)


def domed_pin(text: str) -> Caption | None:
    """A pin or rod with a shallow spherical dome on one end (a radius larger than the pin's), maybe a chamfer on the other:
    a turned profile revolved, the dome's arc in short chords. The length is to the dome's tip unless said otherwise."""
    if not re.search(r"\b(?:pin|dowel|rod|shaft|plunger|peg)\b", text, re.I) or not re.search(r"\bspherical\s+(?:dome|end|cap)\b|\bdomed?\s+end\b", text, re.I):
        return None
    d = _first(text, NUM + _MM + r"\s*(?:in\s+)?diameter", r"\bdiameter\s+(?:of\s+)?" + NUM)
    length = _first(text, NUM + _MM + r"\s*long\b", r"\blength\s+(?:of\s+)?" + NUM)
    R = _first(text, r"\b(?:dome|cap|end)\s+of\s+" + NUM + _MM + r"\s*radius", NUM + _MM + r"\s*radius\s+(?:spherical\s+)?(?:dome|cap|end)")
    chamfer = re.search(NUM + _MM + r"\s*x\s*45\s*(?:degrees?|°)?\s*chamfer", text, re.I)
    if d is None or length is None or R is None or d / 2 > R or re.search(r"\b(?:holes?|bores?|grooves?|flats?|threads?)\b", text, re.I):
        return None
    if not re.search(r"\b(?:to\s+the\s+tip|overall|including\s+the\s+dome|in\s+all)\b", text, re.I):
        return None  # where the length is measured from is not said
    r = d / 2
    h = R - math.sqrt(R * R - r * r)  # the dome's rise above the rim
    c = float(chamfer.group(1)) if chamfer else 0.0
    if c >= r or length - h <= c:
        return None
    pts: list[tuple[float, float]] = [(0.0, 0.0), (r - c, 0.0)] if c else [(0.0, 0.0)]
    pts += [(r, c), (r, length - h)] if c else [(r, 0.0), (r, length - h)]
    zc = length - R  # the sphere's centre on the axis
    a0 = math.asin(r / R)
    steps = 24
    for k in range(1, steps):
        a = a0 * (1 - k / steps)
        pts.append((round(R * math.sin(a), 6), round(zc + R * math.cos(a), 6)))
    pts.append((0.0, length))
    roles = {d: "pin diameter", length: "overall length (to the dome's tip)", R: "dome radius"}
    if chamfer:
        roles[c] = "chamfer size"
    roles = _bind(text, roles, {45.0: "chamfer angle"} if chamfer else None)
    return Caption([ops.Revolve(pts, 360.0)], f"pin Ø{_fmt(d)} × {_fmt(length)} mm overall with an R{_fmt(R)} spherical dome"
                   + (f" and a {_fmt(c)} × 45° chamfer" if chamfer else ""), roles)


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


class _Sizes:
    """The sizes bound to the caption's things, each taken once: a size nobody takes means the caption is not read whole."""

    def __init__(self, named: grammar.Named) -> None:
        self.named = named
        self.used: set[tuple[int, str]] = set()
        self.roles: dict[float, str] = {}

    def get(self, thing: grammar.Thing, *roles: str, label: str = "") -> float | None:
        for r in roles:
            if r in thing.sizes:
                self.used.add((id(thing), r))
                v = thing.sizes[r]
                self.roles.setdefault(v, label or f"{thing.noun} {r.rstrip('0123456789')}")
                return v
        return None

    def dia(self, thing: grammar.Thing, label: str = "") -> float | None:
        d = self.get(thing, "diameter", label=label)
        if d is None:
            r = self.get(thing, "radius", label=label + " (radius)" if label else "")
            d = 2 * r if r is not None else None
        return d

    def left(self) -> list[str]:
        return [f"{t.noun} {r}" for t in self.named.things for r in t.sizes if (id(t), r) not in self.used]


def _feature(named: grammar.Named, *kinds: str) -> list[grammar.Thing]:
    return [f for f in named.features if f.kind in kinds]


def _words(thing: grammar.Thing) -> str:
    return " ".join([thing.adjectives, thing.place, *thing.spans]).lower()


def _box_base(b: grammar.Thing, z: _Sizes) -> tuple[float, float, float] | None:
    if "dims30" in b.sizes:
        dims = [z.get(b, "dims30"), z.get(b, "dims31"), z.get(b, "dims32")]
        if None in dims:
            return None
        return float(dims[0] or 0), float(dims[1] or 0), float(dims[2] or 0)
    side = z.get(b, "side", label="side")
    L: float | None = z.get(b, "length", "dims20", label="length")
    W: float | None = z.get(b, "width", "dims21", label="width")
    H: float | None = z.get(b, "height", "thickness", "depth", label="height")
    if side is not None:
        if H is None and L is None and W is None:
            return side, side, side
        L, W = L or side, W or side
        H = H if H is not None else side
    if L is None or W is None or H is None:
        return None
    return L, W, H


def _holes_on_box(h: grammar.Thing, L: float, W: float, z: _Sizes, made: list[ops.Operation]) -> bool:
    d = z.dia(h, "hole diameter") or z.get(h, "id", label="hole diameter")
    if d is None:
        return False
    depth = z.get(h, "depth", label="hole depth")
    words = _words(h)
    if re.search(r"\b(?:side|sides|front|back|end\s+face|horizontal\w*|sideways|across\s+the|lengthwise|long\s+axis)\b", words) and not re.search(
            r"\b(?:from|of)\s+(?:the\s+|each\s+)?(?:\w+\s+)?(?:sides?|edges?)\b", words):
        return False  # a hole into a side face: not drilled from the top here
    n = h.count
    e = z.get(h, "edge", label="distance from the edges")
    s = z.get(h, "spacing", label="hole spacing")
    if n == 1 and e is None and s is None:
        if re.search(r"corner|\bnear\b|off[- ]cent|offset|\bends?\b|\bedges?\b", words) and not re.search(r"cent(?:re|er|ral|red)|middle", words):
            return False  # 'a hole near one corner' with no distance given: not placed at the centre by guess
        pos = [(0.0, 0.0)]
    elif n == 4 and e is not None and re.search(r"corner|each\s+edge|edges", words):
        pos = [(sx * (L / 2 - e), sy * (W / 2 - e)) for sx in (-1, 1) for sy in (-1, 1)]
    elif n == 2 and e is not None and re.search(r"short|ends?\b", words):
        pos = [(-(L / 2 - e), 0.0), (L / 2 - e, 0.0)]
    elif n > 1 and s is not None and e is None:
        pos = [((i - (n - 1) / 2) * s, 0.0) for i in range(n)]
    else:
        return False
    made.append(ops.Holes(d, [(round(x, 6), round(y, 6)) for x, y in pos], depth=depth))
    return True


def _edges(f: grammar.Thing, base: grammar.Thing, z: _Sizes) -> ops.Edges | None:
    size = z.get(f, "size", "radius", "bare", label=f"{f.kind} size") or z.get(base, "size", label=f"{f.kind} size")
    if size is None:
        return None
    words = _words(f)
    which = ("vertical" if re.search(r"vertical|upright|corner", words) else "top" if re.search(r"\btop\b", words)
             else "ends_outer" if re.search(r"\b(?:both|each)\s+ends?\b|\bends\b", words) else "all")
    return ops.Edges(f.kind, size, which)


# 'a rectangular cut-out on one side', 'a notch in one of the long sides', 'a slot cut into one end'
_SIDE_CUT = re.compile(r"\b(?:on|in|into|along|from)\s+(?:one|a(?!\s+side\b(?!\s+(?:of|face)\b))|the\s+front|one\s+of\s+(?:the|its)(?:\s+(?:long|short))?)\s+(?:(?:long|short)\s+)?(?:sides?|edges?|ends?|faces?)\b", re.I)


# 'a notch 0.2 long and 0.15 deep cut into the middle of the top face, running across the full width'
_ACROSS_TOP = re.compile(r"\b(?:running|runs|run|cut|extending|extends)?\s*(?:across|over|along)\s+(?:the\s+)?(?:full|whole|entire)\s+(width|length)\b", re.I)


def _across_top(f: grammar.Thing, L: float, W: float, H: float, z: _Sizes) -> tuple[ops.Pocket, str] | None:
    """A rectangular cut from the top face that runs out at both sides: its size along the part, its depth, centred."""
    words = _words(f)
    m = _ACROSS_TOP.search(words)
    assert m is not None
    size = z.get(f, "length", "width", label=f"{f.kind} size")
    depth = z.get(f, "depth", "height", label=f"{f.kind} depth")
    if size is None or depth is None or depth >= H or not re.search(r"\bmiddle\b|\bcent(?:re|er|ral|red)\b", words):
        return None  # no depth, or a place other than the middle: not read here
    if re.search(r"\b(?:one|each|either)\s+(?:end|side|corner)\b|\boffset\b", words):
        return None
    if m.group(1).lower() == "width":
        if size >= L:
            return None
        return ops.Pocket("rect", (size, W + 2 * H), depth), f", a {_fmt(size)} mm wide, {_fmt(depth)} mm deep {f.kind} across the top, in the middle"
    if size >= W:
        return None
    return ops.Pocket("rect", (L + 2 * H, size), depth), f", a {_fmt(size)} mm wide, {_fmt(depth)} mm deep {f.kind} along the top, in the middle"


def _side_cutout(f: grammar.Thing, L: float, W: float, H: float, z: _Sizes) -> tuple[ops.Pocket, str] | None:
    """A cut-out into one side face, through the full height: its length along that side and its depth into the part."""
    words = _words(f)
    along = z.get(f, "length", "width", "dims20", label="cut-out length along the side")
    into = z.get(f, "depth", "dims21", label="cut-out depth into the side")
    tall = z.get(f, "height", label="cut-out height")
    if along is None or into is None or (tall is not None and abs(tall - H) > 1e-9):
        return None  # a cut-out not through the full height, or with a size not read: not built
    end = bool(re.search(r"\b(?:short\s+(?:side|edge)|ends?)\b", words))
    if (end and (along > W or into >= L)) or (not end and (along > L or into >= W)):
        return None
    if end:
        return ops.Pocket("rect", (2 * into, along), None, centre=(L / 2, 0.0)), f", a {_fmt(along)} × {_fmt(into)} mm cut-out in one end, full height"
    return ops.Pocket("rect", (along, 2 * into), None, centre=(0.0, W / 2)), f", a {_fmt(along)} × {_fmt(into)} mm cut-out in one long side, full height"


def _build_box(named: grammar.Named, z: _Sizes) -> tuple[list[ops.Operation], str] | None:
    b = named.base
    dims = _box_base(b, z)
    hollow = "hollow" in b.adjectives and b.noun in ("tube", "pipe")
    if dims is None and hollow and "dims20" in b.sizes:
        a, c = z.get(b, "dims20"), z.get(b, "dims21")
        ln = z.get(b, "length", "overall", label="length")
        dims = (a, c, ln) if a and c and ln else None
    if dims is None:
        return None
    L, W, H = dims
    if W > L:
        L, W = W, L
    corner = z.get(b, "corner_radius", label="corner radius")
    for rounded in _feature(named, "corners"):
        corner = corner or z.get(rounded, "corner_radius", "radius", label="corner radius")
    if _feature(named, "corners") and corner is None:
        return None
    if b.noun == "frame" and not any(f.kind == "cutout" for f in named.features):
        return None  # a frame is a plate with an opening: without the opening's size it is not read
    made: list[ops.Operation] = [ops.Box(L, W, H, corner_radius=corner or 0.0, what="plate" if b.noun in ("plate", "frame") else "block")]
    text = f"{b.noun} {_fmt(L)} × {_fmt(W)} × {_fmt(H)} mm" + (f", corners R{_fmt(corner)}" if corner else "")
    if hollow:
        wall = z.get(b, "wall", label="wall thickness")
        if wall is None or 2 * wall >= min(L, W):
            return None
        made = [ops.Box(L, W, H, what="tube"), ops.Pocket("rect", (L - 2 * wall, W - 2 * wall), None)]
        text += f", {_fmt(wall)} mm wall, open ends"
    for f in named.features:
        if f.kind == "hole":
            if not _holes_on_box(f, L, W, z, made):
                return None
            text += f", {f.count} hole{'s' if f.count > 1 else ''}"
        elif f.kind in ("cutout", "pocket", "slot", "notch") and _SIDE_CUT.search(_words(f)):
            cut = _side_cutout(f, L, W, H, z)
            if cut is None:
                return None
            made.append(cut[0])
            text += cut[1]
        elif f.kind in ("notch", "slot", "channel", "step") and _ACROSS_TOP.search(_words(f)):
            cut = _across_top(f, L, W, H, z)
            if cut is None:
                return None
            made.append(cut[0])
            text += cut[1]
        elif f.kind == "notch":
            a = z.get(f, "side", label="notch size") or z.get(f, "length", label="notch size")
            if a is None or a >= min(L, W, H):
                return None
            made.append(ops.Pocket("rect", (a, a), a, centre=(L / 2 - a / 2, W / 2 - a / 2)))
            text += f", a {_fmt(a)} mm cube notch at a corner"
        elif f.kind in ("cutout", "pocket", "slot"):
            if re.search(r"\b(?:near|towards?|at)\s+(?:one|each|either|the)\s+(?:end|corner|edge)|off[- ]cent\w*|\boffset\b", _words(f)) and not re.search(
                    r"\bcent(?:re|er|ral|red)\b|\bmiddle\b", _words(f)):
                return None  # an opening placed off the centre with no distance read: not put in the middle by guess
            fl = z.get(f, "length", "dims20", label=f"{f.kind} length")
            fw = z.get(f, "width", "dims21", label=f"{f.kind} width")
            if fl is None and fw is None and "side" in f.sizes:  # 'a square opening 0.3 on each side'
                fl = fw = z.get(f, "side", label=f"{f.kind} side")
            depth = z.get(f, "depth", label=f"{f.kind} depth")
            if fl is None or fw is None:
                d = z.dia(f, f"{f.kind} diameter")
                if d is None or f.kind == "slot":
                    return None
                made.append(ops.Pocket("circle", (d, d), depth))
                continue
            fl, fw = max(fl, fw), min(fl, fw)
            if f.kind == "slot":
                across = bool(re.search(r"\bacross\b|\bwidth\b", _words(f))) and not re.search(r"\balong\s+the\s+length\b|\blengthwise\b", _words(f))
                made.append(ops.Slot(fw, fl, depth, along="Y" if across else "X",
                                     rounded=not re.search(r"square|sharp|rectangular", _words(f))))
            else:
                made.append(ops.Pocket("rect", (fl, fw), depth if f.kind == "pocket" or depth else None))
            text += f", a {_fmt(fl)} × {_fmt(fw)} mm {f.kind}"
        elif f.kind == "step":
            sw = z.get(f, "width", label="step width")
            sd = z.get(f, "depth", "height", label="step depth")
            if sw is None or sd is None:
                return None
            made.append(ops.Pocket("rect", (L, sw), sd, centre=(0.0, W / 2 - sw / 2)))
            text += f", a {_fmt(sw)} × {_fmt(sd)} mm step along one long edge"
        elif f.kind in ("fillet", "chamfer"):
            edges = _edges(f, b, z)
            if edges is None:
                return None
            made.append(edges)
            text += f", {edges.which} edges {f.kind}ed {_fmt(edges.size)} mm"
        elif f.kind == "boss":
            d = z.dia(f, "boss diameter")
            h = z.get(f, "height", "length", "thickness", label="boss height")
            if d is None or h is None:
                return None
            made.append(ops.Boss(ops.Cylinder(d, h, z0=H), "boss"))
            text += f", a Ø{_fmt(d)} × {_fmt(h)} mm boss on top"
        elif f.kind == "block":
            tl = z.get(f, "length", "dims20", label="top block length")
            tw = z.get(f, "width", "dims21", label="top block width")
            th = z.get(f, "height", "thickness", label="top block height")
            if tl is None or tw is None or th is None:
                return None
            if tw > tl and W < L:
                tl, tw = tw, tl
            if tl > L or tw > W or re.search(r"\b(?:one|each|either)\s+(?:end|side|corner|edge)\b|\boffset\b|\bflush\b", _words(f)):
                return None  # not centred on the base, or larger than it: not read by this branch
            made.append(ops.Boss(ops.Box(tl, tw, th, z0=H), "block"))
            text += f", a {_fmt(tl)} × {_fmt(tw)} × {_fmt(th)} mm block centred on top"
        elif f.kind == "shell":
            # 'walls of uniform 2 mm thickness (the bottom is also 2 mm thick)': one thickness, said of walls and floor
            said = [v for v in (z.get(t, r, label="wall thickness") for t, r in ((f, "wall"), (f, "thickness"), (b, "wall"), (f, "wall2"),
                                                                                  (f, "thickness2"))) if v is not None]
            wall = said[0] if said else None
            if wall is None or any(abs(v - wall) > 1e-9 for v in said) or 2 * wall >= min(L, W) or wall >= H:
                return None
            made.append(ops.Shell(wall, "top"))
            text += f", hollowed to {_fmt(wall)} mm walls, open at the top"
        elif f.kind == "corners":
            continue
        else:
            return None
    # a hole through a boss and the plate is drilled after the boss
    made.sort(key=lambda op: isinstance(op, ops.Holes))
    return made, text


def _build_cylinder(named: grammar.Named, z: _Sizes, assumed: list[str]) -> tuple[list[ops.Operation], str] | None:
    b = named.base
    D = z.dia(b, "diameter") or z.get(b, "od", label="outside diameter")
    length = z.get(b, "length", "height", "thickness", label="length")
    overall = z.get(b, "overall", label="overall length")
    wall = z.get(b, "wall", label="wall thickness")
    bore = z.get(b, "id", label="inside diameter")
    sections = _feature(named, "section")
    if sections and D is None:
        # 'the first section is 30 mm in diameter and 20 mm long, the middle section ...': stacked in the order written
        sec = sections[0]
        steps: list[tuple[float, float]] = []
        for k in range(1, 9):
            suffix = "" if k == 1 else str(k)
            if f"diameter{suffix}" not in sec.sizes and f"radius{suffix}" not in sec.sizes:
                break
            d = z.get(sec, f"diameter{suffix}", label="section diameter")
            if d is None:
                r = z.get(sec, f"radius{suffix}", label="section radius")
                d = 2 * r if r is not None else None
            ln = z.get(sec, f"length{suffix}", f"height{suffix}", label="section length")
            if d is None or ln is None:
                return None
            steps.append((d, ln))
        if len(steps) < 2 or (sec.count > 1 and len(steps) != sec.count):
            return None
        made: list[ops.Operation] = [ops.Cylinder(steps[0][0], steps[0][1], what="section")]
        z0 = steps[0][1]
        for d, ln in steps[1:]:
            made.append(ops.Boss(ops.Cylinder(d, ln, z0=z0), "section"))
            z0 += ln
        return made, "stepped shaft " + ", ".join(f"Ø{_fmt(d)} × {_fmt(ln)} mm" for d, ln in steps)
    if D is None:
        return None
    if bore is None and wall is not None:
        bore = D - 2 * wall
    if bore is not None and not 0 < bore < D:
        return None
    domes, collars, bosses = _feature(named, "dome"), _feature(named, "collar"), _feature(named, "boss")
    made = []
    text = f"{b.noun} Ø{_fmt(D)}"
    if domes and overall is None:
        overall = next((z.get(d, "overall", label="overall height") for d in domes if "overall" in d.sizes), None)
        if overall is not None and length is not None:
            if abs(overall - (length + D / 2)) > 1e-6 * max(1.0, overall):
                return None  # the overall height must be the cylinder and the hemisphere
            overall = None  # a check the part meets, the cylinder's own height builds it
    if domes:
        if length is None and overall is None:
            return None
        cyl = overall - D / 2 if overall is not None else length
        if cyl is None or cyl < D / 2:
            return None
        under = [f for f in named.features if f.kind == "hole" and f.count == 1 and re.search(r"\b(?:bottom|underside|base|flat\s+end)\b", _words(f))]
        if any(f.kind != "dome" and f not in under for f in named.features) or len(domes) > 1:
            return None  # a domed rod with more on it: not read by this branch
        made = [ops.Cylinder(D, cyl, what=b.noun if b.noun in ("rod", "pin", "shaft") else "cylinder"),
                ops.Boss(ops.Sphere(D, z0=cyl - D / 2, placed=True), "dome")]
        for hole in under:  # 'a 10 mm blind hole, 12 mm deep, drilled into the centre of the flat bottom face'
            d = z.dia(hole, "hole diameter")
            depth = z.get(hole, "depth", label="hole depth")
            if d is None or depth is None or d >= D or depth >= cyl + D / 2:
                return None
            made.append(ops.Holes(d, [(0.0, 0.0)], depth=depth, face="bottom"))
            text += f", a Ø{_fmt(d)} mm hole {_fmt(depth)} mm deep into the flat end"
        return made, text + f" × {_fmt(cyl)} mm with a hemispherical dome on one end, {_fmt(cyl + D / 2)} mm long in all"
    if length is None and overall is None:
        return None
    for c in collars:
        dc = z.dia(c, f"{c.noun} diameter") or z.get(c, "od", label=f"{c.noun} diameter")
        tc = z.get(c, "thickness", "height", "width", "length", label=f"{c.noun} thickness")
        if dc is None or tc is None:
            return None
        words = _words(c) + " " + " ".join(b.spans).lower()
        body: float | None
        if re.search(r"\b(?:middle|midway|halfway|cent(?:re|er)\s+of\s+the\s+(?:shaft|rod|pin|length))\b", words):
            if length is None or tc >= length:
                return None
            body, z0 = length, (length - tc) / 2  # 'a collar in the middle of the shaft'
        elif overall is not None or re.search(r"\bflush\b|\bincluding\b", words):
            body = overall if overall is not None else length
            z0 = 0.0
        elif re.search(r"\b(?:attached\s+to|on\s+top\s+of|at\s+the\s+top\s+of|on\s+the\s+top|above)\b", words):
            body, z0 = length, float(length or 0.0)
        else:
            body, z0 = length, 0.0
            assumed.append(f"the {c.noun} is taken to lie within the {b.noun}'s {_fmt(length or 0.0)} mm, flush with one end")
        if body is None or (tc >= body and z0 == 0.0):
            return None
        made.append(ops.Boss(ops.Cylinder(dc, tc, z0=z0), "collar" if c.noun != "head" else "head"))
        length, overall = body, None
        where = "at one end" if z0 == 0.0 else "on top" if body is not None and z0 >= body else f"{_fmt(z0)} mm from one end"
        text += f", a Ø{_fmt(dc)} × {_fmt(tc)} mm {c.noun} {where}"
    L = length if length is not None else overall
    assert L is not None
    made.insert(0, ops.Cylinder(D, L, what=b.noun if b.noun in ("rod", "shaft", "pin", "tube", "pipe", "bushing", "spacer", "disc", "washer", "ring", "flange") else "cylinder"))
    text = text.replace(f"Ø{_fmt(D)}", f"Ø{_fmt(D)} × {_fmt(L)} mm", 1)
    top = L
    for f in bosses:
        d = z.dia(f, f"{f.noun} diameter")
        h = z.get(f, "height", "length", "thickness", label=f"{f.noun} height")
        if d is None or h is None or d >= D:
            return None
        made.append(ops.Boss(ops.Cylinder(d, h, z0=L), f.noun if f.noun in ("hub", "boss") else "boss"))
        top = L + h
        text += f", a Ø{_fmt(d)} × {_fmt(h)} mm {f.noun} on top"
    if bore is not None:
        made.append(ops.Holes(bore, [(0.0, 0.0)], what="bore"))
        text += f", a Ø{_fmt(bore)} mm bore through"
    for hole in _feature(named, "hole"):
        if not hole.sizes and hole.count == 1 and bore is not None:
            continue  # 'the bore continues through it': the hollow body's own bore
        d = z.dia(hole, "hole diameter")
        if d is None:
            return None
        if hole.count == 1:
            if re.search(r"\b(?:side|sides|radial\w*|cross|transverse|across|perpendicular\s+to\s+the\s+axis|off[- ]cent\w*|offset)\b", _words(hole)):
                return None  # a hole across the cylinder or off its axis: not the axial bore
            depth = z.get(hole, "depth", label="hole depth")
            if d >= D or (depth is not None and depth >= top):
                return None
            made.append(ops.Holes(d, [(0.0, 0.0)], depth=depth, what="bore"))
            text += f", a Ø{_fmt(d)} mm {'hole ' + _fmt(depth) + ' mm deep' if depth else 'bore through'}"
            continue
        pcd = z.get(hole, "pcd", label="pitch circle diameter")
        if pcd is None or pcd / 2 + d / 2 > D / 2:
            return None
        n = hole.count
        pos = [(round(pcd / 2 * math.cos(2 * math.pi * k / n), 6), round(pcd / 2 * math.sin(2 * math.pi * k / n), 6)) for k in range(n)]
        made.append(ops.Holes(d, pos, what="bolt_hole"))
        text += f", {n} × Ø{_fmt(d)} mm holes on a {_fmt(pcd)} mm pitch circle"
    for f in _feature(named, "fillet", "chamfer"):
        edges = _edges(f, b, z)
        if edges is None:
            return None
        made.append(edges)
    if any(f.kind not in ("collar", "boss", "hole", "dome", "fillet", "chamfer") for f in named.features):
        return None
    return made, text


def _build_profile(named: grammar.Named, z: _Sizes) -> tuple[list[ops.Operation], str] | None:
    b = named.base
    parts = {f.kind: f for f in named.features}
    if b.kind == "tee":
        bar, stem = parts.get("bar"), parts.get("stem")
        if bar is None or stem is None:
            return None
        wb = z.get(bar, "length", "width", label="bar length")
        hb = z.get(bar, "height", "thickness", label="bar height")
        ws = z.get(stem, "width", "thickness", label="stem width")
        hs = z.get(stem, "height", "length", label="stem height")
        depth = z.get(b, "extrusion", "thickness", "depth", "width", "length", label="thickness")
        if None in (wb, hb, ws, hs, depth) or ws >= wb:  # type: ignore[operator]
            return None
        assert wb and hb and ws and hs and depth
        if not _overall_agrees(named, z, hb + hs):
            return None
        pts = [(-ws / 2, 0.0), (ws / 2, 0.0), (ws / 2, hs), (wb / 2, hs), (wb / 2, hs + hb), (-wb / 2, hs + hb), (-wb / 2, hs), (-ws / 2, hs)]
        made: list[ops.Operation] = [ops.Extrusion(pts, depth, "XZ", "T-profile")]
        if not _profile_holes(named, z, depth, made):
            return None
        return made, f"T-block: bar {_fmt(wb)} × {_fmt(hb)} mm on a {_fmt(ws)} × {_fmt(hs)} mm stem, {_fmt(depth)} mm thick"
    if b.kind == "ell":
        l1, l2 = parts.get("leg1"), parts.get("leg2")
        if l1 is None or l2 is None:
            return None
        L = z.get(l1, "length", label="base length")
        t1 = z.get(l1, "height", "thickness", label="base thickness") or z.get(b, "thickness", label="thickness")
        H = z.get(l2, "height", "length", label="upright height")
        overall = H is None and ("overall" in b.sizes or "overall" in l2.sizes)
        if overall:  # 'the overall height of the part is 0.5': the upright's top
            H = z.get(l2, "overall", label="overall height") or z.get(b, "overall", label="overall height")
        t2 = z.get(l2, "width", "thickness", label="upright thickness") or t1
        depth = z.get(b, "depth", "width", "length", label="depth") or z.get(l1, "width", "depth", label="depth")
        if None in (L, t1, H, t2, depth):
            return None
        assert L and t1 and H and t2 and depth
        if re.search(r"\babove\b", " ".join(l2.spans), re.I) and not overall:
            H = H + t1
        if t1 >= H or t2 >= L:
            return None
        pts = [(0.0, 0.0), (L, 0.0), (L, t1), (t2, t1), (t2, H), (0.0, H)]
        return [ops.Extrusion(pts, depth, "XZ", "L-profile")], f"L-profile {_fmt(L)} × {_fmt(H)} mm, {_fmt(depth)} mm deep"
    if b.kind == "you":
        ch = parts.get("channel")
        if ch is None and "length" in b.sizes and "width" in b.sizes and ("wall" in b.sizes or "thickness" in b.sizes):
            # 'a U-shaped channel 100 long, 40 wide and 30 tall, walls and base 4 thick': the length is the extrusion,
            # the thickness is the walls' (uniform walls and base)
            depth = z.get(b, "length", label="length")
            W = z.get(b, "width", label="width")
            wall = z.get(b, "wall", "thickness", label="wall and base thickness")
        else:
            W = z.get(b, "width", "length", label="width")
            depth = z.get(b, "depth", "thickness", label="depth")
            wall = None
        H = z.get(b, "height", "overall", label="height")
        if None in (W, H, depth) or (ch is None and wall is None):
            return None
        assert W and H and depth
        cw: float | None
        cd: float | None
        if ch is None:
            assert wall is not None
            cw, cd = W - 2 * wall, H - wall
        else:
            cw = z.get(ch, "width", label="channel width")
            cd = z.get(ch, "depth", "height", label="channel depth")
        if cw is None or cd is None or cw >= W or cd >= H:
            return None
        pts = [(-W / 2, 0.0), (W / 2, 0.0), (W / 2, H), (cw / 2, H), (cw / 2, H - cd), (-cw / 2, H - cd), (-cw / 2, H), (-W / 2, H)]
        made = [ops.Extrusion(pts, depth, "XZ", "U-profile")]
        if not _profile_holes(named, z, depth, made):
            return None
        return made, f"U-block {_fmt(W)} × {_fmt(H)} mm with a {_fmt(cw)} × {_fmt(cd)} mm channel, {_fmt(depth)} mm deep"
    return None


def _profile_holes(named: grammar.Named, z: _Sizes, length: float, made: list[ops.Operation]) -> bool:
    """Vertical holes through a T / U block on its centre line: one in the middle, or two at a distance from each end."""
    for h in _feature(named, "hole"):
        d = z.dia(h, "hole diameter")
        words = _words(h)
        if d is None or re.search(r"\b(?:side|horizontal\w*|sideways|across|through\s+the\s+(?:walls?|legs?|upright))\b", words):
            return False
        e = z.get(h, "edge", label="distance from each end")
        if h.count == 2 and e is not None and re.search(r"\bends?\b", words) and e < length / 2:
            pos = [(0.0, -(length / 2 - e)), (0.0, length / 2 - e)]
        elif h.count == 1 and e is None and re.search(r"\bcent(?:re|er|ral|red)\b|\bmiddle\b", words):
            pos = [(0.0, 0.0)]
        else:
            return False
        made.append(ops.Holes(d, pos))
    return True


def _build_cross(named: grammar.Named, z: _Sizes) -> tuple[list[ops.Operation], str] | None:
    """A plus-shaped plate: two equal rectangular arms crossing at their centres, holes at the centre and near each arm's end."""
    b = named.base
    arms = next((f for f in named.features if f.kind == "arms"), None)
    t = z.get(b, "thickness", "height", label="thickness")
    if arms is None or t is None:
        return None
    A = z.get(arms, "dims20", "length", label="arm length")
    w = z.get(arms, "dims21", "width", label="arm width")
    if A is None or w is None:
        return None
    A, w = max(A, w), min(A, w)
    a, c = A / 2, w / 2
    pts = [(a, -c), (a, c), (c, c), (c, a), (-c, a), (-c, c), (-a, c), (-a, -c), (-c, -c), (-c, -a), (c, -a), (c, -c)]
    made: list[ops.Operation] = [ops.Extrusion(pts, t, "XY", "cross-shaped plate")]
    text = f"plus-shaped plate: two {_fmt(A)} × {_fmt(w)} mm arms, {_fmt(t)} mm thick"
    for h in _feature(named, "hole"):
        d = z.dia(h, "hole diameter")
        words = _words(h)
        e = z.get(h, "edge", label="distance from the arm's end")
        if d is None:
            return None
        if re.search(r"\beach\s+(?:of\s+the\s+(?:four\s+)?)?arms?\b|\bevery\s+arm\b|\bfour\s+arms\b", words) and e is not None and e < a - c:
            made.append(ops.Holes(d, [(a - e, 0.0), (0.0, a - e), (-(a - e), 0.0), (0.0, -(a - e))]))
            text += f", a Ø{_fmt(d)} mm hole {_fmt(e)} mm from each arm's end"
        elif h.count == 1 and e is None and re.search(r"\bcent(?:re|er|ral|red)\b|\bmiddle\b", words) and d < w:
            made.append(ops.Holes(d, [(0.0, 0.0)]))
            text += f", a Ø{_fmt(d)} mm hole at the centre"
        else:
            return None
    if any(f.kind not in ("arms", "hole") for f in named.features):
        return None
    return made, text


def _overall_agrees(named: grammar.Named, z: _Sizes, total: float) -> bool:
    """An overall size said of any thing ('giving an overall height of 0.5') is a check: it must equal the sum built."""
    for t in named.things:
        for r in [r for r in t.sizes if r.startswith("overall")]:
            v = z.get(t, r, label="overall size (agrees)")
            if v is None or abs(v - total) > 1e-6 * max(1.0, total):
                return False
    return True


def _build_other(named: grammar.Named, z: _Sizes) -> tuple[list[ops.Operation], str] | None:
    b = named.base
    made: list[ops.Operation]
    if b.kind == "frustum":
        parts = {f.kind: f for f in named.features}
        bottom, top = parts.get("bottom"), parts.get("top")
        if bottom is None or top is None:
            return None
        db, dt = z.dia(bottom, "bottom diameter"), z.dia(top, "top diameter")
        h = next((z.get(t, "height", "spacing", label="height") for t in named.things if "height" in t.sizes or "spacing" in t.sizes), None)
        if db is None or dt is None or h is None:
            return None
        made, text, D = [ops.Cone(max(db, dt), min(db, dt), h)], f"frustum Ø{_fmt(max(db, dt))} to Ø{_fmt(min(db, dt))} mm, {_fmt(h)} mm tall", min(db, dt)
    elif b.kind == "hex":
        af = z.get(b, "across_flats", label="across flats")
        h = z.get(b, "thickness", "height", "length", label="thickness")
        if af is None or h is None:
            return None
        made, text, D = [ops.Prism(af, h)], f"hexagonal prism {_fmt(af)} mm across flats, {_fmt(h)} mm thick", af
    else:
        return None
    for f in named.features:
        if f.kind in ("bottom", "top"):
            continue
        if f.kind != "hole" or f.count != 1:
            return None
        d = z.dia(f, "hole diameter")
        if d is None or d >= D:
            return None
        made.append(ops.Holes(d, [(0.0, 0.0)], what="bore"))
        text += f", a Ø{_fmt(d)} mm hole through the axis"
    return made, text


def described(text: str) -> Caption | None:
    """A caption read by the general grammar: a base body, its features, every size bound by reference."""
    named = grammar.name_things(text)
    if named is None:
        return None
    grammar.bind_sizes(text, named)
    if grammar.all_bound(text, named):
        return None
    z = _Sizes(named)
    assumed: list[str] = []
    kind = named.base.kind
    got = (_build_box(named, z) if kind == "box" else _build_cylinder(named, z, assumed) if kind == "cylinder"
           else _build_profile(named, z) if kind in ("tee", "ell", "you") else _build_cross(named, z) if kind == "cross" else _build_other(named, z))
    if got is None or z.left():
        return None
    made, summary = got
    roles = dict(z.roles)
    for _, role, v in named.bound.values():
        if role == "check":  # 'passes through the full 15 mm height': it must be a size the part has
            if not any(abs(v - u) <= 1e-6 * max(1.0, u) for u in z.roles):
                return None
            roles.setdefault(v, "a size the part already has (agrees)")
    return Caption(made, summary, roles, assumed)


READERS: list[Callable[[str], Caption | None]] = [described, torus, elbow, bearing_block, domed_pin, frustum, flat_sphere, channel, stepped_block, rounded_plate, stepped_cylinder]


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

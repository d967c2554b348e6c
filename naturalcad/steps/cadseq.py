"""Read CAD-sequence descriptions: coordinate system, sketch loops, scale, extrude towards the normal.

Public text-to-CAD sets (Text2CAD and its kin) describe a part the way a CAD history stores it:
"Part 1: ... Create a new coordinate system with Euler angles [0, 0, -90] and translation
vector [0, 0.1, 0]. Draw a 2D sketch on face 1; loop 1: a line from (0, 0) to (0.75, 0) ...;
loop 2: a circle centred at (0.375, 0.2) with radius 0.05. Scale the sketch by 0.75. Extrude
0.1 towards the normal and 0 in the opposite direction, creating a new solid body."

The reading is by mechanism, not by phrase: each part is cut at its coordinate system; the
sketch is read as an ordered stream of entities (lines chain point to point, arcs take a
mid point, circles a centre and radii), whatever words join them; loops nest by containment
(a loop inside an odd number of others is a hole); the extrusion reads its two distances by
the direction named next to each number; the boolean by its verb (join, cut, intersect).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field

from . import ops
from .t2ctext import text2cad_spelling
from .text import NUM, Number

_TRIPLE = (r"[\[(]?\s*(-?\d+(?:\.\d+)?)\s*,\s*(?:and\s+)?(-?\d+(?:\.\d+)?)\s*(?:,\s*(?:and\s+)?|and\s+)(-?\d+(?:\.\d+)?)\s*[\])]?"
           r"(?:\s*degrees)?")  # "[0.0, 0.0, -90.0]", "0.0, 0.0, and -90.0 degrees"
_PAIR = re.compile(r"[\[(]\s*(-?\d+(?:\.\d+)?)\s*(?:mm|units?)?\s*,\s*(-?\d+(?:\.\d+)?)\s*(?:mm|units?)?\s*[\])]")
_PART = re.compile(r"\bpart\s*(\d{1,2})\s*[:.)\-]", re.I)
_NEW_CS = re.compile(r"(?:\b(?:create|creating|set(?:ting)? up|establish\w*|define|defining|begin\w* with|start\w* with)\s+"
                     r"(?:by\s+)?(?:a\s+|another\s+)?(?:new\s+)?(?:local\s+)?coordinate system|\bnew coordinate system)", re.I)
_WORD_N = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6}
_LOOP = re.compile(r"\b(?:loop\s*\d+|(?:first|second|third|fourth|fifth|sixth|\d+(?:st|nd|rd|th))\s+loop|"
                   r"face\s*\d+|(?:first|second|third|fourth|fifth|sixth)\s+face)\b", re.I)
_ENTITY = re.compile(r"\b(lines?|arcs?|circles?|rectangles?|squares?)\b", re.I)
_STOP = re.compile(r"\b(?:scal\w+|extru\w+|transform\w*|rotate\w*)\b", re.I)


def looks_like_cad_sequence(prompt: str) -> bool:
    """Coordinates in a sketch, an extrusion, and the CAD-history words around them."""
    prompt = text2cad_spelling(prompt)
    return bool(_PAIR.search(prompt) and re.search(r"\bextru", prompt, re.I) and re.search(
        r"coordinate system|\bloop\b|\bnormal\b|sketch scale|scale (?:the |this )?(?:entire |whole )?(?:2d |two-dimensional )?sketch|euler",
        prompt, re.I))


@dataclass
class CadPart:
    """One part of the sequence: where its sketch plane is, its loops, how far and how it is extruded."""

    number: int
    text: str
    euler: tuple[float, float, float] = (0.0, 0.0, 0.0)
    translation: tuple[float, float, float] = (0.0, 0.0, 0.0)
    loops: list[ops.Loop] = field(default_factory=list)
    scale: float = 1.0
    towards: float = 0.0
    opposite: float = 0.0
    mode: str = "new"  # new | join | cut | intersect
    problems: list[str] = field(default_factory=list)
    used: set[float] = field(default_factory=set)  # numbers the reading bound
    scale_is_extent: float = 0.0  # the "sketch scale" given, read as the sketch's size (Text2CAD), not a factor


def _close(a: ops.Point, b: ops.Point, tol: float = 1e-6) -> bool:
    return abs(a[0] - b[0]) <= tol and abs(a[1] - b[1]) <= tol


_COUNTED = re.compile(r"\s*(?:-?\s*dimension\w*|(?:straight\s+|curved\s+|closed\s+)?(?:lines?|loops?|arcs?|circles?|faces?|parts?|angles?|"
                      r"sides?|edges?|entities|curves?|segments?|concentric)\b)", re.I)


def is_label(text: str, n: Number) -> bool:
    """'Part 2', 'face 1', 'loop 1', 'line 3', '2D': a number that names, not sizes."""
    before = text[max(0, n.start - 12): n.start]
    after = text[n.start + len(n.text):]
    return bool(re.search(r"\b(?:part|face|loop|line|arc|circle|step|sketch|profile|body)\s*$", before, re.I)
                or re.match(r"[dD]\b|-dimensional", after)
                or _COUNTED.match(after)  # "a single loop made up of 4 lines", "consisting of 2 loops"
                or (re.match(r"\.\s", after) and re.search(r"(?:^|[.:;]\s*|\n\s*|\s-\s*)$", before)))  # "1. Loop 1:" enumerates


def split_parts(prompt: str) -> list[tuple[int, str]]:
    """The parts of a sequence: at 'Part N:' labels, else at each new coordinate system."""
    # a label opens a part; "as Part 1." or "(Part 4)" inside a sentence only names one
    cuts = [(m.start(), int(m.group(1))) for m in _PART.finditer(prompt)
            if re.search(r"(?:^|[.:;!?>\n])\s*$", prompt[max(0, m.start() - 3): m.start()]) or m.start() == 0]
    if not cuts:
        cuts = [(m.start(), i + 1) for i, m in enumerate(_NEW_CS.finditer(prompt))]
    if not cuts:
        return [(1, prompt)]
    out = []
    preamble = prompt[: cuts[0][0]]
    for i, (start, n) in enumerate(cuts):
        end = cuts[i + 1][0] if i + 1 < len(cuts) else len(prompt)
        out.append((n, prompt[start:end]))
    if _PAIR.search(preamble) and re.search(r"\bextru", preamble, re.I):
        out.insert(0, (max(1, cuts[0][1] - 1), preamble))  # a first part written before the first label
    elif out:
        out[0] = (out[0][0], preamble + out[0][1])
    return out


def _triple(after: str, text: str) -> tuple[float, float, float] | None:
    m = re.search(after + r"(?:(?!translation|euler|rotation)[^\[(.;]){0,40}?" + _TRIPLE, text, re.I)
    return (float(m.group(1)), float(m.group(2)), float(m.group(3))) if m else None


# "0 degrees for the first 2 angles and -90 degrees for the third angle"
_EULER_FIRST_TWO = re.compile(r"euler angles?[^.;]{0,30}?(-?\d+(?:\.\d+)?)\s*(?:degrees?\s*)?for the first (?:2|two) angles?,?\s*and\s*"
                              r"(-?\d+(?:\.\d+)?)\s*(?:degrees?\s*)?for the (?:third|last)", re.I)
# "-90 degrees for the x-axis, 0 degrees for the y-axis, and -90 degrees for the z-axis"
_EULER_PER_AXIS = re.compile(r"euler angles?[^.;]{0,30}?" + r",?\s*(?:and\s*)?".join(
    rf"(-?\d+(?:\.\d+)?)\s*(?:degrees?\s*)?(?:for|about|around|on|along)\s*the\s*{axis}[- ]?axis" for axis in "xyz"), re.I)
# "Euler angles set to zero", "all Euler angles are 0"
_EULER_ZERO = re.compile(r"euler angles?\s*(?:are\s*|were\s*)?(?:all\s*)?(?:set\s*)?(?:to|at|of|as)\s*(?:all\s*)?(?:zero|0(?:\.0+)?)(?!\s*,|\.\d|\d)", re.I)


def _euler(text: str) -> tuple[float, float, float] | None:
    """The part's Euler angles, as a bracketed triple or in the words the dataset's writers used."""
    m = _EULER_FIRST_TWO.search(text)
    if m:
        a, c = float(m.group(1)), float(m.group(2))
        return (a, a, c)
    m = _EULER_PER_AXIS.search(text)
    if m:
        return (float(m.group(1)), float(m.group(2)), float(m.group(3)))
    got = _triple(r"euler angles?", text)
    if got:
        return got
    if _EULER_ZERO.search(text):
        return (0.0, 0.0, 0.0)
    # "a rotation of 0°, 0°, and -90° around the X, Y, and Z axes": the same triple without its name
    return _triple(r"\brotation\s+(?:of|by)", text)


def _radii(span: str) -> list[float]:
    rs = [float(v) for v in re.findall(r"radi(?:us|i)\s*(?:of\s*|is\s*|=\s*|:\s*)?(?:r\s*=\s*)?" + NUM, span, re.I)]
    rs += [float(v) for v in re.findall(NUM + r"\s*(?:mm|units?)?\s*radius", span, re.I) if float(v) not in rs]
    rs += [float(v) / 2 for v in re.findall(r"diameter\s*(?:of\s*)?" + NUM + r"|" + NUM + r"\s*(?:mm|units?)?\s*(?:in\s+)?diameter", span, re.I)
           for v in ([v] if isinstance(v, str) else [x for x in v if x])]
    # "radius 25 and radius 15", "radii 25 and 15"
    m = re.search(r"radii\s*(?:of\s*)?" + NUM + r"\s*(?:mm|units?)?\s*and\s*" + NUM, span, re.I)
    if m:
        rs = [float(m.group(1)), float(m.group(2))]
    return rs


def read_loops(sketch: str, part: CadPart) -> None:
    """Loops from the sketch text: entities in order; lines chain, a chain closes into a loop.

    A 'loop 2' / 'second face' marker ends the outline before it even when its writer left it open.
    """
    # "(face 1, loop 1)" inside a sentence labels the entity around it; it does not start a loop
    sketch = re.sub(r"\(\s*(?:(?:face|loop)\s*\d+\s*,?\s*)+\)", " ", sketch, flags=re.I)
    cuts = [m.start() for m in _LOOP.finditer(sketch)]
    if len(cuts) > 1:
        for a, b in zip(cuts, [*cuts[1:], len(sketch)], strict=True):
            _read_chunk(sketch[a:b], part)
        _read_chunk(sketch[: cuts[0]], part)
        return
    _read_chunk(sketch, part)


def _read_chunk(sketch: str, part: CadPart) -> None:
    chain: ops.Loop | None = None
    # the text cut at each entity word; an entity's span runs to the next one
    marks = [(m.start(), m.group(1).lower()) for m in _ENTITY.finditer(sketch)]
    first_pair = _PAIR.search(sketch)
    if first_pair and (not marks or first_pair.start() < marks[0][0]):
        marks.insert(0, (first_pair.start(), "line"))
    spans = [(kind, sketch[pos: marks[i + 1][0] if i + 1 < len(marks) else len(sketch)]) for i, (pos, kind) in enumerate(marks)]
    # "a smaller concentric circle": the words just before the entity qualify it too
    lead = [sketch[max(0, pos - 30): pos] for pos, _ in marks]

    def flush() -> None:
        nonlocal chain
        if chain and chain.segments:
            if not _close(chain.segments[-1][1], chain.start):
                chain.segments.append((None, chain.start))  # an outline left open is closed with a line
            corners = {p for _, p in chain.segments} | {chain.start}
            if len(corners) == 2 and not any(m for m, _ in chain.segments):
                if re.search(r"\b(?:rectangle|square|rectangular)\b", sketch, re.I):
                    # two corners of a rectangle: "a rectangular face between (0, 0) and (70, 50)"
                    (x0, y0), (x1, y1) = chain.start, next(p for _, p in chain.segments if not _close(p, chain.start))
                    chain = ops.Loop(start=(x0, y0), segments=[(None, (x1, y0)), (None, (x1, y1)), (None, (x0, y1)), (None, (x0, y0))])
                else:
                    part.problems.append("a loop with only two points encloses nothing")
                    chain = None
                    return
            if len(chain.points) >= 3:
                part.loops.append(chain)
        chain = None

    for (kind, span), before in zip(spans, lead, strict=True):
        pairs = [(float(a), float(b), m.start()) for m in _PAIR.finditer(span) for a, b in [m.groups()]]
        if kind.startswith("circle"):
            prev_circle = next((lp.circle for lp in reversed(part.loops) if lp.circle), None)
            if pairs and kind == "circles" and len(pairs) > 1:
                # "two circles of radius 0.05, the first centred at (a, b) and the second at (c, d)": one per centre
                for x, y, _ in pairs:
                    for r in _radii(span):
                        if r > 0:
                            part.loops.append(ops.Loop(circle=(x, y, r)))
                            part.used.update({x, y, r, 2 * r})
                continue
            if pairs:
                centre = (pairs[0][0], pairs[0][1])
            elif prev_circle and re.search(r"\b(?:same|common|shared)\s+cent|\bconcentric", span + " " + re.split(r"[.;]", before)[-1], re.I):
                centre = (prev_circle[0], prev_circle[1])  # "another circle with the same center and a radius of 0.1988"
            else:
                centre = (0.0, 0.0)
            for r in _radii(span):
                if r > 0:
                    part.loops.append(ops.Loop(circle=(centre[0], centre[1], r)))
                    part.used.update({centre[0], centre[1], r, 2 * r})
            continue
        pts = [(x, y) for x, y, _ in pairs]
        if not pts:
            continue
        part.used.update(v for p in pts for v in p)
        if kind.startswith(("rect", "square")) and len(pts) == 2 and not _close(pts[0], pts[1]):
            # "a rectangle from (0, 0) to (80, 20)", "with corners (10, 10) and (60, 40)": opposite corners
            flush()
            (x0, y0), (x1, y1) = pts
            part.loops.append(ops.Loop(start=(x0, y0), segments=[(None, (x1, y0)), (None, (x1, y1)), (None, (x0, y1)), (None, (x0, y0))]))
            continue
        mid: ops.Point | None = None
        if kind.startswith("arc"):
            mids = [(x, y) for x, y, at in pairs if re.search(r"mid|through|via|passing", span[max(0, at - 25): at], re.I)]
            rest = [p for p in pts if not mids or p != mids[0]]
            if mids:
                mid = mids[0]
            elif len(pts) >= 3:
                mid, rest = pts[1], [pts[0], pts[2]]
            pts = rest
        for k, p in enumerate(pts):
            if chain is None:
                chain = ops.Loop(start=p)
                continue
            last = chain.segments[-1][1] if chain.segments else chain.start
            if _close(p, last):
                continue
            is_last = k == len(pts) - 1
            chain.segments.append((mid if (mid and is_last) else None, p))
            if _close(p, chain.start) and len(chain.segments) >= 2:
                flush()
    flush()


# a distance for each of two named directions, not a total split between them
_EACH_WAY = re.compile(r"\bin both (?:the )?normal and (?:the )?opposite directions?|\b(?:in|on|to|towards?) each (?:direction|side)\b|"
                       r"\bper side\b|\beach way\b", re.I)


def _extrusion(text: str, part: CadPart) -> None:
    unit = r"\s*(?:mm|units?|millimet(?:er|re)s?)?"
    towards = (re.search(NUM + unit + r"\s*(?:towards?|along|in the direction of|in the)\s*(?:the\s*)?(?:sketch\s*)?normal(?!\s*direction\s*opposite)", text, re.I)
               or re.search(r"(?:towards?|along|in the direction of)\s*(?:the\s*)?normal\s*(?:direction\s*)?(?:of|by|is|:|=|to a depth of)?\s*" + NUM, text, re.I)
               or re.search(r"depth\s*(?:towards?|along)\s*(?:the\s*)?normal\s*(?:of|is|:|=)?\s*" + NUM, text, re.I))
    opposite = (re.search(NUM + unit + r"\s*(?:in\s*)?(?:the\s*)?(?:direction\s*)?opposite", text, re.I)
                or re.search(r"opposite\s*(?:to\s*the\s*normal|of the normal|the normal|normal|direction)?\s*(?:direction\s*)?(?:of|by|is|:|=)\s*" + NUM, text, re.I))
    both = re.search(r"(?:symmetric\w*|in both directions|both sides|mid-?plane)", text, re.I)
    if towards:
        part.towards = float(towards.group(1))
    if opposite:
        part.opposite = float(opposite.group(1))
    if not towards and not opposite:
        m = re.search(r"\bextru\w*\b[^.;]*?(?:by|to a depth of|a depth of|a distance of|depth of)?\s*" + NUM, text, re.I)
        if m:
            d = float(m.group(1))
            if _EACH_WAY.search(text):
                part.towards = part.opposite = d  # "0.1875 units in both the normal and opposite directions": that much each way
            elif both:
                part.towards = part.opposite = d / 2
            elif re.search(r"opposite|reverse|downward|away from the normal", text, re.I):
                part.opposite = d
            else:
                part.towards = d
    elif both and towards and not opposite:
        part.opposite = part.towards
    part.used.update({part.towards, part.opposite, part.towards + part.opposite})


def _mode(text: str, first: bool) -> str:
    t = re.sub(r"\bcutting plane\b", "", text, flags=re.I)
    if re.search(r"\b(?:cut\w*|remov\w+ (?:the )?material|subtract\w*|material removal|boolean difference)\b", t, re.I):
        return "cut"
    if re.search(r"\bintersect\w*\b", t, re.I):
        return "intersect"
    if first:
        return "new"
    if re.search(r"\b(?:join\w*|add\w*|union|merg\w*|combin\w*|attach\w*|fus\w*)\b", t, re.I):
        return "join"
    return "new"  # a new body next to the others: the result is their union


def read_part(number: int, text: str, first: bool) -> CadPart:
    part = CadPart(number, text)
    eu = _euler(text)
    if eu:
        part.euler = eu
        part.used.update(eu)
    tr = _triple(r"translation(?: vector)?", text)
    if tr:
        part.translation = tr
        part.used.update(tr)
    # the sketch: from its first entity to the scale / extrude sentence (coordinates of the system cut out)
    body = re.sub(r"(?:euler angles?|translation(?: vector)?)(?:(?!translation|euler|rotation)[^\[(.;]){0,40}?" + _TRIPLE, " ", text, flags=re.I)
    # the sketch ends at the scale / extrude sentence after its first coordinates, not at a title
    # that names the part ("Part 1 - L-shaped extrusion.")
    first_pair = _PAIR.search(body)
    stop = _STOP.search(body, first_pair.start() if first_pair else 0)
    sketch_text = body[: stop.start()] if stop else body
    # sketch entities after a scale sentence (rare) are still read: everything but the extrude sentence
    tail = body[stop.start():] if stop else ""
    extra = re.split(r"\bextru", tail, maxsplit=1, flags=re.I)[0] if tail else ""
    read_loops(sketch_text + " " + re.sub(r"^[^.;]*", "", extra), part)
    k = re.search(r"scal\w*[^.;]{0,40}?(?:factor|by|of|scale)\s*(?:of\s*)?(?:is\s*)?" + NUM, text, re.I) or re.search(
        r"sketch[_ ]scale\s*(?:of|is|=|:)?\s*" + NUM, text, re.I)
    if k:
        part.scale = float(k.group(1)) or 1.0
        part.used.add(part.scale)
    _extrusion(text, part)
    after = re.split(r"\bextru", text, maxsplit=1, flags=re.I)[-1] if re.search(r"\bextru", text, re.I) else text
    part.mode = _mode(after, first)
    heading = re.split(r"(?<=[.:;])\s", _PART.sub("", text.strip(), count=1).strip(), maxsplit=1)[0]
    if part.mode == "new" and not first and not re.search(r"new (?:solid )?body", after, re.I):
        part.mode = _mode(heading, first)  # "Part 2: Create a ring-shaped cut."
        if part.mode == "new" and re.search(r"\b(?:holes?|bores?|grooves?|slots?|pockets?|recess\w*|cut-?outs?|notch\w*|counterbore)\b",
                                            heading, re.I) and not re.search(r"\b(?:with|having|and)\b", heading, re.I):
            part.mode = "cut"  # "Part 3: Construct a central hole." names what it removes
    if not part.loops:
        part.problems.append("no closed sketch loop was found")
    if part.towards + part.opposite <= 0:
        part.problems.append("no extrusion distance was found")
    return part


def _drawn_size(part: CadPart) -> tuple[float, float]:
    boxes = [lp.bbox for lp in part.loops]
    return (max(b[2] for b in boxes) - min(b[0] for b in boxes), max(b[3] for b in boxes) - min(b[1] for b in boxes))


def _unscaled_if_stated(text: str, part: CadPart) -> str:
    """Whether the "sketch scale" is a factor to apply or the size the sketch already has.

    Text2CAD's minimal JSON writes every sketch at its final size, corner at (0, 0), and its
    "sketch_scale" is that sketch's largest extent (CadSeqProc: extrude_sequence.sketch_size,
    by which json_to_NormalizedCAD denormalises the sketch before the JSON is written), so its
    texts read "Scale the sketch by 0.75" over a sketch 0.75 wide whose final length is 0.75.
    A stated final size decides first (a writer who applied the factor says so in the size);
    without one, a scale equal to the drawn sketch's largest extent is that extent: built as drawn.
    """
    if part.scale == 1.0 or not part.loops:
        return "none"
    w, h = _drawn_size(part)
    depth = part.towards + part.opposite
    stated = stated_size(text)

    def agrees(sizes: list[float]) -> bool:
        return all(abs(a - b) <= max(0.02 * b, 1e-4) for a, b in zip(sorted(sizes), sorted(stated), strict=True))

    if stated:
        if agrees([w * part.scale, h * part.scale, depth]):
            return "factor"
        if agrees([w, h, depth]):
            part.scale_is_extent, part.scale = part.scale, 1.0
            return "stated size"
    if abs(max(w, h) - part.scale) <= max(0.015 * part.scale, 2e-4):
        part.scale_is_extent, part.scale = part.scale, 1.0
        return "extent"
    return "factor"


def plane_axes(euler: tuple[float, float, float]) -> tuple[tuple[float, float, float], tuple[float, float, float]]:
    """The sketch plane's x direction and normal for Text2CAD / DeepCAD Euler angles [a, b, c].

    The datasets store a coordinate system as the rotation whose matrix has the plane's x, y and z
    axes as rows, written as extrinsic z-y-x angles (scipy's `as_euler("zyx")`): rows = Rx(c) Ry(b) Rz(a).
    So [0, 0, -90] sketches on XZ with its normal along -Y, and [-90, 0, -90] on YZ with its normal along +X.
    """
    a, b, c = (math.radians(v) for v in euler)
    ca, sa, cb, sb, cc, sc = math.cos(a), math.sin(a), math.cos(b), math.sin(b), math.cos(c), math.sin(c)
    rz = ((ca, -sa, 0.0), (sa, ca, 0.0), (0.0, 0.0, 1.0))
    ry = ((cb, 0.0, sb), (0.0, 1.0, 0.0), (-sb, 0.0, cb))
    rx = ((1.0, 0.0, 0.0), (0.0, cc, -sc), (0.0, sc, cc))

    def mul(p: tuple[tuple[float, ...], ...], q: tuple[tuple[float, ...], ...]) -> tuple[tuple[float, ...], ...]:
        return tuple(tuple(sum(p[i][k] * q[k][j] for k in range(3)) for j in range(3)) for i in range(3))

    rows = mul(mul(rx, ry), rz)

    def clean(v: tuple[float, ...]) -> tuple[float, float, float]:
        x, y, z = (round(u, 12) + 0.0 for u in v)
        return (x, y, z)

    return clean(rows[0]), clean(rows[2])


def stated_size(prompt: str) -> list[float]:
    """'The final dimensions are length 0.75, width 0.5 and height 0.1': the sizes the writer expects."""
    prompt = text2cad_spelling(prompt)
    by = re.search(r"\b(?:measures|measuring|dimensions (?:are|of)|size (?:is|of))\s*(?:about\s*)?" + NUM + r"\s*(?:units?\s*)?(?:by|x|×)\s*" + NUM
                   + r"\s*(?:units?\s*)?(?:by|x|×)\s*" + NUM, prompt, re.I)
    if by:  # "The base measures 0.75 by 0.5 by 0.1"
        return [float(g) for g in by.groups()]
    m = re.search(r"(?:final|overall|resulting)\s+(?:dimensions?|size|part|shape)[^.]*(?:\.\d[^.]*)*", prompt, re.I)
    got = _three_sizes(m.group(0)) if m else []
    if got:
        return got
    # "a rectangular block with length 0.5625, width 0.28125 and height 0.5": one sentence naming all three
    for sentence in re.split(r"(?<=[^\d])\.(?!\d)|\n", prompt):
        got = _three_sizes(sentence)
        if got:
            return got
    return []


def _three_sizes(text: str) -> list[float]:
    got = []
    for word in ("length", "width", "height"):
        v = re.search(rf"\b{word}\s*(?:of\s*|is\s*|=\s*|:\s*)?" + NUM, text, re.I) or re.search(
            NUM + rf"\s*(?:mm|units?)?\s*(?:in\s+)?{word[:4]}\w*", text, re.I)
        if v:
            got.append(float(v.group(1)))
    return got if len(got) == 3 else []


_SAME_SYSTEM = re.compile(r"\b(?:same|identical|previous(?:ly defined)?|existing)\s+coordinate system(?:\s+as\s+(?:(?:in\s+)?part\s*(\d+)|the\s+(previous|last|first)\s+part))?", re.I)


def read_sequence(prompt: str) -> list[CadPart]:
    prompt = text2cad_spelling(prompt)
    parts: list[CadPart] = []
    decisions: list[str] = []
    for i, (n, text) in enumerate(split_parts(prompt)):
        # the closing description ("The final shape is ...") is not a part's sketch
        whole = text
        text = re.split(r"(?:^|(?<=[.\n]))\s*(?:the\s+)?(?:final|overall|resulting)\s+(?:dimensions?|size|part|shape|object)\b", text,
                        maxsplit=1, flags=re.I)[0]
        if i and not _PAIR.search(text) and not re.search(r"\bextru", text, re.I):
            continue
        part = read_part(n, text, not parts)
        same = _SAME_SYSTEM.search(text)
        if same and parts and _euler(text) is None and _triple(r"translation(?: vector)?", text) is None:
            # "Use the same coordinate system as Part 1": its plane, not the world's
            ref = int(same.group(1)) if same.group(1) else None
            fallback = parts[0] if (same.group(2) or "").lower() == "first" else parts[-1]
            src = next((q for q in parts if q.number == ref), fallback)
            part.euler, part.translation = src.euler, src.translation
        decisions.append(_unscaled_if_stated(whole, part))
        parts.append(part)
    if "factor" in decisions:
        # one writer, one convention: a scale that is a factor in one part is a factor in all of them
        # (a part's own stated size still decides for it)
        for part, decision in zip(parts, decisions, strict=True):
            if decision == "extent":
                part.scale, part.scale_is_extent = part.scale_is_extent, 0.0
    return parts


def to_operation(part: CadPart) -> ops.SketchSolid:
    return ops.SketchSolid([lp.scaled(part.scale) for lp in part.loops], part.euler, part.translation,
                           part.towards, part.opposite, part.mode, part.number)


def size_of(op: ops.SketchSolid) -> tuple[float, float, float]:
    """The part's sketch extents and extrusion length (in its own plane, before rotation)."""
    boxes = [lp.bbox for lp in op.loops]
    return (max(b[2] for b in boxes) - min(b[0] for b in boxes), max(b[3] for b in boxes) - min(b[1] for b in boxes),
            op.towards + op.opposite)

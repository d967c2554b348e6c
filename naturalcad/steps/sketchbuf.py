"""CAD-software sketch language: a sketch buffer on a plane or face, and the operation that consumes it.

People who model in Fusion / Onshape / SolidWorks / FreeCAD write the feature tree as they click it:
"On the XY plane sketch a rectangle 64 x 38 centred on the origin. Extrude 10 mm. Select the top face,
sketch a Ø18 circle at the origin and cut through all. On the same face sketch two Ø4.2 circles at
(-24, 0) and (24, 0), extrude-cut through all." A sketch step collects entities (rectangles by size and
centre or corner to corner, circles by Ø / R and centres, slots by centres and end radius, hexagons
across flats) on a face or plane; the next operation (extrude / pad, cut / pocket N deep or through all,
a hole feature) consumes the buffer, in the same step or the next. Coordinates are the sketch's, about
the origin; the first body's placement (centred, or a corner at the origin) maps them onto the part.

The session reads one step at a time and answers None for a step that is not sketch language, so the
step reader reads it as before. Every number a sketch or an operation used is returned with its role;
what the session could not place is a problem of its step, never a guess at high confidence.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field

from . import ops, outline, patterns
from .text import NUM

Point = tuple[float, float]


# -- entities ------------------------------------------------------------------------------------------
@dataclass
class Rect:
    w: float
    h: float
    centre: Point | None  # None: the words gave no place
    r: float = 0.0  # corner radius


@dataclass
class Circle:
    d: float
    centres: list[Point] | None
    inset: float | None = None  # 'each 15 in from the two nearest edges': centres from the outline's corners


@dataclass
class SlotShape:
    a: Point
    b: Point
    r: float


@dataclass
class Hexagon:
    across_flats: float
    centre: Point | None
    sides: int = 6


@dataclass
class Chain:
    """A closed outline of lines and arcs (outline.py), in sketch coordinates."""

    loop: ops.Loop


Entity = Rect | Circle | SlotShape | Hexagon | Chain


@dataclass
class PartBox:
    """What the session needs of the part so far (read.Part is a higher layer)."""

    exists: bool
    x: float = 0.0
    y: float = 0.0
    z: float = 0.0
    z0: float = 0.0


@dataclass
class Taken:
    """One step the session read: the operations it makes, the numbers' roles, what it could not do."""

    operations: list[ops.Operation]
    summary: str
    roles: dict[float, str] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)
    assumed: list[str] = field(default_factory=list)
    held: bool = False  # a sketch kept for the operation of a later step
    centre: Point | None = None  # where a base built in the writer's coordinates has its plan centre
    consumes: list[int] = field(default_factory=list)  # the held sketch steps this operation used


@dataclass
class _Sketch:
    face: str
    entities: list[Entity]
    roles: dict[float, str]
    index: int
    assumed: list[str]
    text: str = ""
    more: list[int] = field(default_factory=list)  # later steps that added entities to it


_SHAPE = re.compile(r"\b(rectangles?|squares?|circles?|slots?|hexagons?|hex)\b", re.I)
_VERB = re.compile(r"\b(?:sketch\w*|draw\w*|drew)\b", re.I)
_ADD = re.compile(r"\b(?:add|place|put|include)\b", re.I)
_LEADS_WITH_SHAPE = re.compile(r"^\s*(?:then\s*,?\s*)?(?:an?\s+)?(?:rectangle|circle|slot|hexagon)\b", re.I)
_CUT = re.compile(r"\b(?:extrude[- ]?cut|cut[- ]extrude|extrude\s*\(?\s*remove\)?|extruded\s+cut|cut|pocket|remove|subtract)\b", re.I)
_EXTRUDE = re.compile(r"\b(?:extrude[ds]?|pad(?:ded)?|extruded\s+boss(?:/base)?|boss/base)\b", re.I)
_THROUGH = re.compile(r"\bthrough(?:\s+all|\s+everything|\s+the\s+part)?\b|\bthru\b|\btype\s*:?\s*through\s+all\b", re.I)
_HOLE_FEATURE = re.compile(r"\bhole\s+(?:feature|wizard|tool|command)\b", re.I)
_SPEAKS = re.compile(r"\b(?:XY|XZ|YZ)(?:[_ ]plane)?\b|\b(?:top|front|right|side)\s+plane\b|\bnew\s+sketch\b|\bsame\s+face\b|"
                     r"\bextrude[- ]cut\b|\bpad\b|\bpocket\b|\bhole\s+(?:feature|wizard)\b|\bextrude\s+remove\b", re.I)


def _verb(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    """The first use of an operation word as a verb: 'the floor of that pocket' names a feature, it orders nothing."""
    for m in pattern.finditer(text):
        if not re.search(r"\b(?:the|that|this|a|an|its|of)\s*$", text[:m.start()], re.I):
            return m
    return None


def speaks_sketch(prompt: str) -> bool:
    """Whether a description is written as CAD sketch language: sketches on planes or faces, extruded and cut."""
    sketches = len(re.findall(r"\bsketch\w*\b", prompt, re.I))
    extruded = bool(re.search(r"\b(?:extrude\w*|pad|pocket|cut)\b", prompt, re.I))
    if sketches >= 1 and bool(_SPEAKS.search(prompt) or sketches >= 2) and extruded:
        return True
    # several entities drawn in one sketch ('a circle ... concentric with it a second circle ... four small circles',
    # 'a triangle of three lines and a circle inside'), then extruded
    drawn = bool(_VERB.search(prompt))
    several = len(_SHAPE.findall(prompt)) >= 2 or outline.speaks(prompt)
    return drawn and several and bool(re.search(r"\bextrude\w*\b", prompt, re.I))


def _fmt(v: float) -> str:
    return f"{round(v, 3):g}"


def _face(text: str) -> str | None:
    t = text
    if re.search(r"\bfloor\s+of\s+(?:that|the|this)\s+pocket\b|\bpocket(?:'s)?\s+floor\b|\binside\s+floor\b|\bfloor\b", t, re.I):
        return "floor"
    if re.search(r"\bsame\s+face\b", t, re.I):
        return "same"
    m = re.search(r"\b(top|bottom|upper|lower|front|back|rear|left|right)\s+(?:end\s+)?face\b", t, re.I)
    if m:
        return {"upper": "top", "lower": "bottom", "rear": "back"}.get(m.group(1).lower(), m.group(1).lower())
    if re.search(r"\bXY(?:[_ ]plane)?\b|\btop\s+plane\b", t, re.I):
        return "XY"
    if re.search(r"\bXZ(?:[_ ]plane)?\b|\bfront\s+plane\b", t, re.I):
        return "XZ"
    if re.search(r"\bYZ(?:[_ ]plane)?\b|\b(?:right|side)\s+plane\b", t, re.I):
        return "YZ"
    return None


def _segments(text: str) -> list[tuple[str, str]]:
    """Each shape word with the words about it: from the clause start before it to the next shape's clause."""
    found = [m for m in _SHAPE.finditer(text)
             if not re.match(r"\s*(?:centres?|centers?)\b", text[m.end():], re.I)  # 'on both slot centres': a place, not a shape
             and not re.search(r"(?:construction|pitch|bolt)\s*$", text[:m.start()], re.I)  # 'on a Ø60 construction circle'
             and not re.search(r"\b(?:of|in|inside|within|on|to|from|around|about)\s+(?:the|that|this|its)\s+$", text[:m.start()], re.I)
             and not re.search(r"\bon\s+(?:an?\s+)?(?:diameter\s+)?\d+(?:\.\d+)?\s*(?:mm\s*)?(?:diameter\s+)?$", text[:m.start()], re.I)]
    if not found:
        return []
    starts = []
    for m in found:
        cut = [b.end() for b in re.finditer(r",|;|:|\band\b|\bwith\b|\bplus\b|->", text[:m.start()])]
        starts.append(cut[-1] if cut else 0)
    out = []
    for k, m in enumerate(found):
        end = starts[k + 1] if k + 1 < len(found) and starts[k + 1] > m.end() else (found[k + 1].start() if k + 1 < len(found) else len(text))
        begin = starts[k] if k == 0 or starts[k] >= found[k - 1].end() else found[k - 1].end()
        out.append((m.group(1).lower().rstrip("s") if not m.group(1).lower().startswith("hex") else "hexagon", text[begin:end]))
    return out


_CENTRED = re.compile(r"\bcent(?:re|er)(?:e?d)?\s+(?:on|at)\s+(?:the\s+)?(?:origin|axis|centre|center)\b|\bat\s+(?:the\s+)?(?:exact\s+|very\s+)?(?:origin|centre|center|middle)\b|"
                      r"\bconcentric\b|\bon\s+the\s+axis\b|\bcent(?:re|er)e?d\b(?!\s+(?:left|across|front))|\bat\s+the\s+middle\b", re.I)


def _diameter(seg: str) -> tuple[float, str] | None:
    m = re.search(r"\bdiameter\s*(?:of\s*)?" + NUM, seg, re.I) or re.search(NUM + r"\s*(?:mm\s*)?(?:in\s+)?diameter\b", seg, re.I)
    if m:
        return float(m.group(1)), "diameter"
    r = re.search(r"\bR\s*" + NUM + r"\b", seg) or re.search(r"\bradius\s*(?:of\s*)?" + NUM, seg, re.I) or re.search(NUM + r"\s*(?:mm\s*)?radius\b", seg, re.I)
    if r:
        return 2 * float(r.group(1)), "radius"
    return None


def _centre(seg: str, roles: dict[float, str]) -> Point | None:
    pts = patterns.listed(seg)
    if pts and len(pts.centres) == 1:
        for v in pts.used:
            roles.setdefault(v, "sketch coordinate")
        return pts.centres[0]
    if _CENTRED.search(seg):
        return (0.0, 0.0)
    return None


_ROUNDED = re.compile(r"\b(?:corners?\b[^.;]*?\brounded|rounded\s+corners?|corner\s+radius|fillet\w*)\b[^.;]*?(?:radius\s*(?:of\s*)?|R\s*)?"
                      + NUM, re.I)
_INSET = re.compile(NUM + r"\s*(?:mm\s*)?(?:in\s+)?from\s+(?:the\s+|each\s+|both\s+)?(?:two\s+)?(?:nearest\s+|adjacent\s+|neighbouring\s+)?edges\b", re.I)


def parse_entities(text: str, slot_centres: list[Point], before: list[Entity] | None = None) -> tuple[list[Entity], dict[float, str], list[str]]:
    """The entities a sketch step draws (after those of the sketch held, `before`), the numbers they used, and what could not be read."""
    out: list[Entity] = []
    held = list(before or [])
    roles: dict[float, str] = {}
    problems: list[str] = []
    for kind, seg in _segments(text):
        if kind in ("rectangle", "square"):
            given = patterns.listed(seg)
            corners = given.centres if given else []
            if len(corners) == 2 and re.search(r"\bto\b|\bcorners\b", seg, re.I):
                (x0, y0), (x1, y1) = corners
                if x0 == x1 or y0 == y1:
                    problems.append(f"a rectangle with no area ('{seg.strip()}')")
                    continue
                out.append(Rect(abs(x1 - x0), abs(y1 - y0), ((x0 + x1) / 2, (y0 + y1) / 2)))
                for v in (x0, y0, x1, y1):
                    roles[abs(v)] = "rectangle corner"
                rounded = _ROUNDED.search(seg)
                if rounded:  # 'from the origin to (1.2, 0.5) with all four corners rounded to a radius of 0.1'
                    roles[float(rounded.group(1))] = "corner radius"
                    last = out[-1]
                    assert isinstance(last, Rect)
                    last.r = float(rounded.group(1))
                continue
            m = re.search(NUM + r"\s*(?:mm\s*)?(?:x|by)\s*" + NUM, seg) or re.search(
                NUM + r"\s*(?:mm\s*)?long\s*(?:and|,|by)?\s*" + NUM + r"\s*(?:mm\s*)?wide\b", seg, re.I)
            if m:
                w, h = float(m.group(1)), float(m.group(2))
            else:
                s = re.search(r"\bsquare\s*(?:of\s*)?(?:side\s*)?" + NUM, seg, re.I) or re.search(NUM + r"\s*(?:mm\s*)?(?:sides?|square)\b", seg, re.I)
                if not s:
                    problems.append(f"the size of the {kind} ('{seg.strip()}')")
                    continue
                w = h = float(s.group(1))
            roles[w], roles[h] = "rectangle width", "rectangle height" if h != w else "square side"
            if h == w:
                roles[w] = "rectangle side"
            rounded = _ROUNDED.search(seg)
            if rounded:
                roles[float(rounded.group(1))] = "corner radius"
            elif re.search(r"\b(?:rounded|radius|fillet\w*|chamfer\w*)\b", seg, re.I):
                problems.append(f"the rectangle's corners ('{seg.strip()}')")
                continue
            if re.search(r"\bcorner\s+(?:at|on)\s+(?:the\s+)?origin\b", seg, re.I):
                out.append(Rect(w, h, (w / 2, h / 2)))  # 'with one corner at the origin': the rectangle runs into +X, +Y
            else:
                prior = next((e for e in reversed(held + out) if isinstance(e, Rect) and e.centre is not None), None)
                same = re.search(r"\b(?:sharing|with|on|at|about)\s+(?:the\s+)?same\s+cent(?:re|er)\b|\bconcentric\b", seg, re.I)
                # 'a second, smaller rectangle ... sharing the same centre': the centre of the rectangle before
                centre = prior.centre if same and prior is not None and not patterns.listed(seg) else _centre(seg, roles)
                if same and prior is None and any(isinstance(e, Rect) for e in held + out):
                    centre = (0.0, 0.0)  # both about the sketch's origin
                out.append(Rect(w, h, centre))
            last = out[-1]
            if isinstance(last, Rect) and rounded:
                last.r = float(rounded.group(1))
        elif kind == "circle":
            d = _diameter(seg)
            if d is None:
                problems.append(f"the size of the circle ('{seg.strip()}')")
                continue
            roles[d[0] if d[1] == "diameter" else d[0] / 2] = f"circle {d[1]}"
            rest = seg.replace(f"{_fmt(d[0])}", " ", 1) if d[1] == "diameter" else seg
            inset = _INSET.search(rest)
            lay = patterns.layout(rest) if not inset else None
            centres: list[Point] | None
            previous = next((e for e in reversed(held + out) if isinstance(e, Circle) and e.centres and len(e.centres) == 1), None)
            if inset:  # placed from the outline's corners once the outline is known
                roles[float(inset.group(1))] = "inset from the edges"
                centres = None
            elif previous is not None and not patterns.listed(rest) and (re.search(r"\bconcentric\b", seg, re.I) or (
                    re.search(r"\bconcentric\b", text[:text.find(seg)], re.I) and not any(isinstance(e, Circle) for e in out))):
                assert previous.centres is not None
                centres = [previous.centres[0]]  # 'concentric with it, a second circle': the centre of the circle before
            elif lay is not None:
                centres = lay.centres
                for v in lay.used:
                    roles.setdefault(v, "pattern" if lay.kind != "listed" else "sketch coordinate")
            elif re.search(r"\bslot\s+(?:end\s+)?cent(?:re|er)s\b|\b(?:both|the\s+two|the\s+same|each\s+of\s+the)\s+(?:slot\s+|arc\s+|end\s+)*cent(?:re|er)s\b",
                           text, re.I) and slot_centres:
                centres = list(slot_centres)
            else:
                c = _centre(seg, roles)
                centres = [c] if c is not None else None
            said = re.search(r"\b(\d+(?![\d.])(?!\s*(?:mm|diameter))|two|three|four|five|six|eight)\s+(?:[\w.-]+\s+){0,4}?circles\b", seg, re.I)
            if said and centres is not None:
                n = patterns._n(said.group(1))
                roles.setdefault(float(n), "count")
                if n != len(centres):
                    problems.append(f"{n} circles said, {len(centres)} placed ('{seg.strip()}')")
            if inset:
                n = patterns._n(said.group(1)) if said else 4
                if n != 4:
                    problems.append(f"{n} circles from the edges: only one at each of four corners is read ('{seg.strip()}')")
                out.append(Circle(d[0], None, float(inset.group(1))))
                continue
            sizes = [float(v) for v in re.findall(r"\bdiameter\s*(?:of\s*)?(\d+(?:\.\d+)?)", seg, re.I)]
            if re.search(r"\bconcentric\b", seg, re.I) and len(sizes) >= 2 and centres and len(centres) == 1:
                for v in sizes:  # 'two concentric circles, Ø42 and Ø35': one circle of each size about one centre
                    roles[v] = "circle diameter"
                    out.append(Circle(v, list(centres)))
                problems[:] = [p for p in problems if "circles said" not in p]
                continue
            out.append(Circle(d[0], centres))
        elif kind == "slot":
            ends = patterns.listed(seg)
            r = re.search(r"\bR\s*" + NUM + r"\b", seg) or re.search(r"\b(?:end\s+)?radius\s*(?:of\s*)?" + NUM, seg, re.I)
            wide = re.search(NUM + r"\s*(?:mm\s*)?wide\b", seg, re.I)
            if ends and len(ends.centres) == 2 and (r or wide):
                said = r or wide
                assert said is not None
                rad = float(said.group(1)) if r else float(said.group(1)) / 2
                roles[float(said.group(1))] = "slot end radius" if r else "slot width"
                for v in ends.used:
                    roles.setdefault(v, "slot centre")
                out.append(SlotShape(ends.centres[0], ends.centres[1], rad))
            else:
                problems.append(f"the slot's centres and width ('{seg.strip()}')")
        else:
            af = re.search(NUM + r"\s*(?:mm\s*)?(?:across\s+(?:the\s+)?flats|A/F|AF)\b", seg, re.I) or re.search(r"\bacross\s+flats\s*(?:of\s*)?" + NUM, seg, re.I)
            if not af:
                problems.append(f"the size of the hexagon ('{seg.strip()}')")
                continue
            roles[float(af.group(1))] = "hexagon across flats"
            out.append(Hexagon(float(af.group(1)), _centre(seg, roles)))
    return out, roles, problems


def _depth(text: str, cut: bool = True) -> tuple[float | None, bool]:
    """The operation's length: (N, False), (None, True) for through all, (None, False) when none is given."""
    if cut and _THROUGH.search(re.sub(r"\bnot\s+(?:cut\s+)?(?:all\s+the\s+way\s+|right\s+)?(?:through|thru)\b(?:\s+all)?", " ", text, flags=re.I)):
        return None, True  # '(not all the way through)' says the cut is blind
    m = (re.search(NUM + r"\s*(?:mm\s*)?(?:deep|depth)\b", text, re.I) or re.search(r"\bdepth\s*(?:of\s*)?" + NUM, text, re.I)
         # "cut-extrude that circle 0.12 into the body", "cut it down 0.25" (the step reader's depth words, s-scale)
         or re.search(NUM + r"\s*(?:mm\s*)?(?:down\s+)?into\s+(?:the\s+)?(?:body|part|block|plate|material|solid|it)\b", text, re.I)
         or re.search(r"\b(?:cut|pocket)\s+(?:it|them|that\s+\w+)?\s*down\s+(?:by\s+)?" + NUM, text, re.I)
         or re.search(r"\b(?:extrude[ds]?|pad(?:ded)?|pocket|cut|boss/base)\b(?:\s+(?:it|them|the\s+(?:whole\s+|entire\s+)?(?:sketch|profile|ring|outline|shape)|up|upward|by|to))*\s*,?\s*" + NUM
                      + r"(?!\s*(?:mm\s*)?(?:x\b|wide|long|diameter))", text, re.I)
         or re.search(NUM + r"\s*mm\b(?!\s*(?:x\b|wide|long|diameter|across|radius|from|up\s+from|in\s+from|apart|pitch))", text, re.I)
         # 'Extrude the area between the two rectangles 0.05': the first number after the verb, in its clause
         or re.search(r"\b(?:extrude[ds]?|pad(?:ded)?)\b[^.;\d()]{0,60}?" + NUM
                      + r"(?!\s*(?:mm\s*)?(?:x\b|wide|long|diameter|across|radius|from|apart|pitch|,\s*\d))", text, re.I))
    return (float(m.group(1)), False) if m else (None, False)


# -- the session ------------------------------------------------------------------------------------------
class Session:
    """The sketch buffer across the steps of one description."""

    def __init__(self, placed: bool = False) -> None:
        self.placed = placed  # the part is mirrored later: its base is built where the writer drew it
        self.cut_text = ""  # the words of the operation being read
        self.declined = False  # a sketch of the base was left to the step reader
        self.pending: _Sketch | None = None
        self.offset: Point = (0.0, 0.0)  # where the part's plan centre is in sketch coordinates
        self.face = "XY"
        self.slot_centres: list[Point] = []
        self.floor: float | None = None  # the Z of the last pocket's floor
        self.built_base = False
        self.solids = 90  # numbers of the cut bodies in the script (plane91, body91 ...)

    def release(self) -> list[int]:
        """Give up the held sketch (a later step the session does not read goes on with it): its steps' indices."""
        held, self.pending = self.pending, None
        return [held.index, *held.more] if held else []

    def leftover(self) -> int | None:
        """The step index of a sketch no operation consumed."""
        return self.pending.index if self.pending else None

    def step(self, text: str, index: int, part: PartBox) -> Taken | None:
        """Read one step (normalised text), or None when it is not sketch language. Once a sketch of the base is
        left to the step reader, the rest of the base's sketch is too: half a sketch read here would split it."""
        if self.declined and not part.exists:
            return None
        got = self._step(text, index, part)
        if got is None and not part.exists and _verb(_VERB, text) and (_SHAPE.search(text) or outline.speaks(text)):
            self.declined = True
        return got

    def _step(self, text: str, index: int, part: PartBox) -> Taken | None:
        feature = _HOLE_FEATURE.search(text)
        cut = _verb(_CUT, text)
        ext = _verb(_EXTRUDE, text)
        if ext and cut and ext.start() < cut.start() and re.match(r"[- ]?cut|\s*\(?\s*remove", text[ext.end():], re.I):
            ext = None  # 'extrude-cut', 'extrude Remove': one cutting operation
        op = cut if cut and not (ext and ext.start() < cut.start()) else ext
        verb = _verb(_VERB, text) or (_verb(_ADD, text) if self.pending else None) or _STATES.match(text)  # 'Add a circle ...' to the held sketch
        led = _PLANE_LEAD.match(text)  # 'XY plane: polyline (0,0) -> ...', 'Top plane: rectangle from ...'
        drawn = outline.read(text[: op.start()] if op else text) if (verb or led) and outline.speaks(text) else outline.Read()
        sketched = (bool(verb and _SHAPE.search(text[verb.start():])) or bool(_LEADS_WITH_SHAPE.match(text))
                    or bool(led and _SHAPE.search(text))
                    or bool(drawn.loops or drawn.slots))
        if feature and part.exists:
            return self._hole_feature(text, index, part)
        if not sketched:
            if op is None or self.pending is None:
                return None
            return self._consume(text[op.start():], op is cut, index, part, [self.pending.index, *self.pending.more])
        body = text[: op.start()] if op else text
        face = _face(body)
        if face == "same" or (face is None and part.exists):
            face = self.face if part.exists else "XY"
        elif face is None:
            face = "XY"
        if face in ("XZ", "YZ") and not part.exists:
            return None  # a profile on a side plane: the profile readers' (revolve, side extrusion)
        if drawn.problems:
            return None  # lines that do not close: the step reader says what it makes of them
        if re.search(r"\b(?:project\w*|offset\w*|construction\s+line|spline|line\s+profile)\b|\btrim\w*\b(?![^.;]*\bslot\b)", body, re.I) or (
                not (drawn.loops or drawn.slots) and re.search(r"\b(?:arc\s+through|polyline|lines?\s+through)\b", body, re.I)):
            return None  # sketch tools this buffer does not hold: the step reader says what it makes of them
        rest = drawn.rest(body)
        if face in ("XZ", "YZ"):  # 'at x=0, z=70' in the plane's own two coordinates
            rest = _PLANE_POINT.sub(lambda m: f"({m.group(2)}, {m.group(4)})", rest)
        rest = re.sub(r"\bfrom\s+the\s+origin\s+to\s+(?=\()", "from (0, 0) to ", rest, flags=re.I)
        held_slot = next((e for e in (self.pending.entities if self.pending else []) if isinstance(e, SlotShape)), None)
        entities, roles, problems = parse_entities(rest, self.slot_centres or ([held_slot.a, held_slot.b] if held_slot else []),
                                                   self.pending.entities if self.pending else None)
        if drawn.loops:  # 'a square made of lines from ...': the shape word names the outline the lines draw
            problems = [p for p in problems if not re.match(r"the size of the (?:rectangle|square)\b", p)]
        chains: list[Entity] = [Chain(lp) for lp in drawn.loops]
        chains += [SlotShape(a, b, r) for a, b, r in drawn.slots]
        roles.update({v: "sketch point" for v in drawn.values if v not in roles})
        for _, _, r in drawn.slots:
            roles[r], roles[2 * r] = "slot end radius", "slot end radius"
        entities = chains + [e for e in entities if not _restates(e, drawn.loops)]
        _place_insets(entities, part, self.offset, self.pending.entities if self.pending else [])
        if not entities or any(p.startswith("the size of") or p.startswith("the rectangle's corners") or p.startswith("the slot's")
                               for p in problems):
            return None  # nothing drawn, or an entity the buffer cannot size: the step reader may, or says it did not
        if part.exists and any(_unplaced(e) for e in entities) and not (face in ("front", "back", "left", "right") and side_place(body, part)):
            return None  # a place in words the buffer does not read ('12 mm from each short end'): the step reader's
        added = bool(self.pending and (not _verb(_VERB, text) or (
            not part.exists and not re.search(r"\bnew\s+sketch\b", body, re.I) and (_face(body) or self.pending.face) == self.pending.face)))
        if added and self.pending:  # more entities for the sketch held from an earlier step
            held = self.pending
            held.entities += entities
            held.roles.update(roles)
            held.text += " " + body
            held.more.append(index)
            if problems:
                return Taken([], "a sketch not fully read", roles, [f"sketch: {p}" for p in problems])
            if op is None:
                return Taken([], f"adds {self._describe(entities)} to the sketch of step {held.index + 1}", roles, held=True)
            return self._consume(text[op.start():], op is cut, index, part, [held.index, *held.more])
        sketch = _Sketch(face, entities, roles, index, [], body)
        if problems:
            return Taken([], "a sketch not fully read", roles, [f"sketch: {p}" for p in problems])
        if op is None:
            self.pending = sketch
            self.face = face if face != "XY" or not part.exists else "top"
            return Taken([], f"a sketch on the {self._face_name(face)}: {self._describe(entities)}, consumed by a later step", roles, held=True)
        self.pending = sketch
        return self._consume(text[op.start():], op is cut, index, part, [])

    def _next(self) -> int:
        self.solids += 1
        return self.solids

    @staticmethod
    def _face_name(face: str) -> str:
        return {"XY": "XY plane", "XZ": "XZ plane", "floor": "pocket floor"}.get(face, f"{face} face")

    @staticmethod
    def _describe(entities: list[Entity]) -> str:
        out = []
        for e in entities:
            if isinstance(e, Rect):
                out.append(f"rectangle {_fmt(e.w)} × {_fmt(e.h)}" + (f" at ({_fmt(e.centre[0])}, {_fmt(e.centre[1])})" if e.centre else ""))
            elif isinstance(e, Circle):
                n = len(e.centres or [])
                out.append(f"{n} × Ø{_fmt(e.d)} circles" if n > 1 else f"Ø{_fmt(e.d)} circle")
            elif isinstance(e, Chain):
                out.append(f"outline of {len(e.loop.segments)} lines and arcs")
            elif isinstance(e, SlotShape):
                out.append(f"slot R{_fmt(e.r)} between ({_fmt(e.a[0])}, {_fmt(e.a[1])}) and ({_fmt(e.b[0])}, {_fmt(e.b[1])})")
            else:
                out.append(f"hexagon {_fmt(e.across_flats)} across flats")
        return ", ".join(out)

    def _hole_feature(self, text: str, index: int, part: PartBox) -> Taken | None:
        """'Hole feature: simple, Ø6.6, through all, 6 holes equally spaced on a Ø60 construction circle'."""
        d = _diameter(text)
        if d is None:
            return None
        rest = re.sub(r"\bdiameter\s*(?:of\s*)?" + re.escape(_fmt(d[0])) + r"(?:\s*mm)?", " ", text, count=1, flags=re.I)
        lay = patterns.layout(rest)
        if lay is None:
            return None
        roles = {d[0]: "hole diameter"}
        roles.update({v: "pattern" for v in lay.used})
        face = _face(text) or self.face
        self.pending = _Sketch(face if face not in ("XY", "same") else "top", [Circle(d[0], lay.centres)], roles, index, [])
        return self._consume(text, True, index, part, [])

    def _consume(self, text: str, cut: bool, index: int, part: PartBox, consumes: list[int]) -> Taken:
        sketch = self.pending
        assert sketch is not None
        self.pending = None
        depth, through = _depth(text, cut)
        self.cut_text = text
        roles = dict(sketch.roles)
        if depth is not None:
            roles[depth] = "cut depth" if cut else "extrude length"
        if not cut and depth is None:
            return Taken([], "an extrusion with no length", roles, ["extrude: no length read"], consumes=consumes)
        if cut and depth is None and not through:
            return Taken([], "a cut with no depth", roles, ["cut: neither a depth nor 'through all' read"], consumes=consumes)
        if not part.exists:
            if cut:
                return Taken([], "a cut with no body", roles, ["cut: there is no body yet"], consumes=consumes)
            assert depth is not None
            got = self._base(sketch, depth, roles, bool(_SYMMETRIC.search(text)))
        elif cut:
            got = self._cut(sketch, depth, part, roles)
        else:
            assert depth is not None
            got = self._boss(sketch, depth, part, roles)
        got.consumes = consumes
        if sketch.face not in ("XY", "same"):
            self.face = sketch.face
        elif part.exists:
            self.face = "top"
        return got

    def _local(self, p: Point) -> Point:
        return (round(p[0] - self.offset[0], 6), round(p[1] - self.offset[1], 6))

    def _base(self, sketch: _Sketch, depth: float, roles: dict[float, str], symmetric: bool = False) -> Taken:
        def area(e: Entity) -> float:
            if isinstance(e, Chain):
                return e.loop.area
            if isinstance(e, Rect):
                return e.w * e.h
            if isinstance(e, Circle):
                return math.pi * e.d ** 2 / 4
            if isinstance(e, SlotShape):
                return 2 * e.r * math.dist(e.a, e.b) + math.pi * e.r ** 2
            return 0.866 * e.across_flats ** 2

        outline = max(sketch.entities, key=area)
        if symmetric or isinstance(outline, Chain) or any(isinstance(e, Chain) for e in sketch.entities):
            return self._sketched_base(sketch, outline, depth, roles, symmetric)
        assumed: list[str] = []
        made: list[ops.Operation] = []
        placed: Point | None = None
        if isinstance(outline, Rect) and self.placed and outline.centre is not None:
            placed = outline.centre  # mirrored later: the block stands where the writer drew it, the plane is theirs
            made.append(ops.Box(outline.w, outline.h, depth, corner_radius=outline.r, centre=placed))
            summary = f"base: rectangle {_fmt(outline.w)} × {_fmt(outline.h)} mm extruded {_fmt(depth)} mm, where it was drawn"
        elif isinstance(outline, Rect):
            self.offset = outline.centre or (0.0, 0.0)
            made.append(ops.Box(outline.w, outline.h, depth, corner_radius=outline.r))
            summary = f"base: rectangle {_fmt(outline.w)} × {_fmt(outline.h)} mm extruded {_fmt(depth)} mm"
        elif isinstance(outline, Circle):
            if outline.centres and len(outline.centres) != 1:
                return Taken([], "a base of several circles", roles, ["base: one circle to extrude, several read"])
            self.offset = outline.centres[0] if outline.centres else (0.0, 0.0)
            made.append(ops.Cylinder(outline.d, depth))
            summary = f"base: circle Ø{_fmt(outline.d)} mm extruded {_fmt(depth)} mm"
        elif isinstance(outline, SlotShape):
            self.offset = ((outline.a[0] + outline.b[0]) / 2, (outline.a[1] + outline.b[1]) / 2)
            self.slot_centres = [outline.a, outline.b]  # sketch coordinates, as later circles are given
            made.append(ops.SketchSolid([_slot_loop(self._local(outline.a), self._local(outline.b), outline.r)], towards=depth))
            summary = f"base: slot R{_fmt(outline.r)} mm ends, centres {_fmt(math.dist(outline.a, outline.b))} mm apart, extruded {_fmt(depth)} mm"
        else:
            self.offset = outline.centre or (0.0, 0.0)
            made.append(ops.Prism(outline.across_flats, depth, outline.sides))
            summary = f"base: hexagon {_fmt(outline.across_flats)} mm across flats extruded {_fmt(depth)} mm"
        self.built_base = True
        inner = [e for e in sketch.entities if e is not outline]
        problems: list[str] = []
        for e in inner:  # loops inside the outline are openings through the extrusion
            if isinstance(e, Circle) and e.centres:
                made.append(ops.Holes(e.d, [self._local(c) for c in e.centres], None))
                summary += f", {len(e.centres)} × Ø{_fmt(e.d)} mm opening{'s' if len(e.centres) > 1 else ''} through it"
            elif isinstance(e, Rect) and e.centre is not None:
                made.append(ops.Pocket("rect", (e.w, e.h), None, self._local(e.centre)))
                summary += f", a {_fmt(e.w)} × {_fmt(e.h)} mm opening through it"
                if isinstance(outline, Rect) and outline.centre in (e.centre, None) and abs((outline.w - e.w) - (outline.h - e.h)) < 1e-9:
                    roles.setdefault(round((outline.w - e.w) / 2, 9), "frame border (agrees with the rectangles)")
            else:
                problems.append(f"sketch: an inner loop with no place ({self._describe([e])})")
        return Taken(made, summary, roles, problems, assumed + sketch.assumed, centre=placed)

    def _sketched_base(self, sketch: _Sketch, outline: Entity, depth: float, roles: dict[float, str], symmetric: bool) -> Taken:
        """A base of several loops in the writer's coordinates: the loops inside the outline are openings through it."""
        loops: list[ops.Loop] = []
        problems: list[str] = []
        for e in sketch.entities:
            if isinstance(e, Circle):
                if not e.centres:
                    problems.append(f"sketch: an inner loop with no place ({self._describe([e])})")
                loops += [ops.Loop(circle=(c[0], c[1], e.d / 2)) for c in e.centres or []]
                continue
            centre = e.centre if isinstance(e, (Rect, Hexagon)) else (0.0, 0.0)
            if centre is None and e is not outline:
                problems.append(f"sketch: an inner loop with no place ({self._describe([e])})")
                continue
            loop = _loop_of(e, centre or (0.0, 0.0))
            if loop is not None:
                loops.append(loop)
        self.offset = (0.0, 0.0)
        self.built_base = True
        if isinstance(outline, SlotShape):
            self.slot_centres = [outline.a, outline.b]
        half = depth / 2 if symmetric else depth
        made: list[ops.Operation] = [ops.SketchSolid(loops, towards=half, opposite=depth - half if symmetric else 0.0)]
        x0, y0, x1, y1 = _loop_of(outline, (0.0, 0.0) if not isinstance(outline, (Rect, Hexagon)) or outline.centre is None
                                  else outline.centre).bbox  # type: ignore[union-attr]
        how = f"{_fmt(depth)} mm symmetric about the sketch plane" if symmetric else f"{_fmt(depth)} mm"
        summary = f"base: {self._describe([outline])} extruded {how}"
        if len(loops) > 1:
            summary += f", with {len(loops) - 1} more loop{'s' if len(loops) > 2 else ''} (those inside it open through it)"
        return Taken(made, summary, roles, problems, list(sketch.assumed), centre=((x0 + x1) / 2, (y0 + y1) / 2))

    def _boss(self, sketch: _Sketch, depth: float, part: PartBox, roles: dict[float, str]) -> Taken:
        face = sketch.face
        if face not in ("top", "bottom", "XY"):
            return Taken([], "an extrusion from a side face", roles, [f"extrude: a boss on the {face} face is not built by the sketch reader"])
        z0 = part.z0 + part.z if face != "bottom" else part.z0 - depth
        made: list[ops.Operation] = []
        problems: list[str] = []
        for e in sketch.entities:
            if isinstance(e, Circle) and e.centres:
                made += [ops.Boss(ops.Cylinder(e.d, depth, z0=z0, centre=self._local(c))) for c in e.centres]
            elif isinstance(e, Rect) and e.centre is not None:
                made.append(ops.Boss(ops.Box(e.w, e.h, depth, corner_radius=e.r, z0=z0, centre=self._local(e.centre))))
            elif isinstance(e, Hexagon) and e.centre is not None and self._local(e.centre) == (0.0, 0.0):
                made.append(ops.Boss(ops.Prism(e.across_flats, depth, e.sides, z0=z0), "hexagon"))
            else:
                problems.append(f"extrude: a {self._describe([e])} with no place, or of a kind not added on a face")
        return Taken(made, f"{self._describe(sketch.entities)} on the {self._face_name(face)} extruded {_fmt(depth)} mm (added)", roles, problems)

    def _cut(self, sketch: _Sketch, depth: float | None, part: PartBox, roles: dict[float, str]) -> Taken:
        face = "top" if sketch.face in ("XY", "same") else sketch.face
        made: list[ops.Operation] = []
        problems: list[str] = []
        assumed = list(sketch.assumed)
        top = part.z0 + part.z
        how = "through all" if depth is None else f"{_fmt(depth)} mm deep"
        if face in ("XZ", "YZ"):
            return self._plane_cut(sketch, face, depth, roles)
        for e in sketch.entities:
            centres: list[Point] | None = (e.centres if isinstance(e, Circle) else [e.centre] if isinstance(e, (Rect, Hexagon)) and e.centre else None
                                           if not isinstance(e, SlotShape) else [((e.a[0] + e.b[0]) / 2, (e.a[1] + e.b[1]) / 2)])
            if centres is None:
                if face in ("front", "back", "left", "right") and isinstance(e, Circle):
                    centres = []
                else:
                    problems.append(f"cut: where the {self._describe([e])} goes")
                    continue
            if face in ("front", "back", "left", "right"):
                got = self._side_hole(e, face, depth, part, sketch, roles)
                if isinstance(got, str):
                    problems.append(got)
                else:
                    made.append(got)
                continue
            local = [self._local(c) for c in centres]
            if isinstance(e, Circle):
                hole = ops.Holes(e.d, local, depth, face="bottom" if face == "bottom" else "top")
                if face == "floor" and self.floor is not None and depth is not None:
                    hole.start_z = self.floor
                made.append(hole)
            elif isinstance(e, Rect) and face in ("top", "floor") and (face == "top" or depth is None):
                made.append(ops.Pocket("rect", (e.w, e.h), depth, local[0], corner_radius=e.r))
                if depth is not None and local[0] == (0.0, 0.0):
                    self.floor = top - depth
                    # 'leaving an open tray with 0.1 thick walls and a 0.1 thick floor': what the pocket leaves, said again
                    for left in ((part.x - e.w) / 2, (part.y - e.h) / 2, part.z - depth):
                        roles.setdefault(round(left, 9), "wall or floor left (agrees with the pocket)")
                elif depth is not None:
                    self.floor = top - depth
            elif isinstance(e, SlotShape) and face == "top" and (e.a[0] == e.b[0] or e.a[1] == e.b[1]):
                along = "X" if e.a[1] == e.b[1] else "Y"
                made.append(ops.Slot(2 * e.r, math.dist(e.a, e.b) + 2 * e.r, depth, local, along))
            else:
                loop = _loop_of(e, local[0])
                if loop is None:
                    problems.append(f"cut: a {self._describe([e])} on the {face} face")
                    continue
                start = top if face != "bottom" else part.z0
                if face == "floor" and self.floor is not None:
                    start = self.floor
                if depth is None:
                    z, length = part.z0 - 1, part.z + 2
                elif face == "bottom":
                    z, length = part.z0 - 1, depth + 1
                else:
                    z, length = start - depth, depth + 1
                made.append(ops.SketchSolid([loop], translation=(0.0, 0.0, z), towards=length, mode="cut", number=self._next()))
        summary = f"{self._describe(sketch.entities)} on the {self._face_name(face)} cut {how}"
        return Taken(made, summary, roles, problems, assumed)

    def _plane_cut(self, sketch: _Sketch, face: str, depth: float | None, roles: dict[float, str]) -> Taken:
        """Circles on the XZ / YZ plane cut through all: holes along Y / X at the sketch's (x or y, z)."""
        made: list[ops.Operation] = []
        problems: list[str] = []
        assumed: list[str] = []
        if depth is not None:
            problems.append(f"cut: a blind cut {_fmt(depth)} mm deep from the {face} plane")
        both = re.search(r"\bboth\s+(?:directions|ways|sides|walls)\b|\bsymmetric\w*|\bthrough\s+both\b|\ball\s+the\s+way\s+through\b",
                         sketch.text + " " + self.cut_text, re.I)
        if not both:
            assumed.append(f"the cut from the {face} plane goes through all in both directions")
        axis, k = ("Y", 0) if face == "XZ" else ("X", 1)
        for e in sketch.entities if depth is None else []:
            if not isinstance(e, Circle) or not e.centres:
                problems.append(f"cut: a {self._describe([e])} on the {face} plane")
                continue
            for u, v in e.centres:
                made.append(ops.Holes(e.d, [(round(u - self.offset[k], 6), v)], None, face="side", axis=axis, side_z=v))
        summary = f"{self._describe(sketch.entities)} on the {face} plane cut through all along {axis}"
        return Taken(made, summary, roles, problems, assumed)

    def _side_hole(self, e: Entity, face: str, depth: float | None, part: PartBox, sketch: _Sketch,
                   roles: dict[float, str]) -> ops.Holes | str:
        """A circle on a side face, placed by words ('centred left-right, 20 up from the bottom edge'), cut through."""
        if not isinstance(e, Circle):
            return f"cut: a {self._describe([e])} on the {face} face"
        if depth is not None:
            return f"cut: a blind cut {_fmt(depth)} mm deep into the {face} face"
        at = e.centres[0] if e.centres and len(e.centres) == 1 else side_place(sketch.text, part)
        if at is None:
            return f"cut: the circle's place on the {face} face"
        up = re.search(NUM + r"\s*(?:mm\s*)?(?:up\b|(?:down\s+)?from\s+the\s+(?:bottom|top))", sketch.text, re.I)
        if up:
            roles[float(up.group(1))] = "height on the face"
        return ops.Holes(e.d, [at], None, face="side", axis="Y" if face in ("front", "back") else "X", side_z=at[1])


_SYMMETRIC = re.compile(r"\bsymmetric\w*|\bmid[- ]?plane\b|\b(?:to\s+)?both\s+sides\b|\bequally\s+(?:on\s+|to\s+)?(?:both|each)\s+sides?\b", re.I)
_PLANE_LEAD = re.compile(r"^\s*(?:on\s+(?:the\s+)?)?(?:XY|XZ|YZ|top|front|right|side)(?:[_ ]plane)?\s*:", re.I)
_STATES = re.compile(r"^\s*(?:the|this|my)\s+sketch\s+(?:is|consists\s+of|has|holds)\b|"
                     r"^\s*(?:create|make|start|begin|open)\s+(?:a|an|the)\s+(?:new\s+)?(?:[\w-]+\s+)?sketch\b", re.I)
_PLANE_POINT = re.compile(r"\b([xyz])\s*=\s*(-?" + NUM[1:-1] + r")\s*(?:mm\s*)?,?\s*(?:and\s+)?([xyz])\s*=\s*(-?" + NUM[1:-1] + r")", re.I)


def _restates(e: Entity, loops: list[ops.Loop]) -> bool:
    """A rectangle the words also drew line by line ('a square of side 0.2 ... with lines from ...') is one loop."""
    if not isinstance(e, Rect) or e.centre is None:
        return False
    box = (e.centre[0] - e.w / 2, e.centre[1] - e.h / 2, e.centre[0] + e.w / 2, e.centre[1] + e.h / 2)
    return any(len(lp.segments) == 4 and all(abs(a - b) <= 1e-6 * max(1.0, e.w) for a, b in zip(lp.bbox, box, strict=True)) for lp in loops)


def _place_insets(entities: list[Entity], part: PartBox, offset: Point, held: list[Entity]) -> None:
    """Circles 'each N in from the two nearest edges': one at each corner of the sketch's rectangle (or the part's plan)."""
    outer = max((e for e in held + entities if isinstance(e, Rect)), key=lambda e: e.w * e.h, default=None)
    for e in entities:
        if not isinstance(e, Circle) or e.inset is None:
            continue
        if outer is not None:
            c, w, h = outer.centre or (0.0, 0.0), outer.w, outer.h
        elif part.exists:
            c, w, h = offset, part.x, part.y
        else:
            continue
        dx, dy = w / 2 - e.inset, h / 2 - e.inset
        if dx > e.d / 2 and dy > e.d / 2:
            e.centres = [(c[0] + sx * dx, c[1] + sy * dy) for sx, sy in ((-1, -1), (1, -1), (1, 1), (-1, 1))]


def _unplaced(e: Entity) -> bool:
    return (isinstance(e, Circle) and not e.centres) or (isinstance(e, (Rect, Hexagon)) and e.centre is None)


def side_place(text: str, part: PartBox) -> Point | None:
    """'centred left-right, 20 up from the bottom edge': (across, height) on a side face."""
    up = re.search(NUM + r"\s*(?:mm\s*)?(?:up\s+)?from\s+the\s+bottom\b|" + NUM + r"\s*(?:mm\s*)?up\b", text, re.I)
    down = re.search(NUM + r"\s*(?:mm\s*)?(?:down\s+)?from\s+the\s+top\b", text, re.I)
    across = re.search(r"\bcent(?:re|er)e?d\s+(?:left[- ]right|across|side\s+to\s+side|horizontally)\b|\bcent(?:re|er)e?d\b", text, re.I)
    if not across or not (up or down):
        return None
    if up:
        z = part.z0 + float(up.group(1) or up.group(2))
    else:
        assert down is not None
        z = part.z0 + part.z - float(down.group(1))
    return (0.0, z)


def _slot_loop(a: Point, b: Point, r: float) -> ops.Loop:
    """A stadium around the segment a-b with end radius r: two lines and two half-circle arcs."""
    dx, dy = b[0] - a[0], b[1] - a[1]
    length = math.hypot(dx, dy) or 1.0
    ux, uy = dx / length, dy / length
    nx, ny = -uy * r, ux * r
    p1, p2 = (a[0] - nx, a[1] - ny), (b[0] - nx, b[1] - ny)
    p3, p4 = (b[0] + nx, b[1] + ny), (a[0] + nx, a[1] + ny)
    return ops.Loop(None, p1, [(None, p2), ((b[0] + ux * r, b[1] + uy * r), p3), (None, p4), ((a[0] - ux * r, a[1] - uy * r), p1)])


def hexagon_loop(across_flats: float, centre: Point) -> ops.Loop:
    """A regular hexagon's outline about `centre` (for a hexagonal pocket read in words, read.read_hex_pocket)."""
    loop = _loop_of(Hexagon(across_flats, centre), centre)
    assert loop is not None
    return loop


def _rounded_loop(x0: float, y0: float, x1: float, y1: float, r: float) -> ops.Loop:
    """A rectangle whose corners are quarter arcs of radius r."""
    k = r * (1 - math.sqrt(0.5))
    return ops.Loop(None, (x0 + r, y0), [(None, (x1 - r, y0)), ((x1 - k, y0 + k), (x1, y0 + r)), (None, (x1, y1 - r)),
                                         ((x1 - k, y1 - k), (x1 - r, y1)), (None, (x0 + r, y1)), ((x0 + k, y1 - k), (x0, y1 - r)),
                                         (None, (x0, y0 + r)), ((x0 + k, y0 + k), (x0 + r, y0))])


def _loop_of(e: Entity, c: Point) -> ops.Loop | None:
    if isinstance(e, Chain):
        return e.loop
    if isinstance(e, Rect) and e.r > 0:
        return _rounded_loop(c[0] - e.w / 2, c[1] - e.h / 2, c[0] + e.w / 2, c[1] + e.h / 2, e.r)
    if isinstance(e, Hexagon):
        r = e.across_flats / 2 / math.cos(math.pi / e.sides)
        pts = [(round(c[0] + r * math.cos(2 * math.pi * k / e.sides), 6), round(c[1] + r * math.sin(2 * math.pi * k / e.sides), 6)) for k in range(e.sides)]
        segs: list[tuple[Point | None, Point]] = [(None, p) for p in [*pts[1:], pts[0]]]
        return ops.Loop(None, pts[0], segs)
    if isinstance(e, Rect):
        x0, y0, x1, y1 = c[0] - e.w / 2, c[1] - e.h / 2, c[0] + e.w / 2, c[1] + e.h / 2
        return ops.Loop(None, (x0, y0), [(None, (x1, y0)), (None, (x1, y1)), (None, (x0, y1)), (None, (x0, y0))])
    if isinstance(e, Circle):
        return ops.Loop(circle=(c[0], c[1], e.d / 2))
    if isinstance(e, SlotShape):
        return _slot_loop(e.a, e.b, e.r)
    return None

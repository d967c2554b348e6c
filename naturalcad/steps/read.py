"""Read each step into an operation on the part so far.

Each rule is a named pattern with a producer: it looks at one step's text (normalised by
text.py) and the part built so far, and returns an operation or None. Rules are tried in
order; the first that answers wins. A step no rule answers is "not understood" and listed
by number in the reading; a step that names an operation we cannot model (a thread, a
knurl, engraved text) is listed the same way, and the rest of the part is still built.
"""

from __future__ import annotations

import copy
import dataclasses
import math
import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from ..prompt.feature_clauses import read_slot_clause
from ..prompt.role_words import NOT_A_DIAMETER  # "a blind hole 45 deep": a depth, never a Ø45
from ..prompt.scan import find_negations
from ..prompt.written_forms import SET_ASIDE
from . import (
    attach,
    axial,
    bodies,
    cadseq,
    captions,
    cuts,
    holefeat,
    notes,
    ops,
    patterns,
    place,
    profile,
    profiled,
    sketchbuf,
    sketchcut,
    stock_cuts,
    turned,
    uprights,
    vocab,
)
from . import mirror as mirroring
from .coaxial import coaxial_body
from .cups import cup
from .placement import total_height
from .prose import asides, feature_corners, hole_step, preamble, remark, replaced
from .prose import restates as restates_sizes
from .reading import Reading, StepReading, Value
from .sizing import join_sizes
from .split import Step, numbered, split_steps
from .text import NUM, Number, count, first, numbers, prompt_in_inches
from .text import normalise as _plain_normalise
from .unions import read_union


def normalise(text: str, inches: bool = False) -> str:
    """text.normalise, then the CAD packages' verbs in the reader's words (vocab.py: pad, extrude-cut, R5 ...)."""
    return vocab.canonical(_plain_normalise(text, inches))

# Words naming an operation nobody can model from a sentence: the step is listed, not guessed.
UNSUPPORTED = re.compile(
    r"\b(knurl\w*|thread(?:ed|s)?|engrav\w*|emboss\w*|texture\w*|sandblast\w*|topology|optimi[sz]\w*|"
    r"involute|teeth|tooth|sculpt\w*|free-?form|logo|qr code|lettering|spline|helix|helical|spring|"
    r"draft angle|knurled|tapped|organic|ergonomic)\b", re.I)
# Steps that say something true but add nothing to model.
_NOTHING = re.compile(
    r"^(?:the result|this (?:gives|makes|is)|that is|leave|keep|(?:the )?(?:bore|hole|other|remaining) edges? stay|"
    r"(?:union|combine|merge|join|fuse)(?: them| all| all three| everything| the \w+| both)?(?: into one(?: solid| body)?)?\s*$|"
    r"all coaxial|the (?:two )?holes do not|no chamfers|no fillets|do not (?:shell|fillet|chamfer|hollow) it|the (?:pocket|slot|recess|cut-?out)s? (?:has|have) (?:square|sharp) corners|the (?:pocket|slot|recess|cut-?out|hole)s?(?: floor| bottom)? (?:is|are) flat|"
    r"plain flat|(?:it|everything) is one solid|so (?:it|that)|i\.?e\b|"
    r"(?:begin|start)?\s*(?:by\s*)?creat\w* a new coordinate system|[^.]*euler angles|[^.]*translation vector|transform the|"
    r"the bottom face (?:sits|is|lies) on z|(?:the \w+ is )?centred on the origin|the object is\b(?![^.]*\d)|the final (?:shape|part))", re.I)
_UNION_PREFIX = re.compile(r"^\s*(?:union|combine|merge|join|fuse)\s+(?:them|all three|everything|both)\s*(?:into one (?:solid|body)\s*)?(?:,\s*)?(?:and\s+)?(?:then\s+)?", re.I)

# "(no thread)", "without threads", "plain hole": the word is there, the feature is not.
_NEGATED = re.compile(r"\b(?:no|without|not|plain|unthreaded)\s+(?:\w+\s+)?(?:threads?|knurl\w*|texture)\b|"
                      # "threads not needed", "thread is not modelled": said after the noun
                      r"\b(?:threads?|threading|knurl\w*|texture)\s+(?:is\s+|are\s+)?(?:not|never)\s+(?:needed|required|necessary|wanted|"
                      r"modell?ed|shown|drawn)\b|\(no [^)]*\)|\((?:don't|do not|no need to)\s+(?:model|show|draw)\b[^)]*\)", re.I)
# Steps that turn an earlier sketch into a solid.
_CONSUMES = re.compile(r"\b(extrude[ds]?|revolve[ds]?|revolving|loft(?:ed)?|sweep|swept|pad)\b", re.I)
_MIRROR = re.compile(r"\bmirror", re.I)
# Steps that only sketch: a profile, a path, circles, points.
_SKETCH = re.compile(r"\b(sketch|draw|profile|path|cross-section|section|circle|circles|rectangle|square|polygon|polyline|outline)\b", re.I)
# "Create a plane offset 50 mm above XY", "a work plane at Z = 50 mm": where the next sketch lies
_PLANE = re.compile(r"\b(?:work\s*)?plane\b[^.;]*?(?:offset|at|above)\b", re.I)

POINT = r"\(\s*(-?\d+(?:\.\d+)?)\s*(?:mm)?\s*,\s*(-?\d+(?:\.\d+)?)\s*(?:mm)?\s*\)"


# A step that orders an operation is never passed over silently, even without a number ("drill an M6 hole").
_ACTS = re.compile(r"\b(drill\w*|bore|cut|fillet\w*|chamfer\w*|round (?:off|over)|shell|hollow|pocket|counterbor\w*|"
                   r"countersink|tap|slot|groove|extrude|revolve|loft|sweep|mirror)\b|\bM\d+\b", re.I)


# A sentence ordering a CAD operation: the description is steps, not bodies to fuse.
_IMPERATIVE_BODY = re.compile(r"^\s*(?:\d+[.)]\s*)?(?:first\s*,?\s*|then\s*,?\s*|next\s*,?\s*|finally\s*,?\s*)?(?:sketch|draw|extrude|revolve|loft|sweep|drill|cut|bore|fillet|chamfer|shell)\b", re.I)


# A later sentence that orders an operation: the description is steps, not a caption of the result.
_ORDERS = re.compile(r"\s*(?:\d+[.)]\s*)?(?:then|next|finally|after\s+that|now|lastly)\b|\s*(?:drill|cut|extrude|fillet|chamfer|bore|add|sketch|draw|pad|"
                     r"pocket|shell|revolve|mirror|round|make|create|place|put|attach|fuse|join|union|subtract)\b", re.I)


# "On the top face sketch an 80 x 40 rectangle ...", "Sketch a Ø10 circle on the top face ...": a sketch on the part
_FACE_SKETCH = re.compile(r"^\s*(?:then\s*,?\s*)?(?:on\s+(?:the|its)\s+(?:top|bottom|upper|lower)\s+face\s*,?\s*)(?:sketch|draw)\s+(?:an?|two|three|four|\d+)\b", re.I)
_CUTS_IT = re.compile(r"\b(?:cut|pocket|drill|bore|through|deep|remove|subtract|extrude)\w*\b", re.I)
# "Pocket it 8 deep", "Cut them through all", "Extrude-cut it 5 mm": the step that cuts the held sketch
_CUT_SKETCH = re.compile(r"^\s*(?:then\s*,?\s*|finally\s*,?\s*)?(?:pocket|cut|remove|extrude[- ]cut|cut[- ]extrude)\s+"
                         r"(?:it|them|the sketch|the profile|this|these|that|both|(?:the|this|these|both|all)\s+(?:(?:two|three|four|five|six|\d+)\s+)?"
                         r"(?:circles?|rectangles?|squares?|shapes?|profiles?|outlines?|sketch(?:es)?))\b"
                         r"(?:\s+(?:circles?|rectangles?|squares?|shapes?|profiles?|outlines?))?(?:\s+out)?", re.I)
# "round all four corners with a radius of 0.1", "fillet each of its corners": a sketched rectangle's corners
_SKETCH_CORNERS = re.compile(r"\b(?:round\w*|fillet\w*)\b[^.;]*\bcorners?\b|\bcorners?\b[^.;]*\b(?:rounded|filleted)\b", re.I)
# "The remaining floor under the pocket is 0.1 thick", "leaving a floor 0.1 thick", "0.1 of material is left below it"
# "round all four corners with a radius of 0.1", "fillet each of its corners": a sketched rectangle's corners
_SKETCH_CORNERS = re.compile(r"\b(?:round\w*|fillet\w*)\b[^.;]*\bcorners?\b|\bcorners?\b[^.;]*\b(?:rounded|filleted)\b", re.I)
_FLOOR_LEFT = re.compile(r"\b(?:remain\w*|left|leav\w*)\b[^.;]*\b(?:floor|base|bottom|material|web)\b|"
                         r"\b(?:floor|base|bottom|material|web)\b[^.;]*\b(?:remain\w*|left|leav\w*)\b", re.I)
# "Draw four circles of diameter 0.0625 ... at (..)", "Sketch two circles ... on its top face": a sketch on the part
# that names its shapes, anywhere in the step, held for the cut that follows
_SHAPES_SKETCHED = re.compile(r"^\s*(?:then\s*,?\s*|next\s*,?\s*)?(?:on\s+(?:the|its)\s+(?:top|bottom|upper|lower)\s+face\s*,?\s*)?(?:sketch|draw|place|add)\s+(?:two|three|four|five|six|eight|\d+)\s+"
                              r"(?:\w+\s+){0,2}(?:circles|rectangles|squares)\b(?![^.;]*\b(?:holes?|bores?)\b)", re.I)


# 'Next, cut three holes through the bar, all on its centreline: a hole of ... at the centre, and two holes of ...'
_HOLE_LIST = re.compile(r"^\s*(?:next|then|finally)?\s*,?\s*((?:cut|drill|bore|make|add|create)\b[^:]*\bholes\b[^:]*):\s*(.+)$", re.I)


class NotApplicable(Exception):
    """A step was understood but cannot be applied to the part (a fillet too large ...)."""


@dataclass
class Part:
    """What later steps need to know of the part so far: its box, its kind, its top."""

    kind: str = ""
    x: float = 0.0
    y: float = 0.0
    z: float = 0.0
    z0: float = 0.0
    diameter: float = 0.0
    bore: float = 0.0
    axis: str = "Z"
    origin: str = ""  # "corner": coordinates in the text are from the bottom-left corner
    overall: bool = False  # the base's height was given overall, including a flange or head added next
    centre: ops.Point = (0.0, 0.0)  # the part's plan centre: the origin, unless the writer placed the base elsewhere
    history: list[ops.Operation] = field(default_factory=list)

    @property
    def exists(self) -> bool:
        return bool(self.kind)

    @property
    def top(self) -> float:
        return self.z0 + self.z

    @property
    def smallest(self) -> float:
        sizes = [s for s in (self.x, self.y, self.z) if s > 0]
        return min(sizes) if sizes else 0.0


@dataclass
class Read:
    """One step's outcome: its operations (often one, none when not understood)."""

    operations: list[ops.Operation]
    summary: str
    roles: dict[float, str] = field(default_factory=dict)  # value -> role it was bound to
    assumed: list[str] = field(default_factory=list)  # conventions chosen where the words left them open


Rule = Callable[[str, Part], Read | None]


# -- small readers of numbers ---------------------------------------------------------------------
def _f(pattern: str, text: str) -> float | None:
    return first(pattern, text)


# "0.1 deep", "a depth of 0.1", "0.12 into the body", "cut it down 0.25", "15 mm down from the top": how far a cut
# goes from the face it enters, however it is said (the one depth reader of holes, pockets and slots)
_DEPTHS = (NUM + r"\s*mm\s*deep", r"\bdepth\s*(?:of\s*)?" + NUM,
           NUM + r"\s*(?:mm\s*)?(?:down\s+)?in(?:to)?\s+(?:the|its)\s+(?:body|part|block|plate|bar|material|solid|stock|cube)\b",
           r"\b(?:cut|drill\w*|bor\w*|go\w*|sunk|pocket\w*|extrude\w*)\s+(?:(?:it|them|that|this)\s+)?down\s+(?:by\s+)?" + NUM,
           NUM + r"\s*(?:mm\s*)?down\s+(?:from|into)\s+(?:the\s+)?(?:top|face|surface)\b",
           r"\b(?:another|a further|a\s+further)\s+" + NUM + r"\s*(?:mm\s*)?deeper\b")


def depth_of(text: str) -> float | None:
    return next((v for v in (_f(p, text) for p in _DEPTHS) if v is not None), None)


def diameter_of(text: str) -> float | None:
    """'6 mm in diameter', 'diameter 6', '6 mm diameter', 'radius 3', '6 mm hole'."""
    # the first diameter in the text, however it is phrased: "has a diameter of 50 mm ... the hole is 20 mm in diameter"
    found = [m for m in (re.search(NUM + r"\s*mm\s*(?:in\s+)?(?:dia(?:meter)?|dia\.|across)\b", text, re.I),
                         re.search(r"\b(?:dia(?:meter)?|dia\.)\s*(?:of\s+|is\s+|=\s*|:\s*)?" + NUM, text, re.I)) if m]
    d = float(min(found, key=lambda m: m.start()).group(1)) if found else None
    if d is None:
        r = _f(NUM + r"\s*mm\s*radius", text) or _f(r"\bradius\s*(?:of\s+)?" + NUM, text)
        if r is not None:
            return 2 * r
    return d


def _size(text: str, *words: str) -> float | None:
    """'40 mm long', 'length 40', 'length of 40 mm', '40 mm (long|in length)'."""
    alt = "|".join(words)
    return _f(NUM + rf"\s*(?:mm)?\s*(?:in\s+)?(?:{alt})\b", text) or _f(
        rf"\b(?:{alt})\s*(?:of|is|=|:)?\s*" + NUM, text)


def extrude_depth(text: str) -> float | None:
    """'extrude 8 mm', 'extrude it by 8', 'extrude the sketch 0.1875 units along the normal', 'extruded 3 mm'."""
    m = re.search(r"\bextrude[ds]?\b", text, re.I)
    if m:
        # the first length after the verb that is not a size of the sketch ("a 50 mm diameter circle 20 mm")
        for n in re.finditer(NUM + r"(\s*mm)?", text[m.end():]):
            after = text[m.end() + n.end(): m.end() + n.end() + 24]
            before = text[max(0, m.end() + n.start() - 14): m.end() + n.start()]
            if re.match(r"\s*(?:mm\s*)?(?:x\b|by\b|(?:in\s+)?dia|radius|square|circle|rectangle|wide|long\b|across|hex|diameter)", after, re.I):
                continue
            if re.search(r"(?:radius|diameter|\bx|\bby|\bof)\s*$", before, re.I) and not re.search(r"(?:depth|distance|by)\s*(?:of\s*)?$", before, re.I):
                continue
            if n.group(2) or re.match(r"\s*(?:units?|along|towards|in the|$|[.,;(]|to\s+(?:get|make|form|give|produce|create)\b|so\b)", after, re.I):
                return float(n.group(1))
    return _f(r"\bextrude[ds]?\b(?:(?!\d)[^.;]){0,60}?(?:by|to a depth of|a depth of|a distance of|depth)?\s*" + NUM + r"\s*mm", text) or _f(
        r"\bextrude[ds]?\s*(?:it|the \w+)?\s*(?:by\s*)?" + NUM, text)


def _group(text: str) -> list[float]:
    m = re.search(NUM + r"\s*(?:mm)?\s*x\s*" + NUM + r"(?:\s*(?:mm)?\s*x\s*" + NUM + r")?", text)
    return [float(g) for g in m.groups() if g] if m else []


def _points(text: str) -> list[ops.Point]:
    return [(float(a), float(b)) for a, b in re.findall(POINT, text)]


def _has(text: str, pattern: str) -> bool:
    return bool(re.search(pattern, text, re.I))


def _fmt(v: float) -> str:
    return f"{round(v, 3):g}"


# -- base bodies ------------------------------------------------------------------------------------
def read_revolve(text: str, part: Part) -> Read | None:
    if not _has(text, r"\brevolv"):
        return None
    pts = _points(text)
    angle = _f(NUM + r"\s*degrees", text) or 360.0
    if _has(text, r"full (?:turn|revolution)|360"):
        angle = 360.0
    roles: dict[float, str] = {}
    rect = re.search(r"rectangle[^.;]*?" + NUM + r"\s*mm\s*wide[^.;]*?" + NUM + r"\s*mm\s*(?:tall|high)[^.;]*?(?:offset|at|distance of)\s*"
                     + NUM + r"\s*mm\s*from the (?:axis|centre|center)", text, re.I)
    if not pts and rect:
        # "revolve a rectangle 10 mm wide and 30 mm tall, offset 20 mm from the axis": a ring
        w, h, r0 = (float(g) for g in rect.groups())
        pts = [(r0, 0.0), (r0 + w, 0.0), (r0 + w, h), (r0, h)]
        roles.update({w: "profile width", h: "profile height", r0: "profile offset from the axis"})
    if not pts:
        # "a rectangle whose corners are at X = 10 and X = 25 and at Z = 0 and Z = 15", "from X = 30 to X = 70 ..."
        pts = turned.bounded_rectangle(text) or []
        roles.update({v: "profile corner" for p in pts for v in p})
    if not pts:
        # "a rectangle in the XZ plane spanning X = 20 to 30 mm and Z = 0 to 8 mm"
        m = re.search(r"(?:\bx\s*=|\bradi(?:us|al(?: distance)?)\s*(?:of\s*|from\s*)?)\s*" + NUM + r"\s*(?:mm)?\s*to\s*" + NUM
                      + r".*?(?:\bz\s*=|\b(?:height|axial(?: position)?)\s*(?:of\s*|from\s*)?)\s*" + NUM + r"\s*(?:mm)?\s*to\s*"
                      + NUM, text, re.I)  # "spanning X = 20 to 30 mm and Z = 0 to 8", "spanning radius 10 to 20 mm and height 0 to 30"
        if not m:
            return None
        x1, x2, z1, z2 = (float(g) for g in m.groups())
        pts = [(x1, z1), (x2, z1), (x2, z2), (x1, z2)]
        roles.update({x1: "profile radius", x2: "profile radius", z1: "profile height", z2: "profile height"})
    if len(pts) < 3:
        return None
    return Read([ops.Revolve(pts, angle)], f"revolve a {len(pts)}-point profile {_fmt(angle)}° about Z",
                {**roles, angle: "revolve angle"})


def read_loft(text: str, part: Part) -> Read | None:
    if not _has(text, r"\bloft"):
        return None
    sections: list[ops.Section] = []
    # circles "40 mm diameter at Z=0" / "a 60 mm circle at the bottom"
    for m in re.finditer(r"(?:" + NUM + r"\s*mm\s*(?:diameter\s*)?circle|circle\s*(?:of\s*)?(?:(?:diameter|dia)\s*(?:of\s*)?)?" + NUM + r"\s*mm"
                         r"|" + NUM + r"\s*mm\s*diameter)"
                         r"(?:(?:(?!circle|square|rectangle)[^.;])*?(?:at\s*z\s*=\s*" + NUM + r"|height of\s*" + NUM + r"|" + NUM +
                         r"\s*mm\s*(?:(?:directly|straight|vertically|right)\s+)?(?:higher|above|up)))?", text, re.I):
        d = float(next(g for g in m.groups()[:3] if g))
        z = next((float(g) for g in m.groups()[3:] if g), None)
        sections.append(ops.Section("circle", (d, d), z if z is not None else -1.0))
    for m in re.finditer(NUM + r"\s*(?:mm)?\s*x\s*" + NUM + r"\s*(?:mm)?\s*(?:square|rectangle)?"
                         r"(?:(?:(?!circle|square|rectangle|\d+(?:\.\d+)?\s*(?:mm)?\s*x)[^.;])*?(?:at\s*z\s*=\s*" + NUM + r"|height of\s*" + NUM + r"|" + NUM +
                         r"\s*mm\s*(?:(?:directly|straight|vertically|right)\s+)?(?:higher|above|up)))?", text, re.I):
        z = next((float(g) for g in m.groups()[2:] if g), None)
        sections.append(ops.Section("rect", (float(m.group(1)), float(m.group(2))), z if z is not None else -1.0))
    for m in re.finditer(r"(?<![x\d.]\s)(?<![x\d.])" + NUM + r"\s*mm\s*square\b", text, re.I):  # "a 40 mm square"
        if not any(s.shape == "rect" and s.size == (float(m.group(1)), float(m.group(1))) for s in sections):
            sections.append(ops.Section("rect", (float(m.group(1)), float(m.group(1))), -1.0))
    sections.sort(key=lambda s: text.find(_fmt(s.size[0])))
    # "Create a plane offset 50 mm above XY. On it, sketch ...": a section with no height of its own is on the last plane named
    planes = [(m.start(), float(m.group(1))) for m in re.finditer(
        r"(?:plane|workplane)\s*(?:\w+\s*){0,4}?(?:offset|at)\s*(?:by\s*|of\s*)?(?:z\s*=\s*)?" + NUM + r"\s*mm|offset\s*(?:by\s*|of\s*)?" + NUM.replace("(", "(?:", 1)
        + r"\s*mm\s*(?:above|from|along)", text, re.I) if m.group(1)]
    # "Then, 25 mm above it, sketch a circle ...": the height said before the sketch it places
    planes += [(m.start(), float(m.group(1) or m.group(2))) for m in re.finditer(
        NUM + r"\s*mm\s*(?:above|higher than|up from)\s*(?:it|that|the first(?: one)?|the base)\s*,\s*(?:sketch|draw|add)\b"
        r"|\bplane\s+" + NUM + r"\s*mm\s*(?:above|higher|up)\b", text, re.I)]
    planes.sort()
    # "on a parallel plane 25 mm above it": the plane's height said after the word
    planes += [(m.start(), float(m.group(1) or m.group(2))) for m in re.finditer(r"\bplane\s*" + NUM + r"\s*mm\s*(?:above|higher|up)\b", text, re.I)]
    planes.sort()
    for sec in sections:
        at = text.find(_fmt(sec.size[0]))
        before = [z for pos, z in planes if pos < at]
        if sec.z < 0 and before:
            sec.z = before[-1]
        if sec.z < 0 and at >= 0:  # "a circle 20 mm in diameter, centred above the square at a height of 30 mm"
            rest = re.split(r"(?<![\d\s])\.(?:\s|$)", text[at:], maxsplit=1)[0]
            z = _f(r"(?:at a height of|height of|at\s*z\s*=\s*)\s*" + NUM, rest) or _f(NUM + r"\s*mm\s*(?:(?:directly|straight|vertically|right)\s+)?(?:above|higher|up)\b", rest)
            if z is not None:
                sec.z = z
    if len(sections) < 2:
        return None
    known = [s for s in sections if s.z >= 0]
    if not any(s.z == 0 for s in sections):
        sections[0].z = 0.0
    for s in sections[1:]:
        if s.z < 0:
            s.z = max(k.z for k in known) if known else 10.0
    sections.sort(key=lambda s: s.z)
    shift = re.search(r"(?:shifted|offset|moved|displaced)\s*(?:by\s*)?" + NUM + r"\s*mm\s*(?:in|along|towards)\s*(?:the\s*)?([+-]?)\s*([XY])\b", text, re.I)
    if shift:  # "whose centre is shifted 10 mm in +X": the upper section moves, the first stays on the axis
        d = float(shift.group(1)) * (-1 if shift.group(2) == "-" else 1)
        sections[-1].centre = (d, 0.0) if shift.group(3).upper() == "X" else (0.0, d)
    return Read([ops.Loft(sections)], f"loft through {len(sections)} sections, {_fmt(sections[-1].z)} mm tall")


def read_sweep(text: str, part: Part) -> Read | None:
    if not _has(text, r"\bsweep|\bswept"):
        return None
    od = _f(NUM + r"\s*mm\s*(?:outside|outer)\s*diameter", text) or _f(r"(?:outside|outer) diameter\s*(?:of\s*)?" + NUM, text)
    idia = _f(NUM + r"\s*mm\s*(?:inside|inner)\s*diameter", text) or _f(r"(?:inside|inner) diameter\s*(?:of\s*)?" + NUM, text)
    circles = re.findall(NUM + r"\s*mm\s*(?:and\s*" + NUM + r"\s*mm\s*)?(?:diameter)?\s*(?:circle|diameter)", text)
    profile, size = "", (0.0, 0.0)
    if od and idia:
        profile, size = "ring", (od, idia)
    elif _has(text, r"concentric circles") and len(re.findall(NUM + r"\s*mm", text)) >= 2:
        a, b = (float(v) for v in re.findall(NUM + r"\s*(?:mm)?\s*and\s*" + NUM, text)[0])
        profile, size = "ring", (max(a, b), min(a, b))
    elif len(circles) >= 2 and _has(text, r"\bconcentric\b|\binside it\b|\binner\b"):
        # "a 12 mm diameter circle with a concentric 8 mm diameter circle inside it": a ring section
        a, b = float(circles[0][0]), float(circles[1][0])
        profile, size = "ring", (max(a, b), min(a, b))
    elif _has(text, r"rectangle|square"):
        by = re.search(NUM + r"\s*(?:mm)?\s*(?:x|by)\s*" + NUM + r"\s*mm", text)
        w = _size(text, "wide") or (_group(text)[:1] and _group(text)[0]) or (by and float(by.group(1)))
        h = _size(text, "high", "tall", "thick") or (len(_group(text)) > 1 and _group(text)[1]) or (by and float(by.group(2)))
        if w and h:
            profile, size = "rect", (float(w), float(h))
    elif circles:
        profile, size = "circle", (float(circles[0][0]), 0.0)
    if not profile and (d := turned.sweep_circle(text)):  # "a circle 10 mm in diameter on the XZ plane"
        profile, size = "circle", (d, 0.0)
    if not profile:
        return None
    angle = _f(NUM + r"\s*degrees?\s*(?:circular\s*)?arc", text) or _f(r"arc[^.]*?" + NUM + r"\s*degrees", text) or (
        90.0 if _has(text, r"\bquarter[- ](?:circle|circular|arc|turn)") else None)
    radius = _f(r"radius\s*(?:of\s*)?" + NUM, text) or _f(NUM + r"\s*mm\s*(?:centreline|centerline)?\s*radius", text)
    if _has(text, r"straight[^.]*?then|turns?") and _has(text, r"\barc\b"):
        lengths = [float(v) for v in re.findall(NUM + r"\s*mm\s*straight|straight[^.]*?" + NUM + r"\s*mm", text)
                   for v in ([v] if isinstance(v, str) else v) if v]
        runs = [float(a or b) for a, b in re.findall(r"(?:runs?|another)\s*" + NUM + r"\s*mm|" + NUM + r"\s*mm\s*straight", text)]
        if len(runs) >= 2 and radius:
            segs = [("line", runs[0], 0.0), ("arc", radius, angle or 90.0), ("line", runs[1], 0.0)]
            return Read([ops.Sweep(profile, size, "polyline", segments=segs)],
                        f"sweep a {profile} along {_fmt(runs[0])} mm straight, a {_fmt(radius)} mm radius bend and {_fmt(runs[1])} mm straight")
        del lengths
    if angle and radius:
        return Read([ops.Sweep(profile, size, "arc", radius=radius, angle=angle)],
                    f"sweep a {profile} along a {_fmt(angle)}° arc of radius {_fmt(radius)} mm")
    length = (_f(r"path\s*" + NUM + r"\s*mm\s*long", text) or _f(NUM + r"\s*mm\s*long", text) or _size(text, "long")
              or (None if _has(text, r"\barc\b|\bbend|\bcurv") else _f(r"\bstraight\s+(?:path|line)\b[^.;]*?" + NUM + r"\s*mm\b", text)))
    if length:
        return Read([ops.Sweep(profile, size, "line", length=length)],
                    f"sweep a {profile} along a straight {_fmt(length)} mm path")
    return None


def _stacked(text: str) -> list[tuple[float, float]]:
    """'a 20 mm diameter section 30 mm long, then a 30 mm diameter section 40 mm long ...'; 'three coaxial cylinders
    stacked: the bottom one 60 mm in diameter and 10 mm tall, ...' (heights count when the words say stacked)."""
    length = r"long|in length" + (r"|tall|high|in height|thick" if re.search(
        r"\b(?:stack\w*|coaxial|on top of (?:each other|one another)|tiers?|tiered)\b", text, re.I) else "")
    said = [(m.start(), float(m.group(1)), float(m.group(2))) for m in re.finditer(
        NUM + r"\s*mm\s*(?:in\s*)?diameter\s*(?:section|journal|step|shoulder|portion|part)?[^.;,]*?" + NUM + rf"\s*mm\s*(?:{length})\b", text)]
    # "the first section has a diameter of 0.2 and a length of 0.3", "a collar with a diameter of 0.3 units and a length of 0.2"
    lengthwords = r"length" + (r"|height|thickness" if length != r"long|in length" else "")
    said += [(m.start(), float(m.group(1)), float(m.group(2))) for m in re.finditer(
        r"\bdiameter\s*of\s*" + NUM + r"\s*mm\s*,?\s*and\s*(?:a\s*)?(?:" + lengthwords + r")\s*of\s*" + NUM + r"\s*mm", text, re.I)]
    return [(d, h) for _, d, h in sorted(said)]


def read_stack(text: str, part: Part) -> Read | None:
    if part.exists:
        return None
    # "middle section 25 mm in diameter and 60 mm long; on each end a 16 mm journal 20 mm long": end, middle, end
    m = re.search(r"middle[^.;]*?" + NUM + r"\s*mm\s*(?:in\s*)?diameter\s*and\s*" + NUM + r"\s*mm\s*long"
                  r"[^.]*?each end[^.]*?" + NUM + r"\s*mm\s*(?:in\s*)?diameter[^.]*?" + NUM + r"\s*mm\s*long", text, re.I)
    if m:
        dm, lm, de, le = (float(g) for g in m.groups())
        secs = [(de, le), (dm, lm), (de, le)]
    else:
        secs = _stacked(text) or attach.sections(text)
    if len(secs) < 2:
        return None
    bodies: list[ops.Operation] = []
    z = 0.0
    for d, h in secs:
        bodies.append(ops.Cylinder(d, h, z0=z, what="section"))
        z += h
    roles: dict[float, str] = {}
    for d, h in secs:
        roles.setdefault(d, "section diameter")
        roles.setdefault(h, "section length")
    roles.setdefault(round(z, 6), "total (agrees with the part)")
    return Read(bodies, "stacked coaxial cylinders " + ", ".join(f"Ø{_fmt(d)} × {_fmt(h)} mm" for d, h in secs), roles)


def _clause(text: str, start: str, stop: str) -> str:
    """The words about one member of a profile: from its name to the next member named ('the horizontal leg ...')."""
    m = re.search(start, text, re.I)
    if not m:
        return ""
    rest = text[m.end():]
    end = re.search(stop + r"|[.;](?:\s|$)", rest, re.I)
    return rest[: end.start()] if end else rest


def _thick(text: str) -> float | None:
    return _f(NUM + r"\s*mm\s*(?:thick|thickness)\b", text) or _f(r"\bthickness\s*(?:of|is|=|:)?\s*" + NUM, text) or _f(
        NUM + r"\s*mm\s*(?:thick\s*)?(?:plate|stock|sheet|material)\b", text) or _f(r"\bfrom\s*" + NUM + r"\s*mm\b", text)


def _profile_depth(text: str, members: str) -> float | None:
    """How far the profile runs: the extrusion, else a length or width said outside the members' clauses."""
    depth = extrude_depth(text)
    if depth:
        return depth
    outside = re.sub(members, " ", text, flags=re.I)
    return _size(outside, "long", "length", "in length") or _size(outside, "wide", "width") or _f(
        r"\b(?:whole\s+(?:thing|part|piece)|part|piece|profile|it)\s+is\s+" + NUM + r"\s*mm\s*(?:deep|thick)\b", outside)


# "the outline of its cross-section is 0.4 wide and 0.25 tall": the section's overall sizes
_SECTION_SAID = r"\b(?:cross-section|cross section|section|outline|profile)\b(?:[^.;]|\.(?=\d))*?"
# "The T profile is extruded 0.4 units", "The section is then extruded to a length of 0.5": the profile read before
_PROFILE_EXTRUDED = re.compile(r"^\s*(?:then\s+)?(?:(?:the|this|that|its|this whole)\s+(?:[\w-]+\s+){0,2}(?:profile|section|cross-section|shape|"
                               r"sketch|outline)|it)\s+is\s+(?:then\s+)?extruded\b", re.I)
_LEG_PAIRS = (
    # "one leg 0.5 mm long and the other 0.4 mm long", "one leg of 40 mm and the other leg of 30 mm"
    re.compile(r"\bone\s+(?:leg|arm|flange|side)\s*(?:is\s*)?(?:of\s*)?" + NUM + r"\s*mm\b[^.;]*?\bthe\s+other\s*(?:leg|arm|flange|side|one)?\s*"
               r"(?:is\s*)?(?:of\s*)?" + NUM + r"\s*mm", re.I),
    # "a 0.35 mm leg and a 0.3 mm leg", "a 40 mm and a 30 mm leg"
    re.compile(r"\ban?\s+" + NUM + r"\s*mm\s*(?:long\s*)?(?:leg|arm|flange)?\s*and\s*an?\s+" + NUM + r"\s*mm\s*(?:long\s*)?(?:leg|arm|flange)\b", re.I),
    # "legs of 0.5 and 0.4 mm", "legs 40 mm and 30 mm long", "0.5 mm and 0.4 mm legs"
    re.compile(r"\b(?:legs|arms|flanges)\s*(?:of\s*|are\s*|measuring\s*)?" + NUM + r"\s*(?:mm)?\s*and\s*" + NUM + r"\s*mm", re.I),
    re.compile(NUM + r"\s*(?:mm)?\s*and\s*" + NUM + r"\s*mm\s*(?:long\s*)?(?:legs|arms|flanges)\b", re.I),
)


def _two_legs(text: str) -> tuple[float, float] | None:
    """The two legs of an L said as a pair rather than as horizontal / vertical members (the first is laid flat)."""
    for rx in _LEG_PAIRS:
        m = rx.search(text)
        if m:
            return float(m.group(1)), float(m.group(2))
    return None


def read_profile(text: str, part: Part) -> Read | None:
    """L, T and U profiles sketched in the side view and extruded.

    Each member of the profile is read from its own clause ("the horizontal leg is 60 mm long and
    8 mm thick, the vertical leg rises to a total height of 40 mm"), so the sizes can come in any
    order and across sentences; a thickness said once ("made of 5 mm plate") serves every member.
    """
    kind = re.search(r"\b(?:an?\s+|the\s+)?([LTU])(?:[- ](?:profile|section|shape|shaped|bracket|channel|beam|bar))?\b(?=[\s:,-]|\.(?:\s|$))", text)
    if kind and not part.exists:
        k = kind.group(1)
    else:
        return None
    if k == "L":
        legs = _group(text)
        hc = _clause(text, r"\b(?:horizontal|base|bottom|lower)\s+(?:leg|flange|arm)\b|\b(?:horizontal\s+)?base\b(?=\s+(?:is|measures)\b)",
                     r"\b(?:vertical|upright|upper)\b")
        vc = _clause(text, r"\b(?:vertical|upright|upper)\s+(?:leg|flange|arm)\b", r"\b(?:horizontal|base|bottom|lower)\s+(?:leg|flange|arm)\b")
        t = _thick(hc) or _thick(vc) or _thick(re.sub(re.escape(hc) if hc else "^$", " ", text)) or (legs[2] if len(legs) > 2 else None)
        along = r"(?:long|extends|extending|in length|length|out|tall|high|rises|rising|height)"
        horiz = (_f(r"^\W*(?:is\s+)?(?:of\s+)?" + NUM, hc) or _f(NUM + r"\s*mm\s*" + along, hc)
                 or _f(r"(?:extends|extending|length of|long)\s*(?:of\s*)?" + NUM, hc) or (legs[0] if legs else None))
        vert = (_f(r"(?:total|overall) height\s*(?:of\s*)?" + NUM, vc) or _f(r"^\W*(?:is\s+)?(?:of\s+)?" + NUM, vc)
                or _f(r"(?:rises|rising|extends|extending|up)\s*(?:to\s*)?(?:a\s*)?" + NUM, vc) or _f(NUM + r"\s*mm\s*" + along, vc)
                or (legs[1] if len(legs) > 1 else None))
        if vert and t and _has(text, r"\b(?:vertical|upright|upper)\s+(?:leg|flange|arm)\b[^.;]*?\b(?:above (?:the )?(?:top of )?(?:the )?"
                                    r"(?:horizontal|base|bottom|lower)|from the top of the (?:horizontal|base|bottom|lower))"):
            vert += t  # "rises 40 mm above the horizontal leg": the leg's thickness is below that
        if _has(text, r"legs?[^.]*?each\s*" + NUM) and not horiz:
            horiz = vert = _f(r"each\s*" + NUM, text)
        if not (hc or vc):
            pair = _two_legs(text)  # "one leg 0.5 long and the other 0.4", "a 0.35 leg and a 0.3 leg"
            if pair:
                horiz, vert = pair
        # "the base is 0.6 long and 0.15 tall, a vertical leg 0.15 wide": each member's own thickness
        th = _f(NUM + r"\s*mm\s*(?:thick|tall|high)\b", hc) if hc else None
        tv = _f(NUM + r"\s*mm\s*(?:wide|thick)\b", vc) if vc else None
        if t is None and th and tv:
            t = th
        if not (horiz and vert and t and t < min(horiz, vert)):
            return None
        th, tv = (th, tv) if th and tv and th < vert and tv < horiz else (t, t)
        depth = _profile_depth(text, re.escape(hc) + "|" + re.escape(vc) if hc and vc else "^$")
        if depth in (horiz, vert, t) and not extrude_depth(text):
            depth = _size(re.sub(re.escape(hc) + "|" + re.escape(vc), " ", text), "wide", "width") if hc and vc else _size(
                text, "wide", "width")  # "an L from 4 mm plate, 25 mm wide. One leg is 40 mm long, the other 30"
        if not depth:  # "..., both measured to the outside, and the bracket is 30 mm wide": the width said of the whole part
            depth = _f(r"\b(?:bracket|angle|part|profile|it|piece)\s+is\s+" + NUM + r"\s*mm\s*(?:wide|in width|deep)\b", text)
        pts = [(0.0, 0.0), (horiz, 0.0), (horiz, th), (tv, th), (tv, vert), (0.0, vert)]
        roles = {horiz: "horizontal leg", vert: "vertical leg", t: "thickness", tv: "vertical leg thickness", th: "horizontal leg thickness",
                 **({depth: "depth"} if depth else {})}
        return Read([ops.Extrusion(pts, depth or 0.0, what="L profile")],
                    f"L profile {_fmt(horiz)} × {_fmt(vert)} mm, {_fmt(t)} mm thick" + (f", {_fmt(depth)} mm deep" if depth else ""), roles)
    if k == "T":
        fc = _clause(text, r"\bflange\b", r"\bweb\b|\bstem\b") or _clause(
            text, r"\b(?:top|horizontal|upper|bottom|lower|base)\s+(?:(?:horizontal|bottom|top)\s+)?bar\b|\bcross\s*bar\b|\bhead\b", r"\bweb\b|\bstem\b")
        wc = _clause(text, r"\bweb\b|\bstem\b", r"\bflange\b(?!\s*,)(?! for)")
        fw = _f(NUM + r"\s*mm\s*(?:wide|across|width)", fc) or _f(r"width\s*(?:of\s*)?" + NUM, fc)
        # "a top bar 0.75 wide and 0.125 tall": the bar's height in the side view is its thickness
        ft = _f(NUM + r"\s*mm\s*(?:thick|deep|tall|high)", fc) or _f(r"thickness\s*(?:of\s*)?" + NUM, fc)
        # "an inverted T", "a bottom bar ... a stem rising 0.4 above it": the bar at the bottom, the stem standing on it
        inverted = _has(text, r"\binverted\s+T\b|\bupside[- ]down\s+T\b") or _has(
            text, r"\b(?:bottom|lower|base)\s+(?:horizontal\s+)?(?:bar|flange)\b") or _has(wc, r"\b(?:ris\w*|up(?:wards?)?|above)\b")
        wt = _f(NUM + r"\s*mm\s*(?:thick|wide)", wc) or _f(r"(?:thickness|width)\s*(?:of\s*)?" + NUM, wc)
        # "the whole T being 60 mm deep", "so the overall depth of the T is 100 mm": the total, not the web
        wc = re.split(r",?\s*(?:so\s+)?(?:that\s+)?(?:the\s+)?(?:whole|overall|total)\b", wc, maxsplit=1, flags=re.I)[0]
        wh = _f(NUM + r"\s*mm\s*(?:below|tall|high|deep|down|long|above|up)", wc) or _f(r"(?:extends|extending|drops|hangs|rises|rising)\s*(?:by\s*)?" + NUM, wc)
        total = _f(r"(?:total|overall)\s+(?:height|depth)\s*(?:of\s*)?(?:the\s*)?(?:[\w-]+\s*)?(?:is\s*)?(?:of\s*)?" + NUM, text) or _f(
            NUM + r"\s*mm\s*(?:tall|high|deep)\s*overall", text) or _f(
            r"\b(?:whole|overall|total)\s+(?:T|beam|section|part)\s+(?:being|is)\s*" + NUM + r"\s*mm\s*(?:deep|tall|high)", text)
        if wh is None and total and ft:
            wh = total - ft
        if not (fw and ft and wt and wh):
            return None
        h = wh + ft
        depth = _profile_depth(text, re.escape(fc) + "|" + re.escape(wc))
        pts = [(-wt / 2, 0.0), (wt / 2, 0.0), (wt / 2, wh), (fw / 2, wh), (fw / 2, h), (-fw / 2, h), (-fw / 2, wh), (-wt / 2, wh)]
        if inverted:
            pts = [(x, h - y) for x, y in reversed(pts)]
        roles = {fw: "flange width", ft: "flange thickness", wt: "web thickness", wh: "web height",
                 **({total: "total height"} if total else {}), **({depth: "depth"} if depth else {})}
        return Read([ops.Extrusion(pts, depth or 0.0, what="T profile")],
                    f"T profile, flange {_fmt(fw)} × {_fmt(ft)} mm, web {_fmt(wt)} × {_fmt(wh)} mm", roles)
    ow = (_f(r"(?:outer|outside) width\s*(?:of\s*)?(?:the\s+[\w-]+\s+)?(?:is\s*)?" + NUM, text) or _f(NUM + r"\s*mm\s*(?:outer|outside)\s*width", text)
          or _f(NUM + r"\s*mm\s*wide\s*(?:overall|outside)", text) or _f(r"overall width\s*(?:of\s*)?" + NUM, text)
          or _f(_SECTION_SAID + NUM + r"\s*mm\s*wide\b", text) or _f(r"\brectangle\s+" + NUM + r"\s*mm\s*wide\b", text))
    oh = (_f(r"(?:outer|outside) height\s*(?:of\s*)?(?:the\s+[\w-]+\s+)?(?:is\s*)?" + NUM, text) or _f(NUM + r"\s*mm\s*(?:outer|outside)\s*height", text)
          or _f(NUM + r"\s*mm\s*(?:tall|high|deep)\s*(?:overall|outside)", text) or _f(r"overall height\s*(?:of\s*)?" + NUM, text)
          or _f(_SECTION_SAID + NUM + r"\s*mm\s*(?:tall|high)\b", text)
          or _f(r"\brectangle\s+\d+(?:\.\d+)?\s*mm\s*wide\s+and\s+" + NUM + r"\s*mm\s*(?:tall|high)\b", text))
    wall = _f(r"wall(?: thickness)?\s*(?:of\s*)?" + NUM, text) or _f(r"walls?\s*(?:are|is)\s*(?:all\s*)?" + NUM + r"\s*mm\s*thick", text)
    side = _f(r"(?:side )?legs?\s*" + NUM + r"\s*mm\s*thick", text) or _f(r"\b(?:side )?walls?\s*" + NUM + r"\s*mm\s*thick", text) or _f(
        NUM + r"\s*mm\s*thick\s*(?:side\s*)?walls\b", text) or _f(r"side walls?\s*(?:are|is)?\s*" + NUM + r"\s*mm\s*thick", text) or wall
    base = _f(r"base\s*(?:is\s*)?(?:\d+(?:\.\d+)?\s*mm\s*wide\s*and\s*)?" + NUM + r"\s*mm\s*thick", text) or _f(
        r"\b(?:bottom\s+web|web|floor|bottom)\s+(?:is\s+)?" + NUM + r"\s*mm\s*thick", text) or _f(r"base and (?:both |the )?(?:side )?walls?\s*(?:are\s*)?(?:all\s*)?" + NUM, text) or wall
    both = _f(r"\b(?:side\s+)?walls\s+and\s+(?:a\s+|the\s+)?(?:base|floor|bottom)\s*(?:are\s*|all\s*|each\s*)*" + NUM + r"\s*mm\s*thick", text)
    if both and side is None:  # "with walls and a base 0.04 thick"
        side = base = both
    if side is None and base:
        side = base if _has(text, r"base and (?:both |the )?(?:side )?walls") else None
    if not (ow and oh and side and base):
        return None
    depth = extrude_depth(text) or _size(re.sub(r"\d+(?:\.\d+)?\s*mm\s*wide\s*overall", " ", text), "long", "length", "in length")
    a, b = ow / 2, ow / 2 - side
    pts = [(-a, 0.0), (a, 0.0), (a, oh), (b, oh), (b, base), (-b, base), (-b, oh), (-a, oh)]
    gap = ow - 2 * side
    roles = {ow: "outer width", oh: "outer height", side: "wall", base: "base", gap: "inside gap", **({depth: "depth"} if depth else {})}
    return Read([ops.Extrusion(pts, depth or 0.0, what="U profile")],
                f"U profile {_fmt(ow)} × {_fmt(oh)} mm, sides {_fmt(side)} mm, base {_fmt(base)} mm", roles)


_LINE = re.compile(r"\bline\s+(?:starts?\s+|starting\s+)?(?:from|at)\s*" + POINT + r"\s*(?:and\s+ends?\s+at|to|and\s+going\s+to)\s*" + POINT, re.I)
_ARC = re.compile(r"\barc\s+(?:starts?\s+|starting\s+)?(?:from|at)\s*" + POINT + r"[^.;()]*?" + POINT + r"[^.;()]*?(?:end(?:s|ing)?\s*(?:at)?|to)\s*" + POINT, re.I)
_CIRCLE = re.compile(r"\bcircle\b[^.;]*?cent(?:re|er)(?:d)?\s*(?:at|of)?\s*" + POINT + r"[^.;]*?radius\s*(?:of\s*)?" + NUM
                     + r"|\bcircle\b[^.;]*?radius\s*(?:of\s*)?" + NUM + r"[^.;]*?cent(?:re|er)(?:d)?\s*(?:at|of)?\s*" + POINT, re.I)


def _chain(segments: list[tuple[ops.Point, ops.Point]]) -> list[ops.Point]:
    """The outline's corners from 'a line from A to B' segments, in order, without repeats."""
    pts: list[ops.Point] = []
    for a, b in segments:
        for p in (a, b):
            if not pts or (abs(pts[-1][0] - p[0]) > 1e-9 or abs(pts[-1][1] - p[1]) > 1e-9):
                pts.append(p)
    if len(pts) > 1 and pts[0] == pts[-1]:
        pts.pop()
    return pts


def read_sketch(text: str, part: Part) -> Read | None:
    """A sketch written as its entities ('a line from (0, 0) to (0.75, 0)', 'a circle centred at ... radius'),
    scaled, then extruded: the outline becomes the body, circles inside it become holes."""
    if part.exists or not _has(text, r"\bextrude"):
        return None
    segments: list[tuple[ops.Point, ops.Point]] = []
    for m in re.finditer(_LINE.pattern + "|" + _ARC.pattern, text, re.I):
        g = [float(v) if v is not None else None for v in m.groups()]
        if g[0] is not None:
            segments.append(((g[0], g[1]), (g[2], g[3])))  # type: ignore[arg-type]
        else:
            segments.append(((g[4], g[5]), (g[8], g[9])))  # type: ignore[arg-type]
    circles: list[tuple[float, float, float]] = []
    for m in _CIRCLE.finditer(text):
        c = m.groups()
        if c[0] is not None:
            circles.append((float(c[0]), float(c[1]), float(c[2])))
        else:
            circles.append((float(c[4]), float(c[5]), float(c[3])))
    if not segments and not circles:
        return None
    scale = _f(r"scal\w*[^.;]*?factor\s*(?:of\s*)?" + NUM, text) or _f(r"\bscale\s*(?:the\s*)?(?:2d\s*)?(?:sketch\s*)?(?:by\s*)?" + NUM, text) or 1.0
    depth = extrude_depth(text)
    other = _f(NUM + r"\s*mm\s*(?:\w+\s*){0,3}?in the opposite", text) or 0.0
    if not depth:
        return None
    depth += other
    pts = [(x * scale, y * scale) for x, y in _chain(segments)]
    holes = [(x * scale, y * scale, r * scale) for x, y, r in circles]
    made: list[ops.Operation] = []
    if len(pts) >= 3:
        made.append(ops.Extrusion(pts, depth, plane="XY", what="sketch"))
        summary = f"sketch of {len(pts)} corners extruded {_fmt(depth)} mm"
    else:
        holes.sort(key=lambda c: -c[2])
        x0, y0, r0 = holes.pop(0)
        made.append(ops.Cylinder(2 * r0, depth, what="cylinder"))
        holes = [(x - x0, y - y0, r) for x, y, r in holes]
        summary = f"circle Ø{_fmt(2 * r0)} mm extruded {_fmt(depth)} mm"
    for x, y, r in holes:
        made.append(ops.Holes(2 * r, [(x, y)], None))
    if holes:
        summary += f", {len(holes)} hole{('s' if len(holes) > 1 else '')}"
    if scale != 1.0:
        summary += f" (scaled by {_fmt(scale)})"
    return Read(made, summary, {scale: "scale", depth: "extrude depth"})


# "offset inward by 0.05 on every side", "so the border is 0.1 wide all round", "a 0.05 wall all round": how far a
# second rectangle sits inside the first (a frame's bar)
_INSET = (r"\boffset\s+(?:inwards?|in)\s*(?:by\s*)?" + NUM, r"\b(?:border|rim|wall|bar|band|frame)s?\s+(?:is\s+|are\s+|of\s+)?" + NUM
          + r"\s*(?:mm\s*)?(?:wide|thick)?\s*(?:all\s+(?:round|around)|on\s+(?:every|each|all)\s+sides?)",
          NUM + r"\s*(?:mm\s*)?(?:wide\s+|thick\s+)?(?:border|rim|wall)s?\s+(?:all\s+(?:round|around)|on\s+(?:every|each|all)\s+sides?)")


def _frame_inset(sentence: str) -> float | None:
    if not _has(sentence, r"\b(?:second|inner|smaller|inside|another)\b"):
        return None
    return next((v for v in (_f(p, sentence) for p in _INSET) if v is not None), None)


def read_prose_sketch(text: str, part: Part) -> Read | None:
    """A sketch of several centred shapes told in words, scaled, then extruded: 'Draw a square with sides of
    40 mm. Inside it, draw a circle of 20 mm diameter at its centre. Scale the sketch by 0.5. Extrude 10 mm.'
    Loops nest by containment (a loop inside another is a hole), as in a CAD sketch."""
    if part.exists or not _has(text, r"\bextrude") or _points(text):
        return None
    loops: list[ops.Loop] = []
    roles: dict[float, str] = {}
    scale = 1.0
    for sentence in re.split(r"(?<![\d\s])\.(?:\s|$)|(?<=\d)\.\s+(?=[A-Z])|;\s*", text):
        if _has(sentence, r"\bscal\w*"):
            k = _f(r"scal\w*[^.;]*?(?:factor|by)\s*(?:of\s*)?" + NUM, sentence)
            if k:
                scale = k
                roles[k] = "sketch scale"
            continue
        if _has(sentence, r"\bextru"):
            continue
        inset = _frame_inset(sentence)
        if _has(sentence, r"\bfrom the (?:\w+ )?(?:edge|side|corner)|\bpitch\b|\bholes?\b|\bnear\b|\btowards?\b"
                          r"|\b(?:one|each|both|either|the left|the right) (?:end|side)\b") or (
                _has(sentence, r"\boffset\b") and inset is None):
            return None  # placed shapes: not this rule's to guess
        if _has(sentence, r"\b(?:square|rectangle)\b"):
            g = _group(sentence)
            side = (_f(r"sides?\s*(?:length\s*)?(?:of|is|=)?\s*" + NUM, sentence) or _f(NUM + r"\s*mm\s*square", sentence)
                    or _f(r"square\s*(?:of\s*)?" + NUM, sentence))
            long_, wide = _size(sentence, "long", "length"), _size(sentence, "wide", "width")
            a, b = (g[0], g[1]) if len(g) >= 2 else (side, side) if side else (long_, wide) if long_ and wide else (None, None)
            outer = loops[-1].bbox if loops and loops[-1].circle is None else None
            if inset is not None and outer is not None:
                ox, oy = outer[2] - outer[0], outer[3] - outer[1]
                if a and b and abs((ox - a) / 2 - inset) > 1e-6 * max(ox, 1e-9):
                    return None  # "0.55 by 0.3 ..., so the border is 0.2": the sizes disagree, not guessed
                a, b = a or ox - 2 * inset, b or oy - 2 * inset  # "a second rectangle offset inward by 0.05": the opening
                roles[inset] = "frame border (agrees with the rectangles)" if len(g) >= 2 else "frame border"
                if a <= 0 or b <= 0:
                    return None
            if a and b:
                loops.append(ops.Loop(start=(-a / 2, -b / 2), segments=[(None, (a / 2, -b / 2)), (None, (a / 2, b / 2)),
                                                                        (None, (-a / 2, b / 2)), (None, (-a / 2, -b / 2))]))
                roles.update({a: "sketch rectangle", b: "sketch rectangle"})
        if _has(sentence, r"\bcircles?\b"):
            found = [(m.start(), float(m.group(1)) / 2) for m in re.finditer(r"diameter\s*(?:of\s*|is\s*)?" + NUM, sentence)]
            found += [(m.start(), float(m.group(1)) / 2) for m in re.finditer(NUM + r"\s*mm\s*(?:in\s*)?diameter", sentence)]
            found += [(m.start(), float(m.group(1))) for m in re.finditer(r"radius\s*(?:of\s*)?" + NUM, sentence)]
            for _at, r in sorted(found):
                loops.append(ops.Loop(circle=(0.0, 0.0, r)))
                roles.update({r: "sketch circle", 2 * r: "sketch circle"})
    depth = extrude_depth(text)
    if len(loops) < 2 or not depth:
        return None
    roles[depth] = "extrude depth"
    op = ops.SketchSolid([lp.scaled(scale) for lp in loops], towards=depth)
    return Read([op], "{} loops sketched about the centre{}, extruded {} mm".format(
        len(loops), f", scaled by {_fmt(scale)}" if scale != 1 else "", _fmt(depth)), roles)


def read_polygon(text: str, part: Part) -> Read | None:
    pts = _points(text)
    if part.exists or len(pts) < 3 or _has(text, r"revolv") or not _has(text, r"\bextrude"):
        return None
    if _has(text, r"\bmirror"):
        # the right half mirrored about the vertical axis
        half = [p for p in pts if p[0] > 0]
        pts = half + [(-x, y) for x, y in reversed(half)]
    depth = extrude_depth(text) or 0.0
    return Read([ops.Extrusion(pts, depth, what="polygon")], f"outline through {len(pts)} points")


def read_hexagon(text: str, part: Part) -> Read | None:
    if not _has(text, r"\bhex(?:agon(?:al)?)?\b"):
        return None
    af = _f(NUM + r"\s*mm\s*across(?: the| its)? flats", text) or _f(r"across(?: the| its)? flats\s*(?:of\s*)?" + NUM, text)
    h = (_size(text, "thick", "tall", "high", "long", "height", "length")
         or extrude_depth(text))
    if not (af and h):
        return None
    return Read([ops.Prism(af, h)], f"hexagonal prism {_fmt(af)} mm across flats, {_fmt(h)} mm",
                {af: "across_flats", h: "height"})


_ROUND = r"\b(round plate|circular plate|circle|cylinder|cylindrical|disc|disk|rod|shaft|spindle|pin|round bar|bar|tube|pipe|ring|washer|bushing|collar|spacer|puck|knob|head|flange|hub|stem|boss)\b"


def read_round(text: str, part: Part) -> Read | None:
    """Cylinder, disc, rod, tube: a diameter and a length, maybe a bore."""
    # "a cube ... and a cylindrical hole", "a base plate ... with a round boss": the body is the one named first
    named = re.search(_ROUND, re.sub(r"\b(?:cylindrical|round|circular)\s+(?=(?:through[- ])?(?:holes?|bores?|pockets?|recess\w*|"
                                     r"cut-?outs?|boss\w*|hubs?|pins?|counterbores?)\b)", "", text, flags=re.I), re.I)
    # "a Ø20 section 30 long": the first section of a turned part
    section = re.search(r"\b(?:diameter\s+\d+(?:\.\d+)?\s*mm|\d+(?:\.\d+)?\s*mm\s*(?:in\s+)?diameter)\s+(section|portion)\b", text, re.I)
    named = named or section
    boxy = re.search(r"\b(?:plate|block|box|cube|slab|cuboid|rectangular|square)\b", text, re.I)
    # 'two concentric circles with diameters of 0.6 and 0.4 (mm), extrude the annulus': the larger is the outside, the smaller the bore
    rings = re.search(r"\bconcentric circles\b[^.;]*?\bdiameters?\s*(?:of\s*)?" + NUM + r"\s*(?:mm)?\s*and\s*" + NUM, text, re.I)
    if (named is None or (boxy and boxy.start() < named.start())) and not _has(text, r"\bOD\b|outside diameter") and not (rings and not boxy):
        return None
    od = (_f(r"\bOD\s*(?:of\s*)?" + NUM, text) or _f(NUM + r"\s*(?:mm\s*)?(?:OD|outside diameter|outer diameter)\b", text)
          or _f(r"(?:outside|outer) diameter\s*(?:of\s*)?" + NUM, text) or _f(r"ring\s*" + NUM + r"\s*mm\s*outside", text)
          or _f(r"\boutside\s*(?:is\s*|of\s*|=\s*)?" + NUM, text))  # "a ring: outside 30, inside 16, 12 long"
    bore = (_f(r"\bID\s*(?:of\s*)?" + NUM, text) or _f(NUM + r"\s*mm\s*(?:ID|inside diameter|inner diameter|bore)", text)
            or _f(r"(?:bore|inside diameter|inner diameter)\s*(?:of\s*)?" + NUM, text)
            or (_f(r"\binside\s*(?:is\s*|of\s*|=\s*)?" + NUM, text) if od else None))
    if rings and not od and not bore and float(rings.group(1)) != float(rings.group(2)):
        od, bore = max(float(rings.group(1)), float(rings.group(2))), min(float(rings.group(1)), float(rings.group(2)))
    d = od or diameter_of(text) or _f(r"\b(?:a|an)\s*" + NUM + r"\s*mm\s*(?:diameter\s*)?(?:cylinder|disc|disk|rod|shaft|pin|bar)", text)
    across = None if d or not _has(text, r"\b(?:cylinders?|cylindrical|discs?|disks?|rods?|tubes?|pipes?|rings?|pucks?)\b") \
        else re.search(NUM + r"\s*(?:mm\s*)?(?:wide|across)\b", text, re.I)
    if across is not None:  # "a cylinder 50 wide and 60 tall": a round body's width is its diameter
        d = float(across.group(1))
        text = text[:across.start()] + " " * (across.end() - across.start()) + text[across.end():]
    wall = _f(r"wall(?:\s*thickness)?\s*(?:of|is|=|:)?\s*" + NUM, text) or _f(NUM + r"\s*mm\s*(?:thick\s*)?wall", text)
    sized = re.sub(r"wall(?:\s*thickness)?\s*(?:of|is|=|:)?\s*" + NUM + r"(?:\s*mm)?|" + NUM + r"\s*mm\s*(?:thick\s*)?wall", " ", text, flags=re.I)
    h = (_f(r"\bdia(?:meter)?\s*(?:of\s*)?" + NUM + r"\s*(?:mm)?\s*x\s*" + NUM, sized) and _f(
            r"\bdia(?:meter)?\s*(?:of\s*)?\d+(?:\.\d+)?\s*(?:mm)?\s*x\s*" + NUM, sized)) or _f(
            NUM.replace("(", "(?:", 1) + r"\s*mm\s*(?:in\s*)?dia(?:meter)?\s*x\s*" + NUM, sized) or (
            _size(sized, "tall", "long", "thick", "high", "height", "length", "thickness", "wide", "in length")
            or extrude_depth(sized))  # "cylinder 10 mm diameter x 6 mm", "diameter 10 x 6"
    if wall and d and not bore and 2 * wall < d:
        bore = d - 2 * wall  # "a tube 50 mm outside diameter with a 5 mm wall"
    if not (d and h):
        return None
    if bore and bore >= d:
        bore = 0.0
    if (_has(text, r"\b(?:draw|sketch)\w*\b[^.]*\bcircle") and not _has(text, r"\bextru|\b(?:tall|long|thick|high)\b|\bheight of\s*\d")) \
            or (_has(text, r"\bat a height of\b") and not _has(text, r"\bextru")):
        return None  # a circle drawn, maybe on a raised plane: a sketch for a later loft or extrude, not a body yet
    what = re.search(_ROUND, text, re.I)
    name = what.group(1).lower() if what else "section" if section else "cylinder"
    roles = {d: "diameter", h: "height"}
    if bore:
        roles[bore] = "bore"
    if wall and bore == d - 2 * wall:
        roles[wall] = "wall"
    axis = "Z"
    if part.exists:
        return None
    if attach.LYING.search(text) and not bore:
        # "a crossbar, cylinder Ø12 and 80 long, lying horizontal": along X, resting on Z = 0
        return Read([ops.Cylinder(d, h, axis="X", axis_height=d / 2, what=name)],
                    f"{name} Ø{_fmt(d)} mm × {_fmt(h)} mm lying along X", roles)
    return Read([ops.Cylinder(d, h, bore=bore or 0.0, axis=axis, what=name)],
                "{} Ø{} mm × {} mm{}".format(name, _fmt(d), _fmt(h), f", bore Ø{_fmt(bore)} mm" if bore else ""), roles)


def read_cone(text: str, part: Part) -> Read | None:
    """A cone or frustum: bottom and top diameters (a point when no top is given) and a height."""
    if part.exists or not _has(text, r"\b(cone|conical|frustum|truncated cone)\b"):
        return None
    bottom = (_f(r"(?:base|bottom)\s*(?:diameter\s*)?(?:of\s*)?" + NUM, text) or _f(NUM + r"\s*mm\s*(?:base|bottom)", text)
              or _f(NUM + r"\s*mm\s*(?:in\s*)?(?:diameter|across) at the (?:base|bottom)", text))
    top = (_f(r"top\s*(?:diameter\s*)?(?:of\s*)?" + NUM, text) or _f(NUM + r"\s*mm\s*(?:in\s*)?(?:diameter\s*|across\s*)?at the top", text)
           or _f(NUM + r"\s*mm\s*top", text) or 0.0)
    if bottom is None:
        radius = _f(r"base radius\s*(?:of\s*)?" + NUM, text)
        bottom = 2 * radius if radius else diameter_of(text)
    height = _size(text, "tall", "high", "height", "long")
    if not (bottom and height):
        return None
    return Read([ops.Cone(bottom, top, height)], f"cone Ø{_fmt(bottom)} → Ø{_fmt(top)} mm, {_fmt(height)} mm tall",
                {bottom: "bottom diameter", height: "height", **({top: "top diameter"} if top else {})})


def read_sphere(text: str, part: Part) -> Read | None:
    if not _has(text, r"\b(sphere|ball)\b") or part.exists:
        return None
    d = diameter_of(text) or _f(NUM + r"\s*(?:mm\s*)?(?:diameter\s*)?(?:sphere|ball)\b", text)  # "a 40 mm sphere"
    return Read([ops.Sphere(d)], f"sphere Ø{_fmt(d)} mm", {d: "diameter"}) if d else None


_BOXY = r"\b(dimensions|plate|block|box|cube|bar|slab|rectangle|rectangular|square|base|strip|blank|leaf|body|cuboid|prism|top)\b"


def _box_dims(text: str) -> tuple[float, float, float] | None:
    g = _group(text)
    if not g:  # "a plate 0.7 units by 0.4 units and 0.025 units thick": the plan said with "by"
        by = re.search(NUM + r"\s*mm\s*by\s*" + NUM + r"\s*mm\b(?!\s*(?:holes?|slots?|pockets?|openings?|windows?|cut))", text)
        g = [float(by.group(1)), float(by.group(2))] if by else []
    length = _size(text, "long", "length", "in length")
    width = _size(text, "wide", "width", "deep")
    height = _size(text, "thick", "thickness", "tall", "high", "height")
    extrude = extrude_depth(text)
    # explicit axes: "40 mm wide (X), 20 mm thick (Y), 30 mm tall (Z)"
    axes = dict((a.upper(), float(v)) for v, a in re.findall(NUM + r"\s*mm\s*(?:\w+\s*)?(?:in\s*)?\(?([XYZ])\)?(?![\w=])", text))
    if len(axes) < 3:  # "60 (X) x 40 (Y) x 40 (Z) mm", "80 long (X) by 40 deep (Y)": the unit after the group
        bare = dict((a.upper(), float(v)) for v, a in re.findall(NUM + r"\s*(?:mm\s*)?(?:[a-z]+\s*)?\(([XYZ])\)", text))
        axes = bare if len(bare) > len(axes) else axes
    if len(axes) == 3:
        return axes["X"], axes["Y"], axes["Z"]
    if set(axes) == {"X", "Y"} and (height or extrude):
        return axes["X"], axes["Y"], float(height or extrude or 0)
    if len(g) == 3:
        a, b, c = g
        if _has(text, rf"\(\s*{_fmt(a)}\s*(?:mm\s*)?is the (?:height|thickness)"):
            a, b, c = b, c, a
        elif _has(text, rf"\(\s*{_fmt(b)}\s*(?:mm\s*)?is the (?:height|thickness)"):
            a, b, c = a, c, b
        return a, b, c
    if len(g) == 2:
        h = height or extrude
        if h is None and length is not None:
            return length, g[0], g[1]
        if h is None:
            return None
        return g[0], g[1], h
    side = _f(NUM + r"\s*mm\s*(?:on a side|on each side|per side)\b", text) or _f(
        NUM + r"\s*mm\s*square\b(?!\s*(?:holes?|openings?|pockets?|cut|recess|window|bosse?s?|pads?))", text) or _f(r"\bsquare\s*(?:plate|block|bar|base)?\s*(?:of\s*)?" + NUM + r"\s*mm\b(?!\s*x)", text) or _f(
        r"\bsquare\s+with\s+(?:sides?|edges?)\s+(?:of\s+)?" + NUM, text) or _f(r"\bsquare\s+with\s+" + NUM + r"\s*mm\s+(?:sides?|edges?)\b", text)
    if side and (height or extrude) and _has(text, r"\bsquare\b|on a side"):
        return side, side, float(height or extrude or 0)
    if _has(text, r"\bcube\b"):
        s = (_f(NUM + r"\s*mm\s*cube", text) or _f(r"cube\s*(?:of\s*)?" + NUM, text)
             or _f(r"cube[^.;]*?(?:side|edge)s?\s*(?:length\s*)?(?:of|is|=|:)?\s*" + NUM, text)
             or _f(r"cube\s+with\s+" + NUM + r"\s*mm\s+(?:sides?|edges?)\b", text))
        if s:
            return s, s, s
    if length and width and (height or extrude):
        return length, width, float(height or extrude or 0)
    wide, deep = _size(text, "wide", "width"), _size(text, "deep", "depth")
    if not length and wide and deep and height and wide != deep:
        return wide, deep, height  # "a clevis block 30 mm wide, 20 mm deep and 25 mm high": wide across X, deep front to back
    if _has(text, r"square") and (length or width) and (height or extrude):
        s = float(length or width or 0)
        return s, s, float(height or extrude or 0)
    return None


def read_box(text: str, part: Part) -> Read | None:
    if part.exists or not (_has(text, _BOXY) or _group(text)):
        return None
    if _has(text, r"\b(?:plus|cross|star|[LTUXHZ])[- ]?shaped\b|\barms?\s+crossing\b|\bcrossing at right angles\b"):
        return None  # a plus- or T-shaped plate is no box: its rule reads it, or the step is listed
    dims = _box_dims(text)
    if not dims:
        return None
    a, b, c = dims
    # The plate convention: its two big sides in the XY plane, longest along X, unless axes were named.
    if not re.search(r"\(\s*[XYZ]\s*\)|in [XYZ]\b", text) and _has(text, r"\b(plate|strip|slab|sheet|leaf|rectangle|bar|top)\b|extrude"):
        a, b = max(a, b), min(a, b)
    corner = _f(r"" + NUM + r"\s*mm\s*radius corners", text) or _f(r"corners?\s*rounded\s*(?:to|with)?\s*(?:a\s*)?" + NUM, text) or 0.0
    what = re.search(_BOXY, text, re.I)
    name = what.group(1).lower() if what else "block"
    name = "block" if name in ("rectangle", "rectangular", "square", "prism", "cuboid", "body", "blank") else name
    return Read([ops.Box(a, b, c, corner_radius=corner, what=name)],
                f"{name} {_fmt(a)} × {_fmt(b)} × {_fmt(c)} mm" + (f", corners R{_fmt(corner)}" if corner else ""),
                {a: "length", b: "width", c: "height"})


# -- features ---------------------------------------------------------------------------------------
def read_shell(text: str, part: Part) -> Read | None:
    if not part.exists or not _has(text, r"\bshell|\bhollow"):
        return None
    t = _f(NUM + r"\s*mm\s*(?:walls?|wall thickness|thick)", text) or _f(r"wall(?: thickness)?\s*(?:of\s*)?" + NUM, text) \
        or _f(r"\b(?:to|of|with)\s*(?:a\s*)?" + NUM, text) \
        or _f(r"\b(?:shell|hollow)\w*\s+(?:it\s+|the \w+\s+)?(?:out\s+)?(?:inwards?\s+|outwards?\s+)?(?:by\s+)?" + NUM + r"\s*mm", text)
    if not t:
        return None
    open_face: str | None = "top"
    both = _has(text, r"\b(?:both|two|the)\s+(?:\d+(?:\.\d+)?\s*x\s*\d+(?:\.\d+)?\s*(?:mm\s*)?)?end\s+faces\b|open at both ends|\bboth ends open")
    if both and part.kind == "box" and part.x > part.z:
        open_face = "ends"  # a bar lying along X shelled into a tube
    elif both or _has(text, r"(?:removing|remove|open at)\s+(?:both\s+)?(?:the\s+)?top and (?:the\s+)?bottom"):
        open_face = "top_bottom"
    elif _has(text, r"\bopen at the top\b|\b(?:took|take|takes|taking|removed?|removing)\s+(?:off\s+)?the\s+top(?:\s+face)?\b|"
                    r"\btop(?:\s+face)?\s+(?:removed|taken off|left open)\b"):
        open_face = "top"  # "I took off the top face so it's open at the top, and the bottom stays"
    elif _has(text, r"(?:removing|remove|leaving|leave|open)[^.]*?bottom|bottom face open|open at the bottom"):
        open_face = "bottom"
    elif not _has(text, r"remov|open|leav"):
        open_face = None
    if t * 2 >= part.smallest:
        raise NotApplicable(f"a {_fmt(t)} mm wall leaves nothing of a part {_fmt(part.smallest)} mm across")
    where = {"ends": "both ends", "top_bottom": "the top and the bottom"}.get(open_face or "", f"the {open_face}")
    roles = {t: "wall"}
    named = re.search(r"(\d+(?:\.\d+)?)\s*x\s*(\d+(?:\.\d+)?)\s*(?:mm\s*)?end\s+faces", text)
    if named and open_face == "ends" and {float(named.group(1)), float(named.group(2))} == {part.y, part.z}:
        roles.update({float(named.group(1)): "open end face", float(named.group(2)): "open end face"})
    return Read([ops.Shell(t, open_face)], "shell inward to {} mm walls{}".format(
        _fmt(t), f", open at {where}" if open_face else ""), roles)


def _edge_which(text: str, part: Part) -> str:
    t = text.lower()
    if re.search(r"where the \w+ meets|junction|joint|root of the", t):
        return "joint"
    if re.search(r"\b(?:of|around|on) the (?:\w+ )?(?:hole|bore)\b|hole edges|bore edges|circular edges of the hole", t):
        return "hole"
    if re.search(r"vertical|corner edges|four corners|the corners|\b(?:its|all|outside|outer|plate|part|block|base)\s+corners\b", t):
        return "vertical"
    if re.search(r"\ball\b(?!\s+(?:the\s+|four\s+|its\s+)?(?:top|bottom|upper|lower|base|vertical|corner|end)\b)|every edge|all (?:the )?edges|all (?:its|twelve)", t):
        return "all"
    step_end = re.search(r"\bend of the (\d+(?:\.\d+)?) mm (?:step|section|journal|spigot|diameter)", t)
    if step_end and part.kind == "stack":
        # "the end of the 12 mm step": the free end of the first or the last step of a stepped shaft
        secs = [o for o in part.history if isinstance(o, ops.Cylinder)]
        return "bottom" if secs and float(step_end.group(1)) == secs[0].diameter and secs[-1].diameter != secs[0].diameter else "top"
    outer = "outer" in t or "outside" in t
    if re.search(r"both (?:end|circular|outer)|two (?:end|outer|circular)|each end|both ends|end edges", t):
        return "ends_outer" if (outer or part.bore) else "ends"
    if "bottom" in t or "base" in t:
        return "bottom_outer" if outer or part.bore else "bottom"
    if "top" in t or "upper" in t:
        return "top_outer" if outer or part.bore else "top"
    if "free end" in t:
        return "bottom"
    return "all"


def read_edges(text: str, part: Part) -> Read | None:
    if not part.exists:
        return None
    kind = "chamfer" if _has(text, r"chamfer|bevel|\bbreak") else "fillet" if _has(
        text, r"fillet|\bround(?:ed)? (?:the|off|all|both|over|its|every|each|with|\w+ edges?)|\brounded\b|radius") else ""
    ordered = _has(text, r"^\s*(?:then\s+|next\s+|finally\s+)?(?:fillet|chamfer|bevel|break)\w*\b")  # "Fillet the edge where the hub meets ..."
    if (_has(text, r"\b(boss|hub|island)\b") and not ordered) or (_has(text, r"\b(add|attach)\b") and not _has(text, r"\b(chamfer|fillet|bevel|round)s?\b")):
        return None
    if _has(text, r"\bcircle\b") and _has(text, r"\bcut|remov"):
        return None  # "cut a circle of radius 10 through all": a hole, not a rounded edge
    if not kind or (_has(text, r"\b(?:drill|hole|bore)\b") and not _has(text, r"edges? of the (?:hole|bore)|(?:hole|bore) edges|circular edges of the hole|both edges of the bore")):
        return None
    size = (_f(NUM + r"\s*mm\s*(?:x\s*45\s*degrees?\s*)?(?:fillet|chamfer|radius|bevel)", text) or _f(NUM + r"\s*(?:mm\s*)?x\s*45\s*degrees?\b", text) or _f(r"(?:radius|chamfer|fillet|bevel)\s*(?:of\s*)?" + NUM, text)
            or _f(r"\b(?:at|by|with|of|to)\s*(?:a\s*)?" + NUM + r"\s*mm", text) or _f(NUM + r"\s*mm", text))
    if not size:
        return None
    if _has(text, r"\b(?:inside|inner|internal|floor|bottom)\s+edges?\s+of\s+the\s+(?:pocket|slot|recess|groove|cavity)|"
                  r"\b(?:pocket|slot|recess|groove|cavity)\s+(?:floor\s+)?edges\b|\bedges?\s+of\s+the\s+(?:pocket|slot|recess|groove|cavity)\b"):
        return None  # the pocket's own edges: no edge set here names them, so the step is listed, not read as every edge
    if _has(text, r"\b(?:inside|inner|internal|concave|re-?entrant)\s+(?:corner\s+)?edges?\b|\b(?:the\s+one|edge)\s+at\s+[XYZ]\s*="):
        return None  # one named edge (the inside corner, the edge at X = 8) no edge set here selects: listed, not all edges
    which = _edge_which(text, part)
    limit = part.smallest / 2 if which in ("all", "top", "bottom", "ends", "vertical") else part.smallest
    if which == "vertical" and part.kind == "box":
        limit = min(part.x, part.y) / 2
    if limit and size >= limit:
        raise NotApplicable(f"a {_fmt(size)} mm {kind} is too large for the {_fmt(part.smallest)} mm part")
    nice = {"all": "all edges", "top": "the top edges", "bottom": "the bottom edges", "vertical": "the vertical edges",
            "top_outer": "the outer top edge", "bottom_outer": "the outer bottom edge", "ends": "both end edges",
            "ends_outer": "both outer end edges", "hole": "the hole edges", "joint": "where the bodies meet"}[which]
    return Read([ops.Edges(kind, size, which)], f"{kind} {_fmt(size)} mm on {nice}", {size: kind})


def _corners(text: str, part: Part) -> list[ops.Point] | None:
    off = (_f(NUM + r"\s*mm\s*(?:in\s*)?from (?:both|the|each|all|two)?\s*(?:\w+\s*)?(?:adjacent |nearest |two nearest )?edges", text)
           # 'each centre 0.05 from the two nearest outer edges', 'from each of the two adjacent sides'
           or _f(NUM + r"\s*mm\s*(?:in\s*)?from\s+(?:(?:the|each|both|of|two|its)\s+)*(?:(?:nearest|adjacent|closest|neighbou?ring|outer|outside)\s+)+(?:edges|sides)", text)
           or _f(NUM + r"\s*mm\s*in from both", text) or _f(r"(?:inset|offset)\s*(?:of\s*)?" + NUM, text)
           or _f(NUM + r"\s*mm\s*in\s*from\s*(?:the\s*)?edges", text)
           or _f(NUM + r"\s*mm\s*(?:in\s*)?from (?:each|every|the|all)\s*(?:four\s*)?corners?", text))
    if _has(text, r"concentric with the corner radius") and not off:
        off = next((o.corner_radius for o in part.history if isinstance(o, ops.Box) and o.corner_radius), None)
    if off is None:
        return None
    ax, ay = part.x / 2 - off, part.y / 2 - off
    return [(-ax, -ay), (ax, -ay), (ax, ay), (-ax, ay)]


def _body_stations(text: str, length: float, width: float, n: int | None) -> tuple[list[ops.Point], str] | None:
    """Stations of bodies on the face they stand on, read by the grammar that places holes there (placement.py)."""
    face = Part(kind="box", x=length, y=width)
    return _positions(text, face, n)


def _positions(text: str, part: Part, n: int | None) -> tuple[list[ops.Point], str] | None:
    """Where the holes go, from the words; None when the step does not say."""
    bosses = [op.body.centre for op in part.history if isinstance(op, ops.Boss) and isinstance(op.body, ops.Cylinder)
              and op.body.axis == "Z" and op.body.height > 0]
    if len(bosses) >= 2 and _has(text, r"\b(?:through|in|into|down)\s+(?:each|every|both|all)\s+(?:\w+\s+)?boss\w*|\bthrough the (?:two |\w+ )?bosses\b"):
        return bosses, f"through each of the {len(bosses)} bosses"  # "drill a 6 mm hole through each boss"
    laid = patterns.grid(text) or patterns.rectangle(text)  # '4 by 4 grid, 20 pitch both ways', 'on a 47.14 square'
    if laid is not None and (n in (None, len(laid.centres)) or (laid.kind == "grid" and n in laid.used)) and not _points(text):
        return laid.centres, laid.summary
    if part.kind in ("box", "profile", "sketch solid"):
        got = place.located(text, place.Face(part.x, part.y, part.origin == "corner", part.centre == (0.0, 0.0)), n)
        if got is not None:
            return got
    if (n or 1) == 1 and _has(text, r"\b(?:concentric|coaxial)\b|\bon the (?:central |part's |same )?axis\b"):
        return [(0.0, 0.0)], "on the axis"
    pts = _points(text)
    if pts:
        if part.origin == "corner" or _has(text, r"bottom-left|lower-left|from (?:that|the) corner|corner origin") \
                or place.corner_said(text) or place.only_from_a_corner(pts, place.Face(part.x, part.y, at_origin=part.centre == (0.0, 0.0))):
            said = "at {} from the corner".format(", ".join(f"({_fmt(x)}, {_fmt(y)})" for x, y in pts))
            return [(x - part.x / 2, y - part.y / 2) for x, y in pts], said  # the numbers as typed bind to the places
        return pts, "at {}".format(", ".join(f"({_fmt(x)}, {_fmt(y)})" for x, y in pts))
    pcd = (_f(NUM + r"\s*(?:mm)?\s*(?:-?\s*(?:diameter|dia\.?)\s*)?(?:pitch circle|bolt circle|PCD|pitch-circle|p\.c\.d)", text)
           or _f(r"(?:pitch circle|bolt circle|PCD|circle of diameter)\s*(?:diameter\s*)?(?:of\s*)?" + NUM, text)
           or _f(r"(?:on|around|round|about|along)\s+an?\s*" + NUM + r"\s*(?:mm\s*)?(?:diameter\s*|dia\s*)?circle", text))
    if pcd is None and _has(text, rf"radius\s*(?:of\s*)?{NUM}") and (
            _has(text, r"\b(?:around|equally|evenly|spaced|pitch|bolt)\b") or (_has(text, r"circle") and (n or 0) > 1)):
        r = _f(r"radius\s*(?:of\s*)?" + NUM, text)
        pcd = 2 * r if r else None
    if pcd:
        angles = [float(a) for a in re.findall(NUM + r"(?=\s*(?:,|and|degrees))", text.split("placed at")[-1])] if "placed at" in text else []
        k = len(angles) if len(angles) >= 2 else (n or 4)
        start = _f(r"(?:first|start)[^.]*?at\s*" + NUM + r"\s*degrees", text) or _f(
            r"\b(?:set|rotated|offset|turned|clocked)\s*(?:at|by|to)\s*" + NUM + r"\s*degrees", text) or (
            45.0 if (n or 4) == 4 and _has(text, r"\bon the diagonals\b|towards the corners|toward the corners") else 0.0)
        if not angles:
            angles = [start + i * 360.0 / k for i in range(k)]
        return ([(pcd / 2 * math.cos(math.radians(a)), pcd / 2 * math.sin(math.radians(a))) for a in angles],
                f"on a {_fmt(pcd)} mm pitch circle" + (f", the first at {_fmt(start)} degrees" if start else ""))
    rect = re.search(r"corners of an?\s*" + NUM + r"\s*(?:mm)?\s*(?:x\s*" + NUM + r"\s*(?:mm)?\s*)?(square|rectangle)", text, re.I)
    if rect:
        a = float(rect.group(1))
        b = float(rect.group(2)) if rect.group(2) else a
        if part.y > part.x and a > b:
            a, b = b, a
        return [(sx * a / 2, sy * b / 2) for sx, sy in ((-1, -1), (1, -1), (1, 1), (-1, 1))], f"on the corners of a {_fmt(a)} × {_fmt(b)} mm rectangle"
    if _has(text, r"corner|(?:nearest|adjacent|both) edges|two edges") and (n in (None, 4)):
        c = _corners(text, part)
        if c:
            return c, f"in the corners, {_fmt(part.x / 2 - c[1][0])} mm from the edges"
    grid = re.search(r"(\d+)\s*columns?[^.]*?(\d+)\s*rows?", text) or re.search(r"(\d+)\s*x\s*(\d+)\s*(?:grid|array|pattern)", text)
    if grid:
        cols, rows = int(grid.group(1)), int(grid.group(2))
        px = _f(NUM + r"\s*mm\s*pitch", text) or _f(r"pitch\s*(?:of\s*)?" + NUM, text) or _f(r"spaced\s*(?:at\s*)?" + NUM, text) or 10.0
        py = px
        return ([((i - (cols - 1) / 2) * px, (j - (rows - 1) / 2) * py) for j in range(rows) for i in range(cols)],
                f"a {cols} × {rows} grid at {_fmt(px)} mm pitch")
    # "spaced at 25 mm", not "equally spaced 5 mm holes" (that 5 is the holes' size)
    pitch = _f(NUM + r"\s*mm\s*(?:pitch|apart|spacing|centres)", text) or _f(
        r"(?:pitch|spacing|spaced)\s*(?:of\s*|at\s*)?(?:a\s*)?" + NUM + r"(?!\s*(?:mm\s*)?(?:diameter\s*|dia\s*|through\s*)?(?:holes?|bores?|diameter)\b)", text)
    # "20 mm either side of the web centreline, at 25 mm and 75 mm from one end": rows x columns
    side = _f(NUM + r"\s*mm\s*(?:either|each) side of (?:the )?(?:\w+ )?(?:centre ?line|center ?line)", text)
    stations = re.search(r"at\s*" + NUM + r"\s*(?:mm)?\s*and\s*" + NUM + r"\s*mm\s*from (?:one|the|either) end", text)
    if side and stations:
        along_x = part.x >= part.y
        length = part.x if along_x else part.y
        at = [float(stations.group(1)) - length / 2, float(stations.group(2)) - length / 2]
        pts = [(a, b) if along_x else (b, a) for a in at for b in (-side, side)]
        return pts, f"{_fmt(side)} mm either side of the centreline at {_fmt(float(stations.group(1)))} and {_fmt(float(stations.group(2)))} mm from one end"
    either = _f(NUM + r"\s*mm\s*(?:either|each) side of (?:the )?(?:centre|center|middle)", text) or _f(r"at\s*" + NUM + r"\s*mm\s*either side", text)
    if either is None and n == 3 and _has(text, r"\bone (?:in the middle|at the cent(?:re|er)|in the cent(?:re|er))"):
        either = _f(NUM + r"\s*mm\s*(?:either|each|to either) side\b", text)  # "... and the others 25 either side of it"
    if either:
        along_y = _has(text, r"either side[^.,]*(?:in|along) Y\b")
        if n == 3 and _has(text, r"\bone (?:in the middle|at the cent(?:re|er)|in the cent(?:re|er))"):
            # "one in the middle and the others 30 either side of it": a row of three
            return ([(0.0, -either), (0.0, 0.0), (0.0, either)] if along_y else [(-either, 0.0), (0.0, 0.0), (either, 0.0)]), \
                f"one in the middle and one {_fmt(either)} mm either side of it"
        return ([(0.0, -either), (0.0, either)] if along_y else [(-either, 0.0), (either, 0.0)]), f"{_fmt(either)} mm either side of the centre"
    ends = _f(NUM + r"\s*mm\s*(?:in\s*)?from (?:each|both|the) (?:\w+ )?(?:ends?|short edges?|short sides?|sides?)", text) or _f(
        NUM + r"\s*mm\s*(?:in\s*)?from each", text) or _f(r"each\s*" + NUM + r"\s*mm\s*in\s*from\s*the\s*ends", text)
    if ends is not None and (n or 2) == 2:
        ax = part.x / 2 - ends
        return [(-ax, 0.0), (ax, 0.0)], f"{_fmt(ends)} mm from each end on the centreline"
    k = n or 0
    first_at = _f(r"\bfirst\s+(?:[\w-]+\s+)?(?:is\s+)?(?:at\s+)?" + NUM + r"\s*(?:mm\s*)?(?:in\s*)?from (?:the|one|its|the left) end", text)
    if k >= 2 and pitch and first_at is not None:  # "first pin 10 from the end, pitch 25": a row from one end
        x0 = first_at - part.x / 2
        return [(x0 + i * pitch, 0.0) for i in range(k)], f"{k} in a row at {_fmt(pitch)} mm pitch, the first {_fmt(first_at)} mm from the end"
    if k >= 2 and (pitch or _has(text, r"evenly|equally|spaced")):
        if not pitch:
            pitch = part.x / k
        return [((i - (k - 1) / 2) * pitch, 0.0) for i in range(k)], f"{k} in a row at {_fmt(pitch)} mm pitch"
    if (n or 2) == 2 and pitch:
        return [(-pitch / 2, 0.0), (pitch / 2, 0.0)], f"two {_fmt(pitch)} mm apart"
    one_off = _f(NUM + r"\s*mm\s*in from the outer edge", text) or _f(r"centre\s*(?:is\s*)?" + NUM + r"\s*mm\s*(?:in\s*)?from the (?:outer )?edge", text)
    if one_off is not None:
        return [(part.x / 2 - one_off, 0.0)], f"{_fmt(one_off)} mm in from the edge"
    placed = _from_edges(text, part)
    if placed:
        return placed
    # polar: "at 135 degrees from +X, 30.5 mm from the axis", "30 mm from the centre at 60 degrees to the X axis"
    radius = _f(NUM + r"\s*mm\s*(?:out\s*)?from the (?:axis|centre|center)\b", text) or _f(r"\bat (?:a )?radius\s*(?:of\s*)?" + NUM, text)
    angle = _f(r"\bat\s*(?:an angle of\s*)?" + NUM + r"\s*degrees\s*(?:from|to)\s*(?:the\s*)?\+?X\b", text)
    if radius is not None and angle is not None and (n or 1) == 1:
        a = math.radians(angle)
        return [(radius * math.cos(a), radius * math.sin(a))], f"{_fmt(radius)} mm from the axis at {_fmt(angle)} degrees from +X"
    off_axis = _f(r"cent(?:re|er)\s*(?:is\s*|lies\s*|sits\s*)?" + NUM + r"\s*mm\s*from the (?:axis|centre|center|middle)", text) or _f(
        r"\bat (?:a )?radius\s*(?:of\s*)?" + NUM, text)
    if off_axis is not None and (n or 1) == 1:
        return [(off_axis, 0.0)], f"{_fmt(off_axis)} mm from the axis, on +X"
    if _has(text, r"cent(?:re|er)|middle|on (?:its|the) axis|concentric|on the axis|crossing point|where (?:they|the \w+) cross|intersection"):
        return [(0.0, 0.0)], "at the centre"
    return None


_EDGE_SIDE = {"left": ("x", -1), "right": ("x", 1), "front": ("y", -1), "back": ("y", 1), "rear": ("y", 1),
              "bottom": ("y", -1), "top": ("y", 1), "lower": ("y", -1), "upper": ("y", 1)}


def _from_edges(text: str, part: Part) -> tuple[list[ops.Point], str] | None:
    """'20 mm from the left edge, centred vertically', '15 mm from the left edge and 12 mm from the bottom edge':
    a point in the plan, each coordinate measured in from the named side; a side not named is the centre."""
    if part.kind not in ("box", "profile", "sketch solid") or not part.x or not part.y:
        return None
    x: float | None = None
    y: float | None = None
    said = []
    for m in re.finditer(NUM + r"\s*mm\s*(?:in\s*)?from\s*(?:the\s*|one\s*|an?\s*)(left|right|front|back|rear|bottom|top|lower|upper|one|)\s*"
                         r"(?:long\s*|short\s*)?(?:edge|side|end)s?\b(?!\s*face)", text, re.I):
        if not m.group(2) and not re.search(r"from\s*one|end", m.group(0), re.I):
            continue  # "from the edges" is the corners' rule
        axis, sign = _EDGE_SIDE.get(m.group(2).lower(), ("x", -1))  # "from one end": the left end
        d = float(m.group(1))
        if axis == "x":
            x = sign * (part.x / 2 - d)
        else:
            y = sign * (part.y / 2 - d)
        said.append(f"{_fmt(d)} mm from the {m.group(2).lower()} edge" if m.group(2) and m.group(2).lower() != "one"
                    else f"{_fmt(d)} mm from one end")
    if x is None and y is None:
        return None
    return [(x or 0.0, y or 0.0)], ", ".join(said)


def _side_height(text: str, part: Part) -> float | None:
    """Height of a sideways hole's axis: '25 mm above the bottom face', '7 mm below the top face'."""
    up = _f(NUM + r"\s*mm\s*(?:above|from|up from) the bottom", text) or _f(r"axis\s*" + NUM + r"\s*mm\s*above", text)
    if up is not None:
        return up
    down = _f(NUM + r"\s*mm\s*(?:below|down from) the top", text)
    if down is None and _has(text, r"\bmid-?height\b|\bhalf ?way up\b|\bcent(?:re|er)d on (?:that|the|this) (?:face|wall|side)\b"
                             r"|\bfrom the (?:front|back|left|right) (?:face|side) to the (?:front|back|left|right|rear) (?:face|side)\b[^.]*\bcent(?:re|er)d\b"
                             r"|\bcent(?:re|er)d\b[^.]*\bfrom the (?:front|back|left|right) (?:face|side) to the\b"):
        return part.z0 + part.z / 2  # "centred on that face": the wall's middle
    return part.top - down if down is not None else None


def _hole_diameter(text: str) -> float | None:
    cleaned = re.sub(r"(?:counterbore|counter-bore|countersink|c'bore|cbore)(?:[^,.;:]|\.\d)*", " ", text, flags=re.I)
    cleaned = re.sub(r"\bfor M\d+[^,.;:]*", " ", cleaned)
    cleaned = re.sub(r"(?:pitch circle|bolt circle|PCD)\s*(?:diameter\s*)?(?:of\s*)?" + NUM + r"|" + NUM + r"\s*mm\s*(?:-?\s*(?:diameter|dia\.?)\s*)?(?:pitch circle|bolt circle|PCD)", " ", cleaned, flags=re.I)
    cleaned = re.sub(r"(?:corners of an?|on a)\s*" + NUM + r"\s*(?:mm)?\s*(?:x\s*" + NUM + r"\s*(?:mm)?\s*)?(?:square|rectangle|circle)", " ", cleaned, flags=re.I)
    radius = _f(NUM + r"\s*mm\s*(?:in\s+)?radius\s+(?:[\w-]+\s*){0,2}?(?:holes?|bore)\b", cleaned)
    if radius is not None:
        return 2 * radius  # "a 6 mm radius hole": the word after the number says what it measures
    return (_f(NUM + r"\s*mm\s*(?:[\w-]+\s*){0,3}?(?:holes?|bore|hole)\b", cleaned) or diameter_of(cleaned)
            or _f(r"holes?\s*(?:of\s*)?" + NUM + r"\s*mm" + NOT_A_DIAMETER + r"(?!\s*in\s+from\b)", cleaned) or _f(NUM + r"\s*mm\s*through", cleaned)
            or _f(r"\bholes?\s+" + NUM + r"(?=\s*(?:through|thru)\b)", cleaned)  # "Centre hole 0.1 through": a unitless size
            or _f(r"\bbore\s*(?:a|an)?\s*" + NUM + NOT_A_DIAMETER, cleaned) or _f(r"\bdrill\s*(?:an?\s*)?" + NUM + r"\s*mm\b(?!\s*deep)", cleaned)
            or _f(NUM + r"\s*mm\s*(?:tapping|tap|clearance|pilot)\s+drill\b", cleaned))  # "a 3.3 tapping drill goes radially ..."


# "..., and a 6 mm cross hole passes through the top cylinder": a second hole in the same sentence
# ('one ... and a second 6 mm hole ...' is one set of holes placed one by one: place.py reads it whole)
_AND_HOLE = re.compile(r",?\s+and\s+(?=(?:an?|one|two|three|four|six|eight|\d+)\s+(?!second\b|other\b|further\b|third\b)"
                       r"(?:(?:[\d.]+\s*mm|[\w-]+)\s+){0,3}?holes?\b)", re.I)


def _pocket_floor(text: str, part: Part) -> float | None:
    """The height of the floor of the last pocket when the words start a hole there ('in the floor of that pocket',
    'from the pocket floor'); None otherwise."""
    if not _has(text, r"\b(?:in|into|from|at)\s+the\s+(?:floor|bottom)\s+of\s+(?:that|the|this)\s+(?:pocket|recess|counterbore|cut)\b"
                      r"|\bfrom\s+the\s+(?:pocket|recess)\s+floor\b"):
        return None
    pocket = next((o for o in reversed(part.history) if isinstance(o, ops.Pocket) and o.depth and o.face == "top"), None)
    return part.top - pocket.depth if pocket is not None and pocket.depth else None


def read_holes(text: str, part: Part, previous: ops.Holes | None = None) -> Read | None:
    """Holes of one kind, or two kinds joined in one sentence ('a 12 mm hole vertically ..., and a 6 mm hole along Y ...')."""
    pieces = _AND_HOLE.split(text, maxsplit=1)
    if len(pieces) == 2 and all(re.search(r"\d", p) and re.search(r"\bholes?\b", p, re.I) for p in pieces):
        both = [_read_holes_one(p, part, previous) for p in pieces]
        if both[0] is None or both[1] is None:
            return None  # half of the sentence read is a step half done: listed, not guessed
        return Read(both[0].operations + both[1].operations, f"{both[0].summary}; {both[1].summary}",
                    {**both[1].roles, **both[0].roles}, both[0].assumed + both[1].assumed)
    return _read_holes_one(text, part, previous)


def _read_holes_one(text: str, part: Part, previous: ops.Holes | None = None) -> Read | None:
    if not part.exists or not _has(text, r"\b(hole|holes|drill|drilled|bore|punch|counterbor\w*|countersunk|countersink)\b"
                                   r"|\bcut\b[^.]*\bcirc(?:le|ular)\b[^.]*\bthrough|\bcirc(?:le|ular)\b[^.]*\b(?:cut|remov\w*)\b"):
        return None
    if part.kind == "profile" and _has(text, r"\b(?:in|on) (?:each|both|one) (?:legs?|arms?)\b"):
        return None  # a hole in a leg of the profile: its face is not the top, so the step is listed, not guessed
    if _has(text, _SQUARE_HOLE):
        return None  # a square or rectangular hole is a pocket through
    other = re.search(r"\b(?:slots?|pocket|slit|keyway)\b", text, re.I)
    hole = re.search(r"\b(?:hole|holes|drill|bore)\b", text, re.I)
    if other and (not hole or other.start() < hole.start()):
        return None
    d = _hole_diameter(text)
    n = count(text, r"(?:[\w.\-]+\s+){0,4}?(?:holes?|bosses)") or (4 if _has(text, r"\beach corner|four corners|at the corners") else None)
    if (n or 1) == 1 and place.pattern_count(text):  # "one 8 mm hole ... repeated in a circular pattern of five holes"
        n = place.pattern_count(text)
    if d is None:
        m = re.search(r"\bM(\d+(?:\.\d+)?)\b", text)
        if m and previous is None:
            d = {3: 3.4, 4: 4.5, 5: 5.5, 6: 6.6, 8: 9.0, 10: 11.0, 12: 13.5}.get(int(float(m.group(1))), float(m.group(1)) * 1.1)
    if d is None and n and part.kind in ("box", "profile", "sketch solid"):
        # "place two holes on the long centre line, 15 mm in from each end": their size comes in a later step
        placed = place.located(text, place.Face(part.x, part.y, part.origin == "corner", part.centre == (0.0, 0.0)), n)
        if placed is not None:
            return Read([ops.Holes(0.0, placed[0], count=n, what="pending")], f"{n} holes {placed[1]}, sized below")
    if d is None and _has(text, r"\bfollowing\b") and previous is None:
        return Read([ops.Holes(0.0, [], None, what="pending")],
                    "holes listed below")
    if d is None:
        return None
    depth = depth_of(text)
    if _has(re.sub(r"\b(?:not|never|does not|do not)\s+(?:go\s+|break\s+|all the way\s+|right\s+)?through\b", " ", text), r"through|all the way") and not _has(text, r"blind"):
        depth = None if not _has(text, rf"counterbor\w*[^.]*?{NUM}\s*mm\s*deep") else depth
    cb = None
    cbd = _f(NUM + r"\s*mm\s*(?:diameter\s*)?(?:counterbore|counter-bore)", text) or _f(
        r"(?:counterbore|counter-bore|c'bore|cbore)d?\s*(?:of\s*)?(?:diameter\s*)?(?:of\s*)?" + NUM + r"(?!\s*mm\s*deep)", text) or _f(
        r"counterbor\w*[^.;]*?\bto\s*(?:an?\s*)?" + NUM + r"\s*mm\s*(?:in\s*)?diameter", text)
    if cbd:
        cdepth = _f(r"(?:counterbore|counter-bore)(?:[^.;]|\.\d)*?" + NUM + r"\s*mm\s*deep", text) or \
            _f(r"(?:counterbore|counter-bore)(?:[^.;]|\.\d)*?x\s*" + NUM, text) or \
            _f(r"(?:counterbore|counter-bore)[^.;]*?depth\s*(?:of\s*)?" + NUM, text)
        if cdepth:
            cb = (cbd, cdepth)
            if depth == cdepth:
                depth = None
    cs = None
    if _has(text, r"countersunk|countersink|counter-sunk"):
        csd = _f(r"(?:countersink|countersunk)[^.;]*?(?:to|of)\s*" + NUM + r"\s*mm", text) or _f(NUM + r"\s*mm\s*(?:diameter\s*)?countersink", text) or d * 2
        ang = _f(NUM + r"\s*degrees?\s*(?:countersink|countersunk|included)?", text) or 90.0
        cs = (csd, ang)
        if depth and not _has(text, r"blind"):
            depth = None
    if _has(text, r"counterbored") and not cb:
        cb = None
    along = _axis_holes(text, part, n, d, depth, cb, cs)
    if along is not None:
        return along
    floor = _pocket_floor(text, part) if depth else None
    if floor is not None and depth:  # "in the floor of that pocket a 0.1 hole going another 0.1 deeper": blind from the floor
        spots = _positions(text, part, n) or ([(0.0, 0.0)], "at the centre")
        return Read([ops.Holes(d, spots[0], depth, cb, cs, start_z=floor)],
                    f"{len(spots[0])} × Ø{_fmt(d)} mm blind hole{'s' if len(spots[0]) > 1 else ''} {spots[1]}, from the pocket floor, "
                    f"{_fmt(depth)} mm deeper", {d: "hole_diameter", depth: "hole_depth"})
    lying = next((o.body for o in reversed(part.history) if isinstance(o, ops.Boss) and isinstance(o.body, ops.Cylinder)
                  and o.body.axis in ("X", "Y") and o.body.what != "boss"), None)
    if lying is not None and _has(text, r"along (?:its|the|their|that) (?:\w+ )?axis|through the (?:housing|knuckle|cylinder|barrel|tube|boss)"):
        u = lying.centre[1] if lying.axis == "X" else lying.centre[0]
        roles = {d: "hole_diameter"}
        return Read([ops.Holes(d, [(u, lying.axis_height)], None, axis=lying.axis)],
                    f"Ø{_fmt(d)} mm hole along the {lying.axis} axis of the Ø{_fmt(lying.diameter)} mm cylinder", roles)
    if part.kind == "box" and _has(text, r"\beach pair of opposite faces\b|\b(?:three|3) mutually perpendicular\b|\balong (?:all three axes|X, Y and Z)\b"
                                   r"|\bthrough (?:the centres? of )?(?:all|each of the) (?:six|6) faces\b"
                                   r"|\bthrough (?:the )?cent(?:re|er)s? of (?:every|each|all(?: the)?|all (?:six|6)(?: of the)?) (?:faces?|sides?)\b"):
        # "a 10 mm hole through the centre of each pair of opposite faces": three holes crossing at the middle
        mid = part.z0 + part.z / 2
        holes: list[ops.Operation] = [ops.Holes(d, [(0.0, 0.0)], None), ops.Holes(d, [(0.0, mid)], None, axis="X", side_z=mid),
                                      ops.Holes(d, [(0.0, mid)], None, axis="Y", side_z=mid)]
        return Read(holes, f"3 × Ø{_fmt(d)} mm through holes along X, Y and Z, crossing at the centre", {d: "hole_diameter"})
    pos = _positions(text, part, n)
    bosses = [o.body for o in part.history if isinstance(o, ops.Boss) and isinstance(o.body, ops.Cylinder) and o.body.axis == "Z"]
    if bosses and _has(text, r"(?:each|every|all|the) (?:four |two |three )?bosse?s?\b|of each boss"):
        tops = {round(b.z0 + b.height, 4) for b in bosses}
        pts = [b.centre for b in bosses]
        top = max(tops)
        summary = f"{len(pts)} × Ø{_fmt(d)} mm hole{('s' if len(pts) > 1 else '')} into the bosses"
        if depth:
            summary += f", {_fmt(depth)} mm deep"
        return Read([ops.Holes(d, pts, depth, cb, cs, start_z=top if depth else None)], summary, {d: "hole_diameter"})
    face, axis, side_z = "top", "Z", 0.0
    if _has(text, r"\b(cross|radial(?:ly)?|horizontal(?:ly)?(?! centre ?line| center ?line)|perpendicular to the axis|through the diameter|from the side|side hole)\b"
            r"|(?<!mm )(?<!mm in )\bfrom the (?:left|right|front|back|rear) (?:side|face|end)\b") and not _has(text, r"vertical") \
            and not _has(text, r"\b(?:end|side) walls?\b[^.]*\bmm from the side faces\b"):
        axis = "X"
        if part.kind == "cylinder" and part.axis == "Z":
            side_z = _f(NUM + r"\s*mm\s*from (?:one|the) end", text) or part.top / 2
            if _has(text, r"halfway|half way|middle of"):
                side_z = part.z0 + part.z / 2
            depth = None if not _has(text, r"one wall|into the bore") else part.diameter / 2 + 1
            pos = ([(0.0, side_z)], "across the part")
        else:
            height = _side_height(text, part)
            if height is None:
                return None
            side_z = height
            if _has(text, r"along Y|through the \d+(?:\.\d+)? mm (?:thickness|depth)|through the thickness"):
                axis = "Y"
            if _has(text, r"along X|through the whole width|in X direction"):
                axis = "X"
            axis = place.side_axis(text) or axis  # "from the left side to the right side"
            depth = None
            pos = ([(0.0, height)], "across the part")
    elif _has(text, r"each end(?: face)?|both end(?: face)?s?|both ends") and depth:
        face = "both"
    elif _has(text, r"bottom face|underside|from below") and not _has(text, r"above the bottom|from the bottom face up"):
        face = "bottom"
    elif _has(text, r"\b(?:up|upwards?) into\b|\binto the flat(?: face)?\b") and any(
            isinstance(h, ops.Pocket) and h.face == "bottom" for h in part.history):
        face = "bottom"  # "drill up into the flat face": the face a slice left on the underside
    elif part.kind == "profile" and _points(text) and _has(text, r"thickness|sketch coordinates"):
        # a hole through an extruded side profile, at sketch coordinates (x, z)
        axis, depth = "Y", None
        pos = ([(x, z) for x, z in _points(text)], "at {} in the sketch".format(", ".join(f"({_fmt(x)}, {_fmt(z)})" for x, z in _points(text))))
    elif _has(text, r"\b(?:end|side) walls?\b|walls? normal to [XY]\b") and _side_height(text, part) is not None:
        # a hole through one wall of a box, from the outside in
        up = _side_height(text, part)
        assert up is not None
        axis = "Y" if _has(text, r"side wall|normal to Y|long (?:side )?wall") else "X"
        depth = (part.x if axis == "X" else part.y) / 2 + 1
        pos = ([(0.0, up)], f"through one {'end' if axis == 'X' else 'side'} wall, {_fmt(up)} mm up")
    elif _has(text, r"\b(?:horizontal(?:ly)?|sideways)\b|through both legs|through the (?:\d+(?:\.\d+)? mm )?(?:thickness|width)\b") \
            and _side_height(text, part) is not None:
        up = _side_height(text, part)
        assert up is not None
        axis = "X" if _has(text, r"along X|through the whole width|through the \d+(?:\.\d+)? mm width") else "Y"
        if part.kind == "profile" and _has(text, r"through both legs"):
            axis = "X"
        depth = None
        pos = ([(0.0, up)], f"{_fmt(up)} mm up, across the part")
    if pos is None:
        if (n or 1) > 1:  # "two countersunk holes": their places come in a later step
            return Read([ops.Holes(d, [], depth, cb, cs, face=face, count=n or 0)], f"{n or 0} holes, placed below",
                        {d: "hole_diameter"})
        pos = ([(0.0, 0.0)], "at the centre")
    pts, pos_text = pos
    if len(pts) == 1 and axis == "Z" and _MIRROR.search(text) and part.kind in ("box", "profile", "sketch solid"):
        # "a 12 mm hole 25 mm from the left edge, mirrored to the right side about the middle": the hole and its image
        image = place.mirrored(pts, text, place.Face(part.x, part.y, part.origin == "corner", part.centre == (0.0, 0.0)))
        if image is not None:
            pts, pos_text = image[0], f"{pos_text}, {image[1]}"
    if n and n > 1 and len(pts) == 1:  # "two holes ... centred": their places come later
        return Read([ops.Holes(d, [], depth, cb, cs, face=face, count=n)], f"{n} holes, placed below", {d: "hole_diameter"})
    for x, y in pts:
        if part.kind == "box" and axis == "Z" and (abs(x) > part.x / 2 or abs(y) > part.y / 2):
            raise NotApplicable(f"a hole at ({_fmt(x)}, {_fmt(y)}) is outside the {_fmt(part.x)} × {_fmt(part.y)} mm face")
    roles = {d: "hole_diameter"}
    if depth:
        roles[depth] = "hole_depth"
    if cb:
        roles[cb[0]] = "counterbore_diameter"
        roles[cb[1]] = "counterbore_depth"
    if cs:
        roles[cs[0]] = "countersink_diameter"
        roles[cs[1]] = "countersink_angle"
    kind = "counterbored" if cb else "countersunk" if cs else "blind" if depth else "through"
    named = re.search(r"\b(bolt|mounting|pilot|pin|screw|clamp-screw|set-screw|cross|fixing|dowel|vent|cable)\s+holes?\b", text, re.I)
    summary = f"{len(pts)} × Ø{_fmt(d)} mm {kind} hole{('s' if len(pts) > 1 else '')} {pos_text}"
    if depth:
        summary += f", {_fmt(depth)} mm deep"
    what = named.group(1).lower().replace("-", "_") + "_hole" if named else "hole"
    return Read([ops.Holes(d, pts, depth, cb, cs, face=face, axis=axis, side_z=side_z, what=what)], summary, roles)


def _axis_holes(text: str, part: Part, n: int | None, d: float, depth: float | None,
                cb: tuple[float, float] | None, cs: tuple[float, float] | None) -> Read | None:
    """Holes whose direction or station the words give by axis: 'along Y at X = 70, Z = 10' (axial.py)."""
    if part.kind not in ("box", "profile", "cylinder", "stack") or part.centre != (0.0, 0.0):
        return None
    profile = next((o for o in reversed(part.history) if isinstance(o, ops.Extrusion)), None) if part.kind == "profile" else None
    if part.kind == "profile" and (profile is None or profile.plane != "XZ"):
        return None
    frame = axial.Frame(part.x, part.y, part.z, part.z0, part.origin == "corner", profile is not None,
                        min(p[0] for p in profile.points) if profile else 0.0)
    base = part.history[0] if part.history else None
    if isinstance(base, ops.Box) and base.what and any(isinstance(o, ops.Boss) for o in part.history) and \
            re.search(rf"\bthrough (?:the|its) {re.escape(base.what)}\b|\bthe {re.escape(base.what)}'s\b", text, re.I):
        # "a 1/4" hole through the cube front to back" on a cube with a peg on top: the cube's own box
        frame = axial.Frame(base.length, base.width, base.height, base.z0, part.origin == "corner")
    cross = part.kind in ("cylinder", "stack") and _has(text, r"\b(?:cross|radial|horizontal(?:ly)?|sideways)\b")
    got = axial.stations(text, frame, n, "X" if cross else None)
    if got is None or (depth and got.axis != "Z") or (part.kind in ("cylinder", "stack") and got.axis == "Z"):
        return None
    if got.axis == "Z" and (cb or cs or _has(text, r"bottom face|underside|from below")):
        return None  # counterbores and holes from below: the plan rules and their faces
    for u, v in got.stations:
        if got.axis == "Z" and part.kind == "box" and (abs(u) > part.x / 2 or abs(v) > part.y / 2):
            raise NotApplicable(f"a hole at ({_fmt(u)}, {_fmt(v)}) is outside the {_fmt(part.x)} × {_fmt(part.y)} mm face")
        if got.axis != "Z" and not part.z0 < v < part.top:
            raise NotApplicable(f"a hole at height {_fmt(v)} mm is outside the part (0 to {_fmt(part.top)} mm)")
    roles = dict(got.used)
    roles[d] = "hole_diameter"
    if depth:
        roles[depth] = "hole_depth"
    if cross or (part.kind in ("cylinder", "stack") and _has(text, r"\bdiametr\w*|through the axis")):
        got.assumed = []  # a cross hole in a round part goes through its axis: nothing left open
    kind = "blind" if depth else "through"
    k = len(got.stations)
    summary = f"{k} × Ø{_fmt(d)} mm {kind} hole{'s' if k > 1 else ''} {got.said}" + (f", {_fmt(depth)} mm deep" if depth else "")
    return Read([ops.Holes(d, got.stations, depth if got.axis == "Z" else None, axis=got.axis,
                           side_z=got.stations[0][1] if got.axis != "Z" else 0.0)], summary, roles, got.assumed)


# "a 60 x 40 mm rectangular hole", "a 20 mm square hole": a through pocket, not a round hole
_SQUARE_HOLE = r"\b(?:rectangular|square|oblong)\s+(?:through[- ])?holes?\b"


def read_pocket(text: str, part: Part) -> Read | None:
    if not part.exists or not _has(text, r"\b(pocket|recess|cut-?out|cavity|window|opening)\b|" + _SQUARE_HOLE) or _has(text, r"\b(?:round|circular) (?:hole|opening)\b"):
        return None
    depth = depth_of(text)
    corner = _f(r"(?:radius|rounded)[^.]*?" + NUM + r"\s*mm", text) or _f(NUM + r"\s*mm\s*(?:corner\s*)?radius", text) or \
        _f(r"\bcorner radius\s*(?:of\s*)?" + NUM, text) or 0.0
    g = _group(text) or list(place.plan_size(text) or ())
    # 'measuring 0.3 along the length and 0.2 along the width': each size on the axis it names
    along = re.search(NUM + r"\s*mm\s*along\s+(?:the|its)\s+(length|width)\b[^.;]*?" + NUM + r"\s*mm\s*along\s+(?:the|its)\s+(length|width)\b", text, re.I)
    if not g and along and along.group(2).lower() != along.group(4).lower():
        first_x = along.group(2).lower() == "length"
        g = [float(along.group(1)), float(along.group(3))] if first_x else [float(along.group(3)), float(along.group(1))]
        if (part.x >= part.y) != (g[0] >= g[1]):
            g = [g[0], g[1], 0.0]  # keep the named axes: the swap below is for sizes given without them
    square = _f(NUM + r"\s*mm\s*square\b", text) or _f(r"\bsquare\s+(?:pocket|recess|cut-?out|opening|window|hole)\s+(?:of\s+)?" + NUM + r"\s*mm", text)
    if not g and square:
        g = [square, square]  # "a 40 mm square opening"
    if _has(text, r"\bhex(?:agon(?:al)?)?\b|\bacross (?:the )?flats\b"):
        return None  # a hexagonal pocket is no circle: the step is listed, not read round
    if (_has(text, r"circular|round") or diameter_of(text)) and not g:
        d = diameter_of(text)
        if not d:
            return None
        island = _f(r"island\s*" + NUM + r"\s*mm", text) or 0.0
        return Read([ops.Pocket("circle", (d, d), depth, island=island)],
                    "circular pocket Ø{} mm, {} deep".format(_fmt(d), _fmt(depth) + " mm" if depth else "through")
                    + (f", island Ø{_fmt(island)} mm" if island else ""))
    if len(g) < 2:
        return None
    a, b = g[0], g[1]
    if (part.x >= part.y) != (a >= b) and not (along and len(g) == 3 and g[2] == 0.0):
        a, b = b, a
    side = re.search(NUM + r"\s*mm\s*(?:side|edge|length|dimension)\s*(?:runs?\s*|running\s*)?(?:along|parallel to)\s*(?:the\s*)?([XY])\b", text, re.I)
    if side and float(side.group(1)) in (a, b) and a != b:
        # "with its 20 mm side along Y": the writer's orientation, not the plate's
        along_x = side.group(2).upper() == "X"
        size = float(side.group(1))
        other = b if size == a else a
        a, b = (size, other) if along_x else (other, size)
    placed = place.feature_place(text, place.Face(part.x, part.y), (a, b)) if part.kind == "box" else None
    centre = placed.centre if placed else (0.0, 0.0)
    said = placed.said if placed else ""
    at = _points(text)
    if placed is None and len(at) == 1 and _has(text, r"\bcent(?:re|er)d?\s+(?:at|on)\s*\("):
        # "centred at (-35, 0)": the pocket's centre in the sketch's coordinates
        centre = (at[0][0] - part.x / 2, at[0][1] - part.y / 2) if part.origin == "corner" else at[0]
        said = f"centred at ({_fmt(at[0][0])}, {_fmt(at[0][1])})"
    return Read([ops.Pocket("rect", (a, b), depth, centre=centre, corner_radius=corner)],
                "pocket {} × {} mm, {}".format(_fmt(a), _fmt(b), _fmt(depth) + " mm deep" if depth else "through")
                + (f", corners R{_fmt(corner)}" if corner else "") + (f", {said}" if said else ""),
                assumed=[placed.assumed] if placed and placed.assumed else [])


def read_slot(text: str, part: Part) -> Read | None:
    if not part.exists or not _has(text, r"\b(slots?|slit|keyway|groove)\b"):
        return None
    w = _size(text, "wide", "width")
    if not w:
        return None
    depth = depth_of(text)  # "0.05 deep", "is cut 15 mm down from the top"
    if (part.kind == "cylinder" and part.bore and part.axis == "Z" and not depth and w < part.bore
            and _has(text, r"\bthrough (?:one side of )?the (?:ring'?s? |tube'?s? )?wall\b|\bthrough one side\b|\bradial\w*\b|"
                           r"from the bore to the outside|\bsplit\b")
            and not _has(text, r"\b(?:two|both|each|opposite)\s+sides?\b|\bslots\b")):
        # 'cut a slot 0.1 wide through the wall on one side of the ring, across its full height': a split ring
        reach = part.diameter / 2 * 1.1
        return Read([ops.Pocket("rect", (reach, w), None, centre=(reach / 2, 0.0))],
                    f"a {_fmt(w)} mm wide slot through the wall on one side, full height (a split ring)", {w: "slot width"})
    through = _has(text, r"through") and not depth
    length = _size(text, "long", "length")
    roles = {w: "slot_width"}
    clause = read_slot_clause(text)  # "8 wide, 30 between the end radius centres" (prompt/feature_clauses.py)
    if clause is not None and clause.length > 0 and clause.width == w:
        length = clause.length
        roles[clause.centres or clause.length] = "slot centre distance" if clause.centres else "slot length"
    full = _has(text, r"full (?:diameter|length|width)|straight across|right across|all the way across")
    along = "X"
    n = count(text, r"(?:[\w.\-]+\s+){0,3}?slots?") or 1
    if _has(text, r"from the top face down into the bore|slit"):
        # a saw cut from the top down to a bore
        bore_top = next((h for h in reversed(part.history) if isinstance(h, ops.Holes) and h.axis in ("X", "Y")), None)
        bottom = (bore_top.side_z if bore_top else part.z0 + part.z / 2)
        return Read([ops.Pocket("rect", (w, part.y + 2), part.top - bottom, face="top")],
                    f"slit {_fmt(w)} mm wide from the top down to the bore")
    runs = place.slot_runs(text, part.x, part.y) if part.kind in ("box", "profile", "sketch solid") else None
    if runs:
        along = runs
        full = full or not length
    parallel = _f(r"\bparallel (?:to|with) the\s*" + NUM + r"\s*mm\s*(?:long\s*)?(?:edges?|sides?)", text)
    if parallel is not None and part.kind == "box" and parallel in (part.x, part.y) and part.x != part.y:
        along = "X" if parallel == part.x else "Y"  # "running parallel to the 90 mm edges": along the side that long
        roles[parallel] = "total (agrees with the part)"
    if full or not length:
        length = (part.y if along == "Y" else max(part.x, part.y, part.diameter)) + 2
        rounded = False
    else:
        rounded = _has(text, r"rounded|round ends|fully rounded|obround|radius") or not _has(text, r"square|straight ends")
    centres: list[ops.Point] = [(0.0, 0.0)]
    ends = _f(NUM + r"\s*mm\s*(?:in\s*)?from each end", text)
    if n == 2 and ends:
        centres = [(-(part.x / 2 - ends), 0.0), (part.x / 2 - ends, 0.0)]
    laid = patterns.row(text) or patterns.grid(text) if n > 1 and len(centres) == 1 else None
    if laid is not None and len(laid.centres) == n:  # 'a row of 5 slots ..., 10 pitch': n slots, not one
        centres = laid.centres
        roles.update({v: "pattern" for v in laid.used})
        if _has(text, r"\bacross the (?:short|narrow) (?:direction|side|way)\b") and part.x >= part.y:
            along = "Y"
    if depth is None and not through and part.exists:
        through = True
    kind = ops.Slot(w, length, None if through else depth, centres, along, rounded)
    if part.kind == "stack" or (part.kind == "cylinder" and part.axis != "Z"):
        kind.what = "keyway"
    extent = "through" if through else f"{_fmt(depth or 0)} mm deep"
    return Read([kind], f"{n} slot{'s' if n > 1 else ''} {_fmt(w)} mm wide, {_fmt(length)} mm long, {extent}", roles)


def read_side_boss(text: str, part: Part) -> Read | None:
    """'On its +X face a 20 mm diameter boss sticks out 12 mm', 'add a 16 mm boss 10 mm long on the front face':
    a cylinder standing out of a named side face of a block, its axis normal to that face."""
    face = axial.side_face(text) if part.kind == "box" and part.centre == (0.0, 0.0) else None
    if face is None or not _has(text, r"\b(boss|hub|stem|spigot|cylinder|cylindrical|pin|peg|shaft|stub)\b") or _has(text, r"\b(?:drill|bore|cut|hole)\b"):
        return None
    d = diameter_of(text)
    h = (_f(r"\b(?:sticks?|sticking|stands?|standing|projects?|projecting|protrudes?|protruding|extends?|extending)\s*(?:out(?:ward)?s?\s*)?(?:by\s*)?" + NUM, text)
         or _f(NUM + r"\s*mm\s*(?:out(?:ward)?s?|proud|outwards?)\b", text) or _size(text, "long", "length", "proud", "high", "tall"))
    if not d or not h:
        return None
    axis, sign = face
    frame = axial.Frame(part.x, part.y, part.z, part.z0)
    given = axial.face_height(text, frame)
    roles = {d: "boss_diameter", h: "boss_length"}
    zc = part.z0 + part.z / 2
    if given is not None:
        zc = given[0]
        roles.update(given[1])
    elif not _has(text, r"\bcent(?:re|er)d?\b|\bmiddle\b|\bmid-?height\b"):
        return None  # where on the face the words do not say: listed, not guessed
    if not part.z0 < zc < part.top:
        raise NotApplicable(f"a boss at height {_fmt(zc)} mm is off the {_fmt(part.z)} mm tall face")
    half = (part.x if axis == "X" else part.y) / 2 + h / 2
    centre = (sign * half, 0.0) if axis == "X" else (0.0, sign * half)
    name = {("X", 1): "+X", ("X", -1): "-X", ("Y", 1): "back (+Y)", ("Y", -1): "front (-Y)"}[face]
    body = ops.Cylinder(d, h, axis=axis, axis_height=zc, centre=centre, what="side_boss")
    return Read([ops.Boss(body, "side_boss")], f"boss Ø{_fmt(d)} mm standing {_fmt(h)} mm out of the {name} face, axis {_fmt(zc)} mm up", roles)


def read_boss(text: str, part: Part) -> Read | None:
    """A body added on a face: a boss, a hub, a pedestal, legs, a stem, a tab."""
    side = read_side_boss(text, part)
    if side is not None or (part.kind == "box" and axial.side_face(text) and _has(text, r"\b(boss|hub|stem|spigot|cylindrical)\b")):
        return side  # a boss on a named side face is put there, or the step is listed: never on the top instead
    if not part.exists or not _has(text, r"\b(boss|bosses|hub|pedestal|stem|shank|legs?|tab|ear|knuckle|tenon|add|attach|stand|sits?|sitting|on top|union|flange|housing)\b"):
        return None
    d = diameter_of(text)
    h = (_size(text, "tall", "high", "long", "proud", "height", "sticking out")
         or _f(r"(?:sticking out|standing|protruding|projecting|proud)\s*(?:by\s*)?" + NUM, text) or _f(NUM + r"\s*mm\s*(?:proud|sticking out|out)", text))
    on = "bottom" if _has(text, r"bottom face|underside|below|under it|under the|(?:from|on|at) the bottom of") else "top"
    count(text, r"(?:[\w.\-]+\s+){0,4}?(?:bosses|legs|posts|feet)") or 1
    if d and h:
        body = ops.Cylinder(d, h, z0=part.top if on == "top" else part.z0 - h, what="boss")
        if _has(text, r"end face|side face|on the \+?-?x face"):
            body = ops.Cylinder(d, h, axis="X", axis_height=part.z0 + part.z / 2, z0=part.x / 2, what="boss")
            return Read([ops.Boss(body, "boss")], f"boss Ø{_fmt(d)} mm, {_fmt(h)} mm out of the end face", {d: "boss_diameter", h: "boss_height"})
        return Read([ops.Boss(body, "boss")], "{} Ø{} × {} mm on the {} face".format("boss", _fmt(d), _fmt(h), on),
                    {d: "boss_diameter", h: "boss_height"})
    return None


_ADD_WORDS = (r"\b(add|attach|union|stand|stands|standing|sits?|sitting|sat|seated|rising|rises|sticking up|sticks up|protrud\w*|on top|under|underside|hub|pedestal|stem|shank|"
              r"legs?|tab|ear|knuckle|tenon|housing|flange|collar|head|boss|bosses|coming out|stacked|"
              r"on (?:its|the) top(?: face)?|on top of (?:it|the \w+)|(?:below|beneath|underneath) (?:it|the \w+))\b")


def _axis_of(text: str) -> str:
    if _has(text, r"axis (?:along|parallel to|in) (?:the )?Y|along Y|in Y direction"):
        return "Y"
    if _has(text, r"axis (?:along|parallel to|in) (?:the )?X|along X|axis runs along"):
        return "X"
    return "Z"


def read_added(text: str, part: Part) -> Read | None:
    """A body added to the part: a hub on a face, a pedestal on top, legs under it, a knuckle along an edge."""
    side = read_side_boss(text, part)
    if side is not None or (part.kind == "box" and axial.side_face(text) and _has(text, r"\b(boss|hub|stem|spigot|cylindrical)\b")):
        return side
    if not part.exists or not _has(text, _ADD_WORDS) or _has(text, r"\b(drill|bore a|cut|hole)\b"):
        return None
    n = count(text, r"(?:[\w.\-]+\s+){0,4}?(?:bosses|legs|posts|feet|pins)") or 1
    under = _has(text, r"\b(under|underside|below|bottom face|beneath)\b|(?:from|on|at) the bottom of") and not _has(text, r"above the bottom")
    d = diameter_of(text)
    if d is None and _has(text, r"\b(cylinder|cylindrical|round|hub|stem|shank|boss|knuckle|collar|flange|disc|peg|post|pin|spigot|stud)\b"):
        d = _f(r"(?:a|an)\s*" + NUM + r"\s*mm\s*(?:\w+\s*)?(?:hub|boss|stem|shank|collar|flange|disc|cylinder|peg|post|pin|spigot|stud)", text)
    length = (_size(text, "long", "tall", "high", "height", "proud", "length", "thick", "thickness")
              or _f(r"\b(?:rises|rising|stands|standing|sticks up|sticking up|protrudes|protruding)\s*(?:up\s*)?(?:by\s*)?" + NUM + r"\s*mm\s*(?:above|over|out|up|proud)", text)
              or _f(r"(?:sticking out|standing|protruding|projecting|proud)\s*(?:by\s*)?" + NUM, text) or _f(NUM + r"\s*mm\s*(?:proud|sticking out|out)\b", text))
    up_to = _f(r"up to\s*(?:z\s*=\s*)?" + NUM, text)
    if d and length and part.kind in ("cylinder", "stack") and part.axis == "Z" and _has(text, r"\bend face\b") and _has(
            text, r"\b(?:same axis|coaxial|concentric|on (?:its|the) axis|step)\b") and d < part.diameter:
        # "on one end face and on the same axis, add a 20 mm step 40 mm long": the shaft goes on along its axis
        body = ops.Cylinder(d, float(length), z0=part.top, what="step")
        return Read([ops.Boss(body, "step")], f"coaxial step Ø{_fmt(d)} × {_fmt(length)} mm on the end face",
                    {d: "step_diameter", float(length): "step_length"})
    if d and (length or up_to) and _has(text, r"end face|side face|on the [+-]?x face"):
        body = ops.Cylinder(d, float(length or 0), axis="X", axis_height=part.z0 + part.z / 2, z0=part.x / 2, what="boss")
        return Read([ops.Boss(body, "boss")], f"boss Ø{_fmt(d)} mm, {_fmt(length or 0)} mm out of the end face",
                    {d: "boss_diameter", float(length or 0): "boss_height"})
    if d and n > 1 and not (length or up_to) and _axis_of(text) == "Z":
        # "four bosses on the floor, each 7 mm in diameter": their places and heights come next
        z0 = min((o.thickness for o in part.history if isinstance(o, ops.Shell)), default=0.0) if _has(
            text, r"on the floor|from the floor") else part.top
        pending: list[ops.Operation] = [ops.Boss(ops.Cylinder(d, 0.0, z0=z0, what="boss")) for _ in range(n)]
        return Read(pending, f"{n} bosses Ø{_fmt(d)} mm, placed below", {d: "boss_diameter"})
    if d and (length or up_to):
        axis = _axis_of(text)
        if axis == "Z":
            h = float(length or 0)
            if under:
                z0 = part.z0 - h
            elif _has(text, r"on the floor|from the floor"):
                z0 = min((o.thickness for o in part.history if isinstance(o, ops.Shell)), default=0.0)
                h = (up_to - z0) if up_to else h
            else:
                z0 = part.top
            total = total_height(text) if not under else None
            roles_h: dict[float, str] = {h: "boss_height"}
            if total is not None and abs(total - h) < 1e-9 and total > z0:  # "total height 22": from the underside, not its own
                h, roles_h = total - z0, {total: "overall height (the boss's top)"}
                if abs(total - d) < 1e-9:  # "a hub 30 mm in diameter ..., for an overall height of 30 mm": one number, two roles
                    roles_h = {d: "boss_diameter and the overall height"}
            centres = _positions(text, part, n)
            pts = centres[0] if centres and (len(centres[0]) == n or n == 1) else [(0.0, 0.0)]
            if _has(text, r"X\s*=\s*\+/-\s*" + NUM) and _has(text, r"Y\s*=\s*\+/-\s*" + NUM):
                ax = _f(r"X\s*=\s*\+/-\s*" + NUM, text) or 0.0
                ay = _f(r"Y\s*=\s*\+/-\s*" + NUM, text) or 0.0
                pts = [(-ax, -ay), (ax, -ay), (ax, ay), (-ax, ay)]
            bodies: list[ops.Operation] = [ops.Boss(ops.Cylinder(d, h, z0=z0, centre=p, what="boss")) for p in pts]
            return Read(bodies, "{}{} Ø{} × {} mm {}".format(f"{len(pts)} × " if len(pts) > 1 else "", "boss", _fmt(d), _fmt(h),
                                                         "under the part" if under else "on the top face"),
                        {d: "boss_diameter", **roles_h})
        # lying down: a housing across the part, a knuckle along an edge
        L = float(length or 0)
        zc = _f(r"axis\s*(?:is\s*)?" + NUM + r"\s*mm\s*above", text)
        if zc is None and _has(text, r"mid-thickness|mid thickness|half(?:way)? (?:up|the thickness)"):
            zc = part.z0 + part.z / 2
        if zc is None:
            zc = part.z0 + part.z / 2
        cy = part.y / 2 if axis == "X" and _has(text, r"along (?:one of )?the .*edge|edge line") else 0.0
        body = ops.Cylinder(d, L, axis=axis, axis_height=zc, centre=(0.0, cy), what="cylinder")
        return Read([ops.Boss(body, "cylinder")], f"cylinder Ø{_fmt(d)} × {_fmt(L)} mm along {axis}, axis {_fmt(zc)} mm up",
                    {d: "diameter", L: "length"})
    # a block: a pedestal, a tenon, legs
    g = _group(text)
    width = _size(text, "wide", "width", "deep", "depth")
    tall = _size(text, "tall", "high", "thick", "height")
    long_ = _size(text, "long", "length") or _f(NUM + r"\s*mm\s+along (?:the|its) length\b", text)
    if _has(text, r"full (?:\d+(?:\.\d+)?\s*mm\s*)?length"):
        long_ = part.x
    if up_to is None:
        up_to = _f(r"up to\s*" + NUM + r"\s*mm\s*above the bottom", text)
    if _has(text, r"legs?|posts?") and len(g) >= 2 and long_:
        w1, w2 = g[0], g[1]
        inset = _f(NUM + r"\s*mm\s*in from", text) or 0.0
        ax, ay = part.x / 2 - inset - w1 / 2, part.y / 2 - inset - w2 / 2
        z0 = part.z0 - long_ if under else part.top
        legs: list[ops.Operation] = [ops.Boss(ops.Box(w1, w2, long_, z0=z0, centre=c, what="leg"), "leg")
                                     for c in ((-ax, -ay), (ax, -ay), (ax, ay), (-ax, ay))]
        return Read(legs, f"{len(legs)} legs {_fmt(w1)} × {_fmt(w2)} × {_fmt(long_)} mm {('under the part' if under else 'on top')}",
                    {w1: "leg size", long_: "leg length"})
    cube = _f(NUM + r"\s*mm\s*cube\b", text)
    if cube and not (long_ or g or width or tall):
        z0 = part.z0 - cube if under else part.top
        return Read([ops.Boss(ops.Box(cube, cube, cube, z0=z0, what="cube"), "cube")],
                    "cube {} mm {}".format(_fmt(cube), "under the part" if under else "on top, centred"), {cube: "cube size"})
    if _has(text, r"\b(block|tenon|pedestal|bar|rib|tab|ear)\b") and (long_ or g):
        bl = long_ or (g[0] if g else None)
        bw = width or (g[1] if len(g) > 1 else part.y)
        z0 = part.z0 - (tall or 0) if under else part.top
        bh = tall if tall else (up_to - part.top if up_to else None)
        if not (bl and bw and bh):
            return None
        # "a block on top at one end": flush with the part's end, not centred
        end = 1.0 if _has(text, r"\b(?:at|on) (?:one|the right|the far) end\b|\bright end\b") else (
            -1.0 if _has(text, r"\b(?:at|on) the (?:left|other) end\b") else 0.0)
        cx = part.centre[0] + end * (part.x / 2 - bl / 2) if part.kind == "box" and bl < part.x else part.centre[0]
        where = ("under the part" if under else "on top") + (", at one end" if end and cx != part.centre[0] else ", centred")
        return Read([ops.Boss(ops.Box(bl, bw, bh, z0=z0, centre=(cx, part.centre[1]), what="block"), "block")],
                    f"block {_fmt(bl)} × {_fmt(bw)} × {_fmt(bh)} mm {where}",
                    {bl: "length", bw: "width", bh: "height"})
    return None


def read_face_extrude(text: str, part: Part) -> Read | None:
    """'On the top face, sketch a 10 x 10 mm square centred on the part and extrude it 15 mm': a body added there."""
    if not part.exists or not _has(text, r"\bextrude") or _has(text, r"\b(?:cut|remov\w*|subtract\w*|pocket|hole|through all)\b"):
        return None
    depth = extrude_depth(text)
    if not depth:
        return None
    under = _has(text, r"\b(?:bottom face|underside|below|downward)\b")
    z0 = part.z0 - depth if under else part.top
    g = _group(text)
    d = diameter_of(text)
    # 'sketch two circles ... centres 0.15 from each short end, and extrude them': one body per circle, where they are placed
    n = count(text, r"(?:circles?|squares?|rectangles?|cylinders?|bosses|pins?|studs?)") or 1
    at = _positions(text, part, n)
    if at and n == 1 and "pitch circle" in at[1]:
        at = None  # 'sketch a circle of diameter 0.25 and extrude it': the sketched circle, not a pitch circle to place on
    if n > 1 and not (at and len(at[0]) == n):
        return None  # several bodies whose places were not read: not one body in the middle
    centre = at[0][0] if at and len(at[0]) == 1 else (0.0, 0.0)
    if n > 1 and at and d and d != depth and len(g) < 2:
        bosses = [ops.Boss(ops.Cylinder(d, depth, z0=z0, centre=c, what="boss"), "boss") for c in at[0]]
        edge = [v for v in numbers(text) if v.value not in (d, depth) and re.search(re.escape(v.text) + r"\s*mm\s*(?:in\s+)?from", text)]
        return Read(list(bosses), f"{n} × Ø{_fmt(d)} mm circles extruded {_fmt(depth)} mm from the {'bottom' if under else 'top'} face, {at[1]}",
                    {d: "diameter", depth: "extrude depth", **{v.value: "distance from the end" for v in edge}})
    af = _f(NUM + r"\s*(?:mm\s*)?across(?: the| its)? flats", text) or _f(r"across(?: the| its)? flats\s*(?:of\s*)?" + NUM, text)
    if af and _has(text, r"\bhex(?:agon(?:al)?)?\b") and af != depth and centre == (0.0, 0.0) and not under:
        # "on top of it sketch a hexagon, 19 across flats, centred, and pad 8": a hexagon, never a Ø19 circle
        return Read([ops.Boss(ops.Prism(af, depth, z0=z0, what="hexagon"), "hexagon")],
                    f"a hexagon {_fmt(af)} mm across flats extruded {_fmt(depth)} mm from the top face",
                    {af: "across_flats", depth: "extrude depth"})
    if len(g) >= 2 and g[0] != depth:
        body: ops.Box | ops.Cylinder = ops.Box(g[0], g[1], depth, z0=z0, centre=centre, what="block")
        said = f"a {_fmt(g[0])} × {_fmt(g[1])} mm rectangle"
        roles = {g[0]: "length", g[1]: "width", depth: "extrude depth"}
    elif d and d != depth:
        body = ops.Cylinder(d, depth, z0=z0, centre=centre, what="boss")
        said = f"a Ø{_fmt(d)} mm circle"
        roles = {d: "diameter", depth: "extrude depth"}
    else:
        return None
    return Read([ops.Boss(body, "block" if isinstance(body, ops.Box) else "boss")],
                f"{said} extruded {_fmt(depth)} mm from the {'bottom' if under else 'top'} face", roles)


_NEXT_SECTION = re.compile(r"\b(?:(?:the\s+)?(?:last|final|next|third|second|fourth|end)\s+(?:section|step|portion|part|stage)|followed by|"
                           r"is followed\b|then comes|after (?:it|that|this))\b", re.I)


def _next_section(text: str) -> list[tuple[float, float]]:
    """'The last section is the narrowest, with a diameter of 0.15 and a length of 0.25': one more coaxial section."""
    if not _NEXT_SECTION.search(text) or re.search(r"\b(?:hole|bore|groove|slot|keyway)\b", text, re.I):
        return []
    m = re.search(r"\bdiameter\s*of\s*" + NUM + r"\s*mm\s*,?\s*and\s*(?:a\s*)?length\s*of\s*" + NUM + r"\s*mm", text, re.I) or re.search(
        NUM + r"\s*mm\s*(?:in\s+)?diameter\s*(?:,\s*|and\s*)?" + NUM + r"\s*mm\s*(?:long|in length)\b", text, re.I)
    return [(float(m.group(1)), float(m.group(2)))] if m else []


def read_next_step(text: str, part: Part) -> Read | None:
    """'Then continue the shaft from one end with a second step 20 mm in diameter and 30 mm long':
    coaxial steps added to the end of a turned part, one after the other (bodies.shaft_steps)."""
    if part.kind not in ("cylinder", "stack") or part.axis != "Z" or part.bore:
        return None
    secs = bodies.shaft_steps(text) or _next_section(text)
    if not secs:
        return None
    made: list[ops.Operation] = []
    z = part.top
    for d, h in secs:
        made.append(ops.Cylinder(d, h, z0=z, what="section"))
        z += h
    roles = {v: "step size" for d, h in secs for v in (d, h)}
    return Read(made, "coaxial step{} ".format("s" if len(secs) > 1 else "") + ", ".join(f"Ø{_fmt(d)} × {_fmt(h)} mm" for d, h in secs)
                + " on the end", roles)


def _through_bore(part: Part) -> ops.Holes | None:
    """The last through hole on the axis of a round part, to carry on through bodies added later."""
    return next((o for o in reversed(part.history) if isinstance(o, ops.Holes) and o.axis == "Z" and o.depth is None
                 and o.positions == [(0.0, 0.0)]), None)


_BORE_ON = re.compile(r"\b(?:the|its|this)\s+(?:central\s+|centre\s+|center\s+)?(?:bore|hole)\s+(?:also\s+)?(?:continues|runs|goes|passes|extends|carries on)"
                      r"\s+(?:right\s+|straight\s+|on\s+)?through\s+(?:the|both|each|all)\b[^.;]*?\b(?:flanges?|collars?|bosse?s?|hubs?|heads?|rims?)\b", re.I)


def read_end_flanges(text: str, part: Part) -> Read | None:
    """'At each end add a flange 70 mm in outside diameter and 8 mm thick, flush with the end face': one flange at
    each end of a round part, inside its length when the writer says flush or included, beyond it otherwise."""
    if part.kind != "cylinder" or part.axis != "Z" or not _has(text, r"\b(?:at|on|to)\s+(?:each|both|either)\s+(?:end|ends)\b") \
            or not _has(text, r"\b(?:flanges?|collars?|rims?)\b"):
        return None
    d = diameter_of(text) or _f(NUM + r"\s*mm\s*(?:in\s+)?(?:outside|outer)\s+diameter", text) or _f(r"\b(?:OD|outside diameter)\s*(?:of\s*)?" + NUM, text)
    t = _size(text, "thick", "thickness", "long", "wide")
    if not d or not t or d <= part.diameter:
        return None
    inside = _has(text, r"\bflush\b|\binclud")
    z0s = [part.z0, part.top - t] if inside else [part.z0 - t, part.top]
    made: list[ops.Operation] = [ops.Boss(ops.Cylinder(d, t, z0=z, what="flange"), "flange") for z in z0s]
    roles = {d: "flange_diameter", t: "flange_thickness"}
    summary = f"2 flanges Ø{_fmt(d)} × {_fmt(t)} mm, one at each end" + (" (inside the length)" if inside else "")
    bore = _through_bore(part)
    if bore is not None and _BORE_ON.search(text):
        made.append(ops.Holes(bore.diameter, [(0.0, 0.0)], None))
        summary += f"; the Ø{_fmt(bore.diameter)} mm bore on through them"
    if inside:
        roles[part.z] = "total (agrees with the part)"
    return Read(made, summary, roles)


def read_end_walls(text: str, part: Part) -> Read | None:
    """'At each short end of the base, add an upright wall 0.05 thick spanning the full width ...' (uprights.py)."""
    if not part.exists or part.kind != "box":
        return None
    got = uprights.end_walls(text, part.x, part.y, part.top)
    return Read(got.bodies, got.summary, got.roles) if got else None


def read_on_base(text: str, part: Part) -> Read | None:
    """'BOSS Ø30 x 15 HIGH ON BASE 70 x 70 x 8': the base said second is built first (attach.on_base)."""
    got = attach.on_base(text) if not part.exists else None
    return Read(got.operations, got.summary, got.roles) if got else None


def read_stem_to_axis(text: str, part: Part) -> Read | None:
    """'A stem Ø10 x 50 comes up from below into the middle of the crossbar and ends at its axis' (attach.to_axis)."""
    if not (part.kind == "cylinder" and part.axis == "X"):
        return None
    got = attach.to_axis(text, part.z0 + part.diameter / 2)
    return Read(got.operations, got.summary, got.roles) if got else None


def read_upright_holes(text: str, part: Part) -> Read | None:
    """'One Ø4 hole in each leg, centred across the width, 20 mm up from the bottom' (attach.upright_holes)."""
    walls = [o.body for o in part.history if isinstance(o, ops.Boss) and o.what == "wall" and isinstance(o.body, ops.Box)]
    got = attach.upright_holes(text, walls) if part.kind == "box" else None
    return Read(got.operations, got.summary, got.roles) if got else None


def read_joined(text: str, part: Part) -> Read | None:
    """A round body on the part's axis placed by the face it stands on ('on the underside a ring, OD 72 and ID 66, 6 tall',
    'on the small end', 'around it, in the middle of the hub lengthwise', 'next to it a Ø16 section'): attach.py."""
    if not part.exists or part.axis != "Z" or part.centre != (0.0, 0.0):
        return None
    cone = next(((o.bottom_diameter, o.top_diameter) for o in part.history if isinstance(o, ops.Cone)), None)
    got = attach.joined(text, attach.Host(part.kind, part.z0, part.top, part.diameter or min(part.x, part.y), cone))
    return Read(got.operations, got.summary, got.roles) if got else None


def read_coaxial(text: str, part: Part) -> Read | None:
    """'on a Ø6 shank that is 20 long below the head', 'a Ø30 x 20 hub on top of it': coaxial.py."""
    bore = _through_bore(part)
    got = coaxial_body(text, part.kind, part.axis, part.diameter, part.bore, part.z0, part.top, part.centre,
                       bore.diameter if bore is not None else 0.0)
    return Read(got[0], got[1], got[2]) if got else None


def read_from_ball_centre(text: str, part: Part) -> Read | None:
    """A rod or neck on the axis starting at the ball's centre (profiled.from_ball_centre)."""
    got = profiled.from_ball_centre(text, part.history, part.top) if part.exists else None
    return Read([got[0]], got[1], got[2]) if got else None


def read_ball_cross_hole(text: str, part: Part) -> Read | None:
    got = profiled.ball_cross_hole(text, part.history) if part.exists else None
    return Read([got[0]], got[1], got[2]) if got else None


READ_ADD: list[tuple[str, Rule]] = [("body from the ball's centre", read_from_ball_centre), ("holes", read_ball_cross_hole), ("coaxial body", read_coaxial), ("shaft step", read_next_step), ("end walls", read_end_walls), ("extrude on a face", read_face_extrude),
                                    ("flanges", read_end_flanges), ("added body", read_added)]

def read_cup(text: str, part: Part) -> Read | None:
    """'outside diameter 50 mm, overall height 30 mm, 3 mm side wall and a 4 mm thick bottom; the top is open': cups.py."""
    got = cup(text) if not part.exists else None
    return Read(got[0], got[1], got[2]) if got else None


READ_BASE: list[tuple[str, Rule]] = [
    ("open cup", read_cup),
    ("revolve", read_revolve), ("loft", read_loft), ("sweep", read_sweep), ("stacked cylinders", read_stack),
    ("body on a base", read_on_base), ("profile", read_profile), ("sketch", read_sketch), ("sketch", read_prose_sketch), ("polygon", read_polygon), ("hex prism", read_hexagon),
    ("sphere", read_sphere), ("cone", read_cone), ("round body", read_round), ("box", read_box),
]
_PATTERN = re.compile(r"\b(circular|polar|radial|rectangular|linear)?[- ]?(?:pattern|array)(?:ed)?\b", re.I)


def read_pattern(text: str, part: Part) -> Read | None:
    """'Circular-pattern the hole: 5 instances over 360 degrees', 'polar-pattern it to 4 equally spaced holes',
    'rectangular pattern of that hole: 3 along X at 30 mm pitch and 2 along Y at 30 mm pitch': copies of the
    last holes, placed from where the first one is (the first copy is the hole itself)."""
    kind = _PATTERN.search(text)
    if not part.exists or not kind:
        return None
    first_holes: list[ops.Operation] = []
    before = text[: kind.start()]
    if _hole_diameter(before) and _has(before, r"\bholes?\b"):
        # "Cut one 8 mm hole at radius 30 mm and polar-pattern it to 4": the hole, then its copies
        got = read_holes(re.sub(r",?\s*(?:and|then)\s*$", "", before.strip()), part)
        if got is None:
            return None
        first_holes = got.operations
    last = next((op for op in reversed([*part.history, *first_holes]) if isinstance(op, ops.Holes) and op.positions), None)
    if last is None:
        return None
    style = (kind.group(1) or "").lower()
    if not style:
        style = "circular" if _has(text, r"degrees|around|about the (?:axis|centre)|pitch circle") else "linear"
    made: list[ops.Point] = []
    roles: dict[float, str] = {}
    if style in ("circular", "polar", "radial"):
        n = (_f(NUM + r"\s*(?:instances|copies|holes|times|in total|equally|evenly)", text)
             or _f(r"(?:instances|copies|count)\s*(?:of\s*)?" + NUM, text) or _f(r"\bto\s*" + NUM, text))
        total = _f(NUM + r"\s*degrees", text) or 360.0
        if not n or n < 2:
            return None
        k = int(n)
        step = total / k if abs(total - 360.0) < 1e-9 else total / (k - 1)
        for x, y in last.positions:
            r = math.hypot(x, y)
            if r < 1e-9:
                raise NotApplicable("the hole to pattern sits on the axis, so its copies would fall on it")
            a0 = math.atan2(y, x)
            made += [(round(r * math.cos(a0 + math.radians(i * step)), 6), round(r * math.sin(a0 + math.radians(i * step)), 6))
                     for i in range(1, k)]
            roles[2 * r] = "pitch circle"
        roles.update({n: "pattern count", total: "pattern angle"})
        said = f"circular pattern of the Ø{_fmt(last.diameter)} mm hole: {k} in all over {_fmt(total)} degrees"
    else:
        runs = re.findall(NUM + r"\s*(?:instances|copies|holes)?\s*(?:along|in)\s*([XY])\b[^,;]*?(?:at|spaced|pitch of)?\s*" + NUM + r"\s*mm", text)
        if not runs:
            n = _f(NUM + r"\s*(?:instances|copies|holes|times)", text)
            pitch = _f(NUM + r"\s*mm\s*(?:pitch|apart|spacing)", text) or _f(r"(?:pitch|spacing|spaced)\s*(?:of\s*|at\s*)?" + NUM, text)
            if not (n and pitch):
                return None
            runs = [(str(n), "Y" if _has(text, r"along Y|in Y\b") else "X", str(pitch))]
        counts = {"X": 1, "Y": 1}
        pitches = {"X": 0.0, "Y": 0.0}
        for c, axis, pch in runs:
            counts[axis.upper()], pitches[axis.upper()] = int(float(c)), float(pch)
            roles.update({float(c): "pattern count", float(pch): "pattern pitch"})
        for x, y in last.positions:
            made += [(x + i * pitches["X"], y + j * pitches["Y"]) for j in range(counts["Y"]) for i in range(counts["X"])
                     if (i, j) != (0, 0)]
        said = "rectangular pattern of the Ø{} mm hole: {} × {} at {} × {} mm".format(
            _fmt(last.diameter), counts["X"], counts["Y"], _fmt(pitches["X"]), _fmt(pitches["Y"]))
        total_n = _f(NUM + r"\s*holes in total", text)
        if total_n:
            roles[total_n] = "pattern count"
    if not made:
        return None
    copy = ops.Holes(last.diameter, made, last.depth, last.counterbore, last.countersink, last.face, last.axis, last.side_z,
                     last.start_z, what=last.what)
    return Read([*first_holes, copy], said, roles)


def _face_boss(boss: tuple[float, float, ops.Point] | None) -> Rule:
    """A circle sketched on the top face and extruded up: a boss standing on the part so far."""
    def rule(text: str, part: Part) -> Read | None:
        if boss is None:
            return None
        d, h, centre = boss
        return Read([ops.Boss(ops.Cylinder(d, h, z0=part.top, centre=centre))],
                    f"boss Ø{_fmt(d)} × {_fmt(h)} mm on the top face", {d: "boss diameter", h: "boss height"})
    return rule


# Bodies whose description may run over several sentences before any operation.
READ_GATHERED: list[tuple[str, Rule]] = [("profile", read_profile), ("stacked cylinders", read_stack)]
def read_step_cut(text: str, part: Part) -> Read | None:
    """'Cut a step 30 mm long and 15 mm deep off one end of the top face' (cuts.py): a pocket run out at an edge."""
    if not part.exists or part.kind != "box":
        return None
    got = cuts.step_cut(text, part.x, part.y)
    return Read([got[0]], got[1], got[2]) if got else None


def read_sketch_cut(text: str, part: Part) -> Read | None:
    """'Sketch a centred rectangle 0.54 by 0.34 on the top face and cut it 0.27 deep' (sketchcut.py): a pocket with no pocket named."""
    if not part.exists or part.kind not in ("box", "cylinder", "prism"):
        return None
    got = sketchcut.sketch_cut(text, part.x, part.y, part.z)
    return Read([got.pocket], got.summary, got.roles) if got else None


def read_mirror(text: str, part: Part) -> Read | None:
    """'Mirror the block and boss about the YZ plane', 'mirror everything across X = 0': the part and its image."""
    got = mirroring.mirror_plane(text)
    end = mirroring.end_plane(text) if got is None else None
    if end is not None and part.exists:  # "mirror about the other end (the 30 x 10 face)": the plane of that end face
        got = ("YZ", part.centre[0] + end * part.x / 2)
    if got is None or not part.exists:
        return None
    plane, at = got
    roles: dict[float, str] = {at: "mirror plane"} if at else {}
    if end is not None:
        roles.update({part.y: "the end face's size (agrees)", part.z: "the end face's size (agrees)"})
    if plane in ("YZ", "XZ"):  # "... so the part becomes a 60 mm long bar": the size after the mirror
        k = 0 if plane == "YZ" else 1
        ext, c = (part.x, part.y)[k], part.centre[k]
        roles[round(max(c + ext / 2, 2 * at - c + ext / 2) - min(c - ext / 2, 2 * at - c - ext / 2), 6)] = "total (agrees with the part)"
    where = f"{plane} plane" + (f" at {'XYZ'[['YZ', 'XZ', 'XY'].index(plane)]} = {_fmt(at)} mm" if at else "")
    return Read([ops.Mirror(plane, what="the part so far", at=at)], f"mirror the part so far about the {where}", roles)


def read_stock_cut(text: str, part: Part) -> Read | None:
    """'slice 5 mm off the bottom', 'turn one end down to 8 dia for 15 mm' (stock_cuts.py)."""
    if not part.exists:
        return None
    got = stock_cuts.slice_off(text, max(part.x, part.y, part.z, part.diameter))
    if got is None and part.kind == "cylinder" and part.axis == "Z" and not part.bore:
        got = stock_cuts.turn_down(text, part.diameter)
    return Read([got.op], got.summary, got.roles) if got else None


def read_round_groove(text: str, part: Part) -> Read | None:
    """'an R4 half-round groove across the underside': a cutter as long as the part, its axis on that face's line."""
    if not part.exists or part.kind != "box":
        return None
    got = stock_cuts.round_groove(text, part.x, part.y)
    if got is None:
        return None
    z = part.z0 if got.face == "bottom" else part.top
    op = ops.Holes(2 * got.radius, [(0.0, z)], None, face="side", axis=got.axis, side_z=z, what="groove")
    runs = "along X" if got.axis == "X" else "along Y"
    roles: dict[float, str] = {got.radius: "groove radius"}
    along = stock_cuts._ALONG_SIZE.search(text)
    if along is not None:
        roles[float(along.group(1))] = "groove direction (agrees with the part)"
    return Read([op], f"R{_fmt(got.radius)} mm half-round groove in the {got.face} face, {runs}", roles)


def read_hex_pocket(text: str, part: Part) -> Read | None:
    """"On the bottom face I cut a hexagon pocket for the bolt head, 13 mm across the flats and 5 mm deep": a centred
    hexagonal pocket on the top or bottom face (a nut or bolt-head trap), cut as a sketched hexagon."""
    if not (_has(text, r"\bhex(?:agon(?:al)?)?\b") and _has(text, r"\b(?:pocket|recess|socket|trap|cavity)\b")) or not part.exists:
        return None
    af = _f(NUM + r"\s*(?:mm\s*)?across(?: the)? flats?", text) or _f(r"across(?: the)? flats?\s*(?:of\s*)?" + NUM, text)
    depth = depth_of(text)
    if af is None or depth is None or re.search(r"\b(?:from the (?:edge|end|side)|offset|at x|at y|corner)\b", text, re.I):
        return None
    if depth >= part.z:
        raise NotApplicable(f"a {_fmt(depth)} mm deep pocket goes through the {_fmt(part.z)} mm part")
    bottom = _has(text, r"\b(?:bottom|underside|base|under)\b")
    loop = sketchbuf.hexagon_loop(af, part.centre)
    z, length = (part.z0 - 1, depth + 1) if bottom else (part.top - depth, depth + 1)
    roles = {af: "hexagon across flats", depth: "pocket depth"}
    return Read([ops.SketchSolid([loop], translation=(0.0, 0.0, z), towards=length, mode="cut")],
                f"hexagonal pocket {_fmt(af)} mm across flats, {_fmt(depth)} mm deep, centred in the {'bottom' if bottom else 'top'} face", roles)


READ_FEATURE: list[tuple[str, Rule]] = [
    ("stock cut", read_stock_cut), ("round groove", read_round_groove), ("joined body", read_joined),
    ("stem to the axis", read_stem_to_axis), ("holes", read_upright_holes), ("coaxial body", read_coaxial), ("pattern", read_pattern),
    ("shell", read_shell), ("step cut", read_step_cut), ("slot", read_slot), ("hexagonal pocket", read_hex_pocket), ("pocket", read_pocket),
    ("edges", read_edges), ("holes", read_holes), ("mirror", read_mirror), ("sketch cut", read_sketch_cut),
]


# a sentence that states what the steps made: "You get a round bar ...", "This gives a thin plate ...", "The final plate measures ..."
_RESULT = re.compile(r"^\s*(?:you\s+(?:get|end\s+up\s+with|now\s+have)|this\s+(?:gives|makes|produces|yields)|that\s+(?:gives|makes)|"
                     r"the\s+(?:final|finished|resulting)\s+(?:part|plate|block|body|shape|solid|piece)\s+(?:measures|is|has)|the\s+result\s+is)\b", re.I)


def _apply(part: Part, op: ops.Operation) -> None:
    """Track the part's box and kind so later steps can be placed and checked."""
    part.history.append(op)
    if isinstance(op, ops.Box):
        part.kind, part.x, part.y, part.z, part.z0 = "box", op.length, op.width, op.height, 0.0
    elif isinstance(op, ops.Cylinder) and op.what == "section":
        part.kind = "stack" if part.kind in ("cylinder", "stack") and part.diameter != op.diameter else "cylinder"
        part.diameter = max(part.diameter, op.diameter)
        part.x = part.y = part.diameter
        part.z = op.z0 + op.height
    elif isinstance(op, ops.Cylinder) and op.axis == "X" and not part.exists:  # a bar lying along X
        part.kind, part.axis, part.diameter = "cylinder", "X", op.diameter
        part.x, part.y, part.z, part.z0 = op.height, op.diameter, op.diameter, op.axis_height - op.diameter / 2
    elif isinstance(op, ops.Cylinder):
        part.kind, part.x, part.y, part.z, part.diameter, part.bore = "cylinder", op.diameter, op.diameter, op.height, op.diameter, op.bore
    elif isinstance(op, ops.Prism):
        part.kind, part.x, part.y, part.z = "prism", op.across_flats * 2 / math.sqrt(3), op.across_flats, op.height
    elif isinstance(op, ops.Cone):
        part.kind, part.x, part.y, part.z = "cone", max(op.bottom_diameter, op.top_diameter), max(op.bottom_diameter, op.top_diameter), op.height
        part.diameter = part.x
    elif isinstance(op, ops.Sphere):
        part.kind, part.x = "sphere", op.diameter
        part.y = part.z = op.diameter
        if op.flat_below is not None:
            part.z = op.diameter / 2 + op.flat_below
    elif isinstance(op, ops.Revolve):
        r = max(p[0] for p in op.points)
        part.kind, part.x, part.y = "revolved", 2 * r, 2 * r
        part.z = max(p[1] for p in op.points) - min(p[1] for p in op.points)
        part.diameter = 2 * r
        part.bore = 2 * min(p[0] for p in op.points)
    elif isinstance(op, ops.Extrusion):
        xs = [p[0] for p in op.points]
        ys = [p[1] for p in op.points]
        part.kind = "profile"
        if op.plane == "XY":
            part.x, part.y, part.z = max(xs) - min(xs), max(ys) - min(ys), op.depth
        else:
            part.x, part.y, part.z = max(xs) - min(xs), op.depth, max(ys) - min(ys)
    elif isinstance(op, ops.SketchSolid) and not (op.mode == "cut" and part.exists):  # a cut keeps the part's box
        part.kind = "sketch solid"
        part.x, part.y, part.z = cadseq.size_of(op)
    elif isinstance(op, ops.Loft):
        on_part = op.z0 > 0 and part.kind
        part.kind = "loft"
        part.x = max([s.size[0] for s in op.sections] + ([part.x] if on_part else []))
        part.y = max([s.size[1] for s in op.sections] + ([part.y] if on_part else []))
        part.z = op.z0 + op.sections[-1].z - (part.z0 if on_part else 0.0)
        part.diameter = part.x
    elif isinstance(op, ops.Sweep):
        part.kind = "sweep"
        part.x = part.y = part.z = max(op.size)
    elif isinstance(op, ops.Mirror) and op.plane in ("YZ", "XZ"):
        # the image of every body added so far is a body too ('drill through each boss' after a mirror)
        for old in list(part.history[:-1]):
            if isinstance(old, ops.Boss) and isinstance(old.body, ops.Cylinder) and old.body.axis == "Z":
                image = mirroring.mirrored_point(old.body.centre, op.plane, op.at)
                if image != old.body.centre:
                    part.history.append(ops.Boss(replace(old.body, centre=image), old.what))
        k = 0 if op.plane == "YZ" else 1
        ext = part.x if k == 0 else part.y
        centre = part.centre[k]
        lo, hi = min(centre - ext / 2, 2 * op.at - centre - ext / 2), max(centre + ext / 2, 2 * op.at - centre + ext / 2)
        if k == 0:
            part.x = hi - lo
        else:
            part.y = hi - lo
        c = list(part.centre)
        c[k] = (lo + hi) / 2
        part.centre = (c[0], c[1])
    elif isinstance(op, ops.Boss):
        b = op.body
        if isinstance(b, (ops.Cylinder, ops.Box)) and (not isinstance(b, ops.Cylinder) or b.axis == "Z"):
            top = max(part.top, b.z0 + b.height)
            part.z0 = min(part.z0, b.z0)
            part.z = top - part.z0


@dataclass
class Saved:
    """What a sentence's reading changes, kept to read it again another way (Reader._read)."""

    part: Part
    operations: list[tuple[int, ops.Operation]]
    steps: list[StepReading]
    unread: list[str]
    assumed: list[str]
    sketch: list[StepReading]
    titles: list[StepReading]
    described: list[StepReading]
    before: list[StepReading]
    face_sketch: list[tuple[StepReading, str]]


def _unsaid(text: str) -> str:
    """The step with the features it says the part must not have blanked ("no screw hole", "without a chamfer"):
    a negated hole is no hole to read, and a number beside it ("no screw hole, the top edge R2") is not its size."""
    for neg in find_negations(text):
        if re.search(neg.feature[:4], neg.text, re.I):  # not "solid cylinder": that names the body, it blanks nothing
            text = text.replace(neg.text, " " * len(neg.text), 1)
    return text


@dataclass
class Reader:
    """Reads a whole description into operations, keeping the reading as it goes."""

    prompt: str
    part: Part = field(default_factory=Part)
    operations: list[tuple[int, ops.Operation]] = field(default_factory=list)  # (step index, op)
    reading: Reading = field(default_factory=Reading)
    sketch: list[StepReading] = field(default_factory=list)  # sketch steps waiting for an extrude/revolve/loft
    titles: list[StepReading] = field(default_factory=list)  # sizeless sentences naming the part, checked at the end
    described: list[StepReading] = field(default_factory=list)  # sentences before the first body no rule read alone
    before: list[StepReading] = field(default_factory=list)  # every sentence before the first body, for context
    face_sketch: list[tuple[StepReading, str]] = field(default_factory=list)  # a sketch on the part waiting for its cut
    sketched: bool = False  # the sketch-language reader (sketchbuf) built the base: the caption passes keep out

    def number_of(self, index: int) -> int:
        return next((s.number for s in self.reading.steps if s.index == index), index + 1)

    def run(self) -> None:
        # "chamfer the outer edge loop of the top face": an edge loop is an edge selection, not a sketch's loop
        if cadseq.looks_like_cad_sequence(re.sub(r"\bedge loops?\b", "edges", self.prompt, flags=re.I)):
            self._run_sequence()
            return
        inches = prompt_in_inches(self.prompt)
        self._run_steps(inches)
        if self.sketched:
            return  # sketches and the operations that consumed them, step by step: the writer's own feature tree
        if self._run_described(
                normalise(self.prompt, inches)):
            return  # the caption grammar bound every size to a named body or feature
        if captions.reads_as_caption(self.prompt) and not (self.operations and self.reading.confidence == "high"):
            # a caption of the final shape the step reader did not read whole: a shape class may
            self._run_caption(normalise(self.prompt, inches))

    def _run_steps(self, inches: bool) -> None:
        self.part.origin = "corner" if re.search(r"origin (?:is )?at (?:its|the) (?:bottom|lower)[- ]left|\b(?:one|a) corner at the origin", self.prompt, re.I) or vocab.corner_origin(self.prompt) else ""
        # drawing notes ('PLATE 140 x 80 x 10 / 4X Ø11 THRU ...'): one step a line, the abbreviations spelled out
        is_notes = notes.is_notes(self.prompt)
        steps = split_steps(notes.expand(self.prompt) if is_notes else self.prompt)
        if not numbered(self.prompt) and not is_notes:  # a prose "six holes ... Holes: 0.05 dia on ...": one set of holes (numbered steps stay theirs)
            steps = join_sizes(steps)
        texts = [normalise(notes.spell_counts(step.text), inches) for step in steps]
        imperative = any(_IMPERATIVE_BODY.match(t) for t in texts)
        taken = profiled.take(texts)  # a revolve, loft or sweep of a profile told in words (profile.py)
        if taken is not None:
            for step, text in zip(steps[: taken.start], texts[: taken.start], strict=True):
                self._read(step, text)  # the part the operation stands on ("Square pad 36 x 36, 6 thick. On top of it loft ...")
            if taken.start and isinstance(taken.operation, ops.Loft):
                taken.operation.z0 = self.part.top
            self._profiled(steps, texts, taken)
            for step, text in zip(steps[taken.last + 1:], texts[taken.last + 1:], strict=True):
                found = numbers(text)
                if profiled.restates(text, taken, [n.value for n in found]):
                    entry = StepReading(step.number, step.text, "description", "says more about the operation", index=step.index)
                    entry.values = [Value(n.text, n.value, taken.roles.get(n.value, "total (agrees with the part)")) for n in found]
                    self.reading.steps.append(entry)  # "Straight loft, solid.", "Revolve full circle.", "so overall width 15"
                    continue
                self._read(step, text)
            union = None
        else:
            # crossing bars, a top on legs, a ball on a post, a wall across a plate (unions.py), then any bodies named
            union = (read_union(texts) or bodies.read_bodies(texts, _body_stations)) if not imperative else None
        if union:
            self._bodies(steps, texts, union)
        elif taken is None:
            mirrored = bool(mirroring.MIRROR.search(self.prompt) and any(mirroring.mirror_plane(s.text) for s in steps))
            session = sketchbuf.Session(placed=mirrored) if sketchbuf.speaks_sketch(self.prompt) else None
            held: dict[int, tuple[Step, str]] = {}
            for step, text in zip(steps, texts, strict=True):
                if session is not None and self._sketch_step(session, step, text):
                    held[step.index] = (step, text)
                    continue
                back = session.release() if session is not None else []
                if back:  # a held sketch the next step goes on with in words the session does not read
                    self.reading.steps = [e for e in self.reading.steps if e.index not in back]
                    for k in back:
                        self._read(*held[k])
                self._read(step, text)
            if session is not None:
                self.sketched = session.built_base
                left = session.leftover()
                for entry in self.reading.steps:
                    if left is not None and entry.index == left:
                        entry.problem = f"step {entry.number} not understood: '{_short(entry.text)}' (a sketch no later step cuts or extrudes)"
        if taken is None and profiled.verb_of(self.prompt):
            self._profile_not_followed(steps, texts)
        for entry, _ in self.face_sketch:  # a sketch on a face that no later step cut
            entry.operation, entry.summary = None, ""
            entry.problem = f"step {entry.number} not understood: '{_short(entry.text)}' (a sketch no later step cuts or extrudes)"
        self.face_sketch.clear()
        for entry in self.sketch:  # sketches nothing consumed
            entry.problem = f"step {entry.number} not understood: '{_short(entry.text)}'"
        self.sketch.clear()
        self._titles_built()
        self._lying_base()
        self._unplaced()
        self._unused_sizes(inches)

    def _profile_not_followed(self, steps: list[Step], texts: list[str]) -> None:
        """A half profile walked in words whose moves were not all followed: its step is named, never built as read."""
        for step, text in zip(steps, texts, strict=True):
            _, stuck = profile.followed(text)
            stuck = stuck or (profile.path_stuck(text) if profiled.verb_of(text) == "sweep" or re.search(r"\bpath\b", text, re.I) else None)
            entry = next((e for e in self.reading.steps if e.index == step.index), None)
            if stuck and entry is not None and not entry.problem:
                entry.problem = f"step {step.number} not understood: the profile or path piece '{_short(stuck)}' was not followed"

    def _profiled(self, steps: list[Step], texts: list[str], taken: profiled.Taken) -> None:
        """The sentences that told a profile and the one that applied an operation to it: one operation, each number's role."""
        name = type(taken.operation).__name__.lower()
        last = steps[taken.last]
        for step, text in zip(steps[taken.start: taken.last + 1], texts[taken.start: taken.last + 1], strict=True):
            mine = step is last
            if mine and taken.rest:
                text = text[: text.rfind(taken.rest)]
            entry = StepReading(step.number, step.text, name if mine else "sketch",
                                taken.summary if mine else f"the profile for step {last.number}", index=step.index)
            entry.values = [Value(n.text, n.value, taken.roles.get(n.value) or (
                "total (agrees with the part)" if profiled.agrees(n.value, taken.operation) else None)) for n in numbers(text)]
            self.reading.steps.append(entry)
        self._add(last.index, taken.operation)
        self.reading.assumed += [f"step {last.number}: {a}" for a in taken.assumed]
        if taken.rest:  # "..., then finally put an 8 mm hole all the way through the middle"
            self._read(Step(last.number, taken.rest, last.index), taken.rest)

    def _sketch_step(self, session: sketchbuf.Session, step: Step, text: str) -> bool:
        """A step of CAD sketch language (a sketch, the operation that consumes it, a hole feature): read by sketchbuf."""
        p = self.part
        got = session.step(text, step.index, sketchbuf.PartBox(p.exists, p.x, p.y, p.z, p.z0))
        if got is None:
            return False
        entry = StepReading(step.number, step.text, "sketch" if got.held else "sketch operation", got.summary, index=step.index)
        self.reading.steps.append(entry)
        entry.values = [Value(n.text, n.value, got.roles.get(n.value)) for n in numbers(text)]
        for held in self.reading.steps:
            if held.index in got.consumes:
                held.summary = held.summary.replace("a later step", f"step {step.number}")
                for v in held.values:
                    v.role = v.role or got.roles.get(v.value)
        if got.problems:
            entry.problem = f"step {step.number} not understood: '{_short(step.text)}' ({'; '.join(got.problems)})"
        self.reading.assumed.extend(f"step {step.number}: {a}" for a in got.assumed)
        for op in got.operations:
            self._add(step.index, op)
        if got.centre is not None:  # a base built where the writer drew it: later coordinates and a mirror plane are theirs
            self.part.centre = got.centre
            self.part.origin = ""
        return True

    def _bodies(self, steps: list[Step], texts: list[str], union: list[tuple[int, bodies.Body]]) -> None:
        """A part described as bodies fused into one: the bodies first, then the other sentences as steps on it."""
        self.reading.why = "the description reads as several bodies fused into one solid"
        for k, (i, body) in enumerate(union):
            for op in bodies.operations(body, first=k == 0):
                self.operations.append((steps[i].index, op))
                self.part.history.append(op)
        xs = [v for _, b in union for v in b.span(0)]
        ys = [v for _, b in union for v in b.span(1)]
        top = max(b.top for _, b in union)
        self.part.kind, self.part.x, self.part.y, self.part.z, self.part.z0 = "box", max(xs) - min(xs), max(ys) - min(ys), top, 0.0
        self.part.centre = ((max(xs) + min(xs)) / 2, (max(ys) + min(ys)) / 2)  # the bodies stand where the writer put them
        sizes = {round(v, 6) for v in (self.part.x, self.part.y, top)}
        for i, (step, text) in enumerate(zip(steps, texts, strict=True)):
            mine = [b for j, b in union if j == i]
            found = numbers(text)
            placed = {round(v, 6) for _, b in union for v in b.used}  # 'Leg centres 8 mm in from the edges': read with the bodies
            placed = placed if not _FEATURE_WORD.search(text) else set()  # "A 12 mm hole goes through both" is a hole, not a size
            agrees = bool(found) and all(round(n.value, 6) in sizes | placed for n in found) and not _ACTS.search(text)
            if not mine and self._body_feature(step, text, [b for _, b in union]):
                continue
            if not mine and not (found and (bodies.UNION.search(text) or agrees)):
                self._read(step, text)
                continue
            feature = _AFTER_BODIES.search(text) if mine else None
            if feature:  # "... joined into one piece, with a 6 mm hole through the crossing point": a step on the fused part
                text = text[:feature.start()]
                found = numbers(text)
            entry = StepReading(step.number, step.text, "bodies" if mine else "description", index=step.index)
            entry.summary = "; ".join(bodies.summary(b) for b in mine) if mine else "says how the bodies are joined"
            for b in mine:
                if b.miscount:
                    entry.problem = f"step {step.number}: {b.miscount} ('{_short(step.text)}')"
                if b.unread:  # "flush with one of the 60 edges" and no rule read it: built, but not where it was asked
                    self.reading.assumed.append(f"step {step.number}: where the {b.noun} goes ({', '.join(repr(w) for w in b.unread)}) "
                                                f"was not read; it is built {b.said or 'centred'}")
            used = {round(v, 6) for b in mine for v in b.used} or (placed if not mine else set())
            entry.values = [Value(n.text, n.value, "size" if round(n.value, 6) in used else
                                  "total (agrees with the part)" if round(n.value, 6) in sizes else None) for n in found]
            self.reading.steps.append(entry)
            if feature and not self._body_feature(step, feature.group(1), [b for _, b in union]):
                self._read(step, feature.group(1))

    def _body_feature(self, step: Step, text: str, found: list[bodies.Body]) -> bool:
        """A feature tied to the bodies of a fused part ('a hole at each arm end', 'a Ø12 hole through the block
        horizontally', 'a pin hole along the knuckle axis'), added with its own reading; False for any other step."""
        ends = bodies.end_holes(text, found)
        if ends:  # "a 4 mm hole at each arm end, 6 mm from the end": near both ends of every bar
            holes, summary, piece, rest = ends
            self._add(step.index, holes)
            entry = StepReading(step.number, piece, "holes", summary, index=step.index)
            entry.values = [Value(n.text, n.value, "size") for n in numbers(piece)]
            self.reading.steps.append(entry)
            if rest.strip():  # "6 mm hole through the centre, and ...": the other hole of the sentence
                self._read(Step(step.number, rest, step.index), rest)
            return True
        hole = bodies.body_hole(text, found)
        if not hole:
            return False
        self._add(step.index, hole[0])  # a hole on one body's axis: 'a 3 mm pin hole along the knuckle axis'
        entry = StepReading(step.number, text, "hole", hole[1], index=step.index)
        held = {hole[0].diameter, hole[0].depth, *(v for p in hole[0].positions for v in p), hole[0].side_z}
        entry.values = [Value(n.text, n.value, "size" if n.value in held or _role_from_summary(n.value, hole[1]) else None)
                        for n in numbers(text)]
        self.reading.steps.append(entry)
        return True

    def _lying_base(self) -> None:
        """'A crossbar, cylinder Ø12 and 80 long, lying horizontal' is built standing; a body joined to it later was
        placed against that axis, so the part may not be the one told: said, never `high`."""
        first = self.operations[0] if self.operations else None
        if first is None or not isinstance(first[1], ops.Cylinder) or first[1].axis != "Z":
            return
        if not any(isinstance(op, (ops.Boss, ops.Cylinder)) for _, op in self.operations[1:]):
            return
        entry = next((e for e in self.reading.steps if e.index == first[0]), None)
        lying = re.search(r"\b(?:lying|laid|lies)\b[^.;]*?\b(?:horizontal\w*|flat|on its side|along (?:the )?[xy]\b)|\bon its side\b|"
                          r"\bhorizontal(?:ly)?\b", entry.text if entry else "", re.I)
        if entry is not None and lying:
            self.reading.assumed.append(f"step {entry.number}: the {first[1].what} is built standing on its axis ('{lying.group(0)}' "
                                        "is not followed), and the bodies joined to it are placed against that axis")

    def _titles_built(self) -> None:
        """A title names features ('a block with a slot'); each must be built by a later step, or it is listed."""
        made = {type(op).__name__ for _, op in self.operations} | {
            type(op.body).__name__ for _, op in self.operations if isinstance(op, ops.Boss)}
        for entry in self.titles:
            if not self.part.exists:
                entry.operation, entry.summary = None, ""
                entry.problem = f"step {entry.number} not understood: '{_short(entry.text)}' (no later step gives its sizes)"
                continue
            missing = [word for word, kinds in _TITLE_FEATURES if re.search(word, entry.text, re.I)
                       and not made & kinds]
            if re.search(r"\bNEMA\s*\d|\d\s+(?:ball\s+)?bearing", entry.text, re.I) and "Holes" not in made:
                missing.append("holes")  # "for a NEMA 17 stepper", "for a 608 bearing": its seat must be built
            if missing:
                entry.problem = "step {} names {} that no step builds ('{}')".format(
                    entry.number, ", ".join(re.sub(r"\\b|\W", "", w) for w in missing), _short(entry.text))

    def _unplaced(self) -> None:
        """Holes announced whose places never came, bosses whose height never came: the step is not done."""
        for index, op in self.operations:
            entry = next((s for s in self.reading.steps if s.index == index), None)
            if entry is None or entry.problem:
                continue
            if isinstance(op, ops.Holes) and op.positions and not op.diameter:
                entry.problem = f"step {entry.number} not understood: how big the {op.count or ''} holes are ('{_short(entry.text)}')".replace(" the  ", " the ")
            elif isinstance(op, ops.Holes) and not op.positions:
                entry.problem = f"step {entry.number} not understood: where the {op.count or ''} holes go ('{_short(entry.text)}')".replace(" the  ", " the ")
            elif isinstance(op, ops.Boss) and isinstance(op.body, ops.Cylinder) and not op.body.height:
                entry.problem = f"step {entry.number} not understood: how tall the bosses are ('{_short(entry.text)}')"

    def _unused_sizes(self, inches: bool) -> None:
        """A size the writer gave (a number with a unit) that no operation used: the part is half read."""
        for entry in self.reading.steps:
            if entry.problem or not entry.operation or entry.operation == "description":
                continue
            text = normalise(entry.text, inches)
            found = numbers(text)
            if len(found) != len(entry.values):
                continue
            made = [op for i, op in self.operations if i == entry.index] if entry.operation != "sketch" else [
                op for _, op in self.operations]
            held = _sizes_in(made)
            for n, v in zip(found, entry.values, strict=True):
                if v.role is None and any(abs(n.value - h) <= 1e-6 * max(1.0, h) for h in held):
                    v.role = "size"  # an operation holds it, even when its rule named no role
                said_total = re.search(r"\b(?:total|overall|in all|altogether)\s*(?:height|length|width|thickness)?\s*(?:of\s*|is\s*|=\s*|:\s*)?$",
                                       text[max(0, n.start - 30): n.start], re.I)
                # "running front to back through the 20 mm depth": the part's own size, said again
                said_total = said_total or (re.search(r"\bthrough (?:the|its) (?:full |whole |entire )?$", text[max(0, n.start - 30): n.start], re.I)
                                            and re.match(r"\s*mm\s*(?:depth|length|width|height|thickness)\b", text[n.start + len(n.text):], re.I))
                said_total = said_total or re.search(r"\b(?:giving|making|to make|to get|to complete|becomes|so that|bringing|brings|to give|for an?)\b[^.;]{0,40}$",
                                                     text[max(0, n.start - 45): n.start], re.I)
                # "(90 mm overall)", "32 mm in total", "60 mm long overall": the word after the size
                said_total = said_total or re.match(r"\s*(?:mm\s*)?(?:\w+\s+)?(?:overall|in total|in all|altogether)\b",
                                                    text[n.start + len(n.text):], re.I)
                if v.role is None and said_total and any(abs(n.value - d) <= 1e-6 * max(1.0, d) for d in (self.part.x, self.part.y, self.part.z)):
                    v.role = "total (agrees with the part)"  # "(a hub; total height 35 mm)": a check the part meets
                if v.role is None and re.match(r"\s*mm\b", text[n.start + len(n.text):]) and n.value > 0:
                    note = f"step {entry.number}: {n.text} mm not used"
                    if note not in self.reading.unread:
                        self.reading.unread.append(note)

    def _run_described(self, text: str) -> bool:
        """A caption or prose description the caption grammar reads whole (every number bound, every feature built)."""
        steps = split_steps(self.prompt)
        if len(steps) > 1 and (re.match(r"\s*(?:\d+[.)]|first\b|step\s+1\b)", self.prompt, re.I) or any(_ORDERS.match(st.text) for st in steps[1:])):
            return False  # numbered steps, or sentences that order operations ('Then drill ...'): the step reader's
        got = captions.described(text)
        if got is None:
            return False
        if self.operations and self.reading.confidence == "high" and not self.reading.unread and _same_ops([op for _, op in self.operations], got.operations):
            return True  # the sentence-by-sentence reading built exactly this part: kept, it says more
        self._take_caption(got, text)
        return True

    def _take_caption(self, got: captions.Caption, text: str) -> None:
        self.part, self.operations, self.reading = Part(), [], Reading()
        self.sketch, self.titles, self.described, self.before = [], [], [], []
        self.reading.why = captions.WHY
        entry = StepReading(1, self.prompt.strip(), "caption", got.summary, index=0)
        entry.values = [Value(n.text, n.value, got.roles.get(n.value)) for n in numbers(text)]
        self.reading.steps.append(entry)
        self.reading.assumed.extend(got.assumed)
        for op in got.operations:
            self._add(0, op)

    def _run_caption(self, text: str) -> bool:
        """A caption of the final shape one shape class reads whole: one step, every number bound.

        It replaces the sentence-by-sentence reading (kept when no shape class reads the caption)."""
        got = captions.read_caption(text)
        if got is None:
            return False
        self._take_caption(got, text)
        return True

    def _run_sequence(self) -> None:
        """A CAD-history description: one step per part (coordinate system, sketch, extrude)."""
        self.reading.why = "the description reads as a CAD sequence: sketches on coordinate systems, extruded"
        parts = cadseq.read_sequence(self.prompt)
        for index, p in enumerate(parts):
            found = numbers(p.text)
            entry = StepReading(p.number, p.text.strip(), None, index=index)
            self.reading.steps.append(entry)
            entry.values = [Value(n.text, n.value, "sketch" if n.value in p.used or -n.value in p.used else "label" if cadseq.is_label(p.text, n) else None)
                            for n in found]
            if p.problems:
                entry.problem = f"step {p.number} not understood: '{_short(p.text)}' ({'; '.join(p.problems)})"
                continue
            if not self.operations and p.mode in ("cut", "intersect"):
                entry.problem = f"step {p.number} could not be applied: it {p.mode}s, but there is no body yet"
                continue
            op = cadseq.to_operation(p)
            self._add(index, op)
            loops = len(p.loops)
            entry.operation = "sketch and extrude"
            entry.summary = "{} loop{} on its coordinate system{}, extruded {} mm{}, {}".format(
                loops, "s" if loops > 1 else "", f", scaled by {_fmt(p.scale)}" if p.scale != 1 else
                f", drawn at size (its sketch scale {_fmt(p.scale_is_extent)} is the sketch's largest extent)" if p.scale_is_extent else "",
                _fmt(p.towards + p.opposite), " (both ways)" if p.towards and p.opposite else "",
                {"new": "a new body", "join": "joined", "cut": "cut from the part", "intersect": "intersected"}[p.mode]
                if self.operations[:-1] or p.mode != "new" else "a new body")
        stated = cadseq.stated_size(self.prompt)
        solids = [op for _, op in self.operations if isinstance(op, ops.SketchSolid)]
        if stated and len(solids) == 1:
            got = cadseq.size_of(solids[0])
            if any(abs(a - b) > max(0.05 * b, 1e-3) for a, b in zip(sorted(got), sorted(stated), strict=True)):
                self.reading.assumed.append("the stated final size ({}) differs from the sketch as read ({})".format(
                    " × ".join(_fmt(v) for v in stated), " × ".join(_fmt(v) for v in got)))

    def _openings(self) -> set[float]:
        """The count of the openings made so far, for a sentence that states the result ('with five through holes')."""
        n = sum(len(op.positions) for _, op in self.operations if isinstance(op, ops.Holes))
        n += sum(len(op.loops) - 1 for _, op in self.operations if isinstance(op, ops.SketchSolid) and op.mode == "new")
        n += sum(1 for _, op in self.operations if isinstance(op, ops.Pocket) and op.depth is None)
        return {float(n)} if n else set()

    def _add(self, index: int, op: ops.Operation) -> None:
        self.operations.append((index, op))
        _apply(self.part, op)

    def _read(self, step: Step, text: str) -> None:
        """One sentence: a remark or a restatement checked against the part, else its operation; a hole told in
        clauses of its own (prose.hole_step) is read again in the reader's order when read as written left a problem."""
        text = _unsaid(text)
        if self.part.exists and remark(text):
            self.reading.steps.append(StepReading(step.number, step.text, "description", "says nothing more is done", index=step.index))
            return
        if self.part.exists and self.operations and self._features_made(text) and restates_sizes(text, self._known_sizes()):
            entry = StepReading(step.number, step.text, "description", "says again sizes the part already has", index=step.index)
            entry.values = [Value(n.text, n.value, "total (agrees with the part)") for n in numbers(text)]
            self.reading.steps.append(entry)
            return
        if self.part.exists and self._pocket_corners(step, text):
            return
        recast = hole_step(text, self._pocket_centred()) if self.part.exists else None
        if recast is None:
            start = len(self.reading.steps)
            self._read_as_written(step, text)
            if len(self.reading.steps) == start + 1 and self.reading.steps[start].operation:
                self._asides_agree(self.reading.steps[start], text)
            return
        saved = self._state()
        self._read_as_written(step, text)
        if self._clean_since(saved):
            return
        first = self._state()
        self._restore(saved)
        self._read_as_written(step, recast)
        if not self._clean_since(saved) or not self._account_recast(step, text, len(saved.steps)):
            self._restore(first)

    def _account_recast(self, step: Step, text: str, start: int) -> bool:
        """The sentence's own numbers on the hole read from its recast: each is the recast's, a size taken back by a
        correction, or one the part now has ("the radius is 7.5", "(so 15.5 from the centre each way)"); else False."""
        entries = self.reading.steps[start:]
        if len(entries) != 1:
            return False
        entry = entries[0]
        roles = {round(v.value, 6): v.role for v in entry.values}
        taken_back = replaced(text)
        known = self._placed_sizes(step.index)
        values = []
        for n in numbers(text):
            if n.value in taken_back:
                taken_back.remove(n.value)
                values.append(Value(n.text, n.value, f"taken back by the writer's correction, {SET_ASIDE}"))
            elif round(n.value, 6) in roles:
                values.append(Value(n.text, n.value, roles[round(n.value, 6)]))
            elif any(abs(n.value - k) <= 1e-6 * max(1.0, k) for k in known):
                values.append(Value(n.text, n.value, "total (agrees with the part)"))
            else:
                return False
        entry.values = values
        return True

    def _pocket_centred(self) -> bool:
        """Whether the last pocket cut is centred on the part ("a hole ... from the pocket up through the top" goes there)."""
        last = next((op for _, op in reversed(self.operations) if isinstance(op, ops.Pocket)
                     or (isinstance(op, ops.SketchSolid) and op.mode == "cut")), None)
        if isinstance(last, ops.Pocket):
            return math.dist(last.centre, self.part.centre) < 1e-6
        if isinstance(last, ops.SketchSolid) and len(last.loops) == 1 and last.loops[0].circle is None:
            pts = list(dict.fromkeys([last.loops[0].start, *(end for _, end in last.loops[0].segments)]))
            cx, cy = sum(p[0] for p in pts) / len(pts), sum(p[1] for p in pts) / len(pts)
            return math.dist((cx, cy), self.part.centre) < 1e-3 and last.translation[:2] == (0.0, 0.0)
        return False

    def _pocket_corners(self, step: Step, text: str) -> bool:
        """"Round the pocket's inside corners with R5": the radius of the rectangular pocket made before, not a new cut."""
        radius = feature_corners(text)
        at = next((k for k in range(len(self.operations) - 1, -1, -1) if isinstance(self.operations[k][1], ops.Pocket)), None)
        if radius is None or at is None:
            return False
        index, pocket = self.operations[at]
        assert isinstance(pocket, ops.Pocket)
        entry = StepReading(step.number, step.text, None, index=step.index)
        self.reading.steps.append(entry)
        found = numbers(text)
        if pocket.shape != "rect" or 2 * radius >= min(pocket.size):
            entry.problem = f"step {step.number} could not be applied: a {_fmt(radius)} mm corner radius does not fit the pocket it rounds"
            entry.values = [Value(n.text, n.value, None) for n in found]
            return True
        rounded = replace(pocket, corner_radius=radius)
        self.operations[at] = (index, rounded)
        self.part.history = [rounded if op is pocket else op for op in self.part.history]
        entry.operation, entry.summary = "pocket corners", f"the pocket of the step before gets {_fmt(radius)} mm corner radii"
        entry.values = [Value(n.text, n.value, "pocket corner radius" if n.value == radius else None) for n in found]
        return True

    def _placed_sizes(self, index: int) -> set[float]:
        """The part's sizes and where step `index`'s holes sit: off the centre and in from each edge."""
        known = self._known_sizes()
        for op in (op for i, op in self.operations if i == index and isinstance(op, ops.Holes)):
            for x, y in op.positions:
                dx, dy = abs(x - self.part.centre[0]), abs(y - self.part.centre[1])
                known |= {round(dx, 6), round(dy, 6), round(self.part.x / 2 - dx, 6), round(self.part.y / 2 - dy, 6)}
        return known - {0.0}

    def _asides_agree(self, entry: StepReading, text: str) -> None:
        """A size left unbound inside an aside that says it again ("(so 10 from the edges)") is a check the part meets."""
        spans = asides(text)
        if not spans or len(entry.values) != len(numbers(text)):
            return
        known = self._placed_sizes(entry.index)
        for n, v in zip(numbers(text), entry.values, strict=True):
            if v.role is None and any(a <= n.start < b for a, b in spans) and any(abs(n.value - k) <= 1e-6 * max(1.0, k) for k in known):
                v.role = "total (agrees with the part)"

    def _features_made(self, text: str) -> bool:
        """Whether each kind of feature the sentence names is one the part already has: "the fillet is 8 on every edge"
        restates a fillet made before, never stands for one not made ("... gets a 2 mm chamfer on all sides")."""
        kinds = {"hole": ops.Holes, "bore": ops.Holes, "fillet": ops.Edges, "chamfer": ops.Edges, "round": ops.Edges,
                 "radius": ops.Edges, "slot": ops.Slot, "pocket": ops.Pocket, "recess": ops.Pocket}
        made = {type(op) for _, op in self.operations}
        named = {kinds[w.lower().rstrip("s")] for w in re.findall(r"\b(holes?|bores?|fillets?|chamfers?|rounds?|radius|slots?|pockets?|recess)\b", text, re.I)
                 if w.lower().rstrip("s") in kinds}
        if "radius" in text.lower() and ops.Edges not in made and any(isinstance(op, ops.Pocket) and op.corner_radius for _, op in self.operations):
            named.discard(ops.Edges)  # "the corner radius is 5": a pocket's corners
        return named <= made

    def _known_sizes(self) -> set[float]:
        """The sizes the part holds: its box, every operation's sizes, and the spacing of each row of holes."""
        known = _sizes_in([op for _, op in self.operations]) | {v for v in (self.part.x, self.part.y, self.part.z) if v}
        for _, op in self.operations:
            if isinstance(op, ops.Holes) and len(op.positions) >= 2:
                for a, b in zip(op.positions, op.positions[1:], strict=False):
                    known |= {round(abs(a[0] - b[0]), 6), round(abs(a[1] - b[1]), 6), round(math.dist(a, b), 6)}
        return known - {0.0}

    def _state(self) -> Saved:
        r = self.reading
        return copy.deepcopy(Saved(self.part, self.operations, r.steps, r.unread, r.assumed, self.sketch, self.titles,
                                   self.described, self.before, self.face_sketch))

    def _restore(self, state: Saved) -> None:
        st = copy.deepcopy(state)
        self.part, self.operations, self.sketch, self.titles = st.part, st.operations, st.sketch, st.titles
        self.described, self.before, self.face_sketch = st.described, st.before, st.face_sketch
        self.reading.steps, self.reading.unread, self.reading.assumed = st.steps, st.unread, st.assumed

    def _clean_since(self, state: Saved) -> bool:
        """Whether every sentence read since `state` was understood and applied, with each size used."""
        new = self.reading.steps[len(state.steps):]
        return bool(new) and all(e.operation and not e.problem for e in new) and len(self.reading.unread) <= len(state.unread) \
            and all(v.role for e in new for v in e.values)

    def _read_as_written(self, step: Step, text: str) -> None:
        text = _UNION_PREFIX.sub("", text) or text
        pair = _EDGE_PAIR.match(text)
        if pair and self.part.exists:
            # "Chamfer the hole edges 1 mm and both outer edges 0.5 mm": two edge operations, one verb
            self._read(Step(step.number, pair.group(1), step.index), pair.group(1))
            rest = f"{pair.group(2)} {pair.group(3)}"
            self._read(Step(step.number, rest, step.index), rest)
            return
        listed = _HOLE_LIST.match(text) if self.part.exists else None
        if listed:
            # 'cut three holes through the bar, all on its centreline: a hole of 12 at the centre, and two holes of 8 ...':
            # each item is a hole step of its own, with the header's placing words
            where = re.sub(r"^.*?\bholes?\b", "", listed.group(1), count=1, flags=re.I).strip(" ,")
            items = [i.strip(" ,") for i in re.split(r",?\s*\band\s+(?=(?:an?|one|two|three|four|five|six)\s)|;\s*|,\s+(?=(?:an?|one|two|three|four|five|six)\s)",
                                                   listed.group(2)) if i.strip(" ,")]
            if len(items) >= 2 and all(re.search(r"\bholes?\b", i, re.I) for i in items):
                before = len(self.operations)
                for item in items:
                    sub = f"Cut {item}" + (f", {where}" if where else "")
                    self._read(Step(step.number, sub, step.index), sub)
                said = count(listed.group(1), "holes")
                made = sum(len(op.positions) for _, op in self.operations[before:] if isinstance(op, ops.Holes))
                if said and said != made and self.reading.steps:
                    self.reading.steps[-1].problem = f"step {step.number}: {said} holes announced, {made} placed ('{_short(step.text)}')"
                return
        found = numbers(text)
        entry = StepReading(step.number, step.text, None, index=step.index)
        self.reading.steps.append(entry)
        unsupported = UNSUPPORTED.search(_NEGATED.sub(" ", text))
        tapped = holefeat.tap_drilled(text) if unsupported and self.part.exists else None
        if tapped is not None and not UNSUPPORTED.search(_NEGATED.sub(" ", tapped[0])):
            # "Drill an M8 tapped hole in the centre": the hole at its tap drill size; the thread is listed, not modelled
            try:
                got = read_holes(tapped[0], self.part)
            except NotApplicable:
                got = None
            if got is not None:
                for op in got.operations:
                    self._add(step.index, op)
                entry.operation, entry.summary = "holes", got.summary + " (tap drill size)"
                entry.values = [Value(n.text, n.value, got.roles.get(n.value, _role_from_summary(n.value, got.summary))) for n in found]
                size = f" at the tap drill size, {_fmt(tapped[1])} mm" if tapped[1] else ""
                entry.problem = f"step {step.number}: the thread is not modelled; the hole is drilled{size} ('{_short(step.text)}')"
                if "thread" not in self.reading.unread:
                    self.reading.unread.append("thread")
                return
        if unsupported:
            entry.problem = f"step {step.number} not understood: '{_short(step.text)}' ({unsupported.group(0).lower()} cannot be modelled from a description; the part is built without it)"
            entry.values = [Value(n.text, n.value, None) for n in found]
            if unsupported.group(0).lower() not in self.reading.unread:
                self.reading.unread.append(unsupported.group(0).lower())
            return
        floors = {round(self.part.z - op.depth, 6) for _, op in self.operations if isinstance(op, ops.Pocket) and op.depth}
        if floors and found and all(round(n.value, 6) in floors for n in found) and _FLOOR_LEFT.search(text) \
                and not _ACTS.search(re.sub(r"\b(?:the|this|that)\s+(?:pocket|recess|cut)\b", " ", text, flags=re.I)):
            # "The remaining floor under the pocket is 0.1 units thick": the block's height less the pocket's depth, said again
            entry.operation, entry.summary = "description", "the floor left under the pocket (agrees with its depth)"
            entry.values = [Value(n.text, n.value, "total (agrees with the part)") for n in found]
            return
        dims = {round(v, 6) for v in (self.part.x, self.part.y, self.part.z) if v}
        if self.part.exists and _RESULT.match(text) and all(round(n.value, 6) in dims | self._openings() for n in found):
            # "You get a round bar 0.5 in diameter and 0.6 long with a square hole through its axis": the result, said again
            entry.operation, entry.summary = "description", "says what the result is (agrees with the part)"
            entry.values = [Value(n.text, n.value, "total (agrees with the part)") for n in found]
            return
        if (self.part.exists and found and all(round(n.value, 6) in dims for n in found) and not _ACTS.search(text)
                and not re.search(r"\b(?:holes?|bores?)\b", text, re.I)
                and re.search(r"\b(?:run|runs|full|whole|overall|total|so the|long|length|tall|deep|final|finished|resulting|measures)\b", text, re.I)):
            # "Both bars run the full 200 mm length": a size the part already has, said again
            entry.operation, entry.summary = "description", "a size the part already has"
            entry.values = [Value(n.text, n.value, "total (agrees with the part)") for n in found]
            return
        if re.search(r"\b(?:final|overall|resulting) dimensions\b", text, re.I) and self.part.exists:
            entry.operation, entry.summary = "description", "the sizes of the result"
            entry.values = [Value(n.text, n.value, "description") for n in found]
            return
        nothing = _NOTHING.search(text)
        if nothing and not self.part.exists and found and re.match(r"^\s*this is an?\b", text, re.I):
            nothing = None  # "This is a rectangular mounting block, 80 mm by 60 mm ...": the body, not a remark
        if nothing or (not found and not _CONSUMES.search(text) and not _MIRROR.search(text)
                                     and not re.search(r"\bfollowing\b", text) and not _ACTS.search(text)):
            if not self.part.exists:
                self.before.append(entry)  # "Create a T-shaped beam.": what the sizes that follow belong to
                if found and not self._gathered(step, text, entry, found):
                    # "This is an L-shaped bracket made of 5 mm plate, 40 mm wide": sizes, not nothing
                    entry.problem = f"step {step.number} not understood: '{_short(step.text)}'"
                    entry.values = [Value(n.text, n.value, None) for n in found]
                    self.described.append(entry)
            return
        named = bool(found) and preamble(text)  # "For my 3D printer I'm making a motor plate for a NEMA 17 stepper"
        if (not found or named) and not self.part.exists and not self.sketch and (_is_title(text) or named):
            # "A rectangular block with a slot cut along its top face.": what the part is, its sizes follow
            entry.operation, entry.summary = "description", "names the part; the sizes follow"
            entry.values = [Value(n.text, n.value, f"names a thing the part is for, {SET_ASIDE}") for n in found]
            self.titles.append(entry)
            self.before.append(entry)
            return
        last_holes = next((op for _, op in reversed(self.operations) if isinstance(op, ops.Holes)), None)
        if self.part.exists and self._face_sketch(step, text, entry, found):
            return
        try:
            if self._continues(step, text, entry, found, last_holes):
                return
            if self.sketch and _CONSUMES.search(text) and not self.part.exists and self._sketch_with_circles(step, text, entry, found):
                return
            if self.sketch and _CONSUMES.search(text):
                context = [e.text for e in self.before if not e.values and e not in self.sketch]
                joined = ". ".join(normalise(t, prompt_in_inches(self.prompt)) for t in [*context, *(s.text for s in self.sketch)]) + ". " + text
                boss = turned.face_boss(joined) if self.part.exists else None
                rules = [("boss on the top face", _face_boss(boss))] if boss else READ_BASE
                for name, rule in rules:
                    got = rule(joined, self.part)
                    if got is not None:
                        for s in self.sketch:
                            s.operation, s.summary = "sketch", f"sketch for step {step.number}"
                            s.values = [Value(n.text, n.value, got.roles.get(n.value, _role_from_summary(n.value, got.summary)))
                                        for n in numbers(normalise(s.text))]
                        self.sketch.clear()
                        self._take(step, name, got, entry, found)
                        return
            if not self.part.exists and re.search(r"\b(?:overall|total)\s+(?:length|height)\b[^.;]*\binclud", text, re.I):
                self.part.overall = True
            if not self.part.exists and (self.described or self.sketch) and self._gathered(step, text, entry, found):
                return  # "Draw a T shape and extrude it 0.2 units. The top bar of the T is ...": one body over both
            rules = READ_FEATURE + READ_ADD + READ_BASE if self.part.exists else READ_BASE
            for name, rule in rules:
                got = rule(text, self.part)
                if got is None:
                    continue
                if self._restates(step, text, got):
                    entry.operation, entry.summary = "description", "says more about the step before"
                    entry.values = [Value(n.text, n.value, "description") for n in found]
                    return
                self._take(step, name, got, entry, found)
                if name not in dict(READ_BASE):  # "a square pocket ..., 0.05 deep; in the floor of that pocket a 0.1 hole ...": each feature
                    for clause in re.split(r";\s*", text)[1:]:
                        if _FEATURE_WORD.search(clause) and not any(round(n.value, 9) in {round(v, 9) for v in got.roles} for n in numbers(clause)):
                            self._feature_clause(step, clause, entry, split=False)  # the clause says where, read whole
                # "a flat bar ... with two countersunk holes ...": the feature clause is read too
                if name in dict(READ_BASE):
                    for clause in _clauses_after_base(text):
                        held = numbers(clause)
                        if held and all(any(abs(n.value - v) <= 1e-9 for v in got.roles) for n in held):
                            continue  # 'a circle with a diameter of 0.5 and extrude it 0.3': the base's own sizes, not a second body
                        self._feature_clause(step, clause, entry)
                return
        except NotApplicable as err:
            entry.problem = f"step {step.number} could not be applied: {err}"
            entry.values = [Value(n.text, n.value, None) for n in found]
            return
        if not self.part.exists and self._gathered(step, text, entry, found):
            return
        if self.sketch and _PLANE.search(text) and found:
            self.sketch.append(entry)  # the plane the next sketch is drawn on, read with the loft
            entry.values = [Value(n.text, n.value, None) for n in found]
            return
        if self.sketch and not self.part.exists and _SKETCH_CORNERS.search(text):
            self.sketch.append(entry)  # "round all four corners with a radius of 0.1": the sketched rectangle's corners
            entry.values = [Value(n.text, n.value, None) for n in found]
            return
        if (not self.part.exists or _SKETCH.search(text)) and (_SKETCH.search(text) or _points(text)):
            self.sketch.append(entry)  # a profile or path for a later revolve / loft / sweep
            entry.values = [Value(n.text, n.value, None) for n in found]
            return
        entry.problem = f"step {step.number} not understood: '{_short(step.text)}'"
        entry.values = [Value(n.text, n.value, None) for n in found]
        if not self.part.exists:
            self.described.append(entry)

    def _sketch_with_circles(self, step: Step, text: str, entry: StepReading, found: list[Number]) -> bool:
        """'Sketch a rectangle 0.75 by 0.45, round its corners R0.1, add a circle of 0.2 at the centre, extrude 0.06':
        the rectangle (with its rounded corners) is the plate, a circle inside it a through hole."""
        drawn = r"\b(?:an?|one)\s+(?:[\w-]+\s+){0,2}(?:rectangle|square)\b"  # 'a rectangle ...', not 'the centre of the rectangle'
        circles = [e for e in self.sketch if re.search(r"\bcircles?\b", e.text, re.I) and not re.search(drawn, e.text, re.I)]
        rest = [e for e in self.sketch if e not in circles]
        if not circles or not rest or not any(re.search(drawn, e.text, re.I) for e in rest):
            return False
        inches = prompt_in_inches(self.prompt)
        holes: list[tuple[float, StepReading]] = []
        for e in circles:
            t = normalise(e.text, inches)
            d = diameter_of(t) or (2 * r if (r := _f(r"\bradius\s*(?:of\s*)?" + NUM, t)) else None)
            if d is None or not _has(t, r"\bcent(?:re|er)|\bmiddle\b") or len(numbers(t)) != 1:
                return False  # a circle off the centre, or with sizes this does not read: not put in the middle by guess
            holes.append((d, e))
        joined = ". ".join(normalise(e.text, inches) for e in rest if not _SKETCH_CORNERS.search(e.text)) + ". " + text
        joined = re.sub(r"\bso\s+(?:that\s+)?the\s+circles?\b[^.;]*", "", joined, flags=re.I)
        got = read_box(joined, self.part)
        if got is None or len(got.operations) != 1 or not isinstance(got.operations[0], ops.Box):
            return False
        box = got.operations[0]
        roles = dict(got.roles)
        for e in rest:
            corner = _SKETCH_CORNERS.search(e.text)
            if corner:
                r = _f(r"\bradius\s*(?:of\s*)?" + NUM, normalise(e.text, inches)) or _f(NUM + r"\s*mm\s*radius", normalise(e.text, inches))
                if r is None or 2 * r >= min(box.length, box.width):
                    return False
                box.corner_radius = r
                roles[r] = "corner radius"
        made: list[ops.Operation] = [box]
        for d, _ in holes:
            if d >= min(box.length, box.width) - 2 * box.corner_radius:
                return False
            made.append(ops.Holes(d, [(0.0, 0.0)], None))
            roles[d] = "hole_diameter"
        for e in self.sketch:
            e.operation, e.summary = "sketch", f"sketch for step {step.number}"
            e.values = [Value(n.text, n.value, roles.get(n.value, _role_from_summary(n.value, got.summary))) for n in numbers(normalise(e.text, inches))]
        self.sketch.clear()
        summary = got.summary + (f", corners R{_fmt(box.corner_radius)}" if box.corner_radius else "") + "".join(
            f", a Ø{_fmt(d)} mm through hole at the centre" for d, _ in holes)
        self._take(step, "box", Read(made, summary, roles), entry, found)
        return True

    def _face_sketch(self, step: Step, text: str, entry: StepReading, found: list[Number]) -> bool:
        """'2. On the top face sketch an 80 x 40 rectangle centred, corner radius 5. 3. Pocket it 8 deep': a sketch
        on the part, held until the step that cuts it; the two are read as one pocket or one set of holes."""
        if (_FACE_SKETCH.match(text) or _SHAPES_SKETCHED.match(text)) and found and not _CUTS_IT.search(text) \
                and not _CONSUMES.search(text):
            self.face_sketch.append((entry, text))
            entry.operation, entry.summary = "sketch", "a sketch on the part, cut by a later step"
            entry.values = [Value(n.text, n.value, None) for n in found]
            return True
        if not self.face_sketch or not _CUT_SKETCH.match(text):
            return False
        held, sketch = self.face_sketch.pop()
        body = re.sub(r"^\s*(?:then\s*,?\s*|next\s*,?\s*)?(?:on\s+(?:the|its)\s+(top|bottom|upper|lower)\s+face\s*,?\s*)?(?:sketch|draw|place|add)\s+", "", sketch, flags=re.I)
        face = "bottom face" if re.search(r"\b(?:bottom|lower) face\b", sketch, re.I) else "top face"
        how = _CUT_SKETCH.sub("", text).strip(" .,")
        # "... 0.15 units deep into the block to form a rectangular pocket": the result's name, not another feature
        how = re.sub(r"\b(?:to\s+(?:form|make|create|give|produce)|forming|making|creating|giving)\b(?:[^.;]|\.(?=\d))*$", "", how, flags=re.I).strip(" .,")
        if re.search(r"\bcircles?\b", body, re.I):  # circles cut: holes, through unless a depth is given
            joined = "Drill " + re.sub(r"\bcircles\b", "holes", re.sub(r"\bcircle\b", "hole", body, flags=re.I), flags=re.I) + \
                f" into the {face}" + (f", {how}" if how else " through")
            rules: list[tuple[str, Rule]] = [("holes", read_holes)]
        else:  # a rectangle or a slot outline: a pocket
            joined = f"Pocket {body} into the {face}" + (f", {how}" if how else " through")
            rules = [("slot", read_slot), ("pocket", read_pocket)] if re.search(r"\bslot\b", body, re.I) else [("pocket", read_pocket)]
        for name, rule in rules:
            try:
                got = rule(joined, self.part)
            except NotApplicable:
                got = None
            if got is None:
                continue
            held.operation, held.summary = "sketch", f"sketch for step {step.number}"
            held.values = [Value(v.text, v.value, got.roles.get(v.value, _role_from_summary(v.value, got.summary))) for v in held.values]
            _bind_coordinates(held.values, held.text, got, self.part)
            self._take(step, name, got, entry, found)
            return True
        if not re.search(r"\bcircles?\b", body, re.I):  # "sketch a rectangle 0.5 by 0.3 centred ... Cut this rectangle 0.15 deep"
            got = read_sketch_cut(f"Sketch {body} on the {face}. Cut it {how}", self.part)
            if got is not None:
                held.operation, held.summary = "sketch", f"sketch for step {step.number}"
                held.values = [Value(v.text, v.value, got.roles.get(v.value, _role_from_summary(v.value, got.summary))) for v in held.values]
                self._take(step, "sketch cut", got, entry, found)
                return True
        self.face_sketch.append((held, sketch))
        return False

    def _gathered(self, step: Step, text: str, entry: StepReading, found: list[Number]) -> bool:
        """A body described over several sentences ('The object is a U-shaped channel, 60 mm long. Its
        cross-section is 40 mm wide ... The walls are 4 mm thick.'): read once all its sentences are in."""
        earlier = [e for e in {id(e): e for e in self.before + self.titles + self.described + self.sketch}.values()
                   if e.index < step.index]
        if not earlier:
            return False
        earlier.sort(key=lambda e: e.index)
        inches = prompt_in_inches(self.prompt)
        joined = ". ".join(normalise(e.text, inches) for e in earlier) + ". " + text
        for name, rule in READ_GATHERED:
            got = rule(joined, self.part)
            if got is None:
                continue
            for e in earlier:
                if e in self.sketch:
                    self.sketch.remove(e)
                if not (e.problem or e.values or e in self.titles):
                    continue  # "Create a T-shaped beam.": context, nothing to bind
                e.problem = None
                e.operation, e.summary = "description", f"describes the body read in step {step.number}"
                e.values = [Value(n.text, n.value, got.roles.get(n.value, _role_from_summary(n.value, got.summary)))
                            for n in numbers(normalise(e.text, inches))]
                if e in self.described:
                    self.described.remove(e)
            self._take(step, name, got, entry, found)
            return True
        return False

    def _feature_clause(self, step: Step, rest: str, entry: StepReading, split: bool = True) -> None:
        pieces = _feature_list(rest) if split else [rest]
        if len(pieces) > 1:
            # "has a 50 mm central bore and four 11 mm bolt holes on an 80 mm PCD": one feature per phrase
            for piece in pieces:
                self._feature_clause(step, piece, entry)
            return
        for _name, rule in READ_FEATURE + READ_ADD:
            try:
                got = rule(rest, self.part)
            except NotApplicable:
                continue
            if got is not None:
                for op in got.operations:
                    self._add(step.index, op)
                entry.summary += "; " + got.summary
                self.reading.assumed.extend(f"step {step.number}: {a}" for a in got.assumed)
                for v in entry.values:
                    if v.role is None:
                        v.role = got.roles.get(v.value, _role_from_summary(v.value, got.summary))
                return

    def _continues(self, step: Step, text: str, entry: StepReading, found: list[Number], last_holes: ops.Holes | None) -> bool:
        """A step that completes the one before: the holes' size or places, the pocket's corners ..."""
        last = self.operations[-1][1] if self.operations else None
        restated = extrude_depth(text) if re.match(r"^\s*(?:then\s+|and\s+)?extrude\b", text, re.I) else None
        if restated and len(self.operations) == 1 and not self.sketch and abs(restated - self.part.z) < 1e-9 \
                and not (isinstance(last, ops.Extrusion) and not last.depth):  # a profile waiting for its depth takes it
            # "Construct a tube 50 mm tall ... then extrude the sketch 50 mm": the body already has that height
            entry.operation, entry.summary = "description", f"the extrusion of the body read before ({_fmt(restated)} mm)"
            entry.values = [Value(n.text, n.value, "extrude depth" if n.value == restated else None) for n in found]
            return True
        if isinstance(last, ops.Extrusion) and (re.match(r"^\s*(?:then\s+)?extrude\b", text, re.I) or (
                not last.depth and _PROFILE_EXTRUDED.match(text))):
            depth = extrude_depth(text) or last.depth
            last.depth = depth
            self.part.y = depth
            entry.operation, entry.summary = "extrude", f"extrude {_fmt(depth)} mm"
            entry.values = [Value(n.text, n.value, "extrude depth" if n.value == depth else None) for n in found]
            return True
        if _MIRROR.search(text) and isinstance(last, ops.Extrusion) and not self._mirrored(last):
            half = [p for p in last.points if p[0] > 0]
            axis = [p for p in last.points if p[0] == 0]
            if half and axis:
                last.points = half + [(-x, y) for x, y in reversed(half)]
                xs = [p[0] for p in last.points]
                self.part.x = max(xs) - min(xs)
                entry.operation, entry.summary = "mirror", "mirror the half profile about the vertical axis"
                entry.values = [Value(n.text, n.value, _role_from_summary(n.value, "")) for n in found]
                return True
        if isinstance(last, ops.Pocket) and re.search(r"corners of the pocket|pocket corners", text, re.I):
            r = _f(NUM + r"\s*mm\s*radius", text) or _f(r"radius\s*(?:of\s*)?" + NUM, text)
            if r:
                last.corner_radius = r
                entry.operation, entry.summary = "pocket", f"pocket corners R{_fmt(r)}"
                entry.values = [Value(n.text, n.value, "pocket corner radius" if n.value == r else None) for n in found]
                return True
        if isinstance(last, ops.Slot) and re.match(r"^\s*(?:the|this|that|it)\s*(?:slot)?\s*(?:runs|goes|passes|crosses|spans|is centred|lies)\b", text, re.I):
            # "The slot runs the whole 40 mm width of the block and is centred along its 60 mm length"
            runs = place.slot_runs(text, self.part.x, self.part.y)
            if runs:
                last.along, last.rounded = runs, False
                last.length = (self.part.y if runs == "Y" else self.part.x) + 2
            entry.operation, entry.summary = "slot", "the slot runs {}{}".format(
                "across the part (Y)" if last.along == "Y" else "along the part (X)", ", centred" if _has(text, r"cent(?:re|er)d?") else "")
            entry.values = [Value(n.text, n.value, "description" if n.value in (self.part.x, self.part.y) else None) for n in found]
            return True
        if isinstance(last, ops.Slot) and re.search(r"slot centres|slots? (?:are|sit|lie)", text, re.I):
            ends = _f(NUM + r"\s*mm\s*(?:in\s*)?from (?:each|both|the) (?:\w+ )?ends?", text)
            if ends is not None:
                last.centres = [(-(self.part.x / 2 - ends), 0.0), (self.part.x / 2 - ends, 0.0)]
                entry.operation, entry.summary = "slot", f"slot centres {_fmt(ends)} mm in from each end"
                entry.values = [Value(n.text, n.value, "slot position" if n.value == ends else None) for n in found]
                return True
            k = count(text, r"(?:[\w.\-]+\s+){0,3}?slots?") or len(last.centres)
            slots_at = place.located(text, place.Face(self.part.x, self.part.y, self.part.origin == "corner", self.part.centre == (0.0, 0.0)), k) \
                if self.part.kind in ("box", "profile", "sketch solid") else None
            if slots_at is not None and len(slots_at[0]) == k:
                # "the centre of one slot is 15 mm from the left short edge and the centre of the other 15 mm from the right"
                last.centres = slots_at[0]
                entry.operation, entry.summary = "slot", f"slot centres {slots_at[1]}"
                given = {round(v, 6) for v in (self.part.x, self.part.y)}
                entry.values = [Value(n.text, n.value, "total (agrees with the part)" if round(n.value, 6) in given else "slot position")
                                for n in found]
                return True
        if isinstance(last, ops.Boss) and isinstance(last.body, ops.Cylinder) and re.match(
                r"^\s*(?:their|the|each|all|these)\b(?:\s+\w+)?\s*(?:bosse?s?|centres?|centers?)\b", text, re.I):
            group = [op for _, op in self.operations if isinstance(op, ops.Boss) and isinstance(op.body, ops.Cylinder)
                     and op.body.diameter == last.body.diameter and op.body.z0 == last.body.z0]
            said = []
            ax, ay = _f(r"X\s*=\s*\+/-\s*" + NUM, text), _f(r"Y\s*=\s*\+/-\s*" + NUM, text)
            if ax is not None and ay is not None and len(group) == 4:
                for op, c in zip(group, ((-ax, -ay), (ax, -ay), (ax, ay), (-ax, ay)), strict=True):
                    assert isinstance(op.body, ops.Cylinder)
                    op.body.centre = c
                said.append(f"centres at X ±{_fmt(ax)}, Y ±{_fmt(ay)} mm")
            up = _f(r"up to\s*(?:z\s*=\s*)?" + NUM, text)
            tall = _size(text, "tall", "high")
            if up is not None or tall:
                for op in group:
                    assert isinstance(op.body, ops.Cylinder)
                    op.body.height = (up - op.body.z0) if up is not None else float(tall or 0)
                said.append(f"{_fmt(max(op.body.height for op in group if isinstance(op.body, ops.Cylinder)))} mm tall")
            if said:
                entry.operation, entry.summary = "added body", "the bosses: " + ", ".join(said)
                entry.values = [Value(n.text, n.value, "boss position" if n.value in (ax, ay) else "boss height"
                                      if n.value in (up, tall) else None) for n in found]
                top = max(op.body.z0 + op.body.height for op in group if isinstance(op.body, ops.Cylinder))
                self.part.z = max(self.part.z, top - self.part.z0)
                return True
        copy = self._copied(text, last)
        if copy is not None:
            # "Pocket an identical rectangle centred at (35, 0)", "drill the same hole at (20, -15)": the feature again, elsewhere
            self._add(step.index, copy[0])
            entry.operation, entry.summary = copy[1], copy[2]
            entry.values = [Value(n.text, n.value, "position") for n in found]
            return True
        bore = _through_bore(self.part)
        if bore is not None and _BORE_ON.search(text) and any(
                isinstance(o, ops.Boss) for o in self.part.history[self.part.history.index(bore):]):
            # "The bore runs right through the flange as well": the hole made before, on through the bodies added since
            self._add(step.index, ops.Holes(bore.diameter, [(0.0, 0.0)], None))
            entry.operation, entry.summary = "holes", f"the Ø{_fmt(bore.diameter)} mm bore on through the bodies added since"
            entry.values = [Value(n.text, n.value, None) for n in found]
            return True
        if last_holes is None:
            return False
        seat = holefeat.seat_of(text, last_holes.diameter) if last_holes.axis == "Z" else None
        if seat is not None:
            # "Counterbore each hole from the top face to 14 mm diameter, 5 mm deep": the seat of the holes made before
            if seat.kind == "counterbore":
                last_holes.counterbore, last_holes.countersink = (seat.diameter, seat.depth_or_angle), None
                seat_said = f"counterbore Ø{_fmt(seat.diameter)} mm, {_fmt(seat.depth_or_angle)} mm deep"
                seat_roles = {seat.diameter: "counterbore_diameter", seat.depth_or_angle: "counterbore_depth"}
            else:
                last_holes.countersink, last_holes.counterbore = (seat.diameter, seat.depth_or_angle), None
                seat_said = f"countersink Ø{_fmt(seat.diameter)} mm at the face, {_fmt(seat.depth_or_angle)}°"
                seat_roles = {seat.diameter: "countersink_diameter", seat.depth_or_angle: "countersink_angle"}
            k = len(last_holes.positions) or last_holes.count
            entry.operation, entry.summary = "holes", f"{seat_said} on each of the {k} holes of the step before"
            entry.values = [Value(n.text, n.value, seat_roles.get(n.value)) for n in found]
            return True
        if _MIRROR.search(text) and re.search(r"\bholes?\b", text, re.I) and last is last_holes and last_holes.axis == "Z":
            # "Mirror the hole about the plane X = 50": the holes and their images
            image = place.mirrored(last_holes.positions, text, place.Face(self.part.x, self.part.y, self.part.origin == "corner", self.part.centre == (0.0, 0.0)))
            if image is not None:
                last_holes.positions = image[0]
                entry.operation, entry.summary = "mirror", f"the holes {image[1]}"
                entry.values = [Value(n.text, n.value, "mirror plane") for n in found]
                return True
        bullet = re.match(r"^\s*" + NUM + r"\s*mm\s*(?:diameter\s*)?(?:holes?\s*)?at\s*\(", text)
        if bullet:
            d = float(bullet.group(1))
            pts = _points(text)
            placed = self._corner_origin(pts)
            if not last_holes.positions:
                last_holes.diameter, last_holes.positions = d, placed
            else:
                self._add(step.index, ops.Holes(d, placed, last_holes.depth))
            entry.operation, entry.summary = "holes", "Ø{} mm hole at {}".format(_fmt(d), ", ".join(f"({_fmt(x)}, {_fmt(y)})" for x, y in pts))
            entry.values = [Value(n.text, n.value, "hole_diameter" if n.value == d else "position") for n in found]
            return True
        if not last_holes.diameter and last_holes.positions and re.match(r"^\s*(?:then\s+)?(?:drill|bore|cut|make|put)\b", text, re.I) \
                and re.search(r"\bat (?:each|every|all|them|these|those|the marks?)\b|\beach (?:mark|centre|center|point|one)\b", text, re.I):
            # "2. Mark four hole centres 8 mm in from each edge. 3. Drill 5.5 thru at each.": the holes' size
            marked_d = _hole_diameter(text) or _f(r"^\s*(?:then\s+)?(?:drill|bore|cut|make|put)\s+(?:an?\s+)?(?:diameter\s*)?" + NUM, text)
            if marked_d:
                marked_depth = None if re.search(r"\b(?:thru|through)\b", text, re.I) else _f(NUM + r"\s*(?:mm\s*)?deep", text)
                last_holes.diameter, last_holes.depth, last_holes.what = marked_d, marked_depth, "hole"
                entry.operation = "holes"
                entry.summary = f"the {len(last_holes.positions)} holes marked before: Ø{_fmt(marked_d)} mm" + (f", {_fmt(marked_depth)} mm deep" if marked_depth else " through")
                entry.values = [Value(n.text, n.value, "hole_diameter" if n.value == marked_d else "hole_depth" if n.value == marked_depth else None) for n in found]
                return True
        refers = re.match(r"^\s*(?:make|drill|cut)\s+(?:each|the|both|all|these)\s+(?:\w+\s+)?holes?\b", text, re.I) or re.match(r"^\s*(?:each|the|both|all|these)\s+(?:\w+\s+)?holes?\b(?:\s+centres?)?\s+(?:is|are|lie|lies|sit|sits|has|have|go|placed|located)",
                          text, re.I)
        if not refers:
            return False
        got = read_holes(re.sub(r"^\s*(?:(?:make|drill|cut)\s+)?(?:each|the|both|all|these)\s+(?:\w+\s+)?holes?\s+(?:(?:is|are)\b)?", "hole ", text, flags=re.I), self.part)
        n = len(last_holes.positions) or last_holes.count or None
        pos = _positions(text, self.part, n)
        roles: dict[float, str] = {}
        if got is not None and _hole_diameter(text):
            new = got.operations[0]
            assert isinstance(new, ops.Holes)
            last_holes.diameter, last_holes.depth = new.diameter, new.depth
            last_holes.counterbore = new.counterbore or last_holes.counterbore
            last_holes.countersink = new.countersink or last_holes.countersink
            roles = got.roles
        if pos and (pos[1] != "at the centre" or not last_holes.positions):
            last_holes.positions = pos[0]
        entry.operation = "holes"
        entry.summary = "the holes: Ø{} mm{}".format(_fmt(last_holes.diameter), ", " + pos[1] if pos else "")
        entry.values = [Value(n.text, n.value, roles.get(n.value, "position" if pos else None)) for n in found]
        return True

    def _copied(self, text: str, last: ops.Operation | None) -> tuple[ops.Operation, str, str] | None:
        """The last feature again at a new place when the step says it is identical ('an identical rectangle
        centred at (35, 0)', 'the same hole at X = 20, Y = -15'); None when the step gives sizes of its own."""
        if not re.match(r"^\s*(?:then\s+|next\s+|finally\s+|and\s+)?(?:\w+\s+){0,2}?(?:an?\s+|the\s+)?(?:identical|same|matching|second identical)\b",
                        text, re.I) or self.part.kind not in ("box", "profile", "sketch solid"):
            return None
        pts = self._corner_origin(_points(text)) or (place.located(text, place.Face(self.part.x, self.part.y, self.part.origin == "corner", self.part.centre == (0.0, 0.0)), 1)
                                                     or ([], ""))[0]
        if len(pts) != 1 or len(numbers(text)) != 2:
            return None  # a size of its own, or no single new place: not a copy
        at = f"({_fmt(pts[0][0])}, {_fmt(pts[0][1])})"
        if isinstance(last, ops.Pocket):
            return replace(last, centre=pts[0]), "pocket", f"the same pocket again, centred at {at}"
        if isinstance(last, ops.Holes) and last.axis == "Z" and len(last.positions) == 1 and last.diameter:
            return replace(last, positions=[pts[0]]), "holes", f"the same Ø{_fmt(last.diameter)} mm hole again at {at}"
        return None

    def _restates(self, step: Step, text: str, got: Read) -> bool:
        """'The floor is also 2 mm thick, so ...' after 'Shell it to 2 mm': a description, not a second shell."""
        if not self.operations or not re.match(r"^\s*(?:the|this|it|its|these|their|which|so)\b", text, re.I):
            return False
        index, last = self.operations[-1]
        prev = next((s for s in self.reading.steps if s.index == index), None)
        return (prev is not None and prev.number == step.number and len(got.operations) == 1
                and type(got.operations[0]) is type(last) and not isinstance(last, ops.Holes))

    def _placed_base(self, text: str, got: Read) -> None:
        """A part to be mirrored is built where the writer put its base ('runs from X = 0 to X = 30'), so the
        mirror plane and later coordinates are theirs."""
        base = got.operations[0]
        assert isinstance(base, (ops.Box, ops.Cylinder))
        size = (base.length, base.width) if isinstance(base, ops.Box) else (base.diameter, base.diameter)
        centre = mirroring.placed_centre(text, size)
        if centre is None or (self.part.origin == "corner" and not isinstance(base, ops.Box)):
            return
        base.centre = centre
        self.part.centre = centre
        self.part.origin = ""  # coordinates are read as they are written from now on
        got.summary += f", centred at X = {_fmt(centre[0])}, Y = {_fmt(centre[1])}"

    def _corner_origin(self, pts: list[ops.Point]) -> list[ops.Point]:
        if self.part.origin == "corner":
            return [(x - self.part.x / 2, y - self.part.y / 2) for x, y in pts]
        return pts

    @staticmethod
    def _mirrored(op: ops.Extrusion) -> bool:
        return any(p[0] < 0 for p in op.points)

    def _take(self, step: Step, name: str, got: Read, entry: StepReading, found: list[Number]) -> None:
        # the base alone, or with holes only: 'a tube ... 1.000 in long overall' then 'a flange ...; the 0.125 in is included'
        base = self.operations[0][1] if self.operations and all(isinstance(op, ops.Holes) for _, op in self.operations[1:]) else None
        included = self.part.overall or bool(re.search(r"\binclud\w*\s+in\s+the\b(?:[^.;]|\.\d)*\b(?:overall|total)\b|\bwithin the (?:overall|total)\b",
                                                       step.text, re.I))
        if (isinstance(base, (ops.Cylinder, ops.Box)) and included and len(got.operations) == 1
                and isinstance(got.operations[0], ops.Boss) and isinstance(got.operations[0].body, (ops.Cylinder, ops.Box))
                and got.operations[0].body.z0 == self.part.top and got.operations[0].body.height < base.height):
            # "an overall length of 30 mm, including the flange": the flange is part of that length, not on top of it
            body = got.operations[0].body
            base.height -= body.height
            body.z0 -= body.height
            self.part.z = base.height
        first = not self.operations
        for op in got.operations:
            self._add(step.index, op)
        self.reading.assumed += [f"step {step.number}: {a}" for a in got.assumed]
        if (first and mirroring.MIRROR.search(self.prompt) and isinstance(got.operations[0], (ops.Box, ops.Cylinder))
                and any(mirroring.mirror_plane(s.text) for s in split_steps(self.prompt))):
            self._placed_base(normalise(step.text, prompt_in_inches(self.prompt)), got)
        entry.operation = name
        entry.summary = got.summary
        entry.values = [Value(n.text, n.value, got.roles.get(n.value, _role_from_summary(n.value, got.summary))) for n in found]
        _bind_coordinates(entry.values, step.text, got, self.part)
        members = re.search(r"\b(?:each|both|either)\s+(?:of the\s+)?(?:legs?|arms?|flanges?|walls?|plates?|sides?)\b", step.text, re.I)
        if self.part.kind == "profile" and members and any(isinstance(op, ops.Holes) and len(op.positions) < 2 for op in got.operations):
            # "one 5 mm hole in the middle of the flat part of each leg": holes on the profile's members are not placed there
            entry.problem = f"step {step.number} not understood: holes on {members.group(0).lower()} of the profile ('{_short(step.text)}')"


def _bind_coordinates(values: list[Value], text: str, got: Read, part: Part) -> None:
    """'offset 0.075 from both adjacent edges, i.e. at (0.075, 0.075), (0.675, 0.075), ...': coordinates that
    restate the holes' places (from the centre or from a corner) are bound to them, not left over."""
    places = [p for op in got.operations if isinstance(op, ops.Holes) for p in op.positions]
    if not places:
        return
    pairs = [(float(a), float(b)) for a, b in re.findall(r"\(\s*(-?\d+(?:\.\d+)?)\s*,\s*(-?\d+(?:\.\d+)?)\s*\)", text)]
    agree = {v for x, y in pairs for px, py in places for dx, dy in ((0.0, 0.0), (part.x / 2, part.y / 2))
             if abs(x - (px + dx)) < 1e-6 and abs(y - (py + dy)) < 1e-6 for v in (x, y)}
    for v in values:
        if v.role is None and any(abs(v.value - a) < 1e-9 for a in agree):
            v.role = "position (agrees with the holes)"


def _same_ops(mine: list[ops.Operation], theirs: list[ops.Operation]) -> bool:
    """Whether two readings build the same operations with the same sizes and places (their labels aside)."""
    def plain(op: ops.Operation) -> object:
        d = dataclasses.asdict(op)
        d.pop("what", None)
        if isinstance(d.get("body"), dict):
            d["body"].pop("what", None)
        return (type(op).__name__, d)
    return len(mine) == len(theirs) and [plain(o) for o in mine] == [plain(o) for o in theirs]


def _sizes_in(made: list[ops.Operation]) -> set[float]:
    """Every size an operation holds (and its half, its double, sums of a loft's heights): what a step used."""
    out: set[float] = set()

    round_fields = ("diameter", "bore", "circle", "across_flats", "counterbore", "countersink", "radius")

    def walk(v: object, name: str) -> None:
        if isinstance(v, bool):
            return
        if isinstance(v, (int, float)):
            x = abs(float(v))
            out.add(x)
            if name in ("circle", "radius"):
                out.add(x * 2)  # the op holds a radius, the writer gave a diameter
            elif name in round_fields:
                out.add(x / 2)  # the op holds a diameter, the writer gave a radius
        elif isinstance(v, (list, tuple)):
            for item in v:
                walk(item, name)
        elif hasattr(v, "__dataclass_fields__"):
            for field_name in v.__dataclass_fields__:
                walk(getattr(v, field_name), field_name)

    for op in made:
        walk(op, "")
    return out


_EDGE_PAIR = re.compile(r"^((?:then\s+|finally\s+)?(chamfer|fillet|round|break)\w*\b(?:[^.;]|\.\d)*?\d(?:[^.;]|\.\d)*?)\s*,?\s+and\s+"
                        r"((?:both|all|the|its|each|every)\b(?:[^.;]|\.\d)*?\bedges?\b(?:[^.;]|\.\d)*?\d(?:[^.;]|\.\d)*)$", re.I)
_FEATURE_WORD = re.compile(r"\b(holes?|bore|slots?|pocket|groove|chamfer\w*|fillet\w*|counterbor\w*|countersunk|countersink|recess|window|opening|cut-?out)\b", re.I)


_NEXT_FEATURE = re.compile(r"(?:,?\s+(?:and|plus|as well as|together with|and also)\s+|,\s+)(?=(?:an?|one|two|three|four|five|six|eight|\d+)\s+(?:[\w.-]+\s+){0,4}?"
                           r"(?:holes?|bores?|slots?|pockets?|counterbor\w*|countersunk|chamfers?|fillets?|radius|rounds?|hub|boss|bosses|spigot)\b)", re.I)
_LISTED_FEATURE = re.compile(_FEATURE_WORD.pattern + r"|\b(?:hub|boss|bosses|spigot)\b", re.I)


# the bodies' sentence ends in a hole on the fused part: ", with a 6 mm hole through the crossing point"
_AFTER_BODIES = re.compile(r",?\s+(?:with|and|plus|then)\s+(?:then\s+)?((?:an?|one|two|three|four|\d+)\s+(?:[\w.-]+\s+){0,4}?(?:holes?|bores?)\b.*)$", re.I)


def _feature_list(text: str) -> list[str]:
    """'a 50 mm central bore and four 11 mm bolt holes on an 80 mm PCD': the phrases of a list of features,
    split only where each phrase names a feature with a size."""
    pieces = _NEXT_FEATURE.split(text)
    if len(pieces) < 2 or not all(_LISTED_FEATURE.search(p) and re.search(r"\d", p) for p in pieces):
        return [text]
    return pieces


def _clauses_after_base(text: str) -> list[str]:
    """The parts of a base step that describe more: 'with four holes', '; on top of it sits a tenon',
    ', 6 mm hole through the axis' (a list of the part's features after its sizes)."""
    out = []
    if not re.search(r"\bwith\b|;", text):
        pieces = re.split(r",\s*(?:and\s+)?", text)
        for k, piece in enumerate(pieces[1:], 1):
            if _FEATURE_WORD.search(piece):
                out.append(", ".join(pieces[k:]))
                break
    below = re.search(r"(?:,\s*|\s)(?:sitting\s+|sat\s+|resting\s+)?on\s+(?:top\s+of\s+)?an?\s+(?:diameter\s*\d|\d[\d.]*\s*mm\s*diameter)", text, re.I)
    if below:  # "Ø12 head, 4 thick, on a Ø6 shank that is 20 long": the body the first one sits on (coaxial.py)
        out.append(text[below.start():].lstrip(" ,"))
    m = re.search(r"\b(?:sitting|sits|standing|resting)\s+on\s+(?:top of\s+)?(?!top\b)"
                  r"(?!(?:the|its)\s+(?:(?:centre|center|middle)\s+of\s+(?:the\s+|its\s+)?)?top\b)(?!(?:the|its)\s+(?:centre|center|middle)\b)", text, re.I)
    if m and not re.search(r"on top of", m.group(0)):
        out.append("under it, " + text[m.end():])
    for piece in re.split(r";\s*", text)[1:]:
        out.append(piece)
    w = re.search(r"\bwith\b|\b(?:carries|carrying|bears|has|have)\s+(?=(?:an?|one|two|three|four|six|eight|\d+)\s+(?:[\w.-]+\s+){0,5}?"
                  r"(?:boss|bosses|holes?|bores?|slots?|pockets?|hub|tabs?|lugs?)\b)", text)
    if w:
        rest = text[w.end():]
        feature = _LISTED_FEATURE.search(rest)
        # "with a side length of 30 mm and a cylindrical hole ...": the clause starts where the feature's phrase does
        # a comma cuts only where a new phrase starts ('..., a 10 mm hole'), not inside one ('a 20 mm wide, 20 mm deep slot')
        cut = [m.end() for m in re.finditer(r"\band\b|,(?=\s*(?:an?|one|two|three|four|six|eight|the)\b)", rest[: feature.start()])] if feature else []
        if cut and _ADDED_BODY.search(rest[: cut[-1]]) and re.search(r"\d", rest[: cut[-1]]):
            out.append(rest[: cut[-1]].rstrip(" ,"))  # the body first, so the feature after it goes through it too
        clause = rest[cut[-1]:] if cut else rest
        # '...; the boss is 20 mm in diameter' read within the 'with' clause is not read again on its own
        out = [o for o in out if not (";" in clause and o.strip() and o.strip() in clause)]
        out.append(clause)
    return out


# A body added on the base in a 'with' clause: 'with a 16 mm cylinder, 10 mm tall, standing on ...'
_ADDED_BODY = re.compile(r"\b(?:cylinder|boss|hub|peg|post|pin|spigot|stud|stem|pedestal|tenon|cube|shank|body|collar|neck)\b", re.I)


# A sentence naming the part, not ordering a sketch: "The model is a flanged bushing: ...", "A block with a slot ..."
_TITLE = re.compile(r"^\s*(?:(?:this|the|it)\s+(?:model|object|part|design|shape|piece|component)?\s*(?:is|consists of|features|has)\b"
                    r"|(?:this|it)\s+is\b|an?\s+\w|the\s+\w[\w-]*\s+(?:is|has|features)\b)", re.I)
_TITLE_FEATURES: list[tuple[str, set[str]]] = [
    (r"\bholes?\b|\bbores?\b|\bdrill", {"Holes", "Pocket"}),
    (r"\bslots?\b|\bgrooves?\b|\bchannel\b", {"Slot", "Pocket", "Extrusion", "SketchSolid"}),
    (r"\bpockets?\b|\brecess", {"Pocket", "Slot"}),
    (r"\bfillet\w*|\brounded (?:edges|corners)", {"Edges", "Box", "Extrusion", "SketchSolid"}),
    (r"\bchamfer\w*", {"Edges"}),
    (r"\bflange\b|\bboss\w*|\bhub\b", {"Boss", "Cylinder", "Box", "Extrusion", "Revolve", "SketchSolid"}),
]


def _is_title(text: str) -> bool:
    return bool(_TITLE.match(text)) and not re.search(r"\b(?:sketch|draw)\b", text, re.I)


def _role_from_summary(value: float, summary: str) -> str | None:
    """A number the summary repeats was used, even when its rule named no role for it."""
    return "size" if re.search(rf"(?<![\d.]){re.escape(_fmt(value))}(?![\d.])", summary) else None


def _short(text: str) -> str:
    t = re.sub(r"\s+", " ", text).strip()
    return t if len(t) <= 80 else t[:77] + "..."


def read(prompt: str) -> Reader:
    """Read a whole description; the reader holds the operations and the reading."""
    reader = Reader(prompt)
    reader.run()
    return reader

"""A part described as several bodies fused into one: a table top on four legs, a T from two bars,
a knob of a cylinder and a sphere, a base with a column and a cap.

Such descriptions name each body with its sizes ("the stem bar, 25.4 mm wide, 25.4 mm deep and
50.8 mm long") and say where it sits against another ("hangs down from the middle of the underside
of the top bar", "one at each corner, flush with the edges of the top", "on top of the column",
"at one end of the base, 40 mm tall measured from the underside"). This module reads the bodies of
one sentence and places them; read.py turns them into operations and reads the other sentences
(holes, fillets) as steps on the fused part.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from . import ops
from .text import NUM, first

Point = tuple[float, float]

_NOUNS = (r"slab|bars?|block|box|plate|legs?|posts?|pillars?|cylinder|column|sphere|ball|cap|rib|stem|base|upright|"
          r"ring|tube|disc|disk|top|seat|feet|foot|arm|web|knob|head|boss|shaft|rod|lugs?|tabs?|cube|prism")
_MENTION = re.compile(r"(?<![\w.])(?:an?|one|the|each|four|two|three|[234](?!\s*(?:mm|x)\b)|its|this|that|second|other)\b(?:\s+[\w-]+){0,3}?\s+(" + _NOUNS + r")\b(?!\s*(?:face|surface|edges?|sides?|ends?)\b)", re.I)
# the words that say a description is of bodies joined into one solid
UNION = re.compile(r"\b(?:fused|fuse|joined|unioned|union|merged|one solid|single solid|one body|single body|"
                   r"(?:made|built) (?:of|from) (?:two|three|four|2|3|4)|from (?:two|three|2|3) \w+)\b", re.I)
_VERTICAL = re.compile(r"\b(?:legs?|posts?|pillars?|column|upright|stem|feet|foot)\b|\bhang\w*\b|\bstands?\b|\brises?\b|\bvertical\b", re.I)
_ROUND = re.compile(r"\b(?:cylinder|column|disc|disk|rod|shaft|ring|tube|round|cylindrical|knob|boss)\b", re.I)


@dataclass
class Body:
    """One body: a box (size X, Y, Z), a cylinder (d, d, h) standing on Z, a sphere, placed in the part."""

    kind: str  # box | cylinder | sphere
    size: tuple[float, float, float]
    noun: str
    text: str
    bore: float = 0.0
    centres: list[Point] = field(default_factory=lambda: [(0.0, 0.0)])
    z0: float = 0.0
    used: list[float] = field(default_factory=list)
    said: str = ""
    full: set[int] = field(default_factory=set)  # axes (0 X, 1 Y) as long as the body it is placed on

    @property
    def top(self) -> float:
        return self.z0 + self.size[2]

    def span(self, axis: int) -> tuple[float, float]:
        c = [p[axis] for p in self.centres]
        return min(c) - self.size[axis] / 2, max(c) + self.size[axis] / 2


def _f(pattern: str, text: str) -> float | None:
    return first(pattern, text)


def _size(text: str, *words: str) -> float | None:
    alt = "|".join(words)
    return _f(NUM + rf"\s*mm\s*(?:\(\s*)?(?:in\s+)?(?:{alt})\b", text) or _f(rf"\b(?:{alt})\s*(?:of|is|=|:)?\s*" + NUM + r"\s*mm", text)


def _diameter(text: str) -> float | None:
    d = _f(NUM + r"\s*mm\s*(?:in\s+)?(?:diameter|dia\b|across)", text) or _f(r"\bdiameter\s*(?:of\s*|is\s*)?" + NUM, text)
    if d is None:
        r = _f(NUM + r"\s*mm\s*radius", text) or _f(r"\bradius\s*(?:of\s*)?" + NUM, text)
        d = 2 * r if r else None
    return d


def _fmt(v: float) -> str:
    return f"{round(v, 3):g}"


def clauses(sentence: str) -> list[tuple[str, str]]:
    """(noun, clause) for each body named in a sentence with sizes; a clause without a size in mm is
    context for the body before it ('... whose centre is at the centre of the cylinder's top face'),
    or, before the first, names it ('The upright plate stands at one end of the base, 5 mm thick ...')."""
    # "on top of the column", "the edges of the top": a body named as a reference, not a new body
    marks = [m for m in _MENTION.finditer(sentence)
             if not re.search(r"\b(?:of|on|from|to|with|under|beneath|below|above|at|in|into|onto|against|over)\s*$",
                              sentence[: m.start()], re.I)]
    out: list[tuple[str, str]] = []
    prefix = sentence[: marks[0].start()] if marks else ""
    prefix_noun = ""
    for k, m in enumerate(marks):
        clause = sentence[m.start(): marks[k + 1].start() if k + 1 < len(marks) else len(sentence)]
        if re.search(NUM + r"\s*mm", clause):
            out.append((prefix_noun or m.group(1).lower(), prefix + clause))
            prefix, prefix_noun = "", ""
        elif out:
            out[-1] = (out[-1][0], out[-1][1] + clause)
        else:
            prefix += clause
            # "Model a post as one solid: a square base block ...": a title before a colon names the whole part
            prefix_noun = "" if ":" in clause else prefix_noun or m.group(1).lower()
    return out


def read_body(noun: str, text: str) -> Body | None:
    """A body's kind and size from its clause; None when its sizes are not all there.
    A result said after it ('..., so the part is 60 mm tall') is not one of its sizes."""
    whole = text
    text = re.split(r",?\s+so\s+(?:that\s+)?(?:the|it)\b|,?\s+(?:making|giving) the\b", text, maxsplit=1)[0]
    if re.search(r"\b(?:sphere|ball)\b", noun):
        d = _diameter(text)
        return Body("sphere", (d, d, d), noun, whole, used=[d]) if d else None
    outer = _f(r"outer diameter\s*(?:of\s*)?" + NUM, text) or _f(NUM + r"\s*mm\s*(?:outside|outer) diameter", text)
    inner = _f(r"inner diameter\s*(?:of\s*)?" + NUM, text) or _f(NUM + r"\s*mm\s*(?:inside|inner) diameter", text) or _f(r"\bbore\s*(?:of\s*)?" + NUM, text)
    d = outer or _diameter(text)
    if d and (_ROUND.search(noun) or _ROUND.search(text[:40])):
        h = _size(text, "tall", "high", "long", "height", "length", "thick", "thickness")
        if not h:
            return None
        used = [d, h] + ([inner] if inner else [])
        return Body("cylinder", (d, d, h), noun, whole, bore=inner or 0.0, used=used)
    grid = re.search(NUM + r"\s*(?:mm)?\s*x\s*" + NUM + r"\s*mm(?:\s*x\s*" + NUM + r"\s*mm)?", text)
    long_ = _size(text, "long", "length")
    wide = _size(text, "wide", "width")
    thick = _size(text, "thick", "thickness")
    deep = _size(text, "deep", "depth")
    tall = _size(text, "tall", "high", "height", "rises", "rising")
    if tall is None:
        tall = _f(r"\b(?:rises|rising)\s*" + NUM + r"\s*mm", text)
    vertical = bool(_VERTICAL.search(noun) or _VERTICAL.search(text))
    if grid and grid.group(3):
        x, y, z = float(grid.group(1)), float(grid.group(2)), float(grid.group(3))
    elif grid:  # "5 mm x 5 mm in section and 40 mm tall", "a square base block 60 mm x 60 mm"
        x, y = float(grid.group(1)), float(grid.group(2))
        z = tall or long_ or thick or 0.0
    elif vertical and not re.search(r"\b(?:slab|plate|base|top|seat|cap)\b", noun):
        z = tall or long_ or 0.0
        y = wide or 0.0
        x = thick or deep or (wide if re.search(r"\bsquare\b", text) else 0.0) or 0.0
    else:
        x, y, z = long_ or 0.0, wide or 0.0, thick or tall or deep or 0.0
    used = [v for v in (x, y, z) if v]
    full = set()
    if not x and re.search(r"\b(?:full|whole|entire) length\b", text, re.I):
        x, full = 1.0, {0}
    if not y and re.search(r"\b(?:full|whole|entire) width\b", text, re.I):
        y, full = 1.0, full | {1}
    if re.search(r"\b(?:along|in) (?:the )?Y\b(?!\))", text) and not grid:
        x, y = y, x
        full = {1 - a for a in full}
    return Body("box", (x, y, z), noun, whole, used=used, full=full)


def _reference(body: Body, placed: list[Body]) -> Body | None:
    """The body this one is placed against: the one its clause names ('of the top bar'), or the last."""
    if not placed:
        return None
    for m in re.finditer(r"\b(?:of|on|from|to|with|under|beneath|below|above)\s+(?:the\s+|its\s+)?(?:[\w-]+\s+){0,2}?(" + _NOUNS + r")\b", body.text, re.I):
        noun = m.group(1).lower().rstrip("s")
        named = [b for b in placed if b.noun.rstrip("s") == noun or noun in b.text[:40].lower()]
        if named:
            return named[-1]
    return placed[-1]


def place(body: Body, placed: list[Body]) -> None:
    """Where the body goes against the one it names (z0, centres), from its clause's words."""
    t = body.text
    ref = _reference(body, placed)
    x, y, z = body.size
    if ref is None:
        return
    (rx0, rx1), (ry0, ry1) = ref.span(0), ref.span(1)
    cx, cy = (rx0 + rx1) / 2, (ry0 + ry1) / 2
    said = []
    if re.search(r"\b(?:each|every|the four|all four) corners?\b", t, re.I):
        inset = _f(NUM + r"\s*mm\s*in from", t) or 0.0
        ax, ay = (rx1 - rx0) / 2 - inset - x / 2, (ry1 - ry0) / 2 - inset - y / 2
        body.centres = [(cx - ax, cy - ay), (cx + ax, cy - ay), (cx + ax, cy + ay), (cx - ax, cy + ay)]
        said.append("one at each corner" + (f", {_fmt(inset)} mm in" if inset else ", flush with the edges"))
    else:
        px = cx
        if re.search(r"\b(?:at|on) (?:one|the right|the far) end\b|\bflush with (?:its|the) right end\b|\bright end\b", t, re.I):
            px = rx1 - x / 2
            said.append("at one end")
        elif re.search(r"\bleft end\b|\bother end\b", t, re.I):
            px = rx0 + x / 2
            said.append("at the left end")
        body.centres = [(px, cy)]
    for axis, span in ((0, (rx0, rx1)), (1, (ry0, ry1))):
        if axis in body.full:  # "running the full length": as long as the body it stands on
            size = list(body.size)
            size[axis] = span[1] - span[0]
            body.size = (size[0], size[1], size[2])
            x, y = body.size[0], body.size[1]
    if body.kind == "sphere" and re.search(r"\bcent(?:re|er)(?:e?d)?\b[^.]*\btop\b", t, re.I):
        body.z0 = ref.top - z / 2
        said.append(f"centred on the top of the {ref.noun}")
    elif re.search(r"\b(?:XY plane|centred on the origin|centered on the origin)\b", t, re.I) and not re.search(r"\bon top\b", t, re.I):
        body.z0 = 0.0
        body.centres = [(0.0, 0.0)] if len(body.centres) == 1 and not said else body.centres
    elif re.search(r"\b(?:from|measured from) the (?:underside|bottom)|total height|overall height", t, re.I):
        body.z0 = ref.z0
        said.append(f"from the underside of the {ref.noun}")
    elif re.search(r"\bhang\w*|\bunder\b|\bunderside\b|\bbeneath\b|\bbelow\b", t, re.I) or re.search(r"\blegs?\b|\bfeet\b", body.noun):
        body.z0 = ref.z0 - z
        said.append(f"under the {ref.noun}")
    else:
        body.z0 = ref.top
        said.append(f"on top of the {ref.noun}")
    body.said = ", ".join(said)


def read_bodies(sentences: list[str]) -> list[tuple[int, Body]] | None:
    """The bodies of a union description, each with the index of its sentence, placed; None when
    fewer than two bodies are given with all their sizes. A clause with a size but no whole body
    ('so the table stands 45 mm tall') is context for the body before it."""
    if not UNION.search(" ".join(sentences)):
        return None
    found: list[tuple[int, Body]] = []
    for i, sentence in enumerate(sentences):
        for noun, clause in clauses(sentence):
            body = read_body(noun, clause)
            if body is not None and all(body.size):
                found.append((i, body))
            elif found and found[-1][0] == i:
                found[-1][1].text += " " + clause
    if len(found) < 2:
        return None
    for k, (_, body) in enumerate(found):
        place(body, [b for _, b in found[:k]])
    low = min(b.z0 for _, b in found)
    for _, b in found:
        b.z0 -= low
    return found


def operations(body: Body, first: bool) -> list[ops.Operation]:
    """The body as operations: the first body is the part's base, each other one is added to it."""
    x, y, z = body.size
    what = re.sub(r"\W+", "_", body.noun.rstrip("s")) or "body"
    made: list[ops.Operation] = []
    for c in body.centres:
        shape: ops.Box | ops.Cylinder | ops.Sphere
        if body.kind == "sphere":
            shape = ops.Sphere(x, z0=body.z0, centre=c, placed=True)
        elif body.kind == "cylinder":
            shape = ops.Cylinder(x, z, bore=body.bore if first else 0.0, z0=body.z0, centre=c, what=what)
        else:
            shape = ops.Box(x, y, z, z0=body.z0, centre=c, what=what)
        made.append(shape if first and len(body.centres) == 1 else ops.Boss(shape, what))
        first = False
    return made


def summary(body: Body) -> str:
    x, y, z = body.size
    size = (f"Ø{_fmt(x)} mm" if body.kind == "sphere" else f"Ø{_fmt(x)} × {_fmt(z)} mm" if body.kind == "cylinder"
            else f"{_fmt(x)} × {_fmt(y)} × {_fmt(z)} mm")
    count = f"{len(body.centres)} × " if len(body.centres) > 1 else ""
    return f"{count}{body.noun} {size}" + (f", {body.said}" if body.said else "")


# "a second step 20 mm in diameter and 30 mm long", "the next section 14 mm diameter, 25 mm long"
_SECTION = re.compile(NUM + r"\s*mm\s*(?:in\s+)?diameter\s*(?:,\s*|and\s*|by\s*|x\s*)?" + NUM + r"\s*mm\s*(?:long|in length|length)\b", re.I)
_CONTINUES = re.compile(r"\b(?:continue[sd]?|second step|third step|fourth step|next (?:step|section|diameter)|another step|"
                        r"(?:a|the) (?:second|third|fourth|smaller|further) (?:step|section|diameter)|then a step)\b", re.I)


def shaft_steps(text: str) -> list[tuple[float, float]]:
    """The (diameter, length) of each step a sentence adds to the end of a turned part, in order;
    empty when it does not continue the shaft ('Then continue the shaft from one end with a second
    step 20 mm in diameter and 30 mm long, and after that a third step 12 mm in diameter ...')."""
    if not _CONTINUES.search(text) or re.search(r"\b(?:hole|bore|groove|slot|keyway)\b", text, re.I):
        return []
    return [(float(d), float(h)) for d, h in _SECTION.findall(text)]

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

from . import attach, ops, placement
from .text import NUM, first, numbers

Point = tuple[float, float]

_NOUNS = (r"slab|bars?|block|box|plate|legs?|posts?|pillars?|cylinder|column|sphere|ball|cap|rib|stem|base|upright|"
          r"ring|tube|disc|disk|top|seat|feet|foot|arm|web|knob|head|boss|shaft|rod|lugs?|tabs?|cube|prism|pins|pegs|"
          r"gussets?|hemisphere|dome|hexagonal body|hexagon|hex|cone|knuckle|leaf|pin|peg|flange|ribs?|walls?|spigot|collar|hub|washer|"
          r"uprights|webs?|neck|tongue|stud|standoffs?|pillars")
_MENTION = re.compile(r"(?<![\w.])(an?|one|the|each|four|two|three|five|six|eight|[2-8](?!\s*(?:mm|x)\b)|its|this|that|second|other)\b(?:\s+(?:\d+(?:\.\d+)?\s*(?:mm\s*)?(?:x|by)\s*)+\d+(?:\.\d+)?\s*mm)?(?:,?\s+(?!(?:an?|the|and|with|its)\b)[\w-]+){0,6}?\s+(?<!\bon )(?<!\bof )(?<!\bat )(?<!\bto )(" + _NOUNS + r")\b(?!\s*(?:face|surface|edges?|sides?|ends?)\b)", re.I)
# the words that say a description is of bodies joined into one solid
UNION = re.compile(r"\b(?:fused|fuse|joined|unioned|union|merged|merge|join|one solid|single solid|one body|single body|"
                   r"(?:made|built) (?:of|from) (?:two|three|four|2|3|4)|from (?:two|three|2|3) \w+)\b", re.I)
_VERTICAL = re.compile(r"\b(?:legs?|posts?|pillars?|column|uprights?|stem|feet|foot)\b|\bhang\w*\b|\bstands?\b|\brises?\b|\bvertical\b", re.I)
_ROUND = re.compile(r"\b(?:cylinder|column|disc|disk|rod|shaft|ring|tube|round|cylindrical|knob|boss|knuckle|pins?|pegs?|"
                    r"flange|spigot|collar|hub|washer|post|posts|pillars?|standoffs?)\b", re.I)
# "Then add a 30 mm ball ...", "Next, attach ...": a body added to the one before
_ADDS = re.compile(r"^\s*(?:\d+[.)]\s*)?(?:(?:first|then|next|finally|and)\s*,?\s*)*(?:add|put|attach|place|stack|join|weld)\b", re.I)
_HEMI = re.compile(r"\b(?:hemisphere|hemispherical|dome|half[- ]sphere)\b", re.I)
_HEX = re.compile(r"\bhex(?:agon|agonal)?\b", re.I)
# "from X = 0 to X = 40", "(Y = 34 to 40)", "X 0 to 30": the body's span along one axis, in the part's coordinates
_RANGE = re.compile(r"\b([XYZ])\s*=?\s*([+-]?\d+(?:\.\d+)?)\s*(?:mm\s*)?(?:to|-|–|and)\s*(?:[XYZ]\s*=\s*)?([+-]?\d+(?:\.\d+)?)(?!\s*(?:mm\s*)?(?:x|by)\b)")
# "axis parallel to X at Y = 30, Z = 5", "along the X axis", "lying along X": a round body lying down
_AXIS = re.compile(r"\b(?:along|parallel to|lying along|running along|on|in)\s+(?:the\s+)?([XY])(?:[- ]axis|\b(?!\s*=))", re.I)


@dataclass
class Body:
    """One body: a box (size X, Y, Z), a cylinder (d, d, h) standing on Z, a sphere, placed in the part."""

    kind: str  # box | cylinder | sphere | hemisphere (flat side down) | hex (across flats in Y)
    size: tuple[float, float, float]
    noun: str
    text: str
    bore: float = 0.0
    centres: list[Point] = field(default_factory=lambda: [(0.0, 0.0)])
    z0: float = 0.0
    used: list[float] = field(default_factory=list)
    said: str = ""
    full: set[int] = field(default_factory=set)  # axes (0 X, 1 Y) as long as the body it is placed on
    axis: str = "Z"  # a cylinder lying along X or Y: size is then (length, d, d) or (d, length, d)
    toward: float = 0.0  # a gusset: -1 when its leg on the base runs towards -Y from the upright's face, +1 towards +Y
    unread: list[str] = field(default_factory=list)  # placement words of its clause no rule read (placement.unread_cues)
    miscount: str = ""  # "2 uprights named, 1 placed": its clause counts more (or fewer) of it than were placed

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
    d = _f(NUM + r"\s*mm\s*(?:in\s+)?(?:diameter|dia\b|across|OD\b)", text) or _f(r"\bdiameter\s*(?:of\s*|is\s*)?" + NUM, text)
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
    label = re.match(r"^\s*(?:[-*•]\s*)?([A-Za-z]+)\s*:\s*(.+)$", sentence)
    if label and re.fullmatch(_NOUNS, label.group(1), re.I) and re.search(NUM + r"\s*mm", label.group(2)):
        return [(label.group(1).lower(), label.group(2))]  # "Upright: a plate 80 mm wide ...": the label names the body
    plural = re.search(r"\b(box|bar|block|plate|cylinder|rod|disc|slab)(?:es|s)\b", sentence, re.I)
    if plural:  # "Union of two boxes: the first 30 x 20 x 10 mm ...; the second ...": each ordinal is one of them
        sentence = re.sub(r"\b((?:the|a)\s+(?:first|second|third|fourth|other|last))\s+(?=\d)", rf"\1 {plural.group(1).lower()} ", sentence, flags=re.I)
    # "on top of the column", "the edges of the top": a body named as a reference, not a new body
    marks = [m for m in _MENTION.finditer(sentence)
             if (m.group(1).lower() in ("a", "an", "one", "two", "three", "four", "five", "six", "eight", "2", "3", "4", "5", "6", "8")
                 and re.search(r"\b(?:with|and|(?:pattern|row|array|set|line) of)\s*$", sentence[: m.start()], re.I))
             or not re.search(r"\b(?:of|on|from|to|with|under|beneath|below|above|at|in|into|onto|against|over)\s*$",
                              sentence[: m.start()], re.I)
             or (_ON_SIZED.search(sentence[: m.start()]) and re.match(r"\S+\s+" + NUM + r"\s*(?:mm\s*)?x\s*" + NUM, sentence[m.start():]))]
    out: list[tuple[str, str]] = []
    alone = _LEAD_BODY.search(sentence) if not marks and _SIZED.search(sentence) else None
    if alone:  # "PCB mounting plate 96 x 64, 3 mm thick": one body, named without an article
        return [(alone.group(1).lower(), sentence)]
    prefix = sentence[: marks[0].start()] if marks else ""
    prefix_noun = ""
    lead = _LEAD_BODY.search(prefix) if marks and re.search(NUM + r"\s*mm", prefix) else None
    if lead and re.search(r"\b(?:with|and|plus|(?:pattern|row|array|set|line) of)\s*$|,\s*(?:and\s*|plus\s*)?$", prefix, re.I):
        # "Sensor mount: 40 x 40 x 4 mm plate, and a 12 mm post ...": the sized body before the first article
        out.append((lead.group(1).lower(), prefix))
        prefix = ""
    for k, m in enumerate(marks):
        clause = sentence[m.start(): marks[k + 1].start() if k + 1 < len(marks) else len(sentence)]
        again = out and m.group(1).lower() == "each" and out[-1][0].rstrip("s") == m.group(2).lower().rstrip("s")
        if again:  # "Three ribs evenly spaced ...; each rib 4 thick, 20 tall": the same body, its sizes said next
            out[-1] = (out[-1][0], out[-1][1] + clause)
        elif re.search(NUM + r"\s*mm|\bdiameter\s*" + NUM, clause):
            out.append((prefix_noun or m.group(2).lower(), prefix + clause))
            prefix, prefix_noun = "", ""
        elif out:
            out[-1] = (out[-1][0], out[-1][1] + clause)
        else:
            prefix += clause
            # "Model a post as one solid: a square base block ...": a title before a colon names the whole part
            prefix_noun = "" if ":" in clause else prefix_noun or m.group(2).lower()
    return _shared_sizes(out)


_SIZED = re.compile(NUM + r"\s*(?:mm\s*)?x\s*" + NUM + r"[^.;]*?" + NUM + r"\s*mm\s*thick\b|" + NUM + r"\s*(?:mm\s*)?x\s*" + NUM + r"\s*(?:mm\s*)?x\s*" + NUM, re.I)
# "four Ø8 posts, 20 tall, standing on a 100 x 50 x 5 plate": a body named by its sizes after the one standing on it
_ON_SIZED = re.compile(r"\b(?:standing|sitting|sat|resting|mounted|stands|sits|rests|stand|sit)\s+on\s+(?:top\s+of\s+)?$", re.I)
# "They sit on the long centreline, 20 apart": where the bodies just named go, said in a sentence of its own
_THEY = re.compile(r"^\s*(?:they|these|all of them|the (?:\w+ )?(?:posts|pins|bosses|standoffs|ribs|legs|pillars|studs|pegs))\b", re.I)


# "..., with a 10 mm wide, 5 mm high tongue on top, both 30 mm long": a size said once for the bodies before it
_BOTH = re.compile(r"\b(?:both|all|each)(?: of them)?\s+(" + NUM + r"\s*mm\s+(long|wide|thick|tall|high|deep))\b", re.I)
# the sized body a sentence opens with, before any article: "120 x 30 x 5 mm base plate with ..."
_LEAD_BODY = re.compile(r"\b(slab|block|box|plate|base|bar|disc|disk|flange|strip|sheet)\b(?![^,]*\b(?:slab|block|box|plate|base|bar|disc|disk|flange|strip|sheet)\b)", re.I)


def _shared_sizes(out: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Give a size said for 'both' bodies to each earlier body of the sentence that lacks that size word."""
    for k, (_, clause) in enumerate(out):
        m = _BOTH.search(clause)
        if not m:
            continue
        word = m.group(3).lower()
        for j in range(k):
            noun, other = out[j]
            if not re.search(NUM + rf"\s*mm\s+{word}\b", other, re.I):
                out[j] = (noun, other.rstrip(" ,") + f", {m.group(1)}")
    return out


def read_body(noun: str, text: str) -> Body | None:
    """A body's kind and size from its clause; None when its sizes are not all there.
    A result said after it ('..., so the part is 60 mm tall') is not one of its sizes."""
    whole = text
    text = re.split(r",?\s+so\s+(?:that\s+)?(?:the|it)\b|,?\s+(?:making|giving) the\b", text, maxsplit=1)[0]
    # "evenly spaced along the 90 length": where the bodies go along the base, not a size of their own
    text = re.sub(r"\b(?:spaced|placed|set|arranged)\s+along\s+(?:the|its)\s+" + NUM + r"\s*mm\s*(?:length|width)\b", "spaced", text, flags=re.I)
    if re.search(r"\b(?:gusset|web|rib)\b", noun) and re.search(r"\btriang", text, re.I):
        # "a right-triangular web 6 mm thick ...; its legs run 30 mm along the top of the base and 30 mm up the upright"
        t = _size(text, "thick", "thickness")
        a = _f(NUM + r"\s*mm\s*(?:along|across|out)", text)
        b = _f(NUM + r"\s*mm\s*(?:up|high|tall)\b", text)
        if t and a and b:
            return Body("gusset", (t, a, b), noun, whole, used=[t, a, b])
        return None
    if _HEMI.search(noun) or (re.search(r"\b(?:cap|head|top)\b", noun) and _HEMI.search(text)):
        d = _diameter(text)
        return Body("hemisphere", (d, d, d / 2), noun, whole, used=[d]) if d else None
    if re.search(r"\b(?:sphere|ball)\b", noun):
        d = _diameter(text)
        return Body("sphere", (d, d, d), noun, whole, used=[d]) if d else None
    if _HEX.search(noun) or _HEX.search(text[:40]):
        af = _f(NUM + r"\s*mm\s*(?:across(?: the)? flats|A/F|AF)\b", text) or _f(r"\bacross(?: the)? flats\s*(?:of\s*)?" + NUM, text)
        h = _size(text, "tall", "high", "height", "thick", "thickness", "long")
        if af and h:
            return Body("hex", (af * 2 / 3 ** 0.5, af, h), noun, whole, used=[af, h])
    outer = _f(r"outer diameter\s*(?:of\s*)?" + NUM, text) or _f(NUM + r"\s*mm\s*(?:outside|outer) diameter", text)
    inner = _f(r"inner diameter\s*(?:of\s*)?" + NUM, text) or _f(NUM + r"\s*mm\s*(?:inside|inner) diameter", text) or _f(r"\bbore\s*(?:of\s*)?" + NUM, text)
    if re.search(r"\b(?:OD|ID)\b", text):  # "a tube 30 OD and 20 ID": the workshop's spelling of both
        od, idia = attach.diameters(text)
        outer, inner = outer or (od if re.search(r"\bOD\b", text) else None), inner or idia or None
    d = outer or _diameter(text)
    if d and (_ROUND.search(noun) or _ROUND.search(text[:40])):
        h = _size(text, "tall", "high", "long", "height", "length", "thick", "thickness") or _f(
            r"\bdiameter\s*\d+(?:\.\d+)?\s*(?:mm\s*)?x\s*" + NUM + r"(?!\s*(?:mm\s*)?x)", text)  # "a Ø25 x 30 cylinder"
        lying = _AXIS.search(text)
        if not h and lying:  # "a rod along the X axis from X = 0 to X = 40": its length is its span
            spans = [abs(float(b) - float(a)) for n, a, b in _RANGE.findall(text) if n.upper() == lying.group(1).upper()]
            h = spans[0] if spans else None
        if not h:
            return None
        used = [d, h] + ([inner] if inner else [])
        if lying and not _VERTICAL.search(text):  # "a rod along the X axis", "its axis parallel to X"
            axis = lying.group(1).upper()
            size = (h, d, d) if axis == "X" else (d, h, d)
            return Body("cylinder", size, noun, whole, bore=inner or 0.0, used=used, axis=axis)
        return Body("cylinder", (d, d, h), noun, whole, bore=inner or 0.0, used=used)
    mm_ax = r"\s*(?:mm)?\s*(?:\(\s*[XYZ]\s*\))?\s*(?:x|by)\s*"  # "80 mm (X) x 40 mm (Y) x 6 mm"
    grid = re.search(NUM + mm_ax + NUM + mm_ax + NUM + r"\s*mm", text) or re.search(
        NUM + r"\s*(?:mm)?\s*x\s*" + NUM + r"\s*mm(?:\s*x\s*" + NUM + r"\s*mm)?", text) or re.search(
        NUM + r"\s*mm\s*\(X\)\s*(?:by|x)\s*" + NUM + r"\s*mm\s*\(Y\)()", text) or re.search(
        r"(?<![\d.])" + NUM + r"\s*x\s*" + NUM + r"(?!\s*(?:mm\s*)?x|\.\d|\d)()(?=[^.;]*?\d\s*mm\s*thick\b)", text)  # "50 x 50 plate, 4 thick"
    cube = _f(NUM + r"\s*mm\s*cube\b", text) or (_f(r"\bcube\b[^.;]{0,12}?" + NUM + r"\s*mm", text) if noun == "cube" else None)
    if cube:
        return Body("box", (cube, cube, cube), noun, whole, used=[cube])
    long_ = _size(text, "long", "length") or _f(NUM + r"\s*mm\s+along (?:the|its) length\b", text)
    wide = _size(text, "wide", "width")
    thick = _size(text, "thick", "thickness")
    deep = _size(text, "deep", "depth")
    tall = _size(text, "tall", "high", "height", "rises", "rising")
    if tall is None:
        tall = _f(r"\b(?:rises|rising|standing)\s*(?:up\s*)?(?:to\s*)?" + NUM + r"\s*mm", text)
    vertical = bool(_VERTICAL.search(noun) or _VERTICAL.search(text))
    if grid and grid.group(3):
        x, y, z = float(grid.group(1)), float(grid.group(2)), float(grid.group(3))
    elif grid:  # "5 mm x 5 mm in section and 40 mm tall", "a square base block 60 mm x 60 mm"
        x, y = float(grid.group(1)), float(grid.group(2))
        z = tall or long_ or thick or 0.0
    elif thick and tall and not long_ and wide and not re.search(r"\b(?:slab|plate|base|top|seat|cap|leaf)\b", noun) and re.search(
            r"\b(?:back|front|rear) (?:edge|side)\b", text, re.I):
        x, y, z = wide, thick, tall  # an upright plate: its width along X, its thickness across
    elif thick and tall and not long_ and not wide and re.search(r"\b(?:full|whole|entire)\s+(?:\d+(?:\.\d+)?\s*mm\s+)?(width|length)\b", text, re.I):
        # "each rib 4 thick, 20 tall above the base, running the full 40 width": as long as the base across it
        across = re.search(r"\b(?:full|whole|entire)\s+(?:\d+(?:\.\d+)?\s*mm\s+)?(width|length)\b", text, re.I)
        x, y, z = (thick, 1.0, tall) if across and across.group(1).lower() == "width" else (1.0, thick, tall)
    elif thick and tall and not vertical and not re.search(r"\b(?:slab|plate|base|top|seat|cap|leaf)\b", noun):
        x, y, z = long_ or (thick if wide else 0.0), wide or thick, tall  # a rib or wall: thin across, standing up
    elif vertical and not re.search(r"\b(?:slab|plate|base|top|seat|cap)\b", noun):
        z = tall or long_ or 0.0
        y = wide or 0.0
        x = thick or deep or (wide if re.search(r"\bsquare\b", text) else 0.0) or 0.0
    elif wide and deep and tall and not long_ and not thick:
        x, y, z = wide, deep, tall  # "a block 40 wide, 30 deep, 40 tall"
    else:
        x, y, z = long_ or 0.0, wide or 0.0, thick or tall or deep or 0.0
    used = [v for v in (x, y, z) if v and v != 1.0]
    full = set()
    if (x, y) == (thick, 1.0) or (x, y) == (1.0, thick):
        full = {1} if y == 1.0 else {0}
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
        named = [b for b in placed if b.noun.rstrip("s") == noun] or [b for b in placed if noun in b.text[:40].lower()]
        if named:
            return named[-1]
    return placed[-1]


def place(body: Body, placed: list[Body], stations: placement.Stations | None = None) -> None:
    """Where the body goes against the one it names (z0, centres), from its clause's words: the shared
    placement grammar first (an edge it stands on, stations on the face), then the readers' own rules."""
    t = body.text
    ref = _reference(body, placed)
    x, y, z = body.size
    if ref is None:
        said0: list[str] = []
        _coordinates(body, None, said0)
        body.said = ", ".join(said0)
        return
    (rx0, rx1), (ry0, ry1) = ref.span(0), ref.span(1)
    cx, cy = (rx0 + rx1) / 2, (ry0 + ry1) / 2
    said = []
    foot = placement.footing(t, body.size, (rx0, rx1, ry0, ry1), placement.count_in(t, body.noun),
                             body.kind != "box", stations) if body.kind in ("box", "cylinder") and body.axis == "Z" else None
    if foot is not None:
        body.size, body.centres = foot.size, foot.centres
        x, y, z = body.size
        said += foot.said
        body.used += [n.value for n in numbers(t) if re.search(rf"(?<![\d.]){re.escape(n.text)}(?![\d.])", " ".join(foot.said))]
    four_in = re.search(r"\b(?:four|4)\b", t, re.I) and re.search(NUM + r"\s*mm\s*in from (?:each|every|all (?:four|4|the)) (?:edges?|sides?)\b", t, re.I)
    if foot is not None:
        pass
    elif re.search(r"\b(?:each|every|the four|all four) corners?\b", t, re.I) or four_in:
        inset = _f(NUM + r"\s*mm\s*in from", t) or 0.0
        body.used.append(inset)
        # "centred 8 mm in from each edge", "centres 10 mm in": the inset is to the body's centre, not its side
        to_centre = bool(re.search(r"\bcent(?:re|er)(?:s|d|ed)?\b[^.;]{0,12}?" + NUM + r"\s*mm\s*in from", t, re.I))
        ax = (rx1 - rx0) / 2 - inset - (0.0 if to_centre else x / 2)
        ay = (ry1 - ry0) / 2 - inset - (0.0 if to_centre else y / 2)
        body.centres = [(cx - ax, cy - ay), (cx + ax, cy - ay), (cx + ax, cy + ay), (cx - ax, cy + ay)]
        said.append("one at each corner" + (f", {_fmt(inset)} mm in" if inset else ", flush with the edges"))
    else:
        px: float | None = cx
        if re.search(r"\b(?:two|2|both|pair of)\b[^.;]*\b(?:on|at) (?:its|the|each|both) (?:two )?(?:short |long |opposite )?ends\b", t, re.I):
            body.centres = [(rx0 + x / 2, cy), (rx1 - x / 2, cy)]  # "two uprights on its short ends"
            said.append("one at each end")
            px = None
        elif re.search(r"\b(?:at|on) (?:one|the right|the far) end\b|\bflush with (?:its|the) right end\b|\bright end\b", t, re.I):
            px = rx1 - x / 2
            said.append("at one end")
        elif re.search(r"\bleft end\b|\bother end\b", t, re.I):
            px = rx0 + x / 2
            said.append("at the left end")
        if px is not None:
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
    elif re.search(r"\b(?:from|measured from|above) the (?:underside|bottom)|total height|overall height|(?:tall|high) overall", t, re.I):
        body.z0 = ref.z0
        said.append(f"from the underside of the {ref.noun}")
    elif re.search(r"\bhang\w*|\bunder\b|\bunderside\b|\bbeneath\b|\bbelow\b", t, re.I) or re.search(r"\blegs?\b|\bfeet\b", body.noun):
        body.z0 = ref.z0 - z
        said.append(f"under the {ref.noun}")
    else:
        body.z0 = ref.top
        said.append(f"on top of the {ref.noun}")
    if body.kind == "gusset":
        _gusset(body, placed, said)
        return
    if body.axis != "Z" and re.search(r"\bthrough\b|\bcent(?:re|er)\b", t, re.I) and not re.search(r"\bon top\b", t, re.I):
        body.z0 = ref.z0 + ref.size[2] / 2 - z / 2  # a rod through the middle of a block, on its mid height
        said[-1:] = [f"through the middle of the {ref.noun}"]
    _coordinates(body, ref, said)
    body.said = ", ".join(said)
    default = (f"on top of the {ref.noun}", f"under the {ref.noun}", f"from the underside of the {ref.noun}")
    body.unread = placement.unread_cues(t, foot is not None or any(w not in default for w in said))
    n = placement.count_in(t, body.noun)
    if n and n > 1 and len(body.centres) != n:  # "two uprights ..." and one placed: not the part asked for
        body.miscount = f"{n} {body.noun} named, {len(body.centres)} placed"


def _gusset(body: Body, placed: list[Body], said: list[str]) -> None:
    """A triangular web in the inside corner of a base and the upright standing on it, its legs along both."""
    boxes = [b for b in placed if b.kind == "box"]
    if len(boxes) < 2:
        return
    base = min(boxes, key=lambda b: b.size[2])
    up = max(boxes, key=lambda b: b.size[2])
    (uy0, uy1), (by0, by1) = up.span(1), base.span(1)
    back = (uy0 + uy1) / 2 > (by0 + by1) / 2
    face = uy0 if back else uy1
    body.toward = -1.0 if back else 1.0
    xc = (base.span(0)[0] + base.span(0)[1]) / 2
    span = [(float(a), float(b)) for n, a, b in _RANGE.findall(body.text) if n.upper() == "X"]
    if span:
        xc = sum(span[0]) / 2
    a = body.size[1]
    body.centres = [(xc, face + body.toward * a / 2)]
    body.z0 = base.top
    said.append(f"in the corner between the {base.noun} and the {up.noun}")


def _value(axis: str, text: str) -> float | None:
    return _f(rf"\b{axis}\s*=\s*([+-]?\d+(?:\.\d+)?)(?!\s*(?:mm\s*)?(?:to|-|–)\s*[+-]?\d)", text)


def _coordinates(body: Body, ref: Body | None, said: list[str]) -> None:
    """Spans and points given in the part's own coordinates ('from X = 30 to X = 40', 'at Y = 30, Z = 5',
    'corner at the origin') override the placement against another body."""
    t = re.split(r"\b(?:holes?|bored|drill\w*)\b", body.text, maxsplit=1, flags=re.I)[0]
    size = list(body.size)
    centre = list(body.centres[0]) if len(body.centres) == 1 else None
    got = False
    if ref is None and re.search(r"\bcorner (?:is )?at the origin\b", t, re.I) and centre is not None:
        centre = [size[0] / 2, size[1] / 2]
        body.z0, got = 0.0, True
    for name, a, b in _RANGE.findall(t):
        lo, hi = sorted((float(a), float(b)))
        k = "XYZ".index(name.upper())
        if k == 2:
            body.z0 = lo
            if body.kind == "box" and abs(size[2] - (hi - lo)) > 1e-6 and hi - lo > 0:
                size[2] = hi - lo
        elif centre is not None:
            centre[k] = (lo + hi) / 2
            if body.kind == "box" and hi > lo and abs(size[k] - (hi - lo)) > 1e-6:
                other = 1 - k
                if abs(size[other] - (hi - lo)) < 1e-6:  # the sizes were read the other way round in the plan
                    size[other] = size[k]
                size[k] = hi - lo
        got = True
    round_lying = body.axis != "Z" or body.kind == "sphere"
    for k, name in enumerate("XY"):
        v = _value(name, t)
        if (v is not None and centre is not None and not any(n.upper() == name for n, _, _ in _RANGE.findall(t))
                and (body.kind != "box" or round_lying)):
            centre[k] = v
            got = True
    z = _value("Z", t)
    if z is not None and (body.axis != "Z" or body.kind == "sphere"):
        body.z0 = z - size[2] / 2
        got = True
    elif body.kind == "sphere" and ref is not None and ref.axis != "Z" and not re.search(r"\btop\b", t, re.I):
        body.z0 = ref.z0 + ref.size[2] / 2 - size[2] / 2  # a ball on the end of a rod lying down: on its axis
        got = True
    if got and centre is not None:
        body.size = (size[0], size[1], size[2])
        body.centres = [(centre[0], centre[1])]
        said[:] = [w for w in said if w.startswith("one at")] + ["at the coordinates given"]


# "a 6 mm thick web ... running along its length", "a block on top at one end", "two uprights on its ends",
# "a post 30 tall standing on it": a second body said where it stands on the first, in the first one's sentence
_STANDS = re.compile(r"\b(?:standing|stands|sits|sitting|rising|rises|sticking up)\s+(?:up\s+)?(?:on|from)\b|\bon top\b|"
                     r"\bon (?:it|its|each|both)\b(?: (?:short |long |two |far )?(?:ends?|top))?|"
                     r"\brunning along (?:its|the) (?:whole |full |entire )?length\b|\b(?:tall|high) above the (?:base|plate|disc|top)\b", re.I)


_FEATURE = re.compile(r"\b(?:holes?|bores?|drill\w*|slots?|pockets?|grooves?|fillet\w*|chamfer\w*)\b", re.I)
# where the features of a sentence that first names its bodies begin: ", and a Ø12 hole ...", ", then a Ø10 hole ..."
_FEATURES_FROM = re.compile(r",?\s+(?:and|then|plus|with)\s+(?:then\s+)?(?:an?|one|two|three|four|\d+)\s+(?:[\w.-]+\s+){0,4}?"
                            r"(?:holes?|bores?|slots?|pockets?|grooves?)\b", re.I)


def bodies_part(sentence: str) -> str:
    """The words of a sentence before its features ('Block 40x40x15, a Ø25 x 30 cylinder standing centred on top of
    it, then a Ø10 hole ...' -> the block and the cylinder); the whole sentence when no feature follows its bodies."""
    m = _FEATURES_FROM.search(sentence)
    return sentence[: m.start()] if m and not _FEATURE.search(sentence[: m.start()]) else sentence


def _stands_on(sentence: str) -> bool:
    """A sentence naming two sized bodies, the later one placed on the earlier: they are one part (the
    features named after them are steps on that part)."""
    sentence = bodies_part(sentence)
    if _FEATURE.search(sentence):
        return False  # "a cube with a peg standing on it and a 5 mm hole through both": the step rules read it whole
    found = clauses(sentence)
    # "a 70 x 30 x 10 base, and sitting on it in the middle a block ...": the words may come before the body they place
    first_size = re.search(NUM + r"\s*mm", found[0][1]) if found else None
    lead = found[0][1][first_size.end():] if first_size else ""
    return len(found) >= 2 and any(_STANDS.search(c) for c in [lead] + [c for _, c in found[1:]]) and sum(
        1 for n, c in found if (b := read_body(n, c)) is not None and all(b.size)) >= 2


def _stands_on_earlier(sentences: list[str]) -> bool:
    """'PCB mounting plate 96 x 64, 3 mm thick. 4 standoff bosses on top at the corners, Ø7 x 6 high': a sized body
    said to stand on the one an earlier sentence sized (not an order to add it, which read_added reads)."""
    sized = False
    for t in sentences:
        part = bodies_part(t)
        named = clauses(part) if not _FEATURE.search(part) else []
        whole = [b for n, c in named if (b := read_body(n, c)) is not None and all(b.size)]
        if sized and whole and not _ADDS.match(t) and _STANDS.search(named[0][1]):
            return True
        sized = sized or bool(whole)
    return False


def _base_first(found: list[tuple[int, Body]]) -> None:
    """'four Ø8 posts, 20 tall, standing on a 100 x 50 x 5 plate': the body stood on is the base, built first."""
    for k in range(len(found) - 1):
        (i, a), (j, b) = found[k], found[k + 1]
        if i == j and _ON_SIZED.search(a.text):
            found[k], found[k + 1] = (j, b), (i, a)


def read_bodies(sentences: list[str], stations: placement.Stations | None = None) -> list[tuple[int, Body]] | None:
    """The bodies of a union description, each with the index of its sentence, placed; None when
    fewer than two bodies are given with all their sizes. A clause with a size but no whole body
    ('so the table stands 45 mm tall') is context for the body before it."""
    said_union = bool(UNION.search(" ".join(sentences))) or any(_stands_on(t) for t in sentences) or _stands_on_earlier(sentences)
    if not said_union and not any(_ADDS.match(t) for t in sentences):
        return None
    found: list[tuple[int, Body]] = []
    pending: tuple[str, str] | None = None  # a body named without all its sizes: 'a rod along X ...; the rod is 80 mm long'
    for i, sentence in enumerate(sentences):
        named = clauses(bodies_part(sentence) if _stands_on(sentence) else sentence)
        if not named and found and _THEY.match(sentence) and placement.CUES.search(sentence):
            _base_first(found)
            many = [b for _, b in found if (placement.count_in(b.text, b.noun) or 1) > 1]
            (many or [found[-1][1]])[-1].text += ". " + sentence  # "they sit on the long centreline, 20 apart": placed with them
            continue
        for noun, clause in named:
            body = read_body(noun, clause)
            if (body is None or not all(body.size)) and pending and pending[0] == noun:
                body = read_body(noun, pending[1] + " " + clause)
            if body is not None and all(body.size):
                found.append((i, body))
                pending = None
            else:
                if body is None or not any(body.size):
                    pending = (noun, clause) if pending is None or pending[0] != noun else pending
                if found and found[-1][0] == i:
                    found[-1][1].text += " " + clause
    _base_first(found)
    if len(found) < 2:
        return None
    if not said_union and not any(b.axis != "Z" for _, b in found):
        return None  # 'then add a boss on the top face': a step on the part, read as one (read_added)
    for k, (_, body) in enumerate(found):
        place(body, [b for _, b in found[:k]], stations)
    low = min(b.z0 for _, b in found)
    for _, b in found:
        b.z0 -= low
    return found


_HOLE_D = re.compile(NUM + r"\s*mm\s*(?:diameter\s*|dia\.?\s*)?(?:[\w-]+\s+)?(?:hole|bore)\b|\b(?:hole|bore)\s*(?:of\s*)?" + NUM + r"\s*mm"
                     r"|\b(?:hole|bore)\s*\(\s*" + NUM + r"\s*(?:mm)?\s*\)", re.I)  # "an M3 clearance hole (3.4)"


def body_hole(text: str, found: list[Body]) -> tuple[ops.Holes, str] | None:
    """A hole drilled into one named body of the part, on that body's axis: 'a 3 mm pin hole along the knuckle
    axis', 'a 5 mm blind hole, 12 mm deep, drilled up into the end of the stem'; None for any other hole."""
    m = _HOLE_D.search(text)
    if not m:
        return None
    d = next(float(g) for g in m.groups() if g is not None)
    each = _plate_hole(text, d, found) or _each_body_hole(text, d, found) or _across_body(text, d, found)
    if each:
        return each
    named = [b for b in found if re.search(rf"\b{re.escape(b.noun.rstrip('s'))}s?\b", text, re.I) and b.kind in ("cylinder", "hex")]
    lying = [b for b in found if b.axis != "Z"]
    along = re.search(r"\b(?:along|on|through)\s+(?:the\s+|its\s+)?(?:[\w-]+\s+)?axis\b|\bright through\b", text, re.I)
    target = named[-1] if named else (lying[-1] if len(lying) == 1 and along else None)
    if target is None:
        return _plate_hole(text, d, found)
    c = target.centres[0]
    if target.axis != "Z" and along:
        u = c[1] if target.axis == "X" else c[0]
        return ops.Holes(d, [(u, target.z0 + target.size[2] / 2)], axis=target.axis, face="side",
                         side_z=target.z0 + target.size[2] / 2, what="hole"), f"Ø{_fmt(d)} mm hole along the {target.noun} axis"
    depth = _f(NUM + r"\s*mm\s*deep", text)
    if target.axis == "Z" and target.z0 <= 1e-9 and re.search(r"\b(?:up into|into the (?:free )?end|from (?:below|the bottom|underneath)|into the (?:bottom|underside))\b", text, re.I):
        return ops.Holes(d, [c], depth=depth, face="bottom", what="hole"), (
            f"Ø{_fmt(d)} mm hole up into the {target.noun}" + (f", {_fmt(depth)} mm deep" if depth else ""))
    return None


# "a 4 mm hole at each arm end", "near each of the four arm ends", "through each leg 6 mm from each end": a hole near
# both ends of every bar of the part (or of the bars named)
_ARM_ENDS = re.compile(r"\b(?:at|near|in|through|on)\s+(?:each|every|all|both)\s+(?:of\s+)?(?:the\s+|its\s+)?(?:(?:four|4|two|2|six|6)\s+)?"
                       r"(?:arm|bar|leg|spoke)\s*ends?\b|\b(?:each|both|every) end of (?:each|both|every|the) (?:arms?|bars?|legs?)\b|"
                       r"\bthrough each (?:leg|bar|arm)\b[^.;]*\bfrom each end\b", re.I)
_END_OFFSET = re.compile(NUM + r"\s*mm\s*(?:in\s*)?from (?:the|each|its|their|either) (?:\w+ )?ends?\b", re.I)


def end_holes(text: str, found: list[Body]) -> tuple[ops.Holes, str, str, str] | None:
    """Holes near each end of each bar of a fused part ('a 4 mm hole at each arm end, 6 mm from the end' on a cross
    of two bars is four holes); with the words read and the rest of the sentence (another hole it names) to read on its own."""
    pieces = re.split(r",\s*(?:and|plus)\s+|;\s*|\s+and\s+(?=an?\s+\d|\d)", text)
    for k, piece in enumerate(pieces):
        if not _ARM_ENDS.search(piece):
            continue
        m = _HOLE_D.search(piece)
        off = _END_OFFSET.search(piece)
        if not m or not off:
            return None
        d, inset = next(float(g) for g in m.groups() if g is not None), float(off.group(1))
        named = [b for b in found if b.kind == "box" and re.search(rf"\b{re.escape(b.noun.rstrip('s'))}s?\b", piece, re.I)]
        bars = [b for b in (named or found) if b.kind == "box" and b.axis == "Z" and abs(b.size[0] - b.size[1]) > 1e-9]
        pts: list[Point] = []
        for b in bars:
            k_long = 0 if b.size[0] > b.size[1] else 1
            for c in b.centres:
                for s in (-1.0, 1.0):
                    p = list(c)
                    p[k_long] += s * (b.size[k_long] / 2 - inset)
                    if not any(abs(p[0] - q[0]) < 1e-6 and abs(p[1] - q[1]) < 1e-6 for q in pts):
                        pts.append((p[0], p[1]))
        if len(pts) < 2 or inset <= d / 2:
            return None
        rest = ", ".join(pieces[:k] + pieces[k + 1:])
        return (ops.Holes(d, pts, what="hole"),
                f"{len(pts)} × Ø{_fmt(d)} mm through holes, one {_fmt(inset)} mm from each end of each {bars[0].noun.rstrip('s')}",
                piece, rest)
    return None


def _each_body_hole(text: str, d: float, found: list[Body]) -> tuple[ops.Holes, str] | None:
    """A hole down each standing body of several ('Every standoff has a 3.4 hole going down through the standoff
    and the plate', 'each with a 2.5 hole 8 deep from its top'): on each one's axis, through or blind from its top."""
    for b in reversed(found[1:]):
        stem = re.escape(b.noun.rstrip("s"))
        if b.axis != "Z" or b.kind not in ("cylinder", "box") or (b.kind == "box" and b.size[2] > 2 * min(b.size[0], b.size[1])):
            continue  # an upright plate is drilled across (_plate_hole), not down
        if not re.search(rf"\b(?:each|every|all|both|the (?:two|three|four|six)) (?:of the )?(?:[\w-]+ )?{stem}s?\b|\b{stem}s?\b[^.;]*\beach\b"
                         rf"|^\s*(?:and\s+)?each (?:with|has|gets|carries)\b", text, re.I):
            continue
        if len(b.centres) < 2 and not re.search(rf"\beach (?:of the )?{stem}", text, re.I):
            continue
        depth = _f(NUM + r"\s*mm\s*deep", text)
        pts = list(b.centres)
        how = f", {_fmt(depth)} mm deep from its top" if depth else " through it and the part below"
        return (ops.Holes(d, pts, depth=depth, start_z=b.top if depth else None, what="hole"),
                f"{len(pts)} × Ø{_fmt(d)} mm hole{'s' if len(pts) > 1 else ''} down each {b.noun.rstrip('s')}{how}")
    return None


# "horizontally", "across the 30 width", "through the 30 direction", "front to back": a hole lying down
_ACROSS = re.compile(r"\b(?:across|through|along)\s+(?:the\s+|its\s+)?" + NUM + r"\s*(?:mm\s*)?(?:width|depth|thickness|length|direction|way|dimension)\b"
                     r"|\b(horizontally|sideways|front to back|side to side)\b", re.I)
_MID = re.compile(r"\bcent(?:re|er)d?\s+(?:in|on)\s+(?:the\s+|its\s+)?(?:[\w']+\s+)?height\b|\bat (?:its |the )?mid-?height\b|\bhalf ?way up\b", re.I)


def _across_body(text: str, d: float, found: list[Body]) -> tuple[ops.Holes, str] | None:
    """A hole lying down through one named body ('a Ø12 hole through the block horizontally (across the 30 width,
    centred in the block's height)', '20 mm bore through the 30 direction, centre 30 mm up from the bottom of the
    base'): its axis across the size named, through the body's plan centre, at the height said."""
    way = _ACROSS.search(text)
    if not way or len(found) < 2:
        return None
    named = [b for b in found[1:] if b.kind == "box" and re.search(rf"\bthrough (?:the |each |both )?(?:\w+ )?{re.escape(b.noun.rstrip('s'))}s?\b", text, re.I)]
    body = named[-1] if named else (found[1] if len(found) == 2 and found[1].kind == "box" else None)
    if body is None:
        return None
    up = _UP.search(text)
    z = float(up.group(1)) if up else (body.z0 + body.size[2] / 2 if _MID.search(text) else None)
    if z is None or not body.z0 < z < body.top:
        return None
    xs = [v for b in found for v in b.span(0)]
    ys = [v for b in found for v in b.span(1)]
    whole = (max(xs) - min(xs), max(ys) - min(ys))
    if way.group(1):
        size = float(way.group(1))
        axes = [k for k in (0, 1) if abs(body.size[k] - size) < 1e-6] or [k for k in (0, 1) if abs(whole[k] - size) < 1e-6]
        if len(axes) == 2:
            axes = [k for k in axes if abs(whole[k] - size) < 1e-6] or axes
        if not axes:
            return None
        k = axes[0]
    elif re.search(r"front to back", way.group(0), re.I):
        k = 1
    elif re.search(r"side to side", way.group(0), re.I):
        k = 0
    else:
        k = 0 if body.size[0] < body.size[1] else 1  # "horizontally": through its short way
    axis = "XY"[k]
    c = body.centres[0]
    u = c[1] if axis == "X" else c[0]
    return (ops.Holes(d, [(u, z)], axis=axis, face="side", side_z=z, what="hole"),
            f"Ø{_fmt(d)} mm hole through the {body.noun} along {axis}, {_fmt(z)} mm up")


# "25 up from the underside", "20 mm above the base": the height of a sideways hole's axis
_UP = re.compile(NUM + r"\s*(?:mm\s*)?(?:up from|above) the (?:underside|bottom|base|floor)\b", re.I)


def _plate_hole(text: str, d: float, found: list[Body]) -> tuple[ops.Holes, str] | None:
    """A hole through upright plates named in the sentence ('Both uprights get an 8 mm hole on a common axis,
    25 up from the underside, centred in the width'): across each plate's thickness, at the height said."""
    named = [b for b in found if b.kind == "box" and re.search(rf"\b{re.escape(b.noun.rstrip('s'))}s?\b", text, re.I)
             and b.size[2] > 2 * min(b.size[0], b.size[1])]
    up = _UP.search(text)
    if not named or not up or not re.search(r"\bcent(?:re|er)d?\b|\bmiddle\b|\bmid-?(?:width|way)\b", text, re.I):
        return None
    body = named[-1]
    z = float(up.group(1))
    if not body.z0 < z < body.top:
        return None
    axis = "X" if body.size[0] < body.size[1] else "Y"
    u = body.centres[0][1] if axis == "X" else body.centres[0][0]
    return (ops.Holes(d, [(u, z)], axis=axis, face="side", side_z=z, what="hole"),
            f"Ø{_fmt(d)} mm hole across the {body.noun}, {_fmt(z)} mm up")


def operations(body: Body, first: bool) -> list[ops.Operation]:
    """The body as operations: the first body is the part's base, each other one is added to it."""
    x, y, z = body.size
    what = re.sub(r"\W+", "_", body.noun.rstrip("s")) or "body"
    made: list[ops.Operation] = []
    bores: list[ops.Operation] = []
    for c in body.centres:
        shape: ops.Box | ops.Cylinder | ops.Sphere | ops.Prism
        if body.kind == "sphere":
            shape = ops.Sphere(x, z0=body.z0, centre=c, placed=True)
        elif body.kind == "hemisphere":
            shape = ops.Sphere(x, flat_below=0.0, z0=body.z0, centre=c, placed=True)
        elif body.kind == "gusset":
            t, a, h = body.size
            face = c[1] - body.toward * a / 2  # the upright's face, in Y
            tri = ops.Loop(start=(face, body.z0), segments=[(None, (face + body.toward * a, body.z0)), (None, (face, body.z0 + h)),
                                                               (None, (face, body.z0))])
            # the YZ plane (sketch X along world Y, sketch Y up), extruded along +X through the web's thickness
            made.append(ops.SketchSolid([tri], euler=(-90.0, 0.0, -90.0), translation=(c[0] - t / 2, 0.0, 0.0), towards=t,
                                        mode="join", number=len(made) + 2))
            continue
        elif body.kind == "hex":
            shape = ops.Prism(y, z, z0=body.z0, what=what)
        elif body.kind == "cylinder" and body.axis != "Z":
            d, length = y if body.axis == "X" else x, x if body.axis == "X" else y
            shape = ops.Cylinder(d, length, z0=body.z0, centre=c, axis=body.axis, axis_height=body.z0 + d / 2, what=what)
            if body.bore:
                bores.append(ops.Holes(body.bore, [(c[1] if body.axis == "X" else c[0], body.z0 + d / 2)], axis=body.axis,
                                       face="side", side_z=body.z0 + d / 2, what="bore"))
        elif body.kind == "cylinder":
            shape = ops.Cylinder(x, z, bore=body.bore if first else 0.0, z0=body.z0, centre=c, what=what)
            if body.bore and not first:  # a tube added to the part: its bore is cut after it is joined
                bores.append(ops.Holes(body.bore, [c], depth=z, start_z=body.z0 + z, what="bore"))
        else:
            shape = ops.Box(x, y, z, z0=body.z0, centre=c, what=what)
        made.append(shape if first and len(body.centres) == 1 else ops.Boss(shape, what))
        first = False
    return made + bores


def summary(body: Body) -> str:
    x, y, z = body.size
    if body.kind == "gusset":
        return f"triangular {body.noun}, legs {_fmt(y)} × {_fmt(z)} mm, {_fmt(x)} mm thick" + (f", {body.said}" if body.said else "")
    if body.axis != "Z":
        x, z = z, (x if body.axis == "X" else y)  # Ø and length of a rod lying down
    size = (f"Ø{_fmt(x)} mm" if body.kind in ("sphere", "hemisphere") else f"{_fmt(y)} mm across flats × {_fmt(z)} mm"
            if body.kind == "hex" else f"Ø{_fmt(x)} × {_fmt(z)} mm" if body.kind == "cylinder"
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

"""CAD users' verbs and shorthand in the reader's words: one spelling per operation.

SolidWorks, Fusion 360, FreeCAD and Onshape users name the same operation differently
("pad it 10 mm", "Extrude Boss/Base 12 mm", "extrude-cut", "Hole Wizard: ...", "R5",
"through all"). The rules in read.py know one spelling of each verb; this module rewrites
the others into it, so a rule written for "extrude" also reads "pad", and a sketch given by
two corners ("rectangle from (0,0) to (150,100)") reads as its size with the corner origin.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .text import NUM

_PT = r"\(\s*(-?\d+(?:\.\d+)?)\s*(?:mm)?\s*,\s*(-?\d+(?:\.\d+)?)\s*(?:mm)?\s*\)"

# (pattern, replacement): applied in order, case-insensitive
_RULES: list[tuple[re.Pattern[str], str | Callable[[re.Match[str]], str]]] = [
    # drawing shorthand "circle D40", "hole D8 through": a diameter (capital D glued to its number)
    (re.compile(r"(?<![\w.])D\s?(\d+(?:\.\d+)?)(?:\s*mm)?\b(?!\s*(?:x|by)\b)(?!\.\d)"), r"\1 mm diameter"),
    # cuts first, so the extrude words below do not read them as bodies
    (re.compile(r"\b(?:extrude[ds]?[- ]cut|extruded cut|cut[- ]extrude[ds]?|cut-?extrusion)\b", re.I), "cut"),
    (re.compile(r"\b(?:extrude(?:d)?\s+)?boss\s*/\s*base\b|\bboss[- ]extrude\b", re.I), "extrude"),
    # FreeCAD / Fusion "pad": a verb when an object or a size follows ("pad it 10 mm", "Pad a 70 x 40 rectangle 20 mm")
    (re.compile(r"(?:^\s*|(?<=\band )|(?<=\bthen )|(?<=, )|(?<=; )|(?<=\bnext )|(?<=\bfirst ))pad(?:ded)?\b(?=\s+(?:it|them|the|this|that|a|an|by|to|up|\d))"
                r"|^\s*pad\b(?!\s*:)", re.I), "extrude"),
    # "Hole Wizard: four 6.6 mm holes", "Hole: 8 mm diameter ...", "Holes: 4 x 8 mm through"
    (re.compile(r"^\s*(?:(?:use\s+(?:the\s+)?)?hole\s*wizard\s*[:,-]?|holes?\s*:)\s*", re.I), "drill "),
    (re.compile(r"^\s*hole\s+pattern\s*:\s*", re.I), "drill "),
    (re.compile(r"^(drill\s+)(\d+)\s*x\s*" + NUM + r"\s*mm\b(?!\s*(?:x|by)\b)(?!\s*(?:diameter\s*|dia\s*)?(?:through\s*)?holes?\b)", re.I), r"\1\2 \3 mm holes"),
    # "4 x 6.5 mm holes": a count, not a size group
    (re.compile(r"\b(\d+)\s*x\s*" + NUM + r"\s*mm\s+(?=(?:diameter\s+|dia\s+)?(?:through\s+|clearance\s+|blind\s+)?holes?\b)", re.I), r"\1 \2 mm "),
    # "at a distance of 20 mm from the left side": a distance from an edge
    (re.compile(r"\b(?:at\s+)?a\s+distance\s+of\s+" + NUM + r"\s*mm\s+from\b", re.I), r"\1 mm from"),
    # "pocket a 30 mm diameter hole through all": a hole, whatever the verb
    (re.compile(r"\bpocket\s+(?=(?:an?\s+)?" + NUM + r"\s*mm\s*(?:diameter\s*|dia\s*)?(?:through\s*)?holes?\b)", re.I), "cut "),
    (re.compile(r"\bthrough[- ]all\b", re.I), "through"),
    # a through hole in the words of Spanish, French and German writers: the rules know one spelling
    (re.compile(r"\b(?:un\s+)?agujero\s+pasante\s+de\b|\b(?:un\s+)?trou\s+(?:d[ée]bouchant|traversant)\s+de\b", re.I), "a through hole of"),
    (re.compile(r"\bpor\s+el\s+(?:eje|centro)\b", re.I), "through the centre"),
    # "a 30 mm circle": a circle's one size is its diameter
    (re.compile(r"(?<!radius )(?<!radius of )\b" + NUM + r"\s*mm\s+(?=circles?\b)", re.I), r"\1 mm diameter "),
    (re.compile(r"\bcircle\s+of\s+" + NUM + r"\s*mm\b(?!\s*(?:in\s+)?(?:diameter|dia|radius|across))"
                r"|\bcircle\s+" + NUM + r"\s*mm\b(?=\s*(?:[,.;)]|$|and\b|on\b|at\b|centred\b|centered\b|concentric\b))", re.I),
     lambda m: m.group(0) if re.search(r"\d\s*(?:mm\s*)?(?:in\s+)?(?:diameter|dia|radius)\s*$", m.string[max(0, m.start() - 24): m.start()], re.I)
     else f"circle {m.group(1) or m.group(2)} mm diameter"),
]

# "R5", "with R6", "R 3": a radius (only where an edge is rounded)
_RADIUS = re.compile(r"\bR\s?" + NUM + r"\b(?!\s*mm\s*radius)")
_ROUNDING = re.compile(r"\b(?:fillet\w*|round\w*|radius|corners?|blend)\b", re.I)

# "rectangle from (0,0) to (150,100)", "one corner at the origin and the opposite corner at (120, 80)"
_TWO_CORNERS = re.compile(r"\b(rectangle|square|box)\s+(?:from|between)\s*" + _PT + r"\s*(?:to|and)\s*" + _PT, re.I)
_ORIGIN_CORNER = re.compile(r"\b(rectangle|square)\s+with\s+(?:one|a|its)\s+corner\s+at\s+the\s+origin\s+and\s+(?:the\s+)?"
                            r"(?:opposite|other|diagonally opposite)\s+(?:one|corner)\s+at\s*" + _PT, re.I)


def _fmt(v: float) -> str:
    return f"{round(v, 3):g}"


def _corners(m: re.Match[str]) -> str:
    """A rectangle by two corners: its size, when its origin is a corner or its centre (coordinates stay
    meaningful); any other placement is left as written for the sketch readers."""
    x0, y0, x1, y1 = (float(m.group(i)) for i in range(2, 6))
    size = f"{m.group(1)} {_fmt(abs(x1 - x0))} x {_fmt(abs(y1 - y0))} mm"
    if min(x0, x1) == 0 and min(y0, y1) == 0:
        return size + " with one corner at the origin"
    if x0 == -x1 and y0 == -y1:
        return size + " centred on the origin"
    return m.group(0)


def canonical(text: str) -> str:
    """The step with CAD-package verbs and shorthand rewritten into the reader's words."""
    t = _TWO_CORNERS.sub(_corners, text)
    t = _ORIGIN_CORNER.sub(lambda m: f"{m.group(1)} {_fmt(abs(float(m.group(2))))} x {_fmt(abs(float(m.group(3))))} mm with one corner at the origin", t)
    for pattern, repl in _RULES:
        t = pattern.sub(repl, t)
    if _ROUNDING.search(t) or re.match(r"^\s*(?:then\s+)?(?:fillet|round)", t, re.I):
        t = _RADIUS.sub(lambda m: f"{m.group(1)} mm radius", t)
    return t


_CORNER_ORIGIN = re.compile(r"origin (?:is )?at (?:its|the) (?:bottom|lower)[- ]left|\b(?:one|a) corner at the origin"
                            r"|\b(?:its|the|with (?:its|the))\s+(?:bottom|lower)[- ]left\s+corner\s+(?:is\s+)?(?:at|on)\s+the\s+origin"
                            r"|\brectangle\s+(?:from|between)\s*\(\s*0(?:\.0+)?\s*,\s*0(?:\.0+)?\s*\)", re.I)


def corner_origin(prompt: str) -> bool:
    """Whether sketch coordinates are measured from the part's lower-left corner rather than its centre."""
    return bool(_CORNER_ORIGIN.search(prompt))

"""Hole callouts as drawings and people write them: counterbores, countersinks, blind depths, taps.

Each rule is a named pattern with a producer (Duckling style): it finds a callout in the prompt
("C'BORE Ø11 x 6.5 DP", "⌵ Ø12 x 90°", "counterbored 11 mm diameter 6.5 deep", "M8 TAP 15 DP",
"a 10 mm blind hole 20 deep"), records it on a `HoleCallout`, and blanks its numbers out of the
text the parser reads, so "6.5 DP" is never taken for the part's depth.  The families that cut
holes (plate, block, flange, L bracket) build one `hole_tool` from the callout (`tool_lines`),
so the counterbore or cone is real geometry and each size is a slider.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ...prompt.role_words import NOT_A_DIAMETER
from ...prompt.standards import metric
from ...prompt.tables.metric_fasteners import FINE_TAP_DRILL
from .script import P

if TYPE_CHECKING:  # families.base imports the parser, which imports this module
    from .families.base import Notes
    from .parse import PartSpec

_NUM = r"(\d++(?:[.,]\d++)?+|\.\d++)"  # possessive: "5.5" is never read as "5"; ".500": an inch drawing's leading dot
_DIA = r"(?:[øØ⌀]\s*|dia\.?\s*|diameter\s*)?"
_MM = r"(?:\s*mm)?"
_NOT_ANGLE = r"(?!\s*(?:°|deg))"  # "csk 90°": 90 is the angle, never the countersink's size
_NOT_HOLE = r"(?!\s*(?:mm\s*)?(?:(?:[a-z]+\s+)?(?:holes?|bolt|screw)|deep|dp|from|in\s+from|apart|pitch)\b)"  # "counterbored 9 mm holes": 9 is the hole


@dataclass
class HoleCallout:
    """What the prompt said about how its holes are made (sizes in mm)."""

    counterbore: tuple[float, float | None] | None = None   # (diameter, depth)
    countersink: tuple[float, float] | None = None          # (diameter, included angle)
    depth: float | None = None                              # blind hole depth
    tapped: float | None = None                             # M size
    thread_pitch: float | None = None
    through: bool = False
    count: int | None = None           # "4 PLCS", "6 places"
    diameter: float | None = None      # "Ø6 THRU"
    centre: float | None = None        # "Ø40 THRU CTR" beside other holes
    pcd: float | None = None           # "ON Ø70 PCD"
    counterbore_wanted: bool = False   # "counterbored M6 holes": sizes from the screw (DIN 974-1)
    countersink_wanted: bool = False   # "countersunk M5 holes": sizes from the screw head (ISO 10642)
    spans: list[tuple[int, int]] = field(default_factory=list)  # text the parser must not read
    cross: tuple[float, float | None] | None = None  # a hole across a round part: (diameter, centre from one end)
    cross_middle: bool = False         # "... through the middle": placed, not assumed
    fitted: str | None = None          # a standard counterbore made shallower to fit the part (fit_standard_counterbore)
    spec_angle: float | None = None    # "4.5 thru, 90deg csk to 9": the countersink angle written before "csk"
    centre_tap: tuple[float, float | None] | None = None  # "M8 x 1.25 TAP THRU CENTRE" beside other holes: (M, pitch)

    @property
    def any(self) -> bool:
        return bool(self.counterbore or self.countersink or self.depth or self.tapped
                    or self.counterbore_wanted or self.countersink_wanted or self.cross or self.centre_tap)

    def tap_drill(self) -> float | None:
        """The tap drill of the tapped size: ISO 2306's for a listed fine pitch, else nominal - pitch;
        the table's for the coarse pitch."""
        if self.tapped is None:
            return None
        coarse = COARSE_PITCH.get(self.tapped)
        if self.thread_pitch and coarse and abs(self.thread_pitch - coarse) > 1e-6:
            listed = FINE_TAP_DRILL.get((self.tapped, self.thread_pitch))
            return listed if listed is not None else round(self.tapped - self.thread_pitch, 2)
        return metric(self.tapped).tap_drill


# ISO 261 coarse pitches
COARSE_PITCH = {2.0: 0.4, 2.5: 0.45, 3.0: 0.5, 4.0: 0.7, 5.0: 0.8, 6.0: 1.0, 8.0: 1.25, 10.0: 1.5, 12.0: 1.75,
                14.0: 2.0, 16.0: 2.0, 20.0: 2.5}
# DIN 974-1 counterbores for ISO 4762 socket head cap screws: M -> (diameter, depth)
COUNTERBORE = {3.0: (6.5, 3.4), 4.0: (8.0, 4.4), 5.0: (10.0, 5.4), 6.0: (11.0, 6.4), 8.0: (15.0, 8.6),
               10.0: (18.0, 10.6), 12.0: (20.0, 12.6), 16.0: (26.0, 16.6), 20.0: (33.0, 20.6)}
# ISO 10642 countersunk head diameter dk (max), 90°: M -> countersink diameter
COUNTERSINK = {3.0: 6.72, 4.0: 8.96, 5.0: 11.2, 6.0: 13.44, 8.0: 17.92, 10.0: 22.4, 12.0: 26.88, 16.0: 33.6,
               20.0: 40.32}


def _f(s: str) -> float:
    return float(s.replace(",", "."))


# --- the named patterns -------------------------------------------------------------------

# C'BORE Ø11 x 6.5 DP, CBORE Ø15 x 9 DP, ⌴ Ø11 ↧ 6.5, counterbored Ø11 x 12 deep,
# counterbored 11 mm diameter 6.5 deep, counterbore Ø8 x 5 deep, counterbored 20 mm x 5 deep
_CBORE_AFTER = re.compile(
    r"(?:c'?\s?bore[ds]?|counter[- ]?bore[ds]?|⌴)\s*(?:(?:the|all|both|its|four|\d+)\s+){0,2}(?:(?:bolt|mounting|corner)\s+)?(?:holes?\s+|them\s+)?(?:to\s+|of\s+|at\s+)?" + _DIA + _NUM + _MM + _NOT_HOLE
    + r"(?:\s*(?:mm\s*)?(?:diameter|dia\.?))?\s*(?:x|×|↧|,|and|by)?\s*(?:↧\s*)?(?:" + _NUM + _MM
    + r"\s*(?:dp|deep|depth)?\b)?", re.I)
# 15 mm counterbore 8 deep, a Ø20 counterbore 5 mm deep
_SIZED = r"(?:[øØ⌀]\s*" + _NUM + r"(?:\s*mm)?|" + _NUM + r"\s*mm|(\d++[.,]\d++))"  # a decimal is never a count  # a size, not a count: "Ø20", "15 mm"
_CBORE_BEFORE = re.compile(
    _SIZED + r"\s*(?:dia\.?\s*|diameter\s*)?(?:counter[- ]?bore|c'\s?bore|cbore)\b\s*(?:,\s*)?(?:" + _NUM + _MM
    + r"\s*(?:dp|deep)\b)?", re.I)
_CBORE_SIZES_BEFORE = re.compile(r"[øØ⌀]\s*" + _NUM + r"(?:\s*mm)?\s*(?:dia\.?\s*)?[x×]\s*" + _NUM
                                 + r"(?:\s*mm)?\s*(?:deep|dp)?\s*(?:c'?\s?bore|counter[- ]?bore)\b", re.I)
# CSK Ø12 x 90°, ⌵ Ø11 x 90°, countersunk to 5 mm, countersink Ø10.4
_CSK_AFTER = re.compile(
    r"(?:c'?\s?sink|csk|counter[- ]?sunk|counter[- ]?sink|⌵)\s*(?:(?:the|all|both|its|four|\d+)\s+){0,2}(?:(?:bolt|mounting|corner)\s+)?(?:holes?\s+|them\s+)?(?:to\s+|of\s+|at\s+)?" + _DIA + _NUM + _NOT_ANGLE + _MM + _NOT_HOLE
    + r"(?:\s*(?:x|×|@|at)\s*" + _NUM + r"\s*(?:°|deg(?:rees?)?))?", re.I)
# 10.4 mm countersink, Ø12 countersink
# "Ø8 csk 90°", "12 mm c'sink x 90°": the size before the word, the angle after it
_CSK_BEFORE = re.compile(_SIZED + r"\s*(?:dia\.?\s*|diameter\s*)?(?:counter[- ]?sink|csk|c'?sink)\b"
                         r"(?:\s*(?:x|×|@|at)?\s*" + _NUM + r"\s*(?:°|deg(?:rees?)?))?", re.I)
# M6 x 1.0 TAP, M8 TAP 15 DP, M8 tapped, M10 tapped holes 10 deep, tapped M6, M6 thread
_TAP = re.compile(
    r"\bm\s?" + _NUM + r"(?:(\s*[x×]\s*)" + _NUM + r")?(?:\s*-?\s*6h)?\s*(?:tap(?:ped)?|thread(?:ed)?)\b", re.I)
# "M8 x 1.25 TAP THRU CENTRE", "M10 TAPPED HOLE IN THE MIDDLE" beside other holes: the centre hole is tapped, not the pattern
_TAP_CENTRE = re.compile(
    r"\bm\s?" + _NUM + r"(?:(\s*[x×]\s*)" + _NUM + r")?(?:\s*-?\s*6h)?\s*(?:tap(?:ped)?|thread(?:ed)?)\s*(?:holes?\s*)?"
    r"(?:thru\s*(?:all\s*)?|through\s*)?(?:at\s+|in\s+the\s+|on\s+)?(?:ctr|cent(?:re|er)|middle)\b", re.I)
_TAP_BEFORE = re.compile(r"\b(?:tapped|threaded|tap)\s+m\s?" + _NUM + r"(?:(\s*[x×]\s*)" + _NUM + r")?", re.I)
# a blind depth: "15 DP", "↧ 6.5", "hole(s) ... 20 mm deep", "blind hole 12 deep"
_DEPTH_SHORT = re.compile(r"(?:↧\s*" + _NUM + r"|\b" + _NUM + _MM + r"\s*dp\b)", re.I)
# a decimal point is not the end of a sentence: "tapped holes 1.5 in apart, 0.5 deep"
_NOT_STOP = r"(?:[^;.]|(?<=\d)\.(?=\d))"
_DEPTH_WORDS = re.compile(
    r"\b(?:holes?|tapped|tap|blind|drilled|drill)\b(?:(?!\b(?:and|plate|block|box|cube)\b)(?:[^,;.]|(?<=\d)\.(?=\d)))*?\b" + _NUM + _MM
    + r"\s*(?:deep|depth)\b", re.I)
_DEPTH_BLIND = re.compile(r"\b(?:blind|holes?)\b[^;.]{0,30}?(?<!inner )(?<!inside )(?<!internal )(?<!cavity )\bdepth\s*(?:of\s*|:\s*|=\s*)?" + _NUM, re.I)
_COUNT_X = re.compile(r"\b(\d+)\s*[x×]\s*(?=m\s?\d)", re.I)  # "6x M5 TAP": six of them
# "ON Ø70 PCD", "70 BCD", "PCD 70" (the parser reads "PCD 70" itself); "AT 45°" turns the pattern, not a size
_PCD_BEFORE = re.compile(r"[øØ⌀]\s*" + _NUM + r"(?:\s*mm)?\s*(?:pcd|bcd|p\.c\.d\.?|b\.c\.d\.?)(?:\s+at\s+\d+(?:\.\d+)?\s*°)?", re.I)
_OD_ID = re.compile(r"[øØ⌀]\s*" + _NUM + r"\s*/\s*[øØ⌀]?\s*" + _NUM + r"(?:\s*mm)?(?:\s*[x×]\s*" + _NUM + r"(?:\s*mm)?)?(?=\s*(?:,|$|\s))", re.I)
_HOLE_SIZES = re.compile(r"[øØ⌀]\s*\d")
_PLACES = re.compile(r"\b(\d+)\s*(?:plcs|plc|places|pl)\b\.?", re.I)
# "M6 tapped holes in each corner, 8 deep (not through)": a depth after a comma, when the holes are blind or tapped
_DEPTH_AFTER_COMMA = re.compile(r"\bholes?\b" + _NOT_STOP + r"{0,40}?,\s*" + _NUM + r"\s*(?:mm\s*)?(?:deep|dp)\b", re.I)
# "drill each end on centre 8mm, 25 deep": a drilled hole's depth after a comma (a drilled hole with a depth is blind)
_DRILL_DEPTH = re.compile(r"\bdrill(?:ed|ing)?\b[^;.]{0,40}?,\s*" + _NUM + r"\s*(?:mm\s*)?(?:deep|dp)\b", re.I)
_BLIND_WORDS = re.compile(r"\b(?:blind|tapped|threaded|tap|not through|not thru)\b", re.I)
# "countersunk 90° on one side to 26 dia", "countersunk to 12 mm"
# ... "countersunk one side 90° to 16": the side named before the angle
_CSK_TO = re.compile(r"counter[- ]?(?:sunk|sink)\s*(?:(?:on\s+)?(?:one|both|each|the\s+top|top)\s+sides?\s*,?\s*)?(?:" + _NUM
                     + r"\s*°\s*)?[a-z ]{0,24}?\bto\s*[øØ⌀]?\s*" + _NUM
                     + r"(?:\s*mm)?(?:\s*(?:dia(?:meter)?\.?))?", re.I)
# a stepped hole written as two: "a 20 mm blind hole 10 deep, and a 6 mm hole through from the bottom of it",
# "a 16 mm hole 5 deep and a 6 mm hole right through": the wide blind one is a counterbore of the through one
_HOLE_WORD = r"\s*(?:mm)?\s*(?:dia\.?\s*|diameter\s*)?"
_STEPPED = re.compile(
    r"(?:[øØ⌀]\s*)?" + _NUM + _HOLE_WORD + r"(?:blind\s+)?(?:hole|bore|pocket)\s+" + _NUM + r"\s*(?:mm)?\s*(?:deep|dp)\b"
    r"[^;.]{0,30}?\band\s+(?:an?\s+|one\s+)?(?:[øØ⌀]\s*)?" + _NUM + _HOLE_WORD
    + r"(?:(?:through|thru)\s+(?:hole|bore)|(?:hole|bore)\s+(?:right\s+|straight\s+|all\s+the\s+way\s+)?(?:through|thru))\b",
    re.I)
# "Ø40 THRU CTR", "a Ø40 hole through the centre": the centre hole of a part that has others
_CENTRE = re.compile(r"[øØ⌀]\s*" + _NUM + r"(?:\s*mm)?\s*(?:thru|through)?\s*(?:ctr|cent(?:re|er)|in the (?:middle|cent(?:re|er)))\b", re.I)
# "Ø6 THRU", "holes Ø6", "(6.6 thru, cbore 11 x 6.5 deep)": a decimal before THRU is a hole size, never a count
# a hole across a round part: "Ø8 CROSS HOLE THRU, 10 FROM ONE END", "a 4 mm cross hole 6 from one end",
# "a Ø6 hole drilled across through the middle"; only where the part is round (a pin, rod, shaft, round bar)
_ROUND_PART = re.compile(r"\b(?:pin|rod|shaft|axle|dowel|cylinder|round\s+bar|round\s+stock|peg|tube|pipe)\b", re.I)
_CROSS = re.compile(
    r"(?:[øØ⌀]\s*)?" + _NUM + r"\s*(?:mm)?\s*(?:dia\.?\s*)?(?:cross[- ]?(?:drilled\s+)?holes?|holes?\s+(?:drilled\s+)?"
    r"(?:across|crosswise|crossways|radially|transversely))(?:\s+(?:it|the\s+(?:pin|rod|shaft|bar|axle|tube|pipe)))?"
    r"(?:\s*(?:thru|through)(?:\s+(?:it|(?:at\s+|in\s+)?the\s+(?:middle|centre|center)))?)?", re.I)
# the size after the words: "cross drilled 6 mm", "cross hole 5 mm through", "cross-drilled with a Ø4 hole"
_CROSS_AFTER = re.compile(
    r"\bcross[- ]?(?:drilled|drilling|drill|holes?)\s*[:,]?\s*(?:with\s+an?\s+|for\s+an?\s+)?(?:[øØ⌀]\s*)?" + _NUM
    + r"(?!\s*(?:mm\s*)?(?:from|in\s+from|deep|long|x)\b)\s*(?:mm)?\s*(?:dia\.?|diameter)?(?:\s+(?:hole|bore))?"
    r"(?:\s*(?:thru|through)(?:\s+(?:it|the\s+(?:middle|centre|center)))?)?", re.I)
# "blind hole 12 deep, flat bottom", "flat-bottomed hole": how the hole ends, never the noun of a flat part
_FLAT_BOTTOM = re.compile(r"\bflat[- ]bottom(?:ed)?\b", re.I)
_CROSS_AT = re.compile(r"^\s*,?\s*(?:at\s+|centred\s+|centered\s+)?" + _NUM
                       + r"\s*(?:mm)?\s*(?:from|in\s+from)\s+(?:one|the|an?|either)\s+end\b", re.I)
_ONE_SIDE = re.compile(r"\b(?:on\s+)?one\s+(?:side|face)\b", re.I)
_DIA_THRU = re.compile(r"[øØ⌀]\s*" + _NUM + r"(?:\s*mm)?\s*(?:thru|through)\b|\b(?:holes?|bore)\s*(?:of\s*)?[øØ⌀]\s*" + _NUM
                       + r"|(?<![\d.,])(\d++[.,]\d++)(?:\s*mm)?\s*thru\b", re.I)
# a round pocket by its depth and diameter: "10 deep pocket, 30 dia", "round pocket 30 dia x 10 deep"
_ROUND_POCKET = re.compile(
    r"(?<![\d.])(?P<d1>\d+(?:[.,]\d+)?)\s*(?:mm\s*)?deep\s+(?:round\s+|circular\s+)?(?:pocket|recess)\b\s*,?\s*[øØ⌀]?\s*"
    r"(?P<w1>\d+(?:[.,]\d+)?)\s*(?:mm\s*)?(?:dia\b\.?|diameter\b|across\b)"
    r"|\b(?:round|circular)\s+(?:pocket|recess)\s*,?\s*[øØ⌀]?\s*(?P<w2>\d+(?:[.,]\d+)?)\s*(?:mm\s*)?(?:dia\b\.?|diameter\b)?"
    r"\s*(?:x|×|,)?\s*(?P<d2>\d+(?:[.,]\d+)?)\s*(?:mm\s*)?deep\b", re.I)
# "drill 12 dia x 35 deep", "drill an 8 mm hole 20 deep": the size after the verb is the hole's (never its depth)
_DRILL_SIZE = re.compile(r"\bdrill(?:ed)?\s+(?:it\s+|out\s+)?(?:an?\s+|one\s+)?[øØ⌀]?\s*" + _NUM + NOT_A_DIAMETER
                         + r"(?=\s*(?:mm\s*)?(?:dia\b\.?|diameter\b|hole\b|[x×]|,))", re.I)
_THRU = re.compile(r"\bthru(?:\s+all)?\b|\bthrough\s+all\b", re.I)
# a hole spec, the hole's size first and its counterbore or countersink after it, as machinists write it:
# "11 thru, c'bore 18 dia x 10 deep", "5.5 thru, cbore 10 dia x 5.5 deep", "4.5 thru, 90deg csk to 9 dia",
# "hole 6.6 w/ 90 degree countersink to 13 dia", "a 5.5 hole, countersunk to 11": the number is the hole's
# (a size written "Ø6.6 THRU ⌴ Ø11" is the drawing callout's, read as the drawing notes are)
# diameter (never a count, never the plate's thickness) and the angle before "csk" is the cone's, not a size
_HEAD_NOTE = (r"(?:c'?\s?bore|counter[- ]?bor|counter[- ]?sunk|counter[- ]?sink|c'?\s?sink|csk|⌴|⌵|spot[- ]?face)")
_SPEC_ANGLE = r"(?:(?:an?\s+)?" + _NUM + r"\s*(?:°|deg(?:rees?|ree)?\.?)\s*(?=" + _HEAD_NOTE + r"))?"
# "10 thru, Ø18 x 8 deep cbore": the head's sizes written before its name
_HEAD_AFTER = r"(?:[øØ⌀]\s*)?\d+(?:[.,]\d+)?\s*(?:mm\s*)?(?:dia\.?\s*)?(?:[x×]\s*\d+(?:[.,]\d+)?\s*(?:mm\s*)?(?:deep|dp)?\s*)?"
_SPEC_THRU = re.compile(
    r"(?<![\d.,øØ⌀])(?<![øØ⌀]\s)(?:" + _NUM + r"(?:\s*mm)?\s*(?:dia\.?\s*|diameter\s*)?(?:thru|through)(?:\s+holes?)?"
    r"\s*(?:,|;|:|w/|with|and|\+)?\s*(?:(?:an?|the)\s+)?" + _SPEC_ANGLE + r"(?=" + _HEAD_NOTE + r"|" + _HEAD_AFTER + _HEAD_NOTE + r")"
    r"|(?=\d++[.,]\d|\d++\s*mm)" + _NUM + r"(?:\s*mm)?\s*(?:dia\.?\s*|diameter\s*)?holes?"  # "4 holes, c'bore": a count
    r"\s*(?:,|;|:|w/|with|and|\+)?\s*(?:(?:an?|the)\s+)?" + _SPEC_ANGLE + r"(?=" + _HEAD_NOTE + r"))"
    r"|\bholes?\s+(?:of\s+)?[øØ⌀]?\s*" + _NUM + r"(?:\s*mm)?\s*(?:dia\.?\s*)?(?:thru\s+|through\s+)?(?:,|w/|with)\s*(?:an?\s+)?"
    + _SPEC_ANGLE + r"(?=" + _HEAD_NOTE + r")", re.I)


def _blank(text: str, spans: list[tuple[int, int]]) -> str:
    for a, b in spans:
        text = text[:a] + " " * (b - a) + text[b:]
    return text


def read_callouts(text: str) -> tuple[HoleCallout, str]:
    """The hole callout of `text`, and the text with the callout's numbers blanked out."""
    call = HoleCallout()
    taken: list[tuple[int, int]] = []

    def take(m: re.Match[str], start: int | None = None) -> None:
        taken.append((m.start() if start is None else start, m.end()))

    def free(m: re.Match[str]) -> bool:
        return not any(a < m.end() and m.start() < b for a, b in taken)

    text = _FLAT_BOTTOM.sub(lambda m: m.group(0).replace(" ", "-"), text)  # a hole's bottom, not a flat bar
    cross = (_CROSS.search(text) or _CROSS_AFTER.search(text)) if _ROUND_PART.search(text) else None
    if cross is not None:
        at = _CROSS_AT.search(text[cross.end():])
        call.cross = (_f(cross.group(1)), _f(at.group(1)) if at else None)
        call.cross_middle = at is None and re.search(r"middle|cent(?:re|er)", cross.group(0), re.I) is not None
        taken.append((cross.start(), cross.end() + (at.end() if at else 0)))
    for m in _SPEC_THRU.finditer(text):  # "11 thru, c'bore 18 x 10 deep": the hole's own size, read first
        if call.diameter is None and free(m):
            call.diameter, call.through = _f(m.group(1) or m.group(3) or m.group(5)), True
            angle = m.group(2) or m.group(4) or m.group(6)
            taken.append(m.span())
            if angle:
                call.spec_angle = _f(angle)
    for m in _ROUND_POCKET.finditer(text):  # "10 deep pocket, 30 dia": a round pocket is a flat-bottomed blind hole
        if call.diameter is None and call.depth is None and free(m):
            call.diameter, call.depth = _f(m.group("w1") or m.group("w2")), _f(m.group("d1") or m.group("d2"))
            take(m)
    for m in _STEPPED.finditer(text):
        wide, deep, narrow = _f(m.group(1)), _f(m.group(2)), _f(m.group(3))
        if call.counterbore is None and narrow < wide:
            call.counterbore, call.diameter, call.through = (wide, deep), narrow, True
            take(m)
    # "counterbored holes Ø9, counterbore Ø16 x 12 deep": a size right after "holes" is the hole's when a
    # counterbore is sized again later, so the sized one is read first
    for m in sorted(_CBORE_AFTER.finditer(text), key=lambda m: re.search(r"\bholes?\b", m.group(0), re.I) is not None):
        if call.counterbore is None and free(m):
            call.counterbore = (_f(m.group(1)), _f(m.group(2)) if m.group(2) else None)
            take(m)
    for m in _CBORE_SIZES_BEFORE.finditer(text):  # "Ø18 x 8 deep cbore": both sizes before the word
        if call.counterbore is None and free(m):
            call.counterbore = (_f(m.group(1)), _f(m.group(2)))
            take(m)
    for m in _CBORE_BEFORE.finditer(text):
        if call.counterbore is None and free(m):
            call.counterbore = (_f(m.group(1) or m.group(2) or m.group(3)), _f(m.group(4)) if m.group(4) else None)
            take(m)
    for m in _CSK_TO.finditer(text):
        if call.countersink is None and free(m):
            call.countersink = (_f(m.group(2)), _f(m.group(1)) if m.group(1) else 90.0)
            take(m)
    for m in _CSK_AFTER.finditer(text):
        if call.countersink is None and free(m):
            call.countersink = (_f(m.group(1)), _f(m.group(2)) if m.group(2) else 90.0)
            take(m)
    for m in _CSK_BEFORE.finditer(text):
        if call.countersink is None and free(m):
            call.countersink = (_f(m.group(1) or m.group(2) or m.group(3)), _f(m.group(4)) if m.group(4) else 90.0)
            take(m)
    centre_tap = _TAP_CENTRE.search(text)
    if centre_tap is not None and len(_HOLE_SIZES.findall(_blank(text, [*taken, centre_tap.span()]))) >= 1:
        # "M8 x 1.25 TAP THRU CENTRE, 4x Ø6.6 THRU ...": one tapped hole in the middle, the others plain
        size, pitch = _f(centre_tap.group(1)), _f(centre_tap.group(3)) if centre_tap.group(3) else None
        call.centre_tap = (size, pitch)
        call.centre = HoleCallout(tapped=size, thread_pitch=pitch).tap_drill()
        take(centre_tap)
    for pat in (_TAP, _TAP_BEFORE):
        for m in pat.finditer(text):
            if call.tapped is None and free(m):
                call.tapped = _f(m.group(1))
                call.thread_pitch = _f(m.group(3)) if m.group(3) else None
                if m.group(3):  # "x 1.0": the pitch is not a size of the part
                    taken.append((m.start(2), m.end(3)))
    depth_patterns = [_DEPTH_SHORT, _DEPTH_BLIND, _DEPTH_WORDS, _DRILL_DEPTH] + ([_DEPTH_AFTER_COMMA] if _BLIND_WORDS.search(text) else [])
    for pat in depth_patterns:
        for m in pat.finditer(text):
            if call.depth is None and free(m):
                g = next(i for i in range(1, (m.lastindex or 0) + 1) if m.group(i))
                call.depth = _f(m.group(g))
                taken.append((m.start(g), m.end()))
    if call.countersink is not None and call.spec_angle is not None:
        call.countersink = (call.countersink[0], call.spec_angle)
    call.counterbore_wanted = call.counterbore is None and re.search(r"counter[- ]?bored?|c'?bore|⌴", text, re.I) is not None
    call.countersink_wanted = call.countersink is None and re.search(r"counter[- ]?sunk|counter[- ]?sink|\bcsk\b|⌵", text, re.I) is not None
    if call.countersink or call.counterbore or call.countersink_wanted or call.counterbore_wanted:
        taken += [m.span() for m in _ONE_SIDE.finditer(text)]  # "countersunk on one side": one is no size
    call.through = call.through or bool(_THRU.search(text))
    places = _PLACES.search(text) or (_COUNT_X.search(text) if call.tapped else None)
    if places is not None:
        call.count = int(places.group(1))
        taken.append((places.start(1), places.end(1)))
    pcd = _PCD_BEFORE.search(text)
    if pcd is not None:
        call.pcd = _f(pcd.group(1))
        taken.append(pcd.span())
    centre = _CENTRE.search(text)
    # other holes beside the centre one: sizes outside the counterbore and countersink notes, or a tapped size
    others = len(_HOLE_SIZES.findall(_blank(text, taken))) + (call.tapped is not None)  # "4x M10 TAP, Ø60 THRU CTR"
    if centre is not None and others > 1 and call.centre_tap is None:
        call.centre = _f(centre.group(1))
        taken.append(centre.span())
    dia = _DIA_THRU.search(text) if centre is None or call.centre is None else _DIA_THRU.search(text, centre.end())
    if dia is not None and call.diameter is None:
        call.diameter = _f(dia.group(1) or dia.group(2) or dia.group(3))
    drill = _DRILL_SIZE.search(text) if call.diameter is None and call.depth else None
    if drill is not None and free(drill):  # "drill 12 dia x 35 deep axially into one end": the drill sizes the hole
        call.diameter = _f(drill.group(1))
        taken.append(drill.span(1))
    call.spans = taken
    blanked = text
    for a, b in taken:
        blanked = blanked[:a] + " " * (b - a) + blanked[b:]
    # "Ø80/Ø60 X 10" on a drawing: outside / inside diameter of a ring
    blanked = _OD_ID.sub(lambda m: f" od {m.group(1)} id {m.group(2)}" + (f", {m.group(3)} thick " if m.group(3) else " "), blanked)
    return call, blanked


# "8 mm holes 20 from each end", "a hole at both ends", "holes 15 in from either end": one at each end
_AT_ENDS = re.compile(r"\b(?:holes?|tapped|tap|threaded)\b[^,;.]{0,30}?\b(?:from|at|near|in\s+from)\s+(?:each|both|either)\s+ends?\b", re.I)


def place_end_holes(spec: PartSpec) -> None:
    """Holes placed "from each end" with no count: two, in a row along the part, one at each end."""
    if spec.counts.get("holes") not in (None, 1) or spec.grid or "pcd" in spec.dims:
        return
    if spec.hole_pattern not in (None, "centre", "row") or not _AT_ENDS.search(spec.text):
        return
    spec.counts["holes"] = 2
    spec.hole_pattern = "row"


def fit_standard_counterbore(call: HoleCallout | None, params: list[P], notes: Notes) -> None:
    """A counterbore sized from the screw's standard (not asked) that is deeper than the part: cut it
    to leave a seat under the head, and say so ("M5 in a 5 mm plate": DIN 974-1 gives 5.4 deep).
    A depth the person gave is never changed: feasibility refuses it with the numbers instead."""
    if call is None or not call.counterbore_wanted or call.counterbore is None:
        return
    by_name = {p.name: p for p in params}
    depth, thick = by_name.get("counterbore_depth"), by_name.get("thickness") or by_name.get("height")
    if depth is None or thick is None or not isinstance(depth.value, (int, float)) or not isinstance(thick.value, (int, float)):
        return
    t, d = float(thick.value), float(depth.value)
    if d < t:
        return
    seat = max(1.0, round(t * 0.3, 1))
    fitted = round(t - seat, 1)
    depth.value = fitted
    call.counterbore = (call.counterbore[0], fitted)
    call.fitted = (f"the standard counterbore is {d:g} mm deep, more than the {t:g} mm part: cut {fitted:g} mm deep, "
                   f"leaving {seat:g} mm under the head (the screw head stands {round(d - fitted, 2):g} mm proud)")
    notes.add(call.fitted)


# --- parameters and the hole tool -------------------------------------------------------------

def hole_params(call: HoleCallout | None, hole_d: float, notes: Notes, screw: float | None = None) -> list[P]:
    """The callout's sizes as parameters of the script (each a slider).  `screw`: the M size the
    holes are for, which sizes a counterbore or countersink the prompt did not size."""
    if call is None or not call.any:
        return []
    out: list[P] = []
    if call.tapped:
        pitch = call.thread_pitch or COARSE_PITCH.get(call.tapped, 0.0)
        out.append(P("tapped", True, f"holes are M{call.tapped:g} x {pitch:g} tapped: modelled as the "
                                       f"{call.tap_drill():g} mm tap drill, thread not modelled"))
        if call.thread_pitch:
            out.append(P("thread_pitch", round(call.thread_pitch, 4), "mm, thread pitch (noted, not modelled)"))
    if call.centre_tap:
        nominal, given_pitch = call.centre_tap
        drill = HoleCallout(tapped=nominal, thread_pitch=given_pitch).tap_drill()
        out.append(P("centre_tapped", True, f"the centre hole is M{nominal:g} x {given_pitch or COARSE_PITCH.get(nominal, 0.0):g} tapped: "
                                             f"modelled as the {drill:g} mm tap drill, thread not modelled"))
    if call.depth:
        out.append(P("hole_depth", round(call.depth, 4), "mm, blind hole depth from the top face"))
    if call.counterbore_wanted and call.counterbore is None:
        size = screw if screw in COUNTERBORE else None
        d_std, depth_std = COUNTERBORE[size] if size else (round(hole_d * 1.8, 1), round(hole_d, 1))
        notes.assume(f"counterbore diameter ({f'DIN 974-1 for M{size:g}' if size else 'about 1.8 x the hole'})", d_std)
        notes.assume("counterbore depth", depth_std)
        call.counterbore = (d_std, depth_std)
    if call.countersink_wanted and call.countersink is None:
        size = screw if screw in COUNTERSINK else None
        d_std = COUNTERSINK[size] if size else round(hole_d * 2.0, 1)
        notes.assume(f"countersink diameter ({f'ISO 10642 head of M{size:g}' if size else 'about 2 x the hole'}, 90°)", d_std)
        call.countersink = (d_std, 90.0)
    if call.counterbore:
        d, depth = call.counterbore
        if depth is None:
            depth = round(max(1.0, d * 0.6), 1)
            notes.assume("counterbore depth", depth)
        out += [P("counterbore_diameter", round(d, 4), "mm, counterbore diameter"),
                P("counterbore_depth", round(depth, 4), "mm, counterbore depth")]
    elif call.countersink:
        d, angle = call.countersink
        out += [P("countersink_diameter", round(d, 4), "mm, countersink diameter at the face"),
                P("countersink_angle", round(angle, 4), "degrees, countersink included angle")]
    return out


_ALIGN_MIN = "align=(Align.CENTER, Align.CENTER, Align.MIN)"
_ALIGN_MAX = "align=(Align.CENTER, Align.CENTER, Align.MAX)"


def tool_lines(values: dict[str, float | int | bool], through: str = "thickness", hole: str = "hole_diameter",
               depth: str = "hole_depth") -> list[str]:
    """Script lines defining `hole_tool`: one hole from z = 0 to z = `through`, entry at the top."""
    lines = ["# one hole, as its drawing callout says (entry face on top)"]
    if depth in values:
        lines.append(f"hole_tool = Pos(0, 0, {through} - {depth}) * Cylinder({hole} / 2, {depth}, {_ALIGN_MIN})")
    else:
        lines.append(f"hole_tool = Cylinder({hole} / 2, {through}, {_ALIGN_MIN})")
    if "counterbore_diameter" in values:
        lines.append(f"hole_tool += Pos(0, 0, {through}) * Cylinder(counterbore_diameter / 2, counterbore_depth, {_ALIGN_MAX})")
    if "countersink_diameter" in values:
        lines.append(f"countersink_height = (countersink_diameter - {hole}) / 2 / math.tan(math.radians(countersink_angle / 2))")
        lines.append(f"hole_tool += Pos(0, 0, {through}) * Cone({hole} / 2, countersink_diameter / 2, "
                     f"countersink_height, {_ALIGN_MAX})")
    return lines


def reading_note(call: HoleCallout | None) -> str | None:
    """A sentence for the notices: what the callout became."""
    if call is None or not call.any:
        return None
    parts = []
    if call.counterbore:
        parts.append("counterbored Ø{:g}{}".format(call.counterbore[0], f" x {call.counterbore[1]:g} deep" if call.counterbore[1] else ""))
    if call.countersink:
        parts.append("countersunk Ø{:g} x {:g}°".format(*call.countersink))
    if call.depth:
        parts.append(f"blind, {call.depth:g} mm deep")
    if call.tapped:
        parts.append(f"M{call.tapped:g} tapped (modelled as the {call.tap_drill():g} mm tap drill)")
    if call.centre_tap:
        parts.append(f"centre hole M{call.centre_tap[0]:g} tapped (modelled as the {call.centre or 0:g} mm tap drill)")
    return "holes " + ", ".join(parts)


def unmade(call: HoleCallout | None, values: dict[str, float | int | bool]) -> list[str]:
    """What the callout asked for that the family made no parameter for (the reading lists it)."""
    if call is None:
        return []
    missing = []
    if call.depth and not any(k in values for k in ("hole_depth", "bore_depth", "shaft_hole_depth")):
        missing.append(f"{call.depth:g} mm deep")
    if call.counterbore and "counterbore_diameter" not in values:
        missing.append("counterbore")
    if call.countersink and "countersink_diameter" not in values:
        missing.append("countersink")
    if call.cross and "cross_hole_diameter" not in values:
        missing.append("cross hole")
    return missing


def cross_hole_params(call: HoleCallout | None, notes: Notes, length: float) -> list[P]:
    """A hole across a round part, as parameters: its diameter and where it sits along the part."""
    if call is None or call.cross is None:
        return []
    d, at = call.cross
    if at is None:
        at = round(length / 2, 4)
        if not call.cross_middle:
            notes.assume("cross hole position (from the bottom end)", at)
    return [P("cross_hole_diameter", round(d, 4), "mm, hole across the part (through, along Y)"),
            P("cross_hole_from_end", round(at, 4), "mm, cross hole centre from the bottom end")]


def cross_hole_lines(across: str = "diameter") -> list[str]:
    return ["# a hole across the part, through, at right angles to its axis",
            "if cross_hole_diameter > 0:",
            f"    result -= Pos(0, 0, cross_hole_from_end) * Rot(90, 0, 0) * Cylinder(cross_hole_diameter / 2, {across} * 2)"]

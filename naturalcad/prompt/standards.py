"""Names that stand for sizes: standard parts, catalogue series and products, read as their sizes.

"1-1/4\" sch 40", "608 bearing", "2020 extrusion", "NEMA 17 mount", "M6 close-fit holes",
"1/4-20 clearance hole", "DIN 9021 washer M6", "AA battery": each is a named pattern (a rule)
with a producer that rewrites it into the sizes the families read, and records what it used
and from which table, so the reading can show where every size came from. The tables live in
`naturalcad.prompt.tables`, one module per family of standards, each naming its source.

Names whose number is not a size ("iPhone 15", "a 350 ml mug") are found by `unsized_names`,
so the generator asks for sizes instead of reading 15 or 350 as millimetres.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from .tables import bearings as _bearings
from .tables import metric_fasteners as _mf
from .tables import motors as _motors
from .tables import paper as _paper
from .tables import pipe as _pipe
from .tables import products as _products
from .tables import profiles as _profiles
from .tables import unified_fasteners as _uf


@dataclass(frozen=True)
class MetricSize:
    """The ISO sizes the families use for one metric thread (see tables/metric_fasteners.py)."""

    nominal: float          # thread diameter, mm
    nut_af: float           # ISO 4032 width across flats, mm
    nut_height: float       # ISO 4032 nut height m, mm
    clearance: float        # ISO 273 medium clearance hole, mm
    tap_drill: float        # tap drill for coarse pitch, mm
    washer_id: float        # ISO 7089
    washer_od: float
    washer_thickness: float
    standoff_af: float      # typical hex standoff across flats (= the nut's)


_TABLE: dict[float, MetricSize] = {
    r.nominal: MetricSize(r.nominal, r.nut_af, r.nut_height, r.clearance_medium, r.tap_drill, r.washer_id,
                          r.washer_od, r.washer_thickness, r.nut_af)
    for r in _mf.METRIC.values()
}


def metric(size: float) -> MetricSize:
    """The table row for M`size`; sizes between rows scale from the nearest one."""
    if size in _TABLE:
        return _TABLE[size]
    nearest = min(_TABLE, key=lambda k: abs(k - size))
    row = _TABLE[nearest]
    k = size / nearest
    return MetricSize(size, *(round(v * k, 2) for v in (
        row.nut_af, row.nut_height, row.clearance, row.tap_drill, row.washer_id,
        row.washer_od, row.washer_thickness, row.standoff_af)))


def known_sizes() -> list[float]:
    return sorted(_TABLE)


# kept for callers from before the tables moved: NPS -> (OD, wall sch 40, wall sch 80); bearing -> (d, D, B)
PIPE_NPS: dict[str, tuple[float, float, float]] = {
    nps: (row.outside, row.walls["40"], row.walls["80"]) for nps, row in _pipe.PIPES.items()}
BEARINGS: dict[str, tuple[float, float, float]] = {
    k: (b.bore, b.outside, b.width) for k, b in _bearings.BEARINGS.items()}


@dataclass(frozen=True)
class StandardUse:
    """A standard name read as sizes: "1-1/4\" sch 40" -> 42.2 OD x 3.56 wall."""

    typed: str
    meaning: str      # for the reading: "NPS 1-1/4 sch 40 pipe: 42.2 mm OD, 3.56 mm wall (ASME B36.10M)"
    replacement: str  # the sizes, in words the families read
    assumed: tuple[tuple[str, float], ...] = field(default=())   # sizes the rule had to assume
    # words elsewhere in the prompt that refer back to the name ("same width as the profile", "same bore"):
    # (pattern, replacement) applied to the whole text once the name is read
    refers: tuple[tuple[str, str], ...] = field(default=())


@dataclass(frozen=True)
class UnsizedName:
    """A name whose number is not a size ("iPhone 15", "350 ml"): what it is and what to ask."""

    typed: str
    what: str
    ask: str


@dataclass(frozen=True)
class Rule:
    """A named pattern and the producer that turns a match into sizes (None: leave the text)."""

    name: str
    pattern: re.Pattern[str]
    produce: Callable[[re.Match[str], str], StandardUse | None]


def _g(v: float) -> str:
    return f"{v:g}"


# a number in the prompt that is a size (not a designation): used to know whether sizes were given
_LENGTH = re.compile(r"(?<![\w#/.-])\d+(?:[.,]\d+)?(?:\s*/\s*\d+)?\s*(?:mm|cm|m\b|in\b|inch|\"|long|wide|thick|tall|high|"
                     r"deep|dia|od|id|x\b|×)|(?<![\w#/.-])\d+(?:\.\d+)?\s*(?=[x×]\s*\d)|[x×]\s*\d", re.I)
_ABOUT_ANOTHER = re.compile(r"\b(for|fits?|fitting|inside|into|onto|housing|holder|seat|around|over|press[- ]fit|with|"
                            r"takes?|holds?|mount|mounting|bracket|cradle|clip|case|box|sleeve|cover|cap)\b", re.I)
_HOLE_AHEAD = r"(?=(?:[\s-]+(?:clearance|tapped|threaded|tap|drill|drilled|thru|through|bolt|screw|socket|cap|head|fixing|mounting|" \
              r"counterbored|countersunk|close|medium|normal|loose|free|fit))*[\s-]+(?:holes?|thru\b|bores?))"
_FIT_WORD = r"(close|tight|fine|medium|normal|loose|free|coarse)(?:[\s-]*fit(?:ting)?)?"
_FIT = {"close": "close", "tight": "close", "fine": "close", "medium": "medium", "normal": "medium",
        "loose": "loose", "free": "loose", "coarse": "loose"}
_FIT_NAME = {"close": "close (fine series)", "medium": "medium series", "loose": "loose (coarse series)"}
_UNIFIED_FIT_NAME = {"close": "close fit", "medium": "normal fit", "loose": "loose fit"}


def _fit_near(text: str, start: int, end: int) -> str | None:
    """A fit word written around a size ("close-fit M6 holes", "M12 holes, loose fit")."""
    window = text[max(0, start - 24):min(len(text), end + 40)]
    m = re.search(r"\b" + _FIT_WORD + r"\b", window, re.I)
    return _FIT[m.group(1).lower()] if m else None


# ---- pipe: "1-1/4\" sch 40", "NPS 2 schedule 80", "3/4 NPS sch 10" ---------------------------------------------
def _nps(typed: str) -> str:
    """The nominal pipe size as the table writes it: "1 1/4" and "1.25" are "1-1/4", "0.5" is "1/2"."""
    if "." not in typed:
        return typed.replace(" ", "-")
    from fractions import Fraction

    value = Fraction(typed).limit_denominator(8)
    whole, rest = divmod(value.numerator, value.denominator)
    part = f"{rest}/{value.denominator}" if rest else ""
    return f"{whole}-{part}" if whole and part else (part or str(whole))


def _pipe_use(m: re.Match[str], text: str) -> StandardUse | None:
    nps = _nps(m.group(1))
    found = _pipe.pipe(nps, m.group(2))
    if found is None:
        return None
    row, sch, wall = found
    meaning = f"NPS {nps} sch {sch} pipe: {_g(row.outside)} mm OD, {_g(wall)} mm wall ({_pipe.SOURCE})"
    if re.search(r"\b(flange|coupling|collar|sleeve|socket|boss|hub)s?\b[^,.;:]{0,16}\b(?:for|to\s+(?:suit|fit|take))\s+(?:an?\s+|the\s+)?$",
                 text[:m.start()], re.I):
        # "flange for 1-1/4\" sch 40 pipe: 120 OD, bore to suit the pipe OD": the part slips over the pipe
        od = _g(row.outside)
        refers = ((r"\b(?:bore|hole)\s+(?:to\s+(?:suit|fit|take)|for|=|of)\s+(?:the\s+)?pipe(?:'s)?(?:\s+(?:od|o\.d\.|outside\s+diameter))?\b",
                   f" {od} mm bore"), (r"\b(?:the\s+)?pipe(?:'s)?\s+(?:od|o\.d\.|outside\s+diameter)\b", f" {od} mm"))
        rest = text[m.end():]
        if any(re.search(p, rest, re.I) for p, _ in refers):
            return StandardUse(m.group(0).strip(), meaning + "; the part slips over it", " ", refers=refers)
        return StandardUse(m.group(0).strip(), meaning + f"; the part slips over it ({od} mm bore)", f" {od} mm bore ")
    return StandardUse(m.group(0).strip(), meaning, f" {_g(row.outside)} mm od, {_g(wall)} mm wall ")


_PIPE = re.compile(r"(?:\bNPS\s*)?(?<![\d/.-])(\d+-\d/\d|\d+ \d/\d|\d/\d|\d*\.\d+|\d+)\s*(?:\"|''|\u2033|-?\s*inch(?:es)?\b|in\b|\s*NPS\b)?"
                   r"\s*(?:NPS\s*)?(?:pipe\s*,?\s*)?(?:sch(?:edule)?\.?|SCH)\s*(10S?|40S?|80S?|STD|XS)\b", re.I)


# "half inch schedule 40 pipe", "one and a quarter inch sch 80": the nominal size in words
_NPS_WORDS = {"eighth": "1/8", "an eighth": "1/8", "quarter": "1/4", "a quarter": "1/4", "three eighths": "3/8",
              "half": "1/2", "a half": "1/2", "three quarter": "3/4", "three quarters": "3/4", "one": "1", "an": "1",
              "a": "1", "one and a quarter": "1-1/4", "one and a half": "1-1/2", "two": "2", "two and a half": "2-1/2",
              "three": "3", "four": "4", "five": "5", "six": "6", "eight": "8", "ten": "10", "twelve": "12"}
_PIPE_WORDS = re.compile(r"\b(" + "|".join(sorted((re.escape(k).replace("\\ ", "[\\s-]+") for k in _NPS_WORDS),
                                                  key=len, reverse=True)) +
                         r")[\s-]+inch(?:es)?\s*(?:NPS\s*)?(?:pipe\s*,?\s*)?(?:sch(?:edule)?\.?|SCH)\s*(10S?|40S?|80S?|STD|XS)\b", re.I)


def _pipe_words_use(m: re.Match[str], text: str) -> StandardUse | None:
    nps = _NPS_WORDS.get(re.sub(r"[\s-]+", " ", m.group(1).lower()))
    found = _pipe.pipe(nps, m.group(2)) if nps else None
    if found is None:
        return None
    row, sch, wall = found
    return StandardUse(m.group(0).strip(), f"NPS {nps} sch {sch} pipe: {_g(row.outside)} mm OD, {_g(wall)} mm wall "
                       f"({_pipe.SOURCE})", f" {_g(row.outside)} mm od, {_g(wall)} mm wall ")


# ---- T-slot extrusions: "2020 extrusion", "4040 profile", "v-slot 2040", "3030 t-slot" ------------------------
_PROFILE_WORDS = r"(?:aluminium|aluminum|alu)?(?:\s*(?:t-?slot|v-?slot|extrusion|extruded\s+profile|profile|rail|beam)s?)+"
_TSLOT = re.compile(rf"\b(20[2-8]0|30[36]0|40[48]0|4545)\b(?:\s*(?:series|size))?\s*{_PROFILE_WORDS}\b"
                    rf"|\b(20[2-8]0|30[36]0|40[48]0|4545)\b(?=\s*(?:end[- ]?(?:cap|plate|cover)|cap|cover)s?\b)"
                    rf"|\b(?:t-?slot|v-?slot|extrusion|profile)\s*(20[2-8]0|30[36]0|40[48]0|4545)\b"
                    # "corner bracket for 3030": the series alone after "for" names the profile the part goes on
                    rf"|\b(?:for|to\s+(?:fit|suit|join))\s+(?:an?\s+|the\s+)?(20[2-8]0|30[36]0|40[48]0|4545)\b"
                    r"(?!\s*(?:mm|x\b|\u00d7|long|wide|thick|high|deep|tall|lg|bearings?|series|size|aluminium|aluminum|alu|t-?slot|v-?slot|"
                    r"extru\w*|profile|rail|beam|end|cap|cover)|[.,]\d)", re.I)


def _tslot_use(m: re.Match[str], text: str) -> StandardUse | None:
    series = m.group(1) or m.group(2) or m.group(3) or m.group(4)
    p = _profiles.PROFILES.get(series)
    if p is None:
        return None
    meaning = (f"{series} T-slot profile: {_g(p.width)} x {_g(p.height)} mm, {_g(p.slot)} mm slots, "
               f"{_g(p.bore)} mm centre bore ({_profiles.SOURCE})")
    if _SAME_WIDTH.search(text) or re.search(r"\b(?:as\s+wide\s+as|(?:the\s+)?width\s+of)\s+(?:an?\s+|the\s+)?$",
                                             text[:m.start()], re.I):
        # "joining strip for 4040 profile, 120 long, same width as the profile": only its width is the profile's
        before = re.search(r"\b(?:as\s+wide\s+as|(?:the\s+)?width\s+of)\s+(?:an?\s+|the\s+)?$", text[:m.start()], re.I)
        if before:   # "a strip as wide as a 2020 extrusion": the words before the name are its width
            return StandardUse(m.group(0).strip(), meaning + f"; the part is as wide as it ({_g(p.width)} mm)",
                               f" {_g(p.width)} mm wide ", refers=((before.group(0).strip() + r"\s+(?=\d)", " "),))
        return StandardUse(m.group(0).strip(), meaning + f"; the part is as wide as it ({_g(p.width)} mm)", " ",
                           refers=((_SAME_WIDTH.pattern, f" {_g(p.width)} mm wide "),))
    outline = ((_SAME_OUTLINE.pattern, " "),)
    if m.group(4):   # "bracket for 3030": the part that goes on it names it; "for 3030" alone is left unread
        lead = text[:m.start()] + re.sub(r"\s*" + series + r"\b.*$", " ", m.group(0))
        if not re.search(r"\b(bracket|brackets|mount|clip|clamp|holder|foot|feet|joiner|connector|gusset|plate|cap|cover)\b"
                         r"[^,.;:]{0,12}\b(?:for|to\s+(?:fit|suit|join|take))\s+(?:an?\s+|the\s+)?$", lead, re.I):
            return None
        text = lead + series + " profile" + text[m.end():]
        m = re.compile(r"\b" + series + r"\b").search(text, len(lead) - 1) or m
    for_part = re.search(r"\b(bracket|brackets|mount|clip|clamp|holder|foot|feet|joiner|connector|gusset)\b[^,.;:]{0,12}"
                         r"\b(?:for|to\s+(?:fit|suit|join|take))\s+(?:an?\s+|the\s+)?$", text[:m.start()], re.I)
    if for_part and not _END_PLATE.search(for_part.group(1)):
        # "corner bracket for 3030 profile: L shape, legs 30 x 30": the part goes on the profile, it is not the profile
        # a width given, or three sizes; "legs 30 x 30" are the legs' lengths, so the part is as wide as the profile
        wide = re.search(r"\d\s*(?:mm\s*)?wide\b|\bwidth\b|\d\s*(?:mm\s*)?[x\u00d7]\s*\d+(?:\.\d+)?\s*(?:mm\s*)?[x\u00d7]\s*\d"
                         r"|(?<!legs\s)(?<!legs)\b\d+(?:\.\d+)?\s*(?:mm\s*)?[x\u00d7]\s*\d", text, re.I)
        return StandardUse(m.group(0).strip(), meaning + "; the part is for it" + ("" if wide else f", {_g(p.width)} mm wide"),
                           " " if wide else f" {_g(p.width)} mm wide ")
    if _END_PLATE.search(text) and _BLOCK_SIZES.search(text):
        # "2020 extrusion end cap, 20 x 20 x 3 with a 5 mm hole": the person gave the plate's sizes
        return StandardUse(m.group(0).strip(), meaning + "; the plate's sizes are the ones given", " plate ", refers=outline)
    if _END_PLATE.search(text):
        # "end cap for 2020 extrusion, 3 mm thick": a plate the size of the profile's outline
        return StandardUse(m.group(0).strip(), meaning + "; the plate covers its outline",
                           f" {_g(p.height)} x {_g(p.width)} mm" + ("" if re.search(r"\bplates?\b", text, re.I) else " plate") + " ",
                           refers=outline)
    if _SAME_AS.search(text) or _SOLID.search(text):
        # "2020 profile placeholder 500 long", "3030 extrusion, just a solid square": the outline as a solid bar
        return StandardUse(m.group(0).strip(), meaning + "; modelled as its solid outline", f" {_g(p.width)} x {_g(p.height)} mm bar ",
                           refers=((r"\b(?:just\s+)?(?:an?\s+)?solid\s+(?:square\s+|rectangular\s+)?"
                                                          r"(?:placeholder|dummy|block|bar)?\b", " "),))
    return StandardUse(m.group(0).strip(), meaning, f" t-slot extrusion {_g(p.width)} x {_g(p.height)} mm ")


_SAME_WIDTH = re.compile(r"\b(?:the\s+)?same\s+width(?:\s+as\s+(?:the\s+|its\s+)?(?:profile|extrusion|rail|beam|t-?slot|v-?slot)s?)?"
                         r"|\bas\s+wide\s+as\s+(?:the\s+)?(?:profile|extrusion|rail|beam)\b", re.I)
_SAME_OUTLINE = re.compile(r"\b(?:the\s+)?same\s+(?:outline|footprint|section|size|shape)(?:\s+as\s+(?:the\s+)?"
                           r"(?:profile|extrusion|rail|beam))?\b|\b(?:the\s+)?(?:size|outline|footprint|shape)\s+of\s+the\s+"
                           r"(?:profile|extrusion|rail|beam)(?:'?s\s+(?:end|section))?\b|\b(?:as\s+big\s+as|to\s+cover)\s+the\s+"
                           r"(?:profile|extrusion)(?:'?s\s+end)?\b", re.I)
_SOLID = re.compile(r"\bsolid\b", re.I)
# a part that sits on the end of a profile: its outline, not the profile itself
_END_PLATE = re.compile(r"\b(end[- ]?(?:cap|plate|cover|piece)s?|caps?|covers?|(?:mounting|joining|connecting|face)\s+plates?)\b",
                        re.I)


# ---- NEMA motor faces: "NEMA 17 motor mount plate, 60 x 60 x 5" -------------------------------------------------
_NEMA = re.compile(r"\bNEMA\s*-?\s*(8|11|14|17|23|34)\b(?:\s*(?:stepper|motor|stepper\s+motor|servo))?", re.I)
_SIZED_HOLES = re.compile(r"\d(?:\.\d+)?\s*mm\s+(?:\w+\s+)?holes?\b|[\u00d8\u00f8\u2300]\s*\d|\bM\d", re.I)
# "with the pilot and the 4 bolt holes": the holes the frame gives, named without sizes
_FRAME_HOLES = re.compile(r"(?:\b(?:with|and|plus)\s+)?(?:the\s+|a\s+)?(?:pilot(?:\s+(?:hole|bore|recess))?|"
                          r"(?:4|four)\s+(?:M\d\s+)?(?:bolt\s+|mounting\s+|screw\s+|motor\s+)?holes?|"
                          r"(?:M\d\s+)?(?:bolt|mounting|screw)\s+holes?)\b",
                          re.I)
_MOUNT_WORDS = re.compile(r"\b(plate|mount|mounting|bracket|flange|adapter|adaptor|face\s*plate|holder)\b", re.I)


def _nema_use(m: re.Match[str], text: str) -> StandardUse | None:
    frame = _motors.NEMA[m.group(1)]
    own_screw = re.compile(rf"\bM{_g(frame.screw)}\b(?!\.\d)", re.I)  # "the 4 M3 holes" of a NEMA 17: the frame's own
    if not _MOUNT_WORDS.search(text) or _SIZED_HOLES.search(own_screw.sub(" ", text)):
        return None  # the motor itself, or holes the person sized: leave them
    screw = _mf.METRIC[frame.screw]
    hole = screw.clearance_medium
    pilot = frame.pilot + _motors.PILOT_CLEARANCE
    rest = text[:m.start()] + text[m.end():]
    assumed: tuple[tuple[str, float], ...] = ()
    size = ""
    if not _LENGTH.search(rest):
        side = round(frame.face + 8)
        size = f" {side} x {side} x 5 mm"
        assumed = (("plate size", float(side)), ("plate thickness", 5.0))
    meaning = (f"NEMA {frame.frame} (NEMA ICS 16): 4 holes on a {_g(frame.bolt_square)} mm square for M{_g(frame.screw)} "
               f"({_g(hole)} mm, ISO 273 medium), pilot {_g(frame.pilot)} mm (hole {_g(pilot)} mm)")
    text_after = f"{size} with four {_g(hole)} mm holes at {_g(frame.bolt_square)} mm pitch and a {_g(pilot)} mm centre hole "
    return StandardUse(m.group(0).strip(), meaning, text_after, assumed)


# "nema23 mount, 80 x 80 x 6 plate, 38.1 pilot, 5mm holes on the motor's bolt square": the person sized the holes
# and the pilot; the frame still gives where the holes go
_FRAME_PATTERN = r"\b(?:on|at|to|in|matching)\s+(?:the\s+)?(?:motor'?s?\s+|nema\s*\d*\s+|standard\s+|frame'?s?\s+)*" \
                 r"(?:bolt|mounting|screw|hole|fixing)(?:[\s-]+hole)?\s+(?:square|pattern|circle|spacing|layout)\b"
_PILOT_SIZED = (r"\b(\d+(?:\.\d+)?)\s*(?:mm\s*)?(?:pilot|spigot|boss|register)(?:\s+(?:hole|bore|recess))?\b",
                r"\b(?:an?\s+)?(?:pilot|spigot|boss|register)(?:\s+(?:hole|bore|recess))?\s+(?:of\s+|[:=]\s*)?(\d+(?:\.\d+)?)(?:\s*mm)?\b")


def _nema_own_holes_use(m: re.Match[str], text: str) -> StandardUse | None:
    frame = _motors.NEMA[m.group(1)]
    own_screw = re.compile(rf"\bM{_g(frame.screw)}\b(?!\.\d)", re.I)
    if not _MOUNT_WORDS.search(text) or not re.search(_FRAME_PATTERN, text, re.I) or \
            not _SIZED_HOLES.search(own_screw.sub(" ", text)):
        return None   # no hole size of the person's: the frame's own holes (the rule below)
    meaning = (f"NEMA {frame.frame} (NEMA ICS 16): holes on a {_g(frame.bolt_square)} mm square; the hole and pilot "
               "sizes are the ones given")
    square = _g(frame.bolt_square)
    refers = ((r"(?:\b(?:the\s+)?(?:4|four)\s+)?" + _FRAME_PATTERN, f", four of them at {square} x {square} mm pitch "), *tuple((p, r" \1 mm centre hole ") for p in _PILOT_SIZED))
    return StandardUse(m.group(0).strip(), meaning, " ", refers=refers)


# ---- metric clearance and tapped holes: "M8 clearance holes", "two M6 close-fit holes", "M6 tapped hole" --------
_METRIC_HOLE = re.compile(r"(?:\b" + _FIT_WORD + r"[\s-]+)?(?<![\w.])M(\d+(?:\.\d+)?)(?:\s*[x×]\s*(\d+(?:\.\d+)?))?\b"
                          r"(?:[\s-]+" + _FIT_WORD + r")?" + _HOLE_AHEAD, re.I)


def _fit_of(m: re.Match[str], text: str, *groups: int) -> str:
    """The fit written in the match's fit groups, or near it, or medium (the standard's default)."""
    word = next((m.group(g) for g in groups if m.group(g)), None)
    return _FIT[word.lower()] if word else (_fit_near(text, m.start(), m.end()) or "medium")


def _is_tapped(m: re.Match[str], text: str) -> bool:
    after = re.match(r"[\s-]*(?:\w+[\s-]+)?(?:tapped|threaded|tap)\b", text[m.end():m.end() + 40], re.I) is not None
    return after or re.search(r"\b(?:tapped|threaded)\s+$", text[max(0, m.start() - 12):m.start()], re.I) is not None


def _hole_use(m: re.Match[str], label: str, what: str, d: float) -> StandardUse:
    """A screw hole read as its drill: "{label} {what}: {d} mm" in the reading, "{d} mm" for the families."""
    return StandardUse(m.group(0).strip(), f"{label} {what}".replace("{d}", _g(d)), f" {_g(d)} mm ")


def _metric_hole_use(m: re.Match[str], text: str) -> StandardUse | None:
    size = float(m.group(2))
    row = _mf.METRIC.get(size)
    if row is None:
        return None
    if _is_tapped(m, text):
        # The hole callout reader owns metric tapped holes ("M6 x 1.0 TAP", "M8 tapped, 12 deep"):
        # it makes the tap-drill hole, its `tapped` parameter and the note, from the M size.
        return None
    fit = _fit_of(m, text, 1, 4)
    return _hole_use(m, f"M{_g(size)}", f"clearance hole, {_FIT_NAME[fit]}: {{d}} mm ({_mf.CLEARANCE_SOURCE})",
                     _mf.clearance(row, fit))


# ---- "two coarse-fit clearance holes for M6", "holes for M8 bolts, close fit": the screw named after the hole ----
_FITS = r"close|tight|fine|medium|normal|loose|free|coarse"
_METRIC_FOR = re.compile(r"(?:\b(?P<fit1>" + _FITS + r")(?:[\s-]*fit(?:ting)?)?[\s-]+)?"
                         r"\b(?P<kind>(?:clearance|through|thru|bolt|screw|mounting|fixing)[\s-]+)?(?P<holes>holes?)\s+"
                         r"(?:for|to\s+(?:suit|take|clear))\s+(?:an?\s+|the\s+)?M(?P<size>\d+(?:\.\d+)?)\b(?!\s*[x\u00d7]\s*\d)"
                         r"(?:\s+(?:socket[- ]head\s+|cap\s+|hex\s+)?(?:bolts?|screws?|fasteners?))?"
                         r"(?:[\s,-]+(?P<fit2>" + _FITS + r")[\s-]*fit(?:ting)?\b)?", re.I)


def _metric_for_use(m: re.Match[str], text: str) -> StandardUse | None:
    row = _mf.METRIC.get(float(m.group("size")))
    if row is None or re.search(r"\b(?:tapped|threaded|counter[- ]?bored|counter[- ]?sunk|c'?bored?|csk)[\s-]+$",
                                text[max(0, m.start() - 20):m.start()], re.I):
        return None   # tapped holes and counterbores have their own readers, from the same M size
    word = m.group("fit1") or m.group("fit2")
    fit = _FIT[word.lower()] if word else (_fit_near(text, m.start(), m.end()) or "medium")
    d = _mf.clearance(row, fit)
    return StandardUse(f"M{m.group('size')}", f"M{m.group('size')} clearance hole, {_FIT_NAME[fit]}: {_g(d)} mm "
                       f"({_mf.CLEARANCE_SOURCE})", f" {_g(d)} mm {(m.group('kind') or '').strip()} {m.group('holes')} ")


# ---- unified screws: "1/4-20 clearance hole", "#10-32 tapped holes", "#8 clearance holes" ------------------------
_UNIFIED_HOLE = re.compile(r"(?:\b" + _FIT_WORD + r"[\s-]+)?(?<![\w./-])(#\s?\d{1,2}|no\.\s?\d{1,2}|[1-9]/\d{1,2}|3/4)"
                           r"(?:\s*-\s*(\d{2}))?(?:\s*(UNC|UNF|UNEF))?(?:\"|\s*in(?:ch)?\b)?"
                           r"(?:[\s-]+" + _FIT_WORD + r")?" + _HOLE_AHEAD, re.I)


def _unified_hole_use(m: re.Match[str], text: str) -> StandardUse | None:
    row = _uf.unified(m.group(2))
    if row is None:
        return None
    tpi = int(m.group(3)) if m.group(3) else None
    bare = m.group(3) is None and m.group(4) is None and not m.group(2).startswith(("#", "no", "No"))
    if bare and not re.search(r"\b(clearance|tapped|threaded|bolt|screw)\b", text[m.end():m.end() + 30], re.I):
        return None   # a bare "1/4 holes" is a quarter-inch hole, not a screw size
    label = row.size + (f"-{tpi}" if tpi else "") + (f" {m.group(4).upper()}" if m.group(4) else "")
    if _is_tapped(m, text):
        drill = _uf.tap_drill(row, tpi)
        return None if drill is None else _hole_use(m, label, "tapped hole: {d} mm tap drill, thread not modelled", drill)
    fit = _fit_of(m, text, 1, 5)
    return _hole_use(m, label, f"clearance hole, {_UNIFIED_FIT_NAME[fit]}: {{d}} mm ({_uf.SOURCE})", _uf.clearance(row, fit))


# ---- "#10 screw clearance (normal)", "M5 bolt clearance": the clearance named without the hole noun is a clearance hole
_SCREW_CLEARANCE = re.compile(r"(?<![\w./-])(?P<size>M\d+(?:\.\d+)?|#\s?\d{1,2}|no\.\s?\d{1,2}|[1-9]/\d{1,2}|3/4)(?:\s*-\s*(?P<tpi>\d{2}))?"
                              r"(?:\"|\s*in(?:ch)?\b)?\s+(?:(?:socket[- ]head\s+|cap\s+)?(?:screw|bolt)s?\s+)?clearance\b"
                              r"(?!\s+(?:holes?|bores?|fit\b))(?:\s*\(?\s*(?P<fit>" + _FITS + r")(?:[\s-]*fit)?\s*\)?)?", re.I)


def _screw_clearance_use(m: re.Match[str], text: str) -> StandardUse | None:
    size = m.group("size")
    word = m.group("fit")
    if size[0] in "Mm":
        row = _mf.METRIC.get(float(size[1:]))
        if row is None:
            return None
        fit = _FIT[word.lower()] if word else "medium"
        d, meaning = _mf.clearance(row, fit), f"M{size[1:]} clearance hole, {_FIT_NAME[fit]}"
        source = _mf.CLEARANCE_SOURCE
    else:
        urow = _uf.unified(size)
        if urow is None:
            return None
        fit = _FIT[word.lower()] if word else "medium"
        d, meaning, source = _uf.clearance(urow, fit), f"{urow.size} clearance hole, {_UNIFIED_FIT_NAME[fit]}", _uf.SOURCE
    return StandardUse(m.group(0).strip(), f"{meaning}: {_g(d)} mm ({source})", f" {_g(d)} mm clearance holes ")


# ---- "clearance holes for 1/4\" bolts, normal fit", "holes to suit #10 screws": the screw named after the hole --
_UNIFIED_FOR = re.compile(r"(?:\b(?P<fit1>" + _FITS + r")(?:[\s-]*fit(?:ting)?)?[\s-]+)?"
                          r"\b(?P<kind>(?:clearance|through|thru|bolt|screw|mounting|fixing)[\s-]+)?(?P<holes>holes?)\s+"
                          r"(?:for|to\s+(?:suit|take|clear|fit))\s+(?:an?\s+|the\s+)?"
                          r"(?P<size>#\s?\d{1,2}|no\.\s?\d{1,2}|[1-9]/\d{1,2}|3/4)(?:\s*-\s*(?P<tpi>\d{2}))?(?:\s*(?P<series>UNC|UNF))?"
                          r"(?:\"|''|\u2033|\s*in(?:ch)?\b)?"
                          r"(?P<fastener>\s+(?:socket[- ]head\s+|cap\s+|hex\s+|machine\s+)?(?:bolts?|screws?|fasteners?))?"
                          r"(?:[\s,(-]+(?P<fit2>" + _FITS + r")[\s-]*fit(?:ting)?\b\)?)?", re.I)


def _unified_for_use(m: re.Match[str], text: str) -> StandardUse | None:
    row = _uf.unified(m.group("size"))
    if row is None or not (m.group("fastener") or m.group("tpi") or m.group("series") or m.group("size").startswith(("#", "no", "No"))):
        return None   # "holes for 1/4 pipe" is not a screw size: only a bolt, a screw or a thread names one
    if re.search(r"\b(?:tapped|threaded|counter[- ]?bored|counter[- ]?sunk|c'?bored?|csk)[\s-]+$",
                 text[max(0, m.start() - 20):m.start()], re.I):
        return None   # tapped holes and counterbores have their own readers
    word = m.group("fit1") or m.group("fit2")
    fit = _FIT[word.lower()] if word else (_fit_near(text, m.start(), m.end()) or "medium")
    d = _uf.clearance(row, fit)
    label = row.size + (f"-{m.group('tpi')}" if m.group("tpi") else "")
    return StandardUse(m.group(0).strip(), f"{label} clearance hole, {_UNIFIED_FIT_NAME[fit]}: {_g(d)} mm ({_uf.SOURCE})",
                       f" {_g(d)} mm {(m.group('kind') or '').strip()} {m.group('holes')} ")


# ---- unified nuts: "3/8-16 hex nut", "#10-32 nut" --------------------------------------------------------------
_UNIFIED_NUT = re.compile(r"(?<![\w./-])(#\s?\d{1,2}|[1-9]/\d{1,2}|3/4)(?:\s*-\s*(\d{2}))?(?:\s*(UNC|UNF))?(?:\"|\s*in(?:ch)?\b)?"
                          r"\s+(?:hex(?:agon(?:al)?)?\s+)?nuts?\b", re.I)


def _unified_nut_use(m: re.Match[str], text: str) -> StandardUse | None:
    row = _uf.unified(m.group(1))
    sizes = _uf.nut(row.size) if row else None
    if row is None or sizes is None or (m.group(2) is None and m.group(3) is None and not m.group(1).startswith("#")):
        return None   # "1/4 nut" without a thread may be a quarter-inch something else: leave it
    af, height = sizes
    tpi = int(m.group(2)) if m.group(2) else None
    drill = _uf.tap_drill(row, tpi) or row.major * 0.8
    label = row.size + (f"-{tpi}" if tpi else "")
    return StandardUse(m.group(0).strip(), f"{label} hex nut ({_uf.NUT_SOURCE}): {_g(af)} mm across flats, {_g(height)} mm "
                       f"thick, {_g(drill)} mm tap-drill bore (thread not modelled)",
                       f" hex nut {_g(af)} mm across flats {_g(height)} mm thick {_g(drill)} mm bore ")


# ---- washers by standard: "DIN 9021 washer M6", "washer for M8 per ISO 7089", "M10 DIN 125 washer" ---------------
_WASHER_STD = r"(?:per\s+|to\s+)?(DIN\s*9021|ISO\s*7093|DIN\s*125(?:-1)?\s*A?|ISO\s*7089|large|big|fender|penny)"
# the standard, the M size and the word washer, in any order within one phrase
# an aside in brackets ("DIN 9021 washer (the big OD one) for M8") or a linking word does not end the phrase
_WASHER = re.compile(r"(?:(?:\b" + _WASHER_STD + r"|\bM\d+(?:\.\d+)?\b(?:\s+size\b)?|\bwashers?\b|\b(?:for|to\s+suit|to\s+fit)\b|"
                     r"\ban?\b|\b(?:plain|flat|steel|stainless|zinc(?:-plated)?)\b|,|\([^()\d]{0,30}\))[ \t]*){3,8}", re.I)


def _washer_use(m: re.Match[str], text: str) -> StandardUse | None:
    phrase = m.group(0)
    std_m = re.search(_WASHER_STD, phrase, re.I)
    size_m = re.search(r"\bM(\d+(?:\.\d+)?)\b", phrase)
    if std_m is None or size_m is None or not re.search(r"\bwashers?\b", phrase, re.I):
        return None
    std, size = std_m.group(1), float(size_m.group(1))
    key = re.sub(r"\s+", " ", std.upper()).replace("DIN125", "DIN 125")
    large = any(s in key for s in ("9021", "7093", "LARGE", "BIG", "FENDER", "PENNY"))
    if large:
        dims = _mf.DIN_9021.get(size)
        source = "DIN 9021" if "9021" in key or "LARGE" in key else ("ISO 7093" if "7093" in key else "DIN 9021")
    else:
        row = _mf.METRIC.get(size)
        dims = (row.washer_id, row.washer_od, row.washer_thickness) if row else None
        source = "DIN 125" if "125" in key else "ISO 7089"
    if dims is None:
        return None
    d1, d2, h = dims
    lead = " " + phrase[:len(phrase) - len(phrase.lstrip())]
    meaning = f"M{_g(size)} washer ({source}): {_g(d1)} ID, {_g(d2)} OD, {_g(h)} thick"
    own, refers = _washer_changes(text[m.end():])
    d1, d2, h = own.get("id", d1), own.get("od", d2), own.get("thick", h)
    if own:  # "ISO 7089 M8 washer but with the OD reduced to 14 mm": the person's size wins over the table's
        meaning += "; " + ", ".join(f"{k.upper() if k != 'thick' else 'thickness'} {_g(v)} mm as given" for k, v in own.items())
    thick = f"thickness {_g(h)} mm" if "thick" in own else f"{_g(h)} mm thick"  # never the blanked phrase's own words
    return StandardUse(phrase.strip(), meaning, f"{lead}washer {_g(d2)} mm od {_g(d1)} mm id {thick} ", refers=refers)


# a size the person changes after naming a standard washer: "but 3 mm thick", "with the hole opened up to 7 mm",
# "the outside diameter cut down to 12mm": each names its role, then (after a few verbs) the new size in mm
_CHANGE_VERBS = r"(?:\s+(?:is|are|was|be|being|reduced|cut|turned|machined|opened|enlarged|increased|decreased|made|brought|" \
                r"drilled|bored|taken|trimmed|ground|changed|down|up|out|to|of|at|only|just|instead|a|bit))*\s*"
_WASHER_CHANGES = (
    ("od", re.compile(r"\b(?:the\s+)?(?:od|o\.d\.?|outside(?:\s+diameter)?|outer(?:\s+diameter)?)" + _CHANGE_VERBS
                      + r"(\d+(?:\.\d+)?)(?:\s*mm\b)?(?![\d.]|\s*(?:mm\s*)?(?:thick|thk|x\b|holes?|deep|long))", re.I)),
    ("id", re.compile(r"\b(?:the\s+)?(?:id|i\.d\.?|hole|bore|inside(?:\s+diameter)?|inner(?:\s+diameter)?)" + _CHANGE_VERBS
                      + r"(\d+(?:\.\d+)?)(?:\s*mm\b)?(?![\d.]|\s*(?:mm\s*)?(?:thick|thk|x\b|holes?|deep|long))", re.I)),
    ("thick", re.compile(r"\b(\d+(?:\.\d+)?)\s*(?:mm\s*)?(?:thick|thk)\b|\bthickness" + _CHANGE_VERBS
                         + r"(\d+(?:\.\d+)?)(?:\s*mm\b)?(?![\d.])", re.I)),
)


def _washer_changes(rest: str) -> tuple[dict[str, float], tuple[tuple[str, str], ...]]:
    """The roles the person re-sized after the washer's name, and the phrases to blank once read."""
    own: dict[str, float] = {}
    refers: list[tuple[str, str]] = []
    for role, pattern in _WASHER_CHANGES:
        found = pattern.search(rest)
        if found:
            own[role] = float(next(g for g in found.groups() if g))
            refers.append((re.escape(found.group(0)), " "))
    return own, tuple(refers)


# ---- bearings: the bearing itself, or a part that goes with one -------------------------------------------------
_BEARING = re.compile(r"(?:\b(?:the\s+)?(?P<boreof>bore\s+of|inside(?:\s+of)?|into)\s+(?:an?\s+|the\s+)?)?\b(\d{3,4}|LM\d{1,2}L?UU)(?:[- ]?(?:zz|2rs|rs|2z|z|du|ddu|llu))?\s+(?:deep[- ]groove\s+)?(?:ball\s+)?bearings?\b"
                      r"|\bbearings?\s+(?:no\.?\s*|number\s*|type\s*)?(\d{3,4})\b", re.I)
_INSIDE_OF = re.compile(r"\b(inside|into|in\s+the\s+bore|bore\s+of|through|shaft|axle|arbor|mandrel|pin|insert)\b", re.I)
_SAME_AS = re.compile(r"\b(dummy|placeholder|stand-?in|mock-?up|same\s+size|replica|model\s+of|copy\s+of|envelope)\b", re.I)
_GOES_AFTER = re.compile(r"\s*(housing|holder|seat|mount|block|cover|cap|adapter|pillow|carrier|retainer|pocket|recess)\b",
                         re.I)


def _bearing_use(m: re.Match[str], text: str) -> StandardUse | None:
    number = m.group(2) or m.group(3)
    b = _bearings.bearing(number)
    if b is None:
        return None
    before, after = text[:m.start()], text[m.end():]
    sizes = f"{_g(b.bore)} bore, {_g(b.outside)} OD, {_g(b.width)} wide"
    goes_inside = m.group("boreof") or re.search(r"\b(bore\s+of|inside|into|fits?\s+in)\b[^,.;]{0,12}$", before, re.I) or \
        re.search(r"\b(shaft|axle|pin|arbor|insert|sleeve)\b[^,.;]*\bfor\b[^,.;]{0,6}$", before, re.I)
    if goes_inside:   # "sleeve that fits inside a 608", "spacer ... the bore of a 6004": the part's OD is the bore
        return StandardUse(number, f"bearing {number} ({_bearings.SOURCE}): {sizes}; the part fits its {_g(b.bore)} mm bore",
                           f" {_g(b.bore)} mm od ")
    housing = _GOES_AFTER.match(after) or re.search(r"\b(housing|holder|seat|pocket|recess|mount|block|cradle|carrier|"
                                                     r"retainer|cover|cup)\b[^,.;]{0,30}$", before, re.I)
    if housing or (_ABOUT_ANOTHER.search(before) and not _SAME_AS.search(text)):
        # "housing for a 6203 bearing": the bearing's outside is the part's bore
        # a round housing unless the person gave a block's sizes ("housing block 60 x 60 x 20")
        block = re.search(r"\d\s*[x\u00d7*]\s*\d|\b(block|plate|bracket|box)\b", text, re.I)
        return StandardUse(number, f"bearing {number} ({_bearings.SOURCE}): {sizes}; its {_g(b.outside)} mm OD is the bore",
                           f" {_g(b.outside)} mm centre hole " if block else f" ring {_g(b.outside)} mm bore ")
    if _THICKNESS_GIVEN.search(before + " " + after):
        # "spacer ring matching a 6001 (same bore and OD), 3 mm thick": the 3 mm is the part's, not the 8 mm width
        return StandardUse(number, f"bearing {number} ({_bearings.SOURCE}): {sizes}; the thickness is the one given",
                           f" bearing {_g(b.outside)} mm od {_g(b.bore)} mm id ")
    return StandardUse(number, f"bearing {number} ({_bearings.SOURCE}): {sizes}",
                       f" bearing {_g(b.outside)} mm od {_g(b.bore)} mm id {_g(b.width)} mm thick ")


# ---- a bearing named once, then referred to by its sizes -------------------------------------------------------
# "round holder for a 6204: 70 OD, same thickness as the bearing, bored through to the bearing OD",
# "shaft to suit a 6001 bearing bore", "adaptor bush to fit a 6000 bearing onto an 8 mm shaft, length = bearing width":
# the number names the bearing; its bore, OD and width come in wherever the words refer back to it.
_BRG = r"(?:the\s+)?(?:bearing|brg)(?:'s|s')?"
_ODW = r"(?:od|o\.d\.?|outside\s+diameter|outer\s+diameter|outer\s+race|outer\s+ring)"
_IDW = r"(?:bore|id|i\.d\.?|inside\s+diameter|inner\s+diameter|inner\s+race|inner\s+ring)"
_WIDTHW = r"(?:width|thickness|wide|thick)"
_BEARING_MENTION = re.compile(
    r"(?:\b(?:to\s+(?:suit|fit|take|match|adapt|mount|hold|accept)|for|matching|suiting|sized\s+(?:to|for))\s+)?"
    r"(?:an?\s+|the\s+)?(?<![\w.#/-])(?P<num>\d{3,5}|LM\d{1,2}L?UU)(?:[- ]?(?:zz|2rs|rs|2z|z))?(?!\w|\.\d|\s*(?:mm|x\b|\u00d7|long|wide|thick|high|deep))"
    r"(?P<noun>\s+(?:deep[- ]groove\s+)?(?:ball\s+)?bearings?)?(?P<what>(?:'s)?\s+(?:bore|id|inside\s+diameter|inner\s+diameter|"
    r"od|outside\s+diameter|outer\s+diameter)\b(?!\s+of\b))?", re.I)
_REFERS_BACK = re.compile(r"\b(?:as\s+(?:deep|thick|long|wide|high|tall)\s+as|same\s+(?:thickness|width|length|height|depth|od|bore|id|"
                          r"outside\s+diameter|outer\s+diameter|inside\s+diameter|inner\s+diameter)\s+as)\s+the\s+bearing\b|"
                          r"\b" + _BRG + r"\s+(?:" + _ODW + "|" + _IDW + "|" + _WIDTHW + r")\b|\b(?:the\s+)?(?:outer|inner)\s+race\b|"
                          r"\b(?:width|thickness|od|bore)\s+of\s+the\s+bearing\b|\bbearing\s+(?:pocket|seat|recess|counterbore)\b", re.I)
_ONTO_SHAFT = re.compile(r"\s+(?:onto|on\s+to|on|over)\s+(?:an?\s+|the\s+)?(?P<s>\d+(?:\.\d+)?)\s*mm\s+(?:shaft|axle|rod|spindle|pin)\b", re.I)
_ADJ_OF = {"thickness": "thick", "width": "wide", "length": "long", "height": "high", "depth": "deep"}


def _bearing_refers(b: _bearings.Bearing, houses: bool = False) -> tuple[tuple[str, str], ...]:
    """The words that refer back to a named bearing, each with the size it stands for. `houses`: the part
    holds the bearing (a housing, seat, ring or block for it), so "the bearing bore" is the part's bore for
    the bearing, its OD, and never the bearing's own bore (that is "the bearing's bore" / "bore of the bearing")."""
    od, bore, width = _g(b.outside), _g(b.bore), _g(b.width)
    own = [(r"\b(?:the\s+)?bearing\s+(?:bore|hole)\s+(?:straight\s+|right\s+)?(?:through|thru)\b", f" {od} mm through hole"),
           (r"\b(?:the\s+)?bearing\s+(?:bore|hole)\b(?!\s+of\b)", f" {od} mm bore")] if houses else []
    od_ref = r"(?:" + _BRG + r"\s+" + _ODW + r"|(?:the\s+)?(?:outer\s+race|outer\s+ring|od)\s+of\s+the\s+bearing|(?:the\s+)?outer\s+race)\b"
    id_ref = r"(?:" + _BRG + r"\s+" + _IDW + r"|(?:the\s+)?(?:inner\s+race|bore|id)\s+of\s+the\s+bearing|(?:the\s+)?inner\s+race)\b"
    width_ref = r"(?:" + _BRG + r"\s+" + _WIDTHW + r"|(?:the\s+)?(?:width|thickness)\s+of\s+the\s+bearing)\b"
    bored = r"\b(?:bored\s+(?:through\s+|thru\s+|out\s+)?to|(?:bore|hole|pocket|seat|recess|counterbore)\s+(?:for|to\s+(?:take|fit|suit))|" \
            r"(?:bore|hole)\s*[=:]?\s*(?:=|is|of)?)\s+(?:the\s+)?"
    through = r"\s+(?:straight\s+|right\s+)?(?:through|thru)\b"  # "bore the bearing OD straight through": a through hole
    thru_at = r"\b(?:bored?|hole|drilled)\s+(?:straight\s+|right\s+)?(?:through|thru)\s+(?:at|to)\s+(?:the\s+)?"  # "bore straight through at the bearing OD"
    refers = [*own, (thru_at + od_ref, f" {od} mm through hole"), (thru_at + id_ref, f" {bore} mm through hole"),
                    # "bore = bearing OD right through the 29": the side it runs through is read by written_forms
                    (bored + od_ref + r"(?=\s+(?:straight\s+|right\s+)?(?:through|thru)\s+the\s+\d+(?:\.\d+)?\b"
                                      r"(?!\s*(?:mm\s+)?(?:direction|way|dimension|axis|side)))", f" {od} mm hole"),
                    (bored + od_ref + through, f" {od} mm through hole"), (bored + id_ref + through, f" {bore} mm through hole"),
                    (bored + od_ref, f" {od} mm bore"), (bored + id_ref, f" {bore} mm bore"),
              (od_ref, f" {od} mm"), (id_ref, f" {bore} mm"),
              (r"\bas\s+(?P<adj>deep|thick|long|wide|high|tall)\s+as\s+the\s+bearing(?:\s+is\s+(?:wide|thick|deep|long))?\b",
               rf" {width} mm \g<adj>"), (width_ref, f" {width} mm")]
    refers += [(rf"\b(?:the\s+)?same\s+{noun}\s+as\s+the\s+bearing\b", f" {width} mm {adj}") for noun, adj in _ADJ_OF.items()]
    # "width same as bearing", "thickness the same as the bearing": the role first, then the bearing
    refers += [(rf"\b{noun}\s+(?:is\s+)?(?:the\s+)?same\s+as\s+(?:the\s+)?bearing\b", f" {width} mm {adj}") for noun, adj in _ADJ_OF.items()]
    refers += [(r"\b(?:the\s+)?same\s+" + _ODW + r"\s+as\s+the\s+bearing\b", f" {od} mm od"),
               (r"\b(?:the\s+)?same\s+" + _IDW + r"\s+as\s+the\s+bearing\b", f" {bore} mm bore")]
    # "pocket to take the bearing (22 mm, 7 mm deep)": the bearing itself, once its sizes are in
    refers.append((r"\b(?:to\s+(?:take|hold|fit|accept|receive|house)|for)\s+the\s+bearing\b(?!\s*(?:'s|" + _ODW + "|" + _IDW + "))", " "))
    # "bearing pocket 7 deep": the pocket the bearing sits in is its OD across
    refers.append((r"\b(?:the\s+)?bearing\s+(?:pocket|seat|recess|counterbore|bore)\s+(?:right\s+|all\s+the\s+way\s+)?(?:through|thru)\b",
                   f" {od} mm through hole"))
    refers.append((r"\b(?:the\s+)?bearing\s+(?P<hole>pocket|seat|recess|counterbore)\b", rf" {od} mm \g<hole>"))
    return tuple(refers)


def _bearing_mention_use(m: re.Match[str], text: str) -> StandardUse | None:
    b = _bearings.bearing(m.group("num"))
    race = re.match(r"'s\s+(inner|outer)\s+(?:race|ring)\b", text[m.end():], re.I)
    inside = re.search(r"\b(?:inside|into)\s+(?:an?\s+|the\s+)?$", text[:m.start()], re.I)
    pressed = re.match(r"\s+(?:bearing\s+)?(?:is\s+)?(?:pressed|press[- ]fitted|fitted|mounted|set|seated|sitting)\s+(?:in|into)\b",
                       text[m.end():], re.I)
    if b is None or not (m.group("noun") or m.group("what") or race or inside or pressed or re.search(r"\bbearings?\b", text, re.I)):
        return None
    if inside and not (m.group("noun") or m.group("what")) and not re.search(r"\bbearings?\b", text, re.I):
        # "bushing to go inside a 6001, 8 mm bore": a part inside a bearing is as wide as its bore
        return StandardUse(m.group(0).strip(), f"bearing {m.group('num')} ({_bearings.SOURCE}): {_g(b.bore)} bore, "
                           f"{_g(b.outside)} OD, {_g(b.width)} wide; the part fits its {_g(b.bore)} mm bore", f" {_g(b.bore)} mm od ",
                           refers=((r"\b(?:(?:to\s+)?(?:go|goes|fit|fits|sit|sits|press|pressed)\s+)?(?:inside|into)\s+(?=\s*\d+(?:\.\d+)?\s*mm\s+od\b)",
                                    " "),))
    number, sizes = m.group("num"), f"{_g(b.bore)} bore, {_g(b.outside)} OD, {_g(b.width)} wide"
    head = f"bearing {number} ({_bearings.SOURCE}): {sizes}"
    into = r"\s*(?:bearing\s+)?(?:presses|pressed|press[- ]fits?|fits|sits|goes|is\s+pressed)\s+(?:in|into)\b"
    houses = re.search(r"\b(?:housing|holder|seat|block|ring|carrier|mount|cup|cradle|retainer|pillow|plate|bracket)\b",
                       text[:m.start()], re.I) is not None or re.match(into, text[m.end():], re.I) is not None
    refers = _bearing_refers(b, houses)
    if houses:  # "ring ... that a 608 bearing presses into": the bearing's words are read; the verb is not a feature
        refers = ((r"\b(?:that|which)\s+" + into, " "), *refers)
    what = (m.group("what") or "").strip(" '").lower()
    if pressed and not what:   # "plate 50 x 50 x 6 with a 6202 pressed into the middle": its OD is the hole
        return StandardUse(m.group(0).strip() + pressed.group(0), f"{head}; its {_g(b.outside)} mm OD is the hole",
                           f" {_g(b.outside)} mm hole in ", refers=((re.escape(pressed.group(0).strip()), " "), *refers))
    if what:   # "shaft to suit a 6001 bearing bore": the size itself
        inner = re.match(r"s?\s*" + _IDW, what, re.I) is not None
        value = b.bore if inner else b.outside
        return StandardUse(m.group(0).strip(), f"{head}; its {'bore' if inner else 'OD'} is {_g(value)} mm",
                           f" {_g(value)} mm diameter ", refers=refers)
    if race:   # "spacer to go on a 608's inner race": it shares the shaft (its bore); on the outer race, the OD
        inner = race.group(1).lower() == "inner"
        value, words = (b.bore, "mm bore") if inner else (b.outside, "mm od")
        return StandardUse(m.group(0).strip() + race.group(0), f"{head}; on its {race.group(1).lower()} race: {_g(value)} {words}",
                           f" {_g(value)} {words} ", refers=((re.escape(race.group(0)), " "), *refers))
    onto = _ONTO_SHAFT.match(text, m.end())
    if onto:   # "bush to fit a 6000 bearing onto an 8 mm shaft": the bush fills the bore, the shaft is its bore
        return StandardUse(m.group(0).strip() + onto.group(0), f"{head}; the part fits its {_g(b.bore)} mm bore over a "
                           f"{onto.group('s')} mm shaft", f" {_g(b.bore)} mm od {onto.group('s')} mm bore ",
                           refers=((re.escape(onto.group(0).strip()), " "), *refers))
    own_seat = re.sub(r"\bbearing\s+(?:pocket|seat|recess|counterbore)\s*$", " ", text[:m.start()], flags=re.I)
    if not _REFERS_BACK.search(own_seat + " " + text[m.end():]):
        return None   # the bearing is the part, or a part sized by it in one phrase: the rules below read those
    refers += ((r"\b(?:bearing\s+)?housing\s+(?=block|plate)", ""),)  # "housing block 40 x 40 x 10": a block
    if re.search(r"\b(block|plate|bracket|box)\b", text, re.I):
        # the host is a block: a bore the bearing sizes is a hole through it ("bore = bearing OD" in a 34 x 30 block)
        refers = tuple((p, r.replace(" mm bore", " mm centre hole")) for p, r in refers)
    if not re.search(r"\d\s*[x\u00d7*]\s*\d|\b(block|plate|bracket|box)\b", text, re.I):
        refers += ((r"\bhousing\b", "ring housing"),)  # a round housing unless the person gave a block's sizes
    if re.search(r"\b(?:seat|pocket|recess|counterbore|housing\s+bore)\s*$", text[:m.start()], re.I):
        # "a seat for a 6001 bearing, as deep as the bearing is wide": the seat is the bearing's OD
        return StandardUse(m.group(0).strip(), f"{head}; its {_g(b.outside)} mm OD is the bore of the seat",
                           f" {_g(b.outside)} mm ", refers=refers)
    return StandardUse(m.group(0).strip(), f"{head}; its sizes are used where the prompt refers to the bearing", " ",
                       refers=refers)


# ---- a bearing's bore or OD named by its role: "pocket for a 608", "same bore as a 6202", "inner race of a 6001" ---
_BEARING_NO = r"(?P<num>\d{3,4}|LM\d{1,2}L?UU)(?:[- ]?(?:zz|2rs|rs|2z|z|du|ddu|llu))?(?:\s+(?:deep[- ]groove\s+)?(?:ball\s+)?bearings?)?\b"
_BEARING_SEAT = re.compile(r"\b(?P<kind>(?:(?:through|thru|blind)[\s-]+)?(?:bore|hole|pocket|seat|recess|counterbore|housing bore))"
                           r"\s+(?:for|to\s+(?:fit|take|suit|accept|receive|hold)|that\s+(?:fits|takes|holds)|sized\s+for|suiting)\s+"
                           r"(?:an?\s+|the\s+)?" + _BEARING_NO, re.I)
_BEARING_SAME = re.compile(r"\b(?:the\s+)?same\s+(?P<which>bore|id|inside\s+diameter|inner\s+diameter|od|outside\s+diameter|"
                           r"outer\s+diameter|width)\s+as\s+(?:an?\s+|the\s+)?" + _BEARING_NO, re.I)
_BEARING_RACE = re.compile(r"\b(?:(?:sits?|fits?|rests?|goes|bears?|presses)\s+(?:on|against)\s+)?(?:the\s+)?(?P<which>inner|outer)"
                           r"\s+(?:race|ring)\s+of\s+(?:an?\s+|the\s+)?" + _BEARING_NO, re.I)
_DEPTH_GIVEN = re.compile(r"\d\s*(?:mm\s*)?(?:deep|dp)\b|\bdepth\s*(?:of\s*)?[:=]?\s*\d", re.I)


def _bearing_seat_use(m: re.Match[str], text: str) -> StandardUse | None:
    """"a pocket for a 608 bearing": a hole of its OD; blind (as deep as the bearing is wide unless a depth is given)."""
    b = _bearings.bearing(m.group("num"))
    if b is None:
        return None
    kind = m.group("kind").lower()
    number = m.group("num")
    sizes = f"{_g(b.bore)} bore, {_g(b.outside)} OD, {_g(b.width)} wide"
    if re.search(r"pocket|seat|recess|blind|counterbore", kind) and not kind.startswith(("through", "thru")):
        if _DEPTH_GIVEN.search(text):
            return StandardUse(m.group(0).strip(), f"bearing {number} ({_bearings.SOURCE}): {sizes}; its {_g(b.outside)} mm OD is the bore "
                               "of the pocket", f" {_g(b.outside)} mm blind hole ")
        return StandardUse(m.group(0).strip(), f"bearing {number} ({_bearings.SOURCE}): {sizes}; its {_g(b.outside)} mm OD is the bore "
                           f"of the pocket, {_g(b.width)} mm deep (its width)",
                           f" {_g(b.outside)} mm hole {_g(b.width)} mm deep ")
    return StandardUse(m.group(0).strip(), f"bearing {number} ({_bearings.SOURCE}): {sizes}; its {_g(b.outside)} mm OD is the bore",
                       f" {_g(b.outside)} mm through hole ")


def _bearing_same_use(m: re.Match[str], text: str) -> StandardUse | None:
    """"same bore as a 6202" -> 15 mm bore; "same OD as a 608" -> 22 mm od."""
    b = _bearings.bearing(m.group("num"))
    if b is None:
        return None
    which = m.group("which").lower()
    sizes = f"{_g(b.bore)} bore, {_g(b.outside)} OD, {_g(b.width)} wide"
    if which in ("bore", "id") or which.startswith(("inside", "inner")):
        value, words = b.bore, "mm bore"
    elif which == "width":
        value, words = b.width, "mm long"
    else:
        value, words = b.outside, "mm od"
    return StandardUse(m.group(0).strip(), f"bearing {m.group('num')} ({_bearings.SOURCE}): {sizes}; its {which} is "
                       f"{_g(value)} mm", f" {_g(value)} {words} ")


def _bearing_race_use(m: re.Match[str], text: str) -> StandardUse | None:
    """"spacer that sits on the inner race of a 6001: same bore": the spacer's bore is the bearing's bore
    (it sits on the same shaft); on the outer race its outside is the bearing's OD."""
    b = _bearings.bearing(m.group("num"))
    if b is None:
        return None
    inner = m.group("which").lower() == "inner"
    value, words = (b.bore, "mm bore") if inner else (b.outside, "mm od")
    if inner and _SOLID_PART.search(text[:m.start()]) and not re.search(r"\b(?:bush\w*|sleeve|tube|spacer|washer|ring|collar)\b",
                                                                       text[:m.start()], re.I):
        words = "mm diameter"  # "axle for the inner race of a 6001": the axle is as wide as the bore
    sizes = f"{_g(b.bore)} bore, {_g(b.outside)} OD, {_g(b.width)} wide"
    same = r"\b(?:the\s+|with\s+(?:the\s+)?)?same\s+(?:bore|id|inside\s+diameter)\b" if inner else \
        r"\b(?:the\s+|with\s+(?:the\s+)?)?same\s+(?:od|outside\s+diameter)\b"
    return StandardUse(m.group(0).strip(), f"bearing {m.group('num')} ({_bearings.SOURCE}): {sizes}; on its "
                       f"{'inner' if inner else 'outer'} race: {_g(value)} {words}", f" {_g(value)} {words} ",
                       refers=((same, " "),))


# ---- a bearing's sizes named by their roles: "the same OD and ID as a 6203", "to suit the bore of a 6205",
# "bore it through to the OD of a 608", "matching the bore and OD of a 6204": each role word takes its own size
_ROLE_WORD = r"(?:od|o\.d\.?|outside\s+diameter|outer\s+diameter|outside|bore|id|i\.d\.?|inside\s+diameter|inner\s+diameter|width|thickness)"

# ---- a hole sized by a bearing's role in its own words: "a through bore that the OD of a 6205 presses into",
# "bore fits a 625 bearing OD", "a centre bore the size of a 6002 OD": the hole is that size
_ROLE_OF = r"(?:the\s+)?(?P<r1>" + _ODW + "|" + _IDW + r")\s+of\s+(?:an?\s+|the\s+)?" + _BEARING_NO.replace("num", "n1")
_NUM_ROLE = r"(?:an?\s+|the\s+)?" + _BEARING_NO.replace("num", "n2") + r"(?:'s)?\s+(?P<r2>" + _ODW + "|" + _IDW + r")\b"
_HOLE_BY_BEARING = re.compile(
    r"\b(?P<hole>(?:(?:through|thru|centre|center|central|middle)\s+)?(?:bore|hole))\b"
    r"(?P<mid>\s+(?:in|at|through)\s+the\s+(?:middle|centre|center))?\s*,?\s*"
    r"(?:(?:that|which|into\s+which)\s+)?(?:(?:is\s+)?the\s+size\s+of|sized\s+(?:for|to)|to\s+(?:take|fit|suit)|takes|fits|for|=|is)?\s*"
    r"(?:" + _ROLE_OF + "|" + _NUM_ROLE + r")"
    r"(?:\s+(?:presses|pressed|press[- ]fits?|fits|goes|sits|slides)(?:\s+(?:into|in\s+it|in\b))?)?", re.I)


def _hole_by_bearing_use(m: re.Match[str], text: str) -> StandardUse | None:
    number = m.group("n1") or m.group("n2")
    b = _bearings.bearing(number)
    if b is None:
        return None
    role = (m.group("r1") or m.group("r2")).lower()
    outer = re.match(_ODW, role, re.I) is not None and not re.match(_IDW, role, re.I)
    value = b.outside if outer else b.bore
    hole = m.group("hole")
    kind = "through hole" if re.match(r"(?:through|thru)", hole, re.I) else hole
    if kind != "through hole" and _BLOCK_SIZES.search(text):
        kind = re.sub(r"\bbore\b", "hole", kind, flags=re.I)  # a bore in a block or plate is a hole through it
    return StandardUse(m.group(0).strip(), f"bearing {number} ({_bearings.SOURCE}): {_g(b.bore)} bore, {_g(b.outside)} OD, "
                       f"{_g(b.width)} wide; its {'OD' if outer else 'bore'} sizes the {hole.lower()}: {_g(value)} mm",
                       f" {_g(value)} mm {kind}{m.group('mid') or ''} ", refers=_bearing_refers(b))
_BEARING_ROLES = re.compile(
    r"(?P<lead>\b(?:(?:the\s+)?same\s+|(?:to\s+(?:suit|fit|match|take)|matching|suiting|for)\s+(?:the\s+)?"
    r"|(?P<bored>(?:bored?|drill(?:ed)?|machined?)\s+(?:it\s+|out\s+)?(?:(?:straight\s+|right\s+)?(?:through|thru)\s+)?to\s+(?:the\s+)?)))"
    r"(?P<roles>" + _ROLE_WORD + r"(?:\s*(?:,|and|&|/|\+)\s*(?:the\s+)?" + _ROLE_WORD + r")*)\s+(?:as|of)\s+(?:an?\s+|the\s+)?"
    r"(?<![\w.#/-])" + _BEARING_NO, re.I)
_SOLID_PART = re.compile(r"\b(?:shaft|pin|axle|rod|dowel|spindle|stub|plug|arbor|mandrel)s?\b", re.I)


def _bearing_roles_use(m: re.Match[str], text: str) -> StandardUse | None:
    """Each role word gets the bearing's size: OD and ID make a ring, the bore of a shaft is its diameter,
    "bored through to the OD of" is a through hole of that size."""
    b = _bearings.bearing(m.group("num"))
    if b is None:
        return None
    roles = [r.lower() for r in re.findall(_ROLE_WORD, m.group("roles"), re.I)]
    lead = m.group("lead").lower()
    if len(roles) == 1 and "same" in lead:
        return None  # "same bore as a 6202": the "same size as a bearing" rule
    sizes = f"{_g(b.bore)} bore, {_g(b.outside)} OD, {_g(b.width)} wide"
    head = f"bearing {m.group('num')} ({_bearings.SOURCE}): {sizes}"

    def value(role: str) -> tuple[float, str]:
        if role.startswith(("o", "outside", "outer")):
            return b.outside, "od"
        if role.startswith(("w", "t")):
            return b.width, "thick"
        return b.bore, "id"

    if m.group("bored"):
        v, _ = value(roles[0])
        return StandardUse(m.group(0).strip(), f"{head}; a {_g(v)} mm through hole", f" {_g(v)} mm through hole ")
    solid = _SOLID_PART.search(text[:m.start()]) and not re.search(r"\b(?:bush\w*|sleeve|tube|spacer|washer|ring|collar)\b",
                                                                  text[:m.start()], re.I)
    if solid and len(roles) == 1:  # "shaft to suit the bore of a 6205": the shaft is as wide as the bore
        v, _ = value(roles[0])
        return StandardUse(m.group(0).strip(), f"{head}; the part is {_g(v)} mm across", f" {_g(v)} mm diameter ")
    words = " ".join(f"{_g(v)} mm {w}" for v, w in (value(r) for r in roles))
    return StandardUse(m.group(0).strip(), f"{head}; " + ", ".join(f"{r} {_g(value(r)[0])} mm" for r in roles), f" {words} ")


_THICKNESS_GIVEN = re.compile(r"\d\s*(?:mm\s*)?(?:thick|long|wide|high|tall|length|width)\b|"
                              r"\b(?:thick(?:ness)?|length|width|height)\s*(?:of\s*)?[:=]?\s*\d", re.I)


# ---- paper sizes: "A4 sized base plate", "the size of an A6 sheet", "letter-size panel" -----------------------
_SHEET_NAME = r"(?P<sheet>A(?:10|[0-9])|B(?:10|[0-9])|(?:US[\s-]+)?letter|legal|tabloid)"
_SHEET_NOUN = r"(?:[\s-]*(?:siz(?:ed|e)|paper|sheets?|pages?|formats?))"
_PAPER = re.compile(r"(?:\b(?:the\s+|same\s+)?size\s+(?:of|as)\s+(?:an?\s+|the\s+)?)?(?<![\w-])" + _SHEET_NAME + r"\b"
                    r"(?![\s-]+(?:stainless|steel|ss|inox|grade|bolts?|screws?|nuts?|washers?|rods?|studs?|fasteners?)\b)"
                    r"(?:(?P<noun>" + _SHEET_NOUN + r"+)|(?=[\s-]+(?:\w+[\s-]+)?(?:plates?|boards?|panels?|base|tray|frame|"
                    r"backing|backplate|sheet|cards?|mat|blank)\b))", re.I)


def _paper_use(m: re.Match[str], text: str) -> StandardUse | None:
    """A named sheet is its two sides; the thickness is the person's (or the plate family's default)."""
    before, rest = text[:m.start()], text[:m.start()] + text[m.end():]
    if re.search(r"\b(?:stainless|steel|ss|inox|grade|class|din|iso)[\s-]*$", before, re.I) or \
            re.search(r"\d\s*(?:mm\s*)?[x\u00d7*]\s*\d", rest):
        return None   # "stainless A2 plate" is a steel grade; "A4 plate 100 x 50 x 3" gives its own sizes
    key = re.sub(r"^US[\s-]+", "", m.group("sheet"), flags=re.I).upper()
    sheet = _paper.SHEETS.get(key)
    if sheet is None:
        return None
    if key in ("LETTER", "LEGAL", "TABLOID") and not m.group("noun"):
        return None   # "letter" alone is a word, not a sheet
    if key[0] == "B" and not m.group("noun") and not m.group(0).lower().startswith(("size", "the", "same")):
        return None   # "B5 plate" is more likely a part number than a B-series sheet
    return StandardUse(m.group(0).strip(), f"{sheet.name} sheet: {_g(sheet.length)} x {_g(sheet.width)} mm ({sheet.source})",
                       f" {_g(sheet.length)} x {_g(sheet.width)} mm ")


# ---- products with a fixed size: "dummy AA battery", "Raspberry Pi 4 mounting plate" -----------------------------
def _product_rules() -> list[Rule]:
    rules = []
    for p in _products.KNOWN:
        rules.append(Rule(p.name, re.compile(p.pattern, re.I), _product_producer(p)))
    return rules


def _product_producer(p: _products.Product) -> Callable[[re.Match[str], str], StandardUse | None]:
    def produce(m: re.Match[str], text: str) -> StandardUse | None:
        rest = text[:m.start()] + text[m.end():]
        if p.shape == "cylinder":
            if _ABOUT_ANOTHER.search(rest) and not _SAME_AS.search(text):
                return None   # a holder or a box for the cell: its sizes are the person's
            d, length = p.sizes
            return StandardUse(m.group(0).strip(), f"{p.name}: {_g(d)} mm diameter, {_g(length)} mm long ({p.source})",
                               f" cylinder {_g(d)} mm diameter {_g(length)} mm long ")
        if p.shape == "sphere":
            if _ABOUT_ANOTHER.search(rest) and not _SAME_AS.search(text):
                return None   # a stand or a holder for the ball: its sizes are the person's
            return StandardUse(m.group(0).strip(), f"{p.name}: {_g(p.sizes[0])} mm diameter ({p.source})",
                               f" sphere {_g(p.sizes[0])} mm diameter ", ((f"diameter (a {p.name}'s)", p.sizes[0]),))
        if p.shape == "card":
            return _card_use(m, text, p)
        if p.holes is None or re.search(r"\bholes?\b", text, re.I):
            return None
        x, y, hole = p.holes
        assumed: tuple[tuple[str, float], ...] = ()
        size = ""
        if not _LENGTH.search(rest):
            size = f" {_g(p.sizes[0])} x {_g(p.sizes[1])} x 3 mm"
            assumed = (("plate thickness", 3.0),)
        return StandardUse(m.group(0).strip(), f"{p.name}: 4 mounting holes {_g(hole)} mm on {_g(x)} x {_g(y)} mm ({p.source})",
                           f"{size} with four {_g(hole)} mm holes at {_g(x)} x {_g(y)} mm pitch ", assumed)
    return produce


_CARD_CORNERS = re.compile(r"\b(?<!sharp )(?<!square )(?<!sharp-)(?<!square-)corners?\b|\b(?:rounded|radius|radiused)\b", re.I)
_THICK_GIVEN = re.compile(r"\d\s*(?:mm\s*)?(?:thick|thk)\b|\bthick(?:ness)?\s*(?:of\s*)?[:=]?\s*\d", re.I)


_ONE_SIZE = re.compile(r"(?<![\w.\u00d8\u00f8\u2300])\d+(?:[.,]\d+)?\s*(?:mm|cm|in\b|\")(?!\s*(?:\w+\s+)?(?:holes?|bores?|slots?|"
                       r"radius|corners?|fillets?|chamfers?|dia(?:meter)?)\b)", re.I)


def _card_use(m: re.Match[str], text: str, p: _products.Product) -> StandardUse:
    """"credit card sized plate, 1 mm thick, with the same corner radius as a card": the card's outline."""
    length, width, thick, radius = p.sizes
    corners = bool(_CARD_CORNERS.search(text))
    assumed: tuple[tuple[str, float], ...] = (("length (an ID-1 card's)", length), ("width (an ID-1 card's)", width))
    if corners:
        assumed += (("corner radius (an ID-1 card's)", radius),)
    size = f" plate {_g(length)} x {_g(width)} mm"
    rest = text[:m.start()] + text[m.end():]
    if not _THICK_GIVEN.search(text) and len(_ONE_SIZE.findall(rest)) != 1:
        # "credit card sized plate 1 mm": the one size the person gave is the thickness, not the card's 0.76
        size += f" x {_g(thick)} mm"
        assumed += (("thickness (an ID-1 card's)", thick),)
    meaning = f"{p.name}: {_g(length)} x {_g(width)} mm" + (f", corner radius {_g(radius)} mm" if corners else "") + f" ({p.source})"
    return StandardUse(m.group(0).strip(), meaning, size + (f" with {_g(radius)} mm radius corners " if corners else " "), assumed)


# ---- a standard cited by its number: "M10 nut per ISO 4032", "clearance holes to ISO 273" ----------------------
# the number names the table the families already follow, it is not a size; a standard the tables do not
# follow (DIN 934 nuts are 17 across flats at M10, ISO 4032's 16) is left, so the reading says it was not read
_CITED = {"ISO 4032": (r"\bnuts?\b", _mf.NUT_SOURCE), "ISO 273": (r"\bclearance\b|\bholes?\b", _mf.CLEARANCE_SOURCE),
          "ISO 15": (r"\bbearings?\b", _bearings.SOURCE), "ASME B18.2.8": (r"\bclearance\b|\bholes?\b", _uf.SOURCE),
          "ISO 7089": (r"\bwashers?\b", "ISO 7089"), "DIN 125": (r"\bwashers?\b", "DIN 125"),
          "DIN 9021": (r"\bwashers?\b", "DIN 9021"), "ISO 7093": (r"\bwashers?\b", "ISO 7093")}
_CITED_STD = re.compile(r"(?:\b(?:as\s+per|per|to|according\s+to|acc\.?\s+to|following)\s+)?\b(ISO|DIN|ASME)\s*-?\s*"
                        r"(B\d+(?:\.\d+)*|\d{2,5}(?:-1)?)(?:\s*A)?\b", re.I)


def _cited_use(m: re.Match[str], text: str) -> StandardUse | None:
    key = f"{m.group(1).upper()} {m.group(2).upper().removesuffix('-1')}"
    found = _CITED.get(key)
    if found is None or not re.search(found[0], text, re.I):
        return None
    return StandardUse(m.group(0).strip(), f"{key} cited: the sizes follow {found[1]}", " ")


def _appended(rule: Rule) -> bool:
    """Rules whose sizes describe the whole part are added after the rest of the text."""
    return rule.name.startswith(("NEMA", "Raspberry"))


RULES: list[Rule] = [
    *_product_rules(),
    Rule("paper size", _PAPER, _paper_use),
    Rule("pipe schedule", _PIPE, _pipe_use),
    Rule("pipe schedule in words", _PIPE_WORDS, _pipe_words_use),
    Rule("T-slot profile", _TSLOT, _tslot_use),
    Rule("NEMA frame, the person's holes", _NEMA, _nema_own_holes_use),
    Rule("NEMA motor face", _NEMA, _nema_use),
    Rule("metric washer", _WASHER, _washer_use),
    Rule("screw clearance, no hole noun", _SCREW_CLEARANCE, _screw_clearance_use),
    Rule("metric screw hole", _METRIC_HOLE, _metric_hole_use),
    Rule("hole for a metric screw", _METRIC_FOR, _metric_for_use),
    Rule("hole for a unified screw", _UNIFIED_FOR, _unified_for_use),
    Rule("unified screw hole", _UNIFIED_HOLE, _unified_hole_use),
    Rule("unified hex nut", _UNIFIED_NUT, _unified_nut_use),
    Rule("hole sized by a bearing's role", _HOLE_BY_BEARING, _hole_by_bearing_use),
    Rule("bearing sizes by role", _BEARING_ROLES, _bearing_roles_use),
    Rule("bearing named, then referred to", _BEARING_MENTION, _bearing_mention_use),
    Rule("bearing seat", _BEARING_SEAT, _bearing_seat_use),
    Rule("same size as a bearing", _BEARING_SAME, _bearing_same_use),
    Rule("bearing race", _BEARING_RACE, _bearing_race_use),
    Rule("ball bearing", _BEARING, _bearing_use),
    Rule("cited standard", _CITED_STD, _cited_use),
]


_BLOCK_SIZES = re.compile(r"\d\s*[x\u00d7*]\s*\d+(?:\.\d+)?\s*[x\u00d7*]\s*\d", re.I)


def expand(text: str) -> tuple[str, list[StandardUse]]:
    """Replace every standard name the rules know by its sizes; returns the text and what was used."""
    uses: list[StandardUse] = []
    refers: list[tuple[str, str]] = []
    tail = ""
    for rule in RULES:
        def sub(m: re.Match[str], rule: Rule = rule) -> str:
            nonlocal tail
            use = rule.produce(m, m.string)
            if use is None:
                return m.group(0)
            uses.append(use)
            refers.extend(use.refers)
            if _appended(rule):
                tail += use.replacement
                return " "
            return use.replacement
        before = len(uses)
        text = rule.pattern.sub(sub, text)
        for pattern, replacement in refers:
            text = re.sub(pattern, replacement, text, flags=re.I)
        refers.clear()
        if (rule.name == "hole sized by a bearing's role" or (rule.name in ("ball bearing", "bearing seat")
                and any("is the bore" in u.meaning for u in uses[before:]))) and len(uses) > before and _BLOCK_SIZES.search(text):
            text = re.sub(r"\b(?:bearing\s+)?housing\s+(?=block|plate)", "", text, flags=re.I)  # "housing block 40x40x12": a block
        if rule.name == "NEMA motor face" and len(uses) > before:
            text = _FRAME_HOLES.sub(" ", text)   # the frame's holes are in the tail, with their sizes
            text = re.sub(r"\b(?:centre|center|central|middle)\s+(?=[\s,.;]|and\b|$)", " ", text, flags=re.I)
    if tail:
        text = text.rstrip(" .") + tail
    return text, uses


_NOT_SIZES = [(re.compile(p, re.I), what, ask) for p, what, ask in _products.NOT_SIZES]


def unsized_names(text: str) -> list[UnsizedName]:
    """Names in `text` whose number is not a size ("iPhone 15", "350 ml")."""
    found = []
    for pattern, what, ask in _NOT_SIZES:
        for m in pattern.finditer(text):
            found.append(UnsizedName(m.group(0).strip(), what, ask))
    return found


def gives_sizes(text: str) -> bool:
    """Does `text` (with the unsized names taken out) still give a length?"""
    for pattern, _, _ in _NOT_SIZES:
        text = pattern.sub(" ", text)
    return _LENGTH.search(text) is not None


def without_unsized(text: str) -> str:
    """`text` with capacities and model numbers blanked, so no family reads them as lengths."""
    for pattern, _, _ in _NOT_SIZES:
        text = pattern.sub(lambda m: " " * len(m.group(0)), text)
    return text

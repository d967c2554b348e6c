"""Drawing and catalogue shorthand rewritten into the words the rest of the parser reads.

Each rule is a named pattern with a producer (Duckling style): it finds one kind of note an
engineer writes on a drawing and rewrites it in the plain form the callout readers and the
binder already understand, so one reader serves both ways of writing:

- `radius_places`: "R8 TYP (4 CORNERS)", "R5 TYP (4 PLCS)", "4X R5": the count counts the
  corner radii, never holes -> "R8 corners";
- `corner_abbrev`: "CNRS", "CRNR" -> "corners", "corner";
- `centre_abbrev`: "CTR", "CTRD", "CTRS", "CRS" -> "centre", "centred", "centres" ("80 CTRS": a pitch);
- `slot_w_lg`: "SLOT 6 W x 30 LG OA", "SLOT 30 LG x 6 W", "a 120 long slot 8 wide",
  "a slot 12 wide and 70 long" -> "a 30 x 6 slot" (overall length x width);
- `width_letter`: "40 W", "100 LG" after a number -> "40 wide", "100 long";
- `edge_centres`: "with centres 8 from each edge" -> "8 from each edge" (an edge distance, not a pitch);
- `edge_named`: "whose centre is 2 mm from one edge", "3 mm in from the long edge" -> "2 mm from the edge";
- `depth_first`: "a 20 deep blind hole Ø6" -> "a 20 DP blind hole Ø6" (the depth note, read as one);
- `on_circle_diameter`: "EQUI-SPACED ON Ø60" -> "equally spaced on a 60 PCD";
- `thread_class`: "M5 x 0.8 - 6H" -> "M5 x 0.8 TAP" (an internal thread's tolerance class);
- `square_shape`: "SQ TUBE", "SQ. BAR" -> "square tube", "square bar" (the shape, before its noun);
- `on_square`: "ON 70 SQ" -> "on a 70 sq pattern" (the square the hole centres sit on);
- `on_square_words`: "on a 70mm square", "on a 50 x 50 square" -> "on a 70 sq pattern" (the same, in words).
- `feature_abbrev`: "C/BORE", "C-BORE" -> "C'BORE"; "C/SINK", "C-SINK", "C'SK", "CTSK" -> "CSK" (one spelling
  for the callout readers);
- `od_x_id`: "Ø120 x Ø90 x 12 THK" -> "od 120 id 90 x 12 THK" (two diameters in one size, the larger first);
- `on_rectangle`: "4x Ø6.6 THRU ON 70 x 40" -> "on a 70 x 40 pattern" (the rectangle the centres sit on);
- `thru_bore`: "Ø20 THRU BORE", "Ø20 BORE THRU" -> "Ø20 bore";
- `count_dash`: "4-Ø6.6 THRU", "6-M8 TAP" -> "4x Ø6.6 THRU" (the JIS way of counting);
- `count_paren_before`: "(4) .257 DIA THRU", "(6) M5 TAP" -> "4x .257 DIA THRU" (the count in brackets before the note);
- `count_paren`: "Ø6.6 THRU ALL (4X)" -> "4 PLCS";
- `count_after`: "M8 TAP THRU x 4", "Ø9 THRU X 6" -> "4 PLCS" (the count written after the note);
- `equally_spaced`: "EQ SP", "EQ. SP.", "EQUI-SPACED", "EQUISPACED" -> "equally spaced" (after `on_circle_diameter`);
- `pcd_dotted`: "P.C.D.", "B.C.D." -> "PCD";
- `bolt_circle_abbrev`: "B.C.", "BC" beside a number -> "PCD" ("ON 60 B.C.", "ON B.C. Ø120");
- `centre_named_first`: "CTR Ø35 THRU", "centre Ø40 thru" -> "Ø35 bore" (the place written before the size);
- `thru_beside_circle`: "Ø20 THRU" with no count beside "8x Ø4.5 ... PCD 45" -> "Ø20 bore" (the larger, uncounted
  hole of a part with a counted bolt circle is its centre bore).

`hole_place_text` gives the text the hole-placement rules read: corner radii ("R8 corners",
"rounded corners") say how the corners are shaped, not that holes sit there.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

_N = r"(\d+(?:[.,]\d+)?|\.\d+)"  # ".250": an inch drawing drops the leading zero


@dataclass(frozen=True)
class Rule:
    name: str
    pattern: re.Pattern[str]
    produce: Callable[[re.Match[str]], str]


def _slot(length: str, width: str) -> str:
    a, b = float(length.replace(",", ".")), float(width.replace(",", "."))
    return f" a {max(a, b):g} x {min(a, b):g} slot "


_HOLES_BEFORE = re.compile(r"(?:\bholes?|\bthru|\bthrough|[x×]\s*[øØ⌀]\s*\d+(?:[.,]\d+)?|[øØ⌀]\s*\d+(?:[.,]\d+)?)\s*,?\s*$", re.I)
_BODY_AFTER = re.compile(r"\s*(?:mm\s*)?(?:shaft|rod|tube|bar|pin|pipe|boss|spigot|hub|axle)\b", re.I)


def _on_circle(m: re.Match[str]) -> str:
    """'ON Ø60' right after a hole callout is the circle the holes sit on; 'on a Ø20 shaft' is not."""
    spaced = m.group(0).strip().lower()[:2] != "on"
    if not spaced and (not _HOLES_BEFORE.search(m.string[:m.start()]) or _BODY_AFTER.match(m.string[m.end():])):
        return m.group(0)
    return f" equally spaced on a {m.group(1)} PCD"


RULES: tuple[Rule, ...] = (
    Rule("corner_abbrev",  # "R6 CNRS", "CRNR": corners
         re.compile(r"\b(CNRS|CRNRS|CNR|CRNR)\b\.?", re.I),
         lambda m: "corners" if m.group(1).lower().endswith("s") else "corner"),
    Rule("radius_places",
         re.compile(r"\bR\s?" + _N + r"(?!\d|[.,]\d)(?:\s*mm)?\s*(?:TYP\.?|TYPICAL)?\s*[,(]?\s*(?:(?<=[\s(,])(\d+)\s*(?:X|PLCS?\.?|PLACES|CORNERS|CNRS)"
                    r"|ALL\s+(?:4\s+|FOUR\s+)?CORNERS)\s*\)?", re.I),
         lambda m: f"R{m.group(1)} corners"),
    Rule("radius_places_before",
         re.compile(r"\b(\d+)\s*[X×]\s*R\s?" + _N + r"\b(?:\s*(?:TYP\.?|corners?))?", re.I),
         lambda m: f"R{m.group(2)} corners"),
    Rule("slot_w_lg",
         re.compile(r"\bSLOT\s+" + _N + r"\s*(?:mm\s*)?W(?:IDE)?\s*[x×,]?\s*" + _N + r"\s*(?:mm\s*)?(?:LG|LONG)(?:\s*(?:OA|O/A|OVERALL))?\b",
                    re.I),
         lambda m: _slot(m.group(2), m.group(1))),
    Rule("slot_lg_w",
         re.compile(r"\bSLOT\s+" + _N + r"\s*(?:mm\s*)?(?:LG|LONG)(?:\s*(?:OA|O/A|OVERALL))?\s*[x×,]?\s*" + _N
                    + r"\s*(?:mm\s*)?W(?:IDE)?\b", re.I),
         lambda m: _slot(m.group(1), m.group(2))),
    Rule("slot_long_wide",  # "a 120 long slot 8 wide", "a 40 mm long slot, 6 mm wide"
         re.compile(r"\b(?:an?\s+|one\s+)?" + _N + r"\s*(?:mm\s*)?long\s+(?:through\s+)?slot\s*,?\s*" + _N + r"\s*(?:mm\s*)?wide\b", re.I),
         lambda m: _slot(m.group(1), m.group(2))),
    Rule("slot_wide_and_long",  # "a slot 12 wide and 70 long"
         re.compile(r"\b(?:an?\s+|one\s+)?slot\s+" + _N + r"\s*(?:mm\s*)?wide\s*(?:and|,|x|by)\s*" + _N
                    + r"\s*(?:mm\s*)?long(?:\s*(?:overall|OA|O/A))?\b", re.I),
         lambda m: _slot(m.group(2), m.group(1))),
    Rule("width_letter",
         re.compile(r"(?<=\d)\s*(?:mm\s*)?\b(W|LG)\b(?!\s*[=:/])", re.I),  # "6 w/ two holes": "with", not wide
         lambda m: " wide" if m.group(1).lower() == "w" else " long"),
    Rule("edge_centres",
         re.compile(r"\b(?:with\s+)?(?:their\s+|the\s+|hole\s+)?cent(?:re|er)s?\s+(?:at\s+)?" + _N
                    + r"(\s*mm)?\s+(?=(?:in\s+)?from\s+(?:each|the|all|both|every)?\s*(?:edge|side)s?\b)", re.I),
         lambda m: f"{m.group(1)}{m.group(2) or ''} "),
    Rule("edge_named",  # "whose centre is 2 mm from one edge", "3 mm in from the long edge": an edge distance
         re.compile(r"\b(?:(?:whose|with\s+its|with\s+the|its|the)\s+)?(?:cent(?:re|er)\s+(?:is\s+|at\s+)?)?" + _N
                    + r"(\s*mm)?\s+(in\s+)?from\s+(?:one|the|a|an)\s+(?:long|short|longer|shorter|nearest|near|side)\s+"
                    r"(edge|side)\b|\b(?:whose|with\s+its|its)\s+cent(?:re|er)\s+(?:is\s+|at\s+)?" + _N
                    + r"(\s*mm)?\s+(in\s+)?from\s+(?:one|the|a|an)\s+(edge|side)\b", re.I),
         lambda m: f"{m.group(1) or m.group(5)}{m.group(2) or m.group(6) or ''} {m.group(3) or m.group(7) or ''}from the "
                   f"{m.group(4) or m.group(8)}"),
    Rule("depth_first",  # "a 20 deep blind hole Ø6": the depth written before the hole
         re.compile(r"\b(?:an?\s+|one\s+)?" + _N + r"\s*(?:mm\s*)?deep\s+(?:blind\s+)?(hole|bore)\b", re.I),
         lambda m: f"a {m.group(1)} DP blind {m.group(2)}"),
    Rule("square_shape",  # "SQ TUBE", "SQ. BAR": an abbreviation that says the shape, before the noun it shapes
         re.compile(r"(?<![\d.,])(?<![\d.,]\s)\bSQ(?:R|UARE)?\b\.?\s+(?=(?:tube|tubing|bar|stock|rod|post|block|plate|"
                    r"section|hollow|box|profile|nut|washer|hole|pocket|boss|key)\b)", re.I),
         lambda m: "square "),
    Rule("on_square",
         re.compile(r"\bON\s+(?:an?\s+)?" + _N + r"\s*(?:mm\s*)?SQ\b\.?(?!\s*(?:pattern|layout|grid))", re.I),
         lambda m: f"on a {m.group(1)} sq pattern"),
    Rule("on_square_words",  # "4x M10 tapped holes on a 70mm square", "on a 50 x 50 square": the square the centres sit on
         re.compile(r"\bON\s+(?:(?:an?|the)\s+(?=\d)|(?=\d+(?:[.,]\d+)?\s*(?:mm|[x×])))" + _N  # "on 60 square": ambiguous, left
                    + r"\s*(?:mm\s*)?(?:[x×]\s*(\d+(?:[.,]\d+)?)\s*(?:mm\s*)?)?"
                    r"square\b(?!\s*(?:tube|tubing|bar|stock|rod|post|block|plate|section|hollow|box|profile|nut|washer|hole|"
                    r"pocket|boss|key)\b)(?:\s+(?:pattern|layout|grid)\b)?", re.I),  # "on a 38 mm square pattern" too
         lambda m: f"on a {m.group(1)} sq pattern" if not m.group(2) or m.group(2) == m.group(1) else m.group(0)),
    Rule("on_circle_diameter",  # "6 HOLES Ø6.6 EQUI-SPACED ON Ø60": the circle the centres sit on
         re.compile(r"\b(?:EQUI-?\s?SPACED|EQUISPACED|EQ\.?\s*SP\.?|EQUALLY\s+SPACED|EVENLY\s+SPACED)?\s*\bON\s+(?:AN?\s+)?"
                    r"[øØ⌀]\s*" + _N + r"(?!\d|[.,]\d)(?:\s*mm)?(?!\s*(?:mm\s*)?(?:PCD|BCD|P\.C\.D|B\.C\.D|bolt|pitch|hole|thru|through|bore)\b)",
                    re.I),
         lambda m: _on_circle(m)),
    Rule("thread_class",  # "M5 x 0.8 - 6H": a tolerance class names an internal thread, a tapped hole
         re.compile(r"\b(M\s?\d+(?:[.,]\d+)?(?:\s*[x×]\s*\d+(?:[.,]\d+)?)?)\s*-?\s*\d[H]\b(?!\s*(?:TAP|THREAD))"),
         lambda m: f"{m.group(1)} TAP"),
    Rule("centre_abbrev",
         re.compile(r"\b(CTRD|CTR'D|CNTRD|CTRS|CNTRS|CRS|CTR|CNTR)\b", re.I),
         lambda m: {"d": "centred", "s": "centres"}.get(m.group(1).lower()[-1], "centre")),
)


def _od_id(m: re.Match[str]) -> str:
    """'Ø120 x Ø90': outside then inside diameter, only when the second is the smaller."""
    a, b = float(m.group(1).replace(",", ".")), float(m.group(2).replace(",", "."))
    return f"od {m.group(1)} id {m.group(2)}" if b < a else m.group(0)


_HOLE_NOTE_BEFORE = re.compile(r"(?:\bholes?|\bthru|\bthrough|\bplcs|\bplaces|\btap(?:ped)?|[øØ⌀]\s*\d+(?:[.,]\d+)?)\s*,?\s*$", re.I)


def _on_rectangle(m: re.Match[str]) -> str:
    """'ON 70 x 40' right after a hole note is the rectangle of the hole centres, never the part."""
    if not _HOLE_NOTE_BEFORE.search(m.string[:m.start()]):
        return m.group(0)
    return f" on a {m.group(1)} x {m.group(2)} pattern"


NOTE_RULES: tuple[Rule, ...] = (
    Rule("feature_abbrev",
         re.compile(r"\bC[/-]\s?BORE(S|D)?\b|\b(?:C[/-]\s?SINK|C'SK|CTSK)\b", re.I),
         lambda m: ("C'BORE" + (m.group(1) or "")) if "bore" in m.group(0).lower() else "CSK"),
    Rule("od_x_id",
         re.compile(r"[øØ⌀]\s*" + _N + r"(?:\s*mm)?\s*[x×]\s*[øØ⌀]\s*" + _N + r"(?!\d|[.,]\d|\s*(?:mm\s*)?(?:OD|ID|LG|LONG|DP|THRU|bore|hole)\b)",
                    re.I),
         _od_id),
    Rule("at_sign_rectangle",  # "4x M8 TAP THRU @ 100x60": the holes' centres on that rectangle
         re.compile(r"\s*@\s*(?=\d+(?:[.,]\d+)?\s*(?:mm\s*)?[x×]\s*\d)"),
         lambda m: " ON "),
    Rule("on_rectangle",
         re.compile(r"\s*\bON\s+(?:AN?\s+)?" + _N + r"\s*(?:mm\s*)?[x×]\s*" + _N
                    + r"(?!\d|[.,]\d|\s*(?:mm\s*)?(?:[x×]|pattern|grid|layout|rect\w*|pcd|bcd|circle|plate|block|bar)\b)", re.I),
         _on_rectangle),
    Rule("thru_bore",  # "Ø20 THRU BORE", "Ø20 BORE THRU": the centre bore, named after its size
         re.compile(r"([øØ⌀]\s*\d+(?:[.,]\d+)?)(?:\s*mm)?\s*(?:THRU(?:\s+ALL)?\s+BORE|BORE\s+THRU(?:\s+ALL)?)\b", re.I),
         lambda m: f"{m.group(1)} bore"),
    Rule("bore_named_first",  # "BORE Ø40 THRU", "CENTRE BORE Ø30 THRU": the centre bore, its name before its size
         re.compile(r"\b(?:(?:centre|center|ctr|central)\s+)?BORE\s*(?:dia\.?\s*)?([øØ⌀]\s*\d+(?:[.,]\d+)?)(?:\s*mm)?(?:\s+(?:THRU|THROUGH)(?:\s+ALL)?)?\b"
                    r"(?!\s*[x×]\s*\d)", re.I),
         lambda m: f"{m.group(1)} bore"),
    Rule("count_dash",  # "4-Ø6.6 THRU", "6-M8 TAP" (JIS style): the count before a dash
         re.compile(r"(?<![\d.,/-])\b(\d{1,3})\s?-\s?(?=[øØ⌀]\s*\d|M\s?\d)"),
         lambda m: f"{m.group(1)}x "),
    Rule("count_paren_before",  # "(4) .257 DIA THRU", "(2) Ø.201 THRU", "(6) M5 TAP": a US drawing's count, in brackets first
         re.compile(r"\(\s*(\d{1,3})\s*\)\s*(?=[øØ⌀]|\.\d|\d+/\d+|#\d|M\s?\d|\d+(?:\.\d+)?\s*(?:mm\s*)?(?:DIA|THRU|HOLES?|DRILL|TAP)\b)", re.I),
         lambda m: f" {m.group(1)}x "),
    Rule("count_paren",  # "Ø6.6 THRU ALL (4X)", "(4 x)": the count after the note, in brackets
         re.compile(r"\(\s*(\d{1,3})\s*[xX×]\s*\)"),
         lambda m: f" {m.group(1)} PLCS "),
    Rule("count_after",
         re.compile(r"\b(THRU(?:\s+ALL)?|THROUGH|TAP(?:PED)?|DP|DEEP|HOLES?)\s*[x×]\s*(\d+)\b(?![.,]\d|\s*(?:mm|[x×°]|deep|dp|long|lg|wide|thk)\b)", re.I),
         lambda m: f"{m.group(1)} {m.group(2)} PLCS"),
    Rule("pcd_dotted",  # "ON 95 P.C.D.", "B.C.D. 120": one word for the readers
         re.compile(r"\b([PB])\.\s?C\.\s?D\b\.?", re.I),
         lambda m: " PCD "),
    Rule("bolt_circle_abbrev",
         re.compile(r"(?<=\d)\s*B\.\s?C\.(?:\s?D\.?)?|\bB\.\s?C\.(?:\s?D\.?)?\s*[øØ⌀]?\s*(?=\d)|(?<=\d)\s*\bBC\b|\bBC\s+[øØ⌀]?\s*(?=\d)"),
         lambda m: " PCD "),
)

_COUNTED_NOTE = re.compile(r"(?<![\d.,])(\d{1,3})\s*[x×]\s*[øØ⌀]\s*" + _N, re.I)
_CIRCLE_WORD = re.compile(r"\bPCD\b|\bequally\s+spaced\b|\bEQ\.?\s?SP|\bbolt\s+circle\b", re.I)


def _thru_beside_circle(m: re.Match[str]) -> str:
    """'Ø20 THRU' with no count, beside '8x Ø4.5 ... PCD 45': the one larger hole is the centre bore."""
    before, after = m.string[:m.start()], m.string[m.end():]
    if re.search(r"(?:\d\s*[x×-]|C'?BORE|CSK|TAP|M\d+(?:[.,]\d+)?)\s*$", before, re.I) or \
            re.match(r"\s*(?:ALL\s*)?[,;]?\s*(?:\d+\s*PLCS|\(\s*\d+\s*[x×]\s*\)|CTR|CENT(?:RE|ER)|ON\b|EQ|equally|PCD|[x×]\s*\d)", after, re.I):
        return m.group(0)  # counted, a counterbore's own size, placed, or on the circle itself
    counted = [float(c.group(2).replace(",", ".")) for c in _COUNTED_NOTE.finditer(m.string)]
    if not counted or not _CIRCLE_WORD.search(m.string) or float(m.group(1).replace(",", ".")) <= max(counted):
        return m.group(0)
    return f"Ø{m.group(1)} bore"


LATE_RULES: tuple[Rule, ...] = (
    Rule("centre_named_first",  # "CTR Ø35 THRU", "centre Ø40 thru": the centre bore, its place before its size
         re.compile(r"\b(?:centre|center|central|middle)\s+([øØ⌀]\s*\d+(?:[.,]\d+)?)(?:\s*mm)?\s*(?:THRU|THROUGH)(?:\s+ALL)?\b"
                    r"(?!\s*[x×]\s*\d)", re.I),
         lambda m: f"{m.group(1)} bore"),
    Rule("thru_beside_circle",  # "disc Ø60 x 10, Ø20 THRU, 8x Ø4.5 EQ SP PCD 45": the uncounted larger hole is the bore
         re.compile(r"[øØ⌀]\s*" + _N + r"(?:\s*mm)?\s*(?:THRU|THROUGH)(?:\s+ALL)?\b", re.I),
         _thru_beside_circle),
    Rule("equally_spaced",
         re.compile(r"\bEQUI-?\s?SPACED\b|\bEQUISPACED\b|\bEQ\.?\s?SP(?:ACED|\.)?(?![a-z])|\bEQ\.?\s?SPACED\b", re.I),
         lambda m: "equally spaced"),
)


def normalise(text: str) -> str:
    """The prompt with each drawing note written out in words (lengths keep their positions' order)."""
    for rule in NOTE_RULES + RULES + LATE_RULES:
        text = rule.pattern.sub(rule.produce, text)
    return text


def names(text: str) -> list[str]:
    """The rules that rewrote something in `text` (for tests and the reading's notes)."""
    return [r.name for r in NOTE_RULES + RULES + LATE_RULES if r.pattern.search(text)]


_CORNER_SHAPE = re.compile(
    r"\bR\s?\d+(?:[.,]\d+)?\s*(?:mm\s*)?(?:TYP\.?\s*)?(?:all\s+|on\s+(?:the\s+|all\s+)?)?(?:\d+\s+|four\s+)?corners?\b"
    r"|\b(?:rounded|round|radiused|filleted|chamfered|bevelled|beveled|broken)\s+(?:(?:all|the|its|four|4)\s+)*corners?\b"
    r"|\bcorners?\s+(?:radius|rounded|radiused|filleted|chamfered|broken)\b"
    r"|\b(?:corner|edge)\s+radi(?:us|i)\b"
    r"|\b(?:round|fillet|radius|chamfer|break)\s+(?:off\s+)?(?:all\s+|the\s+|its\s+|four\s+|4\s+)*corners?\b",
    re.I)


def hole_place_text(text: str) -> str:
    """`text` without the phrases that shape the corners ("R8 corners", "rounded corners"), which
    say nothing about where holes go: a lone Ø10 hole on a plate with R8 corners is not four."""
    return _CORNER_SHAPE.sub(" ", text)


def corner_radius_counts(text: str) -> list[tuple[int, int]]:
    """Spans of the counts that count corner radii ("R8 TYP (4 CORNERS)", "4X R5"): understood, not
    unbound numbers, once the part has its corners rounded."""
    spans = []
    for rule in (r for r in RULES if r.name.startswith("radius_places")):
        for m in rule.pattern.finditer(text):
            g = 2 if rule.name == "radius_places" else 1
            if m.group(g):
                spans.append(m.span(g))
    return spans

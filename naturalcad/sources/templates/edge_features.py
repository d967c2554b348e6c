"""Edge callouts in drawing shorthand: "R5 ALL CORNERS", "1 x 45° CHAMFER", "C2", "R3 TYP".

Named patterns with producers, like `hole_features`: each finds a callout, says which edges it
means (all, the vertical corner edges, the top or bottom edges, the ends of a round part) and
blanks its numbers out of what the parser reads, so "R10" is never taken for a thickness and
"45°" never for an angle of the part.  Plain-English wording ("round the vertical edges 8 mm")
stays with the parser's own edge reading.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_NUM = r"(\d++(?:[.,]\d++)?+|\.\d++)"  # "R5", "R2.5", "R.25" (an inch drawing writes no leading zero)


@dataclass(frozen=True)
class EdgeCallout:
    kind: str            # "fillet" | "chamfer"
    size: float
    which: str | None    # "all" | "vertical" | "top" | "bottom" | "top_bottom" | "ends"; None: from the wording around it
    span: tuple[int, int]


_WHICH = (
    (re.compile(r"\b(?:all|4|four)?\s*(?:outside\s+|outer\s+)?corners\b|\bcorners?\b", re.I), "vertical"),
    (re.compile(r"\bvertical edges?\b", re.I), "vertical"),
    (re.compile(r"\b(?:top|upper)\s+and\s+(?:the\s+)?(?:bottom|lower)\s+edges?\b|\b(?:bottom|lower)\s+and\s+(?:the\s+)?(?:top|upper)\s+edges?\b", re.I),
     "top_bottom"),
    (re.compile(r"\b(?:top|upper)\s+(?:(?:four|4|two|2|outside|outer|circular|end|rim)\s+){0,2}(?:edges?|face|rim)\b", re.I), "top"),
    (re.compile(r"\b(?:bottom|lower)\s+(?:(?:four|4|two|2|outside|outer|circular|end|rim)\s+){0,2}(?:edges?|face|rim)\b", re.I), "bottom"),
    (re.compile(r"\b(?:both|each|the)\s+ends\b|\bends\b", re.I), "ends"),
    (re.compile(r"\ball\s+(?:the\s+|its\s+|\d+\s+|twelve\s+)?(?:edges|round|over|sides)\b|\bevery\s+edges?\b|\beach\s+edge\b|"
                r"\bthroughout\b", re.I), "all"),
)

# R5 ALL CORNERS, R3 TYP, R2 ALL EDGES, R4 corners, corners R4, corners rounded R4
_RADIUS = re.compile(
    r"\br\s?" + _NUM + r"(?:\s*mm)?(?=\s*(?:all\s+(?:corners|edges|round)|corners|edges|typ\b|all round|"
    # "R3 on every edge", "R9.5 on all the edges", "R4 on the vertical edges"
    r"(?:on|to|at)\s+(?:all\s+(?:the\s+)?|every\s+|each\s+|the\s+)(?:(?:top|bottom|upper|lower|vertical|outer|outside|four|4)\s+)?"
    r"(?:corners?|edges?)\b))", re.I)
_RADIUS_AFTER = re.compile(r"\b(?:(?:top|bottom|upper|lower|vertical|outer|outside|four|4|all|both|end|and)\s+){0,3}(?:corners?|edges?)(?:\s+all\s+(?:round|around|over))?\s*,?\s+(?:rounded\s+|radiused\s+|filleted\s+)?(?:to\s+|at\s+)?r\s?" + _NUM, re.I)
# "round (only) the vertical edges", "round off the corners": the verb, never a round body
_ROUND_VERB = re.compile(r"\brounds?(?=\s+(?:on\s+|off\s+)?(?:only\s+|just\s+)?(?:(?:the|all|its|four|every)\s+)*(?:\w+\s+){0,2}(?:edges?|corners?)\b)", re.I)
# 1 x 45° CHAMFER, 2 x 45° chamfer on the top edges, CHAMFER 1 x 45°, 0.5 x 45°
_CHAMFER = re.compile(
    r"\b" + _NUM + r"(?:\s*mm)?\s*[x×]\s*45\s*(?:°|deg(?:rees?)?)(?:\s*chamfers?)?"
    r"|\bchamfers?\s+" + _NUM + r"(?:\s*mm)?\s*[x×]\s*45\s*(?:°|deg(?:rees?)?)"
    # the degree sign left out next to the word: "1 mm x 45 chamfer", "chamfer 0.5 x 45"
    r"|\b" + _NUM + r"(?:\s*mm)?\s*[x×]\s*45\b(?=\s*(?:deg\w*\s*)?chamf)"
    r"|\bchamfer(?:s|ed)?\s+" + _NUM + r"(?:\s*mm)?\s*[x×]\s*45\b(?!\s*mm)", re.I)

# chamfer all edges 2 mm, round the vertical edges 8 mm, fillet the top edge by 1.5, bevel the edges 1 mm
_WORDED = re.compile(
    r"\b(fillet|round|radius|chamfer|bevel)\w*\s+(?:(?:all|the|its|every|of|just|only|both|each)\s+)*(?:(?:top|bottom|upper|lower|vertical|"
    r"outer|outside|four|4|two|2|eight|8|twelve|12|long|short|circular|end)\s+){0,3}(?:edges?|corners?|ends)\s+(?:by\s+|to\s+|at\s+|of\s+|with\s+(?:an?\s+)?)?(?:r\s?)?" + _NUM
    + r"(?:\s*mm)?(?!\s*(?:x|×|holes?|wide|long|thick|deep|high|tall)\b)", re.I)


# "leave the top and bottom edges sharp", "the vertical edges and bottom edges are left sharp", "keep the bottom edges
# square": edges named only to be left alone, never the ones to round
SHARP_EDGES = re.compile(
    r"\b(?:leave|leaving|keep|keeping)\s+(?:the\s+|all\s+)?(?:(?:top|bottom|upper|lower|vertical|other|side|and|four|4|outer)\s+|edges?\s+)*"
    r"(?:edges?|corners?)\s+(?:sharp|square|unrounded|as\s+they\s+are)\b"
    r"|\b(?:the\s+)?(?:(?:top|bottom|upper|lower|vertical|other|side|and|four|4|outer)\s+|edges?\s+)+(?:edges?|corners?)\s+"
    r"(?:are\s+|is\s+|stay\s+|stays\s+|remain\s+|remains\s+)?(?:left\s+|kept\s+)?(?:sharp|square|unrounded)\b"
    # "rest sharp", "the rest left sharp", "leave everything else sharp": all but the edges named
    r"|\b(?:leave\s+|leaving\s+|keep\s+)?(?:the\s+)?(?:rest|everything\s+else|all\s+(?:the\s+)?others?|other\s+edges)\s+"
    r"(?:of\s+the\s+edges\s+)?(?:is\s+|are\s+|stays?\s+|remains?\s+)?(?:left\s+|kept\s+)?(?:sharp|square|unrounded)\b", re.I)


def without_sharp_edges(text: str) -> str:
    """`text` with the edges it leaves sharp blanked, so only the edges to round or bevel are read."""
    return SHARP_EDGES.sub(lambda m: " " * len(m.group(0)), text)


def round_only_as_verb(text: str) -> bool:
    """Is every 'round' of the text the verb ("round the 4 vertical corners R9.5"), none a round body?"""
    rounds = list(re.finditer(r"\bround\b", text, re.I))
    def edge_word(m: re.Match[str]) -> bool:  # "almost a full round on the ends": an edge's shape
        # "closed all round", "a lip all round": everywhere along the outline, no round body either
        return _ROUND_VERB.match(text, m.start()) is not None or re.search(r"\b(?:full|half|all)[- ]$", text[:m.start()], re.I) is not None
    return bool(rounds) and all(edge_word(m) for m in rounds)


def read_edge_callout(text: str) -> tuple[EdgeCallout | None, str]:
    """The first edge callout in `text`, and the text with its numbers blanked out."""
    found: EdgeCallout | None = None
    for pat, kind in ((_CHAMFER, "chamfer"), (_RADIUS, "fillet"), (_RADIUS_AFTER, "fillet"), (_WORDED, "")):
        m = pat.search(text)
        if m:
            if pat is _WORDED:
                kind = "chamfer" if m.group(1).lower() in ("chamfer", "bevel") else "fillet"
                size, at = m.group(2), m.start(2)
            else:
                size = next(g for g in m.groups() if g)
                at = m.start()
            which = _which(text, m)
            if which is None and pat is _RADIUS:
                which = "vertical"  # "R5 TYP" on a drawing: the corners of the outline
            found = EdgeCallout(kind, float(size.replace(",", ".")), which, (at, m.end()))
            break
    text = _ROUND_VERB.sub(lambda v: " " * len(v.group(0)), text)
    if found is None:
        return None, text
    a, b = found.span
    return found, text[:a] + " " * (b - a) + text[b:]


def _which(text: str, m: re.Match[str]) -> str | None:
    """The edges named next to the callout (the words right after it, else anywhere)."""
    text = without_sharp_edges(text)
    near = text[m.start():m.end() + 40]
    for pat, which in _WHICH:
        if pat.search(near):
            return which
    return None

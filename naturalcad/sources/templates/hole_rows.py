"""Rows of holes spaced apart: "two rows of 8 mm holes, 40 mm pitch, rows 60 apart", "2 ROWS OF 4, 40 PITCH,
ROWS 20 APART", "30 between rows", "row spacing 25".

The distance between the rows is its own size (the spacing across the rows), never the pitch along a
row, so it is taken out before the parser reads the numbers and given to the hole layout
(`families/hole_pitch.py`) as `row_spacing`. A named pattern with a producer, like `hole_features`.
"""

from __future__ import annotations

import re

_N = r"(?P<n>\d+(?:[.,]\d+)?)\s*(?P<unit>mm|cm|in\b|inch(?:es)?|\")?"
_ROW_SPACING = re.compile(
    r"\brows?\s+(?:are\s+|spaced\s+|set\s+)?(?:at\s+)?" + _N + r"\s*(?:apart|on\s+cent(?:re|er)s|cent(?:re|er)s|c/c|pitch|spacing)\b"
    r"|(?<![\w.])" + _N.replace("<n>", "<n2>").replace("<unit>", "<unit2>") + r"\s*(?:apart\s+)?between\s+(?:the\s+)?rows\b"
    r"|\brow\s+(?:spacing|pitch|cent(?:re|er)s)\s*(?:of\s+|=\s*|:\s*)?" + _N.replace("<n>", "<n3>").replace("<unit>", "<unit3>"),
    re.I)


def read_row_spacing(text: str) -> tuple[float | None, str | None, str]:
    """The distance between rows (as typed, and its unit if written) and the text without it."""
    m = _ROW_SPACING.search(text)
    if m is None or not re.search(r"\brows?\b", text[:m.start()] + text[m.end():], re.I):
        return None, None, text  # one "row" with a spacing is a row's pitch, not rows apart
    value = next(v for v in (m.group("n"), m.group("n2"), m.group("n3")) if v)
    unit = next((u for u in (m.group("unit"), m.group("unit2"), m.group("unit3")) if u), None)
    return float(value.replace(",", ".")), unit, text[:m.start()] + " " * (m.end() - m.start()) + text[m.end():]


# The edge margin measured from the hole centres, in the ways people write it: "plate edge 15 from the outer
# hole centres", "10 mm from the hole centres to the edge", "20 edge margin to hole centres", "plate edge 12
# from the nearest hole centres all round". Written out as "N from the edges" (the binder's edge distance), so
# an outline the prompt does not give follows from the pattern (`roles._outline_from_pattern`).
_M = r"(?P<m>\d+(?:[.,]\d+)?)\s*(?P<mu>mm|cm|in\b|inch(?:es)?|\")?"
_CENTRES = r"(?:the\s+)?(?:(?:outer|outermost|outside|nearest|end|edge|last)\s+)?(?:hole\s+)?cent(?:re|er)s?(?:\s+of\s+the\s+(?:outer\s+)?holes?)?"
_EDGES = r"(?:the\s+|each\s+|every\s+|all\s+)?(?:plate\s+|sheet\s+|part\s+|outside\s+|outer\s+)?(?:edges?|sides?|border)"
_EDGE_MARGIN = re.compile(
    r"\b(?:(?P<noun>plate|sheet|panel)\s+|the\s+)?(?:edges?|border)\s+(?:at\s+|is\s+|are\s+|sits?\s+)?" + _M
    + r"\s*(?:in\s+)?(?:from|beyond|past|outside)\s+" + _CENTRES + r"(?:\s+all\s+round)?"
    r"|(?<![\w.])" + _M.replace("<m>", "<m2>").replace("<mu>", "<mu2>") + r"\s*(?:(?:edge\s+)?margin\s+)?(?:from|to)\s+"
    + _CENTRES + r"\s+(?:to|and)\s+" + _EDGES
    + r"|(?<![\w.])" + _M.replace("<m>", "<m3>").replace("<mu>", "<mu3>") + r"\s*(?:edge\s+margin|edge\s+distance|margin)\s+"
    r"(?:to|from)\s+(?:the\s+)?(?:hole\s+)?cent(?:re|er)s?",
    re.I)
# "leave 5 mm of solid material between the outermost holes and the edge": a margin of material, beyond the holes' edge
_MATERIAL_MARGIN = re.compile(
    r"(?<![\w.])" + _M + r"\s*(?:of\s+)?(?:solid\s+)?(?:material|metal|web|land|meat)\s+(?:between|from)\s+(?:the\s+)?"
    r"(?:outer(?:most)?\s+|outside\s+|edge\s+|last\s+)?holes?\s+(?:and|to)\s+" + _EDGES, re.I)


def read_edge_margin(text: str) -> tuple[float | None, str | None, bool, str]:
    """The edge margin (as typed, its unit if written, True when it is material beyond the holes' edge rather
    than from their centres) and the text with the phrase written as "N from the edges"."""
    for rx, material in ((_EDGE_MARGIN, False), (_MATERIAL_MARGIN, True)):
        m = rx.search(text)
        if m is None:
            continue
        value = next(v for v in (m.groupdict().get(k) for k in ("m", "m2", "m3")) if v)
        unit = next((u for u in (m.groupdict().get(k) for k in ("mu", "mu2", "mu3")) if u), None)
        size = float(value.replace(",", "."))
        noun = m.groupdict().get("noun")  # "plate edge 15 from ...": the plate is still named
        written = " " if material else f" {noun + ', ' if noun else ''}{value}{(' ' + unit) if unit else ''} from the edges "
        return size, unit, material, text[:m.start()] + written + text[m.end():]
    return None, None, False, text

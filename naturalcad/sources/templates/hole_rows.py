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

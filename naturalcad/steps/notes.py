"""Drawing-note style: one operation per line in the abbreviations of an engineering drawing.

"PLATE 140 x 80 x 10 / 4X Ø11 THRU ON 116 x 56 PATTERN, CTRD / Ø28 THRU @ CTR / R8 ALL VERT CNRS (4)" is four
steps written as a drafter writes them. Each line (or "/"-separated item) is a step; the abbreviations are
spelled out in the reader's words ("4X Ø11 THRU" is four Ø11 holes through, "@ CTR" at the centre, "EQ SP"
equally spaced, "DP" deep, "THK" thick), so the step readers read the notes like any other steps.
"""

from __future__ import annotations

import re

_ABBREV = re.compile(r"\b(?:THRU|CTRD|CTR|EQ\s*SP|EA|C/L|DP|THK|LG|SQ|CHAM|CSK|CBORE|C'BORE|CNRS|VERT|\d+X)\b|@")
_WORDS = [
    (r"\bEQ\.?\s*SP(?:ACED)?\.?\b", "equally spaced"),
    (r"\bTHRU\b", "through"),
    (r"\bCTRD\b", "centred"),
    (r"\bFROM\s+EDGES\b", "from the edges"),
    (r"@\s*CTR\b|\bAT\s+CTR\b|\bCTR\b", "at the centre"),
    (r"\bEA\.?\s+END\b", "each end"),
    (r"\bEA\.?\b", "each"),
    (r"\bON\s+C/L\b", "on the centreline"),
    (r"\bC/L\b", "centreline"),
    (r"\bDP\b", "deep"),
    (r"\bTHK\b", "thick"),
    (r"\bLG\b", "long"),
    (r"\bCHAM\b", "chamfer"),
    (r"\bCSK\b", "countersink"),
    (r"\bC'?BORE\b", "counterbore"),
    (r"\bINT\.?\s+CNRS\b", "internal corner radius"),
    (r"\bCNRS\b", "corners"),
    (r"\bVERT\b", "vertical"),
    (r"@", "at"),
]


def is_notes(prompt: str) -> bool:
    """Whether the description is written as drawing notes: several lines or '/' items with drafting abbreviations."""
    items = [s for s in re.split(r"\n|\s/\s", prompt) if s.strip()]
    return len(items) >= 2 and len(_ABBREV.findall(prompt)) >= 2


def _line(item: str) -> str:
    t = item.strip()
    # "R8 ALL VERT CNRS (4)", "R4 OUTSIDE CNRS (4)": a fillet of the vertical edges
    r = re.match(r"^R\s*(\d+(?:\.\d+)?)\s+(?:ALL\s+)?(?:VERT\w*\s+|OUTSIDE\s+|OUTER\s+)(?:CNRS|CORNERS|EDGES)\b.*$", t, re.I)
    if r:
        return f"Fillet the vertical edges {r.group(1)} mm"
    # "1 x 45° CHAM OD BOTH SIDES": a chamfer of the outer edges at both ends
    c = re.match(r"^(\d+(?:\.\d+)?)\s*x\s*45\s*(?:°|DEG\w*)?\s*CHAM\w*\s*(OD|ID)?\s*(BOTH\s+(?:SIDES|ENDS))?\s*$", t, re.I)
    if c:
        which = "the outer edges" if (c.group(2) or "").upper() == "OD" else "the bore edges" if c.group(2) else "the edges"
        return f"Chamfer {which}{' at both ends' if c.group(3) else ''} {c.group(1)} mm"
    # "4X Ø11 THRU": four holes; "Ø28 THRU @ CTR": one hole
    t = re.sub(r"^(\d+)\s*X\s+(?=[Ø⌀]|M\d)", r"Drill \1 holes ", t, flags=re.I)
    if re.match(r"^[Ø⌀]\s*\d+(?:\.\d+)?\s+THRU\b", t, re.I):
        t = "Drill a hole " + t
    # "60 SQ x 6": a square plate
    t = re.sub(r"\b(\d+(?:\.\d+)?)\s*SQ\s*x\s*(\d+(?:\.\d+)?)\b", r"plate \1 x \1 x \2", t, flags=re.I)
    t = re.sub(r"\bON\s+(\d+(?:\.\d+)?)\s*SQ\b", r"on a \1 square", t, flags=re.I)
    for pattern, word in _WORDS:
        t = re.sub(pattern, word, t, flags=re.I)
    # "ON 116 x 56 PATTERN": the corners of a rectangle
    t = re.sub(r"\bON\s+(\d+(?:\.\d+)?\s*x\s*\d+(?:\.\d+)?)\s*PATTERN\b", r"on the corners of a \1 rectangle", t, flags=re.I)
    return _lower_words(t)


def _lower_words(t: str) -> str:
    """Upper-case words in lower case, symbols and 'M6' kept: the readers' patterns are written in lower case."""
    return re.sub(r"\b(?!(?:OD|ID|PCD)\b)[A-Z]{2,}\b", lambda m: m.group(0).lower(), t)


def expand(prompt: str) -> str:
    """The notes as steps, one a line, abbreviations spelled out."""
    items = [s for s in re.split(r"\n|\s/\s", prompt) if s.strip()]
    return "\n".join(_line(s) for s in items)


def spell_counts(step: str) -> str:
    """'4x Ø5.5 through on a 47.14 square': four holes, when the step names no hole (a drafter's count of a callout)."""
    if re.search(r"\b(?:holes?|bores?|slots?|bosses|pins?)\b", step, re.I):
        return step
    return re.sub(r"\b(\d+)\s*[xX]\s*(?=[Ø⌀])", r"\1 holes ", step)

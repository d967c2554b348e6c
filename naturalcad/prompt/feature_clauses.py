"""Feature clauses read whole, shared by the part families and the step reader.

A feature's sizes come in any order after (or before) its noun: "one through slot 8 wide, 30
between the end radius centres", "a slotted hole 10 wide with 40 mm centre to centre", "a 14 mm
wide slot, centres 60 apart", "a slot of 6 mm of wide and 40 of long total" (Spanish through the
glossary). One reader here, so `sources/templates/slot_features.py` and `steps/read.py` agree on
what a slot's numbers mean (a centre distance adds one width to make the overall length).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_NUM = r"(\d++(?:[.,]\d++)?+|\.\d++)"
_WORDS = {"a": 1, "an": 1, "one": 1, "single": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}

# a feature said to run the whole part: "the full length", "end to end", "along its whole length"
FULL_LENGTH = r"\b(?:whole|full|entire) length\b|\ball along\b|\b(?:from )?end to end\b"


@dataclass(frozen=True)
class SlotClause:
    width: float
    length: float                      # overall (end to end), 0 when the clause gives none
    count: int
    centres: float                     # the centre distance as written, 0 when the length is overall
    spans: tuple[tuple[int, int], ...]  # the words read, to blank from what other readers see


def _f(s: str) -> float:
    return float(s.replace(",", "."))


# A slot's clause read as a whole, whatever the order its sizes come in: "one through slot 8 wide,
# 30 between the end radius centres", "a slotted hole 10 wide with 40 mm centre to centre", "a slot
# of 6 mm of wide and 40 of long total" (Spanish through the glossary), "14 mm wide slot, centres 60 apart".
_SLOT_NOUN = re.compile(r"\b(?:slotted|oblong|elongated)\s+holes?\b|\bslots?\b", re.I)
_CLAUSE_END = re.compile(r"[;]|\.(?!\d)|\b(?:holes?|bores?|pockets?|chamfer\w*|fillet\w*|grooves?|keyways?|counterbor\w*)\b",
                         re.I)
_U = r"\s*(?:mm)?\s*(?:of\s+)?"
_CL_WIDE = re.compile(_NUM + _U + r"(?:wide|width)\b|\b(?:width|wide)\s*(?:of\s+)?" + _NUM, re.I)
_CL_OVERALL = re.compile(_NUM + _U + r"long\b(?:\s*(?:total|overall|o/?a)\b)?|\b(?:overall|total) length\s*(?:of\s+)?" + _NUM
                         + r"|" + _NUM + r"\s*(?:mm)?\s*(?:overall|total|o/?a)\b", re.I)
_CL_CENTRES = re.compile(_NUM + r"\s*(?:mm)?\s*(?:between (?:the )?(?:end |two )?(?:radius |radii |arc |end )?cent(?:re|er)s|"
                         r"cent(?:re|er)s? to cent(?:re|er)s?|c-c|c/c|cc|on cent(?:re|er)s)\b|"
                         r"\bcent(?:re|er)s\s+(?:of\s+)?" + _NUM + r"\s*(?:mm)?\s*apart\b|"
                         r"\bcent(?:re|er)s? distance\s*(?:of\s+)?" + _NUM, re.I)
_CL_COUNT = re.compile(r"\b(one|a|an|single|two|three|four|2|3|4)\s+(?:[a-z]+\s+){0,2}$", re.I)


def _first_group(m: re.Match[str]) -> tuple[float, tuple[int, int]]:
    g = next(i for i in range(1, (m.lastindex or 0) + 1) if m.group(i))
    return _f(m.group(g)), m.span()


def read_slot_clause(text: str) -> SlotClause | None:
    """The first slot whose width is written in its clause, with its overall or centre-to-centre length."""
    for noun in _SLOT_NOUN.finditer(text):
        start = max(0, noun.start() - 30)
        before = text[start:noun.start()]
        cut = max(before.rfind(","), before.rfind(";"), before.rfind(" with "), before.rfind(" and "))
        lo = start + cut + 1 if cut >= 0 else start
        end = _CLAUSE_END.search(text, noun.end())
        hi = min(end.start() if end else len(text), noun.end() + 90)
        clause = text[lo:hi]
        wide = _CL_WIDE.search(clause)
        if wide is None:
            continue
        width, wspan = _first_group(wide)
        spans = [(lo + wspan[0], lo + wspan[1]), noun.span()]
        length = centres = 0.0
        cc = _CL_CENTRES.search(clause)
        over = _CL_OVERALL.search(clause)
        if cc is not None:
            centres, cspan = _first_group(cc)
            length = centres + width
            spans.append((lo + cspan[0], lo + cspan[1]))
        elif over is not None:
            length, ospan = _first_group(over)
            spans.append((lo + ospan[0], lo + ospan[1]))
        if length and length < width:
            continue
        count = _CL_COUNT.search(text[lo:noun.start()])
        word = (count.group(1).lower() if count else "a")
        n = int(word) if word.isdigit() else _WORDS.get(word, 1)
        return SlotClause(width, length, n, centres, tuple(spans))
    return None


# "round the four vertical (20 mm) edges": a length in brackets between an edge's words is the
# edge's own length, which the block's sizes already give; never a size of the part or a radius
_EDGE_ASIDE = re.compile(r"(\b(?:vertical|horizontal|long|short|top|bottom|side|upper|lower|end|outer|outside|four|4|two|2|"
                         r"eight|8|twelve|12)\s*)\(\s*" + _NUM + r"\s*(?:mm)?(?:\s*long)?\s*\)(?=\s*(?:\w+\s+)?(?:edges?|corners?)\b)",
                         re.I)


def without_edge_asides(text: str) -> str:
    """`text` with an edge's length in brackets blanked ("the vertical (20 mm) edges" -> "the vertical edges")."""
    return _EDGE_ASIDE.sub(lambda m: m.group(1).rstrip(), text)

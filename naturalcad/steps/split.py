"""Split a description into steps: numbered items, "Step N:", first/then/finally, sentences.

A step is the unit a person thinks in. Numbered items keep their numbers; inside an
item, and in running text, each sentence is a candidate operation of its own, so
"First make a disc ... Then bore ... Finally chamfer ..." becomes three steps.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# "1.", "1)", "(1)", "Step 1:", "Step 1 -", "- " bullets, at the start of a line or after a sentence end.
_NUMBERED = re.compile(
    r"(?:\bstep\s*(\d{1,2})\s*[:.)\-–—]"
    r"|(?:^|(?<=\n)|(?<=\D[.:;]\s)|(?<=\D[.:;]))\s*\(?(\d{1,2})[.)](?=\s)"
    r"|(?:^|\n)\s*[-*•]\s+"
    r"|(?<=\d\.\s)(\d{1,2})[.)](?=\s+[A-Z]))",
    re.I)
_SEQUENCE = re.compile(r"\b(first(?:ly)?|then|next|after that|afterwards|finally|lastly|start (?:with|by)|begin with)\b", re.I)
_OP_VERB = re.compile(
    r"\b(sketch|draw|extrude[ds]?|cut|drill(?:ed)?|bore|boring|fillet(?:ed)?|chamfer(?:ed)?|round|shell|hollow|"
    r"revolve[ds]?|loft|sweep|swept|mirror|union|combine|pocket|counterbore|countersink|add|attach|punch|"
    r"make|model|start)\b", re.I)
_IMPERATIVE = re.compile(r"^(?:then\s+|next\s+|finally\s+)?(?:drill|cut|bore|fillet|chamfer|add|extrude|revolve|shell|round|"
                         r"punch|mirror|sweep|loft|counterbore|countersink|pocket|hollow)\b", re.I)
# A sentence ends at ". " / "; " but not inside numbers ("6.5") or abbreviations ("approx.").
_SENTENCE_END = re.compile(r"(?<!\d)(?<!\bi\.e)(?<!\be\.g)\.(?=\s|$)|(?<=\d)\.(?=\s+[A-Z])|;\s+(?=[A-Z])|\n+"
                           r"|,?\s+(?=then\s+(?:cut|drill|bore|add|fillet|chamfer|shell|extrude|revolve|round|make|sweep|loft|mirror|punch)\b)"
                           r"|;\s*(?=then\b)"
                           # "...; a 4 mm hole goes down through every pillar": a hole after a semicolon is a step
                           r"|;\s+(?=(?:an?|one|two|three|four|six|\d+)\s+(?:[\w.-]+\s+){0,4}?holes?\b)"
                           r"|,?\s+and\s+(?=(?:then\s+)?(?:fillet|chamfer|drill|bore|shell|round|punch|break)\b)")


@dataclass(frozen=True)
class Step:
    """One step of the description: its number as the person sees it, and its text.

    Sentences of one numbered item share its number; `index` orders every sentence.
    """

    number: int
    text: str
    index: int = 0


def reads_as_steps(prompt: str) -> bool:
    """Whether a prompt describes a part operation by operation rather than naming it."""
    text = prompt.strip()
    numbered = [m for m in _NUMBERED.finditer(text) if m.group(1) or m.group(2) or m.group(3)]
    if len(numbered) >= 2 or re.search(r"\bstep\s*1\b", text, re.I):
        return True
    if len(_SEQUENCE.findall(text)) >= 2:
        return True
    every = _sentences(text)
    # "Plate 4 x 2 x 1/4 in. Drill two holes ...": a body, then an order
    if len(every) >= 2 and any(_IMPERATIVE.match(s) for s in every[1:]):
        return True
    sentences = [s for s in every if _OP_VERB.search(s)]
    return len(sentences) >= 2 and len(text) >= 80


def _sentences(text: str) -> list[str]:
    parts = _SENTENCE_END.split(text)
    return [p.strip(" \t-–—*•:") for p in parts if p and p.strip(" \t-–—*•:")]


def _items(text: str) -> list[tuple[int | None, str]]:
    """Numbered or bulleted items with their numbers; the text before the first is an item of its own."""
    cuts = [m for m in _NUMBERED.finditer(text)]
    if not cuts:
        return [(None, text)]
    items: list[tuple[int | None, str]] = [(None, text[: cuts[0].start()])]
    for i, m in enumerate(cuts):
        end = cuts[i + 1].start() if i + 1 < len(cuts) else len(text)
        number = m.group(1) or m.group(2) or m.group(3)
        items.append((int(number) if number else None, text[m.end(): end]))
    return [(n, t.strip()) for n, t in items if t.strip()]


def numbered(prompt: str) -> bool:
    """Whether the person numbered the steps ("1. ... 2. ...", "Step 1: ..."): each of them is theirs."""
    return sum(1 for n, _ in _items(prompt.replace("\r", "")) if n is not None) >= 2


def split_steps(prompt: str) -> list[Step]:
    """The steps of a description in reading order.

    When the person numbered the steps, a step keeps their number (its sentences share it);
    otherwise sentences are numbered 1, 2, 3 ...
    """
    text = prompt.replace("\r", "")
    items = _items(text)
    numbered = sum(1 for n, _ in items if n is not None) >= 2
    steps: list[Step] = []
    last = 0
    for number, item in items:
        for _k, sentence in enumerate(_sentences(item)):
            label = (number if number is not None else last if last else 0) if numbered else len(steps) + 1
            steps.append(Step(label, sentence, len(steps)))
        if numbered and number is not None:
            last = number
    return steps

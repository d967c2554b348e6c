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
    r"|(?:^|(?<=\n)|(?<=[.:;]\s)|(?<=[.:;]))\s*\(?(\d{1,2})[.)](?=\s)"
    r"|(?:^|\n)\s*[-*•]\s+)",
    re.I)
_SEQUENCE = re.compile(r"\b(first(?:ly)?|then|next|after that|afterwards|finally|lastly|start (?:with|by)|begin with)\b", re.I)
_OP_VERB = re.compile(
    r"\b(sketch|draw|extrude[ds]?|cut|drill(?:ed)?|bore|boring|fillet(?:ed)?|chamfer(?:ed)?|round|shell|hollow|"
    r"revolve[ds]?|loft|sweep|swept|mirror|union|combine|pocket|counterbore|countersink|add|attach|punch|"
    r"make|model|start)\b", re.I)
# A sentence ends at ". " / "; " but not inside numbers ("6.5") or abbreviations ("approx.").
_SENTENCE_END = re.compile(r"(?<!\d)\.(?=\s|$)|(?<=\d)\.(?=\s+[A-Z])|;\s+(?=[A-Z])|\n+")


@dataclass(frozen=True)
class Step:
    """One step of the description: its number as the person sees it, and its text."""

    number: int
    text: str


def reads_as_steps(prompt: str) -> bool:
    """Whether a prompt describes a part operation by operation rather than naming it."""
    text = prompt.strip()
    numbered = [m for m in _NUMBERED.finditer(text) if m.group(1) or m.group(2)]
    if len(numbered) >= 2 or re.search(r"\bstep\s*1\b", text, re.I):
        return True
    if len(_SEQUENCE.findall(text)) >= 2:
        return True
    sentences = [s for s in _sentences(text) if _OP_VERB.search(s)]
    return len(sentences) >= 2 and len(text) >= 80


def _sentences(text: str) -> list[str]:
    parts = _SENTENCE_END.split(text)
    return [p.strip(" \t-–—*•:") for p in parts if p and p.strip(" \t-–—*•:")]


def _items(text: str) -> list[str]:
    """Numbered or bulleted items; the text before the first number is an item of its own."""
    cuts = [m for m in _NUMBERED.finditer(text)]
    if not cuts:
        return [text]
    items = [text[: cuts[0].start()]]
    for i, m in enumerate(cuts):
        end = cuts[i + 1].start() if i + 1 < len(cuts) else len(text)
        items.append(text[m.end(): end])
    return [i.strip() for i in items if i.strip()]


def split_steps(prompt: str) -> list[Step]:
    """The steps of a description, numbered 1.. in reading order."""
    text = prompt.replace("\r", "")
    steps: list[Step] = []
    for item in _items(text):
        for sentence in _sentences(item):
            steps.append(Step(len(steps) + 1, sentence))
    return steps

"""What the part is for, set apart from what the part is.

"a plain cylinder ... it's a plug for a jar lid", "puck ... for an air hockey table I'm building", "a disc ...,
a spacer for my kid's bike wheel": once the prompt has named its part, the thing named after "for a / the / my"
is where the part goes, not the part. Its nouns ("lid", "building", "wheel") would otherwise choose a family of
their own. The phrase is read as "for it" and recorded (a `StandardUse`), so the reading lists it as understood.

Left alone: a phrase with a number in it ("a cap for a 25 mm tube", "a washer for an M8 bolt": its sizes may
size the part; the standards read those), a phrase with no part noun in it (nothing to mislead) and a prompt
that named no part before "for" ("for a coffee table, a 30 mm foot": the part comes later).
"""

from __future__ import annotations

import re

from ...prompt.standards import StandardUse
from .choose import PART_WORDS

_LEAD = re.compile(r"\b(?:for|to\s+(?:fit|suit|go\s+on|go\s+in))\s+(?:an?|the|my|our|his|her|their|your|this|that)\s+", re.I)
# a clause ends at punctuation, the end, or a word that starts another clause
_BOUNDARY = re.compile(r"\s*(?:[,.;:!?()]|$)|\s+(?:with|and|but|so|because|since|which|that|where|please|pls)\b", re.I)
_WORD = re.compile(r"\s*([A-Za-z][A-Za-z'’-]*)")
# "... I'm building", "... we are making": the maker's own project, part of what the part is for
_PROJECT = re.compile(r"\s+(?:(?:that|which)\s+)?(?:i'm|i’m|im|i\s+am|we're|we\s+are|i've\s+been|i\s+was|i'll\s+be)\s+"
                      r"(?:building|making|designing|restoring|fixing|renovating|working\s+on)\b", re.I)
_MAX_WORDS = 5


def _phrase_end(text: str, start: int) -> int | None:
    """Where the run of words from `start` ends at a clause boundary, or None (a number, or too long)."""
    pos, words = start, 0
    while words < _MAX_WORDS:
        m = _WORD.match(text, pos)
        if m is None:
            return None
        pos, words = m.end(), words + 1
        project = _PROJECT.match(text, pos)
        if project is not None:
            return project.end()
        if _BOUNDARY.match(text, pos):
            return pos
    return None


def set_apart(text: str) -> tuple[str, list[StandardUse]]:
    """`text` with what the part is for read as "for it", and a record of each phrase."""
    uses: list[StandardUse] = []
    out, last = [], 0
    for lead in _LEAD.finditer(text):
        if lead.start() < last:
            continue
        before = {w.lower() for w in re.findall(r"[A-Za-z-]+", text[:lead.start()])}
        if not before & PART_WORDS:
            continue   # no part named yet: the phrase may be the part
        end = _phrase_end(text, lead.end())
        if end is None:
            continue
        phrase = text[lead.start():end]
        words = {w.lower() for w in re.findall(r"[A-Za-z-]+", text[lead.end():end])}
        if not words & PART_WORDS:
            continue
        out += [text[last:lead.start()], "for it"]
        last = end
        uses.append(StandardUse(phrase.strip(), f"“{phrase.strip()}”: what the part is for, not the part", "for it"))
    out.append(text[last:])
    return "".join(out), uses

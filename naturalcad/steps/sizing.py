"""A feature counted in one sentence and sized in a later one is one feature.

"three holes in a row along the long axis. spacing 0.25, diameter 0.05, middle one at the centre."
"... and six holes evenly spaced round it. Holes: 0.05 dia on a 0.4 pitch circle."
"... with two small holes through the flat. Make them 0.04 across, 0.1 in from each end."

The later sentence names no feature of its own: it refers back ("the holes", "holes:", "all
holes", "them") or is only sizes ("spacing 0.25, diameter 0.05"). Read alone it is a step not
understood, and the count a hole set never built. Here it is joined to what it sizes, before any
rule reads either: to the counting sentence when that sentence is only the feature ("Four holes,
one near each corner"), else it takes the count itself ("six holes: 0.05 dia on ...") so the
holes built are the holes counted. A count whose size never comes stays as it was (the reader
lists it); a sentence that counts its own features is never changed.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .split import Step

_COUNT = r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|a pair of|a couple of)"
_NOUN = r"(?:holes|slots)"
_ANY = r"(?:hole|slot)s?"
# the words between a count and its noun describe the holes ("small", "bolt"), never join a second thing ("10 and eight holes")
_FILLER = rf"(?:(?!(?:and|or|with|plus|of|{_COUNT})\b)[a-z-]+\s+)"
# "six holes evenly spaced round it", "four bolt holes": a count of a feature, with its places up to the clause end
_COUNTED = re.compile(rf"(?<![\d.,])\b({_COUNT})\s+({_FILLER}{{0,3}}?){_NOUN}\b((?:[^.;,:]|\.\d)*)", re.I)
_ONE = re.compile(r"^\s*(an?|one)\s+()(?:hole|slot)\b((?:[^.;,:]|\.\d)*)", re.I)
# a size said for a hole in the counting sentence: then the later sentence is the existing rules' ("the holes are ...")
_SIZED = re.compile(r"\bdiam\w*|\bdia\b|\bradius\b|[Øø⌀]|\bacross\b|\d\s*(?:mm\s*)?(?:\w+\s+)?holes?\b|\bM\d", re.I)
# the later sentence refers back to counted features, or is only their sizes
_REFERS = re.compile(
    rf"^\s*(?:(?:the|these|those|all(?:\s+the)?|both|each(?:\s+of\s+the)?)\s+(?:[a-z-]+\s+)?{_ANY}\b(?!\s+(?:in|on)\b)(?:\s+(?:are|is)\b)?"
    rf"|{_ANY}\s*:"
    r"|(?:make|drill|cut|put|place|space|size)\s+(?:them|these|those|each|both|all)\b|they(?:'re|\s+are)?\b"
    r"|(?:spacing|pitch|diameter|dia\b|radius|size|width)\b)", re.I)
_OWN_COUNT = re.compile(rf"\b{_COUNT}\s+(?:[a-z-]+\s+){{0,3}}?(?:holes?|slots?|bosses|pins|pegs)\b", re.I)


def _only_feature(text: str, counted: re.Match[str]) -> bool:
    """Whether the counting sentence is only the feature: it starts with the count, or with a verb and the count."""
    head = text[:counted.start()].strip().lower()
    return head in ("", "then", "next", "and", "add", "drill", "cut", "make", "put", "place", "there are", "it has",
                    "with", "plus", "bore", "punch")


def join_sizes(steps: list[Step]) -> list[Step]:
    """The steps with each sentence that only sizes features counted just before joined to them."""
    out: list[Step] = []
    for step in steps:
        prev = out[-1] if out else None
        counted = _COUNTED.search(prev.text) if prev is not None else None
        if counted is None and prev is not None:  # "A hole goes right through each pair of opposite faces." + "The holes are 0.1 across."
            one = _ONE.match(prev.text)
            counted = one if one is not None and _REFERS.match(step.text) and re.match(r"^\s*(?:the|all)\b", step.text, re.I) else None
        if (prev is None or counted is None or not counted.group(0).strip() or (prev.number != step.number and not _unnumbered(prev, step))
                or _SIZED.search(prev.text[counted.start():]) or not _REFERS.match(step.text)
                or _OWN_COUNT.search(step.text) or not re.search(r"\d", step.text)):
            out.append(step)
            continue
        said = step.text.strip()
        if _only_feature(prev.text, counted):  # "Four holes, one near each corner." + "The holes are 0.06 ..."
            out[-1] = replace(prev, text=prev.text.rstrip(" .;") + ", " + said[0].lower() + said[1:])
            continue
        # "... and six holes evenly spaced round it." + "Holes: 0.05 dia on ...": the sizing sentence takes the count
        named = counted.group(0).strip()  # "six holes evenly spaced round it": the count and its places
        body = _REFERS.sub("", said, count=1).lstrip(" :,") if not re.match(r"^\s*(?:spacing|pitch|diameter|dia\b|radius|size|width)\b", said, re.I) else said
        # "the bolt holes are 0.05, ...": a hole's one size is its diameter
        body = re.sub(r"^(\d+(?:[.,]\d+)?)(?=\s*(?:mm\b)?\s*(?:,|;|$|and\b))", r"diameter \1", body)
        out.append(replace(step, text=f"{named}: {body}"))
    return out


def _unnumbered(prev: Step, step: Step) -> bool:
    """Sentences of a description numbered one by one (1, 2, 3 ...), not a person's numbered steps."""
    return step.number == prev.number + 1 and step.index == prev.index + 1

"""Negations the families must honour: "no holes", "without a bore", "blind flange", "no fillets".

`prompt.scan.find_negations` finds what the person said the part must not have (the reading
reports whether it was honoured); this applies it to the `PartSpec` before a family reads it,
so "plate 120 x 80 x 6 with no holes" is a plain plate, not one with four assumed corner holes.
"""

from __future__ import annotations

import re

from ...prompt import find_negations
from .parse import PartSpec

_BORE_ONLY = re.compile(r"\b(?:no|without(?: an?| any)?)\s+(?:centre|center|central|middle)?\s*(?:bore|hole)\b", re.I)
# "no middle hole", "nothing in the middle", "no hole in the centre": the other holes stay
_NO_MIDDLE = re.compile(r"\b(?:no|without(?: an?| any)?)\s+(?:centre|center|central|middle)\s+(?:bore|hole)s?\b"
                        r"|\bnothing\s+(?:in\s+)?(?:the\s+)?(?:middle|centre|center)\b"
                        r"|\bno\s+(?:holes?|bore)\s+in\s+the\s+(?:middle|centre|center)\b", re.I)
_BLIND_FLANGE = re.compile(r"\bblind\s+flange\b|\bblanking\s+(?:flange|plate)\b", re.I)


# "20mm cube, R9.5 on all the edges, almost a ball": a likeness, not the part the prompt names
_LIKENESS = re.compile(r"\b(?:almost|nearly|practically|virtually|near(?:ly)?|looks?\s+like|like|resembl\w*)\s+(?:a|an)\s+"
                       r"(ball|sphere|globe|orb|cylinder|cube|disc|disk|ring|donut|doughnut|egg)\b", re.I)


def honour(spec: PartSpec) -> None:
    """Take the negated features out of `spec` (in place)."""
    text = spec.text
    for like in _LIKENESS.finditer(text):
        noun = like.group(1).lower()
        if not re.search(rf"\b{noun}\b", text[:like.start()] + text[like.end():], re.I):
            spec.words.discard(noun)
    if _NO_MIDDLE.search(text):
        spec.dims.pop("centre_hole", None)
        if spec.hole_pattern == "centre":  # the word "middle" of the negation is no place for the holes
            spec.hole_pattern = None
        if re.search(r"\b(?:nothing\s+in|no\s+\w*\s*holes?\s+in)\s+the\s+(?:middle|centre|center)", text, re.I):
            return  # "nothing in the middle": the holes named elsewhere are the part's holes
    if _BLIND_FLANGE.search(text):
        spec.dims["bore"] = 0.0  # a blind flange closes the pipe: bolt holes, no bore
        spec.dims.pop("inner_diameter", None)
    for neg in find_negations(text):
        if neg.feature == "hole":
            single = _BORE_ONLY.match(neg.text) is not None
            others = spec.counts.get("holes") or re.search(r"\b\d+\s+(?:\w+\s+)?holes\b|\bholes?\s+on\b", text, re.I)
            if single and others:
                spec.dims["bore"] = 0.0  # "4 bolt holes, no centre bore": only the bore goes
                spec.dims.pop("centre_hole", None)
                continue
            spec.counts.pop("holes", None)
            for role in ("hole_diameter", "hole_metric", "centre_hole", "bore", "inner_diameter", "pcd"):
                spec.dims.pop(role, None)
            spec.words -= {"hole", "holes", "bore", "bores"}
            spec.dims["bore"] = 0.0  # a family that assumes a bore (gear, spacer) makes none
            spec.hole_pattern = None
            spec.hole_callout = None
        elif neg.feature in ("fillet", "chamfer") and spec.edge is not None and spec.edge.kind == neg.feature:
            spec.edge = None
        elif neg.feature == "lid":
            spec.open_top = spec.hollow = True
        elif neg.feature == "flange":
            spec.words -= {"flange", "flanged", "flanges"}  # "plain sleeve, no flange": a plain bush, a tube

"""Rectangular pockets in a plate, as drawings and people write them.

Named patterns with a producer, like `slot_features`: "POCKET 60 X 40 X 5 DP, R5 POCKET CORNERS,
CENTRED", "a 60 x 40 pocket 5 deep", "pocket 60 x 40, 5 mm deep with 5 mm corner radius". The
pocket's numbers are blanked from what the parser reads, so "60 X 40 X 5 DP" is never a hole
(or the plate's own size). A pocket is centred and cut from the top face; its corners are
rounded to the radius given (an end mill leaves one), square when none is given.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .script import P

_NUM = r"(\d+(?:[.,]\d+)?|\.\d+)"  # ".250": an inch drawing drops the leading zero
_DEEP = r"\s*(?:mm\s*)?(?:dp\b|deep\b|depth\b)"
# "POCKET 60 X 40 X 5 DP", "pocket 60 x 40, 5 deep", "pocket of 60 x 40 x 5 mm deep"
_AFTER = re.compile(r"\bpocket\s*(?:of\s+)?" + _NUM + r"\s*(?:mm)?\s*[x×]\s*" + _NUM + r"\s*(?:mm)?\s*(?:[x×]|,)?\s*" + _NUM
                    + _DEEP, re.I)
# "a 60 x 40 x 5 deep pocket", "60 x 40 pocket 5 deep"
_BEFORE = re.compile(_NUM + r"\s*(?:mm)?\s*[x×]\s*" + _NUM + r"\s*(?:mm)?\s*(?:[x×]\s*" + _NUM + _DEEP + r"\s*pocket\b|pocket\s*,?\s*"
                     + _NUM + _DEEP + r")", re.I)
# "R5 POCKET CORNERS", "pocket corners R5", "5 mm corner radius" (after a pocket)
_CORNER = re.compile(r"\bR\s*" + _NUM + r"\s*(?:mm)?\s*(?:pocket\s+)?(?:inside\s+|internal\s+)?corners?\b"
                     r"|\b(?:pocket\s+)?corners?\s*(?:radius\s*)?R?\s*" + _NUM + r"\b"
                     r"|" + _NUM + r"\s*(?:mm)?\s*(?:corner\s+)?radius(?:\s+corners?)?\b", re.I)


@dataclass
class PocketCallout:
    length: float
    width: float
    depth: float
    corner_radius: float = 0.0


def _f(s: str) -> float:
    return float(s.replace(",", "."))


def read_pocket(text: str) -> tuple[PocketCallout | None, str]:
    """The pocket callout of `text`, and the text with its words and numbers blanked."""
    m = _AFTER.search(text)
    values: list[float] = []
    if m:
        values = [_f(m.group(1)), _f(m.group(2)), _f(m.group(3))]
    else:
        m = _BEFORE.search(text)
        if m:
            values = [_f(m.group(1)), _f(m.group(2)), _f(m.group(3) or m.group(4))]
    if m is None:
        return None, text
    length, width, depth = max(values[:2]), min(values[:2]), values[2]
    spans = [m.span()]
    pocket = PocketCallout(length, width, depth)
    corner = _CORNER.search(text, m.end()) or _CORNER.search(text[:m.start()])
    if corner:
        pocket.corner_radius = _f(next(g for g in corner.groups() if g))
        spans.append(corner.span())
    for a, b in spans:
        text = text[:a] + " " * (b - a) + text[b:]
    return pocket, text


def pocket_params(pocket: PocketCallout, length: float, width: float, thickness: float) -> list[P]:
    """The pocket as parameters; a radius that does not fit the pocket is capped to half its width."""
    from .families.base import Impossible  # families.base imports the parser, which imports this module

    if pocket.depth >= thickness:
        raise Impossible(f"The {pocket.depth:g} mm deep pocket goes through the {thickness:g} mm thick plate "
                         f"(by {pocket.depth - thickness:g} mm). Use a depth under {thickness:g} mm, or ask for a cut-out.")
    if pocket.length >= length or pocket.width >= width:
        raise Impossible(f"The {pocket.length:g} x {pocket.width:g} mm pocket does not fit in the {length:g} x {width:g} mm "
                         "plate: it would cut through the side. Use a smaller pocket or a larger plate.")
    radius = min(pocket.corner_radius, pocket.width / 2 - 0.01) if pocket.corner_radius else 0.0
    return [P("pocket_length", round(pocket.length, 4), "mm, pocket length (X), centred"),
            P("pocket_width", round(pocket.width, 4), "mm, pocket width (Y), centred"),
            P("pocket_depth", round(pocket.depth, 4), "mm, pocket depth from the top face"),
            P("pocket_corner_radius", round(radius, 4), "mm, radius of the pocket's corners (0 = square)")]


def pocket_lines() -> list[str]:
    return ["# the pocket, centred, cut down from the top face",
            "if pocket_corner_radius > 0:",
            "    pocket_outline = RectangleRounded(pocket_length, pocket_width, pocket_corner_radius)",
            "else:",
            "    pocket_outline = Rectangle(pocket_length, pocket_width)",
            "plate = plate - Pos(0, 0, thickness - pocket_depth) * extrude(pocket_outline, pocket_depth + 1)"]

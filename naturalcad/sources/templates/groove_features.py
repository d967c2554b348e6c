"""Grooves milled along or across a block's top face, as machinists write them.

A slot given a width and a depth and run the length (or the width) of the part is a groove open
at both ends: "a 10 wide, 5 deep slot milled across the top along the full 80mm length", "a groove
12 wide and 8 deep running the full length of the top face", "cut a 8 mm wide x 4 mm deep channel
across the top from side to side". A named pattern with a producer, like `slot_features`: it finds
the groove's own two numbers (bound to "wide" and "deep" next to the groove noun) and the words
that say which way it runs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_N = r"(\d+(?:[.,]\d+)?)\s*(?:mm\s*)?"
_NOUN = r"(?:slot|groove|channel|rebate|dado|keyway|trench)"
_JOIN = r"\s*(?:,|x|×|and|by)?\s*"
_GROOVE = re.compile(
    _N + r"wide" + _JOIN + _N + r"deep\s+(?:[a-z-]+\s+){0,2}?" + _NOUN + r"\b"
    r"|\b" + _NOUN + r"\s+(?:of\s+|that\s+is\s+|is\s+)?" + _N + r"wide" + _JOIN + _N + r"deep\b"
    r"|" + _N + r"deep" + _JOIN + _N + r"wide\s+(?:[a-z-]+\s+){0,2}?" + _NOUN + r"\b", re.I)
_ALONG = re.compile(r"\b(?:along|down|running|runs|run)\s+(?:the\s+)?(?:full\s+|whole\s+|entire\s+)?(?:\d+(?:\.\d+)?\s*(?:mm\s*)?)?"
                    r"(?:length|long\s+(?:way|side|axis))|\blengthwise\b|\blength\s*ways\b|\bfull[- ]length\b|\bend\s+to\s+end\b", re.I)
_ACROSS = re.compile(r"\bacross\s+(?:the\s+)?(?:full\s+|whole\s+)?width\b|\bside\s+to\s+side\b|\bwidthwise\b|\bcross[- ]?wise\b"
                     r"|\bacross\s+the\s+(?:top|part|block)\b(?![^.;]*\b(?:along|length)\b)", re.I)


@dataclass(frozen=True)
class Groove:
    width: float
    depth: float
    along_length: bool   # True: runs along X (the length), open at both ends; False: across Y
    stated_direction: bool


def read_groove(text: str) -> Groove | None:
    """The groove the prompt mills into the top face, or None."""
    found = _GROOVE.search(text)
    if found is None:
        return None
    g = [v for v in found.groups() if v is not None]
    if found.group(5) is not None:  # "5 deep, 10 wide slot": depth first
        depth, width = (float(v.replace(",", ".")) for v in g[:2])
    else:
        width, depth = (float(v.replace(",", ".")) for v in g[:2])
    along, across = _ALONG.search(text), _ACROSS.search(text)
    if across is not None and along is None:
        return Groove(width, depth, False, True)
    return Groove(width, depth, True, along is not None)

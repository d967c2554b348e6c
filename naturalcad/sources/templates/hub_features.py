"""A raised spigot, hub or boss on a flange's face, as drawings and catalogues write it.

"W/ SPIGOT Ø35 x 8 HIGH", "HUB Ø50 x 20 LG", "with a 40 mm boss 10 high", "Ø35 x 8 SPIGOT": the
diameter and the height it stands above the face. Read only where the part is a flat round or flat
plate (a flange, disc, plate, ring), where pulley and knob families read their own hubs; its numbers
are blanked from the text the parser reads, so "8 HIGH" never becomes the part's height.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_N = r"(\d+(?:[.,]\d+)?|\.\d+)"  # ".250": an inch drawing drops the leading zero
_NOUN = r"(?:spigot|hub|boss|register|pilot\s+spigot)"
_HIGH = r"\s*(?:mm\s*)?(?:high|tall|lg|long|proud|deep|height|h)\b"
_AFTER = re.compile(r"\b" + _NOUN + r"\s*(?:of\s+|:\s*)?(?:[øØ⌀]|dia\.?|diameter)?\s*" + _N + r"\s*(?:mm\s*)?(?:dia\.?\s*|od\s*)?"
                    r"(?:[x×]|,|by)\s*" + _N + r"(?:" + _HIGH + r")?", re.I)
_BEFORE = re.compile(r"(?:[øØ⌀]\s*|\b)" + _N + r"\s*(?:mm\s*)?(?:dia\.?\s*|diameter\s*|od\s*)?(?:[x×]\s*" + _N + _HIGH
                     + r"\s*)?" + _NOUN + r"\b(?:\s*,?\s*" + _N + _HIGH + r")?", re.I)
_FLAT_ROUND = re.compile(r"\b(?:flange|flanged|disc|disk|plate|ring|blank|face\s*plate)\b", re.I)
_OWN_HUB = re.compile(r"\b(?:pulley|gear|sprocket|knob|wheel|handwheel|collar|coupler|coupling)\b", re.I)


@dataclass(frozen=True)
class HubCallout:
    diameter: float
    height: float | None  # above the face; None: not given
    span: tuple[int, int]


def _f(s: str) -> float:
    return float(s.replace(",", "."))


def read_hub(text: str) -> tuple[HubCallout | None, str]:
    """The hub note of `text` and the text with it blanked, or (None, text) when there is none."""
    if not _FLAT_ROUND.search(text) or _OWN_HUB.search(text):
        return None, text
    m = _AFTER.search(text)
    if m is not None:
        hub = HubCallout(_f(m.group(1)), _f(m.group(2)), m.span())
    else:
        m = _BEFORE.search(text)
        if m is None or not (m.group(2) or m.group(3)):
            return None, text  # "a 40 mm boss" with no height: the family's own proportion, not read here
        hub = HubCallout(_f(m.group(1)), _f(m.group(2) or m.group(3)), m.span())
    a, b = hub.span
    return hub, text[:a] + " " * (b - a) + text[b:]

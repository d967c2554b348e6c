"""Is the bore of a spacer or standoff tapped for its M size, or a clearance hole for it?

A standoff is threaded (it is screwed onto); a spacer is a clearance sleeve (the bolt passes
through it). The words a person writes override the noun: "tapped", "female", "thread" make the
bore a tap drill; "for M6 bolts", "bolt spacer", "clearance" make it a clearance hole. A drill
written as a size ("(2.5 drill)", "2.5 tap drill") is the bore itself.
"""

from __future__ import annotations

import re

from ..parse import PartSpec

_TAPPED = r"\b(?:tapped|threaded|female|f[-/]f|internal thread|tap)\b"
_CLEARANCE = r"\b(?:clearance|bolt spacer|for (?:an? )?(?:m\d+(?:\.\d+)? )?(?:bolts?|screws?)|" \
             r"for m\d+(?:\.\d+)?(?: (?:bolts?|screws?))?)\b"


def tapped_bore(spec: PartSpec) -> bool:
    """True when the bore is a tap drill, False when it is the bolt's clearance hole."""
    text = spec.text.lower()
    if re.search(_TAPPED, text):
        return True
    if spec.has("spacer", "spacers") and not spec.has("standoff", "stand-off", "standoffs"):
        return False
    return not re.search(_CLEARANCE, text)


def drill_size(spec: PartSpec) -> float | None:
    """A bore written as a drill: "(2.5 drill)", "2.5 mm tap drill", "drilled 3.3"."""
    found = re.search(r"(\d+(?:\.\d+)?)\s*(?:mm\s*)?(?:tap[\s-]*)?drill\b|\bdrill(?:ed)?\s*(?:ø\s*)?(\d+(?:\.\d+)?)",
                      spec.text.lower())
    if not found:
        return None
    return float(found.group(1) or found.group(2))

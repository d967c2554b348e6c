"""Belt standards the pulley families read: V-belt groove sections (ISO 4183 / DIN 2217) and
synchronous (timing) belt profiles (GT2, HTD), plus the words that name them in a prompt.

No FAMILY here: the registry skips this module.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class VSection:
    """One V-belt groove section (ISO 4183 / DIN 2217 part 1 and 2), mm."""

    name: str
    datum_width: float      # b_d, groove width at the datum (pitch) diameter
    above_datum: float      # b, groove depth above the datum line (OD = d_d + 2 b)
    below_datum: float      # h, groove depth below the datum line
    groove_pitch: float     # e, groove centre to centre
    edge_distance: float    # f, face edge to the first groove centre
    small_angle_up_to: float  # datum diameters up to this get the 34° groove, larger ones 38°
    min_datum: float        # smallest recommended datum diameter
    typical_datum: float    # what we assume when none is given


V_SECTIONS = {s.name: s for s in (
    VSection("Z", 8.5, 2.0, 7.0, 12.0, 8.0, 80.0, 50.0, 71.0),
    VSection("A", 11.0, 2.75, 8.7, 15.0, 10.0, 118.0, 75.0, 100.0),
    VSection("B", 14.0, 3.5, 10.8, 19.0, 12.5, 190.0, 125.0, 140.0),
    VSection("SPZ", 8.5, 2.0, 9.0, 12.0, 8.0, 80.0, 63.0, 71.0),
    VSection("SPA", 11.0, 2.75, 11.0, 15.0, 10.0, 118.0, 90.0, 100.0),
    VSection("SPB", 14.0, 3.5, 14.0, 19.0, 12.5, 190.0, 140.0, 160.0),
)}

_V_SECTION = re.compile(
    r"\b(spz|spa|spb)\b"                                     # narrow sections: SPZ, SPA, SPB
    r"|\b([zab])[- ]?(?:section|sec|profile|belt|type)\b"    # "A-section", "Z belt", "B profile"
    r"|\bsection[- ]([zab])\b"                               # "section A"
    r"|\b(?:v-?belt|vee[- ]belt)[- ]([zab])\b")              # "V-belt A"


def v_section(text: str) -> tuple[str, str] | None:
    """(section, text as typed) of the V-belt section a prompt names."""
    m = _V_SECTION.search(text.lower())
    if m is None:
        return None
    letter = next(g for g in m.groups() if g)
    return letter.upper(), text[m.start():m.end()]


@dataclass(frozen=True)
class TimingProfile:
    """A synchronous belt profile: pitch, pitch line differential (PLD, belt pitch line to the
    pulley's outside diameter) and the belt's tooth height, mm."""

    name: str
    pitch: float
    pld: float
    tooth_height: float
    typical_belt: float   # belt width assumed when none is given


TIMING_PROFILES = {p.name: p for p in (
    TimingProfile("GT2", 2.0, 0.254, 0.75, 6.0),
    TimingProfile("GT3", 3.0, 0.381, 1.14, 9.0),
    TimingProfile("HTD 3M", 3.0, 0.381, 1.17, 9.0),
    TimingProfile("HTD 5M", 5.0, 0.5715, 2.06, 15.0),
    TimingProfile("HTD 8M", 8.0, 0.686, 3.36, 20.0),
    TimingProfile("MXL", 2.032, 0.254, 0.51, 6.35),
    TimingProfile("XL", 5.08, 0.254, 1.27, 9.5),
)}

_TIMING = re.compile(
    r"\b(?:2gt|gt-?2)\b"                         # GT2
    r"|\b(?:3gt|gt-?3)\b"                        # GT3
    r"|\b(?:htd[- ]?)?([358])[- ]?m\b(?! ?long)"  # HTD 5M, 5M, 3m
    r"|\bhtd\b"
    r"|\bmxl\b|\bxl\b")


def timing_profile(text: str) -> tuple[TimingProfile, str] | None:
    """(profile, text as typed) of the timing belt a prompt names."""
    low = text.lower()
    for m in _TIMING.finditer(low):
        word = m.group(0)
        typed = text[m.start():m.end()]
        if "gt" in word:
            return TIMING_PROFILES["GT3" if "3" in word else "GT2"], typed
        if word in ("mxl", "xl"):
            return TIMING_PROFILES[word.upper()], typed
        if m.group(1):
            if "htd" not in word and not re.search(r"\b(htd|timing|synchronous|toothed|tooth|teeth|pulley|belt)\b", low):
                continue  # "5 m" is five metres unless the prompt is about belts
            return TIMING_PROFILES[f"HTD {m.group(1)}M"], typed
        if word == "htd":
            return TIMING_PROFILES["HTD 5M"], typed
    return None

"""Feature nouns the prompt names that the script does not build: listed, never silently dropped.

Both offline readers (the part families and the step reader) build a script; a feature the person
named ("8 flutes cut into the rim", "cbore 10 x 5.5 deep", "a separate lid") that no line of that
script makes is a part that may not match. Each rule is a named feature with the words that name it
in a prompt and the words that prove a script builds it (the scripts name their parameters and
comments after the feature: `counterbore_diameter`, `flute_count`, `# the lid`), so one check serves
every family and the step reader. A negated feature ("no keyway", "without a lid") is not wanted.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..prompt.reading import Problem, Reading, grade


@dataclass(frozen=True)
class Feature:
    name: str                  # as the reading lists it
    named: re.Pattern[str]     # in the prompt
    built: re.Pattern[str]     # in the script that makes it
    steps_name_it: bool = True  # the step reader names it in its scripts; a knuckle or a lid it builds as a
    #                             plain cylinder or box, so its script cannot prove or disprove those
    said_of: re.Pattern[str] | None = None  # a noun just before the words that they describe instead


# a cutter turned on its side: how a script drills a hole that is not vertical
_SIDE_CUTTER = re.compile(r"Rot\(\s*-?\d+(?:\.\d+)?\s*,\s*-?\d+(?:\.\d+)?\s*,|Plane\.(?:YZ|ZY|XZ|ZX|left|right|front|back)|Axis\.[XY]\b|rotate\(", re.I)

FEATURES: tuple[Feature, ...] = (
    Feature("counterbore", re.compile(r"\bc'?\s?bor(?:e|es|ed)\b|\bcounter[- ]?bor(?:e|es|ed|ing)\b|⌴|\bspot[- ]?fac(?:e|ed|ing)\b", re.I),
            re.compile(r"counterbore|cbore|spot_?face", re.I)),
    Feature("countersink", re.compile(r"\bcsk\b|\bc'?sink\b|\bcounter[- ]?(?:sunk|sink|sinks|sinking)\b|⌵", re.I),
            re.compile(r"countersink|csk|Cone\(", re.I)),
    Feature("flutes", re.compile(r"\bflut(?:e|es|ed|ing)\b|\bscallop(?:s|ed)?\b", re.I), re.compile(r"flute|scallop", re.I)),
    Feature("lid", re.compile(r"\blids?\b", re.I), re.compile(r"\blid", re.I), steps_name_it=False),
    Feature("knuckle", re.compile(r"\bknuckles?\b", re.I), re.compile(r"knuckle", re.I), steps_name_it=False),
    # "a 12 mm hole bored lengthwise", "through the long way", "through both end faces": a hole lying along the
    # part, which a script makes only by turning its cutter (Rot / a side plane / an axis other than Z)
    Feature("hole along the length", re.compile(r"\b(?:the long way|lengthwise|lengthways|longitudinal(?:ly)?)\b|"
                                                r"\bthrough (?:both |the (?:two )?)?end faces\b", re.I), _SIDE_CUTTER,
            # "a slot ... running lengthwise", "a groove lengthwise": the slot's direction, no hole
            said_of=re.compile(r"\b(?:slots?|slotted|grooves?|keyways?|keyseats?|channels?|ribs?|flats?|slits?)\b(?![^.;]*\bholes?\b)[^.;]*$",
                               re.I)),
    # "a window frame ... two equal openings", "a rectangular window 0.2 x 0.1 cut through": a plate with an opening,
    # which a script makes only by taking something away (a solid block of the outline is not a frame)
    Feature("opening", re.compile(r"\bopenings?\b|\bwindows?\b|(?<!coordinate )(?<!reference )(?<!local )(?<!world )\bframe\b", re.I),
            re.compile(r"opening|window|frame|inner|SUBTRACT|pocket|\bpart\s*-=|\s-\s*(?:Pos\(|Rectangle|Box|extrude|Cylinder|hole)", re.I)),
    # "a 12 mm hole through the centre of every face": three holes crossing, two of them turned on their side
    Feature("holes through every face", re.compile(r"\bthrough (?:the )?cent(?:re|er)s? of (?:every|each|all(?: the)?|all (?:six|6)"
                                                   r"(?: of the)?) (?:faces?|sides?)\b|\beach pair of opposite faces\b", re.I), _SIDE_CUTTER),
)

# "no keyway", "without a lid", "not counterbored", "lidless": the feature is not wanted
_NEGATED = re.compile(r"\b(?:no|without|not|nor|never|minus)\s+(?:an?\s+|any\s+|the\s+)?(?:\w+\s+)?$", re.I)


def _wanted(feature: Feature, prompt: str) -> bool:
    for m in feature.named.finditer(prompt):
        if _NEGATED.search(prompt[max(0, m.start() - 30):m.start()]):
            continue
        if feature.said_of is not None and feature.said_of.search(prompt[max(0, m.start() - 80):m.start()]):
            continue
        return True
    return False


_PROMPT_LINE = re.compile(r"^#\s*prompt:.*$", re.M | re.I)


# "with a 20 mm cube sitting on top at each end", "an upright ... standing on the back edge": a second body the part
# carries; a script builds it only if it names it (the step reader's parameters and the families' are named after it)
_BODY_ON = re.compile(r"\b(cube|post|pillar|upright|standoff|peg|stud|column|tower)s?\b(?=[^.;]{0,30}?\b(?:sitting|standing|sat|stands|sits|"
                      r"rising|rises|on top)\b)", re.I)


def _bodies_unbuilt(prompt: str, script: str) -> list[str]:
    out = []
    for m in _BODY_ON.finditer(prompt):
        noun = m.group(1).lower()
        if not _NEGATED.search(prompt[max(0, m.start() - 30):m.start()]) and not re.search(rf"\b{noun}", script, re.I) \
                and f"{noun} (a second body)" not in out:
            out.append(f"{noun} (a second body)")
    return out


def unbuilt(prompt: str, code: str, steps: bool = False) -> list[str]:
    """The features the prompt names (not negated) that no line of `code` builds (the script's
    `# prompt:` title repeats the prompt's words, so it proves nothing); `steps`: a step reader's script."""
    script = _PROMPT_LINE.sub("", code)
    return [f.name for f in FEATURES if (f.steps_name_it or not steps) and _wanted(f, prompt) and not f.built.search(script)] + \
        _bodies_unbuilt(prompt, script)


def account(reading: Reading | None, prompt: str, code: str, steps: bool = False) -> list[str]:
    """List each unbuilt feature in the reading as not understood and lower its confidence."""
    missing = unbuilt(prompt, code, steps)
    if reading is None or not missing:
        return missing
    for name in missing:
        if name not in reading.unread:
            reading.unread.append(name)
        reading.problems.append(Problem("unread_word", f"{name} (named, not built)"))
    reading.confidence = grade(reading.problems)
    return missing

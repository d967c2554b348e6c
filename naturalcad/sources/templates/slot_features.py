"""Slots in plates and keyways in shafts, as people and catalogues write them.

Named patterns with producers (like `hole_features`): "a 30 x 8 slot", "two slots 20 long and
6.5 wide, 100 mm apart", "slot 40 x 10"; "with a keyway", "a 40 mm long keyway", "keyway 8 wide".
Their numbers are blanked from what the parser reads, so a slot's 8 mm is never a hole.
Keyway sizes come from DIN 6885-1 by the shaft diameter when the prompt does not give them.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ...prompt.feature_clauses import read_slot_clause
from .script import P

if TYPE_CHECKING:  # families.base imports the parser, which imports this module
    from .families.base import Notes

_NUM = r"(\d++(?:[.,]\d++)?+|\.\d++)"  # ".250": an inch drawing drops the leading zero
_COUNT = r"(?:(\d+|one|two|three|four|five|six|a|an)\s+)?"
_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}


@dataclass
class SlotCallout:
    length: float            # overall, mm
    width: float
    count: int = 1
    pitch: float | None = None
    centres: float | None = None  # the end radii's centre distance, when that is what was written


@dataclass
class KeywayCallout:
    length: float | None = None
    width: float | None = None
    depth: float | None = None


# DIN 6885-1 (parallel keys): shaft diameter over..up to -> key width b, height h, shaft depth t1
DIN_6885: tuple[tuple[float, float, float, float, float], ...] = (
    (6, 8, 2, 2, 1.2), (8, 10, 3, 3, 1.8), (10, 12, 4, 4, 2.5), (12, 17, 5, 5, 3.0), (17, 22, 6, 6, 3.5),
    (22, 30, 8, 7, 4.0), (30, 38, 10, 8, 5.0), (38, 44, 12, 8, 5.0), (44, 50, 14, 9, 5.5), (50, 58, 16, 10, 6.0),
    (58, 65, 18, 11, 7.0), (65, 75, 20, 12, 7.5), (75, 85, 22, 14, 9.0), (85, 95, 25, 14, 9.0), (95, 110, 28, 16, 10.0),
)


def din_6885(shaft: float) -> tuple[float, float] | None:
    """(key width b, keyway depth in the shaft t1) for a shaft of `shaft` mm, or None outside the table."""
    for over, upto, b, _h, t1 in DIN_6885:
        if over < shaft <= upto:
            return b, t1
    return None


# DIN 6885-1: the keyway's depth in the hub, t2, measured from the bore, by the same shaft ranges
DIN_6885_HUB_T2: tuple[float, ...] = (1.0, 1.4, 1.8, 2.3, 2.8, 3.3, 3.3, 3.3, 3.8, 4.3, 4.4, 4.9, 5.4, 5.4, 6.4)


def din_6885_hub(bore: float) -> tuple[float, float] | None:
    """(key width b, keyway depth in the hub t2) for a hub bored `bore` mm, or None outside the table."""
    for (over, upto, b, _h, _t1), t2 in zip(DIN_6885, DIN_6885_HUB_T2, strict=True):
        if over < bore <= upto:
            return b, t2
    return None


def hub_keyway_params(key: KeywayCallout, notes: Notes, bore: float) -> list[P]:
    """A keyway in a hub's bore, the full length: width and depth t2 from DIN 6885-1 by the bore."""
    std = din_6885_hub(bore)
    width = key.width if key.width is not None else (std[0] if std else round(bore * 0.3, 1))
    depth = key.depth if key.depth is not None else (std[1] if std and width == std[0] else round(width * 0.4, 1))
    if key.width is None or key.depth is None:
        notes.add(f"keyway in the Ø{bore:g} bore: {width:g} wide, {depth:g} deep into the hub"
                  + (" (DIN 6885 b, t2)" if std else "") + ", the full length")
    return [P("keyway_width", round(float(width), 4), "mm, keyway width"),
            P("hub_keyway_depth", round(float(depth), 4), "mm, keyway depth into the hub, from the bore (t2)")]


def hub_keyway_lines(length: str) -> list[str]:
    return ["# keyway in the bore: the full length, on +Y, hub_keyway_depth beyond the bore",
            "if keyway_width > 0 and hub_keyway_depth > 0:",
            f"    result -= Pos(0, (bore_diameter / 2 + hub_keyway_depth) / 2, {length} / 2) * Box(",
            f"        keyway_width, bore_diameter / 2 + hub_keyway_depth, {length})"]


def _f(s: str) -> float:
    return float(s.replace(",", "."))


_SLOT_AXB = re.compile(_COUNT + r"(?:[a-z]+\s+)?" + _NUM + r"\s*(?:mm)?\s*[x×]\s*" + _NUM + r"\s*(?:mm)?\s*(?:long\s+|through\s+)?slots?\b", re.I)
_SLOT_AFTER = re.compile(_COUNT + r"slots?\s*(?:of\s+)?" + _NUM + r"\s*(?:mm)?\s*(?:long\s*)?(?:x|×|by|and|,)\s*" + _NUM
                         + r"\s*(?:mm)?(?:\s*wide)?", re.I)
# "a 6 mm wide slot, 40 long overall", "a 20 mm wide slot", "SLOT 6 WIDE X 20 C-C" (centre to centre: overall = c-c + width)
_SLOT_WIDE = re.compile(_COUNT + _NUM + r"\s*(?:mm)?\s*wide\s+slots?\b(?:[^.;]{0,20}?\b" + _NUM
                        + r"\s*(?:mm)?\s*(long|c-c|c/c|centres|centers|cc)\b(?:\s*overall)?)?", re.I)
_SLOT_WIDE_AFTER = re.compile(_COUNT + r"slots?\s+" + _NUM + r"\s*(?:mm)?\s*wide\s*(?:x|×|by|,)?\s*(?:" + _NUM
                              + r"\s*(?:mm)?\s*(long|c-c|c/c|centres|centers|cc|overall|o/?a)\b(?:\s*overall)?)?", re.I)
# "a 30 mm long slot", "slot 45 mm long": the length only; the width is assumed (slot_params)
_SLOT_LONG = re.compile(_COUNT + r"(?:" + _NUM + r"\s*(?:mm)?\s*long\s+(?:through\s+)?slots?\b|slots?\s+(?:of\s+)?" + _NUM
                        + r"\s*(?:mm)?\s*long\b)", re.I)
_PITCH = re.compile(r"\b" + _NUM + r"\s*(?:mm)?\s*(?:apart|on cent(?:re|er)s|pitch|centre to centre|center to center)", re.I)
_KEYWAY = re.compile(r"\bkey\s?(?:way|seat|slot)s?\b|\bkeyed\b", re.I)
_KEY_LEN = re.compile(_NUM + r"\s*(?:mm)?\s*(?:long\s+)keyway|keyway\s+" + _NUM + r"\s*(?:mm)?\s*long", re.I)
# "a 10mm wide x 2 deep keyway": the sizes before the noun, joined by x / by / and
_KEY_BEFORE = r"(?:\s*(?:x|×|by|and|,)\s*\d+(?:[.,]\d+)?\s*(?:mm)?\s*(?:wide|deep|long))*\s+key\s?(?:way|seat)"
_KEY_WIDE = re.compile(r"keyway\s+" + _NUM + r"\s*(?:mm)?\s*wide|" + _NUM + r"\s*(?:mm)?\s*wide" + _KEY_BEFORE, re.I)
_KEY_DEEP = re.compile(r"keyway[^.;]*?\b" + _NUM + r"\s*(?:mm)?\s*deep|" + _NUM + r"\s*(?:mm)?\s*deep" + _KEY_BEFORE, re.I)


def read_slots(text: str) -> tuple[SlotCallout | None, KeywayCallout | None, str]:
    """The slot and keyway callouts of `text`, and the text with their words and numbers blanked."""
    spans: list[tuple[int, int]] = []
    slot: SlotCallout | None = None
    for pat in (_SLOT_AFTER, _SLOT_AXB):
        m = pat.search(text)
        if m:
            a, b = _f(m.group(2)), _f(m.group(3))
            count = m.group(1)
            n = int(count) if count and count.isdigit() else _WORDS.get((count or "a").lower(), 1)
            slot = SlotCallout(max(a, b), min(a, b), n)
            spans.append(m.span())
            if n > 1 and (p := _PITCH.search(text, m.end())):
                slot.pitch = _f(p.group(1))
                spans.append(p.span())
            break
    if slot is None:
        for pat in (_SLOT_WIDE, _SLOT_WIDE_AFTER):
            m = pat.search(text)
            if m:
                count = m.group(1)
                n = int(count) if count and count.isdigit() else _WORDS.get((count or "a").lower(), 1)
                width = _f(m.group(2))
                length = _f(m.group(3)) if m.group(3) else None
                if length is not None and (m.group(4) or "").lower() not in ("long", "overall", "oa", "o/a"):
                    length += width  # centre to centre: the overall length adds one width
                slot = SlotCallout(length if length is not None else 0.0, width, n)
                spans.append(m.span())
                break
    if slot is None or slot.length <= 0:
        clause = read_slot_clause(text)  # the clause read whole (prompt/feature_clauses.py, shared with steps/)
        if clause is not None and (slot is None or clause.length > 0):
            spans = ([] if slot is not None else spans) + list(clause.spans)
            slot = SlotCallout(clause.length, clause.width, clause.count, centres=clause.centres or None)
    if slot is None and (m := _SLOT_LONG.search(text)):
        count = m.group(1)
        n = int(count) if count and count.isdigit() else _WORDS.get((count or "a").lower(), 1)
        slot = SlotCallout(_f(m.group(2) or m.group(3)), 0.0, n)
        spans.append(m.span())
    key: KeywayCallout | None = None
    if _KEYWAY.search(text):
        key = KeywayCallout()
        for pat, attr in ((_KEY_LEN, "length"), (_KEY_WIDE, "width"), (_KEY_DEEP, "depth")):
            m = pat.search(text)
            if m:
                g = next(i for i in range(1, (m.lastindex or 0) + 1) if m.group(i))
                setattr(key, attr, _f(m.group(g)))
                spans.append((m.start(g), m.end(g)))
        spans += [m.span() for m in _KEYWAY.finditer(text)]
    for a, b in spans:
        text = text[:a] + " " * (b - a) + text[b:]
    return slot, key, text


def slot_params(slot: SlotCallout, notes: Notes, length: float) -> list[P]:
    """The slots as parameters: overall length and width, count and pitch along X."""
    if slot.length <= 0:
        slot.length = round(max(slot.width * 3, length * 0.3), 1)
        notes.assume("slot length (overall)", slot.length)
    if slot.width <= 0:  # "a 30 mm long slot": a quarter of its length, 3 to 10 mm
        slot.width = round(min(max(slot.length / 4, 3.0), 10.0), 1)
        notes.assume("slot width", slot.width)
    pitch = slot.pitch
    if slot.count > 1 and pitch is None:
        pitch = round(length / slot.count, 4)
        notes.assume("slot pitch", pitch)
    size = P("slot_centres", round(slot.centres, 4), "mm, slot's end radii centre to centre (along X)") if slot.centres else \
        P("slot_length", round(slot.length, 4), "mm, slot length overall (along X)")
    return [size,
            P("slot_width", round(slot.width, 4), "mm, slot width"),
            P("slot_count", int(slot.count), "number of slots, in a row along X"),
            P("slot_pitch", round(pitch or 0.0, 4), "mm, slot centre to centre")]


def slot_lines(values: Mapping[str, object] | None = None) -> list[str]:
    outline = "SlotCenterToCenter(slot_centres, slot_width)" if values is not None and "slot_centres" in values else \
        "SlotOverall(slot_length, slot_width)"
    return ["# through slots, centred, in a row along X",
            "if slot_count > 0:",
            f"    slot_tool = extrude({outline}, thickness)",
            "    plate = plate - GridLocations(max(slot_pitch, 1e-3), 1, slot_count, 1) * slot_tool"]


def keyway_params(key: KeywayCallout, notes: Notes, diameter: float, height: float) -> list[P]:
    """The keyway as parameters; width and depth from DIN 6885-1 by the shaft when not given."""
    std = din_6885(diameter)
    width, depth, length = key.width, key.depth, key.length
    if width is None:
        width = std[0] if std else round(diameter * 0.25, 1)
        notes.assume(f"keyway width ({'DIN 6885 for a Ø' + format(diameter, 'g') + ' shaft' if std else 'a quarter of the shaft'})", width)
    if depth is None:
        depth = std[1] if std and (key.width is None or key.width == std[0]) else round(width * 0.5, 1)
        notes.assume("keyway depth in the shaft" + (" (DIN 6885 t1)" if std else ""), depth)
    if length is None:
        length = round(min(height, max(width * 4, diameter * 1.5)), 1)
        notes.assume("keyway length (from the top end)", length)
    return [P("keyway_width", round(float(width), 4), "mm, keyway width"),
            P("keyway_depth", round(float(depth), 4), "mm, keyway depth into the shaft"),
            P("keyway_length", round(length, 4), "mm, keyway length from the top end")]


def keyway_lines() -> list[str]:
    return ["# keyway: a flat-bottomed slot along the top end of the shaft, on +Y",
            "if keyway_width > 0 and keyway_depth > 0 and keyway_length > 0:",
            "    result -= Pos(0, diameter / 2 - keyway_depth / 2 + 0.5, height - keyway_length / 2) * Box(",
            "        keyway_width, keyway_depth + 1, keyway_length)"]

"""Products people name instead of giving sizes.

KNOWN holds products whose size is fixed by a standard or a maker's datasheet that does not
change between batches (cells, the Raspberry Pi board); NOT_SIZES holds names that carry a number
which is not a size (phone models, capacities), so the reading can ask instead of guessing.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Product:
    name: str
    pattern: str        # regular expression, case-insensitive, on the prompt
    shape: str          # "cylinder" (diameter x length), "board" (length x width x thickness), "sphere"
                        # (diameter) or "card" (length x width x thickness x corner radius)
    sizes: tuple[float, ...]
    source: str
    holes: tuple[float, float, float] | None = None   # board mounting holes: x pitch, y pitch, diameter


KNOWN: list[Product] = [
    Product("AA cell", r"\b(?:AA|LR6|R6|mignon)\s+(?:batter(?:y|ies)|cells?)\b|\bAA\b(?=.*\b(?:batter|cell))",
            "cylinder", (14.5, 50.5), "IEC 60086-2 LR6 (maximum envelope)"),
    Product("AAA cell", r"\b(?:AAA|LR03|R03|micro)\s+(?:batter(?:y|ies)|cells?)\b", "cylinder", (10.5, 44.5),
            "IEC 60086-2 LR03 (maximum envelope)"),
    Product("C cell", r"\b(?:C|LR14)\s+(?:batter(?:y|ies)|cells?)\b", "cylinder", (26.2, 50.0),
            "IEC 60086-2 LR14 (maximum envelope)"),
    Product("D cell", r"\b(?:D|LR20)\s+(?:batter(?:y|ies)|cells?)\b", "cylinder", (34.2, 61.5),
            "IEC 60086-2 LR20 (maximum envelope)"),
    Product("18650 cell", r"\b18650\b", "cylinder", (18.5, 65.2), "18650 cell envelope (makers' datasheets)"),
    Product("CR2032 coin cell", r"\bCR\s?2032\b", "cylinder", (20.0, 3.2), "IEC 60086-2 CR2032"),
    # ISO/IEC 7810 ID-1: 85.60 x 53.98 x 0.76 mm, corner radius 3.18 (credit, bank and ID cards; not business cards)
    Product("ID-1 card", r"\b(?:credit|bank|debit|atm|id|identity|loyalty|gift|payment|access)[- ]cards?\b(?:[- ]?siz(?:ed|e)\b)?",
            "card", (85.6, 53.98, 0.76, 3.18), "ISO/IEC 7810 ID-1"),
    # balls by the rules of their sport: the diameter a ball of that size has
    Product("golf ball", r"\bgolf[- ]balls?\b", "sphere", (42.67,), "R&A / USGA Rules of Golf, minimum 42.67 mm"),
    Product("table-tennis ball", r"\b(?:ping[- ]?pong|table[- ]tennis)[- ]balls?\b", "sphere", (40.0,), "ITTF: 40 mm"),
    Product("tennis ball", r"(?<!table )(?<!table-)\btennis[- ]balls?\b", "sphere", (67.0,), "ITF: 65.4-68.6 mm (mid 67)"),
    Product("pool ball", r"\b(?:pool|billiard)[- ]balls?\b", "sphere", (57.15,), "WPA: 57.15 mm"),
    Product("snooker ball", r"\bsnooker[- ]balls?\b", "sphere", (52.5,), "WPBSA: 52.5 mm"),
    Product("squash ball", r"\bsquash[- ]balls?\b", "sphere", (40.0,), "World Squash: 39.5-40.5 mm"),
    Product("Raspberry Pi 4", r"\b(?:raspberry\s*pi|rpi|pi)\s*4(?:\s*model\s*b)?\b", "board", (85.0, 56.0, 1.6),
            "Raspberry Pi 4 Model B mechanical drawing", holes=(58.0, 49.0, 2.7)),
    Product("Raspberry Pi 3", r"\b(?:raspberry\s*pi|rpi)\s*3(?:\s*model\s*b\+?)?\b", "board", (85.0, 56.0, 1.6),
            "Raspberry Pi 3 Model B mechanical drawing", holes=(58.0, 49.0, 2.7)),
]

# a product name whose number is not a size: (pattern, what it is, what to ask)
NOT_SIZES: list[tuple[str, str, str]] = [
    (r"\b(?:iphone|galaxy|pixel|ipad|xperia)\s*(?:s|z|tab)?\s*\d+(?:\s*(?:pro|max|plus|ultra|mini|a))*\b",
     "a phone or tablet model", "give the device's length, width and thickness (or the case's sizes)"),
    (r"\b\d+(?:[.,]\d+)?\s*(?:ml|millilit\w*|cl|lit(?:re|er)s?|fl\.?\s*oz|oz)\b",
     "a capacity, not a length", "give the diameter and height (or say how tall and how wide)"),
    (r"\bgo\s*pro\s*(?:hero\s*)?\d*\b|\bkindle\b|\bapple\s*watch\b|\bairpods?\b|\bswitch\s*(?:oled|lite)?\b",
     "a product model", "give its sizes or the mount's sizes"),
]

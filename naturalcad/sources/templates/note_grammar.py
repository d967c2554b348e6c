"""Drawing notes read by a small grammar, and checked against the part that was built.

A drawing or catalogue note is one comma-, semicolon- or line-separated phrase with up to six
slots, each optional but the feature:

    note      = [count] feature [size ...] [depth | THRU] [pattern] [placement]
    count     = "4x" | "4 x" | "4 HOLES" | "4 PLCS" | "x 4" (rewritten "4 PLCS" by drawing_notes)
    feature   = hole ("Ø6.6", "dia 6.6", "6.6 dia", "THRU") | tapped ("M6 x 1.0 TAP") | counterbore
                ("C'BORE Ø11", "⌴") | countersink ("CSK Ø12 x 90°", "⌵") | corner radius ("R5 ALL CORNERS")
                | chamfer ("1 x 45° CHAMFER", "CHAMFER 1 x 45°")
    depth     = "6.5 DP" | "↧ 6.5" | "12 deep" | "THRU" | "THRU ALL"
    pattern   = "PCD 70" | "ON 70 PCD" | "equally spaced" | "2 ROWS OF 3" | "ON 60 SQ" | "on a 70 x 40 pattern"
    placement = "CTR" | "CENTRE" | "10 FROM EDGES" | "ON C/L" | "BOTH ENDS" | "TYP"

The readers (drawing_notes, hole_features, edge_features, parse) bind the notes; `unmade` reads each
note again by the grammar and looks for every slot it filled in the built part's parameters. A note
whose feature, size, depth, count or circle the part does not carry is named as not understood, so
a part that skipped a note is never reported at `high` (issue 12: never silently dropped).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field

from .hole_features import HoleCallout
from .numbers import MM_PER_UNIT

Params = Mapping[str, float | int | bool]

_N = r"(\d+(?:[.,]\d+)?|\.\d+)"  # ".266": inch drawings drop the leading zero
_SPLIT = re.compile(r"[,;\n]|\s-\s|\bW/|\bWITH\b|\.\s+(?=[A-Z][a-z])", re.I)


@dataclass
class Note:
    """One note as the grammar read it (sizes in the prompt's unit)."""

    text: str
    feature: str                    # hole | tapped | counterbore | countersink | radius | chamfer
    count: int | None = None
    sizes: list[float] = field(default_factory=list)
    depth: float | None = None
    through: bool = False
    pcd: float | None = None
    centre: bool = False
    thread: tuple[float, float | None] | None = None
    grid: int | None = None         # "2 x 5 holes": read as a 2 by 5 grid, the total it makes


_COUNT = re.compile(r"^\s*(\d+)\s*[x×]\s*(?=[øØ⌀]|m\s?\d|dia|r\s?\d)|(?<![\w.,])(\d+)\s*(?:plcs?|places|holes|off)\b"
                    r"|^\s*(\d+)\s*[x×]\s*(\d+(?:[.,]\d+)?)\s*(?:mm\s*)?(?:dia\w*\s*)?(?:holes?|thru)\b", re.I)
_COUNT_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
                "eleven": 11, "twelve": 12, "pair of": 2, "a pair of": 2}
_COUNT_BEFORE = re.compile(r"(?:^|\s)(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|(?:a\s+)?pair\s+of|\d{1,2})\s+$", re.I)
_TAP = re.compile(r"\bm\s?" + _N + r"(?:\s*[x×]\s*" + _N + r")?\s*(?:-?\s*6h\s*)?(?:tap(?:ped)?\b|threaded\s+holes?\b)"
                  r"|\btapped\s+m\s?" + _N + r"(?:\s*[x×]\s*" + _N + r")?", re.I)
_PER_ROW = re.compile(r"\brows?\b|\bcolumns?\b|\bgrid\b|\barray\b|\bmatrix\b|\bper\b|\beach\b|\bacross\b", re.I)
# the size after the word ("C'BORE Ø11", "countersunk to 14"), never the hole's ("counterbored 9 mm holes");
# else the size before it ("Ø11 C'BORE"), never the hole's ("Ø6.6 CSK Ø12": 12 is the countersink)
_NOT_HOLE = r"(?![.,]?\d)(?!\s*(?:mm\s*)?(?:[a-z]+\s+)?(?:holes?|thru|bolt|screw)\b)(?!\s*(?:mm\s*)?(?:dp|deep)\b)"
_SIZE_AFTER = r"(?!\s*(?:[øØ⌀]|dia\.?)?\s*\d++(?:[.,]\d++)?+(?!\s*(?:mm\s*)?(?:dp|deep)\b))"  # a size after the word, not a depth
_NOT_COUNT = r"(?![\w-]*\s+holes?\b)"  # "2 csk holes", "3 cbore holes": the number counts the holes, it is no size
_CBORE = (re.compile(r"(?:c'?\s?bore[ds]?|counter[- ]?bore[ds]?|⌴)\s*(?:(?:to|of|at)\s*)?(?:[øØ⌀]|dia\.?)?\s*" + _N + _NOT_HOLE, re.I),
          re.compile(_N + r"\s*(?:mm\s*)?(?:dia\.?\s*)?(?:c'?\s?bore|counter[- ]?bore)\b" + _NOT_COUNT + _SIZE_AFTER, re.I))
_CSK = (re.compile(r"(?:csk|c'?sink|counter[- ]?sunk|counter[- ]?sink|⌵)\s*(?:(?:\d+\s*°\s*)?[a-z ]{0,20}?\bto\s*)?"
                   r"(?:[øØ⌀]|dia\.?)?\s*" + _N + r"(?!\s*°)" + _NOT_HOLE, re.I),
        re.compile(_N + r"\s*(?:mm\s*)?(?:dia\.?\s*)?(?:csk|c'?sink|counter[- ]?sink)\b" + _NOT_COUNT + _SIZE_AFTER, re.I))
_HOLE_SIZE = re.compile(r"[øØ⌀]\s*" + _N + r"|\bdia\.?\s*" + _N + r"|" + _N + r"\s*(?:mm\s*)?dia\b", re.I)
_FRACTION_AFTER = re.compile(r"\s*/\s*\d")  # "ø 1/4\"": a fraction the grammar does not read, so no size to check
_DEPTH = re.compile(r"↧\s*" + _N + r"|" + _N + r"\s*(?:mm\s*)?(?:dp|deep)\b", re.I)
_THRU = re.compile(r"\bthru\b|\bthrough\b", re.I)
_PCD = re.compile(r"\b(?:pcd|bcd|p\.c\.d\.?)\s*[øØ⌀]?\s*" + _N + r"|" + _N + r"\s*(?:mm\s*)?(?:pcd|bcd|p\.c\.d)", re.I)
_CENTRE = re.compile(r"\b(?:ctr|cent(?:re|er)|middle)\b", re.I)
_RADIUS = re.compile(r"\bR\s?" + _N + r"\b(?=[^,;]*\bcorners?\b)|\bcorners?\s+R\s?" + _N + r"\b", re.I)
_CHAMFER = re.compile(r"\b" + _N + r"\s*(?:mm\s*)?[x×]\s*45\s*(?:°|deg\w*)(?=[^,;]*\bcham\w*)|\bcham\w*\s+" + _N
                      + r"\s*(?:mm\s*)?[x×]\s*45", re.I)


def _f(s: str) -> float:
    return float(s.replace(",", "."))


def _first(m: re.Match[str]) -> float:
    return _f(next(g for g in m.groups() if g))


def read_note(text: str) -> Note | None:
    """The note `text` by the grammar, or None when it is not a feature note (a size, a name)."""
    note: Note | None = None
    if (m := _TAP.search(text)) is not None:
        size, pitch = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
        note = Note(text, "tapped", thread=(_f(size), _f(pitch) if pitch else None))
    elif (m := _CBORE[0].search(text) or _CBORE[1].search(text)) is not None:
        note = Note(text, "counterbore", sizes=[_first(m)])
    elif (m := _CSK[0].search(text) or _CSK[1].search(text)) is not None:
        note = Note(text, "countersink", sizes=[_first(m)])
    elif re.search(r"counter[- ]?(?:bor|sunk|sink)|c'?\s?bore|\bcsk\b", text, re.I):
        note = Note(text, "hole")  # "counterbored holes", sized from the screw: the hole's own slots are checked
    elif (m := _RADIUS.search(text)) is not None:
        return Note(text, "radius", sizes=[_first(m)])
    elif (m := _CHAMFER.search(text)) is not None:
        return Note(text, "chamfer", sizes=[_first(m)])
    elif _THRU.search(text) or re.search(r"\bholes?\b", text, re.I) or (_DEPTH.search(text) and _HOLE_SIZE.search(text)):
        note = Note(text, "hole", sizes=[_first(h) for h in _HOLE_SIZE.finditer(text) if not _FRACTION_AFTER.match(text, h.end())])
    if note is None:
        return None
    if (c := _COUNT.search(text)) is not None and not _PER_ROW.search(text):  # "2 ROWS OF 3": 3 is per row
        note.count = int(next(g for g in c.groups() if g))
        if c.group(3) and c.group(4).isdigit() and not re.search(r"[x×]\s*\d+\s*mm", c.group(0), re.I):
            note.grid = note.count * int(c.group(4))  # "2 x 5 Bohrungen Ø6": a 2 by 5 grid when the size is given apart
        if (w := _COUNT_BEFORE.search(text[:c.start()])) is not None and c.group(2):
            # "two 8 holes 50 apart": the word before counts, the bare number is the holes' size
            note.count = _COUNT_WORDS.get(w.group(1).lower()) or int(w.group(1))
            note.sizes = note.sizes or [float(c.group(2))]
    if note.feature != "counterbore" and (d := _DEPTH.search(text)) is not None:
        note.depth = _first(d)
    note.through = _THRU.search(text) is not None
    if (p := _PCD.search(text)) is not None:
        note.pcd = _first(p)
    note.centre = _CENTRE.search(text) is not None and note.count in (None, 1)
    if note.feature == "hole" and not note.sizes and note.count is None:
        return None  # "THRU", "through the middle" alone: a word of another note, nothing to check
    return note


def notes(text: str) -> list[Note]:
    """Every feature note of `text` (the normalised prompt), in order."""
    return [n for part in _SPLIT.split(text) if part.strip() and (n := read_note(part.strip())) is not None]


def _near(a: float, b: float) -> bool:
    return abs(a - b) <= max(0.02, 0.002 * abs(b))


def _has(params: Params, value: float, *keys: str) -> bool:
    """Some parameter named with one of `keys` (a substring) carries `value`."""
    return any(isinstance(v, (int, float)) and not isinstance(v, bool) and _near(float(v), value)
               for k, v in params.items() if any(key in k for key in keys))


def _hole_total(params: Params) -> int | None:
    """How many holes the part's pattern makes, when its parameters say so plainly."""
    if "columns" in params and "rows" in params:
        return int(params["columns"]) * int(params["rows"])
    for key in ("hole_count", "holes"):
        if isinstance(params.get(key), int) and not isinstance(params.get(key), bool):
            return int(params[key])
    return None


def missing(note: Note, params: Params, k: float = 1.0) -> list[str]:
    """What of `note` the part with `params` does not carry (empty: the note was made)."""
    out: list[str] = []
    sizes = [s * k for s in note.sizes]
    hole_keys = ("hole", "bore", "diameter", "drill")
    if note.feature == "tapped" and note.thread is not None:
        drill = HoleCallout(tapped=note.thread[0], thread_pitch=note.thread[1]).tap_drill()
        if not (params.get("tapped") or params.get("centre_tapped") or (drill and _has(params, drill, *hole_keys))):
            out.append(f"M{note.thread[0]:g} tapped hole")
    elif note.feature == "counterbore" and sizes and not _has(params, sizes[0], "counterbore"):
        out.append(f"counterbore Ø{sizes[0]:g}")
    elif note.feature == "countersink" and sizes and not _has(params, sizes[0], "countersink"):
        out.append(f"countersink Ø{sizes[0]:g}")
    elif note.feature == "radius" and sizes and not _has(params, sizes[0], "radius", "fillet", "corner"):
        out.append(f"R{sizes[0]:g}")
    elif note.feature == "chamfer" and sizes and not _has(params, sizes[0], "chamfer"):
        out.append(f"{sizes[0]:g} x 45° chamfer")
    elif note.feature == "hole" and sizes and not any(_has(params, s, *hole_keys) for s in sizes):
        out.append(f"Ø{sizes[0]:g} hole")
    if note.depth is not None and not _has(params, note.depth * k, "depth"):
        out.append(f"{note.depth * k:g} deep")
    if note.pcd is not None and not _has(params, note.pcd * k, "circle", "pcd"):
        out.append(f"PCD {note.pcd * k:g}")
    total = _hole_total(params)
    counted = note.count is not None and note.count > 1 and note.feature in ("hole", "tapped", "counterbore", "countersink")
    if counted and total is not None and note.count != total and total != note.grid and not (note.feature == "hole" and note.centre):
        out.append(f"{note.count} holes (the part has {total})")
    return out


def unmade(text: str, params: Params, unit: str = "mm") -> list[str]:
    """Each note of `text` the part did not make, as "“note”: what is missing" for the reading."""
    k = MM_PER_UNIT.get(unit, 1.0)
    return [f"“{n.text}”: {', '.join(miss)} not made" for n in notes(text) if (miss := missing(n, params, k))]

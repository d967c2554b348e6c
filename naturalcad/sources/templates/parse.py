"""Prompt -> PartSpec: what the person asked for, as named dimensions, counts and features.

The parser is rule based and general: it tags keywords ("wide", "OD", "across flats",
"bolt circle"...) in the token stream and binds each number to the keyword right after
it ("90 mm wide") or, failing that, right before it ("width 90", "OD 12",
"diameter of 40 mm").  Number groups ("120 x 80 x 6", "4 by 6 inches") are kept as
groups.  Words it does not know are ignored, never fatal.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TypeGuard

from ...prompt.feature_clauses import without_edge_asides
from .drawing_notes import hole_place_text
from .drawing_notes import normalise as normalise_drawing_notes
from .edge_features import EdgeCallout, read_edge_callout, round_only_as_verb, without_sharp_edges
from .hole_features import HoleCallout, read_callouts
from .hole_rows import read_edge_margin, read_row_spacing
from .hub_features import read_hub
from .numbers import MM_PER_UNIT, UNIT_WORDS, Token, apply_default_unit, group_spans, normalize, tokenize
from .pocket_features import PocketCallout, read_pocket
from .slot_features import KeywayCallout, SlotCallout, read_slots

# role -> phrases (each a space separated word sequence).  Longest phrases match first.
ROLE_PHRASES: dict[str, list[str]] = {
    "outer_diameter": ["outer diameter", "outside diameter", "external diameter", "outer dia",
                       "outside dia", "od", "outer", "outside", "o/d", "outer dimensions",
                       "outside dimensions", "external"],
    "inner_diameter": ["inner diameter", "inside diameter", "internal diameter", "inner dia",
                       "inside dia", "id", "inner", "inside", "i/d", "internal", "hole diameter",
                       "hole size", "hole dia"],
    "bore": ["bore diameter", "bore", "centre bore", "center bore", "shaft hole", "axle hole",
             "through bore", "bore hole"],
    "across_flats": ["across the flats", "across flats", "across flat", "af", "flat to flat",
                     "flats", "hex size", "wrench size", "spanner size", "a/f"],
    "across_corners": ["across corners", "across the corners", "corner to corner", "ac"],
    "pcd": ["bolt circle diameter", "pitch circle diameter", "bolt circle", "pitch circle",
            "pcd", "bcd", "bolt pattern", "hole circle", "bolt-circle", "bolt pattern diameter",
            "pitch diameter", "pitch circle dia", "bolt circle dia", "p.c.d"],
    "wall": ["wall thickness", "walls", "wall", "thick walls", "thick wall", "wall thick",
             "walled", "shell thickness", "shell"],
    "face_width": ["face width", "face", "tooth width", "gear width"],
    "fillet": ["fillet radius", "fillets", "fillet", "filleted", "rounded edges", "rounded corners",
               "rounded", "round edges", "round corners", "radiused", "radius edges",
               "radius corners", "rounds", "edge radius", "corner radius", "radius fillets",
               "radius fillet", "radiused edges", "radiused corners", "radius on the edges",
               "radius on all edges", "radius round"],
    "chamfer": ["chamfers", "chamfer", "chamfered", "bevel", "bevels", "bevelled", "beveled",
                "chamfered edges", "chamfer on the edges"],
    "edge_offset": ["in from the edges", "in from the edge", "from the edges", "from the edge",
                    "from edges", "from edge", "from each edge", "from the sides",
                    "from the side", "in from each edge", "inset", "margin", "edge distance",
                    "edge margin", "from the corners", "from corners", "from the ends",
                    "from each end", "from the end", "in from the ends", "from both ends", "in from both ends",
                    "from either end", "in from each end", "in from the corners",
                    "from the outside edges", "from the outer edges", "from the border",
                    "from the plate edges", "from the plate edge", "in from the sides",
                    "from both edges", "in from both edges", "from all edges", "from every edge", "from all sides",
                    "from that end", "in from that end", "in from each short end", "from each short end",
                    "from the short ends", "in from the short ends", "from both short ends", "from the left edge", "from the left end"],  # "starting 10 from one end"
    "major_radius": ["ring radius", "major radius", "mean radius", "centerline radius",
                     "centreline radius", "center radius", "centre radius", "path radius"],
    "minor_radius": ["tube radius", "minor radius", "section radius", "cross section radius",
                     "pipe radius", "profile radius", "cross-section radius"],
    "major_diameter": ["ring diameter", "major diameter", "mean diameter", "centreline diameter",
                       "centerline diameter"],
    "minor_diameter": ["cross-section", "cross section", "cross-sectional diameter", "cord diameter",
                       "cord", "c/s", "tube diameter", "minor diameter", "section diameter",
                       "cross section diameter", "cross-section diameter", "profile diameter",
                       "tube thickness", "pipe diameter"],
    "floor": ["floor", "floor thickness", "bottom", "bottom thickness", "base thickness", "thick bottom",
              "thick floor", "thick base"],
    "outer_radius": ["outer radius", "outside radius", "external radius"],
    "inner_radius": ["inner radius", "inside radius", "internal radius"],
    "base_radius": ["base radius", "bottom radius", "radius at the base", "radius at the bottom"],
    "base_diameter_at": ["at the base", "at the bottom", "at its base"],
    "top_diameter_at": ["at the top", "at its top", "at the tip"],
    "top_radius": ["top radius", "tip radius", "radius at the top"],
    "base_diameter": ["base diameter", "bottom diameter", "diameter at the base",
                      "diameter at the bottom", "base dia"],
    "top_diameter": ["top diameter", "tip diameter", "diameter at the top", "top dia"],
    "base": ["square base", "base", "base side", "base width", "base length", "base edge",
             "base size", "sided base"],
    "diameter": ["in diameter", "diameter", "dia", "diam", "across", "round", "in dia", "dia."],
    "radius": ["in radius", "radius", "rad"],
    "width": ["in width", "wide", "width", "broad", "breadth"],
    "length": ["in length", "long", "length", "lengthwise", "len", "lengths"],
    "height": ["in height", "tall", "high", "height", "heigh", "in tall"],
    "thickness": ["thick", "thickness", "thk", "in thickness", "plate thickness", "gauge"],
    "depth": ["deep", "depth", "in depth"],
    "side": ["on a side", "on each side", "per side", "a side", "side length", "sides", "side",
             "sided", "edge length", "edges long", "each side"],
    "span": ["span", "spanning", "clear span"],
    "rise": ["rise"],
    "module": ["module", "mod"],
    "legs": ["legs", "leg", "leg length", "leg lengths", "flanges"],
    "square": ["square"],
    "cube": ["cube", "cubed"],
    "size": ["size", "overall size", "dimensions", "footprint", "measuring", "overall"],
    "pitch": ["pitch", "spacing", "apart", "every", "spaced", "at intervals of", "c/c", "centre distance", "on centres", "on centers", "centres", "centers",
              "center to center", "centre to centre", "hole spacing"],
    "jog": ["jog", "jog offset", "offset"],
}

COUNT_NOUNS: dict[str, str] = {
    "hole": "holes", "holes": "holes", "thru": "holes", "tooth": "teeth", "teeth": "teeth", "panel": "panels",
    "panels": "panels", "bay": "panels", "bays": "panels", "side": "sides", "sides": "sides",
    "sided": "sides", "jog": "jogs", "jogs": "jogs", "bend": "jogs", "bends": "jogs",
    "turn": "jogs", "turns": "jogs", "step": "jogs", "steps": "jogs", "floor": "tiers",
    "floors": "tiers", "storey": "tiers", "storeys": "tiers", "story": "tiers",
    "stories": "tiers", "tier": "tiers", "tiers": "tiers", "level": "tiers", "levels": "tiers",
    "notch": "notches", "notches": "notches", "row": "rows", "rows": "rows", "column": "cols",
    "columns": "cols", "slot": "holes", "slots": "holes", "spoke": "spokes", "spokes": "spokes",
    "setback": "tiers", "setbacks": "tiers", "segment": "panels", "segments": "panels",
    "web": "panels", "webs": "panels", "divisions": "panels", "cells": "panels",
    "face": "sides", "faces": "sides", "gon": "sides",
}

HOLE_WORDS = {"hole", "holes", "thru", "bore-hole", "perforation", "perforations", "slots", "slot",
              "openings", "opening"}

# words that may sit between a number and the noun it counts or sizes ("4 bolt holes")
ADJECTIVES = {
    "bolt", "corner", "mounting", "clearance", "through", "countersunk", "counterbored",
    "blind", "threaded", "tapped", "evenly", "equally", "spaced", "round", "circular",
    "small", "large", "big", "fixing", "screw", "m", "equal", "identical", "diameter", "dia",
    "drilled", "cylindrical", "straight", "involute", "spur", "gear", "extra", "more", "mm",
    "fastener", "fastening", "locating", "centre", "center", "central", "x", "of", "the",
    "lightening", "vent", "ventilation", "rectangular", "square", "outer", "inner", "thru",
    "pin", "dowel", "further", "additional", "truss", "equal-length", "vertical", "horizontal",
    "long", "short", "wide", "ø", "pilot", "tap", "perimeter", "edge", "pcd", "sharp",
    "triangular", "diagonal", "regular", "flat", "square-section", "drill",
    "cross", "transverse",  # "five 6 mm cross holes": holes across a bar
    "off",  # "4 off countersunk holes": the drawing office's quantity word
    # the hole's kind abbreviated: "2 csk holes", "3 cbore holes", "4 c'sunk holes"
    "csk", "cbore", "c'bore", "cbored", "c'bored", "csunk", "c'sunk", "countersink", "counterbore",
}

FILLERS = {"of", "is", ":", "=", "a", "an", "about", "approx", "approximately", "around", "the",
           "with", "at", "to", "roughly", "~", "being", "should", "be", "must", "measuring",
           "total", "overall", "each", "all", "its", "it", "are", "have", "has", "set", "by",
           "only", "just", "nominal", "exactly"}

# single letters count as a name only when written "w=30" or "L: 100"
LETTER_ROLES = {"w": "width", "l": "length", "h": "height", "t": "thickness", "d": "diameter",
                "r": "radius", "z": "teeth_count", "m": "module", "n": "count"}

BODY_NOUNS = {
    "plate", "block", "box", "cube", "cylinder", "disc", "disk", "rod", "shaft", "tube", "pipe",
    "washer", "ring", "spacer", "flange", "bracket", "gear", "sphere", "ball", "cone", "torus",
    "prism", "pyramid", "nut", "standoff", "cup", "strip", "bar", "bushing", "body",
}


@dataclass
class EdgeTreatment:
    kind: str            # "fillet" | "chamfer"
    size: float | None   # mm, None when not given
    which: str = "all"   # "all" | "vertical" | "top" | "bottom" | "top_bottom" | "ends"


@dataclass
class PartSpec:
    """Everything understood from a prompt.  Lengths in mm."""

    text: str
    words: set[str] = field(default_factory=set)
    dims: dict[str, float] = field(default_factory=dict)
    groups: list[list[float]] = field(default_factory=list)      # unbound "A x B x C" groups
    group_roles: dict[str, list[float]] = field(default_factory=dict)  # "legs": [30, 25]...
    loose: list[float] = field(default_factory=list)            # lengths with no name
    counts: dict[str, int] = field(default_factory=dict)
    grid: tuple[int, int] | None = None
    hole_pattern: str | None = None   # corners|grid|row|centre|circle|per_leg|perimeter
    edge: EdgeTreatment | None = None
    open_top: bool = False
    hollow: bool = False
    metric: float | None = None
    unit: str = "mm"
    understood: list[str] = field(default_factory=list)
    hole_callout: HoleCallout | None = None  # counterbore, countersink, blind depth, tap (hole_features)
    slot: SlotCallout | None = None           # slots in a plate (slot_features)
    keyway: KeywayCallout | None = None       # a keyway in a shaft (slot_features, DIN 6885)
    pocket: PocketCallout | None = None       # a rectangular pocket in a plate (pocket_features)
    # the prompt before catalogue numbers were blanked ("GT2 20 tooth"): for families that read them
    source_text: str = ""

    def has(self, *words: str) -> bool:
        return any(w in self.words for w in words)

    def phrase(self, pattern: str) -> bool:
        return re.search(pattern, self.text.lower()) is not None


@dataclass
class _KW:
    role: str
    text: str
    used: bool = False


@dataclass
class _Tok(Token):
    """A prompt token plus the number group the parser found on it ("120 x 80 x 6").

    The first number of a group carries the group's values and the index of its last
    item; the other numbers of the group are marked `in_group`.
    """

    group: list[float] | None = None
    group_end: int = 0
    in_group: bool = False


Item = _Tok | _KW


def _lemma(w: str) -> str:
    if w.endswith("ies") and len(w) > 4:
        return w[:-3] + "y"
    if w.endswith("es") and w[:-2].endswith(("sh", "ch", "x")):
        return w[:-2]
    if w.endswith("s") and not w.endswith(("ss", "us", "is")) and len(w) > 3:
        return w[:-1]
    return w


_PHRASE_INDEX: list[tuple[tuple[str, ...], str]] = sorted(
    ((tuple(p.split(" ")), role) for role, ps in ROLE_PHRASES.items() for p in ps),
    key=lambda x: -len(x[0]),
)


_BASE_COMPOUNDS = {"plate", "plates", "board", "frame", "flange"}
_FACE_PLACES = {"end", "top", "bottom", "side", "front", "back", "one", "each", "either", "other", "opposite", "flat", "upper",
                "lower", "outer", "inner", "rear", "mating", "that", "this", "the", "its", "a"}
_BOTTOM_NOT_FLOOR = {"edge", "edges", "face", "faces", "corner", "corners", "side", "of", "radius", "diameter", "dia"}


def _three_sizes_follow(tokens: list[Token], k: int) -> bool:
    """'90 x 60 x 10' right after a word: the three sizes of a whole part, never one of its roles."""
    seg = tokens[k:k + 5]
    return len(seg) == 5 and all(t.kind in ("num",) for t in seg[0::2]) and all(t.text in ("x", "by") for t in seg[1::2])


def _tag_keywords(tokens: list[Token]) -> list[Item]:
    items: list[Item] = []
    i = 0
    while i < len(tokens):
        matched = False
        for words, role in _PHRASE_INDEX:
            n = len(words)
            seg = tokens[i:i + n]
            if len(seg) == n and all(t.kind in ("word", "sym") and t.text == w for t, w in zip(seg, words, strict=False)):
                if words == ("base",) and i + 1 < len(tokens) and tokens[i + 1].text in _BASE_COMPOUNDS:
                    continue  # "a 300 x 200 base plate": a kind of plate, not the size of a base
                if words == ("base",) and _three_sizes_follow(tokens, i + 1):
                    continue  # "base 90x60x10 mm, 4 holes": the part named by its three sizes, not a floor
                if words == ("face",) and ((i > 0 and tokens[i - 1].text in _FACE_PLACES)
                                           or (i + 1 < len(tokens) and tokens[i + 1].text in ("of", "on", "at"))):
                    continue  # "in the end face of a 25 x 25 x 50 bar": a place on the part, not a gear's face width
                if words == ("bottom",) and i + 1 < len(tokens) and tokens[i + 1].text in _BOTTOM_NOT_FLOOR:
                    continue  # "bottom edges", "bottom face": a place, not the floor's thickness
                items.append(_KW(role, " ".join(words)))
                i += n
                matched = True
                break
        if not matched:
            items.append(_Tok(**vars(tokens[i])))
            i += 1
    return items


def _is_num(it: Item | None) -> TypeGuard[_Tok]:
    return isinstance(it, _Tok) and it.kind == "num"


def _number_at(items: list[Item], k: int) -> _Tok:
    """Item k, which the caller already knows is a number token."""
    it = items[k]
    assert isinstance(it, _Tok), f"item {k} is not a number"
    return it


def _is_word(it: Item | None, *words: str) -> bool:
    return isinstance(it, Token) and it.kind in ("word", "sym") and (not words or it.text in words)


def _is_one(it: Item | None) -> bool:
    """The count one, as a number token ("one 8 hole": the spelled "one" the tokenizer reads as 1)."""
    return isinstance(it, Token) and it.kind == "num" and it.raw == 1 and not it.explicit


def _is_count_candidate(t: Token) -> bool:
    return t.kind == "num" and t.is_int and not t.explicit and t.raw < 1000


_PRONOUNS = {"you", "u", "i", "we", "someone", "somebody", "anyone", "it", "this", "that", "they", "one", "ya"}


def _is_modal_verb(tokens: list[Token], k: int) -> bool:
    """'can you make...', 'I can print...': the verb, not the part (a tin can)."""
    if tokens[k].text != "can":
        return False
    nxt = tokens[k + 1] if k + 1 < len(tokens) else None
    prev = tokens[k - 1] if k > 0 else None
    return (nxt is not None and nxt.text in _PRONOUNS) or (prev is not None and prev.text in _PRONOUNS)


def parse_prompt(text: str) -> PartSpec:
    """Read a plain-English part description into a PartSpec."""
    from .letter_sizes import letter_sizes

    text = letter_sizes(text)  # "cylinder d40 h20": named sizes, not catalogue codes
    text = without_edge_asides(text)  # "the four vertical (20 mm) edges": the edges' length, not a size
    text = normalise_drawing_notes(text)  # "SLOT 6 W x 30 LG OA", "R8 TYP (4 CORNERS)", "CTR" (drawing_notes.py)
    pocket, readable = read_pocket(text)  # "POCKET 60 X 40 X 5 DP, R5 POCKET CORNERS": never a hole
    callout, readable = read_callouts(readable)  # "C'BORE Ø11 x 6.5 DP": its numbers are the hole's, not the part's
    edge_callout, readable = read_edge_callout(readable)  # "R5 ALL CORNERS", "1 x 45° CHAMFER"
    slot, keyway, readable = read_slots(readable)  # "a 30 x 8 slot", "a 40 mm long keyway"
    hub, readable = read_hub(readable)  # "W/ SPIGOT Ø35 x 8 HIGH" on a flange (hub_features.py)
    row_spacing, row_unit, readable = read_row_spacing(readable)  # "rows 60 apart": across the rows, not the pitch
    margin, margin_unit, margin_material, readable = read_edge_margin(readable)  # "edge 15 from the outer hole centres"
    tokens = tokenize(readable)
    unit = apply_default_unit(tokens, readable, text)
    _callouts_to_mm(unit, callout, slot, keyway)
    if edge_callout is not None and unit != "mm":
        edge_callout = EdgeCallout(edge_callout.kind, edge_callout.size * MM_PER_UNIT.get(unit, 1.0), edge_callout.which,
                                   edge_callout.span)
    spec = PartSpec(text=text, unit=unit, hole_callout=callout if callout.any else None, slot=slot, keyway=keyway)
    if pocket is not None and unit == "in":
        pocket = PocketCallout(*(v * MM_PER_UNIT["in"] for v in (pocket.length, pocket.width, pocket.depth, pocket.corner_radius)))
    spec.pocket = pocket
    words = [t.text for k, t in enumerate(tokens) if t.kind == "word" and not _is_modal_verb(tokens, k)]
    spec.words = {_lemma(w) for w in words} | set(words)
    spec.words |= {part for w in words if "/" in w for part in w.split("/") if part.isalpha()}  # "tray/box": either name
    if round_only_as_verb(text):
        spec.words.discard("round")  # "block 40 x 20 x 5, round the vertical corners": a verb, not a round body
    if spec.hole_callout is not None:
        spec.words.add("hole")  # "M8 TAP 15 DP", "⌴ Ø11": a hole callout names a hole
    items = _tag_keywords(tokens)
    bound: set[int] = set()          # indices of items already used

    for it in items:
        if isinstance(it, Token) and it.kind == "metric" and spec.metric is None:
            spec.metric = it.value

    _find_counts(items, bound, spec)
    _find_groups(items, bound, spec)
    _find_centre_hole(items, bound, spec)
    _bind_postfix(items, bound, spec)
    _bind_on_circle(items, bound, spec)
    _bind_prefix(items, bound, spec)
    _collect_loose(items, bound, spec)
    if callout.count and "holes" not in spec.counts:
        spec.counts["holes"] = callout.count  # "Ø6 THRU 4 PLCS"
    if callout.pcd:
        spec.dims["pcd"] = callout.pcd  # "ON Ø70 PCD AT 45°"
    if callout.centre and "centre_hole" not in spec.dims:
        spec.dims["centre_hole"] = callout.centre  # "Ø40 THRU CTR, 4X Ø10 THRU ..."
    if callout.diameter and "hole_diameter" not in spec.dims:
        spec.dims["hole_diameter"] = callout.diameter  # "Ø6 THRU", "a blind hole Ø10"
        spec.words.add("hole")
        for role in ("inner_diameter", "bore"):
            if spec.dims.get(role) == callout.diameter:
                del spec.dims[role]
    if hub is not None:
        k = MM_PER_UNIT.get(unit, 1.0)
        spec.dims["hub_diameter"] = hub.diameter * k
        if hub.height is not None:
            spec.dims["hub_height"] = hub.height * k
    if row_spacing is not None:
        row_in = "in" if row_unit == '"' else UNIT_WORDS.get((row_unit or "").lower(), unit)  # unit-less: the prompt's
        spec.dims["row_spacing"] = row_spacing * MM_PER_UNIT.get(row_in, 1.0)
    if margin is not None and margin_material:  # "5 mm of solid material between the outermost holes and the edge"
        margin_in = "in" if margin_unit == '"' else UNIT_WORDS.get((margin_unit or "").lower(), unit)
        spec.dims["edge_material"] = margin * MM_PER_UNIT.get(margin_in, 1.0)
    per_row_given = "holes" in spec.counts or "per_row" in spec.counts
    _find_patterns(spec)
    if row_spacing is not None and not per_row_given and spec.grid is not None:
        spec.counts["per_row_from_pitch"] = 1  # "two rows of 8 mm holes, 40 mm pitch": each row as long as the part allows
    _find_edges(items, spec)
    if edge_callout is not None:
        which = edge_callout.which or (spec.edge.which if spec.edge else "all")
        spec.edge = EdgeTreatment(edge_callout.kind, edge_callout.size, which)
    _find_shell(spec)
    _container_roles(spec)
    from .roles import derive as derive_roles  # inside sizes, inside depth, ID + wall (roles.py)

    derive_roles(spec)
    return spec


def _callouts_to_mm(unit: str, call: HoleCallout, slot: SlotCallout | None, key: KeywayCallout | None) -> None:
    """A prompt written in inches writes its callouts in inches too ("countersink to 0.400")."""
    k = MM_PER_UNIT.get(unit, 1.0)
    if k == 1.0:
        return
    if call.counterbore:
        call.counterbore = (call.counterbore[0] * k, call.counterbore[1] * k if call.counterbore[1] else None)
    if call.countersink:
        call.countersink = (call.countersink[0] * k, call.countersink[1])
    for attr in ("depth", "diameter", "centre", "pcd"):
        v = getattr(call, attr)
        if v:
            setattr(call, attr, v * k)
    for obj, attrs in ((slot, ("length", "width", "pitch", "centres")), (key, ("length", "width", "depth"))):
        for attr in attrs:
            if obj is not None and getattr(obj, attr):
                setattr(obj, attr, getattr(obj, attr) * k)


def _set(spec: PartSpec, role: str, value: float) -> None:
    role = {"base_diameter_at": "base_diameter", "top_diameter_at": "top_diameter"}.get(role, role)
    if role in ("outer_radius", "inner_radius"):   # "outer radius 20": the outer diameter is 40
        role, value = role.replace("radius", "diameter"), 2 * value
    if role not in spec.dims:
        spec.dims[role] = value


_HOLE_KINDS = {"csk", "cbore", "c'bore", "countersunk", "counterbored", "tapped", "threaded", "cb", "cs", "spotfaced"}


def _x_holes(items: list[Item], i: int) -> bool:
    """'6x csk M5', '4x M5 csk', '4 x tapped M6': a count then a hole kind (and a screw), no hole noun."""
    if not _is_word(items[i + 1] if i + 1 < len(items) else None, "x"):
        return False
    near = items[i + 2:i + 5]
    kinds = [k for k, t in enumerate(near) if _is_word(t, *_HOLE_KINDS)]
    return bool(kinds) and kinds[0] <= 1 and not any(_is_word(t, "hole", "holes") for t in near)


def _bare_size_before_holes(items: list[Item], j: int) -> bool:
    """A bare whole number right between a count and "holes" is the holes' size: "two 6 holes"."""
    tok, after = items[j], items[j + 1] if j + 1 < len(items) else None
    return isinstance(tok, Token) and tok.kind == "num" and tok.is_int and not tok.explicit and 1 < tok.raw <= 100 \
        and _is_word(after, "holes")


def _find_counts(items: list[Item], bound: set[int], spec: PartSpec) -> None:
    """'4 bolt holes', 'five holes', '20 teeth', 'teeth: 20', 'a hole', '4 x M5 holes'."""
    n = len(items)
    for i, it in enumerate(items):
        if not (isinstance(it, Token) and _is_count_candidate(it)):
            continue
        if i > 0 and _is_word(items[i - 1], "x", "by") and not (i > 1 and _is_word(items[i - 2], "rows", "row", "columns")):
            continue  # the second number of "30 x 30 legs" is a size; "3 rows x 4 columns" counts
        if i > 0 and isinstance(prev := items[i - 1], _KW) and prev.role in ("diameter", "radius", "bore"):
            continue  # "a Ø30 centre hole" sizes the hole, it does not count holes
        j = i + 1
        size_tok: int | None = None
        # "4 x 6 mm holes" / "4x M5 holes": a count then a size
        if j + 1 < n and _is_word(items[j], "x", "off") and isinstance(size := items[j + 1], _Tok) and (
                size.kind == "metric" or (size.kind == "num" and size.explicit)
                or (size.kind == "num" and j + 2 < n and _is_word(items[j + 2], "hole", "holes")
                    and _on_circle_after(items, j + 3))):   # "4 x 12 holes on 95 PCD"
            size_tok = j + 1
            j += 2
        elif j + 2 < n and _is_word(items[j], "x", "off") and isinstance(dia := items[j + 1], _KW) \
                and dia.role == "diameter" and _is_num(items[j + 2]):
            # "4 x Ø6 holes", "4x dia 6 holes": the name makes the second number a size
            dia.used = True
            size_tok = j + 2
            j += 3
        if size_tok is None and "holes" not in spec.counts and _x_holes(items, i):
            spec.counts["holes"] = int(it.raw)  # "6x csk M5 on PCD 45", "4x tapped M6": drawing shorthand for holes
            bound.add(i)
            continue
        skipped = 0
        radius_of: int | None = None
        while j < n and skipped < 4:
            nxt = items[j]
            if isinstance(nxt, Token) and nxt.kind == "word" and nxt.text in COUNT_NOUNS:
                key = COUNT_NOUNS[nxt.text]
                if key == "sides" and nxt.text == "face" and skipped:
                    break
                follow = items[j + 1] if j + 1 < n else None
                if nxt.text == "hole" and it.raw > 1 and size_tok is None and not skipped and (
                        follow is None or _is_word(follow, ",", ".", ";", "in", "through", "thru", "at", "and", "with")
                        or (i > 0 and (_is_word(items[i - 1], "a", "an", "one", "single") or _is_one(items[i - 1])))):
                    # "a 10 hole right through", "one 8 hole dead center"
                    # "a 16 hole", "washer 30 outside, 16 hole": one hole of that size, not 16 holes
                    spec.dims.setdefault("hole_diameter", it.value)
                    spec.counts.setdefault("holes", 1)
                    bound.add(i)
                    if i > 0 and _is_one(items[i - 1]):
                        bound.add(i - 1)  # "one 8 hole": the one is the count, already said
                    break
                if nxt.text == "hole" and it.raw > 1 and size_tok is None and skipped and any(
                        isinstance(w, _KW) and w.role == "diameter" for w in items[i + 1:j]):
                    break  # "25 dia centre hole": a named diameter before a singular hole sizes it, never counts 25
                spec.counts.setdefault(key, int(it.raw))
                bound.add(i)
                if size_tok is not None and key == "holes":
                    st = _number_at(items, size_tok)
                    if st.kind == "metric":
                        spec.dims.setdefault("hole_metric", st.value)
                    else:
                        spec.dims.setdefault("hole_diameter", st.value * (2 if radius_of == size_tok else 1))
                    bound.add(size_tok)
                break
            if size_tok is None and not skipped and (_bare_size_before_holes(items, j) or (
                    isinstance(nxt, _Tok) and nxt.kind == "num" and it.raw <= 24 and not getattr(it, "in_group", False)
                    and j + 1 < n and _is_word(items[j + 1], "holes", "bores"))):
                size_tok = j  # "two 6 holes 40 apart", "three 10 holes at 30 pitch": a count, then the holes' size
                j += 1
                skipped += 1
                continue
            if isinstance(nxt, Token) and (nxt.kind == "metric" or (nxt.kind == "num" and (nxt.explicit or not nxt.is_int))):
                if size_tok is None:
                    size_tok = j
                j += 1
                skipped += 1
                continue
            if isinstance(nxt, Token) and nxt.kind == "word" and nxt.text in ADJECTIVES | {"-"}:
                j += 1
                skipped += 1
                continue
            if isinstance(nxt, _KW) and nxt.role == "radius" and size_tok == j - 1 and _is_word(items[j + 1] if j + 1 < n else None, "holes"):
                radius_of = size_tok  # "a pair of 8 mm radius holes": the size is each hole's radius
                j += 1
                skipped += 1
                continue
            if isinstance(nxt, _KW) and nxt.role in ("diameter", "fillet", "chamfer", "square", "bore", "pitch"):
                # "4 diameter 6 holes" is odd but "4 rounded corners"/"6 round holes" are not
                if nxt.role in ("fillet", "chamfer"):
                    break
                if nxt.role == "diameter" and size_tok is None and j + 1 < n and _is_num(items[j + 1]):
                    size_tok = j + 1  # "10 Ø8 holes": the number after the Ø sizes the holes it counts
                    j += 2
                    skipped += 1
                    continue
                j += 1
                skipped += 1
                continue
            if isinstance(nxt, _KW) and nxt.role == "side" and nxt.text in ("sides", "side", "sided"):
                spec.counts.setdefault("sides", int(it.raw))
                bound.add(i)
                nxt.used = True
                break
            if isinstance(nxt, _KW) and nxt.role == "legs":
                spec.counts.setdefault("legs", int(it.raw))
                bound.add(i)
                break
            if isinstance(nxt, _KW) and nxt.role == "face_width" and nxt.text == "face":
                spec.counts.setdefault("sides", int(it.raw))
                bound.add(i)
                break
            break
    # prefix form: "teeth: 20", "number of holes 6", "holes = 4", "z=20"
    for i, it in enumerate(items):
        count_key: str | None = None
        if isinstance(it, Token) and it.kind == "word" and it.text in COUNT_NOUNS:
            count_key = COUNT_NOUNS[it.text]
        elif isinstance(it, Token) and it.kind == "word" and it.text in ("z", "n") and i + 1 < n and _is_word(items[i + 1], "=", ":"):
            count_key = "teeth" if it.text == "z" else "holes"
        if count_key == "rows" and i + 2 < n and _is_word(items[i + 1], "of") and i + 2 not in bound \
                and isinstance(per_row := items[i + 2], _Tok) and _is_count_candidate(per_row):
            # "6 holes in 2 rows of 3": the number after "rows of" counts the holes in each row
            spec.counts.setdefault("per_row", int(per_row.raw))
            bound.add(i + 2)
            continue
        if count_key is None or count_key in spec.counts:
            continue
        if isinstance(it, Token) and it.text == "hole":
            continue  # "a hole of 20 in the centre": the number after a single hole is its size
        j = i + 1
        while j < n and _is_word(items[j], ":", "=", "of", "is", "count", "number"):
            j += 1
        if j < n and j not in bound and isinstance(cnt := items[j], _Tok) and _is_count_candidate(cnt):
            after = items[j + 1] if j + 1 < n else None
            if isinstance(after, _KW) or _is_word(after, "x", "by"):
                continue
            spec.counts[count_key] = int(cnt.raw)
            bound.add(j)
    # "a hole", "an M6 hole", "a central hole", "hole in the middle"
    if "holes" not in spec.counts:
        for i, it in enumerate(items):
            if _is_word(it, "a", "an", "one", "single", "1"):
                j = i + 1
                while j < n and j < i + 5 and (
                        (isinstance(tj := items[j], _Tok) and (tj.kind in ("num", "metric") and (tj.explicit or tj.kind == "metric")))
                        or _is_word(items[j], *ADJECTIVES)
                        or (isinstance(kj := items[j], _KW) and kj.role in ("diameter", "bore"))):
                    j += 1
                if j < n and _is_word(items[j], "hole"):
                    spec.counts["holes"] = 1
                    break


_CENTRE_WORDS = ("centre", "center", "central", "middle", "centred", "centered")
# words that may sit between the hole and its size: before it inside the noun phrase
# ("a large Ø30 centre hole"), after it as a link ("centre hole of 30", "centre hole: 30")
_CENTRE_SKIP_BEFORE = ("large", "big", "small", "larger", "bigger", "through", "thru", "clearance")
_CENTRE_SKIP_AFTER = ("of", ",", ":", "=", "with", "a", "an", "about", "is")


def _size_near(items: list[Item], start: int, step: int, bound: set[int]) -> int | None:
    """Index of the first free length from `start` going `step`, past fillers and a 'dia' name."""
    skip = _CENTRE_SKIP_BEFORE if step < 0 else _CENTRE_SKIP_AFTER
    k = start
    for _ in range(4):
        if not 0 <= k < len(items):
            return None
        it = items[k]
        if _is_num(it) and k not in bound and not it.in_group and _group_of(it) is None:
            return k
        if not (_is_word(it, *skip) or (isinstance(it, _KW) and it.role in ("diameter", "bore"))):
            return None
        k += step
    return None


def _find_centre_hole(items: list[Item], bound: set[int], spec: PartSpec) -> None:
    """'4 corner holes plus a 30 mm centre hole': one more hole, in the middle, of its own size.

    Only when other holes are asked for too; a lone 'hole in the centre' is the usual
    single-hole layout.
    """
    others = spec.counts.get("holes", 0) >= 2 or any(_is_word(it, "holes") for it in items)
    if not others:
        return
    n = len(items)
    for h, it in enumerate(items):
        if not _is_word(it, "hole"):
            continue
        before = items[h - 1] if h > 0 else None
        after = [items[k] for k in range(h + 1, min(n, h + 4))]
        if _is_word(before, *_CENTRE_WORDS):        # "a 30 mm centre hole", "centre hole of 30"
            k = _size_near(items, h - 2, -1, bound)
            if k is None:
                k = _size_near(items, h + 1, 1, bound)
        elif after and _is_word(after[0], "in", "through", "at") and any(_is_word(a, *_CENTRE_WORDS) for a in after[1:]):
            k = _size_near(items, h - 1, -1, bound)  # "a 22 mm hole in the center"
            if k is None and h > 0 and _is_num(items[h - 1]) and spec.dims.get("hole_diameter") == _number_at(items, h - 1).value \
                    and any(_is_word(it, "holes") for it in items[h + 1:]):
                # "20 hole in the middle, four M8 tapped holes ...": the bare 20 was taken for the holes' size
                del spec.dims["hole_diameter"]
                if spec.counts.get("holes") == 1:
                    del spec.counts["holes"]
                spec.dims["centre_hole"] = _number_at(items, h - 1).value
                return
        else:
            continue
        if k is None:
            continue
        spec.dims["centre_hole"] = _number_at(items, k).value
        bound.add(k)
        if spec.counts.get("holes") == 1:  # "5.5 holes in each corner ... and a 25 mm hole in the centre": the one is the centre's
            del spec.counts["holes"]
        for j in range(min(k, h) , max(k, h)):
            if isinstance(name := items[j], _KW) and name.role == "diameter":
                name.used = True
        return


def _find_groups(items: list[Item], bound: set[int], spec: PartSpec) -> None:
    """'2 x 2 grid' becomes a grid; other groups stay dimension groups for later binding."""
    toks = items  # group_spans works on anything with .kind/.text
    spans = group_spans([t if isinstance(t, Token) else Token("kw", t.text) for t in toks])
    for start, end in spans:
        idx = list(range(start, end + 1, 2))
        vals = [_number_at(items, k) for k in idx]
        after = items[end + 1] if end + 1 < len(items) else None
        after2 = items[end + 2] if end + 2 < len(items) else None
        is_grid_word = _is_word(after, "grid", "array", "matrix", "pattern", "rectangular")
        is_grid_of = _is_word(after, "of") and (_is_word(after2, "hole", "holes") or (
            isinstance(after2, Token) and after2.kind in ("num", "metric")))
        all_int = all(v.is_int and not v.explicit for v in vals)
        if len(vals) == 2 and is_grid_word and _pattern_spacing(spec, [v.raw for v in vals]):
            # "4X Ø5.5 THRU, 80 X 20 PATTERN": the centres' rectangle, not 80 x 20 = 1600 holes
            spec.group_roles["pitch"] = [vals[0].value, vals[1].value]
            bound.update(range(start, end + 1))
            continue
        if all_int and len(vals) == 2 and _is_word(after, "hole", "holes") and _on_circle_after(items, end + 2):
            # "4 x 12 holes on 95 PCD": four 12 mm holes on the circle, never a 4 x 12 grid
            spec.counts.setdefault("holes", int(vals[0].raw))
            spec.dims.setdefault("hole_diameter", vals[1].value)
            bound.update(range(start, end + 1))
            continue
        if all_int and len(vals) == 2 and (is_grid_word or is_grid_of or _is_word(after, "hole", "holes")):
            spec.grid = (int(vals[0].raw), int(vals[1].raw))
            spec.counts.setdefault("holes", spec.grid[0] * spec.grid[1])
            bound.update(range(start, end + 1))
            continue
        # remember the group on its first token; binding decides its meaning
        vals[0].group = [v.value for v in vals]
        vals[0].group_end = end
        for v in vals[1:]:
            v.in_group = True


_CIRCLE_WORDS = {"pcd", "p.c.d", "bcd", "pitch", "bolt", "circle", "equally", "evenly", "spaced", "around", "radially"}


def _on_circle_after(items: list[Item], k: int) -> bool:
    """The words after a group name a bolt circle ("on 95 PCD", "equally spaced on a 70 bolt circle")."""
    return any(_is_word(it, *_CIRCLE_WORDS) or (isinstance(it, _KW) and it.role in ("pcd", "bolt_circle"))
               for it in items[k:k + 5])


# more holes than this in one "A x B grid" is a spacing, never a count ("80 X 20 PATTERN")
MAX_GRID_HOLES = 400


def _pattern_spacing(spec: PartSpec, pair: list[float]) -> bool:
    """Whether "A x B pattern" gives the spacing of the hole centres rather than columns x rows.

    It is a spacing when a hole count was stated that A x B does not make ("4X Ø6.6, 80 X 40
    PATTERN"), when either number is not a whole number, or when A x B would be absurdly many holes.
    """
    stated = spec.counts.get("holes") or (spec.hole_callout.count if spec.hole_callout is not None else None)
    product = pair[0] * pair[1]
    if any(v != int(v) for v in pair):
        return True
    if stated:
        return stated != product
    return product > MAX_GRID_HOLES


def _group_of(it: Item | None) -> list[float] | None:
    return it.group if isinstance(it, _Tok) else None


def _bind(spec: PartSpec, role: str, it: _Tok, items: list[Item], i: int, bound: set[int]) -> None:
    group = it.group
    if group is not None:
        end = it.group_end
        bound.update(range(i, end + 1))
        spec.group_roles.setdefault(role, group)
        if role in ("diameter", "radius", "outer_diameter", "width", "length", "height", "thickness",
                    "side", "cube", "square", "base", "across_flats") and role not in spec.dims:
            # "Ø30 x 50": the name belongs to the first number, the rest are plain dims
            spec.dims[role] = group[0]
            spec.loose.extend(group[1:]) if role in ("diameter", "radius", "across_flats") else None
        return
    bound.add(i)
    _set(spec, role, it.value)


_HOLE_CONTEXT_ROLES = {"diameter", "radius", "inner_diameter"}
# names that describe one number; after a group ("12 x 80 long") they name its last number
_SINGLE_ROLES = {"length", "height", "thickness", "depth", "wall", "width", "diameter", "radius", "span",
                 "rise", "bore", "pcd", "face_width", "fillet", "chamfer", "edge_offset"}


def _hole_context(items: list[Item], i: int) -> bool:
    """Does item i sit in a phrase about holes ("4 corner holes, 6 mm diameter")?"""
    for k in range(i - 1, max(-1, i - 7), -1):
        it = items[k]
        if _is_word(it, "hole", "holes"):
            return True
        if _is_word(it, *BODY_NOUNS) or (_is_word(it, "and", "with") and k < i - 4):
            return False
    return False


# names more specific than "diameter": after "Ø12" they say which diameter it is
_DIAMETER_KINDS = {"bore", "pcd", "inner_diameter", "outer_diameter"}


def _name_index(items: list[Item], i: int) -> int:
    k = i - 1
    while k >= 0 and _is_word(items[k], ":", "=", "of", "is", "a", "an", "about"):
        k -= 1
    return k


def _diameter_then_name(items: list[Item], i: int) -> bool:
    """'a Ø12 bore', 'on Ø70 PCD', 'a Ø20 hole', 'Ø30 OD': a diameter sign, then the name of the diameter.

    Not 'diameter 40 bore 10', where the second name is the prefix of the next number.
    """
    k = _name_index(items, i)
    if not (isinstance(name := items[k], _KW) and name.role == "diameter"):
        return False
    n = len(items)
    j = i + 1
    while j < n and j < i + 4 and _is_word(items[j], *(ADJECTIVES - {"x", "of", "the", "diameter", "dia"})):
        j += 1
    if j >= n:
        return False
    if _is_word(items[j], *HOLE_WORDS):
        return True
    if not (isinstance(kind := items[j], _KW) and kind.role in _DIAMETER_KINDS and not kind.used):
        return False
    k = j + 1
    while k < n and _is_word(items[k], *FILLERS):
        k += 1
    return not (k < n and _is_num(items[k]))


def _named_before(items: list[Item], i: int) -> bool:
    """Is number i written after its own name ("OD 12"), rather than before one ("12 OD")?"""
    k = i - 1
    while k >= 0 and _is_word(items[k], ":", "=", "of", "is", "a", "an", "about"):
        k -= 1
    if k >= 0 and _is_word(items[k], *LETTER_ROLES) and _is_word(items[k + 1], "=", ":"):
        return True   # "z=20 m 2": 20 is z's, not the module's
    name = items[k] if k >= 0 else None
    if not isinstance(name, _KW) or name.used:
        return False
    if name.role in ("square", "size", "cube", "legs"):
        return False
    # the name is itself the postfix of an earlier number ("40 mm diameter 20 mm tall"),
    # unless that number had a name of its own in front ("OD 12 ID 6.4")
    return not (k >= 1 and _is_num(items[k - 1]) and not _named_before(items, k - 1))


def _bind_postfix(items: list[Item], bound: set[int], spec: PartSpec) -> None:
    n = len(items)
    for i, it in enumerate(items):
        if i in bound or not isinstance(it, _Tok) or it.kind not in ("num", "metric") or it.in_group:
            continue
        start = (it.group_end if it.group is not None else i) + 1
        if _named_before(items, i) and _group_of(it) is None:
            if not _diameter_then_name(items, i):
                continue  # "side 25 height 40": 25 belongs to "side", not to "height"
            name = items[_name_index(items, i)]
            if isinstance(name, _KW):
                name.used = True  # "a Ø12 bore": the bore names 12, Ø only says round
        # number(s) then adjectives then "hole(s)": a hole size
        j, skipped, by_radius = start, 0, None
        while j < n and skipped < 3 and (_is_word(items[j], *(ADJECTIVES - {"x", "of", "the"}))
                                          or (isinstance(kj := items[j], _KW) and kj.role in ("diameter", "bore", "square", "radius"))):
            if isinstance(kj := items[j], _KW) and kj.role == "radius":
                by_radius = kj  # "a 10 mm radius hole": the radius written after the number
            j += 1
            skipped += 1
        if j < n and _is_word(items[j], *HOLE_WORDS) and _group_of(it) is None and (by_radius is None or it.kind == "num"):
            if it.kind == "metric":
                spec.dims.setdefault("hole_metric", it.value)
            elif by_radius is not None:
                spec.dims.setdefault("hole_diameter", 2 * it.value)
                by_radius.used = True
            else:
                spec.dims.setdefault("hole_diameter", it.value)
            bound.add(i)
            continue
        if it.kind == "metric":
            continue
        nxt = items[start] if start < n else None
        if _is_word(nxt, "hex", "hexagon", "hexagonal") and _group_of(it) is None and (it.explicit or not it.is_int):
            # "an 8 mm hex", "19mm hexagonal bar": the hex is named by its size across flats
            spec.dims.setdefault("across_flats", it.value)
            bound.add(i)
            continue
        if isinstance(nxt, _KW) and not nxt.used:
            role = nxt.role
            if role in ("pitch",) and nxt.text in ("centres", "centers") and _group_of(it) is None:
                role = "pitch"
            if role == "diameter" and _hole_context(items, i) and "hole_diameter" not in spec.dims:
                role = "hole_diameter"
            if role == "radius" and _hole_context(items, i) and "hole_diameter" not in spec.dims:
                spec.dims["hole_diameter"] = 2 * it.value
                bound.add(i)
                nxt.used = True
                continue
            if role in ("fillet", "chamfer") and _group_of(it) is None:
                spec.dims.setdefault(role, it.value)
                bound.add(i)
                nxt.used = True
                continue
            nxt.used = True
            before = items[k] if (k := _name_index(items, i)) >= 0 else None
            if role == "diameter" and nxt.text == "round" and isinstance(before, _KW) and before.role == "diameter":
                continue  # "Ø40 x 50 round": the Ø named the diameter, "round" only says the part is round
            group = _group_of(it)
            if group is not None and role == "diameter" and nxt.text == "round" and _named_before(items, i) \
                    and isinstance(name := items[_name_index(items, i)], _KW) and name.role == "diameter":
                continue  # "Ø25 x 40 round bar": Ø names the diameter, "round" only says the bar is round
            if group is not None and role in _SINGLE_ROLES:
                # "Ø12 x 80 long", "40 x 40 x 3 wall": the name belongs to the last number only
                end = it.group_end
                last = _number_at(items, end)
                _set(spec, role, last.value)
                bound.add(end)
                last.in_group = False
                if len(group) > 2:
                    it.group = group[:-1]
                    it.group_end = end - 2
                else:
                    it.group, it.group_end = None, 0
                continue
            _bind(spec, role, it, items, i, bound)
        elif _is_word(nxt, "in") and start + 1 < n and isinstance(name := items[start + 1], _KW):
            # "40 mm in diameter" when "in diameter" was not one phrase
            name.used = True
            _bind(spec, name.role, it, items, i, bound)
        elif _is_word(nxt, "and") and start + 1 < n and _is_num(items[start + 1]) and start + 2 < n \
                and isinstance(legs := items[start + 2], _KW) and legs.role == "legs":
            # "30 and 25 mm legs"
            spec.group_roles.setdefault("legs", [it.value, _number_at(items, start + 1).value])
            bound.update({i, start + 1})
            legs.used = True


def _bind_on_circle(items: list[Item], bound: set[int], spec: PartSpec) -> None:
    """'holes on a 60 mm circle / diameter / PCD' -> pcd."""
    n = len(items)
    for i, it in enumerate(items):
        if not _is_word(it, "on", "around"):
            continue
        j = i + 1
        while j < n and _is_word(items[j], "a", "an", "the"):
            j += 1
        if j < n and _is_num(items[j]):
            k = j + 1
            nxt = items[k] if k < n else None
            if (isinstance(nxt, _KW) and nxt.role in ("diameter", "pcd", "radius")) or _is_word(nxt, "circle", "ring"):
                val = _number_at(items, j).value * (2 if isinstance(nxt, _KW) and nxt.role == "radius" else 1)
                if "pcd" not in spec.dims or j not in bound:
                    spec.dims["pcd"] = val
                if j in bound:
                    # undo a wrong "diameter" binding of the same number
                    for role in ("diameter", "hole_diameter"):
                        if spec.dims.get(role) == _number_at(items, j).value:
                            del spec.dims[role]
                bound.add(j)
                if isinstance(nxt, _KW):
                    nxt.used = True


def _bind_prefix(items: list[Item], bound: set[int], spec: PartSpec) -> None:
    n = len(items)
    for i, it in enumerate(items):
        role: str | None = None
        if isinstance(it, _KW) and not it.used:
            role = it.role
        elif isinstance(it, Token) and it.kind == "word" and it.text in LETTER_ROLES and i + 1 < n and _is_word(items[i + 1], "=", ":"):
            role = LETTER_ROLES[it.text]
        elif _is_word(it, "hole", "holes"):
            role = "hole_diameter"
        if role is None:
            continue
        j = i + 1
        while j < n and j < i + 4 and _is_word(items[j], *FILLERS) and not _is_word(items[j], "with"):
            j += 1
        if j >= n or j in bound:
            continue
        tok = items[j]
        if not isinstance(tok, _Tok):
            continue
        if tok.kind == "metric":
            if role == "hole_diameter":
                spec.dims.setdefault("hole_metric", tok.value)
                bound.add(j)
            continue
        if tok.kind != "num" or tok.in_group:
            continue
        if role == "hole_diameter" and not (tok.explicit or not tok.is_int):
            # "holes 6 on a 60 PCD" is rare; "holes 4 and 5" is not a size
            nxt = items[j + 1] if j + 1 < n else None
            after = items[j + 2] if j + 2 < n else None
            in_centre = _is_word(nxt, "in", "at", "through") and _is_word(after, "the", *_CENTRE_WORDS)
            if not (isinstance(nxt, _KW) or _is_word(nxt, "on", ",", "dia") or in_centre or j + 1 >= n):
                continue
        if role == "legs":
            vals = _collect_list(items, j, bound)
            spec.group_roles.setdefault("legs", vals)
            continue
        if role == "teeth_count":
            spec.counts.setdefault("teeth", int(tok.raw))
            bound.add(j)
            continue
        if role == "count":
            continue
        if isinstance(it, _KW):
            it.used = True
        if role in ("diameter", "radius") and _hole_context(items, i) and "hole_diameter" not in spec.dims:
            spec.dims["hole_diameter"] = tok.value * (2 if role == "radius" else 1)
            bound.add(j)
            continue
        if role == "module":
            spec.dims.setdefault("module", tok.raw)
            bound.add(j)
            continue
        _bind(spec, role, tok, items, j, bound)


def _collect_list(items: list[Item], j: int, bound: set[int]) -> list[float]:
    """'30 mm and 25 mm', '30 x 25', '30, 25': consecutive numbers joined by and/x/,."""
    vals: list[float] = []
    n = len(items)
    while j < n and _is_num(items[j]):
        num = _number_at(items, j)
        group = num.group
        if group is not None:
            vals.extend(group)
            end = num.group_end
            bound.update(range(j, end + 1))
            j = end + 1
        else:
            vals.append(num.value)
            bound.add(j)
            j += 1
        if j < n and _is_word(items[j], "and", ",", "x", "by", "&") and j + 1 < n and _is_num(items[j + 1]) \
                and j + 1 not in bound:
            j += 1
        else:
            break
    return vals


def _shares_out(items: list[Item], i: int) -> bool:
    """'one in each leg', '2 at either end', 'one per side': a plain whole number sharing out a count."""
    it = items[i]
    if not (isinstance(it, _Tok) and it.is_int and not it.explicit and it.kind == "num" and 0 < it.raw <= 12):
        return False
    a = items[i + 1] if i + 1 < len(items) else None
    b = items[i + 2] if i + 2 < len(items) else None
    return (_is_word(a, "in", "on", "at", "per", "for", "to", "through") and _is_word(b, "each", "every", "either", "both")) \
        or (_is_word(a, "per") and isinstance(b, Token) and b.kind == "word")


def _collect_loose(items: list[Item], bound: set[int], spec: PartSpec) -> None:
    for i, it in enumerate(items):
        if i in bound or not _is_num(it) or it.in_group:
            continue
        if "hole_diameter" not in spec.dims and it.explicit and i > 1 and _is_word(items[i - 1], ",") \
                and _is_word(items[i - 2], "holes") and (i + 1 >= len(items) or _is_word(items[i + 1], ",", ";", ".")):
            spec.dims["hole_diameter"] = it.value  # "three rows of 4 holes, 6 mm, 25 pitch": the holes' size, set apart
            continue
        group = _group_of(it)
        if group is not None:
            spec.groups.append(group)
            continue
        nxt = items[i + 1] if i + 1 < len(items) else None
        if _shares_out(items, i):
            continue  # "two holes, one in each leg": how the counted things are shared out, not a size
        if _is_word(nxt, "%", "percent", "deg", "degree", "degrees"):
            if _is_word(nxt, "deg", "degree", "degrees"):
                spec.dims.setdefault("angle", it.raw)
            continue
        spec.loose.append(it.value)


def _find_patterns(spec: PartSpec) -> None:
    t = " " + re.sub(r"\s+", " ", spec.text.lower()) + " "
    if spec.grid or re.search(r"\b(grid|array|matrix)\b", t):
        spec.hole_pattern = "grid"
        if spec.grid is None:
            rows = spec.counts.get("rows")
            cols = spec.counts.get("cols")
            holes = spec.counts.get("holes")
            if rows and cols:
                spec.grid = (cols, rows)
            elif rows and (holes or spec.counts.get("per_row")):
                # holes is set whenever per_row is not ("rows and (holes or per_row)")
                spec.grid = (spec.counts.get("per_row") or max(1, (holes or 0) // rows), rows)
    elif "rows" in spec.counts and "cols" in spec.counts and ("holes" in spec.counts or "hole" in spec.words):
        spec.grid = (spec.counts["cols"], spec.counts["rows"])   # "3 rows x 4 columns"
        spec.hole_pattern = "grid"
        spec.counts["holes"] = spec.grid[0] * spec.grid[1]
    elif "rows" in spec.counts and ("holes" in spec.counts or "hole" in spec.words):
        rows = spec.counts["rows"]
        holes = spec.counts.get("holes", rows * 2)
        # "2 rows of 4 holes": 4 is per row, "8 holes in 2 rows": 8 is the total
        per_row = spec.counts.get("per_row") or (holes if re.search(r"rows? of \d+", normalize(spec.text)) else max(1, holes // rows))
        spec.grid = (per_row, rows)
        spec.hole_pattern = "grid"
        spec.counts["holes"] = per_row * rows
    elif "pcd" in spec.dims or re.search(r"bolt[- ]circle|pitch circle|\bpcd\b|circular pattern|"
                                         r"\bon a circle|around the|\bradial|\bpolar|in a circle|"
                                         r"equally spaced around|evenly spaced around|spaced around", t):
        spec.hole_pattern = "circle"
    elif re.search(r"each leg|per leg|both legs|each flange|each arm|both flanges|every leg", t):
        spec.hole_pattern = "per_leg"
    elif re.search(r"\bcorners?\b", hole_place_text(t)) and ("hole" in spec.words or "holes" in spec.counts):
        spec.hole_pattern = "corners"
    elif re.search(r"\balong\b|\bin a (row|line)\b|\bin line\b|\brow of\b|\bline of\b|evenly spaced|"
                   r"equally spaced|spaced evenly|spaced equally|evenly distributed|linear|"
                   r"\bin a straight line\b|\bcentreline\b|\bcenterline\b", t) and (
            "hole" in spec.words or "holes" in spec.counts):
        spec.hole_pattern = "row"
    elif "centre_hole" not in spec.dims and re.search(
            r"\b(middle|center|centre|central|centred|centered|concentric|through the middle)\b", t) and (
            "hole" in spec.words or "holes" in spec.counts or "bore" in spec.dims):
        spec.hole_pattern = "centre"
    elif re.search(r"\b(perimeter|around the edge|around the edges|border)\b", t):
        spec.hole_pattern = "perimeter"


def _find_edges(items: list[Item], spec: PartSpec) -> None:
    t = spec.text.lower()
    kind = None
    # drawing shorthand: "R5 corners", "fillet R3", "edges rounded R2"
    # "R40 round plate": a round part's own radius, not an edge round
    r_shorthand = re.search(r"\br ?=? ?\d+(?:\.\d+)? ?(?:mm )?(?:corners?|edges?|fillets?|rounds?)\b(?! ?(?:plate|disc|disk|blank|puck|base|"
                            r"cover|lid|flange|pad|spacer|washer|ring|tube|boss|shaft|pin|rod|bar|knob|cap|part|piece|table|top)s?\b)"
                            r"|\b(?:fillet\w*|rounded|radiused|rounds?)\s+r ?=? ?\d", t)
    if "fillet" in spec.dims or r_shorthand or re.search(
            r"fillet|rounded|round(ed)? (edges|corners)|radiused|\bradius(ed)? edges"
            r"|\bround(?:s|ing)?\s+(?:over\s+|off\s+)?(?:(?:every|all|each|the|its|both|only|just)\s+)+(?:\w+\s+){0,2}(?:edges?|corners?)\b", t):
        kind = "fillet"
    if ("chamfer" in spec.dims or re.search(r"chamfer|bevel", t)) and (
            kind is None or ("chamfer" in spec.dims and "fillet" not in spec.dims)):
        kind = "chamfer"
    if kind is None:
        return
    size = spec.dims.get(kind)
    if size is None and kind == "fillet":
        # "radius 3 on the edges", "3 mm radius edges"
        m = re.search(r"(edges?|corners?)", t)
        if (r_shorthand and "radius" in spec.dims) or (m and "radius" in spec.dims and not re.search(r"\b(disc|cylinder|sphere|ball|cone|torus|rod)\b", t)):
            size = spec.dims.pop("radius")
    which = "all"
    t = without_sharp_edges(t)   # "leave the top and bottom edges sharp": not the edges to treat
    if (re.search(r"\b(both )?ends?\b", t) and kind == "chamfer") or (re.search(r"\bends?\b", t) and re.search(r"shaft|rod|pin|cylinder|dowel|axle|bar", t)):
        which = "ends"
    if re.search(r"vertical edges|corners\b|corner radius|rounded corners|round corners|radiused corners", t) and not re.search(r"all edges|\bedges\b", t.replace("vertical edges", "")):
        which = "vertical"
    if re.search(r"\b(?:top|upper) and (?:the )?(?:bottom|lower) edges?\b|\b(?:bottom|lower) and (?:the )?(?:top|upper) edges?\b", t):
        which = "top_bottom"   # "fillet the top and bottom edges all round": the edges of both faces, not the corners
    elif re.search(r"\btop edges?\b|\bupper edges?\b|top edge"
                   # "the top perimeter edges", "the edges around the top face", "a chamfer around the top face"
                   r"|\b(?:top|upper)\s+(?:perimeter|outside|outer|face)\s+edges?\b"
                   r"|\b(?:edges?|fillet\w*|chamfer\w*|round\w*)\s+(?:all\s+)?(?:around|round|of|on)\s+the\s+(?:top|upper)\s+face\b", t):
        which = "top"
    elif re.search(r"\bbottom edges?\b|\blower edges?\b", t):
        which = "bottom"
    spec.edge = EdgeTreatment(kind, size, which)


def _find_shell(spec: PartSpec) -> None:
    t = spec.text.lower()
    if re.search(r"open[- ]?top|open at the top|open on top|no lid|without (a )?lid|lidless|topless|"
                 r"\bopen\b|\bcup\b|\btray\b|\bbin\b|closed at the bottom|closed bottom|\bmug\b|\bbucket\b|"
                 r"\bpot\b|\bbowl\b|\bbeaker\b|\bplanter\b|\bcontainer\b", t):
        spec.open_top = True
    if re.search(r"hollow|shell(ed)?\b|\bwall|enclosure|housing|\bcase\b|\bcup\b", t) or spec.open_top:
        spec.hollow = True


_CONTAINERS = ("cup", "mug", "tray", "box", "bin", "container", "pot", "bucket", "enclosure", "case", "tub", "jar",
               "planter", "crate", "canister", "tank", "housing", "beaker", "drawer")


def _container_roles(spec: PartSpec) -> None:
    """In a cup, tray or box, "3 mm sides" are its walls, "base 4" its floor and "30 deep" its height.

    Only when the size is small next to the part (a side or base under a quarter of the largest
    size given), so "a box with 100 mm sides" keeps its sides.
    """
    if not (spec.hollow or spec.open_top) or not spec.has(*_CONTAINERS):
        return
    sizes = [v for k, v in spec.dims.items() if k not in ("side", "base")] + [v for g in spec.groups for v in g]
    largest = max(sizes, default=0.0)
    if "side" in spec.dims and "wall" not in spec.dims and spec.dims["side"] < largest / 4:
        spec.dims["wall"] = spec.dims.pop("side")
    if "base" in spec.dims and "floor" not in spec.dims and spec.dims["base"] < largest / 4:
        spec.dims["floor"] = spec.dims.pop("base")
    if "depth" in spec.dims and "height" not in spec.dims and (spec.groups and len(spec.groups[0]) == 2):
        spec.dims["height"] = spec.dims.pop("depth")   # "tray 200 x 150, 30 deep": the outside height

"""Machined shafts: keyseat (DIN 6885), D flat, or steps ("Ø30x50, Ø25x30, Ø20x20").

The keyseat is form A (end-milled, round ends), its depth t1 measured from the top of the shaft
as DIN 6885-1 gives it for the key that fits the diameter. A length written with the keyseat
("key seat 50 long", "40 mm keyseat") is the keyseat's, never the shaft's. A flat is one D flat,
or two opposite ones ("double D", "two opposite flats"), over the whole length or the length
written with it ("a flat 1 mm deep and 20 long at one end"). A plain shaft with none of these
stays with the cylinder family.
"""

from __future__ import annotations

import dataclasses
import math
import re

from ..numbers import Token
from ..parse import PartSpec
from ..script import P
from .base import Example, Family, Impossible, Match, Notes, dim, r4
from .blocks import ALIGN_MIN_Z
from .phrasing import mentions, noun_sizes, tokens

VOCABULARY = ('shaft', 'shafts', 'axle', 'spindle', 'keyway', 'keyseat', 'keyed', 'key', 'd-shaft', 'd-cut',
              'double-d', 'double-d-shaft', 'flats', 'starting', 'opposite', 'feather', 'feather-key', 'seat', 'stepped', 'step', 'steps', 'shoulder', 'flat', 'then', 'journal', 'motor', 'keyseat')

# DIN 6885-1: shaft diameter up to (inclusive) -> key width b, key height h, shaft keyseat depth t1
DIN_6885: tuple[tuple[float, float, float, float], ...] = (
    (8, 2, 2, 1.2), (10, 3, 3, 1.8), (12, 4, 4, 2.5), (17, 5, 5, 3.0), (22, 6, 6, 3.5), (30, 8, 7, 4.0),
    (38, 10, 8, 5.0), (44, 12, 8, 5.0), (50, 14, 9, 5.5), (58, 16, 10, 6.0), (65, 18, 11, 7.0),
    (75, 20, 12, 7.5), (85, 22, 14, 9.0), (95, 25, 14, 9.0), (110, 28, 16, 10.0), (130, 32, 18, 11.0),
)
# DIN 6885 preferred key lengths
KEY_LENGTHS = (6, 8, 10, 12, 14, 16, 18, 20, 22, 25, 28, 32, 36, 40, 45, 50, 56, 63, 70, 80, 90, 100, 110, 125, 140)

_KEY_WORDS = {"keyway", "keyseat", "key", "keyed", "key-way", "slot", "feather-key", "seat"}
_DIN_6885 = r"\bdin[\s-]*6885(?:[\s-]*1)?\b"


def designations(text: str) -> list[tuple[str, str]]:
    found = re.search(_DIN_6885, text, re.I)
    return [(found.group(0), "parallel keys and their keyseats (DIN 6885)")] if found else []


def _without_din(spec: PartSpec) -> PartSpec:
    """The spec with "DIN 6885" taken out of its text: the standard's number is not a size."""
    return dataclasses.replace(spec, text=re.sub(_DIN_6885, " ", spec.text, flags=re.I))
_DIA_WORDS = {"dia", "diameter", "diam", "ø", "od"}


# "bore 12 with a keyway for a 12 mm shaft", "to suit a 22mm shaft", "keys onto the 25 mm shaft": the shaft is what
# the part (a hub, disc, boss) goes on; its bore carries the keyway (the cylinder family's hub keyway)
_FOR_A_SHAFT = re.compile(r"\b(?:for|suit|suits|fit|fits|onto|on|over)\s+(?:an?\s+|the\s+)?(?:\d+(?:[.,]\d+)?\s*(?:mm\s*)?)?"
                          r"(?:dia\w*\s+|diameter\s+|ø\s*)?shafts?\b", re.I)


def fits_a_shaft(spec: PartSpec) -> bool:
    return spec.phrase(r"\bbore[ds]?\b") and _FOR_A_SHAFT.search(spec.source_text or spec.text) is not None


def _keyed(spec: PartSpec) -> bool:
    # The keyway callout ("a 6 mm keyway 25 long") is read, and its words blanked, by the parser.
    return spec.keyway is not None or spec.has("keyway", "keyseat", "keyed", "key-way", "keyways") or spec.phrase(r"\bkey\b")


def _flat(spec: PartSpec) -> bool:
    return spec.has("d-shaft", "d-cut", "d-profile", "double-d") or \
        spec.phrase(r"\bd[- ]?(?:shaft|flat|cut|profile)\b|\bflats?\b|\bflatted\b|\bdouble[- ]?d\b")


def _two_flats(spec: PartSpec) -> bool:
    """"double D", "two opposite flats", "flats on both sides": two flats, opposite each other."""
    return spec.phrase(r"\bdouble[- ]?d\b|\b(?:two|2|twin) (?:opposite |parallel |opposed )?(?:\d+(?:\.\d+)? ?(?:mm )?)?flats\b|"
                       r"\bopposite flats\b|\bflats? on (?:both|opposite|each) sides?\b|\bdd[- ]shaft\b")


def steps(spec: PartSpec) -> list[tuple[float, float]]:
    """(diameter, length) pairs: "25 dia x 40 long, then 20 dia x 60", "Ø30x50, Ø25x30", "20 diameter for 50"."""
    toks = tokens(spec)
    found: list[tuple[float, float]] = []
    i = 0
    while i < len(toks):
        d, j = _diameter_at(toks, i)
        if d is None:
            i += 1
            continue
        while j < len(toks) and toks[j].text in ("x", "by", "for", "×", "*", ",", "long", "mm"):
            if toks[j].text == "," and not (j + 1 < len(toks) and toks[j + 1].kind == "num"):
                break
            j += 1
        if j < len(toks) and toks[j].kind == "num" and _diameter_at(toks, j)[0] is None:
            found.append((d, toks[j].value))
            i = j + 1
        else:
            i = j
    return found


def _diameter_at(toks: list[Token], i: int) -> tuple[float | None, int]:
    """A diameter starting at token i ("Ø30", "30 dia", "30 mm diameter") and the index after it."""
    t = toks[i]
    if t.kind == "word" and t.text in _DIA_WORDS and i + 1 < len(toks) and toks[i + 1].kind == "num":
        return toks[i + 1].value, i + 2
    if t.kind == "num" and i + 1 < len(toks) and toks[i + 1].kind == "word" and toks[i + 1].text in _DIA_WORDS:
        return t.value, i + 2
    return None, i + 1


def match(spec: PartSpec) -> Match | None:
    shaftish = spec.has("shaft", "shafts", "axle", "spindle", "d-shaft", "arbor") or \
        any(w.endswith("-shaft") for w in spec.words)   # "double-D shaft" is mended to "double-d-shaft"
    if not shaftish and _keyed(spec) and spec.has("rod", "bar", "round", "cylinder") and \
            dim(spec, "diameter", "outer_diameter") is not None:
        shaftish = True                                  # "round bar 30 dia ... keyseat": a keyed shaft by another name
    if not shaftish or fits_a_shaft(spec):
        return None
    if _keyed(spec):
        return Match(84, "it names a keyed shaft")
    if _flat(spec):
        return Match(84, "it names a shaft with a flat")
    if spec.has("stepped", "steps", "shoulder", "shouldered") or len(steps(spec)) >= 2:
        return Match(84, "it names a stepped shaft")
    return None


def din_6885(d: float) -> tuple[float, float, float]:
    for upto, b, h, t1 in DIN_6885:
        if d <= upto:
            return b, h, t1
    return DIN_6885[-1][1:]


def _key_for_width(b: float) -> tuple[float, float] | None:
    for _upto, kb, h, t1 in DIN_6885:
        if kb == b:
            return h, t1
    return None


def shaft_params(spec: PartSpec, notes: Notes, output_type: str) -> list[P]:
    pairs = steps(spec)
    stepped = len(pairs) >= 2
    d: float | None
    length: float | None
    if stepped:
        d, length = pairs[0]
    else:
        d = dim(spec, "diameter", "outer_diameter")
        length = dim(spec, "length", "height")
        if _keyed(spec) and length is not None and length == _written_key_length(spec, d):
            length = None                          # "key seat 50 long": the 50 is the keyseat's
        if pairs:
            d = d if d is not None else pairs[0][0]
            length = length if length is not None else pairs[0][1]
        across = _across_flats(spec)
        if d is not None and d == across:
            d = None                               # "7.5 across the flat" is the flat's, not the diameter
        section = _diameter_by_length(spec)
        if d is None and section is not None:
            d, length = section[0], length if length is not None and length != _feature_length(spec) else section[1]
        named = noun_sizes(spec, {"shaft", "d-shaft", "axle", "spindle"}, skip={"mm", "motor", "steel", "round", "d"})
        if d is None and named is not None and named.before is not None:
            d = named.before                       # "8 mm D-shaft", "5 mm motor shaft"
        loose = [v for v in spec.loose if v not in (d, length, across) and not _is_din_number(spec, v)]
        if d is None and loose:
            d = loose.pop(0)
        if length is None and loose and not _keyed(spec):
            length = max(loose)
        own = _feature_length(spec)
        if length is not None and own == length:   # "keyway, 32 long", "flat 2 deep, 30 long": the feature's
            longer = [v for v in loose if v > length] + [g[1] for g in spec.groups if len(g) == 2 and g[1] > length]
            if longer:
                length = max(longer)
    if d is None:
        d = 20.0
        notes.assume("diameter", d, main=True)
    if length is None:
        length = float(d * 5)
        notes.assume("length", length, main=True)
    params = [P("diameter", r4(d), "mm, shaft diameter" + (" (first step)" if stepped else "")),
              P("length", r4(length), "mm, length" + (" of the first step" if stepped else ""))]
    for k, (sd, sl) in enumerate(pairs[1:] if stepped else [], start=2):
        params += [P(f"step{k}_diameter", r4(sd), f"mm, diameter of step {k}"),
                   P(f"step{k}_length", r4(sl), f"mm, length of step {k}")]
    if _keyed(spec):
        params += _keyway(spec, notes, d, length)
    elif _flat(spec):
        params += _d_flat(spec, notes, d, length)
    return params


def _is_din_number(spec: PartSpec, value: float) -> bool:
    return value == 6885 and re.search(_DIN_6885, spec.text, re.I) is not None


def _written_key_length(spec: PartSpec, d: float | None) -> float | None:
    """The keyseat's own length as written next to it ("seat 50 long", "40 mm keyseat"), if any."""
    for key in mentions(_without_din(spec), _KEY_WORDS, skip={"mm", "wide", "din"}):
        if key.role("length") is not None:
            return key.role("length")
        if key.before is not None and key.before_role in (None, "length") and d is not None and key.before >= d:
            return key.before
    return None


# A feature said to run the whole part ("the full length", "end to end", "along its whole length").
_FULL_LENGTH = r"\b(?:whole|full|entire) length\b|\ball along\b|\bend to end\b|\bfrom end to end\b"


def _keyway(spec: PartSpec, notes: Notes, d: float, length: float) -> list[P]:
    b = h = t1 = key_len = None
    if spec.keyway is not None:  # what the parser's keyway callout read (slot_features)
        b, t1, key_len = spec.keyway.width, spec.keyway.depth, spec.keyway.length
    for key in mentions(_without_din(spec), _KEY_WORDS, skip={"mm", "wide", "din"}):
        if key.before_pair is not None and b is None:
            b, h = key.before_pair               # "12 x 8 key"
        if key.before is not None:
            if key.before_role == "length":
                key_len = key_len or key.before  # "50 long keyway"
            elif key.before_role == "depth":
                t1 = t1 or key.before
            elif b is None and key.before < d:
                b = key.before                   # "6 mm keyway" (one too wide for the shaft is refused below)
            elif key.before >= d and key_len is None:
                key_len = key.before             # "40 mm keyseat" on a Ø30: wider than the shaft, so its length
        key_len = key_len or key.role("length")
        t1 = t1 or key.role("depth")
        # Loose numbers after the word only when the parser read no keyway callout: its words
        # are blanked, so what follows is other text ("at one end").
        rest = [] if spec.keyway is not None else [
            v for v, role in zip(key.after, key.after_roles, strict=True) if role is None]
        if b is None and len(rest) >= 2:
            b, h = rest[0], rest[1]              # "keyway 8 x 7"
        elif b is None and rest and rest[0] < d / 2:
            b = rest[0]
        elif b is not None and rest and key_len is None and rest[0] > b:
            key_len = rest[0]                    # "6 mm keyway 25"
    own = _feature_length(spec, ("keyway", "keyseat", "seat", "key", "key-way"))
    if key_len is None and own is not None and own < length:
        key_len = own                            # "a DIN 6885 keyway, 32 long"
    group = next((g for g in spec.groups if len(g) == 2 and g[0] < d and g[1] < d), None)
    if b is None and group is not None:
        b, h = group                             # "12 x 8 key" bound as a group
    std_b, std_h, std_t1 = din_6885(d)
    if b is None:
        b, h, t1 = std_b, std_h, t1 if t1 is not None else std_t1
        notes.add(f"keyway {b:g} x {h:g} for a {d:g} mm shaft (DIN 6885), {t1:g} mm deep")
    row = _key_for_width(b)
    if h is None:
        h = row[0] if row else b
    if t1 is None:
        t1 = row[1] if row else r4(b * 0.58)
        notes.add(f"keyway {b:g} mm wide, {t1:g} mm deep" + (" (DIN 6885)" if row else " (0.58 x width)"))
    # "keyway running the full length", "full-length keyseat", "end to end": the keyway's own length is the shaft's
    through = key_len is None and (spec.phrase(_FULL_LENGTH) or _FULL_LENGTH_KEY.search(spec.source_text or spec.text) is not None)
    if through:
        key_len = length   # milled end to end, no round ends
        notes.add("the keyway runs the full length of the shaft, open at both ends")
    if key_len is None:
        key_len = float(next((k for k in KEY_LENGTHS if k >= 1.5 * d), KEY_LENGTHS[-1]))
        key_len = min(key_len, float(next((k for k in reversed(KEY_LENGTHS) if k <= length * 0.8), b * 2)))
        notes.assume("keyway length", key_len)
    if b > d:
        raise Impossible(f"A {b:g} mm wide keyway does not fit in a Ø{d:g} shaft: it is {r4(b - d):g} mm wider "
                         f"than the shaft. Use a keyway narrower than {d * 0.7:g} mm or a larger shaft.")
    if b >= d * 0.7 or t1 >= d / 2:
        raise Impossible(f"a {b:g} mm keyway {t1:g} mm deep is too big for a {d:g} mm shaft")
    if key_len > length:
        raise Impossible(f"The {key_len:g} mm keyway is longer than the {length:g} mm shaft (by {key_len - length:g} mm). "
                         f"Use a keyway under {length:g} mm or a longer shaft.")
    at_end = spec.phrase(r"\b(?:at|near|from) (?:one|the) end\b|\bopen[- ]ended\b|\brun[s]?[- ]out\b")
    start = r4(min(length - key_len, max(1.0, b / 2))) if at_end else r4((length - key_len) / 2)
    return [P("keyway_width", r4(b), "mm, keyway width (DIN 6885 key width b)"),
            P("keyway_depth", r4(t1), "mm, keyway depth in the shaft (t1), from the top"),
            P("keyway_length", r4(key_len), "mm, keyway length, round ends included"),
            P("keyway_start", start, "mm, keyway start from the bottom end of the shaft"),
            P("key_height", r4(h), "mm, height of the key that fits (for the key, not cut in the shaft)"),
            *([P("keyway_through", True, "True = the keyway runs end to end (square ends)")] if through else [])]


# "keyway running the full length", "full-length keyseat", "keyway end to end": the keyway's own length is the shaft's
_FULL_LENGTH_KEY = re.compile(r"\bkey(?:way|seat|-way)\b[^.;,]{0,25}?\b(?:running|runs|run|along|for|over|through|the)\s+"
                              r"(?:the\s+)?(?:full|whole|entire)\s+length\b|\b(?:full|whole|entire)[- ]length\s+key(?:way|seat)\b"
                              r"|\bkey(?:way|seat)\s+(?:running\s+)?end\s+to\s+end\b", re.I)


def _d_flat(spec: PartSpec, notes: Notes, d: float, length: float) -> list[P]:
    flat = noun_sizes(spec, {"flat", "d-flat", "d-cut"}, skip={"mm", "deep"})
    two = _two_flats(spec)
    depth = dim(spec, "depth")
    across = _across_flats(spec) or dim(spec, "across_flats")
    if across is not None and across <= d / 2:
        across = None                            # "two 1 mm flats": the 1 is each flat's depth
    if depth is None and flat is not None:
        depth = flat.role("depth") if flat.role("depth") is not None else (
            flat.before if flat.before is not None and flat.before < d / 2 else None)
    from_across = depth is None and across is not None and across < d
    if depth is None and across is not None and across < d:
        depth = r4((d - across) / 2) if two else r4(d - across)
    if depth is None:
        depth = r4(d * 0.1)
        notes.assume("flat depth (a tenth of the diameter, as on motor shafts)", depth)
    flat_len = flat.role("length") if flat is not None else None
    if flat_len is None:
        flat_len = _flat_length_after(spec)
    if flat_len is None or spec.phrase(r"\b(?:whole|full|entire) length\b|\ball along\b"):
        flat_len = length
        if not spec.phrase(r"\b(?:whole|full|entire) length\b|\ball along\b"):
            notes.assume("flat length (the whole shaft)", flat_len)
    if depth >= d / 2:
        raise Impossible(f"a flat {depth:g} mm deep would cut a {d:g} mm shaft in half")
    size = P("across_flats", r4(across), "mm, across the flat(s), as measured") if from_across and across else \
        P("flat_depth", r4(depth), "mm, depth of the D flat" + (" (each of the two)" if two else ""))
    params = [size,
              P("flat_length", r4(min(flat_len, length)), "mm, length of the flat from the top end")]
    start = re.search(r"\b(?:starting|beginning|begins|starts) (\d+(?:\.\d+)?)\s*(?:mm\s*)?from (?:one|the|an?) end\b",
                      spec.text.lower())
    if start is not None and float(start.group(1)) + params[1].value <= length:
        params.append(P("flat_start", r4(float(start.group(1))), "mm, where the flat starts, from the bottom end"))
    if two:
        notes.add(f"two opposite flats (double D): {r4(d - 2 * depth):g} mm across the flats")
        params.append(P("flats", 2, "number of flats: 2 = double D, opposite each other"))
    return params


def _across_flats(spec: PartSpec) -> float | None:
    """"7 across the flats", "across flats 7", "7 AF": the size measured over the flat(s)."""
    toks = tokens(spec)
    for i, t in enumerate(toks):
        if t.kind != "num":
            continue
        after = [x.text for x in toks[i + 1:i + 4]]
        if after[:1] == ["af"] or (after[:1] == ["across"] and ("flat" in after or "flats" in after)):
            return t.value
        if i >= 2 and [x.text for x in toks[i - 2:i]] in (["across", "flats"], ["across", "flat"]):
            return t.value
    return None


def _flat_length_after(spec: PartSpec) -> float | None:
    """"a flat 1 mm deep and 20 long": a length written later in the flat's own clause."""
    return _feature_length(spec, ("flat", "flats"))


_FEATURE_NOUNS = ("flat", "flats", "keyway", "keyseat", "seat", "key", "key-way")


def _feature_length(spec: PartSpec, nouns: tuple[str, ...] = _FEATURE_NOUNS) -> float | None:
    """The length written in a feature's own clause: "a flat 1 mm deep and 20 long", "a DIN 6885
    keyway, 32 long", "a flat 2 mm deep, 30 long at one end". A clause after a comma still sizes the
    feature when it starts with a number or a size word, never when it names another part."""
    toks = tokens(spec)
    for i, t in enumerate(toks):
        if t.kind != "word" or t.text not in nouns:
            continue
        commas = 0
        for k in range(i + 1, min(len(toks) - 1, i + 10)):
            tk = toks[k]
            if tk.kind == "sym" and tk.text == ",":
                nxt = toks[k + 1]
                if commas or not (nxt.kind == "num" or nxt.text in ("and", "length", "long")):
                    break
                commas += 1   # "keyway, 32 long": the next clause still sizes the keyway
                continue
            if tk.kind == "sym" and tk.text in (";", "("):
                break
            if tk.kind == "word" and tk.text in ("shaft", "with", "axle", "spindle", "rod"):
                break
            if tk.kind == "num" and toks[k + 1].text in ("long", "length"):
                return tk.value
            if tk.kind == "word" and tk.text in ("length", "long") and toks[k + 1].kind == "num" and k == i + 1:
                return toks[k + 1].value   # "keyway length 30"
    return None


def _diameter_by_length(spec: PartSpec) -> tuple[float, float] | None:
    """"shaft 12 mm x 60", "D-shaft 5 mm x 30": a shaft written as diameter x length, the smaller first."""
    for g in spec.groups:
        if len(g) == 2 and 0 < g[0] < g[1]:
            return g[0], g[1]
    return None


def shaft_body(values: dict[str, float | int | bool], output_type: str, spec: PartSpec | None = None) -> str:
    code = f"\nresult = Cylinder(diameter / 2, length, {ALIGN_MIN_Z})\n"
    k = 2
    z = "length"
    while f"step{k}_diameter" in values:
        code += f"result += Pos(0, 0, {z}) * Cylinder(step{k}_diameter / 2, step{k}_length, {ALIGN_MIN_Z})\n"
        z += f" + step{k}_length"
        k += 1
    if values.get("keyway_through"):
        code += """
# a keyway the full length: a straight slot keyway_depth deep from the top of the shaft (+Y), open at both ends
result -= Pos(0, diameter / 2 - keyway_depth + (keyway_depth + 1) / 2, length / 2) * Box(keyway_width, keyway_depth + 1, length)
"""
    elif "keyway_width" in values:
        code += """
# DIN 6885 form A keyseat: a round-ended slot keyway_depth deep from the top of the shaft (+Y);
# one as long as the shaft runs out at both ends: a straight cut end to end
if keyway_length >= length:
    slot = Box(keyway_width, keyway_depth + 1, keyway_length + 2)
else:
    slot = Box(keyway_width, keyway_depth + 1, keyway_length - keyway_width)
    for end in (-1, 1):
        slot += Pos(0, 0, end * (keyway_length - keyway_width) / 2) * Rot(90, 0, 0) * Cylinder(
            keyway_width / 2, keyway_depth + 1)
result -= Pos(0, diameter / 2 - keyway_depth + (keyway_depth + 1) / 2, keyway_start + keyway_length / 2) * slot
"""
    if "across_flats" in values:
        code += "flat_depth = (diameter - across_flats) / {}  # from the size across the flats\n".format(
            "2" if "flats" in values else "1")
    if "flat_start" in values:
        code += "flat_middle = flat_start + flat_length / 2  # the flat where it was asked\n"
    elif "flat_depth" in values or "across_flats" in values:
        code += "flat_middle = length - flat_length / 2  # the flat from the top end\n"
    if "flat_depth" in values or "across_flats" in values:
        code += """
# D flat: everything more than (diameter / 2 - flat_depth) off the axis on the +Y side, from the top
result -= Pos(0, diameter - flat_depth, flat_middle) * Box(diameter * 2, diameter, flat_length)
"""
        if "flats" in values:
            code += """if flats == 2:  # double D: the same flat on the opposite (-Y) side
    result -= Pos(0, -(diameter - flat_depth), flat_middle) * Box(diameter * 2, diameter, flat_length)
"""
    return code


def _keyway_volume(d: float, length: float, b: float, t1: float, key_len: float) -> float:
    """A closed form for the examples: the slot's cross-section inside the circle times its straight length,
    plus two half-cylinders' worth over the same section (exact up to the crown's curvature over b)."""
    r = d / 2
    y0 = r - t1
    half = b / 2
    # area of the circle above y = y0 within |x| <= b/2
    def area(x: float) -> float:
        return 0.5 * (x * math.sqrt(r * r - x * x) + r * r * math.asin(x / r)) - y0 * x
    section = 2 * area(half)
    return math.pi * r * r * length - section * (key_len - b) - _ends(r, y0, half)


def _ends(r: float, y0: float, half: float, n: int = 400) -> float:
    """Volume of the two round ends of the keyseat (a half-disc of radius b/2 swept up to the crown), numerically."""
    total = 0.0
    for i in range(n):
        x = -half + (i + 0.5) * (2 * half / n)
        z_half = math.sqrt(max(0.0, half * half - x * x))
        height = max(0.0, math.sqrt(r * r - x * x) - y0)
        total += 2 * z_half * height * (2 * half / n)
    return total


EXAMPLES = (
    Example("shaft 20 mm dia 100 long with a 6 mm keyway 25 long", (20, 20, 100), _keyway_volume(20, 100, 6, 3.5, 25), 0),
    Example("shaft 30 dia, 200 long, with an 8 mm keyway 40 long at one end", (30, 30, 200),
            _keyway_volume(30, 200, 8, 4.0, 40), 0),
    Example("8 mm D-shaft, 60 long, flat 0.5 mm deep along the whole length", (7.5, 8, 60),
            60 * (16 * math.pi - (16 * math.acos(3.5 / 4) - 3.5 * math.sqrt(16 - 3.5 ** 2))), 0),
    # two opposite flats; a partial flat; a keyseat's own length
    Example("double-D shaft 8 mm, 50 long, 7 across the flats", (7, 8, 50),
            50 * (16 * math.pi - 2 * (16 * math.acos(3.5 / 4) - 3.5 * math.sqrt(16 - 3.5 ** 2))), 0),
    Example("spindle 12 dia 80 long with a flat 1 mm deep and 20 long at one end", (12, 12, 80),
            80 * 36 * math.pi - 20 * (36 * math.acos(5 / 6) - 5 * math.sqrt(36 - 25)), 0),
    Example("shaft Ø25 x 150 with a DIN 6885 feather-key seat 50 long in the middle", (25, 25, 150),
            _keyway_volume(25, 150, 8, 4.0, 50), 0),
    Example("stepped shaft Ø30x50, Ø25x30, Ø20x20", (30, 30, 100), math.pi / 4 * (900 * 50 + 625 * 30 + 400 * 20), 0),
)

FAMILY = Family("shaft", "shaft with a DIN 6885 keyway, a D flat, or steps", ("3d_solid",), shaft_params, shaft_body,
                vocabulary=VOCABULARY, match=match, examples=EXAMPLES, designations=designations)


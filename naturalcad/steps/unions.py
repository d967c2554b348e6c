"""Bodies joined on a face, in the shapes people name them by: crossing bars, a top on legs, a ball on a post,
a wall standing across a plate, two rods crossing through one centre.

`bodies.py` reads one body per noun it finds; these descriptions name two or more bodies with one noun
("two 60 x 10 x 10 bars crossing at right angles"), or say where a body goes by what it stands on
("80x50 top, 5 mm thick, sitting on four 6 mm round legs 40 mm long; leg centres 8 mm in from the edges",
"a 30 mm ball sitting on a 20 mm dia post, the ball's centre on the middle of the post's top face",
"a 6 thick, 40 tall (from the bottom of the base), 30 wide wall standing up across the middle of it").
Each reader gives the placed bodies (bodies.Body, with their sentence's index) or None; the step reader
then reads the other sentences (holes, fillets) on the fused part as it does for any union.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .bodies import Body
from .text import NUM

_MM = r"\s*(?:mm\s*)?"
_BY = NUM + _MM + r"(?:x|by)\s*" + NUM + _MM + r"(?:x|by)\s*" + NUM + _MM


def _f(pattern: str, text: str) -> float | None:
    m = re.search(pattern, text, re.I)
    return float(m.group(1)) if m else None


def _where(texts: list[str], pattern: str) -> int:
    """The index of the first sentence the pattern matches (0 when none does)."""
    return next((i for i, t in enumerate(texts) if re.search(pattern, t, re.I)), 0)


def crossing_bars(texts: list[str]) -> list[tuple[int, Body]] | None:
    """'two 60 x 10 x 10 bars crossing at right angles at their middles': a plus sign of two equal bars."""
    for i, t in enumerate(texts):
        m = re.search(r"\btwo\s+(?:identical\s+|equal\s+|rectangular\s+|flat\s+|square\s+)?(?:(bars|blocks|beams|slabs|strips)\s+)?"
                      + _BY + r"(bars|blocks|beams|slabs|strips|arms)?\s*"
                      r"(?:that\s+)?(?:cross(?:ing|ed)?|intersect(?:ing)?|at right angles)\b", t, re.I)
        if not m or not re.search(r"\b(?:right angles?|90 ?(?:deg\w*)|perpendicular|plus|cross shape|cross-shaped)\b", " ".join(texts), re.I):
            continue
        if not (m.group(1) or m.group(5)):
            continue
        a, b, c = (float(m.group(k)) for k in (2, 3, 4))
        noun = (m.group(1) or m.group(5)).lower().rstrip("s")
        right = [90.0] if re.search(r"\b90 degrees\b", t) else []  # "crossing at 90 degrees": the right angle, said
        first = Body("box", (a, b, c), noun, t, used=[a, b, c, *right], said="along X")
        second = Body("box", (b, a, c), noun, t, used=[a, b, c], said="along Y, crossing the first at its middle")
        return [(i, first), (i, second)]
    return None


def crossing_rods(texts: list[str]) -> list[tuple[int, Body]] | None:
    """'two cylinders whose axes cross at right angles through a common centre: one Ø30 x 40 long along X, the
    other Ø20 x 40 long along Y'."""
    whole = " ".join(texts)
    if not re.search(r"\b(?:cylinders|rods|pins|shafts|tubes)\b[^.]*\bcross", whole, re.I):
        return None
    found: list[tuple[int, Body]] = []
    for i, t in enumerate(texts):
        for m in re.finditer(r"(?:diameter\s*" + NUM + _MM + r"x\s*" + NUM + _MM + r"(?:long\s*)?|" + NUM + _MM + r"diameter\s*(?:x|by|,)?\s*"
                             + NUM + _MM + r"(?:long\s*)?)(?:\w+\s+){0,2}?(?:along|parallel to|on)\s+(?:the\s+)?([XY])\b", t, re.I):
            d = float(m.group(1) or m.group(3))
            length = float(m.group(2) or m.group(4))
            axis = m.group(5).upper()
            size = (length, d, d) if axis == "X" else (d, length, d)
            found.append((i, Body("cylinder", size, "cylinder", t, used=[d, length], axis=axis, said=f"along {axis}")))
    if not found:  # "two Ø12 rods, 70 long each, crossing through each other at their midpoints at right angles"
        found = _equal_rods(texts)
    if len(found) != 2 or found[0][1].axis == found[1][1].axis:
        return None
    top = max(b.size[2] for _, b in found)
    for _, b in found:  # the axes meet: each rod's axis at the larger one's mid-height
        b.z0 = (top - b.size[2]) / 2
    return found


def _equal_rods(texts: list[str]) -> list[tuple[int, Body]]:
    """Two equal rods crossing at right angles, their sizes said once for both: one along X, the other along Y."""
    for i, t in enumerate(texts):
        m = re.search(r"\btwo\s+(?:diameter\s*" + NUM + _MM + r"|" + NUM + _MM + r"diameter\s*)(?:round\s+)?(rods|cylinders|pins|shafts|bars)\b"
                      r"[^.;]*?" + NUM + _MM + r"long\b", t, re.I)
        if not m or not re.search(r"\b(?:right angles?|90 degrees|perpendicular)\b", t, re.I):
            continue
        d, length = float(m.group(1) or m.group(2)), float(m.group(4))
        noun = m.group(3).lower().rstrip("s")
        return [(i, Body("cylinder", (length, d, d), noun, t, used=[d, length], axis="X", said="along X")),
                (i, Body("cylinder", (d, length, d), noun, t, used=[d, length], axis="Y", said="along Y, crossing the first"))]
    return []


_LEGS = re.compile(r"\b(?:four|4)\s+" + NUM + _MM + r"(?:diameter\s*)?(?:round\s+|cylindrical\s+|square\s+)?(legs|posts|feet|pillars)\b"
                   r"(?:[^.;]*?" + NUM + _MM + r"(?:long|tall|high)\b)?", re.I)


def top_on_legs(texts: list[str]) -> list[tuple[int, Body]] | None:
    """'80x50 top, 5 mm thick, sitting on four 6 mm round legs 40 mm long. Leg centres 8 mm in from the edges'."""
    whole = " ".join(texts)
    legs = _LEGS.search(whole)
    top = re.search(r"(?:^|\W)" + NUM + _MM + r"x\s*" + NUM + _MM + r"(?:\w+\s+){0,2}?(top|table ?top|seat|plate|slab|board)\b", whole, re.I)
    if not legs or not top or not legs.group(3) or not re.search(r"\b(?:sitting|sits|standing|stands|resting|rests|on)\b", whole[top.end(): legs.start()], re.I):
        return None
    thick = _f(NUM + _MM + r"thick", whole[top.end(): legs.start()]) or _f(r"\bthick(?:ness)?\s*(?:of\s*)?" + NUM, whole[top.end(): legs.start()])
    if not thick:
        return None
    a, b = float(top.group(1)), float(top.group(2))
    d, h = float(legs.group(1)), float(legs.group(3))
    inset = _f(r"\b(?:leg|post|foot|feet)\s*(?:centres|centers|axes)\s*(?:are\s*)?" + NUM + _MM + r"(?:in\s*)?from\s+the\s+edges?", whole) \
        or _f(r"\b(?:centres|centers)\s*" + NUM + _MM + r"in\s*from\s+(?:each|the)\s+edges?", whole)
    used = [a, b, thick]
    if inset is None:
        if not re.search(r"\b(?:at|in) the (?:four )?corners\b|\bflush with the (?:corners|edges)\b", whole, re.I):
            return None  # where the legs stand the words do not say: not guessed
        inset = d / 2
    else:
        used.append(inset)
    ax, ay = a / 2 - inset, b / 2 - inset
    if ax <= d / 2 * 0 or ay <= 0:
        return None
    square = legs.group(0).lower().find("square") >= 0
    legs_body = Body("box" if square else "cylinder", (d, d, h), legs.group(2).lower(), legs.group(0), used=[d, h],
                     centres=[(-ax, -ay), (ax, -ay), (ax, ay), (-ax, ay)], said=f"centres {inset:g} mm in from the edges")
    top_body = Body("box", (a, b, thick), top.group(3).lower(), top.group(0), z0=h, used=used, said=f"on the legs, {h:g} mm up")
    return [(_where(texts, re.escape(top.group(0).strip(" ,"))), top_body), (_where(texts, re.escape(legs.group(0))), legs_body)]


def ball_on_post(texts: list[str]) -> list[tuple[int, Body]] | None:
    """'A 30 mm ball sitting on a 20 mm dia post: the post is 25 tall, and the ball's centre is on the middle of
    the post's top face'."""
    whole = " ".join(texts)
    m = re.search(NUM + _MM + r"(?:diameter\s*)?(ball|sphere)\s+(?:sitting|sat|resting|mounted|on top)\s*(?:on\s+(?:top\s+of\s+)?)?an?\s+" + NUM + _MM
                  + r"(?:diameter\s*)?(post|cylinder|rod|stem|column|pillar|shaft)\b", whole, re.I)
    if not m:
        return None
    D, d, post = float(m.group(1)), float(m.group(3)), m.group(4).lower()
    h = _f(r"\b(?:the\s+)?" + post + r"\s+(?:is\s+)?" + NUM + _MM + r"(?:tall|high|long)\b", whole) or \
        _f(post + r"\s*[^.;]{0,20}?" + NUM + _MM + r"(?:tall|high|long)\b", whole[m.end() - len(post) - 1:])
    if not h:
        return None
    centred = re.search(r"\b(?:ball|sphere)(?:'s)?\s+(?:centre|center)\b[^.;]*\b(?:top face|top|end face)\b", whole, re.I)
    if not centred:
        return None  # a ball 'on' a post may sit on it or be centred on its face: only the said one is built
    i = _where(texts, m.group(2))
    post_body = Body("cylinder", (d, d, h), post, whole, used=[d, h])
    ball = Body("sphere", (D, D, D), m.group(2).lower(), whole, z0=h - D / 2, used=[D], said=f"centred on the {post}'s top face")
    return [(i, post_body), (i, ball)]


def wall_on_plate(texts: list[str]) -> list[tuple[int, Body]] | None:
    """'a 60 x 30 x 6 base plate with a 6 thick, 40 tall (from the bottom of the base), 30 wide wall standing up across
    the middle of it': an inverted T."""
    whole = " ".join(texts)
    base = re.search(_BY + r"(?:\w+\s+){0,2}?(base plate|base|plate|slab)\b", whole, re.I)
    if not base:
        return None
    rest = whole[base.end():]
    wall = re.search(r"^[^.;]*?\b(wall|web|fin|rib|upright)\b[^.;]*?\b(?:standing|stands|rising|rises|up)\b[^.;]*?\b(?:across|along)\s+the\s+(?:middle|centre|center)\b", rest, re.I)
    if not wall:
        return None
    clause = rest[: wall.end()]
    t = _f(NUM + _MM + r"thick\b", clause)
    h = _f(NUM + _MM + r"(?:tall|high)\b", clause)
    w = _f(NUM + _MM + r"wide\b", clause)
    if not (t and h and w):
        return None
    L, W, T = (float(base.group(k)) for k in (1, 2, 3))
    overall = bool(re.search(r"\(?\s*from the bottom(?: of the (?:base|plate))?\s*\)?|\boverall\b", clause, re.I))
    z0 = 0.0 if overall else T
    # the wall's thickness runs along Y here (its faces face +Y and -Y), so gussets are drawn as bodies.py draws them;
    # "across the middle": the wall spans the plate's width, its thickness along the plate's length (here Y)
    along = bool(re.search(r"\balong\s+the\s+(?:middle|centre|center)\b", clause, re.I))
    base_body = Body("box", (L, W, T) if along else (W, L, T), base.group(4).lower(), base.group(0), used=[L, W, T])
    wall_body = Body("box", (w, t, h), wall.group(1).lower(), clause, z0=z0, used=[t, h, w],
                     said="standing up across the middle" + (f", {h:g} mm tall from the bottom of the base" if overall else ""))
    i = _where(texts, re.escape(base.group(0)))
    found = [(i, base_body), (i, wall_body)]
    # "Add a triangular gusset 4 mm thick on each side of the wall, ..., legs 17 mm along the base and 17 mm up the wall"
    gusset = re.search(r"\btriangular\s+(gussets?|webs?|ribs?)\b[^.;]*?" + NUM + _MM + r"thick\b[^.;]*?\b(?:on\s+)?(each|both|one)\s+sides?\b[^.]*?"
                       + NUM + _MM + r"(?:along|across|out)\b[^.]*?" + NUM + _MM + r"(?:up|high|tall)\b", whole, re.I)
    if gusset:
        gt, a, b = float(gusset.group(2)), float(gusset.group(4)), float(gusset.group(5))
        sides = (1.0, -1.0) if gusset.group(3).lower() in ("each", "both") else (1.0,)
        k = _where(texts, r"\btriangular\s+" + re.escape(gusset.group(1)))
        for sign in sides:
            body = Body("gusset", (gt, a, b), gusset.group(1).lower().rstrip("s"), gusset.group(0), z0=T,
                        centres=[(0.0, sign * (t / 2 + a / 2))], used=[gt, a, b], toward=sign,
                        said=f"on the {'+' if sign > 0 else '-'}Y side of the {wall.group(1).lower()}")
            found.append((k, body))
    return found


READERS: list[Callable[[list[str]], list[tuple[int, Body]] | None]] = [
    crossing_bars, crossing_rods, top_on_legs, ball_on_post, wall_on_plate]


def read_union(texts: list[str]) -> list[tuple[int, Body]] | None:
    """The placed bodies of a description one of the named shapes reads, or None."""
    for reader in READERS:
        got = reader(texts)
        if got:
            return got
    return None

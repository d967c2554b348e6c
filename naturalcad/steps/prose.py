"""Long free prose read clause by clause: corrections, remarks, restatements and holes told in pieces.

A person writing freely says one operation over several clauses ("it has holes in the corners, four of
them, they are 3.5 mm and they're 5 mm from the edges"), corrects themselves mid-sentence ("radius 15,
no sorry, diameter 15"), says what is not there ("that's all, no fillets") and repeats sizes already
given ("the plate stays 80 square", "spacing works out to 30 mm"). The rules of read.py read one
operation in the reader's own order of words; this module turns such a sentence into that order
(`corrected`, `hole_step`) or says it adds nothing (`remark`, `restates`), so nothing is built twice
and nothing said is lost. It works on normalised text (text.normalise) and imports nothing above it.
"""

from __future__ import annotations

import re

_NUM = r"\d+(?:\.\d+)?"
# "no sorry", "sorry", "I mean", "or rather", "actually", "wait": the size said next replaces the one before
_MARKER = r"(?:no,?\s+sorry|sorry|no wait|wait|i mean|or rather|rather|actually|correction|make that|no)"
_SIZE = (rf"(?:(?:with\s+)?(?:an?\s+)?(?:radius|diameter)\s+(?:of\s+)?)?{_NUM}(?:\s*mm)?"
         r"(?:\s+(?:radius|diameter|deep|wide|long|thick|tall|high|across))?")
_CORRECTION = re.compile(rf",\s*{_MARKER}\b,?\s+((?:an?\s+)?{_SIZE})(?=\s*(?:[,.;)]|$))", re.I)
# "from both edges I mean", "(the depth, I mean the extrusion)": a clarification, no size replaced
_CLARIFY = re.compile(r",?\s*\bi mean\b,?", re.I)


def corrected(text: str) -> str:
    """The sentence with each self-corrected size replaced by the size said after it.

    "radius 15, no sorry, diameter 15" keeps "diameter 15"; "a 14 mm hole in the middle, or rather 16 mm" keeps 16.
    """
    out = text
    for _ in range(4):
        m = _CORRECTION.search(out)
        if m is None:
            break
        before, new = out[:m.start()], m.group(1)
        near = re.search(rf"(?:(?:with\s+)?(?:an?\s+)?(?:radius|diameter)\s+(?:of\s+)?)?{_NUM}(?:\s*mm)?"
                         r"(?:\s+(?:radius|diameter|deep|wide|long|thick|tall|high|across))?\s*$", before, re.I)
        if near is not None:
            out = before[:near.start()] + new + out[m.end():]
            continue
        last = list(re.finditer(rf"(?<![\w.]){_NUM}", before))
        value = re.search(_NUM, new)
        if not last or value is None:
            break
        k = last[-1]
        out = before[:k.start()] + value.group(0) + before[k.end():] + out[m.end():]
    return re.sub(r"\s+", " ", _CLARIFY.sub("", out)).strip()


# -- sentences that are not operations ----------------------------------------------------------------
_LEAD = re.compile(r"^(?:(?:and|so|then|next|finally|lastly|ok|okay|well)\b[,.\s]*)+", re.I)
_NON_OP = re.compile(
    r"^(?:(?:i think |i guess )?(?:that'?s|that is|this is) (?:all|it)(?: i did| there is| for (?:now|the part|features))?|nothing (?:else|more)|no more features|done|"
    r"(?:and )?no (?:fillets?|chamfers?|rounds?|holes?)(?: (?:or|and|nor) (?:fillets?|chamfers?|rounds?|anything(?: else)?))?(?: anywhere)?|"
    r"(?:keep|leave) (?:all )?(?:the |its )?(?:edges|corners)(?: all)? (?:sharp|square|as they are)|"
    r"(?:the )?edges (?:stay|are|remain) sharp|nothing to (?:round|fillet|chamfer))$", re.I)


def remark(text: str) -> bool:
    """Whether the sentence says only that nothing more is done ("Finally, that's all, no fillets")."""
    if re.search(r"\d", text):
        return False
    clauses = [_LEAD.sub("", c).strip(" .") for c in re.split(r"[,;]|\.\.+|\s-\s", text)]
    clauses = [c for c in clauses if c]
    return bool(clauses) and all(_NON_OP.match(c) for c in clauses)


# "stays", "works out to", "so all holes go the full 12": a size said again, not a new operation
_RESTATE = re.compile(
    r"\b(?:stays?|remains?|works? out(?: to| at)?|comes? (?:out )?to|which (?:gives|makes)|so (?:that )?(?:all |both |each |the )*(?:holes?|bores?)\b|"
    r"the full|full \d|on (?:all|every|each)\b|is (?:still|again)|again\b|same as\b|as (?:stated|given)\b|as (?:said|before|above)|(?:top and bottom|all) (?:ones )?included)\b", re.I)
# "another hole", "a second slot, same as the first", "two more holes": a feature said for the first time
_INTRODUCES = re.compile(r"\b(?:another|second|third|more|extra|additional|new)\b|\b(?:an?|one|two|three|four|five|six|\d+(?![\d.])(?!\s*mm))\s+"
                         r"(?:(?!(?:mm|between|apart|from|of|to)\b)[\w-]+\s+){0,2}?"
                         r"(?:holes?|bores?|slots?|pockets?|fillets?|chamfers?|bosses|boss|ribs?|grooves?|counterbores?|countersinks?)\b", re.I)
_ORDERS = re.compile(r"^(?:drill|cut|bore|add|make|put|fillet|chamfer|round|extrude|pocket|counterbore|countersink|punch|sketch|draw)\b", re.I)


def restates(text: str, known: set[float]) -> bool:
    """Whether every size of the sentence is one the part already has and the sentence says so again."""
    found = [float(m) for m in re.findall(rf"(?<![\w.]){_NUM}", text)]
    if not found or _ORDERS.match(_LEAD.sub("", text)) or not _RESTATE.search(text) or _INTRODUCES.search(text):
        return False
    return all(any(abs(v - k) <= 1e-6 * max(1.0, k) for k in known) for v in found)


# -- a hole told over several clauses -------------------------------------------------------------------
_WORD_COUNTS = {"a": 1, "an": 1, "one": 1, "single": 1, "two": 2, "both": 2, "three": 3, "four": 4, "five": 5, "six": 6,
                "seven": 7, "eight": 8, "nine": 9, "ten": 10, "twelve": 12, "a pair of": 2}
_COUNT = r"(?:\d+|a pair of|an?|one|single|two|three|four|five|six|seven|eight|nine|ten|twelve)"
_OTHER_FEATURE = re.compile(r"\b(?:counterbor\w*|countersink\w*|countersunk|slots?|pockets?|bosses|boss|fillets?|chamfers?|"
                            r"grooves?|recess\w*|threads?|tapped|hexagon|studs?|pins?|pegs?|legs?|ribs?|tabs?|flanges?|"
                            r"another|second)\b|\beach \w+ (?:has|gets)\b", re.I)
# the hole noun with its count, words and a size before it ("four small ones", "two mounting holes", "a 16 mm hole")
_COUNT_N = r"(?:\d+(?![\d.])(?!\s*mm)|a pair of|an?|one|single|two|three|four|five|six|seven|eight|nine|ten|twelve)"
_NOUN = re.compile(rf"\b(?P<count>{_COUNT_N})\s+of\s+them\b"
                   rf"|(?:\b(?P<count2>{_COUNT_N})\s+)?(?:(?P<size>{_NUM})\s*mm\s+)?(?:(?!(?:in|on|at|near|from|for|with|and|to|between|of|apart|there|it|they|are|is|has|gets|one|two|three|four|five|six|eight|ten|twelve)\b)[a-z-]+\s+){{0,2}}?"
                   rf"(?<![a-z])(?P<noun>holes?|bore(?!\s+(?:centre|center|axis)))\b|\b(?P<count3>{_COUNT_N})\s+(?:[a-z-]+\s+)?ones\b", re.I)
_PLACE = re.compile(r"\b(?:corners?|middle|centre|center|centreline|centerline|center line|centre line|edges?|ends?|sides?|"
                    r"from|apart|square|spacing|pitch|circle|pcd|either|along|rows?|columns?|grid|between|evenly|equally|spaced|centred|centered|"
                    r"x\s*=|y\s*=)\b|\bat \(", re.I)
_THROUGH = re.compile(r"\b(?:(?:go(?:es)?|goes|going|runs?|running)\s+)?(?:through(?: all| the (?:top|bottom|plate|part|block|disc|bar|whole thing|thickness))?|"
                      r"all the way(?: through)?|the whole (?:thing|part|way)|top to bottom|right through|clean through|"
                      r"the full \d+(?:\.\d+)?(?: mm)?(?: thickness)?)\b", re.I)
_NOISE = re.compile(r"\b(?:for (?:the |an? )?(?:[\w-]+ ){0,3}?(?:screws?|bolts?|shaft|spindle|cable|wire|motor|bearing|dowels?)"
                    r"(?: heads?)?|at the (?:[\w-]+ ){0,2}?(?:OD|ID|size)|straight down|right|so like \d+(?:\.\d+)? (?:mm )?and \d+(?:\.\d+)?(?: mm)?|"
                    r"each way|too|as well)\b", re.I)
_LEAD_VERB = re.compile(r"^(?:there (?:is|are)|there's|it (?:has|gets)|has|gets|put|drill|add|with|i (?:made|put|drilled|added|cut)|they(?:'re| are)?|it(?:'s| is)?|the|its|"
                        r"which (?:are|is)|are|is|sit(?:s|ting)?|placed|located|going|in it|and|also|then|next|too)\b\s*", re.I)
_DIAMETER = [(rf"\bradius\s+(?:is\s+|of\s+)?({_NUM})(?:\s*mm)?", 2.0), (rf"({_NUM})\s*(?:mm\s+)?radius\b", 2.0),
             (rf"\bdiameter\s+(?:is\s+|of\s+)?({_NUM})(?:\s*mm)?", 1.0), (rf"({_NUM})\s*(?:mm\s+)?(?:diameter|across|dia)\b", 1.0),
             (rf"^(?:of\s+)?({_NUM})\s*mm(?:\s+each)?$", 1.0),
             (rf"^of\s+({_NUM})\s*mm\b(?!\s+(?:from|apart|in from|either|each side|deep|pitch|spacing)\b)", 1.0)]


def _count(nouns: list[re.Match[str]]) -> int | None:
    """The count said with the hole noun ("four of them", "two mounting holes"); one for a hole or bore said alone."""
    said = {m.group("count") or m.group("count2") or m.group("count3") for m in nouns} - {None}
    said = {w.lower() for w in said}
    if len(said) > 1:
        said -= {"a", "an"}
    if len(said) == 1:
        raw = said.pop()
        return int(raw) if raw.isdigit() else _WORD_COUNTS.get(raw)
    if not said and all((m.group("noun") or "").lower() in ("hole", "bore") for m in nouns):
        return 1
    return None


def _size(clause: str) -> tuple[float, str] | None:
    """A hole size said in the clause, and the clause without it."""
    for pattern, factor in _DIAMETER:
        m = re.search(pattern, clause, re.I)
        if m:
            return float(m.group(1)) * factor, (clause[:m.start()] + clause[m.end():]).strip(" ,")
    return None


def _place(clause: str) -> str | None:
    """The clause's placing words in the reader's order, or None when it places nothing."""
    c = re.sub(r"\beach side of the (?:[\w-]+ )?(?:centre|center|middle)\b", "either side of the centre", clause, flags=re.I)
    c = re.sub(r"\b(?:both|two) edges\b", "the edges", c, flags=re.I)
    # "on a circle of 70 mm diameter": the reader's "on a 70 mm diameter circle"
    c = re.sub(rf"\b(?:on|around|round) an? ((?:pitch |bolt )?circle) (?:with a |of )(?:diameter (?:of )?)?({_NUM})\s*mm(?: diameter)?\b",
               r"on a \2 mm diameter \1", c, flags=re.I)
    c = re.sub(rf"\b(?:on|around|round) an? ((?:pitch |bolt )?circle) (?:with a |of )radius (?:of )?({_NUM})\s*mm\b",
               lambda m: f"on a {2 * float(m.group(2)):g} mm diameter {m.group(1)}", c, flags=re.I)
    c = re.sub(r"^(?:the )?(middle|centre|center)$", r"at the \1", c.strip(), flags=re.I)
    if not _PLACE.search(c):
        return None
    return "" if re.fullmatch(r"(?:from )?(?:the )?edges", c, re.I) else c  # "from both edges": said again


def _why(c: str) -> None:
    import os
    if os.environ.get("PROSE_DEBUG"):
        print("   unplaced:", repr(c))


# a face other than the top, or a direction across the part ("on the long side", "into the end face", "a cross hole")
_OFF_TOP = re.compile(r"\b(?:on|in|into|through|onto|at|from) (?:the |one |each |both |either )?(?:[\w-]+ )?(?:sides?|ends?|front|back|rear|left|right|"
                      r"(?:side|end|front|back|bottom) faces?|underside)\b|\b(?:cross|side|radial|transverse)[ -]?holes?\b|"
                      r"\b(?:sideways|horizontal(?:ly)?|crosswise|across the|along (?:the )?[xyz]\b|in the [xyz] direction|radially)\b|"
                      r"(?<!top to )\bbottom\b(?![^,.;]*\bthrough\b)", re.I)
# "goes from the pocket up through the top": a hole from a pocket's floor on through the part
_FROM_POCKET = re.compile(r"\b(?:(?:goes|go|going|runs?|running)\s+)?from the (?:hex(?:agon(?:al)?)?\s+)?(?:pocket|recess)(?:'s)?(?:\s+floor)?\s+(?:(?:up|down)\s+)?(?=through\b)", re.I)


def hole_step(text: str, pocket_centred: bool = False) -> str | None:
    """One hole operation in the reader's order ("Drill 4 holes diameter 3.5 mm through, in the corners, 5 mm from
    the edges"), from a sentence that tells its count, size, depth and place in clauses of their own; None when the
    sentence is not one hole operation, its count or size is not said, or a clause says what this grammar cannot place."""
    if _OFF_TOP.search(re.sub(r"\bfrom (?:the |each |both |either )?(?:[\w-]+ )?(?:sides?|ends?|edges?)\b", " ", text)):
        return None  # a hole into a side or end face, or across the part: the recast drills down from the top only
    said = corrected(text)
    if pocket_centred:  # the hole from a centred pocket's floor through the part is a through hole at the centre
        said = _FROM_POCKET.sub("", said)
    said = re.sub(r"\b(?:there(?:'s| is| are)|it (?:has|gets))\s+", "", said, flags=re.I)
    said = re.sub(r"\s+", " ", _NOISE.sub("", said))
    nouns = list(_NOUN.finditer(said))
    if not nouns or _OTHER_FEATURE.search(said):
        return None
    n = _count(nouns)
    sizes = {float(m.group("size")) for m in nouns if m.group("size")}
    if len(sizes) > 1:
        return None
    d: float | None = sizes.pop() if sizes else None
    for m in reversed(nouns):
        said = said[:m.start()] + said[m.end():]
    # "at 15, 15 (x and y)", "at x 15 and y 15": a point, in the reader's "(15, 15)"
    said = re.sub(rf"\bat ({_NUM}),\s*({_NUM})\s*\(\s*x\s*(?:and|,|/)\s*y\s*\)", r"at (\1, \2)", said, flags=re.I)
    said = re.sub(rf"\bat x\s*=?\s*({_NUM})(?:\s*mm)?\s*(?:and|,)\s*y\s*=?\s*({_NUM})(?:\s*mm)?", r"at (\1, \2)", said, flags=re.I)
    points = re.findall(r"\(\s*-?\d+(?:\.\d+)?\s*,\s*-?\d+(?:\.\d+)?\s*\)", said)
    for k, pt in enumerate(points):  # a point's comma is no clause break
        said = said.replace(pt, f"<{k}>", 1)
    said = re.sub(r"\(\s*so\b[^)]*\)", " ", said)  # "(so 15.5 from the centre each way)": the same place said again
    said = re.sub(r"[()]", ",", said)
    for k, pt in enumerate(points):
        said = said.replace(f"<{k}>", pt.replace(" ", "").replace(",", ", "))
    clauses = [re.sub(r"\s+(?:and|also)$", "", c.strip(" .")) for c in re.split(r",(?![^(]*\))|;|:|\s+and\s+(?=(?:they|it|the|there|on|in|at|\d))", _LEAD.sub("", said))]
    if n is None:
        return None
    depth = ""
    places: list[str] = []
    square = bool(re.search(r"\b(?:in|on) a square\b", said, re.I))
    for clause in clauses:
        c = clause.strip(" .")
        while _LEAD_VERB.match(c):
            c = _LEAD_VERB.sub("", c, count=1).strip()
        deep = re.search(rf"({_NUM})\s*(?:mm\s+)?deep\b", c, re.I)
        if deep:
            depth = f"{deep.group(1)} mm deep"
            c = (c[:deep.start()] + c[deep.end():]).strip()
        if _THROUGH.search(c):
            depth = depth or "through"
            c = _THROUGH.sub("", c).strip()
        c = re.sub(r"^(?:goes|go|going|runs?|from|up|down|is|are)\b\s*$", "", c, flags=re.I).strip()
        sized = None if re.search(r"\b(?:circle|pcd|pitch|square|spacing|apart|from|either|each side)\b", c, re.I) else _size(c)
        if sized is not None:
            size, c = sized
            if d is not None and abs(size - d) > 1e-9:
                return None  # two different sizes: not one hole set
            d = size
        if not c:
            continue
        spacing = re.search(rf"\b(?:the )?(?:spacing|pitch|distance)\s+(?:is\s+)?({_NUM})\s*(?:mm)?", c, re.I)
        if spacing:
            places.append(f"on a {spacing.group(1)} mm square" if square else f"{spacing.group(1)} mm apart")
            continue
        if square and re.fullmatch(r"(?:in|on) a square", c, re.I):
            continue
        place = _place(c)
        if place is None:
            _why(c)
            return None  # a size or word this grammar does not place: the sentence is left to the rules as written
        if place:
            places.append(place)
    if d is None or (square and not any("square" in p for p in places)):
        return None
    head = f"Drill {n} holes diameter {d:g} mm" if n > 1 else f"Drill a diameter {d:g} mm hole"
    return ", ".join([f"{head} {depth}".strip(), *places]) + "."  # a depth not said is the rules' to default


def replaced(text: str) -> list[float]:
    """The sizes a self-correction took back ("radius 15, no sorry, diameter 15": one 15 is taken back)."""
    left = [float(v) for v in re.findall(rf"(?<![\w.]){_NUM}", corrected(text))]
    out = []
    for v in (float(v) for v in re.findall(rf"(?<![\w.]){_NUM}", text)):
        if v in left:
            left.remove(v)
        else:
            out.append(v)
    return out


_ASIDE = re.compile(r"\(\s*(?:so|i\.?e\.?|that is|that's|which is|=)\b[^)]*\)|\bso like\b[^,.;]*|,\s*so (?:that'?s|it'?s)\b[^,.;]*", re.I)


def asides(text: str) -> list[tuple[int, int]]:
    """Spans of the sentence that only say a size again ("(so 10 from the edges)", "so like 5 and 5")."""
    return [m.span() for m in _ASIDE.finditer(text)]


# "3D printer", "NEMA 17 stepper", "a 608 bearing", "size 4": a number that names a thing, never a size of the part
_DESIGNATION = re.compile(r"(?<![\w.])\d+(?=D\b)|(?<=\bNEMA )\d+|(?<=\bNEMA)\d+|(?<![\w.])\d{3,5}(?=(?:-?[A-Z0-9]+)?\s+(?:ball\s+)?bearings?\b)"
                          r"|(?<=\bsize )\d+|(?<=\btype )\d+|(?<=#)\d+", re.I)
_PREAMBLE = re.compile(r"^\s*(?:(?:for|on) (?:my|a|an|the|our) [^,]*?,?\s*)?(?:i'?m|i am|we'?re|we are) (?:making|designing|building|modell?ing|"
                       r"drawing|printing)\b|^\s*(?:this|it) is (?:an?|the|my)\b", re.I)


def preamble(text: str) -> bool:
    """Whether the sentence only says what the part is and is for, its numbers naming things ("For my 3D printer I'm
    making a motor plate for a NEMA 17 stepper", "This is a flat block housing for a 608 bearing")."""
    if not _PREAMBLE.search(text) or re.search(r"\d\s*(?:mm|x)\b|\b(?:long|wide|thick|tall|high|deep|diameter|radius)\b", text, re.I):
        return False
    named = {m.start() for m in _DESIGNATION.finditer(text)}
    return all(m.start() in named for m in re.finditer(rf"(?<![\w.]){_NUM}", text))


# "round the pocket's inside corners with R5", "give the pocket 4 mm corner radii", "the pocket corners get a 3 mm radius"
_FEATURE_CORNERS = re.compile(
    rf"^(?:(?:round|fillet|radius|radiuse|blend)\s+(?:off\s+)?(?:all\s+)?(?:the\s+)?(?:four\s+)?(?:pocket|recess|cut-?out)(?:'s|s')?\s+(?:(?:inside|inner|internal|vertical)\s+)?corners"
    rf"|give\s+the\s+(?:pocket|recess|cut-?out)\s+(?:(?:inside|inner|internal)\s+)?)"
    rf"[^\d]*?\b(?:R\s*|radius\s+(?:of\s+)?)?({_NUM})(?:\s*mm)?(?:\s+(?:radius|radii|corner radii|corners?))?\s*\.?$", re.I)


def feature_corners(text: str) -> float | None:
    """The corner radius a sentence gives the pocket made before it, or None."""
    m = _FEATURE_CORNERS.match(_LEAD.sub("", text).strip())
    return float(m.group(1)) if m else None

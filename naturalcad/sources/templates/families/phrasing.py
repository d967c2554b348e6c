"""Sizes attached to a named feature: "22 mm flange 3 thick", "flange Ø18 x 1.5", "6 mm keyway 25 long".

The general parser binds a number to a role word (wide, long, OD); the part families below need
the number a person writes next to a *feature* noun (flange, keyway, stud, ear, pipe, shaft).
One named pattern, used by every such family:

    [N] [skip words] NOUN [of|:|Ø|dia] [M [x|by] [K]] [role word]

N is the size before the noun ("22 mm flange", "a 10 mm shaft"), M (and K) the sizes after it
("flange Ø18 x 1.5", "keyway 25 long"). Numbers are read in mm by the shared tokenizer.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..numbers import Token, apply_default_unit, tokenize
from ..parse import PartSpec

_AFTER_FILLERS = {"of", ":", "=", "dia", "diameter", "diam", "ø", "is", "at", "with", "od"}
_JOIN = {"x", "by", "*", "×"}
# words that tell which size a trailing number is: "keyway 25 long", "flange 3 thick"
ROLE_AFTER = {"long": "length", "length": "length", "thick": "thickness", "thk": "thickness",
              "wide": "width", "width": "width", "deep": "depth", "depth": "depth",
              "dia": "diameter", "diameter": "diameter", "od": "diameter", "tall": "length", "high": "length"}


# role words written before their number ("length 15", "ID 20"): that number is not the next noun's
_PREFIX_ROLES = {"length", "width", "height", "thickness", "depth", "id", "od", "bore", "diameter", "dia", "wall",
                 "radius", "overall"}


@dataclass(frozen=True)
class NounSizes:
    """The sizes written next to one mention of a feature noun, in mm.

    `before` is the size right before it ("22 mm flange"), `before_role` the role word between them
    ("50 long keyway" -> "length"), `before_pair` an "A x B" right before it ("12 x 8 key");
    `after_roles` pairs each size after it with the role word that follows ("25 long" -> "length")."""

    before: float | None
    after: tuple[float, ...]
    after_roles: tuple[str | None, ...]
    before_role: str | None = None
    before_pair: tuple[float, float] | None = None

    def role(self, name: str) -> float | None:
        if self.before_role == name:
            return self.before
        for value, role in zip(self.after, self.after_roles, strict=True):
            if role == name:
                return value
        return None

    @property
    def sized(self) -> bool:
        return self.before is not None or bool(self.after) or self.before_pair is not None


def tokens(spec: PartSpec) -> list[Token]:
    toks = tokenize(spec.text)
    apply_default_unit(toks, spec.text)
    return toks


def _word(t: Token, *words: str) -> bool:
    return t.kind in ("word", "sym") and t.text in words


def mentions(spec: PartSpec, nouns: set[str], skip: set[str] = frozenset()) -> list[NounSizes]:  # type: ignore[assignment]
    """Every mention of one of `nouns`, with the sizes around it (see the module docstring)."""
    toks = tokens(spec)
    found: list[NounSizes] = []
    for i, t in enumerate(toks):
        if t.kind != "word" or t.text not in nouns:
            continue
        before, before_role, pair = None, None, None
        j = i - 1
        while j >= 0 and toks[j].kind == "word" and (toks[j].text in skip or toks[j].text in ROLE_AFTER) \
                and before_role is None:
            before_role = ROLE_AFTER.get(toks[j].text)
            j -= 1
        counted = j >= 0 and toks[j].kind == "num" and toks[j].is_int and not toks[j].explicit \
            and toks[j].value <= 12 and t.text.endswith("s")   # "two bolt ears": a count, not a size
        owned = j > 0 and toks[j - 1].kind == "word" and toks[j - 1].text in _PREFIX_ROLES   # "length 15 flange"
        marked = owned and j == i - 1 and toks[j - 1].text == "dia" and (j < 2 or toks[j - 2].kind != "num")
        if marked:   # "a Ø5 knuckle": the Ø marks the noun's own diameter
            owned, before_role = False, "diameter"
        if j >= 0 and toks[j].kind == "num" and not counted and not owned:
            if j > 1 and _word(toks[j - 1], *_JOIN) and toks[j - 2].kind == "num":
                pair = (toks[j - 2].value, toks[j].value)
                before_role = None
            else:
                before = toks[j].value
        elif not marked:
            before_role = None
        after: list[float] = []
        roles: list[str | None] = []
        k = i + 1
        while k < len(toks) and _word(toks[k], *_AFTER_FILLERS):
            k += 1
        while k < len(toks) and toks[k].kind == "num" and len(after) < 3:
            after.append(toks[k].value)
            k += 1
            role = None
            if k < len(toks) and toks[k].kind == "word" and toks[k].text in ROLE_AFTER:
                role = ROLE_AFTER[toks[k].text]
                k += 1
            roles.append(role)
            if k < len(toks) and _word(toks[k], *_JOIN):
                k += 1
                continue
            break
        found.append(NounSizes(before, tuple(after), tuple(roles), before_role, pair))
    return found


def noun_sizes(spec: PartSpec, nouns: set[str], skip: set[str] = frozenset()) -> NounSizes | None:  # type: ignore[assignment]
    """The first mention of one of `nouns` that carries a size, else the first mention, else None."""
    found = mentions(spec, nouns, skip)
    return next((m for m in found if m.sized), found[0] if found else None)


def metric_near(spec: PartSpec, nouns: set[str]) -> float | None:
    """The M size written right before one of `nouns` ("M4 grub screw", "M3 clamp screw")."""
    toks = tokens(spec)
    for i, t in enumerate(toks):
        if t.kind == "metric":
            following = [x.text for x in toks[i + 1:i + 3] if x.kind == "word"]
            if any(w in nouns for w in following):
                return t.value
    return None

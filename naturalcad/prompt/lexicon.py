"""Typo tolerance: mend a misspelt word to the one known word it is closest to.

"diamter", "heigth", "thikness", "angel bracket", "cylindar": people type fast, and a
misspelt size word silently drops its number.  A word is mended only when it is not a
known word, not a common English word, and exactly one known word is nearest to it
(edit distance with transpositions: 1 from five letters, 2 from seven; "bust" is not "bush").
A real English word (tables/english_words.txt) is mended only for a single slip ("angel
bracket") or to its own stem ("vertically"), never two edits away: "rotating" is not "routing".
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .numbers import UNIT_WORDS
from .vocabulary import COMMON_WORDS, COUNT_ADJECTIVES, COUNT_NOUNS, FEATURE_WORDS, SIZE_WORDS

_WORD = re.compile(r"[A-Za-z]+")
_ENGLISH_FILE = Path(__file__).with_name("tables") / "english_words.txt"


@lru_cache(maxsize=1)
def english_words() -> frozenset[str]:
    """Common English words of five letters or more (see scripts/gen_english_words.py)."""
    lines = _ENGLISH_FILE.read_text(encoding="utf-8").splitlines()
    return frozenset(w for w in lines if w and not w.startswith("#"))


@dataclass(frozen=True)
class Correction:
    typed: str
    meant: str


def distance(a: str, b: str, limit: int = 3) -> int:
    """Edit distance with adjacent transpositions (optimal string alignment), capped at `limit`."""
    if abs(len(a) - len(b)) >= limit:
        return limit
    prev2: list[int] = []
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            cost = 0 if ca == cb else 1
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                cur[j] = min(cur[j], prev2[j - 2] + 1)
        if min(cur) >= limit:
            return limit
        prev2, prev = prev, cur
    return min(prev[-1], limit)


class Lexicon:
    """Known words, and the mending of words close to them."""

    def __init__(self, words: Iterable[str]):
        self.known = frozenset(w.lower() for w in words if w)
        self._targets = sorted(w for w in self.known if len(w) >= 4 and w.isalpha() and w not in COMMON_WORDS)
        self._compounds = sorted(w for w in self.known if re.fullmatch(r"[a-z]+(?:-[a-z]+)+", w)
                                 and not all(p in COMMON_WORDS for p in w.split("-")))

    def extended(self, words: Iterable[str]) -> Lexicon:
        return Lexicon(set(self.known) | {w.lower() for w in words})

    def knows(self, word: str) -> bool:
        return word.lower() in self.known or word.lower() in COMMON_WORDS

    def mend(self, word: str) -> str | None:
        """The known word `word` was meant to be, or None (known already, or no single match)."""
        return _mend(self, word.lower())

    def correct(self, text: str) -> tuple[str, list[Correction]]:
        """The text with misspelt words mended (case of the rest kept), and what was mended."""
        fixes: list[Correction] = []

        def repl(m: re.Match[str]) -> str:
            meant = self.mend(m.group(0))
            if meant is None:
                return m.group(0)
            fixes.append(Correction(m.group(0), meant))
            return meant

        mended = _WORD.sub(repl, text)
        for word in self._compounds:
            # "o ring", "stand off": a known hyphenated word typed as two
            spaced = re.compile(r"\b" + r"\s+".join(re.escape(p) for p in word.split("-")) + r"\b", re.I)
            if spaced.search(mended):
                fixes.append(Correction(spaced.search(mended).group(0), word))  # type: ignore[union-attr]
                mended = spaced.sub(word, mended)
        return mended, fixes


@lru_cache(maxsize=4096)
def _mend(lex: Lexicon, word: str) -> str | None:
    if len(word) < 5 or word in lex.known or word in COMMON_WORDS:
        return None
    if word.endswith("s") and (word[:-1] in lex.known or word[:-1] in COMMON_WORDS):
        return None  # a plural of a known word
    limit = 1 if len(word) < 7 else 2
    best: list[str] = []
    best_d = limit + 1
    for target in lex._targets:
        if abs(len(target) - len(word)) > limit or (target[0] != word[0] and target[1:2] != word[0:1] \
                and target[0:1] != word[1:2]):
            continue
        d = distance(word, target, limit + 1)
        if d < best_d:
            best, best_d = [target], d
        elif d == best_d:
            best.append(target)
    if len(best) > 1:  # a swap of two letters ("heigth") beats a dropped one ("heigh")
        best = [t for t in best if len(t) == len(word)] or best
    if best_d > limit or len(best) != 1:
        return None
    english = word in english_words() or (word.endswith("s") and word[:-1] in english_words())
    if best_d >= 2 and english and not word.startswith(best[0]):
        # a real word two edits from a known one is what it says ("rotating" is not "routing", "located"
        # not "lofted"); its own stem is still read ("vertically" as "vertical")
        return None
    return best[0]


def base_lexicon() -> Lexicon:
    """Size words, count nouns, features and units: what every prompt may use."""
    return _BASE


_BASE = Lexicon(set(SIZE_WORDS) | set(COUNT_NOUNS) | set(FEATURE_WORDS) | COUNT_ADJECTIVES | set(UNIT_WORDS)
                | {"outside", "inside", "outer", "inner", "across", "flats", "circle", "centre", "center",
                   "millimetre", "millimeter", "diameter", "height", "thickness", "length", "width",
                   "cap", "caps", "pillow"})  # "end cap for 2020", "pillow block": parts the standards size

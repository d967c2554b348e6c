"""What a part family is, and the small helpers every family uses to pick its sizes."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from ....notice import Notice
from ..parse import PartSpec
from ..script import P


@dataclass
class Notes:
    """Collects what was assumed, to report back to the person."""

    notices: list[Notice] = field(default_factory=list)

    @property
    def items(self) -> list[str]:
        return [n.sentence() for n in self.notices]

    @property
    def assumed(self) -> list[tuple[str, float | int | str, str]]:
        return list(self._assumed)

    @property
    def main_sizes(self) -> list[str]:
        """The part's defining sizes that were assumed (a pulley's diameter, a spring's wire):
        the reading cannot be `high` when the part's main size was a guess."""
        return list(self._main)

    def __post_init__(self) -> None:
        self._assumed: list[tuple[str, float | int | str, str]] = []
        self._main: list[str] = []

    def assume(self, what: str, value: float | int | str, unit: str = "mm", main: bool = False) -> None:
        shown = (f"{value:g}") if isinstance(value, (int, float)) else value
        self._assumed.append((what, value, unit))
        if main:
            self._main.append(what)
        self.notices.append(Notice("assumed", what, shown + ((" " + unit) if unit else "")))

    def add(self, text: str) -> None:
        self.notices.append(Notice("adjusted", text))

    @property
    def doubts(self) -> list[str]:
        """Clashes that only assumed sizes make (feasibility): the part is built, marked low."""
        return list(getattr(self, "_doubts", []))

    def doubt(self, text: str) -> None:
        self._doubts = [*self.doubts, text]
        self.notices.append(Notice("adjusted", "with the sizes assumed: " + text))

    def read_as(self, what: str, value: float, sentence: str) -> None:
        """A size given but open to two readings ("20 long" on a flanged bush: overall, or the barrel's):
        the reading chosen is an assumption, said, and keeps the reading off `high`."""
        self._assumed.append((what, value, "mm"))
        self._main.append(what)
        self.notices.append(Notice("adjusted", sentence))


class Impossible(ValueError):
    """The sizes asked for cannot make a valid part; the message says why and by how much."""


class DepthOffFace(Impossible):
    """A blind depth past the thickness for a hole the words put in another face ("into one end face of the
    bar"): the families drill from the top and measure it against the thickness, so the clash may be theirs.
    Refused only when no reader that places a hole on the face it enters builds the part."""


@dataclass(frozen=True)
class Match:
    """How well a prompt fits a family, and why (shown to the person as the reason).

    Scores, so the most specific reading wins whatever the file order:
      90-100  a specific noun that outranks a generic one ("gear", "nut", "standoff")
      60-89   the family's own noun ("torus", "flange", "cone", "square tube", "L bracket")
      40-59   a general noun, or a noun read together with its sizes ("bar" that is round)
      10-39   no part named: the sizes alone suggest the family (an OD and ID make a tube)
      1       the last resort: a box of the sizes given
    Give a new family a score between the families it must beat and those that must beat it.
    """

    score: int
    reason: str


@dataclass(frozen=True)
class Example:
    """A prompt the family must answer, run as a test (tests/templates/test_families.py)."""

    prompt: str
    extents: tuple[float, ...] | None = None   # sorted, mm
    volume: float | None = None                 # mm³
    holes: int | None = None
    output_type: str | None = None


def _no_match(spec: PartSpec) -> Match | None:
    return None


@dataclass
class Family:
    """A part family: vocabulary and match (prompt -> score), params (spec -> parameter block), body."""

    name: str
    summary: str
    outputs: tuple[str, ...]
    params: Callable[[PartSpec, Notes, str], list[P]]
    body: Callable[[dict[str, float | int | bool], str, PartSpec], str]
    uses_math: bool = False
    vocabulary: tuple[str, ...] = ()
    match: Callable[[PartSpec], Match | None] = _no_match
    examples: tuple[Example, ...] = ()
    # catalogue names the family reads as sizes ("GT2", "HTD 5M", "SPZ"): (text as typed, meaning),
    # so the reading shows them as understood instead of as unread designations
    designations: Callable[[str], list[tuple[str, str]]] | None = None


def best(candidates: list[Match | None]) -> Match | None:
    """The strongest of a family's readings of a prompt."""
    found = [m for m in candidates if m is not None]
    return max(found, key=lambda m: m.score) if found else None


def mentions(spec: PartSpec, pattern: str) -> bool:
    """Does the prompt's text match `pattern` (lower-cased)?"""
    return re.search(pattern, spec.text.lower()) is not None


def round_body(spec: PartSpec) -> bool:
    return spec.has("cylinder", "rod", "disc", "disk", "shaft", "pin", "dowel", "axle", "puck", "coin", "peg",
                    "cylindrical", "round")


def dim(spec: PartSpec, *roles: str) -> float | None:
    """The first of `roles` the prompt named."""
    for role in roles:
        if role in spec.dims:
            return spec.dims[role]
    return None


def positive(value: float | None, default: float, what: str, notes: Notes, unit: str = "mm") -> float:
    if value is None or value <= 0:
        notes.assume(what, default, unit, main=True)
        return float(default)
    return float(value)


def take_loose(spec: PartSpec) -> float | None:
    """Consume the next length the prompt gave without a name."""
    return spec.loose.pop(0) if spec.loose else None


def dimension_group(spec: PartSpec, *prefer_roles: str) -> list[float] | None:
    for role in prefer_roles:
        if role in spec.group_roles:
            return list(spec.group_roles[role])
    if spec.groups:
        return list(spec.groups[0])
    return None


def r4(x: float) -> float:
    return round(float(x), 4)

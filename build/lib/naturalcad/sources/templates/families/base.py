"""What a part family is, and the small helpers every family uses to pick its sizes."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable

from ..parse import PartSpec
from ..script import P


@dataclass
class Notes:
    """Collects what was assumed, to report back to the person."""

    items: list[str] = field(default_factory=list)

    def assume(self, what: str, value: float | int | str, unit: str = "mm") -> None:
        shown = ("%g" % value) if isinstance(value, (int, float)) else value
        self.items.append("%s not given, used %s%s" % (what, shown, (" " + unit) if unit else ""))

    def add(self, text: str) -> None:
        self.items.append(text)


@dataclass
class Family:
    """A part family: prompt spec -> parameter block, parameters -> build123d body."""

    name: str
    summary: str
    outputs: tuple[str, ...]
    params: Callable[[PartSpec, Notes, str], list[P]]
    body: Callable[[dict, str, PartSpec], str]
    uses_math: bool = False


def dim(spec: PartSpec, *roles: str) -> float | None:
    """The first of `roles` the prompt named."""
    for role in roles:
        if role in spec.dims:
            return spec.dims[role]
    return None


def positive(value: float | None, default: float, what: str, notes: Notes, unit: str = "mm") -> float:
    if value is None or value <= 0:
        notes.assume(what, default, unit)
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

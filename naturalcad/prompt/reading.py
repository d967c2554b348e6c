"""How a prompt was understood: the `reading` of the result JSON.

Every source fills one (the templates from their binding, a model's from what the size check
found), so a person always sees which numbers were used for what, what was assumed, and what
was not understood.  `grade()` turns the problems into a confidence: `high` only when every
number was bound and nothing was left unread.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Literal

Confidence = Literal["high", "medium", "low"]
_ORDER: dict[str, int] = {"high": 2, "medium": 1, "low": 0}


@dataclass(frozen=True)
class ValueUse:
    """One number of the prompt and what it became."""

    text: str                 # as typed
    value: float              # mm, or a count
    kind: str                 # length | count | angle | percent | thread | designation | module
    role: str | None = None   # the parameter it was bound to; None when it was not used
    found: bool | None = None  # in the measured part (None = not checkable or not checked)
    measured_as: str | None = None  # where the size check found it ("hole diameter", "extent")


@dataclass(frozen=True)
class Assumed:
    name: str
    value: float | int | bool | str
    unit: str = "mm"


@dataclass(frozen=True)
class Negation:
    text: str
    feature: str
    honoured: bool | None = None  # None: not checked


@dataclass(frozen=True)
class Problem:
    """Something not understood; `severity` says how far it lowers the confidence."""

    kind: str        # unbound_number | unread_word | designation | fallback_family | negation | not_found | unknown_part
    subject: str     # the number or word as typed
    severity: Literal["medium", "low"] = "medium"


@dataclass
class Reading:
    confidence: Confidence = "high"
    family: str | None = None
    reason: str = ""
    values: list[ValueUse] = field(default_factory=list)
    unread: list[str] = field(default_factory=list)
    assumed: list[Assumed] = field(default_factory=list)
    corrections: list[dict[str, str]] = field(default_factory=list)  # {"typed", "meant"}
    negations: list[Negation] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    stand_in: bool = False  # the part is a rough stand-in, not the thing asked for
    # For step-by-step instructions: one entry per step (number, text, operation, summary,
    # values, problem), so the reading can be shown step by step.
    steps: list[dict[str, Any]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any] | None) -> Reading | None:
        if not data:
            return None
        conf = data.get("confidence")
        return cls(
            confidence=conf if conf in _ORDER else "low",
            family=data.get("family"),
            reason=str(data.get("reason") or ""),
            values=[ValueUse(**{k: v for k, v in d.items() if k in ValueUse.__dataclass_fields__})
                    for d in data.get("values") or []],
            unread=[str(w) for w in data.get("unread") or []],
            assumed=[Assumed(**{k: v for k, v in d.items() if k in Assumed.__dataclass_fields__})
                     for d in data.get("assumed") or []],
            corrections=[dict(c) for c in data.get("corrections") or []],
            negations=[Negation(**{k: v for k, v in d.items() if k in Negation.__dataclass_fields__})
                       for d in data.get("negations") or []],
            problems=[Problem(**{k: v for k, v in d.items() if k in Problem.__dataclass_fields__})
                      for d in data.get("problems") or []],
            stand_in=bool(data.get("stand_in")),
            steps=[dict(step) for step in data.get("steps") or [] if isinstance(step, dict)],
        )

    def add(self, problem: Problem) -> None:
        if problem not in self.problems:
            self.problems.append(problem)
        self.confidence = grade(self.problems)

    @property
    def bound(self) -> list[ValueUse]:
        return [v for v in self.values if v.role is not None]

    @property
    def not_understood(self) -> list[Problem]:
        return list(self.problems)


def grade(problems: list[Problem]) -> Confidence:
    """high: nothing wrong; medium: one or two soft problems; low: anything serious, or three."""
    if any(p.severity == "low" for p in problems):
        return "low"
    if len(problems) >= 3:
        return "low"
    return "medium" if problems else "high"


def lower(a: Confidence, b: Confidence) -> Confidence:
    return a if _ORDER[a] <= _ORDER[b] else b

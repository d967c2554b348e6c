"""What the step reader understood, in the shape of the result JSON's `reading`.

The contract (docs in /work/shared/DESIGN.md): confidence high|medium|low, family and why,
values [{text, value, role|null}], unread, assumed -- plus `steps`, one entry per step with
its text, the operation read and its numbers, and `not_understood`, one sentence per step
that was not acted on ("step 3 not understood: 'knurl the handle'").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any


@dataclass
class Value:
    text: str
    value: float
    role: str | None


@dataclass
class StepReading:
    number: int
    text: str
    operation: str | None  # "holes", "fillet", ... None when not understood
    summary: str = ""      # "4 × Ø6.5 mm through holes in the corners, 8 mm from the edges"
    values: list[Value] = field(default_factory=list)
    problem: str | None = None  # why it was not understood or could not be applied
    index: int = 0  # order among all sentences (several can share a number)


@dataclass
class Reading:
    steps: list[StepReading] = field(default_factory=list)
    assumed: list[str] = field(default_factory=list)
    unread: list[str] = field(default_factory=list)
    why: str = "the description reads as modelling steps"
    # what the shared ledger (prompt/ledger.py) found the part does not account for: never `high`
    doubts: list[str] = field(default_factory=list)

    @property
    def not_understood(self) -> list[str]:
        return [s.problem for s in self.steps if s.problem]

    @property
    def confidence(self) -> str:
        if any(s.problem for s in self.steps) or any(re.match(r"step \d+: .* not used$", u) for u in self.unread):
            return "low"  # a step not acted on, or a size given and not used: the part is half read
        unbound = any(v.role is None for s in self.steps for v in s.values)
        return "medium" if unbound or self.assumed or self.doubts else "high"

    def to_dict(self) -> dict[str, Any]:
        return {
            "confidence": self.confidence,
            "family": "steps",
            "why": self.why,
            "values": [{"text": v.text, "value": v.value, "role": v.role} for s in self.steps for v in s.values],
            "unread": list(self.unread),
            "assumed": list(self.assumed),
            "steps": [{"number": s.number, "text": s.text, "operation": s.operation, "summary": s.summary,
                       "values": [{"text": v.text, "value": v.value, "role": v.role} for v in s.values],
                       "problem": s.problem} for s in self.steps],
            "not_understood": self.not_understood + list(self.doubts),
        }

    def lines(self) -> list[str]:
        """One line per step for a person: 'Step 2: holes: 4 × Ø6.5 mm through, in the corners'."""
        out = []
        for s in self.steps:
            if s.problem:
                out.append(s.problem[0].upper() + s.problem[1:])
            elif s.operation:
                out.append(f"Step {s.number}: {s.summary or s.operation}")
        return out

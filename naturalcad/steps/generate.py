"""Description -> script: read the steps, emit the operations, say what was understood."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..prompt.units import drawing_inches
from . import ops
from .accounting import doubts
from .emit import emit, render
from .feasible import conflict, typed_sizes
from .read import read
from .reading import Reading


@dataclass
class StepsResult:
    code: str
    params: dict[str, float | int | bool]
    reading: Reading
    notices: list[str] = field(default_factory=list)
    output_type: str = "3d_solid"
    family: str = "steps"
    operation_count: int = 0
    beyond_templates: bool = False  # a loft, sweep, revolve or drawn sketch: no template makes these
    impossible: str | None = None  # the sizes read clash (feasible.py): the part cannot be made as asked


def _title(prompt: str) -> str:
    clean = re.sub(r"\s+", " ", prompt).strip().replace("__", "_")
    return "prompt: " + (clean[:200] + ("..." if len(clean) > 200 else ""))


def generate_steps(prompt: str, skip_steps: frozenset[int] = frozenset()) -> StepsResult | None:
    """A script for a step-by-step description, or None when no step makes a body to start from.

    `skip_steps` leaves out steps that failed when the script ran (see StepsSource.repair).
    """
    reader = read(prompt)
    operations = [(i, op) for i, op in reader.operations if reader.number_of(i) not in skip_steps
                  and not (isinstance(op, ops.Holes) and not (op.positions and op.diameter))
                  and not (isinstance(op, ops.Boss) and isinstance(op.body, ops.Cylinder) and not op.body.height)]
    if not operations or not isinstance(operations[0][1], ops.BASES):
        return None
    labels = {s.index: (s.number, s.summary or (s.operation or "")) for s in reader.reading.steps}
    script = emit(operations, labels)
    code, _ = render(script, _title(prompt))
    reading = reader.reading
    inch = drawing_inches(prompt)
    if inch is not None and inch.note not in reading.assumed:  # "Ø 2.000 x .250 THK": said, and never `high` here
        reading.assumed.append(f"{inch.note} ({', '.join(inch.sizes)})")
    reading.doubts = [d.subject for d in doubts(prompt, reading, [op for _, op in operations],
                                                {p.name: p.value for p in script.params})]
    for s in reading.steps:
        if s.number in skip_steps and not s.problem:
            s.problem = f"step {s.number} could not be applied when the part was built ({s.summary or s.operation}); the part is shown without it"
    acted = [st for st in reading.steps if st.operation or st.problem]
    understood = [st for st in acted if st.operation and not st.problem]
    notices = [f"Read {len(understood)} of {len(acted)} modelling steps (confidence {reading.confidence})."]
    notices += reading.lines()
    clash = conflict([op for _, op in operations], typed_sizes(prompt)) if not skip_steps else None
    return StepsResult(code, {p.name: p.value for p in script.params}, reading, notices, operation_count=len(operations),
                       impossible=clash,
                       beyond_templates=any(isinstance(op, (ops.Loft, ops.Sweep, ops.Revolve, ops.Extrusion))
                                            for _, op in operations))

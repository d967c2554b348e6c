"""The step reader as an offline code source: used when a prompt reads as modelling steps.

A step that fails when the script runs (build123d cannot fillet that edge, a shell that
collapses) is mapped back to its step through the script's "# Step N:" comments; the
repair leaves that step out, says so by number, and builds the rest of the part.
"""

from __future__ import annotations

import re

from ..request import ValidRequest
from ..steps import reads_as_steps
from ..steps.emit import step_of_line
from ..steps.generate import StepsResult, generate_steps
from . import Generated

FAMILY = "steps"


def _generated(made: StepsResult) -> Generated:
    return Generated(made.code, "template", FAMILY, dict(made.params), list(made.notices), made.output_type,
                     repairable=True)  # a failed step can be left out and the rest rebuilt


# A long one-paragraph description ("A flat bar 80 mm long ... with two countersunk holes ...
# Each hole is ...") is read as steps too, when the reader understands all of it.
LONG_DESCRIPTION = 120


def generate(request: ValidRequest) -> Generated | None:
    """A script from the steps, or None when the prompt is not steps or no step makes a body."""
    if request.mode != "part" or request.output_type not in (None, "3d_solid"):
        return None
    prompt = request.safe_prompt
    if reads_as_steps(prompt):
        made = generate_steps(prompt)
    elif len(prompt) >= LONG_DESCRIPTION:
        made = generate_steps(prompt)
        if made is not None and (made.reading.confidence == "low" or (made.operation_count < 2 and not made.beyond_templates)):
            made = None
    else:
        made = None
    return _generated(made) if made else None


def skipped_steps(code: str) -> frozenset[int]:
    m = re.search(r"^# left out: steps? ([\d, ]+)$", code, re.M)
    return frozenset(int(n) for n in re.findall(r"\d+", m.group(1))) if m else frozenset()


def repair(request: ValidRequest, previous: Generated, failure: str) -> Generated | None:
    """Leave out the step whose block raised, and build the rest."""
    m = re.search(r"\bline (\d+)\b", failure)
    if not m:
        return None
    step = step_of_line(previous.code, int(m.group(1)))
    if step is None:
        return None
    skip = skipped_steps(previous.code) | {step}
    made = generate_steps(request.safe_prompt, skip_steps=skip)
    if made is None:
        return None
    reason = failure.splitlines()[0].removeprefix("The script raised ").rstrip(".")
    made.notices.append(f"Step {step} could not be applied ({reason}); the part is shown without it.")
    made.code = made.code.replace("\n\n", "\n# left out: steps {}\n\n".format(", ".join(str(n) for n in sorted(skip))), 1)
    return _generated(made)

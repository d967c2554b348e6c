"""The step reader as an offline code source: used when a prompt reads as modelling steps.

A step that fails when the script runs (build123d cannot fillet that edge, a shell that
collapses) is mapped back to its step through the script's "# Step N:" comments; the
repair leaves that step out, says so by number, and builds the rest of the part.
"""

from __future__ import annotations

import re

from ..prompt.reading import Assumed, Problem, Reading, ValueUse, grade
from ..request import ValidRequest
from ..steps import reads_as_steps
from ..steps.captions import WHY as CAPTION_WHY
from ..steps.captions import names_generic_object, reads_as_caption
from ..steps.emit import step_of_line
from ..steps.generate import StepsResult, generate_steps
from ..steps.reading import Reading as StepsReading
from . import Generated

FAMILY = "steps"


def as_reading(steps: StepsReading) -> Reading:
    """The step reader's reading in the result's `reading` shape (DESIGN.md), steps kept.

    A step not understood (or not applied) makes it `low`; a number no step used lowers it.
    """
    problems = [Problem("unread_word", _cut(s.problem), "low") for s in steps.steps if s.problem]
    problems += [Problem("unbound_number", v.text) for s in steps.steps for v in s.values if v.role is None]
    problems += [Problem("assumed", text[:120]) for text in steps.assumed]  # a convention chosen: never high
    problems += [Problem("unaccounted", text[:160]) for text in steps.doubts]  # the ledger's: prompt/ledger.py
    data = steps.to_dict()
    return Reading(confidence=grade(problems), family=FAMILY, reason=steps.why,
                   values=[ValueUse(v.text, v.value, "length", v.role) for s in steps.steps for v in s.values],
                   unread=list(steps.unread) + list(steps.doubts), assumed=[Assumed(text, "", "") for text in steps.assumed],
                   problems=problems, steps=data["steps"])


def _templates_sure(prompt: str) -> bool:
    """Whether the part families read the prompt whole (`high`) and built it: then a clash only the step
    reader sees is its own misreading ("a Ø20 groove" taken for a Ø20 hole), not the person's."""
    from .templates import NotUnderstood, generate_from_prompt

    try:
        made = generate_from_prompt(prompt)
    except NotUnderstood:
        return False
    return made.reading is not None and made.reading.confidence == "high"


def _refuse_impossible(made: StepsResult, prompt: str, template_low: bool = False) -> None:
    """Sizes the step reader read that clash (steps/feasible.py): refused with the reason, never built.
    Only for a reading that is not `low` (a half-read part's clash may be the reader's own), unless
    the templates' part is `low` too: then neither reader's part is trusted, and the clash between
    sizes the person typed is the best answer."""
    if made.impossible is None or (made.reading.confidence == "low" and not template_low):
        return
    if not template_low and _templates_sure(prompt):
        return
    from .offline import NotUnderstoodError

    reading = Reading(confidence="low", family=None, reason=made.reading.why,
                      problems=[Problem("impossible", made.impossible, "low")], steps=made.reading.to_dict()["steps"])
    raise NotUnderstoodError(made.impossible, reading)


def _generated(made: StepsResult, prompt: str) -> Generated:
    _refuse_impossible(made, prompt)
    return Generated(made.code, "template", FAMILY, dict(made.params), list(made.notices), made.output_type,
                     repairable=True,  # a failed step can be left out and the rest rebuilt
                     reading=as_reading(made.reading))


# A long one-paragraph description ("A flat bar 80 mm long ... with two countersunk holes ...
# Each hole is ...") is read as steps too, when the reader understands all of it.
LONG_DESCRIPTION = 120


def generate(request: ValidRequest) -> Generated | None:
    """A script from the steps, or None when the prompt is not steps or no step makes a body."""
    if request.mode != "part" or request.output_type not in (None, "3d_solid"):
        return None
    prompt = request.safe_prompt
    if reads_as_caption(prompt):
        made = generate_steps(prompt)
        if made is not None and made.reading.confidence == "high" and (made.reading.why == CAPTION_WHY or names_generic_object(prompt)):
            return _generated(made, prompt)  # a shape class, or the step reader, read every number of the caption
    if reads_as_steps(prompt):
        made = generate_steps(prompt)
    elif len(prompt) >= LONG_DESCRIPTION:
        made = generate_steps(prompt)
        if made is not None and (made.reading.confidence == "low" or (made.operation_count < 2 and not made.beyond_templates)):
            made = None
    else:
        made = None
    return _generated(made, prompt) if made else None


def generate_if_whole(request: ValidRequest, template_confidence: str | None) -> Generated | None:
    """The step reader's part for a caption it reads whole (confidence high), or None.

    Used when the part-family templates are not sure of a short caption ("A hexagonal prism 24 mm
    across the flats and 10 mm high, with a 12 mm hole through its centre"): the reader that
    bound every number and read every word is the better answer. Against a template that is only
    half sure (`medium`) it must have read a body and a feature on it: a single body the template
    named ("a donut 50 mm across") stays the template's.
    """
    if request.mode != "part" or request.output_type not in (None, "3d_solid") or template_confidence == "high":
        return None
    made = generate_steps(request.safe_prompt)
    if made is not None and template_confidence == "low":
        _refuse_impossible(made, request.safe_prompt, template_low=True)
    if made is None or made.reading.confidence != "high":
        return None
    if template_confidence == "medium" and made.operation_count < 2 and not made.beyond_templates:
        return None
    return _generated(made, request.safe_prompt)


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
    return _generated(made, request.safe_prompt)


def _cut(sentence: str, limit: int = 240) -> str:
    """A step's problem sentence, whole when it fits; else cut at a word, with an ellipsis (never mid-word)."""
    if len(sentence) <= limit:
        return sentence
    return sentence[:limit].rsplit(" ", 1)[0] + "…"

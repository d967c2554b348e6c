"""The offline generator as a code source: no key, no network, always answers."""

from __future__ import annotations

from ..request import ValidRequest
from . import Generated, ProgressCallback


class TemplateSource:
    name = "template"
    label = "the offline generator"
    can_repair = False  # templates are deterministic: a second try would fail the same way
    reports_progress = False
    on_progress: ProgressCallback | None = None
    answered: bool | None = True

    def generate(self, request: ValidRequest) -> Generated:
        from . import steps
        from .templates import generate_from_prompt

        by_steps = steps.generate(request)  # "1. Sketch ... 2. Drill ...": the step reader
        if by_steps is not None:
            return by_steps

        made = generate_from_prompt(request.safe_prompt, mode=request.mode, output_type=request.output_type)
        notices = list(made.notices)
        return Generated(made.code, "template", made.family, dict(made.params), notices, made.output_type)

    def repair(self, request: ValidRequest, previous: Generated, failure: str) -> Generated | None:
        if previous.family == "steps":  # leave out the step that failed, build the rest
            from . import steps

            return steps.repair(request, previous, failure)
        return None  # templates are deterministic: a second try would fail the same way

    def refine(self, request: ValidRequest, previous_code: str) -> Generated:
        from .templates import refine

        made = refine(previous_code, request.safe_prompt)
        return Generated(made.code, "template", made.family, dict(made.params), list(made.notices), made.output_type)

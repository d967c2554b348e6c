"""The offline generator as a code source: no key, no network, always answers."""

from __future__ import annotations

from ..errors import SourceError
from ..prompt import Reading
from ..request import ValidRequest
from . import Generated, ProgressCallback
from .designation_account import account_unread
from .feature_account import account, unbuilt
from .offline_choice import carry_unknown_words, disagreement, mark_disagreement


class NotUnderstoodError(SourceError):
    """The offline generator recognised no part in the prompt; the message says what it read."""

    def __init__(self, message: str, reading: Reading):
        super().__init__(message)
        self.reading = reading


def _families_read_it_better(request: ValidRequest, by_steps: Generated) -> bool:
    """A long one-paragraph description the step reader only half read (`medium`), which a part family
    reads whole (`high`): "150x100x6 plate, 3 rows x 4 columns of 5 mm holes at 30 mm pitch ..." is the
    family's plate, not the step reader's row of three. Numbered steps stay the step reader's."""
    from ..steps import reads_as_steps
    from .templates import NotUnderstood, generate_from_prompt

    if by_steps.reading is None or by_steps.reading.confidence == "high" or reads_as_steps(request.safe_prompt):
        return False
    try:
        made = generate_from_prompt(request.safe_prompt, mode=request.mode, output_type=request.output_type)
    except NotUnderstood:
        return False
    return made.reading is not None and made.reading.confidence == "high"


class TemplateSource:
    name = "template"
    label = "the offline generator"
    can_repair = False  # templates are deterministic: a second try would fail the same way
    reports_progress = False
    on_progress: ProgressCallback | None = None
    answered: bool | None = True

    def generate(self, request: ValidRequest) -> Generated:
        made = self._generate(request)
        if made.family == "steps":  # the step reader reads no catalogue names: "for a KFL08 bearing" was not read
            account_unread(made.reading, request.safe_prompt)
        return made

    def _generate(self, request: ValidRequest) -> Generated:
        from . import steps
        from .templates import NotUnderstood, generate_from_prompt

        by_steps = steps.generate(request)  # "1. Sketch ... 2. Drill ...": the step reader
        if by_steps is not None and not _families_read_it_better(request, by_steps):
            dropped = unbuilt(request.safe_prompt, by_steps.code, steps=True)
            if not dropped and not (by_steps.reading is not None and by_steps.reading.confidence == "low"):
                return by_steps
            # "Plate ... with four 6.6 holes. Then add a 20 mm hole in the middle": a second sentence that adds
            # to the part reads as steps; when the step reader is lost there and the part families read all of
            # it (`high`), theirs is the part
            if not dropped:
                family_part = self._families_part(request)
                if family_part is not None and family_part.reading is not None and family_part.reading.confidence == "high" \
                        and not unbuilt(request.safe_prompt, family_part.code):
                    return family_part
                return by_steps
            # the step reader left out a feature the prompt names ("cbore 10 x 5.5 deep", "8 flutes"):
            # the part families' part, when it builds more of them, is the better answer
            family_part = self._families_part(request)
            if family_part is not None and family_part.reading is not None and family_part.reading.confidence != "low" \
                    and len(unbuilt(request.safe_prompt, family_part.code)) < len(dropped):
                account(family_part.reading, request.safe_prompt, family_part.code)
                return family_part
            account(by_steps.reading, request.safe_prompt, by_steps.code, steps=True)
            return by_steps

        try:
            made = generate_from_prompt(request.safe_prompt, mode=request.mode, output_type=request.output_type)
        except NotUnderstood as err:
            if err.impossible:  # the sizes asked for clash: a step reading of them would clash too
                raise NotUnderstoodError(str(err), err.reading) from err
            whole = steps.generate_if_whole(request, None)
            if whole is not None:
                carry_unknown_words(err.reading, whole.reading)
                return whole
            raise NotUnderstoodError(str(err), err.reading) from err
        account(made.reading, request.safe_prompt, made.code)  # "8 flutes" on a plain knob: not understood
        whole = steps.generate_if_whole(request, made.reading.confidence if made.reading else None)
        if whole is not None and not unbuilt(request.safe_prompt, whole.code, steps=True):  # the step reader read all of it
            if made.reading is not None and whole.reading is not None and made.reading.confidence == "medium":
                why = disagreement(made.family, made.params, made.reading, whole.params)
                if why is not None:  # a different part from the template's: not `high`
                    mark_disagreement(whole.reading, why)
            carry_unknown_words(made.reading, whole.reading)
            return whole
        notices = list(made.notices)
        return Generated(made.code, "template", made.family, dict(made.params), notices, made.output_type,
                         reading=made.reading, notes=list(made.notes))

    def _families_part(self, request: ValidRequest) -> Generated | None:
        """The part families' part for the prompt, or None when they read no part in it."""
        from .templates import NotUnderstood, generate_from_prompt

        try:
            made = generate_from_prompt(request.safe_prompt, mode=request.mode, output_type=request.output_type)
        except NotUnderstood:
            return None
        return Generated(made.code, "template", made.family, dict(made.params), list(made.notices), made.output_type,
                         reading=made.reading, notes=list(made.notes))

    def repair(self, request: ValidRequest, previous: Generated, failure: str) -> Generated | None:
        if previous.family == "steps":  # leave out the step that failed, build the rest
            from . import steps

            return steps.repair(request, previous, failure)
        return None  # templates are deterministic: a second try would fail the same way

    def refine(self, request: ValidRequest, previous_code: str) -> Generated:
        from .templates import refine

        made = refine(previous_code, request.safe_prompt)
        return Generated(made.code, "template", made.family, dict(made.params), list(made.notices), made.output_type)

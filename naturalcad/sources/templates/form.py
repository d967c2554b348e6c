"""The reading form: the same prompt made as a family the person picks, with the sizes they set.

"Read as a plate with holes" may be wrong, or one size may be; the form fixes that without
retyping the prompt. The prompt is parsed as for a generate, the family is the one chosen
(not the one the words pointed to), and the sizes typed in the form replace the ones
read or assumed, through the script's parameter block, as the sliders do.
"""

from __future__ import annotations

from dataclasses import dataclass

from ...params import override_params, read_params
from . import NotUnderstood, TemplateResult, _fit_output, _title, _without_designations, build
from .families import REGISTRY, Notes
from .families.base import Impossible
from .parse import parse_prompt
from .reading import lexicon

MAX_FIELDS = 8  # the form shows the main sizes, not every parameter of a family

Value = float | int | bool


@dataclass(frozen=True)
class SizeField:
    """One size the form offers: the parameter, its value, and its comment (unit, meaning)."""

    name: str
    value: float | int
    comment: str


def _built(prompt: str, family: str, output_type: str) -> tuple[str, str, str, dict[str, Value], Notes]:
    if family not in REGISTRY:
        raise ValueError(f"'{family}' is not a part family NaturalCAD makes")
    mended, _ = lexicon().correct(prompt)
    from ...prompt.standards import expand as expand_standards

    expanded, _ = expand_standards(mended)
    spec = parse_prompt(_without_designations(expanded))
    notes = Notes()
    made, produced = _fit_output(family, output_type, notes)
    try:
        code, values = build(made, spec, produced, notes, _title(prompt))
    except Impossible as err:
        raise ValueError(str(err)) from err
    return made, produced, code, values, notes


def size_fields(prompt: str, family: str, output_type: str = "3d_solid",
                first: tuple[str, ...] = ()) -> list[SizeField]:
    """The main sizes of `family` for this prompt (the parameters named in `first` come first)."""
    _, _, code, _, _ = _built(prompt, family, output_type)
    found = [p for p in read_params(code) if isinstance(p.value, (int, float)) and not isinstance(p.value, bool)]
    found.sort(key=lambda p: (p.name not in first, first.index(p.name) if p.name in first else 0))
    return [SizeField(p.name, p.value, p.comment) for p in found[:MAX_FIELDS]]


def make(prompt: str, family: str, sizes: dict[str, Value], output_type: str = "3d_solid") -> TemplateResult:
    """The prompt's part as `family`, with `sizes` set; sizes the family does not have are ignored."""
    try:
        made, produced, code, values, notes = _built(prompt, family, output_type)
    except ValueError as err:
        from ...prompt import Reading

        raise NotUnderstood(str(err), Reading(confidence="low")) from err
    known = {name: value for name, value in sizes.items() if name in values}
    code = override_params(code, known)
    params = {p.name: p.value for p in read_params(code)}
    return TemplateResult(code=code, family=made, params=params, notices=notes.items,
                          reason=f"{made.replace('_', ' ').capitalize()} chosen in the reading form.",
                          output_type=produced, notes=list(notes.notices))

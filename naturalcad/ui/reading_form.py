"""One click from the reading to a small form (part family, main sizes) that regenerates the
part from the same prompt, without retyping it.

The form opens in a dialog beside "Read as …". Picking another family shows that family's
main sizes as this prompt gives them; the sizes of the shown part are the starting values
when the family stays. Regenerate runs as a background job like every other change, and the
new part is a version of the same thread (it continues the part shown).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import streamlit as st

from .. import pipeline
from ..request import RunResult
from ..sources.templates import NotUnderstood, families
from ..sources.templates import form as template_form
from . import format as fmt
from . import state

BUTTON_KEY = "reading-edit"
FAMILY_KEY = "reading-form-family"


def base_prompt(result: RunResult) -> str:
    """The prompt the form reads again: the first of the thread (follow-ups are changes to it)."""
    from .components import lineage

    return lineage(result)[1].prompt or result.prompt


def offered(result: RunResult) -> bool:
    """The form is for parts the offline families make (a family it can rebuild), with a prompt."""
    return result.success and result.family in families() and bool(base_prompt(result).strip())


def run_form(current: RunResult, family: str, values: dict[str, Any], prompt: str,
             on_stage: Callable[[str, str], None]) -> RunResult:
    """The job body: build the family's script for the prompt with the form's sizes, then run it."""
    on_stage("generate", "Building the script from the form")
    try:
        made = template_form.make(prompt, family, values, current.output_type or "3d_solid")
    except NotUnderstood as err:
        raise ValueError(str(err)) from err
    return pipeline.run_code(made.code, made.output_type, prompt=current.prompt, source="template", family=made.family,
                             params=dict(made.params), parent_run_id=current.run_id, notices=made.notices,
                             on_stage=on_stage, check_prompt=False)


def button(result: RunResult) -> None:
    """'Change family or sizes' beside the reading: opens the form."""
    if not offered(result):
        return
    if st.button("Change family or sizes", key=BUTTON_KEY, icon=":material/tune:", type="secondary",
                 on_click=_forget_fields,
                 help="Pick the part family and its main sizes; the part is made again from the same prompt."):
        form_dialog(result)  # the dialog then reruns on its own until Regenerate or close


def _forget_fields() -> None:
    """A fresh form each time it opens: the fields start from the part shown."""
    for key in [k for k in st.session_state if str(k).startswith("reading-form-")]:
        del st.session_state[key]


def _field_key(family: str, name: str) -> str:
    return f"reading-form-{family}-{name}"


@st.dialog("Change how the prompt was read")
def form_dialog(result: RunResult) -> None:
    prompt = base_prompt(result)
    st.caption(f"Prompt: “{fmt.untrusted(prompt)}”")
    names = families()
    family = st.selectbox("Part family", names, index=names.index(result.family) if result.family in names else 0,
                          key=FAMILY_KEY, format_func=lambda f: f.replace("_", " ").capitalize())
    try:
        fields = template_form.size_fields(prompt, family, result.output_type or "3d_solid",
                                           first=tuple(result.params or ()))
    except ValueError as err:
        st.warning(fmt.untrusted(str(err)))
        return
    same = family == result.family
    values: dict[str, float | int] = {}
    columns = st.columns(2)
    for index, field in enumerate(fields):
        label, unit = fmt.param_label(field.name, field.comment)
        start = result.params.get(field.name, field.value) if same else field.value
        if index and index % 2 == 0:
            columns = st.columns(2)  # a row per pair: on a phone the fields stack in the script's order
        with columns[index % 2]:
            if isinstance(field.value, int):
                values[field.name] = int(st.number_input(label, value=int(start), step=1, min_value=0,
                                                         key=_field_key(family, field.name)))
            else:
                values[field.name] = float(st.number_input(label + (f" ({unit})" if unit else ""),
                                                           value=float(start), step=1.0, min_value=0.0, format="%g",
                                                           key=_field_key(family, field.name)))
    if st.button("Regenerate", key="reading-form-go", type="primary", icon=":material/auto_awesome:"):
        state.queue("form", family=family, values=values, prompt=prompt)
        st.rerun()

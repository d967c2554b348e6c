"""Generate: a prompt in, a checked part out, with its preview, files, parameters and code.

Buttons queue an action (see `naturalcad.ui.state`); the page runs it at the top of the
next script run inside a progress box, then draws the current run. Sliders, edited code
and follow-ups all continue from the current run, so history keeps the lineage.
"""

from __future__ import annotations

import math
from typing import Any

import streamlit as st

from naturalcad.request import MODES, RunResult
from naturalcad.ui import (
    boot,
    components,
    editor,
    engine,
    progress,
    reading_form,
    safe,
    state,
    thread_view,
)
from naturalcad.ui import format as fmt
from naturalcad.ui import reading as reading_view

PLACEHOLDER = ("Describe the part in plain words, with sizes. For example: "
               "“Plate 120 x 80 x 6 mm with four 8 mm corner holes and 3 mm rounded corners”.")

# (button label, prompt, mode, output type): the prototype's seven, and what each should make.
EXAMPLES = [
    ("Steel bracket", "Heavy steel bracket with 4 bolt holes, 90 mm wide, 8 mm thick", "part", "3d_solid"),
    ("Truss beam", "Light structural truss beam with 9 panels and a 180 mm span", "part", "3d_solid"),
    ("Notched tower", "Industrial notched tower block, 140 mm tall", "part", "3d_solid"),
    ("Roof canopy", "Smooth roof canopy surface, 200 mm span, shallow rise", "part", "surface"),
    ("Mounting plate (DXF)", "Laser-cut mounting plate with 6mm corner holes, 120x70 mm (export DXF)", "sketch",
     "2d_vector"),
    ("Bracket profile", "Bracket plate profile with 6 holes for a laser-cut sketch", "sketch", "2d_vector"),
    ("Floor route", "Single-line floor route centerline with 3 jogs, 120 mm long", "sketch", "1d_path"),
]

OUTPUT_CHOICES = [fmt.AUTO, "3d_solid", "surface", "2d_vector", "1d_path"]


# -- callbacks (run before the page; they only queue work) ------------------------------------
EXAMPLE_SET = "example-set"  # (prompt, mode, output type) the last example button put in the fields


def _use_example(prompt: str, mode: str, output_type: str) -> None:
    st.session_state[state.PROMPT] = prompt
    st.session_state[state.MODE] = mode
    st.session_state[state.OUTPUT] = output_type
    st.session_state[EXAMPLE_SET] = (prompt, mode, output_type)


def _forget_example_choices() -> None:
    """A prompt of the person's own after an example goes back to Auto: the DXF example's
    "2D profile" must not quietly turn their next plate into a drawing."""
    example = st.session_state.pop(EXAMPLE_SET, None)
    if example is None or (st.session_state.get(state.PROMPT) or "").strip() == example[0]:
        if example is not None:
            st.session_state[EXAMPLE_SET] = example
        return
    if (st.session_state.get(state.MODE), st.session_state.get(state.OUTPUT)) == example[1:]:
        st.session_state[state.MODE], st.session_state[state.OUTPUT] = "part", fmt.AUTO


def _queue_generate() -> None:
    _forget_example_choices()
    st.session_state.pop(REFUSED, None)
    output_type = st.session_state.get(state.OUTPUT)
    state.queue("generate", prompt=st.session_state.get(state.PROMPT, ""), mode=st.session_state.get(state.MODE),
                output_type=None if output_type in (None, fmt.AUTO) else output_type)


def _queue_rerun(result: RunResult) -> None:
    state.queue("rerun", result=result)


def _queue_params() -> None:
    origin: state.ParamOrigin | None = st.session_state.get(state.ORIGIN)
    shown = state.current()
    if origin is None or shown is None:
        return
    values = {name: st.session_state[origin.key(name)] for name in origin.names if origin.key(name) in st.session_state}
    changed = {name: value for name, value in values.items() if shown.params.get(name) != value}
    if changed:
        state.queue("params", values=changed)


def _restore_sliders(shown: RunResult) -> None:
    """Put the sliders back on the values of the part still shown (before they are drawn)."""
    origin: state.ParamOrigin | None = st.session_state.get(state.ORIGIN)
    if origin is None:
        return
    for name in origin.names:
        if name in shown.params:
            st.session_state[origin.key(name)] = _like(origin.values[name], shown.params[name])


def _reset_params() -> None:
    origin: state.ParamOrigin | None = st.session_state.get(state.ORIGIN)
    if origin is None:
        return
    for name in origin.names:
        st.session_state[origin.key(name)] = origin.values[name]
    _queue_params()


def _queue_code(key: str) -> None:
    state.queue("code", code=st.session_state.get(key, ""))


def _queue_refine() -> None:
    follow_up = (st.session_state.get(state.REFINE) or "").strip()
    if follow_up:
        state.queue("refine", follow_up=follow_up)
        st.session_state[state.REFINE] = ""


# -- the page --------------------------------------------------------------------------------
def prompt_area() -> None:
    st.session_state.setdefault(state.MODE, "part")
    st.session_state.setdefault(state.OUTPUT, fmt.AUTO)
    left, right = st.columns([3, 1], gap="medium")
    with left:
        # Typing never reruns the page (on_change="ignore"): the text travels with the Generate click,
        # so a quick type-and-click is one run, not a rerun racing the click.
        # No `max_chars`: Streamlit throws away a whole paste that is over it, leaving an empty box.
        # The limit is checked on Generate instead, which says how long the prompt is.
        st.text_area("Prompt", key=state.PROMPT, placeholder=PLACEHOLDER, height=104, on_change="ignore")
        components.submit_on_ctrl_enter(state.PROMPT, "generate")
    with right:
        st.selectbox("Mode", MODES, key=state.MODE, format_func=lambda m: fmt.MODE_LABELS.get(m, m))
        st.selectbox("Output", OUTPUT_CHOICES, key=state.OUTPUT, format_func=lambda o: fmt.OUTPUT_LABELS.get(o, o),
                     help="Auto lets the prompt decide (“laser-cut” means a 2D profile, “route” a 1D path).")
    with st.container(horizontal=True, key="examples", gap="small", vertical_alignment="center"):
        st.markdown(":gray[Examples:]", width="content")
        for index, (label, prompt, mode, output_type) in enumerate(EXAMPLES):
            st.button(label, key=f"example-{index}", help=prompt, on_click=_use_example, args=(prompt, mode, output_type),
                      type="tertiary")
    with st.container(horizontal=True, vertical_alignment="center"):
        st.button("Generate", type="primary", key="generate", on_click=_queue_generate, icon=":material/auto_awesome:")
        source = engine.generation_source()
        st.caption(f"or Ctrl+Enter · code from {source.label.lower() if source.kind == 'template' else source.label}; "
                   "it runs in a sandbox, never in the app.")
    progress.place("prompt")
    refused = st.session_state.get(REFUSED)
    if refused:
        st.warning(fmt.untrusted(refused), icon=":material/edit_note:")


REFUSED = "nc_refused"  # why the last request was refused before anything ran, shown under Generate


def apply_result(entry: progress.ActiveJob, result: RunResult) -> None:
    """Make a finished job's result current (or say why not), where its control is."""
    shown = state.current()
    kind = entry.kind
    if result.error_kind == "cancelled":
        st.toast("Cancelled. Still showing the last part." if shown else "Cancelled.", icon=":material/cancel:")
        if kind == "params" and shown is not None:
            st.session_state[RESTORE_SLIDERS] = True
        return
    if kind == "params" and not result.success and shown is not None:
        st.session_state[RESTORE_SLIDERS] = True  # the sliders go back to the part still on screen
    if result.error_kind in ("request", "input"):
        # The prompt (or a value) was refused before anything ran: say why under the control.
        st.session_state[REFUSED] = result.error or ""
        return
    if kind in ("params", "code", "refine", "form") and not result.success and shown is not None and shown.success:
        # Keep showing the last part that built; say why the change did not, where it was asked for.
        st.session_state[state.FAILED] = (kind, result)
        if kind == "refine":
            st.session_state[REFINE_AGAIN] = entry.payload.get("follow_up", "")  # to edit and try again
        return
    state.set_current(result, keep_origin=kind == "params" and result.success)
    if kind != "params":  # a slider user is looking at the sliders; everyone else wants the part
        st.session_state[SCROLL_TO_RESULT] = result.run_id


SCROLL_TO_RESULT = "nc_scroll_result"
# Widget values a finished job changes: set at the top of the next run, before the widgets exist.
RESTORE_SLIDERS = "nc_restore_sliders"
REFINE_AGAIN = "nc_refine_again"


def _widget_updates() -> None:
    shown = state.current()
    if st.session_state.pop(RESTORE_SLIDERS, False) and shown is not None:
        _restore_sliders(shown)
    if REFINE_AGAIN in st.session_state:
        st.session_state[state.REFINE] = st.session_state.pop(REFINE_AGAIN)


def follow_active() -> None:
    """Wait for this session's job beside its control; then draw the page again with its result."""
    entry = progress.active()
    if entry is None:
        return
    result = progress.follow(entry)
    progress.finish()
    if result is not None:
        apply_result(entry, result)
    st.rerun()


def changed_failure(where: str) -> None:
    """Why the last slider move or code edit did not build, shown in the tab it came from."""
    failed: tuple[str, RunResult] | None = st.session_state.get(state.FAILED)
    if not failed or failed[0] != where:
        return
    kind, result = failed
    what = "Your code was not run" if result.error_kind == "guard" else {
        "params": "That change did not build", "refine": "That follow-up did not work",
        "form": "That family or size did not build"}.get(kind, "Your code did not build")
    st.error(f"{what}: {fmt.untrusted(result.error or '')}", icon=":material/error:")
    line = components.code_line(result.code, result.error_line) if kind != "refine" else None
    if line:
        st.code(f"{result.error_line:>3}  {line}", language="python")
    st.caption("Still showing the last part that built" + (", with its values." if kind == "params" else "."))


def parameters_tab(result: RunResult) -> None:
    from naturalcad.params import read_params, suggest_range

    origin: state.ParamOrigin | None = st.session_state.get(state.ORIGIN)
    if origin is None:
        found = read_params(result.code)
        ranges = {p.name: _slider_range(p.value, suggest_range(p)) for p in found}
        origin = state.ParamOrigin(result.run_id, [p.name for p in found], ranges, {p.name: p.value for p in found})
        st.session_state[state.ORIGIN] = origin
    if not origin.names:
        st.caption("This script has no parameter block at its top, so there is nothing to slide. "
                   "Edit the code instead.")
        return
    comments = {p.name: p.comment for p in read_params(result.code)}
    st.caption("Move a slider to re-run the script with that value: no model call, same sandbox.")
    with st.container(key="params-block"):  # the browser keeps it in place (theme: scroll anchoring)
        _sliders(result, origin, comments)


def _sliders(result: RunResult, origin: state.ParamOrigin, comments: dict[str, str]) -> None:
    """The sliders (a row per pair), their Reset, and under them the progress of a slider run."""
    columns = st.columns(2, gap="large")
    for index, name in enumerate(origin.names):
        if index and index % 2 == 0:
            # A row per pair: on a phone the columns stack, and one column of all the left-hand
            # sliders above the right-hand ones put width far below length.
            columns = st.columns(2, gap="large")
        key = origin.key(name)
        if key not in st.session_state:
            st.session_state[key] = _like(origin.values[name], result.params.get(name, origin.values[name]))
        label, unit = fmt.param_label(name, comments.get(name, ""))
        with columns[index % 2]:
            value = origin.values[name]
            if isinstance(value, bool):
                st.toggle(label, key=key, help=comments.get(name) or None, on_change=_queue_params)
                continue
            low, high, step = origin.ranges[name]
            st.slider(label, min_value=low, max_value=high, step=step, key=key, help=comments.get(name) or None,
                      on_change=_queue_params, format=_format(value, step, unit))
    st.button("Reset to generated values", key="reset-params", on_click=_reset_params, type="tertiary",
              icon=":material/restart_alt:")
    # Progress and a failed value show under the sliders, not above: a box appearing above would
    # move the sliders away from the pointer that has just let one go (and lose the next move).
    progress.place("params")
    with st.container():
        changed_failure("params")


def _like(template: Any, value: Any) -> Any:
    """`value` as the type of `template`: a slider cannot mix ints and floats."""
    if isinstance(template, bool):
        return bool(value)
    if isinstance(template, int):
        return round(float(value))
    return float(value)


def _slider_range(value: Any, suggested: tuple[float, float, float]) -> tuple[Any, Any, Any]:
    """Types a slider accepts (all ints or all floats), widened to include the value."""
    low, high, step = suggested
    if isinstance(value, bool):
        return (0, 1, 1)
    if isinstance(value, int):
        low, high, step = int(low), int(high), max(int(step), 1)
        return (min(low, value), max(high, value), step)
    low, high, step = float(low), float(high), float(step) or 0.1
    # Sizes move in tenths of a millimetre at the finest: a 0.05 mm step is finer than a drag can
    # place, and it would make one slider read "3.00 mm" among others reading "6.0 mm".
    # Fractions (0–1) keep their hundredths.
    if high - low > 1 and step < 0.1:
        step = 0.1
        low = round(math.ceil(low / step - 1e-9) * step, 6)  # on the step grid, as the values are
    return (min(low, float(value)), max(high, float(value)), step)


def _format(value: Any, step: float, unit: str) -> str:
    """The slider's number format, with as many decimals as its step has (at least one for sizes)."""
    suffix = f" {unit}" if unit else ""
    if isinstance(value, int):
        return "%d" + suffix
    return f"%.{_decimals(step)}f" + suffix


def _decimals(step: float) -> int:
    """1 for steps of 0.1, 0.5, 1 or 10 (sizes read as "6.0 mm"); 2 for 0.01 or 0.25."""
    text = f"{float(step):.6f}".rstrip("0").rstrip(".")
    return max(1, len(text.split(".")[1]) if "." in text else 0)


def code_tab(result: RunResult) -> None:
    st.caption("The generated build123d script: plain code you can keep. Edit it and run it here "
               "(Ctrl+Enter in the editor); it goes through the same guard and sandbox.")
    if st.toggle("Plain text", key=PLAIN_CODE, help="A plain text box instead of the code editor."):
        key = "code-editor"
        if st.session_state.get("code-editor-run") != result.run_id:
            st.session_state[key] = result.code
            st.session_state["code-editor-run"] = result.run_id
        st.text_area("build123d script", key=key, height=380, label_visibility="collapsed", on_change="ignore")
        st.button("Run edited code", key="run-code", on_click=_queue_code, args=(key,), icon=":material/play_arrow:")
    else:
        editor.code_box(result, on_run=lambda text: state.queue("code", code=text),
                        dark=getattr(st.context.theme, "type", None) == "dark")
    progress.place("code")
    with st.container():
        changed_failure("code")
    editor.diff_box(result, state.load_run)


PLAIN_CODE = "code-plain"


def refine_tab(result: RunResult) -> None:
    source = engine.generation_source()
    how = ("The offline generator updates the parameters your follow-up names."
           if source.kind == "template" else "The model edits the script to match your follow-up.")
    st.caption(f"Continue from this run. {how} The new run keeps this one as its parent in History.")
    with st.container(horizontal=True, vertical_alignment="bottom"):
        st.text_input("Follow-up", key=state.REFINE, placeholder="e.g. make it 12 mm thick and the holes 10 mm",
                      on_change="ignore")
        st.button("Refine", key="refine", on_click=_queue_refine, icon=":material/edit:")
    progress.place("refine")
    with st.container():
        changed_failure("refine")


def result_area() -> None:
    result = state.current()
    if result is None:
        st.info("Describe a part above, or pick an example, then press **Generate**. "
                "Your part appears here with a 3D preview, its measured size and STEP/STL/GLB/DXF downloads.",
                icon=":material/deployed_code:")
        return
    # Sections that come and go live in containers that are always there, so the viewer and
    # the tabs below keep their place in the page (moving them would reload the viewer and
    # reset the selected tab).
    with st.container(key="result-top"):
        components.run_header(result)
        thread_view.bar(result)  # Version 3 of 5 · Back · Forward · Undo
        reading_view.show(result)  # "Read as …" and what was not understood, before the part
        reading_form.button(result)  # one click to a form: family and main sizes, made again
        progress.place("reading")
        changed_failure("form")
        if st.session_state.get(SCROLL_TO_RESULT) == result.run_id:
            st.session_state.pop(SCROLL_TO_RESULT)
            components.scroll_to("result-top", nonce=result.run_id)
    if not result.success:
        components.failure(result, retry=lambda: _queue_rerun(result), key="current")
        if result.code:
            with st.expander("The script that failed"):
                code_tab(result)
        return
    with st.container():
        components.notices(result)
    components.overview(result, key="current")
    # The tab lives in the URL (?tab=Code): a reload opens the one the person was in.
    # Only the open tab is drawn (a tab click reruns the page): a closed Code tab must not load
    # its editor's 4 MB of JavaScript on every run, nor a closed Drawing tab its sheet.
    tabs = st.tabs(["Parameters", "Code", "Refine", "Versions", "Drawing", "Details"], key="tab", bind="query-params")
    bodies = [parameters_tab, code_tab, refine_tab, thread_view.tab,
              lambda shown: components.drawing_tab(shown, key="current",
                                                   on_made=lambda made: state.set_current(made, keep_origin=True)),
              components.details]
    for tab, body in zip(tabs, bodies, strict=True):
        if tab.open is not False:  # None: the tabs do not track which is open, so draw them all
            with tab:
                body(result)


@safe.page
def generate_page() -> None:
    st.title("Generate", anchor=False)
    st.caption("Describe a part; get a checked build123d model, its files, and sliders for its parameters.")
    progress.begin_page()
    _widget_updates()
    state.adopt_query_run()
    progress.adopt_query_job()
    progress.start_pending(state.current())
    prompt_area()
    st.divider()
    result_area()
    progress.sync_url()
    follow_active()  # last: the page is drawn, and progress shows beside the control used


if boot.inside_app():
    generate_page()

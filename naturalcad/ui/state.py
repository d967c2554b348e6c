"""What one browser session is looking at, kept in `st.session_state`.

The Generate page shows one *current* run. Buttons do not run the pipeline inside their
callbacks (a callback cannot show progress); they queue a `PendingAction` that the page
runs at the top of its next script run, inside a progress box, before it draws the result.
Slider ranges are fixed by the run the sliders came from (the *origin*), so moving one
slider does not re-centre the others.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, cast

import streamlit as st

from .. import runs
from ..request import RunResult

CURRENT = "nc_current"
PENDING = "nc_pending"
ORIGIN = "nc_param_origin"
FAILED = "nc_failed_change"  # a slider/code change that did not build: shown, not kept
PROMPT = "prompt"
MODE = "mode"
OUTPUT = "output_type"
REFINE = "refine_text"


@dataclass
class PendingAction:
    """A pipeline call the page should make on its next run."""

    kind: str  # generate | params | code | refine | retry
    payload: dict[str, Any] = field(default_factory=dict)


@dataclass
class ParamOrigin:
    """The run whose parameter block the sliders were built from, with their ranges."""

    run_id: str
    names: list[str]
    ranges: dict[str, tuple[float, float, float]]
    values: dict[str, Any]

    def key(self, name: str) -> str:
        return f"param:{self.run_id}:{name}"


def current() -> RunResult | None:
    return st.session_state.get(CURRENT)


def set_current(result: RunResult | None, *, keep_origin: bool = False) -> None:
    """Show `result`; unless it came from the sliders, its parameters become the new origin."""
    st.session_state[CURRENT] = result
    st.session_state.pop(FAILED, None)
    if not keep_origin:
        st.session_state.pop(ORIGIN, None)
    if result is not None:
        st.query_params["run"] = result.run_id
    elif "run" in st.query_params:
        del st.query_params["run"]


def session_id() -> str:
    from streamlit.runtime.scriptrunner import get_script_run_ctx

    ctx = get_script_run_ctx()
    return ctx.session_id if ctx is not None else "no-session"


def queue(kind: str, **payload: Any) -> None:
    """Widget callback: ask the page to run the pipeline on its next run.

    The session's running job is superseded at once, not when the page reaches
    `start_pending`: a slider value that a newer one replaced never builds.
    """
    st.session_state[PENDING] = PendingAction(kind, payload)
    runs.supersede(session_id(), kind)


def take_pending() -> PendingAction | None:
    return cast("PendingAction | None", st.session_state.pop(PENDING, None))  # only queue() sets it


def load_run(run_id: str) -> RunResult | None:
    """A run from history (None if it was deleted or pruned)."""
    return runs.get_run(run_id)


def adopt_query_run() -> None:
    """Open the run named in the URL (`?run=<id>`), e.g. after "Continue in Generate"."""
    wanted = st.query_params.get("run")
    shown = current()
    if not wanted or (shown is not None and shown.run_id == wanted):
        return
    found = load_run(wanted)
    if found is None:
        del st.query_params["run"]
        st.toast("That run is no longer in the history.")
        return
    set_current(found)
    restore_prompt(found)


def restore_prompt(result: RunResult) -> None:
    """After a reload (or "Continue in Generate") the prompt box shows the prompt the part came
    from (the first of its thread), not an empty box."""
    if (st.session_state.get(PROMPT) or "").strip():
        return
    from .components import lineage

    root = lineage(result)[1]
    if root.prompt:
        st.session_state[PROMPT] = root.prompt
        st.session_state.setdefault(MODE, root.mode or "part")

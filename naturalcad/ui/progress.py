"""Progress and Cancel next to the control that started a run, and the wait for it.

A page queues an action (`state.queue`), starts it as a background job (`start_pending`),
draws itself as usual with a *place* beside each control (`place("params")` under the
sliders and their Reset, `place("prompt")` under Generate …), and at its end `follow()`s the job: a
status line with the stage and the seconds so far, and a Cancel button that kills the
job, in the place of the control that started it. The wait touches the page a few times a
second, so a newer click or slider move interrupts it at once and supersedes the job.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import streamlit as st

from .. import runs
from ..request import RunResult
from . import state, viewer

ACTIVE = "nc_active_job"  # the ActiveJob this session is waiting for
PLACES = "nc_progress_places"  # this script run's placeholders, by place name
JOB_PARAM = "job"  # ?job=<id> in the URL while a run is in flight: a reload picks it up
TICK_SECONDS = 0.25
SLIDER_SETTLE_SECONDS = 0.3  # a slider job waits this long for a newer value before it starts

# Where each kind of action shows its progress: the control it came from.
PLACE_OF = {"generate": "prompt", "rerun": "prompt", "params": "params", "code": "code", "refine": "refine", "form": "reading"}

LABELS = {
    "generate": "Generating",
    "rerun": "Running again",
    "params": "Updating the part",
    "code": "Running your code",
    "refine": "Refining",
    "form": "Regenerating",
}


@dataclass
class ActiveJob:
    """The job this session waits for, and what the page needs to apply its result."""

    job_id: str
    kind: str
    payload: dict[str, Any]


def begin_page() -> None:
    """Forget the last script run's placeholders (they belong to a page no longer drawn)."""
    st.session_state[PLACES] = {}


def active() -> ActiveJob | None:
    return st.session_state.get(ACTIVE)


def start_pending(current: RunResult | None) -> ActiveJob | None:
    """Start the queued action (if any) as a job; a job of this session still running is cancelled."""
    from . import actions

    action = state.take_pending()
    if action is None:
        return active()
    delay = SLIDER_SETTLE_SECONDS if action.kind == "params" else 0.0
    theme = getattr(st.context.theme, "type", None) or "light"
    view = st.session_state.get(viewer.VIEW_KEY, "iso")
    job = runs.start(state.session_id(), action.kind,
                     lambda on_stage: actions.run_job(action, current, on_stage, theme, view), delay=delay)
    entry = ActiveJob(job.job_id, action.kind, {k: v for k, v in action.payload.items() if k != "result"})
    st.session_state[ACTIVE] = entry
    st.query_params[JOB_PARAM] = job.job_id
    return entry


def adopt_query_job() -> None:
    """After a reload: wait for the run the previous page left in flight (`?job=<id>`).

    A page already waiting for a job of its own keeps it: a job id in its URL then is an
    older one (the URL lags a rerun), and taking it up would drop the newer job's result.
    """
    wanted = st.query_params.get(JOB_PARAM)
    if not wanted or active() is not None:
        return
    # A part that built is shown again (the page that collected it may be the one just reloaded,
    # still running on the server); a cancelled or failed run already said so once.
    job = runs.pick_up(wanted, state.session_id())
    if job is None:
        del st.query_params[JOB_PARAM]
        return
    st.session_state[ACTIVE] = ActiveJob(job.job_id, job.kind, {})
    if job.job_id != wanted:
        st.query_params[JOB_PARAM] = job.job_id


def place(name: str) -> None:
    """Where a run started from this control shows its progress (an empty slot otherwise)."""
    st.session_state.setdefault(PLACES, {})[name] = st.empty()


def cancel(job_id: str) -> None:
    """Cancel button: kill the job (the page then keeps what it showed before)."""
    runs.cancel(job_id)


def finish() -> None:
    entry = st.session_state.pop(ACTIVE, None)
    job = runs.get_job(entry.job_id) if entry is not None else None
    if job is not None and not job.running:
        job.collected = True
    if JOB_PARAM in st.query_params:
        del st.query_params[JOB_PARAM]


def sync_url() -> None:
    """The URL names what the page shows (set again on a quiet run: a change made just before
    `st.rerun()` may not reach the browser)."""
    if active() is None and JOB_PARAM in st.query_params:
        del st.query_params[JOB_PARAM]
    shown = state.current()
    if shown is not None and st.query_params.get("run") != shown.run_id:
        st.query_params["run"] = shown.run_id


def follow(entry: ActiveJob, fallback: Any = None) -> RunResult | None:
    """Show the job's progress in its place until it ends; its result (None if it is gone)."""
    job = runs.get_job(entry.job_id)
    if job is None:
        finish()
        return None
    places = st.session_state.get(PLACES, {})
    slot = places.get(PLACE_OF.get(entry.kind, "prompt")) or places.get("prompt") or fallback or st.empty()
    with slot.container(key=f"progress-{entry.kind}"), st.container(horizontal=True, vertical_alignment="center",
                                                                     key="progress-line"):
        line = st.empty()
        st.button("Cancel", key=f"cancel-{job.job_id}", on_click=cancel, args=(job.job_id,),
                  icon=":material/cancel:", type="secondary", width="content")
    shown = ""
    while not job.wait(TICK_SECONDS):
        text = f":material/progress_activity: **{LABELS.get(entry.kind, 'Working')}** · {job.stage}… {job.elapsed:.1f} s"
        if job.cancelled:
            text = ":material/cancel: Cancelling…"
        if text != shown:  # each update is also where a newer click interrupts this wait
            line.markdown(text)
            shown = text
    return job.result

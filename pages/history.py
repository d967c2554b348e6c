"""History: every run, newest first, with thumbnails, filters, figures and charts.

Open a run (from the table, or `?run=<id>` in the URL) to see its preview, files and code,
carry it on in Generate, run it again, or delete it with its files.
"""

from __future__ import annotations

import base64
import functools
import io
import statistics
from datetime import UTC, date, datetime, timedelta

import altair as alt
import pandas as pd
import streamlit as st

from naturalcad import artifacts, preview, runs
from naturalcad.config import get_settings
from naturalcad.request import RunResult
from naturalcad.ui import actions, boot, components, progress, safe, state
from naturalcad.ui import format as fmt
from naturalcad.ui import shared_history as shared_view

TABLE_LIMIT = 300
THUMBNAILS_PER_VIEW = 6  # made while the page waits; the rest in the background
PICKED = "history-picked"
# Shown where a run has no picture: the grid would print "None" in the cell.
_SVG = ("<svg xmlns='http://www.w3.org/2000/svg' width='96' height='72'><rect width='96' height='72' rx='4' "
        "fill='#f3f6fa'/>{}</svg>")
NO_THUMBNAIL = "data:image/svg+xml;base64," + base64.b64encode(_SVG.format("").encode()).decode()
FAILED_THUMBNAIL = "data:image/svg+xml;base64," + base64.b64encode(_SVG.format(
    "<path d='M41 29l14 14M55 29L41 43' stroke='#d9534f' stroke-width='3' stroke-linecap='round'/>").encode()).decode()
SCROLL = "history-scroll"  # bring the run just opened into view


# -- thumbnails --------------------------------------------------------------------------------
@functools.lru_cache(maxsize=1024)
def _table_thumbnail(path: str, mtime_ns: int) -> str:
    """A small data-URI PNG for the table (the saved thumbnail, scaled down)."""
    from PIL import Image

    with Image.open(path) as image:
        image.thumbnail((96, 72))
        out = io.BytesIO()
        image.save(out, format="PNG", optimize=True)
    return "data:image/png;base64," + base64.b64encode(out.getvalue()).decode()


def thumbnails(runs: list[RunResult]) -> dict[str, str | None]:
    """Data URIs per run; missing thumbnails are made now (a few) or in the background."""
    settings = get_settings()
    found: dict[str, str | None] = {}
    budget = THUMBNAILS_PER_VIEW
    for result in runs:
        found[result.run_id] = NO_THUMBNAIL if result.success else FAILED_THUMBNAIL
        if not result.success:
            continue
        try:
            directory = artifacts.run_path(settings, result.run_id)
        except ValueError:
            continue
        target = directory / preview.THUMBNAIL_NAME
        if not target.is_file() and directory.is_dir():
            if budget > 0:
                budget -= 1
                preview.thumbnail(directory, result.artifacts)
            else:
                actions.make_thumbnail_later(result)
        if target.is_file():
            found[result.run_id] = _table_thumbnail(str(target), target.stat().st_mtime_ns)
    return found


# -- filters, figures, table ------------------------------------------------------------------
def filters(all_runs: list[RunResult]) -> dict:
    families = sorted({r.family for r in all_runs if r.family})
    sources = [s for s in fmt.SOURCE_LABELS if any(r.source == s for r in all_runs)]
    first = min((_day(r) for r in all_runs), default=date.today())
    with st.container(key="history-filters"):  # a phone puts Result, Source and Family on one row
        cols = st.columns([2, 1, 1.2, 1.2, 2.1], gap="small")
    text = cols[0].text_input("Search", key="hist-text", placeholder="prompt, family or run id")
    success = cols[1].selectbox("Result", ["All", "Succeeded", "Failed"], key="hist-success")
    source = cols[2].selectbox("Source", [None, *sources], key="hist-source",
                               format_func=lambda s: "All" if s is None else fmt.SOURCE_LABELS.get(s, s))
    family = cols[3].selectbox("Family", [None, *families], key="hist-family",
                               format_func=lambda f: "All" if f is None else fmt.family_text(f))
    dates = cols[4].date_input("Dates", value=(first, date.today()), key="hist-dates", format="YYYY-MM-DD")
    since = until = None
    if isinstance(dates, (tuple, list)) and dates:
        since = dates[0].isoformat()
        if len(dates) > 1:
            until = (dates[1] + timedelta(days=1)).isoformat()
    return {
        "text": text.strip() or None,
        "success": {"All": None, "Succeeded": True, "Failed": False}[success],
        "source": source,
        "family": family,
        "since": since,
        "until": until,
    }


def _day(result: RunResult) -> date:
    try:
        return datetime.fromisoformat(result.created_at).astimezone(UTC).date()
    except ValueError:
        return date.today()


def summary(runs: list[RunResult]) -> None:
    done = [r for r in runs if r.runtime_seconds]
    attempted = [r for r in runs if fmt.counts_toward_success(r)]
    succeeded = sum(1 for r in attempted if r.success)
    today = date.today()
    with st.container(key="history-figures"):  # two by two on a phone: the runs table stays near the top
        cols = st.columns(4)
    cols[0].metric("Runs", len(runs))
    cols[1].metric("Success rate", f"{100 * succeeded / len(attempted):.0f}%" if attempted else "–",
                   help="Of the runs that tried to build a part: prompts refused or not understood before any code ran, "
                        "and cancelled runs, are not counted.")
    cols[2].metric("Median runtime", fmt.runtime_text(statistics.median(r.runtime_seconds for r in done)) if done else "–")
    cols[3].metric("Last 7 days", sum(1 for r in runs if (today - _day(r)).days < 7))


def charts(runs: list[RunResult]) -> None:
    if len(runs) < 2:
        return
    frame = pd.DataFrame({
        "day": [_day(r) for r in runs],
        "result": ["succeeded" if r.success else "failed" for r in runs],
        "runtime": [r.runtime_seconds or 0.0 for r in runs],
    })
    colors = alt.Scale(domain=["succeeded", "failed"], range=["#2f6fde", "#d9534f"])
    per_day = frame.groupby(["day", "result"]).size().reset_index(name="runs")
    per_day["day"] = pd.to_datetime(per_day["day"])
    left, right = st.columns(2, gap="large")
    bars = alt.Chart(per_day, title="Runs per day").mark_bar(size=18).encode(
        x=alt.X("day:T", title=None, axis=alt.Axis(format="%b %d", labelAngle=0, tickCount="day")),
        y=alt.Y("runs:Q", title="runs", axis=alt.Axis(tickMinStep=1)),
        color=alt.Color("result:N", scale=colors, legend=None),
        tooltip=[alt.Tooltip("day:T", format="%Y-%m-%d"), "result", "runs"])
    left.altair_chart(bars.properties(height=200), width="stretch")
    spread = alt.Chart(frame, title="Runtime distribution").mark_bar().encode(
        x=alt.X("runtime:Q", bin=alt.Bin(maxbins=20), title="seconds"),
        y=alt.Y("count():Q", title="runs", axis=alt.Axis(tickMinStep=1)),
        color=alt.Color("result:N", scale=colors, legend=None),
        tooltip=["count()"])
    right.altair_chart(spread.properties(height=200), width="stretch")
    st.caption(":blue[■] succeeded  ·  :red[■] failed")


def table(runs: list[RunResult]) -> pd.DataFrame:
    pictures = thumbnails(runs)
    frame = pd.DataFrame([{"thumbnail": pictures.get(r.run_id), **fmt.history_row(r)} for r in runs])
    shown = frame.copy()
    shown["prompt"] = [("↳ " if parent else "") + text for parent, text in zip(frame["parent"], frame["prompt"], strict=True)]
    event = st.dataframe(
        shown,
        key="history-table",
        on_select="rerun",
        selection_mode="single-row",
        hide_index=True,
        row_height=64,
        height=min(64 * len(frame) + 38, 460),
        column_order=["thumbnail", "prompt", "family", "source", "success", "runtime_s", "size", "created"],
        column_config={
            "thumbnail": st.column_config.ImageColumn(" ", width=80),
            "prompt": st.column_config.TextColumn("Prompt", width=215),
            "family": st.column_config.TextColumn("Family", width=100),
            "source": st.column_config.TextColumn("Source", width=72),
            "success": st.column_config.CheckboxColumn("OK", width=40),
            "runtime_s": st.column_config.NumberColumn("Runtime", format="%.2f s", width=68),
            "size": st.column_config.TextColumn("Size", width=122),  # "120 × 80 × 20 mm" whole
            "created": st.column_config.TextColumn("UTC", width=88),
        },
    )
    rows = event.selection.rows if event is not None and hasattr(event, "selection") else []
    if rows:
        picked = frame.iloc[rows[0]]["run_id"]
        if picked != st.session_state.get(PICKED):
            st.session_state[PICKED] = picked
            st.query_params["run"] = picked
            st.session_state[SCROLL] = True
    return frame


# -- one run ------------------------------------------------------------------------------------
def _queue_history_rerun(result: RunResult) -> None:
    state.queue("rerun", result=result)


def _close() -> None:
    if "run" in st.query_params:
        del st.query_params["run"]


def delete(result: RunResult) -> None:
    runs.delete_run(result.run_id)
    shown = state.current()
    if shown is not None and shown.run_id == result.run_id:
        st.session_state[state.CURRENT] = None
    _close()
    st.session_state.pop(PICKED, None)
    st.toast(f"Deleted run {result.run_id}.", icon=":material/delete:")


def open_run(result: RunResult) -> None:
    st.divider()
    with st.container(key="history-run-top"):  # holds the scroll too, so nothing below moves
        components.run_header(result)
        if st.session_state.pop(SCROLL, False):
            components.scroll_to("history-run-top", nonce=result.run_id)
    if not result.success:
        components.failure(result, retry=lambda: _queue_history_rerun(result), key="history")
    components.notices(result)
    if result.success:
        components.overview(result, key="history")
    with st.container(horizontal=True, key="history-actions"):
        if st.button("Continue in Generate", type="primary", key="continue", icon=":material/arrow_forward:"):
            state.set_current(result)
            st.switch_page("pages/generate.py", query_params={"run": result.run_id})
        st.button("Re-run", key="rerun", on_click=_queue_history_rerun, args=(result,), icon=":material/replay:")
        with st.popover("Delete", icon=":material/delete:", key="delete-popover"):
            st.markdown("Delete this run and its files for good?")
            if st.button("Delete run", key="confirm-delete", type="primary"):
                delete(result)
                st.rerun()
        st.button("Close", key="close-run", on_click=_close, type="tertiary")
    code, info = st.tabs(["Code", "Details"])
    with code:
        if result.code:
            st.code(result.code, language="python", line_numbers=True)
        else:
            st.caption("No script was kept for this run.")
    with info:
        components.details(result)


def run_pending(slot) -> None:
    """Re-run from History: a job like Generate's, followed here at the top of the page."""
    pending = st.session_state.get(state.PENDING)
    if pending is None or pending.kind != "rerun":
        return
    entry = progress.start_pending(None)
    if entry is None:
        return
    result = progress.follow(entry, fallback=slot)
    progress.finish()
    if result is None or result.error_kind == "cancelled":
        st.toast("Cancelled." if result is not None else "That run is gone.", icon=":material/cancel:")
        return
    st.query_params["run"] = result.run_id
    st.session_state[SCROLL] = True
    st.toast("Ran again: " + ("it built." if result.success else "it failed; see below."))


@safe.page
def history_page() -> None:
    st.title("History", anchor=False)
    if shared_view.render(filters):  # Supabase configured and its view chosen: every deployment's runs
        return
    st.caption("Every run on this machine, newest first. Select a row to open it.")
    if runs.count() == 0:
        st.info("No runs yet. Parts you generate appear here with a thumbnail, their files and their code.",
                icon=":material/history:")
        st.page_link("pages/generate.py", label="Go to Generate", icon=":material/arrow_forward:")
        return
    progress.begin_page()
    run_pending(st.empty())  # always there, so the page below keeps its place
    all_runs = runs.list_runs(limit=5000)
    chosen = filters(all_runs)
    shown_runs = runs.list_runs(limit=5000, **chosen)
    summary(shown_runs)
    if not shown_runs:
        st.info("No runs match these filters.", icon=":material/filter_alt_off:")
    else:
        shown = shown_runs[:TABLE_LIMIT]
        frame = table(shown)
        note = f"Showing the newest {len(shown)} of {len(shown_runs)} runs." if len(shown_runs) > len(shown) else ""
        with st.container(horizontal=True, vertical_alignment="center"):
            st.download_button("Export CSV", data=frame.drop(columns=["thumbnail"]).to_csv(index=False),
                               file_name="naturalcad-history.csv", mime="text/csv", key="export-csv",
                               icon=":material/table_view:", on_click="ignore")
            if note:
                st.caption(note)
    wanted = st.query_params.get("run")
    if wanted:
        result = runs.get_run(wanted)
        if result is None:
            st.warning("That run is no longer in the history.")
            _close()
        else:
            open_run(result)
    if shown_runs:
        st.divider()
        charts(shown_runs)


if boot.inside_app():
    history_page()

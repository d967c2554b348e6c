"""The shared view of History (every deployment's runs, from Supabase) and the Status card
for the Supabase outbox.

Kept apart from pages/history.py so the page only asks "draw the shared view?" and the local
view stays as it is. Thumbnails and files come from Storage: thumbnails are downloaded with
the deployment's key and shown inline, file links are signed and expire.
"""

from __future__ import annotations

import base64
import functools
import io
import time
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

import pandas as pd
import streamlit as st

from naturalcad import shared_history, supabase
from naturalcad.config import Settings, get_settings
from naturalcad.supabase import SupabaseError

from . import components
from . import format as fmt

SHARED, LOCAL = "shared", "local"
VIEW_LABELS = {SHARED: "Shared · every deployment", LOCAL: "This machine"}
VIEW_KEY = "hist-view"
PICKED = "shared-history-picked"
TABLE_LIMIT = 300
THUMBNAILS_PER_VIEW = 60  # downloads per page draw; the rest show the placeholder
_SVG = "<svg xmlns='http://www.w3.org/2000/svg' width='96' height='72'><rect width='96' height='72' rx='4' fill='#f3f6fa'/></svg>"
NO_THUMBNAIL = "data:image/svg+xml;base64," + base64.b64encode(_SVG.encode()).decode()

FilterWidgets = Callable[[list[Any]], dict[str, Any]]


# -- History ---------------------------------------------------------------------------------
def chosen_view(settings: Settings) -> str:
    """Draw the view switch when Supabase is configured; the shared view is the default then."""
    if not supabase.configured(settings):
        return LOCAL
    picked = st.segmented_control("View", list(VIEW_LABELS), default=SHARED, key=VIEW_KEY,
                                  format_func=VIEW_LABELS.__getitem__, label_visibility="collapsed")
    return str(picked or SHARED)


def render(filter_widgets: FilterWidgets) -> bool:
    """Draw the shared view when it is the one chosen; False means: draw the local view."""
    settings = get_settings()
    if chosen_view(settings) != SHARED:
        return False
    try:
        every = shared_history.list_runs(settings, limit=5000)
    except SupabaseError as err:
        st.warning(f"The shared history could not be read: {fmt.untrusted(str(err))} "
                   "Showing this machine's runs instead.", icon=":material/cloud_off:")
        return False
    host = fmt.untrusted(str(settings.supabase_url).split("://")[-1].rstrip("/"))
    st.caption(f"Shared history from Supabase ({host}): the runs of every deployment, newest first. "
               "Select a row to open it.")
    if not every:
        st.info("No runs in the shared history yet. Runs from every deployment with this Supabase project "
                "appear here once delivered.", icon=":material/cloud:")
        return True
    chosen = filter_widgets([run.result for run in every])
    deployments = sorted({run.deployment for run in every if run.deployment})
    deployment = st.selectbox("Deployment", [None, *deployments], key="hist-deployment",
                              format_func=lambda d: "All deployments" if d is None else d)
    try:
        runs = shared_history.list_runs(settings, shared_history.HistoryFilter(**chosen, deployment=deployment),
                                        limit=TABLE_LIMIT)
    except SupabaseError as err:
        st.warning(fmt.untrusted(str(err)), icon=":material/cloud_off:")
        return True
    if not runs:
        st.info("No shared runs match these filters.", icon=":material/filter_alt_off:")
        return True
    cols = st.columns(3)
    cols[0].metric("Runs shown", len(runs))
    attempted = [r for r in runs if fmt.counts_toward_success(r.result)]  # as History counts them
    cols[1].metric("Success rate", f"{100 * sum(r.result.success for r in attempted) / len(attempted):.0f}%"
                   if attempted else "–")
    cols[2].metric("Deployments", len({r.deployment for r in runs}))
    table(settings, runs)
    wanted = st.query_params.get("run")  # a row picked, or a link a teammate sent
    if wanted:
        try:
            run = shared_history.get_run(settings, wanted)
        except SupabaseError as err:
            st.warning(fmt.untrusted(str(err)), icon=":material/cloud_off:")
            return True
        if run is None:
            st.warning("That run is not in the shared history.")
        else:
            open_run(settings, run)
    return True


@functools.lru_cache(maxsize=512)
def _thumbnail_uri(url: str, key: str, bucket: str, path: str) -> str | None:
    """A small data-URI PNG of a run's thumbnail in Storage (cached per object)."""
    from PIL import Image

    settings = get_settings()
    data = shared_history.download(settings, bucket, path)
    with Image.open(io.BytesIO(data)) as image:
        image.thumbnail((96, 72))
        out = io.BytesIO()
        image.save(out, format="PNG", optimize=True)
    return "data:image/png;base64," + base64.b64encode(out.getvalue()).decode()


def thumbnails(settings: Settings, runs: list[shared_history.SharedRun]) -> dict[str, str]:
    found: dict[str, str] = {}
    budget = THUMBNAILS_PER_VIEW
    for run in runs:
        found[run.result.run_id] = NO_THUMBNAIL
        if run.thumbnail is None or budget <= 0:
            continue
        budget -= 1
        try:
            uri = _thumbnail_uri(str(settings.supabase_url), str(settings.supabase_key), *run.thumbnail)
        except (SupabaseError, OSError, ValueError):
            continue  # a missing picture is cosmetic
        if uri:
            found[run.result.run_id] = uri
    return found


def table(settings: Settings, runs: list[shared_history.SharedRun]) -> None:
    """The runs with their thumbnails; picking a row puts it in the URL (`?run=<id>`), which
    opens it here for anyone on the same Supabase project."""
    pictures = thumbnails(settings, runs)
    frame = pd.DataFrame([{"thumbnail": pictures[r.result.run_id], "deployment": r.deployment,
                           **fmt.history_row(r.result)} for r in runs])
    event = st.dataframe(
        frame, key="shared-history-table", on_select="rerun", selection_mode="single-row", hide_index=True,
        row_height=64, height=min(64 * len(frame) + 38, 460),
        column_order=["thumbnail", "prompt", "deployment", "family", "source", "success", "runtime_s", "size", "created"],
        column_config={
            "thumbnail": st.column_config.ImageColumn(" ", width=80),
            "prompt": st.column_config.TextColumn("Prompt", width=200),
            "deployment": st.column_config.TextColumn("Deployment", width=110),
            "family": st.column_config.TextColumn("Family", width=95),
            "source": st.column_config.TextColumn("Source", width=68),
            "success": st.column_config.CheckboxColumn("OK", width=40),
            "runtime_s": st.column_config.NumberColumn("Runtime", format="%.2f s", width=68),
            "size": st.column_config.TextColumn("Size", width=122),
            "created": st.column_config.TextColumn("UTC", width=88),
        },
    )
    rows = event.selection.rows if event is not None and hasattr(event, "selection") else []
    if rows:
        picked = frame.iloc[rows[0]]["run_id"]
        if picked != st.session_state.get(PICKED):
            st.session_state[PICKED] = picked
            st.query_params["run"] = picked


def open_run(settings: Settings, run: shared_history.SharedRun) -> None:
    """One shared run: what it is, where it ran, its files (signed links) and its code."""
    full, result = run, run.result
    st.divider()
    components.run_header(result)
    st.caption(f"From **{fmt.untrusted(full.deployment or 'an unnamed deployment')}** · "
               f"delivered {fmt.untrusted(fmt.created_text(full.delivered_at))}")
    if not result.success:
        components.failure(result, retry=None, key="shared-history")
    components.notices(result)
    if result.success and result.geometry:
        components.facts(result)
    links = []
    for kind, label, _, _ in fmt.DOWNLOADS:
        file = full.files.get(kind)
        if file is None or not file.path or not file.bucket:
            continue
        try:
            links.append((kind, label, shared_history.signed_url(settings, file.bucket, file.path)))
        except SupabaseError:
            continue
    if links:
        with st.container(horizontal=True, key="shared-history-files"):
            for kind, label, url in links:
                st.link_button(label, url, icon=":material/download:", type="primary" if kind == "step" else "secondary")
        st.caption("Links from Storage, valid for an hour.")
    elif result.success:
        st.caption("No files of this run are in Storage (its deployment has no bucket configured).")
    components.details(result)
    if result.code:
        with st.expander("Code", icon=":material/code:"):
            st.code(result.code, language="python", line_numbers=True)


# -- Status ------------------------------------------------------------------------------------
def _ago(epoch: float | None) -> str:
    if epoch is None:
        return "never"
    seconds = max(time.time() - epoch, 0)
    when = datetime.fromtimestamp(epoch, UTC).strftime("%Y-%m-%d %H:%M:%S UTC")
    if seconds < 90:
        return f"{seconds:.0f} s ago ({when})"
    if seconds < 5400:
        return f"{seconds / 60:.0f} min ago ({when})"
    return when


def status_card() -> None:
    """Supabase on the Status page: off, read-only, or writing, with the outbox depth and last delivery."""
    settings = get_settings()
    with st.container(border=True, key="status-supabase"):
        st.markdown("**:material/cloud: Shared history (Supabase)**")
        if not supabase.configured(settings):
            st.subheader("Off", anchor=False)
            st.caption("Runs stay on this machine. Set SUPABASE_URL, SUPABASE_SERVICE_ROLE_KEY and SUPABASE_BUCKET "
                       "to copy every run to one shared history.")
            return
        host = fmt.untrusted(str(settings.supabase_url).split("://")[-1].rstrip("/"))
        writes = supabase.writes(settings)
        st.subheader("Sending runs" if writes else "Reading only", anchor=False)
        bucket = f"bucket `{settings.supabase_bucket}`" if settings.supabase_bucket else "no bucket (rows only, no files)"
        st.caption(f"Project {host} · {bucket} · this deployment is "
                   f"**{fmt.untrusted(supabase.deployment_name(settings))}**")
        state = supabase.status(settings)
        cols = st.columns(3)
        cols[0].metric("Outbox", f"{state.depth} waiting", help="Runs finished here and not yet in Supabase")
        cols[1].metric("Last delivery", _ago(state.last_delivery_at).split(" (")[0],
                       help=state.last_delivered_run_id or None)
        cols[2].metric("Delivered", state.delivered_total, help="Runs this data directory has sent")
        st.markdown(f"Last delivery: {_ago(state.last_delivery_at)}"
                    + (f" · run {state.last_delivered_run_id}" if state.last_delivered_run_id else ""))
        if state.depth:
            oldest = _ago(state.oldest_enqueued_at)
            retry = datetime.fromtimestamp(state.next_attempt_at, UTC).strftime("%H:%M:%S UTC") \
                if state.next_attempt_at else "now"
            st.warning(f"{state.depth} runs wait for Supabase (oldest {oldest}); next try {retry}. "
                       + (f"Last error: {fmt.untrusted(state.last_error)} " if state.last_error else "")
                       + "Nothing is lost: `python -m naturalcad sync` sends them now.", icon=":material/schedule:")
        elif not writes:
            st.caption("The key configured here may only read; runs made here stay local.")

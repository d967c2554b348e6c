"""Status: where generation comes from, how code is sandboxed, disk use, versions.

What an operator checks first when something looks wrong; nothing here shows a secret.
"""

from __future__ import annotations

import streamlit as st

from naturalcad import artifacts, runs
from naturalcad.config import get_settings
from naturalcad.sandbox import walls
from naturalcad.ui import boot, engine, safe
from naturalcad.ui import shared_history as shared_view
from naturalcad.ui.format import untrusted


def generation() -> None:
    settings = get_settings()
    source = engine.generation_source(settings)
    with st.container(border=True, height="stretch"):
        st.markdown("**:material/bolt: Generation**")
        st.subheader(source.label, anchor=False)
        st.caption(source.detail)
        if settings.backend_configured:
            answers, detail = engine.backend_health(settings.backend_url)
            (st.success if answers else st.warning)("Backend health check: " + untrusted(detail))  # the backend words it
            st.markdown(untrusted(engine.backend_circuit(settings)))  # names the last error, which quotes the backend
        else:
            st.markdown("Backend: not configured")
        st.markdown("Model: " + (untrusted(settings.llm_model) if settings.llm_configured else "not configured"))
        st.markdown("Offline templates: always available")


def sandbox() -> None:
    settings = get_settings()
    info = engine.sandbox_info()
    with st.container(border=True, height="stretch"):
        st.markdown("**:material/shield: Sandbox**")
        st.subheader(info.level.capitalize(), anchor=False)
        measured = "reported by the last run" if info.measured else "expected on this machine (no run yet)"
        st.caption(f"Layers {measured}: " + ", ".join(engine.layer_name(layer) for layer in info.layers) + ".")
        if info.measured:
            for sentence in walls.missing(info.layers):
                st.warning(sentence, icon=":material/shield:")
        st.markdown(info.worker[0].upper() + info.worker[1:])
        st.markdown(f"Time limit: {settings.exec_timeout_seconds:g} s per script")
        st.markdown(f"Memory limit: {settings.memory_limit_mb:,} MB · files up to {settings.max_file_mb:g} MB".replace(",", " "))


def data() -> None:
    settings = get_settings()
    use = artifacts.usage(settings)
    with st.container(border=True, height="stretch"):
        st.markdown("**:material/hard_drive: Data**")
        runs.reconcile(settings)
        in_history = runs.count(settings)
        # The same count History shows (rows); folders on disk are fewer (refused prompts have none).
        st.subheader(f"{in_history} runs · {use.megabytes:.1f} MB", anchor=False)
        st.caption(f"In `{settings.data_dir}`")
        st.progress(min(use.runs / settings.max_runs, 1.0),
                    text=f"Run folders on disk: {use.runs} of {settings.max_runs} kept")
        st.progress(min(use.megabytes / settings.max_artifact_mb, 1.0),
                    text=f"Disk: {use.megabytes:.1f} of {settings.max_artifact_mb:g} MB")
        statuses = runs.statuses(settings)
        st.markdown("History: " + (", ".join(f"{n} {s}" for s, n in sorted(statuses.items())) or "empty"))


@safe.page
def status_page() -> None:
    st.title("Status", anchor=False)
    st.caption("How this NaturalCAD instance generates, sandboxes and stores parts.")
    cols = st.columns(3, gap="medium")
    with cols[0]:
        generation()
    with cols[1]:
        sandbox()
    with cols[2]:
        data()
    shared_view.status_card()
    st.subheader("Library versions", anchor=False)
    versions = engine.versions()
    st.table({"library": list(versions.keys()), "version": list(versions.values())}, hide_index=True,
             border="horizontal", width=520)


if boot.inside_app():
    status_page()

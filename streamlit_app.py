"""NaturalCAD's Streamlit app: `streamlit run streamlit_app.py`.

The entry point only sets the page up, starts the engine once per process (in the
background, so the first page never waits), says in the sidebar where generation comes
from and how it is sandboxed, and hands over to the page the URL names.
"""

from __future__ import annotations

from pathlib import Path

import streamlit as st

from naturalcad import runs
from naturalcad.ui import boot, engine, logs, theme

ASSETS = Path(__file__).parent / "naturalcad" / "ui" / "assets"

st.set_page_config(page_title="NaturalCAD", page_icon=str(ASSETS / "icon.svg"), layout="wide",
                   initial_sidebar_state="auto",
                   menu_items={"About": "NaturalCAD: plain-English descriptions to checked build123d parts."})

PAGES = [
    st.Page("pages/generate.py", title="Generate", icon=":material/deployed_code:", default=True),
    st.Page("pages/history.py", title="History", icon=":material/history:", url_path="history"),
    st.Page("pages/status.py", title="Status", icon=":material/monitor_heart:", url_path="status"),
    st.Page("pages/eval.py", title="Eval", icon=":material/fact_check:", url_path="eval"),
]


def sidebar() -> None:
    """Where the next part will come from, and the walls its code runs behind."""
    source = engine.generation_source()
    sandbox = engine.sandbox_info()
    with st.sidebar:
        line = f":material/bolt: Generation: **{source.label}**"
        if source.kind == "backend":
            answers, _ = engine.backend_health(get_backend_url())
            line += " (answering)" if answers else " (not answering; offline templates stand in)"
        st.caption(line)
        st.caption(f":material/shield: Sandbox: **{sandbox.level}** · {sandbox.worker}")
        theme.switch()


def get_backend_url() -> str | None:
    from naturalcad.config import get_settings

    return get_settings().backend_url


logs.configure()
engine.start_engine()
runs.reconcile()  # every page load: no row is left `running` once its job is gone
st.logo(str(ASSETS / "logo.svg"), size="large", icon_image=str(ASSETS / "icon.svg"))
theme.apply()
page = st.navigation(PAGES)
boot.mark_navigation_registered()
# Before the page: a page waiting for a run keeps the sidebar drawn (not greyed out); a run that
# finishes reruns the app, so the sidebar still reflects it.
sidebar()
page.run()

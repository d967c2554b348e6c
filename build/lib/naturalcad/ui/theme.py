"""The few style touches the Streamlit theme (`.streamlit/config.toml`) cannot express."""

from __future__ import annotations

import streamlit as st

_CSS = """
<style>
/* The script editor reads as code. */
.st-key-code-editor textarea { font-family: "Source Code Pro", ui-monospace, monospace; font-size: 0.85rem; }
/* Measured facts sit beside the preview: keep them compact. */
[data-testid="stMetricValue"] { font-size: 1.35rem; }
[data-testid="stMetricLabel"] p { font-size: 0.8rem; }
/* Example prompts read as suggestions, not as primary actions. */
.st-key-examples button p { font-size: 0.82rem; }
/* A result scrolled into view stays clear of the app's top bar. */
.st-key-result-top, .st-key-history-run-top { scroll-margin-top: 4.5rem; }
/* Containers that only hold a script take no room. */
.st-key-prompt-keys { display: none; }
/* Less empty space above the page title. */
.block-container { padding-top: 2.2rem; }
</style>
"""


def apply() -> None:
    st.html(_CSS)

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
/* Phones: thumb-sized buttons, Generate across the width, less padding around the page. */
@media (max-width: 640px) {
  .block-container { padding-left: 0.9rem; padding-right: 0.9rem; padding-top: 1.2rem; }
  .st-key-generate button, .st-key-run-code button, .st-key-refine button { min-height: 48px; min-width: 8rem; }
  [data-testid="stBaseButton-tertiary"] { min-height: 40px; }
  .st-key-examples { gap: 0.25rem; }
}
</style>
"""


def apply() -> None:
    st.html(_CSS)

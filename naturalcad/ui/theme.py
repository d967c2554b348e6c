"""The app's look: the few style touches `.streamlit/config.toml` cannot express, and the
Light / Dark / System switch.

Streamlit follows the system's colour scheme and keeps a choice made in its Settings menu in
the browser's storage, per page path, read once when the page loads. The switch stores the
person's choice in a cookie (so the server knows it on the next load and the control shows
it), writes Streamlit's own stored choice for every page of the app, and reloads the page
once so Streamlit and the viewer (`st.context.theme`) both draw in it. A reload keeps the
open run and tab (they live in the URL).
"""

from __future__ import annotations

import json

import streamlit as st

CHOICES = ("System", "Light", "Dark")
COOKIE = "naturalcad-theme"
SWITCH_KEY = "theme-switch"
PAGE_PATHS = ("", "history", "status", "eval")  # where Streamlit keeps a theme per page

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
.st-key-prompt-keys, .st-key-theme-sync { display: none; }
/* The sliders stay under the pointer while the part above them is redrawn (its version bar
   appears, its reading gets shorter): the browser's scroll anchoring may anchor only on them. */
.stMain *:not(:has(.st-key-params-block)):not(.st-key-params-block):not(.st-key-params-block *) { overflow-anchor: none; }
/* Less empty space above the page title. */
.block-container { padding-top: 2.2rem; }
/* The viewer's tools: views and the dimension toggle on one line, wrapping on a phone. */
[class*="-viewer-tools"] { flex-wrap: wrap; row-gap: 0.3rem; }
/* Phones: thumb-sized buttons, Generate across the width, less padding around the page. */
@media (max-width: 640px) {
  /* The top bar (logo, sidebar and menu buttons) is 3.75rem tall: the title starts below it. */
  .block-container { padding-left: 0.9rem; padding-right: 0.9rem; padding-top: 3.6rem; }
  .st-key-generate button, .st-key-run-code button, .st-key-refine button { min-height: 48px; min-width: 8rem; }
  [data-testid="stBaseButton-tertiary"] { min-height: 40px; }
  .st-key-examples { gap: 0.25rem; }
  [class*="-viewer-tools"] button, [class*="-viewer-section"] button { min-height: 40px; }
  /* Columns stack on a phone: a column gap meant for side by side is a hole between two sliders. */
  [data-testid="stHorizontalBlock"]:has(> [data-testid="stColumn"]) { row-gap: 0.75rem; }
  /* History: four figures two by two, and Result / Source / Family on one row, so the runs
     themselves start on the first screen, not below eight stacked boxes. */
  .st-key-history-figures [data-testid="stColumn"] {
    flex: 1 1 calc(50% - 1rem) !important; min-width: calc(50% - 1rem) !important; width: calc(50% - 1rem) !important; }
  .st-key-history-filters [data-testid="stColumn"]:is(:nth-child(2), :nth-child(3), :nth-child(4)) {
    flex: 1 1 calc(33.33% - 0.7rem) !important; min-width: calc(33.33% - 0.7rem) !important;
    width: calc(33.33% - 0.7rem) !important; }
}
</style>
"""

_SYNC = """<script>
(() => {
  const want = %s, changed = %s, pages = %s;
  const stored = (path) => `stActiveTheme-${path}-v2`;  // Streamlit's key (utils.*.js, CACHED_THEME_VERSION 2)
  const here = window.location.pathname;
  let base = here;
  for (const page of pages) { if (page && (here.endsWith("/" + page) || here.endsWith("/" + page + "/"))) {
    base = here.slice(0, here.lastIndexOf("/" + page) + 1); } }
  if (!base.endsWith("/")) { base += "/"; }
  const cookie = `%s=${want}; path=${base}; max-age=31536000; SameSite=Lax`;
  let before = null;
  try { before = window.localStorage.getItem(stored(here)); } catch (e) { return; }
  // Streamlit remembers an opened sidebar; on a phone that would cover every page loaded after
  // the person opened it once (to pick a theme, say). Below desktop width it starts closed.
  if (window.innerWidth < 768) {
    Object.keys(window.localStorage).filter((k) => k.startsWith("stSidebarCollapsed-"))
      .forEach((k) => window.localStorage.removeItem(k));
  }
  const wanted = JSON.stringify(want);
  if (!changed && document.cookie.indexOf("%s=") < 0) {
    // No choice made here yet: keep whatever Streamlit's own menu stored, and remember it.
    const adopted = before ? JSON.parse(before) : "System";
    document.cookie = cookie.replace(want, ["System", "Light", "Dark"].includes(adopted) ? adopted : "System");
    return;
  }
  document.cookie = cookie;
  for (const page of pages) {
    window.localStorage.setItem(stored(base + page), wanted);
    if (page) { window.localStorage.setItem(stored(base + page + "/"), wanted); }
  }
  window.localStorage.setItem(stored(here), wanted);
  const same = before === wanted || (before === null && want === "System");
  const last = Number(window.sessionStorage.getItem("naturalcad-theme-reload") || 0);
  if (!same && Date.now() - last > 5000 && window.localStorage.getItem(stored(here)) === wanted) {
    window.sessionStorage.setItem("naturalcad-theme-reload", String(Date.now()));  // never a reload loop
    window.location.reload();
  }
})();
</script>"""


# Dark mode's primary colour (#5b8def) reads well as text and lines on the dark page (5.7:1),
# but white button text on it is 3.2:1, under the 4.5:1 people need to read a label. Filled
# primary buttons (Generate, Download STEP, Regenerate) take the light theme's deeper blue
# (white on it is 4.7:1); everything drawn in the primary colour on the page stays as it is.
DARK_PRIMARY_FILL = "#2f6fde"
DARK_PRIMARY_HOVER = "#285fc0"
_DARK_CSS = f"""
<style>
[data-testid="stBaseButton-primary"] {{ background-color: {DARK_PRIMARY_FILL}; border-color: {DARK_PRIMARY_FILL};
  color: #ffffff; }}
[data-testid="stBaseButton-primary"]:hover, [data-testid="stBaseButton-primary"]:focus-visible {{
  background-color: {DARK_PRIMARY_HOVER}; border-color: {DARK_PRIMARY_HOVER}; color: #ffffff; }}
</style>
"""


def apply() -> None:
    st.html(_CSS)
    if getattr(st.context.theme, "type", None) == "dark":
        st.html(_DARK_CSS)


def chosen() -> str:
    """The person's choice from their cookie (System when they never chose)."""
    value = st.context.cookies.get(COOKIE) if st.context.cookies else None
    return value if value in CHOICES else "System"


def switch() -> None:
    """Light / Dark / System, where the app's settings are (the sidebar); persists in the browser."""
    saved = chosen()
    picked = st.segmented_control("Theme", CHOICES, default=saved, key=SWITCH_KEY,
                                  help="System follows your device's light or dark mode; the 3D viewer follows too.")
    want = picked if picked in CHOICES else saved
    with st.container(key="theme-sync"):  # hidden: it holds only the script
        st.html(_SYNC % (json.dumps(want), json.dumps(want != saved), json.dumps(PAGE_PATHS), COOKIE, COOKIE),
                unsafe_allow_javascript=True)

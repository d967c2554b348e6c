"""The viewer's standard views, as buttons a CAD user knows: Fit, Front, Top, Right, Iso.

Each view is a camera set where the scene is built (`preview.VIEWS`), so it works offline
and the same in every browser; Fit frames the part again in the current view (after the
person orbited or zoomed) by mounting the viewer afresh.
"""

from __future__ import annotations

import streamlit as st

VIEW_KEY = "viewer-view"
FIT_KEY = "viewer-fit"  # a counter: each Fit mounts a new viewer, framed
LABELS = {"Fit": None, "Front": "front", "Top": "top", "Right": "right", "Iso": "iso"}


def _choose() -> None:
    picked = st.session_state.get(f"{VIEW_KEY}-buttons")
    if picked == "Fit" or picked is None:
        st.session_state[FIT_KEY] = st.session_state.get(FIT_KEY, 0) + 1
    else:
        st.session_state[VIEW_KEY] = LABELS[picked]
    st.session_state[f"{VIEW_KEY}-buttons"] = None  # buttons, not a sticky choice


def view_buttons(flat: bool) -> None:
    """The row of view buttons above the viewer (a drawing is only ever seen from the top)."""
    if flat:
        return
    st.segmented_control("View", list(LABELS), key=f"{VIEW_KEY}-buttons", on_change=_choose,
                         label_visibility="collapsed", help="Standard views; Fit frames the part again.")


def current_view(flat: bool) -> str:
    return "top" if flat else st.session_state.get(VIEW_KEY, "iso")


def mount_key(run_id: str, theme: str, flat: bool) -> str:
    """A viewer key per run, theme, view and Fit press: a new key mounts a freshly framed viewer."""
    return f"viewer-{run_id}-{theme}-{current_view(flat)}-{st.session_state.get(FIT_KEY, 0)}"

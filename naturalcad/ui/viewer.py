"""The viewer's controls, as a CAD user knows them: the standard views (Fit, Front, Top, Right,
Iso), the overall dimensions (a toggle), and a section plane along X, Y or Z with a slider.

Each control changes the scene the viewer page is built from (`preview.VIEWS`,
`viewer_scene.SceneOptions`), so it works offline and the same in every browser; a change
mounts the viewer afresh, framed in the chosen view. Fit frames the part again in the current
view (after the person orbited or zoomed).
"""

from __future__ import annotations

import hashlib
import math
from collections.abc import Mapping

import streamlit as st

from .. import preview
from ..viewer_scene import MM_PER_INCH, SceneOptions, Section, grid_spacing

VIEW_KEY = "viewer-view"
FIT_KEY = "viewer-fit"  # a counter: each Fit mounts a new viewer, framed
DIMENSIONS_KEY = "viewer-dimensions"
SECTION_KEY = "viewer-section"
LABELS = {"Fit": None, "Front": "front", "Top": "top", "Right": "right", "Iso": "iso"}
SECTION_CHOICES = ("Off", "X", "Y", "Z")
HINT = ("Drag to turn the part. The wheel zooms once you click in the view (or with Ctrl held); "
        "otherwise it scrolls the page.")


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


def dimensions_toggle() -> bool:
    """Whether the overall dimensions are drawn on the model (kept while the person moves on)."""
    return bool(st.toggle("Dimensions", key=DIMENSIONS_KEY, help="Overall length, width and height on the model, "
                                                                 "in the unit the page shows."))


def section_controls(files: Mapping[str, str], run_id: str, unit: str) -> Section | None:
    """Section: Off / X / Y / Z, and where the plane cuts (a slider in the unit shown)."""
    picked = st.segmented_control("Section", SECTION_CHOICES, key=SECTION_KEY, default="Off",
                                  help="Cut the part with a plane across X, Y or Z; the cut face is shaded.")
    if picked is None or picked == "Off":
        return None
    axis = str(picked)
    try:
        bounds = preview.section_bounds(files)
    except preview.PreviewError:
        return None
    index = "XYZ".index(axis)
    low, high = bounds[2 * index], bounds[2 * index + 1]
    scale = MM_PER_INCH if unit == "in" else 1.0
    step = grid_spacing((high - low) / scale, cells=100)
    # Plane positions on the step grid strictly inside the part (at its faces nothing would be cut).
    first = (math.floor((low / scale) / step + 1e-9) + 1) * step
    last = (math.ceil((high / scale) / step - 1e-9) - 1) * step
    if last <= first:  # thinner than two steps: cut through the middle
        return Section(axis.lower(), (low + high) / 2)
    middle = round(((low + high) / 2 / scale) / step) * step
    decimals = max(0, -int(f"{step:e}".split("e")[1]))
    position = st.slider(f"Cut at {axis} =", min_value=float(first), max_value=float(last), value=float(middle),
                         step=float(step), format=f"%.{decimals}f {unit}", key=f"{SECTION_KEY}-{run_id}-{axis}-{unit}")
    return Section(axis.lower(), float(position) * scale)


def scene_options(theme: str, flat: bool, unit: str, dimensions: bool, section: Section | None) -> SceneOptions:
    return SceneOptions(theme=theme, view=current_view(flat), dimensions=dimensions, unit=unit,
                        section=None if flat else section)


def mount_key(run_id: str, theme: str, flat: bool, options: SceneOptions | None = None) -> str:
    """A viewer key per run, scene and Fit press: a new key mounts a freshly framed viewer."""
    digest = hashlib.sha1(repr(options).encode()).hexdigest()[:10] if options is not None else "plain"
    return f"viewer-{run_id}-{theme}-{current_view(flat)}-{digest}-{st.session_state.get(FIT_KEY, 0)}"

"""The thread of versions on the Generate page: Back / Forward / Undo under the title, and a
Versions tab that lists every version, opens any of them and compares two side by side.

Moving between versions only changes which run is shown (and named in the URL); the next
slider move, edit, refine or form change continues from the version shown.
"""

from __future__ import annotations

from typing import cast

import streamlit as st

from ..request import RunResult
from . import format as fmt
from . import state
from .versions import Thread, Version, compare, thread_of

THREAD = "nc_thread"  # (shown run id, Thread) for this script run: the bar and the tab share one read
COMPARE_LEFT = "compare-left"
COMPARE_RIGHT = "compare-right"


def current_thread(result: RunResult) -> Thread:
    cached = st.session_state.get(THREAD)
    if cached is not None and cached[0] == result.run_id and cached[2] == _history_mark():
        return cast("Thread", cached[1])
    thread = thread_of(result)
    st.session_state[THREAD] = (result.run_id, thread, _history_mark())
    return thread


def _history_mark() -> int:
    """Changes when a run is added or removed (the thread must then be read again)."""
    from .. import runs

    return runs.count()


def _open(run_id: str) -> None:
    """Callback: show this version; the next change continues from it."""
    found = state.load_run(run_id)
    if found is None:
        st.toast("That version is no longer in the history.", icon=":material/history_toggle_off:")
        return
    state.set_current(found)


def _step(by: int) -> None:
    """Callback: one version back or forward from the one shown when the click arrives (two quick
    clicks go two versions, not twice to the same one)."""
    shown = state.current()
    target = current_thread(shown).step(shown.run_id, by) if shown is not None else None
    if target is not None:
        _open(target.run.run_id)


def _undo() -> None:
    shown = state.current()
    target = current_thread(shown).undo_target(shown.run_id) if shown is not None else None
    if target is not None:
        _open(target.run.run_id)


def bar(result: RunResult) -> None:
    """'Version 3 of 5' with Back, Forward and Undo, under the part's title."""
    thread = current_thread(result)
    here = thread.get(result.run_id)
    if here is None or len(thread) < 2:
        return
    back, forward = thread.step(result.run_id, -1), thread.step(result.run_id, +1)
    undo = thread.undo_target(result.run_id)
    with st.container(horizontal=True, vertical_alignment="center", key="versions-bar", gap="small"):
        st.button("Back", key="version-back", icon=":material/arrow_back:", disabled=back is None, type="tertiary",
                  on_click=_step, args=(-1,), help=f"Show {fmt.untrusted(back.label)}" if back else "This is the first version.")
        st.markdown(f"**Version {here.number} of {len(thread)}**", width="content")
        st.button("Forward", key="version-forward", icon=":material/arrow_forward:", disabled=forward is None,
                  type="tertiary", on_click=_step, args=(1,),
                  help=f"Show {fmt.untrusted(forward.label)}" if forward else "This is the newest version.")
        st.button("Undo", key="version-undo", icon=":material/undo:", disabled=undo is None, type="tertiary",
                  on_click=_undo,
                  help=f"Back to v{undo.number}, the version this one continues from." if undo else None)
        if forward is not None:
            st.caption("A change now continues from this version (a new branch); the newer versions stay.")


def tab(result: RunResult) -> None:
    """Every version of the part, any of them opened with one click, and two compared."""
    thread = current_thread(result)
    st.caption("Each generate, refine, slider change, form change and code edit is a version of this part, kept in "
               "the history. Open one to continue from it; compare any two.")
    for version in reversed(thread.versions):
        _version_row(version, version.run.run_id == result.run_id)
    if len(thread) < 2:
        return
    st.markdown("**Compare two versions**")
    numbers = [v.number for v in thread.versions]
    here = thread.get(result.run_id)
    default_right = here.number if here else numbers[-1]
    default_left = (thread.undo_target(result.run_id) or thread.versions[max(0, numbers.index(default_right) - 2)])
    left_pick, right_pick = st.columns(2)
    with left_pick:
        left = st.selectbox("Version", numbers, index=numbers.index(default_left.number), key=COMPARE_LEFT,
                            format_func=lambda n: _label(thread, n))
    with right_pick:
        right = st.selectbox("with version", numbers, index=numbers.index(default_right), key=COMPARE_RIGHT,
                             format_func=lambda n: _label(thread, n))
    a, b = thread.versions[numbers.index(left)], thread.versions[numbers.index(right)]
    from .components import UNIT_KEY

    unit = st.session_state.get(UNIT_KEY) or "mm"  # the mm / in toggle beside the facts
    rows = compare(a.run, b.run, unit)

    def cell(text: str, bold: bool) -> str:
        safe = fmt.untrusted(text)
        return f"**{safe}**" if bold else safe

    with st.container(key="versions-compare"):
        st.table({"Fact": [fmt.untrusted(r.fact) for r in rows],
                  f"v{a.number}": [cell(r.left, r.differs) for r in rows],
                  f"v{b.number}": [cell(r.right, r.differs) for r in rows]},
                 border="horizontal", hide_index=True)
        differing = sum(r.differs for r in rows)
        st.caption(f"{differing} of {len(rows)} facts differ (in bold)." if differing else "The two versions' facts are the same.")


def _label(thread: Thread, number: int) -> str:
    from .components import UNIT_KEY
    from .downloads import size_text

    version = thread.versions[number - 1]
    return f"{version.label[:70]} · {size_text(version.run, st.session_state.get(UNIT_KEY) or 'mm')}"


def _version_row(version: Version, shown: bool) -> None:
    with st.container(horizontal=True, vertical_alignment="center", key=f"version-row-{version.number}"):
        text = f"**v{version.number}** · {fmt.untrusted(version.kind)}"
        if version.change:
            text += f": {fmt.untrusted(version.change)}"
        text += f" · {fmt.size_text(version.run)} · {fmt.created_text(version.run.created_at)}"
        st.markdown(text)
        if shown:
            st.badge("shown", icon=":material/visibility:", color="blue")
        else:
            st.button("Open", key=f"version-open-{version.run.run_id}", icon=":material/open_in_new:", type="tertiary",
                      on_click=_open, args=(version.run.run_id,),
                      help="Show this version; the next change continues from it.")

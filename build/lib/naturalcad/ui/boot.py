"""Make a page opened by a deep link on a fresh server run inside the app.

Streamlit still honours the legacy `pages/` folder: until the entry script has called
`st.navigation` once in the process, a first request for `/history` runs
`pages/history.py` on its own, without the entry script (no start-up, no sidebar, the
folder's file names as navigation). A page that finds itself opened that way runs the
entry script instead, which registers the real navigation and runs the page properly.
"""

from __future__ import annotations

import runpy
from pathlib import Path

APP_SCRIPT = Path(__file__).resolve().parents[2] / "streamlit_app.py"

_navigation_registered = False


def mark_navigation_registered() -> None:
    """Called by the entry script once it has set up `st.navigation`."""
    global _navigation_registered
    _navigation_registered = True


def inside_app() -> bool:
    """True when the page runs under the entry script; otherwise run that script, return False."""
    if _navigation_registered:
        return True
    runpy.run_path(str(APP_SCRIPT), run_name="__main__")
    return False

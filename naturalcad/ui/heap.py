"""Keep Python's full garbage collections off the path from a click to the part on screen.

Streamlit runs a full collection (`gc.collect(2)`) after every script run, and a Generate
takes two: the run that waits for the job and the run that draws its part, with a
collection between them. In this process a full collection walks some 390 000 objects
(the modules of Streamlit, pyvista, VTK, trame, numpy …) and took 0.5–1.2 s on the shared
2-core machine, holding the GIL, so the new part waited for it on every click.

Those objects live as long as the process. Once start-up has loaded them (and once the
first run has imported what a run needs), what survives a collection is moved to the
permanent generation (`gc.freeze()`): later collections, Streamlit's and Python's own,
walk only what pages and runs made since. Freezing is done a fixed number of times per
process, so nothing made by sessions later is ever pinned.
"""

from __future__ import annotations

import gc
import logging
import threading

log = logging.getLogger("naturalcad.ui")

_done: set[str] = set()
_lock = threading.Lock()


def freeze(moment: str) -> int:
    """Collect, then freeze what survived; once per `moment` ("start-up", "first run").

    Returns how many objects are frozen in all (0 when this moment was frozen already)."""
    with _lock:
        if moment in _done:
            return 0
        _done.add(moment)
        gc.collect()
        gc.freeze()
        frozen = gc.get_freeze_count()
    log.info("heap frozen after %s: %d objects", moment, frozen)
    return frozen


def unfrozen_objects() -> int:
    """How many objects a full collection would walk now (what the freeze left out)."""
    return len(gc.get_objects())

"""Refine twice in one process: the package's `refine` must stay the function.

(The follow-up module used to be `templates/refine.py`; importing it rebound the package
attribute `refine` to the module, so every second offline refine in a server failed.)
"""

from __future__ import annotations

from naturalcad import pipeline
from naturalcad.request import Request


def test_two_offline_refines_in_a_row(settings):
    first = pipeline.run(Request("plate 100 x 60 x 5 mm with 4 corner holes", offline=True), settings=settings)
    assert first.success, first.error
    thicker = pipeline.refine(first, "make it 3 mm thicker", settings=settings, offline=True)
    assert thicker.success, thicker.error
    assert sorted(thicker.geometry["extents"])[0] == 8.0
    more_holes = pipeline.refine(thicker, "use 6 holes", settings=settings, offline=True)
    assert more_holes.success, more_holes.error
    assert more_holes.geometry["holes"] == 6 and more_holes.parent_run_id == thicker.run_id
    assert callable(__import__("naturalcad.sources.templates", fromlist=["refine"]).refine)

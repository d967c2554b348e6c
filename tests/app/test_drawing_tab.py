"""The Drawing tab: make the open run's drawing, see the sheet, download PDF/SVG/DXF."""

from __future__ import annotations

from pathlib import Path

import pytest

from naturalcad.config import get_settings
from naturalcad.history import HistoryStore
from naturalcad.ui import state

from .conftest import no_exceptions, open_tab

PLATE = "plate 120 x 80 x 6 mm with four 8 mm corner holes"


@pytest.mark.slow
def test_drawing_tab_makes_shows_and_offers_the_sheet(app):
    app.text_area(key="prompt").input(PLATE)
    at = app.button(key="generate").click().run()
    no_exceptions(at)
    before = at.session_state[state.CURRENT]
    assert before.success and "drawing_svg" not in before.artifacts  # an ordinary run draws nothing
    at = open_tab(at, "Drawing")
    assert at.button(key="current-make-drawing").label == "Make drawing"
    at = at.button(key="current-make-drawing").click().run()
    no_exceptions(at)
    after = at.session_state[state.CURRENT]
    assert after.run_id == before.run_id
    svg = Path(after.artifacts["drawing_svg"])
    assert svg.is_file() and "4x Ø8 THRU" in svg.read_text(encoding="utf-8")
    assert Path(after.artifacts["drawing_pdf"]).read_bytes().startswith(b"%PDF")
    # the sheet is on the page, with its three downloads
    assert [e for e in at.get("imgs")] + [e for e in at.get("image")], "the sheet is shown"
    keys = {b.key for b in at.get("download_button")}
    assert {"current-dl-drawing_pdf", "current-dl-drawing_svg", "current-dl-drawing_dxf"} <= keys
    # kept with the run: history has the drawing, so reopening the run shows it
    stored = HistoryStore.for_settings(get_settings()).get(before.run_id)
    assert stored is not None and stored.artifacts["drawing_pdf"] == after.artifacts["drawing_pdf"]
    at = at.run()  # the next run of the page still shows it, and offers to draw it again
    no_exceptions(at)
    assert [e for e in at.get("imgs")] + [e for e in at.get("image")]
    assert at.button(key="current-make-drawing").label == "Make the drawing again"

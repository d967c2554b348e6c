"""Text engraving works inside the sandbox: fonts are indexed before the lock-down."""

from __future__ import annotations

import pytest

from naturalcad import pipeline

ENGRAVED = """\
from build123d import *

plate = Box(40, 20, 4, align=(Align.CENTER, Align.CENTER, Align.MIN))
label = Pos(0, 0, 4) * extrude(Text("NC", 8), -1)
result = plate - label
"""


def test_engraved_text_builds_behind_every_wall(settings):
    result = pipeline.run_code(ENGRAVED, settings=settings)
    assert result.success, result.error
    assert result.geometry["extents"] == pytest.approx([40, 20, 4])
    # Engraving removes material: less than the plain 3200 mm³ plate, but not much.
    assert 3000 < result.geometry["volume"] < 3200
    assert "landlock" in result.sandbox and "seccomp" in result.sandbox

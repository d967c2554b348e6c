"""Run template scripts the way users' scripts run: guard + sandbox via pipeline.run_code."""

from __future__ import annotations

import pytest

from naturalcad import config
from naturalcad.pipeline import run_code


@pytest.fixture(scope="module")
def sandbox(tmp_path_factory):
    """A function code -> RunResult, through the real guard and sandbox (no trusted path)."""
    made = config.load_settings({
        "NATURALCAD_DATA_DIR": str(tmp_path_factory.mktemp("templates-data")),
        "NATURALCAD_EXEC_TIMEOUT_SECONDS": "60",
    })

    def run(code: str, output_type: str = "3d_solid"):
        config.set_settings(made)
        try:
            return run_code(code, output_type, settings=made, source="template")
        finally:
            config.set_settings(None)

    return run

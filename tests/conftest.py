"""Shared fixtures: a throw-away data directory per test and the process-wide worker."""

from __future__ import annotations

import pytest

from naturalcad import config
from naturalcad.sandbox.runner import get_worker


@pytest.fixture
def settings(tmp_path):
    """Settings with a fresh data dir; installed as the process-wide settings for the test."""
    made = config.load_settings({"NATURALCAD_DATA_DIR": str(tmp_path / "data"), "NATURALCAD_EXEC_TIMEOUT_SECONDS": "20"})
    config.set_settings(made)
    yield made
    config.set_settings(None)


@pytest.fixture(scope="session", autouse=True)
def _stop_worker_at_exit():
    yield
    get_worker().stop()

"""Shared fixtures: a throw-away data directory per test and the process-wide worker."""

from __future__ import annotations

from pathlib import Path

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


# Under `pytest -n auto --dist loadgroup` (scripts/check.sh) each worker is its own session, so a
# session- or module-scoped server would start once per worker that gets one of its tests. These
# tests share one (a browser app, a Postgres + PostgREST stack, a backend per module), so each
# group runs on one worker: one server each, and tests that read what an earlier test left in
# that server's history see it. Keys are paths under tests/; a trailing "/" means the folder.
_SHARED_SERVER_GROUPS = {
    "e2e/": "e2e",  # one `streamlit run` + chromium per session (tests/e2e/conftest.py)
    "shared_history/": "db",  # one Postgres + PostgREST per session (tests/shared_history/conftest.py)
}
_MODULE_SERVER_DIRS = ("server/",)  # a FastAPI backend per module (tests/server/conftest.py)
_MODULE_SERVER_FILES = ("drawing/test_drawings.py", "security/test_adversarial.py")


def xdist_group_for(relative: str) -> str | None:
    """The xdist group of a test file, by its path under tests/ ("/"-separated), or None."""
    for prefix, group in _SHARED_SERVER_GROUPS.items():
        if relative.startswith(prefix):
            return group
    if relative.startswith(_MODULE_SERVER_DIRS) or relative in _MODULE_SERVER_FILES:
        return relative.removesuffix(".py")
    return None


def run_order(slow: bool, group: str | None) -> int:
    """Where a test goes in the run (a stable sort key): slow tests outside a group first.

    xdist hands out work in collection order (groups first, the biggest first); the whole-set
    scoring tests sort late by name, so they started last and one worker ran them alone at the
    end. Sent first, they run while the short tests fill in around them. A group's tests keep
    their order (they may read what an earlier one left in their shared server)."""
    return 0 if slow and group is None else 1


@pytest.hookimpl(tryfirst=True)  # before xdist's own hook, which reads the marks into node ids
def pytest_collection_modifyitems(config, items):
    tests_dir = Path(__file__).parent
    order = {}
    for item in items:
        try:
            relative = item.path.relative_to(tests_dir).as_posix()
        except ValueError:
            continue
        group = xdist_group_for(relative)
        if group is not None:
            item.add_marker(pytest.mark.xdist_group(group))
        order[item.nodeid] = run_order(item.get_closest_marker("slow") is not None, group)
    items.sort(key=lambda item: order.get(item.nodeid, 1))  # stable: the rest keep their order

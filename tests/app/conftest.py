"""AppTest fixtures: the real entry script, a fresh data directory, offline generation.

AppTest runs the app in this process, so it shares the sandbox worker with the rest of
the suite; every test gets its own data directory through the `settings` fixture.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from naturalcad import pipeline
from naturalcad.request import Request, RunResult

ROOT = Path(__file__).resolve().parents[2]
APP = str(ROOT / "streamlit_app.py")
TIMEOUT = 90  # the first run in a process waits for the build123d worker


@pytest.fixture
def app(settings) -> AppTest:
    """The app at its start page (Generate), run once."""
    at = AppTest.from_file(APP, default_timeout=TIMEOUT)
    return at.run()


@pytest.fixture
def open_app(settings):
    """Open the app on a page, optionally with query parameters (e.g. ?run=<id>)."""

    def opener(page: str | None = None, **query: str) -> AppTest:
        at = AppTest.from_file(APP, default_timeout=TIMEOUT)
        for name, value in query.items():
            at.query_params[name] = value
        if page:
            at.switch_page(page)
        return at.run()

    return opener


@pytest.fixture
def made_run(settings) -> RunResult:
    """One successful offline run in history, made without the UI."""
    result = pipeline.run(Request("box 60 x 40 x 20 mm", offline=True))
    assert result.success, result.error
    return result


def texts(elements) -> list[str]:
    return [str(e.value) for e in elements]


def labels(elements) -> list[str]:
    return [e.label for e in elements]


def no_exceptions(at: AppTest) -> None:
    assert not at.exception, [e.value for e in at.exception]


def open_tab(at, label: str):
    """Open a result tab as a click would: only the open tab is drawn (its label goes in `?tab=`)."""
    at.session_state["tab"] = label
    return at.run()

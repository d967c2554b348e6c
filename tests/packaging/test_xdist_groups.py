"""The xdist groups that keep tests sharing one server on one worker (tests/conftest.py)."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import (
    _MODULE_SERVER_DIRS,
    _MODULE_SERVER_FILES,
    _SHARED_SERVER_GROUPS,
    run_order,
    xdist_group_for,
)

TESTS = Path(__file__).resolve().parents[1]


def test_every_grouped_path_exists():
    """A renamed folder or file would silently fall out of its group (and start a second server)."""
    for path in [*_SHARED_SERVER_GROUPS, *_MODULE_SERVER_DIRS, *_MODULE_SERVER_FILES]:
        assert (TESTS / path).exists(), path


def test_browser_and_database_tests_share_one_group_each():
    assert xdist_group_for("e2e/test_app_in_browser.py") == xdist_group_for("e2e/test_eval_page.py") == "e2e"
    assert xdist_group_for("shared_history/test_outbox.py") == xdist_group_for("shared_history/test_pages.py") == "db"


def test_module_servers_group_by_module_and_the_rest_spread():
    assert xdist_group_for("server/test_server.py") == "server/test_server"
    assert xdist_group_for("server/test_client.py") == "server/test_client"
    assert xdist_group_for("drawing/test_drawings.py") == "drawing/test_drawings"
    assert xdist_group_for("drawing/test_features.py") is None
    assert xdist_group_for("sandbox/test_guard.py") is None


def test_slow_tests_outside_a_group_are_sent_first_and_groups_keep_their_order():
    assert run_order(slow=True, group=None) < run_order(slow=False, group=None)
    # a slow browser test stays among its group's tests (they share one server, in order)
    assert run_order(slow=True, group="e2e") == run_order(slow=False, group="e2e") == run_order(slow=False, group=None)

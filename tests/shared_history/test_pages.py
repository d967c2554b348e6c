"""History's shared view and the Status card for Supabase, through AppTest, against the
real PostgREST + Postgres and the Storage test double."""

from __future__ import annotations

import base64
import io
import uuid

import httpx
import pytest
from PIL import Image
from streamlit.testing.v1 import AppTest

from naturalcad import supabase
from naturalcad.ui import shared_history as shared_view

from .helpers import BROKEN, count, rows, run_cube, wait_for
from .stack import ROOT

pytestmark = [pytest.mark.db, pytest.mark.slow]

APP = str(ROOT / "streamlit_app.py")
HISTORY, STATUS = "pages/history.py", "pages/status.py"
TIMEOUT = 90


def _open(page: str) -> AppTest:
    at = AppTest.from_file(APP, default_timeout=TIMEOUT)
    at.switch_page(page)
    return at.run()


def _ok(at: AppTest) -> None:
    assert not at.exception, [e.value for e in at.exception]


@pytest.fixture
def two_deployments(stack, shared_settings):
    """A run here, and a good and a failed run from another deployment (its own data directory)."""
    other = shared_settings.with_overrides(deployment_name=f"modal-{uuid.uuid4().hex[:6]}",
                                           data_dir=shared_settings.data_dir.parent / "modal")
    here = run_cube(shared_settings, prompt="cube made on the laptop")
    there = run_cube(other, prompt="cube made on the backend")
    failed = run_cube(other, BROKEN, prompt="a script that fails on the backend")
    for run in (here, there, failed):
        wait_for(lambda run=run: count(stack, run.run_id) == 1, what=f"row {run.run_id}")
    for run in (here, there):
        wait_for(lambda run=run: rows(stack, f"run_id = '{run.run_id}'")[0]["thumbnail"], what="its thumbnail")
    shared_view._thumbnail_uri.cache_clear()
    return here, there, failed, other.deployment_name


def test_history_shows_every_deployment_with_thumbnails_from_storage(stack, bucket, shared_settings, two_deployments):
    here, there, failed, backend = two_deployments
    at = _open(HISTORY)
    _ok(at)
    assert any("Shared history from Supabase" in c.value for c in at.caption)
    assert at.segmented_control(key=shared_view.VIEW_KEY).value == shared_view.SHARED
    table = at.dataframe[0].value
    ids = list(table["run_id"])
    assert {here.run_id, there.run_id, failed.run_id} <= set(ids)
    assert ids.index(failed.run_id) < ids.index(there.run_id) < ids.index(here.run_id)  # newest first
    deployment = dict(zip(table["run_id"], table["deployment"], strict=True))
    assert deployment[there.run_id] == backend and deployment[here.run_id] == shared_settings.deployment_name
    # The backend's run is not on this machine: its picture can only have come from Storage.
    picture = dict(zip(table["run_id"], table["thumbnail"], strict=True))
    assert picture[there.run_id].startswith("data:image/png;base64,")
    with Image.open(io.BytesIO(base64.b64decode(picture[there.run_id].split(",", 1)[1]))) as shown:
        stored = stack.storage.state.objects[(bucket, f"runs/{there.run_id}/thumbnail.png")].data
        with Image.open(io.BytesIO(stored)) as original:
            assert shown.size[0] <= 96 and shown.size[1] <= 72
            assert abs(shown.size[0] / shown.size[1] - original.size[0] / original.size[1]) < 0.05
    assert picture[failed.run_id].startswith("data:image/svg+xml")  # a failed run has no picture


def test_the_shared_view_filters_like_the_local_one(two_deployments):
    here, there, failed, backend = two_deployments
    at = _open(HISTORY)
    at.selectbox(key="hist-deployment").select(backend).run()
    _ok(at)
    assert set(at.dataframe[0].value["run_id"]) >= {there.run_id, failed.run_id}
    assert here.run_id not in set(at.dataframe[0].value["run_id"])
    at.selectbox(key="hist-success").select("Failed").run()
    assert list(at.dataframe[0].value["run_id"]) == [failed.run_id]
    at.selectbox(key="hist-success").select("All").run()
    at.text_input(key="hist-text").input("made on the backend").run()
    assert list(at.dataframe[0].value["run_id"]) == [there.run_id]
    at.text_input(key="hist-text").input("no such part anywhere").run()
    assert any("No shared runs match" in i.value for i in at.info)


def test_a_shared_run_opens_with_its_deployment_and_signed_file_links(two_deployments):
    _, there, _, backend = two_deployments
    at = AppTest.from_file(APP, default_timeout=TIMEOUT)
    at.query_params["run"] = there.run_id  # a link from a teammate on another deployment
    at.switch_page(HISTORY)
    at.run()
    _ok(at)
    assert at.subheader[0].value == "cube made on the backend"
    assert any(backend in c.value for c in at.caption)
    links = {b.label: b.proto.url for b in at.get("link_button")}
    assert set(links) >= {"Download STEP", "Download STL", "Download GLB"}
    step = httpx.get(links["Download STEP"])  # signed: no key needed
    assert step.status_code == 200 and step.content.startswith(b"ISO-10303-21")
    assert any("Box(" in c.value for c in at.code)


def test_a_link_to_a_run_not_in_the_shared_history_says_so(two_deployments):
    at = AppTest.from_file(APP, default_timeout=TIMEOUT)
    at.query_params["run"] = "20261201-000000-nosuch"
    at.switch_page(HISTORY)
    at.run()
    _ok(at)
    assert any("not in the shared history" in w.value for w in at.warning)


def test_this_machine_view_is_one_click_away(two_deployments):
    here, there, _, _ = two_deployments
    at = _open(HISTORY)
    at.segmented_control(key=shared_view.VIEW_KEY).set_value(shared_view.LOCAL).run()
    _ok(at)
    assert any("Every run on this machine" in c.value for c in at.caption)
    ids = set(at.dataframe[0].value["run_id"])
    assert here.run_id in ids and there.run_id not in ids


def test_history_falls_back_to_this_machine_when_supabase_is_away(stack, shared_settings, postgrest_back):
    here = run_cube(shared_settings, prompt="cube before the outage")
    wait_for(lambda: count(stack, here.run_id) == 1, what="the row")
    stack.postgrest.stop()
    at = _open(HISTORY)
    _ok(at)
    assert any("shared history could not be read" in w.value for w in at.warning)
    assert here.run_id in set(at.dataframe[0].value["run_id"])  # the local view, still complete


def test_status_shows_the_outbox_depth_and_last_delivery(stack, shared_settings, postgrest_back):
    first = run_cube(shared_settings, prompt="delivered cube")
    wait_for(lambda: count(stack, first.run_id) == 1, what="the row")
    at = _open(STATUS)
    _ok(at)
    metrics = {m.label: m.value for m in at.metric}
    assert metrics["Outbox"] == "0 waiting" and metrics["Delivered"] == "1"
    assert any(first.run_id in m.value and "ago" in m.value for m in at.markdown)

    stack.postgrest.stop()
    waiting = [run_cube(shared_settings, prompt=f"cube in the outage {n}") for n in range(2)]
    wait_for(lambda: supabase.status(shared_settings).last_error, what="a failed try")
    at = _open(STATUS)
    metrics = {m.label: m.value for m in at.metric}
    assert metrics["Outbox"] == "2 waiting"
    assert any("2 runs wait for Supabase" in w.value and "naturalcad sync" in w.value for w in at.warning)
    stack.postgrest.start()
    assert supabase.drain(shared_settings).remaining == 0
    at = _open(STATUS)
    metrics = {m.label: m.value for m in at.metric}
    assert metrics["Outbox"] == "0 waiting" and metrics["Delivered"] == "3"
    assert supabase.status(shared_settings).last_delivered_run_id in {w.run_id for w in waiting}
    assert not at.warning or all("wait for Supabase" not in w.value for w in at.warning)

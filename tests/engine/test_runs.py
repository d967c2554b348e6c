"""Runs are never left running: cancel kills the job, a newer job supersedes, rows are reconciled."""

from __future__ import annotations

import time
from pathlib import Path

from naturalcad import pipeline, runs
from naturalcad.history import HistoryStore
from naturalcad.request import Request, RunResult
from naturalcad.sandbox.limits import Limits
from naturalcad.sandbox.runner import CancelToken, get_worker, run_in_sandbox

SPIN = "from build123d import *\nn = 0\nwhile True:\n    n += 1\nresult = Box(1, 1, 1)\n"
BOX = "from build123d import *\nwidth = 30.0  # mm\nresult = Box(width, 20, 10)\n"


def _children(pid: int) -> set[int]:
    try:
        text = Path(f"/proc/{pid}/task/{pid}/children").read_text()
    except OSError:
        return set()
    return {int(p) for p in text.split()}


def _wait_for_stage(job: runs.Job, words: str, timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while words not in job.stage and job.running and time.monotonic() < deadline:
        time.sleep(0.02)
    assert words in job.stage, job.stage


def test_cancel_kills_the_sandbox_child_and_records_cancelled(settings):
    job = runs.start("session-a", "code", lambda on_stage: pipeline.run_code(SPIN, on_stage=on_stage, check_prompt=False))
    _wait_for_stage(job, "Running build123d")
    worker = get_worker()
    deadline = time.monotonic() + 10
    while not _children(worker.pid) and time.monotonic() < deadline:
        time.sleep(0.02)
    assert _children(worker.pid), "the spinning job runs as a child of the worker"
    cancelled_at = time.monotonic()
    assert runs.cancel(job.job_id)
    assert job.wait(5.0), "a cancelled job ends at once, not at its 20 s limit"
    assert time.monotonic() - cancelled_at < 3.0
    assert job.result is not None and job.result.error_kind == "cancelled" and not job.result.success
    assert not _children(worker.pid), "the job's child was killed"
    assert HistoryStore.for_settings(settings).statuses() == {"cancelled": 1}
    row = runs.get_run(job.result.run_id)
    assert row is not None and row.error_kind == "cancelled"


def test_a_newer_job_from_the_same_session_supersedes_the_running_one(settings):
    first = runs.start("session-b", "code", lambda on_stage: pipeline.run_code(SPIN, on_stage=on_stage, check_prompt=False))
    _wait_for_stage(first, "Running build123d")
    second = runs.start("session-b", "code", lambda on_stage: pipeline.run_code(BOX, on_stage=on_stage, check_prompt=False))
    assert first.wait(5.0) and first.result is not None and first.result.error_kind == "cancelled"
    assert second.wait(60.0) and second.result is not None and second.result.success
    assert second.result.geometry["extents"] == [30.0, 20.0, 10.0]
    assert HistoryStore.for_settings(settings).statuses() == {"cancelled": 1, "done": 1}


def test_other_sessions_jobs_are_not_superseded(settings):
    mine = runs.start("session-c", "code", lambda on_stage: pipeline.run_code(BOX, on_stage=on_stage, check_prompt=False))
    theirs = runs.start("session-d", "code", lambda on_stage: pipeline.run_code(BOX, on_stage=on_stage, check_prompt=False))
    assert mine.wait(60.0) and theirs.wait(60.0)
    assert mine.result.success and theirs.result.success


def test_a_slider_burst_collapses_to_the_last_value(settings):
    base = pipeline.run_code(BOX, check_prompt=False)
    assert base.success
    jobs = [runs.start("session-e", "params",
                       lambda on_stage, w=w: pipeline.rerun_with_params(base, {"width": w}, on_stage=on_stage), delay=0.3)
            for w in (31.0, 32.0, 33.0, 34.0, 35.0)]
    assert all(job.wait(60.0) for job in jobs)
    assert [job.result.error_kind for job in jobs[:-1]] == ["cancelled"] * 4
    assert jobs[-1].result.success and jobs[-1].result.geometry["extents"][0] == 35.0
    # The in-between values never started: only the base run and the last value have rows.
    assert HistoryStore.for_settings(settings).statuses() == {"done": 2}


def test_a_newer_request_supersedes_a_settling_slider_job_before_the_next_job_starts(settings):
    """The widget callback cancels at once: however long the page then takes to start the next
    job, the superseded value never builds (no row, its body never ran)."""
    ran: list[float] = []
    job = runs.start("session-s", "params", lambda on_stage: ran.append(1.0) or pipeline.run_code(BOX, check_prompt=False),
                     delay=0.3)
    other = runs.start("session-t", "params", lambda on_stage: pipeline.run_code(BOX, check_prompt=False), delay=0.3)
    assert runs.supersede("session-s", "params") == 1
    time.sleep(0.6)  # longer than the settle time: a page slow to start its next job
    assert job.wait(5.0) and job.result is not None and job.result.error_kind == "cancelled"
    assert ran == []
    assert other.wait(60.0) and other.result is not None and other.result.success  # another tab's job is untouched
    assert runs.supersede("session-s", "params") == 0  # nothing left running
    assert HistoryStore.for_settings(settings).statuses() == {"done": 1}


def test_reconcile_marks_rows_whose_job_is_gone_and_keeps_live_ones(settings):
    store = HistoryStore.for_settings(settings)
    gone = RunResult(run_id="20261201-000000-gone0001", prompt="plate")
    store.begin(gone)
    store.forget(gone.run_id)  # its thread was stopped without finishing the row
    live = RunResult(run_id="20261201-000000-live0001", prompt="plate")
    store.begin(live)
    assert runs.reconcile(settings) == 1
    assert store.statuses() == {"interrupted": 1, "running": 1}
    stale = runs.get_run(gone.run_id)
    assert stale is not None and not stale.success and "stopped before it finished" in (stale.error or "")
    store.finish(live)
    assert store.statuses() == {"interrupted": 1, "done": 1}


def test_a_refused_prompt_is_recorded_refused_not_failed(settings):
    result = pipeline.run(Request("", offline=True))
    assert result.error_kind == "request"
    assert HistoryStore.for_settings(settings).statuses() == {"refused": 1}


def test_run_in_sandbox_with_a_cancelled_token_does_not_start(tmp_path):
    token = CancelToken()
    token.cancel()
    before = _children(get_worker().pid) if get_worker().pid else set()
    outcome = run_in_sandbox(BOX, tmp_path, "3d_solid", Limits(20, 2048, 50), cancel=token)
    assert outcome["error_kind"] == "cancelled" and not outcome["ok"]
    assert not any(tmp_path.iterdir()), "nothing ran, nothing was written"
    assert (_children(get_worker().pid) if get_worker().pid else set()) == before


def test_delete_removes_row_and_files(settings):
    made = pipeline.run_code(BOX, check_prompt=False)
    directory = Path(made.artifacts["step"]).parent
    assert directory.is_dir()
    assert runs.delete_run(made.run_id)
    assert runs.get_run(made.run_id) is None and not directory.exists()
    assert not runs.delete_run(made.run_id)


def _quick(name: str):
    return lambda on_stage: RunResult(run_id=name, success=True)


def _cancelled(on_stage):
    raise runs.RunCancelled(runs.CANCELLED_ERROR)


def test_a_reload_picks_up_the_newest_job_of_its_page_even_when_the_url_names_an_older_one(settings):
    """The reload race: the URL still named the cancelled job; the run in flight was dropped."""
    old = runs.start("page-before-reload", "code", _cancelled)
    assert old.wait(5) and old.result is not None and old.result.error_kind == "cancelled"
    old.collected = True  # the page showed "Cancelled."; the URL kept its id
    newer = runs.start("page-before-reload", "code", _quick("new-run"))
    picked = runs.pick_up(old.job_id, "page-after-reload")
    assert picked is newer and picked.session == "page-after-reload"
    assert newer.wait(5) and newer.result is not None and newer.result.run_id == "new-run"


def test_a_page_does_not_pick_up_its_own_collected_job_again_nor_a_gone_one(settings):
    job = runs.start("page-a", "code", _quick("shown"))
    assert job.wait(5)
    job.collected = True
    assert runs.pick_up(job.job_id, "page-a") is None  # its stale ?job= after it showed the part
    assert runs.pick_up(job.job_id, "page-a-reloaded") is job  # a reload shows the part again
    failed = runs.start("page-b", "code", _cancelled)
    assert failed.wait(5)
    failed.collected = True
    assert runs.pick_up(failed.job_id, "page-b-reloaded") is None  # "Cancelled." was said once
    assert runs.pick_up("no-such-job", "page-c") is None

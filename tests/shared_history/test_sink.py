"""Runs copied to the shared history: real runs, real PostgREST + Postgres, Storage double."""

from __future__ import annotations

import hashlib
import json
import uuid
from pathlib import Path

import httpx
import pytest

from naturalcad import __main__ as cli
from naturalcad import config, pipeline, supabase
from naturalcad.request import Request

from .helpers import BROKEN, count, rows, run_cube, wait_for

pytestmark = [pytest.mark.db, pytest.mark.slow]


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def test_a_finished_run_arrives_with_its_fields_and_files(stack, shared_settings):
    result = pipeline.run(Request("box 60 x 40 x 20 mm", offline=True), settings=shared_settings)
    assert result.success and result.warnings == []
    wait_for(lambda: count(stack, result.run_id) == 1, what="the row in Supabase")
    [row] = rows(stack, f"run_id = '{result.run_id}'")
    assert row["deployment"] == shared_settings.deployment_name
    assert row["prompt"] == "box 60 x 40 x 20 mm" and row["source"] == "template" and row["mode"] == "part"
    assert row["family"] == result.family and row["output_type"] == "3d_solid"
    assert row["success"] is True and row["error"] is None and row["attempts"] == result.attempts
    assert sorted(row["geometry"]["extents"]) == [20.0, 40.0, 60.0]
    assert row["geometry"]["volume"] == pytest.approx(48000.0)
    assert row["params"] == json.loads(json.dumps(result.params))
    assert row["notices"] == result.notices and row["parent_run_id"] is None
    assert row["runtime_seconds"] == pytest.approx(result.runtime_seconds)
    assert row["created_at"].startswith(result.created_at[:19])
    assert "Box(" in row["code"] or "box" in row["code"].lower()
    assert supabase.outbox_for(shared_settings).depth() == 0
    state = supabase.status(shared_settings)
    assert state.last_delivered_run_id == result.run_id and state.last_delivery_at is not None


def test_files_are_uploaded_under_the_run_and_their_urls_recorded(stack, shared_settings, bucket):
    result = run_cube(shared_settings)
    assert result.success
    wait_for(lambda: count(stack, result.run_id) == 1, what="the row")
    [row] = rows(stack, f"run_id = '{result.run_id}'")
    assert set(row["artifacts"]) == set(result.artifacts) == {"step", "stl", "glb"}
    for fmt, local in result.artifacts.items():
        entry = row["artifacts"][fmt]
        data = Path(local).read_bytes()
        assert entry["path"] == f"runs/{result.run_id}/{Path(local).name}"
        assert entry["bytes"] == len(data) and entry["bucket"] == bucket
        stored = stack.storage.state.objects[(bucket, entry["path"])]
        assert _sha(stored.data) == _sha(data)
        # The bucket is private: the recorded URL needs a key, and works with one.
        assert entry["url"] == f"{stack.url}/storage/v1/object/authenticated/{bucket}/{entry['path']}"
        assert httpx.get(entry["url"]).status_code in (400, 401, 403)
        fetched = httpx.get(entry["url"], headers={"Authorization": f"Bearer {stack.service_key}",
                                                   "apikey": stack.service_key})
        assert fetched.status_code == 200 and _sha(fetched.content) == _sha(data)
    assert row["geometry"]["volume"] == pytest.approx(1728.0)
    assert stack.service_key not in json.dumps(row)
    # No page made a thumbnail for this CLI-style run: the drainer renders one after the row is in.
    wait_for(lambda: rows(stack, f"run_id = '{result.run_id}'")[0]["thumbnail"], what="the thumbnail")
    [row] = rows(stack, f"run_id = '{result.run_id}'")
    assert row["thumbnail"]["path"] == f"runs/{result.run_id}/thumbnail.png"
    png = stack.storage.state.objects[(bucket, row["thumbnail"]["path"])]
    assert png.data[:8] == b"\x89PNG\r\n\x1a\n" and png.content_type == "image/png"
    assert png.data == (Path(result.artifacts["stl"]).parent / "thumbnail.png").read_bytes()


def test_a_public_bucket_records_urls_anyone_can_fetch(stack, shared_settings, bucket):
    stack.storage.state.buckets[bucket] = True
    supabase._bucket_public.clear()
    try:
        result = run_cube(shared_settings)
        wait_for(lambda: count(stack, result.run_id) == 1, what="the row")
        [row] = rows(stack, f"run_id = '{result.run_id}'")
        url = row["artifacts"]["step"]["url"]
        assert url == f"{stack.url}/storage/v1/object/public/{bucket}/runs/{result.run_id}/model.step"
        assert httpx.get(url).content == Path(result.artifacts["step"]).read_bytes()
    finally:
        stack.storage.state.buckets[bucket] = False
        supabase._bucket_public.clear()


def test_a_failed_run_is_shared_too(stack, shared_settings):
    result = run_cube(shared_settings, BROKEN, prompt="a broken script")
    assert not result.success and result.error
    wait_for(lambda: count(stack, result.run_id) == 1, what="the failed run's row")
    [row] = rows(stack, f"run_id = '{result.run_id}'")
    assert row["success"] is False and row["error"] == result.error and row["artifacts"] == {}


def test_postgrest_down_runs_succeed_the_outbox_grows_and_drains_without_duplicates(
        stack, shared_settings, postgrest_back, capsys):
    stack.postgrest.stop()
    results = [run_cube(shared_settings, prompt=f"a 12 mm cube made during the outage, run {'abc'[n]}") for n in range(3)]
    assert all(r.success and r.warnings == [] for r in results)
    box = supabase.outbox_for(shared_settings)
    assert box.depth() == 3
    wait_for(lambda: supabase.status(shared_settings).last_error, what="a failed delivery")
    assert "Supabase" in supabase.status(shared_settings).last_error
    assert all(count(stack, r.run_id) == 0 for r in results)

    assert cli.main(["sync", "--out", str(shared_settings.data_dir), "--json"]) == 1  # still down: says so
    report = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    assert report["pending"] == 3 and report["delivered"] == 0 and report["error"]

    stack.postgrest.start()
    assert cli.main(["sync", "--out", str(shared_settings.data_dir), "--json"]) == 0
    report = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    assert report["pending"] == 0 and report["success"] is True
    assert [count(stack, r.run_id) for r in results] == [1, 1, 1]
    assert box.depth() == 0

    # Delivering the same run again (say its outbox entry outlived a crash) replaces, never duplicates.
    again = supabase.delivery_for(shared_settings, results[0])
    supabase.deliver(shared_settings, again)
    assert count(stack, results[0].run_id) == 1
    assert cli.main(["sync", "--out", str(shared_settings.data_dir)]) == 0  # empty: exit 0


def test_the_background_drainer_delivers_when_postgrest_is_back(stack, shared_settings, postgrest_back):
    stack.postgrest.stop()
    result = run_cube(shared_settings, prompt="cube delivered later")
    assert result.success
    box = supabase.outbox_for(shared_settings)
    wait_for(lambda: box.claim(limit=1, now=0, due_only=False) and box.status().last_error, what="a failed try")
    stack.postgrest.start()
    wait_for(lambda: count(stack, result.run_id) == 1, timeout=30, what="delivery after the outage")
    assert box.depth() == 0


def test_supabase_unreachable_keeps_runs_in_the_outbox(stack, shared_settings, tmp_path, capsys):
    away = shared_settings.with_overrides(supabase_url="http://127.0.0.1:9")  # discard port: nothing listens
    config.set_settings(away)
    result = run_cube(away, prompt="cube with Supabase away")
    assert result.success and result.warnings == []
    assert supabase.outbox_for(away).depth() == 1
    assert cli.main(["sync", "--out", str(away.data_dir)]) == 1
    out = capsys.readouterr().out
    assert "1 still in the outbox" in out and "could not be reached" in out


def test_an_anon_key_reads_but_never_queues(stack, shared_settings):
    reader = shared_settings.with_overrides(supabase_key=stack.anon_key)
    assert not supabase.writes(reader) and supabase.writes(shared_settings)
    result = run_cube(reader, prompt="cube from a read-only deployment")
    assert result.success
    assert supabase.outbox_for(reader).depth() == 0


def test_history_shared_lists_every_deployment_with_filters(stack, shared_settings, capsys):
    backend = f"modal-{uuid.uuid4().hex[:6]}"
    other = shared_settings.with_overrides(deployment_name=backend,
                                           data_dir=shared_settings.data_dir.parent / "other")
    mine = run_cube(shared_settings, prompt=f"cube from the laptop flange {backend}")
    theirs = run_cube(other, prompt="cube from the backend")
    broken = run_cube(other, BROKEN, prompt="broken from the backend")
    for run in (mine, theirs, broken):
        wait_for(lambda run=run: count(stack, run.run_id) == 1, what=f"row {run.run_id}")

    data = str(shared_settings.data_dir)
    assert cli.main(["history", "--shared", "--out", data, "--limit", "50"]) == 0
    captured = capsys.readouterr()
    assert "Shared history (Supabase" in captured.err
    for run in (mine, theirs, broken):
        assert run.run_id in captured.out
    assert backend in captured.out and shared_settings.deployment_name in captured.out

    assert cli.main(["history", "--out", data]) == 0  # the local view: this machine only
    captured = capsys.readouterr()
    assert "Local history" in captured.err and mine.run_id in captured.out and theirs.run_id not in captured.out

    assert cli.main(["history", "--shared", "--out", data, "--result", "failed", "--json",
                     "--deployment", backend]) == 0
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [line["run_id"] for line in lines] == [broken.run_id]
    assert lines[0]["deployment"] == backend and lines[0]["success"] is False

    assert cli.main(["history", "--shared", "--out", data, "--json", "--search", f"laptop flange {backend}"]) == 0
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [line["run_id"] for line in lines] == [mine.run_id]
    assert lines[0]["files"]["step"]["path"] == f"runs/{mine.run_id}/model.step"


def test_a_missing_bucket_is_named_and_the_run_waits(stack, shared_settings, capsys):
    wrong = shared_settings.with_overrides(supabase_bucket="no-such-bucket")
    config.set_settings(wrong)  # what the CLI reads
    result = run_cube(wrong, prompt="cube for a bucket that is not there")
    assert result.success
    assert cli.main(["sync", "--out", str(wrong.data_dir), "--json"]) == 1
    report = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    assert report["pending"] == 1 and "no-such-bucket" in report["error"] and "404" in report["error"]
    assert count(stack, result.run_id) == 0
    assert "no-such-bucket" in supabase.status(wrong).last_error

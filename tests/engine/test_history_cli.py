"""`history` filters and `sync` without Supabase (the local default)."""

from __future__ import annotations

import json

import pytest

from naturalcad import __main__ as cli
from naturalcad import pipeline


def test_history_filters_the_local_runs(settings, capsys):
    good = pipeline.run_code("from build123d import *\nresult = Box(4, 5, 6)\n", prompt="a small block", settings=settings)
    bad = pipeline.run_code("from build123d import *\nresult = nothing\n", prompt="a broken one", settings=settings)
    assert good.success and not bad.success
    data = str(settings.data_dir)
    assert cli.main(["history", "--out", data, "--json", "--result", "failed"]) == 0
    assert [json.loads(line)["run_id"] for line in capsys.readouterr().out.splitlines()] == [bad.run_id]
    assert cli.main(["history", "--out", data, "--json", "--search", "small block"]) == 0
    assert [json.loads(line)["run_id"] for line in capsys.readouterr().out.splitlines()] == [good.run_id]
    assert cli.main(["history", "--out", data, "--since", "2999-01-01"]) == 0
    captured = capsys.readouterr()
    assert captured.out == "" and "Local history" in captured.err and "0 runs shown" in captured.err


def test_history_refuses_a_date_it_cannot_read(settings, capsys):
    with pytest.raises(SystemExit) as exited:
        cli.main(["history", "--out", str(settings.data_dir), "--since", "last tuesday"])
    assert exited.value.code == 2
    assert "not an ISO date" in capsys.readouterr().err


def test_shared_history_without_supabase_says_how_to_turn_it_on(settings, capsys):
    assert cli.main(["history", "--shared", "--out", str(settings.data_dir), "--json"]) == 1
    answer = json.loads(capsys.readouterr().out)
    assert answer["success"] is False and "SUPABASE_URL" in answer["error"]


def test_sync_with_nothing_configured_and_nothing_queued_exits_0(settings, capsys):
    assert cli.main(["sync", "--out", str(settings.data_dir), "--json"]) == 0
    answer = json.loads(capsys.readouterr().out)
    assert answer["pending"] == 0 and answer["delivered"] == 0

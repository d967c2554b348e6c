"""The Eval page through AppTest: empty state, a finished report, a two-report comparison, a bad upload."""

from __future__ import annotations

from pathlib import Path

from naturalcad.evaluate import PRESETS, load_cases
from naturalcad.evaluate.report import write_reports
from naturalcad.evaluate.results import EVALS_DIR
from naturalcad.evaluate.runner import EvalOptions, run_eval

from .conftest import ROOT, no_exceptions, texts


def _finished_eval(settings, name: str, limit: int, tolerance: str) -> Path:
    out = settings.data_dir / EVALS_DIR / name
    cases = load_cases(ROOT / "examples" / "prompts.jsonl")
    run_eval(cases, EvalOptions(out=out, tolerance=PRESETS[tolerance], limit=limit, thumbnails=False,
                                source_file=str(ROOT / "examples" / "prompts.jsonl")), settings)
    write_reports(out)
    return out


def test_reports_view_without_evals_says_how_to_make_one(open_app):
    at = open_app("pages/eval.py")
    no_exceptions(at)
    at.segmented_control(key="eval_view").set_value("Reports").run()
    assert any("No finished eval yet" in t for t in texts(at.info))


def test_a_finished_report_and_a_comparison(open_app, settings):
    _finished_eval(settings, "a-loose", 3, "loose")
    newest = _finished_eval(settings, "b-cadeval", 3, "cadeval")
    at = open_app("pages/eval.py")
    at.segmented_control(key="eval_view").set_value("Reports").run()
    no_exceptions(at)
    assert at.selectbox(key="eval_report").value == newest
    table = at.table[0].value
    assert list(table.iloc[0]) == ["Pass rate", "100.0 % (3/3)"]
    at.segmented_control(key="eval_view").set_value("Compare").run()
    no_exceptions(at)
    assert [m.label for m in at.metric] == ["Pass rate A", "Pass rate B", "Fixed in B", "Broken in B"]
    assert at.metric[2].value == "0" and at.metric[3].value == "0"


def test_run_without_an_upload_asks_for_one(open_app):
    at = open_app("pages/eval.py")
    at.radio(key="eval_set").set_value("Upload a JSONL file")
    at.button[0].click().run()
    no_exceptions(at)
    assert texts(at.warning) == ["Upload a JSONL prompt set first, or choose an example set."]
    assert "eval_job" not in at.session_state  # nothing was started

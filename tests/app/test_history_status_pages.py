"""History and Status through AppTest: empty history, open, continue, re-run, delete, CSV."""

from __future__ import annotations

import subprocess
import sys

from naturalcad import artifacts, pipeline, preview
from naturalcad.config import get_settings
from naturalcad.history import HistoryStore
from naturalcad.request import Request
from naturalcad.ui import state

from .conftest import ROOT, labels, no_exceptions, texts

HISTORY = "pages/history.py"
STATUS = "pages/status.py"


def test_empty_history_says_so_and_links_to_generate(open_app):
    at = open_app(HISTORY)
    no_exceptions(at)
    assert at.title[0].value == "History"
    assert any("No runs yet" in t for t in texts(at.info))


def test_history_lists_runs_with_thumbnails_figures_and_csv(open_app, made_run):
    failed = pipeline.run_code("from build123d import *\nresult = Box(0, 10, 10)\n")  # fails in the sandbox
    assert not failed.success
    refused = pipeline.run(Request("", offline=True))  # refused before anything ran: not a failed part
    assert refused.error_kind == "request"
    at = open_app(HISTORY)
    no_exceptions(at)
    table = at.dataframe[0].value
    assert list(table["run_id"])[:3] == [refused.run_id, failed.run_id, made_run.run_id]  # newest first
    assert table["thumbnail"].iloc[2].startswith("data:image/png;base64,")
    assert table["thumbnail"].iloc[1].startswith("data:image/svg+xml;base64,")  # a mark, never "None"
    assert table["family"].iloc[0] == "refused"  # not "custom"
    assert (artifacts.run_path(get_settings(), made_run.run_id) / preview.THUMBNAIL_NAME).is_file()
    metrics = {m.label: m.value for m in at.metric}
    assert metrics["Runs"] == "3" and metrics["Success rate"] == "50%"  # of the two that tried to build
    assert "Export CSV" in labels(at.get("download_button"))


def test_history_filters_by_result(open_app, made_run):
    pipeline.run(Request("", offline=True))
    at = open_app(HISTORY)
    at.selectbox(key="hist-success").select("Succeeded").run()
    assert list(at.dataframe[0].value["run_id"]) == [made_run.run_id]
    at.text_input(key="hist-text").input("no such part").run()
    assert any("No runs match" in t for t in texts(at.info))


def test_open_run_shows_preview_files_code_and_actions(open_app, made_run):
    at = open_app(HISTORY, run=made_run.run_id)
    no_exceptions(at)
    assert at.subheader[0].value == made_run.prompt
    assert labels(at.get("download_button"))[1:4] == ["Download STEP", "Download STL", "Download GLB"]
    assert {"Continue in Generate", "Re-run", "Delete run"} <= set(labels(at.button))
    assert any("Box(" in c or "box" in c.lower() for c in texts(at.code))


def test_continue_in_generate_opens_the_run_there(open_app, made_run):
    at = open_app(HISTORY, run=made_run.run_id)
    at.button(key="continue").click().run()
    no_exceptions(at)
    assert at.title[0].value == "Generate"
    assert at.session_state[state.CURRENT].run_id == made_run.run_id
    assert at.slider, "the run's parameters become sliders"


def test_rerun_makes_a_new_run_and_opens_it(open_app, made_run):
    at = open_app(HISTORY, run=made_run.run_id)
    at.button(key="rerun").click().run()
    no_exceptions(at)
    store = HistoryStore.for_settings(get_settings())
    assert store.count() == 2
    newest = store.list(limit=1)[0]
    assert newest.run_id != made_run.run_id and newest.success
    assert at.subheader[0].value == made_run.prompt


def test_delete_removes_the_run_and_its_files(open_app, made_run):
    run_dir = artifacts.run_path(get_settings(), made_run.run_id)
    assert run_dir.is_dir()
    at = open_app(HISTORY, run=made_run.run_id)
    at.button(key="confirm-delete").click().run()
    no_exceptions(at)
    assert HistoryStore.for_settings(get_settings()).get(made_run.run_id) is None
    assert not run_dir.exists()
    assert any("No runs yet" in t for t in texts(at.info))


def test_status_page_reports_source_sandbox_data_and_versions(open_app, made_run):
    at = open_app(STATUS)
    no_exceptions(at)
    assert at.title[0].value == "Status"
    body = " ".join(texts(at.markdown) + texts(at.caption) + texts(at.subheader))
    assert "Offline templates" in body
    assert "Model: not configured" in body
    assert "Time limit: 20 s per script" in body
    assert "1 runs · " in body
    table = at.table[0].value
    assert "streamlit" in list(table["library"]) and "build123d" in list(table["library"])


def test_the_ui_never_imports_build123d():
    """The app process stays light: CAD work happens only in the sandbox worker."""
    code = ("import sys; import naturalcad.preview, naturalcad.ui.components, naturalcad.ui.actions, "
            "naturalcad.ui.engine, naturalcad.ui.format, naturalcad.ui.state; "
            "print('build123d' in sys.modules or 'OCP' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert out.stdout.strip() == "False", out.stderr


def test_a_configured_model_is_named_and_its_key_never_shown(settings, open_app):
    from naturalcad import config

    config.set_settings(config.load_settings({"NATURALCAD_DATA_DIR": str(settings.data_dir),
                                              "OPENROUTER_API_KEY": "sk-or-secret-123456",
                                              "OPENROUTER_MODEL": "vendor/some-model"}))
    for page in (None, STATUS):
        at = open_app(page)
        no_exceptions(at)
        shown = texts(at.sidebar.caption) + texts(at.markdown) + texts(at.caption) + texts(at.subheader)
        assert any("Model · vendor/some-model" in t for t in shown)
        assert not any("sk-or-secret" in t for t in shown)


def test_an_opened_follow_up_is_titled_by_the_first_prompt(open_app, made_run):
    refined = pipeline.refine(made_run, "make it 30 mm tall", offline=True)
    assert refined.success, refined.error
    at = open_app(HISTORY, run=refined.run_id)
    no_exceptions(at)
    assert at.subheader[0].value == made_run.prompt  # not the follow-up text
    assert ":blue-badge[Refined] make it 30 mm tall" in texts(at.markdown)

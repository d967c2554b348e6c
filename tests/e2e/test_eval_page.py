"""The Eval page in a real browser: run a prompt set with progress, read the report, compare two evals.

Screenshots (test-output/screenshots/eval-*.png) include the HTML report as a browser shows it.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from .conftest import VIEWPORT, screenshot

pytestmark = [pytest.mark.e2e, pytest.mark.slow]
RUN_TIMEOUT_MS = 240_000


def _shot(page, name: str, tall: bool = False) -> None:
    """A screenshot; `tall` grows the window first, as Streamlit scrolls inside the page, not the document."""
    if tall:
        page.set_viewport_size({"width": VIEWPORT["width"], "height": 2000})
        page.wait_for_timeout(800)
    screenshot(page, name)
    page.set_viewport_size(VIEWPORT)


def _open_eval(page, app_url: str) -> None:
    page.goto(f"{app_url}/eval")
    page.get_by_role("button", name="Run eval").wait_for(timeout=60_000)


def _run(page, set_label: str, limit: int | None = None, tolerance: str | None = None) -> None:
    page.get_by_text(set_label).click()
    if tolerance:
        page.get_by_label("Tolerance").get_by_text(tolerance, exact=True).click()
    if limit:
        box = page.get_by_label("Only the first N cases (0 = all)")
        box.fill(str(limit))
        box.press("Tab")
    page.get_by_role("button", name="Run eval").click()


def test_run_report_and_compare_on_the_eval_page(page, app_url, tmp_path):
    _open_eval(page, app_url)
    _shot(page, "eval-01-form")

    _run(page, "Example folder (3 tasks with reference STEP/STL)")
    page.get_by_text("Scoring", exact=False).first.wait_for(timeout=60_000)  # the progress panel
    _shot(page, "eval-02-progress")
    page.get_by_role("cell", name="Pass rate").wait_for(timeout=RUN_TIMEOUT_MS)
    summary = page.locator("table").first.inner_text()
    assert "100.0 % (3/3)" in summary and "Valid solid" in summary
    page.wait_for_timeout(1500)  # thumbnails in the case table
    _shot(page, "eval-03-report", tall=True)

    # a second eval (the first 6 example prompts, stricter preset) to compare with
    page.get_by_text("Run another eval").click()
    _run(page, "Example set (24 prompts)", limit=6, tolerance="cadeval")
    page.get_by_role("cell", name=re.compile(r"\(\d\/6\)")).first.wait_for(timeout=RUN_TIMEOUT_MS)

    page.get_by_role("radio", name="Compare").or_(page.get_by_role("button", name="Compare", exact=True)).first.click()
    page.get_by_text("Pass rate A").wait_for(timeout=30_000)
    page.get_by_text("Fixed in B").wait_for()
    page.wait_for_timeout(1000)
    _shot(page, "eval-04-compare", tall=True)
    assert "Traceback" not in page.content()

    page.get_by_role("radio", name="Reports").or_(page.get_by_role("button", name="Reports", exact=True)).first.click()
    page.get_by_role("cell", name="Pass rate").wait_for(timeout=30_000)
    page.get_by_role("button", name="HTML report").wait_for()
    _shot(page, "eval-05-reports", tall=True)
    with page.expect_download() as download:
        page.get_by_role("button", name="HTML report").click()
    saved = Path(tmp_path / "report.html")
    download.value.save_as(saved)
    html = saved.read_text()
    assert "<h1>NaturalCAD eval: examples/prompts.jsonl</h1>" in html and html.count("data:image/png;base64,") == 6

    page.goto(saved.as_uri())
    _shot(page, "eval-06-html-report", tall=True)

"""A thread of versions, the reading form and the code editor, in a real browser.

One part is made, then changed four ways (slider, code edit, form, a change from an older
version); the versions bar steps back and forth and undoes, the Versions tab compares two
versions' measured sizes, a reload keeps all of it, and the history has no row left running.
The code editor is checked with every request off this machine blocked.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from .conftest import screenshot
from .driver import edit_code, editor_text, generate, open_app, open_tab, run_edited_code, wait_editor
from .test_runs_in_browser import wait_no_running

pytestmark = [pytest.mark.e2e, pytest.mark.slow]

PROMPT = "Plate 120 x 80 x 6 mm with four 8 mm corner holes"


def parent_of(data_dir: Path, run_id: str) -> str | None:
    with sqlite3.connect(data_dir / "history.sqlite") as conn:
        return conn.execute("SELECT parent_run_id FROM runs WHERE run_id=?", (run_id,)).fetchone()[0]


def shown_code(page, data_dir: Path) -> str:
    """The script of the run the page shows (from the history: the editor draws only visible lines)."""
    import json

    run_id = page.url.split("run=")[1].split("&")[0]
    with sqlite3.connect(data_dir / "history.sqlite") as conn:
        record = conn.execute("SELECT record FROM runs WHERE run_id=?", (run_id,)).fetchone()[0]
    code = json.loads(record)["code"]
    assert editor_text(page).splitlines()[0] == code.splitlines()[0]  # the editor holds that script
    return code


def wait_size(page, size: str, timeout: float = 60_000) -> None:
    page.wait_for_function("(size) => [...document.querySelectorAll('[data-testid=stMetricValue]')]"
                           ".some(e => e.innerText.trim() === size)", arg=size, timeout=timeout)


def wait_version(page, number: int, of: int) -> None:
    page.locator(".st-key-versions-bar").get_by_text(f"Version {number} of {of}", exact=True).wait_for(timeout=30_000)


def bar_button(page, name: str):
    return page.locator(".st-key-versions-bar").get_by_role("button", name=name)


def test_versions_step_back_forward_undo_compare_and_continue(page, app_server):
    url, data_dir = app_server
    open_app(page, url)
    generate(page, PROMPT)
    wait_size(page, "120 × 80 × 6 mm")
    first_id = page.url.split("run=")[1].split("&")[0]
    read = page.locator('[data-testid="stAlert"]').filter(has_text="Read as a plate with holes").first.inner_text()
    assert "120 → length" in read and "8 mm → hole diameter" in read, read  # each value and what it set

    # v2: the code edited (thickness 6 -> 9), with the diff against the generated script shown
    edit_code(page, shown_code(page, data_dir).replace("thickness = 6.0", "thickness = 9.0"))
    run_edited_code(page)
    wait_size(page, "120 × 80 × 9 mm")
    wait_version(page, 2, 2)
    diff = page.locator(".st-key-code-diff")
    diff.get_by_text("Changes against the generated script").wait_for(timeout=30_000)
    page.wait_for_function("() => /\\+thickness = 9\\.0/.test(document.querySelector('.st-key-code-diff').innerText)",
                           timeout=30_000)
    diff_text = diff.inner_text()
    assert "-thickness=6.0" in diff_text.replace(" ", "") and "+thickness=9.0" in diff_text.replace(" ", ""), diff_text
    screenshot(page, "thread-01-editor-and-diff")

    # v3: the reading form, without retyping: length 150
    page.get_by_role("button", name="Change family or sizes").click()
    dialog = page.get_by_role("dialog")
    length = dialog.get_by_label("Length (mm)")
    length.fill("150")
    length.press("Tab")
    dialog.get_by_role("button", name="Regenerate").click()
    wait_size(page, "150 × 80 × 9 mm")  # the form starts from the part shown, edited thickness included
    wait_version(page, 3, 3)

    # Back, Back, Forward, Undo
    bar_button(page, "Back").click()
    wait_version(page, 2, 3)
    wait_size(page, "120 × 80 × 9 mm")
    bar_button(page, "Back").click()
    wait_version(page, 1, 3)
    wait_size(page, "120 × 80 × 6 mm")
    assert bar_button(page, "Back").is_disabled()
    bar_button(page, "Forward").click()
    bar_button(page, "Forward").click()
    wait_version(page, 3, 3)
    wait_size(page, "150 × 80 × 9 mm")
    bar_button(page, "Undo").click()
    wait_version(page, 2, 3)

    # Compare v1 with v3, side by side
    page.get_by_role("tab", name="Versions").click()
    page.locator(".st-key-versions-compare").wait_for(timeout=30_000)
    for label, number in (("Version", 1), ("with version", 3)):
        pick_version(page, label, number)
    table = page.locator(".st-key-versions-compare")
    page.wait_for_function("() => { const t = document.querySelector('.st-key-versions-compare');"
                           " return t && /v1/.test(t.innerText) && /v3/.test(t.innerText)"
                           " && /150 × 80 × 9 mm/.test(t.innerText); }", timeout=30_000)
    text = table.inner_text()
    assert "120 × 80 × 6 mm" in text and "150 × 80 × 9 mm" in text, text
    assert "facts differ" in text
    screenshot(page, "thread-02-compare")

    # Continue from v1: open it, change it: v4 continues v1 (a branch), not the newest version
    page.locator(".st-key-version-row-1").get_by_role("button", name="Open").click()
    wait_version(page, 1, 3)
    edit_code(page, shown_code(page, data_dir).replace("width = 80.0", "width = 70.0"))
    run_edited_code(page)
    wait_size(page, "120 × 70 × 6 mm")
    wait_version(page, 4, 4)
    found = wait_no_running(data_dir)
    newest = found[-1]
    assert newest[1] == "done" and parent_of(data_dir, newest[0]) == first_id, (newest, first_id)

    # A reload keeps the version shown and the thread
    page.reload()
    wait_version(page, 4, 4)
    wait_size(page, "120 × 70 × 6 mm")
    bar_button(page, "Undo").click()
    wait_version(page, 1, 4)
    wait_size(page, "120 × 80 × 6 mm")
    assert not any(status == "running" for _, status, _ in wait_no_running(data_dir))


def test_code_editor_works_offline_with_highlighting_and_line_numbers(browser, app_server):
    url, data_dir = app_server
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    outside: list[str] = []

    def only_local(route):
        host = route.request.url.split("/")[2] if "//" in route.request.url else ""
        if host.startswith(("127.0.0.1", "localhost", "[::1]")) or route.request.url.startswith(("data:", "blob:",
                                                                                                "about:")):
            route.continue_()
        else:
            outside.append(route.request.url)
            route.abort()

    context.route("**/*", only_local)
    page = context.new_page()
    try:
        open_app(page, url)
        generate(page, PROMPT)
        open_tab(page, "Code")
        editor = wait_editor(page)
        numbers = editor.locator(".ace_gutter-cell").all_inner_texts()
        assert numbers[:3] == ["1", "2", "3"], numbers
        assert editor.locator(".ace_keyword").count() > 0  # "from", "import": highlighted as Python
        assert "thickness = 6.0" in editor_text(page)
        page.get_by_text("This is the generated script, unchanged").wait_for(timeout=10_000)
        edit_code(page, shown_code(page, data_dir).replace("length = 120.0", "length = 100.0"))
        run_edited_code(page)
        wait_size(page, "100 × 80 × 6 mm")
        page.wait_for_function("() => { const d = document.querySelector('.st-key-code-diff');"
                               " return d && /\\+length = 100\\.0/.test(d.innerText); }", timeout=30_000)
        assert "-length=120.0" in page.locator(".st-key-code-diff").inner_text().replace(" ", "")
        screenshot(page, "thread-03-editor-offline")
        assert outside == [], outside
        assert not any(status == "running" for _, status, _ in wait_no_running(data_dir))
    finally:
        context.close()


def pick_version(page, label: str, number: int) -> None:
    """Open a version picker and choose a version. The tab's first draw can redraw the picker while
    its list is open (the list closes): open it again, at most three times."""
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    for attempt in range(3):
        page.get_by_label(label, exact=True).click()
        try:
            page.get_by_role("option").filter(has_text=f"v{number} ·").first.click(timeout=10_000)
            return
        except PlaywrightTimeout:
            if attempt == 2:
                raise

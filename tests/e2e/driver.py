"""Driving the NaturalCAD app in a browser: shared by the browser tests and benchmarks/bench_ui.py.

The 3D viewer is stpyvista's component: an iframe whose document (about:srcdoc) is the
vtk.js viewer; its first frame is drawn once a canvas exists there and the browser has
painted twice since.
"""

from __future__ import annotations

import contextlib
import io
import time

GENERATE_TIMEOUT_MS = 120_000  # the first run waits for the build123d worker to start


def open_app(page, url: str) -> None:
    page.goto(url)
    page.get_by_role("button", name="Generate", exact=True).wait_for(timeout=60_000)


def viewer_frame(page):
    """The viewer's document (None while no preview is shown)."""
    for frame in page.frames:
        if frame.url == "about:srcdoc":
            try:
                if frame.query_selector("canvas"):
                    return frame
            except Exception:  # the frame was replaced while we looked
                continue
    return None


TOP_BAR = 64  # px: Streamlit's sticky header over the top of the page


def mark_viewer_old(page) -> None:
    """Tag the current viewer canvas, so a new preview can be told apart from it."""
    frame = viewer_frame(page)
    if frame is not None:
        with contextlib.suppress(Exception):  # it may be going away already
            frame.evaluate("() => document.querySelectorAll('canvas').forEach(c => c.dataset.old = '1')")


BUSY = "() => !!document.querySelector('[data-testid=stStatusWidget]')"  # the page is running its script


def wait_new_frame(page, timeout: float = 120.0, poll: float = 0.02, while_running: float = 0.0) -> None:
    """Wait until a viewer canvas that was not tagged old has painted its first frame.

    `while_running` (seconds) extends the wait while the page still shows it is running its
    script (the run in flight on a loaded machine), by up to that much: the frame is still
    required, only a build that is visibly still going is not cut short."""
    started = time.monotonic()
    deadline, looked = started + timeout, started
    while time.monotonic() < deadline:
        if while_running and time.monotonic() - looked >= 1.0:
            looked = time.monotonic()
            with contextlib.suppress(Exception):  # the page may be between reruns
                if page.evaluate(BUSY):
                    deadline = min(max(deadline, looked + 30.0), started + timeout + while_running)
        for frame in page.frames:
            if frame.url != "about:srcdoc":
                continue
            try:
                fresh = frame.evaluate(
                    "() => { const c = document.querySelector('canvas');"
                    " return !!c && !c.dataset.old && c.width > 0 && c.height > 0; }")
                if fresh:
                    frame.evaluate("() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))")
                    return
            except Exception:  # frames come and go while Streamlit redraws
                continue
        page.wait_for_timeout(poll * 1000)  # not time.sleep: Playwright must pump its events to see new frames
    seen: object = "?"
    with contextlib.suppress(Exception):  # say what the page showed, to tell a slow build from a lost frame
        seen = page.evaluate("() => ({running: !!document.querySelector('[data-testid=stStatusWidget]'),"
                             " frames: [...document.querySelectorAll('iframe')].map(f => f.id || f.title || 'iframe'),"
                             " text: (document.querySelector('[data-testid=stMain]') || document.body).innerText.slice(0, 500)})")
    raise TimeoutError(f"the 3D preview did not draw a frame in {time.monotonic() - started:.0f} s; the page: {seen}")


def generate(page, prompt: str) -> float:
    """Type a prompt, press Generate; seconds from the click to the new preview's first frame."""
    page.get_by_label("Prompt").fill(prompt)
    page.get_by_label("Prompt").blur()
    mark_viewer_old(page)
    started = time.perf_counter()
    page.get_by_role("button", name="Generate", exact=True).click()
    wait_new_frame(page, timeout=GENERATE_TIMEOUT_MS / 1000, while_running=GENERATE_TIMEOUT_MS / 1000)
    return time.perf_counter() - started


def metric(page, label: str) -> str:
    """The value shown under a metric label (e.g. "Size")."""
    box = page.locator('[data-testid="stMetric"]').filter(has=page.get_by_text(label, exact=True)).first
    return box.locator('[data-testid="stMetricValue"]').inner_text().strip()


def viewer_picture(page) -> bytes:
    """The viewer's picture, cut from a shot of the whole window at the box the frame had just
    before and just after it, whole inside the window. (An element screenshot of the frame could
    be cut where the frame was before the page scrolled: a picture of the notices above it.)"""
    from PIL import Image

    frame = page.locator("iframe#stpyvistaframe").first
    height = page.viewport_size["height"]
    # After a run the page brings the result to the top for up to six seconds: wait that out.
    deadline = time.monotonic() + 15
    while time.monotonic() < deadline:
        box = frame.bounding_box()
        # Whole inside the window and clear of the app's sticky top bar (a shot shows what covers it).
        if box is None or box["y"] < TOP_BAR or box["y"] + box["height"] > height:
            frame.evaluate("e => e.scrollIntoView({block: 'center'})")
            page.wait_for_timeout(200)
            continue
        whole = page.screenshot(scale="css")  # CSS pixels, as the box is measured (a phone has 3 per pixel)
        if frame.bounding_box() == box:
            left, top = round(box["x"]), round(box["y"])
            image = Image.open(io.BytesIO(whole)).crop((left, top, left + round(box["width"]), top + round(box["height"])))
            out = io.BytesIO()
            image.save(out, format="PNG")
            return out.getvalue()
        page.wait_for_timeout(200)
    raise TimeoutError(f"the viewer kept moving on the page: {box} in a window {height} px tall")


def viewer_colours(page) -> int:
    """How many distinct colours the viewer shows (a blank viewer shows one or two)."""
    from PIL import Image

    picture = Image.open(io.BytesIO(viewer_picture(page))).convert("RGB").resize((160, 90))
    return len(set(picture.getdata()))


CODE_EDITOR = ".st-key-code-ace iframe"  # the Code tab's editor (streamlit-code-editor, Ace)


def selected_tab(page) -> str:
    """The name of the result's open tab ("" when none is shown)."""
    return str(page.evaluate("() => { const t = document.querySelector('[role=tab][aria-selected=true]');"
                             " return t ? t.innerText.trim() : ''; }"))


def open_tab(page, name: str) -> None:
    """Click a result tab until the page shows it open. A click that lands while Streamlit
    redraws the tabs (the rerun that follows a new part) can be undone by that redraw, as a
    person would see; they click again, and so does this, at most three times."""
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    for _ in range(3):
        page.get_by_role("tab", name=name).click()
        try:
            page.wait_for_function("(name) => { const t = document.querySelector('[role=tab][aria-selected=true]');"
                                   " return !!t && t.innerText.trim() === name; }", arg=name, timeout=10_000)
            return
        except PlaywrightTimeout:
            continue
    raise AssertionError(f"the {name} tab did not open after three clicks (open: {selected_tab(page)!r})")


def wait_editor(page, timeout: float = 30_000):
    """The Code tab's editor, once Ace has drawn it; on a timeout, says what the page showed."""
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    editor = page.frame_locator(CODE_EDITOR).first
    try:
        editor.locator(".ace_line").first.wait_for(timeout=timeout)
    except PlaywrightTimeout:
        seen = page.evaluate("() => { const box = document.querySelector('.st-key-code-ace');"
                             " const f = box && box.querySelector('iframe');"
                             " let state = 'no iframe'; if (f) { try { state = f.contentDocument ?"
                             " f.contentDocument.readyState + ', ' + f.contentDocument.querySelectorAll('*').length"
                             " + ' elements' : 'no document'; } catch (e) { state = String(e); } }"
                             " return {box: !!box, src: f ? f.src : null, state}; }")
        raise AssertionError(f"the code editor was not drawn in {timeout / 1000:.0f} s: open tab "
                             f"{selected_tab(page)!r}, editor {seen}") from None
    return editor


def edit_code(page, code: str) -> None:
    """Open the Code tab and replace the script in the editor, typed in as a paste would be."""
    open_tab(page, "Code")
    editor = wait_editor(page)
    editor.locator(".ace_content").click()
    page.keyboard.press("Control+A")
    page.keyboard.press("Delete")
    page.keyboard.insert_text(code)


def run_edited_code(page) -> None:
    """Press the editor's Run button."""
    page.frame_locator(CODE_EDITOR).first.get_by_text("Run edited code").click()


def editor_text(page) -> str:
    """The lines the editor shows (Ace draws only the visible ones), opening the Code tab first."""
    open_tab(page, "Code")
    lines = wait_editor(page).locator(".ace_line")
    return "\n".join(lines.all_inner_texts())

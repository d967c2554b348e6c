"""What a Generate sends to the browser, counted with Playwright's request and websocket events:
a closed Code tab never fetches the code editor's JavaScript (about 4 MB), the viewer's vtk.js
program comes as one file of this server (not pushed through the websocket with every part),
and the part is still drawn. Opening the Code tab loads the editor and shows the script."""

from __future__ import annotations

import pytest

from .driver import generate, open_app, viewer_frame

pytestmark = [pytest.mark.e2e, pytest.mark.slow]

EDITOR_FILES = "/component/code_editor."
VIEWER_PROGRAM = "/component/naturalcad.viewer_component.vtk_assets/vtk-viewer-"
BIG_MESSAGE = 500_000  # bytes: the vtk.js program inline was 1.05 MB; a part's scene is tens of kB


def wait_actors(page, timeout_ms: int = 60_000) -> None:
    """Until the new viewer has the part in its scene (not only an empty canvas)."""
    deadline = page.evaluate("() => Date.now()") + timeout_ms
    while page.evaluate("() => Date.now()") < deadline:
        frame = viewer_frame(page)
        if frame is not None:
            try:
                if frame.evaluate("() => { const w = window.global && window.global.renderWindow;"
                                  " return !!w && w.getRenderers().some(r => r.getActors().length > 0); }"):
                    return
            except Exception:  # the frame was replaced while we looked
                pass
        page.wait_for_timeout(100)
    raise AssertionError("the viewer did not draw the part")


def test_closed_code_tab_fetches_no_editor_and_the_viewer_program_is_a_file(page, app_url):
    requests: list[str] = []
    messages: list[int] = []
    page.on("request", lambda request: requests.append(request.url))
    page.on("websocket", lambda socket: socket.on("framereceived", lambda payload: messages.append(len(payload))))
    open_app(page, app_url)

    generate(page, "Plate 120 x 80 x 6 mm with four 8 mm corner holes")
    wait_actors(page)
    generate(page, "box 60 x 40 x 20 mm")
    wait_actors(page)
    page.wait_for_timeout(1500)  # anything a run would still fetch after its first frame
    assert not [url for url in requests if EDITOR_FILES in url], "the closed Code tab loaded the editor"
    assert [url for url in requests if VIEWER_PROGRAM in url], "the viewer's program was not fetched as a file"
    assert messages and max(messages) < BIG_MESSAGE, f"a websocket message of {max(messages)} bytes"

    page.get_by_role("tab", name="Code").click()
    editor = page.frame_locator(".st-key-code-ace iframe").first
    editor.locator(".ace_line").first.wait_for(timeout=30_000)
    assert "length = 60.0" in "\n".join(editor.locator(".ace_line").all_inner_texts())
    assert [url for url in requests if EDITOR_FILES in url], "opening the Code tab did not load the editor"

    # With the Code tab open, the next part's script is shown in it at once.
    generate(page, "box 70 x 40 x 20 mm")
    page.wait_for_function("() => [...document.querySelectorAll('.st-key-code-ace iframe')].some(f => {"
                           " try { return /length = 70\\.0/.test(f.contentDocument.body.innerText); }"
                           " catch (e) { return false; } })", timeout=30_000)

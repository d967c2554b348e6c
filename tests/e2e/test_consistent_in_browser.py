"""The contradictions the Streamlit round-2 issue listed, each held in the browser: what the
page says about a part agrees with itself, and refused prompts are not failed parts."""

from __future__ import annotations

import pytest

from .driver import generate, metric, open_app
from .test_reading_in_browser import ask

pytestmark = [pytest.mark.e2e, pytest.mark.slow]


def alerts(page) -> str:
    return "\n".join(page.locator('[data-testid="stMain"] [data-testid="stAlert"]').all_inner_texts())


def checks(page) -> list[str]:
    """The ✓ / ✗ lines under the facts."""
    lines = []
    for caption in page.locator('[data-testid="stCaptionContainer"]').all_inner_texts():
        lines += [line.strip() for line in caption.splitlines() if line.strip()[:1] in ("✓", "✗")]
    return lines


def made(page, prompt: str) -> None:
    generate(page, prompt)
    page.get_by_role("button", name="Download STEP").wait_for(timeout=60_000)
    page.get_by_role("heading", name=prompt[:20]).first.wait_for(timeout=30_000)


def test_the_page_never_contradicts_itself(page, app_url):
    open_app(page, app_url)

    # No size in the prompt: the stand-in is not "a plain box of the sizes given".
    made(page, "make something nice")
    text = alerts(page)
    assert "default sizes (the prompt gave none)" in text and "of the sizes given" not in text, text

    # An L bracket: the size check names the size in the order the facts show it, and the
    # reading says "an L bracket".
    made(page, "L bracket 50 x 30 x 40")
    size = metric(page, "Size")
    assert f"✓ Size {size} as requested" in checks(page), (size, checks(page))
    text = alerts(page)
    assert "Read as an L bracket ·" in text and "a l bracket" not in text.lower(), text

    # A directive typed in a prompt shows as typed in the title.
    made(page, "box 40 x 30 x 20 mm :red[red]")
    title = page.get_by_role("heading", name="box 40 x 30 x 20 mm").first.inner_text()
    assert title.strip() == "box 40 x 30 x 20 mm :red[red]", title

    # A plate that came out without holes is a plate, in the caption and the reading alike.
    made(page, "plate 100 x 60 x 5")
    main = page.locator('[data-testid="stMain"]')
    assert "Read as a plate ·" in alerts(page)
    assert "plate with holes" not in main.inner_text(), "a plate without holes is called a plate with holes"
    assert metric(page, "Through-holes") == "0"

    # A bore wider than the tube is refused with both numbers: no part, no check saying it fits.
    ask(page, "tube OD 10 ID 20 length 50")
    page.locator('[data-testid="stAlert"]').filter(has_text="larger").first.wait_for(timeout=60_000)
    text = alerts(page)
    assert "20 mm" in text and "10 mm" in text, text
    assert page.get_by_role("button", name="Download STEP").count() == 0
    assert not any("fits" in line for line in checks(page)), checks(page)

    # History and Status count the same runs; a prompt not understood is not a failed part.
    page.goto(app_url + "/history")
    page.get_by_text("Every run on this machine").wait_for(timeout=30_000)
    rate_before, runs_before = metric(page, "Success rate"), int(metric(page, "Runs"))
    open_app(page, app_url)
    ask(page, "Could you do a chess knight for my set, about 50mm tall?")
    page.get_by_text("Not understood · no part was made").first.wait_for(timeout=60_000)
    page.goto(app_url + "/history")
    page.get_by_text("Every run on this machine").wait_for(timeout=30_000)
    runs = int(metric(page, "Runs"))
    assert runs == runs_before + 1 and metric(page, "Success rate") == rate_before
    page.goto(app_url + "/status")
    page.get_by_text("Library versions").wait_for(timeout=30_000)
    assert page.get_by_role("heading", name=f"{runs} runs ·").count() == 1, f"Status does not count {runs} runs"

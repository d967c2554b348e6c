"""Phone and desktop, light and dark: Generate is tappable on a phone, the part fits its frame,
and every page is screenshotted in both themes at both sizes (test-output/screenshots/)."""

from __future__ import annotations

import io
import itertools

import pytest

from .conftest import PHONE, VIEWPORT, screenshot
from .driver import open_app, viewer_picture, wait_new_frame

pytestmark = [pytest.mark.e2e, pytest.mark.slow]

PLATE = "Plate 110 x 70 x 5 mm with four 6 mm corner holes"


def part_touches_sides(page) -> bool:
    """Whether the part reaches the left or right edge of the viewer (it is cut off)."""
    from PIL import Image

    picture = Image.open(io.BytesIO(viewer_picture(page))).convert("RGB")
    width, height = picture.size
    background = picture.getpixel((2, 2))
    for x in (1, 2, width - 3, width - 2):
        for y in range(0, height, 4):
            pixel = picture.getpixel((x, y))
            if sum(abs(a - b) for a, b in zip(pixel, background, strict=True)) > 40:
                return True
    return False


def sidebar_open(page) -> bool:
    sidebar = page.locator('[data-testid="stSidebar"]')
    if not sidebar.count() or not sidebar.is_visible():
        return False
    box = sidebar.bounding_box()
    return box is not None and box["x"] + box["width"] > 10


def test_phone_generate_is_tappable_and_the_part_fits(phone_page, app_url):
    page = phone_page
    open_app(page, app_url)
    page.wait_for_timeout(500)
    assert not sidebar_open(page), "the sidebar starts collapsed on a phone"
    page.get_by_label("Prompt").fill(PLATE)
    page.get_by_label("Prompt").blur()
    button = page.get_by_role("button", name="Generate", exact=True)
    box = button.bounding_box()
    assert box["height"] >= 44 and box["x"] >= 0 and box["x"] + box["width"] <= PHONE["width"]
    button.tap()
    wait_new_frame(page, timeout=120)
    page.get_by_role("button", name="Download STEP").wait_for(timeout=30_000)
    frame = page.locator("iframe#stpyvistaframe").first
    frame.scroll_into_view_if_needed()
    page.wait_for_timeout(800)
    fbox = frame.bounding_box()
    assert fbox["x"] >= 0 and fbox["x"] + fbox["width"] <= PHONE["width"] + 1
    assert not part_touches_sides(page), "the plate is cut off at the sides"
    # Navigating on a phone leaves the sidebar closed over nothing.
    page.goto(app_url + "/history")
    page.get_by_text("Every run on this machine").wait_for(timeout=30_000)
    page.wait_for_timeout(500)
    assert not sidebar_open(page)


# The parameter block of the plate's script, in order: what the sliders and the form show.
PLATE_PARAMETERS = ["Length", "Width", "Thickness", "Hole diameter", "Columns", "Rows", "Edge offset", "Corner radius"]

_CONTRAST = """(el) => {
  const rgb = (c) => c.match(/[\\d.]+/g).slice(0, 3).map(Number);
  const lum = (c) => { const v = rgb(c).map((x) => { x /= 255; return x <= 0.03928 ? x / 12.92 : ((x + 0.055) / 1.055) ** 2.4; });
                       return 0.2126 * v[0] + 0.7152 * v[1] + 0.0722 * v[2]; };
  const style = getComputedStyle(el);
  const [a, b] = [lum(style.color), lum(style.backgroundColor)].sort((x, y) => y - x);
  return (a + 0.05) / (b + 0.05);
}"""


def contrast(locator) -> float:
    """The contrast ratio of an element's text on its own background (WCAG: 4.5 for a label)."""
    return locator.evaluate(_CONTRAST)


def labels_top_to_bottom(page, scope, selector: str) -> list[str]:
    """The labels of the widgets in `scope`, in the order a person reading down the screen meets them."""
    found = []
    for widget in scope.locator(selector).all():
        box = widget.bounding_box()
        if box is not None and box["height"] > 0:
            label = widget.locator('[data-testid="stWidgetLabel"]').first.inner_text().strip()
            found.append((round(box["y"]), round(box["x"]), label.replace(" (mm)", "")))
    return [label for _, _, label in sorted(found)]


def open_tab(page, name: str, shows: str) -> None:
    """Open a tab of the result and wait for what it shows (a click during a redraw can be lost)."""
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    for _ in range(3):
        page.get_by_role("tab", name=name).click()
        try:
            page.locator(shows).first.wait_for(timeout=10_000)
            return
        except PlaywrightTimeout:
            continue
    page.locator(shows).first.wait_for(timeout=10_000)


def shot_at(page, locator, name: str) -> None:
    locator.scroll_into_view_if_needed()
    page.wait_for_timeout(400)
    screenshot(page, name)


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("size", ["desktop", "phone"])
def test_every_page_in_both_themes_and_sizes(browser, app_url, scheme, size):
    """Every page and the Generate page's parts (facts, code, reading form, versions compare),
    screenshotted and held to what a person sees: readable primary buttons, controls inside the
    screen, sliders and form fields in the script's order on a phone, inches in the compare."""
    viewport = VIEWPORT if size == "desktop" else PHONE
    context = browser.new_context(viewport=viewport, color_scheme=scheme, is_mobile=size == "phone",
                                  has_touch=size == "phone")
    page = context.new_page()
    name = f"layout-{size}-{scheme}"
    try:
        open_app(page, app_url)
        background = page.evaluate("() => getComputedStyle(document.querySelector('.stApp')).backgroundColor")
        dark = sum(int(v) for v in background.strip("rgba()").split(",")[:3]) < 200
        assert dark == (scheme == "dark"), background  # the theme follows the system
        page.wait_for_timeout(500)
        screenshot(page, f"{name}-generate-empty")
        generate = page.get_by_role("button", name="Generate", exact=True)
        assert contrast(generate) >= 4.5, f"Generate's label is hard to read in {scheme} mode"
        page.get_by_label("Prompt").fill(PLATE)
        page.get_by_label("Prompt").blur()
        generate.click()
        wait_new_frame(page, timeout=120)
        page.wait_for_timeout(800)
        screenshot(page, f"{name}-generate")
        step = page.get_by_role("button", name="Download STEP")
        assert contrast(step) >= 4.5, f"Download STEP's label is hard to read in {scheme} mode"
        for button in page.locator('[data-testid="stMain"] button:visible').all():
            box = button.bounding_box()
            if box is not None:
                assert box["x"] >= 0 and box["x"] + box["width"] <= viewport["width"] + 1, button.inner_text()
        page.locator('[data-testid="stMetric"]').first.scroll_into_view_if_needed()
        page.wait_for_timeout(300)
        screenshot(page, f"{name}-generate-facts")

        sliders = labels_top_to_bottom(page, page.locator('[data-testid="stTabs"]'), '[data-testid="stSlider"]')
        if size == "phone":  # one column: the sliders read down in the script's order, evenly spaced
            assert sliders == PLATE_PARAMETERS, sliders
            tops = sorted(box["y"] for box in (w.bounding_box() for w in page.locator(
                '[data-testid="stTabs"] [data-testid="stSlider"]').all()) if box is not None)
            steps = [b - a for a, b in itertools.pairwise(tops)]
            assert max(steps) <= 1.5 * min(steps), f"an empty gap between two sliders: {steps}"
        else:  # two columns, row by row
            assert sliders[:2] == ["Length", "Width"] and sliders[2:4] == ["Thickness", "Hole diameter"], sliders
        shot_at(page, page.locator('[data-testid="stSlider"]').first, f"{name}-generate-parameters")

        open_tab(page, "Code", ".st-key-code-ace iframe")
        page.frame_locator(".st-key-code-ace iframe").first.locator(".ace_line").first.wait_for(timeout=30_000)
        shot_at(page, page.get_by_role("tab", name="Code"), f"{name}-generate-code")

        page.get_by_role("button", name="Change family or sizes").click()
        dialog = page.get_by_role("dialog")
        dialog.get_by_label("Length (mm)").wait_for(timeout=30_000)
        page.wait_for_timeout(400)
        screenshot(page, f"{name}-generate-reading-form")
        fields = labels_top_to_bottom(page, dialog, '[data-testid="stNumberInput"]')
        assert fields[:2] == ["Length", "Width"] if size == "desktop" else fields[:3] == ["Length", "Width", "Thickness"], \
            fields
        page.keyboard.press("Escape")
        dialog.wait_for(state="hidden", timeout=10_000)

        page.get_by_role("tab", name="Refine").click()
        page.get_by_label("Follow-up").fill("make it 10 mm thick")
        page.get_by_label("Follow-up").blur()
        page.get_by_role("button", name="Refine", exact=True).click()
        bar = page.locator(".st-key-versions-bar")
        bar.get_by_text("Version 2 of 2", exact=True).wait_for(timeout=120_000)
        open_tab(page, "Versions", ".st-key-versions-compare table")  # the table, not only its caption
        table = page.locator(".st-key-versions-compare")
        assert "110 × 70 × 5 mm" in table.inner_text() and "110 × 70 × 10 mm" in table.inner_text()
        # The mm / in toggle beside the facts: the compare follows it too.
        inches = page.get_by_role("radio", name="in", exact=True).or_(page.get_by_role("button", name="in", exact=True))
        for attempt in range(3):  # a click that lands while the page redraws is lost: click again
            inches.first.click()
            try:
                # the table and the caption under it redraw one after the other: wait for both
                page.wait_for_function("() => { const t = document.querySelector('.st-key-versions-compare')?.innerText;"
                                       " return /0\\.394 in/.test(t) && /files are in millimetres/.test(t); }",
                                       timeout=15_000)
                break
            except Exception:
                if attempt == 2:
                    raise
        text = page.locator(".st-key-versions-compare").inner_text()
        assert "4.331 × 2.756 × 0.197 in" in text and "4.331 × 2.756 × 0.394 in" in text and " mm" not in text, text
        assert "files are in millimetres" in text
        shot_at(page, page.locator(".st-key-versions-compare"), f"{name}-generate-versions-compare-inches")
        run_id = page.url.split("run=")[1].split("&")[0]

        for path, words, page_name in (("/history", "Every run on this machine", "history"),
                                       (f"/history?run={run_id}", "Continue in Generate", "history-run"),
                                       ("/status", "Library versions", "status"),
                                       ("/eval", "Which generator gets your parts right", "eval")):
            page.goto(app_url + path)
            page.get_by_text(words).first.wait_for(timeout=60_000)
            page.wait_for_timeout(1000)
            screenshot(page, f"{name}-{page_name}")
            if page_name == "history" and size == "phone":  # the runs start on the first screen
                table_box = page.locator('[data-testid="stDataFrame"]').first.bounding_box()
                assert table_box is not None and table_box["y"] < viewport["height"] - 100, table_box
                columns = page.locator('.st-key-history-filters [data-testid="stColumn"]')
                tops = {round(columns.nth(index).bounding_box()["y"]) for index in (1, 2, 3)}  # Result, Source, Family
                assert len(tops) == 1, f"Result, Source and Family are not on one row: {tops}"
            if page_name == "history-run":
                shot_at(page, page.get_by_role("button", name="Continue in Generate"), f"{name}-history-run-actions")
    finally:
        context.close()

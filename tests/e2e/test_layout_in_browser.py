"""Phone and desktop, light and dark: Generate is tappable on a phone, the part fits its frame,
and every page is screenshotted in both themes at both sizes (test-output/screenshots/)."""

from __future__ import annotations

import io

import pytest

from .conftest import PHONE, VIEWPORT, screenshot
from .driver import open_app, wait_new_frame

pytestmark = [pytest.mark.e2e, pytest.mark.slow]

PLATE = "Plate 110 x 70 x 5 mm with four 6 mm corner holes"


def part_touches_sides(page) -> bool:
    """Whether the part reaches the left or right edge of the viewer (it is cut off)."""
    from PIL import Image

    frame = page.locator("iframe#stpyvistaframe").first
    picture = Image.open(io.BytesIO(frame.screenshot())).convert("RGB")
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


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("size", ["desktop", "phone"])
def test_every_page_in_both_themes_and_sizes(browser, app_url, scheme, size):
    viewport = VIEWPORT if size == "desktop" else PHONE
    context = browser.new_context(viewport=viewport, color_scheme=scheme, is_mobile=size == "phone",
                                  has_touch=size == "phone")
    page = context.new_page()
    try:
        open_app(page, app_url)
        background = page.evaluate("() => getComputedStyle(document.querySelector('.stApp')).backgroundColor")
        dark = sum(int(v) for v in background.strip("rgba()").split(",")[:3]) < 200
        assert dark == (scheme == "dark"), background  # the theme follows the system
        page.get_by_label("Prompt").fill(PLATE)
        page.get_by_label("Prompt").blur()
        page.get_by_role("button", name="Generate", exact=True).click()
        wait_new_frame(page, timeout=120)
        page.wait_for_timeout(800)
        screenshot(page, f"layout-{size}-{scheme}-generate")
        page.locator('[data-testid="stMetric"]').first.scroll_into_view_if_needed()
        page.wait_for_timeout(300)
        screenshot(page, f"layout-{size}-{scheme}-generate-facts")
        for path, words, name in (("/history", "Every run on this machine", "history"),
                                  ("/status", "Library versions", "status")):
            page.goto(app_url + path)
            page.get_by_text(words).wait_for(timeout=30_000)
            page.wait_for_timeout(1000)
            screenshot(page, f"layout-{size}-{scheme}-{name}")
    finally:
        context.close()

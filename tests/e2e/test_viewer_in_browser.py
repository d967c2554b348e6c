"""The viewer as a CAD user drives it, in chromium against `streamlit run`, at 1280×800 and 390×844:
the view buttons, the dimensions toggle and the section slider change the picture (pixels
compared), the axis triad and grid are drawn, the wheel scrolls the page until the viewer is
clicked, and the Light / Dark switch recolours the page and the viewer and persists.
Screenshots of every page in both themes and sizes go to test-output/screenshots/."""

from __future__ import annotations

import io

import pytest

from .conftest import PHONE, SHOTS, VIEWPORT, screenshot
from .driver import open_app, viewer_frame, viewer_picture

pytestmark = [pytest.mark.e2e, pytest.mark.slow]

PLATE = "Plate 110 x 70 x 5 mm with four 6 mm corner holes"
SIZES = {"desktop": VIEWPORT, "phone": PHONE}


def new_page(browser, size: str, scheme: str = "light"):
    phone = size == "phone"
    context = browser.new_context(viewport=SIZES[size], color_scheme=scheme, is_mobile=phone, has_touch=phone,
                                  device_scale_factor=2 if phone else 1, accept_downloads=True)
    return context, context.new_page()


def wait_scene(page, timeout_ms: int = 120_000) -> object:
    """Wait until a viewer not tagged old has its scene and overlay drawn; returns its frame."""
    deadline = page.evaluate("() => Date.now()") + timeout_ms
    while page.evaluate("() => Date.now()") < deadline:
        frame = viewer_frame(page)
        if frame is not None:
            try:
                ready = frame.evaluate(
                    "() => { const c = document.querySelector('canvas'); const o = document.getElementById('nc-overlay');"
                    " const w = window.global && window.global.renderWindow;"
                    " return !!c && !c.dataset.old && !!o && o.width > 0 && !!w &&"
                    " w.getRenderers().some(r => r.getActors().length > 0); }")
                if ready:
                    frame.evaluate("() => new Promise(r => setTimeout(() => requestAnimationFrame(() =>"
                                   " requestAnimationFrame(r)), 300))")
                    return frame
            except Exception:  # frames come and go while Streamlit redraws
                pass
        page.wait_for_timeout(100)
    raise TimeoutError("the viewer did not draw its scene in time")


def mark_old(page) -> None:
    frame = viewer_frame(page)
    if frame is not None:
        frame.evaluate("() => document.querySelectorAll('canvas').forEach(c => c.dataset.old = '1')")


def picture(page):
    from PIL import Image

    return Image.open(io.BytesIO(viewer_picture(page))).convert("RGB")


def changed_fraction(before, after) -> float:
    """The share of pixels that changed noticeably between two pictures of the viewer."""
    from PIL import ImageChops

    if before.size != after.size:
        after = after.resize(before.size)
    diff = ImageChops.difference(before, after).convert("L").point(lambda v: 255 if v > 40 else 0)
    return sum(1 for v in diff.getdata() if v) / (before.size[0] * before.size[1])


def overlay(frame, name: str) -> list[str]:
    text = frame.evaluate(f"() => document.getElementById('nc-overlay').dataset.{name}")
    return [t for t in text.split("|") if t]


def camera_distance(frame) -> float:
    return frame.evaluate(
        "() => { const rs = window.global.renderWindow.getRenderers();"
        " const r = rs.reduce((a, b) => b.getActors().length > a.getActors().length ? b : a);"
        " return r.getActiveCamera().getDistance(); }")


def changes_picture(page, action, what: str, at_least: float = 0.01):
    # A thin line or a label changes a few thousand of the viewer's ~200 000 pixels; two renders of
    # the same scene differ in none (the Iso and Off checks hold that under 0.2 %).
    """Do `action`, wait for the remounted viewer, and check its picture changed; returns the new picture."""
    before = picture(page)
    mark_old(page)
    action()
    frame = wait_scene(page)
    after = picture(page)
    fraction = changed_fraction(before, after)
    if fraction < at_least:  # keep both pictures for the person reading the failure
        SHOTS.mkdir(parents=True, exist_ok=True)
        before.save(SHOTS / f"failed-{what.replace(' ', '-')}-before.png")
        after.save(SHOTS / f"failed-{what.replace(' ', '-')}-after.png")
    assert fraction >= at_least, f"{what}: only {fraction:.2%} of the viewer changed"
    return frame, after


def make_part(page, url: str):
    open_app(page, url)
    page.get_by_label("Prompt").fill(PLATE)
    page.get_by_label("Prompt").blur()
    mark_old(page)
    page.get_by_role("button", name="Generate", exact=True).click()
    page.get_by_role("button", name="Download STEP").wait_for(timeout=120_000)
    frame = wait_scene(page)
    page.locator("iframe#stpyvistaframe").first.scroll_into_view_if_needed()
    page.wait_for_timeout(300)
    return frame


def choose(scope, name: str) -> None:
    """Click an option of a segmented control (Streamlit draws its options as radios or buttons)."""
    scope.get_by_role("radio", name=name, exact=True).or_(scope.get_by_role("button", name=name, exact=True)).first.click()


def colour_kinds(image, box: tuple[int, int, int, int]) -> set[str]:
    """Which of red, green and blue strokes appear in a region (the triad's axes)."""
    kinds = set()
    for r, g, b in image.crop(box).getdata():
        if r > 170 and g < 110 and b < 110:
            kinds.add("red")
        if g > 130 and r < 110 and b < 140:
            kinds.add("green")
        if b > 170 and r < 120 and g < 150:
            kinds.add("blue")
    return kinds


@pytest.mark.parametrize("size", ["desktop", "phone"])
def test_views_dimensions_and_section_change_the_picture(browser, app_url, size):
    context, page = new_page(browser, size)
    try:
        frame = make_part(page, app_url)
        iso = picture(page)
        # The triad (X red, Y green, Z blue) sits in the lower left; the grid says its spacing.
        width, height = iso.size
        assert colour_kinds(iso, (0, int(height * 0.7), int(width * 0.3), height)) == {"red", "green", "blue"}
        assert overlay(frame, "notes") == ["Grid 20 mm"]  # 110 mm across: ten cells of 20 mm at most
        screenshot(page, f"viewer-{size}-iso")

        # The view buttons set the camera: each picture differs from the one before.
        views = page.locator('[class*="-viewer-tools"]')
        frame, front = changes_picture(page, lambda: choose(views, "Front"), "Front")
        frame, top = changes_picture(page, lambda: choose(views, "Top"), "Top")
        assert changed_fraction(front, top) > 0.01
        screenshot(page, f"viewer-{size}-top")
        frame, _ = changes_picture(page, lambda: choose(views, "Iso"), "Iso")
        assert changed_fraction(iso, picture(page)) < 0.002, "Iso brings the first view back"

        # Dimensions: three lines with their values, in the unit shown, on and off.
        toggle = page.locator(".st-key-viewer-dimensions label").first
        frame, _ = changes_picture(page, toggle.click, "Dimensions on", at_least=0.003)
        assert sorted(overlay(frame, "labels")) == ["110 mm", "5 mm", "70 mm"]
        screenshot(page, f"viewer-{size}-dimensions")
        frame, _ = changes_picture(page, lambda: choose(page, "in"), "inches", at_least=0.001)
        assert sorted(overlay(frame, "labels")) == ["0.20 in", "2.76 in", "4.33 in"]
        assert overlay(frame, "notes") == ["Grid 20 mm (0.787 in)"]
        choose(page, "mm")
        frame = wait_scene(page)
        frame, _ = changes_picture(page, toggle.click, "Dimensions off", at_least=0.003)
        assert overlay(frame, "labels") == []

        # Section along X, then the slider moves the plane: the picture changes each time.
        section = page.locator(".st-key-viewer-section")
        frame, _ = changes_picture(page, lambda: choose(section, "X"), "Section X")
        assert overlay(frame, "notes") == ["Grid 20 mm", "Section X = 0 mm"]
        slider = page.locator('[class*="st-key-viewer-section-"] input[type="range"]').first
        slider.focus()
        frame, _ = changes_picture(page, lambda: page.keyboard.press("Home"), "Section slider")
        assert overlay(frame, "notes") == ["Grid 20 mm", "Section X = -54 mm"]  # the first 2 mm step inside the part
        screenshot(page, f"viewer-{size}-section")
        frame, _ = changes_picture(page, lambda: choose(section, "Off"), "Section off")
        assert changed_fraction(iso, picture(page)) < 0.002, "without the section the whole part is back"
    finally:
        context.close()


def test_wheel_scrolls_the_page_until_the_viewer_is_clicked(browser, app_url):
    context, page = new_page(browser, "desktop")
    try:
        frame = make_part(page, app_url)
        iframe = page.locator("iframe#stpyvistaframe").first
        box = iframe.bounding_box()
        distance = camera_distance(frame)
        page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
        page.mouse.wheel(0, 240)
        page.wait_for_timeout(600)
        moved = iframe.bounding_box()
        assert moved["y"] < box["y"] - 100, "a wheel over the viewer scrolls the page"
        assert camera_distance(frame) == pytest.approx(distance), "and does not zoom"
        assert frame.evaluate("() => getComputedStyle(document.getElementById('nc-wheel-hint')).opacity") != "0"

        # A click inside the viewer hands it the wheel: it zooms, the page stays put.
        page.mouse.click(moved["x"] + moved["width"] / 2, moved["y"] + moved["height"] / 2)
        page.mouse.wheel(0, -240)
        page.wait_for_timeout(600)
        assert iframe.bounding_box()["y"] == pytest.approx(moved["y"], abs=2)
        zoomed = camera_distance(frame)
        assert zoomed < distance * 0.95 or zoomed != pytest.approx(distance), "the wheel zooms after a click"
    finally:
        context.close()


def page_dark(page) -> bool:
    background = page.evaluate("() => getComputedStyle(document.querySelector('.stApp')).backgroundColor")
    return sum(int(v) for v in background.strip("rgba()").split(",")[:3]) < 200


def viewer_dark(page) -> bool:
    corner = picture(page).getpixel((6, 40))
    return sum(corner) < 200


def settled(page) -> None:
    """Wait until the page has finished its script run (Streamlit's running indicator is gone)."""
    page.wait_for_function("() => !document.querySelector('[data-testid=\"stStatusWidget\"]')"
                           " && !document.querySelector('[data-testid=\"stSkeleton\"]')", timeout=60_000)
    page.wait_for_timeout(500)


def sidebar_open(page) -> bool:
    box = page.locator('[data-testid="stSidebar"]').bounding_box()
    return box is not None and box["x"] + box["width"] > 10


def open_sidebar(page) -> None:
    """On a phone the sidebar starts closed: open it with its button, as a person would."""
    if not sidebar_open(page):
        page.locator('[data-testid="stExpandSidebarButton"]').first.click()
        page.wait_for_function("() => { const b = document.querySelector('[data-testid=\"stSidebar\"]')"
                               ".getBoundingClientRect(); return b.right > 10 && b.left >= -1; }", timeout=10_000)
        page.wait_for_timeout(400)  # the slide-in animation


PAGES = (("/history", "Every run on this machine", "history"), ("/status", "Library versions", "status"),
         ("/eval", "Generators", "eval"))


@pytest.mark.parametrize("choice", ["Dark", "Light"])
@pytest.mark.parametrize("size", ["desktop", "phone"])
def test_theme_switch_recolours_page_and_viewer_and_persists(browser, app_url, size, choice):
    """The system says the opposite of the choice: only the switch can make the page look as chosen."""
    dark = choice == "Dark"
    context, page = new_page(browser, size, scheme="light" if dark else "dark")
    try:
        make_part(page, app_url)
        assert page_dark(page) is not dark and viewer_dark(page) is not dark  # the system's scheme
        before = picture(page)
        open_sidebar(page)
        mark_old(page)
        choose(page.locator(".st-key-theme-switch"), choice)
        page.wait_for_function(f"() => {{ const app = document.querySelector('.stApp'); if (!app) return false; const c = getComputedStyle(app).backgroundColor;"
                               f" const s = c.match(/\\d+/g).slice(0, 3).reduce((a, b) => a + +b, 0);"
                               f" return {'s < 200' if dark else 's >= 200'}; }}", timeout=60_000)
        wait_scene(page)
        page.locator("iframe#stpyvistaframe").first.scroll_into_view_if_needed()
        page.wait_for_timeout(300)
        assert page_dark(page) is dark and viewer_dark(page) is dark
        assert changed_fraction(before, picture(page)) > 0.5, "the viewer's background follows the switch"
        assert page.get_by_role("button", name="Download STEP").is_visible(), "the reload kept the open run"
        screenshot(page, f"theme-{size}-{choice.lower()}-generate-viewer")
        page.locator('[data-testid="stMetric"]').first.scroll_into_view_if_needed()
        screenshot(page, f"theme-{size}-{choice.lower()}-generate-facts")
        page.get_by_role("heading", name="Generate").scroll_into_view_if_needed()
        page.wait_for_timeout(300)
        screenshot(page, f"theme-{size}-{choice.lower()}-generate")

        # Every page, loaded afresh, is drawn in the choice; so is the next visit.
        for path, words, name in PAGES:
            page.goto(app_url + path)
            page.get_by_text(words).first.wait_for(timeout=60_000)
            settled(page)
            assert page_dark(page) is dark, name
            assert size == "desktop" or not sidebar_open(page), f"{name}: the phone's sidebar starts closed"
            screenshot(page, f"theme-{size}-{choice.lower()}-{name}")
        page.goto(app_url)
        page.get_by_role("button", name="Generate", exact=True).wait_for(timeout=60_000)
        assert page_dark(page) is dark
        open_sidebar(page)
        selected = page.locator(".st-key-theme-switch button[kind*='Active'], .st-key-theme-switch "
                                "button[aria-pressed='true'], .st-key-theme-switch button[aria-checked='true']")
        assert selected.first.inner_text().strip().endswith(choice)

        # System hands the choice back to the device.
        choose(page.locator(".st-key-theme-switch"), "System")
        page.wait_for_function(f"() => {{ const app = document.querySelector('.stApp'); if (!app) return false; const c = getComputedStyle(app).backgroundColor;"
                               f" const s = c.match(/\\d+/g).slice(0, 3).reduce((a, b) => a + +b, 0);"
                               f" return {'s >= 200' if dark else 's < 200'}; }}", timeout=60_000)
    finally:
        context.close()

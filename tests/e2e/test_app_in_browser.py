"""The app in a real browser: generate, see the 3D preview, download STEP, slide, open from History.

One flow (the expensive part is the browser and the server, not the steps), with a
screenshot of every page saved to test-output/screenshots/.
"""

from __future__ import annotations

import re
import subprocess
import sys

import pytest

from .conftest import ROOT, screenshot
from .driver import generate, metric, open_app, viewer_colours, wait_new_frame

pytestmark = pytest.mark.e2e

PROMPT = "Plate 120 x 80 x 6 mm with four 8 mm corner holes"


def reimport_step(path: str) -> list[float]:
    """Import the STEP in a fresh Python (build123d never loads in the app) and measure it."""
    code = ("import sys; from build123d import import_step; s = import_step(sys.argv[1]); "
            "b = s.bounding_box(); print(round(b.size.X, 3), round(b.size.Y, 3), round(b.size.Z, 3), "
            "len(s.solids()), s.is_valid)")
    out = subprocess.run([sys.executable, "-c", code, path], capture_output=True, text=True, timeout=180, cwd=ROOT)
    assert out.returncode == 0, out.stderr[-2000:]
    x, y, z, solids, valid = out.stdout.split()
    assert solids == "1" and valid == "True"
    return sorted([float(x), float(y), float(z)], reverse=True)


def test_generate_preview_download_slide_and_history(page, app_url, tmp_path):
    open_app(page, app_url)
    screenshot(page, "01-generate-empty")

    # Generate: progress, then the interactive preview and the download buttons.
    generate(page, PROMPT)
    step_button = page.get_by_role("button", name="Download STEP")
    step_button.wait_for(timeout=30_000)
    labels = [b.inner_text().split("\n")[-1].strip() for b in page.locator("[data-testid=stDownloadButton] button").all()]
    assert labels[:3] == ["Download STEP", "Download STL", "Download GLB"]
    assert {label.removeprefix("folder_zip") for label in labels[3:]} == {"All files (.zip)"}  # its tooltip wraps it
    # The page brings the result up (checked before the viewer check, whose element screenshot
    # makes Playwright scroll the viewer into view).
    page.wait_for_function("() => Math.abs(document.querySelector('.st-key-result-top')"
                           ".getBoundingClientRect().top - 72) < 12", timeout=10_000)
    assert metric(page, "Size") == "120 × 80 × 6 mm"
    assert viewer_colours(page) > 20, "the viewer shows a shaded part, not a blank box"
    page.wait_for_timeout(500)
    screenshot(page, "02-generate-result")

    # The STEP file downloads and re-imports as the same valid solid.
    with page.expect_download() as download_info:
        step_button.click()
    download = download_info.value
    assert download.suggested_filename.endswith(".step")
    target = tmp_path / download.suggested_filename
    download.save_as(target)
    assert reimport_step(str(target)) == pytest.approx([120.0, 80.0, 6.0], abs=0.01)

    # A slider re-runs the script (no model) and the size follows.
    length = page.locator('[data-testid="stSlider"]').filter(has_text="Length").first
    length.scroll_into_view_if_needed()
    track = length.locator('[data-testid="stSliderTrack"], [data-baseweb="slider"] > div, div[role="group"] > div').first
    box = track.bounding_box()
    page.mouse.click(box["x"] + box["width"] * 0.25, box["y"] + box["height"] / 2)
    page.wait_for_function(
        "() => [...document.querySelectorAll('[data-testid=stMetricValue]')]"
        ".some(e => /× 80 × 6 mm/.test(e.innerText) && !/^120 ×/.test(e.innerText))", timeout=60_000)
    wait_new_frame(page, timeout=30)
    new_size = metric(page, "Size")
    assert re.fullmatch(r"\d+(\.\d+)? × 80 × 6 mm", new_size) and not new_size.startswith("120 ")
    page.locator(".st-key-current-viewer").evaluate("e => e.scrollIntoView({block: 'center'})")
    page.wait_for_timeout(800)
    screenshot(page, "03-generate-slider")

    # History: the runs are listed with thumbnails; open the newest one from the table.
    page.get_by_role("link", name="History").click()
    grid = page.locator('[data-testid="stDataFrame"]')
    grid.wait_for(timeout=30_000)
    page.wait_for_timeout(800)  # the grid paints its canvas after it mounts
    screenshot(page, "04-history")
    box = grid.bounding_box()
    page.mouse.click(box["x"] + 16, box["y"] + 36 + 32)  # the first row's selection box
    page.get_by_role("button", name="Continue in Generate").wait_for(timeout=30_000)
    wait_new_frame(page, timeout=30)
    assert "run=" in page.url
    page.wait_for_function("() => Math.abs(document.querySelector('.st-key-history-run-top')"
                           ".getBoundingClientRect().top - 72) < 12", timeout=10_000)  # the page brings it up
    page.wait_for_timeout(800)
    assert viewer_colours(page) > 20
    screenshot(page, "05-history-open")

    # Status: source, sandbox, data and versions.
    page.get_by_role("link", name="Status").click()
    page.get_by_text("Library versions").wait_for(timeout=30_000)
    page.locator('[data-testid="stTable"]').get_by_text("build123d", exact=True).wait_for(timeout=30_000)
    page.locator('[data-testid="stProgress"]').first.wait_for(timeout=30_000)
    page.wait_for_timeout(500)
    assert page.get_by_text("Offline templates").first.is_visible()
    screenshot(page, "06-status")

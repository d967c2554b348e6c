"""The reading on the Generate page: "Read as …", and what was not understood, shown prominently."""

from __future__ import annotations

import pytest

from .conftest import screenshot
from .driver import generate, open_app

pytestmark = pytest.mark.e2e


def ask(page, prompt: str) -> None:
    """Type a prompt and press Generate, without waiting for a preview (a refusal has none)."""
    page.get_by_label("Prompt").fill(prompt)
    page.get_by_label("Prompt").blur()
    page.get_by_role("button", name="Generate", exact=True).click()


def test_a_prompt_no_family_fits_is_refused_with_what_was_read(page, app_url):
    open_app(page, app_url)
    ask(page, "Could you do a chess knight for my set, about 50mm tall?")
    alert = page.get_by_text("Not understood · no part was made").first
    alert.wait_for(timeout=60_000)
    body = page.locator("[data-testid=stAlert]").all_inner_texts()
    text = "\n".join(body)
    assert "“chess”: not a part NaturalCAD knows" in text and "“knight”: not a part NaturalCAD knows" in text
    assert "does not know how to make “chess knight”" in text and "50mm" in text
    assert page.get_by_role("button", name="Download STEP").count() == 0, "no part is presented as the answer"
    screenshot(page, "10-generate-not-understood")


def test_a_product_name_is_asked_about_not_built(page, app_url):
    """"case for an iPhone 15": the 15 is a model number, not a size; the page asks for the
    device's sizes instead of showing a box 15 mm wide (it used to build a low stand-in)."""
    open_app(page, app_url)
    page.get_by_label("Prompt").fill("case for an iPhone 15")
    page.get_by_role("button", name="Generate", exact=True).click()
    page.get_by_text("is a phone or tablet model").first.wait_for(timeout=60_000)
    text = "\n".join(page.locator("[data-testid=stAlert]").all_inner_texts())
    assert "Please give the device's length, width and thickness" in text
    assert page.get_by_role("button", name="Download STEP").count() == 0
    screenshot(page, "11-generate-asks-for-sizes")


def test_a_typo_prompt_reads_high_with_the_bound_values(page, app_url):
    open_app(page, app_url)
    generate(page, "cylinder, heigth 30mm, diamter 45mm")
    page.get_by_role("button", name="Download STEP").wait_for(timeout=60_000)
    text = "\n".join(page.locator("[data-testid=stAlert]").all_inner_texts())
    assert "Read as a cylinder · High confidence" in text
    assert "height 30 mm" in text and "diameter 45 mm" in text and "“diamter” as “diameter”" in text
    screenshot(page, "12-generate-high-reading")

"""The page as a person uses it, in real Chromium: undo, Clear, the empty state, the targets,
highlights in the editor, cards in plain words, and a 390x844 touch phone.

Screenshots of both viewports go to ``test-artifacts/`` (``docs/screenshot-desktop.png`` and
``docs/screenshot-phone.png`` are copies of them).
"""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest
from playwright.sync_api import Browser, BrowserContext, Page, expect

from tests.web.helpers import ARTIFACTS, AXE, READY_TIMEOUT_MS, Recorded
from tests.web.test_page import (
    EVIDENCE_ABOUT,
    ROCKET_HEADLINE,
    no_errors,
    open_page,
    set_profile,
    wait_settled,
)

pytestmark = pytest.mark.browser

FIXED_HEADLINE = "\U0001f680 AI Engineer | PyTorch"
# the same words three times: one card with its count, three marks (research-framing reports
# every occurrence; buzzword, once per cliché)
CLICHE_ABOUT = (
    "I share my Kaggle notebooks. " + EVIDENCE_ABOUT + " Kaggle medals, and Kaggle talks."
)
TARGET_LABELS = [
    "AI Engineer",
    "Forward-Deployed AI Engineer",
    "ML research (labs, PhD-track roles)",
]


def texts(page: Page) -> tuple[str, str]:
    return page.input_value("#headline"), page.input_value("#summary")


def in_viewport(page: Page, selector: str) -> bool:
    result: bool = page.eval_on_selector(
        selector,
        """e => { const r = e.getBoundingClientRect();
                  return r.top >= 0 && r.bottom <= innerHeight && r.height > 0; }""",
    )
    return result


@pytest.fixture()
def phone(browser: Browser, recorded: Recorded) -> Iterator[Page]:
    """A 390x844 touch phone."""
    ctx: BrowserContext = browser.new_context(
        viewport={"width": 390, "height": 844}, has_touch=True, is_mobile=True
    )
    ctx.on("request", lambda r: recorded.requests.append(r.url))
    pg = ctx.new_page()
    pg.set_default_timeout(60_000)
    pg.on("pageerror", lambda e: recorded.page_errors.append(str(e)))
    pg.on(
        "console", lambda m: recorded.console_errors.append(m.text) if m.type == "error" else None
    )
    yield pg
    ctx.close()


def test_undo_a_fix_with_ctrl_z_and_the_button(
    page: Page, static_server: str, recorded: Recorded
) -> None:
    open_page(page, static_server)
    page.fill("#headline", ROCKET_HEADLINE)
    page.click("#summary")
    page.keyboard.type(EVIDENCE_ABOUT[:60])  # the About is typed last (what broke undo before)
    wait_settled(page)
    before = texts(page)
    button = page.locator("li.finding", has_text="legacy-title").get_by_role(
        "button", name="Apply rewrite (only if true)"
    )
    button.scroll_into_view_if_needed()  # as a person would before pressing it
    scroll = page.evaluate("() => scrollY")
    button.click()
    wait_settled(page)
    assert texts(page) == (FIXED_HEADLINE, before[1])
    # Apply moved nobody: no scroll, no jump into a text box (which opens a phone's keyboard).
    assert page.evaluate("() => scrollY") == scroll
    assert page.evaluate("() => document.activeElement.tagName") != "TEXTAREA"
    expect(page.locator("#toast")).to_contain_text("Applied 1 fix.")
    expect(page.locator("#undo")).to_be_visible()

    page.keyboard.press("Control+z")  # focus is on the Undo button: the page's undo
    wait_settled(page)
    assert texts(page) == before
    page.keyboard.press("Control+Shift+z")
    wait_settled(page)
    assert texts(page) == (FIXED_HEADLINE, before[1])
    page.click("#summary")  # Ctrl+Z inside the other field undoes the fix, not that field's typing
    page.keyboard.press("Control+z")
    wait_settled(page)
    assert texts(page) == before
    page.keyboard.press("Control+y")
    wait_settled(page)
    page.click("#undo")  # and the button
    wait_settled(page)
    assert texts(page) == before
    # Typing is undone in steps too, in the field typed in.
    page.click("#headline")
    page.keyboard.press("End")
    page.keyboard.type(" | RAG")
    page.wait_for_timeout(1100)
    page.keyboard.press("Control+z")
    assert texts(page) == before
    no_errors(recorded)


def test_clear_offers_undo_and_copy_both_fields(
    page: Page, static_server: str, recorded: Recorded
) -> None:
    page.context.grant_permissions(["clipboard-read", "clipboard-write"], origin=static_server)
    open_page(page, static_server)
    set_profile(page, ROCKET_HEADLINE, EVIDENCE_ABOUT)
    page.click("#copy-summary")
    expect(page.locator("#action-status")).to_have_text("About text copied.")
    assert page.evaluate("() => navigator.clipboard.readText()") == EVIDENCE_ABOUT
    page.click("#copy-headline")
    expect(page.locator("#action-status")).to_have_text("Headline copied.")
    assert page.evaluate("() => navigator.clipboard.readText()") == ROCKET_HEADLINE

    page.click("#clear")
    wait_settled(page)
    assert texts(page) == ("", "")
    assert page.evaluate("() => localStorage.length") == 0
    expect(page.locator("#toast")).to_contain_text("Cleared")
    page.locator("#toast").get_by_role("button", name="Undo").click()
    wait_settled(page)
    assert texts(page) == (ROCKET_HEADLINE, EVIDENCE_ABOUT)
    stored = json.loads(page.evaluate("() => localStorage.getItem('headline-linter:v1')"))
    assert (stored["headline"], stored["summary"]) == (ROCKET_HEADLINE, EVIDENCE_ABOUT)
    no_errors(recorded)


def test_empty_state_and_target_labels(page: Page, static_server: str, recorded: Recorded) -> None:
    open_page(page, static_server)
    expect(page.locator("#score-box")).to_have_attribute("data-band", "none")
    expect(page.locator("#score")).to_have_text("–")  # no score for nothing, never a green 100
    expect(page.locator("#score-band")).to_have_text("No score yet")
    labels = page.eval_on_selector_all("#target option", "os => os.map(o => o.textContent)")
    assert labels == TARGET_LABELS
    effects = set()
    for name in ("ai-engineer", "forward-deployed-ai-engineer", "ml-research"):
        page.select_option("#target", name)
        effects.add(page.text_content("#target-effect"))
    assert len(effects) == 3 and "" not in effects  # a sentence per target on what it changes
    set_profile(page, ROCKET_HEADLINE, EVIDENCE_ABOUT)  # ML research: the legacy title is right
    assert not page.locator("li.finding", has_text="legacy-title").count()
    page.select_option("#target", "ai-engineer")
    wait_settled(page)
    expect(page.locator("li.finding", has_text="legacy-title")).to_have_count(1)
    expect(page.locator("#score")).not_to_have_text("–")
    # The evidence behind the title advice, in the person's own words.
    expect(page.locator("#evidence")).to_be_visible()
    expect(page.locator("#evidence q", has_text="FastAPI")).to_have_count(1)
    no_errors(recorded)


def test_highlights_in_the_editor_and_cards_for_people(
    page: Page, static_server: str, recorded: Recorded
) -> None:
    open_page(page, static_server)
    page.fill("#summary", CLICHE_ABOUT)
    page.click("#headline")
    page.keyboard.type(ROCKET_HEADLINE, delay=15)
    wait_settled(page)
    layer = page.locator("#headline-marked")
    expect(layer.locator("mark").first).to_have_text("ML Engineer")
    # The layer lies exactly under the textarea, hidden from assistive tech, its text invisible:
    # the words are read and edited in the box, with no second copy.
    assert layer.bounding_box() == page.locator("#headline").bounding_box()
    assert layer.get_attribute("aria-hidden") == "true"
    assert layer.evaluate("e => getComputedStyle(e).color") == "rgba(0, 0, 0, 0)"
    assert (
        page.locator("#headline").evaluate("e => getComputedStyle(e).backgroundColor")
        == "rgba(0, 0, 0, 0)"
    )
    assert page.locator(".marked-wrap").count() == 0

    card = page.locator("li.finding", has_text="legacy-title")
    expect(card.locator(".finding-title")).to_contain_text("Legacy title")
    expect(card.locator(".where")).to_have_text("In your headline: ML Engineer")  # in quotes:
    expect(card.locator(".where q")).to_have_text("ML Engineer")
    expect(card.locator(".details")).to_have_text("Rule HL101 legacy-title")
    assert "column" not in card.inner_text()
    cliche = page.locator("li.finding", has_text="research-framing")
    expect(cliche).to_have_count(1)  # "Kaggle" three times: one card with its count
    expect(cliche.locator(".times")).to_have_text(" · 3 times")

    # "Show in text" selects the words in the box.
    card.get_by_role("button", name="Show in text").click()
    selected = page.evaluate(
        "() => { const t = document.activeElement;"
        " return [t.id, t.value.slice(t.selectionStart, t.selectionEnd)]; }"
    )
    assert selected == ["headline", "ML Engineer"]

    # Dismiss a finding: its card and highlights go, and stay gone after a reload.
    passionate = page.locator("#summary-marked mark", has_text="Kaggle")  # the three "Kaggle"
    assert passionate.count() == 3
    cliche.get_by_role("button", name="Dismiss").click()
    expect(page.locator("li.finding", has_text="research-framing")).to_have_count(0)
    expect(passionate).to_have_count(0)
    page.reload()
    page.wait_for_selector("body[data-state=ready]", timeout=READY_TIMEOUT_MS)
    wait_settled(page)
    expect(page.locator("li.finding", has_text="legacy-title")).to_have_count(1)
    expect(page.locator("li.finding", has_text="research-framing")).to_have_count(0)
    expect(page.locator("#findings .dismissed")).to_contain_text("dismissed")
    page.get_by_role("button", name="Show them again").click()
    expect(page.locator("li.finding", has_text="research-framing")).to_have_count(1)

    over = "AI Engineer | " + "x" * 226  # 240 characters: 20 over the 220 limit
    set_profile(page, over, EVIDENCE_ABOUT)
    long = page.locator("li.finding", has_text="headline-too-long")
    expect(long.locator(".where")).to_contain_text("20 characters over")
    expect(page.locator("#headline-marked mark.sev-error")).to_have_text("x" * 20)

    ARTIFACTS.mkdir(exist_ok=True)
    set_profile(page, ROCKET_HEADLINE + " | passionate team player", CLICHE_ABOUT)
    page.set_viewport_size({"width": 1280, "height": 900})
    page.evaluate("() => scrollTo(0, 0)")
    if page.locator("#toast").is_visible():
        page.click("#toast-close")  # the last message closes, as a person would
    expect(page.locator("#toast")).to_be_hidden()
    page.screenshot(path=str(ARTIFACTS / "screenshot-desktop.png"))
    no_errors(recorded)


def test_phone_summary_bar_taps_and_targets(
    phone: Page, static_server: str, recorded: Recorded
) -> None:
    page = phone
    open_page(page, static_server)
    set_profile(page, ROCKET_HEADLINE + " | passionate team player", CLICHE_ABOUT)
    bar = page.locator("#summary-bar")
    expect(bar).to_be_visible()
    expect(bar).to_contain_text("Score")
    expect(bar).to_contain_text("findings")
    # It stays at the top while the person is down in the About text.
    page.locator("#summary").scroll_into_view_if_needed()
    page.evaluate("() => scrollBy(0, 300)")
    box = bar.bounding_box()
    assert box is not None and box["y"] == 0
    ARTIFACTS.mkdir(exist_ok=True)
    page.evaluate("() => scrollTo(0, 0)")
    page.screenshot(path=str(ARTIFACTS / "screenshot-phone.png"))
    page.add_script_tag(path=str(AXE))  # axe-core at the phone's size too
    results = page.evaluate("async () => await axe.run(document, {resultTypes: ['violations']})")
    serious = [v["id"] for v in results["violations"] if v["impact"] in {"serious", "critical"}]
    assert serious == []

    # Tapping a highlight brings its card into view.
    page.evaluate("() => scrollTo(0, 0)")
    mark = page.locator("#headline-marked mark").first
    mark_box = mark.bounding_box()
    assert mark_box is not None
    page.touchscreen.tap(
        mark_box["x"] + mark_box["width"] / 2, mark_box["y"] + mark_box["height"] / 2
    )
    card = "li.finding.linked"
    page.wait_for_function(
        f"""() => {{ const c = document.querySelector({json.dumps(card)});
                   if (!c) return false; const r = c.getBoundingClientRect();
                   return r.top >= 0 && r.top < innerHeight; }}"""
    )
    # The bar opens the findings.
    page.evaluate("() => scrollTo(0, 0)")
    bar.tap()
    page.wait_for_function(
        "() => document.querySelector('#results').getBoundingClientRect().top < 120"
    )

    # Tap targets at least 44 px.
    small = page.eval_on_selector_all(
        "button, select, a, summary",
        """els => els.filter(e => e.offsetParent !== null && !e.closest('.skip'))
                   .map(e => [e.id || e.className || e.tagName, e.getBoundingClientRect()])
                   .filter(([, r]) => r.height < 44 || r.width < 44)
                   .map(([n, r]) => `${n} ${Math.round(r.width)}x${Math.round(r.height)}`)""",
    )
    assert small == []

    # Apply on a phone: no scroll, no keyboard (no text box focused).
    page.locator("li.finding", has_text="legacy-title").scroll_into_view_if_needed()
    scroll = page.evaluate("() => scrollY")
    page.locator("li.finding", has_text="legacy-title").get_by_role(
        "button", name="Apply rewrite (only if true)"
    ).tap()
    wait_settled(page)
    assert page.input_value("#headline").startswith(FIXED_HEADLINE)
    assert abs(page.evaluate("() => scrollY") - scroll) < 2
    assert page.evaluate("() => document.activeElement.tagName") != "TEXTAREA"
    expect(page.locator("#undo")).to_be_visible()
    no_errors(recorded)

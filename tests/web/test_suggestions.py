"""The "Suggested headlines" card in real Chromium: typed in, seen, used, and undone."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from linter import Profile, lint, suggest
from tests.web.helpers import Recorded
from tests.web.test_page import no_errors, open_page, wait_settled

pytestmark = pytest.mark.browser

HEADLINE = "Senior ML Engineer | Python"
ABOUT = (
    "I build and run the retrieval service behind our support assistant: a FastAPI endpoint "
    "over pgvector, deployed on Kubernetes, with an evaluation harness in CI. "
    "It answers 12,000 questions a day for 300 agents."
)
FIRST = "Senior AI Engineer | Deployment, LLM applications, APIs | 12,000 questions a day"


def test_type_a_profile_see_a_suggestion_and_use_it(
    page: Page, static_server: str, recorded: Recorded
) -> None:
    open_page(page, static_server)
    page.fill("#summary", ABOUT)
    page.click("#headline")
    page.keyboard.type(HEADLINE, delay=10)
    wait_settled(page)
    card = page.locator("#suggestions")
    first = card.locator("li.suggestion").first
    expect(first.locator(".suggested-headline")).to_have_text(FIRST)
    expect(card.locator("li.suggestion")).to_have_count(3)
    # the page runs the same engine: its figures are the Python package's
    now = lint(Profile(headline=HEADLINE, summary=ABOUT)).score
    best = suggest(Profile(headline=HEADLINE, summary=ABOUT)).suggestions[0]
    assert best.headline == FIRST and best.score > now
    expect(first.locator(".suggestion-meta")).to_have_text(
        f"Score {best.score} (+{best.score - now})."
    )
    expect(first.locator(".suggestion-sources")).to_have_text(
        "From your headline: Senior ML Engineer; from your About: deployed, assistant, FastAPI, "
        "12,000 questions a day"
    )
    quotes = first.locator("q.source").all_text_contents()
    assert quotes == [
        "Senior ML Engineer",
        "deployed",
        "assistant",
        "FastAPI",
        "12,000 questions a day",
    ]

    first.get_by_role("button", name="Use this").click()
    wait_settled(page)
    assert page.input_value("#headline") == FIRST
    assert page.input_value("#summary") == ABOUT
    expect(page.locator("#score")).to_have_text(str(best.score))
    expect(page.locator("#toast")).to_contain_text("Headline replaced by the suggestion.")
    assert not page.locator("li.finding", has_text="legacy-title").count()

    page.click("#undo")  # the page's undo stack takes it back
    wait_settled(page)
    assert page.input_value("#headline") == HEADLINE
    no_errors(recorded)


def test_no_honest_suggestion_says_so(page: Page, static_server: str, recorded: Recorded) -> None:
    open_page(page, static_server)
    page.fill("#summary", "I want to deploy models one day.")
    page.fill("#headline", "ML Engineer")
    wait_settled(page)
    card = page.locator("#suggestions")
    expect(card).to_contain_text("None yet: your About does not show enough of your own work")
    expect(card.locator("li.suggestion")).to_have_count(0)
    no_errors(recorded)

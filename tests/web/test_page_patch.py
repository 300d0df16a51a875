"""The page's re-lint changes only what changed (web/js/patch.js, marks.js), in real Chromium.

After each edit of a sequence (typing, typing inside a highlight, deleting, a paste, a
dismissal, lines that scroll the box, undo back to empty), the report on screen, patched in
place, must be exactly what a render from nothing gives for the same findings: the same
elements, attributes and text nodes, node by node, so no finding is lost, doubled or stale. And
a field that did not change keeps its layer's nodes.
"""

from __future__ import annotations

import pytest
from playwright.sync_api import BrowserContext, Page

from tests.web.helpers import Recorded
from tests.web.test_page import EVIDENCE_ABOUT, ROCKET_HEADLINE, no_errors, open_page, wait_settled
from tests.web.test_page_editing import CLICHE_ABOUT

pytestmark = pytest.mark.browser

# Every part of the results and both highlight layers, each node as [name, attributes, children]
# (a text node as ["#text", its text]). The "linked" outline is left out: link.js puts it on the
# finding under the caret after a render, on kept and new nodes alike.
SNAPSHOT = """() => {
  const tree = (n) => n.nodeType === Node.TEXT_NODE ? ["#text", n.data] : [
    n.nodeName,
    [...n.attributes].map((a) => [a.name, a.name === "class"
      ? a.value.split(" ").filter((c) => c && c !== "linked").join(" ") : a.value]).sort(),
    [...n.childNodes].filter((c) => c.nodeType !== Node.COMMENT_NODE).map(tree),
  ];
  const parts = ["headline-marked", "summary-marked", "score-box", "score-note", "score-parts",
                 "findings-status", "findings", "evidence", "bar-score", "bar-count"];
  const take = () => parts.map((id) => tree(document.getElementById(id)));
  const patched = take();
  window.__headlineLinter.renderAfresh();
  return [patched, take(), document.querySelectorAll("#findings li.finding").length,
          document.querySelectorAll("#summary-marked mark").length];
}"""


def same_as_afresh(page: Page) -> tuple[int, int]:
    """Assert the patched report equals one rendered from nothing; its card and mark counts."""
    wait_settled(page)
    patched, afresh, cards, marks = page.evaluate(SNAPSHOT)
    assert patched == afresh
    return cards, marks


def keep_nodes(page: Page, layer: str) -> None:
    """Remember the layer's nodes (``same_as_afresh`` builds new ones: call it before this)."""
    page.evaluate("id => { window.__kept = [...document.getElementById(id).childNodes]; }", layer)


def nodes_kept(page: Page, layer: str) -> bool:
    """Whether the layer holds the very nodes ``keep_nodes`` remembered, in the same order."""
    kept: bool = page.evaluate(
        """id => { const now = [...document.getElementById(id).childNodes];
                   return now.length === window.__kept.length
                     && now.every((n, i) => n === window.__kept[i]); }""",
        layer,
    )
    return kept


def test_patched_report_equals_a_fresh_render(
    page: Page, context: BrowserContext, static_server: str, recorded: Recorded
) -> None:
    context.grant_permissions(["clipboard-read", "clipboard-write"])
    open_page(page, static_server)
    page.click("#headline")
    page.keyboard.type(ROCKET_HEADLINE)
    same_as_afresh(page)

    # Type the About in steps, keystroke by keystroke, each step re-linted.
    page.click("#summary")
    for chunk in (CLICHE_ABOUT[:40], CLICHE_ABOUT[40:120], CLICHE_ABOUT[120:]):
        page.keyboard.type(chunk)
        cards, marks = same_as_afresh(page)
    assert cards >= 2 and marks >= 3  # legacy-title; the three "Kaggle" (research-framing)

    # Typing at the end of the About leaves the headline's layer alone, node for node.
    keep_nodes(page, "headline-marked")
    page.keyboard.type(" More")
    wait_settled(page)
    assert nodes_kept(page, "headline-marked")
    same_as_afresh(page)

    # Type inside the first highlight ("Kaggle"): the spans after it all move.
    page.keyboard.press("Control+Home")
    for _ in range(len("I share my Kag")):
        page.keyboard.press("ArrowRight")
    page.keyboard.type("xx")
    same_as_afresh(page)

    # Delete: backspaces, then a selected range.
    for _ in range(5):
        page.keyboard.press("Backspace")
    same_as_afresh(page)
    for _ in range(30):
        page.keyboard.press("Shift+ArrowRight")
    page.keyboard.press("Delete")
    same_as_afresh(page)

    # Paste a paragraph in the middle, through the clipboard.
    page.evaluate("text => navigator.clipboard.writeText(text)", " " + EVIDENCE_ABOUT + " ")
    page.keyboard.press("Control+v")
    assert EVIDENCE_ABOUT in page.input_value("#summary")
    same_as_afresh(page)

    # Typing in the headline leaves the About's layer alone when the About's findings stay put.
    keep_nodes(page, "summary-marked")
    page.click("#headline")
    page.keyboard.press("End")
    page.keyboard.type(" x")
    wait_settled(page)
    assert nodes_kept(page, "summary-marked")
    same_as_afresh(page)

    # Dismiss a finding, then show it again.
    page.locator("li.finding", has_text="research-framing").get_by_role(
        "button", name="Dismiss"
    ).click()
    same_as_afresh(page)
    page.get_by_role("button", name="Show them again").click()
    same_as_afresh(page)

    # Lines typed at the end of the About scroll its box; the layer follows, one frame later at
    # most (its text was a line shorter when the box scrolled).
    page.click("#summary")
    page.keyboard.press("Control+End")
    page.keyboard.type("\nline" * 40)
    wait_settled(page)
    page.evaluate("() => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)))")
    box, layer = page.evaluate(
        "() => ['summary', 'summary-marked'].map((id) => document.getElementById(id).scrollTop)"
    )
    assert box > 0 and layer == box
    same_as_afresh(page)

    # Undo back to the empty page, checking each step.
    for _ in range(60):
        if not page.input_value("#headline") and not page.input_value("#summary"):
            break
        page.keyboard.press("Control+z")
        same_as_afresh(page)
    assert page.input_value("#headline") == page.input_value("#summary") == ""
    assert same_as_afresh(page) == (0, 0)
    no_errors(recorded)

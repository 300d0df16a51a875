"""The browser page in real headless Chromium: the Python linter running in the page, offline.

Marked ``browser``: each test loads the built ``web/dist`` (Pyodide and all) in a fresh context.
"""

from __future__ import annotations

import json

import pytest
from playwright.sync_api import Page, expect

from tests.web.helpers import ARTIFACTS, AXE, READY_TIMEOUT_MS, TEST_PATH, Recorded

pytestmark = pytest.mark.browser

ROCKET_HEADLINE = "\U0001f680 ML Engineer | PyTorch"
EVIDENCE_ABOUT = (
    "I build and deploy LLM applications to production: REST APIs with FastAPI, RAG pipelines "
    "over vector databases, evaluation harnesses and monitoring. Before that I trained and "
    "shipped ranking models serving two million users."
)
XSS = (
    "<img src=x onerror=alert(1)>",
    "<script>window.__pwned = 1; alert(2)</script>",
    '"><svg onload=alert(3)>',
)


def open_page(page: Page, url: str) -> None:
    page.goto(url + TEST_PATH)
    page.wait_for_selector("body[data-state=ready]", timeout=READY_TIMEOUT_MS)


def wait_settled(page: Page) -> None:
    """Until the findings shown are those of the text now in the fields."""
    page.wait_for_function("() => window.__headlineLinter.settled()", timeout=30_000)


def set_profile(page: Page, headline: str, summary: str) -> None:
    page.fill("#summary", summary)
    page.fill("#headline", headline)
    wait_settled(page)


def findings(page: Page) -> list[dict[str, str]]:
    result: list[dict[str, str]] = page.eval_on_selector_all(
        "#findings li.finding",
        """items => items.map(li => ({
            id: li.id,
            rule: li.querySelector('.rule').textContent,
            severity: li.querySelector('.badge').textContent,
        }))""",
    )
    return result


def no_errors(recorded: Recorded) -> None:
    assert recorded.page_errors == []
    # A Content-Security-Policy violation is reported as a console error, so this also proves
    # that the page runs under the API's strict policy.
    assert recorded.console_errors == []
    assert recorded.dialogs == []


def test_loads_and_reports_ready(page: Page, base_url: str, recorded: Recorded) -> None:
    page.goto(base_url + "/")
    expect(page.locator("#loading")).to_be_visible()  # a visible loading state first
    page.wait_for_selector("body[data-state=ready]", timeout=READY_TIMEOUT_MS)
    expect(page.locator("#loading")).to_be_hidden()
    expect(page.locator("#failed")).to_be_hidden()
    titles = page.eval_on_selector_all("#target option", "os => os.map(o => o.textContent)")
    assert "AI Engineer" in titles and len(titles) >= 2  # the engine's targets
    expect(page.locator("#findings-status")).to_have_text(
        "Nothing to check yet: type or paste your headline."
    )
    expect(page.get_by_text("Your text never leaves your browser")).to_be_visible()
    # Opened without the test flag, the page exposes no test hooks.
    assert page.evaluate("() => typeof window.__headlineLinter") == "undefined"
    no_errors(recorded)


def test_legacy_title_highlighted_exactly(
    page: Page, base_url: str, recorded: Recorded, request: pytest.FixtureRequest
) -> None:
    open_page(page, base_url)
    page.fill("#summary", EVIDENCE_ABOUT)
    page.click("#headline")
    page.keyboard.type(ROCKET_HEADLINE, delay=15)  # typed, keystroke by keystroke
    assert page.input_value("#headline") == ROCKET_HEADLINE
    wait_settled(page)

    legacy = [f for f in findings(page) if f["rule"].endswith("legacy-title")]
    assert len(legacy) == 1
    mark = page.locator(f'#headline-marked mark[data-finding~="{legacy[0]["id"]}"]')
    expect(mark).to_have_count(1)
    expect(mark).to_have_text("ML Engineer")
    # Exactly over it: the rocket (two UTF-16 units) and a space before, the rest after.
    before, after = page.eval_on_selector(
        "#headline-marked mark",
        """m => {
            const r = document.createRange();
            r.selectNodeContents(m.parentElement);
            r.setEndBefore(m);
            const before = r.toString();
            r.selectNodeContents(m.parentElement);
            r.setStartAfter(m);
            return [before, r.toString()];
        }""",
    )
    assert before == "\U0001f680 "
    assert after.replace(" [search results cut here] ", "") == " | PyTorch"

    # Linked both ways: a click on the highlight (in the textarea above it) puts the caret in
    # the words and outlines the finding; focusing the finding outlines the highlight.
    item = page.locator(f"#{legacy[0]['id']}")
    box = mark.bounding_box()
    assert box is not None
    page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    caret = page.eval_on_selector("#headline", "t => t.selectionStart")
    assert 3 <= caret <= 3 + len("ML Engineer")  # the click landed in the highlighted words
    expect(item).to_have_class("finding sev-warning linked")
    page.locator("#summary").focus()
    item.focus()
    expect(mark).to_have_class("sev-warning linked")
    expect(item).to_contain_text("Why this matters")
    expect(page.locator("#findings-status")).to_contain_text("1 warning")
    expect(page.locator("#preview-headline")).to_have_text(ROCKET_HEADLINE)

    ARTIFACTS.mkdir(exist_ok=True)
    variant = request.node.callspec.id  # "static" or "serve"
    page.screenshot(path=str(ARTIFACTS / f"page-with-findings-{variant}.png"), full_page=True)
    no_errors(recorded)


def test_apply_fix_changes_text_and_findings(
    page: Page, static_server: str, recorded: Recorded
) -> None:
    open_page(page, static_server)
    set_profile(page, ROCKET_HEADLINE, EVIDENCE_ABOUT)
    score_before = page.text_content("#score")
    unsafe = page.locator("li.finding", has_text="legacy-title")
    expect(unsafe).to_contain_text("It assumes:")
    unsafe.get_by_role("button", name="Apply rewrite (only if true)").click()
    wait_settled(page)
    assert page.input_value("#headline") == "\U0001f680 AI Engineer | PyTorch"
    assert not [f for f in findings(page) if f["rule"].endswith("legacy-title")]
    assert page.text_content("#score") != score_before
    expect(page.locator("#action-status")).to_have_text("Applied 1 fix.")

    # Safe fixes in one click; the bold letters are astral (two UTF-16 units each).
    fancy = "\U0001d400\U0001d408 " + "".join(
        chr(c) for c in (0x1D404, 0x1D427, 0x1D420, 0x1D422, 0x1D427, 0x1D41E, 0x1D41E, 0x1D42B)
    )  # "AI Engineer" in mathematical bold
    set_profile(page, f"{fancy}  |  PyTorch", EVIDENCE_ABOUT)
    expect(page.locator("#headline-marked mark").first).to_have_text(fancy)
    page.click("#apply-safe")
    wait_settled(page)
    assert page.input_value("#headline") == "AI Engineer | PyTorch"
    assert [f for f in findings(page) if f["rule"].endswith(("fancy-unicode", "whitespace"))] == []
    expect(page.locator("#apply-safe")).to_be_disabled()
    no_errors(recorded)


def test_untrusted_text_stays_inert(page: Page, static_server: str, recorded: Recorded) -> None:
    open_page(page, static_server)
    for text in XSS:
        set_profile(page, f"ML Engineer {text}", f"About {text}\n{text}")
        for box in ("#headline-marked", "#summary-marked", "#findings", "#preview-headline"):
            count = page.eval_on_selector(box, "b => b.querySelectorAll('img,script,svg').length")
            assert count == 0
        expect(page.locator("#headline-marked")).to_contain_text(text)
        expect(page.locator("#summary-marked")).to_contain_text(text)
    page.wait_for_timeout(300)
    assert page.evaluate("() => window.__pwned") is None
    assert not [u for u in recorded.requests if u.rstrip("/").endswith("/x")]
    no_errors(recorded)


def test_every_request_goes_to_the_page_origin(
    page: Page, base_url: str, recorded: Recorded
) -> None:
    open_page(page, base_url)
    set_profile(page, ROCKET_HEADLINE, EVIDENCE_ABOUT)
    page.locator("li.finding button.apply").first.click()
    wait_settled(page)
    page.wait_for_timeout(500)
    assert recorded.requests, "no request recorded"
    outside = [u for u in recorded.requests if not u.startswith(base_url + "/")]
    assert outside == [], f"requests that left the page's origin: {outside}"
    names = {u.rsplit("/", 1)[-1] for u in recorded.requests}
    assert {"pyodide.asm.wasm", "pyodide-lock.json", "main.py"} <= names
    assert any(n.startswith("headline_linter-") and n.endswith(".whl") for n in names)
    assert recorded.failed == [] and recorded.bad_status == []
    no_errors(recorded)


def test_text_kept_across_reloads_until_cleared(page: Page, static_server: str) -> None:
    open_page(page, static_server)
    set_profile(page, ROCKET_HEADLINE, EVIDENCE_ABOUT)
    page.select_option("#target", "forward-deployed-ai-engineer")
    page.reload()
    page.wait_for_selector("body[data-state=ready]", timeout=READY_TIMEOUT_MS)
    assert page.input_value("#headline") == ROCKET_HEADLINE
    assert page.input_value("#summary") == EVIDENCE_ABOUT
    assert page.input_value("#target") == "forward-deployed-ai-engineer"
    stored = json.loads(page.evaluate("() => localStorage.getItem('headline-linter:v1')"))
    assert stored["headline"] == ROCKET_HEADLINE
    page.click("#clear")
    assert page.input_value("#headline") == "" and page.input_value("#summary") == ""
    assert page.evaluate("() => localStorage.length") == 0
    page.reload()
    page.wait_for_selector("body[data-state=ready]", timeout=READY_TIMEOUT_MS)
    assert page.input_value("#headline") == ""


def test_usable_by_keyboard_alone(page: Page, static_server: str) -> None:
    open_page(page, static_server)
    page.fill("#summary", EVIDENCE_ABOUT)
    for _ in range(10):
        page.keyboard.press("Tab")
        if page.evaluate("() => document.activeElement.id") == "headline":
            break
    assert page.evaluate("() => document.activeElement.id") == "headline"
    page.keyboard.type("ML Engineer at Acme")
    wait_settled(page)
    for _ in range(40):
        page.keyboard.press("Tab")
        if page.evaluate("() => document.activeElement.classList.contains('apply')"):
            break
    assert page.evaluate("() => document.activeElement.classList.contains('apply')")
    page.keyboard.press("Enter")
    wait_settled(page)
    assert page.input_value("#headline") == "AI Engineer at Acme"
    live = page.locator("#findings-status")
    assert live.get_attribute("role") == "status" and live.get_attribute("aria-live") == "polite"


def test_no_serious_accessibility_violations(page: Page, static_server: str) -> None:
    if not AXE.is_file():
        pytest.fail("axe-core is missing: run `npm ci` in web/ (make web does)")
    open_page(page, static_server)
    set_profile(page, ROCKET_HEADLINE + "  |  \U0001d400\U0001d408", EVIDENCE_ABOUT)
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "page-with-findings.png"), full_page=True)
    page.add_script_tag(path=str(AXE))
    results = page.evaluate("async () => await axe.run(document, {resultTypes: ['violations']})")
    serious = [
        f"{v['id']} ({v['impact']}): {v['help']} at {[n['target'] for n in v['nodes']]}"
        for v in results["violations"]
        if v["impact"] in {"serious", "critical"}
    ]
    assert serious == []


@pytest.mark.parametrize("server", ["strict_csp_server", "api_server"])
def test_runs_under_a_strict_content_security_policy(
    page: Page, server: str, recorded: Recorded, request: pytest.FixtureRequest
) -> None:
    """No eval, no inline script or style: only WebAssembly compilation is allowed.

    Under the strictest policy the page must live with, and under the one ``headline-lint
    serve`` sends with it.
    """
    url: str = request.getfixturevalue(server)
    violations: list[str] = []
    page.expose_function("__reportViolation", lambda v: violations.append(str(v)))
    page.add_init_script(
        "document.addEventListener('securitypolicyviolation', e =>"
        " window.__reportViolation(e.violatedDirective + ' ' + e.blockedURI))"
    )
    response = page.goto(url + TEST_PATH)
    assert response is not None and response.ok
    csp = response.headers["content-security-policy"]
    assert "'wasm-unsafe-eval'" in csp and "'unsafe-eval'" not in csp
    page.wait_for_selector("body[data-state=ready]", timeout=READY_TIMEOUT_MS)
    set_profile(page, ROCKET_HEADLINE, EVIDENCE_ABOUT)
    expect(page.locator("#headline-marked mark")).to_have_text("ML Engineer")
    page.locator("li.finding button.apply").first.click()
    wait_settled(page)
    assert violations == []
    no_errors(recorded)


def test_load_failure_is_shown(page: Page, static_server: str) -> None:
    page.route("**/pydantic_core-*.whl", lambda route: route.abort())
    page.goto(static_server + "/")
    page.wait_for_selector("body[data-state=failed]", timeout=READY_TIMEOUT_MS)
    expect(page.locator("#failed")).to_be_visible()
    expect(page.locator("#failed")).to_contain_text("could not start")
    expect(page.locator("#loading")).to_be_hidden()

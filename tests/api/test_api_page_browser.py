"""The real built page, served by the real server, boots and lints in headless Chromium under the
server's Content-Security-Policy, with no violation reported."""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    from tests.api.conftest import LiveServer

pytestmark = [pytest.mark.server, pytest.mark.browser]

DIST = Path(__file__).resolve().parents[2] / "web" / "dist"
COLLECT_CSP = (
    "window.__csp = [];"
    "document.addEventListener('securitypolicyviolation', e => window.__csp.push("
    "[e.violatedDirective, e.blockedURI, e.sourceFile, e.lineNumber].join(' ')));"
)


@pytest.fixture
def built_page() -> Path:
    if not (DIST / "index.html").is_file():
        if os.environ.get("CI", "").lower() in {"1", "true", "yes"}:
            pytest.fail("web/dist is not built: `make test` must build the page (make web) first")
        pytest.skip("web/dist is not built here (make web); CI builds it and runs this test")
    return DIST


def chromium_path() -> str | None:
    return shutil.which("chromium") or shutil.which("chromium-browser")


def test_the_page_runs_under_the_servers_csp(
    built_page: Path, server_factory: Callable[..., LiveServer]
) -> None:
    from playwright.sync_api import sync_playwright

    server = server_factory({"HEADLINE_LINT_WEB_DIR": str(built_page)})
    errors: list[str] = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium_path(), args=["--no-sandbox"])
        try:
            page = browser.new_page()
            page.on("pageerror", lambda exc: errors.append(str(exc)))
            page.add_init_script(COLLECT_CSP)
            response = page.goto(f"{server.url}/")
            assert response is not None and response.ok
            csp = response.headers["content-security-policy"]
            assert "'wasm-unsafe-eval'" in csp and "'unsafe-eval'" not in csp
            page.wait_for_selector("body[data-state=ready]", timeout=180_000)
            page.fill("#headline", "ML Engineer | Passionate about AI")
            page.wait_for_selector("#findings > *", timeout=60_000)
            findings = page.inner_text("#findings")
            violations: Any = page.evaluate("window.__csp")
        finally:
            browser.close()
    assert "legacy-title" in findings
    assert violations == []
    assert errors == []

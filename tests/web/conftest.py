"""Fixtures for the browser tests: real servers for ``web/dist`` and Debian's headless Chromium.

The page is served two ways: by a plain static file server (as GitHub Pages would) and by
``headline-lint serve`` (the API's Flask app with its strict Content-Security-Policy). Under
``CI=true`` nothing here may skip: a missing browser, page build or server fails loudly.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from playwright.sync_api import (
    Browser,
    BrowserContext,
    ConsoleMessage,
    Dialog,
    Page,
    sync_playwright,
)

from tests.support import chromium, servers
from tests.support.paths import DIST, runtime_folder
from tests.support.policy import unavailable
from tests.web.helpers import STRICT_CSP, Recorded


@pytest.fixture(scope="session")
def dist() -> Path:
    if not (DIST / "index.html").is_file() or not (DIST / "pyscript.json").is_file():
        unavailable("web/dist is not built: run `make web`")
    if not (DIST / runtime_folder(DIST) / "pyodide-lock.json").is_file():
        unavailable("web/dist is not built: run `make web`")
    return DIST


@pytest.fixture(scope="session")
def static_server(dist: Path) -> Iterator[str]:
    port = servers.free_port()
    with servers.running(servers.static_command(dist, port), port) as server:
        yield server.url


class StrictHandler(SimpleHTTPRequestHandler):
    """A static server that adds the strictest Content-Security-Policy the page must live with."""

    def end_headers(self) -> None:
        self.send_header("Content-Security-Policy", STRICT_CSP)
        super().end_headers()

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture(scope="session")
def strict_csp_server(dist: Path) -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), partial(StrictHandler, directory=str(dist)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture(scope="session")
def api_server(dist: Path) -> Iterator[str]:
    """``headline-lint serve`` (one gunicorn worker) serving the built page."""
    server = servers.start_api({"HEADLINE_LINT_WEB_DIR": str(dist)}, args=("--workers", "1"))
    try:
        yield server.url
    finally:
        servers.stop(server)


@pytest.fixture(scope="session", params=["static", "serve"])
def base_url(request: pytest.FixtureRequest) -> str:
    """The page's origin: a plain static server, then ``headline-lint serve``."""
    name = "static_server" if request.param == "static" else "api_server"
    url: str = request.getfixturevalue(name)
    return url


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    problem = chromium.missing()
    if problem is not None:
        unavailable(problem)
    with sync_playwright() as playwright:
        instance = chromium.launch(playwright)
        yield instance
        instance.close()


@pytest.fixture()
def recorded() -> Recorded:
    return Recorded()


@pytest.fixture()
def context(browser: Browser, recorded: Recorded) -> Iterator[BrowserContext]:
    """A fresh context (empty storage and cache) that records every request."""
    ctx = browser.new_context(viewport={"width": 1280, "height": 1000})
    ctx.on("request", lambda r: recorded.requests.append(r.url))
    ctx.on("requestfailed", lambda r: recorded.failed.append(f"{r.url}: {r.failure}"))
    ctx.on(
        "response",
        lambda r: recorded.bad_status.append(f"{r.status} {r.url}") if r.status >= 400 else None,
    )
    yield ctx
    ctx.close()


@pytest.fixture()
def page(context: BrowserContext, recorded: Recorded) -> Page:
    pg = context.new_page()
    pg.set_default_timeout(60_000)

    def on_console(message: ConsoleMessage) -> None:
        if message.type == "error":
            recorded.console_errors.append(message.text)

    pg.on("console", on_console)
    pg.on("pageerror", lambda e: recorded.page_errors.append(str(e)))

    def on_dialog(dialog: Dialog) -> None:
        recorded.dialogs.append(dialog.message)
        dialog.dismiss()

    pg.on("dialog", on_dialog)
    return pg

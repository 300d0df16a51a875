"""A repeat visit loads from the browser alone: the service worker answers every request.

One Chromium profile on disk (a persistent context, as a person's browser keeps its storage)
visits the page twice (the first visit also checks the build's catalogue file). The second visit
must reach its first lint with every response coming from the service worker, and the server
must see no request for any of the page's files; a third visit with the network cut off must
still lint, and so must a fourth with the browser's HTTP cache emptied too.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import BrowserContext, Page, Response, sync_playwright

from linter.ruleset import load_ruleset
from tests.support import chromium
from tests.support.paths import runtime_folder
from tests.support.policy import unavailable
from tests.web.helpers import READY_TIMEOUT_MS

pytestmark = pytest.mark.browser

FIRST_LINT = "() => performance.getEntriesByName('first-lint').length > 0"
WATCH_WORKER = (
    "() => { navigator.serviceWorker.ready.then(() => { window.__workerReady = true; }); }"
)
WORKER_READY = "() => window.__workerReady === true"
CONTROLLED = "() => navigator.serviceWorker.controller !== null"
# The build's catalog.json, which the page uses, is exactly what its Python would describe.
SAME_CATALOG = """async () => {
  const file = await (await fetch("catalog.json")).json();
  const python = JSON.parse(window.headlineLinterPy.describe());
  return [file.rules.length, JSON.stringify(file) === JSON.stringify(python)];
}"""


class LoggingHandler(SimpleHTTPRequestHandler):
    """A static server that remembers every path it was asked for."""

    seen: list[str]

    def log_message(self, format: str, *args: object) -> None:
        self.seen.append(self.path)


@pytest.fixture()
def logged_server(dist: Path) -> Iterator[tuple[str, list[str]]]:
    seen: list[str] = []
    handler = type("Handler", (LoggingHandler,), {"seen": seen})
    server = ThreadingHTTPServer(("127.0.0.1", 0), partial(handler, directory=str(dist)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", seen
    finally:
        server.shutdown()
        server.server_close()


def _visit(
    context: BrowserContext,
    url: str,
    responses: list[Response],
    sources: dict[str, str] | None = None,
) -> Page:
    """Open the page until its first lint; ``sources`` gets, per URL the service worker answered,
    where its answer came from (Chromium's ``cache-storage``, ``http-cache`` or ``network``)."""
    page = context.new_page()
    page.on("response", lambda response: responses.append(response))
    if sources is not None:
        cdp = context.new_cdp_session(page)
        cdp.on("Network.responseReceived", lambda event: _source(event, sources))
        cdp.send("Network.enable")
    page.goto(url + "/")
    page.wait_for_selector("body[data-state=ready]", timeout=READY_TIMEOUT_MS)
    page.wait_for_function(FIRST_LINT, timeout=READY_TIMEOUT_MS)
    return page


def _source(event: dict[str, Any], sources: dict[str, str]) -> None:
    response = event["response"]
    if response.get("fromServiceWorker"):
        sources[response["url"]] = response.get("serviceWorkerResponseSource", "?")


def test_a_repeat_visit_fetches_nothing_from_the_network(
    logged_server: tuple[str, list[str]], dist: Path, tmp_path: Path
) -> None:
    problem = chromium.missing()
    if problem is not None:
        unavailable(problem)
    url, seen = logged_server
    with sync_playwright() as playwright:
        context = playwright.chromium.launch_persistent_context(
            str(tmp_path / "profile"),
            executable_path=str(chromium.CHROMIUM),
            headless=True,
            args=list(chromium.FLAGS),
        )
        try:
            first: list[Response] = []
            page = _visit(context, url, first)
            assert not any(r.from_service_worker for r in first)  # nothing installed yet
            count, same = page.evaluate(SAME_CATALOG)
            assert count == len(load_ruleset().rules) and same is True
            page.evaluate(WATCH_WORKER)  # active once it has copied every file of the build
            page.wait_for_function(WORKER_READY, timeout=READY_TIMEOUT_MS)
            assert f"/{runtime_folder(dist)}pyodide.asm.wasm" in seen
            page.close()

            seen.clear()
            second: list[Response] = []
            sources: dict[str, str] = {}
            page = _visit(context, url, second, sources)
            assert page.evaluate(CONTROLLED) is True
            assert len(second) > 20  # the page, its modules, PyScript, Pyodide, the wheels
            assert [r.url for r in second if not r.from_service_worker] == []
            # The content-hashed runtime comes from the HTTP cache through the worker, so that
            # Chromium reuses the first visit's compiled code; the page's own files from the
            # build's copy in Cache Storage.
            runtime = f"{url}/{runtime_folder(dist)}"
            assert sources[runtime + "pyodide.asm.wasm"] == "http-cache"
            assert {s for u, s in sources.items() if u.startswith(runtime)} == {"http-cache"}
            assert {s for u, s in sources.items() if not u.startswith(runtime)} == {"cache-storage"}
            # The server saw no request for the page's files; at most the browser's own check of
            # sw.js for a newer build, which does not hold up the page.
            assert [path for path in seen if path != "/sw.js"] == []
            page.close()

            context.set_offline(True)
            third: list[Response] = []
            page = _visit(context, url, third)
            assert [r.url for r in third if not r.from_service_worker] == []
            # With the HTTP cache emptied too, the build's copy in Cache Storage answers.
            context.new_cdp_session(page).send("Network.clearBrowserCache")
            page.close()
            fourth: list[Response] = []
            sources.clear()
            page = _visit(context, url, fourth, sources)
            assert [r.url for r in fourth if not r.from_service_worker] == []
            assert sources[runtime + "pyodide.asm.wasm"] == "cache-storage"
            page.close()
        finally:
            context.close()

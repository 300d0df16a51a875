"""Fixtures for the browser tests: real servers for ``web/dist`` and Debian's headless Chromium.

The page is served two ways: by a plain static file server (as GitHub Pages would) and by
``headline-lint serve`` (the API's Flask app with its strict Content-Security-Policy). Under
``CI=true`` nothing here may skip: a missing browser, page build or server fails loudly.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import threading
import time
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
from web_helpers import CHROMIUM, CHROMIUM_FLAGS, DIST, ROOT, STRICT_CSP, Recorded

IN_CI = os.environ.get("CI", "").lower() in {"1", "true", "yes"}


def unavailable(reason: str) -> None:
    """Skip on a developer's machine; fail in CI, where the browser tests must run."""
    if IN_CI:
        pytest.fail(f"browser tests cannot run under CI=true: {reason}", pytrace=False)
    pytest.skip(reason)


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def wait_for_port(port: int, process: subprocess.Popen[bytes], timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            out = process.stdout.read().decode(errors="replace") if process.stdout else ""
            raise RuntimeError(f"server exited with {process.returncode}:\n{out}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                return
        except OSError:
            time.sleep(0.1)
    raise RuntimeError(f"server did not listen on port {port} within {timeout} s")


def stop(process: subprocess.Popen[bytes]) -> None:
    process.terminate()
    try:
        process.wait(timeout=15)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


@pytest.fixture(scope="session")
def dist() -> Path:
    needed = (DIST / "index.html", DIST / "pyodide" / "pyodide-lock.json")
    if not all(path.is_file() for path in needed):
        unavailable("web/dist is not built: run `make web`")
    return DIST


@pytest.fixture(scope="session")
def static_server(dist: Path) -> Iterator[str]:
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "http.server", str(port), "--bind", "127.0.0.1", "-d", str(dist)],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    try:
        wait_for_port(port, process)
        yield f"http://127.0.0.1:{port}"
    finally:
        stop(process)


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
    script = Path(sys.executable).with_name("headline-lint")
    command = shutil.which("headline-lint") if not script.exists() else str(script)
    if command is None:
        unavailable("the headline-lint command is not installed")
        raise AssertionError  # unreachable: unavailable() skips or fails
    port = free_port()
    env = {**os.environ, "HEADLINE_LINT_WEB_DIR": str(dist)}
    process = subprocess.Popen(
        [command, "serve", "--host", "127.0.0.1", "--port", str(port), "--workers", "1"],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        env=env,
        cwd=ROOT,
    )
    try:
        wait_for_port(port, process)
        yield f"http://127.0.0.1:{port}"
    finally:
        stop(process)


@pytest.fixture(scope="session", params=["static", "serve"])
def base_url(request: pytest.FixtureRequest) -> str:
    """The page's origin: a plain static server, then ``headline-lint serve``."""
    name = "static_server" if request.param == "static" else "api_server"
    url: str = request.getfixturevalue(name)
    return url


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    if not CHROMIUM.exists():
        unavailable(f"{CHROMIUM} is missing: `apt-get install -y chromium` (make test does)")
    with sync_playwright() as playwright:
        instance = playwright.chromium.launch(
            executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_FLAGS
        )
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

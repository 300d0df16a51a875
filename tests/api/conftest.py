"""Fixtures as in Flask's tutorial (``app``, ``client``), plus a real server process."""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
import requests
from flask import Flask
from flask.testing import FlaskClient

from linter.api import create_app

ROOT = Path(__file__).resolve().parents[2]


def clean_environ() -> dict[str, str]:
    """The environment without the server's own variables, so a developer's shell cannot leak in."""
    return {k: v for k, v in os.environ.items() if not k.startswith("HEADLINE_LINT_")}


@pytest.fixture
def app(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Flask:
    for name in os.environ:
        if name.startswith("HEADLINE_LINT_"):
            monkeypatch.delenv(name)
    # An empty page folder by default, so a developer's built web/dist never changes a result.
    return create_app({"TESTING": True, "WEB_DIR": tmp_path / "no-page"})


@pytest.fixture
def client(app: Flask) -> FlaskClient:
    return app.test_client()


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def server_command(port: int, args: list[str]) -> list[str]:
    """The ``headline-lint serve`` console script of this environment."""
    script = Path(sys.executable).with_name("headline-lint")
    assert script.exists(), f"{script} is missing: is the package installed (make install)?"
    return [str(script), "serve", "--host", "127.0.0.1", "--port", str(port), *args]


@dataclass
class LiveServer:
    url: str
    process: subprocess.Popen[bytes]
    log_path: Path

    def log(self) -> str:
        return self.log_path.read_text(encoding="utf-8", errors="replace")


def start_server(
    env: dict[str, str] | None = None,
    cwd: Path | None = None,
    args: tuple[str, ...] = ("--workers", "2"),
) -> LiveServer:
    port = free_port()
    folder = Path(tempfile.mkdtemp(prefix="headline-lint-server-"))
    log_path = folder / "server.log"
    full_env = {**clean_environ(), "PYTHONUNBUFFERED": "1", **(env or {})}
    with log_path.open("wb") as log:
        process = subprocess.Popen(
            server_command(port, list(args)),
            stdout=log,
            stderr=subprocess.STDOUT,
            env=full_env,
            cwd=cwd,
        )
    server = LiveServer(f"http://127.0.0.1:{port}", process, log_path)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"server exited with {process.returncode}:\n{server.log()}")
        try:
            if requests.get(f"{server.url}/healthz", timeout=2).status_code == 200:
                return server
        except requests.ConnectionError:
            pass
        time.sleep(0.2)
    stop_server(server)
    raise RuntimeError(f"server not healthy within 60 s:\n{server.log()}")


def stop_server(server: LiveServer) -> int:
    """SIGTERM to the server (gunicorn's master stops its workers), then clean up its group."""
    if server.process.poll() is None:
        server.process.send_signal(signal.SIGTERM)
        try:
            server.process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            server.process.kill()
            server.process.wait()
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(server.process.pid, signal.SIGKILL)
    shutil.rmtree(server.log_path.parent, ignore_errors=True)
    return server.process.returncode


@pytest.fixture
def server_factory() -> Iterator[Callable[..., LiveServer]]:
    """Start extra servers (with their own environment); each is stopped after the test."""
    started: list[LiveServer] = []

    def start(
        env: dict[str, str] | None = None, args: tuple[str, ...] = ("--workers", "2")
    ) -> LiveServer:
        server = start_server(env, cwd=ROOT, args=args)
        started.append(server)
        return server

    yield start
    for server in started:
        stop_server(server)


@pytest.fixture(scope="session")
def live_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    """The real server, under gunicorn, on a free loopback port, with a small built page."""
    page = tmp_path_factory.mktemp("page")
    (page / "index.html").write_text("<!doctype html><title>headline-linter</title>\n")
    server = start_server({"HEADLINE_LINT_WEB_DIR": str(page)}, cwd=ROOT)
    yield server
    stop_server(server)

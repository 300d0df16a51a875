"""Fixtures as in Flask's tutorial (``app``, ``client``), plus a real server process."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from flask import Flask
from flask.testing import FlaskClient

from linter.api import create_app
from tests.support import servers
from tests.support.servers import Server


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


@pytest.fixture
def server_factory() -> Iterator[Callable[..., Server]]:
    """Start extra servers (with their own environment); each is stopped after the test."""
    started: list[Server] = []

    def start(
        env: dict[str, str] | None = None, args: tuple[str, ...] = ("--workers", "2")
    ) -> Server:
        server = servers.start_api(env, args=args)
        started.append(server)
        return server

    yield start
    for server in started:
        servers.stop(server)


@pytest.fixture(scope="session")
def live_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    """The real server, under gunicorn, on a free loopback port, with a small built page."""
    page = tmp_path_factory.mktemp("page")
    (page / "index.html").write_text("<!doctype html><title>headline-linter</title>\n")
    server = servers.start_api({"HEADLINE_LINT_WEB_DIR": str(page)})
    yield server
    servers.stop(server)

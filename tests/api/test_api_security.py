"""Security headers on every response, CORS only with an allow-list, and what is logged."""

from __future__ import annotations

import logging
from collections.abc import Callable

import pytest
from flask.testing import FlaskClient
from werkzeug.test import TestResponse

from linter.api import create_app
from linter.api.security import API_CSP

REQUESTS: dict[str, Callable[[FlaskClient], TestResponse]] = {
    "lint": lambda c: c.post("/v1/lint", json={"headline": "ML Engineer"}),
    "fix": lambda c: c.post("/v1/fix", json={"headline": "ML Engineer"}),
    "rules": lambda c: c.get("/v1/rules"),
    "targets": lambda c: c.get("/v1/targets"),
    "healthz": lambda c: c.get("/healthz"),
    "openapi": lambda c: c.get("/openapi.json"),
    "400": lambda c: c.post("/v1/lint", data="{", content_type="application/json"),
    "404": lambda c: c.get("/nope"),
    "405": lambda c: c.get("/v1/lint"),
    "413": lambda c: c.post("/v1/lint", data="x" * 70_000, content_type="application/json"),
    "415": lambda c: c.post("/v1/lint", data="x", content_type="text/plain"),
    "422": lambda c: c.post("/v1/lint", json={"nope": 1}),
    "page-404": lambda c: c.get("/"),
}


@pytest.mark.parametrize("name", sorted(REQUESTS))
def test_security_headers_on_every_response(client: FlaskClient, name: str) -> None:
    response = REQUESTS[name](client)
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.headers["Referrer-Policy"] == "no-referrer"
    assert response.headers["X-Frame-Options"] == "DENY"
    csp = response.headers["Content-Security-Policy"]
    assert "frame-ancestors 'none'" in csp
    assert csp == API_CSP  # JSON and problems load nothing at all
    assert "Access-Control-Allow-Origin" not in response.headers


def test_page_csp_is_self_only_plus_what_pyodide_and_pyscript_need() -> None:
    from linter.api.security import PAGE_CSP

    directives = dict(d.strip().split(" ", 1) for d in PAGE_CSP.split(";"))
    assert directives["default-src"] == "'self'"
    assert directives["script-src"] == "'self' 'wasm-unsafe-eval'"
    assert directives["object-src"] == "'none'"
    assert directives["frame-ancestors"] == "'none'"
    assert "unsafe-inline" not in PAGE_CSP and "*" not in PAGE_CSP and "http" not in PAGE_CSP


def test_no_cors_without_an_allow_list(client: FlaskClient) -> None:
    response = client.post(
        "/v1/lint", json={"headline": "x"}, headers={"Origin": "https://evil.example"}
    )
    assert response.status_code == 200
    assert "Access-Control-Allow-Origin" not in response.headers
    preflight = client.options(
        "/v1/lint",
        headers={"Origin": "https://evil.example", "Access-Control-Request-Method": "POST"},
    )
    assert "Access-Control-Allow-Origin" not in preflight.headers


def test_cors_for_allowed_origins_only(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HEADLINE_LINT_CORS_ORIGINS", "https://coach.example, http://localhost:3000")
    client = create_app({"TESTING": True}).test_client()
    ok = client.post(
        "/v1/lint", json={"headline": "x"}, headers={"Origin": "https://coach.example"}
    )
    assert ok.headers["Access-Control-Allow-Origin"] == "https://coach.example"
    assert "Origin" in ok.headers["Vary"]
    other = client.post(
        "/v1/lint", json={"headline": "x"}, headers={"Origin": "https://evil.example"}
    )
    assert "Access-Control-Allow-Origin" not in other.headers
    assert "Origin" in other.headers["Vary"]
    preflight = client.options(
        "/v1/lint",
        headers={
            "Origin": "http://localhost:3000",
            "Access-Control-Request-Method": "POST",
            "Access-Control-Request-Headers": "content-type",
        },
    )
    assert preflight.status_code == 200
    assert preflight.headers["Access-Control-Allow-Origin"] == "http://localhost:3000"
    assert "POST" in preflight.headers["Access-Control-Allow-Methods"]
    assert preflight.headers["Access-Control-Allow-Headers"] == "Content-Type"


def test_the_log_has_method_path_status_and_duration_only(
    client: FlaskClient, caplog: pytest.LogCaptureFixture
) -> None:
    secret = "Distinguished SECRET-HEADLINE-7731"
    with caplog.at_level(logging.INFO, logger="linter.api"):
        client.post("/v1/lint?who=QUERY-SECRET", json={"headline": secret, "summary": secret})
        client.post("/v1/lint", json={"headline": secret, "bad": secret})  # 422 echoes input
    lines = [r.getMessage() for r in caplog.records if r.name.startswith("linter.api")]
    assert len(lines) == 2
    assert lines[0].startswith("POST /v1/lint 200 ") and lines[0].endswith("ms")
    assert lines[1].startswith("POST /v1/lint 422 ")
    assert "SECRET" not in caplog.text

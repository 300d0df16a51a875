"""The real server (gunicorn, started as a process) over real HTTP, including concurrency."""

from __future__ import annotations

import http.client
import json
import signal
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

import pytest
import requests

from linter import Profile, lint

if TYPE_CHECKING:
    from tests.support.servers import Server

pytestmark = pytest.mark.server

PROFILE = {
    "headline": "ML Engineer | PhD | Passionate about Deep Learning",
    "summary": "I build retrieval pipelines and evaluation harnesses for LLM apps.",
}


def test_lint_over_http(live_server: Server) -> None:
    response = requests.post(f"{live_server.url}/v1/lint", json=PROFILE, timeout=10)
    assert response.status_code == 200
    assert response.headers["Content-Type"] == "application/json"
    assert response.json() == lint(Profile(**PROFILE)).model_dump(mode="json")
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert "frame-ancestors 'none'" in response.headers["Content-Security-Policy"]


@pytest.mark.parametrize(
    ("method", "path", "body", "status"),
    [
        ("POST", "/v1/fix", {"headline": "ML Engineer", "unsafe": True}, 200),
        ("GET", "/v1/rules", None, 200),
        ("GET", "/v1/rules/legacy-title", None, 200),
        ("GET", "/v1/targets", None, 200),
        ("GET", "/openapi.json", None, 200),
        ("GET", "/v1/rules/no-such-rule", None, 404),
        ("GET", "/nope", None, 404),
        ("POST", "/nope", {}, 404),
        ("DELETE", "/v1/lint", None, 405),
        ("POST", "/v1/lint", {"headline": 1}, 422),
        ("POST", "/v1/lint", {"target": "astronaut"}, 422),
    ],
)
def test_endpoints_and_errors_over_http(
    live_server: Server, method: str, path: str, body: Any, status: int
) -> None:
    response = requests.request(method, f"{live_server.url}{path}", json=body, timeout=10)
    assert response.status_code == status
    expected = "application/json" if status == 200 else "application/problem+json"
    assert response.headers["Content-Type"] == expected
    assert response.headers["Referrer-Policy"] == "no-referrer"
    if status != 200:
        assert response.json()["status"] == status


def test_the_page_is_served(live_server: Server) -> None:
    response = requests.get(f"{live_server.url}/", timeout=10)
    assert response.status_code == 200
    assert response.headers["Content-Type"].startswith("text/html")
    assert "'wasm-unsafe-eval'" in response.headers["Content-Security-Policy"]


def raw_post(url: str, body: bytes, headers: dict[str, str]) -> tuple[int, str, dict[str, str]]:
    parts = urlsplit(url)
    conn = http.client.HTTPConnection(parts.hostname or "", parts.port, timeout=10)
    try:
        conn.request("POST", parts.path, body=body, headers=headers)
        response = conn.getresponse()
        return response.status, response.read().decode(), dict(response.getheaders())
    finally:
        conn.close()


def test_malformed_json_and_wrong_content_type(live_server: Server) -> None:
    status, text, headers = raw_post(
        f"{live_server.url}/v1/lint", b'{"headline": ', {"Content-Type": "application/json"}
    )
    assert status == 400 and headers["Content-Type"] == "application/problem+json"
    assert json.loads(text)["status"] == 400
    status, _, headers = raw_post(
        f"{live_server.url}/v1/lint", b"{}", {"Content-Type": "text/plain"}
    )
    assert status == 415 and headers["Content-Type"] == "application/problem+json"


def test_a_large_body_is_refused_with_413(live_server: Server) -> None:
    big = b'{"headline": "' + b"x" * (1024 * 1024) + b'"}'
    response = requests.post(
        f"{live_server.url}/v1/lint",
        data=big,
        headers={"Content-Type": "application/json"},
        timeout=10,
    )
    assert response.status_code == 413
    assert response.headers["Content-Type"] == "application/problem+json"


def test_a_chunked_body_over_the_limit_is_413(live_server: Server) -> None:
    def chunks() -> Iterator[bytes]:
        yield b'{"headline": "'
        for _ in range(100):
            yield b"x" * 1024
        yield b'"}'

    response = requests.post(
        f"{live_server.url}/v1/lint",
        data=chunks(),
        headers={"Content-Type": "application/json"},
        timeout=10,
    )
    assert response.status_code == 413


def test_concurrent_requests(live_server: Server) -> None:
    headlines = [f"ML Engineer #{i} | LLM evaluation | RAG" for i in range(96)]

    def one(headline: str) -> tuple[int, object]:
        response = requests.post(
            f"{live_server.url}/v1/lint", json={"headline": headline}, timeout=30
        )
        return response.status_code, response.json()

    with ThreadPoolExecutor(max_workers=24) as pool:
        results = list(pool.map(one, headlines))
    assert [status for status, _ in results] == [200] * len(headlines)
    for headline, (_, report) in zip(headlines, results, strict=True):
        assert report == lint(Profile(headline=headline)).model_dump(mode="json")


def test_the_log_never_holds_a_profile(live_server: Server) -> None:
    secret = "SECRET-LIVE-PROFILE-5521"
    requests.post(f"{live_server.url}/v1/lint?q={secret}", json={"headline": secret}, timeout=10)
    requests.post(f"{live_server.url}/v1/lint", json={"summary": secret, "x": 1}, timeout=10)
    requests.get(f"{live_server.url}/healthz", timeout=10)  # a marker the log has caught up to
    log = live_server.log()
    assert "POST /v1/lint 200 " in log and "POST /v1/lint 422 " in log
    assert secret not in log


def test_sigterm_stops_the_server_cleanly(server_factory: Callable[..., Server]) -> None:
    server = server_factory(args=())  # the CLI's defaults: one worker per CPU
    assert requests.get(f"{server.url}/healthz", timeout=10).status_code == 200
    server.process.send_signal(signal.SIGTERM)
    assert server.process.wait(timeout=20) == 0
    with pytest.raises(requests.ConnectionError):
        requests.get(f"{server.url}/healthz", timeout=2)


def test_a_bad_setting_stops_the_start_with_a_clear_message(
    server_factory: Callable[..., Server],
) -> None:
    with pytest.raises(RuntimeError, match="HEADLINE_LINT_MAX_BODY"):
        server_factory({"HEADLINE_LINT_MAX_BODY": "a lot"})


def test_the_environment_configures_the_server(server_factory: Callable[..., Server]) -> None:
    server = server_factory(
        {"HEADLINE_LINT_MAX_BODY": "200", "HEADLINE_LINT_CORS_ORIGINS": "https://coach.example"}
    )
    origin = {"Origin": "https://coach.example"}
    small = requests.post(
        f"{server.url}/v1/lint", json={"headline": "x"}, headers=origin, timeout=10
    )
    assert small.status_code == 200
    assert small.headers["Access-Control-Allow-Origin"] == "https://coach.example"
    big = requests.post(f"{server.url}/v1/lint", json={"headline": "x" * 300}, timeout=10)
    assert big.status_code == 413


def test_dev_mode_serves_with_flasks_reloader(server_factory: Callable[..., Server]) -> None:
    server = server_factory(args=("--dev",))
    url = f"{server.url}/v1/lint?who=SECRET-QUERY-88"
    response = requests.post(url, json={"headline": "SECRET-DEV-88"}, timeout=10)
    assert response.status_code == 200
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert "gunicorn" not in response.headers.get("Server", "")
    requests.get(f"{server.url}/healthz", timeout=10)
    assert "POST /v1/lint 200 " in server.log()
    assert "SECRET" not in server.log()

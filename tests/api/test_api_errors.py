"""Every error of the issue as an RFC 9457 problem, never HTML, never a stack trace."""

from __future__ import annotations

import io
import logging
from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskClient
from werkzeug.test import EnvironBuilder, TestResponse

from linter.api import create_app, routes
from linter.ruleset import load_ruleset


def problem(response: TestResponse, status: int) -> dict[str, Any]:
    assert response.status_code == status, response.get_data(as_text=True)
    assert response.mimetype == "application/problem+json"
    body = response.get_json(force=True)
    assert isinstance(body, dict)
    assert body["status"] == status
    assert isinstance(body["type"], str) and body["type"]
    assert isinstance(body["title"], str) and body["title"]
    assert isinstance(body["detail"], str) and body["detail"]
    assert "Traceback" not in response.get_data(as_text=True)
    return body


@pytest.mark.parametrize("path", ["/v1/lint", "/v1/fix", "/v1/suggest"])
@pytest.mark.parametrize("raw", ["{", '{"headline": }', "", "\xff", '{"headline": "\\ud800"}'])
def test_malformed_json_is_400(client: FlaskClient, path: str, raw: str) -> None:
    body = problem(client.post(path, data=raw, content_type="application/json"), 400)
    assert body["type"].endswith("malformed-json")


@pytest.mark.parametrize("content_type", [None, "text/plain", "application/x-www-form-urlencoded"])
def test_a_content_type_other_than_json_is_415(
    client: FlaskClient, content_type: str | None
) -> None:
    response = client.post("/v1/lint", data='{"headline": "x"}', content_type=content_type)
    assert "application/json" in problem(response, 415)["detail"]


def test_an_unknown_field_is_422_with_the_pydantic_errors(client: FlaskClient) -> None:
    body = problem(client.post("/v1/lint", json={"headline": "x", "headlin": "y"}), 422)
    assert body["errors"] == [
        {
            "type": "extra_forbidden",
            "loc": ["headlin"],
            "msg": "Extra inputs are not permitted",
            "input": "y",
        }
    ]
    assert body["detail"] == "The request body is not a valid Profile: 1 problem."
    two = problem(client.post("/v1/lint", json={"headlin": "y", "sumary": "z"}), 422)
    assert two["detail"] == "The request body is not a valid Profile: 2 problems."


def test_a_wrong_type_is_422_with_locations(client: FlaskClient) -> None:
    response = client.post("/v1/fix", json={"headline": 3, "summary": ["a"], "unsafe": "maybe"})
    errors = problem(response, 422)["errors"]
    assert {(tuple(e["loc"]), e["type"]) for e in errors} == {
        (("headline",), "string_type"),
        (("summary",), "string_type"),
        (("unsafe",), "bool_type"),
    }


@pytest.mark.parametrize("value", [0.0, 1, "true", None])
def test_unsafe_must_be_a_json_boolean_not_something_coercible(
    client: FlaskClient, value: object
) -> None:
    # found by schemathesis: the schema promises a boolean, and 0.0 used to mean "false"
    response = client.post("/v1/fix", json={"headline": "ML Engineer", "unsafe": value})
    errors = problem(response, 422)["errors"]
    assert [(tuple(e["loc"]), e["type"]) for e in errors] == [(("unsafe",), "bool_type")]


@pytest.mark.parametrize("raw", ["[]", '"ML Engineer"', "null", "42"])
def test_a_body_that_is_not_an_object_is_422(client: FlaskClient, raw: str) -> None:
    response = client.post("/v1/lint", data=raw, content_type="application/json")
    errors = problem(response, 422)["errors"]
    assert errors[0]["loc"] == [] and errors[0]["type"] == "model_type"


@pytest.mark.parametrize("path", ["/v1/lint", "/v1/fix", "/v1/suggest"])
def test_an_unknown_target_is_422_listing_the_known_ones(client: FlaskClient, path: str) -> None:
    body = problem(client.post(path, json={"headline": "x", "target": "astronaut"}), 422)
    known = sorted(load_ruleset().targets)
    assert sorted(body["known_targets"]) == known
    assert body["errors"][0]["loc"] == ["target"]
    assert body["errors"][0]["input"] == "astronaut"
    assert sorted(body["errors"][0]["ctx"]["known"]) == known


def test_a_body_over_the_limit_is_413_before_it_is_read(client: FlaskClient) -> None:
    big = '{"headline": "' + "x" * (64 * 1024) + '"}'
    response = client.post("/v1/lint", data=big, content_type="application/json")
    detail = problem(response, 413)["detail"]
    assert "65536" in detail
    # Even with a wrong content type and broken JSON: the size is checked first.
    problem(client.post("/v1/lint", data="{" * 70_000, content_type="text/plain"), 413)


def test_a_body_without_a_length_over_the_limit_is_413(client: FlaskClient) -> None:
    # What a chunked upload looks like to the app: no CONTENT_LENGTH, a stream that ends.
    for size, status in ((70 * 1024, 413), (1024, 200)):
        environ = EnvironBuilder(
            "/v1/lint", method="POST", content_type="application/json"
        ).get_environ()
        environ.pop("CONTENT_LENGTH", None)
        environ["wsgi.input"] = io.BytesIO(b'{"headline": "' + b"x" * size + b'"}')
        environ["wsgi.input_terminated"] = True
        response = client.open(environ)
        assert response.status_code == status


def test_the_body_limit_is_configurable() -> None:
    client = create_app({"TESTING": True, "MAX_CONTENT_LENGTH": 100}).test_client()
    problem(client.post("/v1/lint", json={"headline": "x" * 100}), 413)
    assert client.post("/v1/lint", json={"headline": "x" * 50}).status_code == 200


@pytest.mark.parametrize("path", ["/nope", "/v1", "/v1/lints", "/v1/rules/a/b", "/static/x.js"])
def test_an_unknown_route_is_404(client: FlaskClient, path: str) -> None:
    problem(client.get(path), 404)
    problem(client.post(path, json={}), 404)  # never a 405 from a catch-all route


@pytest.mark.parametrize(
    ("method", "path", "allowed"),
    [
        ("get", "/v1/lint", {"POST", "OPTIONS"}),
        ("put", "/v1/fix", {"POST", "OPTIONS"}),
        ("post", "/v1/rules", {"GET", "HEAD", "OPTIONS"}),
        ("delete", "/healthz", {"GET", "HEAD", "OPTIONS"}),
        ("post", "/openapi.json", {"GET", "HEAD", "OPTIONS"}),
    ],
)
def test_a_wrong_method_is_405_with_allow(
    client: FlaskClient, method: str, path: str, allowed: set[str]
) -> None:
    response = getattr(client, method)(path)
    problem(response, 405)
    assert set(response.headers["Allow"].replace(" ", "").split(",")) == allowed


def test_an_unknown_rule_is_404(client: FlaskClient) -> None:
    body = problem(client.get("/v1/rules/no-such-rule"), 404)
    assert body["type"].endswith("unknown-rule")
    assert "no-such-rule" in body["detail"]


def test_a_crash_is_a_bare_500_logged_without_the_profile(
    app: Flask,
    client: FlaskClient,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    def explode(*args: Any, **kwargs: Any) -> Any:
        raise RuntimeError("boom while reading SECRET-PROFILE-TEXT")

    monkeypatch.setattr(routes, "lint", explode)
    with caplog.at_level(logging.INFO):
        response = client.post("/v1/lint", json={"headline": "SECRET-PROFILE-TEXT"})
    body = problem(response, 500)
    assert "SECRET" not in response.get_data(as_text=True)
    assert body["title"] == "Internal Server Error"
    assert "RuntimeError" in caplog.text  # logged, so it can be found...
    assert "SECRET-PROFILE-TEXT" not in caplog.text  # ...but not what was being linted

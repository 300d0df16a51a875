"""``POST /v1/suggest``: the engine's suggestions over the Flask client and a real server."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import pytest
import requests
from flask.testing import FlaskClient

from linter import Profile, suggest
from tests.api.test_api_openapi import validator

if TYPE_CHECKING:
    from tests.support.servers import Server

PROFILE = {
    "headline": "Senior ML Engineer | Python",
    "summary": "I build and run the retrieval service behind our support assistant: a FastAPI "
    "endpoint over pgvector, deployed on Kubernetes, with an evaluation harness in CI. "
    "It answers 12,000 questions a day for 300 agents.",
}
FIRST = "Senior AI Engineer | Deployment, LLM applications, APIs | 12,000 questions a day"


def test_suggest_answers_the_engines_suggestions(client: FlaskClient) -> None:
    response = client.post("/v1/suggest", json=PROFILE)
    assert response.status_code == 200
    assert response.mimetype == "application/json"
    assert response.headers["Cache-Control"] == "no-store"
    body = response.get_json()
    assert body == suggest(Profile(**PROFILE)).model_dump(mode="json")
    assert body["suggestions"][0]["headline"] == FIRST
    assert body["suggestions"][0]["sources"][0] == {
        "text": "Senior ML Engineer",
        "field": "headline",
        "start": 0,
        "end": 18,
        "utf16_start": 0,
        "utf16_end": 18,
    }


def test_about_and_an_empty_body(client: FlaskClient) -> None:
    about = {"headline": PROFILE["headline"], "about": PROFILE["summary"]}
    assert client.post("/v1/suggest", json=about).get_json()["suggestions"][0]["headline"] == FIRST
    empty = client.post("/v1/suggest", json={}).get_json()
    assert empty == {"target": "ai-engineer", "suggestions": []}


def test_an_unknown_field_is_a_problem(client: FlaskClient) -> None:
    response = client.post("/v1/suggest", json={**PROFILE, "headlines": "x"})
    assert response.status_code == 422
    assert response.mimetype == "application/problem+json"


def test_the_document_describes_it(client: FlaskClient) -> None:
    document: dict[str, Any] = client.get("/openapi.json").get_json()
    op = document["paths"]["/v1/suggest"]["post"]
    assert op["requestBody"]["content"]["application/json"]["schema"] == {
        "$ref": "#/components/schemas/Profile"
    }
    ok = op["responses"]["200"]["content"]["application/json"]["schema"]
    assert ok == {"$ref": "#/components/schemas/Suggestions"}
    assert set(op["responses"]) == {"200", "400", "413", "415", "422"}
    validator(document, "Suggestions").validate(client.post("/v1/suggest", json=PROFILE).get_json())
    # the check can fail: a suggestion without its sources does not validate
    broken = {"target": "x", "suggestions": [{"headline": "x", "score": 1}]}
    assert list(validator(document, "Suggestions").iter_errors(broken))


@pytest.mark.server
def test_suggest_over_http(live_server: Server) -> None:
    response = requests.post(f"{live_server.url}/v1/suggest", json=PROFILE, timeout=10)
    assert response.status_code == 200
    assert response.headers["Content-Type"] == "application/json"
    assert response.json()["suggestions"][0]["headline"] == FIRST
    bad = requests.post(f"{live_server.url}/v1/suggest", json={"target": "astronaut"}, timeout=10)
    assert bad.status_code == 422
    assert bad.headers["Content-Type"] == "application/problem+json"

"""The OpenAPI 3.1 document: generated from the routes and the pydantic models, and true."""

from __future__ import annotations

from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskClient
from jsonschema import Draft202012Validator  # type: ignore[import-untyped]
from referencing import Registry
from referencing.jsonschema import DRAFT202012

from linter import FixResult, Profile, Report
from linter.api.problems import Problem, ValidationProblem
from linter.ruleset import load_ruleset


@pytest.fixture
def document(client: FlaskClient) -> dict[str, Any]:
    response = client.get("/openapi.json")
    assert response.status_code == 200
    body = response.get_json()
    assert isinstance(body, dict)
    return body


def validator(document: dict[str, Any], name: str) -> Draft202012Validator:
    registry: Registry[Any] = Registry().with_resource(
        "urn:openapi", DRAFT202012.create_resource(document)
    )
    ref = {"$ref": f"urn:openapi#/components/schemas/{name}"}
    return Draft202012Validator(ref, registry=registry)


def test_it_is_openapi_3_1_with_valid_schemas(document: dict[str, Any]) -> None:
    assert document["openapi"] == "3.1.0"
    assert document["info"]["title"] and document["info"]["version"]
    for schema in document["components"]["schemas"].values():
        Draft202012Validator.check_schema(schema)


def test_every_route_is_documented_and_nothing_else(app: Flask, document: dict[str, Any]) -> None:
    routes = {
        (rule.rule.replace("<name>", "{name}"), method.lower())
        for rule in app.url_map.iter_rules()
        if rule.endpoint != "web.asset"
        for method in (rule.methods or set()) - {"HEAD", "OPTIONS"}
    }
    documented = {(path, method) for path, ops in document["paths"].items() for method in ops}
    assert documented == routes


def test_the_schemas_are_pydantics(document: dict[str, Any]) -> None:
    components = document["components"]["schemas"]
    report = Report.model_json_schema(
        mode="serialization", ref_template="#/components/schemas/{model}"
    )
    assert components["Report"] == {k: v for k, v in report.items() if k != "$defs"}
    profile = components["Profile"]["properties"]
    expected = Profile.model_json_schema()["properties"]
    (string, null) = profile["target"]["anyOf"]
    assert string.pop("enum") == sorted(load_ruleset().targets)
    assert null == {"type": "null"}
    assert profile == expected


def test_bodies_and_errors_are_wired_to_their_models(document: dict[str, Any]) -> None:
    lint = document["paths"]["/v1/lint"]["post"]
    body = lint["requestBody"]["content"]["application/json"]["schema"]
    assert body == {"$ref": "#/components/schemas/Profile"}
    assert set(lint["responses"]) == {"200", "400", "413", "415", "422"}
    unprocessable = lint["responses"]["422"]["content"]["application/problem+json"]["schema"]
    assert unprocessable == {"$ref": "#/components/schemas/ValidationProblem"}
    fix = document["paths"]["/v1/fix"]["post"]
    assert fix["requestBody"]["content"]["application/json"]["schema"]["$ref"].endswith(
        "/FixRequest"
    )
    assert set(document["paths"]["/v1/rules/{name}"]["get"]["responses"]) == {"200", "404"}


def test_the_rule_parameter_lists_every_name_and_code(document: dict[str, Any]) -> None:
    (param,) = document["paths"]["/v1/rules/{name}"]["get"]["parameters"]
    rules = load_ruleset().rules
    assert set(param["schema"]["enum"]) == {r.name for r in rules} | {r.code for r in rules}


@pytest.mark.parametrize(
    ("method", "path", "body", "schema"),
    [
        ("post", "/v1/lint", {"headline": "ML Engineer"}, "Report"),
        ("post", "/v1/fix", {"headline": "ML Engineer", "unsafe": True}, "FixResult"),
        ("get", "/v1/rules", None, "RuleList"),
        ("get", "/v1/rules/HL101", None, "RuleDoc"),
        ("get", "/v1/targets", None, "TargetList"),
        ("get", "/healthz", None, "Health"),
        ("post", "/v1/lint", {"target": "astronaut"}, "ValidationProblem"),
        ("post", "/v1/lint", {"headline": 5}, "ValidationProblem"),
        ("get", "/v1/rules/nope", None, "Problem"),
        ("get", "/nope", None, "Problem"),
    ],
)
def test_real_responses_validate_against_the_document(
    client: FlaskClient,
    document: dict[str, Any],
    method: str,
    path: str,
    body: Any,
    schema: str,
) -> None:
    response = getattr(client, method)(path, json=body)
    validator(document, schema).validate(response.get_json(force=True))


def test_the_validator_rejects_what_the_models_forbid(document: dict[str, Any]) -> None:
    # The check above can fail: a report missing its score does not validate.
    errors = list(validator(document, "Report").iter_errors({"target": "x", "diagnostics": []}))
    assert errors
    assert Problem.model_json_schema()["additionalProperties"] is False
    assert ValidationProblem.model_fields["errors"].is_required()
    assert FixResult.model_json_schema()["required"] == ["profile", "report", "applied"]


def test_operation_ids_are_unique_identifiers(document: dict[str, Any]) -> None:
    ids = [op["operationId"] for ops in document["paths"].values() for op in ops.values()]
    assert len(ids) == len(set(ids))
    assert all(i.isidentifier() for i in ids)

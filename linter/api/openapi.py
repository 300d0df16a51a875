"""The OpenAPI 3.1 document, generated from the app's routes and the pydantic models.

Each view carries an :class:`~linter.api.spec.Operation`; the schemas are pydantic's own JSON
Schema (2020-12, which OpenAPI 3.1 uses as is), so the document follows the code.
"""

from __future__ import annotations

import re
from typing import Any, Literal

from flask import Flask
from pydantic import BaseModel
from pydantic.json_schema import models_json_schema

import linter
from linter.api.problems import PROBLEM_JSON, Problem, ValidationProblem
from linter.api.spec import ERROR_TITLES, Operation, spec_of

REF = "#/components/schemas/{model}"
Mode = Literal["validation", "serialization"]


def _operations(app: Flask) -> list[tuple[str, str, Operation]]:
    found = []
    for rule in app.url_map.iter_rules():
        spec = spec_of(app.view_functions[rule.endpoint])
        if spec is None:
            continue
        path = re.sub(r"<(?:[^:<>]+:)?([^<>]+)>", r"{\1}", rule.rule)
        for method in sorted((rule.methods or set()) - {"HEAD", "OPTIONS"}):
            found.append((path, method.lower(), spec))
    return sorted(found, key=lambda item: item[0])


def _schemas(ops: list[tuple[str, str, Operation]]) -> tuple[dict[Any, Any], dict[str, Any]]:
    wanted: dict[tuple[type[BaseModel], Mode], None] = {}
    for _, _, spec in ops:
        if spec.body is not None:
            wanted[(spec.body, "validation")] = None
        if spec.response is not None:
            wanted[(spec.response, "serialization")] = None
    wanted[(Problem, "serialization")] = None
    wanted[(ValidationProblem, "serialization")] = None
    refs, defs = models_json_schema(list(wanted), ref_template=REF)
    return refs, defs.get("$defs", {})


def _responses(spec: Operation, refs: dict[Any, Any]) -> dict[str, Any]:
    if spec.response is not None:
        schema = refs[(spec.response, "serialization")]
        ok = {"description": "OK", "content": {spec.media: {"schema": schema}}}
    else:
        kind = "object" if spec.media == "application/json" else "string"
        ok = {"description": "OK", "content": {spec.media: {"schema": {"type": kind}}}}
    out: dict[str, Any] = {"200": ok}
    for status in spec.errors:
        model = ValidationProblem if status == 422 else Problem
        schema = refs[(model, "serialization")]
        out[str(status)] = {
            "description": ERROR_TITLES[status],
            "content": {PROBLEM_JSON: {"schema": schema}},
        }
    return out


def build(app: Flask, targets: list[str], rules: list[str]) -> dict[str, Any]:
    """The document for ``app``, with the live rule set's target names and rule names and codes
    as the enums of every ``target`` property and ``{name}`` parameter (never a copy that drifts).
    """
    ops = _operations(app)
    refs, components = _schemas(ops)
    for model in {spec.body for _, _, spec in ops if spec.body is not None}:
        name = refs[(model, "validation")]["$ref"].rsplit("/", 1)[1]
        target = components[name].get("properties", {}).get("target")
        # `target` is a string or null (the default): the string branch takes the enum
        branches = (target or {}).get("anyOf", [])
        for branch in branches:
            if branch.get("type") == "string" and targets:
                branch["enum"] = sorted(targets)
    paths: dict[str, dict[str, Any]] = {}
    for path, method, spec in ops:
        op: dict[str, Any] = {
            "operationId": f"{method}_" + (re.sub(r"\W+", "_", path).strip("_") or "page"),
            "summary": spec.summary,
            "tags": [spec.tag],
            "responses": _responses(spec, refs),
        }
        if spec.description:
            op["description"] = spec.description
        if spec.params:
            op["parameters"] = [
                {
                    "name": n,
                    "in": "path",
                    "required": True,
                    "description": d,
                    "schema": {"type": "string", "enum": rules}
                    if n == "name"
                    else {"type": "string"},
                }
                for n, d in spec.params.items()
            ]
        if spec.body is not None:
            body = refs[(spec.body, "validation")]
            op["requestBody"] = {
                "required": True,
                "content": {"application/json": {"schema": body}},
            }
        paths.setdefault(path, {})[method] = op
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "headline-linter API",
            "version": linter.__version__,
            "description": "Lint LinkedIn headlines and About texts for AI-engineering "
            "discoverability. Every error is application/problem+json (RFC 9457).",
            "license": {"name": "MIT", "identifier": "MIT"},
        },
        "jsonSchemaDialect": "https://json-schema.org/draft/2020-12/schema",
        "paths": paths,
        "components": {"schemas": components},
    }

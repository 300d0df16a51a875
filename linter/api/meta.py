"""``GET /healthz``, ``GET /openapi.json`` and ``GET /docs`` (the reference rendered from it)."""

from __future__ import annotations

from flask import Blueprint, Response, current_app

from linter.api.schemas import Health
from linter.api.spec import Operation, operation
from linter.api.state import state

bp = Blueprint("meta", __name__)


@bp.get("/healthz")
@operation(
    Operation(
        summary="Liveness: the app is up and its rules are loaded", tag="meta", response=Health
    )
)
def healthz() -> Response:
    found = state().catalog
    body = Health(version=found.version, rules=len(found.rules)).model_dump_json()
    return current_app.response_class(body, mimetype="application/json")


@bp.get("/openapi.json")
@operation(Operation(summary="This OpenAPI 3.1 document", tag="meta"))
def openapi() -> Response:
    return current_app.response_class(state().openapi_json, mimetype="application/json")


@bp.get("/docs")
@operation(
    Operation(
        summary="This API's reference, rendered from /openapi.json",
        tag="meta",
        media="text/html",
        description="One HTML page, no script and no request to any other origin.",
    )
)
def docs() -> Response:
    from linter.api.reference import CSP

    response = current_app.response_class(state().reference_html, mimetype="text/html")
    response.headers["Content-Security-Policy"] = CSP
    return response

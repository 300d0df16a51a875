"""The ``/v1`` blueprint: lint, fix, and the rule and target data."""

from __future__ import annotations

from flask import Blueprint, Response, current_app

from linter import fix_profile, lint
from linter.api.body import json_response, parse_body
from linter.api.schemas import RuleDoc, RuleList, TargetList
from linter.api.spec import BODY_ERRORS, Operation, operation
from linter.api.state import state
from linter.errors import UnknownRuleError
from linter.models import FixRequest, FixResult, Profile, Report

bp = Blueprint("v1", __name__, url_prefix="/v1")


@bp.post("/lint")
@operation(
    Operation(
        summary="Lint one profile",
        tag="lint",
        body=Profile,
        response=Report,
        errors=BODY_ERRORS,
        description="The report is the same JSON as `headline-lint check --format json`.",
    )
)
def lint_profile() -> Response:
    profile = parse_body(Profile)
    return no_store(json_response(lint(profile, state().lint_config)))


@bp.post("/fix")
@operation(
    Operation(
        summary="Apply the fixes to one profile",
        tag="lint",
        body=FixRequest,
        response=FixResult,
        errors=BODY_ERRORS,
        description="Safe fixes always; unsafe ones too when `unsafe` is true. The result holds "
        "the fixed profile and the report of what remains.",
    )
)
def fix() -> Response:
    request = parse_body(FixRequest)
    # exclude_unset keeps an omitted target omitted, so the configured default still applies
    fields = request.model_dump(exclude={"unsafe"}, exclude_unset=True)
    profile = Profile.model_validate(fields)
    result = fix_profile(profile, state().lint_config, unsafe=request.unsafe)
    return no_store(json_response(result))


@bp.get("/rules")
@operation(Operation(summary="Every rule, with its documentation", tag="rules", response=RuleList))
def rules() -> Response:
    return cached(state().rules_json)


@bp.get("/rules/<name>")
@operation(
    Operation(
        summary="One rule, by name or code",
        tag="rules",
        response=RuleDoc,
        errors=(404,),
        params={"name": 'A rule name such as "legacy-title" or a code such as "HL101".'},
    )
)
def rule(name: str) -> Response:
    found = state().find_rule(name)
    if found is None:
        raise UnknownRuleError(name)
    return cached(found)


@bp.get("/targets")
@operation(Operation(summary="Every target role", tag="rules", response=TargetList))
def targets() -> Response:
    return cached(state().targets_json)


def no_store(response: Response) -> Response:
    response.headers["Cache-Control"] = "no-store"  # a profile's report is nobody else's business
    return response


def cached(body: str) -> Response:
    return current_app.response_class(body, mimetype="application/json")

"""The ``/v1`` blueprint: lint, fix, suggest, and the rule and target data."""

from __future__ import annotations

from flask import Blueprint, Response, current_app

from linter import apply_fix, fix_profile, lint, suggest
from linter.api.body import json_response, parse_body
from linter.api.schemas import RuleList, TargetList
from linter.api.spec import BODY_ERRORS, Operation, operation
from linter.api.state import state
from linter.catalog import Catalog, RuleDoc
from linter.errors import UnknownRuleError
from linter.models import FixRequest, FixResult, Profile, Report
from linter.suggest_models import Suggestions

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
        errors=(*BODY_ERRORS, 409),
        description="With `fix` (a diagnostic's `id`): that one fix, whatever its safety. "
        "Without it: safe fixes always, unsafe ones too when `unsafe` is true. The result holds "
        "the fixed profile and the report of what remains.",
    )
)
def fix() -> Response:
    request = parse_body(FixRequest)
    profile = Profile.model_validate(request.model_dump(exclude={"unsafe", "fix"}))
    config = state().lint_config
    if request.fix is not None:
        return no_store(json_response(apply_fix(profile, request.fix, config)))
    return no_store(json_response(fix_profile(profile, config, unsafe=request.unsafe)))


@bp.post("/suggest")
@operation(
    Operation(
        summary="Suggest headlines built from the profile's own words",
        tag="lint",
        body=Profile,
        response=Suggestions,
        errors=BODY_ERRORS,
        description="Up to three headlines, best first, each with the profile's score with it "
        "and the spans of the headline and About it comes from; none draws a warning or an error "
        "or lowers the score. The same JSON as `headline-lint suggest --format json`.",
    )
)
def suggest_headlines() -> Response:
    profile = parse_body(Profile)
    return no_store(json_response(suggest(profile, state().lint_config)))


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


@bp.get("/catalog")
@operation(
    Operation(
        summary="The catalogue: rules, targets, limits, score bands and the default target",
        tag="rules",
        response=Catalog,
    )
)
def catalogue() -> Response:
    return cached(state().catalog_json)


@bp.get("/targets")
@operation(Operation(summary="Every target role", tag="rules", response=TargetList))
def targets() -> Response:
    return cached(state().targets_json)


def no_store(response: Response) -> Response:
    response.headers["Cache-Control"] = "no-store"  # a profile's report is nobody else's business
    return response


def cached(body: str) -> Response:
    return current_app.response_class(body, mimetype="application/json")

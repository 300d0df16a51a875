"""RFC 9457 problem details: every error the API returns, as ``application/problem+json``.

Werkzeug's HTTP exceptions (404, 405, 413, 415, ...) and the linter's own errors are turned into
problem documents here; anything unexpected becomes a bare 500 problem, logged without its message
(a message could quote the profile) and never with a stack trace in the response.
"""

from __future__ import annotations

import json
import logging
import traceback
from typing import Any

from flask import Flask, Response
from pydantic import BaseModel, ConfigDict, Field, ValidationError
from werkzeug.exceptions import HTTPException

from linter.errors import FixNotFoundError, LinterError, UnknownRuleError, UnknownTargetError

PROBLEM_JSON = "application/problem+json"
_TYPE = "tag:headline-linter,2026:problem:"
MALFORMED_JSON = _TYPE + "malformed-json"
INVALID_BODY = _TYPE + "invalid-body"
UNKNOWN_TARGET = _TYPE + "unknown-target"
UNKNOWN_RULE = _TYPE + "unknown-rule"
INVALID_INPUT = _TYPE + "invalid-input"
FIX_NOT_FOUND = _TYPE + "fix-not-found"

log = logging.getLogger("linter.api")


class Problem(BaseModel):
    """An RFC 9457 problem; ``about:blank`` means the HTTP status says it all."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    type: str = Field(default="about:blank", description="A URI naming the kind of problem.")
    title: str = Field(description="A short summary of the kind of problem.")
    status: int = Field(ge=400, le=599, description="The HTTP status code.")
    detail: str = Field(description="What went wrong with this request.")


class ValidationIssue(BaseModel):
    """One entry of pydantic's error list; ``loc`` is relative to the request body."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    type: str
    loc: tuple[str | int, ...]
    msg: str
    input: Any = None
    ctx: dict[str, Any] | None = None


class ValidationProblem(Problem):
    """422: the body is JSON but not a valid request; ``errors`` says where and why."""

    errors: tuple[ValidationIssue, ...]
    known_targets: tuple[str, ...] | None = Field(
        default=None, description="With an unknown target: the targets this server knows."
    )


class ProblemError(Exception):
    """Raise to answer with this problem."""

    def __init__(self, problem: Problem, headers: dict[str, str] | None = None) -> None:
        super().__init__(problem.detail)
        self.problem = problem
        self.headers = headers or {}


def problem_response(problem: Problem, headers: dict[str, str] | None = None) -> Response:
    body = problem.model_dump_json(exclude_none=True)
    return Response(body, status=problem.status, mimetype=PROBLEM_JSON, headers=headers)


def validation_problem(exc: ValidationError) -> ValidationProblem:
    issues: list[dict[str, Any]] = json.loads(exc.json(include_url=False))
    return ValidationProblem(
        type=INVALID_BODY,
        title="Unprocessable Content",
        status=422,
        detail=f"The request body is not a valid {exc.title}: {len(issues)} "
        f"{'problem' if len(issues) == 1 else 'problems'}.",
        errors=tuple(ValidationIssue.model_validate(issue) for issue in issues),
    )


def _http(exc: HTTPException) -> Response:
    status = exc.code or 500
    headers = {k: v for k, v in exc.get_headers() if k.lower() not in ("content-type",)}
    detail = exc.description or exc.name
    return problem_response(Problem(title=exc.name, status=status, detail=detail), headers)


def _unknown_target(exc: UnknownTargetError) -> Response:
    issue = ValidationIssue(
        type="unknown_target",
        loc=("target",),
        msg=f"Unknown target; expected one of: {', '.join(exc.known)}",
        input=exc.target,
        ctx={"known": list(exc.known)},
    )
    problem = ValidationProblem(
        type=UNKNOWN_TARGET,
        title="Unknown target",
        status=422,
        detail=str(exc),
        errors=(issue,),
        known_targets=tuple(exc.known),
    )
    return problem_response(problem)


def _unknown_rule(exc: UnknownRuleError) -> Response:
    detail = f"No rule is named or coded {exc.name!r}; GET /v1/rules lists them."
    return problem_response(
        Problem(type=UNKNOWN_RULE, title="Unknown rule", status=404, detail=detail)
    )


def _fix_not_found(exc: FixNotFoundError) -> Response:
    return problem_response(
        Problem(type=FIX_NOT_FOUND, title="Conflict", status=409, detail=str(exc))
    )


def _linter_error(exc: LinterError) -> Response:
    problem = Problem(type=INVALID_INPUT, title="Invalid input", status=422, detail=str(exc))
    return problem_response(problem)


def _unexpected(exc: Exception) -> Response:
    # The message is left out on purpose: it could quote the profile being linted.
    where = traceback.extract_tb(exc.__traceback__)
    frames = "; ".join(f"{f.filename}:{f.lineno} in {f.name}" for f in where[-5:])
    log.error("unhandled %s at %s", type(exc).__name__, frames)
    detail = "The server failed to handle this request; the error has been logged."
    return problem_response(Problem(title="Internal Server Error", status=500, detail=detail))


def register(app: Flask) -> None:
    app.register_error_handler(ProblemError, lambda e: problem_response(e.problem, e.headers))
    app.register_error_handler(HTTPException, _http)
    app.register_error_handler(UnknownTargetError, _unknown_target)
    app.register_error_handler(UnknownRuleError, _unknown_rule)
    app.register_error_handler(FixNotFoundError, _fix_not_found)
    app.register_error_handler(LinterError, _linter_error)
    app.register_error_handler(Exception, _unexpected)

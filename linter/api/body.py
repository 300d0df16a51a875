"""Reading a JSON request body into a wire model, with the limits checked first.

Order: the size limit (413, from ``Content-Length`` before a byte is read, or while reading a
chunked body), the content type (415), the JSON syntax (400), then the model (422).
"""

from __future__ import annotations

from typing import TypeVar

from flask import Response, current_app, request
from pydantic import BaseModel, ValidationError
from werkzeug.exceptions import RequestEntityTooLarge, UnsupportedMediaType

from linter.api.problems import MALFORMED_JSON, Problem, ProblemError, validation_problem

M = TypeVar("M", bound=BaseModel)


def body_limit() -> int | None:
    limit = current_app.config.get("MAX_CONTENT_LENGTH")
    return int(limit) if limit is not None else None


def parse_body(model: type[M]) -> M:
    limit = body_limit()
    length = request.content_length
    if limit is not None and length is not None and length > limit:
        raise RequestEntityTooLarge(f"The body is {length} bytes; the limit is {limit} bytes.")
    if not request.is_json:
        sent = request.mimetype or "no content type"
        raise UnsupportedMediaType(f"Send the body as application/json, not {sent}.")
    raw = request.get_data(cache=False) if length is not None else _read_chunked(limit)
    try:
        return model.model_validate_json(raw)
    except ValidationError as exc:
        invalid = [e for e in exc.errors(include_url=False) if e["type"] == "json_invalid"]
        if invalid:
            reason = str(invalid[0].get("ctx", {}).get("error", "invalid JSON"))
            detail = f"The body is not valid JSON: {reason}."
            problem = Problem(
                type=MALFORMED_JSON, title="Malformed JSON", status=400, detail=detail
            )
            raise ProblemError(problem) from None
        raise ProblemError(validation_problem(exc)) from None


def _read_chunked(limit: int | None) -> bytes:
    """A body without ``Content-Length``, read to one byte past the limit at most."""
    stream = request.environ["wsgi.input"]
    if limit is None:
        return bytes(stream.read())
    parts: list[bytes] = []
    left = limit + 1
    while left > 0 and (part := stream.read(left)):
        parts.append(part)
        left -= len(part)
    if left <= 0:
        raise RequestEntityTooLarge(f"The body is over the limit of {limit} bytes.")
    return b"".join(parts)


def json_response(model: BaseModel, status: int = 200) -> Response:
    """A wire model as JSON: ``model_dump_json`` is byte-for-byte the ``mode="json"`` dump."""
    return current_app.response_class(
        model.model_dump_json(), status=status, mimetype="application/json"
    )

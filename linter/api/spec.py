"""What each view promises, attached to the view so the OpenAPI document cannot drift from it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, TypeVar

from pydantic import BaseModel

F = TypeVar("F", bound=Callable[..., Any])

# The problem each error status is documented with.
ERROR_TITLES: dict[int, str] = {
    400: "Malformed JSON",
    404: "Not found (an unknown route, rule or file)",
    405: "Method not allowed",
    413: "Body over the size limit",
    409: "The finding to fix is not in this text (it changed, or the finding has no fix)",
    415: "Content type other than JSON",
    422: "Unknown field, wrong type or unknown target",
}
BODY_ERRORS = (400, 413, 415, 422)


@dataclass(frozen=True)
class Operation:
    summary: str
    tag: str
    response: type[BaseModel] | None = None  # None: not JSON (``media`` says what)
    body: type[BaseModel] | None = None
    errors: tuple[int, ...] = ()
    media: str = "application/json"
    params: dict[str, str] = field(default_factory=dict)  # path parameter -> description
    description: str = ""


def operation(spec: Operation) -> Callable[[F], F]:
    def attach(view: F) -> F:
        view.openapi = spec  # type: ignore[attr-defined]
        return view

    return attach


def spec_of(view: Callable[..., Any]) -> Operation | None:
    found = getattr(view, "openapi", None)
    return found if isinstance(found, Operation) else None

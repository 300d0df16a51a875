"""schemathesis against the live server's own /openapi.json: no 5xx, responses as documented.

schemathesis's lazy pytest fixture loader does not run under pytest 9 (it reads a private
``_nodeid``), so each operation's cases come from ``as_strategy`` under Hypothesis' ``@given``:
the same cases and checks, positive and negative.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis import GenerationMode

from linter.api import create_app

if TYPE_CHECKING:
    from tests.support.servers import Server

pytestmark = pytest.mark.server

MAX_EXAMPLES = 30  # per operation and mode: bounded, so `make test` stays quick

# The operations come from the document the app generates; the test then reads the live one.
_document = create_app({"TESTING": True}).extensions["headline_lint"].openapi
# Negative cases need an input that can be wrong: a body or a parameter.
CASES = [
    (method.upper(), path, mode)
    for path, operations in _document["paths"].items()
    for method, spec in operations.items()
    for mode in (GenerationMode.POSITIVE, GenerationMode.NEGATIVE)
    if mode is GenerationMode.POSITIVE or "requestBody" in spec or "parameters" in spec
]


@pytest.fixture(scope="session")
def api_schema(live_server: Server) -> schemathesis.BaseSchema:
    return schemathesis.openapi.from_url(f"{live_server.url}/openapi.json")


def test_the_live_document_is_the_generated_one(live_server: Server) -> None:
    import requests

    assert requests.get(f"{live_server.url}/openapi.json", timeout=10).json() == _document


@pytest.mark.parametrize(("method", "path", "mode"), CASES)
def test_the_api_keeps_its_openapi_promises(
    api_schema: schemathesis.BaseSchema, method: str, path: str, mode: GenerationMode
) -> None:
    operation = api_schema[path][method]
    strategy = operation.as_strategy(generation_mode=mode)
    calls: list[int] = []

    @given(case=strategy)
    @settings(max_examples=MAX_EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck))
    def check(case: Any) -> None:
        response = case.call_and_validate(timeout=30)
        calls.append(response.status_code)

    check()
    assert calls, "schemathesis generated no case"
    assert all(status < 500 for status in calls)

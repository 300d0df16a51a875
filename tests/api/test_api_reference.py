"""``GET /docs``: the API reference, rendered from the app's own OpenAPI document, offline."""

from __future__ import annotations

import re

from flask.testing import FlaskClient


def test_docs_render_every_operation_and_schema(client: FlaskClient) -> None:
    document = client.get("/openapi.json").get_json()
    response = client.get("/docs")
    assert response.status_code == 200 and response.mimetype == "text/html"
    page = response.get_data(as_text=True)
    for path, methods in document["paths"].items():
        for method, op in methods.items():
            assert f'id="{op["operationId"]}"' in page, (method, path)
            assert f"<code>{path}</code>" in page
    for name in document["components"]["schemas"]:
        assert f'id="schema-{name}"' in page
    assert "also accepted as `about`" in page  # the Profile's field descriptions are there


def test_docs_load_nothing_from_anywhere(client: FlaskClient) -> None:
    response = client.get("/docs")
    page = response.get_data(as_text=True)
    assert "<script" not in page
    assert not re.findall(r"""(?:src|href)=["']?(?:https?:)?//""", page)  # no other origin
    policy = response.headers["Content-Security-Policy"]
    assert policy.startswith("default-src 'none'; style-src 'sha256-")
    assert "unsafe-inline" not in policy and "script-src" not in policy

"""``GET /docs``: the API reference, rendered on the server from this app's own OpenAPI document.

One self-contained HTML page: no script, no CDN, no font; its one stylesheet is inline and
allowed by its hash in the page's Content-Security-Policy (nothing else may load).
"""

from __future__ import annotations

import base64
import hashlib
from html import escape
from typing import Any

STYLE = (
    "body{font:16px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem}"
    "code,pre{font-family:ui-monospace,monospace}table{border-collapse:collapse;width:100%}"
    "th,td{border:1px solid #ccc;padding:.3rem .5rem;text-align:left;vertical-align:top}"
    "h2{border-top:2px solid #333;padding-top:1rem}.method{text-transform:uppercase}"
)
STYLE_HASH = base64.b64encode(hashlib.sha256(STYLE.encode()).digest()).decode()
CSP = (
    f"default-src 'none'; style-src 'sha256-{STYLE_HASH}'; base-uri 'none'; "
    "form-action 'none'; frame-ancestors 'none'"
)


def _ref_name(schema: dict[str, Any]) -> str | None:
    ref = schema.get("$ref")
    return ref.rsplit("/", 1)[-1] if isinstance(ref, str) else None


def _type(schema: dict[str, Any]) -> str:
    name = _ref_name(schema)
    if name:
        return f'<a href="#schema-{escape(name)}">{escape(name)}</a>'
    if "anyOf" in schema:
        return " or ".join(_type(s) for s in schema["anyOf"])
    kind = schema.get("type", "any")
    if kind == "array":
        return f"array of {_type(schema.get('items', {}))}"
    if "enum" in schema:
        return f"{escape(str(kind))}: " + ", ".join(
            f"<code>{escape(str(v))}</code>" for v in schema["enum"]
        )
    return escape(str(kind))


def _properties(schema: dict[str, Any]) -> str:
    props: dict[str, Any] = schema.get("properties", {})
    if not props:
        return "<p>No fields.</p>"
    required = set(schema.get("required", ()))
    rows = []
    for name, prop in props.items():
        default = f"<code>{escape(repr(prop['default']))}</code>" if "default" in prop else ""
        rows.append(
            f"<tr><td><code>{escape(name)}</code>{' (required)' if name in required else ''}</td>"
            f"<td>{_type(prop)}</td><td>{default}</td>"
            f"<td>{escape(prop.get('description', ''))}</td></tr>"
        )
    head = "<tr><th>field</th><th>type</th><th>default</th><th>meaning</th></tr>"
    return f"<table>{head}{''.join(rows)}</table>"


def _operation(path: str, method: str, op: dict[str, Any]) -> str:
    anchor = escape(op.get("operationId", f"{method}-{path}"))
    parts = [
        f'<h3 id="{anchor}"><span class="method">{escape(method)}</span> '
        f"<code>{escape(path)}</code></h3>",
        f"<p>{escape(op.get('summary', ''))}</p>",
    ]
    if op.get("description"):
        parts.append(f"<p>{escape(op['description'])}</p>")
    for param in op.get("parameters", ()):
        parts.append(
            f"<p>Path parameter <code>{escape(param['name'])}</code>: "
            f"{escape(param.get('description', ''))}</p>"
        )
    body = op.get("requestBody", {}).get("content", {}).get("application/json")
    if body:
        parts.append(f"<p>Body (<code>application/json</code>): {_type(body['schema'])}</p>")
    rows = []
    for status, answer in op.get("responses", {}).items():
        media = ", ".join(
            f"<code>{escape(kind)}</code>" + (f" {_type(c['schema'])}" if "schema" in c else "")
            for kind, c in answer.get("content", {}).items()
        )
        rows.append(
            f"<tr><td>{escape(status)}</td><td>{escape(answer.get('description', ''))}</td>"
            f"<td>{media}</td></tr>"
        )
    parts.append(
        "<table><tr><th>status</th><th>meaning</th><th>content</th></tr>"
        + "".join(rows)
        + "</table>"
    )
    return "\n".join(parts)


def render(document: dict[str, Any]) -> str:
    """The reference page for an OpenAPI 3.1 document."""
    info = document.get("info", {})
    title = f"{info.get('title', 'API')} {info.get('version', '')}".strip()
    sections = [
        "<!doctype html>",
        '<html lang="en"><head><meta charset="utf-8">',
        f"<title>{escape(title)} reference</title><style>{STYLE}</style></head><body>",
        f"<h1>{escape(title)}</h1>",
        f"<p>{escape(info.get('description', ''))}</p>",
        '<p>The machine-readable document: <a href="/openapi.json">/openapi.json</a>.</p>',
        "<h2>Endpoints</h2>",
    ]
    for path, methods in document.get("paths", {}).items():
        for method, op in methods.items():
            sections.append(_operation(path, method, op))
    sections.append("<h2>Schemas</h2>")
    for name, schema in document.get("components", {}).get("schemas", {}).items():
        sections.append(f'<h3 id="schema-{escape(name)}">{escape(name)}</h3>')
        if schema.get("description"):
            sections.append(f"<p>{escape(schema['description'])}</p>")
        sections.append(_properties(schema))
    sections.append("</body></html>")
    return "\n".join(sections) + "\n"

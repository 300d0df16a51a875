"""Headers on every response, the optional CORS allow-list, and the access log.

The access log has the method, path, status and duration only: never a body, a query string or a
header, so a profile is never written anywhere.
"""

from __future__ import annotations

import logging
import time

from flask import Flask, Response, current_app, g, request

# The page runs Python through Pyodide (WebAssembly), so scripts need 'wasm-unsafe-eval', and no
# 'unsafe-eval': web/pyscript-setup.js clears PyScript's default worker hook, the only thing that
# called Function() (the browser tests run the page under this policy and record violations).
# All else is this origin only: no inline script, no CDN, no framing.
PAGE_CSP = (
    "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; object-src 'none'; "
    "base-uri 'self'; form-action 'self'; frame-ancestors 'none'"
)
# JSON and problem documents never need to load anything.
API_CSP = "default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"

COMMON_HEADERS = {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
    "Cross-Origin-Resource-Policy": "same-origin",
}
CORS_METHODS = "GET, POST, OPTIONS"
CORS_MAX_AGE = "600"

access_log = logging.getLogger("linter.api.access")


def _start_timer() -> None:
    g.started = time.perf_counter()


def _headers(response: Response) -> Response:
    for name, value in COMMON_HEADERS.items():
        response.headers.setdefault(name, value)
    page = request.blueprint == "web" and response.mimetype != "application/problem+json"
    response.headers.setdefault("Content-Security-Policy", PAGE_CSP if page else API_CSP)
    _cors(response)
    _log(response)
    return response


def _cors(response: Response) -> None:
    allowed: tuple[str, ...] = current_app.config.get("CORS_ORIGINS") or ()
    if not allowed:
        return
    response.vary.add("Origin")
    origin = request.headers.get("Origin")
    if origin is None or origin.rstrip("/") not in allowed:
        return
    response.headers["Access-Control-Allow-Origin"] = origin
    if request.method == "OPTIONS" and "Access-Control-Request-Method" in request.headers:
        response.headers["Access-Control-Allow-Methods"] = CORS_METHODS
        response.headers["Access-Control-Allow-Headers"] = "Content-Type"
        response.headers["Access-Control-Max-Age"] = CORS_MAX_AGE


def _log(response: Response) -> None:
    started = g.get("started")
    took = (time.perf_counter() - started) * 1000 if started is not None else 0.0
    access_log.info("%s %s %d %.1fms", request.method, request.path, response.status_code, took)


def register(app: Flask) -> None:
    app.before_request(_start_timer)
    app.after_request(_headers)

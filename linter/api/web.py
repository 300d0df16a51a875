"""The browser page: ``GET /`` and its static assets, served from the built ``web/dist``.

The folder is looked up on every request (``HEADLINE_LINT_WEB_DIR``, else ``web/dist`` in the
working directory), so building the page while the server runs works. Asset routes only match
files that exist, so any other path is a plain 404 and never a misleading 405.
"""

from __future__ import annotations

import mimetypes
import re
from pathlib import Path

from flask import Blueprint, Flask, Response, current_app, request, send_from_directory
from werkzeug.exceptions import MethodNotAllowed, NotFound
from werkzeug.routing import PathConverter, Rule, ValidationError
from werkzeug.security import safe_join

from linter.api.settings import web_dir
from linter.api.spec import Operation, operation

bp = Blueprint("web", __name__)

# What Pyodide and PyScript fetch must carry the right type: module scripts are refused otherwise
# and WebAssembly.instantiateStreaming needs application/wasm.
MIME_TYPES = {
    ".html": "text/html",
    ".js": "text/javascript",
    ".mjs": "text/javascript",
    ".css": "text/css",
    ".wasm": "application/wasm",
    ".whl": "application/zip",
    ".zip": "application/zip",
    ".tar": "application/x-tar",
    ".json": "application/json",
    ".map": "application/json",
    ".toml": "application/toml",
    ".py": "text/x-python",
    ".txt": "text/plain",
    ".md": "text/markdown",
    ".svg": "image/svg+xml",
    ".png": "image/png",
    ".ico": "image/x-icon",
    ".woff2": "font/woff2",
}
ASSET_METHODS = ("GET", "HEAD", "OPTIONS")
# Files whose paths carry a hash of their content never change: PyScript's chunks, and the runtime
# folder ``pyodide-<hash>/`` (Pyodide's runtime, the wheels, the lock; web/build.py names it).
# Cache them for a year. Everything else (the page, its modules, PyScript's entry points) is
# revalidated on each load (a 304 when unchanged), so a new build is never hidden behind a stale
# copy: a new build names a new runtime folder.
HASHED = re.compile(r"^(?:pyscript/.+-[A-Za-z0-9_-]{8}\.(?:js|css)|pyodide-[0-9a-f]{16}/[^/]+)$")
IMMUTABLE = "public, max-age=31536000, immutable"
REVALIDATE = "no-cache"
NOT_BUILT = "The browser page has not been built: run `make web` (or set HEADLINE_LINT_WEB_DIR)."


def page_dir() -> Path:
    return web_dir(current_app.config.get("WEB_DIR"))


class AssetConverter(PathConverter):
    """A path that names an existing file in the page folder; anything else does not match."""

    def to_python(self, value: str) -> str:
        root = page_dir()
        joined = safe_join(str(root), value)
        if joined is None or not Path(joined).is_file():
            raise ValidationError()
        return value


def _send(name: str) -> Response:
    """The file, gzip-compressed when the browser accepts it and the build precompressed it."""
    suffix = Path(name).suffix.lower()
    mimetype = MIME_TYPES.get(suffix) or mimetypes.guess_type(name)[0] or "application/octet-stream"
    root = page_dir().resolve()
    packed = safe_join(str(root), name + ".gz")
    has_gzip = packed is not None and Path(packed).is_file()
    if has_gzip and request.accept_encodings["gzip"]:
        response = send_from_directory(root, name + ".gz", mimetype=mimetype)
        response.headers["Content-Encoding"] = "gzip"
    else:
        response = send_from_directory(root, name, mimetype=mimetype)
    if has_gzip:
        response.vary.add("Accept-Encoding")
    response.headers["Cache-Control"] = IMMUTABLE if HASHED.match(name) else REVALIDATE
    return response


@bp.get("/")
@operation(
    Operation(
        summary="The browser page (when it has been built)",
        tag="page",
        media="text/html",
        errors=(404,),
    )
)
def index() -> Response:
    if not (page_dir() / "index.html").is_file():
        raise NotFound(NOT_BUILT)
    return _send("index.html")


def asset(name: str) -> Response:
    if request.method == "OPTIONS":
        return Response(status=200, headers={"Allow": ", ".join(ASSET_METHODS)})
    if request.method not in ASSET_METHODS:
        raise MethodNotAllowed(valid_methods=list(ASSET_METHODS))
    return _send(name)


def register(app: Flask) -> None:
    """The blueprint, plus the asset rule for every method.

    Werkzeug checks a rule's methods before its converters, so a GET-only asset rule would turn
    ``POST /anything`` into a 405; this rule matches any method and then only existing files.
    """
    app.url_map.converters["asset"] = AssetConverter
    app.register_blueprint(bp)
    app.url_map.add(Rule("/<asset:name>", endpoint="web.asset"))
    app.view_functions["web.asset"] = asset

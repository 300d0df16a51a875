"""Server settings: defaults, environment variables and their parsing.

Precedence, lowest first: the defaults here, ``HEADLINE_LINT_*`` environment variables, then the
``config`` mapping given to :func:`linter.api.create_app` (tests and embedders use that).
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from linter.cli.config_files import load_config

DEFAULT_MAX_BODY = 64 * 1024
DEFAULT_WEB_DIR = Path("web/dist")

#: Every environment variable the server reads, with what it means (printed by ``--help``).
ENVIRONMENT: dict[str, str] = {
    "HEADLINE_LINT_MAX_BODY": "request body limit, bytes or with a k/M suffix (default 64k)",
    "HEADLINE_LINT_CORS_ORIGINS": "comma-separated origins CORS allows (default: none, no CORS)",
    "HEADLINE_LINT_WEB_DIR": "folder of the built page served at / (default ./web/dist)",
    "HEADLINE_LINT_CONFIG": "a .headline-lint.toml or pyproject.toml with the linter settings",
    "HEADLINE_LINT_WORKERS": "gunicorn worker processes when --workers is 0 (default: CPU count)",
    "HEADLINE_LINT_TIMEOUT": "seconds before gunicorn restarts a stuck worker (default 30)",
}

_SIZE = re.compile(r"(?i)^\s*(\d+)\s*(k|kb|kib|m|mb|mib)?\s*$")
_UNITS = {"": 1, "k": 1024, "kb": 1024, "kib": 1024, "m": 1024**2, "mb": 1024**2, "mib": 1024**2}


def parse_size(raw: str) -> int:
    """``"65536"``, ``"64k"``, ``"64KiB"`` or ``"1M"`` as a number of bytes (at least 1)."""
    match = _SIZE.match(raw)
    if match is None or int(match.group(1)) < 1:
        raise ValueError(f"not a size in bytes: {raw!r} (try 65536, 64k or 1M)")
    return int(match.group(1)) * _UNITS[(match.group(2) or "").lower()]


def parse_origins(raw: str) -> tuple[str, ...]:
    """A comma-separated allow-list of origins such as ``https://app.example.com``."""
    origins = tuple(part.strip().rstrip("/") for part in raw.split(",") if part.strip())
    for origin in origins:
        if origin == "*" or not re.match(r"^https?://[^/\s]+$", origin):
            raise ValueError(f"not an origin (scheme://host[:port]): {origin!r}")
    return origins


def defaults() -> dict[str, Any]:
    return {
        "MAX_CONTENT_LENGTH": DEFAULT_MAX_BODY,
        "CORS_ORIGINS": (),
        "WEB_DIR": None,  # None: ./web/dist in the working directory, looked up per request
        "LINT_CONFIG": None,  # None: the linter's defaults
    }


def from_env(environ: Mapping[str, str] | None = None) -> dict[str, Any]:
    """The settings the environment sets; raises ``ValueError`` naming a bad variable."""
    env = os.environ if environ is None else environ
    out: dict[str, Any] = {}
    parsers: tuple[tuple[str, str, Callable[[str], Any]], ...] = (
        ("HEADLINE_LINT_MAX_BODY", "MAX_CONTENT_LENGTH", parse_size),
        ("HEADLINE_LINT_CORS_ORIGINS", "CORS_ORIGINS", parse_origins),
        ("HEADLINE_LINT_WEB_DIR", "WEB_DIR", Path),
        ("HEADLINE_LINT_CONFIG", "LINT_CONFIG", load_config),  # ConfigError is a ValueError
    )
    for variable, key, parse in parsers:
        if raw := env.get(variable, "").strip():
            try:
                out[key] = parse(raw)
            except ValueError as exc:
                raise ValueError(f"{variable}: {exc}") from None
    return out


def web_dir(configured: Path | str | None) -> Path:
    return Path(configured) if configured else DEFAULT_WEB_DIR

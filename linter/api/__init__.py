"""The HTTP interface: a Flask JSON API and the built browser page, served by gunicorn.

Only this package imports Flask and gunicorn; ``linter`` itself runs without them. Importing
``linter.api`` (or ``linter.api.settings``, whose ``ENVIRONMENT`` documents the variables) does
not import Flask: ``create_app`` loads it on first use.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from linter.api.app import create_app

__all__ = ["create_app"]


def __getattr__(name: str) -> Any:
    if name == "create_app":
        from linter.api.app import create_app

        return create_app
    raise AttributeError(f"module 'linter.api' has no attribute {name!r}")

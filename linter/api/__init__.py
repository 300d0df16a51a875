"""The HTTP interface: a Flask JSON API and the built browser page, served by gunicorn.

Only this package imports Flask and gunicorn; ``linter`` itself runs without them.
"""

from linter.api.app import create_app

__all__ = ["create_app"]

"""The application factory, as in Flask's tutorial: ``create_app(config=None)``."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from flask import Flask

from linter.api import meta, openapi, problems, reference, routes, security, settings, web
from linter.api.state import KEY, AppState


def create_app(config: Mapping[str, Any] | None = None) -> Flask:
    """A configured app: defaults, then ``HEADLINE_LINT_*`` variables, then ``config``.

    Loads the rule set once (a broken pack or config fails here, not on the first request).
    """
    app = Flask("linter.api", static_folder=None)
    app.config.update(settings.defaults())
    app.config.update(settings.from_env())
    if config:
        app.config.update(config)
    app.json.sort_keys = False  # type: ignore[attr-defined]

    app.register_blueprint(meta.bp)
    app.register_blueprint(routes.bp)
    web.register(app)
    problems.register(app)
    security.register(app)

    loaded = AppState.load(app.config["LINT_CONFIG"])
    found = loaded.catalog
    rules = [ident for rule in found.rules for ident in (rule.name, rule.code)]
    loaded.openapi = openapi.build(app, [t.name for t in found.targets], rules)
    loaded.openapi_json = json.dumps(loaded.openapi, ensure_ascii=False)
    loaded.reference_html = reference.render(loaded.openapi)
    app.extensions[KEY] = loaded
    return app

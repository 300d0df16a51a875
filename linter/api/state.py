"""What an app computes once at start-up: the catalogue, its JSON views and the OpenAPI document."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from flask import current_app

from linter.api.schemas import rule_list, target_list
from linter.catalog import Catalog, catalog
from linter.config import Config

KEY = "headline_lint"


@dataclass
class AppState:
    lint_config: Config | None
    catalog: Catalog
    catalog_json: str
    rules_json: str
    targets_json: str
    rule_docs: dict[str, str]  # name and code, lower-cased -> the RuleDoc JSON
    openapi: dict[str, Any] = field(default_factory=dict)
    openapi_json: str = ""
    reference_html: str = ""  # GET /docs, rendered from the document once

    @classmethod
    def load(cls, lint_config: Config | None) -> AppState:
        found = catalog(lint_config)
        docs: dict[str, str] = {}
        for rule in found.rules:
            text = rule.model_dump_json()
            docs[rule.name.lower()] = docs[rule.code.lower()] = text
        return cls(
            lint_config=lint_config,
            catalog=found,
            catalog_json=found.model_dump_json(),
            rules_json=rule_list(found).model_dump_json(),
            targets_json=target_list(found).model_dump_json(),
            rule_docs=docs,
        )

    def find_rule(self, name: str) -> str | None:
        return self.rule_docs.get(name.strip().lower())


def state() -> AppState:
    found = current_app.extensions[KEY]
    assert isinstance(found, AppState)
    return found

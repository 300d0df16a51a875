"""What an app computes once at start-up: the rule set, its JSON views and the OpenAPI document."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from flask import current_app

from linter.api.schemas import RuleDoc, rule_list, target_list
from linter.config import Config
from linter.ruleset import RuleSet, load_ruleset

KEY = "headline_lint"


@dataclass
class AppState:
    lint_config: Config | None
    ruleset: RuleSet
    rules_json: str
    targets_json: str
    rule_docs: dict[str, str]  # name and code, lower-cased -> the RuleDoc JSON
    openapi: dict[str, Any] = field(default_factory=dict)
    openapi_json: str = ""

    @classmethod
    def load(cls, lint_config: Config | None) -> AppState:
        ruleset = load_ruleset(lint_config)
        docs: dict[str, str] = {}
        for rule in ruleset.rules:
            text = RuleDoc.of(rule).model_dump_json()
            docs[rule.name.lower()] = docs[rule.code.lower()] = text
        return cls(
            lint_config=lint_config,
            ruleset=ruleset,
            rules_json=rule_list(ruleset).model_dump_json(),
            targets_json=target_list(ruleset).model_dump_json(),
            rule_docs=docs,
        )

    def find_rule(self, name: str) -> str | None:
        return self.rule_docs.get(name.strip().lower())


def state() -> AppState:
    found = current_app.extensions[KEY]
    assert isinstance(found, AppState)
    return found

"""Response models of the API's own (the request and report models are the engine's)."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from linter.docs import rule_markdown
from linter.models import Applicability, FieldName, Severity
from linter.rule import Examples, RuleBase
from linter.ruleset import RuleSet, Target

_COMMON = frozenset(RuleBase.model_fields)


class ApiModel(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class RuleDoc(ApiModel):
    """A rule as its pack defines it, plus whether it fixes and its documentation."""

    code: str = Field(description='Stable rule code, e.g. "HL101".')
    name: str = Field(description='Kebab-case rule name, e.g. "legacy-title".')
    kind: str = Field(description="The check the rule uses (phrase, length, title...).")
    severity: Severity
    fields: tuple[FieldName, ...]
    message: str
    why: str
    suggestion: str
    examples: Examples
    fixable: Applicability | None = Field(description="The safety of its fixes; null: none.")
    options: dict[str, Any] = Field(description="The kind's own parameters, as in the pack.")
    docs: str = Field(description="The rule's documentation, in Markdown.")

    @classmethod
    def of(cls, rule: RuleBase) -> RuleDoc:
        data = rule.model_dump(mode="json")
        common = {k: v for k, v in data.items() if k in _COMMON}
        options = {k: v for k, v in data.items() if k not in _COMMON}
        return cls.model_validate(
            {**common, "fixable": rule.fixable, "options": options, "docs": rule_markdown(rule)}
        )


class RuleList(ApiModel):
    rules: tuple[RuleDoc, ...]


class TargetList(ApiModel):
    targets: tuple[Target, ...]


class Health(ApiModel):
    status: Literal["ok"] = "ok"
    version: str
    rules: int = Field(ge=0, description="How many rules are loaded.")


def rule_list(ruleset: RuleSet) -> RuleList:
    return RuleList(rules=tuple(RuleDoc.of(rule) for rule in ruleset.rules))


def target_list(ruleset: RuleSet) -> TargetList:
    return TargetList(targets=tuple(ruleset.targets.values()))

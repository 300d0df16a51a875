"""The catalogue: rules, targets, limits and score bands, described once for every interface.

The command line's ``rules`` and ``explain``, the API's ``/v1/rules`` and ``/v1/targets``, the
generated ``docs/rules.md`` and the browser page all render these models; none of them keeps its
own copy of a rule's fields, a limit, the fold, a score band or the default target.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from linter.config import Config
from linter.errors import RulePackError
from linter.kinds import AnyRule, fold, length
from linter.models import Applicability, FieldName, Severity
from linter.rule import Examples, RuleBase
from linter.ruleset import RuleSet, load_ruleset
from linter.schema import ScoreBand, Target
from linter.score_schema import ScoreSettings
from linter.version import version as package_version

_COMMON = frozenset(RuleBase.model_fields)


class CatalogModel(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)


class RuleDoc(CatalogModel):
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
    def of(cls, rule: AnyRule) -> RuleDoc:
        from linter.docs import rule_markdown  # the docs render these same fields

        data = rule.model_dump(mode="json")
        common = {k: v for k, v in data.items() if k in _COMMON}
        options = {k: v for k, v in data.items() if k not in _COMMON}
        return cls.model_validate(
            {**common, "fixable": rule.fixable, "options": options, "docs": rule_markdown(rule)}
        )


class Limits(CatalogModel):
    """What LinkedIn keeps (UTF-16 units, as its form counts) and what search results show."""

    headline: int = Field(ge=1, description="Longest headline LinkedIn accepts.")
    summary: int = Field(ge=1, description="Longest About text LinkedIn accepts.")
    fold: int = Field(ge=1, description="Headline characters shown before the cut.")


class Catalog(CatalogModel):
    version: str
    default_target: str = Field(description="The target of a profile that names none.")
    limits: Limits
    score_bands: tuple[ScoreBand, ...] = Field(description="How a score reads, highest first.")
    score: ScoreSettings = Field(description="The score's components, weights and reasons.")
    targets: tuple[Target, ...]
    rules: tuple[RuleDoc, ...]


def limits(ruleset: RuleSet, config: Config | None = None) -> Limits:
    """The limits, read from the rules that enforce them (by kind, never by rule name)."""
    found: dict[str, int] = {}
    for rule in ruleset.rules:
        if isinstance(rule, length.Rule):
            for field in rule.fields:
                found[field] = rule.max
        elif isinstance(rule, fold.Rule):
            found["fold"] = rule.fold
    if config and config.fold:
        found["fold"] = config.fold
    missing = sorted({"headline", "summary", "fold"} - set(found))
    if missing:
        raise RulePackError(f"no rule defines the limit of: {', '.join(missing)}")
    return Limits.model_validate(found)


@lru_cache(maxsize=8)
def catalog(config: Config | None = None) -> Catalog:
    ruleset = load_ruleset(config)
    default = (config.target if config else None) or ruleset.default_target
    return Catalog(
        version=package_version(),
        default_target=default,
        limits=limits(ruleset, config),
        score_bands=tuple(sorted(ruleset.score.bands, key=lambda b: -b.min)),
        score=ruleset.score,
        targets=tuple(ruleset.targets.values()),
        rules=tuple(RuleDoc.of(rule) for rule in ruleset.rules),
    )

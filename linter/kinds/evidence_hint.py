"""``evidence-hint``: the About text shows work that the headline does not name."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import ClassVar, Literal

from pydantic import Field

from linter.context import Context
from linter.rule import Finding, RuleBase


class Rule(RuleBase):
    kind: Literal["evidence-hint"] = "evidence-hint"
    evidence: str = Field(description="Lexicon of the work that the About text shows.")
    min_evidence: int = Field(ge=1)
    unless_headline_has: tuple[str, ...] = Field(min_length=1)
    roles: str = Field(description="Lexicon of role titles: the span is the headline's first.")
    suggested_title: str
    placeholders: ClassVar[frozenset[str]] = frozenset({"evidence", "title"})


def phrases(rule: Rule) -> Iterable[tuple[str, object]]:
    return ((p, (rule.name, "named")) for p in rule.unless_headline_has)


def lexicons(rule: Rule) -> Iterable[str]:
    return (rule.evidence, rule.roles)


def check(rule: Rule, ctx: Context) -> Iterator[Finding]:
    if ctx.hits("headline", (rule.name, "named")):
        return
    found = ctx.evidence(rule.evidence)
    if len(found) < rule.min_evidence:
        return
    roles = ctx.lexicon_hits("headline", rule.roles)
    if roles:
        first = min(roles, key=lambda m: (m.start, -m.end))
        start, end = first.start, first.end
    else:
        start, end = 0, len(ctx.texts["headline"])
    values = {"evidence": ", ".join(sorted(found)[:4]), "title": rule.suggested_title}
    yield Finding(
        "headline", start, end, values, (rule.suggested_title, rule.render(rule.suggestion, values))
    )

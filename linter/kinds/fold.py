"""``fold``: the role title starts after the part of the headline that search results show."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import ClassVar, Literal

from pydantic import Field

from linter.context import Context
from linter.rule import Finding, RuleBase


class Rule(RuleBase):
    kind: Literal["fold"] = "fold"
    roles: str = Field(description="Lexicon of role titles.")
    fold: int = Field(ge=1, le=220, description="Characters shown before the cut (overridable).")
    placeholders: ClassVar[frozenset[str]] = frozenset({"match", "fold", "position"})


def lexicons(rule: Rule) -> Iterable[str]:
    return (rule.roles,)


def check(rule: Rule, ctx: Context) -> Iterator[Finding]:
    fold = ctx.fold or rule.fold
    for field in rule.fields:
        hits = ctx.lexicon_hits(field, rule.roles)
        if not hits:
            continue
        first = min(hits, key=lambda m: (m.start, -m.end))
        if first.start < fold:
            continue
        values = {
            "match": ctx.span_text(field, first.start, first.end),
            "fold": fold,
            "position": first.start + 1,
        }
        advice = (rule.render(rule.suggestion, values),)
        yield Finding(field, first.start, first.end, values, advice)

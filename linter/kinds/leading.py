"""``leading``: the field opens with one of the listed phrases (a credential before the role)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Literal

from pydantic import Field

from linter.context import Context
from linter.rule import Finding, RuleBase

NEEDS_OWN_HITS = True


class Rule(RuleBase):
    kind: Literal["leading"] = "leading"
    phrases: tuple[str, ...] = Field(min_length=1)


def phrases(rule: Rule) -> Iterable[tuple[str, object]]:
    return ((p, (rule.name, "lead")) for p in rule.phrases)


def check(rule: Rule, ctx: Context) -> Iterator[Finding]:
    for field in rule.fields:
        first = [m for m in ctx.hits(field, (rule.name, "lead")) if m.first == 0]
        if first:
            m = max(first, key=lambda m: m.end)
            values = {"match": ctx.span_text(field, m.start, m.end)}
            yield Finding(field, m.start, m.end, values, (rule.render(rule.suggestion, values),))

"""``leading``: the field opens with one of the listed phrases (a credential before the role)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import ClassVar, Literal

from pydantic import Field

from linter.context import Context
from linter.keys import RuleKey
from linter.rule import Finding, RuleBase

LEAD = "lead"


class Rule(RuleBase):
    kind: Literal["leading"] = "leading"
    phrases: tuple[str, ...] = Field(min_length=1)
    needs_own_hits: ClassVar[bool] = True

    def trie_phrases(self) -> Iterable[tuple[str, RuleKey]]:
        return ((p, self.key(LEAD)) for p in self.phrases)

    def check(self, ctx: Context) -> Iterator[Finding]:
        for field in self.fields:
            first = [m for m in ctx.hits(field, self.key(LEAD)) if m.first == 0]
            if first:
                m = max(first, key=lambda m: m.end)
                values = {"match": ctx.span_text(field, m.start, m.end)}
                yield self.finding(field, m.start, m.end, values)

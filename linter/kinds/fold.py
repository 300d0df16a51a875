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

    def lexicons(self) -> Iterable[str]:
        return (self.roles,)

    def check(self, ctx: Context) -> Iterator[Finding]:
        fold = ctx.fold or self.fold
        for field in self.fields:
            hits = ctx.lexicon_hits(field, self.roles)
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
            yield self.finding(field, first.start, first.end, values)

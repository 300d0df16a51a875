"""``evidence-hint``: the About text shows work that the headline does not name."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import ClassVar, Literal

from pydantic import Field

from linter.context import Context
from linter.keys import RuleKey
from linter.rule import Finding, RuleBase

NAMED = "named"  # the headline already names the role


class Rule(RuleBase):
    kind: Literal["evidence-hint"] = "evidence-hint"
    evidence: str = Field(description="Lexicon of the work that the About text shows.")
    min_evidence: int = Field(ge=1)
    unless_headline_has: tuple[str, ...] = Field(min_length=1)
    roles: str = Field(description="Lexicon of role titles: the span is the headline's first.")
    suggested_title: str
    placeholders: ClassVar[frozenset[str]] = frozenset({"evidence", "title"})

    def trie_phrases(self) -> Iterable[tuple[str, RuleKey]]:
        return ((p, self.key(NAMED)) for p in self.unless_headline_has)

    def lexicons(self) -> Iterable[str]:
        return (self.evidence, self.roles)

    def check(self, ctx: Context) -> Iterator[Finding]:
        if ctx.hits("headline", self.key(NAMED)):
            return
        found = ctx.evidence(self.evidence)
        if len(found) < self.min_evidence:
            return
        roles = ctx.lexicon_hits("headline", self.roles)
        if roles:
            first = min(roles, key=lambda m: (m.start, -m.end))
            start, end = first.start, first.end
        else:
            start, end = 0, len(ctx.texts["headline"])
        values = {"evidence": ", ".join(sorted(found)[:4]), "title": self.suggested_title}
        yield Finding("headline", start, end, values, (self.suggested_title,))
